"""Measure the calculator path: cold start of `gpubot ask` and per-question compute time.

Run: make bench   (prints figures; asserts nothing)

- cold start: `python -m bot ask --json` as a new process, for three kinds of question: an
  English fleet question (no unit to convert), one with a physical unit (loads pint) and a
  Chinese one with Chinese numerals (loads cn2an);
- parse + compute: every question of the test corpus (tests/calc/corpus.toml) plus the ten
  headline questions, 50 rounds each; p50, p99 and max per question, in milliseconds.
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "how many H100s for 100M users?", "1亿用户需要多少张H100?", "what did GPT-3 cost to train?",
    "what do 25,000 H100s cost in RMB?", "what Llama 2 70B throughput can 8 H100s serve?",
    "How many A100 HGX servers would it take to put ChatGPT into every Google search?",
    "doubles every 3.5 months: how much in 2 years?", "does Llama 3 70B fit on one H100 in fp8?",
    "how many H100s equal 200 EFLOPS at FP16?", "how many MW do 100,000 H100s draw?",
]
COLD = {"en_fleet": "how many H100s for 100M users?",
        "en_with_unit": "how many MW do 100,000 H100s draw at 700 W per GPU?",
        "zh_numerals": "一千万用户需要多少张H100?"}


def cold_start(question: str, runs: int = 7) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "--json", question], cwd=ROOT,
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def corpus() -> list[str]:
    path = ROOT / "tests" / "calc" / "corpus.toml"
    if not path.exists():
        return []
    with path.open("rb") as fh:
        return [q["text"] for q in tomllib.load(fh).get("q", [])]


def per_question(questions: list[str], rounds: int = 50) -> list[float]:
    """Milliseconds per parse + compute, one sample per round per question."""
    sys.path.insert(0, str(ROOT))
    from calc import CalcError, compute, parse

    samples: list[float] = []
    for q in questions:
        for _ in range(3):  # warm the caches (catalog, pint, cn2an)
            try:
                compute(parse(q))
            except CalcError:
                pass
        for _ in range(rounds):
            t0 = time.perf_counter()
            try:
                compute(parse(q))
            except CalcError:
                pass
            samples.append((time.perf_counter() - t0) * 1000)
    return samples


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


if __name__ == "__main__":
    cold = {k: cold_start(q) for k, q in COLD.items()}
    qs = QUESTIONS + corpus()
    samples = per_question(qs)
    print(json.dumps({
        "machine": f"{platform.machine()} {platform.processor() or ''} Python "
                   f"{platform.python_version()}",
        "cold_start_s": {k: {"median": round(statistics.median(v), 3), "min": round(min(v), 3)}
                         for k, v in cold.items()},
        "questions": len(qs),
        "parse_and_compute_ms": {"p50": round(pct(samples, 50), 3),
                                 "p99": round(pct(samples, 99), 3),
                                 "max": round(max(samples), 3)},
    }, indent=1, ensure_ascii=False))
