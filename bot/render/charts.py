"""Charts of an answer, drawn from the calculator: what people would rather see than read.

Four kinds: fleet size vs load for the asked accelerator and its alternatives (log scales, the
asked point marked), purchase vs yearly electricity for the same alternatives, training days vs
GPU count, and growth at the asked pace against Moore's law. Every plotted value is a figure of
`calc.compute` run on the answer's request with one parameter changed; the answer's
assumptions that are not per-chip (model, precision, load, defaults from the config) are
pinned, so the curves are the answer's own arithmetic. `Chart.series` keeps the plotted data.

matplotlib is imported inside the drawing functions (Agg canvas, no pyplot, no global rc
changes): the text path and `gpubot ask` never load it, and renders may run in threads
(`asyncio.to_thread(render, answer)`). Chinese answers get Chinese labels when a CJK font is
installed; without one the labels are English, never boxes.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType

from bot.core.answer import Answer
from bot.core.followups import AI_MONTHS, LOADS, MOORE_MONTHS, alternatives, chart_accelerator, kind_for
from bot.core.messages import t
from bot.render.text import assumption_value, assumptions_summary
from calc import CalcError, Request, Result, compute
from calc.catalog import Catalog, load

KINDS = ("fleet_users", "capex_opex", "training_days", "growth")
# assumptions that belong to one chip: never carried over to another accelerator
PER_CHIP = frozenset({"accelerator", "price_usd", "price_cny", "rent_usd_per_hour",
                      "rent_cny_per_hour", "watts_per_gpu", "gpus_per_server", "calibration",
                      "hbm_gb_per_gpu", "gpu_tflops"})
_PINNED = ("default", "question", "conversation", "llm")
CJK_FONTS = ("WenQuanYi", "Noto Sans CJK", "Noto Serif CJK", "Source Han", "Droid Sans Fallback",
             "AR PL", "SimHei", "Microsoft YaHei", "PingFang", "Heiti")
SIZE_IN = (7.0, 5.0)
DPI = 100


@dataclass(frozen=True)
class Series:
    name: str
    x: tuple[float | str, ...]
    y: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    kind: str
    title: str
    png: bytes
    series: tuple[Series, ...]
    lang: str                                  # the labels' language
    xlabel: str = ""
    ylabel: str = ""
    marked: tuple[float | str, float] | None = None    # the asked point
    labels: tuple[str, ...] = field(default=())        # every text drawn (title, axes, legend)


class NoChart(Exception):
    """The answer has no chart (its intent has none, or the calculator cannot vary it)."""


def chart_kind(ans: Answer) -> str | None:
    """The chart that fits the answer, or None."""
    if ans.request is None or ans.result is None:
        return None
    return kind_for(ans.request, ans.result)


def render(ans: Answer, kind: str | None = None, *, catalog: Catalog | None = None) -> Chart:
    """Draw the answer's chart (synchronous: run it in a thread from async code). Raises
    NoChart when there is none."""
    kind = kind or chart_kind(ans)
    if kind not in KINDS or ans.request is None or ans.result is None:
        raise NoChart(str(kind))
    lang = ans.lang if ans.lang == "en" or cjk_font() else "en"
    req = ans.request.option(ans.request.options[0]) if ans.request.options else ans.request
    req = replace(req, lang=lang, options=(), combine="", scaled=None)
    ctx = _Ctx(req=req, res=ans.result, lang=lang, cat=catalog or load())
    draw = {"fleet_users": _fleet_users, "capex_opex": _capex_opex,
            "training_days": _training_days, "growth": _growth}[kind]
    return draw(ctx)


@cache
def cjk_font() -> str | None:
    """The path of an installed font with Chinese glyphs, or None."""
    from matplotlib import font_manager

    for f in font_manager.fontManager.ttflist:
        if any(name in f.name for name in CJK_FONTS):
            return str(f.fname)
    return None


# ---------------------------------------------------------------- computing
@dataclass(frozen=True)
class _Ctx:
    req: Request
    res: Result
    lang: str
    cat: Catalog

    def params(self, acc: str | None = None) -> dict[str, object]:
        """The answer's parameters with its pinned assumptions; on another accelerator, without
        what belongs to the asked chip."""
        params: dict[str, object] = dict(self.req.params)
        for a in self.res.assumptions:
            if a.origin in _PINNED and a.name not in params and a.name not in PER_CHIP:
                params[a.name] = a.value.lower() if a.name == "precision" and isinstance(
                    a.value, str) else a.value
        if acc is not None and acc != self.acc:
            params = {k: v for k, v in params.items() if k not in PER_CHIP}
            params["accelerator"] = acc
        return params

    @property
    def acc(self) -> str | None:
        return chart_accelerator(self.req, self.res)

    def run(self, intent: str, params: Mapping[str, object]) -> Result | None:
        req = Request(intent=intent, params=MappingProxyType(dict(params)),  # type: ignore[arg-type]
                      given=frozenset(params), lang=self.lang)
        try:
            return compute(req)
        except CalcError:
            return None

    def accelerators(self, intent: str, n: int = 3) -> list[str]:
        asked = self.acc
        if asked is None:
            return []
        return [asked, *alternatives(asked, intent, n=n, catalog=self.cat)]

    def name(self, acc: str) -> str:
        return self.cat.accelerators[acc].short

    def subtitle(self) -> str:
        res = self.res if _lang_of_result(self.res) == self.lang else self._relabelled()
        line = assumptions_summary(res, self.lang)
        return "\n".join(textwrap.wrap(line, 40 if self.lang == "zh" else 75))

    def _relabelled(self) -> Result:
        """The answer recomputed with labels in the chart's language."""
        again = self.run(self.res.intent, self.params())
        return again if again is not None else self.res


