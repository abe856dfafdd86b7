"""Uzbek in Latin script (calc/uzbek), as engineers in Tashkent type it in a chat, the letters o‘ and g‘ with
any apostrophe or none ("so'rov", "so‘rov", "sorov"): scale words (ming, mln, mlrd), periods said before their
amount ("kuniga 20 ming foydalanuvchi", "sekundiga 80 ta so'rov", "soatiga 2,2$"), the count suffix ("16 ta
karta"), the case endings written after English words and numbers ("H100 larda", "8B ni", "L4 dan"), input
and output tokens, growth ("har 6 oyda ikki baravar"), so'm at a stated rate, and decimal commas."""

from __future__ import annotations

import time

import pytest

from calc import uzbek
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("Kompaniyada 8 ming xodim bor, har biri kuniga 12 ta savol beradi, prompt 900 token, javob 250 token. "
     "Llama 3.1 8B uchun L40S dan nechta kerak?",
     {"queries_per_user": 12, "input_tokens": 900, "output_tokens": 250}),
    ("sekundiga 80 ta sorov keladi, kirish 1500 token, chiqish 200 token. Mistral 7B uchun nechta L4 kerak?",
     {"qps": 80, "input_tokens": 1500, "output_tokens": 200}),
    ("Llama 3.1 8B ni 40 mlrd token bilan 16 ta H100 da o‘qitsak necha kun ketadi? MFU 40%",
     {"train_tokens": 4e10, "gpus": 16, "mfu": 0.4}),
    ("Mijozlar soni har 6 oyda ikki baravar oshyapti. Hozir 12 ta L40S yetadi, 2 yildan keyin nechta karta "
     "kerak bo'ladi?",
     {"doubling_months": 6, "gpus": 12}),
    ("Data markaz bizga 2,5 MVt beradi, PUE 1,25. Nechta H100 SXM sig'adi?",
     {"power_mw": 2.5, "pue": 1.25}),
    ("A100 80GB ijarasi soatiga 2,2$ bo'lsa, 32 ta kartada bir oyga qancha pul ketadi?",
     {"rent_usd_per_hour": 2.2, "gpus": 32}),
    ("Kuniga 900 mln chiqish token, Llama 3.1 70B, H200 SXM da nechta karta kerak?",
     {"tokens_per_day": 9e8}),
    ("Bir vaqtda 2 000 ta foydalanuvchi yozadi, Llama 3.1 8B, H100 SXM. Nechta GPU kerak bo‘ladi?",
     {"concurrent_users": 2000}),
    ("HGX H200 serveri bittasiga 5,1 mlrd so'm, 1$ = 12 700 so'm. 3 ta server olsak jami dollarda qancha?",
     {"local_per_usd": 12700}),
])
def test_uzbek_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "Bizga nechta H100 kerak? kuniga 2 mln so'rov",
    "nechta karta kerak boladi, kuniga 50 ming sorov, javob 300 token",
    "8 ta A100 uchun oyiga qancha elektr ketadi?",
    "Gemma 2 9B ni L4 larda ishlatmoqchimiz, 4 ta karta yetadimi?",
])
def test_uzbek_is_detected(q: str) -> None:
    assert uzbek.said_in_uzbek(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 10 queries per day, 30 min peak?",              # English
    "Günde 5 milyon sorgu var, kaç tane H100 lazım? bir kart ve iki sunucu",    # Turkish
    "gunde 2 milyon istek, saniyede 300 sorgu, bu is icin kac kart lazimdir?",  # Turkish, no letters
    "Gündə 2 mln sorğu, neçə H100 lazımdır? hər biri 300 token",               # Azerbaijani
    "nece kart lazimdir, gunde 50 min sorgu, cavab 300 token",                  # Azerbaijani, no letters
    "Berapa banyak H100 untuk 2 juta pengguna, 10 permintaan sehari? ta kira", # Malay
    "Kami perlukan berapa GPU untuk 500 ribu pengguna setiap hari dan bilangan token?",  # Malay
])
def test_other_languages_are_not_uzbek(q: str) -> None:
    assert not uzbek.said_in_uzbek(q)


def test_number_words_before_a_scale_are_digits() -> None:
    q = "Kuniga yigirma besh ming murojaat, ikki yarim million dollar byudjet"
    out, _ = uzbek.in_english(q, list(range(len(q))))
    assert "25 thousand" in out and "2.5 million" in out


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("Bizda 1,2 mln foydalanuvchi bor, kuniga 8-10 ta so'rov, H100 larni soatiga 2,5$ dan ijaraga "
            "olamiz, nechta karta kerak? har 4 oyda ikki baravar oshyapti, 64 ta B200 da H100 dan 3 baravar "
            "tez, elektr 900 so'm/kVt·soat, kurs 12 700. " * 20)[:2000]
    start = time.process_time()
    out, pos = uzbek.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
