"""Round 94 (Chinese domestic-chip analysts, terse Slack messages from US platform engineers, Indonesian founders
mixing Bahasa and English, and sealed sets from Chinese government computing-centre planners, Dutch and Nordic
engineers' English and Polish, Czech and Ukrainian engineers' English): Indonesian "Setahun lagi", "DAU kita
sekarang 300 ribu", "1 rak", "1 juta sesi per hari, 6 turn per sesi", "3x lebih cepat dari H100 … makan 40 hari",
"dulu dilatih di 8 kartu V100 selama 11 hari", "tiap rak maksimal 15 kW … satu server ~10,2 kW", "WAU app kita 1,2
juta", "12 pesan/hari", "800 karakter", "Tokenizer Llama jelek" beside Llama 3.1 8B (had been an unknown model);
English "a 100k-H100 cluster" (had been no numbers at all), "l3 70b", "r1 serving" (had been GPT-3 175B), "DAU now
at 300k" (had been a card price), "in 1,000 tokens out 150"; Chinese "十来组实验", "厂商PPT上说…单机吞吐能到5000
token/s", "供应商单卡报价约5万美元" (had been a server's price), "输出审核意见约500个token" (had been the input), a
bidder's promised days checked; Polish "38 tys. USD", "2.048 pcs", "90 000 SU", "EUR->USD 1,08", "1,35 mln PLN per
server (around 340 000 USD)", "Each employee of insurance company generate ~8 tys. tokens per day"; Dutch and Nordic
"2 miljard", "2 miljoner DAU", "32 stuks", "15.600 $ per stuk", "2 000B tokens", "0,9 € per SU", and English with a
Dutch word keeping its own "of" ("the same amount of H100 SXM")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.result import CalcError
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Indonesian
    ("DAU kita sekarang 500 ribu, doubling tiap 6 bulan. Sekarang cukup 32 kartu H100. Setahun lagi butuh berapa "
     "kartu?", {"users": 5e5, "period_months": 12, "gpus": 32, "doubling_months": 6}),
    ("WAU aplikasi kita 2 juta, DAU sekitar 40% dari WAU, tiap DAU 8 pesan/hari. Llama 3.1 8B di L4, berapa kartu?",
     {"users": 2e6, "dau_per_wau": 0.4, "queries_per_user": 8}),
    ("Chatbot CS kita sekitar 400 ribu sesi per hari, 8 turn per sesi, Qwen2.5 7B di L40S. Berapa kartu?",
     {"queries_per_day": 4e5, "turns_per_session": 8}),
    ("Di DC Surabaya kita cuma dapat 6 rak, tiap rak maksimal 20 kW. Bisa masuk berapa server HGX H100 kalau satu "
     "server ~10,2 kW?", {"racks": 6, "server_power_cap_w": 20000, "watts_per_server": 10200}),
    ("Vendor bilang B200 4x lebih cepat dari A100 untuk training. Run kita di A100 makan 60 hari, kalau pindah ke "
     "B200 jadi berapa hari?", {"speedup": 4, "days": 60}),
    ("Model kita dulu dilatih di 16 kartu A100 80GB selama 20 hari. Sekarang pakai 32 kartu H100 SXM, kira2 berapa "
     "hari?", {"from_gpus": 16, "gpus": 32, "days": 20}),
    ("Rata-rata pesan user kita 600 karakter, ~4 karakter per token, jawabannya 900 karakter. 200rb chat per hari "
     "pakai Mistral 7B di L4. Berapa kartu?", {"input_tokens": 150, "output_tokens": 225}),
    # English
    ("what does a 16k-H200 cluster cost all-in?", {"gpus": 16000}),
    ("MAU now at 2M, 3 queries a day each, Llama 3 8B on L4. how many?", {"users": 2e6}),
    ("DAU today 450k, 10 chats each, l3.1 8b on l40s", {"users": 4.5e5, "queries_per_user": 10}),
    ("200 qps, Llama 3.1 8B, in 2,000 tokens out 300. How many L40S?", {"input_tokens": 2000, "output_tokens": 300}),
    ("Our model was previously trained on 64 A100 80GB for 30 days. On 64 H100 SXM, roughly how many days?",
     {"from_gpus": 64, "gpus": 64, "days": 30}),
    # Chinese
    ("微调Llama 3 8B，数据50亿token，跑2个epoch，要做十来组实验，H100 32卡，需要几天？", {"runs": 10, "gpus": 32}),
    ("采购B300共2,048张，供应商单卡报价约5.5万美元，汇率7.1，合人民币多少？", {"price_usd": 55000, "gpus": 2048}),
    ("每天处理合同约2万份，每份3000字，输出审核意见约300个token，Qwen2.5 72B部署在H20上，需要几张卡？",
     {"output_tokens": 300, "queries_per_day": 2e4}),
    # Polish, Czech, Ukrainian engineers' English
    ("Bank has 45 tys. customers daily, 4 queries each, Llama 3 8B on L40S. How many GPU?", {"users": 45000}),
    ("Budget 12 mln EUR, how many H200 we can buy if price is 33 tys. USD each?", {"price_usd": 33000}),
    ("Estimate capex for 4.096 pcs of B200, price 40 tys. USD per GPU.", {"gpus": 4096, "price_usd": 40000}),
    ("We got allocation 120 000 SU (1 SU = 1 GPU-hour on H100). How many tokens we can train for Llama 3 8B at MFU "
     "40%?", {"gpu_hours": 120000}),
    ("Llama 3.1 8B on rented L4 0,80 EUR/h (EUR->USD 1,10), 1 000 input + 200 output tokens per request, cost per "
     "1k requests?", {"fx_rate": 1.10}),
    ("how much cost 10 servers HGX H200. Quote is 1,2 mln PLN per server (around 300 000 USD), 10% discount.",
     {"servers": 10, "server_price_usd": 300000, "discount": 0.1}),
    ("Each doctor of our hospital network generate ~5 tys. tokens per day output, we have 2 000 doctors. Llama 3 "
     "70B on H100, how many?", {"tokens_per_user_day": 5000, "users": 2000}),
    # Dutch and Nordic engineers' English
    ("Today ca. 3 miljard tokens/day output, Llama 3.1 8B on H100. How many GPUs?", {"tokens_per_day": 3e9}),
    ("Today 500 000 users, target 5 miljoner users in 12 months. We have 20 H100 for Llama 3 8B. How many at the end?",
     {"users_to": 5e6}),
    ("How many days to train a 3B model on 5 000B tokens on 256 H100?", {"train_tokens": 5e12}),
    ("Last year our 7B model trained 20 days on H100 SXM, 64 stuks. Now we get the same amount of B200. How many "
     "days?", {"from_gpus": 64, "days": 20}),
    ("Intel offers Gaudi 3 at ca. 12.500 $ per stuk. 16 stuks, what total?", {"price_usd": 12500, "gpus": 16}),
    ("Our run needs 50 000 GPU-hours on H100. Pricing is 1 SU = 1 GPU-hour, 1,20 € per SU, EUR/USD 1,10. Total "
     "cost?", {"rent_usd_per_hour": 1.32}),
    # (a guard: passes before and after; a request's lengths said "in … out …")
    ("350 QPS, Llama 3.1 8B, in 1000 tokens out 150. How many TPU v5e?", {"input_tokens": 1000, "output_tokens": 150}),
])
def test_round94_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,model", [
    ("500 qps on h100 for l3 70b, how many?", "llama3_70b"),
    ("l3.1 405b on h200, 50 qps, how many nodes", "llama31_405b"),
    ("h200 vs b200 for r1 serving, 100 qps, how many of each", "deepseek_v3"),
    ("Tokenizer Llama is poor for Thai, 1 word ≈ 2 tokens. Llama 3.1 8B on L4, 50k docs per day, how many GPUs?",
     "llama3_8b"),
])
def test_shorthand_and_family_names_are_the_catalogs_models(q, model):
    assert parse(q).params["model"] == model


def test_a_mixed_case_proper_name_with_a_size_is_an_unknown_model():
    # ("host PLLuM 70B for public administration": had been sized as GPT-3 175B, the 70B unused)
    with pytest.raises(CalcError) as e:
        parse("Ministry project: we host PLLuM 12B for 20 tys. clerks, 10 queries per day. How many L40S?")
    assert e.value.kind == "unknown_model"


def test_a_vendors_slides_rate_for_one_server_is_checked():
    # ("厂商PPT上说8卡H20…单机吞吐能到5000 token/s，这个数靠谱吗": had been taken as measured)
    res = compute(parse("厂商白皮书上写8卡H200跑Llama 3 70B，单机吞吐能到3万token/s，这个数靠谱吗？"))
    assert fig(res, "claimed_claimed_value") == pytest.approx(30000 / fig(res, "tokens_per_s"), rel=0.01)


def test_a_bidders_promised_days_are_checked_not_used():
    # ("某投标人…承诺…工期仅需12天。请…核实该承诺是否合理": had been the days to reach, an MFU above the peak)
    res = compute(parse("某投标人承诺：使用512张H100 SXM完成Llama 3.1 8B预训练（数据量15万亿token），工期仅需5天，"
                        "请核实是否合理。"))
    assert fig(res, "train_days") > 5 and fig(res, "claimed_days") == pytest.approx(5 / fig(res, "train_days"))


def test_one_card_at_each_of_many_sites_is_checked_per_site():
    # ("650 branches, in each branch we want put 1 card (L4)": had been "the 1 you stated are 0.00x that")
    res = compute(parse("Bank have 300 branches, in each branch we want put 1 card (L4) for Llama 3 8B int4. Total is "
                        "90 tys. queries per day. Is it enough?"))
    assert fig(res, "gpus_stated") == 300 and "0.00x" not in res.headline
