"""The calculator's facts: accelerators, servers, models, prices and rates.

Loaded once from the TOML files in calc/data and validated on load, so a bad edit fails
loudly at start-up rather than producing a wrong number later. Lookups accept the names
people type ("H100s", "英伟达H100", "llama-3.3-70b") and suggest the nearest entry when
nothing matches.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from calc import rx
from calc.result import CalcError

DATA = Path(__file__).parent / "data"
# the currencies a question's amounts are converted to US$ from, at the rates in prices.toml's [fx]
CONVERTED = ("eur", "gbp", "jpy")
PRECISIONS = ("fp32", "tf32", "fp16", "bf16", "fp8", "int8", "fp4")
BYTES_PER_PARAM = {"fp32": 4.0, "tf32": 4.0, "fp16": 2.0, "bf16": 2.0, "fp8": 1.0, "int8": 1.0,
                   "fp4": 0.5}
_VENDOR_WORDS = rx.compile(r"\b(nvidia|amd|intel|google|geforce|instinct|tesla)\b|英伟达|英偉達|超威|谷歌")


@dataclass(frozen=True)
class Accelerator:
    id: str
    name: str
    short: str
    vendor: str
    aliases: tuple[str, ...]
    mem_gb: float
    bw_tbs: float
    tflops: dict[str, float]
    tdp_w: float
    source: str
    as_of: str
    status: str = "S"
    mamf_fraction: float | None = None
    link_gbs: float | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.mem_gb <= 0 or self.bw_tbs <= 0 or not self.tflops:
            raise ValueError(f"accelerator {self.id}: memory, bandwidth and compute are required")
        if not self.source or not self.as_of:
            raise ValueError(f"accelerator {self.id}: source and as_of are required")

    def peak_tflops(self, precision: str) -> tuple[float, str]:
        """Dense peak at a precision, falling back to the nearest the chip really runs."""
        order = {
            "fp4": ("fp4", "fp8", "int8", "bf16", "fp16"),
            "fp8": ("fp8", "int8", "bf16", "fp16"),
            "int8": ("int8", "fp8", "bf16", "fp16"),
            "bf16": ("bf16", "fp16"),
            "fp16": ("fp16", "bf16"),
            "tf32": ("tf32", "fp32"),
            "fp32": ("fp32",),
        }[precision]
        for p in order:
            if p in self.tflops:
                return self.tflops[p], p
        p = max(self.tflops, key=lambda k: self.tflops[k])
        return self.tflops[p], p

    def native_low_precision(self) -> str:
        return "fp8" if "fp8" in self.tflops else "bf16" if "bf16" in self.tflops else "fp16"


@dataclass(frozen=True)
class Model:
    id: str
    name: str
    short: str
    aliases: tuple[str, ...]
    params_b: float
    source: str
    as_of: str
    active_params_b: float | None = None
    layers: int | None = None
    hidden: int | None = None
    heads: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    kv_bytes_per_token: float | None = None
    experts: int | None = None
    experts_active: int | None = None
    train_tokens_t: float | None = None
    max_ctx: int | None = None
    trained_year: int | None = None
    trained_on: str | None = None        # accelerator id
    trained_source: str = ""
    # the precision the weights are published in, when not BF16 ("fp8": DeepSeek-V3's released
    # checkpoint); what a memory estimate assumes unless a precision is stated
    released_precision: str | None = None

    def __post_init__(self) -> None:
        if self.params_b <= 0:
            raise ValueError(f"model {self.id}: params_b must be positive")
        if self.active_params_b is not None and self.active_params_b > self.params_b:
            raise ValueError(f"model {self.id}: active params exceed total")
        if not self.source or not self.as_of:
            raise ValueError(f"model {self.id}: source and as_of are required")

    @property
    def active_b(self) -> float:
        return self.active_params_b or self.params_b


@dataclass(frozen=True)
class Server:
    id: str
    name: str
    aliases: tuple[str, ...]
    gpus: int
    gpu: str
    power_w: float
    source: str
    as_of: str


@dataclass(frozen=True)
class Price:
    id: str
    source: str
    as_of: str
    purchase_usd: float | None = None
    purchase_cny: float | None = None
    rent_usd_per_hour: float | None = None
    # earlier prices of the same product, by year ("at 2023 prices"), each with its own source and date
    history: tuple[Price, ...] = ()

    def in_year(self, year: int) -> Price | None:
        """The price of that year: this one when it is dated in it, else the history's, else None."""
        if self.as_of.startswith(str(year)):
            return self
        return next((h for h in self.history if h.as_of.startswith(str(year))), None)


