"""Round 122 (Chinese elder-care operators, British and Italian motorsport IT, Nepali, and sealed sets from Chinese
cross-border e-commerce, Mexican and Colombian fintech, and Georgian): "入住老人大概1.2w" 12,000 residents (had been
named as not understood); a vendor's "3,000 tok/s" on "2 x L40S" checked against both cards' rate (had been one
card's); "150 yen to the dollar" credited as used; "in sterling at cable 1.27" a second currency asked; "70 of them"
after "Each race engineer" people (had been 70 GPUs); "20 runs of 40B tokens each" a training sweep (had been a
day's tokens); after the sealed sets: "17.2 per USD" a peso's rate (had been a yuan rate of 17.2), "双十一当天预计输出
token 20亿" a day's output (had been a corpus trained on), "同时在线…的有1.2万人" people at once (had been daily
users), "一卡时$1.2" a card-hour's rent (had been a budget of $1.2), "2e21 FLOPs的额度" a run's FLOPs (had been a
capacity: 5.3 million H800)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # elder-care residents and families counted as users
    ("我们院区入住老人大概1.5w，陪聊机器人每人每天20轮，Qwen2.5 7B 上 L40S 要几张？", {"users": 1.5e4}),
    ("家属端注册家属大概5万，日活比10%，每人每天问2次，Llama 3 8B 上 L4 要几张？", {"users": 5e4}),
    # people just described, counted with "of them"
    ("Each analyst burns about 30k output tokens a day on the tool; 120 of them across three offices. Llama 3 70B on "
     "H100 - how many GPUs?", {"users": 120}),
    # the turns of each item a person has
    ("Support bot: 40 agents, 5 escalations each a day, ~6 turns per escalation, 1k tokens in and 150 out per turn. "
     "Llama 3 8B on L4 - GPUs?", {"turns_per_session": 6, "queries_per_user": 5}),
    # runs of so many tokens: a training sweep
    ("Our HPC partner bills SUs, 1 SU = 1 GPU-hour on H100. The sweep is 12 runs of 30B tokens each on a 1B-param "
     "net. How many SUs?", {"train_tokens": 30e9, "runs": 12}),
    # a run moved to a box with its own count of cards
    ("The fine-tune took 5 days on 8 GPUs, A100 80GB. If we move it to the new H100 box, 16 cards, how many days?",
     {"gpus": 16, "from_gpus": 8}),
    # a rate said per dollar with no code, the amounts' currency named elsewhere
    ("our provider charges MXN 4.10 per million tokens (17.5 to the dollar). we push 1B tokens/day. vs 4 H100s at "
     "$2.20/hr — which is cheaper?", {"local_per_usd": 17.5}),
    ("at COP 650/kWh (4,050 per USD), 2B tokens/day at 0.4 J per token, PUE 1.3: monthly energy cost?",
     {"local_per_usd": 4050}),
    ("ablation runs of Llama 3 8B, 3B tokens each, 10 runs, H100 at USD 2.10/GPU-h, MFU 40%. total, and en pesos "
     "too (17.4)", {"local_per_usd": 17.4}),
    # a day's output in a Chinese sale-day question
    ("实测L40S跑Llama 3 8B单卡每秒3000 token，618当天预计输出token 30亿，要几张卡？", {"tokens_per_day": 3e9}),
    # people at once, said with a long clause between
    ("大促当天估计同时在线跟客服机器人聊的有8000人，每token 50ms，Llama 3 8B 放 L40S 上要几张？", {"concurrent_users": 8000}),
    ("could one DGX H100 serve Llama 3 70B for the audit copilot? 250 reviewers concurrent, 30 ms/token",
     {"concurrent_users": 250}),
    # a card-hour's rent, its currency's sign before the amount
    ("训一个10亿参数的小模型，5000亿token，H100一卡时$2.3，MFU 40%，总共多少钱？", {"rent_usd_per_hour": 2.3}),
    # a FLOPs quota for a run, its words glued on
    ("算力券给了8e21 FLOPs的额度，H100上MFU 40%，想7天跑完要几张卡？", {"train_flops": 8e21}),
    # qps foreseen at a peak
    ("大促期间qps峰值估计能到三百，输入1000 token，输出200，Llama 3 8B 用 H100，要多少张？", {"qps": 300}),
    # the cards' load kept below full
    ("2M requests a day, 1,000 in / 200 out, Llama 3 8B on L40S. how many if we keep them at 60%?",
     {"utilization": 0.6}),
    # lari at a stated rate
    ("We rent H100 at 6.5 GEL per GPU-hour, 1 USD = 2.7 GEL, 64 GPUs for a month: total?",
     {"rent_usd_per_hour": 6.5 / 2.7, "local_per_usd": 2.7}),
    # Nepali rupees written before the amount, at the stated rate
    ("32 L40S at 350 W, electricity NPR 12 per kWh, 1 USD = 135 NPR, PUE 1.3: monthly power bill?",
     {"electricity_usd_per_kwh": 12 / 135}),
    # (guards: pass before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round122_readings(q, expect):
    assert_params(q, expect)


def test_a_rate_claimed_for_several_cards_is_checked_against_their_rate_together():
    res = compute(parse("Vendor recons 4 x L40S can push 5,000 tok/s on Llama 3 8B in fp8. Sounds high, is that "
                        "realistic?"))
    total = next(f.value for f in res.figures if f.name == "tokens_per_s")
    ratio = next(f.value for f in res.figures if f.name.startswith("claimed_"))
    assert ratio == pytest.approx(5000 / total, rel=0.01)


def test_a_second_currency_asked_is_given_and_its_rate_used():
    res = compute(parse("Quote: 2x DGX H100 at €300k per box. Euro at 1.08 dollars. Total in US$, and in sterling at "
                        "cable 1.26?"))
    assert "£" in res.headline and not any("1.26" in u.text for u in res.unused)


def test_a_yen_rate_that_converted_a_price_is_not_named_unused():
    res = compute(parse("32 H100 SXM at ¥4.5m each, 150 yen to the dollar. What's that in US$ and £ (£1=$1.27)?"))
    assert not any("yen to the dollar" in u.text for u in res.unused)


def test_a_rate_far_from_the_yuans_with_no_yuan_said_is_no_yuan_rate():
    assert "usd_cny" not in parse("Budget 200 million MXN (we use 17.2 per USD), H100 at $31k each: how many?").params
