"""Slack rendering: Block Kit (header, mrkdwn sections, context) plus a plain-text fallback.

The answer comes first: the headline, the key figures, a comparison as a table, the inputs
that were not used and the key assumptions in one line; everything else (every assumption
with its origin, the arithmetic, published figures, notes) is behind a Details button that
posts it in the thread.

User text is escaped for mrkdwn (&, <, >) so "<!channel>", "<@U123>" and links in a question
never ping or link anyone. Sections stay under 3,000 characters, headers under 150, at most
50 blocks a message; longer answers become several messages.
"""

from __future__ import annotations

from typing import Any

from bot.core.messages import t
from bot.render.chunks import fit, split_plain
from bot.render.text import (
    PRIMARY,
    alternative_lines,
    assumption_line,
    assumption_value,
    figure_line,
    heading,
    hints_line,
    reference_line,
    unused_lines,
)
from calc import Result
from calc.key_figures import key_assumptions as calc_key_assumptions
from calc.key_figures import key_figures as calc_key_figures
from calc.result import Assumption, Figure
from calc.script import localized_obj

SECTION = 2900
HEADER = 150
MAX_BLOCKS = 50
FALLBACK = 2900

Message = dict[str, Any]     # {"blocks": [...], "text": "..."}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sections(text: str, wrap: str = "") -> list[dict[str, Any]]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": piece}}
            for piece in fit(text, lambda s: f"{wrap}{esc(s)}{wrap}", SECTION)]


def _context(lines: list[str]) -> list[dict[str, Any]]:
    blocks = []
    for part in split_plain("\n".join(lines), 1900):
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": esc(part)}]})
    return blocks


def _fallback(text: str) -> str:
    """The notification / screen-reader text: escaped, and cut before escaping so no
    entity is ever split."""
    cut = text[:FALLBACK]
    while len(esc(cut)) > FALLBACK:
        # shrink in proportion: markup-dense text ("<b><b>...") escapes to 3-5x its length, and
        # cutting only the excess off the end could leave nothing at all
        cut = cut[: len(cut) * FALLBACK // len(esc(cut))]
    return esc(cut)


def _messages(blocks: list[dict[str, Any]], fallback: str) -> list[Message]:
    msgs = []
    for i in range(0, len(blocks), MAX_BLOCKS):
        msgs.append({"blocks": blocks[i:i + MAX_BLOCKS], "text": _fallback(fallback)})
    return msgs or [{"text": _fallback(fallback)}]


# the Details button's action id (bot/frontends/slack/app.py handles it); its value names the cached result
DETAILS_ACTION = "gpubot_details"
# the follow-up buttons' action ids: gpubot_fu_0, gpubot_fu_1, … (unique within their block);
# their values are bot/core/followups.py's callback data
FOLLOWUP_ACTION = "gpubot_fu_"
KEY_FIGURES = 4         # columns of a comparison's table
KEY_ASSUMPTIONS = 4
FIELDS = 10             # Slack's limit of fields in one section
FIELD = 1900            # a field's text stays under Slack's 2,000 characters
STATED = ("question", "conversation", "llm")


def key_figures(res: Result, lang: str = "en") -> tuple[Figure, ...]:
    """The 3-5 figures that answer the question, as declared per intent next to the
    calculation (calc/key_figures.py), the same on every front end."""
    return calc_key_figures(res, lang)


def key_assumptions(res: Result) -> list[Assumption]:
    """What the user stated first (they check that it was read right), then the ones that move
    the key figures most (calc/key_figures.py)."""
    stated = [a for a in res.assumptions if a.origin in STATED]
    rest = [a for a in calc_key_assumptions(res) if a not in stated]
    return (stated + rest)[:max(KEY_ASSUMPTIONS, len(stated))]


def _button(text: str, action_id: str, value: str) -> dict[str, Any]:
    return {"type": "button", "text": {"type": "plain_text", "text": text[:75]},
            "action_id": action_id, "value": value}


def _option_label(res: Result, alt: Result, i: int, lang: str) -> str:
    """What tells an option apart: the stated inputs whose values differ between the options
    ("H200 SXM", "Llama 3 70B"), else its number."""
    values: dict[str, set[str]] = {}
    for a in res.alternatives:
        for x in a.assumptions:
            values.setdefault(x.name, set()).add(str(x.value))
    parts = [assumption_value(x, lang) for x in alt.assumptions
             if x.origin in STATED and len(values[x.name]) > 1]
    return " · ".join(parts) or f"{i}."


def _columns(res: Result) -> list[str]:
    """The figures every option has and that tell them apart, the primary ones first (the same
    columns for every option, so the options read as a table)."""
    common = [f.name for f in res.alternatives[0].figures
              if all(a.figure(f.name) is not None for a in res.alternatives)]
    differ = [n for n in common if len({a.value(n) for a in res.alternatives}) > 1]
    order = {name: i for i, name in enumerate(PRIMARY)}
    cols = sorted(differ, key=lambda n: (order.get(n, len(order)), common.index(n)))
    return (cols + [n for n in common if n not in cols])[:KEY_FIGURES]


def _table(res: Result, lang: str) -> list[dict[str, Any]]:
    """A comparison as a compact table: one field per option (Slack lays fields out two
    abreast), each with the same figures."""
    cols = _columns(res)
    fields = []
    for i, alt in enumerate(res.alternatives, 1):
        lines = [f"*{esc(_option_label(res, alt, i, lang))}*"]
        for name in cols:
            fig = alt.figure(name)
            if fig is not None:
                lines.append(esc(figure_line(fig, lang)))
        fields.append({"type": "mrkdwn", "text": "\n".join(lines)[:FIELD]})
    blocks = []
    for k in range(0, len(fields), FIELDS):
        text = heading("options", lang) if k == 0 else "…"
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": esc(text)},
                       "fields": fields[k:k + FIELDS]})
    return blocks