@dataclass(frozen=True)
class Rates:
    usd_cny: float
    fx_source: str
    fx_as_of: str
    dram_usd_per_gb: float
    hbm_multiple: float
    memory_source: str
    electricity_usd_per_kwh: float
    pue: float
    server_overhead: float
    power_source: str
    allin: tuple[tuple[str, float], ...] = ()     # shares of an all-in build, accelerators first
    allin_source: str = ""
    # US$ per unit of the other currencies a question's amounts are converted from, with their sources
    usd_per: tuple[tuple[str, float, str], ...] = ()
    # units of a local currency per US$, with their sources, for amounts stated with no rate (the rupee's)
    local_per: tuple[tuple[str, float, str], ...] = ()
    memory_as_of: str = ""

    def local_per_usd(self, code: str) -> tuple[float, str] | None:
        """(units of the local currency `code` per US$, the rate's source), or None for one not listed."""
        return next(((rate, src) for c, rate, src in self.local_per if c == code), None)

    def usd_per_unit(self, cur: str) -> tuple[float, str] | None:
        """(US$ per one unit of `cur`, the rate's source), or None for a currency not converted."""
        return next(((rate, src) for c, rate, src in self.usd_per if c == cur), None)


@dataclass(frozen=True)
class Catalog:
    accelerators: dict[str, Accelerator]
    models: dict[str, Model]
    servers: dict[str, Server]
    prices: dict[str, Price]
    rates: Rates
    _acc_alias: dict[str, str] = field(repr=False, default_factory=dict)
    _model_alias: dict[str, str] = field(repr=False, default_factory=dict)
    _server_alias: dict[str, str] = field(repr=False, default_factory=dict)

    # ---- alias tables, longest first, used by the question parser ----
    def accelerator_aliases(self) -> list[tuple[str, str]]:
        return sorted(self._acc_alias.items(), key=lambda kv: -len(kv[0]))

    def model_aliases(self) -> list[tuple[str, str]]:
        return sorted(self._model_alias.items(), key=lambda kv: -len(kv[0]))

    def server_aliases(self) -> list[tuple[str, str]]:
        return sorted(self._server_alias.items(), key=lambda kv: -len(kv[0]))

    def accelerator(self, name: str) -> Accelerator:
        key = _lookup(name, self._acc_alias)
        if key is None:
            raise self.unknown("acc", name)
        return self.accelerators[key]

    def model(self, name: str) -> Model:
        key = _lookup(name, self._model_alias)
        if key is None:
            raise self.unknown("model", name)
        return self.models[key]

    def suggest(self, kind: str, name: str, n: int = 3) -> tuple[str, ...]:
        """The nearest catalog entries to a name the catalog does not know (by alias)."""
        table, entries = (self._model_alias, self.models) if kind == "model" else \
            (self._acc_alias, self.accelerators)
        key = normalize_name(name)
        out: list[str] = []
        # aliases that share a three-character piece or the first letter: difflib over the
        # whole table costs milliseconds, these few cost tenths
        key = key.replace(" ", "")
        grams = {key[i:i + 3] for i in range(max(1, len(key) - 2))}
        pool = [a for a in table if " " not in a and (a[:1] == key[:1]
                                                       or any(g in a for g in grams))]
        for cand in (key,):
            for c in difflib.get_close_matches(cand, pool, n=8, cutoff=0.5):
                short = entries[table[c]].short
                if short not in out:
                    out.append(short)
        return tuple(out[:n])

    def unknown(self, kind: str, name: str) -> CalcError:
        """unknown_accelerator / unknown_model, with did-you-mean suggestions."""
        shorts = self.suggest(kind, name)
        key = "model" if kind == "model" else "acc"
        err = "unknown_model" if kind == "model" else "unknown_accelerator"
        hint = f"hint.did_you_mean_{key}" if shorts else f"hint.list_{key}"
        return CalcError(err, f"err.{err}", hint_key=hint, suggestions=shorts,
                         name=_clip(name), suggestion=" / ".join(shorts))

    def price(self, acc_id: str) -> Price | None:
        return self.prices.get(acc_id)

    def server_for(self, acc_id: str) -> Server | None:
        return next((s for s in self.servers.values() if s.gpu == acc_id and s.gpus == 8), None)


