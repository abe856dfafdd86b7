"""The embedded default: one SQLite file (WAL) for one machine, through aiosqlite.

One connection per store, opened on first use in the running event loop and closed by
`close()`; every call takes the store's lock, so a transaction (BEGIN IMMEDIATE ... COMMIT)
never interleaves with another call on the same connection, and SQLite's write lock with its
busy timeout serialises writers in other processes. `":memory:"` is one private database that
lives as long as the store. The file is checked and migrated when the store is made, so a file
that cannot be used is found at start, not at the first message.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store import migrations as mig
from bot.store.base import (
    Change,
    ChatKey,
    ChatState,
    LocalLocks,
    SchemaTooNew,
    Store,
    Usage,
    decode,
    encode,
    trim,
)
from bot.store.memory import MemoryStore

log = logging.getLogger("gpubot.store")

_UPSERT = ("INSERT INTO chats(platform, chat, thread, state) VALUES (?,?,?,?) ON CONFLICT(platform,"
           " chat, thread) DO UPDATE SET state=excluded.state, updated=julianday('now')")
_SELECT = "SELECT state FROM chats WHERE platform=? AND chat=? AND thread=?"
_ADD_USAGE = ("INSERT INTO usage VALUES (?,?,?,?,?,1) ON CONFLICT(user, day) DO UPDATE SET "
              "prompt_tokens=prompt_tokens+excluded.prompt_tokens, completion_tokens="
              "completion_tokens+excluded.completion_tokens, cost_usd=cost_usd+excluded.cost_usd,"
              " requests=requests+1")
_ADD_CHAT_USAGE = ("INSERT INTO chat_usage VALUES (?,?,?,?,?,?,?,1) ON CONFLICT(platform, chat, "
                   "thread, day) DO UPDATE SET prompt_tokens=prompt_tokens+excluded.prompt_tokens,"
                   " completion_tokens=completion_tokens+excluded.completion_tokens, "
                   "cost_usd=cost_usd+excluded.cost_usd, requests=requests+1")
_CLAIM = ("INSERT INTO claims VALUES (?,?,?) ON CONFLICT(kind, id) DO UPDATE SET "
          "expires=excluded.expires WHERE claims.expires <= ? RETURNING 1")


class SQLiteStore:
    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0) -> None:
        self.path = str(path)
        self.busy_timeout_s = busy_timeout_s
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._locks = LocalLocks()
        self._claims = 0
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                applied = mig.migrate_sync(conn)
            finally:
                conn.close()
            if applied:
                log.info("conversation store %s migrated to schema version %d", self.path,
                         applied[-1])

    async def _open(self) -> aiosqlite.Connection:
        """The connection (the caller holds the lock)."""
        if self._db is None:
            db = aiosqlite.connect(self.path, timeout=self.busy_timeout_s, isolation_level=None)
            worker = getattr(db, "_thread", None)
            if isinstance(worker, threading.Thread):
                worker.daemon = True      # a store nobody closed never keeps the process alive
            await db
            try:
                if self.path != ":memory:":
                    await db.execute("PRAGMA journal_mode=WAL")
                await db.execute("PRAGMA synchronous=NORMAL")
                await mig.migrate_async(db)   # a no-op for a file migrated at start
            except BaseException:
                await db.close()
                raise
            self._db = db
        return self._db

    async def _run(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        async with self._lock:
            db = await self._open()
            async with db.execute(sql, args) as cur:
                return list(await cur.fetchall())

    async def load(self, key: ChatKey) -> ChatState:
        rows = await self._run(_SELECT, key)
        return decode(rows[0][0]) if rows else ChatState()

    async def save(self, key: ChatKey, state: ChatState) -> None:
        await self._run(_UPSERT, (*key, encode(trim(state))))

    async def modify(self, key: ChatKey, change: Change) -> ChatState:
        async with self._lock:
            db = await self._open()
            await db.execute("BEGIN IMMEDIATE")        # the write lock first: no lost update
            try:
                async with db.execute(_SELECT, key) as cur:
                    row = await cur.fetchone()
                state = decode(row[0]) if row else ChatState()
                change(state)
                await db.execute(_UPSERT, (*key, encode(trim(state))))
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            await db.execute("COMMIT")
            return state

    async def reset(self, key: ChatKey) -> None:
        await self._run("DELETE FROM chats WHERE platform=? AND chat=? AND thread=?", key)

    async def add_usage(self, *, key: ChatKey, user: str, day: str, prompt_tokens: int,
                        completion_tokens: int, cost_usd: float) -> None:
        args = (prompt_tokens, completion_tokens, cost_usd)
        async with self._lock:
            db = await self._open()
            await db.execute("BEGIN IMMEDIATE")        # both counters or neither
            try:
                await db.execute(_ADD_USAGE, (user, day, *args))
                await db.execute(_ADD_CHAT_USAGE, (*key, day, *args))
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            await db.execute("COMMIT")

    async def user_usage(self, user: str, day: str) -> Usage:
        rows = await self._run("SELECT prompt_tokens, completion_tokens, cost_usd, requests "
                               "FROM usage WHERE user=? AND day=?", (user, day))
        return Usage(*rows[0]) if rows else Usage()

    async def usage_report(self, day: str) -> list[tuple[str, Usage]]:
        rows = await self._run("SELECT user, prompt_tokens, completion_tokens, cost_usd, requests"
                               " FROM usage WHERE day=? ORDER BY cost_usd DESC", (day,))
        return [(r[0], Usage(*r[1:])) for r in rows]

    async def claim(self, kind: str, id: str, ttl_s: float) -> bool:
        now = time.time()
        self._claims += 1
        if self._claims % 500 == 0:
            await self._run("DELETE FROM claims WHERE expires <= ?", (now,))
        return bool(await self._run(_CLAIM, (kind, id, now + ttl_s, now)))

    async def take(self, user: str, limit: int, window_s: float) -> bool:
        if limit <= 0:
            return True
        now = time.time()
        async with self._lock:
            db = await self._open()
            await db.execute("BEGIN IMMEDIATE")
            try:
                await db.execute("DELETE FROM rate_hits WHERE user=? AND at <= ?",
                                 (user, now - window_s))
                async with db.execute("SELECT count(*) FROM rate_hits WHERE user=?",
                                      (user,)) as cur:
                    row = await cur.fetchone()
                ok = (row[0] if row else 0) < limit
                if ok:
                    await db.execute("INSERT INTO rate_hits VALUES (?, ?)", (user, now))
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            await db.execute("COMMIT")
            return ok

    def chat_lock(self, key: ChatKey) -> AbstractAsyncContextManager[None]:
        return self._locks.hold(key)     # one machine: ordering within this process

    async def close(self) -> None:
        async with self._lock:
            if self._db is not None:
                db, self._db = self._db, None
                await db.close()


def open_sqlite(path: str | Path, *, busy_timeout_s: float = 30.0,
                start_timeout_s: float = 5.0) -> Store:
    """The SQLite store; or, when the file cannot be used at start (locked, read-only, corrupt,
    a directory in the way, a schema from a newer gpubot), one clear log line and a memory
    store: the bot answers, and remembers conversations until it restarts, instead of
    crash-looping on a bad file."""
    try:
        store = SQLiteStore(path, busy_timeout_s=start_timeout_s)
    except SchemaTooNew as exc:
        log.error("conversation memory on disk refused: %s has %s; answering with memory that "
                  "lasts until restart.", path, exc)
        return MemoryStore()
    except (sqlite3.Error, OSError) as exc:
        log.error("conversation memory on disk unavailable: cannot use %s (%s: %s); answering "
                  "with memory that lasts until restart. Fix or move the file, then restart.",
                  path, type(exc).__name__, exc)
        return MemoryStore()
    store.busy_timeout_s = busy_timeout_s      # the running connection waits longer
    return store
