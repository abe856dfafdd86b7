"""Several replicas on one PostgreSQL database, through psycopg 3 and its async pool.

Everything the SQLite store holds, plus what replicas must share: first-claim de-duplication
(`claim`: one UPSERT, the first writer wins until the claim expires), an atomic per-user
sliding-window limit (`take`: one UPSERT on a row of request times, checked and taken under
the row's lock) and per-chat ordering (`chat_lock`: a session advisory lock per chat key, on a
connection held while the reply is produced; the server drops it when that connection dies).

The schema is migrated on first use under an advisory lock, so replicas starting together
migrate once. When the database cannot be reached the call fails fast (a connection from the
pool is waited for briefly, and only a quarter of a second during an outage), one line is
logged for the outage and one when it ends, and each call goes on without shared memory: in
this process's memory (`degrade=True`, the default), or raising StoreUnavailable. The URL's
password never appears in a log line or an error.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from urllib.parse import quote

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import AsyncConnectionPool, PoolClosed, PoolTimeout

from bot.store import migrations as mig
from bot.store.base import (
    Change,
    ChatKey,
    ChatState,
    LocalLocks,
    SchemaTooNew,
    StoreUnavailable,
    Usage,
    decode,
    encode,
    lock_id,
    trim,
)
from bot.store.memory import MemoryStore
from bot.store.pg_sql import ADD_USAGE as _ADD_USAGE
from bot.store.pg_sql import CLAIM as _CLAIM
from bot.store.pg_sql import KEY as _KEY
from bot.store.pg_sql import TAKE as _TAKE
from bot.store.pg_sql import UPSERT as _UPSERT

log = logging.getLogger("gpubot.store")
_DOWN = (psycopg.OperationalError, psycopg.InterfaceError, PoolTimeout, PoolClosed, OSError)


def describe_url(url: str) -> tuple[str, list[str]]:
    """A printable form of the database URL (no password) and the strings to mask anywhere."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "(an unparsable database URL)", [url]
    password = str(parts.get("password") or "")
    where = f"{parts.get('host') or 'localhost'}:{parts.get('port') or 5432}/{parts.get('dbname') or ''}"
    user = parts.get("user")
    masks = [m for m in (password, quote(password, safe=""), url) if m]
    return (f"postgresql://{user}@{where}" if user else f"postgresql://{where}"), masks


