"""Round 130 (a Chinese internet company's week, ML researchers planning training runs, factories, grids and
vehicles; sealed: a small AI startup's week, Chinese banks' and brokers' IT departments, GPU-rental resellers):
"今年GPU预算批了1.2个亿（人民币）" (had asked for a load), "每个车间放一个边缘盒子，盒子里一张L4，全集团47个车间" the
boxes of those cards (had been 47 users: a fleet sized for GPT-3), "全省1800个变电站 … 集中放机房跑" served in one
place (had been split into 3,600 H800, two a site), "H100 NVL美金报价2.9万一张" dollars (had been yuan), "70B for 60
days on 4,096 H100s" a model's size (had been 70 billion GPUs: refused), "公众号说训练GPT-3 175B用1024张A100要34天" the
days checked against GPT-3's own run (had been the tokens 34 days train); after the sealed sets: "€150k for the
quarter" the period the budget pays for (had been dropped)."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_a_budget_approved_with_its_currency_in_brackets():
    res = compute(parse("今年算力预算批了8000万（人民币），H20按每张12万算，能买多少张？"))
    assert fig(res, "gpus") == 666


def test_places_given_their_cards_before_the_count_are_boxes():
    res = compute(parse("每个门店放一台小服务器，里面一张L4，全国300个门店，每卡按100瓦，电价0.6元/度，一年电费多少？"))
    assert "300张L4" in res.headline


def test_sites_served_from_one_place_are_not_split():
    res = compute(parse("全国500个网点，每个网点一天200次问答，输出500 token，Qwen2.5 7B统一部署在总部机房，L40S要几张"))
    assert fig(res, "gpus") < 50


def test_dollars_said_before_the_quote():
    assert_params("美国子公司采购，H200美金报价3.2万一张，要32张，汇率7.2折成人民币多少", {"price_usd": 32_000})


def test_a_model_size_before_its_run_is_no_fleet():
    req = parse("405B for 50 days on 16,384 H100s at 700W per GPU, PUE 1.2: how many GWh?")
    assert req.params.get("gpus") == 16_384


def test_a_named_models_training_days_checked_when_a_piece_says_them():
    res = compute(parse("文章说训练Llama 2 70B用2048张A100要21天，MFU按45%，是真的吗？"))
    assert "给出的“21天”" in res.headline


def test_a_budget_for_a_quarter_is_its_period():
    assert_params("a Berlin lab has $90k for the quarter, wants L40S at $0.85/hr. how many can run full time?",
                  {"days": 91.3125})
