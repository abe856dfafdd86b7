"""Round 98 (Thai founders' English mixed with Thai, Chinese automotive OEM teams, data-centre facility engineers,
and sealed sets from Malaysian Chinese, cloud FinOps and Nigerian/Kenyan founders): Thai words read as English
(scale words "ล้าน" and "พันล้าน", "เท่า" times, "วันละ" a day's amount, "เครื่องละ" an amount each, baht and "/หน่วย"
a kWh, "555" laughter); a rate stated for a currency the catalog does not convert gives the answer's money in it
too ("how many baht? rate 36 baht per $", "1美元兑1350韩元"); "rate 36 baht" and "FX 36" beside baht asked are that
currency's rate; an amount "per month per user" in it is a user's monthly charge; an electrical feed ("3-phase
400V 32A") read as its kVA, or as the kVA bracketed after it; "30 kW cabs" the racks' limit; "2 MVA at pf 0.9
gives 1.8 MW" a claim checked; a precision in a power question gives the fleet's PFLOPS; a token price beside a
power price, no volume: electricity's share of it; "订阅车主预计20万" users; "8个区域节点" sites; "SeaLLMs" unknown."""

from __future__ import annotations

import math

import pytest

from calc import compute, parse
from calc.result import CalcError
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("แอพเรามีผู้ใช้ 3 ล้าน คน, คนละ 5 คำถาม/วัน, Llama 3.1 8B บน L4 ต้องกี่ใบ", {"users": 3e6, "queries_per_user": 5}),
    ("ต้อง serve วันละ 3 พันล้าน tokens บน H100 กับ Llama 3.1 70B ต้องกี่ใบครับ", {"tokens_per_day": 3e9}),
    ("ค่าไฟ 4 บาท/หน่วย, H100 64 ใบ, PUE 1.3, ค่าไฟต่อปีเท่าไหร่ (1 USD = 34 THB)",
     {"electricity_usd_per_kwh": 4 / 34, "local_per_usd": 34}),
    ("ช่วงโปร peak 5 เท่า, ปกติ 80 req/s, Llama 3 8B บน L40S ต้องกี่การ์ด", {"peak_factor": 5, "qps": 80}),
    ("DGX H100 ราคาเครื่องละ 12 ล้านบาท ซื้อ 2 เครื่อง รวมกี่ดอลลาร์ (1$=35฿)", {"server_price_usd": 12e6 / 35}),
    ("sell plan 199 baht/month per user, 20k subscribers, 10 queries/day, Llama 3 8B on L4, rate 34 baht",
     {"usd_per_user_month": 199 / 34, "local_per_usd": 34}),
    ("rent 64 H100 at $2/hr for a month, how many baht is that? (fx 35)", {"local_per_usd": 35}),
    ("B200 8-GPU nodes at ~14 kW each, 40 kW cabs, 100 cabs. How many GPUs fit?",
     {"watts_per_server": 14000, "server_power_cap_w": 40000}),
    ("PDUs are 3-phase 400V 32A (call it 20 kVA), pf 0.95. Servers at 6 kW each. How many per rack?",
     {"server_power_cap_w": 19000}),
    ("each rack has a 230V 32A feed; L40S servers at 2 kW each, how many fit per rack?",
     {"server_power_cap_w": 230 * 32 * 0.9 / 1000 * 1000}),
    ("座舱语音助手订阅，每车每月收费15元，订阅车主预计20万，每人每天10次，Qwen2.5 7B在L40S上，成本覆盖得了吗？", {"users": 2e5}),
    ("8个区域节点分摊负载，各节点部署L4，总并发2万路，Llama 3 8B，一共要几张卡？", {"sites": 8}),
    # (after the sealed sets: a unit said before a Chinese amount, "汇率4.45令吉", "₦1,600 = $1", KSh, a grant,
    # "70% spend on GPU", a card's price in its clause, Swahili and Pidgin words)
    ("租A100 80GB，每卡每小时RM 9，汇率1 USD = 4.5 MYR，64张卡跑一个月要几多钱？",
     {"rent_usd_per_hour": 2, "local_per_usd": 4.5}),
    ("如果我们用RM 9一个钟租H100，汇率4.5令吉，租256张一个月几多钱？", {"rent_usd_per_hour": 2, "local_per_usd": 4.5}),
    ("generator power costs ₦800 per kWh (₦1,600 = $1), 4 DGX H100 at 10.2 kW each, how much per day?",
     {"electricity_usd_per_kwh": 0.5, "local_per_usd": 1600, "days": 1}),
    ("rack of 8 H200 servers at 10 kW each, tariff KSh 20 per kWh, 1 USD ~ 128 KSh, monthly bill?",
     {"electricity_usd_per_kwh": 20 / 128, "local_per_usd": 128}),
    ("we got a grant of RM 3 million, plan 60% spend on GPU, B200 about USD 40k each, 1 USD = 4.5 RM. how many?",
     {"budget_usd": 3e6 / 4.5, "budget_share": 0.6, "price_usd": 40000}),
    ("Budget yetu ni KSh 40m. H100 PCIe moja inaenda around KSh 3.2m landed. Rate 1$=128KSh. Tunapata ngapi?",
     {"budget_usd": 40e6 / 128, "price_usd": 3.2e6 / 128}),
    ("Our chatbot: 1M MAU, DAU/MAU ni 20%, each user anatuma 4 messages daily, Llama 3 8B on L4. Ngapi GPUs?",
     {"users": 1e6, "dau_per_mau": 0.2, "queries_per_user": 4}),
    ("Abeg how many H100 we go need? 2M DAU, each person dey ask 5 questions a day. Model na Llama 3 70B. "
     "Peak na 2.5x for salary week, wahala", {"users": 2e6, "peak_factor": 2.5}),
    # (a guard: passes before and after; a rate in RMB, "FX 7.2")
    ("what do 1,000 H100s cost in RMB at FX 7.2?", {"gpus": 1000, "usd_cny": 7.2}),
])
def test_round98_readings(q, expect):
    assert_params(q, expect)


