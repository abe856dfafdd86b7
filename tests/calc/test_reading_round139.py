"""Round 139 (Chinese AI-startup founders, enterprise IT procurement, MLOps engineers; sealed: journalists
fact-checking AI claims, Chinese online-education companies, Chinese data-centre facilities engineers). Found on
the first runs: "一半砸GPU" and "If half of it went on GPUs" dropped; "Azure ND H100 v5" blanked whole (the card
dropped); "SKU P52131-B21" refused as an unknown accelerator; "128-GPU H100 cluster … delivers 1.1M GPU-hours per
year. Is that even physically possible?" refused; "buy 2 units of DGX H100 at $310k each" bought 2 cards for
US$77,500; "H100 SXM5 80GB x 256 cluster" dropped the count; "18,000 Nvidia Blackwell chips … If those are B200s"
refused; "how many Blackwell GPUs" sized H100s; "a few cents", "the same number of H100s" and "每千轮" dropped.
These tests say the same in other words."""

from __future__ import annotations

from typing import Any

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig, read


def _res(q: str) -> Any:
    return compute(parse(q))


def test_half_thrown_at_the_cards():
    assert_params("天使轮拿了8000万美金，一半砸GPU，H100一张按2.5万刀，能买多少张？", {"budget_share": 0.5})


def test_half_of_it_went_on_cards():
    assert_params("Cohere raised $500 million. If half of it went on GPUs at $30k per H100, how many could they buy?",
                  {"budget_share": 0.5})


def test_a_cloud_series_name_keeps_its_card():
    assert_params("Compare: Lambda at $2.49/hr per GPU vs Azure ND H200 v5 reserved at $3.40/hr, 64 GPUs for 2 yrs. "
                  "Difference?", {"accelerator": "h200_sxm"})


def test_a_parts_number_is_no_card():
    res = _res("Branch rollout: 120 branches, 1 card per branch (L4) per the Dell quote, SKU R86521-A13. ~50k "
               "queries/day across them on Llama 3.1 8B. Enough?")
    assert "L4" in res.headline


def test_hours_a_year_said_of_a_counted_fleet():
    q = "The provider claims their 64-GPU H200 cluster lease delivers 600k GPU-hours per year. Physically possible?"
    assert read(q).get("claimed_value") == pytest.approx(600000, rel=0.01)
    assert fig(_res(q), "gpu_hours") == pytest.approx(64 * 8766, rel=0.01)


def test_servers_counted_in_units():
    assert_params("we'd buy 3 units of DGX H100 at $300k each. 2B tokens per day at $0.50 per million via API. "
                  "cheaper to buy?", {"servers": 3})


def test_a_count_after_the_cards_memory():
    assert_params("quote says a 7B fine-tune on 100B tokens takes 5 days on their H100 SXM5 80GB x 128 cluster. at 40% MFU "
                  "is that right?", {"gpus": 128})


def test_an_architecture_alone_is_no_card():
    with pytest.raises(CalcError) as err:
        _res("how many Hopper GPUs for 2M users on Llama 3.1 8B?")
    assert err.value.kind == "unknown_accelerator"


def test_an_architecture_beside_its_card_is_its_family():
    assert_params("They announced 5,000 Nvidia Blackwell chips. If those are B200s at $40k each, what's the bill?",
                  {"gpus": 5000, "price_usd": 40000})


def test_a_few_cents_is_a_claim():
    q = "Is it true that an AI answer costs a few cents? Llama 3.1 8B on L4 rented at $0.80 an hour, 800 tokens " \
        "in, 300 out. What's the cost per 1,000 answers?"
    assert read(q).get("claimed_value") == pytest.approx(0.03)


def test_the_same_count_said_in_words():
    q = "a lab told me a run that took 30 days on 1,024 A100s would take under 8 days on the same number of H100s, " \
        "with MFU going to 50%. Plausible?"
    assert any(s.param == "gpus" and "same number" in str(s.text) for s in parse(q).stated)


def test_rounds_a_thousand_priced():
    res = _res("输入每百万0.5美元、输出每百万2美元，每轮输入400 token输出100 token，每天100万轮，每千轮多少钱？")
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(1000 * (400 * 0.5 + 100 * 2) / 1e6)


def test_watt_hours_written_out():
    q = "Someone said a chatbot query uses about 0.3 watt-hours. At 0.4 J per token and 500-token replies, plausible?"
    assert read(q).get("claimed_value") == pytest.approx(0.3)


def test_a_count_said_as_a_floor():
    assert_params("Qwen says Qwen2.5 72B was trained on 18T tokens using 8,000+ H800s. How many days at 35% MFU?",
                  {"gpus": 8000})


def test_a_vague_period_is_named():
    q = "Llama 3.1 405B on 15T tokens using 16,000 H100s at 40% MFU: days? checking the 'few weeks' line in the post."
    assert any(s.note == "vague_only" and "few weeks" in str(s.text) for s in parse(q).stated)
