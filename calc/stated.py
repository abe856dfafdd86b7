"""What a question states and what the calculator is asked.

`Stated` is one span of the question as written and the parameter it was read as; `Request`
is what calc.engine computes; `Reading` is the parser's working state for one question
(calc/parse.py builds it, calc/options.py, calc/assign.py and calc/derive.py fill it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from calc import rx
from calc.names import NameSpan
from calc.numbers import Normalized, Num

MAX_QUESTION_CHARS = 2000
INTENTS = ("fleet", "throughput", "training", "capex", "power", "energy", "growth", "convert",
           "memory", "google_search")
CJK = rx.compile(r"[\u4e00-\u9fff]")
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
_TOKEN_WORD = rx.compile(r"\s*个?(?:tokens?|toks?)(?![a-z])")


@dataclass
class Reading:
    """The parser's working state for one question."""

    norm: Normalized
    masked: str
    names: list[NameSpan]
    stated: list[Stated] = field(default_factory=list)
    params: dict[str, Value] = field(default_factory=dict)
    pending: list[tuple[str, Num, int, int, float]] = field(default_factory=list)
    ones: list[tuple[int, int, str]] = field(default_factory=list)   # "一张", "一小时": what a rate is per
    vague: dict[int, float] = field(default_factory=dict)   # "十几亿": start -> the upper end
    vague_low: dict[int, float] = field(default_factory=dict)   # (its lower end, as the number was written)
    joined: set[str] = field(default_factory=set)   # counts given two values "from … to", "vs"
    # a vague amount put exactly right after it, "a few hundred dispatchers, call it 300": (vague start, exact
    # start), the vague span read with the exact value until its parameter is known
    # (calc/readings.vague_called)
    called: list[tuple[int, int]] = field(default_factory=list)

    @property
    def t(self) -> str:
        return self.norm.text

    def usd_cny(self) -> float:
        """The exchange rate the question states, else the catalog's (RMB per US$)."""
        fx = self.params.get("usd_cny")
        if isinstance(fx, (int, float)) and fx > 0:
            return float(fx)
        from calc.catalog import load
        return load().rates.usd_cny

    def retag(self, st: Stated, **changes: Any) -> Stated:
        """Give the stated span `st` (this very object) another parameter, value, note or end; the
        other spans stay as they are. Returns the span now in its place."""
        new = replace(st, **changes)
        self.stated = [new if x is st else x for x in self.stated]
        old = st.param
        if old in ("gpus", "servers") and new.param in (None, "users") and st.note == "" \
                and not any(x.param == old and x.note == "" for x in self.stated):
            # ("一台DGX B200 … 200家门店": the count that made the one unit a description was no count of
            # them after all; the one said is the fleet again)
            one = next((x for x in self.stated if x.param == old and x.note == "one_unit" and x.value == 1),
                       None)
            if one is not None:
                self.stated = [replace(x, note="") if x is one else x for x in self.stated]
                self.params[old] = 1.0
        return new

    def move(self, st: Stated, param: str, **changes: Any) -> Stated:
        """Read the stated span `st` as `param` after all: the parameter it had keeps its value only if
        another span gave it, and `param` takes the span's value."""
        old = st.param
        if self.params.get(str(old)) == st.value and not any(
                x is not st and x.param == old and x.value == st.value and x.start != st.start
                for x in self.stated):
            # (not when another span gives it: "daily 40M input tokens and 40M output tokens", the output's
            # volume read first, then the input's moved off the same parameter)
            del self.params[str(old)]
        self.params[param] = float(changes.get("value", st.value) or 0)
        if old is not None and self.params.get("range_of") == old and st.note == "":
            # a range's low end read as another parameter after all: its high end goes with it
            self.params["range_of"] = param
            for hi in [x for x in self.stated if x.param == old and x.note == "option"]:
                self.retag(hi, param=param)
        return self.retag(st, param=param, **changes)

    def promote_duplicate(self, param: str) -> None:
        """When `param` has lost its value (its span read as something else), the first second value said of
        it is its value after all."""
        again = next((x for x in self.stated if x.param == param and x.note == "duplicate"
                      and isinstance(x.value, float)), None)
        if again is not None and param not in self.params:
            self.params[param] = float(again.value or 0)
            self.retag(again, note="")

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
                    and value != 1 and not self._each_before_own_card(param, float(value or 0), b) \
                    and not _OR_NEED_BEFORE.search(self.t[max(0, a - 30):b]):
                # "a DGX H100 draws 10.2 kW; 500 of them": the one described, then the count
                self.params[param] = value  # type: ignore[assignment]
                self.stated = [replace(s, note="one_unit") if s.param == param else s
                               for s in self.stated]
            elif param in ("gpus", "servers") and value == 1 and param in self.params and re.match(
                    r"\s*(?:[a-z0-9-]+\s+){0,2}?"
                    r"(?:draws?|pulls?|uses?|consumes?|burns?|is rated|needs?|takes?)\b|"
                    r"\s*\S{0,8}?(?:功耗|耗电|满载)", self.t[b:b + 30]):
                note = "one_unit"       # "24 racks free … One node draws ~10.2 kW": the one described
            elif param in self.params and self.params[param] != value:
                note = "duplicate"
                asked = next((x for x in self.stated if x.param == param and x.note == "" and x.start > b
                              and _OR_NEED_BEFORE.search(self.t[max(0, x.start - 30):x.end])), None)
                if asked is not None:
                    # (read after it: "one shared DGX H100 … or do we need two?", the one stated first is the
                    # fleet,
                    # the alternative asked a second value)
                    self.stated = [replace(x, note="duplicate") if x is asked else x for x in self.stated]
                    self.params[param] = value  # type: ignore[assignment]
                    note = ""
            else:
                self.params[param] = value  # type: ignore[assignment]
        self.stated.append(Stated(text, param, value, note, a, b))


# ("one shared DGX H100 … enough or do we need two?": a second count asked as the alternative, not the fleet)
_OR_NEED_BEFORE = re.compile(r"\bor\s+(?:do|would|will|should|must)\s+(?:we|i|you|they)\s+(?:need|want|"
                             r"have to (?:get|buy))\b")

# the ways a run's MFU is said to change: to a value, by a share, by points (parser and calc/training.py)
MFU_CHANGES = ("mfu_to", "mfu_gain", "mfu_gain_points")
# the loads a fleet is sized for, in the order the driving one is picked
LOADS = ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day")


def this_year() -> int:
    """The calendar year a horizon like "by 2028" counts from (the clock's, in UTC)."""
    return datetime.now(UTC).year


# "one MI355X does the work of 2.3 H100s": one card's worth in the other, not two fleets
_WORTH = rx.compile(r"work of|worth|equals?|=|≈|as (?:fast|much) as|相当于|顶|抵|等于|faster|slower|快|慢")
