"""Round 69 (Japanese enterprise IT, game and live-streaming platforms, Latin American startups, and sealed
sets from Chinese grid companies, Chinese law firms and semiconductor analysts): "¥" beside its US$ twin at
a yen's ratio; a day's "200 亿输入 tokens、20 亿输出 tokens"; "caption-correction" corrects nothing; SUs asked
for stated GPU-hours; a lower-case model served with its size; "24 of them" far after the servers; "~10 out
per request" is a length, not an energy; Spanish and Portuguese peaks, cards, units, doubling, limits,
"por GPU", "tokens/dia", "de input", "por milhão", "migrar pra", "subir uns 8 pontos"; "TTFT margin 2x at
peak"; "Sabiá-3 65B"; "在 A100 80GB 上(64 张)"; "一台…服务器买下来 260 万元" against a rent."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # "¥" at a yen's ratio to its US$ twin: the dollars used, as the amount's own parameter
    ("Buy L40S x 32 units at ¥1,350,000 each (US$9k) or rent at US$0.9/hr for 2 years? Power is ¥27/kWh "
     "(approx. US$0.18/kWh), PUE 1.3.", {"price_usd": 9000, "electricity_usd_per_kwh": 0.18, "gpus": 32}),
    ("We will charge ¥1,500 per user per month (US$10). Each user consumes 20k output tokens a day at US$0.50 per "
     "million tokens. Margin per user?", {"usd_per_user_month": 10}),
    ("At 2024 prices an H200 was about ¥5,700,000 (US$38k). How many could we buy with US$15M?",
     {"price_usd": 38_000, "budget_usd": 15e6}),
    # a day's input and output said in Chinese after the number
    ("客户每天大约 50 亿输入 tokens、8 亿输出 tokens，输入每百万 tokens 1 元，输出每百万 tokens 4 元，一个月收入多少？",
     {"input_tokens_per_day": 5e9, "tokens_per_day": 8e8}),
    # a word of a name is no correction
    ("We're at 33% MFU training a 3B spell-correction model on 500B tokens with 64 H100 SXM. If MFU goes to 44%, how "
     "many days do we save?", {"mfu": 0.33, "mfu_to": 0.44, "params": 3e9}),
    # the servers named far before "N of them"
    ("Supermicro quoted HGX B200 servers at $420k a pop, and we're getting 10% off since we're taking 16 of them. "
     "Total capex?", {"servers": 16, "discount": 0.10}),
    # a request's lengths, the second without its noun
    ("We run moderation at 100 edge sites, 2 cards per site (L4), Llama 3 8B. Network-wide ~3,000 req/s, ~300 "
     "tokens in and ~20 out per request. Enough headroom?", {"input_tokens": 300, "output_tokens": 20}),
    # Spanish and Portuguese
    ("Oye, promedio ~800 qps con pico 2.5x, prompts de ~500 tokens y respuestas de ~150 tokens. Mistral 7B sobre "
     "L4s. ¿Cuántas tarjetas necesitamos?", {"peak_factor": 2.5, "qps": 800}),
    ("Medimos ~1.900 tok/s por GPU em H200 rodando Llama 3 70B em fp8. Precisamos gerar 8 bilhões de tokens/dia "
     "com pico 2x. Quantas GPUs?", {"observed_tokens_per_s_per_gpu": 1900, "tokens_per_day": 8e9, "peak_factor": 2}),
    ("Nossa base tá dobrando a cada 6 meses. Hoje são 200k DAU rodando em 16 GPUs H100. Se continuar assim, "
     "quantas GPUs vamos precisar em 2 anos?", {"doubling_months": 6, "period_months": 24}),
    ("Nosso colo em Campinas tem 20 racks livres, cada um limitado a 30 kW. Quantos servidores HGX H100 cabem, "
     "considerando ~10.2 kW por servidor?", {"racks": 20, "server_power_cap_w": 30_000}),
    ("Temos 512 GPUs H100 SXM, ~1,2 kW por GPU contando o servidor, PUE 1,3, energia a R$ 0,80/kWh (~US$0.15/kWh). "
     "Quanto dá a conta de luz por mês?", {"watts_per_gpu": 1200, "electricity_usd_per_kwh": 0.15}),
    ("respuestas de ~300 palabras y calculamos ~1.3 tokens por palabra. 50k usuarios diarios, 4 consultas por día "
     "cada uno. Llama 3 70B on H100: cuántas GPUs?", {"tokens_per_word": 1.3}),
    ("Nosso RAG: ~4k tokens de input, ~300 de output, 20k consultas/dia. Se a API cobra US$0.20 por milhão de input "
     "e US$0.80 por milhão de output, compensa hospedar Llama 3.1 8B em L40S?",
     {"usd_per_million_input_tokens": 0.20, "usd_per_million_tokens": 0.80, "input_tokens": 4000}),
    ("Nosso último treino levou 12 dias em 32 placas A100 80GB. Se migrar pra H100 SXM, 64 unidades, e o MFU subir "
     "uns 6 pontos, quantos dias leva?", {"from_gpus": 32, "gpus": 64, "mfu_gain_points": 0.06}),
    # a margin on the time to first token said as "TTFT margin"
    ("Llama 3 8B on L40S, 2,000 concurrent users, TTFT under 500 ms. Please assume TTFT margin 2x at peak. GPUs?",
     {"ttft_margin": 2}),
    # the cards a run was on, in brackets after "上"
    ("上次在 H100 上(128 张)训了 15 天,MFU 大概 40%。现在换成 B200,卡数一样,MFU 能提到 48%,要多久?",
     {"from_gpus": 128}),
    # what one server costs to buy, set against a rent per card-hour
    ("一台 HGX H200 服务器(8 卡)买下来大概 300 万元,租的话每卡时 20 元。用 3 年的话是买还是租划算?",
     {"server_price_cny": 3e6}),
])
def test_round69_readings(q, expect):
    assert_params(q, expect)


def test_yen_twins_answer_in_dollars():
    res = _answer("Which is cheaper for 3 years: buy H200 x 16 units at ¥6,000,000 each (US$40k), or rent at "
                  "US$3.5/hr? Electricity in our Osaka DC is ¥30/kWh (approx. US$0.20/kWh), PUE 1.4.")
    assert "RMB" not in res.headline and "US$" in res.headline
    assert {u.text for u in res.unused} == {"¥6,000,000 each", "¥30/kWh"}


def test_service_units_of_stated_hours():
    res = _answer("The centre bills in SUs where 1 SU = 2 GPU-hours on their H100 partition. Our sweep needs ~5,000 "
                  "GPU-hours, how many SUs do we need?")
    assert fig(res, "service_units") == pytest.approx(2500)
    assert not res.unused


@pytest.mark.parametrize("q,name", [
    ("We want to serve sarashina 13B (a Japanese LLM) to 20,000 employees on H100. How many GPUs?", "sarashina 13b"),
    ("Vamos rodar o Sabiá-3 65B pra 200 mil usuários em H100 SXM. Quantas GPUs?", "sabiá-3 65b"),
])
def test_models_named_in_lower_case_or_with_accents_are_unknown(q, name):
    with pytest.raises(CalcError) as e:
        _answer(q)
    assert e.value.kind == "unknown_model" and name in str(e.value).lower()


@pytest.mark.parametrize("q,model", [
    ("we want to serve llama 8B to 30k users on H100", "llama3_8b"),
    ("running mistral 7B on L4 for 10k users", "mistral_7b"),
])
def test_a_family_in_lower_case_is_still_the_family(q, model):
    # (a guard, passing before this round too)
    assert parse(q).params["model"] == model


def test_a_requests_lengths_are_no_energy_question():
    res = _answer("We run moderation at 100 edge sites, 2 cards per site (L4), Llama 3 8B. Network-wide ~3,000 req/s, "
                  "~300 tokens in and ~20 out per request. Enough headroom?")
    assert res.intent == "fleet"


# the sealed half (Chinese grid companies, Chinese law firms and courts, semiconductor analysts)

@pytest.mark.parametrize("q,expect", [
    # a run's time said in words by someone else, checked
    ("A vendor says their model used 3e23 FLOPs. On 1,024 H100s at 40% MFU how long would that take us? They say "
     "'about two weeks'.", {"train_flops": 3e23, "gpus": 1024}),
    # traditional scale words after US$, the accelerators' share, the card's average price
    ("某CSP今年AI capex约US$600億，加速器占比40%，B200均价US$3.5萬，能买多少颗？", {"budget_usd": 6e10, "budget_share": 0.4,
                                                                     "price_usd": 35_000}),
    # racks provisioned at a power each
    ("Colo has 30 racks provisioned at 35 kW each. HGX H100 nodes pull ~10.2 kW. How many nodes can we land?",
     {"racks": 30, "server_power_cap_w": 35_000}),
    # people of a trade counted as users, their day of tokens each
    ("每个律师每天大概消耗3万输出tokens，全所律师约800人，按每百万tokens 4元的API价格，一年API费用多少？",
     {"users": 800, "tokens_per_user_day": 30_000}),
    ("The vendor says 6 cards is plenty for our 200 associates with Llama 3 8B on L40S — each ~30 requests/day. "
     "Right?", {"users": 200, "queries_per_user": 30}),
    # a user price said again in US$ in brackets, its words after the bracket
    ("a flat HK$390 (~US$50) per lawyer per month, 300 lawyers, each ~15 queries/day, Llama 3 8B on L40S at "
     "US$1/hr. margin?", {"usd_per_user_month": 50}),
    # a rate said in Chinese: "1欧元=1.08美元"
    ("Gaudi 2租价€1.5每卡时，汇率1欧元=1.10美元，要跑1万GPU小时，折合多少美元？", {"fx_rate": 1.10, "rent_usd_per_hour": 1.65}),
    # copies, and the cards of each copy
    ("Llama 3.1 405B 部署：每个 replica 用 8 张 H200，每副本最多 batch 64，一共 4 个 replicas，能撑多少并发？",
     {"replicas": 4, "tensor_parallel": 8}),
    ("机房报装容量 3 MVA，power factor 按 0.95，PUE 1.25，每台 DGX H100 满载约 10.2 kW，能上几台？", {"kva_power_factor": 0.95}),
    # a run ported to other cards
    ("Our 13B pretrain took 30 days on 512 A100 80GB at ~35% MFU. Porting to 256 H100 SXM with MFU going to 45% — days?",
     {"from_gpus": 512, "gpus": 256, "mfu_to": 0.45}),
    # the build said as what more it costs
    ("H200每张24万元，要采购32张，总共多少钱？服务器和网络整体再多30%。", {"all_in_multiple": 1.3}),
    ("Si compramos 256 unidades de H100 a ~US$ 25k c/u y le sumamos 40% all-in por servidores y red, ¿cuánto es el "
     "capex total?", {"all_in_multiple": 1.4, "gpus": 256}),
])
def test_round69_sealed_readings(q, expect):
    assert_params(q, expect)


def test_a_servers_rate_priced_per_million_tokens():
    res = _answer("We measured ~18k tok/s/server on Llama 3 70B (8x H100 boxes). At $2/GPU-hr what's breakeven per M "
                  "output tokens?")
    assert res.intent == "throughput"
    assert fig(res, "cost_per_million_tokens_usd") == pytest.approx(2 * 8 / (18_000 * 3600) * 1e6, rel=0.01)


@pytest.mark.parametrize("said", ["about a month", "about two weeks"])
def test_a_time_heard_in_words_is_checked(said):
    res = _answer("A vendor says their model used 3e23 FLOPs. On 1,024 H100s at 40% MFU how long would that take us? "
                  f"They say '{said}'.")
    assert any(said.split()[-2] in i.text for i in res.inputs)
    assert "stated" in res.headline


def test_a_trade_model_of_its_own_is_named_when_its_size_is_stated():
    res = _answer("南网的大瓦特电力大模型据说约1000亿参数，部署在H20上，日活3万，每人每天10次，需要多少卡？")
    assert any("大瓦特" in u.text for u in res.unused)
    assert parse("公司的自研电力大模型约1000亿参数，部署在H20上，日活3万，每人每天10次，需要多少卡？").params["params"] == 1e11


def test_the_claim_of_a_quote_in_portuguese():
    res = _answer("Recebemos cotação de 4 servidores HGX H100 a US$ 300k cada, com 10% de desconto. Quanto fica o capex "
                  "total? O comercial falou 'uns US$ 1M', confere?")
    assert fig(res, "claimed_claimed_value") == pytest.approx(1e6 / (4 * 300_000 * 0.9), rel=0.01)
