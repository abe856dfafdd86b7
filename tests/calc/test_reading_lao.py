"""Lao in its own script (calc/lao), as engineers and founders in Vientiane type it on WhatsApp with English
terms between: Lao digits, scale words after the number or after a number said in words ("໓ແສນ", "ຫ້າແສນ",
"1.5 ຕື້"), the counters ("16 ກາດ", "໘ ໃບ", "2 ເຄື່ອງ", "ຄົນ"), the basis said before an amount ("ເຄື່ອງລະ
$300k", "ກາດລະ 700W", "ຄົນລະ"), the period said after it ("ຕໍ່ມື້", "/ຊົ່ວໂມງ"), and kip ("ກີບ", "₭")
converted at the rate stated."""

from __future__ import annotations

import time

import pytest

from calc import lao, parse, thai
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # daily users in hundred thousands (Lao digits), each one's questions a day
    ("ບໍລິສັດເຮົາມີຜູ້ໃຊ້ ໓ແສນ ຄົນຕໍ່ມື້, ຄົນລະ 6 ຄຳຖາມ/ມື້, prompt 700 tokens, ຕອບ 200 tokens. "
     "Llama 3.1 8B ເທິງ L4 ຕ້ອງໃຊ້ຈັກກາດ?",
     {"users": 3e5, "queries_per_user": 6, "input_tokens": 700, "output_tokens": 200}),
    # a number said in words before its scale word
    ("app ມີ ຫ້າແສນ DAU, ຄົນລະ 3 requests/ມື້, output 300 tokens, Qwen2.5 7B ເທິງ L40S ຈັກໃບ?",
     {"users": 5e5, "queries_per_user": 3, "output_tokens": 300}),
    # machines counted with "ເຄື່ອງ", each one's price said after "ເຄື່ອງລະ", a discount
    ("ຊື້ DGX H100 3 ເຄື່ອງ, ເຄື່ອງລະ $300k, ຫຼຸດໃຫ້ 10%, ລວມທັງໝົດເທົ່າໃດ?",
     {"servers": 3, "server_price_usd": 3e5, "discount": 0.1}),
    # a budget in kip (billions), the rate said as kip to the dollar, a price per card
    ("ມີງົບ 1.5 ຕື້ກີບ (21,500 ກີບ/$), L40S ລາຄາກາດລະ $8,000 ຊື້ໄດ້ຈັກກາດ?",
     {"budget_usd": pytest.approx(1.5e9 / 21500), "price_usd": 8000, "local_per_usd": 21500}),
    # electricity in kip per kWh, the rate said as "ໂດລາລະ", the power of each card
    ("ມີ H100 16 ກາດ, ກິນໄຟກາດລະ 700W, PUE 1.3, ຄ່າໄຟ 1,000 ກີບ/kWh, ໃຊ້ 6 ເດືອນ ຈ່າຍຈັກໂດລາ? "
     "(ໂດລາລະ 20,000 ກີບ)",
     {"gpus": 16, "watts_per_gpu": 700, "pue": 1.3, "electricity_usd_per_kwh": 0.05, "local_per_usd": 20000,
      "days": 182.625}),
    # a rent per hour in dollars, a total in kip
    ("ເຊົ່າ H100 $2/ຊົ່ວໂມງ, job 5,000 GPU-hours, ເປັນເງິນກີບຈັກລ້ານ? (1 USD = 21,000 ₭)",
     {"rent_usd_per_hour": 2, "gpu_hours": 5000, "local_per_usd": 21000}),
    # a speedup against the old card, the old run's cards and days
    ("B200 ໄວກວ່າ H100 ປະມານ 2x. ເທຣນເທິງ H100 64 ກາດ ໝົດ 40 ມື້, ຖ້າປ່ຽນມາ B200 64 ໂຕ ຈະໃຊ້ຈັກມື້?",
     {"speedup": 2, "from_gpus": 64, "gpus": 64, "days": 40}),
    # users now and the target within months
    ("ຕອນນີ້ມີ user 30,000 ຄົນ, ເປົ້າໝາຍ 500k ຄົນ ພາຍໃນ 12 ເດືອນ, Llama 3 8B ເທິງ L4, ຄົນລະ 5 prompts/ມື້, "
     "ຕ້ອງມີຈັກກາດ?",
     {"users": 3e4, "users_to": 5e5, "period_months": 12, "queries_per_user": 5}),
    # demand doubling every so many months, a horizon in years
    ("traffic x2 ທຸກໆ 4 ເດືອນ, ຕອນນີ້ໃຊ້ A100 80GB 8 ກາດ, ອີກ 1 ປີ ຕ້ອງມີຈັກກາດ?",
     {"doubling_months": 4, "gpus": 8, "period_months": 12}),
    # a peak said against the average, tokens of a day in millions
    ("ຕ້ອງ gen 300 ລ້ານ tokens ຕໍ່ມື້, peak ສູງກວ່າສະເລ່ຍ 3 ເທົ່າ, Llama 3.1 70B fp8 ເທິງ H100 SXM ຈັກກາດ?",
     {"tokens_per_day": 3e8, "peak_factor": 3}),
])
def test_lao_questions_are_read(q: str, expect: dict[str, float]) -> None:
    assert_params(q, expect)


