"""The calculator's front door: a Request in, a Result out, with its inputs accounted.

After the capability runs, every span the user stated is either among `Result.inputs` (the
calculation read its parameter) or in `Result.unused` with the reason, in the question's
language. A comparison or a fleet mix runs the capability once per option.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType

from calc import registry, rx
from calc.build import Builder, amount, claimed, human
from calc.catalog import Accelerator, Catalog, load
from calc.claims import SERVER_WITH_CARDS
from calc.costs import MEASURED_RATES, capex_intent, gpu_power_w, power_intent, rent_rate, unit_prices
from calc.energy import energy
from calc.foreign import LOCAL_ZH
from calc.inference import fleet, google_search, throughput
from calc.other import convert, growth, memory
from calc.parse import parse
from calc.projection import PRICES, describe, project
from calc.readings import KVA_SAID
from calc.registry import label
from calc.result import Assumption, CalcError, Figure, Input, Result, Unused
from calc.roofline import min_group
from calc.stated import LOADS, Request, Stated, this_year
from calc.text import times, tr
from calc.training import training

_DISPATCH: dict[str, Callable[[Builder], Result]] = {
    "fleet": fleet, "throughput": throughput, "training": training, "capex": capex_intent,
    "power": power_intent, "energy": energy, "growth": growth, "convert": convert,
    "memory": memory, "google_search": google_search,
}
# figures that add up across the groups of a fleet mix ("25,000 H100s and 10,000 A100s")
ADDITIVE = ("gpus", "servers", "cost_usd", "cost_cny", "power_mw", "power_it_mw", "energy_kwh",
            "hbm_gb", "cost_per_day_usd", "tokens_per_s", "flops")


def compute(req: Request, *, catalog: Catalog | None = None,
            defaults: Mapping[str, float] | None = None) -> Result:
    """Run the capability the request names. Raises CalcError for bad or missing inputs, and
    for arithmetic that leaves the floats (2 ** 20,000 months of doubling), never a bare error."""
    try:
        return _in_stated_currency(_compute(req, catalog=catalog, defaults=defaults), req, catalog or load())
    except (OverflowError, ZeroDivisionError):
        raise CalcError("bad_number", "err.result_too_large") from None


_SYMBOL = {"eur": "€", "gbp": "£", "jpy": "¥"}


def _in_stated_currency(res: Result, req: Request, cat: Catalog) -> Result:
    """"£1.80/hr per GPU … rough rental bill?", "€0.25/kWh": amounts said in euros or pounds were read in US$
    at a rate (stated, or the catalog's, sourced): the rate is named among the assumptions, and the answer's
    first amount of money is given back in the currency the question used."""
    cur, rate = req.params.get("fx_from"), req.params.get("fx_rate")
    known = cat.rates.usd_per_unit(str(cur))
    if cur not in _SYMBOL or not isinstance(rate, float) or rate <= 0 or known is None:
        return res
    sym, name = _SYMBOL[str(cur)], f"usd_per_{cur}"
    stated = any(s.param == name for s in req.stated)
    rate_a = Assumption(name, rate, f"US$/{sym}", "question" if stated else "default",
                        tr(f"label.{name}", req.lang), "" if stated else known[1])
    money = _first_money(res, req, ("US$",))
    # ("2 DGX H200 at ~$420k each, plus 35% for networking … What's the total in pounds": the whole build)
    money = next((f for f in res.figures if f.name == "capex_all_in_usd" and f.value > 0), money)
    if money is None:
        return replace(res, assumptions=(*res.assumptions, rate_a))
    back = money.value / rate
    # (a currency worth far less than a dollar is said per dollar: "at ¥150 per US$"; in Chinese, where "¥" is
    # the yuan's sign, the yen by its name: "按1美元=150日元")
    said = f"{sym}{human(back, lang=req.lang)}"
    if req.lang == "zh" and cur == "jpy":
        sym, said = "日元", f"{human(back, lang=req.lang)}日元"
    tail = tr("head.in_stated_currency" if rate >= 0.1 else "head.in_stated_currency_per_usd", req.lang,
              rate=rate, per_usd=round(1 / rate, 2), sym=sym,
              was=amount(money.value, "US$", req.lang), money=said)
    figures = [Figure(f"{money.name}_in_{cur}", back, str(cur).upper(),
                      tr("fig.in_stated_currency", req.lang, sym=sym))]
    moved: list[Stated] = []
    for other in [s for s in req.stated
                  if s.note == "" and s.param in {f"usd_per_{c}" for c in _SYMBOL} - {name}
                  and isinstance(s.value, float) and s.value >= 0.1]:
        # ("€295k per box … Total in US$, and in sterling at cable 1.27?": a second currency asked, at its
        # rate)
        c2, per = str(other.param).removeprefix("usd_per_"), float(other.value or 1)
        tail += tr("head.in_stated_currency", req.lang, rate=per, sym=_SYMBOL[c2],
                   was=amount(money.value, "US$", req.lang),
                   money=f"{_SYMBOL[c2]}{human(money.value / per, lang=req.lang)}")
        figures.append(Figure(f"{money.name}_in_{c2}", money.value / per, c2.upper(),
                              tr("fig.in_stated_currency", req.lang, sym=_SYMBOL[c2])))
        moved.append(other)
    # (the second currency's rate, named as unused before the answer was given back in it, is used)
    said_twice = {m.text for m in moved}
    return replace(res, headline=res.headline + tail, assumptions=(*res.assumptions, rate_a),
                   figures=(*res.figures, *figures),
                   unused=tuple(u for u in res.unused if u.text not in said_twice),
                   inputs=(*res.inputs, *(Input(m.text, str(m.param)) for m in moved
                                          if all(i.text != m.text for i in res.inputs))))


def _at_todays_price(res: Result, req: Request, grown: Request, param: str, start: float, extra: list[Figure],
                     cat: Catalog, defaults: Mapping[str, float] | None) -> str:
    """"价格每年降 20%，三年后买要多少钱？明年再买能省多少": the answer's largest sum of money at today's
    price beside the grown one, and the difference (figures, and words for the headline)."""
    today = _DISPATCH[req.intent](Builder(req=replace(grown, params=MappingProxyType(
        {**grown.params, param: start})), cat=cat, defaults=dict(defaults or {})))
    # (the largest sum, in the currency the price was said in first: the total, not a day's share)
    said = "RMB" if "cny" in param else "US$"
    for f in sorted(res.figures, key=lambda f: (f.unit != said, -abs(f.value))):
        was = today.figure(f.name)
        if f.unit not in ("US$", "RMB") or was is None or was.value == f.value:
            continue
        change = f.value - was.value
        extra += [Figure(f.name + "_today", was.value, f.unit,
                         tr("fig.at_todays_price", req.lang, what=f.label)),
                  Figure(f.name + "_change", change, f.unit,
                         tr("fig.change_from_today", req.lang, what=f.label))]
        key = "money.usd" if f.unit == "US$" else "money.cny_only"
        today_s, change_s = (tr(key, req.lang, usd=human(x, lang=req.lang), cny=human(x, lang=req.lang))
                             for x in (was.value, abs(change)))
        return tr("head.at_todays_price_less" if change < 0 else "head.at_todays_price_more", req.lang,
                  today=today_s, change=change_s)
    return ""


def _text_ratios(b: Builder) -> None:
    """"2万字符" read as tokens: the ratio it was read at, stated or the registry's, among what is read."""
    for unit in filter(None, str(b.req.params.get("text_units", "")).split(",")):
        if (reg := registry.get(unit)) is not None:
            b.num(unit, float(reg.default))


# what a question asks of its cards beside a load: a speed, or each user's use
_SPEED_OR_USE = ("queries_per_user", "tpot_ms", "ttft_ms")


def _unfit_fleet(exc: CalcError, req: Request, cat: Catalog,
                 defaults: Mapping[str, float] | None) -> tuple[Result, Builder] | None:
    """"说8张4090就能跑deepseek满血版，还能同时服务200个人，真的假的": a stated (or claimed) count of cards
    that cannot hold the model at all has no load to size; whether they hold it is the answer, the load said
    set aside with the reason (not a refusal)."""
    p = req.params
    said = next((s for s in req.stated if s.param == "claimed_value" and s.note == ""
                 and p.get("claim_counted") and isinstance(s.value, float)), None)
    count = p.get("gpus", said.value if said is not None else None)
    # ("Would Qwen2.5 72B on 2x A100 80GB be fast enough, like under 30 ms per token?": too few cards for
    # the model, the speed asked of them unanswerable; with no speed or use asked, the error says it)
    if (exc.key != "err.does_not_fit" and not (exc.key == "err.needs_group" and any(
            k in p for k in _SPEED_OR_USE))) \
            or req.intent not in ("fleet", "throughput") \
            or "model" not in p or "accelerator" not in p or "servers" in p or not isinstance(count, float) \
            or count < 1 \
            or any(k in p for k in ("tensor_parallel", "replicas")):
        return None
    params = {k: v for k, v in p.items() if k not in LOADS and k != "claim_counted"}
    params["gpus"] = count
    stated = tuple(replace(s, param="gpus") if s is said else s for s in req.stated)
    b = Builder(req=replace(req, intent="memory", params=MappingProxyType(params), stated=stated), cat=cat,
                defaults=dict(defaults or {}))
    res = memory(b)
    need = res.figure("gpus")
    fits = res.figure("fits")
    if need is None or need.value <= count or (fits is not None and fits.value):
        return None                      # (the weights fit: what failed is the serving itself, said so)
    for name in (*LOADS, *_SPEED_OR_USE):
        if name in p:
            b.set_aside(name, "unused.load_no_fit", n=human(count, lang=req.lang))
    return res, b


def _compute(req: Request, *, catalog: Catalog | None = None,
             defaults: Mapping[str, float] | None = None) -> Result:
    cat = catalog or load()
    if req.options:
        return _options(req, cat, dict(defaults or {}))
    grown, pr = project(req)
    b = Builder(req=grown, cat=cat, defaults=dict(defaults or {}))
    _text_ratios(b)
    try:
        res = _DISPATCH[req.intent](b)
    except CalcError as exc:
        unfit = _unfit_fleet(exc, grown, cat, defaults)
        if unfit is None:
            raise
        res, b = unfit
        req = grown = b.req              # (the fit asked now: its claim is the count said, checked)
    if req.params.get("purchase_per_user"):
        res = _purchase_per_user(res, req, b)
    if pr is not None:
        b.read.update(pr.read)
        extra = [Figure("growth_factor", pr.factor, "x",
                        tr("fig.projected_growth", req.lang, months=pr.months))]
        end = res.figure("gpus")
        if req.intent == "fleet" and end is not None:
            # the fleet today too, and what the growth adds
            today = _DISPATCH["fleet"](Builder(req=replace(req, params=MappingProxyType(
                {**req.params, pr.param: pr.start})), cat=cat, defaults=dict(defaults or {})))
            now = today.figure("gpus")
            if now is not None:
                extra += [Figure("gpus_today", now.value, "GPUs", tr("fig.gpus_today", req.lang)),
                          Figure("gpus_added", end.value - now.value, "GPUs",
                                 tr("fig.gpus_added", req.lang))]
        head = res.headline
        if pr.param in PRICES:
            head += _at_todays_price(res, req, grown, pr.param, pr.start, extra, cat, defaults)
        if len(extra) == 3 and pr.param == "users" and extra[2].value > 0 and req.params.get("asks_added") \
                and "stated_fleet_scale" not in grown.params:
            # "going from 2M to 35M users … how many extra cards?": what the growth adds, said
            head += tr("head.fleet_added", req.lang, added=human(extra[2].value, lang=req.lang),
                       now=human(extra[1].value, lang=req.lang), start=human(pr.start, lang=req.lang))
        elif len(extra) == 3 and pr.param == "users" and "users_to" in pr.read \
                and "stated_fleet_scale" not in grown.params:
            # "250k DAU, planning for 4M … how many cards now vs then?": the fleet today beside it
            head += tr("head.fleet_today", req.lang, now=human(extra[1].value, lang=req.lang),
                       start=human(pr.start, lang=req.lang))
        if "users_to" in pr.read and ("growth_rate_year" in pr.read or "doubling_months" in pr.read):
            # "when do we hit 200M users, and how many L40S then?": the time first
            extra.append(Figure("months", pr.months, "months", tr("fig.months_to_grow", req.lang)))
            year = req.params.get("year")
            if isinstance(year, (int, float)) and 1990 <= year <= 2100:
                # "现在是2025年 … 哪一年能到": the year stated is today's (a later one is a horizon)
                b.read.add("year")
                b.unused_reasons.pop("year", None)
                head = tr("head.users_reach_year", req.lang, users=human(pr.start * pr.factor, lang=req.lang),
                          months=pr.months, years=pr.months / 12, when=int(year + pr.months / 12)) + head
            else:
                head = tr("head.users_reach", req.lang, users=human(pr.start * pr.factor, lang=req.lang),
                          months=pr.months, years=pr.months / 12) + head
        res = replace(res, headline=head, steps=(describe(pr, req.lang), *res.steps),
                      figures=(*res.figures, *extra))
    if req.params.get("utilization") == 1.0:
        b.read.add("utilization")         # "24/7", "满载": every calculation assumes full time
    if req.scaled is not None:            # "what if users double?": the scaling is the input
        name, factor = req.scaled
        b.read.add("factor")
        if "year" in req.params:
            b.read.add("year")              # "2030年…会是现在的100倍": the date of that factor
        if req.params.get("horizon_words"):
            b.read.add("period_months")     # ("用户量明年翻 5 倍": the year that factor comes by)
        value = float(req.params[name])
        key = "step.scaled" if req.carried else "step.scaled_stated"
        res = replace(res, steps=(tr(key, req.lang, label=label(name, req.lang),
                                     before=human(value / factor, lang=req.lang), f=factor,
                                     after=human(value, lang=req.lang)), *res.steps))
        res = _time_to_scale(res, req, b.read, factor)
        end = res.figure("gpus")
        if req.intent == "fleet" and req.params.get("asks_added") and end is not None and name in LOADS:
            # "exam season traffic goes 5x … how many extra H200?": the fleet for the usual load, and
            # what the surge adds to it
            base = _DISPATCH["fleet"](Builder(req=replace(req, params=MappingProxyType(
                {**req.params, name: value / factor})), cat=cat, defaults=dict(defaults or {})))
            now = base.figure("gpus")
            if now is not None and end.value > now.value:
                res = replace(res, headline=res.headline + tr(
                    "head.fleet_added_load", req.lang, added=human(end.value - now.value, lang=req.lang),
                    now=human(now.value, lang=req.lang), f=factor), figures=(
                    *res.figures, Figure("gpus_today", now.value, "GPUs", tr("fig.gpus_usual", req.lang)),
                    Figure("gpus_added", end.value - now.value, "GPUs", tr("fig.gpus_added_load", req.lang))))
    horizon = next((k for k in ("period_months", "days") if k in req.params and k not in b.read), None)
    # ("grows 5x over the next 2 years … 0.5 rps avg now": a load scaled by the factor, reached then)
    if "factor" in req.params and horizon is not None and (req.params.get("scales_fleet") or (
            req.scaled is not None and req.scaled[0] in LOADS and "factor" in b.read)) \
            and not any(k in req.params for k in ("growth_rate_year", "doubling_months", "growth_rate_month",
                                                  "rent_usd_per_hour", "rent_cny_per_hour")):
        # ("grows 12x over the next 18 months … 16 cards today: the count then and the purchase"): the months
        # are when the factor is reached, said with it
        b.read.add(horizon)
    _year_of_stated_price(req, b.read, b.unused_reasons)
    res = _year_of_stated_count(res, req, b.read, b.unused_reasons)
    # (a figure someone gave is checked once every ask is answered: "… → $5k+ of HBM per GPU? vs ASP $20k"
    # is the HBM's cost, the second ask's, not the card's price)
    later = bool(req.params.get("multi_ask"))
    res = _check_claims(res, req, b.read, given=not later)
    res = _measured_at(res, req, b.read)
    res = _vs_model(res, req, cat, defaults, b.read)
    if req.params.get("multi_ask") or (
            req.params.get("asks_gpus") and req.intent in ("memory", "energy", "power")
            and any(k in req.params for k in ("users", "qps", "concurrent_users", "queries_per_day",
                                              "tokens_per_day"))) or (
            # "5e25 FLOPs today, doubling every 6 months: in two years, how many H100s to train it in 90
            # days?": the run grown, then the cards it needs
            req.params.get("asks_gpus") and req.intent == "growth" and "train_flops" in req.params
            and "accelerator" in req.params) or (
            # "8 MW of IT … H200 at 1.3 kW/GPU all-in, how long to push 3e24 FLOPs at 38% MFU?": the cards
            # the power holds, then the run on them
            req.intent == "power" and "power_mw" in req.params
            and any(k in req.params for k in ("train_flops", "train_tokens"))):
        # ("does it fit, and how many GPUs for 400 QPS?", "how many cards? also at 0.3 J per token
        # what's the daily kWh": the GPU count asked beside another answer is a second ask)
        res = _second_ask(res, req, cat, dict(defaults or {}), b.read, b.unused_reasons)
    res = _model_on_cards_bought(res, req, cat, dict(defaults or {}), b.read)
    if later:
        # (and a stated figure only the second ask computes: "… = $100M and 2.6 MW?" beside the cost)
        res = _check_claims(res, req, b.read)
    res = _rent_of_count(res, req, b.read)
    res = _replicas_of_count(res, req, b.read, cat)
    res = _pools_of_count(res, req, b.read)
    res = _text_of_tokens(res, req, b.read)
    res = _purchase_of_count(res, req, b.read)
    res = _in_other_currency(res, req, b.read)
    res = _in_local_currency(res, req, b.read, cat)
    if isinstance(req.params.get("hourly_round_clock"), float) and "queries_per_user" in b.read:
        # "each one hits the cloud planner ~30x/hour": said that the hours were counted round the clock
        res = replace(res, notes=(*res.notes, tr("note.hourly_round_clock", req.lang,
                                                  n=req.params["hourly_round_clock"])))
    if req.params.get("rent_per_box") and ({"rent_usd_per_hour", "rent_cny_per_hour"} & b.read):
        # "$98.32/hr per instance (8x H100)": said how a server's hour became a GPU-hour
        res = replace(res, notes=(*res.notes, tr("note.rent_per_box", req.lang,
                                                  n=req.params["rent_per_box"])))
    return account(_in_kva(res, req, b.read), req, b.read, b.unused_reasons)


def _in_kva(res: Result, req: Request, read: set[str]) -> Result:
    """"a 2500 kVA transformer", "racks limited to 20 kVA": said how its kVA were read (at the power factor
    stated, else the default); "需要预留多少千伏安容量？": the power in kVA too."""
    kva_read = {st.param for st in req.stated
                if st.param and KVA_SAID.search(st.text.lower())}
    if not req.params.get("kva_power_factor") or not (kva_read & read or req.params.get("kva_asked")):
        return res
    pf = float(req.params["kva_power_factor"])
    mw = next((f.value for f in res.figures if f.name == "power_mw"), None)
    if mw is None and "power_mw" in read and isinstance(req.params.get("power_mw"), float):
        mw = float(req.params["power_mw"])   # ("Colo cage is 1.5 MW, power factor 0.95": the envelope's kVA)
    boxes = next((f.value for f in res.figures if f.name == "servers"), None)
    if mw is None and boxes and "watts_per_server" in read \
            and isinstance(req.params.get("watts_per_server"), float):
        # ("8个机柜 … DGX B200单台14.3千瓦 … 最多放几台？要报多少kVA": the servers placed, at their draw)
        mw = boxes * float(req.params["watts_per_server"]) / 1e6
    if req.params.get("kva_asked") and mw is not None:
        kva = mw * 1000 / pf
        res = replace(res, headline=res.headline + tr("head.and_kva", req.lang, kva=kva, pf=pf),
                      figures=(*res.figures, Figure("power_kva", kva, "kVA", tr("fig.power_kva", req.lang))))
    elif not kva_read:
        return res                           # (a power factor with no kVA to read and no power to show)
    read.add("power_factor")
    note = tr("note.kva" if kva_read else "note.kva_of_power", req.lang, pf=pf)
    return replace(res, notes=(*res.notes, note))


def _purchase_per_user(res: Result, req: Request, b: Builder) -> Result:
    """"6 servers at $280k … capex per seat if we have 9k lawyer seats?", "5年摊销，座位数8万，每个座位
    每月硬件成本多少？": the purchase over the seats, and a month of it when it is written off over a
    period."""
    # (the purchase with its electricity when both are computed: "with the purchase, US$1.87 million in all")
    cost = res.figure("total_usd") or res.figure("cost_usd")
    if cost is None or not isinstance(req.params.get("users"), float):
        return res
    users = b.num("users", None)
    cny = req.params.get("currency") == "cny" and res.figure("cost_cny") is not None \
        and res.figure("total_usd") is None
    total = res.value("cost_cny") if cny else cost.value
    each = total / users

    def money(x: float) -> str:
        return tr("money.cny_only", req.lang, cny=human(x, lang=req.lang)) if cny \
            else tr("money.usd", req.lang, usd=human(x, lang=req.lang))

    figs = [Figure("capex_per_user_cny" if cny else "capex_per_user_usd", each, "RMB" if cny else "US$",
                   tr("fig.capex_per_user", req.lang))]
    tail = tr("head.capex_per_user", req.lang, money=money(each), users=human(users, lang=req.lang))
    days = req.params.get("days")
    if isinstance(days, float) and days > 31:
        month = each / (days / 30.4375)
        figs.append(Figure("capex_per_user_month_cny" if cny else "capex_per_user_month_usd", month,
                           "RMB" if cny else "US$", tr("fig.capex_per_user_month", req.lang)))
        b.read.add("days")
        tail += tr("head.capex_per_user_month", req.lang, money=money(month), months=days / 30.4375)
    return replace(res, headline=res.headline + tail, figures=(*res.figures, *figs),
                   steps=(*res.steps, tr("step.capex_per_user", req.lang, total=total, users=users,
                                         each=each)))


def _rent_of_count(res: Result, req: Request, read: set[str]) -> Result:
    """"how many H20 to match 16 H100, and whats the hourly bill at $1.10/hr per H20?": a rent per
    GPU-hour the calculation did not need, beside a count of GPUs it computed, is that count's bill
    (an hour and a month of it)."""
    key = next((k for k in ("rent_usd_per_hour", "rent_cny_per_hour") if k in req.params), None)
    gpus = res.figure("gpus")
    if key is None or key in read or gpus is None or gpus.value <= 0 \
            or not isinstance(req.params[key], float):
        return res
    unit = "RMB" if key == "rent_cny_per_hour" else "US$"
    rate = float(req.params[key])
    u = req.params.get("utilization")
    # (rented out at a stated occupancy, the hours sold bring the rent in: "8 元卡时六成出租率一年收入多少")
    occupancy = float(u) if req.params.get("rents_out") and isinstance(u, float) and 0 < u < 1 else 1.0
    if occupancy < 1:
        read.add("utilization")
    hour, month = gpus.value * rate * occupancy, gpus.value * rate * occupancy * 730.5
    cur = "cny" if unit == "RMB" else "usd"
    figs: tuple[Figure, ...] = (
        Figure(f"rent_per_hour_{cur}", hour, unit, tr("fig.rent_hour_of_count", req.lang)),
        Figure(f"rent_per_month_{cur}", month, unit, tr("fig.rent_month_of_count", req.lang)))
    step = tr("step.rent_of_count", req.lang, gpus=gpus.value, rate=rate, cur=unit, hour=hour, month=month,
              u=occupancy)
    read.add(key)
    sold = "_occupied" if occupancy < 1 else ""
    days = req.params.get("days")
    if isinstance(days, float):
        # "一年满租收入多少？": the stated period's rent too
        read.add("days")
        figs = (*figs, Figure(f"rent_period_{cur}", hour * 24 * days, unit,
                              tr("fig.rent_period_of_count", req.lang, days=days)))
        tail = tr("head.rent_of_count_period" + sold, req.lang, rate=amount(rate, unit, req.lang),
                  u=occupancy, hour=amount(hour, unit, req.lang),
                  money=amount(hour * 24 * days, unit, req.lang), days=days)
        budget = req.params.get(f"budget_{cur}")
        if isinstance(budget, float) and budget > 0 and f"budget_{cur}" not in read and hour > 0:
            # ("credits worth $350K for TPU v6e … can we serve Qwen3-235B-A22B for 6 months on it?"): the
            # period's rent against the money there is
            read.add(f"budget_{cur}")
            tail += tr("head.budget_months", req.lang, budget=amount(budget, unit, req.lang),
                       share=budget / (hour * 24 * days), months=budget / (hour * 730.5))
        bill = res.figure(f"cost_{cur}") if res.intent == "power" else None
        if req.params.get("rents_out") and bill is not None and bill.value > 0:
            # "8MW and 4c power … rent $2/gpu/hr @ 70%. annual net after elec?": the rent that comes in
            # less the electricity the same period's answer computed
            net = hour * 24 * days - bill.value
            figs = (*figs, Figure(f"rent_margin_{cur}", net, unit,
                                  tr("fig.rent_out_margin", req.lang, days=days)))
            tail += tr("head.rent_margin", req.lang, money=amount(net, unit, req.lang))
    else:
        tail = tr("head.rent_of_count" + sold, req.lang, rate=amount(rate, unit, req.lang), u=occupancy,
                  hour=amount(hour, unit, req.lang), month=amount(month, unit, req.lang))
    return replace(res, headline=res.headline + tail,
                   figures=(*res.figures, *figs), steps=(*res.steps, step))


def _first_money(res: Result, req: Request, units: tuple[str, ...]) -> Figure | None:
    """The answer's amount of money (in one of `units`) that its headline says first, else the first such
    figure ("每用户1个月1.826元（…每天0.06元）": the 1.826); None when it has none."""
    def at(f: Figure) -> int:
        words = (amount(f.value, f.unit, req.lang), human(f.value, lang=req.lang), f"{f.value:,.4g}",
                 f"{f.value:,.3g}")
        spots = [res.headline.find(s) for s in words]
        return min((p for p in spots if p >= 0), default=-1)
    said = [(at(f), i, f) for i, f in enumerate(res.figures) if f.unit in units and f.value > 0]
    return min(said, key=lambda x: (x[0] < 0, x[0], x[1]))[2] if said else None


def _money_to_convert(res: Result, req: Request, read: set[str]) -> Figure | None:
    """The amount of money an answer is given again in another currency: the one its headline says first,
    else the period's total when a stated period was read ("… yearly cost in RMB? FX 7.25", "… for 3 months,
    how many baht": the period's, not a day's)."""
    money = _first_money(res, req, ("US$", "RMB"))
    period = next((f for f in res.figures if f.name in ("cost_usd", "cost_cny") and f.value > 0), None)
    # ("What would renting H100s cost us a month … and what's that in AUD": the rent over the month asked)
    rented = next((f for f in res.figures if f.name == "cost_period_usd" and f.value > 0), None)
    if rented is not None and "days" in req.given and f"US${human(rented.value)}" in res.headline:
        return rented
    return period if period is not None and "days" in req.given and "days" in read else money


def _in_other_currency(res: Result, req: Request, read: set[str]) -> Result:
    """"…毛利多少？汇率7.2的话折合多少美元": an exchange rate the calculation did not need converts the
    answer's first amount of money into the other currency."""
    rate = req.params.get("usd_cny")
    if "usd_cny" in read or not isinstance(rate, float) or rate <= 0:
        return res
    money = _money_to_convert(res, req, read)
    if money is None:
        return res
    usd = money.value if money.unit == "US$" else money.value / rate
    other = ("RMB", usd * rate) if money.unit == "US$" else ("US$", usd)
    read.add("usd_cny")
    tail = tr("head.in_other_currency", req.lang, rate=rate, money=amount(other[1], other[0], req.lang),
              was=amount(money.value, money.unit, req.lang))
    return replace(res, headline=res.headline + tail,
                   figures=(*res.figures, Figure(f"{money.name}_in_{'cny' if other[0] == 'RMB' else 'usd'}",
                                                 other[1], other[0], tr("fig.in_other_currency", req.lang))))


# the currencies whose amounts are counted in lakh and crore
_LAKH_CRORE = frozenset({"inr", "pkr", "npr", "bdt", "lkr"})


def _in_local_currency(res: Result, req: Request, read: set[str], cat: Catalog | None = None) -> Result:
    """"… 64 GPUs for 3 months, how many baht? rate 36 baht per $", "(1 USD = 35.5 THB)": a rate stated for a
    currency the catalog does not convert gives the answer's first amount of money in that currency too.
    "Rs. 45 crore … ₹32 lakh per GPU" with no rate: the catalog's rate, named among the assumptions with its
    source."""
    rate, code = req.params.get("local_per_usd"), req.params.get("local_code")
    if not isinstance(rate, float) or rate <= 0 or not isinstance(code, str):
        return res
    known = cat.rates.local_per_usd(code) if cat is not None else None
    if req.params.get("local_rate_catalog") == code and known is not None:
        read.add("local_per_usd")
        res = replace(res, assumptions=(*res.assumptions, Assumption(
            "local_per_usd", rate, f"{code.upper()}/US$", "default",
            tr("label.local_assumed", req.lang, code=code.upper()) if req.params.get("local_assumed") == code
            else tr("label.local_per_usd", req.lang), known[1])))
    money = _money_to_convert(res, req, read)
    whole = next((f for f in res.figures if "_all_in_" in f.name and f.unit in ("US$", "RMB")), None)
    if whole is not None and "all_in_multiple" in req.given:
        money = whole                    # ("networking 25% extra. PKR mein total kitna?": the whole build)
    cny = req.params.get("usd_cny")
    if money is None or (money.unit == "RMB" and not isinstance(cny, float)):
        return res
    usd = money.value if money.unit == "US$" else money.value / float(cny or 1)
    read.add("local_per_usd")
    # (a currency word several countries share, no code said: as written, "kr", "pesos", "shillings")
    said = {"krona": "kr", "peso": "pesos", "shilling": "shillings"}.get(code, code.upper())
    unit = LOCAL_ZH.get(code, said) if req.lang == "zh" else said
    local = f"{human(usd * rate, lang=req.lang)}{unit}" if req.lang == "zh" else f"{unit} {human(usd * rate)}"
    if code in _LAKH_CRORE and usd * rate >= 1e5:
        # ("how many crore?": South Asia counts money in lakh and crore; the amount in them too)
        v = usd * rate
        local += f" ({v / 1e7:,.4g} crore)" if v >= 1e7 else f" ({v / 1e5:,.4g} lakh)"
    was = amount(money.value, money.unit, req.lang)
    if was not in res.headline and money.label:
        was = f"{money.label}{'' if req.lang == 'zh' else ' '}{was}"   # (what the amount is, not said above)
    # (a rate said the other way round, "0.65 US per Aussie dollar", shown to five figures: 1.5385)
    tail = tr("head.in_local_currency", req.lang, rate=float(f"{rate:.5g}"), unit=unit, money=local, was=was)
    return replace(res, headline=res.headline + tail,
                   figures=(*res.figures, Figure(f"{money.name}_in_local", usd * rate, unit,
                                                 tr("fig.in_local_currency", req.lang, unit=unit))))


_TEXT_UNITS = {"tokens_per_word": ("words", "text.words"),
               "tokens_per_character": ("characters", "text.chars"),
               "tokens_per_letter": ("characters", "text.letters")}


def _text_of_tokens(res: Result, req: Request, read: set[str]) -> Result:
    """"5 million tokens of output per day and a token is about 0.75 words, how many words is that": a day's
    tokens said with a ratio of text to tokens the calculation did not need, in that text too."""
    key = next((k for k in _TEXT_UNITS if isinstance(req.params.get(k), float) and k not in read), None)
    tpd = req.params.get("tokens_per_day")
    if key is None or "tokens_per_day" not in read or not isinstance(tpd, float):
        return res
    ratio = float(req.params[key])         # (tokens per unit of text)
    read.add(key)
    unit, word = _TEXT_UNITS[key]
    n = tpd / ratio
    label = tr("fig.text_of_tokens", req.lang, unit=tr(word, req.lang))
    return replace(res, headline=res.headline + tr("head.text_of_tokens", req.lang, n=human(n, lang=req.lang),
                                                   unit=tr(word, req.lang)),
                   figures=(*res.figures, Figure(f"{unit}_per_day", n, unit, label)),
                   steps=(*res.steps, tr("step.text_of_tokens", req.lang, tokens=human(tpd, lang=req.lang),
                                         ratio=ratio, n=human(n, lang=req.lang), unit=tr(word, req.lang))))


def _replicas_of_count(res: Result, req: Request, read: set[str], cat: Catalog) -> Result:
    """"racks capped at 15 kW … 30 racks. how many Llama 3 70B replicas at TP8 can we host?": a replica size
    the calculation did not need, beside a count of GPUs it computed, is how many replicas those GPUs make
    (the model named said to fit on one, or not)."""
    tp = req.params.get("tensor_parallel")
    gpus = res.figure("gpus")
    if "tensor_parallel" in read or not isinstance(tp, float) or tp < 1 or gpus is None or gpus.value < tp \
            or res.figure("replicas") is not None:
        return res
    read.add("tensor_parallel")
    n = math.floor(gpus.value / tp)
    tail = tr("head.replicas_of_count", req.lang, n=n, tp=tp)
    notes = res.notes
    key = req.params.get("model")
    acc = cat.accelerators.get(str(req.params.get("accelerator", "")))
    if isinstance(key, str) and key in cat.models and acc is not None:
        read.update({"model", "precision"})
        model = cat.models[key]
        precision = str(req.params.get("precision", "fp8" if acc.peak_tflops("fp8")[1] == "fp8" else "bf16"))
        need = min_group(model, acc, precision)
        tail = tr("head.replicas_of_model", req.lang, n=n, tp=tp, model=model.short)
        if need is None or need > tp:
            notes = (*notes, tr("note.replica_too_small", req.lang, model=model.short, tp=tp, acc=acc.short,
                                need=need or "more than 64"))
    return replace(res, headline=res.headline + tail, notes=notes,
                   figures=(*res.figures, Figure("replicas", n, "replicas", tr("fig.replicas_total", req.lang,
                                                                                  tp=tp))))


def _pools_of_count(res: Result, req: Request, read: set[str]) -> Result:
    """"2048张H20，每张12.5万，按256卡一个池子分 … 总价多少、能分几个池子", "96 L40S … how many 8-GPU pools
    does that give us?": a cluster size the calculation did not need, beside the cards it counted or was
    given, is how many whole clusters those cards make."""
    size = req.params.get("pool_gpus")
    fig = res.figure("gpus")
    # (the fleet stated, else the one counted: "96 L40S … 2 per replica" splits the 96)
    gpus = req.params.get("gpus") if "gpus" in req.given else fig.value if fig is not None else None
    if "pool_gpus" in read or not isinstance(size, float) or size < 1 or not isinstance(gpus, float) \
            or gpus < size or res.figure("pools") is not None:
        return res
    read.add("pool_gpus")
    pools = math.floor(gpus / size)
    tail = tr("head.pools_of_count", req.lang, gpus=human(gpus, lang=req.lang),
              pools=human(pools, lang=req.lang), size=human(size, lang=req.lang))
    figures = (*res.figures, Figure("pools", pools, "clusters", tr("fig.pools", req.lang, size=size)))
    steps = (*res.steps, tr("step.pools", req.lang, n=gpus, size=size, pools=pools))
    cost = res.figure("cost_usd")
    if cost is not None and cost.value > 0 and req.params.get("asks_pool_cost"):
        # ("32-GPU slices … what does one cost us at $2.05/GPU-hr over 6 months?": one cluster's share)
        each = cost.value * size / gpus
        figures = (*figures, Figure("cost_per_pool_usd", each, "US$",
                                    tr("fig.cost_per_pool", req.lang, size=size)))
        steps = (*steps, tr("step.cost_per_pool", req.lang, cost=cost.value, size=size, gpus=gpus, each=each))
        tail += tr("head.cost_per_pool", req.lang, money=human(each, lang=req.lang),
                   size=human(size, lang=req.lang))
    return replace(res, headline=res.headline + tail, figures=figures, steps=steps)



def _purchase_of_count(res: Result, req: Request, read: set[str]) -> Result:
    """"pricing Gaudi 3 at $157k per 8-card server, needs 400 cards … total hw cost, and what tokens/s?":
    a purchase price the calculation did not need, beside the GPUs it counted or was given, is what
    buying them costs (whole servers at a server's price)."""
    key = next((k for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")
                if isinstance(req.params.get(k), float)), None)
    fig = res.figure("gpus")
    gpus = fig.value if fig is not None else float(req.params["gpus"]) \
        if "gpus" in read and isinstance(req.params.get("gpus"), float) else 0.0
    if key is None or key in read or gpus <= 0:
        return res
    price = req.params[key]
    assert isinstance(price, float)
    unit = "RMB" if key.endswith("cny") else "US$"
    if key.startswith("server"):
        servers = res.figure("servers")
        per = req.params.get("gpus_per_server")
        if servers is None and not isinstance(per, float):
            return res
        boxes = servers.value if servers is not None else math.ceil(gpus / float(per))  # type: ignore[arg-type]
        total = boxes * price
        step = tr("step.times_servers", req.lang, n=boxes, price=price, cur=unit, total=total)
        read.add("gpus_per_server")
    else:
        total = gpus * price
        step = tr("step.times_gpus", req.lang, n=gpus, price=price, cur=unit, total=total)
    read.add(key)
    off = req.params.get("discount")
    if isinstance(off, float) and "discount" not in read and 0 < off < 1:
        # ("12% off list on MI300X … List is $15,000 each, we want 8. Total cost, and how many users": the
        # price paid)
        read.add("discount")
        steps: tuple[str, ...] = (step, tr("step.discount_off", req.lang, off=off, before=total, cur=unit,
                                           keep=1 - off, total=total * (1 - off)))
        total *= 1 - off
    else:
        steps = (step,)
    name = "capex_cny" if unit == "RMB" else "capex_usd"
    mult = req.params.get("all_in_multiple")
    if isinstance(mult, float) and "all_in_multiple" not in read:
        # "Gaudi 3 at $15.6k/card; all-in multiple ~1.7x. 1,000 cards = how much capex": the build too
        read.add("all_in_multiple")
        head = tr("head.and_purchase_all_in", req.lang, money=amount(total * mult, unit, req.lang),
                  chips=amount(total, unit, req.lang))
        return replace(res, headline=res.headline + head,
                       figures=(*res.figures,
                                Figure(name, total * mult, unit, tr("fig.purchase_stated", req.lang))),
                       steps=(*res.steps, *steps))
    return replace(res, headline=res.headline + tr("head.and_purchase", req.lang,
                                                   money=amount(total, unit, req.lang)),
                   figures=(*res.figures, Figure(name, total, unit, tr("fig.purchase_stated", req.lang))),
                   steps=(*res.steps, *steps))


# "4.8k tok/s per gpu at conc 128", "实测 2400 tok/s（并发 64）": the load a rate was measured at
_AT_LOAD = rx.compile(r"(?:at\s+|@\s*)?(?:conc|concurrency|batch|bs\b|并发|批)", re.I)


def _vs_model(res: Result, req: Request, cat: Catalog, defaults: Mapping[str, float] | None,
              read: set[str]) -> Result:
    """"We measured 1,850 tok/s per GPU at batch 64 … reasonable vs theory?": the measured rate beside what
    the serving model gives for the same card, model, precision and batch (calc/inference.throughput), and
    their ratio, first in the answer."""
    measured = req.params.get("observed_tokens_per_s_per_gpu")
    server = req.params.get("observed_tokens_per_s_per_server")
    if measured is None and isinstance(server, (int, float)):
        # ("一台8卡H100节点 … 实测每台每秒4200 tokens": a server's rate, over its cards)
        cards = req.params.get("gpus_per_server")
        measured = server / (float(cards) if isinstance(cards, (int, float)) and cards > 0 else 8.0)
        read.update({"observed_tokens_per_s_per_server", "gpus_per_server"})
    if not req.params.get("asks_vs_model") or not isinstance(measured, (int, float)) or measured <= 0:
        return res
    params = {k: v for k, v in req.params.items() if k not in MEASURED_RATES and k != "asks_vs_model"}
    batch = next((s for s in req.stated if s.param in ("concurrent_users", "batch_per_replica")
                  and s.note == "" and isinstance(s.value, float)), None)
    if batch is not None:
        # (the batch a rate per GPU was measured at is one replica's, not spread over a server)
        params.pop("concurrent_users", None)
        params["batch_per_replica"] = float(batch.value or 0)
    mb = Builder(req=replace(req, intent="throughput", params=MappingProxyType(params)), cat=cat,
                 defaults=dict(defaults or {}))
    try:
        model = throughput(mb)
    except CalcError:
        return res                       # (what the model needs and the question lacks: the rate alone)
    per = model.figure("tokens_per_s_per_gpu")
    if per is None or per.value <= 0:
        return res
    if batch is not None:
        read.add(str(batch.param))
    tpot = model.figure("tpot_ms")
    at = tr("head.vs_model_at_batch", req.lang, batch=f"{batch.value:,.0f}") if batch is not None else \
        tr("head.vs_model_at_target", req.lang, ms=tpot.value if tpot is not None else 50.0)
    ratio = float(measured) / per.value
    head = tr("head.vs_model", req.lang, measured=human(float(measured), lang=req.lang),
              modeled=human(per.value, lang=req.lang), ratio=ratio, at=at)
    read.update(mb.read)
    said = [a for a in res.assumptions if a.name in MEASURED_RATES]
    # (the answer is the model's at the measured conditions, the measurement set beside it)
    return replace(model, headline=head,
                   figures=(Figure("measured_tokens_per_s_per_gpu", float(measured), "tokens/s",
                                   tr("fig.measured_per_gpu", req.lang)),
                            Figure("measured_vs_model", ratio, "x", tr("fig.measured_vs_model", req.lang)),
                            *model.figures),
                   assumptions=(*model.assumptions, *said),
                   steps=(*model.steps, tr("step.vs_model", req.lang, measured=float(measured),
                                           modeled=per.value, ratio=ratio)))


def _measured_at(res: Result, req: Request, read: set[str]) -> Result:
    """A concurrency or batch said as the condition of a measured rate the answer used ("we measure
    4.8k tok/s per gpu at conc 128 per replica") is part of that measurement: listed with it as
    an input, not set aside (the rate already carries it; nothing is recomputed at it)."""
    rate = next((s for s in req.stated if s.param in MEASURED_RATES and s.param in read and s.note == ""),
                None)
    if rate is None:
        return res
    for s in req.stated:
        if s.param in ("batch_per_replica", "concurrent_users") and s.param not in read and s.note == "" \
                and (0 <= s.start - rate.end <= 24 or req.params.get("batch_of_rate")) \
                and isinstance(s.value, float) and s.value >= 1 and _AT_LOAD.match(s.text) \
                and isinstance(rate.value, float) and rate.value > 0:
            # what the measurement says of each sequence: its share of the rate, a time per token
            read.add(s.param)
            each = rate.value / s.value
            return replace(res, assumptions=(*res.assumptions, Assumption(
                "measured_at", int(s.value), "", "question", tr("label.measured_at", req.lang))),
                figures=(*res.figures, Figure("stream_tokens_per_s", each, "tokens/s",
                                              tr("fig.stream_rate", req.lang)),
                         Figure("measured_tpot_ms", 1000 / each, "ms", tr("fig.measured_tpot", req.lang))),
                steps=(*res.steps, tr("step.measured_at", req.lang, rate=rate.value, batch=s.value, each=each,
                                      ms=1000 / each)))
        if s.param == "tensor_parallel" and s.param not in read and s.note == "" \
                and isinstance(s.value, float) and not ("model" in req.params or "params" in req.params) \
                and (0 <= s.start - rate.end <= 24 or 0 <= rate.start - s.end <= 24):
            # "2000 张 H20，TP8，平均吞吐每卡 260 token/s": the layout the rate was measured on (nothing
            # is modelled, so it changes no figure)
            read.add(s.param)
            return replace(res, assumptions=(*res.assumptions, Assumption(
                "measured_with_tp", int(s.value), "", "question", tr("label.measured_with_tp", req.lang))))
    return res



# the answers a second ask in the same message may take, in the order they are tried
_SECOND = ("fleet", "memory", "power", "capex", "training", "throughput", "convert")
_SERVED_LOAD = {"users", "queries_per_user", "input_tokens", "output_tokens", "tensor_parallel", "qps",
                "concurrent_users", "queries_per_day", "tokens_per_day", "tokens_per_user_day", "tpot_ms",
                "ttft_ms", "per_tokens", "batch_per_replica"}
_PRICED = ("asks_cost", "asks_purchase", "price_usd", "price_cny", "server_price_usd", "server_price_cny",
           "budget_usd", "budget_cny", "rent_usd_per_hour", "rent_cny_per_hour")
_NOT_A_SECOND_ASK = {"currency", "claim", "multi_ask", "asks_cost", "asks_power", "asks_purchase"}


def _second_ask(res: Result, req: Request, cat: Catalog, defaults: dict[str, float],
                read: set[str], reasons: dict[str, str]) -> Result:
    """"Llama 3 70B in fp8: how much HBM per replica, how many replicas on H200 for 400
    requests/sec, and how many GPUs total?": inputs the first answer did not need are a second
    ask; the first other answer that reads every one of them is given after the first."""
    left = {str(s.param) for s in req.stated if s.note == "" and s.param and s.param not in read
            and s.param in req.params and s.param not in _NOT_A_SECOND_ASK
            and s.param not in reasons}     # (set aside on purpose, with its reason: not an ask)
    if not left:
        return res
    second = req
    counted = res.figure("gpus")
    budget = any(k in req.params for k in ("budget_usd", "budget_cny"))
    if counted is not None and "gpus" not in req.params and req.params.get("servers", 1) == 1 \
            and (not budget or req.intent != "fleet") \
            and not ("servers" in req.params and "gpus_per_server" in req.params):   # ("one 8-card node")
        # ("GB200 NVL72 一个柜 120kW，园区总共 50MW … 合计多少 P 的 FP4 算力？": the one rack described is
        # the unit, the fleet the first answer sized is the one asked about)
        # "how many GPUs fit, and what's the capex at $25,000 per GPU?", "with a $5M rental budget …
        # what's the aggregate bf16 PFLOPS": the second ask is of the fleet the first answer sized
        second = replace(req, params=MappingProxyType({**req.params, "gpus": counted.value}),
                         derived=req.derived | {"gpus"})
    renamed: dict[str, str] = {}
    grown = res.figure("train_flops") if req.intent == "growth" else None
    if grown is not None and "gpus" not in req.params and "train_flops" in req.params:
        # "5e26 FLOP today, 4x per year: the size in 3 years, and how many H100s to do it in 100 days
        # at 40% MFU?": the second ask trains the grown run, over the second period stated
        days = [s for s in req.stated if s.param in ("days", "period_months") and s.note == "duplicate"
                and isinstance(s.value, float)]
        growth = next((s for s in req.stated if s.param in ("growth_rate_year", "doubling_months")), None)
        # ("How many H100s would a 5e26 FLOP run need over 90 days …, and if compute doubles every 6
        # months, how big a run is that by next year?": the run asked before the growth is today's)
        later = not days or growth is None or days[-1].start > growth.start
        params = {**second.params, "train_flops": grown.value if later else req.params["train_flops"]}
        params.pop("period_months", None)
        if days:
            months = days[-1].param == "period_months"
            params["days"] = float(days[-1].value or 0) * (30.4375 if months else 1)
        mfu = next((s for s in req.stated if s.param == "utilization" and "mfu" in s.text.lower()), None)
        if mfu is not None and "utilization" in params:
            params["mfu"] = params.pop("utilization")     # "at 40% MFU": the run's, read as it is
            left = (left - {"utilization"}) | {"mfu"}
            renamed = {"mfu": "utilization"}
        second = replace(second, params=MappingProxyType(params))
        if days:
            read.add(claimed(days[-1]))
    # ("… and roughly how many tokens/s would that be on Mistral 7B?": the rate asked is tried first)
    order = ("throughput", *(i for i in _SECOND if i != "throughput")) if req.params.get("asks_rate") \
        else _SECOND
    for intent in order:
        if intent == req.intent:
            continue
        if intent == "throughput" and not ("model" in req.params or "params" in req.params):
            # no model named: a second answer does not serve a default one; what a served load
            # would have read is named unused for that reason ("… 按每人每天20次 … 能撑多少日活？")
            for k in left & _SERVED_LOAD:
                reasons[k] = tr("unused.no_model_for_load", req.lang)
            continue
        if intent == "capex" and not any(k in req.params for k in _PRICED):
            continue                       # (no price, budget or cost asked: no purchase is a second ask)
        if intent == "fleet" and not ("model" in req.params or "params" in req.params) \
                and req.params.get("depreciation"):
            continue                       # (a write-off's users are no load to size a default model for)
        # a fleet sizes its own count: the first answer's GPUs are not a count stated to check
        asked = req if intent == "fleet" else second
        if intent == "training" and req.params.get("depreciation") and "days" in asked.params:
            # "… 要多少天？按 4 年折旧摊到每卡时多少钱": the write-off period is no run's length
            asked = replace(asked, params=MappingProxyType(
                {k: v for k, v in asked.params.items() if k != "days"}))
        b2 = Builder(req=replace(asked, intent=intent), cat=cat, defaults=dict(defaults),
                     first_intent=req.intent)
        try:
            other = _DISPATCH[intent](b2)
        except (CalcError, KeyError, ValueError, ZeroDivisionError, OverflowError):
            continue
        if not left <= b2.read:
            continue
        read |= b2.read | {renamed[k] for k in b2.read if k in renamed}
        names = {f.name for f in res.figures}
        # (the second answer's figure of a name the first has too is kept under its own name: the HBM's cost
        # beside the card's)
        return _and_second(res, other, req.lang, figures=(
            *res.figures, *(f if f.name not in names else replace(f, name=f"second_{f.name}")
                            for f in other.figures if f"second_{f.name}" not in names)))
    return res


def _and_second(res: Result, other: Result, lang: str, figures: tuple[Figure, ...] | None = None) -> Result:
    """The first answer with a second one said after it: its headline joined on, its assumptions not already
    named and its steps added (and the figures given, if any)."""
    known = {a.name for a in res.assumptions}
    return replace(res, headline=res.headline + tr("head.and_second", lang, second=other.headline),
                   figures=res.figures if figures is None else figures,
                   assumptions=(*res.assumptions, *(a for a in other.assumptions if a.name not in known)),
                   steps=(*res.steps, *other.steps))


_FIT_KEYS = ("model", "params", "active_params", "precision", "accelerator", "hbm_gb_per_gpu")


def _model_on_cards_bought(res: Result, req: Request, cat: Catalog, defaults: dict[str, float],
                           read: set[str]) -> Result:
    """"1200个校区，每个校区2张L4，跑Qwen2.5 7B int4 … 硬件一共多少钱？", "20台8卡H20 … 总共多少？这些卡够做
    Qwen2.5 72B全参微调吗": cards bought for a model named, the model not needed by the price; how many of
    the cards its weights need is said after the price (the model is used, not dropped)."""
    # ("the circuit tops out around 3.5 kW. how many RTX 4090 … at ~450W each, and would that run Llama 3 70B
    # in int4?": the cards the supply holds, then whether they hold the model)
    capped = req.intent == "power" and "server_power_cap_w" in req.params \
        and not any(k in req.params for k in LOADS)
    bought = (res.figure("gpus") or res.figure("gpus_under_cap")) if capped else \
        res.figure("gpus") if any(k in req.params for k in ("budget_usd", "budget_cny")) else None
    if req.intent not in ("capex", "power") or (req.intent == "power" and not capped) \
            or not ({"model", "params"} & set(req.params)) or ({"model", "params"} & read) \
            or not (any(k in req.params for k in ("gpus", "servers"))
                    or (bought is not None and bought.value >= 1)):
        return res
    params = {k: v for k, v in req.params.items() if k in _FIT_KEYS}
    if capped and bought is not None:
        # (the cards under the supply, in whatever box or rack it feeds)
        params = {k: v for k, v in params.items() if k not in ("servers", "gpus_per_server")}
        params["gpus"] = float(math.floor(bought.value))
    elif bought is not None and not any(k in req.params for k in ("gpus", "servers")):
        # ("预算50万，一半花在显卡上 … 一张一万六，能买几张？够不够跑Qwen2.5 72B": the cards the budget buys)
        params["gpus"] = float(math.floor(bought.value))
    fit = replace(req, intent="memory", params=MappingProxyType(params))
    b2 = Builder(req=fit, cat=cat, defaults=defaults, first_intent=req.intent)
    try:
        other = _DISPATCH["memory"](b2)
    except (CalcError, KeyError, ValueError, ZeroDivisionError, OverflowError):
        return res
    read |= b2.read & set(_FIT_KEYS)
    return _and_second(res, other, req.lang)


def _time_to_scale(res: Result, req: Request, read: set[str], factor: float) -> Result:
    """"18 MW today; demand grows 8x, doubling every 7 months: when do we get there, and how many GB200
    would that power?": the answer for the scaled load, and first the time the growth takes to reach it."""
    rate, doubling = req.params.get("growth_rate_year"), req.params.get("doubling_months")
    if factor <= 1 or req.intent == "growth" or any(k in req.params for k in ("period_months", "days")) \
            or "growth_rate_year" in read or "doubling_months" in read:
        return res
    if isinstance(doubling, (int, float)) and doubling > 0:
        months = doubling * math.log2(factor)
        step = tr("step.months_to_grow", req.lang, d=doubling, f=factor, log=math.log2(factor), months=months)
        read.add("doubling_months")
    elif isinstance(rate, (int, float)) and rate > 0:
        years = math.log(factor) / math.log(1 + rate)
        months = years * 12
        step = tr("step.years_at_rate", req.lang, f=factor, rate=rate, years=years)
        read.add("growth_rate_year")
    else:
        return res
    head = tr("head.scale_reached", req.lang, f=factor, months=months, years=months / 12)
    return replace(res, headline=head + res.headline, steps=(step, *res.steps), figures=(
        *res.figures, Figure("months", months, "months", tr("fig.months_to_grow", req.lang))))


def _year_of_stated_price(req: Request, read: set[str], reasons: Mapping[str, str]) -> None:
    """"At 2020 prices … renting at $1.50", "按2024年H100价格（每张22万元）": the year dates the price
    the question states, which is used."""
    if "year" in req.params and "year" not in read and "year" not in reasons and any(
            k in read and k in req.given for k in _PRICES):
        read.add("year")


def _year_of_stated_count(res: Result, req: Request, read: set[str], reasons: Mapping[str, str]) -> Result:
    """"600,000 H100-equivalents by end of 2024 … how many megawatts?": the year dates the count
    the question states; nothing grows, so it is shown as that date, and the answer says so."""
    if "year" not in req.params or "year" in read or (
            "year" in reasons and (req.intent != "fleet" or req.params.get("asks_cost"))) or not any(
            k in read and k in req.given for k in _COUNTS):
        return res
    key = "label.year_of_figures"
    if any(k in req.params for k in ("growth_rate_year", "growth_rate_month", "doubling_months",
                                     "factor", "factor_per_year", "users_to")):
        if any(k in read and k in req.given for k in ("period_months", "days")):
            key = "label.year_growth_from"  # "从2026年起…每年增长150%…三年后": the period's start
        elif "factor" in read and not any(k in req.params for k in (
                "growth_rate_year", "growth_rate_month", "doubling_months", "factor_per_year")):
            key = "label.year_factor_by"    # "If demand goes up 4x by 2027": when the factor is reached
        else:
            return res                     # a growth the year belongs to, left to its own reading
    read.add("year")
    if isinstance(reasons, dict):
        reasons.pop("year", None)          # (a fleet's priced side figures do not date the users)
    year = req.params["year"]
    return replace(res, assumptions=(*res.assumptions, Assumption(
        "year", f"{float(year):g}", "", "question", tr(key, req.lang))))


_COUNTS = ("gpus", "servers", "users", "capacity_flops", "tokens_per_day", "queries_per_day",
           "power_mw", "qps", "concurrent_users")


_PRICES = ("price_usd", "price_cny", "server_price_usd", "server_price_cny", "rent_usd_per_hour",
           "rent_cny_per_hour")


# a stated figure that the answer computes too: "…大概一个月就够，对吗？", "needs 16 H20?",
# "a 1,024-card cluster delivers 1.8 exaFLOPS": (figure it is checked against, unit factor)
_CLAIMS = {"days": ("train_days", 1.0), "period_months": ("train_days|months", 30.4375),
           "gpus": ("gpus", 1.0), "train_flops": ("train_flops", 1.0),
           "capacity_flops": ("flops", 1.0), "power_mw": ("power_mw", 1.0),
           "train_tokens": ("train_tokens", 1.0), "joules_per_token": ("energy_per_token_j", 1.0),
           # "my analyst says that's about $40M all-in … seems high?": a total the answer computes
           "budget_usd": ("capex_usd|capex_all_in_usd|cost_usd|electricity_usd|"
                          "cost_per_million_tokens_usd", 1.0),
           "budget_cny": ("capex_cny|capex_all_in_cny|cost_cny|electricity_cny|"
                          "cost_per_million_tokens_cny", 1.0),
           # "so almost 4x in 5 years", "GPU-hours: brief says ~80M", "implies around 40%"
           "factor": ("growth_factor", 1.0), "gpu_hours": ("gpu_hours", 1.0), "mfu": ("mfu", 1.0),
           "usd_per_million_tokens": ("cost_per_million_tokens_usd", 1.0)}


# a count of servers or of cards, not their hours or years: "16台服务器", "20k H100s"
_TIME_AFTER = r"(?![- ]?(?:hours?|hrs?|h\b|years?|yrs?|days?|months?|时|小时|年|天|月))"
_GPU_TIME_SAID = rx.compile(r"gpu[- ]?(?:(years?|yrs?)|hours?|hrs?|h\b)|(?:卡|gpu\s*)(?:(年)|时|小时)")
_SERVERS_SAID = rx.compile(r"(?:台|服务器|节点|机柜|\b(?:servers?|nodes?|boxes|racks?)\b)" + _TIME_AFTER)
_GPUS_SAID = rx.compile(r"(?:张|卡|\b(?:gpus?|cards?|chips?|accelerators?)\b)" + _TIME_AFTER)
# a rate in words: "30k tok/s", "2,000 tokens per second", "5k tps"
# "$90M total", "全部下来 6 亿", "all-in ~$1.2B": an amount of the whole build, not the chips alone
_WHOLE_SAID = rx.compile(r"\btotal\b|all[- ]in\b|in all\b|altogether|overall|合计|总计|总共|一共|全部|总价")
_RATE_SAID = rx.compile(r"tok(?:en)?s?\s*/\s*s|tokens? (?:per|a|/) ?s(?:ec|econd)?\b|\btps\b|"
                        r"(?:每秒|毎秒|秒間)[^，,。；;]{0,6}?\d[\d,.]*\s*[万千]?\s*个?\s*(?:token|词元|トークン)")


# a run's time said in days or weeks ("20 days", "两周", "about a week"), checked against the days computed
_DAYS_SAID = rx.compile(r"(?:\d|\ba|\bone|\btwo|\bthree)\s*(?:days?|weeks?)\b|fortnight|"
                        r"[\d一二两三四五六七八九十]\s*(?:天|周|星期)")


def _nearest(figures: list[Figure], want: float) -> Figure | None:
    """The figure whose value is nearest `want` by ratio (none of the wrong sign)."""
    return min(figures, key=lambda f: abs(math.log(want / f.value)) if want / f.value > 0 else math.inf,
               default=None)


def _check_claims(res: Result, req: Request, read: set[str], *, given: bool = True,
                  stated: bool = True) -> Result:
    """A stated number the calculation did not need but computes itself is a claim to check:
    the answer gives the stated value against the computed one (a figure and a step), so it
    is used, not set aside. `given`: the figures someone gave (claimed_value); `stated`: the
    parameters stated and not needed."""
    extra_figs: list[Figure] = []
    extra_steps: list[str] = []
    amounts: list[str] = []         # the first claim's computed amount, as the headline says it
    texts: list[str] = []           # … and its words
    worded: list[float | None] = []  # … and its days, when a time was said in words
    rate_checked: list[Figure] = []  # the rate a claimed rate was checked against

    def check(s: Stated, claimed: float, computed: float, unit: str = "") -> None:
        ratio = claimed / computed
        if not extra_figs:
            amounts.append(amount(computed, unit, req.lang))
            texts.append(s.text)
            # ("三周能训完，靠谱吗": a time said in words, quoted with its days)
            worded.append(float(s.value) if s.param == "days" and isinstance(s.value, float)
                          and not re.search(r"\d", str(s.text)) else None)
        extra_figs.append(Figure(f"claimed_{s.param}", ratio, "x", tr("fig.claimed", req.lang, text=s.text)))
        extra_steps.append(tr("step.claimed", req.lang, text=s.text, claimed=human(claimed, lang=req.lang),
                              computed=human(computed, lang=req.lang), ratio=ratio))
        read.add(str(s.param))

    for s in req.stated:
        if s.param == "claimed_value" and not given:
            continue
        if s.param == "claimed_value" and s.note == "" and isinstance(s.value, float):
            month = next((f for f in res.figures if f.name in ("cost_period_usd", "cost_period_cny")
                          and f.unit == ("RMB" if "cny" in f.name else "US$")), None) \
                if req.params.get("claim_monthly") else None
            if month is not None and month.value > 0:
                # ("hosting … will run $1,500/month on their GPU … Reasonable vs renting an L4?": against the
                # month's running cost computed)
                check(s, s.value, month.value, month.unit)
                continue
            if req.params.get("claim_draw") and (it := res.figure("power_it_mw")) is not None:
                # ("electrician reckons our DGX H100 will only pull like 3 kW … sounds way low??": against one
                # server's IT draw, no PUE)
                check(s, s.value / 1e6, it.value / max(1.0, float(req.params.get("servers") or 1.0)), "MW")
                continue
            # "Brief says ~80M": the headline figure it is nearest, if it is within 3x of one
            # (a claim in dollars is checked against a dollar figure, one in yuan against yuan)
            said = str(s.text).lower()
            unit = "US$" if re.search(r"\$|美元|美金|usd|dollar|刀|\bcents?\b|\bpenny\b", said) or (
                # ("add about £90k a year to the electricity bill": a pound or euro amount, read in US$)
                req.params.get("fx_from")
                and re.search(r"£|€|\bgbp\b|\beur\b|\bpounds?\b|\beuros?\b|\bquid\b", said)) else \
                "RMB" if re.search(r"¥|￥|元|rmb|人民币|yuan|块|分钱", said) else None
            if unit is None and re.search(r"电费|电力费用|用电成本|\b(?:electricity|power|electric|energy) "
                                          r"(?:bill|cost)", said):
                # ("一年电费也就3000万": a bill, in the question's currency)
                unit = "RMB" if req.params.get("currency") == "cny" or req.lang == "zh" else "US$"
            if unit is None and re.search(r"\bmonths?\b|个月", said):
                unit = "months"            # "pays itself off in 14 months": against the months computed
            elif unit is None and re.search(r"\d\s*[tgmk]wh\b|\d\s*(?:千瓦时|千瓦·时|兆瓦时|兆瓦·时|吉瓦时|"
                                            r"太瓦时|度电)", said):
                unit = "kWh"               # "~13 TWh/yr": against the energy computed (said in kWh)
            elif unit is None and re.search(r"\d\s*wh\b|\d\s*watt[- ]?hours?\b|\d\s*度$", said):
                unit = "Wh"                # "~0.3 Wh per query": against one request's energy
            elif unit is None and re.search(r"\d\s*(?:[kmg]w(?!h)|兆瓦|千瓦)", said):
                unit = "MW"                # "= 2 MW real": against the power computed (a claim in MW)
            elif unit is None and req.params.get("claim_ttft") \
                    and (alone := res.figure("ttft_alone_ms")) is not None:
                # "首token只要200ms … 可能吗": against one request alone, the fastest it gets its first token
                check(s, s.value, alone.value, "ms")
                continue
            elif unit is None and req.params.get("claim_request_time") \
                    and (alone := res.figure("request_alone_s")) is not None:
                # "does our whole tender pack … in under 30 seconds": against that request alone, start to end
                check(s, s.value, alone.value, "s")
                continue
            elif unit is None and req.params.get("claim_stream_rate") \
                    and (alone := res.figure("stream_tokens_per_s_alone")) is not None:
                # "gets 40 tokens/s per user … possible?": against one stream alone, the fastest it decodes
                check(s, s.value, alone.value, "tokens/s")
                continue
            elif unit is None and req.params.get("claim_daily_tokens") \
                    and (tps := res.figure("tokens_per_s")) is not None:
                # "一天能出5亿token，靠谱吗": against the modelled rate over a day
                check(s, s.value, tps.value * 86400, "tokens/day")
                continue
            elif unit is None and _RATE_SAID.search(said):
                unit = "tokens/s"          # "can do 30k tok/s": against the modelled rate
            elif unit is None and re.search(r"\bgpu[- ]?(?:hours?|days?|weeks?|months?|years?)\b", said) \
                    and (hours := res.figure("gpu_hours")) is not None:
                # ("'a few GPU-weeks' on H100. Is that real?": against the run's GPU-hours)
                check(s, s.value, hours.value, "GPU-hours")
                continue
            elif unit is None and req.params.get("currency") in ("cny", "usd") \
                    and re.search(r"(?:token|api|调用|接口|算力|云|电)\s*费|\bbill\b", said):
                # ("代理商说我们每月token费大概20万 … 这个数对吗": a bill, in the question's currency)
                unit = "RMB" if req.params.get("currency") == "cny" else "US$"
            elif unit is None and req.params.get("asks_cost") and re.fullmatch(
                    r"(?:like|about|around|~)?\s*[\d.,]+\s*(?:k|m|mn|bn|b|million|billion|万|亿)?",
                    said.strip()) and not any(x.param in ("accelerator", "server")
                                              and 0 <= x.start - s.end <= 2 for x in req.stated):
                # (not "'$500M buys ~20,000 H200s'": a count, the card named right after it)
                # "what does it cost … ppl say like 100k": a bare amount, when a cost is asked, is money
                unit = "RMB" if req.params.get("currency") == "cny" else "US$"
            near = _nearest([f for f in res.figures if f.value > 0 and 1 / 3 <= s.value / f.value <= 3
                             and (unit is None or f.unit == unit)], s.value)
            per_n = res.figure("cost_per_n_requests_usd" if unit == "US$" else "cost_per_n_requests_cny") \
                if unit in ("US$", "RMB") and req.params.get("per_requests") else None
            if unit == "US$" and req.params.get("claim_per_request") and res.figure("cost_per_query_usd"):
                near = res.figure("cost_per_query_usd")   # ("'$0.04 per call' … legit?": one request's cost)
            elif per_n is not None:
                near = per_n                 # ("$0,40 per 1.000 request, masuk akal?": those requests' cost)
            if near is None and unit == "MW" and "power_mw" in read \
                    and isinstance(req.params.get("power_mw"), float):
                # ("2.5 MVA at pf 0.8 = 2 MW real": against the real power the stated one was read as)
                near = Figure("power_mw", float(req.params["power_mw"]), "MW")
            if unit == "US$" and req.params.get("asks_per_gw") and res.figure("capex_per_gw_usd") is not None:
                near = res.figure("capex_per_gw_usd")   # ("Is $40bn of capex per GW right?": money per GW)
            per_gpu = res.figure("tokens_per_s_per_gpu") if unit == "tokens/s" and (
                req.params.get("one_gpu") or req.params.get("gpus") == 1.0
                or req.params.get("claim_per_gpu")) else None
            alone = res.figure("single_stream_tokens_per_s") if unit == "tokens/s" else None
            if alone is not None:
                near = alone                 # ("3k tok/s single-stream … cap right?": one stream's rate)
            elif per_gpu is not None:
                near = per_gpu               # ("每张H100上每秒可输出3000 token，靠谱吗": one card's rate)
            elif unit == "tokens/s" and isinstance(gpus := req.params.get("gpus"), float) and gpus > 1 \
                    and (total := res.figure("tokens_per_s")) is not None:
                # ("2 x L40S can push 3,000 tok/s": the cards counted, their rate together, however far off;
                # not the nearest figure, which may be one card's)
                near = total
            whole = next((f for f in res.figures if "_all_in_" in f.name and f.unit == unit
                          and 1 / 3 <= s.value / f.value <= 3), None)
            if whole is not None and _WHOLE_SAID.search(said):
                near = whole               # "$90M total" beside the servers plus 25% for the network
            # ("claims one 8x H20 box serves 1,200 users": "8x" before a card is the cards counted)
            # ("a single server with 8 H20s can run …": the cards the server holds are the number said)
            counted = "gpus" if SERVER_WITH_CARDS.search(said) else \
                "servers" if _SERVERS_SAID.search(said) else "gpus" if (
                _GPUS_SAID.search(said) or re.fullmatch(r"\d+\s*[x×]", said.strip())
                # ("the vendor says 16 H20 can serve …": a bare count, the card named right after it)
                or (re.fullmatch(r"[\d.,]+", said.strip()) and any(
                    x.param == "accelerator" and 0 <= x.start - s.end <= 2 for x in req.stated))) else None
            if unit is None and counted is not None and res.figure(counted) is not None:
                near = res.figure(counted)   # ("16台服务器 … 报多了": servers against the servers sized)
            elif unit is None and counted is None and req.params.get("claim_servers") \
                    and res.figure("servers") is not None:
                near = res.figure("servers")  # ("claims 6 HGX B200 servers handle our load": the servers)
            elif unit is None and counted is None and req.params.get("claim_counted") \
                    and res.figure("gpus") is not None:
                near = res.figure("gpus")    # ("how many B200s? They budget 3,000.": the count asked)
            elif unit is None and counted is None and re.search(r"\b(?:users?|people|seats)\b|用户", said) \
                    and (users := res.figure("concurrent_users") or res.figure("users")) is not None:
                near = users                 # ("someone on discord said ~1k users": the users it holds)
            wall = res.figure("train_days")
            if unit is None and wall is not None \
                    and re.fullmatch(r"[\d.,]+\s*(?:h|hrs?|hours?)", said.strip()):
                # "Table 4 lists 18 h": against the run's wall-clock hours
                check(s, s.value, wall.value * 24, "hours")
                continue
            if unit is None and wall is not None and _DAYS_SAID.search(said) \
                    and not _GPU_TIME_SAID.search(said):
                # "a vendor claims … in 20 days. possible?" (148.8 computed): against the run's days, however
                # far off
                check(s, s.value, wall.value, "days")
                continue
            hours = res.figure("gpu_hours")
            if unit is None and hours is not None and (gt := _GPU_TIME_SAID.search(said)) is not None:
                # "someone claims 40k gpu-hrs to train 7B on 2T tok … legit?": against the GPU-hours
                # computed, however far off (GPU-years in hours)
                years = bool(gt.group(1) or gt.group(2))
                check(s, s.value * (24 * 365.25 if years else 1.0), hours.value, hours.unit)
                continue
            if near is None and unit is None and re.search(r"[kmg]w\b|兆瓦|千瓦", said):
                # "1 million TPUs … would need over 1 GW": a power, against the answer's power
                near = _nearest([f for f in res.figures if f.value > 0 and f.name.startswith("power")],
                                s.value)
            if near is None and unit is None and said.rstrip().endswith("%") \
                    and res.figure("mfu") is not None:
                # "that implies what MFU? they'd need like 60% no?": a share against the MFU computed
                near = res.figure("mfu")
            if near is None and unit == "tokens/s":
                # "we're quoted 9.6M tokens/s for a 10k-GPU B200 cluster": against the modelled rate, however
                # far off the quote is
                near = res.figure("tokens_per_s") or _nearest(
                    [f for f in res.figures if f.value > 0 and f.unit == unit], s.value)
            if near is None and unit in ("Wh", "kWh", "months"):
                # "reports say ~0.3 Wh per query", "pays back in 8 months" (27 computed): against the energy
                # or the months computed, however far off
                near = _nearest([f for f in res.figures if f.value > 0 and f.unit == unit], s.value)
            if near is None and unit is not None \
                    and re.search(r"/\s*mo\b|/\s*month|\ba month|\bmonthly|\bper (?:user|seat)|"
                                  r"每月|/月|一个月", said) \
                    and (per_user := res.figure("cost_per_user_month")) is not None:
                near = per_user              # ("our cost per user is $0.80/mo": one user's month)
            if near is None and unit is not None:
                # "someone quoted $4.6M" for a run computed at $1.05M: an amount of money is checked
                # against the answer's amount in its currency, however far off it is
                near = _nearest([f for f in res.figures if f.value > 0 and f.unit == unit
                                 and (f.name.startswith("cost") or "_cost_" in f.name)], s.value)
            if unit is None and rate_checked and re.fullmatch(r"[~约]?\s*[\d.,]+\s*[kK万]?", said.strip()):
                # ("每秒能出2万个token，我们实测只有9000": a bare number beside a rate claimed, the same rate)
                near = rate_checked[0]
            if near is not None:
                check(s, s.value, near.value, near.unit)
                if near.unit == "tokens/s":
                    rate_checked.append(near)
            continue
        if s.note != "" or s.param not in _CLAIMS or s.param in read or not isinstance(s.value, float) \
                or not stated:
            continue
        names, factor = _CLAIMS[str(s.param)]
        # the candidate nearest the claim: "$6M in electricity" beside a $280M purchase
        got = _nearest([f for n in names.split("|") if (f := res.figure(n)) is not None and f.value],
                       s.value * factor)
        if got is not None and got.name == "months":
            factor = 1.0                   # "文章说半年就够了": months against months
        if got is None or not got.value:
            continue
        if str(s.param).startswith("budget_") and not 0.05 <= s.value * factor / got.value <= 20:
            continue                       # "$1.50" beside a $25M purchase is no claim of its total
        check(s, s.value * factor, got.value, got.unit)
    if not extra_figs:
        return res
    first, text = extra_figs[0], texts[0]
    # (named unless the headline already gives it: "407 MW …; the stated '$12B' is 0.99x the
    # US$12.1 billion computed")
    key = "head.claimed_amount" if amounts[0] and amounts[0] not in res.headline else "head.claimed"
    if abs(first.value - 1) < 0.005:
        key = "head.claimed_matches"     # ("合同金额为人民币贰亿肆仟零陆拾肆万元整": the same to within 0.5%)
    elif key == "head.claimed" and worded and worded[0] is not None:
        key = "head.claimed_days"
    tail = tr(key, req.lang, text=text, ratio=times(first.value), amount=amounts[0],
              days=worded[0] if worded and worded[0] is not None else 0.0)
    return replace(res, headline=res.headline + tail,
                   figures=(*res.figures, *extra_figs), steps=(*res.steps, *extra_steps))


def account(res: Result, req: Request, read: set[str],
            reasons: Mapping[str, str] | None = None) -> Result:
    """Split the question's spans into what was read and what was not (with the reason)."""
    inputs: list[Input] = []
    unused: list[Unused] = []
    used = [s for s in req.stated if s.param is not None and (
        (s.note in ("", "option", "restated") and s.param in read)
        # (the rate a euro or pound amount was read in US$ at: "at 1.27 $ per £", calc/foreign.foreign_money)
        or (s.note == "" and s.param == f"usd_per_{req.params.get('fx_from')}")
        # ("¥4.8m each, 150 yen to the dollar … in US$ and £": the rate an amount was converted at, the answer
        # given back in another currency)
        or (s.note == "" and s.param.startswith("usd_per_") and req.params.get("fx_used_" + s.param[8:]))
        # (the rate an amount in a currency the catalog does not convert was read at: "(1$ = 3.75 SAR)")
        or (s.note == "" and s.param == "local_per_usd" and req.params.get("fx_local"))
        # (the places counted as servers, each holding its cards, read as the sites: "45 venues, 2 L4s per
        # site")
        or (s.note == "" and s.param == "servers" and "sites" in read and req.params.get("sites") == s.value)
        or (s.note == "name_part" and "accelerator" in read) or claimed(s) in read
        # (a value read into another: "4 GPUs/node" into the GPU-hours of "40,000 node-hours")
        or s.note == "folded")]
    for s in req.stated:
        if any(s is u for u in used):
            inputs.append(Input(s.text, str(s.param)))
        elif any(u.start <= s.start and s.end <= u.end and (u.start, u.end) != (s.start, s.end)
                 for u in used):
            continue                           # "一张" inside a used "6 万多一张": part of it
        elif s.text:
            why = (reasons or {}).get(s.param or "") if s.note == "" else None
            item = Unused(s.text, why or _reason(s, req))
            if item not in unused:             # (the same words read twice are named once)
                unused.append(item)
    return replace(res, inputs=tuple(inputs), unused=tuple(unused))


def _reason(s: Stated, req: Request) -> str:
    lang = req.lang
    if s.note == "foreign_currency" and "local_per_usd" in req.params:
        # (with the currency's rate stated, the amount could be converted: what it is for was not told)
        return tr("unused.foreign_unplaced", lang)
    if s.note in ("unknown_like", "unknown_sized", "unknown_unneeded", "one_unit", "one_priced", "one_server",
                  "percentile", "whole",
                  "corrected",
                  "product_sized", "energy", "vague", "vague_only", "formula", "rack_draw",
                  "foreign_currency", "foreign_twin", "audio", "corpus_count", "ago", "past_window",
                  "org_size", "descriptor", "firm_part", "items_count", "corpus_docs", "trained_docs",
                  "catalog_size", "spread_over",
                  "places", "places_alone", "venue_size", "descriptor_round", "dimension", "members",
                  "capacity_claimed"):
        return tr(f"unused.{s.note}", lang)
    if s.note == "no_rate":
        return tr("unused.no_rate", lang, prec=str(s.value).upper())
    if s.note == "not_ahead":
        return tr("unused.not_ahead", lang, year=this_year())
    if s.param is None:
        return tr("unused.unknown", lang)
    if s.note == "duplicate":
        first = next((x.text for x in req.stated if x.param == s.param and x.note == ""), "")
        if not first and s.value == 1 and s.param in ("servers", "gpus"):
            # ("整机一台14kW左右 … 能上多少台": the one box a figure describes, beside a count computed)
            return tr("unused.one_unit", lang)
        if first:
            return tr("unused.duplicate", lang, label=label(s.param, lang), first=first)
        return tr("unused.not_read", lang, intent=tr(f"intent.{req.intent}", lang),
                  label=label(s.param, lang))
    return tr("unused.not_read", lang, intent=tr(f"intent.{req.intent}", lang),
              label=label(s.param, lang))


def _options(req: Request, cat: Catalog, defaults: dict[str, float]) -> Result:
    results: list[Result] = []
    read: set[str] = set()
    reasons: dict[str, str] = {}
    failed: list[CalcError] = []
    same_money = bool(req.params.get("same_budget")) and req.combine == "compare" \
        and req.intent == "capex" and not ("budget_usd" in req.params or "budget_cny" in req.params)
    for overlay in req.options:
        sub = req.option(overlay)
        spent = results[0].figure("cost_usd") if same_money and results else None
        if spent is not None and not any(k in overlay for k in ("gpus", "servers")):
            sub = _same_budget(sub, spent.value)
        # "每年增长150%，三年后…如果增速只有50%呢": each option grown over the horizon at its rate
        sub, pr = project(sub)
        b = Builder(req=sub, cat=cat, defaults=defaults)
        _text_ratios(b)                    # ("每份输出800~1000字，1个token约1.3个汉字": each option's ratio)
        try:
            # each option checks the claims its answer computes ("100,000 H100s = 100 exaflops,
            # in bf16? in fp8?")
            one = _year_of_stated_count(_DISPATCH[req.intent](b), sub, b.read, b.unused_reasons)
            if sub.params.get("multi_ask") and req.intent == "power":
                # ("放H20和H200分别能放多少张？FP8总算力各多少？": each option's second ask, as one card's)
                one = _second_ask(one, sub, cat, dict(defaults), b.read, b.unused_reasons)
            if sub.params.get("purchase_per_user"):
                one = _purchase_per_user(one, sub, b)
            if pr is not None:
                b.read.update(pr.read)
                one = replace(one, steps=(describe(pr, req.lang), *one.steps))
            results.append(_check_claims(_in_kva(one, sub, b.read), sub, b.read))
        except CalcError as exc:
            if exc.kind not in ("does_not_fit", "missing_input") or len(req.options) < 2:
                raise
            # one option that cannot be answered does not sink the comparison: it is shown
            # as that option's answer
            failed.append(exc)
            results.append(Result(intent=req.intent, headline=exc.render(req.lang), figures=(),
                                  assumptions=(), steps=()))
        read |= b.read | set(overlay)      # an option's own values are what it answers for
        for name, why in b.unused_reasons.items():
            # ("an A100 at 2021 prices vs an H100 now": each option's reason, once)
            reasons[name] = why if reasons.get(name, why) in (why, "") or why in reasons[name] \
                else f"{reasons[name]}; {why}"
    if len(failed) == len(req.options):
        raise failed[0]
    first = next(r for r in results if r.figures)
    if req.combine == "sum":
        figures = []
        for name in ADDITIVE:
            vals = [r.figure(name) for r in results]
            if all(v is not None for v in vals):
                f0 = vals[0]
                assert f0 is not None
                figures.append(Figure(name, sum(v.value for v in vals if v is not None),
                                      f0.unit, tr("fig.total", req.lang, label=f0.label or name)))
        parts = " + ".join(r.headline for r in results)
        # each group's accelerators: its figure, else the count it was stated with
        gpus = sum(r.value("gpus") if r.figure("gpus") is not None
                   else float(o.get("gpus", 0) or 0) or _server_gpus(o, cat)
                   for r, o in zip(results, req.options, strict=True))
        if not any(f.name == "gpus" for f in figures):
            figures.insert(0, Figure("gpus", gpus, "GPUs",
                                     tr("fig.total", req.lang, label=tr("fig.gpus_all", req.lang))))
        cost = next((f.value for f in figures if f.name == "cost_usd"), None)
        cost_cny = next((f.value for f in figures if f.name == "cost_cny"), None)
        # ("每组多少钱 … ¥9.8/卡时": the total in yuan first, as the parts are)
        total = ("，" if req.lang == "zh" else ", ") + _bill(cost, cost_cny, req) if cost is not None else ""
        headline = tr("head.mix", req.lang, gpus=human(gpus, lang=req.lang), total=total,
                      parts=parts)
        parent = Result(intent=req.intent, headline=headline, figures=tuple(figures),
                        assumptions=(), steps=tuple(s for r in results for s in r.steps),
                        alternatives=tuple(results))
    elif same_money and first.figure("cost_usd") is not None:
        money = tr("money.usd", req.lang, usd=human(first.value("cost_usd"), lang=req.lang))
        parent = replace(first, alternatives=tuple(results),
                         headline=tr("head.same_budget", req.lang, first=first.headline,
                                     n=len(results), usd=money))
    else:
        parent = replace(first, alternatives=tuple(results),
                         headline=tr("head.compare", req.lang, first=first.headline,
                                     n=len(results)))
        if req.params.get("on_demand_rate") and len(results) == 2 \
                and all(r.figure("cost_usd") for r in results):
            # "on-demand $3.90/hr vs 1yr reserved $2.60/hr … which is cheaper per month?": both bills
            c1, c2 = results[0].value("cost_usd"), results[1].value("cost_usd")
            c2_cny = results[1].figure("cost_cny")
            money2 = _bill(c2, c2_cny.value if c2_cny is not None else None, req)
            more = tr("head.compare_cost", req.lang, money=money2, ratio=c2 / c1)
            parent = replace(parent, headline=parent.headline + more)
        if len(results) == 2 and all((f := r.figure("tokens_per_s_per_kusd")) is not None and f.value > 0
                                     for r in results):
            # ("4 of them vs 1 new H100 PCIe … for running Llama 2 70B — which is the better deal?": the
            # throughput each option buys per dollar, the better one named)
            per = [r.value("tokens_per_s_per_kusd") for r in results]
            best = 0 if per[0] >= per[1] else 1
            names = [str(o.get("accelerator", "")) for o in req.options]
            if all(n in cat.accelerators for n in names):
                more = tr("head.compare_per_dollar", req.lang, best=cat.accelerators[names[best]].short,
                          ratio=per[best] / per[1 - best])
                parent = replace(parent, headline=parent.headline + more)
        if req.params.get("asks_added") and len(results) == 2 and all(r.figure("gpus") for r in results):
            # "moving from H800 to H20 … how many more GPUs?": the second option's count against the first's
            n1, n2 = results[0].value("gpus"), results[1].value("gpus")
            more = tr("head.compare_more" if n2 >= n1 else "head.compare_fewer", req.lang,
                      n=human(n2, lang=req.lang), diff=human(abs(n2 - n1), lang=req.lang))
            parent = replace(parent, headline=parent.headline + more)
        if "speedup" in req.params and "speedup" not in read and req.params.get("per_watt"):
            parent = _work_per_watt(parent, req, cat, defaults, read)
        if "speedup" in req.params and "speedup" not in read:
            parent = _work_per_dollar(parent, req, cat, defaults, read)
        if "speedup" in req.params and "speedup" not in read:
            parent = _ratio_against_model(parent, results, req, cat, read)
    if any(k in read and k in req.given for k in _PRICES):
        reasons.pop("year", None)         # an option without a catalog date: the stated price's
    _year_of_stated_price(req, read, reasons)
    return account(parent, req, read, reasons)


def _bill(usd: float, cny: float | None, req: Request) -> str:
    """An amount in dollars, said in yuan first (dollars beside) when the question priced in yuan."""
    if cny is not None and req.params.get("currency") == "cny":
        return tr("money.cny_usd", req.lang, cny=human(cny, lang=req.lang), usd=human(usd, lang=req.lang))
    return tr("money.usd", req.lang, usd=human(usd, lang=req.lang))


def _stated_ratio(req: Request) -> tuple[str, str, float, list[str]] | None:
    """A speed ratio stated between the two cards compared: (the faster, the slower, the ratio, the
    cards in the options' order), or None."""
    fast, k = req.params.get("speedup_fast"), req.params.get("speedup")
    accs = [str(o.get("accelerator")) for o in req.options]
    if len(accs) != 2 or fast not in accs or accs[0] == accs[1] or not isinstance(k, float) or k <= 0:
        return None
    return str(fast), next(a for a in accs if a != fast), k, accs


def _each_card(req: Request, cat: Catalog, defaults: dict[str, float]) -> list[tuple[Builder, Accelerator]]:
    """Each option's own builder and card, for a comparison made across the cards compared."""
    out = []
    for overlay in req.options:
        b = Builder(req=req.option(overlay), cat=cat, defaults=defaults)
        out.append((b, b.accelerator()))
    return out


def _owner_of(req: Request, param: str) -> str | None:
    """The accelerator a stated amount was said of: the one named last before it."""
    span = next((s for s in req.stated if s.param == param and s.note == ""), None)
    if span is None:
        return None
    # (not the card compared against, named inside the ratio's words: "Gaudi 3 比 H100 快 1.5 倍，每张才
    # 1.6 万美元" is Gaudi's price)
    ratio = next((s for s in req.stated if s.param == "speedup"), None)
    # (nor the one it is compared with, said right after the ratio: "MI300X is 1.3x faster than H100 and costs
    # $15k" is the MI300X's)
    # (the ratio's own words may hold it: "比 H100 快 2.5 倍，H100 每张 2.5 万美元" is the H100's price)
    reach = 0 if ratio is None or re.search(r"比|than|\bvs|相比", ratio.text) else 7
    named = [s for s in req.stated if s.param == "accelerator" and s.end <= span.start
             and not (ratio is not None and ratio.start <= s.start <= ratio.end + reach)]
    if not named:
        # "we pay $2.1/hr for H100 today": the card named right after it ("for H100", "的H100")
        after = next((s for s in req.stated if s.param == "accelerator" and 0 <= s.start - span.end <= 6),
                     None)
        return str(after.value) if after else None
    return str(named[-1].value)


def _work_per_dollar(parent: Result, req: Request, cat: Catalog, defaults: dict[str, float],
                     read: set[str]) -> Result:
    """"MI325X at $18k vs H200 at $32k, if H200 is 1.3x faster", "B200 at $5.50/hr vs H100 at
    $2.20/hr, B200 does 2.5x the throughput": two cards and a stated speed ratio between them; the
    work each gives per dollar of its price (its rent, where rents are compared), by that ratio."""
    pair = _stated_ratio(req)
    if pair is None:
        return parent
    fast, slow, k, accs = pair
    # each option's own stated price (or rent); a card with none stated at the catalog's ("Gaudi 3 比 H100
    # 快 1.5 倍，每张才 1.6 万美元，真的比 H100 划算吗": the H100 at its listed price, shown in the steps)
    rent_keys, price_keys = ("rent_usd_per_hour", "rent_cny_per_hour"), ("price_usd", "price_cny")
    rent_said = any(key in req.params for key in rent_keys)
    price_said = any(key in req.params for key in price_keys)
    stated_rent = [rent_said or any(key in o for key in rent_keys) for o in req.options]
    rents = all(stated_rent) or (any(stated_rent) and not price_said)
    if not rents and not price_said and not any(any(key in o for key in price_keys) for o in req.options):
        return parent
    # (cards priced in yuan on both sides are compared in yuan)
    yuan = not rents and all("price_cny" in o and "price_usd" not in o for o in req.options)
    prices: dict[object, float] = {}
    subs: dict[object, Builder] = {}
    shared = [k for k in (rent_keys if rents else price_keys) if k in req.params
              and not any(k in o for o in req.options)]
    owner = _owner_of(req, shared[0]) if shared else None
    own = [str(o.get("accelerator")) for o in req.options
           if any(k in o for k in (rent_keys if rents else price_keys))]
    if owner is None and len(own) == 1:
        owner = own[0]                   # ("H100 每张 2.5 万美元": the price read into its card's option)
    # (the other card's price at which a dollar buys the same work: only the stated one is needed)
    parity = not rents and owner is not None and bool(req.params.get("asks_payback"))
    for b, acc in _each_card(req, cat, defaults):
        if owner is not None and acc.id != owner:
            # (a price said once is its own card's; the other card's is the catalog's)
            b = Builder(req=replace(b.req, params=MappingProxyType(
                {k: v for k, v in b.req.params.items() if k not in shared})), cat=cat, defaults=defaults)
        price = rent_rate(b, acc) if rents else unit_prices(b, acc)[1 if yuan else 0]
        if (price is None or price <= 0) and not (parity and acc.id != owner):
            return parent
        prices[acc.id], subs[acc.id] = price or 0.0, b
    name = {a: cat.accelerators[str(a)].short for a in accs}
    lang = req.lang
    lengths = [key for key in ("input_tokens", "output_tokens") if key in req.params]
    notes: tuple[str, ...] = (tr("note.by_speedup", lang),)
    if lengths:
        # "if B200 is 2.3x faster on our 20k-token prompts": the ratio is the one on those lengths
        read.update(lengths)
        notes += (tr("note.ratio_on_lengths", lang),)
    if rents and owner == slow and req.params.get("asks_payback"):
        # "we pay $2.1/hr for H100; if B200 is 2.3x faster, what B200 hourly rent breaks even per query?":
        # the rent at which a query costs the same on either card
        even = prices[slow] * k
        read.update({"speedup", *subs[slow].read})
        step = tr("step.break_even_rent", lang, slow=name[slow], ps=prices[slow], k=k, even=even)
        fig = Figure("break_even_rent_usd_per_hour", even, "US$/GPU-h",
                     tr("fig.break_even_rent", lang, fast=name[fast]))
        head = tr("head.break_even_rent", lang, fast=name[fast], even=even, slow=name[slow], ps=prices[slow],
                  k=k)
        return replace(parent, headline=head, figures=(fig,), steps=(step,), notes=notes)
    if rents and owner == fast and req.params.get("asks_payback"):
        # "H200 rents at $3.10/hr; … 1.6x faster than H100 … What H100 $/hr is breakeven?": the slower card's
        # rent at which a query costs the same
        even = prices[fast] / k
        read.update({"speedup", *subs[fast].read})
        step = tr("step.break_even_rent_slow", lang, fast=name[fast], pf=prices[fast], k=k, even=even)
        fig = Figure("break_even_rent_usd_per_hour", even, "US$/GPU-h",
                     tr("fig.break_even_rent", lang, fast=name[slow]))
        head = tr("head.break_even_rent_slow", lang, fast=name[fast], even=even, slow=name[slow],
                  pf=prices[fast], k=k)
        return replace(parent, headline=head, figures=(fig,), steps=(step,), notes=notes)
    if parity:
        # "Gaudi 3 is 1.5x faster than H100 PCIe … Gaudi 3 card is ~$16k. At what NVIDIA card price do they
        # break even on perf per dollar?": the other card's price at which a dollar buys the same work
        target, other = (slow, fast) if owner == fast else (fast, slow)
        even = prices[fast] / k if target == slow else prices[slow] * k
        read.update({"speedup", *subs[other].read})
        cur = "money.cny_only" if yuan else "money.usd"
        said = tr(cur, lang, usd=human(prices[other], lang=lang), cny=human(prices[other], lang=lang))
        at = tr(cur, lang, usd=human(even, lang=lang), cny=human(even, lang=lang))
        step = tr("step.break_even_price", lang, other=name[other], po=said, k=k, even=at,
                  op="/" if target == slow else "x")
        fig = Figure("break_even_price_cny" if yuan else "break_even_price_usd", even,
                     "RMB" if yuan else "US$", tr("fig.break_even_price", lang, target=name[target]))
        head = tr("head.break_even_price", lang, target=name[target], even=at, other=name[other], po=said,
                  fast=name[fast], k=k)
        return replace(parent, headline=head, figures=(fig,), steps=(step,), notes=notes)
    ratio = k / prices[fast] * prices[slow]
    better, worse = (fast, slow) if ratio >= 1 else (slow, fast)

    def money(a: object) -> str:
        if yuan:
            return tr("money.cny_only", lang, cny=human(prices[a], lang=lang))
        return tr("money.usd", lang, usd=human(prices[a], lang=lang)) + ("/GPU-h" if rents else "")
    step = tr("step.work_per_dollar", lang, fast=name[fast], slow=name[slow], k=k, pf=money(fast),
              ps=money(slow), r=ratio)
    key = "head.work_per_dollar_even" if abs(ratio - 1) < 0.005 else "head.work_per_dollar"
    head = tr(key, lang, fast=name[fast], k=k, better=name[better],
              worse=name[worse], r=max(ratio, 1 / ratio))
    read.add("speedup")
    for b in subs.values():
        read.update(b.read)
    fig = Figure("work_per_dollar_ratio", ratio, "x",
                 tr("fig.work_per_dollar_ratio", lang, fast=name[fast], slow=name[slow]))
    return replace(parent, headline=parent.headline + head, figures=(*parent.figures, fig),
                   steps=(*parent.steps, step), notes=(*parent.notes, *notes))


def _work_per_watt(parent: Result, req: Request, cat: Catalog, defaults: dict[str, float],
                   read: set[str]) -> Result:
    """"B200 at 1000W, 2.2x faster than H100 … perf/W uplift vs H100 (700W)?": the stated speed ratio
    over the ratio of the cards' watts (as stated for each, else catalogued)."""
    pair = _stated_ratio(req)
    if pair is None:
        return parent
    fast, slow, k, accs = pair
    cards = _each_card(req, cat, defaults)
    watts = {acc.id: gpu_power_w(b, acc)[0] for b, acc in cards}
    if fast not in watts or slow not in watts:
        return parent
    for b, _acc in cards:
        read.update(b.read)              # (the watts each card was read at, stated or catalogued)
    ratio = k * watts[slow] / watts[fast]
    name = {a: cat.accelerators[str(a)].short for a in accs}
    lang = req.lang
    read.add("speedup")
    step = tr("step.work_per_watt", lang, fast=name[fast], slow=name[slow], k=k,
              wf=watts[fast], ws=watts[slow], r=ratio)
    label = tr("fig.work_per_watt_ratio", lang, fast=name[fast], slow=name[slow])
    fig = Figure("work_per_watt_ratio", ratio, "x", label)
    energy = Figure("energy_per_run_ratio", 1 / ratio, "x",
                    tr("fig.energy_per_run_ratio", lang, fast=name[fast], slow=name[slow]))
    head = tr("head.work_per_watt", lang, fast=name[fast], slow=name[slow], k=k, r=ratio, inv=1 / ratio)
    return replace(parent, headline=parent.headline + head, figures=(*parent.figures, fig, energy),
                   steps=(*parent.steps, step))


def _ratio_against_model(parent: Result, results: list[Result], req: Request, cat: Catalog,
                         read: set[str]) -> Result:
    """"有人说 H100 的 FP16 算力是 H20 的 6 倍", "听说 MI300X 快1.3倍": a stated speed ratio between the two
    options, set beside the one this answer computes for them (their peak FLOP/s per card, or their
    serving throughput per GPU)."""
    pair = _stated_ratio(req)
    if pair is None or len(results) != 2:
        return parent
    fast, slow, k, accs = pair
    by = {a: r for a, r in zip(accs, results, strict=True)}
    for name, basis in (("tokens_per_s_per_gpu", "basis.serving"), ("flops", "basis.peak"),
                        # ("Gaudi 3 is 1.5x faster than H100 SXM for training Llama 3.1 8B. true?": the
                        # GPU-hours the same run takes on each, fewer on the faster)
                        ("gpu_hours", "basis.training")):
        f, s_ = by[fast].figure(name), by[slow].figure(name)
        if f is None or s_ is None or s_.value <= 0 or f.value <= 0:
            continue
        if name == "flops" and any(r.figure("gpus") is not None for r in results):
            continue                       # (a fleet's total, not one card's)
        model = s_.value / f.value if name == "gpu_hours" else f.value / s_.value
        read.add("speedup")
        lang = req.lang
        short = {a: cat.accelerators[str(a)].short for a in accs}
        head = tr("head.ratio_vs_model", lang, k=k, fast=short[fast], slow=short[slow], m=model,
                  basis=tr(basis, lang), share=k / model)
        step = tr("step.ratio_vs_model", lang, fast=short[fast], slow=short[slow], f=f.value, s=s_.value,
                  m=model, k=k, unit=f.unit)
        fig = Figure("ratio_computed", model, "x", tr("fig.ratio_computed", lang, fast=short[fast],
                                                     slow=short[slow]))
        return replace(parent, headline=parent.headline + head, figures=(*parent.figures, fig),
                       steps=(*parent.steps, step))
    return parent


def _server_gpus(option: Mapping[str, object], cat: Catalog) -> float:
    """A group stated in servers ("HGX H100 x40"): its GPUs, from the server's size."""
    server, count = option.get("server"), option.get("servers")
    if not isinstance(server, str) or not isinstance(count, (int, float)) or server not in cat.servers:
        return 0.0
    return float(count) * cat.servers[server].gpus


def _same_budget(sub: Request, usd: float) -> Request:
    """'vs the same budget on H100': the later option spends what the first one costs."""
    params = {k: v for k, v in sub.params.items()
              if k not in ("gpus", "servers", "budget_usd", "budget_cny")}
    params["budget_usd"] = usd
    return replace(sub, params=MappingProxyType(params), derived=sub.derived | {"budget_usd"})


def ask(text: str, previous: Request | None = None, *,
        overrides: Mapping[str, float | str | bool] | None = None,
        catalog: Catalog | None = None) -> tuple[Request, Result]:
    """Parse and compute in one call; overrides are per-chat assumptions (/assume)."""
    req = parse(text, previous, catalog)
    if overrides:
        req = req.with_overrides(overrides)
    return req, compute(req, catalog=catalog)
