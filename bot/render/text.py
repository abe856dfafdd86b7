"""Plain-text rendering (terminal, fallbacks), and the line builders every renderer shares:
figures with units in the reader's language, assumptions with their origin, the inputs that
were not used and why, and the options of a comparison."""

from __future__ import annotations

from bot.answer import Answer
from bot.messages import t
from calc import Result
from calc.result import Assumption, Figure

# units as a Chinese reader writes them (display only: JSON keeps the canonical unit)
ZH_UNITS = {"GPUs": "张", "servers": "台", "days": "天", "months": "个月", "years": "年",
            "queries/s": "次/秒", "queries/day": "次/天", "users": "人", "sequences": "个序列",
            "tokens": "个token", "tokens/s": "token/秒", "GPU-hours": "GPU小时",
            "GPU-years": "GPU年", "MW": "兆瓦", "kWh": "千瓦时", "Wh": "瓦时", "W": "瓦",
            "bytes": "字节", "x": "倍", "parameters": "个参数"}


def fmt_value(value: float, unit: str, lang: str = "en") -> str:
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
    if lang == "zh":
        if unit == "US$":
            return f"{s}美元"
        if unit == "RMB":
            return f"{s}元"
        zh = ZH_UNITS.get(unit, unit)
        return f"{s}{zh}" if zh and not zh[0].isascii() else f"{s} {zh}".rstrip()
    if unit == "US$":
        return f"US${s}"
    if unit == "RMB":
        return f"RMB {s}"
    return f"{s} {unit}".rstrip()


def figure_line(f: Figure, lang: str = "en") -> str:
    sep = "：" if lang == "zh" else ": "
    return f"{f.label or f.name}{sep}{fmt_value(f.value, f.unit, lang)}"


def assumption_line(a: Assumption, lang: str) -> str:
    v = a.value if isinstance(a.value, str) else fmt_value(float(a.value), a.unit, lang)
    return f"{a.label or a.name} = {v} ({t('origin.' + a.origin, lang)})"


def unused_lines(res: Result, lang: str) -> list[str]:
    """'I did not use "6.5 kW per server": …' for every stated input the calculation skipped."""
    from calc.text import tr

    return [tr("unused.line", lang, text=u.text, reason=u.reason) for u in res.unused]


def alternative_lines(res: Result, lang: str, figures: int = 4) -> list[str]:
    """A comparison, compact: each option's headline and its first figures."""
    lines: list[str] = []
    for i, alt in enumerate(res.alternatives, 1):
        lines.append(f"{i}. {alt.headline}")
        lines += [f"   {figure_line(f, lang)}" for f in alt.figures[:figures]]
    return lines


def calc_text(res: Result, lang: str = "en") -> str:
    lines = [res.headline, ""]
    lines += [f"• {figure_line(f, lang)}" for f in res.figures]
    if res.alternatives:
        lines += ["", t("options", lang) + ":", *alternative_lines(res, lang)]
    if res.unused:
        lines += ["", t("unused", lang) + ":", *(f"- {x}" for x in unused_lines(res, lang))]
    if res.assumptions:
        lines += ["", t("assumptions", lang) + ":"]
        lines += [f"- {assumption_line(a, lang)}" for a in res.assumptions]
    if res.steps:
        lines += ["", t("steps", lang) + ":"]
        lines += [f"  {s}" for s in res.steps]
    if res.references:
        lines += ["", t("references", lang) + ":"]
        lines += [f"- {r.label}: {fmt_value(r.value, r.unit, lang)} ({r.source})"
                  for r in res.references]
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