def test_kip_is_lak() -> None:
    req = parse("ມີງົບ 1.5 ຕື້ກີບ (21,500 ກີບ/$), L40S ລາຄາກາດລະ $8,000 ຊື້ໄດ້ຈັກກາດ?")
    assert req.params.get("local_code") == "lak"


@pytest.mark.parametrize("q", ["ຜູ້ໃຊ້ 2 ແສນຄົນ", "ຕ້ອງການ H100 ຈັກໃບ?", "21,000 ₭ ກີບ", "໑໒ ກາດ"])
def test_lao_is_detected(q: str) -> None:
    assert lao.said_in_lao(q)


@pytest.mark.parametrize("q", [
    "how many H100 for 2M DAU, 20 chats a day each?",                     # English
    "มีผู้ใช้ 8 แสนคนต่อวัน ต้องใช้กี่การ์ด?",                                   # Thai
    "๑๒ การ์ด, ค่าไฟ 4 บาท/หน่วย",                                           # Thai digits
    "ក្រុមហ៊ុនមានអ្នកប្រើ ៤សែននាក់",                                            # Khmer
])
def test_other_languages_are_not_lao(q: str) -> None:
    assert not lao.said_in_lao(q)


def test_thai_is_not_read_as_lao() -> None:
    q = "มีผู้ใช้ 8 แสนคนต่อวัน คนละ 5 ครั้ง ต้องใช้กี่การ์ด H100?"
    assert thai.said_in_thai(q) and not lao.said_in_lao(q)
    lao_q = "ຜູ້ໃຊ້ 2 ແສນຄົນ, ຕ້ອງການ H100 ຈັກໃບ?"
    assert lao.said_in_lao(lao_q) and not thai.said_in_thai(lao_q)


def test_lao_digits_and_scale_words_are_read() -> None:
    text = "໑໖ ກາດ, ໒ແສນ໕ໝື່ນ tickets, ໓ແສນ DAU, 1.2 ຕື້ tokens, ສີ່ແສນ users"
    out, pos = lao.in_english(text, list(range(len(text))))
    assert "16 cards" in out and "250 thousand tickets" in out and "300 thousand DAU" in out
    assert "1.2 billion tokens" in out and "400 thousand users" in out and len(pos) == len(out)


def test_decomposed_letters_are_read() -> None:
    # (NFKC writes "ໝ" as "ຫມ" and "ຳ" as "ໍາ": both forms are read)
    text = "3ຫມື່ນ ຄໍາຖາມ"
    out, _ = lao.in_english(text, list(range(len(text))))
    assert "30 thousand" in out and "questions" in out


def test_a_long_message_is_rewritten_quickly() -> None:
    text = ("ບໍລິສັດເຮົາມີຜູ້ໃຊ້ ໓ແສນ ຄົນຕໍ່ມື້ ຄົນລະປະມານ ໒໐໐໐ tokens output ຕໍ່ມື້, ເຊົ່າ H100 "
            "45,000 ກີບ/ຊົ່ວໂມງ (21,500 ກີບ/$), ເຄື່ອງລະ 8 ກາດ. ຕ້ອງໃຊ້ຈັກກາດ? " * 30)[:2000]
    assert len(text) == 2000
    start = time.process_time()
    out, pos = lao.in_english(text, list(range(len(text))))
    parse(text)
    spaces = "ກາດລະ" + " " * 1990 + "ລະ 5"
    lao.in_english(spaces, list(range(len(spaces))))
    assert time.process_time() - start < 5 and len(pos) == len(out)
