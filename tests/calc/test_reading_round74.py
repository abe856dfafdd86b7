"""Round 74 (German Mittelstand manufacturers, Indian government digital-public-infrastructure teams, Dutch and
Belgian logistics and port companies, and sealed sets from Chinese logistics firms, Chinese state-owned groups and
Chinese rural e-commerce and farm-livestream platforms): German and Dutch quantity words (calc/german.py,
calc/dutch.py) with their dotted thousands and decimal commas; India's lakh grouping ("2,40,000 SU"); a day's
input said before its number ("日均输入 tokens 约 500亿"); a server's measured rate against the model's; "仨问题",
"小十万", "问个5次"; "服务站" as sites; a quoted English model name; "47B-total"; "margin 2x for queueing at peak";
"card price of"; a rent quoted per 卡时 with the yuan asked; "推广至全集团15万人"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # German: dotted thousands, periods, who and what is counted
    ("Wir planen einen Assistenten für ca. 8.500 Nutzer, jeder etwa 15 Anfragen pro Tag, Antworten ~300 Tokens. "
     "Llama 3.1 8B auf L40S. Wie viele GPUs brauchen wir?", {"users": 8500, "queries_per_user": 15}),
    ("Wir mieten 48 H100 für 2,40 US$/h pro GPU über 9 Monate. Was kostet das gesamt?",
     {"rent_usd_per_hour": 2.4, "gpus": 48, "days": 9 * 30.4375}),
    ("Unser Lauf lief 12 Tage auf 128 Stück A100 80GB. Wie lange mit 64 Karten H200, wenn die MFU 6 Punkte höher "
     "liegt?", {"from_gpus": 128, "gpus": 64, "days": 12}),
    ("Letzter Lauf: 20 Tage auf 512 Karten H100 bei 30% MFU. Wenn wir die MFU durch besseres Overlap auf 42% "
     "bringen, wie viele Tage dann?", {"mfu": 0.30, "mfu_to": 0.42}),
    ("Budget 20 Mio. € (ca. 22 Mio. US$), davon ca. 70% in die Beschleuniger. Wie viele B200 bei ~40.000 $ pro "
     "Stück?", {"budget_share": 0.70, "budget_usd": 22e6}),
    ("Edge in 20 Werken, je 2 Karten L4 pro Werk, Mistral 7B. Wie viele Nutzer pro Werk bei ca. 5.000 "
     "Output-Tokens pro Person und Tag?", {"tokens_per_user_day": 5000}),
    # Dutch: gebruikers, per dag, stuks, huur, "naar 45%"
    ("We plannen een chatbot voor 2.400 gebruikers, ongeveer 10 vragen per dag per persoon. Llama 3.1 8B op L4. "
     "Hoeveel GPU's hebben we nodig?", {"users": 2400, "queries_per_user": 10}),
    ("Laatste run: 10 dagen op 64 GPU's (H100) bij 28% MFU. Als we MFU naar 40% krijgen, hoeveel dagen?",
     {"mfu": 0.28, "mfu_to": 0.40}),
    ("Huur = US$2,10 per GPU-uur, 24 GPU's voor 30 dagen. Wat kost dat in totaal?",
     {"rent_usd_per_hour": 2.1, "gpus": 24, "days": 30}),
    # India's grouping
    ("We have 3,60,000 GPU-hours on A100 80GB, how many tokens for Llama 3 8B at 40% MFU?", {"gpu_hours": 360_000}),
    # colloquial Chinese: 仨, 小十万, 问个5次
    ("合作社问答，日活小五万，每人一天问仨问题，Qwen2.5 7B，L4 几张？", {"users": 50_000, "queries_per_user": 3}),
    # service stations as sites; "推广至" as the users reached
    ("我们在 800 个乡镇服务站各放 2 张 L4，电费 0.6 一度，功耗一张 72W，一年电费多少？", {"servers": 800}),
    ("试点用户约3,000人，计划一年内推广至全省9万人。现有6张L40S，按线性扩展需要多少张？", {"users_to": 90_000}),
    # "47B-total", "margin 2x for queueing at peak", "card price of"
    ("A 60B-total / 12B-active MoE serving 40 QPS on H200, GPU count?", {"params": 60e9, "active_params": 12e9}),
    ("prompt 4k tokens, TTFT < 700 ms, margin 1.8x for queueing at peak, 30 QPS, Llama 3.1 70B on H100 SXM. GPUs?",
     {"ttft_margin": 1.8}),
    ("HBM liegt bei ca. 15 $/GB, eine H200 hat 141 GB. Bei einem Kartenpreis von ca. 30.000 US$ — wie viel Prozent "
     "davon ist HBM?", {"price_usd": 30_000}),
    # a rent quoted per 卡时
    ("海外 H100 报价 2.5 美元/卡时，汇率按 7.1 算，微调要 8000 卡时，折合人民币多少？", {"rent_usd_per_hour": 2.5}),
])
def test_round74_readings(q, expect):
    assert_params(q, expect)


def test_a_german_rent_in_euro_with_its_dollar_twin():
    res = _answer("Training eines Llama 3 8B mit 1T Tokens, H100 gemietet bei 2,00 €/GPU-Std. (ca. 2,20 US$), MFU 40 %. "
                  "Was kostet das?")
    assert any(i.param == "rent_usd_per_hour" and "2,20" in i.text for i in res.inputs)


def test_a_days_input_said_before_its_number():
    res = _answer("每百万输入 tokens 1.2元，日均输入 tokens 约 300亿，一年收入多少？")
    assert "每天输入300亿个token" in res.headline
    assert fig(res, "cost_per_day_cny") == pytest.approx(3e10 / 1e6 * 1.2)


def test_a_servers_measured_rate_against_the_model():
    res = _answer("实测一台8卡H100节点跑Llama 3 70B（fp8）每台每秒4800 tokens输出，理论上应该能到多少？")
    assert res.headline.startswith("实测每卡600")
    assert not res.unused


def test_a_bill_asked_in_yuan_at_a_stated_rate():
    res = _answer("H100 2.5 美元/卡时，汇率 7.1，微调要 8000 卡时，折合人民币多少？")
    assert "14.2万元" in res.headline
    assert fig(res, "cost_usd") == pytest.approx(20_000)


def test_a_quoted_english_model_name_is_unknown():
    res = _answer("The client wants to serve their in-house 'Harbor Ops LLM' (~70B dense) on H20 for 300 concurrent "
                  "users at 60 ms/token. Sizing?")
    assert any("Harbor Ops LLM" in u.text for u in res.unused)


def test_an_english_message_is_not_read_as_german_or_dutch():
    # (a guard: passes before and after the German and Dutch readers)
    params = parse("We have 1.5 PUE and 2 die per package; how many H100 for 10,000 users at 10 queries a day?").params
    assert params["users"] == 10_000 and params["pue"] == 1.5
