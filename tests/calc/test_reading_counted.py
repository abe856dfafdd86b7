"""Round 45 (AI search, office copilots, legal review, remote sensing): populations and requests counted in
nouns the vocabulary does not list ("2,500 agronomists, each kicks off ~30 reports/day", "35 threads/day
each", "检索人员共120名，每人每天…", "每天生成6份纪要", "每天 50万 张" images, never cards), and the day's
tokens of a load asked for ("total output tokens/day?", "一天总共输出多少token")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    ("our report generator serves 2,500 agronomists, each kicks off ~30 reports/day, 1.5k in / 400 out tokens, "
     "Llama-3-70B in FP8 on H100 SXM. GPU count?", {"users": 2500, "queries_per_user": 30}),
    ("vendor says their assistant covers 50M farmers at 2 queries/day per farmer on Mixtral 8x7B, A100 80GB: GPUs?",
     {"users": 5e7}),
    ("Llama 405B on H200, 1M farmers, ~20k tokens/user/day — GPU count?", {"users": 1e6}),
    ("Email summarization: 80k seats, 35 threads/day each, 4,000 tokens in, 120 out. H100 count?",
     {"users": 8e4, "queries_per_user": 35}),
    ("22k seats x 14 uses/day, ~280 tokens out, Gemma 2 27B on A100 80GB — count?", {"queries_per_user": 14}),
    ("公司6000人，每人每天写15封邮件让AI起草，每封300 token，要多少张4090？", {"users": 6000, "queries_per_user": 15}),
    ("检索人员共120名，每人每天约发起80次检索，每次输入约3000 token、输出约600 token，Qwen2.5 72B用H20要几台服务器？",
     {"users": 120, "queries_per_user": 80}),
    ("月活20万，日活/月活大概0.35，每个日活用户每天生成6份纪要，每份输出1500 token。用H800跑Qwen3-235B-A22B，要多少卡？",
     {"queries_per_user": 6}),
    ("卫星影像切片每天 50万 张，每张图编码成 1000 个 token 输入，输出 80 token，Qwen2.5 7B，A100 80G，要多少卡？",
     {"queries_per_day": 5e5}),
])
def test_counted_nouns(q, expect):
    assert_read(q, expect)


@pytest.mark.parametrize("q", [
    "卫星影像切片每天 50万 张，每张图编码成 1000 个 token 输入，输出 80 token，Qwen2.5 7B，A100 80G，要多少卡？",
])
def test_a_count_per_day_is_never_the_fleet(q):
    assert "gpus" not in read(q)


@pytest.mark.parametrize("q", [
    "we have 512 H100s for 3 months: what do they cost at $2/hr?",       # a fleet, no population
    "8 teams want 4 H100s each: how many H100s and what do they cost at $30k?",
])
def test_nouns_without_a_rate_stay_as_they_were(q):
    assert "users" not in read(q)


def test_token_volume_asked_is_answered_first():
    req = parse("For capacity planning: 45,000 mailbox users, avg 30 emails summarized per user per day, "
                "summaries ~150 tokens. How many output tokens per day is that in total?")
    res = compute(req)
    assert fig(res, "output_tokens_per_day") == pytest.approx(45_000 * 30 * 150)
    assert res.headline.startswith("202 million output tokens a day")
    zh = compute(parse("1亿日活，每人每天10次，每次输入800 token、输出500 token，一天总共输出多少token？"))
    assert fig(zh, "output_tokens_per_day") == pytest.approx(1e8 * 10 * 500)
    assert fig(zh, "input_tokens_per_day") == pytest.approx(1e8 * 10 * 800)
    assert zh.headline.startswith("每天5000亿个输出token")
