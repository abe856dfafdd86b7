"""The serving model against published measurements (calc/data/validation.toml).

Each case is run through the same roofline the answers use (calc/roofline.py), on exactly the
tensor-parallel group that was measured, at the measured request lengths and precision, with no
latency target (the measurements are max-load throughput runs). `evaluate` gives the ratio
model / measured per case and the mean absolute error on the fit and test sides of the fixed
split; `fit` searches the few global factors of a Calibration on the fit side only.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from calc.catalog import Catalog, load
from calc.roofline import CALIBRATION, LEGACY_V40, Calibration, group_point

DATA = Path(__file__).parent / "data" / "validation.toml"
FACTORS = ("decode", "prefill", "hbm", "link", "moe", "fp4")
BOUNDS = {"decode": (0.2, 1.2), "prefill": (0.2, 1.2), "hbm": (0.4, 1.0), "link": (0.05, 1.0),
          "moe": (0.2, 1.2), "fp4": (0.3, 1.0)}


@dataclass(frozen=True)
class Case:
    id: str
    source: str
    accelerator: str
    model: str
    gpus: int
    precision: str
    input_tokens: float
    output_tokens: float
    measured: float            # output tokens/s for the gpus, as converted from the source
    published: float           # the figure as published
    metric: str
    split: str


@dataclass(frozen=True)
class Row:
    case: Case
    predicted: float

    @property
    def ratio(self) -> float:
        return self.predicted / self.case.measured

    @property
    def error(self) -> float:
        return abs(self.ratio - 1)


@dataclass(frozen=True)
class Report:
    calibration: Calibration
    rows: tuple[Row, ...]

    def mae(self, split: str | None = None) -> float:
        rows = [r for r in self.rows if split is None or r.case.split == split]
        return sum(r.error for r in rows) / len(rows) if rows else math.nan

    @property
    def max_error(self) -> float:
        return max(r.error for r in self.rows)


@cache
def table() -> dict[str, Any]:
    with DATA.open("rb") as f:
        return tomllib.load(f)


def cases() -> tuple[Case, ...]:
    t = table()
    out = []
    for e in t["case"]:
        src = t["sources"][e["source"]]
        metric = src["metric"]
        published = float(e["measured"])
        lin, lout = float(e["input_tokens"]), float(e["output_tokens"])
        measured = published * lout / (lin + lout) if metric == "total" else published
        if e["split"] not in ("fit", "test"):
            raise ValueError(f"validation case {e['id']}: split must be fit or test")
        out.append(Case(id=e["id"], source=e["source"], accelerator=e["accelerator"],
                        model=e["model"], gpus=int(e["gpus"]), precision=e["precision"],
                        input_tokens=lin, output_tokens=lout, measured=measured,
                        published=published, metric=metric, split=e["split"]))
    return tuple(out)


def predict(case: Case, cal: Calibration, cat: Catalog | None = None) -> float:
    cat = cat or load()
    pt = group_point(cat.models[case.model], cat.accelerators[case.accelerator], case.precision,
                     case.gpus, input_tokens=case.input_tokens,
                     output_tokens=case.output_tokens, cal=cal)
    if pt is None:
        raise ValueError(f"validation case {case.id}: the model does not fit on {case.gpus} GPUs")
    return pt.tokens_per_s_per_gpu * case.gpus


def latency(cal: Calibration = CALIBRATION) -> list[tuple[dict[str, Any], float]]:
    """(case, model end-to-end seconds) for the latency cases: time to first token plus the
    remaining decode steps, at the stated batch on the stated group."""
    cat = load()
    out = []
    for e in table().get("latency", []):
        pt = group_point(cat.models[e["model"]], cat.accelerators[e["accelerator"]],
                         e["precision"], int(e["gpus"]), input_tokens=float(e["input_tokens"]),
                         output_tokens=float(e["output_tokens"]), cal=cal,
                         max_batch=int(e["batch"]))
        if pt is None:
            raise ValueError(f"latency case {e['id']}: does not fit")
        out.append((e, pt.ttft_s + (float(e["output_tokens"]) - 1) * pt.step_s))
    return out


def evaluate(cal: Calibration = CALIBRATION) -> Report:
    cat = load()
    return Report(cal, tuple(Row(c, predict(c, cal, cat)) for c in cases()))


def fit(start: Calibration = LEGACY_V40, rounds: int = 6) -> Calibration:
    """Coordinate search on the fit side only: each factor in turn over a shrinking grid,
    minimizing the mean absolute relative error, from the legacy factors (link 0.5).
    Deterministic: the same table gives the same factors."""
    cat = load()
    fit_cases = [c for c in cases() if c.split == "fit"]

    def loss(cal: Calibration) -> float:
        return sum(abs(predict(c, cal, cat) / c.measured - 1) for c in fit_cases) / len(fit_cases)

    cal = replace(start, tp_on_compute_only=False, prefill_attention=True, tp=0.0,
                  link=start.link or 0.5, moe_attention_dp=True)
    best = loss(cal)
    span = 0.5
    for _ in range(rounds):
        for name in FACTORS:
            lo, hi = BOUNDS[name]
            here = getattr(cal, name)
            for k in range(-8, 9):
                v = min(hi, max(lo, here + span * (hi - lo) * k / 8))
                trial = replace(cal, **{name: round(v, 4)})
                val = loss(trial)
                if val < best - 1e-12:
                    best, cal = val, trial
        span /= 2
    return cal
