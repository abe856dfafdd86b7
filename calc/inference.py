"""Serving: how many accelerators a load needs, what a set of accelerators can serve, and the
article's headline case (ChatGPT in every Google search).

A fleet's load is what the question states: daily (or monthly / weekly) users x queries per
user, total queries a day, queries per second, or concurrent users streaming at the latency
target. With none of them the answer asks for it; it never assumes a user count.
"""

from __future__ import annotations

import math
from dataclasses import replace

from calc import registry
from calc.build import Builder
from calc.catalog import Accelerator, Model
from calc.costs import (
    answer_length_of_volume,
    budget_part,
    capex,
    cards_owned,
    cash,
    daily_cost,
    fleet_power,
    fx,
    gpu_power_w,
    job_requests,
    measured_tps_per_gpu,
    owned_rate,
    pue,
    queries_per_user,
    rent_rate,
    requests_of_conversations,
    requests_per_day,
    scaled_fleet,
    servers_bought,
    stated_power,
    unit_prices,
    usd_money,
    with_input_price,
)
from calc.projection import growth_factor
from calc.result import CalcError, Reference, Result
from calc.roofline import (
    CALIBRATION,
    ServingPoint,
    fastest,
    fewest_gpus,
    group_point,
    min_group,
    serving_point,
    serving_points,
)
from calc.text import times

SECONDS_PER_DAY = 86_400
# daily active users per monthly / weekly active user, when the question counts those
DAU_SHARE = {"monthly_users": ("monthly", "dau_per_mau", 0.3),
             "weekly_users": ("weekly", "dau_per_wau", 0.5),
             # "10,000 seats, only 30% active on a given day": a population and its daily share
             "population_users": ("population", "dau_per_mau", 0.3)}


def _precision(b: Builder, acc: Accelerator) -> str:
    b.read.add("precision")
    if b.has("precision"):
        p = str(b.req.params["precision"])
        b.assume("precision", p.upper(), "", b.req.origin("precision") or "question",
                 b.tr("label.precision"))
        return p
    p = acc.native_low_precision()
    b.assume("precision", p.upper(), "", "default", b.tr("label.precision"),
             "lowest precision the accelerator runs natively, FP4 excluded (accuracy)")
    return p


def _bound(b: Builder, pt: ServingPoint) -> str:
    """What limits the decode step, as a word in the question's language."""
    return b.tr("word.compute_bound" if pt.bound == "compute" else "word.memory_bound")


def per_million_tokens(per_hour: float, tps: float) -> float:
    """What an hour's amount (a rent, an owned hour, its kWh) comes to per million tokens made at
    `tps` tokens a second."""
    return per_hour / (tps * 3600) * 1e6


