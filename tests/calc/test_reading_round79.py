"""Round 79 (Chinese wafer fabs, Chinese media groups, crypto and quant teams, and sealed sets from US hospital
systems, UK public bodies and Chinese chip designers): replicas counted in Chinese numerals ("TP4两副本"); a day's
two volumes with "token" before each number ("每天输入token大约500亿，输出token约20亿"); a text made into a shorter
one ("1,800 words each, into ~250 word TLDRs"); a rate of pounds or euros with no currency named ("(FX 1.27)") or
with the pound after a slash ("$1.27/£"); conversations per person per day with their verb ("每人每天开5个对话");
an amount said to be a budget after it ("批了1.2亿的AI算力预算")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    ("Qwen2.5 72B放在8张H20上，TP4两副本，每副本最大batch 32，输入1k输出300的话大概能撑多少QPS？",
     {"replicas": 2, "tensor_parallel": 4, "batch_per_replica": 32}),
    ("舆情这边全网抓取量很大，每天输入token大约500亿，输出token约20亿（主要是打标签和摘要），上deepseek-v3的话H200要多少台？",
     {"input_tokens_per_day": 5e10, "tokens_per_day": 2e9}),
    ("we summarize ~3,000 research reports a day, avg 1,800 words each, into ~250 word TLDRs with Llama 3.1 70B. "
     "assume 1 token ≈ 0.75 words. how many A100 80GB?", {"input_tokens": 1800 / 0.75, "output_tokens": 250 / 0.75}),
    ("Procurement framework quote is 32 H100 SXM at £23,500 each (~$30k). Alternative is renting at $2.40/hr. Over 3 "
     "years, which works out cheaper once you add power at 22p/kWh? (FX 1.27)", {"electricity_usd_per_kwh": 0.22 * 1.27}),
    ("Sustainability team question. If inference is 0.35 J per token, what's the energy per 1k tokens, and what does "
     "that cost at 26.4p per kWh ($1.27/£)?", {"electricity_usd_per_kwh": 0.264 * 1.27}),
    ("代码助手用户800人，每人每天开5个对话，每个对话平均6轮，每轮输入2500 tokens、输出300 tokens，Llama 3.1 70B，H100，大概要多少卡？",
     {"users": 800, "queries_per_user": 5, "turns_per_session": 6}),
    ("公司批了1.2亿的AI算力预算，按汇率7.2折成美元，全部买HGX B200整机，每台50万美元，能买几台？",
     {"budget_cny": 1.2e8, "usd_cny": 7.2, "server_price_usd": 500_000}),
])
def test_round79_readings(q, expect):
    assert_params(q, expect)


def test_a_pound_rate_with_no_currency_named_is_the_pounds():
    res = _answer("Procurement framework quote is 32 H100 SXM at £23,500 each (~$30k). Alternative is renting at "
                  "$2.40/hr. Over 3 years, which works out cheaper once you add power at 22p/kWh? (FX 1.27)")
    # (it had been read as 1.27 yuan a dollar, the pence converted at the catalog's rate)
    assert "US$1.27 per £" in res.headline and any(i.param == "usd_per_gbp" for i in res.inputs)


def test_a_price_per_card_is_no_budget():
    # (a guard: passes before and after; "23万元 的话卡的预算" is a card's price, then the budget asked)
    res = _answer("招标文件要求城市大脑智算中心总算力不低于 300P（FP16），如果用 H800 要多少张？每张单价 23万元 的话卡的预算多少？")
    assert any(i.param == "price_cny" for i in res.inputs)
