"""Round 53 (game studios, hospitals and pharma, equity analysts, city computing centres, indie founders,
colocation engineers): people of any name "doing 4 chats a day", a day's prompts and answers stated as two
volumes and billed each at its price, and a bare amount named for a request's other side ("output's $0.50")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_read, fig


@pytest.mark.parametrize("q,expect", [
    ("30,000 tenants doing 4 chats a day, 1,500 tokens each, how many H100s for Llama 3 70B?",
     {"users": 30000, "queries_per_user": 4}),
    ("8k clinicians sending ~12 notes/day, how many L40S for Llama 3 8B?",
     {"users": 8000, "queries_per_user": 12}),
])
def test_people_doing_a_count_a_day(q, expect):
    assert_read(q, expect)


def test_things_doing_no_people():
    # a count of things a day after racks is no population: the racks stay servers
    assert "users" not in {s.param for s in parse("400 racks drawing 40 kW a day, daily energy?").stated}


@pytest.mark.parametrize("q,tin,tout,day", [
    # each side at its price: 50M x $3 + 10M x $15 = $300 a day
    ("we push 50M input tokens and 10M output tokens a day through the API at $3/M in and $15/M out, "
     "monthly bill?", 5e7, 1e7, 300.0),
    ("50M tokens a day in and 10M out at $3/M in and $15/M out, monthly bill?", 5e7, 1e7, 300.0),
    # 5000万 x 1元 + 1000万 x 4元 = 90元
    ("每天输入5000万token、输出1000万token，输入每百万1元，输出每百万4元，一个月多少钱？", 5e7, 1e7, 90.0),
    # one price for both sides: 60M x $3 = $180
    ("we push 50M input tokens and 10M output tokens a day at $3 per million tokens, monthly bill?",
     5e7, 1e7, 180.0),
    # a month's volumes, a day's share: (1.5B x 0.15 + 300M x 0.6) / 30.4375
    ("1.5B input and 300M output tokens a month at $0.15/M input and $0.60/M output, what's the bill?",
     1.5e9 / 30.4375, 3e8 / 30.4375, (1500 * 0.15 + 300 * 0.6) / 30.4375),
])
def test_a_days_prompts_and_answers_as_volumes(q, tin, tout, day):
    req = parse(q)
    assert req.params["input_tokens_per_day"] == pytest.approx(tin)
    assert req.params["tokens_per_day"] == pytest.approx(tout)
    res = compute(req)
    assert not res.unused
    cost = next(f.value for f in res.figures if f.name in ("cost_per_day_usd", "cost_per_day_cny"))
    assert cost == pytest.approx(day, rel=1e-3)


def test_one_answer_length_is_no_volume():
    # a request's lengths with a daily count of requests stay lengths
    assert_read("1M requests a day, 800 in 300 out, $0.40 per million input tokens, $1.60 per million output",
                {"input_tokens": 800, "output_tokens": 300, "queries_per_day": 1e6})


@pytest.mark.parametrize("q,pin,pout", [
    ("what's the monthly bill for 50M tokens a day in and 10M out, input's $0.15 per million input tokens "
     "and output's, uh, $0.60, no, $0.50", 0.15, 0.50),
    ("1M requests a day, 800 in 300 out, $0.40 per million input tokens, output $1.60, monthly?", 0.40, 1.60),
])
def test_the_other_sides_price(q, pin, pout):
    assert_read(q, {"usd_per_million_input_tokens": pin, "usd_per_million_tokens": pout})
    res = compute(parse(q))
    assert not [u for u in res.unused if u.reason and "corrected" not in u.reason]


def test_the_other_sides_price_in_yuan():
    res = compute(parse("每天100万次请求，每次输入800、输出300 token，输入每百万2元，输出是8元，一个月多少钱"))
    assert fig(res, "cost_per_day_cny") == pytest.approx(800 * 2 + 300 * 8)


def test_a_bill_grown_at_a_yearly_rate():
    res = compute(parse("10B tokens a day at $2 per million, annual bill? usage grows 80% a year, "
                        "and in two years?"))
    # $20,000 a day x 365.25 days x 1.8^2
    assert fig(res, "cost_grown_usd") == pytest.approx(20000 * 365.25 * 1.8 ** 2)
    zh = compute(parse("每天100亿token，每百万token 2元，一年多少钱？用量每年增长80%"))
    assert zh.intent == "capex"            # a bill grown, not a fleet sized with a default model
    assert fig(zh, "cost_grown_cny") == pytest.approx(20000 * 365.25 * 1.8)


@pytest.mark.parametrize("q,price", [
    ("token bill: 50mm DAU, 8 queries/user/day, 600 tokens out each, $0.60/mm tokens. daily cost?", 0.60),
    ("B200 doing 3,000 output tok/s on Llama 3 70B, sold at $3/mm tokens, 60% util. annual rev per GPU?", 3.0),
])
def test_mm_is_a_million_in_a_price(q, price):
    assert_read(q, {"usd_per_million_tokens": price})


@pytest.mark.parametrize("q,claimed", [
    ("100k GB200 build at $70k per GPU — total capex? is $7bn right?", 7e9),
    ("is 3mm tok/s aggregate right for 20k H100 on Llama 3 70B?", 3e6),
    ("frontier compute doubling every 6 months — how much bigger in 3 yrs? someone said 64x", 64),
])
def test_a_figure_asked_about_is_checked(q, claimed):
    req = parse(q)
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [pytest.approx(claimed)]
    res = compute(req)
    assert any(f.name == "claimed_claimed_value" for f in res.figures)


def test_the_askers_own_result_is_checked_against_the_second_ask():
    res = compute(parse("MI325X: 256GB/GPU, HBM at $20/GB → $5k+ of HBM per GPU? vs ASP $20k, what % of BOM?"))
    # $5k against the HBM's $5,120, not the card's $20k
    assert fig(res, "claimed_claimed_value") == pytest.approx(5000 / 5120)


def test_a_proposed_fleet_is_checked_against_the_load():
    res = compute(parse("厂商给的方案是H20，16台服务器、每台8卡，说这样才能撑住全院500个并发用户跑DeepSeek R1满血版，"
                        "这个靠谱吗？是不是报多了？"))
    assert res.intent == "fleet"
    assert fig(res, "claimed_claimed_value") == pytest.approx(16 / fig(res, "servers"))


@pytest.mark.parametrize("q,runs", [
    ("live-ops ML wants 12 fine-tune experiments, 5B tokens each, on Llama 3.1 8B. 64 GPUs of Gaudi 3 at 40% MFU. "
     "total GPU-hours?", 12),
    ("消融实验一共做20组，每组Qwen2.5 7B训1000亿token，64张H100，MFU 40%，总共多少GPU小时？", 20),
])
def test_runs_named_by_their_kind(q, runs):
    assert_read(q, {"runs": runs})


def test_a_monthly_charge_per_user_against_the_requests_tokens():
    res = compute(parse("月卡 30元/人/月 送AI陪玩，付费用户 50万，每人每天聊 20轮，每轮回复 150 token，"
                        "每百万token 8元，毛利还剩多少？"))
    # 20 x 150 tokens a day x 30.4375 days x 8 yuan per million
    assert fig(res, "cost_per_user_month") == pytest.approx(20 * 150 * 30.4375 * 8 / 1e6)
    assert not res.unused


def test_a_rent_named_before_its_card():
    res = compute(parse("海外服的报价是 $2.2/hr 一张 H100，国内云 H800 每卡每小时 16元，汇率 7.2，哪个便宜？"))
    assert not res.unused
    assert len(res.alternatives) == 2


def test_a_server_price_all_in_per_gpu():
    res = compute(parse("capex/GPU for DGX H100: $300k per server, 8 GPUs, + 30% for networking & facilities. "
                        "all-in per GPU?"))
    assert fig(res, "capex_all_in_usd") == pytest.approx(300000 / 8 * 1.3)


def test_a_subsidy_is_a_discount():
    assert_read("申报材料里写训练需要50万GPU小时，H800每卡每小时13元，算力券补贴40%，企业自己要掏多少？", {"discount": 0.4})


def test_english_characters_in_a_chinese_question():
    req = parse("英文资料翻译摘要，每天50万次，每次输出2000字符，约4个英文字符一个token，Mistral 7B跑在4090上，要几张？")
    assert req.params["tokens_per_letter"] == pytest.approx(0.25)
    assert req.params["output_tokens"] == pytest.approx(500)


def test_energy_of_one_request():
    res = compute(parse("at 0.4 J/token and 750 tokens per query, energy per query in Wh?"))
    assert fig(res, "energy_per_query_wh") == pytest.approx(0.4 * 750 / 3600)


@pytest.mark.parametrize("q", [
    "上个版本的NPC模型用 A100 训练，16张卡跑了 9天；这次换 H100，同样16张卡，大概要多久？",
    "上一版BEV模型在A100上64卡训了18天，换H100同样卡数要几天？",
])
def test_an_acronym_describing_a_model_is_no_name(q):
    assert compute(parse(q)).intent == "training"


def test_a_months_budget_said_as_the_most_spent():
    res = compute(parse("got maybe $900/month tops for compute. L4s go for about $0.40/hr on runpod-ish providers. "
                        "how many can i keep up 24/7?"))
    assert "usd_per_user_month" not in parse("got maybe $900/month tops for compute, L4 at $0.40/hr").params
    assert fig(res, "gpus") == 3          # $900 / ($0.40 x 730.5 h)


@pytest.mark.parametrize("q,mult", [
    ("we have $250M capex for a new hall; GB200 NVL72 at ~$3.4M per rack plus 25% for power/cooling fit-out. "
     "how many racks can we afford?", 1.25),
    ("手上有30万元预算，全买4090的话每张1.6万元，再加上机箱电源啥的按1.3倍算，能买几张？", 1.3),
])
def test_the_rest_of_the_build_named_by_its_parts(q, mult):
    assert_read(q, {"all_in_multiple": mult})


def test_the_racks_named_by_their_power_after_it():
    assert_read("一台 8 卡 H800 服务器报价 230 万元，预算 5 亿，能上多少台？每台 10.5kW，要多少个 20kW 的机柜？",
                {"watts_per_server": 10500, "server_power_cap_w": 20000})


def test_the_days_people_then_each_ones_requests():
    res = compute(parse("每天2000个客户来咨询，每人8轮对话，每轮输出150 token，API每百万token 4元，一个月多少钱"))
    # 2,000 x 8 x 150 tokens x 4 yuan per million = 9.6 yuan a day
    assert fig(res, "cost_per_day_cny") == pytest.approx(9.6)


@pytest.mark.parametrize("q,expect", [
    ("metric\tvalue\nGPU\tH100 SXM\nboard power (W)\t700\nthroughput (tok/s/GPU)\t3,000\nPUE\t1.2\n"
     "-> joules per token?", {"watts_per_gpu": 700, "observed_tokens_per_s_per_gpu": 3000}),
    ("budget ($M)\tGPU\tunit price ($)\n250\tB200\t38,000\nhow many B200s can we get?",
     {"budget_usd": 250e6, "price_usd": 38000}),
    ("| 项目 | 数值 |\n| 输入单价（元/百万token） | 2 |\n| 输出单价（元/百万token） | 8 |\n| 日活 | 50万 |\n"
     "| 每人每天请求 | 8次 |\n| 输出token/次 | 400 |\n一个月API账单多少钱？", {"cny_per_million_input_tokens": 2}),
])
def test_a_keys_unit_in_brackets_goes_with_its_value(q, expect):
    assert_read(q, expect)


def test_a_header_over_no_number_is_said_as_typed():
    q = ("指标 | 当前 | 两年后\n训练算力（FLOPs） | 5e25 | ?\n"
         "假设每6个月翻一番。到时候单次训练如果用H100跑90天（MFU 40%），要多少张卡？")
    res = compute(parse(q))
    assert "两年" in [i.text for i in res.inputs]
    # the run grown 16x in two years, then the H100s that train it in 90 days
    assert fig(res, "gpus") == pytest.approx(8e26 / (90 * 86400 * 989e12 * 0.4), rel=0.01)


def test_a_runs_power_asked_is_power():
    assert compute(parse("power estimate for fine-tuning on 64 H100s for 5 days, PUE 1.25?")).intent == "power"


@pytest.mark.parametrize("q,expect", [
    ("| field | value |\n|---|---|\n| model | Llama 3.1 70B |\n| GPU | H100 SXM |\n| DAU | 3,000,000 |\n"
     "| queries / user / day | 12 |\nhow many GPUs?", {"queries_per_user": 12}),
    ("site survey:\nrack_count\tkW_per_rack\n120\t40\nserver: DGX B200 (~14.3 kW)\nhow many DGX B200 fit?",
     {"racks": 120, "server_power_cap_w": 40000}),
    ("metric | value\navg response (chars) | 2,400\nchars per token | 4\nrequests/day | 300k\nmodel | Mistral 7B\n"
     "card | RTX 4090\nhow many cards?", {"output_tokens": 600, "queries_per_day": 3e5}),
    ("API usage (daily avg)\nmodel\tqueries/day\tin tok/query\tout tok/query\t$/M in\t$/M out\n"
     "Llama 3.1 70B\t2,000,000\t1,800\t450\t0.35\t0.40\nmonthly bill?",
     {"input_tokens": 1800, "output_tokens": 450, "usd_per_million_input_tokens": 0.35}),
])
def test_a_sheets_rows_read_by_their_keys(q, expect):
    assert_read(q, expect)


def test_a_lines_per_card_word_stays_on_its_line():
    # "每张价格" on the next line of a sheet is the card's price, not "50 EFLOPS" per card
    req = parse("规划表\n目标算力\t50 EFLOPS (FP8)\n卡型\tB300\n每张价格\t$45,000\n需要多少张、多少钱？")
    assert req.params["capacity_flops"] == pytest.approx(5e19)


def test_each_uses_a_count_a_day():
    assert_read("benchmarked vllm on my 3 cards (L40S), getting ~1,100 tok/s per gpu w/ Llama 3 8B. how many users can "
                "that handle if each uses ~5k tokens a day?", {"tokens_per_user_day": 5000})


def test_the_cards_a_power_holds_then_the_run_on_them():
    res = compute(parse("We have 8 MW of IT for a training tenant. On H200 at 1.3 kW/GPU all-in, how long to push 3e24 "
                        "FLOPs at 38% MFU?"))
    assert not res.unused
    assert fig(res, "train_days") == pytest.approx(3e24 / (6153 * 989e12 * 0.38 * 86400), rel=0.01)
