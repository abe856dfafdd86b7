"""Reading what users state: every quantity gets exactly one parameter, by its unit first and
the nearest qualifier next, in English and Chinese (issue 9's patterns, and their twins)."""

from __future__ import annotations

import math

import pytest

from calc import CalcError, ask, parse
from tests.calc.reading_helpers import read


@pytest.mark.parametrize("q,expect", [
    ("how many H100s for 100M users at 700 W per GPU?", {"watts_per_gpu": 700}),
    ("100 DGX H100 servers at 6.5 kW per server: how many MW?", {"watts_per_server": 6500, "servers": 100}),
    ("what does a 1,000 H100 cluster cost at $1.5/h for a month?", {"rent_usd_per_hour": 1.5}),
    ("25,000 H100s in RMB at FX 7.3", {"usd_cny": 7.3, "gpus": 25_000}),
    ("power for 10,000 H100s at 0.12 $/kWh", {"electricity_usd_per_kwh": 0.12}),
    ("power for 10,000 H100s at 12 cents per kWh", {"electricity_usd_per_kwh": 0.12}),
    ("10万张H100用电，电价0.5元一度", {"electricity_cny_per_kwh": 0.5, "gpus": 1e5}),
    ("H100s for 10M users with 2,000-token answers", {"output_tokens": 2000}),
    ("H100s for 10M users with 500-token prompts", {"input_tokens": 500}),
    ("128 input and 2048 output tokens for 10M users on H200", {"input_tokens": 128, "output_tokens": 2048}),
    ("4k tokens of context, 1M users, how many B200s?", {"input_tokens": 4000}),
    ("H100s for 1M users at 80% utilization", {"utilization": 0.8}),
    ("train a 70B model on 15T tokens on 2048 H100s at 45% utilization", {"mfu": 0.45}),
    ("how many H100s for 100 mln users?", {"users": 1e8}),
    ("how many H100s for a hundred million users?", {"users": 1e8}),
    ("用户数1亿需要多少张H100", {"users": 1e8}),
    ("3亿周活用户需要多少张H100", {"users": 3e8}),
    ("300,000 concurrent users on H100, how many GPUs?", {"concurrent_users": 3e5}),
    ("并发30万需要多少张H100", {"concurrent_users": 3e5}),
    ("5千张H100要多少钱", {"gpus": 5000}),
    ("3百台DGX H100功耗多少", {"servers": 300, "server": "hgx_h100"}),
    ("输入2千个token，1亿用户需要多少张H100", {"input_tokens": 2000}),
    ("输入2000个token，输出500个token，1亿用户需要多少张H100", {"input_tokens": 2000, "output_tokens": 500}),
    ("1000 H100s at ¥240k each, total?", {"price_cny": 240_000}),
    ("每张3.5万美元，1万张H100多少钱", {"price_usd": 35_000, "gpus": 1e4}),
    ("100 GB200 NVL72 racks: how much power?", {"servers": 100, "server": "gb200_nvl72"}),
    ("how much energy per request do 100 servers drawing 6.5 kW use if they serve 10M requests a day?",
     {"servers": 100, "watts_per_server": 6500, "queries_per_day": 1e7}),
    ("10^8 users on H100s, how many?", {"users": 1e8}),
    ("doubles every 3.5 months: how much in 2 years?", {"doubling_months": 3.5, "period_months": 24}),
    ("算力每3.5个月翻一番，2年增长多少倍？", {"doubling_months": 3.5, "period_months": 24}),
    ("GPT-3 at 2020 prices: what did it cost to train?", {"year": 2020, "model": "gpt3_175b"}),
    ("how many H100s for 1M users at 30 ms per token?", {"tpot_ms": 30}),
    ("100 MW: how many H100s?", {"power_mw": 100}),
    ("1 GW of power: how many B200s?", {"power_mw": 1000}),
    ("一万卡A100集群，单卡400瓦，PUE1.4，一个月电费多少？", {"pue": 1.4, "watts_per_gpu": 400}),
    ("B200 at 1000W each, 4,608 of them, total MW?", {"gpus": 4608, "watts_per_gpu": 1000}),
    ("mistral 7b: 500 req/s peak, how many L40S?", {"qps": 500}),
    ("our monitoring says 2,400 tok/s per H100 on llama 3 8b", {"observed_tokens_per_s_per_gpu": 2400}),
    ("单张H100实测每秒3000 token，一百万日活需要多少张", {"observed_tokens_per_s_per_gpu": 3000}),
    ("compute grows 2.5x per year: how long until 10,000x?", {"growth_rate_year": 1.5, "factor": 1e4}),
    ("算力需要增长1万倍，翻倍周期10个月，要多少年？", {"doubling_months": 10, "factor": 1e4}),
    ("月活2亿，高峰是平均的2.5倍，需要多少张L40S", {"peak_factor": 2.5}),
])
def test_stated_inputs_are_read_as_their_parameter(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert k in got, (k, got)
        assert got[k] == pytest.approx(v) if isinstance(v, (int, float)) else got[k] == v


@pytest.mark.parametrize("q,kind,name", [
    ("how many ZX9000 for 10M users?", "unknown_accelerator", "ZX9000"),
    ("用户数1亿需要多少张A800", "unknown_accelerator", "A800"),
    ("1亿用户需要多少张昇腾910B", "unknown_accelerator", "昇腾910B"),
    ("how many H100s to serve Claude 3 to 10M users?", "unknown_model", "Claude 3"),
    ("how many H100s for Qwen4-235B with 1M users?", "unknown_model", "Qwen4-235B"),
    ("what does it cost to train Llama 5 on 20T tokens?", "unknown_model", "Llama 5"),
    ("llama 3.2 90b on 4x H100 - tok/s?", "unknown_model", "llama 3.2"),
    ("how many MI250 for 10M users of llama 3 8b?", "unknown_accelerator", "MI250"),
    ("文心一言4.0训练一次要多少钱?", "unknown_model", "文心一言4.0"),
])
def test_unknown_names_are_errors_with_suggestions_never_defaults(q, kind, name):
    with pytest.raises(CalcError) as exc:
        parse(q)
    assert exc.value.kind == kind
    assert name in exc.value.render("en")
    assert name in exc.value.render("zh")


def test_misspelled_hyphenated_names_are_still_found():
    assert parse("how many H-200s for 10M users?").params["accelerator"] == "h200_sxm"


def test_a100_suggested_for_a800():
    with pytest.raises(CalcError) as exc:
        parse("how many A800 for 10M users?")
    assert "A100 80GB" in exc.value.suggestions


@pytest.mark.parametrize("q", ["how many H100s for nan users?", "inf users on H100s?"])
def test_not_a_number_is_a_bad_number(q):
    with pytest.raises(CalcError) as exc:
        parse(q)
    assert exc.value.kind == "bad_number"


def test_two_accelerators_are_a_comparison():
    req = parse("H100 vs H200 for 10M users with Llama 3 70B")
    assert req.combine == "compare"
    assert [o["accelerator"] for o in req.options] == ["h100_sxm", "h200_sxm"]


def test_two_fleets_are_a_mix():
    req = parse("what do 25,000 H100s and 10,000 A100s cost?")
    assert req.combine == "sum"
    assert [(o["accelerator"], o["gpus"]) for o in req.options] == [
        ("h100_sxm", 25_000), ("a100_sxm_80gb", 10_000)]


def test_a_second_value_is_named_not_kept_silently():
    req = parse("how many H100s for 100M users; our other app has 200M users")
    dup = [s for s in req.stated if s.note == "duplicate"]
    assert dup and dup[0].param == "users" and dup[0].value == 2e8


def test_a_second_value_asked_as_an_alternative_is_answered_too():
    req = parse("how many H100s for 100M users, or 200M users?")
    assert [o.get("users") for o in req.options] == [1e8, 2e8]


def test_two_rates_per_user_are_compared():
    req = parse("how many H100s for 100M users with 10 queries per user, or 20 queries per user?")
    assert [o.get("queries_per_user") for o in req.options] == [10, 20]


def test_翻一番_is_still_a_doubling():
    req = parse("算力每3.5个月翻一番，需要多久增长1000倍？")
    assert req.intent == "growth" and req.params["doubling_months"] == 3.5


def test_digits_the_reader_cannot_place_are_still_named():
    """The safety net: a digit glued where no reading applies is a stated span, named unused."""
    from calc import compute

    req = parse("how many H100s for 100M users at tier3 prices?")
    res = compute(req)
    assert any("3" in u.text for u in res.unused)
    assert {i.param for i in res.inputs} >= {"users", "accelerator"}


@pytest.mark.parametrize("q,kind", [
    ("quick q: how many Nebula N9 cards for 10M DAU?", "unknown_accelerator"),
    ("请问用H100跑Phoenix-12 Ultra，2000万DAU大概要多少张？", "unknown_model"),
])
def test_capitalised_product_names_the_catalog_lacks_are_errors(q, kind):
    with pytest.raises(CalcError) as exc:
        parse(q)
    assert exc.value.kind == kind


@pytest.mark.parametrize("q,expect", [
    ("Qwen2.5 72B fp16 单卡H20放得下吗？", {"gpus": 1}),
    ("我们预算5个亿人民币，H20大概8万一张，能买多少张？", {"budget_cny": 5e8}),
    ("what's the annual power bill for 50k B200 at 1kW each, $0.08/kWh, PUE 1.2?", {"days": 365.25}),
    ("GPU-hrs to train a 7B on 2T tok at 45% MFU on H100?", {"params": 7e9, "mfu": 0.45}),
    ("how many B200s = 1 zettaflop of fp4 compute?", {"capacity_flops": 1e21}),
    ("GB200 NVL72 买100个柜子大概要多少人民币？汇率7.1", {"servers": 100, "usd_cny": 7.1}),
    ("租H100一小时大概15块钱，512张卡训练30天要花多少钱？", {"rent_cny_per_hour": 15}),
    ("How many H100s for 100M users in Q3?", {"users": 1e8}),
])
def test_more_phrasings_from_a_blind_set(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)


@pytest.mark.parametrize("q,expect,absent", [
    ("H100s at $27.5k (2023 pricing), 16k of them — total in USD and CNY at 7.25?",
     {"price_usd": 27_500, "year": 2023, "gpus": 16_000}, ("budget_usd",)),
    ("A100 40万人民币一张的话，1个亿能买几张？", {"price_cny": 4e5, "budget_cny": 1e8}, ("gpus",)),
    ("25k H100s at $30k a pop, what's that in RMB? use 7.2", {"usd_cny": 7.2}, ()),
    ("美国那边电价大概6美分/kWh，1万块H100跑一个月电费多少？", {"electricity_usd_per_kwh": 0.06}, ()),
    ("GB200 NVL72一柜功耗120kW，建1000柜，电价0.4元/度", {"servers": 1000, "watts_per_server": 1.2e5}, ()),
    ("每天3亿次请求，峰值是均值的3倍，A100 80GB 要多少张？", {"peak_factor": 3}, ()),
    ("200万 A100 小时，按每小时10元租，要多少钱？", {"gpu_hours": 2e6, "rent_cny_per_hour": 10}, ("gpus",)),
    ("how much energy do 100 H100s use in 5 hours?", {"gpus": 100}, ("gpu_hours",)),
    ("租H100一小时大概15块钱，512张卡训练30天要花多少钱？", {"days": 30, "rent_cny_per_hour": 15}, ()),
    ("Llama 3.1 70B: 3000 QPS, input 2k, output 500, H100 — how many GPUs?",
     {"input_tokens": 2000, "output_tokens": 500}, ()),
    ("peak 4x, 50M queries/day on L40S, 70% target utilization — card count?",
     {"utilization": 0.7}, ()),
    ("if HBM is 5x DRAM pricing and DRAM is $3/GB, the HBM on a B200?",
     {"hbm_multiple": 5, "dram_usd_per_gb": 3}, ("budget_usd",)),
    ("用户量每年涨80%，现在1000万MAU，三年后要多少张A100？",
     {"growth_rate_year": 0.8, "period_months": 36, "users": 1e7}, ()),
])
def test_phrasings_from_a_fourth_blind_set(q, expect, absent):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)
    for k in absent:
        assert k not in got, (k, got)


