"""Per-chat ordering of answers, in the core so that every platform gets the same rule.

A chat (platform, chat, thread) answers in the order questions arrive, in two lanes:
- numbers: an answer's numbers go out after the previous answer's numbers have been handed to
  the platform, which takes milliseconds, never after its explanation;
- explanations: an answer's explanation, and its turns in the conversation history, start after
  the previous answer's explanation has finished or been cut at its deadline.
So a slow explanation delays the next explanation only, never the next question's numbers,
and the history is written in the order the questions were asked.

One process holds the order in memory; replicas sharing a store would need a lock per chat key
in that store instead.
"""

from __future__ import annotations

import asyncio

from bot.store import ChatKey


class Turn:
    """One answer's place in its chat."""

    def __init__(self, order: ChatOrder, key: ChatKey, before: Turn | None) -> None:
        self._order = order
        self._key = key
        self._before = before
        self._numbers_out = asyncio.Event()
        self._done = asyncio.Event()

    async def numbers(self) -> None:
        """Wait until the previous answer's numbers have been sent."""
        if self._before is not None:
            await self._before._numbers_out.wait()

    def numbers_sent(self) -> None:
        self._numbers_out.set()

    async def explanation(self) -> None:
        """Wait until the previous answer's explanation has finished or been cut."""
        if self._before is not None:
            await self._before._done.wait()

    def finish(self) -> None:
        """This answer is over (also when it failed or was abandoned): release the next one."""
        self._numbers_out.set()
        self._done.set()
        self._before = None
        self._order._forget(self._key, self)


class ChatOrder:
    def __init__(self) -> None:
        self._last: dict[ChatKey, Turn] = {}

    def reserve(self, key: ChatKey) -> Turn:
        """A place at the end of the chat's queue. Synchronous, so that the order is the order
        of the calls, with no await in between to reorder them."""
        turn = Turn(self, key, self._last.get(key))
        self._last[key] = turn
        return turn

    def _forget(self, key: ChatKey, turn: Turn) -> None:
        if self._last.get(key) is turn:
            del self._last[key]

    def __len__(self) -> int:
        return len(self._last)
