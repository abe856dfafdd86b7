"""Round 115 (Chinese property-management teams, Latin American engineers writing Spanglish, Tamil in its own
script, and sealed sets from Chinese agricultural and weather institutes, Indian public-sector English and
Catalan engineers): a rate's number never read from its first digits ("1 USD = 4.100 COP" had been 4.10);
Latin America's pesos by their codes (COP, ARS, CLP) and "pesos" the ones whose rate is stated; "el millón de
tokens", "subimos el MFU a 45%", "si pasamos a 128 H100", "por dev", "1 token son como 4 caracteres"; a price
read after "go" only as a word ("código: 15 mil devs" had been a card's price); a Tamil reader (its scale words,
its case endings glued to English words: "GPU-hour-க்கு $3.9", "H100-ல"); a Catalan reader ("milions de",
"mil milions", "canvi 1,08", "la meitat va a targetes")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Spanglish
    ("en Chile la luz está a 120 pesos el kWh (1 USD = 950 CLP), we run 64 H100 a 700 W each, PUE 1,4. cuánto "
     "pagamos al mes?", {"local_per_usd": 950}),
    ("el proveedor cobra 2.800 ARS por GPU-hora de A100 (1 USD = 1.100 ARS), 32 GPUs por 1 semana. cuánto es?",
     {"local_per_usd": 1100, "rent_usd_per_hour": pytest.approx(2800 / 1100)}),
    ("si alquilamos L40S a 0,9 USD/h y sacamos 2.000 tokens/s per GPU, cuánto cuesta el millón de tokens?",
     {"per_tokens": 1e6}),
    ("el fine-tune tardó 12 días en 64 A100 80GB con MFU 28%. si pasamos a 64 H100 SXM y subimos el MFU a 40%, "
     "cuántos días?", {"from_accelerator": "a100_sxm_80gb", "mfu_to": 0.4}),
    ("para un asistente de código: 8 mil devs, 90 requests por dev por día, Llama 3.1 8B en L4. cuántas GPUs?",
     {"users": 8000}),
    # Tamil
    ("எங்க app-க்கு 8 லட்சம் DAU, ஒவ்வொருத்தரும் daily 10 queries போடுவாங்க. Llama 3.1 8B on L4 எத்தனை வேணும்?",
     {"users": 8e5}),
    ("AWS-ல H100 GPU-hour-க்கு $3.5 ஆகுது. 20,000 GPU-hours ஆகும். மொத்தம் எவ்வளவு?", {"rent_usd_per_hour": 3.5}),
    ("ஒரு நாளைக்கு சுமார் 2 கோடி requests வருது. Llama 3.1 8B, L40S எத்தனை வேணும்?", {"queries_per_day": 2e7}),
    # Catalan
    ("calculem uns 250.000 usuaris diaris, 12 consultes per usuari al dia, prompts de 1.500 tokens i respostes d'uns "
     "400. amb Llama 3.1 8B sobre H100 quantes targetes? pic 3x", {"output_tokens": 400, "peak_factor": 3}),
    ("generem 1.500 milions de tokens al dia amb Mistral 7B en L40S. quantes targetes calen?",
     {"tokens_per_day": 1.5e9}),
    ("tenim un pressupost de 3 milions d'euros (canvi 1,1 dòlars per euro) i la meitat va a targetes. quantes H100 "
     "podem comprar si cadascuna surt a 28.000 $?", {"budget_share": 0.5, "price_usd": 28000}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round115_readings(q, expect):
    assert_params(q, expect)


def test_pesos_are_the_ones_whose_rate_is_stated():
    # "850 pesos el kWh (1 USD = 4.100 COP)": the rate had been read as 4.10 and the pesos left unconverted
    res = compute(parse("en Colombia la energía está a 850 pesos el kWh (1 USD = 4.100 COP), we run 96 A100 80GB a "
                        "400 W each, PUE 1,5. cuánto pagamos por mes?"))
    assert not res.unused
    assert "COP" in res.headline


def test_rupees_with_no_rate_are_converted_at_the_catalogs_named_rate():
    # "Rs. 45 crore … ₹32 lakh per GPU" had been named as unconverted (no rate stated): the count needs no rate
    # at all, and the rate used for the dollars is the catalog's, named with its source
    res = compute(parse("Our department has an approved outlay of Rs. 45 crore for AI compute. If H100 SXM is "
                        "quoted at ₹32 lakh per GPU, how many GPUs can be procured?"))
    assert res.headline.startswith("140 H100 SXM")
    rate = next(a for a in res.assumptions if a.name == "local_per_usd")
    assert rate.origin == "default" and "RBI" in rate.source and rate.unit == "INR/US$"
    assert not res.unused


def test_a_stated_rupee_rate_is_used_not_the_catalogs():
    res = compute(parse("annual electricity for 256 H100 SXM at 700 W per GPU, PUE 1.5, Rs. 8.75 per unit, "
                        "1 USD = 80 INR"))
    assert "at 80 INR per US$" in res.headline
    assert not any(a.name == "local_per_usd" and a.origin == "default" for a in res.assumptions)
