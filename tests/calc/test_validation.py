"""The serving model against published measurements (calc/data/validation.toml, issue 14).

Fast (about a second): every case runs through the same roofline the answers use. The test
fails when the out-of-sample error grows past the recorded figure, so a change that improves
the fitted cases at the expense of the held-out ones is caught.
"""

from __future__ import annotations

import pytest

from calc.catalog import load
from calc.roofline import CALIBRATION, LEGACY_V40, serving_point
from calc.validation import cases, evaluate, table

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
    assert report.mae("test") <= rec["out_of_sample_mae"] + SLACK
    assert report.mae("fit") <= rec["in_sample_mae"] + SLACK
    assert sum(r.error > 0.35 for r in report.rows) <= rec["outside_35"]


def test_the_legacy_calibration_still_gives_its_published_point():
    """`python bench/validate.py --calibration mlperf-v4.0` reproduces the older figure:
    8 x H100, Llama 2 70B FP8 at 500/500 tokens against MLPerf v4.0's 21,806 tokens/s."""
    cat = load()
    pt = serving_point(cat.models["llama2_70b"], cat.accelerators["h100_sxm"], "fp8",
                       input_tokens=500, output_tokens=500, tpot_target_s=None, max_group=8,
                       cal=LEGACY_V40)
    assert pt is not None
    assert pt.tokens_per_s_per_gpu * 8 == pytest.approx(21_806, rel=0.01)
