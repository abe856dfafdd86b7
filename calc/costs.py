"""Money and power: purchase prices in USD and RMB, running cost per day, fleet power.

Stated figures win over the catalog everywhere: a price per chip, watts per GPU or per server,
the exchange rate, the electricity price (US$ or RMB per kWh), the PUE.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from calc import registry
from calc.build import Builder
from calc.catalog import Accelerator, Model, Price, Server
from calc.result import CalcError, Figure, Result
from calc.text import power as power_words
from calc.text import times

AMORTIZE_YEARS = 4


def fx(b: Builder) -> float:
    return b.num("usd_cny", b.cat.rates.usd_cny, origin="catalog",
                 source=f"{b.cat.rates.fx_source} (as of {b.cat.rates.fx_as_of})")


def catalog_price(b: Builder, acc: Accelerator) -> Price | None:
    """The catalog's price of a card: of the year the question names for prices ("at 2023 prices") when the
    catalog has one dated then, else its current one."""
    price = b.cat.price(acc.id)
    year = b.req.params.get("year")
    if price is not None and isinstance(year, float):
        return price.in_year(int(year)) or price
    return price


def _year_of_prices(b: Builder) -> int | None:
    """The year the question dates its prices in ("at 2023 prices", "按2023年的价格"), if it does."""
    year = b.req.params.get("year")
    if isinstance(year, float) and any(s.param == "year" and re.search(r"pric|价", str(s.text).lower())
                                       for s in b.req.stated):
        return int(year)
    return None


def prices_year(b: Builder, acc: Accelerator) -> None:
    """A year said of the prices ("at 2023 prices"): read where the card's price is of that year (the
    question's own, or the catalog's dated then), else named as not used and why."""
    if not b.has("year"):
        return
    price = catalog_price(b, acc)
    own = b.has("price_usd") or b.has("price_cny")   # "$27.5k (2023 pricing)": the stated price's date
    if price is None and not own:
        b.set_aside("year", "unused.year_no_price", acc=acc.short)
    else:
        b.prices_dated(own, price.as_of if price else "", of=acc.short)


def unit_prices(b: Builder, acc: Accelerator) -> tuple[float | None, float | None]:
    """(USD, RMB) per chip: the question's price, else the catalog's (of the year asked, where it has one),
    else converted."""
    price = catalog_price(b, acc)
    src = f"{price.source} (as of {price.as_of})" if price else ""
    usd = cny = None
    if b.has("price_usd"):
        usd = b.num("price_usd", None)
    if b.has("price_cny"):
        cny = b.num("price_cny", None)
    if usd is None and cny is None and (b.has("server_price_usd") or b.has("server_price_cny")):
        # "a DGX B200 sells for RMB 3.5M": one GPU's share of its server's price
        per = b.gpus_per_server(acc)
        if b.has("server_price_usd"):
            usd = b.num("server_price_usd", None) / per
        else:
            cny = b.num("server_price_cny", None) / per
        b.step(b.tr("step.server_price_per_gpu", per=per, money=b.tr("money.usd", usd=f"{usd:,.0f}")
                    if usd is not None else b.tr("money.cny_only", cny=f"{cny or 0:,.0f}")))
    if usd is None and cny is None and price is not None:
        if price.purchase_usd:
            usd = b.num("price_usd", price.purchase_usd, label=b.tr("label.price_estimate"),
                        origin="catalog", source=src)
        if price.purchase_cny and not (b.has("usd_cny") and usd is not None):
            cny = b.num("price_cny", price.purchase_cny, label=b.tr("label.price_estimate"),
                        origin="catalog", source=src)
    if (usd is None) != (cny is None):
        rate = fx(b)
        if usd is None and cny is not None:
            usd = cny / rate
            b.step(b.tr("step.cny_to_usd", cny=cny, rate=rate, usd=usd))
        elif usd is not None:
            cny = usd * rate
            b.step(b.tr("step.usd_to_cny", cny=cny, rate=rate, usd=usd))
    if b.has("discount") and (usd is not None or cny is not None):
        # "we're getting 15% off", "打八五折": the price paid
        off = b.num("discount", None)
        usd = usd * (1 - off) if usd is not None else None
        cny = cny * (1 - off) if cny is not None else None
        b.step(b.tr("step.discount", off=off, usd=usd or 0, cny=cny or 0))
    return usd, cny


def servers_for(b: Builder, gpus: float, acc: Accelerator | None = None) -> None:
    """"8 per server", "8卡一台": the servers those GPUs fill, when a server's size is stated (or,
    given `acc`, a server is named: "how many DGX H100 boxes is that?")."""
    if b.has("gpus_per_server") and not b.has("servers"):
        per = b.num("gpus_per_server", None)
        b.fig("servers", math.ceil(gpus / per), "servers", b.tr("fig.servers_of", n=per))
    elif acc is not None and b.has("server") and not b.has("servers"):
        per = b.gpus_per_server(acc)
        b.read.add("server")
        b.fig("servers", math.ceil(gpus / per), "servers", b.tr("fig.servers_of", n=per))
        b.step(b.tr("step.servers_of_gpus", gpus=gpus, per=per, servers=math.ceil(gpus / per)))


def capex(b: Builder, acc: Accelerator, gpus: float) -> bool:
    usd, cny = unit_prices(b, acc)
    prices_year(b, acc)
    if usd is None:
        b.notes.append(b.tr("note.no_price", acc=acc.short))
        return False
    servers_for(b, gpus)
    b.fig("cost_usd", gpus * usd, "US$", b.tr("fig.chips_cost"))
    b.step(b.tr("step.times_usd", n=gpus, usd=usd, total=gpus * usd))
    if cny is not None:
        b.fig("cost_cny", gpus * cny, "RMB", b.tr("fig.chips_cost"))
        b.step(b.tr("step.times_cny", n=gpus, cny=cny, total=gpus * cny))
    if b.flag("all_in"):
        all_in(b, gpus * usd)
    return True


def all_in(b: Builder, chips_usd: float) -> float:
    """The whole build from the accelerators' cost and their share of it (catalog)."""
    shares = b.cat.rates.allin
    acc_share = shares[0][1]
    if b.has("all_in_multiple"):           # "加上服务器和网络按1.5倍算": the question's multiple
        mult = b.num("all_in_multiple", None)
        b.fig("capex_all_in_usd", chips_usd * mult, "US$", b.tr("fig.all_in"))
        b.step(b.tr("step.all_in_stated", chips=chips_usd, mult=mult, total=chips_usd * mult))
        return chips_usd * mult
    total = chips_usd / acc_share
    b.assume("all_in_multiple", round(1 / acc_share, 2), "x", "catalog",
             b.tr("label.all_in_multiple"), b.cat.rates.allin_source)
    b.fig("capex_all_in_usd", total, "US$", b.tr("fig.all_in"))
    for name, share in shares[1:]:
        b.fig(f"capex_{name}_usd", total * share, "US$", b.tr(f"fig.all_in_{name}"))
    b.step(b.tr("step.all_in", chips=chips_usd, share=acc_share, total=total,
                parts=", ".join(f"{b.tr('word.' + n)} {v:.0%}" for n, v in shares[1:])))
    return total


def gpu_power_w(b: Builder, acc: Accelerator) -> tuple[float, str]:
    """All-in watts per GPU: as stated per GPU, or per server / its GPUs, else the catalogued
    server's power / its GPUs, else TDP x server overhead."""
    if b.has("watts_per_gpu") and not b.has("watts_per_server"):
        return b.num("watts_per_gpu", None), ""
    if b.has("watts_per_server"):
        if b.has("watts_per_gpu"):        # "每卡700W，按每台8卡10.2kW算": the server's is all-in
            b.read.add("watts_per_gpu")
        per_server = b.num("watts_per_server", None)
        n: float = b.gpus_per_server(acc)
        if not (b.has("gpus_per_server") or b.has("servers") or b.has("server")) and b.has("gpus") \
                and 1 <= b.num("gpus", None, record=False) < n:
            # ("a PC in the office running one RTX 4090 … whole PC maybe 650W": one box holding the cards
            # said)
            n = b.num("gpus", None, record=False)
        w = per_server / n
        b.step(b.tr("step.server_watts_per_gpu", server_w=per_server, n=n, w=w))
        b.assume("watts_per_gpu", round(w), "W", "derived", b.tr("label.watts_per_gpu"))
        return w, ""
    server = b.server(acc)
    if server is not None and server.gpu == acc.id:
        w = server.power_w / server.gpus
        b.assume("watts_per_gpu", round(w), "W", "catalog", b.tr("label.watts_per_gpu"),
                 f"{server.name}: {server.power_w / 1000:g} kW / {server.gpus}; {server.source}")
        return w, server.name
    w = acc.tdp_w * b.cat.rates.server_overhead
    b.assume("watts_per_gpu", round(w), "W", "catalog", b.tr("label.watts_per_gpu"),
             f"{acc.short} TDP {acc.tdp_w:g} W x {b.cat.rates.server_overhead:g} server overhead")
    return w, ""


def pue(b: Builder) -> float:
    return b.num("pue", b.cat.rates.pue, origin="catalog", source=b.cat.rates.power_source)


def electricity_usd(b: Builder) -> float:
    """US$ per kWh: as stated in US$ or RMB (converted), else the catalog's."""
    if b.has("electricity_cny_per_kwh"):
        cny = b.num("electricity_cny_per_kwh", None)
        rate = fx(b)
        b.step(b.tr("step.kwh_cny_to_usd", cny=cny, rate=rate, usd=cny / rate))
        return cny / rate
    return b.num("electricity_usd_per_kwh", b.cat.rates.electricity_usd_per_kwh,
                 origin="catalog", source=b.cat.rates.power_source)


def price_per_kwh(b: Builder, cny: bool) -> float:
    """A kWh's price in the bill's currency: a stated RMB price as it is in a yuan bill, else the
    US$ price (stated, converted or catalogued) in dollars or converted to yuan."""
    if cny and b.has("electricity_cny_per_kwh"):
        return b.num("electricity_cny_per_kwh", None)
    return electricity_usd(b) * (fx(b) if cny else 1.0)


def budget_part(b: Builder, budget: float) -> float:
    """The part of a budget that buys or rents the cards: a stated share of it ("一半花在GPU上", "only 60% of
    budget goes to chips"), its step shown; the whole budget when no share is stated."""
    if b.has("budget_days") and b.has("days") and (period := b.num("days", None, record=False)) \
            < (whole := b.num("budget_days", None)):
        # "$400k for the whole year … GPU-hours a month": the period's part of the year's budget
        b.step(b.tr("step.budget_period", before=round(budget), whole=whole, period=period,
                    after=round(budget * period / whole)))
        budget *= period / whole
    if not b.has("budget_share"):
        return budget
    share = b.num("budget_share", None)
    b.step(b.tr("step.budget_share", share=share, before=round(budget), after=round(budget * share)))
    return budget * share


def _discount_of_budget(b: Builder) -> bool:
    """"Quote was $289k and we're getting 15% off. How many years of renting … at $2.20/hr": the share
    off is said of the amount before it, not of the rent after it."""
    at = {s.param: s for s in b.req.stated if s.param in ("discount", "budget_usd", "budget_cny",
                                                          "rent_usd_per_hour", "rent_cny_per_hour")
          and s.note == ""}
    off = at.get("discount")
    budget = at.get("budget_usd") or at.get("budget_cny")
    rent = at.get("rent_usd_per_hour") or at.get("rent_cny_per_hour")
    return off is not None and budget is not None and budget.end <= off.start \
        and (rent is None or off.start < rent.start)


def rent_discount(b: Builder) -> float:
    """"H200 按需 4.5 美元/卡时，预留打 6 折", "$2.5/hr … a 30% discount": the share off a stated rent,
    when no purchase price is stated for the discount to be off instead (0 when none)."""
    if not b.has("discount") or any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd",
                                                        "server_price_cny")) or _discount_of_budget(b):
        return 0.0
    return b.num("discount", None)


def in_both(b: Builder, usd_key: str, cny_key: str) -> tuple[float, float]:
    """A stated amount (US$, RMB): as stated in dollars, else in yuan, the other converted."""
    rate = fx(b)
    if b.has(usd_key):
        usd = b.num(usd_key, None)
        return usd, usd * rate
    cny = b.num(cny_key, None)
    return cny / rate, cny


def stated_rent(b: Builder) -> tuple[float, float]:
    """The stated rent per GPU-hour (US$, RMB), after a stated discount."""
    usd, cny = in_both(b, "rent_usd_per_hour", "rent_cny_per_hour")
    off = rent_discount(b)
    if off:
        usd, cny = usd * (1 - off), cny * (1 - off)
        b.step(b.tr("step.discount_rent", off=off, usd=usd, cny=cny))
    return usd, cny


def rent_rate(b: Builder, acc: Accelerator) -> float | None:
    if b.has("rent_usd_per_hour") and not rent_discount(b):
        return b.num("rent_usd_per_hour", None)
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        return stated_rent(b)[0]
    price = b.cat.price(acc.id)
    if price and price.rent_usd_per_hour and (year := _year_of_prices(b)) is not None:
        # ("按2023年的价格，A100和H100哪个训…更划算": the rent of that year where the catalog has one dated
        # then; else today's, and the year named as not used for this card)
        dated = price.in_year(year)
        if dated is not None and dated.rent_usd_per_hour:
            price = dated
            b.read.add("year")
        else:
            b.set_aside("year", "unused.year_no_rent", acc=acc.short, year=year, as_of=price.as_of)
    if price and price.rent_usd_per_hour:
        return b.num("rent_usd_per_hour", price.rent_usd_per_hour,
                     label=b.tr("label.rent_estimate"), origin="catalog",
                     source=f"{price.source} (as of {price.as_of})")
    return None


def owned_rate(b: Builder, acc: Accelerator, *, catalog: bool = False,
               beside_rent: bool = False) -> float | None:
    """"a rack costs $3.4M … cost per million tokens over 4 years at 8c/kWh", "二手价8000元一张，
    电价0.7元/度": an owned GPU's hour, US$: its purchase spread over the period (three years unless stated;
    straight line, no residual value) plus its electricity. None without a stated purchase price,
    unless `catalog`: then the catalog's price (for a card with no rent catalogued, e.g. H20). A stated
    rent is the hour's price unless `beside_rent` (the owned hour asked next to it)."""
    if (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) and not beside_rent:
        return None
    if b.has("server_price_usd") or b.has("server_price_cny"):
        per = b.gpus_per_server(acc)
        cny = b.has("server_price_cny") and not b.has("server_price_usd")
        box = b.num("server_price_cny" if cny else "server_price_usd", None)
        usd = (box / fx(b) if cny else box) / per
    elif b.has("price_usd") or b.has("price_cny"):
        card, _ = unit_prices(b, acc)
        if card is None:
            return None
        usd = card
    elif catalog and (price := b.cat.price(acc.id)) is not None and price.purchase_usd:
        listed, _ = unit_prices(b, acc)
        assert listed is not None
        usd = listed
    else:
        return None
    if b.has("all_in_multiple"):
        # "$27k each, all-in 1.5x chip cost for servers/network, amortized over 48 months": the build's share
        k = b.num("all_in_multiple", None)
        b.step(b.tr("step.all_in_stated", chips=usd, mult=k, total=usd * k))
        usd *= k
    stated = b.req.params.get("days")
    if isinstance(stated, float) and stated < 300 and not b.req.params.get("depreciation"):
        # "GPU 成本每用户每月多少": a month is the bill's period, not the cards' life (3 years)
        days = 3 * 365.25
        b.assume("lifetime_days", days, "days", "default", b.tr("label.amortized_over"))
    else:
        days = b.num("days", 3 * 365.25, label=b.tr("label.amortized_over"))
    capex_hour = usd / (days * 24)
    watts, _ = gpu_power_w(b, acc)
    power_hour = watts * pue(b) / 1000 * electricity_usd(b)
    b.step(b.tr("step.owned_hour", usd=usd, days=days, capex=capex_hour, watts=watts, pue=pue(b),
                power=power_hour, rate=capex_hour + power_hour))
    b.fig("owned_cost_per_gpu_hour_usd", capex_hour + power_hour, "US$", b.tr("fig.owned_hour"))
    return capex_hour + power_hour


