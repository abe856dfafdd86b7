"""The serving model against published measurements (calc/data/validation.toml, issue 14).

Every case runs through the same roofline the answers use. The out-of-sample figure is 5-fold
cross-validation (about 15 s: five fits); the test fails when it grows past the recorded figure,
so a change that improves the fitted cases at the expense of the held-out ones is caught.
"""

from __future__ import annotations

import pytest

from calc.catalog import load
from calc.roofline import CALIBRATION, LEGACY_V40, serving_point
from calc.validation import FOLDS, cases, crossval, evaluate, fold_fit, table

SLACK = 0.005


@pytest.fixture(scope="module")
def report():
    return evaluate(CALIBRATION)


def test_every_case_is_sourced_and_complete():
    t = table()
    cs = cases()
    assert len(cs) >= 15
    assert len({c.id for c in cs}) == len(cs)
    cat = load()
    for c in cs:
        src = t["sources"][c.source]
        assert src["url"].startswith("https://") and src["software"], c.id
        assert c.accelerator in cat.accelerators and c.model in cat.models, c.id
        assert c.input_tokens > 0 and c.output_tokens > 0 and c.measured > 0, c.id
        assert c.precision in ("fp8", "fp4", "bf16", "fp16"), c.id
    assert {c.split for c in cs} == {"fit", "test"}


def test_the_table_spans_what_the_model_is_asked_about():
    cs = cases()
    cat = load()
    vendors = {cat.accelerators[c.accelerator].vendor for c in cs}
    assert {"NVIDIA", "AMD"} <= vendors
    assert {"fp8", "fp4"} <= {c.precision for c in cs}
    assert any(cat.models[c.model].active_params_b for c in cs)           # MoE
    assert any(c.input_tokens >= 5000 for c in cs)                        # long prompts
    sizes = [cat.models[c.model].params_b for c in cs]
    assert min(sizes) <= 8.1 and max(sizes) >= 400


def test_out_of_sample_error_does_not_regress(report):
    rec = table()["record"]
    cv = crossval()
    assert cv.mae() <= rec["out_of_sample_mae"] + SLACK
    assert report.mae() <= rec["in_sample_mae"] + SLACK
    assert sum(r.error > 0.35 for r in cv.rows) <= rec["outside_35"]


def test_the_answers_calibration_is_what_the_fit_finds():
    """`python bench/validate.py --fit` finds the shipped factors again: nothing was set by
    hand."""
    from calc.validation import FACTORS, fit
    found = fit()
    assert {k: getattr(found, k) for k in FACTORS} == {k: getattr(CALIBRATION, k) for k in FACTORS}


def test_a_case_is_predicted_without_its_own_measurement():
    """Cross-validation: every case is held out by exactly one fold, and the factors that
    predict it do not move when its own measurement does (they do when one in another fold
    moves). Folds come from the id alone."""
    own = [c for c in cases() if c.stack == "trtllm"]
    folds = [sum(c.fold == k for c in own) for k in range(FOLDS)]
    assert min(folds) >= len(own) // FOLDS - 8 and sum(folds) == len(own)
    case = next(c for c in own if c.fold == 0)
    other = next(c for c in own if c.fold != 0)
    quick = dict(rounds=2, passes=1)        # the same search, shorter: the property is the same
    base = fold_fit(0, **quick)
    assert fold_fit(0, {case.id: case.measured * 3}, **quick) == base
    assert fold_fit(0, {other.id: other.measured * 3}, **quick) != base


def test_the_legacy_calibration_still_gives_its_published_point():
    """`python bench/validate.py --calibration mlperf-v4.0` reproduces the older figure:
    8 x H100, Llama 2 70B FP8 at 500/500 tokens against MLPerf v4.0's 21,806 tokens/s."""
    cat = load()
    pt = serving_point(cat.models["llama2_70b"], cat.accelerators["h100_sxm"], "fp8",
                       input_tokens=500, output_tokens=500, tpot_target_s=None, max_group=8,
                       cal=LEGACY_V40)
    assert pt is not None
    assert pt.tokens_per_s_per_gpu * 8 == pytest.approx(21_806, rel=0.01)


