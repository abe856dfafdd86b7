"""Telugu in its own script (calc/telugu), as engineers in Hyderabad, Vijayawada and Vizag type it with English
terms between: its digits (౦-౯), number words and scale words (వేల, లక్షలు, కోట్లు, మిలియన్, ట్రిలియన్),
rupees and dollars said in words (రూపాయలు, డాలర్లు), a period or a basis said before its amount ("రోజుకు 40 కోట్ల
tokens", "గంటకు $3.1", "యూనిట్ కు 8 రూపాయలు", "ఒక్కో GPU-కి 750 W"), a count said after what it counts ("A100
80GB cards ౩౨", "H100లు ౧౨౮"), and the case endings glued to English words ("L4లో", "GPU-కి", "H100లు")."""

from __future__ import annotations

import pytest

from calc import parse, telugu
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # users, queries a day, the prompt and the reply
    ("మా portal కి 15 లక్షల DAU, ఒక్కొక్కరు రోజుకు 8 queries, prompt 1,200 tokens, reply 250 tokens. "
     "Llama 3.1 8B ని L40S లో నడపాలంటే ఎన్ని GPUs కావాలి?",
     {"users": 1.5e6, "queries_per_user": 8, "input_tokens": 1200, "output_tokens": 250}),
    # the plural glued on, Telugu digits, a basis before its amount, rupees said in words
    ("H100లు ౧౨౮ ఉన్నాయి, ఒక్కో GPU-కి 750 W, PUE 1.25. యూనిట్ కు 8 రూపాయలు అయితే నెలకు కరెంట్ బిల్లు ఎంత?",
     {"gpus": 128, "watts_per_gpu": 750, "pue": 1.25, "electricity_usd_per_kwh": pytest.approx(8 / 85.5)}),
    ("మా బడ్జెట్ 30 కోట్ల రూపాయలు, 1 డాలర్ = 85 రూపాయలు. MI300X ఒక్కోటి $18,000 అయితే ఎన్ని కొనగలం?",
     {"budget_usd": pytest.approx(3e8 / 85), "local_per_usd": 85, "price_usd": 18000}),
    ("H200 SXM అద్దె గంటకు $3.1, 96 GPUs ని 4 నెలలు వాడితే మొత్తం ఎంత?",
     {"rent_usd_per_hour": 3.1, "gpus": 96, "days": pytest.approx(121.75)}),
    ("రోజుకు 40 కోట్ల output tokens, Mistral 7B, L4లో. ఎన్ని cards సరిపోతాయి?", {"tokens_per_day": 4e8}),
    ("Qwen2.5 72B ని 8 వేల మంది concurrent users కి H100 SXM మీద serve చేయాలి. ఎన్ని GPUs?",
     {"concurrent_users": 8000}),
    ("సెకనుకు 1,500 requests వస్తాయి, Llama 3.1 8B, A100 80GB. ఎన్ని GPUs?", {"qps": 1500}),
    ("ఒక్కో card కి ₹30 లక్షలు, మొత్తం 2 మిలియన్ డాలర్ల బడ్జెట్. H100 SXM ఎన్ని వస్తాయి? 1 USD = 84 INR.",
     {"price_usd": pytest.approx(3e6 / 84), "budget_usd": 2e6, "local_per_usd": 84}),
    ("70B model ని 3 ట్రిలియన్ tokens మీద H100 SXM 2,048 GPUs తో train చేస్తే ఎన్ని రోజులు? MFU 42%.",
     {"params": 7e10, "train_tokens": 3e12, "gpus": 2048, "mfu": 0.42}),
    # a growth a year, a doubling, the horizon
    ("మా users ఏడాదికి 70% పెరుగుతున్నారు, ఇప్పుడు L40S cards 48. 2 సంవత్సరాల తర్వాత ఎన్ని కావాలి?",
     {"growth_rate_year": 0.7, "gpus": 48, "period_months": 24}),
    ("traffic ప్రతి 5 నెలలకు రెట్టింపు అవుతుంది. ఇప్పుడు 64 A100 80GB. 20 నెలల్లో ఎన్ని?",
     {"doubling_months": 5, "gpus": 64, "period_months": 20}),
    ("మా దగ్గర A100 80GB cards ౩౨ ఉన్నాయి. Llama 2 13B fp16 లో serve చేస్తే సెకనుకు ఎన్ని tokens?", {"gpus": 32}),
    ("GPU-hour కి $2.4 అద్దెతో 80,000 GPU hours కి ఎంత ఖర్చు?", {"rent_usd_per_hour": 2.4, "gpu_hours": 80000}),
    ("ఒక్కో node లో 8 H100లు, మొత్తం 24 nodes. ఏడాదికి ఎన్ని MW?", {"gpus_per_server": 8, "servers": 24}),
    # number words, from one count to another
    ("పది లక్షల నుండి ఒక కోటి users కి పెంచాలి. Llama 3 8B, L4, ఒక్కో user రోజుకు 4 queries. GPUs ఎన్ని?",
     {"users": 1e6, "users_to": 1e7, "queries_per_user": 4}),
    ("రోజుకు ఐదు లక్షల మంది users, ఒక్కొక్కరు 6 questions. Llama 3.1 8B, L4 ఎన్ని?",
     {"users": 5e5, "queries_per_user": 6}),
    ("ఒక్కో chat లో 4 turns, రోజుకు 2 లక్షల chats. ఒక్కో turn కి prompt 500 tokens, reply 150 tokens. "
     "Gemma 2 27B, L40S ఎన్ని?",
     {"turns_per_session": 4, "queries_per_day": 2e5, "input_tokens": 500, "output_tokens": 150}),
    ("NVIDIA వాళ్ళు B200, H100 SXM కంటే 2.5x fast అంటున్నారు. మా H100 మీద 50 రోజులు పట్టిన run B200 మీద "
     "ఎన్ని రోజులు?", {"speedup": 2.5, "days": 50}),
    ("MFU ఇప్పుడు 30%. MFU 45% కి పెంచితే 60 days run ఎన్ని రోజులకు తగ్గుతుంది? H100 SXM.",
     {"mfu": 0.3, "mfu_to": 0.45, "days": 60}),
    ("user కి నెలకు ₹399 తీసుకుంటాం. 2 లక్షల users, ఒక్కొక్కరు రోజుకు 15 queries. Llama 3.1 8B, L4.",
     {"usd_per_user_month": pytest.approx(399 / 85.5), "users": 2e5, "queries_per_user": 15}),
    ("TTFT 1.5 సెకన్లలోపు, 800 concurrent users, Llama 3 70B, H200 SXM. ఎన్ని GPUs?",
     {"ttft_ms": 1500, "concurrent_users": 800}),
    ("మాకు 25 MW power వస్తుంది, PUE 1.2. GB200 NVL72 racks ఎన్ని పెట్టొచ్చు?", {"power_mw": 25, "pue": 1.2}),
    ("రూ. 12 కోట్ల బడ్జెట్ తో L40S cards ఎన్ని కొనొచ్చు? ఒక్కో card ₹7.5 లక్షలు.",
     {"budget_usd": pytest.approx(1.2e8 / 85.5), "price_usd": pytest.approx(7.5e5 / 85.5)}),
    # (guards: read as before, no Telugu in them)
    ("দিনে ৮ কোটি output token, Mistral 7B, L4 কয়টা লাগবে?", {"tokens_per_day": 8e7}),
    ("हमारे 20 लाख DAU हैं, हर user दिन में 6 queries करता है. Llama 3.1 8B को L4 पर चलाना है, "
     "कितने GPU लगेंगे?", {"users": 2e6, "queries_per_user": 6}),
    ("how many H100s for 100M users, 10 queries a day each, at $2.5 an hour?",
     {"users": 1e8, "queries_per_user": 10, "rent_usd_per_hour": 2.5}),
])
def test_telugu_readings(q, expect):
    assert_params(q, expect)


def test_each_character_keeps_its_position():
    # a span is quoted as the user wrote it, with the script's digits and its words
    q = "రోజుకు ౫౦ కోట్ల output tokens, Mistral 7B, L4 ఎన్ని?"
    stated = {s.param: s.text for s in parse(q).stated}
    assert stated["tokens_per_day"] == "రోజుకు ౫౦ కోట్ల output tokens"
    out, where = telugu.in_english(q, list(range(len(q))))
    assert len(out) == len(where) and all(0 <= i < len(q) for i in where)
    assert "50 crore output tokens a day" in out


def test_only_telugu_letters_are_read():
    assert telugu.said_in_telugu("మా app కి 20 లక్షల DAU")
    assert telugu.said_in_telugu("L4 cluster లో ౪౦౦ GPUs")
    assert not telugu.said_in_telugu("हमारे 20 लाख DAU हैं")
    assert not telugu.said_in_telugu("DAU প্রায় ১২ লাখ")
    assert not telugu.said_in_telugu("ஒரு நாளைக்கு 3 கோடி requests")
    assert not telugu.said_in_telugu("how many H100s for 100M users?")
