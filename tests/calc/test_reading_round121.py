"""Round 121 (Chinese pharmacy chains and internet hospitals, Australian and Canadian mining IT, Uzbek, and sealed sets
from Chinese sports, lottery and e-sports platforms, US school districts and Malayalam): "日活预估80w" 800,000 users
(had been 80 watts); "预算…一共1200万" a budget (had been a claim); "每秒大概120张处方" requests (had been 120 cards);
"1 token约0.75个词" a ratio; a bare "FX 0.65" beside Australian dollars no longer the euro's; "AUD at 0.66",
"CAD is 1.37", "in Aussie dollars at 1.54" rates (the first had been a card's price of US$0.66); "每秒请求1.2w"
12,000 requests a second (had been 1.2 W a card); "按厂商说的快3倍" a speed-up (had been a fleet three times as big);
"how many crore?" the unit asked (had been a number of nothing)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read


@pytest.mark.parametrize("q,expect", [
    # a daily count foreseen, 万 typed as "w"
    ("客服机器人下季度上线，日活预计50w，每人问4次，Llama 3 8B，L40S要几张？", {"users": 5e5}),
    # a budget named, its total said later in the sentence
    ("今年预算刚批，算力这块一共800万，一半买卡，H20每张13万，能买几张？", {"budget_cny": 8e6, "budget_share": 0.5}),
    # documents counted with 张
    ("高峰每秒大概80张发票进来识别，输入1.5k token，输出100 token，Qwen2.5 7B 跑 L4，要几张？", {"qps": 80}),
    # one token, then the words it is
    ("英文文档平均600词，按1 token约0.75个词，每天2万次，回答100词，Llama 3 8B on L4 几张？",
     {"tokens_per_word": 1 / 0.75}),
    # each replica's concurrency, pressed to a cap
    ("现在4个副本，每个副本TP8，Llama 3.1 70B on H200，每个副本并发控制在48，最多扛多少并发？", {"batch_per_replica": 48}),
    # rates said of Australian and Canadian dollars
    ("Board approved A$2m, FX 0.66 US per Aussie dollar. 50% on GPUs, how many H100 at US$28k each?",
     {"local_per_usd": 1 / 0.66}),
    ("64 H100 rented at US$2.20/hr for a month, whats the bill in Canadian dollars at 1.36?", {"local_per_usd": 1.36}),
    ("A GB200 NVL72 rack draws 130 kW, tariff A$0.28/kWh, PUE 1.3, AUD at 0.65: yearly power bill?",
     {"local_per_usd": 1 / 0.65, "watts_per_server": 1.3e5}),
    # a PUE said as "more like"
    ("Each 8-GPU H100 box pulls 10.2 kW and PUE's more like 1.5 out here. We have 400 kW. How many GPUs?",
     {"pue": 1.5}),
    # so many of anything each person does a day
    ("120 site leads, maybe 2 walkthroughs each a day, ~2k tokens in and 300 out, Llama 3 70B on H100: how many?",
     {"queries_per_user": 2}),
    # people counted with a word of how they work, and whose the daily users are
    ("We have 900 FIFO crew on the copilot, 5 questions a day each, Llama 3 8B on L4. GPUs?", {"users": 900}),
    ("40K teacher DAU, 5 queries each, 600 in / 200 out, Llama 3 8B on L40S: how many?", {"users": 4e4}),
    # days of a kind
    ("at 0.4 J per token, how many kWh for 10M tokens a day over 175 school days?", {"days": 175}),
    ("2,000 students a day for 40 school days, 8 questions each, Llama 3 8B on L4 at $0.70/hr: total?", {"days": 40}),
    # a rollout's scope said between the verb and the count
    ("Pilot is 1,500 employees; next year we go company wide to 40k. We run 2 L4 now. What do we need then?",
     {"users_to": 4e4}),
    # a grant's share spent toward the cards
    ("We got a $400,000 grant. L40S at $8,000 each, about 70% of the grant toward GPUs. How many?",
     {"budget_share": 0.7}),
    # requests a second in 万, typed "w"
    ("晚高峰每秒请求2w，输入2k token，输出300，Llama 3 8B 上 H100，每台8卡，要多少台？", {"qps": 2e4}),
    # a speed-up as someone said it
    ("现有512张A100，换成H100的话，按代理商说的快3倍，需要多少张才能顶上？", {"speedup": 3}),
    # games watched each day
    ("日活500w，每人每天看8场比赛的AI解说，输出300 token，Qwen2.5 7B 上 L40S，要多少张？", {"queries_per_user": 8}),
    # chips counted with 个
    ("训一个10亿参数的小模型，5000亿token，TPU v5e 128个chip，MFU 40%，几天？", {"gpus": 128}),
    # a card's draw with its server's share, in Uzbek; a rate's spaced thousands before a full stop
    ("Bizda 16 ta karta bor, A100 80GB. Har biri server bilan birga ~0,9 kW oladi, PUE 1,5. Elektr 1 kVt·soat "
     "uchun 900 so'm, dollar kursi 12 650. Oyiga qancha ketadi?", {"watts_per_gpu": 900, "local_per_usd": 12650}),
    # (guards: pass before and after; "1,000W" a card's watts, its thousands grouped, not 万; an amount's own
    # currency before its rate said in full)
    ("機房可額外提供2MW電力，PUE約1.3，若每張GPU連伺服器計約1,000W，可容納多少張B200？", {"watts_per_gpu": 1000}),
    ("budget 30 million EGP at 48.5 EGP per dollar, renting H100 at $2 per hour. How many GPU hours?",
     {"local_per_usd": 48.5, "budget_usd": 30e6 / 48.5}),
    # (guards: pass before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round121_readings(q, expect):
    assert_params(q, expect)


def test_a_bare_rate_beside_no_euro_is_not_the_euros():
    req = parse("Board approved A$2m, FX 0.66 US per Aussie dollar. 50% on GPUs, how many H100 at US$28k each?")
    assert "usd_per_eur" not in req.params
    assert "€" not in compute(req).headline


def test_how_many_crore_is_the_unit_asked_and_the_answer_says_crore():
    res = compute(parse("DGX H100 at $290k per server, we buy 6, 1 USD = 84 INR. how many crore?"))
    assert not res.unused
    assert "crore" in res.headline


def test_a_small_w_in_a_chinese_message_about_no_power_is_no_wattage():
    assert_read("晚高峰1.5w，输入2k token，输出300，Llama 3 8B 上 L40S，要几张？", {})
    assert "watts_per_gpu" not in parse("晚高峰1.5w，输入2k token，输出300，Llama 3 8B 上 L40S，要几张？").params
