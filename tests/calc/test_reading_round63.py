"""Round 63 (insurance actuaries, Brazilian fintech engineers writing English with Portuguese words, robotics and
driving teams): Portuguese and Spanish scale, period and people words, dotted thousands in such a message, how
often said in words ("once a day", "2 times", "40 times/day"), people of any name who "use it" or "number" so
many, offices and branches that each hold cards, a rate "per second" spelt out, a build's uplift said with
"all-in", an output's kind between its length and "outputs", an MFU gain in hyphenated points, a run's duration
asked as a noun, an earlier run named with words between, names with accents or a lower-case start."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Portuguese and Spanish words for the scale, the period and the people
    ("Nosso bot recebe 3 milhões de requests por dia, 500 tokens in, 150 out, Llama 3.1 8B on L4, how many?",
     {"queries_per_day": 3e6, "input_tokens": 500, "output_tokens": 150}),
    ("peak 2.300 requests por segundo, Llama 3 70B on H200, 250 tokens each answer, how many GPUs?",
     {"qps": 2300}),
    ("tenemos 2 millones de usuarios, cada uno hace 4 preguntas al día, Llama 3 8B on L40S, how many cards?",
     {"users": 2e6, "queries_per_user": 4}),
    ("1,5 bilhão de tokens por dia today, growing 60% a year. In 2 anos, how many H100 for Llama 3 70B?",
     {"tokens_per_day": 1.5e9, "period_months": 24}),
    # how often, in words and in times
    ("our 300k members open it twice a day, 400 tokens out, Llama 3 8B on L4, how many cards?",
     {"users": 3e5, "queries_per_user": 2}),
    ("each subscriber uses the chatbot 6 times, 300 tokens out; 500k subscribers; Llama 3 8B on L4, how many?",
     {"queries_per_user": 6}),
    ("a fleet of 5k delivery vans, each pings the cloud model ~25 times/day, Llama 3 8B on L4, how many cards?",
     {"queries_per_user": 25}),
    # people of a name the table lacks, by what they do or how they are counted
    ("2 million policyholders-to-be, sorry: 2 million account holders use it once a day. Llama 3 8B on L4?",
     {"users": 2e6, "queries_per_user": 1}),
    # offices and branches that each hold cards
    ("we operate 11 regional claims offices, each hosting 2 cards (L4) locally. 9,000 queries per day, Llama 3.1 "
     "8B. adequate?", {"sites": 11, "gpus_per_server": 2}),
    ("Mistral 7B in 120 agências, each with its own L4. Total 400 mil queries per day. Enough?",
     {"sites": 120, "gpus_per_server": 1}),
    # a rate per second spelt out
    ("serving Qwen2.5 72B at 80 requests/second on average, H200, how many GPUs?", {"qps": 80}),
    # the build's uplift said with "all-in"
    ("buy 16 H200 at $35,000 per GPU with a 30% all-in uplift for servers and networking; total?",
     {"all_in_multiple": 1.3}),
    # the kind of output between its length and "outputs"
    ("claim notes average 4,000 characters; taking ~4 characters per token, and 30,000 notes/day with 80-token "
     "routing outputs, how many L4 for Llama 3.1 8B?", {"output_tokens": 80, "input_tokens": 1000}),
    # an answer's length in words, with the language they are in
    ("answers run about 150 words in Spanish, 1 token ~ 0.75 words, 1M people use it daily, Llama 3 70B on "
     "H100, how many?", {"output_tokens": 200}),
    # dotted thousands in a message written with Portuguese words
    ("o prompt tem ~8.000 characters, about 4 characters per token, 1 milhão de requests por dia, price $0.20 per "
     "million input tokens. daily cost?", {"input_tokens": 2000, "queries_per_day": 1e6}),
])
def test_round63_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,days", [
    # a run's duration asked as a noun; "cards of the A100 variety"
    ("Last year's churn LM took 15 days on 64 cards of the A100 variety. On H100 (also 64 GPUs), and assuming a "
     "4-point MFU improvement, what is the revised duration estimate?", 15),
    # the card's name right after a generic count; "same quantity"
    ("Last year we trained on 256 GPUs V100 for 30 days. Now with H100, same quantity, how long it takes?", 30),
    # an earlier run named with words between "last" and "run"
    ("last drivable-area segmentation run: 6 days on A100, 32 cards. same job moved to H200 with the same card "
     "count — how many days?", 6),
])
def test_an_earlier_run_redone_on_another_card(q, days):
    res = _answer(q)
    assert res.intent == "training" and f"took {days} days" in res.headline


def test_an_mfu_gain_in_hyphenated_points_is_added():
    assert_params("Our run took 30 days on 512 H100 at 35% MFU. With a 5-point MFU improvement, how long?",
                  {"mfu_gain_points": 0.05})


def test_a_correction_of_a_length_keeps_the_load():
    # (a guard: the length now read as the outputs' must not take the load with it when corrected)
    p = parse("cost to serve 20k qps of Llama 3 8B on H100 with 2k-token outputs... sorry, I meant 1k tokens").params
    assert p["qps"] == 20000 and p["output_tokens"] == 1000


@pytest.mark.parametrize("q", [
    "Weekly active claims adjusters number ~4,500, of whom 60% use it daily; each runs 12 queries. Llama 3 70B "
    "on H100, how many?",
    "Registered field adjusters number about 4,500; each runs 12 queries a day. Llama 3 70B on H100, how many?",
])
def test_people_who_number_so_many_are_served(q):
    res = _answer(q)
    assert res.intent == "fleet" and any(i.param == "users" for i in res.inputs)


def test_a_named_occupancy_network_is_no_rental():
    p = parse("last occupancy network run: 5 days on A100, 16 cards. same job on H100, same card count — how "
              "many days?").params
    assert "rents_out" not in p and "from_accelerator" in p


def test_an_unknown_models_run_rescaled_by_its_mfu_is_answered():
    res = _answer("上次DINO模型训了20天，MFU原来30%，如果MFU能高10个点，同样卡数要几天？")
    assert res.intent == "training" and "15" in res.headline


def test_a_devices_day_of_tokens_at_stated_joules():
    res = _answer("on-device assistant: at 0.5 J per token and 3M tokens/vehicle/day, kWh per vehicle per day?")
    assert fig(res, "energy_per_user_day_kwh") == pytest.approx(0.5 * 3e6 / 3.6e6)


def test_the_tokens_a_stated_compute_buys_a_sized_model():
    res = _answer("a 2B-param world model, 6e22 FLOPs total, on H100 at $2.50/hr and 40% MFU, cost?")
    assert fig(res, "train_tokens") == pytest.approx(6e22 / (6 * 2e9), rel=0.02)


@pytest.mark.parametrize("q", [
    "We want to fine tune Sabiá-4 for our advisor, 3B tokens on 32 H100, how many hours?",
    "我们想用GENIE-3做仿真，每天生成1万段视频，需要几张H200？",
    "pi0-FAST policy for 300 arms, on-prem H100 — card count?",
])
def test_an_unknown_model_with_an_accent_a_capitalised_name_or_a_lower_case_start_is_refused(q):
    with pytest.raises(CalcError) as e:
        _answer(q)
    assert e.value.kind == "unknown_model"


def test_vehicles_requests_each_a_day_in_chinese():
    assert_params("我们有2000台自动驾驶测试车，云端跑Llama 3 8B做场景描述，每台每天150次请求，每次输出100 token，用L4要几张卡？",
                  {"queries_per_user": 150})


def test_a_servers_work_each_a_day_is_not_a_users():
    # (a guard for the rule above: a server's day of work is no one's requests)
    p = parse("8台服务器，每台每天能处理2万次请求，Llama 3 8B，一共能服务多少用户？").params
    assert p.get("queries_per_user") != 20000


# ---- the sealed half (British newsroom, Chinese live-streaming and sell-side notes) ----

@pytest.mark.parametrize("q,param,pounds_or_euros,rate", [
    ("1,024 H100 at 21p/kWh, PUE 1.3: yearly power bill?", "electricity_usd_per_kwh", 0.21, 1.35),
    ("A100 80GB rented at £1.40/hr per GPU, Llama 3 8B, 20,000 docs a day of 2k tokens: rental bill?",
     "rent_usd_per_hour", 1.40, 1.35),
    ("Group budget €12m, how many H200s at €30k each?", "budget_usd", 12e6, 1.15),
    ("Mistral 7B on an L4 rented at 70p an hour, cost per 1,000 summaries at 1,500 tokens in, 100 out?",
     "rent_usd_per_hour", 0.70, 1.35),
])
def test_euros_and_pounds_are_read_in_dollars_at_a_named_rate(q, param, pounds_or_euros, rate):
    req = parse(q)
    assert req.params[param] == pytest.approx(pounds_or_euros * rate)
    res = compute(req)
    fx = next(a for a in res.assumptions if a.name.startswith("usd_per_"))
    assert fx.value == pytest.approx(rate) and fx.origin == "default" and fx.source
    assert not res.unused


def test_a_stated_rate_for_pounds_is_the_one_used_and_the_answer_given_back_in_pounds():
    res = _answer("250 DGX H100 servers at 10.2 kW each. Annual power bill at 18p/kWh, at 1.27 $ per £?")
    fx = next(a for a in res.assumptions if a.name == "usd_per_gbp")
    assert fx.value == pytest.approx(1.27) and fx.origin == "question"
    cost = res.figure("cost_usd")
    back = next(f for f in res.figures if f.unit == "GBP")
    assert back.value == pytest.approx(cost.value / 1.27) and "£" in res.headline and not res.unused


def test_an_amount_in_rupees_is_converted_at_the_catalogs_named_rate():
    # (round 115: rupees stated with no rate are converted at the catalog's sourced rate, named as an assumption,
    # as euros and pounds are; a currency the catalog has no rate for is still named as not converted)
    res = _answer("1,500 H100, PUE 1.3, monthly electricity bill at Rs 8.5 per unit?")
    rate = next(a for a in res.assumptions if a.name == "local_per_usd")
    assert rate.origin == "default" and rate.source and not res.unused
    assert "INR" in res.headline


@pytest.mark.parametrize("q,expect", [
    # a translation's answer as long as its prompt
    ("translating articles: each ~3,000 tokens in, same out, 400 a day, $1.50 per million tokens, daily spend?",
     {"input_tokens": 3000, "output_tokens": 3000}),
    # episodes counted with 期
    ("播客每期转写约1万字，每天300期，每期输出400个token，Qwen2.5 7B用L4要几张？", {"queries_per_day": 300}),
    # the whole day's tokens said after 全天
    ("大促当天 Qwen2.5 72B，H200 一台实测每秒1.8万token，全天预计 200亿 token 输出，峰值按3倍，要多少台8卡机？",
     {"tokens_per_day": 2e10}),
    # a utilization "打到" a share
    ("每秒 2000 个请求，利用率打到 70%，输入 1k 输出 200，Llama 3 70B 跑 H100 要多少张", {"utilization": 0.7}),
    # a sentence's verb before a volume of tokens is no model's name
    ("We measured 8,000 tokens per second per node on DGX H100 running Llama 3 70B. Need 3B output tokens a day "
     "— how many nodes?", {"tokens_per_day": 3e9}),
])
def test_round63_sealed_readings(q, expect):
    assert_params(q, expect)


def test_a_memorys_worth_said_is_checked_not_read_as_the_cards_price():
    res = _answer("A reader says the memory alone in an H100 is worth $1,600. It has 80GB of HBM; at $20 per GB, "
                  "is that right?")
    assert any(i.param == "claimed_value" for i in res.inputs) and "card's price" not in res.headline


def test_an_amount_converted_in_chinese_is_no_exchange_rate():
    res = _answer("传闻某模型在H800上训练用了300万GPU小时，按每卡每小时2美元折算约600万美元，这个口径对吗？")
    assert res.intent == "training" and not any(i.param == "usd_cny" for i in res.inputs)


def test_the_increase_of_a_grown_budget_buys_cards():
    res = _answer("明年AI capex同比增长40%，今年基数1000亿元，若增量部分全部用于采购H20（单卡10万元），对应新增多少张？")
    assert fig(res, "gpus") == pytest.approx(400e8 / 10e4)
