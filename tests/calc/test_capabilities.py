"""Table-driven checks of each capability against arithmetic done by hand."""

from __future__ import annotations

import math

import pytest

from calc import CalcError, ask
from calc.catalog import load


def fig(q: str, name: str) -> float:
    _, res = ask(q)
    f = res.figure(name)
    assert f is not None, (name, [x.name for x in res.figures])
    return f.value


@pytest.mark.parametrize("q,name,value,rel", [
    # training
    ("how many FLOPs to train a 7B model on 2T tokens?", "train_flops", 6 * 7e9 * 2e12, 1e-9),
    ("FLOPs to train a 70B model on 1T tokens with activation recomputation", "train_flops",
     8 * 7e10 * 1e12, 1e-9),
    ("FLOPs to train a MoE with 671B total and 37B active parameters on 14.8T tokens",
     "train_flops", 6 * 37e9 * 14.8e12, 1e-9),
    ("how many days to train a 70B model on 15T tokens on 2048 H100s at 40% MFU?", "train_days",
     6 * 70e9 * 15e12 / (2048 * 0.4 * 989.4e12) / 86400, 1e-6),
    ("how many H100s to train a 70B model on 15T tokens in 30 days at 40% MFU?", "gpus",
     math.ceil(6 * 70e9 * 15e12 / (0.4 * 989.4e12) / 3600 / (30 * 24)), 0),
    ("DeepSeek-V3 used 2.788 million GPU-hours on H800 at $2/hr: what did it cost?", "cost_usd",
     2.788e6 * 2, 1e-9),
    ("MFU if 2048 H100s train a 70B model at 3.4M tokens/s", "mfu",
     6 * 70e9 * 3.4e6 / 2048 / 989.4e12, 1e-9),
    ("compute-optimal tokens for a 70B model: FLOPs?", "train_flops", 6 * 70e9 * 20 * 70e9, 1e-9),
    # capex
    ("what do 25,000 H100s cost?", "cost_usd", 25_000 * 27_500, 1e-9),
    ("what do 10,000 A100s cost in RMB?", "cost_cny", 10_000 * 80_000, 1e-9),
    ("what do 1,000 H100s cost at $30k each?", "cost_usd", 30e6, 1e-9),
    ("5万张H100要多少钱?", "cost_cny", 5e4 * 240_000, 1e-9),
    ("how many H100s can a $1B budget buy?", "gpus", math.floor(1e9 / 27_500), 0),
    # power
    ("how many MW do 100,000 H100s draw?", "power_mw", 1e5 * 10_200 / 8 * 1.3 / 1e6, 1e-9),
    ("how many MW do 100,000 H100s draw at PUE 1.1?", "power_mw", 1e5 * 1275 * 1.1 / 1e6, 1e-9),
    ("how many H100s can 100 MW power?", "gpus", math.floor(100e6 / (1275 * 1.3)), 0),
    # growth
    ("doubles every 3.5 months: how much in 2 years?", "growth_factor", 2 ** (24 / 3.5), 1e-9),
    ("compute doubles every 6 months, how long to grow 1000x?", "months", 6 * math.log2(1000), 1e-9),
    ("growing 50% a year, how much in 5 years?", "growth_factor", 1.5 ** 5, 1e-9),
    # conversions
    ("how many H100s equal 200 EFLOPS at FP16?", "gpus", math.ceil(200e18 / 989.4e12), 0),
    ("how many A100s equal 202 EFLOPS at FP16?", "gpus", math.ceil(202e18 / 312e12), 0),
    # memory
    ("does Llama 3 70B fit on one H100 in fp8?", "fits", 1.0, 0),
    ("does Llama 3 70B fit on one H100 in bf16?", "fits", 0.0, 0),
    ("how much HBM in 25,000 H100s at 5x DRAM prices?", "hbm_gb", 25_000 * 80, 1e-9),
    ("how much HBM in 25,000 H100s at 5x DRAM prices?", "cost_usd", 25_000 * 80 * 3.0 * 5, 1e-9),
    # both GPUs and time given: the MFU they imply
    ("What is the MFU of a 405B model trained on 16384 H100s in 54 days on 15.6T tokens?", "mfu",
     6 * 405e9 * 15.6e12 / (16384 * 54 * 86400) / 989.4e12, 1e-9),
    # user growth from two counts and a period
    ("from 1 million to 100 million users in 2 months: what doubling time?", "doubling_months",
     2 / math.log2(100), 1e-9),
    ("ChatGPT用户从100万增长到1亿用了2个月，翻倍时间是多少？", "doubling_months", 2 / math.log2(100), 1e-9),
    # a range of HBM price multiples gives both ends
    ("How much HBM does a fleet of 25,000 H100s need, and what does it cost at 3-5x DRAM prices?",
     "cost_usd_high", 25_000 * 80 * 3.0 * 5, 1e-9),
    ("How much HBM does a fleet of 25,000 H100s need, and what does it cost at 3-5x DRAM prices?",
     "cost_usd", 25_000 * 80 * 3.0 * 3, 1e-9),
    ("100MW能支撑多少张H100？", "gpus", math.floor(100e6 / (1275 * 1.3)), 0),
    ("Can I run Llama 3.1 405B on 8 H100s in fp8?", "fits", 1.0, 0),
    ("what Llama 3 70B throughput can one H200 serve?", "replica_gpus", 1, 0),
    # stated power, server sizes, energy per request, rental, era costs (issue 9)
    ("how many MW do 100,000 H100s draw at 700 W per GPU and PUE 1.2?", "power_mw",
     1e5 * 700 * 1.2 / 1e6, 1e-9),
    ("500 DGX H100 servers at 10.2 kW per server, PUE 1.3: how many MW?", "power_mw",
     500 * 10_200 * 1.3 / 1e6, 1e-9),
    ("100 GB200 NVL72 racks at 120 kW each: how many MW at PUE 1.2?", "power_mw",
     100 * 120_000 * 1.2 / 1e6, 1e-9),
    ("how many GPUs are in 100 GB200 NVL72 racks and what do they draw?", "power_it_mw",
     100 * 72 * 120_000 / 72 / 1e6, 1e-9),
    ("how much energy per request do 100 servers drawing 6.5 kW each use if they serve 10M "
     "requests a day at PUE 1.2?", "energy_per_query_wh", 100 * 6500 * 1.2 * 24 / 1e7, 1e-9),
    ("Renting 512 H100 at 2.3 USD/hr for 3 weeks: total?", "cost_usd", 512 * 2.3 * 24 * 21, 1e-9),
    ("A100每卡时8元，2048卡跑两周，总共多少钱？", "gpu_hours", 2048 * 14 * 24, 1e-9),
    ("power bill for 10,000 H100s over 30 days at $0.10/kWh, PUE 1.3", "cost_usd",
     1e4 * 1275 * 1.3 / 1000 * 24 * 30 * 0.10, 1e-9),
    ("what did GPT-3 cost to train?", "cost_usd_then", 6 * 175e9 * 300e9 / (0.4 * 125e12) / 3600 * 1.5,
     1e-9),
    ("If we have 1,000 GPU-years of A100 compute, how big a model can we train on 2T tokens?",
     "params", 1000 * 8760 * 3600 * 0.4 * 312e12 / (6 * 2e12), 1e-9),
    ("compute grows 4x a year: how much in 3 years?", "growth_factor", 4 ** 3, 1e-9),
    ("算力每半年翻一番，3年后是多少倍？", "growth_factor", 2 ** 6, 1e-9),
    ("grew 300,000x in 6 years: what doubling time?", "doubling_months", 72 / math.log2(3e5), 1e-9),
    ("we see 2,400 tok/s per GPU: how many H200s for 50M requests a day at 1000 output tokens?",
     "tokens_per_s_per_gpu", 2400, 1e-9),
    ("TPU v5p pod = 8960 chips, how many exaflops bf16?", "flops", 8960 * 459e12, 1e-2),
    ("energy per query for Llama 3 70B on 8 H100s (700 W each) pushing 3000 tokens/s total, "
     "500 output tokens per reply, PUE 1.2?", "energy_per_query_wh", 700 * 1.2 / (3000 / 8) * 500 / 3600,
     1e-9),
])
def test_capability(q, name, value, rel):
    got = fig(q, name)
    if rel == 0:
        assert got == value
    else:
        assert got == pytest.approx(value, rel=rel)


