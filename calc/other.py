"""Growth, compute-capacity conversions and memory fit: the article's smaller questions."""

from __future__ import annotations

import math

from calc.build import Builder, human
from calc.catalog import BYTES_PER_PARAM
from calc.result import CalcError, Reference, Result
from calc.roofline import MEMORY_USABLE, kv_bytes_per_token, min_group, weight_bytes

OPENAI_2018 = "OpenAI, 'AI and Compute' (2018): 3.4-month doubling, >300,000x in 2012-2018"


def growth(b: Builder) -> Result:
    if b.has("users_to") and b.has("users") and not b.has("doubling_months"):
        start = b.num("users", None, "users", "users at the start")
        end = b.num("users_to", None, "users", "users at the end")
        period = b.num("period_months", None, "months", "period")
        if end <= start:
            raise CalcError("contradiction", "The end count must be larger than the start.",
                            "E.g. 'from 1M to 100M users in 2 months'.")
        f = end / start
        d = period / math.log2(f)
        b.step(f"{human(end)} / {human(start)} = {f:,.4g}x in {period:,.3g} months; "
               f"doubling time = {period:,.3g} / log2({f:,.4g}) = {d:.2f} months")
        b.fig("growth_factor", f, "x", "growth over the period")
        b.fig("doubling_months", d, "months", "doubling time")
        b.fig("monthly_growth_factor", f ** (1 / period), "x", "growth per month")
        return b.result("growth", f"Users double every {d:.2f} months ({d * 30.4375:.1f} days): "
                        f"{human(start)} to {human(end)} in {period:,.3g} months")
    if b.has("doubling_months"):
        d = b.num("doubling_months", None, "months", "doubling time")
        if b.has("factor"):
            f = b.num("factor", None, "x", "growth factor")
            months = d * math.log2(f)
            b.step(f"{d:g} x log2({f:,.0f}) = {d:g} x {math.log2(f):.2f} = {months:.1f} months")
            b.fig("months", months, "months", "time to grow")
            b.fig("years", months / 12, "years", "")
            b.references.append(Reference("OpenAI: growth 2012-2018", 300_000, "x", OPENAI_2018))
            return b.result("growth", f"{months:.1f} months ({months / 12:.1f} years) to grow "
                            f"{human(f)}x at one doubling every {d:g} months")
        period = b.num("period_months", 12, "months", "period")
        f = 2 ** (period / d)
        b.step(f"2^({period:g} / {d:g}) = {f:,.4g}x")
        b.fig("growth_factor", f, "x", f"growth in {period:g} months")
        return b.result("growth", f"{human(f)}x in {period:g} months at one doubling every "
                        f"{d:g} months")
    rate = b.num("growth_rate_year", None, "per year", "annual growth rate")
    if b.has("factor"):
        f = b.num("factor", None, "x", "growth factor")
        if rate <= 0:
            raise CalcError("contradiction", "A shrinking quantity never grows by that factor.", "")
        years = math.log(f) / math.log(1 + rate)
        b.fig("months", years * 12, "months", "time to grow")
        return b.result("growth", f"{years:.1f} years to grow {human(f)}x at {rate:.0%} a year")
    period = b.num("period_months", 12, "months", "period")
    f = (1 + rate) ** (period / 12)
    b.step(f"(1 + {rate:.0%})^({period:g}/12) = {f:,.4g}x")
    b.fig("growth_factor", f, "x", f"growth in {period:g} months")
    return b.result("growth", f"{f:,.3g}x in {period / 12:g} years at {rate:.0%} a year")


def convert(b: Builder) -> Result:
    acc = b.accelerator()
    cap = b.num("capacity_flops", None, "FLOP/s", "compute capacity")
    precision = str(b.req.params.get("precision", "fp16"))
    b.assume("precision", precision.upper(), "", b.req.origin("precision") or "default",
             "precision of the comparison")
    peak, used = acc.peak_tflops(precision)
    n = cap / (peak * 1e12)
    b.step(f"{cap:.3g} FLOP/s / {peak:,.1f} TFLOP/s ({acc.short}, dense {used.upper()}) = "
           f"{n:,.0f}")
    b.fig("gpus", math.ceil(n), "GPUs", f"{acc.short} at dense {used.upper()}")
    b.fig("flops", cap, "FLOP/s", "capacity")
    b.notes.append("National capacity figures (e.g. China's 202 EFLOPS, CAICT 2021) mix "
                   "precisions; the equivalence holds only at the precision stated.")
    return b.result("convert", f"{human(math.ceil(n))} {acc.short} equal {cap / 1e18:g} EFLOPS "
                    f"at dense {used.upper()}")


