"""Round 40, sealed half (web-novel and writing platforms, GPU-cloud diligence, one-line Telegram asks,
community-hosted demos): authors are users and chapters requests, a text's tokens per character said
as "1个汉字约1.5个token" or "汉字和token按1:1.4", a day's text in characters or words is the day's tokens,
a neocloud's rent is income over the period asked, "$400k x 32 nodes" is a server's price, a bigger
count said with a later date is where the users end up, and short shorthand ("1500 in 300 out 40 qps",
"+5 pts mfu", "千卡H100训70B") reads as it would in full."""

from __future__ import annotations

import pytest

from calc import ask
from tests.calc.reading_helpers import assert_read, fig


@pytest.mark.parametrize("q,expect", [
    ("we run a webnovel platform, 40k authors use the AI continue button daily, each does ~3 chapters/day at "
     "2,500 words each. assume 1.3 tokens per word. llama 3.1 70b on H100s — how many GPUs?",
     {"users": 4e4, "queries_per_user": 3, "tokens_per_word": 1.3}),
    ("日活作者2万，每人每天用AI续写5章，每章3000字，按1个汉字约1.5个token算，Qwen2.5 72B部署在H20上，要多少张卡？",
     {"users": 2e4, "queries_per_user": 5, "tokens_per_character": 1.5}),
    ("AI陪写助手，每次写作会话平均来回12轮，每轮输出600字，1字约1.4 token，每天80万次会话，用DeepSeek R1在H200上要多少卡？",
     {"turns_per_session": 12, "tokens_per_character": 1.4, "queries_per_day": 8e5}),
    ("平台每天AI生成20亿字，汉字和token按1:1.4算，DeepSeek V3 fp8跑在H800上，要几台8卡服务器？",
     {"tokens_per_character": 1.4, "tokens_per_day": 2e9 * 1.4}),
    ("fanfic generator, ~2.5 billion words generated per day, 1.3 tokens per word, mixtral 8x7b on MI300X. GPU count?",
     {"tokens_per_day": 2.5e9 * 1.3}),
    ("copywriting SaaS, 15,000 paying customers at $29/mo, each runs ~40 generations/day, 300 words out, llama 3 8b "
     "on L4s: GPU cost as % of revenue?", {"users": 15000, "queries_per_user": 40, "usd_per_user_month": 29}),
    ("工作室模式：全国30个写作工作室，每个放4张4090跑Qwen2.5 7B，总共能撑多少并发？", {"servers": 30}),
    ("deck: fleet of 4,096 GPUs, all H100 SXM, 85% contracted utilization, $2.10/GPU-hr blended. annual revenue?",
     {"gpus": 4096, "utilization": 0.85, "rent_usd_per_hour": 2.10}),
    ("$1.2B capex, ~$40k all-in per GPU for H200. how many GPUs does that buy?", {"price_usd": 40000}),
    ("dgx h100 $400k x 32 nodes all-in w/ networking 1.3x", {"server_price_usd": 4e5, "servers": 32}),
    ("mixtral 8x7b 1500 in 300 out 40 qps on l40s", {"input_tokens": 1500, "output_tokens": 300, "qps": 40}),
    ("qps=50 in=2000 out=800 model=mixtral 8x7b gpu=a100 80gb -> #gpus?", {"input_tokens": 2000, "output_tokens": 800}),
    ("10M users now 50M by 2027 h200 count", {"users": 1e7, "users_to": 5e7}),
    ("用户现在1000万，2027年5000万，llama 3 70b 要多少张H200？", {"users": 1e7, "users_to": 5e7}),
    ("用户量从现在的5万增长到50万，Llama 3 70B，每人每天10次，H100 fp8要加多少卡？", {"users": 5e4, "users_to": 5e5}),
    ("千卡H100训70B MFU 38%提到45% 省几天", {"params": 70e9, "mfu": 0.38, "mfu_to": 0.45}),
    ("目前MFU 32%，如果优化到45%，128卡H800跑Llama 3.1 70B、500B token能省几天？", {"mfu": 0.32, "mfu_to": 0.45}),
    ("21 days on A100 40GB, 128 GPUs, llama 2 70b, at 35% MFU. if we gain +6 points, how many days saved?",
     {"mfu_gain_points": 0.06}),
    ("we rate limit anon users to 20k tokens/day. roughly 8,000 users hit the cap every day. deepseek v3 fp8 on H200",
     {"tokens_per_user_day": 2e4, "users": 8000}),
    ("免费API限流：每个用户每天最多5万token，活跃用户2000人，用Llama 3.1 8B，fp8，L40S上跑，要几张？",
     {"tokens_per_user_day": 5e4, "users": 2000}),
    ("currently 3,500 free-tier users, each capped at 100 requests/day. llama 3.1 8b on L40S. how many?",
     {"queries_per_user": 100}),
    ("镜像站现在月活20万，日活占比15%，每人每天5次对话，每次来回4轮，Qwen3-235B-A22B在H200上跑，要多少卡？",
     {"turns_per_session": 4, "queries_per_user": 5}),
    ("客户要跑3次Llama 3 70B预训练，每次15T tokens，租我们1024张H100，MFU 35%，每卡时14元，这单总收入多少？", {"runs": 3}),
    ("if B200 is ~2.2x faster than H100, how many new cards replace our fleet of 300?", {"gpus": 300}),
])
def test_platform_and_shorthand_inputs_are_read(q, expect):
    assert_read(q, expect)