def test_fleet_figures_are_consistent():
    _, r = ask("how many H100s for 100M users?")
    gpus, per_gpu, need = r.value("gpus"), r.value("tokens_per_s_per_gpu"), r.value("tokens_per_s")
    assert gpus * per_gpu >= need > (gpus - r.value("replica_gpus")) * per_gpu
    assert r.value("servers") == math.ceil(gpus / 8)
    assert r.value("hbm_gb") == gpus * 80
    assert r.value("cost_per_day_usd") == pytest.approx(gpus * 2.5 * 24)
    origins = {a.name: a.origin for a in r.assumptions}
    assert origins["users"] == "question" and origins["queries_per_user"] == "default"
    assert origins["watts_per_gpu"] == "catalog"


@pytest.mark.parametrize("counted,daily", [("100M monthly users", "30M users"),
                                           ("100M weekly users", "50M users")])
def test_monthly_and_weekly_users_are_converted_to_daily(counted, daily):
    _, c = ask(f"how many H100s for {counted}?")
    _, d = ask(f"how many H100s for {daily}?")
    assert c.value("qps") == pytest.approx(d.value("qps"))


def test_google_case_shows_first_principles_and_explains_the_gap():
    _, r = ask("How many A100 HGX servers would it take to put ChatGPT into every Google search?")
    assert r.value("first_principles_gpus") > 0
    assert any("SemiAnalysis" in n for n in r.notes)
    assert any(ref.value == 512_820 for ref in r.references)


