"""Round 75 (Italian and Spanish hospital networks and insurers, Polish, Czech and Romanian outsourcing firms,
Japanese and Korean semiconductor analysts, and sealed sets from Chinese livestream-commerce platforms, Chinese
university libraries and publishers, and Chinese city-brain projects): Italian quantity words (calc/italian.py);
Spanish cards counted before their name ("32 tarjetas H100"); the crown and the złoty beside US$ twins; thousands
spaced once before a count shown for the others ("from 20 000 to 150 000 users"); a maker's people on their own
card ("the AMD rep says theirs is 1,3x faster"); "MFU 比之前好 30%"; a run that "needed" its days on a box, moved
to another count of other cards; "the $265k we were quoted" beside a quote in yuan; "1.4个汉字大概1个token";
letters per token ("4 个字母≈1 token")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # Italian
    ("Buongiorno, vogliamo un assistente per circa 2.500 utenti al giorno, ogni medico fa 12 richieste al giorno, "
     "risposta 300 token. Llama 3.1 8B su L40S, quante GPU servono con picco 2x?",
     {"users": 2500, "queries_per_user": 12, "peak_factor": 2}),
    ("Oggi il nostro chatbot serve 20.000 utenti, prevediamo di arrivare a 300.000 utenti entro 12 mesi. Ora usiamo "
     "4 GPU L4. Quante ne serviranno?", {"users": 20_000, "users_to": 300_000}),
    ("Budget di 3 milioni € (cambio 1,08 $ per €), metà sulle GPU. H100 a circa $27k l'una. Quante ne compriamo?",
     {"budget_share": 0.5, "fx_rate": 1.08}),
    # Spanish cards before their name
    ("how many MI300X to match our current 24 tarjetas H100 SXM serving Llama 3 70B? AMD says 1.2x faster",
     {"gpus": 24}),
    # the crown and the złoty beside their US$ twins
    ("8 000 GPU-hours on H100 at 60 Kč/hr (≈US$2.60). Total?", {"rent_usd_per_hour": 2.6, "gpu_hours": 8000}),
    ("Electricity is 0,90 zł/kWh (approx US$0.22), 2 servers HGX H100 at 10,2 kW each, PUE 1,3. Yearly bill?",
     {"electricity_usd_per_kwh": 0.22, "servers": 2}),
    # thousands spaced in a range before its count
    ("Our support bot grows from 30 000 to 200 000 users in 18 months, today 6 L40S. How many then?",
     {"users": 30_000, "users_to": 200_000}),
    # MFU said relatively better, in Chinese
    ("上次 16 卡 A100 训了 10 天，现在换成 16 张 H100，MFU 比之前好 25%，要多久？", {"mfu_gain": 0.25}),
    # characters per token with a hedge
    ("英文标题每条约 80 个字母，按 4 个字母≈1 token 算，每天 1亿 条，Mistral 7B 跑在 L4 上，几张？",
     {"tokens_per_letter": 0.25}),
])
def test_round75_readings(q, expect):
    assert_params(q, expect)


def test_characters_per_token_with_a_hedge_is_one_span():
    res = _answer("我们做合同审核，每天2万份合同，每份约4000字，1.6个汉字大概1个token，输出摘要250 token，Qwen2.5 72B跑在"
                  "H800上，要几张卡？")
    # (the ratio had been read as an input of 1.6 characters and a token left over)
    assert any(i.param == "tokens_per_character" and i.text == "1.6个汉字大概1个token" for i in res.inputs)
    assert not res.unused


def test_a_makers_people_on_their_own_card():
    res = _answer("how many MI300X do we need to match our 40 H100 SXM on Llama 3 70B? The AMD rep says theirs is "
                  "1.25x faster.")
    assert fig(res, "gpus") == 32


def test_a_run_that_needed_its_days_on_a_box_moved():
    res = _answer("Our model needed 12 days on a 16-GPU V100 box. Moving to 8x A100 80GB, how long should the same "
                  "run take?")
    assert "took 12 days on 16 V100" in res.headline and "on 8 A100" in res.headline


def test_a_quote_we_were_given_beside_one_in_yuan():
    res = _answer("A partner got a quote of RMB 2M per HGX H100 server; at 7.2 RMB per USD how does that compare "
                  "with the $270k we were quoted?")
    assert fig(res, "quote_gap_usd") == pytest.approx(2e6 / 7.2 - 270_000)
    assert not res.unused


def test_an_english_message_is_not_read_as_italian():
    # (a guard: passes before and after the Italian reader)
    params = parse("circa 2020 we had 40 A100 for 8,000 users; with 10 queries a day each, how many H100 now?").params
    assert params["users"] == 8000


def test_an_acronym_with_its_size_is_named_and_sized_by_it():
    res = _answer("Our client insists on ROBERTO 13B for ticket triage, 80k tickets/day, L40S. Cards?")
    assert any(i.param == "params" and i.text == "13B" for i in res.inputs)
    assert any(u.text == "ROBERTO" for u in res.unused)


def test_a_price_said_as_more_than_an_amount():
    res = _answer("B200一张听说要三万多美元，买2000张，整体投入按卡钱的1.5倍，总共多少美元？")
    assert any(i.param == "price_usd" and i.text.endswith("三万多美元") for i in res.inputs)
