"""Round 73 (Turkish fintech and telecom teams, Canadian and Quebec labs writing French, speech and meeting-
transcription startups, and sealed sets from Chinese brokerages, Chinese renewable-energy operators and Chinese
city and rural banks): French and Turkish quantity words (calc/french.py, calc/turkish.py) with French number
style ("250 000 utilisateurs", "0,055 US$/kWh"); a dotted thousands pattern never eats a decimal comma already
read ("0,055"); "$ CAD" after an amount; "how many at 5M?" restating a count; a doubling time someone gave; a
claimed count of servers checked against the servers sized; a price per service unit; a quote in yuan against
one in dollars; a range said "between … and"; "40-55% MFU"; "二次研判" is no count; "笔" transactions;
"同时在线柜员约9000人"; "总行给了900万"; a server room's supply; a day's input and output said without "token";
a past window of growth; unknown models and chips named (Untether, "丝路-电信 13B", quoted model names)."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


def _inputs(res) -> dict[str, str]:
    return {i.text: i.param for r in [res, *getattr(res, "alternatives", ())] for i in r.inputs}


@pytest.mark.parametrize("q,expect", [
    # French: counts with spaces, decimals with commas, periods and who is counted
    ("Bonjour! Notre plateforme vise ~180 000 utilisateurs actifs par jour, environ 8 requêtes par jour chacun, "
     "réponses ~300 tokens. Llama 3.1 8B sur des L40S, combien de GPU?", {"users": 180_000, "queries_per_user": 8}),
    ("On loue 32 H100 à 2,75 US$/h pendant 18 mois. Quelle est la facture?",
     {"rent_usd_per_hour": 2.75, "gpus": 32, "days": 18 * 30.4375}),
    ("Notre trafic double tous les 6 mois. Aujourd'hui on a 40 A100 80GB; combien dans 2 ans?",
     {"doubling_months": 6, "gpus": 40}),
    ("Site de 8 MW, ~1 050 W par GPU tout compris, PUE de 1,2: combien de B200?",
     {"power_mw": 8, "watts_per_gpu": 1050, "pue": 1.2}),
    ("L'an passé on a entraîné un modèle de 7B en 12 jours sur 64 A100 80GB. Sur 64 H100 SXM, combien de jours?",
     {"params": 7e9, "days": 12}),
    # Turkish: daily users, per day, cards, rent in lira with its dollar twin
    ("Uygulamamızın 1,5 milyon günlük kullanıcısı var, günde 4 soru, Llama 3.1 8B, L4 ile kaç kart lazım?",
     {"users": 1.5e6, "queries_per_user": 4}),
    ("H100 kirası saatte 80 TL (~US$2.4), 16 kart, 20 gün — toplam ne kadar?",
     {"rent_usd_per_hour": 2.4, "gpus": 16, "days": 20}),
    # a price per service unit, its definition with 个 and 等于
    ("平台按 SU 收费，1个SU等于2卡时，每SU 5元，我们要 1 万卡时，多少钱？", {"rent_cny_per_hour": 2.5, "gpu_hours": 10_000}),
    ("1 SU = 1 GPU-hour, $0.9 per SU, the job needs 40,000 GPU-hours. Cost?", {"rent_usd_per_hour": 0.9}),
    # "between … and" a range
    ("DRAM ~$3/GB, HBM costs between 5 and 7x DRAM. For 2,000 B200 (192 GB each), HBM bill range?",
     {"hbm_multiple": 5, "hbm_multiple_high": 7}),
    # a range with the unit after its high end, read only with the intent
    ("Plan for 35-45% MFU on 512 H100 for 2T tokens of a 13B model: days?", {"mfu": 0.35}),
    # Chinese: transactions, concurrent staff, money granted, a day's sides said without "token"
    ("信用卡中心日均交易笔数约300万笔，每笔prompt约800 tokens、输出60 tokens，Qwen2.5 7B，L40S，要几张？",
     {"queries_per_day": 3e6}),
    ("全省高峰同时在线柜员约6000人，Qwen2.5 7B，L4，每token不超过60ms，要几张？", {"concurrent_users": 6000}),
    ("单台8卡H20约140万元，集团批了700万，电费每度0.6元，三年电费加设备一共多少？", {"budget_cny": 7e6}),
    ("对标价格：输入 2 元/百万 tokens，输出 8 元/百万 tokens，汇率 7.1。每天 30 亿输入、5 亿输出，一个月收入多少美元？",
     {"input_tokens_per_day": 3e9, "tokens_per_day": 5e8}),
    # a week's actives and the daily share said in words after the base
    ("APP 周活 90 万，日活大概是周活的四分之一，每人 3 次，Qwen2.5 7B 在 L40S 上，几张卡？", {"dau_per_wau": 0.25}),
    # "if this time we optimise to MFU 48%"
    ("上次在 H800 上训 7B，MFU 30%，用了 15 天。这次优化到 MFU 48%，同样卡数多少天？", {"mfu_to": 0.48}),
    # a room's supply in kVA
    ("Our server room UPS is rated 30 kVA at power factor 0.9; each L4 server (4 GPUs) draws 1.2 kW. How many "
     "servers fit?", {"power_mw": 0.027}),
    # "out … in": the prompt's length after the answer's
    ("1M DAU, out 300 tokens, in 2k, 5 queries per user per day, Llama 3 70B, how many H100s?",
     {"input_tokens": 2000, "output_tokens": 300}),
    # counts of leftover cards, queries in a CJK word
    ("we have 40 leftover A100 80GB, how many tokens per second for Llama 3 8B?", {"gpus": 40}),
    ("30万日活，每人每天~6 AI 改写 calls，Llama 3 8B，L40S 几张？", {"queries_per_user": 6}),
    ("we summarise 5 mtgs per user/day for 20k DAU, Llama 3.1 8B on L4, how many?", {"queries_per_user": 5}),
])
def test_round73_readings(q, expect):
    assert_params(q, expect)


def test_a_count_asked_at_a_figure_said_before_is_no_budget():
    params = parse("We grow from 200k to 2M users, 6 queries/day each, Llama 3 8B, today 4 L40S. How many at 2M?").params
    assert params["users_to"] == 2e6
    assert "budget_usd" not in params


def test_french_thousands_and_a_decimal_comma_beside_them():
    # (a dotted-thousands pass once ate "0,055" as 55)
    params = parse("Notre site de 6 MW — combien de H100 à ~1 000 W par GPU? Et la facture annuelle à 0,055 US$/kWh?"
                   ).params
    assert params["electricity_usd_per_kwh"] == pytest.approx(0.055)
    assert params["watts_per_gpu"] == 1000


def test_an_english_message_is_not_read_as_french_or_turkish():
    # (a guard: passes before and after the French and Turkish readers)
    params = parse("We have 250 000 users? No: 250 users, 4 queries a day each, on L4 with Llama 3 8B").params
    assert params["queries_per_user"] == 4
    assert parse("her team runs 24 H100 for 3 days, cost at $2/hr?").params["gpus"] == 24


def test_a_dollar_sign_before_a_foreign_code_is_no_us_dollar():
    res = _answer("Budget de 20 M$ CAD (≈14,5 M US$), 80% dans les accélérateurs, H100 à 27 500 US$ pièce: "
                  "combien de GPU?")
    inputs = _inputs(res)
    assert "budget_usd" in inputs.values()
    assert fig(res, "gpus") == pytest.approx(int(14.5e6 * 0.8 / 27_500))


def test_a_doubling_time_someone_gave_is_checked():
    res = _answer("Usage grew 64x over 3 years. What doubling time is that? A colleague says it's ~4 months.")
    assert any(i.param == "claimed_value" for i in res.inputs)
    assert fig(res, "doubling_months") == pytest.approx(6.0)
    assert not res.unused


def test_a_claimed_count_of_servers_is_checked_against_the_servers():
    res = _answer("the vendor claims 4 DGX H100 servers handle 10k concurrent chats at 50 ms/token on Llama 3 70B. "
                  "legit?")
    servers = fig(res, "servers")
    claimed = next(f for f in res.figures if f.name == "claimed_claimed_value")
    assert claimed.value == pytest.approx(4 / servers)


def test_a_quote_in_yuan_against_one_in_dollars():
    res = _answer("DGX H100 国内报价 ¥250 万一台，海外报价 34 万美元一台，汇率 7.2，买 10 台，两边差多少？")
    assert fig(res, "cost_other_quote_cny") == pytest.approx(2.5e7)
    assert fig(res, "quote_gap_usd") == pytest.approx(2.5e7 / 7.2 - 3.4e6)
    assert not res.unused


def test_a_yuan_bill_asked_in_dollars():
    res = _answer("输入 1 元/百万 tokens，输出 4 元/百万 tokens，汇率 7.0。每天 10 亿输入、2 亿输出，一个月收入多少美元？")
    day = 1e9 / 1e6 * 1 + 2e8 / 1e6 * 4
    assert fig(res, "cost_usd") == pytest.approx(day * 30.4375 / 7.0)
    assert "美元" in res.headline


def test_servers_bought_and_their_electricity_together():
    res = _answer("单台8卡H20约140万元，集团批了700万，电费每度0.6元，PUE 1.3，每台约6.5千瓦，三年电费加设备一共多少？")
    bill = 5 * 6.5 * 1.3 * 24 * 3 * 365.25 * 0.6
    assert fig(res, "servers") == 5
    assert fig(res, "electricity_cny") == pytest.approx(bill)
    assert "设备加电费" in res.headline


def test_energy_per_requests_beside_per_million():
    res = _answer("At 0.5 J per token and $0.05/kWh, electricity per million tokens? And per 1k requests at 400 "
                  "output tokens each?")
    assert fig(res, "energy_per_requests_wh") == pytest.approx(0.5 * 400 / 3600 * 1000)
    assert not res.unused


def test_a_secondary_review_is_no_count():
    params = parse("风控要对每笔贷款申请做二次审核，日均 5 万笔，Llama 3.1 8B，L4，几张卡？").params
    assert params.get("queries_per_day") == 50_000


def test_a_past_window_is_not_the_horizon():
    res = _answer("Over the past 6 months our requests doubled every 2 months; we do 1M queries a day on Llama 3 8B "
                  "with L40S. How many cards in 12 months?")
    assert any(u.text.strip() == "6 months" for u in res.unused)
    assert any(i.param == "period_months" and "12" in i.text for i in res.inputs)


def test_a_room_with_its_power_holds_servers():
    res = _answer("机房有 300kW，每台 H100 服务器 10.2kW，PUE 1.3，能放几台？")
    assert fig(res, "servers") == int(300 / (10.2 * 1.3))
    assert "台" in res.headline


def test_edge_sites_of_a_stated_fleet():
    res = _answer("We have 200 L4 spread over 50 branches running Llama 3 8B, total tokens per second?")
    assert fig(res, "gpus_per_site") == 4
    assert fig(res, "tokens_per_s_per_site") * 50 == pytest.approx(fig(res, "tokens_per_s"))


def test_users_a_budget_serves_with_no_model_named():
    res = _answer("$3M, 80% on GPUs, H100 at $30k each: how many cards, and how many users can that carry at 4 "
                  "queries/user/day, 2k in / 300 out?")
    assert "no model named: the default" in res.headline and "GPT-3 175B" in res.headline
    assert not res.unused


@pytest.mark.parametrize("q,kind", [
    ("Untether AI speedAI240 cards for 500 QPS of Mistral 7B: how many?", "unknown_accelerator"),
    ("Blaize boards for Llama 3 8B at 20 users?", "unknown_accelerator"),
    ("我们的 天府-政务 7B 大模型部署在 L40S 上，日活 5 万，几张卡？", "unknown_model"),
])
def test_unknown_names_are_named(q, kind):
    with pytest.raises(CalcError) as e:
        _answer(q)
    assert e.value.kind == kind


def test_a_quoted_model_with_its_word_inside_is_unknown():
    res = _answer("我们想用“天河金融大模型”（约 70B 参数）做投研问答，跑在 16 张 H800 上，每天 5 万次，够吗？")
    assert any("天河金融大模型" in u.text for u in res.unused)


def test_an_unknown_model_not_needed_by_a_stated_speed_ratio():
    res = _answer("how many MI300X to replace 32 H100 SXM for our whisper pipeline? AMD says 1.3x faster")
    assert res.intent == "convert"
    assert any("whisper" in u.text for u in res.unused)
