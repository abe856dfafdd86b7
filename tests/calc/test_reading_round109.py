"""Round 109 (Hungarian engineers, Chinese K12 education, HPC allocations, and sealed sets from Ukrainian
engineers, Chinese brokerages and Australian/New Zealand teams): a Hungarian reader (case endings hyphenated onto
numbers and names, "Ft" and forints, "napi", "évi N%-kal nő", "most" as now, "10 000-szeresére"), a Ukrainian
reader (hryvnias, "/год", "ток/с", numerals in words before a count, "в N разів дорожча", racks "по 25 кВт");
hryvnias and Qatari riyals as currencies; "1 AUD = 0.65 USD" (dollars a unit buys, turned over); "if MFU improves
20%" a gain, not the MFU; "how much does it cost 1,000 requests" the basis of a cost; users who each get a
speed are concurrent; the largest model GPU-hours train on stated tokens; "all-in multiplier 1.4"; a budget's
GPU-hours spread over the days said; "日活客户", "每个客户每天…token"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Hungarian
    ("Napi 800 millió tokent generálunk Llama 3.1 8B-vel L40S-en. Hány kártya kell?", {"tokens_per_day": 8e8}),
    ("A felhasználóink száma évi 60%-kal nő, most 64 db H100-zal futunk. 2 év múlva hány kártya kell?",
     {"growth_rate_year": 0.6}),
    ("Van 500 millió Ft keretünk (1 USD = 360 Ft). Hány H100-at veszünk, ha darabja 30 ezer dollár?",
     {"budget_usd": pytest.approx(5e8 / 360)}),
    ("Mennyi 10 000 kérés költsége, ha H100-at bérlünk 2 $/óráért, Llama 3 8B, 400 token be, 100 ki?",
     {"per_requests": 10000}),
    ("Ha a forgalom 1 000-szeresére nő 4 év alatt, az hány hónapos duplázódásnak felel meg?", {"factor": 1000}),
    ("Tavaly 128 kártyán, A100-asokon ment 30 napig a futás (MFU 35%). Most 64 darab H100-as lesz, és az MFU "
     "50%-ra mehet fel. Hány nap?", {"mfu_to": 0.5, "from_gpus": 128, "gpus": 64}),
    # Ukrainian
    ("Бюджет 40 млн грн, курс 41. Скільки H100 купимо по $30k?", {"budget_usd": pytest.approx(4e7 / 41)}),
    ("Оренда H200 по $3,1/год, треба 32 карти на 2 місяці. Скільки це коштує?",
     {"rent_usd_per_hour": 3.1, "gpus": 32}),
    ("На восьми H100 бачимо 20 тис. ток/с на Llama 3.1 70B. Скільки карт під 2 млрд токенів на день?",
     {"gpus": 8, "tokens_per_day": 2e9}),
    ("DRAM ~$4 за ГБ, HBM у 6 разів дорожча. Скільки коштує пам'ять на B200 з 192 ГБ?",
     {"dram_usd_per_gb": 4, "hbm_multiple": 6}),
    ("Gaudi 3 по ~14 тис. $ за карту, нам треба 6 серверів по 8 карт, з усім обвісом множимо на 1,3. Скільки?",
     {"all_in_multiple": 1.3, "servers": 6}),
    # currencies
    ("budget 30 million UAH, rate 41.2: how many H100 at $28k each?", {"budget_usd": pytest.approx(3e7 / 41.2)}),
    ("budget 2 million QAR, 1 USD = 3.64 QAR, how many H200 at $32k?", {"budget_usd": pytest.approx(2e6 / 3.64)}),
    ("NZ budget NZ$3M, 1 NZD = 0.60 USD, how many H100 at US$27k each?", {"budget_usd": pytest.approx(1.8e6)}),
    # English
    ("Our run took 30 days on 512 A100 80GB at 38% MFU. Now on 256 H100 SXM, and if MFU improves 15%, how many "
     "days?", {"mfu_gain": 0.15}),
    ("how much does it cost 5,000 requests on Llama 3.1 8B on L4 at $0.7/hr, 800 in, 150 out?",
     {"per_requests": 5000}),
    ("can 4 H100 serve 60 users with Llama 3.1 70B at 30 tokens/s each?", {"concurrent_users": 60}),
    ("Qwen2.5 72B on 8 H200: 150 users at 25 tok/s per user, enough?", {"concurrent_users": 150}),
    ("MI300X at $15k each, 96 of them, all-in multiplier 1.6. total?", {"all_in_multiple": 1.6}),
    # Chinese
    ("智能客服日活客户20万，每人每天3次，每次输出300 token，Qwen2.5 7B用L40S要几张？", {"users": 2e5}),
    ("每个客户每天大概消耗5000个token，日活30万，API每百万token 8元，一个月多少钱？",
     {"tokens_per_user_day": 5000, "users": 3e5}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round109_readings(q, expect):
    assert_params(q, expect)


def test_the_largest_model_the_hours_train_on_the_tokens_said():
    # 800 GPU-years x 8,766 h x 3,600 s x 40% x 989.4 TFLOP/s over 6 x 4T tokens: about 416B (the answer had
    # been the GPU-hours alone)
    res = compute(parse("we have 800 GPU-years of H100; how big a model can we train on 4T tokens at 40% MFU?"))
    assert res.headline.startswith("a 416B model on those tokens")
    assert fig(res, "params") == pytest.approx(800 * 8766 * 3600 * 0.4 * 989.4e12 / (6 * 4e12), rel=0.01)


def test_a_budget_over_the_days_said_gives_the_cards():
    res = compute(parse("$2M budget, H100 rented at $2/hr, 50 days: how many tokens for a 13B model at 40% MFU, "
                        "and how many GPUs is that?"))
    assert fig(res, "gpus") == 834          # 1,000,000 GPU-hours / (50 x 24 h), rounded up
