"""Marathi in Devanagari (calc/marathi), as engineers in Pune, Mumbai and Nagpur type it with English terms
between: Devanagari digits, number and scale words (दहा लाख, कोटी, दशलक्ष, अब्ज), rupees and dollars said in
words (रुपये, डॉलर), a period or a basis said before its amount ("दिवसाला 40 कोटी output tokens", "तासाला $3.2",
"प्रत्येक GPU-साठी 700 W", "युनिटला ₹9"), each one's count or price ("प्रत्येकी रोज 15 queries", "प्रत्येकी
$15,000"), the case endings glued to English words and numbers ("H100चे", "L4वर", "सर्व्हरमध्ये", "कोटीला"), and
Marathi told from Hindi, which shares its script."""

from __future__ import annotations

import time

import pytest

from calc import marathi, parse
from tests.calc.reading_helpers import assert_params

INR = 85.5          # the catalog's rupees to the US$, where no rate is stated


@pytest.mark.parametrize("q,expect", [
    # users, each one's questions a day (the endings glued on: "L4वर")
    ("आमच्या app चे 30 लाख DAU आहेत, प्रत्येक user दिवसाला 6 प्रश्न विचारतो. Llama 3.1 8B L4वर चालवायचं तर "
     "किती GPU लागतील?", {"users": 3e6, "queries_per_user": 6}),
    ("अडीच लाख users, प्रत्येकजण दिवसाला 10 प्रश्न, उत्तर 200 tokens. Mistral 7B L4 वर किती GPUs?",
     {"users": 2.5e5, "queries_per_user": 10, "output_tokens": 200}),
    ("दहा लाख पासून एक कोटी users पर्यंत वाढायचं आहे. Llama 3 8B, L4, प्रत्येक user रोज 4 queries. किती GPUs?",
     {"users": 1e6, "users_to": 1e7, "queries_per_user": 4}),
    ("आमच्या chatbot ला 5 लाख MAU आहेत, त्यापैकी 20% रोज वापरतात. प्रत्येक user दिवसाला 5 प्रश्न विचारतो. "
     "Llama 3.1 8B, L4 किती?", {"users": 5e5, "dau_per_mau": 0.2, "queries_per_user": 5}),
    # a period before its amount: a day, a second; what each chat holds
    ("दिवसाला 40 कोटी output tokens, Mistral 7B, L4 वर. किती cards पुरतील?", {"tokens_per_day": 4e8}),
    ("रोज 2 अब्ज tokens generate होतात, Llama 3.1 70B, H100 वर किती GPUs?", {"tokens_per_day": 2e9}),
    ("सेकंदाला 1,200 requests येतात, Llama 3.1 8B, A100 80GB. किती GPUs?", {"qps": 1200}),
    ("प्रत्येक chat मध्ये 4 turns, रोज 2 लाख chats. Gemma 2 27B, L40S किती लागतील?",
     {"turns_per_session": 4, "queries_per_day": 2e5}),
    ("एकाच वेळी 500 users असतात, Llama 3 70B, H100 SXM वर किती GPUs लागतील?", {"concurrent_users": 500}),
    ("TTFT 1.5 सेकंदाच्या आत पाहिजे, 800 concurrent users, Llama 3 70B, H200 SXM वर. किती GPUs?",
     {"ttft_ms": 1500, "concurrent_users": 800}),
    ("peak ला traffic सरासरीच्या 3 पट असतो. average 200 QPS, Llama 3 8B, L4 वर किती GPUs?",
     {"peak_factor": 3, "qps": 200}),
    # power and electricity: a basis before its amount, rupees said in words
    ("H100चे 128 cards आहेत, प्रत्येक GPU-साठी 700 W, PUE 1.3. वीज ₹8 प्रति युनिट असेल तर महिन्याला बिल किती?",
     {"gpus": 128, "watts_per_gpu": 700, "pue": 1.3, "electricity_usd_per_kwh": pytest.approx(8 / INR)}),
    ("DGX H100 चा एक सर्व्हर 10.2 kW घेतो. 16 servers चं वर्षभराचं वीज बिल किती? युनिटला ₹9.",
     {"watts_per_server": 10200, "servers": 16, "electricity_usd_per_kwh": pytest.approx(9 / INR)}),
    ("वीज दर ₹7.5 प्रति युनिट, 512 H100, PUE 1.4, GPU मागे 1 kW धरा. दरमहा वीज खर्च किती?",
     {"electricity_usd_per_kwh": pytest.approx(7.5 / INR), "gpus": 512, "pue": 1.4, "watts_per_gpu": 1000}),
    ("2 वर्षांसाठी 1,000 H100 चं वीज बिल किती? प्रत्येक GPU 700 W, PUE 1.2, वीज ₹8/kWh, डॉलर 84 रुपये.",
     {"gpus": 1000, "watts_per_gpu": 700, "local_per_usd": 84, "electricity_usd_per_kwh": pytest.approx(8 / 84),
      "days": pytest.approx(730.5)}),
    ("सर्व्हरमध्ये 8 H100 आहेत, एकूण 24 servers. वर्षाला किती MW लागेल?", {"gpus_per_server": 8, "servers": 24}),
    # budgets and prices: crores, a rate said every way, each one's price
    ("आमचं बजेट 25 कोटी रुपये आहे. 1 डॉलर = 84 रुपये. MI300X प्रत्येकी $15,000 असेल तर किती घेता येतील?",
     {"budget_usd": pytest.approx(2.5e8 / 84), "local_per_usd": 84, "price_usd": 15000}),
    ("₹12 कोटी बजेटमध्ये L40S cards किती येतील? प्रत्येक card ₹7.5 लाख.",
     {"budget_usd": pytest.approx(1.2e8 / INR), "price_usd": pytest.approx(7.5e5 / INR)}),
    ("5 दशलक्ष डॉलरचं बजेट आहे, H100 SXM किती घेता येतील?", {"budget_usd": 5e6}),
    ("डॉलरचा दर ₹84 धरा. ₹50 कोटीत किती H100 SXM येतील? एक card $30,000.",
     {"local_per_usd": 84, "budget_usd": pytest.approx(5e8 / 84), "price_usd": 30000}),
    ("पाच लाख रुपयांत किती RTX 4090 येतील? एक card ₹1.8 लाख.",
     {"budget_usd": pytest.approx(5e5 / INR), "price_usd": pytest.approx(1.8e5 / INR)}),
    ("प्रत्येक card ची किंमत ₹28 लाख आहे, 32 cards घ्यायचे. एकूण किती कोटी?",
     {"price_usd": pytest.approx(2.8e6 / INR), "gpus": 32}),
    ("एका DGX B200 ची किंमत $5 लाख, आम्हाला 10 हवेत. एकूण किती?", {"server_price_usd": 5e5, "servers": 10}),
    ("आम्ही user कडून महिन्याला ₹399 घेतो. 2 लाख users, प्रत्येकी रोज 15 queries. Llama 3.1 8B, L4. GPU cost किती?",
     {"usd_per_user_month": pytest.approx(399 / INR), "users": 2e5, "queries_per_user": 15}),
    # renting: an hour before its price, a fleet for a time
    ("H200 SXM चं भाडे तासाला $3.2 आहे, 64 GPUs 3 महिने वापरले तर एकूण खर्च किती?",
     {"rent_usd_per_hour": 3.2, "gpus": 64, "days": pytest.approx(91.3125)}),
    ("64 H100 दोन महिने भाड्याने घ्यायचे, GPU-तासाला $2.5. एकूण खर्च किती?",
     {"gpus": 64, "rent_usd_per_hour": 2.5, "days": pytest.approx(60.875)}),
    ("तासाला ₹२५० प्रमाणे H100 भाड्याने मिळतो. 100 GPUs ला 3 महिने किती खर्च येईल?",
     {"rent_usd_per_hour": pytest.approx(250 / INR), "gpus": 100, "days": pytest.approx(91.3125)}),
    ("H100 विकत घ्यायचे की भाड्याने? 3 वर्षं वापरायचे आहेत, card ₹28 लाख, भाडे $2.2 प्रति तास, $1 = ₹84.",
     {"price_usd": pytest.approx(2.8e6 / 84), "rent_usd_per_hour": 2.2, "local_per_usd": 84}),
    # training: Devanagari digits, English words in Devanagari letters with endings glued on
    ("आमच्या क्लस्टरमध्ये ५१२ जीपीयू आहेत (H100 SXM). ७० अब्ज पॅरामीटर्सचं मॉडेल २ ट्रिलियन टोकन्सवर ट्रेन करायला "
     "किती दिवस? MFU ४०% धरा.", {"gpus": 512, "params": 7e10, "train_tokens": 2e12, "mfu": 0.4}),
    ("70B model 3 ट्रिलियन tokens वर 2,048 H100 SXM वर train केला तर किती दिवस लागतील? MFU 40% धरा.",
     {"params": 7e10, "train_tokens": 3e12, "gpus": 2048, "mfu": 0.4}),
    ("२५६ H100 वर १५ दिवस लागले, आता ५१२ H100 वर किती दिवस लागतील?", {"from_gpus": 256, "gpus": 512, "days": 15}),
    ("NVIDIA म्हणतं B200 हा H100 SXM पेक्षा 2.5 पट fast आहे. आमचा run 64 H100 वर 50 दिवस चालला, तेवढ्याच B200 "
     "वर किती दिवस?", {"speedup": 2.5, "days": 50}),
    # growth: a year's rate before it, a doubling every few months, the horizon
    ("आमचे users वर्षाला 60% ने वाढतायत, आत्ता 48 L40S आहेत. 2 वर्षांनी किती लागतील?",
     {"growth_rate_year": 0.6, "gpus": 48, "period_months": 24}),
    ("traffic दर 5 महिन्यांनी दुप्पट होतंय. आत्ता 64 A100 80GB. 20 महिन्यांत किती लागतील?",
     {"doubling_months": 5, "gpus": 64, "period_months": 20}),
    ("प्रत्येक replica ला 4 GPU, 10 replicas. H200 वर Llama 3.1 70B. दिवसाला किती tokens serve होतील?",
     {"tensor_parallel": 4, "replicas": 10}),
    # (guards: read as before, no Marathi in them)
    ("हमारे 20 लाख DAU हैं, हर user दिन में 6 queries करता है. Llama 3.1 8B को L4 पर चलाना है, "
     "कितने GPU लगेंगे?", {"users": 2e6, "queries_per_user": 6}),
    ("రోజుకు 40 కోట్ల output tokens, Mistral 7B, L4లో. ఎన్ని cards సరిపోతాయి?", {"tokens_per_day": 4e8}),
    ("how many H100s for 100M users, 10 queries a day each, at $2.5 an hour?",
     {"users": 1e8, "queries_per_user": 10, "rent_usd_per_hour": 2.5}),
])
def test_marathi_readings(q, expect):
    assert_params(q, expect)


