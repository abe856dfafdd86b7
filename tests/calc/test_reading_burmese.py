"""Burmese in the Myanmar script (calc/burmese), as engineers and founders in Yangon type it on Viber with English
terms between: Myanmar digits, scale words after the number or before it ("၅ သိန်း", "သိန်း ၁၀,၀၀၀", "ကျပ် သန်း ၉၀၀"),
the counters ("၁၆ ကတ်", "၃ လုံး", "၆ ခါ"), the basis said before an amount ("တစ်ကတ် $8k", "တစ်နာရီ ၉,၀၀၀ ကျပ်",
"တစ်ယောက်ကို တစ်ရက် ၆ ခါ"), and kyat ("ကျပ်", "MMK") converted at the rate stated."""

from __future__ import annotations

import time

import pytest

from calc import burmese, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # daily users in lakhs, each one's questions a day
    ("ကျွန်တော်တို့ bank app မှာ DAU ၅ သိန်းရှိတယ်၊ တစ်ယောက်ကို တစ်ရက် ၆ ခါမေးမယ်၊ prompt 800 tokens, answer 200 tokens။ "
     "Llama 3.1 8B ကို L4 ပေါ်မှာ ဘယ်နှစ်ကတ်လိုမလဲ?",
     {"users": 5e5, "queries_per_user": 6, "input_tokens": 800, "output_tokens": 200}),
    # a rent in kyat per hour, the rate stated as MMK to the dollar
    ("H100 ငှားခ တစ်နာရီ ၉,၀၀၀ ကျပ် (1 USD = 4,500 MMK)၊ 1,000 GPU-hours ဆို ဘယ်လောက်ကျမလဲ?",
     {"rent_usd_per_hour": 2.0, "gpu_hours": 1000, "local_per_usd": 4500}),
    # a budget in lakhs of kyat (the scale said before the number), a price per card said before it
    ("ဘတ်ဂျက် သိန်း ၁၀,၀၀၀ ရှိတယ်၊ ဒေါ်လာ ၁ = ၄,၀၀၀ ကျပ်။ L40S တစ်ကတ် $8k ဆို ဘယ်နှစ်ကတ်ဝယ်လို့ရမလဲ?",
     {"budget_usd": 2.5e5, "price_usd": 8000, "local_per_usd": 4000}),
    # machines counted with လုံး, each one's power, electricity in kyat per unit, the dollar's price in kyat
    ("DGX H100 ၃ လုံးရှိတယ်၊ တစ်လုံး 10.2 kW, PUE 1.5, လျှပ်စစ်ခ တစ်ယူနစ် ၄၀၀ ကျပ်၊ ဒေါ်လာဈေး 4,000 ဆို "
     "တစ်လ ဘယ်လောက်ကျမလဲ?",
     {"servers": 3, "watts_per_server": 10200, "pue": 1.5, "electricity_usd_per_kwh": 0.1, "local_per_usd": 4000}),
    # tickets a day in ten-thousands, the messages of each ticket
    ("တစ်ရက် ticket ၃ သောင်း၊ ticket တစ်ခုမှာ message ၅ ခါ၊ input 600 tokens, output 150 tokens, Qwen2.5 7B on L4 "
     "ဘယ်နှစ်ကတ်လဲ?",
     {"queries_per_day": 3e4, "turns_per_session": 5, "input_tokens": 600, "output_tokens": 150}),
    # doubling every so many months, a horizon in years
    ("Traffic က ၄ လတစ်ခါ နှစ်ဆတက်တယ်၊ ၂ နှစ်အတွင်း ဘယ်နှစ်ဆတက်မလဲ", {"doubling_months": 4, "period_months": 24}),
    # a budget in millions of kyat, the rate said as "to one dollar"
    ("ဘတ်ဂျက် ကျပ် သန်း ၉၀၀ ရှိတယ် (ဒေါ်လာ ၁ ကို ၄,၅၀၀)၊ H100 $2/hr နဲ့ ဘယ်နှစ် GPU-hours ရမလဲ",
     {"budget_usd": 2e5, "local_per_usd": 4500, "rent_usd_per_hour": 2}),
    # a speedup said against the old card, the old run's cards and days ("ကြာတဲ့": that took, no claim)
    ("B200 က H100 ထက် 3x မြန်တယ်၊ H100 ၂၅၆ ကတ်နဲ့ ၁၂ ရက်ကြာတဲ့ run ကို B200 ၆၄ ကတ်နဲ့ဆို ဘယ်နှစ်ရက်လဲ",
     {"speedup": 3, "from_gpus": 256, "days": 12, "gpus": 64}),
    # yuan in ten-thousands per card, the yuan's rate
    ("H20 ကို တစ်ကတ် ယွမ် ၁၀ သောင်း၊ ၁ ဒေါ်လာ = ၇.၂ ယွမ်။ ၁၆ ကတ်ဝယ်ရင် ဒေါ်လာ ဘယ်လောက်လဲ",
     {"price_cny": 1e5, "usd_cny": 7.2, "gpus": 16}),
    # an MFU raised to a new value, the old run's days
    ("Mixtral 8x7B ကို A100 80GB ၁၆ ကတ်နဲ့ MFU 30% ပဲရတယ်၊ 50% ထိတင်နိုင်ရင် 20 ရက်ကနေ ဘယ်လောက်လျော့မလဲ",
     {"mfu": 0.3, "mfu_to": 0.5, "days": 20, "gpus": 16}),
    # a compounded count (35 thousand), concurrent users counted with ယောက်
    ("user ၃ သောင်း ၅ ထောင်၊ တစ်ယောက် ၄ ခါ/ရက်, Qwen2.5 7B on L4 ဘယ်နှစ်ကတ်", {"users": 35000, "queries_per_user": 4}),
    ("concurrent user ၅၀၀ ယောက်လောက်ရှိမယ်၊ Llama 3.1 70B ကို H100 SXM fp8 နဲ့ ဘယ်နှစ်ကတ်လိုမလဲ", {"concurrent_users": 500}),
    # a budget in crores of kyat
    ("ဘတ်ဂျက် ၅ ကုဋေ ကျပ် ရှိတယ် (1 USD = 4,500 MMK)၊ H100 တစ်ကတ် $30k ဆို ဘယ်နှစ်ကတ်ရမလဲ",
     {"budget_usd": pytest.approx(5e7 / 4500), "price_usd": 30000}),
])
def test_burmese_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_kyat_is_mmk() -> None:
    req = parse("H100 ငှားခ တစ်နာရီ ၉,၀၀၀ ကျပ် (1 USD = 4,500 MMK)၊ 1,000 GPU-hours ဆို ဘယ်လောက်ကျမလဲ?")
    assert req.params.get("local_code") == "mmk"


