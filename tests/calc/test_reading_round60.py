"""Round 60 (Indian IT services, Chinese live streaming, paper reviewers; Chinese cloud pre-sales, founders' one-line
Telegram messages, sustainability officers): a key's value is the number before it when the one after is a
length, an MFU raised in bare numbers, the new generation named after the speedup, experiments counted in
groups, a paper's time and MFU claimed, a run's cost from its GPU-hours beside a claim."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # "N key M in": the key's value is N; M is the input length
    ("20M req/day 1k in 300 out $0.2/M input $0.8/M output monthly bill",
     {"queries_per_day": 2e7, "input_tokens": 1000, "output_tokens": 300}),
    ("h100 llama 3 70b 150 qps 2k in 400 out how many", {"qps": 150, "input_tokens": 2000}),
    # MFU raised in bare numbers and with a plus sign
    ("mfu 32 to 44 on 1k h100 run was 50 days new eta", {"mfu": 0.32, "mfu_to": 0.44}),
    ("25 days on h100 x2k mfu 35 if +6 pts how long", {"mfu_gain_points": 0.06}),
    ("现在 MFU 30%，如果我们帮他优化到 42%，256 张 H100 训 70B 500B token 能省几天？", {"mfu_to": 0.42}),
    # users growing, said "now to"
    ("2M DAU now to 30M in 24mo llama 3 8b l4 how many gpus at the end", {"users": 2e6, "users_to": 3e7}),
    # experiments counted in groups, with spaces
    ("scaling law 实验，1B 模型每组 10B token，一共 24 组，32 张 H100，MFU 40%，总卡时？", {"runs": 24}),
    # sites named with a word of their kind
    ("在 400 个地市边缘节点各放 2 张 L4 跑 Qwen2.5 7B，整体能扛多少并发？", {"servers": 400, "gpus_per_server": 2}),
    # HBM's multiple said right after "HBM", DRAM priced before
    ("DRAM $4/GB HBM 6x b200 192GB hbm cost per gpu", {"hbm_multiple": 6, "dram_usd_per_gb": 4}),
    # uploads a day beside the daily users: the day's total
    ("120M DAU, ~10M uploads/day get AI titles, 500 in 30 out, Llama 3 8B on L4, how many GPUs?",
     {"queries_per_day": 1e7}),
    ("Original run: A100 80GB, 1,024 GPUs, 40 days. The new version moves to H100 SXM, 512 GPUs. New wall-clock?",
     {"from_gpus": 1024, "gpus": 512}),
])
def test_round60_readings(q, expect):
    assert_params(q, expect)


def test_the_new_generation_named_after_the_speedup_is_the_faster():
    res = _answer("run takes 40 days on H100 (512 cards). rep says 2x faster on the new gen. if we move to B200 "
                  "with 256 cards, how many days?")
    assert res.figure("train_days").value == pytest.approx(40, rel=0.01)
    assert any(i.param == "from_accelerator" and "H100" in i.text for i in res.inputs)


def test_a_runs_cost_from_its_gpu_hours_beside_a_claim():
    res = _answer("1.2M gpu hrs h800 $2/hr someone says $2.4M legit")
    assert not res.unused and res.intent == "training"
    claim = next(f for f in res.figures if f.name == "claimed_claimed_value")
    assert claim.value == pytest.approx(1.0, rel=0.01)


def test_a_papers_time_and_mfu_are_checked():
    res = _answer("Llama 3 8B, 2 epochs over 3B tokens, 16 GPUs (H100 SXM), MFU 40%. Table 2 lists 20 h which "
                  "feels short.")
    assert not res.unused and any(i.param == "claimed_value" for i in res.inputs)
    res = _answer("The paper reports 250 TFLOP/s per GPU on H100 SXM in bf16. What MFU is that? They say 'about 40%'.")
    assert res.value("mfu") == pytest.approx(250 / 989, rel=0.01)
    assert any(i.param == "claimed_value" for i in res.inputs) and not res.unused


def test_a_cost_per_thousand_requests_said_tersely():
    res = _answer("cost per 1k req llama 3 70b h100 $2.5/hr 1k in 1k out")
    assert any(i.param == "per_requests" for i in res.inputs) and not res.unused


@pytest.mark.parametrize("q", [
    "Redo the Gopher training-time estimate on 2,048 H100 at 40% MFU, same tokens as the paper.",
    "如果把 PaLM 的训练换成4096张H100，MFU 45%，需要多少天？",
    # a named model with its size in brackets is that model, not any model of the size
    "Phi-3 medium (14B) fine-tune on 10B tokens using 32 A100 80GB, how many hours?",
    "does Phi-4 (14B) fit on one L40S?",
])
def test_models_the_catalog_does_not_know_are_refused(q):
    with pytest.raises(CalcError) as err:
        parse(q)
    assert err.value.kind == "unknown_model"
