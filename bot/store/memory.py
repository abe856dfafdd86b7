"""The store in this process's memory: tests, the CLI, and the fallback when a database file
cannot be used. Every method runs without an await between reading and writing, so each is
atomic in the event loop."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from bot.store.base import (
    Change,
    ChatKey,
    ChatState,
    LocalLimits,
    LocalLocks,
    Usage,
    decode,
    encode,
    trim,
)


class MemoryStore:
    def __init__(self) -> None:
        self._chats: dict[ChatKey, str] = {}
        self._usage: dict[tuple[str, str], Usage] = {}
        self._chat_usage: dict[tuple[ChatKey, str], Usage] = {}
        self._limits = LocalLimits()
        self._locks = LocalLocks()

    async def load(self, key: ChatKey) -> ChatState:
        return decode(self._chats.get(key))

    async def save(self, key: ChatKey, state: ChatState) -> None:
        self._chats[key] = encode(trim(state))

    async def modify(self, key: ChatKey, change: Change) -> ChatState:
        state = decode(self._chats.get(key))      # no await in between: atomic in the event loop
        change(state)
        self._chats[key] = encode(trim(state))
        return state

    async def reset(self, key: ChatKey) -> None:
        self._chats.pop(key, None)

    async def add_usage(self, *, key: ChatKey, user: str, day: str, prompt_tokens: int,
                        completion_tokens: int, cost_usd: float) -> None:
        def add(u: Usage) -> Usage:
            return Usage(u.prompt_tokens + prompt_tokens, u.completion_tokens + completion_tokens,
                         u.cost_usd + cost_usd, u.requests + 1)

        self._usage[(user, day)] = add(self._usage.get((user, day), Usage()))
        self._chat_usage[(key, day)] = add(self._chat_usage.get((key, day), Usage()))

    async def user_usage(self, user: str, day: str) -> Usage:
        return self._usage.get((user, day), Usage())

    async def usage_report(self, day: str) -> list[tuple[str, Usage]]:
        return sorted(((u, v) for (u, d), v in self._usage.items() if d == day),
                      key=lambda x: -x[1].cost_usd)

    async def claim(self, kind: str, id: str, ttl_s: float) -> bool:
        return self._limits.claim(kind, id, ttl_s)

    async def take(self, user: str, limit: int, window_s: float) -> bool:
        return self._limits.take(user, limit, window_s)

    def chat_lock(self, key: ChatKey) -> AbstractAsyncContextManager[None]:
        return self._locks.hold(key)

    async def close(self) -> None:
        return None
