"""Round 156 (Chinese postgraduate-exam and vocational training institutions, plumbing, HVAC and home-services
contractors, Chinese community group-buying platforms; sealed: car-rental and fleet-leasing companies, Chinese chain
pharmacies, moving and self-storage companies). Found on the first runs: "今年报名学员大概12万" and "日活团长大概12万"
were unread (a memory answer); "A100 PCIe二手9万左右" was unread and "哪个性价比高" compared no prices; "按千卡一个池子"
was not answered; "每人一场，每场平均12轮对话" dropped the one session; "we'd need 6 of them" were six users;
"~2,500/day" was unread (a memory answer); "Each job ticket kicks off about 12 LLM calls" was unread; "we see 6x
that" was unread; "a block of 500 GPU-hours … for $1,150" was one card's price (the cost of owning 8 cards
answered); "Each of those asks maybe 2 things" was dropped; "cost per 1,000 calls" on owned cards gave no basis; "a
~600 character summary" was unread; "一张L4就能撑5000个团长同时用" was counted misread though checked; "each car return
is about 24 photos … running a Qwen2.5 7B fine-tune" was a training run of 1.58 million GPU-hours; "€265.000" was
265 euros (US$2,106 for 8 H100); "一年打算做6次" was unread (one run's cost); "38 self-storage facilities, roughly
22k tenants" sized 38 users; "they'll knock off 12%" was unread and "from our
reseller" read the rent as income; "keep 4 going nonstop" was unread; "(same gpu count, 8)" was named unused;
"32c/kWh AUD" was unread; "buying a single card … pay off within 18 months" dropped the card and set the price
aside. These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read


def _head(q: str) -> str:
    return compute(parse(q)).headline


def test_students_counted_after_their_kind():
    assert_params("今年报名考生大概8万，冲刺期每人每天交3篇，Qwen2.5 7B，L4要几张？", {"users": 80_000})


def test_each_cards_price_for_value():
    h = _head("L4和L40S跑Qwen2.5 7B哪个性价比高？L4报价2万一张，L40S二手5万左右")
    assert "每万元卡价" in h


def test_pools_of_a_thousand_in_a_word():
    assert "8个" in _head("一共8000张H20，按千卡一个池子，能搭几个池子？")


def test_one_session_each_then_its_turns():
    assert_params("AI口语陪练，每天约5000个学员在用，每人一场，每场平均8轮对话，Qwen2.5 7B用L4需要几张",
                  {"turns_per_session": 8, "queries_per_user": 1})


def test_cards_needed_of_them_claimed():
    assert_read("Vendor says to cover our 80 concurrent callers on Llama 3.1 8B at 50 ms per token we'd need 4 of "
                "them (L4). legit?", {"gpus": 4})


def test_a_bare_count_a_day():
    assert_params("we summarize every inspection report, ~1,800/day, reports avg 2000 tokens, 200 token summary. "
                  "Llama 3.1 8B on L4, how many GPUs?", {"queries_per_day": 1800})


def test_calls_each_ticket_kicks_off():
    assert_params("Each service ticket kicks off about 8 LLM calls. 1,200 tickets a day, 1k tokens in, 200 out. "
                  "Llama 3.1 8B on L4 - how many?", {"turns_per_session": 8})


def test_a_seasons_multiple_of_the_average_said():
    assert_params("avg load is like 3 requests/sec but on black friday we see 5x that. Mistral 7B on L4, how many?",
                  {"peak_factor": 5})


def test_a_block_of_gpu_hours_priced():
    h = _head("a cloud is selling a block of 1,000 GPU-hours on H100 SXM for $2,400. whats that per GPU-hour, and "
              "how many days on 16 GPUs?")
    assert "US$2.40 per GPU-hour" in h


def test_each_of_those_asks():
    assert_params("app has ~50k monthly users and about 20% open it daily. Each of those asks maybe 3 things. Llama 3.1 "
                  "8B on L4 - how many?", {"queries_per_user": 3})


def test_owned_cost_per_basis_of_requests():
    assert "per 1,000 requests" in _head("cost per 1,000 calls if the bot runs on 2 L4 we bought for $2.5k each "
                                          "(3 yrs), 72W apiece, $0.12/kWh, and we handle 5,000 calls a day?")


def test_a_length_said_as_an_adjective():
    assert_params("read the notes, usually ~2,000 characters, and write a ~400 character reply. about 4 characters "
                  "per token. 2,000 notes/day, Llama 3.1 8B on L4. GPUs?", {"output_tokens": 100})


def test_items_of_each_thing_with_its_kind_before():
    assert_params("each truck inspection is about 12 photos, we get ~3k inspections/day. each photo 800 input tokens, "
                  "60 output tokens, running a Qwen2.5 7B fine-tune. how many L4?",
                  {"items_per_batch": 12, "queries_per_day": 3000})


def test_euros_with_dotted_thousands():
    assert_params("we got quoted €180.000 for a DGX A100. at $1.08/€, per GPU in dollars?",
                  {"server_price_usd": 180_000 * 1.08})


def test_runs_a_year():
    assert_params("租A100一卡时报价9元，我们微调一次大概要用1500卡时，一年打算做4次，全年多少钱？", {"runs": 4})


def test_facilities_beside_the_people():
    assert_params("We operate 45 self-storage facilities, roughly 30k renters. If 10% of them use the chatbot daily, 2 "
                  "questions each, how many L4 for Llama 3.1 8B?", {"users": 30_000})


def test_knocked_off_and_a_reseller():
    h = _head("quote from our reseller: DGX H200 at $320,000 per server, they'll knock off 10%. we need 2 servers. "
              "total, and what would renting the same 16 GPUs cost for a year at $3.10/hr?")
    assert "rent" in h and "brings in" not in h
    assert_params("DGX H200 at $320,000 per server, they'll knock off 10%. we need 2. total?", {"discount": 0.1})


def test_cards_kept_going():
    assert_params("we got 2,000 GPU-hours on L40S from a program. at $0.90/hr what's that worth, and how many days "
                  "if we keep 2 running nonstop?", {"gpus": 2})


def test_cents_glued_before_the_unit_in_a_local_currency():
    assert_params("running 4 L4, 72W each, power is 25c/kWh AUD. 1 USD = 1.5 AUD. yearly cost in USD?",
                  {"electricity_usd_per_kwh": pytest.approx(0.25 / 1.5)})


def test_buying_a_single_card_pays_off():
    h = _head("we pay about $0.15 per million tokens and push ~20M tokens/day. would buying a single card, an L4 at "
              "$2,500, pay off within a year?")
    assert "pays back in" in h
