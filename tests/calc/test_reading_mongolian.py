"""Mongolian in Cyrillic (calc/mongolian), as engineers in Ulaanbaatar type it with English terms between:
scale words after a number (мянга(н), сая, тэрбум), decimal commas and space thousands, tögrög at a stated
rate ("ханш 3 450"), a period or a basis said before its amount ("өдөрт 8 асуулт", "цаг нь $2,4", "хүн бүр"),
a count after what it counts ("A100 48 ширхэг", "64ш H100"), and the case endings glued to English words and
numbers ("model-ийг", "H100-аас", "$2,1-ээр", "45%-д")."""

from __future__ import annotations

import time

import pytest

from calc import kazakh, mongolian, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("Манайд 1,8 сая DAU бий, хэрэглэгч бүр өдөрт 5 асуулт тавина, prompt 900 token, хариу 200 token. "
     "Mistral 7B-г L4 дээр хэдэн карт хэрэгтэй вэ?",
     {"users": 1.8e6, "queries_per_user": 5, "input_tokens": 900, "output_tokens": 200}),
    ("13B model-ийг 1T token дээр сургавал A100 80GB 128 ширхэгээр хэдэн хоног болох вэ? MFU 35% гэж үзье",
     {"params": 1.3e10, "train_tokens": 1e12, "gpus": 128, "mfu": 0.35}),
    ("Төсөв 3 тэрбум ₮ (ханш 3 400₮/$). L40S нэг нь $9k гэвэл хэдэн ширхэг авах вэ?",
     {"budget_usd": 3e9 / 3400, "local_per_usd": 3400, "price_usd": 9000}),
    ("Хэрэглэгч 50 мянгаас 800 мянга болох төлөвтэй 12 сарын дотор. Одоо 6 ширхэг L4 байгаа, хэд хэрэгтэй?",
     {"users": 50000, "users_to": 800000, "period_months": 12, "gpus": 6}),
    ("Бидний traffic 6 сар тутам 2 дахин өсч байна. Одоо 16 ширхэг A100 80GB, 3 жилийн дараа хэд хэрэгтэй вэ?",
     {"doubling_months": 6, "gpus": 16, "period_months": 36}),
    ("GCP дээр H100 цаг нь $3,2 байна. 32 карт 2 долоо хоног түрээслэвэл хэд болох вэ?",
     {"rent_usd_per_hour": 3.2, "gpus": 32, "days": 14}),
    ("Өдөрт 900 сая token гаргах хэрэгтэй, Llama 3.1 8B, L40S дээр. peak 2x бол хэдэн карт вэ?",
     {"tokens_per_day": 9e8, "peak_factor": 2}),
    ("B200 H100-аас 2,5x хурдан гэсэн. H100 SXM 512 ширхэгээр 30 хоног явдаг run-ийг 256 ширхэг B200-аар хийвэл "
     "хэд хоног вэ?",
     {"speedup": 2.5, "from_gpus": 512, "days": 30, "gpus": 256}),
    ("Өмнөх run 64 ширхэг H100 SXM дээр 14 хоног явсан, MFU 32% байсан. MFU 42% болгож чадвал хэдэн хоног?",
     {"gpus": 64, "days": 14, "mfu": 0.32, "mfu_to": 0.42}),
    ("Ажлын 1200 ажилтан, өдөрт хүн бүр 12 query, context 3k token, хариулт 400 орчим. Qwen2.5 7B-г L4 дээр "
     "хэд хэрэгтэй вэ?",
     {"users": 1200, "queries_per_user": 12, "input_tokens": 3000, "output_tokens": 400}),
    ("DC-д 1,5 MW чадал бий, PUE 1,3. H100 нэг карт серверийн хамт 1300W гэвэл хэдэн карт багтах вэ?",
     {"power_mw": 1.5, "pue": 1.3, "watts_per_gpu": 1300}),
    ("Хятадын supplier-ээс H20 нэг ширхэгийг 98 000 юаньээр санал болгосон, 1$ = 7,1 юань. 32 ширхэг авбал "
     "хэдэн $ вэ?",
     {"price_cny": 98000, "usd_cny": 7.1, "gpus": 32}),
])
def test_mongolian_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "Манайд 1,2 сая DAU, H100 хэдэн ширхэг хэрэгтэй вэ?", "Өдөрт 8 асуулт, prompt 500 token, хариу 200 token",
    "64 ширхэг A100-гийн цахилгаан сард хэд болох бэ?", "Төсөв 2 тэрбум ₮, ханш 3 450",
])
def test_mongolian_is_detected(q: str) -> None:
    assert mongolian.said_in_mongolian(q)


@pytest.mark.parametrize("q", [
    "Сколько H100 нужно на 1,2 млн DAU, 8 запросов в день?",                   # Russian
    "Бюджет 2 млрд рублей, курс 92. Сколько карт H100 купим?",                 # Russian
    "Бізде шамамен 2,4 млн DAU, әр адам күніне 6 сұрақ қояды. Қанша карта керек?",   # Kazakh
    "Бюджет 8 млрд теңге, доллар 500 теңге. MI300X бір данасы $16 000. Неше карта?",   # Kazakh
    "Трафик жылына 60%-ға өседі, қазір 400 RPS. 2 жылдан кейін қанша L4 керек?",        # Kazakh
    "Скільки карт H100 треба на 2 млн користувачів?",                           # Ukrainian
    "Колико GPU треба за 500 корисника дневно?",                                 # Serbian
    "Колко сървъра трябват за 100 хиляди потребители на ден?",                   # Bulgarian
    "Бизде 1 млн колдонуучу бар, күнүнө 5 суроо. Канча H100 керек?",             # Kyrgyz
    "how many H100 for 2M DAU?", "需要多少张H100？",
])
def test_other_languages_are_not_mongolian(q: str) -> None:
    assert not mongolian.said_in_mongolian(q)


def test_kazakh_still_reads_kazakh() -> None:
    q = "Бізде 1,2 млн DAU, күніне 8 сұрақ, H100 қанша керек?"
    assert kazakh.said_in_kazakh(q) and not mongolian.said_in_mongolian(q)


def test_togrog_at_a_stated_rate() -> None:
    q = "Local cloud H100-г цагт 10 000₮-өөр түрээслүүлнэ (1$ ≈ 3 450₮). 8 карт 30 хоног авбал долларт хэд вэ?"
    params = parse(q).params
    assert params.get("local_per_usd") == pytest.approx(3450)
    assert params.get("rent_usd_per_hour") == pytest.approx(10000 / 3450)


def test_a_long_message_is_read_quickly() -> None:
    text = ("Манайд 450 мянган DAU, хүн бүр өдөрт 6 асуулт, H100 хэдэн ширхэг хэрэгтэй вэ? 4 сар тутам 2 дахин "
            "өснө. ") * 30
    text = text[:2000]
    start = time.process_time()
    parse(text)
    assert time.process_time() - start < 5


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("Манайд 1,2 сая DAU, өдөрт 8-10 асуулт, H100-аас 3x хурдан, цаг нь $2,5. хэдэн ширхэг вэ? " * 1200)
    text = text[:100_000]
    start = time.process_time()
    out, pos = mongolian.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
