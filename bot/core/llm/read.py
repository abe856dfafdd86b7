"""Second reading by the LLM for what the deterministic parser could not place.

When a parsed question leaves a quantity whose meaning the parser could not tell ("15 times
a day" -> ?), and an LLM is configured, its tool-calling extraction (bot/core/llm/extract.py) reads the
question. A value it returns is used only where it equals a number the user actually wrote in
an unplaced span, for a parameter the question did not already give; it is validated like user
input and shown with origin "llm". Everything else stays named as unused.
"""

from __future__ import annotations

import math
from dataclasses import replace
from types import MappingProxyType

from calc import Request


def unplaced(req: Request) -> bool:
    """Spans whose meaning the parser could not tell: the only ones an LLM may place."""
    return any(s.param is None and isinstance(s.value, float) for s in req.stated)


def merge(req: Request, extracted: Request) -> Request | None:
    """The request with the LLM's readings of unplaced spans; None when it adds nothing."""
    params = dict(req.params)
    stated = list(req.stated)
    from_llm = set(req.from_llm)
    for i, s in enumerate(stated):
        if s.param is not None or not isinstance(s.value, float):
            continue
        for name, value in extracted.params.items():
            if name in params or not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            if math.isclose(float(value), s.value, rel_tol=1e-9) or \
                    math.isclose(float(value), s.value / 100, rel_tol=1e-9):
                params[name] = value
                from_llm.add(name)
                stated[i] = replace(s, param=name, value=float(value))
                break
    if from_llm == set(req.from_llm):
        return None
    return replace(req, params=MappingProxyType(params), stated=tuple(stated),
                   from_llm=frozenset(from_llm))
