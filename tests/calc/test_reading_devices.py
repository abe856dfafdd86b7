"""Round 43 (smart-home devices, travel booking, tenders and RFPs, Indian English): devices online are users
("12M smart speakers", "日活800万台", "每台每天唤醒6次"); wake-ups are requests; regions and 机房 that each
hold their cards are sites; a tender's numbered clauses, its "Attachment J-2" and "序号1" are labels, not
quantities or chips; its unit price and quantity are a server's; an amount in rupees or HK$ is never
read as dollars (named unused, its US$ twin used; euros and pounds are converted, test_reading_round63); lakh and crore run into Chinese; "64 nos H100" are cards."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig


@pytest.mark.parametrize("q,expect", [
    ("our soundbars: 4M connected devices, each gets ~5 wake-ups a day, answers ~40 tokens. Llama 3.1 8B on L4, "
     "how many?", {"users": 4e6, "queries_per_user": 5}),
    ("we ship 7M smart TVs, 3 voice commands per TV per day, 60 tokens out, Qwen2.5 7B on L40S", {"users": 7e6}),
    ("扫地机日活300万台，每台每天唤醒4次，每次回答40个token，用Qwen2.5 7B跑在L4上，要几张？",
     {"users": 3e6, "queries_per_user": 4}),
    ("设备在线5000万台，每台每天3次，输出50 token，Qwen2.5 7B，H20要多少卡？", {"users": 5e7}),
    ("~90k passengers a day use the rebooking chat, each conversation ~7 turns, 300 tokens out, Llama 3.1 8B on "
     "L40S", {"users": 9e4, "turns_per_session": 7}),
    ("we serve from 4 regions (IAD, FRA, SIN, NRT), each region with its own pool. 8M DAU, 5 queries each, "
     "Llama 3.1 8B on H100", {"sites": 4}),
    ("分成2个机房部署，每个机房单独一套卡，日活总共600万，每人3次，输出300 tokens，Qwen2.5 7B用L40S",
     {"sites": 2, "users": 6e6}),
    ("平台QPS能到1.8万，输入500输出100，Qwen2.5 7B在H20上要几张？", {"qps": 1.8e4}),
    ("peak hour ~3.5x. 40M requests/day, 300 out, Llama 3.1 8B on L4", {"peak_factor": 3.5}),
    ("a sustained load of 80 requests per second, with bursts up to 3x sustained, Qwen2.5 7B on L4",
     {"peak_factor": 3}),
    ("Pricing: 8x H200 servers, unit price $310,000, quantity 12. total?", {"servers": 12}),
    ("GPU服务器（8×H20），数量20台，单价（含税）118万元，总价多少？", {"servers": 20, "server_price_cny": 1.18e6}),
    ("预算3000万元，每台配置8张H20，单台最高限价110万元，能买几台？", {"server_price_cny": 1.1e6, "gpus_per_server": 8}),
    ("5000 concurrent users on Llama 3 70B on L40S, each stream needs at least 25 tokens/s", {"tpot_ms": 40}),
    ("Design PUE shall not exceed 1.3. the hall gives 3 MW. how many B200?", {"pue": 1.3}),
    ("Budget Ceiling: USD 9,500,000 for accelerators. how many H200 at $31k each?", {"budget_usd": 9.5e6}),
    ("we need 40 nos A100 80GB for 6 months at $1.6/hr, total?", {"gpus": 40}),
    ("3 crore用户，每人每天2次，输出300 token，Qwen2.5 7B在L40S上要多少张？", {"users": 3e7}),
    ("一个汉字按0.6个token算，回复平均150个汉字，每天50万次对话，Qwen2.5 7B在L4上要几张？",
     {"tokens_per_character": 0.6}),
])
def test_devices_travel_and_tender_inputs_are_read(q, expect):
    assert_read(q, expect)


# (rupees with no rate are converted at the catalog's named rate since round 115, the other currencies of stable
# or pegged rate since round 116: tests/calc/test_catalog_local_rates; these have no catalog rate)
@pytest.mark.parametrize("q,money", [
    ("2,000 H200, electricity 3.4 TRY per kWh, PUE 1.4, monthly bill?", "3.4 TRY"),
    ("1,500 H100, PUE 1.3, monthly electricity bill at ARS 95 per kWh?", "ARS 95"),
])
def test_an_amount_in_another_currency_is_never_read_as_dollars(q, money):
    res = compute(parse(q))
    assert not any(money.replace(" ", "") in i.text.replace(" ", "") for i in res.inputs), res.inputs
    assert any(money.replace(" ", "") in u.text.replace(" ", "") for u in res.unused), res.unused
    # the default price is what the bill uses, and says so
    assert not any(i.param.startswith("electricity") for i in res.inputs)


@pytest.mark.parametrize("q,rate", [
    ("2,000 H200, electricity HK$1.1 per kWh, PUE 1.4, monthly bill?", "at 7.85 HKD per US$"),
    ("1,500 H100, PUE 1.3, monthly electricity bill at R$0.85 per kWh?", "at 5.5 BRL per US$"),
])
def test_an_amount_in_a_catalogued_currency_is_converted_at_the_named_rate(q, rate):
    res = compute(parse(q))
    assert rate in res.headline and not res.unused
    assert any(i.param == "electricity_usd_per_kwh" for i in res.inputs)


def test_a_rupee_price_with_its_dollar_twin_uses_the_dollars():
    res = compute(parse("rent vs buy for 32 nos H100 over 3 years. Buying: Rs 2.9 crore per 8-GPU server "
                        "(~$350k). Renting: $2.1 per GPU-hour."))
    assert {"server_price_usd", "gpus"} <= {i.param for i in res.inputs}
    assert any("Rs 2.9 crore" in u.text for u in res.unused)


@pytest.mark.parametrize("q", [
    "SLA Schedule\nS1. p95 time to first token ≤ 600 ms\nS2. time per output token ≤ 40 ms\n"
    "Workload: 10,000 concurrent users on Llama 3.1 8B. Accelerator: L4.\nhow many L4s?",
    "Spare kit (Attachment K-7): 32 × V100 32GB (SXM2), idle. how many replicas of Mixtral 8x7B fit?",
    "RFQ 2025-OPS-448, 3.1 Model: Llama 3.1 70B\n3.2 Load: 2,000 concurrent users\n3.3 Hardware: H100 SXM\n"
    "how many H100s?",
    "分项报价表\n序号2：GPU服务器（8×H100），数量8台，单价（含税）260万元\n总价多少？",
])
def test_a_tenders_labels_are_neither_chips_nor_quantities(q):
    res = compute(parse(q))
    assert not [u for u in res.unused if u.text != "p95"], res.unused


def test_clause_numbers_named_again_are_labels():
    q = ("Lot 3 – Pre-training\n3.1 Model: 8B-parameter dense model on 3T tokens.\n3.2 Hardware: H100 SXM.\n"
         "3.3 Planning assumption: 40% MFU.\n3.4 Training shall complete within 30 calendar days.\n\n"
         "how many cards to meet 3.4?")
    res = compute(parse(q))
    assert not res.unused, res.unused
    assert "days" in {i.param for i in res.inputs}


def test_an_unknown_model_served_by_name_is_named_not_defaulted():
    with pytest.raises(CalcError) as err:
        compute(parse("please estimate GPUs for serving Zephyrine to 3 lakh employees, 6 queries/day each, on L40S"))
    assert err.value.kind == "unknown_model"


def test_a_served_language_is_no_model():
    res = compute(parse("we're serving Hindi users on H100 with Llama 3 70B, 2M DAU, 10 queries each"))
    assert res.intent == "fleet"


def test_turns_stated_default_to_one_conversation_a_day():
    """"90k travellers a day use the chat, each conversation 7 turns": 630k requests, not 10 x that."""
    res = compute(parse("~90k travellers a day use the booking chat, each conversation is ~7 turns, "
                        "300 output tokens per turn. Llama 3.1 8B on L40S, how many?"))
    assert "630,000 queries a day" in res.headline or "630 thousand" in res.headline, res.headline


def test_gpu_hours_of_a_job_need_no_fleet():
    res = compute(parse("nightly batch writes 8M product emails, ~300 tokens each, on A100 80GB at 2,000 tok/s per "
                        "GPU with Llama 3.1 8B. GPU-hours per night and cost at $1.20/GPU-hr?"))
    assert fig(res, "job_gpu_hours") == pytest.approx(8e6 * 300 / 2000 / 3600, rel=1e-3)
    assert fig(res, "job_cost_usd") == pytest.approx(8e6 * 300 / 2000 / 3600 * 1.2, rel=1e-3)


def test_energy_per_thousand_requests():
    one = compute(parse("energy per request for Qwen2.5 72B on H100, 1,000 input and 300 output tokens?"))
    many = compute(parse("energy per 1,000 requests for Qwen2.5 72B on H100, 1,000 input and 300 output tokens?"))
    assert fig(many, "energy_per_requests_wh") == pytest.approx(1000 * fig(one, "energy_per_query_wh"))


def test_cost_per_thousand_requests_on_rented_gpus():
    res = compute(parse("state a firm price per 1,000 requests, a request being 1k input and 400 output tokens on "
                        "Llama 3.1 70B, on rented H100s at $2/hr"))
    per_query = fig(res, "cost_per_query_usd")
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(1000 * per_query)


def test_a_fleet_grown_by_traffic_carries_the_power_asked():
    res = compute(parse("last peak we ran 10 servers (H200). traffic this year will be 3x. power at 10.2 kW per "
                        "server?"))
    assert {i.param for i in res.inputs} >= {"servers", "factor", "watts_per_server"}
    assert "30" in res.steps[0] or any("30" in s for s in res.steps), res.steps


def test_a_required_rate_is_checked_not_assumed():
    res = compute(parse("Clause 4.1: the system shall sustain not less than 40,000 output tokens per second on "
                        "Mixtral 8x22B. Clause 4.2: 4 servers, each with 8 H200. is 4.1 achievable?"))
    assert any(i.param == "claimed_value" for i in res.inputs), res.inputs
    assert "40,000" in res.headline
