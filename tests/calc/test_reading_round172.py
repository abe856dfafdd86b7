"""Round 172 (escape rooms, Chinese fitness studios, auto-repair shops; sealed: Chinese florists, pet groomers,
Chinese wedding-photo studios). Found on the first runs: "200 hints an hour at peak" a day's volume; "3,000
estimate write-ups an hour" unread; "200 tokens of description per photo" the prompt; "$25k for the H100" the new
card's price; "RTX 4090s go for about A$3,100" a second budget; "each customer update is ~90 tokens … 2 of them"
two users, and "at batch 32" beside a measured rate 32 streams on the pair (448 tokens/s, 2,800 now); "2 old
Supermicro boxes" unread; "takes us to ~350 users", "goal is 25k players/day" a second user count; "~35
estimators hammering it at the same time", "18 rooms live at once", "48 rooms total running at once" unread;
"maybe 15% of them on it any given day" unread; "SMS updates are capped at 160 characters … input is the RO
summary ~350 tokens" swapped; "smallest/cheapest GPU that does it?" no question; "how many AI game masters at once
could it run" a memory answer; "another 40% on top" of the server named before, unread; "server quote is AED
120,000" unread; "70 teams a day" unread, and "5 escape rooms" the users; "租8张跑一个礼拜" no week; "报价大概二百三十万
… 这台能跑Llama 3.1 405B吗" the price dropped; "每个会员一天平均也就用个两千token" each answer's length; "这半年 …
每三个月翻一倍 … 一年后" the half-year as the horizon; "一共一百二十家店，每店一张L4" 120 users; "首字延迟一秒内"
dropped; "一个汉字约等于0.7个token" a prompt of 0.7 tokens, refused. Sealed: "店里一台四卡4090的机器，整机大概一千八百瓦" one
card at 585 W; "每天写两千篇" with "每篇大概一百五十个单词" the prompt; "会员从现在两万涨到二十万" quoted wrong; "门店一共
六十家" unread; "两万SU" unread; "GB200 NVL72" named unused beside its price; "H100那边报二十二万" unread; "€1.60/hr, how
much for 2,000 gpu hours a year" 0.23 GPUs, refused; "list was $9,200" the budget; "gpu cost x1.4 for the server"
a claim; "a few hundred booking msgs an hour on sat" a day's volume whose upper end read 900 a second (231 L4);
"每单客户选片大概一百二十张" 120 cards; "L4和L40S每秒各能出多少token？差几倍？" TFLOPS; "全花在卡上" dropped; "再提高五个点"
unread; "按一个token零点七五个词算" 0.5 words a token; "每天五千张" 5,000 cards. These tests say the same in other
words."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, figure, headline


def test_an_hours_count_at_the_busy_time_is_a_rate():
    q = "We see about 360 reminder texts an hour at the Friday peak, ~80 tokens out. Llama 3.1 8B on one L4: ok?"
    assert_params(q, {"qps": 0.1})
    assert "queries_per_day" not in parse(q).params


def test_write_ups_are_requests():
    q = "rush hour is ~12 inspection write-ups a minute at 700 tokens each, Llama 3.1 8B on L40S. how many cards do we need?"
    assert_params(q, {"qps": 0.2})


def test_tokens_of_description_written_are_the_answer():
    q = "we want it to describe every listing photo: 300 tokens of description per photo, 40 photos per listing, 90 listings a day, Qwen2.5 7B on an L4. enough?"
    assert_params(q, {"output_tokens": 300.0})


def test_the_price_for_the_card_named_after_it():
    q = "to replace our 10 A100s with H100s at 2.5x the speed, how many H100 and is it cheaper at $28k a card vs $12k for the A100?"
    assert_params(q, {"price_usd": 28000.0, "match_price_usd": 12000.0})


def test_a_card_goes_for_a_local_price_beside_a_local_budget():
    q = "We have NZ$40,000 to spend (1 USD = 1.68 NZD). L40S cards go for about NZ$16,800 here. How many can we buy?"
    assert_params(q, {"budget_usd": 40000 / 1.68, "price_usd": 16800 / 1.68})


def test_a_customer_things_length_is_no_people_of_them():
    q = "We measured 900 tok/s per GPU on our L40S with Llama 3.1 8B at batch 16. Each customer reply is ~60 tokens out. How many replies an hour can 3 of them do?"
    assert_params(q, {"gpus": 3.0, "batch_per_replica": 16.0})
    assert figure(q, "tokens_per_s") == pytest.approx(2700.0)


def test_an_age_before_the_maker_of_the_servers():
    q = "we have 3 spare Dell servers with 4x L40S each. how many tokens/s on Llama 3.1 70B in fp8?"
    assert_params(q, {"servers": 3.0, "gpus_per_server": 4.0})


def test_a_rollout_takes_the_users_to_a_count():
    q = "60 users on the tool today with 1 L4. expanding to every branch gets us to ~420 users. how many L4 then?"
    assert_params(q, {"users": 60.0, "users_to": 420.0})


def test_a_goal_is_where_the_users_go():
    q = "3k members/day use the coach bot today, our goal is 40k members/day by next summer. how many H100 for Llama 3.1 70B?"
    assert_params(q, {"users": 3000.0, "users_to": 40000.0})


def test_things_going_on_at_once_are_the_concurrency():
    q = "on a busy night we have 26 tables live at once across the venue, Llama 3.1 8B on L4, how many cards?"
    assert_params(q, {"concurrent_users": 26.0})
    q = "about 40 advisors hitting the bot at the same time on Monday mornings, Llama 3.1 70B on H100 in fp8. GPUs?"
    assert_params(q, {"concurrent_users": 40.0})


def test_a_daily_share_on_it_any_given_day():
    q = "app has 20,000 monthly users, maybe 10% of them on it any given day, 4 questions each. Qwen2.5 7B on L4s, how many?"
    assert_params(q, {"users": 20000.0, "dau_per_mau": 0.1})


def test_sides_named_as_subjects_and_capped_messages():
    q = "our SMS reminders are limited to 300 characters, figure 4 chars per token. 5,000 texts a day. input is the visit summary ~500 tokens. Llama 3.1 8B on one L4 ok?"
    assert_params(q, {"output_tokens": 75.0, "input_tokens": 500.0})


def test_the_cheapest_card_asked_for_a_load():
    q = "roughly 3,000 clients a day, 3 messages each, ~100 tokens a message. cheapest GPU that can handle it?"
    assert parse(q).intent == "fleet"


def test_how_many_at_once_a_priced_server_runs():
    q = "a DGX H200 is quoted at $420k. how many AI tutors at once could it run on Llama 3.1 70B in fp8?"
    res = compute(parse(q))
    assert res.figure("concurrent_users") is not None
    assert "420,000" in res.headline


def test_the_build_added_on_top_of_the_cards():
    q = "getting 8 L4 cards at $2.5k each, plus the server case/cpu/ram which is probably another 30% on top. total?"
    assert_params(q, {"all_in_multiple": 1.3})


def test_a_server_quote_in_a_local_currency():
    q = "Riyadh office: server quote is SAR 150,000 (1$ = 3.75 SAR), 8 GPUs inside, L40S. how many concurrent chats on Llama 3.1 8B?"
    assert_params(q, {"server_price_usd": 40000.0})


def test_teams_a_day_are_the_users():
    q = "we run 3 escape rooms, about 40 teams a day on weekends, each team pings the bot ~12 times, 2k tokens in, 80 out. Llama 3.1 8B on L4s, how many?"
    assert_params(q, {"users": 40.0, "queries_per_user": 12.0})


def test_a_week_said_with_its_counter():
    q = "A100每小时四块钱一张，租4张跑两个星期，一共多少钱？"
    assert_params(q, {"days": 14.0, "gpus": 4.0})
    q = "4090每小时三块钱一张，租16张用一个星期，总共多少钱？"
    assert_params(q, {"days": 7.0})


def test_a_priced_server_beside_the_fit():
    res = compute(parse("想采购一台HGX H100，报价二百一十万，加上机柜网络按1.3倍，总共多少钱？这台放得下DeepSeek V3吗"))
    assert res.figure("capex_usd") is not None
    assert "273" in res.headline


def test_one_persons_day_of_tokens_in_chinese():
    q = "每个学员一天平均也就用个三千token吧，日活五千来人，Llama 3 8B跑L4，要几张卡？"
    assert_params(q, {"tokens_per_user_day": 3000.0, "users": 5000.0})


def test_this_half_year_is_the_window_seen():
    q = "这半年客服调用量差不多每四个月翻一倍，现在一天五万次请求，用L40S跑Qwen2.5 7B，两年后要多少卡？"
    assert_params(q, {"period_months": 24.0, "doubling_months": 4.0})


def test_stores_counted_in_chinese_numerals_each_with_a_card():
    q = "打算每家门店放台小主机，一共八十家店，每店一张L4，每家店高峰大概十个人同时在用，Llama 3.1 8B，扛得住吗？"
    assert_params(q, {"sites": 80.0, "gpus_per_server": 1.0})


def test_a_first_token_latency_of_one_second_in_words():
    q = "高峰大概八百人同时在用，Qwen2.5 72B，H100 SXM，首token延迟要在一秒内，要几张？"
    assert_params(q, {"ttft_ms": 1000.0})


def test_one_character_is_some_tokens_in_words():
    q = "每份报告大约两千字，一个汉字约等于0.6个token，一天出五百份，Qwen2.5 7B用L4要几张？"
    assert_params(q, {"tokens_per_character": 0.6})


def test_one_machine_described_is_the_one_billed():
    res = compute(parse("办公室一台八卡L40S的机器，整机大概三千瓦，24小时开着，电价0.8元一度，一年电费多少"))
    assert res.figure("power_it_mw").value == pytest.approx(0.003)
    assert "8张" in res.headline


def test_articles_written_a_day_in_chinese_numerals():
    q = "英文博客每篇大概两百个单词，1个token约0.75个单词，每天写三千篇，Llama 3 8B用L4要几张"
    assert_params(q, {"output_tokens": 200 / 0.75})


def test_a_count_before_a_verb_of_change_is_quoted_alone():
    st = next(s for s in parse("会员从现在三万涨到三十万的话，用Llama 3 8B，每人每天2次，L4要几张").stated if s.param == "users")
    assert st.text == "三万"


def test_stores_named_before_their_count():
    q = "准备每家店本地跑，店一共四十家，每店一张L4跑Qwen2.5 7B，全部门店加起来每天大概八千次咨询，够吗"
    assert_params(q, {"servers": 40.0, "gpus_per_server": 1.0})


def test_service_units_in_chinese_numerals():
    q = "学校超算1个SU等于1个GPU卡时，我们拿到三万SU，A100 80GB，Llama 3 8B能训多少token，MFU 40%"
    assert_params(q, {"gpu_hours": 30000.0})


def test_the_second_cards_quote_after_its_name():
    q = "MI300X报价一张十五万，H100那边报二十五万，跑Llama 3 70B每秒三十个请求，哪个总价低"
    prices = sorted(float(s.value) for s in parse(q).stated if s.param == "price_cny")
    assert prices == [150000.0, 250000.0]


def test_gpu_hours_a_year_bought_are_hours():
    q = "renting an A100 is $1.20/hr, how much for 3,000 gpu hours a year?"
    assert_params(q, {"gpu_hours": 3000.0})
    assert "3,600" in headline(q)


def test_a_list_price_said_in_the_past():
    q = "the reseller gave us 10% off on H100 PCIe, list was $30,000. budget is 200k. how many can we get"
    assert_params(q, {"price_usd": 30000.0, "budget_usd": 200000.0, "discount": 0.1})


def test_ones_own_quoting_multiple_for_the_build():
    q = "when quoting i usually take gpu cost x1.5 for the server, switch and install. 4 L40S at $9k a card. all-in?"
    assert_params(q, {"all_in_multiple": 1.5})


def test_a_vague_hourly_count_keeps_its_upper_end_in_the_same_unit():
    q = "we get a few hundred chats an hour on weekends, prompts 300-400 tokens, answers ~80. is one L4 enough with Llama 3.1 8B?"
    res = compute(parse(q))
    heads = [res.headline] + [alt.headline for alt in res.alternatives]
    assert len(heads) >= 2 and not any("million queries a day" in h for h in heads), heads


def test_photos_chosen_per_order_are_items():
    q = "旺季每天一千五百单，每单客户选片大概八十张，每张都让AI写一句文案，输出六十个token，用Llama 3.1 8B跑，要几张L4？"
    assert_params(q, {"items_per_batch": 80.0, "queries_per_day": 1500.0})
    assert "gpus" not in parse(q).params


def test_each_cards_tokens_a_second_compared():
    assert parse("同样跑Qwen2.5 7B，L4和A100每秒各能出多少token？差几倍？").intent == "throughput"


def test_the_whole_budget_on_cards_in_words():
    q = "预算就两百万，都花在卡上，L40S按五万一张算，能买多少张？"
    assert_params(q, {"budget_share": 1.0})


def test_mfu_points_in_chinese_numerals():
    q = "MFU现在四成左右，要是再提高八个点，16张H100训Llama 3 8B两百亿token能省几个小时？"
    assert_params(q, {"mfu": 0.4, "mfu_gain_points": 0.08})


def test_a_decimal_in_chinese_numerals_is_no_pair_of_digits():
    q = "每条说明大概八十个英文单词，按一个token零点七五个词算，每天三千条，用Llama 3.1 8B，L4几张？"
    assert_params(q, {"tokens_per_word": 1 / 0.75})


def test_so_many_a_day_in_zhang_are_no_cards():
    q = "每天八千张商品图要写描述，每张大概一百个token，用Qwen2.5 7B，L4几张？"
    assert "gpus" not in parse(q).params
    assert_params(q, {"queries_per_day": 8000.0})


def test_no_model_named_and_the_default_too_big_says_so():
    with pytest.raises(CalcError) as err:
        compute(parse("we'd sell the bot at $99/month per clinic, each does ~40 chats a day. how many clinics can one L4 carry at $0.80/hr rent?"))
    assert "named no model" in str(err.value)