def test_a_local_rate_gives_the_answer_in_that_currency():
    res = compute(parse("租32张H100一个月，每卡每小时2美元，1美元兑1350韩元，一共多少韩元？"))
    assert "韩元" in res.headline and not res.unused
    usd = fig(res, "cost_usd")
    assert fig(res, "cost_usd_in_local") == pytest.approx(usd * 1350)


def test_a_three_phase_feed_is_its_kva():
    r = parse("racks on 400V 32A three-phase feeds, DGX H100 at 10.2 kW, how many per rack?")
    assert r.params["server_power_cap_w"] == pytest.approx(400 * 32 * math.sqrt(3) * 0.9)


def test_the_real_power_said_of_an_apparent_one_is_checked():
    res = compute(parse("the 2 MVA transformer at pf 0.9 gives 1.8 MW, right? how many H100 at 1 kW each, PUE 1.3"))
    assert fig(res, "claimed_claimed_value") == pytest.approx(1.0) and not res.unused


def test_a_precision_in_a_power_question_gives_the_fleets_compute():
    res = compute(parse("3 MW hall: B200 vs H100, which gives more FP8 PFLOPS?"))
    assert fig(res, "fleet_pflops") > 0 and not res.unused


def test_a_token_price_beside_a_power_price_gives_electricitys_share():
    res = compute(parse("we charge $0.50 per million tokens for Llama 3.1 8B on H100, power 10 cents/kWh; "
                        "how much of revenue goes to power?"))
    assert 0 < fig(res, "electricity_share_of_price") < 100 and not res.unused


def test_the_racks_a_hall_holds_have_a_bill():
    res = compute(parse("5 MW hall, PUE 1.3, GB200 NVL72 at 130kW/rack, monthly bill at 8 cents/kWh?"))
    assert "electricity" in res.headline and fig(res, "cost_usd") > 0 and not res.unused


def test_seallms_is_an_unknown_model():
    with pytest.raises(CalcError) as e:
        parse("SeaLLMs v3 7B on L4, throughput per card?")
    assert e.value.kind == "unknown_model"
