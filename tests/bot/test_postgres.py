"""The PostgreSQL store against a real server (tests/pgserver.py), never a mock: migrations,
the shared pieces across two store instances (as two replicas would hold them), an outage in
the middle of a run, and the password kept out of every log line and error."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack

import psycopg
import pytest

from bot.store import ChatState, PostgresStore, StoreUnavailable
from bot.store.migrations import LATEST, STEPS

# one worker runs this whole module (tests/conftest.py: ONE_WORKER)
pytestmark = pytest.mark.slow
KEY = ("slack", "C1", "1700000000.000100")


@pytest.fixture
async def two(pg_url):
    """Two stores on one database: what two replicas hold."""
    async with AsyncExitStack() as stack:
        stores = [PostgresStore(pg_url, pool_size=30) for _ in range(2)]
        for s in stores:
            stack.push_async_callback(s.close)
        yield stores


async def _versions(url: str) -> list[int]:
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute("SELECT version FROM schema_migrations ORDER BY version")
        return [r[0] for r in await cur.fetchall()]


async def test_an_empty_database_is_migrated_once_by_two_replicas_starting_together(pg_url):
    stores = [PostgresStore(pg_url) for _ in range(4)]
    assert await asyncio.gather(*(s.open() for s in stores)) == [True] * 4
    assert await _versions(pg_url) == list(range(1, LATEST + 1))
    assert await stores[0].claim("slack", "e", 60)                 # the newest step's table
    for s in stores:
        await s.close()


async def test_an_older_schema_is_migrated_and_keeps_its_data(pg_url):
    async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as conn:
        await conn.execute("CREATE TABLE schema_migrations (version integer PRIMARY KEY, "
                           "description text NOT NULL, applied timestamptz NOT NULL DEFAULT now())")
        for sql in STEPS[0].postgres:
            await conn.execute(sql)
        await conn.execute("INSERT INTO schema_migrations (version, description) VALUES (1, 'v1')")
        await conn.execute("INSERT INTO chats (platform, chat, thread, state) VALUES "
                           "('t', 'old', '', '{\"lang\": \"zh\"}')")
    store = PostgresStore(pg_url)
    assert (await store.load(("t", "old", ""))).lang == "zh"
    assert await _versions(pg_url) == list(range(1, LATEST + 1))
    assert await store.take("u", 1, 60) and not await store.take("u", 1, 60)
    await store.close()


async def test_a_newer_schema_is_refused_and_the_store_answers_from_memory(pg_url, caplog):
    first = PostgresStore(pg_url)
    assert await first.open()
    await first.close()
    async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as conn:
        await conn.execute("INSERT INTO schema_migrations (version, description) VALUES (%s, "
                           "'from the future')", (LATEST + 1,))
    store = PostgresStore(pg_url)
    caplog.clear()                           # only what opening it logs
    with caplog.at_level(logging.INFO, logger="gpubot.store"):
        assert not await store.open()
        await store.save(KEY, ChatState(lang="zh"))              # memory until restart
        assert (await store.load(KEY)).lang == "zh"
    [line] = [r.getMessage() for r in caplog.records]
    assert f"version {LATEST + 1}" in line and "until restart" in line
    assert await _versions(pg_url) == [*range(1, LATEST + 1), LATEST + 1]   # untouched
    await store.close()


async def test_state_and_usage_are_shared_and_modify_is_atomic(two):
    a, b = two
    await a.save(KEY, ChatState(lang="en", last_request={"intent": "fleet"}))
    assert (await b.load(KEY)).last_request == {"intent": "fleet"}   # the follow-up's context

    async def bump(i: int) -> None:
        await two[i % 2].modify(KEY, lambda s: s.turns.append({"role": "user", "content": str(i)}))

    await asyncio.gather(*(bump(i) for i in range(40)))
    state = await a.load(KEY)
    assert sorted(int(t["content"]) for t in state.turns) == list(range(40))
    assert state.lang == "en" and state.last_request == {"intent": "fleet"}
    new = ("t", "new", "")                      # a chat with no row yet: no lost first change
    await asyncio.gather(*(two[i % 2].modify(new, lambda s, i=i: s.overrides.update({f"k{i}": i}))
                           for i in range(10)))
    assert len((await b.load(new)).overrides) == 10

    await asyncio.gather(*(two[i % 2].add_usage(key=KEY, user="u", day="d", prompt_tokens=1,
                                                completion_tokens=2, cost_usd=0.5)
                           for i in range(30)))
    u = await b.user_usage("u", "d")
    assert (u.prompt_tokens, u.completion_tokens, u.cost_usd, u.requests) == (30, 60, 15.0, 30)
    assert [n for n, _ in await a.usage_report("d")] == ["u"]
    await b.reset(KEY)
    assert await a.load(KEY) == ChatState()


async def test_claim_once_and_take_exactly_the_limit_across_two_instances(two):
    claims = await asyncio.gather(*(two[i % 2].claim("slack", "Ev0123", 60) for i in range(20)))
    assert sum(claims) == 1
    # windows of a second: wide beside a loopback round trip on a loaded machine
    assert await two[0].claim("slack", "Ev0124", 1.0)
    assert not await two[1].claim("slack", "Ev0124", 1.0)
    await asyncio.sleep(1.1)
    assert await two[1].claim("slack", "Ev0124", 60)               # expired: claimed anew
    taken = await asyncio.gather(*(two[i % 2].take("U1", 10, 60) for i in range(50)))
    assert sum(taken) == 10
    assert await two[0].take("U2", 10, 60)                          # per user
    short = [await two[i % 2].take("U3", 2, 1.0) for i in range(3)]
    await asyncio.sleep(1.05)
    assert short == [True, True, False] and await two[1].take("U3", 2, 1.0)   # the window slid


async def test_chat_lock_orders_one_chat_across_instances_and_frees_on_failure(two, pg_url):
    a, b = two
    log: list[str] = []
    opened = asyncio.Event()

    async def waiting_in_server() -> int:
        """Replies of this test's database waiting for an advisory lock on the server."""
        async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as conn:
            cur = await conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
            row = await cur.fetchone()
            return int(row[0]) if row else 0

    async def until(ready: Callable[[], Awaitable[bool]]) -> None:
        async with asyncio.timeout(10):
            while not await ready():
                await asyncio.sleep(0.01)

    async def first_holds() -> bool:
        return "start 0" in log

    async def one_waits() -> bool:
        return await waiting_in_server() == 1

    def waits_here(store: PostgresStore, n: int) -> Callable[[], Awaitable[bool]]:
        async def check() -> bool:              # replies holding or queued for the chat here
            return store._locks._locks.get(KEY, (None, 0))[1] == n
        return check

    async def reply(store: PostgresStore, name: str,
                    hold: Callable[[], Awaitable[None]] | None = None) -> None:
        async with store.chat_lock(KEY):
            log.append(f"start {name}")
            if hold is not None:
                await hold()
            log.append(f"end {name}")

    # arrival order 0 (a), 1 (b), 2 (a), 3 (b), each proven queued before the next arrives
    # (no timing): 1 waits on the server, 2 and 3 behind 0 and 1 in their own process. Each
    # holder lets go only once the next reply is queued on the server, so the server's FIFO
    # queue, not speed, decides the order.
    async def first() -> None:
        await opened.wait()

    async def next_queued() -> None:
        await until(one_waits)

    tasks = [asyncio.create_task(reply(a, "0", first))]
    await until(first_holds)
    tasks.append(asyncio.create_task(reply(b, "1", next_queued)))
    await until(one_waits)
    tasks.append(asyncio.create_task(reply(a, "2", next_queued)))
    await until(waits_here(a, 2))
    tasks.append(asyncio.create_task(reply(b, "3")))
    await until(waits_here(b, 2))
    opened.set()
    await asyncio.gather(*tasks)
    assert log == [f"{e} {i}" for i in range(4) for e in ("start", "end")]
    async with b.chat_lock(("t", "other", "")):    # another chat is not held up
        pass

    with pytest.raises(RuntimeError):
        async with a.chat_lock(KEY):
            raise RuntimeError("the reply failed")
    await asyncio.wait_for(reply(b, "after failure"), 2)

    # a replica whose connection dies while it holds the lock: the server drops the lock
    held, release = asyncio.Event(), asyncio.Event()

    async def holder() -> None:
        async with a.chat_lock(KEY):
            held.set()
            await release.wait()

    task = asyncio.create_task(holder())
    await held.wait()
    async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as conn:
        await conn.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE "
                           "locktype = 'advisory' AND pid <> pg_backend_pid()")
    await asyncio.wait_for(reply(b, "after connection loss"), 2)
    release.set()
    await task                                     # the holder ends without an error


