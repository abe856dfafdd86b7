"""What the store costs a reply: per-call latency and calls per second of each store method, on
SQLite (a file) and on PostgreSQL (a throwaway local server, tests/pgserver.py, like the tests).

    .venv/bin/python bench/bench_store.py [--calls 2000] [--concurrency 20]

A reply does about five store calls (claim, take, load, modify to append turns, add_usage) and
holds chat_lock around them. Each method is timed alone (one caller: the latency it adds to a
reply) and under `--concurrency` callers (calls per second); the last line per store adds the
five up: the database's share of a reply's latency, and the replies per second it sustains.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.store import ChatState, PostgresStore, SQLiteStore, Store

Op = Callable[[Store, int], Awaitable[object]]
OPS: dict[str, Op] = {
    "load": lambda s, i: s.load(("t", str(i % 200), "")),
    "modify": lambda s, i: s.modify(("t", str(i % 200), ""),
                                    lambda st: st.turns.append({"role": "user", "content": "q"})),
    "claim": lambda s, i: s.claim("telegram", str(i), 600),
    "take": lambda s, i: s.take(f"u{i % 200}", 1000, 60),
    "add_usage": lambda s, i: s.add_usage(key=("t", str(i % 200), ""), user=f"u{i % 200}", day="d",
                                          prompt_tokens=10, completion_tokens=20, cost_usd=0.001),
}


async def measure(store: Store, op: Op, calls: int, concurrency: int) -> tuple[float, float, float]:
    """(calls per second, p50 ms, p99 ms) with `concurrency` callers."""
    times: list[float] = []
    next_i = iter(range(calls))

    async def caller() -> None:
        for i in next_i:
            t0 = time.perf_counter()
            await op(store, i)
            times.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    wall = time.perf_counter() - t0
    q = statistics.quantiles(times, n=100)
    return calls / wall, q[49] * 1000, q[98] * 1000


async def run(name: str, store: Store, calls: int, concurrency: int) -> None:
    await store.save(("t", "warm", ""), ChatState())
    alone_ms = per_reply_s = 0.0
    for op_name, op in OPS.items():
        _, p50, p99 = await measure(store, op, calls // 4, 1)
        rate, _, _ = await measure(store, op, calls, concurrency)
        alone_ms += p50
        per_reply_s += 1 / rate
        print(f"{name:9} {op_name:10} alone p50 {p50:5.2f} ms  p99 {p99:5.2f} ms   "
              f"{concurrency} callers {rate:6.0f} calls/s")
    print(f"{name:9} a reply's five calls: {alone_ms:.1f} ms alone; the store sustains about "
          f"{1 / per_reply_s:.0f} replies/s")
    await store.close()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    args = ap.parse_args()
    print(f"{args.calls} calls per method, {args.concurrency} concurrent callers")
    with tempfile.TemporaryDirectory() as tmp:
        await run("sqlite", SQLiteStore(Path(tmp) / "bench.sqlite3"), args.calls, args.concurrency)
    from tests.pgserver import start_server

    server = start_server()
    try:
        await run("postgres", PostgresStore(server.url(), pool_size=args.concurrency), args.calls,
                  args.concurrency)
    finally:
        server.stop("immediate")
        server.remove()


if __name__ == "__main__":
    asyncio.run(main())
