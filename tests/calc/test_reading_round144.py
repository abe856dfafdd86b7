"""Round 144 (Chinese hospital IT departments, e-sports and streaming engineers, Chinese university PIs; sealed:
energy utilities, Chinese consumer-lending risk teams, property managers). Found on the first runs: "日均门诊量1.2万人次
左右，每人平均问3次" sized a third of the load (the visits read as requests, each one's three set aside); "peaked at
2.3M concurrent viewers, bot sees avg ~15k msgs/sec" sized 2.76 million L4 for the viewers; "2 H100 SXM replicas …
TP2 each" priced 2 GPUs, not 4; "We manage 12,500 units … every unit is one tenant account" sized 12,500 GPUs; "每笔
… 日均申请量25万" left the day's applications unread. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_daily_visits_are_people_each_asking_so_many_times():
    assert_params("日均门诊量8000人次，每人平均问2次，Qwen2.5-7B，需要几张L4？", {"users": 8000, "queries_per_user": 2})


def test_each_patients_tokens_a_day():
    assert_params("每个病人每天800个token输出，日门诊6千人，Qwen2.5-7B，L4要几张？", {"tokens_per_user_day": 800})


def test_a_claimed_time_in_words_is_quoted_with_its_days():
    res = compute(parse("外包说在16张H800上训Qwen2.5 72B，500亿token，三周能训完，靠谱吗？"))
    assert "“三周”（21天）" in res.headline


def test_messages_a_second_beside_viewers_at_once():
    req = parse("finals peaked at 1.5M concurrent viewers, the mod bot sees ~8k msgs/sec. Llama 3 8B on L4, how many?")
    assert req.params["qps"] == 8000 and "concurrent_users" not in req.params


def test_a_normal_load_multiple():
    assert_params("we summarise ~200k clips/day, 1,000 tokens in, 100 out, Qwen2.5 7B on L4. weekends run at 3x normal "
                  "load. how many?", {"peak_factor": 3})


def test_replicas_named_with_their_card():
    assert compute(parse("cost per 1k requests? 3 H100 SXM replicas at $2/hr per gpu, TP4 each, ~60 req/s")) \
        .headline.startswith("US$")
    assert parse("cost per 1k requests? 3 H100 SXM replicas at $2/hr per gpu, TP4 each, ~60 req/s") \
        .params["replicas"] == 3


def test_requests_per_daily_user():
    assert_params("20M weekly viewers, DAU ~6M, 5 reqs per daily user, 400 in/100 out, Llama 3 8B on L40S",
                  {"queries_per_user": 5})


def test_money_that_can_be_spared_for_rent():
    assert_params("经费紧张，最多能拿出8万租卡，按H800每卡时12元，能租多少卡时？", {"budget_cny": 80000})


def test_homes_counted_in_a_property_question_are_the_users():
    req = parse("We manage 4,800 units for a REIT; every unit is one tenant account, each sends about 3 messages a "
                "day, 800-token prompts, 150-token replies. Llama 3 8B on L4 - how many GPUs?")
    assert req.params["users"] == 4800 and "gpus" not in req.params


def test_chats_per_unit_per_day():
    assert_params("our 30,000-unit portfolio's tenant bot: 3 chats per unit per day, Llama 3 8B on L4, how many "
                  "cards?", {"queries_per_user": 3, "users": 30000})


def test_a_days_applications():
    assert_params("风控初审：日均申请量12万，每笔输入4000输出300，Qwen2.5-72B，H20要几张？", {"queries_per_day": 120000})
