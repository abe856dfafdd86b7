"""Growth, compute-capacity conversions and memory fit: the article's smaller questions."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from types import MappingProxyType

from calc import registry, rx
from calc.build import Builder, amount, fmt_params
from calc.catalog import BYTES_PER_PARAM, Accelerator
from calc.costs import servers_bought
from calc.intent import GROWN_PRICES
from calc.projection import DAYS_PER_MONTH, growth_factor
from calc.result import CalcError, Reference, Result
from calc.roofline import MEMORY_USABLE, kv_bytes_per_token, min_group, weight_bytes
from calc.text import power as power_text
from calc.training import mfu_gain_factor

OPENAI_2018 = "OpenAI, 'AI and Compute' (2018): 3.4-month doubling, >300,000x in 2012-2018"


def growth(b: Builder) -> Result:
    if b.flag("asks_runway") and b.has("utilization") and (b.has("gpus") or b.has("servers")) \
            and not b.has("period_months") and 0 < b.num("utilization", None, record=False) < 1 \
            and (b.has("growth_rate_year") or b.has("doubling_months")):
        return _runway_of_busy_fleet(b)
    if b.has("users_to") and b.has("users") and b.has("growth_rate_year") and b.has("period_months"):
        # "20M DAU growing 3x a year hit 540M users in 3 years, right?": the rate over the period,
        # the stated end checked against it
        start = b.num("users", None, label=b.tr("label.users_start"))
        rate, period = b.num("growth_rate_year", None), b.num("period_months", None)
        end = start * (1 + rate) ** (period / 12)
        b.step(b.tr("step.users_at_rate", start=b.h(start), rate=rate, period=period, end=b.h(end)))
        b.fig("users_end", end, "users", b.tr("fig.users_end", period=period))
        stated = b.num("users_to", None)
        b.fig("stated_vs_computed", stated / end, "x", b.tr("fig.stated_vs_computed"))
        return b.result("growth", b.tr("head.users_at_rate", start=b.h(start), rate=rate, period=period,
                                       end=b.h(end), stated=b.h(stated), ratio=stated / end))
    if b.has("users_to") and b.has("users") and b.has("growth_rate_year") \
            and not b.has("period_months"):
        # "60% a year: from 10M to 100M users, how long?"
        start, end = b.num("users", None, label=b.tr("label.users_start")), b.num("users_to", None)
        rate = b.num("growth_rate_year", None)
        if end <= start or rate <= 0:
            raise CalcError("contradiction", "err.end_below_start", hint_key="hint.users_growth")
        years = math.log(end / start) / math.log(1 + rate)
        b.step(b.tr("step.years_at_rate", f=end / start, rate=rate, years=years))
        b.fig("months", years * 12, "months", b.tr("fig.months_to_grow"))
        b.fig("years", years, "years", b.tr("fig.years"))
        return b.result("growth", _rate_head(b, "head.years_at_rate", years=years,
                                             f=b.h(end / start), rate=rate))
    if b.has("users_to") and b.has("users") and not b.has("doubling_months"):
        start = b.num("users", None, label=b.tr("label.users_start"))
        end = b.num("users_to", None)
        period = b.num("period_months", None)
        if end <= start:
            raise CalcError("contradiction", "err.end_below_start", hint_key="hint.users_growth")
        return _doubling_from(b, end / start, period, b.tr("head.users_double", start=b.h(start),
                                                           end=b.h(end), period=period))
    if b.has("doubling_months") and b.has("users_to") and b.has("users"):
        # "from 10M to 500M users, doubling every year: how long?"
        d = b.num("doubling_months", None)
        f = b.num("users_to", None) / b.num("users", None, label=b.tr("label.users_start"))
        if f <= 1:
            raise CalcError("contradiction", "err.end_below_start", hint_key="hint.users_growth")
        months = d * math.log2(f)
        b.step(b.tr("step.months_to_grow", d=d, f=f, log=math.log2(f), months=months))
        b.fig("months", months, "months", b.tr("fig.months_to_grow"))
        b.fig("years", months / 12, "years", b.tr("fig.years"))
        return b.result("growth", b.tr("head.months_to_grow", months=months, years=months / 12,
                                       f=b.h(f), d=d))
    if b.has("doubling_months"):
        d = b.num("doubling_months", None)
        if b.has("factor") and not (b.has("period_months") and any(b.has(x) for x in _BASES)):
            f = b.num("factor", None)
            months = d * math.log2(f)
            b.step(b.tr("step.months_to_grow", d=d, f=f, log=math.log2(f), months=months))
            b.fig("months", months, "months", b.tr("fig.months_to_grow"))
            b.fig("years", months / 12, "years", b.tr("fig.years"))
            b.references.append(Reference(b.tr("ref.openai_growth"), 300_000, "x", OPENAI_2018))
            return b.result("growth", b.tr("head.months_to_grow", months=months,
                                           years=months / 12, f=b.h(f), d=d) + _base_then(b, f, months))
        period = b.num("period_months", 12)
        f = 2 ** (period / d)
        b.step(b.tr("step.growth_in", period=period, d=d, f=f))
        b.fig("growth_factor", f, "x", b.tr("fig.growth_in", period=period))
        return _grown(b, f, period) or b.result(
            "growth", b.tr("head.growth_in", f=b.h(f), period=period, d=d))
    if b.has("factor") and (b.has("gpus") or b.has("servers")) and (
            not (b.has("growth_rate_year") or b.has("period_months")) or b.flag("factor_by")
            # ("grows 10x next year, our 40 L40S are maxed out, how many next year?": the fleet scaled, the
            # year when)
            or (b.flag("horizon_words") and not b.has("growth_rate_year") and not b.flag("asks_doubling"))):
        # "we need 4x more compute; we run 1,024 Gaudi 3: how many more?"
        f = b.num("factor", None)
        if b.has("period_months"):
            b.read.add("period_months")    # "… by 2027": when the factor is reached, not how fast
            b.read.add("year")
        acc = b.accelerator()
        now = b.count_gpus(acc)
        # "600 H100s at 70% util today, traffic going 4x": today's busy share grows, run full after
        util = b.num("utilization", None) if b.has("utilization") else 1.0
        total = math.ceil(round(now * util * f, 6))
        b.fig("gpus", total, "GPUs", b.tr("fig.gpus_scaled", acc=acc.short))
        b.fig("gpus_added", total - now, "GPUs", b.tr("fig.gpus_more", acc=acc.short))
        if util != 1.0:
            b.step(b.tr("step.gpus_scaled_busy", stated=now, util=util, f=f, scaled=total))
        else:
            b.step(b.tr("step.gpus_scaled", stated=now, f=f, scaled=total))
        if b.has("model") or b.has("precision"):
            # the fleet grows with its load: the same model at the same precision as today
            b.read.update({"model", "precision", "params", "active_params"})
            b.notes.append(b.tr("note.same_workload"))
        added = max(0, total - now)
        head = b.tr("head.gpus_more", more=b.h(added), total=b.h(total), acc=acc.short, f=f)
        if b.has("period_months") and f > 1 and b.flag("asks_doubling"):
            # "grow 20x over the next 30 months … the implied doubling time and the end fleet size?": both
            period = b.num("period_months", None, record=False)
            d = period / math.log2(f)
            b.fig("doubling_months", d, "months", b.tr("fig.doubling_time"))
            b.step(b.tr("step.doubling_from", f=f, period=period, d=d))
            head += b.tr("head.and_doubling", d=d)
        if b.has("period_months") and f > 1 and b.flag("asks_annualized"):
            # "未来3年算力增长10倍，现有800张 … 年均增长率及期末所需卡数": the year's growth and the end fleet
            period = b.num("period_months", None, record=False)
            year = f ** (12 / period)
            b.fig("annual_growth_factor", year, "x", b.tr("fig.growth_per_year"))
            b.step(b.tr("step.annualized", f=f, period=period, year=year))
            head += b.tr("head.annualized_pct" if year <= 10 else "head.annualized", year=b.h(year),
                         pct=year - 1)
        if util != 1.0:
            keep = math.ceil(round(now * f, 6))
            b.fig("gpus_same_util", keep, "GPUs", b.tr("fig.gpus_same_util", util=util))
            head += b.tr("head.gpus_same_util", keep=b.h(keep), util=util)
        if b.has("tensor_parallel"):
            # "40 replicas of TP4 … 3x traffic: replicas needed?": the fleet in replicas too
            tp = b.num("tensor_parallel", None)
            b.fig("replicas", math.ceil(total / tp), "replicas", b.tr("fig.replicas_total", tp=tp))
            head += b.tr("head.replicas_more", more=b.h(math.ceil(added / tp)),
                         total=b.h(math.ceil(total / tp)), tp=tp)
        if b.has("gpus_per_server") or b.has("servers"):
            # "how many more servers at 8 GPUs per server": the added GPUs in servers
            per = b.gpus_per_server(acc)
            boxes = math.ceil(added / per)
            b.fig("servers_added", boxes, "servers", b.tr("fig.servers_more"))
            b.step(b.tr("step.servers_more", added=added, per=per, boxes=boxes))
            head += b.tr("head.servers_added", boxes=b.h(boxes))
        # "… what's that at $30k each?", "how much extra power at 750 W each?": for the added GPUs
        return b.result("growth", head + _cost_of(b, acc, added) + _power_of(b, acc, added))
    if b.has("factor") and b.has("period_months") and not b.has("growth_rate_year"):
        f = b.num("factor", None)
        period = b.num("period_months", None)
        return _doubling_from(b, f, period, b.tr("head.factor_in", f=b.h(f), period=period))
    rate = b.num("growth_rate_year", None)
    if b.has("factor"):
        f = b.num("factor", None)
        if rate <= 0:
            raise CalcError("contradiction", "err.shrinking")
        years = math.log(f) / math.log(1 + rate)
        b.step(b.tr("step.years_at_rate", f=f, rate=rate, years=years))
        b.fig("months", years * 12, "months", b.tr("fig.months_to_grow"))
        return b.result("growth", _rate_head(b, "head.years_at_rate", years=years, f=b.h(f),
                                             rate=rate) + _base_then(b, f, years * 12))
    if not b.has("period_months") and b.has("days") and b.flag("price_grows") \
            and any(b.has(k) for k in _PRICE_BASES):
        period = b.num("days", None) / DAYS_PER_MONTH      # "what will it cost in 3 years?"
    else:
        period = b.num("period_months", 12)
    f = (1 + rate) ** (period / 12)
    b.step(b.tr("step.rate_growth", rate=rate, period=period, f=f))
    b.fig("growth_factor", f, "x", b.tr("fig.growth_in", period=period))
    return _grown(b, f, period) or b.result(
        "growth", _rate_head(b, "head.rate_growth", f=f, years=period / 12, rate=rate))


def _runway_of_busy_fleet(b: Builder) -> Result:
    """"eight H100 PCIe … currently at 50% load, accounts grow 25% a year: how many years before we need to
    buy more?": the load grows into the fleet's idle share, 1 / utilization of today's."""
    acc = b.accelerator()
    now = b.count_gpus(acc)
    util = b.num("utilization", None)
    said = {k: b.num(k, None) for k in ("growth_rate_year", "doubling_months") if b.has(k)}
    rate = growth_factor(said, 12.0)
    if rate is None or rate[0] <= 1:
        raise CalcError("contradiction", "err.shrinking")
    headroom = 1 / util
    months = 12 * math.log(headroom) / math.log(rate[0])
    b.fig("runway_months", months, "months", b.tr("fig.runway"))
    b.fig("years", months / 12, "years", b.tr("fig.years"))
    b.step(b.tr("step.runway", headroom=headroom, factor=rate[0], months=months))
    return b.result("growth", b.tr("head.runway_busy", months=months, years=months / 12, n=b.h(now),
                                   acc=acc.short, util=util))


