"""Round 137 (Chinese graduate students, data-centre real-estate analysts, robotics startups; sealed: marketing
agencies, Chinese sell-side analysts, Chinese factories' quality teams). Found on the first runs: "租一张H100 SXM
$2.49/hr，跟直接买一台DGX（大概30万刀）比" paid back over 174 months (the box's price taken as one card's);
"Street is saying that's ~200k B200s" beside 300 MW checked the power, not the count; "H200 … 1.6x faster than H100 …
What H100 $/hr is breakeven?" answered a purchase; "40M tokens/day in output and 160M input tokens a day" swapped;
"each robot does ~40k inference calls a day" refused as out of range; "~9B action tokens a day" dropped for an
8-GPU throughput; "GR00T N1.5 on an RTX 4090" refused as an unknown accelerator (an unknown model); "经费150万" read
as a second card price; "一天一千二左右的请求" dropped; "demand up 10x in ~6 yrs. What CAGR" refused as not numeric.
These tests say the same in other words."""

from __future__ import annotations

from typing import Any

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig, read


def _res(q: str) -> Any:
    return compute(parse(q))


def test_a_boxs_price_beside_one_cards_rent():
    assert_params("租一张H100 SXM $2.2/hr，跟自己买一台DGX（差不多28万刀）比，多久能回本？", {"server_price_usd": 2.8e5})


def test_points_of_mfu_gained_after_a_clause_of_why():
    assert_params("上次64张H800跑了10天，当时MFU 30%左右，这次换了新的通信库和算子融合，估计能再高6个点，还是这些卡要几天？",
                  {"mfu_gain_points": 0.06})


def test_gpu_years_a_year_are_the_cards_rented_or_bought():
    assert_params("我们一年大概用掉20 GPU年的H100算力，按租卡每卡时12元算，跟自己买卡（一张大概22万）比哪个划算",
                  {"gpus": 20})


def test_a_grants_money_right_after_its_word():
    assert_params("供应商给学校打八折，L40S原价一张6万，我们经费60万，能买几张？", {"budget_cny": 6e5, "discount": 0.2})


def test_a_hedge_between_a_count_and_its_noun():
    assert_params("服务跑在4张L40S上，每卡每小时6元，一天三千左右的请求，每千次请求成本多少", {"queries_per_day": 3000})


def test_a_cost_per_requests_in_the_rents_currency():
    res = _res("服务跑在4张L40S上，每卡每小时6元，一天3000个请求，每千次请求成本多少")
    assert fig(res, "cost_per_n_requests_cny") == pytest.approx(4 * 6 * 24 / 3000 * 1000)


def test_the_cards_someone_says_a_power_holds_are_the_claim():
    q = "A developer has 200 MW under contract; the sell side says that's ~150k GB200s. Sanity check, PUE 1.25."
    assert read(q).get("claimed_value") == pytest.approx(150000)
    assert "power_mw" in parse(q).params


def test_circa_before_a_figure():
    assert_params("Mgmt guides that the 80MW hall supports c.50k GPUs at H100 ~1.2kW incl. overhead, PUE 1.3. Real #?",
                  {"power_mw": 80})
    assert read("Mgmt guides that the 80MW hall supports c.50k GPUs at H100 ~1.2kW incl. overhead, PUE 1.3. "
                "Real #?").get("claimed_value") == pytest.approx(50000)


def test_a_compound_annual_rate_asked():
    assert "compound annual growth" in _res("token demand up 8x in ~5 yrs. what CAGR is that?").headline


def test_the_slower_cards_break_even_rent():
    res = _res("B200 rents at $5/hr; they say it's 2.5x faster than H100 on inference. What H100 $/hr is breakeven?")
    assert fig(res, "break_even_rent_usd_per_hour") == pytest.approx(2.0)


def test_the_year_said_twice_of_a_budget():
    q = "Client's annual GPU budget is $50mm for the year, renting H100 at $2.20/hr. How many GPUs on average?"
    assert any(s.text == "for the year" and s.param == "days" for s in parse(q).stated)


def test_a_device_may_ask_many_times_a_day():
    res = _res("500 drones today, each does ~30k inference calls a day on Llama 3 8B. how many L4?")
    assert "L4" in res.headline and "15 million" in res.headline


def test_a_days_tokens_of_a_kind():
    assert_params("the fleet emits ~4B telemetry tokens a day; we measured ~900 tok/s per GPU on L40S for Llama 3 "
                  "8B. GPU count?", {"tokens_per_day": 4e9})


def test_a_name_run_on_a_known_card_is_a_model():
    with pytest.raises(CalcError) as err:
        _res("anyone sized HR00T N2 on an RTX 4090 onboard? tok/s and whether it fits in 24GB at int8")
    assert err.value.kind == "unknown_model"


def test_the_cards_of_each_place_said_before_the_places():
    q = "edge plan: 4 L4 per depot box, 90 depots, ~2,000 drivers chatting at once, 8B model. enough?"
    assert_params(q, {"gpus_per_server": 4, "sites": 90})


def test_what_the_model_returns_is_the_answer():
    assert_params("trip planner: requests avg ~150 words, returns ~400-word itineraries, ~0.75 words/token. Llama 3 "
                  "8B on L4, 30k trips/day. GPUs?", {"input_tokens": 200, "output_tokens": pytest.approx(533.3, rel=0.01)})


def test_the_servers_grown_are_of_their_kind():
    res = _res("if our fleet grows 10x over the next 24 months and today 5 DGX H100 handle it, what's the buildout?")
    assert "DGX" in res.headline


def test_each_volumes_side_said_with_it():
    assert_params("our biggest account burns about 25M tokens/day in output and 100M input tokens a day. At $3 per "
                  "million input tokens and $12 per million output, monthly bill?",
                  {"input_tokens_per_day": 1e8, "tokens_per_day": 2.5e7})


def test_a_days_tokens_hyphenated():
    assert_params("at ~0.4 J per token on H100, what's the kWh for their 20M-token-a-day pilot?",
                  {"tokens_per_day": 2e7})


def test_the_bill_for_so_many_requests():
    res = _res("10k listings refreshed a day, ~500 token prompt, ~200 tokens out each, $0.20 per million input "
               "tokens and $0.80/M output: daily API bill? and per 1,000 listings?")
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(1000 * (500 * 0.2 + 200 * 0.8) / 1e6, rel=0.01)


def test_each_of_our_hyphenated_people():
    assert_params("Each of our 1,200 in-house copywriters eats ~10k tokens of output a day. Llama 3 70B on H100, "
                  "how many?", {"users": 1200, "tokens_per_user_day": 10000})


def test_briefs_given_then_drafts_written():
    assert_params("2k stories a day, 2,000-token briefs, 1,000-token drafts, Llama 3 70B on H100. How many?",
                  {"input_tokens": 2000, "output_tokens": 1000})


def test_people_named_by_their_trade_each_a_day():
    assert_params("每个客服专员每天大概产出2000 token的回复，客服部一共500人，Qwen2.5 7B跑在L4上，要几张？",
                  {"tokens_per_user_day": 2000, "users": 500})


def test_cards_bought_for_training_are_a_purchase():
    res = _res("H100 SXM一张大概多少钱？我们要买16张做模型训练。")
    assert res.intent == "capex"


def test_the_hours_a_budget_buys_with_the_card_named():
    res = _res("平台按机时收费，1个SU = 1个GPU卡时，每SU 10元，我们全年预算50万元，能用多少H100卡时？")
    assert "5万" in res.headline
