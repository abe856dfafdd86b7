"""Training compute: FLOPs = 6 x (active) params x tokens (8 x with full activation
recomputation), then time, GPU count, GPU-hours, cost and energy from whichever of them the
question leaves open; MFU from an observed token rate or from GPUs and days; the FLOPs a given
number of GPU-hours delivers; Chinchilla budgets; costs at prices of the time beside today's."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from calc import registry, rx
from calc.build import Builder, amount, fmt_params
from calc.catalog import Accelerator, Model
from calc.costs import (
    MEASURED_RATES,
    budget_gpu_hours,
    cash,
    fleet_power,
    fx,
    gpu_power_w,
    measured_tps_per_gpu,
    price_per_kwh,
    pue,
    rent_discount,
    rent_rate,
    servers_for,
    usd_money,
)
from calc.era import cost_then
from calc.result import CalcError, Figure, Reference, Result
from calc.stated import MFU_CHANGES, Stated
from calc.text import times

SECONDS_PER_DAY = 86_400
HOURS_PER_YEAR = 8760
CHINCHILLA_TOKENS_PER_PARAM = 20
# the MFU published large dense runs reached, lowest and highest: GPT-3 on V100s 21.3% (Chowdhery et al. 2022,
# "PaLM", table 3), MegaScale on 12,288 GPUs 55.2% (Jiang et al. 2024, "MegaScale", NSDI '24); PaLM 46.2% and
# Llama 3 405B 38-43% (Dubey et al. 2024, table 4) between them. A claim implying an MFU outside them is
# called slow or optimistic.
PUBLISHED_MFU = (0.20, 0.55)
# mixed-precision Adam: BF16 weights and gradients, FP32 master weights and two moments
TRAIN_STATE_BYTES = 16

# Published figures cited beside computed ones (never used as answers).
REFERENCES = {
    "gpt3_175b": [("ref.gpt3_flops", 3.14e23, "FLOPs", "Brown et al. 2020, Table D.1"),
                  ("ref.gpt3_cost", 4.6e6, "US$", "Lambda 2020: 355 V100 GPU-years at $1.50/h")],
    "llama31_405b": [("ref.llama31_flops", 3.8e25, "FLOPs", "Llama 3 paper (arXiv 2407.21783)")],
    "deepseek_v3": [("ref.deepseek_hours", 2.788e6, "GPU-hours",
                     "DeepSeek-V3 report (arXiv 2412.19437)")],
}


def training(b: Builder) -> Result:
    res = _training(b)
    cny, usd = res.figure("cost_cny"), res.figure("cost_usd")
    if b.has("factor") and "factor" not in b.read and (b.has("gpu_hours") or b.has("gpu_years")) \
            and b.flag("year_on_year") and cny is not None and usd is not None:
        # ("去年…1.2万GPU小时，每卡时按9.8元结算，花了多少？今年业务说要翻3倍": last year's bill, and the
        # year's grown by the multiple said)
        f = b.num("factor", None)
        key = "money.cny_usd" if b.has("rent_cny_per_hour") else "money.usd_cny"
        money = b.tr(key, cny=b.h(cny.value * f), usd=b.h(usd.value * f))
        b.step(b.tr("step.cost_grown", f=f, money=money))
        res = replace(res, headline=res.headline + b.tr("head.cost_grown", f=f, money=money),
                      figures=(*res.figures, Figure("cost_grown_usd", usd.value * f, "US$",
                                                    b.tr("fig.cost_times", f=f))),
                      steps=(*res.steps, *b.steps[len(res.steps):]))
    if isinstance(block := b.req.params.get("block_price"), float) and (b.has("gpu_hours")) \
            and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        # ("a block of 500 GPU-hours on H100 SXM for $1,150. whats that per GPU-hour": its price an hour)
        in_cny = b.has("rent_cny_per_hour")
        rate = b.num("rent_cny_per_hour" if in_cny else "rent_usd_per_hour", None)
        b.step(b.tr("step.block_rate", block=block, hours=b.num("gpu_hours", None), rate=rate))
        head = b.tr("head.block_rate_cny" if in_cny else "head.block_rate_usd", rate=rate)
        res = replace(res, headline=res.headline + head,
                      steps=(*res.steps, *b.steps[len(res.steps):]))
    days_fig = res.figure("train_days")
    if b.flag("train_per_pool") and b.has("pool_gpus") and days_fig is not None \
            and (b.has("gpus") or b.has("servers")):
        # ("1024张H20，想切成128卡一个的训练池 … 每个池子训Qwen2.5 72B 1T token要多久": the run on one pool's
        # cards)
        size = float(str(b.req.params["pool_gpus"]))   # (not read: calc/engine's pools read it)
        fleet = b.count_gpus(b.accelerator())
        if 1 <= size < fleet:
            days = days_fig.value * fleet / size
            b.step(b.tr("step.days_on_pool", days0=days_fig.value, fleet=fleet, size=size, days=days))
            res = replace(res, headline=res.headline + b.tr("head.days_on_pool", size=size, days=days),
                          figures=(*res.figures, Figure("train_days_per_pool", days, "days",
                                                        b.tr("fig.days_on_pool", size=size))),
                          steps=(*res.steps, *b.steps[len(res.steps):]))
    if (ratio := res.figure("stated_vs_rule")) is not None and (rule := res.figure("rule_of_thumb_flops")):
        # "an article says Llama 3.1 405B used about 3.8e25 FLOPs … 15.6T tokens. Is the claim consistent?":
        # the stated FLOPs against 6 N D, in the headline
        tail = b.tr("head.stated_vs_rule", ratio=ratio.value, rule=rule.value, flops=rule.value * ratio.value,
                    mult=8 if b.flag("recompute") else 6)
        res = replace(res, headline=res.headline + tail)
    if b.has("gpu_hours_per_su") and "gpu_hours_per_su" not in b.read \
            and (hours := res.figure("gpu_hours")) is not None:
        # "1 SU = 2 GPU-hours … how many SUs do I burn?": the run's GPU-hours in the allocation's units
        per = b.num("gpu_hours_per_su", None)
        units = hours.value / per
        b.step(b.tr("step.service_units", hours=hours.value, per=per, units=units))
        res = replace(res, headline=res.headline + b.tr("head.service_units", units=b.h(units), per=per),
                      figures=(*res.figures, Figure("service_units", units, "SU", b.tr("fig.service_units"))),
                      steps=(*res.steps, *b.steps[len(res.steps):]))
    if b.flag("moe_said") and b.has("params") and not (b.has("active_params") or b.has("model")):
        # "1万亿参数的MoE … 训练了15.5万亿token": an MoE trains on its active parameters, not given
        note = b.tr("note.moe_no_active", params=fmt_params(float(b.req.params["params"])))
        return replace(res, notes=(*res.notes, note),
                       change_hints=(*res.change_hints, b.tr("hint.moe_sizes")))
    return res


def _training(b: Builder) -> Result:
    mult = 8 if b.flag("recompute") else 6
    if b.flag("asks_su") and b.has("gpu_hours") and b.has("gpu_hours_per_su") and not (
            b.has("model") or b.has("params") or b.has("train_tokens") or b.has("train_flops")):
        # "1 SU = 4 GPU-hours … our sweep needs ~12,000 GPU-hours, how many SUs?": the hours in the units
        hours, per = b.num("gpu_hours", None), b.num("gpu_hours_per_su", None)
        b.fig("gpu_hours", hours, "GPU-hours", b.tr("fig.gpu_hours"))
        b.fig("service_units", hours / per, "SU", b.tr("fig.service_units"))
        b.step(b.tr("step.service_units", hours=hours, per=per, units=hours / per))
        on = f" {b.accelerator().short}" if b.has("accelerator") else ""   # (the partition the SUs are on)
        cost = ""
        if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
            # ("… internal price 9.5 元 per GPU-hour. How many SU to charge and total cost?": hours charged)
            cost = _cost_and_energy(b, b.accelerator(), hours)[1]
        return b.result("training", b.tr("head.hours_in_su", hours=b.h(hours), units=b.h(hours / per),
                                         per=per, on=on) + cost)
    if b.has("from_accelerator") and (b.has("days") or b.flag("same_time")) and (
            b.has("from_gpus") or b.has("speedup") or b.flag("same_count")):
        return _same_job_elsewhere(b, mult)
    if b.has("from_accelerator") and (b.has("gpu_hours") or b.has("gpu_years")):
        return _hours_elsewhere(b)
    flops: float | None = None
    model: Model | None = None
    sized = b.has("params") or b.has("model") or b.has("active_params")
    if (not sized or (not (b.has("train_tokens") or b.has("train_flops"))
            and any(b.has(k) for k in MFU_CHANGES))) and (at_mfu := _at_new_mfu(b)) is not None:
        # ("our 70B run takes 40 days … +8 points MFU, how many days do we save?": the same run)
        return at_mfu
    if (b.has("budget_usd") or b.has("budget_cny")) and not (
            b.has("gpu_hours") or b.has("gpu_years") or b.has("train_flops")) and (
            sized != b.has("train_tokens") or (b.flag("compute_optimal") and not sized)
            or (not sized and not b.has("days")
                and (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")))):
        # ("training budget ~$8M, they'll rent H100 at $1.99/hr: how many GPU-hours, how many days on
        # 1,024 GPUs?": no model or tokens, the hours and the days alone; with the days stated, the
        # budget is a claim checked against the run's cost)
        return _budget_run(b, mult, sized)   # "$10M at $2/hr: how many tokens for a 70B?"
    if sized and not (b.has("train_tokens") or b.has("train_flops")) and b.has("days") and (
            b.has("gpus") or b.has("servers")) and (
            b.has("mfu") or b.has("gpu_tflops") or b.flag("asks_tokens")):
        # "3 months on 1024 B200s: how many tokens for a 70B?" (at the default MFU when none is stated)
        return _tokens_for(b, mult)
    if b.has("train_flops") and sized and not b.has("train_tokens") and not (
            b.has("gpus") or b.has("servers") or b.has("days")) and b.flag("asks_tokens"):
        # "2e24 FLOPs of compute: how many training tokens for a 70B model?": D = C / (6 N)
        flops = b.num("train_flops", None)
        model = b.model()
        tokens = flops / (mult * model.active_b * 1e9)
        b.step(b.tr("step.tokens_of_flops", flops=flops, mult=mult, params=fmt_params(model.active_b * 1e9),
                    tokens=b.h(tokens)))
        b.fig("train_tokens", tokens, "tokens", b.tr("fig.tokens_for"))
        b.fig("tokens_per_param", tokens / (model.params_b * 1e9), "", b.tr("fig.tokens_per_param"))
        return b.result("training", b.tr("head.tokens_of_flops", tokens=b.h(tokens), model=model.short,
                                         flops=flops, per=tokens / (model.params_b * 1e9)))
    if b.has("train_flops"):
        flops = b.num("train_flops", None)
        grown = b.req.params.get("flops_grown_by")
        if isinstance(grown, float):     # ("compute grows 10x (now 2e21 FLOPs)": the run grown, said)
            b.step(b.tr("step.flops_grown", before=flops / grown, f=grown, flops=flops))
        if b.has("runs") and not _flops_total_said(b):
            flops = _times_runs(b, flops)  # ("30 runs, each ~2e20 FLOPs": every run's compute)
        if b.has("model"):               # "Llama 3.1 405B used 3.8e25 FLOPs": the run's name
            named = b.model()
            for key, value, unit, src in REFERENCES.get(named.id, []):
                b.references.append(Reference(b.tr(key), value, unit, src))
        if b.has("train_tokens") and (b.has("model") or b.has("params") or b.has("active_params")):
            # "GPT-3 175B took 3.14e23 FLOPs on 300B tokens: does that check out?": 6 N D
            active = b.model().active_b * 1e9
            tokens = b.num("train_tokens", None)
            rule = mult * active * tokens
            b.fig("rule_of_thumb_flops", rule, "FLOPs", b.tr("fig.rule_of_thumb", mult=mult))
            b.fig("stated_vs_rule", flops / rule, "x", b.tr("fig.stated_vs_rule"))
            b.step(b.tr("step.rule_of_thumb", mult=mult, params=fmt_params(active), tokens=b.h(tokens),
                        rule=rule, flops=flops, ratio=flops / rule))
        elif not b.has("train_tokens") and not b.has("model") and (b.has("params") or b.has("active_params")):
            # "world model, 1.3B-param, 4e22 FLOPs total": the tokens that compute trains it on, D = C / (6 N)
            sized_model = b.model()
            tokens = flops / (mult * sized_model.active_b * 1e9)
            b.step(b.tr("step.tokens_of_flops", flops=flops, mult=mult,
                        params=fmt_params(sized_model.active_b * 1e9), tokens=b.h(tokens)))
            b.fig("train_tokens", tokens, "tokens", b.tr("fig.tokens_for"))
    elif (b.has("gpus") or b.has("servers")) and b.has("days") and not (
            b.has("train_tokens") or b.has("gpu_hours") or b.has("gpu_years")) and (
            b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour") or b.flag("asks_cost")):
        # "Falcon 180B 微调，租了64张卡，每卡时12元，跑了10天，花了多少钱": the run as stated, not
        # the model's pretraining
        b.read.update({"model", "params", "active_params"})
        return _run_cost(b, b.accelerator())
    elif b.flag("asks_tokens") and not (b.has("train_tokens") or b.has("train_flops")) and (
            b.has("gpu_hours") or b.has("gpu_years")) and (
            b.has("params") or b.has("model") or b.has("active_params")):
        return _tokens_for_hours(b, mult)
    elif b.flag("asks_max_model") and b.has("train_tokens") and not (
            b.has("train_flops") or b.has("params") or b.has("model") or b.has("active_params")) and (
            b.has("gpu_hours") or b.has("gpu_years")):
        return _size_for_hours(b, mult)
    elif b.has("params") or b.has("model") or b.has("active_params") or (b.has("train_tokens") and not (
            b.has("gpu_hours") or b.has("gpu_years") or _rate_stated(b))):
        if not (b.has("params") or b.has("model") or b.has("active_params")):
            raise CalcError("missing_input", "err.model_size", hint_key="hint.model_size")
        model = b.model()
        active = model.active_b * 1e9
        if model.active_params_b and b.has("params") and (
                "params" in b.read or not b.has("model")):
            # an MoE's total size: not in the FLOPs (active only), but in the training state
            total = model.params_b * 1e9
            b.read.add("params")
            b.fig("train_state_tb", total * TRAIN_STATE_BYTES / 1e12, "TB",
                  b.tr("fig.train_state"))
            b.step(b.tr("step.train_state", params=fmt_params(total), bytes=TRAIN_STATE_BYTES,
                        tb=total * TRAIN_STATE_BYTES / 1e12))
            b.notes.append(b.tr("note.moe_total"))
        compute_optimal = b.flag("compute_optimal")
        default_tokens = (model.train_tokens_t * 1e12 if model.train_tokens_t else None)
        if compute_optimal or (default_tokens is None and not b.has("train_tokens")):
            default_tokens = CHINCHILLA_TOKENS_PER_PARAM * model.params_b * 1e9
            org, label = "default", b.tr("label.chinchilla_tokens")
        else:
            org, label = "catalog", None
        tokens = b.num("train_tokens", default_tokens, label=label, origin=org,
                       source=model.source if org == "catalog" else "Hoffmann et al. 2022")
        if b.has("epochs"):                # "3 epochs of 2B tokens": every pass counts
            epochs = b.num("epochs", None)
            b.step(b.tr("step.epochs", tokens=b.h(tokens), epochs=epochs, total=b.h(tokens * epochs)))
            tokens *= epochs
        if b.has("factor") and b.flag("tokens_grown"):
            # "currently 25B tokens, but if the corpus grows 4x …": the run on the grown corpus
            f = b.num("factor", None)
            b.step(b.tr("step.train_tokens_grown", tokens=b.h(tokens), f=f, total=b.h(tokens * f)))
            tokens *= f
        tokens = _times_runs(b, tokens)
        flops = mult * active * tokens
        b.step(b.tr("step.train_flops", mult=mult, params=fmt_params(active),
                    active=b.tr("word.active") if model.active_params_b else "",
                    tokens=b.h(tokens), flops=flops))
        for key, value, unit, src in REFERENCES.get(model.id, []):
            b.references.append(Reference(b.tr(key), value, unit, src))
    if flops is not None:
        b.fig("train_flops", flops, "FLOPs", b.tr("fig.train_flops"))
    if flops is not None and b.has("capacity_flops") and not (b.has("gpus") or b.has("servers")):
        return _on_capacity(b, flops)
    acc = b.accelerator()
    if flops is None and (b.has("gpus") or b.has("servers")) and b.has("days") \
            and not (b.has("gpu_hours") or b.has("gpu_years") or b.has("gpu_tflops") or b.has("mfu")):
        return _run_cost(b, acc)
    b.read.add("precision")
    precision = str(b.req.params.get("precision", "bf16"))
    peak, used = acc.peak_tflops(precision)
    if flops is not None and (b.has("gpus") or b.has("servers")) and b.has("days") \
            and not (b.has("gpu_tflops") or b.has("mfu") or b.has("gpu_hours")):
        if not (b.has("train_tokens") or b.has("train_flops") or b.has("model")) and b.has("params") \
                and not b.flag("asks_tokens"):
            # "1.8T parameters … 25,000 A100s for 95 days: what MFU?": the MFU is what the tokens
            # decide; a compute-optimal guess of them would be the answer's only evidence
            raise CalcError("missing_input", hint_key="hint.example", param="train_tokens")
        return _implied_mfu(b, flops, acc, peak, used)
    if flops is None and b.has("gpu_tflops") and b.flag("asks_mfu") and not (
            b.has("mfu") or b.has("gpu_hours") or b.has("gpu_years") or b.has("days")
            or _rate_stated(b)):
        # "what MFU am I getting if I see 180 TFLOPS per A100 in bf16?": the achieved over the peak
        achieved = b.num("gpu_tflops", None)
        mfu = achieved / peak
        if mfu > 1:
            raise CalcError("contradiction", "err.rate_above_peak", hint_key="hint.check_rate", mfu=mfu)
        b.step(b.tr("step.mfu_from_tflops", tf=achieved, peak=peak, prec=used.upper(), mfu=mfu))
        b.fig("mfu", mfu, "", b.tr("fig.mfu"))
        return b.result("training", b.tr("head.mfu_from_tflops", mfu=mfu, tf=achieved, peak=peak,
                                         prec=used.upper(), acc=acc.short))
    if _rate_stated(b):
        return _mfu_from_rate(b, acc, peak, used)
    achieved, mfu = _achieved(b, peak, used)
    if flops is not None and (b.has("gpu_hours") or b.has("gpu_years")) and (
            b.has("mfu") or b.has("gpu_tflops") or b.flag("asks_enough")) \
            and (b.has("train_tokens") or b.has("train_flops")) \
            and not b.flag("asks_tokens"):
        return _hours_enough(b, flops, achieved, acc)
    gpu_hours: float | None = None
    if b.has("gpu_years") or b.has("gpu_hours"):
        gpu_hours = _stated_hours(b)
    elif flops is not None:
        gpu_hours = flops / achieved / 3600
        b.step(b.tr("step.gpu_hours", flops=flops, tf=achieved / 1e12, hours=gpu_hours))
    elif (b.has("gpus") or b.has("servers")) and b.has("days") and not (
            b.has("model") or b.has("params")) and b.flag("asks_hours"):
        return _fleet_hours(b, acc)
    elif (b.has("gpus") or b.has("servers")) and b.has("days"):
        # "每张卡fp8算力1979 TFLOPS，2000张卡，MFU 30%，一天总共能算多少FLOPs？": the fleet's hours
        gpu_hours = b.count_gpus(acc) * b.num("days", None) * 24
    if gpu_hours is None:
        raise CalcError("missing_input", "err.training_inputs", hint_key="hint.training_inputs")
    if flops is None and b.has("train_tokens"):
        _model_size_for(b, gpu_hours * 3600 * achieved, mult)
    if flops is not None and (b.has("gpu_hours") or b.has("gpu_years")):
        implied = flops / (gpu_hours * 3600) / (peak * 1e12)
        b.fig("mfu", implied, "", b.tr("fig.implied_mfu"))
    elif flops is None:
        delivered = gpu_hours * 3600 * achieved
        b.fig("train_flops", delivered, "FLOPs", b.tr("fig.delivered_flops"))
        b.step(b.tr("step.delivered", hours=gpu_hours, tf=achieved / 1e12, flops=delivered))
    b.fig("gpu_hours", gpu_hours, "GPU-hours", b.tr("fig.gpu_hours"))
    b.fig("gpu_years", gpu_hours / HOURS_PER_YEAR, "GPU-years", b.tr("fig.gpu_years"))
    headline = b.tr("head.gpu_hours", hours=b.h(gpu_hours), acc=acc.short)
    bought = (b.has("budget_usd") or b.has("budget_cny")) and any(
        b.has(k) for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))
    # ("If we bought a GB200 NVL72 rack at around US$3.5M, how many days to pretrain …": the server priced)
    one_priced = b.has("server") and (b.has("server_price_usd") or b.has("server_price_cny"))
    if b.has("gpus") or b.has("servers") or bought or one_priced:
        # ("a $25M budget … H200 at $32k each … how long to train": the cards it buys)
        gpus = b.count_gpus(acc)
        days = gpu_hours / gpus / 24
        b.step(b.tr("step.days", hours=gpu_hours, gpus=gpus, days=days))
        b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
        headline = _days_on(b, days, gpus, acc)
        if one_priced and not (b.has("gpus") or b.has("servers")):
            # (the server priced is the one bought: its price said beside the run on it)
            cny = b.has("server_price_cny") and not b.has("server_price_usd")
            price = b.num("server_price_cny" if cny else "server_price_usd", None)
            headline += b.tr("head.for_money", money=b.tr("money.cny_only" if cny else "money.usd",
                                                          usd=b.h(price), cny=b.h(price)))
        if b.flag("mfu_gain_applied"):
            # (the new card's MFU was stated as a change, already added to it: calc/parse.py)
            b.read.update(k for k in ("mfu_gain", "mfu_gain_points") if b.has(k))
        elif mfu and flops is not None and not (b.has("gpu_hours") or b.has("gpu_years")) and any(
                b.has(k) for k in MFU_CHANGES):
            # "MFU 32% … 能高 6 个点 … 256 张训 7B 2 万亿 token 要多久": the days at the changed MFU too
            if b.has("from_accelerator"):
                # ("之前在 A100 上 MFU 32%，换到 H100 之后…": the MFU measured on the earlier card)
                old = b.cat.accelerators[str(b.req.params["from_accelerator"])]
                b.read.add("from_accelerator")
                b.assume("from_accelerator", old.short, "", "question",
                         registry.label("from_accelerator", b.lang), old.source)
            headline += _days_at_changed_mfu(b, days, mfu)
        if flops is None and not (b.has("gpu_hours") or b.has("gpu_years")):
            # the fleet's stated time: what it computes in it, first
            headline = b.tr("head.fleet_delivers", flops=gpu_hours * 3600 * achieved, gpus=gpus,
                            acc=acc.short, days=days, tf=achieved / 1e12)
    elif mfu and flops is not None and not (b.has("gpu_hours") or b.has("gpu_years") or b.has("days")) \
            and any(b.has(k) for k in MFU_CHANGES):
        # "MFU from 32% to 45% … how many GPU-hours does it save on a 13B model …": no fleet, the hours
        new = _new_mfu(b, mfu)
        after = gpu_hours * mfu / new
        b.fig("gpu_hours_after_gain", after, "GPU-hours", b.tr("fig.hours_after_gain"))
        headline += b.tr("head.hours_at_new_mfu" if new >= mfu else "head.hours_at_lower_mfu",
                         mfu=mfu, new=new, after=b.h(after), saved=b.h(abs(gpu_hours - after)))
    elif b.has("days"):
        days = b.num("days", None)
        gpus = math.ceil(gpu_hours / (days * 24))
        b.fig("gpus", gpus, "GPUs", b.tr("fig.to_finish", days=days))
        servers_for(b, gpus)               # "一台服务器 8 卡 … 要几台": the servers too
        if b.has("server"):
            per = b.gpus_per_server(acc)
            b.fig("servers", math.ceil(gpus / per), "servers", b.tr("fig.servers_of", n=per))
        b.step(b.tr("step.gpus_for_days", hours=gpu_hours, days=days, gpus=gpus))
        headline = b.tr("head.gpus_for_days", gpus=b.h(gpus), acc=acc.short, days=days)
        if mfu and any(b.has(k) for k in MFU_CHANGES):
            # "a 70B on 1T tokens took 20 days. mfu up 50% vs before (was 30%)": the fleet the run
            # implies, then the same run on it at the changed MFU
            headline += _days_at_changed_mfu(b, days, mfu)
    rate, suffix = _cost_and_energy(b, acc, gpu_hours)
    headline += suffix
    if flops is not None and (b.has("gpu_hours") or b.has("gpu_years")) and (
            b.flag("claim") or b.flag("asks_mfu")):
        # "有人说 GPT-3 用 V100 训要 355 个 GPU 年，靠谱吗？": what the stated hours imply
        # ("… would need ~3,500 GPU-years of H100 … sanity check": the hours as stated, and what they mean)
        said = next((str(s.text) for s in b.req.stated
                     if s.param in ("gpu_hours", "gpu_years") and s.note == ""), "")
        headline += b.tr("head.hours_imply_mfu", mfu=flops / (gpu_hours * 3600) / (peak * 1e12), said=said)
    stated_tail = ""
    if not bought:                         # a budget that buys the cards is not the run's cost
        stated_tail = _stated_cost(b, gpu_hours, rate)
    then = None
    if model is not None and flops is not None \
            and (not b.has("accelerator") or b.has("year")
                 or b.req.params["accelerator"] == model.trained_on) \
            and not (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) \
            and not (b.has("gpus") or b.has("servers") or b.has("days")) \
            and not _own_run(b, model):
        then = cost_then(b, model, flops, mfu or 0.40)
    if flops is not None and not (b.has("gpus") or b.has("servers") or b.has("days") or b.has("gpu_hours")
                                  or b.has("gpu_years") or rate is not None or bought or one_priced):
        headline = b.tr("head.flops", flops=flops,
                        model=b.tr("word.to_train", model=model.short) if model else "",
                        hours=b.h(gpu_hours), acc=acc.short)
    elif flops is not None and not b.has("gpu_hours"):
        headline = b.tr("head.flops_prefix", flops=flops) + headline
    if then is not None and model is not None:
        then_acc = b.cat.accelerators[model.trained_on or ""]
        headline = b.tr("head.then_and_now", now=headline,
                        then=b.tr("head.cost_then", cost=b.h(then), acc=then_acc.short,
                                  year=model.trained_year))
    b.hints.extend(b.tr("hints.training").split(" | "))
    return b.result("training", headline + stated_tail)


def _own_run(b: Builder, model: Model) -> bool:
    """"full SFT of Llama 3 70B on 400M tokens x 2 epochs": the user's own run on the named model, not
    its published pre-training (so no prices of the time it was trained): tokens stated that are not
    within 20% of the model's published training tokens."""
    if not b.has("train_tokens"):
        return False
    published = (model.train_tokens_t or 0) * 1e12
    epochs = b.num("epochs", 1, record=False) if b.has("epochs") else 1
    stated = b.num("train_tokens", None, record=False) * epochs
    return not published or abs(stated / published - 1) > 0.2


