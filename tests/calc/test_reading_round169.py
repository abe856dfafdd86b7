"""Round 169 (barbershops and salons, Chinese tea houses, music schools; sealed: Chinese housekeeping companies,
car-rental agencies, Chinese cinemas). Found on the first runs: "roughly 1.2k appts a day over the whole chain" was
each user's; "4 L40S cards in a rack" a server's size, billed as one card; "$49/month per location … each location
does ~60 bookings a day, 6 turns each" a budget; "(figure 0.75 words per token), we send 900 a day" the day's tokens;
"my IT bloke says add 40% for the box, psu, networking" a claim; "took 2 days on the 4090, how long on an L40S" and
"took 3 days on … an RTX 4090. If we rented an H100 SXM instead" refused; "keep gpus at 70%" unread; "what would 1
DGX H100 cost to run for a year at 15 cents per kwh" the users alone; "5 msgs each" in a grown fleet unread; "runs 2
copies of the model with batch 32 each" unread; "£500 a month on cloud GPUs for the whole group" each user's
charge; "one convo each, 6 turns" dropped; "每人每月加收5块钱" a budget, and "电费先不算" ignored; "A100 40GB八张卡"
an A100 80GB; "Gaudi 3一张10万，H100 SXM 22万，性能差多少" refused; "turn them into a short summary" the notes
written; "still have half of it left for everything else" dropped; "a DGX H100 for $280k with a 15% education
discount" the list price; "the closet circuit can only handle about 1,800 W" a card's draw; "1 € is about 1.08 $"
two budgets; "Our server pulls about 1.5 kW … per month" refused; "Each student would probably get around 2,000
tokens of feedback per day" one answer; "first word … under 1 second and then about 30 tokens a second" a
measured rate (54 cards, 1 now); "the GPUs themselves are maybe 60% of the cost" unread; "3 tries" unread. Sealed:
"老板批了50w搞AI" refused; "每人每天 … 大概2000字" one answer; "要生成英文教材，每份1500个英文单词" the prompt; "4090跑得动吗？每天2w单"
the fit alone; "日活一般是周活的三分之一" unread; "~8,000 check-ins a day across the network, 4 turns each" unread;
"300 locations" at "$49/month per location" sites; "backlog of 2.4 million … How many days" a day's load; "上线第一年"
a year's period; "日活能冲到120万" unread; "预算给AI划了300万" unread. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_day_over_the_whole_chain_is_the_days_requests():
    q = "we text a reminder for every appt, about 900 appts a day over the whole chain. each one is ~200 tokens in and 50 out. api at $0.40 per million tokens or an L4 at $0.70/hr?"
    assert_params(q, {"queries_per_day": 900.0})


def test_cards_in_a_rack_are_the_cards_counted():
    q = "3 L40S cards in a rack in the back room, ~350W each, PUE 1.3, 20 cents/kWh. yearly cost?"
    assert "for 3 L40S" in compute(parse(q)).headline


def test_each_place_does_so_many_with_turns_each():
    q = "we'd sell the bot for $39/month per store. each store does ~80 bookings a day, 5 turns each. on an L4 at $0.80/hr how many stores to break even?"
    assert_params(q, {"usd_per_user_month": 39.0, "queries_per_user": 80.0, "turns_per_session": 5.0})


def test_things_sent_a_day_after_a_words_ratio():
    q = "our follow-up emails are about 120 words (say 0.75 words per token), we send 2,000 a day. one L4 enough?"
    assert_params(q, {"queries_per_day": 2000.0})


def test_a_share_added_for_the_build_that_someone_advised():
    q = "quote is 4 L40S at $7,500 each, but our consultant says add 35% for the server, PSU and networking. total?"
    assert_params(q, {"all_in_multiple": 1.35})


def test_one_card_runs_compared_by_a_stated_speedup():
    q = "heard the H100 is about 3x faster than an A100 for fine tuning. our last run took 6 days on the A100, how long on an H100"
    assert "2 days" in compute(parse(q)).headline or "2.0 days" in compute(parse(q)).headline


def test_gpus_kept_at_a_load():
    q = "around 8 requests per second at peak, 800 in 200 out, want to keep gpus at 60%. Llama 3.1 8B on L4 how many"
    assert_params(q, {"utilization": 0.6})


def test_a_servers_year_of_power_beside_its_users():
    q = "what would 2 DGX H100 cost to run for a year at 12 cents per kwh, and how many users could they serve on Llama 3.1 70B"
    assert "electricity US$" in compute(parse(q)).headline


def test_requests_each_in_a_grown_fleet():
    q = "our chat grows ~50% a year. we're at 4,000 users a day on 2 L4 now, 6 msgs each. how many L4 in 2 years"
    res = compute(parse(q))
    assert all("6 msgs" not in u.text for u in res.unused)


def test_copies_of_the_model_and_their_batch_against_the_streams_asked():
    q = "we run 3 copies of the model with batch 16 each on L40S. can that handle 100 people chatting at once on Llama 3.1 8B?"
    assert "48 streams at once" in compute(parse(q)).headline


def test_a_months_money_for_cloud_gpus():
    q = ("we can do £400 a month on cloud GPUs for the whole team. at $0.75/hr for an L4 and £1 = $1.27, how many can "
         "we keep on 24/7 and how many customers is that?")
    assert_params(q, {"budget_usd": 508.0})


def test_one_conversation_each_with_its_turns():
    q = "~20,000 guests a day, one chat each, 5 turns, Llama 3.1 8B on L4. how many cards?"
    assert_params(q, {"users": 20000.0, "queries_per_user": 1.0, "turns_per_session": 5.0})


def test_an_extra_charged_each_month_and_power_left_out():
    q = "买三台8卡L40S服务器，一台大概60万，会员5万人，每人每月多收8块钱，几个月回本？电费不算"
    req = parse(q)
    assert req.params["cny_per_user_month"] == 8.0
    assert "未计电费" in compute(req).headline


def test_a_size_in_gb_then_a_count_in_chinese():
    q = "上次A100 80GB十六张卡跑了10天，换H100 SXM也是16张，几天能跑完？"
    assert_params(q, {"from_accelerator": "a100_sxm_80gb"})


def test_how_much_faster_two_priced_cards_are():
    q = "有人推MI300X，说跑Llama 3 70B比H100 SXM划算，MI300X一张12万，H100 SXM 22万，性能差多少？"
    assert compute(parse(q)).intent == "throughput"


def test_notes_turned_into_a_summary_are_read():
    q = "Each coach writes session notes, around 400 words, and we want the AI to condense them into a recap for members (maybe 100 words). 300 sessions a day. Llama 3.1 8B on L4?"
    p = parse(q).params
    assert p["input_tokens"] > p["output_tokens"]


def test_a_share_left_for_everything_else():
    q = "We have a $20,000 grant. If an RTX 4090 is $2,000, how many can we buy and still have half of it left over for the rest?"
    assert_params(q, {"budget_share": 0.5})


def test_a_discount_on_a_servers_price_beside_users_served():
    q = "a reseller offers a DGX H100 for $300k with a 10% discount. how many members could it serve on Llama 3.1 70B if each asks 5 things a day?"
    assert "US$270,000" in compute(parse(q)).headline


def test_a_circuits_limit_said_before():
    q = "the wall circuit can only handle about 2,000 W. how many L4s could we put on it at 100 W each with the server's share?"
    res = compute(parse(q))
    assert "20 cards" in res.headline


def test_a_rate_of_the_euro_said_in_words():
    q = "budget is €30.000 (1 € is about 1.10 $). how many L40S at $8,000 each?"
    assert_params(q, {"budget_usd": 33000.0})


def test_one_servers_monthly_bill_with_no_card_named():
    q = "electricity is 12 cents per kWh. our box pulls about 2 kW. what's that per month running all day?"
    assert "2 kW" in compute(parse(q)).headline


def test_each_ones_day_of_tokens_hedged():
    q = "Each member would probably get around 3,000 tokens of coaching a day. 500 members. API at $0.30 per million tokens or an L4 at $0.70/hr?"
    assert_params(q, {"tokens_per_user_day": 3000.0})


def test_the_speed_after_the_first_token():
    q = "we want the first token in under 800 ms and then about 25 tokens a second after that, 60 people at once, Llama 3.1 8B on L4, how many?"
    assert_params(q, {"tpot_ms": 40.0})


def test_the_cards_alone_a_hedged_share():
    q = "We were approved $60k. If the GPUs alone are probably 70% of that, how many L40S at $8,000 each?"
    assert_params(q, {"budget_share": 0.7})


def test_tries_are_runs():
    q = "fine-tuning Llama 3.1 8B on 20 million tokens, 3 epochs, and we'll probably need 4 attempts. at $2.00 per GPU hour on H100, cost?"
    assert_params(q, {"runs": 4.0})


def test_money_approved_for_ai_in_chinese_slang():
    q = "公司批了80w搞AI，一半买卡，L40S一张按6.5万算能买几张？"
    assert_params(q, {"budget_cny": 800000.0})


def test_each_persons_day_of_text():
    q = "员工8000人，每人每天让AI帮写日报和邮件，大概1500字，Qwen2.5 7B 用L4要几张"
    assert "tokens_per_user_day" in parse(q).params


def test_each_generated_document_is_the_answer():
    q = "要生成英文讲义，每份2000个英文单词左右，每天100份，Llama 3.1 8B，1张L4够不够"
    p = parse(q).params
    assert "output_tokens" in p and "input_tokens" not in p


def test_keeps_up_with_a_daily_load():
    q = "Llama 3.1 8B派单，L4跑得动吗？每天5w单，每单输入1k token"
    assert compute(parse(q)).intent == "fleet"


def test_a_daily_share_of_weekly_said_as_a_fraction():
    q = "周活大概60万，日活一般是周活的四分之一，每人每天问3次，用Llama 3.1 8B，L4要几张"
    assert_params(q, {"dau_per_wau": 0.25})


def test_places_charged_each_month_are_the_users():
    q = "we charge clinics $59/month per clinic, 120 clinics signed. we rent 2 L40S at $1.10/hr. margin?"
    assert_params(q, {"users": 120.0})


def test_a_backlog_is_one_batch():
    q = "we need to summarise an archive of 800,000 old emails, ~600 tokens in, 80 out each, Llama 3.1 8B on 4 L4. how many days will that take?"
    assert compute(parse(q)).value("job_hours") > 0


def test_the_first_year_is_no_period():
    q = "小程序上线第一年日活3万，预计每年涨60%，3年后要多少张L4？每人每天2次对话，Llama 3.1 8B"
    assert_params(q, {"period_months": 36.0})


def test_users_said_to_rush_to():
    q = "国庆期间日活能冲到80万，每人每天问2次，Qwen2.5 7B上L4，要租多少张？"
    assert_params(q, {"users": 800000.0})


def test_a_budget_carved_out_for_ai():
    q = "今年预算给AI划了200万，一台8卡L40S服务器大概60万，能买几台？"
    assert_params(q, {"budget_cny": 2000000.0})


def test_conversations_a_day_across_the_network_with_turns():
    q = "~6,000 check-ins a day across the stores, 3 turns each, Llama 3.1 8B on L4, how many?"
    assert_params(q, {"queries_per_day": 6000.0, "turns_per_session": 3.0})
