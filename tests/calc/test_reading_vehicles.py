"""Round 40 (quant research desks, in-car assistants, tickets and postmortems, renewable-energy sites):
cars and vehicles are the users and "per car" is per user, a share "active on a given day" is the daily
share, research notes, headlines and call transcripts are requests, a heading ("Context: 512 H200")
is not a context length, an MFU that "goes to 45%" is the new MFU, a power envelope is checked against
a budget's cards and turned into tokens by a stated energy per token, stated GPU-hours are billed
against the amount they were expected to stay under, and "solar" is a farm, not a model."""

from __future__ import annotations

import pytest

from calc import CalcError, ask
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    # cars on the road are the users; what each does a day is per user
    ("~1.2M connected cars, roughly 30% active on a given day, avg 9 voice turns per car per day. "
     "Llama 3.1 8B on L40S, how many GPUs?", {"users": 1.2e6, "dau_per_mau": 0.30, "queries_per_user": 9}),
    ("400k active cars/day x 14 reqs/car, 350 in / 90 out tokens, Qwen2.5 7B fp8 on L4 -> gpu count?",
     {"users": 4e5, "queries_per_user": 14, "input_tokens": 350, "output_tokens": 90}),
    ("800,000 vehicles, DAU ratio 0.25, ~20 requests/day per active vehicle, Llama 3 70B on H100 fp8",
     {"users": 8e5, "dau_per_mau": 0.25, "queries_per_user": 20}),
    ("车辆 500万，日活 40%，每车每天只有 3 轮走云端，Qwen3-235B-A22B 用 B200 需要多少？",
     {"users": 5e6, "dau_per_mau": 0.40, "queries_per_user": 3}),
    ("我哋車隊有 50萬架車，每架車每日大概 8 次語音指令，用 L4 跑 Mistral 7B，要幾多張卡先夠？",
     {"users": 5e5, "queries_per_user": 8}),
    ("座舱大模型订阅每车每月 15 元，付费车辆 60万，推理成本每百万 token 1.2 元，每车每天 1万 tokens，毛利大概多少？",
     {"cny_per_user_month": 15, "users": 6e5, "tokens_per_user_day": 1e4}),
    ("EV 保有量 300万，平均每车每天 12 次，DeepSeek V3 on H800 fp8，peak factor 按 2.5，大概多少卡？",
     {"users": 3e6, "queries_per_user": 12, "peak_factor": 2.5}),
    # a desk's documents and feeds are requests, a word or two naming which ones before them
    ("summarize ~40k research notes/day w/ llama 3.1 70b fp8 on H100s, how many gpus?", {"queries_per_day": 4e4}),
    ("~250 call transcripts/day, Mixtral 8x22B on H200, how many?", {"queries_per_day": 250}),
    ("news feed peaks at 1,200 headlines/sec, Qwen2.5 7B on L40S, how many cards?", {"qps": 1200}),
    ("5k msgs/sec peak, Mistral 7B on 4090, how many?", {"qps": 5000}),
    ("电话会纪要：财报季每天大概400场业绩会，转写每场1.5万token，摘要2000 token，DeepSeek V3 上 H200 一台8卡够不够？",
     {"queries_per_day": 400, "input_tokens": 15000, "output_tokens": 2000}),
    ("券商投研助手，覆盖5000个研究员和销售，日活比例60%，人均每天40次提问，Llama 3.1 70B fp8，H100要几张？",
     {"users": 5000, "dau_per_mau": 0.60, "queries_per_user": 40}),
    # a length named by the answer further on is the prompt's ("只输出…10个token"), "tok ctx" the context
    ("新闻舆情，峰值每秒3000条，每条约200 token，只输出情感标签10个token，Qwen2.5 7B int8 放4090上跑要多少张？",
     {"input_tokens": 200, "output_tokens": 10}),
    ("1,500 users, ~30 queries/user/day, avg 4k tok ctx + 600 tok reply. Qwen2.5 72B on A100 80GB",
     {"input_tokens": 4000, "output_tokens": 600}),
    ("Daily output is 9B tokens, ~2,400 tok/s per GPU on H100 with Llama 3.1 8B. GPU count?",
     {"tokens_per_day": 9e9}),
    ("训一个 13B 的模型，1T tokens，H100 租金 2 美元/卡时，MFU 按 45%，如果要跑 3 次实验呢？", {"runs": 3}),
    ("our solar farm runs at ~25% capacity factor: effective cost/hr of an H100 bought at $25,000 over 5 years?",
     {"utilization": 0.25, "price_usd": 25000}),
])
def test_vehicle_and_desk_loads_are_read(q, expect):
    assert_read(q, expect)


@pytest.mark.parametrize("q,param,value", [
    # a heading's label before a count is not a context length
    ("Summary: rent vs buy | Context: 512 H200, OEM quote $31k per GPU, cloud offer $3.40/hr per GPU", "gpus", 512),
    ("Summary: fine-tune budget. Context: 7B model, 2B-token dataset, 3 epochs, A100 40GB at $1.20/hr", "params", 7e9),
    ("Context: 236B total params with 21B active, fp8, on H20, ~1M req/day, 1k in / 500 out", "params", 236e9),
    ("Context: 150 MW utility feed, target PUE 1.15, B300 at 1,400W per GPU", "power_mw", 150),
    ("Context: 350 stores, RTX 4090s, 2 cards per store, ~450W per card | Action item: total kW?", "gpus_per_server",
     2),
])
def test_a_context_heading_is_not_a_context_length(q, param, value):
    got = read(q)
    assert got.get(param) == pytest.approx(value), got
    assert got.get("input_tokens") != pytest.approx(value)