def _stated_cost(b: Builder, gpu_hours: float, rate: float | None) -> str:
    """A run whose cost the question states ("cost $5.6M to train … check"): set beside the
    computed one, with the rent per GPU-hour that cost implies."""
    if not (b.has("budget_usd") or b.has("budget_cny")):
        return ""
    stated = b.num("budget_usd", None, label=b.tr("label.stated_cost")) if b.has("budget_usd") \
        else b.num("budget_cny", None, label=b.tr("label.stated_cost")) / fx(b)
    b.fig("stated_cost_usd", stated, "US$", b.tr("label.stated_cost"))
    b.fig("implied_rent_usd_per_hour", stated / gpu_hours, "US$/GPU-h", b.tr("fig.implied_rent"))
    b.step(b.tr("step.stated_cost", stated=stated, hours=gpu_hours, rate=stated / gpu_hours))
    if not rate:
        return ""
    ratio = stated / (gpu_hours * rate)
    b.fig("stated_vs_computed", ratio, "x", b.tr("fig.stated_vs_computed"))
    # "有报道称训练只花了557.6万美元 … 对得上吗？": a cost someone gave, checked; "预算200万美元 … 钱够吗？":
    # a budget, and whether it covers the run
    said = next((str(s.text) for s in b.req.stated if s.param in ("budget_usd", "budget_cny")), "")
    if not said:
        return ""
    if b.flag("claim") or not b.flag("budget_said"):
        return b.tr("head.claimed", text=said, ratio=times(ratio))
    # (the amount alone after "the budget of": not "the budget of cap of US$18 million")
    money = re.sub(r"^.*?(?=(?:us\$|\$|¥|￥|€|£|\b(?:usd|rmb|cny|eur|gbp)\b|\d))", "", said, count=1,
                    flags=re.IGNORECASE) or said
    # ("12万租": the amount alone; not "500万美元", its currency)
    money = re.sub(r"(?<=[万亿千元])(?!美元|美金|人民币|元|欧元|英镑|日元|港币)[\u4e00-\u9fff]+$", "",
                   money) or money
    return b.tr("head.budget_covers" if ratio >= 1 else "head.budget_short", text=money, ratio=ratio)


