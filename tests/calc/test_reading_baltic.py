"""Lithuanian, Latvian and Estonian questions (calc/lithuanian, calc/latvian, calc/estonian): their scale words
abbreviated with a dot ("350 tūkst.", "1,5 milj.", "600 tuh.", "2 mljrd.", "3 mld."), their decimal commas and
spaced thousands, the counted thing and its period ("užklausos per dieną", "pieprasījumi dienā", "päringut
päevas"), pieces before a name ("64 vnt. H100", "128 gab.", "16 tk"), what a figure is per said after it
("kaardi kohta", "H100 peal"), with or without the languages' diacritics; and a message in another language
never taken for one of them."""

from __future__ import annotations

import pytest

from calc import estonian, latvian, lithuanian, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Lithuanian
    ("Kiek L4 reikės 450 tūkst. vartotojų, kiekvienas po 7 užklausas per dieną, įvestis 600 tokenų, atsakymas 150 "
     "tokenų? Modelis Llama 3.1 8B.",
     {"users": 450_000, "queries_per_user": 7, "input_tokens": 600, "output_tokens": 150}),
    ("kiek kortu reiks 90 tukst. naudotoju, 20 uzklausu per diena vienam vartotojui, Mistral 7B ant L40S",
     {"users": 90_000, "queries_per_user": 20}),
    ("Biudžetas 3 mln. $, pusę leisim GPU. Kiek H100 galim nupirkti, jei viena korta kainuoja 25 000 $?",
     {"budget_usd": 3e6, "budget_share": 0.5, "price_usd": 25_000}),
    ("Kiek dienų užtruks apmokyti 8B modelį ant 3 T tokenų su 256 H100, MFU 42%?",
     {"params": 8e9, "train_tokens": 3e12, "gpus": 256, "mfu": 0.42}),
    ("Turime 600 vienu metu prisijungusių vartotojų, Llama 3.1 70B ant H200. Kiek kortų reikės?",
     {"concurrent_users": 600}),
    ("Kursas 1 € = 1,07 $. Nuoma 2,4 €/val. už GPU, reikia 25 tūkst. GPU valandų. Kiek kainuos?",
     {"gpu_hours": 25_000, "fx_rate": 1.07, "rent_usd_per_hour": pytest.approx(2.4 * 1.07)}),
    ("Turim 24 vnt. H200, kiekvienas traukia 1,2 kW. Kiek kainuos elektra per metus, jei 0,2 $/kWh?",
     {"gpus": 24, "electricity_usd_per_kwh": 0.2}),
    # Latvian
    ("Cik H200 vajadzēs 800 tūkst. lietotāju, katrs 9 pieprasījumi dienā, ievade 1200 tokenu, izvade 300 tokenu? "
     "Modelis Llama 3.1 70B.",
     {"users": 800_000, "queries_per_user": 9, "input_tokens": 1200, "output_tokens": 300}),
    ("cik L4 vajag 1,2 milj. lietotaju, katrs 4 pieprasijumi diena, Llama 3.1 8B",
     {"users": 1.2e6, "queries_per_user": 4}),
    ("Cik dienas aizņems 13B modeļa treniņš uz 4T tokenu ar 512 kartēm H100, MFU 38%?",
     {"params": 13e9, "train_tokens": 4e12, "gpus": 512, "mfu": 0.38}),
    ("Kurss 1 € = 1,1 $. Noma 2,3 €/h par GPU, vajag 12 tūkst. GPU stundu. Cik tas izmaksās?",
     {"gpu_hours": 12_000, "fx_rate": 1.1, "rent_usd_per_hour": pytest.approx(2.3 * 1.1)}),
    ("Mūsu tokenu patēriņš dubultojas ik pēc 6 mēnešiem, tagad ~20 milj. tokenu dienā. Cik L40S vajadzēs pēc 3 "
     "gadiem ar Mistral 7B?", {"doubling_months": 6, "tokens_per_day": 2e7, "period_months": 36}),
    # Estonian
    ("Mitu H100 on vaja, kui meil on 2 mln. kasutajat, igaüks teeb 3 päringut päevas, sisend 500 tokenit ja väljund "
     "200 tokenit? Mudel Llama 3.1 70B.",
     {"users": 2e6, "queries_per_user": 3, "input_tokens": 500, "output_tokens": 200}),
    ("mitu L40S kaarti on vaja 70 tuh. kasutajale, 9 paringut paevas kasutaja kohta, Mistral 7B",
     {"users": 70_000, "queries_per_user": 9}),
    ("Kui kaua võtab 13B mudeli treenimine 2T tokeniga 1024 kaardiga H100, MFU 45%?",
     {"params": 13e9, "train_tokens": 2e12, "gpus": 1024, "mfu": 0.45}),
    ("Eelarve 5 mln. $, üks H200 maksab 32 tuh. $. Mitu kaarti saame?", {"budget_usd": 5e6, "price_usd": 32_000}),
    ("Kurss 1 € = 1,12 $. Rent 2,1 €/h kaardi kohta, vaja 15 tuh. GPU-tundi. Kui palju see kokku teeb?",
     {"gpu_hours": 15_000, "fx_rate": 1.12, "rent_usd_per_hour": pytest.approx(2.1 * 1.12)}),
    ("Andmekeskuses on 3 MW, PUE 1,2. Mitu B200 mahub, kui üks kaart koos serveriga võtab 1,4 kW?",
     {"power_mw": 3, "pue": 1.2, "watts_per_gpu": 1400}),
    ("Meil on 700 samaaegset kasutajat, Llama 3.1 70B H200 peal, TTFT alla 400 ms. Mitu kaarti on vaja?",
     {"concurrent_users": 700, "ttft_ms": 400}),
])
def test_baltic_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "how many H100s for 2M users, 10 queries per day each, 800-token prompts, Llama 3.1 70B?",
    "Montako H100-korttia tarvitaan, kun meillä on 1,2 milj. käyttäjää päivässä ja tokenit on lyhyitä?",
    "Ile kart H100 potrzebujemy dla 2 mln użytkowników dziennie, 10 zapytań na użytkownika?",
    "Für die Suche rechnen wir mit 15 Anfragen pro Sekunde, Prompt ca. 4k Token.",
    "Sales bilang 8 GPU H100 cukup buat 50 ribu DAU. Bener gak tuh kak?",
    "Ankara'daki DC'ye 4 adet DGX H100 koyacağız, elektriğe ayda kaç para gider?",
])
def test_other_languages_are_not_baltic(q):
    assert not lithuanian.said_in_lithuanian(q)
    assert not latvian.said_in_latvian(q)
    assert not estonian.said_in_estonian(q)


def test_an_english_question_reads_as_before():
    # (none of the Baltic words in it: "ant", "per", "ja", "on", "kui" are rewritten only in a Baltic message)
    params = parse("we run Llama 3.1 8B on 16 L4, 300 queries per second, is that enough? ja or no").params
    assert params.get("gpus") == 16
    assert params.get("qps") == 300
