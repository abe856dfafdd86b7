"""Round 54 (e-commerce sellers, Hong Kong and Taiwan users in traditional Chinese, university HPC centres,
finance memos, phone makers, terse shorthand): a charge per store or per customer a month, a rate said "每秒出到",
racks counted in traditional characters, "N of them" after a rack, a run's MFU said to go to a new value, a
collective "our users generate" as the day's volume, hearsay about a run's time checked, "q" for queries,
"ea" for each, claimed GPU-hours against the hours computed."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_read, fig


@pytest.mark.parametrize("q,expect", [
    ("给商家的AI客服每月收费99元/店，每家店日均2000次对话，每次输出120个token，输出每百万token 8元，赚不赚钱？",
     {"cny_per_user_month": 99}),
    ("我哋想推 AI 理財助手，每個客每月收 5 美元，每人每日 8 次查詢、每次 500 output token，用 Llama 3 70B 配 H100，"
     "每卡每小時 2 美元，賺唔賺到錢？", {"usd_per_user_month": 5, "queries_per_user": 8}),
    ("實測一張 H100 行 Qwen2.5 72B 每秒出到 1,800 個 token，每日要出 50億 token，要幾多張先夠？",
     {"observed_tokens_per_s_per_gpu": 1800}),
    ("數據中心得 40 個機櫃，每櫃限電 20 千瓦，HGX H100 一台大約 10.2kW，最多放到幾多台？", {"racks": 40}),
    ("Vendor says a GB200 NVL72 rack needs ~132 kW. We have 6 of them planned at PUE 1.2 and $0.09/kWh",
     {"servers": 6}),
    ("Last allocation our 13B run ran at 31% MFU on A100s and took 40 days. With the new kernels we expect MFU to go "
     "to 46%. How many days would the same run take?", {"mfu": 0.31, "mfu_to": 0.46}),
    ("Our users generate ~400M output tokens a day; API is $0.60 per million tokens. vs 16 H100s at $2/hr each?",
     {"tokens_per_day": 4e8}),
    ("deepseek r1 on h20, how many? 300k dau, 8 q each, 2k in / 1.5k out, fp8, peak 2.5x", {"queries_per_user": 8}),
    ("nvl72 x50 @ $3.4M ea, 132kW/rack, $0.09/kwh, pue 1.2, 3yr TCO?", {"server_price_usd": 3.4e6}),
    ("fine-tune a 7B model on 5B tokens, repeated across 12 experimental runs, on 64 A100s at 45% MFU", {"runs": 12}),
])
def test_round54_readings(q, expect):
    assert_read(q, expect)


def test_a_run_heard_of_is_checked_at_its_computed_time():
    res = compute(parse("有人说H100卡512张，训一个Llama 3 8B大小的模型，15万亿token，两周就能训完，真的假的？"))
    assert fig(res, "train_days") > 14
    assert any(f.name == "claimed_days" for f in res.figures)


def test_claimed_gpu_hours_against_the_hours_computed():
    res = compute(parse("someone claims 40k gpu-hrs to train 7B on 2T tok w/ a100 80g @ 45% mfu. legit?"))
    assert fig(res, "claimed_claimed_value") == pytest.approx(40000 / fig(res, "gpu_hours"))


def test_a_price_per_card_after_a_capacity_is_no_rate():
    req = parse("要建100 EFLOPS（FP8）算力 B200 多少张 每张3.5万美元 总共多少钱")
    assert req.params["capacity_flops"] == pytest.approx(1e20)
