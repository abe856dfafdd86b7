"""Round 173 (event caterers, Chinese pharmacy chains, Chinese bubble-tea chains; sealed: Chinese funeral services,
tour operators, plumbing and roofing contractors). Found on the first runs: "买一台DGX H100大概280万" 2.8 million
servers (11.8万亿元 of rent); "输出每百万两块" 1,002,000 cards; "A100 80GB按23年的价" 23 years; "按每人每月九块九收费" a card
bought at 9.9元; "the H200 does 1.8x what an H100 does" 3.6 H100 of FLOPs; "the quote prompt has our whole price
list in it, about 6,000 tokens" the answer; "每天要出一堆新品文案 … 每篇八百字左右" the prompt; "每天输入大概两亿token、输出
三千万token" one volume; "回复两百" unread; "每千单呢" dropped; "输入是评价原文一百多字" unread; "加盟店2800家" unread;
"H20现在九万五左右" unread; "adds 40% more load" unread; "quoted £1,900/month to host" a charge per user.
Sealed: "殡葬一条龙服务" one request a person, "省里有十几家门店" eleven sites of their own (11 L4 for 1 L4's load);
"H20一张按十万块算" 100,000 cards; "两千万token跑三遍" two passes lost; "家属发过来的聊天内容平均每次一千字" the answer;
"十二千伏安", "一百千伏安" unread; "about 4,990 VA, power factor 0.95" unread; "call it 1,900 W usable", "限电八千瓦"
each card's draw; "whole PC maybe 650W at the wall" a second card's draw; "~35 photos per roof … 220 inspections a
day" unread; "monday mornings spike to 4x" unread; "respond within 500 milliseconds" a time per token; "~3,400
tok/s out of one of our 4x L40S boxes" one card's (and 16 L40S in GPT-3 replicas for a measured workload);
"$30k vs $15k per card" one card's price twice; "~40 estimates an hr" unread; "what does it take just to load it
in fp8" no question. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, figure, headline


def test_a_server_named_then_its_price_in_wan():
    q = "打算买一台HGX H200大概230万，或者租，每卡每小时二十五块，用两年哪个划算？"
    p = parse(q).params
    assert p.get("server_price_cny") == 2_300_000.0
    assert p.get("servers") == 1.0


def test_per_million_then_a_price_in_chinese_numerals():
    q = "API输入每百万token五毛，输出每百万三块，我们每天输入一亿token、输出两千万，一个月多少钱？"
    assert_params(q, {"cny_per_million_tokens": 3.0, "cny_per_million_input_tokens": 0.5})
    assert "gpus" not in parse(q).params


def test_a_year_said_by_its_last_two_digits():
    assert_params("H100按22年的价格，买八张大概多少钱？", {"year": 2022.0})
    assert "days" not in parse("H100按22年的价格，买八张大概多少钱？").params


def test_a_monthly_charge_said_in_kuai_then_charged():
    q = "打算按每人每月十九块九收费，日活八千，每人每天问三次，输入五百输出两百，Qwen2.5 7B用L4，能赚钱吗？"
    assert_params(q, {"cny_per_user_month": 19.9})
    assert "price_cny" not in parse(q).params


def test_a_card_does_a_multiple_of_what_another_does():
    q = "vendor says the B200 does 2.5x what an H100 does for inference. we run 10 H100s now, how many B200 would match that?"
    assert_params(q, {"speedup": 2.5})
    assert figure(q, "gpus") == 4.0


def test_what_the_prompt_holds_is_the_input():
    q = "the support prompt has the whole product manual in it, roughly 9,000 tokens. 20 users at once, Llama 3.1 70B on H100, how many?"
    assert_params(q, {"input_tokens": 9000.0})


def test_copy_put_out_is_written():
    q = "运营每天要出不少新品文案，一天差不多五百篇，每篇六百字左右，中文按1.5个字一个token算，DeepSeek-V3每百万token 8块，一个月多少钱？"
    assert_params(q, {"output_tokens": 400.0})


def test_each_days_volume_on_its_own_side():
    q = "我们每天输入大概五亿token、输出八千万token，API输入每百万token 1元、输出每百万4元，一个月多少钱？"
    assert_params(q, {"input_tokens_per_day": 5e8, "tokens_per_day": 8e7})


def test_a_bare_reply_length_beside_the_prompts_tokens():
    q = "每天会话三万个，每个会话来回五轮，每轮输入八百token左右、回复一百五，Qwen2.5 7B用L4要几张？"
    assert_params(q, {"output_tokens": 150.0, "input_tokens": 800.0})


def test_per_thousand_of_the_things_asked_again():
    q = "外卖助手每单平均4轮对话，每轮输入600 token、输出100 token，API输入每百万token 2块、输出每百万8块，一单多少钱？每千单呢？"
    res = compute(parse(q))
    assert parse(q).params.get("per_requests") == 1000.0
    assert "4次请求" in res.headline or "每个4次请求" in res.headline


def test_a_rough_text_length_with_more():
    q = "回复平均八十个字，中文大概1.5个字一个token，输入是客户留言两百多字，每天一万条，Qwen2.5 7B一张L4够吗？"
    assert_params(q, {"input_tokens": 200 / 1.5})


def test_stores_named_then_counted_are_users_charged():
    q = "准备按每店每月收99元，加盟店1500家，每店每天问20次，每次输入1k、输出200 token，Qwen2.5 7B用L4，能赚钱吗？"
    assert_params(q, {"users": 1500.0, "cny_per_user_month": 99.0})


def test_a_cards_price_now_roughly():
    q = "想把二十张V100换掉，换成L40S要几张？V100当时按八万一张，L40S现在六万左右"
    assert_params(q, {"price_cny": 60000.0})


def test_load_added_as_a_share():
    q = "we run 4 L40S with Llama 3.1 8B at ~70% utilisation. if the new chatbot adds 50% more traffic do we need more cards?"
    assert_params(q, {"factor": 1.5})
    assert parse(q).intent == "growth"


def test_a_monthly_hosting_quote_checked():
    q = ("our IT provider quoted £1,500/month to host a Llama 3.1 8B box for us. is that fair?? what would renting "
         "one L4 cost at around 60p/hr (£1 ≈ $1.27)")
    assert any(st.param == "claimed_value" and st.value == 1905.0 for st in parse(q).stated)
    assert "£1,500/month" in headline(q)


def test_kva_in_chinese_numerals():
    q = "配电房那台变压器两百千伏安，功率因数按0.9，8卡L40S每台三千五百瓦，能带几台"
    assert_params(q, {"power_mw": 0.18})


def test_volt_amperes_and_their_power_factor():
    q = "the PDU is rated about 5,760 VA, power factor 0.9. how many L40S can it carry at 450W per card all in"
    assert_params(q, {"power_mw": 5.76 * 0.9 / 1000, "power_factor": 0.9})


def test_a_supply_said_in_watts_beside_each_cards_draw():
    q = "the back office has one 15A circuit, call it 1,400 W usable. how many L4s can we run at ~120 W per card incl the box?"
    assert_params(q, {"server_power_cap_w": 1400.0, "watts_per_gpu": 120.0})
    q = "机房就一个机柜，限电六千瓦，放L40S能放几张？每张卡算上服务器大概五百瓦。"
    assert_params(q, {"server_power_cap_w": 6000.0, "watts_per_gpu": 500.0})


def test_what_the_people_send_is_read():
    q = "客户发过来的咨询内容平均每次八百字左右，AI回复四百字，一个汉字按0.6个token算，每天五千次，用Qwen2.5 72B，H100要几张？"
    assert_params(q, {"input_tokens": 480.0, "output_tokens": 240.0})


def test_one_stop_service_is_no_count_and_stores_are_no_sites():
    q = "我们做婚庆一条龙服务，市里有二十几家门店，估计每天一千来个客户咨询，每人问五次，输入五百token，回答两百token，Qwen2.5 7B放L4上要几张？"
    p = parse(q).params
    assert p.get("queries_per_user") == 5.0
    assert "sites" not in p


def test_passes_said_as_bian_are_epochs():
    assert_params("租A100做微调，每卡每小时一块五美元，五千万token跑两遍，Llama 3 8B，大概多少钱？", {"epochs": 2.0})


def test_one_cards_price_in_kuai():
    q = "用Qwen2.5 7B跑在L40S上，L40S一张按六万块算，每天两万次请求，卡钱多久能赚回来？每人每月收费三十元，日活两千"
    assert_params(q, {"price_cny": 60000.0})
    assert "gpus" not in parse(q).params or parse(q).params.get("gpus") != 60000.0
    assert figure(q, "breakeven_months") is not None


def test_a_whole_pcs_draw_with_one_card():
    q = "a workstation under the desk running one RTX 4090 around the clock. card ~450W, whole PC maybe 700W. power is $0.30/kWh. yearly bill?"
    assert_params(q, {"watts_per_server": 700.0})
    assert figure(q, "power_it_mw") == 0.0007


def test_items_of_each_job_for_every_photo():
    q = "our adjusters take ~20 photos per house and we do about 150 claims a day. the AI writes a note for every photo, ~800 input tokens per image and 120 out. Qwen2.5 72B on H100, how many?"
    assert_params(q, {"items_per_batch": 20.0, "queries_per_day": 150.0})


def test_a_weekday_spike_as_a_multiple():
    q = "avg 3 chats per minute but friday evenings spike to 5x. each chat ~6 turns. Llama 3.1 8B on L4, how many?"
    assert_params(q, {"peak_factor": 5.0})


def test_respond_within_is_the_first_token():
    q = "the kiosk bot has to respond within 800 milliseconds, and 60ms/token after that. Llama 3.1 8B on L4, 25 simultaneous users. how many?"
    assert_params(q, {"ttft_ms": 800.0, "tpot_ms": 60.0})


def test_a_rate_out_of_one_box_and_boxes_for_a_measured_workload():
    q = "we measured ~5,000 tok/s out of one of our 8x L4 boxes. we need 300M output tokens a day, peak 2x. how many boxes?"
    assert_params(q, {"observed_tokens_per_s_per_server": 5000.0})
    assert figure(q, "servers") == 2.0      # (6,944 tokens/s at peak over 5,000 a box)
    assert figure(q, "gpus") == 16.0


def test_two_prices_side_by_side_in_the_order_of_the_cards():
    q = "heard the B200 is about 2x faster than H100 for inference. we run 8 H100 SXM now. how many B200 to match, and at $40k vs $25k per card which is cheaper"
    assert_params(q, {"price_usd": 40000.0, "match_price_usd": 25000.0})


def test_equal_prices_are_said_equal():
    q = "H200 is 2x an H100 for us. we run 6 H100 now. how many H200 to match, at $40k vs $20k per card which is cheaper"
    assert "the same as" in headline(q)


def test_estimates_an_hour_are_requests():
    q = "on one L40S with Llama 3.1 8B can it keep up w/ ~90 estimates an hr, 1,500 tokens out each?"
    assert_params(q, {"queries_per_day": 90 * 24})


def test_what_it_takes_to_load_a_model():
    q = "what would it take to load Llama 3.1 405B in fp8 on H200, and at $3 an hour per gpu what's that a month"
    assert parse(q).intent == "memory"


def test_the_cards_a_supply_holds_then_the_model_on_them():
    q = "the closet circuit maxes out around 2.4 kW. how many L40S at ~400W each, and would that run Llama 3.1 70B in fp8?"
    res = compute(parse(q))
    assert "fits on 6 x L40S" in res.headline, res.headline
    assert not res.unused
