"""The machine-readable contract of `gpubot ask --json` (documented in the README)."""

from __future__ import annotations

from typing import Any

from bot.answer import Answer
from bot.render.text import render


def to_dict(ans: Answer) -> dict[str, Any]:
    calc: dict[str, Any] | None = None
    if ans.result is not None:
        r = ans.result
        calc = {
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
        }
    return {
        "question": ans.question,
        "route": ans.route,
        "lang": ans.lang,
        "calc": calc,
        "narrative": ({"text": ans.narrative.text, "source": ans.narrative.source}
                      if ans.narrative else None),
        "error": ({"kind": ans.error.kind, "message": ans.error.message} if ans.error else None),
        "text": render(ans),
    }
