"""Round 67 (cloud FinOps teams, Chinese teaching labs, grid planners, Chinese AIGC startups, Gulf sovereign AI
projects, Vietnamese and Indonesian startups): a day's output tokens over its calls give each answer's length
for the prompts' bill; "月账单" is a month; a depreciation asked per month and per store; "less 30% CUD"; a
token volume's electricity at a stated J per token against its revenue; replicas of a named model; "racks,
250 in total"; a twin amount "(this is around $450k)"; "Falcon 3 10B" is no Falcon 180B; a fleet grown
"相当于多少张"; a count restated as a product in brackets; MFU said after "训"; "二手价" of a server; an MFU
raised "这学期优化后到40%"; "1个token约0.75个单词"; GPU-hours scaled by "规模翻3倍"; a prompt rewrite is
generated; Vietnamese scale words; our own monitoring is no claim."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    ("If token volume grows 20x from today's 100M tokens/day (Gemma 2 27B on TPU v6e), how many chips, and monthly "
     "cost at $1.50/chip-hr less 25% CUD?", {"discount": 0.25}),
    ("A tenant plans GB200 NVL72 racks, 120 in total, at $3.4M per rack and 130 kW per rack. Capex and annual GWh "
     "at PUE 1.25?", {"servers": 120}),
    ("Local integrator quoted SAR 1.7 million per HGX H100 server (this is around $450k). For 100 servers what is "
     "the total?", {"server_price_usd": 450_000, "servers": 100}),
    ("全班一共要做60组微调实验（20人×3组），每组在Qwen2.5 7B上训3000万token，用4090，MFU 30%，总共多少卡时？",
     {"runs": 60, "mfu": 0.3}),
    ("一台DGX H100二手价大概150万元，实验室预算500万元，能买几台？", {"server_price_cny": 1.5e6, "budget_cny": 5e6}),
    ("上学期MFU只有28%，这学期优化后到42%，同样用H100，64卡，训Llama 3 8B（1000亿token），能省几天？",
     {"mfu": 0.28, "mfu_to": 0.42}),
    ("英语课自动批改：每天3000份作文，每份约400个英文单词，评语约150个单词，1个token约0.75个单词，Llama 3.1 8B在L4上要几张？",
     {"tokens_per_word": 1 / 0.75, "input_tokens": 400 / 0.75}),
    ("We have 100k daily creators, each does ~10 generations/day and every gen gets a Llama 3 8B prompt rewrite "
     "of ~250 tokens. how many L40S?", {"output_tokens": 250}),
    ("how many MI300X to host DeepSeek R1 in fp8 for 2 triệu users, 4 chats/day, 800 tokens output?",
     {"users": 2e6, "queries_per_user": 4}),
])
def test_round67_readings(q, expect):
    assert_params(q, expect)


def test_a_days_output_over_its_calls_bills_the_prompts():
    # 5亿 output tokens at 8 元/M (4,000 元) and 200万 calls x 1,500 input tokens at 2 元/M (6,000 元) a day
    res = _answer("走API的话：每天 5亿 token 输出，每百万token 8元；输入每百万token 2元，每次输入 1500 token，每天 200万次调用。"
                  "月账单多少？")
    assert fig(res, "cost_per_day_cny") == pytest.approx(10_000)
    assert fig(res, "cost_cny") == pytest.approx(10_000 * 30.4375)
    assert not res.unused


def test_a_depreciation_per_month_and_per_store():
    res = _answer("边缘推理：1200个门店，每店2张卡，卡是 L4。L4 每张 2400 美元，按 36 个月摊销，每店每月成本多少？")
    assert fig(res, "depreciation_per_site_month_usd") == pytest.approx(2 * 2400 * 30.4375 / 1095.75)


@pytest.mark.parametrize("q,share", [
    ("每百万token 3元，每天20亿token，一年收入多少？按每token 0.4焦耳、电价0.6元一度，电费占收入比例多少？",
     2e9 * 0.4 / 3.6e6 * 0.6 / (2e9 / 1e6 * 3)),
    ("If the platform sells tokens at $0.50 per million tokens and produces 1 trillion tokens per day at 0.3 J per "
     "token, what is electricity as a share of revenue at 9 cents/kWh?", 1e12 * 0.3 / 3.6e6 * 0.09 / (1e6 * 0.5)),
])
def test_a_token_volumes_electricity_against_its_revenue(q, share):
    res = _answer(q)
    assert fig(res, "electricity_share_of_price") == pytest.approx(100 * share, rel=1e-3)
    assert not res.unused


def test_replicas_of_a_named_model_use_the_model():
    res = _answer("30 replicas of Llama 3 70B at TP8 on H100, 1.0 kW per GPU, PUE 1.3: what is the demand in MW?")
    assert not res.unused


def test_a_family_with_a_version_and_another_size_is_unknown():
    with pytest.raises(CalcError) as err:
        _answer("Falcon 3 7B部署在L4上，每秒200次请求，需要多少张卡？")
    assert err.value.kind == "unknown_model"


def test_gpu_hours_scaled_by_the_runs_growth():
    res = _answer("上一版模型训练花了30万GPU小时（H800），这次规模翻2倍，按每卡每小时10元，大概要多少钱？")
    assert fig(res, "gpu_hours") == pytest.approx(600_000)
    assert not res.unused


def test_our_own_monitoring_is_no_claim_but_someone_on_our_team_is():
    own = _answer("our monitoring says 2,400 tok/s per H100 on llama 3 8b")
    said = _answer("someone on our team claims one H100 pushes 3,000 tok/s on Llama 3 70B FP8. sanity check pls")
    assert "claimed_value" not in {i.param for i in own.inputs}
    assert "claimed_value" in {i.param for i in said.inputs}


def test_a_fleet_grown_is_worth_so_many_cards():
    res = _answer("沙特主权AI项目五年内算力要增长100倍，H100现有800张，到时候相当于多少张？")
    assert res.intent == "growth" and not res.unused


@pytest.mark.parametrize("q", ["we rent 16 H100s at $2.10/hr, 24/7. what's that a month?",
                               "32 A100s rented at $1.20/hr, 7x24. monthly bill?"])
def test_around_the_clock_after_a_rent_is_no_list_of_rents(q):
    # "$2.10/hr, 24/7." had been read as three rents compared (US$2.10, US$24 and US$7 an hour)
    res = _answer(q)
    assert not res.alternatives and not res.unused
    assert {i.text: i.param for i in res.inputs}.get("24/7", "utilization") == "utilization"
