"""Values the calculator returns: frozen, self-describing, safe to render anywhere.

A Result carries everything a reader needs to trust a number: the figures, every assumption
with where it came from (the question, the conversation, a default, the catalog), the formula
steps, and published figures cited beside the computed ones. CalcError is the one error type
users see; it always carries a next step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

Origin = Literal["question", "conversation", "default", "catalog", "derived", "llm"]
ORIGINS: tuple[str, ...] = ("question", "conversation", "default", "catalog", "derived", "llm")


@dataclass(frozen=True)
class Figure:
    """One computed number with a canonical, stable name (see README 'Figure names')."""

    name: str
    value: float
    unit: str
    label: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.value, (int, float)) or isinstance(self.value, bool):
            raise TypeError(f"figure {self.name} must be numeric")
        if not math.isfinite(self.value):
            raise ValueError(f"figure {self.name} is not finite")


@dataclass(frozen=True)
class Assumption:
    """An input to the computation and where it came from."""

    name: str
    value: float | str
    unit: str
    origin: Origin
    label: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if self.origin not in ORIGINS:
            raise ValueError(f"unknown origin {self.origin!r}")
        if isinstance(self.value, float) and not math.isfinite(self.value):
            raise ValueError(f"assumption {self.name} is not finite")


@dataclass(frozen=True)
class Reference:
    """A published figure cited beside a computed one; never used as the answer itself."""

    label: str
    value: float
    unit: str
    source: str


@dataclass(frozen=True)
class Result:
    intent: str
    headline: str
    figures: tuple[Figure, ...]
    assumptions: tuple[Assumption, ...]
    steps: tuple[str, ...]
    references: tuple[Reference, ...] = ()
    notes: tuple[str, ...] = ()
    change_hints: tuple[str, ...] = field(default=())

    def figure(self, name: str) -> Figure | None:
        return next((f for f in self.figures if f.name == name), None)

    def value(self, name: str) -> float:
        fig = self.figure(name)
        if fig is None:
            raise KeyError(name)
        return fig.value


class CalcError(Exception):
    """The one error users see: what is wrong and what to do next.

    kind is a stable machine-readable code: bad_number, unknown_accelerator, unknown_model,
    missing_input, contradiction, too_long, not_numeric, does_not_fit.
    """

    def __init__(self, kind: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()
