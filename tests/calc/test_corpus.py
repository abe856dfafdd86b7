"""Every input a question states is used by the calculation or named as unused (issue 9).

The corpus (corpus.toml, next to this file) lists realistic questions in English and Chinese,
each with the spans it states and the parameter each span should be read as. For every
question, parse + compute runs once; each stated span is then classified against what the
answer reports:

    used      among `res.inputs` with the expected parameter
    misread   among `res.inputs`, but as another parameter
    named     among `res.unused` (with a reason)
    dropped   nowhere: the calculation ignored it and did not say so

A comparison's options (`res.alternatives`) count with the parent. Spans are matched loosely
(case, width and whitespace ignored; one contains the other, or they overlap) but never by
splitting a number or a name: "100" does not match inside "H100", nor "1.2" inside "1.25".
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from calc.text import lang_of as calc_lang_of

CORPUS = Path(__file__).with_name("corpus.toml")

PARAMS = frozenset("""
accelerator model server precision users concurrent_users qps queries_per_user queries_per_day
input_tokens output_tokens peak_factor tpot_ms utilization gpus servers train_tokens params
active_params train_flops gpu_tflops mfu gpu_hours gpu_years days period_months doubling_months
factor growth_rate_year rent_usd_per_hour rent_cny_per_hour price_usd price_cny budget_usd
budget_cny usd_cny pue electricity_usd_per_kwh capacity_flops hbm_multiple power_mw watts_per_gpu
watts_per_server observed_tokens_per_s year
""".split())
INTENTS = frozenset({"fleet", "throughput", "training", "capex", "power", "energy", "growth",
                     "convert", "memory", "google_search"})
NAME_PARAMS = frozenset({"accelerator", "model", "server", "precision"})
ERRORS_NAMING = frozenset({"unknown_accelerator", "unknown_model"})
CLASSES = ("used", "misread", "named", "dropped")

CJK = re.compile(r"[\u3400-\u9fff]")


# ---------------------------------------------------------------------------- the corpus

@functools.cache
def corpus() -> tuple[dict[str, Any], ...]:
    with CORPUS.open("rb") as fh:
        qs = tomllib.load(fh)["q"]
    out = []
    for i, q in enumerate(qs, 1):
        q = dict(q)
        q["id"] = f"q{i:03d}-{lang_of(q['text'])}-{q.get('intent') or q.get('error')}"
        q.setdefault("states", {})
        out.append(q)
    return tuple(out)


def lang_of(text: str) -> str:
    return calc_lang_of(text)


def answerable() -> list[dict[str, Any]]:
    return [q for q in corpus() if "error" not in q]


def ids(qs: list[dict[str, Any]]) -> list[str]:
    return [q["id"] for q in qs]


# ---------------------------------------------------------------------------- running calc

@functools.cache
def answer(text: str) -> tuple[Any, Any, Exception | None]:
    """(request, result, None) or (None, None, the CalcError); other exceptions propagate."""
    from calc import CalcError, compute, parse

    try:
        req = parse(text)
        return req, compute(req), None
    except CalcError as exc:
        return None, None, exc


def answered(q: dict[str, Any]) -> tuple[Any, Any]:
    req, res, err = answer(q["text"])
    if err is not None:
        pytest.fail(f"{q['text']!r} raised {getattr(err, 'kind', '?')}: {err}")
    return req, res


def results(res: Any) -> list[Any]:
    """The result and every option of a comparison, depth first."""
    out = [res]
    for alt in getattr(res, "alternatives", ()) or ():
        out.extend(results(alt))
    return out


def inputs_of(res: Any) -> list[Any]:
    return [i for r in results(res) for i in r.inputs]


def unused_of(res: Any) -> list[Any]:
    return [u for r in results(res) for u in r.unused]


def figures_of(res: Any) -> tuple[tuple[str, float], ...]:
    return tuple((f.name, f.value) for r in results(res) for f in r.figures)


# ---------------------------------------------------------------------------- span matching

@functools.lru_cache(maxsize=1 << 16)
def _squash(s: str) -> tuple[str, tuple[bool, ...]]:
    """NFKC, lower case, whitespace removed; gaps[i] says whether whitespace (or the start)
    came before character i, and gaps[len] is True (the end)."""
    chars: list[str] = []
    gaps: list[bool] = []
    gap = True
    for ch in unicodedata.normalize("NFKC", s).lower():
        if ch.isspace():
            gap = True
            continue
        chars.append(ch)
        gaps.append(gap)
        gap = False
    gaps.append(True)
    return "".join(chars), tuple(gaps)


def _digit(s: str, i: int) -> bool:
    return 0 <= i < len(s) and s[i].isdigit()


def _clean_edges(s: str, gaps: tuple[bool, ...], start: int, end: int) -> bool:
    """s[start:end] does not split a number ("1.2" in "1.25") or a name ("100" in "h100")."""
    if not gaps[start] and _digit(s, start):
        prev = s[start - 1]
        if prev.isdigit() or (prev.isascii() and prev.isalpha()
                              # ("x4096" after a name is 4096 with its sign: "TPU v5p x4096")
                              and not (prev in "x×" and (start < 2 or not s[start - 2].isalnum()))):
            return False
        if prev in ".,^" and _digit(s, start - 2):
            return False
    if not gaps[end] and _digit(s, end - 1):
        nxt = s[end]
        if nxt.isdigit() or (nxt in ".,^" and _digit(s, end + 1)):
            return False
    return True


# a hedge before a number states nothing of its own: "about 5x" is "5x"
_HEDGE = re.compile(r"^\s*(?:(?:about|around|roughly|approximately|approx\.?|~|≈|大约|大概|约)\s*|"
                    # a leading conjunction, preposition or "have" states nothing either: "and 5x" is "5x",
                    # "we have 64" is "64"
                    r"(?:and|or|to|between|from|at|on|of|with|for|have|has|had|using|via)\s+)(?=[\d~≈$¥])",
                    re.IGNORECASE)


# nor a range's connector after the low end: "5 到" is "5"
_CONNECTOR = re.compile(r"(?<=[\d倍x×])\s*(?:到|至|~|～|-|–|\bto)\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)       # the held-out gate asks about the same pairs often
def same_span(a: str, b: str) -> bool:
    """Whether two spans of one question are the same stated input, loosely: one contains
    the other, or they overlap by at least half of the shorter including all its digits."""
    (x, gx), (y, gy) = _squash(_CONNECTOR.sub("", _HEDGE.sub("", a))), _squash(_CONNECTOR.sub("", _HEDGE.sub("", b)))
    if not x or not y:
        return False
    (short, _), (long_, glong) = sorted(((x, gx), (y, gy)), key=lambda p: len(p[0]))
    start = long_.find(short)
    while start != -1:
        if _clean_edges(long_, glong, start, start + len(short)):
            return True
        start = long_.find(short, start + 1)
    need = max(2, math.ceil(len(short) / 2))
    digits = sum(ch.isdigit() for ch in short)
    for (p, gp), (q, gq) in (((x, gx), (y, gy)), ((y, gy), (x, gx))):
        # p's tail is q's head: "at 700 w" / "700 w per gpu"; a shorter overlap counts when it holds every
        # digit of both ("currently 600" / "600 gpus", "claimed speedup: 2.5x" / "2.5x per gpu")
        for k in range(min(len(p), len(q)) - 1, 1, -1):
            if p.endswith(q[:k]):
                shared = q[:k]
                in_shared = sum(ch.isdigit() for ch in shared)
                whole = in_shared >= 1 and in_shared == sum(ch.isdigit() for ch in p) == \
                    sum(ch.isdigit() for ch in q)
                if ((k >= need and in_shared >= digits) or whole) \
                        and _clean_edges(p, gp, len(p) - k, len(p)) and _clean_edges(q, gq, 0, k):
                    return True
                break
    return False


def classify(key: str, param: str, res: Any) -> str:
    found = [i for i in inputs_of(res) if same_span(key, i.text)]
    if any(i.param == param for i in found):
        return "used"
    if found:
        return "misread"
    if any(same_span(key, u.text) for u in unused_of(res)):
        return "named"
    return "dropped"


def readings(key: str, res: Any) -> str:
    """What the answer made of a span, for failure messages."""
    got = [f"{i.text!r}->{i.param}" for i in inputs_of(res) if same_span(key, i.text)]
    got += [f"{u.text!r}: unused" for u in unused_of(res) if same_span(key, u.text)]
    return ", ".join(got) or "nothing"


# ---------------------------------------------------------------------------- the matcher itself

@pytest.mark.parametrize("a,b,match", [
    ("100M users", "100M users", True),
    ("H100s", "H100", True),
    ("100 mln users", "100 mln", True),
    ("5千张", "5千张H100", True),
    ("700 W per GPU", "at 700 W", True),
    ("Llama 3 70B", "llama  3 70b", True),
    ("Ｈ100", "h100", True),
    ("100", "H100", False),
    ("currently 600", "600 GPUs", True),
    ("claimed speedup: ~2.5x", "2.5x per GPU", True),
    ("600 GPUs", "1,600 GPUs", False),
    ("1.2", "PUE 1.25", False),
    ("1万张", "2.5万张", False),
    ("25,000", "125,000 H100s", False),
    ("10,000", "25,000", False),
    ("2", "PUE 1.2", False),
    ("about 5x", "5x the price of DRAM", True),
    ("约3倍", "3倍", True),
    ("about 5", "15", False),
    ("4096", "x4096", True),
    ("100", "h100", False),
    ("and 5x", "5x DRAM", True),
    ("on 2", "2 of them", True),
    ("and 5", "15", False),
    ("5 到", "DRAM 的 5", True),
    ("3~", "3", True),
])
def test_span_matching(a, b, match):
    assert same_span(a, b) is match
    assert same_span(b, a) is match


# ---------------------------------------------------------------------------- the corpus itself

def test_corpus_is_well_formed():
    qs = corpus()
    assert len(qs) >= 220, len(qs)
    assert sum(lang_of(q["text"]) == "zh" for q in qs) >= 80
    problems = []
    for q in qs:
        text = q["text"]
        if ("intent" in q) == ("error" in q):
            problems.append(f"{q['id']}: needs exactly one of intent / error")
        if "intent" in q and q["intent"] not in INTENTS:
            problems.append(f"{q['id']}: unknown intent {q['intent']!r}")
        if q.get("error") in ERRORS_NAMING and q.get("unknown", "") not in text:
            problems.append(f"{q['id']}: `unknown` must be the unknown name, as written in text")
        for key, param in q["states"].items():
            if key not in text:
                problems.append(f"{q['id']}: {key!r} is not in {text!r}")
            if param not in PARAMS:
                problems.append(f"{q['id']}: {key!r} -> unknown parameter {param!r}")
        if "error" not in q:
            # every number the perturbation test moves belongs to a stated input
            for num in numbers(q):
                if not any(k_start <= num.start and num.end <= k_end
                           for k_start, k_end, _ in occurrences(q)):
                    problems.append(f"{q['id']}: the number {num.text!r} is in no stated span")
    assert not problems, "\n".join(problems)


def occurrences(q: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, param) of every occurrence of every stated key in the text."""
    low = q["text"].lower()
    out = []
    for key, param in q["states"].items():
        k = key.lower()
        start = low.find(k)
        while start != -1:
            out.append((start, start + len(k), param))
            start = low.find(k, start + 1)
    return out


