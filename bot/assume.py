"""Per-chat assumptions: `/assume queries=20 peak=3`, or "set queries per user to 20".

Values are validated exactly like numbers in a question (calc.build.check), so an override can
never put an absurd value into a later answer.
"""

from __future__ import annotations

import re

from calc import CalcError
from calc.build import check
from calc.catalog import PRECISIONS, load

# user-facing name -> (parameter, scale applied to the typed number)
NAMES: dict[str, tuple[str, float]] = {
    "queries": ("queries_per_user", 1), "queries_per_user": ("queries_per_user", 1),
    "peak": ("peak_factor", 1), "input": ("input_tokens", 1), "input_tokens": ("input_tokens", 1),
    "output": ("output_tokens", 1), "output_tokens": ("output_tokens", 1),
    "users": ("users", 1), "pue": ("pue", 1), "tpot": ("tpot_ms", 1), "latency_ms": ("tpot_ms", 1),
    "mfu": ("mfu", 0.01), "price": ("price_usd", 1), "rent": ("rent_usd_per_hour", 1),
    "fx": ("usd_cny", 1), "usd_cny": ("usd_cny", 1),
}
_NATURAL = re.compile(r"set\s+(?:the\s+)?([a-z_ ]+?)\s+(?:to|=)\s+(\S+)|设置?\s*(\S+?)\s*为\s*(\S+)")
_ZH = {"每人查询": "queries", "查询次数": "queries", "峰值": "peak", "输入": "input", "输出": "output"}


def parse_assignments(text: str) -> dict[str, float | str]:
    """'queries=20 peak=3 gpu=H200 model=llama 3 70b precision=fp8' -> parameter overrides."""
    pairs = re.findall(r"([a-z_]+)\s*=\s*([^=]+?)(?=\s+[a-z_]+\s*=|$)", text.strip().lower())
    if not pairs:
        m = _NATURAL.search(text.lower())
        if m:
            key = (m.group(1) or m.group(3) or "").strip().replace(" per user", "").replace(" ", "_")
            pairs = [(_ZH.get(key, key), (m.group(2) or m.group(4)).strip())]
    if not pairs:
        raise CalcError("bad_assume", "I could not read that.",
                        "Try '/assume queries=20 peak=3' or '/assume gpu=H200 precision=fp8'.")
    out: dict[str, float | str] = {}
    cat = load()
    for key, raw in pairs:
        raw = raw.strip().rstrip(",;")
        if key in ("gpu", "accelerator"):
            out["accelerator"] = cat.accelerator(raw).id
        elif key == "model":
            out["model"] = cat.model(raw).id
        elif key == "precision":
            if raw not in PRECISIONS:
                raise CalcError("bad_assume", f"Unknown precision '{raw[:20]}'.",
                                f"Use one of {', '.join(PRECISIONS)}.")
            out["precision"] = raw
        elif key in NAMES:
            name, scale = NAMES[key]
            try:
                value = float(raw.rstrip("%").replace(",", "")) * scale
            except ValueError:
                raise CalcError("bad_assume", f"'{raw[:20]}' is not a number.",
                                f"Try '/assume {key}=20'.") from None
            check(name, value)
            out[name] = value
        else:
            raise CalcError("bad_assume", f"I do not know the assumption '{key[:30]}'.",
                            "Known: " + ", ".join(sorted({*NAMES, "gpu", "model", "precision"})))
    return out


def describe(overrides: dict[str, float | str | bool]) -> str:
    if not overrides:
        return "No assumptions set for this chat; defaults apply."
    return "\n".join(f"{k} = {v}" for k, v in sorted(overrides.items()))
