"""Money and power: purchase prices in USD and RMB, running cost per day, fleet power."""

from __future__ import annotations

import math
import re

from calc.build import Builder, human
from calc.catalog import Accelerator
from calc.result import CalcError, Result

AMORTIZE_YEARS = 4


def fx(b: Builder) -> float:
    return b.num("usd_cny", b.cat.rates.usd_cny, "RMB/US$", "exchange rate", origin="catalog",
                 source=f"{b.cat.rates.fx_source} (as of {b.cat.rates.fx_as_of})")


def unit_prices(b: Builder, acc: Accelerator) -> tuple[float | None, float | None]:
    """(USD, RMB) per chip: the question's price, else the catalog's, else converted."""
    price = b.cat.price(acc.id)
    src = f"{price.source} (as of {price.as_of})" if price else ""
    usd = cny = None
    if b.has("price_usd"):
        usd = b.num("price_usd", None, "US$", "price per chip")
    if b.has("price_cny"):
        cny = b.num("price_cny", None, "RMB", "price per chip")
    if usd is None and cny is None and price is not None:
        if price.purchase_usd:
            usd = b.num("price_usd", price.purchase_usd, "US$", "price per chip (estimate)",
                        origin="catalog", source=src)
        if price.purchase_cny:
            cny = b.num("price_cny", price.purchase_cny, "RMB", "price per chip (estimate)",
                        origin="catalog", source=src)
    if (usd is None) != (cny is None):
        rate = fx(b)
        if usd is None and cny is not None:
            usd = cny / rate
            b.step(f"RMB {cny:,.0f} / {rate:g} = US${usd:,.0f} per chip")
        elif usd is not None:
            cny = usd * rate
            b.step(f"US${usd:,.0f} x {rate:g} = RMB {cny:,.0f} per chip")
    return usd, cny


def capex(b: Builder, acc: Accelerator, gpus: float) -> bool:
    usd, cny = unit_prices(b, acc)
    if usd is None:
        b.notes.append(f"No purchase price for {acc.short} in the catalog; add 'at $30k each'.")
        return False
    b.fig("cost_usd", gpus * usd, "US$", "accelerator purchase (chips only)")
    b.step(f"{gpus:,.0f} x US${usd:,.0f} = US${gpus * usd:,.0f}")
    if cny is not None:
        b.fig("cost_cny", gpus * cny, "RMB", "accelerator purchase (chips only)")
        b.step(f"{gpus:,.0f} x RMB {cny:,.0f} = RMB {gpus * cny:,.0f}")
    return True


def gpu_power_w(b: Builder, acc: Accelerator) -> tuple[float, str]:
    """All-in watts per GPU: the catalogued 8-GPU server's power / 8, else TDP x overhead."""
    server = b.cat.server_for(acc.id)
    if server is not None:
        w = server.power_w / server.gpus
        b.assume("watts_per_gpu", round(w), "W", "catalog", "power per GPU incl. server",
                 f"{server.name}: {server.power_w / 1000:g} kW / {server.gpus}; {server.source}")
        return w, server.name
    w = acc.tdp_w * b.cat.rates.server_overhead
    b.assume("watts_per_gpu", round(w), "W", "catalog", "power per GPU incl. server",
             f"{acc.short} TDP {acc.tdp_w:g} W x {b.cat.rates.server_overhead:g} server overhead")
    return w, ""


def rent_rate(b: Builder, acc: Accelerator) -> float | None:
    if b.has("rent_usd_per_hour"):
        return b.num("rent_usd_per_hour", None, "US$/GPU-h", "price per GPU-hour")
    if b.has("rent_cny_per_hour"):
        cny = b.num("rent_cny_per_hour", None, "RMB/GPU-h", "price per GPU-hour")
        return cny / fx(b)
    price = b.cat.price(acc.id)
    if price and price.rent_usd_per_hour:
        return b.num("rent_usd_per_hour", price.rent_usd_per_hour, "US$/GPU-h",
                     "rental price per GPU-hour (estimate)", origin="catalog",
                     source=f"{price.source} (as of {price.as_of})")
    return None


def daily_cost(b: Builder, acc: Accelerator, gpus: float, facility_mw: float) -> float | None:
    rate = rent_rate(b, acc)
    if rate is not None:
        per_day = gpus * rate * 24
        b.step(f"{gpus:,.0f} GPUs x ${rate:g}/h x 24 h = ${per_day:,.0f} a day (rental)")
    else:
        usd = b.cat.price(acc.id)
        unit = usd.purchase_usd if usd else None
        if unit is None:
            return None
        kwh_price = b.num("electricity_usd_per_kwh", b.cat.rates.electricity_usd_per_kwh,
                          "US$/kWh", "electricity", origin="catalog")
        per_day = gpus * unit / (AMORTIZE_YEARS * 365) + facility_mw * 1000 * 24 * kwh_price
        b.step(f"chips amortized over {AMORTIZE_YEARS} years + electricity = ${per_day:,.0f} a day")
    b.fig("cost_per_day_usd", per_day, "US$", "running cost per day")
    return per_day


