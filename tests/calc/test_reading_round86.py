"""Round 86 (Chinese power-grid companies and city data bureaus, UK and Irish public bodies, Hong Kong firms in
Cantonese, and sealed sets from Chinese cross-border sellers, European researchers in English, Japanese game and web
companies in casual Japanese): a pound's or euro's rate said "in dollars at 1.27", "Rate 1.27", "$1.27 per £",
"$1.26 to the pound" (had been read as a yuan rate, the pound converted at the catalog's), the staff beside the
daily users, "maybe a third of them daily", procurement frameworks no model ("CCS TePAS 2", "G-Cloud 14 Lot 2"),
"two thirds of the pot", "2,10 € the hour", "one replica per GPU", "三十几万" (310,000 to 390,000), "盘古NLP 38B"
named unknown, a second count claimed ("集成商说要2.5万张") that no longer erases the first, a room's whole power
("机房总共就200kW的电"), Cantonese ("係平均嘅3倍", "3個query", "仲高多5個點"), casual Japanese ("レプリカ12本",
"1レプリカ同時64本まで", "1日2万チケット", "1チケット平均6往復", "4ヶ月で倍", "1枚時給12元", "MAU今300万")."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # British and Irish English
    ("A centre has offered us 40,000 GPU-hours on A100 80GB at £1.50 an hour. What's that in dollars at 1.25?",
     {"fx_rate": 1.25, "rent_usd_per_hour": 1.875}),
    ("H100 SXM at £2.20 an hour, 64 GPUs for a month. Monthly cost? $1.25 to the pound.", {"fx_rate": 1.25}),
    ("District council, c. 9,000 staff. Expect circa 2,000 daily users, 10 queries each per day, Llama 3.1 8B on "
     "L4. How many?", {"users": 2000}),
    ("Serving Gemma 2 27B on TPU v5e to about 40k weekly users, maybe a quarter of them daily, 6 chats a day. How "
     "many chips?", {"users": 40_000, "dau_per_wau": 0.25}),
    ("Budget £3m via the G-Cloud 14 framework; about two thirds of the pot would go on the GPUs themselves. H200 "
     "SXM at £25,000 per GPU, $1.27 per £. How many?", {"budget_share": 2 / 3, "fx_rate": 1.27}),
    # European English
    # Chinese
    ("日活三十几万人，每人每天5次，Llama 3.1 8B，L4要几张？", {"users": 310_000}),
    ("机房总共就150kW的电，能放几台DGX H100？每台按10.2kW算", {"power_mw": 0.15}),
    # Cantonese
    ("用Llama 3.1 8B，日活5萬人，每人每日平均3個query，peak大概係平均嘅2倍，要幾多張L4？",
     {"queries_per_user": 3, "peak_factor": 2}),
    ("上次用16張A100 80GB train咗10日，今次換同樣數量嘅H100 SXM，MFU估計仲高多4個點，要train幾多日？",
     {"mfu_gain_points": 0.04}),
    # casual Japanese
    ("Llama 3.1 70Bをfp8、H200のTP8でレプリカ8本、1レプリカ同時32本までにしたら何qps？", {"replicas": 8,
                                                                           "batch_per_replica": 32}),
    ("CSのbot、1日3万チケットで1チケット平均5往復、入力1kトークン出力200くらい。Llama 3.1 8BをL40Sで何枚？",
     {"queries_per_day": 3e4, "turns_per_session": 5}),
    ("推論需要が3ヶ月で倍になるペース、今H100 200枚。1年後は何枚？", {"doubling_months": 3}),
    ("MAU今200万、DAU/MAUは20%くらい。1人1日5リクエスト、Qwen2.5 7BでL4何枚いる？", {"users": 2e6}),
    ("H800を1枚時給10元で借りてDeepSeek-V3を回すと100万トークンあたりいくら？", {"rent_cny_per_hour": 10}),
    # (a guard: passes before and after; a Chinese fleet the round's readings must leave alone)
    ("每天2000万次请求，Qwen2.5 7B，L4要几张？", {"queries_per_day": 2e7}),
])
def test_round86_readings(q, expect):
    assert_params(q, expect)


def test_a_procurement_framework_is_no_model():
    res = _answer("Capital of £2m via the CCS TePAS 2 framework. How many H200 SXM at £25,000 per GPU? $1.27 to "
                  "the pound.")
    assert res.intent == "capex"


def test_a_price_the_hour_in_euros():
    req = parse("For our lab we consider to rent 8 H100 for 2 months at 1,90 € the hour each. What is the total?")
    assert any(s.param == "rent_usd_per_hour" for s in req.stated)


def test_one_replica_per_gpu_is_not_dropped():
    req = parse("We run vLLM with Llama 3 8B on 4 A100 80GB, one replica per GPU, 3 requests/s, 1k in, 200 out. "
                "How many do we need?")
    assert any(s.param == "tensor_parallel" and s.value == 1 for s in req.stated)


def test_a_chinese_model_family_with_its_size_is_named_unknown():
    with pytest.raises(CalcError) as e:
        parse("政务大模型底座换成盘古NLP 38B，日活3万，每人每天8次，需要多少张H20？")
    assert e.value.kind == "unknown_model"


def test_a_second_count_claimed_leaves_the_first():
    req = parse("要顶2千张H100的算力，需要多少张H20？集成商说要5千张，对吗")
    assert req.intent == "convert" and req.params.get("gpus") == 2000
    assert any(s.param == "claimed_value" and s.value == 5000 for s in req.stated)