def test_throughput_names_the_bound_and_generalises():
    _, h100 = ask("what Llama 2 70B throughput can 8 H100s serve?")
    _, h200 = ask("what Llama 2 70B throughput can 8 H200s serve?")
    _, a100 = ask("what Llama 2 70B throughput can 8 A100s serve?")
    assert h200.value("tokens_per_s") > h100.value("tokens_per_s") > a100.value("tokens_per_s")


def test_fp8_on_a100_is_computed_at_bf16_rate_and_said():
    _, r = ask("what Llama 2 70B throughput can 8 A100s serve in fp8?")
    assert any("no native FP8" in n for n in r.notes)


def test_model_too_large_says_so():
    with pytest.raises(CalcError) as exc:
        ask("what Llama 3.1 405B throughput can 2 L4s serve?")
    assert exc.value.kind == "does_not_fit"


def test_every_catalog_entry_has_source_and_date():
    cat = load()
    for group in (cat.accelerators, cat.models, cat.servers, cat.prices):
        for key, e in group.items():
            assert e.source and e.as_of, key


def test_catalog_covers_the_reference_specs():
    import tomllib

    from tests.conftest import SHARED

    path = SHARED / "specs.toml"
    if not path.exists():
        pytest.skip("shared/reference not present")
    spec = tomllib.loads(path.read_text())
    cat = load()
    assert set(spec["gpu"]) <= set(cat.accelerators)
    assert set(spec["model"]) <= set(cat.models)
    assert set(spec["server"]) <= set(cat.servers)
    for key, e in spec["gpu"].items():
        assert cat.accelerators[key].mem_gb == e["mem_gb"]
        assert cat.accelerators[key].bw_tbs == e["bw_tbs"]


@pytest.mark.parametrize("alias,key", [
    ("H100", "h100_sxm"), ("H100s", "h100_sxm"), ("h100 sxm", "h100_sxm"),
    ("英伟达H100", "h100_sxm"), ("A100 80GB", "a100_sxm_80gb"), ("MI300X", "mi300x"),
])
def test_accelerator_aliases(alias, key):
    assert load().accelerator(alias).id == key


@pytest.mark.parametrize("alias,key", [
    ("GPT-3", "gpt3_175b"), ("llama 3 70b", "llama3_70b"), ("llama-3.3-70b", "llama3_70b"),
    ("deepseek v3", "deepseek_v3"),
])
def test_model_aliases(alias, key):
    assert load().model(alias).id == key



def test_moe_given_by_size():
    _, r = ask("FLOPs to train a 1.8T MoE with 280B active on 13T tokens")
    assert r.value("train_flops") == pytest.approx(6 * 280e9 * 13e12)


def test_roofline_generalises_to_a_measurement_it_was_not_calibrated_on():
    """Calibrated once on 8 x H100 (MLPerf v4.0); checked here on a different accelerator,
    precision and GPU count: MLPerf Inference v4.1, one B200 (FP4), Llama 2 70B Offline,
    11,264 tokens/s (NVIDIA's published submission)."""
    _, r = ask("what Llama 2 70B throughput can 1 B200 serve in fp4?")
    assert r.value("tokens_per_s") == pytest.approx(11_264, rel=0.35)