def _figures(q: str) -> dict[str, float]:
    from calc import ask

    _, res = ask(q)
    assert not res.unused, res.unused
    return {f.name: f.value for f in res.figures}


def test_a_growing_load_sizes_the_fleet_at_the_horizon_and_today():
    grown = _figures("we serve 20M users today on H100, growing 50% a year: how many GPUs in 2 years?")
    at_end = _figures("we serve 45M users on H100: how many GPUs?")
    assert grown["gpus"] == at_end["gpus"]
    assert grown["growth_factor"] == pytest.approx(2.25)
    assert grown["gpus_added"] == grown["gpus"] - grown["gpus_today"] > 0


def test_users_from_and_to_size_the_end_fleet():
    f = _figures("growing from 1M to 50M users over 18 months on H100 — how many GPUs at the end?")
    assert f["gpus"] == _figures("50M users on H100 — how many GPUs?")["gpus"]


def test_a_fleet_grown_by_a_rate():
    f = _figures("usage is up 3x per year. we have 5,000 H100 today, how many do we need in 2 years?")
    assert f["gpus"] == pytest.approx(45_000)


@pytest.mark.parametrize("q,n", [
    ("how many Gaudi 2 to match 1000 H100 in bf16 flops?", 1000 * 989.4 / 432.0),
    ("1万张H100相当于多少张H20的算力？", 10_000 * 989.4 / 148.0),
])
def test_matching_one_fleets_compute_with_another_accelerator(q, n):
    assert _figures(q)["gpus"] == math.ceil(n - 1e-6)


def test_a_budget_gives_the_count_other_answers_need():
    f = _figures("$2bn on H100 — how many chips, and how many MW at 1.4 kW per GPU?")
    assert f["gpus"] == 2e9 // 27_500
    assert f["power_it_mw"] == pytest.approx(f["gpus"] * 1400 / 1e6)


@pytest.mark.parametrize("q,days", [
    ("cluster trains a 70B at 3.2M tok/s. how long to get through 2T tokens?", 2e12 / 3.2e6 / 86400),
    ("集群训练吞吐每秒400万token，训完10万亿token要几天？", 1e13 / 4e6 / 86400),
    ("measured 3,400 tokens/s/GPU training Llama 2 13B on H100, how long for 1T tokens on 256 GPUs?",
     1e12 / (3400 * 256) / 86400),
])
def test_training_time_from_a_measured_rate(q, days):
    assert _figures(q)["train_days"] == pytest.approx(days)


def test_a_rent_in_rmb_is_billed_in_rmb():
    f = _figures("租H100一小时大概15块钱，512张卡训练30天要花多少钱？")
    assert f["cost_cny"] == pytest.approx(512 * 30 * 24 * 15)


def test_rent_or_buy_gives_the_break_even():
    f = _figures("rent vs buy on H100: $2/hr vs $25k purchase + 0.7kW at $0.1/kWh, break-even in months?")
    rent, power = 2 * 730.5, 700 * 1.3 / 1000 * 730.5 * 0.1     # PUE default 1.3
    assert f["breakeven_months"] == pytest.approx(25_000 / (rent - power), rel=0.05)
    zh = _figures("H100租一小时2美元，买一张2.5万美元，0.7千瓦每卡，电价0.1美元/度，多久回本？")
    assert zh["breakeven_months"] == pytest.approx(f["breakeven_months"])


def test_a_stated_fleet_is_checked_against_the_computed_one():
    f = _figures("the article says 3,617 HGX A100 servers for ChatGPT with 13M daily users. "
                 "does that add up??")
    assert f["gpus_stated"] == 3617 * 8
    assert f["stated_vs_computed"] == pytest.approx(f["gpus_stated"] / f["gpus"])


def test_owning_cost_over_a_life_and_per_hour():
    f = _figures("if a GPU costs $25k and lasts 4 years, and draws 700W at $0.08/kWh, "
                 "what's the cost per hour?")
    hours = 4 * 365.25 * 24
    assert f["tco_usd"] == pytest.approx(25_000 + 700 * 1.3 / 1000 * hours * 0.08)
    assert f["tco_per_gpu_hour_usd"] == pytest.approx(f["tco_usd"] / hours)
    zh = _figures("1万张H100持有3年的总拥有成本是多少？电价0.1美元/度")
    en = _figures("TCO of 10k H100s over 3 years at $0.1/kWh")
    assert zh["tco_usd"] == pytest.approx(en["tco_usd"])


@pytest.mark.parametrize("q,tpot", [
    ("500 concurrent users on llama 3 70b at 40 tok/s each: how many H100s?", 25),
    ("1万并发，每个用户每秒20个token，H200要多少张？", 50),
])
def test_a_per_user_speed_is_the_latency_target(q, tpot):
    assert read(q)["tpot_ms"] == pytest.approx(tpot)


