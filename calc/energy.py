"""Energy per request from a stated fleet and load: "how much energy per request do 100
servers drawing 6.5 kW use if they serve 10M requests a day?". Every stated figure is read:
the fleet's power (a facility figure in MW, or servers x kW per server, or GPUs x W per GPU),
the PUE, and the load (requests a day, queries per second, or users x queries per user)."""

from __future__ import annotations

import math
from dataclasses import replace

from calc import registry
from calc.build import Builder
from calc.costs import gpu_power_w, measured_tps_per_gpu, requests_per_day
from calc.result import Result
from calc.text import plain

SECONDS_PER_DAY = 86_400


def _per_request(b: Builder) -> Result:
    """No fleet stated: one request's share of a GPU at the serving model's operating point
    (power per GPU x PUE / output tokens per second per GPU x output tokens)."""
    from calc.inference import _point, _precision

    acc = b.accelerator()
    model = b.model(default="llama3_70b")
    precision = _precision(b, acc)
    tpot_ms = b.num("tpot_ms", 50)
    if b.has("gpus") or b.has("servers"):     # "on 8x H100": the operating point of that group
        n = b.count_gpus(acc)
        pt, _, lout = _point(b, model, acc, precision, tpot=tpot_ms / 1000,
                             max_group=int(min(n, 64)), gpus=n)
    else:
        pt, _, lout = _point(b, model, acc, precision, tpot=tpot_ms / 1000)
    watts, _ = gpu_power_w(b, acc)
    pue = b.num("pue", b.cat.rates.pue, origin="catalog", source=b.cat.rates.power_source)
    measured = measured_tps_per_gpu(b, acc, lambda: b.count_gpus(acc) if (b.has("gpus") or b.has("servers"))
                                    else b.num("gpus", 1, label=b.tr("label.measured_on")))
    tps = pt.tokens_per_s_per_gpu if measured is None else measured
    if tps != pt.tokens_per_s_per_gpu:
        b.step(b.tr("step.measured_rate", tps=tps, model=pt.tokens_per_s_per_gpu))
        pt = replace(pt, tokens_per_s_per_gpu=tps)
        if not (b.has("model") or b.has("params")):
            # a measured rate and no model named: the answer is the measurement's, not a default model's
            model = replace(model, short=b.tr("word.measured_workload"))
    if b.has("utilization"):              # idle capacity still draws power
        util = b.num("utilization", 1.0)
        pt = replace(pt, tokens_per_s_per_gpu=pt.tokens_per_s_per_gpu * util)
        b.step(b.tr("step.utilization", util=util, tps=pt.tokens_per_s_per_gpu))
    joules_per_token = watts * pue / pt.tokens_per_s_per_gpu
    wh = joules_per_token * lout / 3600
    b.step(b.tr("step.energy_per_token", watts=watts, pue=pue, tps=pt.tokens_per_s_per_gpu,
                j=joules_per_token, lout=lout, wh=wh))
    b.fig("energy_per_query_wh", wh, "Wh", b.tr("fig.energy_per_query"))
    b.fig("energy_per_token_j", joules_per_token, "J", b.tr("fig.energy_per_token"))
    b.fig("tokens_per_s_per_gpu", pt.tokens_per_s_per_gpu, "tokens/s", b.tr("fig.per_gpu"))
    busy = b.busy()
    if b.flag("tokens_per_kwh"):           # "一度电能生成多少token？": the inverse
        per_kwh = 3.6e6 / joules_per_token
        b.fig("tokens_per_kwh", per_kwh, "tokens", b.tr("fig.tokens_per_kwh"))
        b.step(b.tr("step.tokens_per_kwh", j=joules_per_token, n=per_kwh))
        if b.flag("per_mwh"):              # "how many tokens does each MWh turn into?"
            b.fig("tokens_per_mwh", per_kwh * 1000, "tokens", b.tr("fig.tokens_per_mwh"))
            return b.result("energy", b.tr("head.tokens_per_mwh", n=b.h(per_kwh * 1000), model=model.short,
                                           acc=acc.short, busy=busy))
        return b.result("energy", b.tr("head.tokens_per_kwh", n=b.h(per_kwh), model=model.short,
                                       acc=acc.short, busy=busy))
    if b.flag("per_token"):
        head = b.tr("head.energy_token", j=joules_per_token, model=model.short, acc=acc.short, busy=busy)
        if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
            # "J per token and $/Mtok at $0.10/kWh": the electricity of a million tokens beside it
            head += _electricity_of(b, joules_per_token * 1e6 / 3600, "head.electricity_per_mtok", 1e6)
        return b.result("energy", head)
    if b.has("per_tokens"):
        n = b.num("per_tokens", None)
        b.fig("energy_per_tokens_wh", joules_per_token * n / 3600, "Wh",
              b.tr("fig.energy_per_basis", n=n))
        wh_n = joules_per_token * n / 3600
        key = "head.energy_basis_kwh" if wh_n >= 1_000 else "head.energy_basis"
        if b.flag("asks_joules") and wh_n < 1_000:
            key = "head.energy_basis_j"      # "J per 1k tokens?": joules first, the Wh beside them
        return b.result("energy", b.tr(key, wh=wh_n, kwh=wh_n / 1000, n=n, j=wh_n * 3600,
                                       model=model.short, acc=acc.short, busy=busy)
                        + _electricity_of(b, joules_per_token * n / 3600, tokens=n))
    if b.has("per_requests"):
        # "energy per 1,000 requests … for our ESG report": the energy of that many requests
        n = _of_requests(b, wh)
        return b.result("energy", b.tr("head.energy_requests", wh=wh * n, n=n, model=model.short,
                                       acc=acc.short, lout=lout, busy=busy) + _electricity_of(b, wh * n))
    return b.result("energy", b.tr("head.energy_model_at", wh=wh, model=model.short,
                                   acc=acc.short, lout=lout, busy=busy)
                    + _electricity_of(b, wh))


