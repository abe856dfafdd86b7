"""Kazakh in Cyrillic (calc/kazakh), as engineers in Almaty and Astana type it with Russian words and English
terms between: number words (бір, екі, … жүз, мың), scale words (мың, млн, млрд), decimal commas and space
thousands, tenge at a stated rate, a period or a basis said before its amount ("күніне 6 сұрақ", "сағатына
$2,4"), a count after what it counts ("64 дана", "8 картасына"), and the case endings glued to English words
and numbers ("H100-ге", "L40S-пен", "8B-ны", "45%-ға")."""

from __future__ import annotations

import time

import pytest

from calc import kazakh, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("Бізде шамамен 2,4 млн DAU, әр адам күніне 6 сұрақ қояды, промпт ~900 токен, жауап 300 токен. "
     "Llama 3.1 8B, L40S-пен қанша карта керек?",
     {"users": 2.4e6, "queries_per_user": 6, "input_tokens": 900, "output_tokens": 300}),
    ("70B модельді 3 трлн токенге оқытсақ, 512 дана H100-пен, MFU 41% болса, неше күн кетеді?",
     {"params": 7e10, "train_tokens": 3e12, "gpus": 512, "mfu": 0.41}),
    ("Бюджет 8 млрд теңге, доллар 500 теңге. MI300X бір данасы $16 000. Неше карта аламыз?",
     {"budget_usd": 8e9 / 500, "local_per_usd": 500, "price_usd": 16000}),
    ("Юзерлер әр 5 ай сайын екі есе өсіп жатыр, қазір 32 дана A100 80GB. 20 айдан кейін қанша GPU керек?",
     {"doubling_months": 5, "gpus": 32, "period_months": 20}),
    ("H200-ді $3,2/сағ-тан жалға алсақ, 50 мың GPU-сағат қанша тұрады?",
     {"rent_usd_per_hour": 3.2, "gpu_hours": 50000}),
    ("B200 H100-ден 2,5 есе жылдам дейді. H100 256 картада run 30 күнге созылады, B200-ге көшсек неше күн?",
     {"speedup": 2.5, "days": 30}),
    ("Трафик жылына 60%-ға өседі, қазір 400 RPS. 2 жылдан кейін қанша L4 керек? Модель Mistral 7B",
     {"growth_rate_year": 0.6, "qps": 400, "period_months": 24}),
    ("Қазір MFU 30%, MFU-ды 45%-ға көтерсек 50 күндік run қанша күнге қысқарады? H100",
     {"mfu": 0.3, "mfu_to": 0.45}),
    ("ДЦ-да 4 МВт бос қуат бар, PUE 1,3. Бір карта сервермен ~1,3 кВт. H100 қаншасы сыяды?",
     {"power_mw": 4, "pue": 1.3, "watts_per_gpu": 1300}),
    ("Күніне 600 млн output токен, модель Qwen2.5 72B, H100-де. Бір серверде 8 карта. Қанша сервер керек?",
     {"tokens_per_day": 6e8, "gpus_per_server": 8}),
    ("Compute 1 000 есе өсу үшін, әр 8 ай сайын екі есеге өссе, қанша жыл керек?",
     {"factor": 1000, "doubling_months": 8}),
    ("Бір диалогта орташа 5 реплика, күніне 40 мың диалог, әр репликада ~200 токен жауап. Llama 3.1 8B, L4.",
     {"turns_per_session": 5, "output_tokens": 200}),
    ("Дистрибьютор H100-ге 8% скидка береді, прайс $27 500. 64 дана алсақ қанша төлейміз?",
     {"discount": 0.08, "price_usd": 27500, "gpus": 64}),
    ("екі жүз мың юзер, әрқайсысы күніне 3 сұрақ. Gemma 2 27B, L40S. Қанша карта?",
     {"users": 2e5, "queries_per_user": 3}),
])
def test_kazakh_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "Бізде 1,2 млн DAU, H100 қанша керек?", "Күніне 8 сұрақ, промпт 500 токен және жауап 200 токен",
    "64 дана A100 үшін электр қанша?",
])
def test_kazakh_is_detected(q: str) -> None:
    assert kazakh.said_in_kazakh(q)


@pytest.mark.parametrize("q", [
    "Сколько H100 нужно на 1,2 млн DAU, 8 запросов в день?",          # Russian
    "Скільки карт H100 треба на 2 млн користувачів?",                   # Ukrainian
    "Колико GPU треба за 500 корисника дневно?",                         # Serbian
    "Колко сървъра трябват за 100 хиляди потребители на ден?",           # Bulgarian
    "how many H100 for 2M DAU?", "需要多少张H100？",
])
def test_other_languages_are_not_kazakh(q: str) -> None:
    assert not kazakh.said_in_kazakh(q)


def test_tenge_at_a_stated_rate() -> None:
    q = "Аренда бір H100 сағатына 1 200 ₸ (курс 1$ = 480 ₸). Llama 3 8B-ны 2T токенге оқыту қанша тұрады?"
    assert parse(q).params.get("local_per_usd") == pytest.approx(480)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("Бізде 1,2 млн DAU, күніне 8-10 сұрақ, H100-ге қанша керек? әр 4 ай сайын екі есе өседі. " * 1200)[:100_000]
    start = time.process_time()
    out, pos = kazakh.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
