"""Round 61 (Hacker News skeptics, university HPC centres, telecom operators' edge AI; Chinese compute-voucher
applications, crypto miners turned AI hosts, European enterprise architects): an MFU said to be "only" so
much, a quarter of work that is no period, chip-hours, a box's quote, people who each bring a run, a site's or
a cabinet's power worded as what it has, a monthly price in yuan, a rental budget a month, claims heard after
the ask or said in a repeated figure, two servers compared by a stated worth."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # an MFU said to be "only" so much, then raised by points
    ("MFU 只有 35%，调优后能高 5 个点，原计划 40 天的训练要多久？", {"mfu": 0.35, "mfu_gain_points": 0.05}),
    ("our MFU is only 30%; if we gain 6 points, how long does a 20-day run take?", {"mfu_gain_points": 0.06}),
    # chip-hours are GPU-hours
    ("we have 50,000 chip hours on TPU v5p, enough for a 7B model on 100B tokens at 40% MFU?", {"gpu_hours": 50000}),
    # a box's quote is the box's price
    ("an HGX H200 box (8 GPUs per node) quotes at ~$310k, cloud is $3.10 per GPU-hour, 3 years at 60% "
     "utilization, buy or rent?", {"server_price_usd": 310000}),
    # people who each bring a run
    ("16 teams, one fine-tune each: a 7B model on 2B tokens at 35% MFU on 32 H100s, total days?", {"runs": 16}),
    ("10个课题组每组跑一次实验，每次训练3B模型、30B token，128张A100，MFU 40%，一共几天？", {"runs": 10}),
    # a site's or a cabinet's power worded as what each has
    ("each edge site has 5 kW for the AI server. L40S at 350 W per card all-in, how many cards fit per site?",
     {"server_power_cap_w": 5000}),
    ("Every rack in hall B is 30 kVA at power factor 0.9. HGX H100 at 10.2 kW, how many per rack?",
     {"server_power_cap_w": 27000, "watts_per_server": 10200}),
    # a monthly price said in yuan after the amount
    ("2M members paying 19 yuan/month, 3k output tokens per member per day on Qwen2.5 72B, H20 at 7 yuan per "
     "GPU-hour: does revenue cover GPUs?", {"cny_per_user_month": 19}),
    # a rental budget a month: the month it rents for
    ("budget is 60k yuan/month for H20 rental at 7 yuan per GPU-hour, how many cards?",
     {"budget_cny": 60000, "days": 30.4375}),
    # the people named, then what each does
    ("$10/mo subscribers sending 40 messages/day, 600-token answers from Llama 3 70B on H100: margin?",
     {"queries_per_user": 40, "usd_per_user_month": 10}),
])
def test_round61_readings(q, expect):
    assert_params(q, expect)


def test_a_quarter_of_work_is_no_period_of_the_run():
    res = _answer("We're at 28% MFU on H100 (1,024 GPUs), 15-day run. If MFU goes to 40%, new runtime? Trying to "
                  "justify a quarter of kernel work.")
    assert res.figure("train_days").value == pytest.approx(15 * 0.28 / 0.40)
    assert not res.unused


def test_a_count_heard_after_how_many_is_that_is_checked():
    res = _answer("$20B budget, half on GPUs at $30k a pop, how many is that? the press release claimed 400k GPUs")
    assert res.figure("gpus").value == pytest.approx(333_334, rel=0.01)
    assert any(i.param == "claimed_value" for i in res.inputs) and not res.unused


def test_a_repeated_energy_figure_is_checked_against_the_stated_joules():
    res = _answer("The '2 Wh per query' figure keeps being quoted. At 0.4 J/token and 800-token answers, how far off?")
    wh = res.figure("energy_per_query_wh")
    assert wh.value == pytest.approx(0.4 * 800 / 3600)
    assert any(i.param == "claimed_value" for i in res.inputs) and not res.unused


def test_an_asked_share_of_a_cards_price_keeps_the_card_price():
    res = _answer("HBM at $12/GB, 141GB per card on H200. So ~$1.7k of a ~$30k GPU is memory? check my math")
    params = {i.param for i in res.inputs}
    assert {"claimed_value", "price_usd"} <= params and not res.unused


@pytest.mark.parametrize("q", [
    "supplier says one DGX B200 replaces 5 DGX H100 for serving Llama 3 70B, true?",
    "供应商说1台DGX B200能顶5台DGX H100跑Llama 3 70B推理，可信吗？",
])
def test_two_servers_compared_by_a_stated_worth(q):
    res = _answer(q)
    assert res.intent == "throughput" and not res.unused
    assert any(f.name == "claimed_speedup" or "speedup" in f.name for f in res.figures) or "5" in res.headline
    assert {i.param for i in res.inputs} >= {"server", "speedup", "model"}


def test_hosting_with_a_latency_target_on_a_stated_fleet_sizes_the_streams():
    res = _answer("Could we host Llama 3 70B on H100, 2 nodes, 8 GPUs per node, for 300 concurrent users at "
                  "30 ms/token?")
    assert res.intent == "throughput" and not res.unused


@pytest.mark.parametrize("q,expect", [
    # European writing: a case made is no case number, abbreviated multipliers with their dot, dotted thousands
    # before a currency sign
    ("Business case: 80.000 paying users at 15 $ per user/month, each uses 30.000 output tokens per day, Llama 3.1 "
     "8B on L4 rented at 0,80 $/h. Does it pay off?", {"users": 80000, "tokens_per_user_day": 30000}),
    ("3 Mio. requests per day, 800 output tokens, Llama 3 8B on L40S, how many GPUs?", {"queries_per_day": 3e6}),
    ("We measured 8.000 tokens/s per node (DGX H100). For 4 Mrd. tokens per day, how many nodes?",
     {"tokens_per_day": 4e9}),
    ("Our partner offers DGX H100 at list price 390.000 $. Budget 10 Mio. $. How many systems do we get?",
     {"server_price_usd": 390000, "budget_usd": 1e7}),
    # the money there is to spend, said as what one has
    ("the card is $3,000 and I have $12,000, how many RTX 4090?", {"budget_usd": 12000}),
    # a chip's price, its words before it
    ("HBM每GB 15美元，H200每张141GB，芯片价格按3万美元，HBM占多少？", {"price_usd": 30000}),
    # points of service and old sites, counted as sites
    ("全省500个乡镇便民服务点部署L4，运行Qwen2.5 7B，全省日均咨询60万次、每次输出200 token，每个点需要几张卡？",
     {"sites": 500}),
    ("20 old mining sites, each running Llama 3 8B for local clients, 2M daily users total, 10 queries each, on "
     "L40S. cards per site?", {"sites": 20}),
    # a PUE's design value, officials as users, words as a text's unit
    ("拟建智算中心，H20服务器200台（每台8卡），单台功耗6.5千瓦，PUE设计值1.3，电价0.6元/千瓦时，年电费多少？", {"pue": 1.3}),
    ("服务全市5000名公务员，峰值并发约500人，每次输出约1000 token，用H20跑Qwen2.5 72B需要几台8卡服务器？",
     {"users": 5000, "concurrent_users": 500}),
    ("每天翻译约800万词，按0.75词≈1 token换算，Llama 3 70B在H100上要几张卡？", {"tokens_per_word": 1 / 0.75}),
])
def test_round61_sealed_readings(q, expect):
    assert_params(q, expect)


def test_google_as_a_vendor_is_no_search_engine_question():
    res = _answer("Google offers us TPU v5p at $4.20 per chip-hour. For Llama 3 70B with 500 queries per second, "
                  "how many chips?")
    assert res.intent == "fleet"


@pytest.mark.parametrize("q", ["We use Aleph Alpha Luminous Supreme on-prem. How many A100 for 2,000 employees?",
                               "EuroLLM on two L40S for 500 users, enough?",
                               # an operator's own model with its size written onto the name
                               "元景大模型7B版本放在地市节点，每节点2张L20，够吗？"])
def test_models_outside_the_catalog_are_unknown(q):
    with pytest.raises(CalcError) as e:
        _answer(q)
    assert e.value.kind == "unknown_model"
