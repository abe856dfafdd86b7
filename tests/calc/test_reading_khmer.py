"""Khmer in its own script (calc/khmer), as engineers and founders in Phnom Penh type it on Telegram with English
terms between: Khmer digits, scale words after the number, compounded or not ("៤សែន", "៣ម៉ឺន៥ពាន់", "1 ពាន់លាន"),
the counters ("8 កាត", "២ គ្រឿង", "នាក់"), the basis said before an amount ("មួយគ្រឿង $300k", "មួយគ្រឿង 8 កាត"),
the period said after it ("ក្នុងមួយថ្ងៃ", "/ម៉ោង"), and riel ("៛", "រៀល") converted at the rate stated."""

from __future__ import annotations

import time

import pytest

from calc import khmer, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # daily users in hundred thousands, each one's questions a day
    ("ក្រុមហ៊ុនយើងមានអ្នកប្រើ ៤សែននាក់ក្នុងមួយថ្ងៃ ម្នាក់សួរប្រហែល 6 ដង/ថ្ងៃ, prompt 700 tokens, answer 200 tokens។ "
     "Llama 3.1 8B លើ L4 ត្រូវការប៉ុន្មានកាត?",
     {"users": 4e5, "queries_per_user": 6, "input_tokens": 700, "output_tokens": 200}),
    # a rent per hour per card, the total in riel at the rate stated
    ("ជួល H100 $2.1/ម៉ោង/កាត, ត្រូវការ 3,000 GPU-hours។ អស់ប៉ុន្មានដុល្លារ? ជារៀលប៉ុន្មាន? (1$ = 4,050៛)",
     {"rent_usd_per_hour": 2.1, "gpu_hours": 3000, "local_per_usd": 4050}),
    # machines counted with "គ្រឿង", each one's price said before it
    ("ទិញ DGX H100 ២ គ្រឿង, មួយគ្រឿង $300k, discount 10%។ សរុបប៉ុន្មាន?",
     {"servers": 2, "server_price_usd": 3e5, "discount": 0.1}),
    # a budget in riel (a thousand million), a price in dollars per card
    ("មានថវិកា 1 ពាន់លានរៀល (4,000៛/$), ទិញ L40S តម្លៃ 8,000 ដុល្លារមួយកាត បានប៉ុន្មានកាត?",
     {"budget_usd": 2.5e5, "price_usd": 8000, "local_per_usd": 4000}),
    # electricity in riel per kWh, the rate said as riel to one dollar, cards per machine
    ("យើងមាន server 3 គ្រឿង, មួយគ្រឿង 8 កាត H100, ភ្លើង 900 រៀល/kWh (អត្រា 4,000 រៀល = 1$), PUE 1.4។ "
     "មួយខែអស់ប៉ុន្មាន?",
     {"servers": 3, "gpus_per_server": 8, "electricity_usd_per_kwh": 0.225, "local_per_usd": 4000, "pue": 1.4}),
    # a compounded count of a day (35 thousand), the turns of each conversation
    ("chatbot មួយថ្ងៃមាន ៣ម៉ឺន៥ពាន់ conversations, conversation មួយជជែក 5 turns, input 500 tokens output 100 tokens។ "
     "Qwen2.5 7B លើ L40S ប៉ុន្មានកាត?",
     {"queries_per_day": 35000, "turns_per_session": 5, "input_tokens": 500, "output_tokens": 100}),
    # users grown to in so many months
    ("users ឥឡូវ 20k DAU, target 300k ក្នុង 12 ខែ។ Llama 3 8B លើ L4, ម្នាក់ 5 prompts/ថ្ងៃ។ ត្រូវការ L4 ប៉ុន្មាន?",
     {"users": 2e4, "users_to": 3e5, "period_months": 12, "queries_per_user": 5}),
    # a speedup said against the old card, the old run's cards and days
    ("B200 លឿនជាង H100 ប្រហែល 2x។ train លើ H100 ចំនួន 128 កាត អស់ 30 ថ្ងៃ។ បើប្តូរទៅ B200 ចំនួន 64 កាត វិញ "
     "ប៉ុន្មានថ្ងៃ?",
     {"speedup": 2, "from_gpus": 128, "gpus": 64, "days": 30}),
    # demand doubling every so many months, a horizon in years
    ("Traffic កើនទ្វេដងរៀងរាល់ 6 ខែ។ ឥឡូវប្រើ A100 80GB 16 កាត, 2 ឆ្នាំក្រោយត្រូវប៉ុន្មានកាត?",
     {"doubling_months": 6, "gpus": 16, "period_months": 24}),
    # users in all (millions), a peak against the average
    ("Llama 3.1 70B fp8 លើ H100 SXM, users សរុប 2 លាន, ម្នាក់ 3 queries/ថ្ងៃ, output 300 tokens។ "
     "peak ខ្ពស់ជាង average 4x។ ត្រូវការប៉ុន្មានកាត?",
     {"users": 2e6, "queries_per_user": 3, "output_tokens": 300, "peak_factor": 4}),
    # a rent in riel per hour
    ("ជួល H100 ពី cloud 9,000 រៀល/ម៉ោង (4,100៛/$), job 2,000 GPU-hours ថ្លៃប៉ុន្មានដុល្លារ?",
     {"rent_usd_per_hour": pytest.approx(9000 / 4100), "gpu_hours": 2000, "local_per_usd": 4100}),
])
def test_khmer_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_riel_is_khr() -> None:
    req = parse("ជួល H100 ពី cloud 9,000 រៀល/ម៉ោង (4,100៛/$), job 2,000 GPU-hours ថ្លៃប៉ុន្មានដុល្លារ?")
    assert req.params.get("local_code") == "khr"


@pytest.mark.parametrize("q", ["users ៣សែន", "ត្រូវការប៉ុន្មានកាត?", "4,100៛"])
def test_khmer_is_detected(q: str) -> None:
    assert khmer.said_in_khmer(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "มีผู้ใช้ 8 แสนคนต่อวัน ต้องใช้กี่การ์ด?",                                   # Thai
    "ຜູ້ໃຊ້ 2 ແສນຄົນ, ຕ້ອງການ H100 ຈັກໃບ?",                                  # Lao
    "DAU ලක්ෂ 2ක්, H100 කීයද?",                                              # Sinhala
])
def test_other_languages_are_not_khmer(q: str) -> None:
    assert not khmer.said_in_khmer(q)


def test_khmer_digits_and_scale_words_are_read() -> None:
    text = "១៦ កាត, ២ម៉ឺន៥ពាន់ tickets, ៣សែន DAU, 1.2 ពាន់លាន tokens"
    out, pos = khmer.in_english(text, list(range(len(text))))
    assert "16 cards" in out and "25 thousand tickets" in out and "300 thousand DAU" in out
    assert "1.2 billion tokens" in out and len(pos) == len(out)


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("យើងមានអ្នកប្រើ ១៥ម៉ឺននាក់ក្នុងមួយថ្ងៃ ម្នាក់ប្រើប្រហែល ២០០០ tokens output ក្នុងមួយថ្ងៃ, ជួល H100 "
            "4,500 រៀល/ម៉ោង (4,100៛/$), មួយគ្រឿង 8 កាត។ ត្រូវការប៉ុន្មានកាត? " * 30)[:2000]
    assert len(text) == 2000
    start = time.process_time()
    out, pos = khmer.in_english(text, list(range(len(text))))
    parse(text)
    assert time.process_time() - start < 5 and len(pos) == len(out)
