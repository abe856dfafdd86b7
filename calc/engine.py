"""The calculator's front door: a Request in, a Result out."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from calc.build import Builder
from calc.catalog import Catalog, load
from calc.costs import capex_intent, power_intent
from calc.inference import fleet, google_search, throughput
from calc.other import convert, growth, memory
from calc.parse import Request, parse
from calc.result import Result
from calc.training import training

_DISPATCH: dict[str, Callable[[Builder], Result]] = {
    "fleet": fleet, "throughput": throughput, "training": training, "capex": capex_intent,
    "power": power_intent, "growth": growth, "convert": convert, "memory": memory,
    "google_search": google_search,
}


def compute(req: Request, *, catalog: Catalog | None = None,
            defaults: Mapping[str, float] | None = None) -> Result:
    """Run the capability the request names. Raises CalcError for bad or missing inputs."""
    b = Builder(req=req, cat=catalog or load(), defaults=dict(defaults or {}))
    return _DISPATCH[req.intent](b)


def ask(text: str, previous: Request | None = None, *,
        overrides: Mapping[str, float | str | bool] | None = None,
        catalog: Catalog | None = None) -> tuple[Request, Result]:
    """Parse and compute in one call; overrides are per-chat assumptions (/assume)."""
    req = parse(text, previous, catalog)
    if overrides:
        req = req.with_overrides(overrides)
    return req, compute(req, catalog=catalog)
