"""What a number's words refer to: 'each' after boxes is per box, '25 of them' after a server
is servers, '一张卡实测…' qualifies the rate after it, a bare 'v4' after 'TPU v4' is that chip,
and 'we have N of one accelerator: how many of another?' is a match of the two."""

from __future__ import annotations

import pytest

from calc import ask, parse


def read(q: str) -> dict[str, object]:
    req = parse(q)
    return {s.param: s.value for s in req.stated if s.param and s.note in ("", "option")}


@pytest.mark.parametrize("q,expect,absent", [
    ("DGX H100 boxes at $280k each, what's the capex for 64 servers?",
     {"server_price_usd": 280_000, "servers": 64}, {"price_usd"}),
    ("H100 at $25k each, 1000 of them", {"price_usd": 25_000, "gpus": 1000}, {"servers"}),
    ("DGX B200 is about $500k a box. at 7.1 RMB/USD, what do 25 of them cost in yuan?",
     {"server_price_usd": 500_000, "servers": 25, "usd_cny": 7.1}, {"gpus"}),
    ("HBM is 5x DRAM and DRAM is $3/GB. HBM bill for 100k GPUs with 192GB each?",
     {"hbm_gb_per_gpu": 192, "gpus": 100_000}, set()),
    ("HBM按每GB 15美元算，一张H200是141GB，买五万张光HBM要花多少钱？",
     {"hbm_gb_per_gpu": 141, "gpus": 50_000}, set()),
    ("现在一张卡实测1,000 TFLOPS，要在60天内训完3e25 FLOPs，需要多少张卡？",
     {"gpu_tflops": 1000, "days": 60}, {"gpus"}),
    ("一张H100每秒2000 token，1亿用户要多少张",
     {"observed_tokens_per_s_per_gpu": 2000, "users": 1e8}, {"gpus"}),
    ("Peak is about 3x average for us. 800k DAU on L40S, how many cards?",
     {"peak_factor": 3, "users": 800_000}, {"factor"}),
    ("Mixtral 8x7B on 16 Gaudi 2s, 700-watt each, energy per request?",
     {"watts_per_gpu": 700, "gpus": 16}, set()),
    ("a 5-MW site of H100s: how many fit?", {"power_mw": 5}, set()),
    ("GPT-2 XL 在 RTX 4090 上微调 3 个 epoch，数据 20 亿 token，要多久？",
     {"epochs": 3, "train_tokens": 2e9}, set()),
    ("if we used Gaudi 3 for that 70B inference, how many cards for 400 QPS?",
     {"params": 70e9, "qps": 400}, set()),
])
def test_referent(q, expect, absent):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v) if isinstance(v, (int, float)) else got.get(k) == v, \
            (k, got)
    assert not absent & set(got), got


@pytest.mark.parametrize("q,asked,yardstick,count", [
    ("we have 40k H100 today, how many B300 do we need?", "b300", "h100_sxm", 40_000),
    ("现有H100 2000张，需要多少张B200", "b200", "h100_sxm", 2000),
    ("B200对比H100，推理性能差几倍？我们现有H100 2000张，换B200需要多少", "b200", "h100_sxm", 2000),
    ("TPU v4换算成H100大概几比几？4096颗v4相当于多少H100", "h100_sxm", "tpu_v4", 4096),
    ("what's the MI250X to H100 ratio roughly? we have 1.2k MI250X sitting around",
     "h100_sxm", "mi250x", 1200),
])
def test_how_many_of_the_other(q, asked, yardstick, count):
    req = parse(q)
    assert req.intent == "convert"
    assert req.params["accelerator"] == asked
    assert req.params["match_accelerator"] == yardstick
    assert req.params["gpus"] == count


def test_grown_yardstick_counts_the_growth():
    _, now = ask("we're at 40k H100 today, how many B300 do we need?")
    _, grown = ask("we're at 40k H100 today; if demand grows 2.5x, how many B300 do we need?")
    assert grown.figure("gpus").value == pytest.approx(now.figure("gpus").value * 2.5, rel=0.001)
    assert not grown.unused


def test_single_gpu_is_a_stated_count():
    _, res = ask("Gemma 2 27B in int4 — fits on a single L4?")
    gpus = next(a for a in res.assumptions if a.name == "gpus")
    assert (gpus.value, gpus.origin) == (1, "question")


@pytest.mark.parametrize("q,expect", [
    ("kv cache for mistral 7b at 32k context x 128 seqs - fits on one A100 40GB?",
     {"concurrent_users": 128, "input_tokens": 32_000}),
    ("5 mln users, 4 q/day each, llama 3.1 8b on H100, peak/avg 4", {"peak_factor": 4}),
    ("Gaudi 2 for llama 3 8b, 3.5k tok/s measured per card, need 90bn tok/day total. how many?",
     {"observed_tokens_per_s_per_gpu": 3500}),
])
def test_more_readings(q, expect):
    got = read(q)
    assert {k: got.get(k) for k in expect} == expect


def test_a_cache_that_does_not_fit_needs_cards_for_weights_and_cache():
    _, res = ask("kv cache for mistral 7b at 32k context x 128 seqs - fits on one A100 40GB?")
    kv = res.figure("kv_cache_gb").value
    w = res.figure("memory_gb").value
    assert res.figure("fits").value == 0
    assert res.figure("gpus").value >= (w + kv) / 40          # not the weights' one card
    assert "16" in res.headline


def test_a_stated_utilization_scales_what_a_fleet_serves():
    q = "H800 cluster 2048 cards, how many qps can it do on Llama 3 70B with 1k in/500 out"
    _, full = ask(q)
    _, part = ask(q + " at 65% util")
    assert part.figure("qps").value == pytest.approx(full.figure("qps").value * 0.65, rel=1e-3)
    assert not part.unused