def _base_then(b: Builder, f: float, months: float) -> str:
    """"we burned 40k GPU-hours this year — how long until it's grown 10x?", "how long till we need 10x the
    400 GPUs we got": the time to grow f answers the question; the stated quantity grown f-fold is what it
    will then be (a headline tail; "" when no quantity is stated)."""
    base = next((n for n in _BASES if b.has(n) and n not in _PRICE_BASES), None)
    if base is None:
        return ""
    start = b.num(base, None)
    what = registry.label(base, b.lang)
    if base in ("gpus", "servers", "gpu_hours", "gpu_years") and b.has("accelerator"):
        acc = b.accelerator()
        what = f"{acc.short} {what}"
        if base == "servers" and b.has("server"):
            srv = b.server(acc)          # ("today 3 DGX H100 handle it": the servers counted, of their kind)
            what = f"{srv.name} {registry.label(base, b.lang)}" if srv is not None else what
    reg = registry.get(base)
    b.fig(base, start * f, reg.unit if reg else "", b.tr("fig.grown", what=what, months=months))
    b.step(b.tr("step.projected", what=what, start=b.h(start), f=f, months=months, end=b.h(start * f)))
    return b.tr("head.base_then", what=what, start=b.h(start), end=b.h(start * f))


def _rate_head(b: Builder, key: str, *, years: float, rate: float, f: object) -> str:
    """A rate stated per month ("每月增长30%") is shown per month, in months."""
    if b.flag("rate_monthly"):
        return b.tr(key + "_monthly", months=years * 12, f=f, rate=(1 + rate) ** (1 / 12) - 1)
    return b.tr(key, years=years, f=f, rate=rate)


def _memory_per_dollar(b: Builder, acc: Accelerator, usd: float, precision: str) -> Result:
    """"whats better vram per dollar, used a100 80gbs at $9k each or 4090s at $1,800": each card's memory over
    its price; with a budget, the cards it buys and their memory together; with a model, whether its weights
    fit in that memory."""
    gb = b.num("hbm_gb_per_gpu", acc.mem_gb) if b.has("hbm_gb_per_gpu") else acc.mem_gb
    per = gb / usd * 1000
    b.fig("gb_per_kusd", per, "GB", b.tr("fig.gb_per_kusd"))
    b.step(b.tr("step.gb_per_kusd", gb=gb, usd=usd, per=per))
    head = b.tr("head.gb_per_kusd", per=per, acc=acc.short, gb=gb, usd=usd)
    if b.has("budget_usd"):
        budget = b.num("budget_usd", None)
        n = math.floor(budget / usd + 1e-9)
        total = n * gb
        b.fig("gpus", n, "GPUs", b.tr("fig.cards_bought"))
        b.fig("memory_gb", total, "GB", b.tr("fig.memory_bought"))
        b.step(b.tr("step.cards_memory_bought", budget=budget, usd=usd, n=n, gb=gb, total=total))
        head += b.tr("head.cards_memory_bought", budget=budget, n=n, total=total)
        if b.has("model") or b.has("params") or b.has("active_params"):
            m = b.model()
            weights = m.params_b * BYTES_PER_PARAM.get(precision, 2.0)
            b.step(b.tr("step.weights_in_memory", model=m.short, prec=precision.upper(), w=weights,
                        total=total, fits=b.tr("word.fits" if weights <= total * MEMORY_USABLE else
                                                "word.does_not_fit")))
    return b.result("convert", head)


# "rental prices fall ~35% a year; an H100 hour is $2.20 today: in 2027?": a price grown, when the
# growth is said of prices (not "GPU-hours grow 3x yearly … at $2.1/hr")
_PRICE_BASES = GROWN_PRICES
# what a growth question may start from ("we have 5,000 H100 today"), first found first
# the load a stated fleet serves, grown with it
_LOADS = ("qps", "users", "queries_per_day", "tokens_per_day", "concurrent_users")
_BASES = ("gpus", "servers", "replicas", "users", "concurrent_users", "qps", "queries_per_day", "power_mw",
          "capacity_flops", "train_flops", "tokens_per_day", "gpu_hours", "gpu_years",
          *_PRICE_BASES,
          # ("hyperscaler AI capex ~$350bn this yr, growing 25%/yr": a year's spend grown)
          "budget_usd", "budget_cny")


