"""One-tap what-ifs under a calculator answer, for every front end.

`for_answer(answer)` lists the 3-6 most useful follow-ups of the answer's intent: another
accelerator, another precision, another model, a doubled load, a chart, the other language.
Each is a `FollowUp(id, label, text)`. `text` is the follow-up exactly as a user would type it
in the answer's language ("what about H200?", "换成H200呢？"), so a tap is handled by feeding
`text` to the same Core entry a typed message takes: same per-chat order, same chat state, same
rate limit. Two ids are commands rather than questions: "chart" (text "/chart": draw the
answer) and "lang:xx" (text "/lang xx": the chat's language, then the answer again in it).
The text is a pure function of the id and the language (`text_for`), so a tap needs nothing
from the answer but its id: that is what keeps the callback data short.

Callback data and why it can be trusted
--------------------------------------
Platforms hand a button's data back verbatim (Telegram allows 64 bytes), and anyone can send
any data. A button is only valid under the chat's *latest* calculator answer: "what about
H200?" continues the chat's last request, so a tap under an older answer would silently change
a newer question. Hence:

* `answer_token(key, request, secret=...)`: 11 characters, an HMAC-SHA256 of the chat key and
  the answer's request (its stored form, `Request.to_dict()`, which Core keeps as the chat's
  `last_request`), keyed by a secret (`secret_from(bot_token)`: derived from the platform
  token, so every replica and every restart agree; never the token itself).
* `encode(token, id)` -> "fu1:<token>:<id>" (at most 64 bytes, checked); `decode(data)` ->
  (token, id), or None for anything not in that shape or an id this module would not make.
* `check(store, key, token, secret=...)`: the token recomputed from the chat's stored
  `last_request`. It matches only when the button sits under the chat's latest answer; a
  forged token (no secret) and a stale one (the chat has moved on) both fail, and the front
  end answers with `t("fu_stale")`, politely, in the user's language. No extra state is
  stored: the stored request is the state.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.answer import Answer
from bot.store import ChatKey, Store
from calc import CalcError, Request, Result
from calc.catalog import PRECISIONS, Catalog, load

PREFIX = "fu1"
MAX_DATA = 64
MAX_BUTTONS = 6
# intents where the accelerator, the precision, the model change the answer
_ACC_INTENTS = frozenset({"fleet", "throughput", "training", "capex", "power", "energy", "convert",
                          "memory"})
_PREC_INTENTS = frozenset({"fleet", "throughput", "training", "convert", "memory"})
_MODEL_INTENTS = frozenset({"fleet", "throughput", "memory"})

# relevant alternatives to an accelerator, most relevant first (the next generation, the
# rival, the previous generation); anything else gets _DEFAULT_ALTS
_ALTS: dict[str, tuple[str, ...]] = {
    "h100_sxm": ("h200_sxm", "b200", "mi300x", "a100_sxm_80gb"),
    "h100_pcie": ("h100_sxm", "h200_sxm", "l40s", "a100_pcie_80gb"),
    "h100_nvl": ("h200_sxm", "h100_sxm", "mi300x", "b200"),
    "h800_sxm": ("h100_sxm", "h20", "h200_sxm", "b200"),
    "h20": ("h800_sxm", "h100_sxm", "h200_sxm", "mi300x"),
    "h200_sxm": ("b200", "h100_sxm", "mi325x", "b300"),
    "b200": ("b300", "h200_sxm", "mi355x", "gb200"),
    "gb200": ("b200", "b300", "h200_sxm", "mi355x"),
    "b300": ("b200", "gb200", "mi355x", "h200_sxm"),
    "a100_sxm_80gb": ("h100_sxm", "h200_sxm", "mi300x", "l40s"),
    "a100_sxm_40gb": ("a100_sxm_80gb", "h100_sxm", "mi300x", "l40s"),
    "a100_pcie_80gb": ("h100_pcie", "l40s", "a100_sxm_80gb", "h100_sxm"),
    "v100_sxm2_32gb": ("a100_sxm_80gb", "h100_sxm", "h200_sxm", "b200"),
    "mi300x": ("h100_sxm", "mi325x", "h200_sxm", "b200"),
    "mi325x": ("mi355x", "h200_sxm", "mi300x", "b200"),
    "mi355x": ("b200", "mi325x", "b300", "h200_sxm"),
    "l40s": ("h100_pcie", "l4", "a100_pcie_80gb", "h100_sxm"),
    "l4": ("l40s", "rtx_4090", "a100_pcie_80gb", "h100_pcie"),
    "rtx_4090": ("l40s", "l4", "h100_pcie", "a100_pcie_80gb"),
}
_DEFAULT_ALTS = ("h100_sxm", "h200_sxm", "b200", "mi300x", "a100_sxm_80gb")
# another model: a big one offers a mid-size one, a mid-size one a small one, a small one a big
_BIG, _MID, _SMALL = "llama3_70b", "llama3_8b", "llama3_70b"
_ZH_MODELS = {"llama3_70b": "qwen25_72b", "llama3_8b": "qwen25_7b"}

_TEXT = {
    "acc": {"en": "what about {name}?", "zh": "换成{name}呢？"},
    "prec": {"en": "what about {name}?", "zh": "用{name}呢？"},
    "model": {"en": "what about {name}?", "zh": "换成{name}呢？"},
    "x2:users": {"en": "what if users double?", "zh": "用户翻倍呢？"},
    "x2:load": {"en": "what if traffic doubles?", "zh": "流量翻倍呢？"},
    "x2:gpus": {"en": "what if the GPUs double?", "zh": "卡翻倍呢？"},
}
# growth: the same horizon at another pace (Moore's law against AI's 3.5-month doubling)
MOORE_MONTHS = 24
AI_MONTHS = 3.5
_GROW_TEXT = {"en": "doubles every {d} months: how much in {p} months?",
              "zh": "每{d}个月翻一番，{p}个月后是多少倍？"}
_GROW_LABEL = {"moore": {"en": "Moore's law pace", "zh": "按摩尔定律"},
               "every": {"en": "×2 every {d} mo", "zh": "每{d}个月翻倍"}}
_LABEL = {
    "x2:users": {"en": "users ×2", "zh": "用户×2"},
    "x2:load": {"en": "traffic ×2", "zh": "流量×2"},
    "x2:gpus": {"en": "GPUs ×2", "zh": "卡数×2"},
    "chart": {"en": "📈 chart", "zh": "📈 图表"},
    "lang:zh": {"en": "🇨🇳 中文", "zh": "🇨🇳 中文"},
    "lang:en": {"en": "English", "zh": "English"},
}
_ID = re.compile(r"(?:acc|model):[a-z0-9_]{1,24}|prec:(?:" + "|".join(PRECISIONS) + r")"
                 r"|x2:(?:users|load|gpus)|chart|lang:(?:en|zh)|grow:\d{1,3}(?:\.\d)?:\d{1,4}")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{11}")


@dataclass(frozen=True)
class FollowUp:
    id: str          # stable, short: "acc:h200_sxm", "prec:fp8", "x2:users", "chart", "lang:zh"
    label: str       # the button's text
    text: str        # what a tap sends on, as a user would type it


def for_answer(ans: Answer, *, catalog: Catalog | None = None) -> list[FollowUp]:
    """The answer's follow-ups (none for an answer without numbers)."""
    if ans.request is None or ans.result is None:
        return []
    return for_result(ans.request, ans.result, ans.lang, catalog=catalog)


