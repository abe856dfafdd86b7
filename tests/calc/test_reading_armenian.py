"""Armenian (calc/armenian), as engineers and founders in Yerevan type it with English terms and Latin digits
between: scale and number words (հազար, մլն, մլրդ, տրլն, "երկու հարյուր"), a period said before its amount
("վայրկյանում 300 հարցում", "օրական 3 մլրդ token"), counts with հատ, decimal commas ("1,5", "~10,2 կՎտ"),
prices in dollars and in dram at a stated rate, power, growth and speed-ups, and the case endings glued to
English words and numbers ("A100 80GB-ի վրա", "H100-ով", "GPU-ների")."""

from __future__ import annotations

import time

import pytest

from calc import armenian
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, number words
    ("Մեր հավելվածն ունի 300 հազար օգտատեր, ամեն մեկը օրական 5 հարց ա տալիս։ Llama 3.1 8B, L4։ Քանի՞ GPU ա պետք",
     {"users": 3e5, "queries_per_user": 5}),
    ("Երկու հարյուր հազար հաճախորդ, օրական 10 հարցում, Llama 3.1 8B, L4։ Քանի GPU",
     {"users": 2e5, "queries_per_user": 10}),
    ("Ունենք 2 մլն MAU, DAU/MAU 20%, Mistral 7B A100 80GB-ի վրա, քանի քարտ?", {"users": 2e6, "dau_per_mau": 0.2}),
    # a period before its amount: tokens of a day, requests of a second; concurrent users; a peak
    ("Օրական 3 մլրդ token ենք գեներացնում Llama 3.1 70B-ով H100-ների վրա։ Քանի քարտ?", {"tokens_per_day": 3e9}),
    ("Վայրկյանում 300 հարցում, Qwen2.5 7B, L40S։ Քանի GPU?", {"qps": 300}),
    ("Պիկին 3 անգամ ավել, միջինը 50 հարցում վայրկյանում, Llama 3.1 8B L4-ի վրա։ Քանի GPU?",
     {"qps": 50, "peak_factor": 3}),
    ("Միաժամանակ 800 օգտատեր, Llama 3 70B, H100 SXM։ Քանի՞ քարտ ա անհրաժեշտ", {"concurrent_users": 800}),
    # training: cards counted with հատ, a trillion tokens, a speed-up over another card, GPU-hours
    ("128 հատ H100-ով 7B մոդել ենք ուսուցանում 1 տրլն token-ի վրա, MFU 40%։ Քանի օր?",
     {"gpus": 128, "train_tokens": 1e12, "params": 7e9, "mfu": 0.4}),
    ("B200-ը A100-ից 4 անգամ ավելի արագ ա։ 64 A100-ով 20 օր տևեց, 32 B200-ով քանի օր կտևի?",
     {"from_gpus": 64, "days": 20, "speedup": 4, "gpus": 32}),
    ("Ունենք 50 000 GPU-ժամ H100-ների վրա։ Llama 3 8B չափի մոդելը քանի token-ի վրա կհասցնենք ուսուցանել, MFU 40%?",
     {"gpu_hours": 5e4, "mfu": 0.4}),
    # growth
    ("Users-ի քանակը ամեն 6 ամիսը մեկ կրկնապատկվում ա, հիմա 100k DAU ու 8 հատ L40S։ 2 տարի հետո քանի քարտ կպահանջվի",
     {"users": 1e5, "gpus": 8, "doubling_months": 6, "period_months": 24}),
    # money: a budget and one card's price, a share of it, an hour's rent, dram at a stated rate
    ("Բյուջեն 2 մլն դոլար ա, մեկ H100-ը 30 000 $ ա։ Քանի հատ կառնենք?", {"budget_usd": 2e6, "price_usd": 3e4}),
    ("Seed-ից 800k $ ունենք, կեսը GPU-ների վրա ենք ծախսելու, H100-ը 27k $ ա հատը։ Քանի հատ կառնենք?",
     {"budget_usd": 8e5, "budget_share": 0.5, "price_usd": 2.7e4}),
    ("H100-ի վարձը ժամը 2,5 $ ա, 256 քարտ 30 օր։ Ինչքա՞ն կարժենա",
     {"rent_usd_per_hour": 2.5, "gpus": 256, "days": 30}),
    ("Լոկալ provider-ը L40S տալիս ա ժամը 520 դրամով, 1$ = 390 ֏։ 16 քարտ մեկ ամսով ինչքա՞ն դոլար կլինի",
     {"rent_usd_per_hour": 520 / 390, "local_per_usd": 390, "gpus": 16}),
    ("Սերվերը 120 մլն դրամ ա, դոլարը 390։ 8 սերվեր, ընդհանուր ինչքա՞ն դոլար",
     {"server_price_usd": 1.2e8 / 390, "local_per_usd": 390, "servers": 8}),
    # power: each card's watts with its server, a tariff in dram, a rack's limit
    ("64 H200, ամեն մեկը server-ով 1,2 կՎտ, PUE 1,3, հոսանքը 42 դրամ/կՎտժ, դոլարը 392։ Տարեկան ինչքա՞ն դոլար",
     {"gpus": 64, "watts_per_gpu": 1200, "pue": 1.3, "electricity_usd_per_kwh": 42 / 392}),
    ("Ամեն rack-ում 40 կՎտ limit ա, 10 rack ունենք։ HGX H200-ը ~10,2 կՎտ ա։ Քանի սերվեր կտեղավորվի",
     {"server_power_cap_w": 4e4, "racks": 10, "watts_per_server": 10200}),
])
def test_armenian_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_dram_are_said_with_their_sign() -> None:
    for text in ("սերվերը 95 մլն դրամ ա", "ժամը 700 ֏", "1 $ = 391 դրամ", "բյուջեն ֏ 40 մլն"):
        out, _ = armenian.in_english(text, list(range(len(text))))
        assert "֏" in out and "դրամ" not in out and "AMD" not in out.upper().replace("֏", ""), out


