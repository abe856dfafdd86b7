"""A per-user sliding-window limit on questions, shared by the chat front ends.

With a store several replicas share (bot/core/replicas.py) the window is taken in the store, in one
atomic statement, so a user spreading requests over replicas gets the same limit as on one;
otherwise it is counted here, in this process."""

from __future__ import annotations

import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Any

from bot.core.replicas import is_shared

log = logging.getLogger("gpubot.ratelimit")


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic,
                 store: Any = None) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.store = store if is_shared(store) else None
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    async def check(self, user: str) -> bool:
        """One of the user's requests this minute, in the shared store when there is one."""
        if self.store is None or self.per_minute <= 0:
            return self.allow(user)
        try:
            return bool(await self.store.take(user, self.per_minute, 60.0))
        except Exception as exc:
            log.warning("shared rate limit failed (%s); counting in this process",
                        type(exc).__name__)
            return self.allow(user)

    def allow(self, user: str) -> bool:
        if self.per_minute <= 0:
            return True
        now = self.clock()
        q = self._hits[user]
        while q and now - q[0] > 60:
            q.popleft()
        if len(q) >= self.per_minute:
            return False
        q.append(now)
        return True
