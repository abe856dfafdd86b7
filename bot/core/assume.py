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


def param_names(text: str) -> list[str]:
    """'queries peak' -> the parameters those /assume names stand for; CalcError for a name
    the registry does not know."""
    table = names()
    out = []
    for word in re.split(r"[\s,;]+", text.strip().lower()):
        if not word:
            continue
        param = table.get(word)
        if param is None:
            raise CalcError("bad_assume", "err.assume_unknown", hint_key="hint.assume_known",
                            name=word[:30], known=", ".join(sorted(table)))
        out.append(param)
    return out


def value_text(param: str, value: float | str | bool, lang: str = "en") -> str:
    """An override as a reader wants it: catalog names (never ids), units, percentages."""
    from bot.render.text import fmt_value

    cat = load()
    if param == "accelerator" and isinstance(value, str) and value in cat.accelerators:
        return cat.accelerators[value].short
    if param == "model" and isinstance(value, str) and value in cat.models:
        return cat.models[value].short
    if isinstance(value, str):
        return value.upper() if param == "precision" else value
    reg = registry.get(param)
    if reg is not None and reg.scale != 1.0:
        return f"{float(value) / reg.scale:g}%"
    return fmt_value(float(value), reg.unit if reg else "", lang)


def range_text(param: str, lang: str = "en") -> str:
    """What `/assume` accepts for a parameter, as typed: '0.01 to 1,000,000 queries/day'."""
    reg = registry.get(param)
    if reg is None or reg.kind == "name":
        if param == "precision":
            return " / ".join(PRECISIONS)
        return "见 /gpus" if lang == "zh" and param == "accelerator" else \
            "见 /models" if lang == "zh" else \
            ("a name from /gpus" if param == "accelerator" else "a name from /models")
    from bot.render.text import ZH_UNITS

    lo, hi = reg.lo / reg.scale, reg.hi / reg.scale
    zh = {**ZH_UNITS, "US$": "美元", "RMB": "元"}
    unit = "%" if reg.scale != 1.0 else zh.get(reg.unit, reg.unit) if lang == "zh" else reg.unit
    sep = " 到 " if lang == "zh" else " to "
    space = "" if unit == "%" or (unit and not unit[0].isascii()) else " "
    return f"{_plain(lo)}{sep}{_plain(hi)}{space}{unit}".rstrip()


def _plain(x: float) -> str:
    return f"{x:,.0f}" if x >= 1 and float(x).is_integer() else f"{x:g}"


def describe(overrides: dict[str, float | str | bool], lang: str = "en") -> str:
    """The chat's assumptions as a reader wants them: labels, catalog names and valid ranges."""
    from calc.text import tr

    if not overrides:
        return tr("assume.none", lang)
    lines = []
    for k, v in sorted(overrides.items()):
        left, right = ("（", "）") if lang == "zh" else (" (", ")")
        lines.append(f"• {registry.label(k, lang)} = {value_text(k, v, lang)}"
                     f"{left}{range_text(k, lang)}{right}")
    return "\n".join(lines)


def settable(lang: str = "en") -> str:
    """Every name `/assume` accepts, with its label and range, one parameter a line."""
    by_param: dict[str, list[str]] = {}
    for name, param in names().items():
        by_param.setdefault(param, []).append(name)
    left, right = ("（", "）") if lang == "zh" else (" (", ")")
    return "\n".join(f"• {' / '.join(ns)}: {registry.label(p, lang)}{left}{range_text(p, lang)}"
                     f"{right}" for p, ns in by_param.items())
