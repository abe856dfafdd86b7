"""Round 103 (Chinese manufacturing engineers, Indian enterprise IT, homelab hobbyists, and sealed sets from server
OEM sales engineers, engineers in Portugal and East and West African engineers): the staff named by their job
("两千个质检员"), each run's cards ("每组8张A100"), a roll-out's target ("推到全集团8000人"), a charge per
workstation ("每个工位每月收费200元"); "USD-INR 83.2", "in USD at 83.9" beside rupee amounts, "16 HGX H100
servers at ₹3.4 Cr each", "card price approx $25k"; "last quarter we trained … in 18 days"; people counted
("family of 5", "10 friends"), "2 at once", "a single user chatting"; Portugal's "metade do orçamento for para
GPUs", "cada H100 custar"; names said to be LLMs in brackets."""

from __future__ import annotations

import pytest

from calc import CalcError, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("产线上大概五百个操作员，每人每天二十次左右，输入800 token，输出200 token，Qwen2.5 7B在L4上，要几张？",
     {"users": 500}),
    ("一共跑十组实验，每组Llama 2 7B在2亿token上训1个epoch，每组4张H100，MFU 40%，串行要几天？", {"gpus": 4}),
    ("试点阶段100个用户，明年要推到全公司5000人，现在L4用了1张跑Qwen2.5 7B，到时候要加到多少张？",
     {"users_to": 5000}),
    ("每个工位每月收费150元，800个工位，每个工位每天提问30次，Qwen2.5 7B在L40S上，毛利如何", {"cny_per_user_month": 150}),
    ("Option: buy 8 HGX H100 servers at ₹3.2 Cr each. USD-INR 83. Total in USD?", {"server_price_usd": 3.2e7 / 83}),
    ("OEM quote: ₹4 crore per server for H200 SXM servers (8 GPUs each), 10 servers. Total in USD at 84?",
     {"local_per_usd": 84}),
    ("MI300X has 192GB HBM3 per GPU, HBM at approx $15/GB. Card price approx $20k. What % of card cost is HBM?",
     {"price_usd": 20000}),
    ("Last quarter we trained a 7B model in 12 days on 64 A100 80GB at 35% MFU. Now 64 H100 SXM, how many days?",
     {"days": 12}),
    ("tok/s from llama 3.1 8b at q4 on a 4090 for my household of 4, maybe 2 at once max?",
     {"users": 4, "concurrent_users": 2}),
    ("is 1x 4090 enough for mistral 7b to like 6 friends on discord? each sends 20 msgs a day", {"users": 6}),
    ("mistral 7b vs llama 3.1 8b tok/s on an L4 at fp16, which is faster for a single user chatting?",
     {"concurrent_users": 1}),
    ("Temos 2 milhões de euros. Se metade do orçamento for para GPUs e cada H200 custar 30 mil €, quantas? "
     "1,08 dólares por euro.", {"budget_share": 0.5, "price_usd": 30000 * 1.08}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round103_readings(q, expect):
    assert_params(q, expect)


def test_a_name_said_in_brackets_to_be_an_llm_is_an_unknown_model():
    with pytest.raises(CalcError) as e:
        parse("Quantas L40S para servir o SABIAZINHO (o LLM da empresa) a 10 mil utilizadores por dia?")
    assert e.value.kind == "unknown_model"


@pytest.mark.parametrize("q,expect", [
    # (after the sealed sets: East and West African currencies at the rates stated)
    ("We rent H100s, 16 GPUs for 5 days at $2.50/hr per GPU. Total in RWF, 1 USD = 1,400 RWF?", {"local_per_usd": 1400}),
    ("Tariff is UGX 740 per kWh and the rate is 3,700 shillings to the dollar. 8 H100 at 1 kW each, monthly bill?",
     {"electricity_usd_per_kwh": 0.2, "local_per_usd": 3700}),
    ("A budget of TZS 13.25 billion (1 USD = 2,650 TZS). H200 SXM at $32k each, how many?", {"budget_usd": 5e6}),
    ("We charge ETB 125 per user per month (1 USD = 125 ETB), 10,000 users, Llama 3.1 8B on L4: margin?",
     {"usd_per_user_month": 1.0}),
    ("We resell at GH₵ 9 per million tokens (GH₵15 = $1). What margin on L40S at $0.95/hr?",
     {"usd_per_million_tokens": 0.6}),
])
def test_round103_african_currencies(q, expect):
    assert_params(q, expect)