def _of_requests(b: Builder, wh: float) -> float:
    """The number of requests an energy is asked per ("per 1,000 requests", "每千次请求"), their energy a
    figure: the number."""
    n = b.num("per_requests", None)
    b.fig("energy_per_requests_wh", wh * n, "Wh", b.tr("fig.energy_per_requests", n=n))
    return n


def _electricity_of(b: Builder, wh: float, key: str = "head.electricity_of",
                    tokens: float | None = None, name: str = "electricity", **fields: object) -> str:
    """"… 0.10 $/kWh": what that energy costs at the stated price (a headline suffix); for `tokens`
    tokens with a token price stated, the electricity's share of what they sell for."""
    from calc.costs import electricity_usd, fx

    if b.has("electricity_cny_per_kwh"):
        cost = wh / 1000 * b.num("electricity_cny_per_kwh", None)
        b.fig(f"{name}_cny", cost, "RMB", b.tr("fig.electricity_of_energy"))
        tail, cost_usd = b.tr(key, cost=_amount(b, cost, cny=True), **fields), cost / fx(b)
    elif b.has("electricity_usd_per_kwh"):
        cost_usd = wh / 1000 * electricity_usd(b)
        b.fig(f"{name}_usd", cost_usd, "US$", b.tr("fig.electricity_of_energy"))
        tail = b.tr(key, cost=_amount(b, cost_usd, cny=False), **fields)
    else:
        return ""
    price = next((k for k in ("usd_per_million_tokens", "cny_per_million_tokens") if b.has(k)), None)
    if tokens is None or price is None:
        return tail
    # "we price output at ¥12 per million tokens … power cost per 1M tokens vs the price?"
    sold = b.num(price, None) * tokens / 1e6
    sold_usd = sold / fx(b) if price.startswith("cny") else sold
    share = cost_usd / sold_usd
    b.fig("electricity_share_of_price", 100 * share, "%", b.tr("fig.electricity_share_of_price"))
    b.step(b.tr("step.electricity_share_of_price", cost=cost_usd, sold=sold_usd, share=share))
    return tail + b.tr("head.electricity_share_of_price", share=share)


