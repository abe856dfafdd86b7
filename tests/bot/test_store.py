"""The stores' shared contract (memory, SQLite) and SQLite's migrations. PostgreSQL: test_postgres.py."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

import pytest

from bot.store import ChatState, MemoryStore, SQLiteStore, open_sqlite
from bot.store.migrations import LATEST, STEPS

# the schema of the first, unversioned gpubot (before bot/store/migrations.py)
LEGACY = """
CREATE TABLE chats (platform TEXT, chat TEXT, thread TEXT, state TEXT NOT NULL,
  updated REAL DEFAULT (julianday('now')), PRIMARY KEY (platform, chat, thread));
CREATE TABLE usage (user TEXT, day TEXT, prompt_tokens INTEGER, completion_tokens
  INTEGER, cost_usd REAL, requests INTEGER, PRIMARY KEY (user, day));
CREATE TABLE chat_usage (platform TEXT, chat TEXT, thread TEXT, day TEXT,
  prompt_tokens INTEGER, completion_tokens INTEGER, cost_usd REAL, requests INTEGER,
  PRIMARY KEY (platform, chat, thread, day));
INSERT INTO chats VALUES ('t', 'old', '', '{"lang": "zh"}', 0);
"""
KEY = ("t", "c", "")


@pytest.fixture(params=["memory", "sqlite-memory", "sqlite-file"])
async def store(request, tmp_path):
    st = {"memory": MemoryStore, "sqlite-memory": lambda: SQLiteStore(":memory:"),
          "sqlite-file": lambda: SQLiteStore(tmp_path / "s.sqlite3")}[request.param]()
    yield st
    await st.close()


async def test_state_usage_claims_and_limits(store):
    await store.save(KEY, ChatState(lang="en"))
    await store.modify(KEY, lambda s: s.overrides.update({"mfu": 0.5}))
    assert (await store.load(KEY)).overrides == {"mfu": 0.5}
    for _ in range(3):
        await store.add_usage(key=KEY, user="u", day="d", prompt_tokens=2, completion_tokens=3,
                              cost_usd=0.25)
    u = await store.user_usage("u", "d")
    assert (u.prompt_tokens, u.completion_tokens, u.cost_usd, u.requests) == (6, 9, 0.75, 3)
    assert [name for name, _ in await store.usage_report("d")] == ["u"]
    assert await store.claim("slack", "Ev1", 60) and not await store.claim("slack", "Ev1", 60)
    assert await store.claim("telegram", "Ev1", 60)                # kinds are separate
    assert await store.claim("slack", "Ev2", 0.05)
    await asyncio.sleep(0.1)
    assert await store.claim("slack", "Ev2", 60)                   # expired: a new claim wins
    assert [await store.take("u", 3, 0.3) for _ in range(4)] == [True, True, True, False]
    assert await store.take("v", 3, 0.3)                           # per user
    await asyncio.sleep(0.35)
    assert await store.take("u", 3, 0.3)                           # the window slid
    await store.reset(KEY)
    assert await store.load(KEY) == ChatState()


async def test_modify_and_take_are_atomic_under_concurrency(store):
    async def bump(i: int) -> None:
        await store.modify(KEY, lambda s: s.turns.append({"role": "user", "content": str(i)}))

    await asyncio.gather(*(bump(i) for i in range(30)))
    assert sorted(int(t["content"]) for t in (await store.load(KEY)).turns) == list(range(30))
    taken = await asyncio.gather(*(store.take("x", 10, 60) for _ in range(50)))
    assert sum(taken) == 10


async def test_chat_lock_serves_one_chat_in_arrival_order(store):
    log: list[str] = []

    async def reply(i: int, key=KEY) -> None:
        async with store.chat_lock(key):
            log.append(f"start {i}")
            await asyncio.sleep(0.01)
            log.append(f"end {i}")

    await asyncio.gather(*(reply(i) for i in range(4)))
    assert log == [f"{e} {i}" for i in range(4) for e in ("start", "end")]
    with pytest.raises(RuntimeError):
        async with store.chat_lock(KEY):
            raise RuntimeError("a reply that failed")
    await asyncio.wait_for(reply(9), 1)                               # released on failure


async def test_memory_database_is_one_database(tmp_path):
    store = SQLiteStore(":memory:")
    await asyncio.gather(*(store.save(("t", str(i), ""), ChatState(lang="zh")) for i in range(5)))
    assert [(await store.load(("t", str(i), ""))).lang for i in range(5)] == ["zh"] * 5
    await store.close()


def _versions(path) -> list[int]:
    with sqlite3.connect(path) as c:
        return [r[0] for r in c.execute("SELECT version FROM schema_migrations ORDER BY version")]


async def test_an_empty_file_is_migrated_to_the_latest_schema(tmp_path):
    path = tmp_path / "new.sqlite3"
    SQLiteStore(path)
    assert _versions(path) == list(range(1, LATEST + 1))
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    SQLiteStore(path)                                                   # again: nothing to do
    assert _versions(path) == list(range(1, LATEST + 1))


@pytest.mark.parametrize("start", ["unversioned", "version 1"])
async def test_an_older_file_is_migrated_and_keeps_its_data(tmp_path, start):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as c:
        c.executescript(LEGACY)
        if start == "version 1":
            c.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description "
                      "TEXT NOT NULL, applied REAL NOT NULL DEFAULT (julianday('now')))")
            c.execute("INSERT INTO schema_migrations (version, description) VALUES (1, ?)",
                      (STEPS[0].description,))
    store = SQLiteStore(path)
    assert _versions(path) == list(range(1, LATEST + 1))
    assert (await store.load(("t", "old", ""))).lang == "zh"
    assert await store.claim("slack", "e", 60)                         # step 2's table
    await store.close()


async def test_a_newer_schema_is_refused_with_one_line_and_memory(tmp_path, caplog):
    path = tmp_path / "newer.sqlite3"
    SQLiteStore(path)
    with sqlite3.connect(path) as c:
        c.execute("INSERT INTO schema_migrations (version, description) VALUES (?, 'future')",
                  (LATEST + 1,))
    caplog.clear()                           # only what opening it logs
    with caplog.at_level(logging.ERROR, logger="gpubot.store"):
        store = open_sqlite(path)
    assert isinstance(store, MemoryStore)
    [line] = [r.getMessage() for r in caplog.records]
    assert str(path) in line and f"version {LATEST + 1}" in line and "until restart" in line
    assert _versions(path)[-1] == LATEST + 1                          # left as it was


async def test_a_failed_migration_leaves_nothing_half_done(tmp_path, monkeypatch):
    import bot.store.migrations as mig

    broken = (*mig.STEPS, mig.Step(LATEST + 1, "broken", sqlite=(
        "CREATE TABLE half (x)", "THIS IS NOT SQL"), postgres=()))
    monkeypatch.setattr(mig, "STEPS", broken)
    monkeypatch.setattr(mig.pending, "__defaults__", (broken,))
    path = tmp_path / "f.sqlite3"
    with pytest.raises(sqlite3.OperationalError):
        SQLiteStore(path)
    with sqlite3.connect(path) as c:
        assert not c.execute("SELECT name FROM sqlite_master WHERE name='half'").fetchall()
        assert not c.execute("SELECT name FROM sqlite_master WHERE name='chats'").fetchall()


def test_chat_with_a_corrupt_db_file_says_so_once_and_uses_memory(tmp_path, caplog):
    from bot.cli import build_core

    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with caplog.at_level(logging.ERROR, logger="gpubot.store"):
        core = build_core(None, db=str(path))
    assert isinstance(core.store, MemoryStore)
    [line] = [r.getMessage() for r in caplog.records]
    assert str(path) in line
