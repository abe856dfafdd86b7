"""Round 89 (German Mittelstand and utilities wholly in German, Japanese engineers chatting casually, Chinese
e-commerce and live-commerce operations people, and sealed sets from Korean public bodies and banks in formal
Korean, Chinese brokerages and banks, US federal agencies and contractors in English): Chinese "两三次" and "三四次"
(a few, as a range; "两三次" had been dropped), "7块5" (7.5 yuan), "同时有2000来条评论在等回复", "利用率也就70%",
"1 token大概0.75个词"; Japanese "ユーザー1万人から10万人に" (had been read as a price per user), "毎秒", "1枚1時間450円
くらい", "1文字≒1トークン", "半分をGPUに", "ラックが10本、1本15kWまで", "1日のチケット8千件", "全国120店舗に各2枚";
German "Mitarbeitende", "Läufe", "Replikate", "Seiten", "Spitze 2x", "auf 42 % kommen", "um die 8 %", "verdoppelt sich
alle 5 Monate"; Korean "복제본", "단일 카드" (had been dropped), "실험 4회", "일간 이용 비율은 15%", "민원 1천 건당"."""

from __future__ import annotations

import pytest

from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Chinese
    ("日活大概50万，每人每天问三四次，Qwen2.5 7B用L40S要几张？", {"users": 5e5, "queries_per_user": 3}),
    ("租的话每卡每小时6块5，H20租64张一个月多少钱？", {"rent_cny_per_hour": 6.5}),
    ("高峰同时有500来条弹幕在等回复，Qwen2.5 7B，L40S要几张？", {"concurrent_users": 500}),
    ("H100租的话每卡每小时20元，卡的利用率也就60%，一年多少钱？", {"utilization": 0.6}),
    ("每轮输入400词左右，1 token大概0.75个词，每天5万单，Llama 3.1 8B用L4要几张？", {"tokens_per_word": 1 / 0.75}),
    # Japanese
    ("ユーザー2万人から20万人に増えたらL4何枚追加？Llama 3.1 8Bで1人1日5回", {"users": 2e4, "users_to": 2e5}),
    ("H200借りると1枚1時間600円くらい（1ドル150円）。32枚を1週間回したらいくら？", {"rent_usd_per_hour": 4.0}),
    ("質問は平均300文字、日本語は1文字≒1トークンでざっくり。1日2万件、Qwen2.5 7BをL4で何枚？",
     {"tokens_per_character": 1.0}),
    ("調達から$3Mくらい回せそう。半分をGPUに使うとして、H100が1枚$25kなら何枚？", {"budget_share": 0.5}),
    ("借りられるラックが8本、1本12kWまでなんだけど、DGX H100って何台入る？", {"racks": 8}),
    ("CSボット、1日のチケット5千件で1チケット平均4往復。Llama 3.1 8BをL4で何枚？",
     {"queries_per_day": 5000, "turns_per_session": 4}),
    # German
    ("Ca. 4.000 Kolleg:innen nutzen den Assistenten täglich, je 6 Anfragen pro Tag, Llama 3.1 8B auf L40S. Wie viele GPUs?",
     {"users": 4000}),
    ("Für die Suche planen wir 8 Läufe à 20 Mrd. Token mit einem 1,3B-Modell auf 32 A100 80GB, MFU ca. 40 %.",
     {"runs": 8}),
    ("Im Schnitt 30 Requests/s, Spitze 2x, Llama 3.1 8B auf L4. Wie viele GPUs?", {"peak_factor": 2}),
    ("Ein Lauf auf 64 H100 SXM dauert 20 Tage bei 30 % MFU. Wenn wir auf 40 % kommen, wie viele Tage?",
     {"mfu_to": 0.4}),
    # Korean
    ("H100 TP4 복제본 8개, 복제본당 동시 처리 32건이면 초당 토큰은? Llama 3.1 70B", {"replicas": 8}),
    ("A100 80GB 단일 카드로 Llama 3.1 8B를 서빙하면 초당 토큰은 얼마입니까?", {"gpus": 1}),
    ("월간 이용자 300만 명, 일간 이용 비율은 20%, 1인당 하루 3회, Llama 3.1 8B L4 몇 장입니까?", {"dau_per_mau": 0.2}),
    # (a guard: passes before and after; a German fleet the round's readings must leave alone)
    ("Wir haben 2.000 Nutzer täglich, je 10 Anfragen pro Tag, Llama 3.1 8B auf L4. Wie viele GPUs?", {"users": 2000}),
])
def test_round89_readings(q, expect):
    assert_params(q, expect)
