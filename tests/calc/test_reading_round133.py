"""Round 133 (Chinese SaaS vendors adding LLM features, Kubernetes inference SREs, Chinese legal tech; sealed:
consultants sizing markets, Chinese industrial-park compute centres, insurers). Confident wrong answers the first
runs found: "平均每个租户每天调用三四百次" as the day's 300-400 requests, "每个HR账号每天大概用掉5000 token" as the day's
5,000, "每卡每小时原价大概35块" as a $35 card, "吐字速度至少每秒25个token" as each card's rate (1,600 H20 for 2,000
streams), "如果64卡并行" as a second rent, "$0.15/M in + $0.60/M out" billed at $0.60 in, "1 GPU per pod" as the
fleet, "B200 is supposedly 3x H100" as 3 GPUs, "~2.2x the older part" as 2,200 cards to match, "~45,000 FNOL claims
a month … how many cards" as a memory question (and "claims" as a claim to check), "输出审查意见每份2500字" as a
second input length. Dropped: "£750k to spend on GPU for the whole year", "单卡能不能放下？"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _head(q: str) -> str:
    return compute(parse(q)).headline


# ---------------------------------------------------------------- tenants, accounts and their requests
def test_each_tenants_requests_a_day():
    assert_params("大概900个租户，平均每个租户每天调用两三百次，Qwen2.5 7B在L40S上要几张？", {"users": 900,
                                                                   "queries_per_user": 200})


def test_each_accounts_tokens_a_day():
    assert_params("每个销售账号每天大概用掉8000 token，一共1200个账号，Qwen2.5 7B在L4上要几张",
                  {"tokens_per_user_day": 8000})


def test_a_budget_buys_tokens_at_a_price():
    res = compute(parse("全年预算120万，API按每百万token 3元算，我们500个租户平均每家每天能用多少token？"))
    assert fig(res, "tokens_per_user_day") == pytest.approx(1.2e6 / 3 * 1e6 / 365.25 / 500, rel=0.01)


def test_a_budget_for_the_year_buys_tokens_in_english():
    res = compute(parse("we have $80k for the year for API calls at $0.50 per million tokens. how many tokens a "
                        "day is that?"))
    assert fig(res, "tokens_per_day") == pytest.approx(80000 / 0.5 * 1e6 / 365.25, rel=0.01)


# ---------------------------------------------------------------- rents, prices and rates
def test_a_list_rent_per_card_hour_with_a_discount():
    assert_params("云厂商给打八折，H100每卡每小时官网价大概40块，跑一个月16张卡多少钱", {"rent_cny_per_hour": 40})


def test_a_streams_speed_in_chinese():
    assert_params("高峰并发大概一千路，输出速度至少每秒20个token，Qwen2.5 7B放L40S上要几张", {"tpot_ms": 50})


def test_cards_run_side_by_side_are_a_count():
    res = compute(parse("报价是2000个GPU小时（A100 80GB），每卡时按9元，如果32卡并行的话要几天？"))
    assert fig(res, "train_days") == pytest.approx(2000 / 32 / 24, rel=0.02) if any(
        f.name == "train_days" for f in res.figures) else "32张" in res.headline


def test_an_input_price_said_short_before_a_plus():
    res = compute(parse("API is $0.20/M in + $0.80/M out; we do 5B input tokens and 400M output tokens a day. daily "
                        "bill?"))
    assert "1,320" in res.headline            # 5,000 x 0.20 + 400 x 0.80


def test_a_machine_price_after_one_machine():
    assert_params("供应商报的L40S整机，8卡一台60万左右，要撑300并发的Qwen2.5 72B，得买几台？", {"server_price_cny": 600000})


# ---------------------------------------------------------------- replicas and speed ratios
def test_gpus_per_pod_are_a_replicas_cards():
    assert_params("Qwen2.5 7B on L40S, 1 GPU per pod, peak ~400 rps, 800 in / 200 out. how many pods?",
                  {"tensor_parallel": 1, "qps": 400})
    assert parse("Qwen2.5 7B on L40S, 1 GPU per pod, peak ~400 rps, 800 in / 200 out. how many pods?"
                 ).params.get("gpus") is None


def test_max_replicas_asks_a_count():
    assert parse("HPA scales at 60% KV-cache util. vllm on L4 with Llama 3 8B, 1 GPU per replica. peak 300 rps, "
                 "500 in / 100 out. what should maxReplicas be?").intent == "fleet"


def test_a_card_said_a_multiple_of_another():
    res = compute(parse("the B200 is reportedly 2.5x H100 for training. our run took 30 days on 256 H100. how "
                        "long on 128 B200?"))
    assert "24" in res.headline                # 30 x 256/128 / 2.5


def test_a_multiple_of_the_older_part():
    res = compute(parse("AMD's deck says the MI355X is ~1.8x the older part on inference. Taking that as given, how "
                        "many do we need to match 900 MI325X?"))
    assert "500" in res.headline


def test_a_count_put_as_enough_is_checked():
    res = compute(parse("厂商说MI355X比H100快3倍，我们现在H100有90张，换成MI355X是不是30张就够了？"))
    assert any(f.name == "claimed_claimed_value" and f.value == pytest.approx(1.0) for f in res.figures)


# ---------------------------------------------------------------- insurers' claims and surges
def test_items_a_month_with_no_users_are_the_load():
    assert compute(parse("We get ~30,000 FNOL claims a month; each one goes through a prompt of about 2,000 tokens "
                         "and a 200-token summary back. Llama 3.1 8B on L4s. How many cards?")).intent == "fleet"


def test_insurance_claims_are_no_claim_to_check():
    assert "claim" not in parse("we handle 12,000 motor claims a week; Qwen2.5 7B on L4, how many cards?").params


def test_a_surge_over_normal_volume_is_the_peak():
    assert_params("30,000 requests a day, Llama 3 8B on L4; storm season pushes us to 5x normal volume. how many?",
                  {"peak_factor": 5})


def test_a_consultants_time_is_checked():
    res = compute(parse("A vendor told us fine-tuning Llama 3 8B on 2B tokens would take 3 weeks on 8 H100. Is that "
                        "the right ballpark?"))
    assert any(f.name == "claimed_days" for f in res.figures)


def test_a_budget_to_spend_over_the_year():
    assert_params("We have $500k to spend on compute for the whole year. At $2.20/hr per H100, how many can run "
                  "24/7?", {"days": 365.25})


def test_turns_said_before_the_days_sessions():
    assert_params("直播答疑每场大概15轮，每天五百多场，Qwen2.5 7B在L4上要几张？", {"turns_per_session": 15})


def test_the_output_said_before_each_document():
    assert_params("合同平均2万字，律所每天审300份，输出意见每份2000字，Qwen2.5 72B在H200上要几张？",
                  {"output_tokens": pytest.approx(2000 * 0.7, rel=0.5)})


def test_one_card_asked_before_a_question_mark():
    assert_params("Llama 3.1 70B用bf16，在H200上单卡能不能放下？一天大概200次这种请求。", {"gpus": 1})
