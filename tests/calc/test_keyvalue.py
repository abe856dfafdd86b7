"""Assumptions pasted as key=value: every pair is read as the parameter its key names, the
span quotes the pair as typed, and a key naming something not in the catalog is an unknown
name, never a default."""

from __future__ import annotations

import pytest

from calc import CalcError, ask, parse
from calc.keyvalue import rewrite
from calc.numbers import normalize


def stated(q: str) -> dict[str, tuple[str, object]]:
    return {s.param: (s.text, s.value) for s in parse(q).stated if s.param}


@pytest.mark.parametrize("q,expect", [
    ("users=20M, qpu=15, gpu=H100, prec=fp8, model=Llama 3.1 70B, out=500 -> fleet size?",
     {"users": ("users=20M", 2e7), "queries_per_user": ("qpu=15", 15),
      "output_tokens": ("out=500", 500)}),
    ("train_flops=3e24, gpus=4096, gpu_tflops=989 (dense bf16), mfu=38%, rent=$2.5/h -> days?",
     {"train_flops": ("train_flops=3e24", 3e24), "gpus": ("gpus=4096", 4096),
      "gpu_tflops": ("gpu_tflops=989", 989), "mfu": ("mfu=38%", 0.38)}),
    ("training: params=8B, tokens=15T, gpus=512, gpu=H100, mfu=0.42, price=$2.25/gpu-hr",
     {"params": ("params=8B", 8e9), "train_tokens": ("tokens=15T", 15e12),
      "rent_usd_per_hour": ("$2.25/gpu-hr", 2.25), "mfu": ("mfu=0.42", 0.42)}),
    ("queries_per_day=2.5B, input=600, output=150, model=Mixtral 8x7B, gpu=A100 80GB, peak=2, "
     "util=0.5", {"queries_per_day": ("queries_per_day=2.5B", 2.5e9),
                  "input_tokens": ("input=600", 600), "peak_factor": ("peak=2", 2),
                  "utilization": ("util=0.5", 0.5)}),
    ("tokens_per_user_day=20k; users=8M; H20; FP8 -> how many H20s?",
     {"tokens_per_user_day": ("tokens_per_user_day=20k", 2e4), "users": ("users=8M", 8e6)}),
    ("model: Llama 3 70B; gpu: H100; users: 10M; tpot: 40", {"tpot_ms": ("tpot: 40", 40)}),
])
def test_pairs_are_read_by_their_keys(q, expect):
    got = stated(q)
    for param, (text, value) in expect.items():
        assert got[param][0] == text
        assert got[param][1] == pytest.approx(value)
    _, res = ask(q)
    assert not res.unused


@pytest.mark.parametrize("q", [
    "Gaudi 3 vs H100 on price: 8k Gaudi 3 at $15k each vs same budget on H100 at $30k",
    "3.14e23 FLOPs on 1,024 A100s at 150 TFLOP/s per GPU: how many days?",
    "ratio: 3 to 1",
])
def test_prose_with_a_colon_is_left_alone(q):
    assert rewrite(normalize(q)).text == normalize(q).text


@pytest.mark.parametrize("q,kind", [
    ("模型=文心大模型4.0，日活2000万，人均8次，输出300 token，H20，要多少卡？", "unknown_model"),
    ("gpu=Ascend 910B, users=1M, model=Llama 3 8B", "unknown_accelerator"),
])
def test_a_keyed_name_the_catalog_lacks_is_unknown(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind
