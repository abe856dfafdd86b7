"""Which figures answer the question, per intent: the first screen of an answer.

A Result carries every figure the calculation produced (a fleet answer has eighteen); a reader
on a phone wants the three to five that answer what was asked, and the assumptions that move
them most, in one line. They are declared here, next to the calculation, so that every front
end shows the same ones. Names are the canonical figure and assumption names of calc/result.py
(README 'Figure names'); a name a result does not carry is skipped.
"""

from __future__ import annotations

from calc.result import Assumption, Figure, Result

# intent -> figure names in the order a reader wants them; the first present ones are shown
KEY_FIGURES: dict[str, tuple[str, ...]] = {
    "fleet": ("gpus", "servers", "gpus_today", "power_mw", "cost_usd",
              "cost_per_million_tokens_usd"),
    "throughput": ("users", "tokens_per_s", "tokens_per_s_per_gpu", "qps", "ttft_ms", "tpot_ms"),
    "training": ("train_days", "gpu_hours", "cost_usd", "cost_usd_then", "train_flops",
                 "energy_kwh"),
    "capex": ("gpus", "cost_usd", "cost_cny", "cost_per_day_usd"),
    "power": ("power_mw", "gpus", "servers", "energy_kwh", "cost_usd", "capex_usd"),
    "energy": ("energy_per_query_wh", "energy_kwh", "power_mw", "queries_per_day"),
    "growth": ("growth_factor", "doubling_months", "months", "monthly_growth_factor"),
    "convert": ("gpus", "flops"),
    "memory": ("fits", "memory_gb", "max_kv_tokens", "gpus", "kv_cache_gb", "hbm_gb",
               "cost_usd"),
    "google_search": ("servers", "gpus", "cost_per_day_usd", "cost_per_query_usd"),
}

# intent -> the assumptions shown in the one-line summary (the rest are one tap away)
KEY_ASSUMPTIONS: dict[str, tuple[str, ...]] = {
    "fleet": ("model", "precision", "queries_per_user", "output_tokens", "peak_factor"),
    "throughput": ("model", "precision", "output_tokens", "input_tokens"),
    "training": ("params", "train_tokens", "accelerator", "mfu", "rent_usd_per_hour"),
    "capex": ("accelerator", "price_usd", "rent_usd_per_hour", "usd_cny"),
    "power": ("accelerator", "watts_per_gpu", "pue", "electricity_usd_per_kwh"),
    "energy": ("watts_per_gpu", "watts_per_server", "pue"),
    "growth": ("doubling_months", "period_months", "factor"),
    "convert": ("accelerator", "precision"),
    "memory": ("model", "precision", "accelerator"),
    "google_search": ("accelerator", "model", "rent_usd_per_hour"),
}

MAX_FIGURES = 5
MIN_FIGURES = 3
FALLBACK = 4            # an intent not declared here: its first figures
MAX_ASSUMPTIONS = 4


def key_figures(res: Result, lang: str = "en") -> tuple[Figure, ...]:
    """The 3-5 figures that answer the question (fewer when the result has fewer); a Chinese
    reader gets the RMB figure in place of the US$ one when both are there."""
    names = KEY_FIGURES.get(res.intent)
    if not names:
        return res.figures[:FALLBACK]
    if lang == "zh" and res.figure("cost_cny") is not None:
        names = tuple("cost_cny" if n == "cost_usd" else n for n in names)
    picked = [f for n in dict.fromkeys(names) if (f := res.figure(n)) is not None][:MAX_FIGURES]
    if len(picked) < MIN_FIGURES:
        picked += [f for f in res.figures if f not in picked][: MIN_FIGURES - len(picked)]
    return tuple(picked) if picked else res.figures[:FALLBACK]


def key_assumptions(res: Result) -> tuple[Assumption, ...]:
    """The assumptions that move the key figures most, for a one-line summary; the intent's
    first ones when it declares none."""
    names = KEY_ASSUMPTIONS.get(res.intent, ())
    by_name = {a.name: a for a in res.assumptions}
    picked = [by_name[n] for n in names if n in by_name]
    if not picked:
        picked = list(res.assumptions)
    return tuple(picked[:MAX_ASSUMPTIONS])
