"""The serving model against published measurements (calc/data/validation.toml).

Each case is run through the same roofline the answers use (calc/roofline.py), on exactly the
tensor-parallel group that was measured, at the measured request lengths and precision, with no
latency target (the measurements are max-load throughput runs). `evaluate` gives the ratio
model / measured per case at one calibration; `fit` searches the few global factors of a
Calibration on every TensorRT-LLM case (the answers' calibration); `crossval` is the
out-of-sample figure: the cases are dealt into FOLDS folds by a hash of their id, and each case
is predicted by factors fitted without its fold. The table's `split` is the fixed split used
before cross-validation, kept to reproduce the older calibrations' figures.
"""

from __future__ import annotations

import math
import tomllib
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from calc.catalog import Catalog, load
from calc.roofline import CALIBRATION, LEGACY_V40, Calibration, ServingPoint, group_point

DATA = Path(__file__).parent / "data" / "validation.toml"
CALIBRATION_STACK = "trtllm"    # the software family the factors are fitted on
FACTORS = ("decode", "prefill", "hbm", "link", "moe", "fp4", "host_us", "collective_us")
BOUNDS = {"decode": (0.2, 1.2), "prefill": (0.2, 1.2), "hbm": (0.4, 1.0), "link": (0.05, 1.0),
          "moe": (0.2, 1.2), "fp4": (0.3, 1.0), "host_us": (0.0, 40.0),
          "collective_us": (0.0, 400.0)}
FOLDS = 5


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
    requests: int | None = None    # requests in the run (a finite run drains in waves)
    max_seqs: int | None = None    # the scheduler's batch cap as the run set it
    stack: str = CALIBRATION_STACK  # the serving software family the source measured
    kv_reserve: str = ""            # "current": the stack reserves KV at the current length

    @property
    def fold(self) -> int:
        """The cross-validation fold, from the id alone: adding a case moves no other one."""
        return zlib.crc32(self.id.encode()) % FOLDS


@dataclass(frozen=True)
class Row:
    case: Case
    predicted: float
    base: float = 0.0           # the calibration's figure before any stack factor
    stack_factor: float = 1.0   # for another stack: fitted on its other cases (leave one out)

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
        reqs = e.get("requests") or src.get("requests", {}).get(f"{e['input_tokens']}/"
                                                                f"{e['output_tokens']}")
        if e["split"] not in ("fit", "test"):
            raise ValueError(f"validation case {e['id']}: split must be fit or test")
        out.append(Case(id=e["id"], source=e["source"], accelerator=e["accelerator"],
                        model=e["model"], gpus=int(e["gpus"]), precision=e["precision"],
                        input_tokens=lin, output_tokens=lout, measured=measured,
                        published=published, metric=metric, split=e["split"],
                        requests=int(reqs) if reqs else None,
                        max_seqs=int(e["max_seqs"]) if "max_seqs" in e else None,
                        stack=src.get("stack", CALIBRATION_STACK),
                        kv_reserve=src.get("kv_reserve", "")))
    return tuple(out)


def predict(case: Case, cal: Calibration, cat: Catalog | None = None) -> float:
    """Output tokens/s of the measured run: at most `max_seqs` (else the calibration's cap) and
    at most `requests` sequences at once; a run of N equal requests at batch B goes in waves of
    B (the last one smaller), so its throughput is N x output / the waves' time."""
    cat = cat or load()
    model, acc = cat.models[case.model], cat.accelerators[case.accelerator]
    caps = [c for c in (case.max_seqs, case.requests) if c]
    if case.kv_reserve == "current":      # the stack admits at the current length (vLLM)
        cal = replace(cal, reserve_full_kv=False)

    def point(cap: int | None) -> ServingPoint:
        pt = group_point(model, acc, case.precision, case.gpus, input_tokens=case.input_tokens,
                         output_tokens=case.output_tokens, cal=cal, max_batch=cap)
        if pt is None:
            raise ValueError(f"validation case {case.id}: the model does not fit on "
                             f"{case.gpus} GPUs")
        return pt

    pt = point(min(caps) if caps else None)
    if not case.requests:
        return pt.tokens_per_s_per_gpu * case.gpus
    full, rest = divmod(case.requests, pt.batch)
    time = full * pt.step_s + (point(rest).step_s if rest else 0.0)
    return case.requests / time


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


