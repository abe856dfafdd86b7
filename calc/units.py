"""Unit conversions through pint, with the project's own small definitions file
(calc/data/units.txt): W/kW/MW/GW, ms...years, TFLOP/s...EFLOP/s, GB/TB.

pint costs about 0.2 s to import, so it is loaded on the first conversion only: questions
without a physical unit (most fleet questions) never pay for it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

DEFINITIONS = Path(__file__).parent / "data" / "units.txt"


@cache
def registry() -> Any:
    import pint

    return pint.UnitRegistry(str(DEFINITIONS), cache_folder=None)


@cache
def factor(unit: str, target: str) -> float:
    """How many `target` one `unit` is (1 kW -> 1000 W)."""
    if unit == target:
        return 1.0
    return float(registry().Quantity(1.0, unit).to(target).magnitude)


def convert(value: float, unit: str, target: str) -> float:
    return value * factor(unit, target)
