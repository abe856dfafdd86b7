"""Pacing Telegram sends at the platform's rate, first replies first.

Telegram allows a bot about 30 messages a second overall. When many chats ask at once, every
answer is more than one message (the numbers, then the notes or the explanation) and the first
replies must not queue behind the second parts of answers already begun: a person waiting for
any reply at all matters more than one who already has the numbers. PriorityPacer is a token
bucket (rate per second, a burst of one second's worth) whose waiters are served by priority,
then in the order they first asked, so a send retried after a 429 keeps its place.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token

FIRST_REPLY, FOLLOW_UP, CHAT_ACTION = 0, 1, 2
_following: ContextVar[bool] = ContextVar("gpubot_telegram_follow_up", default=False)


@contextmanager
def follow_ups() -> Iterator[None]:
    """Sends made inside (by this task) continue an answer whose first message is out."""
    token = _following.set(True)
    try:
        yield
    finally:
        _following.reset(token)


class AnswerSends:
    """The sends of one answer: the first goes as a first reply, every later one (`sent()`
    marks the first as out) as a follow-up, until the block ends."""

    def __init__(self) -> None:
        self._token: Token[bool] | None = None

    def __enter__(self) -> AnswerSends:
        return self

    def sent(self) -> None:
        if self._token is None:
            self._token = _following.set(True)

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _following.reset(self._token)
            self._token = None


def priority(endpoint: str) -> int:
    """A new message goes first (the first part of an answer, a command's reply, a refusal);
    the later parts of an answer (follow_ups) and edits next; typing actions last."""
    if endpoint == "sendChatAction":
        return CHAT_ACTION
    if endpoint == "sendMessage" and not _following.get():
        return FIRST_REPLY
    return FOLLOW_UP


class PriorityPacer:
    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.rate = rate
        self.burst = burst if burst is not None else max(1.0, rate)
        self.tokens = self.burst
        self._at: float | None = None
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._seq = itertools.count()

    def ticket(self) -> int:
        """An order of arrival, kept across retries of the same send."""
        return next(self._seq)

    def _refill(self, now: float) -> None:
        if self._at is not None:
            self.tokens = min(self.burst, self.tokens + (now - self._at) * self.rate)
        self._at = now

    async def acquire(self, prio: int, ticket: int | None = None) -> None:
        loop = asyncio.get_running_loop()
        self._refill(loop.time())
        if not self._waiting and self.tokens >= 1:
            self.tokens -= 1
            return
        fut: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._waiting, (prio, self.ticket() if ticket is None else ticket, fut))
        self._schedule(loop)
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self.tokens += 1             # granted, but its sender gave up: give it back
                self._schedule(loop)
            raise

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None or not self._waiting:
            return
        self._refill(loop.time())
        delay = max(0.0, (1 - self.tokens) / self.rate)
        self._timer = loop.call_later(delay, self._release, loop)

    def _release(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        self._refill(loop.time())
        while self._waiting and self.tokens >= 1:
            _, _, fut = heapq.heappop(self._waiting)
            if fut.done():                   # its sender gave up waiting
                continue
            self.tokens -= 1
            fut.set_result(None)
        self._schedule(loop)
