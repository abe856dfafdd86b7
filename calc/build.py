"""Shared plumbing for the calculator modules: read a parameter (recording where it came
from), check that it is physically sensible, and collect figures, assumptions and steps."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from calc.catalog import Accelerator, Catalog, Model
from calc.parse import Request
from calc.result import Assumption, CalcError, Figure, Reference, Result

# (lowest, highest) accepted for each quantity a user can give; outside is an error, not a guess.
LIMITS: dict[str, tuple[float, float, str]] = {
    "users": (1, 1e10, "users"),
    "qps": (1e-6, 1e9, "queries per second"),
    "queries_per_user": (0.01, 10_000, "queries per user per day"),
    "input_tokens": (1, 10_000_000, "input tokens per query"),
    "output_tokens": (1, 1_000_000, "output tokens per query"),
    "peak_factor": (1, 20, "peak-to-average factor"),
    "gpus": (1, 1e8, "accelerators"),
    "servers": (1, 1e7, "servers"),
    "train_tokens": (1e6, 1e16, "training tokens"),
    "params": (1e6, 1e14, "parameters"),
    "active_params": (1e6, 1e14, "active parameters"),
    "train_flops": (1e12, 1e32, "FLOPs"),
    "gpu_tflops": (0.01, 1e5, "TFLOP/s per GPU"),
    "mfu": (0.001, 1.0, "MFU"),
    "gpu_hours": (1e-3, 1e12, "GPU-hours"),
    "gpu_years": (1e-6, 1e8, "GPU-years"),
    "days": (1e-3, 36_500, "days"),
    "rent_usd_per_hour": (1e-4, 10_000, "US$ per GPU-hour"),
    "rent_cny_per_hour": (1e-3, 100_000, "RMB per GPU-hour"),
    "price_usd": (1, 1e9, "US$ per unit"),
    "price_cny": (1, 1e10, "RMB per unit"),
    "budget_usd": (1, 1e14, "US$"),
    "budget_cny": (1, 1e15, "RMB"),
    "usd_cny": (0.1, 100, "RMB per US$"),
    "pue": (1.0, 3.0, "PUE"),
    "electricity_usd_per_kwh": (1e-4, 10, "US$ per kWh"),
    "tpot_ms": (1, 10_000, "ms per output token"),
    "capacity_flops": (1e9, 1e25, "FLOP/s"),
    "doubling_months": (0.01, 1200, "months"),
    "period_months": (0.01, 12_000, "months"),
    "factor": (1.0001, 1e30, "x"),
    "growth_rate_year": (-0.99, 1000, "per year"),
    "hbm_multiple": (0.1, 100, "x DRAM price"),
    "hbm_multiple_high": (0.1, 100, "x DRAM price"),
    "users_to": (1, 1e10, "users"),
    "power_mw": (1e-6, 1e6, "MW"),
    "observed_tokens_per_s": (1e-3, 1e12, "tokens/s"),
}


@dataclass
class Builder:
    req: Request
    cat: Catalog
    defaults: dict[str, float] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.req.params

    def num(self, name: str, default: float | None, unit: str, label: str, *,
            origin: str = "default", source: str = "", record: bool = True) -> float:
        """A numeric parameter: from the question/conversation if given, else the default."""
        if name in self.req.params:
            raw = self.req.params[name]
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise CalcError("bad_number", f"The {label} must be a number.", "")
            value = float(raw)
            check(name, value)
            org = self.req.origin(name) or "question"
        else:
            if default is None:
                raise CalcError("missing_input", f"I need the {label} for that.",
                                f"Add it to the question, e.g. '... {unit_example(name)}'.")
            value = float(self.defaults.get(name, default))
            org = origin if name not in self.defaults else "default"
        if record:
            self.assume(name, value, unit, org, label, source)
        return value

    def assume(self, name: str, value: float | str, unit: str, origin: str, label: str,
               source: str = "") -> None:
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        self.assumptions.append(Assumption(name, value, unit, origin, label, source))  # type: ignore[arg-type]

    def fig(self, name: str, value: float, unit: str, label: str = "") -> float:
        if not math.isfinite(value):
            raise CalcError("bad_number", "Those inputs give a result too large to be meaningful.",
                            "Try smaller quantities.")
        self.figures.append(Figure(name, float(value), unit, label))
        return value

    def value_of(self, name: str) -> float:
        return next((f.value for f in self.figures if f.name == name), 0.0)

    def step(self, text: str) -> None:
        self.steps.append(text)

    def accelerator(self, default: str = "h100_sxm") -> Accelerator:
        key = self.req.params.get("accelerator")
        acc = self.cat.accelerators[str(key)] if key in self.cat.accelerators else \
            self.cat.accelerators[default]
        org = self.req.origin("accelerator") or "default"
        self.assume("accelerator", acc.short, "", org, "accelerator", acc.source)
        return acc

    def model(self, default: str = "gpt3_175b") -> Model:
        """A catalog model, or an ad-hoc one from 'a 70B model' / '671B total, 37B active'."""
        if "params" in self.req.params and ("model" not in self.req.params
                                            or (self.req.origin("params") == "question"
                                            and self.req.origin("model") != "question")):
            total = self.num("params", None, "parameters", "parameters")
            active = self.num("active_params", total, "parameters", "active parameters",
                              origin="derived") if self.has("active_params") else total
            if active > total:
                raise CalcError("contradiction", "Active parameters cannot exceed the total.",
                                "Say e.g. '671B total and 37B active'.")
            return adhoc_model(total, active)
        key = str(self.req.params.get("model", default))
        m = self.cat.models.get(key) or self.cat.models[default]
        org = self.req.origin("model") or "default"
        self.assume("model", m.short, "", org, "model", m.source)
        return m

    def result(self, intent: str, headline: str) -> Result:
        return Result(intent=intent, headline=headline, figures=tuple(self.figures),
                      assumptions=tuple(self.assumptions), steps=tuple(self.steps),
                      references=tuple(self.references), notes=tuple(self.notes),
                      change_hints=tuple(self.hints))


def adhoc_model(total: float, active: float) -> Model:
    """A model known only by size. Architecture for the KV cache is estimated from the
    Llama-family shape (GQA with 8 KV heads of 128 dims; layers ~ 2.8 x params_b^0.37)."""
    pb = total / 1e9
    layers = max(12, round(2.8 * pb ** 0.37 * 4))  # ~32 at 7B, ~80 at 70B, ~126 at 405B
    kv = 2 * layers * 8 * 128 * 2
    name = f"{fmt_params(total)} model" if active == total else \
        f"{fmt_params(total)} MoE ({fmt_params(active)} active)"
    return Model(id="adhoc", name=name, short=name, aliases=(), params_b=pb,
                 active_params_b=active / 1e9 if active != total else None, layers=layers,
                 kv_heads=8, head_dim=128, kv_bytes_per_token=kv,
                 source="given in the question; KV cache estimated from a Llama-style GQA shape",
                 as_of="-")


def check(name: str, value: float) -> None:
    lo, hi, label = LIMITS.get(name, (-math.inf, math.inf, name))
    if math.isnan(value) or math.isinf(value):
        raise CalcError("bad_number", f"The {label} must be a finite number.", "")
    if value <= 0 and lo > 0:
        raise CalcError("bad_number", f"The {label} must be more than zero (got {value:g}).",
                        f"Try e.g. {unit_example(name)}.")
    if value < lo or value > hi:
        raise CalcError("bad_number", f"{value:,.4g} {label} is outside what I can size sensibly "
                        f"({lo:,.4g} to {hi:,.4g}).", f"Try e.g. {unit_example(name)}.")


def unit_example(name: str) -> str:
    return {
        "users": "'100M users'", "gpus": "'25,000 H100s'", "train_tokens": "'on 15T tokens'",
        "params": "'a 70B model'", "rent_usd_per_hour": "'at $2/hr'", "price_usd": "'at $30k each'",
        "price_cny": "'at 240,000 yuan each'", "days": "'in 30 days'", "mfu": "'at 40% MFU'",
        "doubling_months": "'doubles every 3.5 months'", "queries_per_user": "'15 queries per user'",
        "capacity_flops": "'200 EFLOPS at FP16'", "gpu_tflops": "'at 140 TFLOP/s per GPU'",
    }.get(name, "a positive number")


def fmt_params(p: float) -> str:
    return f"{p / 1e12:g}T" if p >= 1e12 else f"{p / 1e9:g}B" if p >= 1e9 else f"{p / 1e6:g}M"


def human(x: float, unit: str = "") -> str:
    """3 significant figures with a word multiplier: 4.1 million, 6.00 billion."""
    ax = abs(x)
    for div, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if ax >= div:
            s = f"{x / div:,.3g}{word}"
            break
    else:
        s = f"{x:,.0f}" if ax >= 100 else f"{x:,.3g}"
    return f"{s} {unit}".strip()