def _lang_of_result(res: Result) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in res.headline) else "en"


def _grid(center: float, steps: int, ratio: float) -> list[float]:
    return [center * ratio ** k for k in range(-steps, steps + 1)]


# ---------------------------------------------------------------- the four kinds
def _fleet_users(c: _Ctx) -> Chart:
    load_name = next(k for k in LOADS if k in c.req.params)
    x0 = float(c.req.params[load_name])
    xs = _grid(x0, 4, math.sqrt(10))
    series: list[Series] = []
    for acc in c.accelerators("fleet"):
        pts = [(x, r.value("gpus")) for x in xs
               if (r := c.run("fleet", {**c.params(acc), load_name: x})) is not None
               and r.figure("gpus") is not None]
        if pts:
            series.append(Series(c.name(acc), tuple(p[0] for p in pts), tuple(p[1] for p in pts)))
    if not series:
        raise NoChart("fleet_users")
    what = t(f"chart.{load_name}", c.lang)
    title = t("chart.fleet_users.title", c.lang).format(load=what)
    asked = c.res.figure("gpus")
    return _lines(c, "fleet_users", series, title=title, xlabel=t("chart.log", c.lang).format(what=what),
                  ylabel=t("chart.gpus_needed", c.lang), logx=True, logy=True,
                  marked=(x0, asked.value) if asked is not None else None)


def _capex_opex(c: _Ctx) -> Chart:
    intent = c.res.intent
    names: list[str] = []
    first_power: Result | None = None
    capex: list[float] = []
    opex: list[float] = []
    fleets: set[float] = set()
    for acc in c.accelerators("capex"):
        r = c.run(intent, c.params(acc))
        if r is None or r.figure("cost_usd") is None:
            continue
        gpus_fig = r.figure("gpus")
        gpus = gpus_fig.value if gpus_fig is not None else c.params(acc).get("gpus")
        if not isinstance(gpus, (int, float)):
            continue
        power = {k: v for k, v in c.params(acc).items()
                 if k in ("accelerator", "pue", "electricity_usd_per_kwh", "watts_per_gpu")}
        p = c.run("power", {**power, "gpus": float(gpus), "asks_power": True})
        if p is None or p.figure("cost_usd") is None:
            continue
        names.append(c.name(acc))
        first_power = first_power or p
        capex.append(r.value("cost_usd"))
        opex.append(p.value("cost_usd"))
        fleets.add(float(gpus))
    if not names:
        raise NoChart("capex_opex")
    gpus_text = t("chart.same_gpus", c.lang).format(n=f"{next(iter(fleets)):,.0f}") \
        if len(fleets) == 1 else t("chart.own_fleet", c.lang)
    series = (Series(t("chart.capex", c.lang), tuple(names), tuple(capex)),
              Series(t("chart.opex", c.lang), tuple(names), tuple(opex)))
    title = t("chart.capex_opex.title", c.lang).format(gpus=gpus_text)
    assert first_power is not None
    used = [f"{a.label or a.name} {assumption_value(a, c.lang)}" for a in first_power.assumptions
            if a.name in ("pue", "electricity_usd_per_kwh")]
    sub = " · ".join([*used, t("chart.prices", c.lang)])
    return _bars(c, series, title=title, ylabel=t("chart.usd", c.lang), sub=sub)


def _training_days(c: _Ctx) -> Chart:
    g0 = c.req.params.get("gpus")
    center = float(g0) if isinstance(g0, (int, float)) and g0 >= 1 else 1024.0
    xs = sorted({max(1.0, float(round(center * 2.0 ** k))) for k in range(-4, 5)})
    series: list[Series] = []
    for acc in c.accelerators("training", n=2):
        pts = [(x, r.value("train_days")) for x in xs
               if (r := c.run("training", {**c.params(acc), "gpus": x})) is not None
               and r.figure("train_days") is not None]
        if pts:
            series.append(Series(c.name(acc), tuple(p[0] for p in pts), tuple(p[1] for p in pts)))
    if not series:
        raise NoChart("training_days")
    asked = c.res.figure("train_days")
    marked = (center, asked.value) if asked is not None and isinstance(g0, (int, float)) else None
    return _lines(c, "training_days", series, title=t("chart.training.title", c.lang),
                  xlabel=t("chart.gpu_count", c.lang), ylabel=t("chart.days", c.lang),
                  logx=True, logy=True, marked=marked)