def test_an_unknown_model_with_stated_parameters_is_sized_from_them_and_named():
    from calc import ask

    _, res = ask("GPT-4 class model: 1.8T params dense on 13T tokens, how many H100 GPU-hours?")
    assert res.value("train_flops") == pytest.approx(6 * 1.8e12 * 13e12)
    assert [u.text for u in res.unused] == ["GPT-4"]


def test_enough_for_a_model_is_a_memory_question():
    assert parse("Is 8x H100 enough for llama 3.1 405b in fp8?").intent == "memory"
    assert parse("is 10k H100 enough for 100M users?").intent == "fleet"


@pytest.mark.parametrize("q,expect", [
    ("100P算力相当于多少张H100？", {"capacity_flops": 1e17}),
    ("用B200跑Llama 3.1 405B，FP4，8卡一台，每秒能出多少token？", {"gpus_per_server": 8}),
    ("500 nodes with 4 GPUs per node of A100, power?", {"gpus_per_server": 4, "servers": 500}),
    ("日活3000万，每人每天聊15轮，用H20部署Qwen2.5 72B，需要多少张卡？", {"queries_per_user": 15}),
    ("峰值QPS 800，Mixtral 8x22B，MI300X需要几张？", {"qps": 800, "qps_is_peak": True}),
    ("peak of 5,000 QPS on Llama 3 70B, H100s?", {"qps": 5000, "qps_is_peak": True}),
])
def test_phrasings_found_by_hand_after_the_fourth_set(q, expect):
    req = parse(q)
    for k, v in expect.items():
        assert req.params.get(k) == pytest.approx(v), (k, dict(req.params))


def test_a_peak_qps_is_not_doubled():
    peak = _figures("peak of 5,000 QPS on Llama 3 70B, H100s?")
    avg = _figures("5,000 QPS on Llama 3 70B, H100s?")
    assert peak["tokens_per_s"] == pytest.approx(avg["tokens_per_s"] / 2)


def test_an_unknown_model_named_as_a_likeness_beside_a_known_one():
    from calc import ask

    _, res = ask("文心一言级别的应用，日活3000万，用H20部署Qwen2.5 72B，需要多少张卡？")
    assert [u.text for u in res.unused] == ["文心一言"]
    with pytest.raises(CalcError) as exc:
        parse("100P算力相当于多少张910B？")
    assert exc.value.kind == "unknown_accelerator"


def test_energy_per_request_on_a_stated_group_and_utilization():
    full = _figures("energy per query: llama 3 70b on 8x h100, 1,000 input + 300 output tokens?")
    busy = _figures("energy per query: llama 3 70b on 8x h100, 1,000 input + 300 output tokens, "
                    "60% util?")
    assert busy["energy_per_query_wh"] == pytest.approx(full["energy_per_query_wh"] / 0.6)


def test_energy_per_a_basis_of_tokens():
    f = _figures("what's the energy per 1k tokens for Mixtral on H200 in fp8?")
    assert f["energy_per_tokens_wh"] == pytest.approx(f["energy_per_token_j"] * 1000 / 3600)
    from calc import ask
    _, res = ask("energy per token for Llama 3 8B on L4?")
    assert res.intent == "energy" and "J per output token" in res.headline


@pytest.mark.parametrize("q,per_day", [
    ("How many A100 80GB for 1B tokens per day of Llama 3 8B?", 1e9 / 500),
    ("每天生成100亿token，用H100跑Llama 3 70B要多少张？", 1e10 / 500),
])
def test_tokens_a_day_are_a_serving_load(q, per_day):
    from calc import ask
    _req, res = ask(q)
    assert res.intent == "fleet" and not res.unused
    assert res.value("qps") == pytest.approx(per_day / 86_400)


def test_a_year_next_to_a_gpu_name_is_still_a_year():
    req = parse("What would training Llama 2 70B cost at 2023 A100 rental prices?")
    assert req.params["year"] == 2023 and "gpus" not in req.params
    assert parse("GPT-3 at 2020 prices vs today on H100?").intent == "training"


def test_years_to_grow_from_one_user_count_to_another_at_a_rate():
    f = _figures("年增长率60%，从1000万用户到1亿用户要多久？")
    assert f["years"] == pytest.approx(math.log(10) / math.log(1.6))


def test_n_gpu_servers_and_per_card_prices():
    assert parse("DeepSeek R1在H20上，1000并发，每路20 token/s，要几台8卡服务器？").params[
        "gpus_per_server"] == 8
    assert parse("100万张GPU的集群，每张卡3万美元，一共多少钱？").params["price_usd"] == 30_000


def test_tokens_a_fleet_trains_in_a_stated_time():
    f = _figures("3 months on 1024 B200s — how many tokens can we train a 70B on at 45% MFU?")
    from calc.catalog import load
    peak, _ = load().accelerators["b200"].peak_tflops("bf16")
    days = 3 * 30.4375
    assert f["train_tokens"] == pytest.approx(1024 * days * 86_400 * 0.45 * peak * 1e12 / (6 * 70e9))


def test_a_monthly_bill_is_a_month_and_a_price_per_named_gpu_is_a_unit_price():
    assert parse("What's the monthly power bill for 512 H100s at $0.12 per kWh?").params[
        "days"] == pytest.approx(30.4375)
    f = _figures("How much would 50MW of B200 cost in chips, at $40k per B200 and 1.4 kW each?")
    assert f["capex_usd"] == f["gpus"] * 40_000
    assert parse("Llama 3.1 405B BF16 weights: how many H100 80GB just to hold it?").intent == "memory"


@pytest.mark.parametrize("q,expect", [
    ("英伟达B200功耗1000瓦，10万张要多少兆瓦的电？PUE取1.2", {"pue": 1.2}),
    ("汇率取7.1，1万张H100多少人民币", {"usd_cny": 7.1}),
    ("MFU按照38%，2048张H100训练70B模型15T token要多久", {"mfu": 0.38}),
    ("HBM价格是DRAM的5到6倍，2.5万张H100里的HBM值多少钱？", {"hbm_multiple": 5, "hbm_multiple_high": 6}),
])
def test_chinese_verbs_that_introduce_a_value(q, expect):
    got = dict(parse(q).params)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)
    assert parse("汇率取7.1，1万张H100多少人民币").intent == "capex"


def test_a_cost_follow_up_repeats_the_fleet_whose_answer_has_the_cost():
    from calc import ask
    first, _ = ask("how many H100s for 100M users?")
    req, res = ask("what would that cost?", first)
    assert req.params == first.params and res.value("cost_usd") > 0


def test_hbm_priced_per_gb_and_sized_per_gpu():
    f = _figures("if each H100 has 80GB HBM3 at $15/GB, what's the HBM bill for 500k GPUs?")
    assert f["cost_usd"] == pytest.approx(500_000 * 80 * 15)
    zh = _figures("HBM每GB 12美元，10万张H200的HBM值多少钱？")
    assert zh["cost_usd"] == pytest.approx(1e5 * 141 * 12)


def test_a_count_glued_to_a_name_and_a_fleet_cost_for_a_period():
    req = parse("Is a single 8xH200 node enough to serve Llama 3.1 405B FP8 for 200 concurrent users?")
    assert req.params["accelerator"] == "h200_sxm" and req.params["gpus"] == 8
    f = _figures("50k DAU, 30 requests/day, Llama 3.1 8B on L40S: how many, and the monthly cost "
                 "at $1.2/hr?")
    assert f["cost_period_usd"] == pytest.approx(f["cost_per_day_usd"] * 30.4375)


def test_search_in_a_product_is_not_the_google_case():
    assert parse("100万日活的AI搜索，每次搜索生成300个token，用Qwen2.5 72B，L40S要多少张？").intent == "fleet"
    assert parse("how many A100 servers to put ChatGPT into every Google search?").intent == \
        "google_search"


@pytest.mark.parametrize("q", ["how many tflops does an H100 do in fp8?", "H100的FP8算力是多少TFLOPS？"])
def test_one_accelerators_compute_is_a_conversion(q):
    from calc import ask
    _req, res = ask(q)
    assert res.intent == "convert" and res.value("flops") == pytest.approx(1978.9e12, rel=0.01)
    assert not res.unused


def test_cost_per_million_tokens_and_per_query_from_an_hourly_rent():
    from calc import ask
    _req, res = ask("How much does it cost per million tokens to serve Llama 3 70B on H100 at $2/hr?")
    assert res.intent == "throughput" and not res.unused
    per_gpu = res.value("tokens_per_s_per_gpu")
    assert res.value("cost_per_million_tokens_usd") == pytest.approx(2 / (per_gpu * 3600) * 1e6)


