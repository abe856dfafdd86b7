"""Round 76 (Chinese car makers' in-car assistants, Australian and New Zealand miners and utilities, Chinese
university computing platforms, and sealed sets from Chinese game studios, Latin American fintech and
e-commerce, and Nordic telcos and public bodies): a day's volumes with their side said after the tokens
("3亿tokens输入、6000万tokens输出"); the tokens an energy per token is asked for ("生成10^8个token的电费"); one
driver's day ("每个车主每天…2000个输出token"); cars counted with 台; a membership's price after a comma; a
team's time for a run, checked; "one 8x H20 box" claimed as its cards; places of any kind with cards per
place; a currency said after the unit ("55c/kWh AUD"); a card's price after a hedge; a server quote beside a
budget; "总价多少" for servers; Spanish and Portuguese shorthand ("5 mi", "30 bi"), epochs, runs, a peak and
a speed-up; a name after a number the reading rewrote ("Sabiá-3 pra 1 mi de usuários")."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # a day's two volumes, the side said after the tokens; one volume with its side in brackets
    ("不自建的话直接调API：每天大概3亿tokens输入、6000万tokens输出，输入0.8元/百万tokens，输出2元/百万tokens，一个月账单多少？",
     {"input_tokens_per_day": 3e8, "tokens_per_day": 6e7}),
    ("每天大概要调2000万tokens（输出），API价格每百万tokens 2元，和自己用4张L40S部署Qwen2.5 7B比哪个便宜？",
     {"tokens_per_day": 2e7}),
    # the tokens an energy per token is asked for
    ("测了下H100跑Llama 3 8B大概每token 0.3J，生成10^8个token的电费是多少？电价按0.6元一度", {"per_tokens": 1e8}),
    ("At 0.3 J per token on H100, what does generating 100 million tokens cost in electricity at $0.1/kWh?",
     {"per_tokens": 1e8}),
    # one driver's day
    ("每个车主每天大约消耗2000个输出token，300万DAU，Llama 3.1 70B部署在H200上，要多少张？",
     {"tokens_per_user_day": 2000, "users": 3e6}),
    # cars counted with 台, online at once or not
    ("高峰期同时在线对话的车大概15万台，模型用Llama 3.1 8B跑FP8，H100 SXM需要多少张", {"concurrent_users": 150_000}),
    ("联网车辆有200万台，每台每天问5次，Qwen2.5 7B跑在L40S上，需要多少张", {"users": 2e6}),
    # a membership's price after a comma
    ("车主App打算做会员，每月9.9元，DAU 200万，每人每天10次，Qwen2.5 72B跑在H20上，H20租价9元/卡时，GPU成本能覆盖吗？",
     {"cny_per_user_month": 9.9}),
    # places of any kind, each with its cards
    ("Regional deployment across 6 data centers (EU + China), each independent with its own GPUs. 900 QPS total, "
     "Qwen2.5 72B on H100 NVL. Min GPU count?", {"sites": 6}),
    ("Edge plan: 14 mine sites, 2 L4 per site, Llama 3.1 8B, each site has ~150 users on shift. Enough?",
     {"servers": 14, "gpus_per_server": 2}),
    # a currency said after the unit, its US$ twin used
    ("2 L40S at 350W per GPU, diesel power around 55c/kWh AUD (~US$0.36/kWh). Annual cost?",
     {"electricity_usd_per_kwh": 0.36}),
    # a server quote beside a budget, and servers priced for a total
    ("我中心拟采购H200 8卡服务器一批，预算1200万元，单台报价约230万元，请问可采购几台？",
     {"budget_cny": 1.2e7, "server_price_cny": 2.3e6}),
    ("H20 8卡服务器报价120万一台，供应商说批量采购能打85折，我们要10台，总价多少？",
     {"server_price_cny": 1.2e6, "servers": 10, "discount": 0.15}),
    ("我们组今年算力经费就30万，学校A100 80G每卡时6块，够不够把Llama 2 7B在200B tokens上预训练一遍？", {"budget_cny": 3e5}),
    # the hours of a card
    ("we have 50k hours of Gaudi 2 in cloud credits. how many tokens can we train an 8B model on at 40% MFU?",
     {"gpu_hours": 50_000}),
    # Spanish and Portuguese
    ("Fintech em São Paulo, 5 mi de usuários ativos por dia, cada um faz ~2 perguntas pro assistente. Qwen2.5 72B em "
     "H100. Quantas GPUs?", {"users": 5e6, "queries_per_user": 2}),
    ("Quantos dias pra treinar um GPT-2 XL do zero com 30 bi de tokens em 32 chips TPU v4 a 38% de MFU?",
     {"train_tokens": 3e10, "gpus": 32}),
    ("Fine-tuning de Llama 3 8B con 12 mil millones de tokens, 2 épocas, en 64 MI250X al 35% de MFU. Son 3 corridas. "
     "¿Cuántos días en total?", {"epochs": 2, "runs": 3}),
    ("cuantas L40S ocupo para servir Qwen2.5 7B a 350 QPS promedio con pico 2.5x? inputs de 600 tokens, salida 150 aprox",
     {"peak_factor": 2.5, "output_tokens": 150}),
    ("Black Friday: esperamos pico de 4x sobre a média de 150 QPS no recomendador com Llama 3 8B. Quantas L40S?",
     {"peak_factor": 4, "qps": 150}),
    ("Si la H200 rinde 1,6x en nuestro workload y hoy tenemos 48 H100 en producción, ¿cuántas H200 necesitamos para "
     "igualar el throughput?", {"speedup": 1.6}),
    ("Temos 50 mil horas de Gaudi 2 num crédito de cloud. Dá pra treinar um modelo de 8B com quantos tokens a 40% MFU?",
     {"gpu_hours": 50_000}),
    ("Con un presupuesto de 5 millones de dólares, ¿cuántas B200 podemos comprar si el 60% va a GPUs y cada una cuesta "
     "~US$40k?", {"budget_usd": 5e6, "price_usd": 40_000, "budget_share": 0.6}),
    ("Nosso chatbot gera 30 mi de tokens de saída e 120 mi de entrada por dia. Com preço de US$ 0,40 por milhão de "
     "entrada e US$ 1,60 por milhão de saída, quanto dá por mês?",
     {"tokens_per_day": 3e7, "input_tokens_per_day": 1.2e8}),
    # a price per user per month in another currency, its US$ twin
    ("We charge municipalities 45 SEK per user per month (~$4.20). 80 000 users, 10 queries a day each, Llama 3.1 70B "
     "on H100 rented at $2.4/h. Do we make money?", {"usd_per_user_month": 4.2}),
    ("AI队友要求TPOT 50ms以内，同时在线的AI队友大概1.2万个，Llama 3.1 70B，H200，要多少卡", {"concurrent_users": 12_000}),
])
def test_round76_readings(q, expect):
    assert_params(q, expect)


def test_a_teams_time_for_a_run_is_checked():
    res = _answer("算法团队说128张H800训Qwen2.5 72B，1000亿tokens只要10天，真的假的？")
    # (the time computed at the default MFU, the one said set against it; it had been taken as given)
    assert "给出的“10天”" in res.headline
    assert fig(res, "train_days") == pytest.approx(10, rel=0.1)


def test_one_box_of_eight_claimed_is_its_cards():
    res = _answer("Sanity check: a competitor claims one 8x H20 box serves 1,200 concurrent users on Qwen2.5 72B at "
                  "35 ms/token. Plausible?")
    # (the 8 had been set against the 12 servers sized: 0.67x)
    assert fig(res, "claimed_claimed_value") == pytest.approx(8 / fig(res, "gpus"))


def test_a_hearsay_count_put_to_the_check():
    res = _answer("Some bloke on Reddit reckons 4 RTX 4090s will serve Llama 2 70B at INT4 to 50 users at once. "
                  "Fair dinkum?")
    assert res.intent == "fleet" and "the stated '4'" in res.headline


def test_card_prices_after_a_hedge_are_each_options():
    req = parse("MI300X vs H100 for serving Llama 3 70B in fp8, which gives more tokens per dollar? Quotes we've got: "
                "MI300X about US$15k, H100 about US$25k (so ~A$23k vs A$38k).")
    assert [o.get("price_usd") for o in req.options] == [15_000, 25_000]
    # (an amount in Australian dollars is not the card's price)
    assert not any(s.param == "price_usd" and "38" in s.text for s in req.stated)


def test_servers_priced_for_a_total_are_a_purchase():
    res = _answer("H20服务器120万一台，我们要10台，总价多少？")
    assert res.intent == "capex" and fig(res, "cost_cny") == pytest.approx(1.2e7)


def test_a_name_after_a_number_the_reading_rewrote():
    with pytest.raises(CalcError) as err:
        _answer("Qual o tamanho do cluster pra servir o Sabiá-3 pra 1 mi de usuários por dia em H100?")
    assert err.value.kind == "unknown_model"


def test_a_rewritten_tensor_parallel_is_no_name():
    # (a guard: passes before and after; "TP=8" is written "tp8" once read, beside "4k" written out)
    res = _answer("Llama 2 70B，bf16，H100 80G，TP=8，上下文按 4k 输入 + 1k 输出，KV cache 还能放多少并发？")
    assert res.intent in ("memory", "throughput")
