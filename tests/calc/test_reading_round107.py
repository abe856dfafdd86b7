"""Round 107 (Thai engineers wholly in Thai, Chinese LLM start-ups, data-centre facilities engineers, and sealed
sets from Egyptian engineers in colloquial Arabic, Chinese telecom operators and Czech engineers wholly in Czech):
Thai dollars and rates in baht, amounts said after what they are per ("ชม.ละ 85 บาท", "GB ละ 15 ดอลลาร์"),
"ล้านล้าน", "โตปีละ 80%"; "一天就能训完", "对标…的推理能力"; build phases, commissioning levels and N+1 as labels,
an IT block's power checked against the IT draw, a firm capacity, "$1 = ¥150", "they expect 42%", "50M by end of
next yr", replicas x batch as streams, the serving GPUs' electricity beside revenue; Egyptian "الدولار ب ٥٠",
"الكارت ب 35 ألف دولار", "يوزر", "ريكويست", "مليون ونص", sterling; "九天基座大模型" unknown, "日均话务量…万通",
"每卡每小时定价12块钱"; a Czech reader (written with or without its diacritics, "bil." a trillion, "2,788 mil."
2.788 million, kurz); and, in English, an exchange rate "per dollar" that asks no compute per dollar, "each costs
12 million CZK" a unit's price, "in CZK at 2 $/h" no rate, "weekly active 2 million users", "at 2025 market
prices" a year, a day's input and output volumes said before the rest."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Thai
    ("เช่า A100 ชม.ละ 70 บาทต่อใบ 16 ใบ 1 เดือน รวมกี่บาท (1$=35฿)", {"rent_usd_per_hour": 2.0}),
    ("ผู้ใช้ 2 หมื่นคน โตปีละ 60% อีก 2 ปีต้องมี GPU กี่ใบ ตอนนี้ใช้ L4 อยู่ 4 ใบ", {"growth_rate_year": 0.6}),
    ("อยากรู้ต้นทุน HBM ใน MI300X ใบละ 192GB ถ้า HBM ราคา GB ละ 12 ดอลลาร์ คิดเป็นเงินบาทเท่าไหร่ (35 บาทต่อดอลลาร์)",
     {"hbm_usd_per_gb": 12}),
    ("อยากเทรน model ขนาด 3B ด้วยข้อมูล 1 ล้านล้าน token บน H100 64 ใบ MFU 40% ใช้กี่วัน", {"train_tokens": 1e12}),
    # Egyptian Arabic
    ("معانا ميزانية ٢٠٠ مليون جنيه والدولار ب ٥٠، نقدر نشتري كام H100 لو الكارت ب 30 ألف دولار؟",
     {"local_per_usd": 50, "price_usd": 30000}),
    ("الـ L4 ب 0.8 دولار الساعة، والترافيك 100 ريكويست في الثانية على Llama 3 8B، كام كارت؟",
     {"rent_usd_per_hour": 0.8, "qps": 100}),
    ("عندنا 400 ألف يوزر ومتوقعين نوصل مليون ونص خلال سنة، Llama 3 8B على L4، كل يوزر بيعمل 5 طلبات في اليوم",
     {"users": 4e5, "users_to": 1.5e6}),
    # Czech
    ("Kolik karet L40S potřebujeme pro 80 tis. DAU, každý 5 dotazů denně, Llama 3.1 8B?",
     {"users": 8e4, "queries_per_user": 5}),
    ("Pretrain 3B modelu na 1 bil. tokenů na 64 kartách A100 80GB, MFU 40 %. Kolik dní?", {"train_tokens": 1e12}),
    ("kolik zaplatime za elektrinu za 6 mesicu za 128 × H100? 700 W na GPU, PUE 1,2, 4,5 Kc/kWh, kurz 23 Kc za dolar",
     {"local_per_usd": 23, "pue": 1.2, "gpus": 128}),
    ("Meta uvádí 6,5 mil. GPU hodin na H100. Kolik by to stálo v Kč při 2 $/h a kurzu 23?",
     {"gpu_hours": 6.5e6, "local_per_usd": 23}),
    # data-centre facilities (English)
    ("Ph2 energization = 8 MW facility, PUE 1.2, H100 SXM at 1.1 kW/GPU all-in. Max GPU count?", {"power_mw": 8}),
    ("Gens: 3+1 x 2 MVA, so 6 MVA firm, pf 0.9. How many H100 SXM ride through an outage at PUE 1.3?",
     {"power_mw": 5.4}),
    ("Osaka colo: ¥30/kWh, $1 = ¥148. 128 H100 at 1 kW/GPU, PUE 1.4. Annual elec in $?",
     {"electricity_usd_per_kwh": pytest.approx(30 / 148)}),
    ("Last run took 30 days at 33% MFU on air. After the DLC retrofit they expect 45%. New duration?",
     {"mfu_to": 0.45}),
    ("1M users today, 20M by end of next yr. Llama 3 8B on L4, 10 queries/user/day. GPUs?", {"users_to": 2e7}),
    ("16 DGX H100 servers, each costs 9 million CZK, rate 23 CZK/USD, total?", {"server_price_usd": 9e6 / 23}),
    ("daily 30M input tokens and 30M output tokens. How many L4 for Llama 3 8B?", {"tokens_per_day": 3e7}),
    # Chinese
    ("日均话务量约80万通，每通5轮对话，Qwen2.5 7B，需要多少张L40S？", {"queries_per_day": 8e5}),
    ("A100每卡每小时定价6块钱对外出租，256张卡，出租率60%，一年收入多少？", {"rent_cny_per_hour": 6}),
    ("有人说5000张H100 训Llama 3 8B 200B token 一天就能训完，靠谱吗？", {"train_tokens": 2e11}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round107_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,kind", [
    ("我们的星河基座大模型部署在H20上，日活100万，人均每天8次，要多少卡？", "unknown_model"),
])
def test_round107_unknown_names(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind


def test_labels_of_a_build_are_no_names():
    req = parse("Tenant trains Llama 3 70B on 2T tokens w/ 4k H100s at 40% MFU. How many days do we plan the "
                "L5 IST / burn-in around? Ph1 is 8 MW.")
    assert req.params["accelerator"] == "h100_sxm" and req.params["gpus"] == 4000


def test_an_it_block_is_checked_against_the_it_draw():
    res = compute(parse("GC claims one NVL72 rack = 120 kW and that 20 racks fit in our 2.5 MW IT block. Does that "
                        "hold? Also facility MW at PUE 1.25."))
    assert res.value("claimed_vs_computed") == pytest.approx(2.5 / (20 * 0.12), rel=1e-3)
    assert "of IT load" in res.headline


def test_an_exchange_rate_per_dollar_asks_no_compute_per_dollar():
    req = parse("electricity for 12 months for 256 A100 80GB? 400 W per GPU, PUE 1.3, 4.80 CZK/kWh, rate 22.8 CZK "
                "per dollar")
    assert req.intent == "power" and not req.params.get("per_dollar")


def test_replicas_times_their_batch_are_the_streams_at_once():
    res = compute(parse("Inference row: 40 replicas of Llama 3 8B on L4, TP1, batch 16/replica, ~72 W/GPU. "
                        "Concurrent streams and total kW?"))
    assert res.value("concurrent_streams") == 640


def test_revenue_beside_the_serving_gpus_electricity():
    res = compute(parse("selling Llama 3.3 70B at $0.50 per M tokens, 5B tokens/day on H100, PUE 1.2, $0.08/kWh. "
                        "Revenue vs power cost per month?"))
    assert res.value("electricity_usd") > 0 and "their electricity" in res.headline


def test_a_year_before_market_prices_is_no_money():
    st = {s.text: s.param for s in parse("rent 1,024 B300 for 4 days at 2025 market prices?").stated}
    assert st.get("2025 market prices") == "year"


def test_weekly_active_users_said_around_their_count_take_the_daily_share():
    res = compute(parse("LINE OA has weekly active 2 million users, daily about 30% of that, 5 messages per user "
                        "per day, Llama 3.1 8B on TPU v6e, how many chips?"))
    assert not any("30%" in u.text for u in res.unused)
