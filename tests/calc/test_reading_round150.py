"""Round 150 (Chinese cold-chain logistics parks, tabletop-game publishers, Chinese livestock and aquaculture farms;
sealed: church and charity volunteers, Chinese vocational colleges, air-cargo forwarders). Found on the first runs:
"训一遍" was dropped; "从8000户涨到5万户，每户每天问5次" served 5 requests a day; "一次会诊来回6轮，每天大概4000次会诊"
served 6; "每户每月19.9元，每户每天平均用2000个token … 能回本吗" answered a rent-or-buy of 0 cards; "一车约40张图，一天进出
大概300车" left the trucks' images unread; "We carved $1,200 out of the Kickstarter budget" was unread (a card-hour's
price answered); "under $0.002 per question … 1x L40S at $0.89/hr" was refused; "$25,000 CAD grant … 1 USD = 1.36 CAD"
read the grant as the exchange rate; "3 donated HGX A100 servers" were one; "€ to $ 1.08" was a budget of US$1.08 (0
servers); "$4.10 CAD per A100 80GB hour" was unread; "our DGX A100 at about 4,000 tokens/s" was each card's rate;
"keep one running" and "'a weekend'" were dropped. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read, fig


def test_one_pass_over_the_data():
    assert_params("3亿token的数据，在16张H100上用Llama 3 70B训一遍要5天，靠谱吗？", {"epochs": 1})


def test_households_as_users():
    assert_params("合作社农户预计从3000户涨到2万户，每户每天问4次，Llama 3 70B，H100现在有8张，够吗？",
                  {"users": 3000, "users_to": 20_000, "queries_per_user": 4})


def test_consultations_and_their_turns():
    assert_params("线上问诊一次会诊来回5轮，每天大概3000次会诊，每轮输入1000 token，输出200 token，L40S要几张？",
                  {"turns_per_session": 5, "queries_per_day": 3000})


def test_each_households_monthly_fee_and_tokens():
    assert_params("对会员户收费，每户每月29.9元，每户每天平均用3000个token，Qwen2.5 72B自己部署，H20每卡每小时6元，能回本吗？",
                  {"cny_per_user_month": 29.9, "tokens_per_user_day": 3000})


def test_images_of_each_truck():
    assert_params("一车约30张图，一天进出大概200车，每张图1000 token，Qwen2.5 7B，L4要几张？",
                  {"queries_per_day": 200, "items_per_batch": 30})


def test_a_part_carved_out_of_a_budget():
    assert_params("We set aside $2,000 out of the Patreon budget for GPU time. At $0.50/hr for an RTX 4090, how many "
                  "GPU-hours?", {"budget_usd": 2000})


def test_a_claimed_cost_per_question_on_a_stated_fleet():
    res = compute(parse("Our lead says support chat costs under $0.003 per question. We do ~30k questions a day on 2x "
                        "L4 at $0.70/hr. True?"))
    # 2 x $0.70 x 24 = $33.60 a day over 30,000 questions
    assert fig(res, "cost_per_query_usd") == pytest.approx(33.6 / 30_000)


def test_a_grant_in_a_currency_beside_its_rate():
    p = parse("Our parish got a $18,000 CAD grant. How many L4s at about $3,000 CAD each? 1 USD = 1.36 CAD").params
    assert p.get("local_per_usd") == pytest.approx(1.36)


def test_servers_counted_with_how_they_came():
    assert_params("We run 3 donated HGX A100 servers in a church hall, ~6.5 kW each, $0.11/kWh. Yearly bill?",
                  {"servers": 3})


def test_a_euro_rate_written_with_to():
    assert_read("One GB200 NVL72 rack, price ~€3.0M, 120 kW, electricity 0,20 €/kWh, € to $ 1.10. 3-year TCO?",
                {"usd_per_eur": 1.10, "server_price_usd": 3.3e6})


def test_a_named_cards_hour_in_its_currency():
    p = parse("Canadian cloud quotes $3.60 CAD per H100 SXM hour. At 1 USD = 1.35 CAD, what's 500 GPU-hours in "
              "USD?").params
    assert p.get("rent_usd_per_hour") == pytest.approx(3.6 / 1.35)


def test_a_boxs_measured_rate():
    assert_params("we benchmarked our DGX A100 (a gift, long story) at about 3,500 tokens/s for Llama 2 70B. Can it keep "
                  "up with 200M output tokens a day?", {"observed_tokens_per_s_per_server": 3500})


def test_keep_one_running_on_a_budget():
    res = compute(parse("Grant of $6k for the whole year. If we rent an L4 at $0.60/hr, can we keep one running 24/7?"))
    assert any(u.text for u in res.inputs if "keep one running" in u.text)


def test_a_weekend_as_a_claim():
    res = compute(parse("someone reckons fine-tuning Llama 2 7B on 100M tokens would take 'a weekend' on 4 A100 80GB. "
                        "Is that right?? 40% MFU, 1 epoch."))
    assert "'a weekend'" in res.headline


def test_the_cards_share_said_beside_the_rests():
    p = parse("今年预算一千万，六成买卡，四成留给网络机柜，H20一张按11万，能买多少张？")
    assert [s.param for s in p.stated if str(s.text) == "六成"] == ["budget_share"]


def test_a_tariffs_peak_valley_average():
    assert_params("机房10台DGX H100，每台10.2kW，PUE 1.4，园区电价峰谷平均0.7，一年电费多少？",
                  {"electricity_cny_per_kwh": 0.7})


def test_fleet_power_against_a_circuit():
    res = compute(parse("might get 2 nodes, 4 GPUs per node, ~500 W per GPU. can we power that on our ~3 kW circuit?"))
    assert "3 kW" in res.headline and "Fits" not in res.headline
