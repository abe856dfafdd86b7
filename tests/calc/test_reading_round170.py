"""Round 170 (daycare centres, Chinese moving companies, coworking spaces; sealed: Chinese opticians, courier
depots, Chinese dental clinics). Found on the first runs: "10,000 families, 2 msgs a day" a count of nothing;
"one report per kid per day", "one story per child per day" unread; "40 enquiries a day, each one is a
back-and-forth of about 8 messages" the turns unread; "Would Qwen2.5 72B on 2x A100 80GB be fast enough, like under
30 ms per token?" refused; "60 times a day … 2 H100 PCIe rented … cost per roster" the fully busy cost alone (1/475
of what the day's rent over 60 rosters is); "waits more than 1 second for the reply to start" unread; "we rent 2
L40S … at full tilt they'd do 1,800 tokens/s each" a time per token, refused; "Our pilot box does about 2,400
tokens/s total … How many minutes does that take?" a fleet of H100s; "$38,000 for a 4x L40S server" a card's
price; "30 roster runs a day" unread; "generate 22k personalised newsletter intros, ~600 words each" the prompts;
"6,500 emails per send … what does one send cost us?" a day's and a month's bill; "plan to be at 25k within 18
months … need at 25k?" a card's price; "a PowerEdge with 4x L40S at $62,000" a card's price; "A heavy member uses
about 6,000 tokens per day" the day's tokens; "320 GPU-hours on A100 … on rented H100 SXM at $2.99/hr" the rent
unread; "if we get 7 points better" unread; "1 credit = 1 GPU-hour" one GPU-hour granted; "cost per 1,000 help desk
tickets" refused; "每天派单量8k单左右，每单要调模型4次", "一天进线1200通左右 … 每通电话按6轮对话算", "每天咨询大概三四百个，一个客户
平均来回聊8轮" the turns unread; "每个客户一整段对话下来总共输出2000 token" one answer; "一个汉字大概算0.7个token" a prompt of
0.7 tokens; "技术说优化完能到45%" a claim, refused; "客户每条消息平均30个单词" the answer; "买台HGX H200 … 报价一台230万 …
三年下来连电费总共多少钱" the weights' fit. Sealed: "平均每次回答300个token" an energy question; "每个月只要300块" 300
cards; "每天验光单三千五百张左右" 3,500 cards; "上线半年了 … 一年半以后" two horizons; "a line or two per stop" a
claim; "40 depot batches a night, ~2,500 … notes per batch" unread; "with maybe 40% extra for server and
networking" unread; "active weekly, ~70% on a given day" a monthly share; "给五百来个患者发…短信" unread; "总价12万"
unread; "全集团每天大概9000次患者问答" each clinic's. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, figure, headline


def test_families_are_the_people_counted():
    q = "could it serve parent chat for 6,000 families, 2 msgs a day, 500 in 150 out, on Mistral 7B on L4?"
    assert_params(q, {"users": 6000.0, "queries_per_user": 2.0})


def test_one_thing_of_a_kind_per_person_per_day():
    q = "1,200 pupils, one summary per pupil per day, ~500 tokens in and 200 out on Mistral 7B. how many L4s?"
    assert_params(q, {"users": 1200.0, "queries_per_user": 1.0})


def test_one_story_each_per_day_said_in_words():
    q = "about 900 children, one update per child per day, 300 tokens each. monthly cost on an L4 at $0.70/hr?"
    assert_params(q, {"queries_per_user": 1.0})


def test_each_one_is_a_back_and_forth_of_so_many_messages():
    q = "We get about 60 leads a day, each one is a back-and-forth of roughly 6 messages, prompts 1k tokens, replies 120 tokens. Rent an L40S at $0.90/hr or pay an API $0.50 per million tokens for Llama 3.1 8B?"
    assert_params(q, {"queries_per_day": 60.0, "turns_per_session": 6.0})


def test_too_few_cards_for_a_speed_target_says_the_fit():
    q = "Would Qwen2.5 72B in bf16 on 2x A100 80GB be fast enough, like under 40 ms per token? We run it 20 times a day"
    res = compute(parse(q))
    assert "does not fit" in res.headline
    assert any(u.text == "40 ms" and "does not fit on the 2 cards" in u.reason for u in res.unused)


def test_rented_cards_at_a_small_load_cost_their_day_per_request():
    q = "Managers run the planner about 40 times a day, 6k tokens in, 1k out. On 2 H100 SXM rented at $2.50/hr each with Llama 3.1 70B, what's the cost per plan?"
    each = figure(q, "cost_per_query_at_load_usd")
    assert each is not None and abs(each - 2 * 2.5 * 24 / 40) < 0.01


def test_waiting_for_the_reply_to_start_is_time_to_first_token():
    q = "600 parents, 3 msgs a day each, peak 5x. How many L4 so no one waits more than 2 seconds for the answer to start? Llama 3.1 8B"
    assert_params(q, {"ttft_ms": 2000.0})


def test_they_do_so_many_tokens_a_second_each_is_the_cards_rate():
    q = "We rent 4 L4 at $0.70/hr each. Busy maybe 30% of the day. What's our real cost per million tokens if flat out they'd do 900 tokens/s each on Llama 3.1 8B?"
    assert_params(q, {"observed_tokens_per_s_per_gpu": 900.0, "utilization": 0.3})


def test_a_measured_boxs_rate_times_a_job_without_a_card_named():
    q = "Our test box does about 3,000 tokens/s total on Mistral 7B. Tonight we need 2,400 summaries at roughly 250 tokens each. How many minutes does that take?"
    hours = figure(q, "job_hours")
    assert hours is not None and abs(hours - 2400 * 250 / 3000 / 3600) < 1e-6


def test_a_quote_for_a_sized_server_is_the_servers_price():
    q = "Vendor quoted $41,000 for an 4x L40S server, we'd buy 3 of them. 5-year cost with power at $0.12/kWh, 1.8 kW per server?"
    assert_params(q, {"server_price_usd": 41000.0})


def test_runs_a_day_are_requests():
    q = "Could we run Llama 3.1 405B on one HGX H200 box for 50 planning runs a day, 3k tokens in, 2k out?"
    assert_params(q, {"queries_per_day": 50.0})


def test_generated_intros_words_each_are_the_answers():
    q = "We need to generate 14k member newsletter intros per send, ~350 words each. How many hours on an L40S with Llama 3.1 8B?"
    assert_params(q, {"output_tokens": 350 / 0.75})
    assert "input_tokens" not in parse(q).params


def test_the_cost_of_one_send_is_the_batch():
    q = "Weekly digest: 9,000 emails per send, each a ~300 output token intro from an 800-token prompt. At $0.10 per million input tokens and $0.40 per million output tokens, what does each send cost?"
    cost = figure(q, "batch_cost_usd")
    assert cost is not None and abs(cost - 9000 * (800 * 0.10 + 300 * 0.40) / 1e6) < 0.01


def test_a_count_said_again_is_no_price():
    q = "We're at 3k members and expect to be at 12k within 2 years. Each asks about 4 questions a day. On Mistral 7B with L4s, how many L4s at 12k?"
    assert_params(q, {"users": 3000.0, "users_to": 12000.0})
    assert "price_usd" not in parse(q).params


def test_a_named_box_with_cards_is_priced_as_the_box():
    q = "HPE quoted a ProLiant with 8x L40S at $120,000 and they'd give 10% off. What's that per GPU?"
    assert_params(q, {"server_price_usd": 120000.0, "gpus_per_server": 8.0})


def test_a_heavy_user_uses_so_many_tokens_a_day():
    q = "A power member uses about 8,000 tokens per day. We have 900 members. How many L4 for Llama 3.1 8B?"
    assert_params(q, {"tokens_per_user_day": 8000.0, "users": 900.0})


def test_hours_of_the_same_job_at_a_stated_rent():
    q = "Last month's fine-tune used 500 GPU-hours on A100 80GB. What would the same job cost on rented H100 SXM at $2.50/hr, if H100 is ~2x faster?"
    head = headline(q)
    assert "250 GPU-hours on H100 SXM" in head and "US$625" in head


def test_points_better_on_an_mfu_said_with_words_between():
    q = "mfu on the current llama run is 30%, if we get 5 points better how much quicker is a 1B token run of Llama 3.1 8B on 8x H100?"
    assert_params(q, {"mfu": 0.3, "mfu_gain_points": 0.05})


def test_credits_defined_as_gpu_hours():
    q = "We sell GPU time as credits, 1 credit = 1 GPU-hour on H100 SXM. Fine-tune Llama 3.1 8B on 2B tokens at ~400 TFLOP/s per GPU: how many credits?"
    assert_params(q, {"gpu_hours_per_su": 1.0})
    assert "gpu_hours" not in parse(q).params


def test_cost_per_thousand_tickets_of_two_words():
    q = "cost per 1,000 support desk tickets if a ticket is ~5 messages, 600 tokens in and 120 out, on Llama 3.1 70B with 4x H100 SXM rented at $2.20/GPU-hr?"
    assert parse(q).intent == "throughput"


def test_zh_orders_a_day_with_calls_per_order():
    q = "每天订单量5k单左右，每单要调模型3次，每次输入1500 token输出150 token，L40S跑Qwen2.5 7B要几张"
    assert_params(q, {"queries_per_day": 5000.0, "turns_per_session": 3.0})


def test_zh_calls_a_day_said_after_the_day_with_turns_per_call():
    q = "客服热线一天进线800通左右，每通电话按5轮对话算，每轮输入120个token，回复60个token，用Qwen2.5 72B要几张H20？"
    assert_params(q, {"queries_per_day": 800.0, "turns_per_session": 5.0})


def test_zh_enquiries_a_day_then_one_customers_turns():
    q = "每天咨询大概五六百个，一个客户平均来回聊6轮，用Qwen2.5 7B，需要几张L4？"
    assert_params(q, {"turns_per_session": 6.0})


def test_zh_each_customers_total_output_is_a_users_day():
    q = "直接调API，每百万token 4块钱。每天大概2000个客户，每个客户一整段聊下来总共输出3000 token左右，一个月多少钱？"
    assert_params(q, {"tokens_per_user_day": 3000.0, "users": 2000.0})


def test_zh_tokens_per_character_with_a_hedge_and_a_verb():
    q = "全是中文，一个汉字大约算0.6个token。客户每次说话平均50个字，每天3000通，用Qwen2.5 7B，L4要几张？"
    assert_params(q, {"tokens_per_character": 0.6})


def test_zh_mfu_after_tuning_reaches():
    q = "现在MFU只有30%，工程师说调优完能到40%，原来训一次要12天，调优后几天？"
    assert_params(q, {"mfu": 0.3, "mfu_to": 0.4})


def test_zh_customers_messages_are_read():
    q = "客服用英文，一个token约0.75个英文单词。客户每条消息平均45个单词，回复平均90个单词，每天600条，Llama 3.1 8B跑L4要几张？"
    assert_params(q, {"input_tokens": 60.0, "output_tokens": 120.0})


def test_zh_a_box_bought_and_powered_over_years_is_no_fit_question():
    q = "想买台HGX H100跑Llama 3.1 70B，报价一台210万，电费八毛一度，五年下来连电费一共多少钱？"
    assert parse(q).intent != "memory"


def test_zh_an_answers_length_per_request_is_no_energy_question():
    q = "我们每天咨询量大概5000次，平均每次回答200个token，用Qwen2.5 7B，真的要买2张L40S吗？"
    assert parse(q).intent != "energy"


def test_zh_kuai_after_a_month_is_yuan():
    q = "有家公司说我们每天6000次咨询、每次输入500输出150 token，用他们的API每个月只要200块，按每百万token 3元算，对吗？"
    assert_params(q, {"budget_cny": 200.0})
    assert "gpus" not in parse(q).params


def test_zh_sheets_a_day_counted_in_zhang_are_requests():
    q = "每天处方单两千张左右，每张输入800 token，输出60 token，Qwen2.5 7B，L4要几张？"
    assert_params(q, {"queries_per_day": 2000.0})


def test_zh_how_long_a_service_has_run_is_no_horizon():
    q = "我们的AI客服上线一年了，咨询量每半年翻一番，现在每天5千次，两年以后要多少张L40S？每次输出150 token，模型Qwen2.5 7B。"
    assert_params(q, {"period_months": 24.0})


def test_a_line_or_two_is_no_count():
    q = "~200 routes a night, 90 stops each, the model writes a line or two per stop (300 tokens in, ~30 out). How many L4 with Llama 3.1 8B?"
    assert "claimed_value" not in parse(q).params
    assert_params(q, {"queries_per_day": 200.0, "items_per_batch": 90.0})


def test_a_hedged_share_added_for_the_build():
    q = "We have $200k capex. MI300X at about $16k per card, with probably 30% extra for server and networking. How many cards?"
    assert_params(q, {"all_in_multiple": 1.3})


def test_a_daily_share_of_weekly_actives():
    q = "We have 5,000 riders active weekly, ~60% on a given day. Each sends ~20 messages a day, 80 in 40 out. Llama 3.1 8B on L4, how many cards?"
    assert_params(q, {"dau_per_wau": 0.6})


def test_zh_messages_sent_to_each_person_a_day():
    q = "每天要给三百来个会员发个性化提醒消息，输入大概800 token，每条输出100 token，用Qwen2.5 7B一张L4够不够？"
    assert_params(q, {"queries_per_day": 300.0})


def test_zh_a_packages_total_price_per_gpu_hour():
    q = "云厂商的训练套餐：1000 GPU小时的H100 SXM，总价8万，折合每卡每小时多少？够把Llama 3.1 8B在20亿token上训一遍吗？"
    price = figure(q, "price_per_gpu_hour_cny")
    assert price is not None and abs(price - 80.0) < 1e-6


def test_zh_the_whole_groups_day_is_all_places_load():
    q = "每家诊所放一台小机器，一共30家诊所，每家配1张L4，全集团每天大概6000次问答，每次输入500 token输出200 token，Qwen2.5 7B够吗？"
    assert_params(q, {"queries_per_day": 6000.0})
