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

MAX_QUESTION_CHARS = 2000
INTENTS = ("fleet", "throughput", "training", "capex", "power", "growth", "convert", "memory",
           "google_search")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PRECISION = re.compile(r"(?<![a-z0-9])(fp32|tf32|fp16|bf16|fp8|int8|fp4|int4|nvfp4|mxfp4|fp 8|fp 16)(?![0-9])")
_PRECISION_ZH = {"半精度": "fp16", "单精度": "fp32"}


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
    return _WORDS.sub(lambda m: _WORD_NUM[m.group(1)] + m.group(2), t)


_WORD_NUM = {"one": "1", "a single": "1", "single": "1", "two": "2", "three": "3", "four": "4",
             "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
             "twelve": "12", "sixteen": "16", "a dozen": "12"}
# only before a device word, so "one doubling" or "at one point" stay words
_WORDS = re.compile(r"\b(" + "|".join(sorted(_WORD_NUM, key=len, reverse=True)) +
                    r")(\s+(?:[a-z]+\s+)?(?:[hbalgmrt][a-z]*\d|gpus?|accelerators?|cards?|chips?|"
                    r"servers?|nodes?|tpus?|gaudi|mi\d))")


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
    return _PRECISION.sub(lambda m: "~" * len(m.group(0)), masked)


