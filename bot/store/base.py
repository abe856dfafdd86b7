"""The store interface and what every store shares: the chat state, its encoding, the errors,
and the in-process pieces (per-chat locks, a sliding-window limit, expiring claims) that the
memory store uses throughout and the database stores fall back to during an outage."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

ChatKey = tuple[str, str, str]   # platform, chat id, thread id ("" when none)
MAX_TURNS = 40


@dataclass
class ChatState:
    turns: list[dict[str, str]] = field(default_factory=list)   # {"role", "content"}
    last_request: dict[str, Any] | None = None
    overrides: dict[str, float | str | bool] = field(default_factory=dict)
    lang: str | None = None


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    requests: int = 0


Change = Callable[[ChatState], None]


class StoreUnavailable(Exception):
    """The database cannot be reached now (a restart, a network blip): the call failed fast."""


class SchemaTooNew(Exception):
    """The database was migrated by a newer gpubot; this one refuses to touch it."""

    def __init__(self, found: int, known: int) -> None:
        self.found, self.known = found, known
        super().__init__(f"schema version {found} is newer than this gpubot knows ({known}): "
                         "run the newer gpubot, or restore a backup made for this version")


class Store(Protocol):
    async def load(self, key: ChatKey) -> ChatState: ...
    async def save(self, key: ChatKey, state: ChatState) -> None: ...
    async def modify(self, key: ChatKey, change: Change) -> ChatState:
        """Apply one narrow change (append turns, set overrides, set the language) to the state
        as stored now, atomically, and return the result: a change never overwrites another
        one made meanwhile, as a load ... save around a minute-long reply would."""
        ...
    async def reset(self, key: ChatKey) -> None: ...
    async def add_usage(self, *, key: ChatKey, user: str, day: str, prompt_tokens: int,
                        completion_tokens: int, cost_usd: float) -> None: ...
    async def user_usage(self, user: str, day: str) -> Usage: ...
    async def usage_report(self, day: str) -> list[tuple[str, Usage]]: ...
    async def claim(self, kind: str, id: str, ttl_s: float) -> bool:
        """True for the first claim of (kind, id) until ttl_s passes: a Slack event_id or a
        Telegram update id redelivered, to this process or another, is handled once."""
        ...
    async def take(self, user: str, limit: int, window_s: float) -> bool:
        """One of `limit` requests per sliding `window_s` for this user, atomically; False
        when the user has used them all (limit <= 0 means no limit)."""
        ...
    def chat_lock(self, key: ChatKey) -> AbstractAsyncContextManager[None]:
        """Held while one reply of this chat is produced: replies of a chat go one at a time,
        in arrival order, across every process sharing the store."""
        ...
    async def close(self) -> None: ...


def trim(state: ChatState) -> ChatState:
    state.turns = state.turns[-MAX_TURNS:]
    return state


def encode(s: ChatState) -> str:
    return json.dumps({"turns": s.turns, "last_request": s.last_request,
                       "overrides": s.overrides, "lang": s.lang}, ensure_ascii=False)


def decode(raw: str | None) -> ChatState:
    if not raw:
        return ChatState()
    try:
        d = json.loads(raw)
        return ChatState(turns=list(d.get("turns") or []), last_request=d.get("last_request"),
                         overrides=dict(d.get("overrides") or {}), lang=d.get("lang"))
    except (ValueError, TypeError, AttributeError):
        return ChatState()   # a damaged row is forgotten, never fatal


def lock_id(*parts: str) -> int:
    """A stable signed 64-bit id for a PostgreSQL advisory lock (the same in every process)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class LocalLocks:
    """One FIFO asyncio lock per chat key, forgotten when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[ChatKey, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: ChatKey) -> AsyncIterator[None]:
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class LocalLimits:
    """Sliding-window limits and expiring claims, in this process only."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._claims: dict[tuple[str, str], float] = {}

    def take(self, user: str, limit: int, window_s: float) -> bool:
        if limit <= 0:
            return True
        now = self.clock()
        q = self._hits.setdefault(user, deque())
        while q and now - q[0] >= window_s:
            q.popleft()
        if len(q) >= limit:
            return False
        q.append(now)
        return True

    def claim(self, kind: str, id: str, ttl_s: float) -> bool:
        now = self.clock()
        if len(self._claims) > 10_000:      # forget the expired now and then
            self._claims = {k: t for k, t in self._claims.items() if t > now}
        if self._claims.get((kind, id), now) > now:
            return False
        self._claims[(kind, id)] = now + ttl_s
        return True