def test_another_stack_is_scaled_only_by_its_other_cases(report):
    """vLLM-on-ROCm cases are predicted with a stack factor fitted on the stack's OTHER cases
    (leave one out): none of them is on the fit side, and each one's factor changes when its
    own measurement changes nowhere but in its own row."""
    from calc.validation import CALIBRATION_STACK, stack_factor
    others = [r for r in report.rows if r.case.stack != CALIBRATION_STACK]
    assert len(others) >= 3
    assert all(r.case.split == "test" for r in others)
    cv = crossval()
    assert all(r.stack_factor == o.stack_factor for r, o in zip(report.rows, cv.rows, strict=True))
    for r in others:
        pairs = [(o.case, o.base) for o in others if o is not r]
        assert r.stack_factor == pytest.approx(stack_factor(pairs))
        assert r.predicted == pytest.approx(r.base * r.stack_factor)
    assert all(r.stack_factor == 1.0 for r in report.rows if r.case.stack == CALIBRATION_STACK)
    assert stack_factor([]) == 1.0


def test_a_finite_run_drains_in_waves():
    """3,000 requests at a batch of B run as full waves of B and a last, smaller one: the
    figure is 3,000 x output tokens over the waves' time, below the steady-state rate."""
    from dataclasses import replace

    from calc.roofline import group_point
    from calc.validation import predict
    case = next(c for c in cases() if c.id == "trt-h200-l31-8b-128-2k")
    cat = load()
    model, acc = cat.models[case.model], cat.accelerators[case.accelerator]
    full = group_point(model, acc, "fp8", 1, input_tokens=128, output_tokens=2048,
                       cal=CALIBRATION)
    assert full is not None
    waves, rest = divmod(3000, full.batch)
    assert waves >= 1 and rest > 0
    last = group_point(model, acc, "fp8", 1, input_tokens=128, output_tokens=2048,
                       cal=CALIBRATION, max_batch=rest)
    assert last is not None and last.step_s < full.step_s
    ran = predict(replace(case, requests=3000), CALIBRATION)
    assert ran == pytest.approx(3000 / (waves * full.step_s + last.step_s))
    assert ran < predict(replace(case, requests=None), CALIBRATION)


def test_the_stack_s_admission_rule_sets_the_batch():
    """TensorRT-LLM (GUARANTEED_NO_EVICT) admits a sequence when the KV cache of its whole
    prompt + answer fits; vLLM at its current length, about half that for a long answer."""
    from dataclasses import replace

    from calc.roofline import group_point
    cat = load()
    args = dict(input_tokens=128, output_tokens=4096)
    trt = group_point(cat.models["llama3_70b"], cat.accelerators["h200_sxm"], "fp8", 1,
                      cal=CALIBRATION, **args)
    avg = group_point(cat.models["llama3_70b"], cat.accelerators["h200_sxm"], "fp8", 1,
                      cal=replace(CALIBRATION, reserve_full_kv=False), **args)
    assert trt is not None and avg is not None
    assert trt.batch == pytest.approx(avg.batch * (128 + 2048) / (128 + 4096), abs=1)


def test_the_scheduler_caps_a_replica_not_each_gpu():
    """trtllm-bench caps a replica at 4,096 sequences (an MoE's attention-data-parallel rank
    each), so eight GPUs of a dense model do not schedule 8 x 4,096; host time per sequence
    grows the step with the batch."""
    from dataclasses import replace

    from calc.roofline import group_point
    cat = load()
    dense = group_point(cat.models["llama3_70b"], cat.accelerators["b200"], "fp4", 8,
                        input_tokens=128, output_tokens=128, cal=CALIBRATION)
    moe = group_point(cat.models["qwen3_235b_a22b"], cat.accelerators["b200"], "fp4", 8,
                      input_tokens=128, output_tokens=128, cal=CALIBRATION)
    assert dense is not None and moe is not None
    assert dense.batch == CALIBRATION.max_batch
    assert moe.batch > CALIBRATION.max_batch
    no_host = group_point(cat.models["llama3_70b"], cat.accelerators["b200"], "fp4", 8,
                          input_tokens=128, output_tokens=128,
                          cal=replace(CALIBRATION, host_us=0.0))
    assert no_host is not None and no_host.batch == dense.batch
    assert dense.step_s - no_host.step_s == pytest.approx(dense.batch * CALIBRATION.host_us * 1e-6)
