"""Amounts in a currency of stable or pegged rate, stated with no rate, are converted at the catalog's sourced
rate and the rate is named among the assumptions (as euros, pounds and rupees are); a currency whose rate moved
by a third or more lately has no catalog rate, and its amount is named as unconverted, never guessed."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.catalog import load as load_catalog


@pytest.mark.parametrize("q,code,count", [
    ("budget of 5 billion KRW, H100 quoted at 45 million KRW each, how many can we buy?", "KRW", 111),
    ("预算50亿韩元，H100每张4500万韩元，能买多少张？", "韩元", 111),
    ("we have SGD 3M, how many H100 at 40k USD each?", "SGD", 58),
    ("Budget Rp 2 miliar, berapa H100 harga US$ 30 ribu?", "IDR", 4),
])
def test_a_budget_in_a_catalogued_currency_buys_cards(q, code, count):
    res = compute(parse(q))
    assert res.headline.split()[0].split("张")[0].endswith(str(count)) or f"{count}张" in res.headline
    rate = next(a for a in res.assumptions if a.name == "local_per_usd")
    assert rate.origin == "default" and rate.source
    assert code in res.headline
    assert not res.unused


def test_an_electricity_tariff_in_baht_is_converted_and_named():
    res = compute(parse("electricity 4.2 THB per kWh, 64 H100 at 700 W, PUE 1.4, monthly cost?"))
    assert not res.unused
    assert "at 32.7 THB per US$" in res.headline
    tariff = next(a for a in res.assumptions if a.name == "electricity_usd_per_kwh")
    assert tariff.origin == "question" and tariff.value == pytest.approx(4.2 / 32.7)


def test_a_stated_rate_wins_over_the_catalogs():
    res = compute(parse("electricity 4.2 THB per kWh (1 USD = 36 THB), 64 H100 at 700 W, PUE 1.4, monthly cost?"))
    assert "at 36 THB per US$" in res.headline
    assert not any(a.name == "local_per_usd" and a.origin == "default" for a in res.assumptions)


def test_a_volatile_currency_with_no_rate_is_named_not_converted():
    res = compute(parse("electricity 3.1 TRY per kWh, 64 H100 at 700 W, PUE 1.4, monthly cost?"))
    assert any("3.1 TRY" in u.text for u in res.unused)


def test_every_catalog_rate_has_a_source_and_a_plausible_value():
    rates = load_catalog().rates
    assert len(rates.local_per) >= 30
    for code, per_usd, source in rates.local_per:
        assert source.startswith("approximate") and "override" in source, code
        assert 0.5 < per_usd < 30000, code