# ---- number roles: (role, tail pattern, head pattern). First match wins. ----
_T = r"^\s*"
# An optional fourth pattern must also match the tail when the head pattern is what matched.
_ROLES: list[tuple[str, str | None, str | None] | tuple[str, str | None, str | None, str]] = [
    ("usd_cny", _T + r"(?:rmb|yuan|cny|元|人民币)\s*(?:per|/|to the|to a|a|兑)\s*(?:usd|dollar|美元)", None),
    ("gpu_hours", _T + r"(?:#+\s*)?(?:gpu|accelerator|卡)?\s*(?:hours?|hrs?|小时|时)\b(?!.{0,12}(?:/|per)\s*(?:gpu|#))", r"(?:gpu|卡)\s*$"),
    ("gpu_hours", _T + r"(?:#+\s*)?(?:gpu\s*hours?|gpu[- ]?h\b|卡时|gpu时|卡小时)", None),
    ("gpu_years", _T + r"(?:#+\s*)?(?:gpu\s*years?|卡年)", None),
    ("gpu_count", _T + r"(?:x\s*|×\s*|张|块|片|颗|个|台|units? of |more )?#", None),
    ("gpu_count", _T + r"(?:gpus?|accelerators?|cards?|chips?|张卡|块卡|卡|张显卡|块gpu|张gpu|个gpu)(?![a-z-])(?!\s*(?:hours?|years?|days?|h\b))", None),
    ("servers", _T + r"(?:台|个|x\s*)?&", None),
    ("servers", _T + r"(?:servers?|nodes?|racks?|台服务器|服务器|个节点)", None),
    ("electricity_usd_per_kwh", _T + r"(?:usd|dollars?|美元|cents?)?\s*(?:/|per|a|每)\s*kwh", None),
    ("rent_usd_per_hour", _T + r"(?:usd|dollars?|美元|美金)?\s*(?:/|per|an|a|each|every|每)\s*(?:#+\s*|gpu\s*|accelerator\s*|卡)?(?:hours?|hr|h\b|小时)", None),
    ("rent_cny_per_hour", _T + r"(?:rmb|yuan|cny|元|块钱?)\s*(?:/|per|an|a|每)\s*(?:#+\s*|gpu\s*|卡)?(?:hours?|hr|h\b|小时)", None),
    ("price_cny", _T + r"(?:rmb|yuan|cny|元|块钱|人民币)\s*(?:each|apiece|per\b|a (?:chip|gpu|card|piece|unit)|/\s*(?:chip|gpu|card)|一张|每张|每块|一块)", r"(?:单价|每张|每块|一张|一块)\s*(?:rmb|¥)?\s*$"),
    ("price_usd", _T + r"(?:usd|dollars?|美元|美金)?\s*(?:each|apiece|per (?:chip|gpu|card|unit|accelerator|server)|a (?:chip|gpu|card|piece|unit)|/\s*(?:chip|gpu|card)|一张|每张|每块)", None),
    ("price_cny", None, r"(?:at|@|单价)\s*(?:¥|rmb|cny)\s*$"),
    ("budget_cny", _T + r"(?:rmb|yuan|cny|元|人民币)", r"(?:¥|rmb|cny)\s*$"),
    ("budget_usd", _T + r"(?:usd|dollars?|美元|美金)", r"\$\s*$"),
    ("users", _T + r"(?:daily |monthly |weekly )?(?:active )?(?:users?|people|persons|dau|mau|customers|subscribers|用户|人|个用户|名用户|日活|月活|位用户)", r"(?:日活|月活|dau|mau|users?\s*(?:of|=|:))\s*$"),
    ("qps", _T + r"(?:queries|requests|searches|questions|prompts|次(?:查询|请求|搜索)?)?\s*(?:per second|a second|/\s*s(?:ec)?\b|每秒)", r"(?:每秒|qps\s*(?:of|=|:)?)\s*$"),
    ("qps", _T + r"qps\b", None),
    ("queries_per_user", _T + r"(?:queries|questions|requests|prompts|messages|searches|chats|conversations|次|条|个问题)", r"(?:每人每天|每人|每天|每用户|每个用户每天|queries per user\s*(?:of|=|:)?|queries\s*(?:=|:))\s*$"),
    ("tokens_per_s_observed", _T + r"(?:tokens?|tok)\s*(?:/\s*s(?:ec)?\b|per second|a second|每秒)", None),
    ("tokens", _T + r"(?:input |prompt |output |generated |answer |response |training |context )?(?:tokens?|个?token|词元)", None),
    ("context_tokens", _T + r"(?:context|上下文)", None),
    ("params_active", _T + r"(?:parameters? |params? )?(?:active|activated|激活)", None),
    ("params_total", _T + r"(?:parameters? |params? )?(?:total|总)", None),
    ("params", _T + r"(?:parameters?|params|参数)", None),
    ("params", _T + r"(?:dense |moe |llm |language |chat )?(?:models?|llms?|模型|大模型|参数模型)", None),
    ("params", _T + r"(?:moe|mixture[- ]of[- ]experts)\b", None),
    ("mfu", _T + r"%\s*(?:mfu|model flops utili[sz]ation|utili[sz]ation|efficiency|利用率|算力利用率)", r"(?:mfu|utili[sz]ation|利用率)\s*(?:of|=|:|at|is)?\s*$", _T + "%"),
    ("rate_pct_year", _T + r"%\s*(?:a|per|each|every|/|yoy|annual|annually|year)", r"(?:每年|年增长|年增|grows?|growing|growth of)\s*(?:by|at|of)?\s*$", _T + "%"),
    ("capacity_flops", _T + r"(?:e|exa|p|peta)\s*flop", None),
    ("gpu_tflops", _T + r"(?:t|tera)\s*flop", None),
    ("flops", _T + r"flops?\b(?!\s*/\s*s)", None),
    ("power_mw", _T + r"(?:mw|megawatts?|兆瓦)", None),
    ("power_kw", _T + r"(?:kw|kilowatts?|千瓦)(?!h)", None),
    ("tpot_ms", _T + r"ms\b", None),
    ("days", _T + r"(?:days?|天|日)(?![a-z])", None),
    ("hours", _T + r"(?:hours?|hrs?|小时)", None),
    ("weeks", _T + r"(?:weeks?|周|星期)", None),
    ("months", _T + r"(?:months?|mo\b|个月|月)", None),
    ("years", _T + r"(?:years?|yrs?|年)", None),
    ("dram_multiple", _T + r"(?:x|×|times|倍)\s*(?:the price of |of |ordinary |普通)?\s*(?:dram|内存)", None),
    ("factor", _T + r"(?:x|×|times|倍)(?![a-z])", None),
    ("pue", None, r"pue\s*(?:of|=|:|at|is)?\s*$"),
    ("peak_factor", None, r"(?:peak(?:[- ]to[- ]average)?(?: factor| ratio)?|峰值(?:系数|倍数)?)\s*(?:of|=|:|is)?\s*$"),
    ("peak_factor", _T + r"(?:x\s*)?(?:peak|峰值)", None),
    ("percent", _T + r"%", None),
]
_ROLES_C = [(r[0], re.compile(r[1]) if r[1] else None, re.compile(r[2]) if r[2] else None,
             re.compile(r[3]) if len(r) > 3 and r[3] else None)
            for r in _ROLES]


