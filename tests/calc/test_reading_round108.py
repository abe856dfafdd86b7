"""Round 108 (Swedish and Norwegian engineers, Chinese 信创 projects, Kubernetes platform engineers, and sealed sets
from Romanian engineers, Chinese hospital IT and Singapore/Malaysia teams): a Nordic reader (crowns "kr" resolved by
the codes a message names, "biljon" a trillion, "GPU:er", "per person och dag"), a Romanian reader ("de" between a
count and its noun, "mil."/"mld.", lei at the stated curs, with or without diacritics); "留三成给存储和网络",
"671B激活参数才37B", "日门诊量…人次", "每天出报告…份", "汇率" as a local currency's rate; "4x p4de" as nodes,
"HPUs", "DAU ≈ 35% of WAU", "expect MFU to hit 48%"; S$ amounts, "qns", "per mil tokens"; the faster of two
servers named after the ratio told by the cards said with it."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Swedish and Norwegian
    ("Hur många L40S behöver vi för 8 000 användare, 10 frågor per person och dag, Llama 3.1 8B?",
     {"users": 8000, "queries_per_user": 10}),
    ("Vad kostar det att hyra 32 GPU:er (H100) i 2 veckor? 28 kr per GPU-timme, växelkurs 10,5 kr/USD.",
     {"rent_usd_per_hour": pytest.approx(28 / 10.5), "gpus": 32}),
    ("Hvor lang tid tar det å trene en 7B-modell på 1 billion tokens på 128 H100 med 40 % MFU?",
     {"train_tokens": 1e12}),
    ("Vi fick offert på 4 servrar HGX H100 à 3,2 miljoner kr styck. 1 USD = 10,5 SEK. Totalt i dollar?",
     {"server_price_usd": pytest.approx(3.2e6 / 10.5)}),
    # Romanian
    ("Câte plăci L4 ne trebuie pentru 20.000 de utilizatori activi pe zi, fiecare 5 întrebări pe zi, Llama 3.1 8B?",
     {"users": 20000, "queries_per_user": 5}),
    ("Cât ne-ar costa în lei să închiriem 16 plăci H100 pentru 2 săptămâni la 2,2 $/oră pe placă? Curs 4,6 lei/dolar.",
     {"rent_usd_per_hour": 2.2, "gpus": 16, "local_per_usd": 4.6}),
    ("Vrem 300 de useri conectați simultan pe Qwen2.5 7B pe L4, câte plăci?", {"concurrent_users": 300}),
    ("cate placi H100 pentru pretraining pe 600 mld. de tokeni, model de 3B, MFU 35%, in 10 zile?",
     {"train_tokens": 6e11}),
    # Kubernetes platform engineers
    ("FT: Llama 3 8B, 2 epochs over 5B tokens, 2x p5 (H100, 8/node), ~40% MFU. wall-clock days?", {"servers": 2}),
    ("app: 10M WAU, DAU ≈ 30% of WAU, 5 msgs per DAU per day, Llama 3 8B on L4. # of L4?", {"dau_per_wau": 0.3}),
    ("last run: 5 days on 128 GPUs (H100) at 35% MFU; expect MFU to hit 45%. new ETA?", {"mfu_to": 0.45}),
    ("Gaudi 2 pool (8 HPUs/node) running Llama 2 7B, 30 RPS, 500 in 200 out. nodes?", {"gpus_per_server": 8}),
    # Chinese
    ("预算2000万，留两成给存储和网络，H20整机每台120万元，能配多少张卡？", {"budget_share": 0.8}),
    ("DeepSeek-R1 671B激活参数只有37B，H200一台8卡，每天3亿token输出，要几台？",
     {"active_params": 37e9, "params": 671e9}),
    ("医院日门诊量大概5000人次，每份病历输入1000 token，输出400 token，Qwen2.5 7B要几张L40S？",
     {"queries_per_day": 5000}),
    ("每天出报告八百份左右，每份报告大概500字，Qwen2.5 72B，H200要几台？", {"queries_per_day": 800}),
    ("马来西亚电费RM0.45一度，汇率4.5，500张H100跑一年电费多少？", {"local_per_usd": 4.5}),
    # Singapore and Malaysia
    ("CSP quote S$3.50/GPU-hr for H100 (1 USD = 1.35 SGD), 32 cards for 2 weeks, total in USD?",
     {"rent_usd_per_hour": pytest.approx(3.5 / 1.35)}),
    ("1M users, each daily user ask 5 qns, Llama 3 8B on L4, how many card need ah", {"queries_per_user": 5}),
    ("sell API at US$0.50 per mil tokens, Llama 3.1 8B on L40S rented US$1.20/hr, can make money or not?",
     {"usd_per_million_tokens": 0.5}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round108_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,said", [
    ("B200 is 4x faster than H100; the load of 40 DGX H100 servers, how many DGX B200 servers?",
     "10 DGX B200 (80 B200) do the work of 40 DGX/HGX H100"),
    ("厂商说B200比H100快4倍，原来40台DGX H100的业务量，换成DGX B200需要几台？", "10台DGX B200（80张B200）相当于40台DGX/HGX H100"),
])
def test_the_faster_server_is_the_one_whose_cards_the_ratio_names(q, said):
    assert said in compute(parse(q)).headline