def for_result(req: Request, res: Result, lang: str, *,
               catalog: Catalog | None = None) -> list[FollowUp]:
    """Never offers what is already asked: not the accelerator, precision or model the answer
    used, not a chart for an intent without one, not the answer's own language."""
    cat = catalog or load()
    used = {a.name: a.value for a in res.assumptions}
    ids: list[str] = []
    extra: list[str] = []
    acc = _accelerator(req, used, cat)
    if res.intent in _ACC_INTENTS and acc is not None and not req.options:
        alts = alternatives(acc, res.intent, catalog=cat)
        ids += [f"acc:{a}" for a in alts[:1]]
        extra += [f"acc:{a}" for a in alts[1:2]]
    prec = str(used.get("precision") or req.params.get("precision") or "").lower()
    if res.intent in _PREC_INTENTS and prec in PRECISIONS and acc is not None:
        other = _other_precision(prec, acc, cat)
        if other:
            ids.append(f"prec:{other}")
    model = _model(req, used, cat)
    if res.intent in _MODEL_INTENTS and model is not None:
        ids.append(f"model:{_other_model(model, lang, cat)}")
    doubled = _doubled(req, res.intent)
    if doubled:
        ids.append(doubled)
    if res.intent == "growth":
        ids += _growth(req)
    if kind_for(req, res) is not None:
        ids.append("chart")
    ids.append("lang:en" if lang == "zh" else "lang:zh")
    room = MAX_BUTTONS - len(ids)
    ids[1:1] = extra[:max(0, room)]            # a second accelerator, beside the first
    return [FollowUp(i, label_for(i, lang, catalog=cat), text_for(i, lang, catalog=cat))
            for i in ids]


