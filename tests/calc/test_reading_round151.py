"""Round 151 (Chinese KTV and karaoke chains, craft breweries and wineries, Chinese supermarket chains; sealed: elevator
maintenance firms, Chinese smart-parking and toll-road operators, municipal waste and recycling). Found on the first runs:
"高峰同时1500个包厢在说话" was unread; "每批大概1.8万段录音" refused the question; "我们30家店一共30台 … 一个月电费多少"
sized a GPT-3 fleet for 30 users (5,983元 instead of 240 cards' 8.97万元); "1美元按7.8港币" was a budget of US$1; "1个token
按0.75个词" was 0.011 tokens a word (refused); "we could fit 2 servers in there (DGX H100) … power bill" answered an HBM
estimate; "he gets 40 tokens/s per user off a single card … is that even possible?" went unchecked; "and the card's
~US$30k" was a budget; "~250 people chatting at the same time … want at least 25 tokens/s each" sized 200 H100 (each card's
rate); "got quoted €290k for a DGX H100" priced each card at €290k; "6 cellar doors across …, each would get its own
little box" was unread; "预计签1.5k家" was unread; "全年预算就120万 … 一年能支撑多少次对话" left the year unread; "our PUE is
honestly more like 1.7" was unread; "About 120 dispatchers concurrent at peak" was unread; "$30 per tech per month"
was a budget of $30 (and the payback unanswered); "a few hundred dispatchers, call it 300" was unread; "1,860个收费站各自本地
部署" was unread; "~25 000 a day" was two numbers; "4x PowerEdge XE9680" refused as an unknown model; "DAU/MAU is only
~12%", "a 3x evening peak" and "32-GPU slices … what does one cost" were unread. These tests say the same in other
words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_rooms_at_once_doing_something():
    assert_params("晚高峰同时800个包房在点歌，Llama 3.1 8B，L40S要几张？", {"concurrent_users": 800})


def test_recordings_of_a_batch():
    assert_params("每批大概2万段通话录音，每段生成300 token摘要，4张L4要跑多久？", {"queries_per_day": 20_000})


def test_stores_holding_all_the_servers():
    q = "8卡4090服务器满载4千瓦，我们12家店一共12台，电费0.8元一度，一个月电费多少？"
    p = parse(q).params
    res = compute(parse(q))
    assert p.get("sites") == 12 and p.get("servers") == 12
    assert "users" not in p
    # 12 servers x 4 kW x PUE 1.3 x 730.5 h x 0.8 yuan, shared by 12 stores
    assert fig(res, "cost_per_site") == pytest.approx(4 * 1.3 * 24 * 30.4375 * 0.8, rel=0.01)


def test_a_dollar_reckoned_at_a_rate():
    assert_params("报价每张L40S 5.5万港币，1美元折合7.8港币，买8张多少美元？", {"local_per_usd": 7.8})


def test_words_a_token_reckoned_at():
    assert_params("每次回答约120个英文单词，1个token按0.75个单词算，每天1万次，Mistral 7B，L4要几张？",
                  {"tokens_per_word": 1 / 0.75})


def test_servers_fitted_in_a_room_are_no_memory_question():
    assert parse("We could fit 3 servers in the garage (DGX H100). Power is 28c/kWh. Monthly power bill?").intent \
        == "power"


def test_a_stream_speed_someone_claims():
    res = compute(parse("A friend claims he gets 60 tokens/s per user on one RTX 4090 with Llama 2 13B in fp16. "
                        "Is that possible?"))
    assert parse("A friend claims he gets 60 tokens/s per user on one RTX 4090 with Llama 2 13B in fp16. "
                 "Is that possible?").params.get("claim_stream_rate")
    alone = fig(res, "stream_tokens_per_s_alone")
    assert 0 < alone < 200
    assert "60" in res.headline and "x that" in res.headline


def test_a_cards_price_said_with_an_apostrophe():
    assert_params("what share of a B200's price is HBM? HBM at $15/GB, 192GB per GPU, and the card's ~US$40k",
                  {"price_usd": 40_000})


def test_a_speed_wanted_for_each_person_at_once():
    p = parse("Expecting ~400 people chatting at the same time. Llama 3.1 70B fp8 on H200, we want at least 20 "
              "tokens/s each. How many GPUs?").params
    assert p.get("tpot_ms") == pytest.approx(50)
    assert "observed_tokens_per_s_per_gpu" not in p


def test_a_speed_of_each_stream_said_after_the_model():
    p = parse("reseller says one 8x H20 box handles 150 concurrent users on Qwen2.5 72B at 25 tok/s each. true?").params
    assert p.get("tpot_ms") == pytest.approx(40)
    assert "observed_tokens_per_s_per_server" not in p


def test_a_quote_for_one_box():
    assert_params("A partner got quoted $310k for an HGX H200. Versus renting 8 H200 at $3.50/hr for a year?",
                  {"server_price_usd": 310_000})


def test_places_where_they_are_said_between():
    p = parse("We run 5 tasting rooms around the valley, each would get its own small box with 1 L4. ~1,500 visitors "
              "a day in all, 3 questions each. Llama 3.1 8B enough?").params
    assert p.get("servers") == 5


def test_customers_signed():
    assert_params("做成SaaS卖给药店，每家每月收199元，预计签下1.2k家，每家每天用40次，Qwen2.5 7B跑L40S，毛利多少？",
                  {"users": 1200})


def test_a_budget_of_the_year_paying_an_api():
    res = compute(parse("全年AI预算就60万，API按每百万token 3元，每次输出500 token，一年能用多少次？"))
    # 600,000 / (500 x 3 / 1e6) = 400M requests, over 365.25 days
    assert fig(res, "queries_per_day_in_budget") == pytest.approx(4e8 / 365.25, rel=0.001)


def test_a_pue_said_with_an_adverb():
    assert_params("2 DGX H100, our PUE is realistically 1.6, $0.12/kWh, yearly bill?", {"pue": 1.6})


def test_people_counted_then_said_at_once():
    assert_params("Roughly 75 schedulers concurrent at peak, prompts 1k tokens, Llama 3.1 8B on L4. How many GPUs?",
                  {"concurrent_users": 75})


def test_a_charge_per_person_with_the_sign_before():
    res = compute(parse("We pay $25 per engineer per month for a copilot, 2,000 engineers. Would self-hosting "
                        "Llama 3.3 70B on 8 H100 SXM at $28k each pay back within a year?"))
    assert parse("We pay $25 per engineer per month for a copilot, 2,000 engineers. Would self-hosting Llama 3.3 "
                 "70B on 8 H100 SXM at $28k each pay back within a year?").params.get("usd_per_user_month") == 25
    # 8 x $28k = $224k against $50k a month, less the cards' electricity
    assert 4 < fig(res, "breakeven_months") < 5


def test_a_vague_count_put_exactly():
    p = parse("We have a few thousand riders, call it 2,500. Each one asks 10 questions a day, Qwen2.5 7B on L4, how "
              "many GPUs?").params
    assert p.get("users") == 2500


def test_toll_stations_each_with_their_own():
    p = parse("全省900个收费站各自本地部署，合计每秒约2000次请求，Qwen2.5 7B，L4卡，每站放几张？").params
    assert p.get("servers") == 900 or p.get("sites") == 900


def test_thousands_spaced_before_a_day():
    assert_params("Tickets: ~18 000 a day across 6 depots, 700 input tokens each, one L4 at every depot, Qwen2.5 7B. "
                  "Enough?", {"queries_per_day": 18_000})


def test_servers_named_by_a_makers_line():
    p = parse("HPE quote: 3x ProLiant XD685, 8x H200 each, $400k per server, 10% off. Total?").params
    assert p.get("servers") == 3 and p.get("server_price_usd") == 400_000


def test_a_ratio_said_with_only_and_a_peak_with_its_hour():
    assert_params("App has 1M monthly users, DAU/MAU is just ~15%. 3 questions each, Llama 3.1 8B on L4, cards for a "
                  "4x lunchtime peak?", {"dau_per_mau": 0.15, "peak_factor": 4})


def test_slices_of_a_fleet_and_one_slices_cost():
    res = compute(parse("The state is standing up 256 H100s. We'd want 16-GPU slices - how many, and what does one "
                        "cost at $2/GPU-hr over 3 months?"))
    assert fig(res, "pools") == 16
    assert fig(res, "cost_per_pool_usd") == pytest.approx(fig(res, "cost_usd") / 16)
