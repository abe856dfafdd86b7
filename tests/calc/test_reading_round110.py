"""Round 110 (Finnish engineers, Chinese factory IT, buy-side analysts and VCs, and sealed sets from Serbian and
Bulgarian engineers, Chinese law firms and Canadian teams in English and Québécois French): a Finnish reader
(case endings after a colon, "milj."/"mrd.", "kpl", "päivässä", "50 000:sta 2 miljoonaan"), a Serbian reader
(Latin or Cyrillic, the Cyrillic spelled in Latin first) and a Bulgarian one (kept apart from the Serbian and the
Russian readers), dinars and leva as currencies; "每张10.5w" a card's price, "算力按3.14e23 FLOPs算…要多少天"
the run's work, "真能10天干完吗" and "帮我核一下" a claim checked, "一柜够不够" one rack, "班组长三百五" users,
"一天输入20亿" each day, "预算审批下来是600万", "每组跑3亿token" a run's tokens, "每个律师年费3600元" and "$360 per
seat per year" a year's charge (both had been budgets), "按每1.6个汉字折1个token", "报价港币260万"; "JPY 6.5mm
per card" a card's price, "2mm SUs", "~14 days on 64 A100 … on 64 H100, how
long" a run moved; "à 1,35 $ CA le dollar US", "une MFU 20 % meilleure", "Entrée de 3 000 tokens"."""

from __future__ import annotations

import pytest

from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Finnish
    ("Montako L4:ää tarvitaan, kun meillä on 300 000 käyttäjää päivässä ja 10 kyselyä per käyttäjä? "
     "Malli Llama 3.1 8B.", {"users": 3e5, "queries_per_user": 10}),
    ("Budjetti 20 milj. € ja puolet siitä menee kortteihin. Montako H100:aa, jos yksi maksaa 30 000 $? "
     "Kurssi 1 € = 1,1 $.", {"budget_share": 0.5}),
    ("Käyttäjämäärä kasvaa 10 000:sta 500 000:een 12 kuukaudessa. Montako L40S:ää tarvitaan lopussa, jos "
     "käyttäjä tekee 5 kyselyä päivässä? Malli Mistral 7B.", {"users": 1e4, "users_to": 5e5}),
    # Serbian and Bulgarian
    ("Koliko L40S kartica nam treba za 500 hiljada korisnika dnevno, svaki po 10 upita na dan, model Llama 3.1 8B?",
     {"users": 5e5, "queries_per_user": 10}),
    ("Колико H100 картица нам треба за 1 милион корисника дневно, модел Llama 3 70B?", {"users": 1e6}),
    ("Struja je 14 din/kWh (1$ = 110 din), imamo 32 servera DGX H100 po 10,2 kW. Koliko nas košta struja mesečno?",
     {"electricity_usd_per_kwh": pytest.approx(14 / 110)}),
    ("Колко L4 карти ни трябват за 200 хиляди потребители на ден, по 8 заявки на човек, модел Llama 3.1 8B?",
     {"users": 2e5, "queries_per_user": 8}),
    ("Наем на H100 е 4,50 лв. на час (1 USD = 1,80 лв.). Колко струва 1 000 GPU часа?",
     {"rent_usd_per_hour": pytest.approx(2.5)}),
    # Chinese
    ("自己上16张H20 每张11w划算吗？", {"price_cny": 110000}),
    ("算力按2e23 FLOPs算，128张H800，每卡实际跑300 TFLOPS，要几天", {"train_flops": 2e23}),
    ("每组跑5亿token，一共做8组，Llama 3 8B，H100按每卡每小时15块钱租，MFU 40%，总成本多少？",
     {"train_tokens": 5e8, "runs": 8}),
    ("预算审批下来是800万，一台H20整机120万，能买几台", {"budget_cny": 8e6}),
    ("每个医生年费2400元，3000个医生，每人每天10次，Qwen2.5 7B用L40S，GPU成本占收入多少", {"cny_per_user_month": 200}),
    ("上GB200 NVL72 一柜够不够？600人每人每天3万token，DeepSeek-R1", {"servers": 1}),
    ("按每1.5个汉字折1个token，每篇2万字，每天5000篇，Qwen2.5 72B用H200要几张",
     {"tokens_per_character": pytest.approx(1 / 1.5)}),
    ("班组长两百左右，每人每天问10次，Qwen2.5 7B用L4要几张", {"users": 200}),
    ("API输入每百万token 2元，输出8元，我们一天输入5亿token，输出1亿token，一个月多少钱", {"days": 30.4375}),
    # English
    ("we charge $240 per seat per year, 2,000 seats, 10 queries a day each, Llama 3 8B on L4. GPU cost share?",
     {"usd_per_user_month": 20}),
    ("buying 256 H200 at JPY 6mm per card, 150 yen/$, total?", {"price_usd": pytest.approx(40000)}),
    ("~20 days on 128 A100 80GB at ~35% MFU; on 128 H100 SXM, how long?", {"from_gpus": 128, "gpus": 128}),
    ("allocation of 3mm SUs, 1 SU = 0.5 GPU-hr on H100. enough for Llama 3 8B on 1T tokens at 40% MFU?",
     {"gpu_hours": 1.5e6}),
    # Québécois French
    ("Avec un budget de 20 M$ CA, à 1,36 $ CA le dollar US, combien de H100 à 28 000 $ US pièce?",
     {"local_per_usd": 1.36}),
    ("Notre entraînement a pris 30 jours sur 128 cartes A100 80GB. Avec autant de H100 SXM et une MFU 15 % "
     "meilleure, combien de jours?", {"mfu_gain": 0.15}),
    ("Entrée de 2 000 tokens, sortie de 300, 100 requêtes par seconde, Llama 3.1 8B sur L4, combien de cartes?",
     {"input_tokens": 2000, "output_tokens": 300}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round110_readings(q, expect):
    assert_params(q, expect)
