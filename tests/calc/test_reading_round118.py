"""Round 118 (Chinese restaurant, hotel and tourism IT, sports-betting and fantasy-sports engineers, Telugu, and
sealed sets from Chinese industrial parks' compute vouchers, ad-tech agencies and Marathi): "高峰同时在问的大概
6000 人" people asking at once; "用AI讲解的游客估计 3.6万" visitors, the users; a share of the budget that buys the
cards in a fleet answer, and what the budget buys beside what the load needs; "every user does 6
lineup-assistant queries a day" (a hyphenated word before what is done); "42 million bet-slip assistant
requests" (a hyphenated word among those before the requests); "same job on 512 B200s = ~5 days?" a guess
checked; "2x 8-GPU H200 nodes" two servers (had been a factor of 2); "each daily user triggers 5 summaries
(~2,000 tok article in, …)" each user's requests (had been a corpus counted in documents); "~1.1B output
tokens on match day" a day's tokens (had been each answer's length); "each of our 1.6M DAU burns ~3,000 output
tokens/day" each user's day; "$0.60 per 1 million output" a price (the tokens not said); a price per
million input tokens said in Russian is the input's; "total 120B params, active 12B" the active size;
"fine-tune dataset 3B tokens" no model named "dataset"; "Mistral-Large 70B" a model of 70B (had been a model
"Mistral-Large 7" of 0B)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("门店客服机器人，晚高峰同时提问的顾客大约 2500 人，Qwen2.5 7B 跑在 L40S 上，要几张卡？",
     {"concurrent_users": 2500}),
    ("高峰期同时咨询的大概 800 人，Llama 3.1 8B 放 L40S，够几张？", {"concurrent_users": 800}),
    ("博物馆数字人讲解，周末单日访客预计 2.4万，每人问 4 个问题，Llama 3.1 8B 用 L40S，需要几张？",
     {"users": 2.4e4, "queries_per_user": 4}),
    ("we served 18 million in-play odds-commentary requests on derby day. Llama 3 8B on L40S, how many cards?",
     {"queries_per_day": 1.8e7}),
    ("can Llama 3.1 70B serve 400 concurrent users on 3x 8-GPU H100 servers?", {"servers": 3}),
    ("if each active user kicks off 4 recaps (~1,500 tok match report in, 100 tok out), 1M DAU, Qwen2.5 7B on H100?",
     {"queries_per_user": 4, "users": 1e6}),
    ("measured 3,100 tok/s per GPU on H100 with Llama 3 8B. ~800M output tokens on launch day. how many GPUs?",
     {"tokens_per_day": 8e8}),
    ("each of our 400k subscribers burns ~5,000 output tokens/day on the coach bot, daily bill at $0.30/M?",
     {"tokens_per_user_day": 5000, "users": 4e5}),
    ("api is $0.15 per 1 million input tokens and $0.60 per 1 million output. monthly bill at 2 billion tokens a "
     "day?", {"usd_per_million_input_tokens": 0.15, "usd_per_million_tokens": 0.6}),
    ("API стоит 30 ₽ за 1 млн входных токенов и 120 ₽ за 1 млн выходных токенов, курс 90 руб. за доллар. Сколько "
     "в месяц при 2 млрд токенов в день?",
     {"usd_per_million_input_tokens": pytest.approx(30 / 90), "usd_per_million_tokens": pytest.approx(120 / 90)}),
    ("MoE we are designing: total 200B params, active 20B. 8T tokens on 2,048 H100, MFU 40%, how long?",
     {"params": 2e11, "active_params": 2e10}),
    ("we fine-tune Mistral-Large 70B on 16 H100, how long for 2B tokens?", {"params": 7e10}),
    ("园区智算中心A100卡时单价挂牌8.5元，算力券能抵30%，租32张卡跑20天，自己要掏多少？",
     {"rent_cny_per_hour": 8.5, "discount": 0.3}),
    ("申报材料里算力需求是12万卡时（H800），园区报价10元/卡时，市级补贴比例合计40%，企业自筹多少？",
     {"discount": 0.4}),
    ("我们 budget 50w，L40S 每卡时6块，Qwen2.5 7B，QPS 大概10，要几张卡，能撑几个月？", {"budget_cny": 5e5}),
    ("集团有8个分园区，每个分园区机房放2张L4，总日活2万，每人每天4次，够吗？",
     {"servers": 8, "gpus_per_server": 2}),
    ("we want to pretrain our own 3B 'ShopLM' on 600B tokens on 128 H100 at 40% MFU, how many days?",
     {"params": 3e9}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round118_readings(q, expect):
    assert_params(q, expect)


def test_a_share_of_the_budget_buys_the_cards_and_what_it_buys_is_said():
    res = compute(parse("今年 AI 预算 2000w 人民币，40% 花在GPU上，L40S 单价 5 万，能买多少张？够不够日活一百万的客服助手"
                        "（Qwen2.5 7B）"))
    assert fig(res, "gpus_budget_buys") == 160            # 2,000万 x 40% / 5万
    assert "预算可买160张" in res.headline and not res.unused


def test_a_guess_said_equal_to_the_result_is_checked():
    res = compute(parse("vendor says H200 is 1.6x faster than H100 for us. a 10-day run on 256 H100s, so the same "
                        "job on 256 H200s = ~6 days?"))
    assert "the stated '6 days' is" in res.headline and not res.unused


def test_the_quote_of_what_each_does_holds_a_hyphenated_word():
    req = parse("if every user does 8 trip-planner queries a day, 50k DAU, Llama 3 8B on L4, how many GPUs?")
    quoted = next(s.text for s in req.stated if s.param == "queries_per_user")
    assert quoted.endswith("8 trip-planner queries a day")


def test_a_dataset_before_its_tokens_is_no_model():
    res = compute(parse("fine-tune corpus 2B tokens, 3 epochs, Llama 2 7B on 8 A100 PCIe, how long?"))
    assert res.intent == "training" and not res.unused


def test_two_card_hour_prices_said_one_after_the_other_are_each_cards():
    req = parse("厂商说 H200 训练比 H100 快1.8倍，卡时价格一个20元一个12元，同样任务谁更便宜？")
    assert [dict(o).get("rent_cny_per_hour") for o in req.options] == [20, 12]


def test_how_many_of_one_card_match_anothers_fleet_in_chinese():
    res = compute(parse("我们打算采购 MI300X，要多少张才抵得上1000张H100 SXM的训练算力？"))
    assert res.intent == "convert" and fig(res, "gpus") == 757


def test_a_budget_against_a_rented_fleet_is_months_of_rent():
    res = compute(parse("we have $300k of credits, H100 at $2/hr, Llama 3 70B for 1M DAU, how many GPUs and how "
                        "long does the money last?"))
    assert fig(res, "budget_months") == pytest.approx(300e3 / (fig(res, "gpus") * 2 * 730.5))
    assert "the budget lasts" in res.headline


def test_a_run_said_to_take_a_period_in_words_is_checked():
    res = compute(parse("the lab says fine-tuning Llama 2 70B on 5B tokens takes 'about a week' on 32 A100 80GB. "
                        "does that hold up?"))
    assert "the stated 'about a week' (7 days) is" in res.headline and not res.unused


def test_a_quote_for_a_card_named_after_it_is_that_cards_price():
    req = parse("Our Beijing team got H20 quoted at 11万元 each. At FX 7.2 how does that compare to the $12k quote we "
                "got for L40S?")
    assert [dict(o).get("price_cny") for o in req.options] == [110000, 12000 * 7.2]


@pytest.mark.parametrize("q,said", [
    ("有个云厂商跟我们说 Llama 2 70B 在256张A100 80GB上训2万亿token，20天就能训完，真的假的？", "20天"),
    ("a reseller claims 32 MI355X can train Llama 2 70B on 2T tokens in 15 days. feasible?", "15 days"),
])
def test_a_runs_time_someone_gave_is_checked_however_far_off(q, said):
    res = compute(parse(q))
    claim = next(f for f in res.figures if f.name.startswith("claimed_"))
    assert claim.value == pytest.approx(float(said.rstrip("天days ")) / fig(res, "train_days"), rel=1e-3)
