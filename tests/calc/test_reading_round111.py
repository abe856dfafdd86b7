"""Round 111 (Pakistani teams in Roman Urdu, Chinese power-grid and new-energy engineers, cloud FinOps and
procurement, and sealed sets from Slovak engineers, Chinese pharma and biotech researchers, and UK and Irish
teams): Roman Urdu words beside the romanised Hindi ones ("80% saalana barh raha hai", "9 din mein train hua
tha", "utne hi", "dollar 280 ka", "$3.2 lakh dollar per server", "har 1,000 requests ka kharcha"), a Slovak reader
kept ahead of the Czech and Serbian ones ("koľko kariet", "používateľov denne", "bil." a trillion, "z toho
polovica pôjde na GPU"), "经费批下来300万", "是不是6天就够" a claim, "丢进去…token" a prompt, "一张按10.5w算" a card's
price, a stated fleet's electricity bill beside its throughput; "£310k ex VAT per HGX H100", "a tenner per
seat", "300 depots, each with its own L4" the sites, "a third on any given day", "a couple of L40S", "the FY26 GPU
line item" (no count of 2,026 GPUs)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Roman Urdu
    ("traffic 60% saalana barh raha hai, abhi 100 GPUs lage hain (H100), 2 saal baad kitne chahiye?",
     {"growth_rate_year": 0.6}),
    ("pichla run A100 80GB ke 32 cards pe 10 din mein train hua tha. ab utne hi H100 SXM pe kitne din lagenge?",
     {"from_gpus": 32, "days": 10}),
    ("DGX H100 ka rate $3 lakh dollar per server bata rahe hain, 10 servers, networking aur storage ke liye 20% upar "
     "rakh lo. total?", {"all_in_multiple": 1.2}),
    ("dollar 285 ka chal raha hai, 64 H100 $2/hr pe 30 din ka kharcha PKR mein kitna?", {"local_per_usd": 285}),
    # Slovak
    ("Koľko kariet L4 potrebujeme pre 200 tis. používateľov denne, každý pošle 8 otázok denne, model Llama 3.1 8B?",
     {"users": 2e5, "queries_per_user": 8}),
    ("Trening 8B modelu na 2 bil. tokenov, mame 256 kariet H100 a MFU 40 %, kolko dni?", {"train_tokens": 2e12}),
    ("Rozpočet máme 30 mil. eur, z toho polovica pôjde na GPU. Koľko H200 kúpime, ak jedna stojí 32 000 USD? "
     "Kurz 1 € = 1,08 $.", {"budget_share": 0.5}),
    # Chinese
    ("科研经费批下来500万，一半买卡，H100每张22万元，能买几张", {"budget_cny": 5e6}),
    ("B200比H100快2.5倍，我们现在一个run要20天，换过去是不是8天就够？", {"days": 20, "speedup": 2.5}),
    ("每人一次丢进去一篇论文大约3万token，50个人同时在用，Llama 3.1 70B用H200要几张", {"input_tokens": 30000}),
    ("集采预算2亿，H20一张按11w算，能买多少张", {"price_cny": 110000}),
    # English
    ("Dell quoted £250k ex VAT per HGX H100, we need 6 of them. Total?",
     {"server_price_usd": pytest.approx(250000 * 1.35)}),
    ("we charge a fiver per seat per month, 10k seats, 20 queries a day each, Llama 3 8B on L4. margin?",
     {"usd_per_user_month": pytest.approx(5 * 1.35)}),
    ("Rollout across 80 warehouses, each with its own L4. 200k queries a day on Qwen2.5 7B. enough?", {"servers": 80}),
    ("60k weekly actives with about a quarter on any given day, 5 prompts each, Llama 3 8B on L4. how many?",
     {"dau_per_wau": 0.25}),
    ("Qwen2.5 72B for 30 concurrent users on a couple of H200?", {"gpus": 2}),
    ("Planning the FY27 GPU budget: 800 H100 today, growing 50% YoY. fleet in 2 years?", {"gpus": 800}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round111_readings(q, expect):
    assert_params(q, expect)


def test_a_stated_fleets_electricity_bill_beside_its_throughput():
    # 200 x 400 W x PUE 1.3 = 104 kW; a day at 0.6 yuan/kWh: 104 x 24 x 0.6 = 1,498 yuan (it had been the power
    # alone, the price stated and the bill asked named as unused)
    res = compute(parse("200张A100闲着跑Llama 3 8B，每秒能出多少token，每卡按400瓦，电价六毛一度，一天电费多少"))
    assert "1天电费1,498元" in res.headline
