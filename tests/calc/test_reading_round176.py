"""Round 176 (window-cleaning companies, UK and Irish scaffolding firms, Chinese pet-food shops; sealed: Chinese 民宿
owners, fishmongers and seafood wholesalers, Chinese flower shops). Found on the first runs: "12,000 sheets" read as
12,000 cards (a 10.5 MW answer) and "CAD drawings" as a power question; "how many days to get through the lot?" not
a job; "TG20 stuff" an unknown accelerator; "takes 3 weeks on 64 H100s … check his maths" an implied MFU, no check;
"in under 30 seconds" for one request unread; "first word in under a second" unread; "~14,000 tokens" of a huge
prompt read as the answer; "how long does each call take" a day's job; "35 tokens/s per chat" a card's rate;
"Exchange is 1.36" unread; "dollars at 12c" unread; "40 demandes de soumission par jour" unread; "1,460 GPU-hours
last month … at $2.49. Is that about right" a purchase at $2.49 and the hours unused; "2,500 companies … each 200
calls a day" read as prompt tokens; "(we have 9)" unread; "we've 35 of them" 35 cards; "1,100 tokens/s on our
2-GPU box" each card's; "we fly 3 towers a day" of "1,800 images per flight" unread; "3.2k a day across all 14
trucks" unread and the trucks read as users; "a 6-crew … co" the users; "Each one's a back and forth of maybe 8
messages" dropped; "max 32 concurrent per replica" the whole load; "plus 25%" of the build unread; "是平均的4倍" of
"晚上是高峰" unread; "一千二百多个SKU … 全部重写一遍 … 总共大概多少钱" a memory answer; "一共两千条 … 要多久" a
fleet; "一周内把两千个商品的文案全生成完，要租几张H100" a memory answer; "同时接五百个顾客" unread; "两千万token输入
… 一天跑得完吗" a purchase. Sealed: "1.2k家民宿，每家每天平均40条" unread; "1500张房间照片" 1,500 cards; "每天2000个
token的输出" of each guest a day's total; "Avg day is ~2,500 order texts" each cafe's; "H100 for $2.40/hr" beside
"H200 rents for $3.50/hr" a second rent unread; "regenerate it 5 times a day" each person's; "each has 4 GPUs and
draws ~2.2 kW" a site's supply; "every fishmonger … (~2,000 shops …) gets ~1,500 tokens a day" unread; "一台DGX B200"
set aside; "~40 of them" 40 cards; "~1,200 fish tags to generate" unread; "on our one HGX A100 box" the cards';
"An 8-card Gaudi 2 server pulls ~7.5 kW" one card's bill; "a GB200 NVL72 rack at around US$3.5M … how many days"
GPU-hours only; "billed us 2,000 GPU-hours … 8 cards running 10 days" days recomputed; "凌晨拍卖那会儿是平均的4倍"
unread; "每件 … 平均聊2.5轮" unread; "拉一路30千瓦的电" a server's draw. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, figure, headline, stated_values


def test_sheets_counted_are_pages_not_cards():
    q = "We've got 8,000 sheets of old site plans, ~1,800 tokens each in and 200 out. Qwen2.5 7B on one L40S. How long?"
    assert_params(q, {"queries_per_day": 8000.0, "gpus": 1.0})
    assert figure(q, "job_hours") is not None


def test_sheets_of_a_card_are_still_cards():
    assert_params("we have 64 sheets of H100 and want to train a 3B model on 500B tokens. how many days?",
                  {"gpus": 64.0})


def test_drawings_are_no_power_draw():
    q = "Digitising 5,000 drawings, ~1,000 tokens each in and 150 out, Llama 3.1 8B on one L4 - how many hours?"
    assert parse(q).intent == "throughput"


def test_days_to_get_through_a_pile_is_a_job():
    q = "3,000 invoices to summarise, 1,200 tokens in and 250 out each, Llama 3.1 8B on one L4. How many " \
        "days to chew through them?"
    assert figure(q, "job_hours") is not None


def test_a_standard_named_beside_a_catalogued_card_is_no_card():
    q = "cost to fine tune Llama 3 8B on 1B tokens of EN12811 docs, 3 epochs, renting H100s at $2.10 an hour?"
    assert parse(q).params.get("accelerator") == "h100_sxm"
    assert not [u for u in compute(parse(q)).unused if "12811" in u.text]


def test_a_training_time_told_to_the_boss_is_checked():
    q = "The vendor is telling our CTO that training a 7B model on 1T tokens takes 2 weeks on 32 H100s. Can you " \
        "check their maths?"
    assert "'2 weeks'" in headline(q)


def test_one_request_time_claimed_is_checked_against_that_request():
    q = "Their rep says a 50k-token contract in, 4k out, comes back in under 20 seconds on one H200 with Llama 3.3 " \
        "70B. Really?"
    assert stated_values(q, "claimed_value") == [20.0]
    assert figure(q, "request_alone_s") is not None


def test_first_word_is_the_first_token():
    q = "want the first word on screen in under a second, then 30ms a token, 300 users at once, Llama 3.1 8B on L40S"
    assert_params(q, {"ttft_ms": 1000.0})


def test_a_prompt_described_then_its_length_is_the_input():
    q = "Each run has a massive prompt, every open ticket for the week, ~20,000 tokens, and a 500 token summary back. " \
        "Llama 3.1 70B on H100s, how long does each run take?"
    assert_params(q, {"input_tokens": 20000.0, "output_tokens": 500.0})
    assert figure(q, "request_alone_s") is not None


def test_how_long_per_request_is_one_request_alone():
    q = "Llama 3.1 8B on one L4, 3,000 tokens in and 400 out. How long does a single request take?"
    assert figure(q, "request_alone_s") is not None


def test_a_speed_per_conversation_is_the_latency_target():
    q = "On one H100 with Llama 3.1 8B can we hold ~40 tokens/s per conversation with 100 conversations at once?"
    assert parse(q).params.get("tpot_ms") == pytest.approx(25.0)


def test_exchange_said_alone_is_the_rate():
    q = "Budget is about $60,000 CAD. Exchange's 1.38. How many L40S at US$8,000 each?"
    assert_params(q, {"local_per_usd": 1.38})


def test_cents_written_c_where_power_is_priced():
    q = "0.4 J per token, 10M tokens a day, what's that in kWh a week and dollars at 9c per kWh?"
    assert_params(q, {"electricity_usd_per_kwh": 0.09})


def test_french_quote_requests_counted_a_day():
    q = "On reçoit environ 60 demandes de soumission par jour. Llama 3.1 8B sur un L4 loué à 0,90 $/h, combien ça " \
        "coûte par soumission? 800 tokens en entrée et 300 en sortie."
    assert_params(q, {"queries_per_day": 60.0})
    assert figure(q, "cost_per_query_usd") is not None


def test_gpu_hours_billed_for_a_load_are_checked():
    q = "Our cloud invoice says 2,200 GPU-hours last month on H100 at $2.20. Fair for ~5,000 chats a day on Llama 3.1 " \
        "70B, or are we being overcharged?"
    assert_params(q, {"rent_usd_per_hour": 2.2})
    assert stated_values(q, "claimed_value") == [2200.0]


def test_businesses_each_with_calls_are_the_users():
    q = "3,000 companies signed up, each maybe 50 AI calls a day. Llama 3.1 8B, 1,000 tokens in, 200 out. How many " \
        "L40S?"
    assert_params(q, {"users": 3000.0, "queries_per_user": 50.0})


def test_people_counted_in_brackets():
    q = "Each planner (we have 14) uses about 30,000 tokens a day. Llama 3.1 8B on an L4 vs $0.40 per million tokens?"
    assert_params(q, {"users": 14.0})


def test_each_person_then_how_many_of_them():
    q = "Each surveyor burns maybe 40k tokens a day and we've 22 of them. Llama 3.1 8B on one L4 - enough?"
    assert_params(q, {"users": 22.0, "gpus": 1.0})


def test_a_rate_measured_on_a_box_is_the_boxs():
    q = "We get 2,400 tokens/s on our 4-GPU L4 box running Llama 3.1 8B. Peak week is 40M output tokens a day. How " \
        "many boxes?"
    assert_params(q, {"observed_tokens_per_s_per_server": 2400.0})


def test_one_batch_equals_its_items_and_batches_a_day():
    q = "One site = ~900 photos per visit, we do 5 sites a day. ~700 tokens per photo in, 80 out. Qwen2.5 7B on 2 " \
        "L40S, how long for a day's visits?"
    assert_params(q, {"items_per_batch": 900.0, "queries_per_day": 5.0})


def test_a_days_total_across_the_fleet_of_vans():
    q = "Drivers send in proof-of-delivery pics, about 6k a day across all 30 vans. 2 L4s at 72W each, 15¢/kWh, what's " \
        "the power cost per 1k pics?"
    assert_params(q, {"queries_per_day": 6000.0})
    assert "users" not in parse(q).params


def test_a_company_sized_by_crews_is_no_users():
    q = "we're a 4-crew outfit. about 150 people a day use the chat, 6 messages each. Llama 3 8B on L4s, how many?"
    assert_params(q, {"users": 150.0})


def test_each_ones_back_and_forth_is_its_turns():
    q = "we get 300 enquiries a day; each one's a back and forth of about 6 messages. Llama 3.1 8B on L4s, how many?"
    assert_params(q, {"queries_per_day": 300.0, "turns_per_session": 6.0})


def test_concurrency_per_replica_is_the_batch():
    q = "2 replicas of Llama 3.1 70B on H100s, TP8, max 48 concurrent per replica. How many users at 30 requests a " \
        "day each?"
    assert_params(q, {"batch_per_replica": 48.0})


def test_plus_a_share_after_the_build_listed():
    q = "16 L40S at $8,500 each. All in with servers, switches and cabling - call it plus 30%?"
    assert_params(q, {"all_in_multiple": 1.3})


def test_peak_after_a_comma_is_a_multiple_of_the_average():
    q = "每天咨询大概8000次，中午是高峰，大概是平均的3倍，Qwen2.5 7B用L4要几张？"
    assert_params(q, {"peak_factor": 3.0})


def test_a_catalogue_rewritten_once_is_a_job_priced_at_the_rent():
    q = "店里三千多个商品，想让AI把标题全部改写一遍，每个输入200 token，输出100 token，用Qwen2.5 7B，租L40S一小时1美元，" \
        "总共多少钱？"
    assert_params(q, {"queries_per_day": 3000.0})
    assert figure(q, "job_cost_usd") is not None


def test_a_deadline_for_a_job_sizes_the_cards():
    q = "想在两周内把全部三千个产品的详情页改写完，用Qwen2.5 72B，每条500 token，要租几张H100？"
    assert figure(q, "job_hours") is not None and figure(q, "gpus") is not None


def test_taking_customers_at_once_is_concurrency():
    q = "他们说一张4090能同时接三百个客户，模型是Qwen2.5 7B，靠谱吗"
    assert_params(q, {"concurrent_users": 300.0})


def test_a_days_volume_said_once_at_the_start():
    q = "每天把新增工单过一遍，大概三千万token输入，输出一百万token，Qwen2.5 7B，一张L40S一天跑得完吗？"
    assert_params(q, {"input_tokens_per_day": 3e7, "tokens_per_day": 1e6})
    assert figure(q, "job_hours") is not None


def test_businesses_counted_with_their_kind_after_jia():
    q = "平台上现在3.5k家民宿，每家每天平均25条客人消息，Llama 3 8B跑在L4上要几张？"
    assert_params(q, {"users": 3500.0, "queries_per_user": 25.0})


def test_pictures_counted_in_zhang_are_no_cards():
    q = "我们有3000张产品照片要改写描述，每条输出200个token，Qwen2.5 7B，一张L4跑完要多久？"
    assert_params(q, {"queries_per_day": 3000.0, "gpus": 1.0})


def test_a_rent_for_each_card_of_a_match():
    q = "B200 is 2x faster than H100 for us. 20k requests a day on 4 H100s. B200 rents for $5/hr, H100 for $2.50/hr - " \
        "cheaper per request?"
    assert_params(q, {"rent_usd_per_hour": 5.0, "match_rent_usd_per_hour": 2.5})
    assert figure(q, "work_per_rent_ratio") == pytest.approx(1.0)


def test_a_server_priced_is_the_fleet_of_a_run():
    q = "If we bought a GB200 NVL72 rack at roughly US$3M, how many days to pretrain a 3B model on 9T tokens at 35% MFU?"
    assert figure(q, "train_days") is not None


def test_gpu_hours_billed_beside_cards_and_days_are_the_claim():
    q = "The lab billed 3,000 GPU-hours, said it was 16 cards for 8 days. Does that add up?"
    assert stated_values(q, "claimed_value") == [3000.0]


def test_a_time_of_day_at_a_multiple_of_the_average_is_the_peak():
    q = "日活3万，每人每天问10次，晚上八点那会儿是平均的5倍，Qwen2.5 7B用L4要几张？"
    assert_params(q, {"peak_factor": 5.0})


def test_a_supply_of_kilowatts_is_the_sites():
    q = "厂房那边能单独拉一路25千瓦的电，放HGX H100能放几台？每台按10.2kW算"
    assert_params(q, {"power_mw": 0.025, "watts_per_server": 10200.0})


def test_how_busy_is_the_load_over_what_was_measured():
    q = "We measured 5,000 tok/s on our one 8x H100 box running Llama 3.1 70B. We push ~10M tokens a day. How busy " \
        "is it?"
    assert figure(q, "load_share") is not None


def test_a_budgets_change_is_told_when_asked():
    q = "Budget of $20,000 for L4s at $2,500 each. How many, and how much is left?"
    assert figure(q, "budget_left_usd") == pytest.approx(0.0)
    assert "left over" in headline(q)


def test_a_price_then_a_new_sentence_is_no_lot():
    q = "Dell quoted 12% off list on 256 H100s at $28k. total spend, and the cost per GPU-hour over 3 years?"
    assert_params(q, {"price_usd": 28000.0})


def test_one_server_described_is_the_fleet_billed():
    q = "Power is 30c/kWh. An 8-card Gaudi 3 server pulls ~12 kW. What's that over 12 months?"
    assert "for 8 Gaudi 3" in headline(q)


def test_one_server_described_billed_per_card_when_asked():
    q = "L40S box w/ 4 cards pulls ~2.4kW at the wall. at $0.30/kWh whats that per card per month?"
    assert_params(q, {"watts_per_server": 2400.0})
    assert "for 1 L40S" in headline(q)
