"""Round 155 (Chinese real-estate brokerage chains, funeral homes and cemeteries, zoos, aquariums and theme parks;
sealed: florists and garden centres, Chinese gym and fitness-studio chains, Chinese cinema chains). Found on the
first runs: "AI客服先接一轮" was a day of one request (1 L4 for 5 queries a day, the 两万通 set aside); "回复300来个
tokne" was unread; "每人每天输出总共5000 token" was each answer's length (36 H20; 6); "每天新增房源6000套，每套拍大
概30张照片" were 6,000 servers (48,000 L4); "按每个池子64卡切分，能分给几个大区" and "how many 8-GPU training pools"
were not answered; "would take about a week on 8 H100s. Realistic at 35% MFU?" dropped the week; "The server closet
… only has about 3.5 kW" was one server's draw; "$285k per HGX H100 server. We'd need 2" was not a numeric question;
"inputs maybe 12M a day" was unread; "they push about 1,500 tokens/s each" was a reading speed (0.67 ms a token);
"1,200 GPU-hours … last quarter" was one card for 91 days; "Can each one handle ~400 questions a day" sized 48
kiosks for 75,906 users; "$25k set aside for AI this year" dropped the year; "a 4-GPU L40S server, list $68,000"
was one card's price; "reviews average about 900 characters … summaries of 25k reviews" was the answer's length;
"15 searches a sec" was each user's day; "85 garden centres … one card per store" was one card; "明年开始 … 两年后"
grew for one year; "一节课平均25个学员 … 一天大约1400节团课" and "训练5组不同配置的3B模型" were unread; "每个池子训 …
要多久" answered for the whole fleet; "卡钱多久能收回来" gave no months. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read


def _head(q: str) -> str:
    return compute(parse(q)).headline


def test_a_first_pass_is_no_load():
    p = parse("热线想让AI客服先接一轮，每天进线大概三万通，每通平均4轮对话，Qwen2.5 7B用L4要几张").params
    assert p.get("queries_per_day") == 30_000 and p.get("turns_per_session") == 4


def test_token_misspelt_after_a_counter():
    assert_params("回复大概250个tokn，每人每天20次，用户5000，Qwen2.5 7B，L4几张", {"output_tokens": 250})


def test_each_persons_day_of_output_in_total():
    assert_params("会员3万人，每人每天生成一共4000 token左右，Qwen2.5 7B，L4要几张？", {"tokens_per_user_day": 4000})


def test_photos_of_each_listing():
    assert_params("每天上新商品2000套，每套拍大概12张图，每张写一段描述，Qwen2.5 7B，L4要几张",
                  {"items_per_batch": 12, "queries_per_day": 2000})


def test_pools_given_to_regions():
    assert "4个" in _head("一共512张H800，按每个池子128卡切分，能分给几个事业部？")


def test_training_pools_asked_in_english():
    assert_params("we bought 128 H100 SXM; how many 16-GPU training pools is that?", {"pool_gpus": 16})


def test_a_time_someone_gave_checked_when_realism_is_asked():
    assert_read("The vendor says fine-tuning Llama 3 8B on our 100M tokens would take about a week on 4 A100s. "
                "Realistic at 40% MFU?", {"days": 7})


def test_a_closets_power_is_the_rooms():
    assert_params("Our server cupboard only has about 2.4 kW to play with. How many L4s at 100 W each incl. the host?",
                  {"power_mw": 0.0024})


def test_a_count_needed_with_a_modal():
    assert_params("Quote: $310k per HGX H200 server. We'd need 3, plus 20% for networking. Total capex?",
                  {"servers": 3, "server_price_usd": 310_000})


def test_inputs_of_a_day_without_the_token_word():
    assert_params("we generate about 5M tokens a day, prompts maybe 20M a day. Llama 3.1 8B on L40S, how many?",
                  {"input_tokens_per_day": 20e6, "tokens_per_day": 5e6})


def test_each_of_the_cards_named_far_back():
    assert_params("What's the cost per 1M tokens if we own 4 L4 (bought at $2.5k each, 3 year life), they draw 72 W "
                  "each at $0.12/kWh, and they push about 600 tokens/s each?",
                  {"observed_tokens_per_s_per_gpu": 600})


def test_gpu_hours_moved_to_a_faster_card_and_its_rent():
    h = _head("Vendor says H200 is 1.6x faster than H100. We used 2,000 GPU-hours on H100 SXM last month at "
              "$2.50/hr; H200 rents at $3.60/hr. Which is cheaper?")
    assert "1,250 GPU-hours" in h and "US$5,000" in h


def test_each_one_of_the_places_its_load():
    assert_params("30 lobbies, each with 1 L4, Llama 3.1 8B. Can each one handle ~600 questions a day?",
                  {"queries_per_day": 18_000})


def test_money_set_aside_for_this_year():
    assert_read("we've got $40k set aside for AI this year. buy L40S at $8,500 or rent H100 at $2.20/hr?",
                {"days": 365.25})


def test_a_servers_list_price_its_size_said_first():
    assert_params("HPE offers 10% off a 4-GPU L40S server, list $60,000. figure 700 W per card. total over 3 "
                  "years at $0.12/kWh?", {"server_price_usd": 60_000, "gpus_per_server": 4})


def test_what_is_summarized_is_the_input():
    assert_params("our support tickets average about 1,200 characters, ~4 chars per token. we want summaries of "
                  "10k tickets with Llama 3.1 8B on the L4 in the rack. how long will that take?",
                  {"input_tokens": 300, "gpus": 1})


def test_searches_a_second():
    assert_params("avg 40 lookups a sec, Llama 3.1 8B on L40S, 300-token prompts, 60-token answers. how many GPUs?",
                  {"qps": 40})


def test_one_card_per_place_named_otherwise():
    assert_params("we have 40 flower shops and want a tablet assistant in each, one card per store, L4, Llama 3.1 "
                  "8B. all stores together maybe 5k questions a day. hardware cost?", {"servers": 40})


def test_growth_starting_next_year_asked_after_years():
    assert_params("日活8万，明年开始扩张，按每年增长50%算，三年后要多少张L40S？现在用了10张", {"period_months": 36})


def test_each_class_its_students():
    assert_params("给每个学员生成一段反馈，一节课平均20个学员，一天大约800节课，每段输出300 token，Llama 3 8B，几张4090？",
                  {"items_per_batch": 20, "queries_per_day": 800})


def test_runs_of_different_settings():
    assert_params("要训练4组不同参数的1B模型，每组跑100亿token，H100 8张，总共要几天？", {"runs": 4})


def test_training_on_one_pool():
    assert "在一个64卡的池子上" in _head("一共512张H100，想切成64卡一个的训练池，能分几个？每个池子训Llama 3 8B 1T token要多久")


def test_card_money_back_months_for_a_sized_fleet():
    assert "个月回本" in _head("每个会员每月收20元，会员5万人，L40S跑Qwen2.5 7B，每人每天输出3000 token，L40S每张5.5万，"
                          "卡钱多久能收回来？")


def test_things_asked_each():
    assert_params("about 4,000 visitors a day use it and they ask 2-3 things each. Mistral 7B on one L4, enough?",
                  {"queries_per_user": 2})


def test_energy_per_so_many_of_any_item():
    assert_params("how much electricity per 1,000 menus? 0.4 J per token, ~700 tokens generated for each one.",
                  {"per_requests": 1000})
