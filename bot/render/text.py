"""Plain-text rendering (terminal, fallbacks), and the line builders every renderer shares:
figures with units in the reader's language, assumptions with their origin, the inputs that
were not used and why, and the options of a comparison."""

from __future__ import annotations

from bot.answer import Answer
from bot.messages import t
from calc import Result
from calc.result import Assumption, Figure, Reference

# units as a Chinese reader writes them (display only: JSON keeps the canonical unit);
# symbols (GB, TFLOP/s, FLOPs, tokens/s) stay as they are
ZH_UNITS = {"GPUs": "张", "servers": "台", "days": "天", "months": "个月", "years": "年",
            "year": "年", "queries/s": "次/秒", "queries/day": "次/天", "users": "人",
            "sequences": "个序列", "tokens": "个token", "GPU-hours": "GPU小时",
            "GPU-years": "GPU年", "MW": "兆瓦", "kWh": "千瓦时", "Wh": "瓦时", "W": "瓦",
            "ms": "毫秒", "bytes": "字节", "x": "倍", "parameters": "个参数",
            "per year": "/年", "US$/GPU-h": "美元/GPU小时", "RMB/GPU-h": "元/GPU小时",
            "US$/kWh": "美元/千瓦时", "RMB/kWh": "元/千瓦时", "RMB/US$": "元/美元",
            "US$/GB": "美元/GB"}
YEAR_UNITS = ("year",)


def heading(key: str, lang: str) -> str:
    """A section label with the colon of its language ("Assumptions:", "假设：")."""
    return t(key, lang) + ("：" if lang == "zh" else ":")


def _number(value: float) -> str:
    a = abs(value)
    if a >= 1e15:
        return f"{value:.3g}"
    if a >= 100:
        return f"{value:,.0f}"
    if a >= 1 and float(value).is_integer():
        return f"{value:,.0f}"       # a count stays a count: 32 GPUs, not 32.0
    if a >= 1:
        return f"{value:,.3g}" if a < 10 else f"{value:,.1f}"
    if a == 0:
        return "0"
    return f"{value:.3g}"


def fmt_value(value: float, unit: str, lang: str = "en") -> str:
    """Numbers as a reader wants them: 4,102,568 GPUs; 3.15e+23 FLOPs; 41.5%; US$4.66M; in
    Chinese with Chinese unit words (18,752张, 31.1兆瓦, 552,734美元). Display only."""
    if unit == "" and 0 < abs(value) <= 1.0 and value != 1.0:
        return f"{value:.1%}"
    if unit in YEAR_UNITS and float(value).is_integer():
        return f"{value:.0f}年" if lang == "zh" else f"{value:.0f}"
    s = _number(value)
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
    unit = "year" if f.name.startswith("year") and not f.unit else f.unit
    return f"{f.label or f.name}{sep}{fmt_value(f.value, unit, lang)}"


def reference_line(r: Reference, lang: str = "en") -> str:
    if lang == "zh":
        return f"{r.label}：{fmt_value(r.value, r.unit, lang)}（{r.source}）"
    return f"{r.label}: {fmt_value(r.value, r.unit, lang)} ({r.source})"


# shares shown as percentages even at 1 (100%), where a bare "1" would read as a count
PERCENT = ("utilization", "mfu")


def assumption_line(a: Assumption, lang: str) -> str:
    if isinstance(a.value, str):
        v = a.value
    elif a.name in PERCENT and not a.unit:
        v = f"{float(a.value):.0%}" if float(a.value) == 1 else f"{float(a.value):.1%}"
    else:
        v = fmt_value(float(a.value), a.unit, lang)
    # an /assume value is carried like a conversation's (calc has no origin of its own for it)
    assumed = a.origin == "conversation" and a.source == "/assume"
    origin = t("origin.assumed" if assumed else "origin." + a.origin, lang)
    return f"{a.label or a.name} = {v}（{origin}）" if lang == "zh" else \
        f"{a.label or a.name} = {v} ({origin})"


