"""How a held-out question is judged, and the gate's record.

A blind set's question states inputs (`states`: the span and the parameter an annotator gave it) or
expects an error. `outcome` runs it through the calculator and gives one code:

    a  every stated input used                 p  answered, some input misread or named as unused
    e  the expected error came out             r  refused (the refusal names every input it quotes)
    D  an input dropped silently               E  the expected error did not come out
    Z  a Chinese question with an English answer

D, E and Z are problems: tests/calc/test_heldout.py fails on any of them, and on a set whose count
of `a` falls below its floor.

Running all 66,000-odd questions takes about ten CPU-minutes, most of the suite. So the outcomes are
kept in `heldout_record.txt`, under a key: the sha256 of everything an outcome depends on (the
calculator's code and data, this file and the corpus' classifier, every set, the Python version, the
locked dependencies and the calendar year, which "by 2028" counts from). When the key matches, the
test takes the record's codes and re-runs a sample of each set's questions (one in SAMPLE, chosen by
the key, so every change of code draws another sample), which must give the recorded code; a record
that is stale or was not made by this code fails there. When the key does not match, every question
runs, as before. `make gate` runs them all in two processes and rewrites the record.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
import tomllib
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.calc.test_corpus import answer, classify, lang_of, results

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
RECORD = HERE / "heldout_record.txt"
# (1 in 32 since session 69: the record's key already forces every question to run after any change to what an
# outcome depends on; the sample only proves the record was made by this code, and 1 in 8 had cost about 110 s of
# the suite's worker time, 2,370 questions against 9,480)
SAMPLE = 32
PROBLEMS = frozenset("DEZ")
# what an outcome depends on, besides the sets
_SOURCES = ("calc", "tests/calc/test_corpus.py", "tests/calc/heldout_gate.py", "requirements-dev.lock")


# finer parameters than the annotators' list: still the input they annotated
# (a period annotated in months and read in days is the same duration, and the other way)
EQUIVALENT = {
    "observed_tokens_per_s": ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server"),
    # ("need it done in 10 hrs", "8小时窗口": a batch window, the day's work in those hours, sets having no
    # parameter for hours)
    "period_months": ("days",), "days": ("period_months", "peak_factor"),
    # "by 2028" read as the horizon it means; "1.2M GPU-hours a year" as the GPUs they keep
    # busy; "72 GPUs in a rack" as the rack's size; "8 V100s … redo it on 8 H100s": the
    # earlier run's fleet
    "year": ("period_months", "days"), "gpu_hours": ("gpus",),
    # ("一年大概用掉30 GPU年 … 租 … 跟自己买卡比": the GPU-years of a year are the cards kept busy)
    "gpu_years": ("gpus",),
    # "TP4", "TP=8": the GPUs of one replica; "conc=64/replica": the batch cap of one
    # "an 8x H200 box … the box does 12,000 tok/s", "8x H100 SXM server draws 10.2 kW": the one box
    # is the cards counted
    "gpus_per_server": ("tensor_parallel", "gpus"), "concurrent_users": ("batch_per_replica",),
    # "does it fit … batch 32": on the one replica asked about, the batch is the sequences held
    "batch_per_replica": ("concurrent_users",),
    # "MFU 能高 5 个点": the points added, the finer reading of a gain; "每年翻倍": doubling yearly
    "mfu_gain": ("mfu_gain_points",), "growth_rate_year": ("doubling_months",),
    # a rent converted to the other option's currency ("¥8/hr" beside "$2.49/hr"); the yardstick
    # of a conversion is the card it is matched against, whichever the annotator named
    # ("H200 rents for $3.50/hr, H100 for $2.40/hr": the matched card's rent, read as that card's)
    "rent_cny_per_hour": ("rent_usd_per_hour", "match_rent_cny_per_hour"),
    "rent_usd_per_hour": ("rent_cny_per_hour", "match_rent_usd_per_hour"),
    "match_accelerator": ("accelerator",),
    # ("B200单价按38万元、H100按22万算": the price of the card matched, read as that card's)
    "price_usd": ("match_price_usd",), "price_cny": ("match_price_cny",),
    # "Price $0.15 per million input tokens. Daily cost of input only?": the one token price said,
    # priced on the prompts alone (price_is_input), under the token price's name
    "usd_per_million_input_tokens": ("usd_per_million_tokens",),
    "cny_per_million_input_tokens": ("cny_per_million_tokens",),
    # "每百万 token 只要 $0.3": the basis read within the price per million it belongs to
    # (and an energy: "每生成 1000 个 token 耗能约 400 焦耳" read as 0.4 J a token)
    "per_tokens": ("usd_per_million_tokens", "cny_per_million_tokens", "joules_per_token"),
    # ("how many gpus in 50 racks" under a rack cap: the racks filled, a parameter sets before 567 lacked;
    # "~800 sites, cards per site?": the sites the load is split over, a parameter sets before 575 lacked)
    # ("we rent one DGX A100 box and it does about 6,000 tok/s total": the one box a measured rate is per)
    "servers": ("replicas", "racks", "sites", "observed_tokens_per_s_per_server"),
    # ("36 racks rated 140 kW each … how many NVL72s": a rack-scale server is its rack)
    "racks": ("servers",),
    # ("45 schools, 2 cards each": the sites read as servers of their cards; "exam season traffic goes 5x",
    # "考试周流量是平时的4倍": a season's surge, the day's load times the factor, annotated as a peak)
    "sites": ("servers",), "peak_factor": ("factor",),
    "gpus": ("gpus_per_server", "from_gpus", "tensor_parallel",
             # "在一张L40S上实测1500 token/s": the one card a measured rate is per
             "observed_tokens_per_s_per_gpu", "gpu_tflops"),
    "accelerator": ("match_accelerator", "from_accelerator", "server"),
    # "400M weekly users, call it 120M DAU": the daily count read as the daily share
    "users": ("dau_per_wau", "dau_per_mau", "users_to"),
    # annotated as a factor: "half of it on GPUs", "4x a year", "15% off", "50% better MFU"
    "factor": ("budget_share", "growth_rate_year", "discount", "mfu_gain",
               # "GB200 is 30x faster than H100": one accelerator's speed over the other's
               "speedup", "all_in_multiple",
               # "6 msgs per ticket": each conversation that many requests
               "turns_per_session",
               # "3 runs of a 3B model", "一共做30组实验", "pad 3x for ablations": the run repeated
               # (sets before 567 had no parameter for runs)
               "runs",
               # "assume 1.3 tokens per word": a text's tokens per word (sets before 575 had no parameter)
               "tokens_per_word", "tokens_per_character", "tokens_per_letter",
               # ("6 cards handle our 3k DAU … what happens at 50x?": the users grown by it, where they end up)
               "users_to"),
    # "利用率按80%" in a training run: the share of peak the run achieves
    "utilization": ("mfu",),
    # "MFU 从 35% 提高到 50%" on a sized run: the MFU it is raised to, the days at both (annotated as
    # a second MFU when two were compared as options)
    "mfu": ("mfu_to",),
    # "racks capped at 17.3 kW": the limit the cards are fitted under
    "watts_per_server": ("server_power_cap_w",),
    # "kWh to generate 1 billion tokens": the tokens an energy is asked for
    "tokens_per_day": ("per_tokens",),
    # "原来4096张H100训的活换B200要多少张": the fleet matched is the one the run was on
    # ("trained … on a V100 SXM2 box, 8 GPUs": the earlier run's cards, that box's)
    "from_gpus": ("gpus", "gpus_per_server"), "from_accelerator": ("match_accelerator",),
    # ("H100整机海外报价一台30万美元": a server named by its card, read as the card and its servers)
    "server": ("accelerator",),
    # ("每天大约4000个用户 … 每个用户平均来回7轮": a user's turns a day read as their requests, the same load)
    # ("avg 14 pages per claim, one LLM call per page": each claim's pages, its requests, read as the
    # items of each batch; the same load either way)
    "turns_per_session": ("queries_per_user", "items_per_batch"),
    "items_per_batch": ("turns_per_session",),
    # ("3 questions per visit": the asks of one visit, a user's day at one visit a day, the same load)
    "queries_per_user": ("turns_per_session",),
    # ("one circuit with maybe 3.5 kW spare": a room's power read as the cap the cards are fitted under)
    "power_mw": ("server_power_cap_w",),
    # ("our UPS is 10 kVA … how many RTX 4090s can it carry": a box's or a UPS's limit read as the power the
    # cards are fitted under, the same limit)
    "server_power_cap_w": ("power_mw",),
    # "split across 2 cards — does it fit": the cards the weights are split over
    "tensor_parallel": ("gpus",),
    # "全年能租几张卡", "$400k for the whole year … 24/7": the year the budget pays for is the period answered
    "budget_days": ("days",),
}
# a price converted into the other option's currency, where two options are compared
# ("H20 单卡 12万元 vs H100 单卡 2.5万美元（汇率 7.1）"): still the price the annotator named
CURRENCY_TWINS = {"price_usd": "price_cny", "price_cny": "price_usd"}


# how a headline checks a figure the user quoted: "the stated '150MW' is 1.6x that", "the 5,000 you
# stated are 0.99x that", "给出的“34天”是计算值的1.5倍", "你给出的2万张是它的0.98倍"
# the loads a claim of what some cards carry is sized by (and the cards said checked against), or the cards
# it is said of ("一张L4就能撑5000个团长同时用": the one card's capacity, the load said checked against it)
_CLAIMED_LOADS = ("users", "concurrent_users", "queries_per_day", "qps", "tokens_per_day", "gpus", "servers")
_CHECKED = re.compile(r"the stated|you stated|stated are|给出的|給出的|你给出|你給出|所说")


def checked_in_headline(key: str, res: Any) -> bool:
    """Whether the answer's headline checks the quoted figure `key` against its own: its number
    appears after the words that introduce such a check (in the answer or one of its options)."""
    num = re.search(r"\d[\d,.]*\d|\d", key)
    if num is None:
        # ("两个月": no digit; the words quoted as they were written: 给出的“两个月”是计算值的0.21倍; "只要一台就够":
        # the count in digits, with its counter: 你给出的1台服务器)
        from calc.cn_numeral import chinese_numeral
        said = [key.strip()] + [f"{chinese_numeral(m.group(1)):g}{m.group(2)}"
                                for m in re.finditer(r"([一二两三四五六七八九十百千万]+)\s*(台|张|个|块)", key)]
        # ("一个月能训完" read as "一个月", quoted so: the part of the key the answer read)
        said += [i.text for r in results(res) for i in r.inputs if len(i.text) >= 2 and i.text in key]
        return any(m is not None and any(s in r.headline[m.start():] for s in said)
                   for r in results(res) for m in [_CHECKED.search(r.headline)])
    core = num.group()
    # ("the 32 you stated are 16.00x that": the number may come just before the words; "2000 GPUs" said, "the
    # 2,000 you stated" answered: thousands separators aside too)
    return any(m is not None and (
        re.search(r"(?<![\d.,])" + re.escape(core) + r"(?![\d])", r.headline[max(0, m.start() - 12):])
        or re.search(r"(?<![\d.])" + re.escape(core.replace(",", "")) + r"(?![\d])",
                     r.headline[max(0, m.start() - 12):].replace(",", "")))
        for r in results(res) for m in [_CHECKED.search(r.headline)])


def classify_equivalent(key: str, param: str, res: Any) -> str:
    c = classify(key, param, res)
    if c == "misread" and classify(key, "claimed_value", res) == "used":
        return "used"                  # "Brief says ~80M": checked as the claim it is
    if c == "misread" and param == "claimed_value" and checked_in_headline(key, res):
        # "it says Colossus draws ~150MW … does that hold up?": read as a power, and the headline
        # checks it against the power computed, not sized from it: the claim, checked
        return "used"
    if c == "misread" and any(classify(key, alt, res) == "used"
                              for alt in EQUIVALENT.get(param, ())):
        return "used"
    if c == "misread" and param in ("match_price_usd", "match_price_cny") and len(results(res)) > 1 \
            and classify(key, param.removeprefix("match_"), res) == "used":
        # ("H200一张26万，H100一张22万 … 哪个更划算": compared side by side, each card's price read into its
        # own option, not the matched fleet's)
        return "used"
    if c == "misread" and param == "claimed_value" \
            and any(classify(key, load, res) == "used" for load in _CLAIMED_LOADS) \
            and any(_CHECKED.search(r.headline) for r in results(res)):
        # ("8张H20跑Qwen2.5-72B，一天能处理50万次请求，真的假的", "2 H100 PCIe can serve 600 concurrent families": the
        # claim checked the other way round: the cards its load needs, against the cards said)
        return "used"
    if c == "misread" and param == "from_accelerator" and (len(results(res)) > 1 or len(
            {i.text.lower() for x in results(res) for i in x.inputs
             if i.param in ("accelerator", "from_accelerator", "match_accelerator")}) == 1) \
            and classify(key, "accelerator", res) == "used":
        # "moving from H100 to MI300X, how many?": both sized, side by side; "上一期用2000张H800训了40天 … MFU提到
        # 45%": the one card, the earlier run's and the next
        return "used"
    if c == "misread" and param == "tokens_per_day" and classify(key, "tokens_per_user_day", res) == "used" \
            and not any(i.param in ("users", "concurrent_users") for x in results(res) for i in x.inputs):
        # ("each robot emits ~1.8M tokens/day. kWh/day per robot?": with no count of them, one's day is the day)
        return "used"
    if c == "misread" and param == "items_per_batch" and classify(key, "queries_per_day", res) == "used" \
            and any(x.figure("job_hours") is not None or x.figure("batch_cost_usd") is not None
                    or x.figure("batch_cost_cny") is not None for x in results(res)):
        # ("400,000 personalized SMS promos … how long does that batch take?", "6,500 emails per send … what
        # does one send cost us?": one batch, its items the job's requests, answered as the job they are)
        return "used"
    if c == "misread" and param == "watts_per_gpu" and classify(key, "watts_per_server", res) == "used" \
            and any(i.param == "gpus_per_server" and re.fullmatch(r"(?:一|1)\s*(?:张|块)?|one|a single", i.text.strip())
                    for x in results(res) for i in x.inputs):
        # ("每家店放一张L4 … 整机功耗算150瓦": a box of one card, its draw the card's with its share of the box)
        return "used"
    if c == "misread" and param in ("budget_usd", "budget_cny") \
            and classify(key, "rent_" + param.removeprefix("budget_") + "_per_hour", res) == "used" \
            and any(i.param == "gpu_hours" for x in results(res) for i in x.inputs):
        # ("sold me 500 GPU-hours of H100 time for $1,100": the money paid for a block of hours, read as the
        # rent an hour it comes to)
        return "used"
    if c == "misread" and param in CURRENCY_TWINS and len(results(res)) > 1 \
            and classify(key, CURRENCY_TWINS[param], res) == "used":
        return "used"
    return c


def error_met(q: dict[str, Any], req: Any, err: Exception | None) -> bool:
    """Whether the expected error came out: the error itself, or, for an unknown model whose size the
    question states ("大瓦特电力大模型据说约1000亿参数"), an answer sized by that size that names the model as
    unknown (calc/engine: no catalog model stands in for it)."""
    if err is not None:
        if getattr(err, "kind", None) == "does_not_fit" and q["error"] == "unknown_model":
            # (or, sized by the size stated, it does not fit the cards named: "llama 4 scout on 2x 4090s … it's
            # 109B total")
            from calc import parse
            req = parse(q["text"])
        else:
            return getattr(err, "kind", None) == q["error"]
    return q["error"] == "unknown_model" and req is not None \
        and any(s.note == "unknown_sized" for s in req.stated)


def load(name: str) -> list[dict[str, Any]]:
    with (HERE / name).open("rb") as fh:
        return tomllib.load(fh)["q"]


def sets() -> list[Path]:
    return sorted(HERE.glob("heldout*.toml"))


def outcome(q: dict[str, Any]) -> tuple[str, str]:
    """(code, detail): the code above, and what `bench/heldout_round.py diff` compares: 'all', 'error-ok',
    'error-missed', 'refused KIND', or the inputs not used with what became of each."""
    req, res, err = answer(q["text"])
    if "error" in q:
        return ("e", "error-ok") if error_met(q, req, err) else ("E", "error-missed")
    if err is not None:
        return "r", f"refused {getattr(err, 'kind', '?')}"
    got = {k: classify_equivalent(k, p, res) for k, p in q.get("states", {}).items()}
    miss = {k: c for k, c in got.items() if c != "used"}
    detail = "all" if not miss else json.dumps(miss, ensure_ascii=False)
    if lang_of(q["text"]) == "zh" and not re.search("[\u4e00-\u9fff]", res.headline):
        return "Z", "english answer; " + detail
    if "dropped" in got.values():
        return "D", detail
    return ("a" if not miss else "p"), detail


@functools.cache
def key() -> str:
    """The sha256 of everything an outcome depends on (see the module's docstring)."""
    return key_of(ROOT, sets())


def key_of(root: Path, set_files: list[Path]) -> str:
    h = hashlib.sha256(f"{sys.version_info[:2]} {datetime.now(UTC).year}\n".encode())
    files = [f for s in _SOURCES for f in ([root / s] if (root / s).is_file() else sorted(
        p for p in (root / s).rglob("*") if p.is_file() and "__pycache__" not in p.parts))]
    for f in [*files, *set_files]:
        h.update(f"{f.relative_to(root).as_posix()}\0".encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def sampled(text: str) -> bool:
    """Whether a question is among those re-run when the record is used: one in SAMPLE, by the key."""
    return int(hashlib.sha256(f"{key()}\0{text}".encode()).hexdigest()[:8], 16) % SAMPLE == 0


@functools.cache
def record() -> dict[str, str] | None:
    """Each set's codes, in question order, if the record was written under the current key; else None.
    GPUBOT_FULL_GATE=1 ignores it (every question runs)."""
    if os.environ.get("GPUBOT_FULL_GATE") == "1" or not RECORD.is_file():
        return None
    lines = [ln for ln in RECORD.read_text().splitlines() if ln and not ln.startswith("#")]
    if not lines or lines[0] != f"key {key()}":
        return None
    return dict(ln.split(" ", 1) for ln in lines[1:])


def codes_of(name: str, kept: str | None) -> str:
    """A set's codes: `kept` (the record's) when it has one per question, after re-running the sampled
    questions, which must agree with it (AssertionError); otherwise every question's, run now."""
    qs = load(name)
    if kept is None or len(kept) != len(qs):
        return "".join(outcome(q)[0] for q in qs)
    disagree = [f"recorded {k}, now {c} ({detail}): {q['text']!r}"
                for q, k in zip(qs, kept, strict=True) if sampled(q["text"])
                for c, detail in [outcome(q)] if c != k]
    assert not disagree, f"{RECORD.name} disagrees with the code on re-run questions (1 in {SAMPLE}):\n" \
        + "\n".join(disagree)
    return kept


def _outcomes(path: str) -> tuple[str, str, dict[str, str]]:
    qs = load(Path(path).name)
    got = [outcome(q) for q in qs]
    return Path(path).name, "".join(c for c, _ in got), {q["text"]: d for q, (_, d) in zip(qs, got, strict=True)}


def write_record(jobs: int = 2, details: str | None = None) -> None:
    """Run every question of every set (in `jobs` processes) and write the record under the current key;
    `details`: also a JSON file of each question's detail, per set (what `bench/heldout_round.py diff` reads)."""
    paths = [str(p) for p in sets()]
    with ProcessPoolExecutor(jobs) as pool:
        got = list(pool.map(_outcomes, paths, chunksize=8))
    codes = {name: c for name, c, _ in got}
    head = ["# The held-out gate's outcomes, one line per set, one code per question in its order (codes:",
            "# tests/calc/heldout_gate.py). Written by `make gate`; valid while the key matches.",
            f"key {key()}"]
    RECORD.write_text("\n".join([*head, *(f"{n} {c}" for n, c in sorted(codes.items()))]) + "\n")
    if details:
        Path(details).write_text(json.dumps({name: d for name, _, d in got}, ensure_ascii=False, indent=1))
    total = sum(len(c) for c in codes.values())
    print(f"{RECORD.relative_to(ROOT)}: {len(codes)} sets, {total} questions, "
          f"{sum(c.count('a') for c in codes.values())} used every input, "
          f"{sum(len(c) - sum(c.count(x) for x in 'aper') for c in codes.values())} problems")


if __name__ == "__main__":
    write_record(int(sys.argv[1]) if len(sys.argv) > 1 else 2, sys.argv[2] if len(sys.argv) > 2 else None)
