"""Round 174 (campground owners, Chinese car-detailing shops, thrift and antique stores; sealed: Chinese
dry-cleaning chains, recording studios, Chinese shoe-repair kiosks). Found on the first runs: "each one gets like
2,000 tokens worth of answers a day" a day's whole load (4 queries a day); "Each of my 12 staff uses … 5,000 tokens
a day" the same; "100 simultanious users" unread; "会员8万" unread (a memory answer); "问AI两三次" a name "ai2";
"5090出了 … 比4090强多少" a 5,090-token answer; "拿出50万搞AI" unread; "那台4090八卡机实测每秒3000 token" one card's
rate; "a few RTX 4090s …, like 4" unread (one card's bill); "start showing in under a second" dropped; "how much GPU
I need for Florence-2" an unknown card; "which one's cheaper to run on an L4? ~1,000 listings a day" a memory answer;
"30-40k to throw at it" unread; "is that math right" no check ("0 L40S rented … on that budget"); "sold me 500
GPU-hours … for $1,100 … the run itself … US$1,100" (the block, not the run); "push about 20M tokens … daily and
get back maybe 3M tokens" 20M-token answers, refused; "to hopefully 30k" unread. Sealed: "预算五十万块" 500,000
cards; "电费才两千来块 … 真的假的" a card's price; "一年涨80%" a period; "跟我吹 … 这不扯呢吗" refused; "平均一秒8个
请求" a memory answer; "H100按二十二万算，Gaudi 3一张十二万五" unread; "用英文问，平均每条六十个英文单词" the answer;
"HBM一个G要15美元" a budget; "会员月卡19.9一个月" 19.9 users; "每单平均拍6张照片，每天全国20k单" 6 requests a day;
"会员一共三十来万" 30 members; "A100二手按7万算" unread; "lyric drafts/hr" a memory answer; "30 reqs each daily"
unread; "~5M tokens a day … ~800k output tokens/day" a second value; "sized MusicGen large" no question; "~$2k of
memory. right?" unread. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.result import CalcError
from tests.calc.reading_helpers import assert_params, figure, headline, stated_values


def _error_kind(q: str) -> str | None:
    try:
        compute(parse(q))
    except CalcError as e:
        return e.kind
    return None


def test_each_one_gets_a_days_tokens():
    q = ("measured 1,200 tokens/sec on a single L40S with Llama 3 8B. how many members can that carry if each "
         "one gets like 3,000 tokens worth of replies a day?")
    assert_params(q, {"tokens_per_user_day": 3000.0})
    assert "tokens_per_day" not in parse(q).params


def test_each_of_my_staff_uses_a_days_tokens():
    q = "Each of my 40 agents uses the assistant for roughly 8,000 tokens a day. Mistral 7B on L4, how many cards?"
    assert_params(q, {"users": 40.0, "tokens_per_user_day": 8000.0})


def test_simultaneous_misspelt():
    assert_params("how many L40S for 60 simultanious chats with Mistral 7B?", {"concurrent_users": 60.0})


def test_members_counted_before_their_number():
    q = "APP会员6万，日活大概20%，每人每天问AI两次，Llama 3 8B放L4上跑，要几张？"
    assert_params(q, {"users": 60_000.0, "dau_per_mau": 0.2})
    assert figure(q, "gpus") is not None


def test_a_few_times_after_an_english_word():
    q = "每个用户每天问AI三四次，日活两万，Llama 3 8B跑L4要几张？"
    assert_params(q, {"queries_per_user": 3.0})
    assert not any(s.param is None and s.value is None for s in parse(q).stated)


@pytest.mark.parametrize("q", [
    "5090跟4090比跑Qwen2.5 7B快多少？",
    "3080 vs 4090 for Mistral 7B, which one is faster?",
])
def test_a_consumer_card_number_beside_another_card_is_a_card(q):
    assert _error_kind(q) == "unknown_accelerator"


def test_money_put_up_for_something():
    q = "老板拿出80万搞算力，H20一张11万，能买几张？"
    assert_params(q, {"budget_cny": 800_000.0})
    assert figure(q, "gpus") == 7.0


def test_that_boxs_measured_rate():
    q = "我们这台L40S四卡机实测每秒2000 token，每天要出3亿token，要几台？"
    assert_params(q, {"observed_tokens_per_s_per_server": 2000.0})


def test_a_few_cards_then_the_count():
    q = ("thinking of putting a few L4s in the closet, maybe 6. each one draws 72 W and power is 20 cents a kWh. "
         "monthly bill?")
    assert_params(q, {"gpus": 6.0})


def test_reply_starts_appearing_within_a_second():
    q = "the reply should start appearing within a second. Llama 3 8B on L4, 40 users at once, how many cards?"
    assert_params(q, {"ttft_ms": 1000.0, "concurrent_users": 40.0})


def test_hardware_needed_for_a_name_is_a_model():
    assert _error_kind("what GPU do we need for Florence-2 to caption 5k product shots a day?") == "unknown_model"


def test_which_is_cheaper_to_run_for_a_load():
    q = "Mistral 7B vs Llama 3 8B, which one's cheaper to run on an L40S? ~5,000 chats a day, 200 tokens out"
    assert compute(parse(q)).intent == "fleet"          # the load on each, not whether the weights fit


def test_money_to_throw_at_it_as_a_range():
    q = "I have 20-25k to throw at it. L40S or H100 SXM for Llama 3 8B?"
    assert_params(q, {"budget_usd": 20_000.0})
    assert any(s.param == "budget_usd" and s.value == 25_000.0 for s in parse(q).stated)


def test_a_block_of_hours_bought_costs_the_run_only_its_hours():
    q = "bought 1,000 GPU-hours of A100 for $1,500. enough to fine-tune Llama 3 8B on 500M tokens?"
    cost = figure(q, "cost_usd")
    assert cost is not None and cost < 1_500.0


def test_is_the_math_right():
    q = "a reseller says an H100 running 24/7 is about $1,100 a month at $1.99 an hour. is that math right or what?"
    assert stated_values(q, "claimed_value") == [1_100.0]
    assert "budget_usd" not in parse(q).params


def test_two_days_volumes_in_then_back():
    q = ("We pipe roughly 40M tokens of catalog text into the model daily and get maybe 5M tokens back. Llama 3 70B "
         "on H100s, how many?")
    assert_params(q, {"input_tokens_per_day": 40e6, "tokens_per_day": 5e6})


def test_growing_to_hopefully_a_count():
    q = "growing from 2k members a day to hopefully 25k next year, each asks 3 things. Llama 3 8B on L4s, how many?"
    assert_params(q, {"users": 2000.0, "users_to": 25_000.0})


def test_budget_in_chinese_numerals_and_kuai():
    q = "预算三十万块，4090一张一万五，能买几张？"
    assert_params(q, {"budget_cny": 300_000.0})
    assert figure(q, "gpus") == 20.0


def test_a_bill_said_in_kuai_then_doubted():
    q = "有人说一台8卡H100一个月电费才三千来块，电价0.8元一度，靠谱吗？"
    assert stated_values(q, "claimed_value") == [3000.0]
    assert "price_cny" not in parse(q).params
    assert "给出的" in headline(q)


def test_a_years_growth_said_with_one_year():
    q = "日活一年涨50%，现在10万日活，每人每天5次，Llama 3 8B用L4，两年后要几张？"
    assert_params(q, {"growth_rate_year": 0.5})


def test_boasting_doubted_as_nonsense():
    q = "供应商跟我吹，128张H100训Llama 3 70B，1万亿token，三天就能训完，这不是瞎扯吗？"
    assert "给出的" in headline(q)


def test_a_seconds_requests():
    assert_params("高峰一秒钟大概20个请求，Qwen2.5 7B跑在L40S上要几张？", {"qps": 20.0})


def test_the_matched_cards_price_said_first():
    q = "A100按八万算，H20一张十一万，多少张H20顶得上64张A100？哪个省钱"
    assert_params(q, {"match_price_cny": 80_000.0, "price_cny": 110_000.0})


def test_words_asked_in_english_are_read():
    q = "海外客户用英文问，平均每条四十个英文单词，一个token约0.75个单词，每天两千条，用Llama 3 8B跑L4要几张？"
    assert any(s.param == "input_tokens" for s in parse(q).stated)
    assert "output_tokens" not in parse(q).params


def test_hbm_price_per_g():
    assert_params("HBM一个G大概12美元，B200有192GB，显存值多少钱？", {"hbm_usd_per_gb": 12.0})


def test_a_membership_card_a_month():
    q = "会员月卡29.9一个月，每个会员每天问3次，输入500输出150，Llama 3 8B跑L4，租一小时2块5，每个会员GPU成本多少？"
    assert_params(q, {"cny_per_user_month": 29.9})
    assert "users" not in parse(q).params


def test_photos_of_each_order_then_the_days_orders():
    q = "每单平均拍4张照片，每天大概5000单，识别模型2B参数，每张图输入600 token、输出40 token，L4要几张？"
    assert_params(q, {"items_per_batch": 4.0, "queries_per_day": 5000.0})


def test_odd_before_the_ten_thousands():
    q = "用户一共二十来万，日活两万，每人每天问3次，Llama 3 8B用L40S要几张？"
    assert not any(s.value == 20.0 for s in parse(q).stated)


def test_a_used_cards_price_bare_after_the_other():
    q = "手上8张A100想换成L40S，L40S一张5万，A100二手按6万算，性能对等要几张L40S？"
    assert_params(q, {"match_price_cny": 60_000.0})


def test_things_made_an_hour_after_a_slash():
    q = "Mistral 7B on one L4, measured ~700 tok/s. how many product blurbs/hr if each is 250 tokens?"
    assert "10,080 requests" in headline(q)          # 700 tok/s x 3,600 s / 250 tokens


def test_each_daily():
    assert_params("500 users, 12 reqs each daily, Llama 3 8B on L4, how many cards?", {"queries_per_user": 12.0})


def test_one_days_volume_beside_the_output_volume():
    q = "about 6M tokens a day of transcripts go through Llama 3 8B for summaries, ~900k output tokens/day. L4 count?"
    assert_params(q, {"input_tokens_per_day": 6e6, "tokens_per_day": 900e3})


def test_a_camelcase_name_sized_is_a_model():
    assert _error_kind("has anyone sized AudioCraft for jingles? want it on 2 L40S") == "unknown_model"


def test_memorys_worth_said_after_the_amount():
    q = "DRAM is $4/GB and HBM is 4x that, so the 80GB in an H100 is only ~$1k of memory. true?"
    assert stated_values(q, "claimed_value") == [1000.0]
