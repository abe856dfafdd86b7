"""Round 113 (Chinese short-video and livestream platforms, think-tank analysts writing memos, Danish engineers,
and sealed sets from Chinese logistics companies, US federal IT and procurement, Indian teams writing Hindi in
Devanagari): the scholar's "c." and "circa" as "about"; "output-tokens" hyphenated; "翻出来的英文" the answer a
translation makes; a vague time claimed ("真的十几天就够？"); a stated energy per token beside a token bill; a time
asked in one word ("-- days?"); "2x headroom for peak" with no time-to-first-token target the peak; a defense
cloud's impact level ("IL5") no chip; "300B additional tokens"; a volume named before "1200w"; "按5被算" (倍
mistyped); "每SU收12元"; a Danish reader ("mio.", "mia.", "pr.", "kr.", "$/t", "kurs 6,9"); Hindi in Devanagari
(its digits, लाख, करोड़, अरब, read through the romanised Hindi words); "₹84 = $1." at a sentence's end."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # think-tank English
    ("Assume PUE is c. 1.25 and c. 2,000 H100 SXM at 1 kW each. Power in MW?", {"pue": 1.25}),
    ("List price $30,000 per H100, a volume discount of c. 15%, 10,000 units. Capex?", {"discount": 0.15}),
    ("we generate 2 billion output-tokens a day with Llama 3.1 8B on L4. how many cards?", {"tokens_per_day": 2e9}),
    ("Need an estimate for continued pretraining of Llama 3 8B on 100B additional tokens, 64 H100 at 40% MFU: days?",
     {"train_tokens": 1e11}),
    ("Enclave deployment (IL6): 5,000 users, 10 queries a day each, Llama 3.1 8B on L40S. How many GPUs?",
     {"users": 5000, "queries_per_user": 10}),
    ("We measured 3,000 tok/s per GPU on H100 with Llama 3 8B. For 1B tokens/day, how many GPUs with 3x headroom "
     "for peak?", {"peak_factor": 3}),
    ("Prior run took 6 days on 16 A100 40GB. Follow-up on 16 H100 SXM with 30% better MFU than before -- days?",
     {"from_accelerator": "a100_sxm_40gb", "from_gpus": 16}),
    # Chinese
    ("中文小说翻成英文，每章约5000个汉字，翻出来的英文约3500 token，每天2万章，Qwen2.5 72B，H100几张？",
     {"output_tokens": 3500}),
    ("H200训练比A100快2倍，之前256张A100训一个13B要30天，换256张H200真的十几天就够？", {"claim": True}),
    ("日均调用量平时800w左右，Qwen2.5 7B，L40S要几张？", {"queries_per_day": 8e6}),
    ("日均请求500万，峰值按3被算，Qwen2.5 7B用L4要几张？", {"peak_factor": 3}),
    ("1 SU = 1个GPU卡时（H100），每SU收15元，训练要2万卡时，一共多少钱？", {"rent_cny_per_hour": 15}),
    # Danish
    ("Vi har ca. 2.500 medarbejdere, og hver laver 10 forespørgsler om dagen. Llama 3.1 8B på L4 – hvor mange kort "
     "skal vi bruge?", {"users": 2500, "queries_per_user": 10}),
    ("Hvad koster det at leje 16 H100 til 2,10 $/t i 2 måneder? Kurs 6,9", {"rent_usd_per_hour": 2.1,
                                                                           "local_per_usd": 6.9}),
    ("Vi behandler ca. 1,2 mia. output-tokens om dagen på Llama 3.1 8B. Hvor mange L4 kræver det?",
     {"tokens_per_day": 1.2e9}),
    # Hindi in Devanagari
    ("हमारे 20 लाख DAU हैं, हर user दिन में 6 queries करता है. Llama 3.1 8B को L4 पर चलाना है, कितने GPU लगेंगे?",
     {"users": 2e6, "queries_per_user": 6}),
    ("हम रोज़ 2 अरब tokens निकालते हैं, Llama 3.1 8B को L4 पर चलाना है, कितने GPU लगेंगे?", {"tokens_per_day": 2e9}),
    ("हमारा traffic हर 6 महीने में double हो रहा है. अभी 200 GPUs (H100) हैं. 2 साल बाद कितने चाहिए?",
     {"gpus": 200, "doubling_months": 6}),
    ("we charge ₹15 per million tokens, 1B tokens a day on Llama 3.1 8B. ₹84 = $1. revenue per month?",
     {"local_per_usd": 84}),
    # (guards: pass before and after; German writes "Mio." too, and is no Danish)
    ("how many H100s for 100M users?", {"users": 1e8}),
    ("Wie viele GPUs kriegen wir für 3,5 Mio. €, wenn die H100 PCIe 26.500 € kostet? Kurs 1,09 US$/€.",
     {"fx_rate": 1.09, "budget_usd": 3.815e6}),
])
def test_round113_readings(q, expect):
    assert_params(q, expect)


def test_a_stated_energy_per_token_prices_the_electricity_beside_a_token_bill():
    # the electricity had been the serving fleet's watts, the stated 0.4 J/token named as unused
    res = compute(parse("API at $1.00 per million output tokens, 500B tokens a day, on H100 at 0.4 J/token and "
                        "$0.10/kWh: yearly revenue vs electricity?"))
    # 5e11 tokens x 0.4 J / 3.6e6 J/kWh x 365.25 days x $0.10
    assert "US$2.03 million" in res.headline
    assert not res.unused
