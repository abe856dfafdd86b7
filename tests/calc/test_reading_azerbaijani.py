"""Azerbaijani in Latin script (calc/azerbaijani), as engineers in Baku type it, with and without its letters
("neçə"/"nece"): scale words (min, mln, milyard), periods said before their amount ("gündə 20 sorğu",
"saniyədə 80 sorğu"), counts after a number ("16 ədəd", "32 dənə"), the case endings glued to English
words and numbers with a hyphen ("H100-ləri", "B200-də", "mln-a"), input and output tokens, growth and
speed-ups ("hər 6 aydan bir ikiqat artır", "3 dəfə sürətlidir"), and decimal commas."""

from __future__ import annotations

import time

import pytest

from calc import azerbaijani
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("Şirkətdə 8 min işçi var, hər biri gündə 15 sorğu göndərir, prompt 900 token, cavab 250 token. "
     "Llama 3.1 8B üçün neçə L40S lazımdır?",
     {"users": 8000, "queries_per_user": 15, "input_tokens": 900, "output_tokens": 250}),
    ("saniyede 80 sorgu gelir, giris 1500 token, cixis 200 token. Mistral 7B ucun nece L4 lazimdir?",
     {"qps": 80, "input_tokens": 1500, "output_tokens": 200}),
    ("Llama 3.1 8B-ni 40 milyard token üzərində 16 ədəd H100 ilə öyrətsək neçə gün çəkər? MFU 40%",
     {"train_tokens": 4e10, "gpus": 16, "mfu": 0.4}),
    ("Müştəri sayı hər 6 aydan bir ikiqat artır. İndi 12 ədəd L40S kifayət edir, 24 ay sonra neçə kart lazım olacaq?",
     {"doubling_months": 6, "gpus": 12, "period_months": 24}),
    ("Data mərkəzi bizə 2,5 MVt verir, PUE 1,25. Neçə H100 SXM yerləşər?",
     {"power_mw": 2.5, "pue": 1.25}),
    ("Hər replikada maksimum 32 paralel sorğu, 4 replika var. Llama 3.1 8B, L40S. Ümumi neçə token/s?",
     {"replicas": 4}),
    ("Gündə 900 mln çıxış token-ə qədər yük var, Llama 3.1 70B, H200 SXM-də neçə kart lazımdır?",
     {"tokens_per_day": 9e8}),
    ("2 min paralel istifadəçi, TTFT 500 ms, Llama 3.1 8B, H100 SXM. Neçə GPU lazımdır?",
     {"concurrent_users": 2000, "ttft_ms": 500}),
])
def test_azerbaijani_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "Bizə neçə H100 lazımdır? gündə 2 mln sorğu",
    "nece kart lazimdir, gunde 50 min sorgu, cavab 300 token",
    "8 eded A100 ucun ne qeder elektrik gedir?",
])
def test_azerbaijani_is_detected(q: str) -> None:
    assert azerbaijani.said_in_azerbaijani(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 10 queries per day, 30 min peak?",          # English (min: minutes)
    "Günde 5 milyon sorgu var, kaç tane H100 lazım? 81 ilde edge noktası",    # Turkish
    "gunde 2 milyon istek, saniyede 300 sorgu, bu is icin kac kart lazimdir?",  # Turkish, no letters
    "Сколько H100 нужно на 1,2 млн DAU, 8 запросов в день?",                  # Russian
    "Skolko kart nado na 2 mln polzovatelei v den?",                          # Russian, in Latin letters
])
def test_other_languages_are_not_azerbaijani(q: str) -> None:
    assert not azerbaijani.said_in_azerbaijani(q)


def test_minutes_in_a_model_name_are_not_thousands() -> None:
    q = "Phi-3 Mini modelini L4 kartlarda işlətsək, gündə 200 min sorğu üçün neçə kart lazımdır?"
    out, _ = azerbaijani.in_english(q, list(range(len(q))))
    assert "Phi-3 Mini" in out and "200 thousand" in out


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("Bizdə 1,2 mln istifadəçi var, gündə 8-10 sorğu, H100-ləri saatı 2,5$-dan icarə, neçə kart "
            "lazımdır? hər 4 aydan bir ikiqat artır, 64 ədəd B200-də 3 dəfə sürətlidir. " * 20)[:2000]
    start = time.process_time()
    out, pos = azerbaijani.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
