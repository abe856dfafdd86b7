"""Sinhala in its own script (calc/sinhala), as engineers and founders in Colombo and Kandy type it with English
terms between: scale words before or after the number ("ලක්ෂ 3ක්", "2 ලක්ෂයක්", "tokens කෝටි 50ක්"), number
words ("තිස්දාහක්"), the counted noun said before its number ("questions 8ක්"), the basis or the period said
before an amount ("ticket එකකට messages 6ක්", "පැයට $1.5", "ඒකකයකට රු. 40ක්"), and rupees ("රු.") read as
Sri Lanka's at the rate stated."""

from __future__ import annotations

import time

import pytest

from calc import parse, sinhala
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, the scale said before the number
    ("අපේ app එකේ DAU ලක්ෂ 3ක් ඉන්නවා, එක්කෙනෙක් දවසකට questions 8ක් අහනවා. Mistral 7B L4 වල කාඩ් කීයක් ඕනෙද?",
     {"users": 3e5, "queries_per_user": 8}),
    ("දවසකට tokens කෝටි 50ක් generate කරන්න Llama 3.1 8B H100 SXM GPU කීයක් ඕනෙද?", {"tokens_per_day": 5e8}),
    ("concurrent users 800ක් එක්ක Llama 3 70B, H100 SXM කීයද?", {"concurrent_users": 800}),
    ("paying users විසිදාහක් විතර, user කෙනෙක් දවසකට queries 5ක්. Llama 3.1 8B, L4 කීයද?",
     {"users": 2e4, "queries_per_user": 5}),
    # a count of a day with its noun first, so many per ticket
    ("support tickets දවසකට 20k එනවා, ticket එකකට messages 6ක් විතර. Llama 3.1 8B, L4 කීයද?",
     {"queries_per_day": 2e4, "turns_per_session": 6}),
    # a rent per hour, a price in rupees at the rate stated (Sri Lanka's rupees)
    ("A100 80GB පැයට $1.5 ගණනේ, දවසකට tokens බිලියන 2ක්, Llama 3.1 8B. මාසෙකට වියදම කීයද?",
     {"rent_usd_per_hour": 1.5, "tokens_per_day": 2e9}),
    ("L40S කාඩ් 24ක් ගන්න ඕනේ, එකක් රු. ලක්ෂ 30යි. $1 = රු. 300. මුළු ගාණ ඩොලර් වලින්?",
     {"gpus": 24, "price_usd": 1e4, "local_per_usd": 300}),
    # electricity: watts per GPU, a tariff per unit in rupees
    ("H100 SXM GPU 32ක් තියෙනවා, GPU එකකට 700 W, PUE 1.4. ඒකකයකට රු. 40ක්, $1 = රු. 300. මාසෙකට විදුලි බිල කීයද?",
     {"gpus": 32, "watts_per_gpu": 700, "pue": 1.4, "electricity_usd_per_kwh": pytest.approx(40 / 300)}),
    # growth: a number of users grown to in so many months
    ("users දැන් 20k, මාස 12කින් ලක්ෂ 5ක් වෙයි. H100 SXM කීයක් ඕනෙද? එක්කෙනෙක් දවසට queries 4ක්, Llama 3.1 8B.",
     {"users": 2e4, "users_to": 5e5, "period_months": 12, "queries_per_user": 4}),
    # training: a run's days, MFU raised
    ("A100 80GB GPU 16කින් MFU 35% තියෙද්දී run එක දවස් 12ක් ගියා. MFU එක 50%ට ගත්තොත් දවස් කීයද?",
     {"gpus": 16, "mfu": 0.35, "days": 12, "mfu_to": 0.5}),
])
def test_sinhala_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_sinhala_rupees_are_sri_lankas() -> None:
    req = parse("L40S කාඩ් 24ක් ගන්න ඕනේ, එකක් රු. ලක්ෂ 30යි. $1 = රු. 300. මුළු ගාණ ඩොලර් වලින්?")
    assert req.params.get("local_code") == "lkr"


@pytest.mark.parametrize("q", ["DAU ලක්ෂ 2ක්", "කාඩ් කීයක් ඕනෙද?", "රු. 52"])
def test_sinhala_is_detected(q: str) -> None:
    assert sinhala.said_in_sinhala(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "எங்களுக்கு 2 லட்சம் users, எத்தனை H100 வேணும்?",                      # Tamil
    "हमारे 2 लाख users हैं, कितने H100 चाहिए?",                              # Hindi
    "ഞങ്ങൾക്ക് 2 ലക്ഷം users ഉണ്ട്, എത്ര H100 വേണം?",                         # Malayalam
])
def test_other_languages_are_not_sinhala(q: str) -> None:
    assert not sinhala.said_in_sinhala(q)


def test_sinhala_digits_and_number_words_are_read() -> None:
    text = "෧෨ කාඩ් සහ users තිස්දාහක්"
    out, pos = sinhala.in_english(text, list(range(len(text))))
    assert out.startswith("12") and "30 thousand users" in out and len(pos) == len(out)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("අපේ DAU ලක්ෂ 2ක්, එක්කෙනෙක් දවසකට messages 6ක්, ticket එකකට messages 8ක්, පැයට $2.1. H100 SXM "
            "GPU කීයක් ඕනෙද? " * 40)[:2000]
    start = time.process_time()
    out, pos = sinhala.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
