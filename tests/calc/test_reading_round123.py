"""Round 123 (Chinese car makers' cockpit and driving teams, a typical English week, Armenian, and sealed sets from
Chinese university computing centres, British and American legal-tech and insurance claims, and Punjabi): a
training claim judged by the MFU it implies ("Plausible: the stated 34 days … imply 33% MFU"; had been a bare MFU,
and an impossible claim did not quote the days stated); a day's volume of prompts ("50M input tokens a day",
"we summarize 2 billion characters of docs a day") sized by the prompts' length (had been labelled and sized as
output); "does your model agree?" a check asked; "one B200 = 3x an H100 for Llama 3.1 70B" checked by serving the
model on both (had been 3 H100 matched to 1 B200), and "one B200 replaces 3 H100s" the B200 the faster (had been
900 B200 for 300 H100); after the sealed sets: "六成能花在卡上" and "60% of the cap goes on compute" a budget's share,
"$400k for the whole year … GPU-hours a month" a month's part of a year's budget (had been the whole budget in a
month), a budget that pays for so many requests, "40% to use it on a given day" a daily share, "2,300 monthly
active handlers" users, "8 GPUs per box at ~1,000 W each" each card's watts (had been the box's), "想和论文里报的
278.8万卡时对一下" a check of the published hours."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _headline(q: str) -> str:
    return compute(parse(q)).headline


@pytest.mark.parametrize("q,word", [
    ("A source says a run needed about 1e24 FLOPs and would take 45 days on 2,048 A100s. Is that plausible?",
     "Plausible"),
    ("A source says a run needed about 1e24 FLOPs and would take 200 days on 2,048 A100s. Is that plausible?",
     "Slow"),
    ("A source says a run needed about 1e24 FLOPs and would take 25 days on 2,048 A100s. Is that plausible?",
     "Optimistic"),
    ("有文章说一次训练用了3e23 FLOPs，在1024张A100上跑了40天，靠谱吗？", "可信"),
])
def test_a_training_claim_is_judged_by_the_mfu_it_implies(q, word):
    head = _headline(q)
    assert head.startswith(word) and ("the stated" in head or "给出的" in head)


def test_an_impossible_training_claim_quotes_the_days_stated():
    assert "给出的3天" in _headline("有文章说一次训练用了3e23 FLOPs，在1024张A100上跑了3天，靠谱吗？")


@pytest.mark.parametrize("q", [
    "we push 80M input tokens a day into Llama 3 70B on H100s, how many?",
    "we summarise about 3 billion characters of contracts a day, 4 chars per token, Llama 3 70B on H100: GPUs?",
])
def test_a_days_prompts_are_sized_by_the_prompts_length(q):
    res = compute(parse(q))
    labels = [a.label for a in res.assumptions if a.name == "tokens_per_day"]
    assert labels and "input" in labels[0]
    assert any("input tokens a day /" in s for s in res.steps)


def test_a_days_output_is_still_sized_by_the_answers_length():
    res = compute(parse("we generate 80M tokens a day with Llama 3 70B on H100s, how many?"))
    assert any("output tokens a day /" in s for s in res.steps)


def test_a_speedup_claimed_of_one_card_is_checked_by_serving_the_model_on_both():
    res = compute(parse("AMD told us one MI300X = 2x an H100 for Llama 3 70B inference in fp8. does your model "
                        "agree?"))
    assert res.intent == "throughput" and "the stated 2x" in res.headline


@pytest.mark.parametrize("q", [
    "one B200 replaces 4 H100s, how many B200 for 400 H100?",
    "a B200 does the work of 4 H100, how many B200 to replace 400 H100?",
])
def test_the_card_that_replaces_several_is_the_faster(q):
    assert fig(compute(parse(q)), "gpus") == pytest.approx(100)


@pytest.mark.parametrize("q,expect", [
    # a budget's share, said with what it can go on
    ("课题经费两百万，大概七成能花在卡上，H20一张11万，能买几张？", {"budget_share": 0.7}),
    ("If ~50% of the cap goes on compute and we rent H100 at $2.49/hr with a £40k cap, how many GPU-hours?",
     {"budget_share": 0.5}),
    # people counted monthly or daily by any noun
    ("We have 4,100 monthly active adjusters, DAU/MAU 50%, each sends 10 queries a day, Llama 3 8B on L4: GPUs?",
     {"users": 4100, "dau_per_mau": 0.5}),
    ("3,000 daily active dispatchers, 8 queries each a day, Llama 3 8B on L4, how many GPUs?", {"users": 3000}),
    # the daily share said as what people are expected to do
    ("Rolling out to 9,000 staff. Expect about 30% to use it on a given day, 20 prompts each, Llama 3 8B on L4: GPUs?",
     {"dau_per_mau": 0.3}),
    # each card's watts after a count of cards per box
    ("H200 box: 8 GPUs per box at ~900 W each incl. overhead, PUE 1.3, $0.10/kWh. Yearly electricity per box?",
     {"watts_per_gpu": 900}),
])
def test_round123_readings(q, expect):
    assert_params(q, expect)


def test_a_years_budget_pays_for_a_month_of_it():
    res = compute(parse("Finance gave us $600k for the whole year, a third of it on GPU rental. At $2.50/hr for "
                        "H100, how many GPU-hours a month is that?"))
    assert fig(res, "gpu_hours") == pytest.approx(600_000 / 3 * 30.4375 / 365.25 / 2.5, rel=1e-3)


def test_a_budget_pays_for_so_many_requests():
    res = compute(parse("Budget is $10k. API is $0.50 per million input tokens and $1.50 per million output. Each "
                        "doc 4k tokens in, 200 out. How many docs can we run?"))
    assert fig(res, "queries_in_budget") == pytest.approx(10_000 / (4000 * 0.5e-6 + 200 * 1.5e-6), rel=1e-3)


def test_published_hours_put_to_a_check_are_quoted():
    head = _headline("Llama 3 70B，15T token，2048张H100，MFU 40%，要几天？想和论文里报的640万卡时对一下")
    assert "给出的“640万卡时”" in head


def test_guard_a_plain_fleet_question():
    assert parse("how many H100s for 100M users?").params["users"] == 1e8