def hints_line(res: Result, lang: str, *, quote: bool = True) -> str:
    """'Change it: "what about H200?" · …': follow-ups the parser understands."""
    if lang == "zh":
        hints = [f"“{h}”" if quote else h for h in res.change_hints]
        return heading("change", lang) + " · ".join(hints)
    hints = [f'"{h}"' if quote else h for h in res.change_hints]
    return heading("change", lang) + " " + " · ".join(hints)


def unused_lines(res: Result, lang: str) -> list[str]:
    """'I did not use "6.5 kW per server": …' for every stated input the calculation skipped."""
    from calc.text import tr

    return [tr("unused.line", lang, text=u.text, reason=u.reason) for u in res.unused]


# what a reader compares first, when the options differ in it
PRIMARY = ("gpus", "servers", "cost_usd", "cost_cny", "power_mw", "tokens_per_s", "gpu_hours",
           "train_days", "cost_per_day_usd", "energy_per_query_wh", "memory_gb", "months")


def main_figures(res: Result, alt: Result, n: int = 4) -> list[Figure]:
    """The figures that tell the options apart: those whose value differs between them, the
    primary ones (GPUs, servers, cost, power...) first, topped up with the option's first
    figures when fewer than three differ."""
    values: dict[str, set[float]] = {}
    for a in res.alternatives:
        for f in a.figures:
            values.setdefault(f.name, set()).add(f.value)
    order = {name: i for i, name in enumerate(PRIMARY)}
    differ = sorted((f for f in alt.figures if len(values.get(f.name, ())) > 1),
                    key=lambda f: (order.get(f.name, len(order)), alt.figures.index(f)))[:n]
    if len(differ) < 3:
        differ += [f for f in alt.figures if f not in differ][: 3 - len(differ)]
    return differ


def alternative_lines(res: Result, lang: str, figures: int = 4) -> list[str]:
    """A comparison, compact: each option's headline and its main figures, one under the
    other."""
    lines: list[str] = []
    for i, alt in enumerate(res.alternatives, 1):
        lines.append(f"{i}. {alt.headline}")
        lines += [f"   {figure_line(f, lang)}" for f in main_figures(res, alt, figures)]
    return lines


def calc_text(res: Result, lang: str = "en") -> str:
    lines = [res.headline, ""]
    lines += [f"• {figure_line(f, lang)}" for f in res.figures]
    if res.alternatives:
        lines += ["", heading("options", lang), *alternative_lines(res, lang)]
    if res.unused:
        lines += ["", heading("unused", lang), *(f"- {x}" for x in unused_lines(res, lang))]
    if res.assumptions:
        lines += ["", heading("assumptions", lang)]
        lines += [f"- {assumption_line(a, lang)}" for a in res.assumptions]
    if res.steps:
        lines += ["", heading("steps", lang)]
        lines += [f"  {s}" for s in res.steps]
    if res.references:
        lines += ["", heading("references", lang)]
        lines += [f"- {reference_line(r, lang)}" for r in res.references]
    if res.notes:
        lines += ["", heading("notes", lang)] + [f"- {n}" for n in res.notes]
    if res.change_hints:
        lines += ["", hints_line(res, lang)]
    return "\n".join(lines)


def render(ans: Answer) -> str:
    parts: list[str] = []
    if ans.result is not None:
        parts.append(calc_text(ans.result, ans.lang))
    if ans.error is not None:
        sep = "" if ans.lang == "zh" else " "
        parts.append(f"{t('error', ans.lang)}{sep}{ans.error.message}")
    if ans.narrative is not None:
        label = t("from_llm" if ans.narrative.source == "llm" else "from_notes", ans.lang)
        parts.append(f"{t('explanation', ans.lang)} ({label}):\n{ans.narrative.text}")
    return "\n\n".join(parts)