async def test_a_database_stopped_mid_run_fails_fast_once_then_resumes(pg_server, pg_url,
                                                                         caplog):
    # timeout_s: how long the first call of an outage waits for the pool (2 s by default)
    store, strict = (PostgresStore(pg_url, timeout_s=0.5),
                     PostgresStore(pg_url, timeout_s=0.5, degrade=False))
    await store.save(KEY, ChatState(lang="zh"))
    await strict.load(KEY)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        pg_server.stop("fast")
        try:
            t0 = time.monotonic()
            for i in range(20):
                state = await store.load(KEY)                        # on without shared memory,
                assert state.lang is None and len(state.turns) == i  # in this process's
                await store.modify(KEY, lambda s: s.turns.append({"role": "user", "content": "q"}))
                assert await store.take("U", 100, 60)
                async with store.chat_lock(KEY):
                    pass
            # the first call waits for the pool (timeout_s); the rest fail at once but for one
            # probe every half second
            assert time.monotonic() - t0 < 1.5, "calls during the outage fail fast"
            t0 = time.monotonic()
            with pytest.raises(StoreUnavailable):
                await strict.load(KEY)
            with pytest.raises(StoreUnavailable):
                await strict.take("U", 10, 60)
            assert time.monotonic() - t0 < 1.0
            await asyncio.sleep(1)
        finally:
            pg_server.start()
        for _ in range(40):                                         # resumes by itself
            if (await store.load(KEY)).lang == "zh":
                break
            await asyncio.sleep(0.25)
        assert (await store.load(KEY)).lang == "zh"
        assert (await strict.load(KEY)).lang == "zh"
        await store.save(KEY, ChatState(lang="en"))
    assert (await strict.load(KEY)).lang == "en"
    ours = [r.getMessage() for r in caplog.records if r.name == "gpubot.store"]
    assert sum("unavailable" in m for m in ours) == 2, ours        # one per store, not per call
    assert sum("is back after" in m for m in ours) == 2, ours
    text = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert pg_server.password not in text
    await store.close()
    await strict.close()


