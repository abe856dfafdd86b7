"""Round 57 (sovereign-AI programmes, support SaaS, autonomous driving and robotics; journalists, GPU marketplaces,
hospitals and public IT): a day's tickets as a label before the count ("日均工单 6万"), conversations a fleet serves in a
day, a monthly charge per seat as requests a day, vehicles counted in 台, a machine's requests an hour, replicas of a
counted fleet, a fleet's compute said and checked."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("@所有人 帮忙算下客服 Copilot 的卡量：\n• 日均工单 6万\n• 每单平均 7 轮对话\n• 模型用 Qwen2.5 72B，FP8\n用 H20 的话要多少张？",
     {"queries_per_day": 6e4, "turns_per_session": 7}),
    ("planning for next year's capacity:\n• 12k daily active agents right now\n• usage doubling every 5 months\n"
     "• 250 suggestions/day per agent, ~400 output tokens each\n• Llama 3.3 70B on H200s\nhow many GPUs do we need in "
     "18 months?", {"period_months": 18, "doubling_months": 5}),
    ("last quarter our intent-classifier fine-tune took 3 days using 8 GPUs (V100). how long with the same count of "
     "H100s, if MFU goes to 45%?", {"days": 3, "from_gpus": 8, "mfu_to": 0.45}),
    ("车队5000台robotaxi，每天调用VLM 400次/车，输入1200token输出150token，用Qwen2.5 7B跑L40S，云端要多少卡？",
     {"users": 5000, "queries_per_user": 400}),
    ("车端vs云端算账：云端推理按每百万token 1.2元，车队3万台，每车每天生成2万token，一个月账单多少？", {"users": 3e4}),
    ("同时在线8000台车走云端兜底，TPOT 40ms，首token 300ms以内，Qwen2.5 72B on H100，多少卡", {"concurrent_users": 8000}),
    ("车队规模每年增长80%，现在1.5万台，每车每天3000 token云端推理，两年后每天总共多少token？", {"users": 1.5e4}),
    ("robotaxi车队计划从2000台扩到5万台，18个月内，云端推理卡数按车数线性涨，现在用了320张H20，到时候要多少张",
     {"users": 2000, "users_to": 5e4, "gpus": 320}),
    ("世界模型训练：参数3B，视频token 1.5T，H100 1024卡，MFU 35%，要训几天？", {"train_tokens": 1.5e12}),
    ("消融实验：1B模型每组50B token，一共做20组，H100 64卡，MFU 38%，总共多少GPU小时", {"runs": 20, "train_tokens": 5e10}),
    ("fleet of 12k AMRs across our warehouses, each one hits the cloud planner ~30x/hour, 800 tok in / 60 tok out. "
     "Llama 3 8B on L4s, peak 2x. how many cards?", {"users": 12000, "queries_per_user": 720}),
    ("1万台车，每台车每小时调用20次，输出100 token，Llama 3 8B on L4，多少卡", {"queries_per_user": 480}),
])
def test_round57_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,n", [
    ("current prod: 6 replicas of Llama 3 70B, TP4 on H100s. how many tickets a day can that handle at 9 msgs per "
     "ticket, 220 tokens out each?", 9),
    ("we've got 24 GPUs idle (A100 80GB). Mixtral 8x7B in int8 — how many tickets/day could they absorb at 5 msgs "
     "per ticket, 300 output tokens per msg?", 5),
])
def test_conversations_a_fleet_serves_in_a_day(q, n):
    res = compute(parse(q))
    assert res.figure("sessions_in_period").value == pytest.approx(res.figure("queries_in_period").value / n)
    assert not res.unused


def test_a_racks_count_without_a_size_is_one_server_per_machine_not_a_default_8():
    res = compute(parse("if we consolidate onto a GB200 NVL72 rack, DeepSeek V3 in fp8, how many tickets/day can "
                        "it serve at 10 messages per ticket, 1,500 in / 300 out?"))
    assert "72-GPU" in res.headline and "8-GPU" not in res.headline


@pytest.mark.parametrize("q,n", [
    ("pricing q for the AI add-on:\n- $25 per seat per month\n- API: $0.20 per million input tokens / $0.80 per "
     "million output\n- prompts ~2k tokens, outputs ~150\nhow many suggestions per seat per day before we're "
     "underwater?", 25 / 30.4375 / (2000 * 0.2e-6 + 150 * 0.8e-6)),
    ("会员每月19元，每次请求输入1000个token、输出500个token，每百万token 2元，每人每天最多能问几次才不亏？",
     19 / 30.4375 / (1500 * 2e-6)),
])
def test_a_monthly_charge_pays_for_requests_a_day(q, n):
    res = compute(parse(q))
    assert res.figure("queries_per_user_breakeven").value == pytest.approx(n, rel=1e-3)
    assert not res.unused


@pytest.mark.parametrize("q,replicas", [
    ("our racks are capped at 15 kW and HGX H100 draws ~10.2 kW per server. we've got 30 racks. how many Llama 3 70B "
     "replicas at TP8 can we host?", 30),
    ("机柜限电15千瓦，HGX H100每台10.2千瓦，有30个机柜，能部署多少个Llama 3 70B副本（TP2）？", 120),
])
def test_replicas_of_a_counted_fleet(q, replicas):
    res = compute(parse(q))
    assert res.figure("replicas").value == replicas
    assert not res.unused
    assert not any(i.param == "servers" and "and" in i.text for i in res.inputs)


@pytest.mark.parametrize("q,claimed", [
    ("A vendor pitched that a 2,000-GPU B200 cluster delivers 'over 4 exaflops' of dense FP8. Is that claim right?",
     4e18),
    ("有人说1万张H100能提供约10 EFLOPS的FP8算力，对吗？", 1e19),
])
def test_the_compute_said_of_a_counted_fleet_is_checked(q, claimed):
    req = parse(q)
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [pytest.approx(claimed)]
    assert any(f.name == "claimed_claimed_value" for f in compute(req).figures)


@pytest.mark.parametrize("q,expect", [
    ("卖家报价如下：\n型号：H800 8卡整机\n数量：16 台\n期限：6 个月\n单价：13.5 元/卡/小时\n折扣：9 折\n合同总价多少？",
     {"rent_cny_per_hour": 13.5, "discount": 0.1, "servers": 16}),
    ("quote from an inference provider:\n- model: Llama 3.3 70B\n- price: $0.59 / M input, $0.79 / M output\n- our "
     "volume: ~650M output tokens/day\nvs renting 16x H100 at $2.00/GPU-hr. which is cheaper?",
     {"usd_per_million_input_tokens": 0.59, "usd_per_million_tokens": 0.79}),
    ("If a newsroom's AI tools write 5 million tokens of output per day and a token is about 0.75 words, how many "
     "words is that?", {"tokens_per_day": 5e6, "tokens_per_word": 1 / 0.75}),
    ("Older data centers weren't built for AI racks. If a colo has 80 cabinets free at 30 kW each, how many DGX "
     "H100 servers can go in at 10.2 kW per server?", {"racks": 80, "server_power_cap_w": 30000,
                                                       "watts_per_server": 10200}),
    ("Existing server room has 40 kW spare, PUE 1.8. How many 8-GPU L40S servers at 3.5 kW per server can we fit?",
     {"power_mw": 0.04}),
    ("Please size conservatively, /assume ttft_margin=3 : 400 concurrent users, Llama 3 70B bf16 on H100, TTFT <= 1 s.",
     {"ttft_margin": 3, "concurrent_users": 400}),
    ("we're at 64 rented A100s today and inference traffic is doubling every 4 months. how many will we need in 12 "
     "months, and what's the monthly bill then at $1.35/hr?", {"doubling_months": 4, "period_months": 12}),
    ("打算买 1000 张 H20 做租赁，每张 11 万元，加上服务器网络机房按 1.6 倍算，电价 0.45 元一度，PUE 1.35，每卡每小时租 6.5 元、"
     "出租率 70%，几年回本？", {"rent_cny_per_hour": 6.5, "utilization": 0.7}),
])
def test_round57_sealed_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,name,n", [
    ("If a newsroom's AI tools write 5 million tokens of output per day and a token is about 0.75 words, how many "
     "words is that, and what's the daily bill at $10 per million tokens?", "words_per_day", 3.75e6),
    ("如果一个写作App每天生成10亿个token，按1.5个汉字约等于1个token，每天大概生成多少字？按每百万token 8元算，每天成本多少？",
     "characters_per_day", 1.5e9),
])
def test_a_days_tokens_in_the_text_they_make(q, name, n):
    res = compute(parse(q))
    assert res.figure(name).value == pytest.approx(n)
    assert not res.unused


def test_a_rack_too_small_for_the_server_holds_none_of_them():
    res = compute(parse("机房是十几年前建的，每个机柜限电8千瓦，现在只剩6个机柜能用。想上DGX H100，能放几台？"))
    assert res.figure("servers").value == 0
    assert [u.text for u in res.unused] == ["十几年前"]       # when the room was built: named, not a period


def test_a_time_ago_is_a_period_when_a_rate_runs_over_it():
    req = parse("whats a used A100 40GB PCIe worth now? paid $9k 4 yrs ago, assume it loses ~25% a year")
    assert req.params.get("period_months") == pytest.approx(48)


@pytest.mark.parametrize("q,kind", [
    ("Our vendor pitched Med42-70B for clinical Q&A. Can 4 L40S cards serve ~200 daily users?", "unknown_model"),
])
def test_a_name_with_a_models_size_is_a_model(q, kind):
    with pytest.raises(CalcError) as e:
        compute(parse(q))
    assert e.value.kind == kind


def test_a_reported_run_cost_is_checked():
    req = parse("有媒体报道说，训练一次GPT-3要花460万美元。按租V100每小时1.5美元、MFU 30%来算，这个数靠谱吗？")
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [pytest.approx(4.6e6)]
    assert "budget_usd" not in req.params


def test_the_speedup_is_the_named_models():
    res = compute(parse("Integrator says L40S runs our Qwen2.5 7B workload 1.3x faster. How many L40S to match 10 "
                        "RTX 4090s?"))
    assert not res.unused and res.figure("gpus").value == 8


def test_electricity_per_gpu_hour_of_a_counted_fleet():
    res = compute(parse("I'm a seller colo-ing 40 boxes of DGX H100. power is $0.07/kWh, PUE 1.3. whats my electricity "
                        "cost per GPU-hour so I can price my listing above it?"))
    one = res.figure("cost_usd").value
    assert one == pytest.approx(1.275 * 1.3 * 0.07, rel=1e-3)
    assert res.figure("cost_per_hour_fleet_usd").value == pytest.approx(320 * one)
    assert not res.unused


@pytest.mark.parametrize("q", [
    "Kimi K2 号称万亿参数。用H800部署Kimi K2，支撑1000万日活需要多少张卡？",
    "Kimi K2 (1T params, MoE) on H200s — how many for 5k concurrent users?",
])
def test_a_fleet_for_an_unknown_model_this_large_needs_its_active_parameters(q):
    with pytest.raises(CalcError) as e:
        compute(parse(q))
    assert e.value.kind == "unknown_model" and e.value.key == "err.unknown_moe"


def test_with_its_active_parameters_it_is_sized():
    res = compute(parse("Kimi K2 号称万亿参数，激活320亿。用H800部署Kimi K2，支撑1000万日活需要多少张卡？"))
    assert res.figure("gpus") is not None
