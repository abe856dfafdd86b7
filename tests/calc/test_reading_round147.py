"""Round 147 (Chinese dubbing and audiobook platforms, hotel groups, Chinese mobile-game companies; sealed: NHS and
Australian health procurement, Chinese customs brokers, accounting firms). Found on the first runs: "A$23,900 per unit
(GST exclusive)" was an electricity price and the catalog's MI300X price was used; "30 tok/s streaming" was a measured
rate (400 H200 for 600 streams); "Responses must begin within 800 ms" was the time per token; "日活40万月卡用户" read
40万 as months; "We're at 1.5k/day now" was a card's price; "each hotel pays $49 a month" was a budget; "with a 25%
improvement in MFU" was an MFU of 25%; "2.2 million output tokens needed per day" was one answer's length (refused);
"每条业务线分一个64卡池子 … 够分几个" was refused. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_a_foreign_price_per_unit_is_a_cards():
    assert_params("The panel lists the H100 SXM at A$48,000 per unit (GST exclusive). We intend to purchase 16 units. "
                  "Total?", {"gpus": 16})
    assert "price_usd" in parse("The panel lists the H100 SXM at A$48,000 per unit (GST exclusive). We intend to "
                                "purchase 16 units. Total?").params


def test_a_streams_speed_wanted():
    assert_params("about 500 people online at once. Want first token within 1 second and 25 tok/s streaming. "
                  "Llama 3.1 70B on H100 SXM, how many?", {"tpot_ms": 40})


def test_responses_begin_within():
    assert_params("~20 requests per second. Responses must begin within 700 ms and stream at no slower than 50 ms "
                  "per token. Llama 3.1 8B on L4, how many?", {"ttft_ms": 700, "tpot_ms": 50})


def test_month_card_users_are_no_months():
    assert_params("每人每天大概消耗2000个token输出，月卡25块/月，日活30万月卡用户，Qwen2.5-7B上L20，成本多少？".replace("L20", "L4"),
                  {"users": 300_000})


def test_a_days_count_said_with_we_are_at():
    assert_params("Ticket volume grows 30% a year. We're at 2.4k/day now and 1 L4 handles it. When do we need a "
                  "second?", {"queries_per_day": 2400})


def test_each_account_pays_a_month():
    assert_params("each dealer pays $79 a month and generates ~20k output tokens per day. 800 dealers, Llama 3.1 8B on "
                  "rented H100 at $2/hr, margin?", {"usd_per_user_month": 79, "tokens_per_user_day": 20000})


def test_an_improvement_in_mfu_is_a_gain():
    assert_params("A previous run on 64 GPUs (H100 SXM) took 20 days. With a 15% improvement in MFU, how long on 128 "
                  "GPUs?", {"mfu_gain": 0.15})


def test_output_tokens_needed_a_day():
    assert_params("measured 900 output tokens/s per GPU on an L40S serving Llama 3.1 8B. With 3 million output tokens "
                  "needed per day, how many GPUs?", {"tokens_per_day": 3e6})


def test_one_pool_of_that_size_to_each():
    res = compute(parse("平台H100共256张，每个事业部分一个32卡池子，够分几个？"))
    assert res.figure("pools").value == 8


def test_a_services_number_is_no_quantity():
    res = compute(parse("The NHS 111 online pilot expects 20 requests per second. Llama 3.1 8B on L4, how many?"))
    assert not res.unused


def test_tickets_a_day_for_each_business():
    assert_params("月活2万家企业，日活比20%，每家每天提交8票，Qwen2.5 7B，L4要几张？", {"queries_per_user": 8})


def test_port_branches_are_sites():
    assert_params("全国12个口岸分公司，每个点放两张卡，L4，每天合计1.5万票，Qwen2.5 7B够不够？", {"sites": 12})


def test_a_fold_increase():
    res = compute(parse("If usage increases 6-fold after the roll-out, how many additional L40S beyond the 10 cards "
                        "currently deployed?"))
    assert res.figure("gpus").value == 60


def test_each_seeing_so_many_cases():
    assert_params("a practice of 60 GPs, each seeing 25 patients a day, letters of 300 words, Llama 3.1 8B on L4, how "
                  "many?", {"queries_per_user": 25, "users": 60})


def test_a_server_with_its_cards_priced_all_in():
    res = compute(parse("Supermicro quoted us $52k for a server with 8x L4, we got 10% off. Add 15% for networking. "
                        "What's the all-in?"))
    assert res.intent == "capex"


def test_growth_over_a_period_with_the_fleet():
    res = compute(parse("If chat volume grows 10x over the next 2 years and we run 20 L40S today, what's the card count "
                        "then and the cost at $8,000 each?"))
    assert not any("years" in u.text for u in res.unused)


def test_books_put_up_a_day():
    assert_params("每天上架200本电子书，每本摘要输出1500 token，Qwen2.5 72B用H200跑要多少张", {"queries_per_day": 200})


def test_training_tokens_named_first():
    assert_params("从头训个7B的模型，token量2T，用512张H800，MFU 40%，要多少天", {"train_tokens": 2e12})


def test_a_vendors_node_said_with_its_size():
    res = compute(parse("Vendor says pre-training a 1B model on 20B tokens takes only 5 days on their 8-GPU H100 SXM "
                        "node. Realistic at 40% MFU?"))
    assert res.figure("gpus") is None or res.figure("gpus").value == 8
    assert "stated" in res.headline


def test_a_chip_hours_rent_in_chinese():
    assert_params("TPU v5e跑Llama 3.1 8B，每小时每芯片1.5美元，日活20万、每人10轮，一个月多少钱？",
                  {"rent_usd_per_hour": 1.5})


def test_output_said_with_no_unit_after_the_prompts():
    assert_params("每天大概8000集，每集字幕约3k token输入，输出也差不多3k，Llama 3.1 70B在H100上要几张",
                  {"output_tokens": 3000, "input_tokens": 3000})


def test_a_typo_of_token():
    assert_params("日活10万，每人每天10句，每句回复平均60 tokne，Qwen2.5-7B，4090要几张？", {"output_tokens": 60})


def test_a_normal_days_multiple():
    assert_params("festival season chats go to 3x normal. Normal is 10 000 guests per day, 4 questions each, "
                  "Llama 3.1 8B on L4, how many for the peak?", {"factor": 3, "users": 30000})


def test_cost_per_1k_messages_at_a_rent():
    res = compute(parse("Mistral 7B on rented L4s at $0.80 an hour, prompts ~600 tokens, answers ~200. Give me the "
                        "cost per 1k messages, and per conversation at ~4 turns each."))
    assert res.intent == "throughput"


def test_electricity_per_thousand_papers():
    res = compute(parse("想算下每千单报关的电费：L40S每张卡算350W，电价0.6元/kWh，实测单卡每秒900 token，每单输出300 token"))
    assert res.intent == "energy" and not res.unused


def test_gpu_time_in_words_someone_gave():
    res = compute(parse("A forum post said fine-tuning a 13B model on 500M tokens is 'a couple of GPU-days' on A100. "
                        "Is that real?"))
    assert "GPU-days" in res.headline and "stated" in res.headline


def test_a_move_to_a_box_named_by_its_size():
    res = compute(parse("We fine-tuned a classifier on Llama 2 7B; it took 4 days on an 8-GPU V100 SXM2 server. If we move "
                        "to a 16-GPU H100 SXM configuration, how long should the same job take?"))
    assert "on 16 H100 SXM for the job that took 4 days on 8 V100" in res.headline