def alternatives(acc_id: str, intent: str, *, n: int = 4,
                 catalog: Catalog | None = None) -> list[str]:
    """Accelerators worth comparing with `acc_id` (never itself); for a purchase, only those
    the catalog has a price for, since the answer would otherwise be a missing-price error."""
    cat = catalog or load()
    out: list[str] = []
    for a in (*_ALTS.get(acc_id, ()), *_DEFAULT_ALTS):
        if a == acc_id or a in out or a not in cat.accelerators:
            continue
        price = cat.price(a)
        if intent == "capex" and (price is None or price.purchase_usd is None):
            continue
        out.append(a)
    return out[:n]


def text_for(fu_id: str, lang: str, *, catalog: Catalog | None = None) -> str:
    """The follow-up as typed, for an id `decode` accepted."""
    lang = "zh" if lang == "zh" else "en"
    kind, _, arg = fu_id.partition(":")
    if fu_id == "chart":
        return "/chart"
    if kind == "lang":
        return f"/lang {arg}"
    if fu_id in _TEXT:
        return _TEXT[fu_id][lang]
    if kind == "grow":
        months, _, period = arg.partition(":")
        return _GROW_TEXT[lang].format(d=months, p=period)
    return _TEXT[kind][lang].format(name=_name(kind, arg, catalog or load()))


def label_for(fu_id: str, lang: str, *, catalog: Catalog | None = None) -> str:
    lang = "zh" if lang == "zh" else "en"
    if fu_id in _LABEL:
        return _LABEL[fu_id][lang]
    kind, _, arg = fu_id.partition(":")
    if kind == "grow":
        months, _, period = arg.partition(":")
        key = "moore" if months == str(MOORE_MONTHS) else "every"
        return _GROW_LABEL[key][lang].format(d=months, p=period)
    name = _name(kind, arg, catalog or load())
    return name.removesuffix(" SXM") if kind == "acc" else name


# ---------------------------------------------------------------- callback data
def secret_from(*parts: str) -> bytes:
    """A key for answer tokens from configuration that every replica shares (the bot token);
    a fresh random key when there is none (one process: buttons die with it)."""
    material = "\x1f".join(p for p in parts if p)
    if not material:
        return secrets.token_bytes(32)
    return hashlib.sha256(b"gpubot follow-ups\x1f" + material.encode()).digest()


def answer_token(key: ChatKey, request: Request | Mapping[str, object] | None, *,
                 secret: bytes) -> str:
    """11 URL-safe characters naming the chat's answer to `request` (its stored form)."""
    stored = request.to_dict() if isinstance(request, Request) else dict(request or {})
    body = json.dumps([list(key), stored], sort_keys=True, ensure_ascii=False, default=str)
    mac = hmac.new(secret, body.encode(), hashlib.sha256).digest()[:8]
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def encode(answer_token: str, fu_id: str) -> str:
    data = f"{PREFIX}:{answer_token}:{fu_id}"
    if len(data.encode()) > MAX_DATA or not _ID.fullmatch(fu_id) or not _TOKEN.fullmatch(answer_token):
        raise ValueError(f"cannot encode follow-up {fu_id!r}")
    return data


def decode(data: object) -> tuple[str, str] | None:
    """(token, id) from callback data this module made; None for anything else."""
    if not isinstance(data, str) or len(data.encode()) > MAX_DATA:
        return None
    prefix, _, rest = data.partition(":")
    token, _, fu_id = rest.partition(":")
    if prefix != PREFIX or not _TOKEN.fullmatch(token) or not _ID.fullmatch(fu_id):
        return None
    return token, fu_id


