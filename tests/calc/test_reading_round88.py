"""Round 88 (Chinese cloud pre-sales architects, Japanese university labs with prices in yen, Taiwanese public
bodies and hospitals in traditional characters, and sealed sets from Korean developers chatting casually, Latin
American engineers in English, German-speaking engineers in English): Japanese "2,048基" and "1基あたり", "1GPU・1時間
あたり約600円", "1kWh 30円" and "22円/kWh", "1日あたり出力トークンが5億", "同時ユーザー200人", "1文字≒0.8トークン",
"ラックが1本あたり20kWまで … ラックは30本", "100万トークンあたりいくら", "アカデミック割引15%", "毎年2.5倍 … 今の
1,000倍になるのは何年後", "MFUを8ポイント上げ", "MFUが2割改善", "1本8,000語を入力して300語の要約", "為替は155円",
"科研費", "5万人から1年で50万人まで", "(1ノード)", "8枚サーバー", "LLM-jp-3 172B" (a hyphenated name with its size,
sized by it and named unknown); Chinese "能抵三成" (a voucher's 30%), "每个副本并发跑到32", "日活是周活的1/4",
"一天6,000件咨询，每件平均来回8轮", "同时200位医生在用", "同时上线三千人", "1 token约0.75个英文单词" (had been
1/3,000 tokens a word, refused as a bad number), Taiwan's "尖峰抓平均的4倍", "英文字", "22個縣市機房各自部署", a
hotline's number ("1999市民熱線", had been read as 1,999 users), "醫療NER模型" no model; Korean "50만불", "첫 토큰은
1초 안에", "레플리카당 동시 64개", "4글자≈1토큰", "한두 장", "H100 1k장"; English "more or less 3x", "is like 5x",
"x day" (per day), "1,8 bi tokens", "1 € = 1.08 usd"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Japanese
    ("A100を1,024基、1基あたりサーバ込み0.6kW、年間の電気代は？", {"gpus": 1024, "watts_per_gpu": 600}),
    ("H200を1GPU・1時間あたり約700円で借りて64枚を3週間回すといくら？1ドル140円で。",
     {"rent_usd_per_hour": 5.0, "gpus": 64}),
    ("DGX H100を4台、1台10.2kW、電力単価28円/kWh、1ドル140円で年間の電気代は？",
     {"electricity_usd_per_kwh": 0.2}),
    ("1日あたり出力トークンが3億くらい。Llama 3.1 8BをL4で何枚？", {"tokens_per_day": 3e8}),
    ("同時ユーザー150人、Llama 3.1 8BをL40Sで何枚必要？", {"concurrent_users": 150}),
    ("1件あたり入力1,500文字、日本語は1文字≒0.9トークン、1日2万件、Qwen2.5 7BをL4で何枚？",
     {"tokens_per_character": 0.9}),
    ("ラックが1本あたり15kWまでです。H100 SXMの8枚サーバーは1ラックに何台？ラックは20本あります。",
     {"racks": 20, "gpus_per_server": 8}),
    ("DGX B200が1台8,000万円、アカデミック割引20%、1ドル150円で2台だといくら？", {"discount": 0.2}),
    ("需要が毎年3倍で伸びたら、今の100倍になるのは何年後？", {"factor": 100}),
    ("H100 128枚、MFU 30%で学習に14日。MFUを5ポイント上げられたら何日？", {"mfu_gain_points": 0.05}),
    ("1本5,000語を入力して200語の要約、1語=1.3トークン、1日1,000本、Llama 3.1 8BをL4で何枚？",
     {"queries_per_day": 1000}),
    ("Gaudi 3が1枚1.6万ドルなら、科研費2,800万円で何枚？為替は140円で。", {"budget_usd": 2e5, "fx_rate": 1 / 140}),
    ("ユーザーが今の2万人から1年で20万人まで増えたら、Llama 3.1 8BをL4で何枚？1人1日5回。",
     {"users": 2e4, "users_to": 2e5}),
    # Chinese and Taiwan's
    ("客户有算力券，能抵两成，H100按量每卡每小时30元，64卡跑一个月要多少？", {"discount": 0.2}),
    ("Qwen2.5 72B，TP=8，起了6个副本，每个副本并发跑到48，H100，能扛多大日活？每人每天8次", {"batch_per_replica": 48}),
    ("月活3000万，日活是月活的1/5左右，每人每天3次，Qwen2.5 7B用L40S要几张？", {"dau_per_mau": 0.2}),
    ("一天大概8,000件咨询，每件平均来回5轮，Llama 3.1 8B用L4要几张？", {"queries_per_day": 8000, "turns_per_session": 5}),
    ("高峰时段大概同时300位老师在用，Llama 3.1 8B，L4要几张？", {"concurrent_users": 300}),
    ("每篇2,000个英文单词，1 token约0.75个英文单词，每天3,000篇，Qwen2.5 7B用L4要几张？", {"tokens_per_word": 1 / 0.75}),
    ("市府12345熱線的AI客服，日活3萬人，每人一天2次，尖峰抓平均的3倍，Llama 3.1 8B要幾張L4？",
     {"users": 3e4, "peak_factor": 3}),
    ("想在全台15個縣市機房各自部署Llama 3.1 8B，全國日活合計5萬人，每人每天3次，每個機房都用L4，總共要幾張？",
     {"sites": 15}),
    # Korean
    ("GPU에 30만불 정도 쓸 수 있음. H100 장당 2.5만달러면 몇 장?", {"budget_usd": 3e5}),
    ("동접 800, Llama 3.1 70B H100, 첫 토큰은 2초 안에 나와야 됨. 몇 장?", {"ttft_ms": 2000}),
    ("레플리카당 동시 32개까지, 동접 3천명, H100 TP4로 Llama 3.1 70B면 레플리카 몇 개?", {"batch_per_replica": 32}),
    ("영문 평균 4천자, 4글자≈1토큰, 하루 5만건, Llama 3.1 8B L4 몇 장?", {"tokens_per_letter": 0.25}),
    ("7B 모델 1T 토큰, H100 2k장이면 며칠? MFU 40%", {"gpus": 2000}),
    # English
    ("WhatsApp bot for 800k users, 4 msgs x day, peak more or less 3x, Llama 3.1 8B on L4, how many?",
     {"queries_per_user": 4, "peak_factor": 3}),
    ("we serve 1,5 bi tokens x day of output with Llama 3.1 70B fp8 on H100, how many GPUs?", {"tokens_per_day": 1.5e9}),
    ("€2MM approved for GPUs, at 1 € = 1.10 usd, H100 PCIe around usd 25k each, how many?", {"fx_rate": 1.1}),
    # (a guard: passes before and after; a Japanese fleet the round's readings must leave alone)
    ("Llama 3.1 8BをL4で、1日5万リクエスト、何枚必要ですか？", {"queries_per_day": 5e4}),
])
def test_round88_readings(q, expect):
    assert_params(q, expect)


def test_a_hyphenated_name_with_its_size_is_sized_by_it_and_named():
    r = parse("LLM-jp-4 13Bを5,000億トークンでH100 256枚なら何日？")
    assert r.params.get("params") == 13e9
    assert any(s.note == "unknown_sized" and "llm-jp-4" in s.text.lower() for s in r.stated)


def test_a_task_is_no_model_name():
    res = compute(parse("之前用8張V100訓一個醫療OCR模型花了10天，這次換成16張H100 SXM大概要幾天？"))
    assert res.figure("train_days") is not None


def test_a_hotline_number_is_no_count():
    r = parse("做1999市民热线的AI客服，日活2万人，每人每天3次，Llama 3.1 8B用L4要几张？")
    assert r.params["users"] == 2e4


def test_a_few_cards_said_in_korean_are_not_dropped():
    res = compute(parse("직원 500명, 하루 4번씩, Mistral 7B로 L4 두세 장이면 충분하지 않나?"))
    said = [i.text for i in res.inputs] + [u.text for u in res.unused]
    assert any("두" in s for s in said) and any("세" in s for s in said)
