"""Round 47 (connected cars, banks and insurers, game studios, university HPC): occasions a day and each
occasion's requests ("2.3 drives per day, 5 utterances per drive", "每天2次出行，每次出行说4句话"); places of any
name holding so many cards each ("40 buildings, 2 cards per building", "每个分支部署2张"); the active devices or
vehicles, or streams at once, named between their word and their count; claims of a match or of servers
("48 MI325X would replace 96 H100", "1 rack is enough"); a server bought outright; a compute budget in FLOPs;
unknown vendor products and CamelCase model names."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    # occasions a day, each occasion's requests: sessions x turns
    ("our kiosk fleet: 12k kiosks, about 3 visits per day, 4 prompts per visit, Llama 3 8B on L4, how many?",
     {"users": 12_000, "queries_per_user": 3, "turns_per_session": 4}),
    ("智能音箱日活200万台，平均每天3次唤醒，每次唤醒问2句，Qwen2.5 7B用L40S，要多少张？",
     {"queries_per_user": 3, "turns_per_session": 2}),
    # places holding so many cards each, whatever they are called
    ("35 warehouses, 2 cards per warehouse (L4), Llama 3 8B in int4 - total tokens/s?",
     {"servers": 35, "gpus_per_server": 2}),
    ("全省有120个营业网点，每个网点部署4张L4跑Qwen2.5 7B，总吞吐多少？", {"servers": 120, "gpus_per_server": 4}),
    # active devices or vehicles, and streams at once, named between their word and their count
    ("日活车辆80万台，每台车每天交互5次，Llama 3 8B on L4，要几张卡？", {"users": 8e5, "queries_per_user": 5}),
    ("高峰时同时在线通话的坐席大概3000路，Llama 3 8B，每token 50ms，L40S要多少张？", {"concurrent_users": 3000}),
    ("上线当天预计5万个AI对话同时在跑，Qwen2.5 7B，H20，要几台？", {"concurrent_users": 5e4}),
    ("双11日活冲到2000万，每人每天问3次，H20跑Qwen2.5 72B要多少卡？", {"users": 2e7}),
    ("每天约50万名患者咨询，每位患者一次会话平均4轮，Qwen2.5 7B用L4，要多少卡？",
     {"users": 5e5, "turns_per_session": 4}),
    ("20,000 monthly field-service technicians at 10 queries each, Llama 3 8B on L4?", {"users": 20_000}),
    # a purchase's words
    ("Board signed off a $12M capex for GPUs; B200 at $40k each, how many can we buy?", {"budget_usd": 12e6}),
    ("We'd need an HGX H200 for a year; cloud is $3.2 per GPU-hour, buying outright runs about $400k. Rent or buy?",
     {"server_price_usd": 4e5}),
    ("MI300X or B200 for our 13B model on 2T tokens? we can get 256 of either, 40% MFU, days?", {"gpus": 256}),
    ("a compute budget of 3e23 training FLOPs on 512 H100 at 35% MFU: how many days?", {"train_flops": 3e23}),
    ("Facilities asked for the kVA number: 20 DGX B200 at 14.3 kW each, power factor 0.9.", {"power_factor": 0.9}),
    ("cost per 1k replies on H100 at $2/hr, Llama 3 8B, 200 tokens out, 1500 in?", {"input_tokens": 1500}),
    ("a 120B-total / 12B-active MoE on 5T tokens, 2048 H100 at 35% MFU, days?", {"active_params": 12e9}),
])
def test_round47_readings(q, expect):
    assert_read(q, expect)


def test_occasions_a_day_multiply_with_their_turns():
    res = compute(parse("fleet is 100k cars, avg 2 drives per day, 5 utterances per drive, Llama 3 8B on L4s, "
                        "how many L4?"))
    assert "1 million queries a day" in res.headline


def test_one_mfu_said_as_where_the_new_run_goes():
    got = read("that run took 12 days on A100s, 64 of them. same run on H100s, also 64, how long? MFU should reach 50%")
    assert got.get("mfu_to") == pytest.approx(0.5) and "mfu" not in got


def test_the_card_in_brackets_after_its_count_is_the_earlier_run():
    got = read("took 30 days on 512 GPUs (A100 80GB). same job on H100s, same 512 cards, MFU 5 points higher: days?")
    assert got.get("from_accelerator") == "a100_sxm_80gb" and got.get("mfu_gain_points") == pytest.approx(0.05)


def test_a_replacement_claimed_is_checked():
    res = compute(parse("the vendor claims 64 MI300X would replace 128 H100 for Llama 3 70B serving, true?"))
    assert fig(res, "gpus") > 0 and "the stated '64'" in res.headline


def test_servers_claimed_are_said_as_servers():
    res = compute(parse("my lead says 2 racks are enough: GB200 NVL72, Llama 3 70B, 100k concurrent users. sanity check"))
    assert "the 2 racks you stated (144 GPUs)" in res.headline


def test_racks_bought_at_a_rack_price_are_racks():
    res = compute(parse("GB200 NVL72 at $3M per rack, 4 racks for the training cluster, total capex?"))
    assert res.intent == "capex" and "4 GB200 NVL72 racks" in res.headline


def test_a_second_price_per_named_card_is_that_cards():
    res = compute(parse("Gaudi 3 vs H100 for Llama 3 70B, 200 concurrent sessions; Gaudi 3 at $16k per card vs "
                        "$28k per H100 - which is cheaper?"))
    assert [fig(o, "price_usd") if any(f.name == "price_usd" for f in o.figures) else None
            for o in res.alternatives] != [16_000, 16_000]
    assert not res.unused


@pytest.mark.parametrize("q,kind", [
    ("how many NVIDIA Jetson Thor modules for a robot fleet of 500 running Llama 3 8B?", "unknown_accelerator"),
    ("Qualcomm Cloud AI 100 cards for 1M users?", "unknown_accelerator"),
    ("days to train FinanceGPT 30B on 500B tokens on 256 H100 at 40% MFU?", "unknown_model"),
])
def test_unknown_products(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind


@pytest.mark.parametrize("q,expect", [
    # seats with a per-seat day are people, not calls at once
    ("客服中心1200个坐席，每人每天接60通电话，每通输出150 token，Qwen2.5 7B用L40S要多少张？",
     {"users": 1200, "queries_per_user": 60}),
    # the busy hour, and a factor over the daily mean, with a clock time beside it
    ("2M chats a day, busy hour 2.5x, Llama 3 8B on L4, how many?", {"peak_factor": 2.5}),
    ("Peak is 8-9pm, about 3x the daily mean. 1M requests/day, Llama 3 8B on L4 - count?", {"peak_factor": 3}),
    ("忙时按平均的2倍算，每天100万次请求，Llama 3 8B用L4要多少张？", {"peak_factor": 2}),
    # a prompt said as what is sent, the answer as what comes back; text lengths either side of a summary
    ("each request we send ~2,500 document tokens and get back ~180. 300k requests a day, $0.5/M in, $1.5/M out?",
     {"input_tokens": 2500, "output_tokens": 180}),
    ("Reports run about 2,000 words each, 1 token ~ 0.75 words; we turn 5,000 reports a day into ~100-word abstracts "
     "with Llama 3 8B on one L4. Enough?", {"input_tokens": 2000 / 0.75}),
    ("每份合同原文约3000个汉字，按1.5个汉字≈1个token换算，摘要输出约300个token，每天2万份，Qwen2.5 7B用L4要几张？",
     {"input_tokens": 2000, "tokens_per_character": 1 / 1.5}),
    # a people count asked, "each" after a question mark
    ("can 4 cards serve Llama 3 8B for 25 shift leads? each sends ~40 prompts a day", {"users": 25}),
    ("we have L40S boxes, 8 cards total, enough for 200 analysts at 30 queries each with Qwen2.5 7B?", {"gpus": 8}),
    # a reserved envelope, racks each capped, places whatever they are called
    ("园区给AI机柜预留了300kVA，功率因数0.9，DGX H100每台10.2kW，能放几台？", {"power_mw": 0.27}),
    ("We have 24 cabinets free, each capped at 15 kW. How many 8-GPU H100 servers at 10.2 kW each fit?",
     {"racks": 24, "server_power_cap_w": 15_000}),
    ("edge box per store, 60 stores total, 50 queries/sec overall to Llama 3 8B. how many L4 per box if each store's "
     "box serves its own traffic?", {"sites": 60}),
    # money in words of a grant; a share spent on the hardware; a budget's range
    ("The grant for the lab's compute is $2.4 million, of which 70% may be spent on accelerators. H100 at $30k each: "
     "how many?", {"budget_usd": 2.4e6, "budget_share": 0.7}),
    ("capex guide $40-45bn; assume 50% servers. DGX B200 ~$500k a box. boxes?", {"budget_share": 0.5}),
    # other readings of the round
    ("cost per 1k transcriptions on L4 at $0.8/hr, Qwen2.5 7B, 900 tokens in, 100 out?", {"per_requests": 1000}),
    ("每次LoRA微调预计2000 GPU小时，另外还要跑3组实验，H800每卡时15元，总共多少钱？", {"runs": 3}),
    ("today 800 techs use the copilot, target 12k techs in a year. we run 4 H100 now. how many then?",
     {"users": 800, "users_to": 12_000}),
    ("每日token消耗半年增长了20倍，年化增速多少？", {"factor": 20}),
    ("Shipping ~2mn Blackwell GPUs (B200) at ~1.2kW each all-in, PUE 1.25: how many GW?", {"gpus": 2e6}),
])
def test_round47_sealed_readings(q, expect):
    assert_read(q, expect)


def test_a_clock_time_is_no_price():
    got = read("Peak at our hotline is 9-10am. 2M calls/day, Llama 3 8B on L4, count?")
    assert not any(k.startswith("usd_per_million") for k in got)


def test_a_pause_dash_is_no_range():
    res = compute(parse("Our cluster is 16 cards (L40S) running around the clock — three shifts. At 450 W per GPU, "
                        "PUE 1.4, what's the yearly power bill at $0.11/kWh?"))
    assert res.intent == "power"


def test_a_product_run_as_a_known_model_is_a_label():
    res = compute(parse("豆包日均token调用量10万亿，假设全部跑DeepSeek-V3，H20推理，要多少张卡？"))
    assert res.intent == "fleet" and any("豆包" in u.text for u in res.unused)


def test_a_vendors_fleet_at_a_concurrency_is_checked():
    res = compute(parse("方案称：Llama 3 70B，2000并发用户、每token延迟50毫秒，需要16台DGX H100。是否合理？"))
    assert res.intent == "fleet" and "你给出的16台服务器" in res.headline


def test_a_cumulative_sum_of_a_growing_amount():
    res = compute(parse("AI capex is $100bn this year, growing 20%/yr. cumulative over 3 yrs?"))
    assert fig(res, "budget_usd_cumulative") == pytest.approx(100e9 * (1 + 1.2 + 1.44))


def test_racks_grown_are_racks():
    res = compute(parse("we run 3 GB200 NVL72 racks today, demand doubles every 6 months, how many in a year?"))
    assert "12 GB200 racks" in res.headline


@pytest.mark.parametrize("q,kind", [
    ("our team fine-tuned Zephyrix-13B on support chats; how many L4 to serve 100k chats a day?", "unknown_model"),
    ("thinking of Hailo-10 modules on each line instead of GPUs, 20 lines, Llama 3 8B int4 - modules per line?",
     "unknown_accelerator"),
])
def test_unknown_names_of_the_sealed_half(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind
