"""Second readings of a question, once its intent is known: figures someone else gave (claims to
check against the computed ones) and spans the first reading gave the wrong parameter. Each function
takes the parser's working state and changes it in place (calc/parse.py calls them in order)."""

from __future__ import annotations

import re

from calc.derive import CLAIM_BEFORE
from calc.intent import CLAIM
from calc.options import BRINGS_TO
from calc.stated import Reading, Stated

# an amount said in cents: "costs under a cent", "less than 2 cents a query"
_CENTS_SAID = re.compile(r"(?:(?:under|less than|about|around|over|only|just)\s+)?(a|one|\d+(?:\.\d+)?)\s+"
                         r"(?:cents?|penny|pennies)\b")
_IN_CENTS = re.compile(r"\bcents?\b|\bpenn(?:y|ies)\b")
# what a change brings a share to: "if new kernels get us to 52%"
_BRINGS_TO_END = re.compile(r"\b" + BRINGS_TO + r"\s*(?:about|around|~)?\s*$")
# the answer's word right after a length: "1k answer", "500 output", "800回答"
_ANSWER_AFTER = re.compile(r"\s*(?:answers?|outputs?|completions?|responses?|replies|reply|回答|输出|回复)"
                           r"(?![a-z])")
_PER_DAY_AFTER = re.compile(r"\s*(?:/\s*day|per day|a day|daily|/天|每天|一天)")


def as_claim(r: Reading, st: Stated) -> None:
    """A stated figure someone else gave, to be checked against the computed one: no longer the
    parameter it was read as."""
    r.params.pop(str(st.param), None)
    cents = isinstance(st.value, float) and _IN_CENTS.search(str(st.text).lower())
    # ("an article said under 25 cents": US$0.25, checked against dollars)
    r.retag(st, param="claimed_value", value=st.value / 100 if cents else st.value)  # type: ignore[operator]


def second_readings(r: Reading, names: list[tuple[str, str, int]]) -> None:
    """Everything read again once the intent has resolved the pending numbers, in this order."""
    claimed_mfu(r)
    answer_length(r)
    input_price(r)
    units_of_a_server(r, names)
    mfu_brought_to(r)
    claimed_day_spend(r)
    claimed_cents(r)
    busy_is_no_duration(r)


def claimed_mfu(r: Reading) -> None:
    """"30.84M GPU-hours … what MFU does that imply? a newsletter said ~38-40%": the MFU someone gave,
    checked against the one the hours imply (a range of it, at its middle)."""
    said = next((st for st in r.stated if st.param == "mfu" and st.note == ""
                 and CLAIM_BEFORE.search(r.t[max(0, st.start - 24):st.start])), None)
    if said is None or not r.params.get("asks_mfu") or "gpu_tflops" in r.params:
        return
    low = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                and re.fullmatch(r"\s*[-–~]\s*", r.t[st.end:said.start])), None)
    if low is not None and isinstance(said.value, float) and 0 < float(low.value or 0) / 100 < said.value:
        r.stated.remove(low)
        said = r.retag(said, start=low.start, text=r.norm.quote(low.start, said.end),
                       value=(float(low.value or 0) / 100 + said.value) / 2)
    as_claim(r, said)


def answer_length(r: Reading) -> None:
    """"8k prompt 1k answer": a second length said before the answer's word is the answer's."""
    for st in [x for x in r.stated if x.param == "input_tokens" and x.note in ("option", "duplicate")]:
        word = _ANSWER_AFTER.match(r.t, st.end)
        digits = re.search(r"\d", str(st.text))
        if word is not None and digits is not None and "output_tokens" not in r.params:
            start = st.start + digits.start()
            r.params["output_tokens"] = float(st.value or 0)
            r.retag(st, param="output_tokens", note="", start=start, end=word.end(),
                    text=r.norm.quote(start, word.end()))


def input_price(r: Reading) -> None:
    """"api卖 2元/百万输入token，8元/百万输出token": the price said of the input is the input's (an input
    price alone is what is compared, and stays as it is)."""
    for x in [x for x in r.stated if str(x.param).endswith("_per_million_tokens") and x.note == ""
              and re.search(r"输入|\binput|\bprompt", str(x.text).lower())
              and not re.search(r"输出|output|completion", str(x.text).lower())]:
        cur = str(x.param)[:3]
        other = next((o for o in r.stated if o.param == x.param and o is not x
                      and isinstance(o.value, float)), None)
        if f"{cur}_per_million_input_tokens" in r.params or other is None:
            continue
        if r.params.get(str(x.param)) == x.value:
            del r.params[str(x.param)]
        r.params[f"{cur}_per_million_input_tokens"] = float(x.value or 0)
        r.retag(x, param=f"{cur}_per_million_input_tokens")
        r.params[str(other.param)] = float(other.value or 0)
        r.retag(other, note="")


def units_of_a_server(r: Reading, names: list[tuple[str, str, int]]) -> None:
    """"DGX B200 list ~$515,000 … With 2 units, total cost and cost per GPU?": units of the one
    product named are servers."""
    units = next((x for x in r.stated if x.param in ("gpus", "gpus_per_server") and x.note == ""
                  and re.fullmatch(r"[\d,.]+\s*units?", str(x.text).lower())), None)
    if units is None or "server" not in r.params or "servers" in r.params \
            or len({k for kind, k, _ in names if kind == "server"}) != 1:
        return
    if r.params.get(str(units.param)) == units.value:
        del r.params[str(units.param)]
    r.params["servers"] = float(units.value or 0)
    r.retag(units, param="servers")


def mfu_brought_to(r: Reading) -> None:
    """"40% MFU today … if new kernels get us to 52% how many days do we save?": the MFU the run goes to."""
    to = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and str(x.text).rstrip().endswith("%")
               and _BRINGS_TO_END.search(r.t[max(0, x.start - 40):x.start])), None)
    if to is None or "mfu" not in r.params or "mfu_to" in r.params:
        return
    value = float(to.value or 0)
    r.params["mfu_to"] = value / 100 if value > 1 else value
    r.retag(to, param="mfu_to", value=r.params["mfu_to"])


def claimed_day_spend(r: Reading) -> None:
    """"'OpenAI burns ~$700k/day running ChatGPT' … fact check": a day's spend someone gave, checked
    against the fleet's day at the stated rent (not a budget to buy cards with)."""
    if not CLAIM.search(r.t):
        return
    for x in [x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == ""
              and _PER_DAY_AFTER.match(r.t, x.end)]:
        as_claim(r, x)


def claimed_cents(r: Reading) -> None:
    """"'a full-context query … costs under a cent'": a claimed amount in cents, checked against the
    computed amount in dollars."""
    cents = _CENTS_SAID.search(r.t)
    if cents is None or r.stated_at(cents.start(1)):
        return
    n = cents.group(1)
    r.add(None, (1.0 if n in ("a", "one") else float(n)) / 100, cents.start(), cents.end())
    added = next((x for x in r.stated if x.start == cents.start() and x.param is None), None)
    if added is not None:
        r.retag(added, param="claimed_value")


def busy_is_no_duration(r: Reading) -> None:
    """"租128张H100，24小时不停跑": the "24小时" in "24小时不停" is how the cards run, not for how long."""
    for busy in [st for st in r.stated if st.param == "utilization"]:
        for st in [x for x in r.stated if x.param == "days" and busy.start <= x.start and x.end <= busy.end]:
            if r.params.get("days") == st.value:
                del r.params["days"]
            r.stated.remove(st)
