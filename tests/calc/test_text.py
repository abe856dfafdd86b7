"""Chinese questions get Chinese answers with the same figures (issue 9, item 6).

The message table (calc/text.py) is checked as data: both languages, the same fields. Then
every capability runs on the same Request in English and Chinese: the figures, their names and
units (the JSON contract) must be identical and the prose must be Chinese. Errors render in
Chinese for lang "zh", and the renderers show Chinese unit words while JSON keeps the canonical
units.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

import pytest

from bot.core.answer import Answer, ErrorInfo
from bot.core.assume import parse_assignments
from bot.core.llm.extract import validate
from bot.render import slack, telegram
from bot.render.json import to_dict
from bot.render.text import calc_text, fmt_value
from calc import CalcError, compute
from calc.build import human
from calc.catalog import load
from calc.parse import parse
from calc.result import Figure, Result, Unused
from calc.stated import Request
from calc.text import LANGS, TEXT, tr

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def sample(template: str) -> dict[str, object]:
    """Values for every field of a template: numbers where a format spec asks for one."""
    out: dict[str, object] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            out[name] = 1234.5 if spec else "X"
    return out


def _symbols_only(text: str) -> bool:
    """A formula or a name, not a sentence: "25,000 x 80 GB = 2,000,000 GB"."""
    return not re.search(r"\b[a-z]{3,}\b", re.sub(r"\{[^}]*\}", "", text))


# ---- the table ----

def test_both_languages_for_every_entry():
    assert LANGS == ("en", "zh")
    for key, pair in TEXT.items():
        assert len(pair) == 2, key
        en, zh = pair
        assert en.strip() and zh.strip(), key
        # Chinese, or symbols only ("{flops:.3g} FLOPs："): never an English sentence
        assert CJK.search(zh) or _symbols_only(zh), f"{key}: the Chinese text is not Chinese"


@pytest.mark.parametrize("key", sorted(TEXT))
def test_same_fields_in_both_languages(key):
    en, zh = TEXT[key]
    assert fields(en) == fields(zh), key
    # and each fills with the same kinds of values (a number where a spec asks for one)
    values = {**sample(en), **sample(zh)}
    assert en.format(**values) and zh.format(**values)


def _keys_in_source() -> set[str]:
    pat = re.compile(r'(?:\btr\(|\.tr\(|hint_key=|reason_key=|CalcError\("[a-z_]+",)\s*'
                     r'"([a-z_]+\.[a-z_.0-9]+)"')
    keys: set[str] = set()
    for path in [*ROOT.glob("calc/*.py"), *ROOT.glob("bot/**/*.py")]:
        keys |= set(pat.findall(path.read_text(encoding="utf-8")))
    return keys


def test_every_key_the_code_uses_exists():
    used = _keys_in_source()
    assert len(used) > 100          # the scan found the call sites
    assert sorted(k for k in used if k not in TEXT) == []


def test_tr_fills_and_falls_back():
    assert tr("unused.line", "zh", text="6.5 kW", reason="理由") == "没有使用“6.5 kW”：理由。"
    assert tr("unused.line", "fr", text="a", reason="b") == "I did not use 'a': b."
    assert tr("no.such.key", "zh") == "no.such.key"


# ---- Chinese numbers ----

@pytest.mark.parametrize(("x", "en", "zh"), [
    (4.1e6, "4.1 million", "410万"),
    (5.13e8, "513 million", "5.13亿"),
    (1.2e12, "1.2 trillion", "1.2万亿"),
    (3e11, "300 billion", "3000亿"),
    (5e7, "50 million", "5000万"),
    (99_996_000, "100 million", "1亿"),
    (18_752, "18,752", "1.88万"),
    (2_344, "2,344", "2,344"),
    (0.746, "0.746", "0.746"),
])
def test_human_in_both_languages(x, en, zh):
    assert human(x) == en
    assert human(x, lang="zh") == zh


# ---- twins: same Request, two languages ----

def req(intent: str, lang: str, **params: float | str | bool) -> Request:
    return Request(intent=intent, params=MappingProxyType(params), given=frozenset(params),
                   lang=lang)


TWINS = [
    ("fleet", {"accelerator": "h100_sxm", "users": 100e6}),
    ("fleet", {"accelerator": "h200_sxm", "qps": 5000.0, "model": "llama3_70b"}),
    ("fleet", {"accelerator": "h100_sxm", "concurrent_users": 300_000.0}),
    ("fleet", {"accelerator": "h100_sxm", "monthly_users": True, "users": 300e6}),
    ("throughput", {"accelerator": "h100_sxm", "gpus": 8.0, "model": "llama2_70b"}),
    ("throughput", {"accelerator": "h100_sxm", "model": "llama2_70b"}),
    ("throughput", {"accelerator": "h100_sxm", "gpus": 8.0, "users": 1e6}),
    ("capex", {"accelerator": "h100_sxm", "gpus": 50_000.0}),
    ("capex", {"accelerator": "h100_sxm", "gpus": 50_000.0, "currency": "cny"}),
    ("capex", {"accelerator": "h100_sxm", "budget_usd": 1e9}),
    ("capex", {"accelerator": "h100_sxm", "price_cny": 240_000.0, "gpus": 1000.0}),
    ("power", {"accelerator": "h100_sxm", "power_mw": 100.0}),
    ("power", {"accelerator": "h100_sxm", "gpus": 10_000.0}),
    ("power", {"accelerator": "h100_sxm", "servers": 100.0, "watts_per_server": 6500.0}),
    ("energy", {"servers": 100.0, "watts_per_server": 6500.0, "queries_per_day": 1e7}),
    ("training", {"model": "gpt3_175b"}),
    ("training", {"params": 70e9, "train_tokens": 15e12, "gpus": 1024.0}),
    ("training", {"params": 70e9, "train_tokens": 15e12, "days": 90.0}),
    ("training", {"model": "llama31_405b", "gpus": 16_384.0, "days": 54.0}),
    ("training", {"gpu_hours": 2.788e6, "accelerator": "h800_sxm"}),
    ("growth", {"doubling_months": 3.4, "factor": 300_000.0}),
    ("growth", {"users": 1e6, "users_to": 100e6, "period_months": 2.0}),
    ("growth", {"growth_rate_year": 0.5, "period_months": 36.0}),
    ("convert", {"capacity_flops": 202e18, "accelerator": "a100_sxm_80gb"}),
    ("memory", {"model": "llama3_70b", "accelerator": "h100_sxm", "gpus": 2.0}),
    ("memory", {"accelerator": "h100_sxm", "gpus": 25_000.0}),
    ("google_search", {}),
]


def _prose(r: Result) -> list[str]:
    return [r.headline, *(f.label for f in r.figures), *(a.label for a in r.assumptions),
            *r.steps, *r.notes, *r.change_hints, *(x.label for x in r.references)]


@pytest.mark.parametrize(("intent", "params"), TWINS, ids=[f"{i}-{n}" for n, (i, _) in
                                                           enumerate(TWINS)])
def test_twins_same_figures_chinese_prose(intent, params):
    en = compute(req(intent, "en", **params))
    zh = compute(req(intent, "zh", **params))
    assert [(f.name, f.value, f.unit) for f in zh.figures] == \
        [(f.name, f.value, f.unit) for f in en.figures]
    assert [(a.name, a.value, a.unit, a.origin) for a in zh.assumptions] == \
        [(a.name, a.value, a.unit, a.origin) for a in en.assumptions]
    assert zh.intent == en.intent and len(zh.steps) == len(en.steps)
    assert len(zh.change_hints) == len(en.change_hints)
    assert CJK.search(zh.headline), zh.headline
    for text in _prose(zh):
        assert CJK.search(text) or _symbols_only(text), f"not Chinese: {text!r}"
    for text in _prose(en):
        assert not CJK.search(text), f"Chinese in the English answer: {text!r}"
    assert "{" not in zh.headline and "word." not in " ".join(_prose(zh))


@pytest.mark.parametrize(("zh_q", "en_q"), [
    ("1亿用户需要多少张H100?", "How many H100s for 100 million users?"),
    ("5万张H100要多少钱?", "What do 50,000 H100s cost?"),
    ("100MW能支撑多少张H100？", "how many H100s can 100 MW power?"),
    ("训练GPT-3花了多少钱？", "What did GPT-3 cost to train?"),
    ("8张H100跑Llama 2 70B每秒多少token？", "tokens per second for Llama 2 70B on 8 H100s?"),
])
def test_chinese_question_and_its_english_twin(zh_q, en_q):
    zh, en = compute(parse(zh_q)), compute(parse(en_q))
    assert [(f.name, f.value, f.unit) for f in zh.figures] == \
        [(f.name, f.value, f.unit) for f in en.figures]
    assert CJK.search(zh.headline) and not CJK.search(en.headline)
    assert all(CJK.search(f.label) for f in zh.figures)
    assert all(CJK.search(s) for s in zh.steps)


def test_chinese_change_hints_are_read_as_follow_ups():
    from bot.core.router import route

    first = parse("1亿用户需要多少张H100?")
    res = compute(first)
    assert "换成H200呢？" in res.change_hints
    for hint in res.change_hints:
        r = route(hint, first)
        assert r.request is not None, hint
        assert dict(r.request.params) != dict(first.params), hint
        compute(r.request)


# ---- errors ----

def _zh(exc: CalcError) -> str:
    text = exc.render("zh")
    assert CJK.search(text), text
    assert not re.search(r"\b(?:err|hint)\.[a-z_]+", text), text
    return text


@pytest.mark.parametrize("key", sorted(k for k in TEXT if k.startswith("err.")))
def test_every_error_message_renders_in_chinese(key):
    exc = CalcError("bad_number", key, hint_key="hint.try", **sample(TEXT[key][0] + "{example}"))
    _zh(exc)
    assert exc.render("en") == str(exc)


def _raises(fn: Callable[[], object]) -> CalcError:
    with pytest.raises(CalcError) as info:
        fn()
    return info.value


ERRORS: dict[str, Callable[[], object]] = {
    "missing_input": lambda: compute(req("fleet", "zh")),
    "missing_input/capex": lambda: compute(req("capex", "zh", accelerator="h100_sxm")),
    "missing_input/training": lambda: compute(req("training", "zh")),
    "bad_number": lambda: compute(req("fleet", "zh", users=-5.0)),
    "bad_number/range": lambda: compute(req("power", "zh", gpus=10.0, pue=40.0)),
    "contradiction": lambda: compute(req("growth", "zh", users=1e8, users_to=1e6,
                                         period_months=2.0)),
    "contradiction/mfu": lambda: compute(req("training", "zh", params=70e9, train_tokens=15e12,
                                             gpus=8.0, days=1.0)),
    "does_not_fit": lambda: compute(req("throughput", "zh", accelerator="h100_sxm", gpus=2.0,
                                        model="gpt3_175b", precision="bf16")),
    "unknown_accelerator": lambda: (_ for _ in ()).throw(load().unknown("accelerator", "ZX9000")),
    "unknown_model": lambda: (_ for _ in ()).throw(load().unknown("model", "Claude 3")),
    "bad_assume": lambda: parse_assignments("frobnicate=3"),
    "bad_assume/precision": lambda: parse_assignments("precision=fp7"),
    "bad_assume/number": lambda: parse_assignments("queries=many"),
    "bad_extraction": lambda: validate({"intent": "poetry"}),
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_error_kinds_render_in_chinese(case):
    exc = _raises(ERRORS[case])
    assert exc.kind == case.split("/")[0]
    text = _zh(exc)
    if exc.kind in ("unknown_accelerator", "unknown_model"):
        assert ("ZX9000" in text) or ("Claude 3" in text)


@pytest.mark.parametrize("text", ["", "你好", "x" * 20_000])
def test_parser_errors_render_in_chinese(text):
    exc = _raises(lambda: parse(text))
    _zh(exc)


# ---- renderers ----

def _fig_result(lang: str) -> Result:
    return compute(req("fleet", lang, accelerator="h100_sxm", users=100e6))


def test_text_renderer_uses_chinese_unit_words_json_keeps_units():
    res = _fig_result("zh")
    text = calc_text(res, "zh")
    assert "张" in text and "台" in text and "次/秒" in text and "tokens/s" in text
    assert "GPUs" not in text and "servers" not in text and "queries/s" not in text
    assert fmt_value(90, "days", "zh") == "90天" and fmt_value(90, "days") == "90 days"
    assert fmt_value(3, "months", "zh") == "3个月" and fmt_value(2, "years", "zh") == "2年"
    assert fmt_value(5e6, "US$", "zh") == "5,000,000美元"
    d = to_dict(Answer(question="q", route="calc", lang="zh", result=res))
    units = {f["name"]: f["unit"] for f in d["calc"]["figures"]}
    assert units["gpus"] == "GPUs" and units["servers"] == "servers"
    assert d["calc"]["unused"] == [] and d["calc"]["alternatives"] == []
    assert isinstance(d["calc"]["inputs"], list)


def test_every_figure_unit_in_words_has_a_chinese_display():
    # "按该上限所需机柜数：171 racks" had been shown to Chinese readers; symbols stay as they are
    from bot.render.text import ZH_UNITS
    symbols = {"FLOP/s", "FLOPs", "TFLOP/s", "tokens/s", "GB", "TB", "US$", "RMB", "J", "kW", "MW", "%"}
    units: set[str] = set()
    for path in ROOT.glob("calc/*.py"):
        units |= set(re.findall(r'b\.fig\([^,]+,[^,]+,\s*"([^"]*)"', path.read_text(encoding="utf-8")))
    assert len(units) > 15          # the scan found the call sites
    assert sorted(u for u in units if re.search(r"[a-z]", u) and u not in ZH_UNITS and u not in symbols) == []


def test_unused_and_alternatives_in_every_renderer():
    base = _fig_result("zh")
    other = compute(req("fleet", "zh", accelerator="h200_sxm", users=100e6))
    res = Result(intent=base.intent, headline=base.headline, figures=base.figures,
                 assumptions=base.assumptions, steps=base.steps,
                 unused=(Unused("6.5 kW <每台>", "电力估算用不到这一项"),),
                 alternatives=(base, other))
    text = calc_text(res, "zh")
    assert "未使用的输入" in text and "没有使用“6.5 kW <每台>”" in text
    assert text.index("未使用的输入") < text.index("假设")
    assert other.headline in text and "各方案" in text
    tg = "\n".join(telegram.calc_messages(res, "zh"))
    assert "6.5 kW &lt;每台&gt;" in tg and "<每台>" not in tg and other.headline in tg
    sl = str(slack.calc_messages(res, "zh"))
    assert "6.5 kW &lt;每台&gt;" in sl and other.headline in sl
    d = to_dict(Answer(question="q", route="calc", lang="zh", result=res))
    assert d["calc"]["unused"] == [{"text": "6.5 kW <每台>", "reason": "电力估算用不到这一项"}]
    assert [a["headline"] for a in d["calc"]["alternatives"]] == [base.headline, other.headline]
    assert "alternatives" not in d["calc"]["alternatives"][0]
    en = calc_text(Result(intent="x", headline="h", figures=(Figure("gpus", 8, "GPUs", "g"),),
                          assumptions=(), steps=(), unused=(Unused("15 pings", "why"),)), "en")
    assert "Not used:" in en and "I did not use '15 pings': why." in en


def test_error_suggestions_in_json():
    exc = load().unknown("accelerator", "H1000")
    from bot.core.conversation import _err

    info = _err(exc, "zh")
    assert isinstance(info, ErrorInfo) and info.suggestions == exc.suggestions
    assert CJK.search(info.message)
    d = to_dict(Answer(question="q", route="calc", lang="zh", error=info))
    assert d["error"]["kind"] == "unknown_accelerator"
    assert d["error"]["suggestions"] == list(exc.suggestions)


def test_the_message_tables_define_each_key_once():
    """A key written twice in a dict literal silently keeps the last: one message would vanish."""
    import ast
    from collections import Counter

    tree = ast.parse((Path(__file__).parents[2] / "calc" / "text.py").read_text(encoding="utf-8"))
    tables = [n for n in ast.walk(tree) if isinstance(n, ast.Dict) and len(n.keys) > 20]
    assert tables
    for table in tables:
        counts = Counter(k.value for k in table.keys if isinstance(k, ast.Constant))
        assert [k for k, c in counts.items() if c > 1] == []


def test_small_amounts_are_written_without_an_exponent():
    from calc.text import tr
    line = tr("head.cost_per_mtok", "en", kind="output tokens", cost=0.132, per_q=6.6e-05, lout=500, model="Llama 3 8B", acc="L4",
              rate=0.8, busy="GPU fully busy")
    assert "US$0.000066 per query" in line and "e-05" not in line