def _role(masked: str, n: Num) -> str:
    tail = masked[n.end:n.end + 48]
    head = masked[max(0, n.start - 24):n.start]
    for role, tre, hre, need in _ROLES_C:
        if tre is not None and tre.search(tail):
            return role
        if hre is not None and hre.search(head) and (need is None or need.search(tail)):
            return role
    return "number"


_KW = {
    "google": re.compile(r"google|谷歌|every search|每次搜索|搜索引擎"),
    "train": re.compile(r"train|训练|pre-?train|预训练|gpu[- ]?years?|gpu[- ]?hours?|卡时|\bmfu\b|chinchilla|compute[- ]optimal"),
    "fit": re.compile(r"\bfit|fits\b|\b(?:can|could) (?:i|we|you) (?:run|serve|host|load)\b|\brun (?:it )?on\b|跑得动|能跑|能不能跑|装得下|放得下|放下|装下|能放|显存够|内存够|enough memory|enough vram|how much (?:memory|vram|hbm)|多少显存|多少内存|kv cache"),
    "hbm": re.compile(r"\bhbm\b|高带宽内存"),
    "growth": re.compile(r"doubl|翻倍|翻番|翻一番|grow|增长|增加到|how long (?:until|to reach|does it take)|多久"),
    "cost": re.compile(r"cost|price|spend|buy|pay|capex|budget|expensive|afford|多少钱|成本|价格|花费|花多少|买|费用|投资|\$|¥|rmb|yuan|usd|元|美元"),
    "power": re.compile(r"\bpower\b|electric|energy|\bmw\b|\bkw\b|kwh|watts?|电力|功耗|耗电|用电|能耗|电费|\bwh\b"),
    "throughput": re.compile(r"throughput|tokens?\s*(?:/\s*s|per second)|tok/s|吞吐|每秒.{0,4}token|serve|服务|跑多快|how fast|速度"),
    "serve": re.compile(r"serve|users?|用户|日活|月活|\bdau\b|\bmau\b|qps|queries per|服务"),
    "convert": re.compile(r"equal|equivalent|相当于|等于|等同|how many .{0,20}(?:make|match|for)\s*\d|\beflops\b|\bpflops\b"),
    "monthly": re.compile(r"monthly|\bmau\b|月活|每月活跃|per month active"),
    "weekly": re.compile(r"weekly|\bwau\b|周活|每周活跃"),
    "recompute": re.compile(r"recomput|checkpointing|重计算"),
    "how_many": re.compile(r"how many|多少|几张|几台|几块|number of"),
    "need": re.compile(r"\bneed|required?\b|serve|support|size|sizing|fleet|cost|需要|支撑|支持|服务|部署"),
    "time_q": re.compile(r"how (?:long|many days|many hours|many weeks|many months)|多久|多长时间|几天|多少天|多少个月"),
    "question_words": re.compile(r"why|explain|what is|what are|how does|为什么|解释|是什么|怎么看|影响"),
}


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


def _check_value(role: str, v: float) -> None:
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
    pm = _PRECISION.search(t)
    if pm:
        p = pm.group(1).replace(" ", "")
        found.precision = {"int4": "fp4", "nvfp4": "fp4", "mxfp4": "fp4"}.get(p, p)
    else:
        for word, p in _PRECISION_ZH.items():
            if word in t:
                found.precision = p
    found.masked = masked
    for n in find_numbers(masked):
        _check_value("n", n.value)
        found.nums.append(n)
        negative = n.start > 0 and masked[n.start - 1] == "-" and (
            n.start < 2 or not masked[n.start - 2].isalnum())
        role = _role(masked, n)
        value = -n.value if negative else n.value
        found.roles.setdefault(role, []).append(value)
    return t, found


def _kw(name: str, t: str) -> bool:
    return bool(_KW[name].search(t))


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
