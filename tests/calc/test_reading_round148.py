"""Round 148 (dental clinic chains, Chinese cosmetics brands, Chinese express-delivery companies; sealed: Chinese
textile exporters, drone and aerial-survey companies, wedding and event planners). Found on the first runs: "$210k
across 24 practices … how many cards per practice" answered the chain's cards only; "Quote was $289k and we're
getting 15% off … renting" took the 15% off the rent; "the box itself is ~$3.1k" was a second card price; "Monday
mornings ~4x that" and "wedding season is like 4x normal" were set aside; "~30k reply threads in a day" was one
answer's length; "1 server, 8x L40S, ~4.2 kW" was a site's power; "~220 characters avg, replies ~400 chars" read both
as answers; "4x L4 servers at ~600 W each" was each card's draw; "每百万token成本：4张L40S" read the cards as a
token price and sized GPT-3 175B; "电价0.65" beside US$ was dollars; "9.5林吉特" was US$; "每个SU收6块" was 6 cards;
"每人每天用AI翻译四十封邮件" was left unread; "each flight comes back with 1,500 images" was left unread; "retrain 4
times a month" was a doubling every week; "each couple burns ~3,500 tokens a day … 8,000 couples a day" served
8,000 requests of the default length; "a single rack … capped at 5 kW" was dropped. These tests say the same in
other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_a_budgets_cards_split_over_the_places():
    res = compute(parse("We have $300k for GPUs across 12 regional offices, L40S at $9,500 each. How many cards per "
                        "office?"))
    assert fig(res, "gpus_per_site") == 2          # 31 cards, 2 whole cards at each of 12


def test_chinese_places_are_no_people():
    res = compute(parse("预算200万元，全省10个地市分，L40S每张8万，每个地市能分几张？"))
    assert fig(res, "gpus_per_site") == 2


def test_a_discount_said_of_the_quote_before_the_rent():
    res = compute(parse("The board wants to buy a DGX H200 for the imaging work. Quote was $400k and we get 10% off. "
                        "How many months of renting 8 H200 at $3/hr is that worth?"))
    # the box's 400k less 10% is 45,000 a card, against $3 an hour less its power (not 50,000 a card)
    saved = fig(res, "rent_per_month_usd") - fig(res, "power_per_month_usd")
    assert fig(res, "breakeven_months") == pytest.approx(45_000 / saved)


def test_a_total_quote_for_servers_counted():
    assert_params("We want 3 DGX H100 and were quoted $900k. Fair?", {"server_price_usd": 300_000})


def test_the_boxs_own_price_beside_the_cards():
    assert_params("20 shops, each a 1-GPU server with an L4. L4 is $2,500 a card and the box itself is ~$2.8k. "
                  "Capex?", {"server_price_usd": 2800, "price_usd": 2500})


def test_a_busy_time_of_the_week_multiplies_the_rate():
    assert_params("we see 20 QPS on average, friday evenings 3x that. Llama 3 8B on L4, how many?",
                  {"peak_factor": 3})
    assert_params("festival season is like 5x normal, 10 QPS otherwise. Llama 3 8B on L4, how many?",
                  {"peak_factor": 5})


def test_reply_threads_are_counted():
    assert_params("we expect ~12k reply threads a day, ~3 turns each, 400 in / 80 out, Llama 3 8B on L4. How many?",
                  {"queries_per_day": 12000, "output_tokens": 80})


def test_one_servers_draw_listed_beside_it():
    assert_params("1 server, 4x L40S, ~2.1 kW, $0.15/kWh. Yearly bill?", {"watts_per_server": 2100})


def test_chars_answered_later_make_the_first_text_the_prompt():
    assert_params("Incoming texts are short, ~300 characters avg, replies ~500 chars, 4 chars per token. 20k messages "
                  "a day on Llama 3 8B, how many L4?", {"input_tokens": 75, "output_tokens": 125})


def test_each_server_draws_said_after_the_servers():
    res = compute(parse("Our UPS is 6 kVA at power factor 0.9. How many 2x L4 servers at ~400 W each can it carry?"))
    assert fig(res, "servers") == 13               # 5.4 kW of IT load / 400 W


def test_a_fleets_token_cost_from_its_price_and_volume():
    res = compute(parse("算一下每百万token成本：8张L40S每张7万，折旧3年，电费0.5元/度，每天输出2亿token"))
    assert res.headline.startswith("每100万个token成本")
    assert "GPT-3" not in res.headline


def test_an_unmarked_power_price_in_chinese_is_yuan():
    assert_params("采购2台DGX H100，每台30万美元，汇率7.2，每台10.2kW，电价0.7，一年电费多少", {"electricity_cny_per_kwh": 0.7})


def test_ringgit_in_chinese():
    p = parse("在马来西亚租A100，每卡每小时6林吉特，1美元=4.5林吉特，32张卡租一个月多少美元？").params
    assert p.get("rent_usd_per_hour") == pytest.approx(6 / 4.5)
    assert "usd_cny" not in p


def test_a_service_units_price_in_speech():
    assert_params("1 SU = 1个GPU卡时，每个SU收8块，训Qwen2.5 7B，数据3亿token，MFU 35%，A100要多少钱？",
                  {"rent_cny_per_hour": 8})


def test_emails_counted_with_their_measure_word():
    assert_params("八百个外贸员，每人每天用AI写大概二十封邮件，每封输出500 token，Qwen2.5 72B，H20要几张？",
                  {"queries_per_user": 20, "users": 800})


def test_each_persons_day_of_tokens_made_with_ai():
    assert_params("每个设计师每天AI生成大概6000 token，全公司300人，Qwen2.5 72B放H100上，几张？",
                  {"tokens_per_user_day": 6000, "users": 300})


def test_chips_counted_in_chinese():
    assert_params("上次在TPU v5e上用128个chip训了10天，这次换TPU v5p，chip数不变，几天？", {"from_gpus": 128})


def test_items_of_each_batch_are_requests():
    res = compute(parse("We do ~25 inspection runs a day and each run brings back about 800 photos. Qwen2.5 7B, "
                        "900 input tokens per photo, 100 out. How many L4?"))
    assert fig(res, "qps") * 86400 == pytest.approx(20000)      # 25 runs x 800 photos, one request each
    assert_params("90 sorties/day, about 1,200 images per sortie, Qwen2.5 7B on L4, how many?",
                  {"queries_per_day": 90, "items_per_batch": 1200})
    assert_params("每天150个批次，每批400张图片，Qwen2.5 7B，L4要几张", {"queries_per_day": 150, "items_per_batch": 400})


def test_a_run_repeated_in_a_month_is_no_growth():
    p = parse("Each fine-tune takes 600 GPU-hours on H100s at $2.20/hr. What's that per month if we retrain 3 times a "
              "month?").params
    assert p.get("runs") == 3 and "doubling_months" not in p


def test_each_ones_tokens_make_the_day_counts_people():
    assert_params("each family burns ~2,000 tokens a day with the app and we have 5,000 families a day. Llama 3 8B on "
                  "L4, how many?", {"users": 5000, "tokens_per_user_day": 2000})


def test_a_single_rack_is_counted():
    assert_params("we have only a single cabinet in a colo, capped at 8 kW. how many L40S at 500 W each incl. the "
                  "server?",
                  {"racks": 1})


def test_a_hedged_pue_and_a_cost_in_electricity():
    res = compute(parse("What would it cost in electricity to run 4 L40S 24/7 at 400W each? 25p per kWh and the PUE "
                        "is something like 1.4."))
    assert parse("What would it cost in electricity to run 4 L40S 24/7 at 400W each? 25p per kWh and the PUE is "
                 "something like 1.4.").params.get("pue") == pytest.approx(1.4)
    # 4 x 400 W x PUE 1.4 x 8,766 h x £0.25 = £4,909 (at US$1.35 per £: US$6,627)
    assert fig(res, "cost_usd") == pytest.approx(4 * 0.4 * 1.4 * 8766 * 0.25 * 1.35, rel=0.01)


def test_users_waited_for():
    assert_params("we have 2,000 daily users and double every 4 months. how long til we're at 30k daily users?",
                  {"users": 2000, "users_to": 30000})


def test_each_chats_a_number_of_times():
    assert_params("20k monthly users, ~15% daily, each chats 4 times, Llama 3 8B, 600 in / 100 out. How many L4?",
                  {"queries_per_user": 4})


def test_a_rents_months_said_with_which_ones():
    assert_params("rent 4 L40S for just the 3 summer months at $1/hr, total?", {"days": pytest.approx(91.3125)})


def test_crews_each_with_an_edge_box():
    res = compute(parse("30 field teams, each van has an edge box with 2 cards per box (L4). Llama 3.1 8B, measured "
                        "~500 tok/s per GPU. What's the total output tokens per day across the fleet?"))
    assert "billion output tokens a day" in res.headline      # 60 x 500 x 86,400 = 2.59 billion


def test_substations_and_cards_per_site():
    assert_params("L4 boxes for 120 substations, ~240k frames a day total, Qwen2.5 7B, 800 in 60 out. How many cards "
                  "per site?", {"sites": 120})


def test_a_fleets_day_of_tokens_and_its_racks_price():
    res = compute(parse("2 GB200 NVL72 racks serving Llama 3.1 70B. What's the tokens/day capacity, and the total "
                        "cost if a rack is ~$3.2M?"))
    assert fig(res, "capex_usd") == pytest.approx(6.4e6)
    assert fig(res, "tokens_in_period") > 0