def test_a_neoclouds_rent_is_income_over_the_period():
    _, res = ask("deck: fleet of 4,096 GPUs, all H100 SXM, 85% contracted utilization, $2.10/GPU-hr blended. whats "
                 "annual revenue + payback if capex is $32k per GPU all-in?")
    assert "rented out" in res.headline and "renting is cheaper" not in res.headline
    assert fig(res, "rent_total_usd") == pytest.approx(4096 * 2.10 * 24 * 365.25 * 0.85, rel=1e-3)
    _, zh = ask("我们1000张H100，每张20万元，按每卡每小时15元租出去，出租率70%，一年收入多少，多久回本？")
    assert "租金收入" in zh.headline


def test_an_owned_cards_hour_carries_the_all_in_multiple():
    q = ("H100s — 32 of them — at $27k each{}, amortized over 48 months. cost per 1M tokens if each gpu does "
         "1,800 tok/s at 60% utilization?")
    _, chips = ask(q.format(""))
    _, all_in = ask(q.format(", all-in 1.5x chip cost for servers/network"))
    assert fig(all_in, "owned_cost_per_gpu_hour_usd") > fig(chips, "owned_cost_per_gpu_hour_usd")
    assert not all_in.unused


def test_mfu_points_without_a_stated_mfu_are_added_to_the_assumed_one():
    _, res = ask("+5 pts mfu on 2k h100 30 day run saves how much")
    assert fig(res, "train_days") == pytest.approx(30 * 0.40 / 0.45)
    assert any(a.name == "mfu" and a.origin == "default" for a in res.assumptions)


def test_a_doubted_chinese_figure_is_checked():
    _, res = ask("BP里：5000张H20，单卡功耗400W，PUE 1.3，电价0.45元/度，一年电费多少？他们只写了800万，感觉偏低")
    assert any(i.param == "claimed_value" for i in res.inputs) and not res.unused


def test_a_family_named_tokenizer_and_a_fandom_site_are_no_names():
    ask("ok so 1 汉字 ≈ 0.6 tokens with the qwen tokenizer right? our site outputs 500M characters of AI text a day, "
        "Qwen2.5 7B on RTX 4090 — how many cards?")
    _, res = ask("AO3-ish fanfic generator, ~2.5 billion words generated per day, 1.3 tokens per word, mixtral 8x7b "
                 "on MI300X. GPU count?")
    assert not res.unused
