"""Amharic in Ge'ez script (calc/amharic), as engineers and founders in Addis Ababa type it on Telegram with
English terms between: scale words after the number ("120 ሺህ", "3 ሚሊዮን"), number words ("ሶስት ሺህ"), the
period said before an amount ("በቀን 6 ጥያቄ", "በሰዓት $1.9"), "each" said after the thing ("server አንዱ $250k"),
the prepositions glued on ("ከ 500ms በታች", "በ12 ወር ውስጥ"), and birr ("ብር") read as Ethiopia's at the rate
stated ("1$ = 140 ብር", "ዶላርን በ 140 ብር")."""

from __future__ import annotations

import time

import pytest

from calc import amharic, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # users with the scale after the number, each one's questions a day, tokens in and out
    ("የኛ app 120 ሺህ DAU አለው፣ አንድ user በቀን 6 ጥያቄ ይጠይቃል፣ prompt 900 token፣ መልሱ 300 token። "
     "Mistral 7B ን L4 ላይ ስንት ካርድ ያስፈልገናል?",
     {"users": 1.2e5, "queries_per_user": 6, "input_tokens": 900, "output_tokens": 300}),
    # a number word before the scale, concurrent users
    ("Llama 3.1 70B ን H100 ላይ ሶስት ሺህ concurrent users ለማስተናገድ ስንት GPU?", {"concurrent_users": 3000}),
    # a count of a day, a rent per hour, the period before it
    ("በቀን 1.5 ቢሊዮን token ማውጣት አለብን። Llama 3.1 8B፣ A100 80GB በሰዓት $1.9 ብንከራይ በወር ስንት ያስወጣል?",
     {"tokens_per_day": 1.5e9, "rent_usd_per_hour": 1.9}),
    # a card's price with "each", a budget in birr at the stated rate
    ("ድርጅታችን 400 ሚሊዮን ብር budget አለው፣ B200 አንዱ $40k ነው። ዶላርን በ 140 ብር ብንይዘው ስንት እንገዛለን?",
     {"budget_usd": pytest.approx(4e8 / 140), "price_usd": 4e4, "local_per_usd": 140}),
    # a server's price said after the server, how many servers
    ("HGX H200 server አንዱ $250k ነው፣ 6 server ብንገዛ ጠቅላላ ስንት ብር ይሆናል? 1$ = 140 ብር",
     {"server_price_usd": 2.5e5, "servers": 6, "local_per_usd": 140}),
    # electricity: cards, watts with the server's share, a tariff per kWh in birr
    ("L40S 48 ካርድ አለን፣ አንዱ ካርድ ከ server ጋር 450 W ይስባል፣ PUE 1.4፣ 1 kWh በ 3 ብር ነው (1 USD = 140 ETB)። "
     "በወር መብራት ስንት ነው?",
     {"gpus": 48, "watts_per_gpu": 450, "pue": 1.4, "electricity_usd_per_kwh": pytest.approx(3 / 140)}),
    # latency under a bound
    ("Llama 3.1 8B ን H100 ላይ TTFT ከ 500ms በታች ለ 800 concurrent users ስንት GPU?",
     {"ttft_ms": 500, "concurrent_users": 800}),
    # growth: from so many users to so many in the next years
    ("ከ 50 ሺህ users ወደ 2 ሚሊዮን users በሚቀጥሉት 3 ዓመታት እናድጋለን። አሁን 8 ካርድ H100 አለን።",
     {"users": 5e4, "users_to": 2e6, "period_months": 36, "gpus": 8}),
    # training: tokens, cards, MFU, a price per million input tokens
    ("13B model ን 500B token ላይ 64 ካርድ H100 MFU 42% ብናሰለጥን ስንት ቀን?",
     {"params": 1.3e10, "train_tokens": 5e11, "gpus": 64, "mfu": 0.42}),
    ("input በ 1M token $0.15፣ Llama 3.1 8B ን L4 ላይ በቀን 200 ሚሊዮን token ብናወጣ ገቢ ስንት?",
     {"usd_per_million_tokens": 0.15, "tokens_per_day": 2e8}),
    # a rent in birr per hour at a rate said "a dollar at 57 birr"
    ("ዶላር በ57 ብር ነው፣ H100 በሰዓት 300 ብር ይከራያሉ። በወር ስንት ዶላር?",
     {"local_per_usd": 57, "rent_usd_per_hour": pytest.approx(300 / 57)}),
    # Ethiopic numerals, a card's price said after the card, in thousands of birr
    ("1 ዶላር = 57 ብር፣ L4 አንዱ 150 ሺ ብር ነው፣ ፲፮ ካርድ ብንገዛ ስንት?",
     {"local_per_usd": 57, "price_usd": pytest.approx(150_000 / 57), "gpus": 16}),
    # a number word before an Amharic noun, each user's questions
    ("በየቀኑ 50 ሺህ ተጠቃሚዎች አሉን፣ እያንዳንዱ ተጠቃሚ በቀን ሶስት ጥያቄ ይጠይቃል። Llama 3.1 8B H100 ስንት ካርድ?",
     {"users": 5e4, "queries_per_user": 3}),
])
def test_amharic_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_amharic_birr_are_ethiopias() -> None:
    req = parse("ድርጅታችን 400 ሚሊዮን ብር budget አለው፣ B200 አንዱ $40k ነው። 1$=140ብር")
    assert req.params.get("local_code") == "etb" and req.params.get("local_per_usd") == 140


@pytest.mark.parametrize("q", ["80 ሺህ DAU", "ስንት GPU ያስፈልገናል?", "1$ = 132 ብር"])
def test_amharic_is_detected(q: str) -> None:
    assert amharic.said_in_amharic(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "ჩვენ გვყავს 200 ათასი იუზერი, რამდენი H100?",                          # Georgian
    "අපේ DAU ලක්ෂ 2ක්, H100 කීයක් ඕනෙද?",                                   # Sinhala
    "Ethiopia 2M users, 1 USD = 130 ETB, how many L4?",       # English about Ethiopia
])
def test_other_languages_are_not_amharic(q: str) -> None:
    assert not amharic.said_in_amharic(q)


def test_ethiopic_numerals_and_number_words_are_read() -> None:
    text = "፲፪ ካርድ እና ሁለት ሺህ users"
    out, pos = amharic.in_english(text, list(range(len(text))))
    assert out.startswith("12 cards") and "2 thousand users" in out and len(pos) == len(out)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("የኛ app 120 ሺህ DAU አለው፣ አንድ user በቀን 6 ጥያቄ ይጠይቃል፣ server አንዱ $250k፣ በሰዓት $2.1። H100 "
            "ስንት ካርድ ያስፈልገናል? " * 40)[:2000]
    start = time.process_time()
    out, pos = amharic.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
    start = time.process_time()
    parse(text)
    assert time.process_time() - start < 5
