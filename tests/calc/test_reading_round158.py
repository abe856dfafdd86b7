"""Round 158 (Chinese hotpot chains, car-wash and detailing chains, Chinese medical-aesthetics clinics; sealed:
roofing and rooftop-solar installers, Chinese hair-salon chains, locksmiths and alarm installers). Found on the first
runs: "90k cars/day" read as 90,000 users making ten requests each; "95k people use the app weekly, maybe 25k on any
given day" sized 95k daily users; "预算5万块" read as 50,000 cards; "200kVA … HGX H100每台10.2kW，能放几台" compared two
servers; "每人问一次" dropped (ten requests each assumed); "每天5万个顾客" read as tokens; "每组2亿token" refused as an
answer's length; "一年电费要十万出头，对吗" read as a budget (0 cards); "卖设备的说 … 每秒能出2000个token" restated, not
checked; "each one pulls about 450W at the wall" billed the two cards as one box; "250 grand set aside" not read;
"only takes about a week" dropped; "12% off if we take 2" bought two cards, not two servers; "MFU goes to 45% from the
current 30%" sized a new fleet; "eight H100 … at 50% load … how many years before we need to buy more" refused;
"Intel quoting Gaudi 3 at $15,600" read as a claim and refused. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_vehicles_counted_a_day_are_requests():
    q = "We inspect about 12k trucks per day at our depots; each check is 900 input tokens and 150 out on Qwen2.5 7B. How many L4?"
    p = parse(q).params
    assert p.get("queries_per_day") == pytest.approx(12_000) and "users" not in p


def test_people_using_it_monthly_and_a_days_share():
    q = "Roughly 400k people use our app monthly, maybe 60k on any given day. Llama 3.1 8B, 4 turns per chat. How many L40S?"
    assert_params(q, {"users": 400_000, "dau_per_mau": 0.15})


def test_a_months_budget_in_kuai_is_money():
    assert_params("每个月算力预算8万块，租A100每卡时9元，能租多少卡时？", {"budget_cny": 80_000})


def test_a_room_and_each_servers_draw():
    q = "The cage has 60 kW, HGX H200 at 10.2 kW each, how many fit?"
    assert not compute(parse(q)).alternatives
    assert_params(q, {"power_mw": 0.06, "watts_per_server": 10_200})


def test_once_each_is_one_request():
    assert_params("每天大概6000位会员用AI客服，每人问一次，Qwen2.5 7B放L4上要几张？", {"queries_per_user": 1})


def test_customers_after_a_ratio_are_not_tokens():
    p = parse("每个客户平均生成200个汉字，按1.5个汉字约1个token算，每天3万个客户，Qwen2.5 7B在L4上要几张？").params
    assert "tokens_per_day" not in p


def test_each_experiments_tokens_are_trained_on():
    assert_params("准备做12组实验，每组5亿token，Llama 3 8B，16张H100，总共要多少天？", {"train_tokens": 5e8, "runs": 12})


def test_a_bill_in_chinese_numerals_asked_about_is_a_claim():
    p = parse("我们这台HGX H100满载10千瓦，PUE按1.3，电价0.6元/度，一年电费要七万左右，对吗？").params
    assert "budget_cny" not in p


def test_a_seller_by_what_they_sell_makes_a_claim():
    q = "卖服务器的说一张L40S跑Llama 3 8B每秒能出3000个token，这个靠谱吗？"
    assert any(s.param == "claimed_value" for s in parse(q).stated)


def test_each_one_at_the_wall_is_each_card():
    assert_params("we run 3x RTX 4090 for video analytics, each one draws about 400W at the wall. "
                  "electricity is $0.20/kWh, cost per year?", {"watts_per_gpu": 400})


def test_grand_is_thousands_of_money():
    assert_params("We've got 400 grand for hardware. H100 SXM at $28k a card, how many can we buy?", {"budget_usd": 400_000})


def test_a_hedged_week_is_read():
    res = compute(parse("Someone claims fine-tuning a 13B model on 100B tokens takes about a week on 128 H100s. Hmm."))
    assert any(i.text == "about a week" for i in res.inputs)


def test_bull_or_not_asks_for_a_check():
    res = compute(parse("A supplier reckons a 7B model on 1T tokens only takes about a day on 256 H100s. bull or not?"))
    assert any(i.text == "about a day" for i in res.inputs)


def test_a_bare_count_bought_at_a_servers_price_is_servers():
    assert_params("Supermicro quoted 8-way H100 servers at $280k each, 10% off if we order 3. Total?",
                  {"servers": 3, "gpus_per_server": 8})


def test_the_mfu_gone_to_then_the_current_one():
    res = compute(parse("If the new kernels take MFU to 50% from the current 35%, what does our 20-day Llama 3 8B run "
                        "drop to?"))
    assert fig(res, "train_days") == pytest.approx(14.0, rel=0.01)


def test_years_until_a_busy_fleet_is_full():
    res = compute(parse("we run 16 L40S at 40% load and usage grows 30% a year. how many years before we need more cards?"))
    assert res.intent == "growth" and fig(res, "years") == pytest.approx(3.49, rel=0.01)


def test_a_sellers_quote_is_no_claim():
    res = compute(parse("Dell quoting H100 SXM at $27,000 a card and H200 SXM at $32k. which gives more tokens per dollar "
                        "on Llama 3.1 70B?"))
    assert len(res.alternatives) == 2


def test_a_batch_of_reports_is_a_job():
    q = "One batch of 5,000 invoices a night, 1500 tokens in and 300 out each, Llama 3.1 8B on 2 L40S. How long does it take?"
    res = compute(parse(q))
    assert res.figure("job_hours") is not None


def test_each_batchs_items_in_chinese_are_the_jobs_requests():
    q = "夜里批量出门店周报，每批大约8000份门店周报，每份输入3000 token、输出300 token，Qwen2.5 7B放2张L40S上多久跑完？"
    assert_params(q, {"queries_per_day": 8000})


def test_dialogues_counted_by_tiao_and_their_turns():
    assert_params("每天20万条对话，每条4轮，Qwen2.5 7B放L4上要几张？", {"turns_per_session": 4, "queries_per_day": 200_000})


def test_experiments_of_a_method():
    assert_params("要做15组QLoRA实验，每组在5000万token上跑1个epoch，Qwen2.5 7B，单张4090，总共多少卡时？", {"runs": 15})


def test_half_a_second_to_first_token():
    assert_params("40 req/s, 300 tokens in, 80 out, and the first token needs to arrive in under half a second. "
                  "Mistral 7B on L4, how many?", {"ttft_ms": 500})


def test_points_higher_on_mfu():
    assert_params("Took 10 days on 32 A100 last time; the new stack should be 6 points higher on MFU and we move to "
                  "32 H100 SXM. How long now?", {"mfu_gain_points": 0.06})


def test_of_em_counts_the_cards():
    assert_params("How long to train a 3B model on 600B tokens with 128 of em at 40% MFU on H100?", {"gpus": 128})


def test_places_a_card_is_said_to_carry_are_named():
    q = "厂家说一张L40S跑Qwen2.5 7B每秒能出4000个token，能带几十个门店，真的吗？"
    res = compute(parse(q))
    assert any("门店" in u.text for u in res.unused)