def _grown(b: Builder, f: float, period: float) -> Result | None:
    """A stated starting quantity grown by f over the period; None when none is stated."""
    base = next((n for n in _BASES if b.has(n) and (n not in _PRICE_BASES or b.flag("price_grows"))), None)
    if b.has("hbm_gb_per_gpu") and not b.has("servers") and b.req.params.get("gpus") in (None, 1.0) \
            and b.flag("memory_grows"):
        # "单卡显存容量翻倍时间大约 2 年，H200 是 141GB … 2030 年单卡 HBM 要多大": one card's memory grown
        base = "hbm_gb_per_gpu"
        b.read.update({"gpus", "accelerator"})   # (the one card whose memory it is)
    if base is None:
        return None
    start = b.num(base, None)
    stated, util = start, 1.0
    what = registry.label(base, b.lang)
    if base in ("gpus", "servers") or (base.startswith(("rent_", "price_")) and b.has("accelerator")):
        # ("an H100 hour is $2.20 … in 2027": the card's rent)
        acc = b.accelerator()
        what = f"{acc.short} {what}" if b.req.origin("accelerator") else what
        if base == "servers" and b.has("server") and b.rack(acc) is not None:
            what = f"{acc.short} {b.tr('word.racks')}"    # ("2 GB200 NVL72 racks today … in 2 years": racks)
        if b.has("utilization"):
            # "today 1,200 H100 busy at 70% util, doubling every 7 months": the busy share grows,
            # and the fleet then runs full (as in a stated growth factor)
            util = b.num("utilization", None)
            b.step(b.tr("step.busy_share", start=b.h(start), util=util, busy=b.h(start * util)))
            start *= util
    if base in ("gpu_hours", "gpu_years") and b.has("accelerator"):
        # "one CPT pass costs 6,000 GPU-hours on H100 … the corpus doubles every 14 months": that card's hours
        what = f"{b.accelerator().short} {what}"
    reg = registry.get(base)
    b.fig(base, start * f, reg.unit if reg else "", b.tr("fig.grown", what=what, months=period))

    def show(x: float) -> str:       # compute reads in EFLOPS, not as a bare 1e+20; money as money
        if "usd" in base or "cny" in base:
            return b.tr("money.usd", usd=b.h(x)) if "usd" in base else b.tr("money.cny_only", cny=b.h(x))
        if base == "power_mw":       # ("5 GW base … +35% a year": 22.4 GW, not a bare 22,420)
            return amount(x, "MW", b.lang)
        return f"{b.h(x / 1e18)} EFLOPS" if base == "capacity_flops" else \
            f"{x:.3g} FLOPs" if base == "train_flops" else b.h(x)
    b.step(b.tr("step.projected", what=what, start=show(start), f=f, months=period,
                end=show(start * f)))
    if base == "capacity_flops" and b.has("accelerator"):
        # "100 EFLOPS today, doubling every 6 months: how many B200 in 2028?"
        acc = b.accelerator()
        b.read.add("precision")
        peak, used = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
        n = math.ceil(start * f / (peak * 1e12))
        b.fig("gpus", n, "GPUs", b.tr("fig.gpus_for_capacity", acc=acc.short, prec=used.upper()))
        b.step(b.tr("step.gpus_for_capacity", cap=start * f / 1e18, peak=peak, prec=used.upper(), n=n))
    tail = ""
    if base in ("gpus", "servers") and (b.has("model") or b.has("params") or b.has("precision")):
        # ("chatbot Gemma 2 27B … doubling every 4 months, 32 H100 today": the fleet grows with its load, the
        # same model at the same precision as today)
        b.read.update({"model", "precision", "params", "active_params"})
        b.notes.append(b.tr("note.same_workload"))
    load = next((k for k in _LOADS if b.has(k)), None) if base in ("gpus", "servers") else None
    if load is not None:
        # "800 QPS now on 40 H100s, doubling every 6 months": the fleet grows with the load it serves
        now = b.num(load, None)
        reg_load = registry.get(load)
        b.fig(f"{load}_grown", now * f, reg_load.unit if reg_load else "",
              b.tr("fig.grown", what=registry.label(load, b.lang), months=period))
        b.step(b.tr("step.load_grown", what=registry.label(load, b.lang), start=b.h(now), f=f,
                    end=b.h(now * f)))
        tail += b.tr("head.load_grown", what=registry.label(load, b.lang), start=b.h(now), end=b.h(now * f))
        if load == "users" and b.has("queries_per_user"):
            # ("2,500 customers a day on 1 L40S now, 5 msgs each … growing 60% a year": their requests, grown)
            each = b.num("queries_per_user", None)
            b.fig("queries_per_day_grown", now * each * f, "queries/day",
                  b.tr("fig.grown", what=registry.label("queries_per_day", b.lang), months=period))
            tail += b.tr("head.requests_grown", start=b.h(now * each), end=b.h(now * each * f))
    if base in ("gpus", "servers") and b.has("gpus_per_server"):
        # "5 servers, 8 GPUs per node … how many servers in 3 years?": the grown fleet in the other count too
        acc, grown = b.accelerator(), math.ceil(round(start * f, 6))
        per = b.gpus_per_server(acc)
        if base == "servers":
            b.fig("gpus", grown * per, "GPUs", b.tr("fig.gpus_grown", acc=acc.short, months=period))
            b.step(b.tr("step.servers_to_gpus", servers=grown, per=per, gpus=grown * per))
            tail = b.tr("head.grown_gpus", boxes=b.h(grown), gpus=b.h(grown * per))
        else:
            boxes = math.ceil(grown / per)
            b.fig("servers", boxes, "servers", b.tr("fig.servers_grown", months=period))
            b.step(b.tr("step.servers_more", added=grown, per=per, boxes=boxes))
            tail = b.tr("head.servers_added", boxes=b.h(boxes))
    if base in ("gpus", "servers") and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        # "… how many instances in 18 months, and the monthly bill then at $70/hr?": the grown fleet rented
        from calc.costs import rent_rate, usd_money
        acc = b.accelerator()
        gpus = math.ceil(round(start * f, 6)) * (b.gpus_per_server(acc) if base == "servers" else 1)
        rate = rent_rate(b, acc) or 0.0
        month = gpus * rate * 24 * DAYS_PER_MONTH
        b.fig("rent_month_usd", month, "US$", b.tr("fig.rent_month_grown"))
        b.step(b.tr("step.rent_month_grown", gpus=gpus, rate=rate, cost=month))
        tail += b.tr("head.rent_month_grown", money=usd_money(b, month, b.has("rent_cny_per_hour")))
        if b.has("days"):
            b.read.add("days")           # ("the monthly bill then": the month the rent is given for)
    if base == "gpu_hours" and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        # ("现在一年用5万卡时 … 3年后一年要多少卡时？按10元/卡时预算得涨到多少": the grown hours at the rate)
        cny = b.has("rent_cny_per_hour") and not b.has("rent_usd_per_hour")
        rate = b.num("rent_cny_per_hour" if cny else "rent_usd_per_hour", None)
        cost = start * f * rate
        money = b.tr("money.cny_only", cny=b.h(cost)) if cny else b.tr("money.usd", usd=b.h(cost))
        b.fig("cost_cny" if cny else "cost_usd", cost, "RMB" if cny else "US$", b.tr("fig.hours_cost_grown"))
        b.step(b.tr("step.hours_cost_grown", hours=b.h(start * f), rate=rate, cost=money))
        tail += b.tr("head.hours_cost_grown", rate=rate, money=money)
    cumulative = None
    if b.flag("asks_cumulative") and b.has("growth_rate_year") and period >= 12:
        # "… growing 25%/yr — cumulative over 5 yrs?": this year's amount and each later year's, summed
        rate, years = b.num("growth_rate_year", None, record=False), round(period / 12)
        total = sum(start * (1 + rate) ** k for k in range(years))
        b.fig(base + "_cumulative", total, reg.unit if reg else "", b.tr("fig.cumulative", years=years))
        b.step(b.tr("step.cumulative", start=show(start), rate=rate, years=years, total=show(total)))
        tail += b.tr("head.cumulative", years=years, total=show(total))
        cumulative = total
    price_key = "price_cny" if base == "budget_cny" else "price_usd"
    box_key = "server_price_cny" if base == "budget_cny" else "server_price_usd"

    def spent_on_hardware() -> float:
        """The money the grown budget puts into hardware: its years summed when asked, else the grown amount
        (or its increase alone), times the share said to go on cards."""
        spent = cumulative if cumulative is not None else \
            start * (f - 1) if b.flag("spend_increment") else start * f
        if b.has("budget_share"):        # ("全部用于采购", "half of it on GPUs": the share spent on cards)
            spent *= b.num("budget_share", None)
        return spent

    if base in ("budget_usd", "budget_cny") and b.has(box_key) and not b.has(price_key):
        # "capex ~$250bn, growing high-20s% y/y. Over 3 years, if half goes to GB200 NVL72 at $3.5m a rack,
        # how many racks cumulatively?": the boxes the grown (or summed) budget buys at the stated price
        acc, price = b.accelerator(), b.num(box_key, None)
        spent = spent_on_hardware()
        n = math.floor(spent / price + 1e-9)
        word = b.tr("word.racks") if b.rack(acc) is not None else b.tr("word.servers")
        b.fig("servers", n, "servers", b.tr("fig.boxes_bought_grown", boxes=word))
        b.step(b.tr("step.boxes_bought_grown", spent=show(spent), price=show(price), n=n, boxes=word))
        tail += b.tr("head.boxes_bought_grown", n=b.h(n), boxes=word, spent=show(spent))
    if base in ("budget_usd", "budget_cny") and b.has(price_key) and b.has("accelerator"):
        # "今年基数1200亿元，同比增长50%，若增量部分全部用于采购H20（单卡11万元），对应新增多少张": the
        # cards the grown budget (or its increase alone) buys at the stated price
        acc, price = b.accelerator(), b.num(price_key, None)
        spent = spent_on_hardware()
        n = math.floor(spent / price + 1e-9)
        b.fig("gpus", n, "GPUs", b.tr("fig.gpus_bought_grown", acc=acc.short))
        b.step(b.tr("step.gpus_bought_grown", spent=show(spent), price=show(price), n=n))
        tail += b.tr("head.gpus_bought_grown", n=b.h(n), acc=acc.short, spent=show(spent),
                     part=b.tr("word.the_increase") if b.flag("spend_increment") else "")
    if util != 1.0:
        return b.result("growth", b.tr("head.grown_busy", end=show(start * f), what=what, months=period,
                                       stated=show(stated), util=util,
                                       fx=f"{f:,.3g}" if f < 1000 else b.h(f)))
    if base in ("gpus", "servers") and not float(round(start * f, 6)).is_integer():
        # ("2 L4s today … +40% a year, how many cards in 3 years?": whole cards, 5.49 rounded up to 6)
        whole = math.ceil(round(start * f, 6))
        return b.result("growth", b.tr("head.grown_whole", end=b.h(whole), exact=show(start * f), what=what,
                                       months=period, start=show(start),
                                       fx=f"{f:,.3g}" if f < 1000 else b.h(f)) + tail)
    return b.result("growth", b.tr("head.grown", end=show(start * f), what=what, months=period,
                                   start=show(start), fx=f"{f:,.3g}" if f < 1000 else b.h(f)) + tail)


def _doubling_from(b: Builder, f: float, period: float, what: str) -> Result:
    """The doubling time implied by growing f-fold in `period` months."""
    d = period / math.log2(f)
    b.step(b.tr("step.doubling_from", f=f, period=period, d=d))
    b.fig("growth_factor", f, "x", b.tr("fig.growth_over_period"))
    b.fig("doubling_months", d, "months", b.tr("fig.doubling_time"))
    b.fig("monthly_growth_factor", f ** (1 / period), "x", b.tr("fig.growth_per_month"))
    year = f ** (12 / period)
    b.fig("annual_growth_factor", year, "x", b.tr("fig.growth_per_year"))
    b.step(b.tr("step.annualized", f=f, period=period, year=year))
    # (a rate in percent where it reads as one: "10x in 6 years" is 46.8% a year, not "999,900%")
    annual = "" if not b.flag("asks_annualized") else \
        b.tr("head.annualized_pct" if year <= 10 else "head.annualized", year=b.h(year), pct=year - 1)
    # ("grow 50x within 3 yrs. Today we run 40 A100 80GB … card count at the end": the stated quantity then)
    return b.result("growth", b.tr("head.doubling", d=d, days=d * 30.4375, what=what) + annual
                    + ("" if b.has("users_to") else _base_then(b, f, period)))


def convert(b: Builder) -> Result:
    if not (b.has("capacity_flops") or b.has("gpus") or b.has("servers") or b.has("accelerator")) and (
            b.has("model") or b.has("params") or b.has("active_params")):
        return _flops_per_token(b)
    acc = b.accelerator()
    b.read.add("precision")
    precision = str(b.req.params.get("precision", "fp16"))
    b.assume("precision", precision.upper(), "", b.req.origin("precision") or "default",
             b.tr("label.precision_compare"))
    peak, used = acc.peak_tflops(precision)
    if b.has("gpu_tflops"):                # "if Gaudi 2 does about 430 TFLOPS in practice"
        peak = b.num("gpu_tflops", None)
    sustained = 1.0
    for share in ("utilization", "mfu"):   # "10 PFLOPS sustained at 50% util": what each sustains
        if b.has(share) and not b.flag("per_dollar"):
            sustained = b.num(share, None)
            b.step(b.tr("step.sustained_peak", peak=peak, u=sustained, tf=peak * sustained,
                        prec=used.upper()))
            break
    if b.has("capacity_flops") and b.has("factor") and not b.has("match_accelerator"):
        # "2027年全球算力需求翻三倍，现在是5 ZFLOPS，届时要多少张GB200？": the capacity grown first
        f = b.num("factor", None)
        if b.has("year"):
            b.read.add("year")             # the date of that growth
        grown = b.num("capacity_flops", None) * f
        b.step(b.tr("step.grown", label=registry.label("capacity_flops", b.lang),
                    before=f"{grown / f:.3g}", f=f, after=f"{grown:.3g}"))
        b.req = replace(b.req, params=MappingProxyType({**b.req.params, "capacity_flops": grown}))
    if b.has("capacity_flops") and b.has("year"):
        b.read.add("year")                 # "到2027年…将达到1200 EFLOPS": the date of that capacity
    if b.has("capacity_flops") and (b.has("model") or b.has("params")) and not (
            b.has("match_accelerator") or b.has("gpus") or b.has("servers")):
        return _tokens_from_capacity(b)
    if b.has("capacity_flops"):
        peak *= sustained                  # sized on what each accelerator sustains
    if b.flag("per_dollar"):               # "TFLOPS per dollar": peak over the chip's price
        from calc.costs import unit_prices
        usd, _ = unit_prices(b, acc)
        if usd is None:
            raise CalcError("missing_input", "err.no_price", hint_key="hint.try", acc=acc.short,
                            param="price_usd")
        if b.flag("memory_per_dollar"):
            return _memory_per_dollar(b, acc, usd, precision)
        per = peak / usd * 1000
        b.fig("tflops_per_kusd", per, "TFLOPS", b.tr("fig.tflops_per_kusd", prec=used.upper()))
        b.step(b.tr("step.tflops_per_kusd", peak=peak, prec=used.upper(), usd=usd, per=per))
        return b.result("convert", b.tr("head.tflops_per_kusd", per=per, prec=used.upper(),
                                        acc=acc.short, usd=usd))
    if b.has("match_accelerator") and not b.has("capacity_flops"):
        return _match(b, acc, precision, peak, used)
    if not b.has("capacity_flops"):
        gpus = b.count_gpus(acc) if (b.has("gpus") or b.has("servers") or b.has("server")) \
            else b.num("gpus", 1)          # "how many TFLOPS does an H100 do": one
        cap = gpus * peak * 1e12
        b.step(b.tr("step.capacity", gpus=gpus, peak=peak, acc=acc.short, prec=used.upper(),
                    cap=cap))
        b.fig("flops", cap, "FLOP/s", b.tr("fig.capacity"))
        # "… at $8k used: all told, and TFLOPS?"; "256 chips rent for $1.20 per chip-hour; for 2 weeks the
        # bill, and the TFLOPS?"
        cost = _power_of(b, acc, gpus) + _cost_of(b, acc, gpus) + _rent_of(b, acc, gpus)
        if sustained < 1:                      # "… peak PFLOPS? and at 35% util": both
            b.fig("flops_sustained", cap * sustained, "FLOP/s", b.tr("fig.sustained_at", u=sustained))
            held = cap * sustained
            amount = f"{held / 1e18:,.3g} EFLOPS" if held >= 1e18 else f"{held / 1e15:,.4g} PFLOPS"
            cost = b.tr("head.sustained", amount=amount, u=sustained) + cost
        if b.has("days") and b.flag("asks_flops") and not (b.has("rent_usd_per_hour")
                                                         or b.has("rent_cny_per_hour")):
            # "100k H100s for 90 days: how many FLOPs at 40% MFU?": the rate over the days
            days = b.num("days", None)
            total = cap * sustained * days * 86400
            b.fig("train_flops", total, "FLOPs", b.tr("fig.flops_in_days", days=days))
            b.step(b.tr("step.flops_in_days", rate=cap * sustained, days=days, total=total))
            cost = b.tr("head.flops_in_days", total=total, days=days) + cost
        if cap < 1e16:                     # one GPU or a few: TFLOPS, not 0.00198 EFLOPS
            return b.result("convert", b.tr("head.capacity_tf", tf=cap / 1e12, gpus=gpus,
                                            acc=acc.short, prec=used.upper()) + cost)
        if cap < 1e18:
            return b.result("convert", b.tr("head.capacity_pf", pf=cap / 1e15, gpus=gpus,
                                            acc=acc.short, prec=used.upper()) + cost)
        return b.result("convert", b.tr("head.capacity", ef=cap / 1e18, gpus=gpus,
                                        acc=acc.short, prec=used.upper()) + cost)
    cap = b.num("capacity_flops", None)
    n = _gpus_for(b, acc, cap, peak, used)
    racks = ""
    if b.has("server") or b.has("gpus_per_server"):
        # "one GB200 NVL72 rack in exaflops, and how many racks to hit 1 zettaFLOPS?": in racks too
        per = b.gpus_per_server(acc)
        b.read.add("servers")
        b.fig("server_flops", per * peak * 1e12, "FLOP/s", b.tr("fig.server_flops", n=per))
        b.fig("servers", math.ceil(n / per), "servers", b.tr("fig.servers_of", n=per))
        b.step(b.tr("step.server_flops", n=per, peak=peak, cap=per * peak * 1e12,
                    servers=math.ceil(n / per)))
        racks = b.tr("head.in_racks", servers=b.h(math.ceil(n / per)), n=per,
                     one=f"{per * peak / 1e6:,.3g}")
    return b.result("convert", b.tr("head.convert", n=b.h(n), acc=acc.short,
                                    ef=cap / 1e18, prec=used.upper()) + racks + _power_of(b, acc, n)
                    + _cost_of(b, acc, n) + _rent_of(b, acc, n))


