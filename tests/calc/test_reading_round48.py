"""Round 48 (hospitals, e-commerce, education, GPU rental, translation, image and video studios, SRE shorthand,
Hong Kong and Taiwan): people of more kinds, shops counted with 家 and priced per shop a month, a corpus counted
in documents and restated in tokens, the daily count of a weekly population said in words, image tokens of a
generated image as output, sizes of image or video models, occupancy and "booked" as the share of hours rented,
key=value pairs separated by spaces, shorthand days ("30d"), "电价一度" as the unit of a price, a foreign price
restated in US$, and unknown image, video and translation models."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    # people of more kinds
    ("Portal assistant: 400k monthly active patients, DAU/MAU ~10%, answers ~250 tokens, Llama 3 8B on L4, count?",
     {"users": 4e5, "dau_per_mau": 0.1}),
    ("15k designers use it daily, ~8 turns per brief, Llama 3 8B on L40S, how many?",
     {"users": 15_000, "turns_per_session": 8}),
    ("5,000 weekly active nurses, call it 3,000 on a given day, 20 requests each, Llama 3 8B on L4?",
     {"users": 5000, "dau_per_wau": 0.6}),
    # shops counted with 家 and priced per shop a month; people counted with 一共
    ("卖给商家的AI客服：2万家店铺，每店每月收费99元，每店日均800次对话，输出150 token，Qwen2.5 7B用L4，成本能覆盖吗？",
     {"users": 2e4, "cny_per_user_month": 99}),
    ("we charge clinics $29/mo for the scribe. 3k clinics, 40 notes/day each, Llama 3 8B on L4 at $0.8/hr?",
     {"usd_per_user_month": 29}),
    ("全市200所学校，每校4张L4，学生一共50万，每人每天问3次，Qwen2.5 7B够不够？",
     {"servers": 200, "gpus_per_server": 4, "users": 5e5}),
    # a day's documents counted with 份 after the day's words; a corpus restated in tokens
    ("每天大约5000份病历摘要，每份输入6000 token、输出800 token，Qwen2.5 72B用H20要几张？", {"queries_per_day": 5000}),
    ("用2000万篇论文（约500亿token）继续预训练Llama 3 8B，64张H100，MFU 40%，几天？", {"train_tokens": 5e10}),
    # image tokens of a generated image are its output; a model named by what it makes
    ("image-gen app: 1M DAU, 5 images each a day, 4,096 tokens/image, 8B-param model on H100. GPUs?",
     {"output_tokens": 4096}),
    ("our 2B video model on L40S at 3,000 tok/s per GPU, each clip ≈ 8,000 tokens, 50k clips/day: GPU count?",
     {"params": 2e9}),
    # the share of hours rented, said as occupancy or bookings; a card's price said of the card
    ("we rent out 128 H100s at $2/hr; occupancy averages 65%. annual revenue?", {"utilization": 0.65}),
    ("出租率按60%，每卡每小时12元，256张H20一年收入多少？", {"utilization": 0.6}),
    ("Is $1.2/hr for an L40S profitable? Assume $9k card, 700W... no, 350W, $0.1/kWh, 70% utilization.",
     {"price_usd": 9000}),
    # shorthand pairs and days
    ("model=Llama 3 8B acc=L4 dau=200k in=800 out=150 -> gpus?", {"input_tokens": 800, "output_tokens": 150}),
    ("job = 20d on 512x A100 → on 256x H100 how long? mfu 35% -> 45%", {"days": 20}),
    ("budget=$10M, H100 @ $25k/ea, half on accel -> how many?", {"budget_share": 0.5}),
    ("n_gpu=500 H200, 1,100W/GPU incl host, PUE 1.25, PF 0.95 -> kVA?", {"power_factor": 0.95}),
    # a price per kWh: "一度" its unit; a foreign amount restated in US$
    ("電價一度大約 NT$3.5（約 US$0.11/kWh），100 台 DGX H100，PUE 1.3，一年電費要多少？",
     {"electricity_usd_per_kwh": 0.11}),
    ("API 輸入每百萬 token US$0.2、輸出每百萬 token US$0.8，每天10萬次請求，輸入1000、輸出200 token，一個月多少？",
     {"usd_per_million_input_tokens": 0.2, "usd_per_million_tokens": 0.8}),
])
def test_round48_readings(q, expect):
    assert_read(q, expect)


def test_occupancy_makes_the_rent_the_owners_income():
    res = compute(parse("Is $1.49/hr for an H100 even profitable? Assume $28k card, 36-month depreciation, 700W, "
                        "$0.10/kWh, PUE 1.3, 85% utilization."))
    assert "pays for itself" in res.headline


def test_a_year_of_rent_asked_in_chinese():
    res = compute(parse("机房 1MW 可用电力，PUE 1.3，全部上 H100 服务器（每台 10.2kW），按每卡每小时 12 元、出租率60% 算年收入"))
    assert any(f.name.startswith("rent_period") for f in res.figures)


def test_capacity_rented():
    res = compute(parse("the rep offered 2 EFLOPS at FP8. how many B200s is that, and the rental at $5/hr?"))
    assert res.intent == "convert" and fig(res, "cost_usd") > 0


def test_a_payback_claimed_far_off_is_checked():
    res = compute(parse("a forum post claims a 4090 at ¥2/hour pays back in 6 months at 50% utilization. Card ¥16,000, "
                        "450W, power ¥0.7/kWh. true?"))
    assert "'6 months'" in res.headline


def test_a_claimed_cost_in_fen():
    res = compute(parse("有人说用H100跑Llama 3 70B，每千token成本不到1分钱，按每卡每小时2美元、实测单卡每秒3000 token算，对吗？"))
    assert any(u.param == "claimed_value" for u in res.inputs)


def test_shopping_days_are_no_doubling():
    assert "doubling_months" not in read("Double 11 sizing: 20k concurrent sessions, Llama 3 70B on H200, TTFT 1 s")


@pytest.mark.parametrize("q", [
    "how many H100s to serve FLUX.1 [schnell] at 2M images a day?",
    "Stable Diffusion 3.5 on L40S, 1M images/day - how many cards?",
    "CogVideoX on 8x H100: clips per hour?",
    "用豆包Pro给100万个商品写文案，要多少张H20？",
])
def test_unknown_image_video_and_product_models(q):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == "unknown_model"
