"""Prompt templates as data: each file lists its variables in a first-line comment
(`<!-- Variables: {a}, {b}. -->`); filling checks that exactly those are given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.core.narrator import prompts_dir

_VARS = re.compile(r"<!--\s*Variables:(.*?)-->", re.S)


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    variables: frozenset[str]

    def fill(self, **values: str) -> str:
        if set(values) != self.variables:
            raise ValueError(f"{self.name}: expects {sorted(self.variables)}, got {sorted(values)}")
        out = self.text
        for k, v in values.items():
            out = out.replace("{" + k + "}", v)
        return out


def template(name: str, root: Path | None = None) -> Template:
    return _template(name, root if root is not None else prompts_dir())


@cache
def _template(name: str, root: Path) -> Template:
    raw = (root / name).read_text(encoding="utf-8")
    m = _VARS.search(raw)
    declared = frozenset(re.findall(r"\{(\w+)\}", m.group(1))) if m else frozenset()
    body = _VARS.sub("", raw, count=1).strip()
    used = frozenset(re.findall(r"\{(\w+)\}", body))
    if used - declared:
        raise ValueError(f"{name}: undeclared variables {sorted(used - declared)}")
    return Template(name, body, declared)
