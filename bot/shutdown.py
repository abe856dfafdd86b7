"""The time the process has left once it is asked to stop, and the sends that respect it.

Docker (and most orchestrators) give a container 10 s between SIGTERM and SIGKILL. After
SIGTERM, replies in flight get a grace period to finish (then their explanations are cut
with a note, bot/core/conversation.py), and every send must be over by the end of the stop budget:
a rate-limit wait (Telegram's 429 retry_after) that would end later is skipped and the send
fails at once, and a request still running at the end is abandoned (for Telegram:
BudgetedRateLimiter in bot/frontends/telegram/send.py). A preview never
completed stays marked "still writing…" (bot/render), so no reply is left looking whole.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

# replies in flight finish within the grace; every send is over by the budget's end; the
# process then closes its connections and exits, well inside Docker's 10 s
SHUTDOWN_GRACE_S = 4.0
SHUTDOWN_BUDGET_S = 6.5


class StopBudget:
    def __init__(self) -> None:
        self.end: float | None = None          # event-loop time by which sends must be over
        self._on_start: list[Callable[[float], None]] = []
        self.stopping = asyncio.Event()

    def start(self, seconds: float) -> None:
        if self.end is not None:
            return
        self.end = asyncio.get_running_loop().time() + seconds
        self.stopping.set()
        for fn in self._on_start:
            fn(self.end)

    def left(self) -> float | None:
        """Seconds left before the end, or None while the process is not stopping."""
        if self.end is None:
            return None
        return max(0.0, self.end - asyncio.get_running_loop().time())

    def on_start(self, fn: Callable[[float], None]) -> None:
        self._on_start.append(fn)
