"""Money counted in crores and lakhs with no currency said is South Asia's: India's rupees, Pakistan's in an Urdu
message, Bangladesh's taka where taka are said. It is converted at the stated rate or the catalog's, the currency
named as assumed; "a 100 crore budget" had been read as US$1 billion (10,000 times the cards a 100-crore rupee
budget buys at 30 lakh each)."""

from __future__ import annotations

import pytest

from calc import compute, parse


@pytest.mark.parametrize("q,code,count", [
    ("our approved outlay is 60 crore, how many H200 can we buy at 35 lakh per card?", "INR", 171),
    ("कुल 40 करोड़ का budget है, H100 की कीमत 30 लाख per card, कितने ले सकते हैं?", "INR", 133),
    ("ہمارے پاس 90 کروڑ کا budget ہے، H100 کی قیمت 95 لاکھ فی کارڈ ہے، کتنے آئیں گے؟", "PKR", 94),
])
def test_crores_with_no_currency_are_the_local_currency(q, code, count):
    res = compute(parse(q))
    assert res.headline.startswith(f"{count} H"), res.headline
    rate = next(a for a in res.assumptions if a.name == "local_per_usd")
    assert rate.origin == "default" and code in rate.label and rate.source
    assert not res.unused


def test_a_stated_rate_converts_bare_crores():
    res = compute(parse("budget 50 crore, 1 USD = 84 INR, how many H100 at $30k each?"))
    assert res.headline.startswith("198 H100"), res.headline
    assert not any(a.name == "local_per_usd" and a.origin == "default" for a in res.assumptions)


def test_crores_of_users_stay_users():
    res = compute(parse("2 crore users, 4 queries each a day, Llama 3.1 8B on L40S, how many cards?"))
    assert not any(a.name == "local_per_usd" for a in res.assumptions)
    assert next(a for a in res.assumptions if a.name == "users").value == 2e7


def test_crores_of_dollars_are_dollars():
    res = compute(parse("a 10 crore dollar budget, how many H100 at $30k each?"))
    assert res.headline.startswith("3,333 H100"), res.headline
