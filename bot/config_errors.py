"""What is wrong with a configuration, said by its dotted key: `telegram.mode: must be one of
polling, webhook (got 'webook')`, an unknown key with the nearest known one, a secret's kind
but never its value. bot/config.py raises ConfigError; `gpubot check-config` and start-up show
ConfigError.explain()."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, SecretStr


class ConfigError(Exception):
    """One or more problems, each (dotted key, message); never carries a secret's value."""

    def __init__(self, key: str, message: str, *, problems: list[tuple[str, str]] | None = None,
                 path: str | None = None) -> None:
        self.problems = problems or [(key, message)]
        self.key, self.message = self.problems[0]
        self.path = path
        super().__init__("; ".join(f"{k}: {m}" for k, m in self.problems))

    @classmethod
    def many(cls, problems: list[tuple[str, str]], path: str | None) -> ConfigError:
        return cls(problems[0][0], problems[0][1], problems=problems, path=path)

    def explain(self) -> str:
        """What went wrong and what to do next, for a person reading a terminal."""
        where = self.path or "the configuration"
        n = len(self.problems)
        lines = [f"gpubot cannot start: {where} has {'a problem' if n == 1 else f'{n} problems'}:"]
        lines += [f"  {k}: {m}" for k, m in self.problems]
        if self.path:
            lines.append(f"Fix {'it' if n == 1 else 'them'} (config.example.toml documents every key), "
                         f"then check with: gpubot check-config {self.path}")
        else:
            lines.append("Pass --config FILE (or set GPUBOT_CONFIG); config.example.toml documents "
                         "every key.")
        return "\n".join(lines)


def _dotted(loc: tuple[str | int, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(loc))


def _show(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return "a table"
    if isinstance(v, list):
        return "a list"
    text = repr(v)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(v: Any) -> str:
    """A value's TOML kind, never the value: what a secret's error shows."""
    for typ, name in ((bool, "true/false"), (int, "a number"), (float, "a number"), (str, "text"),
                      (list, "a list"), (dict, "a table")):
        if isinstance(v, typ):
            return name
    return "a value"


_TYPES = {"int_type": "must be a whole number", "float_type": "must be a number",
          "bool_type": "must be true or false", "string_type": "must be text in quotes",
          "list_type": "must be a list, e.g. [] or [1, 2]", "model_type": "must be a table",
          "model_attributes_type": "must be a table", "dict_type": "must be a table"}


def _secret_keys(settings: type[BaseModel]) -> frozenset[tuple[str, str]]:
    return frozenset((sec, key) for sec, section in settings.model_fields.items()
                     for key, f in section.annotation.model_fields.items()  # type: ignore[union-attr]
                     if f.annotation is SecretStr)


def describe(err: Mapping[str, Any], settings: type[BaseModel]) -> tuple[str, str]:
    """One pydantic error of `settings` (a model of sections) as (dotted key, message)."""
    loc, kind, ctx = tuple(err["loc"]), err["type"], err.get("ctx") or {}
    if kind == "extra_forbidden":
        if len(loc) == 1:
            known = list(settings.model_fields)
            hint = difflib.get_close_matches(str(loc[0]), known, n=1)
            return str(loc[0]), (f"unknown section{f'; did you mean [{hint[0]}]?' if hint else ''} "
                                 f"(sections: {', '.join(known)})")
        model = settings.model_fields[str(loc[0])].annotation
        known = list(model.model_fields)  # type: ignore[union-attr]
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
        return _dotted(loc), (f"unknown key{f'; did you mean {hint[0]!r}?' if hint else ''} "
                              f"(known in [{loc[0]}]: {', '.join(known)})")
    if kind == "enum":
        choices = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
        message = f"must be one of {choices}"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()))
        message = {"greater_than_equal": f"must be at least {bound}", "greater_than":
                   f"must be more than {bound}", "less_than_equal": f"must be at most {bound}",
                   "less_than": f"must be less than {bound}"}[kind]
    else:
        message = str(err["msg"]) if kind == "database_url" else _TYPES.get(kind, str(err["msg"]).lower())
    given = _kind(err["input"]) if tuple(loc[:2]) in _secret_keys(settings) else _show(err["input"])
    return _dotted(loc), f"{message} (got {given})"
