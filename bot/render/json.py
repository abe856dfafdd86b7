"""The machine-readable contract of `gpubot ask --json` (documented in the README)."""

from __future__ import annotations

from typing import Any

from bot.core.answer import Answer
from bot.render.text import render
from calc import Result


def result_dict(r: Result) -> dict[str, Any]:
    """One calculator result; a comparison's options have the same shape, without options."""
    return {
            "intent": r.intent,
            "headline": r.headline,
            "figures": [{"name": f.name, "value": f.value, "unit": f.unit, "label": f.label}
                        for f in r.figures],
            "assumptions": [{"name": a.name, "value": a.value, "unit": a.unit,
                             "origin": a.origin, "label": a.label, "source": a.source}
                            for a in r.assumptions],
            "references": [{"label": x.label, "value": x.value, "unit": x.unit,
                            "source": x.source} for x in r.references],
            "steps": list(r.steps),
            "notes": list(r.notes),
            "inputs": [{"text": i.text, "param": i.param} for i in r.inputs],
            "unused": [{"text": u.text, "reason": u.reason} for u in r.unused],
    }


def to_dict(ans: Answer) -> dict[str, Any]:
    calc: dict[str, Any] | None = None
    if ans.result is not None:
        calc = result_dict(ans.result)
        calc["alternatives"] = [result_dict(a) for a in ans.result.alternatives]
    return {
        "question": ans.question,
        "route": ans.route,
        "lang": ans.lang,
        "calc": calc,
        "narrative": ({"text": ans.narrative.text, "source": ans.narrative.source}
                      if ans.narrative else None),
        "error": ({"kind": ans.error.kind, "message": ans.error.message,
                   "suggestions": list(ans.error.suggestions)} if ans.error else None),
        "text": render(ans),
    }
