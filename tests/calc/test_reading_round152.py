"""Round 152 (Chinese driving schools, bakery and café chains, Chinese recruitment platforms; sealed: ferry operators and
marinas, Chinese elderly-care homes, auction houses and photo studios). Found on the first runs: "日活学员大概1.2万" and
"月活学员40万" were unread (a memory answer; a refusal for want of users); "一次预约平均来回5轮对话，每天大概20,000次预约"
left the turns aside; "一台8卡4090报价22万" priced each card (6 cards for 150万; 48 now); "1台DGX B200报价约380万元 …
每天能处理多少次学员问答" answered the purchase only; "one box … with 4x RTX 4090s, pulls about 1.8 kW" billed 1.8 kW a card;
"one replica per L40S" was unread; "每天 queries 大概 2,400万" was unread; "够不够训两次 … 每次15T token" costed one run
(and a fleet for 'twice a day' users); "高峰同时 20 场面试" was unread; "nine hundred-ish simultaneous chats", "two
thousand-odd berth holders" were unread; "If we get MFU up to 42%" answered the same 2,600 GPU-hours twice ("0 fewer");
"our 8B fine-tunes" was 8 billion runs (refused); "Summer peak is 2.5x winter. How many GPUs for summer" was set aside;
"全集团一共7000来位老人" and "全院一批大概1200份记录" were unread; "是高峰，大概3倍" was unread; "每位老人每月收AI陪护服务费
30元" was a budget; "MFU能比我们现在高5个点" was unread; "18,500 lots … each needs" was unread; "our 4x H200 box … 2,600
tokens/s per node" halved the box's rate; "The nightly job is about 22 million output tokens" was one answer's length
(refused); "add about £90k a year to the electricity bill … Is he right?" was a server's price; "¥60M budget" beside
"(¥152 = $1)" was yuan (243 cards; 11 now); "with £ at 1.26" was a card's price; "5 salerooms (London, …) and each wants
its own little on-prem box with 2 L4s" drew for one card; "Can … on a single RTX 4090 give me 30 tok/s?" answered a memory
fit. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read, fig


def test_daily_active_learners_counted():
    assert_params("我们培训机构App日活学员大概8千，每人每天问4次，Qwen2.5 7B，L4要几张？", {"users": 8000})


def test_turns_of_an_item_named_before_its_count():
    p = parse("售后助手，一次退货平均来回4轮对话，每天大概15,000次退货，Qwen2.5 7B，L4要几张？").params
    assert p.get("turns_per_session") == 4 and p.get("queries_per_day") == 15_000


def test_a_box_of_so_many_cards_priced():
    p = parse("预算100万，一台8卡4090报价20万，能买几台？").params
    assert p.get("server_price_cny") == 200_000 and "price_cny" not in p


def test_requests_a_day_asked_of_a_priced_box():
    assert parse("1台DGX H200报价约300万元，跑Llama 3 70B，每天能处理多少次客户咨询？").intent == "throughput"


def test_a_boxs_draw_no_card_draws():
    p = parse("We have one server in the office with 4x RTX 4090s, it pulls about 1.6 kW at full tilt. Monthly bill at "
              "$0.20/kWh?").params
    assert p.get("watts_per_server") == pytest.approx(1600)
    assert "watts_per_gpu" not in p


def test_one_replica_on_each_card():
    assert_params("max_num_seqs=32 per replica, Llama 3.1 8B, one replica per L4, 640 concurrent users: how many L4?",
                  {"tensor_parallel": 1})


def test_requests_a_day_named_in_english_in_chinese():
    assert_params("ranking pipeline 每天 requests 大概 1,200万，prompt 1k tokens，Llama 3.1 8B on L4 要几张？",
                  {"queries_per_day": 12_000_000})


def test_a_training_run_done_twice():
    assert_params("预算$30万，租H100 $2/hr，够不够训三次 Llama 3 8B、每次 5T token？", {"runs": 3})


def test_sessions_at_once():
    assert_params("高峰同时 30 场直播，Llama 3 8B，L40S扛得住吗？", {"concurrent_users": 30})


def test_counts_in_words_with_ish_and_odd():
    assert_params("Peak is eight hundred-ish simultaneous chats on Llama 3.1 8B, TP1 on L40S, batch cap 32 per "
                  "replica. How many GPUs?", {"concurrent_users": 800})
    assert_params("Club with three thousand-odd members, maybe 20% use the app on a given day, 4 questions each. "
                  "Qwen2.5 7B on one L4 enough?", {"users": 3000})


def test_mfu_brought_up_to_in_english():
    res = compute(parse("Last run took 4,000 GPU-hours on H100 at 35% MFU. If we bring MFU up to 50% how many "
                        "GPU-hours?"))
    assert fig(res, "gpu_hours") == pytest.approx(4000 * 35 / 50)


def test_a_models_size_is_no_count_of_runs():
    p = parse("We get about 200 TFLOP/s per GPU on H100 for our 7B fine-tunes. Mistral 7B, 2B tokens, 1 epoch, "
              "8 GPUs. How many days?").params
    assert "runs" not in p


def test_a_season_grows_the_stated_fleet():
    res = compute(parse("We run 4 replicas of Llama 3.1 70B at TP8 on H100. Holiday peak is 3x the normal. How many "
                        "GPUs for the holidays, and power at 700W/GPU?"))
    assert fig(res, "power_it_mw") == pytest.approx(96 * 700 / 1e6)


def test_residents_counted_all_together():
    assert_params("集团下面20家养老院，全集团一共5000来位老人，每人每天问8次，Llama 3.1 8B，L4要几张？", {"users": 5000})


def test_records_of_a_batch():
    # (800 requests: the batch's records, whether read as the job's requests or one batch a night of 800 items)
    p = parse("每晚批量跑一次，全院一批大概800份记录，每份输入2000 token、输出300 token，2张L40S一批要跑多久？").params
    assert float(p.get("queries_per_day", 1)) * float(p.get("items_per_batch", 1)) == 800


def test_the_peak_named_its_multiple_after_a_comma():
    assert_params("平均每秒20个请求，晚上八九点是高峰，大概2.5倍，Qwen2.5 7B，L4要几张？", {"peak_factor": 2.5})


def test_a_monthly_fee_with_what_it_is_for_between():
    assert_params("每位会员每月收AI健身指导费25元，2000位会员，每人每天大概3000个token，API每百万token 2块，一个月赚多少？",
                  {"cny_per_user_month": 25})


def test_mfu_points_higher_than_now():
    assert_params("供应商说MFU能比我们现在高6个点。现在是A100八卡跑10天、MFU 35%，同样8张要几天？",
                  {"mfu_gain_points": 0.06})


def test_things_each_needing_an_answer_in_a_batch():
    assert_params("We have 7,500 lots for the autumn auction and each needs a 300-word description. Llama 3.1 8B on 2 "
                  "L40S, how long will the whole batch take?", {"queries_per_day": 7_500})


def test_a_nodes_rate_is_the_boxs():
    res = compute(parse("We have 10,000 lots and each needs a 300-token description. Llama 3.1 70B on our 4x H100 "
                        "box, measured 2,000 tokens/s per node. How long will the whole batch take?"))
    assert fig(res, "job_hours") == pytest.approx(10_000 * 300 / 2000 / 3600, rel=0.01)


def test_a_nightly_jobs_output_tokens():
    assert_params("Measured ~1,500 tok/s per GPU on L4 with Llama 3.1 8B. The nightly job is about 30 million output "
                  "tokens. How many GPU-hours is that?", {"tokens_per_day": 30e6})


def test_an_amount_said_to_go_on_the_power_bill():
    p = parse("Our electrician reckons a DGX H100 will add about £40k a year to the electricity bill at 25p per kWh. "
              "Is he right?").params
    assert "server_price_usd" not in p
    assert any(s.param == "claimed_value" for s in parse("Our electrician reckons a DGX H100 will add about £40k a "
                                                         "year to the electricity bill at 25p per kWh. Is he "
                                                         "right?").stated)


def test_a_yen_budget_after_a_yen_rate():
    p = parse("Quote of ¥4.5M per L40S card (¥150 = $1). How many would a ¥45M budget buy?").params
    assert p.get("budget_usd") == pytest.approx(45e6 / 150)


def test_a_pound_rate_said_with_with():
    assert_read("3 DGX H100 at ~$300k each. What's the total in pounds with £ at 1.27?", {"usd_per_gbp": 1.27})


def test_places_listed_in_brackets_each_with_a_box():
    assert_params("We have 4 studios (Berlin, Rome, Oslo, Lisbon) and each wants its own small on-prem box with 2 "
                  "L4s. Total power at 72 W per card?", {"servers": 4})


def test_a_speed_asked_for_one_reader():
    p = parse("Can Llama 3.1 8B in int4 on a single RTX 4090 give me 40 tok/s? Just me using it.").params
    assert p.get("tpot_ms") == pytest.approx(25)
