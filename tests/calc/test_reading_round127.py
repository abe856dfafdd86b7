"""Round 127 (a GPU-rental reseller's Chinese week, startup founders and VC analysts, ex-crypto miners in two
languages; sealed: an ML platform team's week, Chinese state compute-centre planners, equity analysts):
"if an H100 node burns ~10.2 kW and does 20k tok/s" the node's rate (had been one card's: an eighth of the
energy per token), "400卡年（A100）… 换H100 SXM，2000张卡要跑几天" the run moved to the faster card (had been 73 days
on both), "中介说一台HGX H100…一天能出5亿token，靠谱吗" a day's output checked against the modelled rate (had been
sized as a load), "首token只要200ms … 可能吗" a time to first token checked (had been refused), "电费0.6的话",
"电价0.35" tariffs said bare, "8折呢" a discount, "一个亿融资，打算六成花在卡上" money raised as the budget,
"每路要求出字速度至少20 token/s" each stream's speed, "3MW的场子电够不够" beside servers a budget buys,
"0.8 power factor"; after the sealed sets: "if 60% of it is GPUs" (the whole budget had bought cards),
"MFU improves 500bps" (refused), "MFU prob ~5 points better", "$40mm cloud budget for the year",
"~2.5M chars of transcripts/day"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("我们有一百五十卡年的A100训练量，换H200跑，1000张卡要跑几天", {"from_accelerator": "a100_sxm_80gb",
                                                    "accelerator": "h200_sxm", "gpus": 1000}),
    ("H100租下来2.5刀一小时，一千张租一个月多少钱，7折呢", {"discount": 0.3}),
    ("Llama 3 70B每天30亿token，每个token 0.4焦，一个月电费多少？电费0.5的话", {"electricity_cny_per_kwh": 0.5}),
    ("刚拿了5000万融资，一半花在卡上，H20一张12万能买多少张", {"budget_cny": 5e7, "budget_share": 0.5}),
    ("客服机器人并发2000路，每路要求输出速度至少30 token/s，Qwen2.5 7B，L40S要几张", {"tpot_ms": 1000 / 30}),
    ("cluster of 2,000 H100s at 1.2 kW each, PUE 1.3, 0.9 power factor: kVA for the utility?",
     {"power_factor": 0.9}),
    ("Meta budgets $60bn in capex next year; if 40% of it is GPUs at $30k a card, how many?", {"budget_share": 0.4}),
    ("we trained on 4k H100s, 10T tokens, 70B params at 35% MFU. if utilization rises 300 bps, days saved?",
     {"mfu_gain_points": 0.03}),
    ("finetune took 10 days on 8 A100 80GBs. same job on 8 H100 SXMs, days? (MFU likely ~4 points higher)",
     {"mfu_gain_points": 0.04}),
    ("$25mm GPU budget for the year; at $2.1/hr for H100s, how many can we keep busy 24/7?", {"days": 365.25}),
    ("at ~3.5 chars a token, ~6M chars of call notes/day go into the model. cost at $0.15 per million input "
     "tokens?", {"tokens_per_day": 6e6 / 3.5}),
])
def test_round127_readings(q, expect):
    assert_params(q, expect)


def test_a_nodes_rate_is_the_nodes():
    res = compute(parse("the H200 box pulls 10 kW and does 25k tok/s: Wh per million tokens?"))
    # 10 kW / 25,000 tok/s = 0.4 J a token; a million tokens 400 kJ = 111 Wh, times the default PUE 1.3
    assert fig(res, "energy_per_tokens_wh") == pytest.approx(1e6 * 10_000 / 25_000 / 3600 * 1.3, rel=0.02)


def test_a_day_of_output_claimed_is_checked_not_sized():
    res = compute(parse("销售说一台HGX H200跑Llama 3 70B一天能出8亿token，靠谱吗？"))
    assert fig(res, "tokens_per_s") > 0 and "是计算值" in res.headline
    assert any(i.param == "claimed_value" and "8亿" in i.text for i in res.inputs)


def test_a_ttft_claimed_is_checked_not_refused():
    res = compute(parse("a vendor says Llama 3 8B on one L4 gets 150ms TTFT on 4k-token prompts, is that possible?"))
    assert "the stated '150ms'" in res.headline and fig(res, "ttft_alone_ms") > 0


def test_servers_a_budget_buys_against_the_sites_power():
    res = compute(parse("预算6000万，H100整机一台8卡250万，能买几台？我们机房只有0.2MW电够不够"))
    assert fig(res, "servers") == 24 and "超过给出的200千瓦" in res.headline


def test_electricity_per_token_compared_in_chinese():
    res = compute(parse("跑Llama 3 8B，L40S和H100哪个每token电费更低？电价0.6"))
    assert res.intent == "energy" and len(res.alternatives) == 2


def test_guards_a_conversion_rate_and_a_load_stay_what_they_are():
    assert parse("DGX H100 报价 30万美元 一台，100台多少钱？按 7.2 折人民币多少？").params.get("discount") is None
    req = parse("they need 40 A100 80GBs to serve 50M output tokens/day on Llama 2 13B. seems like a lot??")
    assert req.params["tokens_per_day"] == 5e7
