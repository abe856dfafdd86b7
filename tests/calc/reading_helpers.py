"""What the reading tests share: the parameters a question states, and one figure of an answer."""

from __future__ import annotations

from typing import Any

import pytest

from calc import compute, parse


def read(q: str) -> dict[str, object]:
    """The parameters the question states (each span's value; second values compared as options too)."""
    return {s.param: s.value for s in parse(q).stated if s.param and s.note in ("", "option")}


def stated_values(q: str, param: str) -> list[object]:
    """The values of every span the question states as `param`, in order (a claim, a rate said twice)."""
    return [s.value for s in parse(q).stated if s.param == param]


def fig(res: Any, name: str) -> float:
    return next(f.value for f in res.figures if f.name == name)


def headline(q: str) -> str:
    """The answer's headline."""
    return compute(parse(q)).headline


def figure(q: str, name: str) -> float | None:
    """One figure of the answer (None when the answer has none of that name)."""
    f = compute(parse(q)).figure(name)
    return None if f is None else f.value


def assert_read(q: str, expect: dict[str, float]) -> None:
    """Every expected parameter is read from the question with the expected value."""
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)


def assert_params(q: str, expect: dict[str, float]) -> None:
    """The request the question becomes carries every expected parameter with the expected value (after
    every later reading: a range's low end, a value moved to another parameter)."""
    params = parse(q).params
    for k, v in expect.items():
        assert params.get(k) == pytest.approx(v), (k, dict(params))
