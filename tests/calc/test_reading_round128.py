"""Round 128 (LLM-application startups deploying on premises, hyperscale and colocation capacity planners, Chinese
companies going overseas; sealed: infra engineers in a Telegram group, university researchers on grants, tech
journalists checking articles): "PUE 1.4 b/c of ambient" (had been 1.4 billion: refused), "128 kW rack limit on
the DLC rows" a rack's cap (had been one card's draw: refused), "$1=7.1元" an exchange rate (had been a rent of
$1), "一台 110万" beside dollars in a question with such a rate (had been US$1.1M), "输出就200", "输出平均300",
"Convert to racks at 41 kW per rack", "~a quarter MW", "FP8总算力各多少" beside counts compared on a power, a
vendor's rate and our own measurement both checked; after the sealed sets: "横向项目到账120万" a budget (had asked for
a load), "电费一块一度" (the 一 of 一度 had been read as a tenth), "经费还剩38万", "厂商来推销一体机，说…每秒3000 token"
checked, "reported as well over a gigawatt" (had been dropped), "is that even believable??", "the 5,000 GPUs … cost
£300m … is that about right?" checked (had been a budget), "a single server with 8 H20s" the cards it holds (had
been compared with servers)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read, fig


@pytest.mark.parametrize("q,expect", [
    ("Dubai build, 30 MW, PUE 1.35 b/c of heat, how many H200 at 1.4 kW all-in?", {"pue": 1.35}),
    ("B200 liquid cooled, call it 1.8 kW/GPU all-in. 120 kW rack limit on the liquid rows. GPUs per rack?",
     {"server_power_cap_w": 120_000}),
    ("在新加坡跑 8 台 DGX H100，每台 10.2kW，电价 12 美分一度，一年电费多少？按 $1=7.2元 换成人民币", {"usd_cny": 7.2}),
    ("客服场景输入平均1500 token，输出就150，QPS 20，Qwen2.5 7B 上L40S，要几张", {"output_tokens": 150}),
    ("Llama 3 8B 在 L4 上每秒能出多少token？输出平均250", {"output_tokens": 250}),
    ("we've got maybe a quarter MW spare in hall B. how many L40S at 450 W each?", {"power_mw": 0.25}),
    ("课题组拨款到账80万，全买4090，单卡1.3万，加服务器按1.5倍算，能买多少张？", {"budget_cny": 8e5}),
    ("机房3台8卡4090，每张卡450瓦，电费一块一度，一年多少钱", {"electricity_cny_per_kwh": 1.0}),
    ("电价一块二一度，H100一年电费多少", {"electricity_cny_per_kwh": 1.2}),
])
def test_round128_readings(q, expect):
    assert_params(q, expect)


def test_ten_thousands_beside_dollars_and_a_rate_written_as_an_equation_are_yuan():
    assert_read("国内买 L40S 8卡整机，一台 45万，要 10 台；或者 AWS 租 H100 $4/GPU-hr，$1=7.2元，哪个划算？",
                {"server_price_cny": 4.5e5, "usd_cny": 7.2})


def test_racks_asked_at_a_power_per_rack():
    res = compute(parse("500M requests/day, 1k prompt / 300 completion, Llama 3.1 70B fp8 on H100 SXM. Convert to "
                        "racks at 40 kW per rack."))
    assert fig(res, "racks") > 0


def test_counts_compared_on_a_power_give_each_ones_compute():
    res = compute(parse("30兆瓦供电，放H100和B200分别能放多少张？FP8总算力各多少？"))
    assert len(res.alternatives) == 2
    assert all("EFLOPS" in alt.headline or "PFLOPS" in alt.headline for alt in res.alternatives)


def test_a_vendor_rate_and_our_measurement_both_checked():
    res = compute(parse("the vendor claims 2,500 tok/s per GPU on Llama 3 70B on H200. we measured about 1.1k tok/s "
                        "per GPU. is their number plausible?"))
    assert sum(i.param == "claimed_value" for i in res.inputs) == 2


def test_a_seller_said_rate_is_checked():
    res = compute(parse("代理商上门推销，说4张L40S跑Llama 3 70B能到每秒2500 token，可能吗？"))
    assert "给出的" in res.headline and any(i.param == "claimed_value" for i in res.inputs)


def test_a_power_said_as_a_gigawatt_is_checked():
    res = compute(parse("the deal is for 1 million TPU v6e, reported as well over a gigawatt. at 400 W each and "
                        "PUE 1.2, does that add up?"))
    assert any(i.text == "a gigawatt" for i in res.inputs)


def test_a_fleets_reported_cost_is_checked_not_a_budget():
    res = compute(parse("An article says the 2,000 GPUs in the new cluster cost $90m. If they're H200s at $32k apiece, "
                        "is that about right?"))
    assert "the stated" in res.headline and any(i.param == "claimed_value" for i in res.inputs)


def test_the_cards_in_a_claimed_server_are_the_cards_compared():
    res = compute(parse("A blog says one server with 8 H100s can serve Llama 3 70B to 3,000 concurrent users. "
                        "Plausible at 20 tokens/s per user?"))
    claimed = next(f for f in res.figures if f.name.startswith("claimed_"))
    assert claimed.value == pytest.approx(8 / fig(res, "gpus"), rel=1e-3)


def test_guards_a_bill_and_a_count_claim_stay_what_they_are():
    res = compute(parse("文章说一万张H100的集群一年电费要1亿元，电价0.6元/度，PUE 1.3，单卡700瓦，这个数对吗？"))
    assert "给出的" in res.headline
    req = parse("Integrator says 24 cards is enough for 250 concurrent users on MI300X, Llama 3.3 70B. Realistic?")
    assert req.params.get("concurrent_users") == 250
