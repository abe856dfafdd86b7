"""Values the calculator returns: frozen, self-describing, safe to render anywhere.

A Result carries everything a reader needs to trust a number: the figures, every assumption
with where it came from (the question, the conversation, a default, the catalog), the formula
steps, and published figures cited beside the computed ones. CalcError is the one error type
users see; it always carries a next step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

Origin = Literal["question", "conversation", "default", "catalog", "derived", "llm"]
ORIGINS: tuple[str, ...] = ("question", "conversation", "default", "catalog", "derived", "llm")


@dataclass(frozen=True)
class Figure:
    """One computed number with a canonical, stable name (see README 'Figure names')."""

    name: str
    value: float
    unit: str
    label: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.value, (int, float)) or isinstance(self.value, bool):
            raise TypeError(f"figure {self.name} must be numeric")
        if not math.isfinite(self.value):
            raise ValueError(f"figure {self.name} is not finite")


@dataclass(frozen=True)
class Assumption:
    """An input to the computation and where it came from."""

    name: str
    value: float | str
    unit: str
    origin: Origin
    label: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if self.origin not in ORIGINS:
            raise ValueError(f"unknown origin {self.origin!r}")
        if isinstance(self.value, float) and not math.isfinite(self.value):
            raise ValueError(f"assumption {self.name} is not finite")


@dataclass(frozen=True)
class Reference:
    """A published figure cited beside a computed one; never used as the answer itself."""

    label: str
    value: float
    unit: str
    source: str


@dataclass(frozen=True)
class Unused:
    """Something the user stated that the calculation did not read, and why (in the
    question's language). Nothing stated is dropped silently: it is used or listed here."""

    text: str
    reason: str


@dataclass(frozen=True)
class Input:
    """Something the user stated that the calculation read, and as which parameter."""

    text: str
    param: str


@dataclass(frozen=True)
class Result:
    intent: str
    headline: str
    figures: tuple[Figure, ...]
    assumptions: tuple[Assumption, ...]
    steps: tuple[str, ...]
    references: tuple[Reference, ...] = ()
    notes: tuple[str, ...] = ()
    change_hints: tuple[str, ...] = field(default=())
    unused: tuple[Unused, ...] = ()
    inputs: tuple[Input, ...] = ()
    # a comparison ("H100 vs H200", "25,000 H100s and 10,000 A100s"): one Result per option,
    # in the order stated; figures of the parent are the first option's (or the sum, for fleets)
    alternatives: tuple[Result, ...] = ()

    def figure(self, name: str) -> Figure | None:
        return next((f for f in self.figures if f.name == name), None)

    def value(self, name: str) -> float:
        fig = self.figure(name)
        if fig is None:
            raise KeyError(name)
        return fig.value


class CalcError(Exception):
    """The one error users see: what is wrong and what to do next, in either language.

    kind is a stable machine-readable code: bad_number, unknown_accelerator, unknown_model,
    missing_input, contradiction, too_long, empty, not_numeric, does_not_fit (and, outside the
    calculator, bad_assume, bad_extraction). The text is rendered per language from the message
    table in calc/text.py: `key` names the message, `fields` fill it, `hint_key` names the next
    step. Raw English prose is never carried inside the exception.
    """

    def __init__(self, kind: str, key: str | None = None, *, hint_key: str | None = None,
                 suggestions: tuple[str, ...] = (), **fields: object) -> None:
        self.kind = kind
        self.key = key or f"err.{kind}"
        self.hint_key = hint_key
        self.fields = fields
        self.suggestions = suggestions
        super().__init__(self.render("en"))

    def _fields(self, lang: str) -> dict[str, object]:
        """Fields for `lang`: a `param` field brings its registry label and example."""
        param = self.fields.get("param")
        if not isinstance(param, str):
            return dict(self.fields)
        from calc import registry

        return {**self.fields, "label": registry.label(param, lang),
                "example": registry.example(param, lang)}

    def render(self, lang: str = "en") -> str:
        from calc.text import tr

        f = self._fields(lang)
        msg = tr(self.key, lang, **f)
        hint = tr(self.hint_key, lang, **f) if self.hint_key else ""
        return f"{msg} {hint}".strip() if lang == "en" else f"{msg}{hint}".strip()

    @property
    def message(self) -> str:
        from calc.text import tr

        return tr(self.key, "en", **self._fields("en"))

    @property
    def hint(self) -> str:
        from calc.text import tr

        return tr(self.hint_key, "en", **self._fields("en")) if self.hint_key else ""

    def __str__(self) -> str:
        return self.render("en")
