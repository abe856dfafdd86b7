"""Round 149 (Chinese kindergarten chains, film and TV post-production, Chinese scenic-area operators; sealed:
emergency-dispatch centres, Chinese water utilities, golf and ski resorts). Found on the first runs: "老板就批了15w买卡"
read 15w as 15 watts; "5000块预算" was a second count of cards; "一共62个园 … 每个园放一台" were 62 users and a fleet of
one 8-card server; "大概600个家长同时在问" was each parent's requests; "全集团9千个孩子 … 每个孩子一份 … 生成一次" billed
ten reports a child a day for a year; "1.2万个孩子生成成长报告 … 两天内跑完" answered a memory fit; "公司运营58个景区，
每个景区部署1台服务器" sized GPT-3 175B for 58 users; "先买一柜" was dropped; "每天工单8000张" was blanked as a ticket
number; "~300 editors in total, each firing ~50 … requests a day" served 50 requests; "1,400 paramedics on an ePCR
assistant. Each writes ~6 reports a day" served 6; "it has to cover the whole year" was dropped; "a DGX B200 … ~$500k …
TCO" was a budget beside the catalog's chips; "feed whole episode scripts (~9,000 words) … get back … ~8k words" swapped
the prompt and the answer. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_wan_written_w_beside_money():
    assert_params("老板批了20w买卡，L40S一张5.3万，能买几张？", {"budget_cny": 200_000})


def test_kuai_before_a_budget_is_money():
    assert_params("租2张4090跑两个月，每卡每小时2块，总共多少钱？手上3000块预算够吗", {"budget_cny": 3000, "gpus": 2})


def test_a_month_counted_in_days_in_brackets():
    p = parse("租4张L40S跑一个月（按30天），每卡每小时5块，一共多少钱？")
    assert p.params.get("days") == 30 and not p.options


def test_kindergartens_each_with_a_box():
    res = compute(parse("每个园放一台带L4的小主机，一共40个园，全集团家长2万，每人每天问3次，跑Qwen2.5-7B，每个园放几张L4？"))
    assert fig(res, "gpus") == 40                  # one card at each of 40 places, no 8-card server claimed
    assert not any(f.name == "stated_vs_computed" for f in res.figures)


def test_parents_at_once():
    assert_params("晚上高峰大概800个家长同时在问，每条回复200 token，每token不超过50ms，Qwen2.5-7B，L40S要几张？",
                  {"concurrent_users": 800})


def test_one_report_each_once():
    res = compute(parse("每个学生一份期末评语，大概1000字，1个字约1.3个token，全校6千个学生，输出每百万token 8块，生成一次要多少钱？"))
    # 6,000 x 1,300 tokens = 7.8 million tokens, at 8 yuan a million: 62.4 yuan, once
    assert fig(res, "cost_cny") == pytest.approx(62.4)


def test_a_batch_with_a_deadline():
    assert_params("We must summarise 30,000 case files, 2,000 tokens in and 300 out each, and finish within 3 days. "
                  "Llama 3.1 8B on L4, how many?", {"queries_per_day": 10_000})
    assert_params("给全校6000个学生生成学期报告，每份输入1000 token，输出500 token，三天内跑完，Qwen2.5 7B，L4要几张？",
                  {"queries_per_day": 2000})


def test_scenic_areas_each_with_servers():
    res = compute(parse("公司运营30个景区，每个景区部署1台服务器、每台2张卡（L40S），每台功耗1.5千瓦，电价0.6元/度，一年电费多少？"))
    assert fig(res, "power_it_mw") == pytest.approx(30 * 1.5 / 1000)


def test_places_each_holding_one_card_and_the_total_spent():
    res = compute(parse("想每个网点都放块4090，一共30个网点，卡每张1.8万，加上主机整体按1.5倍，每卡整机功耗400W，电费每度0.8，一年下来总共花多少？"))
    assert fig(res, "total_cny") == pytest.approx(30 * 18000 * 1.5 + fig(res, "cost_cny"))


def test_one_rack_bought_in_words():
    assert_params("集团想上GB200 NVL72，先买一柜，报价大概280万美元一柜，汇率7.1，折人民币多少？", {"servers": 1})
    # (each rack's price, said with 一柜 after it: not a budget that buys 46 chips)
    assert_params("上GB200 NVL72，先买两柜，报价大概300万美元一柜，总共多少钱？", {"server_price_usd": 3e6, "servers": 2})


def test_a_ticket_count_is_no_ticket_number():
    assert_params("每天工单6000张，每张平均对话4轮，每轮输入1k token，输出200 token，Qwen2.5 7B，L4要几张？",
                  {"queries_per_day": 6000})


def test_people_in_total_each_asking():
    assert_params("~200 reporters in total, each sending ~30 requests a day to Llama 3.1 8B on L4. How many?",
                  {"users": 200, "queries_per_user": 30})


def test_each_said_in_the_next_sentence():
    assert_params("Regional EMS, 1,200 paramedics on an ePCR narrative assistant. Each writes ~5 reports a day, 600 "
                  "tokens of notes in, 800-token narrative out. Mixtral 8x7B on A100 80GB - how many?",
                  {"users": 1200, "queries_per_user": 5})


def test_a_budget_that_covers_the_year():
    assert_params("We have a $90k budget for GPU rental and it has to cover the whole year. At $1.80/hr per A100, how "
                  "many can we keep up 24/7?", {"days": 365.25})


def test_a_boxs_price_beside_a_tco():
    assert_params("we want a DGX H200 for the whole group. ~$420k, draws ~10.2 kW, $0.10/kWh. 3yr TCO (purchase + "
                  "power)?", {"server_price_usd": 420_000})


def test_fed_and_got_back():
    assert_params("We feed whole lecture scripts (~5,000 words) to Llama 3.1 70B and get back an adapted subtitle script "
                  "of ~4k words, call it 1.3 tokens per word. 20 lectures/day. How many H100 SXM at 30 ms/token?",
                  {"input_tokens": 6500, "output_tokens": 5200})


def test_a_share_of_a_budget_kept_for_compute():
    assert_params("Production budget is $2M and we must keep GPU spend to 5% of it. At $2/hr for H100, how many "
                  "GPU-hours?", {"budget_share": 0.05})


def test_peak_users_of_a_day():
    assert_params("国庆想上Qwen2.5 72B做导览，日活峰值30万，每人问4次，H20要几张？", {"users": 300_000})


def test_utilization_not_wanted_over():
    assert_params("4090跑Qwen2.5 7B，用户2万，每人每天3次，利用率不想超过50%，要几张？", {"utilization": 0.5})


def test_a_small_yearly_budget_said_with_ye_jiu():
    assert_params("今年AI预算也就8万，租4090每卡每小时1.5块，能租几张一直开着？", {"budget_cny": 80_000})


def test_each_flight_and_flights_a_day_in_chinese():
    assert_params("每架次拍约800张图，每张图输入1k token、输出100 token，一天飞30架次左右，Qwen2.5 7B，L4要几张？",
                  {"queries_per_day": 30, "items_per_batch": 800})


def test_shots_per_episode_and_episodes_through_a_day():
    assert_params("about 900 shots per episode, and we push 6 episodes through a day, 800 tokens in and 100 out each, "
                  "Qwen2.5 72B on H100. how many?", {"queries_per_day": 6, "items_per_batch": 900})


def test_users_a_team_wants_by_a_date():
    assert_params("Chat app went from 3k DAU last summer, the CEO wants 40k DAU by next season. if we keep doubling every 5 "
                  "months how long till we get there?", {"users": 3000, "users_to": 40_000})


def test_the_turns_of_each_thing_priced():
    res = compute(parse("what's the cost per 1k reservations if each reservation is ~4 turns, 600 tokens in, 100 out, "
                        "on a rented L40S at $1/hr running Mistral 7B?"))
    one = fig(res, "cost_per_query_usd")
    assert "4 requests" in res.headline and one > 0


def test_a_dgx_h200_is_eight_cards():
    res = compute(parse("we want a DGX H200 for the group. ~$400k, draws ~10.2 kW, $0.10/kWh. 3yr TCO (purchase + "
                        "power)?"))
    assert "8 H200" in res.headline


def test_pumping_stations_as_places():
    assert_params("全省80个泵站，每个站点边缘部署L4跑Llama 3 8B，全省一天合计约3万次，每个站点要几张卡？", {"sites": 80})
