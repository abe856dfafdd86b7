"""Bengali in its own script (calc/bengali), as Bangladeshi and West Bengal engineers type it with English
product names between: its digits (০-৯), its scale words (হাজার, লাখ, লক্ষ, কোটি, ট্রিলিয়ন), a period or a
basis said before its amount ("দিনে ৮ কোটি token", "ঘণ্টায় $৩.২", "ইউনিট প্রতি ১১ টাকা", "নোড প্রতি ৮
GPU"), a count said after what it counts ("কার্ড ১২৮টা", "A100 80GB লাগে ৩২টা"), taka (টাকা, ৳) and rupees
(টাকা beside ₹ in a West Bengal message), a stated exchange rate ("১ ডলার = ১২০ টাকা", "ডলার রেট ১২১")."""

from __future__ import annotations

import pytest

from calc import bengali, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("আমাদের app-এর DAU প্রায় ১২ লাখ, প্রতি ইউজার দিনে ৫টা প্রশ্ন, prompt ৮০০ token, উত্তর ৩০০ token। "
     "Llama 3.1 8B L40S-এ কয়টা লাগবে?",
     {"users": 1.2e6, "queries_per_user": 5, "input_tokens": 800, "output_tokens": 300}),
    ("H200 SXM কার্ড ১২৮টা দিয়ে 70B model ৫ ট্রিলিয়ন token-এ ট্রেন করবো, MFU ৩৮% ধরে কত দিন লাগবে?",
     {"gpus": 128, "train_tokens": 5e12, "mfu": 0.38}),
    ("২৫৬টা H100 SXM, প্রতি GPU ৭০০ W, PUE ১.৩। বিদ্যুৎ ইউনিট প্রতি ১১ টাকা হলে মাসে বিল কত? "
     "১ ডলার = ১২০ টাকা",
     {"gpus": 256, "watts_per_gpu": 700, "pue": 1.3, "local_per_usd": 120,
      "electricity_usd_per_kwh": pytest.approx(11 / 120)}),
    ("ঘণ্টায় $৩.২ দরে ৬৪টা H100 SXM ৩ মাস ভাড়া নিলে মোট কত খরচ?", {"rent_usd_per_hour": 3.2, "gpus": 64}),
    # (rupees: টাকা beside ₹ in a West Bengal message)
    ("কলকাতা অফিসের বাজেট ₹২০ কোটি, H100 SXM প্রতিটা $২৫,০০০ হলে কয়টা কেনা যাবে? (১ ডলার = ৮৪ টাকা)",
     {"local_per_usd": 84, "price_usd": 25000, "budget_usd": pytest.approx(2e8 / 84)}),
    ("একসাথে ২০ হাজার user থাকবে, Llama 3 70B, H100 SXM কয়টা লাগবে?", {"concurrent_users": 20000}),
    ("দিনে ৮ কোটি output token, Mistral 7B, L4 কয়টা লাগবে?", {"tokens_per_day": 8e7}),
    ("সেকেন্ডে ২৫০ request আসে, peak ৩ গুণ। Llama 3.1 8B, A100 80GB কয়টা?", {"qps": 250, "peak_factor": 3}),
    ("বাজেট ৫০ কোটি টাকা, ডলার রেট ১২১। H100 SXM প্রতিটা $৩০,০০০ হলে কয়টা কেনা যাবে?",
     {"local_per_usd": 121, "budget_usd": pytest.approx(5e8 / 121), "price_usd": 30000}),
    ("ট্রাফিক প্রতি ৬ মাসে দ্বিগুণ হচ্ছে। এখন A100 80GB লাগে ৩২টা। ৩ বছর পরে কয়টা লাগবে?",
     {"doubling_months": 6, "gpus": 32, "period_months": 36}),
    ("ইউজার বছরে ৫০% বাড়ছে, এখনকার ৪০টা GPU ৩ বছরে কয়টা হওয়া দরকার?",
     {"growth_rate_year": 0.5, "gpus": 40, "period_months": 36}),
    ("Qwen2.5 72B, H200 SXM, নোড প্রতি ৮ GPU। দিনে ২ লাখ request, প্রতিটায় ইনপুট ১০০০ টোকেন, "
     "আউটপুট ২০০ টোকেন। কয়টা node?",
     {"gpus_per_server": 8, "queries_per_day": 2e5, "input_tokens": 1000, "output_tokens": 200}),
    ("L40S ভাড়া GPU-hour প্রতি $০.৯, ২০,০০০ GPU-hour লাগবে। মোট কত টাকা? রেট ১২২",
     {"rent_usd_per_hour": 0.9, "gpu_hours": 20000, "local_per_usd": 122}),
    # (taka by their sign, at the catalog's rate)
    ("আমরা প্রতি user থেকে মাসে ৳১৪৯ নেব, ২ লাখ subscriber, প্রত্যেকে দিনে ১০টা message। Llama 3.1 8B L4-এ "
     "চালালে লাভ থাকবে?", {"users": 2e5, "queries_per_user": 10}),
    ("১ ডলার = ১২২ টাকা ধরে, বিদ্যুৎ ইউনিটে ১০ টাকা, ৫১২টা H100 SXM প্রতি GPU ১ kW, PUE ১.৪ - বছরে বিল কত?",
     {"local_per_usd": 122, "electricity_usd_per_kwh": pytest.approx(10 / 122), "gpus": 512}),
    ("B200 H100-এর চেয়ে ৪ গুণ দ্রুত হলে, ২৫৬টা H100 SXM-এ ৩০ দিনের run ১২৮টা B200-এ কত দিনে হবে?",
     {"speedup": 4, "from_gpus": 256, "gpus": 128, "days": 30}),
    ("প্রতিটি কার্ডের দাম ২৮ লাখ টাকা, বাজেট ১০ কোটি টাকা, রেট ১২০। কয়টি H100 SXM কেনা যাবে?",
     {"price_usd": pytest.approx(28e5 / 120), "budget_usd": pytest.approx(1e8 / 120), "local_per_usd": 120}),
    ("প্রতি ঘণ্টায় $২ করে ১২৮টি H100 SXM ভাড়া নিয়ে Llama 3 70B ১৫ ট্রিলিয়ন টোকেনে ট্রেন করতে "
     "কত দিন আর কত খরচ? MFU ৪০%", {"rent_usd_per_hour": 2, "gpus": 128, "train_tokens": 1.5e13, "mfu": 0.4}),
    # (the digits and the letters a keyboard may type precomposed: য় as one character)
    ("DAU প্রা\u09df ১২ লাখ, প্রতি ইউজার দিনে ৫টা প্রশ্ন। Llama 3.1 8B, L4 ক\u09dfটা লাগবে? "
     "ঘণ্টা\u09df $১.১ ভাড়া",
     {"users": 1.2e6, "queries_per_user": 5, "rent_usd_per_hour": 1.1}),
    # (guards: read as before, no Bengali in them)
    ("हमारे 20 लाख DAU हैं, हर user दिन में 6 queries करता है. Llama 3.1 8B को L4 पर चलाना है, "
     "कितने GPU लगेंगे?",
     {"users": 2e6, "queries_per_user": 6}),
    ("how many H100s for 100M users, 10 queries a day each, at $2.5 an hour?",
     {"users": 1e8, "queries_per_user": 10, "rent_usd_per_hour": 2.5}),
])
def test_bengali_readings(q, expect):
    assert_params(q, expect)


