"""Slack rendering: Block Kit (header, mrkdwn sections, context) plus a plain-text fallback.

User text is escaped for mrkdwn (&, <, >) so "<!channel>", "<@U123>" and links in a question
never ping or link anyone. Sections stay under 3,000 characters, headers under 150, at most
50 blocks a message; longer answers become several messages.
"""

from __future__ import annotations

from typing import Any

from bot.messages import t
from bot.render.chunks import fit, split_plain
from bot.render.text import (
    alternative_lines,
    assumption_line,
    figure_line,
    heading,
    hints_line,
    reference_line,
    unused_lines,
)
from calc import Result

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


def calc_messages(res: Result, lang: str) -> list[Message]:
    head = res.headline if len(res.headline) <= HEADER else res.headline[:HEADER - 1] + "…"
    blocks: list[dict[str, Any]] = [{"type": "header",
                                     "text": {"type": "plain_text", "text": head}}]
    figs = "\n".join(f"• {figure_line(f, lang)}" for f in res.figures)
    blocks += _sections(figs)
    if res.alternatives:
        blocks += _sections("\n".join([heading("options", lang), *alternative_lines(res, lang)]))
    if res.unused:
        blocks += _sections("\n".join([heading("unused", lang),
                                       *(f"• {x}" for x in unused_lines(res, lang))]))
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
    return _messages(blocks, res.headline)


def error_messages(message: str, lang: str) -> list[Message]:
    text = f"{t('error', lang)}{'' if lang == 'zh' else ' '}{message}"
    return _messages(_sections(text), text)


def narrative_messages(text: str, source: str, lang: str, *, done: bool = True) -> list[Message]:
    label = t("from_llm" if source == "llm" else "from_notes", lang)
    if not done:        # a preview says so, in case it is never completed (shutdown, a flood)
        label = f"{label} · {t('still_writing', lang)}"
    blocks = _sections(text if done else text + " …") + _context([label])
    return _messages(blocks, text)


def plain_messages(text: str) -> list[Message]:
    return _messages(_sections(text), text)
