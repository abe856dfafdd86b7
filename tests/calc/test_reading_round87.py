"""Round 87 (Chinese autonomous-driving and robotics teams, Korean game companies in Korean, Japanese system
integrators in business Japanese, and sealed sets from Indian IT services in Indian English, Chinese university
computing centres, Singapore and Malaysia teams in Singlish): amounts in yen converted at the stated rate ("1ドル150円",
"150 yen to the dollar") or the catalog's (had been named as a currency not converted, and "1ドル" read as a US$1
budget), "1枚1時間$2.2" and "時間単価$2.8" (had been read as a purchase price), "70億パラメータ", a service likened to
ChatGPT beside the model it runs ("ChatGPT-like", "ChatGPT的な", "类ChatGPT": had been sized as GPT-3),
"first response within 0.8 s", "of whom about 6,000 use it daily", the daily share of monthly or weekly users in
Japanese ("うち日次で使うのは3割"), Japanese and Korean turns, batches, discounts, peaks, runs, speed-ups and rates of
text to tokens, a maker's own model named after it ("NTTのtsuzumi", "NECのcotomi") and a car's chip
("车端Thor-U") named unknown, "6万5" (65,000, had been 6万 and a stray 5), "翻10倍" beside servers (had been read as
an all-in multiple), each robot's tokens a day, "利用律" typed for 利用率, Korean "수백 장" named vague, "500만까지
키우는", "HBM은 DRAM의 5배", "B200이 H100보다 2.5배 빠르다고", "연간 전기료", "355 GPU년"; and a card named only
as what another is compared with no longer owns the price said after it."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Japanese
    ("社内向けにH200をクラウドで1枚1時間$3.1で借りた場合、Llama 3.1 70Bで1日5万件だと月額いくらでしょうか。",
     {"rent_usd_per_hour": 3.1}),
    ("GPU1枚あたり時間単価$2.5、H100を32枚で10日間の学習費用は？", {"rent_usd_per_hour": 2.5}),
    ("130億パラメータのモデルを1,000億トークン、H100 64枚、MFU 40%で学習すると何日？", {"params": 13e9}),
    ("月間ユーザーは約5万人、そのうち日次で使うのは2割程度、1人あたり1日4回です。Llama 3.1 8BをL4で何枚？",
     {"users": 5e4, "dau_per_mau": 0.2, "queries_per_user": 4}),
    ("週間利用者3万人、うち日次で利用するのは約9,000人、Llama 3.1 8BをL40Sで動かす場合の枚数は？",
     {"users": 3e4, "dau_per_wau": 0.3}),
    ("Qwen2.5 72BをH200で、最初の応答まで1.5秒以内、同時100ユーザーの場合は何枚必要でしょうか。",
     {"ttft_ms": 1500, "concurrent_users": 100}),
    ("1日2万件、1件あたり平均4往復、Llama 3.1 8BをL4で何枚？", {"turns_per_session": 4}),
    ("DGX H100を3台、1台あたり$300,000、15%の値引きで総額は？", {"discount": 0.15}),
    ("平均で毎秒20リクエスト、ピーク係数は3、Llama 3.1 8BをL40Sで何枚？", {"peak_factor": 3}),
    ("1単語≒1.4トークンとして、1日100万語を翻訳、Llama 3.1 70BをH100で何枚？", {"tokens_per_word": 1.4}),
    ("1トークン≒1.5文字、回答は600文字程度、1日1万件、Llama 3.1 8BをL4で何枚？",
     {"tokens_per_character": 1 / 1.5}),
    ("調査では計算量が5年間で1万倍に増えたそうです。何か月ごとに倍増している計算でしょうか。",
     {"factor": 1e4, "period_months": 60}),
    ("ドイツの案件でH100サーバーを1台€250,000で3台、1ユーロ＝1.10ドルでドル建てはいくら？", {"fx_rate": 1.1}),
    # yen
    ("予算5億円、1ドル150円でH100を1枚$28,000なら何枚買えますか。", {"budget_usd": 5e8 / 150}),
    ("電気代は1kWhあたり30円、H100を64枚、1年の電気代は？", {"electricity_usd_per_kwh": 30 / 150}),
    ("H200を1枚500万円で32枚購入するといくら？", {"price_usd": 5e6 / 150}),
    ("we have a budget of 200 million yen at 160 yen to the dollar; how many H100 at $28k each?",
     {"budget_usd": 2e8 / 160, "fx_rate": 1 / 160}),
    # English
    ("9,000 weekly users, of whom about 2,700 use it daily, 5 queries each, Llama 3.1 8B on L4, how many?",
     {"users": 9000, "dau_per_wau": 0.3}),
    ("500 agents, Mixtral 8x7B on H100, first reply within 700 ms, 20 queries each a day, how many GPUs?",
     {"ttft_ms": 700}),
    # Korean
    ("DAU 20만인데 내년까지 200만까지 키우는 게 목표예요. 지금 H100 16장인데 그때 몇 장 필요해요?",
     {"users": 2e5, "users_to": 2e6}),
    ("서버 전체 구매 예산 1억 달러 중 70%만 GPU 자체에 쓰면 H200 장당 3만 달러로 몇 장?", {"budget_share": 0.7}),
    ("H100 장당 2만 5천 달러인데 500장 사면 10% 깎아준대요. 총액은?", {"discount": 0.1}),
    ("B200이 H100보다 학습 2배 빠르다고 치고, H100 1,024장으로 30일 걸리는 학습을 B200 512장으로 돌리면 며칠?",
     {"speedup": 2, "from_gpus": 1024, "gpus": 512}),
    ("GB200 NVL72 랙 2개, 랙당 130kW, kWh당 0.12달러면 연간 전기료는?", {"days": 365.25}),
    ("메시지 평균 60자고 1글자에 1.2토큰, 하루 1억 건, Llama 3.1 8B로 L4 몇 장?",
     {"tokens_per_character": 1.2}),
    ("vLLM으로 H200 한 장에 Llama 3.1 8B, 배치 128이면 초당 토큰 몇 개?", {"concurrent_users": 128}),
    # Chinese
    ("H20每张11万、L40S每张4万5，哪个性价比高？", {"price_cny": 1.1e5}),
    ("H100每张2万5，买100张多少钱", {"price_cny": 2.5e4}),
    ("明年推理算力要翻5倍，现在128台H20服务器，到时候要多少台？", {"factor": 5, "servers": 128}),
    ("5000台机器人每天在线，每台每天大概产生2万个输出token，Qwen2.5 7B用L40S部署，要几张？",
     {"users": 5000, "tokens_per_user_day": 2e4}),
    ("Llama 3.1 8B用L4部署，日活3万，每人10次，利用律70%，要几张？", {"utilization": 0.7}),
    # Indian English
    ("Claims bot: 2 Lacs policy holders a day, 3 questions each, Llama 3.1 8B on L4. How many GPUs?",
     {"users": 2e5, "queries_per_user": 3}),
    ("Tender for 20 DGX H100. Price approx $3 lakh per DGX. Total capex?", {"server_price_usd": 3e5, "servers": 20}),
    ("60 lakh weekly active users, DAU/WAU approx 25%, 3 queries per DAU, Llama 3.1 8B on L4, how many?",
     {"dau_per_wau": 0.25}),
    ("We have 20 crore input tokens daily and 2 crore output. Llama 3.1 8B, $0.10 per million input and $0.40 per "
     "million output, per month cost?", {"input_tokens_per_day": 2e8, "tokens_per_day": 2e7}),
    # Singapore and Malaysia
    ("we generate abt 3 bil tokens a day, API USD 0.50 per million, self-host on 8x H100 rent USD 2.5/hr each, "
     "which cheaper?", {"tokens_per_day": 3e9}),
    ("super-app weekly active 2 mil, DAU around 35% of WAU, each 3 queries, Llama 3.1 8B on L4 how many?",
     {"users": 2e6, "dau_per_wau": 0.35}),
    ("project USD 60 mil, GPU portion abt 55%, H100 USD 25k each, how many cards?", {"budget_share": 0.55}),
    ("MI300X 一张大概 USD 15k，serve Llama 3.1 405B FP8，一个 replica 8 张，需要 10 个 replicas，total 多少钱?",
     {"tensor_parallel": 8, "replicas": 10}),
    ("support inbox triage, avg email abt 1,500 characters, about 4 characters per token, 20k emails a day, "
     "Qwen2.5 7B on L4, 多少张?", {"tokens_per_letter": 0.25}),
    ("chat moderation: messages average 240 characters, 4 characters per token, 3k messages per second, Llama 3.1 "
     "8B on L4, how many?", {"input_tokens": 60}),
    # Chinese
    ("Llama 3.1 70B在每张H100上每秒可输出2000 token，这个数字靠谱吗？", {"claim": True}),
    # (a guard: passes before and after; a Chinese fleet the round's readings must leave alone)
    ("日活50万，每人每天10次，Qwen2.5 72B用H20，要几张？", {"users": 5e5, "queries_per_user": 10}),
])
def test_round87_readings(q, expect):
    assert_params(q, expect)


def test_a_service_likened_to_chatgpt_runs_the_model_named():
    for q in ("an internal ChatGPT-like assistant for 3,000 staff, 10 queries each a day, on Llama 3.1 70B with "
              "H100. How many?",
              "做一个类ChatGPT的客服，日活3000，每人10次，Llama 3.1 70B用H100要几张？",
              "社内ChatGPT的なサービスを3,000名で、1人1日10回、Llama 3.1 70BをH100で何枚？"):
        r = parse(q)
        assert r.params["model"] == "llama3_70b", q
        res = compute(r)
        assert any("ChatGPT" in u.text for u in res.unused), q
    # alone, it is the model asked about
    assert parse("a ChatGPT-like bot for 1M users on H100, how many?").params["model"] == "gpt3_175b"


@pytest.mark.parametrize("q,name", [
    ("NTTのtsuzumiをL4で1日1万件動かすには何枚必要でしょうか。", "tsuzumi"),
    ("NECのcotomiをA100 80GB 4枚で1日1万件処理できますか", "cotomi"),
])
def test_a_makers_own_model_is_named_unknown(q, name):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == "unknown_model" and name in str(e.value)


def test_a_cars_chip_is_named_unknown():
    with pytest.raises(CalcError) as e:
        parse("车载Thor-U上部署7B模型int4，decode能到多少token/s？")
    assert e.value.kind == "unknown_accelerator"


def test_a_yen_rate_with_no_amount_gives_the_answer_in_yen():
    res = _answer("Llama 3.1 8BをA100 80GB 4枚で1日1万件、費用は1ドル150円換算でお願いします。")
    assert "¥150 per US$" in res.headline
    assert any(i.param == "usd_per_jpy" and "150" in i.text for i in res.inputs)


def test_korean_hundreds_of_cards_are_named_vague():
    res = _answer("트래픽이 매년 50%씩 늘어요. 지금 H100 수백 장 운영 중인데 2년 후엔 몇 장이 필요할까요?")
    assert any("수백" in u.text for u in res.unused)


def test_a_card_compared_with_owns_no_price_said_after_it():
    r = parse("Gaudi 3 is 1.5x faster than H100 at $15,000 per card; if H100 is $28,000 per card, which is "
              "cheaper per performance?")
    prices = sorted(float(o["price_usd"]) for o in r.options if "price_usd" in o)
    assert prices == [15_000, 28_000]
    assert not any(s.note == "duplicate" for s in r.stated if s.param == "price_usd")
