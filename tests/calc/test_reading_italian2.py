"""Italian written wholly in Italian (round 117: engineers, founders and public administration, in a Slack
tone and a public tender's): "rapporto DAU/MAU del 15%", "tempo al primo token inferiore a 500 ms", "PUE
progettuale di 1,2", "armadi vuoti", a grant "di cui destinare il 70% alle GPU", "un modello da 30B su 2T di
token", users that "crescono da … a … in 12 mesi", "€/GPU/ora", "1 token ogni 0,8 parole", "risposte da
300", growth "del 40% all'anno", "1,7x più veloce", "guadagniamo 6 punti di MFU", "MFU migliore del 30%",
"N server con 4 acceleratori ciascuno", "1,25 volte il costo delle GPU", "prezzo unitario … IVA esclusa",
"ci fa il 15% di sconto", tokens "in input" and "generati", conversations and their messages, "il picco è
3 volte la media", "utilizzo target al 60%", a rack "quotato a circa 2,8 milioni di dollari", "il 25% in
più per rete e impianti": each read as its English wording is (calc/italian)."""

from __future__ import annotations

import pytest

from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # a public tender's wording
    ("Si richiede di stimare il numero di GPU H100 per 3 milioni di utenti attivi mensili, rapporto DAU/MAU "
     "del 15%, 5 interazioni giornaliere per utente attivo, tempo al primo token inferiore a 500 ms, modello "
     "Llama 3.1 70B.", {"users": 3e6, "dau_per_mau": 0.15, "queries_per_user": 5, "ttft_ms": 500}),
    ("Si richiede di stimare il numero di server necessari: 50 richieste al secondo, modello Llama 3.1 70B, "
     "acceleratori H200 SXM, tempo al primo token non superiore a 1.000 ms.", {"qps": 50, "ttft_ms": 1000}),
    ("Potenza disponibile 800 kW, 1.200 W per acceleratore, PUE progettuale di 1,2: quante B200 installiamo?",
     {"pue": 1.2, "watts_per_gpu": 1200}),
    ("Fornitura di 20 server con 4 acceleratori H200 ciascuno, 7 kW per server, PUE pari a 1,4, energia a "
     "0,21 €/kWh, per 36 mesi: costo energetico?", {"servers": 20, "gpus_per_server": 4, "pue": 1.4}),
    ("Il costo complessivo è stimato pari a 1,25 volte il costo delle GPU. Si considerino 128 acceleratori "
     "H200 al prezzo unitario di 31.000 € IVA esclusa.", {"all_in_multiple": 1.25, "gpus": 128}),
    ("Il prezzo unitario è di 29.000 € IVA esclusa per 64 acceleratori H100, più il 20% in più per rete e "
     "storage: totale?", {"gpus": 64, "all_in_multiple": 1.2}),
    # racks, a grant, a quote, a discount
    ("Nel CED ci sono 30 rack liberi da 40 kW l'uno: quanti HGX H200 ci stanno?", {"racks": 30}),
    ("Abbiamo 18 armadi vuoti con un limite di 25 kW ciascuno. Quanti DGX H100 ci entrano?", {"racks": 18}),
    ("Con un finanziamento di 2 milioni di euro vorremmo destinarne il 70% alle GPU: a 30.000 € l'una quante "
     "H100 possiamo comprare?", {"budget_share": 0.7}),
    ("Abbiamo un contributo regionale di 1,5 mln € e vorremmo spenderne il 40% sulle GPU: L40S a 9.000 € "
     "l'una, quante?", {"budget_share": 0.4}),
    ("budget di 5 milioni di euro, ne vogliamo investire il 50% in GPU; H200 a 35.000 € l'una, quante ne "
     "compriamo?", {"budget_share": 0.5}),
    ("Listino HGX H200 a 320.000 $ ma il rivenditore ci fa il 15% di sconto. Con 2,5 mln di $ di budget "
     "quanti server portiamo a casa?", {"discount": 0.15, "server_price_usd": 320000}),
    ("Ci hanno quotato un rack GB200 NVL72 a circa 2,8 milioni di dollari. Con 15 milioni di budget e il 25% "
     "in più per rete e impianti, quanti rack compriamo?",
     {"server_price_usd": 2.8e6, "all_in_multiple": 1.25}),
    # training: a claim, a model "da 30B", "2T di token", MFU points and MFU better
    ("Il fornitore dichiara che un modello da 30B su 2T di token si addestra in 25 giorni con 256 H100. È "
     "realistico?", {"params": 30e9, "train_tokens": 2e12, "gpus": 256}),
    ("Pretraining di un 13B su 3T token con 512 H100 all'MFU del 38%. Se guadagniamo 6 punti di MFU con FP8, "
     "quanti giorni risparmiamo?", {"mfu_gain_points": 0.06}),
    ("con FP8 recuperiamo 5 punti percentuali di MFU: training di Llama 3 8B su 15T token, 512 H100, MFU al "
     "40%, quanti giorni risparmiamo?", {"mfu_gain_points": 0.05, "mfu": 0.4}),
    ("Il fine-tuning ci ha messo 12 giorni su 64 A100 80GB; stesse schede ma MFU migliore del 30%: quanti "
     "giorni?", {"mfu_gain": 0.3}),
    ("Costo per addestrare un modello da 8B su 1.000 miliardi di token su H100 a 2,60 €/GPU/ora con MFU al "
     "40%?", {"mfu": 0.4, "params": 8e9}),
    ("H100 a 2,40 €/GPU/ora, 500.000 ore GPU: quanto spendiamo?", {"gpu_hours": 5e5}),
    ("Il pretraining ci ha messo 30 giorni su 64 A100. Quanto ci metterebbe su 64 H100 se l'MFU è del 25% "
     "migliore?", {"mfu_gain": 0.25, "days": 30, "gpus": 64}),
    ("Il job gira a circa 800 mila token al secondo: per arrivare a 1.000 miliardi di token quanti giorni ci "
     "vogliono?", {"observed_tokens_per_s_per_gpu": 8e5, "train_tokens": 1e12}),
    # growth: users from … to, a rate a year, a speed-up
    ("Se gli utenti crescono da 20 mila a 500 mila in 12 mesi, quante L4 servono con Llama 3.1 8B e 8 "
     "richieste al giorno a testa?",
     {"users": 2e4, "users_to": 5e5, "period_months": 12, "queries_per_user": 8}),
    ("in 24 mesi passiamo da 10 mila a 300 mila utenti: quante H100 per Llama 3.1 70B con 6 richieste al "
     "giorno a testa?", {"users": 1e4, "users_to": 3e5, "period_months": 24}),
    ("i clienti passano da 5 mila a 80 mila in 2 anni: quante L40S per Mistral 7B con 20 richieste al giorno "
     "ciascuno?", {"users": 5e3, "users_to": 8e4, "period_months": 24}),
    ("Il traffico cresce del 40% all'anno: oggi 2 milioni di query al giorno con Llama 3.1 8B su L4, fra 2 "
     "anni quante L4?", {"growth_rate_year": 0.4, "queries_per_day": 2e6}),
    ("raga il traffico cresce del 60% l'anno, oggi 500k richieste al giorno su Llama 3.1 8B con L40S: tra 2 "
     "anni quante L40S?", {"growth_rate_year": 0.6}),
    ("crescita annua del 35%, partiamo da 3 milioni di query al giorno con Qwen2.5 7B su L4, fra 3 anni "
     "quante schede?", {"growth_rate_year": 0.35, "queries_per_day": 3e6}),
    ("Intel dice che Gaudi 3 è 1,7x più veloce della H100. Quante Gaudi 3 per eguagliare 128 H100?",
     {"speedup": 1.7}),
    ("la MI300X e' 1,5x piu veloce della H100, quante MI300X per pareggiare 64 H100?", {"speedup": 1.5}),
    # serving: words to tokens, answers "da 300", tokens in input and generated, conversations, the peak,
    # a target utilization
    ("Dobbiamo tradurre 10.000 documenti al giorno di circa 2.000 parole, con 1 token ogni 0,8 parole. "
     "Quante L40S con Llama 3.1 8B?", {"tokens_per_word": 1.25, "queries_per_day": 1e4}),
    ("Quanto costano 1.000 richieste con Llama 3.1 8B su L40S a 1,1 $/h, prompt da 1k token e risposte da "
     "300?", {"output_tokens": 300, "input_tokens": 1000, "per_requests": 1000}),
    ("Ogni giorno mandiamo all'API 300 mln di token in input e 40 mln in output, pagando 0,20 $ per milione "
     "in input e 0,80 $ per milione in output. Conviene portarci in casa Llama 3.1 70B su H100?",
     {"input_tokens_per_day": 3e8, "tokens_per_day": 4e7, "usd_per_million_input_tokens": 0.2}),
    ("ci escono 1,2 mld di token generati al giorno con Llama 3.1 70B, su H100 quante schede?",
     {"tokens_per_day": 1.2e9}),
    ("Assistente per il comune: 12.000 conversazioni al giorno, in media 6 messaggi per conversazione, 500 "
     "token di contesto e 120 di risposta. Quante L4 con Llama 3.1 8B?",
     {"queries_per_day": 12000, "turns_per_session": 6}),
    ("Abbiamo 80 mila utenti al giorno, 5 richieste ciascuno, e il picco arriva a 3 volte la media. Con "
     "utilizzo target al 60% quante H100 per Llama 3.1 70B?",
     {"peak_factor": 3, "utilization": 0.6, "users": 8e4}),
    ("il picco e' 5 volte la media: 200 mila utenti al giorno, 4 richieste a testa, Llama 3.1 8B su L4, "
     "quante schede?", {"peak_factor": 5, "users": 2e5}),
    ("64 server con 8 GPU ciascuno, 10 kW per server, PUE 1,3, energia a 0,25 €/kWh: quanto spendiamo "
     "all'anno?", {"servers": 64, "gpus_per_server": 8}),
    # (guards: English and Spanish read as before)
    ("how many H100s for 300k daily users, 12 queries each, 500-token answers, Llama 3.1 70B, peak 3x?",
     {"users": 3e5, "queries_per_user": 12, "output_tokens": 500, "peak_factor": 3}),
    ("¿cuántas H100 necesitamos para 200.000 usuarios al día, 10 consultas por usuario, respuestas de 300 "
     "tokens, con Llama 3.1 8B?", {"users": 2e5, "queries_per_user": 10, "output_tokens": 300}),
])
def test_italian_readings(q, expect):
    assert_params(q, expect)