@pytest.mark.parametrize("q", ["DAU ၃ သိန်း", "ဘယ်နှစ်ကတ်လိုမလဲ?", "၁၆ ကတ်"])
def test_burmese_is_detected(q: str) -> None:
    assert burmese.said_in_burmese(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "มีผู้ใช้ 8 แสนคนต่อวัน ต้องใช้กี่การ์ด?",                                   # Thai
    "users ប្រហែល ៣សែន DAU",                                                # Khmer
    "DAU ලක්ෂ 2ක්, H100 කීයද?",                                              # Sinhala
])
def test_other_languages_are_not_burmese(q: str) -> None:
    assert not burmese.said_in_burmese(q)


def test_burmese_digits_and_scale_words_are_read() -> None:
    text = "၁၆ ကတ်, ticket ၂ သောင်း, DAU ၃ သိန်း, ၁၂ သန်း MAU, 1.5 ဘီလီယံ tokens"
    out, pos = burmese.in_english(text, list(range(len(text))))
    assert "16 cards" in out and "20 thousand" in out and "3 lakh" in out and "12 million MAU" in out
    assert "1.5 billion tokens" in out and len(pos) == len(out)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("ကျွန်တော်တို့ DAU ၃ သိန်းလောက်၊ တစ်ယောက်ကို တစ်ရက် ၄ ခါ, H100 ငှားခ တစ်နာရီ ၁၁,၀၀၀ ကျပ် (1$ = 4,500 ကျပ်)၊ "
            "တစ်လုံး 8 ကတ်။ ဘယ်နှစ်ကတ်လိုမလဲ?       " * 30)[:2000]
    assert len(text) == 2000
    start = time.process_time()
    out, pos = burmese.in_english(text, list(range(len(text))))
    parse(text)
    assert time.process_time() - start < 5 and len(pos) == len(out)


def test_a_message_of_spaces_is_rewritten_quickly() -> None:
    text = "ကတ်" + " " * 2000 + "၁"
    start = time.process_time()
    out, pos = burmese.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
