"""Plain-text rendering (terminal, fallbacks)."""

from __future__ import annotations

from bot.answer import Answer
from bot.messages import t
from calc import Result
from calc.result import Assumption, Figure


def fmt_value(value: float, unit: str) -> str:
    """Numbers as a reader wants them: 4,102,568 GPUs; 3.15e+23 FLOPs; 41.5%; US$4.66M."""
    if unit == "" and 0 < abs(value) <= 1.0 and value != 1.0:
        return f"{value:.1%}"
    a = abs(value)
    if a >= 1e15:
        s = f"{value:.3g}"
    elif a >= 100:
        s = f"{value:,.0f}"
    elif a >= 1:
        s = f"{value:,.3g}" if a < 10 else f"{value:,.1f}"
    elif a == 0:
        s = "0"
    else:
        s = f"{value:.3g}"
    if unit == "US$":
        return f"US${s}"
    if unit == "RMB":
        return f"RMB {s}"
    return f"{s} {unit}".rstrip()


def figure_line(f: Figure) -> str:
    return f"{f.label or f.name}: {fmt_value(f.value, f.unit)}"


def assumption_line(a: Assumption, lang: str) -> str:
    v = a.value if isinstance(a.value, str) else fmt_value(float(a.value), a.unit)
    return f"{a.label or a.name} = {v} ({t('origin.' + a.origin, lang)})"


def calc_text(res: Result, lang: str = "en") -> str:
    lines = [res.headline, ""]
    lines += [f"• {figure_line(f)}" for f in res.figures]
    if res.assumptions:
        lines += ["", t("assumptions", lang) + ":"]
        lines += [f"- {assumption_line(a, lang)}" for a in res.assumptions]
    if res.steps:
        lines += ["", t("steps", lang) + ":"]
        lines += [f"  {s}" for s in res.steps]
    if res.references:
        lines += ["", t("references", lang) + ":"]
        lines += [f"- {r.label}: {fmt_value(r.value, r.unit)} ({r.source})" for r in res.references]
    if res.notes:
        lines += ["", t("notes", lang) + ":"] + [f"- {n}" for n in res.notes]
    if res.change_hints:
        lines += ["", t("change", lang) + ": " + " · ".join(f'"{h}"' for h in res.change_hints)]
    return "\n".join(lines)


def render(ans: Answer) -> str:
    parts: list[str] = []
    if ans.result is not None:
        parts.append(calc_text(ans.result, ans.lang))
    if ans.error is not None:
        parts.append(f"{t('error', ans.lang)} {ans.error.message}")
    if ans.narrative is not None:
        label = t("from_llm" if ans.narrative.source == "llm" else "from_notes", ans.lang)
        parts.append(f"{t('explanation', ans.lang)} ({label}):\n{ans.narrative.text}")
    return "\n\n".join(parts)
