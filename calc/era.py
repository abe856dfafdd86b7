"""Training cost at the prices of the time, beside today's.

"What did GPT-3 cost to train?" has two honest answers: what the run cost on the hardware and
rental prices of its day (V100s at US$1.50 an hour in 2020), and what the same compute costs
on today's default hardware. Both are computed (never memorised) from the catalog: the model's
`trained_on` accelerator and `trained_year`, that accelerator's catalogued rental price and
its date. A stated year ("at 2020 prices") asks for this reading explicitly.
"""

from __future__ import annotations

from calc.build import Builder
from calc.catalog import Model


def cost_then(b: Builder, model: Model, flops: float, mfu: float) -> float | None:
    """Figures for the run on its own hardware at its time's rental price; the cost, or None
    when the catalog does not know the hardware or its price."""
    if model.trained_on is None or model.trained_year is None:
        return None
    acc = b.cat.accelerators[model.trained_on]
    price = b.cat.price(acc.id)
    if price is None or not price.rent_usd_per_hour:
        return None
    stated = b.req.params.get("year")
    if stated is None or int(float(stated)) == model.trained_year:
        b.read.add("year")
    else:
        b.set_aside("year", "unused.year_other", year=model.trained_year)
    peak, used = acc.peak_tflops("bf16")
    gpu_hours = flops / (mfu * peak * 1e12) / 3600
    cost = gpu_hours * price.rent_usd_per_hour
    b.assume("accelerator_then", acc.short, "", "catalog", b.tr("label.accelerator_then"),
             model.trained_source)
    b.assume("rent_usd_per_hour_then", price.rent_usd_per_hour, "US$/GPU-h", "catalog",
             b.tr("label.rent_then"), f"{price.source} (as of {price.as_of})")
    b.step(b.tr("step.cost_then", flops=flops, mfu=mfu, peak=peak, prec=used.upper(),
                acc=acc.short, gpu_hours=gpu_hours, rate=price.rent_usd_per_hour, cost=cost,
                year=model.trained_year))
    b.fig("cost_usd_then", cost, "US$", b.tr("fig.cost_then", acc=acc.short,
                                             year=model.trained_year))
    b.fig("gpu_hours_then", gpu_hours, "GPU-hours", b.tr("fig.gpu_hours_then", acc=acc.short))
    b.fig("year_then", model.trained_year, "", b.tr("fig.year_then"))
    return cost
