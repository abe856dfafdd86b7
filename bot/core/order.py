"""Per-chat ordering of answers, in the core so that every platform gets the same rule.

A chat (platform, chat, thread) answers in the order questions arrive, in two lanes:
- numbers: an answer's numbers go out after the previous answer's numbers have been handed to
  the platform, which takes milliseconds, never after its explanation;
- explanations: an answer's explanation, and its turns in the conversation history, start after
  the previous answer's explanation has finished or been cut at its deadline.
So a slow explanation delays the next explanation only, never the next question's numbers,
and the history is written in the order the questions were asked.

One process holds the order in memory. Replicas sharing a store (bot/core/replicas.py) also hold
the store's lock for the chat (`across`, a PostgreSQL advisory lock) from the moment a turn's
numbers may start until they have been handed to the platform: a chat's numbers go out one at a
time, in the order the replicas took the lock, and a follow-up that lands on another replica
reads the request its predecessor stored. The lock is released when the numbers are out, when
producing them fails, or (the server's doing) when the holding replica's connection dies.
Across replicas the explanations are not ordered: holding the lock through one would hold
the next question's numbers behind it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, nullcontext

from bot.store import ChatKey


class _Gate:
    """One turn's place in one lane: open once this turn has let go of it and every turn
    before it is open too, so a turn that ends early (a command, a failure) never lets the
    next one overtake a turn still in progress before it."""

    def __init__(self, before: _Gate | None, on_open: Callable[[], None] = lambda: None) -> None:
        self.before = before
        self.after: _Gate | None = None
        if before is not None:
            before.after = self
        self.released = False
        self.event = asyncio.Event()
        self.on_open = on_open

    async def wait_before(self) -> None:
        before = self.before
        if before is not None:
            await before.event.wait()

    def release(self) -> None:
        self.released = True
        gate: _Gate | None = self
        while gate is not None and gate.released and not gate.event.is_set() \
                and (gate.before is None or gate.before.event.is_set()):
            gate.event.set()
            gate.before = None
            gate.on_open()
            gate = gate.after


class Turn:
    """One answer's place in its chat."""

    def __init__(self, order: ChatOrder, key: ChatKey, before: Turn | None) -> None:
        self._numbers: _Gate = _Gate(before._numbers if before else None)
        self._done: _Gate = _Gate(before._done if before else None,
                           on_open=lambda: order._forget(key, self))

    async def numbers(self) -> None:
        """Wait until the previous answers' numbers have been sent."""
        await self._numbers.wait_before()

    def numbers_sent(self) -> None:
        self._numbers.release()

    async def explanation(self) -> None:
        """Wait until the previous answers' explanations have finished or been cut."""
        await self._done.wait_before()

    def finish(self) -> None:
        """This answer is over (also when it failed or was abandoned)."""
        self._numbers.release()
        self._done.release()


class ChatOrder:
    def __init__(self, lock: Callable[[ChatKey], AbstractAsyncContextManager[None]] | None = None
                 ) -> None:
        self._last: dict[ChatKey, Turn] = {}
        self._lock = lock

    def across(self, key: ChatKey) -> AbstractAsyncContextManager[None]:
        """The chat's lock across replicas (held while a turn's numbers are produced and
        sent); with no shared store, nothing to hold."""
        return self._lock(key) if self._lock is not None else nullcontext()

    def reserve(self, key: ChatKey) -> Turn:
        """A place at the end of the chat's queue. Synchronous, so that the order is the order
        of the calls, with no await in between to reorder them."""
        turn = Turn(self, key, self._last.get(key))
        self._last[key] = turn
        return turn

    def _forget(self, key: ChatKey, turn: Turn) -> None:
        """The turn and all before it are over: a later one needs to wait for none of them."""
        if self._last.get(key) is turn:
            del self._last[key]

    def __len__(self) -> int:
        return len(self._last)
