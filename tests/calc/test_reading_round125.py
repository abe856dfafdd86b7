"""Round 125 (Chinese online-education companies, US and Canadian credit unions, Khmer, and sealed sets from Chinese
bank and insurer fintech departments, a typical English week, and Amharic): "DAU 从平时 200w 涨到 550w" people (the
200w had been 200 watts), "一节课大概 12 轮对话" a lesson's turns (had been a second count of questions compared),
"We figure 4 questions per member per day" (the 4 had been blanked as "Figure 4" and the default of 10 used),
"27,000 Reg E + card disputes a month" a load (had been refused as not numeric), "'at least $0.04 per call'" a
vendor's cost per request checked (had been a budget of 4 cents: refused), "(French-style spacing, sorry)" no
correction (had thrown away the 9,000 chats a day), "~140k monthly active online banking users", "each daily user
asks the assistant 2 things" (the 2 had been dropped and the default of 10 used), "~1,500 tokens of case notes in,
~600-token letter out" (had been swapped), "cheaper per month to run on-prem" a fleet (had been a memory fit);
after the sealed sets: "六百万/年" a year's budget, "A run 10,000x bigger" (had been GPT-3's FLOPs: 0.0 days),
"7x24 … 利用率按60%" the utilization stated (the two had been compared as options), "4千万笔交易描述", a training
run's energy checked when a check is asked, "ingest ~40M words … write back about 4M words" the input and output
of a day, "服务器+IB网络再加三成" the build, "算力部分按六成" a budget's share."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # people counted in 万 typed as "w"
    ("暑假 AI 助教 DAU 从平时 80w 涨到 300w，每人每天 5 次，Llama 3 8B 跑 L4，要几张？", {"users": 8e5}),
    # a lesson's turns
    ("日活 8 万学生，每人每天 2 节课，一节课大概 10 轮对话，Llama 3 8B 跑 L4 要几张？",
     {"turns_per_session": 10, "users": 8e4}),
    # "figure" as "reckon"
    ("we serve 40k members a day. I figure 3 questions per member per day, Llama 3 8B on L4, how many?",
     {"queries_per_user": 3}),
    # any items a month, one request each
    ("we review roughly 12,000 warranty appeals a month, Llama 3.1 8B on L4, how many GPUs?",
     {"queries_per_day": 12000 / 30.4375}),
    # an apology closing an aside corrects nothing
    ("about 12 000 chats a day (French keyboard, sorry), 3 turns each, 1 000 in, 200 out, Llama 3 8B on L4: enough?",
     {"turns_per_session": 3, "queries_per_day": 12000}),
    ("~90k monthly active mobile banking users, 20% on a given day, 2 questions each, Llama 3 8B on L4?",
     {"users": 9e4}),
    # (guards: passed before)
    ("If each active user asks the bot 3 things a day, 50k users, Llama 3 8B on L4, how many cards?",
     {"queries_per_user": 3, "users": 5e4}),
    ("900 memos a day, ~2,000 tokens of meeting notes in, ~300-token memo out, Llama 3 8B on L4: GPUs?",
     {"input_tokens": 2000, "output_tokens": 300}),
    ("预算是八百万/年，H100每卡时12元，能长期租多少张？", {"days": 365.25, "budget_cny": 8e6}),
    ("风控7x24，每天1000万笔交易，每笔输入200 token输出10 token，Llama 3 8B用L4，利用率按50%，要几张？",
     {"utilization": 0.5, "queries_per_day": 1e7}),
    ("we ingest ~20M words of filings a day and write back about 2M words of summaries a day, 1 token ≈ 0.75 "
     "words, Llama 3 8B on L4: GPUs?", {"input_tokens_per_day": 20e6 / 0.75, "tokens_per_day": 2e6 / 0.75}),
    ("H100一张2.5万美元，采购128张，服务器和网络再加四成，总共多少？", {"all_in_multiple": 1.4}),
    ("明年预算两个亿，算力部分按七成，H20单卡报价十二万元，能买多少张？", {"budget_share": 0.7}),
])
def test_round125_readings(q, expect):
    assert_params(q, expect)


def test_a_vendors_cost_per_request_is_checked():
    res = compute(parse("Vendor claims GPU time for our summaries costs 'at least $0.05 per call'. We do 2,000 "
                        "calls/day, 3,000-token transcripts, 200-token summaries, Llama 3.1 8B on an L4 rented at "
                        "$0.80/hr. legit?"))
    ratio = next(f.value for f in res.figures if f.name == "claimed_claimed_value")
    assert ratio == pytest.approx(0.05 / fig(res, "cost_per_query_usd"), rel=1e-3)


def test_cheaper_to_run_on_prem_is_a_fleet():
    assert compute(parse("L4 vs L40S for Mistral 7B, ~5k chats a day, 600 in, 100 out. Which is cheaper per month "
                         "to run on-prem?")).intent == "fleet"


def test_a_run_many_times_bigger_scales_its_flops():
    res = compute(parse("GPT-3 was ~3.14e23 FLOPs. A run 5,000x bigger, how many days on 50k B200s at 40% MFU?"))
    assert fig(res, "train_flops") == pytest.approx(3.14e23 * 5000)


def test_a_training_runs_energy_is_checked_when_asked():
    res = compute(parse("A source told me training GPT-3 (300B tokens) on V100s used about 1,300 MWh. Is that in "
                        "the right ballpark?"))
    assert "1,300 MWh" in res.headline and not res.unused


def test_guard_a_plain_fleet_question():
    assert parse("how many H100s for 100M users?").params["users"] == 1e8
