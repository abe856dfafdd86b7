"""Round 166 (food trucks, Chinese auto-repair shops, yoga and pilates studios; sealed: Chinese florists, event
caterers, Chinese orchards and beekeeping co-ops). Found on the first runs: "figure 2k ppl a day" was blanked as a
document's figure and "2 taco trucks" sized as the users; "a pc w 2 cards in it" billed one card's power; "whats that per
month vs just buying a L40S at 8.5k" named the price; "electricity's 22c" was unread; "25% of em open it on any given day"
was unread; "if H100 goes for $25k each what should the H200 cost to be worth it" priced the H200s at the H100's price;
"dev says itll be done in 10 hours" was a batch window; "max 32 convos per replica … how many members can chat at once"
answered daily users; "each convo is like 8 back n forths" was unread; "total across the fleet maybe 20k voice orders a
day" was each truck's; "we'd need like 16 … budget another 40% for the servers/networking … total damage?" and "price per
million tokens on a hosted API is $0.60 … monthly bill??" were refused as not numeric; "~4,000 would sign up" was
unread; "每人问个五六句" was dropped; "说8张4090就能跑deepseek满血版，还能同时服务200个人" was refused; "L40S五万多一张" and
"手上有500万" were unread; "厂家说…每秒能出2万个token，我们实测只有9000" left the measurement unread; "所有店加起来一天4500个客户左右"
was unread; sealed: "平时一天大概2w个咨询" was unread; "有个卖服务器的跟我说 … 一秒能出2000个token" was taken as a measurement;
"母亲节那天预计要生成3000万token" was one answer's length; "一次上新300款花束" and "~2,000 comment cards per event … how long
per event batch" were unread; "每封平均300个英文单词 … 每封回200词" swapped prompt and answer; "MI355X听说一张能顶2.5张H100"
was two fleets; "sales thinks 50k by next summer" was unread; "we have 350 planners" was a model's size; "打算一半花在显卡上 …
能买几张？够不够跑" answered the fit of one card; "H20报价一张9.5万" priced a card at 1 yuan; "卡一张1.6万按3年折旧" was unread;
"首字要2秒以内出来 … 能做到吗" answered the weights' fit; "那天要生成5亿token" was refused. These tests say the same in other
words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_figure_as_reckon_before_people_a_day():
    q = "we run 3 coffee carts. figure 5k people a day, each asks 2 things, Llama 3 8B on L4, how many cards?"
    assert_params(q, {"users": 5000, "queries_per_user": 2})


def test_carts_are_places_beside_the_people():
    q = "me and my sister run 3 burrito trucks, we see about 3k ppl a day, 2 asks each, Llama 3 8B on L4: how many cards?"
    assert parse(q).params["users"] == 3000


def test_a_pc_with_its_cards_billed_for_all_of_them():
    q = "we got a box w 3 cards in it, RTX 4090, 450 W per gpu, on 24/7 at $0.20 a kwh. yearly power bill?"
    res = compute(parse(q))
    assert res.value("cost_usd") > 3 * 450 * 8760 / 1000 * 0.20


def test_api_bill_against_buying_the_card():
    q = "we do about 30M tokens a day through an API at $0.50 per million tokens. whats that monthly vs just buying an L40S at 9k?"
    res = compute(parse(q))
    assert res.value("breakeven_months") > 0


def test_power_said_in_cents_with_an_apostrophe():
    q = "2 L4s running 24/7 at 72 W each, power's 30c here. monthly bill?"
    assert_params(q, {"electricity_usd_per_kwh": 0.30})


def test_a_share_of_em_on_a_given_day():
    q = "50k monthly users, maybe 20% of em use it on any given day, 3 chats each. Llama 3 8B on L4, how many cards?"
    assert_params(q, {"dau_per_mau": 0.2})


def test_the_matched_cards_price_gives_the_new_cards_break_even():
    q = "B200 is 2.5x an H100 for us. how many B200 replace 40 H100? if an H100 is $27k what should a B200 cost to be worth it?"
    res = compute(parse(q))
    assert res.value("break_even_price_usd") > 27000 and res.value("capex_matched_usd") == 40 * 27000


def test_a_run_time_someone_promised_is_checked():
    q = "cluster does 30k tokens/s, dataset is 1B tokens, 3 epochs. the contractor says it'll be finished in 12 hours. right?"
    res = compute(parse(q))
    assert "finished in 12 hours" in res.headline


def test_conversations_per_replica_at_once():
    q = "2 replicas of Llama 3 70B, TP4 each, on H100 SXM, max 48 chats per replica. how many people can talk to it at once?"
    res = compute(parse(q))
    assert res.value("concurrent_users") == 96


def test_back_and_forths_said_short():
    q = "about 200 guests a day, each chat is maybe 6 back n forths, 300 tok in 150 out, Llama 3 8B on L4, how many?"
    assert_params(q, {"turns_per_session": 6})


def test_a_fleets_total_is_not_each_vehicles():
    q = "we got 10 vans, each w its own L4 onboard. total across all vans maybe 15k orders a day, Llama 3 8B. enough?"
    assert_params(q, {"queries_per_day": 15000})


def test_a_hedged_need_and_another_share_for_the_build():
    q = "quote is $30k each for H200. we'd need maybe 24, and they say budget another 35% for servers/networking. total?"
    res = compute(parse(q))
    assert res.value("capex_all_in_usd") == 24 * 30000 * 1.35


def test_a_token_price_named_before_its_amount():
    q = "our staff use about 40M tokens a day; the price per million tokens on the hosted API is $0.80. monthly bill?"
    assert_params(q, {"usd_per_million_tokens": 0.8})


def test_people_who_would_sign_up():
    q = "if we charge $4/month for the bot and ~2,500 would sign up, each 3 chats a day, does that cover renting an L4 at $0.80/hr for Llama 3 8B?"
    assert_params(q, {"users": 2500})


def test_two_neighbouring_numerals_before_sentences_are_a_range():
    q = "每天大概400个客户，每人问个三四句，用Qwen2.5 7B，一张L4够不够？"
    req = parse(q)
    assert req.params["queries_per_user"] == 3 and any(o.get("queries_per_user") == 4 for o in req.options)


def test_a_claimed_load_on_cards_that_cannot_hold_the_model():
    q = "代理商说4张4090就能跑DeepSeek-V3，还能同时服务100个人，靠谱吗"
    res = compute(parse(q))
    assert any(u.text.endswith("100个人") for u in res.unused) and res.figure("gpus") is not None


def test_a_price_a_bit_over_the_amount():
    q = "L40S六万多一张，买8张多少钱"
    assert_params(q, {"price_cny": 60000})


def test_money_at_hand_is_the_budget():
    q = "手里有800万，HGX H100一台两百三十万，能买几台"
    assert_params(q, {"budget_cny": 8000000})


def test_our_measurement_beside_the_vendors_claim():
    q = "供应商说一台8卡H20跑Qwen2.5 72B每秒能出8000个token，我们实测只有3000，是不是哪里没调好"
    res = compute(parse(q))
    assert sum(f.name == "claimed_claimed_value" for f in res.figures) == 2


def test_customers_around_a_number_then_each_asks():
    q = "我们20家店，每家店放1张L4跑Qwen2.5 7B，所有店加起来一天3000个客户左右，每人问5次，够不够"
    assert_params(q, {"users": 3000})


def test_consultations_counted_with_w():
    q = "平时一天大概3w个咨询，用L4跑Qwen2.5 7B，要几张卡"
    assert_params(q, {"queries_per_day": 30000})


def test_a_seller_who_told_us_a_rate():
    q = "有个卖服务器的跟我们讲，4张L40S跑Qwen2.5 72B一秒能出1500个token，靠谱吗"
    assert any(s.param == "claimed_value" for s in parse(q).stated)


def test_that_days_tokens_are_a_days_volume():
    q = "实测单卡L40S跑Qwen2.5 7B每秒1500个token，618那天预计要生成2000万token，要几张L40S"
    assert_params(q, {"tokens_per_day": 20_000_000})


def test_items_of_one_launch_counted_in_kuan():
    q = "一次上新500款茶叶，每款写一段200字左右的介绍，一张L4跑Qwen2.5 7B要跑多久"
    assert_params(q, {"queries_per_day": 500})


def test_items_per_event_then_how_long():
    q = "we collect ~1,200 feedback cards per event, ~300 tokens in per card, ~40 out. Llama 3 8B on 2 gpus (L4), how long per event?"
    assert_params(q, {"queries_per_day": 1200})


def test_each_one_answered_with_so_many_words():
    q = "每天800封客户邮件，每封平均250个英文单词，用Llama 3.1 8B自动回，每封回150词，L4要几张"
    p = parse(q).params
    assert p["input_tokens"] > p["output_tokens"]


def test_one_card_worth_said_after_its_name():
    q = "B200听说一张能顶3张H100，买100张B200相当于多少张H100"
    assert_params(q, {"speedup": 3, "gpus": 100})


def test_a_bare_count_by_next_season():
    q = "we're at 2,000 users now, marketing thinks 30k by next spring. Llama 3.1 8B on L4, 4 asks a day each, how many gpus at the end?"
    assert_params(q, {"users_to": 30000})


def test_planners_counted_are_people():
    q = "each wedding planner uses ~5,000 tokens a day, we have 200 planners. Llama 3 70B on H100, how many gpus?"
    assert_params(q, {"users": 200})


def test_a_budgets_cards_then_whether_they_hold_the_model():
    q = "预算就40万，一半花在显卡上，RTX 4090一张一万五左右，能买几张？够不够跑Llama 3.1 70B int4的"
    res = compute(parse(q))
    assert "13张" in res.headline and "放得下" in res.headline


def test_a_quote_for_one_card_is_no_price_of_one():
    q = "H20和L40S跑Qwen2.5 72B哪个划算？H20报价一张10万，L40S一张6万，一天5000次问答"
    assert 1.0 not in [s.value for s in parse(q).stated if s.param == "price_cny"]


def test_a_price_then_the_years_written_off():
    q = "两张L40S跑Qwen2.5 7B，每千次问答成本多少？卡一张5.8万按4年折旧，电费0.6元一度"
    assert_params(q, {"price_cny": 58000})


def test_a_first_token_target_asked_whether_reached():
    q = "输入大概2万token，输出300token，首字要3秒以内，Llama 3.1 8B在L40S上能做到吗"
    res = compute(parse(q))
    assert "首token" in res.headline