def _power_share(b: Builder, acc: Accelerator, pt: ServingPoint, per_mtok: float) -> str:
    """"power cost per 1M tokens … at $0.14/kWh — does it even matter next to the $1.8/hr rental?": a
    million tokens' electricity beside the rented hour's cost of them (the owner's power bill)."""
    if not (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) or not (
            b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")):
        return ""
    from calc.costs import electricity_usd
    watts, _ = gpu_power_w(b, acc)
    kwh = per_million_tokens(watts * pue(b) / 1000, pt.tokens_per_s_per_gpu)
    cost = kwh * electricity_usd(b)
    b.fig("electricity_per_million_tokens_usd", cost, "US$", b.tr("fig.power_per_mtok"))
    b.step(b.tr("step.power_per_mtok", watts=watts, pue=pue(b), tps=pt.tokens_per_s_per_gpu, kwh=kwh,
                cost=cost))
    return b.tr("head.power_per_mtok", cost=cost, share=cost / per_mtok if per_mtok else 0.0)


def _owned_beside(b: Builder, acc: Accelerator, pt: ServingPoint) -> str:
    """"we bought 96 H100 at $27.5k each. vs renting at $2.10/hr, which is cheaper per token?": the
    owned hour's cost per million tokens beside the rented one."""
    if not (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) or not any(
            b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        return ""
    owned = owned_rate(b, acc, beside_rent=True)
    rented = b.value_of("cost_per_million_tokens_usd")
    if owned is None or not rented:
        return ""
    per_mtok = per_million_tokens(owned, pt.tokens_per_s_per_gpu)
    b.fig("cost_per_million_tokens_owned_usd", per_mtok, "US$", b.tr("fig.cost_per_mtok_owned"))
    return b.tr("head.owned_beside", cost=per_mtok, rate=owned,
                cheaper=b.tr("word.owning" if per_mtok < rented else "word.renting"))


def _point(b: Builder, model: Model, acc: Accelerator, precision: str, *, tpot: float | None,
           max_group: int | None = None, need: float | None = None,
           gpus: float | None = None) -> tuple[ServingPoint, float, float]:
    """The operating point: given a load `need` in output tokens/s, the group size that serves
    it with the fewest GPUs; given a count of `gpus`, the one that gets the most out of them;
    else the best per-GPU throughput."""
    if not b.has("input_tokens") and b.has("input_tokens_per_day") and b.has("tokens_per_day"):
        # "~30B input tokens/day, 6B output tokens/day": each request's prompt is that many times its answer
        per = b.num("input_tokens_per_day", None, record=False) / b.num("tokens_per_day", None, record=False)
        lin = b.num("input_tokens", float(b.req.params.get("output_tokens", 500)) * per, origin="derived",
                    label=b.tr("label.input_of_volumes"))
    else:
        lin = b.num("input_tokens", 500)
    if not b.has("output_tokens") and b.flag("translation") and b.has("input_tokens"):
        # ("translate a 22,000-word libretto"): the translation about as long as the text it translates
        lout = b.num("output_tokens", lin, origin="derived", label=b.tr("label.translation_length"))
    else:
        lout = b.num("output_tokens", 500)
    margin = b.num("ttft_margin", 1.5)
    ttft = b.num("ttft_ms", None) / 1000 if b.has("ttft_ms") else None
    cap = None
    if gpus is not None and b.has("concurrent_users"):
        conc = b.num("concurrent_users", None)

        def cap(n: int) -> int:      # the stated concurrency spread over the replicas
            return max(1, math.ceil(conc / max(1, math.floor(gpus / n))))
    if b.has("batch_per_replica"):
        per_replica = int(b.num("batch_per_replica", None))

        def cap(n: int) -> int:      # "conc=64/replica": the serving stack's batch limit
            return per_replica
    pts = serving_points(model, acc, precision, input_tokens=lin, output_tokens=lout,
                         tpot_target_s=tpot, max_group=max_group,
                         ttft_target_s=ttft / margin if ttft is not None else None,
                         max_batch=cap)
    if b.has("tensor_parallel"):
        # "TP4": the replica the user runs, not the group the model would pick
        tp = b.num("tensor_parallel", None)
        chosen = [p for p in pts if p.group == tp]
        if not chosen and ttft is not None and group_point(
                model, acc, precision, int(tp), input_tokens=lin, output_tokens=lout) is not None:
            pts = []                     # the replica fits: the time to first token is what fails
        elif not chosen:
            raise _no_fit("err.tp_does_not_fit", "hint.lower_precision", precision, model=model.short,
                          acc=acc.short, tp=tp, groups=", ".join(str(p.group) for p in pts) or "-")
        pts = chosen or pts
    if ttft is not None and not pts:
        # one request alone on each replica size: its prefill and the one decode step it waits for
        alone = serving_points(model, acc, precision, input_tokens=lin, output_tokens=lout,
                               tpot_target_s=None, max_group=max_group, max_batch=lambda n: 1)
        if b.has("tensor_parallel"):
            alone = [p for p in alone if p.group == b.num("tensor_parallel", None)] or alone
        if alone and tpot is not None and min(p.ttft_s for p in alone) * margin <= ttft:
            # "首 token 1.5 秒以内，每 token 60 毫秒以内 … TP4": each target alone is within reach, not
            # both at once at a batch that serves anything (the time to first token was not the culprit)
            one = min(alone, key=lambda p: p.ttft_s)
            raise CalcError("does_not_fit", "err.latency_targets", hint_key="hint.ttft", ttft=ttft * 1000,
                            tpot=tpot * 1000, model=model.short, acc=acc.short, lin=lin, group=one.group,
                            best=one.ttft_s * margin * 1000, step=one.step_s * 1000)
        if alone:
            best = min(p.ttft_s for p in alone) * margin * 1000
            if b.req.origin("model") is None and b.req.origin("params") is None:
                # out of reach for a model nobody named: ask which one, not "impossible"
                raise CalcError("missing_input", "err.ttft_default_model", hint_key="hint.name_model",
                                ttft=ttft * 1000, best=best, model=model.short, acc=acc.short,
                                lin=lin, param="model")
            raise CalcError("does_not_fit", "err.ttft_unreachable", hint_key="hint.ttft",
                            ttft=ttft * 1000, best=best, model=model.short, acc=acc.short,
                            lin=lin, reach=_within_reach(b, model, acc, precision, ttft=ttft, lin=lin,
                                                         lout=lout, margin=margin, max_group=max_group))
    pt = None
    if pts:
        if need is not None:
            pt = fewest_gpus(pts, need)[0]
        elif gpus is not None:
            fits = [p for p in pts if p.group <= gpus]
            pt = max(fits, key=lambda p: _delivered(b, p, gpus)) if fits else fastest(pts)
        else:
            pt = fastest(pts)
    if pt is None:
        raise _no_fit("err.does_not_fit", "hint.lower_precision", precision, model=model.short,
                      acc=acc.short, mem=acc.mem_gb)
    b.assume("calibration", CALIBRATION.software, "", "catalog", b.tr("label.calibration"),
             CALIBRATION.source)
    b.notes.append(b.tr("note.calibration", sw=CALIBRATION.software))
    if pt.compute_precision != precision:
        b.notes.append(b.tr("note.no_native", acc=acc.short, prec=precision.upper(),
                            cprec=pt.compute_precision.upper()))
    b.step(b.tr("step.weights_kv", w=pt.weights_gb, prec=precision.upper(),
                kv=pt.kv_gb_per_seq * 1000, ctx=lin + lout / 2))
    limit = b.tr("word.latency_limited" if pt.latency_limited else
                 "word.concurrency_limited" if pt.concurrency_limited else "word.memory_limited")
    b.step(b.tr("step.replica", group=pt.group, acc=acc.short, batch=pt.batch, limit=limit,
                step=pt.step_s * 1000, tc=pt.t_compute_s * 1000, tm=pt.t_memory_s * 1000,
                bound=_bound(b, pt)))
    b.step(b.tr("step.per_gpu", batch=pt.batch, step=pt.step_s * 1000, group=pt.group,
                tps=pt.tokens_per_s_per_gpu))
    b.step(b.tr("step.latency", lin=lin, pre=pt.prefill_s * 1000, step=pt.step_s * 1000,
                margin=margin, ttft=pt.ttft_s * margin * 1000))
    if pt.ttft_limited:
        b.notes.append(b.tr("note.ttft_limited", ttft=(ttft or 0) * 1000, margin=margin))
    return pt, lin, lout


def _within_reach(b: Builder, model: Model, acc: Accelerator, precision: str, *, ttft: float, lin: float,
                  lout: float, margin: float, max_group: int | None) -> str:
    """"is 100 ms TTFT even doable on L4? if not which gpu should we look at": the catalogued
    accelerators whose one request alone (prefill and one decode step, with the margin) meets the
    target with the same model, precision and prompts, each on the smallest replica (up to 8 GPUs)
    that meets it: the fewest GPUs first, then the most modest card that still meets it (closest to
    the target), three at most."""
    reach = []
    for other in b.cat.accelerators.values():
        if other.id == acc.id:
            continue
        alone = serving_points(model, other, precision, input_tokens=lin, output_tokens=lout,
                               tpot_target_s=None, max_group=max_group, max_batch=lambda n: 1)
        # (the smallest replica that meets it, up to one 8-GPU server: a 7B model is not split 64 ways)
        first = next((p for p in sorted(alone, key=lambda p: p.group)
                      if p.group <= 8 and p.ttft_s * margin <= ttft), None)
        if first is not None:
            reach.append((first.group, first.ttft_s * margin,
                          other.short if first.group == 1 else f"{first.group} x {other.short}"))
    if not reach:
        return b.tr("err.ttft_reach_none")
    reach.sort(key=lambda r: (r[0], -r[1]))
    return b.tr("err.ttft_reach", accs=b.tr("word.list_sep").join(
        b.tr("err.ttft_reach_one", acc=name, ms=best * 1000) for _, best, name in reach[:3]))


def _alone(b: Builder, model: Model, acc: Accelerator, precision: str,
           pt: ServingPoint) -> ServingPoint | None:
    """One request alone on the operating point's replica (a batch of one), at the stated lengths."""
    return next((p for p in serving_points(model, acc, precision,
                                           input_tokens=b.num("input_tokens", 500, record=False),
                                           output_tokens=b.num("output_tokens", 500, record=False),
                                           tpot_target_s=None, max_group=pt.group, max_batch=lambda n: 1)
                 if p.group == pt.group), None)


def _ttft_head(b: Builder, model: Model, acc: Accelerator, precision: str, pt: ServingPoint) -> str:
    """The headline of a question asking the time to first token: one request alone on the
    replica (its prefill and the decode step it waits for), then at the operating point's
    batch with the queueing margin, against a stated target when there is one."""
    lin = b.num("input_tokens", 500, record=False)
    margin = b.num("ttft_margin", 1.5, record=False)
    alone = _alone(b, model, acc, precision, pt)
    alone_ms = (alone.ttft_s if alone is not None else pt.prefill_s + pt.step_s) * 1000
    b.fig("ttft_alone_ms", alone_ms, "ms", b.tr("fig.ttft_alone"))
    head = b.tr("head.ttft", lin=lin, model=model.short, acc=acc.short, group=pt.group,
                prec=precision.upper(), alone=alone_ms, loaded=pt.ttft_s * margin * 1000, batch=pt.batch)
    if b.has("ttft_ms"):
        target = b.num("ttft_ms", None, record=False)
        head += b.tr("head.ttft_target_met" if pt.ttft_s * margin * 1000 <= target else
                     "head.ttft_target_alone" if alone_ms <= target else "head.ttft_target_missed",
                     target=target)
    return head


def _stated_too_few(b: Builder, n: float, acc: Accelerator, model: Model) -> str:
    """The headline's words when fewer cards were said than the `n` the model needs ("" otherwise)."""
    said = b.req.params.get("gpus")
    if isinstance(said, float) and 0 < said < n and not b.has("servers"):
        return b.tr("head.stated_too_few", said=said, n=n, acc=acc.short, model=model.short)
    return ""


def _request_time(b: Builder, model: Model, acc: Accelerator, precision: str, pt: ServingPoint,
                  replicas: int) -> Result:
    """"how long does each call take?", "does our whole tender pack - 120k tokens in, 8k out - in under 30
    seconds": one request alone on the replica, its prefill and first token, then every other output token
    at a batch of one; a day's requests said beside it, the share of the day they keep the replica busy."""
    lin = b.num("input_tokens", 500)
    lout = b.num("output_tokens", 500)
    solo = _alone(b, model, acc, precision, pt)
    first = solo.ttft_s if solo is not None else pt.ttft_s
    step = solo.step_s if solo is not None else pt.step_s
    secs = first + max(lout - 1, 0) * step
    b.fig("request_alone_s", secs, "s", b.tr("fig.request_alone"))
    b.fig("ttft_alone_ms", first * 1000, "ms", b.tr("fig.ttft_alone"))
    b.fig("tpot_alone_ms", step * 1000, "ms", b.tr("fig.tpot_alone"))
    b.step(b.tr("step.request_alone", group=pt.group, acc=acc.short, lin=lin, first=first,
                more=max(lout - 1, 0), step=step * 1000, secs=secs))
    head = b.tr("head.request_alone", lin=b.h(lin), lout=b.h(lout), span=_span(b, secs / 3600),
                model=model.short, prec=precision.upper(), group=pt.group, acc=acc.short, first=first,
                step=step * 1000)
    # ("… in under 30 seconds on one H100 with Llama 3.3 70B": the model needs more cards than that)
    head += _stated_too_few(b, pt.group, acc, model)
    if b.has("queries_per_day"):
        per_day = b.num("queries_per_day", None)
        busy = min(1.0, per_day * secs / 86400 / max(replicas, 1))
        head += b.tr("head.request_busy", n=b.h(per_day), share=busy)
    return b.result("throughput", head)


def _delivered(b: Builder, pt: ServingPoint, gpus: float) -> float:
    """Output tokens/s of `gpus` at this operating point: every replica full, or only as many
    sequences as a stated concurrency."""
    replicas = math.floor(gpus / pt.group)
    if b.has("concurrent_users"):
        seqs = min(b.num("concurrent_users", None, record=False), replicas * pt.batch)
        return seqs / pt.step_s
    return replicas * pt.group * pt.tokens_per_s_per_gpu


def _latency(b: Builder, pt: ServingPoint) -> None:
    """Time to first token (with the queueing margin) and time per output token."""
    margin = b.num("ttft_margin", 1.5, record=False)
    b.fig("ttft_ms", pt.ttft_s * margin * 1000, "ms", b.tr("fig.ttft"))
    b.fig("tpot_ms", pt.step_s * 1000, "ms", b.tr("fig.tpot"))


def daily_users(b: Builder) -> float:
    """The users stated, as daily actives: monthly, weekly or population figures times their
    daily share (stated, else the default, said so)."""
    users = b.num("users", None)
    for flag, (_period, name, share) in DAU_SHARE.items():
        if b.flag(flag):
            if name == "dau_per_mau" or b.has(name):   # a stated stickiness ("日活比30%")
                share = b.num(name, share, "")
            else:
                b.assume(name, share, "", "default", b.tr(f"label.{name}"),
                         "gpubot default: typical chat-app stickiness")
            users *= share
            b.step(b.tr("step.dau_of_population" if _period == "population" else f"step.{name}",
                        users=b.h(users), share=share))
            break
    return users


def _load(b: Builder, tpot_ms: float) -> tuple[float, float, str]:
    """(queries per day, peak output-token demand factor, what) from what the question states.
    Returns per_day and the peak multiplier applied to the average load."""
    if b.has("concurrent_users"):
        return 0.0, 1.0, "concurrent"
    if b.has("qps"):
        qps = requests_of_conversations(b, b.num("qps", None))
        if b.flag("qps_is_peak") and not b.has("peak_factor"):
            # the stated rate is the peak: sized as is (the daily volume is an upper bound)
            return qps * SECONDS_PER_DAY, b.num("peak_factor", 1.0,
                                                label=b.tr("label.stated_peak")), "qps"
        if b.flag("avg_of_peak"):
            # "peak 12k qps, avg is about a third of that": the average is the peak over the factor
            peak = b.num("peak_factor", None)
            return qps / peak * SECONDS_PER_DAY, peak, "qps"
        return qps * SECONDS_PER_DAY, b.num("peak_factor", 2.0), "qps"
    if b.has("queries_per_day"):
        per_day = requests_of_conversations(b, b.num("queries_per_day", None))
        answer_length_of_volume(b, per_day)     # ("2M patents a day, about 300M output tokens a day")
        if b.flag("deadline") and b.has("days"):
            # ("一周内把两千个商品的文案全生成完，要租几张H100": the job's requests spread over the days it
            # must finish in)
            days = b.num("days", None)
            b.step(b.tr("step.job_deadline", total=b.h(per_day), days=days, per_day=b.h(per_day / days)))
            per_day /= days
        return per_day, _day_peak(b), "per_day"
    if b.has("tokens_per_day") and b.flag("volume_is_input"):
        # "we summarize ~2 billion characters of docs a day": the prompts' tokens, so queries = tokens / input
        # tokens per query
        tpd = b.num("tokens_per_day", None, label=registry.label("input_tokens_per_day", b.lang))
        lin = b.num("input_tokens", 500, record=False)
        per_day = tpd / lin
        b.step(b.tr("step.input_tokens_per_day", tpd=b.h(tpd), lin=lin, per_day=b.h(per_day)))
        return per_day, _day_peak(b), "per_day"
    if b.has("tokens_per_day"):
        # "1B tokens a day": output tokens, so queries = tokens / output tokens per query
        tpd = b.num("tokens_per_day", None)
        lout = b.num("output_tokens", 500, record=False)
        per_day = tpd / lout
        b.step(b.tr("step.tokens_per_day", tpd=b.h(tpd), lout=lout, per_day=b.h(per_day)))
        return per_day, _day_peak(b), "per_day"
    if not b.has("users"):
        raise CalcError("missing_input", "err.missing_load", hint_key="hint.example",
                        param="users")
    users = daily_users(b)
    if b.has("tokens_per_user_day"):
        # "10M users generating 1,000 tokens each a day": tokens, then queries of lout tokens
        lout = b.num("output_tokens", 500, record=False)
        tpd = users * b.num("tokens_per_user_day", None)
        b.step(b.tr("step.tokens_per_day", tpd=b.h(tpd), lout=lout, per_day=b.h(tpd / lout)))
        return tpd / lout, b.num("peak_factor", 2.0), "per_day"
    return requests_of_conversations(b, users * queries_per_user(b)), b.num("peak_factor", 2.0), "users"


def _day_peak(b: Builder) -> float:
    """The peak over a day's average: as stated, else 2x for live traffic and 1x for a batch job
    (a nightly backfill or an eval sweep runs at an even rate; a window it must fit in is stated as
    its hours, "8小时内跑完")."""
    if b.flag("batch") and not b.has("peak_factor"):
        return b.num("peak_factor", 1.0, label=b.tr("label.batch_even"))
    return b.num("peak_factor", 2.0)


def _load_per_user(b: Builder, kind: str, per_day: float, lout: float) -> str:
    """"12,000 employees, peak 300 concurrent users", "1,500 seats, 30 requests/s at peak": the load
    stated sizes the fleet, and the people stated beside it give the load's share per person, a check
    of the load ("" when the load is the users' own)."""
    if kind == "users" or not b.has("users") or "users" in b.read or b.has("users_to") \
            or b.flag("asks_per_user") or b.has("usd_per_user_month") or b.has("cny_per_user_month"):
        return ""                    # (users growing to a target: the load is the target's; a cost per
                                     # user: the users are read for it)
    users = b.num("users", None, record=False)
    if kind != "concurrent" and per_day / users < 0.01:
        return ""                    # (a hundredth of a query a user a day checks nothing: a misreading)
    b.num("users", None)
    if kind == "concurrent":
        conc = b.num("concurrent_users", None, record=False)
        b.fig("concurrent_share", conc / users, "x", b.tr("fig.concurrent_share"))
        b.step(b.tr("step.concurrent_share", conc=conc, users=users, share=conc / users))
        return b.tr("head.concurrent_share", share=conc / users, users=b.h(users))
    # a rate per second (often the peak's) per person an hour; a day's volume per person a day
    hourly = kind == "qps"
    each = per_day / users / (24 if hourly else 1)
    shown = f"{each:,.0f}" if each >= 100 else f"{each:.3g}"
    b.fig("queries_per_user_hour" if hourly else "queries_per_user_day", each, "queries",
          b.tr("fig.queries_per_user_hour" if hourly else "fig.queries_per_user_day"))
    b.step(b.tr("step.load_per_user_hour" if hourly else "step.load_per_user", per_day=b.h(per_day),
                qps=per_day / SECONDS_PER_DAY, users=users, each=shown, tokens=per_day * lout / users))
    return b.tr("head.load_per_user_hour" if hourly else "head.load_per_user", each=shown, users=b.h(users))


def _runway(b: Builder, headroom: float) -> str:
    """"we have 64 H100 … 1B tokens/day growing 50%/yr, how long until we run out?": the time the
    load takes to grow into the stated fleet (its headroom over what the load needs today)."""
    if not (b.has("growth_rate_year") or b.has("doubling_months")) or b.has("period_months") \
            or not b.flag("asks_runway"):
        return ""
    rate = growth_factor({k: b.num(k, None) for k in ("growth_rate_year", "doubling_months") if b.has(k)},
                         12.0)
    if rate is None or rate[0] <= 1:
        return ""
    if headroom <= 1:
        return b.tr("head.runway_none")
    months = 12 * math.log(headroom) / math.log(rate[0])
    b.fig("runway_months", months, "months", b.tr("fig.runway"))
    b.step(b.tr("step.runway", headroom=headroom, factor=rate[0], months=months))
    return b.tr("head.runway", months=months, years=months / 12)


def _purchase_tail(b: Builder, acc: Accelerator, gpus: float, servers: float) -> str:
    """"an 8x L40S box at $72k … how many boxes + total $?": the fleet bought at the stated price
    (whole servers at a server's price), "" when no price is stated."""
    if not any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")) \
            or not b.value_of("cost_usd"):
        return ""
    cny = (b.has("price_cny") or b.has("server_price_cny")) and not (b.has("price_usd")
                                                                     or b.has("server_price_usd"))
    bought = b.value_of("cost_usd")
    if (b.has("server_price_usd") or b.has("server_price_cny")) and not (b.has("price_usd")
                                                                         or b.has("price_cny")):
        # (whole servers are bought: "28 L40S (4 servers)" is four boxes at the box's price)
        bought *= servers * b.gpus_per_server(acc) / gpus
    return b.tr("head.and_purchase", money=usd_money(b, bought, cny))


def _stated_fleet_request_cost(b: Builder) -> Result:
    """"cost per 1,000 calls if we run 4 L4 GPUs rented at $0.6/hr each, handling 60k calls a day": the stated
    fleet's rent over the requests it is said to carry (no model named: nothing to size, the load is
    given)."""
    acc = b.accelerator()
    n = b.count_gpus(acc)
    # ("每卡每小时租金15元 … 每千次请求成本多少": a rent in yuan, the cost in yuan)
    cny = b.has("rent_cny_per_hour") and not b.has("rent_usd_per_hour")
    rate = b.num("rent_cny_per_hour", None) if cny else (rent_rate(b, acc) or 0.0)
    cur, unit = ("cny", "RMB") if cny else ("usd", "US$")
    per_day = requests_per_day(b)
    day = n * rate * 24
    per = b.num("per_requests", None) if b.has("per_requests") else 1.0
    cost = day / per_day * per if per_day else 0.0
    b.fig("cost_per_query_usd", (day / per_day if per_day else 0.0) / (fx(b) if cny else 1.0), "US$",
          b.tr("fig.cost_per_query"))
    b.fig(f"cost_per_day_{cur}", day, unit, b.tr("fig.cost_per_day"))
    b.fig(f"cost_per_n_requests_{cur}", cost, unit, b.tr("fig.cost_per_n_requests", n=per))
    money = b.tr(f"unit.{cur}")
    b.step(b.tr("step.fleet_request_cost", n=n, acc=acc.short, rate=rate, day=day, qpd=per_day, per=per,
                cost=cost, unit=money))
    return b.result("fleet", b.tr("head.fleet_request_cost", unit=money, total=cost, per=b.h(per),
                                  n=b.h(n), acc=acc.short, rate=rate, day=day, qpd=b.h(per_day)))


def _stated_fleet_token_cost(b: Builder) -> Result | None:
    """"每百万token成本：4张L40S每张7.5万，折旧3年，电费0.6元/度，每天跑满输出大概1.5亿token": the stated
    fleet's hour (its rent, or its purchase spread over its life plus its power) over the tokens it is said
    to make a day (no model named: nothing to size, the volume is given). None when the hour has no price."""
    acc = b.accelerator()
    rate = rent_rate(b, acc) if (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) \
        else owned_rate(b, acc, catalog=True)
    if rate is None:
        return None
    n = b.count_gpus(acc)
    tpd = b.num("tokens_per_day", None)
    per = b.num("per_tokens", 1e6, label=b.tr("label.per_tokens_default"))
    if b.has("days") and "days" not in b.read:
        b.read.add("days")               # ("… for 30 days and push 600M tokens a day": every day alike)
    day = n * rate * 24
    cost = day / tpd * per
    b.fig("cost_per_day_usd", day, "US$", b.tr("fig.cost_per_day"))
    b.fig("cost_per_million_tokens_usd", cost * 1e6 / per, "US$", b.tr("fig.cost_per_tokens", n=b.h(per)))
    b.step(b.tr("step.fleet_token_cost", n=n, acc=acc.short, rate=rate, day=day, tpd=b.h(tpd), per=b.h(per),
                cost=cost))
    cny = b.req.params.get("currency") == "cny" or any(
        b.has(k) for k in ("price_cny", "server_price_cny", "rent_cny_per_hour", "electricity_cny_per_kwh"))
    money = b.tr("money.cny_usd", cny=f"{cost * fx(b):,.3g}", usd=f"{cost:,.3g}") if cny \
        else b.tr("money.usd", usd=f"{cost:,.3g}")
    return b.result("fleet", b.tr("head.fleet_token_cost", money=money, per=b.h(per), n=b.h(n), acc=acc.short,
                                  rate=rate, day=day, tpd=b.h(tpd)))


def fleet(b: Builder) -> Result:
    if b.has("utilization_to") and (b.has("gpus") or b.has("servers")):
        return _utilization_change(b)
    if (b.has("gpus") or b.has("servers")) and b.has("tokens_per_day") \
            and (b.flag("asks_cost_per") or b.has("per_tokens")) \
            and not (b.has("model") or b.has("params") or b.has("active_params")) \
            and (result := _stated_fleet_token_cost(b)) is not None:
        return result
    if (b.has("per_requests") or b.has("claimed_value")) and (b.has("gpus") or b.has("servers")) \
            and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) \
            and (b.has("queries_per_day") or b.has("qps")) and not (b.has("model") or b.has("params")):
        # ("claims rules chat costs us under $0.002 per question. We do ~40k questions a day on 1x L40S at
        # $0.89/hr": the stated fleet's rent over its stated requests, against the claim)
        return _stated_fleet_request_cost(b)
    if (b.has("usd_per_user_month") or b.has("cny_per_user_month") or b.flag("asks_per_user")) and not any(
            b.has(k) for k in ("users", "qps", "queries_per_day", "tokens_per_day", "concurrent_users")) and (
            b.has("tokens_per_user_day") or b.has("queries_per_user")):
        return seat_margin(b)            # what one user's tokens cost, against what the user pays
    acc = b.accelerator()
    model = b.model()
    precision = _precision(b, acc)
    tpot_ms = b.num("tpot_ms", 50)
    per_day, peak, kind = _load(b, tpot_ms)
    util = b.num("utilization", 1.0)
    lout = b.num("output_tokens", 500, record=False)
    if kind == "concurrent":
        conc = b.num("concurrent_users", None)
        if b.has("peak_factor"):
            # ("avg 300 concurrent agents …, peak 1.8x on Monday mornings": the streams at the peak)
            peak = b.num("peak_factor", None)
            b.step(b.tr("step.concurrent_peak", conc=conc, peak=peak, top=conc * peak))
            conc *= peak
        peak_tokens = conc * 1000 / tpot_ms      # every stream at the latency target
        qps = peak_tokens / lout
        per_day = qps * SECONDS_PER_DAY
        b.step(b.tr("step.concurrent", conc=conc, rate=1000 / tpot_ms, need=peak_tokens))
    else:
        qps = per_day / SECONDS_PER_DAY
        peak_tokens = qps * peak * lout
    sites = b.num("sites", None) if b.has("sites") else None
    if sites is not None and b.req.params.get("centralized"):
        # ("全省1800个变电站 … Qwen2.5 72B集中放机房跑": every site's load served from one place, not split)
        sites = None
    # (over sites, each site's replicas are chosen for its own share of the load)
    pt, _, lout = _point(b, model, acc, precision, tpot=tpot_ms / 1000,
                         need=peak_tokens / util / (sites if sites is not None and sites >= 2 else 1))
    need = peak_tokens
    if kind != "concurrent":
        b.step(b.tr("step.load", per_day=b.h(per_day), qps=qps, peak=peak, lout=lout, need=need))
    per_gpu = pt.tokens_per_s_per_gpu * util
    if b.has("observed_tokens_per_s_per_server") and not b.has("observed_tokens_per_s_per_gpu"):
        # "2,400 tokens/s per node on our 8x MI325X boxes": one server's rate, per GPU of it
        box = b.gpus_per_server(acc)
        rate = b.num("observed_tokens_per_s_per_server", None)
        b.step(b.tr("step.per_server_rate", tps=rate, n=box, per=rate / box))
        measured = rate / box
        per_gpu = measured * util
        pt = replace(pt, tokens_per_s_per_gpu=measured)
    if b.has("observed_tokens_per_s_per_gpu"):
        measured = b.num("observed_tokens_per_s_per_gpu", None)
        b.step(b.tr("step.measured_rate", tps=measured, model=pt.tokens_per_s_per_gpu))
        per_gpu = measured * util
        pt = replace(pt, tokens_per_s_per_gpu=measured)
    rig = 0.0
    if b.has("observed_tokens_per_s") and (b.has("gpus") or b.has("servers") or b.has("tensor_parallel")) \
            and not (b.has("observed_tokens_per_s_per_gpu") or b.has("observed_tokens_per_s_per_server")):
        # "8 L4s measured 950 tok/s total: how many for 1.2e9 tok/day?": the rig's rate, per GPU
        # ("TP4 on H100 = 3,100 tok/s": one replica's rate, over its GPUs)
        rig = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else b.num("tensor_parallel", None)
        total = b.num("observed_tokens_per_s", None, label=b.tr("label.measured_total"))
        b.step(b.tr("step.measured_share", total=total, n=rig, per=total / rig))
        per_gpu = total / rig * util
        pt = replace(pt, tokens_per_s_per_gpu=total / rig)
    if (rig or any(b.has(k) for k in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server"))) \
            and not (b.has("model") or b.has("params")):
        # ("measured ~3,400 tok/s out of one of our 4x L40S boxes … how many boxes?": the measured workload
        # runs on the box it was measured on, not in replicas the default model would need)
        box = b.has("observed_tokens_per_s_per_server")
        pt = replace(pt, group=int(b.gpus_per_server(acc)) if box else 1)
    if util < 1:
        b.step(b.tr("step.utilization", util=util, tps=per_gpu))
    gpus = math.ceil(need / per_gpu / pt.group) * pt.group
    rate_alone = (need / per_gpu, gpus, pt.group)    # (the cards the token rate needs before rounding up)
    b.step(b.tr("step.round_up", need=need, tps=per_gpu, group=pt.group, gpus=gpus))
    measured = rig or any(b.has(k) for k in ("observed_tokens_per_s_per_gpu",
                                              "observed_tokens_per_s_per_server"))
    if kind == "concurrent" and not measured and math.ceil(conc / pt.batch) * pt.group > gpus:
        # a replica that steps faster than the latency target still holds only its batch: "batch 最多 64，
        # 要扛 3000 并发" is 47 replicas, not the 13 the token rate alone would need
        replicas = math.ceil(conc / pt.batch)
        gpus = replicas * pt.group
        b.step(b.tr("step.concurrent_slots", conc=conc, batch=pt.batch, replicas=replicas, group=pt.group,
                    gpus=gpus))
    if sites is not None and sites >= 2:
        # "1,200 sites, 2 cards/site … 15k users per site": each site's cards carry its own share of the
        # load, rounded up there (a site's spare capacity does not serve another's)
        share = need / sites / per_gpu
        if kind == "concurrent" and not measured:
            share = max(share, math.ceil(conc / sites / pt.batch) * pt.group)
        per_site = math.ceil(round(share / pt.group, 9)) * pt.group
        gpus = per_site * int(sites)
        b.fig("gpus_per_site", per_site, "GPUs", b.tr("fig.gpus_per_site", acc=acc.short))
        b.step(b.tr("step.per_site", sites=sites, need=need / sites, tps=per_gpu, per=per_site, gpus=gpus))
    if b.req.params.get("scales_fleet") and b.has("factor"):
        # "then x1.1 spares for N+1 failover": the fleet the load needs, times the spares
        gpus = math.ceil(scaled_fleet(b, gpus) / pt.group) * pt.group
    b.fig("gpus", gpus, "GPUs", b.tr("fig.gpus_of", acc=acc.short))
    per_server = b.gpus_per_server(acc)
    servers = math.ceil(gpus / per_server)
    if (site_gpus := b.value_of("gpus_per_site")) and sites is not None:
        servers = math.ceil(site_gpus / per_server) * int(sites)   # (a site's cards in its own servers)
    b.fig("servers", servers, "servers", b.tr("fig.servers_of", n=per_server))
    b.fig("qps", qps, "queries/s", b.tr("fig.qps"))
    b.fig("tokens_per_s", need, "tokens/s", b.tr("fig.peak_tokens"))
    b.fig("tokens_per_s_per_gpu", pt.tokens_per_s_per_gpu, "tokens/s", b.tr("fig.per_gpu"))
    b.fig("replica_gpus", pt.group, "GPUs", b.tr("fig.replica_gpus"))
    b.fig("batch", pt.batch, "sequences", b.tr("fig.batch"))
    _latency(b, pt)
    b.fig("hbm_gb", gpus * acc.mem_gb, "GB", b.tr("fig.fleet_hbm"))
    _power_and_cost(b, acc, gpus, queries_per_day=per_day, tokens_per_day=per_day * lout)
    check = _load_per_user(b, kind, per_day, lout)
    rented = b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")
    if (b.has("budget_usd") or b.has("budget_cny")) and rented and (hourly := rent_rate(b, acc)):
        # ("MI300X 每卡时10块 … budget 80w … 要几张卡，这点钱能撑几个月？": the fleet rented, the months the
        # budget pays for)
        cny = b.has("budget_cny")
        per_usd = fx(b) if cny else 1.0      # (the budget's currency a US$)
        budget = b.num("budget_cny" if cny else "budget_usd", None)
        month = gpus * hourly * 730.5 * per_usd
        b.fig("budget_months", budget / month, "months", b.tr("fig.budget_months"))
        b.step(b.tr("step.budget_months", gpus=gpus, rate=cash(b, hourly * per_usd, cny),
                    month=b.h(month), budget=b.h(budget), months=budget / month))
        check = b.tr("head.budget_months_fleet", month=usd_money(b, month / per_usd, cny),
                     months=budget / month)
    elif b.has("budget_usd") or b.has("budget_cny"):
        # "we have ¥800万 … how many L40S?": the fleet's purchase against the budget
        cny = b.has("budget_cny")
        cost = b.value_of("cost_cny" if cny else "cost_usd") or (
            b.value_of("cost_usd") * fx(b) if cny else b.value_of("cost_cny") / fx(b))
        if not cost:
            b.set_aside("budget_cny" if cny else "budget_usd", "unused.budget_no_price",
                        acc=acc.short)
        elif budget := b.num("budget_cny" if cny else "budget_usd", None):
            budget = budget_part(b, budget)   # ("预算3000w，一半花在GPU上": the share that buys the cards)
            b.fig("budget_used", cost / budget, "x", b.tr("fig.budget_used"))
            check = b.tr("head.of_budget", pct=cost / budget)
            if b.flag("asks_purchase") and (each := unit_prices(b, acc)[1 if cny else 0]):
                # ("… H20单价11.5万，能买多少张？够不够支撑日活两百万": what the budget buys, beside the need)
                bought = math.floor(budget / each * (1 + 1e-12))
                b.fig("gpus_budget_buys", bought, "GPUs", b.tr("fig.budget_buys", acc=acc.short))
                check += b.tr("head.budget_buys_of", n=bought, acc=acc.short)
    if b.has("usd_per_user_month") or b.has("cny_per_user_month"):
        check += _per_user_month(b)
        sized = b.value_of("gpus")
        if b.flag("asks_payback") and (b.has("gpus") or b.has("servers") or sized) and b.has("users") \
                and any(b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
            # ("we pay $30 per tech per month … self-hosting on 8 H100 SXM bought at $30k each pay back
            # within 2 years?": the fleet stated, bought, against what the users pay today; "每人每月收30元 …
            # H20每张10.5万，卡钱多久能收回来": the fleet sized, bought)
            from calc.costs import fleet_payback_of_charge
            cny = b.has("cny_per_user_month") and not b.has("usd_per_user_month")
            charge = b.num("cny_per_user_month" if cny else "usd_per_user_month", None, record=False)
            cards = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else float(sized or 0)
            check += fleet_payback_of_charge(b, acc, cards, b.num("users", None, record=False), charge, cny,
                                             sized=not (b.has("gpus") or b.has("servers")))
    elif b.flag("asks_per_user") and b.has("users") and (day_cost := b.value_of("cost_per_day_usd")):
        # "how many GPUs + what's $/user/mo at 6M MAU? rent $2/hr": the fleet's month over its users (the
        # fleet stated, when one is: "our GPU bill is 48 H100 at $2.49/hr … 60k paying users")
        hourly = rent_rate(b, acc) if (b.has("gpus") or b.has("servers")) else None
        if hourly:
            day_cost = b.count_gpus(acc) * hourly * 24
        users = b.num("users", None)
        cny = b.req.params.get("currency") == "cny"
        cost = day_cost * 30.4375 / users * (fx(b) if cny else 1.0)
        b.fig("cost_per_user_month", cost, "RMB" if cny else "US$", b.tr("fig.cost_per_user", days=30.4375))
        b.step(b.tr("step.fleet_cost_per_user", per_day=day_cost, users=users, cost=cost))
        check += b.tr("head.per_user_month", money=cash(b, cost, cny))
    if b.flag("server_described"):
        b.read.add("servers")            # its cards are the server's size the fleet is counted in
    elif (b.has("gpus") or b.has("servers")) and not rig:
        # "the article says 3,617 HGX A100 servers for 13M users: does that add up?"
        stated = b.count_gpus(acc)
        if sites is not None and sites >= 2 and b.has("gpus") and stated < sites:
            # ("650 branches, in each branch we want put 1 card (L4)": fewer cards than sites are each site's)
            stated *= int(sites)
        b.fig("gpus_stated", stated, "GPUs", b.tr("fig.gpus_stated"))
        b.fig("stated_vs_computed", stated / gpus, "x", b.tr("fig.stated_vs_computed"))
        b.step(b.tr("step.check_stated", stated=stated, gpus=gpus, ratio=stated / gpus))
        if b.has("servers") and not b.has("gpus") and not b.has("sites"):
            # ("lead eng says 1 rack is enough": the servers or racks as stated, their cards beside them)
            rack = b.rack(acc) is not None
            boxes = b.num("servers", None, record=False)
            unit = ("word.racks" if boxes != 1 else "word.rack") if rack else \
                ("word.servers_counted" if boxes != 1 else "word.server")
            check += b.tr("head.check_stated_servers", servers=b.h(boxes), stated=b.h(stated),
                          unit=b.tr(unit), ratio=stated / gpus)
        else:
            check += b.tr("head.check_stated", stated=b.h(stated), ratio=stated / gpus)
        exact, rounded, group = rate_alone
        if rounded == gpus and exact > 0:
            # ("we have 1 GPU, an L4 … growing ~60% a year. When do we need a second one?": the load grows
            # into the stated cards' whole capacity, not into the one card it rounds up to today)
            check += _runway(b, math.floor(stated / group) * group / exact)
        else:
            check += _runway(b, stated / gpus)
        if b.has("stated_fleet_scale"):
            # "40 H100s serve 250k users; users go to 1M": today's fleet scaled with the load
            f = float(b.req.params["stated_fleet_scale"])
            if b.has("factor") and abs(b.num("factor", None, record=False) / f - 1) < 0.05:
                b.read.add("factor")          # "4x our users from 250k to a million": the same
            scaled = math.ceil(round(stated * f, 6))
            b.fig("gpus_scaled", scaled, "GPUs", b.tr("fig.gpus_scaled", acc=acc.short))
            b.step(b.tr("step.gpus_scaled", stated=stated, f=f, scaled=scaled))
            if scaled > stated:          # "how many more cards?": the ones to add, too
                b.fig("gpus_added", scaled - stated, "GPUs", b.tr("fig.gpus_more", acc=acc.short))
            return b.result("fleet", b.tr("head.check_scaled", scaled=b.h(scaled),
                                          stated=b.h(stated), f=f, acc=acc.short,
                                          more=b.h(max(0, scaled - stated)),
                                          gpus=b.h(gpus), model=model.short))
    b.notes.append(b.tr("note.bound", bound=_bound(b, pt)))
    b.hints.extend(b.tr("hints.fleet").split(" | "))
    # ("1,528 GB200 (22 racks)": a rack-scale server counted in racks)
    boxes_word = b.tr("word.racks" if b.rack(acc) is not None else "word.servers_counted")
    if kind == "concurrent":
        head = b.tr("head.fleet_concurrent", gpus=b.h(gpus), acc=acc.short, servers=b.h(servers),
                    boxes=boxes_word,
                    conc=b.h(b.num("concurrent_users", None, record=False)
                             * (b.num("peak_factor", None, record=False) if b.has("peak_factor") else 1.0)),
                    model=model.short)
        if site_gpus and sites is not None:
            head = b.tr("head.per_site", fleet=head, per=b.h(site_gpus), acc=acc.short, sites=b.h(sites))
        # ("峰值并发估计到800 … 临时租H100 SXM每卡每小时15块，租7天要花多少？": the rent over the days asked)
        return b.result("fleet", head + _purchase_tail(b, acc, gpus, servers) + _rent_period(b)
                        + _replica_streams(b) + check)
    measured = (b.has("observed_tokens_per_s_per_gpu") or b.has("observed_tokens_per_s")
                or b.has("observed_tokens_per_s_per_server")) and not (
        b.has("model") or b.has("params"))
    head = b.tr("head.fleet", gpus=b.h(gpus), acc=acc.short, servers=b.h(servers), boxes=boxes_word,
                per_day=b.h(per_day),
                model=b.tr("word.measured_workload") if measured else model.short)
    if site_gpus and sites is not None:
        head = b.tr("head.per_site", fleet=head, per=b.h(site_gpus), acc=acc.short, sites=b.h(sites))
    if b.flag("asks_traffic"):
        # "qps for 1e6 DAU, 15 queries each, peak 3x?": the rate asked first, a fleet after it
        b.fig("peak_qps", qps * peak, "queries/s", b.tr("fig.peak_qps"))
        head = b.tr("head.traffic", qps=b.h(qps), peak_qps=b.h(qps * peak), peak=peak,
                    per_day=b.h(per_day)) + b.tr("head.traffic_fleet", fleet=head)
    if b.flag("asks_token_volume"):
        # "45,000 users, 30 emails summarized each a day, summaries ~150 tokens: output tokens per day?":
        # the day's tokens asked first, a fleet after them
        b.fig("output_tokens_per_day", per_day * lout, "tokens/day", b.tr("fig.output_tokens_per_day"))
        volume = b.tr("head.token_volume", tokens=b.h(per_day * lout), per_day=b.h(per_day), lout=lout)
        if b.has("input_tokens"):
            lin = b.num("input_tokens", None)
            b.fig("input_tokens_per_day", per_day * lin, "tokens/day", b.tr("fig.input_tokens_per_day"))
            volume += b.tr("head.token_volume_in", tokens=b.h(per_day * lin))
        head = volume + b.tr("head.traffic_fleet", fleet=head)
    if b.flag("asks_bill"):
        cny = b.has("electricity_cny_per_kwh")
        money = b.tr("money.cny_only", cny=b.h(b.value_of("electricity_cny"))) if cny else \
            b.tr("money.usd", usd=b.h(b.value_of("electricity_usd")))
        days = b.num("days", 365.25, record=False)
        head = b.tr("head.fleet_bill", money=money, fleet=head, days=days)
        if b.has("per_requests") and per_day:
            # ("Electricity at 4.2¢/kWh - what's the power cost per 1k requests?": the bill over the requests)
            bill = b.value_of("electricity_usd") or 0.0
            head += _requests_cost(b, bill / (per_day * days), cny=cny)
    elif b.flag("asks_cost_per") and b.has("per_requests") and b.value_of("cost_per_query_usd"):
        # "what's our GPU cost per 1,000 requests?": the fleet's day over its requests, that many of them
        head += _requests_cost(b, b.value_of("cost_per_query_usd"), cny=False)
    elif b.flag("asks_cost_per") and b.flag("cost_per_one") and b.value_of("cost_per_query_usd"):
        # ("40 quote requests per day … on an L4 rented at $0.80/h, how much does it cost per quote?": the
        # fleet's day over the day's requests)
        in_rmb = b.req.params.get("currency") == "cny"
        each = b.value_of("cost_per_query_usd")
        money = b.tr("money.cny_only", cny=f"{each * fx(b):,.3g}") if in_rmb \
            else b.tr("money.usd", usd=f"{each:,.3g}")
        head += b.tr("head.and_cost_per_request", money=money)
    elif b.flag("asks_cost_per") and b.value_of("cost_per_million_tokens_usd"):
        # "算下来每百万token多少钱": the answer to the question asked, in its currency
        rmb = b.value_of("cost_per_tokens_cny")
        usd = b.value_of("cost_per_million_tokens_usd")
        per = b.num("per_tokens", 1e6, record=False)
        money = b.tr("money.cny_only", cny=f"{rmb:,.3g}") if rmb and b.req.params.get("currency") == "cny" \
            else b.tr("money.usd", usd=f"{usd * per / 1e6:,.3g}")
        head += b.tr("head.and_cost_per_tokens", money=money, n=b.h(per))
    elif b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
        # "GPUs, MW at 1000W/GPU & PUE 1.2, and yearly $ at $0.08/kWh": the power and its bill too
        from calc.costs import electricity_over
        days, kwh, price = electricity_over(b, b.value_of("power_mw"))
        b.step(b.tr("step.bill", mw=b.value_of("power_mw"), hours=days * 24, kwh=kwh, price=price,
                    cost=kwh * price))
        cny = b.has("electricity_cny_per_kwh")
        money = b.tr("money.cny_only", cny=b.h(b.value_of("electricity_cny"))) if cny else \
            b.tr("money.usd", usd=b.h(b.value_of("electricity_usd")))
        head += b.tr("head.and_power", mw=b.value_of("power_mw"), pue=pue(b)) + \
            b.tr("head.and_bill", money=money, days=days)
    elif b.has("watts_per_gpu") or b.has("watts_per_server") or b.has("pue"):
        # "… GPUs, and MW at 1000W/GPU & PUE 1.2?": the power the stated watts give, in the headline
        head += b.tr("head.and_power", mw=b.value_of("power_mw"), pue=pue(b))
    if not (b.flag("asks_cost_per") and b.value_of("cost_per_million_tokens_usd")):
        head += _purchase_tail(b, acc, gpus, servers)   # (a cost per token asked is the cost answered)
        head += _rent_period(b)
    if b.flag("asks_busy") and b.has("observed_tokens_per_s_per_server") and kind != "concurrent":
        # ("We measured 3,500 tok/s on our one HGX A100 box … ~2.5M tokens a day … How busy is that box
        # really?": the day's tokens over what the box was measured to do)
        node = b.num("observed_tokens_per_s_per_server", None, record=False)
        boxes = b.num("servers", 1.0, record=False) if b.has("servers") else 1.0
        demand = per_day * lout / SECONDS_PER_DAY
        share = demand / (node * boxes)
        b.fig("load_share", share, "", b.tr("fig.load_share"))
        b.step(b.tr("step.load_share", demand=demand, node=node, boxes=boxes, share=share))
        head += b.tr("head.load_share", demand=b.h(demand), share=share, peak=peak,
                     at_peak=min(share * peak, 9.99))
    if b.flag("deadline") and b.has("days") and (rate := b.value_of("tokens_per_s_per_gpu")) > 0:
        # ("一周内把两千个商品的文案全生成完，要租几张H100": how long the job takes on the cards sized for it)
        days = b.num("days", None, record=False)
        requests = per_day * days
        hours = requests * lout / (rate * gpus) / 3600
        b.fig("job_hours", hours, "hours", b.tr("fig.job_hours"))
        b.step(b.tr("step.job_time", tokens=requests * lout, tps=rate * gpus, hours=hours, n=gpus,
                    gpu_hours=hours * gpus))
        head += b.tr("head.job_deadline", n=b.h(requests), span=_span(b, hours), days=days)
    if b.flag("claim_gpu_hours") and b.has("days"):
        # ("Cloud bill shows 1,460 GPU-hours last month … Is that about right for ~3,000 chats a day": the
        # fleet's hours over the period, to check the bill's against)
        days = b.num("days", None)
        b.fig("gpu_hours", gpus * days * 24, "GPU-hours", b.tr("fig.fleet_gpu_hours", days=days))
        b.step(b.tr("step.fleet_gpu_hours", gpus=gpus, days=days, hours=gpus * days * 24))
        head += b.tr("head.fleet_gpu_hours", hours=b.h(gpus * days * 24), days=days)
    return b.result("fleet", head + check)


def _replica_streams(b: Builder) -> str:
    """"runs 2 copies of the model with batch 32 each … can that cope with a couple hundred people chatting at
    once?": the streams the stated copies hold at once, against the streams asked ("" when not both said)."""
    if not (b.has("replicas") and b.has("batch_per_replica") and b.has("concurrent_users")) \
            or b.has("tensor_parallel"):
        return ""
    replicas, batch = b.num("replicas", None), b.num("batch_per_replica", None)
    streams = replicas * batch
    want = b.num("concurrent_users", None, record=False)
    b.fig("concurrent_streams", streams, "streams", b.tr("fig.replica_streams"))
    b.step(b.tr("step.replica_streams", replicas=replicas, batch=batch, n=streams))
    return b.tr("head.replica_streams_vs", replicas=replicas, batch=batch, n=b.h(streams),
                ratio=streams / want, want=b.h(want))


def _rent_period(b: Builder) -> str:
    """"L4 一小时 0.7 美元 … 要几张 L4？一学期 4 个月下来多少钱": the fleet rented over the period asked (""
    when no rent or period is stated)."""
    if not (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) or not b.has("days") \
            or not (period := b.value_of("cost_period_usd")):
        return ""
    return b.tr("head.and_rent_period", money=usd_money(b, period, b.has("rent_cny_per_hour")),
                days=b.num("days", None, record=False))


def seat_margin(b: Builder) -> Result:
    """"We charge $20/seat/mo; a seat averages 40k output tokens a day on Llama 3.1 405B on H100s
    rented at $2.20/hr: do we make money per seat?": one user's month of tokens in GPU-hours (the
    measured rate per GPU, else the serving model's), at the hour's cost (the rent, else an owned
    card's hour), against what the user pays. No user count is needed: the question is per user."""
    acc = b.accelerator()
    cny = b.has("cny_per_user_month") or (not b.has("usd_per_user_month") and b.has("rent_cny_per_hour"))
    charged = b.has("cny_per_user_month") or b.has("usd_per_user_month")
    charge = b.num("cny_per_user_month" if cny else "usd_per_user_month", None) if charged else 0.0
    if b.has("tokens_per_user_day"):
        tpud = b.num("tokens_per_user_day", None)
    else:                                  # "30 chats a day of 800 tokens": the day's tokens
        tpud = requests_of_conversations(b, b.num("queries_per_user", None)) * b.num("output_tokens", 500)
    if b.has("observed_tokens_per_s_per_gpu"):
        tps = b.num("observed_tokens_per_s_per_gpu", None)
        b.read.update({"model", "params", "precision"})
    else:
        tps = modelled_tps_per_gpu(b, acc)
    if b.has("utilization"):
        util = b.num("utilization", None)
        b.step(b.tr("step.utilization", util=util, tps=tps * util))
        tps *= util
    # (no rent catalogued, e.g. H20, or an electricity price and no rent: the card owned at the
    # catalog's price, said so)
    rate_usd = owned_rate(b, acc) or (owned_rate(b, acc, catalog=True) if cards_owned(b) else None) \
        or rent_rate(b, acc) or owned_rate(b, acc, catalog=True)
    if rate_usd is None:
        raise CalcError("missing_input", hint_key="hint.example", param="rent_usd_per_hour")
    rate = b.num("rent_cny_per_hour", None) if cny and b.has("rent_cny_per_hour") else \
        rate_usd * fx(b) if cny else rate_usd
    days = 30.4375
    if b.has("days") and 28 <= b.num("days", None, record=False) <= 31:
        b.read.add("days")               # "what does one user cost us per month": that month
    active = next((k for k in ("dau_per_mau", "dau_per_wau") if b.has(k)), None)
    if active is not None:
        # "日活 / 月活 = 35%": a paying user is active on that share of the month's days
        share = b.num(active, None)
        days *= share
        b.step(b.tr("step.active_days", share=share, days=days))
    hours = tpud * days / (tps * 3600)
    cost = hours * rate
    unit = "RMB" if cny else "US$"
    b.step(b.tr("step.seat_cost", tpud=tpud, days=days, tps=tps, hours=hours, rate=rate, cur=unit,
                cost=cost))
    _against_charge(b, cost, charge if charged else None, cny)
    if not charged:                      # "what does one user cost us per month?": the cost alone
        return b.result("fleet", b.tr("head.seat_cost", cost=cash(b, cost, cny), tpud=b.h(tpud),
                                      acc=acc.short))
    return b.result("fleet", b.tr("head.seat_margin", cost=cash(b, cost, cny), charge=cash(b, charge, cny),
                                  margin=cash(b, charge - cost, cny), share=share_of(cost / charge),
                                  tpud=b.h(tpud), acc=acc.short))


def share_of(x: float) -> str:
    """A share as a percentage a reader can see: "12.5%", and "0.046%", not "0.0%", when small."""
    return f"{x:.1%}" if x >= 0.01 else f"{x * 100:.2g}%"


def _against_charge(b: Builder, cost: float, charge: float | None, cny: bool) -> None:
    """One user's GPU cost a month, and against what the user pays when that is stated: the figures."""
    unit = "RMB" if cny else "US$"
    b.fig("gpu_cost_per_user_month", cost, unit, b.tr("fig.gpu_cost_per_user_month"))
    if charge is not None:
        b.fig("gpu_share_of_charge", cost / charge, "x", b.tr("fig.gpu_share_of_charge"))
        b.fig("margin_per_user_month", charge - cost, unit, b.tr("fig.margin_per_user_month"))


def _per_user_month(b: Builder) -> str:
    """"We charge $20 per seat per month … what does the GPU side cost us per seat?": the fleet's
    running cost (rent, else the purchase spread over its life plus electricity) over a month,
    per user, against what each user pays (a headline suffix)."""
    cny = b.has("cny_per_user_month")
    charge = b.num("cny_per_user_month" if cny else "usd_per_user_month", None)
    per_day = b.value_of("cost_per_day_usd")
    if not per_day and b.value_of("gpus") and (rate := rent_rate(b, b.accelerator())):
        per_day = b.value_of("gpus") * rate * 24    # no cost stated: the fleet at the catalog's rent
        b.step(b.tr("step.fleet_rent_day", gpus=b.value_of("gpus"), rate=rate, cost=per_day))
    users = b.req.params.get("users")
    power_only = False
    if not per_day and (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")) \
            and (mw := b.value_of("power_mw")) and isinstance(users, (int, float)) and users > 0:
        # "charging my 150 homies $5/month each … does that even cover power?": no price for the cards, the
        # electricity alone set against what each pays
        from calc.costs import electricity_usd
        price = electricity_usd(b)
        per_day, power_only = mw * 1000 * 24 * price, True
        b.step(b.tr("step.power_day", mw=mw, price=price, cost=per_day))
    if not per_day or not isinstance(users, (int, float)) or users <= 0:
        # (a user count and no price for the card: the catalog's gap is the reason, said so)
        b.set_aside("cny_per_user_month" if cny else "usd_per_user_month",
                    "unused.cost_no_price" if isinstance(users, (int, float)) and users > 0
                    else "unused.no_users_for_charge", acc=b.accelerator().short)
        return ""
    b.read.add("users")                # (the users the month's cost is shared by, whatever the load was)
    cost = per_day * 30.4375 / float(users) * (fx(b) if cny else 1.0)
    b.step(b.tr("step.gpu_cost_per_user_month", per_day=per_day, users=float(users), cost=cost,
                charge=charge, share=cost / charge))
    _against_charge(b, cost, charge, cny)
    return b.tr("head.power_cost_per_user_month" if power_only else "head.gpu_cost_per_user_month",
                cost=cash(b, cost, cny), charge=cash(b, charge, cny), share=share_of(cost / charge))


def _over_period(b: Builder, per_day: float) -> tuple[float, float]:
    """A day's cost (US$) over the period the question states: (its days, the cost), as a figure."""
    days = b.num("days", None)
    b.fig("cost_period_usd", per_day * days, "US$", b.tr("fig.cost_period", days=days))
    b.step(b.tr("step.cost_period", per_day=per_day, days=days, cost=per_day * days))
    return days, per_day * days


def _power_and_cost(b: Builder, acc: Accelerator, gpus: float, *, queries_per_day: float,
                    tokens_per_day: float) -> None:
    watts, _ = gpu_power_w(b, acc)
    p = pue(b)
    it_mw = gpus * watts / 1e6
    b.fig("power_mw", it_mw * p, "MW", b.tr("fig.facility_power"))
    b.fig("power_it_mw", it_mw, "MW", b.tr("fig.it_power"))
    wh = it_mw * 1e6 * p * 24 / queries_per_day
    b.fig("energy_per_query_wh", wh, "Wh", b.tr("fig.energy_per_query_fleet"))
    capex(b, acc, gpus)
    per_day = daily_cost(b, acc, gpus, it_mw * p)
    if per_day is not None and b.has("days"):      # "the monthly cost", "for a year"
        _over_period(b, per_day)
    if b.flag("asks_bill"):               # "那电费一年多少？": the fleet's electricity bill
        from calc.costs import electricity_over
        days, kwh, price = electricity_over(b, it_mw * p)
        b.step(b.tr("step.bill", mw=it_mw * p, hours=days * 24, kwh=kwh, price=price,
                    cost=kwh * price))
    if per_day is not None:
        b.fig("cost_per_query_usd", per_day / queries_per_day, "US$", b.tr("fig.cost_per_query"))
        b.fig("cost_per_million_tokens_usd", per_day / tokens_per_day * 1e6, "US$",
              b.tr("fig.cost_per_mtok"))
        if b.has("per_tokens") or b.req.params.get("currency") == "cny":
            # "算下来每百万token多少钱": the basis asked, in the question's currency too
            per = b.num("per_tokens", 1e6, record=False)
            b.fig("cost_per_tokens_cny", per_day / tokens_per_day * per * fx(b), "RMB",
                  b.tr("fig.cost_per_tokens", n=b.h(per)))


def _utilization_change(b: Builder) -> Result:
    """A fleet at one average utilization raised to another: the same work on fewer GPUs."""
    acc = b.accelerator()
    gpus = b.count_gpus(acc)
    now = b.num("utilization", None)
    to = b.num("utilization_to", None, label=b.tr("label.utilization_to"))
    need = math.ceil(round(gpus * now / to, 6))   # 4,000 x 0.35 / 0.7 is 2,000, not 2,001
    b.fig("gpus", need, "GPUs", b.tr("fig.gpus_at_utilization", util=to))
    b.fig("gpus_saved", gpus - need, "GPUs", b.tr("fig.gpus_saved"))
    b.step(b.tr("step.utilization_change", gpus=gpus, now=now, to=to, need=need))
    head = b.tr("head.utilization_change", saved=b.h(gpus - need), gpus=b.h(gpus), acc=acc.short, now=now,
                to=to, need=b.h(need))
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "… how many GPUs could it retire? At $2.20 per GPU-hour, what is the annual saving?": the
        # freed cards' rent over the period (a year unless stated)
        rate = rent_rate(b, acc) or 0.0
        days = b.num("days", 365.25, label=b.tr("label.period_default_year"))
        saved = (gpus - need) * rate * 24 * days
        b.fig("saving_usd", saved, "US$", b.tr("fig.saving_freed", days=days))
        b.step(b.tr("step.saving_freed", n=gpus - need, rate=rate, hours=24 * days, saved=saved))
        head += b.tr("head.saving_freed", money=usd_money(b, saved, b.has("rent_cny_per_hour")), days=days)
    return b.result("fleet", head)


def _against_price(b: Builder, own_usd: float) -> str:
    """"… and vs an API at $0.9 per million tokens, which is cheaper?": the two side by side; with
    an input price too, each generated token's price carries its share of the prompt."""
    cny = b.has("cny_per_million_tokens") and not b.has("usd_per_million_tokens")
    if not (cny or b.has("usd_per_million_tokens")):
        return ""
    cur = "cny" if cny else "usd"
    stated = price = b.num(f"{cur}_per_million_tokens", None)
    if b.has(f"{cur}_per_million_input_tokens"):
        price = with_input_price(b, price, f"{cur}_per_million_input_tokens", per_output=True)
    usd = price / fx(b) if cny else price     # "对比 API 定价 16元/百万token": said in its currency
    b.fig("own_vs_price", own_usd / usd, "x", b.tr("fig.own_vs_price"))
    key = "head.own_vs_price" + ("_cny" if cny else "") + ("_in" if price != stated else "")
    return b.tr(key, price=f"{price:,.3g}", ratio=own_usd / usd)


def smallest_group(b: Builder, acc: Accelerator) -> int | None:
    """The fewest of `acc` the stated model runs on at its precision (None when it fits on none)."""
    return min_group(b.model(), acc, _precision(b, acc))


def users_served(b: Builder, acc: Accelerator, gpus: float) -> float:
    """"… and how many daily users of Mistral 7B could they serve?": what `gpus` deliver at the
    serving model's operating point, as daily users at the load's per-user queries."""
    model = b.model()
    precision = _precision(b, acc)
    pt, _, lout = _point(b, model, acc, precision, tpot=b.num("tpot_ms", 50) / 1000,
                         max_group=int(min(max(gpus, 1), 64)), gpus=gpus)
    total = _delivered(b, pt, gpus)
    # ("10 msgs per convo": a user's day one conversation of its turns, each turn a request)
    qpu = requests_of_conversations(b, queries_per_user(b))
    peak = b.num("peak_factor", 2.0)
    users = total / lout / peak * SECONDS_PER_DAY / qpu
    b.fig("tokens_per_s", total, "tokens/s", b.tr("fig.tokens_on", n=gpus, acc=acc.short))
    b.fig("users", users, "users", b.tr("fig.users_supported"))
    b.step(b.tr("step.users_supported", qps=total / lout, peak=peak, qpu=qpu, users=users))
    return users


def _no_fit(key: str, hint: str, precision: str, **fields: str | float) -> CalcError:
    """A model that does not fit, its hint naming the next lower precision to try (fp8 after bf16,
    int4 after fp8 or int8), or none when the precision is already 4-bit."""
    lower = {"fp32": "fp8", "tf32": "fp8", "bf16": "fp8", "fp16": "fp8", "fp8": "int4", "int8": "int4"}.get(
        precision.lower())
    return CalcError("does_not_fit", key, hint_key=hint if lower else hint + "_only", suggestions=(),
                     lower=lower or "", prec=precision.upper(), **fields)


def _point_on(b: Builder, model: Model, acc: Accelerator, precision: str, n: float, *,
              tpot: float | None) -> tuple[ServingPoint, float]:
    """The operating point that gets the most out of `n` GPUs, and the answer's length; a model
    that needs more than `n` of them is an error that says how many."""
    pt, _, lout = _point(b, model, acc, precision, tpot=tpot, max_group=int(min(n, 64)), gpus=n)
    if pt.group > n and not (b.has("model") or b.has("params")):
        # ("how many shops can one H100 SXM carry": no model named, the default one too big for the card)
        raise CalcError("does_not_fit", "err.needs_group", hint_key="hint.group_no_model", suggestions=(),
                        prec=precision.upper(), model=model.short, group=pt.group, acc=acc.short, n=n)
    if pt.group > n:
        raise _no_fit("err.needs_group", "hint.group", precision, model=model.short, group=pt.group,
                      acc=acc.short, n=n)
    return pt, lout


def _single_stream(b: Builder, model: Model, acc: Accelerator, precision: str, group: int,
                   lout: float) -> str:
    """"3k tok/s single-stream on llama 3.1 70b fp8 on an h100, cap right?": one sequence alone on the
    replica, each step reading the weights for its one token (a headline suffix; the figure a claimed
    rate is checked against)."""
    lin = b.num("input_tokens", 500, record=False)
    one = group_point(model, acc, precision, group, input_tokens=lin, output_tokens=lout, max_batch=1)
    if one is None or one.step_s <= 0:
        return ""
    rate = 1 / one.step_s
    b.fig("single_stream_tokens_per_s", rate, "tokens/s", b.tr("fig.single_stream", n=group, acc=acc.short))
    b.step(b.tr("step.single_stream", n=group, acc=acc.short, ms=one.step_s * 1000, rate=rate))
    return b.tr("head.single_stream", rate=rate, ms=one.step_s * 1000)


def modelled_tps_per_gpu(b: Builder, acc: Accelerator) -> float:
    """Output tokens/s per GPU at the serving model's operating point, on the stated GPUs (else the
    smallest group the model fits on, at least one 8-GPU server)."""
    model = b.model()
    precision = _precision(b, acc)
    need = min_group(model, acc, precision) or 8
    n = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else max(8, need)
    if n == 1 < need and (b.flag("per_gpu_revenue") or b.flag("per_gpu_hour")):
        n = max(8, need)                 # "一张卡一天能赚多少": one card of the group the model needs
    pt, _ = _point_on(b, model, acc, precision, n, tpot=None)
    per = _delivered(b, pt, n) / n
    b.fig("tokens_per_s_per_gpu", per, "tokens/s", b.tr("fig.tokens_per_gpu_modelled", acc=acc.short,
                                                        model=model.short))
    return per


def _serving_rate(b: Builder) -> tuple[Accelerator, Model, float]:
    """(the card, the model, each GPU's output tokens/s as served: measured if stated, else the
    serving model's at a 50 ms per-token target, times a stated utilization)."""
    acc = b.accelerator()
    model = b.model(default="llama3_70b")
    precision = _precision(b, acc)
    pt, _, _ = _point(b, model, acc, precision, tpot=b.num("tpot_ms", 50) / 1000)
    tps = pt.tokens_per_s_per_gpu
    if b.has("observed_tokens_per_s_per_gpu"):
        tps = b.num("observed_tokens_per_s_per_gpu", None)
    if b.has("utilization"):             # "利用率45%": rented hours paid for, partly idle
        util = b.num("utilization", None)
        tps *= util
        b.step(b.tr("step.utilization", util=util, tps=tps))
    return acc, model, tps


def serving_gpus_needed(b: Builder, tokens_per_day: float) -> int:
    """The GPUs a day's output tokens keep busy around the clock (at least one)."""
    _, _, tps = _serving_rate(b)
    return max(1, math.ceil(tokens_per_day / (tps * SECONDS_PER_DAY)))


def serving_cost_per_day(b: Builder, tokens_per_day: float) -> float | None:
    """What a day's output tokens cost to serve on rented GPUs kept fully busy (the serving
    model's per-GPU rate at a 50 ms per-token target): the cost side of a token bill."""
    acc, model, tps = _serving_rate(b)
    rate = rent_rate(b, acc)
    hours = tokens_per_day / (tps * 3600)
    b.fig("serving_gpus", math.ceil(hours / 24), "GPUs", b.tr("fig.serving_gpus", acc=acc.short))
    b.fig("serving_gpu_hours_per_day", hours, "GPU-hours", b.tr("fig.serving_hours"))
    if rate is None:                     # no rent known: the GPUs those tokens keep busy, only
        b.step(b.tr("step.serving_gpus", tpd=b.h(tokens_per_day), tps=tps, acc=acc.short,
                    n=math.ceil(hours / 24)))
        return None
    b.fig("serving_cost_per_day_usd", hours * rate, "US$", b.tr("fig.serving_cost_day"))
    b.step(b.tr("step.serving_cost", tpd=b.h(tokens_per_day), tps=tps,
                model=model.short, acc=acc.short, hours=hours, rate=rate, cost=hours * rate))
    return hours * rate


def serving_match(b: Builder, acc: Accelerator, other: Accelerator, gpus: float) -> tuple[int, Model] | None:
    """"320 A100s serving Llama 2 70B at 1,100 tok/s per GPU: how many H200s replace them?": the
    fleets matched on the stated model's serving throughput, not on FLOP/s. A rate measured on the
    old accelerator scales the model's figure for both (the software the measurement ran is the
    same). None when no model is stated or it fits on neither."""
    if not (b.has("model") or b.has("params") or b.has("active_params")):
        return None
    model = b.model()
    compare = b.tr("label.precision_compare")    # (the FLOP/s comparison's precision is not this one's)
    b.assumptions = [a for a in b.assumptions if not (a.name == "precision" and a.label == compare)]
    measured = b.has("observed_tokens_per_s_per_gpu")
    if measured and not b.has("precision"):
        # a rate measured on the old accelerator ran at its precision: both at it, so that the
        # ratio carries the measurement over and no precision gain is assumed that was not stated
        precision = old_precision = other.native_low_precision()
        b.read.add("precision")
        b.assume("precision", precision.upper(), "", "default", b.tr("label.precision"),
                 "the lowest precision the measured accelerator runs natively, FP4 excluded")
    else:
        precision = _precision(b, acc)
        # each accelerator at its own lowest native precision unless one is stated
        old_precision = precision if b.has("precision") else other.native_low_precision()
    tpot = b.num("tpot_ms", 50) / 1000
    lin, lout = b.num("input_tokens", 500), b.num("output_tokens", 500)
    rates = []
    for card, prec in ((other, old_precision), (acc, precision)):
        pts = serving_points(model, card, prec, input_tokens=lin, output_tokens=lout,
                             tpot_target_s=tpot)
        if not pts:
            raise _no_fit("err.does_not_fit", "hint.lower_precision", prec, model=model.short,
                          acc=card.short, mem=card.mem_gb)
        rates.append(fastest(pts).tokens_per_s_per_gpu)
    old, new = rates
    b.assume("calibration", CALIBRATION.software, "", "catalog", b.tr("label.calibration"),
             CALIBRATION.source)
    b.step(b.tr("step.match_model", model=model.short, oprec=old_precision.upper(), other=other.short,
                old=old, acc=acc.short, new=new, prec=precision.upper()))
    if measured:
        rate = b.num("observed_tokens_per_s_per_gpu", None)
        k = rate / old
        b.step(b.tr("step.match_measured", tps=rate, other=other.short, old=old, k=k, acc=acc.short,
                    new=new * k))
        old, new = rate, new * k
    load = gpus * old
    n = math.ceil(round(load / new, 6))
    b.step(b.tr("step.match_load", m=b.h(gpus), other=other.short, old=old, load=load, new=new, n=n,
                acc=acc.short))
    b.fig("tokens_per_s", load, "tokens/s", b.tr("fig.peak_tokens"))
    b.fig("tokens_per_s_per_gpu", new, "tokens/s", b.tr("fig.per_gpu"))
    return n, model


def _measured_per_gpu(b: Builder, acc: Accelerator) -> Result:
    """"dashboards show 1.8M tok/s across 96 MI300X: tok/s per GPU?": the measured total shared
    out, no model needed (none was named)."""
    n = b.count_gpus(acc)
    total = b.num("observed_tokens_per_s", None, label=b.tr("label.measured_total"))
    b.fig("tokens_per_s", total, "tokens/s", b.tr("fig.tokens_on", n=n, acc=acc.short))
    b.fig("tokens_per_s_per_gpu", total / n, "tokens/s", b.tr("fig.per_gpu"))
    b.step(b.tr("step.measured_share", total=total, n=n, per=total / n))
    head = b.tr("head.measured_per_gpu", per=total / n, total=b.h(total), n=n, acc=acc.short)
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "… and cost per M tokens at 7 yuan/card-hr?": each card's hour over the tokens it makes in it
        cny = b.has("rent_cny_per_hour") and not b.has("rent_usd_per_hour")
        hourly = b.num("rent_cny_per_hour" if cny else "rent_usd_per_hour", None)
        per_m = hourly / (total / n * 3600) * 1e6
        b.fig("cost_per_million_tokens_cny" if cny else "cost_per_million_tokens_usd", per_m,
              "RMB" if cny else "US$", b.tr("fig.cost_per_mtok"))
        rate, cost = cash(b, hourly, cny), cash(b, per_m, cny)
        b.step(b.tr("step.measured_cost", rate=rate, per=total / n, cost=cost))
        head += b.tr("head.measured_cost", rate=rate, cost=cost)
        if b.req.params.get("per_tokens") == 1e6:
            b.read.add("per_tokens")         # (the basis asked: "每百万token成本多少")
    if b.has("utilization") and b.has("factor"):
        # "avg util 55% … headroom for 2x traffic?": the busy share grown by the factor, against 100%
        u, f = b.num("utilization", None), b.num("factor", None)
        need = math.ceil(round(n * u * f, 6))
        b.fig("gpus_needed", need, "GPUs", b.tr("fig.gpus_for_growth", f=f))
        b.step(b.tr("step.headroom", n=n, u=u, f=f, need=need))
        head += b.tr("head.headroom_short" if need > n else "head.headroom_ok", f=f, u=u, busy=u * f,
                     need=b.h(need), more=b.h(need - n))
    return b.result("throughput", head)


def _measured_cost_no_fit(b: Builder, acc: Accelerator, model: Model, precision: str, n: float) -> Result:
    """"实测单台每秒 5200 token（8卡 H20，DeepSeek R1），租金每卡每小时 8.5 元，每百万token成本多少": a
    measured rate on cards the catalog says the model does not fit on at this precision (a quantized
    build, offloading): the measurement is what ran, so the cost is the rent over it, and the
    catalog's fit is said beside it, not used to refuse the question."""
    per = measured_tps_per_gpu(b, acc, lambda: n, explain=True) or 0.0
    rate = rent_rate(b, acc) or owned_rate(b, acc, catalog=True)
    if rate is None:
        raise CalcError("missing_input", hint_key="hint.example", param="rent_usd_per_hour")
    b.read.update({"precision", "gpus", "servers", "per_tokens"})
    per_mtok = per_million_tokens(rate, per)
    b.fig("tokens_per_s_per_gpu", per, "tokens/s", b.tr("fig.per_gpu"))
    b.fig("cost_per_million_tokens_usd", per_mtok, "US$", b.tr("fig.cost_per_mtok"))
    b.step(b.tr("step.cost_per_mtok_measured", rate=rate, tps=per, cost=per_mtok))
    need = min_group(model, acc, precision)
    b.notes.append(b.tr("note.measured_beyond_fit", model=model.short, prec=precision.upper(), n=n,
                        acc=acc.short, need=need or "-"))
    head = b.tr("head.cost_measured", cost=per_mtok, tps=per, acc=acc.short, model=model.short, rate=rate)
    if b.req.params.get("currency") == "cny" or b.has("rent_cny_per_hour"):
        b.fig("cost_per_million_tokens_cny", per_mtok * fx(b), "RMB", b.tr("fig.cost_per_mtok"))
        head += b.tr("head.in_cny", cny=f"{per_mtok * fx(b):,.3g}")
    return b.result("throughput", head)


# what only a served model answers: a measured rate with none of these asks is costed as it is
_SERVING_ASKS = ("users", "queries_per_user", "tokens_per_user_day", "concurrent_users", "tpot_ms", "ttft_ms",
                 "days", "peak_factor", "qps", "queries_per_day", "tokens_per_day", "batch_per_replica",
                 "replicas", "asks_qps", "ask_concurrent", "asks_ttft", "ask_users")


def _measured_workload_cost(b: Builder, acc: Accelerator) -> Result:
    """"H20 租金 6.5 元/卡时，单卡实测 700 tok/s，每百万输出 token 成本多少？" with no model named: the
    hour's price over the measured rate. No model is assumed, so nothing is said about batches,
    replicas or latency (a default model's figures had stood beside the measurement)."""
    counted = b.has("gpus") or b.has("servers")
    per = measured_tps_per_gpu(b, acc, lambda: b.count_gpus(acc) if counted else b.num(
        "gpus", 1, label=b.tr("label.measured_on")), explain=True) or 0.0
    b.read.update({"gpus", "servers"})        # (the cards it was measured on: the rate is per card)
    rate = owned_rate(b, acc) if b.flag("asks_cost_per") else None
    if rate is None:
        rate = rent_rate(b, acc)
    if rate is None:
        rate = owned_rate(b, acc, catalog=True)
    if rate is None:
        raise CalcError("missing_input", hint_key="hint.example", param="rent_usd_per_hour")
    if b.has("utilization"):
        util = b.num("utilization", None)     # idle hours are paid for too
        per *= util
        b.step(b.tr("step.utilization", util=util, tps=per))
    lout = b.num("output_tokens", 500, record=b.has("output_tokens"))
    if b.has("input_tokens") and b.flag("rate_all_tokens"):
        # "measured 2,400 tok/s per GPU on mixed prefill+decode, avg prompt 12k + 250 out": the rate
        # counts every token, so a query costs its prompt's and its answer's
        lin = b.num("input_tokens", None)
        b.step(b.tr("step.rate_all_tokens", lin=lin, lout=lout, per=lin + lout))
        lout += lin
    elif b.has("input_tokens"):
        # "measured 2,400 tok/s … avg prompt 12k tokens + 250 out": the prompts are part of the
        # workload the rate was measured on; the answers' tokens are what it counts
        b.notes.append(b.tr("note.measured_prompts", lin=b.num("input_tokens", None)))
    per_mtok = per_million_tokens(rate, per)
    b.read.add("per_tokens")
    b.fig("tokens_per_s_per_gpu", per, "tokens/s", b.tr("fig.per_gpu"))
    b.fig("cost_per_million_tokens_usd", per_mtok, "US$", b.tr("fig.cost_per_mtok"))
    b.step(b.tr("step.cost_per_mtok_measured", rate=rate, tps=per, cost=per_mtok))
    head = _cost_per_mtok_head(b, acc, per_mtok, rate, lout, b.tr("word.measured_workload"))
    b.fig("cost_per_query_usd", per_mtok * lout / 1e6, "US$", b.tr("fig.cost_per_query"))
    head += _per_basis(b, per_mtok, cny=b.req.params.get("currency") == "cny" or _in_yuan(b), lout=lout)
    return b.result("throughput", head + _against_price(b, per_mtok))


def _in_yuan(b: Builder) -> bool:
    """Whether a cost per token is said in yuan: the rent was, or (no rent) the card's price was
    ("卡1.6万一张，按三年摊 … 每千次对话成本")."""
    if b.has("rent_cny_per_hour") or b.has("rent_usd_per_hour"):
        return b.has("rent_cny_per_hour") and not b.has("rent_usd_per_hour")
    return b.has("price_cny") and not b.has("price_usd")


def _cost_per_mtok_head(b: Builder, acc: Accelerator, per_mtok: float, rate: float, lout: float,
                        name: str) -> str:
    """The headline of a cost per million output tokens at `rate` US$ an hour: in the rent's yuan
    first when the rent was stated in yuan ("H20 租金 7 元/卡时 … 百万 token 成本多少"), else in dollars,
    with yuan beside them when asked ("汇率7.25，折合每百万token成本多少元？")."""
    every = b.flag("rate_all_tokens") and b.has("input_tokens")     # (prompts counted in the rate)
    kind = b.tr("word.all_tokens" if every else "word.output_tokens")
    if _in_yuan(b):
        r = fx(b)
        b.fig("cost_per_million_tokens_cny", per_mtok * r, "RMB", b.tr("fig.cost_per_mtok"))
        return b.tr("head.cost_per_mtok_cny", cost=per_mtok * r, usd=per_mtok, model=name, acc=acc.short,
                    kind=kind,
                    rate=rate * r, busy=b.busy(), lout=lout, per_q=per_mtok * r * lout / 1e6)
    head = b.tr("head.cost_per_mtok", cost=per_mtok, per_q=per_mtok * lout / 1e6, lout=lout, kind=kind,
                model=name, acc=acc.short, rate=rate, busy=b.busy())
    if b.req.params.get("currency") == "cny" or b.has("usd_cny"):
        b.fig("cost_per_million_tokens_cny", per_mtok * fx(b), "RMB", b.tr("fig.cost_per_mtok"))
        head += b.tr("head.in_cny", cny=f"{per_mtok * fx(b):,.3g}")
    return head


def _cost_at_load(b: Builder, n: float, rate: float, busy_query_usd: float) -> str:
    """"Managers run it about 60 times a day … 2 H100 PCIe rented at $2.20/hr each, what's the cost per
    roster?": the stated cards are paid for around the clock whatever the load, so a request's cost at the
    day's stated requests is the day's hours over them (a headline suffix; "" when no day's load is stated
    or the load keeps the cards busier than their full-time cost per request)."""
    if not (b.has("queries_per_day") or b.has("queries_per_user")):
        return ""
    # ("Managers run it about 40 times a day": with no people counted, the one day's requests)
    per_day = requests_per_day(b) if b.has("queries_per_day") or b.has("users") else \
        requests_of_conversations(b, b.num("queries_per_user", None))
    day_cost = n * rate * 24
    if per_day <= 0 or day_cost / per_day <= busy_query_usd:
        return ""
    each = day_cost / per_day
    turns = b.num("turns_per_session", None, record=False) if b.has("turns_per_session") else 1.0
    b.fig("cost_per_query_at_load_usd", each, "US$", b.tr("fig.cost_per_query_at_load"))
    b.step(b.tr("step.cost_at_load", gpus=n, rate=rate, per_day=day_cost, q=b.h(per_day), each=each,
                busy=busy_query_usd * per_day / day_cost))
    cny = b.req.params.get("currency") == "cny" or b.has("rent_cny_per_hour")
    k = fx(b) if cny else 1.0
    if turns != 1.0:
        return b.tr("head.cost_at_load_sessions", q=b.h(per_day), n=n, money=cash(b, each * k, cny),
                    session=cash(b, each * turns * k, cny), turns=turns)
    return b.tr("head.cost_at_load", q=b.h(per_day), n=n, money=cash(b, each * k, cny))


def _requests_cost(b: Builder, per_query_usd: float, *, cny: bool) -> str:
    """"what's our GPU cost per 1,000 requests?": that many requests at a request's cost (a headline suffix),
    in yuan when `cny`."""
    n = b.num("per_requests", None)
    # ("6 turns per ticket … cost per 1k tickets": each item its requests)
    turns = b.num("turns_per_session", None) if b.has("turns_per_session") else 1.0
    cost = per_query_usd * turns * n * (fx(b) if cny else 1.0)
    b.fig("cost_per_n_requests_cny" if cny else "cost_per_n_requests_usd", cost, "RMB" if cny else "US$",
          b.tr("fig.cost_per_n_requests", n=n))
    unit = b.tr("unit.cny" if cny else "unit.usd")
    if turns != 1.0:
        return b.tr("head.cost_per_n_sessions", n=b.h(n), unit=unit, total=cost, turns=turns)
    return b.tr("head.cost_per_n_requests", n=b.h(n), unit=unit, total=cost)


def _per_basis(b: Builder, per_mtok: float, *, cny: bool, lout: float | None = None) -> str:
    """"每千 token 成本多少": the cost of the number of tokens asked, beside the usual per million
    ("" when the basis is a million); "a firm price per 1,000 requests": the cost of that many requests
    of `lout` output tokens each."""
    if lout is not None and b.has("per_requests"):
        return _requests_cost(b, per_mtok * lout / 1e6, cny=cny)
    per = b.num("per_tokens", 1e6, record=False)
    if per == 1e6:
        return ""
    cost = per_mtok * per / 1e6 * (fx(b) if cny else 1.0)
    b.fig("cost_per_tokens_cny" if cny else "cost_per_tokens_usd", cost, "RMB" if cny else "US$",
          b.tr("fig.cost_per_tokens", n=b.h(per)))
    return b.tr("head.per_basis_cny" if cny else "head.per_basis_usd", n=b.h(per), cost=f"{cost:,.3g}")


def _measured_cluster_requests(b: Builder) -> Result:
    """"our cluster does 1.5M tok/s total … output 1200 tokens per req, peak factor 3x, how many req/day
    can we take": the measured rate over the tokens of a request, held down to the peak's share (no
    count of cards needed: the rate is the whole cluster's)."""
    rate = b.num("observed_tokens_per_s", None)
    out = b.num("output_tokens", 500)
    peak = b.num("peak_factor", 2.0)
    for name in ("accelerator", "model", "params", "precision"):
        if b.has(name):                    # the measured rate already is this cluster's, on this model
            b.read.add(name)
    per_s = rate / out / peak
    per_day = per_s * SECONDS_PER_DAY
    b.fig("qps", per_s, "queries/s", b.tr("fig.avg_qps_held"))
    b.fig("queries_per_day", per_day, "queries/day", b.tr("fig.requests_a_day"))
    b.step(b.tr("step.measured_requests", rate=rate, out=out, peak=peak, qps=per_s, day=per_day))
    head = b.tr("head.measured_requests", day=b.h(per_day), qps=per_s, rate=b.h(rate), peak=peak)
    if b.has("queries_per_user"):
        users = per_day / b.num("queries_per_user", None)
        b.fig("users", users, "users", b.tr("fig.users_served"))
        head += b.tr("head.and_users", users=b.h(users))
    return b.result("throughput", head)


def _measured_job_time(b: Builder) -> Result:
    """"Our pilot box does about 2,400 tokens/s total on Qwen2.5 7B. Nightly we need 1,900 daily reports at
    roughly 320 tokens each. How many minutes does that take?": the job's output tokens over the rate
    measured on the user's own hardware (a server's rate times the servers stated, else the one server); no
    accelerator is needed, and the model, if named, is the one the rate was measured on."""
    if b.has("observed_tokens_per_s"):
        rate = b.num("observed_tokens_per_s", None)
    else:
        rate = b.num("observed_tokens_per_s_per_server", None) * b.num("servers", 1, record=b.has("servers"))
    for name in ("model", "params", "precision", "server"):
        if b.has(name):
            b.read.add(name)               # (the rate measured is already this model's on this hardware)
    if b.has("tokens_per_day"):
        tokens = b.num("tokens_per_day", None, "tokens", b.tr("label.job_tokens"))
    else:
        requests = job_requests(b)
        tokens = requests * b.num("output_tokens", 500)
    hours = tokens / rate / 3600
    b.fig("job_hours", hours, "hours", b.tr("fig.job_hours"))
    b.step(b.tr("step.measured_job_time", tokens=tokens, tps=rate, hours=hours))
    return b.result("throughput", b.tr("head.measured_job_time", tokens=b.h(tokens), span=_span(b, hours),
                                       tps=b.h(rate)))


def _cluster_rate_enough(b: Builder) -> Result:
    """"is 1.8M tok/s cluster-wide enough? 300k DAU x 120 calls/day x 700 out tokens, peak 3x": the output
    tokens a second the load needs at its peak, against the stated rate. No accelerator or model is
    needed: both sides are tokens a second."""
    rate = b.num("observed_tokens_per_s", None)
    if b.has("tokens_per_day"):
        tpd = b.num("tokens_per_day", None)
    else:
        per_day = requests_per_day(b, lambda: daily_users(b))
        lout = b.num("output_tokens", 500)
        tpd = per_day * lout
        b.step(b.tr("step.tokens_a_day", qpd=b.h(per_day), per_query=lout, tpd=b.h(tpd)))
    peak = b.num("peak_factor", 2.0)
    need = tpd / SECONDS_PER_DAY * peak
    b.step(b.tr("step.peak_rate_needed", tpd=b.h(tpd), peak=peak, need=need))
    b.fig("tokens_per_s_needed", need, "tokens/s", b.tr("fig.peak_rate_needed"))
    b.fig("rate_over_need", rate / need, "x", b.tr("fig.rate_over_need"))
    b.read.update({"model", "params", "accelerator"})      # (the rate is the cluster's, as measured)
    key = "head.rate_enough" if rate >= need else "head.rate_short"
    return b.result("throughput", b.tr(key, rate=b.h(rate), need=b.h(need), ratio=rate / need, peak=peak))


def _span(b: Builder, hours: float) -> str:
    """A job's time in words: seconds under a minute, minutes under an hour, days from two days."""
    return b.tr("word.span_seconds", n=hours * 3600) if hours * 60 < 1 else \
        b.tr("word.span_minute_one") if f"{hours * 60:.2g}" == "1" else \
        b.tr("word.span_minutes", n=hours * 60) if hours < 1 else \
        b.tr("word.span_days", n=hours / 24) if hours >= 48 else b.tr("word.span_hours", n=hours)


def _job_time(b: Builder, acc: Accelerator, model: Model, n: float, total: float, lout: float,
              wave: tuple[ServingPoint, int, str] | None = None) -> Result:
    """"20 checkpoints x 3000 prompts, 800 output tokens, on 8 H100: how long?": the job's output
    tokens over what the fleet delivers, in hours and GPU-hours (and what those cost at a stated rent).
    `wave` (the modelled point, its replicas and precision): a job of fewer requests than the replicas
    hold at once takes at least one wave of them, each sequence decoding at the smaller batch's speed."""
    # (the count is the job's, not a day's: labelled so in the assumptions)
    requests = 0.0
    if b.has("tokens_per_day"):
        tokens = b.num("tokens_per_day", None, "tokens", b.tr("label.job_tokens"))
    else:
        requests = job_requests(b)
        if b.has("runs"):
            requests *= b.num("runs", None)      # "20 个 checkpoint，每个 3000 条": the job repeated
        tokens = requests * lout
    hours = tokens / total / 3600
    if wave is not None and requests and requests < wave[0].batch * wave[1]:
        # ("we regen them for 25 rooms nightly … 4,500-token scripts": 25 sequences at once, each at the
        # speed of a batch of 25, not the full batch's throughput)
        pt, replicas, precision = wave
        each = math.ceil(requests / replicas)
        small = group_point(model, acc, precision, pt.group, output_tokens=lout, max_batch=each,
                            input_tokens=b.num("input_tokens", 500, record=False))
        one = (small.prefill_s + lout * small.step_s) / 3600 if small is not None else 0.0
        if small is not None and small.step_s > 0 and one > hours:
            b.step(b.tr("step.job_one_wave", requests=requests, each=each, ms=small.step_s * 1000, lout=lout,
                        hours=one))
            hours, total = one, tokens / (one * 3600)
    b.fig("job_hours", hours, "hours", b.tr("fig.job_hours"))
    b.fig("job_gpu_hours", hours * n, "GPU-hours", b.tr("fig.job_gpu_hours"))
    b.step(b.tr("step.job_time", tokens=tokens, tps=total, hours=hours, n=n, gpu_hours=hours * n))
    span = _span(b, hours)
    head = b.tr("head.job_time", tokens=b.h(tokens), span=span, n=n, acc=acc.short, model=model.short,
                gpu_hours=b.h(hours * n), tps=b.h(total))
    # ("On a single GPU (H100 SXM) running Llama 3.3 70B in FP8, how many hours": the model needs more
    # cards than the ones stated, said so beside the time on the cards it needs)
    head += _stated_too_few(b, n, acc, model)
    if b.has("days") and not b.has("period_months"):
        # ("4090一张一天跑得完吗？": the job against the time it has)
        window = b.num("days", None)
        head += b.tr("head.job_fits" if hours <= window * 24 else "head.job_overruns", days=window,
                     share=hours / (window * 24))
    rate = rent_rate(b, acc) if (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) else None
    if rate is not None:
        cost = rate * hours * n
        b.fig("job_cost_usd", cost, "US$", b.tr("fig.job_cost"))
        head += b.tr("head.job_cost", money=usd_money(b, cost, b.has("rent_cny_per_hour")))
    return b.result("throughput", head)


def throughput(b: Builder) -> Result:
    acc = b.accelerator()
    rate_key = next((k for k in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s") if b.has(k)), None)
    if rate_key and b.has("output_tokens") and not any(b.has(k) for k in (
            "model", "params", "gpus", "servers", "users", "qps", "queries_per_day", "tokens_per_day",
            "concurrent_users", "rent_usd_per_hour", "rent_cny_per_hour")) and not b.flag("asks_cost_per"):
        # "3,000-word chapters … at 18 tok/s on my 4090 how long per chapter?": an answer's tokens at the rate
        stream, n = b.num(rate_key, None), b.num("output_tokens", None)
        b.read.add("accelerator")
        seconds = n / stream
        b.fig("generation_seconds", seconds, "s", b.tr("fig.generation_seconds"))
        b.step(b.tr("step.generation_seconds", n=n, rate=stream, s=seconds))
        return b.result("throughput", b.tr("head.generation_seconds", n=n, rate=stream, s=seconds,
                                           minutes=seconds / 60))
    if b.has("observed_tokens_per_s") and (b.has("gpus") or b.has("servers")) and not (
            b.has("model") or b.has("params") or b.has("tokens_per_user_day")):
        return _measured_per_gpu(b, acc)
    if not (b.has("model") or b.has("params")) and any(b.has(k) for k in (
            "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server", "observed_tokens_per_s")) \
            and (b.flag("asks_cost_per") or b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) \
            and not any(b.req.params.get(k) is not None for k in _SERVING_ASKS):
        return _measured_workload_cost(b, acc)
    if b.has("observed_tokens_per_s") and (b.flag("asks_qps") or b.flag("asks_requests")) \
            and not (b.has("gpus") or b.has("servers")):
        return _measured_cluster_requests(b)
    if b.flag("asks_duration") and not (b.has("accelerator") or b.has("gpus")) \
            and (b.has("observed_tokens_per_s") or b.has("observed_tokens_per_s_per_server")) \
            and (b.has("queries_per_day") or b.has("tokens_per_day")):
        return _measured_job_time(b)
    if b.has("observed_tokens_per_s") and not (b.has("gpus") or b.has("servers")) and any(
            b.has(k) for k in ("users", "queries_per_day", "qps", "tokens_per_day")):
        return _cluster_rate_enough(b)
    model = b.model(default="llama2_70b")
    precision = _precision(b, acc)
    counted = b.has("gpus") or b.has("servers")
    per_card = b.flag("one_gpu")
    fits_on = min_group(model, acc, precision)
    # ("TP8 … 单卡吞吐能到多少": the replica the user runs, which may be larger than the one the model needs)
    tp = b.num("tensor_parallel", None, record=False) if b.has("tensor_parallel") else None
    if counted and b.count_gpus(acc) == 1 and ((fits_on or 1) > 1 or (tp or 1) > 1):
        # "what tokens/sec could one H800 do" for a model that needs several, or one card of the user's
        # replica: per card of its group
        counted, per_card = False, True
    if counted:
        n = b.count_gpus(acc)
    else:
        # no count: one 8-GPU server, or the smallest group the model fits on if larger
        need = max(fits_on or 8, int(tp or 0))
        box = int(b.num("gpus_per_server", 8)) if b.has("gpus_per_server") else \
            b.gpus_per_server(acc) if b.has("server") else 8
        if per_card or (b.flag("asks_duration") and b.has("observed_tokens_per_s_per_gpu")):
            # "users per H100": one GPU unless the model needs more; ("measured ~1,900 tok/s per GPU … 30k
            # emails × 450 tokens. how long does it take?": the job on the one GPU the rate is of)
            box = 1
        if per_card and (b.has("gpus") or b.has("servers")):
            b.read.update({"gpus", "servers"})   # the one card asked about, answered per card
            n = max(box, need)
        else:
            n = b.num("gpus", max(box, need), origin="default",
                      label=b.tr("label.smallest_group" if need > box else
                                 "label.one_gpu" if box == 1 else "label.one_server", n=box))
    tpot = b.num("tpot_ms", 0, record=b.has("tpot_ms")) / 1000 or None
    if counted and (fits_on or 10 ** 6) > n and any(b.has(k) for k in (
            "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server", "observed_tokens_per_s")) \
            and (b.flag("asks_cost_per") or b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        return _measured_cost_no_fit(b, acc, model, precision, n)
    if counted and fits_on is not None and fits_on > n and not b.has("servers") and (
            b.flag("asks_duration") or b.flag("asks_request_time") or b.flag("claim_request_time")):
        # ("1500张房间照片 … Qwen2.5 72B … 两张A100 80GB跑完要多久？": the job on the fewest cards the model
        # runs on, the ones stated said to be too few, calc/inference _job_time)
        n = float(fits_on)
    pt, lout = _point_on(b, model, acc, precision, n, tpot=tpot)
    replicas = math.floor(n / pt.group)
    if b.has("observed_tokens_per_s_per_gpu"):
        # "we see 1100 tok/s per gpu": the measured rate, not the model's
        measured = b.num("observed_tokens_per_s_per_gpu", None)
        b.step(b.tr("step.measured_rate", tps=measured, model=pt.tokens_per_s_per_gpu))
        pt = replace(pt, tokens_per_s_per_gpu=measured)
    elif b.has("observed_tokens_per_s_per_server"):
        # "8卡一台吞吐能到每秒2500 token": one server's measured rate, per GPU of it
        box = b.gpus_per_server(acc)
        node_rate = b.num("observed_tokens_per_s_per_server", None)
        b.step(b.tr("step.per_server_rate", tps=node_rate, n=box, per=node_rate / box))
        pt = replace(pt, tokens_per_s_per_gpu=node_rate / box)
    elif counted and b.has("observed_tokens_per_s"):
        # "8张MI325X实测每秒4500个token": the counted fleet's measured rate, per GPU of it
        measured = b.num("observed_tokens_per_s", None)
        b.step(b.tr("step.measured_rate", tps=measured / n, model=pt.tokens_per_s_per_gpu))
        pt = replace(pt, tokens_per_s_per_gpu=measured / n)
    total = _delivered(b, pt, n)
    b.step(b.tr("step.replicas", replicas=replicas, group=pt.group,
                tps=pt.tokens_per_s_per_gpu * pt.group, total=total))
    if b.has("utilization") and not (b.flag("asks_cost_per") or b.has("rent_usd_per_hour")
                                     or b.has("rent_cny_per_hour")):
        # "how many qps at 65% util": the fleet run at that share of what it can do
        util = b.num("utilization", None)
        b.step(b.tr("step.fleet_utilization", util=util, before=total, after=total * util))
        total *= util
    b.fig("tokens_per_s", total, "tokens/s", b.tr("fig.tokens_on", n=n, acc=acc.short))
    b.fig("tokens_per_s_per_gpu", pt.tokens_per_s_per_gpu, "tokens/s", b.tr("fig.per_gpu"))
    if b.flag("asks_request_time") or b.flag("claim_request_time"):
        return _request_time(b, model, acc, precision, pt, replicas)
    alone = _single_stream(b, model, acc, precision, pt.group, lout) if b.flag("single_stream") else ""
    if b.flag("ask_concurrent") and b.has("tpot_ms") and any(b.has(k) for k in (
            "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server", "observed_tokens_per_s")) \
            and not b.has("concurrent_users"):
        # ("measured ~45 tok/s per GPU … how many simultaneous users if each person wants ~10 tok/s?": the
        # measured rate shared out at each stream's rate)
        each = b.num("tpot_ms", None) / 1000
        b.fig("concurrent_streams", total * each, "streams", b.tr("fig.concurrent_streams"))
        b.step(b.tr("step.concurrent_streams", tps=total, tpot=each * 1000, n=total * each))
        alone += b.tr("head.and_concurrent", n=b.h(math.floor(total * each)))
    qps = total / lout
    b.fig("qps", qps, "queries/s", b.tr("fig.qps_at_length"))
    b.fig("batch", pt.batch, "sequences", b.tr("fig.batch"))
    b.fig("replica_gpus", pt.group, "GPUs", b.tr("fig.replica_gpus"))
    b.fig("concurrent_users", replicas * pt.batch, "users", b.tr("fig.concurrent"))
    _latency(b, pt)
    head = "head.throughput" if counted or n == 1 else "head.throughput_default"
    batch_said = (b.flag("batch") or b.flag("one_batch")) and not b.has("users") \
        and not b.has("queries_per_user")
    if (b.flag("asks_duration") or batch_said) \
            and (b.has("queries_per_day") or b.has("tokens_per_day")) and not b.has("tokens_per_user_day"):
        # ("how many tokens/sec … on 1 card? … bulk pattern descriptions, 5,000 at a time overnight": the
        # rate, and the time the batch said takes at it)
        modelled = not any(b.has(k) for k in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s",
                                               "observed_tokens_per_s_per_server"))
        return _job_time(b, acc, model, n, total, lout, (pt, replicas, precision) if modelled else None)
    if b.has("tokens_per_user_day"):
        # "max daily users at 12k tok/user": the day's tokens over each user's share
        tpud = b.num("tokens_per_user_day", None)
        peak = b.num("peak_factor", 2.0)
        users = total / peak * SECONDS_PER_DAY / tpud
        b.step(b.tr("step.users_by_tokens", tps=total, peak=peak, tpud=tpud, users=users))
        b.fig("users", users, "users", b.tr("fig.users_supported"))
        head = "head.throughput_users"
        total_users = users
    elif b.has("queries_per_user") or b.has("users") or b.has("peak_factor") or \
            b.req.params.get("ask_users"):
        # ("10 msgs per convo": a user's day one conversation of its turns)
        qpu = requests_of_conversations(b, queries_per_user(b))
        peak = b.num("peak_factor", 2.0)
        users = qps / peak * SECONDS_PER_DAY / qpu
        b.step(b.tr("step.users_supported", qps=qps, peak=peak, qpu=qpu, users=users))
        b.fig("users", users, "users", b.tr("fig.users_supported"))
        head = "head.throughput_users"
        total_users = users
    else:
        total_users = 0.0
    requests_suffix = ""
    if (b.has("days") or b.flag("asks_per_day") or b.flag("asks_per_hour")) \
            and head in ("head.throughput", "head.throughput_default") and not b.flag("asks_cost_per"):
        # "一天跑满能处理多少token？", "how many tokens a day?": the rate over the period asked
        # ("how many consults per hour": an hour's)
        days = b.num("days", 1 / 24 if b.flag("asks_per_hour") else 1, record=b.has("days"))
        tokens = total * SECONDS_PER_DAY * days
        b.fig("tokens_in_period", tokens, "tokens", b.tr("fig.tokens_in_days", days=days))
        b.step(b.tr("step.tokens_in_days", tps=total, days=days, tokens=tokens))
        # (no count given: one 8-GPU server's day, said so)
        head = "head.throughput_tokens_in_days" + ("" if head == "head.throughput" else "_default")
        if b.flag("asks_requests"):
            # "一天能服务多少次请求？": the requests those tokens answer
            b.fig("queries_in_period", qps * SECONDS_PER_DAY * days, "queries",
                  b.tr("fig.queries_in_days", days=days))
            requests_suffix = b.tr("head.requests_in_days", q=b.h(qps * SECONDS_PER_DAY * days), lout=lout)
            if b.has("turns_per_session"):
                # "how many tickets a day can that handle at 9 msgs per ticket": the conversations made
                turns = b.num("turns_per_session", None)
                convs = qps * SECONDS_PER_DAY * days / turns
                b.fig("sessions_in_period", convs, "conversations", b.tr("fig.sessions_in_days", days=days))
                requests_suffix += b.tr("head.sessions_in_days", n=b.h(convs), turns=turns)
    if not tpot and not b.has("concurrent_users"):
        b.notes.append(b.tr("note.offline"))
    head_suffix = ""
    if b.flag("asks_cost_per") or b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "cost per million tokens / per query at $2/hr": the rent over what the GPUs deliver;
        # bought at a stated price, the owned hour (purchase over the period plus electricity)
        rate = owned_rate(b, acc) if b.flag("asks_cost_per") else None
        if rate is None:
            rate = rent_rate(b, acc)
        if rate is None and b.flag("asks_cost_per"):
            # no rent catalogued (H20): the card owned at the catalog's price, said so
            rate = owned_rate(b, acc, catalog=True)
        # a measured rate per GPU is already in pt (above); a measured total is per the GPUs
        # it was measured on: "on H200 at $3.5/hr with 1000 tok/s measured" (the stated, else one)
        if rate is not None and b.has("observed_tokens_per_s") and not counted and \
                not b.has("observed_tokens_per_s_per_gpu"):
            measured = b.num("observed_tokens_per_s", None)
            on = n if counted else b.num("gpus", 1, label=b.tr("label.measured_on"))
            b.step(b.tr("step.measured_rate", tps=measured / on, model=pt.tokens_per_s_per_gpu))
            pt = replace(pt, tokens_per_s_per_gpu=measured / on)
        if rate is not None and b.has("utilization"):
            # "at 60% utilization": idle hours are paid for too
            util = b.num("utilization", None)
            if b.req.params.get("utilization_to") == 1.0 and any(b.has(k) for k in (
                    "observed_tokens_per_s", "observed_tokens_per_s_per_gpu",
                    "observed_tokens_per_s_per_server")):
                # ("if at full tilt they'd do 1,800 tokens/s each": the measured rate is the cards' when busy)
                b.read.add("utilization_to")
            pt = replace(pt, tokens_per_s_per_gpu=pt.tokens_per_s_per_gpu * util)
            b.step(b.tr("step.utilization", util=util, tps=pt.tokens_per_s_per_gpu))
        if rate is not None:
            per_mtok = per_million_tokens(rate, pt.tokens_per_s_per_gpu)
            b.fig("cost_per_million_tokens_usd", per_mtok, "US$", b.tr("fig.cost_per_mtok"))
            b.fig("cost_per_query_usd", per_mtok * lout / 1e6, "US$", b.tr("fig.cost_per_query"))
            b.step(b.tr("step.cost_per_mtok", rate=rate, tps=pt.tokens_per_s_per_gpu,
                        cost=per_mtok, lout=lout, per_q=per_mtok * lout / 1e6))
            if counted and b.has("days") and not b.flag("asks_cost_per"):
                # "24 replicas … what does the fleet cost per month at $3.10/hr?": the stated
                # fleet's hours over the period asked
                per_day = n * rate * 24
                b.step(b.tr("step.rent_per_day", gpus=n, rate=rate, per_day=per_day))
                days, cost = _over_period(b, per_day)
                head_suffix = b.tr("head.fleet_cost_period", cost=b.h(cost), days=days)
            if b.flag("asks_cost_per"):
                b.read.add("per_tokens")
                measured = any(b.has(k) for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu",
                                                  "observed_tokens_per_s_per_server"))
                # a measured rate with no model named: the cost is the measurement's, not a default model's
                name = b.tr("word.measured_workload") if measured and not (
                    b.has("model") or b.has("params")) else model.short
                head = _cost_per_mtok_head(b, acc, per_mtok, rate, lout, name)
                # (in yuan where the rent was: "H20租价9块/卡时 … 哪个每千条脚本更便宜")
                head += _per_basis(b, per_mtok, cny=b.req.params.get("currency") == "cny" or _in_yuan(b),
                                   lout=lout)
                if counted and not b.has("utilization"):
                    head += _cost_at_load(b, n, rate, per_mtok * lout / 1e6)
                return b.result("throughput", head + _against_price(b, per_mtok) + _owned_beside(b, acc, pt)
                                + _power_share(b, acc, pt, per_mtok))
        if rate is None and b.flag("asks_cost_per"):
            # "$0.25/M input … on MI325X, margin at 60% util" with no price for the card known: the
            # throughput, and the prices and utilization named as waiting for a rent
            for k in ("usd_per_million_tokens", "cny_per_million_tokens", "usd_per_million_input_tokens",
                      "cny_per_million_input_tokens", "utilization"):
                if b.has(k):
                    b.set_aside(k, "unused.cost_no_price", acc=acc.short)
    if not head_suffix:
        head_suffix = servers_bought(b, counted)
    if b.flag("asks_value") and (b.has("price_usd") or b.has("price_cny")) and "price_usd" not in b.read \
            and "price_cny" not in b.read:
        # ("L40S和A100 PCIe跑Mistral 7B哪个性价比高？L40S报价6.8万一张，A100 PCIe二手9万左右": each card's
        # tokens a second for the money it costs)
        cny = b.has("price_cny") and not b.has("price_usd")
        each = b.num("price_cny" if cny else "price_usd", None)
        unit = 10_000.0 if cny else 1_000.0
        per_money = pt.tokens_per_s_per_gpu / each * unit
        b.fig("tokens_per_s_per_money", per_money, "tokens/s", b.tr("fig.tps_per_money_cny" if cny
                                                                     else "fig.tps_per_money_usd"))
        b.step(b.tr("step.tps_per_money", per=pt.tokens_per_s_per_gpu, price=each, unit=unit, out=per_money))
        head_suffix += b.tr("head.tps_per_money_cny" if cny else "head.tps_per_money_usd", out=b.h(per_money))
    b.hints.extend(b.tr("hints.throughput").split(" | "))
    if b.flag("claim_stream_rate"):
        # ("says he gets 40 tokens/s per user off a single RTX 4090 … possible?": one stream alone on the
        # replica, the fastest a single user's answer comes out)
        solo = _alone(b, model, acc, precision, pt)
        rate = 1.0 / (solo.step_s if solo is not None else pt.step_s)
        b.fig("stream_tokens_per_s_alone", rate, "tokens/s", b.tr("fig.stream_alone"))
        b.step(b.tr("step.stream_alone", rate=rate, ms=1000.0 / rate, group=pt.group, acc=acc.short))
        head_suffix += b.tr("head.stream_alone", rate=rate, group=pt.group, acc=acc.short)
    if per_card and not counted and n > 1 and head != "head.throughput_users":
        # "每张H100一秒能出多少token" for a model that needs several: per GPU, and the group (the user's
        # replica when it is larger than the model needs)
        head = "head.throughput_per_gpu_tp" if tp is not None and n > (fits_on or 1) \
            else "head.throughput_per_gpu_group"
    elif b.flag("asks_qps") and head != "head.throughput_users":
        head = "head.throughput_qps"     # "每秒能处理多少请求？": requests first
    elif (b.flag("ask_concurrent") or b.has("concurrent_users")) and head != "head.throughput_users" \
            and not b.flag("asks_rate"):
        # "能同时服务多少并发？": the streams in flight at the operating point, first
        head = "head.throughput_concurrent"
    elif b.flag("asks_ttft") and head in ("head.throughput", "head.throughput_default"):
        # "what's the TTFT for a 32k-token prompt …": the time to first token first, alone and loaded
        return b.result("throughput", _ttft_head(b, model, acc, precision, pt) + head_suffix)
    if counted and b.has("gpus_per_server") and b.has("gpus") and not b.has("servers"):
        # "… 32 个副本 … 折合多少台 8 卡机？": the stated fleet in servers of the size asked
        per = b.num("gpus_per_server", None)
        servers = math.ceil(b.num("gpus", None, record=False) / per)
        b.fig("servers", servers, "servers", b.tr("fig.servers_of", n=per))
        head_suffix += b.tr("head.in_servers", servers=b.h(servers), n=f"{per:g}")
    if counted and b.has("sites") and b.has("gpus"):
        # "总共 324 张 L4，分布在 81 个边缘站点 … 整体能服务多少并发": the stated fleet over its sites
        sites = b.num("sites", None)
        per_site = b.num("gpus", None, record=False) / sites
        b.fig("gpus_per_site", per_site, "GPUs", b.tr("fig.gpus_per_site", acc=acc.short))
        b.fig("tokens_per_s_per_site", total / sites, "tokens/s", b.tr("fig.tokens_per_s_per_site"))
        head_suffix += b.tr("head.over_sites", sites=sites, n=per_site, tps=b.h(total / sites),
                            streams=b.h(replicas * pt.batch / sites))
    # ("what would 1 DGX H100 cost to run for a year at 15 cents per kwh, and how many … could it serve": a
    # price of power said is the stated fleet's bill too)
    if counted and (b.has("watts_per_server") or b.has("watts_per_gpu") or b.has("pue")
                    or b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")):
        # "64 racks of gb200 nvl72 at 132 kW/rack and PUE 1.15: the facility draw, and how many
        # tokens/s": the stated fleet's power too
        power = stated_power(b, acc, b.count_gpus(acc))
        if not power:                  # (no watts said: the catalog's, for the bill at the price said)
            mw, ratio = fleet_power(b, acc, b.count_gpus(acc))
            power = b.tr("head.and_power", mw=mw, pue=ratio)
        head_suffix += power
        if (b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh")) and b.value_of("power_mw"):
            # ("200张V100…每卡按350瓦，电价七毛一度一天电费多少": the stated fleet's bill at the stated price)
            from calc.costs import electricity_over
            days, kwh, price = electricity_over(b, b.value_of("power_mw") or 0.0)
            b.step(b.tr("step.bill", mw=b.value_of("power_mw"), hours=days * 24, kwh=kwh, price=price,
                        cost=kwh * price))
            money = b.tr("money.cny_only", cny=b.h(b.value_of("electricity_cny"))) \
                if b.has("electricity_cny_per_kwh") \
                else b.tr("money.usd", usd=b.h(b.value_of("electricity_usd")))
            head_suffix += b.tr("head.and_bill", money=money, days=days)
    elif b.has("watts_per_gpu") and pt.tokens_per_s_per_gpu > 0:
        # ("claims 2,150 tok/s per GPU on L4 … sounds high for a 72 W card": the energy of a token at the
        # card's stated watts, no fleet to power)
        watts = b.num("watts_per_gpu", None)
        j = watts / pt.tokens_per_s_per_gpu
        b.fig("joules_per_token", j, "J", b.tr("fig.joules_per_token"))
        head_suffix += b.tr("head.at_watts_joules", watts=watts, j=j)
    if head == "head.throughput_concurrent" and b.flag("claim") and b.has("concurrent_users") \
            and replicas * pt.batch > 0:
        # "一篇文章说一台DGX H100能扛1000个并发 … 成立吗？": the streams said against the streams computed
        # (not when the answer is sized at the streams said: its time per token is the check then)
        said = next((str(st.text) for st in b.req.stated if st.param == "concurrent_users"), "")
        stated = b.num("concurrent_users", None)
        if abs(replicas * pt.batch - stated) > 0.02 * stated:
            b.fig("stated_vs_computed", stated / (replicas * pt.batch), "x", b.tr("fig.stated_vs_computed"))
            head_suffix += b.tr("head.claimed", text=said, ratio=times(stated / (replicas * pt.batch)))
    if head == "head.throughput_users" and b.has("users") and total_users > 0:
        # ("how many tok/s … on one RTX 4090? our team of 15 …": the users stated against those it holds)
        said_users = b.num("users", None)
        b.fig("users_share", said_users / total_users, "", b.tr("fig.users_share"))
        head_suffix += b.tr("head.users_share", said=said_users, share=said_users / total_users)
    days_asked = float(b.req.params.get("days", 1 / 24 if b.flag("asks_per_hour") else 1))
    if days_asked == 1:
        period = b.tr("word.a_day")
    elif abs(days_asked * 24 - 1) < 1e-9:
        period = b.tr("word.an_hour")
    else:
        period = b.tr("word.in_hours", hours=days_asked * 24) if days_asked < 1 \
            else b.tr("word.in_days", days=days_asked)
    head_suffix += alone
    # (a rate measured with no model named: the measured workload, not a default model, is what runs)
    shown = b.tr("word.measured_workload") if not (b.has("model") or b.has("params")) and any(
        b.has(k) for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu",
                           "observed_tokens_per_s_per_server")) else model.short
    return b.result("throughput", b.tr(head, tps=b.h(total), model=shown, n=n, period=period,
                                       tokens=b.h(total * SECONDS_PER_DAY * days_asked),
                                       acc=acc.short, prec=precision.upper(),
                                       users=b.h(total_users), streams=b.h(replicas * pt.batch),
                                       tpot=pt.step_s * 1000, qps=b.h(qps), lout=lout,
                                       per=b.h(pt.tokens_per_s_per_gpu)) + requests_suffix + head_suffix)


# SemiAnalysis, 'The Inference Cost Of Search Disruption', 2023-02-09: their stated inputs.
SA_SOURCE = ("SemiAnalysis, 'The Inference Cost Of Search Disruption' (2023-02-09), as cited in "
             "the source article")
SA = {"chatgpt_dau": 13e6, "queries_per_user": 15, "chatgpt_servers": 3617,
      "google_qps": 320_000, "output_tokens": 2000, "rent_usd_per_hour": 1.0}


def google_search(b: Builder) -> Result:
    """SemiAnalysis' scaling of ChatGPT's observed fleet to Google's search load. Their inputs
    are the defaults; a stated search rate, answer length or rental price replaces theirs."""
    b.read.add("server")
    for name, unit in (("chatgpt_dau", "users"), ("queries_per_user", "queries/day"),
                       ("chatgpt_servers", "servers")):
        b.assume(name, SA[name], unit, "catalog", b.tr(f"label.sa.{name}"), SA_SOURCE)
    if b.has("queries_per_day") and not b.has("qps"):
        google_qps = b.num("queries_per_day", None) / SECONDS_PER_DAY
    else:
        google_qps = b.num("qps", SA["google_qps"], label=b.tr("label.sa.google_qps"),
                           origin="catalog", source=SA_SOURCE)
    answer_tokens = b.num("output_tokens", SA["output_tokens"], label=b.tr("label.sa.output_tokens"),
                          origin="catalog", source=SA_SOURCE)
    rent = b.num("rent_usd_per_hour", SA["rent_usd_per_hour"],
                 label=b.tr("label.sa.rent_usd_per_hour"), origin="catalog", source=SA_SOURCE)
    chat_qps = SA["chatgpt_dau"] * SA["queries_per_user"] / SECONDS_PER_DAY
    # ChatGPT's fleet served SemiAnalysis' answer length; the fleet scales with tokens/s
    ratio = google_qps * answer_tokens / (chat_qps * SA["output_tokens"])
    servers = SA["chatgpt_servers"] * ratio
    gpus = servers * 8
    b.step(b.tr("step.sa_load", qps=chat_qps))
    b.step(b.tr("step.sa_ratio", qps=google_qps, tokens=answer_tokens, ratio=ratio))
    b.step(b.tr("step.sa_servers", ratio=ratio, servers=servers, gpus=gpus))
    b.fig("servers", round(servers), "servers", b.tr("fig.sa_servers"))
    b.fig("gpus", round(gpus), "GPUs", b.tr("fig.sa_gpus"))
    b.fig("qps", google_qps, "queries/s", b.tr("fig.google_qps"))
    chat_day = SA["chatgpt_servers"] * 8 * rent * 24
    b.step(b.tr("step.sa_cost", rate=rent, day=chat_day, cents=chat_day / (chat_qps * SECONDS_PER_DAY) * 100))
    b.fig("cost_per_day_usd", gpus * rent * 24, "US$", b.tr("fig.sa_cost_day", rate=rent))
    b.fig("cost_per_query_usd", chat_day / (chat_qps * SECONDS_PER_DAY), "US$",
          b.tr("fig.cost_per_query"))
    unit_usd = b.cat.prices["a100_sxm_80gb"].purchase_usd or 15000
    b.fig("cost_usd", gpus * unit_usd, "US$", b.tr("fig.sa_capex", usd=unit_usd))
    b.references.extend([
        Reference(b.tr("ref.sa_servers"), 512_820, "servers", SA_SOURCE),
        Reference(b.tr("ref.sa_gpus"), 4_102_568, "GPUs", SA_SOURCE),
        Reference(b.tr("ref.sa_cost_day"), 694_444, "US$", SA_SOURCE),
        Reference(b.tr("ref.sa_capex"), 100e9, "US$", SA_SOURCE + " ('over $100B')"),
    ])
    # The same load through the first-principles fleet model, like for like (average load),
    # on the accelerator and model the question names (A100 and GPT-3 when it names none).
    fp_acc = b.accelerator(default="a100_sxm_80gb")
    model = b.model(default="gpt3_175b")
    pt = serving_point(model, fp_acc, "bf16", input_tokens=500,
                       output_tokens=answer_tokens, tpot_target_s=0.05)
    if pt is not None:
        b.assume("calibration", CALIBRATION.software, "", "catalog", b.tr("label.calibration"),
                 CALIBRATION.source)
        need = google_qps * answer_tokens
        fp_gpus = math.ceil(need / pt.tokens_per_s_per_gpu / pt.group) * pt.group
        b.fig("first_principles_gpus", fp_gpus, "GPUs", b.tr("fig.first_principles"))
        b.step(b.tr("step.sa_first_principles", model=model.short, acc=fp_acc.short,
                    group=pt.group, batch=pt.batch,
                    tps=pt.tokens_per_s_per_gpu, bound=_bound(b, pt),
                    gpus=fp_gpus, need=need / 1e6))
        b.notes.append(b.tr(
            "note.sa_gap", implied=chat_qps * SA["output_tokens"] / (SA["chatgpt_servers"] * 8),
            tps=pt.tokens_per_s_per_gpu, kv=(model.kv_bytes_per_token or 0) / 1e6,
            batch=pt.batch, bound=_bound(b, pt)))
    return b.result("google_search", b.tr("head.google", servers=b.h(servers), gpus=b.h(gpus)))
