"""Round 71 (Korean conglomerate IT and game studios, Middle-East oil, gas and utilities, robotics startups, and
sealed sets from Chinese government 政务大模型 projects, Chinese cross-border e-commerce and livestream agencies, and
Central European software houses): Korean 만/억 after digits; a measured rate on "a single" card set against the
model; "capped at 40 kW per rack … can we actually put in" (no correction); "to hold 25 QPS" (a load, not a fit);
"an H100 was ~US$30k"; the price at which two cards break even per dollar; "Each rack ~US$3.4M (약 ₩47억)";
"₩14,900/month (~$10.8)" charged; DAU/MAU of paying subscribers; "8B action model", "40 action tokens out", "70B
planner"; "£4M (≈1.27 $/£)"; "pi0 (3.3B)"; 机时 as service units; the GPU-hours over the stated cards; civil
servants, stores, anchors, 买家 counted; a run moved to as many other cards, no count said; "our daily input is 3B
tokens"; a yearly bill converted; “江澜政务”大模型; a fleet at 65% utilization grown; "is plenty"; "by next 618";
users' messages are read."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Korean scale words after digits
    ("Buy option: HGX H200 at ₩5.2억 per server (≈US$380k), 64 servers. Total?", {"server_price_usd": 380_000}),
    ("Vendor says 32 cards is enough on H100 for 50만 DAU, 6 queries/user/day, Llama 3.1 8B. True?",
     {"users": 5e5, "gpus": 32}),
    # "actually" after a modal corrects nothing
    ("We have 10 racks capped at 30 kW per rack. How many HGX H100 can we actually fit if each draws 10.2 kW?",
     {"racks": 10, "server_power_cap_w": 30_000, "watts_per_server": 10_200}),
    # a card's price said as "an H100 was"
    ("Back then an A100 80GB was ~US$15k. With US$6M, how many could we have bought?",
     {"price_usd": 15_000, "budget_usd": 6e6}),
    # a rack's price before a bracket
    ("GB200 NVL72 racks at ~132 kW each in a 20 MW hall, PUE 1.2. Each rack ~US$3.2M (about RMB 23M). Capex?",
     {"server_price_usd": 3.2e6}),
    # a monthly charge with its twin, no "per user" said
    ("We charge ₩9,900/month (~$7.2) for the pro tier. 80k subscribers, 20 queries a day each, 600 tokens out, "
     "Gemma 2 27B on H100 at $2.3/hr. Profitable?", {"usd_per_user_month": 7.2, "users": 80_000}),
    # sizes before words of robotics, and action tokens
    ("12B policy model on H100, 30 action tokens out, prompts ~1,000 tokens, 150 qps. Cards?",
     {"params": 12e9, "output_tokens": 30}),
    ("Our 8B planner on L40S: one node measured 9,000 output tok/s. 200M output tokens/day, peak 2x. Nodes?",
     {"params": 8e9}),
    # a pound amount beside an exchange rate in brackets
    ("We have £2.5M (≈1.25 $/£) for compute, H100 at $27k each, 30% extra for the rest. How many?",
     {"budget_usd": 2.5e6 * 1.25, "fx_rate": 1.25, "price_usd": 27_000}),
    # machine-hours as service units
    ("超算中心按机时收费，1机时=2卡时（H100），我们有10万机时，用32张卡训一个7B模型，MFU按40%，能训多少token？",
     {"gpu_hours": 2e5, "gpu_hours_per_su": 2, "gpus": 32}),
    # people of a trade counted
    ("The vendor says 16 cards of H20 is enough to serve Qwen2.5 72B for 12,000 civil servants, each ~25 "
     "requests/day. Legit?", {"users": 12_000, "queries_per_user": 25}),
    ("Plugin at $19 per store per month. ~4,000 stores active daily, ~80 chats a day each, Llama 3.1 8B on L4 at "
     "$0.45/hr. Margin per store?", {"users": 4000, "usd_per_user_month": 19}),
    ("Script tool charges 79 yuan per anchor per month; 20k anchors daily, 30 generations each, 600 tokens out, "
     "H20 at ¥8 per card-hour. Losing money?", {"cny_per_user_month": 79, "users": 20_000}),
    ("客服机器人：每天约5000个买家来咨询，每人平均6轮，每轮输入600 tokens、回复120 tokens，Qwen2.5 7B 在 L40S 上",
     {"users": 5000}),
    # the daily input of a priced volume, in billions
    ("API: $0.10 per million input tokens; our daily input is 5B tokens, plus 400M output tokens at $0.3 per million "
     "tokens. Monthly bill?", {"input_tokens_per_day": 5e9, "tokens_per_day": 4e8}),
    # characters of what users send are read
    ("Our customers' messages average 1,800 characters, ~4 chars per token; 10 requests per user per day, 30k users. "
     "Llama 3.1 8B on L4, cards?", {"input_tokens": 450}),
])
def test_round71_readings(q, expect):
    assert_params(q, expect)


def test_a_measured_rate_on_a_single_card_is_set_against_the_model():
    res = _answer("We benchmarked Llama 3.1 8B on a single L40S with fp8 weights: ~1,400 tok/s output at batch 32. Is "
                  "that close to what theory says?")
    assert res.intent == "throughput"
    assert fig(res, "measured_vs_model") == pytest.approx(1400 / fig(res, "tokens_per_s_per_gpu"))


def test_a_load_held_is_a_fleet_question():
    res = _answer("MI300X vs H200 for Llama 3 70B with 4k-token prompts and 500-token outputs. Which one needs fewer "
                  "cards to hold 40 QPS?")
    assert res.intent == "fleet"
    assert not res.unused


@pytest.mark.parametrize("q,target,even", [
    ("Gaudi 3 is 1.4x faster than H100 SXM on our job, and a Gaudi 3 card is ~$15k. At what H100 price do they "
     "break even on perf per dollar?", "H100 SXM", 15_000 / 1.4),
    ("If MI325X is 1.2x faster than H200 and costs $20k, at what H200 price do they break even per dollar?",
     "H200 SXM", 20_000 / 1.2),
    ("B200 比 H100 快 2 倍，H100 每张 2.5 万美元，B200 多少钱才持平？", "B200", 50_000),
])
def test_the_price_at_which_two_cards_break_even_per_dollar(q, target, even):
    res = _answer(q)
    assert fig(res, "break_even_price_usd") == pytest.approx(even)
    assert res.headline.startswith(target)
    assert not res.unused


def test_paying_subscribers_active_on_some_days():
    res = _answer("Robot subscription is $39/month. DAU/MAU ≈50%, each active robot makes ~100 cloud calls a day "
                  "with 1k-token prompts and 100 token replies, at $0.40 per million tokens. What % of revenue?")
    daily = 100 * 1100 / 1e6 * 0.40 * 30.4375
    assert fig(res, "cost_per_paying_user_month") == pytest.approx(daily * 0.5)
    assert not res.unused


def test_a_name_with_its_size_in_brackets_is_unknown():
    with pytest.raises(CalcError) as e:
        parse("Fine-tuning rdt2 (1.2B) on 5k hours of teleop data — how many H100-days?")
    assert e.value.kind == "unknown_model" and "rdt2" in str(e.value)


def test_hours_spent_on_the_stated_cards():
    res = _answer("We have 200 GPU-years of H100 on 512 GPUs. How many tokens could we train a 13B on?")
    assert fig(res, "train_days") == pytest.approx(200 * 365.25 * 24 / 512 / 24, rel=0.01)
    assert not res.unused


def test_a_run_moved_to_as_many_other_cards():
    res = _answer("之前在 A100 80GB 上训练用了 30 天，换成 H100 同样卡数，MFU 提升 20%，需要几天？")
    assert res.intent == "training"
    assert fig(res, "train_days") == pytest.approx(30 * 312 / (989 * 1.2), rel=0.02)
    assert not res.unused


def test_a_yearly_bill_converted_is_the_years():
    res = _answer("$0.2 per million tokens, 2B tokens a day. FX 7.2. Yearly cost in RMB?")
    assert fig(res, "cost_usd_in_cny") == pytest.approx(2e9 / 1e6 * 0.2 * 365.25 * 7.2)


def test_a_quoted_chinese_model_name_with_its_size():
    res = _answer("“海川政务”大模型（34B参数）在H20上推理，日活3万，要多少张卡？")
    assert res.intent == "fleet"
    assert any("海川政务" in u.text for u in res.unused)


def test_a_busy_fleet_grown():
    res = _answer("Usage is growing ~50% a year. We have 40 cards (L40S) now running at 50% utilization. Over 2 years "
                  "how many cards should we budget for?")
    assert "45 L40S" in res.headline
    assert not res.unused


def test_a_count_said_to_be_plenty_is_checked():
    res = _answer("Vendor claims 8 cards is plenty — H200 — to serve Llama 3.1 70B for 1,000 concurrent users at 50 "
                  "ms per token. Realistic?")
    assert res.intent == "fleet"
    assert "the 8 you stated" in res.headline


def test_a_shopping_festival_said_in_english():
    res = _answer("We want the product scaled 20x by next 618. Today 4 servers of HGX H100 handle it. How many "
                  "servers then, and what power at 10.2kW each?")
    assert not res.unused
    assert "618" not in " ".join(i.text for i in res.inputs)
