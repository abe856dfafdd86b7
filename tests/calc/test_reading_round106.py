"""Round 106 (Polish engineers wholly in Polish, Chinese game studios and AIGC teams, energy traders, and sealed
sets from Turkish engineers wholly in Turkish, Chinese GPU-rental brokers and Dutch engineers wholly in Dutch):
a Polish reader ("350 tys. DAU", "na 64 kartach", "2 bln tokenów" a trillion, "kurs 4,05", "po 2,2 $/h"),
Dutch's "biljoen", "procentpunt hogere MFU", "hoe lang", "uit"; Turkish cases on counts and cards ("16 kartla",
"H100'den 2,5x hızlı", "H100'de 30 gün"), rates said per what comes first ("kWh başına 3,8 TL", "dolar 41 TL'den",
"girişte milyon token 0,15 dolar"); "卡要从多少扩到多少", "消融" runs, "市场价一台大概110万", "往外租", "利用率就算50%";
"growing ~35% a year off a 5 GW base", "AI DC load is 10x", "DAU over 18 mo", "kW per node is 14.3", the MWh a
higher MFU saves, "10 used DGX A100", "$ can we buy"."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # Polish
    ("Ile kart L40S potrzebujemy? Mamy ok. 120 tys. DAU, średnio 8 zapytań na usera dziennie, Llama 3.1 8B.",
     {"users": 1.2e5, "queries_per_user": 8}),
    ("Pretraining modelu 13B na 3 bln tokenów na 512 kartach H100, MFU 40%. Ile dni?",
     {"train_tokens": 3e12, "gpus": 512}),
    ("Ile wyjdzie prąd dla 32 serwerów DGX H100, każdy ok. 10,2 kW, PUE serwerowni 1,3, prąd 0,9 zł/kWh, kurs 4?",
     {"pue": 1.3}),
    ("Szef dał 10 mln zł, kurs 4 zł/$. Ile B200 po 40 tys. $ w to wejdzie?", {"budget_usd": 2.5e6}),
    ("Ile kosztuje 5 używanych DGX H100 po 900 tys. zł sztuka? Kurs 4.", {"servers": 5}),
    # Dutch
    ("Wat kost het trainen van een 7B model op 2 biljoen tokens op 256 H100's bij 40% MFU?", {"train_tokens": 2e12}),
    ("Hoeveel L4's voor 2.000 vragen per dag met 800 tokens in en 120 uit op Llama 3.1 8B?", {"output_tokens": 120}),
    # Turkish
    ("32 kartla A100 80GB kümesinde 13B modeli 100 milyar tokenla eğitmek kaç gün sürer, MFU %40?", {"gpus": 32}),
    ("Elektrik kWh başına 4,2 TL, dolar da 40 TL. 64 H100 ayda ne kadar elektrik harcar?",
     {"local_per_usd": 40, "electricity_usd_per_kwh": pytest.approx(4.2 / 40)}),
    ("Sağlayıcı girişte milyon token 0,20 dolar, çıkışta milyon token 0,80 dolar istiyor; günde 5 milyar input, "
     "1 milyar output token. Kendi H100'lerimizde Llama 3.1 8B daha mı ucuz?",
     {"usd_per_million_input_tokens": 0.2, "usd_per_million_tokens": 0.8}),
    ("NVIDIA B300'ün eğitimde H100'den 3x hızlı olduğunu söylüyor. H100'de 45 gün süren job B300'de kaç gün sürer, "
     "kart sayısı aynı?", {"speedup": 3, "from_accelerator": "h100_sxm"}),
    # Chinese
    ("做10组消融实验，每组5亿token，Qwen2.5 7B，16张A100，要跑多少天", {"train_tokens": 5e8, "runs": 10}),
    ("H200 8卡整机现在市场价一台大概230万左右，我们预算5000万，能拿多少台？电费按0.5元/度算一年多少",
     {"server_price_cny": 2.3e6}),
    ("四百张A100往外租，每卡每小时3元，利用率就算60%，一个月收入多少？", {"utilization": 0.6}),
    # energy traders
    ("AI DC demand growing ~25% a year off a 10 GW base; where is it in 4 yrs?", {"growth_rate_year": 0.25}),
    ("how many years till AI DC load is 5x today at 30%/yr?", {"factor": 5}),
    ("going from 2mm to 20mm DAU over 12 mo, Llama 3.1 8B on L4, 10 queries/user/day: GPUs?", {"period_months": 12}),
    ("5k tok/s per node on HGX H100 for Llama 3 70B, 20bn tokens a day: nodes? kW per node is 10.2, total MW?",
     {"watts_per_server": 10200}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round106_readings(q, expect):
    assert_params(q, expect)


def test_a_growth_in_users_with_a_model_and_cards_asked_sizes_the_fleet_at_both_ends():
    for q in ("日活从10万半年涨到200万，Llama 3 8B，每人每天5次，输入500输出200，卡要从多少扩到多少",
              "DAU grows from 100k to 2M in 6 months, Llama 3 8B, 5 queries per user per day, how many GPUs at the "
              "start and at the end?"):
        res = compute(parse(q))
        assert res.value("gpus") > 0 and res.intent == "fleet", q


def test_a_higher_mfu_saves_the_days_energy_at_the_stated_draw():
    res = compute(parse("4k-GPU H100 SXM pod, 30% MFU, 50 days. if MFU goes to 40%, days saved and MWh saved "
                        "@ 1.2kW/GPU, PUE 1.2?"))
    saved = res.value("energy_saved_mwh")
    assert saved == pytest.approx(4000 * 1.2 * 1.2 * (50 - 50 * 0.3 / 0.4) * 24 / 1000, rel=1e-3)
    assert "GWh of facility energy saved" in res.headline


def test_a_grown_power_base_is_said_in_its_unit():
    res = compute(parse("load fcst: AI DC demand growing ~35% a year off a 5 GW base, where is it in 5 yrs?"))
    assert "22.4 GW" in res.headline and "5 GW today" in res.headline


def test_a_dollar_amount_before_can_we_buy_stays_dollars():
    st = {s.text: s.param for s in parse("budget 20M PLN, rate 4 PLN/$. how many H100 at 27k $ can we buy?").stated}
    assert not any(p is None for t, p in st.items() if "27k" in t)


def test_rented_out_cards_say_one_cards_income():
    res = compute(parse("三百张V100 SXM2，每卡每小时1.2元往外租，利用率就算50%，一张卡一个月能收多少"))
    assert res.value("income_per_gpu_usd") * 300 == pytest.approx(res.value("income_usd"))
    assert "每张卡约" in res.headline
