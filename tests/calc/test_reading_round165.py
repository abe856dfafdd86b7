"""Round 165 (bicycle shops, Chinese housekeeping agencies, wineries and breweries; sealed: Chinese home-renovation
companies, martial-arts and dance studios, Chinese fruit-store chains). Found on the first runs: "4 GPUs in a box … 350W a
card all in" billed one card and a purchase; "how many Gaudi 3 cards do the same work … and the H100s $30k" priced two
options of 8; "he can get 8 points more out of it" after "our MFU was 32%" was refused; "每条平均120个汉字 … 给每条出个50字左右
的摘要" swapped prompt and answer; "一台8卡4090服务器 … 够不够用" dropped the one server; "H100按22万算" beside a 4090's price
was dropped; "每个阿姨每天在App上学习+问答大概用掉2000个token" was the day's total; "about 2,300 of them per release" was
dropped; "how many RTX 4090s … to match an L40S ($7,900 each)" answered TFLOPS per dollar; "~120 labels, each is ~80
words in" was a price of $80; "each guest … generates maybe 1,500 tokens of output total" was one answer's length; "$3/month
… and 800 sign up, does that cover renting an L4" was a rent conversion; "hoping for 15,000" was dropped; "400 tasting
notes, ~250 Chinese characters each" was billed daily; "Each room sees ~120 kiosk sessions a day" was a memory fit;
"says hosting … will run $1,500/month … Reasonable" was a budget; "what tok/s would one user see" was dropped; sealed:
"need 4, at like $8,500 each" and "每个分公司一个64卡的池子" were refused as not numeric; "3k reasoning tokens out per
chat" was 3,000 turns; "一天大概进2亿出5千万" a prompt's length; "每家放一张L4 … 一共420家店" billed one card; "旧的A100按8万算"
was dropped; "单台就能同时撑住200个客户" was neither read; "H200卖多少钱以内才划算" with a model asked for a load; "8 total"
was a model's size; "每个会员一天AI回复大概1500个token" one answer's length; "这次代码优化完MFU到42%" was dropped. These tests
say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_cards_in_one_box_billed_without_a_purchase():
    q = "if I put 8 GPUs in a box in the garage (RTX 4090), 450W a card all in, 21 cents a kWh, cost running 24/7 a month?"
    res = compute(parse(q))
    assert res.value("cost_usd") > 500 and "purchase" not in res.headline


def test_the_same_work_asked_in_other_cards_with_both_prices():
    q = "we planned 16 H100 SXM. how many MI300X do the same work, and is it cheaper if those run $15k apiece and the H100s $28k?"
    res = compute(parse(q))
    assert "the 16 H100 SXM at the price stated for them" in res.headline


def test_points_more_after_an_mfu_said_in_the_past():
    q = "our MFU was 35% on the last run (20 days on H100 SXM). the new kernels should get 7 points more. days saved?"
    res = compute(parse(q))
    assert "days fewer" in res.headline and res.value("train_days") < 20


def test_a_summary_written_is_the_answer():
    q = "每天新增工单5000条，每条平均300个汉字，让模型给每条出个80字左右的总结，Qwen2.5 7B，L4要几张？"
    p = parse(q).params
    assert p["input_tokens"] > p["output_tokens"]


def test_one_measured_server_asked_whether_enough():
    q = "实测一台8卡L40S服务器每秒大概出5000 token，平均QPS 20，峰值3倍，每次回复300 token，够不够用？"
    assert_params(q, {"servers": 1})


def test_a_second_cards_price_said_with_a_word_between():
    q = "换成H20要几张才顶得上16张H800？新卡12万一张，旧的H800按20万算，哪个划算？"
    assert parse(q).params.get("match_price_cny") == 200000


def test_each_workers_tokens_a_day_with_words_between():
    q = "每个保洁阿姨每天在App上培训问答大约用掉3000个token，签约阿姨两万来人，Qwen2.5 7B在L4上要几张"
    assert_params(q, {"tokens_per_user_day": 3000, "users": 20000})


def test_a_batch_counted_of_them_per_release():
    q = "every newsletter we draft a note for each subscriber, about 4,000 of them per send, 300 tokens each, Llama 3.1 8B on one L4. how long?"
    res = compute(parse(q))
    assert parse(q).params.get("queries_per_day") == 4000 and res.figure("job_hours") is not None


def test_a_match_asked_with_both_prices_and_a_model():
    q = "how many L4s ($2,500 each) to match one L40S ($8,000) serving Llama 3.1 8B? bang for buck"
    res = compute(parse(q))
    assert "the 1 L40S at the price stated for them" in res.headline


def test_things_counted_then_each_ones_length_and_no_price():
    q = "please rewrite our product blurbs with Llama 3 70B: ~300 blurbs, each is ~60 words in and ~60 words out. H100 SXM at $2.5/hr, total?"
    p = parse(q).params
    assert "price_usd" not in p and p.get("queries_per_day") == 300


def test_each_visitors_tokens_in_total():
    q = "each visitor who uses the kiosk burns about 2,000 tokens total. 300 visitors a day. Llama 3.1 8B on L4 enough?"
    assert_params(q, {"tokens_per_user_day": 2000, "users": 300})


def test_a_monthly_fee_against_a_cards_rent():
    q = "if 1,500 members sign up at $2/month, does that cover renting one L40S at $0.90/hr around the clock?"
    res = compute(parse(q))
    assert res.headline.startswith("yes") and res.value("revenue_usd_month") == 3000


def test_users_hoped_for():
    q = "we're at 2,000 users and hoping for 30,000 next year. Llama 3.1 8B, 4 chats each a day. L4s now vs then?"
    assert_params(q, {"users": 2000, "users_to": 30000})


def test_things_written_once_billed_once():
    q = "our distributor wants product flyers in German: 600 flyers, ~300 words each, 1.3 tokens per word. Cost at $0.50 per million tokens?"
    res = compute(parse(q))
    assert "once" in res.headline


def test_each_places_day_is_every_places():
    q = ("We've got 5 yoga studios and I'm thinking 1 GPU per studio, L4, for the front-desk bot. Each studio sees ~200 "
         "front-desk chats a day. Llama 3.1 8B. Enough?")
    p = parse(q).params
    assert p.get("queries_per_day") == 1000 and "queries_per_user" not in p


def test_a_monthly_quote_checked():
    q = "the agency says hosting our bot will run $900/month on their GPU. 200 chats a day, 300 tokens each, Llama 3.1 8B. fair vs renting an L4 at $0.70/hr?"
    assert "the stated '$900'" in compute(parse(q)).headline


def test_what_one_user_would_see():
    assert_params("heard Llama 3.1 8B is quick. on an L40S at fp8 what tok/s would one user see?", {"concurrent_users": 1})


def test_cards_needed_said_after_they_are_named():
    q = "how much to buy H100 PCIe cards outright — need 6, at about $25k each, plus 25% for servers and networking?"
    assert_params(q, {"gpus": 6})


def test_a_pool_for_each_branch():
    q = "一共买了512张L40S，每个事业部一个32卡的池子，够分几个事业部？"
    assert_params(q, {"gpus": 512, "pool_gpus": 32})


def test_reasoning_tokens_are_the_answer():
    q = "self-host DeepSeek-R1 on H200, 8 per server, fp8: 800 DAU, 4 chats each, 4k reasoning tokens out per chat?"
    assert_params(q, {"output_tokens": 4000})


def test_a_days_tokens_in_and_out_said_with_jin_chu():
    q = "我们每天大概进3亿出6千万，input每百万token $0.2，output每百万 $0.8，比自己买H20便宜吗"
    p = parse(q).params
    assert p.get("input_tokens_per_day") == 3e8 and "input_tokens" not in p


def test_one_card_at_each_shop_counted_by_jia():
    q = "打算每家放一张L4做识别，一共300家店，每张卡72W，电费0.8元一度，一年电费多少？"
    p = parse(q).params
    assert p.get("servers") == 300 and p.get("gpus_per_server") == 1


def test_a_server_said_to_hold_a_crowd_at_once():
    q = "厂商说他们的8卡L40S服务器，单台就能同时撑住300个用户，用Llama 3.1 8B，每token 50毫秒，靠谱吗？"
    assert_params(q, {"concurrent_users": 300, "servers": 1})


def test_the_parity_price_asked_with_a_model():
    q = "B200和H100跑Qwen2.5 72B，听说B200快2.2倍，H100按每张2.6万美元算，B200卖多少钱以内才划算？"
    assert compute(parse(q)).figure("break_even_price_usd") is not None


def test_cards_counted_in_total_after_they_are_named():
    q = "we run A100 cards in a rented rack for the tutoring app, 12 total, ~450 W per GPU with the server, $0.12/kWh. yearly bill?"
    assert_params(q, {"gpus": 12})


def test_an_mfu_reached_after_tuning():
    q = "上次微调用了8张H100跑了6天，MFU只有30%，这次调优后MFU到45%，同样的数据要几天？"
    assert_params(q, {"mfu_to": 0.45})
