"""Round 62 (game studios, hospital IT, Malaysian and Singaporean startups; Chinese self-media writers,
procurement notes, Chinese homework problems): amounts in ringgit with their dollar twin, medical codes that
are no chips, a prompt and a draft told apart by their words, beds as the people served, a day's token volume,
dialogues as requests, a monthly card's price, a mixed-case model name with its size, each card's price said
with "each", a hedge "say" that is no one saying it, the cost of a block of requests at a measured rate."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # a prompt and a draft told apart by their words, not their order
    ("90 pathologists, each signs 40 cases a day, prompt is slide findings + history ≈ 2,200 tokens, draft "
     "report ~400 tokens. Llama 3.1 70B on H200, how many GPUs?", {"input_tokens": 2200, "output_tokens": 400}),
    ("our pathology reports average 600 words and the LLM drafts an impression of ~90 words. At 1.3 tokens per "
     "word, 3,000 reports a day on Llama 3 8B, how many L4s?", {"input_tokens": 600 * 1.3, "output_tokens": 90 * 1.3}),
    # beds as the people served, each bed's notes
    ("全院800张床位，每张床每天生成3份护理记录，每份输入1000个token、输出150个token，Llama 3 8B在L4上要几张？",
     {"users": 800, "queries_per_user": 3}),
    # a day's volume said before it
    ("one H200 does ~3,000 output tok/s on Llama 3.1 8B. Daily we need 900M output tokens. How many GPUs?",
     {"tokens_per_day": 9e8}),
    # dialogues are requests
    ("5M DAU, each triggers 8 NPC dialogues at ~120 tokens, Llama 3.1 8B on L40S, how many cards?",
     {"queries_per_user": 8}),
    # a monthly card's price
    ("季卡每月收费25元，10万付费用户，每人每天3000 token，Qwen2.5-7B，H20每卡每小时7元，成本覆盖得了吗？",
     {"cny_per_user_month": 25}),
    # each card's price said with "each"
    ("raised US$5M, 50% on GPUs, H100 each ~US$27k, how many can we buy?", {"price_usd": 27000}),
    # "say 25%" is a hedge, not someone saying it
    ("DGX H200 at US$400k per box, 10 boxes, plus network and storage say 30% extra, total?",
     {"all_in_multiple": 1.3}),
])
def test_round62_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "rent H100 at RM11.80/hr (~US$2.50/hr), 7B model on 300B tokens at 40% MFU, total cost?",
    "Budget RM8 million (about USD 1.8M) for GPUs, H100 at US$28k each, how many?",
])
def test_ringgit_with_a_dollar_twin_is_no_chip_and_the_twin_is_used(q):
    res = _answer(q)
    assert any("RM" in u.text for u in res.unused)
    assert any(i.param in ("rent_usd_per_hour", "budget_usd") for i in res.inputs)


def test_a_medical_code_is_no_chip():
    res = _answer("Llama 3.1 8B on L40S for ICD-10 coding, 300k charts/day, 3k tokens in, 50 out, how many cards?")
    assert res.intent == "fleet" and not res.unused


def test_a_mixed_case_name_with_its_size_is_an_unknown_model():
    with pytest.raises(CalcError) as e:
        _answer("serve SeaLLaM 7B for 10k users, 5 questions a day, how many L4?")
    assert e.value.kind == "unknown_model"


def test_a_block_of_requests_at_a_measured_rate_is_priced():
    res = _answer("cost per 1,000 radiology reports on 8 GPUs (H100 SXM) at $2.20/hr, seeing 2,000 tok/s per GPU, "
                  "~500 tokens per report?")
    assert res.intent == "throughput" and not res.unused


def test_a_colleague_saying_a_figure_is_a_claim_checked():
    # (a guard: "say" alone is now no claim, "my boss say" still is)
    res = _answer("B200 ~2,250 TFLOPS dense fp8, we want 1e20 FLOP/s. how many GPUs? my boss say 45k, correct or not?")
    assert any(i.param == "claimed_value" for i in res.inputs)


def test_a_total_said_to_exceed_a_figure_is_a_claim_checked():
    res = _answer("传闻某厂今年采购10万张H20，每张约11万元，总花费就超110亿？算下对不对")
    assert any(i.param == "claimed_value" for i in res.inputs) and not res.unused


def test_energy_in_du_claimed_is_checked_in_watt_hours():
    res = _answer("网上说“每生成1000个token耗电0.3度”，靠谱吗？按H100每卡700W、实测单卡每秒2500 token算")
    claim = next(f for f in res.figures if f.name == "claimed_claimed_value")
    assert claim.value > 100 and not res.unused


def test_a_service_sized_as_the_model_it_is_supposed_to_be():
    res = _answer("ChatGPT reportedly serves 50 billion words a day. At 0.75 words per token, how many H200s "
                  "would that take if it were Llama 3 70B?")
    assert "Llama 3 70B" in res.headline and "GPT-3" not in res.headline and not res.unused


def test_the_rent_saved_when_the_same_run_reaches_a_higher_mfu():
    res = _answer("last run: H100, 512 cards, 30 days, 35% MFU; if MFU goes to 45% on the same cards, savings "
                  "@ $2.00/hr?")
    saved = res.figure("cost_saved_usd").value
    assert saved == pytest.approx((30 - 30 * 0.35 / 0.45) * 24 * 512 * 2.0, rel=1e-3)


def test_the_whole_budget_said_in_words_and_an_exercise_number():
    res = _answer("【习题7】已知某公司预算10亿元人民币，全部用于采购H20，单卡按10万元计，求可购买的卡数。")
    assert any(i.param == "budget_share" for i in res.inputs) and not res.unused
