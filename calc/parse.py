"""Question text (English or Chinese) -> a calculator Request.

Deterministic and side-effect free. The text is normalized (NFKC, lower case, Chinese
numerals to digits), accelerator / model / server names are found and masked so their digits
are not read as quantities, then every number is given a role from the words around it
("25,000 H100s" -> gpu_count, "100M users" -> users, "$1.50/hr" -> rent_usd_per_hour).
The intent comes from keywords plus which roles were found.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from calc.catalog import Catalog, load
from calc.numbers import Num, find_numbers, replace_chinese_numerals
from calc.result import CalcError
from calc.vocabulary import KW, PRECISION, PRECISION_ZH, WORD_NUM, WORDS, role_of

MAX_QUESTION_CHARS = 2000
INTENTS = ("fleet", "throughput", "training", "capex", "power", "growth", "convert", "memory",
           "google_search")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Request:
    """What the calculator is asked: an intent and the parameters the user gave."""

    intent: str
    params: Mapping[str, float | str | bool] = field(default_factory=dict)
    given: frozenset[str] = frozenset()          # names that came from this question
    carried: frozenset[str] = frozenset()        # names carried over from the conversation
    lang: str = "en"
    from_llm: frozenset[str] = frozenset()       # names an LLM read from messy phrasing

    def origin(self, name: str) -> str | None:
        if name in self.from_llm:
            return "llm"
        if name in self.given:
            return "question"
        if name in self.carried:
            return "conversation"
        return None

    def to_dict(self) -> dict[str, object]:
        return {"intent": self.intent, "params": dict(self.params), "lang": self.lang}

    @staticmethod
    def from_dict(d: Mapping[str, object]) -> Request:
        params = d.get("params") or {}
        if not isinstance(params, Mapping):
            params = {}
        intent = str(d.get("intent", "fleet"))
        if intent not in INTENTS:
            intent = "fleet"
        clean = {str(k): v for k, v in params.items() if isinstance(v, (int, float, str, bool))}
        return Request(intent=intent, params=MappingProxyType(clean),
                       carried=frozenset(clean), lang=str(d.get("lang", "en")))

    def with_overrides(self, overrides: Mapping[str, float | str | bool]) -> Request:
        """Per-chat assumptions (/assume) apply where the question itself said nothing."""
        params = dict(self.params)
        carried = set(self.carried)
        for k, v in overrides.items():
            if k not in self.given:
                params[k] = v
                carried.add(k)
        return replace(self, params=MappingProxyType(params), carried=frozenset(carried))


def normalize(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower()
    t = t.replace("\u3000", " ")
    t = replace_chinese_numerals(t)
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)
    return WORDS.sub(lambda m: WORD_NUM[m.group(1)] + m.group(2), t)


@dataclass
class _Span:
    kind: str      # acc | model | server
    key: str
    start: int
    end: int


def _find_spans(t: str, cat: Catalog) -> list[_Span]:
    """Longest alias first; a span must not touch ASCII letters or digits on either side."""
    spaced = re.sub(r"[-_/]", " ", t)
    taken = [False] * len(t)
    spans: list[_Span] = []
    tables = [("server", cat.server_aliases()), ("model", cat.model_aliases()),
              ("acc", cat.accelerator_aliases())]
    candidates: list[tuple[int, str, str, str]] = []
    for kind, table in tables:
        for alias, key in table:
            candidates.append((len(alias), kind, alias, key))
    candidates.sort(key=lambda c: -c[0])
    for _, kind, alias, key in candidates:
        start = 0
        while True:
            i = spaced.find(alias, start)
            if i < 0:
                break
            j = i + len(alias)
            start = i + 1
            before = spaced[i - 1] if i > 0 else " "
            after = spaced[j] if j < len(spaced) else " "
            if after == "s" and (j + 1 >= len(spaced) or not spaced[j + 1].isascii()
                                 or not spaced[j + 1].isalnum()):
                j += 1
                after = " "
            if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                continue
            if any(taken[i:j]):
                continue
            for k in range(i, j):
                taken[k] = True
            spans.append(_Span(kind, key, i, j))
    spans.sort(key=lambda s: s.start)
    return spans


def _mask(t: str, spans: list[_Span]) -> str:
    chars = list(t)
    marks = {"acc": "#", "model": "@", "server": "&"}
    for s in spans:
        for k in range(s.start, s.end):
            chars[k] = marks[s.kind]
    masked = "".join(chars)
    return PRECISION.sub(lambda m: "~" * len(m.group(0)), masked)


@dataclass
class _Found:
    roles: dict[str, list[float]] = field(default_factory=dict)
    acc: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    servers: list[str] = field(default_factory=list)
    precision: str | None = None
    nums: list[Num] = field(default_factory=list)
    masked: str = ""

    def first(self, role: str) -> float | None:
        vals = self.roles.get(role)
        return vals[0] if vals else None


def _check_value(v: float) -> None:
    if math.isnan(v) or math.isinf(v) or abs(v) > 1e40:
        raise CalcError("bad_number", "That number is too large to be meaningful here.",
                        "Use a realistic quantity, e.g. '100M users' or '25,000 H100s'.")


def _extract(text: str, cat: Catalog) -> tuple[str, _Found]:
    t = normalize(text)
    spans = _find_spans(t, cat)
    masked = _mask(t, spans)
    found = _Found()
    for s in spans:
        {"acc": found.acc, "model": found.models, "server": found.servers}[s.kind].append(s.key)
    pm = PRECISION.search(t)
    if pm:
        p = pm.group(1).replace(" ", "")
        found.precision = {"int4": "fp4", "nvfp4": "fp4", "mxfp4": "fp4"}.get(p, p)
    else:
        for word, p in PRECISION_ZH.items():
            if word in t:
                found.precision = p
    found.masked = masked
    for n in find_numbers(masked):
        _check_value(n.value)
        found.nums.append(n)
        negative = n.start > 0 and masked[n.start - 1] == "-" and (
            n.start < 2 or not masked[n.start - 2].isalnum())
        role = role_of(masked, n)
        value = -n.value if negative else n.value
        found.roles.setdefault(role, []).append(value)
    return t, found


def _kw(name: str, t: str) -> bool:
    return bool(KW[name].search(t))


def parse(text: str, previous: Request | None = None, catalog: Catalog | None = None) -> Request:
    """Read a question. Raises CalcError(not_numeric) when nothing here is for the calculator."""
    cat = catalog or load()
    if len(text) > MAX_QUESTION_CHARS:
        raise CalcError("too_long", f"That message is {len(text):,} characters; I read questions "
                        f"of up to {MAX_QUESTION_CHARS:,}.",
                        "Ask one question at a time, e.g. 'how many H100s for 100M users?'")
    clean = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    if not clean.strip():
        raise CalcError("empty", "I did not get a question.",
                        "Try 'how many H100s for 100M users?' or 'what did GPT-3 cost to train?'")
    t, f = _extract(clean, cat)
    lang = "zh" if _CJK.search(t) else "en"
    params: dict[str, float | str | bool] = {}
    _fill_params(t, f, params)
    intent = _intent(t, f, params)
    if intent is None:
        if previous is not None and params:
            merged = dict(previous.params)
            merged.update(params)
            return Request(intent=previous.intent, params=MappingProxyType(merged),
                           given=frozenset(params),
                           carried=frozenset(k for k in previous.params if k not in params),
                           lang=lang)
        raise CalcError("not_numeric", "That does not look like a numeric question.",
                        "Ask e.g. 'how many H100s for 100M users?', 'what did GPT-3 cost to "
                        "train?' or 'what do 25,000 H100s cost in RMB?'")
    return Request(intent=intent, params=MappingProxyType(params), given=frozenset(params),
                   lang=lang)


def _fill_params(t: str, f: _Found, p: dict[str, float | str | bool]) -> None:
    if f.acc:
        p["accelerator"] = f.acc[0]
    if f.servers:
        p["server"] = f.servers[0]
        if "accelerator" not in p:
            p["accelerator"] = load().servers[f.servers[0]].gpu
    if f.models:
        p["model"] = f.models[0]
    if f.precision:
        p["precision"] = f.precision
    simple = {"gpu_count": "gpus", "servers": "servers", "users": "users", "qps": "qps",
              "queries_per_user": "queries_per_user", "gpu_hours": "gpu_hours",
              "gpu_years": "gpu_years", "electricity_usd_per_kwh": "electricity_usd_per_kwh",
              "rent_usd_per_hour": "rent_usd_per_hour", "price_usd": "price_usd",
              "price_cny": "price_cny", "budget_usd": "budget_usd", "budget_cny": "budget_cny",
              "flops": "train_flops", "capacity_flops": "capacity_flops",
              "gpu_tflops": "gpu_tflops", "pue": "pue", "peak_factor": "peak_factor",
              "tpot_ms": "tpot_ms", "usd_cny": "usd_cny", "dram_multiple": "hbm_multiple",
              "tokens_per_s_observed": "observed_tokens_per_s", "context_tokens": "input_tokens",
              "power_mw": "power_mw"}
    for role, name in simple.items():
        v = f.first(role)
        if v is not None:
            p[name] = v
    if f.first("power_kw") is not None:
        p["power_mw"] = f.first("power_kw") / 1000  # type: ignore[operator]
    if f.first("rent_cny_per_hour") is not None:
        p["rent_cny_per_hour"] = f.first("rent_cny_per_hour")  # type: ignore[assignment]
    # capacity given with its unit prefix
    m = re.search(r"(\d[\d.,e+]*)\s*(e|exa|p|peta)\s*flop", t)
    if "capacity_flops" in p and m:
        prefix = m.group(2)
        p["capacity_flops"] = float(p["capacity_flops"]) * (1e18 if prefix.startswith("e") else 1e15)
    if "gpu_tflops" in p:
        p["gpu_tflops"] = float(p["gpu_tflops"])
    if f.first("mfu") is not None:
        p["mfu"] = f.first("mfu") / 100  # type: ignore[operator]
    if f.first("rate_pct_year") is not None:
        p["growth_rate_year"] = f.first("rate_pct_year") / 100  # type: ignore[operator]
    # parameters of an ad-hoc model
    if f.first("params_total") is not None:
        p["params"] = f.first("params_total")  # type: ignore[assignment]
    if f.first("params") is not None and "params" not in p:
        p["params"] = f.first("params")  # type: ignore[assignment]
    if f.first("params_active") is not None:
        p["active_params"] = f.first("params_active")  # type: ignore[assignment]
    # tokens: training-sized counts, per-query input/output
    for v in f.roles.get("tokens", []):
        _token_role(t, v, p)
    if _kw("monthly", t) and "users" in p:
        p["monthly_users"] = True
    elif _kw("weekly", t) and "users" in p:
        p["weekly_users"] = True
    span = re.search(r"(?:\bfrom\b|从)(.{0,30}?)(?:\bto\b|到)", f.masked)
    if span and re.search(r"users?|用户|人", t):
        a = next((n for n in f.nums if span.start(1) <= n.start < span.end(1)), None)
        z = next((n for n in f.nums if n.start >= span.end()), None)
        if a is not None and z is not None:
            p["users"], p["users_to"] = a.value, z.value
    if _kw("recompute", t):
        p["recompute"] = True
    if re.search(r"chinchilla|compute[- ]optimal|计算最优", t):
        p["compute_optimal"] = True
    if re.search(r"rmb|yuan|cny|元|人民币|¥", t):
        p["currency"] = "cny"
    elif re.search(r"usd|dollar|美元|\$", t):
        p["currency"] = "usd"
    _time_params(t, f, p)
    if f.first("factor") is not None:
        p["factor"] = f.first("factor")  # type: ignore[assignment]
    rng = re.search(r"(\d+(?:\.\d+)?)\s*(?:-|–|to|~|到)\s*(\d+(?:\.\d+)?)\s*(?:x|×|times|倍)", t)
    if rng and "hbm_multiple" in p:
        lo, hi = sorted((float(rng.group(1)), float(rng.group(2))))
        p["hbm_multiple"], p["hbm_multiple_high"] = lo, hi


def _token_role(t: str, v: float, p: dict[str, float | str | bool]) -> None:
    train_ctx = re.search(r"train|训练|on\s+[\d.,]+\s*[tbm]?\s*tokens|chinchilla", t)
    if v >= 1e9 or (train_ctx and v >= 1e7):
        p["train_tokens"] = v
        return
    out_ctx = re.search(r"(output|answer|response|generat|completion|输出|回答|生成)[^.?!]{0,20}"
                        + re.escape(_fmt(v)) + r"|" + re.escape(_fmt(v))
                        + r"[^.?!]{0,12}(output|answer|response|generat|completion|输出|回答|生成)",
                        t.replace(",", ""))
    in_ctx = re.search(r"(input|prompt|context|输入|提示|上下文)[^.?!]{0,20}" + re.escape(_fmt(v))
                       + r"|" + re.escape(_fmt(v)) + r"[^.?!]{0,12}(input|prompt|context|输入|提示)",
                       t.replace(",", ""))
    if in_ctx and not out_ctx and "input_tokens" not in p:
        p["input_tokens"] = v
    elif "output_tokens" not in p:
        p["output_tokens"] = v
    else:
        p["input_tokens"] = v


def _fmt(v: float) -> str:
    return f"{v:g}" if v < 1e6 else f"{v:.0f}"


def _time_params(t: str, f: _Found, p: dict[str, float | str | bool]) -> None:
    months: list[float] = []
    for role, mult in (("days", 1 / 30.4375), ("weeks", 7 / 30.4375), ("months", 1.0),
                       ("years", 12.0), ("hours", 1 / 730.5)):
        for v in f.roles.get(role, []):
            months.append(v * mult)
            if role == "days":
                p.setdefault("days", v)
            if role == "hours":
                p.setdefault("hours", v)
    doubling = re.search(r"(?:doubl\w*|翻倍|翻番|翻一番)\s*(?:every|each|in|per|=|:)?\s*(\d[\d.]*)\s*"
                         r"(months?|个月|月|years?|年|days?|天)"
                         r"|(?:every|each|每)\s*(\d[\d.]*)\s*(months?|个月|月|years?|年|days?|天)"
                         r"[^.?!,，]{0,12}(?:doubl|翻倍|翻番|翻一番)", t)
    if doubling:
        num = float(doubling.group(1) or doubling.group(3))
        unit = doubling.group(2) or doubling.group(4)
        d = num * (12 if unit.startswith(("y", "年")) else 1 / 30.4375 if unit.startswith(("d", "天")) else 1)
        p["doubling_months"] = d
        rest = [m for m in months if not math.isclose(m, d)]
        if rest:
            p["period_months"] = rest[0]
    elif months:
        p["period_months"] = months[0]


def _intent(t: str, f: _Found, p: dict[str, float | str | bool]) -> str | None:
    has = p.__contains__
    if _kw("google", t) and re.search(r"search|搜索|query|queries", t):
        return "google_search"
    if has("doubling_months") or (has("growth_rate_year") and (has("period_months") or has("factor"))):
        return "growth"
    if has("users_to") and has("period_months") and not has("accelerator"):
        return "growth"
    if has("power_mw") and not (has("users") or has("qps") or has("gpus") or has("servers")):
        return "power"
    if _kw("growth", t) and has("factor") and not has("gpus"):
        return "growth"
    if has("capacity_flops"):
        return "convert"
    if (has("train_tokens") or has("train_flops") or has("gpu_years") or has("gpu_hours")
            or has("mfu") or has("observed_tokens_per_s") or has("gpu_tflops")
            or _kw("train", t)) and not has("users") and not has("qps"):
        return "training"
    if _kw("fit", t) or (_kw("hbm", t) and not has("users") and not has("qps")):
        return "memory"
    if (has("users") or has("qps")) and (has("accelerator") or _kw("how_many", t) or _kw("need", t)):
        return "fleet"
    if _kw("power", t) and (has("gpus") or has("servers") or has("power_mw")):
        return "power"
    if (has("budget_usd") or has("budget_cny")) and has("accelerator"):
        return "capex"
    if (has("gpus") or has("servers")) and (_kw("cost", t) or has("price_usd") or has("price_cny")):
        return "capex"
    if (has("gpus") or has("servers")) and (has("model") or has("params")) and (
            _kw("throughput", t) or _kw("how_many", t) or "token" in t):
        return "throughput"
    if has("accelerator") and _kw("how_many", t) and _kw("serve", t):
        return "fleet"
    if (has("gpus") or has("servers")) and _kw("power", t):
        return "power"
    if has("model") and has("accelerator") and _kw("throughput", t):
        return "throughput"
    if has("accelerator") and _kw("how_many", t) and not _kw("question_words", t):
        return "fleet"
    return None
