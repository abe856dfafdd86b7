"""Round 91 (French labs, hospitals and startups wholly in French, Japanese local governments and ministries in
formal Japanese, Korean startup founders and investors chatting in Korean, and sealed sets from Chinese telecom
operators and 智算中心 planners, Gulf sovereign-AI projects in English, Spanish speakers wholly in Spanish): French
"jetons" (tokens; had been no tokens at all), "une vingtaine de requêtes" (had been dropped), "une seule",
"la moitié du budget … va dans les GPU", "x1,4 pour tout le reste", "pointe x2,5", "0,3 J par jeton" (had been
days), "à 0,15 € le kWh", "1,10 $ pour 1 €", "12 milliards actifs", "passe de 5 000 à 80 000", "par millier de
jetons", "comptes rendus d'hospitalisation"; Japanese kanji counts ("十五本", "三百件", "五千人"), "1億2千万円", "出力
100万トークンあたり約900円", "1.3文字で1トークン", "1日あたり約50万語の英文", "同時利用者数を600人", "最初のトークンが
返るまでは1秒以内", "1件の相談あたり平均6往復", "5年間で…100倍程度に増える", "12か所 … 2枚ずつ", "6割程度をGPU購入に",
"アクティブ約200億"; Korean "매년 3배씩", "액티브 37B", "구독료 월 $15", "1천 요청당 원가", "2k", "네트워크/스토리지 25%
추가", "8장짜리 노드 하나에서 실측 1.6만 토큰/초", "MFU 20% 개선", "PUE 1.25, 장당" (had been a count of cards)."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # French
    ("À l'hôpital, environ 8 000 utilisateurs actifs par jour, une vingtaine de requêtes chacun, 1 200 jetons en entrée "
     "et 300 jetons en sortie, Mistral 7B sur L40S. Combien de cartes ?",
     {"queries_per_user": 20, "input_tokens": 1200, "output_tokens": 300}),
    ("On a une enveloppe de 3 M€ et la H100 SXM est à 30 000 € pièce. On en achète combien si la moitié du budget "
     "seulement va dans les GPU ?", {"budget_share": 0.5}),
    ("Pour notre papier il faut une quinzaine de runs d'un modèle de 1B params sur 10B tokens chacun, sur H100 à 40 % de "
     "MFU. Combien d'heures GPU ?", {"runs": 15}),
    ("Qwen2.5 7B en int4 sur une seule L40S, on peut espérer combien de tok/s ?", {"gpus": 1}),
    ("Budget de 8 M€ pour des H200. Les cartes sont à 30 k€ pièce et on compte x1,5 pour tout le reste (serveurs, "
     "réseau). Combien de GPU ?", {"all_in_multiple": 1.5}),
    ("Service client : 10 000 conversations par jour, 5 échanges par conversation, 500 jetons en entrée, 100 en sortie, "
     "Llama 3.1 8B sur L4, pointe x3. Combien de cartes ?", {"peak_factor": 3, "input_tokens": 500}),
    ("Si on mesure 0,4 J par jeton sur nos H100, combien de kWh pour 2 milliards de jetons par jour, à 0,18 € le kWh ?",
     {"tokens_per_day": 2e9, "electricity_usd_per_kwh": 0.18 * 1.15}),
    ("On nous propose un DGX H100 à 300 000 € HT, avec 10 % de remise. Pour 4 serveurs, combien en dollars (1,08 $ pour "
     "1 €) ?", {"server_price_usd": 324000}),
    ("Un MoE de 100 milliards de paramètres dont 10 milliards actifs, sur 5T de tokens, sur H100 à 40 % de MFU. Combien "
     "d'heures GPU ?", {"active_params": 1e10}),
    ("Notre appli passe de 2 000 à 50 000 utilisateurs actifs par jour d'ici 12 mois, une dizaine de requêtes par jour "
     "chacun, Llama 3.1 8B sur L4. Combien de cartes ?", {"users": 2000, "users_to": 50000}),
    ("Quelle est l'énergie consommée par millier de jetons générés pour Llama 3.1 70B sur 8 cartes H100, à 700 W par "
     "carte ?", {"per_tokens": 1000}),
    ("Un fournisseur nous facture 0,50 € par million de jetons en sortie et 0,10 € par million en entrée. On génère 20 "
     "millions de jetons par jour. Combien par mois ?", {"tokens_per_day": 2e7}),
    # Japanese
    ("地域の相談窓口では1件の相談あたり平均5往復のやり取りがあり、相談件数は1日3,000件程度です。Llama 3.1 8BをL4で運用"
     "した場合に必要な枚数を伺います。", {"turns_per_session": 5}),
    ("報告書は1件あたり約1万文字、日本語はおよそ1.5文字で1トークン、要約は1件500トークン程度、1日あたり二百件です。"
     "Llama 3.1 8BをL4で何枚必要か伺います。", {"output_tokens": 500, "input_tokens": 1e4 / 1.5,
                                                "queries_per_day": 200}),
    ("外部APIの料金は出力100万トークンあたり約1,200円です。職員2,000人が1人1日1万トークン程度使う場合、月額の費用は"
     "いくらか伺います。", {"usd_per_million_tokens": 8}),
    ("職員向けチャットにつきまして、ピーク時の同時利用者数を400人と想定しております。最初のトークンが返るまでは2秒以内を"
     "目標とし、Llama 3.1 8BをL40Sで提供する場合の必要枚数を伺います。", {"concurrent_users": 400, "ttft_ms": 2000}),
    ("今後3年間で行政におけるAI利用量が20倍程度に増えるとの予測がございます。年平均の伸び率はどの程度か伺います。",
     {"factor": 20, "period_months": 36}),
    ("県内8か所の支所にそれぞれL4を2枚ずつ配置し、Llama 3.1 8Bで案内を行います。全体の問い合わせ件数は1日あたり約5千件"
     "です。処理可能か伺います。", {"sites": 8, "queries_per_day": 5000}),
    ("総事業費3億円のうち、7割程度をGPU購入に充てる予定です。H100 SXMを1枚あたり約450万円で調達する場合、何枚購入できるか"
     "伺います。", {"budget_share": 0.7, "price_usd": 30000}),
    ("1日あたり約30万語の英文を生成する見込みです。英語は1語あたり1.3トークン程度です。Llama 3.1 8BをL4で動かす場合、"
     "何枚必要か伺います。", {"tokens_per_day": 390000}),
    ("MoEモデル（総パラメータ1,000億、うちアクティブ約150億）を2兆トークンで学習します。H100 SXM 512枚、MFU 40%とした場合"
     "の所要日数を伺います。", {"active_params": 1.5e10}),
    # Korean
    ("지금 MAU 100만에 DAU/MAU 30%. 매년 2배씩 크면 2년 뒤 H100 몇 장 필요함? 유저당 하루 5쿼리, Llama 3.1 8B",
     {"growth_rate_year": 1.0}),
    ("총 400B, 액티브 40B짜리 MoE를 10T 토큰 학습하면 H100 1,024장으로 며칠? MFU 40%", {"active_params": 4e10}),
    ("구독료 월 $10인데 유저당 하루 3천 토큰 생성하면 GPU 원가 커버돼? Llama 3.1 8B를 L4(시간당 0.5달러)로",
     {"usd_per_user_month": 10}),
    ("1천 요청당 원가 좀 계산해줘 요청당 입력 1k / 출력 300 토큰, Llama 3.1 8B on L4, 시간당 $0.6",
     {"per_requests": 1000, "input_tokens": 1000}),
    ("예산 300만 달러 있는데 DGX H100 몇 대 살 수 있음? 대당 $30만 + 네트워크/스토리지 20% 추가로 보면",
     {"all_in_multiple": 1.2}),
    ("H100 8장짜리 노드 하나에서 실측 1.2만 토큰/초 나옴. 30만 DAU에 인당 하루 2천 토큰 생성이면 노드 몇 개?",
     {"observed_tokens_per_s": 12000, "gpus_per_server": 8}),
    ("커널 최적화로 MFU 15% 개선되면 H100 512장 기준 30일짜리 학습 얼마나 단축돼요?", {"mfu_gain": 0.15}),
    ("DC 전력 10MW인데 B200 몇 장 넣을 수 있을까요? PUE 1.3, 장당 올인 1.5kW로", {"pue": 1.3}),
    # after the sealed sets: Spanish
    ("¿Cuántas H100 necesito para 500 mil usuarios activos diarios, unas 10 consultas por día cada uno? Usaríamos "
     "Llama 3.1 8B y el pico es de 3x el promedio.", {"peak_factor": 3}),
    ("Queremos alquilar 32 GPUs H100 durante 2 semanas. El proveedor nos cobra 2,50 € la hora por tarjeta. Con el cambio "
     "a 1,10 dólares por euro, ¿cuánto nos sale en USD?", {"rent_usd_per_hour": 2.75}),
    ("Tenemos 512 GPUs H100 SXM, el PUE es de 1,4 y la energía nos sale a 0,10 USD el kWh. ¿Cuánto gastamos en luz "
     "durante 3 meses?", {"pue": 1.4, "electricity_usd_per_kwh": 0.1}),
    ("Tenemos un presupuesto de 20 millones de dólares. ¿Cuántas H100 compramos si cada una cuesta 30k USD y la mitad del "
     "presupuesto se va en GPUs?", {"budget_share": 0.5}),
    ("Para servir Llama 3.1 8B en L4: unas 100 peticiones por segundo, entradas de 800 tokens y salidas de 200. "
     "¿Cuántas tarjetas?", {"input_tokens": 800, "output_tokens": 200}),
    ("Un entrenamiento nos tomó 10 días con 32 tarjetas A100 80GB. Si lo corremos en 16 tarjetas H100 SXM, ¿en cuántos "
     "días sale?", {"from_gpus": 32, "gpus": 16}),
    ("Entrenamos un modelo de 8.000 millones de parámetros con 1 billón de tokens en 256 GPUs H100 al 35 % de MFU. Si "
     "conseguimos subir el MFU al 45 %, ¿cuántos días nos ahorramos?", {"mfu_to": 0.45}),
    ("El tráfico crece un 60% anual. Hoy usamos 64 GPUs H100; ¿cuántas vamos a necesitar en 3 años?",
     {"growth_rate_year": 0.6}),
    ("Dicen que el entrenamiento fueron unos 100 años-GPU de A100 80GB. ¿En cuántos días lo haríamos con 512 tarjetas "
     "H100 SXM?", {"gpu_years": 100}),
    ("Vamos a poner 200 sedes con 2 tarjetas por sede, todas L4, corriendo Mistral 7B. ¿Cuántas consultas por segundo "
     "aguanta cada sede con salidas de 100 tokens?", {"sites": 200}),
    ("Con 100 MM de dólares, ¿cuántos GB200 NVL72 compramos si cada rack cuesta US$ 3 MM y lo demás lo contamos como "
     "1,3 veces el costo de los racks?", {"budget_usd": 1e8, "all_in_multiple": 1.3}),
    ("Un MoE de 200 mil millones de parámetros con 20 mil millones activos, entrenado con 10 billones de tokens en 1.024 "
     "GPUs H200 al 35% de MFU: ¿cuántos días?", {"active_params": 2e10}),
    ("Si el cómputo creció 1.000 veces en 5 años, ¿cada cuántos meses se duplicó?", {"factor": 1000}),
    ("Supongamos que MI300X es 1.3x más rápido para entrenar. Si con 256 tarjetas A100 80GB tardamos 30 días, ¿cuánto "
     "tardaríamos con la misma cantidad de MI300X?", {"speedup": 1.3, "days": 30}),
    # (a guard: passes before and after; a fleet matched in Korean, its count already read)
    ("A100 1천 장이랑 맞먹으려면 H200 몇 장 있어야 돼?", {"gpus": 1000}),
])
def test_round91_readings(q, expect):
    assert_params(q, expect)


def test_a_chinese_model_named_with_a_middle_dot_is_unknown():
    # ("九天·众擎基座大模型" had been sized as a 100B model without a word about the name)
    with pytest.raises(CalcError) as err:
        parse("拟基于星火·通用基座大模型为客服提供推理服务，日活约100万，部署在H800 SXM上，请估算所需卡数。")
    assert err.value.kind == "unknown_model"
    res = compute(parse("拟基于星火·通用基座大模型（千亿参数）为客服提供推理服务，日活约100万，部署在H800 SXM上，请估算所需卡数。"))
    assert any("星火·通用基座大模型" in str(u.text) for u in res.unused)
