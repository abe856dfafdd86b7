"""Round 50 (telecom operators, insurers, law firms, newsrooms, robotics, sovereign programmes, former crypto
miners, WeChat-style retail questions): people of any name counted per day and each asking after ("40k
policyholders/day, ~6 queries each"), the people a rate names taken before places that hold cards, people
leading their own clause ("VIP subscribers 120万", "注册代理人30万"), a share of weekly users said with any verb,
places "each with" cards, a grown fleet in servers and in cards, a run redone on another card without its
count said twice, a speed ratio with two rents, a power factor with no kVA stated, foreign money with its US$
twin, and names of models used for a job ("用星辰TeleChat做客服", "the JiuTian network model")."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    # people of any name a day, each asking a count after; not items a day ("tickets/day, 6 queries each")
    ("triage bot: 12k beneficiaries/day, ~3 questions each, Llama 3 8B on L4, how many cards?",
     {"users": 12_000, "queries_per_user": 3}),
    ("kiosks in 60 branch offices, 2 cards per office, L4 running Llama 3 8B; about 3,000 visitors a day at "
     "4 queries each. enough?", {"servers": 60, "gpus_per_server": 2, "users": 3000, "queries_per_user": 4}),
    # people leading their clause, the count after
    ("customers 2.5M, 3 queries each, Llama 3 8B on L40S, how many cards?", {"users": 2.5e6}),
    ("在册会员约80万，每人每天3次，Qwen2.5 7B在L40S上要几张卡？", {"users": 8e5}),
    ("给1000万读者每天做2次问答，Qwen2.5 7B用L40S要几张？", {"users": 1e7, "queries_per_user": 2}),
    # a share of weekly users, any verb; its ratio named with 比例
    ("3M weekly listeners, about 40% of them tune in daily, 2 summaries each, Llama 3 8B on L4?",
     {"dau_per_wau": 0.4}),
    ("周活1000万，日活/周活比例按25%，每人每天4次，Qwen2.5 7B，L40S几张？", {"dau_per_wau": 0.25}),
    # places each with cards; a Chinese site of any size
    ("we'd put Llama 3 8B at 120 retail stores, each with 2 cards (L4). 5M queries a day OK?",
     {"servers": 120, "gpus_per_server": 2}),
    ("全国有20个小机房，每场128张4090，跑Qwen2.5 7B，每天能扛多少请求？", {"servers": 20, "gpus_per_server": 128}),
    # the build on top, its words and hedges
    ("capex: 16 HGX H200 servers at $300k each, plus 20% for spine/leaf and cabling", {"all_in_multiple": 1.2}),
    ("64 servers (DGX H100) at $320k each, with storage and networking adding an additional 30%",
     {"all_in_multiple": 1.3}),
    ("$20M raise, B200 at $40k, and everything else (network, cooling, power) adds 30% on top. how many?",
     {"all_in_multiple": 1.3}),
    # the budget's share said of an envelope or earmarked
    ("an outlay of $900M; if 55% of the allocation is earmarked for accelerators at $30k each, how many H100?",
     {"budget_share": 0.55}),
    # a text's length read as the prompt when the task is named before and the answer's length after
    ("自动生成会议纪要：每天3万场会议，每场转写约2万汉字，按1.5字符≈1 token，纪要输出500 token，Qwen2.5 72B用H20要几张？",
     {"output_tokens": 500, "queries_per_day": 30_000}),
    ("稿件平均3000字，每天800篇全部做摘要，Qwen2.5 7B，L40S几张？", {"queries_per_day": 800}),
    # runs said as sweeps or repeats
    ("fine-tune Llama 3 8B on 2B tokens, and 4 hparam sweeps of that, 32 H100 at 40% MFU, GPU-hours?", {"runs": 4}),
    ("train Mistral 7B on 10B tokens and repeat the whole run 3 times, 64 A100 at 40% MFU, cost at $1.5/hr?",
     {"runs": 3}),
    # a day's tokens said bare after the tokens' word
    ("tokens we serve keep growing 80%/yr, at 500M/day now; H100 count in 2 years for Llama 3 8B?",
     {"tokens_per_day": 5e8}),
    ("~900 words per user per day, 20k users, Llama 3 8B on L4, how many cards?", {"users": 20_000}),
    # a period said in English before a Chinese word; a replica's concurrency
    ("512 H100, 700W each, PUE 1.3, power $0.1/kWh, yearly电费多少？", {"electricity_usd_per_kwh": 0.1}),
    ("Llama 3 70B fp8 要几张H200才放得下？每个副本并发32呢", {"batch_per_replica": 32}),
    ("is a single card enough? L4, Llama 3 8B, 5k users a day, 3 queries each", {"gpus": 1}),
])
def test_round50_readings(q, expect):
    assert_read(q, expect)


def test_items_a_day_are_not_people():
    got = read("300k tickets/day, ~6 queries each, Llama 3 8B on L40S, how many cards?")
    assert "users" not in got and got.get("queries_per_day") == 300_000


def test_active_engineers_are_no_active_parameters():
    got = read("Qwen3-235B-A22B on H200, 1,500 active field engineers, 10 queries each per day")
    assert got.get("users") == 1500 and "active_params" not in got


def test_a_grown_server_fleet_in_cards_too():
    res = compute(parse("load grows 40% a year. today 10 servers, 4 GPUs per node (L40S). servers in 2 years?"))
    assert fig(res, "gpus") == 20 * 4 and "whole servers" in res.headline


def test_a_run_redone_on_another_card_with_a_gain():
    res = compute(parse("The old model took 30 days on H100s (256 of them). Same job on B200 with MFU 5 points "
                        "higher, how long?"))
    assert res.intent == "training" and "256 B200" in res.headline
    res = compute(parse("It took 10 days on 128 A100s. On H100, how long?"))
    assert res.intent == "training" and "128 H100" in res.headline


def test_a_speed_ratio_with_two_rents_is_work_per_dollar():
    res = compute(parse("B200 is 2.2x faster than H100 for training. Rents: $4.50/hr vs $2.40/hr. Which is "
                        "cheaper per job?"))
    assert res.intent == "capex" and "work per dollar" in res.headline


def test_matching_compute_said_as_a_benchmark():
    res = compute(parse("想用MI300X搭训练集群，要对标2000张H100的算力，需要多少张？"))
    assert res.intent == "convert" and fig(res, "gpus") < 2000


def test_a_power_factor_with_no_kva_shows_the_kva():
    res = compute(parse("Our hall is 2 MW, power factor 0.9, PUE 1.3. How many DGX H100s fit?"))
    assert fig(res, "power_kva") == pytest.approx(2000 / 0.9)
    res = compute(parse("6个机柜，每柜限电20千瓦，DGX H100单台10.2千瓦，功率因数0.9，最多放几台？要报多少kVA？"))
    assert fig(res, "power_kva") == pytest.approx(6 * 10.2 / 0.9)


def test_foreign_money_with_its_us_dollar_twin_says_so():
    res = compute(parse("A grant of €500 million (approximately US$540 million); 50% of the envelope goes to "
                        "accelerators at $30k each. How many H100s?"))
    assert any("the one I used" in u.reason for u in res.unused)
    assert fig(res, "gpus") == pytest.approx(540e6 * 0.5 / 30_000, rel=0.01)


@pytest.mark.parametrize("q,kind", [
    ("用星火SparkDesk做客服，日活100万，每人每天3次，H20要几张？", "unknown_model"),
    ("How many L40S for the Tongyi QianWen-like PanGu network model? 1M DAU, 5 queries each.", "unknown_model"),
    ("训练一个Octo同等规模的模型，用128张H100要多久？", "unknown_model"),
    ("还有一批CMP 90HX矿卡，能跑Qwen2.5 7B吗？每秒50个请求要几张？", "unknown_accelerator"),
])
def test_unknown_names_used_for_a_job(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind


def test_a_chat_app_is_no_model():
    assert read("用WeChat做客服入口，日活200万，每人每天4次，Qwen2.5 7B，H20要几张？").get("model") == "qwen25_7b"
