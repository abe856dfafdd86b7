"""Round 117 (Chinese chip-design, fab and packaging engineers, US state and local government IT, Italian engineers
and public-administration staff, and sealed sets from Chinese ports and shipping, Indian startup English and
Russian): "a DAU/MAU ratio of approximately 12%"; "what would one cost at ~$3.4M" one of the servers named; "Our
D2C shopping assistant" no model's name; "Sarvam-1" an unknown model with its version (had been a size of -1);
"4 nos DGX H100" servers; "How many can we buy in 10 crore?" the money they are bought with; "How many A100s"
after "A100 40GB" the same card (had been a second option, the 80GB); credits against a period's rent ("credits
worth $350K … for 6 months on it?"); "would cost under ₹5 crore" a cost claimed, checked."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("The agency expects 3 million MAU with a DAU/MAU ratio of approximately 15%. Llama 3.1 8B on L40S, how many?",
     {"dau_per_mau": 0.15}),
    ("Could our hall even take a GB200 NVL72? Rows are limited to 40 kW. And what would one cost at ~$3.1M?",
     {"server_price_usd": 3.1e6}),
    ("Our B2B support assistant has 50,000 DAU, 6 queries each, Llama 3.1 8B on L4. How many GPUs?",
     {"users": 5e4}),
    ("Vendor quote: 6 nos HGX H200 at USD 2.9 lakh each. Total capex?", {"servers": 6}),
    ("H100 SXM landed at approx Rs 30 lakh per card. How many can we buy in 12 crore? (1 USD = ₹84)",
     {"budget_usd": pytest.approx(12e7 / 84), "price_usd": pytest.approx(3e6 / 84)}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round117_readings(q, expect):
    assert_params(q, expect)


def test_a_plural_after_a_variant_is_no_second_option():
    req = parse("Qwen2.5 7B on A100 40GB at 500 QPS, 300 in / 150 out. How many A100s do we need?")
    assert not req.options


def test_an_unknown_models_version_is_part_of_its_name():
    with pytest.raises(CalcError) as e:
        compute(parse("How many L40S for Krutrim-2 serving 5 lakh DAU with 6 queries each?"))
    assert e.value.kind == "unknown_model" and "Krutrim-2" in str(e.value)


def test_an_unknown_model_deployed_in_russian_is_caught():
    with pytest.raises(CalcError) as e:
        compute(parse("Сколько H100 нужно, чтобы развернуть YandexGPT 5 Pro на 50 тыс. пользователей в день?"))
    assert e.value.kind == "unknown_model"


def test_credits_are_set_against_the_periods_rent():
    res = compute(parse("We got $200K of cloud credits. H100 at $2.2/hr, can we run Llama 3.1 405B for 3 months "
                        "on them?"))
    assert "pays for" in res.headline and not res.unused


def test_a_cost_claimed_in_rupees_is_checked():
    res = compute(parse("A blog says training Llama 2 70B on 2T tokens would cost under ₹9 crore on H100s at "
                        "$2.5/hr. Kindly verify."))
    assert "the stated '₹9 crore' is" in res.headline and not res.unused
