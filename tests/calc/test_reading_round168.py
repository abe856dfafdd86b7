"""Round 168 (laundromats, Chinese bakeries, community theatres; sealed: Chinese homestays, car washes, Chinese
elder-care homes). Found on the first runs: "the server itself around $14k" was a second card price and "4 of them in
one box" four servers; "start answering in under 800 ms" was a time per token; "figure 4 texts each per day" was blanked
as a document's Figure 4; "回复大概150个英文单词" was 150 tokens; "一张才5万多按5.2万" read 一张 as one card and dropped both
prices; "a libretto is maybe 22,000 words" to translate was the answer's length and "About how much per script?" with 2
rented cards the day's rent; "about 800 patrons a day" was the day's requests, and 2 x 2.74 cards were 5.49 cards; "squeeze
the MFU up to 45% (she says it was about 30% last time)" was a claim; "Each show has roughly 1,800 subtitle cues … one
batch job … how many minutes per show?" sized a fleet. Sealed: "an L40S server w/ 8 gpus" was billed as one card; "10
msgs per convo" was unread; "vendor says a single card handles" was dropped; "doubling every 5 months … at 20x and how
many L4" was unread; "our 8x box" was eight boxes; "got approved 250k" and "批了30万AI预算" were unread; "RTX 4090 … Mistral
7B. yearly cost running 24/7?" was refused; "40 lookups/min" was each user's; "node w 8 gpus, $92k each … buying 3" was
three cards at $92k; "lunch rush is 5x", "~25% more members every year, currently 60k" were unread; "每天聊1500 token"
was one answer's length; "MFU才25%，如果能调到40%" two options; "每天给家属推一条 … 家属一共1800个" one request a day;
"一千二百来位居家老人" unread; "够多少老人每天聊10次" ten a day for all; "H20一张8.5万，跑Qwen2.5 72B，多久能回本" named the model;
"每次大概8轮，一轮输入…" three rates; "3万份…记录 … 10天内弄完" unread; "能覆盖多少老人" the price alone; "峰值并发估计到800" unread;
"语音转写大概2k token" written; "每个家属每周一份" dropped and the people a day's requests; "a DGX B200 can handle 50,000" no
box checked. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_chassis_price_and_the_cards_that_go_in_one_box():
    q = "L40S cards run $7,400 each and the chassis alone about $9k. we want 2 of them in a single server, total?"
    res = compute(parse(q))
    assert res.headline.startswith("US$23,800")


def test_the_reply_starting_is_a_time_to_first_token():
    q = "the assistant should begin replying in under 1.2 s, 150 concurrent chats, Llama 3.1 8B on L40S, how many?"
    assert_params(q, {"ttft_ms": 1200.0})


def test_figure_as_reckon_before_things_counted_each_a_day():
    q = "we have 5k members, figure 6 questions each per day, how many L40S for Llama 3.1 8B?"
    assert_params(q, {"users": 5000.0, "queries_per_user": 6.0})


def test_chinese_words_after_the_answer_are_words_not_tokens():
    q = "用Llama 3.1 8B，每秒20个请求，输入300 token，回答大约300个英文单词，L4要几张？"
    p = parse(q).params
    assert p["output_tokens"] == pytest.approx(400.0)


def test_a_rough_card_price_then_the_one_to_use():
    q = "MI300X听说一张也就12万多按12.5万，跑Llama 3 70B，每天50万次对话，要几张，总价多少"
    assert_params(q, {"price_cny": 125000.0})
    assert "gpus" not in parse(q).params


def test_the_document_translated_is_what_the_model_reads_and_about_as_long_out():
    q = ("we translate our museum guidebook with Llama 3.1 70B. The guidebook is about 15,000 words. "
         "On rented H100 SXM at $2.20/hr, what does translating one guidebook cost?")
    req = parse(q)
    assert req.params["input_tokens"] == pytest.approx(20000.0)
    res = compute(req)
    assert res.value("cost_per_query_usd") > 0
    assert any(a.name == "output_tokens" and a.origin == "derived" for a in res.assumptions)


def test_the_cost_of_one_item_on_a_counted_rented_fleet():
    q = ("A typical chapter is roughly 9,000 words; we'd rent 4 A100 80GB at $1.60 an hour to summarise it with "
         "Llama 3.1 70B. About how much per chapter?")
    res = compute(parse(q))
    assert res.value("cost_per_query_usd") > 0 and res.intent == "throughput"


def test_patrons_are_people():
    q = "our box office bot sees about 1,200 patrons a day on 1 L4, growing 30% a year. how many cards in 2 years?"
    assert_params(q, {"users": 1200.0})


def test_cards_grown_are_whole_cards():
    q = "we run 3 L4s today for 900 users a day, growing 50% a year. how many cards will we need in 2 years?"
    res = compute(parse(q))
    assert res.headline.startswith("7 L4")


def test_the_earlier_mfu_said_after_as_what_it_was():
    q = "the last run took 10 days on 16 H100s. we think we can push the MFU up to 50% (it was about 35% last time). how many days then?"
    assert_params(q, {"mfu": 0.35, "mfu_to": 0.5})


def test_a_batch_named_then_its_items_and_the_minutes_asked():
    q = "Each concert has about 2,400 program notes we send as one batch. Each is 60 tokens in, 80 out. On one L4 with Llama 3.1 8B, how many minutes per concert?"
    res = compute(parse(q))
    assert res.value("job_hours") is not None


def test_one_server_of_a_stated_size_billed():
    q = "what's the monthly power bill for an L4 server with 4 gpus running nonstop at 15 cents/kWh?"
    assert "for 4 L4" in compute(parse(q)).headline


def test_a_conversations_turns_make_a_users_day():
    q = "how many daily users can two L40S serve on Llama 3.1 8B? say 6 messages per conversation, 300 tok in 100 out"
    res = compute(parse(q))
    assert parse(q).params["turns_per_session"] == 6.0
    assert all("6 messages" not in u.text for u in res.unused)


def test_a_single_card_claimed_to_handle_a_load():
    q = "the reseller says a single card handles all our 20,000 chats a day (an L40S), 500 in 200 out, Llama 3.1 8B. true?"
    assert_params(q, {"gpus": 1.0})


def test_a_multiple_and_a_doubling_time_give_the_horizon_of_a_fleet():
    q = "requests double every 6 months, 2,000 a day now. when are we at 16x and how many H100 for Llama 3 70B then?"
    assert "32,000 queries a day" in compute(parse(q)).headline


def test_a_box_named_by_its_size():
    q = "our 4x box does 3k tokens/sec measured (L40S, Llama 3.1 8B). how many 200 token replies a day?"
    assert_params(q, {"gpus_per_server": 4.0})
    assert "servers" not in parse(q).params or parse(q).params["servers"] == 1.0


def test_money_approved_is_a_budget():
    q = "we were approved 400k for the pilot, figure cards are 60% of that. L40S at $8,000 each, how many?"
    assert_params(q, {"budget_usd": 400000.0})


def test_a_budget_for_something_named_between():
    q = "学校批了50万GPU预算，一半买卡，4090按1.6万一张，能买几张？"
    assert_params(q, {"budget_cny": 500000.0})


def test_a_models_bill_on_cards_with_no_count_is_one_copys():
    q = "L40S is $8,000, electricity $0.15/kWh, Llama 3.1 70B. what's the yearly cost running nonstop?"
    res = compute(parse(q))
    assert res.intent == "power" and "for 2 L40S" in res.headline


def test_any_things_counted_a_minute_are_a_rate():
    q = "about 90 bookings/min at peak hour, Llama 3.1 8B on L4, 400 tok in 80 out, how many?"
    assert_params(q, {"qps": 1.5})


def test_a_node_with_its_size_priced_then_the_nodes_bought():
    q = "dell L40S node w 4 gpus, $48k each, 5% off, buying 2. power 2.5 kW per node at $0.10/kWh. 2 yr total?"
    assert_params(q, {"gpus_per_server": 4.0, "server_price_usd": 48000.0, "servers": 2.0})


def test_a_rush_multiple_is_the_peak():
    q = "about 2 req/s on average but the evening rush is 4x. Llama 3.1 8B on L4, 500 in 200 out, how many?"
    assert_params(q, {"peak_factor": 4.0})


def test_people_added_a_year_and_counted_now():
    q = "we add ~30% more subscribers every year, currently 40k. in 3 yrs how many L40S if each sends 2 msgs a day on Llama 3.1 8B"
    assert_params(q, {"users": 40000.0, "growth_rate_year": 0.3})


def test_each_persons_day_of_tokens_said_with_the_chat():
    q = "每位会员平均每天和AI聊2000 token左右，会员3万，Llama 3.1 8B 用 L40S 要几张？"
    assert_params(q, {"tokens_per_user_day": 2000.0})


def test_mfu_adjusted_to():
    q = "上次16张A100训Llama 3 8B跑了6天，MFU才28%，如果能调到42%要几天？"
    assert_params(q, {"mfu": 0.28, "mfu_to": 0.42})


def test_one_message_a_day_to_each_of_the_people_counted():
    q = "每天给家属发一条老人近况，家属一共5000个左右，每条输入500 token、输出200 token，API输入每百万2元、输出每百万8元，一个月多少钱？"
    assert_params(q, {"users": 5000.0, "queries_per_user": 1.0})


def test_people_served_at_home_counted_with_their_kind():
    q = "我们现在服务八百来位居家老人，明年要到3000人，现在1张4090够用，到时候要几张？"
    assert_params(q, {"users": 800.0, "users_to": 3000.0})


def test_how_many_people_each_so_many_times_a_day_on_an_api_budget():
    q = "每月API预算5000元，输入每百万2元、输出每百万8元，每次输入800 token、输出200 token，能撑多少会员每天用5次？"
    res = compute(parse(q))
    assert res.value("users_in_budget") == pytest.approx(5000 / (5 * 30.4375 * (800 * 2 + 200 * 8) / 1e6), rel=1e-3)


def test_payback_of_one_copy_of_the_model_named():
    q = "每个会员每月收20元，现在有500位，L40S一张6万，跑Qwen2.5 72B，多久能回本？"
    res = compute(parse(q))
    assert all("Qwen" not in u.text for u in res.unused)


def test_a_chats_turns_said_after_each_persons_chats():
    q = "每位用户一天用3次，每次大概6轮，一轮输入800 token，输出150 token，一共2000个用户，用L4跑Llama 3.1 8B要几张？"
    assert_params(q, {"queries_per_user": 3.0, "turns_per_session": 6.0})


def test_a_job_with_a_deadline_in_other_words():
    q = "要把2万份历史病历记录做摘要，每份2k token输入、200 token输出，5天内干完，用Llama 3.1 8B要几张L4？"
    assert_params(q, {"queries_per_day": 4000.0})


def test_how_many_people_covered_by_a_priced_server():
    q = "买一台HGX H200报价大概280万，跑Llama 3.1 70B，能覆盖多少会员？按每人每天10次，每次输入500 token输出300 token。"
    res = compute(parse(q))
    assert res.value("users") > 0


def test_a_guessed_peak_concurrency_and_the_rent_over_days():
    q = "活动期间峰值并发预计到500，用Llama 3.1 70B，临时租H100每卡每小时12块，租10天要花多少？"
    req = parse(q)
    assert req.params["concurrent_users"] == 500.0
    assert "租用10天共" in compute(req).headline


def test_a_transcript_is_read_not_written():
    q = "每单出一份摘要发给家属，摘要200字左右就行，另外输入带上语音转写大概3k token，一天1000单，L4跑Qwen2.5 7B要几张？"
    p = parse(q).params
    assert p["input_tokens"] == 3000.0 and p["output_tokens"] < 1000


def test_a_weekly_rate_of_each_person_is_a_seventh_a_day():
    q = "8000个会员，每人每周问2次，Llama 3.1 8B用L4要几张？"
    assert_params(q, {"queries_per_user": 2 / 7})


def test_one_item_each_person_a_week():
    q = "每个学员每周一份学习报告，一共7000个学员，每份输出800 token，用1台HGX H100跑Llama 3.1 70B够吗？"
    assert_params(q, {"users": 7000.0, "queries_per_user": 1 / 7})


def test_a_box_claimed_to_carry_a_load():
    q = "the rep claims a DGX H100 can handle 20,000 users chatting at once on Llama 3.1 70B. plausible?"
    assert_params(q, {"servers": 1.0, "concurrent_users": 20000.0})