def _growth(c: _Ctx) -> Chart:
    p = c.req.params
    period = p.get("period_months")
    months = float(period) if isinstance(period, (int, float)) and 1 <= period <= 600 else 24.0
    d = p.get("doubling_months")
    if not isinstance(d, (int, float)):
        fig = c.res.figure("doubling_months")
        d = fig.value if fig is not None else AI_MONTHS
    paces: list[tuple[float, str]] = []
    if all(abs(float(d) - m) > 1e-9 for m in (AI_MONTHS, MOORE_MONTHS)):
        paces.append((float(d), t("chart.every", c.lang).format(d=f"{float(d):.3g}")))
    paces += [(AI_MONTHS, t("chart.ai", c.lang)), (MOORE_MONTHS, t("chart.moore", c.lang))]
    step = max(1.0, months / 24)
    xs = [min(months, step * i) for i in range(1, math.ceil(months / step) + 1)]
    series: list[Series] = []
    for dm, label in paces:
        pts = [(x, r.value("growth_factor")) for x in xs
               if (r := c.run("growth", {"doubling_months": dm, "period_months": x})) is not None
               and r.figure("growth_factor") is not None]
        if pts:
            series.append(Series(label, tuple(q[0] for q in pts), tuple(q[1] for q in pts)))
    if not series:
        raise NoChart("growth")
    asked = c.res.figure("growth_factor")
    title = t("chart.growth.title", c.lang).format(d=f"{float(d):.3g}")
    return _lines(c, "growth", series, title=title, xlabel=t("chart.months", c.lang),
                  ylabel=t("chart.factor", c.lang), logx=False, logy=True,
                  marked=(months, asked.value) if asked is not None else None, subtitle=False)


# ---------------------------------------------------------------- drawing
def _figure(c: _Ctx):  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    fig = Figure(figsize=SIZE_IN, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    path = cjk_font() if c.lang == "zh" else None
    font = FontProperties(fname=path) if path else FontProperties(family="DejaVu Sans")
    return fig, font


def _texts(fig, ax, font, *, title: str, sub: str, xlabel: str, ylabel: str) -> None:  # type: ignore[no-untyped-def]
    ax.set_title(f"{title}\n{sub}" if sub else title, fontproperties=font, fontsize=12, loc="left")
    ax.set_xlabel(xlabel, fontproperties=font, fontsize=12)
    ax.set_ylabel(ylabel, fontproperties=font, fontsize=12)
    ax.tick_params(labelsize=11)
    ax.grid(True, which="major", alpha=0.3)


def _sized(font, size: float):  # type: ignore[no-untyped-def]
    small = font.copy()
    small.set_size(size)
    return small


def _png(fig) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _lines(c: _Ctx, kind: str, series: list[Series], *, title: str, xlabel: str, ylabel: str,
           logx: bool, logy: bool, marked: tuple[float, float] | None,
           subtitle: bool = True) -> Chart:
    fig, font = _figure(c)
    ax = fig.add_subplot()
    for i, s in enumerate(series):
        ax.plot(s.x, s.y, marker="o", markersize=4, linewidth=2.5 if i == 0 else 1.5,
                label=s.name)
    if marked is not None:
        ax.plot([marked[0]], [marked[1]], marker="*", markersize=16, color="crimson",
                linestyle="none", label=t("chart.asked", c.lang), zorder=5)
    if logx:
        ax.set_xscale("log")
    if logy:
        ax.set_yscale("log")
    sub = c.subtitle() if subtitle else ""
    _texts(fig, ax, font, title=title, sub=sub, xlabel=xlabel, ylabel=ylabel)
    ax.legend(prop=_sized(font, 10))
    legend = [s.name for s in series] + ([t("chart.asked", c.lang)] if marked else [])
    return Chart(kind=kind, title=title, png=_png(fig), series=tuple(series), lang=c.lang,
                 xlabel=xlabel, ylabel=ylabel, marked=marked,
                 labels=(title, sub, xlabel, ylabel, *legend))


def _bars(c: _Ctx, series: tuple[Series, ...], *, title: str, ylabel: str, sub: str) -> Chart:
    fig, font = _figure(c)
    ax = fig.add_subplot()
    n = len(series[0].x)
    width = 0.8 / len(series)
    for i, s in enumerate(series):
        xs = [j + (i - (len(series) - 1) / 2) * width for j in range(n)]
        bars = ax.bar(xs, [v / 1e6 for v in s.y], width, label=s.name)
        ax.bar_label(bars, labels=[f"{v / 1e6:,.0f}" for v in s.y], fontsize=9, padding=2)
    ax.set_xticks(range(n), [str(x) for x in series[0].x])
    sub = "\n".join(textwrap.wrap(sub, 40 if c.lang == "zh" else 75))
    _texts(fig, ax, font, title=title, sub=sub, xlabel="", ylabel=ylabel)
    ax.legend(prop=_sized(font, 10))
    return Chart(kind="capex_opex", title=title, png=_png(fig), series=series, lang=c.lang,
                 ylabel=ylabel, labels=(title, sub, ylabel, *(s.name for s in series)))