def memory(b: Builder) -> Result:
    acc = b.accelerator()
    if (b.has("gpus") or b.has("servers")) and not b.has("model") and not b.has("params"):
        gpus = b.num("gpus", None, "GPUs", "accelerators") if b.has("gpus") else \
            b.num("servers", None, "servers", "servers") * 8
        hbm = gpus * acc.mem_gb
        b.fig("hbm_gb", hbm, "GB", "fleet HBM")
        b.step(f"{gpus:,.0f} x {acc.mem_gb:g} GB = {hbm:,.0f} GB")
        r = b.cat.rates
        dram = b.num("dram_usd_per_gb", r.dram_usd_per_gb, "US$/GB", "DRAM price",
                     origin="catalog", source=r.memory_source)
        mult = b.num("hbm_multiple", r.hbm_multiple, "x", "HBM price / DRAM price",
                     origin="catalog", source=r.memory_source)
        b.fig("cost_usd", hbm * dram * mult, "US$", f"HBM at {mult:g}x DRAM")
        b.step(f"{hbm:,.0f} GB x ${dram:g}/GB x {mult:g} = ${hbm * dram * mult:,.0f}")
        cost = f"US${human(hbm * dram * mult)} at {mult:g}x DRAM prices"
        if b.has("hbm_multiple_high"):
            hi = b.num("hbm_multiple_high", None, "x", "HBM price / DRAM price (high end)")
            b.fig("cost_usd_high", hbm * dram * hi, "US$", f"HBM at {hi:g}x DRAM")
            cost = f"US${human(hbm * dram * mult)}-{human(hbm * dram * hi)} at {mult:g}-{hi:g}x " \
                   "DRAM prices"
        return b.result("memory", f"{human(hbm / 1000)} TB of HBM in {gpus:,.0f} {acc.short}, "
                        f"about {cost}")
    model = b.model(default="llama3_70b")
    precision = str(b.req.params.get("precision", "bf16"))
    b.assume("precision", precision.upper(), "", b.req.origin("precision") or "default",
             "precision of the weights")
    gpus = b.num("gpus", 1, "GPUs", "accelerators")
    w = weight_bytes(model, precision)
    usable = gpus * acc.mem_gb * 1e9 * MEMORY_USABLE
    kv_tok = kv_bytes_per_token(model, precision)
    b.step(f"weights: {model.params_b:g}B params x {BYTES_PER_PARAM[precision]:g} bytes = "
           f"{w / 1e9:,.1f} GB; usable memory {gpus:g} x {acc.mem_gb:g} GB x "
           f"{MEMORY_USABLE:.0%} = {usable / 1e9:,.1f} GB")
    b.fig("memory_gb", w / 1e9, "GB", "weights")
    b.fig("kv_bytes_per_token", kv_tok, "bytes", "KV cache per token")
    fits = w <= usable
    b.fig("fits", 1.0 if fits else 0.0, "", "fits (1 = yes, 0 = no)")
    left = max(0.0, usable - w)
    if kv_tok:
        b.fig("max_kv_tokens", left / kv_tok, "tokens", "KV-cache tokens that fit beside them")
    need = min_group(model, acc, precision)
    if need is not None:
        b.fig("gpus", need, "GPUs", "smallest power-of-two group with room for the KV cache")
    verdict = "fits" if fits else "does not fit"
    room = f", leaving room for {left / kv_tok:,.0f} tokens of KV cache" if fits and kv_tok else ""
    if not fits and need is not None:
        room = f"; it needs {need} x {acc.short}"
    return b.result("memory", f"{model.short} in {precision.upper()} ({w / 1e9:,.0f} GB) {verdict}"
                    f" on {gpus:g} x {acc.short}{room}")
