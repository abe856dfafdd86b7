"""A first Kannada reader (calc/kannada): its digits, scale words, half of a budget, one thing's price and a
period said before its amount read as English says them; its other words dropped, never read as numbers."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.kannada import said_in_kannada
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("ನಮ್ಮ ಹತ್ತಿರ ₹20 ಕೋಟಿ budget ಇದೆ, ಅದರಲ್ಲಿ ಅರ್ಧ GPU ಮೇಲೆ. H100 ಒಂದಕ್ಕೆ ~$30k ಆದರೆ ಎಷ್ಟು card? (1 USD = 84 INR)",
     {"budget_usd": pytest.approx(20e7 / 84), "budget_share": 0.5, "price_usd": 30000}),
    ("ನಮ್ಮ app ಗೆ ೫ ಲಕ್ಷ DAU, Llama 3 8B L4 ಮೇಲೆ, ಎಷ್ಟು GPU ಬೇಕು?", {"users": 5e5}),
    ("ದಿನಕ್ಕೆ 2 ಕೋಟಿ requests, Llama 3 8B on L40S, ಎಷ್ಟು card ಬೇಕು?", {"queries_per_day": 2e7}),
])
def test_kannada_readings(q, expect):
    assert_params(q, expect)


def test_half_a_budget_in_kannada_buys_half_the_cards():
    res = compute(parse("₹20 ಕೋಟಿ budget, ಅದರಲ್ಲಿ ಅರ್ಧ GPU ಮೇಲೆ. H100 ಒಂದಕ್ಕೆ $30k ಆದರೆ ಎಷ್ಟು card ಬರುತ್ತೆ? "
                        "(1 USD = 84 INR)"))
    assert fig(res, "gpus") == int(20e7 / 84 * 0.5 / 30000)


@pytest.mark.parametrize("q,said", [("ಎಷ್ಟು H100 ಬೇಕು?", True), ("how many H100?", False),
                                    ("कितने H100 चाहिए?", False), ("ఎన్ని H100 కావాలి?", False)])
def test_the_detector(q, said):
    assert said_in_kannada(q) is said
