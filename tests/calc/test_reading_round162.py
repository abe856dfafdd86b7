"""Round 162 (Chinese tea-house chains, bookstores, Chinese portrait-photo studios; sealed: moving companies,
Chinese mahjong parlors, fishing tackle shops and charters). Found on the first runs: "每单客户大概拍300张原片 … 每天600单"
read the photos as 300 cards; "平均用户每次发60个字，AI回120个字" swapped the prompt and the answer; "拿一半出来租GPU" was
dropped (the whole budget rented); "we want 3 running round the clock" priced one card; "PUE of that room is prob
1.6" kept the default 1.3; "12% off list … Total cost" left the discount out of the total; "write each reader a
personal intro … how long does the whole batch take?" sized a fleet for ten requests a reader; "draft 4,000
newsletter variants of ~700 tokens … Total cost" answered 336 daily users; "When do we need a second one?" beside
~60% a year left the growth unused; "a GB200 NVL72 rack is $3M. legit??" echoed the price back. These tests say
the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_photos_counted_per_order_are_no_cards():
    q = "每个订单平均拍200张照片，用Qwen2.5 7B给每张写说明，每张输入800 token输出60 token，每天400单，L40S要几张？"
    p = parse(q).params
    assert p.get("items_per_batch") == 200 and p.get("queries_per_day") == 400
    assert "gpus" not in p


def test_what_people_send_and_what_the_model_sends_back():
    q = "平均顾客每次发80个字，AI回150个字左右，按1.5个字一个token算，每天1万次对话，Qwen2.5 7B，一张L4够吗？"
    p = parse(q).params
    assert p["input_tokens"] == pytest.approx(80 / 1.5) and p["output_tokens"] == pytest.approx(100)


def test_half_the_budget_taken_out_to_rent():
    q = "一年预算20万，拿一半出来租卡，L40S每小时3块，能一直租几张？"
    assert_params(q, {"budget_share": 0.5})
    assert fig(compute(parse(q)), "gpus") < 20e4 / 3 / 8766


def test_cards_running_round_the_clock():
    q = "An A100 rents at $1.60 an hour. We need 5 running round the clock for our support bot. Yearly cost?"
    assert_params(q, {"gpus": 5})


def test_a_pue_said_with_a_hedge():
    q = "10 H100 at 700 W each, power at $0.10/kWh, what's the monthly bill? PUE of our colo is prob 1.5"
    assert_params(q, {"pue": 1.5})


def test_a_discount_enters_the_total_beside_the_users():
    q = ("Distributor gives us 10% off list on H200: list is $32,000 each, we want 16. Total cost, and how many "
         "Llama 3.1 70B users can they serve?")
    res = compute(parse(q))
    assert fig(res, "capex_usd") == pytest.approx(16 * 32000 * 0.9)
    assert not res.unused


def test_one_item_made_for_each_person_is_a_job():
    q = ("We mail 12,000 members each month. Llama 3.1 8B would write each member a short note of about 150 words. "
         "How long does the whole run take on two L40S?")
    res = compute(parse(q))
    assert parse(q).params.get("queries_per_day") == 12000
    assert res.figure("job_hours") is not None


def test_things_of_a_length_drafted_and_priced_at_a_rent():
    q = "We'd rent H200 at $3.20/hr to draft 9,000 product descriptions of ~250 tokens with Llama 3.1 70B. Total cost?"
    res = compute(parse(q))
    assert parse(q).params.get("queries_per_day") == 9000
    assert res.figure("job_cost_usd") is not None


def test_lengths_said_for_the_things_counted():
    q = "Summaries of ~200 words for 35,000 articles with Llama 3.1 8B. How many GPU-hours on A100 80GB?"
    assert parse(q).params.get("queries_per_day") == 35000
    assert compute(parse(q)).figure("job_gpu_hours") is not None


def test_when_a_second_card_is_needed():
    q = ("Traffic grows ~50% a year. Today 1,000 users a day, 4 questions each, Llama 3.1 8B, and we have 1 GPU, an "
         "L40S. When do we need a second one?")
    res = compute(parse(q))
    assert res.figure("runway_months") is not None and not res.unused


def test_a_rack_price_checked_against_the_catalogs():
    res = compute(parse("my colleague says a GB200 NVL72 rack costs $4M. is that right?"))
    assert fig(res, "quote_over_catalog") == pytest.approx(4e6 / 2.5e6)


def test_the_side_said_between_the_number_and_its_tokens():
    q = "support chat: ~8k msgs/day, avg 900 in tokens 150 out, Llama 3.1 8B on L4, how many?"
    assert_params(q, {"input_tokens": 900, "output_tokens": 150})


def test_a_bare_q_with_an_apostrophe():
    q = "1,800 daily users, 5 q's per user per day, llama 3 8b on L4, how many cards?"
    assert_params(q, {"queries_per_user": 5})


def test_a_measured_rate_per_gpu_and_a_job_asked_how_long():
    q = "we measured ~2,500 tok/s per GPU on L40S with Llama 3.1 8B. The quarterly run is 80k summaries × 300 tokens. how long?"
    res = compute(parse(q))
    assert res.figure("job_hours") is not None


def test_an_order_of_epochs_in_chinese():
    q = "拿3亿token的数据微调Qwen2.5 7B，训2轮epoch，租A100每小时10块，多少钱？"
    assert_params(q, {"epochs": 2})


def test_daily_guests_who_come_to_book():
    q = "每天大概六百个客人来预约，每人跟AI来回5轮，用Llama 3.1 8B，L4要几张？"
    assert_params(q, {"users": 600, "queries_per_user": 5})


def test_at_once_then_the_count_of_people():
    assert_params("同时15个客户扫码咨询，L4跑Qwen2.5 7B够吗？", {"concurrent_users": 15})


def test_a_yearly_expansion():
    assert_params("门店每年扩张30%，现在每天8万次请求，2年后要多少张L4？Qwen2.5 7B", {"growth_rate_year": 0.3})


def test_shops_counted_in_chinese_words_are_places():
    q = "全国三百来家店，日活预计2万，每人每天4条消息，Qwen2.5 7B跑在L4上，要几张卡？"
    assert_params(q, {"users": 20000})


def test_a_card_price_said_and_doubted():
    res = compute(parse("my friend says an H200 sells for $40k. legit?"))
    assert res.figure("quote_over_catalog") is not None