def test_a_ttft_in_seconds_and_a_percentile_named():
    from calc import ask
    q = "We want p99 TTFT < 1s and 30 tok/s per user for 20k concurrent users on llama 3.1 70b. H200 count?"
    req, res = ask(q)
    assert req.params["ttft_ms"] == 1000 and req.params["tpot_ms"] == pytest.approx(1000 / 30)
    assert [u.text for u in res.unused] == ["p99"]


@pytest.mark.parametrize("q,tokens_a_day", [
    ("how many h100 do i need for 10 million users generating 1000 tokens each per day?", 1e7 * 1000),
    ("1亿用户，每人每天生成2000个token，H100要多少张？", 1e8 * 2000),
])
def test_tokens_per_user_per_day_are_the_load(q, tokens_a_day):
    f = _figures(q)
    assert f["qps"] == pytest.approx(tokens_a_day / 500 / 86_400)


@pytest.mark.parametrize("q,expect", [
    ("What does it cost to serve 1B requests/month on Llama 3 8B with L4 GPUs at $0.7/hr?",
     {"queries_per_day": 1e9 / 30.4375}),
    ("H100集群一万卡，训练一个千亿参数模型，1万亿token，要多少天？MFU按35%算",
     {"gpus": 1e4, "params": 1e11, "train_tokens": 1e12, "mfu": 0.35}),
    ("万卡集群H100一年电费多少？", {"gpus": 1e4}),
])
def test_monthly_volumes_and_scale_words_standing_alone(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)
    assert parse("how many MI300X to hold DeepSeek V3 in fp8?").intent == "memory"


def test_a_value_stated_after_each_option_belongs_to_that_option():
    req = parse("Which is cheaper per token for Llama 3 70B: H100 at $2.5/hr or MI300X at $1.8/hr?")
    assert [dict(o) for o in req.options] == [
        {"accelerator": "h100_sxm", "rent_usd_per_hour": 2.5},
        {"accelerator": "mi300x", "rent_usd_per_hour": 1.8}]
    from calc import ask
    _req, res = ask("H100 ($25k) vs H200 ($32k) for 20M users on Llama 3 70B: capex?")
    assert not res.unused
    a, b = res.alternatives
    assert a.value("cost_usd") == a.value("gpus") * 25_000
    assert b.value("cost_usd") == b.value("gpus") * 32_000


def test_a_facility_bill_assumes_no_accelerator():
    from calc import ask
    _req, res = ask("What's the electricity cost per year for a 50 MW datacenter at $0.07/kWh?")
    assert res.value("cost_usd") == pytest.approx(50_000 * 24 * 365.25 * 0.07)
    assert not any(a.name == "accelerator" for a in res.assumptions)


@pytest.mark.parametrize("q,expect", [
    ("How many servers (8x H100 each) for 2,000 QPS of Llama 3.1 70B with 2k/500 tokens?",
     {"gpus_per_server": 8, "input_tokens": 2000, "output_tokens": 500, "qps": 2000}),
    ("500 servers with 8 H100 each, power?", {"gpus_per_server": 8, "servers": 500}),
    ("25,000 H100s each at 700W: MW?", {"gpus": 25_000, "watts_per_gpu": 700}),
])
def test_server_sizes_in_words_and_input_output_pairs(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)


@pytest.mark.parametrize("q", ["B200比H100快多少？跑Llama 3.1 70B FP8",
                               "how much faster is B200 than H100 on Llama 3 70B?"])
def test_how_much_faster_is_a_throughput_comparison(q):
    req = parse(q)
    assert req.intent == "throughput" and req.combine == "compare"


def test_a_token_price_and_a_token_volume_give_the_bill():
    f = _figures("If inference costs $0.50 per million tokens and we serve 10B tokens/day, "
                 "what's the daily bill?")
    assert f["cost_per_day_usd"] == pytest.approx(5_000)
    zh = _figures("每百万token 2元，每天100亿token，一个月多少钱？")
    assert zh["cost_per_day_cny"] == pytest.approx(20_000)
    assert zh["cost_cny"] == pytest.approx(20_000 * 30.4375)


def test_racks_at_kw_each_and_users_in_a_memory_question():
    assert read("50 racks of GB200 NVL72: how many MW at 132 kW each and PUE 1.15?")[
        "watts_per_server"] == 132_000
    from calc import ask
    _req, res = ask("how many H200 do I need to fit Llama 3.1 405B in bf16 with 128k context for 8 users?")
    assert not res.unused and res.intent == "memory"


def test_more_everyday_phrasings():
    assert read("Need sizing: 12M weekly actives, 6 prompts, fp8 Llama 3.1 405B, B200s")["users"] == 12e6
    f = _figures("how much to rent 256 H200 for two weeks at 3.5 usd/hr")
    assert f["cost_usd"] == pytest.approx(256 * 14 * 24 * 3.5)
    f = _figures("我们预算2亿美元，买H200，每张3.2万美元，能买多少张，功耗多少兆瓦？")
    assert f["gpus"] == 6250 and f["power_mw"] > 0
    from calc import ask
    _req, res = ask("how many gpus to serve llama 3.3 70b to 2 million daily users at 95th pct "
                    "latency under 100ms/token?")
    assert [u.text for u in res.unused] == ["95th pct"]


def test_a_training_budget_at_an_hourly_rent():
    from calc.catalog import load
    peak, _ = load().accelerators["h100_sxm"].peak_tflops("bf16")
    f = _figures("Training budget $10M, H100 at $2/hr: how many tokens can a 70B model get at 40% MFU?")
    assert f["gpu_hours"] == pytest.approx(5e6)
    assert f["train_tokens"] == pytest.approx(5e6 * 3600 * 0.4 * peak * 1e12 / (6 * 70e9))
    zh = _figures("预算1000万美元，H100每小时2美元，2万亿token能训练多大的模型？")
    assert zh["params"] == pytest.approx(5e6 * 3600 * 0.4 * peak * 1e12 / (6 * 2e12))


def test_chinese_percent_words_named_model_sizes_and_server_prices():
    assert read("一千张H100训练Llama 3 70B，15万亿token，MFU百分之四十，要多少天？")["mfu"] == pytest.approx(0.4)
    from calc import ask
    _req, res = ask("DeepSeek R1 671B 用 FP8 需要几张 H20 才能放下？")
    assert not res.unused
    f = _figures("H100服务器一台30万美元，买100台要多少钱？")
    assert f["cost_usd"] == pytest.approx(100 * 300_000)
    f = _figures("100 DGX H100 servers at $300k per server: total?")
    assert f["cost_usd"] == pytest.approx(100 * 300_000) and f["gpus"] == 800


def test_a_batch_caps_the_throughput_and_one_gpu_hours_price_is_the_rent():
    req = parse("How many tokens/sec can 1 H100 produce with Llama 3 8B at batch 64?")
    assert req.params["concurrent_users"] == 64
    f = _figures_allowing_named("If 1 GPU-hour of H100 costs ¥18, what's the cost of 5000 GPU-hours?")
    assert f["cost_cny"] == pytest.approx(5000 * 18)


def _figures_allowing_named(q: str) -> dict[str, float]:
    from calc import ask
    _, res = ask(q)
    return {f.name: f.value for f in res.figures}


def test_n_gpu_servers_before_a_name_and_weights_memory():
    from calc import ask
    req, res = ask("How many 8-GPU H100 servers do I need for 1,000 concurrent users on Llama 3 70B?")
    assert req.params["gpus_per_server"] == 8 and res.intent == "fleet" and not res.unused
    assert parse("what's the weights memory of Mixtral 8x7B in int8?").intent == "memory"


def test_cost_and_power_together_and_doubling_between_two_user_counts():
    f = _figures("1 million H100s: total cost in USD and RMB at 7.2, and power in GW at PUE 1.2")
    assert f["capex_usd"] == pytest.approx(1e6 * 27_500) and f["power_mw"] > 1000
    g = _figures("用户数从1千万增长到5亿需要多少年，如果每年翻一番？")
    assert g["months"] == pytest.approx(12 * math.log2(50))
    assert parse("Llama 3 70B int4 on a single RTX 4090?").intent == "memory"


@pytest.mark.parametrize("q", ["7B model fine-tuning on 8 A100s for 3 epochs of 2B tokens — hours?",
                               "用8张A100微调7B模型，20亿token训练3个epoch要多久？"])
