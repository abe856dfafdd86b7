"""Telegram HTML rendering: every piece of dynamic text escaped, messages under 4096."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from bot.messages import t
from bot.render.chunks import pack
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

LIMIT = 4096


def _e(s: str) -> str:
    return escape(s, quote=False)


def _bold(s: str) -> str:
    return f"<b>{_e(s)}</b>"


def calc_messages(res: Result, lang: str) -> list[str]:
    blocks: list[tuple[str, Callable[[str], str]]] = [(res.headline, _bold)]
    figs = "\n".join(f"• {figure_line(f, lang)}" for f in res.figures)
    blocks.append((figs, _e))
    if res.alternatives:
        blocks.append((heading("options", lang), _bold))
        blocks.append(("\n".join(alternative_lines(res, lang)), _e))
    if res.unused:
        blocks.append((heading("unused", lang), _bold))
        blocks.append(("\n".join(f"• {x}" for x in unused_lines(res, lang)), _e))
    if res.assumptions:
        lines = "\n".join(assumption_line(a, lang) for a in res.assumptions)
        blocks.append((heading("assumptions", lang), _bold))
        blocks.append((lines, lambda s: f"<i>{_e(s)}</i>"))
    if res.steps:
        blocks.append((heading("steps", lang), _bold))
        blocks.append(("\n".join(res.steps), lambda s: f"<code>{_e(s)}</code>"))
    if res.references:
        refs = "\n".join(reference_line(r, lang) for r in res.references)
        blocks.append((heading("references", lang) + "\n" + refs, _e))
    if res.notes:
        blocks.append(("\n".join(res.notes), _e))
    if res.change_hints:
        blocks.append((hints_line(res, lang, quote=False), lambda s: f"<i>{_e(s)}</i>"))
    return pack(blocks, LIMIT)


def error_message(message: str, lang: str) -> str:
    sep = "" if lang == "zh" else " "
    return f"{_e(t('error', lang))}{sep}{_e(message)}"


def narrative_messages(text: str, source: str, lang: str, *, done: bool = True) -> list[str]:
    label = t("from_llm" if source == "llm" else "from_notes", lang)
    if not done:        # a preview says so, in case it is never completed (shutdown, a flood)
        label = f"{label} · {t('still_writing', lang)}"
    body = text if done else text + " …"
    return pack([(body, _e), (label, lambda s: f"<i>{_e(s)}</i>")], LIMIT)


def plain(html_text: str) -> str:
    """The same message without markup, for the parse-failure fallback."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html_text))
