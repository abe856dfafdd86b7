"""Round 105 (Indonesian engineers, Chinese university labs, finance people, and sealed sets from Vietnamese
engineers, Chinese autonomous-driving and embodied-AI teams and Gulf engineers writing wholly in Arabic):
"pengguna aktif harian", "per orang", "Rp 5,2 M" (miliar), prices "per keping" and "per unit" at the stated
kurs, "128 keping H200"; "优化一下能提到45%", "训练算力5年涨了1万倍", "给课题组30个人，每人…"; "J/token: 0.35"
as a sheet's key, a consultant's cost per user a month; "giá vốn cho mỗi triệu token"; "Thor 车端跑",
"GR00T N1.5 部署到云端"; Arabic duals ("سنتين", "ضعفين", "ثانيتين"), half the budget, per hour, per kWh,
per card, the dollar's rate in riyals or dirhams, a request's sides, "أضعاف"."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Indonesian
    ("kak, pengguna aktif harian kita sekitar 800 ribu, rata-rata 4 chat per orang per hari, Llama 3 8B di L4, "
     "butuh berapa GPU?", {"users": 8e5, "queries_per_user": 4}),
    ("Mau beli 8 server DGX H200, harga per unit sekitar Rp 6,1 M (kurs 16.000). Total berapa?",
     {"server_price_usd": 6.1e9 / 16000}),
    ("Sewa H100 Rp 40.000 per GPU per jam atau beli, harga beli per GPU sekitar Rp 480 juta, kurs Rp 16.000/USD, "
     "32 GPU selama 3 tahun. Mana yg lebih murah?", {"price_usd": 4.8e8 / 16000}),
    ("Fine-tune Llama 2 7B 50 miliar token di 64 keping A100 80GB, MFU 40%, brp hari?", {"gpus": 64}),
    # Chinese university labs
    ("我们组训13B的MFU才30%，说优化一下能提到42%，原来跑15天的任务现在要几天？", {"mfu": 0.3, "mfu_to": 0.42}),
    ("有篇综述说训练算力10年涨了10万倍，多少个月翻一番？", {"period_months": 120, "factor": 1e5}),
    ("实验室一共20个人，每人每天大概3万token，Qwen2.5 7B要几张L4？", {"users": 20}),
    # finance
    ("Inputs - J/token: 0.4 | tokens/day: 2B | $/kWh: 0.1 | PUE: 1.3. Annual kWh?", {"joules_per_token": 0.4}),
    # Vietnamese
    ("Tính giá vốn cho mỗi triệu token khi chạy Llama 3 8B trên 4 con L40S thuê 1,2 USD/giờ, đo được 3.000 token/s "
     "mỗi GPU.", {"per_tokens": 1e6}),
    # Arabic (Gulf)
    ("ميزانيتنا ٤٠٠ مليون ريال (USD = 3.75 SAR)، نص المبلغ بيروح على الكروت. كم H200 نقدر نشتري إذا سعر الكرت ٣٢ ألف "
     "دولار؟", {"budget_share": 0.5, "local_per_usd": 3.75, "price_usd": 32000}),
    ("متوسط الحمل ٥٠٠ طلب في الثانية والذروة ضعفين، Llama 3 8B على L40S، والطلب ٨٠٠ token داخل و ٢٠٠ خارج. كم كرت؟",
     {"peak_factor": 2, "qps": 500, "input_tokens": 800, "output_tokens": 200}),
    ("كم تكلفة الكهربا لـ ٥١٢ كرت H100 SXM على مدى سنتين؟ سعر الكيلوواط ساعة ٠٫٢٥ درهم (الدولار = ٣٫٦٧ درهم)",
     {"electricity_usd_per_kwh": pytest.approx(0.25 / 3.67)}),
    ("سعر DRAM حالياً ٤ دولار للجيجا، والـ HBM تقريباً ٦ أضعاف سعر الـ DRAM. كم سعر الـ HBM لـ ١٠٠٠ كرت H200؟",
     {"hbm_multiple": 6, "dram_usd_per_gb": 4}),
    ("نبي نخدم Llama 3.1 70B على H200، ٢٠ طلب بالثانية، وزمن أول token تحت ثانيتين. كم كرت؟", {"ttft_ms": 2000}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round105_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,kind", [
    ("Atlan 车端跑 Llama 3.2 3B int4，每秒多少 token？", "unknown_accelerator"),
    ("PI05 部署到云端，500 台机器人同时在线，H20 要几张", "unknown_model"),
])
def test_round105_unknown_names(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind


def test_a_consultants_cost_per_user_a_month_is_checked_against_one_users_month():
    res = compute(parse("A consultant claims our cost per user is $0.50/mo for 1M DAU doing 4 queries/day, "
                        "Llama 3.1 8B on L4 at $0.80/hr. Sanity check pls."))
    assert "the stated '$0.50/mo'" in res.headline and "per user a month" in res.headline