async def check(store: Store, key: ChatKey, token: str, *, secret: bytes) -> Request | None:
    """The chat's last request when `token` names it (the button is under the latest answer);
    None for a stale or forged token, or when the state cannot be read."""
    state = await store.load(key)
    if not state.last_request:
        return None
    expected = answer_token(key, state.last_request, secret=secret)
    if not hmac.compare_digest(expected, token):
        return None
    return Request.from_dict(state.last_request)


# ---------------------------------------------------------------- helpers
def _accelerator(req: Request, used: Mapping[str, object], cat: Catalog) -> str | None:
    for name in (req.params.get("accelerator"), used.get("accelerator")):
        if isinstance(name, str):
            try:
                return cat.accelerator(name).id
            except Exception:
                continue
    return None


def _model(req: Request, used: Mapping[str, object], cat: Catalog) -> str | None:
    for name in (req.params.get("model"), used.get("model")):
        if isinstance(name, str):
            try:
                return cat.model(name).id
            except Exception:
                continue
    return None


def _other_precision(prec: str, acc_id: str, cat: Catalog) -> str | None:
    """FP8 for a 16-bit answer (when the chip runs it), else BF16/FP16; FP4 on a chip with
    FP4 for an FP8 answer."""
    tflops = cat.accelerators[acc_id].tflops
    if prec in ("fp8", "int8"):
        return "fp4" if "fp4" in tflops else "bf16" if "bf16" in tflops else "fp16"
    if prec == "fp4":
        return "fp8"
    return "fp8" if "fp8" in tflops else "int8" if "int8" in tflops else None


def _other_model(model_id: str, lang: str, cat: Catalog) -> str:
    params_b = cat.models[model_id].params_b
    pick = _SMALL if params_b < 20 else _MID if params_b < 100 else _BIG
    if pick == model_id:
        pick = _MID if pick == _BIG else _BIG
    if lang == "zh":
        pick = _ZH_MODELS.get(pick, pick)
    return pick if pick != model_id else _BIG


def _doubled(req: Request, intent: str) -> str | None:
    p = req.params
    if intent in ("fleet", "energy", "google_search"):
        if "users" in p:
            return "x2:users"
        if any(k in p for k in ("qps", "queries_per_day", "concurrent_users", "tokens_per_day")):
            return "x2:load"
        return None
    if "gpus" in p and intent in ("throughput", "training", "capex", "power", "memory"):
        return "x2:gpus"
    return None


def _growth(req: Request) -> list[str]:
    """The same horizon at the other pace: Moore's law for a fast doubling, AI's 3.5 months
    for a slow one (only a doubling time and a horizon both stated make a question)."""
    d, p = req.params.get("doubling_months"), req.params.get("period_months")
    if not isinstance(d, (int, float)) or not isinstance(p, (int, float)) or not 0 < p < 10000:
        return []
    other: float = MOORE_MONTHS if d < 12 else AI_MONTHS
    return [f"grow:{other:g}:{p:.0f}"]


def _name(kind: str, arg: str, cat: Catalog) -> str:
    if kind == "acc":
        return cat.accelerators[arg].short
    if kind == "model":
        return cat.models[arg].short
    return arg.upper()


# ---------------------------------------------------------------- which chart an answer has
LOADS = ("users", "qps", "queries_per_day", "concurrent_users", "tokens_per_day")


def kind_for(req: Request, res: Result) -> str | None:
    """Which chart the answer has (bot/render/charts.py draws it), or None: decided here,
    where the 📈 button is offered."""
    if not res.figures:
        return None
    if res.intent == "fleet" and res.figure("gpus") and any(k in req.params for k in LOADS):
        return "fleet_users"
    if res.intent == "capex" and res.figure("cost_usd") and chart_accelerator(req, res) is not None:
        return "capex_opex"
    if res.intent == "training" and res.figure("train_flops") and chart_accelerator(req, res) is not None:
        return "training_days"
    if res.intent == "growth" and (res.figure("growth_factor") or res.figure("doubling_months")):
        return "growth"
    return None


def chart_accelerator(req: Request, res: Result) -> str | None:
    """The accelerator a chart of this answer is about, or None."""
    cat = load()
    for name in (req.params.get("accelerator"),
                 next((a.value for a in res.assumptions if a.name == "accelerator"), None)):
        if isinstance(name, str):
            try:
                return cat.accelerator(name).id
            except CalcError:
                continue
    return None
