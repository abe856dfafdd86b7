"""Shared plumbing for the calculator modules: read a parameter (recording where it came
from), check that it is physically sensible, and collect figures, assumptions and steps."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from calc import registry
from calc.catalog import Accelerator, Catalog, Model, Server
from calc.result import Assumption, CalcError, Figure, Reference, Result
from calc.stated import Request, Stated
from calc.text import tr


@dataclass
class Builder:
    req: Request
    cat: Catalog
    defaults: dict[str, float] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    # every parameter the calculation read: stated spans whose parameter is not here are
    # reported as unused (calc.engine)
    read: set[str] = field(default_factory=set)
    # why a stated parameter was deliberately not used, when the generic reason would mislead
    unused_reasons: dict[str, str] = field(default_factory=dict)
    # values the calculation worked out from stated ones ("300M tokens a day over 2M queries a day":
    # 150 tokens an answer), read like stated ones with origin "derived"
    derived: dict[str, float] = field(default_factory=dict)
    # a second ask's builder: the intent of the answer it is added to ("" for a first answer)
    first_intent: str = ""

    @property
    def lang(self) -> str:
        return self.req.lang

    def tr(self, key: str, **fields: object) -> str:
        """A sentence from calc/text.py in the question's language."""
        return tr(key, self.req.lang, **fields)

    def h(self, x: float, unit: str = "") -> str:
        """human(x) in the question's language."""
        return human(x, unit, lang=self.lang)

    def has(self, name: str) -> bool:
        return name in self.req.params

    def num(self, name: str, default: float | None, unit: str | None = None,
            label: str | None = None, *, origin: str = "default", source: str = "",
            record: bool = True) -> float:
        """A numeric parameter: from the question/conversation if given, else the default.
        Unit and label default to the registry's (calc/data/parameters.toml), in the
        question's language."""
        self.read.add(name)
        if name == "gpus" and "replicas" in self.req.params and "tensor_parallel" in self.req.params:
            # "40 replicas of TP4": their GPUs ("40 replicas of Llama 3 70B at TP8": of the model named)
            self.read.update({"replicas", "tensor_parallel", "model", "params", "precision"})
        if name == "gpu_hours" and "gpu_hours_per_su" in self.req.params:
            self.read.add("gpu_hours_per_su")   # "配额20万SU" at "1 SU = 1个GPU卡时": the hours, in SU
        if name == "power_mw" and self.req.params.get("power_per_site") and "sites" not in self.read:
            # "3 sites, 6MW each": the power read is every site's together (calc/readings.sites)
            self.read.add("sites")
            sites = float(self.req.params.get("sites") or 1)
            total = float(self.req.params[name])
            self.step(tr("step.power_of_sites", self.lang, sites=sites, each=total / sites, total=total))
        reg = registry.get(name)
        if unit is None:
            unit = reg.unit if reg else ""
        if label is None:
            label = reg.text("label", self.lang) if reg else name
        if not source and reg is not None and reg.source and name not in self.req.params:
            source = reg.source
        if name in self.req.params:
            raw = self.req.params[name]
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise CalcError("bad_number", "err.not_a_number", label=label)
            value = float(raw)
            check(name, value)
            org = self.req.origin(name) or "question"
        elif name in self.derived:
            value, org = self.derived[name], "derived"
        else:
            if default is None:
                raise CalcError("missing_input", hint_key="hint.example", param=name)
            value = float(self.defaults.get(name, default))
            org = origin if name not in self.defaults else "default"
        if record:
            self.assume(name, value, unit, org, label, source)
        return value

    def assume(self, name: str, value: float | str, unit: str, origin: str, label: str,
               source: str = "") -> None:
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        if any(a.name == name and a.value == value and a.origin == origin and a.label == label
               for a in self.assumptions):
            return                           # read twice (a step and a figure): listed once
        self.assumptions.append(Assumption(name, value, unit, origin, label, source))  # type: ignore[arg-type]

    def fig(self, name: str, value: float, unit: str, label: str = "") -> float:
        if not math.isfinite(value):
            raise CalcError("bad_number", "err.result_too_large")
        self.figures.append(Figure(name, float(value), unit, label))
        return value

    def value_of(self, name: str) -> float:
        return next((f.value for f in self.figures if f.name == name), 0.0)

    def busy(self) -> str:
        """How busy the GPUs are taken to be: a stated utilization, else fully."""
        if self.has("utilization"):
            return self.tr("word.busy_at", util=self.num("utilization", 1.0, record=False))
        return self.tr("word.fully_busy")

    def step(self, text: str) -> None:
        self.steps.append(text)

    def accelerator(self, default: str = "h100_sxm") -> Accelerator:
        self.read.add("accelerator")
        key = self.req.params.get("accelerator")
        acc = self.cat.accelerators[str(key)] if key in self.cat.accelerators else \
            self.cat.accelerators[default]
        org = self.req.origin("accelerator") or "default"
        self.assume("accelerator", acc.short, "", org, registry.label("accelerator", self.lang),
                    acc.source)
        if self.has("hbm_gb_per_gpu") and self.req.intent != "memory":
            # "H200 (141 GB each)": the stated memory is the one sized with
            mem = self.num("hbm_gb_per_gpu", None)
            if mem != acc.mem_gb:
                acc = replace(acc, mem_gb=mem)
        return acc

    def model(self, default: str = "gpt3_175b") -> Model:
        """A catalog model, or an ad-hoc one from 'a 70B model' / '671B total, 37B active'."""
        self.read.add("model")
        if "active_params" in self.req.params and "params" not in self.req.params \
                and "model" not in self.req.params:
            active = self.num("active_params", None)
            return adhoc_model(active, active)
        if "params" in self.req.params and ("model" not in self.req.params
                                            or (self.req.origin("params") == "question"
                                            and self.req.origin("model") != "question")):
            self.read.add("active_params")
            total = self.num("params", None)
            active = self.num("active_params", total, origin="derived") \
                if self.has("active_params") else total
            if active > total:
                raise CalcError("contradiction", "err.active_exceeds_total",
                                hint_key="hint.moe_sizes")
            return adhoc_model(total, active, lang=self.lang)
        key = str(self.req.params.get("model", default))
        m = self.cat.models.get(key) or self.cat.models[default]
        for name, size in (("params", m.params_b), ("active_params", m.active_b)):
            stated = self.req.params.get(name)
            # a stated size that names the model's own ("3B active" for Qwen3-30B-A3B's 3.3B)
            if isinstance(stated, float) and abs(stated / 1e9 - size) <= 0.12 * size:
                self.read.add(name)          # "DeepSeek-V3 is 671B total": the catalog's own
        org = self.req.origin("model") or "default"
        self.assume("model", m.short, "", org, registry.label("model", self.lang), m.source)
        written = next((str(st.text) for st in self.req.stated
                        if st.param == "model" and st.value == key), "")
        if written and _spelt(written) not in {_spelt(a) for a, k in self.cat.model_aliases() if k == key}:
            # "lamma3 70b": a misspelt name read as the catalog's, said so where it is seen
            note = self.tr("note.read_as", written=written, name=m.short)
            if note not in self.notes:
                self.notes.append(note)
        return m

    def result(self, intent: str, headline: str) -> Result:
        return Result(intent=intent, headline=headline, figures=tuple(self.figures),
                      assumptions=tuple(self.assumptions), steps=tuple(self.steps),
                      references=tuple(self.references), notes=tuple(self.notes),
                      change_hints=tuple(self.hints))

    def server(self, acc: Accelerator) -> Server | None:
        """The server the question names ("GB200 NVL72 racks", "DGX H100"), else the
        catalogued 8-GPU server for the accelerator, else None."""
        self.read.add("server")
        sid = self.req.params.get("server")
        if isinstance(sid, str) and sid in self.cat.servers:
            return self.cat.servers[sid]
        return self.cat.server_for(acc.id)

    def rack(self, acc: Accelerator) -> Server | None:
        """The rack-scale server an answer counts in racks ("GB200 NVL72": 72 GPUs a rack); None for an
        ordinary server or when the question states the server's size."""
        srv = self.server(acc)
        return srv if srv is not None and srv.gpus > 8 and not self.has("gpus_per_server") else None

    def gpus_per_server(self, acc: Accelerator) -> int:
        """GPUs in one server or rack, from the catalog (NVL72 = 72), recorded as an
        assumption; 8 when the catalog has no server for the accelerator."""
        if self.has("gpus_per_server"):     # "8卡一台", "4 GPUs per node"
            self.read.add("server")         # a named server is the kind; its size as stated
            return int(self.num("gpus_per_server", None))
        if self.flag("one_box") and self.has("gpus"):
            # ("a box with 4 L40S that draws ~1.8 kW": the one box holds the cards counted)
            return int(self.num("gpus", None, record=False))
        if self.has("gpus") and self.has("servers") and self.req.params.get("servers") == 1.0 \
                and 1 <= float(self.req.params.get("gpus") or 0) <= 16:
            # ("one box in the back office with 4x RTX 4090s, pulls about 1.8 kW": the one server counted
            # holds the cards counted)
            self.read.add("servers")
            return int(self.num("gpus", None, record=False))
        srv = self.server(acc)
        n = srv.gpus if srv is not None else 8
        origin = "catalog" if srv is not None else "default"
        src = f"{srv.name}; {srv.source}" if srv is not None else "a typical 8-GPU server"
        if not any(a.name == "gpus_per_server" for a in self.assumptions):
            self.assume("gpus_per_server", n, "GPUs", origin, self.tr("label.gpus_per_server"), src)
        return n

    def count_gpus(self, acc: Accelerator) -> float:
        """The accelerator count a question states: GPUs, or servers x GPUs per server."""
        if not (self.has("gpus") or self.has("servers")) and (
                self.has("budget_usd") or self.has("budget_cny")):
            from calc.costs import budget_gpus  # "$2bn on B300: how many MW?"
            return budget_gpus(self, acc, costs=False)
        if self.has("replicas") and self.has("tensor_parallel"):
            # "40 replicas of TP4": their GPUs ("40 replicas of Llama 3 70B at TP8": of the model named)
            self.read.update({"replicas", "tensor_parallel", "model", "params", "precision"})
        # ("HGX H200整机报价约250万元 … 总共要多少": a server priced, no count: the one server)
        # ("if I put 4 GPUs in a box … what does that cost me running 24/7": one box of the cards said)
        # ("An 8-card Gaudi 2 server pulls ~7.5 kW. What's that over 12 months": the one server described)
        boxed = self.has("server") or self.has("server_price_usd") or self.has("server_price_cny") \
            or bool(self.req.params.get("one_box")) \
            or (self.has("watts_per_server") and self.has("gpus_per_server") and not self.has("gpus")
                and not self.flag("one_gpu"))
        if self.has("gpus") or not (self.has("servers") or boxed):
            # "on my RTX 4090": the one asked about, when no count is given
            gpus = self.num("gpus", 1.0 if self.flag("one_gpu") else None,
                            label=self.tr("label.one_gpu") if self.flag("one_gpu") else None,
                            origin="question" if self.flag("one_gpu") else "default")
            servers = self.req.params.get("servers")
            if isinstance(servers, float) and 0 < servers <= gpus and (gpus / servers).is_integer():
                self.read.add("servers")    # "1 node w/ 8 gpus": the GPUs are the servers' total
                if self.req.params.get("gpus_per_server") == gpus / servers:
                    self.read.add("gpus_per_server")   # "两机 16 卡（每台 8 卡）": the same count, said again
                srv = self.server(acc) if self.has("server") else None
                if srv is not None and srv.gpus == gpus / servers:
                    self.read.add("server")   # "一台 HGX H100 … 8 张 80GB 的那种": the server, its cards
            return gpus
        servers = self.num("servers", 1 if boxed else None)
        per = self.gpus_per_server(acc)
        gpus = servers * per
        self.step(self.tr("step.servers_to_gpus", servers=servers, per=per, gpus=gpus))
        return gpus

    def pools(self, gpus: float) -> tuple[int, float]:
        """(whole clusters, their size): the cards counted in clusters of the size the question names
        ("够搭几个千卡池子", "按每个资源池512卡划分", "how many 8-GPU pools"), the figure and the step
        recorded."""
        size = self.num("pool_gpus", None)
        pools = int(gpus // size)
        self.fig("pools", pools, "clusters", self.tr("fig.pools", size=size))
        self.step(self.tr("step.pools", n=gpus, size=size, pools=pools))
        return pools, size

    def prices_dated(self, own: bool, as_of: str, priced: bool = True, of: str = "") -> None:
        """A year stated as the prices' date ("at 2023 prices", "按2025年的价格"): read when the question's
        own prices are used (`own`) or the catalog's are of that year (`as_of`); else set aside, the catalog
        having one price per product, not a history (when a catalog price was used: `priced`)."""
        year = str(int(float(self.req.params["year"])))
        if own or as_of.startswith(year):
            self.read.add("year")
        elif priced:
            self.set_aside("year", "unused.year_price_of" if of else "unused.year_price", as_of=as_of, of=of,
                           year=year)

    def set_aside(self, name: str, reason_key: str, **fields: object) -> None:
        """A stated parameter this calculation deliberately does not use, and why."""
        self.read.discard(name)
        self.unused_reasons[name] = self.tr(reason_key, **fields)

    def claim(self, st: Stated) -> float:
        """A second value the question gave ("$25k per H100" beside "$23k per MI355X") that this
        calculation uses for its own part: its span counts as used (calc/engine.py account)."""
        self.read.add(claimed(st))
        return float(st.value or 0)

    def flag(self, name: str) -> bool:
        """A yes/no parameter ("with activation recomputation", "monthly users"), recorded as read."""
        self.read.add(name)
        return bool(self.req.params.get(name))


def claimed(st: Stated) -> str:
    """The key under which a claimed span is recorded among the parameters read."""
    return f"stated@{st.start}:{st.end}"


def _spelt(name: str) -> str:
    """A name as its letters and digits in order, for comparing spellings."""
    return re.sub(r"[^a-z0-9.]+", "", name.lower())


def adhoc_model(total: float, active: float, *, lang: str = "en") -> Model:
    """A model known only by size. Architecture for the KV cache is estimated from the
    Llama-family shape (GQA with 8 KV heads of 128 dims; layers ~ 2.8 x params_b^0.37)."""
    pb = total / 1e9
    layers = max(12, round(2.8 * pb ** 0.37 * 4))  # ~32 at 7B, ~80 at 70B, ~126 at 405B
    kv = 2 * layers * 8 * 128 * 2
    name = tr("model.adhoc", lang, size=fmt_params(total)) if active == total else \
        tr("model.adhoc_moe", lang, size=fmt_params(total), active=fmt_params(active))
    return Model(id="adhoc", name=name, short=name, aliases=(), params_b=pb,
                 active_params_b=active / 1e9 if active != total else None, layers=layers,
                 kv_heads=8, head_dim=128, kv_bytes_per_token=kv,
                 source="given in the question; KV cache estimated from a Llama-style GQA shape",
                 as_of="-")


def check(name: str, value: float) -> None:
    """Raise CalcError when a value is outside the registry's range for the parameter."""
    reg = registry.get(name)
    lo, hi = (reg.lo, reg.hi) if reg else (-math.inf, math.inf)
    if math.isnan(value) or math.isinf(value):
        raise CalcError("bad_number", "err.not_finite", param=name)
    if value <= 0 and lo > 0:
        raise CalcError("bad_number", "err.not_positive", hint_key="hint.try", param=name,
                        value=value)
    if value < lo or value > hi:
        raise CalcError("bad_number", "err.out_of_range", hint_key="hint.try", param=name,
                        value=value, lo=lo, hi=hi)


def fmt_params(p: float) -> str:
    return f"{p / 1e12:g}T" if p >= 1e12 else f"{p / 1e9:g}B" if p >= 1e9 else f"{p / 1e6:g}M"


def human(x: float, unit: str = "", *, lang: str = "en") -> str:
    """3 significant figures with a word multiplier: 4.1 million, 6.00 billion; in Chinese
    with 万 / 亿 / 万亿 (410万, 5.13亿, 3000亿, 1.2万亿). Same value in both languages."""
    ax = abs(x)
    r = float(f"{x:.3g}")   # bucket by the rounded value: 9999.6万 reads 1亿, not 10000万
    steps = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")) if lang == "zh" else \
        ((1e12, " trillion"), (1e9, " billion"), (1e6, " million"))
    for div, word in steps:
        if abs(r) >= div * 1e4 and div == steps[0][0]:
            s = f"{x:.3g}"
            break
        if abs(r) >= div:
            s = f"{_sig3(r / div, lang != 'zh')}{word}"
            break
    else:
        s = f"{x:,.0f}" if ax >= 100 else f"{x:,.3g}"
    if lang == "zh":
        return f"{s}{unit}" if unit else s
    return f"{s} {unit}".strip()


def amount(x: float, unit: str, lang: str = "en") -> str:
    """A computed amount as a headline names it ("US$12.1 billion", "1.2亿元", "407 MW"); "" for
    a unit it has no words for (a ratio, a count of things the sentence already names)."""
    if unit == "US$":
        return f"{human(x, lang=lang)}美元" if lang == "zh" else f"US${human(x)}"
    if unit == "RMB":
        return f"{human(x, lang=lang)}元" if lang == "zh" else f"RMB {human(x)}"
    if unit == "MW":
        from calc.text import power
        return power(x, lang)
    if unit == "users":                    # "1,200 users", "1,200个用户"
        return f"{human(x, lang=lang)}个用户" if lang == "zh" else f"{human(x)} users"
    if unit == "tokens/day":               # "1.82 billion tokens a day", "每天18.2亿个token"
        return f"每天{human(x, lang=lang)}个token" if lang == "zh" else f"{human(x)} tokens a day"
    if unit == "ms":                       # "236 ms", "236毫秒"
        return f"{x:,.0f}毫秒" if lang == "zh" else f"{x:,.0f} ms"
    if unit == "kWh":                      # "6.38 TWh", "63.8亿千瓦时"
        if lang == "zh":
            return f"{human(x, lang=lang)}千瓦时"
        scale, name = next(((s, n) for s, n in ((1e9, "TWh"), (1e6, "GWh"), (1e3, "MWh")) if x >= s),
                           (1.0, "kWh"))
        return f"{x / scale:,.3g} {name}"
    return ""


def _sig3(v: float, grouped: bool) -> str:
    """v to 3 significant figures without an exponent: a multiplier's count can reach
    thousands (3000亿, 5,000 trillion)."""
    a = abs(v)
    if a < 1000:
        return f"{v:.3g}"
    r = round(v, 2 - math.floor(math.log10(a)))
    return f"{r:,.0f}" if grouped else f"{r:.0f}"
