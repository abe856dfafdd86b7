"""Conversation state behind one small interface.

Per chat (platform, chat, thread): recent turns, the last calculator request (for follow-ups
such as "what about H200?"), per-chat assumption overrides (/assume), language, and usage
counters per chat and per user per day. MemoryStore for tests and the CLI; SQLiteStore (WAL,
one connection per call in a worker thread) by default. A Redis or PostgreSQL store for
several replicas is a new class with these methods, not a rewrite.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("gpubot.store")
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
    async def close(self) -> None: ...


def _trim(state: ChatState) -> ChatState:
    state.turns = state.turns[-MAX_TURNS:]
    return state


class MemoryStore:
    def __init__(self) -> None:
        self._chats: dict[ChatKey, str] = {}
        self._usage: dict[tuple[str, str], Usage] = {}
        self._chat_usage: dict[tuple[ChatKey, str], Usage] = {}

    async def load(self, key: ChatKey) -> ChatState:
        raw = self._chats.get(key)
        return _decode(raw) if raw else ChatState()

    async def save(self, key: ChatKey, state: ChatState) -> None:
        self._chats[key] = _encode(_trim(state))

    async def modify(self, key: ChatKey, change: Change) -> ChatState:
        state = await self.load(key)       # no await in between: atomic in the event loop
        change(state)
        await self.save(key, state)
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

    async def close(self) -> None:
        return None


def _encode(s: ChatState) -> str:
    return json.dumps({"turns": s.turns, "last_request": s.last_request,
                       "overrides": s.overrides, "lang": s.lang}, ensure_ascii=False)


def _decode(raw: str) -> ChatState:
    try:
        d = json.loads(raw)
        return ChatState(turns=list(d.get("turns") or []), last_request=d.get("last_request"),
                         overrides=dict(d.get("overrides") or {}), lang=d.get("lang"))
    except (ValueError, TypeError, AttributeError):
        return ChatState()   # a damaged row is forgotten, never fatal


_SCHEMA = """
CREATE TABLE IF NOT EXISTS chats (platform TEXT, chat TEXT, thread TEXT, state TEXT NOT NULL,
  updated REAL DEFAULT (julianday('now')), PRIMARY KEY (platform, chat, thread));
CREATE TABLE IF NOT EXISTS usage (user TEXT, day TEXT, prompt_tokens INTEGER, completion_tokens
  INTEGER, cost_usd REAL, requests INTEGER, PRIMARY KEY (user, day));
CREATE TABLE IF NOT EXISTS chat_usage (platform TEXT, chat TEXT, thread TEXT, day TEXT,
  prompt_tokens INTEGER, completion_tokens INTEGER, cost_usd REAL, requests INTEGER,
  PRIMARY KEY (platform, chat, thread, day));
"""


_UPSERT = ("INSERT INTO chats(platform, chat, thread, state) VALUES (?,?,?,?) ON CONFLICT(platform,"
           " chat, thread) DO UPDATE SET state=excluded.state, updated=julianday('now')")


class SQLiteStore:
    """SQLite in WAL mode; every call runs in a worker thread so the event loop never waits
    on disk. Writes are single statements (UPSERTs), so concurrent writers cannot interleave
    half a change; SQLite's busy timeout serialises them across processes."""

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0) -> None:
        self.path = str(path)
        self.busy_timeout_s = busy_timeout_s
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._conn() as c:
            c.executescript(_SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=self.busy_timeout_s, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    async def _run(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        def go() -> list[tuple[Any, ...]]:
            return list(self._conn().execute(sql, args).fetchall())
        return await asyncio.to_thread(go)

    async def load(self, key: ChatKey) -> ChatState:
        rows = await self._run("SELECT state FROM chats WHERE platform=? AND chat=? AND thread=?",
                               key)
        return _decode(rows[0][0]) if rows else ChatState()

    async def save(self, key: ChatKey, state: ChatState) -> None:
        await self._run(_UPSERT, (*key, _encode(_trim(state))))

    async def modify(self, key: ChatKey, change: Change) -> ChatState:
        def go() -> ChatState:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")        # the write lock first: no lost update
            try:
                rows = conn.execute("SELECT state FROM chats WHERE platform=? AND chat=? AND "
                                    "thread=?", key).fetchall()
                state = _decode(rows[0][0]) if rows else ChatState()
                change(state)
                conn.execute(_UPSERT, (*key, _encode(_trim(state))))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return state
        return await asyncio.to_thread(go)

    async def reset(self, key: ChatKey) -> None:
        await self._run("DELETE FROM chats WHERE platform=? AND chat=? AND thread=?", key)

    async def add_usage(self, *, key: ChatKey, user: str, day: str, prompt_tokens: int,
                        completion_tokens: int, cost_usd: float) -> None:
        args = (prompt_tokens, completion_tokens, cost_usd)
        await self._run(
            "INSERT INTO usage VALUES (?,?,?,?,?,1) ON CONFLICT(user, day) DO UPDATE SET "
            "prompt_tokens=prompt_tokens+excluded.prompt_tokens, completion_tokens="
            "completion_tokens+excluded.completion_tokens, cost_usd=cost_usd+excluded.cost_usd,"
            " requests=requests+1", (user, day, *args))
        await self._run(
            "INSERT INTO chat_usage VALUES (?,?,?,?,?,?,?,1) ON CONFLICT(platform, chat, thread,"
            " day) DO UPDATE SET prompt_tokens=prompt_tokens+excluded.prompt_tokens, "
            "completion_tokens=completion_tokens+excluded.completion_tokens, "
            "cost_usd=cost_usd+excluded.cost_usd, requests=requests+1", (*key, day, *args))

    async def user_usage(self, user: str, day: str) -> Usage:
        rows = await self._run("SELECT prompt_tokens, completion_tokens, cost_usd, requests "
                               "FROM usage WHERE user=? AND day=?", (user, day))
        return Usage(*rows[0]) if rows else Usage()

    async def usage_report(self, day: str) -> list[tuple[str, Usage]]:
        rows = await self._run("SELECT user, prompt_tokens, completion_tokens, cost_usd, requests"
                               " FROM usage WHERE day=? ORDER BY cost_usd DESC", (day,))
        return [(r[0], Usage(*r[1:])) for r in rows]

    async def close(self) -> None:
        return None



def open_sqlite(path: str | Path, *, busy_timeout_s: float = 30.0,
                start_timeout_s: float = 5.0) -> Store:
    """The SQLite store; or, when the file cannot be used at start (locked, read-only, corrupt,
    a directory in the way), one clear log line and a memory store: the bot answers, and
    remembers conversations until it restarts, instead of crash-looping on a bad file."""
    try:
        store = SQLiteStore(path, busy_timeout_s=start_timeout_s)
    except (sqlite3.Error, OSError) as exc:
        log.error("conversation memory on disk unavailable: cannot use %s (%s: %s); answering "
                  "with memory that lasts until restart. Fix or move the file, then restart.",
                  path, type(exc).__name__, exc)
        return MemoryStore()
    store.busy_timeout_s = busy_timeout_s      # the worker threads' connections wait longer
    return store
