"""Round 131 (a cloud provider's solution architects in Chinese, hospital and pharma IT, Chinese cross-border
e-commerce; sealed: an enterprise software company's week, Chinese government service projects, energy and policy
analysts): "$180k, and that's for the whole fiscal year" the budget's year (had been dropped), "大促峰值再x4" the peak
(had been dropped), "R1满血版" DeepSeek-R1 (had been an unknown model), "8卡141G的机器" a server's size and its
cards' memory (the 8 had been claimed as the fleet); after the sealed sets: "预算伍仟万元" in financial numerals
(had been dropped, and "一半用在卡上" with it), "$400k for the whole quarter" (had been dropped)."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_a_budgets_year_said_after_it():
    assert_params("our cloud credit is $250k, which is for the whole fiscal year. at $2/hr per H100 how many can run "
                  "24/7?", {"days": 365.25})


def test_a_peak_said_as_again_times():
    assert_params("每天输出2亿token，Qwen2.5 72B，H20，双十一峰值再x3，要几台8卡机？", {"peak_factor": 3})


def test_the_full_r1_is_deepseek():
    assert parse("满血版R1部署在H20上，QPS 500，要几台？").params["model"] == "deepseek_v3"


def test_a_servers_size_with_its_cards_memory_between():
    assert_params("满血R1放在H20上，8卡141G的机器，QPS 300，要几台？", {"gpus_per_server": 8, "hbm_gb_per_gpu": 141})


def test_financial_numerals_are_numbers():
    res = compute(parse("预算壹亿元，H20每张12万，一半用在卡上，能买多少张？"))
    assert fig(res, "gpus") == 416


def test_financial_numerals_are_left_alone_in_words():
    assert parse("大陆机房陆续上了500张H100，一年电费多少？").params["gpus"] == 500


def test_a_budget_for_the_whole_quarter():
    assert_params("$300k for the whole quarter, how many L40S can we rent full time at $0.90/hr?",
                  {"days": 91.3125})