def normalize_name(text: str) -> str:
    t = text.lower().strip()
    t = _VENDOR_WORDS.sub(" ", t)
    t = re.sub(r"[_\-/]+", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t


def _lookup(name: str, table: dict[str, str]) -> str | None:
    n = normalize_name(name)
    for cand in (n, n.replace(" ", ""), re.sub(r"s$", "", n), re.sub(r"s$", "", n).replace(" ", "")):
        if cand in table:
            return table[cand]
    return None


def _clip(s: str, n: int = 40) -> str:
    s = "".join(ch for ch in s if ch.isprintable())
    return s if len(s) <= n else s[: n - 1] + "…"


def _alias_keys(*names: str) -> set[str]:
    keys = set()
    for nm in names:
        n = normalize_name(nm)
        if n:
            keys.add(n)
            keys.add(n.replace(" ", ""))
    return keys


def _register(table: dict[str, str], key: str, *names: str) -> None:
    """Add an entry's names to an alias table; one name may never mean two entries."""
    for k in _alias_keys(key, *names):
        if table.get(k, key) != key:
            raise ValueError(f"alias {k!r} names both {table[k]} and {key}")
        table[k] = key


def _read(name: str) -> dict[str, Any]:
    with (DATA / name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def load() -> Catalog:
    """Load and validate every catalog file once per process."""
    accs: dict[str, Accelerator] = {}
    acc_alias: dict[str, str] = {}
    for key, e in _read("accelerators.toml").items():
        tflops = {p: float(e[p]) for p in PRECISIONS if p in e}
        acc = Accelerator(
            id=key, name=e["name"], short=e["short"], vendor=e["vendor"],
            aliases=tuple(e["aliases"]), mem_gb=float(e["mem_gb"]), bw_tbs=float(e["bw_tbs"]),
            tflops=tflops, tdp_w=float(e.get("tdp_w", 0)) or 500.0, source=e["source"],
            as_of=e["as_of"], status=e.get("status", "S"), mamf_fraction=e.get("mamf_fraction"),
            link_gbs=e.get("link_gbs"), note=e.get("note", ""),
        )
        accs[key] = acc
        _register(acc_alias, key, acc.short, acc.name, *acc.aliases)
    models: dict[str, Model] = {}
    model_alias: dict[str, str] = {}
    fields = set(Model.__dataclass_fields__)
    for key, e in _read("models.toml").items():
        kw = {k: v for k, v in e.items() if k in fields and k not in ("aliases",)}
        m = Model(id=key, aliases=tuple(e["aliases"]), **kw)
        if m.trained_on is not None and (m.trained_on not in accs or not m.trained_source):
            raise ValueError(f"model {key}: trained_on must be a catalog accelerator, with a source")
        models[key] = m
        _register(model_alias, key, m.short, m.name, *m.aliases)
    servers: dict[str, Server] = {}
    server_alias: dict[str, str] = {}
    for key, e in _read("servers.toml").items():
        s = Server(id=key, name=e["name"], aliases=tuple(e["aliases"]), gpus=int(e["gpus"]),
                   gpu=e["gpu"], power_w=float(e["power_w"]), source=e["source"], as_of=e["as_of"])
        if s.gpu not in accs:
            raise ValueError(f"server {key}: unknown accelerator {s.gpu}")
        servers[key] = s
        # "H100 服务器" as "H100 server": the same name in Chinese
        zh = [a[:-len(" server")] + sep + "服务器" for a in s.aliases if a.endswith(" server")
              for sep in (" ", "")]
        _register(server_alias, key, *s.aliases, *zh)
    raw = _read("prices.toml")
    fx, mem, pw = raw.pop("fx"), raw.pop("memory"), raw.pop("power")
    allin = raw.pop("allin")
    shares = tuple((k, float(v)) for k, v in allin.items() if k not in ("source", "as_of"))
    if shares[0][0] != "accelerators" or abs(sum(v for _, v in shares) - 1) > 0.01:
        raise ValueError("prices.toml [allin]: shares must start with accelerators and sum to 1")
    prices: dict[str, Price] = {}
    for key, e in raw.items():
        if key not in accs and key not in servers:
            raise ValueError(f"price {key}: no such accelerator or server")
        history = tuple(Price(id=key, **h) for h in e.pop("history", ()))
        prices[key] = Price(id=key, **e, history=history)
        for pr in (prices[key], *history):
            if not pr.source or not pr.as_of:
                raise ValueError(f"price {key}: source and as_of are required, in its history too")
    rates = Rates(
        usd_cny=float(fx["usd_cny"]), fx_source=fx["source"], fx_as_of=fx["as_of"],
        dram_usd_per_gb=float(mem["dram_usd_per_gb"]), hbm_multiple=float(mem["hbm_multiple"]),
        memory_source=mem["source"], memory_as_of=str(mem.get("as_of", "")),
        electricity_usd_per_kwh=float(pw["electricity_usd_per_kwh"]),
        pue=float(pw["pue"]), server_overhead=float(pw["server_overhead"]), power_source=pw["source"],
        allin=shares, allin_source=f"{allin['source']} (as of {allin['as_of']})",
        usd_per=tuple((cur, float(fx[f"usd_per_{cur}"]), str(fx[f"{cur}_source"])) for cur in CONVERTED),
        local_per=tuple((key[:-len("_per_usd")], float(v), str(fx[key[:-len("_per_usd")] + "_source"]))
                        for key, v in fx.items() if key.endswith("_per_usd")),
    )
    return Catalog(accs, models, servers, prices, rates, acc_alias, model_alias, server_alias)
