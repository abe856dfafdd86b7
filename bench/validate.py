"""`make validate`: the serving model against published measurements.

    python bench/validate.py                         # the calibration the answers use
    python bench/validate.py --calibration mlperf-v4.0   # the earlier one, for its figures
    python bench/validate.py --fit                   # refit the factors on the fit side
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
    THIRD_FIT,
    Calibration,
    serving_point,
)
from calc.validation import DATA, FACTORS, evaluate, fit, latency, stack_factors, table

CALIBRATIONS = {c.name: c for c in (CALIBRATION, FIFTH_FIT, FOURTH_FIT, THIRD_FIT, SECOND_FIT,
                                    FIRST_FIT, LEGACY_V40)}


def show(cal: Calibration) -> None:
    rep = evaluate(cal)
    print(f"calibration: {cal.name} ({cal.software})")
    print("  " + ", ".join(f"{k}={getattr(cal, k):g}" for k in FACTORS))
    print(f"{'case':36} {'split':5} {'measured':>9} {'model':>9} {'ratio':>6}")
    for r in rep.rows:
        flag = "" if r.error <= 0.20 else "  outside +-20%"
        if r.stack_factor != 1.0:
            flag += (f"  ({r.case.stack} x{r.stack_factor:.3f} from its other cases; "
                     f"{r.base / r.case.measured:.2f} without)")
        print(f"{r.case.id:36} {r.case.split:5} {r.case.measured:9,.0f} {r.predicted:9,.0f} "
              f"{r.ratio:6.2f}{flag}")
    n_fit = sum(r.case.split == "fit" for r in rep.rows)
    n_test = len(rep.rows) - n_fit
    print(f"mean absolute error: in sample (fit, {n_fit} cases) {rep.mae('fit'):.1%}, "
          f"out of sample (test, {n_test} cases) {rep.mae('test'):.1%}, "
          f"all {rep.mae():.1%}; largest {rep.max_error:.1%}")
    cat = load()
    for vendor in sorted({cat.accelerators[r.case.accelerator].vendor for r in rep.rows}):
        rows = [r for r in rep.rows if r.case.split == "test"
                and cat.accelerators[r.case.accelerator].vendor == vendor]
        if rows:
            print(f"  out of sample, {vendor}: {len(rows)} cases, mean absolute error "
                  f"{sum(r.error for r in rows) / len(rows):.1%}, largest "
                  f"{max(r.error for r in rows):.1%}")
    bare = evaluate(cal, stack_factors=False)
    print(f"  without stack factors (every case at the calibration's software): out of sample "
          f"{bare.mae('test'):.1%}, largest {bare.max_error:.1%}")
    for stack, (f, n) in stack_factors(cal).items():
        print(f"  stack factor {stack}: x{f:.3f} on all its {n} cases (what an answer about it "
              f"would use)")
    fit_rows = [r for r in rep.rows if r.case.split == "fit"]
    print(f"  in sample largest {max(r.error for r in fit_rows):.1%}")
    print("latency (reported, not fitted): end-to-end seconds for a batch, model / measured")
    for e, model_s in latency(cal):
        print(f"  {e['id']:34} batch {e['batch']:4} measured {e['measured_s']:7.2f} s  model "
              f"{model_s:7.2f} s  ratio {model_s / e['measured_s']:.2f}")
    rec = table()["record"]
    print(f"recorded: out of sample {rec['out_of_sample_mae']:.1%}, in sample "
          f"{rec['in_sample_mae']:.1%}, largest {rec['max_abs_error']:.1%}")
    pt = serving_point(cat.models["llama2_70b"], cat.accelerators["h100_sxm"], "fp8",
                       input_tokens=500, output_tokens=500, tpot_target_s=None, max_group=8,
                       cal=cal)
    if pt is not None:
        print(f"8 x H100, Llama 2 70B FP8, 500/500 tokens, no latency target: "
              f"{pt.tokens_per_s_per_gpu * 8:,.0f} tokens/s")


def record() -> None:
    """Write the answers' calibration's figures into validation.toml's [record] table."""
    rep = evaluate(CALIBRATION)
    figures = {"out_of_sample_mae": round(rep.mae("test"), 4),
               "in_sample_mae": round(rep.mae("fit"), 4),
               "max_abs_error": round(rep.max_error, 4),
               "outside_35": sum(r.error > 0.35 for r in rep.rows)}
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
                    help="refit the factors on the fit side (from the legacy ones) and show them")
    args = ap.parse_args()
    if args.record:
        record()
        return
    cal = fit() if args.fit else CALIBRATIONS[args.calibration]
    show(cal)


if __name__ == "__main__":
    main()
