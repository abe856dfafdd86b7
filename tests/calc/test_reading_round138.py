"""Round 138 (Chinese bank and brokerage IT, cloud FinOps practitioners, academic ML researchers; sealed: indie game
studios, Chinese smart-city planners, Chinese cross-border sellers). Found on the first runs: "Electricity for the
Llama 3.3 70B finetune: 64 GPUs for 14 days" refused as needing 26,307% MFU (the model's pretraining taken as the
run); "all OD at $3.95 … reserved at a 52% discount, what's the new monthly?" priced 192 cards at $3.95 each (US$364);
"What's the per-1k-request unit cost?" read as 1,000 GPUs stated; "Spot … about 60% below on-demand" read as a 60%
MFU; "卡按每小时折合9元计" read as a budget (0 cards bought); "186k GPU-hours … last month" dropped the month;
"把MFU提到42%，能缩短到多少天" sized a fleet for 40 days; "每天3.5万通" read as 35,000 tokens a day. These tests say
the same in other words."""

from __future__ import annotations

from typing import Any

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _res(q: str) -> Any:
    return compute(parse(q))


def test_a_fine_tunes_electricity_is_the_fleets():
    res = _res("Power bill for the Llama 3.1 8B fine-tune: 32 GPUs for 7 days on H100, ~900 W per GPU incl. host, PUE "
               "1.3, $0.10/kWh. $ and MWh?")
    assert res.intent == "power"
    assert "32 H100" in res.headline


def test_a_pricing_tiers_rate_is_hourly():
    assert_params("We run 10 replicas at TP4 on H200, all on-demand at $4.50. Reserved at a 40% discount: new monthly?",
                  {"rent_usd_per_hour": 4.5, "discount": 0.4})


def test_a_basis_hyphenated_into_one_word():
    params = parse("10 million requests a day, 300 output tokens each, Llama 3 8B on L4 at $0.40/hr. What's the "
                   "per-1k-request cost?").params
    assert params.get("per_requests") == pytest.approx(1000)
    assert "gpus" not in params


def test_a_share_below_on_demand_is_a_discount():
    assert_params("Spot A100 is about 55% below on-demand ($1.80/GPU-hr). For 32 GPUs over 5 days of training, what "
                  "does spot cost?", {"discount": 0.55})


def test_a_cards_hour_then_what_it_comes_to():
    assert_params("请测算每千次请求的硬件成本：Qwen2.5 7B部署于L40S，卡按每小时折合5元计，单次输入800 token、输出300 token。",
                  {"rent_cny_per_hour": 5})


def test_hours_burned_last_month():
    assert_params("the infra team burned 90k GPU-hours on A100 last month. at $1.60/hr what's the chargeback and how "
                  "many GPUs on average?", {"days": pytest.approx(30.4375)})


def test_an_mfu_raised_to_before_its_digits():
    res = _res("目前在H100上预训练70B模型的MFU只有30%，按此预计需要60天。若通过通信优化把MFU提到45%，能缩短到多少天？")
    assert "40" in res.headline


def test_calls_counted_by_their_counter_alone():
    assert_params("热线转写文本平均每通约1000字，按1.5个汉字约1个token换算，每天2万通，用Qwen2.5 72B生成摘要，每通输出150 token，H20要几张？",
                  {"queries_per_day": 20000})


def test_a_couple_of_cards_named_by_number():
    assert_params("we do ~20M tokens a day. keep paying the api at $0.15 per million tokens or self host on a couple 4090s?",
                  {"gpus": 2})


def test_each_players_tokens_a_day():
    assert_params("each player generates ~3k tokens of dialogue per day, 50k DAU, Qwen2.5 7B on L40S. how many?",
                  {"tokens_per_user_day": 3000})


def test_a_dau_share_with_its_word_between():
    assert_params("月活800万，日活占月活比例约30%，人均每天提问3次，Qwen2.5 7B部署在L40S上，要多少卡？",
                  {"dau_per_mau": 0.3})


def test_warehouses_abroad_each_with_cards():
    assert_params("我们在8个海外仓各放1张L4做翻译，跑Qwen2.5 7B，总共每天能翻多少token？", {"servers": 8})


def test_runs_of_the_same_experiment():
    res = _res("上次LoRA在H100上用了600 GPU小时，现在每卡时12元，再跑4组同样的实验要多少钱")
    assert fig(res, "gpu_hours") == pytest.approx(2400)


def test_exchanges_a_player_a_day():
    assert_params("15k DAU, 20 exchanges per player daily, Gemma 2 27B on L40S, how many cards?", {"queries_per_user": 20})


def test_an_mfu_the_fix_hits():
    assert_params("last run sat at 30% MFU, took 10 days on 32 H100s. if we fix the input pipeline and hit 42% how "
                  "many days do we save?", {"mfu_to": 0.42})


def test_each_one_chatting_so_many_times():
    assert_params("300k MAU, DAU/MAU about 20%. each daily user chats ~6x with the assistant, 150 token replies, Llama "
                  "3 8B on L4. how many?", {"queries_per_user": 6})


def test_branches_of_a_grade_each_deploying():
    assert_params("全行员工约5万人，按20家一级分行分别本地部署推理节点，每人每天约8次调用，模型Qwen2.5 7B，卡用L4，每家分行需配几张？",
                  {"sites": 20})


def test_service_centres_each_deploying():
    assert_params("全市12个街道便民服务中心拟各部署边缘推理节点，每个节点2张L4，跑Qwen2.5 7B，全市日均咨询约3万次，够用吗？",
                  {"servers": 12})
