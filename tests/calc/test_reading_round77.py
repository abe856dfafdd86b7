"""Round 77 (Chinese GPU-rental brokers, Gulf sovereign-AI programmes, Vietnamese and Thai startups, and sealed sets
from US sell-side analysts, Chinese K12 edtech and Chinese insurers): Vietnamese and Thai quantity words
(calc/vietnamese.py, calc/thai.py: "2 tỷ tokens output mỗi ngày", "มีผู้ใช้ 8 แสนคนต่อวัน", "~3.5tr DAU", baht
beside US$); a family's other model with a letter in its version ("Falcon-H1 34B"); a gas is no chip ("kg
CO2"); each stream's speed after a concurrency ("400 concurrent chats, min 60 tok/s each"); an energy asked
beside a cost ("energy per 1k tokens … pass power cost through"); a twin said with 约合; a plan's user count;
a language between a count and its tokens; the pair after its rate ("7.25 USD/CNY"); a day's people each
asking ("每天大概45万客户报案，每人平均问6次"); a day's calls and each call's turns ("日均6万通报案，每通…来回10轮");
a share of the day's requests in some hours, as the peak ("80%的提问集中在晚上7-10点"); a euro rate with no euro
amount, the answer given back in euros; turns per ticket with a cost per 1k tickets."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Vietnamese
    ("anh ơi, bot của tụi em generate khoảng 2 tỷ tokens output mỗi ngày, đang chạy Qwen2.5 7B trên RTX 4090. cần "
     "bao nhiêu con 4090 vậy?", {"tokens_per_day": 2e9}),
    ("rent vs buy 32 H100 for 2 năm? buy price ~$28k/GPU, rent $2.5/h, điện ở VN ~$0.08/kWh. which better?",
     {"days": 730.5}),
    ("hi bot, we are e-wallet app in VN with ~3.5tr DAU, each user ask avg 4 questions/day, Qwen2.5 7B on L40S. how "
     "many card we need?", {"users": 3.5e6, "queries_per_user": 4}),
    ("Now we have 300k DAU, investor plan say 2.5tr DAU. each user 5 req/day, Llama 3.1 8B on L40S. how many GPU now "
     "vs then?", {"users": 300_000, "users_to": 2.5e6}),
    # Thai
    ("Our food delivery app มีผู้ใช้ 8 แสนคนต่อวัน, each user chat with bot around 2 times/day, we use Llama 3.1 8B on "
     "L4. ต้องใช้กี่การ์ดครับ?", {"users": 800_000}),
    ("Bank customer service bot: 1.2 ล้าน MAU, DAU/MAU ~20%, Llama 3.1 70B on H100. กี่ GPU ครับ?",
     {"users": 1.2e6, "dau_per_mau": 0.2}),
    ("Distributor in Bangkok quote HGX H100 server $275k (~9.5 ล้านบาท) each. We need 4 servers, plus 25% for "
     "network + storage. total capex?", {"server_price_usd": 275_000, "servers": 4}),
    ("We rent 40 racks in Bangkok DC (ตู้ละ 15kW max), how many HGX H100 fit?", {"server_power_cap_w": 15_000}),
    # a language between a count and its tokens
    ("Side project: train GPT-2 XL from scratch on 20B Vietnamese tokens, 8x RTX 4090, MFU 30%. how many days?",
     {"train_tokens": 2e10}),
    # each stream's speed after the concurrency
    ("Client wants H100 NVL boxes for Qwen2.5 72B at INT4. 400 concurrent chats, min 60 tok/s each. How many cards?",
     {"tpot_ms": 1000 / 60}),
    # a twin said with 约合
    ("阿布扎比机房：256张H100，每卡按1.2kW算，PUE 1.5，电价0.30迪拉姆/度，约合$0.082，一年电费多少美元？",
     {"electricity_usd_per_kwh": 0.082}),
    # the pair after its rate
    ("BABA cut Qwen2.5 72B API pricing to RMB 4 per million output tokens. At 7.25 USD/CNY what's that in $, and is "
     "it above cost on H20 rented at RMB 12/GPU-hr?", {"usd_cny": 7.25}),
    # a day's people each asking; a day's calls and each call's turns
    ("车险报案机器人，每天大概45万客户报案，每人平均问6次，Qwen2.5 7B跑L40S，要多少张卡", {"users": 450_000, "queries_per_user": 6}),
    ("平常日均6万通报案，每通平均跟AI坐席来回10轮，每轮输入900 tokens、输出80 tokens，Qwen2.5 7B + L40S，要多少卡？",
     {"queries_per_day": 60_000, "turns_per_session": 10}),
    # provincial branches each with their cards
    ("全国36家省级分公司各放2张L4做本地保单问答，每家峰值30路并发，Qwen2.5 7B INT4，够不够用？", {"servers": 36, "gpus_per_server": 2}),
    # concurrency with an upper bound said
    ("估计同时在用的学生不超过300人，模型定Qwen2.5 72B，H20配8张卡够不够？", {"concurrent_users": 300}),
    # a share of the day in some hours, as the peak
    ("我们是K12作业辅导，日活120万，80%的提问集中在晚上7-10点，每人每天6次，Qwen2.5 72B，H200需要多少张？",
     {"peak_factor": 0.8 * 24 / 3}),
    ("1.2M DAU, 6 questions each a day, 70% of the traffic lands between 7pm and 10pm, Qwen2.5 72B on H200. GPUs?",
     {"peak_factor": 0.7 * 24 / 3}),
    # turns per ticket, the cost asked per tickets
    ("Support bot: ~1,200 input / 300 output tokens per turn, 6 turns per ticket, Mixtral 8x7B on A100 80GB at "
     "$1.80/hr. Cost per 1k tickets?", {"turns_per_session": 6, "per_requests": 1000}),
])
def test_round77_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,name", [
    ("Falcon-H1 34B on MI300X at 200 QPS, 1k in / 200 out — GPU count?", "falcon-h1 34b"),
])
def test_a_familys_other_model_with_a_lettered_version_is_unknown(q, name):
    with pytest.raises(CalcError) as e:
        _answer(q)
    assert e.value.kind == "unknown_model" and name in str(e.value).lower()


def test_a_gas_is_no_chip():
    res = _answer("For ESG report: how many Wh per 1k tokens for Llama 3.1 70B on H100 in fp8? và quy ra kg CO2 luôn")
    assert res.intent == "energy"


def test_an_energy_asked_beside_a_power_cost_is_an_energy():
    res = _answer("What's the energy per 1k tokens for Llama 2 70B on A100 80GB, assuming 500 W per GPU incl. server? "
                  "Colo client wants to pass power cost through to their customers.")
    # (it had been a cost per token at a rent nobody stated, the watts set aside)
    assert res.intent == "energy" and any(i.param == "watts_per_gpu" for i in res.inputs)


def test_a_euro_rate_with_no_euro_amount_gives_the_answer_in_euros():
    res = _answer("Our European shareholder wants the numbers in euros: 48 H100 SXM bought at $27k each plus 30% for "
                  "networking and facilities, at 1.08 $ per €. Total capex?")
    # (the rate had been a second card price: two options at $27k and $1.08)
    assert not res.alternatives and "€" in res.headline
    assert any(i.param == "usd_per_eur" for i in res.inputs)


def test_a_cost_per_tickets_counts_each_tickets_turns():
    res = _answer("Support bot: ~1,200 input / 300 output tokens per turn, 6 turns per ticket, Mixtral 8x7B on A100 "
                  "80GB at $1.80/hr. Cost per 1k tickets?")
    per_query = fig(res, "cost_per_query_usd")
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(per_query * 6 * 1000)


def test_a_vendors_two_months_are_checked():
    res = _answer("供应商说他们512卡H800集群训DeepSeek-V3规模的模型，14.8T token，2个月就能训完，可信不？")
    assert "给出的“2个月”" in res.headline


def test_an_english_message_is_not_read_as_vietnamese():
    # (a guard: passes before and after the Vietnamese reader)
    params = parse("con artists aside, we have 40 A100 for 8,000 users at 10 queries a day each; how many H100?").params
    assert params["users"] == 8000
