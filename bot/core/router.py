"""Decide per message: calculator, narrative (LLM or notes), or both. Deterministic.

A message is numeric when the calculator's parser finds an intent in it (or a follow-up to
the last request); it is narrative when it asks why / to explain / about impact. "What is"
counts as narrative only when nothing numeric was found, so "what is the cost of 25,000
H100s?" stays a calculator question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calc import CalcError, Request, parse
from calc.script import simplify
from calc.stated import MAX_QUESTION_CHARS

_STRONG = re.compile(
    r"\bwhy\b|\bexplain|\bhow does\b|\bhow do\b|\bwhat drives\b|\bimpact\b|\bimplications?\b|"
    r"\bbottleneck\b|\bwhat does .{1,30} mean\b|为什么|为何|解释|怎么看|影响|原理|意味着|瓶颈|"
    r"\bwhat happened\b|\btell me about\b|\bwho\b|\bhistory\b|\boverview\b|"
    r"\bhow (?:fast|quickly) did\b|\bwhen did\b")
_WEAK = re.compile(r"\bwhat (?:is|are|was|were)\b|\bhow\b|\?|是什么|什么是|吗|呢|？|介绍")


_NAMES = frozenset({"model", "accelerator", "server", "precision", "currency"})


@dataclass(frozen=True)
class Route:
    kind: str                        # "calc" | "llm" | "both"
    request: Request | None = None
    error: CalcError | None = None   # a numeric question the calculator cannot take as given


def route(text: str, previous: Request | None = None) -> Route:
    if len(text) > MAX_QUESTION_CHARS:
        # before any pattern runs: _STRONG over a 100 KB message took ~70 ms, for a refusal
        return Route("calc", error=CalcError("too_long", "err.too_long", hint_key="hint.one_question",
                                             n=len(text), limit=MAX_QUESTION_CHARS))
    lowered = simplify(text.lower())       # "為什麼", "點解": the words below are simplified
    strong = bool(_STRONG.search(lowered))
    try:
        req = parse(text, previous)
    except CalcError as exc:
        if exc.kind == "not_numeric":
            return Route("llm")
        if exc.kind in ("too_long", "empty"):
            return Route("calc", error=exc)
        # a bad number in a numeric question: say so; still explain if asked why
        return Route("both" if strong else "calc", error=exc)
    quantities = req.given - _NAMES
    if strong and not quantities:
        return Route("llm")   # "why does ChatGPT drive HBM demand?": names, but no quantities
    if not quantities and not req.carried and \
            not (req.given & {"model", "accelerator", "server"}) and _WEAK.search(lowered):
        return Route("llm")   # "what is MFU?", "what is HBM?"
    if strong:
        return Route("both", request=req)
    return Route("calc", request=req)


def asks_why(text: str) -> bool:
    """Explicitly explanatory ("why", "explain", "为什么", "how did ..."): never sized by guess."""
    return bool(_STRONG.search(simplify(text.lower())))