# Arabic numbers as typed: 10^8, 25,000, 3.5, 1e8, 3.14e23 (a scale word or unit after it stays
# outside: "100" of "100M", "5" of "5千")
NUMBER = re.compile(r"10\^\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


@dataclass(frozen=True)
class Num:
    text: str
    start: int
    end: int

    @property
    def value(self) -> float:
        if "^" in self.text:
            base, exp = self.text.split("^")
            return float(base) ** int(exp)
        return float(self.text.replace(",", ""))


def numbers(q: dict[str, Any]) -> list[Num]:
    """The Arabic numbers of a question that are quantities, not part of a hardware or model
    name (H100, GPT-3, Llama 3 70B, GB200 NVL72) or a precision (fp8)."""
    names = [(s, e) for s, e, param in occurrences(q) if param in NAME_PARAMS]
    return [Num(m.group(), m.start(), m.end()) for m in NUMBER.finditer(q["text"])
            if not any(s <= m.start() and m.end() <= e for s, e in names)]


# ---------------------------------------------------------------------------- the tests

@pytest.mark.parametrize("q", answerable(), ids=ids(answerable()))
def test_no_stated_input_is_dropped_silently(q):
    _, res = answered(q)
    dropped = [key for key, param in q["states"].items() if classify(key, param, res) == "dropped"]
    assert not dropped, (f"{q['text']!r}: stated but neither used nor named as unused: {dropped}; "
                         f"inputs={[(i.text, i.param) for i in inputs_of(res)]}, "
                         f"unused={[u.text for u in unused_of(res)]}")
    unexplained = [u.text for u in unused_of(res) if not str(u.reason or "").strip()]
    assert not unexplained, f"{q['text']!r}: unused without a reason: {unexplained}"


def test_used_rate_at_least_95_percent():
    rows = []        # (class, question id, text, key, expected param, what the answer made of it)
    for q in answerable():
        try:
            _req, res, err = answer(q["text"])
        except Exception as exc:     # a crash is reported per question by the other tests
            res, err = None, exc
        for key, param in q["states"].items():
            if err is not None:
                rows.append(("error", q["id"], q["text"], key, param,
                             f"{getattr(err, 'kind', type(err).__name__)}: {err}"))
            else:
                rows.append((classify(key, param, res), q["id"], q["text"], key, param,
                             readings(key, res)))
    used = sum(r[0] == "used" for r in rows)
    rate = used / len(rows)
    if rate < 0.95:
        order = {"dropped": 0, "error": 1, "misread": 2, "named": 3}
        worst = sorted((r for r in rows if r[0] != "used"), key=lambda r: (order[r[0]], r[1]))[:30]
        counts = Counter(r[0] for r in rows)
        lines = [f"{c:8} {qid} {key!r} should be {param}; read as: {how}\n           in {text!r}"
                 for c, qid, text, key, param, how in worst]
        pytest.fail(f"used {used}/{len(rows)} = {rate:.1%} of stated inputs (need 95%); "
                    f"{dict(counts)}\nworst 30:\n" + "\n".join(lines))


ERROR_QS = [q for q in corpus() if "error" in q]


@pytest.mark.parametrize("q", ERROR_QS, ids=ids(ERROR_QS))
def test_expected_errors(q):
    from calc import CalcError

    _req, res, err = answer(q["text"])
    assert err is not None, f"{q['text']!r} should be a {q['error']} error, got: {res.headline!r}"
    assert isinstance(err, CalcError)
    assert err.kind == q["error"], f"{q['text']!r}: {err.kind} ({err})"
    lang = lang_of(q["text"])
    msg = err.render(lang)
    assert msg.strip()
    if q["error"] in ERRORS_NAMING:
        name = _squash(q["unknown"])[0]
        assert name in _squash(msg)[0], f"{q['text']!r}: the error does not name {q['unknown']!r}: {msg!r}"
        msg = msg.replace(q["unknown"], "")
    if lang == "zh":
        assert CJK.search(msg), f"{q['text']!r}: a Chinese question got an error in English: {msg!r}"


ZH_QS = [q for q in answerable() if lang_of(q["text"]) == "zh"]


@pytest.mark.parametrize("q", ZH_QS, ids=ids(ZH_QS))
def test_chinese_questions_get_chinese_headlines(q):
    req, res = answered(q)
    assert req.lang == "zh"
    assert CJK.search(res.headline), f"{q['text']!r} -> {res.headline!r}"


EN_QS = [q for q in answerable() if lang_of(q["text"]) == "en"]


@pytest.mark.parametrize("q", EN_QS, ids=ids(EN_QS))
def test_english_questions_get_english_headlines(q):
    req, res = answered(q)
    assert req.lang == "en"
    assert not CJK.search(res.headline), f"{q['text']!r} -> {res.headline!r}"


@pytest.mark.parametrize("q", answerable(), ids=ids(answerable()))
def test_intents(q):
    _, res = answered(q)
    assert res.intent == q["intent"], f"{q['text']!r}: {res.intent} ({res.headline!r})"
