"""What the runner (and the health endpoint) knows of a front end: a name, how to start and
stop it, whether it is alive. Each platform's frontend.py builds one from the settings."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Frontend:
    name: str
    start: Callable[[], Awaitable[None]]
    stop: Callable[[], Awaitable[None]]
    alive: Callable[[], bool]
    extra: dict[str, Any] = field(default_factory=dict)