def _flops_per_token(b: Builder) -> Result:
    """"MoE模型总参数6710亿、激活370亿，fp8推理每token需要多少算力？": about 2 FLOPs per active
    parameter for each generated token, 6 for each trained one (the attention over a long context
    adds more, said so)."""
    model = b.model()
    b.read.add("precision")                # the format changes the bytes moved, not the FLOPs
    active = model.active_b * 1e9
    b.fig("flops_per_token", 2 * active, "FLOPs", b.tr("fig.flops_per_token"))
    b.fig("train_flops_per_token", 6 * active, "FLOPs", b.tr("fig.train_flops_per_token"))
    b.step(b.tr("step.flops_per_token", active=fmt_params(active), f=2 * active, t=6 * active))
    b.notes.append(b.tr("note.flops_per_token"))
    return b.result("convert", b.tr("head.flops_per_token", f=2 * active, model=model.short,
                                    active=fmt_params(active), t=6 * active))


def _tokens_from_capacity(b: Builder) -> Result:
    """"集群总算力2 EFLOPS，利用率60%，Llama 2 13B一天能处理多少token？": generating a token takes
    about 2 FLOPs per active parameter, so the capacity used over that is a compute-bound
    ceiling on tokens per second (serving is usually memory-bound and lower; said so)."""
    model = b.model()
    cap = b.num("capacity_flops", None)
    share = "utilization" if b.has("utilization") else "mfu" if b.has("mfu") else "utilization"
    util = b.num(share, 1.0, label=b.tr("label.capacity_share"))
    flops_per_token = 2 * model.active_b * 1e9
    tps = cap * util / flops_per_token
    days = b.num("days", 1, record=b.has("days"))
    tokens = tps * 86_400 * days
    b.step(b.tr("step.capacity_tokens", cap=cap, util=util, params=model.active_b, tps=tps))
    b.step(b.tr("step.tokens_in_days", tps=tps, days=days, tokens=tokens))
    b.fig("tokens_per_s", tps, "tokens/s", b.tr("fig.capacity_tokens_per_s"))
    b.fig("tokens_in_period", tokens, "tokens", b.tr("fig.tokens_in_days", days=days))
    b.notes.append(b.tr("note.compute_bound_tokens"))
    period = b.tr("word.a_day") if days == 1 else b.tr("word.in_days", days=days)
    head = b.tr("head.capacity_tokens", tokens=b.h(tokens), period=period, tps=b.h(tps), model=model.short,
                cap=cap / 1e18, util=util)
    if b.has("output_tokens") or b.has("queries_per_user") or b.has("tokens_per_user_day"):
        # "平均每次请求输出300 tokens，一天能撑多少次请求？", "how many DAU … at 10 queries/user/day":
        # the day's tokens as requests of the stated length, and as users at the stated use
        per_day = tps * 86_400
        if b.has("tokens_per_user_day"):
            users = per_day / b.num("tokens_per_user_day", None)
            b.fig("users", users, "users", b.tr("fig.users_supported"))
            return b.result("convert", head + b.tr("head.and_users", users=b.h(users)))
        # (a prompt token costs about the same 2 FLOPs per parameter as a generated one)
        lout = b.num("output_tokens", 500) + (b.num("input_tokens", None) if b.has("input_tokens") else 0.0)
        b.fig("queries_per_day", per_day / lout, "queries", b.tr("fig.queries_a_day"))
        b.step(b.tr("step.requests_of_tokens", tokens=per_day, lout=lout, q=per_day / lout))
        head += b.tr("head.and_requests", q=b.h(per_day / lout))
        if b.has("queries_per_user"):
            users = per_day / lout / b.num("queries_per_user", None)
            b.fig("users", users, "users", b.tr("fig.users_supported"))
            head += b.tr("head.and_users", users=b.h(users))
    return b.result("convert", head)


