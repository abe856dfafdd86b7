"""Round 101 (Chinese government-cloud planners, Korean wholly in Korean, academic HPC admins, and sealed sets
from Moroccan and Egyptian engineers in Darija, French and English, Filipino BPO managers, and Central-Asian and
Romanian engineers): won at "환율 1,390원" and an answer asked "원화로", amounts in 억 and 천만 ("대당 6억
5천만원"), Korean growth, matching, claims and sessions; GPU-hours as node-hours, "EUR 1 = $1.09", "GPU-hour
rate is $1.35", MFU "better by 30%", a claim beside a card's watts; MAD, KZT, RON, lei and pesos at their
rates; Arabizi ("3ndna", "n9dro") and French "par" in English; "shtuk", "tysyach", "trln", "milliards"; a
stated fleet's cost per 1,000 requests; an average concurrency's peak."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Korean
    ("H100을 시간당 2.5달러에 1만 시간 빌리면 얼마예요? 원화로도요, 환율 1,400", {"local_per_usd": 1400}),
    ("HGX H200 16대 견적이 대당 5억 6천만원이에요. 총액은 달러로 얼마? 환율 1,400",
     {"server_price_usd": 4e5, "servers": 16}),
    ("연구용 컴퓨트가 5년 동안 100배 늘었다고 하면 몇 개월마다 두 배인 셈이에요?", {"factor": 100, "period_months": 60}),
    ("B200 2천 장이랑 같은 연산 성능 맞추려면 H100 몇 장 필요해요? FP8 기준", {"gpus": 2000, "match_accelerator": "b200"}),
    ("고객 상담 답변이 평균 500자, 1자당 토큰 1.2개 정도 나와요. 하루 10만 건, Llama 3.1 8B로 L4 몇 장?",
     {"tokens_per_character": 1.2}),
    ("이용자가 20만에서 300만 명으로 늘면 L40S 몇 장 더 필요해요? Llama 3 8B, 1인당 하루 4번",
     {"users": 2e5, "users_to": 3e6}),
    ("동시 접속 세션 3만 개, 토큰당 50ms 이하, Llama 3.1 8B로 H100 몇 장?", {"concurrent_users": 30000}),
    ("MFU 35%에서 45%까지 올리면 학습 기간 얼마나 줄어요? H200 1천 장, 70B, 토큰 10T 기준", {"train_tokens": 1e13}),
    ("법률 문서 요약 서비스, 하루 문서 5천 건, 건당 평균 4,000단어. Llama 3.1 70B로 H200 몇 장?",
     {"input_tokens": 4000 / 0.75}),
    ("DGX H100 10대 샀으면 얼마였을까요? 올인 비용은 장비값의 1.4배로 봐주세요", {"all_in_multiple": 1.4}),
    ("DGX B200 대당 5억원, 물량 할인 10% 받으면 8대 총액은? 환율 1,400원", {"discount": 0.1}),
    # Chinese
    ("全市智能客服的调用量每年增长60%，现在800张卡，按同样利用率2年后要多少张？", {"period_months": 24}),
    ("每天生成通知大约5万篇，每篇800字左右，用Qwen2.5 72B，需要几张H20？", {"output_tokens": 800 * 0.6}),
    # English: HPC centres
    ("requesting 10,000 node-hours on the GPU partition (8 GPUs/node, H100 SXM) to train a 7B model on 300B "
     "tokens at 40% MFU. justified?", {"gpu_hours": 80000}),
    ("Budget is EUR 2M, EUR 1 = $1.08. How many H200 at $32k each?", {"budget_usd": 2.16e6}),
    ("the center's GPU-hour rate is $0.95. 2 runs of a 3B model on 60B tokens each, A100 80GB, 40% MFU. total?",
     {"rent_usd_per_hour": 0.95}),
    ("their job took 6 days on 16 A100 80GB; they want to know days on 16 H100 SXM", {"from_gpus": 16}),
    ("last run: 20 days on 32 A100 80GB. now 32 H100 SXM with MFU better by 25%, how long?", {"mfu_gain": 0.25}),
    # Darija, French, Tagalog, Russian and Central-Asian English
    ("bghit n3ref chhal ghadi ykoun le coût: 64 H100 à 2,5 $/h par GPU pendant 30 jours, en MAD (1 USD = 10 MAD)",
     {"local_per_usd": 10, "gpus": 64}),
    ("kam req/s n9dro nhandliw: Llama 3.1 8B on L40S as 8 replicas, max batch 32 par replica, 1 500 in / 200 out",
     {"input_tokens": 1500}),
    ("électricité à 1,2 MAD le kWh (1$ ≈ 10 MAD), 256 B200 running 24/7, ~1,1 kW par GPU. chhal sur 2 ans?",
     {"watts_per_gpu": 1100, "electricity_usd_per_kwh": 0.12}),
    ("si la charge fait x10 in the next 3 years, combien de H100 au lieu des 64 actuels?", {"factor": 10, "gpus": 64}),
    ("a grid operator gives us 10 MW. with B200 at ~1,4 kW par GPU incl. server w PUE 1,3, how many GPUs?",
     {"watts_per_gpu": 1400}),
    ("Pilot budget namin is ₱3M for 2 months. Renting L40S at $1.10/hr, 58 pesos per dollar, ilan GPUs 24/7?",
     {"budget_usd": 3e6 / 58, "local_per_usd": 58}),
    ("Vendor quote: ₱18 million per DGX H100, 2 units. Dollar rate 58. Total capex?",
     {"server_price_usd": 18e6 / 58, "local_per_usd": 58}),
    ("Budget ₱60M, half lang ang pwede sa GPU. At 1 USD = ₱58, H200 at $33k each, ilan?", {"budget_share": 0.5}),
    ("we have 32 shtuk H200 SXM running 24/7, 700 W per GPU, PUE 1,3, tariff 0,9 RON/kWh (1 USD = 4,5 RON). "
     "monthly bill in lei?", {"gpus": 32, "electricity_usd_per_kwh": 0.2}),
    ("ministry gives 2,5 mlrd tenge (1$ = 500 KZT) for GPUs. H100 SXM is 30 000 $ per piece. How many shtuk?",
     {"budget_usd": 5e6}),
    ("train 13 mlrd parameters model on 2,5 trln tokens with 512 H100 SXM, MFU 40%. days?",
     {"train_tokens": 2.5e12, "params": 13e9}),
    ("bank chatbot for 60 tysyach concurrent users, Llama 3.1 8B on L40S, TPOT 50 ms. how many?",
     {"concurrent_users": 6e4}),
    ("on-prem DeepSeek-V3, 5 тысяч concurrent users, TPOT 50 ms. Сколько H200 SXM нужно?", {"concurrent_users": 5e3}),
    ("for 2 milliards output tokens/day on H100 with Llama 3.1 70B, combien de GPUs?", {"tokens_per_day": 2e9}),
    ("5 mlrd input tokens per day and 300 mln output per day on H100, vs API at 0,2 USD per million input "
     "and 0,8 USD per million output?", {"input_tokens_per_day": 5e9, "tokens_per_day": 3e8}),
    ("Total traffic 3 000 req/s, 300 in / 100 out tokens, Mistral 7B on L4. how many?", {"qps": 3000}),
    ("Grant 5 mln EUR (1 EUR = 1,1 USD), about 60% of it we can spend for accelerators. How many H200 at 30k USD?",
     {"budget_share": 0.6}),
    ("budget 30 mln lei, 1 USD = 4,5 lei. H100 SXM at 25 000 USD and everything else is x1,5 over cards. how many?",
     {"all_in_multiple": 1.5}),
    ("Our 1,500-agent floor, each agent ~40 summaries a day, 1,000 tokens in, 150 out, Llama 3.1 8B on L40S",
     {"users": 1500}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round101_readings(q, expect):
    assert_params(q, expect)


def test_a_claim_said_before_they_say_is_checked():
    res = compute(parse("영업 말로는 DGX B200 1대로 Llama 3.1 70B 서빙하면 초당 5만 토큰 나온다고 하는데 현실적인 숫자예요?"))
    assert fig(res, "claimed_claimed_value") > 0 and not res.unused


def test_a_claim_beside_a_cards_watts_is_checked_and_the_watts_used():
    res = compute(parse("sales claims Llama 3.1 8B does 3,000 tok/s per GPU on L4 in fp8. for a 72 W card? plausible?"))
    assert fig(res, "joules_per_token") > 0 and fig(res, "claimed_claimed_value") > 0 and not res.unused


def test_a_stated_fleets_cost_per_requests_is_its_rent_over_its_load():
    res = compute(parse("cost per 1,000 calls if we run 8 L4 rented at $0.5/hr each, handling 100k calls a day?"))
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(8 * 0.5 * 24 / 100)
    assert not res.unused


def test_an_average_concurrency_is_sized_at_its_peak():
    plain = compute(parse("avg 1,000 concurrent users, Llama 3.1 8B on L40S, how many GPUs?"))
    peak = compute(parse("avg 1,000 concurrent users, peak 2x on Mondays, Llama 3.1 8B on L40S, how many GPUs?"))
    assert fig(peak, "gpus") > fig(plain, "gpus") and not peak.unused


def test_a_fit_and_a_throughput_asked_together_are_both_answered():
    res = compute(parse("can Llama 2 70B in bf16 fit on one 8-card Gaudi 2 node, and what throughput at 30 ms per "
                        "token?"))
    assert fig(res, "tokens_per_s") > 0 and not res.unused


def test_a_place_named_like_a_product_is_no_unknown_accelerator():
    res = compute(parse("At KAUST2 we have 16 nodes of 8 H100. Llama 3.1 8B on 2T tokens, MFU 40%, how many days?"))
    assert fig(res, "train_days") > 0 and not res.unused
