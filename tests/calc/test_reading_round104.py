"""Round 104 (Mexican Spanish, Chinese internet and game-studio infra engineers, robotics and autonomous-driving
teams, and sealed sets from Chinese tender documents, electric-utility planners and Spain's Spanish): dollars
written "dls" and millions of them "mdd", the rate written "TC", "2.8 pesos el kWh", a card that "anda en 38k
dls", "en 512 A100", "por H100", "promedian", "contestamos con", "entra diario", "latencia de primer token";
"冲到2000w" (万 of a count grown to), "一台8卡96G", "一半钱花卡上", a yen price per card; "30 runs, each
~2e20 FLOPs", "$ per 1k requests", "~60x/day", "JPY 1.5B", "pi0-FAST"; "310.000,00 €", "horas de GPU",
"cada 1.000 peticiones", "usuarios mensuales", "del 32% al 45%", "multiplicar por 50"; "输入提示", "HBM成本占整卡价格比例",
the power cost per 1k requests, a period's electricity beside a per-hour share, input tokens said second."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Mexico: dollars as "dls"/"dlls", millions of them "mdd", the rate as "TC"
    ("¿Cuanto sale rentar 64 H200 a 3.4 dlls la hora por 10 dias? Pasamelo en pesos, TC 18.1",
     {"rent_usd_per_hour": 3.4, "local_per_usd": 18.1}),
    ("Tenemos 12 mdd para GPUs. ¿Cuantas H100 alcanzan si cada una anda en 29k dls?",
     {"budget_usd": 12e6, "price_usd": 29000}),
    ("Cuanto seria la luz de 256 H100 a 700 W por GPU con la tarifa de 2.4 pesos el kWh? tipo de cambio 17.9",
     {"electricity_usd_per_kwh": 2.4 / 17.9}),
    ("Nos dicen que la memoria anda en 11 dls el GB, ¿que tanto del costo de una H200 es pura HBM?",
     {"hbm_usd_per_gb": 11}),
    ("Nuestro run de 30 dias en 256 A100 80GB, si lo pasamos a 256 H100 y el MFU sube 6 puntos, ¿en cuanto queda?",
     {"from_gpus": 256, "mfu_gain_points": 0.06}),
    ("Los correos promedian 800 caracteres (como 4 caracteres por token) y contestamos con 150 tokens. "
     "Son 300 mil correos al dia. Mistral 7B en L4, ¿cuantas?", {"input_tokens": 200, "output_tokens": 150}),
    ("¿Cuantas H100 para Llama 3.1 70B a 50 req/s, prompts de 2k, con latencia de primer token menor a 500 ms?",
     {"ttft_ms": 500}),
    ("La app tiene 4 millones de usuarios semanales y como el 30% entra diario. Cada quien manda 5 mensajes, "
     "Qwen2.5 7B en L4, ¿cuantas?", {"dau_per_wau": 0.3}),
    ("¿Cuanto serian 64 H200 a 560 mil pesos cada una, mas 30% por red y facilities? tipo de cambio 18",
     {"all_in_multiple": 1.3}),
    ("Cada dia metemos 2 mil millones de tokens de entrada y sacamos 300 millones de tokens de salida con "
     "Llama 3.1 8B en L40S. ¿Cuantas?", {"input_tokens_per_day": 2e9, "tokens_per_day": 3e8}),
    ("Si el computo crece 1,000x en una decada, ¿cada cuantos meses se duplica?", {"period_months": 120}),
    # Chinese internet companies: 万 typed as "w" for a count grown to; a card's memory after the cards
    ("现在DAU 50w，老板要冲到500w，每4个月翻一番，多久能到？L40S要扩到多少张", {"users_to": 5e6}),
    ("Qwen2.5 72B上H20，一台8卡141G，单台每秒2000 token输出，QPS 200，要多少台", {"hbm_gb_per_gpu": 141}),
    ("预算2个亿，L40S渠道价大概6万一张，一半钱花卡上，能买多少张", {"budget_share": 0.5}),
    ("日本那边报价 H100 一张 480万日元，1美元=150日元，买32张一共多少美元", {"price_usd": 4.8e6 / 150}),
    # robotics: runs each of so many FLOPs, a request's cost asked by its sign, times a day written "x"
    ("fleet of 2k robots, each one queries the VLM ~40x/day, 2k-token prompts, 60 tokens out, Qwen2.5 7B on L4, "
     "how many?", {"queries_per_user": 40}),
    ("warehouse bots: 500 robots, each calls the planner ~25x an hour, Llama 3.1 8B on L4, how many?",
     {"queries_per_user": 600}),
    ("how many H200 can JPY 4B buy at ~$32k each, 152 yen to the dollar?", {"budget_usd": 4e9 / 152}),
    ("what would H100s at 5.2 million yen each cost for 16 cards, 150 yen to the dollar?", {"price_usd": 5.2e6 / 150}),
    ("if our compute must multiply by 20 and capacity doubles every 8 months, how long?", {"factor": 20}),
    # Spain: full euro amounts, "horas de GPU", requests counted, monthly users, an MFU raised, turns
    ("Calculamos unas 1.500 horas de GPU en H100; alquiladas a 2,10 €/hora por GPU, ¿cuánto es? Cambio a 1,08 $ por €",
     {"gpu_hours": 1500}),
    ("¿Cuánto nos cuestan 8 servidores HGX H200 si el integrador nos deja cada uno en 298.500,00 €?",
     {"server_price_usd": pytest.approx(298500 * 1.15, rel=0.05)}),
    ("¿Cuánto nos cuesta cada 1.000 peticiones con Llama 3.1 8B en L4 alquiladas a 0,70 €/h, 500 tokens de entrada "
     "y 150 de salida?", {"per_requests": 1000}),
    ("Tenemos 2M de usuarios mensuales y el ratio DAU/MAU anda por el 30%. Cada usuario activo manda 6 preguntas "
     "al dia. Con Mistral 7B en L4, ¿cuántas GPUs?", {"dau_per_mau": 0.3}),
    ("Con 16 tarjetas A100 hemos pasado el MFU del 30% al 42%. Si el fine-tune antes tardaba 9 dias, ¿cuánto "
     "tardará ahora?", {"mfu": 0.3, "mfu_to": 0.42}),
    ("Tenemos 800.000 usuarios semanales, un 50% entra cada dia. Cada uno abre 3 conversaciones al dia de 4 turnos. "
     "Con Qwen2.5 7B en L4, ¿cuántas?", {"turns_per_session": 4}),
    ("Queremos 128 GPUs H100 a 28 k€ cada una; súmale un 35% por red y CPD. ¿Cuánto es el total?",
     {"all_in_multiple": 1.35}),
    # Chinese tender documents
    ("每天生成1万篇报告，每篇输入提示约800个token，输出约1500个token，Qwen2.5 72B、H20，需多少张？",
     {"input_tokens": 800}),
    ("每天输入中文原文约1亿字（按1.5字≈1 token），输出英文译文约8000万个单词（1个token约0.75个单词），"
     "Qwen2.5 72B，H20需多少张？", {"input_tokens_per_day": 1e8 / 1.5}),
    # utility planners
    ("Token load: 200 billion output tokens a day plus 1 trillion input tokens a day, Llama 3.1 70B on H100, "
     "how many GPUs?", {"tokens_per_day": 2e11, "input_tokens_per_day": 1e12}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round104_readings(q, expect):
    assert_params(q, expect)


def test_a_lower_case_name_with_a_capitalised_suffix_is_an_unknown_model():
    with pytest.raises(CalcError) as e:
        parse("how fast does octo2-Small run on one L40S for 16-step action chunks?")
    assert e.value.kind == "unknown_model"


def test_dollars_per_1k_calls_asked_by_the_sign_are_the_cost_of_that_many_calls():
    res = compute(parse("need $ per 1k calls for our robot planner: Llama 3.1 8B on L40S rented at $0.9/hr, "
                        "500 in / 80 out tokens"))
    assert fig(res, "cost_per_n_requests_usd") > 0 and "per 1,000 requests" in res.headline


def test_thirty_runs_of_each_so_many_flops_take_thirty_times_the_hours():
    one = compute(parse("one run of ~2e20 FLOPs on H100s at 400 TFLOP/s effective, GPU-hours?"))
    all_runs = compute(parse("30 runs, each ~2e20 FLOPs, on H100s at 400 TFLOP/s effective, GPU-hours total?"))
    assert fig(all_runs, "gpu_hours") == pytest.approx(30 * fig(one, "gpu_hours"))


def test_the_power_cost_per_1k_requests_is_the_bill_over_the_requests():
    res = compute(parse("Mistral 7B on L4, 2,000 queries per second, 400 in / 100 out tokens. Power at 6¢/kWh: "
                        "electricity cost per 1k requests?"))
    per_day = 2000 * 86400
    assert fig(res, "cost_per_n_requests_usd") == pytest.approx(
        fig(res, "electricity_usd") / (per_day * 365.25) * 1000, rel=1e-6)


def test_the_hbm_share_of_a_stated_price_at_a_dram_multiple():
    res = compute(parse("DRAM按每GB 3美元、HBM按DRAM价格的5倍估算，MI300X每卡192GB显存、单价约1.5万美元，"
                        "HBM成本占整卡价格比例多少？"))
    assert fig(res, "hbm_share_of_price") == pytest.approx(192 * 3 * 5 / 15000)
    assert "19.2%" in res.headline