def _rent_of(b: Builder, acc: Accelerator, n: float) -> str:
    """"… 5 EFLOPS: how many B200s, and rough rental at $5.50/hr?": those accelerators rented for the
    period stated, a month if none is."""
    if not (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        return ""
    from calc.costs import rent_rate
    rate = rent_rate(b, acc) or 0.0
    days = b.num("days", 30.4375, label=b.tr("label.period_default_month"))
    b.fig("cost_usd", n * rate * 24 * days, "US$", b.tr("fig.rental_total", days=days))
    b.step(b.tr("step.rental", gpus=n, rate=rate, days=days, total=n * rate * 24 * days))
    return b.tr("head.rent_for", money=b.tr("money.usd", usd=b.h(n * rate * 24 * days)), days=days)


def _cost_of(b: Builder, acc: Accelerator, n: float) -> str:
    """"… and at $30k each, what does it cost?": the purchase of those accelerators."""
    if not any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        return ""
    from calc.costs import capex
    if b.has("server") and (b.has("server_price_usd") or b.has("server_price_cny")):
        n = math.ceil(n / b.gpus_per_server(acc)) * b.gpus_per_server(acc)   # whole servers bought
    capex(b, acc, n)
    usd, rmb = b.value_of("cost_usd"), b.value_of("cost_cny")
    if not usd:
        return ""
    money = b.tr("money.cny_usd" if b.req.params.get("currency") == "cny" else "money.usd_cny",
                 usd=b.h(usd), cny=b.h(rmb))
    return b.tr("head.for_money", money=money)


def _power_of(b: Builder, acc: Accelerator, n: float) -> str:
    """"… and the power at 1.2 kW per GPU?": the facility power of those accelerators."""
    if not (b.has("watts_per_gpu") or b.has("watts_per_server") or b.flag("asks_power")):
        return ""
    from calc.costs import fleet_power
    mw, p = fleet_power(b, acc, n)
    if b.flag("asks_bill") or b.flag("asks_kwh") or b.has("electricity_usd_per_kwh") or \
            b.has("electricity_cny_per_kwh"):
        # "… and how much electricity per year at 700 watts each?": the energy and its bill too
        from calc.costs import electricity_over
        days, kwh, price = electricity_over(b, mw)
        b.step(b.tr("step.bill", mw=mw, hours=days * 24, kwh=kwh, price=price, cost=kwh * price))
    return b.tr("head.and_power", mw=mw, pue=p)


def _gpus_for(b: Builder, acc: Accelerator, cap: float, peak: float, used: str) -> int:
    """The accelerators whose dense peak adds up to `cap` FLOP/s (figures and step)."""
    n = cap / (peak * 1e12)
    b.step(b.tr("step.convert", cap=cap, peak=peak, acc=acc.short, prec=used.upper(), n=n))
    b.fig("gpus", math.ceil(n), "GPUs", b.tr("fig.at_dense", acc=acc.short, prec=used.upper()))
    b.fig("flops", cap, "FLOP/s", b.tr("fig.capacity"))
    b.notes.append(b.tr("note.mixed_precisions"))
    return math.ceil(n)


def _match(b: Builder, acc: Accelerator, precision: str, peak: float, used: str) -> Result:
    """How many of one accelerator equal N of another in dense FLOP/s at one precision."""
    b.read.add("match_accelerator")
    other = b.cat.accelerators[str(b.req.params["match_accelerator"])]
    b.assume("match_accelerator", other.short, "", "question", registry.label(
        "match_accelerator", b.lang), other.source)
    gpus = b.count_gpus(other)
    if b.has("factor"):                    # "demand grows 2.5x": the yardstick fleet grown
        f = b.num("factor", None)
        if b.has("period_months") and not (b.has("growth_rate_year") or b.has("doubling_months")):
            b.num("period_months", None)   # ("grow 100x over the next five years": the factor's horizon)
        b.step(b.tr("step.grown", label=registry.label("gpus", b.lang), before=b.h(gpus), f=f,
                    after=b.h(gpus * f)))
        gpus *= f
    elif (b.has("growth_rate_year") or b.has("doubling_months")) and b.has("period_months"):
        # "150% a year; 5,000 H100-equivalents today: in 2028, and in B200s?": grown, then matched
        from calc.projection import growth_factor
        months = b.num("period_months", None)
        got = growth_factor(b.req.params, months)
        if got is not None:
            f, how = got
            b.read.add(how)
            b.step(b.tr("step.grown", label=registry.label("gpus", b.lang), before=b.h(gpus),
                        f=f, after=b.h(gpus * f)))
            gpus *= f
    if b.has("speedup"):
        # "Gaudi 3 delivers 1.5x an H100's throughput: how many replace 300?": the stated ratio
        k = b.num("speedup", None)
        faster = b.req.params.get("speedup_fast") == other.id
        n = math.ceil(round(gpus * k if faster else gpus / k, 6))
        b.step(b.tr("step.by_speedup_mul" if faster else "step.by_speedup_div", m=gpus, other=other.short,
                    k=k, n=n, acc=acc.short))
        gain = mfu_gain_factor(b)
        if gain != 1.0:
            # "H100 比 A100 快 3 倍，MFU 还能再提高 10%": the new cards also reach more of their peak
            before = n
            n = math.ceil(round((gpus * k if faster else gpus / k) / gain, 6))
            b.step(b.tr("step.mfu_gain_cards", n=before, gain=gain, out=n))
        b.fig("gpus", n, "GPUs", b.tr("fig.gpus_of", acc=acc.short))
        b.notes.append(b.tr("note.by_speedup"))
        if b.has("model"):
            # "L40S runs our Qwen2.5 7B workload 1.3x faster": the ratio is that model's, said so
            b.read.update({"model", "precision"})
            b.notes.append(b.tr("note.speedup_of_model", k=k, model=b.model().short))
        for name in ("params", "precision", "observed_tokens_per_s_per_gpu"):
            if b.has(name) and name not in b.read:   # the stated ratio already is the workload's
                b.set_aside(name, "unused.by_speedup", k=k)
        units = str(b.req.params.get("speedup_units", ""))
        if units and b.has("server"):
            # "a GB200 NVL72 rack does 3x an HGX H100 server; 8 racks: how many servers?"
            counted, count, stated_k = units.split(":")
            b.read.update({"server", "gpus_per_server"})
            per = b.gpus_per_server(acc)
            boxes = math.ceil(n / per)
            b.fig("servers", boxes, "servers", b.tr("fig.servers_of", n=per))
            return b.result("convert", b.tr("head.by_speedup_units", boxes=b.h(boxes),
                                            server=_short(b.cat.servers[str(b.req.params["server"])].name),
                                            n=b.h(n), acc=acc.short, count=count,
                                            other=_short(b.cat.servers[counted].name), k=float(stated_k)))
        fast, slow = (other, acc) if faster else (acc, other)
        rents = _rents_matched(b, acc, other, gpus, n, 1 / k if faster else k)
        if rents:
            return b.result("convert", b.tr("head.by_speedup", n=b.h(n), acc=acc.short, m=b.h(gpus),
                                            other=other.short, k=k, fast=fast.short, slow=slow.short) + rents)
        cost = _cost_of(b, acc, n)
        return b.result("convert", b.tr("head.by_speedup", n=b.h(n), acc=acc.short, m=b.h(gpus),
                                        other=other.short, k=k, fast=fast.short, slow=slow.short)
                        + (b.tr("head.match_mfu_gain", pct=gain - 1) if gain != 1.0 else "")
                        + _in_servers(b, acc, n) + _power_of(b, acc, n) + cost
                        + (_yardstick_cost(b, other, gpus) if cost
                           else _matched_parity(b, acc, other, gpus, n)))
    from calc.inference import serving_match
    served = serving_match(b, acc, other, gpus)
    if served is not None:                 # a model stated: matched on its serving throughput
        n, model = served
        b.fig("gpus", n, "GPUs", b.tr("fig.gpus_of", acc=acc.short))
        head = b.tr("head.match_serving", n=b.h(n), acc=acc.short, m=b.h(gpus), other=other.short,
                    model=model.short)
        cost = _cost_of(b, acc, n)
        return b.result("convert", head + _power_of(b, acc, n) + cost
                        + (_yardstick_cost(b, other, gpus) if cost else ""))
    if b.has("observed_tokens_per_s_per_gpu"):
        # a rate measured on one accelerator says nothing of another without the model it ran
        b.set_aside("observed_tokens_per_s_per_gpu", "unused.match_rate_no_model", other=other.short,
                    acc=acc.short)
    peak_o, used_o = other.peak_tflops(precision)
    cap = gpus * peak_o * 1e12
    b.step(b.tr("step.capacity", gpus=gpus, peak=peak_o, acc=other.short, prec=used_o.upper(),
                cap=cap))
    gain = mfu_gain_factor(b)
    if gain != 1.0:
        # "改用 H100 且 MFU 提升 10%，同样时长要多少张": the new cards reach more of their peak
        b.step(b.tr("step.mfu_gain_cap", cap=cap, gain=gain, out=cap / gain))
        cap /= gain
    n = _gpus_for(b, acc, cap, peak, used)
    if b.has("input_tokens") and b.num("input_tokens", None, record=False) >= 4 * b.num(
            "output_tokens", 500, record=False) and b.num("input_tokens", None, record=False) >= 2000:
        # "moving to H200 - how many cards for the same throughput on 20k prompts?": a workload of long
        # prompts is mostly prefill, which is compute-bound, so FLOP/s is the measure that carries over
        b.notes.append(b.tr("note.match_prefill", lin=b.num("input_tokens", None)))
        if b.has("output_tokens"):
            b.read.add("output_tokens")
    head = b.tr("head.match", n=b.h(n), acc=acc.short, m=b.h(gpus), other=other.short,
                prec=used.upper())
    if gain != 1.0:
        head += b.tr("head.match_mfu_gain", pct=gain - 1)
    # "… how many H200s, and the budget at 22万元 each?": the matched count's cost and power
    cost = _cost_of(b, acc, n)
    power = _power_of(b, acc, n)
    return b.result("convert", head + _in_servers(b, acc, n) + power
                    + (_yardstick_power(b, other, gpus) if power else "") + cost
                    + (_yardstick_cost(b, other, gpus) if cost else ""))


def _rents_matched(b: Builder, acc: Accelerator, other: Accelerator, gpus: float, n: float,
                   rel: float) -> str:
    """"H200 is 1.6x faster than H100 … 40k labels a day on 2 H100s now. H200 rents for $3.50/hr, H100 for
    $2.40/hr - which works out cheaper per label?": both fleets at their own rents, an hour and per request
    of the day's, and the work a dollar of rent buys on each (`rel`: one new card's work in old cards); ""
    when the two rents are not both said."""
    cur = "usd" if b.has("match_rent_usd_per_hour") else "cny" if b.has("match_rent_cny_per_hour") else None
    if cur is None or not b.has(f"rent_{cur}_per_hour"):
        return ""
    new_rate = b.num(f"rent_{cur}_per_hour", None)
    old_rate = b.num(f"match_rent_{cur}_per_hour", None)
    new_hour, old_hour = n * new_rate, gpus * old_rate
    unit = "RMB" if cur == "cny" else "US$"
    money = "money.cny_only" if cur == "cny" else "money.usd"
    b.fig(f"rent_per_hour_{cur}", new_hour, unit, b.tr("fig.rent_hour_of_count"))
    b.fig(f"rent_per_hour_matched_{cur}", old_hour, unit, b.tr("fig.rent_hour_matched", acc=other.short))
    per_dollar = rel * old_rate / new_rate
    b.fig("work_per_rent_ratio", per_dollar, "x", b.tr("fig.work_per_rent", acc=acc.short, other=other.short))
    b.step(b.tr("step.rents_matched", n=n, acc=acc.short, rate=new_rate, hour=new_hour, m=gpus,
                other=other.short, old_rate=old_rate, old_hour=old_hour))
    head = b.tr("head.rents_matched", new=b.tr(money, usd=f"{new_hour:,.3g}", cny=f"{new_hour:,.3g}"),
                old=b.tr(money, usd=f"{old_hour:,.3g}", cny=f"{old_hour:,.3g}"), m=b.h(gpus),
                other=other.short)
    if b.has("queries_per_day"):
        per_day = b.num("queries_per_day", None)
        new_each, old_each = new_hour * 24 / per_day, old_hour * 24 / per_day
        b.fig(f"rent_per_request_{cur}", new_each, unit, b.tr("fig.rent_per_request", acc=acc.short))
        b.fig(f"rent_per_request_matched_{cur}", old_each, unit,
              b.tr("fig.rent_per_request", acc=other.short))
        head += b.tr("head.rents_per_request",
                     new=b.tr(money, usd=f"{new_each:,.3g}", cny=f"{new_each:,.3g}"),
                     old=b.tr(money, usd=f"{old_each:,.3g}", cny=f"{old_each:,.3g}"), per_day=b.h(per_day))
    return head + b.tr("head.work_per_rent", acc=acc.short, other=other.short, r=per_dollar)


def _matched_parity(b: Builder, acc: Accelerator, other: Accelerator, gpus: float, n: float) -> str:
    """"how many H200 to match 16 H100? and if H100 goes for $25k each what should the H200 cost to be
    worth it": only the matched card priced; the matched fleet's cost, and the new card's price at which
    its n cost the same."""
    said = next((st for st in b.req.stated if st.param in ("match_price_usd", "match_price_cny")
                 and st.note == ""), None)
    if said is None or not isinstance(said.value, float) or n <= 0:
        return ""
    cny = said.param == "match_price_cny"
    b.read.add(str(said.param))
    old = gpus * said.value
    unit = "RMB" if cny else "US$"
    b.fig("capex_matched_cny" if cny else "capex_matched_usd", old, unit,
          b.tr("fig.capex_matched", n=b.h(gpus), acc=other.short))
    b.step(b.tr("step.capex_matched", n=gpus, acc=other.short, price=said.value, cost=old))
    money = "money.cny_only" if cny else "money.usd"
    spent = b.tr(money, usd=b.h(old), cny=b.h(old))
    if not b.flag("asks_payback"):
        head = b.tr("head.matched_at_price", n=b.h(gpus), acc=other.short, money=spent)
        if b.flag("asks_deal"):
            # ("买200张MI355X相当于多少张H100，每张MI355X按2.8万美元算划算吗": the cards that match them, at
            # the catalog's price, against the ones priced)
            # (unit_prices gives both currencies, the one missing converted)
            from calc.costs import unit_prices
            usd, rmb = unit_prices(b, acc)
            each = rmb if cny else usd
            if each:
                theirs = n * each
                b.fig("capex_cny" if cny else "capex_usd", theirs, unit,
                      b.tr("fig.capex_of", n=b.h(n), acc=acc.short))
                b.step(b.tr("step.capex_matched", n=n, acc=acc.short, price=each, cost=theirs))
                head += b.tr("head.matched_cheaper" if old < theirs else "head.matched_dearer", n=b.h(n),
                             acc=acc.short, money=b.tr(money, usd=b.h(theirs), cny=b.h(theirs)),
                             other=other.short)
        return head
    even = old / n
    b.fig("break_even_price_cny" if cny else "break_even_price_usd", even, unit,
          b.tr("fig.break_even_price", target=acc.short))
    b.step(b.tr("step.parity_of_match", cost=old, n=n, acc=acc.short, even=even))
    return b.tr("head.matched_parity", n=b.h(gpus), other=other.short, money=spent, m=b.h(n), acc=acc.short,
                even=b.tr(money, usd=b.h(even), cny=b.h(even)))


def _yardstick_power(b: Builder, other: Accelerator, gpus: float) -> str:
    """"把2000张A100换成H200，同样算力要几张？省多少电？": the replaced fleet's power beside the new
    one's, so the saving is read off. Only at catalogued watts: a wattage the question states is
    one card's, and which one it would be is not said."""
    if b.has("watts_per_gpu") or b.has("watts_per_server"):
        return ""
    new_mw = b.value_of("power_mw")
    if new_mw <= 0:
        return ""
    server = next((s for s in b.cat.servers.values() if s.gpu == other.id), None)
    watts = server.power_w / server.gpus if server is not None else other.tdp_w * b.cat.rates.server_overhead
    p = b.num("pue", b.cat.rates.pue, origin="catalog", source=b.cat.rates.power_source)
    old_mw = gpus * watts * p / 1e6
    b.fig("power_mw_replaced", old_mw, "MW", b.tr("fig.power_replaced", m=b.h(gpus), other=other.short))
    b.step(b.tr("step.fleet_power", gpus=gpus, watts=watts, it_mw=gpus * watts / 1e6, pue=p, mw=old_mw))
    return b.tr("head.power_against_less" if new_mw <= old_mw else "head.power_against_more",
                mw=old_mw, m=b.h(gpus), other=other.short, diff=power_text(abs(old_mw - new_mw), b.lang))


def _yardstick_cost(b: Builder, other: Accelerator, gpus: float) -> str:
    """"… is it cheaper at $23k per MI355X vs $25k per H100?": the matched fleet at the price said for
    its card, beside the new one's purchase (in the first price's currency)."""
    # (the price said right before the matched card's name: "$25k per H100")
    names = [st.start for st in b.req.stated if st.param == "match_accelerator" and st.value == other.id]
    prices = [st for st in b.req.stated if st.note == "duplicate" and st.param in ("price_usd", "price_cny")]
    said = next((st for st in prices if any(0 <= at - st.end <= 10 for at in names)), None)
    first = next((st for st in b.req.stated if st.note == "" and st.param in ("price_usd", "price_cny")),
                 None)
    mine = [st.start for st in b.req.stated if st.param == "accelerator" and st.value == b.accelerator().id]
    if said is None and first is not None and len(prices) == 1 and names and mine and min(mine) < min(names) \
            and prices[0].param == first.param and 0 <= prices[0].start - first.end <= 12 \
            and not any(first.end <= st.start < prices[0].start for st in b.req.stated):
        # ("How many MI300X to match 10,000 H100 … capex difference at $17k versus $28k per unit?": two prices
        # side by side, in the order the two cards were named)
        said = prices[0]
    # (the matched card's price read as its own: "B200单价按38万元、H100按22万算",
    # calc/options._prices_of_pair)
    said = next((st for st in b.req.stated if st.param in ("match_price_usd", "match_price_cny")
                 and st.note == ""), said)
    cny = said is not None and said.param in ("price_cny", "match_price_cny")
    new = b.value_of("cost_cny" if cny else "cost_usd")
    if said is None or not new:
        return ""
    if said.param in ("match_price_usd", "match_price_cny"):
        b.read.add(str(said.param))
    old = gpus * b.claim(said)
    b.fig("capex_matched_cny" if cny else "capex_matched_usd", old, "RMB" if cny else "US$",
          b.tr("fig.capex_matched", n=b.h(gpus), acc=other.short))
    b.step(b.tr("step.capex_matched", n=gpus, acc=other.short, price=float(said.value or 0), cost=old))
    money = b.tr("money.cny_only" if cny else "money.usd", usd=b.h(old), cny=b.h(old))
    same = abs(new - old) <= 1e-9 * max(abs(new), abs(old), 1.0)
    return b.tr("head.capex_matched_same" if same else "head.capex_matched_less" if new < old
                else "head.capex_matched_more", n=b.h(gpus),
                new=b.accelerator().short,
                acc=other.short, money=money)


def _in_servers(b: Builder, acc: Accelerator, n: float) -> str:
    """"how many GB200 NVL72 racks would match it?": the matched cards in whole servers."""
    if not b.has("server"):
        return ""
    per = b.gpus_per_server(acc)
    b.read.add("server")
    b.fig("servers", math.ceil(n / per), "servers", b.tr("fig.servers_of", n=per))
    return b.tr("head.in_servers", servers=b.h(math.ceil(n / per)), n=per)


def _short(server_name: str) -> str:
    """"NVIDIA DGX/HGX H100 (8x H100 SXM)" -> "DGX/HGX H100"."""
    return re.sub(r"^NVIDIA\s+|\s*\(.*\)$", "", server_name)


# a year said as the prices' date ("按2025年的价格", "at 2023 prices"), not a year things ship in
_PRICES_OF = rx.compile(r"price|pricing|价格|价|prices|cost|成本")


def memory(b: Builder) -> Result:
    res = _memory(b)
    if b.flag("asks_which_card") and not (
            b.has("accelerator") or b.has("server") or b.has("hbm_gb_per_gpu")) \
            and b.has("model"):
        res = _which_cards(b, res)
    if b.has("year") and "year" not in b.read and any(
            s.param == "year" and _PRICES_OF.search(s.text) for s in b.req.stated):
        # ("按2025年的价格，B200一张192GB HBM光显存成本多少"): the memory prices' date, the catalog's or the
        # question's own prices; any other year is one the catalog has no prices for
        own = any(b.has(k) for k in ("dram_usd_per_gb", "hbm_usd_per_gb"))
        b.prices_dated(own, b.cat.rates.memory_as_of,
                       priced=any(k in b.read for k in ("dram_usd_per_gb", "hbm_multiple", "hbm_usd_per_gb")))
    if b.has("replicas") and (per := b.value_of("gpus")) and not b.has("gpus"):
        # "TP 开多少合适？要 4 个副本的话总共几张卡": the cards one copy needs, times the copies
        if b.has("tensor_parallel") and b.num("tensor_parallel", None, record=False) >= per:
            per = b.num("tensor_parallel", None)
        n = b.num("replicas", None)
        acc = b.accelerator()
        b.fig("gpus_all_replicas", n * per, "GPUs", b.tr("fig.gpus_all_replicas"))
        b.step(b.tr("step.gpus_all_replicas", n=n, per=per, total=n * per, acc=acc.short))
        res = replace(res, headline=res.headline + b.tr("head.gpus_all_replicas", n=n, per=per, total=n * per,
                                                         acc=acc.short), figures=tuple(b.figures),
                      steps=tuple(b.steps))
    if b.has("tensor_parallel") and b.req.params.get("tensor_parallel") == b.req.params.get("gpus"):
        b.read.add("tensor_parallel")    # "2 张 H100 做 TP2 够吗": the same two cards, one replica
    if b.has("hbm_usd_per_gb") and (b.has("model") or b.has("params")) and "hbm_usd_per_gb" not in b.read:
        # "MI325X has 256GB each. If HBM runs about $12/GB, how much of the card is memory? And how many of
        # them to hold DeepSeek-V3?": one card's memory priced, beside the fit
        acc = b.accelerator()
        mem = b.num("hbm_gb_per_gpu", acc.mem_gb, origin="catalog", source=acc.source)
        per_gb = b.num("hbm_usd_per_gb", None)
        b.fig("hbm_cost_per_card_usd", mem * per_gb, "US$", b.tr("fig.hbm_direct", per_gb=per_gb))
        b.step(b.tr("step.hbm_direct", hbm=mem, per_gb=per_gb, cost=mem * per_gb))
        tail = b.tr("head.hbm_per_card", mem=mem, per_gb=per_gb,
                    cost=b.tr("money.usd", usd=b.h(mem * per_gb)))
        tail += _share_of_listed_price(b, acc, mem * per_gb, 1.0)
        res = replace(res, headline=res.headline + tail, figures=tuple(b.figures), steps=tuple(b.steps))
    if (bought := servers_bought(b, counted=False)):
        # ("想买一台HGX H200，报价大概二百三十万，加上交换机、机柜啥的按1.2倍，总共多少钱？这台能跑
        # Llama 3.1 405B吗": the fit, and the server's purchase asked beside it)
        res = replace(res, headline=res.headline + bought, figures=tuple(b.figures), steps=tuple(b.steps))
    if (b.has("price_usd") or b.has("price_cny")) and (b.has("model") or b.has("params")):
        # "min # gpus + cost if $9k each": the purchase of the cards the weights need
        acc = b.accelerator()
        n = b.value_of("gpus") or b.count_gpus(acc)
        cost = _cost_of(b, acc, n)
        if cost:
            return replace(res, headline=res.headline + cost, figures=tuple(b.figures))
    return res


def _which_cards(b: Builder, res: Result) -> Result:
    """"What GPU do I need to run Llama 3 70B?": no card named, the answer is sized on the default one; the
    catalog's cards that hold one copy alone, and the fewest of the others, are listed beside it."""
    model = b.cat.model(str(b.req.params["model"]))
    precision = str(b.req.params.get("precision") or model.released_precision or "bf16")
    one: list[str] = []
    more: list[tuple[int, str]] = []
    for acc in sorted(b.cat.accelerators.values(), key=lambda a: (a.mem_gb, a.short)):
        n = min_group(model, acc, precision)
        if n == 1:
            one.append(f"{acc.short} ({acc.mem_gb:g} GB)")
        elif n is not None:
            more.append((n, acc.short))
    if not one and not more:
        return res
    fewest = ", ".join(f"{n} x {name}" for n, name in sorted(more)[:6])
    note = b.tr("note.which_cards", model=model.short, prec=precision.upper(),
                one=", ".join(one) if one else b.tr("word.none"), more=fewest or b.tr("word.none"))
    return replace(res, notes=(*res.notes, note))


def _share_of_listed_price(b: Builder, acc: Accelerator, hbm_cost: float, cards: float, *,
                           step: bool = False) -> str:
    """"MI325X has 256GB each. If HBM runs about $12/GB, how much of the card is memory?": the HBM's cost as a
    share of the cards' catalogued price, when that share is asked and the catalog prices the card (the
    headline's words, else "")."""
    listed = b.cat.price(acc.id)
    if not (b.flag("asks_card_share") and listed is not None and listed.purchase_usd):
        return ""
    price = b.num("price_usd", listed.purchase_usd, label=b.tr("label.price_estimate"), origin="catalog",
                  source=listed.source)
    share = hbm_cost / (cards * price)
    b.fig("hbm_share_of_price", share, "", b.tr("fig.hbm_share"))
    if step:
        b.step(b.tr("step.hbm_share", cost=hbm_cost, price=cards * price, share=share))
    return b.tr("head.hbm_share_listed", share=share, price=b.tr("money.usd", usd=b.h(price)))


def _share_of_stated_price(b: Builder, hbm_cost: float, cards: float) -> tuple[str, float]:
    """"占售价3.5万美元的多少？", "how much of a ¥11万 card is memory? fx 7.2": the memory's share of the
    card's stated price (a price in yuan at the rate): the headline's words and the price in US$."""
    from calc.costs import fx
    price = b.num("price_usd", None) if b.has("price_usd") else b.num("price_cny", None) / fx(b)
    b.fig("hbm_share_of_price", hbm_cost / (cards * price), "", b.tr("fig.hbm_share"))
    b.step(b.tr("step.hbm_share", cost=hbm_cost, price=cards * price, share=hbm_cost / (cards * price)))
    return b.tr("head.hbm_share", share=hbm_cost / (cards * price)), price


def _hbm_per_gb(b: Builder) -> Result:
    """"DRAM is ~$3 a gig and HBM costs 5x more: HBM per GB?": the price of a GB, no card."""
    r = b.cat.rates
    dram = b.num("dram_usd_per_gb", r.dram_usd_per_gb, origin="catalog", source=r.memory_source)
    mult = b.num("hbm_multiple", r.hbm_multiple, origin="catalog", source=r.memory_source)
    b.fig("hbm_usd_per_gb", dram * mult, "US$", b.tr("fig.hbm_per_gb"))
    b.step(b.tr("step.hbm_per_gb", dram=dram, mult=mult, per_gb=dram * mult))
    if b.has("hbm_multiple_high"):
        # "HBM 是 DRAM 的 5 到 8 倍": the price at each end
        hi = b.num("hbm_multiple_high", None)
        b.fig("hbm_usd_per_gb_high", dram * hi, "US$", b.tr("fig.hbm_per_gb"))
        b.step(b.tr("step.hbm_per_gb", dram=dram, mult=hi, per_gb=dram * hi))
        return b.result("memory", b.tr("head.hbm_per_gb_range", lo=dram * mult, hi=dram * hi, mult=mult,
                                       mult_hi=hi, dram=dram))
    return b.result("memory", b.tr("head.hbm_per_gb", per_gb=dram * mult, mult=mult, dram=dram))


def _largest_model(b: Builder, acc: Accelerator) -> Result:
    """"一张4090能跑多大的模型？用int4量化": the parameters whose weights fit in the usable memory of
    the stated cards at the stated precision (the KV cache needs room on top)."""
    precision = str(b.req.params.get("precision", "bf16"))
    b.read.add("precision")
    b.assume("precision", precision.upper(), "", b.req.origin("precision") or "default",
             b.tr("label.precision_weights"))
    if b.has("gpus") or b.has("servers") or b.has("server"):
        gpus = b.count_gpus(acc)
    else:
        gpus = b.num("gpus", 1, label=b.tr("label.one_gpu"),
                     origin="question" if b.flag("one_gpu") else "default")
    mem = b.num("hbm_gb_per_gpu", acc.mem_gb, origin="catalog", source=acc.source)
    usable = gpus * mem * MEMORY_USABLE
    params = usable * 1e9 / BYTES_PER_PARAM[precision]
    b.step(b.tr("step.largest_model", gpus=gpus, mem=mem, usable_pct=MEMORY_USABLE, usable=usable,
                bytes=BYTES_PER_PARAM[precision], prec=precision.upper(), params=fmt_params(params)))
    b.fig("max_params", params, "parameters", b.tr("fig.max_params"))
    b.notes.append(b.tr("note.largest_model"))
    return b.result("memory", b.tr("head.largest_model", params=fmt_params(params), gpus=gpus,
                                   acc=acc.short, prec=precision.upper()))


def _memory(b: Builder) -> Result:
    acc = b.accelerator()
    if b.flag("asks_max_model"):
        return _largest_model(b, acc)
    hbm_price = b.has("hbm_multiple") or b.has("dram_usd_per_gb") or b.has("hbm_usd_per_gb")
    if not (b.has("model") or b.has("params") or b.has("active_params")) and (
            b.has("gpus") or b.has("servers") or hbm_price or b.has("accelerator") or b.has("server")):
        # "how much HBM does an H100 have?": the card's memory, not a default model's fit
        # "the HBM on a B200 at 5x DRAM prices": one accelerator unless a count is stated
        if hbm_price and not b.has("hbm_usd_per_gb") and not any(b.has(k) for k in (
                "gpus", "servers", "accelerator", "server", "hbm_gb_per_gpu", "gpus_per_server")):
            return _hbm_per_gb(b)
        if b.has("gpus") or b.has("servers"):
            gpus = b.count_gpus(acc)
        elif b.has("server") or b.has("gpus_per_server"):
            gpus = b.gpus_per_server(acc)   # "… per rack": one server or rack of them
        else:
            gpus = b.num("gpus", 1)
        mem = b.num("hbm_gb_per_gpu", acc.mem_gb, origin="catalog", source=acc.source)
        hbm = gpus * mem
        b.fig("hbm_gb", hbm, "GB", b.tr("fig.fleet_hbm"))
        b.step(b.tr("step.hbm", gpus=gpus, mem=mem, hbm=hbm))
        if b.has("hbm_usd_per_gb"):          # "HBM at $15/GB": priced directly
            per_gb = b.num("hbm_usd_per_gb", None)
            checked = ""
            if b.has("hbm_multiple") and b.has("dram_usd_per_gb"):
                # "HBM costs 5x DRAM … DRAM $3/GB, HBM $15/GB": the stated multiple checked
                mult, dram_gb = b.num("hbm_multiple", None), b.num("dram_usd_per_gb", None)
                b.step(b.tr("step.hbm_multiple_check", mult=mult, dram=dram_gb, got=mult * dram_gb,
                            per_gb=per_gb))
                # ("… and is the '5x DRAM' line right?": the check in the headline)
                checked = b.tr("head.hbm_multiple_checked", mult=mult, ratio=per_gb / dram_gb)
            b.fig("cost_usd", hbm * per_gb, "US$", b.tr("fig.hbm_direct", per_gb=per_gb))
            b.step(b.tr("step.hbm_direct", hbm=hbm, per_gb=per_gb, cost=hbm * per_gb))
            share = "" if b.has("price_usd") or b.has("price_cny") else \
                _share_of_listed_price(b, acc, hbm * per_gb, gpus, step=True)
            if b.has("price_usd") or b.has("price_cny"):
                share, price = _share_of_stated_price(b, hbm * per_gb, gpus)
                if gpus > 1:                 # "485k H100s at ~$30k avg … and the HBM inside": the cards too
                    b.fig("capex_usd", gpus * price, "US$", b.tr("fig.chips_cost"))
                    share += b.tr("head.hbm_cards_cost", cost=b.tr("money.usd", usd=b.h(gpus * price)))
                    if b.has("all_in_multiple"):
                        # "1,000 MI355X at $25k apiece plus 40% for networking/DC": the build around them
                        mult = b.num("all_in_multiple", None)
                        b.fig("capex_all_in_usd", gpus * price * mult, "US$", b.tr("fig.all_in"))
                        share += b.tr("head.hbm_all_in", mult=mult,
                                      cost=b.tr("money.usd", usd=b.h(gpus * price * mult)))
            if b.has("dram_usd_per_gb"):     # "… vs DRAM at $3/GB": the same GB in DRAM beside it
                dram = b.num("dram_usd_per_gb", None)
                b.fig("dram_cost_usd", hbm * dram, "US$", b.tr("fig.dram_same_gb", per_gb=dram))
                b.fig("hbm_multiple", per_gb / dram, "x", b.tr("fig.hbm_over_dram"))
                b.step(b.tr("step.hbm_vs_dram", hbm=hbm, dram=dram, cost=hbm * dram,
                            mult=per_gb / dram))
            elif b.has("hbm_multiple"):      # "HBM $14.5/GB, about 5x DRAM": the same GB in DRAM implied
                mult = b.num("hbm_multiple", None)
                b.fig("dram_cost_usd", hbm * per_gb / mult, "US$",
                      b.tr("fig.dram_same_gb", per_gb=per_gb / mult))
                b.step(b.tr("step.hbm_vs_dram_implied", per_gb=per_gb, mult=mult, dram=per_gb / mult,
                            hbm=hbm, cost=hbm * per_gb / mult))
            named = acc.short if (b.has("accelerator") or b.has("server")) else b.tr("word.gpu")
            return b.result("memory", b.tr("head.hbm", tb=b.h(hbm / 1000), gpus=gpus,
                                           acc=named, cost=b.tr(
                                               "money.hbm_direct", cost=b.h(hbm * per_gb),
                                               per_gb=per_gb)) + share + checked)
        r = b.cat.rates
        dram = b.num("dram_usd_per_gb", r.dram_usd_per_gb, origin="catalog",
                     source=r.memory_source)
        mult = b.num("hbm_multiple", r.hbm_multiple, origin="catalog", source=r.memory_source)
        b.fig("cost_usd", hbm * dram * mult, "US$", b.tr("fig.hbm_at", mult=mult))
        b.step(b.tr("step.hbm_cost", hbm=hbm, dram=dram, mult=mult, cost=hbm * dram * mult))
        cost = b.tr("money.hbm", cost=b.h(hbm * dram * mult), mult=mult)
        if b.flag("asks_card_share") and (b.has("price_usd") or b.has("price_cny")):
            # ("HBM按DRAM价格的5倍估算，MI300X…单价约1.5万美元，HBM成本占整卡价格比例多少？")
            cost += _share_of_stated_price(b, hbm * dram * mult, gpus)[0]
        if b.has("hbm_multiple_high"):
            hi = b.num("hbm_multiple_high", None)
            b.fig("cost_usd_high", hbm * dram * hi, "US$", b.tr("fig.hbm_at", mult=hi))
            cost = b.tr("money.hbm_range", lo=b.h(hbm * dram * mult), hi=b.h(hbm * dram * hi),
                        mult=mult, mult_hi=hi)
        named = acc.short if (b.has("accelerator") or b.has("server")) else b.tr("word.gpu")
        gb_price = ""
        if (b.has("price_usd") or b.has("price_cny")) and b.flag("asks_per_gb"):
            # "MI325X at $20k with 256GB vs H200 at $32k with 141GB — $/GB of HBM?": the card's
            # price over its memory
            from calc.costs import unit_prices
            usd, _ = unit_prices(b, acc)
            if usd:
                b.fig("price_per_gb_usd", usd / mem, "US$/GB", b.tr("fig.price_per_hbm_gb"))
                b.step(b.tr("step.price_per_hbm_gb", usd=usd, mem=mem, per=usd / mem))
                gb_price = b.tr("head.price_per_hbm_gb", per=usd / mem)
        return b.result("memory", b.tr("head.hbm", tb=b.h(hbm / 1000), gpus=gpus, acc=named,
                                       cost=cost) + gb_price)
    model = b.model(default="llama3_70b")
    b.read.add("precision")
    if "precision" not in b.req.params and model.released_precision:
        # "24 replicas of deepseek-r1 at TP8 on H200": the weights as published (FP8), not BF16
        precision = model.released_precision
        b.assume("precision", precision.upper(), "", "catalog", b.tr("label.precision_released"),
                 source=model.source)
    else:
        precision = str(b.req.params.get("precision", "bf16"))
        b.assume("precision", precision.upper(), "", b.req.origin("precision") or "default",
                 b.tr("label.precision_weights"))
    one = b.flag("one_gpu")                # "fits on a single L4?": one, as asked
    replicas = 0.0
    if b.has("tensor_parallel") and b.has("replicas"):
        # "TP=8, 32 replicas": every replica holds the weights; what fits is one replica's
        gpus = b.num("tensor_parallel", None)
        replicas = b.num("replicas", None)
        b.read.add("gpus")                 # the fleet's count is the replicas' GPUs
    elif b.has("gpus") or b.has("servers") or b.has("server"):
        gpus = b.count_gpus(acc)
        if b.has("tensor_parallel") and b.num("tensor_parallel", None, record=False) == gpus:
            b.read.add("tensor_parallel")  # "TP8 on one node": the node's cards, one replica
    elif b.has("gpus_per_server"):         # "will it fit on one 8-GPU H200 node?"
        gpus = b.num("gpus_per_server", None)
    elif b.has("tensor_parallel"):         # "TP=8": the GPUs one replica spans
        gpus = b.num("tensor_parallel", None)
    else:
        gpus = b.num("gpus", 1, label=b.tr("label.one_gpu") if one else None,
                     origin="question" if one else "default")
    w = weight_bytes(model, precision)
    mem = b.num("hbm_gb_per_gpu", acc.mem_gb, origin="catalog", source=acc.source) \
        if b.has("hbm_gb_per_gpu") else acc.mem_gb      # "一张MI300X有192GB显存"
    usable = gpus * mem * 1e9 * MEMORY_USABLE
    kv_tok = kv_bytes_per_token(model, precision)
    b.step(b.tr("step.weights", params=model.params_b, bytes=BYTES_PER_PARAM[precision],
                w=w / 1e9, gpus=gpus, mem=mem, usable_pct=MEMORY_USABLE,
                usable=usable / 1e9))
    b.fig("memory_gb", w / 1e9, "GB", b.tr("fig.weights"))
    b.fig("kv_bytes_per_token", kv_tok, "bytes", b.tr("fig.kv_per_token"))
    fits = w <= usable
    left = max(0.0, usable - w)
    kv_asked = b.flag("asks_kv")
    need_kv = 0.0
    if b.has("input_tokens") or b.has("output_tokens") or b.has("concurrent_users") \
            or b.has("users") or (b.has("batch_per_replica") and not (
                # ("24 replicas … batch capped at 48 … max concurrent users?": the replicas' hold, below)
                b.has("replicas") or b.has("tpot_ms") or b.flag("ask_concurrent") or b.has("tensor_parallel")
                or b.has("gpus"))):
        # a sequence holds its prompt and its answer: the cache is for both when stated
        ctx = b.num("input_tokens", None) if b.has("input_tokens") else 0.0
        if b.has("output_tokens"):
            ctx += b.num("output_tokens", None)
        if not ctx and b.has("users") and not (b.has("concurrent_users") or b.has("batch_per_replica")):
            # "fit qwen2.5 7b on an L4 … for our lab group, like 15 ppl": people, not sequences held at
            # the model's longest context: a typical request's prompt and answer each
            ctx = b.num("input_tokens", 500) + b.num("output_tokens", 500)
        elif not ctx:
            ctx = b.num("input_tokens", model.max_ctx or 4096,
                        source="the model's maximum context" if model.max_ctx else "")
        # "with 128k context for 8 users": in a memory question, users at once; "每个副本并发 16":
        # the sequences one replica holds
        seqs = b.num("concurrent_users", None) if b.has("concurrent_users") else \
            b.num("batch_per_replica", None) if b.has("batch_per_replica") else \
            b.num("users", 1, label=b.tr("label.users_at_once"))
        need_kv = ctx * kv_tok * seqs
        b.step(b.tr("step.kv_context", ctx=ctx, seqs=seqs, kv=need_kv / 1e9))
        b.fig("kv_cache_gb", need_kv / 1e9, "GB", b.tr("fig.kv_cache"))
        fits = fits and need_kv <= left
    b.fig("fits", 1.0 if fits else 0.0, "", b.tr("fig.fits"))
    if kv_tok:
        b.fig("max_kv_tokens", left / kv_tok, "tokens", b.tr("fig.max_kv"))
    stated_mem = b.has("hbm_gb_per_gpu") and not (b.has("accelerator") or b.has("server"))
    if b.has("hbm_gb_per_gpu"):
        # "单卡显存141GB，至少几张卡？": cards of the stated memory, named by it, not the default's
        acc = replace(acc, mem_gb=mem, short=b.tr("word.gpu_of_gb", gb=mem) if stated_mem else acc.short)
    need = min_group(model, acc, precision)
    if need is not None and need_kv and not fits:
        # the cache is what does not fit: enough cards for the weights and the cache together
        per = mem * 1e9 * MEMORY_USABLE
        need = max(need, math.ceil((w + need_kv) / per))
        b.step(b.tr("step.kv_needs", w=w / 1e9, kv=need_kv / 1e9, per=per / 1e9, n=need,
                    acc=acc.short))
    if need is not None:
        b.fig("gpus", need, "GPUs", b.tr("fig.gpus_with_kv" if need_kv and not fits
                                         else "fig.min_group"))
    if (b.flag("ask_concurrent") or b.flag("asks_sessions")) and need_kv and not b.has("concurrent_users") \
            and kv_tok:
        # "一张能放下70B fp16加多少并发的kv cache（8k上下文）": sequences that fit beside the weights
        per_seq = need_kv / seqs
        n_fit = math.floor(left / per_seq)
        b.fig("concurrent_users", n_fit, "sequences", b.tr("fig.seqs_fit", ctx=ctx))
        b.step(b.tr("step.seqs_fit", left=left / 1e9, per=per_seq / 1e9, n=n_fit))
        return b.result("memory", b.tr("head.seqs_fit", n=b.h(n_fit), ctx=ctx, model=model.short,
                                       prec=precision.upper(), gpus=gpus, acc=acc.short,
                                       w=w / 1e9))
    if kv_asked and need_kv:
        # "what's the KV cache for 32 concurrent 8k-token requests?": the cache, first
        return b.result("memory", b.tr("head.kv_cache", kv=b.h(need_kv / 1e9), seqs=seqs, ctx=ctx,
                                       model=model.short, prec=precision.upper(), w=w / 1e9))
    verdict = b.tr("word.fits" if fits else "word.does_not_fit")
    room = b.tr("head.room", tokens=left / kv_tok) if fits and kv_tok else ""
    if fits and kv_tok and not need_kv and (b.has("batch_per_replica") or b.has("concurrent_users")):
        # "TP2 夠唔夠？每個副本並發 48": the cache left, shared by the sequences stated
        n = b.num("batch_per_replica" if b.has("batch_per_replica") else "concurrent_users", None)
        b.fig("kv_tokens_per_sequence", left / kv_tok / n, "tokens", b.tr("fig.kv_per_seq"))
        room += b.tr("head.room_each", n=n, tokens=left / kv_tok / n)
        if replicas:
            # "32 replicas, 48 each: max concurrent users?": every replica's sequences
            b.fig("concurrent_users", replicas * n, "sequences", b.tr("fig.concurrent"))
            b.step(b.tr("step.replicas_hold", replicas=replicas, n=n, total=replicas * n))
            room += b.tr("head.replicas_hold", replicas=replicas, total=replicas * n)
            if b.has("tpot_ms"):
                # "total tok/s if tpot is 35ms": each sequence makes a token every TPOT
                tpot = b.num("tpot_ms", None)
                tps = replicas * n * 1000 / tpot
                b.fig("tokens_per_s", tps, "tokens/s", b.tr("fig.tokens_at_tpot"))
                b.step(b.tr("step.tokens_at_tpot", n=replicas * n, tpot=tpot, tps=tps))
                room += b.tr("head.tokens_at_tpot", tps=tps, tpot=tpot)
    if not fits and need is not None:
        room = b.tr("head.needs", n=need, acc=acc.short)
    elif fits and need is not None and gpus >= 2 * need and not replicas and not need_kv \
            and not (b.has("batch_per_replica") or b.has("concurrent_users")) and b.flag("asks_replicas"):
        # "$8M at $12,500 a card: how many Llama 2 70B replicas in bf16 does that give?": the cards as
        # copies of the model, each on the fewest that hold it, not one pool
        copies = math.floor(gpus / need)
        b.fig("replicas", copies, "", b.tr("fig.replicas"))
        b.step(b.tr("step.replicas_of", gpus=gpus, need=need, copies=copies))
        room = b.tr("head.replicas_of", copies=copies, need=need, acc=acc.short)
    if b.flag("claim") and b.has("gpus") and not replicas:
        # ("云厂商推销MI300X，说192G显存一张就能跑Llama 3.1 70B，真的假的？": the cards someone said, checked)
        room += b.tr("head.claim_fit" if fits else "head.claim_no_fit", gpus=gpus, acc=acc.short)
    return b.result("memory", b.tr("head.fit", model=model.short, prec=precision.upper(),
                                   gb=w / 1e9, verdict=verdict, gpus=gpus, acc=acc.short,
                                   room=room))
