"""Training compute: FLOPs = 6 x (active) params x tokens (8 x with full activation
recomputation), then time, GPU count, GPU-hours, cost and energy from whichever of them the
question leaves open; MFU from an observed token rate; Chinchilla budgets."""

from __future__ import annotations

import math

from calc.build import Builder, fmt_params, human
from calc.costs import fx, gpu_power_w, rent_rate
from calc.result import CalcError, Reference, Result

HOURS_PER_YEAR = 8760
CHINCHILLA_TOKENS_PER_PARAM = 20

# Published figures cited beside computed ones (never used as answers).
REFERENCES = {
    "gpt3_175b": [Reference("GPT-3 training compute (paper)", 3.14e23, "FLOPs",
                            "Brown et al. 2020, Table D.1"),
                  Reference("GPT-3 one training run (Lambda estimate)", 4.6e6, "US$",
                            "Lambda 2020: 355 V100 GPU-years at $1.50/h")],
    "llama31_405b": [Reference("Llama 3.1 405B training compute", 3.8e25, "FLOPs",
                               "Llama 3 paper (arXiv 2407.21783)")],
    "deepseek_v3": [Reference("DeepSeek-V3 training GPU-hours (H800)", 2.788e6, "GPU-hours",
                              "DeepSeek-V3 report (arXiv 2412.19437)")],
}


def training(b: Builder) -> Result:
    t = b.req.params
    mult = 8 if t.get("recompute") else 6
    flops: float | None = None
    model_name = ""
    if b.has("train_flops"):
        flops = b.num("train_flops", None, "FLOPs", "training compute")
    elif b.has("params") or b.has("model") or b.has("train_tokens"):
        if not (b.has("params") or b.has("model")):
            raise CalcError("missing_input", "How large is the model?", "Add e.g. 'a 70B model'.")
        model = b.model()
        model_name = model.short
        active = model.active_b * 1e9
        compute_optimal = bool(t.get("compute_optimal"))
        default_tokens = (model.train_tokens_t * 1e12 if model.train_tokens_t else None)
        if compute_optimal or (default_tokens is None and not b.has("train_tokens")):
            default_tokens = CHINCHILLA_TOKENS_PER_PARAM * model.params_b * 1e9
            org = "default"
            label = "training tokens (Chinchilla: 20 per parameter)"
        else:
            org, label = "catalog", "training tokens"
        tokens = b.num("train_tokens", default_tokens, "tokens", label, origin=org,
                       source=model.source if org == "catalog" else "Hoffmann et al. 2022")
        flops = mult * active * tokens
        b.step(f"{mult} x {fmt_params(active)} {'active ' if model.active_params_b else ''}"
               f"params x {human(tokens)} tokens = {flops:.3g} FLOPs")
        for ref in REFERENCES.get(model.id, []):
            b.references.append(ref)
    if flops is not None:
        b.fig("train_flops", flops, "FLOPs", "training compute")
    acc = b.accelerator()
    # achieved FLOP/s per GPU: stated TFLOP/s, else MFU x dense BF16 peak
    precision = str(t.get("precision", "bf16"))
    peak, used = acc.peak_tflops(precision)
    if flops is not None and (b.has("gpus") or b.has("servers")) and _duration_days(b) \
            and not (b.has("gpu_tflops") or b.has("mfu") or b.has("gpu_hours")):
        return _implied_mfu(b, flops, acc.short, peak, used)
    if b.has("gpu_tflops"):
        achieved = b.num("gpu_tflops", None, "TFLOP/s", "achieved per GPU") * 1e12
    else:
        mfu = b.num("mfu", 0.40, "", "MFU (model FLOPs utilization)",
                    source="typical large-scale dense training: 35-45%")
        achieved = mfu * peak * 1e12
        b.step(f"{mfu:.0%} MFU x {peak:,.1f} TFLOP/s dense {used.upper()} = "
               f"{achieved / 1e12:,.1f} TFLOP/s per GPU")
    gpu_hours: float | None = None
    if b.has("observed_tokens_per_s"):
        return _mfu_from_rate(b, acc.short, peak, used)
    if b.has("gpu_years"):
        gpu_hours = b.num("gpu_years", None, "GPU-years", "GPU-years") * HOURS_PER_YEAR
        b.step(f"GPU-years x {HOURS_PER_YEAR} = {gpu_hours:,.0f} GPU-hours")
    elif b.has("gpu_hours"):
        gpu_hours = b.num("gpu_hours", None, "GPU-hours", "GPU-hours")
    elif flops is not None:
        gpu_hours = flops / achieved / 3600
        b.step(f"{flops:.3g} / {achieved / 1e12:,.1f} TFLOP/s / 3600 = {gpu_hours:,.0f} GPU-hours")
    if gpu_hours is None:
        raise CalcError("missing_input", "I need the model size and tokens, the FLOPs, or the "
                        "GPU-hours.", "E.g. 'train a 70B model on 15T tokens on 1024 H100s'.")
    if flops is not None and (b.has("gpu_hours") or b.has("gpu_years")):
        implied = flops / (gpu_hours * 3600) / (peak * 1e12)
        b.fig("mfu", implied, "", "implied MFU")
    b.fig("gpu_hours", gpu_hours, "GPU-hours", "GPU-hours")
    b.fig("gpu_years", gpu_hours / HOURS_PER_YEAR, "GPU-years", "GPU-years")
    headline = f"{human(gpu_hours)} {acc.short} GPU-hours"
    if b.has("gpus") or b.has("servers"):
        gpus = b.num("gpus", None, "GPUs", "GPUs") if b.has("gpus") else \
            b.num("servers", None, "servers", "servers") * 8
        days = gpu_hours / gpus / 24
        b.step(f"{gpu_hours:,.0f} GPU-hours / {gpus:,.0f} GPUs / 24 = {days:,.1f} days")
        b.fig("train_days", days, "days", f"on {gpus:,.0f} GPUs")
        headline = f"{days:,.1f} days on {gpus:,.0f} {acc.short}"
    elif b.has("days"):
        days = b.num("days", None, "days", "days")
        gpus = math.ceil(gpu_hours / (days * 24))
        b.fig("gpus", gpus, "GPUs", f"to finish in {days:g} days")
        b.step(f"{gpu_hours:,.0f} GPU-hours / ({days:g} x 24 h) = {gpus:,} GPUs")
        headline = f"{human(gpus)} {acc.short} to train in {days:g} days"
    rate = rent_rate(b, acc)
    if rate is not None:
        cost = gpu_hours * rate
        b.fig("cost_usd", cost, "US$", f"at ${rate:g} per GPU-hour")
        b.fig("cost_cny", cost * fx(b), "RMB", "converted")
        b.step(f"{gpu_hours:,.0f} GPU-hours x ${rate:g} = ${cost:,.0f}")
        headline += f", about US${human(cost)}"
    watts, _ = gpu_power_w(b, acc)
    pue = b.num("pue", b.cat.rates.pue, "", "PUE", origin="catalog")
    b.fig("energy_kwh", gpu_hours * watts * pue / 1000, "kWh", "energy incl. PUE")
    if flops is not None and not (b.has("gpus") or b.has("days") or b.has("gpu_hours")
                                  or b.has("gpu_years") or rate is not None):
        headline = f"{flops:.3g} FLOPs" + (f" to train {model_name}" if model_name else "") + \
            f" ({human(gpu_hours)} {acc.short} GPU-hours)"
    elif flops is not None and not b.has("gpu_hours"):
        headline = f"{flops:.3g} FLOPs: " + headline
    b.hints.extend(["on 2048 H100s", "in 90 days", "at 50% MFU", "at $2/hr"])
    return b.result("training", headline)


