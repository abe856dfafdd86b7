"""Round 129 (readers of GPU-demand articles in Chinese, inference-platform engineers, enterprise procurement and
finance in the US and Europe; sealed: a consumer AI company's week, Chinese IDC operators, game and social apps
adding AI companions): "infra budget $4.2M, covers the full year", "capex envelope of €6.5M this fiscal year",
"a $2M budget for this fiscal year" (the year had been dropped; a purchase is paid from the year's money once, a
rental spread over it), "with sub-second TTFT" (had been dropped); after the sealed sets: "doubling roughly every 4
months … a year from now" (the horizon had been dropped and the doubling named unused)."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_a_rental_budget_of_the_year_is_spread_over_it():
    assert_params("GPU budget $3.1M, covers the whole year. renting H100 at $2.20/hr, how many can run 24/7?",
                  {"days": 365.25})


def test_a_purchase_budget_of_the_year_is_paid_once():
    res = compute(parse("we have a $3M budget for this fiscal year. H100 SXM at $30k each, how many can we buy?"))
    assert fig(res, "gpus") == 100
    assert any(i.param == "budget_days" for i in res.inputs) and "over 1 year" not in res.headline


def test_a_sub_second_ttft_is_one_second():
    assert_params("serve Llama 3 8B on L40S for 500 concurrent users with sub-second TTFT, how many GPUs?",
                  {"ttft_ms": 1000})


def test_a_horizon_from_now_with_a_doubling():
    req = parse("we're at 2M DAU, doubling about every 6 months. how many H100s a year from now? 5 queries/user/day, "
                "Llama 3.1 8B")
    assert req.params["period_months"] == 12 and req.params["doubling_months"] == 6
