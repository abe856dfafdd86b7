"""Round 135 (Chinese e-commerce operations, AI-capex commentators, nonprofits and public bodies; sealed: call
centres, carmakers and robot makers, Chinese GPU-rental platforms). Found on the first runs: "$18,000 for compute for
the whole year" dropped; "200 million tokens a day … getting about 180 million tokens back" refused as a 180M-token
answer; "the first words of each reply … within 800 ms" read as a time per token; "每个活跃商家每天大概消耗5000 token
输出" as the day's 5,000; "日常每秒大概50个客服请求" as 50 users; "车端芯片换成Thor-U的话" sized on an H100 server (an
expected error missed)."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_budget_for_compute_for_the_whole_year():
    assert_params("the foundation gives us $24,000 for GPUs for the whole year. at $1.10/hr for an L40S, how many can "
                  "run 24/7?", {"days": 365.25})


def test_what_goes_in_a_day_then_what_comes_back():
    assert_params("we push about 500 million tokens a day of transcripts through Llama 3 8B and get about 60 million "
                  "tokens back. how many L4?", {"input_tokens_per_day": 5e8, "tokens_per_day": 6e7})


def test_the_first_words_are_the_first_token():
    assert_params("we want the first words on screen within 1.5 s for about 40 people at once, Qwen2.5 7B on L4, "
                  "how many cards?", {"ttft_ms": 1500})


def test_each_merchants_tokens_a_day():
    assert_params("4万个商家在用，每个付费商家每天大概消耗8000 token输出，Qwen2.5 7B在L40S上要几张？",
                  {"tokens_per_user_day": 8000})


def test_requests_a_second_of_any_kind():
    assert_params("平时每秒大概30个客服请求，Qwen2.5 7B在L4上要几张？", {"qps": 30})


def test_merchants_counted_after_their_word():
    assert_params("对商家收费每月99元，现在付费商家5000家，每家每天生成大概40条文案，每条输出300 token，Qwen2.5 7B在L4上，"
                  "算力成本占收入多少？", {"users": 5000})


def test_an_edge_chip_changed_to_is_unknown():
    with pytest.raises(CalcError) as err:
        compute(parse("车端芯片换成Thor-X的话，本地跑Qwen2.5 7B INT4每秒能出多少token？"))
    assert err.value.kind == "unknown_accelerator"