def _duration_days(b: Builder) -> float | None:
    if b.has("days"):
        return float(b.req.params["days"])
    if b.has("period_months"):
        return float(b.req.params["period_months"]) * 30.4375
    return None


def _implied_mfu(b: Builder, flops: float, acc_short: str, peak: float, used: str) -> Result:
    """GPUs and wall-clock time both given: the MFU they imply, and what the run cost."""
    gpus = b.num("gpus", None, "GPUs", "GPUs") if b.has("gpus") else \
        b.num("servers", None, "servers", "servers") * 8
    days = _duration_days(b) or 0.0
    b.assume("days", round(days, 2), "days", b.req.origin("days") or b.req.origin("period_months")
             or "question", "training time")
    gpu_hours = gpus * days * 24
    mfu = flops / (gpu_hours * 3600) / (peak * 1e12)
    b.step(f"{flops:.3g} FLOPs / ({gpus:,.0f} GPUs x {days:,.1f} days x 86,400 s) = "
           f"{flops / (gpu_hours * 3600) / 1e12:,.1f} TFLOP/s per GPU; / {peak:,.1f} dense "
           f"{used.upper()} = {mfu:.1%} MFU")
    if mfu > 1:
        raise CalcError("contradiction", f"That would need {mfu:.0%} MFU, above the hardware's "
                        "peak.", "Check the GPU count, the time, or the model and token counts.")
    b.fig("mfu", mfu, "", "implied MFU")
    b.fig("gpu_hours", gpu_hours, "GPU-hours", "GPU-hours")
    b.fig("gpu_years", gpu_hours / HOURS_PER_YEAR, "GPU-years", "GPU-years")
    b.fig("train_days", days, "days", f"on {gpus:,.0f} GPUs")
    headline = f"{mfu:.1%} MFU implied: {flops:.3g} FLOPs on {gpus:,.0f} {acc_short} in {days:,.0f} days"
    rate = rent_rate(b, b.cat.accelerators[_acc_id(b)])
    if rate is not None:
        b.fig("cost_usd", gpu_hours * rate, "US$", f"at ${rate:g} per GPU-hour")
        b.fig("cost_cny", gpu_hours * rate * fx(b), "RMB", "converted")
        b.step(f"{gpu_hours:,.0f} GPU-hours x ${rate:g} = ${gpu_hours * rate:,.0f}")
        headline += f", about US${human(gpu_hours * rate)}"
    return b.result("training", headline)


def _acc_id(b: Builder) -> str:
    key = str(b.req.params.get("accelerator", "h100_sxm"))
    return key if key in b.cat.accelerators else "h100_sxm"


def _mfu_from_rate(b: Builder, acc_short: str, peak: float, used: str) -> Result:
    model = b.model()
    tps = b.num("observed_tokens_per_s", None, "tokens/s", "observed training throughput")
    gpus = b.num("gpus", None, "GPUs", "GPUs")
    mult = 8 if b.req.params.get("recompute") else 6
    achieved = mult * model.active_b * 1e9 * tps / gpus
    mfu = achieved / (peak * 1e12)
    b.step(f"{mult} x {fmt_params(model.active_b * 1e9)} x {human(tps)} tokens/s / {gpus:,.0f} "
           f"GPUs = {achieved / 1e12:,.1f} TFLOP/s per GPU; / {peak:,.1f} dense {used.upper()}")
    if mfu > 1:
        raise CalcError("contradiction", f"That rate implies {mfu:.0%} MFU, above the hardware's "
                        "peak.", "Check the tokens/s, the GPU count or the model size.")
    b.fig("mfu", mfu, "", "model FLOPs utilization")
    b.fig("gpu_tflops", achieved / 1e12, "TFLOP/s", "achieved per GPU")
    return b.result("training", f"{mfu:.1%} MFU on {gpus:,.0f} {acc_short}")
