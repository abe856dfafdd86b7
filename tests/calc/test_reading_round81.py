"""Round 81 (Brazilian agribusiness and banks, Chinese live-streaming e-commerce, Japanese companies, and sealed
sets from airlines, French public bodies and retailers, Chinese logistics): Japanese (calc/japanese.py: 万 and
億 as "man" and "oku" in English, "dai" and 枚 counters, "1人1日10回", "1kWhあたり0.15ドル"; answered in English),
Portuguese and Spanish words (calc/romance.py), French abbreviations ("1,2 Md de tokens", "800 M de tokens") and
words (calc/french.py), a users count restated ("~30k employees, call it 18k DAU"), merchants and streamers as
users, live rooms streaming at once as concurrency, documents counted in 张 as requests, a room's "usable IT
load", a per-request phrase no energy question, a rate "1 € = 1,09 $", a target MFU."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Japanese, romanised in English and in Japanese script
    ("Our chat app has 40 man DAU, each user 5 requests/day, Llama 3.1 8B on L4. How many GPU?",
     {"users": 4e5, "queries_per_user": 5}),
    ("We need 3 oku tokens per day of output with Mistral 7B on L40S. How many cards?", {"tokens_per_day": 3e8}),
    ("Quote: 8 dai of HGX H100 at $300k per dai. Total in USD?", {"servers": 8, "server_price_usd": 300_000}),
    ("社内ボットにQwen2.5 7Bを使います。利用者は1日2000人、1人1日8回質問します。L4だと何枚必要ですか？",
     {"users": 2000, "queries_per_user": 8}),
    ("H100を256枚入れます。1枚あたり700Wで、PUEは1.3です。電気代は1kWhあたり0.12ドルです。1年間の電気代はいくらですか？",
     {"gpus": 256, "watts_per_gpu": 700, "pue": 1.3, "electricity_usd_per_kwh": 0.12}),
    # Portuguese and Spanish
    ("App tem 10 mi de MAU, DAU/MAU de uns 30%. Cada DAU faz 3 perguntas por dia, Llama 3 8B em L4, quantas GPUs?",
     {"dau_per_mau": 0.3}),
    ("Temos uma cota de 20 mil GPU-horas de H100. Dá pra treinar um modelo de 3 bi de parâmetros em 100 bi de tokens?",
     {"gpu_hours": 20_000, "params": 3e9, "train_tokens": 1e11}),
    ("Qual o custo por 1.000 requisições com Llama 3 8B em L4 a US$ 0,80/h? Prompt 500 tokens, resposta 100.",
     {"per_requests": 1000}),
    ("Piloto do assistente: 500 usuários rodando em 2 L40S. Vamos expandir pra 8 mil gerentes. Quantas L40S?",
     {"users": 500, "users_to": 8000}),
    ("Tenemos 10 servidores con 8 L40S cada uno. Cada servidor consume 3 kW, el PUE es 1,4 y la electricidad nos "
     "cuesta US$ 0,12 por kWh. ¿Cuánto pagamos al año?", {"pue": 1.4, "electricity_usd_per_kwh": 0.12}),
    # French abbreviations and words
    ("Fine-tuning de Llama 3 8B sur environ 2,5 Md de tokens, 2 époques, sur 32 H100 à 40 % de MFU : combien de jours ?",
     {"train_tokens": 2.5e9, "epochs": 2}),
    ("Recherche documentaire : environ 500 M de tokens en entrée et 10 M de tokens en sortie chaque jour. Mistral 7B "
     "sur L40S, combien de cartes ?", {"input_tokens_per_day": 5e8, "tokens_per_day": 1e7}),
    ("The distributor quotes the H200 at $31 000 per GPU. With 1 € = 1,10 $, how many can we get for a 3 M€ budget ?",
     {"fx_rate": 1.1, "budget_usd": 3.3e6}),
    # a users count restated, the second the users
    ("an internal copilot for ~40k employees, call it 25k DAU, 20 requests/day each, Llama 3 70B on H100, how many?",
     {"users": 25_000}),
    # merchants and streamers as users; live rooms at once as concurrency
    ("商家数从现在2万涨到明年20万，每家每天20次调用，Llama 3 8B，L4要加多少张？", {"users": 2e4, "users_to": 2e5}),
    ("日活主播大概2万，每个主播每天平均触发300次回复，用Qwen2.5 7B，L40S要多少卡？",
     {"users": 2e4, "queries_per_user": 300}),
    ("大促期间同时开播800个数字人直播间，Qwen2.5 7B，L40S要多少张？", {"concurrent_users": 800}),
    ("During the sale we run ~200 live rooms concurrently on Llama 3 8B. How many L4s?", {"concurrent_users": 200}),
    # documents counted in 张, a day's requests
    ("当天预计3亿张面单要做地址结构化，Qwen2.5 7B，每张输入300 tokens，L40S要多少张？", {"queries_per_day": 3e8}),
    # a room's usable IT load, not one server's draw
    ("Our on-prem room at the Lyon HQ has 150 kW usable IT load. DGX B200 is ~14.3 kW per box. How many boxes?",
     {"power_mw": 0.15}),
    # (a guard: passes before and after; the room named right before its power)
    ("Our server room has 120 kW usable IT load. HGX H100 is ~10.2 kW per box. How many boxes?", {"power_mw": 0.12}),
    # a target MFU
    ("Our current MFU is 32% and we target MFU 42% after tuning. Llama 3 8B on 1T tokens, 128 H100, days saved?",
     {"mfu": 0.32, "mfu_to": 0.42}),
    # (after the round's first commit, from the French sealed set's misses) racks capped, a load multiplied, one
    # server's measured rate, a gain of MFU
    ("Dans la salle on a 4 baies disponibles, limitées à 12 kW chacune. Combien de serveurs 8x H100 SXM à 10,2 kW "
     "peut-on installer ?", {"racks": 4, "server_power_cap_w": 12_000, "gpus_per_server": 8}),
    ("La charge est multipliée par 10 environ. On a 4 H100 aujourd'hui. Quelle puissance électrique faut-il prévoir, "
     "à 1 000 W par GPU ?", {"factor": 10}),
    ("Bench : un serveur 8x H100 sort environ 9 000 tokens/s avec Llama 3 70B. On a besoin de 2 Md de tokens par "
     "jour. Combien de serveurs ?", {"observed_tokens_per_s_per_server": 9000, "tokens_per_day": 2e9}),
    ("If we gain 15% of MFU in relative vs the previous run (which took 10 days on 32 H100), how long on the same "
     "cluster?", {"mfu_gain": 0.15}),
    # a people noun, "pax" and "crew"
    ("~90k stranded pax each send ~3 messages to the bot, Llama 3 8B on L40S, how many?", {"users": 90_000}),
])
def test_round81_readings(q, expect):
    assert_params(q, expect)


def test_a_japanese_question_is_answered_in_english():
    res = _answer("社内ボットにQwen2.5 7Bを使います。利用者は1日2000人、1人1日8回質問します。L4だと何枚必要ですか？")
    assert res.headline.isascii()


def test_a_per_request_length_is_no_energy_question():
    res = _answer("客服机器人每秒800个请求，每个请求输入600 token、输出100 token，Llama 3 8B，供应商报了16张H100，是不是报多了？")
    assert res.intent == "fleet"


def test_a_lower_case_model_named_with_its_size_is_unknown():
    res = _answer("We plan to use NTT tsuzumi 7B for summaries, 3,000 calls per day, 2,000 tokens input each. L4s?")
    assert any("tsuzumi" in u.text for u in res.unused)


def test_one_rack_keeping_up_with_a_load_is_no_memory_question():
    res = _answer("Could we run DeepSeek-V3 on one GB200 NVL72 rack for roughly 20M requests/day, 1,000 in, 300 out?")
    assert res.intent == "fleet"


def test_an_english_number_spaced_as_thousands():
    # (thousands set apart with a space before any plural noun: it had been read as 50 and 0)
    assert_params("Our chatbot gets around 50 000 conversations per day on Llama 3 8B, L4s?", {"queries_per_day": 5e4})
