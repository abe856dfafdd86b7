"""Round 83 (Chinese provincial governments and state-owned enterprises, Nordic and Dutch SaaS companies in
English, companies in Spain, and sealed sets from Chinese short-video platforms, US university research computing
and Korean game and portal companies): Spanish of Spain (calc/romance.py: "pasa de 200k usuarios a 2,5M", "a
unos 38.000 € la unidad", "a 2,20 €/hora", "cada 1.000 tokens", "horas-GPU", "2,5 veces más rápidas", "un 30% más
por red", "limitados a 20 kW por rack", "el tráfico se multiplica por 10"), a currency's rate said with its name
("con el euro a 1,08 $"), a second currency's rate beside the first's, spaced thousands before DAU, a box with its
cards then its price, two options counted one in servers and one in cards, a rate measured on one box running the
model, places that each build a node, civil servants as users, an NIH grant's code no card."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Spanish of Spain
    ("Con 12 M€ de presupuesto, ¿cuántas H200 podemos comprar a unos 31.000 € la unidad?", {"price_usd": 35_650}),
    ("El servicio pasa de 50k usuarios a 800k usuarios diarios. Hoy lo servimos con 16 tarjetas L4, ¿a cuántas "
     "tenemos que ir?", {"users": 50_000, "users_to": 800_000}),
    ("¿Cuánto cuesta cada 1.000 tokens si alquilamos H100 a 2,50 €/hora y sacamos 2.500 tok/s por GPU con Llama "
     "3.1 8B?", {"per_tokens": 1000}),
    ("El entrenamiento nos llevó 40.000 horas-GPU en A100. ¿Y en H100 si van 3 veces más rápidas?",
     {"gpu_hours": 40_000, "speedup": 3}),
    ("Nos ofrecen 50 servidores HGX H200 a 300.000 € cada uno. ¿Y si sumamos un 25% más por red y almacenamiento?",
     {"all_in_multiple": 1.25}),
    ("Hoy tenemos 32 tarjetas L40S. Si el tráfico se multiplica por 5 en un año, ¿cuántas nos harán falta?",
     {"factor": 5}),
    ("Tenemos 4 millones de usuarios semanales y de esos un 30% entra cada día, 2 preguntas cada uno, Mistral 7B en "
     "L4. ¿Cuántas L4?", {"users": 4e6, "dau_per_wau": 0.3}),
    ("Precio de 30.000 $ cada GPU H100. Con el euro a 1,10 $, ¿cuánto suman 512 tarjetas en euros?",
     {"fx_rate": 1.1}),
    ("Con 1.024 GPUs H100 a un 40% de MFU el entrenamiento sale en 20 días. Si ganamos 5 puntos de MFU, ¿cuántos "
     "días?", {"mfu_gain_points": 0.05}),
    ("NVIDIA dice que la B200 es 2x más rápida que la H100. Si hoy servimos la carga con 96 GPUs H100, ¿cuántas B200 "
     "harían falta?", {"speedup": 2}),
    # English, European habits
    ("We have ca. 8 000 DAU today and expect 120 000 DAU next year, 15 requests/day each, Llama 3.1 8B on L4. "
     "How many now vs then?", {"users": 8000, "users_to": 120_000}),
    ("An HGX box with 8 GPUs (H100 SXM) is approx. 280 k€, renting is ca. 2,90 €/GPU-hour. Over 3 years, buy or "
     "rent?", {"server_price_usd": 322_000, "gpus_per_server": 8}),
    # Chinese: a box's measured rate, places each building a node, civil servants
    ("实测单台8卡H100跑Llama 3 70B，每秒输出约9000 token，每天要生成约10亿token，需要几台？",
     {"observed_tokens_per_s_per_server": 9000}),
    ("全省10个地市各建一个边缘推理节点，每个节点2张L4，跑Qwen2.5 7B，每次输入500、输出150 token，合计能承载多少日均咨询量？",
     {"servers": 10, "gpus_per_server": 2}),
    ("平台面向约8万公务人员，峰值并发2000人，Llama 3.1 70B，H100要几张？", {"users": 80_000, "concurrent_users": 2000}),
    # (a guard: passes before and after; a Spanish fleet the round's readings must leave alone)
    ("Tenemos 2.000 usuarios diarios, 10 consultas cada uno, Llama 3.1 8B en L4. ¿Cuántas GPUs?",
     {"users": 2000, "queries_per_user": 10}),
])
def test_round83_readings(q, expect):
    assert_params(q, expect)


def test_two_options_counted_one_in_servers_one_in_cards():
    res = _answer("甲方案6台Gaudi 3服务器（每台8卡），乙方案H200共40张，都跑Llama 3.1 70B（fp8），哪个吞吐更高？")
    assert "48" in res.headline


def test_two_options_in_english_are_compared_not_summed():
    res = _answer("Option A: 6 Gaudi 3 servers (8 cards each), option B: 40 H200 SXM; both serve Llama 3.1 70B fp8. "
                  "Which has higher throughput?")
    assert "48" in res.headline and "in all" not in res.headline


def test_a_second_currencys_rate_is_no_rent():
    req = parse("A quote of £2,10 per GPU-hour for H100. At 1,27 $ per £ and 1,09 $ per €, what is it per month "
                "for 8 GPUs?")
    assert not any(s.param == "rent_usd_per_hour" and s.value == pytest.approx(1.09) for s in req.stated)


def test_a_grant_code_is_no_accelerator():
    res = _answer("Our R01 has ~$400K for compute. At ~$30k a card, how many H100s can we buy?")
    assert res.intent == "capex"


def test_a_server_product_with_its_cards_in_brackets():
    assert_params("Dell quote for 3x XE9680 (8x H200 each) is $350k per server. Total?",
                  {"servers": 3, "gpus_per_server": 8})


def test_a_korean_npu_is_named_unknown_not_sized_as_a_default():
    with pytest.raises(CalcError) as e:
        parse("혹시 리벨리온 ATOM 카드로 Llama 3.1 8B 서빙하면 20만 DAU 커버하는 데 몇 장 들어요?")
    assert e.value.kind == "unknown_accelerator"
