"""Round 51 (logistics, cloud FinOps, content moderation, BPO and outsourcing, chip design, Chinese education
bureaus, power-market analysts, rambling voice-typed questions): a day's share of weekly users said as a count
("40M of them daily"), a power envelope keyed "site = 4 MW", a new generation's speed and its own count, the
seats of a contact centre, places with "2 cards each", a cost per 1k of any noun, a model family's variant
("DeepSeek-Coder-V2"), process nodes that are no chips, runs sized by MFU, what a text is (read or written) by
the words around it, corrections of a value right before the cue and of a doubling time, and a stated fleet
grown with its load."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    # a day's share counted, not cards
    ("60M weekly actives, roughly 15M of them daily, 5 calls each, Llama 3 8B on L4. gpus?", {"dau_per_wau": 0.25}),
    # a power envelope keyed by its site
    ("site = 10 MW. how many B200 at 1.4 kW/GPU all-in, PUE 1.25?", {"power_mw": 10}),
    # seats and places
    ("a 3,000-seat call centre, each agent ~40 queries a day, Llama 3 8B on L40S, how many cards?",
     {"users": 3000}),
    ("90 depots, 2 cards each (L4), Llama 3.1 8B; 4,500 dispatchers at 20 queries a day. enough?",
     {"servers": 90, "gpus_per_server": 2}),
    ("300 engineers in RTL + verification teams, ~25 requests/engineer/day, Llama 3.1 8B on L40S. GPUs?",
     {"users": 300}),
    # a cost per 1k of any noun; "cheaper per" a cost asked
    ("cost per 1k label checks on L40S at $0.90/hr? Llama 3.1 8B, ~400 tokens in, 10 out", {"per_requests": 1000}),
    ("L4 vs L40S, which is cheaper per 1k requests for Llama 3 8B? $0.45/hr vs $0.95/hr respectively",
     {"per_requests": 1000}),
    # what is read and what is written
    ("field reports avg 400 words, 1 token ≈ 0.75 words; 8,000 reports a day, summarised by Llama 3.1 8B on L4. cards?",
     {"input_tokens": 400 / 0.75}),
    ("we email personalised ~800-word weekly digests to 50k readers, Llama 3 8B, 1 token ≈ 0.75 words; L4s?",
     {"output_tokens": 800 / 0.75}),
    ("每天给5000个门店生成经营日报，每篇2000字，按1.5个字约等于1个token，用Qwen2.5-72B在H20上，要几张卡？",
     {"output_tokens": 2000 / 1.5}),
    ("学生作文平均600字，按1.5字符≈1 token，评语约200字，每天批改10万篇，Qwen2.5 72B用H20要几张？",
     {"input_tokens": 400, "output_tokens": 200 / 1.5}),
    ("每天生成练习题约20万道，每道输出500 token，Qwen2.5 7B用L40S要几张？", {"queries_per_day": 200_000}),
    # runs sized by MFU
    ("sweep: 12 runs of a 3B model, 60B tokens each, on H100 at 40% MFU. GPU-hours?",
     {"runs": 12, "train_tokens": 6e10, "mfu": 0.4}),
    # corrections
    ("train a 13B on 2T tokens on 512 H100 at 45% MFU, wait no, more like 40% MFU. days?", {"mfu": 0.4}),
    ("they quoted H100s at $2.40/hr with 10% off, no wait it was 15% off, 256 GPUs for 3 months. total?",
     {"discount": 0.15}),
    ("Llama 3 8B on 1T tokens, 128 H100 at 50% MFU, or like 42%, let's just say 42% MFU. days?", {"mfu": 0.42}),
])
def test_round51_readings(q, expect):
    assert_read(q, expect)


def test_a_doubling_time_corrected_stays_a_doubling():
    res = compute(parse("how many months for compute to grow 100x if it doubles every 8 months? wait no, "
                        "every 7 months."))
    assert res.intent == "growth" and fig(res, "months") == pytest.approx(7 * 6.6439, rel=0.01)


def test_a_new_generation_is_the_faster_with_its_own_count():
    res = compute(parse("我们现在256张A100训一次要40天。听说新一代快3倍，换成128张H100要几天？"))
    assert fig(res, "train_days") == pytest.approx(40 * 256 / 128 / 3, rel=0.01)


def test_a_generic_count_then_its_cards_after_a_comma():
    res = compute(parse("B200 is 2x faster than Hopper; our run takes 30 days on 1,024 GPUs, H100s. how long on "
                        "512 of the new ones?"))
    assert fig(res, "train_days") == pytest.approx(30.0)
    res = compute(parse("moving from V100 to A100: the fleet is 256 gpus, A100 is ~3x faster for us. how many to "
                        "match?"))
    assert fig(res, "gpus") < 256


def test_a_stated_fleet_grows_with_its_load():
    res = compute(parse("We serve 500 QPS on 20 L40S today and traffic doubles every 6 months. Cards in a year?"))
    assert res.intent == "growth" and fig(res, "gpus") == pytest.approx(80) and fig(res, "qps_grown") == 2000


def test_rent_saved_by_a_faster_same_run():
    res = compute(parse("last run took 20 days on 256 H100. new kernels give 25% better MFU. $ saved at $2/hr?"))
    assert fig(res, "cost_saved_usd") == pytest.approx((20 - 16) * 24 * 256 * 2, rel=0.01)


def test_a_lease_over_the_bill_period():
    res = compute(parse("edge rollout on L4: 800 shops, 2 cards per shop, Llama 3 8B int4, lease $0.50/GPU-hr, "
                        "72 W/card. monthly burn + total kW?"))
    rent = 1600 * 0.5 * 24 * 30.4375
    assert fig(res, "lease_usd" if res.intent == "power" else "cost_usd") == pytest.approx(rent, rel=0.01)


@pytest.mark.parametrize("q,kind", [
    ("用DeepSeek-Math做题库解析，每天10万次，H20要几张？", "unknown_model"),
    ("Qwen-VL... no: DeepSeek-VL2 for document OCR, 1M pages a day, how many H100?", "unknown_model"),
])
def test_a_family_variant_is_unknown(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind


def test_a_process_node_is_no_chip():
    got = read("train a 7B verification model on 300B tokens before the N2 tapeout, 40 days out, H100 at 40% MFU. "
               "how many GPUs?")
    assert got.get("accelerator") == "h100_sxm" and got.get("days") == 40