def _cost_and_energy(b: Builder, acc: Accelerator, gpu_hours: float) -> tuple[float | None, str]:
    """What GPU-hours cost at the stated or catalogued rent (and the headline's words for it),
    and the energy they draw."""
    rate = rent_rate(b, acc)
    suffix = ""
    if rate is not None:
        cost = gpu_hours * rate
        if b.has("rent_cny_per_hour") and not b.has("rent_usd_per_hour"):
            # a rent in RMB: the bill in RMB first, exactly (no round trip through the FX rate), after
            # a stated discount ("单价 13.5元/卡时，折扣九折" had been billed at the full rent)
            cny = gpu_hours * b.num("rent_cny_per_hour", None) * (1 - rent_discount(b))
            b.fig("cost_cny", cny, "RMB", b.tr("fig.at_rate_cny", rate=cny / gpu_hours))
            b.fig("cost_usd", cost, "US$", b.tr("fig.converted"))
            b.step(b.tr("step.cost_cny", hours=gpu_hours, rate=cny / gpu_hours, cost=cny))
            suffix = b.tr("head.about_cost_cny", cost=b.h(cny))
        else:
            b.fig("cost_usd", cost, "US$", b.tr("fig.at_rate", rate=rate))
            b.fig("cost_cny", cost * fx(b), "RMB", b.tr("fig.converted"))
            b.step(b.tr("step.cost", hours=gpu_hours, rate=rate, cost=cost))
            suffix = b.tr("head.about_cost", cost=b.h(cost))
            if b.req.params.get("currency") == "cny" and b.has("usd_cny"):
                # "2.2 美元/卡时，汇率按 7.2 算 … 折合人民币多少": the bill in yuan, at the rate stated
                b.read.add("currency")
                suffix = b.tr("head.about_cost_cny_usd", cny=b.h(cost * fx(b)), usd=b.h(cost))
    watts, _ = gpu_power_w(b, acc)
    kwh = gpu_hours * watts * pue(b) / 1000
    b.fig("energy_kwh", kwh, "kWh", b.tr("fig.energy_pue"))
    if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
        # "电费多少，电价0.5元每度": the run's electricity bill at the stated price
        from calc.costs import electricity_usd
        price = electricity_usd(b)
        b.fig("electricity_usd", kwh * price, "US$", b.tr("fig.run_electricity"))
        if b.has("electricity_cny_per_kwh"):
            b.fig("electricity_cny", kwh * b.num("electricity_cny_per_kwh", None, record=False),
                  "RMB", b.tr("fig.run_electricity"))
        b.step(b.tr("step.run_electricity", kwh=kwh, price=price, cost=kwh * price))
        if not (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
            # "…跑了100天，电费按0.08美元一度算多少？": the bill asked for leads, not a catalog rent
            cny = b.has("electricity_cny_per_kwh")
            bill = kwh * (b.num("electricity_cny_per_kwh", None, record=False) if cny else price)
            suffix = b.tr("head.run_electricity_cny" if cny else "head.run_electricity",
                          cost=b.h(bill), kwh=b.h(kwh))
    if rate is not None and gpu_hours and (b.has("price_usd") or b.has("price_cny")) and \
            (b.has("gpus") or b.has("servers") or b.has("days")) and b.flag("rent_or_buy") and \
            (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")):
        # "… total rental cost, and is it cheaper than buying the 256 at $24k each?": the run's rent
        # beside buying its cards (the cards outlive the run; their purchase is the whole price)
        from calc.costs import unit_prices
        usd, _ = unit_prices(b, acc)
        if usd:
            # ("finish … in 45 days … buy at $31k each or rent": the fleet that finishes in time)
            n = b.count_gpus(acc) if b.has("gpus") or b.has("servers") else \
                math.ceil(gpu_hours / (b.num("days", None) * 24))
            b.fig("capex_usd", n * usd, "US$", b.tr("fig.chips_cost"))
            suffix += b.tr("head.rent_vs_buy_run", buy=b.h(n * usd), n=n,
                           cheaper=b.tr("word.renting" if gpu_hours * rate < n * usd else "word.buying"))
    return rate, suffix


def _model_size_for(b: Builder, flops: float, mult: int) -> None:
    """A compute budget and a token count: the model size they train (6 x N x D = C)."""
    tokens = b.num("train_tokens", None)
    params = flops / (mult * tokens)
    b.fig("train_flops", flops, "FLOPs", b.tr("fig.delivered_flops"))
    b.fig("params", params, "parameters", b.tr("fig.params_for"))
    b.step(b.tr("step.params_for", flops=flops, mult=mult, tokens=b.h(tokens),
                params=fmt_params(float(f"{params:.3g}"))))


def _run_cost(b: Builder, acc: Accelerator) -> Result:
    """GPUs for a time, no model: the GPU-hours, what they cost and what compute they give."""
    gpus = b.count_gpus(acc)
    days = b.num("days", None)
    gpu_hours = gpus * days * 24
    b.step(b.tr("step.run_hours", gpus=gpus, days=days, hours=gpu_hours))
    b.fig("gpu_hours", gpu_hours, "GPU-hours", b.tr("fig.gpu_hours"))
    peak, _ = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
    mfu = b.num("mfu", 0.40)
    b.fig("train_flops", gpu_hours * 3600 * mfu * peak * 1e12, "FLOPs",
          b.tr("fig.delivered_flops"))
    headline = b.tr("head.gpu_hours", hours=b.h(gpu_hours), acc=acc.short)
    return b.result("training", headline + _cost_and_energy(b, acc, gpu_hours)[1])


def _implied_mfu(b: Builder, flops: float, acc: Accelerator, peak: float, used: str) -> Result:
    """GPUs and wall-clock time both given: the MFU they imply, and what the run cost."""
    gpus = b.count_gpus(acc)
    days = b.num("days", None)
    gpu_hours = gpus * days * 24
    mfu = flops / (gpu_hours * 3600) / (peak * 1e12)
    b.step(b.tr("step.implied_mfu", flops=flops, gpus=gpus, days=days,
                tf=flops / (gpu_hours * 3600) / 1e12, peak=peak, prec=used.upper(), mfu=mfu))
    if mfu > 1 and not (b.flag("claim") or b.flag("asks_feasible")):
        raise CalcError("contradiction", "err.mfu_above_peak", hint_key="hint.check_inputs",
                        mfu=mfu)
    b.fig("mfu", mfu, "", b.tr("fig.implied_mfu"))
    need = flops / (peak * 1e12 * 0.4) / 86400 / gpus
    # the time as the question said it, with its days where it was said in words ("两周" is 14 days)
    text = next((str(s.text) for s in b.req.stated if s.param == "days" and s.note == ""), "")
    # ("in under 6 hours": said in another unit, quoted with its days)
    said = b.tr("word.days_said", text=text, days=days) if text and not re.search(
        r"\d[\d.,]*\s*-?\s*(?:days?|d\b|天|日)", text.lower()) else b.tr("word.days", days=days)
    if mfu > 1:
        # "朋友说…32张4090一周能搞定，靠谱吗？": the check's answer, not an error ("Can we train … within 30
        # days with 4 DGX H100s?": the question's own plan, asked whether it can be)
        b.fig("train_days_at_40pct", need, "days", b.tr("fig.days_at_mfu", mfu=0.4))
        key = "head.claim_impossible" if b.flag("claim") else "head.plan_impossible"
        return b.result("training", b.tr(key, mfu=mfu, gpus=gpus, acc=acc.short, days=days, need=need,
                                         said=said))
    verdict, (low, high) = "", PUBLISHED_MFU
    if b.flag("claim"):
        # "A source says … would take 34 days on 1,024 A100s. Is that plausible?": the MFU the claim implies,
        # judged against the MFU published large runs reached
        verdict = "claim_slow" if mfu < low else "claim_plausible" if mfu <= high else "claim_optimistic"
        b.step(b.tr("step.published_mfu", low=low, high=high))
        if verdict != "claim_plausible":
            b.fig("train_days_at_40pct", need, "days", b.tr("fig.days_at_mfu", mfu=0.4))
    b.fig("gpu_hours", gpu_hours, "GPU-hours", b.tr("fig.gpu_hours"))
    b.fig("gpu_years", gpu_hours / HOURS_PER_YEAR, "GPU-years", b.tr("fig.gpu_years"))
    b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
    headline = b.tr("head." + verdict, mfu=mfu, gpus=gpus, acc=acc.short, days=days, need=need, low=low,
                    high=high, said=said) if verdict else \
        b.tr("head.implied_mfu", mfu=mfu, flops=flops, gpus=gpus, acc=acc.short, days=days)
    # what the run cost at the stated or catalogued rent, and its energy (and electricity bill at a
    # stated price: "… 54 days, 700W/GPU, PUE 1.1, $0.07/kWh: what was the electricity bill?")
    # (a claim judged too slow or too fast: what the run costs at 40% MFU, the time the headline ends on)
    costed = gpus * need * 24 if verdict in ("claim_slow", "claim_optimistic") else gpu_hours
    return b.result("training", headline + _cost_and_energy(b, acc, costed)[1])


def _hours_elsewhere(b: Builder) -> Result:
    """"Llama 2 7B took 184k A100 GPU-hours. Same run on H100 SXM with 10% better MFU?": the
    hours' work at the old card's peak, redone at the new card's (at the same MFU unless a change
    is stated)."""
    b.read.update({"from_accelerator", "precision", "model", "params"})
    old = b.cat.accelerators[str(b.req.params["from_accelerator"])]
    acc = b.accelerator()
    precision = str(b.req.params.get("precision", "bf16"))
    old_peak, _ = old.peak_tflops(precision)
    peak, used = acc.peak_tflops(precision)
    hours = b.num("gpu_hours", None) if b.has("gpu_hours") else b.num("gpu_years", None) * HOURS_PER_YEAR
    gain = mfu_gain_factor(b)
    if not any(b.has(k) for k in MFU_CHANGES) and b.has("mfu") and not b.has("speedup") \
            and (flops := _known_run_flops(b)) is not None \
            and 0 < (was := flops / (hours * 3600 * old_peak * 1e12)) < 1:
        # "GPT-3 175B took 355 GPU-years on V100. on A100s at 45% MFU how long?": the run's work is known,
        # so the old hours imply its MFU, and the stated one is the new run's
        mfu = b.num("mfu", None)
        gain = mfu / was
        b.step(b.tr("step.old_run_mfu", flops=flops, hours=b.h(hours), old=old.short, mfu=was, new_mfu=mfu))
    new_hours = hours * old_peak / peak / gain
    if b.has("speedup"):
        # "换成B200、单卡快2.5倍": the stated speed ratio, not the peaks'
        k = b.num("speedup", None)
        rel = k if b.req.params.get("speedup_fast", acc.id) == acc.id else 1 / k
        new_hours = hours / rel / gain
        b.notes.append(b.tr("note.by_speedup"))
    b.assume("from_accelerator", old.short, "", "question",
             registry.label("from_accelerator", b.lang), old.source)
    if b.has("speedup"):
        b.step(b.tr("step.hours_by_speedup", hours=b.h(hours), old=old.short, acc=acc.short,
                    k=hours / new_hours / gain, gain=gain, new=b.h(new_hours)))
    else:
        b.step(b.tr("step.hours_elsewhere", hours=b.h(hours), old=old.short, old_peak=old_peak, acc=acc.short,
                    peak=peak, prec=used.upper(), gain=gain, new=b.h(new_hours)))
    b.fig("gpu_hours", new_hours, "GPU-hours", b.tr("fig.gpu_hours"))
    suffix = ""
    rent, new_at = _rent_and_new_card(b)
    if rent is not None and new_at is not None and rent.start > new_at and (rate := rent_rate(b, acc)):
        # "在A100上训练了108万GPU小时，如果换成H100，按每卡每小时15元租金，成本是多少": the rent of the
        # card the run moves to, on its hours
        suffix = _new_run_rent(b, acc, new_hours, rate)
    elif (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) and \
            (rate := rent_rate(b, old)) is not None:
        # "278.8万H800 GPU小时，按每小时2美元，训练成本多少？换成H100要多少GPU小时？": the run's cost at
        # the rent stated for it
        b.fig("cost_usd", hours * rate, "US$", b.tr("fig.cost_then_run", old=old.short))
        b.step(b.tr("step.rental_hours", hours=b.h(hours), rate=rate, cost=hours * rate))
        suffix = b.tr("head.run_cost", money=b.tr("money.usd", usd=b.h(hours * rate)), rate=rate)
        if new_at is not None and rent is not None and rent.start < new_at and (then := next((
                st for st in b.req.stated if st.note == "duplicate" and st.start > new_at
                and st.param in ("rent_usd_per_hour", "rent_cny_per_hour")), None)) is not None:
            # "H800 上 278.8 万 GPU 小时，按每卡每小时 2 美元租 … 换成 H100 按 1.9 美元/小时呢": the
            # redone run at the rent said after its card
            new_rate = b.claim(then) / (fx(b) if then.param == "rent_cny_per_hour" else 1.0)
            b.fig("cost_new_run_usd", new_hours * new_rate, "US$", b.tr("fig.cost_new_run", acc=acc.short))
            b.step(b.tr("step.rental_hours", hours=b.h(new_hours), rate=new_rate, cost=new_hours * new_rate))
            suffix += b.tr("head.new_run_cost", money=b.tr("money.usd", usd=b.h(new_hours * new_rate)),
                           acc=acc.short)
    if b.has("gpus") or b.has("servers"):
        # "412 GPU-years on V100 — how long on 1,024 H100s?": those hours spread over the new fleet
        gpus = b.count_gpus(acc)
        days = new_hours / gpus / 24
        b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
        b.step(b.tr("step.hours_to_days", hours=b.h(new_hours), gpus=gpus, days=days))
        suffix = b.tr("head.hours_days", days=days, gpus=b.h(gpus), acc=acc.short) + suffix
    elif b.has("gpus_per_server"):
        # "… how many node-days on 8-GPU nodes?": the hours in whole servers' days
        per = b.num("gpus_per_server", None)
        node_days = new_hours / per / 24
        b.fig("node_days", node_days, "days", b.tr("fig.node_days", n=per))
        b.step(b.tr("step.node_days", hours=b.h(new_hours), n=per, days=node_days))
        suffix = b.tr("head.node_days", days=node_days, n=per) + suffix
    if b.has("gpu_years") and not b.has("gpu_hours") and not b.flag("asks_hours"):
        # "took 420 GPU-years on A100 … how many GPU-years on H200?": in the years it was said in
        years = new_hours / HOURS_PER_YEAR
        b.fig("gpu_years", years, "GPU-years", b.tr("fig.gpu_years"))
        return b.result("training", b.tr("head.years_elsewhere", new=b.h(years), acc=acc.short,
                                         years=b.h(hours / HOURS_PER_YEAR), old=old.short) + suffix)
    return b.result("training", b.tr("head.hours_elsewhere", new=b.h(new_hours), acc=acc.short,
                                     hours=b.h(hours), old=old.short) + suffix)


def _fleet_hours(b: Builder, acc: Accelerator) -> Result:
    """"集群 256 张 A100，按利用率 75% 算每月实际能给出多少 GPU 小时？": the fleet's hours over the
    period, times the share of them that is used."""
    gpus = b.count_gpus(acc)
    days = b.num("days", None)
    share = b.num("utilization", None) if b.has("utilization") else \
        b.num("mfu", None) if b.has("mfu") else 1.0
    hours = gpus * days * 24 * share
    b.step(b.tr("step.fleet_hours", gpus=gpus, days=days, share=share, hours=hours))
    b.fig("gpu_hours", hours, "GPU-hours", b.tr("fig.gpu_hours"))
    return b.result("training", b.tr("head.fleet_hours", hours=b.h(hours), gpus=gpus, acc=acc.short,
                                     days=days, share=share))


def _days_on(b: Builder, days: float, gpus: float, acc: Accelerator) -> str:
    """"N days on G cards", or hours when the run is shorter than a day ("2M tokens, 3 epochs on one
    A100": 0.6 hours, not "0.0 days")."""
    if days < 1:
        return b.tr("head.hours_on", hours=days * 24, gpus=gpus, acc=acc.short)
    return b.tr("head.days", days=days, gpus=gpus, acc=acc.short)


def _hours_enough(b: Builder, flops: float, achieved: float, acc: Accelerator) -> Result:
    """"NLP 组 20 GPU 年 … 够不够在 A100 上把 Llama 2 7B 训 2万亿 token，MFU 45%": the hours the run
    needs at the stated efficiency against the hours granted (an MFU stated beside them is the
    run's, so the hours are not its record)."""
    have = _stated_hours(b)
    need = flops / achieved / 3600
    b.step(b.tr("step.gpu_hours", flops=flops, tf=achieved / 1e12, hours=need))
    b.fig("gpu_hours", need, "GPU-hours", b.tr("fig.gpu_hours"))
    b.fig("gpu_hours_granted", have, "GPU-hours", b.tr("fig.gpu_hours_granted"))
    b.fig("granted_vs_needed", have / need, "x", b.tr("fig.granted_vs_needed"))
    key = "head.hours_claim" if b.flag("claim") else \
        "head.hours_enough" if have >= need else "head.hours_short"
    said = next((str(s.text) for s in b.req.stated
                 if s.param in ("gpu_hours", "gpu_years") and s.note == ""), "")
    shown = b.h(have)
    if b.has("gpu_hours_per_su") and said and key != "head.hours_claim":
        # ("20,000 SUs … each GPU-hour costs 2 SUs": the hours the allocation buys, and the allocation said)
        shown = b.tr("word.hours_of_su", hours=b.h(have), said=said)
    head = b.tr(key, need=b.h(need), have=shown, acc=acc.short, ratio=have / need, said=said)
    if b.has("gpus") or b.has("servers"):
        # "如果用 2048 张 a100，mfu 43%，得几天？跟 172万 GPU小时 对得上吗": the days on the cards too
        gpus = b.count_gpus(acc)
        days = need / gpus / 24
        b.step(b.tr("step.days", hours=need, gpus=gpus, days=days))
        b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
        days_head = _days_on(b, days, gpus, acc)
        if abs(have / need - 1) > 0.05:
            # ("30.84M GPU-hours on H100s. On 16k GPUs that's how many days?": the stated hours' too)
            b.step(b.tr("step.days", hours=have, gpus=gpus, days=have / gpus / 24))
            b.fig("train_days_stated_hours", have / gpus / 24, "days", b.tr("fig.days_stated_hours"))
            days_head += b.tr("head.days_stated_hours", days=have / gpus / 24)
        head = days_head + b.tr("word.semicolon") + head
    if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour"):
        # "30.84M GPU-hours … At $2/GPU-hour what did that cost": the stated hours at the rent
        rate = rent_rate(b, acc) or 0.0
        # (a block of hours bought, "500 GPU-hours of H100 time for $1,100": the run uses only the hours it
        # needs of it, at the block's rate; else the hours stated are the run's)
        used = need if isinstance(b.req.params.get("block_price"), float) else have
        b.fig("cost_usd", used * rate, "US$", b.tr("fig.cost_then_run", old=acc.short))
        b.step(b.tr("step.rental_hours", hours=b.h(used), rate=rate, cost=used * rate))
        head += b.tr("head.run_cost", money=b.tr("money.usd", usd=b.h(used * rate)), rate=rate)
    elif (b.has("budget_cny") or b.has("budget_usd")) and have > 0:
        # ("2000 GPU小时的H800 SXM，总价12万元，折合每卡每小时多少？": the package's price over its hours)
        cny = b.has("budget_cny") and not b.has("budget_usd")
        total = b.num("budget_cny" if cny else "budget_usd", None)
        b.fig("price_per_gpu_hour_cny" if cny else "price_per_gpu_hour_usd", total / have,
              "RMB" if cny else "US$", b.tr("fig.price_per_gpu_hour"))
        b.step(b.tr("step.price_per_gpu_hour", total=total, hours=have, each=total / have,
                    cur="RMB" if cny else "US$"))
        head += b.tr("head.price_per_gpu_hour", money=cash(b, total / have, cny))
    return b.result("training", head)


def _earlier_count(b: Builder) -> float:
    """The earlier run's cards: as stated, else one where the question is of one card ("our last fine tune
    took 2 days on the 4090, how long on an L40S": one card each side)."""
    one = b.flag("one_gpu") and b.req.params.get("gpus") == 1
    return b.num("from_gpus", 1.0 if one else None, label=b.tr("label.one_gpu") if one else None,
                 origin="question" if one else "default")


def _same_job_elsewhere(b: Builder, mult: int) -> Result:
    """"It took 11 days on 8 V100s; on 8 H100s with 50% better MFU?": the earlier run's work
    (its GPUs x peak x MFU x days, unless stated tokens or FLOPs give it) on the new fleet."""
    b.read.update({"from_accelerator", "precision"})
    flops: float | None = None
    if b.has("train_flops"):
        flops = b.num("train_flops", None)
    elif b.has("model") or b.has("params") or b.has("active_params"):
        model = b.model()                  # the job's model: the work, when its tokens are stated
        if b.has("train_tokens"):
            flops = mult * (model.active_b * 1e9) * b.num("train_tokens", None)
    old = b.cat.accelerators[str(b.req.params["from_accelerator"])]
    b.assume("from_accelerator", old.short, "", "question",
             registry.label("from_accelerator", b.lang), old.source)
    if b.has("speedup"):
        # "B200训练比H100快3倍，原计划1024张卡跑45天，换新卡同样卡数要多少天？": the stated ratio
        acc = b.accelerator()
        k = b.num("speedup", None)
        rel = k if b.req.params.get("speedup_fast", acc.id) == acc.id else 1 / k
        if (gain := mfu_gain_factor(b)) != 1.0:
            # "H100 快 2.8 倍 … 而且 MFU 提高 20%": the better MFU on top of the cards' ratio
            b.step(b.tr("step.speed_with_mfu_gain", k=rel, gain=gain, rel=rel * gain))
            rel *= gain
        if b.has("gpu_hours") and not (b.has("from_gpus") or b.has("gpus")):
            # ("We burned 1,200 GPU-hours on H100 SXM last quarter at $2.80/hr; B200 rents for $5.50/hr … 2.5x
            # faster. Which would've been cheaper?": the job's GPU-hours, fewer on the faster card)
            hours = b.num("gpu_hours", None)
            b.step(b.tr("step.job_hours_by_speedup", h0=hours, rel=rel, h1=hours / rel, old=old.short,
                        acc=acc.short))
            b.fig("gpu_hours", hours / rel, "GPU-hours", b.tr("fig.gpu_hours_on", acc=acc.short))
            b.notes.append(b.tr("note.by_speedup"))
            head = b.tr("head.same_job_hours", h1=b.h(hours / rel), acc=acc.short, h0=b.h(hours),
                        old=old.short)
            both = _card_rents_compared(b, old, acc, hours / 24, hours / rel / 24, whole=True)
            rents = [st for st in b.req.stated if st.param in ("rent_usd_per_hour", "rent_cny_per_hour")]
            if not both and len(rents) == 1 and (rate := rent_rate(b, acc)):
                # ("used 320 GPU-hours on A100 80GB. What would the same job cost on rented H100 SXM at
                # $2.99/hr, if H100 is ~2.5x faster?": the fewer hours at the one rent stated)
                both = _new_run_rent(b, acc, hours / rel, rate)
            return b.result("training", head + both)
        old_days = b.num("days", None, label=b.tr("label.days_before"))
        if not b.has("from_gpus") and not b.has("gpus"):
            # "换同样卡数的 B200": as many of the new cards, no count stated
            if b.has("gpus_per_server"):
                # ("on a V100 SXM2 box, 8 GPUs … (same gpu count, 8)": the one box's cards, on both sides)
                b.read.add("gpus_per_server")
            days = old_days / rel
            b.step(b.tr("step.days_same_count", days0=old_days, rel=rel, days=days))
            b.fig("train_days", days, "days", b.tr("fig.same_count_days", acc=acc.short))
            b.notes.append(b.tr("note.by_speedup"))
            head = b.tr("head.same_job_count", days=days, acc=acc.short, before=old_days, old=old.short)
            return b.result("training", head + _card_rents_compared(b, old, acc, old_days, days))
        old_gpus = _earlier_count(b)
        if b.flag("same_time") and b.req.params.get("gpus") in (None, b.req.params.get("from_gpus")):
            # "去年用 2048 张 A100 训了 60 天，今年换 H100 想同样时间训完要多少张": cards for the same days
            need = math.ceil(round(old_gpus / rel, 6))
            b.step(b.tr("step.gpus_same_time", g0=old_gpus, rel=rel, gpus=need))
            b.fig("gpus", need, "GPUs", b.tr("fig.gpus_same_time", days=old_days))
            b.notes.append(b.tr("note.by_speedup"))
            return b.result("training", b.tr("head.gpus_same_time", gpus=need, acc=acc.short, days=old_days,
                                             old_gpus=old_gpus, old=old.short))
        gpus = b.count_gpus(acc) if b.has("gpus") else old_gpus
        days = old_days * old_gpus / gpus / rel
        b.step(b.tr("step.days_by_speedup", days0=old_days, g0=old_gpus, g1=gpus, rel=rel, days=days))
        b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
        b.notes.append(b.tr("note.by_speedup"))
        head = b.tr("head.same_job", days=days, gpus=gpus, acc=acc.short, before=old_days, old_gpus=old_gpus,
                    old=old.short)
        rents = [st for st in b.req.stated if st.param in ("rent_usd_per_hour", "rent_cny_per_hour")]
        if len(rents) == 2 and gpus == old_gpus \
                and (both := _card_rents_compared(b, old, acc, old_days, days)):
            # ("64 GPUs … B200 is 2.5x faster. Same GPU count … is $5.50/hr vs $2.80/hr worth it?")
            return b.result("training", head + both)
        if len(rents) == 1 and (rate := rent_rate(b, acc)):
            # "my 20-day H100 run (64 cards) becomes what on B200? and the rental at $5.50/hr per card?": the
            # redone run's hours at the one rent stated
            head += _new_run_rent(b, acc, gpus * days * 24, rate)
        return b.result("training", head)
    precision = str(b.req.params.get("precision", "bf16"))
    old_peak, used = old.peak_tflops(precision)
    # ("took 3 days on an RTX 4090 … on an H100 SXM, how long?": no count on either side, as many cards)
    if not (b.has("from_gpus") or b.has("gpus") or b.has("servers")) and b.has("days"):
        # "之前在 A100 上训练用了 25 天，换成 H800 同样卡数": as many new cards, no count said: the days
        # scale with each card's peak and MFU
        if b.has("gpus_per_server"):
            b.read.add("gpus_per_server")  # ("on a V100 SXM2 box, 8 GPUs … (same gpu count, 8)": that box's)
        old_days = b.num("days", None, label=b.tr("label.days_before"))
        mfu = b.num("mfu", 0.40)
        acc = b.accelerator()
        peak, _ = acc.peak_tflops(precision)
        new_mfu = _new_mfu(b, mfu)
        rel = peak * new_mfu / (old_peak * mfu)
        days = old_days / rel
        b.step(b.tr("step.days_same_count", days0=old_days, rel=rel, days=days))
        b.fig("train_days", days, "days", b.tr("fig.same_count_days", acc=acc.short))
        return b.result("training", b.tr("head.same_job_count", days=days, acc=acc.short, before=old_days,
                                         old=old.short))
    old_gpus = _earlier_count(b)
    if not b.has("days") and flops is None:
        return _same_work_same_time(b, old, old_gpus, old_peak, precision)
    old_days = b.num("days", None, label=b.tr("label.days_before"))
    mfu = b.num("mfu", 0.40)
    if flops is not None and not b.has("mfu") and old_gpus and old_days > 0:
        # ("8B on 15T tokens was projected at 40 days on 2k GPUs … ~25% better MFU, now?": the run's work and
        # days both stated, its MFU is the one they imply, not the default)
        tf = flops / (old_gpus * old_days * 86400) / 1e12
        if 0 < tf / old_peak <= 1:
            mfu = tf / old_peak
            b.step(b.tr("step.implied_mfu", flops=flops, gpus=old_gpus, days=old_days, tf=tf, peak=old_peak,
                        prec=used.upper(), mfu=mfu))
    if flops is None:
        flops = old_gpus * old_peak * 1e12 * mfu * old_days * 86400
        b.step(b.tr("step.work_before", gpus=old_gpus, acc=old.short, peak=old_peak,
                    prec=used.upper(), mfu=mfu, days=old_days, flops=flops))
    b.fig("train_flops", flops, "FLOPs", b.tr("fig.train_flops"))
    acc = b.accelerator()
    peak, used = acc.peak_tflops(precision)
    new_mfu = _new_mfu(b, mfu)
    if b.flag("same_time") and not (b.has("gpus") or b.has("servers")):
        # "512 张 A100 训了 20 天，换 H100、MFU 高 10%，同样工期要几张": the cards for the same days
        need = math.ceil(round(flops / (peak * 1e12 * new_mfu * old_days * 86400), 6))
        b.step(b.tr("step.gpus_same_days", flops=flops, acc=acc.short, peak=peak, prec=used.upper(),
                    mfu=new_mfu, days=old_days, gpus=need))
        b.fig("gpus", need, "GPUs", b.tr("fig.gpus_same_time", days=old_days))
        return b.result("training", b.tr("head.gpus_same_time", gpus=need, acc=acc.short, days=old_days,
                                         old_gpus=old_gpus, old=old.short))
    # ("同样卡数换成 H100": as many of the new cards when no count of them is stated)
    gpus = b.count_gpus(acc) if (b.has("gpus") or b.has("servers")) else old_gpus
    days = flops / (gpus * peak * 1e12 * new_mfu) / 86400
    b.step(b.tr("step.days_after", flops=flops, gpus=gpus, acc=acc.short, peak=peak,
                prec=used.upper(), mfu=new_mfu, days=days))
    b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
    b.fig("gpu_hours", days * 24 * gpus, "GPU-hours", b.tr("fig.gpu_hours"))
    if acc.id == old.id and gpus == old_gpus and new_mfu != mfu:
        # "256 张 H800 跑了 21 天，MFU 如果提升 8 个点": the same run at the new MFU (not moved to a card)
        head = b.tr("head.same_run_new_mfu", before=old_days, gpus=gpus, acc=acc.short, mfu=mfu, new=new_mfu,
                    days=days, saved=abs(old_days - days),
                    more=b.tr("word.days_fewer" if days < old_days else "word.days_more"))
    else:
        head = b.tr("head.same_job", days=days, gpus=gpus, acc=acc.short, before=old_days, old_gpus=old_gpus,
                    old=old.short)
    rent, new_at = _rent_and_new_card(b)
    if rent is not None and new_at is None and acc.id == old.id and gpus == old_gpus \
            and (rate := rent_rate(b, acc)):
        # "prior job took 14 days on 512 GPUs … 30% better MFU. days saved + $ saved at $2.50/hr?": the
        # GPU-hours the same run no longer takes, at the rent
        head += _rent_saved(b, (old_days - days) * 24 * gpus, rate)
    elif rent is not None and new_at is not None and (rate := rent_rate(b, acc)):
        if rent.start > new_at:
            # "… 换 H100 …要几天？按每卡每小时 2.3 美元算多少钱": the redone run's GPU-hours at the rent
            head += _new_run_rent(b, acc, days * 24 * gpus, rate)
        else:
            # "384 张 A100 训了 3.5 个月 … 按 2 美元一小时多少钱？换成 1000 张 H100 要多久": the earlier run's
            hours = old_days * 24 * old_gpus
            b.fig("cost_usd", hours * rate, "US$", b.tr("fig.cost_then_run", old=old.short))
            head += b.tr("head.run_cost", money=usd_money(b, hours * rate, b.has("rent_cny_per_hour")),
                         rate=rate)
            b.step(b.tr("step.rental_hours", hours=b.h(hours), rate=rate, cost=hours * rate))
    return b.result("training", head)


def _hours_at_new_mfu(b: Builder) -> Result:
    """"If the platform team deliver 25% better MFU than last time, how much does a 2.5M GPU-hour H100 run
    shrink by, at £2/hr?": the same work on the same cards at the new MFU, its GPU-hours as 1/MFU, and the
    rent of the hours saved."""
    hours0 = b.num("gpu_hours", None) if b.has("gpu_hours") else b.num("gpu_years", None) * HOURS_PER_YEAR
    gain = mfu_gain_factor(b)
    hours = hours0 / gain
    acc = b.accelerator()
    b.step(b.tr("step.hours_at_mfu", hours0=b.h(hours0), gain=gain, hours=b.h(hours)))
    b.fig("gpu_hours", hours, "GPU-hours", b.tr("fig.gpu_hours"))
    b.fig("gpu_hours_saved", hours0 - hours, "GPU-hours", b.tr("fig.gpu_hours_saved"))
    head = b.tr("head.hours_at_mfu", hours=b.h(hours), hours0=b.h(hours0), acc=acc.short, gain=gain,
                saved=b.h(hours0 - hours))
    if (b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")) and (rate := rent_rate(b, acc)):
        head += _rent_saved(b, hours0 - hours, rate)
    return b.result("training", head)


def _rent_saved(b: Builder, saved: float, rate: float) -> str:
    """The GPU-hours a run no longer takes at the stated rent: its figure, its step, the headline's words."""
    b.fig("cost_saved_usd", saved * rate, "US$", b.tr("fig.cost_saved"))
    b.step(b.tr("step.rental_hours", hours=b.h(saved), rate=rate, cost=saved * rate))
    cny = b.has("rent_cny_per_hour")
    said = f"{b.num('rent_cny_per_hour', None, record=False):g}" + ("元" if b.lang == "zh" else " RMB") \
        if cny else f"${rate:g}"
    return b.tr("head.cost_saved", money=usd_money(b, saved * rate, cny), rate=said)


def _energy_saved(b: Builder, acc: Accelerator, gpus: float, hours: float) -> str:
    """The facility energy (and, at a stated price, the electricity) of `gpus` over `hours` no longer run:
    figures, steps, the headline's words."""
    mw, _ = fleet_power(b, acc, gpus)
    kwh = mw * 1000 * hours
    b.fig("energy_saved_mwh", kwh / 1000, "MWh", b.tr("fig.energy_saved"))
    b.step(b.tr("step.energy_saved", mw=mw, hours=b.h(hours), kwh=amount(kwh, "kWh", b.lang)))
    words = amount(kwh, "kWh", b.lang)
    if b.has("electricity_usd_per_kwh") or b.has("electricity_cny_per_kwh"):
        cny = b.has("electricity_cny_per_kwh")
        price = price_per_kwh(b, cny)
        b.fig("electricity_saved_cny" if cny else "electricity_saved_usd", kwh * price,
              "RMB" if cny else "US$", b.tr("fig.electricity_saved"))
        words += b.tr("word.electricity_at", money=usd_money(b, kwh * price / (fx(b) if cny else 1.0), cny))
    return b.tr("head.energy_saved", energy=words)


def _card_rents_compared(b: Builder, old: Accelerator, acc: Accelerator, old_days: float, days: float, *,
                         whole: bool = False) -> str:
    """"… if the new card rents at $5.5/hr and the old at $2.8/hr, which is cheaper?": with as many cards
    of each, one card's rent over its own run, on each side; "" unless two hourly rents are said,
    each named for its card (calc/readings.rents_by_card)."""
    at = b.req.params.get("old_card_rent_at")
    rents = [st for st in b.req.stated if st.param in ("rent_usd_per_hour", "rent_cny_per_hour")
             and st.note in ("", "duplicate") and isinstance(st.value, float)]
    if at is None or len(rents) != 2 or not any(st.start == at for st in rents):
        return ""
    b.read.add("old_card_rent_at")
    side = {"old" if st.start == at else "new": st for st in rents}
    b.read.update(str(st.param) for st in rents)
    per_usd = {k: b.claim(st) / (fx(b) if st.param == "rent_cny_per_hour" else 1.0) for k, st in side.items()}
    cost_old, cost_new = old_days * 24 * per_usd["old"], days * 24 * per_usd["new"]
    cny = all(st.param == "rent_cny_per_hour" for st in rents)
    cheaper, dearer = (acc, old) if cost_new < cost_old else (old, acc)
    if whole:
        # (the whole job's GPU-hours at each card's rent)
        b.fig("cost_before_usd", cost_old, "US$", b.tr("fig.job_rent", acc=old.short))
        b.fig("cost_after_usd", cost_new, "US$", b.tr("fig.job_rent", acc=acc.short))
        b.step(b.tr("step.job_rent", acc=old.short, hours=old_days * 24, rate=per_usd["old"], cost=cost_old))
        b.step(b.tr("step.job_rent", acc=acc.short, hours=days * 24, rate=per_usd["new"], cost=cost_new))
        return b.tr("head.job_rents_compared", old=old.short, acc=acc.short,
                    cost_old=usd_money(b, cost_old, cny), cost_new=usd_money(b, cost_new, cny),
                    cheaper=cheaper.short, dearer=dearer.short,
                    pct=abs(cost_old - cost_new) / max(cost_old, cost_new))
    b.fig("cost_per_card_before_usd", cost_old, "US$", b.tr("fig.card_rent_run", acc=old.short))
    b.fig("cost_per_card_after_usd", cost_new, "US$", b.tr("fig.card_rent_run", acc=acc.short))
    b.step(b.tr("step.card_rent_run", acc=old.short, days=old_days, rate=per_usd["old"], cost=cost_old))
    b.step(b.tr("step.card_rent_run", acc=acc.short, days=days, rate=per_usd["new"], cost=cost_new))
    return b.tr("head.card_rents_compared", old=old.short, acc=acc.short,
                cost_old=usd_money(b, cost_old, cny), cost_new=usd_money(b, cost_new, cny),
                cheaper=cheaper.short, dearer=dearer.short,
                pct=abs(cost_old - cost_new) / max(cost_old, cost_new))


def _rent_and_new_card(b: Builder) -> tuple[Stated | None, int | None]:
    """A run moved to another card: the rent stated (its first value) and where the card it moves to
    is named. Said after that card, the rent is the redone run's; before it, the earlier run's."""
    rent = next((st for st in b.req.stated if st.param in ("rent_usd_per_hour", "rent_cny_per_hour")
                 and st.note == ""), None)
    return rent, next((st.start for st in b.req.stated if st.param == "accelerator"), None)


def _new_run_rent(b: Builder, acc: Accelerator, hours: float, rate: float) -> str:
    """The redone run's GPU-hours at the rent said for its card: its figure, its step, and the
    headline's words."""
    b.fig("cost_usd", hours * rate, "US$", b.tr("fig.cost_new_run", acc=acc.short))
    b.step(b.tr("step.rental_hours", hours=b.h(hours), rate=rate, cost=hours * rate))
    return b.tr("head.new_run_cost", money=usd_money(b, hours * rate, b.has("rent_cny_per_hour")),
                acc=acc.short)


def _known_run_flops(b: Builder) -> float | None:
    """6 N D of the run named, when its model and its tokens are known (stated or in the catalog)."""
    if not (b.has("model") or b.has("params")):
        return None
    model = b.model()
    if not b.has("train_tokens") and not model.train_tokens_t:
        return None
    tokens = b.num("train_tokens", (model.train_tokens_t or 0) * 1e12, origin="catalog", source=model.source)
    return 6 * model.active_b * 1e9 * tokens


def mfu_gain_factor(b: Builder, mfu: float | None = None) -> float:
    """The stated MFU change of the new run as a factor (1.0 when none is stated); points are added
    to `mfu` when it is known here (a rate's implied MFU), else to the stated or default one."""
    if b.has("mfu_to") and (mfu is not None or b.has("mfu")):
        # "35% MFU today … once MFU goes to 45%": the new MFU over the one stated
        return b.num("mfu_to", None) / (mfu if mfu is not None else b.num("mfu", None))
    if b.has("mfu_gain"):
        return 1 + b.num("mfu_gain", None)
    if b.has("mfu_gain_points"):
        if mfu is None:
            mfu = b.num("mfu", 0.40)
        return (mfu + b.num("mfu_gain_points", None)) / mfu
    return 1.0


def _at_new_mfu(b: Builder) -> Result | None:
    """The same run on the same GPUs at another MFU, no model or work stated: its days scale as 1/MFU.
    "上次 MFU 30%，这次提高 40%，原来要 45 天，现在多久？", "45 days at 30% MFU; if MFU goes to 40%",
    "a run takes 60 days; if MFU improves by 20%" (a gain needs no MFU). None when it is not that."""
    moved = len({st.value for st in b.req.stated if st.param in ("accelerator", "from_accelerator")}) > 1
    sized = b.has("params") or b.has("model") or b.has("active_params")
    other = ("days", "train_flops", "train_tokens", "from_accelerator", "from_gpus", "budget_usd",
             "budget_cny")
    if (b.has("gpu_hours") or b.has("gpu_years")) and any(b.has(k) for k in MFU_CHANGES) and not moved \
            and not sized and not any(b.has(k) for k in other):
        return _hours_at_new_mfu(b)
    if not b.has("days") and not moved and not sized and (b.has("gpus") or b.has("servers")) \
            and b.has("mfu") and any(b.has(k) for k in MFU_CHANGES) and not any(b.has(k) for k in (
                "train_flops", "train_tokens", "gpu_hours", "gpu_years", "from_gpus", "budget_usd",
                "budget_cny")):
        return _gpus_freed(b)
    if not b.has("days") or moved or any(b.has(k) for k in (
            "train_flops", "train_tokens", "gpu_hours", "gpu_years", "from_gpus", "from_accelerator",
            "budget_usd", "budget_cny")):
        return None
    if (b.has("mfu") and any(b.has(k) for k in MFU_CHANGES)) or b.has("mfu_gain_points"):
        # ("+5 pts mfu on 2k h100 30 day run saves how much": points on the assumed MFU, named as assumed)
        days0 = b.num("days", None, label=b.tr("label.days_before"))
        mfu = b.num("mfu", 0.40)
        new = _new_mfu(b, mfu)
        days = days0 * mfu / new
        b.step(b.tr("step.days_at_mfu", days0=days0, mfu=mfu, new=new, days=days))
        b.fig("train_days", days, "days", b.tr("fig.days_at_mfu", mfu=new))
        head = b.tr("head.days_at_mfu", days=days, days0=days0, mfu=mfu, new=new)
        if abs(days0 - days) >= 0.05:
            # ("… he can get 8 points more out of it. how many days does that save?": the days saved, said)
            head += b.tr("head.days_fewer" if days < days0 else "head.days_more", n=abs(days0 - days))
        rented = b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour")
        if (b.has("gpus") or b.has("servers")) and rented and (rate := rent_rate(b, acc := b.accelerator())):
            # "1,024 cards, 40 days, 38% MFU; if MFU goes to 50% … savings @ $1.60/hr?": the rent saved
            head += _rent_saved(b, (days0 - days) * 24 * b.count_gpus(acc), rate)
        if (b.has("gpus") or b.has("servers")) and any(b.has(k) for k in (
                "watts_per_gpu", "watts_per_server", "pue", "electricity_usd_per_kwh",
                "electricity_cny_per_kwh")):
            # "… MFU to 45%, how many days saved + MWh saved @ 1.25kW/GPU, PUE 1.15?": the fleet's energy
            # over the days no longer run
            acc = b.accelerator()
            head += _energy_saved(b, acc, b.count_gpus(acc), (days0 - days) * 24)
        if (b.has("gpus") or b.has("servers")) and b.has("gpus_per_server") \
                and b.flag("asks_node_hours"):
            # ("… how many node-hours do we save at 8 GPUs/node?": the days saved, in the nodes' hours)
            acc = b.accelerator()
            per = b.num("gpus_per_server", None)
            nodes = b.count_gpus(acc) / per
            saved_nh = (days0 - days) * 24 * nodes
            b.fig("node_hours_saved", saved_nh, "node-hours", b.tr("fig.node_hours_saved"))
            b.step(b.tr("step.node_hours_saved", days=days0 - days, nodes=nodes, nh=saved_nh))
            head += b.tr("head.node_hours_saved", nh=b.h(saved_nh), nodes=b.h(nodes))
    elif b.has("mfu_gain"):
        days0 = b.num("days", None, label=b.tr("label.days_before"))
        gain = b.num("mfu_gain", None)
        days = days0 / (1 + gain)
        b.step(b.tr("step.days_mfu_gain", days0=days0, gain=gain, days=days))
        b.fig("train_days", days, "days", b.tr("fig.days_mfu_gain"))
        head = b.tr("head.days_mfu_gain", days=days, days0=days0, gain=gain)
    else:
        return None
    if b.has("runs") and b.num("runs", None, record=False) > 1:
        # "20 days per run … ~6 runs a quarter": every run saves the same days
        runs = b.num("runs", None)
        b.fig("days_saved_all_runs", (days0 - days) * runs, "days", b.tr("fig.days_saved_runs"))
        head += b.tr("head.days_saved_runs", runs=runs, saved=(days0 - days) * runs)
    # (the same run)
    b.read.update({"gpus", "servers", "accelerator", "server", "params", "model", "active_params"})
    return b.result("training", head)


def _gpus_freed(b: Builder) -> Result:
    """"MFU +8 pts from 35% on a 100k H100 cluster = how many GPU-equivalents freed?": the same work at
    the higher MFU needs the fleet times old/new MFU; the rest is freed."""
    acc = b.accelerator()
    gpus = b.count_gpus(acc)
    mfu = b.num("mfu", None)
    new = _new_mfu(b, mfu)
    need = gpus * mfu / new
    b.step(b.tr("step.gpus_at_mfu", gpus=gpus, mfu=mfu, new=new, need=need, freed=gpus - need))
    b.fig("gpus", need, "GPUs", b.tr("fig.gpus_at_mfu", mfu=new))
    b.fig("gpus_freed", gpus - need, "GPUs", b.tr("fig.gpus_freed"))
    more = gpus * new / mfu - gpus       # (or the fleet as it is does the work of that many more)
    b.fig("gpus_gained", more, "GPUs", b.tr("fig.gpus_gained", mfu=mfu))
    return b.result("training", b.tr("head.gpus_freed", freed=b.h(gpus - need), gpus=b.h(gpus), acc=acc.short,
                                     mfu=mfu, new=new, need=b.h(need), more=b.h(more)))


def _days_at_changed_mfu(b: Builder, days: float, mfu: float) -> str:
    """The same run's days at the stated MFU change (a figure), as the headline's words: the MFU it
    reaches and the days it saves or costs ("MFU 38% … +6 pts: days saved?")."""
    new = _new_mfu(b, mfu)
    after = days * mfu / new
    b.fig("train_days_after_gain", after, "days", b.tr("fig.days_after_gain"))
    if days < 2:
        # ("a 200M token run of Qwen2.5 7B on 4x H100 … 7 points better": a run of hours, said in hours)
        return b.tr("head.run_hours_at_new_mfu" if new >= mfu else "head.run_hours_at_lower_mfu",
                    mfu=mfu, new=new, after=after * 24, saved=abs(days - after) * 24)
    return b.tr("head.days_at_new_mfu" if new >= mfu else "head.days_at_lower_mfu",
                mfu=mfu, new=new, after=after, saved=abs(days - after))


def _new_mfu(b: Builder, mfu: float) -> float:
    """The new run's MFU: the earlier one with the stated gain ("MFU +10%", "再提 5 个点") or the one
    it goes to ("MFU goes to 40%"), as a step."""
    if b.has("mfu_to"):
        new = b.num("mfu_to", None)
        b.step(b.tr("step.mfu_to", mfu=mfu, new=new))
        return new
    if b.has("mfu_gain"):
        gain = b.num("mfu_gain", None)
        new = min(1.0, mfu * (1 + gain))
        b.step(b.tr("step.mfu_gain", mfu=mfu, gain=gain, new=new))
        return new
    if b.has("mfu_gain_points"):
        gain = b.num("mfu_gain_points", None)
        new = min(1.0, max(0.01, mfu + gain))
        b.step(b.tr("step.mfu_points", mfu=mfu, gain=gain * 100, new=new))
        return new
    return mfu


def _same_work_same_time(b: Builder, old: Accelerator, old_gpus: float, old_peak: float,
                         precision: str) -> Result:
    """"去年 2000 张 A100，MFU 35%，今年换 H100 干同样的活，MFU 再提高 10%，要多少张？": the cards that do
    the earlier fleet's work in the same time: its GPUs x peak x MFU over the new card's peak x MFU."""
    acc = b.accelerator()
    peak, used = acc.peak_tflops(precision)
    mfu = b.num("mfu", None)
    new_mfu = _new_mfu(b, mfu)
    need = math.ceil(round(old_gpus * old_peak * mfu / (peak * new_mfu), 6))
    b.step(b.tr("step.gpus_same_work", g0=old_gpus, old=old.short, p0=old_peak, mfu=mfu, acc=acc.short,
                peak=peak, new=new_mfu, prec=used.upper(), gpus=need))
    b.fig("gpus", need, "GPUs", b.tr("fig.gpus_same_work", acc=acc.short))
    return b.result("training", b.tr("head.gpus_same_work", gpus=need, acc=acc.short, old_gpus=old_gpus,
                                     old=old.short))


def _on_capacity(b: Builder, flops: float) -> Result:
    """A run on a stated total capacity ("200 EFLOPS of capacity, 3.8e25 FLOPs at 40% MFU"):
    days = FLOPs / (capacity x MFU)."""
    cap = b.num("capacity_flops", None)
    b.read.add("precision")                # "2.5 EFLOPS of bf16 compute": the capacity's own
    # a stated sustained rate is already achieved: no MFU on top of it unless one is stated
    mfu = b.num("mfu", 1.0 if b.flag("sustained") else 0.40,
                label=b.tr("label.sustained_capacity") if b.flag("sustained") else None)
    days = flops / (cap * mfu) / 86400
    b.step(b.tr("step.capacity_days", flops=flops, eflops=cap / 1e18, mfu=mfu, days=days))
    b.fig("train_days", days, "days", b.tr("fig.on_capacity", eflops=cap / 1e18))
    head = b.tr("head.capacity_days", days=days, eflops=cap / 1e18, mfu=mfu)
    if b.has("accelerator"):               # "… and how many H200 would deliver the same peak?"
        acc = b.accelerator()
        b.read.add("precision")
        peak, used = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
        n = math.ceil(cap / (peak * 1e12))
        b.step(b.tr("step.convert", cap=cap, peak=peak, acc=acc.short, prec=used.upper(), n=n))
        b.fig("gpus", n, "GPUs", b.tr("fig.at_dense", acc=acc.short, prec=used.upper()))
        head += b.tr("head.same_peak", n=b.h(n), acc=acc.short)
    return b.result("training", head)


def _stated_hours(b: Builder) -> float:
    """The GPU-hours a question states, as GPU-hours or GPU-years (converted, said as a step), times
    the runs when each run's are stated ("每次实验大约96卡时，一共做30组实验")."""
    if b.has("gpu_years"):
        hours = b.num("gpu_years", None) * HOURS_PER_YEAR
        b.step(b.tr("step.gpu_years", hours=hours))
    else:
        hours = b.num("gpu_hours", None)
    if b.has("factor") and b.flag("run_grown") and not b.has("from_accelerator") \
            and not (b.has("train_tokens") or b.has("train_flops")):
        # "上一版训练花了42万GPU小时，这次规模翻3倍": the earlier run's hours, scaled as its work is
        f = b.num("factor", None)
        b.step(b.tr("step.hours_scaled", hours=b.h(hours), f=f, out=b.h(hours * f)))
        hours *= f
    return _times_runs(b, hours)


def _rate_stated(b: Builder) -> bool:
    """A measured throughput stated: per GPU, per server or the cluster's."""
    return any(b.has(k) for k in MEASURED_RATES)


_TOTAL_WORDS = rx.compile(r"\b(?:total|in all|altogether|combined|overall)\b|总共|合计|一共|总计",
                          re.IGNORECASE)


def _flops_total_said(b: Builder) -> bool:
    """Whether the FLOPs stated are said to be all the runs' ("6e21 FLOPs in total over 30 runs")."""
    return any(_TOTAL_WORDS.search(str(s.text)) for s in b.req.stated if s.param in ("train_flops", "runs"))


def _times_runs(b: Builder, one: float) -> float:
    """A run's tokens or GPU-hours times the runs stated ("3 runs of a 3B model, 60B tokens each",
    "25 experiments"): every run is done in full; unchanged when no count of runs is stated."""
    if not b.has("runs"):
        return one
    runs = b.num("runs", None)
    b.step(b.tr("step.runs", runs=runs, one=b.h(one), total=b.h(one * runs)))
    return one * runs


def _tokens_for_hours(b: Builder, mult: float) -> Result:
    """"1000 个 GPU年 的 H100 算力，MFU 40%，够把一个 70B 模型训多少 token？": the FLOPs the hours
    deliver, over the model's FLOPs per token (6 x active parameters)."""
    acc = b.accelerator()
    b.read.add("precision")
    peak, used = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
    achieved, _ = _achieved(b, peak, used)
    hours = _stated_hours(b)
    delivered = hours * 3600 * achieved
    b.step(b.tr("step.delivered", hours=hours, tf=achieved / 1e12, flops=delivered))
    model = b.model()
    active = model.active_b * 1e9
    tokens = delivered / (mult * active)
    b.step(b.tr("step.tokens_from_flops", flops=delivered, mult=mult, params=fmt_params(active),
                tokens=b.h(tokens)))
    b.fig("train_flops", delivered, "FLOPs", b.tr("fig.delivered_flops"))
    b.fig("train_tokens", tokens, "tokens", b.tr("fig.tokens_trainable"))
    b.fig("gpu_hours", hours, "GPU-hours", b.tr("fig.gpu_hours"))
    _, cost = _cost_and_energy(b, acc, hours)     # "… at $2/hr, and what does it cost?": the hours' bill too
    if (b.has("gpus") or b.has("servers")) and not b.has("days"):
        # ("申请到40万机时，用64张卡训": the hours spent on the stated cards take this long)
        gpus = b.count_gpus(acc)
        days = hours / gpus / 24
        b.fig("train_days", days, "days", b.tr("fig.days_on_cards", gpus=gpus))
        b.step(b.tr("step.hours_over_cards", hours=hours, gpus=gpus, days=days))
        cost += b.tr("head.days_on_cards", days=days, gpus=gpus, acc=acc.short)
    return b.result("training", b.tr("head.tokens_for_hours", tokens=b.h(tokens), model=model.short,
                                     hours=b.h(hours), acc=acc.short, flops=delivered) + cost)


def _size_for_hours(b: Builder, mult: float) -> Result:
    """"120 GPU-years on MI250X: how big a model can we train on 1T tokens?": the FLOPs the hours deliver,
    over the tokens' FLOPs per parameter (6 x tokens)."""
    acc = b.accelerator()
    b.read.add("precision")
    peak, used = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
    achieved, _ = _achieved(b, peak, used)
    hours = _stated_hours(b)
    delivered = hours * 3600 * achieved
    b.step(b.tr("step.delivered", hours=hours, tf=achieved / 1e12, flops=delivered))
    _model_size_for(b, delivered, int(mult))
    b.fig("gpu_hours", hours, "GPU-hours", b.tr("fig.gpu_hours"))
    return b.result("training", b.tr("head.budget_size", params=fmt_params(
        float(f"{b.value_of('params'):.3g}")),
                                     hours=b.h(hours), acc=acc.short))


def _achieved(b: Builder, peak: float, used: str) -> tuple[float, float]:
    """Achieved FLOP/s per GPU, and the MFU behind it (0 when the rate itself is stated):
    as stated, else MFU (default 40%) x the dense peak."""
    base = b.req.params.get("speedup_base")
    if isinstance(base, str) and base in b.cat.accelerators and b.has("speedup") and not b.has("gpu_tflops"):
        # "B200 trains 2.5x faster than H100 … days on each": the faster card does the stated multiple of
        # the other's achieved rate (its own MFU is not known)
        slow = b.cat.accelerators[base]
        slow_peak, slow_used = slow.peak_tflops(str(b.req.params.get("precision", "bf16")))
        mfu, k = b.num("mfu", 0.40), b.num("speedup", None)
        achieved = mfu * slow_peak * 1e12 * k
        b.step(b.tr("step.achieved_by_speedup", mfu=mfu, peak=slow_peak, prec=slow_used.upper(), k=k,
                    base=slow.short, tf=achieved / 1e12))
        return achieved, 0.0
    if b.has("gpu_tflops") and b.has("mfu"):
        # "单卡峰值989 TFLOPS，MFU 50%": the stated TFLOPS is the peak the MFU applies to
        peak = b.num("gpu_tflops", None)
    elif b.has("gpu_tflops"):
        return b.num("gpu_tflops", None) * 1e12, 0.0
    mfu = b.num("mfu", 0.40)
    achieved = mfu * peak * 1e12
    b.step(b.tr("step.achieved", mfu=mfu, peak=peak, prec=used.upper(), tf=achieved / 1e12))
    return achieved, mfu


def _budget_run(b: Builder, mult: int, sized: bool) -> Result:
    """A training budget at an hourly rent: the GPU-hours it buys, then the tokens a stated
    model size trains on, or the model size a stated token count allows."""
    acc = b.accelerator()
    gpu_hours = budget_gpu_hours(b, acc)
    days_on = ""
    if b.has("gpus") or b.has("servers"):
        # "557万美元，按2048张H800、每卡每小时2美元，相当于跑了多少天？": the budget's time on that fleet
        gpus = b.count_gpus(acc)
        days = gpu_hours / gpus / 24
        b.step(b.tr("step.days", hours=gpu_hours, gpus=gpus, days=days))
        b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus))
        days_on = b.tr("head.budget_days", days=days, gpus=gpus, acc=acc.short)
    elif b.has("days"):
        # ("A$4M at US$2.50/hr, 60 days … how many GPUs is that": the hours spread over the days said)
        days = b.num("days", None)
        gpus = math.ceil(gpu_hours / (days * 24))
        b.fig("gpus", gpus, "GPUs", b.tr("fig.to_finish", days=days))
        b.step(b.tr("step.gpus_for_days", hours=gpu_hours, days=days, gpus=gpus))
        days_on = b.tr("head.budget_days", days=days, gpus=gpus, acc=acc.short)
    b.read.add("precision")
    peak, used = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
    achieved, mfu = _achieved(b, peak, used)
    flops = gpu_hours * 3600 * achieved
    b.fig("train_flops", flops, "FLOPs", b.tr("fig.delivered_flops"))
    if not sized and not b.has("train_tokens") and not b.flag("compute_optimal"):
        return b.result("training", b.tr("head.budget_run_hours", hours=b.h(gpu_hours), acc=acc.short,
                                         flops=flops, prec=used.upper(), mfu=mfu) + days_on)
    if not sized and not b.has("train_tokens"):
        # "biggest model we can train Chinchilla-optimally": C = 6 N D with D = 20 N
        params = math.sqrt(flops / (mult * CHINCHILLA_TOKENS_PER_PARAM))
        tokens = CHINCHILLA_TOKENS_PER_PARAM * params
        b.fig("params", params, "parameters", b.tr("fig.params_for"))
        b.fig("train_tokens", tokens, "tokens", b.tr("fig.tokens_for"))
        b.step(b.tr("step.compute_optimal", flops=flops, mult=mult, k=CHINCHILLA_TOKENS_PER_PARAM,
                    params=fmt_params(params), tokens=b.h(tokens)))
        return b.result("training", b.tr("head.budget_optimal", params=fmt_params(params),
                                         tokens=b.h(tokens), hours=b.h(gpu_hours), acc=acc.short)
                        + days_on)
    if not sized:
        _model_size_for(b, flops, mult)
        return b.result("training", b.tr("head.budget_size", params=fmt_params(
            float(f"{b.value_of('params'):.3g}")), hours=b.h(gpu_hours), acc=acc.short) + days_on)
    model = b.model()
    tokens = flops / (mult * model.active_b * 1e9)
    b.step(b.tr("step.tokens_from_flops", flops=flops, mult=mult,
                params=fmt_params(model.active_b * 1e9), tokens=b.h(tokens)))
    b.fig("train_tokens", tokens, "tokens", b.tr("fig.tokens_for"))
    b.fig("tokens_per_param", tokens / (model.params_b * 1e9), "", b.tr("fig.tokens_per_param"))
    return b.result("training", b.tr("head.budget_tokens", tokens=b.h(tokens), model=model.short,
                                     hours=b.h(gpu_hours), acc=acc.short) + days_on)


def _tokens_for(b: Builder, mult: int) -> Result:
    """A fleet, a time and an efficiency: the tokens a model of the stated size trains on."""
    model = b.model()
    acc = b.accelerator()
    b.read.add("precision")
    peak, used = acc.peak_tflops(str(b.req.params.get("precision", "bf16")))
    achieved, _ = _achieved(b, peak, used)
    gpus = b.count_gpus(acc)
    days = b.num("days", None)
    flops = gpus * days * SECONDS_PER_DAY * achieved
    tokens = flops / (mult * model.active_b * 1e9)
    b.step(b.tr("step.tokens_for", gpus=gpus, days=days, tf=achieved / 1e12, flops=flops,
                mult=mult, params=fmt_params(model.active_b * 1e9), tokens=b.h(tokens)))
    b.fig("train_tokens", tokens, "tokens", b.tr("fig.tokens_for"))
    b.fig("train_flops", flops, "FLOPs", b.tr("fig.delivered_flops"))
    b.fig("tokens_per_param", tokens / (model.params_b * 1e9), "", b.tr("fig.tokens_per_param"))
    b.fig("gpu_hours", gpus * days * 24, "GPU-hours", b.tr("fig.gpu_hours"))
    # (what those GPU-hours cost at the stated or catalogued rent, and their energy)
    _, cost = _cost_and_energy(b, acc, gpus * days * 24)
    return b.result("training", b.tr("head.tokens_for", tokens=b.h(tokens), model=model.short,
                                     days=days, gpus=gpus, acc=acc.short) + cost)


def _mfu_from_rate(b: Builder, acc: Accelerator, peak: float, used: str) -> Result:
    """A stated training throughput, for the cluster ("3.4M tokens/s") or per GPU ("3,000
    tokens per second per GPU"): with a token budget, the days (or GPU-hours) it takes; with
    a model size, the MFU on a stated fleet or the sustained FLOP/s of the cluster. No model
    is assumed: without one, no MFU."""
    mult = 8 if b.flag("recompute") else 6
    per_gpu_stated = b.has("observed_tokens_per_s_per_gpu") and not b.has("observed_tokens_per_s")
    stated_count = b.has("gpus") or b.has("servers") or b.has("server")
    cluster_rate: float | None = None
    if per_gpu_stated and not stated_count and b.flag("rate_per_gpu_guessed"):
        rate = b.num("observed_tokens_per_s_per_gpu", None, record=False)
        named = b.has("model") or b.has("params") or b.has("active_params")
        # with no model named, the smallest model trained at scale (1B) bounds what one card can do
        need = mult * (b.model().active_b if named else 1.0) * 1e9 * rate / (peak * 1e12)
        if need > 1:
            # "7B 实测训练吞吐每秒 410 万 token", no count: one card would need that many times its
            # peak, so the rate is the whole cluster's; the days follow, the MFU cannot
            b.notes.append(b.tr("note.rate_is_cluster" if named else "note.rate_is_cluster_any",
                                tps=b.h(rate), need=need, acc=acc.short))
            per_gpu_stated = False
            cluster_rate = b.num("observed_tokens_per_s_per_gpu", None,
                                 label=registry.label("observed_tokens_per_s", b.lang))
    gpus = b.count_gpus(acc) if stated_count else None
    tps: float | None
    per_gpu: float | None
    if b.has("observed_tokens_per_s_per_server") and not (
            b.has("observed_tokens_per_s_per_gpu") or b.has("observed_tokens_per_s")):
        # "~20k tokens/s on an 8-GPU H100 node": the node's rate over its cards; the run on that node
        # when no count is stated
        per_gpu_stated = True
        per_gpu = measured_tps_per_gpu(b, acc, lambda: 0.0, explain=True)
        gpus = gpus or float(b.gpus_per_server(acc))
        tps = (per_gpu or 0.0) * gpus
        b.step(b.tr("step.cluster_rate", per_gpu=per_gpu, gpus=gpus, tps=b.h(tps)))
    elif per_gpu_stated:
        per_gpu = b.num("observed_tokens_per_s_per_gpu", None)
        tps = per_gpu * gpus if gpus else None
        if gpus and tps:
            b.step(b.tr("step.cluster_rate", per_gpu=per_gpu, gpus=gpus, tps=b.h(tps)))
    else:
        tps = cluster_rate or b.num("observed_tokens_per_s", None)
        per_gpu = tps / gpus if gpus else None
    sized = b.has("model") or b.has("params") or b.has("active_params")
    model = b.model() if sized else None
    mfu = None
    if model is not None and per_gpu is not None:
        achieved = mult * model.active_b * 1e9 * per_gpu
        mfu = achieved / (peak * 1e12)
        if per_gpu_stated:
            b.step(b.tr("step.mfu_from_gpu_rate", mult=mult,
                        params=fmt_params(model.active_b * 1e9), per_gpu=per_gpu,
                        tf=achieved / 1e12, peak=peak, prec=used.upper()))
        else:
            b.step(b.tr("step.mfu_from_rate", mult=mult, params=fmt_params(model.active_b * 1e9),
                        tps=b.h(tps or 0), gpus=gpus, tf=achieved / 1e12, peak=peak,
                        prec=used.upper()))
        if mfu > 1:
            raise CalcError("contradiction", "err.rate_above_peak", hint_key="hint.check_rate",
                            mfu=mfu)
        b.fig("mfu", mfu, "", b.tr("fig.mfu"))
        b.fig("gpu_tflops", achieved / 1e12, "TFLOP/s", b.tr("fig.achieved_tflops"))
    elif model is not None and tps is not None:
        sustained = mult * model.active_b * 1e9 * tps
        b.step(b.tr("step.sustained", mult=mult, params=fmt_params(model.active_b * 1e9),
                    tps=b.h(tps), flops=sustained))
        b.fig("flops", sustained, "FLOP/s", b.tr("fig.sustained"))
    headline = ""
    if b.has("train_tokens"):
        tokens = b.num("train_tokens", None)
        if b.has("epochs"):                # "a 400B-token dataset, 4 epochs": every pass counts
            epochs = b.num("epochs", None)
            step = b.tr("step.epochs", tokens=b.h(tokens), epochs=epochs, total=b.h(tokens * epochs))
            if step not in b.steps:        # (said once where the run's FLOPs counted them)
                b.step(step)
            tokens *= epochs
        if not b.has("model") or not any(f.name == "train_flops" for f in b.figures):
            tokens = _times_runs(b, tokens)
        if model is not None and not any(f.name == "train_flops" for f in b.figures):
            b.fig("train_flops", mult * model.active_b * 1e9 * tokens, "FLOPs",
                  b.tr("fig.train_flops"))
        if tps:
            days = tokens / tps / SECONDS_PER_DAY
            b.step(b.tr("step.days_from_rate", tokens=b.h(tokens), tps=b.h(tps), days=days))
            b.fig("train_days", days, "days", b.tr("fig.on_gpus", gpus=gpus) if gpus
                  else b.tr("fig.days_at_rate"))
            suffix = ""
            if gpus:
                b.fig("gpu_hours", days * 24 * gpus, "GPU-hours", b.tr("fig.gpu_hours"))
                if b.has("rent_usd_per_hour") or b.has("rent_cny_per_hour") or b.flag("asks_cost"):
                    # "… 512 GPUs, $2.1/hr — total $ and days?": the run's bill at that rent
                    _, suffix = _cost_and_energy(b, acc, days * 24 * gpus)
            headline = (b.tr("head.days_from_rate", days=days, gpus=gpus, acc=acc.short,
                             mfu=mfu) if gpus and mfu is not None else
                        b.tr("head.days_at_rate", days=days, tokens=b.h(tokens), tps=b.h(tps))) + suffix
            if b.has("mfu_gain") or (b.has("mfu_gain_points") and mfu) or (
                    b.has("mfu_to") and (mfu or b.has("mfu"))):
                # "what if MFU gets 20% better?": the same rate that much higher, the days shorter
                # (points added only to an MFU known here; "currently MFU 38%; if MFU goes to 48%": the MFU
                # gone to over the one the asker gives)
                gain = mfu_gain_factor(b, None if b.has("mfu_to") and b.has("mfu") else mfu)
                b.fig("train_days_after_gain", days / gain, "days", b.tr("fig.days_after_gain"))
                b.step(b.tr("step.days_after_gain", days=days, gain=gain, after=days / gain))
                headline += b.tr("head.days_after_gain", gain=gain - 1, after=days / gain)
        elif per_gpu:
            gpu_hours = tokens / per_gpu / 3600
            b.fig("gpu_hours", gpu_hours, "GPU-hours", b.tr("fig.gpu_hours"))
            b.step(b.tr("step.gpu_hours_from_rate", tokens=b.h(tokens), per_gpu=per_gpu,
                        hours=gpu_hours))
            headline = b.tr("head.gpu_hours", hours=b.h(gpu_hours), acc=acc.short)
    if headline:
        return b.result("training", headline)
    if mfu is None:
        if gpus is None:
            b.count_gpus(acc)              # asks for the fleet size
        raise CalcError("missing_input", "err.model_size", hint_key="hint.model_size")
    if gpus is None:
        return b.result("training", b.tr("head.mfu_per_gpu", mfu=mfu, acc=acc.short,
                                         per_gpu=per_gpu))
    return b.result("training", b.tr("head.mfu", mfu=mfu, gpus=gpus, acc=acc.short))
