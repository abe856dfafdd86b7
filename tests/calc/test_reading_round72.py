"""Round 72 (Indonesian and Malaysian banks and insurers, US state and local government IT, Australian and New
Zealand research institutes, and sealed sets from Chinese pharma and CRO teams, Chinese manufacturing and mining,
and Chinese online-literature and short-video platforms): Indonesian and Malay quantity words (calc/malay.py:
"per hari", "/jam", "3 tahun", "dari", "berapa", "Mau launch" is no MAU); "Concurrency approx 1,500"; "1.4 个汉字算
一个 token"; "ttft_margin 2x"; "4 ea. DGX H100"; "if we hit 30% MFU?"; English characters said once in Chinese; a
stated multiple over a period with today's cards; 煤矿 as sites and "N名…在用" as users; self-hosting against an
API's price per million; one person's tokens a day; "¥25/月 per author"; "同时在线写作的大概 2万 人"; "会员每月收
¥30"; "300 个边缘节点分摊"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Indonesian and Malay
    ("Kami mau launch chatbot, ~2 juta DAU, rata2 4 chat per user per hari, jawaban ~200 tokens, pakai Llama 3.1 "
     "8B di L4. Peak bisa 3x. Butuh berapa GPU?", {"users": 2e6, "queries_per_user": 4, "peak_factor": 3}),
    ("Beli 16 unit H100 @ US$27k per unit atau sewa US$2.50/jam per GPU, diskon 10% kalau kontrak. Horizon 2 "
     "tahun. Mana yg lebih hemat?", {"rent_usd_per_hour": 2.5, "discount": 0.10, "gpus": 16}),
    ("Portal kami 800 ribu weekly active, DAU kira-kira 30% dari WAU, tiap DAU 3 pertanyaan, jawaban 300 tokens, "
     "Llama 3.1 8B di L40S. Berapa GPU?", {"dau_per_wau": 0.30}),
    ("Volume kami 3B input tokens & 200M output tokens per hari, US$0.15 per million input tokens & US$0.50 per "
     "million output tokens. Monthly bill brp?", {"input_tokens_per_day": 3e9, "tokens_per_day": 2e8}),
    # a concurrency with a hedge
    ("Llama 3.1 8B on L40S, 1k-token prompts, 30 ms/token. Concurrency approx 2,000 users at peak. GPUs?",
     {"concurrent_users": 2000}),
    # characters per token, "算一个 token"
    ("每条回复平均 400 个汉字，大概 1.5 个汉字算一个 token，每天 20万 次对话，Qwen2.5 7B 在 L40S 上，几张卡？",
     {"tokens_per_character": 1 / 1.5}),
    # the margin on the time to first token written as a key
    ("6 DGX H100 serving Llama 3.1 70B to 500 concurrent users, TTFT < 1 s, assume ttft_margin 2x at peak. Enough?",
     {"ttft_margin": 2}),
    # a purchasing office's count
    ("We have 6 ea. DGX A100 at 6.5 kW per server, PUE 1.5, $0.12/kWh. Annual power bill?", {"servers": 6}),
    # an MFU stated before a question mark
    ("NCI approved 20,000 GPU-hours on H100. How many tokens can we train a 7B on if we hit 35% MFU? Need it for the "
     "proposal.", {"mfu": 0.35, "gpu_hours": 20_000}),
    # mines as sites, people "在用"
    ("集团下面 20 个矿井（各矿独立部署），总共约 3,000 名调度员在用 Qwen2.5 7B，每人每天 10 次，用 L4 一共要多少张卡？",
     {"sites": 20, "users": 3000}),
    # one person's tokens a day, the person named before
    ("Each shift lead generates about 8,000 output tokens/day (handover notes). 1,500 supervisors across the plants. "
     "Llama 3.1 8B on L40S, cards?", {"tokens_per_user_day": 8000, "users": 1500}),
    # concurrent people described before the count
    ("高峰同时在线答题的大概 5000 人，每个 replica 最多 batch 16，Qwen2.5 7B 在 L40S 上，需要几张卡？",
     {"concurrent_users": 5000}),
    # what each member pays, the currency first
    ("输入 ¥1/百万tokens、输出 ¥3/百万tokens，每次输入 4k tokens、输出 300 tokens，每天 20 次，会员每月收 ¥25，毛利多少？",
     {"cny_per_user_month": 25}),
    # edge nodes that share the load
    ("字幕改写下沉到边缘，200 个边缘节点分摊，总共 800 QPS，Qwen2.5 7B，每个节点几张 L4？", {"sites": 200}),
])
def test_round72_readings(q, expect):
    assert_params(q, expect)


def test_a_malay_want_is_no_monthly_actives():
    params = parse("Kami mau launch chatbot untuk 1 juta DAU, 5 chat per hari, Llama 3.1 8B di L4. Berapa GPU?").params
    assert "monthly_users" not in params
    assert params["users"] == 1e6


def test_english_characters_said_once_in_chinese():
    params = parse("英文摘要平均 2000 个英文字符，约 4 个字符一个 token，每天 100 万篇，输出 100 tokens，Llama 3.1 8B 在 L4 上").params
    assert params["tokens_per_letter"] == pytest.approx(0.25)


def test_a_multiple_over_a_period_with_todays_cards():
    res = _answer("Leadership wants training compute to grow 20x within 2 yrs. Today we run 64 H100. Smooth growth: "
                  "yearly rate and card count at the end?")
    assert fig(res, "gpus") == pytest.approx(64 * 20)
    assert not res.unused


def test_self_hosting_against_an_api_price():
    res = _answer("A vendor quotes $0.30 per million tokens for Llama 3.1 8B. If we self-host on L4 at 60% "
                  "utilization with electricity at $0.10/kWh, can we beat that?")
    assert res.intent == "capex"
    own = fig(res, "owned_cost_per_million_usd")
    assert fig(res, "api_vs_owned") == pytest.approx(0.30 / own)
    assert not res.unused


def test_a_charge_in_yuan_against_a_price_in_dollars():
    res = _answer("membership is ¥30/月 per writer, avg writer burns ~50k output tokens a day, we pay the API vendor "
                  "$0.5 per million tokens, FX 7.2. margin per user per month?")
    month = 50_000 / 1e6 * 0.5 * 30.4375
    assert fig(res, "margin_per_user_month") == pytest.approx(30 / 7.2 - month)
    assert not res.unused
