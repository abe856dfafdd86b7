"""Round 82 (Chinese edtech, US health systems, German insurers, and sealed sets from Chinese automakers, UK and
Australian game studios, Québec and Belgian companies): German words (calc/german.py: "1,5 Bio. Tokens", "30 ct/kWh",
"40 % Aufschlag für Server", "verdoppelt sich grob alle 4 Monate", "29 € pro Makler und Monat", "ein Drittel",
"verzehnfachen", "cos φ"), French of Québec and Belgium (calc/french.py: "septante mille", "20 G tokens", "€1 = 1,08
$US", "double à chaque 4 mois", "120 000 UF"), a noun counted as requests that "each" of has a day's count (doctors
written "docs"), the clause's subject naming a prompt, a rate claimed by a salesman, a rack's power "能给到", the
cards bought for a model named (its fit said after the price), a library's version no model and no number, a day's
volume with no noun, the concurrents of a game, the one card a price is for beside a budget."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Chinese: a rack's power given, a DRAM price "一GB", words a student says and words the AI answers
    ("有6个机柜空着，每柜能给到130kW，想上GB200 NVL72（一柜大概120kW），一共多少张卡？",
     {"server_power_cap_w": 130_000, "watts_per_server": 120_000}),
    ("DRAM现在2.5美元一GB，HBM按DRAM价格的4倍算，H200一张141GB显存，HBM多少钱？", {"dram_usd_per_gb": 2.5}),
    ("口语陪练：学生每轮大概说30个英文单词，AI回复60个单词左右，每天一百万轮，Llama 3.1 8B，L4要几张？",
     {"input_tokens": 40, "output_tokens": 80}),
    ("用了FA3以后MFU从36%到了44%，64张H100训10天的活现在要几天？", {"mfu": 0.36, "mfu_to": 0.44}),
    ("渠道能给9折，H20单价12万，预算1200万元，能买多少张？", {"discount": 0.1}),
    ("预算8亿元，约70%用于整柜采购，GB200 NVL72每柜约2,800万元，能买几柜？", {"budget_share": 0.7}),
    ("上一版模型用256张H100训练了30天，MFU 35%。MFU提到45%，集群扩到512张，需要几天？",
     {"from_gpus": 256, "gpus": 512, "mfu_to": 0.45}),
    # English: the prompt named as the clause's subject, a nurse's shift as the day, a server product named
    ("we draft ~8,000 appeal letters/day, prompt is notes + policy text ~3k tok, letter itself ~600 tokens. "
     "llama 3.1 70b on H100, how many?", {"input_tokens": 3000, "output_tokens": 600}),
    ("~15k nurses on the tool, ~2k tokens generated per nurse per shift. llama 3.1 8b on L4, how many?",
     {"users": 15_000, "tokens_per_user_day": 2000}),
    ("Dell quote: 6 XE9680 servers w/ 8 H100 per box, $390k/server. total?", {"servers": 6, "gpus_per_server": 8}),
    ("triage volume is ~120k/day and growing 80% a year. in 2 years how many H100 for llama 3.1 70b at 1k in 200 out?",
     {"queries_per_day": 120_000}),
    ("H100 at $2.10/hr vs MI300X at $1.90/hr, llama 3 70b serving, which is cheaper per M tokens?",
     {"per_tokens": 1e6}),
    ("pilot live w/ 300 docs, going to 4,000 docs by Q4. each doc ~25 notes/day, 5k in 800 out, llama 3.3 70b on "
     "H200. how many gpus?", {"users": 300, "users_to": 4000, "queries_per_user": 25}),
    ("member app: ~900k weekly active pts, maybe 15% of them daily, 3 chats/day, Mistral 7B on L4, how many",
     {"users": 900_000, "dau_per_wau": 0.15}),
    ("Gemma 2 27B int4 on one RTX 4090 for internal search, a few hundred requests a day, max 15 at once?",
     {"concurrent_users": 15, "gpus": 1}),
    ("is one single L40S enough for Qwen2.5 7B? ~2k requests a day", {"gpus": 1}),
    ("we pre-screen the incident reports (~2,000 per day) with llama 3.1 8b. 1,500 input tokens, 200 output. "
     "is one L4 enough?", {"queries_per_day": 2000}),
    ("we generate 25,000 per day with mixtral 8x7b, each email ~300 words, 1 token ≈ 0.75 words. how many A100?",
     {"queries_per_day": 25_000}),
    ("peak CCU on launch night was 60k. our NPC lines run on Llama 3.1 8B, ~40 tokens per line. how many L4s?",
     {"concurrent_users": 60_000}),
    ("the vendor says 8 cards cover 20k peak concurrents of our NPC chat on H200 with Llama 3.1 70B. sanity check?",
     {"concurrent_users": 20_000}),
    ("MI300X at $18k each with 10% off if we take 128. total and power at 750 W per GPU?", {"gpus": 128}),
    # German
    ("Eigenes 3B-Modell auf 2 Bio. Tokens pretrainen, H100 SXM bei 40 % MFU: wie viele GPU-Stunden?",
     {"train_tokens": 2e12}),
    ("16 H100 SXM unter Volllast, Strompreis 28 ct/kWh, PUE 1,4. Was kostet das für ein Quartal?",
     {"electricity_usd_per_kwh": 0.28}),
    ("Budget 2 Mio. €, eine Karte ca. 30.000 € und 35 % Aufschlag für Server und Netzwerk. Wie viele H100 SXM?",
     {"price_usd": 34_500, "all_in_multiple": 1.35}),
    ("Die Nutzung verdoppelt sich grob alle 6 Monate. Aktuell 2.500 User. Wie viele sind es in 3 Jahren?",
     {"users": 2500, "doubling_months": 6}),
    ("Add-on für Agenturen: 19 € pro Agentur und Monat, ca. 4.000 Agentur, jeder ~20 Anfragen am Tag, H100 SXM, "
     "Miete 2,20 €/h. Deckt das die Kosten?", {"users": 4000}),
    ("Wir haben 9 Niederlassungen, jede bekommt einen Server mit 2 L4. Pro Standort ca. 80 Sachbearbeiter mit je 25 "
     "Anfragen/Tag, Llama 3.1 8B. Passt das?", {"servers": 9, "load_per_site": 80}),
    ("IT-Budget: 6 Mio. €, davon soll ein Drittel in GPUs gehen. Wieviele H200 SXM à 31.000 € sind das?",
     {"price_usd": 35_650}),
    ("Der Vorstand will die Kapazität verdreifachen. Heute 64 H100 SXM. Was heißt das für den Stromanschluss bei "
     "1,2 kW pro GPU?", {"gpus": 192}),
    ("Was müssen wir beim Versorger für 3 Racks GB200 NVL72 anmelden? cos φ 0,92, PUE 1,3.", {"power_factor": 0.92}),
    ("Ersatz für M365-Copilot: 6.000 Mitarbeiter, jeder ~3.000 Tokens Output pro Tag, Llama 3.3 70B auf H200 SXM.",
     {"users": 6000}),
    ("Azure kostet uns ca. 3 $ pro 1 Mio. Input-Tokens. Wenn wir stattdessen Llama 3.3 70B auf eigenen H100 SXM "
     "betreiben (16 Stück, je 27.000 €), ab welchem Volumen rechnet sich das?", {"gpus": 16, "price_usd": 31_050}),
    # French of Québec and Belgium
    ("Notre centre d'appels traite septante mille appels par jour, Llama 3 8B, résumé de 200 tokens. Combien de L4?",
     {"queries_per_day": 70_000}),
    ("Fine-tune de Llama 2 13B sur 15 G tokens, 2 epochs, sur des H100 loués à 3 $/h. Ça coûte combien?",
     {"train_tokens": 1.5e10}),
    ("On a un budget de 3 M€. Si un H200 coûte environ 31 000 €, on peut en avoir combien? Compte €1 = 1,10 $US.",
     {"fx_rate": 1.1}),
    ("L'usage de notre assistant double à chaque 5 mois. On est à 8 000 utilisateurs. Dans 2 ans on va être rendus "
     "où?", {"users": 8000, "doubling_months": 5}),
    ("On passe de 10 000 à 90 000 utilisateurs d'ici 1 an. Chaque user pose 5 questions par jour, Llama 3.1 8B sur "
     "L4. Combien de L4?", {"users": 10_000, "users_to": 90_000}),
    ("On a 80 000 UF chez Calcul Québec, où 1 UF = 0,5 heure-GPU. Combien de jours sur 32 cartes H100?",
     {"gpu_hours_per_su": 0.5}),
    ("Aux prix de 2024, un DGX H100 c'était quoi, 400 000 $US? Ça fait combien pour 6 serveurs?",
     {"server_price_usd": 400_000, "servers": 6}),
    # (a guard: passes before and after; English words the round's readings must leave alone)
    ("we get 3,000 tickets a day, 4 llm calls per ticket, 900 in 150 out, llama 3 8b on L4. how many?",
     {"queries_per_day": 3000, "turns_per_session": 4}),
])
def test_round82_readings(q, expect):
    assert_params(q, expect)


def test_a_rate_a_salesman_gave_is_checked():
    res = _answer("销售说8卡H100跑Llama 3 70B，单机每秒能出两万个token，靠谱吗？")
    assert any(s.param == "claimed_value" for s in parse("销售说8卡H100跑Llama 3 70B，单机每秒能出两万个token，靠谱吗？").stated)
    assert res.intent == "throughput"


def test_a_run_a_supplier_wrote_is_checked_not_refused():
    res = _answer("供应商方案上写256张H100训Llama 2 70B，2T token只要8天，MFU得多少？")
    assert res.intent == "training"


def test_cards_bought_for_a_model_say_whether_it_fits():
    res = _answer("20个门店，每店2张L4，跑Qwen2.5 7B int4，L4一张1.8万，硬件一共多少钱？")
    assert res.intent == "capex"
    assert not any("Qwen" in u.text for u in res.unused)


def test_a_kernel_library_is_no_model_and_its_version_no_number():
    res = _answer("换了FlashAttention-3之后MFU从35%提到45%，原来256张H100训12天的任务，现在几天能跑完？")
    assert res.intent == "training"
    assert not res.unused


def test_users_asked_after_a_doubling_are_a_growth_answer():
    res = _answer("usage doubles every 3 months. currently 900 users. how many users in 18 months?")
    assert res.intent == "growth"


def test_nodes_said_needed_for_a_model_are_checked_as_cards():
    req = parse("The integrator says Llama 3.1 405B in FP8 needs 4 nodes of 8x H100 SXM. Is that right?")
    claim = next(s for s in req.stated if s.param == "claimed_value")
    assert claim.value == 32


def test_a_months_bill_someone_claims_is_checked():
    req = parse("Cloud-Partner sagt, unser Volumen (ca. 8 Mio. Tokens Output pro Tag, Llama 3 70B) kostet auf deren "
                "GPUs nur 3.000 € im Monat. Stimmt das grob?")
    assert any(s.param == "claimed_value" for s in req.stated)


def test_one_card_priced_beside_a_budget_is_no_count():
    # ("if one H100 costs about $25,000": the card the price is for; the count is what the budget buys)
    params = parse("our budget is $2M. if one H100 costs about $25,000, how many can we buy?").params
    assert "gpus" not in params and params["price_usd"] == 25_000


def test_a_belgian_ten_is_read():
    assert_params("Salut, on gère le support : nonante mille tickets par jour, 4 échanges par ticket, Llama 3 8B sur "
                  "L4. Tu me fais le calcul?", {"queries_per_day": 90_000, "turns_per_session": 4})


def test_a_rival_fleet_matched_in_compute():
    res = _answer("友商有5000张H100，我们如果全部用H20，需要多少张才能在训练算力上持平？按FP8口径。")
    assert res.intent == "convert"
