"""Measure the calculator path: cold start of `gpubot ask` and per-question compute time.

Run: make bench   (prints figures; asserts nothing)
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "how many H100s for 100M users?", "1亿用户需要多少张H100?", "what did GPT-3 cost to train?",
    "what do 25,000 H100s cost in RMB?", "what Llama 2 70B throughput can 8 H100s serve?",
    "How many A100 HGX servers would it take to put ChatGPT into every Google search?",
    "doubles every 3.5 months: how much in 2 years?", "does Llama 3 70B fit on one H100 in fp8?",
    "how many H100s equal 200 EFLOPS at FP16?", "how many MW do 100,000 H100s draw?",
]


def cold_start(runs: int = 7) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "--json", QUESTIONS[0]], cwd=ROOT,
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def per_question(rounds: int = 200) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from calc import ask, compute, parse

    ask(QUESTIONS[0])  # load catalogs once
    out = {}
    for q in QUESTIONS:
        t0 = time.perf_counter()
        for _ in range(rounds):
            compute(parse(q))
        out[q] = (time.perf_counter() - t0) / rounds * 1000
    return out


if __name__ == "__main__":
    cs = cold_start()
    pq = per_question()
    print(json.dumps({
        "machine": f"{platform.machine()} {platform.processor() or ''} Python "
                   f"{platform.python_version()}",
        "cold_start_s": {"median": round(statistics.median(cs), 3), "min": round(min(cs), 3)},
        "parse_and_compute_ms": {q: round(v, 3) for q, v in pq.items()},
        "parse_and_compute_ms_median": round(statistics.median(pq.values()), 3),
    }, indent=1, ensure_ascii=False))
