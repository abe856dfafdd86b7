"""Round 85 (Chinese industrial-internet companies, Gulf government and telco programmes in English, Japanese
manufacturers in Japanese, and sealed sets from Taiwanese server makers in traditional characters, US start-ups
typing in Slack, Korean universities and public agencies): a reader of Japanese in its own order (calc/japanese.py:
"1枚3.5万ドル", "1時間あたり$1.8", "1日あたり200万リクエスト", "6ヶ月ごとに倍", "18ヶ月で5万人に", "2兆トークン",
"12%引き", "8枚挿し", "1トークン≈0.75語", "64枚使って21日かかった学習を…128枚に載せ替えたら", "tsuzumi 7Bを" named),
Taiwan's words ("單張抓US$1.5萬", "每年成長80%", "一天200萬則", "1歐抓1.08美金", "一張報人民幣11萬"), a price
per million written in full ("per 1,000,000 tokens"), "daily 3000 requests", "2B out tok/day", "4M subscribers x
1,500 tokens/day", "Hajj season is ~3x that", "1€=$1.08", DeepSeek's "r1" said alone, "要达到1000张A100的训练算力",
"一天5千万输入1千万输出", "RTX PRO 6000 Blackwell" named unknown, Korean "대당 €42만" and "100만 배"."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Japanese, in its own order
    ("H200を1枚3.2万ドルで500枚買うと総額いくらになりますか？", {"price_usd": 32_000, "gpus": 500}),
    ("DGX H100を8台、1台$300kのところ10%引きで見積もりが来ました。総額は？",
     {"servers": 8, "server_price_usd": 300_000, "discount": 0.1}),
    ("学習の計算量は4ヶ月ごとに倍になるとすると、2年後には今の何倍ですか？", {"doubling_months": 4}),
    ("社内のDAUが2千人、これが12ヶ月で3万人になる見込みです。1人1日15回の質問、Llama 3.1 8BでL4は何枚？",
     {"users": 2000, "users_to": 30_000, "queries_per_user": 15}),
    ("70Bモデルを3兆トークンで学習します。H100を1,024枚、MFU 40%で何日かかりますか？", {"train_tokens": 3e12}),
    ("Llama 3.1 70BをH200で動かします。1日の出力トークンは3億、ピークは平均の3倍です。何枚必要ですか？",
     {"tokens_per_day": 3e8, "peak_factor": 3}),
    # traditional characters, Taiwan's words
    ("預算2千萬美金，單張抓US$2.5萬，買得到幾張H100？", {"price_usd": 25_000}),
    ("對岸客戶要買H20，一張報人民幣12萬，預算3億人民幣，可以買幾張？", {"price_cny": 120_000, "budget_cny": 3e8}),
    ("推論需求每年成長60%，現在兩千張H100，兩年後要幾張？", {"growth_rate_year": 0.6}),
    ("客服一天150萬則對話，Llama 3.1 8B跑L4要幾張？", {"queries_per_day": 1.5e6}),
    # Chinese
    ("API 输入 $0.15/M tokens，输出 $0.6/M tokens，我们一天8千万输入2千万输出，一年多少美金？",
     {"input_tokens_per_day": 8e7, "tokens_per_day": 2e7}),
    # English
    ("daily 5000 requests, 600 in, 200 out, Llama 3.1 8B on L4, how many cards?", {"queries_per_day": 5000}),
    ("we need to push 1B out tok/day with Llama 3.1 70B on H100, how many?", {"tokens_per_day": 1e9}),
    ("We get 2M requests a day, Black Friday is ~4x that. Llama 3.1 8B on L40S, size for the peak.",
     {"queries_per_day": 2e6, "peak_factor": 4}),
    ("5M subscribers x 800 tokens/day on Llama 3.1 8B, how many L4?", {"users": 5e6, "tokens_per_user_day": 800}),
    ("api input $0.2 per 1,000,000 tokens, output $0.8 per 1,000,000 tokens, 1B output tokens a day: monthly bill?",
     {"usd_per_million_input_tokens": 0.2, "usd_per_million_tokens": 0.8}),
    # Korean
    ("DGX H100 대당 €30만, 4대면 달러로 얼마예요? 환율 €1 = $1.1", {"servers": 4, "server_price_usd": 330_000}),
    ("10년 동안 학습 컴퓨트가 100만 배 늘었다면 doubling time은 몇 개월이에요?", {"factor": 1e6}),
    # (a guard: passes before and after; a Chinese fleet the round's readings must leave alone)
    ("每天1000万次请求，Llama 3.1 8B，L4要几张？", {"queries_per_day": 1e7}),
])
def test_round85_readings(q, expect):
    assert_params(q, expect)


def test_a_rate_said_one_euro_first_dollar_sign_before():
    req = parse("neocloud wants €1.85/gpu-hr for h100s, 1€=$1.08. 256 gpus for 3 months, in usd?")
    assert any(s.param == "usd_per_eur" and s.value == pytest.approx(1.08) for s in req.stated)


def test_a_taiwan_rate_taken_as():
    req = parse("德國機房電費€0.21/kWh（1歐抓1.1美金），512張H200每張含server 1kW，PUE 1.3，一年電費幾美金？")
    assert any(s.param == "usd_per_eur" and s.value == pytest.approx(1.1) for s in req.stated)


def test_deepseeks_r1_said_alone_after_deepseek_is_the_model():
    req = parse("deepseek api is ¥2/M output tok, fx 7.2. is self hosting r1 on h800s cheaper at 500M tok/day?")
    assert any(s.param == "model" and str(s.text).lower() == "r1" for s in req.stated)


def test_the_training_compute_of_a_fleet_matched_on_another_card():
    res = _answer("要达到500张A100 80GB的训练算力，换成H20大概要多少张？")
    assert res.intent == "convert"


def test_a_workstation_card_line_is_named_unknown():
    with pytest.raises(CalcError) as e:
        parse("A workstation with 8 RTX PRO 6000 Blackwell (96GB) running Llama 3.3 70B: how many concurrent users?")
    assert e.value.kind == "unknown_accelerator"


def test_a_japanese_lower_case_model_with_its_size_is_named():
    res = _answer("NTTのtsuzumi 7BをL40Sで社内展開した場合、1日10万件の問い合わせをさばくには何枚いりますか？")
    assert any("tsuzumi" in str(u.text) for u in res.unused)