def test_a_context_length_is_still_one():
    assert_read("llama 3 70b on H100, context 8k tokens, 300 out, 2M users: gpus?", {"input_tokens": 8000})
    assert_read("V100 16GB 还能跑 Mistral 7B fp16 吗？ctx 4k batch 2", {"input_tokens": 4000})


def test_cars_fleet_counts_each_active_car():
    _, res = ask("~1.2M connected cars, roughly 30% active on a given day, avg 9 voice turns per car per day. "
              "Llama 3.1 8B on L40S, how many GPUs?")
    assert fig(res, "qps") == pytest.approx(1.2e6 * 0.30 * 9 / 86400)
    assert not res.unused


def test_mfu_going_to_a_value_scales_the_matched_fleet():
    _, before = ask("1,200 A100 80GB today at ~35% MFU. same throughput on fewer H100 SXM, size the H100 count.")
    _, after = ask("1,200 A100 80GB today at ~35% MFU. same throughput on fewer H100 SXM once MFU goes to 45%. "
                "size the H100 count.")
    assert fig(after, "gpus") == pytest.approx(fig(before, "gpus") * 35 / 45, abs=1)
    assert not after.unused
    _, days = ask("训练MFU 38%，如果MFU提升到45%，原来60天的任务要多久？")
    assert days.headline.startswith("约50.7天")


def test_a_power_envelope_is_checked_against_what_a_budget_buys():
    _, res = ask("budget $500M, all-in 1.6x chip cost, B200 at $40k a chip — how many can we buy and does it fit "
              "in our 120MW hydro allotment at PUE 1.15?")
    assert "within the stated 120 MW" in res.headline and not res.unused
    _, over = ask("预算5亿美元，B200每张4万美元，能买多少张？我们有10MW电，PUE 1.2，够不够？")
    assert "超过给出的10兆瓦" in over.headline
    assert fig(over, "power_mw") > 10


def test_tokens_a_power_makes_at_a_stated_energy_per_token():
    _, res = ask("if B200 at fp4 gets ~0.4 J/token, how many tokens/day can our 10MW of wind spillover produce?")
    assert fig(res, "tokens_per_day") == pytest.approx(10e6 * 86400 / 0.4)
    _, zh = ask("B200 fp4 约0.4焦/token，10兆瓦弃风电每天能产出多少token？PUE 1.2")
    assert fig(zh, "tokens_per_day") == pytest.approx(10e6 * 86400 / 0.4 / 1.2)
    _, per_mwh = ask("tokens per MWh: DeepSeek V3 on H200 fp8, ~2,500 tok/s per GPU measured, 700W, PUE 1.2. "
                  "how many tokens does each MWh turn into?")
    assert fig(per_mwh, "tokens_per_mwh") == pytest.approx(2500 / (700 * 1.2) * 3.6e9)


def test_stated_gpu_hours_are_billed_against_the_expected_amount():
    _, res = ask("Summary: last quarter's cloud bill. Context: 1.8M GPU-hours on H100 at $2.49/hr. Expected: under "
              "$4M. Action item: compute the bill in USD and in RMB at USD/CNY 7.2.")
    assert fig(res, "cost_usd") == pytest.approx(1.8e6 * 2.49)
    assert fig(res, "cost_cny") == pytest.approx(1.8e6 * 2.49 * 7.2)
    assert "over it" in res.headline and not res.unused


@pytest.mark.parametrize("q", [
    "We've got a 150 MW solar farm in west Texas. If we put H100 SXM next to it at PUE 1.2, how many GPUs?",
    "Can 10,000 4090s run off a 5MW solar+battery microgrid? 450W each, PUE 1.4",
    "青海光伏园区，每天5000万次请求，Llama 3 70B 用H20要多少张卡？",
])
def test_a_solar_farm_is_not_a_model_nor_qinghai_a_chip_maker(q):
    ask(q)          # no unknown_model / unknown_accelerator error


@pytest.mark.parametrize("q,kind", [
    ("端侧方案：Orin-X 上跑 Qwen2.5 7B int4，decode 速度大概多少 tokens/s？", "unknown_accelerator"),
    ("高通 8295 座舱芯片跑 Llama 3.1 8B，每秒能出多少 token？", "unknown_accelerator"),
    ("Could we run Qwen2.5 7B on the Horizon Journey 6 SoC? what tokens/s per chip?", "unknown_accelerator"),
    ("Upstage Solar 10.7B on H100, 1M users, how many GPUs?", "unknown_model"),
])
def test_in_car_chips_and_sized_solar_models_are_named_unknown(q, kind):
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == kind


def test_an_ordinal_and_a_count_of_asks_are_not_quantities():
    _, res = ask("two things: (1) Mixtral 8x22B on H200 for 600k active cars/day, 16 req/car/day - GPU count? "
              "(2) at $3.2/GPU-hr what's that per car per month?")
    assert not res.unused
    _, res = ask("~250 call transcripts/day, each ~12k tokens in + 1.5k token summary. Mixtral 8x22B on one 8-GPU "
              "H200 box, does it finish by EOD or do we need a 2nd node?")
    assert not res.unused


def test_a_quoted_cost_per_query_and_a_quoted_rate_are_checked():
    _, res = ask("claim from a sell-side note: 'serving GPT-3 175B costs ~$0.004 per query'. 500 in 300 out on A100. "
                 "is that right?")
    assert fig(res, "claimed_claimed_value") == pytest.approx(0.004 / fig(res, "cost_per_query_usd"))
    assert not res.unused
    _, rate = ask("we're quoted 9.6M tokens/s for a 10k-GPU B200 cluster on DeepSeek R1. sanity check vs what "
                  "you'd estimate?")
    assert fig(rate, "claimed_claimed_value") == pytest.approx(9.6e6 / fig(rate, "tokens_per_s"))
