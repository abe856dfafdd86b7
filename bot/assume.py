"""Per-chat assumptions: `/assume queries=20 peak=3`, or "set queries per user to 20".

The names come from the parameter registry (calc/data/parameters.toml, `assume = [...]`), and
values are validated exactly like numbers in a question (calc.build.check), so an override can
never put an absurd value into a later answer. Shown back with the catalog's names, never
internal ids.
"""

from __future__ import annotations

import re

from calc import CalcError, registry
from calc.build import check
from calc.catalog import PRECISIONS, load

_NATURAL = re.compile(r"set\s+(?:the\s+)?([a-z_ ]+?)\s+(?:to|=)\s+(\S+)|设置?\s*(\S+?)\s*为\s*(\S+)")
_ZH = {"每人查询": "queries", "查询次数": "queries", "峰值": "peak", "输入": "input", "输出": "output",
       "汇率": "fx", "功耗": "watts", "电价": "electricity", "利用率": "utilization"}


def names() -> dict[str, str]:
    """`/assume` name -> parameter, from the registry."""
    return registry.assume_names()


def parse_assignments(text: str) -> dict[str, float | str]:
    """'queries=20 peak=3 gpu=H200 model=llama 3 70b precision=fp8' -> parameter overrides."""
    pairs = re.findall(r"([a-z_]+)\s*=\s*([^=]+?)(?=\s+[a-z_]+\s*=|$)", text.strip().lower())
    if not pairs:
        m = _NATURAL.search(text.lower())
        if m:
            key = (m.group(1) or m.group(3) or "").strip().replace(" per user", "").replace(" ", "_")
            pairs = [(_ZH.get(key, key), (m.group(2) or m.group(4)).strip())]
    if not pairs:
        raise CalcError("bad_assume", "err.assume_unreadable", hint_key="hint.assume")
    out: dict[str, float | str] = {}
    cat = load()
    table = names()
    for key, raw in pairs:
        raw = raw.strip().rstrip(",;")
        param = table.get(key)
        if param is None:
            raise CalcError("bad_assume", "err.assume_unknown", hint_key="hint.assume_known",
                            name=key[:30], known=", ".join(sorted(table)))
        if param == "accelerator":
            out[param] = cat.accelerator(raw).id
        elif param == "model":
            out[param] = cat.model(raw).id
        elif param == "precision":
            if raw not in PRECISIONS:
                raise CalcError("bad_assume", "err.assume_precision", hint_key="hint.precisions",
                                value=raw[:20], known=", ".join(PRECISIONS))
            out[param] = raw
        else:
            reg = registry.params()[param]
            try:
                value = float(raw.rstrip("%").replace(",", "")) * reg.scale
            except ValueError:
                raise CalcError("bad_assume", "err.assume_not_number", hint_key="hint.assume_one",
                                value=raw[:20], name=key) from None
            check(param, value)
            out[param] = value
    return out


def describe(overrides: dict[str, float | str | bool], lang: str = "en") -> str:
    """The chat's assumptions as a reader wants them: labels and catalog names."""
    from calc.text import tr

    if not overrides:
        return tr("assume.none", lang)
    cat = load()
    lines = []
    for k, v in sorted(overrides.items()):
        if k == "accelerator" and isinstance(v, str) and v in cat.accelerators:
            v = cat.accelerators[v].short
        elif k == "model" and isinstance(v, str) and v in cat.models:
            v = cat.models[v].short
        elif k == "precision" and isinstance(v, str):
            v = v.upper()
        lines.append(f"{registry.label(k, lang)} = {v}")
    return "\n".join(lines)
