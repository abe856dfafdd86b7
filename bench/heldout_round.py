"""The tools of a held-out round (how the blind sets in tests/calc/heldout*.toml are made and gated).

    python bench/heldout_round.py brief DIR        # writes DIR/PROMPT.md, DIR/check.py, DIR/params.txt:
                                                   # the brief a writer follows without seeing the code
    python bench/heldout_round.py record OUT.json FILES...   # each question's outcome, for `diff`
    python bench/heldout_round.py diff OLD.json NEW.json     # questions that used every input before, not now
    python bench/heldout_round.py floors [--write] # every set against its FLOOR in tests/calc/test_heldout.py

`record` takes `--root DIR` to run another checkout's calc (a worktree at the round's start).
A round: six writers, each given the brief and a style, write six sets; three are run first at the round's
starting commit and fixed with general mechanisms, the other three are run once on those fixes (sealed);
both first runs go in the README, then every set joins the gate with its floor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "calc" / "data"
HELDOUT = ROOT / "tests" / "calc" / "test_heldout.py"
EXTRA_PARAMS = {"claimed_value": "a figure someone else stated, which the user asks to check ('vendor says "
                                  "20 days, true?')"}

BRIEF = """# Writing a blind held-out set for gpubot

gpubot is a chatbot for people who size AI infrastructure. Users ask it, in English or Chinese (and
sometimes other languages), how many accelerators they need for a given load, what a training run takes or
costs, what a fleet costs to buy, rent or power, how fast a model serves, how demand grows. A calculator
reads the numbers and names in the question and answers with figures.

Your job: write 60 questions exactly as real users of the style below would type them, and annotate every
input each question states. You are testing whether the calculator reads what people really write, so be
realistic and varied: numbers written every way people write them (1.2k, 1,200, 1200, 1.2千, 一千二, 12万,
"a few hundred", ranges, approximations), units in many forms, typos, abbreviations, jargon of the trade,
context sentences, several inputs per question. Do not write to please a parser; write like the users.

You must NOT read anything under /work (the code). Write only DIR/heldoutN.toml.

## Format (TOML)

    # Blind held-out set N: <the style in a few words>

    [[q]]
    text = "how many H100s for 2M DAU, 20 chats a day each, 800-token prompts, 300-token answers, Llama 3?"
    [q.states]
    "H100s" = "accelerator"
    "2M DAU" = "users"
    "20 chats a day each" = "queries_per_user"
    "800-token prompts" = "input_tokens"
    "300-token answers" = "output_tokens"
    "Llama 3" = "model"

- 54 answerable questions: each key of [q.states] is an exact substring of `text` (copy it) covering the
  number with the words that say what it is ("700 W per GPU", "电价0.5元/度"), or a catalog name; the value
  is a parameter name from the glossary below. Annotate EVERY input the question states, each once; do not
  annotate things not stated.
- 3 questions that name an accelerator NOT in the catalog (a real or plausible product): `error =
  "unknown_accelerator"` and no [q.states].
- 3 questions that name a model NOT in the catalog: `error = "unknown_model"` and no [q.states].
- Only state inputs that have a parameter in the glossary; a question may also ask for something (cost,
  count, days, power) without stating it.
- Mix the questions' kinds: serving fleets (users, requests, tokens, latency targets), training time and
  cost, buying and renting cost, power and electricity, throughput, comparisons of two accelerators or
  models, what a budget or a power envelope buys, checks of someone's claim, growth.
- Language: follow the style; Chinese questions as Chinese engineers type them (mixed with English terms).

When done, run `python3 DIR/check.py DIR/heldoutN.toml` and fix until it prints OK.

## Catalog (names the calculator knows; anything else is unknown)

Accelerators: {accelerators}

Models: {models}

Servers: {servers}

Precisions: fp32, tf32, bf16, fp16, fp8, int8, fp4, int4

## Glossary (parameter names for [q.states] values, with what each means and an example)

{glossary}
"""

CHECK = r'''"""Checks a held-out set's format: python3 check.py FILE.toml"""
import sys, tomllib
from pathlib import Path

PARAMS = set(Path(__file__).with_name("params.txt").read_text().split())
path = sys.argv[1]
qs = tomllib.load(open(path, "rb"))["q"]
bad = []
errors = {"unknown_accelerator": 0, "unknown_model": 0}
for i, q in enumerate(qs, 1):
    text = q.get("text", "")
    if "error" in q:
        if q["error"] not in errors:
            bad.append(f"q{i}: error must be unknown_accelerator or unknown_model")
        else:
            errors[q["error"]] += 1
        if q.get("states"):
            bad.append(f"q{i}: an error question has no [q.states]")
        continue
    states = q.get("states", {})
    if not states:
        bad.append(f"q{i}: no [q.states]")
    for key, param in states.items():
        if key not in text:
            bad.append(f"q{i}: {key!r} is not an exact substring of the text")
        if param not in PARAMS:
            bad.append(f"q{i}: {param!r} is not a parameter name")
