"""Conversation state and the pieces several replicas share, behind one interface.

Per chat (platform, chat, thread): recent turns, the last calculator request (for follow-ups
such as "what about H200?"), per-chat assumption overrides (/assume), language, and usage
counters per chat and per user per day; plus the shared pieces: first-claim de-duplication of
redelivered events (`claim`), an atomic per-user rate limit (`take`) and per-chat ordering
(`chat_lock`).

- `MemoryStore`: tests and the CLI; lasts until the process ends.
- `SQLiteStore` (bot/store/sqlite.py): the embedded default for one machine; one aiosqlite
  connection, WAL.
- `PostgresStore` (bot/store/postgres.py): several replicas on one database; psycopg 3 pool,
  advisory locks.

Both databases share one schema version and ordered migrations (bot/store/migrations.py).
"""

from __future__ import annotations

from typing import Any

from bot.store.base import (
    MAX_TURNS,
    Change,
    ChatKey,
    ChatState,
    SchemaTooNew,
    Store,
    StoreUnavailable,
    Usage,
)
from bot.store.memory import MemoryStore
from bot.store.sqlite import SQLiteStore, open_sqlite

__all__ = ["MAX_TURNS", "Change", "ChatKey", "ChatState", "MemoryStore", "PostgresStore",
           "SQLiteStore", "SchemaTooNew", "Store", "StoreUnavailable", "Usage", "open_postgres",
           "open_sqlite"]


def __getattr__(name: str) -> Any:
    """The PostgreSQL store on first use: psycopg is not imported by a CLI that never needs it."""
    if name in ("PostgresStore", "open_postgres"):
        from bot.store import postgres

        return getattr(postgres, name)
    raise AttributeError(name)
