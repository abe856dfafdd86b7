"""Measure the calculator on long hostile messages: the slowest a question of the longest length read can be.

Run: make bench, or `python bench/bench_hostile.py [--root CHECKOUT]` (prints figures; asserts nothing)

Every message is one short unit ("0", "1,", "one ", "€1", "1万", "a1", ...) repeated to 1,990 characters,
just under the 2,000 the calculator reads, alone and after a few words of Korean and of Japanese (whose
readers run their own rules). The calculator runs in the event loop of the bot (bot/core/turns.py), so a
message this slow holds every other chat up for as long: the figures are the worst case a stranger can send.
`--root` runs another checkout's calculator, for a before-and-after.
"""

from __future__ import annotations

import argparse
import platform
import signal
import sys
import time
from pathlib import Path
from typing import Any

UNITS = ["0", "1,", "1.", ",,", "..", "one ", "€1", "$1", "1万", "1亿 ", " 1", "1 1 ", "a1", "x1", "1元",
         "1 ", "1-", "1/", "1:", "1%", "(1)", "~1", "1x", "1k", "H100 ", "<b>", "万", "一", "a ", "1\t",
         "，1", "#1"]
PREFIXES = ["", "한국어 ", "日本語 "]
LENGTH = 1990
LIMIT_S = 120


class _Slow(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise _Slow


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.root).resolve()))
    from calc import CalcError, compute, parse

    parse("how many H100s for 100M users?")          # (the catalog and the patterns loaded first)
    signal.signal(signal.SIGALRM, _alarm)
    times: list[tuple[float, str]] = []
    for prefix in PREFIXES:
        for unit in UNITS:
            text = (prefix + unit * (LENGTH // len(unit) + 1))[:LENGTH]
            t0 = time.perf_counter()
            signal.alarm(LIMIT_S)
            try:
                try:
                    compute(parse(text))
                except CalcError:
                    pass
                took = time.perf_counter() - t0
            except _Slow:
                took = float("inf")
            finally:
                signal.alarm(0)
            times.append((took, repr(prefix + unit)))
    times.sort(reverse=True)
    print(f"{len(times)} messages of {LENGTH:,} characters; {platform.machine()}, "
          f"Python {platform.python_version()}")
    for took, label in times[:10]:
        shown = f"over {LIMIT_S} s" if took == float("inf") else f"{took:.2f} s"
        print(f"  {shown:>10}  {label} repeated")
    finite = [t for t, _ in times if t != float("inf")]
    median = sorted(finite)[len(finite) // 2]
    print(f"median {median:.2f} s; {len(times) - len(finite)} stopped at {LIMIT_S} s")


if __name__ == "__main__":
    main()