class PostgresStore:
    PROBE_EVERY_S = 0.5
    shared = True          # several replicas use it at once (bot/core/replicas.py)

    def __init__(self, url: str, *, pool_size: int = 20, timeout_s: float = 2.0,
                 connect_timeout_s: int = 3, degrade: bool = True) -> None:
        self.where, self._masks = describe_url(url)
        self._url = url
        self.timeout_s = timeout_s
        self.degrade = degrade
        self._pool_size, self._connect_timeout_s = pool_size, max(2, connect_timeout_s)
        self._pool = self._make_pool()
        self._retired: set[asyncio.Task[None]] = set()
        self._fallback = MemoryStore()       # this process's memory while the database is away
        self._locks = LocalLocks()
        self._ready_lock = asyncio.Lock()
        self._opened = self._migrated = self._refused = False
        self._down_since: float | None = None
        self._probe_at = 0.0                 # during an outage, calls before this fail at once
        self._claims = 0
        # each failed reconnection would be a line; the store logs one per outage instead
        logging.getLogger("psycopg.pool").setLevel(logging.ERROR)

    def _make_pool(self) -> AsyncConnectionPool:
        return AsyncConnectionPool(
            self._url, min_size=1, max_size=self._pool_size, open=False, timeout=self.timeout_s,
            check=AsyncConnectionPool.check_connection, name="gpubot",
            reconnect_timeout=max(3.0, self.timeout_s),
            kwargs={"autocommit": True, "connect_timeout": self._connect_timeout_s,
                    "application_name": "gpubot"})

    # ------------------------------------------------------------ availability
    def redact(self, text: str) -> str:
        for m in self._masks:
            text = text.replace(m, "***")
        return text

    def _down(self, exc: BaseException) -> StoreUnavailable:
        self._probe_at = time.monotonic() + self.PROBE_EVERY_S
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.error("database %s unavailable (%s: %s); answering without shared memory until "
                      "it is back", self.where, type(exc).__name__, " ".join(self.redact(str(exc)).split()))
        return StoreUnavailable(f"database {self.where} unavailable")

    def _up(self) -> None:
        if self._down_since is not None:
            log.warning("database %s is back after %.1f s; shared memory resumes", self.where,
                        time.monotonic() - self._down_since)
            self._down_since = None

    async def _why(self, exc: BaseException) -> BaseException:
        """The reason to log: a pool timeout hides it (a refused connection, a wrong password),
        so at the start of an outage one direct connection is tried to find it."""
        if not isinstance(exc, PoolTimeout) or self._down_since is not None:
            return exc
        try:
            conn = await psycopg.AsyncConnection.connect(self._url, connect_timeout=2)
        except Exception as direct:
            return direct
        await conn.close()
        return exc

    def _wait_s(self) -> float:
        return 0.25 if self._down_since is not None else self.timeout_s

    async def _gate(self) -> None:
        """During an outage one call in PROBE_EVERY_S tries the database (one direct
        connection) and the rest fail at once. When the probe gets through, a fresh pool takes
        over: the old one may be waiting out its reconnection backoff."""
        if self._down_since is None:
            return
        if time.monotonic() < self._probe_at:
            raise StoreUnavailable(f"database {self.where} unavailable")
        self._probe_at = time.monotonic() + self.PROBE_EVERY_S
        try:
            probe = await psycopg.AsyncConnection.connect(
                self._url, connect_timeout=self._connect_timeout_s)
        except Exception as exc:
            raise self._down(exc) from None
        await probe.close()
        if self._opened:
            old, self._pool = self._pool, self._make_pool()
            await self._pool.open(wait=False)
            task = asyncio.create_task(old.close(timeout=1.0))   # connections in use close on return
            self._retired.add(task)
            task.add_done_callback(self._retired.discard)
        self._up()

    def unavailable_for(self) -> float:
        """Seconds since the database stopped answering; 0.0 while it answers."""
        return 0.0 if self._down_since is None else time.monotonic() - self._down_since

    async def ping(self) -> bool:
        """One round trip (for /healthz); False when the database cannot be used now."""
        try:
            async with self._conn() as conn:
                await conn.execute("SELECT 1")
        except StoreUnavailable:
            return False
        return True

    def _spare(self) -> MemoryStore:
        if not self.degrade:
            raise StoreUnavailable(f"database {self.where} unavailable")
        return self._fallback

    async def open(self) -> bool:
        """Connect and migrate now (else on first use); False when the database is unusable."""
        try:
            await self._ready()
        except StoreUnavailable:
            return False
        return True

    async def _ready(self) -> None:
        if self._migrated:
            return
        async with self._ready_lock:
            if self._refused:
                raise StoreUnavailable(f"database {self.where} has a newer schema")
            if self._migrated:
                return
            if not self._opened:
                await self._pool.open(wait=False)
                self._opened = True
            try:
                async with self._pool.connection(timeout=self._wait_s()) as conn:
                    applied = await mig.migrate_postgres(conn)
            except SchemaTooNew as exc:
                self._refused = True
                log.error("database %s refused: it has %s; answering with memory that lasts "
                          "until restart.", self.where, exc)
                raise StoreUnavailable(str(exc)) from None
            except _DOWN as exc:
                raise self._down(await self._why(exc)) from None
            self._migrated = True
            self._up()
            if applied:
                log.info("database %s migrated to schema version %d", self.where, applied[-1])

    @asynccontextmanager
    async def _conn(self) -> AsyncIterator[psycopg.AsyncConnection]:
        await self._gate()
        await self._ready()
        try:
            async with self._pool.connection(timeout=self._wait_s()) as conn:
                yield conn
        except _DOWN as exc:
            raise self._down(await self._why(exc)) from None
        self._up()

    # ------------------------------------------------------------ conversation state
    async def load(self, key: ChatKey) -> ChatState:
        try:
            async with self._conn() as conn:
                cur = await conn.execute(f"SELECT state FROM chats WHERE {_KEY}", key)
                row = await cur.fetchone()
            return decode(row[0]) if row else ChatState()
        except StoreUnavailable:
            return await self._spare().load(key)

    async def save(self, key: ChatKey, state: ChatState) -> None:
        try:
            async with self._conn() as conn:
                await conn.execute(_UPSERT, (*key, encode(trim(state))))
        except StoreUnavailable:
            await self._spare().save(key, state)

    async def modify(self, key: ChatKey, change: Change) -> ChatState:
        try:
            async with self._conn() as conn, conn.transaction():
                # the row first (a new chat's too), then its lock: no lost update
                await conn.execute("INSERT INTO chats (platform, chat, thread, state) VALUES "
                                   "(%s, %s, %s, '{}') ON CONFLICT DO NOTHING", key)
                cur = await conn.execute(f"SELECT state FROM chats WHERE {_KEY} FOR UPDATE", key)
                row = await cur.fetchone()
                state = decode(row[0]) if row else ChatState()
                change(state)
                await conn.execute(_UPSERT, (*key, encode(trim(state))))
            return state
        except StoreUnavailable:
            return await self._spare().modify(key, change)

    async def reset(self, key: ChatKey) -> None:
        try:
            async with self._conn() as conn:
                await conn.execute(f"DELETE FROM chats WHERE {_KEY}", key)
        except StoreUnavailable:
            await self._spare().reset(key)

    # ------------------------------------------------------------ usage
    async def add_usage(self, *, key: ChatKey, user: str, day: str, prompt_tokens: int,
                        completion_tokens: int, cost_usd: float) -> None:
        args = {"user": user, "day": day, "p": prompt_tokens, "c": completion_tokens,
                "cost": cost_usd, "platform": key[0], "chat": key[1], "thread": key[2]}
        try:
            async with self._conn() as conn:
                await conn.execute(_ADD_USAGE, args)      # one statement: both counters or neither
        except StoreUnavailable:
            await self._spare().add_usage(key=key, user=user, day=day, prompt_tokens=prompt_tokens,
                                          completion_tokens=completion_tokens, cost_usd=cost_usd)

    async def user_usage(self, user: str, day: str) -> Usage:
        try:
            async with self._conn() as conn:
                cur = await conn.execute("SELECT prompt_tokens, completion_tokens, cost_usd, "
                                         "requests FROM usage WHERE user_id=%s AND day=%s",
                                         (user, day))
                row = await cur.fetchone()
            return Usage(*row) if row else Usage()
        except StoreUnavailable:
            return await self._spare().user_usage(user, day)

    async def usage_report(self, day: str) -> list[tuple[str, Usage]]:
        try:
            async with self._conn() as conn:
                cur = await conn.execute("SELECT user_id, prompt_tokens, completion_tokens, "
                                         "cost_usd, requests FROM usage WHERE day=%s ORDER BY "
                                         "cost_usd DESC", (day,))
                rows = await cur.fetchall()
            return [(r[0], Usage(*r[1:])) for r in rows]
        except StoreUnavailable:
            return await self._spare().usage_report(day)

    # ------------------------------------------------------------ shared pieces
    async def claim(self, kind: str, id: str, ttl_s: float) -> bool:
        try:
            async with self._conn() as conn:
                self._claims += 1
                if self._claims % 500 == 0:
                    await conn.execute("DELETE FROM claims WHERE expires <= now()")
                cur = await conn.execute(_CLAIM, {"kind": kind, "id": id, "ttl": float(ttl_s)})
                return await cur.fetchone() is not None
        except StoreUnavailable:
            return await self._spare().claim(kind, id, ttl_s)

    async def take(self, user: str, limit: int, window_s: float) -> bool:
        if limit <= 0:
            return True
        try:
            async with self._conn() as conn:
                cur = await conn.execute(_TAKE, {"user": user, "window": float(window_s),
                                                 "limit": limit})
                return await cur.fetchone() is not None
        except StoreUnavailable:
            return await self._spare().take(user, limit, window_s)

    def chat_lock(self, key: ChatKey) -> AbstractAsyncContextManager[None]:
        return self._chat_lock(key)

    @asynccontextmanager
    async def _chat_lock(self, key: ChatKey) -> AsyncIterator[None]:
        # in this process first (FIFO, and one connection per chat however many wait), then
        # across processes; without the database, ordering within this process only
        async with self._locks.hold(key):
            held = await self._advisory_lock(lock_id("gpubot chat", *key))
            try:
                yield
            finally:
                if held is not None:
                    await self._advisory_unlock(*held, lock_id("gpubot chat", *key))

    async def _advisory_lock(self, lock: int
                             ) -> tuple[AsyncConnectionPool, psycopg.AsyncConnection] | None:
        """The pool and a connection of it holding the lock; None to go on with this
        process's lock only."""
        try:
            await self._gate()
            await self._ready()
            pool = self._pool
            conn = await pool.getconn(timeout=self._wait_s())
        except StoreUnavailable:
            self._spare()
            return None
        except _DOWN as exc:
            stats = self._pool.get_stats()
            if isinstance(exc, PoolTimeout) and stats.get("pool_size", 0) >= (self._pool.max_size
                                                                               or 0):
                log.warning("every database connection is busy: ordering this reply within this "
                            "process only (a larger pool_size would avoid it)")
                return None
            self._unavailable(await self._why(exc))
            return None
        try:
            await conn.execute("SELECT pg_advisory_lock(%s)", (lock,))
        except BaseException as exc:
            await self._discard(pool, conn)    # closing ends a wait and drops a lock just taken
            if isinstance(exc, _DOWN):
                self._unavailable(exc)
                return None
            raise
        self._up()
        return pool, conn

    def _unavailable(self, exc: BaseException) -> None:
        unavailable = self._down(exc)
        if not self.degrade:
            raise unavailable from None

    async def _advisory_unlock(self, pool: AsyncConnectionPool, conn: psycopg.AsyncConnection,
                               lock: int) -> None:
        try:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (lock,))
        except BaseException:
            await self._discard(pool, conn)    # the server drops the lock with the connection
            return
        await pool.putconn(conn)

    @staticmethod
    async def _discard(pool: AsyncConnectionPool, conn: psycopg.AsyncConnection) -> None:
        try:
            await conn.close()
        finally:
            await pool.putconn(conn)           # a closed connection is dropped by the pool

    async def close(self) -> None:
        if self._opened:
            await self._pool.close()
            self._opened = False
        if self._retired:
            await asyncio.gather(*self._retired, return_exceptions=True)


def open_postgres(url: str, *, pool_size: int = 20, timeout_s: float = 2.0) -> PostgresStore:
    """The PostgreSQL store; it connects and migrates on first use (see PostgresStore.open), so
    a database that is down at start delays nothing: answers go out without shared memory and
    the store picks the database up when it is back."""
    return PostgresStore(url, pool_size=pool_size, timeout_s=timeout_s)
