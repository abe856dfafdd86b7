from __future__ import annotations

import pytest

from calc import CalcError, ask, parse


@pytest.mark.parametrize("en,zh", [
    ("How many H100s for 100 million users?", "1亿用户需要多少张H100?"),
    ("How many A100s for 10 million users?", "一千万用户需要多少张A100？"),
    ("What do 50,000 H100s cost?", "5万张H100要多少钱?"),
    ("What do 25,000 H100s cost at 240,000 yuan each?", "25000张H100，每张24万元，总共多少钱？"),
    ("How many H100s for 100M users with 20 queries per user?", "1亿用户每人每天20次需要多少张H100"),
    ("How many H100s equal 200 EFLOPS at FP16?", "200 EFLOPS 的 FP16 算力相当于多少张H100？"),
])
def test_chinese_gives_the_same_figures_as_english(en, zh):
    _, a = ask(en)
    _, b = ask(zh)
    assert [(f.name, f.value, f.unit) for f in a.figures] == \
        [(f.name, f.value, f.unit) for f in b.figures]


@pytest.mark.parametrize("text,intent,params", [
    ("how many H100s for 100M users?", "fleet", {"users": 1e8, "accelerator": "h100_sxm"}),
    ("How many H100s for 50M monthly users?", "fleet", {"users": 5e7, "monthly_users": True}),
    ("what Llama 2 70B throughput can 8 H100s serve?", "throughput", {"gpus": 8}),
    ("train a 70B model on 15T tokens on 2048 H100s", "training",
     {"params": 7e10, "train_tokens": 1.5e13, "gpus": 2048}),
    ("a MoE with 671B total and 37B active parameters on 14.8T tokens", "training",
     {"params": 6.71e11, "active_params": 3.7e10}),
    ("DeepSeek-V3 used 2.788 million GPU-hours at $2/hr", "training",
     {"gpu_hours": 2.788e6, "rent_usd_per_hour": 2.0}),
    ("what do 25,000 H100s cost in RMB?", "capex", {"gpus": 25_000, "currency": "cny"}),
    ("how many MW do 100,000 H100s draw?", "power", {"gpus": 1e5}),
    ("doubles every 3.5 months: how much in 2 years?", "growth",
     {"doubling_months": 3.5, "period_months": 24}),
    ("does Llama 3 70B fit on one H100 in fp8?", "memory", {"precision": "fp8"}),
    ("how much HBM in 25,000 H100s at 5x DRAM prices?", "memory",
     {"gpus": 25_000, "hbm_multiple": 5}),
    ("how many H100s can a $1B budget buy?", "capex", {"budget_usd": 1e9}),
    ("how many H100s can 100 MW power?", "power", {"power_mw": 100}),
    ("MFU if 2048 H100s train a 70B model at 3.4M tokens/s", "training",
     {"observed_tokens_per_s": 3.4e6}),
])
def test_intent_and_parameters(text, intent, params):
    req = parse(text)
    assert req.intent == intent
    for k, v in params.items():
        assert req.params[k] == pytest.approx(v) if isinstance(v, float) else req.params[k] == v


@pytest.mark.parametrize("follow,key,value", [
    ("what about H200?", "accelerator", "h200_sxm"),
    ("and in fp8?", "precision", "fp8"),
    ("换成B200呢?", "accelerator", "b200"),
    ("with 20 queries per user", "queries_per_user", 20),
])
def test_follow_ups_reuse_the_previous_request(follow, key, value):
    first = parse("how many A100s for 100M users?")
    nxt = parse(follow, previous=first)
    assert nxt.intent == "fleet"
    assert nxt.params[key] == value
    assert nxt.params["users"] == 1e8
    assert nxt.origin("users") == "conversation"
    assert nxt.origin(key) == "question"


def test_model_digits_are_not_quantities():
    req = parse("what Llama 3.1 405B throughput can 16 H100s serve?")
    assert req.params["model"] == "llama31_405b"
    assert req.params["gpus"] == 16


@pytest.mark.parametrize("text", ["hello there", "tell me a joke"])
def test_non_numeric_text_is_said_to_be_so(text):
    with pytest.raises(CalcError) as exc:
        parse(text)
    assert exc.value.kind == "not_numeric"
