from __future__ import annotations

import gc
import json
import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reference"
LOCAL_CASES = Path(__file__).parent / "data" / "published-cases.json"


def published_cases() -> list[dict]:
    """The shared acceptance cases; a vendored copy keeps the suite runnable without shared/."""
    path = SHARED / "published-cases.json"
    return json.loads((path if path.exists() else LOCAL_CASES).read_text(encoding="utf-8"))


@pytest.fixture
def ask_json(capsys):
    """Run `gpubot ask --json` in-process and return the parsed object."""
    from bot.cli import main

    def run(question: str) -> dict:
        assert main(["ask", "--json", question]) == 0
        out = capsys.readouterr().out
        lines = [ln for ln in out.splitlines() if ln.strip()]
        assert len(lines) == 1, out
        return json.loads(lines[0])

    return run


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: a test that takes seconds (waiting or working); it is started first, so "
        "that `make test`'s parallel workers (pytest-xdist) do not end the run waiting for it")


def pytest_collection_modifyitems(config, items):
    """The modules that run whole on one worker first (each is a long chain of waits), then the
    slow tests, then the rest, each in their order: with `make test`'s parallel workers, a long
    test started last would leave the others idle at the end."""
    def rank(item) -> int:
        if item.nodeid.split("::", 1)[0] in ONE_WORKER:
            return 0
        return 1 if item.get_closest_marker("slow") is not None else 2

    items.sort(key=rank)


def pytest_collection_finish(session):
    """What collection leaves alive (every module imported, pydantic's and openai's classes, the
    3,000 test items) lives to the end: frozen, the cyclic garbage collector stops walking it
    again at every full collection, and a larger first generation lets most short-lived objects
    go by reference counting before a collection looks at them. The collector had cost each
    worker about 1 s of CPU; about half of that is left."""
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


# Modules whose tests all run on one worker, one after another, under pytest-xdist: their tests
# stop and start the worker's PostgreSQL server (pg_server: one per worker that needs it), and
# test_replicas.py's tests share one pair of bot processes (a module-scoped fixture).
ONE_WORKER = ("tests/bot/test_postgres.py", "tests/bot/test_replicas.py")
# Tests that share work a worker does once and keeps (a functools.cache, a module fixture,
# matplotlib's import and the charts drawn) go to one worker together, as one unit, instead of
# each worker that happens to get one of them doing it again: by module, and every test in
# tests/bot/ with "chart" in its name (each draws one) beside test_charts.py.
SHARED_WORK = {"tests/calc/test_corpus.py": "corpus", "tests/bot/test_layout_telegram.py": "corpus",
               "tests/calc/test_validation.py": "validation", "tests/bot/test_charts.py": "charts"}


def work_unit(nodeid: str) -> str:
    """What pytest-xdist hands out as one unit: a test alone, or the group it belongs to."""
    module, _, name = nodeid.partition("::")
    if module in ONE_WORKER:
        return module
    if module.startswith("tests/bot/") and "chart" in name.split("[", 1)[0]:
        return "charts"
    return SHARED_WORK.get(module, nodeid)


def pytest_xdist_make_scheduler(config, log):
    """Every other test is handed out on its own to the next free worker. (xdist's own
    `--dist loadgroup` would do this from markers, but it renames test ids in a way pytest 9.2
    no longer sees, so the groups are named here by module.) Units go out in collection order
    (pytest_collection_modifyitems), not xdist's largest-group-first."""
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False

    class Scheduling(LoadScopeScheduling):
        # LoadScopeScheduling counts a worker's pending tests by walking every test it was ever
        # given, at each test's end: quadratic, about 1 s of the controller's CPU for 3,000
        # tests. Here each worker's count is kept as tests are handed out and reported.
        pending: dict[int, int]
        index: dict[object, dict[str, int]]

        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

        def _pending_of(self, workload) -> int:
            return getattr(self, "pending", {}).get(id(workload), 0)

        def _assign_work_unit(self, node) -> None:
            self.pending = getattr(self, "pending", {})
            self.index = getattr(self, "index", {})
            scope, unit = self.workqueue.popitem(last=False)
            workload = self.assigned_work.setdefault(node, {})
            workload[scope] = unit
            if node not in self.index:
                self.index[node] = {n: i for i, n in enumerate(self.registered_collections[node])}
            todo = [self.index[node][nodeid] for nodeid, done in unit.items() if not done]
            self.pending[id(workload)] = self.pending.get(id(workload), 0) + len(todo)
            node.send_runtest_some(todo)

        def mark_test_complete(self, node, item_index: int, duration: float = 0) -> None:
            self.pending[id(self.assigned_work[node])] -= 1
            super().mark_test_complete(node, item_index, duration)

    return Scheduling(config, log)


@pytest.fixture(autouse=True)
def _logging_as_found():
    """Each test leaves logging as it found it: a test that calls setup_logging (the root's level,
    a handler) must not change what later tests in the same worker capture or print."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    for h in root.handlers[:]:
        if h not in handlers and not type(h).__module__.startswith("_pytest"):
            root.removeHandler(h)


BOTH = "how many H100s for 100M users, and why is HBM the bottleneck?"


async def _serving(server):
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def llm():
    from tests.fakes.openai_server import FakeOpenAI

    async for s in _serving(FakeOpenAI()):
        yield s


@pytest.fixture
async def tg():
    from tests.fakes.telegram_server import FakeTelegram

    async for s in _serving(FakeTelegram()):
        yield s


@pytest.fixture
async def slack():
    from tests.fakes.slack_server import FakeSlack

    async for s in _serving(FakeSlack()):
        yield s


def llm_core(url: str, *, timeout: float = 10.0, retries: int = 0, store=None,
             key: str = "sk-test-aaaaaaaaaaaaaaaaaaaaaaaa", deadline: float | None = None,
             **narrator_kw):
    """A Core whose narrator is the real AsyncOpenAI client pointed at a fake server."""
    from openai import AsyncOpenAI

    from bot.core.conversation import Core
    from bot.core.llm.narrator import LLMNarrator
    from bot.store import MemoryStore

    store = store or MemoryStore()
    client = AsyncOpenAI(api_key=key, base_url=url, max_retries=retries, timeout=timeout)
    narrator = LLMNarrator(client=client, model="fake-model", store=store,
                           deadline_s=deadline or timeout * (retries + 1) + 2, **narrator_kw)
    return Core(store=store, narrator=narrator, narrative_deadline_s=narrator.deadline_s)


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the session (tests/pgserver.py); skipped, with the
    reason, only when no binaries could be found or installed (a server that has binaries but
    fails to start is an error, not a skip)."""
    from tests.pgserver import start_server

    try:
        server = start_server()
    except FileNotFoundError as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop("immediate")
    server.remove()


@pytest.fixture
async def pg_url(pg_server) -> str:
    """A fresh, empty database on the session's server: its URL (with the password)."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    async with await psycopg.AsyncConnection.connect(pg_server.url(), autocommit=True) as conn:
        await conn.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)
