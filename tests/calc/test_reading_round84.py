"""Round 84 (Chinese cloud-gaming and live-streaming platforms, US city and transit IT, Korean telcos and banks,
and sealed sets from Chinese drug makers, Australian and New Zealand miners and utilities, Korean start-ups): a
reader of Korean in its own order (calc/korean.py: "장당 3만 5천 달러" is 35,000 dollars per card, "kWh당
0.11달러", "초당 8천 요청", "1인당 하루 질의 20건", "칩당 시간당 2.7달러", "50만에서 1,000만으로", "매년 80%씩
성장", "4개월마다 2배씩", "피크는 평균 대비 3배", "20일이면 충분하다고 하는데", a number moved by a rewrite still
quoted where it was written), amounts said in two scales ("3万5千美元", "1亿2千万", "3만 5천"), a rate per second
said "一秒能出一千八左右的token", an evening peak that "再翻2.5倍", a per-card rate asked of a replica the user sizes
("TP8 … 单卡吞吐"), a claim asked "可能吗" / "possible?", "daily input 12B tokens, output 1.5B", "400-ish tokens",
"1 in 4 use it on any given day", places of any name that each hold their own cards, "0.27 dollars per 1M tokens
… how much a month"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Korean, in its own order
    ("H200 300장을 장당 4만 2천 달러에 사면 총 얼마예요?", {"gpus": 300, "price_usd": 42_000}),
    ("H100 1천 장 클러스터 1년 전기료는요? 전기요금 kWh당 0.09달러, PUE 1.3", {"electricity_usd_per_kwh": 0.09}),
    ("평균 초당 5천 요청이고 피크는 평균 대비 2배예요. Llama 3.1 8B로 L4 몇 장 필요해요?",
     {"qps": 5000, "peak_factor": 2}),
    ("DAU 20만에 유저당 하루 12쿼리, 출력 300토큰이면 Llama 3.1 70B로 H100 몇 장이에요?",
     {"users": 200_000, "queries_per_user": 12}),
    ("TPU v5e 칩당 시간당 1.8달러면 128칩으로 3주 학습 돌릴 때 얼마예요?",
     {"rent_usd_per_hour": 1.8, "gpus": 128, "days": 21}),
    ("DAU 10만에서 80만으로 늘어나면 Llama 3.1 8B 기준 L40S 몇 장이 더 필요해요?", {"users": 100_000, "users_to": 800_000}),
    ("지금 DAU 50만이고 매년 60%씩 성장한다고 보면 2년 뒤 H100 몇 장 필요할까요? 인당 하루 5회",
     {"growth_rate_year": 0.6}),
    ("L40S 한 장당 초당 2,000 토큰 나오는데 하루 출력 토큰이 총 10억 개면 몇 장 필요해요? Mistral 7B",
     {"observed_tokens_per_s_per_gpu": 2000, "tokens_per_day": 1e9}),
    ("답변은 한글 300자 정도이고 1자당 1.2토큰으로 계산해 주세요. DAU 5만, 인당 하루 4회, Gemma 2 27B, L40S 몇 장?",
     {"tokens_per_character": 1.2}),
    # Chinese: amounts in two scales, a rate said per second in words, the evening peak
    ("每张3万5千美元，买200张H100一共多少钱？", {"price_usd": 35_000}),
    ("日活1亿2千万，每人每天3次，Llama 3.1 8B，H100要多少张？", {"users": 1.2e8}),
    ("直播弹幕审核，平均每秒2w条，晚高峰再翻3倍，Qwen2.5 7B，L4要几张？", {"peak_factor": 3}),
    ("4090跑Llama 3.1 8B，实测单卡一秒能出两千左右的token，每天要出20亿token，要几张？",
     {"observed_tokens_per_s_per_gpu": 2000}),
    # English
    ("Batch job: daily input 8B tokens, output 1B tokens, Qwen2.5 7B on A100 80GB. How many cards?",
     {"input_tokens_per_day": 8e9, "tokens_per_day": 1e9}),
    ("Help desk bot: 300k requests a day, prompts are 600-ish tokens, replies ~120 tokens, Llama 3.1 8B on L4?",
     {"input_tokens": 600}),
    ("30k weekly users, roughly 1 in 5 use it on any given day, 6 questions each, Mistral 7B on L4 - how many?",
     {"users": 30_000, "dau_per_wau": 0.2}),
    ("We run 30 branch libraries (each library gets its own cards). About 20 QPS in all, Llama 3.1 8B. How many L4s "
     "per library?", {"sites": 30}),
    # Korean numbers in words: Sino-Korean ("천오백", "천이백") and native before a counter ("두 달", "세 대")
    ("DAU 10만, 유저당 하루 20번, 프롬프트 천이백 토큰, 답변은 200토큰, Llama 3.1 8B로 L40S 몇 장?",
     {"input_tokens": 1200, "output_tokens": 200}),
    ("지금 DAU 3만인데 두 달마다 두 배씩 늘어요. 300만 찍는 데 몇 달 걸려요?", {"doubling_months": 2}),
    ("GB200 NVL72 랙 하나 280만 달러인데 10% 할인 받으면 3랙에 얼마?", {"server_price_usd": 2.8e6, "servers": 3}),
    # Chinese: a basis in documents, centres that each deploy their own, a second card's price in 万
    ("合同审查，每份输入4000 token输出500 token，Qwen2.5 72B 跑在租的H100上，每卡时12元，每千份合同成本多少？",
     {"per_requests": 1000}),
    ("全国8个客服中心，数据不出本地各自部署，总共2400人，每人每天20次，Qwen2.5 7B，每个中心要几张L40S？",
     {"sites": 8, "users": 2400}),
    # English, Australian and New Zealand habits
    ("What's it cost to rent 32 H100s for a fortnight at US$2.20/hr?", {"days": 14}),
    ("We're at 600-odd daily users, doubling every 3 months. Roughly how many in a year?", {"users": 600}),
    # (a guard: passes before and after; a Korean fleet the round's readings must leave alone)
    ("동시접속자 5만 명, Llama 3.1 8B, H100 몇 장 필요해요?", {"concurrent_users": 50_000}),
])
def test_round84_readings(q, expect):
    assert_params(q, expect)


def test_a_per_card_rate_of_the_replica_the_user_runs():
    res = _answer("MI300X上跑Llama 3.1 405B fp8，TP8，单卡吞吐能到多少token/s？")
    assert "8张" in res.headline


def test_an_impossible_claim_asked_if_possible_is_answered():
    res = _answer("隔壁组说他们256张H100两周就把Llama 3 70B用15T token训完了，可能吗？")
    assert res.headline.startswith("不可能")


def test_a_claim_asked_possible_in_english_is_answered():
    res = _answer("Our neighbours say 256 H100 trained Llama 3 70B on 15T tokens in two weeks. Possible?")
    assert res.headline.startswith("Not possible")


def test_users_grown_asked_with_no_card_named_is_a_growth():
    res = _answer("Our assistant's usage has been doubling every 5 months. We're at 1,200 daily users now. Roughly "
                  "how many in 2 years if that keeps up?")
    assert res.intent == "growth"


def test_a_second_cards_price_said_in_wan_as_w():
    req = parse("H20和L40S跑Qwen2.5 7B哪个性价比高？H20报价11万/张，L40S大概7w")
    assert any(s.param == "price_cny" and s.value == 70_000 for s in req.stated)


def test_qps_is_per_second_after_places_are_read():
    assert_params("40 QPS, Llama 3.1 8B, how many L4?", {"qps": 40})


def test_a_monthly_bill_asked_with_prices_in_dollars_words():
    req = parse("RAG: daily input 30B tokens, output 2B tokens, DeepSeek-V3. API input 0.27 dollars per 1M tokens, "
                "output 1.1 dollars per 1M tokens; how much a month?")
    assert req.params.get("days") == pytest.approx(30.4375)


def test_a_korean_number_moved_by_the_rewrite_is_quoted_where_it_was_written():
    res = _answer("DAU 50만에서 1,000만으로 늘리면 L40S 몇 장 필요해요? 지금 48장 써요")
    assert any(i.text == "1,000만" for i in res.inputs)
