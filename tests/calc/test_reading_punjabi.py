"""Punjabi in Gurmukhi (calc/punjabi), as engineers and founders in Ludhiana, Mohali and Amritsar type it with English
terms between: Gurmukhi digits, number and scale words (ਦੋ ਲੱਖ, ਡੇਢ ਲੱਖ, ਕਰੋੜ, ਅਰਬ), a period or a basis said before
its amount ("ਰੋਜ਼ 20 ਕਰੋੜ tokens", "ਹਰ user ਰੋਜ਼ 10 queries", "ਹਰ rack ਤੇ 15 kW"), a name said before its count
("H100 SXM ਦੇ 8 ਕਾਰਡ"), a growth said every way ("ਹਰ 3 ਮਹੀਨੇ ਚ double", "2 ਸਾਲ ਬਾਅਦ"), the postpositions set after
English words and numbers ("L4 ਤੇ", "H100 ਦੇ"), and the nukta and addak typed or left out."""

from __future__ import annotations

import time

import pytest

from calc import punjabi
from tests.calc.reading_helpers import assert_params

INR = 85.5          # the catalog's rupees to the US$, where no rate is stated


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, Gurmukhi digits and number words
    ("ਸਾਡੀ app ਦੇ ੩੦ ਲੱਖ DAU ਨੇ, ਹਰ user ਰੋਜ਼ 6 ਸਵਾਲ ਪੁੱਛਦਾ. Llama 3.1 8B L4 ਤੇ, ਕਿੰਨੇ GPU ਚਾਹੀਦੇ?",
     {"users": 3e6, "queries_per_user": 6}),
    ("ਡੇਢ ਲੱਖ users ਨੇ, ਹਰ user ਦਿਨ ਚ 8 queries ਕਰਦਾ. Mistral 7B ਲਈ L4 ਕਿੰਨੇ ਲੱਗਣਗੇ?",
     {"users": 1.5e5, "queries_per_user": 8}),
    # the nukta and the addak left out ("ਰੋਜ", "ਲਖ")
    ("ਰੋਜ 40 ਕਰੋੜ output tokens ਬਣਦੇ, Mistral 7B L4 ਤੇ. ਕਿੰਨੇ ਕਾਰਡ?", {"tokens_per_day": 4e8}),
    ("ਰੋਜ਼ 3 ਅਰਬ tokens ਆਉਂਦੇ ਨੇ, Llama 3.1 70B H100 ਤੇ ਕਿੰਨੇ GPU ਲੱਗਣਗੇ?", {"tokens_per_day": 3e9}),
    ("ਰੋਜ਼ ੫ ਲਖ requests, Llama 3.1 8B A100 80GB ਤੇ. ਕਿੰਨੇ GPU?", {"queries_per_day": 5e5}),
    ("900 users ਇੱਕੋ ਵੇਲੇ ਹੁੰਦੇ ਨੇ, Llama 3 70B H100 SXM ਤੇ ਕਿੰਨੇ GPU ਲੱਗਣਗੇ?", {"concurrent_users": 900}),
    # growth: doubling, a period after
    ("ਸਾਡੇ users ਹਰ 3 ਮਹੀਨੇ ਚ double ਹੁੰਦੇ, ਹੁਣ 50k DAU. 12 ਮਹੀਨਿਆਂ ਬਾਅਦ ਕਿੰਨੇ GPU? ਹਰ user ਰੋਜ਼ 5 queries",
     {"doubling_months": 3, "users": 5e4, "period_months": 12, "queries_per_user": 5}),
    # prices, budgets, counts of a name
    ("L40S ਦੇ 24 ਕਾਰਡ ਲੈਣੇ ਨੇ, ਇੱਕ ਕਾਰਡ ਦੀ ਕੀਮਤ ₹9 ਲੱਖ. ਕੁੱਲ ਕਿੰਨੇ ਕਰੋੜ ਬਣੂ?",
     {"gpus": 24, "price_usd": pytest.approx(9e5 / INR)}),
    ("ਸਾਡੇ ਕੋਲ ₹12 ਕਰੋੜ ਦਾ budget ਆ, H100 SXM ਇੱਕ ਲਗਭਗ ₹28 ਲੱਖ ਦਾ ਪੈਂਦਾ. ਕਿੰਨੇ ਆਉਣਗੇ?",
     {"budget_usd": pytest.approx(1.2e8 / INR), "price_usd": pytest.approx(2.8e6 / INR)}),
    # electricity: a rate per unit, watts per GPU
    ("H100 SXM ਦੇ 64 ਕਾਰਡ ਨੇ, ਹਰ GPU 700 W, PUE 1.3. ਬਿਜਲੀ ₹8 ਪ੍ਰਤੀ ਯੂਨਿਟ ਹੋਵੇ ਤਾਂ ਮਹੀਨੇ ਦਾ bill ਕਿੰਨਾ?",
     {"gpus": 64, "watts_per_gpu": 700, "pue": 1.3, "electricity_usd_per_kwh": pytest.approx(8 / INR)}),
    # training: a run's days, MFU raised
    ("ਸਾਡਾ run A100 80GB ਦੇ 16 ਕਾਰਡਾਂ ਤੇ 12 ਦਿਨ ਲੈਂਦਾ, MFU 35% ਤੇ. MFU 50% ਤੱਕ ਲੈ ਜਾਈਏ ਤਾਂ ਕਿੰਨੇ ਦਿਨ?",
     {"gpus": 16, "days": 12, "mfu": 0.35, "mfu_to": 0.5}),
    ("Vendor ਕਹਿੰਦਾ H200 training ਚ 2x ਤੇਜ਼ ਆ. ਸਾਡੇ H100 SXM ਦੇ 8 ਕਾਰਡ ਨੇ, ਓਨਾ ਕੰਮ ਕਰਨ ਲਈ H200 ਕਿੰਨੇ?",
     {"speedup": 2}),
    ("A100 ₹140 ਘੰਟੇ ਦਾ ਮਿਲਦਾ, ਰੋਜ਼ 10 ਕਰੋੜ tokens ਚਾਹੀਦੇ, Llama 3.1 8B. ਮਹੀਨੇ ਦਾ ਖ਼ਰਚਾ ਕਿੰਨਾ?",
     {"tokens_per_day": 1e8, "rent_usd_per_hour": pytest.approx(140 / INR)}),
])
def test_punjabi_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "ਸਾਡੇ 2 ਲੱਖ users ਨੇ, H100 ਕਿੰਨੇ ਚਾਹੀਦੇ?", "ਰੋਜ਼ ੫੦ ਹਜ਼ਾਰ ਸਵਾਲ", "ਬਿਜਲੀ ₹8 ਪ੍ਰਤੀ ਯੂਨਿਟ",
])
def test_punjabi_is_detected(q: str) -> None:
    assert punjabi.said_in_punjabi(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "हमारे 2 लाख users हैं, हर user रोज़ 10 सवाल पूछता है, कितने H100 चाहिए?",  # Hindi
    "અમારા 2 લાખ users છે, H100 કેટલા જોઈએ?",                               # Gujarati
    "আমাদের ২ লাখ ইউজার, কতগুলো H100 লাগবে?",                             # Bengali
    "ہمارے 2 لاکھ یوزر ہیں، کتنے H100 چاہئیں؟",                             # Urdu / Shahmukhi
])
def test_other_languages_are_not_punjabi(q: str) -> None:
    assert not punjabi.said_in_punjabi(q)


def test_gurmukhi_digits_are_read_as_digits() -> None:
    text = "੧੨੩੪ ਕਾਰਡ"
    out, pos = punjabi.in_english(text, list(range(len(text))))
    assert out.startswith("1234") and len(pos) == len(out)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("ਸਾਡੇ ੨ ਲੱਖ users ਨੇ, ਹਰ user ਰੋਜ਼ 10 queries, ਹਰ 4 ਮਹੀਨੇ ਚ double ਹੁੰਦੇ. H100 ਦੇ ਕਿੰਨੇ ਕਾਰਡ ਲੱਗਣਗੇ? "
            * 40)[:2000]
    start = time.process_time()
    out, pos = punjabi.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
