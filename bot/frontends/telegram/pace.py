"""Pacing Telegram sends at the platform's rate, first replies first.

Telegram allows a bot about 30 messages a second overall. When many chats ask at once, every
answer is more than one message (the numbers, then the notes or the explanation) and the first
replies must not queue behind the second parts of answers already begun: a person waiting for
any reply at all matters more than one who already has the numbers. PriorityPacer is a token
bucket (rate per second, a burst of one second's worth) whose waiters are served by priority,
then in the order they first asked, so a send retried after a 429 keeps its place.

Telegram's bucket is followed at its worst (PriorityPacer), with one call's worth of headroom.
A lone 429 (the call answered just before it was accepted) gives its slot back: the pacer's
count is the bucket at its worst, so the refusal was not the overall limit but one chat's or
one call's (the fake Bot API's random 5%), which spent nothing of the bucket; kept, each cost
every chat still waiting 1/30 s. A 429 right after another keeps its slot: a bucket that is
really empty refuses everything, and a slot given back would go at once to the next send,
refused in turn, a storm of 429s as fast as the round trip (bench/delivery.py measured a
thousand in a run when the pacer's count was wrong). Typing actions go only when nobody waits
for a slot (`busy`): a chat action is never worth a reply's place.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar, Token

from telegram.error import RetryAfter

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
    the later parts of an answer (follow_ups) and edits next; typing actions last (and only
    when the pacer is not busy)."""
    if endpoint == "sendChatAction":
        return CHAT_ACTION
    if endpoint == "sendMessage" and not _following.get():
        return FIRST_REPLY
    return FOLLOW_UP


HEADROOM = 1.0        # calls of Telegram's bucket the pacer leaves unused: "about 30" a second


class PriorityPacer:
    """Telegram's bucket as seen from here, at its worst. A call reaches Telegram somewhere
    between the moment it is let go and the moment its answer arrives; a bucket is emptiest
    when it is taken from as late as possible, so a call is counted when its answer arrives
    (`slot` ends), and until then it holds a slot of its own (`outstanding`). Let go 25 calls
    and have the event loop stall: they reach Telegram together, after the stall, and the time
    the stall lasted refilled nothing there (its bucket was full). Counting at the grant, as
    before, the pacer saw that time as refill and let go a second burst into the first."""

    def __init__(self, rate: float, burst: float | None = None, *, headroom: float = HEADROOM
                 ) -> None:
        self.rate = rate
        full = burst if burst is not None else max(1.0, rate)
        self.burst = max(1.0, full - headroom)
        self.tokens = self.burst             # the bucket, less the calls answered
        self.outstanding = 0                 # calls let go and not answered yet
        self.refunded = 0                    # lone 429s whose slot was given back
        self._refused_last = False           # the last call answered was a 429
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

    def _free(self) -> float:
        return self.tokens - self.outstanding

    def _has_slot(self) -> bool:
        # a slot a rounding error short is free: else its timer, due in 1e-17 s, is due again
        # each time it fires until the clock has moved on (for ever on a virtual clock)
        return self._free() >= 1 - 1e-9

    @asynccontextmanager
    async def slot(self, prio: int, ticket: int | None = None) -> AsyncIterator[None]:
        """Wait for a slot (by priority, then ticket), make the call inside; it is counted when
        the call ends, answered, refused or abandoned (it may have reached Telegram), except a
        lone 429 (RetryAfter raised inside, the call answered before it accepted)."""
        await self._acquire(prio, ticket)
        refused = False
        try:
            yield
        except RetryAfter:
            refused = True
            raise
        finally:
            self._done(counted=True, refused=refused)

    async def _acquire(self, prio: int, ticket: int | None) -> None:
        loop = asyncio.get_running_loop()
        self._refill(loop.time())
        if not self._waiting and self._has_slot():
            self.outstanding += 1
            return
        fut: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._waiting, (prio, self.ticket() if ticket is None else ticket, fut))
        self._schedule(loop)
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._done(counted=False)    # granted, but its sender gave up: give it back
            raise

    def _done(self, *, counted: bool, refused: bool = False) -> None:
        loop = asyncio.get_running_loop()
        self._refill(loop.time())
        self.outstanding -= 1
        if counted:
            if refused and not self._refused_last:
                # a lone 429: not the overall bucket (counted here at its worst), nothing
                # spent there
                self.refunded += 1
                counted = False
            self._refused_last = refused
        if counted:
            self.tokens -= 1
        else:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._release(loop)

    def busy(self) -> bool:
        """Someone waits for a slot, or none is free: what may be dropped (a typing action) is."""
        self._refill(asyncio.get_running_loop().time())
        return bool(self._waiting) or not self._has_slot()

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None or not self._waiting:
            return
        self._refill(loop.time())
        delay = max(0.0, (1 - self._free()) / self.rate)
        self._timer = loop.call_later(delay, self._release, loop)

    def _release(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        self._refill(loop.time())
        while self._waiting and self._has_slot():
            _, _, fut = heapq.heappop(self._waiting)
            if fut.done():                   # its sender gave up waiting
                continue
            self.outstanding += 1
            fut.set_result(None)
        self._schedule(loop)
