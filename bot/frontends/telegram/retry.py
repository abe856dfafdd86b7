"""Telegram requests that survive a flaky Bot API: BudgetedRateLimiter (flood limits paced with
first replies first, and a 429 answered by holding its chat for retry_after) plus a few
retries, with backoff, of transient failures: 5xx answers and dropped connections.

The rate limiter is python-telegram-bot's hook for request policy, so the front end and its
sending code stay as they are. Not retried: what a retry cannot fix (400, 401, 403, 409), a
timed-out sendMessage (Telegram may have delivered it, and a retry would send it twice; the
user gets the apology instead), and getUpdates (the updater has its own backoff).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut

from bot.frontends.telegram.send import BudgetedRateLimiter
from bot.shutdown import StopBudget

log = logging.getLogger("gpubot.telegram")
NOT_IDEMPOTENT = {"sendMessage", "sendPhoto", "sendDocument"}


class RetryingRateLimiter(BudgetedRateLimiter):
    def __init__(self, budget: StopBudget | None = None, *, transient_retries: int = 3,
                 backoff_s: float = 0.5, **limits: Any) -> None:
        limits.setdefault("max_retries", 6)          # 429s: wait retry_after, up to 6 times
        super().__init__(budget, **limits)
        self.transient_retries = transient_retries
        self.backoff_s = backoff_s

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        attempt = 0
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                      rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as exc:
                if attempt >= self.transient_retries or endpoint == "getUpdates" or \
                        (isinstance(exc, TimedOut) and endpoint in NOT_IDEMPOTENT) or \
                        self.budget.stopping.is_set():      # no retries once stopping
                    raise
                attempt += 1
                log.warning("telegram request failed; retrying",
                            extra={"kind": type(exc).__name__, "status": attempt})
                await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