if len(qs) != 60:
    bad.append(f"{len(qs)} questions, want 60")
if errors != {"unknown_accelerator": 3, "unknown_model": 3}:
    bad.append(f"error questions {errors}, want 3 of each")
print("\n".join(bad) or "OK")
sys.exit(1 if bad else 0)
'''


def _catalog(name: str, field: str = "short") -> str:
    with (DATA / name).open("rb") as fh:
        table = tomllib.load(fh)
    return ", ".join(str(v.get(field) or v.get("name") or k) for k, v in table.items() if isinstance(v, dict))


def brief(out: Path) -> None:
    with (DATA / "parameters.toml").open("rb") as fh:
        params = tomllib.load(fh)
    gloss = [f"- {k}: {v['label']['en']} (e.g. {v['example']['en']}; {v['example']['zh']})"
             for k, v in params.items()]
    gloss += [f"- {k}: {what}" for k, what in EXTRA_PARAMS.items()]
    out.mkdir(parents=True, exist_ok=True)
    (out / "PROMPT.md").write_text(BRIEF.replace("DIR", str(out)).format(
        accelerators=_catalog("accelerators.toml"), models=_catalog("models.toml", "name"),
        servers=_catalog("servers.toml", "name"), glossary="\n".join(gloss)))
    (out / "params.txt").write_text("\n".join([*params, *EXTRA_PARAMS]) + "\n")
    (out / "check.py").write_text(CHECK)
    print(f"wrote {out}/PROMPT.md, check.py, params.txt")


def outcomes(files: list[str]) -> dict[str, dict[str, str]]:
    """Each question's outcome, per set: 'all' (every input used), 'refused KIND', 'error-ok', 'error-missed',
    or the inputs not used with what became of them (tests/calc/heldout_gate.outcome)."""
    from tests.calc.heldout_gate import outcome

    out: dict[str, dict[str, str]] = {}
    for f in files:
        path = Path(f)
        with path.open("rb") as fh:
            qs = tomllib.load(fh)["q"]
        rec = out.setdefault(path.name, {})
        for q in qs:
            rec[q["text"]] = outcome(q)[1]
    return out


def record(out: str, files: list[str]) -> None:
    rec = outcomes(files)
    Path(out).write_text(json.dumps(rec, ensure_ascii=False, indent=1))
    for name, qs in rec.items():
        n = sum(not v.startswith("error") for v in qs.values())
        ok = sum(v == "all" for v in qs.values())
        err = sum(v == "error-ok" for v in qs.values())
        print(f"{name}: {ok}/{n} used every input; errors {err}/{len(qs) - n}")


def diff(old: str, new: str) -> None:
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    worse = [(name, q, b[name].get(q)) for name, qs in a.items() if name in b
             for q, v in qs.items() if v in ("all", "error-ok") and b[name].get(q) != v]
    for name, q, now in worse:
        print(f"REGRESSION {name}: {q}\n    now {now}")
    print(f"{len(worse)} regressions")


def floors(write: bool) -> None:
    src = HELDOUT.read_text()
    floor = {m[1]: int(m[2]) for m in re.finditer(r'"(heldout\d*\.toml)": (\d+)', src)}
    files = [str(HELDOUT.parent / n) for n in floor]
    rec = outcomes(files)
    total = 0
    for name, qs in rec.items():
        ok = sum(v == "all" for v in qs.values())
        missed = [q for q, v in qs.items() if v == "error-missed" or '"dropped"' in v
                  or v.startswith("english")]
        total += ok
        if ok < floor[name]:
            print(f"BELOW {name}: {ok} < {floor[name]}")
        elif ok > floor[name]:
            print(f"UP {name}: {floor[name]} -> {ok}")
            if write:
                src = src.replace(f'"{name}": {floor[name]},', f'"{name}": {ok},')
                src = src.replace(f'"{name}": {floor[name]}}}', f'"{name}": {ok}}}')
        for q in missed:
            print(f"PROBLEM {name}: {qs[q]}: {q}")
    print(f"total {total} (floors {sum(floor.values())}) over {sum(len(q) for q in rec.values())} questions")
    if write:
        HELDOUT.write_text(src)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(ROOT), help="the checkout whose calc runs")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("brief").add_argument("dir")
    r = sub.add_parser("record")
    r.add_argument("out")
    r.add_argument("files", nargs="+")
    d = sub.add_parser("diff")
    d.add_argument("old")
    d.add_argument("new")
    sub.add_parser("floors").add_argument("--write", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.root).resolve()))
    if args.cmd == "brief":
        brief(Path(args.dir))
    elif args.cmd == "record":
        record(args.out, [str(Path(f).resolve()) for f in args.files])
    elif args.cmd == "diff":
        diff(args.old, args.new)
    else:
        floors(args.write)


if __name__ == "__main__":
    main()
