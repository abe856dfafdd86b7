"""Reading what users state: every quantity gets exactly one parameter, by its unit first and
the nearest qualifier next, in English and Chinese (issue 9's patterns, and their twins)."""

from __future__ import annotations

import pytest

from calc import CalcError, parse


def read(q: str) -> dict[str, object]:
    req = parse(q)
    return {s.param: s.value for s in req.stated if s.param and s.note in ("", "option")}


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
    req = parse("how many H100s for 100M users with 10 queries per user, or 20 queries per user?")
    dup = [s for s in req.stated if s.note == "duplicate"]
    assert dup and dup[0].param == "queries_per_user"


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