def test_epochs_multiply_the_tokens(q):
    assert _figures(q)["train_flops"] == pytest.approx(6 * 7e9 * 2e9 * 3)


@pytest.mark.parametrize("q", ["How many users per H100 for Llama 3 8B?", "单卡H100能支撑多少用户？Llama 3 8B"])
def test_users_per_one_gpu(q):
    from calc import ask
    _req, res = ask(q)
    assert res.intent == "throughput" and res.value("users") > 0
    assert any(a.name == "gpus" and a.value == 1 for a in res.assumptions)


@pytest.mark.parametrize("q,name,value", [
    ("H100 售价 3万美元，按美元兑人民币7.2算，合多少人民币？", "cost_cny", 30_000 * 7.2),
    ("预算 1000 万美元，租 H100 每小时 2 美元，能租多少卡时？", "gpu_hours", 5e6),
    ("汇率 7.1，H100 租金 2.2 美元/小时，换成人民币每卡时多少？", "rent_cny_per_hour", 2.2 * 7.1),
])
def test_single_prices_converted_and_a_budget_at_a_rent(q, name, value):
    assert _figures(q)[name] == pytest.approx(value)


def test_users_concurrently_and_an_hbm_premium():
    assert read("Qwen2.5 7B on rtx 4090, 2000 users concurrently, 40 ms/token target")[
        "concurrent_users"] == 2000
    assert read("DRAM at $2.5 per GB, HBM sells at a 6x premium — HBM cost per MI355X?")[
        "hbm_multiple"] == 6


@pytest.mark.parametrize("q,start,end", [
    ("GPU count for Mistral 7B on L40S: we're at 10M DAU now, going to 200M in 18 months", 1e7, 2e8),
    ("现在日活1000万，明年要涨到1亿，H100要多少张？", 1e7, 1e8),
])
def test_a_user_count_going_to_another_sizes_the_end(q, start, end):
    req = parse(q)
    assert req.params["users"] == start and req.params["users_to"] == end
    f = _figures(q)
    assert f["gpus_today"] < f["gpus"]


@pytest.mark.parametrize("q,qps,tokens", [
    ("to put ChatGPT into Google search at 100k queries per second with ~500 tokens per answer, "
     "how many HGX A100 servers?", 1e5, 500),
    ("If Google's 8.5 billion searches a day all got a GPT-3 175B answer of 500 output tokens, "
     "how many DGX A100 boxes would that take?", 8.5e9 / 86400, 500),
])
def test_the_google_search_case_takes_the_stated_load(q, qps, tokens):
    """SemiAnalysis' 320k/s and 2,000 tokens are defaults: a stated rate or length replaces
    them, and the fleet scales with the tokens per second."""
    _req, res = ask(q)
    assert res.intent == "google_search" and res.value("qps") == pytest.approx(qps)
    sa = 3617 * qps * tokens / (13e6 * 15 / 86400 * 2000)
    assert res.value("servers") == pytest.approx(sa, rel=1e-3)
    assert not res.unused


def test_a_market_price_is_one_chips_price():
    _req, res = ask("H20 sells for about RMB 110k in China; at 7.2 CNY per USD what is that in dollars?")
    assert res.value("cost_usd") == pytest.approx(110_000 / 7.2)
    assert not res.unused


def test_a_value_belongs_to_the_option_named_just_before_it():
    """'8k Gaudi 3 at $15k each vs same budget on H100 at $30k': each price to its own chip,
    the second option spends the first's money, and a stated precision compares compute."""
    _req, res = ask("Gaudi 3 vs H100 on price: 8k Gaudi 3 at $15k each vs same budget on H100 "
                    "at $30k — which gets more bf16 flops?")
    gaudi, h100 = res.alternatives
    assert gaudi.value("cost_usd") == 8000 * 15_000
    assert h100.value("gpus") == 8000 * 15_000 / 30_000
    assert h100.value("fleet_pflops") == pytest.approx(4000 * 989.5 / 1000, rel=0.01)
    assert not res.unused


@pytest.mark.parametrize("q,name,value", [
    ("how many B200s to serve 50M DAU on Llama 3.1 405B at fp4, 1k in 500 out, 10 q/user/day",
     "input_tokens", 1000),
    ("how many B200s to serve 50M DAU on Llama 3.1 405B at fp4, 1k in 500 out, 10 q/user/day",
     "output_tokens", 500),
    ("5M users, 20 reqs/user/day, 2k in 300 out, llama 3 70b on h200?", "queries_per_user", 20),
    ("5年后算力需求是现在多少倍？按3.5个月翻一番", "doubling_months", 3.5),
    ("算力每3.5个月翻一倍，3年后是现在多少倍", "doubling_months", 3.5),
])
def test_terse_lengths_rates_and_chinese_doubling_idioms(q, name, value):
    assert read(q)[name] == value


def test_fan_yi_bei_is_a_doubling_not_a_factor_of_one():
    _req, res = ask("算力每3.5个月翻一倍，3年后是现在多少倍")
    assert res.value("growth_factor") == pytest.approx(2 ** (36 / 3.5))
    assert "一倍" not in {u.text for u in res.unused}


@pytest.mark.parametrize("q,start,name", [
    ("按照每3.4个月翻一倍算，2年后需要多少算力？现在是100 EFLOPS", 1e20, "capacity_flops"),
    ("frontier training runs are 3e25 FLOPs today; doubling every 6 months, how big in 3 years?",
     3e25, "train_flops"),
    ("we serve 2B tokens a day, growing 3x a year: tokens per day in 2 years?", 2e9,
     "tokens_per_day"),
])
def test_a_stated_compute_or_token_volume_grows_to_the_horizon(q, start, name):
    _req, res = ask(q)
    assert res.intent == "growth" and not res.unused
    assert res.value("growth_factor") > 1
    assert res.value(name) == pytest.approx(start * res.value("growth_factor"))


@pytest.mark.parametrize("q,money,period", [
    ("what's the monthly electricity bill for 2,048 H100 at 0.09 $/kWh with PUE 1.2",
     "US$", "1 month"),
    ("1万张H800一年电费多少？电价0.6元/度，PUE 1.3", "元", "1年"),
])
def test_an_electricity_bill_question_is_answered_with_the_bill(q, money, period):
    _req, res = ask(q)
    assert money in res.headline and period in res.headline
    cost = res.value("cost_cny") if money == "元" else res.value("cost_usd")
    assert cost > 0 and not res.unused


def test_an_unknown_model_beside_stated_sizes_is_named_as_such():
    _req, res = ask("GPT-4 class 1.8T MoE with 280B active trained on 13T tokens on 25k A100 "
                    "at 35% MFU — days?")
    (u,) = res.unused
    assert u.text == "GPT-4" and "not in the catalog" in u.reason


@pytest.mark.parametrize("q,name,value", [
    ("ChatGPT每天2亿活跃用户，每人5个问题，用H100需要多少？", "users", 2e8),
    ("部署DeepSeek-R1满血版，并发200路，每路30 token/s，需要几台8卡H20？", "gpus_per_server", 8),
    ("10M users, 300-word answers, Llama 3 70B on H100", "output_tokens", 400),
    ("80GB A100 能跑 Llama 2 70B 吗？fp16", "accelerator", "a100_sxm_80gb"),
])
def test_active_users_server_sizes_words_and_a_size_before_the_name(q, name, value):
    assert read(q)[name] == pytest.approx(value) if isinstance(value, float | int) \
        else read(q)[name] == value
    assert not ask(q)[1].unused


def test_monthly_cost_does_not_make_users_monthly():
    req = parse("1M users on llama 3 70b with H100, monthly cost?")
    assert "monthly_users" not in req.params
    assert parse("1M monthly active users on llama 3 70b with H100").params["monthly_users"]


@pytest.mark.parametrize("q,head", [
    ("What's the KV cache for 32 concurrent 8k-token requests on Llama 3 70B?", "KV cache"),
    ("Llama 3 70B 128k上下文，8个并发，KV缓存要多大？", "KV缓存"),
])
def test_a_kv_cache_question_is_answered_with_the_cache(q, head):
    _req, res = ask(q)
    assert head in res.headline and not res.unused
    seqs, ctx = (32, 8000) if "32" in q else (8, 128_000)
    per_tok = res.value("kv_bytes_per_token")
    assert res.value("kv_cache_gb") == pytest.approx(seqs * ctx * per_tok / 1e9)


