"""Greek questions read as English ones are (calc/greek): the scale words ("εκατ.", "χιλ.", "δισ."), the periods
("την ημέρα", "τον μήνα", "€/ώρα", "σε 2 χρόνια"), the counted things ("ενεργούς χρήστες", "ερωτήσεις", "κάρτες"),
the price of each one ("8.700 € η μία", "26.000 € η κάρτα"), the share of a budget ("το 60% του
προϋπολογισμού"), with or without the tonos and in capitals; Greeklish (calc/greeklish: "xil. xrhstes th mera",
"2,9 €/wra", "poses kartes xreiazomaste") read the same way, and only in messages that show it; Greek's dotted
thousands and decimal commas."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.greeklish import said_in_greeklish
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Greek, unaccented
    ("Εχουμε 800 χιλ. ενεργους χρηστες την ημερα, ο καθενας κανει 4 ερωτησεις, prompt 900 tokens και απαντηση "
     "200 tokens. Llama 3.1 8B σε L40S, ποσες καρτες χρειαζομαστε;",
     {"users": 8e5, "queries_per_user": 4, "input_tokens": 900, "output_tokens": 200}),
    # in capitals
    ("ΠΟΣΕΣ H100 ΧΡΕΙΑΖΟΜΑΣΤΕ ΓΙΑ 2 ΕΚΑΤ. ΧΡΗΣΤΕΣ ΤΗΝ ΗΜΕΡΑ, 5 ΕΡΩΤΗΣΕΙΣ Ο ΚΑΘΕΝΑΣ, Llama 3.1 70B;",
     {"users": 2e6, "queries_per_user": 5}),
    ("ΕΧΟΥΜΕ 5.000 ΤΑΥΤΟΧΡΟΝΟΥΣ ΧΡΗΣΤΕΣ ΣΤΟ PEAK, Llama 3.1 70B ΣΕ H200, ΠΟΣΕΣ ΚΑΡΤΕΣ;",
     {"concurrent_users": 5000}),
    # money: a budget, the price of each, a rent per hour, a discount, a share of the budget
    ("Με budget 900 χιλ. € και L40S στα 8.700 € η μία, πόσες παίρνουμε;",
     {"budget_usd": pytest.approx(9e5 * 1.15, rel=0.05), "price_usd": pytest.approx(8700 * 1.15, rel=0.05)}),
    ("Έχουμε προϋπολογισμό 5 εκατ. € και το 60% του προϋπολογισμού πάει σε GPU. Πόσες H200 στα 30.000 € η μία;",
     {"budget_share": 0.6}),
    ("Νοικιάζουμε 128 A100 80GB στα 1,45 € την ώρα ανά κάρτα για 20 μέρες. Πόσο θα μας κοστίσει συνολικά;",
     {"gpus": 128, "days": 20}),
    ("Με 40% έκπτωση από 2,80 €/ώρα, πόσο κοστίζουν 10.000 GPU-hours σε H100;",
     {"discount": 0.4, "gpu_hours": 10000}),
    ("Αγοράζουμε 32 H100 στα 26.000 € η κάρτα ή νοικιάζουμε στα 2,4 €/ώρα; Σε πόσους μήνες γίνεται break-even;",
     {"gpus": 32, "price_usd": pytest.approx(26000 * 1.15, rel=0.05)}),
    ("Η προσφορά είναι 310.000 $ ανά server HGX H200. Με ισοτιμία 1,09, πόσο κάνουν 8 servers σε ευρώ;",
     {"server_price_usd": 310000, "fx_rate": 1.09, "servers": 8}),
    ("Το API χρεώνει 0,45 € ανά εκατ. tokens. Αν κάνουμε 300 εκατ. tokens τη μέρα, πόσο βγαίνει ο μήνας;",
     {"tokens_per_day": 3e8}),
    # electricity, growth, throughput, utilization
    ("Ο λογαριασμός ρεύματος για 200 H100 με 700 W η καθεμία, PUE 1,4 και 0,2 €/kWh, πόσο βγαίνει τον χρόνο;",
     {"gpus": 200, "watts_per_gpu": 700, "pue": 1.4}),
    ("Οι χρήστες μας διπλασιάζονται κάθε 4 μήνες και σήμερα τρέχουμε σε 24 L40S. Σε 18 μήνες πόσες κάρτες θα "
     "θέλουμε;", {"doubling_months": 4, "period_months": 18, "gpus": 24}),
    ("Η ζήτηση αυξάνεται 60% τον χρόνο. Τώρα έχουμε 48 H100. Σε 2 χρόνια πόσες χρειάζονται;",
     {"growth_rate_year": 0.6, "period_months": 24}),
    ("Μετρήσαμε 2.400 tokens/s ανά κάρτα σε L40S με Llama 3.1 8B. Για 1,5 δισ. tokens την ημέρα με αιχμή 2x, "
     "πόσες κάρτες;", {"observed_tokens_per_s_per_gpu": 2400, "tokens_per_day": 1.5e9, "peak_factor": 2}),
    ("Έχουμε 64 H100 στο 65% αξιοποίηση. Πόσους χρήστες εξυπηρετούμε με Llama 3.1 8B, 20 ερωτήσεις ο καθένας "
     "τη μέρα;", {"utilization": 0.65, "queries_per_user": 20}),
    ("Η εφαρμογή έχει 1,5 εκατ. μηνιαίους ενεργούς χρήστες, DAU/MAU 30%, 6 ερωτήσεις ανά χρήστη την ημέρα, "
     "Llama 3.1 8B σε L4. Πόσες κάρτες;", {"users": 1.5e6, "dau_per_mau": 0.3, "queries_per_user": 6}),
    ("Prompts των 1.200 tokens και απαντήσεις των 350 tokens, 50 αιτήματα το δευτερόλεπτο, Llama 3.1 70B σε "
     "H100. Πόσες GPU;", {"input_tokens": 1200, "output_tokens": 350, "qps": 50}),
    ("Η εταιρεία μας έχει 12.000 υπαλλήλους, ο καθένας στέλνει 15 μηνύματα την ημέρα. Mistral 7B σε L4. "
     "Πόσες κάρτες;", {"users": 12000, "queries_per_user": 15}),
    # Greeklish
    ("exoume 600 xil. xrhstes th mera, kathe xrhsths kanei 3 erwthseis. Llama 3.1 8B se L4, poses kartes "
     "xreiazomaste?", {"users": 6e5, "queries_per_user": 3}),
    ("noikiazoume 64 H200 me 2,9 €/wra gia 30 meres. poso tha mas kostisei?",
     {"gpus": 64, "days": 30, "rent_usd_per_hour": pytest.approx(2.9 * 1.15, rel=0.05)}),
    ("posa B200 xwrane se 1,8 MW me 1.300 W ana GPU kai PUE 1,25?",
     {"power_mw": 1.8, "watts_per_gpu": 1300, "pue": 1.25}),
    ("to training mas phre 14 meres se 256 A100 me MFU 35%. posa meres se 256 H100 an to MFU anebei 8 pontous?",
     {"days": 14, "mfu_gain_points": 0.08}),
    # (a guard: passes before and after)
    ("how many H100s for 2M DAU, 10 queries per user per day, 700 tokens in, 250 out, Llama 3.1 70B?",
     {"users": 2e6, "queries_per_user": 10, "input_tokens": 700, "output_tokens": 250}),
])
def test_greek_readings(q, expect):
    assert_params(q, expect)


def test_a_greek_span_is_quoted_as_written():
    # every character keeps its position: the span is the user's own words, unaccented as typed
    req = parse("Εχουμε 300 χιλ. ενεργους χρηστες την ημερα. Llama 3.1 8B σε L4, ποσες καρτες;")
    users = next(s for s in req.stated if s.param == "users")
    assert users.text == "300 χιλ. ενεργους χρηστες"
    assert users.value == 3e5


def test_greek_decimal_commas_and_dotted_thousands():
    res = compute(parse("Έχουμε 1.200 H100 με 700 W η καθεμία, PUE 1,25 και ρεύμα 0,15 €/kWh. Πόσο κάνει το "
                        "ρεύμα τον μήνα;"))
    req = parse("Έχουμε 1.200 H100 με 700 W η καθεμία, PUE 1,25 και ρεύμα 0,15 €/kWh. Πόσο κάνει το ρεύμα τον "
                "μήνα;")
    assert req.params["gpus"] == 1200 and req.params["pue"] == pytest.approx(1.25)
    assert not res.unused


@pytest.mark.parametrize("text", [
    "se quiere comprar 8 H100, me parece caro, ana dice que no",            # Spanish
    "il modello gia gira su 8 H100, se va bene kai e tutto ok",             # Italian
    "pichle saal training 9 din mein hua tha, kitne GPU chahiye",          # Hinglish
    "Hey, poses a question: how many H100 for 2M DAU?",                      # English
])
def test_greeklish_is_seen_only_in_words_only_greeklish_writes(text):
    assert not said_in_greeklish(text)


def test_greeklish_is_seen():
    assert said_in_greeklish("poses kartes xreiazomaste gia 2 ekat. xrhstes th mera?")