def _assumptions_line(res: Result, lang: str) -> str:
    key = key_assumptions(res)
    sep = "；" if lang == "zh" else " · "
    line = heading("assumptions", lang) + ("" if lang == "zh" else " ")
    line += sep.join(assumption_line(a, lang) for a in key)
    more = len(res.assumptions) - len(key)
    return line + (sep + t("slack.more_assumptions", lang).format(n=more) if more > 0 else "")


def first_blocks(res: Result, lang: str, details_id: str | None) -> list[dict[str, Any]]:
    """The answer first: headline, the key figures (with the Details button beside them), a
    comparison's table, what was not used (never hidden: it is how a reader catches a
    misreading) and the key assumptions in one line."""
    head = res.headline if len(res.headline) <= HEADER else res.headline[:HEADER - 1] + "…"
    blocks: list[dict[str, Any]] = [{"type": "header",
                                     "text": {"type": "plain_text", "text": head}}]
    figs = _sections("\n".join(f"• {figure_line(f, lang)}" for f in key_figures(res, lang)))
    if figs and details_id is not None:
        figs[0]["accessory"] = _button(t("slack.details", lang), DETAILS_ACTION, details_id)
    blocks += figs
    if res.alternatives:
        blocks += _table(res, lang)
    if res.unused:
        blocks += _sections("\n".join([heading("unused", lang),
                                       *(f"• {x}" for x in unused_lines(res, lang))]))
    if res.assumptions:
        blocks += _context([_assumptions_line(res, lang)])
    return blocks


def details_blocks(res: Result, lang: str) -> list[dict[str, Any]]:
    """Everything the first screen leaves out: the other figures, each option in full, every
    assumption with its origin, the arithmetic, published figures and notes."""
    blocks = _context([t("slack.details_of", lang).format(headline=res.headline)])
    shown = set(key_figures(res, lang))
    rest = [f for f in res.figures if f not in shown]
    if rest:
        blocks += _sections("\n".join([heading("slack.more_figures", lang),
                                       *(f"• {figure_line(f, lang)}" for f in rest)]))
    if res.alternatives:
        blocks += _sections("\n".join([heading("options", lang), *alternative_lines(res, lang)]))
    if res.assumptions:
        blocks += _context([heading("assumptions", lang)] +
                           [assumption_line(a, lang) for a in res.assumptions])
    if res.steps:
        blocks += _sections("\n".join(res.steps), wrap="```")
    refs = [reference_line(r, lang) for r in res.references]
    if refs or res.notes:
        ref_lines = [heading("references", lang), *refs] if refs else []
        blocks += _context([*ref_lines, *res.notes])
    if res.change_hints:
        blocks += _context([hints_line(res, lang, quote=False)])
    return blocks


def buttons_block(buttons: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """One-tap follow-ups, (label, value) each, in one actions block (up to Slack's 25)."""
    elements = [_button(label, f"{FOLLOWUP_ACTION}{i}", value)
                for i, (label, value) in enumerate(buttons[:25])]
    return [{"type": "actions", "elements": elements}] if elements else []


def calc_messages(res: Result, lang: str, *, details_id: str | None = None,
                  buttons: list[tuple[str, str]] | None = None) -> list[Message]:
    """The calculator's answer. With a details_id the rest is one tap away (the Details
    button); without one (nowhere to tap) it follows the first screen in the same messages.
    Follow-up buttons, (label, value) each, go under it."""
    blocks = first_blocks(res, lang, details_id)
    if details_id is None:
        blocks += details_blocks(res, lang)
    return localized_obj(_messages(blocks + buttons_block(buttons or []), res.headline), lang)


def details_messages(res: Result, lang: str) -> list[Message]:
    return localized_obj(_messages(details_blocks(res, lang), t("slack.details_of", lang).format(
        headline=res.headline)), lang)


def error_messages(message: str, lang: str) -> list[Message]:
    text = f"{t('error', lang)}{'' if lang == 'zh' else ' '}{message}"
    return localized_obj(_messages(_sections(text), text), lang)


def narrative_messages(text: str, source: str, lang: str, *, done: bool = True) -> list[Message]:
    label = t("from_llm" if source == "llm" else "from_notes", lang)
    if not done:        # a preview says so, in case it is never completed (shutdown, a flood)
        label = f"{label} · {t('still_writing', lang)}"
    blocks = _sections(text if done else text + " …") + _context([label])
    return localized_obj(_messages(blocks, text), lang)


def plain_messages(text: str) -> list[Message]:
    return _messages(_sections(text), text)