def _money(b: Builder, x: float) -> str:
    """An amount in a headline: four figures when small ("0.0123", "66.84"), in words when large."""
    return plain(x, ",.4g") if x < 10_000 else b.h(x)      # "0.000007562", never "7.562e-06"


def _amount(b: Builder, x: float, *, cny: bool) -> str:
    """That amount in its one currency."""
    return b.tr("money.cny_only", cny=_money(b, x)) if cny else b.tr("money.usd", usd=_money(b, x))


def _stated_per_token(b: Builder) -> Result:
    """A stated energy per token over a token volume ("0.5 J a token, 1T tokens a day, a
    year?"): the energy, and its bill when an electricity price is stated. A measured J per
    token is the accelerators' own; a PUE stated beside it adds the facility's overhead."""
    j = b.num("joules_per_token", None)
    if b.has("power_mw") and not any(b.has(k) for k in ("tokens_per_day", "queries_per_day", "qps", "users")):
        # "~0.4 J/token, how many tokens/day can our 10MW of wind spillover produce?": the power over the
        # energy each token takes (at the meter when a PUE is stated)
        mw = b.num("power_mw", None)
        pue = b.num("pue", None) if b.has("pue") else 1.0
        tpd = mw * 1e6 * SECONDS_PER_DAY / (j * pue)
        b.step(b.tr("step.tokens_from_power", mw=mw, j=j, pue=pue, tpd=b.h(tpd)))
        b.fig("tokens_per_day", tpd, "tokens", b.tr("fig.tokens_from_power"))
        b.read.update({"model", "params", "precision", "accelerator"})
        return b.result("energy", b.tr("head.tokens_from_power", tpd=b.h(tpd), mw=mw, j=j,
                                       pue_part=b.tr("part.at_pue", pue=pue) if b.has("pue") else ""))
    if not any(b.has(k) for k in ("tokens_per_day", "queries_per_day", "qps", "users", "per_tokens")) \
            and b.has("output_tokens"):
        # "at 0.4 J/token and 750 tokens/query, energy per query in Wh?": one request's tokens
        n = b.num("output_tokens", None)
        if b.has("pue"):
            j *= b.num("pue", None)
        wh = j * n / 3600
        b.step(b.tr("step.joules_query", j=j, n=n, wh=wh))
        b.fig("energy_per_query_wh", wh, "Wh", b.tr("fig.energy_per_query"))
        b.read.update({"model", "params", "precision", "accelerator"})
        head = b.tr("head.joules_query", wh=wh, n=n, j=j)
        if b.has("per_requests"):
            # "每千次请求电费多少？每次输出500 token，每个token 0.3焦耳": that many requests' energy and bill
            k = _of_requests(b, wh)
            head += b.tr("head.of_requests", wh=wh * k, n=k)
            return b.result("energy", head + _electricity_of(b, wh * k))
        return b.result("energy", head + _electricity_of(b, wh))
    if not any(b.has(k) for k in ("tokens_per_day", "queries_per_day", "qps", "users")):
        # "electricity cost per 1M tokens on H100 at 0.4 J/token, $0.10/kWh?": per block of tokens;
        # "at 0.6 J per token and 2M tokens/vehicle/day, kWh per vehicle per day?": one user's (or
        # device's) day of tokens
        day = not b.has("per_tokens") and b.has("tokens_per_user_day")
        n = b.num("tokens_per_user_day", None) if day else \
            b.num("per_tokens", 1e6, label=b.tr("label.per_tokens_default"))
        if b.has("pue"):
            j *= b.num("pue", None)
        kwh = j * n / 3.6e6
        b.step(b.tr("step.joules_block", j=j, n=b.h(n), kwh=kwh))
        b.fig("energy_per_user_day_kwh" if day else "energy_per_tokens_kwh", kwh, "kWh",
              b.tr("fig.energy_per_user_day" if day else "fig.energy_per_block", n=b.h(n)))
        b.read.update({"model", "params", "precision", "accelerator"})
        if day and b.req.params.get("days") == 1.0:
            b.read.add("days")           # ("每台每天耗电多少度": the day asked is the day answered)
        head = b.tr("head.joules_user_day" if day else "head.joules_block", kwh=kwh, n=b.h(n), j=j) \
            + _electricity_of(b, kwh * 1000, tokens=n)
        if not day and b.has("per_requests") and b.has("output_tokens"):
            # "… per million tokens? And per 1k requests at 700 output tokens each?": those requests too
            lout = b.num("output_tokens", None)
            wh = j * lout / 3600
            b.step(b.tr("step.joules_query", j=j, n=lout, wh=wh))
            b.fig("energy_per_query_wh", wh, "Wh", b.tr("fig.energy_per_query"))
            k = _of_requests(b, wh)
            head += b.tr("head.of_requests", wh=wh * k, n=k) + _electricity_of(
                b, wh * k, name="electricity_per_requests")
        return b.result("energy", head)
    if not b.flag("asks_gpus"):
        # "If H100 serving burns about 0.4 J per token …": the stated joules are that hardware's and
        # model's, listed as what they describe (not left for a second answer to size a fleet nobody
        # asked for); "… how many gpus and at 0.4 J per token …" leaves the fleet to the second ask
        if b.has("accelerator"):
            b.accelerator()
        if b.has("model") or b.has("params") or b.has("active_params"):
            b.model()
        if b.has("precision"):
            b.read.add("precision")
            b.assume("precision", str(b.req.params["precision"]).upper(), "", "question",
                     registry.label("precision", b.lang))
    if b.has("tokens_per_day"):
        tpd = b.num("tokens_per_day", None)
    elif b.has("tokens_per_user_day") and b.has("users"):
        # "用户规模1000万，每人每天生成1500个token，每个token能耗0.3焦耳": the daily users' tokens
        from calc.inference import daily_users
        tpd = daily_users(b) * b.num("tokens_per_user_day", None)
    else:
        qpd = b.num("queries_per_day", None) if b.has("queries_per_day") else \
            b.num("qps", None) * SECONDS_PER_DAY if b.has("qps") else \
            b.num("users", None) * b.num("queries_per_user", 10)
        tpd = qpd * b.num("output_tokens", 500)
    days = b.num("days", 1, origin="question", label=b.tr("label.day_asked")) if b.flag("asks_daily") \
        else b.num("days", 365.25, label=b.tr("label.period_default_year"))
    kwh = j * tpd * days / 3.6e6
    b.step(b.tr("step.joules_tokens", j=j, tpd=b.h(tpd), days=days, kwh=kwh))
    if b.has("pue"):                    # "0.35 J per token … PUE 1.25": at the meter
        pue = b.num("pue", None)
        b.step(b.tr("step.energy_pue", kwh=kwh, pue=pue, out=kwh * pue))
        kwh *= pue
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_period", days=days))
    b.fig("power_mw", kwh / days / 24 / 1000, "MW", b.tr("fig.average_power"))
    grown = ""
    if b.has("users_to") and b.has("users") and not b.has("tokens_per_day") and "users" in b.read:
        # "用户从500万增长到5000万 … 负荷要增加多少": the same per-user load at the users grown to
        f = b.num("users_to", None) / b.num("users", None, record=False)
        mw, mw_to = kwh / days / 24 / 1000, kwh * f / days / 24 / 1000
        b.step(b.tr("step.users_grown_energy", kwh=kwh, f=f, out=kwh * f))
        to = b.h(b.num("users_to", None))
        b.fig("energy_kwh_grown", kwh * f, "kWh", b.tr("fig.energy_grown", users=to))
        b.fig("power_mw_grown", mw_to, "MW", b.tr("fig.average_power_grown"))
        grown = b.tr("head.energy_grown", users=to, mw=mw_to, more=mw_to - mw)
    basis = ""
    if b.has("per_tokens"):
        # "what's the energy per 1k tokens, and the annual kWh for 8B tokens/day?": the block asked too
        n = b.num("per_tokens", None)
        jn = j * n * (b.num("pue", None, record=False) if b.has("pue") else 1.0)
        b.fig("energy_per_tokens_wh", jn / 3600, "Wh", b.tr("fig.energy_per_basis", n=n))
        basis = b.tr("head.joules_per_basis", j=f"{jn:,.0f}" if jn >= 10 else f"{jn:.3g}", wh=jn / 3600,
                     n=b.h(n))
    per_requests = ""
    if b.has("per_requests") and b.has("output_tokens") and not b.has("per_tokens"):
        # "what's the energy per 1,000 requests, and what does 50 million requests a day draw": those
        # requests' energy too, each of its answer's tokens
        lout = b.num("output_tokens", None)
        wh = j * lout * (b.num("pue", None, record=False) if b.has("pue") else 1.0) / 3600
        b.step(b.tr("step.joules_query", j=j, n=lout, wh=wh))
        k = _of_requests(b, wh)
        per_requests = b.tr("head.of_requests", wh=wh * k, n=k)
    if b.flag("asks_mw") and not b.flag("asks_kwh"):
        # "how many MW to serve 1T tokens a day": the average power first
        return b.result("energy", b.tr("head.joules_power", mw=kwh / days / 24 / 1000, j=j, tpd=b.h(tpd))
                        + grown + per_requests + _electricity_of(b, kwh * 1000))
    head = basis + b.tr("head.joules_tokens", kwh=b.h(kwh), days=days, j=j, tpd=b.h(tpd))
    return b.result("energy", head + grown + per_requests + _electricity_of(b, kwh * 1000))


