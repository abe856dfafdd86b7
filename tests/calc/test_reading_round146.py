"""Round 146 (Chinese county data bureaus, automotive dealership groups, newsletter writers; sealed: veterinary
clinic chains, Chinese traditional-medicine hospitals, Chinese EV-charging operators). Found on the first runs:
"fine-tuning Mistral 7B … call it 2M tokens total, 3 epochs" trained on a default corpus (42,001 GPU-hours, and a
second fleet for the 1,100 posts); "each paying reader gets ~2,000 tokens a day and we have ~9k of them" bought 9,000
L4; "~5M input tokens a day … and generate maybe 400k output tokens" sized 992 MI300X; "全省每天处方总量约12万张" put
Qwen2.5 7B on 120,000 L4; "25k output tokens per vet per day" billed 25k tokens per answer at ten answers a day;
"~900 deals a day" were one user's; "each token in under 40ms and first token < 800 ms" read 40 ms as the TTFT;
"$149 per rooftop per month" was a budget; "需要几台H20八卡" refused DeepSeek-V3 on the "8" cards. These tests say the
same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_small_fine_tuning_corpus_is_the_training_tokens():
    res = compute(parse("LoRA fine-tune of Llama 3.1 8B on about 3M tokens, 2 epochs, one A100 80GB at 40% MFU - "
                        "how long?"))
    assert res.figure("train_days").value < 1
    assert "hours on 1 A100" in res.headline


def test_posts_of_a_back_catalogue_are_the_texts_trained_on():
    q = ("fine-tuning Mistral 7B on my archive (roughly 800 essays), call it 1.5M tokens, 2 epochs, on one rented "
         "A100 80GB at 40% MFU, how long?")
    assert_params(q, {"train_tokens": 1.5e6, "gpus": 1})
    assert any("essays" in u.text for u in compute(parse(q)).unused)


def test_people_named_before_of_them():
    assert_params("each subscriber gets about 1,500 tokens of digest a day and we have ~20k of them. Llama 3.1 8B "
                  "on L4, how many?", {"users": 20000, "tokens_per_user_day": 1500})


def test_an_output_count_beside_a_days_input_is_the_days_output():
    assert_params("we classify ~8M input tokens a day of support mail and produce maybe 600k output tokens. "
                  "Llama 3.1 70B on H100, how many?", {"input_tokens_per_day": 8e6, "tokens_per_day": 6e5})


def test_prescriptions_counted_after_their_noun():
    assert_params("全市中医院每家放2张L4，全市每天处方总量约5万张，输入600输出100，Qwen2.5 7B，够不够？",
                  {"queries_per_day": 50000})


def test_tokens_per_any_person_per_day():
    assert_params("call it 40k output tokens per paralegal per day, 600 paralegals. Llama 3.1 70B on H100 SXM?",
                  {"tokens_per_user_day": 40000, "users": 600})


def test_deals_and_bookings_are_requests():
    assert_params("~1,200 bookings/day, each booking is roughly 6 turns, Mistral 7B on L4, how many?",
                  {"queries_per_day": 1200, "turns_per_session": 6})


def test_each_token_under_is_the_time_per_token():
    assert_params("Mistral 7B on H100 PCIe for 500 concurrent chats, each token in under 30ms and first token "
                  "< 600 ms. how many?", {"tpot_ms": 30, "ttft_ms": 600})


def test_a_charge_per_rooftop_per_month():
    assert_params("charging $99 per dealership per month, 40 dealerships, each ~300k output tokens a day; H100 at "
                  "$2/h with Llama 3.1 8B, margin?", {"usd_per_user_month": 99})


def test_the_size_of_the_servers_asked_after_the_card():
    res = compute(parse("客服助手给三千来个运维工程师用，每人每天大概生成1万token，DeepSeek-V3 fp8，需要几台H20八卡？"))
    assert res.figure("servers") is not None and res.figure("gpus").value % 8 == 0


def test_a_growth_year_on_year():
    assert_params("usage is growing about 60% year on year; 5,000 DAU now, 12 msgs each, Llama 3.1 8B on L4: "
                  "how many cards in 2 years?", {"growth_rate_year": 0.6})


def test_a_server_said_to_cost_so_much():
    assert_params("We have $900k. If a DGX B200 is ~$480k can we afford two, counting 1.1x all-in?",
                  {"server_price_usd": 480_000})


def test_cents_an_hour_written_c():
    assert_params("a 4090 box at 350 W per card, 2 cards, power at 12 cents a kWh; vs renting at 35c/hr per card?",
                  {"rent_usd_per_hour": 0.35})


def test_a_boxs_draw_is_the_servers():
    res = compute(parse("a box with 8 L4 that draws ~1.2 kW total, $0.10/kWh, PUE 1.3: monthly power bill?"))
    assert abs(res.figure("cost_usd").value - 1.2 * 1.3 * 730.5 * 0.10) < 2


def test_each_asking_so_many_things():
    assert_params("from 500 to 8k daily users, each asking 4 things, Llama 3 8B on 4090s, how many?",
                  {"queries_per_user": 4})


def test_first_token_in_under_a_second():
    assert_params("around 700 users chatting at once, I want first token in under a second and ~45 ms per token "
                  "after that. Llama 3.1 70B on H200s. how many?", {"ttft_ms": 1000})


def test_a_claimed_cost_per_listing():
    assert_params("Our vendor claims it costs them 0.3 cents per description. We do ~5,000 descriptions a day, "
                  "600 in, 200 out, Llama 3.1 8B on one L40S at $1/hr. Overcharging?", {"claimed_value": 0.003})


def test_things_counted_once_each_with_its_prompt():
    res = compute(parse("Nightly job rewrites the blurbs for ~15k used vans in stock. About 900 input tokens and "
                        "250 output tokens per van. Llama 3.1 8B on one L4 - how long does the run take?"))
    assert "hours on 1 x L4" in res.headline or "minutes on 1 x L4" in res.headline


def test_a_rollout_growth_scales_the_load():
    assert_params("全省上线后调用量预计增长10倍，现在每天2万次请求，Qwen2.5 7B，L4要扩到多少张？",
                  {"queries_per_day": 200_000})


def test_a_load_on_one_box_or_two():
    res = compute(parse("about 30,000 records a day, each 2,500 tokens in and ~300 out, Llama 3.3 70B fp8 on H100 "
                        "SXM. Does this fit on one 8-GPU box or do we need two?"))
    assert res.intent == "fleet"


def test_pue_said_with_its_place():
    assert_params("3 DGX H100 boxes, each pulls about 10 kW, PUE there is ~1.5, 12 cents/kWh: annual power cost?",
                  {"pue": 1.5})


def test_pue_in_an_aside():
    assert_params("yearly electric bill for 8 L4s at ~100 W per card? $0.25 per kWh, no real PUE, call it 1.2",
                  {"pue": 1.2})


def test_battery_swap_stations_are_sites():
    assert_params("换电站每站放1张L4做故障诊断，全国大概900座换电站，一天合计30万次换电，Llama 3 8B int4，够吗？",
                  {"sites": 900})


def test_turns_beside_tickets_counted_with_their_counter():
    assert_params("用户平均要聊5轮才结单，每天差不多2w单，Llama 3.1 8B，A100几张？", {"turns_per_session": 5})


def test_a_replicas_concurrency_cap_with_two_words():
    assert_params("每个副本并发最多压到48，TP=4，H100跑Llama 3.1 70B，高峰并发3000路，要几个副本？",
                  {"batch_per_replica": 48})


def test_characters_per_token_said_after_token():
    assert_params("日活50万，人均每天问2次，平均回复200字，token按1.6个汉字一个算，L4要多少张", {"tokens_per_character": 1 / 1.6})


def test_a_trade_of_four_characters_with_its_verb():
    assert_params("给全省两千来个网格管理员用，每人每天大概生成1万token，Qwen2.5 72B，H20要几台？", {"users": 2000})


def test_a_pool_size_said_before_the_pool():
    res = compute(parse("今年要采购3000张H20，按每个五百卡池子来搭，能搭几个？"))
    assert res.figure("pools").value == 6


def test_a_server_priced_and_totalled():
    res = compute(parse("HGX H200整机报价约250万元，打九折，加上配套按1.3倍，总共要多少？"))
    assert res.intent == "capex" and abs(res.figure("cost_cny").value - 2.5e6 * 0.9) < 1e3
    assert abs(res.figure("capex_all_in_usd").value * 7.2 - 2.5e6 * 0.9 * 1.3) < 1e4


def test_concurrency_hedged_with_only():
    assert_params("晚上并发也就四五十个，Qwen2.5 7B，一张L40S够不够？希望每token 30ms。", {"concurrent_users": 50})
