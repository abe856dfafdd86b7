"""Round 80 (Indonesian e-commerce, Chinese grid companies, Chinese banks, and sealed sets from US/UK law firms,
German machine builders and Indian IT services): Indonesian words (rb/jt, keping, kartu, "naik 6x dari rata-rata",
"token output" said after its number, dotted thousands once a decimal comma shows), German words (staff nouns
in compounds, Stück, Faktor, "auf alle … ausrollen", "um … zu ersetzen"), a range's low end in the high end's
text unit, a Chinese numeral's turns, a rate that frees the budget said after it, a second card price in the
other currency when the cheaper one is asked, a count "of them" that is people, an organisation's size, a
server maker's product name, a claim's cost per N requests, a moved run's time asked to be confirmed."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Indonesian: shorthand scales, per piece, peaks over the average, the side after "token"
    ("Kalau harga L40S sekitar $9rb per keping, budget USD 2 juta, dapet berapa kartu?",
     {"price_usd": 9000, "budget_usd": 2e6}),
    ("Trafik chatbot biasanya naik 4x dari rata-rata harian. Hari normal ada 10 juta request, "
     "model Llama 3 8B di L4, butuh berapa kartu?", {"peak_factor": 4, "queries_per_day": 1e7}),
    ("Volume kita ~300 juta token output/hari, API bayarnya $0,50 per 1 juta token output, dibanding sewa 8 H100 "
     "$2,1/jam, mana yg lebih murah?", {"tokens_per_day": 3e8, "usd_per_million_tokens": 0.5,
                                       "rent_usd_per_hour": 2.1}),
    ("Beli 64 H100 dengan harga $28.500 per GPU, sewa $2,35/jam selama 12 bulan, mending sewa atau beli?",
     {"price_usd": 28500, "rent_usd_per_hour": 2.35}),
    ("Tim riset mau 12 run, masing2 Qwen2.5 7B di 30 miliar token, pakai 32 GPU H100 per run. Berapa hari?",
     {"runs": 12, "train_tokens": 3e10}),
    # German: staff in compounds, "Stück", "Faktor", rolled out to all, replaced
    ("Für unsere ca. 800 Vertriebsmitarbeiter soll ein Assistent mit Llama 3 8B laufen, jeder stellt so 15 Anfragen "
     "am Tag. Wie viele L4 brauchen wir?", {"users": 800, "queries_per_user": 15}),
    ("HGX H100 für 310.000 € netto/Stück, wir bräuchten 3 Stück. Was landet insgesamt auf der Rechnung?",
     {"servers": 3}),
    ("Aktuell nutzen ca. 150 Kollegen den Bot, die GF will ihn auf alle 2.000 MA ausrollen. Heute laufen 2 L40S. "
     "Wie viele brauchen wir dann?", {"users": 150, "users_to": 2000, "gpus": 2}),
    ("Wie viele H100 SXM bräuchte man, um 48 MI300X zu ersetzen?", {"gpus": 48}),
    ("Budget 1,8 Mio. €, davon sollen ca. 70 % in GPUs gehen. Wie viele H100 SXM bei einem Kartenpreis von 28.000 €?",
     {"budget_share": 0.7}),
    # a range's low end in the high end's unit
    ("每条回复600~800字，每天5万条，用Qwen2.5 7B，L40S要几张", {"output_tokens": 600 * 0.6}),
    # turns in a Chinese numeral
    ("日均工单8000单，每单四轮对话，每轮输入1500token，输出200token，Llama 3 8B用L4要几张？", {"turns_per_session": 4}),
    # a concurrency said after the people: "using it concurrently"
    ("about 90 dispatchers using it concurrently, Llama 3 70B, 2k prompts, 300-token answers. How many H100s?",
     {"concurrent_users": 90}),
    ("研发中心有3000名开发，高峰并发400人，Qwen2.5 7B，L40S要几张？", {"users": 3000, "concurrent_users": 400}),
    # "gets N back" after the prompt's tokens
    ("each call sends ~1.5k tokens of context and gets ~90 back, 400k calls a day, Mistral 7B on L4s, how many?",
     {"input_tokens": 1500, "output_tokens": 90}),
    # items made "of them" a day are the day's requests, not cards
    ("Listings are ~120 words each and we need 500k of them generated per day with Llama 3 8B on L4. How many?",
     {"queries_per_day": 5e5}),
    # an organisation's size as its users, unless another count of users is said
    ("We're a ~1,200-employee insurer; each employee asks 6 questions a day on Llama 3 8B. How many L40S?",
     {"users": 1200, "queries_per_user": 6}),
    # (a guard: passes before and after; another count of users is the users)
    ("we're a 20-person agency. 5,000 paying users, each 10 queries a day on Qwen2.5 7B, L4s?", {"users": 5000}),
    # a team's people
    ("a claims team of 60 will use Qwen2.5 7B, 20 queries per person per day. L4s?", {"users": 60}),
    # places said to hold their own cards, "each <place> N cards"
    ("Edge plan: 600 depots, each depot 2 L4 cards, Llama 3 8B, 5 million requests a day in total. Enough?",
     {"sites": 600, "gpus_per_server": 2}),
    ("900 lawyers across 12 offices; data can't leave the building, so each office gets its own L4 cards. 15 "
     "queries per lawyer a day, Mistral 7B. How many per office?", {"sites": 12}),
    # training tokens said with a word scale
    ("Sweep: 16 runs, each Llama 3 8B on 50 billion tokens, 64 H100 per run. GPU-hours at $2/hr?",
     {"runs": 16, "train_tokens": 5e10}),
    # a peak over the average said with "over"
    ("traffic rises 5x over the daily average; 3M requests a day on Qwen2.5 7B, how many L40S?",
     {"peak_factor": 5}),
    # a rate before the amount: the budget after it is the budget
    ("H200 for $31,000 per GPU, €1 = $1.10. How many can we buy with a budget of €2M?",
     {"budget_usd": 2e6 * 1.1, "fx_rate": 1.1}),
    # an exact count in brackets after a round one, of the people named
    ("Power users (our quant researchers) burn ~40k output tokens each per day, and there are a few hundred of "
     "them (call it 250). Llama 3 70B on H100, how many GPUs?", {"users": 250}),
    # a speed ratio said as "N x of" the other card
    ("If each Gaudi 3 is ~$16k and we need performance equal to 100 H100 SXM, what would we spend? Assume Gaudi 3 "
     "delivers 0.8x of H100.", {"speedup": 1 / 0.8, "gpus": 100}),
    # "a volume of N" cards ordered
    ("H200 at $31,000 each, 10% off on a volume of 512. Total?", {"gpus": 512, "discount": 0.1}),
])
def test_round80_readings(q, expect):
    assert_params(q, expect)


def test_a_second_price_in_the_other_currency_is_compared():
    res = _answer("新加坡那边报价 H100 单卡 2.9万美元，国内渠道 22万元人民币，汇率按 7.2，哪个便宜？各买 32 张差多少")
    assert len(res.alternatives) == 2 and not any("22万" in u.text for u in res.unused)


def test_a_claimed_cost_per_thousand_requests_is_checked_against_that_cost():
    res = _answer("Our finance team says it costs $0.30 per 1,000 requests for Llama 3 8B on L4 rented at $0.80/hr, "
                  "1,000 tokens in and 200 out. Does that make sense?")
    assert any(i.param == "claimed_value" for i in res.inputs)
    assert "per 1,000 requests" in res.headline and "$0.30" in res.headline and "0.0481 computed" in res.headline


def test_a_moved_run_time_asked_to_be_confirmed_is_a_claim():
    res = _answer("Our fine-tune took 12 days on 64 A100s. On 64 H100s would it really finish in 4 days?")
    assert "the stated '4 days'" in res.headline and any(i.param == "from_accelerator" for i in res.inputs)


def test_energy_per_requests_beside_a_days_load():
    res = _answer("At 0.4 J per output token and 300-token answers, what's the energy per 1,000 requests, and the "
                  "average power for 20 million requests a day?")
    assert "per 1,000 requests" in res.headline and not res.unused


def test_a_server_makers_product_is_no_unknown_model():
    res = _answer("HPE quote for XD670 with 8 GPUs per node is $320k per server (H100 SXM). Need 16 nodes, total?")
    assert any(i.param == "servers" for i in res.inputs)


def test_a_kind_of_model_and_its_size_is_no_name():
    res = _answer("Pretraining an Odia 7B-param model on 1T tokens on 256 H100 at 35% MFU, how many days?")
    assert any(i.param == "params" for i in res.inputs)


def test_the_users_stated_beside_a_rate_asked():
    res = _answer("how many tok/s would Qwen2.5 7B do on one L40S? our ops team of 25 wants it for runbooks")
    assert "25 users stated" in res.headline


def test_a_time_on_other_cards_asked_needs_no_model_size():
    # (a guard: passes before and after; the unknown model's run is moved by the cards' speed)
    res = _answer("GPT-4 training was reportedly ~25k A100s for ~90 days. What would that take on H100 today?")
    assert any(i.param == "from_accelerator" for i in res.inputs)