def test_how_many_concurrent_streams_leads_with_the_streams():
    _req, res = ask("8张H100跑Llama 3 70B，输入4000输出1000个token，能同时服务多少并发？")
    assert "并发" in res.headline
    assert f"{res.value('concurrent_users'):,.0f}" in res.headline


@pytest.mark.parametrize("q,gpus", [
    ("we have $50M, rent H100 at $2/hr for a year, how many GPUs can we keep running?",
     50e6 / 2 / (365.25 * 24)),
    ("预算1亿元，租H800每卡时15元，租两年能租多少张？", 1e8 / 15 / (2 * 365.25 * 24)),
])
def test_a_budget_at_a_rent_for_a_period_keeps_gpus_running(q, gpus):
    _req, res = ask(q)
    assert res.value("gpus") == math.floor(gpus) and not res.unused


def test_large_power_reads_in_gigawatts():
    _req, res = ask("10 GW of AI datacenters — how many GB200 is that?")
    assert "10 GW" in res.headline and "MW" not in res.headline


@pytest.mark.parametrize("q", [
    "H100和A100分别按每小时2美元和1.2美元租，1000万日活Llama 3 70B一个月多少钱？",
    "rent H100 and A100 at $2 and $1.2 per hour respectively, 1M users on llama 3 70b, monthly cost?",
    "H100 vs A100 for 1M users on llama 3 70b, monthly cost at $2/hr and $1.2/hr",
])
def test_amounts_listed_together_share_their_rate_and_go_to_the_options_in_order(q):
    req, res = ask(q)
    assert [o.get("rent_usd_per_hour") for o in req.options] == [2, 1.2]
    assert not res.unused


@pytest.mark.parametrize("q,share", [
    ("月活5亿，日活比30%，每人每天8次，每次输出600 token，Qwen2.5 72B跑在H20上要多少卡", 0.3),
    ("500M MAU with DAU/MAU of 40%, 8 queries a day, llama 3 70b on h100", 0.4),
])
def test_a_stated_stickiness_turns_monthly_users_into_daily(q, share):
    req, res = ask(q)
    assert req.params["dau_per_mau"] == share and not res.unused
    assert any(a.name == "dau_per_mau" and a.value == share and a.origin == "question"
               for a in res.assumptions)


@pytest.mark.parametrize("q,months", [
    ("如果用户从100万增长到1亿，按每月增长30%，需要多久？", math.log(100) / math.log(1.3)),
    ("users go from 1M to 10M growing 25% a month: how long?", math.log(10) / math.log(1.25)),
])
def test_a_monthly_growth_rate_is_a_monthly_rate(q, months):
    _req, res = ask(q)
    assert res.value("months") == pytest.approx(months) and not res.unused
    assert "month" in res.headline or "月" in res.headline


@pytest.mark.parametrize("q,tpd", [
    ("每百万token 2美元，日活1000万每人每天20次，每次1000个token，一个月API费用多少？", 1e7 * 20 * 1000),
    ("at $0.6 per 1M tokens, 5M DAU, 12 req/day, 800 in 400 out tokens — annual bill?",
     5e6 * 12 * 1200),
])
def test_a_token_bill_takes_its_tokens_from_the_load(q, tpd):
    _req, res = ask(q)
    per_day = res.value("cost_per_day_usd")
    price = 2 if "2美元" in q else 0.6
    assert per_day == pytest.approx(tpd / 1e6 * price) and not res.unused


def test_a_rack_of_n_gpus_is_the_rack_size():
    _req, res = ask("rack of 72 GB200 draws 120kW; 100 racks, PUE 1.15 — MW?")
    assert res.value("power_mw") == pytest.approx(100 * 120 * 1.15 / 1000) and not res.unused


def test_a_p99_is_named_as_a_percentile():
    _req, res = ask("p99 ttft < 500ms, 2k ctx, llama 3 8b, 1k rps, how many L4?")
    (u,) = res.unused
    assert u.text == "p99" and "percentile" in u.reason


def test_a_stated_training_cost_is_checked_against_the_computed_one():
    _req, res = ask("DeepSeek V3 cost $5.6M to train on 2048 H800 — check: 14.8T tokens, 37B active")
    assert not res.unused
    hours = res.value("gpu_hours")
    assert res.value("implied_rent_usd_per_hour") == pytest.approx(5.6e6 / hours)
    assert res.value("stated_vs_computed") == pytest.approx(5.6e6 / res.value("cost_usd"))


@pytest.mark.parametrize("q,n", [
    ("how many tokens per second for llama 3 8b on an L40S at batch 32?", 1),
    ("Llama 3 70B在H100上每秒能出多少token？batch 64", 8),
    ("throughput of llama 3 70b on an H100 server?", 8),
    ("how many users can one GB200 NVL72 rack serve on llama 3 70b?", 72),
])
def test_a_rate_question_at_a_batch_answers_the_rate_on_the_named_unit(q, n):
    _req, res = ask(q)
    assert res.intent == "throughput" and not res.unused
    assert any(a.name == "gpus" and a.value == n for a in res.assumptions) or \
        f"{n} x" in res.headline


def test_mao_is_a_tenth_of_a_yuan():
    _req, res = ask("两千张H800，每张700瓦，PUE一点三，一年电费多少钱？电价六毛一度")
    assert not res.unused
    kwh = 2000 * 700 * 1.3 / 1000 * 24 * 365.25
    assert res.value("cost_cny") == pytest.approx(kwh * 0.6)


@pytest.mark.parametrize("q,qps_words", [
    ("我们的推理集群有512张H20，跑Qwen2.5 72B，每秒能处理多少请求？输入1000输出300", "请求"),
    ("what qps can 16 H100 do on llama 3 70b with 2k in 200 out?", "requests/s"),
])
def test_a_requests_per_second_question_leads_with_requests(q, qps_words):
    _req, res = ask(q)
    assert res.intent == "throughput" and qps_words in res.headline and not res.unused


@pytest.mark.parametrize("q,j,tpd", [
    ("每个token 0.5焦耳，每天生成1万亿token，一年耗电多少度？", 0.5, 1e12),
    ("at 300 mJ per token and 50B tokens a day, yearly energy at $0.08/kWh?", 0.3, 5e10),
])
def test_a_stated_energy_per_token_over_a_token_volume(q, j, tpd):
    _req, res = ask(q)
    assert res.intent == "energy" and not res.unused
    assert res.value("energy_kwh") == pytest.approx(j * tpd * 365.25 / 3.6e6)


def test_an_unknown_accelerator_in_a_price_question_is_named():
    with pytest.raises(CalcError) as e:
        ask("B100 price?")
    assert e.value.kind == "unknown_accelerator"


@pytest.mark.parametrize("q,acc,per", [
    ("A100 vs H100 vs B200: tflops per dollar bf16", "a100_sxm_80gb", None),
    ("H100和MI300X哪个性价比高？FP8算力每美元", "h100_sxm", None),
])
def test_compute_per_dollar_compares_peak_over_price(q, acc, per):
    from calc.catalog import load
    cat = load()
    req, res = ask(q)
    assert res.intent == "convert" and len(res.alternatives) >= 2 and not res.unused
    for alt, opt in zip(res.alternatives, req.options, strict=True):
        a = cat.accelerators[str(opt["accelerator"])]
        price = cat.prices[a.id].purchase_usd
        peak, _ = a.peak_tflops(str(req.params["precision"]))
        assert alt.value("tflops_per_kusd") == pytest.approx(peak / price * 1000)


@pytest.mark.parametrize("first,then,name,factor", [
    ("how many H100s for 100M users?", "what if users double?", "users", 2),
    ("1亿用户需要多少张H100？", "用户翻倍呢？", "users", 2),
    ("how many H100s for 100M users?", "what about 10x the traffic?", "users", 10),
    ("how many H100s for 100M users?", "and if answers are 3x longer?", "output_tokens", 3),
])
def test_a_follow_up_scales_one_quantity_of_the_question_before(first, then, name, factor):
    req1, _ = ask(first)
    req2, res = ask(then, previous=req1)
    before = req1.params.get(name, 500)
    assert req2.params[name] == before * factor and not res.unused
    assert any(a.name == name and a.origin == "derived" for a in res.assumptions)


def test_a_follow_up_asking_for_the_bill_leads_with_it():
    req1, _ = ask("1亿用户需要多少张H100？")
    _req, res = ask("那电费一年多少？电价0.5元", previous=req1)
    kwh = res.value("power_mw") * 1000 * 365.25 * 24
    assert res.value("electricity_cny") == pytest.approx(kwh * 0.5)
    assert "电费" in res.headline and not res.unused


