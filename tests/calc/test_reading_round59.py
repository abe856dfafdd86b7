"""Round 59 (Japanese and Korean engineers writing English, legal-tech teams, Chinese online education; data-centre
analysts, newsletter napkin maths, factory AI): cards counted in sheets, a won amount with its dollar twin, a
spend capped at an amount, places counted with a word of their kind between, production lines as sites, a claim
of what a model needs, a vendor's fleet for a load, MFU gains in more wordings."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # cards counted in sheets (枚)
    ("we have 128 sheets of H100 and want to train 7B model with 1T tokens, MFU 40%. how many days?",
     {"gpus": 128}),
    # a training run moved, said in non-native English: "we will change to" is no correction
    ("Last year we trained the model in 30 days on 32 sheets of A100 80GB. Now we will change to 64 sheets of "
     "H100 and MFU improve about 20%. How many days?", {"from_gpus": 32, "gpus": 64, "mfu_gain": 0.2}),
    # MFU points in more wordings
    ("current MFU is 33% on 1,024 H100 and job takes 50 days. If MFU become 6 points higher, how many days saved?",
     {"mfu_gain_points": 0.06}),
    ("Llama 3 8B继续预训练500B token，256张H100，之前MFU 35%，据说换新框架能高5个点，能省几天？",
     {"mfu_gain_points": 0.05}),
    # concurrency said with "are around"
    ("Concurrent users are around 3,000 persons. Llama 3 70B on H200, TPOT 50 ms. How many GPU?",
     {"concurrent_users": 3000}),
    # a spend capped at an amount is the budget, not a card's price
    ("The client capped cloud spend for this project at $25k. H100 at $2.2/hr. How many GPU-hours?",
     {"budget_usd": 25000, "rent_usd_per_hour": 2.2}),
    # a rate's dollar twin of a won amount keeps its hourly unit
    ("Seoul provider rents H100 at 3,000 won (about $2.2/hr) per GPU. 256 GPUs for 20 days, total?",
     {"rent_usd_per_hour": 2.2}),
    # "figure" as "reckon", not a figure's number
    ("each brief is 9,000 words; figure 1 token ~ 0.75 words. 800 briefs a day, Llama 3 8B on L4. how many?",
     {"tokens_per_word": 1 / 0.75}),
    # people counted with a word of which kind
    ("about 2,000 prospective clients a day, each chat ~6 turns, Mistral 7B on L4, how many cards?", {"users": 2000}),
    ("How many L40S to serve Llama 3 8B for 150 paralegals?", {"users": 150}),
    # many questions a day, no people counted: the day's total
    ("viewers ask 80k questions a day, 200-token answers, at $2 per million output tokens; monthly bill?",
     {"queries_per_day": 8e4}),
    ("暑假晚高峰同时在线做题的学生有5万，Llama 3 8B，每token 40ms内，H100要多少张", {"concurrent_users": 5e4}),
    ("全省200个线下培训中心各放2张4090，每个中心高峰30个学员同时练，Qwen2.5 7B够不够？",
     {"servers": 200, "gpus_per_server": 2}),
    ("20条产线各放一张L4，每条线每秒3个请求，Qwen2.5 7B，够吗？", {"servers": 20}),
    ("HBM at ~$12/GB and the B200 has 192GB — how much of a $40k price tag is memory?", {"price_usd": 40000}),
    ("DGX B200 at $450k per server, 30 of them. Total incl. 20% for networking/facility?",
     {"all_in_multiple": 1.2}),
])
def test_round59_readings(q, expect):
    assert_params(q, expect)


def test_a_stated_watt_each_of_cards_named_after_the_sites():
    res = _answer("300 edge sites, 4 cards per site, all L4 at 72 W each. Total kW?")
    assert {i.param for i in res.inputs} >= {"watts_per_gpu"}
    assert res.figure("power_mw").value == pytest.approx(1200 * 72 * 1.3 / 1e6, rel=0.02)


def test_the_newer_parts_named_later_are_the_faster():
    res = _answer("vendor says the new parts are 3x faster for training. last run: 30 days on the A100 cluster, "
                  "2,048 GPUs. same GPU count on H100 -> how many days?")
    assert res.figure("train_days").value == pytest.approx(10, rel=0.01)
    assert any(i.param == "from_accelerator" and "A100" in i.text for i in res.inputs)


def test_a_count_said_to_be_needed_is_checked():
    res = _answer("someone said Llama 3.1 405B in FP8 needs at least 16 H100s. true?")
    assert res.intent == "memory" and not res.unused
    assert any(i.param == "claimed_value" for i in res.inputs)
    zh = _answer("有人说跑Llama 3.1 405B（FP8）至少要16张H100，对吗？")
    assert any(i.param == "claimed_value" for i in zh.inputs)


def test_a_vendors_fleet_for_a_load_at_a_latency_is_the_claim():
    res = _answer("Vendor claims 2,000 concurrent users on Llama 3 70B at 40 ms/token fit on 8 GPUs (H100). legit?")
    assert res.intent == "fleet" and not res.unused
    assert any(i.param == "claimed_value" for i in res.inputs)
