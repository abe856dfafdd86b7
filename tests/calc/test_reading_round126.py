"""Round 126 (two typical Chinese weeks, US hospital systems and payers, a typical English week, Lao and Burmese):
"Transcript going into the model is ~6k tokens, note out ~900 tokens" (had been swapped), "each takes ~45 calls per
shift, and the copilot gets hit about 4 times per call" each call's requests (the 45 had been a call's turns and the
4 unused: a quarter of the load), "What does it come to per 1,000 encounters … ~1,400 output tok/s per GPU" a cost
per request at the measured rate (had been the rent converted to yuan), "$180k in opex for the fiscal year … 24/7"
the year the budget pays for; after the sealed sets: "24小时挂着一个月" around the clock (had been compared as one day
against a month), "24 hours a day for a month" the same, "用拉玛3.1 8B", "八百个头肯" (Llama and "token" as speech
writes them; the model had defaulted to GPT-3 175B), "生成100万token用多少度电" the tokens an energy is asked for,
"电费按0.6算", "700 tok prompt 350 tok resp" (the prompt had been the 350's)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("Dictation going into the model is ~4k tokens, summary out ~500 tokens. 2,000 doctors, 20 visits/day each, "
     "Llama 3.1 8B on L40S, how many GPUs?", {"input_tokens": 4000, "output_tokens": 500}),
    ("800 agents, each takes ~50 calls per shift, and the copilot gets hit about 3 times per call. Prompt ~2k tokens, "
     "response ~200 tokens. Llama 3.1 8B on L40S - how many GPUs?", {"turns_per_session": 3, "queries_per_user": 50}),
    ("We've got $250k in opex for the fiscal year for GPU rental. If we rent H100 at $2.50/hr, how many can we keep "
     "up 24/7?", {"days": 365.25}),
    ("家里4张4090，每张满载450w，电费0.55一度，24小时开着一个月电费多少？", {"utilization": 1.0, "days": 30.4375}),
    ("用羊驼3 70B，每天一千万次请求，输入五百个头肯输出两百头肯，H100要几张？",
     {"input_tokens": 500, "output_tokens": 200}),
    ("听说每个token大概0.4焦耳，生成1000万token用多少度电？电费按0.5算要多少钱",
     {"per_tokens": 1e7, "electricity_cny_per_kwh": 0.5}),
    ("how many gpus for 2M DAU, 5 queries each a day, llama 3 8b, 600 tok prompt 250 tok resp",
     {"input_tokens": 600, "output_tokens": 250}),
])
def test_round126_readings(q, expect):
    assert_params(q, expect)


def test_a_model_named_in_chinese_is_no_default():
    req = parse("每天五百万次请求，用拉玛3.1 8B，L40S要几张？")
    assert req.params["model"] == "llama3_8b"


def test_around_the_clock_for_a_month_is_one_period():
    res = compute(parse("run 8 H100 24 hours a day for a month at $0.10/kWh, power bill?"))
    assert not res.alternatives and "1 month" in res.headline


def test_a_cost_per_thousand_requests_at_a_measured_rate():
    res = compute(parse("What does it come to per 1,000 notes if we rent H100 PCIe at $2/GPU-hr? Our bench showed "
                        "~1,000 output tok/s per GPU and each note is ~500 tokens."))
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(1000 * 500 / 1000 / 3600 * 2, rel=1e-3)


def test_guard_a_plain_fleet_question():
    assert parse("how many H100s for 100M users?").params["users"] == 1e8
