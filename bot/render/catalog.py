"""Plain-text catalog listings shared by the CLI and the /gpus and /models commands."""

from __future__ import annotations

from bot.core.messages import t
from calc.catalog import load


def accelerators_text(lang: str = "en") -> str:
    lines = [t("cat.accelerators", lang)]
    for a in load().accelerators.values():
        bf = a.tflops.get("bf16") or a.tflops.get("fp16") or 0
        fp8 = a.tflops.get("fp8")
        lines.append(f"• {a.short}: BF16 {bf:,.0f}{f' / FP8 {fp8:,.0f}' if fp8 else ''} · "
                     f"{a.mem_gb:g} GB · {a.bw_tbs:g} TB/s · {a.tdp_w:,.0f} W  [{a.source}]")
    return "\n".join(lines)


def models_text(lang: str = "en") -> str:
    lines = [t("cat.models", lang)]
    params, active = t("cat.params", lang), t("cat.active", lang)
    for m in load().models.values():
        act = f", {m.active_params_b:g}B {active}" if m.active_params_b else ""
        lines.append(f"• {m.short}: {m.params_b:g}B {params}{act}  [{m.source}]")
    lines.append(t("cat.models_size", lang))
    return "\n".join(lines)
