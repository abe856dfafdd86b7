"""Plain-text rendering (terminal, fallbacks), and the line builders every renderer shares:
figures with units in the reader's language, assumptions with their origin, the inputs that
were not used and why, and the options of a comparison."""

from __future__ import annotations

from bot.core.answer import Answer
from bot.core.messages import t
from calc import Result
from calc.result import Assumption, Figure, Reference
from calc.script import localized

# units as a Chinese reader writes them (display only: JSON keeps the canonical unit);
# symbols (GB, TFLOP/s, FLOPs, tokens/s) stay as they are
ZH_UNITS = {"GPUs": "张", "servers": "台",
            "clusters": "个集群", "days": "天", "months": "个月", "years": "年",
            "year": "年", "queries/s": "次/秒", "queries/day": "次/天", "users": "人",
            "sequences": "个序列", "tokens": "个token", "GPU-hours": "GPU小时",
            "GPU-years": "GPU年", "MW": "兆瓦", "kWh": "千瓦时", "MWh": "兆瓦时", "Wh": "瓦时", "W": "瓦",
            "ms": "毫秒", "s": "秒", "bytes": "字节", "x": "倍", "parameters": "个参数",
            "per year": "/年", "US$/GPU-h": "美元/GPU小时", "RMB/GPU-h": "元/GPU小时",
            "US$/kWh": "美元/千瓦时", "RMB/kWh": "元/千瓦时", "RMB/US$": "元/美元",
            "US$/GB": "美元/GB", "racks": "个机柜", "replicas": "个副本", "queries": "次",
            "conversations": "个会话", "words": "个单词", "characters": "个字",
            "streams": "路", "req/s": "次/秒", "US$/Mtok": "美元/百万token", "RMB/Mtok": "元/百万token",
            "hours": "小时", "tokens/day": "个token/天", "kVA": "千伏安", "node-hours": "节点小时"}
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


def assumption_value(a: Assumption, lang: str) -> str:
    if isinstance(a.value, str):
        return a.value
    if a.name in PERCENT and not a.unit:
        return f"{float(a.value):.0%}" if float(a.value) == 1 else f"{float(a.value):.1%}"
    if a.unit == "fraction":              # a share: "37%", not "0.37 fraction"
        v = float(a.value)
        if a.name.endswith("_points"):
            return f"{v * 100:+g} " + ("个百分点" if lang == "zh" else "percentage points")
        return f"{v:.0%}" if abs(v * 100 - round(v * 100)) < 1e-9 else f"{v:.1%}"
    return fmt_value(float(a.value), a.unit, lang)


def assumption_line(a: Assumption, lang: str) -> str:
    v = assumption_value(a, lang)
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
        lines += ["", heading("options", lang), *(f"  {r}" for r in comparison_table(res, lang)),
                  "", *alternative_lines(res, lang)]
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
    return localized("\n".join(lines), lang)


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
    return localized("\n\n".join(parts), ans.lang)


def assumptions_summary(res: Result, lang: str) -> str:
    """The assumptions that move the key figures, in one line ("Assuming: GPT-3 175B · FP8 ·
    10 queries per user per day"); every assumption with its origin is in the details."""
    from calc.key_figures import key_assumptions

    parts: list[str] = []
    for a in key_assumptions(res):
        if isinstance(a.value, str):
            parts.append(a.value)
        elif a.unit in _SELF_EVIDENT or not a.unit:
            parts.append(f"{a.label or a.name} {_compact(float(a.value), lang)}"
                         if a.name not in PERCENT else f"{a.label or a.name} {assumption_value(a, lang)}")
        else:
            parts.append(f"{a.label or a.name} {assumption_value(a, lang)}")
    if not parts:
        return ""
    return t("assuming", lang) + ("：" if lang == "zh" else ": ") + " · ".join(parts)


# units the label already says ("queries per user per day 10", not "... 10 queries/day")
_SELF_EVIDENT = ("queries/day", "queries/s", "tokens", "parameters", "users", "x", "GPUs",
                 "servers", "months", "days", "years")
# a comparison table's column heads: short, in the reader's language
_COLUMN = {"gpus": ("GPUs", "卡数"), "servers": ("servers", "服务器"), "power_mw": ("MW", "兆瓦"),
           "power_it_mw": ("IT MW", "IT兆瓦"), "cost_usd": ("US$", "美元"), "cost_cny": ("RMB", "元"),
           "tokens_per_s": ("tokens/s", "token/秒"), "tokens_per_s_per_gpu": ("tok/s/GPU", "每卡token/秒"),
           "train_days": ("days", "天数"), "gpu_hours": ("GPU-h", "GPU小时"),
           "cost_per_day_usd": ("US$/day", "美元/天"), "energy_per_query_wh": ("Wh/query", "瓦时/次"),
           "memory_gb": ("GB", "GB"), "qps": ("queries/s", "次/秒"), "ttft_ms": ("TTFT ms", "首token毫秒"),
           "tpot_ms": ("ms/token", "毫秒/token"), "energy_kwh": ("kWh", "千瓦时"),
           "hbm_gb": ("HBM GB", "HBM GB"),
           "batch": ("batch", "批大小"), "users": ("users", "用户")}


def _compact(value: float, lang: str) -> str:
    """A number for a narrow column or a one-line summary: 25,576; 1.38 billion; 1.38亿."""
    if abs(value) >= 1e6:
        from calc.build import human

        return human(value, lang=lang)
    return _number(value)


def _option_name(res: Result, i: int) -> str:
    """What tells an option apart: the accelerator or model that differs between the options,
    else its number."""
    alts = res.alternatives
    for name in ("accelerator", "model", "precision", "gpus"):
        values = [next((a.value for a in alt.assumptions if a.name == name), None) for alt in alts]
        if None not in values and len(set(map(str, values))) == len(values):
            v = values[i]
            return v if isinstance(v, str) else _number(float(v or 0))
    return f"{i + 1}."


def comparison_table(res: Result, lang: str, *, columns: int = 3, width: int = 14) -> list[str]:
    """A comparison as aligned columns: one row per option, its main figures across (the
    figures that tell the options apart); labels cut to `width`."""
    if not res.alternatives:
        return []
    first = next((a for a in res.alternatives if a.figures), res.alternatives[0])
    names = [f.name for f in main_figures(res, first, columns)]
    zh = lang == "zh"
    units = {f.name: f.unit for f in first.figures}
    header = [""] + [_cut(_COLUMN[n][zh] if n in _COLUMN else units[n] or n, width) for n in names]
    rows = [header]
    for i, alt in enumerate(res.alternatives):
        cells = [_cut(_option_name(res, i), width)]
        for n in names:
            f = alt.figure(n)
            cells.append(_compact(f.value, lang) if f is not None else "–")
        rows.append(cells)
    widths = [max(_width(r[c]) for r in rows) for c in range(len(header))]
    return ["  ".join(_pad(cell, widths[c], left=c == 0) for c, cell in enumerate(r)).rstrip()
            for r in rows]


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _width(s: str) -> int:
    """Columns a monospace font gives the text: CJK characters take two."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in s)


def _pad(s: str, n: int, *, left: bool) -> str:
    gap = " " * max(0, n - _width(s))
    return s + gap if left else gap + s