def test_gpu_hours_a_year_are_gpus_around_the_clock():
    _req, res = ask("we burn 1.2 mln gpu hrs/yr on A100s, what's that in H100 equivalents running 24/7")
    assert not res.unused and res.intent == "convert"
    a100s = 1.2e6 / (365.25 * 24)
    assert any(a.name == "gpus" and a.value == pytest.approx(a100s, rel=1e-3) for a in res.assumptions)


@pytest.mark.parametrize("q,revenue", [
    ("serving 3bn tokens/day at $0.6 per million tokens - what's monthly revenue vs cost on H100 "
     "at $2.2/hr", 3e9 / 1e6 * 0.6 * 30.4375),
    ("我们一天大概烧掉300亿token，价格2元每百万token，一个月收入多少，用H800自建的话成本多少",
     3e10 / 1e6 * 2 * 30.4375),
])
def test_a_token_bill_beside_what_serving_the_tokens_costs(q, revenue):
    _req, res = ask(q)
    assert not res.unused
    got = res.value("cost_cny") if "元" in q else res.value("cost_usd")
    assert got == pytest.approx(revenue)
    hours = res.value("serving_gpu_hours_per_day")
    assert res.value("serving_cost_usd") == pytest.approx(
        hours * (2.2 if "$2.2" in q else 2.0) * 30.4375)


@pytest.mark.parametrize("q,util,ttft,tpot", [
    ("峰值是平均的3倍，平均qps 800，Llama 3.3 70B，H200要备多少张？GPU利用率按六成", 0.6, None, None),
    ("ttft under 300ms and 25ms/token for gemma 2 27b, 10k concurrent chats, how many L40S?",
     None, 300, 25),
])
def test_tenths_and_a_ttft_beside_a_per_token_target(q, util, ttft, tpot):
    got = read(q)
    if util is not None:
        assert got["utilization"] == util
    if ttft is not None:
        assert got["ttft_ms"] == ttft and got["tpot_ms"] == tpot
    assert not ask(q)[1].unused


def test_by_a_calendar_year_is_the_horizon_from_this_year():
    from calc.stated import this_year
    _req, res = ask("if inference compute demand doubles every 6 mo, how many MI300X do we need "
                    "by 2030 starting from 4k today")
    months = (2030 - this_year()) * 12
    assert not res.unused
    assert res.value("gpus") == pytest.approx(4000 * 2 ** (months / 6))


def test_an_option_price_after_the_next_options_name():
    req, res = ask("Gaudi 3和H100比，跑Llama 3 8B推理每百万token成本哪个低？Gaudi 3租金1.8刀一小时，H100 2.5刀")
    assert [o.get("rent_usd_per_hour") for o in req.options] == [1.8, 2.5] and not res.unused


@pytest.mark.parametrize("q,name", [
    ("一度电能生成多少token？H100跑Llama 3.1 8B，PUE算1.3", "tokens_per_kwh"),
    ("Mixtral 8x22B 激活参数大概39B，每张H100一秒能出多少token？我们用bf16", "tokens_per_s_per_gpu"),
])
def test_per_kwh_and_per_gpu_rates(q, name):
    _req, res = ask(q)
    assert res.value(name) > 0 and not res.unused
    if name == "tokens_per_kwh":
        assert res.value(name) == pytest.approx(3.6e6 / res.value("energy_per_token_j"))


@pytest.mark.parametrize("q,buy_cheaper", [
    ("一台DGX B200卖350万人民币，买10台和租三年比哪个划算？租金每卡每小时25元", True),
    ("budget $50M, buy H200 at ~$32k each or rent at $2.9/hr for 3 yrs? which is cheaper", True),
])
def test_buy_or_rent_over_a_stated_period(q, buy_cheaper):
    _req, res = ask(q)
    assert (res.value("buy_total_usd") < res.value("rent_total_usd")) == buy_cheaper
    assert [u.text for u in res.unused] in ([], ["一台"])


def test_utilization_raised_frees_gpus():
    _req, res = ask("推理集群1.5万张H20，平均利用率只有30%，如果提到六成能省多少张？")
    assert res.value("gpus") == 7500 and res.value("gpus_saved") == 7500 and not res.unused


def test_a_server_price_and_a_bare_budget():
    _req, res = ask("h200 8-gpu server ~$315k. how many can we get for 120M and whats the aggregate fp8 pflops")
    # whole servers at the stated price per server, then their GPUs (not a GPU's share of one)
    assert res.value("servers") == 120e6 // 315e3 and res.value("gpus") == 8 * (120e6 // 315e3)
    assert res.value("fleet_pflops") > 0
    assert not res.unused


@pytest.mark.parametrize("q,days,price", [
    ("electricity bill for 512 H200s running a full year at $0.08/kWh, pue 1.3?", 365.25, 0.08),
    ("rtx 4090 farm: 200 cards @ 450w, electricity 0.15 USD/kWh, 24/7 for 6 months. bill?",
     6 * 30.4375, 0.15),
    ("Our colo charges $0.14/kWh and PUE is 1.5. We run 48 servers of 8x H100 (each server ~10kW). "
     "Monthly?", 30.4375, 0.14),
    ("MI355X x 1024, 1400W each, how many MW incl. PUE 1.2, and $ per year at 6 cents", 365.25, 0.06),
])
def test_a_bill_period_said_as_a_word_and_bare_cents(q, days, price):
    _req, res = ask(q)
    assert not res.unused
    kwh = res.value("power_mw") * 1000 * days * 24
    assert res.value("cost_usd") == pytest.approx(kwh * price, rel=1e-3)


def test_makers_without_a_catalogued_chip_are_unknown():
    for q in ("rent vs buy for 512 Groq LPUs at $20k each, 3 yrs",
              "how many Cerebras WSE-3 to serve Llama 3 70B?",
              # (round 59: "MN-Core 2" was sized as the default H100)
              "We consider Preferred Networks MN-Core 2 boards x 128 for training a 7B on 1T tokens. days?",
              "Rebellions ATOM cards x 32 for Llama 3 8B, 1M users?"):
        with pytest.raises(CalcError) as e:
            ask(q)
        assert e.value.kind == "unknown_accelerator"