def evaluate(cal: Calibration = CALIBRATION, *, stack_factors: bool = True) -> Report:
    """Every case at the calibration. A case measured on another software stack (vLLM on
    ROCm) is scaled by that stack's efficiency relative to the calibration's, one number per
    stack, fitted on the stack's OTHER cases only (leave one out), so each stays out of
    sample; `stack_factors=False` gives the calibration's figures alone."""
    cat = load()
    base = [(c, predict(c, cal, cat)) for c in cases()]
    rows = []
    for c, p in base:
        f = 1.0
        if stack_factors and c.stack != CALIBRATION_STACK:
            f = stack_factor([(o, q) for o, q in base if o.stack == c.stack and o is not c])
        rows.append(Row(c, p * f, base=p, stack_factor=f))
    return Report(cal, tuple(rows))


def stack_factor(pairs: list[tuple[Case, float]]) -> float:
    """One stack's efficiency relative to the calibration: measured / modelled, as the
    geometric mean over its (case, calibration figure) pairs; 1 with none."""
    if not pairs:
        return 1.0
    return math.exp(sum(math.log(c.measured / p) for c, p in pairs) / len(pairs))


def stack_factors(cal: Calibration = CALIBRATION) -> dict[str, tuple[float, int]]:
    """Each other stack's factor fitted on all of its cases (what an answer about that stack
    would use), with its number of cases."""
    cat = load()
    out: dict[str, list[tuple[Case, float]]] = {}
    for c in cases():
        if c.stack != CALIBRATION_STACK:
            out.setdefault(c.stack, []).append((c, predict(c, cal, cat)))
    return {k: (stack_factor(v), len(v)) for k, v in out.items()}


def fit(start: Calibration = LEGACY_V40, rounds: int = 6, passes: int = 3,
        on: list[Case] | None = None) -> Calibration:
    """Coordinate search on `on` (default: every case of the calibration's stack): each factor
    in turn over a shrinking grid, minimizing the mean absolute relative error, from the legacy
    factors (link 0.5); `passes` times, each from the last one's result with the grid widened
    again, as one pass stops in a local minimum. Deterministic: the same cases give the same
    factors."""
    cat = load()
    fit_cases = on if on is not None else [c for c in cases() if c.stack == CALIBRATION_STACK]

    def loss(cal: Calibration) -> float:
        return sum(abs(predict(c, cal, cat) / c.measured - 1) for c in fit_cases) / len(fit_cases)

    cal = replace(start, tp_on_compute_only=False, prefill_attention=True, tp=0.0,
                  link=start.link or 0.5, moe_attention_dp=True, max_batch=start.max_batch or 4096,
                  reserve_full_kv=True, dp_replicas_shared=True)
    best = loss(cal)
    for _ in range(passes):
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


def fit_on_fixed_split() -> Calibration:
    """The fit before cross-validation: the fixed split's 11 fit cases, one pass."""
    return fit(passes=1, on=[c for c in cases() if c.split == "fit"])


def fold_fit(k: int, measured: dict[str, float] | None = None, *, rounds: int = 6,
             passes: int = 3) -> Calibration:
    """The factors fitted on every calibration-stack case outside fold k (`measured` replaces
    cases' measurements by id, to show that a case's own figure cannot move its prediction)."""
    own = [replace(c, measured=(measured or {}).get(c.id, c.measured)) for c in cases()
           if c.stack == CALIBRATION_STACK]
    return fit(on=[c for c in own if c.fold != k], rounds=rounds, passes=passes)


@cache
def crossval() -> Report:
    """Out of sample: each calibration-stack case predicted by the factors fitted without its
    fold; another stack's cases at the answers' calibration (fitted on no case of theirs) with
    their stack factor from their own other cases. Its `calibration` is the answers' one."""
    cat = load()
    fits = {k: fold_fit(k) for k in range(FOLDS)}
    shipped = evaluate(CALIBRATION)
    rows = []
    for r in shipped.rows:
        if r.case.stack == CALIBRATION_STACK:
            p = predict(r.case, fits[r.case.fold], cat)
            rows.append(Row(r.case, p, base=p))
        else:
            rows.append(r)
    return Report(CALIBRATION, tuple(rows))