def cards_owned(b: Builder) -> bool:
    """An electricity price and no rent: the cards are owned ("在 4090 上跑，电价 0.55元/度")."""
    return (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")) and not (
        b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"))


def daily_cost(b: Builder, acc: Accelerator, gpus: float, facility_mw: float) -> float | None:
    rate = None if cards_owned(b) else rent_rate(b, acc)
    if rate is not None:
        per_day = gpus * rate * 24
        b.step(b.tr("step.rent_per_day", gpus=gpus, rate=rate, per_day=per_day))
    else:
        usd = b.cat.price(acc.id)
        unit = usd.purchase_usd if usd else None
        if unit is None:
            return None
        kwh_price = electricity_usd(b)
        per_day = gpus * unit / (AMORTIZE_YEARS * 365) + facility_mw * 1000 * 24 * kwh_price
        b.step(b.tr("step.amortized_per_day", years=AMORTIZE_YEARS, per_day=per_day))
    b.fig("cost_per_day_usd", per_day, "US$", b.tr("fig.cost_per_day"))
    return per_day


def budget_gpu_hours(b: Builder, acc: Accelerator) -> float:
    """The GPU-hours a stated budget rents at the hourly price (stated, else catalogued)."""
    rate = rent_rate(b, acc)
    if rate is None:
        raise CalcError("missing_input", hint_key="hint.example", param="rent_usd_per_hour")
    budget = b.num("budget_usd", None) if b.has("budget_usd") else \
        b.num("budget_cny", None) / fx(b)
    budget = budget_part(b, budget)       # "ARR 5000万美元，拿 30% 出来租卡": that share of it rents
    if _discount_of_budget(b):
        # ("Quote was $289k and we're getting 15% off … renting … would that pay for": the quote, less)
        off = b.num("discount", None)
        b.step(b.tr("step.budget_discount", budget=budget, off=off, after=budget * (1 - off)))
        budget *= 1 - off
    hours = budget / rate
    b.step(b.tr("step.budget_hours", budget=budget, rate=rate, hours=hours))
    b.fig("gpu_hours", hours, "GPU-hours", b.tr("fig.gpu_hours"))
    return hours


def _hours_against_budget(b: Builder, acc: Accelerator) -> Result:
    """"1.8M GPU-hours on H100 at $2.49/hr … expected under $4M: compute the bill": the stated hours at
    the stated rent, against the amount it was expected to stay under (in US$; RMB beside it)."""
    rate = rent_rate(b, acc)
    if rate is None:
        raise CalcError("missing_input", hint_key="hint.example", param="rent_usd_per_hour")
    hours = b.num("gpu_hours", None)
    if b.has("days"):
        b.read.add("days")                 # "last quarter's 1.8M GPU-hours": when they were used
    bill = hours * rate
    budget = b.num("budget_usd", None) if b.has("budget_usd") else b.num("budget_cny", None) / fx(b)
    b.step(b.tr("step.hours_bill", hours=b.h(hours), rate=rate, bill=bill))
    b.fig("cost_usd", bill, "US$", b.tr("fig.hours_bill"))
    b.fig("cost_cny", bill * fx(b), "RMB", b.tr("fig.hours_bill"))
    money = b.tr("money.usd_cny", usd=b.h(bill), cny=b.h(bill * fx(b)))
    return b.result("capex", b.tr("head.hours_bill", hours=b.h(hours), acc=acc.short, money=money)
                    + b.tr("head.bill_over" if bill > budget else "head.bill_within", usd=b.h(budget),
                           ratio=bill / budget))


def _budget_year(b: Builder) -> None:
    """("€6.5M this fiscal year … how many GPUs", "… how many servers"): a budget said as one year's money, no
    period asked: the purchase is paid from it once, said so in the steps."""
    if b.has("budget_days") and not b.has("days"):
        b.num("budget_days", None)
        b.step(b.tr("step.budget_year"))


def _power_against_site(b: Builder, acc: Accelerator, n: float) -> tuple[str, float]:
    """The draw of `n` cards bought against the site's stated power ("… does it fit in our 120MW hydro
    allotment?"): the headline's words (within it, or over it and how many of them it powers) and the MW."""
    mw, p = fleet_power(b, acc, n)
    cap = b.num("power_mw", None)
    return b.tr("head.power_within" if mw <= cap else "head.power_over", mw=mw, pue=p,
                cap=power_words(cap, b.lang), fit=b.h(math.floor(n * cap / mw))), mw


def budget_gpus(b: Builder, acc: Accelerator, *, costs: bool = True) -> int:
    """How many accelerators a stated budget buys at the unit price (stated, else catalog)."""
    usd, cny = unit_prices(b, acc)
    if costs and any(s.param == "year" and re.search(r"pric|价", str(s.text).lower()) for s in b.req.stated):
        prices_year(b, acc)              # ("At 2023 prices … how many would our $10M fund have bought?")
    if b.has("budget_usd") and usd:
        budget, price = b.num("budget_usd", None), usd
    elif b.has("budget_cny") and cny:
        budget, price = b.num("budget_cny", None), cny
    elif b.has("budget_cny") and usd:
        budget, price = b.num("budget_cny", None) / fx(b), usd
    elif b.has("budget_usd") and cny:
        budget, price = b.num("budget_usd", None) * fx(b), cny
    else:
        raise CalcError("missing_input", "err.no_price", hint_key="hint.try",
                        acc=acc.short, param="price_usd")
    _budget_year(b)
    if b.has("budget_share"):             # "假设一半花在GPU上": that share of it buys chips
        budget = budget_part(b, budget)
    elif b.has("all_in_multiple"):        # "全部投入（含网络、机房）大约是卡价的 1.6 倍": the build
        mult = b.num("all_in_multiple", None)
        b.step(b.tr("step.all_in_budget", mult=mult, before=round(budget),
                    after=round(budget / mult)))
        budget /= mult
    n = math.floor(budget / price * (1 + 1e-12))
    if b.has("all_in_multiple") and b.has("budget_share"):
        # "加速卡占七成 … 配套全部算上是卡价的 1.5 倍，总投入多少": the build around the cards bought
        all_in(b, n * (usd if usd else (cny or 0) / fx(b)))
    b.fig("gpus", n, "GPUs", b.tr("fig.budget_buys", acc=acc.short))
    if b.flag("asks_left") and costs:
        # ("How many L4s at US$2,500 each, and whats left over for a server": what the cards leave of it)
        in_cny = not (b.has("budget_usd") and usd) and (b.has("budget_cny") or not usd)
        left = budget - n * price
        b.fig("budget_left_cny" if in_cny else "budget_left_usd", left, "RMB" if in_cny else "US$",
              b.tr("fig.budget_left"))
        b.step(b.tr("step.budget_left", budget=budget, n=n, price=price, left=left))
    servers_for(b, n, acc)
    if usd and costs:
        b.fig("cost_usd", n * usd, "US$", b.tr("fig.chips_cost"))
    if cny and costs:
        b.fig("cost_cny", n * cny, "RMB", b.tr("fig.chips_cost"))
    b.step(b.tr("step.budget_divide", n=n))
    return n


def _chip_price(b: Builder, acc: Accelerator, cny: bool) -> float:
    """One card's price in the bill's currency (stated or catalogued, else the other converted)."""
    usd, rmb = unit_prices(b, acc)
    chip = rmb if cny else usd
    if chip is None:
        chip = (usd or 0) * fx(b) if cny else (rmb or 0) / fx(b)
    return chip


def _power_day(b: Builder, acc: Accelerator, gpus: float, cny: bool) -> tuple[float, float, float]:
    """(kWh a day, a kWh's price, the day's electricity) of `gpus` owned cards at the facility."""
    watts, _ = gpu_power_w(b, acc)
    kwh_day = gpus * watts * pue(b) / 1000 * 24
    price = price_per_kwh(b, cny)
    return kwh_day, price, kwh_day * price


def _payback_months(b: Builder, capex: float, revenue: float, power: float, unit: str) -> float | None:
    """The months a purchase takes to pay back from a month's revenue less its electricity (a figure and a
    step), None when the electricity eats the revenue."""
    if revenue <= power:
        return None
    months = capex / (revenue - power)
    b.fig("breakeven_months", months, "months", b.tr("fig.payback_months"))
    b.step(b.tr("step.subscribers_payback", capex=capex, revenue=revenue, power=power, months=months,
                cur=unit))
    return months


def fleet_payback_of_charge(b: Builder, acc: Accelerator, gpus: float, users: float, charge: float,
                            cny: bool, *, sized: bool = False) -> str:
    """"$30 per tech per month … 1,800 techs … self-hosting on 8 H100 SXM bought at $30k each pay back
    within 2 years?": the stated fleet's purchase against what the users pay each month, less its electricity
    (a headline suffix; the period asked, when one is, answered yes or no)."""
    chip = _chip_price(b, acc, cny)
    if not chip:
        return ""
    capex = gpus * chip
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    cash_of = lambda x: b.tr(money, usd=b.h(x), cny=b.h(x))  # noqa: E731
    _, _, power_day = _power_day(b, acc, gpus, cny)
    power = power_day * 30.4375
    revenue = users * charge
    b.fig("capex_cny" if cny else "capex_usd", capex, unit, b.tr("fig.own_fleet_cost"))
    b.fig("revenue_per_month_cny" if cny else "revenue_per_month_usd", revenue, unit,
          b.tr("fig.subscription_month"))
    months = _payback_months(b, capex, revenue, power, unit)
    which = b.tr("word.fleet_sized" if sized else "word.fleet_stated")
    if months is None:
        return b.tr("head.fleet_payback_never", gpus=gpus, acc=acc.short, rev=cash_of(revenue),
                    power=cash_of(power), which=which)
    head = b.tr("head.fleet_payback", months=months, gpus=gpus, acc=acc.short, capex=cash_of(capex),
                rev=cash_of(revenue), power=cash_of(power), which=which)
    if b.has("days") and (period := b.num("days", None) / 30.4375) >= 1:
        head += b.tr("head.payback_within" if months <= period else "head.payback_not_within", months=period)
    return head


def _sales_payback(b: Builder, price: float, cny: bool) -> Result:
    """"按每百万 token 1.2 元卖，用 4090 跑 Qwen2.5 7B，一张卡 1.3 万元，电价 0.6 元/度，两年能回本吗？":
    the cards (one unless counted) selling what the serving model says they generate, less their
    electricity, against their purchase; the period asked, when one is, answered yes or no."""
    from calc.inference import modelled_tps_per_gpu
    acc = b.accelerator()
    gpus = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else 1.0
    tps = modelled_tps_per_gpu(b, acc)
    util = b.num("utilization", 1.0, label=b.tr("label.share_sold"))
    tpd = gpus * tps * 86400 * util
    rev_day = tpd / 1e6 * price
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    b.step(b.tr("step.sales_day", gpus=gpus, tps=tps, util=util, tpd=b.h(tpd), price=price, cur=unit,
                rev=rev_day))
    kwh_day, price_kwh, power_day = _power_day(b, acc, gpus, cny)
    b.step(b.tr("step.own_power", kwh=kwh_day, price=price_kwh, cost=power_day, cur=unit))
    capex = gpus * _chip_price(b, acc, cny)
    month = 30.4375
    cash_of = lambda x: b.tr(money, usd=b.h(x), cny=b.h(x))  # noqa: E731
    b.fig("tokens_per_day", tpd, "tokens", b.tr("fig.tokens_sold_day"))
    b.fig("revenue_per_month_cny" if cny else "revenue_per_month_usd", rev_day * month, unit,
          b.tr("fig.revenue_month"))
    b.fig("power_per_month_cny" if cny else "power_per_month_usd", power_day * month, unit,
          b.tr("fig.own_power_month"))
    b.fig("capex_cny" if cny else "capex_usd", capex, unit, b.tr("fig.own_fleet_cost"))
    b.read.update({"model", "params"})
    net = rev_day - power_day
    if net <= 0:
        return b.result("capex", b.tr("head.sales_never", pm=cash_of(price), gpus=gpus, acc=acc.short,
                                      rev=cash_of(rev_day * month), power=cash_of(power_day * month)))
    months = capex / net / month
    b.fig("breakeven_months", months, "months", b.tr("fig.payback_months"))
    b.step(b.tr("step.sales_payback", capex=capex, net=net, months=months, cur=unit))
    head = b.tr("head.sales_payback", pm=cash_of(price), gpus=gpus, acc=acc.short, util=util,
                rev=cash_of(rev_day * month), tpd=b.h(tpd), power=cash_of(power_day * month),
                capex=cash_of(capex), months=months)
    if b.has("days"):                      # "两年能回本吗": the period asked, answered
        period = b.num("days", None) / month
        head += b.tr("head.within_period" if months <= period else "head.beyond_period", period=period)
    return b.result("capex", head)


def _subscription_payback(b: Builder, acc: Accelerator) -> Result:
    """"每用户每月收费 19 元，现在 8000 付费用户，买 8 张 l40s 每张 5.5 万元，几个月回本？": the cards
    (one unless counted) paid back by what the stated users pay each month, less the cards'
    electricity. With no users stated, the paying users it takes to pay them back in the period
    asked (else a year, said so): "$7,800 each … $12/month per user, how many paying users to pay
    it back in 9 months?"."""
    cny = b.has("cny_per_user_month") and not b.has("usd_per_user_month")
    charge = b.num("cny_per_user_month" if cny else "usd_per_user_month", None)
    # ("the hardware is one box at ~$14k": a server priced and nothing counted is that one server, whole)
    boxed = not (b.has("gpus") or b.req.params.get("servers", 1) != 1 or b.has("price_usd")
                 or b.has("price_cny")) and (b.has("server_price_usd") or b.has("server_price_cny"))
    gpus = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else \
        float(b.gpus_per_server(acc)) if boxed else _one_copy_gpus(b, acc) or 1.0
    chip = _chip_price(b, acc, cny)
    capex = gpus * chip
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    cash_of = lambda x: b.tr(money, usd=b.h(x), cny=b.h(x))  # noqa: E731
    month = 30.4375
    unknown_box = boxed and not any(b.has(k) for k in ("accelerator", "server", "watts_per_server",
                                                       "watts_per_gpu"))
    no_power = b.flag("no_power_cost")     # ("多久能回本？电费先不算": the electricity left out, as asked)
    if unknown_box or no_power:
        # (a box of no card named draws what no one said: its electricity is left out, and said so; its
        # cards at their share of its price are the box's price, capex above)
        kwh_day, price_kwh, power_day = 0.0, 0.0, 0.0
        b.notes.append(b.tr("note.power_left_out" if no_power else "note.box_power_unknown"))
    else:
        kwh_day, price_kwh, power_day = _power_day(b, acc, gpus, cny)
    power = power_day * month
    b.fig("capex_cny" if cny else "capex_usd", capex, unit, b.tr("fig.own_fleet_cost"))
    b.fig("power_per_month_cny" if cny else "power_per_month_usd", power, unit, b.tr("fig.own_power_month"))
    if not unknown_box:
        b.step(b.tr("step.own_fleet", gpus=gpus, acc=acc.short, price=chip, capex=capex, cur=unit))
    if not (unknown_box or no_power):
        b.step(b.tr("step.own_power", kwh=kwh_day, price=price_kwh, cost=power_day, cur=unit))
    if b.has("users"):
        users = b.num("users", None)
        revenue = users * charge
        b.fig("revenue_per_month_cny" if cny else "revenue_per_month_usd", revenue, unit,
              b.tr("fig.subscription_month"))
        b.step(b.tr("step.subscribers_month", users=users, charge=charge, revenue=revenue, cur=unit))
        months = _payback_months(b, capex, revenue, power, unit)
        if months is None:
            return b.result("capex", b.tr("head.subscribers_never", users=b.h(users), rev=cash_of(revenue),
                                          power=cash_of(power)))
        head = b.tr("head.subscribers_payback_box" if unknown_box else "head.subscribers_payback_no_power"
                    if no_power else "head.subscribers_payback",
                    months=months, users=b.h(users), charge=cash_of(charge), capex=cash_of(capex), gpus=gpus,
                    acc=acc.short, power=cash_of(power))
        periods = _stated_periods(b)
        if b.flag("asks_per_user") and b.flag("depreciation") and periods and max(periods) > month:
            # "按 3年折旧，每个医生每月摊多少钱？如果…每人每月 30元 收费能回本吗？": each user's share of the
            # write-off a month, beside what each pays
            b.read.add("days")
            write_off = max(periods)
            per = capex / (write_off / month) / users
            b.fig("depreciation_per_user_month_cny" if cny else "depreciation_per_user_month_usd", per, unit,
                  b.tr("fig.depreciation_user_month"))
            head += b.tr("head.writeoff_user_month", years=write_off / 365.25, money=cash_of(per))
        elif b.has("days") and (period := b.num("days", None) / month) >= 1:
            # ("Would an on-prem H100 enclave at $30K per GPU pay off within 24 months?": the period asked)
            head += b.tr("head.payback_within" if months <= period else "head.payback_not_within",
                         months=period)
        return b.result("capex", head)
    months = b.num("days", 365.25, label=b.tr("label.period_default_year")) / month
    need = math.ceil((capex / months + power) / charge)
    b.fig("users", need, "users", b.tr("fig.subscribers_needed", months=months))
    b.step(b.tr("step.subscribers_needed", capex=capex, months=months, power=power, charge=charge,
                users=need, cur=unit))
    return b.result("capex", b.tr("head.subscribers_needed", users=b.h(need), charge=cash_of(charge),
                                  months=months, capex=cash_of(capex), gpus=gpus, acc=acc.short,
                                  power=cash_of(power)))


def _api_payback(b: Builder, bill_day: float, cny: bool, sized: float | None = None,
                 tpd: float = 0.0) -> Result:
    """"每百万token 16元，每天50亿token…换成自建8台H20服务器（每台120万元）多久回本？": the API bill
    a month against buying the stated fleet and paying its electricity; the months until the
    purchase is paid back by what the API would have cost. With no fleet stated, the GPUs the
    serving model needs for the volume (`sized`) are the ones bought."""
    acc = b.accelerator()
    gpus = sized if sized is not None else b.count_gpus(acc)
    chip = _chip_price(b, acc, cny)
    capex = gpus * chip
    kwh_day, price_kwh, power_day = _power_day(b, acc, gpus, cny)
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    month = 30.4375
    b.fig("api_cost_per_month_cny" if cny else "api_cost_per_month_usd", bill_day * month, unit,
          b.tr("fig.api_per_month"))
    b.fig("capex_cny" if cny else "capex_usd", capex, unit, b.tr("fig.own_fleet_cost"))
    b.fig("power_per_month_cny" if cny else "power_per_month_usd", power_day * month, unit,
          b.tr("fig.own_power_month"))
    b.step(b.tr("step.own_fleet", gpus=gpus, acc=acc.short, price=chip, capex=capex, cur=unit))
    b.step(b.tr("step.own_power", kwh=kwh_day, price=price_kwh, cost=power_day, cur=unit))
    saved = bill_day - power_day
    if saved <= 0:
        return b.result("capex", b.tr("head.payback_never", api=b.tr(money, usd=b.h(bill_day * month),
                                                                   cny=b.h(bill_day * month))))
    months = capex / saved / month
    b.fig("breakeven_months", months, "months", b.tr("fig.payback_months"))
    b.step(b.tr("step.payback", capex=capex, saved=saved, months=months, cur=unit))
    if sized is not None:
        how = b.tr("word.rate_measured" if b.has("observed_tokens_per_s_per_gpu") else "word.rate_modelled")
        return b.result("capex", b.tr("head.payback_sized", months=months, tpd=b.h(tpd), how=how, api=b.tr(
            money, usd=b.h(bill_day * month), cny=b.h(bill_day * month)), capex=b.tr(
            money, usd=b.h(capex), cny=b.h(capex)), gpus=gpus, acc=acc.short))
    b.notes.append(b.tr("note.payback_capacity", gpus=gpus, acc=acc.short))
    return b.result("capex", b.tr("head.payback", months=months, api=b.tr(
        money, usd=b.h(bill_day * month), cny=b.h(bill_day * month)), capex=b.tr(
        money, usd=b.h(capex), cny=b.h(capex)), gpus=gpus, acc=acc.short))


def _stated_periods(b: Builder) -> list[float]:
    """Every period the question states, in days ("每个医生每月摊多少钱 … 按 3年折旧": the month and the
    years)."""
    return [float(st.value) for st in b.req.stated if st.param == "days" and isinstance(st.value, float)
            and st.note in ("", "duplicate")]


def _depreciation(b: Builder) -> str:
    """"一万张B200…折旧4年，每天折旧多少人民币？": the purchase spread evenly over the stated period,
    a day's and a year's share (straight line, no residual value)."""
    if not (b.flag("depreciation") and b.has("days")):
        return ""
    days = b.num("days", None)
    periods = _stated_periods(b)
    if len(periods) > 1 and days < max(periods):
        # ("每个医生每月摊多少钱 … 按 3年折旧": the month the share is asked for, the years it is written
        # off over)
        days = max(periods)
    usd = b.value_of("cost_usd")
    cny = b.value_of("cost_cny")
    b.fig("depreciation_per_day_usd", usd / days, "US$", b.tr("fig.depreciation_day"))
    b.fig("depreciation_per_year_usd", usd / days * 365.25, "US$", b.tr("fig.depreciation_year"))
    if cny:
        b.fig("depreciation_per_day_cny", cny / days, "RMB", b.tr("fig.depreciation_day"))
    b.step(b.tr("step.depreciation", cost=usd, days=days, per_day=usd / days))
    def money(per: float) -> str:
        return b.tr("money.cny_usd", cny=b.h(cny * per), usd=b.h(usd * per)) if cny and \
            b.req.params.get("currency") == "cny" else b.tr("money.usd", usd=b.h(usd * per))
    head = b.tr("head.depreciation", money=money(1 / days), year=money(365.25 / days), days=days)
    month = next((st for st in b.req.stated if st.param == "days" and isinstance(st.value, float)
                  and abs(st.value - 30.4375) < 0.01 and st.value != days), None)
    if month is not None:
        # "按 36 个月摊销，每店每月成本多少？": a month's share asked too, and each site's when the sites are
        # what the share is asked per
        b.claim(month)
        b.fig("depreciation_per_month_usd", usd / days * 30.4375, "US$", b.tr("fig.depreciation_month"))
        head += b.tr("head.depreciation_month", money=money(30.4375 / days))
        if b.flag("asks_per_site") and b.has("servers"):
            n = b.num("servers", None)
            b.fig("depreciation_per_site_month_usd", usd / days * 30.4375 / n, "US$",
                  b.tr("fig.depreciation_site_month"))
            head += b.tr("head.depreciation_site_month", money=money(30.4375 / days / n))
        elif b.flag("asks_per_user") and b.has("users"):
            # "服务全院 2500 个医生 … 每个医生每月摊多少钱？": each user's share of the month
            n = b.num("users", None)
            b.fig("depreciation_per_user_month_usd", usd / days * 30.4375 / n, "US$",
                  b.tr("fig.depreciation_user_month"))
            head += b.tr("head.depreciation_user_month", money=money(30.4375 / days / n))
    return head


def _max_token_price(b: Builder) -> Result:
    """"ARPU是48.5元，推理成本不超过ARPU的2%，每用户每天3万tokens，token单价要压到多少元/百万tokens？": the
    share of what a user pays a month that may go on tokens, over the user's tokens a month."""
    cny = b.has("cny_per_user_month") and not b.has("usd_per_user_month")
    charge = b.num("cny_per_user_month" if cny else "usd_per_user_month", None)
    share = b.num("budget_share", 1.0) if b.has("budget_share") else 1.0
    if b.has("tokens_per_user_day"):
        tpud = b.num("tokens_per_user_day", None)
    else:
        queries = requests_of_conversations(b, b.num("queries_per_user", None))
        tpud = queries * (b.num("output_tokens", 500) + (
            b.num("input_tokens", None) if b.has("input_tokens") else 0.0))
    month = tpud * 30.4375
    price = charge * share / (month / 1e6)
    b.read.add("per_tokens")               # ("多少元/百万tokens": the basis the price is per)
    unit = "RMB" if cny else "US$"
    b.fig(f"max_{'cny' if cny else 'usd'}_per_million_tokens", price, unit, b.tr("fig.max_token_price"))
    b.step(b.tr("step.max_token_price", charge=charge, share=share, tpud=tpud, month=month, price=price,
                cur=unit))
    return b.result("capex", b.tr("head.max_token_price", price=cash(b, price, cny), tokens=b.h(month),
                                  allowed=cash(b, charge * share, cny), share=share,
                                  charge=cash(b, charge, cny)))


def _request_bill(b: Builder, price: float, cny: bool, per_output: bool = False) -> Result:
    """"each reply is 500 tokens at $2 per million: the cost per answer": one request's tokens at
    the price (prompt and answer both billed when both are stated); `per_output` when the price is
    already per output token with the prompt's at its own price folded in ("input $0.27/M, output
    $1.10/M, 2000 in 700 out": the 700 at $1.87, not all 2,700)."""
    tokens = sum(b.num(k, None) for k in ("input_tokens", "output_tokens") if b.has(k))
    billed = b.num("output_tokens", None) if per_output and b.has("output_tokens") else tokens
    cost = billed / 1e6 * price
    money, cur = ("RMB", "cny") if cny else ("US$", "usd")
    b.fig("cost_per_query", cost, money, b.tr("fig.cost_per_query"))
    unit = b.tr("unit.cny" if cny else "unit.usd")
    b.fig("queries_per_unit", 1 / cost if cost else 0.0, "queries", b.tr("fig.queries_per_unit", unit=unit))
    b.step(b.tr("step.request_bill", tokens=billed, price=price, unit=unit, cost=cost))
    b.read.update({"model", "params"})
    head = b.tr("head.request_bill", cost=cost, unit=unit, tokens=tokens, per=1 / cost if cost else 0.0)
    count = "queries_per_day" if b.has("queries_per_day") else \
        "queries_per_user" if b.has("queries_per_user") and not b.has("users") else None
    if b.has("turns_per_session"):
        # "1 agent task = 18 calls … what does one task cost": a conversation's or task's requests
        turns = b.num("turns_per_session", None)
        b.fig(f"cost_per_session_{cur}", turns * cost, money, b.tr("fig.cost_per_session", turns=turns))
        head += b.tr("head.cost_per_session", unit=unit, total=turns * cost, turns=turns)
    if b.has("per_requests"):
        # "what's our cost per 1k requests?": the requests a cost is per, not a day's count
        n = b.num("per_requests", None)
        basis = next((str(s.text) for s in b.req.stated if s.param == "per_requests"), "")
        if b.has("turns_per_session") and not re.search(r"次|请求|调用|reqs?\b|requests?|calls?|quer", basis):
            # ("每单平均5轮对话 … 一单成本多少？每千单呢？": each of the things counted is a conversation)
            turns = b.num("turns_per_session", None)
            b.fig(f"cost_{cur}", n * turns * cost, money, b.tr("fig.cost_per_n_requests", n=n))
            return b.result("capex", head + b.tr("head.cost_per_n_sessions", n=b.h(n), unit=unit,
                                                 total=n * turns * cost, turns=turns))
        b.fig(f"cost_{cur}", n * cost, money, b.tr("fig.cost_per_n_requests", n=n))
        return b.result("capex", head + b.tr("head.cost_per_n_requests", n=b.h(n), unit=unit, total=n * cost))
    if count == "queries_per_day" and b.flag("one_batch"):
        # ("6,500 emails per send … what does one send cost us?": the one batch's requests, no day or month)
        n = job_requests(b)
        b.fig(f"batch_cost_{cur}", n * cost, money, b.tr("fig.batch_cost"))
        b.step(b.tr("step.batch_cost", n=n, cost=cost, unit=unit, total=n * cost))
        return b.result("capex", head + b.tr("head.batch_cost", n=b.h(n), unit=unit, total=n * cost))
    if count is not None:
        # "a customer sends 10,000 requests per day … the daily bill? the monthly bill?": the day's
        # requests at that cost, and a month of them (or the period stated)
        qpd = requests_of_conversations(b, b.num(count, None))
        days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
        b.fig(f"cost_per_day_{cur}", qpd * cost, money, b.tr("fig.cost_per_day"))
        b.fig(f"cost_{cur}", qpd * cost * days, money, b.tr("fig.bill_period", days=days))
        b.step(b.tr("step.requests_bill", n=qpd, cost=cost, unit=unit, day=qpd * cost, days=days,
                    total=qpd * cost * days))
        head += b.tr("head.requests_bill", n=b.h(qpd), unit=unit, day=qpd * cost, total=qpd * cost * days,
                     days=days)
        if count == "queries_per_user" and (b.has("budget_usd") or b.has("budget_cny")) and qpd * cost > 0:
            # ("一个月API预算就3000块 … 够多少老人每天聊10次？": the people the budget pays for over the
            # period, each at their requests a day)
            budget = b.num("budget_cny", None) if b.has("budget_cny") else b.num("budget_usd", None)
            if cny != b.has("budget_cny"):
                budget = budget * fx(b) if cny else budget / fx(b)
            budget = budget_part(b, budget)
            users = budget / (qpd * cost * days)
            b.fig("users_in_budget", users, "users", b.tr("fig.users_in_budget"))
            b.step(b.tr("step.users_in_budget", budget=budget, unit=unit, each=qpd * cost * days,
                        users=users))
            head += b.tr("head.users_in_budget", n=b.h(math.floor(users)), budget=budget, unit=unit)
    charge_key = "cny_per_user_month" if cny else "usd_per_user_month"
    if count is None and b.has(charge_key) and cost > 0:
        # "$25 per seat per month … how many suggestions per seat per day before we're underwater?": the
        # requests a day each user's charge pays for
        charge = b.num(charge_key, None)
        n = charge / 30.4375 / cost
        b.fig("queries_per_user_breakeven", n, "queries", b.tr("fig.queries_breakeven"))
        b.step(b.tr("step.queries_breakeven", charge=charge, unit=unit, cost=cost, n=n))
        head += b.tr("head.queries_breakeven", n=n, charge=charge, unit=unit)
    if count is None and (b.has("budget_usd") or b.has("budget_cny")) and cost > 0:
        # "Matter budget is £25k … each doc ~5k tokens in, 150 out. How many docs before we blow the budget?":
        # the requests the budget pays for, in the price's currency
        budget = b.num("budget_cny", None) if b.has("budget_cny") else b.num("budget_usd", None)
        if cny != b.has("budget_cny"):
            budget = budget * fx(b) if cny else budget / fx(b)
        budget = budget_part(b, budget)
        n = budget / cost
        b.fig("queries_in_budget", n, "queries", b.tr("fig.queries_in_budget"))
        b.step(b.tr("step.queries_in_budget", budget=budget, unit=unit, cost=cost, n=n))
        head += b.tr("head.queries_in_budget", n=b.h(n), budget=budget, unit=unit)
        span = next((k for k in ("budget_days", "days") if b.has(k)), None)
        if span is not None and (period := b.num(span, None)) > 1:
            # ("全年预算就120万 … 一年能支撑多少次对话": the period the budget covers, its requests a day)
            b.fig("queries_per_day_in_budget", n / period, "queries/day",
                  b.tr("fig.queries_per_day_in_budget"))
            b.step(b.tr("step.queries_per_day_in_budget", n=n, days=period, per_day=n / period))
            head += b.tr("head.queries_per_day_in_budget", per_day=b.h(n / period), days=period)
    return b.result("capex", head)


def _user_bill(b: Builder, price: float, cny: bool, tpud: float | None = None) -> Result:
    """"Each user averages 50k tokens a day at $0.60 per million: the cost per user over a 30-day
    cycle?": one user's tokens at the price, a day and over the period (a month when none); or
    `tpud` from the user's queries."""
    if tpud is None:
        tpud = b.num("tokens_per_user_day", None)
    per_day = tpud / 1e6 * price
    days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
    unit = b.tr("unit.cny" if cny else "unit.usd")
    b.fig("cost_per_user_day", per_day, "RMB" if cny else "US$", b.tr("fig.cost_per_user_day"))
    b.fig("cost_per_user", per_day * days, "RMB" if cny else "US$", b.tr("fig.cost_per_user", days=days))
    b.step(b.tr("step.user_bill", tpud=tpud, price=price, unit=unit, per_day=per_day, days=days,
                total=per_day * days))
    b.read.update({"model", "params"})
    head = b.tr("head.user_bill", total=per_day * days, unit=unit, days=days, per_day=per_day, tpud=b.h(tpud))
    month = per_day * 30.4375
    active = next((k for k in ("dau_per_mau", "dau_per_wau") if b.has(k)), None)
    if active is not None and (b.has("usd_per_user_month") or b.has("cny_per_user_month")):
        # ("$49/month. DAU/MAU ≈60%, each active robot makes ~200 calls a day": a subscriber is active on that
        # share of days, so a paying one's month of tokens is that share of a daily user's)
        share = b.num(active, None)
        b.step(b.tr("step.active_month", month=month, share=share, out=month * share, unit=unit))
        month *= share
        b.fig("cost_per_paying_user_month", month, "RMB" if cny else "US$", b.tr("fig.cost_per_paying_user"))
    return b.result("capex", head + _charge_left(b, month, cny))


def _user_month(b: Builder, tpd: float, price: float, cny: bool) -> str:
    """Each user's month of the day's tokens at the price (a figure), and what is left of what each
    pays (a headline suffix, "" when no charge is stated)."""
    per_user = tpd / b.num("users", None) / 1e6 * price * 30.4375
    b.fig("cost_per_user_month", per_user, "RMB" if cny else "US$", b.tr("fig.cost_per_user", days=30.4375))
    return _charge_left(b, per_user, cny)


def _charge_left(b: Builder, month: float, cny: bool) -> str:
    """"每用户每月收 19.9 元", "月费15元能不能覆盖": a user's month of tokens against what each pays,
    and what is left ("" when no charge is stated)."""
    charge_key = "cny_per_user_month" if cny else "usd_per_user_month"
    other = "usd_per_user_month" if cny else "cny_per_user_month"
    if not b.has(charge_key) and b.has(other):
        # ("membership is ¥25/月 … we pay the API vendor $0.6 per million": in the price's currency)
        said = b.num(other, None)
        charge = said * fx(b) if cny else said / fx(b)
        b.step(b.tr("step.charge_converted", said=said, rate=fx(b), charge=charge,
                    unit=b.tr("unit.cny" if cny else "unit.usd")))
    elif not b.has(charge_key):
        return ""
    else:
        charge = b.num(charge_key, None)
    b.fig("margin_per_user_month", charge - month, "RMB" if cny else "US$", b.tr("fig.margin_per_user_month"))
    head = b.tr("head.user_bill_charge", share=month / charge, charge=charge, margin=charge - month,
                unit=b.tr("unit.cny" if cny else "unit.usd"))
    if b.has("users") and (users := b.num("users", None, record=False)) >= 2:
        # ("全院600位老人订了 … 一个月能赚多少？": every user's margin together)
        total = (charge - month) * users
        b.fig("margin_month_total", total, "RMB" if cny else "US$", b.tr("fig.margin_month_total"))
        b.step(b.tr("step.margin_month_total", margin=charge - month, users=users, total=total))
        head += b.tr("head.margin_month_total", users=b.h(users), total=b.h(total),
                     unit=b.tr("unit.cny" if cny else "unit.usd"))
    return head


def _length_of_volume(b: Builder, per_day: float, volume: str, length: str, most: float, step: str,
                      field: str) -> None:
    """With no `length` stated, each request's is the day's `volume` of tokens over its requests (origin
    "derived", the division a step); `most` bounds a length that is still one request's."""
    if not b.has(volume) or b.has(length) or per_day <= 0 \
            or not 1 <= float(b.req.params[volume]) / per_day <= most:
        return
    tpd = b.num(volume, None)
    b.read.add("queries_per_day")
    b.derived[length] = tpd / per_day
    b.step(b.tr(step, tpd=b.h(tpd), per_day=b.h(per_day), **{field: tpd / per_day}))


def answer_length_of_volume(b: Builder, per_day: float) -> None:
    """"2M patents a day, about 300M output tokens a day in all": each answer is the day's output tokens over
    its queries."""
    _length_of_volume(b, per_day, "tokens_per_day", "output_tokens", 200_000, "step.output_of_volume",
                      "lout")


def prompt_length_of_volume(b: Builder, per_day: float) -> None:
    """"ingests about 2 million words a day … 300-token summaries for 4,000 documents a day": each prompt is
    the day's input tokens over its queries."""
    _length_of_volume(b, per_day, "input_tokens_per_day", "input_tokens", 2_000_000, "step.input_of_volume",
                      "lin")


def with_input_price(b: Builder, price: float, in_key: str, per_output: bool, off: float = 0.0,
                     lengths: tuple[float, float] | None = None) -> float:
    """"$0.25/M input and $1.10/M output": both sides of a request at their prices, in the
    request's mix (the prompt and answer lengths stated, else the defaults, said so). A generated
    token (what a measured or modelled rate counts) also earns its share of the prompt; a volume
    of tokens not split is priced at the blend. `lengths`: the day's input and output tokens when
    they are stated as volumes instead (with no input price, the one price stated is both sides')."""
    lin, lout = lengths if lengths is not None else (b.num("input_tokens", 500), b.num("output_tokens", 500))
    # (a discount on the quote: on the prompt's price too; the one price is discounted already)
    pin = b.num(in_key, None) * (1 - off) if b.has(in_key) else price
    if per_output:
        out = price + pin * lin / lout
        b.step(b.tr("step.output_token_price", price=price, pin=pin, lin=lin, lout=lout, out=out))
        return out
    out = (lin * pin + lout * price) / (lin + lout)
    b.step(b.tr("step.blended_token_price", lin=lin, in_price=pin, lout=lout, out_price=price,
                blended=out))
    return out


def _period_power_bill(b: Builder, kwh: float, days: float, cny: bool) -> float:
    """The energy of a period and its bill at the stated electricity price (in the question's currency), as
    figures: the bill."""
    cost = kwh * price_per_kwh(b, cny)
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_period", days=days))
    b.fig("electricity_cny" if cny else "electricity_usd", cost, "RMB" if cny else "US$",
          b.tr("fig.electricity_period", days=days))
    return cost


def _fleet_revenue(b: Builder, price: float, cny: bool) -> Result:
    """"host a Mixtral 8x7B endpoint on 256 H100s … selling at $0.60 per million tokens, what's daily rev?":
    no volume stated, so the stated fleet's own output over a day (at the latency stated, else the default),
    sold at the stated price."""
    from calc.inference import throughput
    res = throughput(b)
    tps = next(f.value for f in res.figures if f.name == "tokens_per_s")
    tpd = tps * 86400
    revenue = tpd / 1e6 * price
    unit = b.tr("unit.cny" if cny else "unit.usd")
    figures = (Figure("tokens_per_day", tpd, "tokens/day", b.tr("fig.tokens_per_day_capacity")),
               Figure("revenue_per_day_cny" if cny else "revenue_per_day_usd", revenue,
                      "RMB" if cny else "US$", b.tr("fig.revenue_per_day")))
    steps = (b.tr("step.fleet_revenue", tps=tps, tpd=tpd, price=price, unit=unit, revenue=revenue),)
    return replace(res, headline=res.headline + b.tr("head.fleet_revenue", tpd=b.h(tpd), unit=unit,
                                                      revenue=revenue, price=price),
                   figures=(*res.figures, *figures), steps=(*res.steps, *steps))


def _tokens_on_budget(b: Builder, price: float, cny: bool, budget_key: str) -> Result:
    """"全年预算就80万，公有云API按每百万token 2元 … 2000个租户平均每家每天能用多少token？": the tokens the
    budget buys at the price, a day of them over the budget's period (a year when none is said), each user's
    share when users are counted."""
    budget = b.num(budget_key, None)
    tokens = budget / price * 1e6
    unit = "RMB" if cny else "US$"
    # ("用API跑Qwen2.5 72B，每百万token 4块钱": the price is that model's)
    b.read.update({"model", "params"})
    b.fig("tokens_bought", tokens, "tokens", b.tr("fig.tokens_bought"))
    b.step(b.tr("step.tokens_bought", budget=budget, price=price, cur=unit, tokens=b.h(tokens)))
    days = b.num("days", 365.25, label=b.tr("label.period_default_year"))
    per_day = tokens / days
    b.fig("tokens_per_day", per_day, "tokens", b.tr("fig.tokens_per_day_bought"))
    b.step(b.tr("step.tokens_a_day_bought", tokens=b.h(tokens), days=days, per_day=b.h(per_day)))
    head = b.tr("head.tokens_bought", tokens=b.h(tokens), per_day=b.h(per_day), days=days)
    if b.has("users"):
        users = b.num("users", None)
        b.fig("tokens_per_user_day", per_day / users, "tokens", b.tr("fig.tokens_per_user_day_bought"))
        b.step(b.tr("step.tokens_per_user_bought", per_day=b.h(per_day), users=users, each=per_day / users))
        head += b.tr("head.tokens_each_user", each=per_day / users, users=b.h(users))
    return b.result("capex", head)


def token_bill(b: Builder) -> Result:
    """"$0.50 per million tokens, 10B tokens a day: the daily bill", over a stated period too."""
    cny = b.has("cny_per_million_tokens") and not b.has("usd_per_million_tokens")
    # ("~50B input tokens/day, RMB 0.8 per million input tokens, output negligible": the only volume and the
    # only price are the prompts'; billed the same way, named as what they are)
    inputs = b.flag("volume_is_input")
    price = b.num("cny_per_million_tokens" if cny else "usd_per_million_tokens", None,
                  label=registry.label(("cny" if cny else "usd") + "_per_million_input_tokens", b.lang)
                  if inputs else None)
    in_key = "cny_per_million_input_tokens" if cny else "usd_per_million_input_tokens"
    volume = any(b.has(k) for k in ("tokens_per_day", "tokens_per_user_day", "queries_per_day",
                                    "users", "qps"))
    budget_key = "budget_cny" if cny else "budget_usd"
    if b.has(budget_key) and not any(b.has(k) for k in ("tokens_per_day", "tokens_per_user_day",
                                                       "queries_per_day", "qps", "queries_per_user",
                                                       "input_tokens_per_day", "input_tokens",
                                                       "output_tokens")):
        return _tokens_on_budget(b, price, cny, budget_key)
    off = 0.0
    if b.has("discount"):
        # "$0.85 per million … and they'd give us 18% off": the bill at the discounted prices
        off = b.num("discount", None)
        b.step(b.tr("step.discount_tokens", off=off, price=price * (1 - off), cur="RMB" if cny else "US$"))
        price *= 1 - off
    if b.has("queries_per_day"):
        # "每天 5亿 token 输出 … 每次输入 1500 token，每天 200万次调用": the prompts' bill follows from the
        # calls, each answer the day's output tokens over them (not a default length)
        answer_length_of_volume(b, float(b.req.params["queries_per_day"]))
        if not b.has("tokens_per_day"):
            prompt_length_of_volume(b, float(b.req.params["queries_per_day"]))
    if b.has("input_tokens_per_day") and b.has("tokens_per_day"):
        # "50M input tokens and 10M output tokens a day at $3/M in and $15/M out": the day's prompts at
        # their price (the one price when only one is stated), carried by each output token
        price = with_input_price(b, price, in_key, per_output=True, off=off, lengths=(
            b.num("input_tokens_per_day", None), b.num("tokens_per_day", None)))
    elif b.has(in_key) and not (not b.has("tokens_per_day") and not b.has("tokens_per_user_day")
                                and any(b.has(k) for k in ("queries_per_day", "users", "qps"))):
        # requests counted are billed side by side below; else the prompt's share of each token
        price = with_input_price(b, price, in_key, per_output=not volume or b.flag("output_volume"),
                                 off=off)
    if b.has("queries_per_user") and not any(b.has(k) for k in ("users", "tokens_per_user_day",
                                                                "tokens_per_day")) \
            and (b.has("usd_per_user_month") or b.has("cny_per_user_month")):
        # "$9.99/user/month plan, users average 40 queries a day, 1.5k in / 400 out": one user's day of
        # answers (their prompts priced in already when an input price is stated, else billed as tokens)
        q, lout = requests_of_conversations(b, b.num("queries_per_user", None)), b.num("output_tokens", 500)
        lin = 0.0 if b.has(in_key) or not b.has("input_tokens") else b.num("input_tokens", None)
        b.step(b.tr("step.user_tokens", q=q, per=lout + lin, tpud=q * (lout + lin)))
        return _user_bill(b, price, cny, q * (lout + lin))
    if not volume and (b.has("observed_tokens_per_s_per_gpu") or b.has("observed_tokens_per_s")
                       or b.has("observed_tokens_per_s_per_server")):
        return _margin_per_gpu_hour(b, price, cny)
    if not volume and b.flag("asks_payback") and not b.flag("asks_rate_needed") and (
            b.has("model") or b.has("params")) and b.has("accelerator") and any(
            b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        # (a measured rate is read above; here the serving model's rate is what the cards sell)
        return _sales_payback(b, price, cny)
    if not volume and (b.has("model") or b.has("params")) and (b.flag("per_gpu_hour")
                                                               or b.flag("per_gpu_revenue")):
        # "Llama 3.1 405B on 8x H200 … at $3 per million tokens, what's revenue per GPU-hour?": at
        # the serving model's rate per GPU
        from calc.inference import modelled_tps_per_gpu
        return _margin_per_gpu_hour(b, price, cny, modelled_tps_per_gpu(b, b.accelerator()))
    if not volume and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        return _break_even_rate(b, price, cny)
    if not volume and (b.has("model") or b.has("params")) and b.has("accelerator") and b.flag("self_host"):
        # "vendor quotes $0.35 per million tokens for Llama 3.1 8B. If we self-host on L4 at 70% utilization
        # with electricity at ¥0.6/kWh, can we beat that?": an owned card's million tokens against the price
        return _self_host_per_million(b, price, cny)
    if not volume and not b.has("tokens_per_day") and (b.has("output_tokens") or b.has("input_tokens")):
        return _request_bill(b, price, cny, per_output=b.has(in_key))
    if b.has("tokens_per_user_day") and not b.has("users"):
        return _user_bill(b, price, cny)
    charge_note = ""
    if b.has("tokens_per_day"):
        tpd = b.num("tokens_per_day", None,
                    label=registry.label("input_tokens_per_day", b.lang) if inputs else None)
    elif b.has("tokens_per_user_day") and b.has("users"):   # "8k DAU x 150k tok/user/day"
        from calc.inference import daily_users
        # ("周活3000万，日活/周活45%": the daily actives use tokens each day; each user stated pays
        # for a share of them)
        active = daily_users(b)
        tpd = active * b.num("tokens_per_user_day", None)
        charge_note = _user_month(b, tpd, price, cny)
    elif b.has("queries_per_day") or b.has("users") or b.has("qps"):
        # "日活1000万每人每天20次，每次1000个token": the day's tokens from the load
        qpd = requests_per_day(b)
        per_query = b.num("output_tokens", 500)
        if b.flag("price_is_input") and b.has("input_tokens"):
            # "输入每百万 token 2 元，每次输入 3000 token，光输入这块一天能收多少": the prompts alone
            b.read.discard("output_tokens")
            per_query = b.num("input_tokens", None)
        elif b.has(in_key):
            # "$0.15 per million input and $0.60 per million output": each side at its price, as one
            # blended price over the prompt and the answer
            price = with_input_price(b, price, in_key, per_output=False, off=off)
            per_query += b.num("input_tokens", 500)
        elif b.has("input_tokens"):        # one price per token: prompt and answer both billed
            per_query += b.num("input_tokens", None)
        tpd = qpd * per_query
        b.step(b.tr("step.tokens_a_day", qpd=b.h(qpd), per_query=per_query, tpd=b.h(tpd)))
        if b.has("users") and b.has("cny_per_user_month" if cny else "usd_per_user_month"):
            # "月卡 30元/人/月 … 付费用户 50万，每人每天聊 20轮": each paying user's month of tokens against
            # what each pays
            charge_note = _user_month(b, tpd, price, cny)
    elif b.has("usd_cny") or b.req.params.get("currency") == ("usd" if cny else "cny"):
        return _token_price_converted(b)
    elif (b.has("gpus") or b.has("servers")) and (b.has("model") or b.has("params")):
        return _fleet_revenue(b, price, cny)
    else:
        raise CalcError("missing_input", hint_key="hint.example", param="tokens_per_day")
    if b.has("tokens_per_day") and b.has("users") and b.has("users_to"):
        # "每天500亿token … 用户从200万增长到1000万，按同样的人均用量": the volume scales too
        start, end = b.num("users", None), b.num("users_to", None)
        b.step(b.tr("step.tokens_scaled", tpd=b.h(tpd), start=b.h(start), end=b.h(end),
                    out=b.h(tpd * end / start)))
        tpd *= end / start
    if b.has("factor") and not b.has("users_to"):
        # "1.2e9 tokens/day at $2.5 per million; if traffic goes 4x, 30 days of revenue?": the volume grown
        f = b.num("factor", None)
        b.step(b.tr("step.tokens_times", tpd=b.h(tpd), f=f, out=b.h(tpd * f)))
        tpd *= f
    per_day = tpd / 1e6 * price
    b.read.update({"model", "params"})      # the model whose tokens the price is for
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    cost_day = None
    if (b.has("gpus") or b.has("servers")) and (b.has("rent_usd_per_hour")
                                                or b.has("rent_cny_per_hour")):
        # "… vs the rental cost of 200 H100s at $2.20/hr": the stated fleet's rent, all day
        acc = b.accelerator()
        gpus = b.count_gpus(acc)
        rate = rent_rate(b, acc) or 0.0
        cost_day = gpus * rate * 24
        b.step(b.tr("step.fleet_rent_day", gpus=gpus, rate=rate, cost=cost_day))
        measured = measured_tps_per_gpu(b, acc, lambda: gpus)
        if measured is not None:
            # "… 8x H100 NVL at $2.50/hr each (we measured ~1,800 tok/s per GPU) … 300M tokens/day": whether
            # the stated fleet carries the day's tokens at the measured rate
            cap = gpus * measured * 86400
            b.fig("fleet_tokens_per_day", cap, "tokens", b.tr("fig.fleet_tokens_per_day"))
            b.step(b.tr("step.fleet_capacity", gpus=gpus, tps=measured, cap=b.h(cap), tpd=b.h(tpd)))
            if cap < tpd:
                charge_note += b.tr("head.fleet_short", cap=b.h(cap), tpd=b.h(tpd))
    elif not b.flag("asks_payback") and (b.has("gpus") or b.has("servers") or (b.has("gpus_per_server") and (
            b.has("server_price_usd") or b.has("server_price_cny")))) \
            and (owned := owned_rate(b, b.accelerator())) is not None:
        # "on-prem 8x H100 box … server quote $280k, 10.2 kW, $0.12/kWh, 3-year amortization": the stated
        # fleet owned (or as many of the priced box as the volume keeps busy), its purchase over the
        # period plus its power, all day
        if b.has("gpus") or b.has("servers"):
            gpus = b.count_gpus(b.accelerator())
        else:
            from calc.inference import serving_gpus_needed
            per = b.gpus_per_server(b.accelerator())
            gpus = math.ceil(serving_gpus_needed(b, tpd) / per) * per
        cost_day = gpus * owned * 24
        b.step(b.tr("step.fleet_owned_day", gpus=gpus, rate=owned, cost=cost_day))
        per_m_usd = cost_day / (tpd / 1e6)
        b.fig("owned_cost_per_million_usd", per_m_usd, "US$", b.tr("fig.owned_per_million"))
        if b.req.params.get("per_tokens") == 1e6:
            b.read.add("per_tokens")         # ("what's our cost per million tokens?": the basis asked)
        charge_note += b.tr("head.owned_per_million", money=cash(b, per_m_usd * (fx(b) if cny else 1), cny))
    elif b.has("accelerator") or b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "revenue vs cost on H100 at $2.2/hr": what serving those tokens costs, beside the bill
        from calc.inference import serving_cost_per_day
        cost_day = serving_cost_per_day(b, tpd)
    b.fig("cost_per_day_cny" if cny else "cost_per_day_usd", per_day, unit, b.tr("fig.cost_per_day"))
    b.step(b.tr("step.token_bill", tpd=b.h(tpd), price=price, cur=unit, per_day=per_day))
    batch = b.flag("one_off") and b.flag("one_batch")
    if batch:
        b.fig("batch_cost_cny" if cny else "batch_cost_usd", per_day, unit, b.tr("fig.batch_cost"))
    if batch and b.has("days"):
        # ("Monthly community newsletter: 6,500 emails per send … what does one send cost us?": the one batch
        # asked, not the period it recurs over)
        b.set_aside("days", "unused.one_batch")
        days = 1.0
    elif b.flag("one_off") and not b.has("days"):
        # ("9千个孩子，每个孩子一份 … 生成一次要花多少钱": one batch, its tokens once, not a day's for a year)
        days = 1.0
        b.assume("days", 1.0, "days", "question", b.tr("label.one_off"))
    else:
        days = b.num("days", 365.25, label=b.tr("label.period_default_year"))
    b.fig("cost_cny" if cny else "cost_usd", per_day * days, unit, b.tr("fig.cost_period", days=days))
    if cny and b.has("usd_cny"):          # "…一年收入多少？美元按7.2": in dollars too
        b.fig("cost_usd", per_day * days / fx(b), "US$", b.tr("fig.converted"))
    if b.has("joules_per_token") and (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")) \
            and cost_day is None:
        # "每百万token 2元，每天10亿token … 按每token 0.3焦耳、电价0.5元一度，电费占收入比例多少？": the
        # tokens' energy at the stated joules, its bill against what they sell for
        j = b.num("joules_per_token", None)
        kwh = tpd * j / 3.6e6 * days
        power_cost = _period_power_bill(b, kwh, days, cny)
        b.fig("electricity_share_of_price", 100 * power_cost / (per_day * days), "%",
              b.tr("fig.electricity_share_of_price"))
        b.step(b.tr("step.tokens_energy", tpd=b.h(tpd), j=j, days=days, kwh=b.h(kwh)))
        charge_note += b.tr("head.tokens_power_share", j=j, power=b.tr(money, usd=b.h(power_cost),
                                                                     cny=b.h(power_cost)),
                            share=power_cost / (per_day * days))
    if b.flag("asks_payback") and any(
            b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        if (b.has("gpus") or b.has("servers")) and not (b.flag("asks_gpus") and b.value_of("serving_gpus")):
            # (with the count asked, "整机一台 8 卡 … 要几台": the server described, the fleet sized below)
            return _api_payback(b, per_day, cny)
        if b.value_of("serving_gpus"):      # "每天 30 亿输出 token，用 H800 自建（每张 23 万元）多久回本"
            return _api_payback(b, per_day, cny, b.value_of("serving_gpus"), tpd)
    if cost_day is None and (b.has("gpus") or b.has("servers")):
        # "够不够覆盖300张H20的电费": the stated fleet's electricity beside the revenue
        acc = b.accelerator()
        gpus = b.count_gpus(acc)
        watts, _ = gpu_power_w(b, acc)
        kwh = gpus * watts * pue(b) / 1000 * 24 * days
        power_cost = _period_power_bill(b, kwh, days, cny)
        b.step(b.tr("step.fleet_kwh", gpus=gpus, watts=watts, days=days, kwh=kwh))
        return b.result("capex", b.tr("head.revenue_vs_power", revenue=b.tr(
            money, usd=b.h(per_day * days), cny=b.h(per_day * days)), power=b.tr(
            money, usd=b.h(power_cost), cny=b.h(power_cost)), days=days, gpus=gpus, acc=acc.short))
    key = "head.api_vs_cost" if b.flag("pays_api") else "head.revenue_vs_cost"
    # (the day's volume as stated: "50 million input and 10 million output" when both sides are)
    tout = tpd
    if b.has("input_tokens_per_day") and not b.has("tokens_per_day") and "input_tokens" in b.derived:
        # (the prompts a day over the queries: the day's tokens hold both sides, the answers the rest)
        tout = tpd - b.num("input_tokens_per_day", None)
    said = b.tr("head.in_and_out_tokens", tin=b.h(b.num("input_tokens_per_day", None)), tout=b.h(tout)) \
        if b.has("input_tokens_per_day") else \
        b.tr("head.input_tokens_said", n=b.h(tpd)) if inputs else b.h(tpd)
    if cost_day is not None:
        revenue_usd = per_day / fx(b) if cny else per_day
        b.fig("serving_cost_usd", cost_day * days, "US$", b.tr("fig.serving_cost_period", days=days))
        b.fig("margin_usd", (revenue_usd - cost_day) * days, "US$", b.tr("fig.margin_period", days=days))
    gpus_note = charge_note
    if b.value_of("serving_gpus"):           # "…用 H20 服务的话需要几张卡": the GPUs the tokens keep busy
        gpus_note = b.tr("head.and_gpus", n=b.h(b.value_of("serving_gpus")),
                         acc=b.accelerator().short)
        if any(st.param in ("gpus", "servers") and st.note == "" for st in b.req.stated):
            # "… vs running it on our h100 fleet of 300": the stated fleet against the GPUs needed
            # (stated in the question: not a fleet an earlier answer computed)
            stated, need = b.count_gpus(b.accelerator()), b.value_of("serving_gpus")
            b.fig("gpus_stated", stated, "GPUs", b.tr("fig.gpus_stated"))
            b.fig("stated_vs_computed", stated / need, "x", b.tr("fig.stated_vs_computed"))
            gpus_note += b.tr("head.check_stated", stated=b.h(stated), ratio=stated / need)
        if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
            # ("… 8B tokens/day on H100, PUE 1.2, $0.07/kWh. Revenue vs power cost per month?": the
            # electricity of the GPUs the tokens keep busy, over the same period)
            if b.has("joules_per_token"):
                # ("… on H200 SXM at 0.35 J/token and $0.09/kWh": the tokens' energy at the joules stated)
                j = b.num("joules_per_token", None)
                kwh = tpd * j / 3.6e6 * days
                b.step(b.tr("step.tokens_energy", tpd=b.h(tpd), j=j, days=days, kwh=b.h(kwh)))
            else:
                acc = b.accelerator()
                need = b.value_of("serving_gpus")
                watts, _ = gpu_power_w(b, acc)
                kwh = need * watts * pue(b) / 1000 * 24 * days
                b.step(b.tr("step.fleet_kwh", gpus=need, watts=watts, days=days, kwh=kwh))
            power_cost = _period_power_bill(b, kwh, days, cny)
            gpus_note += b.tr("head.serving_power",
                              power=b.tr(money, usd=b.h(power_cost), cny=b.h(power_cost)))
    if cost_day is not None:
        serve = cost_day * days * (fx(b) if cny else 1.0)     # (in the currency of the price)
        return b.result("capex", b.tr(key, revenue=b.tr(money, usd=b.h(per_day * days),
                                                                            cny=b.h(per_day * days)),
                                      cost=b.tr(money, usd=b.h(serve), cny=b.h(serve)), days=days,
                                      tpd=said) + gpus_note)
    if b.has("growth_rate_year") and not b.has("users_to") and not b.has("factor"):
        # "… daily + annual cost? and next yr if usage grows 150% y/y": the same period's bill, the
        # volume grown at the rate for the years asked (one when none are)
        g, yrs = b.num("growth_rate_year", None), b.num("period_months", 12) / 12
        grown = per_day * days * (1 + g) ** yrs
        b.fig("cost_grown_cny" if cny else "cost_grown_usd", grown, unit, b.tr("fig.cost_grown", years=yrs))
        b.step(b.tr("step.bill_grown", total=b.h(per_day * days), g=g, years=yrs, out=b.h(grown), cur=unit))
        gpus_note += b.tr("head.bill_grown", money=b.tr(money, usd=b.h(grown), cny=b.h(grown)), g=g,
                          years=yrs)
    if b.flag("asks_per_user") and b.value_of("cost_per_user_month"):
        # "what's our monthly cost per seat?": one user's month first, the whole bill after it
        each = b.value_of("cost_per_user_month")
        gpus_note = b.tr("head.per_user_month", money=cash(b, each, cny)) + gpus_note
    if b.has("per_requests") and b.has("queries_per_day") and not b.has("per_tokens"):
        # ("12k SKUs refreshed a day … daily API bill? and per 1,000 descriptions?": the day's bill over its
        # requests, for that many of them)
        qpd, n = b.num("queries_per_day", None, record=False), b.num("per_requests", None)
        per_n = per_day / qpd * n if qpd else 0.0
        cur = "cny" if cny else "usd"
        b.fig(f"cost_per_n_requests_{cur}", per_n, unit, b.tr("fig.cost_per_n_requests", n=n))
        said_n = b.tr("head.cost_per_n_requests", n=b.h(n), unit=b.tr(f"unit.{cur}"), total=per_n)
        gpus_note = said_n + gpus_note
    total = b.tr(money, usd=b.h(per_day * days), cny=b.h(per_day * days))
    if cny and b.req.params.get("currency") == "usd":
        # "输入 1 元/百万 tokens … 汇率 7.2 … 一个月收入多少美元？": the total in the dollars asked too (a
        # bill in dollars asked in yuan is converted after, calc/engine._in_other_currency)
        b.read.add("currency")
        other = per_day * days / fx(b)
        b.fig("cost_usd", other, "US$", b.tr("fig.converted"))
        total = b.tr("money.cny_usd", usd=b.h(other), cny=b.h(per_day * days))
    key = "head.token_bill" if days != 1 else \
        "head.token_bill_once" if b.flag("one_off") else "head.token_bill_day"
    return b.result("capex", b.tr(key,
                                  day=b.tr(money, usd=b.h(per_day), cny=b.h(per_day)),
                                  total=total, days=days, tpd=said) + gpus_note)


def _self_host_per_million(b: Builder, price: float, cny: bool) -> Result:
    """A million output tokens on owned cards (the purchase over the period, catalogued when none is stated,
    and the electricity, over the tokens the serving model makes at the stated utilization) against an API's
    price per million."""
    from calc.inference import modelled_tps_per_gpu
    acc = b.accelerator()
    hour = owned_rate(b, acc, catalog=True)
    if hour is None:
        raise CalcError("missing_input", "err.no_price", hint_key="hint.try", acc=acc.short,
                        param="price_usd")
    util = b.num("utilization", 1.0)
    tps = modelled_tps_per_gpu(b, acc) * util
    own = hour / (tps * 3600) * 1e6
    api = price / fx(b) if cny else price
    b.step(b.tr("step.self_host_million", hour=hour, tps=tps, own=own))
    b.fig("owned_cost_per_million_usd", own, "US$", b.tr("fig.owned_per_million"))
    b.fig("api_vs_owned", api / own, "x", b.tr("fig.api_vs_owned"))
    key = "head.self_host_cheaper" if own < api else "head.self_host_dearer"
    return b.result("capex", b.tr(key, own=cash(b, own * (fx(b) if cny else 1), cny),
                                  api=cash(b, price, cny), acc=acc.short,
                                  ratio=api / own if own < api else own / api))


def _break_even_rate(b: Builder, price: float, cny: bool) -> Result:
    """"$2.19 per million tokens; 8x H200 rented at $3.50/hr each: how many tokens/s to break
    even?": the rate at which the rent buys tokens at the price, and what the model expects."""
    acc = b.accelerator()
    gpus = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else 1
    if gpus == 1 and not (b.has("gpus") or b.has("servers")) and b.has("model") and \
            (replica := _model_replica(b, acc)) is not None and replica[2] > 1:
        # "mixtral 8x22b on h100 at $2.2/hr, are we underwater?": no count stated, so one copy of
        # the model, on the fewest cards that hold it (one card alone has no rate to compare)
        gpus = replica[2]
        b.step(b.tr("step.one_replica", model=replica[0].short, gpus=gpus, acc=acc.short))
    rate_usd = rent_rate(b, acc) or 0.0
    rate = b.num("rent_cny_per_hour", None) if cny and b.has("rent_cny_per_hour") else \
        rate_usd * fx(b) if cny else rate_usd
    need = gpus * rate / (price / 1e6) / 3600
    unit = "RMB" if cny else "US$"
    b.step(b.tr("step.break_even_rate", gpus=gpus, rate=rate, cur=unit, price=price, tps=need))
    b.fig("break_even_tokens_per_s", need, "tokens/s", b.tr("fig.break_even_tokens_per_s"))
    head = b.tr("head.break_even_rate", tps=b.h(need), gpus=b.h(gpus), acc=acc.short)
    if b.has("model") or b.has("params"):
        from calc.inference import users_served
        users_served(b, acc, gpus)             # the serving model's rate for that fleet
        est = b.value_of("tokens_per_s")
        if b.flag("price_is_input") and est > 0:
            # "$0.27 per million input tokens … RAG, 12k prompts, 100 token answers": the prompts the
            # fleet reads are what that price buys, not the tokens it writes
            lin, lout = b.num("input_tokens", 500), b.num("output_tokens", 500)
            b.step(b.tr("step.input_rate", out=est, lin=lin, lout=lout, tps=est * lin / lout))
            est *= lin / lout
        if b.has("utilization"):
            # "… whats our margin at 60% utilization": the tokens sold are that share of the rate
            util = b.num("utilization", None)
            b.step(b.tr("step.fleet_utilization", util=util, before=est, after=est * util))
            est *= util
            margin = est / gpus * 3600 / 1e6 * price - rate
            b.fig("margin_per_gpu_hour", margin, unit, b.tr("fig.margin_per_gpu_hour"))
            b.step(b.tr("step.margin_at_util", tps=est / gpus, price=price, cur=unit, rate=rate,
                        margin=margin))
        if est <= 0:
            # the model does not fit on the GPUs counted ("on TPU v5e at $0.0004 per 1K tokens"):
            # no rate to compare, and "expects about 0 tokens/s (0x)" would be no answer
            head += b.tr("head.no_rate_not_fit", model=b.model().short, gpus=b.h(gpus), acc=acc.short)
            return b.result("capex", head)
        b.fig("expected_vs_break_even", est / need, "x", b.tr("fig.expected_vs_break_even"))
        head += b.tr("head.expected_rate", tps=b.h(est), ratio=est / need)
        if b.has("utilization"):
            head += b.tr("head.margin_at_util", margin=f"{b.value_of('margin_per_gpu_hour'):,.2f}", cur=unit,
                         util=b.num("utilization", None, record=False))
    return b.result("capex", head)


def _revenue_per_gpu(b: Builder, acc: Accelerator, price: float, cny: bool, tps: float,
                     modelled: bool = False) -> Result:
    """"每百万token 1元；一张H20每秒2000 token，一个月一张卡能收多少钱？": what one GPU's tokens
    earn at the price, per hour and over the stated period (a month when none is given)."""
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    per_hour = tps * 3600 / 1e6 * price
    b.step(b.tr("step.revenue_per_gpu_hour", tps=tps, m=tps * 3600 / 1e6, price=price, cur=unit,
                revenue=per_hour))
    suffix = "_cny" if cny else "_usd"
    b.fig("revenue_per_gpu_hour" + suffix, per_hour, unit, b.tr("fig.revenue_per_gpu_hour"))
    days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
    total = per_hour * 24 * days
    b.fig("revenue" + suffix, total, unit, b.tr("fig.revenue_period", days=days))
    b.read.update({"model", "params", "precision", "gpus"})
    util = b.req.params.get("utilization")
    key = "head.revenue_per_gpu_busy" if isinstance(util, float) and util < 1 else "head.revenue_per_gpu"
    if modelled:
        # (no measured rate: the serving model's, said so, and the hour first when it was asked)
        key = "head.revenue_gpu_hour_modelled" if b.flag("per_gpu_hour") else "head.revenue_per_gpu_modelled"
    head = b.tr(key, money=b.tr(money, usd=b.h(total), cny=b.h(total)), acc=acc.short, days=days,
                util=util if isinstance(util, float) else 1.0, tps=tps,
                hour=cash(b, per_hour, cny))
    if (b.has("gpus") or b.has("servers")) and b.req.params.get("gpus") != 1:
        # "我们1000张H20 … 一天能处理多少token？日收入多少？": the stated fleet's tokens and revenue too
        n = b.count_gpus(acc)
        b.fig("tokens_in_period", tps * n * 86400 * days, "tokens",
              b.tr("fig.tokens_fleet_period", days=days))
        b.fig("revenue_fleet" + suffix, total * n, unit, b.tr("fig.revenue_fleet_period", days=days))
        head += b.tr("head.revenue_fleet", n=n, tokens=b.h(tps * n * 86400 * days),
                     money=b.tr(money, usd=b.h(total * n), cny=b.h(total * n)))
    net, powered = per_hour, False
    if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
        # "… 350 W per card incl. server, ¥0.7/kWh … do we make money?": the card's power, paid hourly
        watts, _ = gpu_power_w(b, acc)
        p = pue(b)
        price_kwh = price_per_kwh(b, cny)
        power_hour = watts / 1000 * p * price_kwh
        net, powered = per_hour - power_hour, True
        b.step(b.tr("step.power_per_gpu_hour", w=watts, pue=p, kwh=price_kwh, cur=unit, cost=power_hour,
                    net=net))
        b.fig("power_cost_per_gpu_hour" + suffix, power_hour, unit, b.tr("fig.power_cost_per_gpu_hour"))
        b.fig("net_per_gpu_hour" + suffix, net, unit, b.tr("fig.net_per_gpu_hour"))
        head += b.tr("head.less_power", money=b.tr(money, usd=b.h(net * 24 * days), cny=b.h(net * 24 * days)))
    if any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        # "we buy 2,048 H200 at $30k … how many months to pay back?": a card's price over what it earns
        usd, rmb = unit_prices(b, acc)
        price_card = rmb if cny else usd
        if price_card and net > 0:
            months = price_card / (net * 24 * 30.4375)
            b.fig("payback_months", months, "months", b.tr("fig.payback_months"))
            b.step(b.tr("step.card_payback", price=price_card, cur=unit, per_month=net * 24 * 30.4375,
                        months=months))
            head += b.tr("head.card_payback_net" if powered else "head.card_payback", months=months)
        elif price_card:
            head += b.tr("head.never_paid_back")
    return b.result("capex", head)


def _margin_per_gpu_hour(b: Builder, price: float, cny: bool, modelled: float | None = None) -> Result:
    """"$0.18 per million tokens, one L4 does 1,400 tok/s and costs $0.70/hr: the margin per
    GPU-hour?": what one GPU-hour earns at the measured rate (else at the serving model's rate per
    GPU, `modelled`), against what it costs."""
    acc = b.accelerator()
    b.read.update({"model", "params", "precision"})   # what the measured rate was measured on
    per_gpu = b.has("observed_tokens_per_s_per_gpu") or modelled is not None
    if modelled is not None:
        tps = modelled
    elif not per_gpu and b.has("observed_tokens_per_s_per_server") and not b.has("observed_tokens_per_s"):
        # "a node of eight H800s serves ~3,000 tokens/s": the node's rate, per GPU of it
        box = b.gpus_per_server(acc)
        tps = b.num("observed_tokens_per_s_per_server", None) / box
        b.step(b.tr("step.per_server_rate", tps=tps * box, n=box, per=tps))
        per_gpu = True
    else:
        tps = b.num("observed_tokens_per_s_per_gpu" if per_gpu else "observed_tokens_per_s", None)
    if not per_gpu and (b.has("gpus") or b.has("servers")):
        tps /= b.count_gpus(acc)                 # a stated cluster's rate, spread over its GPUs
    if b.has("utilization"):
        # "利用率 50%": the GPU earns only while busy; the hour is paid either way
        util = b.num("utilization", None)
        b.step(b.tr("step.utilization", util=util, tps=tps * util))
        tps *= util
    rate_usd = rent_rate(b, acc) if (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) \
        else None
    if rate_usd is None:
        return _revenue_per_gpu(b, acc, price, cny, tps, modelled is not None)
    if cny and b.has("rent_cny_per_hour"):
        rate = b.num("rent_cny_per_hour", None)
    else:
        rate = rate_usd * fx(b) if cny else rate_usd
    unit, money = ("RMB", "money.cny_only") if cny else ("US$", "money.usd")
    tokens_m = tps * 3600 / 1e6
    revenue = tokens_m * price
    b.step(b.tr("step.revenue_per_gpu_hour", tps=tps, m=tokens_m, price=price, cur=unit,
                revenue=revenue))
    suffix = "_cny" if cny else "_usd"
    b.fig("revenue_per_gpu_hour" + suffix, revenue, unit, b.tr("fig.revenue_per_gpu_hour"))
    b.fig("cost_per_gpu_hour" + suffix, rate, unit, b.tr("fig.cost_per_gpu_hour"))
    b.fig("margin_per_gpu_hour" + suffix, revenue - rate, unit, b.tr("fig.margin_per_gpu_hour"))
    b.fig("cost_per_million_tokens" + suffix, rate / tokens_m, unit,
          b.tr("fig.cost_per_million_at_rate"))
    b.read.add("per_tokens")                   # "cheaper per million tokens": that figure
    per_m = rate / tokens_m
    fleet = ""
    if per_gpu and (b.has("gpus") or b.has("servers") or b.has("days")):
        # "running 64x H200 … are we making money?": the stated fleet's margin a month
        # ("单卡租金 18.5 元/小时 … 一个月毛利多少": one card's over the period asked)
        n = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else 1
        if b.has("days"):
            # "一张卡一天能赚多少": the margin over the period asked
            days = b.num("days", None)
            total = (revenue - rate) * n * 24 * days
            b.fig("margin_period" + suffix, total, unit, b.tr("fig.margin_fleet_days", n=n, days=days))
            b.step(b.tr("step.margin_fleet_days", margin=revenue - rate, n=n, cur=unit, hours=24 * days,
                        total=total))
            fleet = b.tr("head.margin_fleet_days", n=n, days=days,
                         money=b.tr(money, usd=b.h(total), cny=b.h(total)))
        else:
            month = (revenue - rate) * n * 24 * 30.4375
            b.fig("margin_month" + suffix, month, unit, b.tr("fig.margin_fleet_month", n=n))
            b.step(b.tr("step.margin_fleet", margin=revenue - rate, n=n, cur=unit, month=month))
            fleet = b.tr("head.margin_fleet", n=n, money=b.tr(money, usd=b.h(month), cny=b.h(month)))
    key = "head.margin_per_gpu_hour_modelled" if modelled is not None else "head.margin_per_gpu_hour"
    return b.result("capex", b.tr(key, own=cash(b, per_m, cny), price=cash(b, price, cny), tps=tps,
                                  margin=cash(b, revenue - rate, cny), acc=acc.short) + fleet)


def fleet_power(b: Builder, acc: Accelerator, gpus: float) -> tuple[float, float]:
    """The facility power of `gpus` accelerators, (MW at the meter, PUE), as the figure
    power_mw and its step."""
    watts, _ = gpu_power_w(b, acc)
    p = pue(b)
    mw = gpus * watts * p / 1e6
    b.fig("power_mw", mw, "MW", b.tr("fig.facility_power"))
    b.step(b.tr("step.fleet_power", gpus=gpus, watts=watts, it_mw=gpus * watts / 1e6, pue=p, mw=mw))
    return mw, p


def per_gw(b: Builder, usd: float, mw: float) -> str:
    """"$50-60bn of capex per GW. Check it: GB200 NVL72 at ~$3.4mn per rack, ~132kW per rack, …": the build's
    money over the facility power it draws, when money per GW is asked ("" otherwise)."""
    if not b.flag("asks_per_gw") or mw <= 0:
        return ""
    per = usd / (mw / 1000)
    b.fig("capex_per_gw_usd", per, "US$", b.tr("fig.capex_per_gw"))
    b.step(b.tr("step.capex_per_gw", usd=b.h(usd), mw=mw, per=b.h(per)))
    return b.tr("head.capex_per_gw", per=b.h(per))


def stated_power(b: Builder, acc: Accelerator, gpus: float) -> str:
    """"$30B just for chips, and at 1.2kW each + PUE 1.25 it's 1.5 GW": a purchase whose watts or
    PUE are stated gets its power too (and a stated power is checked against it)."""
    if not (b.has("watts_per_gpu") or b.has("watts_per_server") or b.has("pue")):
        return ""
    mw, p = fleet_power(b, acc, gpus)
    return b.tr("head.and_power", mw=mw, pue=p)


def _fleet_against_budget(b: Builder, acc: Accelerator) -> Result:
    """"512张H20，每张11万元，预算上限8000万元：总价多少，会不会超预算？": the stated fleet's
    purchase against the stated budget, in the budget's currency."""
    gpus = b.count_gpus(acc)
    if b.has("server_price_usd") or b.has("server_price_cny"):
        _servers_at_price(b, acc)            # "eight DGX H100 boxes at $350k each … under $4M?"
    else:
        capex(b, acc, gpus)
    cny = b.has("budget_cny") and not b.has("budget_usd")
    budget = b.num("budget_cny" if cny else "budget_usd", None)
    budget = budget_part(b, budget)       # "only 60% of budget goes to chips": the chips' part of it
    chips = b.value_of("cost_cny" if cny else "cost_usd")
    # ("$38k/GPU plus 1.6x all-in … does the $180M ask hold up?": the whole build against the budget)
    cost = (b.value_of("capex_all_in_cny" if cny else "capex_all_in_usd") if b.has("all_in_multiple")
            else None) or chips
    share = cost / budget
    b.fig("budget_used", share, "x", b.tr("fig.budget_used"))
    b.step(b.tr("step.budget_used", cost=b.h(cost), budget=b.h(budget), share=share))
    money = "money.cny_only" if cny else "money.usd"
    key = ("head.over_budget" if share > 1 else "head.within_budget") + ("_all_in" if cost != chips else "")
    return b.result("capex", b.tr(key, gpus=b.h(gpus), acc=acc.short,
                                  cost=b.tr(money, usd=b.h(cost), cny=b.h(cost)),
                                  chips=b.tr(money, usd=b.h(chips), cny=b.h(chips)),
                                  budget=b.tr(money, usd=b.h(budget), cny=b.h(budget)), pct=share)
                    + stated_power(b, acc, gpus))


def _budget_servers(b: Builder, acc: Accelerator, catalog: Price | None = None) -> Result:
    """"With a $1bn budget how many H100 servers at $300k each?": whole servers, then GPUs (a named
    server or rack with no stated price: at the catalog's)."""
    rate = fx(b)
    cny_price = b.has("server_price_cny") and not b.has("server_price_usd")
    if catalog is not None and catalog.purchase_usd:
        price = b.num("server_price_usd", catalog.purchase_usd, origin="catalog",
                      label=b.tr("label.server_price"), source=f"{catalog.source} (as of {catalog.as_of})")
    else:
        price = b.num("server_price_cny" if cny_price else "server_price_usd", None)
    if b.has("discount"):
        off = b.num("discount", None)
        price *= 1 - off
        b.step(b.tr("step.discount", off=off, usd=0 if cny_price else price,
                    cny=price if cny_price else 0))
    if b.has("budget_usd"):
        budget = b.num("budget_usd", None)
        budget = budget * rate if cny_price else budget
    else:
        budget = b.num("budget_cny", None)
        budget = budget if cny_price else budget / rate
    _budget_year(b)
    if b.has("budget_share"):
        budget = budget_part(b, budget)
    elif b.has("all_in_multiple"):        # "整体投入按卡成本的 1.4 倍估": the rest of the build
        mult = b.num("all_in_multiple", None)
        b.step(b.tr("step.all_in_budget", mult=mult, before=round(budget),
                    after=round(budget / mult)))
        budget /= mult
    servers = math.floor(budget / price * (1 + 1e-12))
    per = b.gpus_per_server(acc)
    b.read.add("server")
    if b.req.params.get("servers") == 1:
        b.read.add("servers")          # "一个…机柜报价2200万": the one the price is for
    b.step(b.tr("step.budget_servers", budget=budget, price=price, servers=servers, per=per,
                gpus=servers * per))
    b.fig("servers", servers, "servers", b.tr("fig.servers_of", n=per))
    b.fig("gpus", servers * per, "GPUs", b.tr("fig.gpus_in_servers"))
    spent = servers * price
    usd, rmb = (spent / rate, spent) if cny_price else (spent, spent * rate)
    b.fig("cost_usd", usd, "US$", b.tr("fig.servers_cost"))
    b.fig("cost_cny", rmb, "RMB", b.tr("fig.servers_cost"))
    fleet_compute(b, acc, servers * per)
    if catalog is not None and catalog.purchase_usd:
        head = b.tr("head.budget_servers_catalog", servers=b.h(servers), gpus=b.h(servers * per),
                    acc=acc.short, price=b.h(catalog.purchase_usd))
    else:
        head = b.tr("head.budget_servers", servers=b.h(servers), gpus=b.h(servers * per), acc=acc.short)
    if b.has("all_in_multiple") and not b.has("budget_share"):
        head += b.tr("head.servers_all_in", mult=b.num("all_in_multiple", None))
    if catalog is None and (b.has("price_usd") or b.has("price_cny")):
        cards = budget_gpus(b, acc, costs=False)
        b.fig("gpus_cards_alone", cards, "GPUs", b.tr("fig.gpus_cards_alone"))
        head += b.tr("head.budget_cards_alone", gpus=b.h(cards), acc=acc.short)
    if b.has("power_mw"):
        # ("预算1200万…一台8卡报价230万，能买几台？装在我们那个3MW的场子电够不够": the servers' draw against
        # the site's power, and how many of the cards it holds when they do not fit)
        words, mw = _power_against_site(b, acc, servers * per)
        head += words
        head += per_gw(b, usd * (b.num("all_in_multiple", None) if b.has("all_in_multiple")
                                 and not b.has("budget_share") else 1.0), mw)
    elif b.has("watts_per_server") or b.has("watts_per_gpu") or b.flag("asks_power"):
        # "… how many servers does $10M buy, and their draw at 10 kW/server?"
        mw, p = fleet_power(b, acc, servers * per)
        head += b.tr("head.and_power", mw=mw, pue=p)
        head += per_gw(b, usd * (b.num("all_in_multiple", None) if b.has("all_in_multiple")
                                 and not b.has("budget_share") else 1.0), mw)
    if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh") or b.flag("asks_bill"):
        _bought_fleet_bill(b, acc, servers * per)   # "能买多少台？三年电费多少？"
        days = b.num("days", 365.25, record=False)
        bill_cny, bill_usd = b.value_of("electricity_cny"), b.value_of("electricity_usd")
        money = b.tr("money.cny_usd", cny=b.h(bill_cny), usd=b.h(bill_usd)) if bill_cny else \
            b.tr("money.usd", usd=b.h(bill_usd))
        head += b.tr("head.and_bill", money=money, days=days)
        if bill_usd is not None:
            # "五年电费加设备一共多少": the servers and their electricity together
            whole_usd = usd + bill_usd
            b.fig("servers_and_electricity_usd", whole_usd, "US$", b.tr("fig.servers_and_electricity"))
            head += b.tr("head.servers_and_bill", money=b.tr(
                "money.cny_usd" if cny_price or bill_cny else "money.usd_cny", usd=b.h(whole_usd),
                cny=b.h(whole_usd * rate)))
    return b.result("capex", head + _served_by(b, acc, servers * per))


def _served_by(b: Builder, acc: Accelerator, n: float) -> str:
    """A model named beside a purchase: "… and how many daily users of Mistral 7B could they
    serve?", "… roughly how many tokens/s of Llama 3.3 70B could that serve?"."""
    if b.has("observed_tokens_per_s_per_gpu"):
        # "$10M of H100 at $25k each, if each GPU does 2,500 tokens/s at 60% utilization: tokens a
        # day?": the measured rate, not the model's, over the GPUs the budget buys
        rate = b.num("observed_tokens_per_s_per_gpu", None)
        util = b.num("utilization", None) if b.has("utilization") else 1.0
        b.read.update({"model", "params", "precision"})
        per_day = n * rate * util * 86400
        b.fig("tokens_per_day", per_day, "tokens", b.tr("fig.tokens_per_day_fleet"))
        b.step(b.tr("step.tokens_a_day_measured", n=n, rate=rate, util=util, per_day=b.h(per_day)))
        return b.tr("head.and_tokens_per_day", tokens=b.h(per_day))
    if not (b.has("model") or b.has("params")) and not (b.flag("ask_users") and b.has("queries_per_user")):
        return ""
    if b.flag("asks_fit") and (b.has("budget_usd") or b.has("budget_cny")) and not any(
            b.req.params.get(k) for k in ("ask_users", "asks_qps", "ask_concurrent", "asks_per_day")):
        return ""        # ("… 能买几张？够不够跑Qwen2.5 72B": whether the cards hold the model, calc/engine)
    from calc.inference import users_served
    users = users_served(b, acc, n)
    if b.flag("ask_users") and not (b.has("model") or b.has("params")):
        # "… how many users can that carry? (5 queries/user/day, 3k in / 400 out)" with no model named: the
        # default model's users, its name in the headline (it had been Llama 2 70B, unnamed, then no answer)
        return b.tr("head.and_users_default", users=b.h(users), model=b.model().short)
    if b.flag("ask_users"):
        return b.tr("head.and_users", users=b.h(users))
    tps = b.value_of("tokens_per_s")
    if b.flag("asks_qps"):
        lout = b.num("output_tokens", 500, record=False)
        b.fig("qps", tps / lout, "req/s", b.tr("fig.qps_served"))
        return b.tr("head.and_qps", qps=b.h(tps / lout))
    if b.flag("ask_concurrent"):
        # streams in flight = tokens/s x seconds per token (Little's law at the operating point)
        tpot = b.num("tpot_ms", 50, record=False) / 1000
        b.fig("concurrent_streams", tps * tpot, "streams", b.tr("fig.concurrent_streams"))
        b.step(b.tr("step.concurrent_streams", tps=tps, tpot=tpot * 1000, n=tps * tpot))
        return b.tr("head.and_concurrent", n=b.h(tps * tpot))
    price = next((k for k in ("usd_per_million_tokens", "cny_per_million_tokens") if b.has(k)), None)
    if b.flag("asks_per_day") or price is not None:
        # "how many tokens/day can a 10MW H100 site push … at $0.50/M output whats daily revenue": the
        # day's tokens, and what they sell for
        per_day = tps * 86400
        b.fig("tokens_per_day", per_day, "tokens", b.tr("fig.tokens_per_day_fleet"))
        tail = b.tr("head.and_tokens_a_day", tokens=b.h(per_day))
        if price is not None:
            cny = price.startswith("cny")
            revenue = per_day / 1e6 * b.num(price, None)
            b.fig("revenue_per_day_cny" if cny else "revenue_per_day_usd", revenue, "RMB" if cny else "US$",
                  b.tr("fig.revenue_per_day"))
            b.step(b.tr("step.revenue_per_day", tokens=per_day, price=b.num(price, None, record=False),
                        cur="RMB" if cny else "US$", revenue=revenue))
            tail += b.tr("head.and_revenue_day", money=b.tr("money.cny_only", cny=b.h(revenue)) if cny
                         else b.tr("money.usd", usd=b.h(revenue)))
        return tail
    return b.tr("head.and_tokens_per_s", tps=b.h(tps))


def _servers_at_price(b: Builder, acc: Accelerator) -> Result:
    """"A server is $300k; 100 of them": servers x the stated price per server."""
    per = b.gpus_per_server(acc)
    servers = b.num("servers", None) if b.has("servers") else math.ceil(b.num("gpus", None) / per)
    servers = scaled_fleet(b, servers)     # ("96 nodes; x1.5 for failover": 144 of them)
    cny = b.has("server_price_cny") and not b.has("server_price_usd")
    price = b.num("server_price_cny" if cny else "server_price_usd", None)
    # (a card's price stated too: "12% off H100 PCIe list ($30,500) … + server @ $11k": the discount is the
    # cards', taken with their price)
    if b.has("discount") and not (b.has("price_usd") or b.has("price_cny")):
        off = b.num("discount", None)
        price *= 1 - off
        b.step(b.tr("step.discount", off=off, usd=0 if cny else price, cny=price if cny else 0))
    total = servers * price
    rate = fx(b)
    usd, rmb = (total / rate, total) if cny else (total, total * rate)
    if b.has("price_usd") or b.has("price_cny"):
        # "H20 at $12k a pop plus servers at $40k per chassis": the chips on top of the boxes
        chip_usd, _ = unit_prices(b, acc)
        # "1,024 张 H200 … 另外 128 台服务器": the chips as counted, else the servers' slots
        n = b.num("gpus", None) if b.has("gpus") else servers * per
        if chip_usd is not None:
            chips = n * chip_usd
            b.fig("chips_usd", chips, "US$", b.tr("fig.chips_cost"))
            b.step(b.tr("step.times_usd", n=n, usd=chip_usd, total=chips))
            usd, rmb = usd + chips, rmb + chips * rate
    b.fig("cost_usd", usd, "US$", b.tr("fig.servers_cost"))
    b.fig("cost_cny", rmb, "RMB", b.tr("fig.servers_cost"))
    held = b.num("gpus", None, record=False) if b.has("gpus") and (b.has("price_usd") or b.has("price_cny")) \
        else servers * per              # (the cards bought, where they are counted and priced apart)
    b.fig("gpus", held, "GPUs", b.tr("fig.gpus_in_servers"))
    b.fig("price_per_gpu_usd", usd / held, "US$", b.tr("fig.price_per_gpu"))
    b.step(b.tr("step.times_cny" if cny else "step.times_usd", n=servers, usd=price, cny=price,
                total=total))
    key = "money.cny_usd" if cny or b.req.params.get("currency") == "cny" else "money.usd_cny"
    rack = b.rack(acc)
    # ("8 racks of GB200 NVL72": racks, named as the catalog's rack)
    head = b.tr("head.racks_at_price" if rack else "head.server_at_price" if servers == 1
                else "head.servers_at_price",
                money=b.tr(key, usd=b.h(usd), cny=b.h(rmb)), servers=servers,
                acc=rack.name.removeprefix("NVIDIA ").removesuffix(" rack") if rack else acc.short)
    if not cny and b.has("server_price_cny"):
        # "DGX H100 国内报价 ¥260 万一台，在加拿大买约 35 万美元一台，汇率 7.25，买 8 台两边差多少": the other
        # quote for the same servers, and the gap between the two
        each = b.num("server_price_cny", None) * (1 - (b.num("discount", None, record=False)
                                                       if b.has("discount") else 0))
        other = servers * each
        gap = other / rate - usd
        b.fig("cost_other_quote_cny", other, "RMB", b.tr("fig.other_quote"))
        b.fig("quote_gap_usd", gap, "US$", b.tr("fig.quote_gap"))
        b.step(b.tr("step.times_cny", n=servers, usd=0, cny=each, total=other))
        head += b.tr("head.other_quote", price=b.tr("money.cny_only", cny=b.h(each)),
                     money=b.tr("money.cny_usd", cny=b.h(other), usd=b.h(other / rate)),
                     gap=b.tr("money.usd_cny", usd=b.h(abs(gap)), cny=b.h(abs(gap) * rate)),
                     dir=b.tr("word.more" if gap > 0 else "word.less"))
    if b.has("all_in_multiple"):          # "若 all-in 系数 1.3 呢": the build around the servers, beside them
        usd = all_in(b, usd)
        head += b.tr("head.servers_build", mult=b.num("all_in_multiple", None),
                     money=b.tr(key, usd=b.h(usd), cny=b.h(usd * rate)))
    return b.result("capex", head + _depreciation(b))


def scaled_fleet(b: Builder, gpus: float) -> float:
    """"if we 3x the fleet of 4k H100", "96 nodes; x1.5 for cross-region failover": the stated
    fleet times the factor, when the factor is said of the fleet."""
    if b.has("factor") and b.req.params.get("scales_fleet"):
        f = b.num("factor", None)
        b.step(b.tr("step.fleet_scaled", now=gpus, f=f, gpus=math.ceil(round(gpus * f, 6))))
        return math.ceil(round(gpus * f, 6))
    return gpus


def _amount_converted(b: Builder) -> Result:
    """"$3.5B in RMB? rate 7.1", "convert ¥2.8亿 to USD @ 7.18": an amount in the other currency."""
    rate = fx(b)
    usd, cny = in_both(b, "budget_usd", "budget_cny")
    b.fig("amount_usd", usd, "US$", b.tr("fig.converted"))
    b.fig("amount_cny", cny, "RMB", b.tr("fig.converted"))
    b.step(b.tr("step.amount_fx", usd=b.h(usd), cny=b.h(cny), rate=rate))
    return b.result("capex", b.tr("head.amount_fx", usd=b.h(usd), cny=b.h(cny), rate=rate))


def _quote_judged(b: Builder, acc: Accelerator) -> Result:
    """"DGX H100 啥价位？供应商报 两百八十万人民币，贵不贵", "is $35k a fair price for an H100?": the quote
    against the catalog's price for the card, in the quote's currency when the catalog has one (a
    server's quote per card of it: the server also carries CPUs, memory and networking, so its share
    per card runs above a card's price)."""
    box = b.has("server_price_usd") or b.has("server_price_cny")
    srv = b.server(acc) if box else None
    own = b.cat.price(srv.id) if srv is not None else None
    if srv is not None and own is not None and own.purchase_usd:
        return _server_quote_judged(b, srv, own)
    price = b.cat.price(acc.id)
    if price is None or not price.purchase_usd:
        raise CalcError("missing_input", "err.no_price", hint_key="hint.try", acc=acc.short,
                        param="price_usd")
    key = next(k for k in _QUOTES if b.has(k))
    quote = b.num(key, None)
    cny = key.endswith("_cny")
    per = b.gpus_per_server(acc) if box else 1
    b.read.update({"server", "servers"} if box else {"server"})
    src = f"{price.source} (as of {price.as_of})"
    in_cny = cny and bool(price.purchase_cny)
    if in_cny:
        ref = b.num("catalog_price_cny", price.purchase_cny, "RMB", b.tr("label.price_estimate"),
                    origin="catalog", source=src)
    else:
        ref = b.num("catalog_price_usd", price.purchase_usd, "US$", b.tr("label.price_estimate"),
                    origin="catalog", source=src)
        if cny:
            b.step(b.tr("step.cny_to_usd", cny=quote, rate=fx(b), usd=quote / fx(b)))
            quote /= fx(b)
    card = quote / per
    unit = "RMB" if in_cny else "US$"
    ratio = card / ref
    if box:
        b.step(b.tr("step.server_per_card", quote=quote, per=per, card=card, cur=unit))
    b.step(b.tr("step.quote_vs_catalog", quote=card, ref=ref, ratio=ratio, cur=unit))
    b.fig("quote_per_gpu" + ("_cny" if in_cny else "_usd"), card, unit, b.tr("fig.quote_per_gpu"))
    b.fig("catalog_price" + ("_cny" if in_cny else "_usd"), ref, unit, b.tr("fig.catalog_price"))
    b.fig("quote_over_catalog", ratio, "x", b.tr("fig.quote_over_catalog"))
    money = (lambda x: b.tr("money.cny_only", cny=b.h(x))) if in_cny else \
        (lambda x: b.tr("money.usd", usd=b.h(x)))
    # (the catalog's date is its dollar price's; its yuan price is older, dated in its source)
    when = b.tr("word.catalog_source") if in_cny else b.tr("word.as_of", as_of=price.as_of)
    if box:
        b.notes.append(b.tr("note.server_carries_more"))
        return b.result("capex", b.tr("head.server_quote_judged", money=money(quote), n=per, acc=acc.short,
                                      card=money(card), ref=money(ref), ratio=ratio, when=when))
    return b.result("capex", b.tr("head.quote_judged", money=money(quote), acc=acc.short, ref=money(ref),
                                  ratio=ratio, when=when))


def _server_quote_judged(b: Builder, srv: Server, price: Price) -> Result:
    """"buddy says a GB200 NVL72 rack is $3M. legit??": a server's quote against the catalog's price for that
    very server (in US$, a yuan quote converted)."""
    cny = b.has("server_price_cny") and not b.has("server_price_usd")
    key = "server_price_cny" if cny else "server_price_usd"
    quote = b.num(key, None)
    said = b.tr("money.usd", usd=b.h(quote))
    if key.endswith("_cny"):
        b.step(b.tr("step.cny_to_usd", cny=quote, rate=fx(b), usd=quote / fx(b)))
        said = b.tr("money.cny_usd", cny=b.h(quote), usd=b.h(quote / fx(b)))
        quote /= fx(b)
    b.read.update({"server", "servers"})
    ref = b.num("catalog_price_usd", price.purchase_usd, "US$", b.tr("label.price_estimate"),
                origin="catalog", source=f"{price.source} (as of {price.as_of})")
    ratio = quote / ref
    b.step(b.tr("step.quote_vs_catalog", quote=quote, ref=ref, ratio=ratio, cur="US$"))
    b.fig("quote_server_usd", quote, "US$", b.tr("fig.quote_server"))
    b.fig("catalog_price_usd", ref, "US$", b.tr("fig.catalog_price"))
    b.fig("quote_over_catalog", ratio, "x", b.tr("fig.quote_over_catalog"))
    return b.result("capex", b.tr("head.server_quote_vs_catalog", money=said, server=srv.name,
                                  ref=b.tr("money.usd", usd=b.h(ref)), ratio=ratio,
                                  when=b.tr("word.as_of", as_of=price.as_of)))


_QUOTES = ("price_usd", "price_cny", "server_price_usd", "server_price_cny", "budget_usd", "budget_cny")
_NOT_A_QUOTE_CHECK = ("gpus", "rent_usd_per_hour", "rent_cny_per_hour", "days", "model", "params",
                      "usd_per_million_tokens", "cny_per_million_tokens")


def _layout(b: Builder, acc: Accelerator) -> Result:
    """"4096张H20，按每个资源池512卡划分，可以分几个池？每台服务器8卡的话一共多少台？": a stated fleet laid
    out in servers of the stated size and clusters of the stated size (no price asked)."""
    gpus = b.count_gpus(acc)       # ("40 servers with 8 GPUs per node … how many 64-GPU pools": their cards)
    parts: list[str] = []
    if b.has("pool_gpus"):
        pools, size = b.pools(gpus)
        rest = gpus - pools * size
        parts.append(b.tr("head.layout_pools", pools=b.h(pools), size=b.h(size))
                     + (b.tr("head.layout_rest", rest=b.h(rest)) if rest else ""))
    if b.has("gpus_per_server") or b.flag("asks_servers"):
        per = b.gpus_per_server(acc)
        servers = math.ceil(gpus / per)
        b.fig("servers", servers, "servers", b.tr("fig.servers_of", n=per))
        b.step(b.tr("step.servers_of_gpus", gpus=gpus, per=per, servers=servers))
        parts.append(b.tr("head.layout_servers", servers=b.h(servers), per=per))
    if b.has("watts_per_gpu"):
        # ("…能切几个？总功耗多少，每张卡连服务器按550瓦算": the fleet's draw at the stated watts a card)
        watts = b.num("watts_per_gpu", None)
        kw = gpus * watts / 1000
        b.fig("power_kw", kw, "kW", b.tr("fig.fleet_draw"))
        b.step(b.tr("step.layout_draw", gpus=gpus, watts=watts, kw=kw))
        parts.append(b.tr("head.layout_draw", kw=b.h(kw)))
    return b.result("capex", b.tr("head.layout", gpus=b.h(gpus), acc=acc.short)
                    + b.tr("word.and").join(parts))


def capex_intent(b: Builder) -> Result:
    if b.has("usd_per_million_tokens") or b.has("cny_per_million_tokens"):
        return token_bill(b)
    if b.has("users") and (b.has("usd_per_user_month") or b.has("cny_per_user_month")) \
            and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) \
            and not any(b.has(k) for k in ("model", "params", "queries_per_user", "tokens_per_user_day")):
        return _revenue_vs_rent(b)
    if b.flag("asks_layout") and (b.has("gpus") or b.has("servers")):
        return _layout(b, b.accelerator())
    if b.flag("asks_token_price") and (b.has("usd_per_user_month") or b.has("cny_per_user_month")) and (
            b.has("tokens_per_user_day") or b.has("queries_per_user")):
        return _max_token_price(b)
    if (b.has("budget_usd") != b.has("budget_cny")) and not any(b.req.params.get(k) is not None for k in (
            "accelerator", "model", "params", "gpus", "servers", "server", "price_usd", "price_cny",
            "rent_usd_per_hour", "rent_cny_per_hour", "server_price_usd", "server_price_cny")) and (
            b.has("usd_cny") or b.req.params.get("currency") == ("cny" if b.has("budget_usd") else "usd")):
        return _amount_converted(b)
    acc = b.accelerator()
    if b.flag("price_judged") and not any(b.has(k) for k in _NOT_A_QUOTE_CHECK) \
            and b.req.params.get("servers", 1) == 1 and sum(b.has(k) for k in _QUOTES) == 1:
        return _quote_judged(b, acc)
    if b.flag("asks_payback") and (b.has("usd_per_user_month") or b.has("cny_per_user_month")) and any(
            b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        return _subscription_payback(b, acc)
    if b.flag("rent_or_buy"):
        return rent_or_buy(b, acc)
    if b.has("price_usd") and b.has("price_cny") and b.req.params.get("gpus", 1) == 1 and not any(
            b.has(k) for k in ("servers", "budget_usd", "budget_cny", "rent_usd_per_hour",
                               "rent_cny_per_hour")):
        return _two_markets(b, acc)
    rented = b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")
    if (b.has("budget_usd") or b.has("budget_cny")) and rented and (
            b.has("gpus") or b.has("servers")) and not b.has("days"):
        # "预算300万，租H100每卡每小时15元，一个64卡的集群能跑几个月？": how long it lasts
        hours = budget_gpu_hours(b, acc)
        gpus = b.count_gpus(acc)
        days = hours / gpus / 24
        b.step(b.tr("step.budget_lasts", hours=hours, gpus=gpus, days=days))
        b.fig("days", days, "days", b.tr("fig.budget_lasts", gpus=gpus, acc=acc.short))
        b.fig("months", days / 30.4375, "months", b.tr("fig.budget_lasts", gpus=gpus,
                                                        acc=acc.short))
        return b.result("capex", b.tr("head.budget_lasts", days=days, months=days / 30.4375,
                                      gpus=gpus, acc=acc.short))
    if (b.has("budget_usd") or b.has("budget_cny")) and rented and (
            b.has("gpus") or b.has("servers")) and b.has("days"):
        # "renting 512 H200 for 3 months costs about $3.5M at $3.20/hr. Is that right?": the rental
        # is stated whole, so the amount is a claim of its total (checked in calc/engine.py)
        return _rental(b, acc, b.count_gpus(acc))
    if (b.has("budget_usd") or b.has("budget_cny")) and rented and b.has("gpu_hours") and not (
            b.has("gpus") or b.has("servers")):
        return _hours_against_budget(b, acc)
    if (b.has("budget_usd") or b.has("budget_cny")) and rented and not (
            b.has("gpus") or b.has("servers")):
        # "预算1000万美元，租H100每小时2美元，能租多少卡时？"
        hours = budget_gpu_hours(b, acc)
        if b.has("days") and not b.flag("asks_hours"):   # "…for a year: how many GPUs can we keep running?"
            days = b.num("days", None)
            n = math.floor(hours / (days * 24))
            b.fig("gpus", n, "GPUs", b.tr("fig.gpus_kept", acc=acc.short))
            b.step(b.tr("step.gpus_kept", hours=hours, days=days, n=n))
            # ("$600k for the whole year … ~2k tok/s per gpu measured: how many output tokens/day?": the
            # rented cards' tokens at the measured rate)
            # ("一个月预算8万刀 … 能撑多少DAU？每人每天6次": the users the rented cards serve)
            # ("$1.8M for the whole year … H100 at $2.25/hr. How many output tokens per day does that buy with
            # Llama 3.1 70B?": the rented cards' tokens at the model's rate)
            served = _served_by(b, acc, n) if b.has("observed_tokens_per_s_per_gpu") or (
                (b.flag("ask_users") or b.flag("asks_per_day"))
                and (b.has("model") or b.has("params"))) else ""
            part = ""
            if n == 0 and hours > 0:
                # ("Budget's $500 … for the whole month … At $0.80/hr for an L4 can we leave the bot running
                # 24/7 or do we need to switch it off overnight?": not one card all the time; the share of it)
                share = hours / (days * 24)
                b.fig("share_of_clock", share, "", b.tr("fig.share_of_clock", acc=acc.short))
                part = b.tr("head.budget_share_of_clock", hours=hours, total=days * 24, share=share,
                            off=24 * (1 - share))
            return b.result("capex", b.tr("head.budget_gpus_rented", n=b.h(n), acc=acc.short,
                                          days=days) + part + served)
        if b.has("days"):
            b.read.add("days")         # ("全年预算40万元 … 能用多少卡时": the budget's year, its hours asked)
        if b.has("gpu_hours_per_su"):
            # ("1个SU = 1个GPU卡时，每SU 8元": the rent read from the unit's price, the unit's hours the
            # basis)
            b.read.add("gpu_hours_per_su")
        return b.result("capex", b.tr("head.budget_hours", hours=b.h(hours), acc=acc.short))
    # a stated fleet and a budget: its purchase against the budget (one server named with its
    # price is the unit, not a fleet)
    counted = b.has("gpus") or (b.has("servers") and b.req.params.get("servers") != 1)
    priced = b.has("price_usd") or b.has("price_cny") or b.has("server_price_usd") or \
        b.has("server_price_cny")
    if (b.has("budget_usd") or b.has("budget_cny")) and counted and priced:
        return _fleet_against_budget(b, acc)
    if (b.has("budget_usd") or b.has("budget_cny")) and (
            b.has("server_price_usd") or b.has("server_price_cny")) and (not (
            b.has("price_usd") or b.has("price_cny")) or b.flag("asks_servers")):
        # ("每张10万元左右，8卡整机卖120万元，8000万预算能买几台？": the servers asked, at the server's
        # price, the cards alone beside them)
        return _budget_servers(b, acc)
    box = b.cat.price(str(b.req.params.get("server", "")))
    if (b.has("budget_usd") or b.has("budget_cny")) and box is not None and box.purchase_usd and not (
            b.has("price_usd") or b.has("price_cny")) and b.flag("asks_gpus"):
        # "$400M budget … how many gb200 nvl72 racks does that buy?": the named rack at its catalog price
        return _budget_servers(b, acc, catalog=box)
    if b.has("budget_usd") or b.has("budget_cny"):
        n = budget_gpus(b, acc)
        extra = ""
        if b.has("power_mw"):
            # "… how many can we buy and does it fit in our 120MW hydro allotment at PUE 1.15?"
            extra, _ = _power_against_site(b, acc, n)
        elif b.flag("asks_power"):           # "…能买多少张，功耗多少兆瓦？"
            mw, p = fleet_power(b, acc, n)
            extra = b.tr("head.and_power", mw=mw, pue=p)
        fleet_compute(b, acc, n)
        if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh") or \
                b.flag("asks_bill") or b.flag("asks_kwh"):
            # "…能买多少张？一年电费多少（0.5元/度）", "…功耗900W的话一年用多少度电"
            _bought_fleet_bill(b, acc, n)
            days = b.num("days", 365.25, record=False)
            if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh") or b.flag("asks_bill"):
                cny = b.value_of("electricity_cny")
                money = b.tr("money.cny_usd", cny=b.h(cny), usd=b.h(b.value_of("electricity_usd"))) \
                    if cny else b.tr("money.usd", usd=b.h(b.value_of("electricity_usd")))
                extra += b.tr("head.and_bill", money=money, days=days)
            else:
                extra += b.tr("head.and_energy", kwh=b.h(b.value_of("energy_kwh")), days=days)
        if b.has("all_in_multiple") and not b.has("budget_share"):
            head = b.tr("head.budget_all_in", n=b.h(n), acc=acc.short, mult=b.num("all_in_multiple", None))
        elif b.flag("price_all_in"):
            # "每张卡连网络和机房摊下来4万美元": the stated price already carries the build
            head = b.tr("head.budget_price_all_in", n=b.h(n), acc=acc.short)
        else:
            head = b.tr("head.budget", n=b.h(n), acc=acc.short)
        left_fig = next((f for f in b.figures if f.name in ("budget_left_usd", "budget_left_cny")), None)
        if left_fig is not None:
            money = b.tr("money.usd", usd=b.h(left_fig.value)) if left_fig.name.endswith("usd") \
                else b.tr("money.cny_only", cny=b.h(left_fig.value))
            head += b.tr("head.budget_left", money=money)
        if b.has("server") and b.value_of("servers") and not b.has("gpus_per_server"):
            # "… and how many DGX H100 boxes is that?": the servers they fill
            head += b.tr("head.in_servers", servers=b.h(b.value_of("servers")), n=b.gpus_per_server(acc))
        elif b.has("gpus_per_server") and not b.has("server") \
                and n >= b.num("gpus_per_server", None, record=False):
            # "每张卡12万，一台8卡 … 能买多少台？": the cards, in whole servers of the stated size
            per = int(b.num("gpus_per_server", None))
            boxes = n // per
            b.fig("servers", boxes, "servers", b.tr("fig.servers_of", n=per))
            head += b.tr("head.in_servers", servers=b.h(boxes), n=per)
        if b.has("pool_gpus"):
            # "…能买多少张？够搭几个千卡池子": the cards bought, in whole clusters of the size asked
            pools, size = b.pools(n)
            head += b.tr("head.pools", pools=pools, size=b.h(size))
        elif b.has("sites") and b.num("sites", None, record=False) >= 2 and not b.has("gpus_per_server"):
            # "$210k across 24 practices … how many cards per practice": the cards bought, split evenly
            sites = b.num("sites", None)
            per = int(n // sites)
            b.fig("gpus_per_site", per, "GPUs", b.tr("fig.gpus_per_site_bought"))
            b.step(b.tr("step.budget_per_site", n=n, sites=sites, per=per))
            head += b.tr("head.budget_per_site", per=b.h(per), sites=b.h(sites))
        span = next((k for k in ("period_months", "days") if b.has(k) and k not in b.read), None)
        one_year = 12 if span == "period_months" else 365.25
        if span is not None and b.num(span, None, record=False) == one_year:
            b.read.add(span)             # ("明年IT预算一共80万 … 能配几张": next year's budget, all of it)
        elif span is not None and b.num(span, None, record=False) >= (12 if span == "period_months" else 365):
            # "RMB 380bn of capex over 3 years … how many H20s": the cards a year, the budget spread evenly
            years = b.num(span, None) / one_year
            b.fig("gpus_per_year", n / years, "GPUs", b.tr("fig.gpus_per_year"))
            b.step(b.tr("step.gpus_per_year", n=n, years=years, per=n / years))
            head += b.tr("head.gpus_per_year", per=b.h(n / years), years=years)
        return b.result("capex", head + extra + _served_by(b, acc, n))
    if b.flag("per_card") and (b.has("server_price_usd") or b.has("server_price_cny")) and not (
            b.has("gpus") or b.has("price_usd") or b.has("price_cny")) \
            and b.num("servers", 1, record=False) == 1:
        return _card_share_of_server(b, acc)
    if (b.has("server_price_usd") or b.has("server_price_cny")) and (
            b.has("servers") or b.has("gpus")):
        return _servers_at_price(b, acc)
    sid = str(b.req.params.get("server", ""))
    sprice = b.cat.prices.get(sid)
    if b.has("servers") and not b.has("gpus") and sprice and sprice.purchase_usd and not (
            b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):   # racks rented out: the rent
        b.read.add("server")
        servers = b.num("servers", None)
        total = servers * sprice.purchase_usd
        b.assume("price_per_server", sprice.purchase_usd, "US$", "catalog",
                 b.tr("label.server_price"), f"{sprice.source} (as of {sprice.as_of})")
        b.fig("cost_usd", total, "US$", b.tr("fig.servers_cost"))
        b.fig("cost_cny", total * fx(b), "RMB", b.tr("fig.servers_cost"))
        b.fig("gpus", servers * b.gpus_per_server(acc), "GPUs", b.tr("fig.gpus_in_servers"))
        b.step(b.tr("step.times_usd", n=servers, usd=sprice.purchase_usd, total=total))
        return b.result("capex", b.tr("head.servers_cost", usd=b.h(total), servers=servers,
                                      server=b.cat.servers[sid].name))
    if not (b.has("gpus") or b.has("servers") or b.has("price_usd") or b.has("price_cny")) \
            and (b.has("server_price_usd") or b.has("server_price_cny")) and b.has("gpus_per_server"):
        # ("a Dell R760xa w/ 4x L40S came in at $52k": the one box priced, its cards)
        gpus = b.num("gpus_per_server", None)
    elif not (b.has("gpus") or b.has("servers") or b.has("server")) and (
            b.has("usd_cny") or b.req.params.get("currency") or b.has("rent_usd_per_hour")
            or b.has("rent_cny_per_hour")):
        # "H100 售价3万美元，合多少人民币？": one chip's (or one GPU-hour's) price converted;
        # "renting H100s at two bucks an hour, over a year, per GPU": one GPU's rental
        gpus = b.num("gpus", 1, label=b.tr("label.one_gpu"))
    else:
        gpus = scaled_fleet(b, b.count_gpus(acc))
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        if not (b.has("gpus") or b.has("servers") or b.has("days")):
            return _rent_converted(b, acc)
        return _rental(b, acc, gpus)
    if b.flag("rented") and not (b.has("price_usd") or b.has("price_cny")):
        # "how much to rent 2,000 H200s for a month?": the catalog's hourly price, else ask for one
        return _rental(b, acc, gpus)
    if not capex(b, acc, gpus):
        raise CalcError("missing_input", "err.no_price", hint_key="hint.try", acc=acc.short,
                        param="price_usd")
    b.read.add("currency")
    fleet_compute(b, acc, gpus)
    power = stated_power(b, acc, gpus) + _depreciation(b)
    # ("每张12万": a price in RMB, the answer in RMB first)
    want_cny = b.req.params.get("currency") == "cny" or (b.has("price_cny") and not b.has("price_usd")
                                                         and b.req.params.get("currency") != "usd")
    usd = b.value_of("cost_usd")
    cny = b.value_of("cost_cny")
    if b.req.params.get("all_in"):
        total = b.value_of("capex_all_in_usd")
        b.hints.extend(b.tr("hints.capex").split(" | "))
        if want_cny and cny and usd:
            # "H20 单卡 10.5 万 … 整体投入按卡价 1.4 倍": in yuan first, as the price was said
            b.fig("capex_all_in_cny", total * cny / usd, "RMB", b.tr("fig.all_in"))
            return b.result("capex", b.tr("head.all_in_cny", cny=b.h(total * cny / usd), usd=b.h(total),
                                          gpus=gpus, acc=acc.short, chips=b.h(cny)))
        gw = per_gw(b, total, b.value_of("power_mw") or fleet_power(b, acc, gpus)[0]) \
            if b.flag("asks_per_gw") else ""
        return b.result("capex", b.tr("head.all_in", usd=b.h(total), gpus=gpus, acc=acc.short,
                                      chips=b.h(usd)) + gw)
    b.notes.append(b.tr("note.chips_only"))
    if want_cny and cny:
        head = b.tr("money.cny_usd", cny=b.h(cny), usd=b.h(usd))
    elif cny:
        head = b.tr("money.usd_cny", cny=b.h(cny), usd=b.h(usd))
    else:
        head = b.tr("money.usd", usd=b.h(usd))
    b.hints.extend(b.tr("hints.capex").split(" | "))
    extra = ""
    if b.has("model") and (b.flag("per_dollar") or b.flag("ask_users")) and usd:
        # "serving Llama 3.3 70B, which gives more throughput per dollar?": tokens/s for the money
        from calc.inference import smallest_group, users_served
        need = smallest_group(b, acc)
        if need is not None and need > gpus:
            # ("1张H100 SXM … Llama 3 70B … 每美元吞吐谁高": the model needs more cards than the count bought;
            # a dollar buys the same work per card at the smallest group it runs on, said so)
            users_served(b, acc, need)
            tps = b.value_of("tokens_per_s") / need * gpus
            extra = b.tr("head.needs_group_for_rate", n=need, acc=acc.short)
        else:
            users_served(b, acc, gpus)
            tps = b.value_of("tokens_per_s")
            extra = ""
        b.fig("tokens_per_s_per_kusd", tps / usd * 1000, "tokens/s", b.tr("fig.tps_per_kusd"))
        extra = b.tr("head.tps_per_kusd", per=tps / usd * 1000) + extra
    return b.result("capex", b.tr("head.capex", money=head, gpus=gpus, acc=acc.short) + power + extra)


def _revenue_vs_rent(b: Builder) -> Result:
    """"If we charge club members $3/month … and 800 sign up, does that cover renting an L4 at $0.70/hr
    around the clock?": what the users pay a month against the rent of the cards for a month (one card when no
    count is said; no model is needed: the question is the money)."""
    acc = b.accelerator()
    users = b.num("users", None)
    cny = b.has("cny_per_user_month") and not b.has("usd_per_user_month")
    each = b.num("cny_per_user_month", None) / fx(b) if cny else b.num("usd_per_user_month", None)
    gpus = b.num("gpus", 1.0, label=b.tr("label.one_gpu"))
    rate = rent_rate(b, acc) or 0.0
    hours = 24 * 30.4375 * (b.num("utilization", 1.0) if b.has("utilization") else 1.0)
    income, rent = users * each, gpus * rate * hours
    b.fig("revenue_usd_month", income, "US$", b.tr("fig.users_pay_month"))
    b.fig("rent_usd_month", rent, "US$", b.tr("fig.rent_cards_month", gpus=gpus, acc=acc.short))
    b.step(b.tr("step.revenue_vs_rent", users=users, each=each, income=income, gpus=gpus, rate=rate,
                hours=hours, rent=rent))
    key = "head.revenue_covers_rent" if income >= rent else "head.revenue_short_of_rent"
    return b.result("capex", b.tr(key, income=usd_money(b, income, cny), rent=usd_money(b, rent, cny),
                                  users=b.h(users), gpus=b.h(gpus), acc=acc.short,
                                  ratio=income / rent if rent else 0.0))


def _card_share_of_server(b: Builder, acc: Accelerator) -> Result:
    """"HGX H100 8卡整机报价 230万，摊到每张卡多少美元？": one card's share of the server's price."""
    usd, cny = unit_prices(b, acc)
    assert usd is not None and cny is not None   # (a stated server price, converted)
    b.read.update({"server", "gpus_per_server", "currency"})
    per = b.gpus_per_server(acc)
    b.fig("price_per_gpu_usd", usd, "US$", b.tr("fig.price_per_gpu"))
    b.fig("price_per_gpu_cny", cny, "RMB", b.tr("fig.price_per_gpu"))
    cny_first = b.req.params.get("currency") != "usd" and b.has("server_price_cny")
    money = b.tr("money.cny_usd" if cny_first else "money.usd_cny", usd=b.h(usd), cny=b.h(cny))
    more = ""
    if b.has("all_in_multiple"):
        # "$300k per server, 8 GPUs, + 30% for networking & facilities. all-in per GPU?": the share, with
        # the rest of the build at the stated multiple
        whole = all_in(b, usd)
        more = b.tr("head.card_share_all_in", money=b.tr("money.cny_usd" if cny_first else "money.usd_cny",
                                                         usd=b.h(whole), cny=b.h(whole * cny / usd)),
                    mult=b.num("all_in_multiple", None))
    return b.result("capex", b.tr("head.card_share", money=money, acc=acc.short, n=per) + more)


HOURS_PER_MONTH = 730.5


def electricity_over(b: Builder, facility_mw: float) -> tuple[float, float, float]:
    """A facility's energy and electricity over the stated period (else a year), as the
    figures energy_kwh, electricity_usd and, at a price in RMB, electricity_cny.
    Returns (days, kWh, US$ per kWh)."""
    days = b.num("days", 365.25, label=b.tr("label.period_default_year"))
    kwh = facility_mw * 1000 * days * 24
    price = electricity_usd(b)
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_period", days=days))
    b.fig("electricity_usd", kwh * price, "US$", b.tr("fig.electricity_period", days=days))
    if b.has("electricity_cny_per_kwh"):
        b.fig("electricity_cny", kwh * b.num("electricity_cny_per_kwh", None, record=False), "RMB",
              b.tr("fig.electricity_period", days=days))
    return days, kwh, price


def _bought_fleet_bill(b: Builder, acc: Accelerator, n: float) -> None:
    """The electricity of the GPUs a budget buys, over the stated period (else a year)."""
    watts, _ = gpu_power_w(b, acc)
    days, kwh, _ = electricity_over(b, n * watts * pue(b) / 1e6)
    b.step(b.tr("step.fleet_kwh", gpus=n, watts=watts, days=days, kwh=kwh))


def fleet_compute(b: Builder, acc: Accelerator, gpus: float) -> str:
    """A stated precision on a purchase ("which gets more bf16 flops?") or a power ("which one gets more FP8
    PFLOPS into the room?"): the fleet's dense peak at it, so options compare on compute too; its words for a
    headline ("" when no precision is stated)."""
    prec = b.req.params.get("precision")
    if not isinstance(prec, str) or prec not in ("fp4", "fp8", "int8", "bf16", "fp16", "tf32", "fp32"):
        return ""
    b.read.add("precision")
    peak, used = acc.peak_tflops(prec)
    if b.has("gpu_tflops"):                # "(1835 TFLOPS fp8)": the card's figure as stated
        peak = b.num("gpu_tflops", None)
    b.fig("fleet_pflops", gpus * peak / 1000, "PFLOPS",
          b.tr("fig.fleet_pflops", prec=used.upper()))
    b.step(b.tr("step.fleet_pflops", gpus=gpus, peak=peak, prec=used.upper(),
                pflops=gpus * peak / 1000))
    pf = gpus * peak / 1000
    return b.tr("head.fleet_pflops", pflops=f"{pf:,.0f}" if pf >= 1000 else f"{pf:,.4g}", prec=used.upper())


_LOAD_OR_CHARGE = ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day",
                   "tokens_per_user_day", "usd_per_user_month", "cny_per_user_month",
                   "usd_per_million_tokens", "cny_per_million_tokens")


def rent_or_buy(b: Builder, acc: Accelerator) -> Result:
    """Months until buying a GPU (its price, then its electricity) costs less than renting
    one at the hourly price; both around the clock. Totals for a stated fleet."""
    rate = rent_rate(b, acc)
    usd, _ = unit_prices(b, acc)
    if rate is None or usd is None:
        raise CalcError("missing_input", "err.no_price", hint_key="hint.try", acc=acc.short,
                        param="price_usd" if usd is None else "rent_usd_per_hour")
    if b.has("all_in_multiple"):           # "buy at $27k, all-in 1.4x": the servers and network bought too
        mult = b.num("all_in_multiple", None)
        b.step(b.tr("step.all_in_stated", chips=usd, mult=mult, total=usd * mult))
        usd *= mult
    watts, _ = gpu_power_w(b, acc)
    p = pue(b)
    kwh = electricity_usd(b)
    rent_month = rate * HOURS_PER_MONTH
    power_month = watts * p / 1000 * HOURS_PER_MONTH * kwh
    if b.has("utilization"):               # "usage only 50% of the time": rent only the hours used
        util = b.num("utilization", None)
        rent_month *= util
        power_month *= util
        b.step(b.tr("step.rent_used_hours", util=util))
    b.fig("rent_per_month_usd", rent_month, "US$", b.tr("fig.rent_month"))
    b.fig("power_per_month_usd", power_month, "US$", b.tr("fig.power_month"))
    b.step(b.tr("step.rent_month", rate=rate, hours=HOURS_PER_MONTH, cost=rent_month))
    b.step(b.tr("step.power_month", watts=watts, pue=p, hours=HOURS_PER_MONTH, kwh=kwh,
                cost=power_month))
    if rent_month <= power_month:
        b.notes.append(b.tr("note.never_breaks_even"))
        return b.result("capex", b.tr("head.never_breaks_even", acc=acc.short))
    months = usd / (rent_month - power_month)
    b.step(b.tr("step.breakeven", usd=usd, rent=rent_month, power=power_month, months=months))
    b.fig("breakeven_months", months, "months", b.tr("fig.breakeven"))
    fleet: float | None = None
    if b.has("gpus") or b.has("servers"):
        fleet = b.count_gpus(acc)
    elif b.has("budget_usd") or b.has("budget_cny"):   # "budget $50M: buy at $32k or rent?"
        fleet = budget_gpus(b, acc, costs=False)
        if fleet < 1:
            # ("$25k set aside … buy L40S at ~$8,500 or rent H100 at $2.20/hr": no whole H100 in it)
            b.notes.append(b.tr("note.budget_buys_none", acc=acc.short))
            fleet = None
    elif b.has("model") and not any(b.has(k) for k in _LOAD_OR_CHARGE) \
            and (replica := _model_replica(b, acc)) is not None:
        # "租 H200 跑 Llama 3.1 405B … 定係自己買抵啲": the cards one copy of the model needs (with a
        # load or a charge stated, one copy is not what is asked, and the model is named unused)
        model, prec, group = replica
        fleet = float(group)
        b.fig("replica_gpus", group, "GPUs", b.tr("fig.replica_gpus"))
        b.step(b.tr("step.replica_for_rent", model=model.short, prec=prec.upper(), n=group, acc=acc.short))
        b.read.update({"model", "params", "precision"})
    if fleet is not None:
        b.fig("cost_usd", fleet * usd, "US$", b.tr("fig.chips_cost"))
        b.fig("rent_per_month_fleet_usd", fleet * rent_month, "US$", b.tr("fig.rent_month_fleet"))
    gpus = fleet if fleet is not None else 1.0
    # ("hosting 8x 4090 … $0.35/hr per card and occupancy maybe 60% … months to pay back?": the
    # card rented out, paid back by the hours sold; "usage only 50%": the buyer's hours of use)
    u = b.num("utilization", None, record=False) if b.has("utilization") else 1.0
    how = "head.rent_out_payback" if b.flag("rents_out") else \
        "head.breakeven" if u >= 1 else "head.breakeven_util"
    if b.has("price_cny") or b.has("rent_cny_per_hour") or b.req.params.get("currency") == "cny":
        # "每张十万块，跟租（每卡每时6.5元）比": the prices in the currency they were stated in
        r = fx(b)
        head = b.tr(how + "_cny", months=months, acc=acc.short, cny=b.h(usd * r), rate=rate * r, u=u)
    else:
        head = b.tr(how, months=months, acc=acc.short, usd=b.h(usd), rate=rate, u=u)
    if b.has("days") or b.has("period_months"):
        # "… or rent for 3 years: which is cheaper?", "3yr horizon"
        period = b.num("days", None) / 30.4375 if b.has("days") else b.num("period_months", None)
        buy = gpus * (usd + power_month * period)
        rent = gpus * rent_month * period
        b.fig("buy_total_usd", buy, "US$", b.tr("fig.buy_total", days=period * 30.4375))
        b.fig("rent_total_usd", rent, "US$", b.tr("fig.rent_total", days=period * 30.4375))
        b.step(b.tr("step.buy_vs_rent", gpus=gpus, usd=usd, power=power_month, months=period,
                    buy=buy, rent=rent))
        if b.flag("rents_out"):
            # "fleet of 4,096 H100 … 85% contracted utilization, $2.10/GPU-hr: annual revenue + payback?": the
            # cards' rent is income, not a bill to compare buying with
            cny = b.has("price_cny") or b.has("rent_cny_per_hour") or b.req.params.get("currency") == "cny"
            r = fx(b) if cny else 1.0
            key = "head.rent_out_revenue_cny" if cny else "head.rent_out_revenue"
            return b.result("capex", head + b.tr(key, rent=b.h(rent * r), gpus=b.h(gpus), acc=acc.short,
                                                 days=period * 30.4375))
        if b.has("price_cny") or b.has("server_price_cny") or b.has("rent_cny_per_hour") or \
                b.req.params.get("currency") == "cny":
            # "一台H100服务器（8卡）230万元 … 跟租卡每卡每小时12元比": the totals in yuan, as asked
            r = fx(b)
            head = b.tr("head.buy_cheaper_cny" if buy < rent else "head.rent_cheaper_cny", buy=b.h(buy * r),
                        rent=b.h(rent * r), gpus=b.h(gpus), acc=acc.short, days=period * 30.4375,
                        months=months)
        else:
            head = b.tr("head.buy_cheaper" if buy < rent else "head.rent_cheaper", buy=b.h(buy),
                        rent=b.h(rent), gpus=b.h(gpus), acc=acc.short, days=period * 30.4375,
                        months=months)
    return b.result("capex", head)


def _rent_converted(b: Builder, acc: Accelerator) -> Result:
    """One GPU-hour's rent in the other currency ("2.2美元/小时换成人民币")."""
    rate = fx(b)
    usd, cny = stated_rent(b)
    b.fig("rent_usd_per_hour", usd, "US$/GPU-h", b.tr("fig.rent_hour"))
    b.fig("rent_cny_per_hour", cny, "RMB/GPU-h", b.tr("fig.rent_hour"))
    b.step(b.tr("step.fx_per", usd=usd, rate=rate, cny=cny, per=b.tr("per.gpu_hour")))
    return b.result("capex", b.tr("head.rent_converted", usd=usd, cny=cny, acc=acc.short))


def _token_price_converted(b: Builder) -> Result:
    """A price per million tokens in the other currency ("¥1.5/M tokens at 7.3, in USD?")."""
    rate = fx(b)
    u, c = in_both(b, "usd_per_million_tokens", "cny_per_million_tokens")
    b.fig("usd_per_million_tokens", u, "US$/Mtok", b.tr("fig.converted"))
    b.fig("cny_per_million_tokens", c, "RMB/Mtok", b.tr("fig.converted"))
    b.step(b.tr("step.fx_per", usd=u, rate=rate, cny=c, per=b.tr("per.million_tokens")))
    b.read.update({"model", "params"})      # the model whose tokens the price is for
    return b.result("capex", b.tr("head.token_price_converted", usd=u, cny=c, rate=rate))


def requests_of_conversations(b: Builder, per_day: float) -> float:
    """"45k tickets/day, 6 msgs per ticket": a load counted in conversations is that many requests
    each (a turn is one request); unchanged when no turns are stated."""
    if b.has("items_per_batch"):
        # ("~40 survey flights a day, each … about 1,500 images": every item of a batch one request)
        items = b.num("items_per_batch", None)
        b.step(b.tr("step.items_per_batch", per_day=b.h(per_day), items=items, requests=b.h(per_day * items)))
        per_day *= items
    if not b.has("turns_per_session"):
        return per_day
    turns = b.num("turns_per_session", None)
    b.step(b.tr("step.turns", per_day=b.h(per_day), turns=turns, requests=b.h(per_day * turns)))
    return per_day * turns


def job_requests(b: Builder) -> float:
    """The requests of one job (a batch, not a day's traffic): the count said, labelled as the job's, each
    conversation's turns counted."""
    return requests_of_conversations(b, b.num("queries_per_day", None, "queries", b.tr("label.job_requests")))


def queries_per_user(b: Builder) -> float:
    """Each user's requests (or conversations) a day: as stated, else 10; else one conversation a day
    where a conversation's turns are stated ("180k travellers a day use the booking chat, each
    conversation ~9 turns": a traveller's day is one conversation, its turns the requests)."""
    if b.has("turns_per_session") and not b.has("queries_per_user"):
        return b.num("queries_per_user", 1.0, label=b.tr("label.one_conversation"))
    return b.num("queries_per_user", 10)


def requests_per_day(b: Builder, users: Callable[[], float] | None = None) -> float:
    """The day's requests from the load stated: requests a day, else requests a second over a day,
    else users (`users()`, or the stated count) x queries per user; each conversation's turns counted
    (requests_of_conversations)."""
    if b.has("queries_per_day"):
        per_day = b.num("queries_per_day", None)
    elif b.has("qps"):
        per_day = b.num("qps", None) * 86400
    else:
        # (monthly or weekly users as daily actives: "月活 200万，日活/月活 0.25")
        from calc.inference import daily_users
        per_day = (users() if users is not None else daily_users(b)) * queries_per_user(b)
    return requests_of_conversations(b, per_day)


def cash(b: Builder, x: float, cny: bool) -> str:
    """A small amount (a price per million tokens, an hour's margin, a user's month) to three
    significant figures, in its one currency."""
    return b.tr("money.cny_only" if cny else "money.usd", usd=f"{x:,.3g}", cny=f"{x:,.3g}")


def servers_bought(b: Builder, counted: bool) -> str:
    """The purchase of the servers the question prices, for the headline's tail ("" when none is priced):
    "3 racks … what's the tokens/day capacity, and total cost if a rack is ~$3.5M"; "想上一台HGX H200，
    报价一台230万，加上机柜网络按1.2倍" (the one server, its build); `counted` says the servers were
    counted."""
    one_box = not (b.has("servers") or b.has("gpus")) and b.has("server")
    if not ((b.has("servers") and (counted or b.num("servers", None, record=False) == 1)) or one_box) \
            or not (b.has("server_price_usd") or b.has("server_price_cny")):
        return ""
    cny = b.has("server_price_cny") and not b.has("server_price_usd")
    boxes = b.num("servers", None) if b.has("servers") else 1.0
    if one_box:
        b.read.update({"servers", "server"})   # (the one server said, "一台", is the one priced)
    each = b.num("server_price_cny" if cny else "server_price_usd", None) / (fx(b) if cny else 1.0)
    if b.has("discount"):
        # ("a DGX H100 for $280k with a 15% education discount … how many students could it serve")
        off = b.num("discount", None)
        each *= 1 - off
        b.step(b.tr("step.discount", off=off, usd=each, cny=each * fx(b)))
    b.fig("capex_usd", boxes * each, "US$", b.tr("fig.servers_cost"))
    b.step(b.tr("step.times_usd", n=boxes, usd=each, total=boxes * each))
    if b.has("all_in_multiple"):
        whole = all_in(b, boxes * each)
        return b.tr("head.and_purchase_all_in_servers", money=usd_money(b, whole, cny),
                    chips=usd_money(b, boxes * each, cny))
    return b.tr("head.and_purchase", money=usd_money(b, boxes * each, cny))


def usd_money(b: Builder, usd: float, cny: bool) -> str:
    """An amount in dollars for a headline, with its yuan first when the question is in yuan."""
    if cny:
        return b.tr("money.cny_usd", cny=b.h(usd * fx(b)), usd=b.h(usd))
    return b.tr("money.usd", usd=b.h(usd))


def _two_markets(b: Builder, acc: Accelerator) -> Result:
    """"B300 国内渠道价每张 45 万人民币，美国 4.5 万美元一张，汇率 7.1，国内贵了多少？": one card's two
    prices, the yuan one in dollars at the rate, and how much more it is."""
    cny, usd = b.num("price_cny", None), b.num("price_usd", None)
    rate = fx(b)
    as_usd = cny / rate
    b.step(b.tr("step.fx_per", usd=as_usd, rate=rate, cny=cny, per=b.tr("per.gpu")))
    b.fig("price_cny_in_usd", as_usd, "US$", b.tr("fig.converted"))
    b.fig("price_ratio", as_usd / usd, "x", b.tr("fig.price_ratio"))
    return b.result("capex", b.tr("head.two_markets", cny=b.h(cny), usd=b.h(usd), as_usd=b.h(as_usd),
                                  rate=rate, pct=abs(as_usd / usd - 1), acc=acc.short,
                                  more=b.tr("word.more" if as_usd > usd else "word.less")))


def _reserved_or_on_demand(b: Builder, acc: Accelerator, gpus: float, rate: float,
                           on_demand: float) -> Result:
    """One of two ways of renting the same cards at a stated utilization: on demand, only the hours
    used are paid; reserved, every hour is (the idle ones too)."""
    key = "rent_cny_per_hour" if b.has("rent_cny_per_hour") else "rent_usd_per_hour"
    days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
    u = b.num("utilization", None)
    full = gpus * rate * 24 * days
    cny = b.has("rent_cny_per_hour") or b.req.params.get("currency") == "cny"
    if b.num(key, None) == on_demand:
        bill = full * u
        b.step(b.tr("step.on_demand", gpus=gpus, rate=rate, days=days, u=u, bill=bill))
        head = b.tr("head.on_demand", money=usd_money(b, bill, cny), gpus=gpus, acc=acc.short, u=u, days=days)
    else:
        bill = full
        b.fig("idle_cost_usd", full * (1 - u), "US$", b.tr("fig.idle_cost", u=u))
        b.step(b.tr("step.reserved", gpus=gpus, rate=rate, days=days, bill=bill, u=u, idle=full * (1 - u)))
        head = b.tr("head.reserved", money=usd_money(b, bill, cny), gpus=gpus, acc=acc.short, days=days,
                    idle=usd_money(b, full * (1 - u), cny), u=u)
    b.fig("cost_usd", bill, "US$", b.tr("fig.rental_total", days=days))
    if cny:
        b.fig("cost_cny", bill * fx(b), "RMB", b.tr("fig.rental_total", days=days))
    return b.result("capex", head)


def _rental(b: Builder, acc: Accelerator, gpus: float) -> Result:
    """Renting a stated number of GPUs at a stated hourly price, for a stated time (else a
    day and a 30-day month)."""
    rate = rent_rate(b, acc)
    if rate is None:                       # no price stated and none in the catalog: ask for one
        raise CalcError("missing_input", "err.no_rent", hint_key="hint.try", acc=acc.short,
                        param="rent_usd_per_hour")
    on_demand = b.req.params.get("on_demand_rate")
    if isinstance(on_demand, float) and b.has("utilization"):
        return _reserved_or_on_demand(b, acc, gpus, rate, on_demand)
    per_day = gpus * rate * 24
    b.fig("cost_per_day_usd", per_day, "US$", b.tr("fig.cost_per_day"))
    if b.has("days") or b.has("utilization"):
        # ("2k reserved H100 @ $2.15/hr, avg util 65% last month. $ wasted/month?": a month when no
        # period is stated, the idle hours' share of it below)
        days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
        total = per_day * days
        b.fig("cost_usd", total, "US$", b.tr("fig.rental_total", days=days))
        b.fig("gpu_hours", gpus * days * 24, "GPU-hours", b.tr("fig.gpu_hours"))
        b.step(b.tr("step.rental", gpus=gpus, rate=rate, days=days, total=total))
        head = b.tr("head.rental", usd=b.h(total), gpus=gpus, acc=acc.short, days=days)
        cny = b.has("rent_cny_per_hour") or b.req.params.get("currency") == "cny"
        if cny:
            b.fig("cost_cny", total * fx(b), "RMB", b.tr("fig.rental_total", days=days))
            head = b.tr("head.rental_money", money=usd_money(b, total, cny), gpus=gpus, acc=acc.short,
                        days=days)
        powered = any(b.has(k) for k in ("watts_per_gpu", "watts_per_server", "pue",
                                         "electricity_usd_per_kwh", "electricity_cny_per_kwh"))
        if b.flag("rents_out") and not powered:
            # "512 張 H100，每張每小時租出去 2.3 美元，利用率 70%，每年收入幾多？": what comes in, for
            # the hours rented (no electricity stated: the income alone, said so)
            u = b.num("utilization", None) if b.has("utilization") else 1.0
            income = total * u
            b.fig("income_usd", income, "US$", b.tr("fig.rent_out_income", u=u))
            if cny:
                b.fig("income_cny", income * fx(b), "RMB", b.tr("fig.rent_out_income", u=u))
            if u < 1:
                b.step(b.tr("step.rent_out_income", total=total, u=u, income=income))
            each = ""
            if gpus > 1:
                # ("三百张 … 一张卡一个月能收400多吗": one card's share, asked as often as the fleet's)
                b.fig("income_per_gpu_usd", income / gpus, "US$", b.tr("fig.rent_out_each"))
                each = b.tr("head.rent_out_each", income=usd_money(b, income / gpus, cny))
            return b.result("capex", b.tr("head.rent_out_income", gpus=gpus, acc=acc.short, days=days,
                                          income=usd_money(b, income, cny), u=u) + each
                            + _replicas_of(b, acc, gpus))
        if powered:
            # "租512张H200三个月…另外还要算电费，每张卡按1000W，PUE 1.3，电价0.6元/kWh": the power too
            watts, _ = gpu_power_w(b, acc)
            kwh = gpus * watts * pue(b) / 1000 * days * 24
            bill = kwh * electricity_usd(b)
            b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_period", days=days))
            b.fig("electricity_usd", bill, "US$", b.tr("fig.electricity_period", days=days))
            b.step(b.tr("step.fleet_kwh", gpus=gpus, watts=watts, days=days, kwh=kwh))
            if b.flag("rents_out"):
                # "rent them out at $0.35/hr per card … margin per month after electricity": the rent
                # is what comes in (for the hours rented, at a stated occupancy), the electricity what
                # goes out (every hour at full load: idle cards still draw)
                u = b.num("utilization", None) if b.has("utilization") else 1.0
                income = total * u
                if u < 1:
                    b.fig("income_usd", income, "US$", b.tr("fig.rent_out_income", u=u))
                    b.step(b.tr("step.rent_out_income", total=total, u=u, income=income))
                b.fig("margin_usd", income - bill, "US$", b.tr("fig.rent_out_margin", days=days))
                head = b.tr("head.rent_out" if u == 1 else "head.rent_out_util", gpus=gpus, acc=acc.short,
                            days=days, income=usd_money(b, income, cny), money=usd_money(b, bill, cny),
                            margin=usd_money(b, income - bill, cny), u=u)
                return b.result("capex", head + _replicas_of(b, acc, gpus))
            b.fig("total_usd", total + bill, "US$", b.tr("fig.rent_plus_power", days=days))
            head += b.tr("head.plus_power", money=usd_money(b, bill, cny),
                         total=usd_money(b, total + bill, cny))
        if b.has("all_in_multiple"):
            # "租 64 張 H100 … 仲要加 15% 網絡同存儲": the rent with the rest of the bill on top
            mult = b.num("all_in_multiple", None)
            b.fig("total_all_in_usd", total * mult, "US$", b.tr("fig.rental_all_in", days=days))
            b.step(b.tr("step.rental_all_in", total=total, mult=mult, out=total * mult))
            head += b.tr("head.rental_all_in", mult=mult, money=usd_money(b, total * mult, cny))
        if b.has("utilization") and float(b.req.params["utilization"]) < 1:
            # "利用率只有30%…一年浪费多少钱": the rent paid for idle hours (none when busy "24/7")
            u = b.num("utilization", None)
            idle = total * (1 - u)
            b.fig("idle_cost_usd", idle, "US$", b.tr("fig.idle_cost", u=u))
            b.step(b.tr("step.idle_cost", total=total, u=u, idle=idle))
            head += b.tr("head.idle_cost", money=usd_money(b, idle, cny), u=u)
        return b.result("capex", head + _replicas_of(b, acc, gpus))
    b.fig("cost_usd", per_day * 30, "US$", b.tr("fig.rental_total", days=30))
    b.step(b.tr("step.rent_per_day", gpus=gpus, rate=rate, per_day=per_day))
    # ("租4张H200，每卡每小时25元，多少钱？": in yuan first when the rent was)
    in_cny = b.has("rent_cny_per_hour") or b.req.params.get("currency") == "cny"
    return b.result("capex", b.tr("head.rental_day", money=usd_money(b, per_day, in_cny), gpus=gpus,
                                  acc=acc.short)
                    + _replicas_of(b, acc, gpus))


def _one_copy_gpus(b: Builder, acc: Accelerator) -> float | None:
    """"RTX 4090 is €1,900 here, power €0.32/kWh. Mistral 7B. yearly cost running 24/7?", "H20一张8.5万，跑
    Qwen2.5 72B，多久能回本": with no count stated, one copy of the model named, on the fewest cards that hold
    it (None when no model is named, a count or a server is, or no group holds it)."""
    if not b.has("model") or any(b.has(k) for k in ("gpus", "servers", "server", "server_price_usd",
                                                     "server_price_cny", "replicas", "budget_usd",
                                                     "budget_cny")):
        return None
    replica = _model_replica(b, acc)
    if replica is None:
        return None
    b.step(b.tr("step.one_replica", model=replica[0].short, gpus=replica[2], acc=acc.short))
    return float(replica[2])


def _model_replica(b: Builder, acc: Accelerator) -> tuple[Model, str, int] | None:
    """The named model, its precision on `acc`, and the fewest cards that hold one copy of it
    (None when no group up to 64 does)."""
    from calc.inference import _precision
    from calc.roofline import min_group
    model = b.model()
    prec = _precision(b, acc)
    group = min_group(model, acc, prec)
    return None if group is None else (model, prec, group)


def _replicas_of(b: Builder, acc: Accelerator, gpus: float) -> str:
    """A model named beside a fleet's bill ("Falcon 180B in int8 on MI250X, how many per
    replica? and 40 of them for 3 months?"): the GPUs one copy needs, and the copies that fit."""
    if not b.has("model") or (replica := _model_replica(b, acc)) is None:
        return ""
    model, prec, group = replica
    b.fig("replica_gpus", group, "GPUs", b.tr("fig.replica_gpus"))
    b.fig("replicas", math.floor(gpus / group), "", b.tr("fig.replicas"))
    return b.tr("head.and_replicas", group=group, model=model.short, prec=prec.upper(),
                n=math.floor(gpus / group))


def _power_per_gpu_hour(b: Builder, acc: Accelerator, watts: float, p: float) -> Result:
    """"what's the power cost per GPU-hour?", "光电费每卡每小时多少钱？": one card's electricity for
    one hour at the meter (its all-in watts times PUE), beside a rent stated for the same hour."""
    if b.has("watts_per_server") and b.req.params.get("gpus") == b.gpus_per_server(acc):
        b.read.add("gpus")                 # "8x H100 SXM server draws 10.2 kW": the server divided
    kwh = watts * p / 1000
    price = electricity_usd(b)
    cost = kwh * price                     # US$ for the card's hour
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_gpu_hour"))
    b.fig("cost_usd", cost, "US$", b.tr("fig.electricity_gpu_hour"))
    b.step(b.tr("step.gpu_hour_bill", watts=watts, pue=p, kwh=kwh, price=price, cost=cost))
    if b.has("electricity_cny_per_kwh"):
        cny = kwh * b.num("electricity_cny_per_kwh", None, record=False)
        b.fig("cost_cny", cny, "RMB", b.tr("fig.electricity_gpu_hour"))
        money = b.tr("money.cny_only", cny=b.h(cny))
    else:
        money = usd_money(b, cost, b.lang == "zh" and b.req.params.get("currency") == "cny"
                          and b.has("usd_cny"))
    head = b.tr("head.power_per_gpu_hour", money=money, acc=acc.short, watts=watts, pue=p)
    if (b.has("servers") or b.has("gpus")) and "gpus" not in b.read:
        # "colo-ing 40 boxes of DGX H100 … electricity cost per GPU-hour": the fleet's hour too
        gpus = b.count_gpus(acc)
        b.fig("cost_per_hour_fleet_usd", gpus * cost, "US$", b.tr("fig.electricity_hour_fleet"))
        head += b.tr("head.power_hour_fleet", gpus=b.h(gpus), money=usd_money(b, gpus * cost, False))
        if b.has("days"):                # ("For 2k GPUs over 18 months": the hours of the period too)
            days = b.num("days", None)
            b.fig("cost_usd_period", gpus * cost * days * 24, "US$", b.tr("fig.electricity_period_fleet"))
            head += b.tr("head.power_period_fleet", days=days,
                         money=usd_money(b, gpus * cost * days * 24, False))
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "租 H100 一小时 2.2 美元 … 光电费每卡每小时多少钱": the rent is that many times the power
        rent = rent_rate(b, acc)
        if rent:
            ratio = rent / cost
            b.fig("rent_over_power", ratio, "x", b.tr("fig.rent_over_power"))
            b.step(b.tr("step.rent_over_power", rent=rent, cost=cost, ratio=ratio))
            b.fig("power_share_of_rent", 100 / ratio, "%", b.tr("fig.power_share_of_rent"))
            head += b.tr("head.rent_over_power", ratio=ratio, share=1 / ratio)
    return b.result("power", head)


def _share_of_rent(b: Builder, acc: Accelerator, gpus: float, days: float, u: float, cny: bool) -> str:
    """The rent the cards bring in over the bill's period (at the stated occupancy), and the
    electricity's share of it."""
    rate = rent_rate(b, acc) or 0.0
    income = gpus * rate * days * 24 * u
    bill = b.value_of("cost_usd")
    if income <= 0 or not bill:
        return ""
    b.fig("income_usd", income, "US$", b.tr("fig.rent_out_income", u=u))
    b.fig("power_share_of_rent", 100 * bill / income, "%", b.tr("fig.power_share_of_income"))
    b.fig("margin_usd", income - bill, "US$", b.tr("fig.rent_out_margin", days=days))
    b.step(b.tr("step.power_share_of_rent", gpus=gpus, rate=rate, hours=days * 24, u=u, income=income,
                bill=bill, share=bill / income))
    return b.tr("head.power_share_of_rent", share=bill / income, income=usd_money(b, income, cny), u=u,
                net=usd_money(b, income - bill, cny))


def _energy_and_bill(b: Builder, it_mw: float, p: float, period: float | None = None) -> None:
    """Energy and electricity cost over the stated period, else `period` days (else a year) at full load."""
    if b.has("days") or period is not None:
        days = b.num("days", period, label=b.tr("label.period_month"))
        hours = days * 24
        label_e, label_c = b.tr("fig.energy_period", days=days), b.tr("fig.electricity_period",
                                                                          days=days)
    else:
        hours = 24 * 365
        label_e, label_c = b.tr("fig.energy_year"), b.tr("fig.electricity_year")
    kwh = it_mw * p * 1000 * hours
    if b.has("utilization"):               # "usage only 50% of the time"; "24/7" is 100%
        util = b.num("utilization", None)
        kwh *= util
        b.step(b.tr("step.bill_utilization", util=util))
        if util < 1:
            label_e = b.tr("fig.energy_at_util", util=util)
    b.fig("energy_kwh", kwh, "kWh", label_e)
    price = electricity_usd(b)
    b.fig("cost_usd", kwh * price, "US$", label_c)
    if b.has("electricity_cny_per_kwh"):
        b.fig("cost_cny", kwh * b.num("electricity_cny_per_kwh", None, record=False), "RMB",
              label_c)
    b.step(b.tr("step.bill", mw=it_mw * p, hours=hours, kwh=kwh, price=price,
                cost=kwh * price))


def tco(b: Builder, acc: Accelerator, watts: float, p: float) -> Result:
    """Total cost of owning accelerators over their life (stated, else the amortization
    period): the chips plus their electricity at PUE, and per GPU-hour."""
    gpus = b.count_gpus(acc) if (b.has("gpus") or b.has("servers") or b.has("budget_usd")
                                 or b.has("budget_cny")) else b.num("gpus", 1)
    usd, _ = unit_prices(b, acc)
    if usd is None and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        # "TCO for 1,000 TPU v5e rented at $1.20/chip-hour for 2 years": what renting costs
        return _rental(b, acc, gpus)
    if usd is None:
        raise CalcError("missing_input", "err.no_price", hint_key="hint.try", acc=acc.short,
                        param="price_usd")
    days = b.num("days", AMORTIZE_YEARS * 365.25, label=b.tr("label.lifetime"))
    hours = days * 24
    kwh_price = electricity_usd(b)
    kwh = gpus * watts * p / 1000 * hours
    chips, bill = gpus * usd, kwh * kwh_price
    b.fig("capex_usd", chips, "US$", b.tr("fig.chips_cost"))
    if b.has("all_in_multiple"):          # "整体投入按卡价 1.5 倍": the whole build is owned
        chips = all_in(b, chips)
    total = chips + bill
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_period", days=days))
    b.fig("cost_usd", bill, "US$", b.tr("fig.electricity_period", days=days))
    b.fig("tco_usd", total, "US$", b.tr("fig.tco", days=days))
    b.fig("tco_per_gpu_hour_usd", total / (gpus * hours), "US$", b.tr("fig.tco_hour"))
    b.fig("capex_per_gpu_hour_usd", chips / (gpus * hours), "US$", b.tr("fig.capex_hour", days=days))
    if b.has("utilization"):               # "effective $/GPU-hr at 70% utilisation": per hour used
        util = b.num("utilization", None)
        b.fig("tco_per_used_gpu_hour_usd", total / (gpus * hours * util), "US$",
              b.tr("fig.tco_used_hour", util=util))
        b.step(b.tr("step.tco_used_hour", per=total / (gpus * hours), util=util,
                    used=total / (gpus * hours * util)))
    b.step(b.tr("step.times_usd", n=gpus, usd=usd, total=chips))
    b.step(b.tr("step.bill", mw=gpus * watts * p / 1e6, hours=hours, kwh=kwh, price=kwh_price,
                cost=bill))
    b.step(b.tr("step.tco", chips=chips, bill=bill, total=total, gpus=gpus, hours=hours,
                per_hour=total / (gpus * hours)))
    b.read.add("currency")
    rented = ""
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "compare the 3-year TCO for on-prem vs cloud … rent the same 32 GPUs at $2.85 per GPU-hour":
        # the same GPUs rented for the same hours, beside owning them
        rate_h = rent_rate(b, acc) or 0.0
        rent_total = gpus * hours * rate_h
        b.fig("rent_total_usd", rent_total, "US$", b.tr("fig.rent_total", days=days))
        b.step(b.tr("step.rent_same_hours", gpus=gpus, hours=hours, rate=rate_h, total=rent_total))
        cny_said = b.req.params.get("currency") == "cny"
        rented = b.tr("head.tco_vs_rent" if rent_total > total else "head.tco_vs_rent_cheaper",
                      rent=usd_money(b, rent_total, cny_said), ratio=rent_total / total)
    # ("A100 80G矿卡6万收 … 每卡时成本多少？": a price in yuan, the answer in yuan)
    if b.req.params.get("currency") == "cny" or (
            (b.has("price_cny") or b.has("server_price_cny"))
            and not (b.has("price_usd") or b.has("server_price_usd"))
            and b.req.params.get("currency") != "usd"):
        rate = fx(b)
        b.fig("tco_cny", total * rate, "RMB", b.tr("fig.tco", days=days))
        b.fig("capex_per_gpu_hour_cny", chips * rate / (gpus * hours), "RMB",
              b.tr("fig.capex_hour", days=days))
        return b.result("power", b.tr("head.tco_cny", total=b.h(total * rate), gpus=gpus,
                                      acc=acc.short, years=days / 365.25,
                                      per_hour=total * rate / (gpus * hours),
                                      capex_hour=chips * rate / (gpus * hours)) + rented)
    used = b.value_of("tco_per_used_gpu_hour_usd")
    return b.result("power", b.tr("head.tco", total=b.h(total), gpus=gpus, acc=acc.short,
                                  years=days / 365.25, per_hour=total / (gpus * hours),
                                  capex_hour=chips / (gpus * hours))
                    + (b.tr("head.tco_used", used=used, util=b.num("utilization", 1, record=False))
                       if used else "") + rented)


def _facility_bill(b: Builder, mw: float | None = None) -> Result:
    """"A 50 MW datacenter at $0.07/kWh: the bill for a year": a facility's energy and its
    cost over the stated period, else a year; no accelerator is assumed (`mw`: a draw read otherwise)."""
    if mw is None:
        mw = b.num("power_mw", None)
    if b.has("pue"):
        # "100MW的智算中心，PUE 1.25": with a PUE stated, the megawatts are the IT load
        p = b.num("pue", None)
        b.step(b.tr("step.it_times_pue", it=mw, pue=p, mw=mw * p))
        mw *= p
    days = b.num("days", 365.25, label=b.tr("label.period_default_year"))
    kwh = mw * 1000 * days * 24
    price = electricity_usd(b)
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_period", days=days))
    b.fig("cost_usd", kwh * price, "US$", b.tr("fig.electricity_period", days=days))
    b.step(b.tr("step.bill", mw=mw, hours=days * 24, kwh=kwh, price=price, cost=kwh * price))
    if b.has("electricity_cny_per_kwh"):
        cny = kwh * b.num("electricity_cny_per_kwh", None, record=False)
        b.fig("cost_cny", cny, "RMB", b.tr("fig.electricity_period", days=days))
        return b.result("power", b.tr("head.facility_bill_cny", cost=b.h(cny), mw=mw, days=days))
    return b.result("power", b.tr("head.facility_bill", cost=b.h(kwh * price), mw=mw, days=days))


def power_intent(b: Builder) -> Result:
    if b.has("server_power_cap_w") and b.has("watts_per_gpu") and b.has("gpus_per_server") \
            and not b.has("watts_per_server") and b.flag("asks_servers"):
        return _servers_under_cap(b)       # "单柜限 40kW，8 卡一台的 B300 服务器一柜能塞几台？"
    if b.has("server_power_cap_w") and b.has("watts_per_gpu"):
        return _under_cap(b)
    if b.has("server_power_cap_w"):
        return _servers_under_cap(b)
    return _power(b)


def _stated_price_of(b: Builder, acc: Accelerator, gpus: float) -> str:
    """"nvl72 rack ~$3.4M … 能放几个rack 总capex多少": the servers the power allows, bought at the
    price stated for a server or a card ("" when none is stated)."""
    if not any(b.has(k) for k in ("server_price_usd", "server_price_cny", "price_usd", "price_cny")) \
            or b.has("budget_usd") or b.has("budget_cny"):
        return ""                          # (with a budget, what it buys is answered after this)
    usd, cny = unit_prices(b, acc)
    if usd is None or cny is None:
        return ""
    b.fig("capex_usd", gpus * usd, "US$", b.tr("fig.purchase_at_stated"))
    b.fig("capex_cny", gpus * cny, "RMB", b.tr("fig.purchase_at_stated"))
    cny_first = b.req.lang == "zh" and (b.has("server_price_cny") or b.has("price_cny"))
    money = b.tr("money.cny_usd", cny=b.h(gpus * cny), usd=b.h(gpus * usd)) if cny_first else \
        b.tr("money.usd_cny", usd=b.h(gpus * usd), cny=b.h(gpus * cny))
    return b.tr("head.and_purchase", money=money)


def _servers_under_cap(b: Builder) -> Result:
    """"单柜供电上限 40kW，HGX H100 整机按 10.2kW 算，每柜能塞几台？", "halls cap at 60 kW per rack: how
    many HGX B200 per rack, and how many racks for 16,384 GPUs?": whole servers (their draw as
    stated, else catalogued) under one rack's limit, then the racks a stated fleet needs."""
    cap = b.num("server_power_cap_w", None)
    acc = b.accelerator()
    n = b.gpus_per_server(acc)
    if b.req.params.get("servers") == 1:
        b.read.add("servers")              # "does a DGX H100 fit under that?": the one server checked
    if b.has("watts_per_server"):
        server_w = b.num("watts_per_server", None)
    else:
        w, _ = gpu_power_w(b, acc)
        server_w = w * n
        b.fig("server_draw_w", server_w, "W", b.tr("fig.server_power"))
    fit = math.floor(cap / server_w)
    b.fig("servers_under_cap", fit, "servers", b.tr("fig.servers_under_cap"))
    b.step(b.tr("step.servers_cap_fit", cap=cap, w=server_w, fit=fit))
    if fit < 1:
        head = b.tr("head.server_over_cap", w=server_w, cap=cap, n=n, acc=acc.short,
                    left=server_w - cap)
        if b.has("servers") and b.num("servers", None) > 1:
            # "3 racks of GB200 NVL72 … caps racks at 100kW, each ~132kW: how short, or how many extra
            # rack positions?": the shortfall of them all, and the positions' power they draw
            servers = b.num("servers", None)
            positions = math.ceil(round(servers * server_w / cap, 6))
            b.fig("power_short_w", servers * (server_w - cap), "W", b.tr("fig.power_short"))
            b.fig("rack_positions", positions, "racks", b.tr("fig.rack_positions"))
            b.step(b.tr("step.rack_positions", servers=servers, w=server_w, cap=cap, n=positions))
            head += b.tr("head.servers_over_cap", servers=servers, short=servers * (server_w - cap),
                         cap=cap, n=positions, more=positions - servers)
        elif b.has("racks"):
            # "每个机柜限电8千瓦，只剩6个机柜 … 能放几台": none in any of them
            racks = b.num("racks", None)
            b.fig("servers", 0, "servers", b.tr("fig.servers_in_racks"))
            head += b.tr("head.none_in_racks", racks=racks)
        return b.result("power", head)
    head = b.tr("head.servers_cap_fit", fit=fit, w=server_w, cap=cap, n=n, acc=acc.short,
                left=cap - fit * server_w)
    # ("a dgx h100 draws ~10.2 kW … how many h100s in a 12 MW hall": the one box described is
    # not a count of servers; the hall's power is what the racks are counted from)
    described = b.req.params.get("servers") == 1 and not b.has("gpus") and b.has("power_mw")
    if b.has("racks"):
        # "80 cabinets free … how many DGX B200 can we land, and how many GPUs?", "一共上 20 个柜": every
        # rack filled
        racks = b.num("racks", None)
        servers = fit * racks
        b.fig("servers", servers, "servers", b.tr("fig.servers_in_racks"))
        b.fig("gpus", servers * n, "GPUs", b.tr("fig.gpus_of", acc=acc.short))
        b.step(b.tr("step.servers_in_racks", fit=fit, racks=racks, servers=servers, n=n, gpus=servers * n))
        head += b.tr("head.servers_in_racks", racks=b.h(racks), servers=b.h(servers), gpus=b.h(servers * n),
                     acc=acc.short)
        # ("能上多少台、多少P算力（fp4）": the racks' GPUs at the precision stated)
        head += fleet_compute(b, acc, servers * n)
    elif (b.has("gpus") or b.has("servers")) and not described:
        # ("DGX H100 一台大约10.2kW … 要部署 256 张卡": the one box described is not the count)
        one_box = b.has("gpus") and b.req.params.get("servers") == 1 and b.num("gpus", None, record=False) > n
        servers = b.num("servers", None) if b.has("servers") and not one_box else \
            math.ceil(b.num("gpus", None) / n)
        if one_box:
            b.read.add("servers")
        racks = math.ceil(servers / fit)
        b.fig("racks", racks, "racks", b.tr("fig.racks_under_cap"))
        b.step(b.tr("step.racks_for", servers=servers, fit=fit, racks=racks))
        head += b.tr("head.racks_for", racks=racks, servers=servers)
    if (b.has("racks") or b.has("gpus") or b.has("servers")) and not described:
        # (the servers counted either way: their price, their draw, their bill)
        head += _stated_price_of(b, acc, servers * n)
        if servers > 1 and (b.has("pue") or b.flag("asks_total_power")):
            # "一共上 20 个柜，总功率多少 MW (PUE 1.3)": the servers' draw, at the facility
            p = pue(b)
            mw = servers * server_w * p / 1e6
            b.fig("power_mw", mw, "MW", b.tr("fig.facility_power"))
            b.step(b.tr("step.servers_power", servers=servers, w=server_w, pue=p, mw=mw))
            head += b.tr("head.servers_power", mw=mw, pue=p)
        if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh") or b.flag("asks_bill"):
            # "每台供电上限 6kW … 实测 4.8kW，一排 10 台，一年电费多少": the servers' bill too
            params = {k: v for k, v in b.req.params.items() if k != "server_power_cap_w"}
            inner = Builder(req=replace(b.req, params=MappingProxyType(params)), cat=b.cat,
                            defaults=b.defaults)
            rest = _power(inner)
            b.read |= inner.read
            b.unused_reasons.update(inner.unused_reasons)
            mine = b.result("power", head)
            return replace(rest, headline=head + b.tr("word.semicolon") + rest.headline,
                           figures=(*mine.figures, *rest.figures),
                           assumptions=(*mine.assumptions, *rest.assumptions),
                           steps=(*mine.steps, *rest.steps))
    elif b.has("power_mw"):
        # "Each rack is capped at 34 kW and the pod has 340 kW total": the racks the pod's power
        # feeds, each filled with whole servers
        total_w = b.num("power_mw", None) * 1e6
        if b.has("pue") and not b.flag("it_load"):
            # "机房总电力 6MW、PUE 1.3": the racks get the IT share of it
            p = b.num("pue", None)
            b.step(b.tr("step.facility_to_it", mw=total_w / 1e6, pue=p, it=total_w / 1e6 / p))
            total_w /= p
        racks = math.floor(total_w / cap * (1 + 1e-12))
        servers = racks * fit
        b.fig("racks", racks, "racks", b.tr("fig.racks_under_cap"))
        b.fig("servers", servers, "servers", b.tr("fig.servers_of", n=n))
        b.fig("gpus", servers * n, "GPUs", b.tr("fig.gpus_in_servers"))
        b.step(b.tr("step.racks_in_power", total=total_w / 1000, cap=cap / 1000, racks=racks, fit=fit,
                    servers=servers, n=n, gpus=servers * n))
        head += b.tr("head.racks_in_power", total=total_w / 1000, racks=racks, servers=servers,
                     gpus=b.h(servers * n), acc=acc.short)
        by_draw = math.floor(total_w / server_w * (1 + 1e-12))
        if cap - fit * server_w > 0.1 * cap and by_draw > servers:
            # a rack's budget it cannot use (one 10.2 kW box under 18.5 kW): what the same power
            # runs counted by the servers' own draw, if the racks' budgets could be shared
            b.fig("gpus_by_draw", by_draw * n, "GPUs", b.tr("fig.gpus_by_draw"))
            b.step(b.tr("step.servers_by_draw", total=total_w / 1000, w=server_w / 1000,
                        servers=by_draw, n=n, gpus=by_draw * n))
            head += b.tr("head.servers_by_draw", left=cap - fit * server_w, servers=by_draw,
                         gpus=b.h(by_draw * n))
        head += _stated_price_of(b, acc, servers * n)
        if servers and (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")
                        or b.flag("asks_bill")):
            # "a 10 MW block … max GB200 NVL72 count at 132kW/rack, and monthly bill at 7.5 cents/kWh?": the
            # placed servers' bill, at the facility
            mw = servers * server_w * pue(b) / 1e6
            days, kwh, price = electricity_over(b, mw)
            b.step(b.tr("step.bill", mw=mw, hours=days * 24, kwh=kwh, price=price, cost=kwh * price))
            head += b.tr("word.semicolon") + b.tr("head.facility_bill", cost=b.h(kwh * price), mw=mw,
                                                  days=days)
    elif b.has("capacity_flops"):
        # "首期建设 2 EFLOPS FP8 算力 … 单机柜功率上限 40kW … 需要多少个机柜": the cards for the
        # capacity at their dense peak, their servers, then the racks
        from calc.other import _gpus_for
        b.read.add("precision")
        peak, used = acc.peak_tflops(str(b.req.params.get("precision", "fp16")))
        gpus = _gpus_for(b, acc, b.num("capacity_flops", None), peak, used)
        servers = math.ceil(gpus / n)
        racks = math.ceil(servers / fit)
        b.fig("racks", racks, "racks", b.tr("fig.racks_under_cap"))
        b.step(b.tr("step.racks_for", servers=servers, fit=fit, racks=racks))
        head += b.tr("head.racks_for", racks=racks, servers=servers)
    elif b.has("model") or b.has("params"):
        # "a 6 kW rack … how many concurrent Llama 3 8B chats per site?": what the rack's cards serve
        head += _served_by(b, acc, fit * n)
    return b.result("power", head)


def _under_cap(b: Builder) -> Result:
    """"Power budget per server is 6 kW. Can an 8x L40S box (350W each) fit?", "30 racks, each
    capped at 17.3 kW, A100 at 400 W each: how many GPUs?": the cards' watts against the limit,
    then the fleet that makes, as any power question."""
    cap = b.num("server_power_cap_w", None)
    w = b.num("watts_per_gpu", None)
    fit = math.floor(cap / w)
    b.fig("gpus_under_cap", fit, "GPUs", b.tr("fig.gpus_under_cap"))
    params = {k: v for k, v in b.req.params.items() if k != "server_power_cap_w"}
    if b.has("gpus_per_server"):
        n = b.num("gpus_per_server", None)
        draw = n * w
        b.fig("server_draw_w", draw, "W", b.tr("fig.server_draw"))
        b.fig("cap_headroom_w", cap - draw, "W", b.tr("fig.cap_headroom"))
        b.step(b.tr("step.cap_check", n=n, w=w, draw=draw, cap=cap))
        head = b.tr("head.cap_fits" if draw <= cap else "head.cap_exceeds", n=n, w=w, draw=draw,
                    cap=cap, left=abs(cap - draw))
    else:
        b.step(b.tr("step.cap_fit", cap=cap, w=w, fit=fit))
        params["gpus_per_server"] = float(fit)
        head = b.tr("head.cap_fit_n", fit=fit, w=w, cap=cap)
        if b.has("gpus") and fit > 0:
            # "… and how many racks for 4,096 GPUs?": the stated cards over what each rack holds
            gpus = b.num("gpus", None)
            racks = math.ceil(gpus / fit)
            b.fig("racks", racks, "racks", b.tr("fig.racks_under_cap"))
            b.step(b.tr("step.racks_for_cards", gpus=gpus, fit=fit, racks=racks))
            head += b.tr("head.racks_for_cards", racks=racks, gpus=gpus)
    if "racks" in params and "servers" not in params:
        # "30 racks, each capped at 17.3 kW": each rack filled to its limit is one "server" of `fit` cards;
        # "8/node … 30kW per cabinet and 60 cabinets": as many whole nodes as fit in each
        per_rack = math.floor(cap / (b.num("gpus_per_server", None, record=False) * w)) \
            if b.has("gpus_per_server") else 1
        params["servers"] = float(params.pop("racks")) * max(per_rack, 1)
        b.read.add("racks")
    if not any(k in params for k in ("gpus", "servers", "power_mw")):
        params["servers"] = 1.0             # the one server or rack asked about
    inner = Builder(req=replace(b.req, params=MappingProxyType(params)), cat=b.cat, defaults=b.defaults)
    rest = _power(inner)
    b.read |= inner.read
    b.unused_reasons.update(inner.unused_reasons)
    return replace(rest, headline=head + rest.headline, figures=(*b.figures, *rest.figures),
                   assumptions=(*b.assumptions, *rest.assumptions), steps=(*b.steps, *rest.steps))


def _power_headroom(b: Builder, acc: Accelerator, watts: float, p: float) -> Result:
    """"64 台 HGX H100，每台 10.8kW，机房给了 800kW 的 IT 电力，还能再加几台？": the fleet the
    power takes, whole servers when servers are counted, less the one already there."""
    mw = b.num("power_mw", None)
    if not b.flag("it_load"):
        b.step(b.tr("step.facility_to_it", mw=mw, pue=p, it=mw / p))
        mw /= p
    have = b.count_gpus(acc)
    if b.has("servers") or b.has("watts_per_server"):
        per = b.gpus_per_server(acc)
        unit_w, have_units = watts * per, have / per
        b.read.add("server")
    else:
        per, unit_w, have_units = 1, watts, have
    fit = math.floor(mw * 1e6 / unit_w * (1 + 1e-12))
    more = fit - have_units
    kind = "servers" if per > 1 else "gpus"
    b.step(b.tr(f"step.headroom_{kind}", mw=mw, w=unit_w, fit=fit, have=have_units, more=more))
    b.fig(f"{kind}_fit", fit, kind, b.tr(f"fig.{kind}_fit"))
    b.fig(f"{kind}_headroom", more, kind, b.tr(f"fig.{kind}_headroom"))
    b.fig("power_it_mw", have * watts / 1e6, "MW", b.tr("fig.it_power"))
    key = f"head.headroom_{kind}" if more >= 0 else f"head.over_{kind}"
    return b.result("power", b.tr(key, fit=b.h(fit), more=b.h(abs(more)), have=b.h(have_units),
                                  acc=acc.short, kw=mw * 1000, w=unit_w))


# a measured output rate, as the question may state it
MEASURED_RATES = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server",
                  "observed_tokens_per_s")


def measured_tps_per_gpu(b: Builder, acc: Accelerator, fleet_gpus: Callable[[], float], *,
                         explain: bool = False) -> float | None:
    """A stated measured output rate per GPU: as stated per GPU, a server's over its cards ("实测整机
    6000 tok/s"), or the fleet's over `fleet_gpus()`; None when no rate is stated. With `explain`,
    the division is a step of the answer."""
    if b.has("observed_tokens_per_s_per_gpu"):
        return b.num("observed_tokens_per_s_per_gpu", None)
    if b.has("observed_tokens_per_s_per_server"):
        # (the order the two are read in is the order the answer's assumptions list them: a cost
        # explained names the server's size first, as it always has)
        box = b.gpus_per_server(acc) if explain else 0
        node = b.num("observed_tokens_per_s_per_server", None)
        box = box or b.gpus_per_server(acc)
        if explain:
            b.step(b.tr("step.per_server_rate", tps=node, n=box, per=node / box))
        return node / box
    if b.has("observed_tokens_per_s"):
        n = fleet_gpus()
        total = b.num("observed_tokens_per_s", None)
        if explain:
            b.step(b.tr("step.measured_share", total=total, n=n, per=total / n))
        return total / n
    return None


def _electricity_per_mtok(b: Builder, acc: Accelerator, gpus: float, watts: float, p: float) -> str:
    """"… and what does it add per million tokens if we push 1,900 tok/s/gpu?": with a measured
    output rate stated (per GPU, per server or the fleet's), per tokens asked and an electricity
    price stated, the electricity of a million tokens at the fleet's draw, as a figure and a
    headline suffix ("" otherwise, nothing read; and in a power part added to an energy answer,
    which says it already)."""
    params = b.req.params
    # (per another block of tokens than a million: named unused, not misread as a million)
    if b.first_intent == "energy" or params.get("per_tokens") != 1e6 or not (
            "electricity_usd_per_kwh" in params or "electricity_cny_per_kwh" in params):
        return ""
    tps = measured_tps_per_gpu(b, acc, lambda: gpus)
    if tps is None:
        return ""
    b.num("per_tokens", None)             # (read as stated: a million)
    kwh = watts * p / tps * 1e6 / 3.6e6
    usd = kwh * electricity_usd(b)
    b.step(b.tr("step.electricity_per_mtok", watts=watts, pue=p, tps=tps, kwh=kwh, usd=usd))
    b.fig("electricity_usd_per_million_tokens", usd, "US$", b.tr("fig.electricity_per_mtok"))
    if b.has("electricity_cny_per_kwh"):
        cny = kwh * b.num("electricity_cny_per_kwh", None, record=False)
        b.fig("electricity_cny_per_million_tokens", cny, "RMB", b.tr("fig.electricity_per_mtok"))
        return b.tr("head.electricity_per_mtok", cost=b.tr("money.cny_only", cny=f"{cny:,.4g}"))
    return b.tr("head.electricity_per_mtok", cost=b.tr("money.usd", usd=f"{usd:,.4g}"))


def _power(b: Builder) -> Result:
    if b.has("power_mw") and not (b.has("gpus") or b.has("servers") or b.has("accelerator")
                                  or b.has("server")) and (
            b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")):
        return _facility_bill(b)
    drawn = "watts_per_server" if b.has("watts_per_server") else \
        "watts_per_gpu" if b.has("watts_per_gpu") else None
    counted_or_priced = ("power_mw", "gpus", "servers", "accelerator", "server", "price_usd", "price_cny",
                         "server_price_usd", "server_price_cny")
    if drawn is not None and not b.flag("tco") and not any(b.has(k) for k in counted_or_priced) \
            and (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")):
        # ("Our server pulls about 1.5 kW. What's that per month if it runs all day", "our box pulls about 2
        # kW": the one thing's bill, no card named or needed)
        return _facility_bill(b, b.num(drawn, None) / 1e6)
    acc = b.accelerator()
    watts, _ = gpu_power_w(b, acc)
    p = pue(b)
    if b.flag("tco"):
        return tco(b, acc, watts, p)
    one = b.req.params.get("servers") == 1 or (
        b.has("gpus") and b.has("power_mw") and b.has("watts_per_server")
        and b.req.params.get("gpus") in (1, b.gpus_per_server(acc))) or (   # "8x H100服务器 10千瓦"
        b.has("power_mw") and b.has("watts_per_gpu") and b.req.params.get("gpus") == 1
        and not b.has("servers"))          # "250GW … 一张 GB200 连服务器按 1.8kW": the card described
    if b.has("power_mw") and ((not b.has("gpus") and not b.has("servers")) or (
            one and (b.has("watts_per_server") or b.has("watts_per_gpu")))):
        # "10兆瓦能放多少台DGX H100？一台10.2千瓦": the one described sizes the rest
        if one:
            b.read.update({"servers", "gpus"})
        mw = b.num("power_mw", None)
        if isinstance(b.req.params.get("power_mw_in_use"), float):
            # "容量3.5兆瓦，已用1.2MW": what is left of the capacity
            b.step(b.tr("step.power_free", cap=b.req.params["power_mw_capacity"],
                        used=b.req.params["power_mw_in_use"], mw=mw))
        it_said = 0.0
        if b.flag("it_load"):
            # "40 MW IT load … PUE 1.35": the cards get all of it; the meter reads more
            b.step(b.tr("step.it_load", mw=mw, pue=p, total=mw * p))
            it_said = mw
            mw *= p
        supported = math.floor(mw * 1e6 / (watts * p))
        head_key, boxes = "head.power_supports", 0.0
        if b.has("watts_per_server") or b.has("server") or b.has("gpus_per_server"):
            per = b.gpus_per_server(acc)
            servers = math.floor(mw * 1e6 / (watts * per * p))
            supported = servers * per
            b.fig("servers", servers, "servers", b.tr("fig.servers_of", n=per))
            if b.flag("asks_servers"):
                # "Each L40S server pulls ~2.8 kW. How many servers can we put in?": the servers first
                head_key, boxes = "head.power_supports_servers", servers
        b.step(b.tr("step.power_supports", mw=mw, watts=watts, pue=p, n=supported))
        limit = ""
        if (b.has("budget_usd") or b.has("budget_cny")) and not b.flag("asks_servers"):
            # "a budget of €10M and 2 MW on site: how many B200?": the fewer of what each allows
            usd, _ = unit_prices(b, acc)
            if usd:
                budget = b.num("budget_usd", None) if b.has("budget_usd") \
                    else b.num("budget_cny", None) / fx(b)
                if b.has("budget_share"):
                    budget *= b.num("budget_share", None)
                n_bought = math.floor(budget / usd * (1 + 1e-12))
                b.fig("gpus_budget_buys", n_bought, "GPUs", b.tr("fig.budget_buys", acc=acc.short))
                b.step(b.tr("step.budget_or_power", budget=b.h(budget), usd=usd, bought=n_bought,
                            powered=supported))
                limit = b.tr("head.budget_limits" if n_bought < supported else "head.power_limits",
                             bought=b.h(n_bought), powered=b.h(supported), mw=mw)
                supported = min(supported, n_bought)
        b.fig("gpus", supported, "GPUs", b.tr("fig.power_supports", acc=acc.short))
        # ("which one gets more FP8 PFLOPS into the room?"; a compute asked after the count is a second ask's)
        compute = "" if b.flag("multi_ask") else fleet_compute(b, acc, supported)
        bill = ""
        if b.has("days") or b.has("electricity_usd_per_kwh") or \
                b.has("electricity_cny_per_kwh"):
            _energy_and_bill(b, supported * watts / 1e6, p)
            if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
                # ("… monthly bill at 8 cents/kWh?": the bill said, not only a figure)
                days = b.num("days", 365.25, record=False)
                bill = b.tr("word.semicolon") + b.tr("head.facility_bill", cost=b.h(b.value_of("cost_usd")),
                                                     mw=supported * watts / 1e6 * p, days=days)
        purchase = ""
        if any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
            # "50 MW of B200 at $40k each", "… with nvl72 racks at $2.9M each, capex?"
            usd, _ = unit_prices(b, acc)
            if usd is not None:
                b.fig("capex_usd", supported * usd, "US$", b.tr("fig.chips_cost"))
                b.step(b.tr("step.times_usd", n=supported, usd=usd, total=supported * usd))
            in_cny = b.req.params.get("currency") == "cny"
            if usd is not None and b.has("all_in_multiple"):
                # "… $50k per GPU … all-in 1.6x the chips": the whole build, the chips inside it
                whole = all_in(b, supported * usd)
                purchase = b.tr("head.and_purchase_all_in", money=usd_money(b, whole, in_cny),
                                chips=usd_money(b, supported * usd, in_cny))
            elif usd is not None:
                purchase = b.tr("head.and_purchase", money=usd_money(b, supported * usd, in_cny))
        head = b.tr(head_key, n=b.h(supported), acc=acc.short, servers=b.h(boxes), mw=it_said or mw)
        if it_said:
            # ("our UPS is 10 kVA, pf 0.9": the IT load said, the meter's more)
            head += b.tr("head.as_it_load", mw=mw, pue=p)
        return b.result("power", head + compute + bill + limit + purchase + _served_by(b, acc, supported))
    if b.has("power_mw") and b.flag("power_headroom") and (b.has("gpus") or b.has("servers")):
        return _power_headroom(b, acc, watts, p)
    if b.flag("power_per_gpu_hour"):
        return _power_per_gpu_hour(b, acc, watts, p)
    one_copy = _one_copy_gpus(b, acc)
    gpus = scaled_fleet(b, one_copy if one_copy is not None else b.count_gpus(acc))
    it_mw = gpus * watts / 1e6
    b.step(b.tr("step.fleet_power", gpus=gpus, watts=watts, it_mw=it_mw, pue=p, mw=it_mw * p))
    b.fig("power_mw", it_mw * p, "MW", b.tr("fig.facility_power"))
    b.fig("power_it_mw", it_mw, "MW", b.tr("fig.it_power"))
    if b.has("power_mw"):   # "a 100,000-GPU cluster draws about 150 MW. Is that right?"
        claimed = b.num("power_mw", None)
        # ("24 racks fit in our 3.2 MW IT block": an IT load is checked against the IT draw, not the meter's)
        ratio = claimed / (it_mw if b.flag("it_load") else it_mw * p)
        b.fig("claimed_vs_computed", ratio, "x", b.tr("fig.claimed_vs_computed", mw=claimed))
        b.step(b.tr("step.claimed_vs_computed", mw=claimed,
                    computed=it_mw if b.flag("it_load") else it_mw * p, ratio=ratio))
    # "a 100,000-GPU cluster draws about 150 megawatts. Is that right?": the check in the headline too
    # (not a vague amount asked about: "要几百 MW 电？")
    said = next((str(s.text) for s in b.req.stated if s.param == "power_mw"), "")
    claim_tail = b.tr("head.claimed", text=said, ratio=times(b.value_of("claimed_vs_computed"))) \
        if b.has("power_mw") and said and not re.search(r"几|\bfew\b|\bseveral\b", said) else ""
    # "$1.20/chip-hr, 55% util, ~200W: what share of revenue goes to power?": a rent stated beside
    # an electricity price is what the cards bring in, and a month is the host's period
    rented_out = (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) and (
        b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"))
    _energy_and_bill(b, it_mw, p, 30.4375 if rented_out else None)
    per_mtok = _electricity_per_mtok(b, acc, gpus, watts, p)
    priced = any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))
    # (a rent stated and no price: the cards' cost asked is their rent, not a purchase at the catalog's price)
    leased = (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) and b.flag("asks_cost") \
        and not priced and not rented_out
    if priced or (b.flag("asks_cost") and not leased):
        usd, cny = unit_prices(b, acc)      # "… total cost in USD and RMB at 7.2, and power"
        # a server's price covers the servers, not only their chips
        what = "fig.servers_cost" if not (b.has("price_usd") or b.has("price_cny")) and (
            b.has("server_price_usd") or b.has("server_price_cny")) else "fig.chips_cost"
        if usd is not None:
            b.fig("capex_usd", gpus * usd, "US$", b.tr(what))
            b.step(b.tr("step.times_usd", n=gpus, usd=usd, total=gpus * usd))
        if cny is not None:
            b.fig("capex_cny", gpus * cny, "RMB", b.tr(what))
    if b.flag("asks_kwh") and not b.flag("asks_bill") and not (
            b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")):
        return b.result("power", b.tr("head.power_energy", kwh=b.h(b.value_of("energy_kwh")),
                                      days=b.num("days", 365.25, record=False),
                                      gpus=gpus, acc=acc.short, mw=it_mw * p, pue=p))
    if b.flag("asks_bill") or rented_out or (b.has("days") and (b.has("electricity_usd_per_kwh")
                                                                or b.has("electricity_cny_per_kwh"))):
        days = b.num("days", 30.4375 if rented_out else 365.25, record=False)
        cny_bill = b.has("electricity_cny_per_kwh")
        # ("电价 $0.09/kWh，按汇率 7.1 …年电费多少元？": a dollar bill asked in Chinese with a rate, in both)
        in_yuan = b.lang == "zh" and b.req.params.get("currency") == "cny" and b.has("usd_cny")
        money = b.tr("money.cny_only", cny=b.h(b.value_of("cost_cny"))) if cny_bill \
            else usd_money(b, b.value_of("cost_usd"), in_yuan)
        u = b.num("utilization", None, record=False) if b.has("utilization") else 1.0
        if not b.has("accelerator") and not b.has("gpus") and b.has("servers") and b.has("watts_per_server"):
            # ("our one little server … pulls 1.2 kW all in": the servers at their stated draw, no default
            # card named in the headline)
            boxes = b.num("servers", None, record=False)
            word = "word.server" if boxes == 1 and b.lang != "zh" else "word.servers"
            head = b.tr("head.server_bill" if u >= 1 else "head.server_bill_util", money=money, days=days,
                        boxes=boxes, servers=b.tr(word),
                        mw=it_mw * p, pue=p, u=u)
        else:
            head = b.tr("head.power_bill" if u >= 1 else "head.power_bill_util", money=money, days=days,
                        gpus=gpus, acc=acc.short, mw=it_mw * p, pue=p, u=u)
        if b.has("sites") and b.num("sites", None, record=False) >= 2:
            # ("我们30家店一共30台 … 一个月电费多少": the fleet spread over the places, each place's share)
            n_sites = b.num("sites", None)
            site_bill = b.value_of("cost_cny" if cny_bill else "cost_usd") or 0.0
            b.fig("cost_per_site", site_bill / n_sites, "RMB" if cny_bill else "US$",
                  b.tr("fig.bill_per_site"))
            b.step(b.tr("step.bill_per_site", bill=site_bill, sites=n_sites, per=site_bill / n_sites))
            each = b.tr("money.cny_only", cny=b.h(site_bill / n_sites)) if cny_bill \
                else usd_money(b, site_bill / n_sites, in_yuan)
            head += b.tr("head.bill_per_site", money=each, sites=b.h(n_sites))
        if rented_out:
            head += _share_of_rent(b, acc, gpus, days, u, cny_bill or in_yuan)
        elif (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) and (rate := rent_rate(b, acc)):
            # "1,500 stores, 2 cards per store, lease $0.45/GPU-hr, 72 W/card. monthly burn + total kW?": the
            # cards leased over the bill's period, beside their electricity
            lease = gpus * rate * 24 * days
            b.fig("lease_usd", lease, "US$", b.tr("fig.lease_period", days=days))
            b.step(b.tr("step.lease_period", gpus=gpus, rate=rate, hours=days * 24, cost=lease))
            head += b.tr("head.lease_period", money=usd_money(b, lease, b.has("rent_cny_per_hour")),
                         total=usd_money(b, lease + (b.value_of("cost_usd") or 0.0),
                                         b.has("rent_cny_per_hour")))
        bought = b.value_of("capex_cny" if cny_bill else "capex_usd")
        if bought and b.has("all_in_multiple"):
            # "all-in (networking, storage, facility) coming to 1.35x the hardware": the build bought
            bought = all_in(b, bought / fx(b) if cny_bill else bought) * (fx(b) if cny_bill else 1)
        if bought and b.flag("asks_cost") and (b.flag("asks_purchase") or any(b.has(k) for k in (
                "price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
            # "一年设备加电费多少钱": the purchase and the period's electricity, added up
            total = bought + b.value_of("cost_cny" if cny_bill else "cost_usd")
            b.fig("total_cny" if cny_bill else "total_usd", total, "RMB" if cny_bill else "US$",
                  b.tr("fig.capex_plus_bill", days=days))
            head += b.tr("head.plus_capex", total=b.tr("money.cny_only", cny=b.h(total))
                         if cny_bill else b.tr("money.usd", usd=b.h(total)))
        if b.has("per_requests") and b.has("queries_per_day"):
            # ("每千次对话的电费 … 2张L40S在跑 … 一天三万来次对话": the day's bill over the day's requests)
            n = b.num("per_requests", None)
            qpd = b.num("queries_per_day", None)
            cur = "cny" if cny_bill else "usd"
            day_bill = (b.value_of(f"cost_{cur}") or 0.0) / days
            per_n = day_bill / qpd * n
            b.fig(f"cost_per_n_requests_{cur}", per_n, "RMB" if cny_bill else "US$",
                  b.tr("fig.cost_per_n_requests", n=n))
            b.step(b.tr("step.bill_per_requests", bill=day_bill, qpd=qpd, n=n, per=per_n))
            head += b.tr("head.cost_per_n_requests", n=b.h(n), unit=b.tr(f"unit.{cur}"), total=per_n)
        if "model" not in b.read and not per_mtok:
            # ("买台HGX H200 … 跑满血版DeepSeek R1 … 三年下来连电费总共多少钱": the model named, the
            # copies of it the cards hold)
            head += _replicas_of(b, acc, gpus)
        return b.result("power", head + per_mtok + claim_tail)
    head = b.tr("head.power_it" if b.flag("it_load") and claim_tail else "head.power", mw=it_mw * p,
                gpus=gpus, acc=acc.short, pue=p, it=power_words(it_mw, b.lang)) + claim_tail
    if b.has("replicas") and b.has("batch_per_replica"):
        # ("48 replicas … batch 32/replica, ~450 W/GPU. Concurrent streams and total kW?": the streams the
        # replicas hold at once, beside their power)
        streams = b.num("replicas", None) * b.num("batch_per_replica", None)
        b.fig("concurrent_streams", streams, "streams", b.tr("fig.replica_streams"))
        b.step(b.tr("step.replica_streams", replicas=b.num("replicas", None, record=False),
                    batch=b.num("batch_per_replica", None, record=False), n=streams))
        head += b.tr("head.concurrent_streams", n=b.h(streams))
    if leased and (rate := rent_rate(b, acc)):
        # ("96 replicas … at TP8 on H200. The total GPU count, the monthly rental cost at $3.80/hr, and the
        # power draw": the cards rented over the period asked (a month unless said), not bought at the
        # catalog's price)
        days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
        lease = gpus * rate * 24 * days
        b.fig("lease_usd", lease, "US$", b.tr("fig.lease_period", days=days))
        b.step(b.tr("step.lease_period", gpus=gpus, rate=rate, hours=days * 24, cost=lease))
        money = usd_money(b, lease, b.has("rent_cny_per_hour"))
        return b.result("power", head + b.tr("head.rent_for", money=money, days=days))
    bought_usd, bought_cny = b.value_of("capex_usd"), b.value_of("capex_cny")
    if bought_usd and b.has("servers") and (b.has("price_usd") or b.has("price_cny")) \
            and (b.has("server_price_usd") or b.has("server_price_cny")):
        # ("L4s ~$2,400 each + a $1,800 mini server per site … 14 clinics": the boxes they sit in, bought too)
        n = b.num("servers", None, record=False)
        host_usd, host_cny = in_both(b, "server_price_usd", "server_price_cny")
        b.step(b.tr("step.times_usd", n=n, usd=host_usd, total=n * host_usd))
        bought_usd += n * host_usd
        bought_cny = (bought_cny or 0) + n * host_cny
        b.figures = [f for f in b.figures if f.name not in ("capex_usd", "capex_cny")]
        b.fig("capex_usd", bought_usd, "US$", b.tr("fig.purchase_at_stated"))
        b.fig("capex_cny", bought_cny, "RMB", b.tr("fig.purchase_at_stated"))
    if b.has("all_in_multiple") and bought_usd:
        # "96 of them + 25% on top for networking/facility. total? and power": the build bought, all-in
        total = all_in(b, bought_usd)
        head += b.tr("head.and_purchase_all_in", chips=b.tr("money.usd", usd=b.h(bought_usd)),
                     money=b.tr("money.usd", usd=b.h(total)))
    elif b.flag("asks_cost") and (bought_usd or bought_cny):
        # "两千张B200 每张3.5万美元 总共多少钱 功耗按1000W/卡算呢": the purchase too
        cny_first = b.req.params.get("currency") == "cny" and bought_cny
        if cny_first and bought_usd:
            money = b.tr("money.cny_usd", cny=b.h(bought_cny), usd=b.h(bought_usd))
        elif bought_usd:
            money = b.tr("money.usd", usd=b.h(bought_usd))
        else:
            money = b.tr("money.cny_only", cny=b.h(bought_cny))
        head += b.tr("head.and_purchase", money=money)
    return b.result("power", head)