@pytest.mark.parametrize("q,servers,gpus", [
    ("10兆瓦的机房能放多少台DGX H100？一台10.2千瓦，PUE 1.25", 10e6 // (10200 * 1.25), None),
    ("8x H100服务器功耗10千瓦，机房限电2兆瓦，最多放几台？总共多少卡", 2e6 // (10000 * 1.3), None),
])
def test_a_power_envelope_and_one_servers_draw_give_the_servers_it_holds(q, servers, gpus):
    _req, res = ask(q)
    assert res.value("servers") == servers and res.value("gpus") == servers * 8
    assert not res.unused


def test_chips_plus_servers_at_their_prices():
    _req, res = ask("capex for 1,000 H20 at $12k a pop plus servers at 8 per box, $40k per server chassis?")
    assert res.value("cost_usd") == pytest.approx(125 * 40_000 + 1000 * 12_000) and not res.unused


def test_fine_tuning_tokens_are_training_tokens():
    _req, res = ask("7B模型全量微调，3个epoch，数据5亿token，8张4090，要多久")
    assert res.intent == "training" and not res.unused
    assert res.value("train_flops") == pytest.approx(6 * 7e9 * 5e8 * 3)


def test_rent_after_a_colon_is_not_a_count_and_purchase_price_words():
    _req, res = ask("buy vs rent: 256 H100 at $25k each or rent at $2.10/hr. breakeven in months?")
    assert res.value("breakeven_months") > 1 and not res.unused
    _req, res = ask("一张H100买入价2.5万美元，汇率7.1，折合人民币多少？买1千张总共多少亿元")
    assert res.value("cost_cny") == pytest.approx(1000 * 25_000 * 7.1)


def test_revenue_beside_a_stated_fleets_electricity():
    _req, res = ask("百万token价格2元，每天跑50亿token，一个月收入多少，够不够覆盖300张H20的电费（每张400瓦，电价0.8元/度）")
    assert not res.unused
    assert res.value("electricity_cny") == pytest.approx(300 * 400 * 1.3 / 1000 * 24 * 30.4375 * 0.8)


@pytest.mark.parametrize("q,name", [
    ("compute demand doubling every 6 months, we have 200 EFLOPS today, how much in 2027?",
     "capacity_flops"),
    ("AI DC power grows 35% a year from 5 GW today; by 2030 how many B200s does that feed at 1.2kW "
     "all-in?", "gpus"),
    ("算力需求每半年翻一倍，现在有100 EFLOPS，到2028年要多少？需要多少张B200", "gpus"),
])
def test_growth_to_a_calendar_year_and_what_it_needs(q, name):
    _req, res = ask(q)
    assert res.value(name) > 0 and not res.unused


@pytest.mark.parametrize("q,name,value", [
    ("What's the cost per million tokens serving Llama 3 70B on H200 rented at $3.8/hour, fp8, "
     "assuming 2,500 tok/s per gpu", "cost_per_million_tokens_usd", 3.8 / (2500 * 3600) * 1e6),
    ("pretraining cost on v5p: 6e23 FLOPs, $4.2 per chip-hour, 55% MFU", "cost_usd", None),
    ("预算5000万人民币，H20一张大概11万，能买多少张？一年电费多少（0.5元/度）", "gpus", 454),
])
def test_measured_rates_chip_hours_and_a_budgets_fleet_bill(q, name, value):
    _req, res = ask(q)
    assert not res.unused
    if value is not None:
        assert res.value(name) == pytest.approx(value)
    else:
        assert res.value(name) == pytest.approx(res.value("gpu_hours") * 4.2)


def test_renting_only_the_hours_used():
    _req, full = ask("rent at 1.65 per gpu hr or buy A100s at 9k? 2 yr horizon, 256 gpus")
    _req, half = ask("rent at 1.65 per gpu hr or buy A100s at 9k? usage only 50% of the time, 2 yr horizon, 256 gpus")
    assert half.value("rent_total_usd") == pytest.approx(full.value("rent_total_usd") / 2)
    assert not half.unused


def test_no_silent_drop_in_the_last_blind_sets():
    """Held-out 7 and 9's silent drops: 'next yr', 'per yr', '5x DRAM' after 'trades at'."""
    _req, res = ask("users grow from 300k to 3M over next yr. currently on 64 H100 for llama 3 70b. "
                    "how many at the end?")
    assert "next yr" in {i.text for i in res.inputs}
    _req, res = ask("our service does 12B tokens a day. at $2/M tok thats how much per yr?")
    assert res.value("cost_usd") == pytest.approx(12e9 / 1e6 * 2 * 365.25)
    req = parse("if each MI355X carries 288 GB of HBM, HBM trades at 5x DRAM, and DRAM is about $3.50/GB")
    assert req.params["hbm_multiple"] == 5


def test_a_growth_between_two_calendar_years():
    _req, res = ask("假设训练算力需求每5个月翻一番，2024年我们用了4000张H800，到2026年需要多少张？")
    assert res.value("gpus") == pytest.approx(4000 * 2 ** (24 / 5)) and not res.unused


@pytest.mark.parametrize("q,name,value", [
    ("想测算一下HBM的需求：明年出货200万颗H200，每颗141GB HBM，HBM单价约每GB 15美元，总市场规模多少？",
     "cost_usd", 2e6 * 141 * 15),
    ("一台DGX H100大概多少钱？我们拿到的报价是每台38万美元，汇率7.1，买32台合人民币多少？",
     "cost_cny", 32 * 380_000 * 7.1),
    ("我们是做AI陪聊的，MAU 2000万，DAU/MAU大约25%，每个日活用户每天生成大概3万token，用Llama 3.1 8B，"
     "在H20上跑，需要多少卡？", None, None),
])
def test_per_unit_memory_server_quotes_and_stickiness(q, name, value):
    req, res = ask(q)
    assert [u.text for u in res.unused] in ([], ["一台"])
    if name:
        assert res.value(name) == pytest.approx(value)
    else:
        assert req.params["dau_per_mau"] == 0.25 and req.params["tokens_per_user_day"] == 3e4


@pytest.mark.parametrize("q,name,value", [
    ("need to size an H100 fleet for llama 3 70b chat, 500k DAU, ~15 req/user/day, 1.2k tok in / "
     "400 tok out. peak 3x avg. how many gpus?", "input_tokens", 1200),
    ("need to size an H100 fleet for llama 3 70b chat, 500k DAU, ~15 req/user/day, 1.2k tok in / "
     "400 tok out. peak 3x avg. how many gpus?", "output_tokens", 400),
    ("ttft < 500ms, tpot < 50ms, llama 3.3 70b, 1000 concurrent, H100. how many nodes of 8?",
     "ttft_ms", 500),
    ("ttft < 500ms, tpot < 50ms, llama 3.3 70b, 1000 concurrent, H100. how many nodes of 8?",
     "tpot_ms", 50),
    ("ttft < 500ms, tpot < 50ms, llama 3.3 70b, 1000 concurrent, H100. how many nodes of 8?",
     "gpus_per_server", 8),
])
def test_each_value_takes_its_own_qualifier(q, name, value):
    assert read(q)[name] == value


@pytest.mark.parametrize("q", [
    "we have 256 A100s. how many B300 would give the same inference throughput?",
    "1万张A100换算成H100大概多少张？推理场景",
])
def test_same_throughput_and_huansuan_are_conversions(q):
    _req, res = ask(q)
    assert res.intent == "convert" and res.value("gpus") > 0 and not res.unused


@pytest.mark.parametrize("q,name,value", [
    ("token bill: 8k DAU x 150k tok/user/day, $3/M. per month?", "cost_per_day_usd", 8e3 * 150e3 / 1e6 * 3),
    ("we serve ~4bn tok/day on qwen2.5 72b. whats the bill at $0.9 per 1M tok vs running our own "
     "H100s at $2.1/hr?", "cost_per_day_usd", 4e9 / 1e6 * 0.9),
    ("1.5 mln users, each ~20k tok/day, gemma 2 27b on L4s. how many L4 and what does that cost "
     "at $0.8/h", None, None),
])
def test_tok_abbreviations_per_user_tokens_and_dollars_per_m(q, name, value):
    _req, res = ask(q)
    assert not res.unused
    if name:
        assert res.value(name) == pytest.approx(value)


def test_a_per_million_token_cost_at_a_utilization():
    _req, full = ask("What's the per-million-token cost on a rented H100 at $1.99/h running llama 3 8b?")
    _req, part = ask("What's the per-million-token cost on a rented H100 at $1.99/h running llama 3 8b "
                     "at 60% utilization?")
    assert part.value("cost_per_million_tokens_usd") == pytest.approx(
        full.value("cost_per_million_tokens_usd") / 0.6)
    assert not part.unused


@pytest.mark.parametrize("q,name,value", [
    ("各位好，想请教一下：我们打算用H20部署DeepSeek-R1，日活大概800万，每人每天问5次，每次输出平均1500 token，"
     "高峰是平均的2.5倍，大概需要多少张卡？", "users", 8e6),
    ("做客服机器人，日活30w，每人5轮，每轮输入800输出150，Qwen2.5 7B，4090跑要几张", "users", 3e5),
    ("Need to size a coding assistant on Mixtral 8x22B: 250k developers, ~40 completions each per "
     "day, 3k tokens of context, 150 tokens out, TTFT target 300ms. How many H100 NVL?", "users", 2.5e5),
])
def test_user_counts_said_loosely(q, name, value):
    assert read(q)[name] == value
    assert not ask(q)[1].unused


def test_a_token_volume_scales_with_the_users():
    _req, res = ask("我们现在的推理服务每天消耗大约500亿token，API报价是每百万token 2元人民币，如果用户量从200万增长到"
                    "1000万，按同样的人均用量，每天的token费用会是多少？")
    assert res.value("cost_per_day_cny") == pytest.approx(5e10 * 5 / 1e6 * 2) and not res.unused


def test_a_servers_all_in_draw_beside_a_cards_and_a_stated_chip_rate():
    _req, res = ask("一个万卡H100集群，每卡700W，加上服务器其他部件按每台8卡10.2kW算，PUE 1.3，电价0.5元/kWh，一年电费多少亿元？")
    assert res.value("cost_cny") == pytest.approx(1e4 * 10200 / 8 * 1.3 / 1000 * 24 * 365.25 * 0.5)
    assert not res.unused
    _req, res = ask("If Gaudi 2 does about 430 TFLOPS bf16 dense in practice, how many of them match the "
                    "compute of 1,000 H100 SXM?")
    from calc.catalog import load
    peak, _ = load().accelerators["h100_sxm"].peak_tflops("bf16")
    assert res.value("gpus") == math.ceil(1000 * peak / 430) and not res.unused
