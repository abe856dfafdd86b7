"""Round 97 (Chinese hospital information departments, US founders' pitch-deck English, Korean engineers'
English, and sealed sets from Chinese live-stream e-commerce, Latin American engineers' English with Spanish words
and French speakers' English): a rate said with no currency ("tipo de cambio 17,2", "exchange rate 34") is the one
foreign currency's the amounts are in; "TL 34" before the number is Turkish lira (had been US$34); "1 USD = 1,360
KRW" is the won's rate (had been RMB per US$); "cos phi 0,92" the power factor (had been an unknown model, Phi);
Korean "1.5조 tokens" and "512개 H100" in English; "¥150 = $1"; "Samsung Mach-1" an unknown accelerator; after
the sealed sets, "0,35 J per token" joules (had been days: the French "j")."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.result import CalcError
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    ("Data center en Monterrey: 256 GPUs H100, 900 W por GPU, PUE 1,3, tarifa de 2,5 MXN por kWh, tipo de cambio 18. "
     "Cuánto al año en USD?", {"electricity_usd_per_kwh": 2.5 / 18, "local_per_usd": 18}),
    ("H100 at TL 40 per GPU-hour, exchange rate 40, 20,000 GPU-hours, total?",
     {"rent_usd_per_hour": 1.0, "gpu_hours": 20000}),
    ("The contract is 1 200 kVA, cos phi 0,9. With DGX H100 at 10,2 kW each and PUE 1,3, how many servers fit?",
     {"power_factor": 0.9}),
    ("We plan to train 7B model with 2조 tokens. We have 256개 H100 SXM GPU, MFU about 40%. How many days?",
     {"train_tokens": 2e12, "gpus": 256}),
    ("partner quotes ¥1,200 per H100-hour, ¥150 = $1. What's 256 GPUs x 30 days in dollars?",
     {"rent_usd_per_hour": 8}),
    # ("0,35 J per token" beside French words: joules, had been days)
    ("For our bilan carbone: at 0,40 J per token and 3 milliards de tokens par jour, how many kWh par mois?",
     {"joules_per_token": 0.4, "tokens_per_day": 3e9}),
    # (a guard: passes before and after; a rate in RMB, "FX 7.3")
    ("what do 20,000 H100s cost in RMB at FX 7.3?", {"gpus": 20000, "usd_cny": 7.3}),
])
def test_round97_readings(q, expect):
    assert_params(q, expect)


def test_a_won_rate_is_never_yuan():
    # ("1 USD = 1,360 KRW": had been 1,360 RMB per US$)
    r = parse("Rent 128 H100 for 3 months at $2/hr, total cost in won? 1 USD = 1,350 KRW.")
    assert "usd_cny" not in r.params


def test_samsung_mach_1_is_an_unknown_accelerator():
    with pytest.raises(CalcError) as e:
        parse("Samsung Mach-1 inference chip, if we deploy 2천개 for Llama 3 8B, what is power compare to H100?")
    assert e.value.kind == "unknown_accelerator"


def test_an_amount_at_a_bare_rate_is_converted():
    res = compute(parse("H100 at TL 40 per GPU-hour, exchange rate 40, 20,000 GPU-hours, total?"))
    assert fig(res, "cost_usd") == pytest.approx(20000, rel=0.01) and not res.unused
