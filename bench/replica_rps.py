"""What one whole replica sustains: requests per second, latency, and the database's share of it.

    .venv/bin/python bench/replica_rps.py [--seconds 15] [--concurrency 16] [--stores postgres,sqlite,memory]

For each store, one real `python -m bot run` process in Slack HTTP mode (stateless per request,
as replicas run) with no LLM (numbers only) answers signed Slack DM events sent over loopback;
its Web API calls go to the loopback fake Slack (tests/fakes). PostgreSQL is a throwaway local
server started like the tests do (tests/pgserver.py: fsync off) with pg_stat_statements loaded.

`--concurrency` clients each send an event (a new event id, the client's own DM channel and
user), wait until the answer's chat.postMessage reaches the fake, then send the next: a closed
loop, so the rate is what the replica sustains, not what was offered. Each store gets a warm-up
(not counted) and then `--seconds` of measurement; the whole run stops by itself.

Printed per store: answers/s; p50/p99 of the HTTP acknowledgement and of the answer (event sent
-> its chat.postMessage received: without an LLM an answer is one message); CPU per answer of
the replica, of PostgreSQL (postmaster and backends) and of this process (clients and fake),
and what the machine's other processes used meanwhile (/proc/stat). Then the database's share:
its statements and their server execution time per answer (pg_stat_statements; `--statements`
lists them), and the replica's CPU and answer p50 against the run on the memory store.
The load generator, the fake Slack, the replica and PostgreSQL share the machine's cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.slack_server import FakeSlack, event_body, signed  # noqa: E402
from tests.pgserver import PgServer, find_bindir  # noqa: E402

SECRET = secrets.token_urlsafe(18)            # throwaway, made per run
BOT_TOKEN = "xoxb-" + secrets.token_hex(12)
QUESTIONS = ("how many H100s for 100M users?", "how many A100s for 1M users?",
             "What do 50,000 H100s cost?", "how many H200s for 10M users?")
ANSWER_TIMEOUT_S = 15.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Result:
    store: str
    seconds: float
    answers: int = 0
    timeouts: int = 0
    acks: list[float] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    db_ms_per_answer: float | None = None
    db_calls_per_answer: float | None = None
    statements: list[tuple[float, float, str]] = field(default_factory=list)  # per answer: calls, ms
    cpu_s: dict[str, float] = field(default_factory=dict)   # replica, database, bench: CPU seconds
    others_cores: float = 0.0       # what other processes of the machine used meanwhile

    def pct(self, xs: list[float], p: int) -> float:
        return statistics.quantiles(xs, n=100)[p - 1] * 1000 if len(xs) > 1 else float("nan")


class Waiter:
    """Wakes the client whose DM channel just got a chat.postMessage (the fake's delay hook)."""

    def __init__(self, slack: FakeSlack) -> None:
        self.events: dict[str, asyncio.Event] = {}
        slack.delay = self._seen

    def _seen(self, method: str, params: dict[str, Any]) -> float:
        if method == "chat.postMessage":
            ev = self.events.get(str(params.get("channel")))
            if ev is not None:
                ev.set()
        return 0.0


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_busy_s() -> float:
    """CPU seconds all processes of the machine have used (not idle, not iowait)."""
    v = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(v[:8]) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")


def _family_cpu_s(root: int) -> dict[int, float]:
    """CPU seconds of a process and its children (the postmaster and its backends)."""
    out = {root: _cpu_s(root)}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == root:
                out[int(d.name)] = _cpu_s(int(d.name))
    return out


def _postmaster(pg: PgServer | None) -> int | None:
    return int((pg.datadir / "postmaster.pid").read_text().split()[0]) if pg else None


def start_postgres() -> PgServer:
    """tests/pgserver.py's server, with pg_stat_statements loaded (Debian ships it)."""
    import pwd
    import secrets

    from tests import pgserver

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL binaries: `make pg-bins` installs Debian's postgresql")
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres" if "postgres" in {p.pw_name for p in pwd.getpwall()} else "nobody"
    server = PgServer(bindir, Path(tempfile.mkdtemp(prefix="gpubot-bench-pg-")),
                      pgserver._free_port(), secrets.token_urlsafe(18), run_as)
    server.init()
    with (server.datadir / "postgresql.conf").open("a") as conf:
        conf.write("\nshared_preload_libraries = 'pg_stat_statements'\n")
    server.start()
    return server


async def pg_exec(url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(sql)  # type: ignore[arg-type]
        return await cur.fetchall() if cur.description else []


async def run_store(store: str, args: argparse.Namespace, pg: PgServer | None,
                    tmp: Path) -> Result:
    slack = FakeSlack()
    await slack.start()
    waiter = Waiter(slack)
    port, health_port = _free_port(), _free_port()
    cfg = tmp / f"{store}.toml"
    cfg.write_text(f"""
[bot]
store = "{store}"
data_dir = "{tmp / store}"
rate_limit_per_minute = 0
log_level = "WARNING"
[llm]
enabled = false
[slack]
enabled = true
mode = "http"
bot_token = "{BOT_TOKEN}"
signing_secret = "{SECRET}"
api_base_url = "{slack.url}/api"
http_port = {port}
[health]
port = {health_port}
""")
    cfg.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GPUBOT_"))}
    env["PYTHONPATH"] = str(ROOT)
    db_url = ""
    if store == "postgres":
        assert pg is not None
        await pg_exec(pg.url(), "DROP DATABASE IF EXISTS bench")
        await pg_exec(pg.url(), "CREATE DATABASE bench")
        db_url = pg.url("bench")
        env["GPUBOT_DATABASE_URL"] = db_url
    log = tmp / f"{store}.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "--config", str(cfg), "run"],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
    url = f"http://127.0.0.1:{port}/slack/events"
    result = Result(store, args.seconds)
    conn = aiohttp.TCPConnector(limit=0)
    try:
        async with aiohttp.ClientSession(connector=conn) as session:
            deadline = time.monotonic() + 30
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"{store}: the replica exited:\n{log.read_text()[-2000:]}")
                try:
                    async with session.get(f"http://127.0.0.1:{health_port}/healthz") as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"{store}: no healthy replica in 30 s:\n{log.read_text()}")
                await asyncio.sleep(0.1)
            seq = iter(range(10**9))

            async def client(c: int, until: float, record: bool) -> None:
                channel, user = f"D{c:04d}", f"U{c:04d}"
                ev = waiter.events.setdefault(channel, asyncio.Event())
                while time.monotonic() < until:
                    n = next(seq)
                    event = {"type": "message", "channel_type": "im", "channel": channel,
                             "user": user, "text": QUESTIONS[n % len(QUESTIONS)],
                             "ts": f"{1700000000 + n}.000100", "client_msg_id": f"cm-{store}-{n}"}
                    body = json.dumps(event_body(event, f"Ev-{store}-{n}"))
                    headers = {**signed(SECRET, body), "Content-Type": "application/json"}
                    ev.clear()
                    t0 = time.perf_counter()
                    async with session.post(url, data=body, headers=headers) as resp:
                        assert resp.status == 200, (resp.status, await resp.text())
                    t_ack = time.perf_counter()
                    try:
                        await asyncio.wait_for(ev.wait(), ANSWER_TIMEOUT_S)
                    except TimeoutError:
                        result.timeouts += record
                        continue
                    if record:
                        result.acks.append(t_ack - t0)
                        result.latencies.append(time.perf_counter() - t0)
                        result.answers += 1
                    await asyncio.sleep(0)   # let the answer's follow-on calls through

            clients = range(args.concurrency)
            warm = time.monotonic() + args.warmup
            await asyncio.gather(*(client(c, warm, False) for c in clients))
            if db_url:
                await pg_exec(db_url, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
                await pg_exec(db_url, "SELECT pg_stat_statements_reset()")
            pm = _postmaster(pg) if db_url else None
            cpu0 = (_cpu_s(proc.pid), _family_cpu_s(pm) if pm else {}, time.process_time())
            busy0 = _machine_busy_s()
            t0 = time.monotonic()
            await asyncio.gather(*(client(c, t0 + args.seconds, True) for c in clients))
            result.seconds = time.monotonic() - t0
            db1 = _family_cpu_s(pm) if pm else {}
            result.cpu_s = {"replica": _cpu_s(proc.pid) - cpu0[0],
                            "database": sum(v - cpu0[1].get(k, 0.0) for k, v in db1.items()),
                            "clients and fake Slack": time.process_time() - cpu0[2]}
            result.others_cores = (_machine_busy_s() - busy0 - sum(result.cpu_s.values())) \
                / result.seconds
            if db_url and result.answers:
                rows = await pg_exec(db_url, """
                    SELECT coalesce(sum(s.total_exec_time), 0), coalesce(sum(s.calls), 0)
                    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                    WHERE d.datname = 'bench' AND s.query NOT ILIKE '%pg_stat_statements%'""")
                result.db_ms_per_answer = float(rows[0][0]) / result.answers
                result.db_calls_per_answer = float(rows[0][1]) / result.answers
                rows = await pg_exec(db_url, """
                    SELECT s.calls, s.total_exec_time, s.query
                    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                    WHERE d.datname = 'bench' AND s.query NOT ILIKE '%pg_stat_statements%'
                    ORDER BY s.calls DESC, s.total_exec_time DESC""")
                result.statements = [(c / result.answers, ms / result.answers, " ".join(q.split()))
                                     for c, ms, q in rows]
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        await slack.stop()
    text = log.read_text()
    if "Traceback" in text:
        print(f"{store}: the replica logged a traceback:\n{text[-3000:]}", file=sys.stderr)
    return result


def report(results: list[Result], concurrency: int, verbose: bool) -> None:
    print(f"\n{concurrency} concurrent clients, closed loop; one replica (Slack HTTP mode, "
          f"no LLM); {os.cpu_count()} cores shared by clients, fake Slack, replica and database")
    print(f"{'store':9} {'answers/s':>9} {'ack p50':>8} {'ack p99':>8} {'answer p50':>10} "
          f"{'answer p99':>10} {'timeouts':>8}")
    for r in results:
        print(f"{r.store:9} {r.answers / r.seconds:9.0f} {r.pct(r.acks, 50):6.1f}ms "
              f"{r.pct(r.acks, 99):6.1f}ms {r.pct(r.latencies, 50):8.1f}ms "
              f"{r.pct(r.latencies, 99):8.1f}ms {r.timeouts:8d}")
    for r in results:
        if r.answers:
            print(f"{r.store:9} CPU per answer: " + ", ".join(
                f"{who} {sec / r.answers * 1000:.1f} ms" for who, sec in r.cpu_s.items()
                if who != "database" or r.store == "postgres") +
                f"  (all: {sum(r.cpu_s.values()) / r.seconds:.2f} cores; other processes: "
                f"{r.others_cores:.2f} of {os.cpu_count()})")
    by = {r.store: r for r in results}
    pg, base = by.get("postgres"), by.get("memory") or by.get("sqlite")
    if pg and pg.db_ms_per_answer is not None and pg.answers:
        print(f"postgres: {pg.db_calls_per_answer:.1f} statements per answer, "
              f"{pg.db_ms_per_answer:.2f} ms of server execution per answer")
        if verbose:
            for calls, ms, query in pg.statements:
                if calls >= 0.05:
                    print(f"  {calls:4.1f} x {ms:5.2f} ms  {query[:90]}")
        if base and base.answers:
            cpu_pg, cpu_base = (r.cpu_s["replica"] / r.answers * 1000 for r in (pg, base))
            d = pg.pct(pg.latencies, 50) - base.pct(base.latencies, 50)
            print(f"postgres against {base.store}: the replica's CPU per answer {cpu_pg:.1f} "
                  f"against {cpu_base:.1f} ms ({(cpu_pg - cpu_base) / cpu_pg:.0%} of it spent on "
                  f"the database); answer p50 {d:+.1f} ms "
                  f"({d / pg.pct(pg.latencies, 50):.0%} of postgres's); "
                  f"{pg.answers / pg.seconds:.0f} against {base.answers / base.seconds:.0f} "
                  "answers/s")

async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--warmup", type=float, default=3.0)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--stores", default="postgres,sqlite,memory",
                    help="comma-separated: postgres, sqlite, memory")
    ap.add_argument("--statements", action="store_true",
                    help="list PostgreSQL's statements per answer (pg_stat_statements)")
    args = ap.parse_args()
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    pg = start_postgres() if "postgres" in stores else None
    results = []
    try:
        with tempfile.TemporaryDirectory(prefix="gpubot-bench-") as tmp:
            for store in stores:
                print(f"{store}: warm-up {args.warmup:.0f} s, then {args.seconds:.0f} s measured",
                      flush=True)
                results.append(await run_store(store, args, pg, Path(tmp)))
    finally:
        if pg is not None:
            pg.stop("immediate")
            pg.remove()
    report(results, args.concurrency, args.statements)


if __name__ == "__main__":
    asyncio.run(main())
