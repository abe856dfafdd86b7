"""Round 56 (university labs, telecom planners, ex-crypto miners, bank IT, VFX studios, students' problems; sovereign
AI programmes, support SaaS): ranges read with the words before their low end ("每人每天约产生1500到2000个token"), a
range whose parameter is read again later keeps both ends, yearly multiples and percentages as ranges of a growth rate."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,param,low,high", [
    ("每人每天约产生1500到2000个token，10万用户要几张H100？", "tokens_per_user_day", 1500, 2000),
    ("APP 有 150 萬日活用戶，每人每天大約產生 1,500~2,000 個 token，用 Gemma 2 27B 部署在 L40S，需要幾張？",
     "tokens_per_user_day", 1500, 2000),
    ("100k users, each averaging 1,500-2,000 tokens/day, how many H100s?", "tokens_per_user_day", 1500, 2000),
    ("users grow 3-4x a year, we have 48 MI300X today, how many in 12 months?", "growth_rate_year", 2, 3),
    ("用户一年增长约3~4倍，现在48张MI300X，12个月后需要多少张？", "growth_rate_year", 2, 3),
    ("traffic grows 50-80% a year; 1000 H100 now; in 2 years?", "growth_rate_year", 0.5, 0.8),
])
def test_a_range_takes_one_parameter_at_both_ends(q, param, low, high):
    req = parse(q)
    assert [o.get(param) for o in req.options] == [pytest.approx(low), pytest.approx(high)]
    assert not compute(req).unused


@pytest.mark.parametrize("q", [
    "gemma 2 27b on a100 40gb, 6 replicas TP2, ~800 tok/s per gpu measured. 1.4M queries a day avg 250 output tokens",
    "qwen2.5 72b on h200, TP8, ~6k token prompts. what TTFT should I expect?",
])
def test_a_size_before_a_comma_is_not_a_range(q):
    assert parse(q).options == ()


@pytest.mark.parametrize("q,expect", [
    ("app has 5M MAU, DAU/MAU 25%, each DAU ~8 convos, 700 tok per reply. Gemma 2 27B on H100 – how many cards?",
     {"users": 5e6, "dau_per_mau": 0.25, "queries_per_user": 8}),
    ("claim check: a single H100 renting at $2/hr pays itself off in 12 months. cards r $30k. is that real",
     {"price_usd": 30000}),
    ("we have 8MW and 4c power. H100s on the HGX at 10.2kW/server, PUE 1.2, rent $2/gpu/hr @ 70%. annual net?",
     {"electricity_usd_per_kwh": 0.04, "utilization": 0.7}),
    ("某政企客户每天调用DeepSeek-V3约50亿token输出，按每百万token 8元计费，月度账单大概多少钱？", {"tokens_per_day": 5e9}),
    ("热线智能客服：日均300万用户来电，每通平均5轮对话，每轮模型输出约120个汉字，用Qwen2.5 7B，需要多少张L40S？",
     {"turns_per_session": 5}),
    ("组里要给200个标注员同时用Qwen2.5-72B做辅助标注，需要几张L40S？", {"concurrent_users": 200}),
    ("消融实验要跑16组，每组1B参数、50B token，用H800，MFU 38%，每卡每小时租金12元，总共多少钱？", {"runs": 16}),
    ("how long would reproducing GPT-2 XL 1.5B take on 4090s (we have 8 in one box under my desk)? ~30B tokens",
     {"gpus": 8}),
])
def test_round56_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "九天大模型部署到H20上，日活100万用户，每人每天10次，需要多少张卡？",
    "元景大模型 serving on 256 H100s in our Beijing DC, roughly how many QPS can it handle?",
    "讯飞星火部署到H20上，日活100万，需要几张",
])
def test_operators_own_models_are_unknown(q):
    with pytest.raises(CalcError) as e:
        compute(parse(q))
    assert e.value.kind == "unknown_model"


def test_a_chinese_lab_name_before_its_latin_name_is_read_by_the_latin_name():
    with pytest.raises(CalcError) as e:
        compute(parse("书生·浦语InternLM2-20B部署在A100 80G上，并发500个学生，需要几张卡？"))
    assert e.value.kind == "unknown_model" and "InternLM2-20B" in str(e.value)


def test_rent_at_an_occupancy_less_the_electricity():
    res = compute(parse("we have 8MW and 4c power. H100s on the HGX at 10.2kW/server, PUE 1.2, "
                        "rent $2/gpu/hr @ 70%. annual net after elec?"))
    income, bill, net = (res.figure(n) for n in ("rent_period_usd", "cost_usd", "rent_margin_usd"))
    assert income is not None and bill is not None and net is not None
    assert net.value == pytest.approx(income.value - bill.value)
    assert income.value == pytest.approx(res.figure("gpus").value * 2 * 0.7 * 24 * 365.25)


@pytest.mark.parametrize("q,base,end", [
    ("our lab's cluster usage doubles every 6 months. we burned 40k GPU-hours this year — how long until it's "
     "grown 10x?", "gpu_hours", 4e5),
    ("AI hosting demand doubling every 6 mo. how long till we need 10x the 400 GPUs we got rn", "gpus", 4000),
    ("用户每年增长60%，现在日活200万，多久增长10倍？", "users", 2e7),
])
def test_time_to_grow_says_what_the_stated_quantity_then_is(q, base, end):
    res = compute(parse(q))
    assert res.figure(base).value == pytest.approx(end)
    assert not res.unused


def test_the_earlier_runs_mfu_said_after_the_new_one():
    req = parse("last run: A100s, 128 of em, 20 days. swapping to H200s and ops thinks mfu goes to 45% from the "
                "old 35%. how many days now")
    assert req.params.get("mfu") == pytest.approx(0.35) and req.params.get("mfu_to") == pytest.approx(0.45)
    assert req.params.get("from_accelerator") == "a100_sxm_80gb"


@pytest.mark.parametrize("q", [
    "we got 3 sites (ND, TX, paraguay lol), 6MW each. all H200 @ ~1.1kW/gpu all in. total gpu count?",
    "3个机房，每个6兆瓦，H200每卡1.1千瓦，一共能放多少张？",
])
def test_power_said_per_site_is_every_sites(q):
    res = compute(parse(q))
    one = compute(parse("6MW, H200 at 1.1kW per gpu all in, how many gpus?"))
    assert res.figure("gpus").value == pytest.approx(3 * one.figure("gpus").value, rel=0.001)
    assert not res.unused


@pytest.mark.parametrize("q", [
    "vendor rep says B200 trains 2.5x faster than H100. 70B fine-tune, 200B tokens, 40% MFU, 64 GPUs. how many "
    "days on each?",
    "B200训练比H100快2.5倍，70B模型、2000亿token、MFU 40%、64张卡，两种卡各要多少天？",
])
def test_a_stated_speedup_sizes_the_same_run_on_each_card(q):
    res = compute(parse(q))
    days = [o.figure("train_days").value for o in res.alternatives]
    assert len(days) == 2 and days[0] / days[1] == pytest.approx(2.5)
    assert not res.unused


@pytest.mark.parametrize("q,expect", [
    ("Our partner has a budget of RMB 8M and wants H20 at about RMB 110k each, with half the budget on cards.",
     {"budget_share": 0.5}),
    ("Board signed off on $5M. H200 at $32k each, and assume 40% on top for servers/network. How many GPUs?",
     {"all_in_multiple": 1.4}),
    ("IT steering committee approved RMB 12M for AI infra this FY. How many H20 servers can we buy at RMB 1.1M per "
     "server, 8 GPUs per server?", {"budget_cny": 1.2e7, "server_price_cny": 1.1e6}),
    ("each rack in our colo is capped at 25kW and we have 8 of them. at ~1,000 W per GPU all-in for B200, how "
     "many GPUs fit total?", {"racks": 8, "server_power_cap_w": 25000}),
    ("Script-coverage bot reads 25,000-word screenplays and writes 1,200-word notes (1 token ≈ 0.75 words). 60 "
     "scripts a day on Llama 3.1 70B, H100.", {"input_tokens": 25000 / 0.75, "output_tokens": 1200 / 0.75}),
    ("For the crunch we'll run 20 render nodes converted to inference boxes (L40S, 8 per box, ~3.2 kW each). "
     "At $0.19/kWh and PUE 1.6, what's the energy bill?", {"servers": 20}),
    ("budgeting ~5,000 output tokens per artist per day, 1,100 artists, Llama 3.3 70B in int4 on RTX 4090s.",
     {"tokens_per_user_day": 5000, "users": 1100}),
    ("Given an inference service at 3,000 queries per second (average), each generating 250 output tokens with "
     "Mixtral 8x7B in FP8 on H100s. Find the number of GPUs required.", {"qps": 3000, "output_tokens": 250}),
    ("running Mixtral 8x7B on MI300X, TP2, 24 replicas. how many artists can that support at 100 generations/day, "
     "700 tokens each?", {"queries_per_user": 100}),
])
def test_round56_sealed_readings(q, expect):
    assert_params(q, expect)


def test_the_new_ones_said_faster_are_the_card_moved_to():
    req = parse("Our fine-tune takes 20 days on H100 cards. Nvidia rep says the new ones are 2.5x faster — so how "
                "long on B200?")
    assert req.params.get("from_accelerator") == "h100_sxm" and req.params.get("accelerator") == "b200"
    assert compute(req).figure("train_days").value == pytest.approx(8.0)


@pytest.mark.parametrize("q,claimed", [
    ("某模型用 512 张 H100 训练了 50 天。已知 B200 的训练速度约为前者的 2.5 倍，求改用同样数量的新卡需要多少天？老师说答案"
     "是 20 天，对吗？", 20),
    ("Given a 100 MW facility with PUE 1.2 and 1.2 kW per GPU (all-in, incl. server), find the maximum number of "
     "B200 GPUs it can host. My answer was about 69,000 GPUs, is that right?", 69000),
])
def test_an_answer_given_for_the_question_is_checked(q, claimed):
    req = parse(q)
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [pytest.approx(claimed)]
    assert not compute(req).unused


@pytest.mark.parametrize("q", ["1. how many H100 for 1M users?", "(2) how many H100 for 1M users?",
                               "Q3: how many H100 for 1M users?", "3、某App日活100万，用H100需要几张？"])
def test_an_item_number_is_a_label(q):
    assert not compute(parse(q)).unused


def test_an_exchange_pair_is_not_a_budget():
    params = parse("MI355X ~$25k each, 8k of them, in rmb? usd->rmb 7.15").params
    assert params.get("usd_cny") == pytest.approx(7.15) and "budget_cny" not in params