def test_each_character_keeps_its_position():
    # a span is quoted as the user wrote it, with its Devanagari digits and words
    q = "दिवसाला ५० कोटी output tokens, Mistral 7B, L4 वर किती GPU लागतील?"
    stated = {s.param: s.text for s in parse(q).stated}
    assert stated["tokens_per_day"] == "दिवसाला ५० कोटी output tokens"
    out, where = marathi.in_english(q, list(range(len(q))))
    assert len(out) == len(where) and all(0 <= i < len(q) for i in where)
    assert "50 crore output tokens a day" in out


@pytest.mark.parametrize("q", [
    "आमचे 2 लाख DAU आहेत, किती GPU लागतील?",
    "H100चे 64 cards, प्रत्येक GPU साठी 700 W",
    "Llama 3 8B L4वर चालवायचं आहे",
    "रोज ५० लाख requests येतात आमच्या app ला",
])
def test_marathi_is_told(q):
    assert marathi.said_in_marathi(q)


@pytest.mark.parametrize("q", [
    "हमारे 20 लाख DAU हैं, कितने GPU लगेंगे?",
    "बिजली ₹7.5 per unit, हर user दिन में ~12 queries, ₹२८ लाख per card",
    "Llama 3 8B को L4 पर चलाना है, 5 करोड़ tokens रोज़, क्या 8 GPU काफी होंगे?",
    "हाम्रो app मा 20 लाख DAU छन्, कति GPU चाहिन्छ?",
    "మా app కి 20 లక్షల DAU",
    "DAU প্রায় ১২ লাখ",
    "how many H100s for 100M users?",
])
def test_other_languages_are_not_marathi(q):
    assert not marathi.said_in_marathi(q)


def test_a_long_message_is_read_fast():
    # ~100 KB of Marathi, its sentences repeated: each rule scans only the sentences that hold its words
    one = ("आमच्या app चे 30 लाख DAU आहेत, प्रत्येक user दिवसाला 6 प्रश्न विचारतो. H100 चं भाडे तासाला $3.2, "
           "प्रत्येक GPU साठी 700 W, वीज ₹8 प्रति युनिट. दर ४ महिन्यांनी traffic दुप्पट होतंय. किती GPU लागतील? ")
    text = (one * (100_000 // len(one) + 1))[:100_000]
    start = time.process_time()          # (the time this process spends: other tests may share the CPUs)
    out, where = marathi.in_english(text, list(range(len(text))))
    assert time.process_time() - start < 5.0    # (a guard against a pattern that backtracks: one took 54 s)
    assert len(out) == len(where)
    assert out.count("6 questions a day per user") == text.count("दिवसाला 6 प्रश्न")
