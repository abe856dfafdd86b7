"""Round 171 (dark kitchens, Chinese tutoring centres, self-storage; sealed: Chinese bookstores, HVAC contractors,
Chinese KTV chains). Found on the first runs: "2 L40S boxes in the back office at every site … 14 sites" billed 8
cards (112 now); "11 dark kitchens … One L40S server per kitchen" billed one server and sized a GPT-3 fleet; "a 3x
dinner peak" unread; "each of our 2 inference nodes does ~5k tokens/s … at 60% avg utilization" refused; "grow
volume ~5x. How many cards then, and what's the buy cost" priced today's cards; "一天AI生成的内容大概2000万token"
one answer of 20 million tokens, refused; "刚融了300万，一半打算花在GPU上" refused; "技术外包说 … 要一周，真的要这么久吗"
an MFU of 0.6%; "14,500 unit listings (10x10s, 5x5 lockers …)" 14,500 GPUs and a 10x factor; "maybe 5% of them
message us on any given day" unread; "(1$ US = 1.52 AUD)" a budget of US$1; "20k active tenants daily" each
one's requests; "Each night we regenerate ~4,300 listing blurbs" each user's. Sealed: "一张差不多1.6w" watts,
refused; "IT小哥说 … 我感觉吹牛了吧" a measurement; "at least 20 tokens a sec after that" a measured rate (26 H100,
2 now); "half the money goes to the rest of the box" dropped; "900+ calls in one day" a memory question; "Calls
avg 5 turns" unread; "maybe 1,200 on any given day" unread; "四十六家店，每天订房聊天八千多通，每通聊五六轮" 368,000
requests (40,000 to 48,000 now); "3天内要把120万条个性化短信生成完" a day's; "每千次对话成本 … 单卡实测每秒出800 token" a
power bill; "会员大概12万 … 日活8000人" sized for the members; "问题一般100来字" unread; "每天新进书大概1200种 … 给每本写"
unread; "一批大概800本书 … 一批要多久" unread. These tests say the same in other words."""

from __future__ import annotations

from calc import parse
from tests.calc.reading_helpers import assert_params, figure, headline


def test_boxes_at_every_site_times_the_sites():
    q = "We'd put 3 L4 servers in the stock room at every location, 2 GPUs per server, 150 W per GPU. 9 locations, $0.20/kWh. Monthly power bill?"
    assert_params(q, {"sites": 9.0, "servers": 27.0})


def test_one_server_per_place_times_the_places():
    q = "Seven restaurants, sorry, 7 restaurants. One L4 server per restaurant pulling ~400 W, power $0.25/kWh. Monthly electricity for all of them?"
    assert_params(q, {"sites": 7.0, "servers": 7.0})


def test_a_peak_named_by_its_meal():
    q = "Measured 2,000 tok/s per L4 on Llama 3.1 8B. We output about 50M tokens a day. How many cards with a 4x breakfast peak?"
    assert_params(q, {"peak_factor": 4.0})


def test_each_of_our_nodes_does_a_rate():
    q = "each of our 3 serving nodes does ~4k tokens/s measured. at 50% avg utilization how many output tokens a day is that?"
    assert_params(q, {"observed_tokens_per_s_per_server": 4000.0, "utilization": 0.5})


def test_grow_volume_then_price_the_added_cards():
    q = "We run 4 L40S today, fine for now. Expansion should grow volume ~3x. How many cards then, and what's the buy cost at $8k a card?"
    head = headline(q)
    assert "8 more" in head and "64,000" in head


def test_zh_a_days_generated_volume():
    q = "全公司一天AI生成的文字大概5000万token，想自己部署Qwen2.5 7B，用L40S，要几张？"
    assert_params(q, {"tokens_per_day": 5e7})


def test_zh_money_raised_is_a_budget():
    q = "刚融资500万，一半打算花在GPU上，L40S每张6万，能买几张？"
    assert_params(q, {"budget_cny": 5e6, "budget_share": 0.5})


def test_zh_a_time_said_then_doubted():
    q = "外包公司说用4张H100训我们的Llama 3.1 8B，数据2亿token跑3个epoch，要十天，真的要这么久吗？"
    assert figure(q, "claimed_days") is not None


def test_sizes_are_no_factor_and_units_no_cards():
    q = "Rewrite descriptions for 9,000 unit listings (10x15s, 5x10 lockers). About 150 words in, 100 words out each. How long on one L40S with Llama 3.1 8B?"
    p = parse(q).params
    assert "factor" not in p and p.get("gpus") != 9000.0


def test_a_share_of_people_who_message_on_a_day():
    q = "we have 8,000 renters across 30 sites, maybe 4% of them message us on any given day, 3 msgs each. one L4 enough for Llama 3.1 8B?"
    assert_params(q, {"dau_per_mau": 0.04})


