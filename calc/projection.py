"""Load or fleet at a future date: "10M MAU today, growing 80% a year: how many A100s in three
years?" grows the driving quantity by the stated rate over the stated horizon before the
capability runs, and says so (a step and a figure). Growth alone is calc.other.growth."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from calc.build import human
from calc.intent import GROWN_PRICES
from calc.registry import label
from calc.result import CalcError
from calc.stated import Request
from calc.text import tr

DAYS_PER_MONTH = 30.4375
# what grows, per capability: the first one the question gives
GROWN = {"fleet": ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day"),
         "capex": ("gpus", "servers"), "power": ("gpus", "servers", "power_mw"),
         "energy": ("queries_per_day", "qps"),
         # "HBM demand in 2025 for 6M cards shipped; +60% a year, 2028?": the units grown
         "memory": ("gpus",)}
GROWTH = ("growth_rate_year", "doubling_months")
# what grows when the growth is said of prices ("价格每年降 20%", "prices rise 10%/yr"), in any capability:
# the prices a growth may be said of, a purchase (a card's, then a server's) first
PRICES = ("price_usd", "price_cny", "server_price_usd", "server_price_cny",
          *(k for k in GROWN_PRICES if k not in ("price_usd", "price_cny")))


@dataclass(frozen=True)
class Projection:
    param: str
    start: float
    factor: float
    months: float
    read: tuple[str, ...]          # the growth and horizon parameters this used


def growth_factor(params: Mapping[str, object], months: float) -> tuple[float, str] | None:
    """(factor over `months`, the growth parameter) from an annual rate or a doubling time."""
    rate, doubling = params.get("growth_rate_year"), params.get("doubling_months")
    try:
        if isinstance(rate, (int, float)) and rate > -1:
            return (1 + rate) ** (months / 12), "growth_rate_year"
        if isinstance(doubling, (int, float)) and doubling > 0:
            return 2 ** (months / doubling), "doubling_months"
    except OverflowError:
        raise CalcError("bad_number", "err.result_too_large") from None
    return None


def project(req: Request) -> tuple[Request, Projection | None]:
    """The request with its driving quantity grown to the horizon, or unchanged."""
    p = dict(req.params)
    if req.intent == "fleet" and isinstance(p.get("users_to"), (int, float)) \
            and isinstance(p.get("users"), (int, float)) and p["users"]:
        # "growing from 1M to 50M users over 18 months": the fleet for the end
        start, end = float(p["users"]), float(p.pop("users_to"))
        horizon = next((h for h in ("period_months", "days") if isinstance(p.get(h), (int, float))), "")
        months = float(p.pop(horizon)) / (
            1 if horizon == "period_months" else DAYS_PER_MONTH) if horizon else 0.0
        rate = growth_factor(p, 12.0) if not horizon else None
        if rate is not None and rate[0] > 1 and end > start:
            # "growing 180% a year: when do we cross 5M, and the fleet then?": the time to it
            months = 12 * math.log(end / start) / math.log(rate[0])
            horizon = rate[1]
        p["users"] = end
        if any(isinstance(p.get(k), (int, float)) for k in ("gpus", "servers")):
            p["stated_fleet_scale"] = end / start   # "40 H100s today, 250k users to 1M"
        return replace(req, params=MappingProxyType(p), derived=req.derived | {"users"}), Projection(
            "users", start, end / start, months, tuple(x for x in ("users_to", horizon) if x))
    prices = req.intent != "growth" and p.get("price_grows") and any(
        isinstance(p.get(k), (int, float)) for k in PRICES)
    if (req.intent not in GROWN and not prices) or not any(g in p for g in GROWTH):
        return req, None
    if isinstance(p.get("period_months"), (int, float)):
        months, horizon = float(p["period_months"]), "period_months"
    elif isinstance(p.get("days"), (int, float)) and (p.get("horizon") or not any(
            k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                             "electricity_cny_per_kwh"))):
        months, horizon = float(p["days"]) / DAYS_PER_MONTH, "days"
    elif req.intent == "fleet" and isinstance(p.get("factor"), (int, float)) and float(p["factor"]) > 1 \
            and (yearly := growth_factor(p, 12.0)) is not None and yearly[0] > 1:
        # ("doubling every 5 months … how long til we're at 20x and how many L4 would that take": the horizon
        # is when the load is that many times today's)
        months, horizon = 12 * math.log(float(p["factor"])) / math.log(yearly[0]), "factor"
    else:
        return req, None
    base = next((k for k in GROWN.get(req.intent, ()) if isinstance(p.get(k), (int, float))), None)
    if prices and base in (None, "gpus", "servers", "power_mw"):
        # "1000张H100，每张3万美元，价格每年降20%，三年后": the price grows, not the cards bought (a load
        # said beside a price, "日均 token 每年涨 3 倍", still grows the load)
        base = next(k for k in PRICES if isinstance(p.get(k), (int, float)))
    got = growth_factor(p, months)
    if base is None or got is None or months <= 0:
        return req, None
    factor, how = got
    start = float(p[base])
    read: tuple[str, ...] = (how, horizon)
    util = p.get("utilization")
    if base in ("gpus", "servers") and isinstance(util, (int, float)) and 0 < util < 1:
        # ("48 cards now running at 65% utilization … growing 70% a year"): today's busy share grows, and the
        # fleet then runs full
        start *= float(util)
        p.pop("utilization")
        read += ("utilization",)
    p[base] = math.ceil(round(start * factor, 6)) if "utilization" in read else start * factor
    p.pop(horizon)
    grown = replace(req, params=MappingProxyType(p), derived=req.derived | {base})
    return grown, Projection(base, start, factor, months, read)


def describe(pr: Projection, lang: str) -> str:
    return tr("step.projected", lang, what=label(pr.param, lang), start=human(pr.start, lang=lang),
              f=pr.factor, months=pr.months, end=human(pr.start * pr.factor, lang=lang))
