"""Gujarati in its own script (calc/gujarati), as engineers and founders in Ahmedabad and Surat type it with English
terms between: Gujarati digits, number and scale words (બે લાખ, દોઢ લાખ, કરોડ, અબજ), a period or a basis said
before its amount ("રોજ 20 કરોડ tokens", "user દીઠ 10 queries", "એક card નો ભાવ ₹32 લાખ"), a count said after what
it counts ("H200 SXM 64 નંગ"), a growth said every way ("દર 4 મહિને double", "18 મહિના પછી"), and the case
endings glued to English words and numbers ("H100માં", "GPUનો", "L4 પર")."""

from __future__ import annotations

import time

import pytest

from calc import gujarati
from tests.calc.reading_helpers import assert_params

INR = 85.5          # the catalog's rupees to the US$, where no rate is stated


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, Gujarati digits and number words
    ("અમારી app ના ૩૦ લાખ DAU છે, user દીઠ રોજ 6 સવાલ. Llama 3.1 8B L4 પર, કેટલા GPU જોઈએ?",
     {"users": 3e6, "queries_per_user": 6}),
    ("અઢી લાખ users છે, દરેક user રોજ 8 queries કરે. Mistral 7B, L4માં કેટલા card?",
     {"users": 2.5e5, "queries_per_user": 8}),
    ("હાલ પાંચ લાખ DAU છે, Gemma 2 27B on L40S, user દીઠ 12 queries. કેટલા GPU?",
     {"users": 5e5, "queries_per_user": 12}),
    # a period before its amount: tokens of a day, requests of a second
    ("રોજ 40 કરોડ output tokens જોઈએ, Mistral 7B L4 પર. કેટલા card?", {"tokens_per_day": 4e8}),
    ("દરરોજ 2 અબજ tokens generate થાય છે, Llama 3.1 70B, H100 પર કેટલા GPU?", {"tokens_per_day": 2e9}),
    ("દર સેકન્ડે 1,200 requests આવે છે, Llama 3.1 8B, A100 80GB. કેટલા GPU?", {"qps": 1200}),
    ("1500 users એકસાથે હોય છે, Llama 3 70B H100 SXM પર કેટલા GPU જોઈએ?", {"concurrent_users": 1500}),
    # growth: doubling, a period after
    ("અમારા users દર 3 મહિને double થાય છે, અત્યારે 50k DAU. 12 મહિના પછી કેટલા GPU? user દીઠ રોજ 5 queries",
     {"doubling_months": 3, "users": 5e4, "period_months": 12, "queries_per_user": 5}),
    # prices, budgets, counts after what they count
    ("A100 80GB 32 નંગ લેવાના છે, એક card નો ભાવ ₹14 લાખ. કુલ કેટલા crore થશે?",
     {"gpus": 32, "price_usd": pytest.approx(1.4e6 / INR)}),
    ("અમારું બજેટ ₹12 કરોડ છે, H100 SXM એક ₹28 lakh ગણીએ તો કેટલા આવે?",
     {"budget_usd": pytest.approx(1.2e8 / INR), "price_usd": pytest.approx(2.8e6 / INR)}),
    ("Series A માં ₹20 crore raise કર્યા, એમાંથી અડધા GPU પર. L40S ₹8 lakh each. કેટલા આવે?",
     {"budget_usd": pytest.approx(2e8 / INR), "budget_share": 0.5}),
    ("GB200 NVL72 rack નો ભાવ $3M ગણો, 1$ = ₹84. 3 racks નો ખર્ચ કેટલા crore?",
     {"server_price_usd": 3e6, "local_per_usd": 84, "servers": 3}),
    # electricity: a rate per unit, the energy of that many tokens
    ("H100 SXM ના 64 card છે, GPU દીઠ 700 W, PUE 1.3. વીજળી ₹8/unit હોય તો મહિને bill કેટલું?",
     {"gpus": 64, "watts_per_gpu": 700, "pue": 1.3, "electricity_usd_per_kwh": pytest.approx(8 / INR)}),
    ("L40S પર 0.5 J per token ગણીએ તો 50 લાખ tokens નું electricity કેટલું? rate ₹7/unit",
     {"joules_per_token": 0.5, "per_tokens": 5e6}),
    # training: a run's days, a speedup, MFU raised
    ("અમારું run A100 80GB ના 16 card પર 12 દિવસ લે છે, MFU 35% પર. MFU 50% સુધી લઈ જઈએ તો કેટલા દિવસ?",
     {"gpus": 16, "days": 12, "mfu": 0.35, "mfu_to": 0.5}),
    ("વેચનાર કહે છે H200 training માં 2x fast છે. અમારું run H100 SXM ના 8 card પર 10 દિવસ લે છે, "
     "H200 પર કેટલા દિવસ?", {"speedup": 2, "from_gpus": 8, "days": 10}),
    ("API ₹30 per million tokens લે છે, અમારે રોજ 10 કરોડ tokens જોઈએ. મહિને કેટલો ખર્ચ?",
     {"tokens_per_day": 1e8}),
])
def test_gujarati_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "અમારા 2 લાખ users છે, H100 કેટલા જોઈએ?", "રોજ ૫૦ હજાર સવાલ", "વીજળી ₹8 પ્રતિ યુનિટ",
])
def test_gujarati_is_detected(q: str) -> None:
    assert gujarati.said_in_gujarati(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "हमारे 2 लाख users हैं, हर user रोज़ 10 सवाल पूछता है, कितने H100 चाहिए?",  # Hindi
    "आमचे 2 लाख DAU आहेत, प्रत्येक user दिवसाला 6 प्रश्न, किती GPU लागतील?",     # Marathi
    "మా app కి 20 లక్షల DAU, H100 ఎన్ని కావాలి?",                          # Telugu
    "আমাদের ২ লাখ ইউজার, কতগুলো H100 লাগবে?",                             # Bengali
])
def test_other_languages_are_not_gujarati(q: str) -> None:
    assert not gujarati.said_in_gujarati(q)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("અમારા ૨ લાખ users છે, user દીઠ રોજ 10 queries, દર 4 મહિને double થાય છે. H100માં કેટલા GPU જોઈએ? "
            * 40)[:2000]
    start = time.process_time()
    out, pos = gujarati.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
