"""Nepali in Devanagari (calc/nepali), as engineers, bank IT teams and founders in Kathmandu and Pokhara type it
with English terms between: Devanagari digits, number and scale words (दुई लाख, करोड, अर्ब, हजार), rupees
(रु, रुपैयाँ) at a stated dollar rate, a period or a basis said before its amount ("दिनमा 20 करोड tokens",
"प्रति घण्टा रु 250", "प्रति node 8 GPU"), the count suffix ("८ वटा H100", "server 16 वटा"), and the
postpositions glued to English words and numbers ("H100 मा", "GPU को", "Llama 3 8B ले")."""

from __future__ import annotations

import time

import pytest

from calc import nepali
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, Devanagari digits and number words
    ("हाम्रो app मा ३ लाख DAU छन्, हरेकले दिनमा ५ पटक प्रश्न सोध्छन्। Mistral 7B L4 मा कति वटा GPU चाहिन्छ?",
     {"users": 3e5, "queries_per_user": 5}),
    ("दुई लाख users छन्, एक user ले दिनमा 7 पटक chat गर्छ, Llama 3.1 8B L40S मा कति card लाग्छ?",
     {"users": 2e5, "queries_per_user": 7}),
    # a period before its amount: tokens of a day, requests of a day
    ("दिनमा 80 करोड output tokens बन्छ, Llama 3.1 70B H100 SXM मा कति GPU चाहिन्छ?", {"tokens_per_day": 8e8}),
    ("हाम्रो platform मा दिनको 3 अर्ब tokens use हुन्छ, Qwen2.5 7B L4 मा कति वटा?", {"tokens_per_day": 3e9}),
    ("Gemma 2 27B मा दिनको 5 लाख requests आउँछन्, L40S कति वटा चाहिन्छ?", {"queries_per_day": 5e5}),
    ("600 जना एकैचोटि chat गर्छन्, Llama 3 70B H100 SXM मा कति GPU?", {"concurrent_users": 600}),
    # the count suffix, before or after what it counts
    ("१६ वटा H100 SXM मा 70B model लाई 2T tokens मा train गर्दा कति दिन लाग्छ? MFU 40% मान।",
     {"gpus": 16, "mfu": 0.4}),
    ("हामीसँग A100 80GB 32 वटा छन्, 7B model 500B tokens मा कति दिन लाग्छ?", {"gpus": 32}),
    # rupees at the stated dollar rate
    ("हाम्रो बजेट रु 20 करोड छ (1 USD = 135 NPR)। L40S एउटाको $9,000 पर्छ, कति वटा आउँछ?",
     {"budget_usd": pytest.approx(2e8 / 135), "price_usd": 9000, "local_per_usd": 135}),
    ("A100 80GB को प्रति घण्टा रु 250 तिर्नुपर्छ (1$ = 136)। 8 GPU 10 दिन चलाउँदा कति पर्छ?",
     {"rent_usd_per_hour": pytest.approx(250 / 136), "gpus": 8, "local_per_usd": 136}),
    ("L40S एउटाको रु 12 लाख पर्छ (dollar rate 135)। 10 वटा किन्दा total कति डलर?",
     {"price_usd": pytest.approx(1.2e6 / 135), "gpus": 10}),
    # electricity: a rate per unit, the power of each server
    ("DGX H100 server 6 वटा, एउटाले 10.2 kW खान्छ, PUE 1.4। बिजुली प्रति unit रु 12 (1$=135 रु)। खर्च कति?",
     {"servers": 6, "watts_per_server": 10200, "pue": 1.4,
      "electricity_usd_per_kwh": pytest.approx(12 / 135)}),
    # training: days taken, a speedup, MFU raised
    ("पहिलेको run मा MFU 30% थियो, 32 वटा H100 मा 15 दिन लाग्यो। MFU 45% पुर्याउँदा कति दिन लाग्छ?",
     {"mfu": 0.3, "mfu_to": 0.45, "days": 15}),
    ("NVIDIA भन्छ B200 training मा 2.5x fast छ। हाम्रो job H100 SXM मा 20 दिन लाग्छ, B200 मा कति दिन?",
     {"speedup": 2.5}),
    # per: the basis said before its amount
    ("हाम्रो 4 वटा node छन्, प्रति node 8 GPU (H100 SXM)। Llama 3 70B कति users धान्छ?", {"gpus_per_server": 8}),
    ("हरेक ४ महिनामा users double हुन्छ, अहिले ८० हजार DAU छ। १ वर्षपछि कति GPU चाहिन्छ?",
     {"doubling_months": 4, "users": 8e4}),
])
def test_nepali_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_each_character_keeps_its_position() -> None:
    q = "दिनमा ५० करोड output tokens, Mistral 7B, L4 मा कति GPU चाहिन्छ?"
    out, where = nepali.in_english(q, list(range(len(q))))
    assert len(out) == len(where) and all(0 <= i < len(q) for i in where)
    assert "50 crore output tokens a day" in out


@pytest.mark.parametrize("q", [
    "हाम्रो app मा 20 लाख DAU छन्, कति GPU चाहिन्छ?",
    "H100 SXM 8 वटा छ, Llama 3 70B चल्छ?",
    "दिनमा ५ करोड tokens, L4 कति वटा लाग्छ?",
    "बिजुली प्रति unit रु 11 पर्छ, खर्च कति होला?",
])
def test_nepali_is_detected(q: str) -> None:
    assert nepali.said_in_nepali(q)


@pytest.mark.parametrize("q", [
    "how many H100s for 100M users, 20 chats a day each?",                                       # English
    "हमारे 20 लाख DAU हैं, कितने GPU लगेंगे?",                                                     # Hindi
    "बिजली ₹7.5 per unit, हर user दिन में ~12 queries, ₹२८ लाख per card",                           # Hindi
    "Llama 3 8B को L4 पर चलाना है, 5 करोड़ tokens रोज़, क्या 8 GPU काफी होंगे?",                      # Hindi
    "आमचे 2 लाख DAU आहेत, प्रत्येक user दिवसाला 6 प्रश्न, किती GPU लागतील?",                       # Marathi
    "H100चे 64 cards, प्रत्येक GPU साठी 700 W, वीज ₹8 प्रति युनिट",                                  # Marathi
    "bhai kitne H100 chahiye 10 lakh users ke liye? har user roz 15 message bhejta hai",         # Hinglish
])
def test_other_languages_are_not_nepali(q: str) -> None:
    assert not nepali.said_in_nepali(q)


def test_a_long_message_is_rewritten_quickly() -> None:
    one = ("हाम्रो app मा २ लाख users छन्, एक user ले दिनमा 10 पटक सोध्छ, हरेक ४ महिनामा double हुन्छ। "
           "H100 SXM 8 वटामा प्रति घण्टा रु 300 पर्छ (1$=135 रु)। कति वटा GPU चाहिन्छ? ")
    text = (one * (2000 // len(one) + 1))[:2000]
    start = time.process_time()          # (the time this process spends: other tests may share the CPUs)
    out, pos = nepali.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
