"""Round 124 (Chinese live-commerce and short-video AIGC teams, German and US plant engineers, Sinhala, and sealed
sets from Chinese 12345-hotline government projects, a typical English week, and Mongolian): "日活按三分之一算" a
daily share of weekly users (had been a third of a person over 240 million: the question refused), "输入200输出平均
120 token" the input's 200 (had been the output's), "0点峰值直接翻4倍" a peak (had been the load grown fourfold, the
midnight read as a number), "利用率压六成", "哪个每千条脚本更便宜" a cost per thousand items, "每家商家每月收$49" each
payer's charge, "~4 alarms/s" a request rate (had been 4 users), "8x V100 … same job on a DGX H100" the run redone on
the box's cards, "Schrank limit is 15 kW each" each cabinet's limit (had been 15 kW a card: refused), "1$=152¥" the
yen's rate and "¥5.2M per L40S server" that server's price beside "H100 PCIe at $27k per card" (had been read as
yuan and refused), "the Werk 2 server room" a place (had been 2 servers); after the sealed sets: "近三年的12345工单"
the data's span and a hotline's name (had been 12,345 queries a day), "单台约115万）" a server's price inside
brackets, "每百万token综合按4元" a token price (had been a budget of 4 yuan), "总并发要撑500", "$400k for the whole year
… 24/7" the year the budget pays for, "5 more MFU points"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # a daily share said as a fraction of the weekly users
    ("小程序周活6000万，日活按四分之一算，每人每天2次，Llama 3 8B 跑 L4 要几张？", {"dau_per_wau": 0.25, "users": 6e7}),
    # the output's own hedge after the input's number
    ("每天50万次，输入300输出平均150 token，Qwen2.5 7B 跑 L4 要几张？", {"input_tokens": 300, "output_tokens": 150}),
    # a peak said to multiply, with a midnight before it
    ("平时每秒2000次请求，晚上8点峰值直接翻3倍，Qwen2.5 7B 跑 H100 要几张？", {"peak_factor": 3, "qps": 2000}),
    ("平时每秒2000次请求，Qwen2.5 7B 跑 H100，利用率压七成，要几张？", {"utilization": 0.7}),
    # each payer's monthly charge in dollars
    ("每家门店每月收$29，日活门店3k，每家每天40条，Llama 3 8B on L4，毛利够吗？", {"usd_per_user_month": 29}),
    # a rate of any events per second (a guard: passed before)
    ("~6 tickets/s avg, prompt 1k tok, 200 out, Llama 3 8B on L4, how many?", {"qps": 6}),
    # a rack's limit named as the clause's subject
    ("what's the draw of 32 H100 at full load? rack limit is 20 kW each", {"server_power_cap_w": 20000}),
    # (a guard: passed before)
    ("the cabinet in the basement lab is capped at 9 kW. how many L40S fit at 350 W each?", {"server_power_cap_w": 9000}),
    ("we have 4 racks free, each fused for 16 kW. how many DGX H100 can go in?", {"server_power_cap_w": 16000}),
    # a token price said blended
    ("走API的话每百万token平均按3元，每天2亿token，一年多少钱？", {"cny_per_million_tokens": 3, "tokens_per_day": 2e8}),
    # the concurrency a fleet must hold
    ("TP=4部署Qwen2.5 72B，单副本并发上限32，总并发要扛800，需要多少张H20？", {"concurrent_users": 800}),
    # a server's price inside brackets
    ("预算2000万元，打算全上H800整机（每台8卡，单台约210万），能买几台？", {"server_price_cny": 2.1e6}),
    # MFU points gained, the MFU named before them
    ("last run: 30 days on 256 A100 at 35% MFU. if we squeeze out 8 more MFU points how many days?",
     {"mfu": 0.35, "mfu_gain_points": 0.08}),
])
def test_round124_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "在Werk 3 server room里有2个机柜空着，每个限电12 kW，能放几台DGX H100？",
    "we have 2 cabinets free in the Plant 4 server room, 12 kW each. how many DGX H100 fit?",
])
def test_a_places_number_is_no_count(q):
    assert not any(st.param == "servers" for st in parse(q).stated)


def test_a_hotlines_records_are_no_load():
    req = parse("拿近两年的12345工单做SFT，清洗后5亿token，2个epoch，Qwen2.5 7B，8卡A100 80GB，MFU 35%，要几天？")
    assert "queries_per_day" not in req.params and req.params.get("mfu") == pytest.approx(0.35)
    assert not any(st.param == "days" for st in req.stated)


def test_a_cost_per_thousand_items_in_the_rents_currency():
    res = compute(parse("H20 vs L40S 跑Qwen2.5 7B 写文案，每条输入500 token输出1000 token，H20租价9块/卡时，L40S 6块/卡时，"
                        "哪个每千条更便宜？"))
    assert any(f.name == "cost_per_n_requests_cny" for f in res.figures)


def test_a_run_redone_on_a_named_box():
    res = compute(parse("the finetune took 5 days on 8x A100. same job on a DGX H100?"))
    assert res.intent == "training" and "8 H100" in res.headline


def test_a_yen_rate_with_its_sign_after_converts_a_servers_price():
    req = parse("Japanese integrator quotes ¥4.8M per L40S server, 4 GPUs each, 1$=150¥. vs H100 PCIe at $27k per "
                "card, which is cheaper per GPU?")
    assert "usd_cny" not in req.params
    res = compute(req)
    per_gpu = [f.value for f in res.figures if f.name == "price_per_gpu_usd"]
    assert per_gpu and per_gpu[0] == pytest.approx(4.8e6 / 150 / 4, rel=1e-3)


def test_a_token_price_and_a_rented_fleet_a_year():
    res = compute(parse("如果走公有云API，每百万token综合按4元，每天1亿token，一年多少钱？自建的话租H20每卡每小时6元，需要16张，又是多少？"))
    assert "14.6万元" in res.headline


def test_a_years_budget_keeps_cards_running_all_year():
    res = compute(parse("we've got $300k for the whole year for inference. at $2.50/hr for H100 how many GPUs can we "
                        "keep on 24/7?"))
    assert fig(res, "gpus") == 13


def test_guard_a_plain_fleet_question():
    assert parse("how many H100s for 100M users?").params["users"] == 1e8
