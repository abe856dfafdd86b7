"""`make validate`: the serving model against published measurements.

    python bench/validate.py                         # the calibration the answers use
    python bench/validate.py --calibration mlperf-v4.0   # the earlier one, for its figures
    python bench/validate.py --fit                   # refit the factors on every TensorRT-LLM case
    python bench/validate.py --fit-fixed-split       # refit on the older fixed split's fit side
    python bench/validate.py --record                # write today's figures into [record]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calc.catalog import load
from calc.roofline import (
    CALIBRATION,
    FIFTH_FIT,
    FIRST_FIT,
    FOURTH_FIT,
    LEGACY_V40,
    SECOND_FIT,
    SEVENTH_FIT,
    SIXTH_FIT,
    THIRD_FIT,
    Calibration,
    serving_point,
)
from calc.validation import (
    DATA,
    FACTORS,
    FOLDS,
    Report,
    crossval,
    evaluate,
    fit,
    fit_on_fixed_split,
    latency,
    stack_factors,
    table,
)

CALIBRATIONS = {c.name: c for c in (CALIBRATION, SEVENTH_FIT, SIXTH_FIT, FIFTH_FIT, FOURTH_FIT, THIRD_FIT,
                                    SECOND_FIT, FIRST_FIT, LEGACY_V40)}


def show(cal: Calibration) -> None:
    """Every case at `cal`. For the answers' calibration (fitted on every case) the
    out-of-sample column is cross-validation's; for an older one, fitted on the fixed split,
    the split says which cases it saw."""
    rep = evaluate(cal)
    cv = crossval() if cal == CALIBRATION else None
    print(f"calibration: {cal.name} ({cal.software})")
    print("  " + ", ".join(f"{k}={getattr(cal, k):g}" for k in FACTORS))
    if cv is None:
        print(f"{'case':36} {'split':5} {'measured':>9} {'model':>9} {'ratio':>6}")
    else:
        print(f"{'case':36} {'fold':>4} {'measured':>9} {'model':>9} {'ratio':>6} {'cv':>6}")
    for i, r in enumerate(rep.rows):
        held = cv.rows[i] if cv is not None else r
        flag = "" if held.error <= 0.20 else "  outside +-20%"
        if r.stack_factor != 1.0:
            flag += (f"  ({r.case.stack} x{r.stack_factor:.3f} from its other cases; "
                     f"{r.base / r.case.measured:.2f} without)")
        if cv is None:
            print(f"{r.case.id:36} {r.case.split:5} {r.case.measured:9,.0f} {r.predicted:9,.0f} "
                  f"{r.ratio:6.2f}{flag}")
        else:
            fold = str(r.case.fold) if r.stack_factor == 1.0 else "-"
            print(f"{r.case.id:36} {fold:>4} {r.case.measured:9,.0f} {r.predicted:9,.0f} "
                  f"{r.ratio:6.2f} {held.ratio:6.2f}{flag}")
    if cv is None:
        n_fit = sum(r.case.split == "fit" for r in rep.rows)
        print(f"mean absolute error, fixed split: in sample (fit, {n_fit} cases) {rep.mae('fit'):.1%}, "
              f"out of sample (test, {len(rep.rows) - n_fit} cases) {rep.mae('test'):.1%}, "
              f"all {rep.mae():.1%}; largest {rep.max_error:.1%}")
        _by_vendor(Report(cal, tuple(r for r in rep.rows if r.case.split == "test")))
    else:
        print(f"mean absolute error: in sample (every case, at the factors above) {rep.mae():.1%}, "
              f"largest {rep.max_error:.1%}; out of sample ({FOLDS}-fold cross-validation, "
              f"{len(cv.rows)} cases) {cv.mae():.1%}, largest {cv.max_error:.1%}, "
              f"{sum(r.error > 0.35 for r in cv.rows)} outside +-35%, "
              f"{sum(r.error > 0.20 for r in cv.rows)} outside +-20%")
        _by_vendor(cv)
    bare = evaluate(cal, stack_factors=False)
    print(f"  at the factors above, every case: {rep.mae():.1%}, largest {rep.max_error:.1%}, "
          f"{sum(r.error > 0.35 for r in rep.rows)} outside +-35%, "
          f"{sum(r.error > 0.20 for r in rep.rows)} outside +-20%; without stack factors (every "
          f"case at the calibration's software): {bare.mae():.1%}, largest {bare.max_error:.1%}, "
          f"{sum(r.error > 0.35 for r in bare.rows)} outside +-35%, "
          f"{sum(r.error > 0.20 for r in bare.rows)} outside +-20%")
    for stack, (f, n) in stack_factors(cal).items():
        print(f"  stack factor {stack}: x{f:.3f} on all its {n} cases (what an answer about it "
              f"would use)")
    print("latency (reported, not fitted): end-to-end seconds for a batch, model / measured")
    for e, model_s in latency(cal):
        print(f"  {e['id']:34} batch {e['batch']:4} measured {e['measured_s']:7.2f} s  model "
              f"{model_s:7.2f} s  ratio {model_s / e['measured_s']:.2f}")
    rec = table()["record"]
    print(f"recorded: out of sample {rec['out_of_sample_mae']:.1%}, in sample "
          f"{rec['in_sample_mae']:.1%}, largest {rec['max_abs_error']:.1%}, "
          f"{rec['outside_35']} outside +-35%")
    cat = load()
    pt = serving_point(cat.models["llama2_70b"], cat.accelerators["h100_sxm"], "fp8",
                       input_tokens=500, output_tokens=500, tpot_target_s=None, max_group=8,
                       cal=cal)
    if pt is not None:
        print(f"8 x H100, Llama 2 70B FP8, 500/500 tokens, no latency target: "
              f"{pt.tokens_per_s_per_gpu * 8:,.0f} tokens/s")


def _by_vendor(held: Report) -> None:
    """The out-of-sample figures by vendor, by dense or MoE model and by source table."""
    cat = load()
    groups: dict[str, list] = {}
    for r in held.rows:
        groups.setdefault(cat.accelerators[r.case.accelerator].vendor, []).append(r)
        moe = cat.models[r.case.model].active_params_b is not None
        groups.setdefault("MoE models" if moe else "dense models", []).append(r)
        groups.setdefault(f"source {r.case.source}", []).append(r)
    for name, rows in groups.items():
        errors = [r.error for r in rows]
        print(f"  out of sample, {name}: {len(rows)} cases, mean absolute error "
              f"{sum(errors) / len(errors):.1%}, largest {max(errors):.1%}, "
              f"{sum(e > 0.35 for e in errors)} outside +-35%, {sum(e > 0.20 for e in errors)} "
              f"outside +-20%")


def record() -> None:
    """Write the answers' calibration's figures into validation.toml's [record] table."""
    cv = crossval()
    figures = {"out_of_sample_mae": round(cv.mae(), 4),
               "in_sample_mae": round(evaluate(CALIBRATION).mae(), 4),
               "max_abs_error": round(cv.max_error, 4),
               "outside_35": sum(r.error > 0.35 for r in cv.rows)}
    text = DATA.read_text(encoding="utf-8")
    for key, value in figures.items():
        text, n = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", text, count=1)
        if n != 1:
            raise SystemExit(f"{DATA}: no '{key} = ' line in [record]")
    DATA.write_text(text, encoding="utf-8")
    print(f"recorded {figures}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--calibration", choices=sorted(CALIBRATIONS), default=CALIBRATION.name)
    ap.add_argument("--record", action="store_true", help="write the figures into [record]")
    ap.add_argument("--fit", action="store_true",
                    help="refit the factors on every TensorRT-LLM case (from the legacy ones) and "
                         "show them")
    ap.add_argument("--fit-fixed-split", action="store_true",
                    help="refit on the older fixed split's 11 fit cases and show them")
    args = ap.parse_args()
    if args.record:
        record()
        return
    cal = (fit() if args.fit else fit_on_fixed_split() if args.fit_fixed_split
           else CALIBRATIONS[args.calibration])
    show(cal)


if __name__ == "__main__":
    main()
