"""Round 55 (fact-checkers, supply-chain analysts, regulators, nonprofits, Chinese rural cooperatives, consumer
health apps): a figure asked for and then heard ("能买多少张？新闻说“近2.5万张”"), a share of a budget "is to be spent
on", doubling with what doubles named between, "a factor of 1,000", "256 such systems", a budget half spent on
equipment ("一半花在设备上"), "one summary each per day", a rate said right after its card ("H800每秒能跑2000个token")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_read


@pytest.mark.parametrize("q,claimed", [
    ("某地宣布投资50亿元建智算中心，一半花在GPU上，H20每张10万元，能买多少张？新闻说“近2.5万张”", 25000),
    ("有人说AI算力每3.4个月翻一番，那两年下来增长多少倍？原文写的是“约130倍”，帮忙核实下", 130),
    ("某App日活1亿，每人每天问10次，每次输出800 token，用DeepSeek-R1部署在H20上，需要多少张卡？网传要“上万张”", 10000),
])
def test_a_figure_asked_then_heard_is_checked(q, claimed):
    req = parse(q)
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [pytest.approx(claimed)]
    assert any(f.name == "claimed_claimed_value" for f in compute(req).figures)


def test_a_time_asked_then_heard_is_checked_at_the_computed_time():
    res = compute(parse("有文章说DeepSeek-V3训练只用了2048张H800，14.8万亿token，激活370亿参数。按MFU 35%算要多少天？"
                        "文章说“不到两个月”，对吗？"))
    assert any(f.name == "claimed_days" for f in res.figures)


@pytest.mark.parametrize("q,expect", [
    ("A public AI factory call has a budget of $400 million, of which roughly half is to be spent on accelerators. "
     "How many MI300X units could be procured at $15,000 each?", {"budget_share": 0.5}),
    ("The national strategy commits to doubling domestic AI compute every 18 months. Starting from 5 EFLOPS today, "
     "what capacity would be reached after 6 years?", {"doubling_months": 18}),
    ("demand for AI compute is growing 4x per year. How long until it has grown by a factor of 1,000?",
     {"factor": 1000}),
    ("A colocation facility limits each rack to 20 kW. With DGX H100 systems drawing 10.2 kW each, how many racks "
     "are required to house 256 such systems?", {"servers": 256}),
    ("一个GB200 NVL72机柜大概2600万元，县里预算1亿元，一半花在设备上，能买几柜？", {"budget_share": 0.5}),
    ("workout summaries average 300 words. 800k DAU get one summary each per day. Llama 3.1 8B on an L4 fleet",
     {"queries_per_user": 1}),
    ("分析师说H800每秒能跑2000个token，那日均1万亿token需要多少张卡？", {"observed_tokens_per_s_per_gpu": 2000}),
])
def test_round55_readings(q, expect):
    assert_read(q, expect)


def test_a_session_counts_its_turns_not_one_request():
    # "one chat a day averaging 6 turns": the chat's turns are the requests
    req = parse("400k DAU, each has one chat a day averaging 6 turns, 2,000 tokens in, 220 out, Qwen2.5 72B on MI300X")
    assert req.params.get("queries_per_user", 6) != 1


def test_a_count_before_the_card_keeps_the_rate_the_fleets():
    req = parse("2048张H800每秒能跑100万个token，日均1万亿token够吗？")
    assert req.params.get("observed_tokens_per_s") == pytest.approx(1e6)