def test_taka_are_rupees_only_when_the_message_writes_rupees():
    # "টাকা" is taka in Bangladesh; a West Bengal message writing ₹ says its rupees টাকা too
    taka = parse("বাজেট ৫০ কোটি টাকা, ১ ডলার = ১২১ টাকা। H100 SXM কয়টা কেনা যাবে?")
    assert taka.params["local_code"] == "bdt"
    rupees = parse("বাজেট ₹৫০ কোটি, ১ ডলার = ৮৪ টাকা। H100 SXM কয়টা কেনা যাবে?")
    assert rupees.params["local_code"] == "inr"


def test_each_character_keeps_its_position():
    # a span is quoted as the user wrote it, with the script's digits
    stated = {s.param: s.text for s in parse("দিনে ৮ কোটি output token, Mistral 7B, L4 কয়টা লাগবে?").stated}
    assert stated["tokens_per_day"] == "দিনে ৮ কোটি output token"
    q = "আমাদের DAU প্রায় ১২ লাখ"
    out, where = bengali.in_english(q, list(range(len(q))))
    assert len(out) == len(where) and all(0 <= i < len(q) for i in where)
    assert "12 lakh" in out


def test_only_bengali_letters_are_read():
    assert bengali.said_in_bengali("DAU প্রায় ১২ লাখ")
    assert not bengali.said_in_bengali("हमारे 20 लाख DAU हैं")
    assert not bengali.said_in_bengali("how many H100s for 100M users?")
    # (romanised Bangla with the taka's sign is read by calc/bangla alone)
    assert not bengali.said_in_bengali("biddut er dam ৳14 per unit, $1 = 121 taka")