def _fleet_draw(b: Builder, kw: float) -> str:
    """A fleet's draw in MW, or in kW below one MW."""
    return b.tr("unit.mw", mw=kw / 1000) if kw >= 1000 else b.tr("unit.kw", kw=kw)


def _replacement(b: Builder) -> Result:
    """"replacing an H100 fleet (10k GPUs) with B200 @1000W, 2.2x speedup, same work: annual $ saved at
    $0.11/kWh, PUE 1.3?": the new fleet that does the old one's work (by the stated ratio, or as stated),
    each fleet's draw (a stated watts figure is the new card's; the old card's is catalogued) and the
    energy and the bill of each over the period (a year when none is stated), and the difference."""
    from calc.costs import price_per_kwh, pue

    old = b.cat.accelerators[str(b.req.params["from_accelerator"])]
    new = b.accelerator()
    n_old = b.num("from_gpus", None)
    if b.has("speedup"):
        k = b.num("speedup", None)
        rel = k if b.req.params.get("speedup_fast", new.id) == new.id else 1 / k
        n_new = float(math.ceil(round(n_old / rel, 6)))
        b.step(b.tr("step.replacement_count", old_n=n_old, old=old.short, rel=rel, new_n=n_new,
                    new=new.short))
        b.notes.append(b.tr("note.by_speedup"))
    else:
        n_new = b.num("gpus", n_old) if b.has("gpus") else n_old
    b.read.update({"from_accelerator", "from_gpus", "gpus"})   # (the count stated is the old fleet's)
    w_new, _ = gpu_power_w(b, new)
    server = next((s for s in b.cat.servers.values() if s.gpu == old.id), None)
    if b.has("watts_per_gpu") and not b.has("watts_per_server"):
        # "B200 @1000W": a chip's watts, so the old chip's too (like for like, no server share on one side)
        w_old, src = old.tdp_w, f"TDP {old.tdp_w:g} W, as the stated watts are a chip's"
    elif server is not None:
        w_old = server.power_w / server.gpus
        src = f"{server.name}: {server.power_w / 1000:g} kW / {server.gpus}"
    else:
        w_old = old.tdp_w * b.cat.rates.server_overhead
        src = f"TDP {old.tdp_w:g} W x {b.cat.rates.server_overhead:g}"
    b.step(b.tr("step.replacement_old_watts", old=old.short, w=w_old, src=src))
    p = pue(b)
    days = b.num("days", 365.25, label=b.tr("label.period_default_year"))
    hours = days * 24
    kw_old, kw_new = n_old * w_old * p / 1000, n_new * w_new * p / 1000
    mwh_old, mwh_new = kw_old * hours / 1000, kw_new * hours / 1000
    cny = b.has("electricity_cny_per_kwh") or b.req.params.get("currency") == "cny"
    price = price_per_kwh(b, cny)
    saved = (mwh_old - mwh_new) * 1000 * price
    b.step(b.tr("step.replacement_energy", old_n=n_old, old=old.short, w_old=w_old, new_n=n_new,
                new=new.short, w_new=w_new, pue=p, kw_old=kw_old, kw_new=kw_new, hours=hours,
                mwh_old=mwh_old, mwh_new=mwh_new))
    b.fig("gpus", n_new, "GPUs", b.tr("fig.gpus_of", acc=new.short))
    b.fig("power_mw", kw_new / 1000, "MW", b.tr("fig.facility_power"))
    b.fig("energy_saved_mwh", mwh_old - mwh_new, "MWh", b.tr("fig.energy_saved"))
    b.fig("electricity_saved_cny" if cny else "electricity_saved_usd", saved, "RMB" if cny else "US$",
          b.tr("fig.electricity_saved"))
    return b.result("energy", b.tr("head.replacement", old_n=b.h(n_old), old=old.short, new_n=b.h(n_new),
                                   new=new.short, p_old=_fleet_draw(b, kw_old),
                                   p_new=_fleet_draw(b, kw_new), pue=p, mwh=b.h(mwh_old - mwh_new), days=days,
                                   money=_amount(b, saved, cny=cny)))


