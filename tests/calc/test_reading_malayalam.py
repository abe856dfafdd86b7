"""Malayalam in its own script (calc/malayalam), as engineers and founders in Kochi and Thiruvananthapuram type it
with English terms between: Malayalam digits, number and scale words (രണ്ട് ലക്ഷം, കോടി, ആയിരം), a period or a
basis said before its amount ("ദിവസം 40 കോടി tokens", "മാസം ₹499", "GPU ഒന്നിന് 700W", "unit-ന് ₹8"), a count said
after what it counts ("H100 SXM 32 എണ്ണം"), a growth said every way ("ഓരോ 6 മാസത്തിലും double", "12 മാസം
കൊണ്ട്"), and the case endings glued to English words and numbers ("H100-ൽ", "GPU-കൾ", "L4-ൽ")."""

from __future__ import annotations

import time

import pytest

from calc import malayalam
from tests.calc.reading_helpers import assert_params

INR = 85.5          # the catalog's rupees to the US$, where no rate is stated


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day, Malayalam digits and number words
    ("ഞങ്ങളുടെ app-ന് ൨ ലക്ഷം DAU ഉണ്ട്, ഒരാൾ ദിവസം 15 queries. Mistral 7B L4-ൽ എത്ര GPU വേണം?",
     {"users": 2e5, "queries_per_user": 15}),
    ("രണ്ട് ലക്ഷം users ഉണ്ട്, ഓരോ user-ഉം ദിവസം 9 questions ചോദിക്കും. Llama 3.1 8B, A100 80GB-ൽ എത്ര card?",
     {"users": 2e5, "queries_per_user": 9}),
    # a period before its amount: tokens of a day
    ("ദിവസം 60 കോടി output tokens serve ചെയ്യണം, Llama 3.1 8B H100-ൽ. എത്ര GPU?", {"tokens_per_day": 6e8}),
    ("ഓരോ ദിവസവും 3 billion tokens generate ചെയ്യും, Llama 3.1 70B H200 SXM-ൽ. എത്ര GPU വേണ്ടി വരും?",
     {"tokens_per_day": 3e9}),
    ("800 users ഒരേസമയം ഉണ്ടാകും, Llama 3 70B H100 SXM-ൽ എത്ര GPU വേണം?", {"concurrent_users": 800}),
    # growth: doubling, a time from now
    ("ഞങ്ങളുടെ users ഓരോ 6 മാസത്തിലും double ആകുന്നു, ഇപ്പൊ 80k DAU. 12 മാസം കഴിഞ്ഞ് എത്ര GPU? ഒരാൾ ദിവസം 4 queries",
     {"doubling_months": 6, "users": 8e4, "period_months": 12, "queries_per_user": 4}),
    # counts after what they count, prices, budgets
    ("Office-ൽ L40S 12 എണ്ണം ഉണ്ട്, Llama 3.1 8B ഓടിക്കണം. 30 ദിവസം 24x7 ഓടിയാൽ എത്ര units current?",
     {"gpus": 12}),
    ("Series A close ആയി ₹30 കോടി, അതിൽ പകുതി GPU-ക്ക്. H100 SXM ഒന്നിന് ₹28 lakh. എത്ര card വാങ്ങാം?",
     {"budget_share": 0.5}),
    ("₹20 കോടി-ക്ക് എത്ര H100 SXM കിട്ടും? H100 SXM ഒന്നിന് ₹27 lakh.",
     {"budget_usd": pytest.approx(2e8 / INR)}),
    ("DGX H100 ഒരെണ്ണത്തിന് dealer ₹3.6 Cr പറഞ്ഞു. മൂന്ന് units വാങ്ങിയാൽ 8% discount. total എത്ര?",
     {"server_price_usd": pytest.approx(3.6e7 / INR), "servers": 3, "discount": 0.08}),
    ("Singapore-ലെ ഒരു cloud H200 SXM $3.10/hr-ന് തരാം എന്ന്. ഇവിടെ ₹260/hr ആണ്, 1$ = ₹85. 32 GPU, 2 മാസം വേണം. ഏതാ ലാഭം?",
     {"gpus": 32, "local_per_usd": 85}),
    # electricity: a rate per unit, a per-GPU power
    ("H100 SXM 32 എണ്ണം ഉണ്ട്, GPU ഒന്നിന് 700W, PUE 1.3. unit-ന് ₹8 ആണ്. മാസം current bill എത്ര?",
     {"gpus": 32, "watts_per_gpu": 700, "pue": 1.3, "electricity_usd_per_kwh": pytest.approx(8 / INR)}),
    # training: a run's days, a speedup, MFU raised
    ("ഞങ്ങളുടെ run A100 80GB 64 എണ്ണത്തിൽ 30% MFU-ൽ 14 ദിവസം എടുത്തു. MFU 50% ആക്കിയാൽ എത്ര ദിവസം?",
     {"gpus": 64, "days": 14, "mfu": 0.3, "mfu_to": 0.5}),
    ("Vendor പറയുന്നു B200 H100 SXM-നേക്കാൾ 3x fast ആണെന്ന്. H100-ൽ 30 ദിവസം എടുക്കുന്ന job B200-ൽ എത്ര ദിവസം?",
     {"speedup": 3, "days": 30}),
    ("Mistral 7B 1T tokens-ൽ train ചെയ്യണം, H100 SXM 128 എണ്ണം ഉണ്ട്, MFU 40%. എത്ര ദിവസം എടുക്കും?",
     {"gpus": 128, "mfu": 0.4}),
])
def test_malayalam_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "ഞങ്ങൾക്ക് 2 ലക്ഷം users ഉണ്ട്, എത്ര H100 വേണം?", "ദിവസം ൫൦ ആയിരം ചോദ്യങ്ങൾ", "വൈദ്യുതി യൂണിറ്റ്-ന് ₹8",
])
def test_malayalam_is_detected(q: str) -> None:
    assert malayalam.said_in_malayalam(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                          # English
    "எங்கள் app-க்கு 20 லட்சம் DAU, எத்தனை H100 வேண்டும்?",                      # Tamil
    "మా app కి 20 లక్షల DAU, H100 ఎన్ని కావాలి?",                               # Telugu
    "ನಮ್ಮ app ಗೆ ದಿನಕ್ಕೆ 5 ಲಕ್ಷ queries, ಎಷ್ಟು H100 ಬೇಕು?",                       # Kannada
    "हमारे 2 लाख users हैं, कितने H100 चाहिए?",                                  # Hindi
])
def test_other_languages_are_not_malayalam(q: str) -> None:
    assert not malayalam.said_in_malayalam(q)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("ഞങ്ങളുടെ app-ന് ൨ ലക്ഷം users ഉണ്ട്, ഓരോ user-ഉം ദിവസം 10 queries, ഓരോ 4 മാസത്തിലും double ആകുന്നു. "
            "H100-ൽ എത്ര GPU വേണം? GPU ഒന്നിന് 700W, unit-ന് ₹8. ") * 20
    text = text[:2000]
    assert len(text) == 2000
    start = time.process_time()
    malayalam.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5
