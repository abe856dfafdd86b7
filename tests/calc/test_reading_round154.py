"""Round 154 (Chinese wedding-planning and wedding-photo companies, printing and packaging plants, laundry and
linen-service chains; sealed: live-event promoters and ticketing, Chinese bike-sharing operators, Chinese 4S car
dealerships). Found on the first runs: "a server with 8 RTX 4090 for 180,000 RMB" priced each card at 180,000;
"try 5 runs" was 5 Turkish lira; "1.2k order-status texts a day" was 1,200 users asking 10 times each; "~6
back-and-forths" was unread; "2 servers …, each pulls about 1.1kW" billed 1.1 kW a card; "$49 per store per month …
220 stores" left the stores out; "600 tokn prompts" was unread; "24 pages per job" were turns of a chat; "so on 16
B200s it'd really be under 5 days?" was a second run's days; "Label OCR step outputs ~1,800 characters" was the
answer's length; "~350 office + plant staff" was unread (a memory answer); "42家店 … 日活1.5万" sized the stores as
the users; "每场差不多1,500张照片" was each user's requests; "按小时2.2块" was 2.2 cards; "每月就收19块" was 19 cards;
"5090出来了" was an output length; "DGX B200一台报$52万" was a second budget; "按32卡一组 … 够分几组" and "几个256卡的训练
池子" were not answered; "What GPU would we need to run GPT-4o" was not a numeric question; "each venue peaks at ~15
QPS" was all 45 venues' load (1 card a venue; 3 now); "放到各城市运维仓本地跑" was one central fleet; "高峰…是平峰的5倍"
was unread; "一台8卡4090的机器实测每秒能出3200个token … 一天最多能做多少个" asked for users; "总预算够不够15万" was
unread; "每家店每天大概300条录音" answered a memory check; "今年业务说要翻3倍" was unused. These tests say the same in
other words."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, assert_read


def _head(q: str) -> str:
    return compute(parse(q)).headline


def test_a_server_with_its_cards_named_priced_in_yuan_after():
    assert_params("vendor quotes a node with 4 L40S for 150,000 RMB, what is that per card?",
                  {"server_price_cny": 150_000, "gpus_per_server": 4})


def test_a_priced_box_then_so_many_of_them():
    p = parse("a Supermicro box with 8 H100 for $280k, what do 5 of them cost?").params
    assert p.get("servers") == 5 and p.get("gpus_per_server") == 8 and "gpus" not in p


def test_try_is_a_verb_before_a_count():
    p = parse("we'd like to try 3 runs of fine-tuning Llama 3 8B, 200M tokens each, on A100 80GB at $1.5/hr. "
              "total?").params
    assert p.get("runs") == 3 and "local_per_usd" not in p


def test_a_compound_noun_ending_in_s_is_no_plural():
    assert_params("we get about 2k delivery-status pings a day, Llama 3.1 8B on one L4, cost per 1k requests "
                  "at $0.8/hr?", {"queries_per_day": 2000})


def test_back_and_forths_are_turns():
    assert_params("500 callers a day, each call is ~4 back-and-forths, Mistral 7B on one L4 enough?",
                  {"turns_per_session": 4})


def test_each_of_the_boxes_counted_far_back_pulls_its_power():
    assert_params("3 boxes sitting in the closet behind the front desk of the shop, each pulls roughly 0.9 kW. "
                  "power at $0.15/kWh for a year?", {"watts_per_server": 900})


def test_a_charge_per_place_and_the_places_counted():
    assert_params("$99 per clinic per month for the add-on; 60 clinics, ~50 questions a day per clinic; Llama 3.1 "
                  "8B on L4 at $0.8/hr; profitable?", {"users": 60, "usd_per_user_month": 99})


def test_token_with_a_letter_dropped():
    assert_params("2M users, 4 chats each, 900 tokn prompts, 300 token answers, Llama 3 70B on H100",
                  {"input_tokens": 900})


def test_pages_of_each_job_are_its_items():
    assert_params("~300 jobs a day, avg 40 pages per job, one call per page, Mistral 7B on L4, how many?",
                  {"items_per_batch": 40, "queries_per_day": 300})


def test_a_bound_guessed_after_it_would_really_be():
    assert_read("Vendor says H200 trains 1.8x faster than H100. Our run took 20 days on 64 H100s, so on 64 "
                "H200s it'd really be under 12 days?", {"claimed_value": 12, "days": 20})


def test_what_an_earlier_step_outputs_is_the_models_input():
    assert_params("Our OCR step outputs ~2,400 characters per invoice, about 4 chars per token. 10k invoices a "
                  "day go into Llama 3.1 8B. one L4 enough?", {"input_tokens": 600})


def test_two_kinds_of_staff_joined_with_a_plus():
    assert_params("~500 lab + field staff, about 4,000 tokens per person per day, Llama 3.1 8B on L4s, how many?",
                  {"users": 500, "tokens_per_user_day": 4000})


def test_stores_beside_daily_users_are_places():
    q = "我们现在28家门店，AI导购日活8000，明年开到60家，用户预计涨到2万，现在用4张L40S，到时候要加多少张？"
    assert_params(q, {"users": 8000, "users_to": 20000, "gpus": 4})
    assert "10张" in _head(q)


def test_photos_of_each_event_a_day():
    assert_params("一天12场发布会，每场大概800张照片，每张写80 token说明，Qwen2.5 7B，L4要几张？",
                  {"items_per_batch": 800, "queries_per_day": 12})


def test_rent_by_the_hour():
    assert_params("租A100按小时6块，买一张8万，满负荷跑三年哪个划算？", {"rent_cny_per_hour": 6})


def test_a_month_charged_by_the_verb():
    assert_params("付费会员每月就收25块，每人每天问8次，每次输出200 token，Qwen2.5 7B租L40S每卡每小时4元，能不亏吗？",
                  {"cny_per_user_month": 25})
    assert_params("给会员推AI助手，每月收39.9，每人每天大概2000 token输出，Qwen2.5 7B，L4部署，会员2万人，能回本吗",
                  {"cny_per_user_month": 39.9})


def test_a_new_consumer_cards_bare_number_is_unknown():
    with pytest.raises(CalcError) as e:
        compute(parse("5080出来了，16G显存，跑Qwen2.5 7B比4090快多少？"))
    assert e.value.kind == "unknown_accelerator"


def test_a_servers_quote_with_the_dollar_sign_before():
    assert_params("预算$300万，DGX H200一台报$40万，能买几台？", {"server_price_usd": 400_000})


def test_cards_split_into_groups():
    q = "总共512张H100，按64卡一组分给各团队，能分几组"
    assert_params(q, {"pool_gpus": 64, "gpus": 512})
    assert "8" in _head(q)


def test_training_pools_asked():
    assert_params("一共1024张H20，够搭几个128卡的训练池子？", {"pool_gpus": 128})


def test_which_card_for_an_unknown_model():
    with pytest.raises(CalcError) as e:
        compute(parse("which GPU would I need to run Claude 3 Opus on-prem?"))
    assert e.value.kind == "unknown_model"


def test_which_card_for_a_known_model_lists_the_cards():
    res = compute(parse("what GPU do I need to run Qwen2.5 72B?"))
    assert res.intent == "memory" and any("MI300X" in n for n in res.notes)


def test_a_load_said_of_each_place_by_its_own_word():
    assert_params("30 stadiums, 1 L40S per site, each stadium peaks at ~20 QPS, Llama 3.1 8B, 300-token prompts, "
                  "150-token outputs. enough?", {"qps": 600, "load_per_site": 20})


def test_run_locally_at_each_of_the_places():
    assert_params("准备放到各地区运维仓本地跑，全国120个运维仓，每天一共50万次请求，单次输入1000 token，输出200 token，"
                  "Mistral 7B放在L4上，总共要多少张卡", {"sites": 120})


def test_peak_over_the_quiet_hours():
    assert_params("晚高峰订单量大概是平峰的4倍，日均100万次请求，每次输入600 token，输出100 token，Gemma 2 27B，L40S，"
                  "需要几张？", {"peak_factor": 4})


def test_a_boxs_measured_rate_in_requests_a_day():
    res = compute(parse("一台8卡L40S实测每秒能出5000个token（Llama 3.1 8B），一天最多能做多少条回复？每条输出200 token"))
    assert res.intent == "throughput" and any(f.name == "queries_in_period" for f in res.figures)


def test_a_budget_asked_whether_enough():
    assert_params("要做10组实验，每组Llama 3.1 8B训30亿token，A100 40GB每小时7元一张，总预算够不够20万？",
                  {"budget_cny": 200_000})


def test_each_stores_day():
    assert_params("全市30家店，每店放1张L4跑Qwen2.5 7B，每家店每天大概500条咨询，每条输入2000 token输出200，够吗？",
                  {"queries_per_day": 15_000, "load_per_site": 500})


def test_last_years_bill_grown_this_year():
    assert "按2倍计" in _head("去年一共用了8000 GPU小时，每卡时12元，花了多少？明年要翻2倍")
