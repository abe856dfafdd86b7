"""Round 120 (Chinese airline and airport IT, US proptech and brokerage engineering, Azerbaijani, and sealed sets from
Chinese broadcasters' technology departments, Gulf sovereign-AI teams and Gujarati): "旅客投诉工单平均800个汉字" a
ticket read, its length the input (had been the answer's); "T3机房" a building (had been refused as an unknown model);
"每台4.5千瓦8卡" each server's cards after its draw (had been a count of GPUs checked as a claim); "1 SU算1卡时" a
service unit defined; "DRAM每GB 2.5美元的话差几倍" HBM's price compared (had been a conversion of FLOPS); "the 192GB"
of a named card its memory; "do we literally need 10x the L40S fleet?" the fleet sized at both loads; "the listing
writer at ~10k listings/day" a day's load (had been each user's)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, assert_read


@pytest.mark.parametrize("q,expect", [
    # an item people send in, measured in characters: what is read
    ("客户理赔单平均1500字，每天4万单，Qwen2.5 72B放H100上，需要几张卡？", {"input_tokens": 900}),
    ("报关单平均2400个汉字，每天5万单，用Qwen2.5 72B，H20要几张？", {"input_tokens": 1440}),
    # a site's code before its building's noun
    ("B2栋机房有30个机柜，每柜限电25千瓦，放H100服务器，每台10.2千瓦，最多放多少台？", {"racks": 30}),
    # each server's draw or price, then its cards
    ("机房每柜限电30千瓦，放L40S服务器，每台6千瓦4卡，40个机柜能放多少卡？", {"gpus_per_server": 4, "watts_per_server": 6000}),
    # a service unit said as "算"
    ("集群按SU收费，1 SU算2卡时，Llama 3 8B训1000亿token，MFU 35%，用A100要申请多少SU？", {"gpu_hours_per_su": 2}),
    # a bare size equal to the named card's memory
    ("how many H200 to match 32 H100s on Llama 3.1 70B? the rep keeps pointing at the 141GB", {"hbm_gb_per_gpu": 141}),
    # a day's load for a tool named by its job
    ("could 16 A100s run Llama 3 8B for the listing editor at ~8k descriptions/day?", {"queries_per_day": 8e3}),
    # after the sealed sets: a Gulf currency's rate said as a peg, in brackets after the code, or after an amount
    ("at $38k per B200, what do 2,000 cost in QAR (3.64)?", {"local_per_usd": 3.64}),
    ("our envelope is QAR 250 million at 3.64. H200 at $31k each, how many?", {"local_per_usd": 3.64,
                                                                               "budget_usd": 250e6 / 3.64}),
    ("Seats are AED 99 per user per month (about $27 at 3.67). 200k users, 10 queries a day each, Llama 3 8B on "
     "L40S rented at $1.1/hr: margin?", {"local_per_usd": 3.67, "usd_per_user_month": 27}),
    ("The authority approved QAR 900 million for the cluster (USD/QAR 3.64). H100 at $30k per GPU, how many?",
     {"budget_usd": 900e6 / 3.64}),
    # a price said of one card or one server, in a currency converted at its stated rate
    ("If a card is 95,000 AED, what do 16 H100 cost? 1 USD = 3.67 AED", {"price_usd": 95000 / 3.67}),
    # the room's power said as approved
    ("电视台新机房只批了120kW的电，上L40S的话每卡含整机算0.6kW，能放多少张？", {"power_mw": 0.12}),
    # each item's input, said with 输入, in a task that generates
    ("翻译生成：每条稿件输入约2000字，1个字约0.7个token，译文输出1500 token，一天2万条，Qwen2.5 72B 几张H20？",
     {"input_tokens": 1400}),
    # calls counted with 通 alone
    ("客服热线一天大概6000通，每通8轮，Llama 3 8B，几张L4？", {"queries_per_day": 6000}),
    # a seller's price, the count bought, and the build signed as an addition
    ("DGX H200 offered to us for $450k, buying 6 gets 5% off. how much in total?",
     {"server_price_usd": 4.5e5, "servers": 6}),
    ("if we buy 10 they give 8% off: DGX B200 at $520k per server, what is the total cost?", {"servers": 10}),
    ("64 H100 at $27k each, servers and network on top +35%. total?", {"all_in_multiple": 1.35}),
    # (guards: pass before and after)
    ("50k users at ~20 requests/day on Llama 3 8B, how many H100?", {"queries_per_user": 20, "users": 5e4}),
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round120_readings(q, expect):
    assert_params(q, expect)


def test_a_terminal_building_is_no_model():
    res = compute(parse("T2航站楼机房有20个机柜，每柜限电15千瓦，放L40S服务器，最多能上多少卡？"))
    assert not res.unused or all("T2" not in u.text for u in res.unused)
    assert "L40S" in res.headline


def test_hbm_priced_against_dram_is_a_memory_answer():
    res = compute(parse("B200每张192GB显存，HBM按每GB 15美元算，一张卡光HBM多少钱？DRAM每GB 3美元的话差几倍"))
    assert parse("B200每张192GB显存，HBM按每GB 15美元算，一张卡光HBM多少钱？DRAM每GB 3美元的话差几倍").intent == "memory"
    assert "2,880" in res.headline or "2880" in res.headline.replace(",", "")


def test_a_peg_is_the_stated_rate():
    # (the catalog's rate for the riyal is the same peg: the stated one is read as stated, not left unread)
    assert_read("renting H100 in Doha at QAR 9.10 per GPU-hour, peg 3.64. 64 GPUs for 30 days, total in USD?",
                {"local_per_usd": 3.64, "rent_usd_per_hour": 2.5})


def test_a_second_price_after_the_second_card_is_that_cards():
    req = parse("Intel pitches Gaudi 3 vs H100 for Llama 3 70B; they quote $15,600 per card, H100 at $30k. which is "
                "cheaper per token?")
    assert [o.get("price_usd") for o in req.options] == [15600, 30000]


def test_an_amount_in_a_stated_currency_not_placed_is_named_as_such():
    res = compute(parse("We have 3 million AZN. Someone said 47,600 AZN, what do 32 H100 cost? 1 USD = 1.70 AZN"))
    why = [u.reason for u in res.unused if "47,600" in u.text]
    assert why and "do not convert" not in why[0] and "what this amount is" in why[0]


def test_a_growing_load_asked_as_a_fleet_is_sized_on_the_card_at_both_loads():
    req = parse("if our traffic grows 5x in 18 months (~300M tok/day today), do we really need 5x the H100 fleet?")
    assert req.intent == "fleet"
    res = compute(req)
    assert "H100" in res.headline and not any("H100" in u.text for u in res.unused)
