"""Each Telegram update takes its place in its chat's order the moment it arrives.

python-telegram-bot runs updates concurrently (`concurrent_updates`) and calls the update
processor for each one in arrival order, before any await of its handler could let a later
message overtake it: the library's intended hook for per-chat sequencing. The place is a
core Turn (bot/core/order.py); the core keeps the order, and the place is released when the
handler ends, whatever it did (an answer, a command, a refusal).

`first`, when given, is asked once per update after its place is taken: False (an update id
another replica already claimed, e.g. a webhook redelivery) skips the handlers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from inspect import iscoroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.core.order import ChatOrder, Turn
from bot.store import ChatKey


class ChatArrival(BaseUpdateProcessor):
    def __init__(self, order: ChatOrder, key: Callable[[Update], ChatKey],
                 max_concurrent_updates: int,
                 first: Callable[[Update], Awaitable[bool]] | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self.order = order
        self.key = key
        self.first = first
        self._turns: dict[int, Turn] = {}          # id(update) -> its place in its chat

    def turn_of(self, update: Update) -> Turn | None:
        return self._turns.get(id(update))

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update) or update.effective_chat is None:
            await coroutine
            return
        turn = self._turns[id(update)] = self.order.reserve(self.key(update))
        try:
            if self.first is not None and not await self.first(update):
                if iscoroutine(coroutine):
                    coroutine.close()                # handled by another replica already
                return
            await coroutine
        finally:
            del self._turns[id(update)]
            turn.finish()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
