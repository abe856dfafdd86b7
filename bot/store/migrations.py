"""Ordered schema migrations, one numbered list for both databases.

Each step has a number, a description and its SQL for SQLite and for PostgreSQL; step N means
the same tables in both. A store applies the steps above the version recorded in
`schema_migrations` (one row per applied step), all in one transaction, so a step is applied
once or not at all. A database recorded at a version above LATEST was migrated by a newer
gpubot: the store refuses it (SchemaTooNew) rather than guess. PostgreSQL replicas that start
together serialise on an advisory lock (MIGRATION_LOCK), so the second finds the work done.

To change the schema: append a step, never edit or reorder an applied one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.store.base import SchemaTooNew, lock_id

if TYPE_CHECKING:                      # the drivers are imported by the stores that use them
    import aiosqlite
    import psycopg


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step(1, "conversations and usage counters", sqlite=(
        # the tables of the first, unversioned gpubot: IF NOT EXISTS adopts such a file as-is
        "CREATE TABLE IF NOT EXISTS chats (platform TEXT, chat TEXT, thread TEXT, state TEXT NOT "
        "NULL, updated REAL DEFAULT (julianday('now')), PRIMARY KEY (platform, chat, thread))",
        "CREATE TABLE IF NOT EXISTS usage (user TEXT, day TEXT, prompt_tokens INTEGER, "
        "completion_tokens INTEGER, cost_usd REAL, requests INTEGER, PRIMARY KEY (user, day))",
        "CREATE TABLE IF NOT EXISTS chat_usage (platform TEXT, chat TEXT, thread TEXT, day TEXT, "
        "prompt_tokens INTEGER, completion_tokens INTEGER, cost_usd REAL, requests INTEGER, "
        "PRIMARY KEY (platform, chat, thread, day))",
    ), postgres=(
        "CREATE TABLE IF NOT EXISTS chats (platform text, chat text, thread text, state text NOT "
        "NULL, updated timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (platform, chat, thread))",
        "CREATE TABLE IF NOT EXISTS usage (user_id text, day text, prompt_tokens bigint NOT NULL, "
        "completion_tokens bigint NOT NULL, cost_usd double precision NOT NULL, requests bigint "
        "NOT NULL, PRIMARY KEY (user_id, day))",
        "CREATE TABLE IF NOT EXISTS chat_usage (platform text, chat text, thread text, day text, "
        "prompt_tokens bigint NOT NULL, completion_tokens bigint NOT NULL, cost_usd double "
        "precision NOT NULL, requests bigint NOT NULL, PRIMARY KEY (platform, chat, thread, day))",
    )),
    Step(2, "event claims (de-duplication) and per-user rate limits", sqlite=(
        "CREATE TABLE claims (kind TEXT, id TEXT, expires REAL NOT NULL, PRIMARY KEY (kind, id))",
        "CREATE INDEX claims_expires ON claims (expires)",
        "CREATE TABLE rate_hits (user TEXT NOT NULL, at REAL NOT NULL)",
        "CREATE INDEX rate_hits_user_at ON rate_hits (user, at)",
    ), postgres=(
        "CREATE TABLE claims (kind text, id text, expires timestamptz NOT NULL, "
        "PRIMARY KEY (kind, id))",
        "CREATE INDEX claims_expires ON claims (expires)",
        # the request times in the window, one row per user: one UPSERT checks and takes
        "CREATE TABLE rate_limits (user_id text PRIMARY KEY, hits double precision[] NOT NULL)",
    )),
)

LATEST = STEPS[-1].version
assert [s.version for s in STEPS] == list(range(1, LATEST + 1)), "steps are numbered 1, 2, ..."

MIGRATION_LOCK = lock_id("gpubot", "schema migration")

VERSION_TABLE = {
    "sqlite": "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
              "description TEXT NOT NULL, applied REAL NOT NULL DEFAULT (julianday('now')))",
    "postgres": "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                "description text NOT NULL, applied timestamptz NOT NULL DEFAULT now())",
}
CURRENT = "SELECT coalesce(max(version), 0) FROM schema_migrations"
RECORD = {"sqlite": "INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
          "postgres": "INSERT INTO schema_migrations (version, description) VALUES (%s, %s)"}


def pending(current: int, steps: tuple[Step, ...] = STEPS) -> list[Step]:
    """The steps to apply on a database at `current`; SchemaTooNew when it is ahead of us."""
    known = steps[-1].version
    if current > known:
        raise SchemaTooNew(current, known)
    return [s for s in steps if s.version > current]


def migrate_sync(conn: sqlite3.Connection) -> list[int]:
    """Apply the pending steps in one transaction; the versions applied."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(VERSION_TABLE["sqlite"])
        steps = pending(conn.execute(CURRENT).fetchone()[0])
        for step in steps:
            for sql in step.sqlite:
                conn.execute(sql)
            conn.execute(RECORD["sqlite"], (step.version, step.description))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return [s.version for s in steps]


async def migrate_async(db: aiosqlite.Connection) -> list[int]:
    await db.execute("BEGIN IMMEDIATE")
    try:
        await db.execute(VERSION_TABLE["sqlite"])
        async with db.execute(CURRENT) as cur:
            row = await cur.fetchone()
        steps = pending(row[0] if row else 0)
        for step in steps:
            for sql in step.sqlite:
                await db.execute(sql)
            await db.execute(RECORD["sqlite"], (step.version, step.description))
    except BaseException:
        await db.execute("ROLLBACK")
        raise
    await db.execute("COMMIT")
    return [s.version for s in steps]


async def migrate_postgres(conn: psycopg.AsyncConnection) -> list[int]:
    """The pending steps in one transaction, under an advisory lock: replicas starting together
    wait for the first, then find nothing to do."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        await conn.execute(VERSION_TABLE["postgres"])
        cur = await conn.execute(CURRENT)
        row = await cur.fetchone()
        steps = pending(row[0] if row else 0)
        for step in steps:
            for sql in step.postgres:
                await conn.execute(sql)
            await conn.execute(RECORD["postgres"], (step.version, step.description))
    return [s.version for s in steps]