def test_a_dollar_sign_then_its_country_is_a_rate():
    q = "Kiwi operator here (1$ US = 1.70 NZD). Quote is NZ$60,000 per server with 4 L40S. How many servers for 2,000 chats a day on Qwen2.5 72B?"
    assert_params(q, {"local_per_usd": 1.7})


def test_active_tenants_daily_are_users():
    q = "About 15k active tenants daily, each uses ~900 tokens a day. Llama 3.1 8B on L4, how many cards?"
    assert_params(q, {"users": 15000.0})


def test_each_night_we_make_so_many_is_the_days():
    q = "Every night we refresh ~6,000 product blurbs. 250 tokens in, 120 out, Llama 3.1 8B on L4. How many cards?"
    assert_params(q, {"queries_per_day": 6000.0})


def test_zh_a_cards_price_in_wan_typed_as_w():
    q = "后台攒台机器，6张4090，一张差不多1.5w，加上主板电源机箱这些按1.3倍算，总共要多少钱？每张卡功耗算450瓦，电费一度0.6，一年电费多少？"
    assert_params(q, {"price_cny": 15000.0, "watts_per_gpu": 450.0})


def test_zh_a_boast_is_a_claim():
    q = "运维说一张L40S跑Qwen2.5 7B每秒能出5000 token，我感觉吹牛了吧？"
    assert "observed_tokens_per_s_per_gpu" not in parse(q).params


def test_a_speed_after_the_first_word_is_a_target():
    q = "Need the first token in under 500 ms and at least 25 tokens a sec after that. Llama 3.1 70B on H100s, about 30 calls at once. How many?"
    assert_params(q, {"tpot_ms": 40.0})


def test_half_the_money_to_the_rest_of_the_box():
    q = "We have about $20k for a local AI server. L40S are ~$8,000 apiece and roughly half the money goes to the rest of the server. How many cards?"
    assert_params(q, {"budget_share": 0.5})


def test_calls_in_one_day_are_the_days():
    q = "Busiest day last winter we got 1,200+ calls in one day, busiest hour maybe 5x average. Llama 3.1 8B, 1k prompt, 120 answer. How many L4?"
    assert_params(q, {"queries_per_day": 1200.0})


def test_things_priced_average_so_many_turns():
    q = "Rough cost per 100 booked calls if we rent an L40S at $0.90 an hour running Llama 3.1 8B? Calls avg 6 turns, 800 tokens in, 120 out."
    assert_params(q, {"turns_per_session": 6.0})


def test_a_days_count_of_weekly_users():
    q = "About 1,500 techs use the parts app weekly, maybe 900 on any given day, each logs 3-5 jobs. Qwen2.5 7B on L4, how many cards?"
    assert_params(q, {"dau_per_wau": 900 / 1500})


def test_zh_shops_counted_beside_the_days_conversations():
    q = "我们一共三十家店，每天订座聊天五千多通，每通聊四轮，用Qwen2.5 7B，一张L4够不够用？"
    assert_params(q, {"queries_per_day": 5000.0, "turns_per_session": 4.0})
    assert "users" not in parse(q).params


def test_zh_a_batch_due_within_days_is_a_days_share():
    q = "双十一前，5天内要把200万条个性化推送生成完，每条输入300 token输出100 token，用L40S跑Qwen2.5 7B要几张？"
    assert_params(q, {"queries_per_day": 400000.0})


def test_zh_cost_per_thousand_on_an_owned_measured_card():
    q = "自己买L40S跑客服，每千次对话成本多少？卡6万一张，按三年摊，电费0.8一度，每张卡连机器功耗500W，单卡实测每秒出1500 token，每次对话输出250 token"
    assert parse(q).intent == "throughput"
    assert figure(q, "cost_per_n_requests_cny") is not None


def test_zh_daily_actives_over_members():
    q = "会员大概30万，估计日活1万人左右，每人每天问2次，用Qwen2.5 7B要几张L40S？"
    assert_params(q, {"users": 10000.0})


def test_zh_about_so_many_characters():
    q = "日活5000人，每人每天问4次，问题一般80来字，回答200字左右。用Qwen2.5 7B的话要几张L4？"
    assert parse(q).params.get("input_tokens") is not None


def test_zh_the_days_items_each_written_for():
    q = "每天上新商品大概800款，想让AI给每款写一段150字左右的卖点文案，一张L4跑Qwen2.5 7B够用吗"
    assert_params(q, {"queries_per_day": 800.0})


def test_zh_one_batch_counted_in_ben():
    q = "每次进货一批大概600本书，想一批一起生成上架文案，每本输出250 token，用Qwen2.5 7B跑在一张L40S上，一批要多久？"
    assert_params(q, {"queries_per_day": 600.0})
