"""Round 78 (Chinese autonomous-driving data loops, Korean companies, Indian startups writing Hinglish, and sealed
sets from African fintech and telcos, Chinese government hotlines and Chinese pharma): Korean quantity words
(calc/korean.py: "동시접속자 5만 명", "H200 몇 장 필요해요?", "시간당 $1.8", "평균의 3배", and 만, 억, 천 read as
scales); romanised Hindi (calc/hinglish.py: "roz ke 2 crore users", "din mein 5 baar", "Saal bhar", "ek rack", "a
lakh"); a run rescaled to another count of the same cards ("took 20 days on 64 H800s … we scale to 128"); a
family's vision or task model ("Qwen2.5-VL 72B"); "tokens 1.5万亿"; a partner's time, checked; a day's calls and
their turns said right after ("每天约1500通对话，平均6轮"); seats counted as users ("坐席共1200个"); "3M SMS a day"."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Korean
    ("동시접속자 5만 명 기준으로 Qwen2.5 72B 서빙하려면 H200 몇 장 필요해요? 토큰당 50ms 이하로 맞추고 싶습니다.",
     {"concurrent_users": 50_000, "tpot_ms": 50}),
    ("HGX H100 서버 64대 1년 돌리면 전기 사용량 얼마나 나와요? 서버당 10.2kW, PUE 1.4 정도로 잡아주세요.",
     {"servers": 64, "watts_per_server": 10_200, "pue": 1.4}),
    ("Llama 3.1 8B를 한국어 데이터 500억 토큰으로 continued pretraining 하려고 합니다. A100 80GB 64장, MFU 45% 가정하면 "
     "며칠 걸리고, 시간당 $1.8로 빌리면 비용은 얼마예요?", {"train_tokens": 5e10, "gpus": 64, "rent_usd_per_hour": 1.8}),
    ("통신사 고객센터: 하루 상담 건수 40만 건, 상담 1건당 평균 8턴, 턴당 입력 2,500토큰 출력 200토큰. 피크는 평균의 3배. "
     "Qwen2.5 72B INT4 / A100 80GB 기준 필요 GPU 수 알려주세요.",
     {"queries_per_day": 400_000, "turns_per_session": 8, "input_tokens": 2500, "output_tokens": 200,
      "peak_factor": 3}),
    ("하루 요청 1,200만 건, 건당 입력 1,500토큰 / 출력 400토큰이에요. 입력 $0.15/백만토큰, 출력 $0.60/백만토큰이면 한 달 "
     "API 비용 얼마예요?", {"usd_per_million_input_tokens": 0.15, "usd_per_million_tokens": 0.6}),
    ("예산 1,200만 달러로 Gaudi 3 vs H100 중에 뭘 사는게 유리해요? Gaudi 3 장당 $15,000, H100 장당 $28,000 가정.",
     {"budget_usd": 1.2e7}),
    ("GB200 NVL72 랙 4개면 GPU 몇 장이고, 랙당 전력 120kW 기준 총 전력은 몇 MW예요?", {"servers": 4}),
    # romanised Hindi
    ("bhai hamare app pe roz ke 2 crore users hai, har user din mein 5 baar query karta hai, approx 600 input tokens "
     "aur 250 output tokens. Llama 3.1 8B chalana hai H100 pe, kitne GPU chahiye?",
     {"users": 2e7, "queries_per_user": 5}),
    ("Humare colo mein 16 DGX H100 servers lagne wale hai, har server ~10.2 kW, PUE 1.5. Saal bhar ka electricity "
     "bill kitna aayega at $0.11 per kWh?", {"servers": 16, "days": 365.25}),
    ("We charge $3 per user per month (India pricing). a lakh paid users, each ~30 queries/day, Llama 3.1 70B on H100 "
     "rented at $2.1/hr. Margin bachega ya nahi?", {"users": 100_000}),
    # a run rescaled to another count of the same cards
    ("The last run took 20 days on 64 H800s. This time we scale to 128 H800s, how many days?",
     {"from_gpus": 64, "gpus": 128}),
    ("上一版模型在64张H800上训了20天，MFU才32%，这次扩到128张、MFU优化到42%，预计几天？",
     {"from_gpus": 64, "gpus": 128, "mfu": 0.32, "mfu_to": 0.42}),
    # tokens named before their number
    ("按6ND粗估一下：参数13B，tokens 1.5万亿，总共多少FLOPs？放到512张A100 80G上，MFU 45%，要多少GPU时、几天？",
     {"train_tokens": 1.5e12, "params": 13e9}),
    # a day's calls, their turns said right after; seats as users; SMS as requests
    ("医学信息热线坐席辅助：每天约1500通对话，平均6轮，每轮输入3000 tokens、输出200 tokens，Llama 3.1 70B部署在H100上，要几卡？",
     {"queries_per_day": 1500, "turns_per_session": 6}),
    ("我们给区政府做热线坐席助手SaaS：坐席共1200个，每坐席每天调用150次，Qwen2.5 72B跑在租的H800上（每卡时10元），每坐席每月"
     "收300元，能覆盖算力成本吗？", {"users": 1200, "queries_per_user": 150}),
    ("SMS-based farmer advisory in Kenya: 3M SMS a day, each question up to 160 characters, replies up to 320 "
     "characters, about 4 characters per token. Llama 3 8B on L4, how many GPUs?", {"queries_per_day": 3e6}),
])
def test_round78_readings(q, expect):
    assert_params(q, expect)


def test_a_rescaled_run_takes_the_time_in_proportion():
    res = _answer("The last run took 20 days on 64 H800s. This time we scale to 128 H800s, how many days?")
    # (it had been refused for want of users: a fleet asked)
    assert res.intent == "training" and fig(res, "train_days") == pytest.approx(10, rel=0.01)


@pytest.mark.parametrize("q,name", [
    ("用Qwen2.5-VL 72B给Clips做多模态打标，每天100万条，每条输入4000 tokens、输出200 tokens，H20要几张卡？", "qwen2.5-vl 72b"),
])
def test_a_familys_vision_model_is_unknown(q, name):
    with pytest.raises(CalcError) as e:
        _answer(q)
    assert e.value.kind == "unknown_model" and name in str(e.value).lower()


def test_a_partners_time_is_checked():
    res = _answer("有个合作方说用32张H100，3天就能把Llama 2 13B在100亿token上全参微调完，可信吗？")
    assert "给出的“3天”" in res.headline


def test_a_growth_claim_is_no_rescaled_run():
    # (a guard: passes before and after; two counts of one card a growth, not a run moved)
    res = _answer("文章说算力需求每年增长10倍，2024年用了1万张H100，到2027年就得1000万张？对吗")
    assert res.intent == "growth"
