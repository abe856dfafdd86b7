"""Round 159 (Chinese bubble-tea chains, craft breweries and wineries, Chinese driving schools; sealed: tattoo and
nail studios, Chinese escape-room and murder-mystery venues, coffee roasters and café chains). Found on the first
runs: "全国4500家门店的店长每人配一个AI助手" put one card in each of 4,500 stores; "一张按3.5万美刀" priced the card in
yuan; "集团规划3个亿买H20" was refused; "Generating 250 of them … on 2 H100 NVL" sized 250 cards; "同时给两百来个学员"
and "300来个玩家同时在跟它聊" were not read as people at once; "每机时12元" was a budget; "每次约40张照片" and "各做一套"
were named or dropped; "each one chats with the nail-art assistant maybe 3 times" was named (ten requests each
assumed); "each one is like 7 back-and-forth messages" was a US$7 price; "高峰QPS也就20出头" was not read; "swore one
card can do 2,000 tokens/sec" was restated, not checked; "how many consults per hour" answered a memory fit; "5 kW
for the server box" compared a server's draw. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_the_one_manager_of_each_store_is_a_user():
    q = "想给全国1200家门店的店长每人配一个AI助手，每个店长一天大概问20次，用L40S跑Qwen2.5 7B，要几张？"
    assert_params(q, {"users": 1200, "queries_per_user": 20})
    assert "sites" not in parse(q).params


def test_meidao_is_us_dollars():
    assert_params("H100一张按2.8万美刀，汇率7.1，买16张合人民币多少？", {"price_usd": 28_000})


def test_money_said_before_buying_is_a_budget():
    assert_params("公司打算拿5000万采购L40S，每张6万，能买几张？", {"budget_cny": 5e7})


def test_items_generated_of_them_are_requests_not_cards():
    q = "Our product blurbs are about 600 characters. Writing 400 of them overnight with Llama 3.1 8B on 1 L4, how long?"
    p = parse(q).params
    assert p.get("gpus") == 1 and p.get("queries_per_day") == 400


def test_people_served_at_once_said_before_the_count():
    assert_params("我们要同时给三百来个会员做AI健身指导，Qwen2.5 7B，L40S要几张？", {"concurrent_users": 300})


def test_people_at_once_said_after_the_count():
    assert_params("高峰时大概400来个玩家同时在跟NPC聊，Qwen2.5 7B，L40S要几张？", {"concurrent_users": 400})


def test_a_machine_hour_is_an_hours_rent():
    assert_params("平台按机时收费，每机时9元，用A100训Llama 3 8B，50亿token，要多少钱？", {"rent_cny_per_hour": 9})


def test_each_visits_photos_are_its_items():
    q = "全国一天大概2000次巡检，每次约30张照片给模型看，每张图输入800 token，输出80 token，Qwen2.5 7B用L40S要几张？"
    assert_params(q, {"items_per_batch": 30, "queries_per_day": 2000})


def test_one_paper_each_and_its_questions():
    q = "模拟考每套卷50道题，每题都要AI出解析，每天大概2000个学员各做一套，每题输出200个token，L40S跑Qwen2.5 7B要几张？"
    assert_params(q, {"items_per_batch": 50, "queries_per_user": 1})


def test_times_each_asks_after_many_words():
    q = ("we have 8k daily users and each one talks to the booking-and-loyalty assistant maybe 4 times. Mistral 7B. "
         "How many L4?")
    assert_params(q, {"queries_per_user": 4})


def test_each_conversation_is_so_many_messages():
    q = "about 900 support convos a day and each one is like 6 back-and-forth messages. Llama 3.1 8B on an L4 enough?"
    p = parse(q).params
    assert p.get("turns_per_session") == 6 and "price_usd" not in p


def test_peak_qps_said_as_only():
    assert_params("我们系统高峰QPS也就15，平均输入800 token输出150，Llama 3 8B用L40S一张够不够？", {"qps": 15})


def test_a_rate_someone_swore_to_is_checked():
    q = "a reseller swore one L40S can do 5,000 tokens/sec on Llama 3 8B. legit or is he making it up?"
    assert any(s.param == "claimed_value" for s in parse(q).stated)


def test_requests_an_hour_on_one_card():
    res = compute(parse("Llama 3.1 8B on an L4, 500 tokens in and 200 out, how many requests per hour can it do?"))
    assert res.intent == "throughput" and res.figure("queries_in_period") is not None


def test_a_boxs_power_and_each_cards_draw():
    p = parse("the back room only has about 6 kW for the server box. how many L40S can I run at 400 W each all in?").params
    assert "watts_per_server" not in p and p.get("server_power_cap_w") == 6000


def test_a_measured_rate_of_the_machine_named():
    q = "实测4卡L40S的机器跑Llama 3 8B每秒能出5000 token，一天要输出3亿token，峰值2倍，要几台？"
    assert_params(q, {"observed_tokens_per_s_per_server": 5000})


def test_a_claimed_fit_is_checked_in_the_headline():
    res = compute(parse("销售说96G显存一张H20就能跑Qwen2.5 72B，真的假的？"))
    assert "给出的" in res.headline


def test_a_run_in_hours_quoted_as_said():
    res = compute(parse("a vendor pitched: fine-tune Llama 3 8B on 2B tokens in under 10 hours on one HGX H100 box. "
                        "realistic?"))
    assert "10 hours" in res.headline


def test_someone_said_hours_imply_an_mfu():
    q = ("someone on our team said Llama 3 70B took 6.4M H100 GPU-hours for 15T tokens. Does that math actually "
         "check out?")
    assert "MFU" in compute(parse(q)).headline


def test_query_volume_a_day():
    assert_params("Our chatbot request volume across all stores is about 2M/day and growing 50% a year. How many in 2 years?",
                  {"queries_per_day": 2e6})


def test_hour_said_in_chinese_is_an_hour():
    res = compute(parse("一张L40S跑Qwen2.5 7B，输入500输出200，一小时能处理多少个请求？"))
    assert "每小时" in res.headline and fig(res, "queries_in_period") > 0