async def test_the_password_never_appears_in_logs_or_errors(pg_server, caplog):
    wrong = pg_server.url().replace(pg_server.password, "Wr0ng-" + pg_server.password)
    down = f"postgresql://gpubot:{pg_server.password}@127.0.0.1:1/postgres"
    with caplog.at_level(logging.DEBUG):
        for url in (wrong, down):
            store = PostgresStore(url, degrade=False, timeout_s=0.3)
            with pytest.raises(StoreUnavailable) as err:
                await store.load(KEY)
            assert pg_server.password not in str(err.value)
            assert "gpubot@127.0.0.1" in store.where and pg_server.password not in store.where
            await store.close()
    lines = [r.getMessage() for r in caplog.records if r.name == "gpubot.store"]
    assert len(lines) == 2 and all("unavailable" in ln for ln in lines), lines
    assert "password authentication failed" in lines[0]
    text = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert pg_server.password not in text


async def test_two_cores_from_the_settings_share_a_follow_up_and_answer_without_the_database(
        pg_url, tmp_path, caplog):
    """What two replicas built by the runner do: B answers A's follow-up; with the database
    unreachable the numbers still go out, after one log line."""
    from bot.config import load_settings
    from bot.core.conversation import Question
    from bot.runner import build_core

    cfg = tmp_path / "config.toml"
    cfg.write_text('[bot]\nstore = "postgres"\n')
    settings = load_settings(str(cfg), env={"GPUBOT_DATABASE_URL": pg_url})
    a, b = build_core(settings), build_core(settings)
    first = await a.answer(Question("how many A100s for 100M users?", platform="telegram", chat="42"))
    follow = await b.answer(Question("what about H200?", platform="telegram", chat="42"))
    assert first.result is not None and follow.result is not None
    assert "H200" in follow.result.headline and follow.result.value("gpus") > 0
    for core in (a, b):
        await core.store.close()

    down = pg_url.rsplit("@", 1)[0] + "@127.0.0.1:1/gpubot"
    core = build_core(load_settings(str(cfg), env={"DATABASE_URL": down}))
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            ans = await core.answer(Question("how many H100s for 1M users?", chat="7"))
            assert ans.result is not None
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "unavailable" in lines[0], lines
    await core.store.close()
