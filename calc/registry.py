"""The parameter registry (calc/data/parameters.toml), loaded and validated once.

One declaration per parameter: unit, valid range, default and its source, labels and example
phrasings in English and Chinese, introducing words, /assume names. Validation (calc.build.check),
the `/assume` command, the LLM extraction schema and assumption labels all read it, so adding a
parameter is one entry here plus the calculation that reads it.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

FILE = Path(__file__).parent / "data" / "parameters.toml"


@dataclass(frozen=True)
class Param:
    name: str
    unit: str
    lo: float
    hi: float
    default: float | str          # a number, "catalog" or "none" (a driving quantity)
    source: str
    label: dict[str, str]
    words: dict[str, tuple[str, ...]]
    example: dict[str, str]
    assume: tuple[str, ...] = ()
    scale: float = 1.0
    kind: str = "quantity"        # quantity | name (accelerator, model, server, precision)

    def __post_init__(self) -> None:
        if not (self.lo <= self.hi) or math.isnan(self.lo) or math.isnan(self.hi):
            raise ValueError(f"parameter {self.name}: bad range")
        if set(self.label) != {"en", "zh"} or set(self.example) != {"en", "zh"}:
            raise ValueError(f"parameter {self.name}: label and example need en and zh")
        if isinstance(self.default, str) and self.default not in ("catalog", "none"):
            raise ValueError(f"parameter {self.name}: default must be a number, catalog or none")
        if isinstance(self.default, float) and not self.source:
            raise ValueError(f"parameter {self.name}: a numeric default needs a source")

    def text(self, field: str, lang: str) -> str:
        table: dict[str, str] = getattr(self, field)
        return table.get(lang) or table["en"]


@cache
def params() -> dict[str, Param]:
    with FILE.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    out: dict[str, Param] = {}
    seen_assume: dict[str, str] = {}
    for name, e in raw.items():
        lo, hi = (float(x) for x in e["range"])
        d = e["default"]
        p = Param(name=name, unit=e["unit"], lo=lo, hi=hi,
                  default=float(d) if isinstance(d, (int, float)) else str(d),
                  source=e.get("source", ""), label=dict(e["label"]),
                  words={k: tuple(v) for k, v in e.get("words", {}).items()},
                  example=dict(e["example"]), assume=tuple(e.get("assume", ())),
                  scale=float(e.get("scale", 1.0)), kind=e.get("kind", "quantity"))
        for a in p.assume:
            if seen_assume.setdefault(a, name) != name:
                raise ValueError(f"/assume name {a!r} names both {seen_assume[a]} and {name}")
        out[name] = p
    return out


def get(name: str) -> Param | None:
    return params().get(name)


def label(name: str, lang: str = "en") -> str:
    p = params().get(name)
    return p.text("label", lang) if p else name


def example(name: str, lang: str = "en") -> str:
    p = params().get(name)
    return p.text("example", lang) if p else ("a positive number" if lang == "en" else "一个正数")


def quantities() -> dict[str, Param]:
    return {k: p for k, p in params().items() if p.kind == "quantity"}


def assume_names() -> dict[str, str]:
    """`/assume` name -> parameter."""
    return {a: p.name for p in params().values() for a in p.assume}
