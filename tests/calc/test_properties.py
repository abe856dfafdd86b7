"""Properties over random inputs: no unhandled exception; monotonic where physics says so."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc import CalcError, ask
from calc.catalog import load

ACCS = ["H100", "H200", "A100", "B200", "MI300X", "L40S", "H20", "Gaudi 3", "TPU v5p"]
MODELS = ["Llama 2 70B", "Llama 3 8B", "GPT-3", "Mixtral 8x7B", "Qwen2.5 72B", "DeepSeek V3"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=300))
def test_any_text_never_raises_anything_but_calcerror(text):
    try:
        _, res = ask(text)
    except CalcError as exc:
        assert exc.message
        return
    assert all(math.isfinite(f.value) and f.value >= 0 for f in res.figures)


@FAST
@given(st.sampled_from(ACCS), st.sampled_from(MODELS),
       st.floats(min_value=1e3, max_value=1e9), st.floats(min_value=1.01, max_value=10))
def test_more_users_never_need_fewer_gpus(acc, model, users, k):
    try:
        _, a = ask(f"how many {acc}s for {users:.0f} users with {model}?")
        _, b = ask(f"how many {acc}s for {users * k:.0f} users with {model}?")
    except CalcError as exc:
        assert exc.kind == "does_not_fit"
        return
    assert b.value("gpus") >= a.value("gpus")


@FAST
@given(st.sampled_from(MODELS), st.floats(min_value=1e4, max_value=1e9))
def test_fp8_never_needs_more_than_fp16(model, users):
    for acc in ("H100", "B200", "MI300X"):
        try:
            _, a = ask(f"how many {acc}s for {users:.0f} users with {model} in fp16?")
        except CalcError:
            continue
        _, b = ask(f"how many {acc}s for {users:.0f} users with {model} in fp8?")
        assert b.value("gpus") <= a.value("gpus")


@FAST
@given(st.sampled_from(MODELS), st.floats(min_value=1e4, max_value=1e9))
def test_a_faster_accelerator_never_needs_more(model, users):
    """H200 is an H100 with more and faster memory; B200 dominates both."""
    counts = []
    for acc in ("H100", "H200", "B200"):
        _, r = ask(f"how many {acc}s for {users:.0f} users with {model} in fp8?")
        counts.append(r.value("gpus"))
    assert counts[0] >= counts[1] >= counts[2]


@FAST
@given(st.floats(min_value=1e18, max_value=1e30), st.integers(min_value=1, max_value=100_000))
def test_more_gpus_train_faster(flops, gpus):
    _, a = ask(f"how many days to train {flops:.3e} FLOPs on {gpus} H100s?")
    _, b = ask(f"how many days to train {flops:.3e} FLOPs on {gpus * 2} H100s?")
    assert b.value("train_days") < a.value("train_days")


def test_every_accelerator_and_model_gives_finite_sensible_fleet():
    cat = load()
    for acc in cat.accelerators.values():
        for m in cat.models.values():
            try:
                _, r = ask(f"how many {acc.short} for 1M users with {m.short}?")
            except CalcError as exc:
                assert exc.kind == "does_not_fit"
                continue
            assert r.value("gpus") >= 1
            assert 0 < r.value("tokens_per_s_per_gpu") < 1e6
