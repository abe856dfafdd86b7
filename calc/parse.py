"""Question text (English or Chinese) -> a calculator Request, with every stated span accounted.

Deterministic and side-effect free. The pipeline (see calc/vocabulary.py for the words):
1. normalize (NFKC, lower case, full-width -> ASCII), keeping each character's position in the
   original so spans are quoted as the user wrote them;
2. names: catalog accelerators, servers and models, and unknown name-like words (calc/names.py);
3. numbers, with Chinese numerals read inside number spans only (calc/numbers.py);
4. each number gets a role from its unit and the words next to it, and is resolved to exactly
   one registry parameter (calc/data/parameters.toml), converting units with pint
   (calc/units.py);
5. the intent from keywords and which parameters were found.
Every span becomes a `Stated` on the Request; after computing, calc.engine reports the ones
the calculation did not read as `unused`, with the reason. A second value for the same
parameter is never dropped: two accelerators, models or precisions are a comparison, several
"N x accelerator" groups a fleet mix, anything else a named duplicate.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType

from calc import keyvalue, readings, registry, units
from calc.catalog import Catalog, load
from calc.intent import (
    ASKS_QPS,
    ASKS_RATE,
    CLAIM,
    HOURLY_ASKED,
    MORE,
    MORE_COUNT,
    PAYS_BACK,
    PER_CARD_ASKED,
    PERIOD_SAID,
    PRICE_GROWS,
    TRAIN_SAID,
    intent_of,
)
from calc.names import NameSpan, find_names, mask, unknown_error
from calc.numbers import NOT_A_QUANTITY, Covered, Normalized, Num, chinese_numeral, find_numbers, normalize
from calc.result import CalcError
from calc.text import lang_of
from calc.vocabulary import (
    CLAUSE,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    EACH,
    INPUT_WORDS,
    KW,
    NAME_PARAMS,
    NO_RATE_PRECISIONS,
    OUTPUT_WORDS,
    PER_GPU,
    PER_GPU_RATE,
    PER_SERVER,
    PRECISION,
    PRECISION_WORDS,
    PRECISION_ZH,
    role_of,
)

MAX_QUESTION_CHARS = 2000
INTENTS = ("fleet", "throughput", "training", "capex", "power", "energy", "growth", "convert",
           "memory", "google_search")
_CJK = re.compile(r"[\u4e00-\u9fff]")
Value = float | str | bool


@dataclass(frozen=True)
class Stated:
    """One thing the user stated: a quantity or a name, as written, and the parameter it was
    read as (None when its meaning could not be told). `note` is "duplicate" for a second
    value of a parameter that is not a comparison."""

    text: str
    param: str | None
    value: Value | None = None
    note: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Request:
    """What the calculator is asked: an intent and the parameters the user gave."""

    intent: str
    params: Mapping[str, Value] = field(default_factory=dict)
    given: frozenset[str] = frozenset()          # names that came from this question
    carried: frozenset[str] = frozenset()        # names carried over from the conversation
    lang: str = "en"
    from_llm: frozenset[str] = frozenset()       # names an LLM read from messy phrasing
    stated: tuple[Stated, ...] = ()              # every span of this question
    # a comparison or a fleet mix: parameter overlays, one per option, in the order stated
    options: tuple[Mapping[str, Value], ...] = ()
    combine: str = ""                            # "compare" | "sum"
    derived: frozenset[str] = frozenset()        # grown from a stated value (calc/projection.py)
    scaled: tuple[str, float] | None = None      # a follow-up's "what if users double?"

    def origin(self, name: str) -> str | None:
        if name in self.derived:
            return "derived"
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

    def with_overrides(self, overrides: Mapping[str, Value]) -> Request:
        """Per-chat assumptions (/assume) apply where the question itself said nothing."""
        params = dict(self.params)
        carried = set(self.carried)
        for k, v in overrides.items():
            if k not in self.given:
                params[k] = v
                carried.add(k)
        return replace(self, params=MappingProxyType(params), carried=frozenset(carried))

    def option(self, overlay: Mapping[str, Value]) -> Request:
        params = {**self.params, **overlay}
        for rival in _RIVALS.get(next(iter(overlay), ""), ()):
            if rival not in overlay:
                params.pop(rival, None)  # "2x a year … or doubling every 6 months": one each
        return replace(self, params=MappingProxyType(params), options=(), combine="",
                       given=self.given | frozenset(overlay))


# parameters that are alternatives to each other: an option stating one drops the other
_RIVALS = {"growth_rate_year": ("doubling_months",), "doubling_months": ("growth_rate_year",),
           "electricity_usd_per_kwh": ("electricity_cny_per_kwh",),
           "electricity_cny_per_kwh": ("electricity_usd_per_kwh",),
           # cards at their price against servers at theirs: each option its own
           "price_usd": ("server", "server_price_usd"), "price_cny": ("server", "server_price_cny"),
           "server_price_usd": ("price_usd",), "server_price_cny": ("price_cny",)}
_TOKEN_PARAMS = ("input_tokens", "output_tokens", "train_tokens")
_TOKEN_WORD = re.compile(r"\s*个?(?:tokens?|toks?)(?![a-z])")


@dataclass
class _Reading:
    """The parser's working state for one question."""

    norm: Normalized
    masked: str
    names: list[NameSpan]
    stated: list[Stated] = field(default_factory=list)
    params: dict[str, Value] = field(default_factory=dict)
    pending: list[tuple[str, Num, int, int, float]] = field(default_factory=list)
    ones: list[tuple[int, int, str]] = field(default_factory=list)   # "一张", "一小时": what a rate is per
    vague: dict[int, float] = field(default_factory=dict)   # "十几亿": start -> the upper end
    joined: set[str] = field(default_factory=set)   # counts given two values "from … to", "vs"

    @property
    def t(self) -> str:
        return self.norm.text

    def stated_at(self, pos: int) -> bool:
        """Whether position `pos` already lies in a stated span."""
        return any(st.start <= pos < st.end for st in self.stated)

    def _card_after(self, pos: int) -> str | None:
        """The accelerator named right after position `pos` ("1 MI300X"), if one is."""
        at = pos + len(self.t[pos:]) - len(self.t[pos:].lstrip(" x×"))
        return next((n.key for n in self.names if n.kind == "acc" and n.start == at), None)

    def _each_before_own_card(self, param: str, value: float, b: int) -> bool:
        """"fit on 1 MI300X … what about on 2 L40S?": two counts each before its own card are two
        fleets compared, not the one described and then the count."""
        first = next((s for s in self.stated if s.param == param and s.value == 1), None)
        if param != "gpus" or first is None or not float(value).is_integer() \
                or _WORTH.search(self.t[first.end:b]):
            return False
        one, other = self._card_after(first.end), self._card_after(b)
        return one is not None and other is not None and one != other

    def add(self, param: str | None, value: Value | None, a: int, b: int, note: str = "") -> None:
        """Record a span; the first value of a parameter is the one used."""
        if param in _TOKEN_PARAMS and (unit := _TOKEN_WORD.match(self.t, b)):
            b = unit.end()               # "上下文4千token": the unit word is part of the span
        text = self.norm.quote(a, b)
        if param is not None and note == "":
            if param in ("gpus", "servers", "gpu_hours") and self.params.get(param) == 1 \
                    and value != 1 and not self._each_before_own_card(param, float(value or 0), b):
                # "a DGX H100 draws 10.2 kW; 500 of them": the one described, then the count
                self.params[param] = value  # type: ignore[assignment]
                self.stated = [replace(s, note="one_unit") if s.param == param else s
                               for s in self.stated]
            elif param in self.params and self.params[param] != value:
                note = "duplicate"
            else:
                self.params[param] = value  # type: ignore[assignment]
        self.stated.append(Stated(text, param, value, note, a, b))


def parse(text: str, previous: Request | None = None, catalog: Catalog | None = None) -> Request:
    """Read a question. Raises CalcError(not_numeric) when nothing here is for the calculator,
    and unknown_accelerator / unknown_model for a name the catalog does not have."""
    cat = catalog or load()
    if len(text) > MAX_QUESTION_CHARS:
        raise CalcError("too_long", "err.too_long", hint_key="hint.one_question", n=len(text),
                        limit=MAX_QUESTION_CHARS)
    clean = text if text.isprintable() else \
        "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    if not clean.strip():
        raise CalcError("empty", "err.empty", hint_key="hint.ask_example")
    norm = keyvalue.rewrite(_percent_words(normalize(clean)))
    names = find_names(norm.text, cat, norm.original)
    masked = _mask_precision(mask(norm.text, names))
    r = _Reading(norm=norm, masked=masked, names=names)
    lang = lang_of(text)
    options = _read_names(r, cat)
    _read_numbers(r)
    readings.corrections(r)
    readings.vague_yields(r)
    _resolve_pending(r, None, first_pass=True)
    readings.ranges(r)
    readings.value_lists(r)
    readings.listed_pair(r)
    readings.versus(r)
    readings.subject_pairs(r)
    readings.what_if_to(r)
    readings.second_price(r)
    readings.users_from_to(r)
    _promote_orphans(r)
    _batch_beside_load(r)
    _cap_each_replica(r)
    _gpus_of_each_replica(r)
    _exact_in_brackets(r)
    _share_list_roles(r)
    _derived(r)
    seen = dict(r.params)
    if "params" not in seen and "model" not in seen and any(q[0] == "size" for q in r.pending):
        seen["params"] = "?"                     # "70b fp16 how many a100": a size waiting to be read
    if any(s.kind == "unknown_model" for s in names):
        seen.setdefault("model", "?")            # an unknown model still shapes the intent
    if any(s.kind == "unknown_acc" for s in names):
        seen.setdefault("accelerator", "?")
    if _MATCH.search(r.t) and not _MEMORY_PRICE.intersection(r.params) and \
            len({k for p, k, _ in options if p == "accelerator"}) == 2 and (
            "gpus" in r.params or "servers" in r.params or _ONE_NAMED.search(r.masked)) \
            and not KW["train"].search(r.t) and (
            _STRICT_MATCH.search(r.t) or not (KW["power"].search(r.t) or KW["cost"].search(r.t))):
        seen.setdefault("match_accelerator", "?")   # "137 A100s in H100 equivalents"
        one = _ONE_NAMED.search(r.masked)
        if "gpus" not in r.params and "servers" not in r.params and one is not None:
            # "what's a TPU v6e worth in H100s?": one of the first named is the count matched
            r.add("gpus", 1.0, one.start(), one.end() - 1)
    if ("days" in r.params or any(p[0] in _DURATIONS for p in r.pending)) and _REDO.search(r.t) and len(
            {k for p, k, _ in options if p == "accelerator"}) == 2 and (sum(
            s.param in ("gpus", "servers") for s in r.stated) == 2 or (
                _SAME_COUNT.search(r.t) and _TOOK.search(r.t)
                and _HOW_LONG_ASKED.search(r.t))):
        # "30 days on 512 A100s; on 256 H100s?", "6.5 days on 32 V100s; rerun on A100, same card count"
        seen.setdefault("from_accelerator", "?")
    if "server" in r.params and "gpus" not in r.params and "servers" not in r.params and \
            _ONE_SERVER.search(r.masked):
        seen.setdefault("servers", 1.0)             # "一个GB200 NVL72机柜…": one unit, a fleet
    intent = intent_of(r.t, seen)
    _resolve_pending(r, intent)
    if intent == "power" and "accelerator" in r.params and not any(
            k in r.params for k in ("gpus", "servers", "power_mw", "budget_usd", "budget_cny")):
        r.params["one_gpu"] = True       # "H100一年电费？": one card's
    if intent == "capex" and not any(k in r.params for k in ("gpus", "servers", "budget_usd", "budget_cny",
                                                             "rent_usd_per_hour", "rent_cny_per_hour")):
        r.params["one_gpu"] = True       # "A100多少钱": one card's price
    big = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                and isinstance(st.value, float) and st.value >= 1e7
                and not re.search(r"张|块|卡|gpu|card|chip|accelerator|#", str(st.text).lower())), None)
    if big is not None and "users" not in r.params and re.search(r"\busers?\b|用户|日活|月活|周活", r.t) and \
            _USERS_NOW.search(r.t[max(0, big.start - 10):big.start]):
        # "国内大模型用户每年增长80%，现在6亿": six hundred million users, no fleet that size
        r.params["users"] = r.params.pop("gpus")
        r.stated = [replace(st, param="users") if st is big else st for st in r.stated]
        seen.pop("gpus", None)
        intent = intent_of(r.t, {**seen, **r.params})
    for st in [st for st in r.stated if st.param is None and st.note == "" and isinstance(st.value, float)]:
        # "Brief says ~80M, is that right?", "有人说5张就够，对吗": a figure the answer may compute
        if _CLAIM_BEFORE.search(r.t[max(0, st.start - 24):st.start]) or (
                CLAIM.search(r.t) and _CLAIM_RESULT.search(r.t[max(0, st.start - 16):st.start])):
            # "…买5000张就是6个亿，对吗", "文章写的是6500万", "So 1,000 racks = 120 MW and $3B, right?"
            r.stated = [replace(x, param="claimed_value") if x is st else x for x in r.stated]
    if CLAIM.search(r.t) and "model" in r.params and not any(k in r.params for k in (
            "gpus", "servers", "train_tokens", "gpu_hours", "price_usd", "price_cny", "rent_usd_per_hour",
            "rent_cny_per_hour")):
        # "Is it true that training GPT-3 cost less than $5 million?": the cost claimed, checked against
        # the run's, not a budget to spend
        for st in [x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == ""
                   and _CLAIM_RESULT.search(r.t[max(0, x.start - 24):x.start])]:
            r.params.pop(str(st.param), None)
            r.stated = [replace(x, param="claimed_value") if x is st else x for x in r.stated]
            intent = intent_of(r.t, {**seen, **r.params})
    if CLAIM.search(r.t) and ("gpus" in r.params or "servers" in r.params):
        for st in [x for x in r.stated if isinstance(x.value, float)
                   and _CLAIM_RESULT.search(r.t[max(0, x.start - 20):x.start])]:
            if st.param == "power_mw" and st.note == "" and r.params.get("power_mw") == st.value:
                # "1 million TPUs at 300 W … would need over 1 GW. does that math hold?": the
                # power claimed for the fleet, checked against the fleet's (not an envelope)
                r.params.pop("power_mw")
                intent = intent_of(r.t, {**seen, **r.params})
            elif st.param in ("gpus", "servers") and st.note == "duplicate":
                # "2024年用了1万张，到2027年就得1000万张？对吗": the count claimed for the end
                r.stated = [replace(x, param="claimed_value", note="") if x is st else x for x in r.stated]
    _all_in_stated(r)
    if intent == "growth" and "all_in_multiple" in r.params and "factor" not in r.params:
        # "整体投入按卡价 1.4 倍算": the 1.4 was a multiple of the price, not a growth
        seen.pop("factor", None)
        intent = intent_of(r.t, {**seen, **r.params}) or intent
    readings.ranges(r, shares_only=True)  # again: shares and durations read only with the intent
    readings.labelled_lines(r)
    readings.value_lists(r)
    readings.versus(r)                   # again: a share or a duration read only with the intent
    readings.subject_pairs(r)
    readings.it_to(r)
    readings.versus_far(r)
    readings.what_if_to(r)               # again: an MFU or a share read only with the intent
    readings.subject_to(r)
    readings.another_value(r)
    readings.fx_again(r)
    readings.factor_to(r)
    readings.again_bare(r)
    readings.than_other(r)
    readings.currency_twins(r)
    readings.bare_rent(r)
    readings.moved_rent(r)
    readings.box_size(r)
    readings.one_box_fleet(r)
    readings.base_count(r)
    readings.users_later(r)
    readings.cents_for_power(r, intent)
    readings.dau_tenths(r)
    readings.vague_left(r)
    if intent is None and r.params.keys() - seen.keys():
        # "年增长率从50%变成100%，现在10万张卡…": a pair read only now can make the question numeric
        intent = intent_of(r.t, {**seen, **r.params})
    if intent == "training" and "train_tokens" not in r.params and (
            "params" in r.params or "model" in r.params):
        bare = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                     and st.value >= 1e11 and re.match(r"[\d.,]+\s*(?:t|trillion|万亿)", str(st.text).lower())
                     and re.search(r"(?:\bon|\bwith|用|训练)\s*$", r.t[max(0, st.start - 8):st.start])), None)
        if bare is not None:
            # "train a 70B on 15T at 40% MFU": the tokens it is trained on
            r.params["train_tokens"] = float(bare.value or 0)
            r.stated = [replace(st, param="train_tokens") if st is bare else st for st in r.stated]
    tpd = next((st for st in r.stated if st.param == "tokens_per_day" and st.note == ""), None)
    before = r.t[max(0, tpd.start - 40):tpd.start] if tpd is not None else ""
    charged = any(k in r.params for k in ("usd_per_user_month", "cny_per_user_month"))
    if tpd is not None and ((charged and not any(k in r.params for k in _LOADS if k != "tokens_per_day")
                             and isinstance(tpd.value, float) and tpd.value < 1e7) or (
            # "每位用户每月 6.99 美元，平均每天翻译 1.2 万 token": with a charge per user and no users, a
            # small day's tokens are that user's
            isinstance(r.params.get("users"), float) and re.search(
            r"(?:\beach|per user|apiece|every user|每人|人均|每个用户|每用户)[^,，;；.。]{0,30}$", before))
            or _EACH_USER.search(before)):
        # "250k paying users, each averaging 25k tokens/day": each user's day
        r.params["tokens_per_user_day"] = r.params.pop("tokens_per_day")
        r.stated = [replace(st, param="tokens_per_user_day") if st is tpd else st for st in r.stated]
    if any(k in r.params for k in ("usd_per_user_month", "cny_per_user_month")):
        # "会员每月 19 元 … 每人每天 8000 token … 能回本吗": a charge per user read only now decides
        intent = intent_of(r.t, {**seen, **r.params}) or intent
    if re.search(r"\bkv\b|kv缓存|kv ?缓存", r.t) and isinstance(r.params.get("users"), float) and not any(
            k in r.params for k in ("queries_per_user", "qps", "queries_per_day", "concurrent_users")):
        # "KV cache for 64 users at 8k ctx": the sequences held at once
        r.params["concurrent_users"] = r.params.pop("users")
        r.stated = [replace(st, param="concurrent_users") if st.param == "users" else st for st in r.stated]
    cc = next((st for st in r.stated if st.param == "concurrent_users" and st.note == ""), None)
    if cc is not None and _BATCH.search(str(cc.text).lower() + r.t[max(0, cc.start - 12):cc.start]) \
            and any(k in r.params for k in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s",
                                            "observed_tokens_per_s_per_server")) \
            and any(k in r.params for k in ("users", "qps", "queries_per_day", "tokens_per_day")):
        # "~1800 tok/s at bs=32 … 50k DAU": the batch the rate was measured at, not the load
        r.params.pop("concurrent_users", None)
        r.stated = [replace(st, note="rate_condition") if st is cc else st for st in r.stated]
    box = _IN_ONE_BOX.search(r.t)
    if box is not None and "gpus" in r.params and "servers" not in r.params:
        # "8x MI300X … in one box": the cards counted are one server's
        r.add("servers", 1.0, box.start(1), box.end())
    span = next((st for st in r.stated if st.param in ("days", "period_months") and st.note == ""), None)
    if span is not None and re.match(r"\s*(?:from now|from today|later|out|hence|之后|以后|后(?![台张]))",
                                     r.t[span.end:]):
        r.params["horizon"] = True       # "18 months from now": when, not how long a rental runs
    if _GROWS.intersection(r.params):
        _growth_terms(r)                 # calendar years resolved only now ("2024年 … 到2026年")
    if "utilization_to" not in r.params and "utilization" in r.params:
        _utilization_to(r)
        if "utilization_to" in r.params:
            intent = intent_of(r.t, {**seen, **r.params})
    _leftover_digits(r)
    unknown = [s for s in names if s.kind.startswith("unknown")]
    # ("Gemini-scale projection: TPU v7 Ironwood pods": a model named as a likeness is not the unknown
    # that stops the answer; the accelerator is)
    has_acc = any(v.kind == "unknown_acc" for v in unknown)
    unknown.sort(key=lambda u: has_acc and u.kind == "unknown_model" and bool(_LIKENESS.match(r.t, u.end)))
    if intent is None and unknown and (any(s.param is not None or s.value is not None
                                           for s in r.stated)
                                       or KW["cost"].search(r.t) or KW["how_many"].search(r.t)):
        # "100P算力相当于多少张910B": the unknown name is what stops the answer
        raise unknown_error(unknown[0], norm.quote(unknown[0].start, unknown[0].end), cat)
    if intent is None and previous is not None and not (r.stated or unknown) and (
            KW["cost"].search(r.t) or KW["power"].search(r.t)):
        # "what would that cost?" after a fleet: the same request (its answer has the cost)
        return Request(intent=previous.intent, params=previous.params, carried=frozenset(
            previous.params), lang=lang, stated=tuple(r.stated))
    if previous is not None and not unknown:
        scaled = _scaled_follow_up(r, previous)
        if scaled is not None:
            return replace(scaled, lang=lang)
    if intent is None:
        if previous is not None and (r.params or unknown):
            if unknown:
                raise unknown_error(unknown[0], norm.quote(unknown[0].start, unknown[0].end), cat)
            merged = dict(previous.params)
            merged.update(r.params)
            return Request(intent=previous.intent, params=MappingProxyType(merged),
                           given=frozenset(r.params),
                           carried=frozenset(k for k in previous.params if k not in r.params),
                           lang=lang, stated=tuple(r.stated))
        if unknown and any(u.kind == "unknown_accelerator" for u in unknown) and (
                "model" in r.params or "params" in r.params or any(st.param for st in r.stated)):
            # "我们学校集群只有 P100，16G 的，8 张能部署 Mistral 7B 吗": the card is what cannot be answered
            u = next(u for u in unknown if u.kind == "unknown_accelerator")
            raise unknown_error(u, norm.quote(u.start, u.end), cat)
        if previous is None and (r.params or any(st.param for st in r.stated)) and _FOLLOW_UP.search(r.t):
            # "ok and if peak is more like 4x?", "那如果电价降到0.38元一度呢？" with no earlier question in
            # the chat: a change to something not here, said so (not "not a numeric question")
            raise CalcError("missing_input", "err.follow_up_alone", hint_key="hint.follow_up_alone")
        raise CalcError("not_numeric", "err.not_numeric", hint_key="hint.ask_example")
    if unknown and ("model" in r.params or "params" in r.params):
        # "文心一言级别的应用 ... 用Qwen2.5 72B": a likeness, not the model sized
        proxy = any(st.param == "model" and _PROXY_AFTER.match(r.t, st.end) for st in r.stated)
        for u in [u for u in unknown if u.kind == "unknown_model" and (
                _LIKENESS.match(r.t, u.end) or proxy)]:
            r.add(None, None, u.start, u.end,
                  note="unknown_like" if "model" in r.params else "unknown_sized")
            unknown.remove(u)
    # "GPT-4 took ~25,000 A100s for 100 days: the cost at $1.5/hr?": the run is stated, so the
    # unknown model is named, not needed
    fleet = "gpus" in r.params or "servers" in r.params
    # (not tokens sold at a price: what the unknown model serves is the answer's whole subject)
    runs = intent in ("training", "capex") and not any(
        k in r.params for k in ("usd_per_million_tokens", "cny_per_million_tokens")) and (
        "train_flops" in r.params or "gpu_hours" in r.params or "gpu_years" in r.params or (
            fleet and ("days" in r.params or "period_months" in r.params)
            # "is 8 weeks enough to train Qwen2.5 32B on 18T tokens": the unknown model's size
            # is what the tokens need
            and not ("train_tokens" in r.params and "params" not in r.params)))
    if unknown and all(u.kind == "unknown_model" for u in unknown) and (
            "params" in r.params or "active_params" in r.params or runs) and "model" not in r.params:
        # "a GPT-4 class model: 1.8T params": sized from the stated parameters, and said so
        for u in unknown:
            r.add(None, None, u.start, u.end, note="unknown_sized")
        unknown = []
    if unknown:
        raise unknown_error(unknown[0], norm.quote(unknown[0].start, unknown[0].end), cat)
    model_st = next((st for st in r.stated if st.param == "model" and st.note == ""), None)
    if model_st is not None and "params" in r.params and _DISTILLED.match(r.t, model_st.end):
        # "DeepSeek-R1 蒸馏版 32B", "R1 distilled 32B": a smaller model of the stated size, not the
        # catalog's full one
        del r.params["model"]
        r.stated = [replace(st, param=None, value=None, note="unknown_sized") if st is model_st else st
                    for st in r.stated]
    _product_sized(r, cat)
    _match_a_server(r, options, cat)
    _same_kind_rates(r)
    _echo_changes(r)
    opts, combine = _options(r, options, cat, intent)
    if combine == "compare" and intent == "training" and len(opts) == 2 \
            and len({o.get("accelerator") for o in opts}) == 2 \
            and (_REDO.search(r.t) or _MOVED_TO.search(r.masked)) and "days" not in r.params \
            and any(k in r.params for k in ("model", "params", "train_flops")):
        # "BLOOM … 384 A100 … redid it on 1,024 H100 with MFU up 10%", "DeepSeek-V3 … 换成同样数量的 H100、MFU
        # 提升 5 个点": the work known, the MFU's change is the redone run's, the card named second (a run
        # known by its days is another reading, left as it was)
        keys = [k for k in MFU_CHANGES if k in r.params
                and all(k not in o for o in opts)]
        if keys:
            opts = (opts[0], MappingProxyType({**opts[1], **{k: r.params.pop(k) for k in keys}}))
    opts, combine = _after_options(r, opts, combine, intent, names)
    if "match_accelerator" in r.params:
        intent = "convert"
    if "from_accelerator" in r.params:
        intent = "training"              # the same job on another fleet: a run's duration
    if "server" in r.params and "gpus" not in r.params and "servers" not in r.params and intent == "memory" \
            and (rack := _ONE_RACK_FIT.search(r.masked)):
        r.add("servers", 1.0, rack.start(1), rack.end(1))
    elif "server" in r.params and "gpus" not in r.params and "servers" not in r.params and \
            intent in ("power", "capex", "energy") and (one_box := _ONE_SERVER.search(r.masked)):
        # "一个GB200 NVL72机柜跑满一年…电费多少": that one server or rack
        r.add("servers", 1.0, *((one_box.start(), one_box.end(1)) if one_box.group(1)
                                else (one_box.start(2), one_box.end(2))))
    elif "gpus_per_server" in r.params and "gpus" not in r.params and "servers" not in r.params \
            and "observed_tokens_per_s_per_server" not in r.params \
            and (one := _ONE_SIZED_SERVER.search(r.t)):
        # ("单台 8 卡实测输出 2500 tok/s": the server the rate was measured on, not a fleet of one)
        # "一台8卡服务器够不够", "8卡A100 80GB一台": one server of the stated size
        r.add("servers", 1.0, one.start(), one.end())
    for unit in re.finditer(r"单机(?!柜|架)|单节点|每节点|单个节点", r.t) if (
            "servers" not in r.params and intent in ("memory", "throughput")
            and "observed_tokens_per_s_per_server" not in r.params) else ():
        # "单机（8 卡）可完成…部署", "单节点能服务多少并发": one server described, not a count
        if not r.stated_at(unit.start()):
            r.stated.append(Stated(r.norm.quote(unit.start(), unit.end()), "servers", 1.0, "one_server",
                                   unit.start(), unit.end()))
    if intent == "training" and r.params.get("one_gpu") and "gpus" not in r.params and \
            not re.search(r"多少张|几张|多少块|how many (?:gpus|cards|chips|#)", r.t) and \
            "servers" not in r.params and (one := _ONE_GPU.search(r.masked)) and \
            not re.match(r"每|per\b", one.group(0)):
        # "GPT-2 XL on a single MI250X: how long?": the run on that one accelerator
        # ("每张B200的算力2.25 PFLOPS" is each card's rate, not a run on one)
        end = one.end()
        while end > one.start() and r.masked[end - 1] in "#§ ":
            end -= 1
        r.add("gpus", 1.0, one.start(), end)
    elif intent in ("throughput", "memory") and r.params.get("one_gpu") and "gpus" not in r.params \
            and (one := next((m for m in _ONE_GPU.finditer(r.masked)
                              if _SINGLE_WORD.search(r.masked, m.start(), m.end())), None)):
        # "how many tokens/s can a single H200 push": the count the answer is per (not a
        # parameter: a model too big for one card is answered per card of its group); with a
        # measured rate ("a single RTX 4090 … i measured 95 tok/s"), the card that rate is per
        single = _SINGLE_WORD.search(r.masked, one.start(), one.end())
        assert single is not None
        start, end = single.start(), one.end()
        while end > start and r.masked[end - 1] in "#§ ":
            end -= 1
        if "observed_tokens_per_s_per_gpu" in r.params:
            r.stated.append(Stated(r.norm.quote(start, end), "observed_tokens_per_s_per_gpu", 1.0, "option",
                                   start, end))
        else:
            r.stated.append(Stated(r.norm.quote(start, end), "gpus", 1.0, "", start, end))
    elif intent in ("throughput", "memory") and r.params.get("one_gpu") and "gpus" in r.params and (
            one := next((m for m in _ONE_GPU.finditer(r.masked)
                         if _SINGLE_WORD.search(r.masked, m.start(), m.end())
                         and not r.stated_at(m.start())), None)):
        # "a 7B fits on a single 24GB card, but a 70B needs two 48GB cards": a second count, named
        single = _SINGLE_WORD.search(r.masked, one.start(), one.end())
        assert single is not None
        r.stated.append(Stated(r.norm.quote(single.start(), single.end()), "gpus", 1.0, "duplicate",
                               single.start(), single.end()))
    grown: tuple[str, float] | None = None
    fac = r.params.get("factor")
    counted = "gpus" if isinstance(r.params.get("gpus"), float) else \
        "servers" if isinstance(r.params.get("servers"), float) else \
        "power_mw" if isinstance(r.params.get("power_mw"), float) and intent == "power" else None
    if intent in ("power", "capex", "convert", "energy") and isinstance(fac, float) and fac > 1 and \
            not opts and counted is not None and r.params.get("utilization", 1.0) == 1.0 and (
                (intent in ("power", "capex") and _DEMAND.search(r.t)) or MORE_COUNT.search(r.t)
                or (counted == "power_mw" and _FUTURE.search(r.t))):
        # "需求是现在的4倍，现在用了5万张H20…总功率多少", "4x more traffic, 120 racks: MW then?":
        # the stated fleet grown with the demand
        r.params[counted] = float(r.params[counted]) * fac
        r.params.pop("scales_fleet", None)   # (grown here once: "…new fleet" was 12,000 x 3 x 3)
        grown = (counted, fac)
    driver = next((k for k in _LOADS if isinstance(r.params.get(k), float)), None)
    if intent == "fleet" and isinstance(fac, float) and fac > 1 and not opts and grown is None and \
            driver is not None and "users_to" not in r.params and _FUTURE.search(r.t):
        # "token量会是现在的100倍，现在一天10万亿token，到时要多少张？": the load at that time
        r.params[driver] = float(r.params[driver]) * fac
        grown = (driver, fac)
    boxed = next((st for st in r.stated if st.param == "gpus_per_server" and st.note == ""), None)
    if intent == "training" and boxed is not None and "gpus" not in r.params and "servers" not in r.params \
            and (re.search(r"\b(?:an?|one|a single|single|our|my)\s*$|(?:一台|单台|一个)\s*$",
                           r.t[max(0, boxed.start - 10):boxed.start])
                 or (_CLAUSE_START.search(r.t[max(0, boxed.start - 10):boxed.start] if boxed.start >= 10
                                          else "\n" + r.t[:boxed.start]) is not None
                     and re.search(r"(?:box|node|server|machine|chassis)$", r.t[boxed.start:boxed.end])
                     and re.search(r"train|fine-?tun|\bsft\b|epochs?\b", r.t))):
        # "finetune … on an 8-card a100 box, how many hrs?": that one machine is the run's fleet
        # ("8 gpu h100 box, finetune …": one box said first, no count before it)
        r.params["servers"] = 1.0
    if _GPU_COUNT_ASKED.search(r.t):
        r.params["asks_gpus"] = True     # "… how many gpus and at 0.4 j per token whats the daily kwh"
    if r.params.get("servers") == 1.0 and "gpus" not in r.params and KW["how_many"].search(r.t) and \
            not _ENOUGH_ASKED.search(r.t):
        r.params["server_described"] = True     # "要几台机器？一台 8 卡": the machine described, not a fleet
    return Request(intent=intent, params=MappingProxyType(r.params), given=frozenset(r.params),
                   lang=lang, stated=tuple(r.stated), options=opts, combine=combine, scaled=grown)


_LIKENESS = re.compile(r"\s*(?:级别|级的|级|同级|那样|这样|这种|一样|类|式|"
                       r"-?class\b|-?level\b|-?style\b|-?like\b|-?sized?\b|-?scale\b)")


_PERCENT_WORDS = re.compile(r"百分之([零〇一二两三四五六七八九十百点\d.]+)")


# "what if users double?", "流量翻倍呢", "answers 3x longer", "half the GPUs": the earlier
# question with one of its quantities scaled
_SCALE_WORDS = (("users", r"users?|用户|日活|月活|dau|mau|people"),
                ("load", r"traffic|load|qps|rps|requests?|queries|流量|请求|负载|访问量|查询"),
                ("output_tokens", r"answers?|outputs?|responses?|output tokens|回答|输出"),
                ("input_tokens", r"prompts?|inputs?|context|输入|上下文"),
                ("gpus", r"gpus?|cards?|卡"),
                ("train_tokens", r"(?:training )?tokens|data(?:set)?|数据|token"))
_SCALE_BY = ((2.0, r"doubles?|doubled|doubling|twice|翻倍|翻一番|增加一倍|翻了一倍|乘以2"),
             (3.0, r"triples?|tripled|翻两倍|三倍"), (4.0, r"quadruples?|quadrupled|翻两番|四倍"),
             (0.5, r"halves|halved|halve|half|减半|少一半"))
# the loads a fleet is sized for, in the order the driving one is picked
_LOADS = ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day")


_PRODUCT = re.compile(r"chat\s?gpt|openai|copilot|豆包|kimi")


def _product_sized(r: _Reading, cat: Catalog) -> None:
    """"ChatGPT handles 1 billion queries a day … on a ~200B-param model": the product names the
    service, the stated size is the model sized (ChatGPT is read as GPT-3 175B only when nothing
    else says what it runs)."""
    size = r.params.get("params")
    model = r.params.get("model")
    span = next((st for st in r.stated if st.param == "model" and st.note == ""), None)
    if not isinstance(size, float) or not isinstance(model, str) or span is None or \
            not _PRODUCT.search(str(span.text).lower()) or model not in cat.models:
        return
    if abs(cat.models[model].params_b * 1e9 / size - 1) < 0.1:
        return                           # the size is the named model's own
    del r.params["model"]
    r.stated = [replace(st, param=None, value=None, note="product_sized") if st is span else st
                for st in r.stated]


def _scaled_follow_up(r: _Reading, previous: Request) -> Request | None:
    t = r.t
    factor: float | None = None
    for f, words in _SCALE_BY:
        if re.search(r"(?<![a-z])(?:" + words + r")(?![a-z])", t):
            factor = f
            break
    fx = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:x|×|倍)(?![a-z])", t)
    if factor is None and fx and not re.search(r"[#@&]", r.masked):
        factor = float(fx.group(1))
    if factor is None or any(s.param not in (None, "factor") for s in r.stated if s.note == ""):
        return None
    for what, words in _SCALE_WORDS:
        if not re.search(r"(?<![a-z])(?:" + words + r")(?![a-z])", t):
            continue
        names = [n for n in _LOADS if n in previous.params] if what == "load" else \
            [what] if what in previous.params else \
            [n for n in _LOADS if n in previous.params][:1] if what == "users" else []
        reg = registry.get(what)
        if not names and reg is not None and isinstance(reg.default, (int, float)) and \
                previous.intent in ("fleet", "throughput", "energy"):
            names = [what]               # "answers 3x longer": the default length, scaled
        if not names:
            continue
        name = names[0]
        before = previous.params.get(name, reg.default if reg is not None else None)
        if not isinstance(before, (int, float)) or isinstance(before, bool):
            continue
        params = dict(previous.params)
        params[name] = float(before) * factor
        stated = tuple(replace(s, param="factor", value=factor, note="") if s.param == "factor"
                       or s.param is None else s for s in r.stated)
        if not stated:                   # the scaling words themselves, as the stated span
            m = re.search(r"(?:" + "|".join(w for _, w in _SCALE_BY) + r")", t)
            if m:
                stated = (Stated(r.norm.quote(m.start(), m.end()), "factor", factor, "",
                                 m.start(), m.end()),)
        return Request(intent=previous.intent, params=MappingProxyType(params),
                       given=frozenset({name}), derived=frozenset({name}),
                       carried=frozenset(k for k in previous.params if k != name),
                       stated=stated, scaled=(name, factor))
    return None


# unit words a number is often followed by; a word one slip away from one of them, right after a
# number, is read as it ("100 milion users", "10 requets per user", "2 bilion tokens")
_UNIT_WORDS = ("million", "billion", "trillion", "thousand", "hundred", "requests", "queries", "users",
               "tokens", "servers", "months", "seconds", "concurrent")
_REAL_WORDS = frozenset({"serves", "served", "queried", "useful", "tokyo", "monthly", "second"})
_WORD_AFTER_NUMBER = re.compile(r"(?:(?<=[\d.] )|(?<=[\d.][kmbt] ))[a-z]{5,11}(?![a-z])")
# glued to the number, only a scale word is read so ("10milion"; "100kusers" is 100k users)
_SCALE_GLUED = re.compile(r"(?<=\d)(?:mil+i?on|bil+i?on|tril+i?on|thousnd|thosand|millon|billon)(?![a-z])")


def _one_slip(word: str, target: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    i = 0
    while i < min(len(word), len(target)) and word[i] == target[i]:
        i += 1
    swapped = len(word) == len(target) and word[i:i + 2] == target[i:i + 2][::-1] \
        and word[i + 2:] == target[i + 2:]
    return swapped or word[i + 1:] == target[i + 1:] or word[i:] == target[i + 1:] \
        or word[i + 1:] == target[i:]


_MISSPELT = {"querys": "queries", "qeuries": "queries", "quries": "queries"}


def _slip(word: str) -> str | None:
    if word in _MISSPELT:
        return _MISSPELT[word]
    if word in _REAL_WORDS or word in _UNIT_WORDS:
        return None
    return next((u for u in _UNIT_WORDS if _one_slip(word, u)), None)


# long keywords a slip away anywhere in the message ("70% average utilizaton", "electrcity")
_KEYWORDS = ("utilization", "electricity", "concurrent", "throughput")
_KEYWORD_LIKE = re.compile(r"\b(?:uti|ele|con|thr)[a-z]{6,10}\b")


def _keyword_slip(word: str) -> str | None:
    return None if word in _KEYWORDS else next((k for k in _KEYWORDS if _one_slip(word, k)), None)


def _typos(norm: Normalized) -> Normalized:
    if any(_keyword_slip(m.group(0)) for m in _KEYWORD_LIKE.finditer(norm.text)):
        norm = _rewrite(norm, _KEYWORD_LIKE, lambda m: _keyword_slip(m.group(0)) or m.group(0), group=0)
    glued = _SCALE_GLUED.search(norm.text)
    if glued and _slip(glued.group(0)):
        norm = _rewrite(norm, _SCALE_GLUED, lambda m: _slip(m.group(0)) or m.group(0), group=0)
    if not any(_slip(m.group(0)) for m in _WORD_AFTER_NUMBER.finditer(norm.text)):
        return norm
    return _rewrite(norm, _WORD_AFTER_NUMBER, lambda m: _slip(m.group(0)) or m.group(0), group=0)


def _percent_words(norm: Normalized) -> Normalized:
    """"百分之四十" reads as "四十%" (positions kept, so quotes stay as written)."""
    norm = _typos(norm)
    if "百分之" in norm.text:
        norm = _rewrite(norm, _PERCENT_WORDS, lambda m: m.group(1) + "%", group=1)
    if "成" in norm.text:              # "利用率六成", "6成": tenths, i.e. 60%; "七成二": 72%
        norm = _rewrite(norm, _TENTHS, lambda m: f"{_tenths(m.group(1)) + _digit(m.group(2)):g}%", group=0)
    if "倍半" in norm.text:            # "两倍半": 2.5 times
        norm = _rewrite(norm, _TIMES_HALF, lambda m: f"{_number_word(m.group(1)) + 0.5:g}倍", group=0)
    if _ABOUT_SUFFIX.search(norm.text):
        # spoken approximations: "四百多 tok/s", "三百来万", "十万出头", "两倍多": the figure said
        norm = _rewrite(norm, _ABOUT_SUFFIX, lambda m: m.group(1), group=0)
    if _NEXT_DIGITS.search(norm.text):
        # "每人每天七八次", "五六次": two neighbouring digits, the larger (as "两三百" reads 300)
        norm = _rewrite(norm, _NEXT_DIGITS, lambda m: m.group(2), group=0)
    return norm


_CN1 = "一二两三四五六七八九"
_TIMES_HALF = re.compile(r"(\d+|[一二两三四五六七八九十]+)倍半")
_ABOUT_SUFFIX = re.compile(r"((?:\d|[零一二两三四五六七八九十百千])倍?)(?:多|来|出头)"
                           r"(?!少|种|个月|样|久|点)"
                           r"(?=[万亿千百]|\s|张|台|块|个|人|次|轮|位|tok|token|美|元|刀|度|瓦|千瓦|卡|倍|天|小时|"
                           r"的|[,，。？?、]|$)")
_NEXT_DIGITS = re.compile(r"(?<![\d零一二两三四五六七八九十百千万亿.])"
                          r"([一二三四五六七八])([二三四五六七八九])"
                          r"(?=次|轮|个|张|台|块|倍|天|小时|年|人|成|十|百|千|万)")


def _digit(word: str | None) -> float:
    return float(chinese_numeral(word)) if word else 0.0


def _number_word(word: str) -> float:
    return float(word) if word.isdigit() else float(chinese_numeral(word))


_TENTHS = re.compile(r"(?<![\d零一二两三四五六七八九十百千万亿.])([0-9]|[一二两三四五六七八九十])成"
                     r"(?!本|为|功|熟|长|了|交|员|型|果|品|立|年|都|就|的|绩|分|色|批)([一二三四五六七八九](?![十百千万亿]))?")


def _tenths(word: str) -> float:
    return (float(word) if word.isdigit() else float(chinese_numeral(word))) * 10


def this_year() -> int:
    """The calendar year a horizon like "by 2028" counts from (the clock's, in UTC)."""
    return datetime.now(UTC).year


def _rewrite(norm: Normalized, rx: re.Pattern[str], repl: Callable[[re.Match[str]], str], *,
             group: int) -> Normalized:
    """Replace matches of rx, keeping every new character's position in the original text (the
    replacement quotes as the matched words), so quotes stay as written."""
    text: list[str] = []
    pos: list[int] = []
    last = 0
    for m in rx.finditer(norm.text):
        text.append(norm.text[last:m.start()])
        pos.extend(norm.pos[last:m.start()])
        new = repl(m)
        a, b = m.start(group), m.end(group)
        if group:                        # "百分之四十" -> "四十%": the numeral's own positions
            text.append(new)
            pos.extend(norm.pos[a:b])
            pos.append(norm.pos[b - 1])
        else:
            text.append(new)
            pos.extend(norm.pos[min(a + i, b - 1)] for i in range(len(new)))
        last = m.end()
    text.append(norm.text[last:])
    pos.extend(norm.pos[last:])
    return Normalized("".join(text), tuple(pos), norm.original)


_AROUND_THE_CLOCK = re.compile(r"(?<![\d.])(?:24\s*/\s*7|24\s*[x×*]\s*7|7\s*[x×*]\s*24)(?![\d.])")


def _mask_precision(masked: str) -> str:
    # "running 24/7", "7x24小时": around the clock, a phrase rather than two numbers
    masked = _AROUND_THE_CLOCK.sub(lambda m: "~" * len(m.group(0)), masked)
    return PRECISION.sub(lambda m: "~" * len(m.group(0)), masked)


# ---- names ----

def _read_names(r: _Reading, cat: Catalog) -> list[tuple[str, str, int]]:
    """Catalog names and precisions as stated spans; returns (param, key, position) of each
    so that comparisons and fleet mixes can be built."""
    found: list[tuple[str, str, int]] = []
    for s in r.names:
        if s.kind.startswith("unknown"):
            continue
        param = {"acc": "accelerator", "model": "model", "server": "server"}[s.kind]
        found.append((param, s.key, s.start))
        r.add(param, s.key, s.start, s.end, note="option" if param in r.params
              and r.params[param] != s.key else "")
        if param == "server":
            gpu = cat.servers[s.key].gpu
            if "accelerator" not in r.params:
                r.params["accelerator"] = gpu
        mem = _NAME_MEMORY.search(r.t, s.start, s.end)
        if param == "accelerator" and mem is not None:
            # "RTX 4090 24GB", "MI325X 256GB": the memory named with the card is stated too (read
            # with the accelerator it picks out)
            r.stated.append(Stated(r.norm.quote(mem.start(), mem.end()), "hbm_gb_per_gpu",
                                   float(mem.group(1)), "name_part", mem.start(), mem.end()))
    for m in PRECISION.finditer(r.t):
        p = re.sub(r"[- ]|(?<=bit)s$", "", m.group(1))
        p = PRECISION_WORDS.get(re.sub(r"^(q[48])_.*$", r"\1", p), p)
        if p in NO_RATE_PRECISIONS:
            r.add("precision", p, m.start(1), m.end(1), note="no_rate")
            continue
        found.append(("precision", p, m.start()))
        r.add("precision", p, m.start(1), m.end(1), note="option" if "precision" in r.params
              and r.params["precision"] != p else "")
    if "precision" not in r.params:
        for word, p in PRECISION_ZH.items():
            i = r.t.find(word)
            if i >= 0 and p in NO_RATE_PRECISIONS:
                r.add("precision", p, i, i + len(word), note="no_rate")
            elif i >= 0:
                found.append(("precision", p, i))
                r.add("precision", p, i, i + len(word))
    return found


_REDO = re.compile(r"\bre-?do(?:ne)?\b|\bredid\b|\bre-?run\b|\bagain\b|\bswitch(?:ed|ing)? to\b|"
                   r"\bmov(?:e|ing) to\b|\b(?:next|new|this) (?:run|time)\b|"
                   # "355 GPU-years on a V100. if we did it on A100s, say 1,024 of them"
                   r"\bif (?:we|i|you|they) (?:did|do|ran|run|trained|train) "
                   r"(?:it|this|that|the same(?: run| job)?) on\b|"
                   r"\bmigrat|\binstead\b|\breplac|\bupgrad|换成|改用|换到|迁移|如果用|若用|改成|换用|升级|"
                   r"(?:现在|这次|如今|今年|改)\s*换|换(?=\s*[\d一二两三四五六七八九十])|"
                   r"\bsame (?:job|run|training|workload)\b|同样的?(?:任务|数据|训练)|"
                   # "原本 4096 张 H100 … 换 B200 2048 张", "Previous run used … now on H200 with 2048 GPUs"
                   r"换\s*#|\bnow (?:on|with|using)\b|\b(?:previous|last|earlier) (?:run|job|training)\b|"
                   r"\bthis (?:year|time)\b|\bnew cluster\b|这次|今年|"
                   # "trained on 1024 A100s for 30 days; now we have 2048 H100s", "… how long on 2048 H100s"
                   r"\bnow\b|现在|如今|目前|\bhow (?:long|many days)\b|要(?:多久|几天|多少天)|"
                   # "took 420 GPU-years on A100 … how many GPU-years would that be on H200?"
                   r"\bwould (?:that|it|this) (?:be|take)\b[^.?;]{0,24}?\bon\b|"
                   r"换到\s*#[^,，。]{0,6}(?:上)?(?:要|是)")
# "how long?", "ETA?", "要几天": a run's duration asked
# ("took 9 days on 16 v100s. on 16 h100s?": the same run asked of the other fleet, said bare)
_HOW_LONG_ASKED = re.compile(r"how long|how many days|\beta\b|多久|几天|多少天|多长时间|"
                             r"(?:^|[.;!?]\s*|\band\s+|what about\s+|how about\s+)on\s+[\d,.]+k?\s*"
                             r"[a-z][a-z0-9 -]{1,20}\?")
# "干同样的活", "the same job": the earlier run's work, done again
_SAME_WORK = re.compile(r"(?:干|做|跑)\s*同样的\s*(?:活|工作|任务|训练)|同样的活|"
                        r"\bthe same (?:job|work|run|training)\b")
_CARDS_ASKED = re.compile(r"(?:要|需要)?(?:多少|几)\s*(?:张|块|台)|\bhow many\b")
_ASKS_FOR = re.compile(r"(?:(?:how many|number of|多少|几)\s*(?:张|块|颗|台|个)?\s*(?:of (?:the )?)?|"
                       r"(?:换|改|转)(?:成|到|用)?\s*)$")
_ASKED_AFTER = re.compile(r"\s*s?\s*(?:的话)?\s*(?:需要|要|得|能|can|do|would|will|should)?\s*"
                          r"(?:we |i |you )?"
                          r"(?:need|要|require)?\s*(?:多少|几)\s*(?:张|块|颗|台|个)?")


_COUNT_JOIN = re.compile(r"\s*(?:s|x|×|of|张|块|颗|有|共|一共|总共|共有|:|=)?\s*")


_ASKS_COUNT = re.compile(r"(?:how many|(?<!same )number of|多少|几)\s*(?:张|块|颗|台|个)?\s*"
                         r"(?:of (?:the )?)?$")


def _asks_other(r: _Reading, accs: list[tuple[str, int]], c: Stated, *, count: bool = False) -> str | None:
    """"We have 40k H100s: how many B300?": the count names one accelerator and the
    question asks for a number of the other (returned), which is a match of the two. With
    `count`, only a question that asks how many of it ("换成H200需要多少张", not "换成H20呢")."""
    counted = set(_count_joins(r, c, accs))
    for k, pos in accs:
        if k in counted:
            continue
        end = pos
        while end < len(r.masked) and r.masked[end] == "#":
            end += 1
        if (_ASKS_COUNT if count else _ASKS_FOR).search(r.masked[max(0, pos - 16):pos]) or \
                _ASKED_AFTER.match(r.masked, end):
            return k if len(counted) == 1 else None
    return None


# "达到同样训练时长需要多少张", "how many for the same training time": cards matched, not days
_SAME_TIME = re.compile(r"same (?:training |wall[- ]clock |run )?(?:time|duration)|as fast\b|"
                        r"(?:同样|相同|一样)(?:的)?(?:训练)?(?:时长|时间|天数|工期)|(?:工期|时间|天数)不变")


# "~25k A100s for ~90 days. What would that take on H100 today?": the same run on the other card
_REDO_ON = re.compile(r"what would (?:that|it|this|the same(?: run)?) take on|"
                      r"how long (?:would (?:that|it) take )?on\b|"
                      r"(?:如果|要是)?(?:换成|换到|改用|改成)[^,，。？?]{0,12}(?:要|需要)?(?:多久|几天|多少天|多长时间)")
# the card a run moves to, named right after the move ("换到 H100", "switch to h100s", "moving to B200")
_MOVED_TO = re.compile(r"(?:换到|换成|改用|迁到|迁移到|切到|\bswitch(?:ed|ing)? to|\bmov(?:e|ed|ing) to|"
                       r"\bmigrat(?:e|ed|ing) to|\bport(?:ed|ing)? to)\s*(?:the\s+)?#")
_SAME_COUNT = re.compile(r"same (?:number|count|amount|quantity) of|same (?:gpu |card |chip )?count|"
                         r"same\s*#\s*of|"
                         r"as many\b|same[- ]sized?|"
                         # "同樣 8 張卡，之前用 V100 訓了 18 天", "same job on h100s, also 8 cards"
                         r"同样\s*[\d一二两三四五六七八九十]+\s*(?:张|块|台)|\b(?:also|again|same)\s+[\d,]+\s*"
                         r"(?:cards?|gpus?|chips?|#+s?)(?![a-z])|"
                         r"同样(?:的)?(?:卡数|张数|台数|数量|多的|规模)|相同(?:的)?(?:卡数|张数|台数|数量|规模)|一样多的|等量的?|(?:卡数|张数|台数|数量|规模)(?:保持)?(?:不变|一样|相同)")


# the words before the base of a comparison ("faster than H100", "比 H100")
_COMPARED = re.compile(r"(?:比|相比|than|vs\.?|versus|(?<!count )(?<!number )(?<!fleet )(?<!cluster )of|"
                       r"over)\s*$")


def _count_joins(r: _Reading, c: Stated, accs: list[tuple[str, int]]) -> list[str]:
    """The accelerators a count's words join it to ("4096 of the H100s", "H100 2048 张")."""
    return [k for k, pos in accs if (c.start <= pos and _COUNT_JOIN.fullmatch(r.masked[c.end:pos]))
            or (pos < c.start and _COUNT_JOIN.fullmatch(r.masked[pos:c.start].lstrip("#")))]


def _named_before(accs: list[tuple[str, int]], c: Stated) -> list[str]:
    """The card named last before a count ("V100 集群 128 张 … 迁到 A100 只用 96 张"), when its words
    join it to none."""
    before = [k for k, pos in accs if pos < c.start]
    return before[-1:]


_ONE_EQUALS = re.compile(r"(?:one|an?|1|一张|一块|一颗|1\s*张)\s*#+\s*"
                         r"(?=(?:=|≈|~=|equals|is worth|相当于|顶得上|顶|抵))")


def _fast_slow(r: _Reading, accs: list[tuple[str, int]]) -> tuple[str, str]:
    """The faster and the slower of two accelerators a stated speed ratio compares: the one named
    before the factor, not after "than"/"比" (or the new card of a replacement), the other one when
    the ratio says "slower" or is under 1 (then the ratio is read as its inverse)."""
    sp = next(st for st in r.stated if st.param == "speedup" and st.note != "corrected")
    if "%" in str(sp.text) and isinstance(sp.value, float) and sp.value > 1:
        # "~15% of an H100's compute": a share, 0.15
        share = sp.value / 100
        sp = replace(sp, value=share)
        r.params["speedup"] = share
        r.stated = [sp if x.start == sp.start and x.param == "speedup" else x for x in r.stated]
    # (a corrected ratio, "是 H100 的 1.3 倍——不对，是 0.9 倍": the cards are named around the first)
    # ("one B200 = 2.5 H100", "a b200 = 2.5x": the card named inside the span, before "=", is the faster)
    at = min((eq.end() if (eq := _ONE_EQUALS.match(r.masked, st.start, st.end)) else st.start)
             for st in r.stated if st.param == "speedup")
    before = [(k, pos) for k, pos in accs
              if pos < at and not _COMPARED.search(r.masked[max(0, pos - 14):pos])]
    # (none before the factor: "training is 2.5x faster than H100 … move to b200": not the one after "than")
    base = {k for k, pos in accs if _COMPARED.search(r.masked[max(0, pos - 14):pos])}
    fast = before[-1][0] if before else next((k for k, _ in accs if k not in base), accs[0][0])
    # "match 1000 H100s if gaudi is like 0.8x as fast": the family said alone, nearer the factor
    # than the last full name, is the one the factor is of
    clause = r.t[(before[-1][1] if before else 0):at]
    for k, _ in accs:
        family = re.match(r"[a-z]{3,}", k)
        if k != fast and family and re.search(r"\b" + family.group(0) + r"s?\b(?![^,.;?]*#)",
                                              clause[clause.find(" "):] if " " in clause else ""):
            fast = k
    new = re.search(r"(?:用|拿|上)\s*(#+)\s*(?:来)?\s*(?:替换|替代|取代|换掉|顶替)|"
                    r"(?:换成|换到|改用|替换为|替换成)\s*(#+)", r.masked)
    if new and not re.search(r"比|than|相比|对比", r.masked[max(0, sp.start - 12):sp.end]):
        # "想用 B200 替换现有的一万张 H100，假设单卡快 2.5 倍": the new card is the faster one
        pos = new.start(1) if new.group(1) else new.start(2)
        fast = next((k for k, p in accs if p == pos), fast)
    slow = next(k for k, _ in accs if k != fast)
    if re.search(r"slower|慢", r.masked[sp.start:sp.end]):
        fast, slow = slow, fast          # "if H20 is 6.7x slower": the other one is the faster
    elif isinstance(sp.value, float) and 0 < sp.value < 1:
        # "性能按 H100 的 0.6 倍": the other one is faster, by the inverse
        fast, slow = slow, fast
        r.params["speedup"] = 1 / sp.value
    return fast, slow


def _by_speedup(r: _Reading, accs: list[tuple[str, int]], c: Stated | None) -> None:
    """"H200 is 1.9x faster than H100; our 400 older cards …", "B200训练比H100快3倍，原计划1024张卡
    跑45天": a stated speed of one accelerator over the other (the one named before the factor,
    not after "than"/"比") and a fleet of one of them (the one its count names, else the slower,
    the base of the comparison). The other is asked for: as many as match the fleet, or, with a
    run's days, the days the same run takes on it."""
    fast, slow = _fast_slow(r, accs)
    named = set(_count_joins(r, c, accs)) if c is not None else set()
    counted = next(iter(named)) if len(named) == 1 else slow
    other = fast if counted == slow else slow
    r.params["speedup_fast"] = fast
    if c is None:
        r.params.update({"from_accelerator": counted, "accelerator": other})
        param = "from_accelerator"
    elif "days" in r.params and isinstance(c.value, float):
        if _SAME_TIME.search(r.t):
            r.params["same_time"] = True  # "想同样时间训完要多少张": the cards for the same days
            r.params.pop("gpus", None)
            r.stated = [replace(s, param="from_gpus") if s is c else s for s in r.stated]
        # the run planned on the counted cards, redone on as many of the other
        r.params.update({"from_accelerator": counted, "from_gpus": c.value, "accelerator": other})
        param = "from_accelerator"
        joins = [(k, s) for s in r.stated for k, pos in accs
                 if s.start <= pos and _COUNT_JOIN.fullmatch(r.masked[s.end:pos])]
        later = next((s for s in r.stated if s is not c and s.param in ("gpus", "claimed_value")
                      and isinstance(s.value, float) and s.start > c.end and (
                          (other, s) in joins
                          # "… how long on 3000 of the new chips?": a later count of no card named
                          or not any(x is s for _, x in joins))), None)
        if later is not None:
            # "之前 2048 张 A100 训了 21 天，H100 快 3 倍，换成 1024 张 H100 要几天": on its stated count
            r.params["gpus"] = later.value  # type: ignore[assignment]
            r.stated = [replace(s, param="from_gpus", note="") if (s.start, s.end) == (c.start, c.end) else
                        replace(s, param="gpus", note="") if s is later else s for s in r.stated]
    elif counted == fast and isinstance(c.value, float) and (
            "gpu_years" in r.params or "gpu_hours" in r.params):
        # "gpt-3 took ~355 GPU-years on v100s. how many days on 1,024 a100s if an a100 is ~2.5x a v100?":
        # the run's hours, on the counted cards of the faster one
        r.params.update({"from_accelerator": slow, "accelerator": fast})
        counted, param = slow, "from_accelerator"
    else:
        r.params.update({"accelerator": other, "match_accelerator": counted})
        param = "match_accelerator"
    r.stated = [replace(s, param=param, note="") if s.param == "accelerator" and s.value == counted else
                replace(s, note="") if s.param == "accelerator" else s for s in r.stated]


def _servers_by_speedup(r: _Reading, srvs: list[tuple[str, int]], c: Stated, cat: Catalog) -> None:
    """"a GB200 NVL72 rack does 3x the throughput of an HGX H100 server; with 8 racks, how many of
    the 8-GPU servers would match?": the ratio is per unit (rack against server), so the count
    is turned into the counted unit's GPUs and the ratio into one per GPU, then matched as
    accelerators and answered in the other's servers."""
    at = next(st.start for st in r.stated if st.param == "speedup")
    before = [k for k, pos in srvs if pos < at]
    fast = before[-1] if before else srvs[0][0]
    slow = next(k for k, _ in srvs if k != fast)
    counted = fast if any(w in str(c.text).lower() for w in ("rack", "机柜", "柜")) and \
        cat.servers[fast].gpus > cat.servers[slow].gpus else slow
    other = slow if counted == fast else fast
    k = float(r.params["speedup"])
    per_gpu = k * cat.servers[slow].gpus / cat.servers[fast].gpus    # the fast unit's GPU, in slow GPUs
    fast_gpu, slow_gpu = cat.servers[fast].gpu, cat.servers[slow].gpu
    if per_gpu >= 1:
        r.params["speedup"], r.params["speedup_fast"] = per_gpu, fast_gpu
    else:
        r.params["speedup"], r.params["speedup_fast"] = 1 / per_gpu, slow_gpu
    gpus = float(c.value or 0) * cat.servers[counted].gpus
    r.params.update({"accelerator": cat.servers[other].gpu, "match_accelerator": cat.servers[counted].gpu,
                     "server": other, "gpus": gpus, "speedup_units": f"{counted}:{c.value:g}:{k:g}"})
    r.params.pop("servers", None)
    r.stated = [replace(st, param="gpus", value=gpus) if st is c else st for st in r.stated]


def _match_a_server(r: _Reading, found: list[tuple[str, str, int]], cat: Catalog) -> None:
    """"4,096 H100 SXM … how many GB200 NVL72 racks would match it?": the rack's accelerator
    matched against the counted one, sized in racks."""
    accs = {k for p, k, _ in found if p == "accelerator"}
    srvs = [k for p, k, _ in found if p == "server"]
    if len(accs) != 1 or len(srvs) != 1 or "gpus" not in r.params or not _MATCH.search(r.t):
        return
    srv = cat.servers.get(srvs[0])
    counted = next(iter(accs))
    if srv is None or srv.gpu == counted or srv.gpu not in cat.accelerators:
        return
    r.params["accelerator"], r.params["match_accelerator"] = srv.gpu, counted
    r.stated = [replace(s, param="match_accelerator") if s.param == "accelerator" else s
                for s in r.stated]


def _run_moved(r: _Reading, accs: list[tuple[str, int]], c: Stated, *, first_named: bool = False,
               **extra: Value) -> bool:
    """The stated count is the earlier run's, on the card its words join it to; the run is redone
    on the other card. False (nothing changed) when the count joins no single card, unless
    `first_named`: then the card named first is the earlier run's ("19 days on 256 GPUs, a100 80gb.
    rerun on h100 with the same count")."""
    joined = _count_joins(r, c, accs)
    if len(set(joined)) != 1 and first_named:
        joined = [min(accs, key=lambda kp: kp[1])[0]]
    if len(set(joined)) != 1:
        return False
    earlier = joined[0]
    r.params.update({"from_accelerator": earlier, "from_gpus": float(c.value or 0),
                     "accelerator": next(k for k, _ in accs if k != earlier), **extra})
    r.params.pop("gpus", None)
    # ("took 9 days on v100s (8 of em). same job on h100s, also 8 cards": the count said twice;
    # "on a V100 box (8 GPUs) … also 8 GPUs": one box, its size the count)
    r.stated = [replace(s, param="from_gpus", note="") if s is c or (
        (s.param, s.note) in (("gpus", "restated"), ("gpus_per_server", "")) and s.value == c.value) else
                replace(s, param="from_accelerator", note="")
                if s.param == "accelerator" and s.value == earlier
                else replace(s, note="") if s.param == "accelerator" else s for s in r.stated]
    return True


def _options(r: _Reading, found: list[tuple[str, str, int]], cat: Catalog | None = None,
             intent: str | None = None) -> tuple[tuple[Mapping[str, Value], ...], str]:
    """Two or more accelerators, models or precisions: a comparison; two or more
    "N x accelerator" groups: a fleet mix whose totals add up."""
    high, param_range = r.params.pop("range_high", None), str(r.params.pop("range_of", ""))
    counts = [s for s in r.stated if s.param in ("gpus", "servers") and s.note in ("", "duplicate")]
    accs = [(k, pos) for p, k, pos in found if p == "accelerator"]
    asked = _asks_other(r, accs, counts[0]) if len({k for k, _ in accs}) == 2 and \
        len(counts) == 1 else None
    srvs = [(k, pos) for p, k, pos in found if p == "server"]
    if "speedup" in r.params and len({k for k, _ in srvs}) == 2 and len(counts) == 1 and \
            counts[0].param == "servers" and cat is not None:
        _servers_by_speedup(r, srvs, counts[0], cat)
        return (), ""
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and (
            len(counts) == 1 or ("days" in r.params and intent == "training" and (not counts or (
                # "… 4096 of the H100s, how long on 3000 of the new chips?": the later count names no card
                len(counts) == 2 and _count_joins(r, counts[0], accs) == [_fast_slow(r, accs)[1]]
                and not _count_joins(r, counts[1], accs))))):
        # (with no count: "原来在 H100 上要跑 60 天的任务，换成 B200": the run's days on the other)
        _by_speedup(r, accs, counts[0] if counts else None)
        return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 2 \
            and "days" in r.params and intent == "training" and _TOOK.search(r.t) \
            and _HOW_LONG_ASKED.search(r.t) \
            and all(c.param == "gpus" and isinstance(c.value, float) for c in counts) \
            and len(j0 := _count_joins(r, counts[0], accs) or _named_before(accs, counts[0])) == 1 \
            and len(j1 := _count_joins(r, counts[1], accs) or _named_before(accs, counts[1])) == 1 \
            and j0 != j1:
        # "Our fine-tune took 9 days on 64 A100s. On 64 H100s, roughly how long?": the run redone on the
        # other card's count (not a fleet of both)
        r.params.update({"from_accelerator": j0[0], "from_gpus": float(counts[0].value or 0),
                         "accelerator": j1[0], "gpus": float(counts[1].value or 0)})
        r.stated = [replace(st, param="from_gpus", note="") if st is counts[0] else
                    replace(st, note="") if st is counts[1] else
                    replace(st, param="from_accelerator", note="")
                    if st.param == "accelerator" and st.value == j0[0] else st for st in r.stated]
        return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) <= 1 \
            and intent == "training" and "days" not in r.params and "mfu" in r.params \
            and any(k in r.params for k in MFU_CHANGES) \
            and any(k in r.params for k in ("train_tokens", "train_flops", "model")) \
            and (move_at := _MOVED_TO.search(r.masked)) is not None:
        # "之前在 A100 上 MFU 32%，换到 H100 之后 MFU 能高 6 个点，256 卡训 7B 2 万亿 token 要多久": the work
        # sized on the card moved to; the earlier card is where the MFU was measured
        to = next((k for k, pos in accs if pos >= move_at.end() - 1), None)
        earlier = next((k for k, _ in accs if k != to), None)
        if to is not None and earlier is not None:
            r.params.update({"accelerator": to, "from_accelerator": earlier})
            r.stated = [replace(st, param="from_accelerator", note="") if st.param == "accelerator"
                        and st.value == earlier else replace(st, note="") if st.param == "accelerator"
                        else st for st in r.stated]
            return (), ""
    # ("took 9 days on a100s, 64 cards. new plan: h100, 64 of em": the count said again, the same count)
    again = len(counts) == 1 and any(s.param == "gpus" and s.note == "restated" and s.value == counts[0].value
                                     and s.start > counts[0].end for s in r.stated)
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and counts[0].param == "gpus" and "days" in r.params \
            and (_SAME_COUNT.search(r.t) or _REDO_ON.search(r.t) or (again and _TOOK.search(r.t))) \
            and intent == "training" and isinstance(counts[0].value, float):
        # "BLOOM 当年 384 张 A100 训了 3.5 个月，同样卡数换成 H100 要多久": the run redone on as many
        # of the other cards (the counted one is the earlier run's; else the one named first)
        if _run_moved(r, accs, counts[0], first_named=bool(_SAME_COUNT.search(r.t)) or again):
            return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and counts[0].param == "gpus" and "days" in r.params and _SAME_TIME.search(r.t) \
            and intent in ("training", "convert", None) and isinstance(counts[0].value, float):
        # "去年用 512 张 A100 训了 20 天，今年换 H100，同样工期要几张": the cards the same run needs in
        # the same days on the other accelerator
        if _run_moved(r, accs, counts[0], same_time=True):
            return (), ""
    if "speedup" not in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 1 \
            and counts[0].param == "gpus" and "days" not in r.params and "mfu" in r.params \
            and _SAME_WORK.search(r.t) and _CARDS_ASKED.search(r.t) and isinstance(counts[0].value, float):
        # "去年 2000 张 A100，MFU 35%，今年换 H100 干同样的活，MFU 再提高 10%，要多少张？": the cards that
        # do the same work in the same time, no days needed
        if _run_moved(r, accs, counts[0], same_time=True):
            return (), ""
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and not counts and "days" in r.params \
            and _SAME_COUNT.search(r.t):
        # "B200 训练性能是 H100 的 3 倍，原来 H100 要跑 90 天，换同样卡数的 B200 要多少天": no count,
        # the same number of the other cards
        _by_speedup(r, accs, None)
        return (), ""
    hours = next((st for st in r.stated if st.param in ("gpu_hours", "gpu_years") and st.note == ""), None)
    if hours is not None and len({k for k, _ in accs}) == 2 and intent == "training" and (
            not counts or (len(counts) == 1 and counts[0].param == "gpus")) \
            and (_ASKS_HOURS.search(r.t) or _REDO.search(r.t) or _TODAY.search(r.t)
                 or (counts and _REDO_ON.search(r.t))) \
            and not _SAME_HOURS.search(r.t):
        # "Llama 2 7B took 184k A100 GPU-hours. Same run on H100 SXM?", "Meta 用了 130 万 H100 GPU 小时，
        # H20 要多少卡时？": the hours were spent on the card named in them; the other one is asked about
        spent = next((k for k, pos in accs if hours.start <= pos < hours.end), None)
        on = re.match(r"\s*(?:(?:on|of|with|using)\s+(?:an?\s+|the\s+)?|[(（]\s*|的\s*)(?=#)",
                      r.masked[hours.end:hours.end + 12])
        if spent is None and on:
            # "took 1.7 mn GPU-hours on A100", "108万 GPU小时（A100）", "420 GPU年 的 A100": the card
            # named right after the hours spent them
            spent = next((k for k, pos in accs if pos == hours.end + on.end()), None)
        if spent is None and len([k for k, pos in accs if pos < hours.start]) >= 1 and \
                any(pos >= hours.end for _, pos in accs):
            # "在H100上训练用了3930万GPU小时，如果换成B200": the card named before the hours spent them
            spent = [k for k, pos in accs if pos < hours.start][-1]
        other = next((k for k, _ in accs if k != spent), None)
        if spent is not None and other is not None:
            r.params.update({"from_accelerator": spent, "accelerator": other})
            moved = False
            out = []
            for st in r.stated:
                if st.param == "accelerator" and st.value == spent and not moved:
                    st, moved = replace(st, param="from_accelerator", note=""), True
                elif st.param == "accelerator" and st.value == spent:
                    st = replace(st, param="from_accelerator", note="duplicate")
                elif st.param == "accelerator":
                    st = replace(st, note="")
                out.append(st)
            r.stated = out
            return (), ""
    if "speedup" in r.params and len({k for k, _ in accs}) == 2 and len(counts) == 2 and CLAIM.search(r.t):
        # "H200 is 1.9x faster than the H100, so 5,000 H200s could replace a 9,500-GPU H100 fleet":
        # the faster one's count is the claim, checked against the slower fleet it replaces
        sp = next(st for st in r.stated if st.param == "speedup")
        fast = next((k for k, pos in reversed(accs) if pos < sp.start), accs[0][0])

        def name_of(c: Stated) -> str | None:
            after = next((k for k, pos in accs if c.end - 1 <= pos <= c.end + 8), None)
            return after or next((k for k, pos in reversed(accs) if pos < c.start), None)
        slow_count = next((c for c in counts if name_of(c) not in (None, fast)), None)
        claimed = next((c for c in counts if c is not slow_count), None)
        if slow_count is not None and claimed is not None:
            r.params.pop(str(claimed.param), None)
            r.params[str(slow_count.param)] = slow_count.value  # type: ignore[assignment]
            r.stated = [replace(st, param="claimed_value", note="") if st is claimed else
                        replace(st, note="") if st is slow_count else st for st in r.stated]
            _by_speedup(r, accs, slow_count)
            return (), ""
    same_time = "days" not in r.params and _SAME_TIME.search(r.t) is not None
    same_count = intent in ("power", "capex", "training", "energy") and not _STRICT_MATCH.search(r.t) \
        and "match_accelerator" not in r.params and not same_time \
        and not (asked and _asks_other(r, accs, counts[0], count=True))
    if len({k for k, _ in accs}) == 2 and len(counts) == 1 and (asked or _MATCH.search(r.t) or same_time) \
            and not same_count and not _MEMORY_PRICE.intersection(r.params):
        # (a bill, a purchase or a run asked "换成H20呢", "the same number of B200s instead": the
        # same count on each, compared below, not a match of capacities)
        # "how many Gaudi 2 to match 1000 H100": the counted one is the yardstick
        c = counts[0]
        yard = next(k for k, _ in accs if k != asked) if asked else min(
            accs, key=lambda kp: abs(kp[1] - c.end) if kp[1] >= c.start
            else abs(c.start - kp[1]) + 8)[0]
        other = next(k for k, _ in accs if k != yard)
        r.params["accelerator"], r.params["match_accelerator"] = other, yard
        r.stated = [replace(s, param="match_accelerator", note="")
                    if s.param == "accelerator" and s.value == yard else
                    replace(s, note="") if s.param == "accelerator" else s for s in r.stated]
        return (), ""
    if len({k for k, _ in accs}) == 2 and len(counts) == 2 and "days" in r.params and (
            # (up to the second count's first digit: "换 8000 张"; "换 B200 2048 张")
            _REDO.search(r.t[counts[0].end:counts[1].start + 1])
            or _REDO.search(r.masked[counts[0].end:counts[1].start + 1])):
        # "it took 11 days on 8 V100s; if we redo it on 8 H100s …": the same job on a new fleet
        c0, c1 = counts
        # the name right after each count ("8 V100s"), else the last one before it ("A100 40GB 集群 256 卡",
        # "换 H100 1024 张")
        first = next((k for k, pos in accs if c0.end - 1 <= pos <= c0.end + 3), None) or next(
            (k for k, pos in reversed(accs) if pos < c0.start), None) or next(
            (k for k, pos in accs if pos >= c0.end - 1), None)
        second = next((k for k, pos in accs if c1.end - 1 <= pos <= c1.end + 3), None) or next(
            (k for k, pos in reversed(accs) if c0.end <= pos < c1.start), None) or next(
            (k for k, pos in accs if pos >= c1.end - 1), None)
        if first and second and first != second and c0.value and c1.value:
            r.params.update({"from_accelerator": first, "from_gpus": c0.value,
                             "accelerator": second, c1.param or "gpus": c1.value})
            out = []
            moved = False
            for st in r.stated:
                if st is c0:
                    st = replace(st, param="from_gpus", note="")
                elif st is c1:
                    st = replace(st, note="")
                elif st.param == "accelerator" and st.value == first and not moved:
                    st, moved = replace(st, param="from_accelerator", note=""), True
                elif st.param == "accelerator":
                    st = replace(st, note="")
                out.append(st)
            r.stated = out
            return (), ""
    if len({k for k, _ in srvs}) >= 2 and len(counts) >= 2 and cat is not None and \
            all(c.param == "servers" for c in counts):
        # "HGX H100 x40 at 10.2 kW each and DGX B200 x12 at 14.3kW": servers of each kind, added up
        sgroups: list[dict[str, Value]] = []
        for c in counts:
            own = next((k for k, pos in srvs if pos < c.start and re.fullmatch(
                r"&+\s*[x×]?\s*", r.masked[pos:c.start])), None) or next(
                (k for k, pos in srvs if pos >= c.end - 1
                 and _COUNT_JOIN.fullmatch(r.masked[c.end:pos])), None)
            if own is None or c.value is None:
                break
            sgroups.append({"server": own, "accelerator": cat.servers[own].gpu, "servers": c.value})
        if len(sgroups) == len(counts) and len({g["server"] for g in sgroups}) >= 2:
            _mark_options(r, ("servers", "server", "accelerator"))
            named = sorted((pos, i) for i, g in enumerate(sgroups) for p2, k, pos in found
                           if p2 == "server" and k == g["server"])
            _bind_to_options(r, named, sgroups)
            return tuple(MappingProxyType(o) for o in sgroups), "sum"
    if len({k for k, _ in srvs}) == 2 and cat is not None and len({k for k, _ in accs}) <= 1 and (
            (not counts and "power_mw" in r.params) or (
                not any(c.param == "servers" for c in counts)
                and (KW["compare"].search(r.t) or re.search(r"差几倍|差多少|[和跟与].{0,12}比", r.t)))):
        # "600 kW: HGX H100 servers at 10.2 kW each, or GB200 NVL72 racks at 120 kW each. How
        # many of each fit?": each server with the figures written after its name
        skeys = list(dict.fromkeys(k for k, _ in srvs))
        _mark_options(r, ("server", "accelerator"))
        per_server: list[dict[str, Value]] = [{"server": k, "accelerator": cat.servers[k].gpu}
                                              for k in skeys]
        _bind_to_options(r, sorted((pos, skeys.index(k)) for k, pos in srvs), per_server)
        r.stated = [replace(st, note="option") if st.param == "accelerator" and st.note == "" and
                    st.value in {o["accelerator"] for o in per_server} else st for st in r.stated]
        return tuple(MappingProxyType(o) for o in per_server), "compare"
    if len({k for k, _ in accs}) == 2 and len(counts) == 2 and \
            _STRICT_MATCH.search(r.t[counts[0].end:counts[1].start]) and \
            all(isinstance(c.value, float) for c in counts):
        # "you'd need ~30k A100 to match 10k H100s. legit?": the match of the yardstickstick fleet, the other
        # count the claim checked against it
        c0, c1 = counts
        claimed_acc = next((k for k, pos in accs if c0.end - 1 <= pos <= c0.end + 3), None)
        yardstick = next((k for k, pos in accs if c1.end - 1 <= pos <= c1.end + 3), None)
        if claimed_acc and yardstick and claimed_acc != yardstick:
            r.params.update({"accelerator": claimed_acc, "match_accelerator": yardstick,
                             str(c1.param or "gpus"): float(c1.value or 0)})
            if c0.param != c1.param:
                r.params.pop(str(c0.param), None)
            r.stated = [replace(st, param="claimed_value", note="") if st is c0 else
                        replace(st, note="") if st is c1 else
                        replace(st, param="match_accelerator", note="")
                        if st.param == "accelerator" and st.value == yardstick else
                        replace(st, note="") if st.param == "accelerator" else st for st in r.stated]
            return (), ""
    if len({k for k, _ in accs}) >= 2 and len(counts) >= 2:
        groups: list[Mapping[str, Value]] = []
        for c in counts:
            nxt = next(((k, pos) for k, pos in accs if pos >= c.end - 1), None)
            if nxt is None or c.value is None:
                break
            groups.append(MappingProxyType({"accelerator": nxt[0], c.param or "gpus": c.value}))
        if len(groups) == len(counts) and len({g["accelerator"] for g in groups}) >= 2:
            _mark_options(r, ("gpus", "servers", "accelerator"))
            # "1000 H100 at $25k vs 700 B200 at $38k each", "4,000 A100 at 400 W, 2,500 H100 at
            # 700 W": each group with the amounts written after its name
            each = [dict(g) for g in groups]
            named = sorted((pos, i) for i, g in enumerate(groups) for p2, k, pos in found
                           if p2 == "accelerator" and k == g["accelerator"])
            _bind_to_options(r, named, each)
            between = r.t[counts[0].end:counts[-1].start]
            if KW["compare"].search(r.t) or re.search(r"cheaper|cheapest|便宜|划算", r.t) or \
                    _WHAT_IF.search(between) or (intent == "training" and _REDO.search(between)) or \
                    (intent == "memory" and ("model" in r.params or "params" in r.params)):
                # (whether a model fits is asked of each fleet on its own: "on one h200? and on 4x a100?")
                # ("GPT-3 was trained on 10,000 V100s. if we redid it today on 1,024 H100": the run
                # on each fleet, not one run on both)
                return tuple(MappingProxyType(o) for o in each), "compare"
            return tuple(MappingProxyType(o) for o in each), "sum"
    money = "usd" if "price_usd" in r.params else "cny"
    if len({k for k, _ in accs}) == 1 and len({k for k, _ in srvs}) == 1 and not counts and \
            cat is not None and f"price_{money}" in r.params and f"server_price_{money}" in r.params \
            and cat.servers[srvs[0][0]].gpu != accs[0][0]:
        # "how many MI300X at $15k a pop, and how many HGX H100 servers at $280k instead?": the
        # cards at their price, and the servers at theirs
        srv = srvs[0][0]
        return (MappingProxyType({f"price_{money}": r.params[f"price_{money}"], "accelerator": accs[0][0]}),
                MappingProxyType({f"server_price_{money}": r.params[f"server_price_{money}"],
                                  "server": srv, "accelerator": cat.servers[srv].gpu})), "compare"
    for param in ("accelerator", "model", "precision"):
        keys: list[str] = []
        for p, k, _ in found:
            if p == param and k not in keys:
                keys.append(k)
        if len(keys) >= 2:
            _mark_options(r, (param,))
            mentions = sorted((pos, keys.index(k2)) for p, k2, pos in found if p == param)
            overlays: list[dict[str, Value]] = [{param: k} for k in keys]
            _bind_to_options(r, mentions, overlays)
            mfu = r.params.get("mfu")
            if param == "accelerator" and len(overlays) == 2 and isinstance(mfu, float) \
                    and "mfu" not in overlays[1]:
                # "2000 张 H100，MFU 35% … 换成 B200 同样 2000 张、MFU 提高 5 个点": the new card's gain
                for gain in ("mfu_gain_points", "mfu_gain"):
                    g = r.params.get(gain)
                    if isinstance(g, float):
                        overlays[1]["mfu"] = min(1.0, mfu + g if gain == "mfu_gain_points" else mfu * (1 + g))
                        overlays[1][gain] = g
                        overlays[1]["mfu_gain_applied"] = True   # (the MFU above has it already)
                        r.params.pop(gain)                       # (not the first card's)
                        break
            if param == "accelerator" and len(keys) == 2 and "speedup" in r.params \
                    and "speedup_fast" not in r.params:
                # "MI325X at $18k vs H200 at $32k, if H200 is 1.3x faster": which card the ratio
                # favours, for the work each gives per dollar
                r.params["speedup_fast"] = _fast_slow(r, accs)[0]
            return tuple(MappingProxyType(o) for o in overlays), "compare"
    rates = sorted((s for s in r.stated if s.param in ("growth_rate_year", "doubling_months")
                    and s.note == "" and isinstance(s.value, float)), key=lambda s: s.start)
    if len(rates) == 2 and rates[0].param != rates[1].param:
        # "at 2x a year how long to 1000x? and what if doubling every 6 months": both, in order
        _mark_options(r, ("growth_rate_year", "doubling_months"))
        return tuple(MappingProxyType({str(s.param): float(s.value or 0)}) for s in rates), "compare"
    scaled = _load_scaled(r) or _tokens_scaled(r) or _count_scaled(r, intent)
    if scaled:
        return scaled, "compare"
    if isinstance(high, float) and isinstance(low := r.params.get(param_range), float):
        # "$2-3/hr": the answer at each end of the stated range
        return (MappingProxyType({param_range: low}), MappingProxyType({param_range: high})), "compare"
    # each quantity stated twice is compared; several at once pair up in the order written
    # ("¥0.38/kWh vs $0.11/kWh … PUE 1.2 vs 1.4": Guizhou's price with 1.2, Virginia's with 1.4)
    pairs: list[list[Stated]] = []
    kwh = [s for s in r.stated if s.param in ("electricity_usd_per_kwh", "electricity_cny_per_kwh")
           and s.note == "" and isinstance(s.value, float)]
    if len(kwh) == 2 and kwh[0].param != kwh[1].param:
        # "美国电价0.09美元/度，中国0.45元/度…两边电费差多少": the bill at each, side by side
        pairs.append(sorted(kwh, key=lambda s: s.start))
    rents = [s for s in r.stated if s.param in ("rent_usd_per_hour", "rent_cny_per_hour")
             and s.note == "" and isinstance(s.value, float)]
    if len(rents) == 2 and rents[0].param != rents[1].param:
        # "按 $2/GPU hour 算 … 要是按国内租价 ¥10/卡时 又是多少": the bill at each
        pairs.append(sorted(rents, key=lambda s: s.start))
    if "doubling_months" in r.params:
        # "doubling every 6 months … what if it's 9 months instead?": the other doubling time, compared
        for st in [x for x in r.stated if x.param == "period_months" and x.note == ""]:
            if re.match(r"\s*(?:instead|rather)\b", r.t[st.end:st.end + 10]) or re.search(
                    r"what if (?:it'?s|it is|doubling is|the doubling is)\s*$",
                    r.t[max(0, st.start - 24):st.start]):
                r.params.pop("period_months", None)
                r.stated = [replace(x, param="doubling_months", note="duplicate") if x is st else x
                            for x in r.stated]
    mfus = sorted((s for s in r.stated if s.param == "mfu" and s.note in ("", "duplicate")
                   and isinstance(s.value, float)), key=lambda s: s.start)
    if len(mfus) == 2 and "days" in r.params and mfus[0].value != mfus[1].value and not any(
            k in r.params for k in ("model", "params", "active_params", "train_flops", "train_tokens",
                                    "gpu_hours", "gpu_years", "from_accelerator", "from_gpus")):
        # "45 days at 30% MFU; if MFU goes to 40%, how long?": the run's MFU and the one it goes to
        r.params["mfu"], r.params["mfu_to"] = float(mfus[0].value or 0), float(mfus[1].value or 0)
        r.stated = [replace(x, param="mfu_to", note="") if x is mfus[1] else
                    replace(x, note="") if x is mfus[0] else x for x in r.stated]
    for money in ("rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                  "electricity_cny_per_kwh", "price_usd", "price_cny", "usd_per_million_tokens",
                  "cny_per_million_tokens", "observed_tokens_per_s_per_gpu", "gpu_tflops", "mfu",
                  "pue", "watts_per_gpu", "watts_per_server", "utilization", "input_tokens",
                  "output_tokens", "growth_rate_year", "doubling_months", "usd_cny", "peak_factor",
                  "tpot_ms", "ttft_ms", "hbm_multiple", "queries_per_user", "concurrent_users",
                  "train_tokens", "epochs", "tokens_per_user_day", *sorted(r.joined), *_WHAT_IF_PARAMS):
        twice = [s for s in r.stated if s.param == money and s.note in ("", "duplicate")
                 and isinstance(s.value, float)]
        if money in _WHAT_IF_PARAMS and money not in r.joined and (
                len(twice) != 2 or not _CHANGE_CUE.search(_clause(r.t, twice[1], twice[0].end))
                or (money in ("gpus", "servers") and twice[1].value == 1)):
            continue      # (these are compared only when the second is a change asked about)
        if len(twice) == 2 and (twice[0].value != twice[1].value
                                or readings.text_cur(twice[0].text) != readings.text_cur(twice[1].text)):
            # (the same amount in two currencies is compared too: "每卡时2.5美元和每卡时18元人民币")
            # "$2.35/GPU-hr … and if we renegotiate to $1.90/hr?": the answer at each
            pairs.append(sorted(twice, key=lambda s: s.start))
    listed = str(r.params.pop("value_list", ""))
    in_list = sorted((s for s in r.stated if s.param == listed and s.note in ("", "duplicate")
                      and isinstance(s.value, float)), key=lambda s: s.start)
    if listed and len(in_list) >= 3 and not pairs:
        # "at 30%, 40% or 50% MFU": the answer at each value listed
        _mark_options(r, (listed,))
        return tuple(MappingProxyType({listed: float(s.value or 0)}) for s in in_list), "compare"
    if pairs:
        _mark_options(r, tuple(str(s.param) for pair in pairs for s in pair))
        return _scenarios(r, pairs), "compare"
    periods = [s for s in r.stated if s.param == "days" and s.note in ("", "duplicate")]
    if len(periods) >= 2 and len({s.value for s in periods}) == len(periods) and (
            KW["cost"].search(r.t) or KW["power"].search(r.t)):
        # "what does a quarter cost, and per annum?": the bill over each period
        _mark_options(r, ("days",))
        periods.sort(key=lambda s: s.start)
        values = [float(s.value) for s in periods if isinstance(s.value, (int, float))]
        r.params["days"] = values[0]
        return tuple(MappingProxyType({"days": v}) for v in values), "compare"
    return (), ""


# quantities compared when stated twice only if the second is asked about as a change ("what if
# MFU were 55% instead", "如果卡数加到 512 张", "now suppose 900 QPS", "最坏情况只到 2.5万 tok/s 呢")
_WHAT_IF_PARAMS = ("gpus", "qps", "queries_per_day", "tokens_per_day", "users", "users_to",
                   "joules_per_token", "batch_per_replica", "budget_share", "dau_per_mau", "dau_per_wau",
                   "hbm_usd_per_gb", "hbm_gb_per_gpu", "ttft_margin", "observed_tokens_per_s_per_server",
                   "observed_tokens_per_s", "speedup", "tensor_parallel", "replicas", "server_price_usd",
                   "server_price_cny", "budget_usd", "budget_cny", "discount", "power_mw",
                   "server_power_cap_w", "gpu_hours", "params",
                   "dram_usd_per_gb", "all_in_multiple", "factor", "period_months")
_CHANGE_CUE = re.compile(r"\bwhat (?:happens |about )?if\b|\bwhat about\b|\bhow about\b|\band if\b|\bif\b|"
                         r"\binstead\b|\bsuppose|\bassum|\bnow\b|\bworst|\bbest|\bvs\.?\b|\bversus\b|"
                         r"\bgo(?:es)? (?:up |down )?to\b|\bdrops?\b|\bcuts? (?:it )?to\b|\braise|"
                         r"\bmoved? to\b|\bbumps?\b|\bpush|\bor\b|\bgrows? to\b|\breach|"
                         r"如果|假如|假设|要是|若是|若|换成|改成|改为|变成|降到|降至|提到|提高到|涨到|加到|增加到|"
                         r"增至|减到|减少到|缩到|升到|做到|只有|只到|放宽到|收紧到|最坏|最好|乐观|悲观|"
                         r"或者|还是|呢|分别")


def _scenarios(r: _Reading, pairs: list[list[Stated]]) -> tuple[Mapping[str, Value], ...]:
    """The answer at the first values and at each change asked about: changes asked together ("如果卡数
    加到 512 张，MFU 降到 36%") are one scenario; changes asked separately ("what if MFU were 55% … and
    separately what if we had 4,096 GPUs") are one each, the other quantities at their first values."""
    base = {str(p[0].param): float(p[0].value or 0) for p in pairs}
    asks = [m.start() for m in _SEPARATE_ASK.finditer(r.t)]

    def clause(st: Stated) -> int:
        return sum(1 for a in asks if a < st.start)
    groups: dict[int, list[list[Stated]]] = {}
    for p in pairs:
        groups.setdefault(clause(p[1]) if len(pairs) > 1 else 0, []).append(p)

    def changed(group: list[list[Stated]]) -> Mapping[str, Value]:
        # ("¥0.38/kWh vs $0.11/kWh": the second price replaces the first in the other currency)
        out = {k: v for k, v in base.items() if not any(p[0].param == k != p[1].param for p in group)}
        return MappingProxyType(out | {str(p[1].param): float(p[1].value or 0) for p in group})
    if len(groups) == 1:
        return (MappingProxyType(base), changed(pairs))
    return (MappingProxyType(base), *(changed(g) for _, g in sorted(groups.items())))


_CLAUSE_END = re.compile(r"[，。？！；?!;]|,(?!\d{3})|[.:](?:\s|$)|\s[-–—]+\s|\n")


def _clause(t: str, st: Stated, after: int) -> str:
    """The clause a value is written in ("…要几天？如果卡数加到 512 张，" → "如果卡数加到 512 张"), not
    reaching back before `after`."""
    start = max([after, *(m.end() for m in _CLAUSE_END.finditer(t, after, st.start))])
    end = next((m.start() for m in _CLAUSE_END.finditer(t, st.end)), len(t))
    return t[start:end]


_NUMBER_END = re.compile(r"[\d.,]+(?:\s*(?:[万亿千百kmb]|mn|bn|mln)(?![a-z]))?(?!.*\d)")
# a unit after the first value's number ("80ms"), not the thing it is per ("64 per replica", "64/replica")
_UNIT_AFTER = re.compile(r"\s*(?!%)(?!(?:per|/)\s*(?:replica|instance|node|server|gpu|card|user)\b)"
                         r"[a-z\u4e00-\u9fff/$¥]")
_SENTENCE_END = re.compile(r"[。？！?!;；\n]|\.(?:\s|$)")
_ECHO_STOP = {"per", "the", "and", "for", "with", "what", "how", "many", "much", "our", "are", "its"}


_RATES = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server", "observed_tokens_per_s")
_BARE_RATE = re.compile(r"[~≈约]?\s*[\d.,]+\s*[万千kmb]?\s*(?:tok(?:en)?s?\s*/\s*(?:s|sec)|t/s|"
                        r"tokens? (?:per|a) second|tokens?每秒)")


_RATE_PER = re.compile(r"单卡|单机|单台|每卡|每张|每台|每柜|单柜|每节点|整机|集群|合计|总共|总|一张|一台|"
                       r"\s*(?:per|/|a|each)[- ]?(?:gpu|card|chip|server|node|rack|box|replica)|\beach\b|"
                       r"cluster|\btotal|in all|aggregate|combined")


def _same_kind_rates(r: _Reading) -> None:
    """A measured rate written bare after one said per card or per rack is of the same kind: "实测每柜 4 万
    tok/s … 最坏情况实测只到 2.5万 tok/s 呢", "measured 900 tok/s per GPU … L40S doing 2,600 tok/s"."""
    rates = sorted((s for s in r.stated if s.param in _RATES and isinstance(s.value, float)),
                   key=lambda s: s.start)

    def said_per(st: Stated) -> bool:
        return not _BARE_RATE.fullmatch(st.text.lower().strip()) or bool(
            _RATE_PER.search(r.t[max(0, st.start - 10):st.start]) or _RATE_PER.match(r.t, st.end))
    if len(rates) < 2 or not said_per(rates[0]):
        return
    kind = rates[0].param
    for st in rates[1:]:
        if st.param == kind or said_per(st):
            continue
        if st.note == "" and r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        again = kind in r.params and r.params[str(kind)] != st.value
        if not again:
            r.params[str(kind)] = st.value  # type: ignore[assignment]
        r.stated = [replace(x, param=kind, note="duplicate" if again else "") if x is st else x
                    for x in r.stated]


def _echo_changes(r: _Reading) -> None:
    """A bare number asked as a change of an earlier quantity is that quantity's second value: "at 40%
    MFU? what about at 25%?", "排队余量按 1.5 … 余量改成 2 呢", "如果 PUE 差些，到 1.5 呢", "max batch 64 …
    what if we raise the batch cap to 128": the quantity whose words the change's sentence repeats, else
    the only one written the same way (a percentage for a percentage)."""
    firsts = [s for s in r.stated if s.param is not None and s.note == "" and isinstance(s.value, float)
              and s.param not in NAME_PARAMS]
    for st in [s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)]:
        start = max([0, *(m.end() for m in _SENTENCE_END.finditer(r.t, 0, st.start))])
        before = [f for f in firsts if f.end <= st.start]
        if not before or not _CHANGE_CUE.search(_clause(r.t, st, before[-1].end)):
            continue
        window = r.t[start:st.start].lower()
        fits = [(f, v) for f in before if (v := _echo_value(st, f)) is not None]
        named = [(f, v) for f, v in fits if any(w in window for w in _echo_words(f))]
        # (without the words, only a change said right before the number: "what about at 25%", not
        # "how many L40S will we need then if today we use 24")
        right_after = any(m.end() >= st.start - 6 for m in _CHANGE_CUE.finditer(r.t, start, st.start))
        pick = named if len({f.param for f, _ in named}) == 1 else \
            fits if not named and right_after and len({f.param for f, _ in fits}) == 1 else []
        if pick:
            f, v = pick[0]
            r.stated = [replace(x, param=f.param, value=v, note="duplicate") if x is st else x
                        for x in r.stated]


def _echo_value(st: Stated, f: Stated) -> float | None:
    """The bare number as a second value of `f`, when it could be one (written the same way, in the
    parameter's range, within 5x of the first)."""
    pct = st.text.rstrip().endswith("%")
    v = float(st.value or 0) / 100 if pct else float(st.value or 0)
    p = registry.params().get(str(f.param))
    same_way = pct == f.text.rstrip().endswith("%") or (pct and "%" in f.text)
    if p is None or not same_way or not p.lo <= v <= p.hi or v == f.value:
        return None
    if (num := _NUMBER_END.search(low := f.text.lower())) and not pct and _UNIT_AFTER.match(low, num.end()):
        return None       # ("TPOT 从 80ms 压到 40ms … TP 从 4 提到 8": 8 is no TPOT)
    return v if 0.2 <= v / float(f.value or 1) <= 5 else None


def _echo_words(f: Stated) -> set[str]:
    """The words that name `f`'s quantity: those written with it and the registry's, English words of
    three letters or more and Chinese pairs of characters."""
    p = registry.params()[str(f.param)]
    text = " ".join([re.sub(r"[\d.,%]+", " ", f.text.lower()), *p.words["en"], *p.words["zh"]])
    out = {w for w in re.findall(r"[a-z]{3,}", text) if w not in _ECHO_STOP}
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
        out |= {run[i:i + 2] for i in range(len(run) - 1)}
    return out


# a new what-if question inside one message ("… and separately what if …", "另外，如果…")
_SEPARATE_ASK = re.compile(r"\bseparately\b|\bwhat (?:happens |about )?if\b|\bwhat about\b|\bhow about\b|"
                           r"另外|此外|再问|单独")


_RENT_OUT = re.compile(r"\b(?:rent|lease|let)(?:ing|s)? (?:them |it |those |these |our \w+ |the \w+ )?out\b|"
                       r"\bsell(?:ing)? (?:gpu[- ]?hours|compute|capacity)|"
                       r"出租|租出去|对外租|转租|卖卡时|卖算力")


_BATCH_WORDS = re.compile(r"(?:conc(?:urrency)?|batch(?: size)?|bs|并发数|批大小)"
                          r"\s*(?:最多|最大|上限|不超过|max\b|up to\b)?\s*(?:=|:|of|是|为)?\s*[\d.]")


_EACH_CAPPED = re.compile(r"\beach\s+(?:is\s+|one\s+)?(?:capped at|limited to|with|running|serving|handling|"
                          r"holding|taking|at|max(?:imum)?|up to)\s*(?:max(?:imum)?\s*|up to\s*)?$")


def _exact_in_brackets(r: _Reading) -> None:
    """"H800 千卡集群（1024 张）": a round count, then the exact one in brackets right after it: the
    exact one is the count, the round one said again (read, not a second value)."""
    for param in ("gpus", "servers"):
        first = next((x for x in r.stated if x.param == param and x.note == ""
                      and isinstance(x.value, float)), None)
        again = next((x for x in r.stated if x.param == param and x.note == "duplicate"
                      and isinstance(x.value, float)), None)
        if first is None or again is None or not first.value or again.start < first.end:
            continue
        if re.fullmatch(r"[^,，。;；?？]{0,12}[（(]\s*", r.t[first.end:again.start]) and \
                abs(float(again.value or 0) / float(first.value) - 1) <= 0.1:
            r.params[param] = again.value  # type: ignore[assignment]
            r.stated = [replace(x, note="restated") if x is first else
                        replace(x, note="") if x is again else x for x in r.stated]


_EACH_REPLICA_AFTER = re.compile(r"\s*(?:each|apiece|per replica|a replica|per copy|each replica)\b|"
                                 r"\s*(?:一个|每个)\s*副本")
_EACH_REPLICA_BEFORE = re.compile(r"(?:每个?|单个?)(?:副本|实例)|\b(?:each|per) (?:replica|instance)")


def _one_group_rented(r: _Reading) -> None:
    """"H100 每小时 2.49 美元 … 16 卡一组，连续跑 30 天费用多少": one tensor-parallel group rented for
    the period, with no fleet, replicas or load stated, is the fleet of that group's cards."""
    p = r.params
    tp = p.get("tensor_parallel")
    if not isinstance(tp, float) or any(k in p for k in ("gpus", "servers", "replicas", *_LOADS)) \
            or not any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")) \
            or not PERIOD_SAID.search(r.t) or TRAIN_SAID.search(r.t):
        return
    p["gpus"] = p.pop("tensor_parallel")
    r.stated = [replace(st, param="gpus") if st.param == "tensor_parallel" else st for st in r.stated]


def _gpus_of_each_replica(r: _Reading) -> None:
    """A GPU count that is each replica's, not the fleet's: "24 replicas of DeepSeek-V3 on H200, 16 GPUs
    each" (its tensor-parallel group, said after it) and "48 个副本，每个副本 TP=1 用一张 L40S" (the
    group said again as cards); the fleet is the replicas times the group."""
    p = r.params
    reps, tp = p.get("replicas"), p.get("tensor_parallel")
    counts = [x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)]
    if not isinstance(reps, float) or not counts:
        return
    each = next((x for x in counts if _EACH_REPLICA_AFTER.match(r.t[x.end:x.end + 16])), None)
    st, note = counts[0], "restated"
    if tp is None and each is not None:
        st, note, tp = each, "", float(each.value or 0)
        p["tensor_parallel"] = tp
    elif not (reps > 1 and tp == st.value
              and _EACH_REPLICA_BEFORE.search(r.t[max(0, st.start - 24):st.start])):
        return
    p["gpus"] = reps * float(tp or 0)
    r.stated = [replace(x, param="tensor_parallel", note=note) if x is st else x for x in r.stated]


def _cap_each_replica(r: _Reading) -> None:
    """"24 replicas of deepseek-r1 at TP8, each capped at 96 concurrent seqs": the streams each
    replica holds, not the fleet's load."""
    if "replicas" not in r.params or "batch_per_replica" in r.params:
        return
    st = next((x for x in r.stated if x.param == "concurrent_users" and x.note == ""
               and _EACH_CAPPED.search(r.t[max(0, x.start - 24):x.start])), None)
    if st is None:
        return
    r.params["batch_per_replica"] = r.params.pop("concurrent_users")
    r.stated = [replace(x, param="batch_per_replica") if x is st else x for x in r.stated]


def _batch_beside_load(r: _Reading) -> None:
    """"ISL/OSL = 2048/256, conc=64, TPOT ≤ 40ms … 120 QPS at peak": a concurrency or batch written
    as a serving setting beside a stated load is the batch one replica runs, not the load (beside a
    measured rate it is the batch the rate was measured at, named as such)."""
    st = next((x for x in r.stated if x.param == "concurrent_users" and x.note == ""
               and _BATCH_WORDS.match(str(x.text).lower())), None)
    cap = st or next((x for x in r.stated if x.param == "concurrent_users" and x.note == "duplicate"
                      and _BATCH_WORDS.match(str(x.text).lower())), None)
    load = next((x for x in r.stated if x.param == "concurrent_users" and x.note in ("", "duplicate")
                 and not _BATCH_WORDS.match(str(x.text).lower())), None)
    if cap is not None and load is not None and "batch_per_replica" not in r.params:
        st = cap
        # "batch 最多 64，要扛 3000 并发": the batch one replica runs, and the streams the fleet holds
        r.params["batch_per_replica"], r.params["concurrent_users"] = st.value, load.value  # type: ignore[assignment]
        r.stated = [replace(x, param="batch_per_replica", note="") if x is st else replace(x, note="")
                    if x is load else x for x in r.stated]
        return
    measured = any(k.startswith("observed_tokens_per_s") for k in r.params)
    if st is None or measured or "batch_per_replica" in r.params or not any(
            k in r.params for k in ("qps", "users", "queries_per_day", "tokens_per_day")):
        return
    r.params["batch_per_replica"] = r.params.pop("concurrent_users")
    r.stated = [replace(x, param="batch_per_replica") if x is st else x for x in r.stated]


def _promote_orphans(r: _Reading) -> None:
    """A value kept as a duplicate whose first value a reading took for another parameter is now the
    only one: "prices fall from $30,000 to $22k … can a $500M budget buy?" ($30,000 was first read
    as the budget, then as the price's before-value)."""
    for st in list(r.stated):
        if st.note == "duplicate" and st.param and st.param not in r.params and isinstance(st.value, float) \
                and not any(x.param == st.param and x.note in ("", "option") for x in r.stated):
            r.params[str(st.param)] = st.value
            r.stated = [replace(x, note="") if x is st else x for x in r.stated]


_WHAT_IF = re.compile(r"\bwhat (?:happens |about )?if\b|\bwhat about\b|\band if\b|\bif (?:\w+ ){0,4}"
                      r"(?:grows?|goes up|increases?|jumps?|rises?|triples?|doubles?|quadruples?|"
                      r"scales?)|如果|假如|要是|再涨|涨到|增长到|翻倍|翻一番|翻两番")


def _load_scaled(r: _Reading) -> tuple[Mapping[str, Value], ...]:
    """"how many cards for 40B tokens a day, and what if volume triples?": the answer for the
    stated load and for the load times the factor, side by side."""
    fac = next((s for s in r.stated if s.param == "factor" and s.note == ""), None)
    load = next((k for k in _LOADS if isinstance(r.params.get(k), (int, float))), None)
    if fac is None or load is None or not isinstance(fac.value, (int, float)) or fac.value <= 1 \
            or "users_to" in r.params or not _WHAT_IF.search(r.t[:fac.end]):
        return ()
    base = r.params[load]
    assert isinstance(base, (int, float))
    r.params.pop("factor", None)
    r.stated = [replace(s, note="option") if s is fac else s for s in r.stated]
    return (MappingProxyType({load: base}),
            MappingProxyType({load: base * float(fac.value), "factor": float(fac.value)}))


# "reasoning models use 5x more output tokens", "输出token变成原来的3倍": the answers' length scaled
_TOKENS_SCALED = re.compile(r"(?:x|×|times|倍)\s*(?:more|longer|as many|the)\s*(?:output |generated |answer |"
                            r"reasoning |thinking |decode )?(?:tokens|answers|outputs|responses|completions)|"
                            # "makes output 3x longer": the answers, the factor written after them
                            r"\b(?:output|outputs|answers?|responses?|completions?|generations?)\s+"
                            r"(?:[\d.]+\s*(?:x|×|times)|[\d.]+-fold)\s*(?:longer|more|bigger)|"
                            r"(?:输出|回答|生成|回复)(?:的)?\s*(?:token)?\s*(?:数|量|长度)?\s*(?:变成|是|多|长|增加到?|翻)"
                            r"(?:原来的|现在的|以前的)?\s*[\d.一二两三四五六七八九十]+\s*倍")


_COUNT_WORDS = re.compile(r"gpus|cards|accelerators|chips|servers|nodes|quantity|units|order|as many|"
                          r"that many|卡数|卡|机器|"
                          r"服务器|"
                          r"节点|规模|数量|采购量|台数")


def _count_scaled(r: _Reading, intent: str | None) -> tuple[Mapping[str, Value], ...]:
    """"… with 512 A100 at 45% MFU? and if we had twice the GPUs?", "…用256张H800…如果卡数翻倍呢？": a
    run, a bill or a fleet on the stated count and on the count times the factor, side by side."""
    fac = next((s for s in r.stated if s.param == "factor" and s.note == ""), None)
    counted = "gpus" if isinstance(r.params.get("gpus"), float) else \
        "servers" if isinstance(r.params.get("servers"), float) else None
    if fac is None or counted is None or intent not in ("training", "power", "capex", "energy", "convert") \
            or not isinstance(fac.value, (int, float)) or fac.value <= 1 \
            or not _WHAT_IF.search(r.t[:fac.end]) \
            or not _COUNT_WORDS.search(r.t[max(0, fac.start - 12):fac.end + 16]):
        return ()
    base = r.params[counted]
    assert isinstance(base, float)
    r.params.pop("factor", None)
    r.stated = [replace(s, note="option") if s is fac else s for s in r.stated]
    return (MappingProxyType({counted: base}),
            MappingProxyType({counted: base * float(fac.value), "factor": float(fac.value)}))


def _tokens_scaled(r: _Reading) -> tuple[Mapping[str, Value], ...]:
    """"If reasoning models use 5x more output tokens, how many more H200s … averaging 400 output
    tokens?": the answer at the stated length and at the length times the factor, side by side."""
    fac = next((s for s in r.stated if s.param == "factor" and s.note == ""), None)
    base = r.params.get("output_tokens")
    if fac is None or not isinstance(fac.value, (int, float)) or fac.value <= 1 or \
            not isinstance(base, (int, float)) or not _TOKENS_SCALED.search(r.t):
        return ()
    r.params.pop("factor", None)
    r.stated = [replace(s, note="option") if s is fac else s for s in r.stated]
    return (MappingProxyType({"output_tokens": base}),
            MappingProxyType({"output_tokens": base * float(fac.value), "factor": float(fac.value)}))


_BUILD_WORDS = re.compile(r"服务器|网络|机房|配套|基础设施|整机|存储|全套|整套|network(?:ing)?|netwrk|ntwk|"
                          r"servers?|"
                          r"facilit(?:y|ies)|"
                          r"infrastructure|\binfra\b|datacenter|data center|\bdc\b|switch(?:es|ing)?|"
                          r"storage|fabric|"
                          r"everything else|the rest\b|其他|其余|"
                          r"整体投入|全部投入|总投入|全部算上|全算上|all[- ]in|卡价|卡钱|chip cost|"
                          r"cost of the chips|\bcapex\b|(?:gpu|chip|accelerator) (?:bill|cost|spend(?:ing)?)")
_ALL_IN_COEF = re.compile(r"(?:all[- ]in|整体|全部投入|总投入)\s*(?:系数|multiple|factor|倍数)\s*"
                          r"(?:为|是|按|of|=|:)?\s*$")
_PRICE_WITH_BUILD = re.compile(r"(?:连|含|包含|加上?|算上)\s*[^,，。；;?？\d]{0,16}?"
                               r"(?:网络|机房|服务器|整机|配套|基础设施)|\ball[- ]in\b|"
                               r"\b(?:including|incl\.?|with)\s+(?:the\s+)?(?:servers?|network\w*|facilit\w*|infra\w*)")


# "with servers + networking adding 35%": the build's words, then the share they add
_BUILD_ADDS = re.compile(r"(?:" + _BUILD_WORDS.pattern + r")[^,;.?，。；？]{0,24}?\b"
                         r"(?:adding|add|adds|bring(?:ing)?|on top of)\s*"
                         r"(?:another|an? extra|about|~|roughly)?\s*$")


def _all_in_stated(r: _Reading) -> None:
    """"加上服务器和网络按1.5倍算", "plus 30% for networking & facilities": the whole build as a
    stated multiple of the accelerators."""
    p, t = r.params, r.t
    if "all_in_multiple" not in p and "factor" not in p and any(
            st.param in ("price_usd", "price_cny") and st.note == "" and (
                _PRICE_WITH_BUILD.search(t[st.start:st.end])
                or re.match(r"\s*all[- ]in\b", t[st.end:st.end + 10]))
            for st in r.stated):
        p["price_all_in"] = True         # "每张卡连网络和机房摊下来4万美元": the price carries the build
    fac = next((st for st in r.stated if st.param == "factor" and st.note == ""), None)
    if fac is not None and isinstance(fac.value, float) and 1 < fac.value <= 10 and \
            (_BUILD_WORDS.search(t[max(0, fac.start - 24):fac.end + 24]) or (
                re.match(r"\s*(?:the\s+)?(?:gpus?|chips?|accelerators?|cards?)\b", t[fac.end:])
                and re.search(r"all[- ]in|整体|全部投入|总投入", t))):
        # "加上服务器和网络按1.5倍算": the whole build as a multiple of the accelerators
        p["all_in"] = True
        p["all_in_multiple"] = p.pop("factor")
        r.stated = [replace(st, param="all_in_multiple") if st is fac else st for st in r.stated]
    coef = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                 and 1 < st.value <= 10 and (_ALL_IN_COEF.search(t[max(0, st.start - 16):st.start]) or (
                     # "网络存储机房按1.4倍all-in算": the build's words, then a multiple
                     str(st.text).endswith(("倍", "x"))
                     and _BUILD_WORDS.search(t[max(0, st.start - 16):st.start])
                     and re.search(r"all[- ]in|整体|全部|总", t[st.start:st.end + 12])) or (
                     # "連埋網絡同機房成本 x1.4 計": with the build (连/含/including), at a multiple
                     re.match(r"[x×]|.*(?:倍|x)$", str(st.text))
                     and _PRICE_WITH_BUILD.search(t[max(0, st.start - 20):st.start])))), None)
    if coef is not None and "all_in_multiple" not in p:
        # "all-in 系数 1.3": the build as that multiple of the chips
        p["all_in"] = True
        p["all_in_multiple"] = float(coef.value or 0)
        r.stated = [replace(st, param="all_in_multiple") if st is coef else st for st in r.stated]
    # (a share read as the budget's: "¥120M … plus 35% for servers/networking" is the build's)
    share = next((st for st in r.stated if st.param in (None, "budget_share") and str(st.text).endswith("%")
                  and isinstance(st.value, float)), None)
    pct = (share.value * 100 if share.param else share.value) if share is not None \
        and isinstance(share.value, float) else 0.0
    if share is not None and 0 < pct <= 300 and (
            (re.search(r"^\s*(?:on top|extra|more)?\s*(?:for|on|of|的|做|作|用于|用在|用来|给|算)?\s*"
                       r"(?:the\s*)?(?:[a-z]+\s+){0,2}(?:"
                       + _BUILD_WORDS.pattern + ")", t[share.end:share.end + 40])
             and re.search(r"(?:plus|add|\+|加上?|另加|\bwith|\bw/)\s*(?:another|an? extra|about|~)?\s*$",
                           t[max(0, share.start - 16):share.start]))
            or _BUILD_ADDS.search(t[max(0, share.start - 60):share.start])
            # "另加网络及存储约 20%": the build's words between the adding word and the share
            or re.search(r"(?:另加|再加|加上?|plus|add)\s*[^,;.?，。；？\d]{0,12}?(?:" + _BUILD_WORDS.pattern
                         + r")[^,;.?，。；？\d]{0,6}?(?:约|大约|大概|about|~)?\s*$",
                         t[max(0, share.start - 30):share.start])
            # "另外网络存储加 25%": the build's words, then the adding word
            or re.search(r"(?:" + _BUILD_WORDS.pattern + r")[^,;.?，。；？\d]{0,4}?(?:另|再|还要|还得)?加"
                         r"(?:上)?\s*(?:约|大约|大概)?\s*$", t[max(0, share.start - 20):share.start])
            # "networking + facilities: +35%": a pasted line, the build's words its key
            or re.search(r"(?:" + _BUILD_WORDS.pattern + r")\s*[:：=]\s*\+?\s*(?:~|about)?\s*$",
                         t[max(0, share.start - 20):share.start])):
        # "at $25k per GPU plus 30% for networking & facilities": 1.3x the accelerators
        p["all_in"] = True
        p["all_in_multiple"] = 1 + pct / 100
        if share.param == "budget_share":
            p.pop("budget_share", None)
        r.stated = [replace(st, param="all_in_multiple", value=1 + pct / 100)
                    if st is share else st for st in r.stated]


# an HBM bill "换成H200的141GB呢" is the other card's memory priced, not a match of compute
_MEMORY_PRICE = {"hbm_multiple", "dram_usd_per_gb", "hbm_usd_per_gb"}
_NAMES_AND_COUNTS = ("accelerator", "model", "precision", "server", "gpus", "servers")


_MONEY_RATES = {"rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                "electricity_cny_per_kwh", "usd_per_million_tokens", "cny_per_million_tokens",
                "server_price_usd", "server_price_cny"}
_MONEY = _MONEY_RATES | {"price_usd", "price_cny", "budget_usd", "budget_cny"}
# "Gaudi 3租金1.8刀一小时，H100 2.5刀": the next option's name between the two amounts
_NAME_JOIN = re.compile(r"(?:\s*(?:[,，、;；]|and|和|与|vs\.?|versus|or|而))*\s*(?:and |和|与)?[#@]+\s*"
                        r"(?:的|is|at|@|租金|价格)?\s*")
_LIST_JOIN = re.compile(r"\s*(?:和|与|及|或|、|/|,|，|and|or|vs\.?|versus)\s*")


_BARE_AMOUNT = re.compile(r"\s*(?:at|@|按|约|大概)?\s*(?:us\$|\$|¥|￥|rmb|usd|cny)?\s*"
                          r"[\d.,]+\s*(?:[kmb]|万|亿|千)?\s*(?:美元|美金|刀|元|块|dollars?|usd|rmb|yuan)?\s*",
                          re.IGNORECASE)


def _share_list_roles(r: _Reading) -> None:
    """Amounts listed together share the rate written once: "$2 and $1.2 per hour",
    "每小时2美元和1.2美元" are two hourly rents, not a price and a rent."""
    spans = sorted((st for st in r.stated if st.param in _MONEY and st.note in ("", "duplicate")),
                   key=lambda st: st.start)
    for a, b in itertools.pairwise(spans):
        listed = bool(_LIST_JOIN.fullmatch(r.t[a.end:b.start]))
        # across a name only forward: "A 租金1.8刀一小时，B 2.5刀", never "$10M, H100 at $2/hr"
        named = not listed and a.param in _MONEY_RATES and \
            bool(_NAME_JOIN.fullmatch(r.masked[a.end:b.start]))
        if a.param == b.param or not (listed or named):
            continue
        cur_a = "cny" if "cny" in str(a.param) else "usd"
        cur_b = "cny" if "cny" in str(b.param) else "usd"
        rates = [st.param for st in (a, b) if st.param in _MONEY_RATES]
        if cur_a != cur_b or len(rates) != 1:
            continue
        rate, other = rates[0], (b if a.param in _MONEY_RATES else a)
        if not _BARE_AMOUNT.fullmatch(str(other.text)):
            continue                   # "$2/hr or $25k purchase": each has its own words
        va, vb = float(a.value or 0), float(b.value or 0)
        if min(va, vb) <= 0 or max(va, vb) > 20 * min(va, vb):
            continue                   # "bought at $9,000, $0.10/kWh": not one quantity's values
        old = other.param
        r.stated = [replace(st, param=rate) if st is other else st for st in r.stated]
        if not any(st.param == old for st in r.stated):
            r.params.pop(str(old), None)
        elif r.params.get(str(old)) == other.value:
            nxt = next(st for st in r.stated if st.param == old)
            r.params[str(old)] = nxt.value  # type: ignore[assignment]
            r.stated = [replace(st, note="") if st is nxt else st for st in r.stated]
        first = min((st for st in r.stated if st.param == rate), key=lambda st: st.start)
        r.params[rate] = first.value  # type: ignore[assignment]
        r.stated = [replace(st, note="" if st is first else "duplicate")
                    if st.param == rate and st.note in ("", "duplicate") else st
                    for st in r.stated]
        return


# "能比这便宜吗", "would self-hosting be cheaper": serving it oneself against a stated token price
_CHEAPER_THAN_PRICE = re.compile(r"比\s*(?:这|它|他们|api|官方)?\s*(?:还|更)?\s*便宜|更便宜|\bcheaper\b|"
                                 r"\bless expensive\b")
_ASKS_FLOPS = re.compile(r"how many (?:total )?flops|\bflops (?:is that|do (?:i|we)|would|in total)|"
                         r"total (?:flops|compute)\b|(?:多少|几)\s*(?:次)?\s*(?:flops|浮点运算)|总计算量")
_ASKS_REQUESTS = re.compile(r"(?:多少|几)\s*(?:次|个|万次|亿次)?\s*(?:请求|查询|调用|问答|对话)|"
                            r"\bhow many (?:requests|queries|calls|prompts|conversations)\b")
_ASKS_MFU = re.compile(r"(?:what|which|how much|多少|几)[^.?？。]{0,20}\bmfu\b|"
                       r"\bmfu\b[^.?？。]{0,12}(?:是多少|多少|几|\?|？)")
# "qps for 1M DAU", "峰值每秒多少请求": the request rate asked, not a fleet
_ASKS_TRAFFIC = re.compile(r"(?:^|[^a-z])(?:peak )?(?:qps|rps)\b(?!\s*(?:of|=|:|is)?\s*[\d])|"
                           r"(?:requests?|queries) (?:per|a) second\b(?!\s*(?:of|=|:|is)?\s*[\d])|"
                           r"每秒(?:的)?(?:多少|几)(?:个|次)?(?:请求|查询)|(?:qps|rps|每秒请求数?)\s*(?:是|有|为|会是)?\s*多少")
_BOX_AFTER = re.compile(r"\s*[x×]?\s*#+\s*(?:box|server|node|machine|服务器|节点|整机)")
_STRICT_MATCH = re.compile(r"\bmatch|equal|equivalent|相当于|等于|等同|替代|取代|折合|"
                           r"how many .{0,30}\b(?:replace|match)")
_FOR_NAME = re.compile(r"\s*(?:for|of|on|per)\s*(?:an?\s+|the\s+|one\s+)?")


_ONE_CARDS = ("gpu_tflops", "watts_per_gpu", "hbm_gb_per_gpu", "observed_tokens_per_s_per_gpu")


def _after_options(r: _Reading, opts: tuple[Mapping[str, Value], ...], combine: str, intent: str | None,
                   names: list[NameSpan]) -> tuple[tuple[Mapping[str, Value], ...], str]:
    """What the options leave to read: the first card's own count and each ask's precision in a
    comparison of fleets; a redone run's MFU; a later time beside a price said to move (the options
    and how they combine, as they then stand)."""
    if combine == "compare" and intent in ("memory", "throughput") and len(opts) == 2 \
            and "gpus" not in opts[0] and "gpus" in opts[1] and "accelerator" in opts[0]:
        # "does Qwen2.5 72B fit on one MI300X? what about on 2 L40S?": the first card's own count, one
        card = next((n for n in names if n.kind == "acc" and n.key == opts[0]["accelerator"]), None)
        one = re.search(r"(?:(?<![a-z])(?:one|a single|a)|单张|一张|一块|单卡)\s*$",
                        r.masked[max(0, card.start - 10):card.start]) if card else None
        if card is not None and one is not None:
            at = card.start - len(one.group(0))
            opts = (MappingProxyType({**opts[0], "gpus": 1.0}), opts[1])
            r.stated.append(Stated(r.norm.quote(at, card.end), "gpus", 1.0, "option", at, card.end))
    if combine == "compare" and intent in ("memory", "throughput") and len(opts) == 2:
        opts = _precision_per_ask(r, opts, names)
    new_card = next((st for st in r.stated if st.param == "accelerator" and st.note in ("", "option")), None)
    mfu = next((st for st in r.stated if st.param == "mfu" and st.note == "duplicate"), None) or \
        next((st for st in r.stated if st.param == "mfu" and st.note == ""), None)
    if "from_accelerator" in r.params and new_card is not None and mfu is not None \
            and mfu.start > new_card.start and not any(k in r.params for k in MFU_CHANGES) \
            and _MFU_RAISED_TO.search(r.t[max(0, mfu.start - 24):mfu.end]):
        # "16 张 V100 训了 9 天，换成 16 张 H100 …？MFU 能提到 45% 的话呢": the redone run's MFU, the
        # earlier one's the default (not both runs at 45%, which changes nothing)
        # ("MFU 能从 35% 提到 42%": from the first, said with it, to the second)
        r.params["mfu_to"] = float(mfu.value or 0) if mfu.note == "duplicate" else r.params.pop("mfu")
        r.stated = [replace(st, param="mfu_to", note="") if st is mfu else st for st in r.stated]
    horizon = next((st for st in r.stated if st.param == "days" and st.note == "option"), None)
    if r.params.get("price_grows") and len(opts) == 2 and all(set(o) == {"days"} for o in opts) \
            and horizon is not None and isinstance(horizon.value, float) and (
                re.search(r"\b(?:in|after)\s*$", r.t[max(0, horizon.start - 8):horizon.start])
                or re.match(r"\s*(?:后|以后|之后|later\b|from now\b)", r.t[horizon.end:])):
        # "rent … for a month; rental prices fall 30% a year: what will that cost in 2 years?": the
        # second time is when the price is paid, not another rental's length
        r.params["period_months"] = units.convert(horizon.value, "day", "month")
        r.stated = [replace(st, param="period_months", value=r.params["period_months"], note="")
                    if st is horizon else st for st in r.stated]
        opts, combine = (), ""
    return opts, combine


def _precision_per_ask(r: _Reading, opts: tuple[Mapping[str, Value], ...],
                       names: list[NameSpan]) -> tuple[Mapping[str, Value], ...]:
    """"does qwen2.5 72b fit on one h200 in fp8? and in bf16 on 4x a100?": two precisions, each the
    one said in the same ask as its option's card (not the first for both)."""
    precs = [st for st in r.stated if st.param == "precision" and st.note in ("", "duplicate", "option")]
    if len({st.value for st in precs}) != 2 or any("precision" in o for o in opts):
        return opts
    asks = [(m.start(), m.end()) for m in re.finditer(r"[^?？;；。]+[?？;；。]?", r.t)]
    out = [dict(o) for o in opts]
    for st in precs:
        ask = next(((a, b) for a, b in asks if a <= st.start < b), None)
        owners = {i for i, o in enumerate(opts) for n in names
                  if ask and n.kind == "acc" and n.key == o.get("accelerator") and ask[0] <= n.start < ask[1]}
        if len(owners) != 1:
            return opts
        out[owners.pop()]["precision"] = st.value  # type: ignore[assignment]
    if any("precision" not in o for o in out):
        return opts
    r.params.pop("precision", None)
    r.stated = [replace(st, note="option") if st in precs else st for st in r.stated]
    return tuple(MappingProxyType(o) for o in out)


def _bind_to_options(r: _Reading, mentions: list[tuple[int, int]],
                     overlays: list[dict[str, Value]]) -> None:
    """A value stated once per option ("H100 at $2.5/hr or MI300X at $1.8/hr", "H100 ($25k)
    vs H200 ($32k)", "8k Gaudi 3 at $15k vs H100 at $30k") belongs to the option last named
    before it. `mentions` are (position, option index) of every naming of an option."""
    by_param: dict[str, list[Stated]] = {}
    for st in r.stated:
        if st.param and st.param not in _NAMES_AND_COUNTS and st.note in ("", "duplicate") \
                and st.value is not None:
            by_param.setdefault(st.param, []).append(st)
    for name, spans in by_param.items():
        if len(spans) == 1 and name in _ONE_CARDS:
            # "Gaudi 3 at ~$15,625 a card (1835 TFLOPS fp8) vs H100 at ~$30k": a card's own figure,
            # written between its name and the next option's, is that option's alone
            st = spans[0]
            before = [(pos, i) for pos, i in mentions if pos <= st.start]
            after = [(pos, i) for pos, i in mentions if pos >= st.end]
            if before and ((after and max(before)[1] != min(after)[1])
                           or (not after and st.start - max(before)[0] <= 12)):
                overlays[max(before)[1]][name] = st.value  # type: ignore[assignment]
                r.params.pop(name, None)
                r.stated = [replace(x, note="option") if x is st else x for x in r.stated]
            continue
        if len(spans) < 2:
            continue
        owners = [max(((pos, i) for pos, i in mentions if pos <= st.start), default=(-1, -1))[1]
                  for st in spans]
        for j, st in enumerate(spans):
            nxt = min(((pos, i) for pos, i in mentions if pos >= st.end), default=None)
            if (owners[j] == -1 or (j > 0 and owners[j] == owners[j - 1])) and nxt is not None \
                    and _FOR_NAME.fullmatch(r.masked[st.end:nxt[0]]):
                # "$2.23/hr for H100", "MI300X … $15k vs $30k for an H100": the option named right after
                owners[j] = nxt[1]
        if len(spans) == len(overlays) == 2 and owners[0] == owners[1] != -1 \
                and _FOR_NAME.fullmatch(r.masked[spans[1].end:min(
                    (pos for pos, _ in mentions if pos >= spans[1].end), default=spans[1].end)]) \
                and not _FOR_NAME.fullmatch(r.masked[spans[0].end:min(
                    (pos for pos, _ in mentions if pos >= spans[0].end), default=spans[0].end)]):
            # "cheaper than h100 … intel quoted us $15,600 per card vs $25k for h100": the second
            # is the option named after it, so the first is the other one's
            owners[0] = 1 - owners[1]
        in_order = len(spans) == len(overlays) and (
            all(st.start > max(pos for pos, _ in mentions) for st in spans)
            or all(st.end < min(pos for pos, _ in mentions) for st in spans))
        if in_order:
            # "4090 vs L40S … at $0.4/hr and $1/hr", "单卡功耗从700W升到1200W（H100换GB200）": in order
            owners = list(range(len(overlays)))
        if -1 in owners or len(set(owners)) != len(owners):
            continue                   # not one value after each option's name
        if name.startswith("budget_") and (all(_right_after_name(r, st, mentions) for st in spans) or (
                # "gaudi2 vs a100 80gb pcie, $8k vs $15k": the amounts listed in the options' order
                in_order and all(_AMOUNTS_JOINED.fullmatch(r.t[a.end:b.start])
                                 for a, b in itertools.pairwise(spans)) and not _BUDGET_SAID.search(r.t))):
            # "MI355X ~$25k, B200 ~$38k": an amount written right after each option's name is
            # that option's unit price, not a budget
            price = "price_" + name.removeprefix("budget_")
            spans = [replace(st, param=price) for st in spans]
            r.stated = [next((n for n in spans if n.start == st.start), st)
                        if st.param == name else st for st in r.stated]
            r.params.pop(name, None)
            r.params[price] = spans[0].value  # type: ignore[assignment]
            for ov in overlays:
                ov.pop(name, None)
            name = price
        for st, i in zip(spans, owners, strict=True):
            overlays[i][name] = st.value  # type: ignore[assignment]
        r.stated = [replace(st, note="option") if st.start in {s.start for s in spans}
                    and st.param == name else st for st in r.stated]


_AMOUNTS_JOINED = re.compile(r"\s*(?:vs\.?|versus|or|/|和|与|对比|还是|,|，|and)\s*(?:us\$|\$|¥|￥)?\s*")
_BUDGET_SAID = re.compile(r"budget|预算|经费|\bwe have\b|我们有|\bspend\b|投资|\bin total\b")


def _right_after_name(r: _Reading, st: Stated, mentions: list[tuple[int, int]]) -> bool:
    """Whether an amount follows an option's name with nothing but a separator between."""
    for pos, _ in mentions:
        end = pos
        while end < len(r.masked) and r.masked[end] in "#@":
            end += 1
        if end > pos and re.fullmatch(r"\s*(?:[~:=@(（]|at|is|for|按|约|大概)?\s*(?:~\s*)?",
                                      r.masked[end:st.start]):
            return True
    return False


# "换成人民币", "折合多少人民币" convert money, not accelerators
_NOT_MONEY = "(?!\\s*(?:多少|成)?\\s*(?:人民币|美元|美金|rmb|usd|元|钱))"
_MATCH = re.compile(r"\bmatch|equal|equivalent|"
                    r"same (?:inference |training )?(?:compute|flops|capacity|performance|throughput)|"
                    r"replace|换算成" + _NOT_MONEY + r"|折算成" + _NOT_MONEY + r"|换成多少|\bratio\b|几比几|"
                    r"比例是多少|换算比|as much (?:compute|flops)|相当于|等于|等同|替代|取代|替换(?!成本)|"
                    r"折合(?:成)?" + _NOT_MONEY + r"|"
                    r"换成" + _NOT_MONEY + r"|顶得上|抵得上|对标|能顶|顶几|抵几|能抵|顶多少|抵多少|"
                    r"\bworth (?:in|of)\b")


def _mark_options(r: _Reading, params: tuple[str, ...]) -> None:
    r.stated = [replace(s, note="option") if s.param in params and s.note == "duplicate"
                else s for s in r.stated]


# ---- numbers ----

_NOT_FINITE = re.compile(r"(?<![a-z])(?:nan|inf|infinity|infinite)(?![a-z])(?=\s*[a-z#&@\u4e00-\u9fff])")


# "一张卡" qualifying the rate after it: "一张卡实测1,000 TFLOPS", "一张H100每秒2000 token"
# "一卡一小时12块": a rent's unit
_ONE_CARD_RATE = re.compile(r"(?:卡|张卡|块卡)\s*(?:一|每)\s*(?:个)?小时|"
                            r"(?:张|块|颗|片)\s*(?:卡|显卡|gpu)?[\s#]*(?:(?:跑|运行|上)[\s#@~]*)?(?:的)?\s*"
                            r"(?:实测|实际|算力|性能|吞吐|每秒|大概|大约|约|能跑|能到|能达到|跑)\s*"
                            r"(?:是|有|为|能|到)?\s*(?:每秒)?\s*[\d一二两三四五六七八九十]|"
                            # "MI325X 一张 256GB，一台 8 卡": each card's memory, not a count of one
                            # ("一张 24G 的卡够吗" is one card, of that memory)
                            r"(?:张|块)\s*(?:卡|显卡)?\s*(?:显存|内存|hbm)?\s*(?:是|有|为)?\s*\d+(?:\.\d+)?\s*(?:gb|g)\b"
                            r"(?!\s*(?:hbm\s*)?(?:的)?\s*(?:卡|显卡|gpu))")


_ONE_HOUR_PRICE = re.compile(r"\s*(?:个)?小时\s*(?:租金|价格)?\s*[\d一二两三四五六七八九十.]+\s*"
                             r"(?:块|元|美元|美金|刀)")


_PER_SERVER_AMOUNTS = {"watts_per_server", "server_price_usd", "server_price_cny", "server_power_cap_w",
                       "observed_tokens_per_s_per_server"}
_PER_CARD_AMOUNTS = {"hbm_gb_per_gpu", "watts_per_gpu", "price_usd", "price_cny", "rent_usd_per_hour",
                     "rent_cny_per_hour", "observed_tokens_per_s_per_gpu", "gpu_tflops"}


def _read_numbers(r: _Reading) -> None:
    masked = r.masked
    if _NOT_FINITE.search(masked):
        raise CalcError("bad_number", "err.not_finite_any", hint_key="hint.try", param="users")
    taken = 0                    # a number inside the words of the previous one ("40万元一张")
    for n in find_numbers(masked):
        if n.start < taken:
            continue
        if n.high:
            r.vague[n.start] = n.high
        if not math.isfinite(n.value) or abs(n.value) > 1e40:
            raise CalcError("bad_number", "err.too_large", hint_key="hint.try", param="users")
        negative = n.start > 0 and masked[n.start - 1] == "-" and (
            n.start < 2 or not masked[n.start - 2].isalnum())
        value = -n.value if negative else n.value
        if masked[n.start:n.end] == "一" and (_ONE_CARD_RATE.match(masked, n.end) or _ONE_HOUR_PRICE.match(
                masked, n.end)):
            # "一张卡实测1000 TFLOPS", "一小时12块": per card or hour, not a count (said with the rate)
            hour = re.match(r"个?小时", masked[n.end:n.end + 3])
            r.ones.append((n.start, n.end + (hour.end() if hour else 1), "hour" if hour else "card"))
            continue
        if masked[n.start:n.end] == "一" and r.stated and not masked[r.stated[-1].end:n.start].strip() and (
                (re.match(r"[张块颗片](?![卡够能放装行跑])", masked[n.end:n.end + 2])
                 and r.stated[-1].param in _PER_CARD_AMOUNTS)
                or (re.match(r"[台柜](?![服机够能放装行跑])", masked[n.end:n.end + 2])
                    and r.stated[-1].param in _PER_SERVER_AMOUNTS)):
            # "96G 一张", "700W 一块": the amount is each card's, not a count of one
            r.stated[-1] = replace(r.stated[-1], text=r.norm.quote(r.stated[-1].start, n.end + 1),
                                   end=n.end + 1)
            taken = max(taken, n.end + 1)
            continue
        if n.raw == "单" and re.search(r"(?:tok(?:en)?s?\s*/\s*s|tokens?)\s*[(（]\s*$",
                                     masked[max(0, n.start - 16):n.start]):
            continue                     # "每秒 900 token（单卡）": the rate's own qualifier, per card
        role, a, b = role_of(masked, n)
        if n.kind == "words" and re.fullmatch(r"(?:tripl|quadrupl)\w*", n.raw):
            role, a, b = "factor", n.start, n.end    # "HBM demand triples by 2027": a factor of three
        if n.raw.startswith("翻") and n.raw.endswith("番"):
            # "每年翻两番": quadruples a year; "翻两番" alone: a factor of four
            role, a, b = ("factor_per_year" if re.search(r"(?:每年|年均|一年|每一年)[^，,。；;]{0,6}$",
                                                         masked[max(0, n.start - 12):n.start])
                          else "factor"), n.start, n.end
        if a == n.start > 0 and masked[a - 1] in "x×" and (a < 2 or not masked[a - 2].isalnum()):
            a -= 1                       # "x3 epochs", "peak x2.5": the factor's sign is its span
        if a < n.start:
            _drop_inside(r, a, n.start)
        _assign(r, role, n, a, b, value)
        if role != "number":
            taken = max(taken, b)
            if r.stated and r.stated[-1].start == a and r.stated[-1].param is not None:
                taken = max(taken, r.stated[-1].end)   # "2500 tok/s on one H100": its words


def _drop_inside(r: _Reading, a: int, b: int) -> None:
    """A number whose words reach back over an earlier number ("一小时大概15块钱": the rent per
    hour) takes that span: the earlier reading of its words goes."""
    r.pending = [p for p in r.pending if not (a <= p[2] and p[3] <= b)]
    keep: list[Stated] = []
    for st in r.stated:
        if a <= st.start and st.end <= b and st.param not in NAME_PARAMS \
                and st.param != "gpus_per_server":    # "每台8卡¥120万": the size stays
            if st.param is not None and st.note == "" and r.params.get(st.param) == st.value:
                del r.params[st.param]
            continue
        keep.append(st)
    r.stated = keep




_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Chinese numerals with a unit or a decimal point ("七百", "一点三"), not words like "统一"
_CJK_NUMERAL = re.compile(r"[零一二两三四五六七八九]+(?:[十百千万亿][零一二两三四五六七八九十百千万亿]*"
                          r"|点[零一二两三四五六七八九]+)+")


def _leftover_digits(r: _Reading) -> None:
    """A safety net: digits the number reader did not take ("pue1.4x", "24/7") are still
    stated spans, named as unused, so nothing typed is dropped silently."""
    # a map of covered positions, not a scan of every span per match: 1,000 numbers in one
    # message took ~250 ms (quadratic), all of it with the event loop blocked
    covered = Covered(len(r.masked), [(s.start, s.end) for s in r.stated])
    for m in (*_DIGITS.finditer(r.masked), *_CJK_NUMERAL.finditer(r.masked)):
        tech = _TECH_WORD.search(r.masked, max(0, m.start() - 6), m.end())
        if tech is not None and tech.end() == m.end():
            continue                     # "DDR5", "PCIe Gen5": a technology's name, not a quantity
        if any(w.start() <= m.start() < w.end() for w in _NAME_WITH_DIGITS.finditer(
                r.masked, max(0, m.start() - 4), m.end() + 4)):
            continue                     # "V2EX 上有人说", "k8s": a site's or a tool's name
        if len(m.group(0)) == 1 and NOT_A_QUANTITY.match(r.masked, m.end()):
            continue                     # "3 things for our deck": the asks counted, not a quantity
        if not (covered.covers(m.start()) or covered.covers(m.end() - 1)):
            pct = m.start() > 0 and r.masked[m.start() - 1] == "p" and m.group(0) in _PERCENTILES
            r.add(None, None, m.start() - pct, m.end() if pct else _word_after(r.t, m.end()),
                  note="percentile" if pct else "")


_NAME_WITH_DIGITS = re.compile(r"(?<![a-z0-9])(?:v2ex|b2b|b2c|p2p|k8s|web3|ec2|s3|36kr|co2)(?![a-z0-9])")
_TECH_WORD = re.compile(r"(?<![a-z])(?:lp|g)?ddr\d|hbm\d|gen\s?\d|pcie\s?\d|nvlink\s?\d|usb\s?\d")
_PERCENTILES = ("50", "90", "95", "99", "999")
_PERCENTILE_WORD = re.compile(r"(?:th|st|nd|rd)?\s*(?:pct|percentile|%ile)\b|\s*分位")


TTFT = re.compile(r"ttft|first[- ]token|首\s*token|首字|首个\s*token|首包")
PER_TOKEN = re.compile(r"per (?:output )?tok(?:en)?\b|tpot|每个?字|出字|吐字|每个?\s*(?:输出)?\s*token|"
                       r"每\s*token|/\s*(?:output )?tok(?:en)?\b|/\s*tk\b")
ALL_IN = re.compile(r"all[- ]in\b|includ\w* (?:the )?(?:servers?|network\w*|facilit\w*|data ?cent\w*)"
                    r"|全部成本|总成本|含服务器|包括服务器|包含服务器|含网络|包括网络")

_NODE_OF = re.compile(r"\b(?:a|one|each|per|every)\s+(?:node|server|box|machine|chassis)\s+(?:of|with)\s+"
                      r"\S+\s*#+|"
                      r"\d+\s*(?:卡|张)\s*(?:一台|单机|整机|一个节点|的机器)")
# the start of a clause (or of a line) just before: "8 gpu h100 box, finetune …" said first
_CLAUSE_START = re.compile(r"[\n,，;；。:：!?？(（]\s*$")
# "each measured at", "each one doing about": every counted thing's own rate, said before it
_EACH_RATE_BEFORE = re.compile(r"\beach(?:\s+(?:one|of them|card|gpu|node|server|box))?\s+(?:[a-z]+\s+){0,2}?"
                               r"(?:at|does|doing|gets|getting|pushes|pushing|delivers|hits|hitting|runs at|"
                               r"manages|measured at|benchmarked at|sustains|sustaining)"
                               r"\s*(?:about|around|~|roughly)?\s*$")
_ON_TOP_OF = re.compile(r"(?:on top of|in addition to|besides|beyond|over and above)\s*(?:the|our|my)?\s*$")
_DIRECT = {"gpu_count": "gpus", "speedup": "speedup", "gpus_per_server": "gpus_per_server",
           "servers": "servers",
           "tokens_basis": "per_tokens", "tokens_per_day": "tokens_per_day",
           "tokens_per_user_day": "tokens_per_user_day", "epochs": "epochs",
           "usd_cny": "usd_cny",
           "gpu_hours": "gpu_hours", "gpu_years": "gpu_years", "qps": "qps",
           "concurrent_users": "concurrent_users", "observed_tokens_per_s": "observed_tokens_per_s",
           "input_tokens": "input_tokens", "output_tokens": "output_tokens",
           "active_params": "active_params", "params": "params", "capacity_flops": "capacity_flops",
           "gpu_tflops": "gpu_tflops", "train_flops": "train_flops", "hbm_multiple": "hbm_multiple",
           "factor": "factor", "pue": "pue", "peak_factor": "peak_factor", "year": "year",
           "tensor_parallel": "tensor_parallel", "batch_per_replica": "batch_per_replica",
           "replicas": "replicas", "ttft_margin": "ttft_margin"}


_RATE_TOTAL = re.compile(r"\s*(?:in )?(?:total|overall|combined|altogether|aggregate|合计|总共|总计|整体)")
_AT_ONCE = re.compile(r"[^,.;，。；?？!！\d%]{0,40}?(?:\bat once\b|\bat the same time\b|\bsimultaneously\b|"
                      r"\bconcurrently\b|同时在线|同时使用|同时访问|同时(?!在线|使用|访问))"
                      r"(?!\s*(?:[\d一二三四五六七八九十两]|比例|率|占比|的比例|online rate))")


def _assign(r: _Reading, role: str, n: Num, a: int, b: int, value: float) -> None:
    t = r.t
    head_clause = CLAUSE.split(r.masked[max(0, a - 40):a])[-1]
    before8, before14 = t[max(0, n.start - 8):n.start], t[max(0, n.start - 14):n.start]
    if role == "price" and value < 500 and _BARE_CARD.search(before8):
        role = "number"                  # "卡 8，…": a bare number after the word for card, no price
    if role == "gpu_count" and value >= 1000 and (kuai := _KUAI_MONEY.match(t, n.end)) \
            and _ONE_SERVER_BEFORE.search(before14):
        # "4090 机器 8 卡一台 12 万块": a server's price in yuan, not 120,000 cards
        r.add("server_price_cny", value, a, n.end + kuai.end())
        return
    if role in ("input_tokens", "output_tokens") and (money := _PRICE_AFTER.match(t, n.end)) and (any(
            "per_million" in str(st.param) for st in r.stated) or re.search(r"百万|\bper million\b", t)):
        # "输入每百万 token 2 元、输出 8 元": the output's price beside the input's, not 8 tokens;
        # "每百万 token 成本多少？官方 API 输入 2 元、输出 8 元": both sides' prices, the million said before
        cur = "usd" if money.group(1) in ("美元", "美金", "刀") else "cny"
        first = next((st for st in r.stated if "per_million" in str(st.param)), None)
        if first is not None and role == "output_tokens" and str(first.param).endswith("per_million_tokens") \
                and _INPUT_PRICE.search(t[max(0, first.start - 16):first.start]):
            r.params.pop(str(first.param), None)
            r.stated = [replace(st, param=f"{cur}_per_million_input_tokens") if st is first else st
                        for st in r.stated]
            r.params[f"{cur}_per_million_input_tokens"] = first.value      # type: ignore[assignment]
        r.add(f"{cur}_per_million_tokens" if role == "output_tokens" else f"{cur}_per_million_input_tokens",
              value, a, money.end())
        return
    if role == "tokens" and value <= 1000 and re.search(r"每秒\s*(?:至少|最少|不低于|起码|要|能)?\s*$",
                                                     t[max(0, a - 8):a]):
        # "每秒至少 25 个 token": one stream's speed, a time per output token (1000 / 25 ms)
        r.add("tpot_ms", 1000 / value, a, b)
        return
    if role == "servers" and (kw := re.match(r"\s*(?:千瓦|kw\b)", t[n.end:])):
        # "每台 DGX B200 约 14.3 千瓦": a server's draw, not 14.3 servers
        _assign_power(r, "kilowatts", a, n.end + kw.end(), value)
        return
    if (dbl := _PERIOD_DOUBLING.match(t, n.end)) is not None:
        # "with a 5-month doubling": the doubling time said as a compound
        r.add("doubling_months", value * (12 if dbl.group(1) == "year" else 1), n.start, dbl.end())
        return
    if (dbl := _PERIOD_THEN_DOUBLES.match(t, n.end)) is not None and role not in ("months", "years"):
        # "训练算力 6 个月翻倍": a doubling time, whatever the words before the number name
        r.add("doubling_months", value * (12 if dbl.group(1) == "年" else 1), n.start, dbl.end(1))
        return
    if role == "capacity_flops" and (
            PER_GPU.search(head_clause) or PER_GPU.search(CLAUSE.split(r.masked[b:b + 20])[0])
            or ((re.search(r"#+\s*(?:的|'s)", head_clause) or _CARD_RATE_HEAD.search(head_clause)
                 # "H100 fp8 稠密大概 2 PFLOPS": the card named, then its rate
                 or re.search(r"#+\s*~*\s*(?:稠密|稀疏|dense|sparse)?\s*(?:算力|峰值)?\s*"
                              r"(?:大概|大约|约|是|为|有|接近|达到|about|is|does|~)?\s*$", head_clause))
                and value < 50 and re.match(r"\s*p", t[n.end:b])
                and not any(s.param in ("gpus", "servers") and s.end <= a for s in r.stated))):
        # "each B200 gives 2.25 PFLOPS", "H100的FP8算力接近2 PFLOPS": one chip's rate
        role = "gpu_tflops"
    if role == "gpu_count" and re.match(r"\s*块(?!卡|\s*(?:gpu|显卡|h\d|a\d|#))", t[n.end:n.end + 4]) \
            and re.search(r"(?:卡时|价|成本|租金|报价|收费|费用|按量|按需|包月|包年)\s*[^，,。；;]{0,6}$",
                          t[max(0, a - 14):a]):
        # "卡时成本 12 块": 12 yuan, not 12 cards
        role = "rent" if re.search(r"卡时|按量|按需", t[max(0, a - 14):a]) else "price"
    if role == "servers" and value in (2, 4, 8, 16) and re.match(
            r"\s*[x×]\s*(?!hgx|dgx)[a-z]+[a-z0-9-]*\s*(?:sxm\s*|pcie\s*)?(?:(?:servers|nodes|boxes)\b|服务器|节点|整机)",
            t[n.end:n.end + 30]) \
            and not any(s.param in ("servers", "gpus") for s in r.stated):
        role = "gpus_per_server"         # "on 8x H100 servers": each server's cards, not 8 servers
    if role == "gpus_per_server" and value > 576:
        role = "gpu_count"               # "a 10,000-GPU GB200 NVL72 deployment": no server holds that many
    if role == "servers" and value == 1 and (box := re.match(r"\s*#+\s*(box|rig|workstation|pc|desktop)\b",
                                                              r.masked[n.end:n.end + 30])) and (
            box.group(1) != "box" or any(str(st.value).startswith("rtx") for st in r.stated
                                         if st.param == "accelerator" and st.start >= n.end)) and \
            not re.match(r"\s*(?:with|w/|of|having|holding|that has)\s*\d+\s*(?:x\s*)?(?:cards?|gpus?)\b",
                         r.masked[n.end + box.end():n.end + box.end() + 30]):
        # "a single RTX 4090 box": the box of that one card (a data-centre card's box is a server:
        # "fit in one h200 box (8 GPUs per node)", and so is "one 4090 box with 8 cards")
        role, b = "gpu_count", n.end
    if role == "factor" and value >= 1e8 and re.match(r"\s*[x×*]\s*[\d.,]+\s*[kmbt]?\s*(?:tokens?|toks?)\b",
                                                      t[n.end:n.end + 24]):
        role, b = "params", n.end        # "70B x 1.4T tok": a model's size times its tokens (6ND)
    if role == "peak_factor" and value > 20:
        # "QPS峰值1200": a peak load, not a peak-to-average ratio
        role = "qps" if re.search(r"qps|rps|请求|requests", t[max(0, a - 12):b + 8]) else "number"
    if role == "gpu_count" and 2000 <= value <= 2100 and float(value).is_integer() and "," not in n.raw \
            and _YEAR_NOUN.match(t, n.end):
        role, b = "year", n.end          # "if 2026 accelerator shipments are 7M units": the year
    if role in ("gpu_count", "factor") and _SPEED_OF.search(r.masked[max(0, n.start - 40):n.start]) \
            and re.match(r"\s*(?:x|×)\s*(?:an?\s+|the\s+)?#", r.masked[n.end:n.end + 9]):
        # "B200 is 3x H100", "B200 = 2.5x H100 per card", "does 4x H100 throughput": a speed ratio
        role, b = "speedup", n.end + len(re.match(r"\s*(?:x|×)", t[n.end:]).group())  # type: ignore[union-attr]
    if role == "rent" and value >= 2000:
        role = "budget"                  # "折合 557万美元，按 2 美元一小时租金": a total, no hourly rent
    if role == "price" and 4 <= value <= 10 and _AT_RATE.search(t[max(0, n.start - 6):n.start]) \
            and KW["usd"].search(t) and KW["cny"].search(t) and "usd_cny" not in r.params and not (
                CURRENCY_BEFORE.search(t[max(0, n.start - 3):n.start])
                or CURRENCY_AFTER.search(t[n.end:n.end + 8])):
        role, b = "usd_cny", n.end       # "spend in ¥bn at 7.2": the exchange rate, not a ¥7.2 card
    if role in ("price", "budget") and _USERS_GO.search(t[max(0, n.start - 24):n.start]) and not (
            CURRENCY_BEFORE.search(t[max(0, n.start - 3):n.start])
            or CURRENCY_AFTER.search(t[n.end:n.end + 8])):
        role, b = "users", n.end         # "if DAU goes 2M → 12M": the users today, then reached
    if role == "capacity_flops" and value >= 1e21 and _TRAIN_WORDS.search(t) and \
            re.match(r"\s*flops?\b(?!\s*/\s*s)", t[n.end:n.end + 8]):
        # "算力预算6.4e24 FLOPs，用2048张H800训练": a training run's FLOPs, not a rate of them
        role = "train_flops"
    if role == "electricity" and value > 50 and _BILL_WORD.search(t[max(0, n.start - 8):n.start]):
        role = "budget"                  # "一年电费约3.8亿元": a bill's amount, no tariff is that high
    if role == "price" and _BATCH_HEAD.search(t[max(0, n.start - 20):n.start]) and not (
            CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start])
            or CURRENCY_AFTER.search(t[n.end:n.end + 16])):
        role, b = "batch_per_replica", n.end   # "batch cap 32 each": each replica's batch, no money in it
    if role == "gpu_count" and CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start]):
        role = "budget"       # "a $24bn accelerator budget": money, not a count
    if role in ("params", "active_params") and CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start]):
        role = "budget"       # "$12M total to spend": money, not a model's size
    if role in ("capacity_flops", "gpu_tflops"):
        m = re.match(r"\s*(zetta|exa|peta|tera|z|e|p|t)", t[n.end:b])
        prefix = m.group(1)[0] if m else "" if re.match(r"\s*flop", t[n.end:b]) else "t"
        flops = value if not prefix else units.convert(
            value, {"z": "ZFLOP/s", "e": "EFLOP/s", "p": "PFLOP/s", "t": "TFLOP/s"}[prefix], "FLOP/s")
        value = flops if role == "capacity_flops" else flops / 1e12
    if role == "gpu_count" and (tok := _TOKEN_HEAD.search(r.masked[max(0, a - 12):a])):
        # "输出500 h800": the answer's length, then the accelerator, not 500 of them
        role = "input_tokens" if INPUT_WORDS.match(tok.group(1)) else "output_tokens"
        b = n.end
    if role == "gpu_count" and value in (2, 4, 8, 16) and (
            box := _SIZED_BOX.match(r.masked, n.end)) and (
            (box.group("many")
             and not re.search(r"\b(?:a|one|single|an)\s*$", r.masked[max(0, n.start - 8):n.start]))
            # "an 8x L40S box … we'd buy 40 of them": the box's size, the count said later
            or _BOXES_COUNTED_LATER.search(r.masked[n.end:])):
        role = "gpus_per_server"         # "our 8x MI325X boxes": each box's size, not a fleet of 8
    if role == "observed_tokens_per_s" and (
            PER_SERVER.search(CLAUSE.split(r.masked[b:b + 20])[0]) or PER_SERVER.search(r.masked[a:b])
            or _server_rate(r, a, b)
            # "a node of eight H800s at $2/hr serves ~3,000 tokens/s": the node's rate
            or (_NODE_OF.search(CLAUSE.split(r.masked[max(0, a - 60):a])[-1])
                and not PER_GPU_RATE.search(CLAUSE.split(r.masked[b:b + 26])[0]))):
        r.add("observed_tokens_per_s_per_server", value, a, b + _qual_len(t[b:b + 16]))
        return                           # "2,400 tokens/s per node": one server's measured rate
    # "our 400 older cards measure 2,000 tok/s each", "how many B200s at 3,000 tok/s each": each
    # card's, when a card is the thing named last
    # ("256 H100s, each measured at 1,200 tok/s": the same, "each" said before the number)
    each_said = re.match(r"\s*each\b", r.masked[b:b + 8]) is not None or \
        _EACH_RATE_BEFORE.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1]) is not None
    each_card = role == "observed_tokens_per_s" and each_said \
        and _last_thing(r, a) == "gpu" and not re.search(r"users?|streams?|sessions?|people|用户",
                                                         CLAUSE.split(r.masked[max(0, a - 40):a])[-1])
    if each_card:
        # "our 400 older cards measure 2,000 tok/s each": each card's, the counted thing before it
        r.add("observed_tokens_per_s_per_gpu", value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and each_said and _last_thing(r, a) == "server":
        # "HGX H100 nodes do 14k tok/s each": each node's measured rate
        r.add("observed_tokens_per_s_per_server", value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and (
            _PER_USER_RATE.search(CLAUSE.split(r.masked[b:b + 20])[0])
            or _PER_USER_RATE.search(r.masked[a:b])
            or _PER_USER_HEAD.search(r.masked[max(0, a - 16):a])):
        # "40 tok/s each", "每个用户每秒20个token": a reading speed, i.e. the latency target
        r.add("tpot_ms", 1000 / value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and (total := _RATE_TOTAL.match(t, b)):
        r.add("observed_tokens_per_s", value, a, total.end())   # "1800 tok/s total": the cluster's
    elif role == "observed_tokens_per_s" and _ACROSS_FLEET.match(r.masked, b):
        r.add("observed_tokens_per_s", value, a, b)   # "1.8M tok/s across 96 MI300X": the fleet's
    elif role == "observed_tokens_per_s" and (
            PER_GPU_RATE.search(r.masked[a:b])
            or PER_GPU_RATE.search(CLAUSE.split(r.masked[b:b + 26])[0])
            or PER_GPU_RATE.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1])):
        on_one = _ON_ONE_GPU.match(r.masked, b)
        r.add("observed_tokens_per_s_per_gpu", value, a,
              on_one.end() if on_one else b + _qual_len(t[b:b + 16]))
    elif role == "queries_day_key":
        r.add("queries_per_day", value, a, b)   # "queries/day 4e8"
    elif role == "wh_per_token":
        r.add("joules_per_token", value * 3600, a, b)
    elif role == "joules_per_token":
        milli = re.match(r"\s*(?:mj|millijoule|毫焦)", t[n.end:b])
        r.add("joules_per_token", value / 1000 if milli else value, a, b)
    elif role == "decline_rate_year" and 0 < value < 100:
        r.add("growth_rate_year", -value / 100, a, b)    # "prices fall ~35% a year": shrinking
    elif role == "growth_rate_month":
        r.params["rate_monthly"] = True
        r.add("growth_rate_year", (1 + value / 100) ** 12 - 1, a, b)
    elif role == "dau_share":
        r.add("dau_per_mau", value / 100 if value > 1 else value, a, b)
    elif role == "speedup_pct":
        r.add("speedup", value / 100, a, b)
    elif role == "ttft_margin" and 0 < value < 1:
        r.add("ttft_margin", 1 + value, a, b)    # "排队余量留 0.5": half again, a 1.5x margin
    elif role == "ttft_margin_pct":
        r.add("ttft_margin", 1 + value / 100, a, b)
    elif role == "dau_share_week":
        r.add("dau_per_wau", value / 100 if value > 1 else value, a, b)
    elif role == "factor_per_year":
        r.add("growth_rate_year", value - 1, a, b)
    elif role == "qph":                  # "300k requests per hour": per second
        if re.search(r"per (?:user|person|head)|\beach\b|a user|/\s*user\b|每人|每用户|每个用户|人均",
                     t[max(0, a - 16):b + 24]):
            r.add("queries_per_user", value * 24, a, b)    # "每人每小时2次": a user's hours, all day
        else:
            r.add("qps", value / 3600, a, b)
    elif role == "qpm":                  # "600 queries per minute (at peak)": per second
        if (_PEAK_NEAR.search(t[max(0, a - 12):a]) or _AT_PEAK.match(t, b)) and \
                "peak_factor" not in r.params:
            r.params["qps_is_peak"] = True
            b = m.end() if (m := _AT_PEAK.match(t, b)) else b
        r.add("qps", value / 60, a, b)
    elif role == "qps" and (_PEAK_NEAR.search(t[max(0, a - 14):a]) or _AT_PEAK.match(t, b)) \
            and "peak_factor" not in r.params:
        # "peak QPS 800", "峰值QPS 800", "qps is ~4.5k at peak": the peak, not the average
        r.params["qps_is_peak"] = True
        b = m.end() if (m := _AT_PEAK.match(t, b)) else b
        r.add("qps", value, a, b)
    elif role == "gpu_count" and value <= 16 and "#" not in r.masked[b:b + 2] and (
            (_HAS_HEAD.search(t[max(0, a - 16):a]) and _last_thing(r, a) == "server")
            or (re.search(r"\b(?:per|for every)\s*$", t[max(0, a - 12):a]) and r.stated
                and str(r.stated[-1].param).startswith("server_price"))):
        # "Each box has 8 GPUs", "… and has 8 GPUs", "servers at $120k per 8 GPUs"
        r.add("gpus_per_server", value, a, b)
    elif role == "gpu_count" and value <= 72 and (
            _SERVER_OF.search(t[max(0, a - 16):a])
            or (_EACH_SERVER.match(r.masked[b:b + 24]) and _SERVER_NOUN.search(t))):
        # "servers (8x H100 each)", "8 H100 per node": a server's size, not a fleet
        r.add("gpus_per_server", value, a, b + (m.end() if (m := _EACH_SERVER.match(
            r.masked[b:b + 24])) else 0))
    elif role == "gpu_hours" and (yr := _PER_YEAR.match(t, b)):
        # "1.2 mln gpu hrs/yr": that many GPUs busy around the clock
        r.add("gpus", value / units.convert(1, "year", "hour"), a, yr.end())
    elif role == "gpu_count" and 1 < value <= 16 and "server" in r.params and \
            "gpus_per_server" not in r.params \
            and re.match(r"\s*卡\s*(?:[,，、;；]|$)", t[n.end:n.end + 4]) and _last_thing(r, a) == "server":
        # "一台HGX H100整机220万元，8卡，买100台": the size of the server just named
        r.add("gpus_per_server", value, a, b)
    elif role == "gpu_count" and (each := _EACH_OF_THING.match(t, n.end)) and _last_thing(r, a) == "server":
        # "TPU v6e pods: 256 chips each": the size of the thing named before
        r.add("gpus_per_server", value, a, each.end())
    elif role == "gpu_count" and re.match(r"\s*of (?:them|those|these)", t[n.end:b]) and (
            _last_thing(r, a) == "server" or ("gpus_per_server" in r.params and "server" in r.params)):
        # "each HGX H100 box is 8 GPUs … we have 600 of them": the boxes, whose size was given
        r.add("servers", value, a, b)      # "DGX B200 is $500k a box … 25 of them"
    elif role == "whole_year" and value.is_integer() and 1990 <= value <= 2100:
        # "for all of 2025": that year's days (the year itself dates the figures)
        days = 366.0 if (value % 4 == 0 and value % 100 != 0) or value % 400 == 0 else 365.0
        r.add("days", days, a, b)
    elif role == "formula":              # "按 6ND 估", "6*N*D": the rule's constant, not an input
        r.add(None, value, a, b, note="formula")
    elif role == "pf_days":              # "3640 PF-days": 1e15 FLOP/s for a day each
        r.add("train_flops", value * 1e15 * 86400, a, b)
    elif role == "tokens_per_month":     # "480 trillion tokens a month": a day's share of them
        r.add("tokens_per_day", value / units.convert(1, "month", "day"), a, b)
    elif role == "bought_count" or (
            role == "gpu_count" and _ON_TOP_OF.search(t[max(0, n.start - 24):n.start])):
        # ("… more DGX A100 on top of the 120 we have": the fleet of the thing named before)
        r.add("servers" if _last_thing(r, a) == "server" else "gpus", value, a, b)
    elif role in _DIRECT:
        r.add(_DIRECT[role], value, a, b)
    elif role == "users" and (at_once := _AT_ONCE.match(t, b)):
        # "10 people hitting it at once", "5千人同时在线": users in flight together
        r.add("concurrent_users", value, a, at_once.end())
    elif role == "users":
        # (the words around the count, not past the end of its sentence: "1.5M users. monthly
        # revenue?" counts no monthly users)
        head = t[max(0, a - 12):b] + re.split(r"[.;?!。；？！]", t[b:b + 12], maxsplit=1)[0]
        if re.search(r"monthly|\bmau\b|月活", head) or re.search(r"每月\s*$", t[max(0, a - 4):a]):
            r.params["monthly_users"] = True
        elif re.search(r"weekly|\bwau\b|周活", head) or re.search(r"每周\s*$", t[max(0, a - 4):a]):
            r.params["weekly_users"] = True      # ("每周8亿用户": the week's users, said before the count)
        r.add("users", value, a, b)
    elif role == "watts" and (wan := _WAN_USERS.search(t[max(0, a - 10):a])) and \
            re.match(r"\s*w(?![a-z])", t[n.end:b + 1]):
        # "日活30w": w is 万 (ten thousand) in Chinese chat, not watts
        kind = wan.group(0)
        if re.search(r"月活|mau", kind):
            r.params["monthly_users"] = True
        r.add("concurrent_users" if "并发" in kind else "users", value * 1e4, a, b)
    elif role in ("watts", "kilowatts", "megawatts", "gigawatts"):
        _assign_power(r, role, a, b, value)
    elif role == "price" and _EACH_ONLY.match(t[n.end:b + 1]) and _last_thing(r, a) == "server":
        # "DGX H100 boxes at $280k each": each box, not each GPU in it
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"server_price_{cur}", value, min(a, cur_start), max(b, cur_end))
    elif role == "rent_month":
        # "月租八千一张": a month of one card, as an hourly rent (730.5 hours a month)
        cur, cur_start, cur_end = _currency(r, n, a, b)
        end = max(b, cur_end)
        if (card := re.match(r"\s*(?:元|块)?\s*(?:/|每|一)\s*(?:张|卡|台)", t[end:end + 8])):
            end += card.end()
        r.add(f"rent_{cur}_per_hour", value / 730.5, min(a, cur_start), end)
    elif role == "electricity" and value >= 20 and (
            nxt := re.match(r"\s*([#&]+|(?:gpus?|servers?|nodes?|张|台))", r.masked[n.end:n.end + 12])):
        # "Electricity: 2,000 DGX A100 at 6.5 kW each": a count after the topic word, not a price
        r.add("servers" if "&" in nxt.group(1) or re.match(r"servers?|nodes?|台", nxt.group(1)) else "gpus",
              value, a, n.end)
    elif role == "electricity_mwh":
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"electricity_{cur}_per_kwh", value / 1000, min(a, cur_start), max(b, cur_end))
    elif role == "user_price":
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"{cur}_per_user_month", value, min(a, cur_start), max(b, cur_end))
    elif role in ("price", "budget", "rent", "electricity"):
        cur, cur_start, cur_end = _currency(r, n, a, b)
        if re.search(r"[毛角]$|[块元][一二两三四五六七八九]$", n.raw) and \
                not re.match(r"\s*(?:美元|美金|刀)", t[n.end:n.end + 4]):
            cur = "cny"                    # "六毛一度": tenths of a yuan (the number read them)
        if role in ("price", "budget") and value > (1e5 if cur == "usd" else 7e5) \
                and _last_thing(r, a) == "server" \
                and (_EACH_UNIT_AFTER.match(t, b) or _EACH_UNIT_BEFORE.search(t[max(0, a - 16):a])
                     or _BUY_IT_AT.search(t[max(0, a - 30):a])) \
                and not _BUDGET_WORDS.search(t[max(0, a - 12):b + 12]) and not _CAN_BUY.search(t[b:b + 8]):
            role = "server_price"        # "3 racks of GB200 NVL72, each ~$3.4M": a rack's price
        elif role in ("price", "budget") and (4e4 <= value <= 5e6 if cur == "usd"
                                              else 3e5 <= value <= 3.6e7) \
                and (_SERVERS_AT.search(lead := t[max(0, n.start - 40):n.start])
                     or _SERVER_QUOTED.search(r.masked[max(0, n.start - 40):n.start])) \
                and not _CAN_BUY.search(t) \
                and not _HOW_MANY_FOR.search(lead) and not _BUDGET_WORDS.search(t[max(0, a - 12):b + 12]):
            role = "server_price"        # "L40S servers (8 GPU) at $92k", "代理商A报 ¥235万": a quote
        elif role == "price" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and ("server" in r.params or "servers" in r.params) \
                and re.search(r"单价|unit price", t[max(0, a - 8):b]):
            role = "server_price"        # "100 台 H100 服务器，每台 8 卡，单价 220 万元": no card costs that
        elif role == "price" and value > (1e6 if cur == "usd" else 1e7):
            role = "budget"              # "1000 GPUs at $25M total": no one accelerator costs that
        elif role == "budget" and (1e3 <= value <= 1e5 if cur == "usd" else 7e3 <= value <= 7e5) \
                and "#" in r.masked[:a] and not _CONVERTED.search(t[max(0, a - 12):a]) and (
                    _PRICE_LIST.search(t[max(0, a - 30):a])
                    or re.match(r"\s*(?:/|每|一)\s*(?:张|卡|片|块|颗)", t[b:b + 6])    # "（$38k/张）"
                    or ((_ONE_CARD_PRICE.search(_price_clause(t, a)) or (
                        re.match(r"\s*#{2,}", r.masked[b:b + 4])
                        and _A_PRICED.search(t[max(0, n.start - 8):n.start])))
                        and not _CAN_BUY.search(t) and not _BUDGET_WORDS.search(t[max(0, a - 30):b + 12]))):
            role = "price"               # "一张 MI300X 只要 1.5 万美元", "buying at $30k": one card's price
        if role in ("electricity", "rent") and re.search(r"cents?|c\b|¢|分", t[n.end:b]):
            value /= 100
        elif role == "electricity" and re.search(r"毛|角", t[n.end:b]):
            value /= 10                    # "六毛一度": 0.6 yuan
        param = {"price": f"price_{cur}", "budget": f"budget_{cur}", "server_price": f"server_price_{cur}",
                 "rent": f"rent_{cur}_per_hour", "electricity": f"electricity_{cur}_per_kwh"}[role]
        r.add(param, value, min(a, cur_start), max(b, cur_end))
    elif role == "server_price" and value <= 1024 and not (
            CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start])
            or CURRENCY_AFTER.search(t[n.end:n.end + 16])):
        r.add("gpus_per_server", value, a, b)   # "8 per box": no money in it, a server's size
    elif role == "server_price":
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"server_price_{cur}", value, min(a, cur_start), max(b, cur_end))
    elif role == "token_price" and not re.search(r"tok|词元|\b(?:in|out)put\b|输入|输出|\bapi\b", t):
        r.add(None, value, a, b)         # "$2 per million" with no tokens anywhere: unknown
    elif role in ("token_price", "token_price_k"):
        cur, cur_start, cur_end = _currency(r, n, a, b)
        # "$0.15 per million input and $0.60 per million output": the prompt's price apart
        end = max(b, cur_end)
        before = CLAUSE.split(t[max(0, n.start - 18):n.start])[-1]     # ("输入每百万 token 2 元")
        side = "input_" if (re.match(r"\s*(?:input|prompt)s?\b", t[end:end + 12])
                            or re.search(r"\b(?:input|prompt|in)\b", t[n.end:end])
                            or (_INPUT_PRICE.search(before)
                                and not re.search(r"输出|output|completion", before)
                                # ("$0.25 per M input / $1.1 per M output": the second is the output's)
                                and not re.search(r"输出|\boutput|\bcompletion|\bout\b", t[n.end:end])
                                # ("$0.6/M input + $2.4/M output": the words after it say whose)
                                # (English only: "输入 2 元 输出 8 元" says 输出 before the number it names)
                                and not re.match(r"\s*(?:outputs?|completions?)\b", t[end:end + 14]))) \
            else ""
        r.add(f"{cur}_per_million_{side}tokens", value * (1000 if role == "token_price_k" else 1),
              min(a, cur_start), max(b, cur_end))
    elif role in ("dram_price", "dram_price_tb"):
        _, cur_start, cur_end = _currency(r, n, a, b)
        value /= 1000 if role == "dram_price_tb" else 1
        # "$15/GB" is HBM's price when HBM is the nearer memory word before it, else DRAM's
        head = re.split(r"[,;，；。]|\band\b|和|以及|\bvs\.?|versus|对比", t[max(0, a - 40):a])[-1]
        hbm, dram = head.rfind("hbm"), max(head.rfind("dram"), head.rfind("内存"),
                                           max((m.start() for m in re.finditer(r"ddr\d", head)), default=-1))
        if hbm == dram == -1 and "hbm" in t and not re.search(r"dram|ddr|内存", t[:a]):
            # "288GB each @ $12/GB. HBM $bn? … DRAM $2.4/GB": DRAM's price comes later, so this is HBM's
            hbm = 0                      # "how much HBM … at $15/GB": no DRAM anywhere
        r.add("hbm_usd_per_gb" if hbm > dram else "dram_usd_per_gb", value,
              min(a, cur_start), max(b, cur_end))
    elif role == "hbm_gb":
        r.add("hbm_gb_per_gpu", value, a, b)
    elif role == "number" and (now := _NOW_AFTER.match(t, n.end)) and "#" in r.masked and \
            not re.search(r"users?|user base|用户|日活|月活|dau|mau", t[max(0, a - 60):a]) and \
            value >= 2 and float(value).is_integer() and _GROWS_WORD.search(t):
        # "H100-equivalents … if we're at 50,000 today"; "tokens/day … from 5B today": the tokens a day
        r.add("tokens_per_day" if value >= 1e8 and readings.TOKENS_A_DAY.search(t[:a]) else "gpus",
              value, a, now.end())
    elif role == "number" and (pct := _PERCENTILE_WORD.match(t[n.end:n.end + 14])):
        r.add(None, value, a, n.end + pct.end(), note="percentile")
    elif role == "seconds" and (TTFT.search(t[b:b + 25]) or TTFT.search(t[max(0, a - 30):a])):
        r.add("ttft_ms", value * 1000, a, b)      # "TTFT under 1s"
    elif role == "tpot_ms":   # "50 ms per token", or a time-to-first-token target
        own = re.split(r"\d", t[b:b + 20])[0]   # up to the next number: "300ms and 25ms/token"
        near = CLAUSE.split(t[max(0, a - 30):a])[-1]   # "ttft < 500ms, tpot < 50ms": its own words
        if TTFT.search(near) and PER_TOKEN.search(near):
            # "首字延迟不超过500毫秒、每个token 40毫秒": the nearer words are this number's
            last_ttft = max(m.end() for m in TTFT.finditer(near))
            last_tok = max(m.end() for m in PER_TOKEN.finditer(near))
            ttft = last_ttft > last_tok
        elif TTFT.search(near) or PER_TOKEN.search(near):
            ttft = bool(TTFT.search(near)) and not re.match(
                r"\s*(?:/\s*(?:output )?token|per (?:output )?token)", t[b:b + 20])
        else:
            ttft = not PER_TOKEN.search(own) and bool(
                TTFT.search(re.split(r"\d", t[b:b + 25])[0]) or TTFT.search(t[max(0, a - 30):a]))
        r.add("ttft_ms" if ttft else "tpot_ms", value, a, b)
    elif role == "words":
        r.pending.append(("tokens", n, a, b, value / WORDS_PER_TOKEN))
    elif role in ("days", "hours", "weeks", "months", "years", "quarters", "tokens", "util", "queries",
                  "growth_rate_year", "percent", "util_fraction"):
        r.pending.append((role, n, a, b, value))
    elif re.fullmatch(r"[\d.,]+\s?b", n.raw) and 1e8 <= value <= 1e13:
        r.pending.append(("size", n, a, b, value))   # "a 7B on 2T tokens": a size, if training
    else:
        r.add(None, value, a, _word_after(r.t, b))


# OpenAI, 'What are tokens and how to count them' (help.openai.com): one token is about
# 3/4 of an English word, so a stated word count is read as 4/3 as many tokens
WORDS_PER_TOKEN = 0.75

_PEAK_NEAR = re.compile(r"(?:peak(?:s|ing)?|峰值|高峰|最高|busiest)\s*"
                        r"(?:qps|rps|load|traffic|of|is|at|=|:|时|期)?"
                        r"\s*(?:qps|rps)?\s*(?:of|is|=|:|为|是|达到|约)?\s*$")
_PER_USER_HEAD = re.compile(r"(?:每个?用户|每人|每路|单用户|每个?会话|per user)\s*(?:的)?\s*"
                            r"(?:输出|生成|解码)?\s*(?:速度|速率)?\s*(?:要|需要|至少|不低于|达到|为|是|按)?\s*(?:每秒)?\s*$")
_PER_USER_RATE = re.compile(r"^\s*(?:each|per (?:user|stream|session|request|person)|a user|for each user|"
                            r"/\s*(?:user|stream))\b")


def _word_after(t: str, b: int) -> int:
    """An unplaced number is quoted with the word it counts ("15 pings"), for the reader; not with
    a word that counts nothing ("swapping our 96 for 32": "96", not "96 for")."""
    m = re.match(r"[ -]?[a-z]+|[\u4e00-\u9fff]{1,4}", t[b:b + 16])
    if m is None or _FUNCTION_WORD.fullmatch(m.group().strip(" -")):
        return b
    return b + m.end()


_FUNCTION_WORD = re.compile(r"for|to|and|or|but|the|a|an|in|on|at|with|of|by|from|than|vs|if|so|saves?|"
                            r"is|are|was")


_SERVER_NOUN = re.compile(r"&|servers?|nodes?|racks?|boxes|台|机柜|服务器|节点|整机")
_THING = re.compile(r"(&+|\b(?:servers?|nodes?|racks?|boxes|box|machines?|chassis|pods?)\b|"
                    r"台|机柜|服务器|节点|整机)|"
                    r"(#+|\b(?:gpus?|cards?|chips?|accelerators?)\b|卡|芯片)")
_EACH_ONLY = re.compile(r"[^a-z\u4e00-\u9fff]*(?:k|m|万)?\s*(?:us\$|\$|usd|dollars?|美元|¥|rmb|元)?\s*"
                        r"(?:each|apiece|a pop|一个|每个)\b")


# a server is what measured the rate: "HGX H100 does 22k tok/s", "DGX B200 每台实测 4.8万 tok/s",
# "单机 8 卡实测合计 3200 tok/s", "9,000 tok/s per 8-GPU server"
_SERVER_MARK = re.compile(r"每台|单台|一台|每柜|每个机柜|单机|整机|整柜|每个节点|每节点|一个节点|"
                          r"\b(?:per|each|a|one|the|our|their|this|that|every)\s+"
                          r"(?:\d+[- ]?(?:gpu|card|x)\s*)?(?:#+\s*)?"
                          r"(?:(?:edge|inference|gpu|serving|ai|compute|worker)\s+)?"
                          r"(?:node|server|box|rack|machine)s?\b|"
                          # "…, rack does ~1.1M tok/s": a bare singular at the clause's start
                          r"^\s*(?:node|server|box|rack|machine)\b(?!s)|"
                          # "our bench: 8-gpu mi325x box does ~6.2k tok/s": a sized box said bare, no count
                          r"(?:^|[:：]\s*)\d+[- ]?(?:gpu|card)\s*(?:#+\s*)?"
                          r"(?:node|server|box|machine)\b(?!s)|"
                          r"&+")
_PER_SIZED_SERVER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:per|/|each|every|a)\s*\d+\s*[-x×]?\s*"
                               r"(?:gpus?|cards?|#+)[\s-]*(?:&+|server|node|box|rack|machine)")


def _server_rate(r: _Reading, a: int, b: int) -> bool:
    """A measured rate whose subject is one server or rack (not a count of them, and not
    qualified as per GPU)."""
    after = CLAUSE.split(r.masked[b:b + 30])[0]
    if _PER_SIZED_SERVER.match(after):
        return True
    before = CLAUSE.split(r.masked[max(0, a - 60):a])[-1]
    mark = None
    for m in _SERVER_MARK.finditer(before):
        mark = m
    if mark is None or PER_GPU_RATE.search(before[mark.end():]) or PER_GPU_RATE.search(after) \
            or PER_GPU_RATE.search(r.masked[a:b]) or re.match(r"\s*(?:per|/|each)\s*(?:gpu|card|#)", after):
        return False
    if mark.group().startswith("&"):
        # "64 HGX H100 do 1M tok/s": a count of servers, so the fleet's rate
        return not re.search(r"[\d万千x×]\s*$", before[:mark.start()])
    return True


def _last_thing(r: _Reading, a: int) -> str | None:
    """What the nearest thing named before position a is: "server" or "gpu" (None when none
    is named in the 60 characters before it)."""
    last = None
    for m in _THING.finditer(r.masked, max(0, a - 60), a):
        last = "server" if m.group(1) else "gpu"
    return last


_ON_ONE_GPU = re.compile(r"\s*(?:measured\s*|observed\s*)?(?:on|with|from|per)\s*(?:one|a single|a|1|each)\s*"
                         r"(?:#+|gpus?|cards?|chips?)")
_HAS_HEAD = re.compile(r"\b(?:has|have|holds|contains|packs|comes with|with)\s*$|(?:有|装|配|带)\s*$")
_EACH_HEAD = re.compile(r"(?:每个|每一个|each(?: one)?|apiece)\s*"
                        r"(?:按|算|大概|大约|约|is|at|draws?|uses?|~)*\s*$")


_GPU_INCL_SERVER = re.compile(r"(?:一张|每张|单卡|每卡|一块|每块)\s*(?:卡)?\s*#*\s*(?:卡)?\s*(?:的)?\s*"
                              r"(?:连|含|包含|加上?|算上)\s*(?:服务器|整机)|"
                              # "单颗B200功耗1.2kW（含整机分摊）", "each GPU incl. its share of the server"
                              r"(?:含|包含|算上)\s*(?:服务器|整机)\s*(?:的)?\s*分摊|"
                              r"\b(?:its|their)\s+share of the (?:server|node|box|chassis)")


_SITE_HAS = re.compile(r"(?:机房|园区|数据中心|机楼|campus|site|facility|data ?cent(?:er|re)|hall)"
                       r"[^，,。;；]{0,10}"
                       r"(?:只能拿出|能拿出|拿得出|可用|只有|给了|拿出|提供|available|has|have|gives?)"
                       r"[^，,。;；\d]{0,4}$")
_PER_RACK_AFTER = re.compile(r"\s*(?:per[- ]?(?:rack|cabinet|server|node)|/\s*(?:rack|柜)|每柜|单柜|一柜)")


def _assign_power(r: _Reading, role: str, a: int, b: int, value: float) -> None:
    """Watts are a power; which one is told by the qualifier in the same clause: per GPU,
    per server (or rack), else the facility. MW and GW are never one GPU's draw."""
    masked = r.masked
    unit = {"watts": "W", "kilowatts": "kW", "megawatts": "MW", "gigawatts": "GW"}[role]
    tail = CLAUSE.split(masked[b:b + 28])[0]
    head = CLAUSE.split(masked[max(0, a - 32):a])[-1]
    server_ctx = bool(PER_SERVER.search(tail) or PER_SERVER.search(head))
    gpu_ctx = bool(PER_GPU.search(tail) or PER_GPU.search(head))
    if not (gpu_ctx or server_ctx) and EACH.search(tail):
        # a bare "each" is the nearest counted thing's: "640 V100s in rack row C drawing 300 W
        # each" is each V100's, though a rack is named after the count
        counted = [s for s in r.stated if s.param in ("gpus", "servers") and s.end <= a]
        since = [m for m in _THING.finditer(r.masked, counted[-1].end, a)] if counted else []
        if since and not since[-1].group(1):
            # "30 racks, each capped at 17.3 kW. With A100 at 400 W each": the cards named since
            server_ctx = False
        elif counted:
            server_ctx = counted[-1].param == "servers"
        else:
            server_ctx = bool(_SERVER_NOUN.search(head))
        gpu_ctx = not server_ctx
    if not (gpu_ctx or server_ctx) and _EACH_HEAD.search(head):
        # "放 GB200 NVL72 rack … 每个按 120kW 算": each of the thing named last
        thing = _last_thing(r, a)
        server_ctx, gpu_ctx = thing == "server", thing == "gpu"
    if re.match(r"\s*(?:per|/|a|each|every)\s*(?:gpu|accelerator|card|chip)\b|\s*(?:每卡|每张|单卡)|"
                r"\s*/\s*(?:卡|张|颗|块)", tail):
        # "how many gpus fit per rack w/ h100 at 1,275 W per GPU": the unit written on the number
        # itself, whatever the clause says before it
        gpu_ctx, server_ctx = True, False
    if _GPU_INCL_SERVER.search(head + tail):
        # "一张 GB200 连服务器按 1.8kW", "per GPU incl. its server share": one card's all-in draw
        gpu_ctx, server_ctx = True, False
    if role == "kilowatts" and not gpu_ctx and _SERVER_NOUN.search(head + tail):
        server_ctx = True
    if role == "watts" and not gpu_ctx and ((value > 2500 and _SERVER_NOUN.search(head + tail)) or (
            "gpus_per_server" in r.params and re.search(r"整机\s*(?:功耗|功率|满载)[^，,。]{0,6}$", head))):
        server_ctx = True                  # "八卡服务器整机功耗大概 6500W": no GPU draws 6.5 kW
    if role == "kilowatts" and not (gpu_ctx or server_ctx) and value <= 2:
        gpu_ctx = True                     # "+ 0.7kW": no facility draws under 2 kW
    if role == "kilowatts" and not (gpu_ctx or server_ctx) and 2.5 < value <= 200 and (
            _last_thing(r, a) == "server" or "server" in r.params or "gpus_per_server" in r.params):
        server_ctx = True                  # "一台HGX H100服务器…满载10kW左右": the server's
    if role == "kilowatts" and gpu_ctx and not server_ctx and value > 2.5 and (
            "servers" in r.params or "server" in r.params or "gpus_per_server" in r.params) \
            and not PER_GPU.search(head + tail):
        # "50 racks … at 132 kW each", "how many 8-gpu servers, 10.2 kW each": no GPU draws 132 kW
        gpu_ctx, server_ctx = False, True
    if role == "kilowatts" and value > 250 and not (PER_SERVER.search(tail) or PER_SERVER.search(head)
                                                     or EACH.search(tail)):
        server_ctx = gpu_ctx = False       # "a 600 kW power envelope": a site's, no rack draws that
    # ("每台11kW 总共几MW": the total asked after it is not this number's)
    if (re.match(r"\s*(?:in\s+)?(?:total|all told|in all|overall|combined)\b(?!\s*(?:how|what))|"
                 r"\s*(?:总共|合计|总计)(?!\s*(?:要|需要|是)?\s*(?:几|多少))", tail)
            or re.search(r"(?:总共|合计|一共|总计|总功率|总电力|总容量|total of)\s*(?:是|为|有|约|大约)?\s*$",
                         head)):
        server_ctx = gpu_ctx = False       # "the pod has 340 kW total": the whole site's
    if _SITE_HAS.search(head) and not _PER_RACK_AFTER.match(tail):
        server_ctx = gpu_ctx = False       # "机房只能拿出20kW的电": the room's, not one server's
    big = role in ("megawatts", "gigawatts")
    if server_ctx and not (big and value >= 1):     # no server or rack draws a megawatt
        r.add("watts_per_server", units.convert(value, unit, "W"), a, b + _qual_len(tail))
    elif not big and (gpu_ctx or role == "watts"):
        r.add("watts_per_gpu", units.convert(value, unit, "W"), a, b + _qual_len(tail))
    else:
        r.add("power_mw", units.convert(value, unit, "MW"), a, b)


def _qual_len(tail: str) -> int:
    m = re.match(r"\s*(?:per|/|a|each|every)\s*(?:gpu|accelerator|card|chip|server|node|rack|box|"
                 r"machine)|\s*(?:each|apiece|all-in)", tail)
    return m.end() if m else 0


def _currency(r: _Reading, n: Num, a: int, b: int) -> tuple[str, int, int]:
    """The amount's currency ("usd" / "cny"), and where the symbol or word before and after the
    number starts and ends (so the span quotes "¥240k", "3.5万美元")."""
    from_ = max(0, n.start - 6)
    after = CURRENCY_AFTER.search(r.t[n.end:n.end + 16])
    before = CURRENCY_BEFORE.search(r.t[from_:n.start])
    start = from_ + before.start() if before else n.start
    end = n.end + after.end() if after else n.end
    if after:
        usd = re.match(r"美元|美金|美分|刀|usd|us\$|dollar|buck|cent", after.group(1)) or (
            # "預算美金 4,500 萬元": the dollars said before; 元 after is the amount's unit word
            after.group(1) in ("元", "万元")
            and re.search(r"(?:美金|美元|usd)\s*$", r.t[max(0, n.start - 6):n.start]))
        if not usd and after.group(1) == "块" and (
                more := re.match(r"\s*(?:钱)?\s*(?:美元|美金|刀)(?:\s*(?:一|每|/)\s*(?:个)?(?:小时|h\b))?",
                                 r.t[end:end + 10])):
            return "usd", start, end + more.end()    # "两块美金一小时": two dollars
        return ("usd" if usd else "cny"), start, end
    if before:
        return ("cny" if before.group(1) in ("¥", "rmb", "cny", "￥") else "usd"), start, end
    if KW["cny"].search(r.t[max(0, a - 4):b]):
        return "cny", start, end
    # no currency at the number: the question's own, and RMB in a Chinese question without US$
    # (dollars only asked for, "合多少美元", are the answer's currency, not the amount's)
    if _ASKED_IN_CNY.search(r.t) and not KW["cny"].search(_ASKED_IN_CNY.sub("", r.t)) \
            and not _CJK.search(_ASKED_IN_CNY.sub("", r.t)):
        # "H100 list 30k … in RMB @7.1?": the yuan is the answer's currency; what is converted into
        # it is not yuan
        return "usd", start, end
    if (KW["cny"].search(r.t) or _CJK.search(r.t)) and not KW["usd"].search(_ASKED_IN_USD.sub("", r.t)):
        return "cny", start, end
    if re.search(r"[万亿]", n.raw) and _CJK.search(r.t) and re.search(r"汇率|exchange rate|\bfx\b", r.t):
        # "9.8万一张, 8卡整机 140万, 对比 h200 整机 $310k 汇率7.15": the dollars are marked, an exchange rate
        # joins the two currencies, and the amounts counted in 万 without a mark are the yuan
        return "cny", start, end
    return "usd", start, end


_ASKED_IN_CNY = re.compile(r"\b(?:in|into|to)\s+(?:rmb|cny|yuan|renminbi|chinese yuan)\b|"
                           r"(?:合|折合|折成|换成|换算成|折算成?|转成|算成|等于|相当于)\s*(?:多少|几)?\s*(?:万|亿)?\s*"
                           r"(?:人民币|rmb|元)|(?:多少|(?<![十百千万])几)\s*(?:万|亿)?\s*人民币")


_ASKED_IN_USD = re.compile(r"(?:合|折合|折成|换成|换算成|折算成?|等于|相当于)?\s*(?:多少|几)\s*(?:万|亿)?\s*"
                           r"(?:美元|美金|刀)|"
                           r"(?:合|折合|折成|换成|换算成|折算成?|转成|算成)\s*(?:成)?\s*(?:美元|美金|刀)")


# ---- what needs the whole question: durations, tokens, utilization, queries ----

_DOUBLING = re.compile(
    r"(?:doubl\w*|翻倍|翻番|翻一番|翻了?一倍)\s*(?:(?:~|about|around|roughly|approx\.?|approximately)\s*)?"
    r"(?:every|each|in|per|=|:)?\s*(?:每)?\s*"
    r"(?:~|about|around|roughly|approx\.?|approximately|约|大约|大概)?\s*$"
    r"|(?:翻倍周期|翻倍时间|doubling (?:time|period))\s*(?:是|为|of|=|:|is)?\s*(?:约)?\s*$"
    r"|^\s*(?:[a-z ]{0,12}|个)?(?:to |的)?(?:doubl|翻倍|翻番|翻一番)")
_DOUBLING_HEAD = re.compile(
    r"(?:doubl\w*|翻倍|翻番|翻一番|翻了?一倍)\s*(?:(?:~|about|around|roughly|approx\.?|approximately)\s*)?"
    r"(?:every|each|in|per|=|:)?\s*(?:每)?\s*"
    r"(?:~|about|around|roughly|approx\.?|approximately|约|大约|大概)?\s*$"
    r"|(?:翻倍周期|翻倍时间|doubling (?:time|period))\s*"
    r"(?:是|为|按|按照|取|of|=|:|is|were|was|was only|of only|"
    r"(?:(?:drops?|goes|went|shrinks?|falls?|stretches|slips?|changes?|moves?) to)|"
    r"降到|变成|改成|缩短到|延长到|拉长到)?\s*(?:约)?\s*$")
_EVERY = re.compile(r"(?:every|each|每|按|按照|以|照)\s*$")


_NEEDS_INTENT = ("days", "hours", "weeks", "months", "years", "quarters", "util", "percent",
                 "util_fraction", "size")
_DURATIONS = ("days", "hours", "weeks", "months", "years", "quarters")


def _duration(t: str, role: str, value: float, b: int) -> tuple[float, str, int]:
    """(value, unit, end) of a duration: a quarter is three months; "两年半" / "一个半月"
    add the half after the unit."""
    if role == "quarters":
        value, role = value * 3, "months"
    if t[b:b + 1] == "半":
        value, b = value + 0.5, b + 1
    return value, role[:-1], b


def _resolve_pending(r: _Reading, intent: str | None, *, first_pass: bool = False) -> None:
    """Roles that need the rest of the question; durations, utilizations and bare percentages
    also need the intent, so they wait for the second pass (doubling times do not)."""
    t = r.t
    train_ctx = bool(re.search(r"train|训练|微调|fine-?tun|epoch|on\s+[\d.,]+\s*[tbm]?\s*tokens|"
                               r"chinchilla", t))
    later: list[tuple[str, Num, int, int, float]] = []
    for role, n, a, b, value in r.pending:
        if first_pass and role in _NEEDS_INTENT:
            if role in _DURATIONS and _is_doubling(t, a, b):
                value, unit, b = _duration(t, role, value, b)
                r.add("doubling_months", units.convert(value, unit, "month"), a, b)
            else:
                later.append((role, n, a, b, value))
            continue
        if role == "years" and float(value).is_integer() and 1990 <= value <= 2100:
            grows = intent == "growth" or bool(_GROWS.intersection(r.params))
            ahead = (value - this_year()) * 12
            other_year = any(pa != a and (pr in ("years", "year")) and 1990 <= pv <= 2100
                             for pr, _, pa, _, pv in r.pending) or any(
                st.param == "year" for st in r.stated)
            if grows and ahead > 0 and not other_year:
                # "2027年每天多少？": the horizon, from this year ("从2024年到2030年": the span)
                r.add("period_months", ahead, a, b)
            elif grows and ahead <= 0 and not other_year and _BY_YEAR.search(t[max(0, a - 8):a]):
                r.add("year", value, a, b, note="not_ahead")   # "到2026年" said in 2026: no time to grow
            else:                        # "2024年的价格": a calendar year, not 2,024 years
                r.add("year", value, a, b)
        elif role in _DURATIONS and value == 1 and any(
                st.param == "queries_per_user" and st.start < a <= st.end for st in r.stated):
            continue                     # "40 msgs each a day": inside the per-user rate's words
        elif role == "years" and value == 1 and "growth_rate_year" in r.params and re.match(
                r"\s*(?:年|years?|yrs?)?\s*(?:内|的)?\s*(?:增长|增速|增幅|涨|growth|grows?|growing)", t[b:]):
            continue                     # "用户一年增长50%": the rate's own year, not a period
        elif role in _DURATIONS:
            value, unit, b = _duration(t, role, value, b)
            if intent == "growth" or (_GROWS.intersection(r.params)
                                      and not _PRICED_BY_TIME.intersection(r.params)):
                # the horizon of a growth ("growing 80% a year: GPUs in three years?")
                r.add("period_months", units.convert(value, unit, "month"), a, b)
            else:
                r.add("days", units.convert(value, unit, "day"), a, b)
        elif role == "tokens" and (per := _load_period(t, a, b)) is not None:
            # "50 million tokens per hour", "2B tokens per week": a volume over a period, as a day's
            days, a, b = per
            r.add("tokens_per_day", value / days, a, b)
        elif role == "tokens":
            r.add(_token_param(r, a, b, value, train_ctx), value, a, b)
        elif role in ("util", "util_fraction"):
            frac = value / 100 if role == "util" or value > 1 else value
            # ("100,000 H100 for 90 days … at 35% MFU how many FLOPs": said as MFU, read as MFU)
            mfu_said = intent == "convert" and re.search(r"mfu|模型算力利用率", t[a:b]) is not None
            r.add("mfu" if intent == "training" or mfu_said else "utilization", frac, a, b)
        elif role == "growth_rate_year":
            r.add("growth_rate_year", value / 100, a, b)
        elif role == "size":
            # "a 7B on 2T tokens" in training; "DeepSeek R1 671B": the named model's size
            # ("405B bf16 HBM?": the size of the model whose memory is asked)
            if (intent in ("training", "memory") or "model" in r.params or re.match(
                    r"\s*(?:~|-?class\b|级)", r.masked[b:b + 8])) and "params" not in r.params:
                r.add("params", value, a, b)   # "70B bf16", "a 405B-class model": a model's size
            else:
                r.add(None, value, a, _word_after(t, b))
        elif role == "percent":
            share = "mfu" if "mfu" in r.params else None   # (a utilization raised has its own reading)
            if intent == "training" and "mfu" not in r.params:
                r.add("mfu", value / 100, a, b)
            elif share is not None and _RAISED_TO.search(t[max(0, a - 12):a]) and 0 < value <= 100:
                r.add(share, value / 100, a, b)   # "MFU从30%提到50%": the share after, compared
            else:
                r.add(None, value, a, b)
        elif role == "queries" and (per := _load_period(t, a, b)) is not None:
            # "1B requests/month", "每周1亿次请求": a month's or a week's volume, as a day's
            # ("if each sends like 10 queries/day": a hedge between "each" and the number)
            per_user = bool(re.search(r"per (?:user|person|head)|each|每人|每用户", t[max(0, a - 24):b + 24]))
            days, a, b = per
            r.add("queries_per_user" if per_user else "queries_per_day", value / days, a, b)
        elif role == "queries":
            if tail := re.match(r"\s*个\s*(?:queries|query|requests?|reqs?|calls?)(?![a-z])", t[b:b + 16]):
                b += tail.end()           # "每日大約 40 萬個 query": the count's own noun, quoted with it
            per_user = _queries_per_user(t, a, b)
            per_day = re.search(r"^[^,，;]{0,16}(?:a|per|each|every|/)\s*day|^[^,，]{0,6}每天|每天|每日|日均",
                                t[b:b + 20] + " " + t[max(0, a - 6):a])
            big = value > 10_000
            if per_user or not (big or (per_day and "users" not in r.params
                                        and "concurrent_users" not in r.params)):
                if (each_day := re.match(r"\s*(?:each|apiece|per user)?\s*(?:a|per|/|every)\s*day\b", t[b:])):
                    # "40 msgs each a day": the words are this number's, not a period of a day
                    end = b + each_day.end()
                    inside = [st for st in r.stated if b <= st.start < end and st.param == "days"]
                    r.stated = [st for st in r.stated if st not in inside]
                    if inside and r.params.get("days") == inside[0].value:
                        r.params.pop("days")
                    b = end
                r.add("queries_per_user", value, a, b)
            else:
                r.add("queries_per_day", value, a, b)
    r.pending = later


# "8x H100服务器", "8 H100 servers": a server's size written before its name
_TOKEN_HEAD = re.compile(r"(输出|输入|output|input|prompt|上下文)\s*(?:长度)?\s*(?:为|是|=|:)?\s*$")
_BOXES_COUNTED_LATER = re.compile(r"\b(?:of (?:them|those|these)|"
                                  r"\d[\d,]*\s*(?:servers|nodes|boxes|machines))\b")
# "8x MI325X boxes" (many, each of that size), "an 8x L40S box"
_SIZED_BOX = re.compile(r"\s*[x×]\s*#+\s*"
                        r"(?:(?P<many>servers|nodes|boxes|machines)|server|node|box|machine)\b")
_NAME_THEN_SERVER = re.compile(r"\s*[x×]?\s*#+\s*(?:servers?|nodes?|boxes|服务器|节点|整机|机器)")
_WAN_USERS = re.compile(r"(?:日活|月活|周活|用户数?|并发|dau|mau)\s*(?:大概|大约|约|有)?\s*$")
_SERVER_OF = re.compile(r"(?:servers?|nodes?|boxes|machines?|racks?|服务器|节点|机柜|&)\s*"
                        r"(?:[(（]\s*(?:of|with)?|of|with|holding|containing|packing)\s*$")
_EACH_SERVER = re.compile(r"\s*(?:#+\s*)?(?:each|per (?:server|node|box|machine)|every (?:server|node))\b")
_GOING_TO = re.compile(r"(?:going|growing|grow|rising|rise|scaling|scale|heading|up|get) to\s*|\bhit\s*|"
                       r"(?:will|'ll|going to|expect to|should) be at\s*|"
                       r"to reach\s*|reaching\s*|\buntil\s*(?:we (?:hit|reach|have)\s*)?|\btill\s*|"
                       r"before we hit\s*|"
                       r"\b(?:reach|cross|pass|top|surpass|exceed)(?:es|ed)?\s*|"
                       r"(?:增长|增加|涨|达|扩大|扩展|做|突破|超过)到?\s*|(?:能|会|可以)?(?:到达|达到|到)\s*|"
                       r"(?:→|->|=>)\s*(?:目标\s*)?|目标\s*(?:是|为)?\s*|\btarget(?:ing|ed)?(?: of| is)?\s*|"
                       r"\baim(?:ing|s)? (?:for|at)\s*|"
                       # "the product team is forecasting 20 million MAU after the launch"
                       r"\b(?:(?:forecast|project|expect|predict)(?:s|ed|ing)?|plan(?:s|ned|ning)?)\s+(?:for\s+)?"
                       r"(?:about\s+|around\s+|~)?|"
                       r"预计(?:会)?(?:有|到|达到)?\s*|预期\s*")
# a volume's period, after it ("2B tokens per week", "1B requests/month") or before it in Chinese
# ("每周1亿次请求", "每月30亿次调用"); hours only for tokens (a query rate per hour is read as "qph")
_PERIOD_AFTER = re.compile(r"\s*(?:of [a-z]+\s*)?(?:(?:/|per|an?|each|every)\s*"
                           r"(?P<u>month|week|wk|hour|hr)\b|"
                           r"(?P<adv>monthly|weekly|hourly)\b|(?:每个?|/)(?P<cu>月|周|星期|小时))")
_PERIOD_BEFORE = re.compile(r"(?:每个?|一个?)(?P<cu>月|周|星期|礼拜|小时)\s*"
                            r"(?:大概|大约|约|有|要|处理|调用)*\s*$")
_PERIOD_DAYS = {"month": 30.4375, "monthly": 30.4375, "月": 30.4375, "week": 7.0, "wk": 7.0, "weekly": 7.0,
                "周": 7.0, "星期": 7.0, "礼拜": 7.0, "hour": 1 / 24, "hr": 1 / 24, "hourly": 1 / 24,
                "小时": 1 / 24}


# who a count of queries belongs to: a user named around it ("per user", "每人"), "each" after it, or
# before it with users in the question, users doing them ("users avg 25 queries a day"), or a payer
# named in the clause or the one before ("如果每个用户每月只付 9.9 元，每天用 5 次")
_PER_USER_AROUND = re.compile(r"per (?:user|person|head|dau)|each user|a user|/\s*(?:user|person|u)\b|"
                              r"每人|每用户|每个用户|人均")
_EACH_AFTER = re.compile(r"\s*(?:(?:a|per|every|/)\s*day\s*)?(?:each|apiece)\b")
# ("each sends like 10 queries/day", "each maybe 30 msgs/day": a verb or a hedge between)
_EACH_BEFORE = re.compile(r"\beach\s*(?:(?:sends?|makes?|does|asks?|fires?|runs?)\s+)?"
                          r"(?:~|about|around|roughly|like|maybe|probably|prob|approx\.?)?\s*$")
_USERS_DO = re.compile(r"\b(?:users?|seats?|people|customers|members|employees|they)\s+"
                       r"(?:avg|average|averages|averaging|send|sends|make|makes|do|does|ask|asks|runs?|fires?|"
                       r"at|@)\s*"
                       r"(?:about|around|~|roughly)?\s*$")
_PAYER = r"(?:付费)?(?:用户|席位|坐席|学生|律师|会员|员工)"
_PAYER_CLAUSE = re.compile(r"(?:每个?|每位|一个)" + _PAYER + r"[^，,。；;]{0,14}$|"
                           r"(?:用户|学生|律师|员工)每天[^，,。；;]{0,6}$")
_PAYER_NAMED = re.compile(r"(?:每个?|每位)" + _PAYER)


def _queries_per_user(t: str, a: int, b: int) -> bool:
    """Is the count of queries at t[a:b] each user's, not the whole load's?"""
    return bool(_PER_USER_AROUND.search(t[max(0, a - 16):b + 24]) or _EACH_AFTER.match(t[b:])
                or (re.search(r"\b(?:users?|dau|seats?|ppl|people|members|employees|devs?|folks)\b", t[:a])
                    and _EACH_BEFORE.search(t[max(0, a - 24):a]))
                or _USERS_DO.search(t[max(0, a - 30):a]) or _PAYER_CLAUSE.search(t[max(0, a - 24):a])
                or (_PAYER_NAMED.search(t[max(0, a - 40):a])
                    and re.search(r"每天[^，,。；;]{0,6}$", t[max(0, a - 10):a])))


def _load_period(t: str, a: int, b: int) -> tuple[float, int, int] | None:
    """(days in the period, span start, span end) when a volume is said per month, week or hour."""
    if m := _PERIOD_AFTER.match(t, b):
        return _PERIOD_DAYS[m.group("u") or m.group("adv") or m.group("cu")], a, m.end()
    if m := _PERIOD_BEFORE.search(t[max(0, a - 12):a]):
        return _PERIOD_DAYS[m.group("cu")], max(0, a - 12) + m.start(), b
    return None
_GROWS = {"growth_rate_year", "doubling_months", "users_to"}
_PRICED_BY_TIME = {"rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                   "electricity_cny_per_kwh"}


def _is_doubling(t: str, a: int, b: int) -> bool:
    head, tail = t[max(0, a - 24):a], t[b:b + 24]
    if re.match(r"\s*(?:(?:个)?\s*(?:月|年|天|周)\s*)?(?:后|以后|之后)", tail):
        return False                  # "每3.4个月翻一倍 5年后是现在的多少倍": the horizon, after the doubling
    # the words must end right before the number ("doubling every 3.5 months"), not merely
    # begin the window ("…翻一番，2024年…" is no doubling time)
    before = bool(_DOUBLING_HEAD.search(head))
    return bool(before or (_EVERY.search(head) and re.search(
        r"^[^.?!,，]{0,14}(?:doubl|翻倍|翻番|翻一番|翻了?一倍)", tail))
        # "训练算力 6 个月翻倍": the period said right before the doubling
        or re.match(r"\s*(?:个\s*)?(?:月|年)?\s*(?:就|会|能)?\s*(?:翻倍|翻一番|翻番)", tail))


def _token_param(r: _Reading, a: int, b: int, value: float, train_ctx: bool) -> str:
    if value >= 1e9 or (train_ctx and value >= 1e7):
        return "train_tokens"
    t = r.t
    inside = t[a:b]
    for rx, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens")):
        if rx.search(inside):
            return name
    right_after = re.match(r"\s*(in|input|out|output)\b", t[b:b + 10])
    if right_after:                      # "1.2k tok in / 400 tok out"
        return "input_tokens" if right_after.group(1).startswith("in") else "output_tokens"
    # the nearest qualifier in the same clause, after the span first ("2,000-token answers")
    tail = CLAUSE.split(t[b:b + 24])[0]
    head = CLAUSE.split(t[max(0, a - 24):a])[-1]
    best: tuple[int, str] | None = None
    for rx, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens")):
        m = rx.search(tail)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
        for h in rx.finditer(head):
            d = len(head) - h.end()
            if best is None or d < best[0]:
                best = (d, name)
    if best is not None:
        return best[1]
    # "Prompts are short, around 500 tokens": the clause before, when this one says nothing
    before = t[max(0, a - 40):a]
    parts = CLAUSE.split(before)
    if len(parts) >= 2:
        prev = parts[-2]
        for rx, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens")):
            if rx.search(prev) and not (INPUT_WORDS if name == "output_tokens" else
                                        OUTPUT_WORDS).search(prev):
                return name
    return "output_tokens" if "output_tokens" not in r.params else "input_tokens"


_BY_YEAR = re.compile(r"(?:\bby|\buntil|\bthrough|\bin|到|至|截至|截止)\s*(?:the )?(?:end of )?\s*$")


_AT_PEAK = re.compile(r"\s*(?:at (?:the )?peak|at peak times|during (?:the )?peak|高峰(?:时|期)?|峰值)")
_TODAY = re.compile(r"^\s*(?:today|now|currently|at present|in use)\b|"
                    r"^\s*[张块台]?\s*(?:#+)?\s*(?:today|now)\b|"
                    r"(?:starting (?:from|at|with)|from|现在有?|目前有?|当前有?|今天有?|we have|have)\s*$")


_ENOUGH_ASKED = re.compile(r"够|\benough\b|\bsuffic|得住|[顶頂]得|\bhold up\b")
_NEXT_YEAR = re.compile(r"\b(?:the )?next (?:yr|year)\b|明年|未来一年")
# "what does it look like 2 years out", "3 年后": a horizon of its own, so "next year" is when the
# base is said, not how long it grows
_YEARS_OUT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:years?|yrs?)\s*(?:out|later|from now|ahead|on)\b|"
                        r"\bin\s+\d+(?:\.\d+)?\s*(?:years?|yrs?)\b|\d+\s*年(?:后|以后|之后)")


def _growth_terms(r: _Reading) -> None:
    """With a growth stated: "by 2028" is the horizon from this year, and a bare count next to
    "today" / "现在有" is what grows ("how many MI300X by 2028 starting from 4k today")."""
    p = r.params
    if not (_GROWS.intersection(p) or "period_months" in p):
        return
    m = _NEXT_YEAR.search(r.t)
    if m and "period_months" not in p and not _YEARS_OUT.search(r.t, m.end()) and \
            not Covered(len(r.t), [(s.start, s.end) for s in r.stated]).covers(m.start()):
        r.add("period_months", 12.0, m.start(), m.end())   # "over next yr", "明年"
    years = [st for st in r.stated if isinstance(st.value, float) and (st.param == "year" or (
        st.param is None and st.note == "" and st.value.is_integer() and 1990 <= st.value <= 2100
        and "," not in str(st.text)))]
    year_bill = next((st for st in r.stated if st.param == "period_months" and st.value == 12.0
                      and re.fullmatch(r"一年|a year|one year|1 year|1年", str(st.text).lower().strip())),
                     None)
    if len(years) == 2 and years[0].value != years[1].value and year_bill is not None \
            and year_bill.start > max(y.end for y in years):
        # "2025 年是 12000 MW，年增长 35%，2030 年要多少 MW？…一年电费多少": the years are the horizon, the
        # year after them the bill's period
        p.pop("period_months", None)
        p["days"] = 365.25
        r.stated = [replace(x, param="days", value=365.25) if x is year_bill else x for x in r.stated]
    if len(years) == 2 and years[0].value != years[1].value and "period_months" not in p:
        # "2024年用了4000张，到2026年需要多少": the horizon is from one year to the other
        span = abs(float(years[0].value) - float(years[1].value)) * 12  # type: ignore[arg-type]
        p["period_months"] = span
        p.pop("year", None)
        r.stated = [replace(x, param="period_months", value=span, note="") if x in years else x
                    for x in r.stated]
    for st in list(r.stated):
        if st.param == "year" and isinstance(st.value, float) and st.value <= this_year() and \
                "period_months" not in p and _GROWS.intersection(p) and p.get("year") == st.value and \
                _BY_YEAR.search(r.masked[max(0, st.start - 16):st.start + 3]):
            p.pop("year")          # "how many by 2026?" asked in 2026: no time to grow
            r.stated = [replace(x, note="not_ahead") if x is st else x for x in r.stated]
            continue
        if st.param == "year" and isinstance(st.value, float) and st.value > this_year() and \
                "period_months" not in p:
            # "how much in 2027?" with a growth stated: the horizon, not a price year
            p["period_months"] = (st.value - this_year()) * 12
            p.pop("year", None)
            r.stated = [replace(x, param="period_months", value=p["period_months"]) if x is st
                        else x for x in r.stated]
            continue
        if st.param is not None or not isinstance(st.value, float):
            continue
        head, tail = r.masked[max(0, st.start - 16):st.start], r.masked[st.end:st.end + 12]
        if st.value.is_integer() and 1990 <= st.value <= 2100 and _BY_YEAR.search(head) \
                and "period_months" not in p and st.value > this_year():
            end = st.start + 4
            p["period_months"] = (st.value - this_year()) * 12
            r.stated = [replace(x, param="period_months", value=p["period_months"], end=end,
                                text=r.norm.quote(st.start, end)) if x is st else x
                        for x in r.stated]
        elif "accelerator" in p and not ({"gpus", "servers"} & set(p)) and \
                (_TODAY.search(tail) or _TODAY.search(head)):
            # "we run 40k today" is the fleet; "users double … and we have 1 million now" the users
            users_said = "users" not in p and re.search(r"\busers?\b|用户|日活|月活|\bdau\b|\bmau\b",
                                                        re.split(r"[.。?？!！]", r.t[:st.start])[-1])
            counted = re.search(r"#|gpus?|cards?|卡|张", r.masked[st.end:st.end + 8])
            param = "users" if users_said and not counted else "gpus"
            p[param] = st.value
            r.stated = [replace(x, param=param) if x is st else x for x in r.stated]


_RAISED_TO = re.compile(r"(?:提到|提高到|提升到|提高至|提升至|升到|做到|raised? (?:it )?to|"
                        r"improv\w* (?:it )?to|increas\w* (?:it )?to|push(?:ed)? (?:it )?to|"
                        r"get (?:it )?to|goes to|went to)\s*$")


def _utilization_to(r: _Reading) -> None:
    """"利用率30%，如果提到六成": the utilization it is raised to, after the one it is at."""
    if "utilization" not in r.params or "utilization_to" in r.params:
        return
    for st in r.stated:
        if st.param is None and isinstance(st.value, float) and 1 < st.value <= 100 and \
                _RAISED_TO.search(r.t[max(0, st.start - 14):st.start]):
            r.params["utilization_to"] = st.value / 100
            r.stated = [replace(x, param="utilization_to", value=st.value / 100) if x is st else x
                        for x in r.stated]
            return


# words before a bare amount that make it one card's price, not a sum to spend
_ONE_CARD_PRICE = re.compile(r"一张|每张|单张|单卡|单价|一块|每块|"
                             r"\b(?:a|one|each|per)\s+(?:single\s+)?(?:#+|gpu|card|chip)|"
                             r"\bsingle\s+#|\bbuy(?:ing)?\s+(?:them\s+|it\s+)?at\s*(?:us\$|\$)?\s*$|"
                             # "买卡按 2.5 万刀算", "买一张要 3 万美元"
                             r"(?:买|购)(?:一张|单张|卡|一块)\s*(?:按|是|要|大概|约|得)*\s*(?:us\$|\$|¥|￥)?\s*$|"
                             # "or buy it outright for $25k", "the card costs them ¥120k"
                             r"\b(?:buy|purchase)\s+(?:it|one|them|the card|a card)?\s*(?:outright\s+)?"
                             r"(?:for|at)\s*"
                             r"(?:about|around|~)?\s*(?:us\$|\$|¥|￥)?\s*$|"
                             r"\b(?:card|gpu|chip)s?\s+costs?\s+(?:them|us|me|you)?\s*(?:about|around|~)?\s*"
                             r"(?:us\$|\$|¥|￥)?\s*$|"
                             r"(?:cost|price)s?\s+(?:at\s*)?(?:us\$|\$)?\s*$|"
                             # "capex at $25k/$32k/$40k", "1.3M units @ $11k"
                             r"\$\s*[\d.,]+\s*[km]?\s*/\s*(?:us\$|\$)?\s*$|\bunits?\s*(?:@|at)\s*(?:us\$|\$)?\s*$")
_TRAIN_WORDS = re.compile(r"训练|训完|\btrain|多少天|几天|how many days|how long|\beta\b|\bmfu\b")
_BILL_WORD = re.compile(r"电费\s*(?:按|是|为|约|大概)?\s*$")
_EACH_UNIT_AFTER = re.compile(r"\s*(?:each|apiece|a (?:rack|server|node)|per (?:rack|server|node)|"
                              r"每台|每柜|一台|一柜)")
# "8-card servers at $120k", "L40S servers (8 GPU) at $92k", "same config at $279k", "$355k/node" (after),
# "同一台 DGX H100，代理商A报 ¥235万": a quote for the server said just before it
_HOW_MANY_FOR = re.compile(r"how many[^,;.?]{0,30}$|(?:能买|买)[^,，。;；]{0,8}$")   # a budget asked about
# ("L40S servers (8 GPU) at $92k", "代理商A报 ¥235万")
_SERVERS_AT = re.compile(r"(?:\b(?:servers|boxes|nodes|systems|config(?:uration)?)\s*"
                         r"(?:\([^)]{0,16}\)\s*)?(?:quoted\s+)?(?:at|for|@|cost(?:s|ing)?|priced at)|"
                         r"(?:&|台)[^,，。;；]{0,16}(?:报价?|报了|quotes?|quoted)[^,，。;；\d]{0,4}|"
                         r"(?:^|[,，;；])\s*[^,，。;；\d]{0,8}(?:报价?|报了)(?=[^,，。;；\d]{0,3}$))\s*"
                         r"(?:about|around|~|约|大约)?\s*(?:us\$|\$|¥|￥)?\s*$")
# (on the masked text: "H20 server got quoted at 1.05M RMB", "box quoted $285k", "dgx h100 quoted $300k",
# the server's name masked)
_SERVER_QUOTED = re.compile(r"(?:&+\s*|\b(?:servers?|box(?:es)?|nodes?|systems?|racks?)\s+)"
                            r"(?:got\s+|was\s+|is\s+|gets\s+|been\s+)?quoted(?:\s+(?:at|for))?\s*"
                            r"(?:about|around|~|约|大约)?\s*(?:us\$|\$|¥|￥)?\s*$")
_EACH_UNIT_BEFORE = re.compile(r"(?:each|apiece|每台|每柜|一台|一柜|per (?:rack|server|node))\s*"
                               r"(?:[~≈]|about|约|大约|大概)?\s*"
                               r"(?:us\$|\$|¥)?\s*$")
_A_PRICED = re.compile(r"\b(?:a|one|each|per)\s*(?:us\$|\$)?\s*$")   # "a $45,000 B300"


def _price_clause(t: str, a: int) -> str:
    """The words before an amount in its clause, and the clause before when this one is only a
    word or two ("H100 单价合人民币多少？按 2.5 万美元")."""
    parts = CLAUSE.split(t[max(0, a - 40):a])
    return parts[-1] if len(parts[-1].strip()) > 3 or len(parts) < 2 else parts[-2] + " " + parts[-1]


_SAME_CARDS = re.compile(r"\b(?:the|those|these|all)\s*$|这\s*$")
# "how many GPU-hours", "how many H100-hours"
_ASKS_HOURS = re.compile(r"how many (?:[a-z]{1,4}\d{2,3}[a-z]?[- ]?)?(?:gpu[- ]?|chip[- ]?)?hours|"
                         r"(?:多少|几)\s*(?:个)?\s*(?:gpu\s*)?(?:卡时|小时)")
_TODAY = re.compile(r"\btoday\b|如今|现在|今天")
_SAME_HOURS = re.compile(r"same (?:gpu[- ])?hours|同样的?(?:卡时|gpu\s*小时)")
_PRICE_LIST = re.compile(r"\$\s*[\d.,]+\s*[km]?\s*/\s*(?:us\$|\$)?\s*$|"
                         r"\bunits?\s*(?:@|at)\s*(?:us\$|\$)?\s*$|"
                         # "H100 pricing drops to $18,000", "vs. today's $27,500"
                         r"(?:pric(?:e|es|ing)|costs?)\s+(?:drops?|falls?|goes|went|comes|rises?)\s*"
                         r"(?:down\s*|up\s*)?to\s*(?:us\$|\$)?\s*$|today'?s\s*(?:us\$|\$)?\s*$")
_AT_RATE = re.compile(r"\bat\s*$|按\s*$")
_CONVERTED = re.compile(r"(?:相当于|等于|折合|约合|合|that'?s|=|equals?)\s*(?:约|大约|about|~)?\s*"
                        r"(?:us\$|\$|¥)?\s*$")
_BUDGET_WORDS = re.compile(r"预算|budget|\bspend(?!\s+in\b)|投资|投入|capex|资本开支|\bin total\b|"
                           r"总共|一共|合计|总价|总额")
_CAN_BUY = re.compile(r"how many (?:can|could) (?:we|i|you) (?:get|buy|afford)|"
                      r"能买|可以买|买得起|能买多少|够买")
_FOR_AMOUNT = re.compile(r"(?:\bfor|\bwith|用|花)\s*$")


def _bare_budget(r: _Reading) -> None:
    """"how many can we get for 120M": a bare amount after 'for' is the budget, in the question's
    currency."""
    if any(k in r.params for k in ("budget_usd", "budget_cny")) or not _CAN_BUY.search(r.t):
        return
    for st in r.stated:
        if st.param is None and isinstance(st.value, float) and st.value >= 1e4 and \
                _FOR_AMOUNT.search(r.t[max(0, st.start - 8):st.start]):
            cur = "cny" if (KW["cny"].search(r.t) and not KW["usd"].search(r.t)) else "usd"
            r.params[f"budget_{cur}"] = st.value
            end = st.start + len(str(st.text).split()[0])
            r.stated = [replace(x, param=f"budget_{cur}", end=end, text=r.norm.quote(x.start, end))
                        if x is st else x for x in r.stated]
            return


_FUTURE = re.compile(r"到时|届时|那时|将来|未来|会是现在的|将是现在的|是现在的|\bat that point\b|\bby then\b|"
                     r"\bforecast|\bat the end\b|\bend of\b|到那时|之后|以后|"
                     r"\bby 20\d\d\b|\bin 20\d\d\b|\bwill be\b|\bgoes? (?:up )?\d|\bgrows?\b|"
                     # "expecting 7x in a year", "3x by year end", "明年翻 5 倍", "三年后翻两番"
                     r"明年|后年|年底|年末|[\d一二两三四五六七八九十半]+\s*个?\s*(?:年|月|季度)\s*(?:后|内)|"
                     r"\bnext (?:year|quarter)\b|"
                     r"\b(?:in|within) (?:a|one|\d+|two|three) (?:years?|months?|quarters?)\b|"
                     r"\bby (?:year[- ]end|the end|next)\b|\bover the next\b|\bexpect(?:ed|ing|s)?\b|"
                     r"\b(?:quadrupl|tripl)(?:e|es|ed|ing)\b")
_CLAIM_BEFORE = re.compile(r"(?:claims?|claimed|says?|said|reports?|reported|suggests?|implies|imply|implied|"
                           r"quotes?|"
                           r"estimates?|puts? it at|ballpark|told (?:me|us)|heard|"
                           r"号称|声称|说是|宣称|报道说|文章说|有人说|据说|说要|说|称)"
                           r"[^,，.。;；?？]{0,10}?(?:about|around|roughly|~|约|大约|大概|差不多|only|just|就|要)?"
                           r"\s*$|(?:是不是|是否)\s*(?:差不多|大约|约)?\s*占[^,，。]{0,16}的\s*$|"
                           # a result written as stated ("就是6个亿", "写的是6500万", "折合人民币25亿")
                           r"(?:就是|写的是|说的是|给的是|写着|折合(?:人民币|美元)?)\s*"
                           r"(?:约|大约|大概|差不多)?\s*(?:us\$|\$|¥|￥)?\s*$")
# … and one that is a claim when the message asks whether it holds ("So 1,000 racks = $3B, right?")
_CLAIM_RESULT = re.compile(r"(?:就要|就得|就需要|得要|合计|总共|一共|相当于|等于|=|equals?|comes? to|that'?s|"
                           r"(?:算下来|摊下来|平均下来|折下来|折合)\s*(?:每张|每卡|一张|单卡)?|"
                           # "is it true that training GPT-3 cost less than $5 million"
                           r"(?:cost|costs|took|needed|required|花了|花费了?|耗资)\s*"
                           r"(?:less than|more than|under|over|about|around|roughly|only|just)?|"
                           r"so|saves?|"
                           r"and|would need(?: over| under| at least)?|needs?(?: over| at least)?|要)\s*"
                           r"(?:about|around|roughly|~|约|大约|大概|差不多)?\s*(?:us\$|\$|¥|￥)?\s*$")
_CLAIMED = re.compile(r"(?:claim(?:s|ed)?|says?|said|quoted?|reported|states?|号称|声称|说是|宣称|称)\s*"
                      r"(?:it'?s|that|is|was|as|about|around|~|约|大约|能到|能达到|达到)?\s*$")
_COMPARABLE = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "rent_usd_per_hour",
               "rent_cny_per_hour", "price_usd", "price_cny", "gpu_tflops")
_ASKS_PER_DAY = re.compile(r"(?:how many|多少)\s*(?:output )?tokens?\s*(?:a|per|each|/)\s*day|"
                           r"tokens? per day\?|(?:每天|一天|每日)[^，,。？?]{0,8}(?:多少|几)\s*(?:个)?token")
_ASKS_GPUS = re.compile(r"how many (?:more )?(?:gpus|cards|accelerators|chips|#|&|servers|nodes)|"
                        r"多少(?:张|块|卡|台)|"
                        r"几张|几台|fleet size")
# the same ask in a question's own words (no names masked), and racks, boxes and named cards counted:
# "how many gb200 nvl72 racks", "how many h100s", "要几个柜"
_GPU_COUNT_ASKED = re.compile(_ASKS_GPUS.pattern + r"|\bhow many (?:boxes|[a-z]{1,3}\d{2,4}s)\b|"
                              r"\bhow many\b[^,.;?]{0,30}\b(?:racks|pods)\b|"
                              r"(?:多少|几)\s*(?:个)?\s*(?:张|块|台|柜|机柜)|(?:要|需要)(?:多少|几)\s*卡")
_USERS_NOW = re.compile(r"(?:\bfrom|从|现在|目前|当前|现有|今年|\bnow|\bcurrently|\btoday(?:'s)?|\bcurrent|"
                        r"\bexisting)\s*(?:是|有|约|大概|at)?\s*$")
_EACH_OF_THING = re.compile(r"\s*(?:chips?|gpus?|cards?|accelerators?)\s*(?:each|apiece)\b")
_NAME_MEMORY = re.compile(r"(\d{2,3})\s*gb\b")
# "one MI355X does the work of 2.3 H100s": one card's worth in the other, not two fleets
_WORTH = re.compile(r"work of|worth|equals?|=|≈|as (?:fast|much) as|相当于|顶|抵|等于|faster|slower|快|慢")
# a follow-up's opening: "ok and if …", "what about …", "那如果 … 呢", "same setup but …"
_FOLLOW_UP = re.compile(r"^\s*(?:ok(?:ay)?[,.]?\s*)?(?:and|so|then)?\s*"
                        r"(?:what if|what about|how about|if|and at|instead|same (?:setup|thing|question)|"
                        r"那|那么|如果|要是|假如|换成|还是刚才|刚才|同样)|"
                        r"(?:呢|instead)\s*[?？]?\s*$")
MFU_CHANGES = ("mfu_to", "mfu_gain", "mfu_gain_points")
# "MFU 能提到 45%", "if MFU goes up to 45%", "MFU improves to 50%": the MFU a run is raised to
_MFU_RAISED_TO = re.compile(r"(?:mfu\s*(?:能|可以|可能|要|会|如果|若)?\s*(?:再)?\s*(?:从\s*[\d.]+\s*%\s*)?"
                            r"(?:提到|提高到|提升到|升到|拉到|做到|达到|到)|"
                            r"mfu\s+(?:goes|went|gets|got|rises|rose|improves|improved|is raised|climbs)"
                            r"\s+(?:up\s+)?(?:from\s*[\d.]+\s*%\s*)?to)\s*(?:about|~|约|大约)?\s*[\d.]+\s*%")
_SINGLE_WORD = re.compile(r"a single|single|单张|单卡|一张")
_DEMAND = re.compile(r"\bdemand\b|\btraffic\b|\bworkload\b|\busage\b|\bload\b|"
                     r"需求|流量|用量|推理量|业务量|调用量|用户量|用户数|\busers\b|"
                     # "30 racks today, quadrupling by 2027", "want 4x the capacity": the fleet itself
                     r"\b(?:quadrupl|tripl)(?:e|es|ed|ing)\b|\bcapacity\b|\bcompute\b|算力|容量|功耗")
_SPEED_OF = re.compile(r"#+\s*(?:\([^)]{0,20}\)\s*)?(?:is|=|does|delivers|gives|gets|offers|≈|~|"
                       r"(?:runs|performs|works|comes in|lands) at)\s*"
                       r"(?:about|around|roughly|~)?\s*$|"
                       r"#+(?:[^,.;，。；]|\.(?=\d)){0,30}\b(?:and |which |that )?"
                       r"(?:does|delivers|gives|gets)\s*"
                       r"(?:about|around|~)?\s*$")
_USERS_GO = re.compile(r"(?<!并发)(?:\bdau|\bmau|\bwau|\busers?|日活|月活|用户)\s*"
                       r"(?:goes|grows|going|growing|jumps?|rises?|will go|from|从)\s*(?:from\s*)?$")
_SERVER_WORD = re.compile(r"\b(?:node|server|box)\b|节点|服务器|整机")
_BATCH_HEAD = re.compile(r"(?:\bbatch(?: size)?|\bbs|\bconc(?:urrency)?|并发(?:数)?)\s*"
                         r"(?:cap|size|max|limit|上限)?\s*"
                         r"(?:=|:|of)?\s*$")
_YEAR_NOUN = re.compile(r"\s*(?:ai\s+|global\s+|worldwide\s+)?"
                        r"(?:accelerator|gpu|chip|hbm|server|datacenter)s?\s+"
                        r"(?:shipments?|demand|market|sales|capex|spend(?:ing)?|revenue|deployments?|installs?|supply)\b")
_LOW_HIGH = re.compile(r"high end|low end|(?:high|low|bull|bear|base)[- ]case|(?:high|low) scenario|"
                       r"乐观|悲观|贵的|便宜的|能到|"
                       r"高端|低端|高的|低的|区间|范围|\brange\b|between|"
                       r"上限|下限|最高|最低|up to|可达|as (?:high|much) as|as low as")
_USERS_REACH = re.compile(r"(?:用户|日活|用户数|用户量)\s*(?:会|将|能|要)?\s*"
                          r"(?:到|达到|增长到|涨到|突破)\s*$|"
                          r"\busers?\s+(?:will\s+)?(?:reach(?:es|ing)?|hit(?:s|ting)?|grow(?:s|ing)? to)\s*$")
_IN_A_YEAR = re.compile(r"明年|下一年|一年后|next (?:year|yr)|in a year|a year from now|12 months from now|"
                        r"下个?季度|next quarter|下个月|next month|半年后|in six months")
_HORIZON_MONTHS = {"下季度": 3.0, "下个季度": 3.0, "nextquarter": 3.0, "下个月": 1.0, "nextmonth": 1.0,
                   "半年后": 6.0, "insixmonths": 6.0}
_SHIPPED = re.compile(r"\bunits?\b|\bshipments?\b|\bshipped\b|\bdemand\b|出货|销量|卖了")
_RACKS_ARE = re.compile(r"\b(?:racks?|cabinets?|cabs?)\s*(?:are|is|=|:)\s*$|"
                        r"(?:机柜|单柜|每柜)\s*(?:是|为)\s*$")
_CAP_AFTER = re.compile(r"\s*(?:per[- ]rack\s*|rack\s*)?(?:power\s*)?(?:cap|limit|budget)\b|"
                        r"\s*的?(?:上限|限额)")
_RACK_CAP = re.compile(r"racks?\b|\bcabs?\b|cabinets?\b|机柜|单柜|每柜|整柜|一柜|柜子|机架|per rack|a rack")
_DRAWS = re.compile(r"\b(?:draws?|drawing|pulls?|pulling|uses?|using|consumes?|burns?)\b|"
                    r"功耗|耗电|满载|实测|整机")
_POWER_CAP = re.compile(r"\b(?:budget|caps?|capped|limit|limited|envelope|max(?:imum)?|at most|up to|"
                        r"usable|derat\w*)\b|"
                        r"上限|限电|限额|配额|预算|不超过|最多|额定|只能供|只能给|最多供|供电能力|只有[^，,。]{0,4}$|供电|"
                        r"限\s*(?=\d)")
_ONE_SIZED_SERVER = re.compile(r"(?:一台|单台|一个节点|单机)(?=\s*\d+\s*(?:卡|张|gpu))|"
                               r"(?<=[卡b#\s])一台(?=\s*(?:够|能|可以|行|放|跑|装))|"
                               r"\b(?:a single|one single|one|a)\s+"
                               r"(?=\d+[- ]?(?:gpu|card)s?[- ]?(?:server|node|box))")
# "一个GB200 NVL72机柜", "GB200 NVL72一个机柜": one server or rack
_ONE_SERVER = re.compile(r"(?:一个|一台|一套|单个|单台|一柜|\ba|\bone|\bsingle)\s*(?:[^&\s]{0,4}\s*)?(&+)|"
                         r"&+\s*((?:一个|一台|一套|单个|单台)\s*(?:机柜|柜子|服务器|整机|节点)?)")
# "gb200 nvl72 一柜能装下 …吗": the one rack a fit is asked of
# "豆包… 假设用 Qwen2.5 72B 这个级别": the known model stands in for the unknown one
_PROXY_AFTER = re.compile(r"\s*(?:这个|这一|这种|那个|那种)?\s*(?:级别|量级|规模|水平|档次)|"
                          r"\s*(?:as (?:a|the) (?:proxy|stand-?in)|or similar|-class|class model)")
_ONE_RACK_FIT = re.compile(r"&+\s*((?:一柜|单柜|一个柜子?|单机|单节点))(?=\s*(?:能|可以|可|放|装|跑|够))")
_NOW_AFTER = re.compile(r"\s*(?:(?:that |which )?(?:we|i|you|they)\s+(?:run|have|operate|own|use|got)\s+)?"
                        r"(?:today|now|currently|right now|at the moment|现在|目前|如今)\b")
_GROWS_WORD = re.compile(r"doubl|grow|翻倍|翻番|增长|\bx\b.{0,12}(?:a|per|every) year|每年|"
                         r"\b(?:traffic|demand|load) (?:goes|grows|rises|jumps)|on top of|how many more")


_PER_CARD = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "gpu_tflops", "watts_per_gpu",
             "price_usd", "price_cny", "rent_usd_per_hour", "rent_cny_per_hour", "hbm_gb_per_gpu")
_PER_HOUR = ("rent_usd_per_hour", "rent_cny_per_hour")


_PER_REPLICA = re.compile(r"^\s*(?:/\s*|per\s+|each\s+|a\s+)(?:replica|instance)|"
                          r"^\s*(?:out\s*)?(?:agg\w*\s*)?(?:/\s*replica|per replica)")
_EACH_REPLICA = re.compile(r"(?:each|per|every|a|one|单个?|每个?)\s*(?:replica|instance|副本|实例)"
                           r"[^,;，；。\d]{0,16}$")


def _replicas(r: _Reading) -> None:
    """"replicas=12 x TP8 H200, each replica ~9.5k tok/s", "40 replicas (TP4 MI325X, ~6k tok/s/replica)":
    the GPUs are the replicas times their size, and a rate said per replica is shared over its GPUs."""
    p = r.params
    tp = p.get("tensor_parallel")
    if not isinstance(tp, float):
        return
    for st in [x for x in r.stated if str(x.param).startswith("observed_tokens_per_s") and x.note == ""
               and isinstance(x.value, float)]:
        if _PER_REPLICA.match(r.masked[st.end:st.end + 24]) or _EACH_REPLICA.search(
                r.masked[max(0, st.start - 30):st.start]) or re.search(r"/\s*replica|per replica",
                                                                       str(st.text)):
            per_gpu = float(st.value or 0) / tp
            p.pop(str(st.param), None)
            p["observed_tokens_per_s_per_gpu"] = per_gpu
            r.stated = [replace(x, param="observed_tokens_per_s_per_gpu", value=per_gpu)
                        if x is st else x for x in r.stated]
    one = _ONE_REPLICA.search(r.t)
    if one is not None and not any(k in p for k in ("replicas", "gpus", "servers", *_LOADS)):
        # "TP4 上一个副本能扛多少并发", "one replica at TP8": the one replica's GPUs
        r.add("replicas", 1.0, one.start(), one.end())
    reps = next((x for x in r.stated if x.param == "replicas" and x.note == ""
                 and isinstance(x.value, float)), None)
    if reps is not None and "gpus" not in p and "servers" not in p:
        p["gpus"] = float(reps.value or 0) * tp   # (the span stays the replicas it states)


# "DeepSeek-R1 蒸馏版 32B": a distilled model of the size said after the name
_DISTILLED = re.compile(r"\s*(?:的)?\s*(?:蒸馏版?|蒸馏出来的|distill(?:ed|ation)?(?:\s+(?:version|model))?)"
                        r"\s*(?:的)?\s*(?:qwen|llama)?\s*[\d.]+\s*b\b")
_ONE_CARD_OF_MEMORY = re.compile(r"\b(one|a single|single|1)\s+(?=\d+\s*g(?:b|ib)?\b)")
# "塞进单台 HGX H100": one server, said with 单
_SINGLE_SERVER = re.compile(r"单(?:台|个|套)(?=\s*&)")
# "GB200 NVL72 一整柜": one whole rack (not "一柜能放几台", a rack as the unit)
_ONE_RACK = re.compile(r"(?<![\d一二三四五六七八九十])(?:一|1)\s*(?:个)?\s*整(?:个)?\s*(?:机)?柜")
# "卡 1.6 万": the bare word for card before an amount
_BARE_CARD = re.compile(r"(?:^|[,，;；。\s])卡\s*(?:价)?\s*(?:是|为|约|大概|按)?\s*$")
# "一台 12 万块": 块 as money, no card after it
_KUAI_MONEY = re.compile(r"\s*块(?!\s*(?:卡|显卡|gpu|#|&))")
# "4090 机器 8 卡一台": a server said just before
_ONE_SERVER_BEFORE = re.compile(r"(?:一台|每台|单台|整机|机器|服务器)[^,，。;；]{0,6}$")
# "6 个月翻倍": a period, then the doubling
_PRICE_AFTER = re.compile(r"\s*(元|块钱?|人民币|美元|美金|刀)")
_PERIOD_DOUBLING = re.compile(r"\s*[- ]?(month|year)s?[- ](?:doubling|doubling time)\b")
_PERIOD_THEN_DOUBLES = re.compile(r"\s*(?:个\s*)?(月|年)\s*(?:就|会|能)?\s*(?:翻倍|翻一番|翻番)")
# "TP4 上一个副本能扛多少并发", "what can one replica serve?": the one replica asked about
_ONE_REPLICA = re.compile(r"(?:(?<!每)(?:一个|单个|1\s*个)副本|单副本)"
                          r"(?=\s*(?:能|可以|最多能|大概能|扛|撑|支持|服务|[,，;；]))|"
                          r"\b(?:one|a single|1)\s+replica\b(?!s)(?=[^,;.?]{0,40}\b(?:can|could|handles?|"
                          r"serves?|supports?|holds?|sustains?)\b|\s*\?)")


_WHOLE_BOX = re.compile(r"\btotal\b|in all|from the wall|whole (?:box|rig|machine|system)|"
                        r"整机|总共|总功耗|合计|一共|整台")


def _box_draw(r: _Reading) -> None:
    """"2x 4090 box pulling ~900W total from the wall", "2x 4090 的机器，整机 1000W": the whole box's
    draw, not each card's: a server of the stated cards."""
    p = r.params
    gpus = p.get("gpus")
    w = next((st for st in r.stated if st.param == "watts_per_gpu" and st.note == ""), None)
    if w is None or not isinstance(gpus, float) or not 1 < gpus <= 16 or any(
            k in p for k in ("servers", "gpus_per_server", "server", "watts_per_server")):
        return
    around = r.t[max(0, w.start - 8):w.start] + " " + r.t[w.end:w.end + 20]
    if not _WHOLE_BOX.search(around) or PER_GPU.search(r.t[max(0, w.start - 12):w.end + 12]):
        return
    p["watts_per_server"], p["gpus_per_server"] = p.pop("watts_per_gpu"), gpus
    r.stated = [replace(st, param="watts_per_server") if st is w else st for st in r.stated]


def _energy_per_basis(r: _Reading) -> None:
    """"~400 J per 1,000 tokens", "每千个 token 耗能 400 焦": the energy of that many tokens, so
    per token a thousandth of it (it was read as 400 J per token, a thousand times too much)."""
    j = next((st for st in r.stated if st.param == "joules_per_token" and st.note == ""), None)
    n = next((st for st in r.stated if st.param == "per_tokens" and st.note == ""), None)
    if j is None or n is None or not isinstance(j.value, float) or not isinstance(n.value, float) \
            or n.value <= 1:
        return
    if re.match(r"\s*(?:/\s*(?:token|tok)|per (?:output )?token|每个?token)", r.t[j.end:j.end + 12]) or \
            re.search(r"/\s*tok|per token|每个?token", str(j.text).lower()):
        return                           # "0.4 J/token": per token already, the basis is the one asked
    a, b = min(j.start, n.start), max(j.end, n.end)
    if b - a > len(str(j.text)) + len(str(n.text)) + 12 or re.search(r"[,，;；。?？](?!\d)", r.t[a:b]):
        return
    value = j.value / n.value
    r.params["joules_per_token"] = value
    r.params.pop("per_tokens", None)
    r.stated = [replace(st, value=value, start=a, end=b, text=r.norm.quote(a, b)) if st is j else st
                for st in r.stated if st is not n]


_TOOK = re.compile(r"\btook\b|\bran\b|\bused to\b|\b(?:did|finished|completed) (?:the|our|a|that|this|it)\b|"
                   r"\b(?:last|previous|earlier|prior) "
                   r"(?:run|time|job|fine-?tun\w*|training|pre-?train\w*|experiment)\b|"
                   r"\b(?:move|moved|moving|migrate|port) (?:it|this|that|the (?:job|run)) (?:over )?to\b|"
                   r"上次|之前|以前|原来|原本|训了|跑了|用了")


def _same_run_gain(r: _Reading) -> None:
    """"上次 1024 张 H100 训了 60 天，这次 MFU 相对提升 25%，同样卡数要多少天？", "it took 30 days on
    512 H100s; with 20% better MFU, how long?": the same job on the same cards, the MFU changed."""
    p = r.params
    days = "days" in p or any(q[0] in _DURATIONS for q in r.pending)     # (a duration may wait to be read)
    if not ("mfu_gain" in p or "mfu_gain_points" in p) or not (days and "gpus" in p and "accelerator" in p) \
            or "from_accelerator" in p or not _TOOK.search(r.t) \
            or len({st.value for st in r.stated if st.param == "accelerator"}) > 1:
        return                           # (other cards named: a comparison, or the run moved to them)
    counts = [st for st in r.stated if st.param == "gpus" and st.note in ("", "duplicate")
              and isinstance(st.value, float)]
    if len(counts) == 2 and counts[0].value != counts[1].value:
        # "21 days on 256 H800s. next one same data, 512 H800s": the run took the first count, the
        # next one runs on the second
        p["gpus"] = float(counts[1].value or 0)
        r.stated = [replace(st, param="from_gpus", note="") if st is counts[0] else
                    replace(st, note="") if st is counts[1] else st for st in r.stated]
    p["from_accelerator"] = p["accelerator"]
    p["from_gpus"] = float(counts[0].value or 0) if counts else p["gpus"]
    # (the card named is the one the run took, and runs on again)
    r.stated = [replace(st, param="from_accelerator") if st.param == "accelerator" and st.note == "" else st
                for st in r.stated]


def _units_of_servers(r: _Reading) -> None:
    """"RMB 2.35M per b200 server, 24 units": units counted beside a server's price are servers."""
    p = r.params
    if not ("server_price_usd" in p or "server_price_cny" in p) or "servers" in p \
            or sum(st.param == "server" for st in r.stated) > 1:
        return                           # (two servers named: a comparison, counted apart)
    units = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                  and re.fullmatch(r"[\d,]+\s*(?:units?|pcs|台)", str(st.text).lower())), None)
    if units is None or any(st.param == "gpus" and st is not units for st in r.stated):
        return
    p["servers"] = p.pop("gpus")
    r.stated = [replace(st, param="servers") if st is units else st for st in r.stated]


def _derived(r: _Reading) -> None:
    """Flags and pairs that need the whole question."""
    if ("growth_rate_year" in r.params or "doubling_months" in r.params) and PRICE_GROWS.search(r.t):
        r.params["price_grows"] = True   # "rental prices fall ~35% a year": a price grown, if one is stated
    _box_draw(r)
    _units_of_servers(r)
    charges = [s for s in r.stated if s.param in ("usd_per_user_month", "cny_per_user_month")]
    inside = [s for s in r.stated if s.param == "days" and any(c.start <= s.start < c.end for c in charges)]
    if inside:
        # "用户每月只付 9.9 元": the charge's month, not a period asked about
        r.stated = [s for s in r.stated if s not in inside]
        rest = next((s for s in r.stated if s.param == "days"), None)
        if rest is None:
            r.params.pop("days", None)
        else:
            r.params["days"] = rest.value  # type: ignore[assignment]
            r.stated = [replace(s, note="") if s is rest else s for s in r.stated]
    _energy_per_basis(r)
    cap = next((st for st in r.stated if st.param == "capacity_flops" and st.note == ""), None)
    if cap is not None and isinstance(cap.value, float) and cap.value <= 1e17 and \
            "gpu_tflops" not in r.params and (card := re.search(
                r"(?:一张|每张|单卡|每卡|单张|per (?:gpu|card|chip)|"
                r"(?:each|a single|one|an?)\s*(?:gpu|card|chip|#+))"
                r"\s*#*[^,，;；。]{0,24}$", r.masked[max(0, cap.start - 30):cap.start])):
        # "一张 B200 的 FP8 稠密算力大约 4.5 PFLOPS": one card's peak, in TFLOPS (and that "一张"
        # describes the card, it is no fleet of one)
        at = max(0, cap.start - 30) + card.start()
        r.stated = [replace(st, note="one_unit") if st.param == "gpus" and st.value == 1.0 and
                    at <= st.start < cap.start else st for st in r.stated]
        if r.params.get("gpus") == 1.0 and not any(st.param == "gpus" and st.note == "" for st in r.stated):
            r.params.pop("gpus")
        r.params.pop("capacity_flops", None)
        r.params["gpu_tflops"] = cap.value / 1e12
        r.stated = [replace(st, param="gpu_tflops", value=cap.value / 1e12) if st is cap else st
                    for st in r.stated]
    _growth_terms(r)
    _bare_budget(r)
    _full_time(r)
    _utilization_to(r)
    t, p = r.t, r.params
    if "users" in p and (KW["monthly"].search(t) or "dau_per_mau" in p) and "weekly_users" not in p:
        # ("员工 3 万人，日活按 40%": a stated daily share makes the count the population it is of)
        p["monthly_users"] = True
    elif "users" in p and KW["weekly"].search(t) and "monthly_users" not in p:
        p["weekly_users"] = True
    readings.daily_of_periodic(r)
    readings.generated_tokens(r)
    readings.budget_share(r)
    readings.daily_share(r)
    readings.bare_hbm_size(r)
    readings.small_price_beside_rent(r)
    readings.chips_priced(r)
    readings.restated(r)
    readings.discount(r)
    readings.mfu_gain(r)
    _same_run_gain(r)
    readings.factor_words(r)
    readings.factor_every(r)
    readings.online_share(r)
    readings.power_in_use(r)
    readings.users_from_to(r)            # again, with every count read
    if "users" not in p and re.search(r"\busers?\b|用户|日活|月活", t):
        # "users growing 3x/yr from 10mil": the count after "from" is the users today
        start_at = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                         and not readings.NOT_USERS.search(t[max(0, st.start - 12):st.start])
                         and (_USERS_NOW.search(t[max(0, st.start - 10):st.start])
                              or re.search(r"\s(?:now|today|currently)$|现在$", st.text.lower())
                              or re.match(r"\s*(?:now|today|currently)\b", t[st.end:]))), None)
        if start_at is not None and isinstance(start_at.value, float):
            p["users"] = start_at.value
            r.stated = [replace(st, param="users") if st is start_at else st for st in r.stated]
    for st in [st for st in r.stated if st.param is None and isinstance(st.value, float)]:
        # "we see 2.4k tok/s per H100, but an article claimed 3,900": the same quantity, theirs
        if not _CLAIMED.search(r.t[max(0, st.start - 24):st.start]):
            continue
        prev = max((x for x in r.stated if x.param in _COMPARABLE and x.end <= st.start
                    and isinstance(x.value, float)), key=lambda x: x.end, default=None)
        if prev is not None and isinstance(prev.value, float) and isinstance(st.value, float) \
                and 0.2 <= st.value / prev.value <= 5:
            r.stated = [replace(x, param=prev.param, note="duplicate") if x is st else x for x in r.stated]
    _replicas(r)
    _one_group_rented(r)
    one_mem = _ONE_CARD_OF_MEMORY.search(r.t)
    if one_mem is not None and "hbm_gb_per_gpu" in p and "gpus" not in p and "servers" not in p \
            and not r.stated_at(one_mem.start(1)):
        # "fits on one 24GB consumer card": one card, of the memory stated
        r.add("gpus", 1.0, one_mem.start(1), one_mem.end(1))
    single = _SINGLE_SERVER.search(r.masked)
    if single is not None and "server" in p and "servers" not in p and not r.stated_at(single.start()):
        # "能不能塞进单台 HGX H100": the one server
        r.add("servers", 1.0, single.start(), single.end())
    rack = _ONE_RACK.search(r.t)
    if rack is not None and "server" in p and not any(k in p for k in ("servers", "gpus")) \
            and not r.stated_at(rack.start()):
        # "GB200 NVL72 一整柜给全集团用够不够": the one rack, checked against the load
        r.add("servers", 1.0, rack.start(), rack.end())
    box = next((st for st in r.stated if st.param == "gpus" and st.value in (2.0, 4.0, 8.0, 16.0, 72.0)
                and _BOX_AFTER.match(r.masked, st.end)), None)
    if box is not None and any(k in p for k in _LOADS) and \
            any(k in p for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_server")):
        # "their 8x H200 box does 12,000 tokens/s … how many boxes for 2,000 requests/s?": one
        # box's size and its measured rate, not a fleet of 8
        p["gpus_per_server"] = p.pop("gpus")
        if "observed_tokens_per_s" in p:
            p["observed_tokens_per_s_per_server"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="gpus_per_server") if st is box else
                    replace(st, param="observed_tokens_per_s_per_server")
                    if st.param == "observed_tokens_per_s" else st for st in r.stated]
    if "observed_tokens_per_s_per_server" in p and any(k in p for k in _LOADS):
        # "one HGX H100 node does ~21k tok/s", "单机（8卡H20）吞吐1.8万": the one server and the
        # cards the rate was measured on, not the fleet asked for
        sized = next((st for st in r.stated if st.param == "gpus"
                      and st.value in (2.0, 4.0, 8.0, 16.0, 72.0)), None)
        if p.get("servers") == 1.0:
            del p["servers"]
            r.stated = [replace(st, param="observed_tokens_per_s_per_server", note="option")
                        if st.param == "servers" else st for st in r.stated]
        if sized is not None and p.get("gpus") == sized.value and "servers" not in p \
                and "gpus_per_server" not in p:
            p["gpus_per_server"] = p.pop("gpus")
            r.stated = [replace(st, param="gpus_per_server") if st is sized else st for st in r.stated]
    boxed = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                  and st.value in (4.0, 8.0, 16.0, 72.0)), None)
    if boxed is not None and any(k in p for k in ("server_price_usd", "server_price_cny")) and \
            p.get("gpus") == boxed.value and p.get("servers", 1.0) == 1.0 and "gpus_per_server" not in p:
        # "GB200 NVL72 一个柜子 300 万美元，72 张卡算下来每张 4 万多": the cards in the priced server
        p["gpus_per_server"] = p.pop("gpus")
        r.stated = [replace(st, param="gpus_per_server") if st is boxed else st for st in r.stated]
        more = next((st for st in r.stated if st.param == "gpus" and st.note == "duplicate"
                     and isinstance(st.value, float) and st.value > 1), None)
        if more is not None and "servers" not in p:
            # "HGX B200 box at ¥320万, 8 GPUs … we're buying 40 of them": the boxes bought
            boxes = re.search(r"\b(?:of (?:them|those|these)|units?|boxes|nodes|servers?|systems|racks)\b|"
                              r"台|套|个机柜|柜", str(more.text)) is not None
            key = "servers" if boxes else "gpus"
            p[key] = float(more.value or 0)
            r.stated = [replace(st, param=key, note="") if st is more else st for st in r.stated]
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)]:
        around = t[max(0, st.start - 24):st.end + 16]
        v = float(st.value or 0)
        if 2000 <= v <= 2100 and v.is_integer() and "," not in str(st.text) and _SHIPPED.search(around):
            p.setdefault("year", v)      # "B200 units shipped 2025 ~2.5M": the year of the shipments
            r.stated = [replace(x, param="year") if x is st else x for x in r.stated]
        elif 1e3 <= v <= 1e9 and "gpus" not in p and "servers" not in p and _SHIPPED.search(around) \
                and "#" in r.masked:
            # "B200 units shipped 2025 ~2.5M", "H20 China units 2025 ~1M at $12k ASP": the units counted
            p["gpus"] = v
            r.stated = [replace(x, param="gpus") if x is st else x for x in r.stated]
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)]:
        if st.value == p.get("gpus") and float(st.value or 0) > 1 and \
                _SAME_CARDS.search(t[max(0, st.start - 8):st.start]):
            # "256 GPUs … cheaper than buying the 256 at $24k?": the same cards named again
            r.stated = [replace(x, param="gpus", note="option") if x is st else x for x in r.stated]
    to = next((st for st in r.stated if (st.param == "users_to" or (
        st.param is None and isinstance(st.value, float) and st.value >= 1000
        and _USERS_REACH.search(t[max(0, st.start - 12):st.start]))) and st.note == ""), None)
    if to is not None and "users" not in p and not any(k in p for k in _LOADS) and _ASKS_GPUS.search(t):
        # "预计明年用户到 500万，要几台": the users the fleet is for, none stated for today
        p.pop("users_to", None)
        p["users"] = float(to.value or 0)
        r.stated = [replace(st, param="users") if st is to else st for st in r.stated]
    fac = next((st for st in r.stated if st.param == "factor" and st.note == ""), None)
    if fac is not None and isinstance(fac.value, float) and fac.value > 1 and any(k in p for k in _LOADS) \
            and not any(k in p for k in ("growth_rate_year", "doubling_months", "users_to")) \
            and (horizon := _IN_A_YEAR.search(t)) and _ASKS_GPUS.search(t):
        # "QPS 大概 80，明年预计翻 10 倍，明年要多少张", "下个季度流量涨 3 倍": the load grown that much
        # by then (a yearly rate that reaches it over the horizon)
        months = _HORIZON_MONTHS.get(horizon.group().replace(" ", ""), 12.0)
        p.pop("factor", None)
        p["growth_rate_year"] = fac.value ** (12 / months) - 1
        r.stated = [replace(st, param="growth_rate_year", value=p["growth_rate_year"]) if st is fac else st
                    for st in r.stated]
        if "period_months" not in p and "days" not in p:
            p["period_months"] = months
            if not r.stated_at(horizon.start()):
                r.add("period_months", months, horizon.start(), horizon.end())
    if "speedup" in p and len({s.key for s in r.names if s.kind in ("acc", "server")}) < 2:
        # "1000x more compute in 5 years", "we need 2x faster": no second accelerator to be
        # faster than, so a growth factor
        if "factor" not in p:
            p["factor"] = p["speedup"]
        del p["speedup"]
        r.stated = [replace(st, param="factor") if st.param == "speedup" else st for st in r.stated]
    if "factor" in p and ("gpus" in p or "servers" in p) and "growth_rate_year" not in p and \
            _ASKS_GPUS.search(r.masked):
        p["factor_by"] = True            # "现在2万张卡，需求再涨4倍，2027年要多少张H20？": when, not how fast
    if "train_flops" not in p and ("mfu" in p or KW["train"].search(t)):
        # "a 1e26 run at 50% MFU": a count of operations that large is the run's FLOPs
        big = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                    and 1e20 <= st.value <= 1e30), None)
        if big is not None and isinstance(big.value, float):
            p["train_flops"] = big.value
            r.stated = [replace(st, param="train_flops") if st is big else st for st in r.stated]
    if "users" not in p and "gpus" not in p and "servers" not in p and _GROWS_WORD.search(t) \
            and _ASKS_GPUS.search(r.masked):
        # "how many GPUs would we need in 2028 starting from 40k today?": the fleet today
        start_at = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                         and (_USERS_NOW.search(t[max(0, st.start - 14):st.start])
                              or re.search(r"\s(?:now|today|currently)$|现在$", st.text.lower()))), None)
        if start_at is not None and isinstance(start_at.value, float) and start_at.value >= 2:
            p["gpus"] = start_at.value
            r.stated = [replace(st, param="gpus") if st is start_at else st for st in r.stated]
    first = next((st for st in r.stated if st.param == "users" and st.note == ""), None)
    if first is not None and "users_to" not in p and isinstance(first.value, float) and any(
            0 <= first.start - g.end() <= 2 for g in _GOING_TO.finditer(r.masked)):
        # "growing 150% a year from 10M, when do we hit 200M users": the count after "hit" is
        # where users end up, the one after "from" where they are
        now = next((st for st in r.stated if st.param in (None, "gpus") and isinstance(st.value, float)
                    and st.end <= first.start and st.value < first.value
                    and (_USERS_NOW.search(t[max(0, st.start - 14):st.start])
                         # "we're at 200k now": the count said to be today's after it
                         or re.search(r"\s(?:now|today|currently)$", str(st.text).lower())
                         or re.match(r"\s*(?:now|today|currently)\b", t[st.end:]))), None)
        if now is not None and isinstance(now.value, float):
            if now.param == "gpus":
                p.pop("gpus", None)
            p["users"], p["users_to"] = now.value, first.value
            r.stated = [replace(st, param="users", note="") if st is now else
                        replace(st, param="users_to") if st is first else st for st in r.stated]
    if "users" in p and "users_to" not in p:
        # "10M DAU now, going to 200M": the count after "going to" is where users end up
        start = p["users"]
        for going in _GOING_TO.finditer(r.masked):
            z = next((s for s in r.stated if 0 <= s.start - going.end() <= 2
                      and (s.param is None or (s.param == "users" and s.note == "duplicate"))
                      and isinstance(s.value, float)), None)
            if z is not None and isinstance(z.value, float) and isinstance(start, float) \
                    and z.value > start:
                p["users_to"] = z.value
                r.stated = [replace(s, param="users_to", note="",
                                    text=s.text if s.param else re.sub(r"\s+[a-z].*$", "", str(s.text)))
                            if s is z else s for s in r.stated]
                break
    if "doubling_months" not in p:
        m = _DOUBLING_WORDS.search(t)
        if m:
            months = _PERIOD_WORDS[m.group("unit") or m.group("unit2")]
            r.add("doubling_months", months, m.start(), m.end())
    m = _ANNUAL.search(t)
    if m and "days" not in p:
        r.add("days", units.convert(1, "year", "day"), m.start(), m.end())
    m = _A_QUARTER.search(t)
    if m and "days" not in p and "period_months" not in p:
        r.add("days", units.convert(3, "month", "day"), m.start(), m.end())   # "last quarter": 3 months
    m = _MONTHLY_BILL.search(t)
    if m and "days" not in p:
        r.add("days", units.convert(1, "month", "day"), m.start(), m.end())
    _period_words(r)
    if re.search(r"kv[- ]?cache|kv缓存|kv 缓存", t) and re.search(
            r"how (?:much|big|large)|what(?:'s| is)|size|多大|多少|占用|需要", t):
        p["asks_kv"] = True
    if _ASKS_MAX_MODEL.search(t) and not any(k in p for k in ("model", "params", "active_params")):
        p["asks_max_model"] = True       # "一张4090能跑多大的模型？": the largest model that fits
    if _TOKENS_PER_KWH.search(t):
        p["tokens_per_kwh"] = True
    if _PER_DOLLAR.search(t) or (_PERF_PER_DOLLAR.search(t) and "gpus" not in p and "servers" not in p):
        # ("whos better perf/$"; not "perf/$ … how many gaudi3 to match 1000 h100s": the cards that match)
        p["per_dollar"] = True
    if ASKS_RATE.search(t):
        p["asks_rate"] = True
    if ASKS_QPS.search(t):
        p["asks_qps"] = True
    if _ASKS_TRAFFIC.search(t) and not any(k in p for k in ("accelerator", "server", "model", "params",
                                                           "gpus", "servers", "qps")):
        p["asks_traffic"] = True         # "qps for 1e6 DAU, 15 queries each, peak 3x?": the load itself
    if "gpu_tflops" in p and _ASKS_MFU.search(t):
        p["asks_mfu"] = True             # "what MFU am I getting if I see 180 TFLOPS per A100?" (a stated
        # MFU is read later; training answers from the TFLOPS only when none is)
    if re.search(r"break[- ]?even|pay ?back|pays? (?:for )?itself|回本|收回成本|回收成本", t):
        p["asks_payback"] = True         # "换成自建…多久回本？": the months until a purchase pays back
    elif re.search(r"\bcheaper\b|\bcheapest\b|self-?host|自建|划算|更便宜", t) and \
            any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) and \
            any(k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        p["asks_payback"] = True         # "cheaper to self-host on 16 4090s at $1,800 each, or pay per token"
    if "factor" in p and re.search(r"\bfleet|\bcluster|集群|扩容|扩大|规模|\bscale (?:up|out)|failover|"
                                   r"[x×]\s+(?:the|our|those|that)\s+[\d,]+\s*(?:gpus|cards|#)|"
                                   r"redundan|\bspares?\b|\bmargin\b|headroom|\bbuffer\b|冗余|余量|容灾|备份",
                                   t):
        p["scales_fleet"] = True         # "if we 3x the fleet of 4k H100": the fleet times the factor
    if _ASKS_PER_DAY.search(t) and "tokens_per_day" not in p:
        p["asks_per_day"] = True         # "how many tokens a day?": the rate over a day
    if (p.get("asks_qps") or p.get("asks_rate")) and "gpus" not in p and "servers" not in p and \
            re.search(r"\bper[- ](?:gpu|card|chip|accelerator)\b|每卡|单卡|每张卡", t):
        p["one_gpu"] = True              # "max req/s per GPU": for one accelerator
    if _ASKS_FLOPS.search(t):
        p["asks_flops"] = True           # "how many FLOPs is that at 40% MFU": a total over the days
    if _ASKS_REQUESTS.search(t):
        p["asks_requests"] = True        # "一天能服务多少次请求": a count of requests, not tokens
    if _ASKS_CONCURRENT.search(t):
        p["ask_concurrent"] = True
    if MORE.search(t):
        p["asks_added"] = True           # "how many extra cards?": what a growth adds, said
    if re.search(r"(?:cost|price|bill|spend)\w*\s+(?:per|a|for each|each)\s+"
                 r"(?:seat|user|subscriber|customer|head)\b|"
                 r"(?:per|each)\s+(?:seat|user|subscriber)\s+(?:cost|a month|per month|monthly)|"
                 r"\b(?:one|a single|each|a|per)\s+(?:user|seat|customer|subscriber)\s+"
                 r"(?:costs?|is costing)\b|"
                 r"(?:每个?|单个)(?:用户|席位|账号|人)\s*(?:每月|一个月)?\s*"
                 r"(?:成本|花费|要花|多少钱|的成本)", t):
        p["asks_per_user"] = True        # "what's our monthly cost per seat?": one user's share asked
    if _ASKS_SESSIONS.search(t) and "input_tokens" in p and not any(k in p for k in _LOADS):
        p["asks_sessions"] = True        # "每张卡能撑几个 32k 的长会话": how many fit beside the weights
    if re.search(r"how many (?:[a-z0-9]+ )?gpu[- ]?hours?|(?:多少|几)\s*(?:个)?\s*(?:gpu\s*小时|卡时)", t):
        p["asks_hours"] = True           # "每月实际能给出多少 GPU 小时": GPU-hours, asked
    if re.search(r"annuali[sz]|年化|per year\?|a year\?|每年(?:多少|是多少)|"
                 r"(?:yearly|annual) (?:rate|growth)", t):
        p["asks_annualized"] = True      # "3 个月涨了 10 倍，折成年化是多少？": the year's growth
    if re.search(r"(?:\$|usd|dollars?|price|cost|美元|钱)\s*(?:/|per|each|每)\s*gb\b(?!\s*/\s*s)"
                 r"(?!\s*(?:is|=|:|at)\s*\$?\d)", t) and \
            not any(k in p for k in ("hbm_usd_per_gb", "dram_usd_per_gb")):
        p["asks_per_gb"] = True          # "$/GB of HBM for each?": a card's price over its memory
    if _RATE_NEEDED.search(t):
        p["asks_rate_needed"] = True     # "what tok/s/GPU do we need to break even?": a rate asked
    if CLAIM.search(t):
        p["claim"] = True                # "…靠谱吗？", "does that add up?": a claim to check
    one = next((st for st in r.stated if st.param == "gpus" and st.value == 1.0 and st.note == ""), None)
    rate_st = next((st for st in r.stated if st.param == "observed_tokens_per_s" and st.note == ""), None)
    one_card = next((st for st in r.stated if st.param == "gpus" and st.value == 1.0
                     and st.note in ("", "one_unit") and rate_st is not None
                     and 0 <= rate_st.start - st.end <= 30), None)
    if "observed_tokens_per_s" in p and "observed_tokens_per_s_per_gpu" not in p and one_card is not None \
            and p.get("gpus") != 1.0 and any(k in p for k in _LOADS):
        # "在一张H200上…每秒能跑2500 token…有人说5张就够": the one card's rate, another count claimed
        p["observed_tokens_per_s_per_gpu"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu") if st.param == "observed_tokens_per_s"
                    else replace(st, param="observed_tokens_per_s_per_gpu", note="option") if st is one_card
                    else st for st in r.stated]
    if "observed_tokens_per_s" in p and "observed_tokens_per_s_per_gpu" not in p and \
            p.get("gpus") == 1.0 and one is not None and any(k in p for k in _LOADS):
        # "压测：单卡H200跑…吞吐1800 tokens/s": the one card's rate
        p["observed_tokens_per_s_per_gpu"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu") if st.param == "observed_tokens_per_s"
                    else st for st in r.stated]
    if "observed_tokens_per_s_per_gpu" in p and p.get("gpus") == 1.0 and one is not None:
        # "one H200 pushes 3,000 tok/s": the card the rate was measured on, not a fleet of one
        del p["gpus"]      # (the "one" is read with the rate it qualifies)
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu", note="option") if st is one
                    else st for st in r.stated]
    for one_at, one_end, per in r.ones:
        # the "一张" of "在一张L40S上实测1500 token/s" is read with the rate it is per
        rate = next((k for k in (_PER_HOUR if per == "hour" else _PER_CARD) if k in p), None)
        if rate is not None and not any(st.start <= one_at and one_end <= st.end for st in r.stated):
            r.add(rate, p[rate], one_at, one_end, note="option")
    # ("测了一下 8 卡 H20 整机跑 Qwen3-235B，每秒 2100 个 token": a box's size said, no count: the box's)
    if "observed_tokens_per_s" in p and ("server" in p or "gpus_per_server" in p) and "gpus" not in p \
            and "servers" not in p and \
            (any(n.kind == "server" and _SERVER_WORD.search(t[n.start:n.end + 8]) for n in r.names)
             or re.search(r"\b(?:a|one|the|each|per|that|this)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:rack|node|server|box|system)\b|"
                          r"一个?机柜|整柜|整机|单机|"
                          r"一台", t)):
        # "if a rack costs $3.4M and serves DeepSeek-R1 at 600k tokens/s": the rack's rate
        p["observed_tokens_per_s_per_server"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="observed_tokens_per_s_per_server")
                    if st.param == "observed_tokens_per_s" else st for st in r.stated]
    if "observed_tokens_per_s" in p and p.get("gpus", 1.0) == 1.0 and "servers" not in p and \
            "observed_tokens_per_s_per_gpu" not in p and not re.search(
                r"cluster|fleet|集群|\btotal\b|总|合计|in all|altogether|combined", t):
        # "4090跑Qwen2.5 7B实测每秒1500 token": no count, so one card's rate (a guess the
        # calculation drops if one card could not reach it)
        p["observed_tokens_per_s_per_gpu"] = p.pop("observed_tokens_per_s")
        if "gpus" not in p:
            p["rate_per_gpu_guessed"] = True
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu") if st.param == "observed_tokens_per_s"
                    else st for st in r.stated]
    if "capacity_flops" in p and re.search(r"\bsustain|有效算力|实际算力|实测算力", t):
        p["sustained"] = True            # "our cluster sustains 2.5 EFLOPS": achieved, not peak
    if "gpus" not in p and "servers" not in p and _ONE_GPU.search(r.masked):
        p["one_gpu"] = True              # "on an L40S", "单张H100": one accelerator, not a server
    if _ASKS_USERS.search(t):
        p["ask_users"] = True
        qpd = next((st for st in r.stated if st.param == "queries_per_day" and st.note == ""), None)
        if qpd is not None and "queries_per_user" not in p and isinstance(qpd.value, float) \
                and qpd.value <= 200:
            # "which serves more users at 10 queries/day": each user's queries, not the fleet's
            p["queries_per_user"] = p.pop("queries_per_day")
            r.stated = [replace(st, param="queries_per_user") if st is qpd else st for st in r.stated]
        if re.search(r"(?:per|a|each|one|single)\s*#|每张(?:卡|#)|单卡|一张卡", r.masked):
            p["one_gpu"] = True          # "users per H100": for one accelerator
    one_card = next((st for st in r.stated
                     if st.param == "gpus" and st.value == 1.0 and st.note == ""), None)
    if one_card is not None and p.get("gpus") == 1.0 and isinstance(servers := p.get("servers"), float) and \
            servers > 1 and re.fullmatch(r"(?:一|单|每)\s*[张块颗片]?(?:卡)?|one|a|an|single",
                                              one_card.text.lower()):
        # "一张H100按700瓦，一台服务器8张卡…1000台服务器": the card described, then the fleet counted
        del p["gpus"]
        r.stated = [replace(st, note="one_unit") if st is one_card else st for st in r.stated]
    watts = [st for st in r.stated if st.param == "watts_per_server" and isinstance(st.value, float)]
    # "servers at 10.2 kW each, racks capped at 20 kW": the one worded as a limit, before the others
    capped = [st for st in watts if _POWER_CAP.search(CLAUSE.split(t[max(0, st.start - 16):st.start])[-1])
              # "a 40kW per-rack power cap": the limit's words after it
              or _CAP_AFTER.match(t, st.end)]
    srv_w = next((st for st in capped if st.note in ("", "duplicate", "option") and len(watts) > 1), None) \
        or next((st for st in capped + watts if st.note in ("", "duplicate", "option") and (
        _POWER_CAP.search(t[max(0, st.start - 40):st.end + 4])
        # "colo gives us 15 kW per rack … box draws 4.2kW", "单柜供电 8kW … 整机 2200W": a rack's
        # power beside a server's or a card's draw is the rack's limit
        or (_RACK_CAP.search(t[max(0, st.start - 16):st.end + 12])
            and not _DRAWS.search(CLAUSE.split(t[max(0, st.start - 16):st.start])[-1]
                                  + t[st.start:st.end + 6])
            # ("125 GB200 NVL72 racks at 120 kW each": a rack-scale server's own draw)
            and not re.search(r"&+[^.?!;。？！；]{0,10}?(?:racks?|机柜|柜)|(?:racks?|机柜)\s*(?:of\s*)?&+",
                              r.masked[max(0, st.start - 40):st.end + 12])
            and (any(w is not st and not _RACK_CAP.search(t[max(0, w.start - 10):w.start])
                     for w in watts) or "watts_per_gpu" in p
                 # "colo gives us 17kW per rack. how many h100 servers per rack": a catalogued
                 # server's draw fitted under the rack's power (a rack-scale one, NVL72, is the rack)
                 or ("server" in p and "nvl" not in str(p["server"]) and len(watts) == 1
                     and not re.search(r"每台|单台|一台|\beach\b|per (?:server|box|node)",
                                       t[max(0, st.start - 8):st.start]))))
        # "racks are 45 kW. DGX H100 at 10.2 kW each": the racks' limit, a server's draw after it
        or (_RACKS_ARE.search(t[max(0, st.start - 16):st.start]) and any(w.start > st.end for w in watts)))),
        None)
    # ("单柜供电从 15kW 提到 40kW，HGX H100 整机 10.2kW": the server's draw is the one not worded as a limit)
    other_w = next((st for st in r.stated if st.param == "watts_per_server" and st is not srv_w
                    and not any(st is c for c in capped)), None) or \
        next((st for st in r.stated if st.param == "watts_per_server" and st is not srv_w), None)
    if srv_w is not None and ("watts_per_gpu" in p or (
            # "每台服务器供电上限 6kW … 一台实测 4.8kW": a limit worded as one, beside a draw
            other_w is not None and _POWER_CAP.search(t[max(0, srv_w.start - 16):srv_w.end + 4])) or (
            # "colo caps us at 10kW per server. does a dgx h100 fit?": a limit said before the number,
            # a catalogued server checked against it
            "server" in p and "power_mw" not in p
            and _POWER_CAP.search(t[max(0, srv_w.start - 16):srv_w.start])) or (
            _RACK_CAP.search(t[max(0, srv_w.start - 24):srv_w.end + 12])
            and (other_w is not None or "server" in p or "accelerator" in p))):
        # "单柜供电上限 40kW，HGX H100 整机按 10.2kW 算，每柜能塞几台？", "halls cap at 60 kW per
        # rack. How many HGX B200 per rack?": the rack's limit, not a server's draw
        # "racks capped at 17.3 kW … A100 at 400 W each", "Power budget per server is 6 kW … an 8x
        # L40S box (350W each)": a limit the cards' watts are fitted under, not the server's draw
        p["server_power_cap_w"] = float(srv_w.value or 0)
        lead = r.masked[max(0, other_w.start - 40):other_w.start] if other_w is not None else ""
        if other_w is not None and isinstance(other_w.value, float) and "server" not in p \
                and other_w.value <= 2500 and "#" in lead and not re.search(
                    r"&|servers?|nodes?|box(?:es)?|服务器|整机|台", lead):
            # "How many h200 fit per rack at ~1.4 kW each": each card's draw (with its share of the
            # server), no server named and no server draws that little
            p["watts_per_gpu"] = other_w.value
            del p["watts_per_server"]
            r.stated = [replace(st, param="watts_per_gpu", note="") if st is other_w else st
                        for st in r.stated]
        elif other_w is not None and isinstance(other_w.value, float):
            p["watts_per_server"] = other_w.value
            r.stated = [replace(st, note="") if st is other_w else st for st in r.stated]
        else:
            del p["watts_per_server"]
        r.stated = [replace(st, param="server_power_cap_w", note="") if st is srv_w else
                    # the limit's other value ("从 15kW 提到 40kW"): a second value of the limit
                    # (a limit corrected later stays corrected)
                    replace(st, param="server_power_cap_w",
                            note="corrected" if st.note == "corrected" else "duplicate")
                    if any(st is c for c in capped) and st is not other_w and st.param == "watts_per_server"
                    else st for st in r.stated]
    rack_mw = next((st for st in r.stated if st.param == "power_mw" and st.note == ""
                    and isinstance(st.value, float) and st.value <= 0.5
                    and _RACK_CAP.search(t[max(0, st.start - 16):st.start])), None)
    if rack_mw is not None and "server_power_cap_w" not in p and ("server" in p or "watts_per_server" in p):
        # "单柜供电上限只有 40kW": a rack's limit, not the site's power
        p.pop("power_mw", None)
        p["server_power_cap_w"] = float(rack_mw.value or 0) * 1e6
        r.stated = [replace(st, param="server_power_cap_w", value=p["server_power_cap_w"]) if st is rack_mw
                    else st for st in r.stated]
    per_box, box_w = p.get("gpus_per_server"), p.get("watts_per_server")
    if isinstance(per_box, float) and isinstance(box_w, float) and per_box >= 2 and "watts_per_gpu" not in p \
            and 150 <= box_w <= 2500 and box_w / per_box < 100:
        # "rack of 72 b300 at 1400W each": no server of 72 draws 1.4 kW; each is one card's draw
        p["watts_per_gpu"] = p.pop("watts_per_server")
        r.stated = [replace(st, param="watts_per_gpu") if st.param == "watts_per_server" and st.value == box_w
                    else st for st in r.stated]
    for cur, floor in (("usd", 150_000.0), ("cny", 1_000_000.0)):
        price = p.get(f"price_{cur}")
        if (("server" in p and ("servers" in p or "gpus" not in p)) or "gpus_per_server" in p
                or re.search(r"整机|服务器|\bservers?\b|\bnodes?\b|\bbox(?:es)?\b", t)) \
                and isinstance(price, float) and price >= floor and \
                f"server_price_{cur}" not in p and not re.search(
                    r"(?:per|a|each|every|/)\s*(?:gpu|card|chip|accelerator)|每张|每卡|单卡|一张", t):
            # "a hundred DGX B200s … if each is $500k": no one accelerator costs that; the server does
            p[f"server_price_{cur}"] = p.pop(f"price_{cur}")
            r.stated = [replace(st, param=f"server_price_{cur}") if st.param == f"price_{cur}" else st
                        for st in r.stated]
    qpd = next((st for st in r.stated if st.param == "queries_per_day" and st.note == ""), None)
    if p.get("ask_users") and qpd is not None and "users" not in p and "queries_per_user" not in p \
            and isinstance(qpd.value, float) and qpd.value <= 1000:
        # "how many users can we serve at 30 queries/day": each user's, not the fleet's
        p.pop("queries_per_day")
        p["queries_per_user"] = qpd.value
        r.stated = [replace(st, param="queries_per_user") if st is qpd else st for st in r.stated]
    rented = any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
    if KW["tco"].search(t) or (KW["hourly"].search(t) and not rented and any(
            k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
        p["tco"] = True                  # owning: chips plus electricity over the life
    if KW["rent_or_buy"].search(t) or (
            any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
            and any(k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
        p["rent_or_buy"] = True
    elif KW["rent"].search(t) and not rented:
        p["rented"] = True               # renting at no stated rate: the catalog's, else ask for one
    if re.search(r"how many (?:training )?tokens|多少(?:个)?(?:训练)?\s*token|能训练多少|能训多少", t):
        p["asks_tokens"] = True          # "2e24 FLOPs: how many training tokens for a 70B?"
    if re.search(r"(?<![a-z])moe(?![a-z])|mixture[- ]of[- ]experts|混合专家|专家模型", t):
        p["moe_said"] = True             # an MoE named without its active parameters (calc/training.py)
    if KW["depreciation"].search(t):
        p["depreciation"] = True         # "折旧4年，每天折旧多少": the purchase spread over the period
    if KW["per_token_energy"].search(t) and "per_tokens" not in p:
        # "一百万 token 耗电多少度": the tokens the energy is asked for, not one answer's length
        basis = next((st for st in r.stated if st.param in ("output_tokens", "input_tokens") and st.note == ""
                      and _ENERGY_OF.match(t, st.end)), None)
        if basis is not None and isinstance(basis.value, float):
            p.pop(str(basis.param), None)
            p["per_tokens"] = basis.value
            r.stated = [replace(st, param="per_tokens") if st is basis else st for st in r.stated]
        else:
            p["per_token"] = True
    mw = next((st for st in r.stated if st.param == "power_mw" and st.note == ""), None)
    if mw is not None and (
            re.match(r"\s*(?:of\s*|的\s*)?(?:it\b|critical it|it[- ]?(?:load|power|capacity)|"
                     r"it\s*(?:负载|功率|容量|电力|用电))",
                     t[mw.end:mw.end + 24])
            or re.search(r"(?:\bit|it负载|it功率)\s*(?:load|power|capacity)?\s*(?:of|is|=|:|为|是)?\s*$",
                         t[max(0, mw.start - 20):mw.start])):
        p["it_load"] = True              # "40 MW IT load … PUE 1.35": the cards' power; the meter's is more
    if re.search(r"采购|购买|买|设备|\bbuy|\bpurchas|\bcapex\b|\bhardware\b|all[- ]in", t):
        p["asks_purchase"] = True        # "一年设备加电费多少钱": the purchase too, not only the bill
    if len(re.findall(r"\?|？", t)) >= 2 or len(re.findall(
            r"(?:^|[,，;；:：.。!！]\s*|\band\s+|\balso\s+|另外|还有|以及|并且)\s*(?:要|需要|得|一共|总共)?\s*"
            r"(?:how (?:many|much|long|big)|what(?:'s| is| are| would| does)|"
            r"多少|几(?:张|台|天|个)|多久|能否|是否)",
            t)) >= 2 or _THEN_ASK.search(t) or len(_LISTED_ASK.findall(t)) >= 2:
        p["multi_ask"] = True            # two or three asks in one message (calc/engine.py _second_ask)
    if "server_power_cap_w" in p and any(k in p for k in _LOADS):
        p["multi_ask"] = True            # a load and a rack's limit: the fleet, then the racks it takes
    if KW["power"].search(t):
        p["asks_power"] = True
        if _HEADROOM.search(t):
            p["power_headroom"] = True   # "还能再加几台": the servers the rest of the power takes
    if _POWER_PER_GPU_HOUR.search(t) and not any(k in p for k in (
            "model", "params", "train_tokens", "train_flops", "gpu_hours", "users", "qps",
            "concurrent_users", "queries_per_day", "tokens_per_day", "days", "period_months", "power_mw",
            "price_usd", "price_cny", "server_price_usd", "server_price_cny", "budget_usd", "budget_cny",
            "servers")) and (
            "gpus" not in p or "watts_per_server" in p):
        p["power_per_gpu_hour"] = True   # "what's the power cost per GPU-hour?": one card, one hour
    if any(k in p for k in ("server_price_usd", "server_price_cny")) and not any(
            k in p for k in ("gpus", "days", "period_months", *_LOADS)) and p.get("servers", 1.0) == 1.0 \
            and PER_CARD_ASKED.search(t) and not HOURLY_ASKED.search(t):
        p["per_card"] = True             # "HGX H100 整机报价 230万，摊到每张卡多少美元？"
    if _PER_GPU_HOUR_ASKED.search(t):
        p["per_gpu_hour"] = True         # "what's revenue per GPU-hour?": one GPU-hour's takings
    elif _PER_GPU_EARNS.search(t) or (
            _FLEET_EARNS.search(t) and ("model" in p or "params" in p) and "accelerator" in p
            and ("gpus" in p or "servers" in p) and not any(k in p for k in (*_LOADS, "tokens_per_day",
                                                                             "tokens_per_user_day"))
            and any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens"))):
        # "一张卡一天能赚多少": one card's takings over the period; "8 卡 H20 … 按每百万 token 3.2 元收费，
        # 一天能收多少钱" with no volume stated: the cards' takings at the serving model's rate
        p["per_gpu_revenue"] = True
        if "days" not in p and "period_months" not in p and (
                each := re.search(r"\b(?:per|a|each|every) (day|week|year)\b|"
                                  r"\b(daily|weekly|yearly|annually)\b", t)):
            # "how much does one gpu earn per day": the period the takings are asked over
            word = each.group(1) or each.group(2)
            r.add("days", {"d": 1.0, "w": 7.0, "y": 365.25, "a": 365.25}[word[0]], each.start(), each.end())
    vol = next((st for st in r.stated if st.param in ("tokens_per_day", "tokens_per_user_day")), None)
    if vol is not None and _OUTPUT_WORDS.search(t[max(0, vol.start - 6):vol.end + 8]):
        p["output_volume"] = True        # "每天 30 亿输出 token": the answers' tokens, priced as such
    if _ASKS_TTFT.search(t):
        p["asks_ttft"] = True            # "what's the TTFT for a 32k-token prompt …": that latency first
        tp = next((st for st in r.stated if st.param == "tpot_ms" and st.note == ""), None)
        if tp is not None and "ttft_ms" not in p and not _TPOT_WORDS.search(
                t[max(0, tp.start - 40):tp.end + 16]):
            # "… need it < 400ms p99": the target of the latency asked about, not a per-token one
            p["ttft_ms"] = p.pop("tpot_ms")
            r.stated = [replace(st, param="ttft_ms") if st is tp else st for st in r.stated]
    for cur in ("usd", "cny"):
        if f"{cur}_per_million_input_tokens" in p and not any(
                k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")):
            # "charges $2.50 per million input tokens": the only token price said is the price compared
            p[f"{cur}_per_million_tokens"] = p.pop(f"{cur}_per_million_input_tokens")
            p["price_is_input"] = True     # (a bill of requests prices their prompts alone)
            r.stated = [replace(st, param=f"{cur}_per_million_tokens")
                        if st.param == f"{cur}_per_million_input_tokens" else st for st in r.stated]
    if any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) and _PAYS_API.search(t) \
            and (not _EARNS.search(t) or _THEY_CHARGE.search(t)):
        p["pays_api"] = True             # "全部走 API … 和自己用 H100 跑比": a bill paid, not revenue
    if _ASKS_DAILY.search(t) and "days" not in p:
        p["asks_daily"] = True           # "… how many MWh is that daily?": one day's, not a year's
    if _ASKS_ENERGY.search(t):
        p["asks_kwh"] = True
    if _ASKS_MW.search(t):
        p["asks_mw"] = True              # "0.4 J/token … how many MW to serve 1T tokens a day": the power
    if KW["bill"].search(t) or (re.search(r"\bbill\b", t) and any(
            k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh"))):
        p["asks_bill"] = True
    if KW["power"].search(t) and not any(
            k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh")):
        _bare_cents(r)
    if KW["same_budget"].search(t):
        p["same_budget"] = True
    if re.search(r"\bcost|price|capex|多少钱|成本|费用|(?:卡|设备|硬件|机器)钱", t) or (
            re.search(r"买|购买|采购|\bbuy|\bpurchas", t) and any(
                k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
        p["asks_cost"] = True            # "按300万刀算 买50个柜子 加电费 一年总共多少": the purchase too
    if re.search(r"\bmw\b|兆瓦|总功率|总共需要多少电|total (?:it )?(?:power|load)|"
                 r"how much (?:total )?(?:it )?power|\bit load", t):
        p["asks_total_power"] = True     # "一共上 20 个柜，总功率多少 MW": the servers' draw in all
    if _RENT_OUT.search(t):
        p["rents_out"] = True            # "rent them out at $0.35/hr … margin after electricity": income
    one_hour = any(s.param == "gpu_hours" and s.value == 1 for s in r.stated)
    for cur in ("usd", "cny"):
        if one_hour and f"price_{cur}" in p and f"rent_{cur}_per_hour" not in p:
            # "1 GPU-hour of H100 costs ¥18": that is the hourly rent
            p[f"rent_{cur}_per_hour"] = p.pop(f"price_{cur}")
            r.stated = [replace(s, param=f"rent_{cur}_per_hour") if s.param == f"price_{cur}"
                        else s for s in r.stated]
    if any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) \
            and (PAYS_BACK.search(t) or _CHEAPER_THAN_PRICE.search(t)) \
            and ("model" in p or "params" in p) and "accelerator" in p and not any(
                k in p for k in ("tokens_per_day", "tokens_per_user_day", "per_gpu_hour", "rent_usd_per_hour",
                                 "rent_cny_per_hour", "price_usd", "price_cny", "observed_tokens_per_s",
                                 "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server",
                                 *_LOADS)):
        # "这个价能回本吗", "自己用 H20 部署能比这便宜吗" with no rent, card price or measured rate stated:
        # the token price against what serving the model costs at the catalog's rent (the stated ones
        # have their own margin answer)
        p["price_against_cost"] = p["asks_cost_per"] = True
    if (KW["cost_per"].search(t) or ("per_tokens" in p and (
            p.get("asks_cost") or (any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
            and re.search(r"come to|work(?:s)? out|多少钱|合多少", t))))) and not _RATE_NEEDED.search(t) \
            and not ("joules_per_token" in p and not _MONEY_WORD.search(t)):
        # (not "这要单卡多少 tok/s 才行": the rate is asked; "what does 1M tokens cost": the basis asked;
        # not "0.2 J/token … what's that per 1k tokens in Wh": an energy per tokens)
        p["asks_cost_per"] = True
    for st in list(r.stated):
        if st.param is None and isinstance(st.value, float) and re.match(r"\s*/\s*", t[st.end:]):
            nxt = next((x for x in r.stated if x.start > st.end and x.param in (
                "output_tokens", "input_tokens") and x.start - st.end < 6), None)
            if nxt is not None and not (nxt.param == "output_tokens" and "input_tokens" in p):
                # "2k/500 tokens": input, then output
                p["input_tokens"], p["output_tokens"] = st.value, nxt.value  # type: ignore[assignment]
                r.stated = [replace(x, param="input_tokens", text=str(x.text).split()[0])
                            if x is st else replace(x, param="output_tokens") if x is nxt else x
                            for x in r.stated]
    if KW["recompute"].search(t):
        p["recompute"] = True
    if ALL_IN.search(t):
        p["all_in"] = True
    if re.search(r"chinchilla|compute[- ]optimal|计算最优", t):
        p["compute_optimal"] = True
    if "usd_cny" not in p and KW["cny"].search(t) and KW["usd"].search(t):
        # "what's that in RMB? use 7.2": a bare number where a RMB-per-dollar rate would be
        fx = next((s for s in r.stated if s.param is None and isinstance(s.value, float)
                   and 5 <= s.value <= 9), None)
        if fx is not None:
            p["usd_cny"] = fx.value  # type: ignore[assignment]
            r.stated = [replace(s, param="usd_cny", end=s.start + len(str(s.text).split()[0]),
                                text=str(s.text).split()[0]) if s is fx else s
                        for s in r.stated]
    if KW["cny"].search(t) and not (_ASKS_DOLLARS.search(t) and not _ASKS_YUAN.search(t)):
        p["currency"] = "cny"
    elif KW["usd"].search(t):
        p["currency"] = "usd"            # ("每 1000 token 成本多少美元": the dollars asked, not 元 in 美元)
    facs = [s for s in r.stated if (s.param in ("factor", "hbm_multiple") or (
                # "(maybe as high as 6x)": a bare multiple beside HBM's
                s.param is None and re.search(r"(?:x|×|倍|times)$", str(s.text).lower())))
            and s.note in ("", "duplicate") and isinstance(s.value, float) and 1 < s.value <= 20]
    if facs and not ("hbm_multiple" in p and len(facs) < 2) and re.search(r"(?<![a-z])hbm|高带宽", t) and \
            re.search(r"dram|ddr|内存", t) and "growth_rate_year" not in p and \
            (len(facs) < 2 or _LOW_HIGH.search(t) or _MULTIPLE_RANGE.search(t)):
        # "低的说 5 倍，高的说 8 倍", "5x DRAM … with 8x at the high end": HBM's price over DRAM's,
        # the low and the high end
        lo, hi = min(float(f.value or 0) for f in facs), max(float(f.value or 0) for f in facs)
        p.pop("factor", None)
        p["hbm_multiple"] = lo
        if hi > lo:
            p["hbm_multiple_high"] = hi
        r.stated = [replace(s, param="hbm_multiple" if s.value == lo else "hbm_multiple_high", note="")
                    if any(s is f for f in facs) else s for s in r.stated]
    rng = _MULTIPLE_RANGE.search(t)
    if rng and "hbm_multiple" in p:
        ends = [float(g) if g[0].isdigit() else chinese_numeral(g) for g in (rng.group(1), rng.group(2))]
        lo, hi = min(ends), max(ends)
        p["hbm_multiple"], p["hbm_multiple_high"] = lo, hi
        # the low end's span stops at its number and its unit: "5", "3倍", not "5到"
        low_end = rng.end(1) + len(_LOW_UNIT.match(t, rng.end(1)).group(0))  # type: ignore[union-attr]
        out: list[Stated] = []
        for s in r.stated:
            if s.start <= rng.start(1) and rng.end(2) <= s.end:
                # "DRAM 的 5 到 8 倍" read as one span: the low end and the high end, each its own
                out += [replace(s, param="hbm_multiple", value=lo, note="", end=low_end,
                                text=r.norm.quote(s.start, low_end).rstrip()),
                        Stated(r.norm.quote(rng.start(2), s.end), "hbm_multiple_high", hi, "",
                               rng.start(2), s.end)]
            elif s.param in (None, "hbm_multiple", "factor") and s.value in (lo, hi):
                param = "hbm_multiple_high" if s.value == hi else "hbm_multiple"
                if s.start <= rng.start(1) < s.end and low_end < s.end <= rng.start(2) + 1:
                    s = replace(s, end=low_end, text=r.norm.quote(s.start, low_end).rstrip())
                out.append(replace(s, param=param, note=""))
            else:
                out.append(s)
        r.stated = out


_LOW_UNIT = re.compile(r"\s*(?:x|×|倍)?")
# "5-6x", "5x to 6x", "5 到 8 倍", "五倍到六倍": a multiple given as a range
_CN_NUM = r"[一二两三四五六七八九十]+"
_MULTIPLE_RANGE = re.compile(r"(\d+(?:\.\d+)?|" + _CN_NUM + r")\s*"
                             r"(?:(?:x|×|倍)\s*(?:-|–|~|to|到|至)|(?:-|–|to|~|到|至))\s*"
                             r"(\d+(?:\.\d+)?|" + _CN_NUM + r")\s*(?:x|×|times|倍)")


# "Each user averages around 50k tokens a day": a user's day, with or without a user count
_EACH_USER = re.compile(r"(?:\b(?:each|every|per|the average|an average|a typical)\s+"
                        r"(?:user|person|customer|subscriber|dev|developer|seat|member)s?\b|"
                        r"人均|每人|每个用户|每用户|每位用户|每个?席位|每个?员工|每个?坐席|每个?账号|每个?日活(?:用户)?|"
                        r"\beach (?:dau|daily active(?: user)?))[^,，;；.。]{0,30}$")
# "B200 fp8稠密算力4.5 PFLOPS", "on B200s at 2.25 PFLOPS bf16": the card's rate, said right after it
_CARD_RATE_HEAD = re.compile(r"#+s?\s*(?:~+\s*)?(?:稠密|dense|peak|峰值)?\s*(?:算力|compute)?\s*"
                             r"(?:of|at|is|为|是|约|=)?\s*$")
_BATCH = re.compile(r"\bbs(?![a-z])|\bbatch|批大小|批量|\bconc\b|concurrency|@")
_IN_ONE_BOX = re.compile(r"\b(?:in|on|within)\s+(one|a single|1)\s+(?:box|node|server|machine|chassis)\b")
# "what's a TPU v6e worth in H100s?": one of the first named, matched in the other
_ONE_NAMED = re.compile(r"(?:\b(?:an?|one|each|per)\s+|一张|每张|单张)#")
_OUTPUT_WORDS = re.compile(r"output|\bout\b|generat|completion|answer|输出|生成|回答")
# "what's revenue per GPU-hour?", "每卡时能收多少": what one GPU-hour earns, asked
_PER_GPU_HOUR_ASKED = re.compile(
    r"(?:revenue|earn(?:s|ings)?|income|makes?|margin|take|收入|营收|赚|收)[^,.;?，。；？]{0,24}"
    r"(?:per|/|a|每|一个?)\s*(?:gpu[- ]?h(?:ou)?rs?\b|gpu hour|card[- ]hour|卡时|卡小时|gpu\s*小时|"
    r"[a-z]{1,3}\d{2,4}[a-z]{0,3}[- ]h(?:ou)?rs?\b)|"   # "revenue per h100-hour": one card's hour, named
    r"(?:per|每)\s*(?:gpu[- ]?h(?:ou)?r|gpu hour|卡时|卡小时|gpu\s*小时)\s*(?:的)?\s*"
    r"(?:revenue|income|收入|营收|能收|能赚)")
_PER_GPU_EARNS = re.compile(
    r"(?:一张卡|每张卡|单卡|一块卡|每卡|\b(?:one|each|a single|per|a) (?:gpu|card|chip))[^,.;?，。；？]{0,12}"
    r"(?:能赚|赚|能挣|挣|能收|收入|营收|\bearns?\b|\bmakes?\b|\bbrings? in\b|revenue)|"
    r"(?:revenue|earnings?|income|收入|营收)\s*(?:per|/|每)\s*(?:gpu|card|卡|张卡)\b")
# "一天能收多少钱", "what's the daily revenue", "how much could it bring in": takings asked
_FLEET_EARNS = re.compile(r"能收多少|收入(?:是|有|能有)?多少|营收(?:是|有|能有)?多少|能赚多少|能挣多少|"
                          r"how much (?:revenue|money|income)\b|\bhow much (?:could|would|can|does|do) "
                          r"(?:it|this|that|they|we|the \w+) (?:make|earn|bring in|gross)\b|"
                          r"what(?:'s| is| would be| could be) (?:the |our |its )?"
                          r"(?:daily |monthly |yearly |annual )?(?:revenue|income|takings)")
_ASKS_TTFT = re.compile(r"(?:what(?:'s| is| are| would be)|how (?:long|fast|big|bad)(?: is| would be)?|"
                        r"estimate|calculate|compute|expected|give me)\s+(?:the\s+|my\s+|our\s+)?"
                        r"(?:ttft|time[- ]to[- ]first[- ]token|first[- ]token latency)|"
                        r"^\s*(?:ttft|time[- ]to[- ]first[- ]token)\b[^,;.?]{0,60}\?|"
                        r"(?:ttft|首\s*(?:token|字)\s*(?:延迟|时延|时间))\s*(?:大概|大约|约)?\s*(?:是|有|要)?\s*多(?:少|久|长|大)")
_TPOT_WORDS = re.compile(r"tpot|per[- ](?:output[- ])?token|inter[- ]token|\bitl\b|tok(?:en)?s?/s|"
                         r"每个?\s*(?:输出)?\s*token|吐字|token间")
_GPU_HOUR = (r"(?:(?:per|a|/|each)\s*(?:gpu|card)[- ]?(?:hour|hr|h)s?\b|per (?:gpu|card) per hour|"
             r"每卡(?:每)?小时|每张卡每小时|一卡一小时|单卡每小时|每个?卡时|每\s*gpu\s*(?:每)?小时)")
# "what's the power cost per GPU-hour?", "光电费每卡每小时多少钱", "每卡每小时电费": electricity per card-hour
_POWER_PER_GPU_HOUR = re.compile(r"(?:electricity|power|energy)\s*(?:cost|bill|price)?\s*(?:is\s*)?"
                                 + _GPU_HOUR + r"|电费\s*" + _GPU_HOUR + "|"
                                 + _GPU_HOUR + r"\s*(?:的)?\s*电费")
# "— then what's the yearly electricity?": a second ask after the first
_THEN_ASK = re.compile(r"\bthen\s+(?:what|how)\b|然后(?:再)?(?:算|问)?.{0,6}(?:多少|几)|"
                       # "…要多少卡？机房每柜只能给 15kW，要几个柜": an ask after the first one's mark
                       r"(?:多少|几)[^?？]{0,8}[?？][^?？]*[,，]\s*(?:要|需要|得|能放)?\s*(?:多少|几(?:张|台|天|个))")
# "1.8M tok/s across 96 MI300X": a rate measured on a counted fleet
_ACROSS_FLEET = re.compile(r"\s*(?:across|over|on|from|spread over)\s+(?:all\s+|the\s+|our\s+)?"
                           r"[\d,.]+\s*k?\s*#")
_PER_YEAR = re.compile(r"\s*(?:/\s*(?:yr|year)|(?:per|a|each) (?:yr|year)|每年|一年)(?![a-z])")
_PERIOD_ADVERB = (("month", re.compile(r"\b(?:monthly|per month|a month|each month|every month)\b|"
                                        r"每个?月|月度")),
                  ("year", re.compile(r"\b(?:yearly|annual(?:ly)?|per (?:year|yr)|a (?:year|yr)|each year|"
                                      r"every year|per annum|all year(?: long| round)?|year[- ]round)\b|"
                                      r"每年")),
                  # a daily bill last: "the daily bill … and per month?" asks for the month
                  ("day", re.compile(
                      r"\b(?:daily|per[- ]day|a day's|one day's)\s+(?:(?:electricity|electric|power|energy|"
                      r"running|operating|serving|inference|gpu|cloud|rental|total)\s+)?"
                      r"(?:costs?|bills?|spend(?:ing)?|energy(?: use| consumption)?|consumption|opex|"
                      r"revenue|income|"
                      r"electricity(?: costs?| bills?)?|kwh)\b|"
                      r"\b(?:costs?|bills?|spend|electricity|energy(?: use)?|kwh)\s+"
                      r"(?:per|a|each|every)\s+day\b|"
                      r"(?:每天|每日|一天|单日)(?:的)?(?:要|需要)?(?:的)?(?:电费|电力成本|能耗|耗电量?|用电量?|"
                      r"花费|成本|开销|支出|运营成本|租金|费用|电量|要花多少钱|花多少钱|多少钱|多少度电|收入|营收)|"
                      r"日(?:电费|耗电量?|用电量?|均电费|成本|开销)|"
                      # "→ $/day?", "多少 元/天": the money a day, asked as a unit
                      r"(?:\$|¥|￥|\busd\b|\brmb\b|元|美元)\s*/\s*(?:day|d|天|日)\s*[?？]")))


_OTHER_PERIOD = re.compile(r"\b(?:months?|years?|yrs?|weeks?|quarters?|annual(?:ly)?|monthly|yearly|"
                           r"weekly)\b|"
                           r"[个一两三四五六七八九十\d]\s*(?:个)?月|[一两三四五六七八九十\d]\s*年|每月|每年|全年|"
                           r"每周|一周|季度")


def _bare_cents(r: _Reading) -> None:
    """"… and $ per year at 6 cents" in a power question: cents are the price of a kWh."""
    for st in r.stated:
        m = re.match(r"[\d.,]+\s*(?:cents?|¢|美分)(?![a-z])", r.t[st.start:st.end + 8])
        if st.param is None and isinstance(st.value, float) and st.value < 100 and m:
            r.params["electricity_usd_per_kwh"] = st.value / 100
            end = st.start + m.end()
            r.stated = [replace(x, param="electricity_usd_per_kwh", value=st.value / 100,
                                end=end, text=r.norm.quote(st.start, end))
                        if x is st else x for x in r.stated]
            return


_ASKS_MW = re.compile(r"how many (?:mw|megawatts?)\b|多少\s*(?:mw|兆瓦)|average (?:power|draw)|平均功率|"
                      r"\bin mw\b")
_ENERGY_OF = re.compile(r"\s*(?:个)?\s*(?:tokens?)?\s*(?:要|需要|大概)?\s*(?:耗电|耗能|用电|要多少度)")
_ASKS_ENERGY = re.compile(r"多少度电|用多少度|耗电量|how many [kmgt]wh|how much energy|energy use|用电量|"
                          r"多少[千兆吉]?瓦时|多少\s*[kmgt]wh|用了多少\s*(?:[kmgt]wh|度)|total energy|"
                          r"(?:daily|annual|yearly|monthly) [kmgt]wh")


# "how many more servers fit", "还能再加几台": what the rest of a power envelope takes
_HEADROOM = re.compile(r"how many more|room for (?:how many|more)|more (?:servers|nodes|racks|gpus|cards) "
                       r"(?:fit|can (?:we|i) add)|can (?:we|i) (?:still )?add|headroom|"
                       r"还能(?:再)?(?:加|放|上|扩|装|容纳|部署)|(?:再|还)(?:加|放|上|装)(?:几|多少)|还剩(?:多少|几)")


# "Three things: a) how many GPUs …; b) total facility power …; c) annual electricity …": asks listed
_LISTED_ASK = re.compile(r"(?:^|[\s:;,，；：])(?:[a-e]|[1-5]|[①②③④⑤])[).）、]\s*(?=[a-z\u4e00-\u9fff])")
# "how many MWh is that daily?", "每天多少度电": one day's energy asked
_ASKS_DAILY = re.compile(r"how (?:many|much)\b[^?.;]{0,40}?(?<!tokens )(?<!token )(?<!queries )(?<!requests )"
                         r"\b(?:daily|per day|a day|each day)\b\s*(?:[?.]|$)|"
                         r"(?:每天|一天|每日)(?:要|需要|用|耗|消耗)?(?:掉)?多少\s*(?:度|电|兆瓦时|mwh|kwh|千瓦时)")
# "a GB200 NVL72 rack if we buy it at ~$3M": the one server's price
_BUY_IT_AT = re.compile(r"(?:\b(?:buy|bought|purchased?|get|got)\s+"
                        r"(?:it|one|the rack|the server|the box|the node|a rack|a box)\s+(?:at|for)|"
                        # "HGX B200 box costs us ~$515k landed"
                        r"\b(?:box|server|node|rack|machine|chassis)\s+(?:costs?|is|runs?)(?:\s+(?:us|me|them))?)\s*"
                        r"(?:about|around|~|roughly)?\s*(?:us\$|\$)?\s*$")
# words of money: "0.2 J/token … per 1k tokens in Wh" asks no cost
_MONEY_WORD = re.compile(r"\$|¥|￥|元|块|美元|美金|\busd\b|\brmb\b|dollars?|\bcents?\b|\bcost|\bprice|"
                         r"成本|价格|多少钱")
# "走 API", "we pay … to our provider": a bill paid, unless revenue is the subject
_PAYS_API = re.compile(r"(?<![a-z])api(?![a-z])|\b(?:we|i)(?:'re|'m| are| am)?\s+(?:\w+\s+)?pay|"
                       r"\b(?:keep|currently|already|still) paying|"
                       r"\bprovider\b|\bvendor\b|供应商|账单|\bbill\b|调用|外采|外购")
# "our provider charges $0.27 per million": what they charge us (not "our api charges …")
_THEY_CHARGE = re.compile(r"\b(?:provider|vendor|they)\s+charges?\b|(?<!our )(?<!my )\bapi\s+charges?\b")
_EARNS = re.compile(r"revenue|收入|\bcharge|\bsell|卖|收费|margin|赚|毛利|定价|\bearn|营收|利润|profit")
# "输入每百万 token 1 元", "$0.15 per million input": the prompt's price
_INPUT_PRICE = re.compile(r"(?:\binput|\bprompt|输入|提示)"
                          r"(?:[^a-z输出]|tokens?|\b(?:at|is|of|costs?|priced)\b){0,12}$")
# "每 1000 token 成本多少美元": dollars asked (and yuan, when both are)
_ASKS_DOLLARS = re.compile(r"(?:多少|几)(?:万|亿)?(?:美元|美金|刀)|(?:美元|美金)(?:是)?多少")
_ASKS_YUAN = re.compile(r"(?:多少|几)(?:万|亿)?(?:人民币|元|块)|(?:折合|合|换成|折成|折)\s*(?:人民币|rmb)|"
                        r"人民币(?:是)?多少|\bin (?:rmb|cny|yuan)\b")
# "这要单卡多少 tok/s 才行": the rate a price needs is asked, not the cost per token
_RATE_NEEDED = re.compile(r"多少\s*(?:个)?\s*(?:tok|token)s?\s*/\s*s\s*才|"
                          r"what (?:tok|token)s?\s*/\s*s(?:\s*/\s*gpu)? (?:do|would) (?:we|i|you) need|"
                          r"要多少\s*(?:tok|token).{0,6}才(?:行|能|够)|"
                          r"how many tok\w*\s*/\s*s (?:do|would) (?:we|i|you) need")


def _period_words(r: _Reading) -> None:
    """"… monthly power?", "$ per year at 6 cents", "电费每月多少": a bill's period said as a
    word. Only in a cost or power question without a duration or a growth already."""
    p, t = r.params, r.t
    if "days" in p or _GROWS.intersection(p) or not (KW["power"].search(t) or KW["cost"].search(t)
                                                     or re.search(r"gpu[- ]?hours?|卡时|gpu\s*小时", t)):
        return
    covered = Covered(len(t), [(s.start, s.end) for s in r.stated] +
                      [(pa, pb) for _, _, pa, pb, _ in r.pending])
    for unit, rx in _PERIOD_ADVERB:
        if unit == "day" and _OTHER_PERIOD.search(t):
            continue                         # "the daily bill … and for a month?": the month
        for m in rx.finditer(t):
            if not covered.covers(m.start()):
                r.add("days", units.convert(1, unit, "day"), m.start(), m.end())
                if unit == "day":
                    # "每天电费" asks for the bill, "每天耗电多少度" for the energy
                    if re.search(r"电费|bill|cost|spend|钱|成本|开销|支出|费用|opex|花", m.group()):
                        if KW["power"].search(m.group()):
                            p["asks_bill"] = True
                    elif KW["power"].search(m.group()):
                        p["asks_kwh"] = True
                elif KW["power"].search(t) and not _ASKS_ENERGY.search(t):
                    p["asks_bill"] = True    # "… monthly power?": the power's bill for it
                return


_FULL_TIME = re.compile(r"(?<![\d.])(?:24\s*/\s*7|24\s*[x×*]\s*7|7\s*[x×*]\s*24)(?![\d.])|"
                        r"\baround the clock\b|\bfull[- ]load\b|满载|满负荷|全天候")


def _full_time(r: _Reading) -> None:
    """"24/7", "满载", "around the clock": busy all the time, i.e. utilization 100%."""
    if "utilization" in r.params:
        return
    m = _FULL_TIME.search(r.t)
    if m:
        r.add("utilization", 1.0, m.start(), m.end())


_ASKS_MAX_MODEL = re.compile(r"多大的?(?:模型|参数)|最大(?:能跑|可以跑|能放)?(?:多大|多少参数)?的?模型|"
                             r"how (?:big|large) (?:a |of a )?model|(?:largest|biggest) model|"
                             r"max(?:imum)? model size|how many (?:params|parameters) (?:fit|can)")
_ANNUAL = re.compile(r"\bannual(?:ly)?\b(?! growth| rate| increase)|\byearly\b(?! growth| rate| increase)|"
                     r"\bper annum\b|\bp\.a\.|\ball year(?: long| round)?\b|"
                     r"\byear[- ]round\b")
_A_QUARTER = re.compile(r"\b(?:last|this|next|per|a|each|one|the past|the last)\s+quarter\b|"
                        r"上个?季度|本季度|这个季度|一个季度|每季度")
_MONTHLY_BILL = re.compile(
    r"\bmonthly (?:power |electricity |energy |cloud |rental |gpu |api |token )?"
    r"(?:bill|cost|spend|revenue|income|sales)|"
    r"(?:bill|cost|spend|revenue)s? (?:per|a|each) month\b|"
    r"每个?月(?:的)?(?:电费|费用|成本|账单|收入|营收)|月电费|月收入")
_ASKS_USERS = re.compile(r"how many (?:daily |monthly |active |more )*(?:users|people|dau\b)|"
                         # "how many llama 3 8b users could that serve": the model's users ("how many
                         # concurrent users": streams, asked elsewhere)
                         r"how many (?:(?!(?:for|to|of|with|serving|serve|support|at|gpus?|cards?|"
                         r"concurrent|simultaneous|parallel|active)\b)[#\w.-]+ ){1,3}?"
                         r"(?:users|people)\b"
                         r"(?=[^.?!;]{0,30}\b(?:serve|support|handle|carry)\b)|"
                         r"\bserves? (?:more|the most|fewer|most) (?:users|people)|"
                         r"(?:服务|支撑|支持)(?:的)?(?:用户|人)更多|能(?:服务|支撑|支持)更多(?:用户|人)|"
                         r"多少(?:个|名|位)?(?:日活|月活)?(?:用户|人(?!民币))|多少(?:个)?(?:日活|月活)")
_ONE_GPU = re.compile(r"(?<![a-z])a single (?:\d+\s*gb\s*)?(?:card|gpu|chip|accelerator)\b|"
                      r"(?<![a-z])(?:(?:on|with|using|for|per|in) (?:an?|one|a single|single|my|our)|"
                      r"a single) #+"
                      r"(?!\s*(?:#|&|servers?|nodes?|box(?:es)?|machines?|racks?|clusters?|pods?|fleets?|farms?))|"
                      r"(?:单张|单卡|一张|一块|单块|每张|每块|每卡)(?:卡)?\s*#+(?!\s*&)|"
                      # "L40S 单卡放得下吗": the card, then one of it
                      r"#+\s*(?:的)?\s*(?:单卡|单张卡?|一张卡?)(?=\s*(?:就|能|可以|可|放|装|跑|部署|上|够))|"
                      # "gemma2 27b 上 L40S，FP8，单卡放得下吗": one of the card named before, said bare
                      r"(?<=[，,;；\s])(?:单卡|单张卡)(?=\s*(?:就|能|可以|可|放|装|跑|部署|够))")
_TOKENS_PER_KWH = re.compile(r"(?:一|每)\s*度电\s*(?:能|可以)?\s*(?:生成|产出|跑出|出|输出)?\s*"
                             r"多少(?:个)?\s*token|"
                             r"(?:一|每)\s*度电[^,，。?？]{0,40}?(?:生成|产出|跑出|出|输出)\s*多少(?:个)?\s*token|"
                             r"tokens? (?:per|a|/|for (?:a|one|each)) ?kwh|per kwh.{0,12}tokens?")
# (not "7.2 per dollar": a rate)
_PER_DOLLAR = re.compile(r"(?:flops|tflops|pflops|compute|算力)\s*(?:per|/|a|每)\s*"
                         r"(?:dollar|\$|usd|美元|块钱|元|yuan|rmb|¥)|性价比|"
                         # "同样算力哪个更便宜": the price of the same compute
                         r"同样(?:的)?算力(?:下)?\s*哪个更?(?:便宜|划算)|"
                         r"(?<!\d )(?<!\d)(?<!rmb )(?<!yuan )(?<!cny )per dollar|每美元|"
                         # "cheaper per PFLOP": the price of the compute, the same ratio turned over
                         r"(?:cheaper|cost|price|dollars?|\$)\s*(?:per|/|a)\s*(?:[tpe]?flop|[tpe]flops?)\b|"
                         r"每(?:p|t|e)?flops?(?:的)?(?:价格|成本)|(?:算力|每p)(?:的)?单价")
_PERF_PER_DOLLAR = re.compile(r"\bperf(?:ormance)?\s*(?:/|per)\s*(?:\$|dollar\b|usd\b)")
_ASKS_CONCURRENT = re.compile(r"how many (?:concurrent|simultaneous|parallel)|(?:concurrent|simultaneous) "
                              r"(?:users|streams|sessions|requests) (?:can|could|does|do|will)|"
                              r"max(?:imum)? (?:concurrency|concurrent)|多少(?:路|个)?并发|几(?:路|个)并发|"
                              r"并发(?:能|可以)?(?:有|达到)?多少|同时(?:服务|支持|处理|跑|运行)?多少|"
                              r"max(?:imum)? batch(?: size)?|最大\s*batch|what (?:max(?:imum)? )?batch|"
                              r"which batch|batch (?:size )?(?:per replica )?(?:keeps|stays|meets|holds)|"
                              r"多大\s*(?:的)?\s*batch|"
                              r"batch\s*(?:size)?\s*(?:最多|最大)?\s*(?:能|可以)?\s*(?:开|设|到)?\s*多大|"
                              # "how many 2k-token sessions fit", "能放多少个 8k 的请求": sequences that fit
                              r"how many (?:[\w.-]+[- ]token )?(?:sessions|sequences|requests|conversations|"
                              r"streams|chats|users) (?:fit|can (?:fit|i hold|we hold)|could fit)|"
                              r"(?:能|可以)?(?:放|装|塞|容纳)(?:得?下)?多少(?:个|路)?\s*(?:\d+[kK]?\s*(?:token)?\s*的?)?"
                              r"\s*(?:会话|序列|请求|对话|并发|上下文)")
# "每张卡能撑几个 32k 的长会话", "128k 上下文能并发几个会话": sessions of that length that fit
_ASKS_SESSIONS = re.compile(r"(?:撑|扛|放|并发|跑)\s*(?:几|多少)\s*(?:个|路)[^,，。？?]{0,12}"
                            r"(?:会话|请求|对话|序列)|同时(?:服务|支持|跑)\s*(?:几|多少)\s*(?:个|路)\s*(?:人|用户|会话)")
_PERIOD_WORDS = {"半年": 6.0, "年": 12.0, "季度": 3.0, "个月": 1.0, "月": 1.0, "year": 12.0,
                 "month": 1.0, "quarter": 3.0, "half year": 6.0, "half-year": 6.0,
                 "six months": 6.0, "two years": 24.0, "decade": 120.0}
_DOUBLING_WORDS = re.compile(
    r"每(?P<unit>半年|年|季度|个月|月)\s*(?:就|都)?\s*(?:翻一番|翻倍|翻番|翻了一番)"
    r"|doubl\w*\s+(?:every|each|a|per)\s+(?P<unit2>year|month|quarter|half[- ]year|six months|"
    r"two years|decade)")
