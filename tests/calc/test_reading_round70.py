"""Round 70 (insurance actuaries and claims teams, Nordic hydro and geothermal data centres, K-12 edtech in China
and Southeast Asia, and sealed sets from Chinese university HPC centres, Chinese autonomous-driving companies and
African telecoms): kroner, krónur, baht, dong and the rest as foreign money whose US$ twin is used, with the unit
said after the amount or after the twin ("0,38 NOK/kWh ≈ US$0.036", "1.1M THB (~US$32k) per card"); "瑞典克朗";
Nordic price zones ("SE1"); "每个 token 约 1.4 个汉字"; "每台 8卡 H20 服务器按 120万元"; "2,048 cards, H200 this
time"; a computing centre's "Sigma2 allocation"; a growth to a stated value ("when do we reach 16,000 GPUs?"), and
the time a stated multiple takes beside the answer for it; "+35% for network/racks" after a budget share; cards "per
centre"; "40% of that daily"; "家长每月付29元"; policyholders counted; "service units: 1 SU = …"; "PolicyLens-20B"
is no purchase-order number."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # a foreign amount per kWh or per hour, its twin said about equal: the twin is that price
    ("Our Bergen hall: 2,048 H100 at ~1.0 kW each, PUE 1.15, power 0,52 NOK/kWh ≈ US$0.048. Yearly bill?",
     {"electricity_usd_per_kwh": 0.048, "gpus": 2048}),
    ("Tariff is 9 ISK per kWh (about US$0.065) and we run 1,000 H200 at 1.2 kW each. Monthly power cost?",
     {"electricity_usd_per_kwh": 0.065}),
    ("Cloud in Stockholm charges 31 SEK/hr (≈ US$2.90) per H100. 256 GPUs for 6 months, what's the bill?",
     {"rent_usd_per_hour": 2.90, "gpus": 256}),
    ("Lagos colo power is ₦250/kWh (~$0.16/kWh). 128 H100 at 1.1 kW each, PUE 1.5: monthly bill?",
     {"electricity_usd_per_kwh": 0.16}),
    # a twin said in brackets, the unit after the bracket
    ("Buy 64x H100 at 950k ZAR (~US$52k) per card, or rent at $2.6/hr per GPU over 3 years?",
     {"price_usd": 52_000, "gpus": 64, "rent_usd_per_hour": 2.6}),
    ("A B200 box costs KES 58M (about US$450k) per server. How many for a US$9M budget?",
     {"server_price_usd": 450_000, "budget_usd": 9e6}),
    ("Subscription is 149k VND/month (~US$5.9) per student, each burns ~40k output tokens a day on Llama 3.1 8B "
     "on L4 rented at $0.44/hr. GPU cost per user?", {"usd_per_user_month": 5.9, "tokens_per_user_day": 40_000}),
    # a Nordic currency said in Chinese, beside its US$ twin
    ("我们挪威机房电价 0.45 挪威克朗/度(约0.042美元),1000 张 H100 每张 1 千瓦,PUE 1.1,一年电费多少?",
     {"electricity_usd_per_kwh": 0.042}),
    # characters per token, said of each token
    ("每条回复大概 700 字,每个 token 约 1.4 个汉字,每天 50万次 请求,Qwen2.5 7B 在 L40S 上,要几张卡?",
     {"tokens_per_character": 1 / 1.4, "output_tokens": 500}),
    # a server's price said with its cards and the card's name
    ("每台 8卡 H800 服务器按 200万元,预算 2亿元,能买多少台?", {"server_price_cny": 2e6, "budget_cny": 2e8}),
    # a computing centre's allocation named with digits
    ("The ARCHER2 allocation is 400k SU, where 1 SU = 0.5 GPU-hour on MI250X. Enough for Llama 3 8B on 200B tokens "
     "at 35% MFU?", {"gpu_hours": 200_000, "gpu_hours_per_su": 0.5}),
    ("Group HPC bills in service units: 1 SU = 2 GPU-hours on H100. The fine-tune needs 30k SU. Days on 32 GPUs?",
     {"gpu_hours": 60_000, "gpus": 32}),
    # the build's share after a budget's share
    ("We raised $10M, ~60% of it on GPUs. H200 at ~$30k each. How many, and if all-in is +40% for network/racks?",
     {"budget_share": 0.6, "all_in_multiple": 1.4}),
    # cards said per place, some words after the places
    ("we put edge boxes in 600 tutoring centres around Vietnam, 2 cards per centre (L4), running Llama 3 8B int8. "
     "20k concurrent students at peak. enough at 50 ms/token?", {"gpus_per_server": 2, "concurrent_users": 20_000}),
    # the daily share "of that"
    ("monthly actives ~9M, maybe 25% of that daily, 6 chats a day each, Llama 3 70B on H100: GPUs?",
     {"dau_per_mau": 0.25}),
    # who pays a month, named
    ("家长每月付39元,每个孩子每天大约用1万个输出token,Qwen2.5 7B 跑在 L40S 上,租金每卡每小时6元,毛利多少?",
     {"cny_per_user_month": 39}),
    ("患者每月付19元会员费,每人每天用5000个输出token,Qwen2.5 7B 在 L4 上,租金每卡每小时3元,毛利?",
     {"cny_per_user_month": 19}),
    # people of a trade counted
    ("~800k insureds active daily, each opens 2 chats/day, prompt 1,200 tokens, reply 250 tokens, Llama 3.1 8B on "
     "L40S. GPUs?", {"users": 800_000, "queries_per_user": 2}),
    ("~1.2M parents active daily, each opens maybe 2 chats/day, Llama 3.1 8B on L40S. GPUs?", {"users": 1.2e6}),
    ("3M policyholders a month, DAU/MAU 10%, 1.5 chats a day, Llama 3 70B on H100. How many?",
     {"users": 3e6, "dau_per_mau": 0.1}),
])
def test_round70_readings(q, expect):
    assert_params(q, expect)


def test_a_foreign_amount_with_its_twin_is_named_and_the_twin_used():
    res = _answer("Rent or buy? 256 GPUs (H100) for 12 months. Cloud is US$2.80/hr per GPU (≈30 NOK). Power is "
                  "0,40 NOK/kWh ≈ US$0.037. Buying is US$25k per GPU. Which is cheaper?")
    assert not any("could not tell" in u.reason for u in res.unused)
    assert {u.text for u in res.unused} == {"30 NOK", "0,40 NOK/kWh"}
    assert "US$0.037" in {i.text for i in res.inputs}


@pytest.mark.parametrize("q", [
    "瑞典 SE3 电价区,电价 0.5 瑞典克朗/千瓦时(约0.047美元),500 台 HGX H100,每台 10 千瓦,一年电费?",
    "Our NO2 site has 1,024 H100 at 1 kW each, power US$0.05/kWh. Yearly bill?",
])
def test_a_price_zone_is_no_product(q):
    res = _answer(q)
    assert res.intent == "power"


def test_a_run_moved_to_a_card_named_after_its_count():
    res = _answer("Last run took 30 days with 512 A100 80GB. Next one: same data, 1,024 cards, H100 this time. "
                  "How many days?")
    assert res.intent == "training"
    assert parse("Last run took 30 days with 512 A100 80GB. Next one: same data, 1,024 cards, H100 this time. "
                 "How many days?").params["from_gpus"] == 512
    assert fig(res, "train_days") < 15


@pytest.mark.parametrize("q,months", [
    ("We run 1,000 GPUs today, doubling every 6 months. When do we reach 8,000 GPUs?", 18),
    ("从 10 MW 增长到 80 MW，每 9 个月翻一番，需要多久？", 27),
    ("We have 300 servers, growing 50% a year. When do we hit 1,350 servers?", 12 * 3.709),
])
def test_a_growth_to_a_stated_value(q, months):
    res = _answer(q)
    assert res.intent == "growth"
    assert fig(res, "months") == pytest.approx(months, rel=0.01)
    assert not res.unused


def test_the_time_a_stated_multiple_takes_beside_its_answer():
    res = _answer("We have 10 MW of IT load today. If demand grows 4x and keeps doubling every 9 months, when do "
                  "we get there, and how many B200 would that power at 1.5 kW per GPU?")
    assert res.intent == "power"
    assert fig(res, "months") == pytest.approx(18)
    assert res.headline.startswith("4x in 18.0 months")
    assert not res.unused


def test_a_name_beginning_with_a_reference_word_is_kept():
    with pytest.raises(CalcError) as e:
        parse("Can 8 H100 SXM serve PolicyLens-20B for 3,000 agents at peak?")
    assert e.value.kind == "unknown_model" and "PolicyLens-20B" in str(e.value)
    with pytest.raises(CalcError) as e:
        parse("Will 4 L40S run Ticketeer-7B for our helpdesk at 50 QPS?")
    assert e.value.kind == "unknown_model"
    # (a reference number is still blanked: "PO-77310 covers 64 H100")
    assert parse("PO-77310 covers 64 H100 at $25k each, total?").params["gpus"] == 64


@pytest.mark.parametrize("q,expect", [
    # rand, "R" before the amount, beside its US$ twin
    ("Board approved R250m (~US$13.5M) for GPUs at our Durban site, H200 at about US$32k each. How many?",
     {"budget_usd": 13.5e6, "price_usd": 32_000}),
    ("Local cloud quotes R48/GPU-hr (≈US$2.60/hr) for 128 H100 over 3 months, 10% off if we commit. Total?",
     {"rent_usd_per_hour": 2.60, "gpus": 128, "discount": 0.10}),
    # a foreign amount "each", its twin in brackets; and one per hour, its twin per hour, then "per GPU"
    ("Buying is KES 3.9M each (about US$30k) for 32 cards, H100; renting is KES 390/hr (~US$3.0/hr) per GPU. "
     "Power KES 22/kWh (≈US$0.17/kWh). Rent or buy over 2 years?",
     {"price_usd": 30_000, "rent_usd_per_hour": 3.0, "electricity_usd_per_kwh": 0.17}),
    # a colocation site named after its operator
    ("Teraco CT1 gave us 8 racks at 20 kVA each, pf 0.9. How many HGX H100 at ~10.2 kW each fit?",
     {"racks": 8, "watts_per_server": 10_200}),
    # MFU points gained, said after "gets us" or with a plus sign alone
    ("our 13B pretrain on 256 cards H100 runs at MFU 34%. if profiling gets us 5 points higher, how many days we "
     "save on 2T tokens?", {"mfu": 0.34, "mfu_gain_points": 0.05}),
    ("MFU was only 30% on the last 3B run; with better overlap we reckon +7 points. it took 10 days, how long now?",
     {"mfu_gain_points": 0.07, "days": 10}),
    # monthly actives with a bracket after them; a daily share said with a hedge
    ("We have 80k monthly active (staff+students), DAU/MAU about 30%, 6 questions each, Llama 3.1 8B on L4. Cards?",
     {"users": 80_000, "dau_per_mau": 0.3}),
    ("~40M monthly actives, DAU/MAU maybe 20%, 3 questions a day, Llama 3.1 8B on L40S. How many?",
     {"dau_per_mau": 0.2}),
    # (a guard: read so before this round too)
    ("~10M weekly actives, DAU/WAU probably 35%, 4 chats a day, Llama 3.1 8B on L40S. How many?",
     {"dau_per_wau": 0.35}),
    # a text read, measured in characters, beside the answer's own tokens
    ("We translate 20,000 product pages a day. Page ~3,000 characters, about 4 characters per token, 600-token "
     "answer. Llama 3 8B on L4, how many cards?", {"input_tokens": 750, "output_tokens": 600}),
    # a size before a hyphenated model word
    ("Our 3B vision-language model on L4 in INT8: how many tokens per second per card?", {"params": 3e9}),
    # places named by their kind
    ("Inference runs in 8 regional clouds, 32 cards/region of H100, 5M daily users, 4 chats a day. Enough?",
     {"servers": 8, "gpus_per_server": 32}),
    ("900k daily users over 30 county sites, each site gets its own cards. Llama 3 8B, 6 queries a day, peak 2x. "
     "L4 per site?", {"sites": 30}),
    # what each car pays a month, the cars counted
    ("车载助手按每车每月 2 美元收费，日活 80 万车，每车每天 10 次，输出 120 token，H100 租 2 美元/小时，赚钱吗？",
     {"usd_per_user_month": 2, "users": 8e5, "queries_per_user": 10}),
])
def test_round70_sealed_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "We measured 2,400 tok/s per GPU on Llama 3 8B on H100 in FP8 at batch 32. Is that reasonable vs theory?",
    "实测 H20 上跑 Qwen2.5 72B 每卡 300 tokens/s，并发 32，这个合理吗？",
])
def test_a_measured_rate_is_set_against_the_model(q):
    res = _answer(q)
    assert res.intent == "throughput"
    measured, modeled = fig(res, "measured_tokens_per_s_per_gpu"), fig(res, "tokens_per_s_per_gpu")
    assert fig(res, "measured_vs_model") == pytest.approx(measured / modeled)
    assert not res.unused


def test_a_measured_rate_at_a_batch_is_modelled_at_that_batch():
    at_32 = _answer("We measured 2,400 tok/s per GPU on Llama 3 8B on H100 in FP8 at batch 32. Is that reasonable?")
    at_128 = _answer("We measured 2,400 tok/s per GPU on Llama 3 8B on H100 in FP8 at batch 128. Is that reasonable?")
    assert fig(at_32, "tokens_per_s_per_gpu") < fig(at_128, "tokens_per_s_per_gpu")
    assert fig(at_32, "batch") == 32


def test_an_input_only_volume_is_named_as_input():
    res = _answer("We feed 30B input tokens a day to a VLM API at $0.12 per million input tokens. Monthly bill?")
    assert "input tokens" in res.headline
    assert fig(res, "cost_per_day_usd") == pytest.approx(30e9 / 1e6 * 0.12)
    assert any("input" in a.label for a in res.assumptions)


def test_naira_per_hour_beside_its_twin_is_no_budget():
    q = ("Pretrain Llama 3 8B on 200B tokens, 2 epochs, A100 80GB, 64 of them, ~45% MFU. How many days, and cost at "
         "₦2,800/hr (roughly US$1.80/hr) per GPU?")
    params = parse(q).params
    assert params["rent_usd_per_hour"] == pytest.approx(1.80)
    assert "budget_usd" not in params and "price_usd" not in params


def test_the_runs_compute_grown_by_a_multiple_is_billed():
    res = _answer("上一版一共用了 20 万 GPU 时，下一版算力要翻 2 倍，用 H100 按 ¥15/卡时 租，多少钱？")
    assert fig(res, "gpu_hours") == pytest.approx(4e5)
    assert fig(res, "cost_cny") == pytest.approx(6e6)
    assert not res.unused


def test_service_units_charged_at_a_stated_price():
    res = _answer("1 SU = 4 GPU-hours on H100. A lab asks for 20,000 GPU-hours, internal price 12 元 per GPU-hour. How "
                  "many SU and what cost?")
    assert fig(res, "service_units") == pytest.approx(5000)
    assert fig(res, "cost_cny") == pytest.approx(240_000)
    assert not res.unused
