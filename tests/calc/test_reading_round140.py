"""Round 140 (Chinese pharma and health insurers, solo developers, Chinese compute-centre operators; sealed: travel
platforms, Chinese smart-cockpit teams, university course staff). Found on the first runs: "隔壁园区H20卡时价已经打到
4.5元了 … 整机拿货一台110万，8卡 … 几年回本" refused (the rent read as a budget of 4.5 yuan); "专项债批下来5个亿，七成用来
买卡" refused (no budget read); "my budget is ₹25k per month … L4 at $0.45/hr" dropped the month. These tests say the
same in other words."""

from __future__ import annotations

from tests.calc.reading_helpers import assert_params


def test_a_gpu_hours_price_beaten_down_to():
    assert_params("隔壁机房H100卡时价已经打到9元了，我们H100整机拿货一台220万，8卡，几年回本？",
                  {"rent_cny_per_hour": 9, "server_price_cny": 2.2e6})


def test_a_utilization_said_with_if():
    assert_params("L40S卡时4元，整机一台50万，8卡，利用率如果能做到70%，几年回本？", {"utilization": 0.7})


def test_a_grant_come_down():
    assert_params("专项资金批下来3个亿，六成用来买卡，H20单卡约11万，能采购多少张？", {"budget_cny": 3e8, "budget_share": 0.6})


def test_a_foreign_budget_a_month_beside_a_rent():
    assert_params("my budget is ₹40k per month (1$ = 83 INR). serve llama 3 8b to ~2k users doing 10 req a day on "
                  "L4 at $0.45/hr?", {"days": 30.4375})