def energy(b: Builder) -> Result:
    if b.has("from_accelerator") and b.has("from_gpus"):
        return _replacement(b)
    volume = any(b.has(k) for k in ("tokens_per_day", "queries_per_day", "qps", "users"))
    # (the J per token the user gives to check another figure someone gave, not the one checked: "the
    # '3 Wh per query' number … at 0.5 J/token and 500-token answers, how far off is it?")
    if b.has("joules_per_token") and not (b.req.params.get("claim") and not volume and (
            b.has("model") or b.has("accelerator"))
            and not any(s.param == "claimed_value" for s in b.req.stated)):
        return _stated_per_token(b)
    # ("听说 H100 跑推理每 token 能耗只有 0.4 焦左右，真的假的？": the modelled figure, the claim beside it)
    if not (b.has("queries_per_day") or b.has("qps") or b.has("users")):
        return _per_request(b)          # no load stated: one request's share of a GPU
    if b.has("power_mw"):
        it_w = b.num("power_mw", None) * 1e6
        what = b.tr("energy.stated_power")
    elif b.has("servers") and b.has("watts_per_server"):
        b.read.add("server")           # what was counted; its power is the stated one
        servers = b.num("servers", None)
        per = b.num("watts_per_server", None)
        it_w = servers * per
        what = b.tr("step.servers_watts", servers=servers, watts=per, total_kw=it_w / 1000)
        b.step(what)
    elif b.has("gpus") or b.has("servers"):
        acc = b.accelerator()
        gpus = b.count_gpus(acc)
        watts, _ = gpu_power_w(b, acc)
        it_w = gpus * watts
        what = b.tr("step.gpus_watts", gpus=gpus, watts=watts, total_kw=it_w / 1000)
        b.step(what)
    else:
        return _per_request(b)
    pue = b.num("pue", b.cat.rates.pue, origin="catalog", source=b.cat.rates.power_source)
    facility_w = it_w * pue
    per_day = requests_per_day(b)
    kwh_day = facility_w * 24 / 1000
    wh = kwh_day * 1000 / per_day
    b.step(b.tr("step.energy_per_query", it_kw=it_w / 1000, pue=pue, kwh_day=kwh_day,
                per_day=per_day, wh=wh))
    b.fig("energy_per_query_wh", wh, "Wh", b.tr("fig.energy_per_query"))
    b.fig("energy_kwh", kwh_day, "kWh", b.tr("fig.energy_per_day"))
    b.fig("power_mw", facility_w / 1e6, "MW", b.tr("fig.facility_power"))
    b.fig("queries_per_day", per_day, "queries/day", b.tr("fig.queries_per_day"))
    head = b.tr("head.energy", wh=wh, per_day=b.h(per_day), kw=b.h(facility_w / 1000))
    owned = _owned_per_request(b, per_day)
    if owned:
        return b.result("energy", head + owned)
    if b.has("per_requests") and (basis := b.num("per_requests", None)) > 1 \
            and (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")):
        # ("… 11¢/kWh — what's the energy cost per 1k photos?": that many requests' electricity)
        b.fig("energy_per_basis_wh", wh * basis, "Wh", b.tr("fig.energy_per_requests", n=basis))
        return b.result("energy", head + _electricity_of(b, wh * basis, key="head.electricity_per_basis",
                                                         name="electricity_per_basis", n=b.h(basis)))
    return b.result("energy", head + _electricity_of(b, wh))


def _owned_per_request(b: Builder, per_day: float) -> str:
    """"cost per ticket … 2台8x L40S, 电费$0.10/kWh, server每台$60k, 摊销24个月": the stated fleet owned (its
    purchase over the period plus its power) over the day's requests, a headline suffix ("" without a
    purchase price or a fleet)."""
    from calc.costs import fx, owned_rate, rent_rate

    if not (b.has("gpus") or b.has("servers")):
        return ""
    acc = b.accelerator()
    # ("amortize hardware over 36 months" with no price: the catalog's, said in the steps)
    hourly = owned_rate(b, acc) or (owned_rate(b, acc, catalog=True) if b.flag("depreciation") else None)
    rented = hourly is None and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"))
    if rented:
        # "our 32-GPU H100 RAG cluster … rent $2.3/hr, 400k queries/day. cost per query?": the rent
        # of every hour over the day's requests
        hourly = rent_rate(b, acc)
    if hourly is None:
        return ""
    gpus = b.count_gpus(acc)
    usd = gpus * hourly * 24 / per_day
    cny = any(b.has(k) for k in ("server_price_cny", "price_cny", "electricity_cny_per_kwh",
                                 "rent_cny_per_hour")) and not any(
        b.has(k) for k in ("server_price_usd", "price_usd", "electricity_usd_per_kwh", "rent_usd_per_hour"))
    cost = usd * fx(b) if cny else usd
    kind = "rented" if rented else "owned"
    b.fig("cost_per_request_cny" if cny else "cost_per_request_usd", cost, "RMB" if cny else "US$",
          b.tr(f"fig.{kind}_per_request"))
    b.step(b.tr(f"step.{kind}_per_request", gpus=gpus, rate=hourly, per_day=b.h(per_day), usd=usd))
    head = b.tr(f"head.{kind}_per_request", money=_amount(b, cost, cny=cny))
    if rented and b.has("utilization"):
        # ("averages 25% utilization"): the rent is paid for idle hours too; the share says the room left
        util = b.num("utilization", None)
        b.notes.append(b.tr("note.rent_at_utilization", util=util, more=1 / util if util else 0.0))
    turns = b.req.params.get("turns_per_session")
    if isinstance(turns, float) and turns > 1:
        # "cost per ticket … 4 messages per ticket": a conversation is that many requests
        b.fig("cost_per_conversation_cny" if cny else "cost_per_conversation_usd", cost * turns,
              "RMB" if cny else "US$", b.tr("fig.owned_per_conversation"))
        head += b.tr("head.per_conversation", money=_amount(b, cost * turns, cny=cny), turns=turns)
    if b.has("per_requests") and (basis := b.num("per_requests", None)) > 1:
        # ("What's our cost per 1,000 calls if the AI line runs on 2 L40S we bought …": the basis asked)
        b.fig("cost_per_basis_cny" if cny else "cost_per_basis_usd", cost * basis, "RMB" if cny else "US$",
              b.tr("fig.cost_per_basis", n=b.h(basis)))
        head += b.tr("head.per_basis_requests", money=_amount(b, cost * basis, cny=cny), n=b.h(basis))
    return head
