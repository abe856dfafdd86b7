"""Latency from the same serving model (issue 14): time to first token and time per output
token at the operating point, a fleet sized on a time-to-first-token target, and the software
generation every serving answer states."""

from __future__ import annotations

import pytest

from calc import CalcError, ask


def figs(q: str) -> dict[str, float]:
    _, res = ask(q)
    return {f.name: f.value for f in res.figures}


def assumptions(q: str) -> dict[str, object]:
    _, res = ask(q)
    return {a.name: a.value for a in res.assumptions}


@pytest.mark.parametrize("q", [
    "what Llama 3 70B throughput can 8 H100s serve?",
    "how many H100s for 10M users of llama 3 70b?",
])
def test_serving_answers_carry_ttft_and_tpot(q):
    f = figs(q)
    assert f["ttft_ms"] > f["tpot_ms"] > 0
    assert assumptions(q)["calibration"] == "TensorRT-LLM 1.0 (2025)"


def test_the_fleet_meets_its_time_per_token_target():
    f = figs("how many H100s for 10M users of llama 3 70b at 40 ms per token?")
    assert f["tpot_ms"] <= 40.0001


def test_a_ttft_target_is_read_and_met_and_a_tighter_one_costs_gpus():
    loose = figs("how many H100s for 10M users of llama 3 70b with 4000 input tokens?")
    q = ("how many H100s for 10M users of llama 3 70b with 4000 input tokens and time to first "
         "token under 400 ms?")
    tight = figs(q)
    assert assumptions(q)["ttft_ms"] == 400
    assert tight["ttft_ms"] <= 400.0001 < loose["ttft_ms"]
    assert tight["gpus"] > loose["gpus"]


def test_ttft_and_tpot_in_one_question_are_told_apart():
    a = assumptions("llama 3 70b on 8 H100 at 40 ms per token and TTFT 300 ms")
    assert a["tpot_ms"] == 40 and a["ttft_ms"] == 300


def test_an_unreachable_ttft_is_an_error_not_a_default():
    with pytest.raises(CalcError) as exc:
        ask("llama 3 405b on 8 H100 with 20000 input tokens, TTFT 100 ms")
    assert exc.value.kind == "does_not_fit"


def test_the_same_ttft_question_in_chinese_gives_the_same_figures():
    en = figs("what Llama 3 70B throughput can 8 H100s serve with time to first token under 500 ms?")
    zh = figs("8张H100跑Llama 3 70B，首token延迟500毫秒以内，吞吐多少？")
    assert en["ttft_ms"] == pytest.approx(zh["ttft_ms"]) and en["tokens_per_s"] == zh["tokens_per_s"]


# ---- all-in capital cost (issue 14, item 5) ----

def test_all_in_divides_the_chips_by_their_sourced_share():
    from calc.catalog import load
    rates = load().rates
    shares = dict(rates.allin)
    assert sum(shares.values()) == pytest.approx(1, abs=0.01)
    assert "Bernstein" in rates.allin_source
    for q in ("what do 100,000 H100s cost all-in?",
              "what does a cluster of 100,000 H100s cost, including servers and networking?",
              "10万张H100的集群包括服务器和网络总成本多少？"):
        f = figs(q)
        assert f["cost_usd"] == pytest.approx(100_000 * 27_500)
        assert f["capex_all_in_usd"] == pytest.approx(f["cost_usd"] / shares["accelerators"])
        parts = sum(f[f"capex_{k}_usd"] for k in ("servers", "networking", "storage", "facility"))
        assert parts + f["cost_usd"] == pytest.approx(f["capex_all_in_usd"], rel=0.01)


def test_chips_only_is_said_when_all_in_is_not_asked():
    _, res = ask("what do 25,000 H100s cost?")
    assert res.figure("capex_all_in_usd") is None
    assert any("Chips only" in n for n in res.notes)


# ---- training from a stated throughput (issue 14, item 6) ----

@pytest.mark.parametrize("q", [
    "how many days to train a 70B model on 15T tokens on 2048 H100s at 800 tokens per second per GPU?",
    "2048张H100训练70B模型，每卡每秒800个token，15T token要多少天？",
])
def test_a_per_gpu_training_rate_is_per_gpu_not_the_clusters(q):
    f = figs(q)
    assert f["train_days"] == pytest.approx(15e12 / (800 * 2048) / 86_400)
    assert f["mfu"] == pytest.approx(6 * 70e9 * 800 / 989.4e12)


def test_a_cluster_training_rate_gives_days_and_mfu():
    f = figs("how long to train a 70B model on 15T tokens on 2048 H100s at 1.5M tokens/s?")
    assert f["train_days"] == pytest.approx(15e12 / 1.5e6 / 86_400)
    assert f["mfu"] == pytest.approx(6 * 70e9 * 1.5e6 / 2048 / 989.4e12)
    _, res = ask("how long to train a 70B model on 15T tokens on 2048 H100s at 1.5M tokens/s?")
    assert not res.unused


def test_a_stated_concurrency_on_a_stated_fleet_sets_the_batch():
    one = figs("what Llama 3 70B throughput can 8 H100s serve at 1 concurrent request?")
    many = figs("what Llama 3 70B throughput can 8 H100s serve at 64 concurrent requests?")
    full = figs("what Llama 3 70B throughput can 8 H100s serve?")
    assert one["concurrent_users"] == 1 and many["concurrent_users"] == 64
    assert one["tpot_ms"] < many["tpot_ms"] < full["tpot_ms"]
    assert one["tokens_per_s"] < many["tokens_per_s"] < full["tokens_per_s"]
    assert one["tokens_per_s"] == pytest.approx(1000 / one["tpot_ms"], rel=1e-6)


def test_latency_cases_are_reported_against_their_measurements():
    from calc.validation import latency
    rows = latency()
    assert len(rows) >= 3
    for e, model_s in rows:
        assert e["measured_s"] > 0 and model_s > 0
