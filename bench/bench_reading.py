"""Measure how well questions are read: for each question file (the test corpus, and the
held-out set written blind, without seeing the parser), how many stated inputs the answer
used as the annotated parameter, misread as another, named as unused, or dropped silently;
how many questions used every stated input; and whether expected errors came out.

Run: make bench   (prints figures; asserts nothing; the tests assert the thresholds)
     python bench/bench_reading.py --show [questions.toml ...]   (lists every input not used)
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.calc.heldout_gate import classify_equivalent, error_met  # noqa: E402
from tests.calc.test_corpus import answer, lang_of  # noqa: E402

FILES = {"corpus (tuned against)": ROOT / "tests" / "calc" / "corpus.toml",
         "held-out 1 (written blind; fixes after its first run)": ROOT / "tests" / "calc" / "heldout.toml",
         "held-out 2 (written blind; fixes after its first run)": ROOT / "tests" / "calc" / "heldout2.toml",
         "held-out 3 (written blind; fixes after its first run)": ROOT / "tests" / "calc" / "heldout3.toml",
         "held-out 4 (written blind; fixes after its first run)": ROOT / "tests" / "calc" / "heldout4.toml",
         "held-out 5 (written blind; fixes after its first run)": ROOT / "tests" / "calc" / "heldout5.toml"}


def measure(path: Path, show: bool = False) -> dict[str, object]:
    with path.open("rb") as fh:
        qs = tomllib.load(fh)["q"]
    classes: Counter[str] = Counter()
    all_used = answered = errors_ok = errors = 0
    zh_chinese = zh = 0
    misses: list[str] = []
    for q in qs:
        req, res, err = answer(q["text"])
        if "error" in q:
            errors += 1
            ok = error_met(q, req, err)
            errors_ok += ok
            if not ok and show:
                misses.append(f"ERROR expected {q['error']}: {q['text']}  got "
                              f"{err.kind if err else res.headline}")
            continue
        if err is not None:
            classes["question refused"] += len(q.get("states", {}))
            if show:
                misses.append(f"REFUSED {err.kind}: {q['text']}")
            continue
        answered += 1
        got = {k: classify_equivalent(k, p, res) for k, p in q.get("states", {}).items()}
        classes.update(got.values())
        all_used += all(c == "used" for c in got.values())
        if lang_of(q["text"]) == "zh":
            zh += 1
            zh_chinese += any("\u4e00" <= ch <= "\u9fff" for ch in res.headline)
        if show:
            for k, c in got.items():
                if c != "used":
                    misses.append(f"{c.upper()} {k!r}->{q['states'][k]}: {q['text']}")
    stated = sum(classes.values())
    return {"questions": len(qs), "answerable": len(qs) - errors, "stated_inputs": stated,
            **dict(classes),
            "questions_using_every_input": f"{all_used}/{len(qs) - errors}",
            "expected_errors": f"{errors_ok}/{errors}",
            "chinese_answers_in_chinese": f"{zh_chinese}/{zh}",
            **({"not_used_as_annotated": misses} if show else {})}


if __name__ == "__main__":
    show = "--show" in sys.argv
    files = {a: Path(a) for a in sys.argv[1:] if not a.startswith("--")} or FILES
    print(json.dumps({name: measure(p, show) for name, p in files.items() if p.exists()},
                     indent=1, ensure_ascii=False))
