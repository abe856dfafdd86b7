"""Round 43, sealed half (AI-for-science labs, data-centre electrical engineers, Chinese 智算中心 operators, ad-tech
copy at scale): a transformer's kVA is power at a power factor (stated, else 0.9, said in a note); a rack's kW
beside a fleet asked in racks is the rack's limit; a bill said per month is checked as a claim; "3,000 P" is
PFLOPS; a rate "each" of streams is their speed; proper names with a size are unknown models, software versions
and grant names are no chips; a corpus grown by a factor grows the run; GPU-hours grow with the data; merchants,
accounts and researchers are users; "40k products × 12 variants each" is 480k requests."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_read, fig


@pytest.mark.parametrize("q,expect", [
    ("how many H100 can a 2000 kVA transformer feed at PUE 1.3, 1.3 kW per GPU all-in?", {"power_mw": 1.8}),
    ("一台1250千伏安的变压器，PUE按1.4，能带多少张H20？单卡连服务器按0.6千瓦", {"power_mw": 1.125}),
    ("1600 kVA UPS, power factor 0.95, B200 at 1.4 kW per GPU, PUE 1.2: how many?", {"power_mw": 1.52}),
    ("materials team: 5,000 researchers, 10 queries a day each, 300 out, Llama 3.1 8B on L40S", {"users": 5000}),
    ("平台上有8万个商家，每个商家每天生成50条文案，每条200 token，Qwen2.5 7B在L40S上要几张？",
     {"users": 8e4, "queries_per_user": 50}),
    ("each advertiser account burns about 20k output tokens/day. we have 9,000 active accounts. Llama 3.1 8B on "
     "L40S, how many?", {"tokens_per_user_day": 2e4, "users": 9000}),
    ("25k SKUs × 8 variants each per day, 60 output tokens, Mistral 7B on L4", {"turns_per_session": 8}),
    ("一期建设2000P算力，用H800要多少张？", {"capacity_flops": 2e18}),
    ("Qwen2.5 7B on one 8x L40S box -- how many concurrent streams at 25 tok/s each?", {"tpot_ms": 40}),
    ("corpus is 40B tokens today; if the corpus grows 3x, how long does a 7B pass take on 64 H100 at 40% MFU?",
     {"train_tokens": 4e10, "factor": 3}),
    ("HGX H20现在卡时单价只能谈到6元了，出租率70%，一台8卡整机采购价105万，多久回本？",
     {"rent_cny_per_hour": 6, "server_price_cny": 1.05e6}),
    ("4090做推理租赁，卡时单价2元，出租率60%，一张卡落地成本2.1万，多久回本？", {"price_cny": 2.1e4}),
    ("预算5亿元，扣掉25%做机房和网络，剩下的买H20，单卡12万，能买多少张？", {"budget_share": 0.75}),
    ("三地机房各放三分之一的卡，QPS 600，Llama 3.1 8B输出200 token，L40S一共要多少张？", {"sites": 3}),
])
def test_facility_lab_and_adtech_inputs_are_read(q, expect):
    assert_read(q, expect)


def test_kva_is_read_at_a_power_factor_the_answer_names():
    res = compute(parse("how many H100 can a 2000 kVA transformer feed at PUE 1.3, 1.3 kW per GPU all-in?"))
    assert fig(res, "gpus") == pytest.approx(2000 * 0.9 / 1.3 / 1.3, abs=1)
    assert any("power factor" in n for n in res.notes), res.notes


def test_a_fleet_sized_in_racks_of_a_stated_power():
    res = compute(parse("2M DAU, 10 queries each, 500 output tokens, Llama 3.1 70B on H100s; racks are 40 kW. "
                        "GPU count and rack count?"))
    assert "server_power_cap_w" in {i.param for i in res.inputs}
    assert "racks" in res.headline


def test_a_monthly_bill_claimed_is_checked():
    res = compute(parse("finance says 512 H100 should cost $30k/month in power at $0.10/kWh, PUE 1.4, 1,000 W per "
                        "GPU. does it hold up?"))
    assert "the stated" in res.headline


@pytest.mark.parametrize("q,kind", [
    ("thinking of Galactica 120B for our CPT: 20B tokens on 128 H100 at 40% MFU, how many days?", "unknown_model"),
    ("Zephyrine 34B on 8 H100 for 500k users — how many?", "unknown_model"),
])
def test_a_proper_name_with_a_size_is_an_unknown_model(q, kind):
    with pytest.raises(CalcError) as err:
        compute(parse(q))
    assert err.value.kind == kind


@pytest.mark.parametrize("q", [
    "Previous run: 64 A100 for 10 days at 35% MFU. same data on 64 H100 with FlashAttention-3 and +6 points of "
    "MFU: how many days?",
    "we have $1.8M from our S10 instrumentation grant; a DGX B200 is $500,000. how many systems?",
])
def test_software_and_grant_names_are_no_chips(q):
    res = compute(parse(q))
    assert not res.unused, res.unused


def test_gpu_hours_grow_with_the_data():
    res = compute(parse("our corpus doubles every 12 months. one CPT pass costs 5,000 GPU-hours on H100. what "
                        "will a pass cost 36 months from now?"))
    assert fig(res, "gpu_hours") == pytest.approx(40_000, rel=1e-6)


def test_a_measured_rate_checks_the_stated_fleet_against_the_volume():
    res = compute(parse("self-host vs API: Llama 3.1 70B on 8x H100 rented at $2.50/hr each (we measured ~100 "
                        "output tok/s per GPU), or an API at $0.88 per million tokens. ~300M tokens/day. cheaper?"))
    assert "observed_tokens_per_s_per_gpu" in {i.param for i in res.inputs}
    assert fig(res, "fleet_tokens_per_day") == pytest.approx(8 * 100 * 86400)
    assert "only" in res.headline


def test_cost_per_thousand_requests_of_a_sized_fleet():
    res = compute(parse("20k DAU, 8 queries per day each, 1k in / 200 out, Llama 3.1 8B on L4 rented at $0.80/hr. "
                        "what's our GPU cost per 1,000 requests?"))
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(1000 * fig(res, "cost_per_query_usd"))
