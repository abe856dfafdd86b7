"""Round 175 (pest-control companies, Chinese ice-cream and dessert shops, cheesemongers; sealed: Chinese
butcher-shop chains, carpet and upholstery cleaners, Chinese arcade chains). Found on the first runs: "warehouse has
40 kW spare for a server closet" one server's draw (7 kW for 1 H100); "each daily guy asks the bot 5 things" dropped;
"Gaudi 3 is 1.5x faster than H100 SXM for training … true?" unread; "买下来一万出头" unread; "AI回个百来字" dropped;
"每月收9块9" quoted as "9块"; "每人 per day 2 个 query" unread; "买一台二手DGX A100一百二十来万" 1.2 million
servers (2.52万亿元 of rent); "three-ish bucks an hour" unread (the default rent); "(there's like 15 of us)" unread
and "1,200 SKUs" a second value of each person's questions; "pooled maybe twenty grand" unread (no answer); "under a
second for the first word to show up", "more than half a second for it to start typing" unread; "for a couple
weeks" a year; "train a ~125M param model … We're three people" a fleet for three users; "$2.50 per H100 per hour"
a card's price (US$40 to buy); "so what, 0.3 a day?" unread; "5 million tokens of product copy in a day" refused;
"What's a DGX H100 actually go for? … around $300k" a budget (150,000 H100); "$2-something an hour" $2 a card;
"200-ish employees" a fleet for them; "— servers, switches, the lot — adds about 40% on top" unread; "power factor
maybe 0.9" unread; "one today at about half capacity" dropped; "each one can take maybe 16 conversations at once" the
whole load; "2,000 labels for the holiday run" unread. Sealed: "6 back-and-forths each" six users; "the pound's
about $1.27" a budget; "that's for the whole month" dropped; "Is he about right" no check; "28c a unit" unread;
"within 1.5 secs" of "the first bit of the reply" unread; "141GB each at like $15 a GB. How much of the price is
that?" no question; "peaks at lunchtime about 2.5x" unread; "一张才1.6万美元" a budget (1 Gaudi 3 for US$1 million);
"预算500块" 500 cards. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, figure, stated_values


def test_spare_power_for_a_server_closet_is_the_rooms():
    q = "the garage has 25 kW spare for a server closet. L40S at ~500 W per GPU all in, how many fit at PUE 1.3?"
    assert_params(q, {"power_mw": 0.025})
    assert "watts_per_server" not in parse(q).params


def test_each_daily_person_of_any_name_asks():
    q = "app has 60k monthly users, DAU/MAU about 25%, each daily homeowner asks the bot 3 things. Llama 3 8B on L4?"
    assert_params(q, {"queries_per_user": 3.0})


def test_a_training_speed_claim_checked_by_gpu_hours():
    q = "AMD rep says MI300X is 1.3x faster than H100 SXM for training Llama 3 8B. legit or sales talk?"
    assert figure(q, "ratio_computed") is not None


def test_bought_outright_its_price():
    q = "一张L40S买下来五万出头，租的话每小时三块，用一年是租划算还是买划算？"
    assert_params(q, {"price_cny": 50_000.0})


def test_a_bare_hundred_after_ge():
    q = "每单顾客打二三十个字，AI回个百来字，按1.5个字一个token算，一天两千单，Qwen2.5 7B用L4要几张？"
    assert parse(q).params.get("output_tokens") == pytest.approx(100 / 1.5)


def test_yuan_and_jiao_quoted_whole():
    q = "每个会员每月收19块9，日活五千，每人每天问3次，Llama 3 8B租L4每小时3块，能回本吗？"
    st = next(s for s in parse(q).stated if s.param == "cny_per_user_month")
    assert st.value == pytest.approx(19.9) and str(st.text).endswith("19块9")


def test_per_day_in_english_inside_chinese():
    q = "我们想上个客服bot，DAU 大概 5k，每人 per day 3 个 query，Llama 3 8B on L4，要几张卡？"
    assert_params(q, {"queries_per_user": 3.0})


def test_a_used_box_then_its_price_in_wan():
    q = "买一台二手HGX H100两百来万，还是租H100每卡每小时十五块？打算用三年"
    assert_params(q, {"server_price_cny": 2_000_000.0})
    assert parse(q).params.get("servers") in (None, 1.0)


def test_ish_after_a_number_word():
    q = "someone says you can rent an L40S for maybe two-ish bucks an hour. 4 of them for a month, what's that?"
    assert_params(q, {"rent_usd_per_hour": 2.0})


def test_people_counted_as_of_us():
    assert_params("the whole office (we're like 12 of us) asks a bot 20 things a day each. Llama 3 8B on L4?",
                  {"users": 12.0})


def test_products_carried_are_not_requests():
    q = "we carry about 3,000 products and the 20 of us ask the bot 10 things each a day. Mistral 7B on an L4, enough?"
    assert any(s.note == "catalog_size" for s in parse(q).stated)


def test_money_raised_is_a_budget():
    q = "the club pooled maybe thirty grand for GPUs. L40S at around $8,000 each, how many can we buy?"
    assert_params(q, {"budget_usd": 30_000.0})


@pytest.mark.parametrize("q, ms", [
    ("customers want under a second for the first word to show up. Llama 3 8B on an L4, 8 people at once. ok?", 1000.0),
    ("nobody should wait more than half a second for it to start typing. Mistral 7B on L40S, 20 users at once, "
     "how many cards?", 500.0),
])
def test_the_wait_said_before_what_it_waits_for(q, ms):
    assert_params(q, {"ttft_ms": ms})


def test_a_couple_weeks():
    q = ("If one of these burns about 0.4 J per token, what's it cost in power while we redo the website? We'd "
         "churn out maybe 8 million tokens a day for a couple weeks. Power is $0.15/kWh.")
    assert_params(q, {"days": 14.0})


def test_a_training_run_asked_beside_a_teams_size():
    q = "How many GPU-hours to train a ~350M param model on 7B tokens on A100 80GB? We're five people, basically."
    assert compute(parse(q)).intent == "training"


def test_a_rent_per_card_per_hour():
    q = "what would 16 A100 80GB for a week cost at $1.80 per A100 per hour?"
    assert_params(q, {"rent_usd_per_hour": 1.8})


def test_ones_own_conversion_is_the_value_again():
    q = "500 members, each chats maybe three times a week... so like 0.4 a day? Llama 3 8B on L4, how many?"
    assert any(s.param == "queries_per_user" and s.note == "restated" for s in parse(q).stated)


def test_a_days_writing_beyond_any_answer():
    q = "we measured 1,800 tokens a second on an L40S with Mistral 7B. we need about 8 million tokens of listings in a day. one card enough?"
    assert_params(q, {"tokens_per_day": 8e6})


def test_a_boxs_price_asked_then_heard():
    q = "What does an HGX H100 actually go for? someone said about $250k. vs renting H100s at $2.20 an hour?"
    assert_params(q, {"server_price_usd": 250_000.0})
    assert "budget_usd" not in parse(q).params


def test_something_after_dollars():
    assert_params("renting H100s at $2-something an hour for 8 cards over a month, how much?",
                  {"rent_usd_per_hour": 2.0})


def test_what_a_budget_buys_beside_the_firms_size():
    q = "Board gave us $90k (we're about 150 staff). If L4 cards are $2,500 each, how many cards is that?"
    assert figure(q, "gpus") == 36.0


def test_the_build_added_after_an_aside_between_dashes():
    q = "budget $200k, H100 PCIe at $25k each, and everything else — servers, switches, racks — adds about 30% on top. how many cards?"
    assert_params(q, {"all_in_multiple": 1.3})


def test_a_power_factor_hedged():
    q = "the shed has a 20 kVA feed, power factor maybe 0.95. how many L40S at 450 W each can it carry?"
    assert_params(q, {"power_factor": 0.95})


def test_the_card_in_use_now_half_busy():
    q = "if traffic grows 6x next year, how many L40S do we need, given we run one today at about half capacity?"
    assert_params(q, {"gpus": 1.0, "utilization": 0.5})


def test_each_replicas_streams():
    q = "We run 4 replicas of Mistral 7B, each on its own L40S, and each one can handle about 24 chats at once. How many at the same time in all?"
    assert_params(q, {"batch_per_replica": 24.0})


def test_pieces_for_a_job():
    q = ("Our labels max out at 200 characters, about 4 characters per token. We need 1,500 labels for the spring "
         "run — how long on one L4 with Mistral 7B?")
    assert_params(q, {"queries_per_day": 1500.0})


def test_turns_of_each_days_enquiry():
    q = "about 300 enquiries a day, roughly 5 back-and-forths each, 800 token prompts, 150 token replies. Llama 3 8B on L4?"
    assert_params(q, {"turns_per_session": 5.0, "queries_per_day": 300.0})
    assert "users" not in parse(q).params


def test_a_currency_worth_in_dollars():
    q = "4 L40S at 350W each, power is 25 cents a kWh in euros, and the euro's about $1.08. yearly bill?"
    assert stated_values(q, "usd_per_eur") == [1.08]


def test_the_month_said_of_a_budget_after_it():
    q = "Budget's $800, that's for the whole month. At $1.20/hr for an L40S can it run 24/7?"
    assert_params(q, {"days": 30.4375})


def test_a_budget_in_kuai():
    q = "一个月预算800块，租L4每小时1块2，能不能一直开着？"
    assert_params(q, {"budget_cny": 800.0})
    assert "gpus" not in parse(q).params


def test_cents_a_unit_of_power():
    q = "what's the leccy bill for 2 GPUs at 300 W running 24/7 at 30p a unit?"
    assert any(s.param == "electricity_usd_per_kwh" for s in parse(q).stated)


def test_the_first_part_of_the_reply():
    q = "we want the first part of the answer back within 2 secs, 1,000 token prompts, Qwen2.5 7B on an L4. doable?"
    assert_params(q, {"ttft_ms": 2000.0})


def test_memory_priced_per_gb_as_a_share_of_the_card():
    q = "Why's the B200 so pricey? Rep said it's mostly the memory, 192GB each at about $14 a GB. How much of the price is that?"
    assert figure(q, "hbm_share_of_price") is not None


def test_someone_doubted_by_name():
    q = "Electrician reckons a box with 8 L4 cards in it will pull 2 kW at the wall. Each card is 72W. Is she about right?"
    assert stated_values(q, "claimed_value") == [2000.0]


def test_how_big_a_qps():
    q = "H20一张才8万，预算200万全买H20，跑Llama 3.1 8B能撑多大QPS？"
    assert_params(q, {"price_cny": 80_000.0, "budget_cny": 2_000_000.0})
    assert figure(q, "qps") is not None


def test_a_peak_with_its_time_between():
    q = "~500 users a day, 3 chats each, spikes on Fridays to about 3x. Llama 3 8B on L4, how many?"
    assert_params(q, {"peak_factor": 3.0})