def capex_intent(b: Builder) -> Result:
    acc = b.accelerator()
    if b.has("budget_usd") or b.has("budget_cny"):
        usd, cny = unit_prices(b, acc)
        if b.has("budget_usd") and usd:
            budget = b.num("budget_usd", None, "US$", "budget")
            n = math.floor(budget / usd)
        elif cny:
            budget = b.num("budget_cny", None, "RMB", "budget")
            n = math.floor(budget / cny)
        else:
            raise CalcError("missing_input", f"No price for {acc.short} in the catalog.",
                            "Add one, e.g. 'at $30k each'.")
        b.fig("gpus", n, "GPUs", f"{acc.short} the budget buys")
        b.step(f"budget / unit price = {n:,} chips")
        return b.result("capex", f"{human(n)} {acc.short} for that budget (chips only)")
    if b.has("servers") and not b.has("gpus"):
        servers = b.num("servers", None, "servers", "servers")
        sid = str(b.req.params.get("server", ""))
        sprice = b.cat.prices.get(sid)
        if sprice and sprice.purchase_usd:
            b.fig("cost_usd", servers * sprice.purchase_usd, "US$", "servers")
            b.fig("cost_cny", servers * sprice.purchase_usd * fx(b), "RMB", "servers")
            return b.result("capex", f"US${human(servers * sprice.purchase_usd)} for "
                            f"{servers:,.0f} servers")
        gpus = servers * 8
        b.step(f"{servers:,.0f} servers x 8 GPUs = {gpus:,.0f} GPUs")
    else:
        gpus = b.num("gpus", None, "GPUs", "number of accelerators")
    if not capex(b, acc, gpus):
        raise CalcError("missing_input", f"I have no purchase price for {acc.short}.",
                        "Give one, e.g. 'at $30k each' or 'at 240,000 yuan each'.")
    want_cny = bool(re.search(r"rmb|yuan|cny|元|人民币|¥", _text_hint(b)))
    usd = b.value_of("cost_usd")
    cny = b.value_of("cost_cny")
    head = (f"RMB {human(cny)}" + (f" (US${human(usd)})" if usd else "")) if want_cny and cny \
        else f"US${human(usd)}" + (f" (RMB {human(cny)})" if cny else "")
    b.hints.extend(["in RMB", "at $30k each", "what about H200?"])
    return b.result("capex", f"{head} for {gpus:,.0f} {acc.short} (chips only)")


def _text_hint(b: Builder) -> str:
    cur = b.req.params.get("currency")
    return str(cur or "")


def power_intent(b: Builder) -> Result:
    acc = b.accelerator()
    watts, _ = gpu_power_w(b, acc)
    pue = b.num("pue", b.cat.rates.pue, "", "PUE", origin="catalog", source=b.cat.rates.power_source)
    if b.has("power_mw") and not b.has("gpus") and not b.has("servers"):
        mw = b.num("power_mw", None, "MW", "facility power")
        supported = math.floor(mw * 1e6 / (watts * pue))
        b.step(f"{mw:g} MW / ({watts:,.0f} W x PUE {pue:g}) = {supported:,} GPUs")
        b.fig("gpus", supported, "GPUs", f"{acc.short} that power supports")
        return b.result("power", f"{human(supported)} {acc.short} on {mw:g} MW")
    count: float = b.num("servers", None, "servers", "servers") * 8 if b.has("servers") \
        and not b.has("gpus") else b.num("gpus", None, "GPUs", "accelerators")
    gpus = count
    it_mw = gpus * watts / 1e6
    b.step(f"{gpus:,.0f} x {watts:,.0f} W = {it_mw:,.2f} MW IT; x PUE {pue:g} = {it_mw * pue:,.2f} MW")
    b.fig("power_mw", it_mw * pue, "MW", "facility power at full load")
    b.fig("power_it_mw", it_mw, "MW", "IT power")
    kwh_year = it_mw * pue * 1000 * 24 * 365
    b.fig("energy_kwh", kwh_year, "kWh", "energy per year at full load")
    price = b.num("electricity_usd_per_kwh", b.cat.rates.electricity_usd_per_kwh, "US$/kWh",
                  "electricity", origin="catalog")
    b.fig("cost_usd", kwh_year * price, "US$", "electricity per year")
    return b.result("power", f"{it_mw * pue:,.1f} MW for {gpus:,.0f} {acc.short} (PUE {pue:g})")
