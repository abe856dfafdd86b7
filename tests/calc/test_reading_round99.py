"""Round 99 (Chinese university research groups, game-studio engineers, Israeli and Greek founders' English,
and sealed sets from Chinese provincial telecom operators, telecom NOC engineers and Pakistani/Bangladeshi
founders): shekels (₪, NIS, ILS) at a stated rate, "total in NIS at 3.7", a raise named after its amount ("₪40M
round"); Greek and Hebrew words read as English (calc/greek, calc/hebrew); Chinese ablations and seeds counted as
runs, "150万的设备费" a budget, "一年大概用5万卡时" a year's use and its grown cost at a stated rate, a corpus in
words; a speed ratio said before both cards favours the card moved to; lines and replies a minute, "~900 in"
after "with", "a couple dozen", "DAU/MAU sits around", "F2P" no model, "a 3x launch-week spike", racks free
somewhere "35 kW each", "prompts around 500 tokens"; romanised Bangla (calc/bangla), Hinglish months, weeks and
"X se Y", rupees bound to the rate's PKR, "1$=280", taka, a busy hour "BH", "touch it daily", "2M-sub",
"1$=150 yen"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("pretrain a 3B model on 1T tokens, 128 H100s, 40% MFU; the cloud charges ₪9 per GPU hour (1$ = 3.6 ₪)",
     {"rent_usd_per_hour": 2.5, "local_per_usd": 3.6}),
    ("Closed a ₪30M round, 1 USD = 3.75 NIS. Half of it on GPUs: how many H100 at $27K each?",
     {"budget_usd": 8e6, "budget_share": 0.5, "price_usd": 27000}),
    ("Lambda quote: H100 at $2.5/hr, 128 GPUs for 6 months. total in NIS at 3.6?", {"local_per_usd": 3.6}),
    ("Έχουμε 4 εκατομμύρια MAU, DAU/MAU around 20%, each DAU sends 5 msgs/day. Llama 3.1 8B on L4, πόσες;",
     {"users": 4e6, "dau_per_mau": 0.2, "queries_per_user": 5}),
    ("at ~0.4 J per token we generate 2B tokens ביום, how many MW with PUE 1.3?", {"tokens_per_day": 2e9}),
    ("基金申请书：计划做20组消融，每组在 Llama 3 8B 上继续预训练10B token，H100 MFU 40%，总共多少卡时？", {"runs": 20}),
    ("审稿意见要补3个seed各跑一遍，每次Qwen2.5 7B训30B token，32张H800，MFU 38%，一共几天？", {"runs": 3}),
    ("H100海外价大概2.5万刀一张，汇率7.2，我们80万的设备费能买几张？", {"budget_cny": 8e5}),
    ("现在一年大概用8万卡时，每年涨50%，2年后一年要多少卡时？按12元/卡时预算多少",
     {"gpu_hours": 8e4, "rent_cny_per_hour": 12, "period_months": 24}),
    ("语料大概30亿个单词，按1 token≈0.75个单词换算，训一个7B模型，16张H100，MFU 40%，要几天？", {"train_tokens": 4e9}),
    ("the rep says training is 2x faster: our job takes 30 days on 128 H100, on 64 B200 how many days?",
     {"from_gpus": 128, "gpus": 64, "from_accelerator": "h100_sxm", "accelerator": "b200"}),
    ("the tavern NPCs average ~30,000 replies per minute, each ~80 tokens out with ~1,200 in. Llama 3 8B on L4?",
     {"qps": 500, "output_tokens": 80, "input_tokens": 1200}),
    ("we run a couple dozen H100 today and DAU goes from 200k to 2M after launch, how many after?", {"gpus": 24}),
    ("8M MAU, DAU/MAU hovers around 30%, 10 chats a day, Llama 3 8B on L40S. how many?", {"dau_per_mau": 0.3}),
    ("if peak CCU goes 5x for the F2P launch, from 20k, how many more L40S on top of the 16 we have?",
     {"gpus": 16, "factor": 5}),
    ("2M DAU, 20 chats a day, Mistral 7B on L40S, plan for a 4x holiday surge. how many cards?", {"peak_factor": 4}),
    ("We have 30 racks free in a colo in Athens, 40 kW each. How many HGX H100 fit, at 10.2 kW per server?",
     {"server_power_cap_w": 40000, "racks": 30}),
    ("avg answer is ~1,200 characters of english, ~4 chars per token, prompts around 800 tokens. 5M answers a day, "
     "Llama 3.1 8B on L40S. how many?", {"input_tokens": 800, "output_tokens": 300}),
    ("amader app e 20 lakh DAU, prottek user din e 6 ta message pathay, Llama 3 8B on L4 — koto gulo GPU lagbe?",
     {"users": 2e6, "queries_per_user": 6}),
    ("amader user base protibochhor 50% grow korche, ekhon 5 lakh DAU. 2 bochhor pore koto GPU lagbe? ekhon 8 ta L4",
     {"growth_rate_year": 0.5, "gpus": 8}),
    ("local provider H100 ka rent Rs 560 per hour maang raha hai (1 USD = 280 PKR). 16 GPUs 2 hafte ke liye, kitna?",
     {"rent_usd_per_hour": 2, "days": 14}),
    ("8 H100 at $25k each, aur kitna PKR banega? 1$=280", {"local_per_usd": 280}),
    ("ek bank 2 DGX H100 lena chahta hai, $300k per server, networking aur installation alag se 20% extra",
     {"all_in_multiple": 1.2}),
    ("avg 800 req/s, BH factor 2, 500 in / 150 out, Llama 3 8B on L4. count?", {"peak_factor": 2}),
    ("vendor says 16 GPUs is enough (H100) for our 3M-sub care bot on Llama 3 8B, subs do ~5 msgs/day",
     {"users": 3e6}),
    ("10M subs, about 20% of them touch it daily, 3 chats each, Llama 3 8B on L4. how many?", {"dau_per_mau": 0.2}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round99_readings(q, expect):
    assert_params(q, expect)


def test_a_years_use_grows_into_a_cost_at_the_stated_rate():
    res = compute(parse("课题组现在一年大概用5万卡时，每年涨80%，3年后一年要多少卡时？按10元/卡时预算得涨到多少"))
    assert fig(res, "cost_cny") == pytest.approx(5e4 * 1.8 ** 3 * 10, rel=0.01) and not res.unused


def test_shekels_at_a_stated_rate_give_the_answer_in_shekels():
    res = compute(parse("rent 64 H100 at ₪7.2 per GPU hour for 30 days (1$ = 3.6 ₪), total?"))
    assert "ILS" in res.headline and not res.unused


def test_a_bengali_language_model_size_is_no_unknown_name():
    res = compute(parse("Bangla 1B model, 40B tokens, 16 H100 SXM, MFU 30%, how many days?"))
    assert res.intent == "training"


def test_yen_at_a_dollar_written_first():
    r = parse("JP affiliate quote: L40S ¥1.2M each, 10 cards, 1$=150 yen. total in $?")
    assert r.params.get("price_usd") == pytest.approx(1.2e6 / 150) and r.params.get("fx_from") == "jpy"
