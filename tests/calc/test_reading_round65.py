"""Round 65 (game studios, telecom operators, pharma and biotech teams, crypto miners turned AI hosts,
local-government computing centres, Korean and Japanese engineers writing English): a proper name of
several capitals with a size ("BioMedLM 2.7B") is an unknown model, never the default one; things
counted and each given tokens are the work ("5000 万个候选分子，每个分子平均 60 token"); a day's tokens
over a day's queries give the answer's length; a month's pass is what each user pays; each player's
chats are queries per user; a run's known work turns stated GPU-years into the old card's MFU, so a
stated MFU is the new run's; two rents said of the old and the new card compare one card's rent over
each run; the whole investment as a multiple of the chips in Chinese; a total someone quoted is
checked as a claim; "1.5个汉字折合1个token" is a ratio; "生成…约600字" is the answer's length."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q", [
    "serve BioMedLM 2.7B to 10k users on H100",
    "我们想用 4 张 L40S 部署 ChemBertaLarge 1.5B 做分子性质预测，每天 20 万次，够不够？",
    "Serving GigaChatPro 30B on H100 for 1M users, how many?",
])
def test_a_name_of_several_capitals_with_a_size_is_an_unknown_model(q):
    with pytest.raises(CalcError) as err:
        _answer(q)
    assert err.value.kind == "unknown_model"


@pytest.mark.parametrize("q,expect", [
    ("每天要生成 3000 万个候选序列，每个序列平均 80 token，用 Llama 3 8B 在 L4 上需要多少张卡？",
     {"queries_per_day": 3e7, "output_tokens": 80}),
    ("每天要生成 80 万个营销文案，每个文案约 120 token，Qwen2.5 7B 在 4090 上要几张卡？",
     {"queries_per_day": 8e5, "output_tokens": 120}),
    # a month's pass or card is what each user pays a month
    ("月卡 25 元，每个付费玩家每天聊 40 句，每句输出 100 token，用 Qwen2.5 72B 在 H800 上，每卡每小时 12 元，每用户成本多少？",
     {"cny_per_user_month": 25, "queries_per_user": 40}),
    ("Monthly pass is $6, each paying player chats 30 lines a day, 150 tokens per line, Llama 3 70B on H100 at "
     "$2/GPU-hour, is the cost per user covered?", {"usd_per_user_month": 6, "queries_per_user": 30}),
    # the whole investment as a multiple of the chips' cost
    ("1024张H100，单卡25万元，整体投资按芯片费用的1.5倍计，总投资多少？", {"all_in_multiple": 1.5}),
    ("512张B200，每张4万美元，总投资按GPU费用的1.7倍算，一共多少？", {"all_in_multiple": 1.7}),
    # a ratio said with 折合, and a clause that says what is generated
    ("每天5万份病历，每份输入约3000 token，生成审核意见约800字（按1.5个汉字折合1个token），Qwen2.5-72B 在 H20 上要几张卡？",
     {"tokens_per_character": 1 / 1.5, "input_tokens": 3000, "output_tokens": 800 / 1.5}),
])
def test_round65_readings(q, expect):
    assert_params(q, expect)


def test_generated_text_is_the_answer_not_a_second_prompt():
    res = _answer("每天审核病历5万份，每份输入约4000 token，生成审核意见约600字，采用Qwen2.5-72B部署于H20，需要多少张卡？")
    assert {i.text: i.param for i in res.inputs}["600字"] == "output_tokens"
    assert not res.alternatives


@pytest.mark.parametrize("q,tokens", [
    ("We process 2M patent texts a day, total output about 300M tokens a day, Qwen2.5 7B on 4090, how many cards?",
     150),
    ("每天 100 万次请求，每天输出 4 亿 token，用 Qwen2.5 7B 在 4090 上跑，要几张卡？", 400),
])
def test_a_days_tokens_over_its_queries_are_each_answers_length(q, tokens):
    res = _answer(q)
    out = next(a for a in res.assumptions if a.name == "output_tokens")
    assert out.value == pytest.approx(tokens) and out.origin == "derived"
    assert not res.unused


def test_a_stated_mfu_is_the_new_runs_when_the_old_runs_work_is_known():
    # GPT-3 175B: 6 x 175e9 x 300e9 = 3.15e23 FLOPs; at 45% of an A100's 312 TFLOPS on 1,024 cards, 25.4 days
    res = _answer("GPT-3 175B took like 355 GPU-years on V100. on 1,024 A100s at 45% MFU how long?")
    assert fig(res, "gpu_hours") == pytest.approx(3.15e23 / (312e12 * 0.45) / 3600, rel=0.01)
    assert not res.unused
    # without an MFU, the old hours are rescaled by the peaks alone (as before)
    res = _answer("GPT-3 175B took 355 GPU-years on V100. How long on 1,024 A100s?")
    assert fig(res, "gpu_hours") == pytest.approx(355 * 8766 * 125 / 312, rel=0.01)


@pytest.mark.parametrize("q,old,new", [
    ("B200 trains about 2.5x faster than H100. Our run takes 40 days on H100; same card count on B200, how many "
     "days? If the new card rents at $5.5/hr and the old at $2.8/hr, which is cheaper overall?",
     40 * 24 * 2.8, 16 * 24 * 5.5),
    ("听说 B200 训练速度大约是 H100 的 2 倍。现在用 H100 训一个模型要 30 天，换成同样卡数要多少天？如果老卡每小时 2 美元、"
     "新卡 4.4 美元，哪个总成本更低？", 30 * 24 * 2.0, 15 * 24 * 4.4),
    ("B200 is 2.5x faster than H100 for training. 40 days on H100; same count of B200? H100 at $2.8/hr, "
     "B200 at $5.5/hr, which is cheaper?", 40 * 24 * 2.8, 16 * 24 * 5.5),
])
def test_two_rents_said_of_the_old_and_the_new_card_compare_each_run(q, old, new):
    res = _answer(q)
    assert fig(res, "cost_per_card_before_usd") == pytest.approx(old)
    assert fig(res, "cost_per_card_after_usd") == pytest.approx(new)
    assert not res.unused


@pytest.mark.parametrize("q", [
    "财政评审：某方案采用H100共2048张，单卡按24万元，整体投资按芯片费用的1.6倍计，方案报价称总投资约8亿元，是否合理？",
    "2048 H100 at $33k each, all-in capex is 1.6x the chips. The vendor quotes $110M total. Reasonable?",
])
def test_a_total_someone_quoted_is_checked_not_a_budget(q):
    res = _answer(q)
    assert {i.param for i in res.inputs} >= {"claimed_value", "all_in_multiple"}
    assert "budget_usd" not in {i.param for i in res.inputs} and "budget_cny" not in {i.param for i in res.inputs}


def test_a_claimed_ratio_near_one_keeps_its_digits():
    res = _answer("2048 H100 at $33k each, all-in capex is 1.6x the chips. The vendor quotes $110M total. Reasonable?")
    assert "1.02x" in res.headline


# the sealed half (772, 774, 776), after its one run
@pytest.mark.parametrize("q,expect", [
    ("DeepSeek-R1满血版上H20，FP8，每个副本16卡，每副本并发按32，全网要撑2000并发用户，需要几台服务器？",
     {"batch_per_replica": 32, "concurrent_users": 2000}),
    # a week's or a month's users, then the day's count of them
    ("Our app: 20M weekly actives, roughly 6M daily, each does 5 queries/day, 300 output tokens. Llama 3.1 8B on "
     "H100 - how many GPUs?", {"users": 20e6, "dau_per_wau": 0.3}),
    ("Service have 8M monthly users, daily around 2M. Each daily user 10 requests. By H100 with Llama 3 8B, how many?",
     {"users": 8e6, "dau_per_mau": 0.25}),
    ("capex at 2024 prices: 2,048 H100 at $25k each, x1.4 all-in. total?", {"all_in_multiple": 1.4}),
    ("We charge $12 per seat monthly. Serving cost per user with Llama 3 70B on H100, 40 queries/day, 400 output "
     "tokens — margin OK?", {"usd_per_user_month": 12, "queries_per_user": 40}),
    ("Previous run took 20 days on 256 units of A100. Next run same model on 256 pcs of H100, and MFU improved 8 "
     "points. How many days?", {"mfu_gain_points": 0.08}),
    ("We optimized kernels and MFU became 1.25x than before. Previous run was 10 days on 64 H800. New run how many "
     "days?", {"mfu_gain": 0.25}),
])
def test_round65_sealed_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "元景34B模型用L40S部署，每秒500次请求需要多少张？",
    "九天 13B 在 H20 上每秒 100 次请求要几张？",
])
def test_an_operators_model_with_its_size_is_unknown(q):
    with pytest.raises(CalcError) as err:
        _answer(q)
    assert err.value.kind == "unknown_model"


def test_a_stage_of_a_build_is_no_product():
    res = _answer("Phase-1 AIDC budget is $40M. B200 at $35k each, plus 40% for servers and network. how many GPUs?")
    assert fig(res, "gpus") > 0 and not res.unused


def test_energy_of_a_number_of_requests_at_a_stated_joules_per_token():
    res = _answer("每千次请求电费多少？每次输出400 token，每个token 0.5焦耳，电价0.6元一度")
    assert fig(res, "energy_per_requests_wh") == pytest.approx(1000 * 400 * 0.5 / 3600)
    assert not res.unused


def test_stated_gpu_years_checked_are_quoted_as_written():
    res = _answer("Paper says GPT-3 is 3.14e23 FLOPs. On V100 at 30% MFU, is 355 GPU-years the correct number?")
    assert "'355 GPU-years'" in res.headline
