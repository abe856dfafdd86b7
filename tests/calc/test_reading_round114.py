"""Round 114 (Chinese cross-border e-commerce sellers, ML researchers on X and Discord, Pakistani teams writing
Urdu in its own script, and sealed sets from Chinese consumer-finance call centres, US e-discovery teams and
Slovenian engineers): chapters and titles counted as the day's requests ("每天2万章", "每天生成30万个标题"); a
count of items beside the requests a day ("8万个SKU … 每天要跑40万次请求"); "千问2.5 72B" the catalog's Qwen; "每天
出2万篇" texts written; "$29/月" beside paying shops a subscription; "他报了8万块，是不是宰我们" money claimed; an Urdu
reader (its digits, لاکھ, کروڑ, ارب, read through the Roman Urdu words; rupees in an Urdu message Pakistan's);
"9 crore 50 lakh"; outbound calls a day ("日均外呼量120万通") and each call's turns ("每通平均6轮"); "是不是两天就
完事了" a claim; "能高个5个点"; "预算…还剩两千四百万"; "$45 per reviewer seat per month"; a Slovenian reader."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Chinese e-commerce and call centres
    ("网文出海，每章约4000个汉字，翻成英文后约3000 token，每天3万章，Qwen2.5 72B，H100几张？", {"queries_per_day": 3e4}),
    ("给5万个商品重写详情页，算下来每天要跑30万次请求，每次输入600 token输出400 token，Llama 3.1 8B，L40S几张？",
     {"queries_per_day": 3e5}),
    ("客服用千问2.5 7B，每天20万次对话，每次输入800 token输出200 token，L4要几张？", {"model": "qwen25_7b"}),
    ("公众号文章每篇1500字左右，1.5个汉字≈1个token，每天出5000篇，Qwen2.5 72B跑H100要几张", {"output_tokens": 1000}),
    ("标题上限150 characters，约4个字符一个token，每天生成20万个标题，Llama 3 8B用L4跑要几张？", {"queries_per_day": 2e5}),
    ("插件定价$19/月，8000个付费商家，每家每天约1万token输出，Llama 3.3 70B放H100，毛利多少？",
     {"usd_per_user_month": 19}),
    ("催收外呼，日均外呼量大概80万通，每通平均4轮对话，每轮输入1000 token输出60 token，Qwen2.5 7B用L40S几张？",
     {"queries_per_day": 8e5, "turns_per_session": 4}),
    ("英伟达说B200训练比H100快2.5倍，上次在H100上跑了10天，64张卡，换成64张B200，是不是四天就完事了？", {"claim": True}),
    ("之前用A100训了9天，16张卡，现在换16张H100 SXM，MFU估计能高个6个点，Llama 2 13B，要几天？",
     {"mfu_gain_points": 0.06}),
    ("项目预算还剩一千二百万，H20八卡整机一台一百万，能买几台？", {"budget_cny": 1.2e7}),
    # English
    ("We charge $30 per analyst seat per month; 1,200 seats, 80 prompts a day each, Llama 3.1 8B on L4. Margin?",
     {"usd_per_user_month": 30}),
    # Urdu in its script
    ("ہمارے 30 لاکھ DAU ہیں، ہر user دن میں 5 سوال کرتا ہے۔ Llama 3.1 8B چلانا ہے L4 پر، کتنے GPUs چاہئیں؟",
     {"users": 3e6, "queries_per_user": 5}),
    ("CFO نے 20 کروڑ روپے کا budget دیا ہے۔ H100 ایک $28,000 کا ہے، dollar rate 280۔ کتنے آ جائیں گے؟",
     {"local_per_usd": 280}),
    ("HGX H100 ka ek server 8 crore 40 lakh rupees ka hai, humein 4 servers chahiye, dollar rate 280. total kitna?",
     {"server_price_usd": pytest.approx(8.4e7 / 280)}),
    # Slovenian
    ("kolk L4 rabimo za 80.000 uporabnikov na dan, vsak po 6 vprasanj, Llama 3.1 8B?",
     {"users": 8e4, "queries_per_user": 6}),
    ("Najem: 32 kartic H100 SXM po 2,20 $ na uro za 2 tedna. Kok je to v evrih, tečaj 1,08 $/€?",
     {"rent_usd_per_hour": 2.2, "gpus": 32}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round114_readings(q, expect):
    assert_params(q, expect)


def test_crores_and_lakhs_together_are_one_amount():
    # "9 crore 50 lakh" had been two numbers, the lakhs named as unread
    req = parse("one HGX H100 server costs 9 crore 50 lakh rupees, we need 4 servers, dollar rate 280. total in USD?")
    assert not [s for s in req.stated if s.param is None]
    assert any(s.value == pytest.approx(9.5e7 / 280) for s in req.stated if s.param == "server_price_usd")


def test_rupees_in_an_urdu_message_are_pakistans():
    res = compute(parse("CFO نے 20 کروڑ روپے کا budget دیا ہے۔ H100 ایک $28,000 کا ہے، dollar rate 280۔ کتنے آ جائیں گے؟"))
    assert "PKR" in res.headline and "INR" not in res.headline


def test_tens_of_thousands_of_kuai_are_money_not_cards():
    # "他报了6万块" had been 60,000 GPUs
    req = parse("供应商说训练要用3000个GPU小时，H100按一卡一小时15元，他报了6万块，是不是坑我们")
    assert "gpus" not in req.params
    res = compute(req)
    assert "6万块" in res.headline and "1.3倍" in res.headline
