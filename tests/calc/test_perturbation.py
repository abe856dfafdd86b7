"""Perturbation: a stated input that moves nothing was dropped, unless the answer says so.

No hand-written answers are needed. For every corpus question that expects an answer:
- each Arabic number it states (not the digits of a name like H100, GPT-3, Llama 3 70B, NVL72,
  nor a precision like fp8) is multiplied by 1.37 and written back as a plain number, keeping
  its scale word or unit ("100M" -> "137M", "5千张" -> "6.85千张", "10^8" -> "137000000");
- each stated accelerator and model is swapped for another one (H100 <-> A100, Llama 3 70B <->
  Llama 2 7B; a memory question swaps to a GPU with a different amount of HBM).
The figures must change, or the original answer must list the span as unused, or the new
question must be refused as bad_number / does_not_fit / contradiction (a legitimate reaction
to, e.g., a utilization above 100% or a model that no longer fits).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from tests.calc.test_corpus import (
    NAME_PARAMS,
    Num,
    answer,
    answerable,
    answered,
    figures_of,
    numbers,
    occurrences,
    same_span,
    unused_of,
)

FACTOR = 1.37
LEGIT = frozenset({"bad_number", "does_not_fit", "contradiction"})


def plain(v: float) -> str:
    """A number as a person would type it: no exponent, no thousands separator."""
    out = format(Decimal(f"{v:.6g}"), "f")
    return out.rstrip("0").rstrip(".") if "." in out else out


def moved(text: str, num: Num) -> str:
    return text[:num.start] + plain(num.value * FACTOR) + text[num.end:]


def verdict(q: dict[str, Any], changed_text: str, was: str, spans: tuple[str, ...],
            now: tuple[str, ...] = (), legit: frozenset[str] = LEGIT) -> str | None:
    """None when the change is accounted for, else what went wrong. Accounted for: the figures
    moved, or the original answer names the span as unused, or the changed answer names the
    changed span (`now`) as unused, or the changed question is refused for a good reason."""
    _, res = answered(q)
    if any(same_span(s, u.text) for s in spans for u in unused_of(res)):
        return None
    _, new, err = answer(changed_text)
    if err is not None:
        if err.kind in legit:
            return None
        return f"{was}: {changed_text!r} raised {err.kind}: {err}"
    if figures_of(new) != figures_of(res):
        return None
    if any(s in u.text for s in now for u in unused_of(new)):
        return None
    return f"{was}: {changed_text!r} gives the same figures, and {spans[0]!r} is not listed as unused"


# ---------------------------------------------------------------------------- numbers

WITH_NUMBERS = [q for q in answerable() if numbers(q)]


@pytest.mark.parametrize("q", WITH_NUMBERS, ids=[q["id"] for q in WITH_NUMBERS])
def test_every_stated_number_moves_the_answer_or_is_named(q):
    answered(q)
    problems = []
    for num in numbers(q):
        new = moved(q["text"], num)
        bad = verdict(q, new, f"{num.text} x {FACTOR}", (num.text,),
                      now=(plain(num.value * FACTOR),))
        if bad:
            problems.append(bad)
    assert not problems, f"{q['text']!r}\n" + "\n".join(problems)


# ---------------------------------------------------------------------------- names

MODELS = ("Llama 2 7B", "Llama 3 70B", "Mistral 7B")


def _candidates(q: dict[str, Any], key: str, param: str) -> tuple[str, ...]:
    k = key.lower()
    if param == "model":
        return MODELS
    if q.get("intent") == "memory":          # H100 and A100 both hold 80 GB
        return ("H200", "L40S", "H100")
    if "h100" in k:
        return ("A100", "L40S")
    if "a100" in k:
        return ("H100", "L40S")
    return ("H100", "A100", "L40S")


def swapped(q: dict[str, Any], key: str, param: str) -> tuple[str, str] | None:
    """The question with the stated name `key` replaced by another catalog name, and that name."""
    text = q["text"]
    low = text.lower()
    pick = next((c for c in _candidates(q, key, param)
                 if c.lower() not in low and c.lower() != key.lower()), None)
    if pick is None:
        return None
    plural = param == "accelerator" and key[-1:] in "sS" and key[-2:-1].isdigit()
    new = pick + ("s" if plural else "")
    # leave alone an occurrence that is part of another name ("H100" inside "DGX H100")
    others = [(s, e) for s, e, p in occurrences(q) if p in NAME_PARAMS and p != param]
    spans = [(s, e) for s, e, p in occurrences(q) if text[s:e].lower() == key.lower() and p == param
             and not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in others)]
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + new + text[e:]
    return (text, pick) if spans else None


NAMED = [(q, key, param) for q in answerable() for key, param in q["states"].items()
         if param in ("accelerator", "model")]

# A chip whose per-chip numbers the question states itself moves no figure, yet is used (it
# names what is bought or powered): "25,000 H100s at $30k each", "50k MI300X at 750W each".
SUPERSEDED = {
    ("capex", "accelerator"): frozenset({"price_usd", "price_cny"}),
    ("power", "accelerator"): frozenset({"watts_per_gpu"}),
    ("energy", "accelerator"): frozenset({"watts_per_gpu"}),
}


@pytest.mark.parametrize("q,key,param", NAMED,
                         ids=[f"{q['id']}-{re.sub(r'[^A-Za-z0-9.]+', '_', key)}" for q, key, param in NAMED])
def test_swapping_a_stated_name_moves_the_answer_or_is_named(q, key, param):
    answered(q)
    stated_instead = SUPERSEDED.get((q["intent"], param), frozenset()) & set(q["states"].values())
    if stated_instead:
        pytest.skip(f"{key!r} cannot move the figures: the question states {sorted(stated_instead)}")
    change = swapped(q, key, param)
    if change is None:
        pytest.skip(f"no other {param} to swap {key!r} for")
    text, pick = change
    # another product may lack a catalogued price or server: asking for it is a fair answer
    bad = verdict(q, text, f"{key} -> {pick}", (key,), legit=LEGIT | {"missing_input"})
    assert bad is None, f"{q['text']!r}\n{bad}"


# ---------------------------------------------------------------------------- the helpers

def test_plain_numbers():
    assert plain(100 * FACTOR) == "137"
    assert plain(2_000 * FACTOR) == "2740"
    assert plain(3.5 * FACTOR) == "4.795"
    assert plain(1e8 * FACTOR) == "137000000"
    assert plain(0.08 * FACTOR) == "0.1096"


def test_perturbing_keeps_scale_words_and_units():
    q = {"text": "5千张H100，每张3.5万美元，10^8个用户", "intent": "capex",
         "states": {"5千张": "gpus", "H100": "accelerator", "每张3.5万美元": "price_usd",
                    "10^8个用户": "users"}}
    got = [moved(q["text"], n) for n in numbers(q)]
    assert got == ["6.85千张H100，每张3.5万美元，10^8个用户",
                   "5千张H100，每张4.795万美元，10^8个用户",
                   "5千张H100，每张3.5万美元，137000000个用户"]


def test_swapping_names():
    q = {"text": "H100s vs DGX H100 for Llama 3 70B", "intent": "fleet",
         "states": {"H100s": "accelerator", "DGX H100": "server", "Llama 3 70B": "model"}}
    assert swapped(q, "H100s", "accelerator") == ("A100s vs DGX H100 for Llama 3 70B", "A100")
    assert swapped(q, "Llama 3 70B", "model") == ("H100s vs DGX H100 for Llama 2 7B", "Llama 2 7B")