def test_the_gpu_maker_is_no_currency() -> None:
    # ("AMD MI300X", "DRAM": never dram)
    assert_params("Քանի՞ AMD MI300X ա պետք 2 մլն DAU-ի համար, օրական 10 հարցում, Llama 3.1 70B",
                  {"users": 2e6, "queries_per_user": 10})


@pytest.mark.parametrize("q", [
    "Քանի՞ H100 է պետք 200 հազար օգտատիրոջ համար", "օրական 2 մլրդ token", "վարձը ժամը 900 ֏",
])
def test_armenian_is_detected(q: str) -> None:
    assert armenian.said_in_armenian(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                            # English
    "сколько H100 нужно на 2 млн пользователей, по 20 запросов в день?",           # Russian
    "რამდენი H100 გვჭირდება 100 ათასი იუზერისთვის?",                               # Georgian
    "1 USD = 390 ֏, H100 costs $30k",                                             # the dram sign alone
])
def test_other_languages_are_not_armenian(q: str) -> None:
    assert not armenian.said_in_armenian(q)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("Ունենք 250 հազար օգտատեր, ամեն մեկը օրական 10 հարցում, ամեն 4 ամիսը մեկ կրկնապատկվում ա։ H100-ի վրա "
            "քանի՞ GPU կպահանջվի։ Բյուջեն 5 մլն դոլար, դոլարը 390, ժամը 2,5 $ ու 1M token-ը 0,6$-ով։ " * 30)[:2000]
    start = time.process_time()
    out, pos = armenian.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)


def test_a_long_run_of_numbers_and_endings_is_rewritten_quickly() -> None:
    text = ("1 " * 700 + "H100-" * 200 + "ա " * 100)[:2000]
    start = time.process_time()
    armenian.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5
