"""Telegram HTML rendering: every piece of dynamic text escaped, messages under 4096."""

from __future__ import annotations

from html import escape

from bot.messages import t
from bot.render.chunks import pack
from bot.render.text import (
    alternative_lines,
    assumption_line,
    figure_line,
    fmt_value,
    unused_lines,
)
from calc import Result

LIMIT = 4096


def _e(s: str) -> str:
    return escape(s, quote=False)


def calc_messages(res: Result, lang: str) -> list[str]:
    blocks = [(res.headline, lambda s: f"<b>{_e(s)}</b>")]
    figs = "\n".join(f"• {figure_line(f, lang)}" for f in res.figures)
    blocks.append((figs, _e))
    if res.alternatives:
        blocks.append((t("options", lang) + ":", lambda s: f"<b>{_e(s)}</b>"))
        blocks.append(("\n".join(alternative_lines(res, lang)), _e))
    if res.unused:
        blocks.append((t("unused", lang) + ":", lambda s: f"<b>{_e(s)}</b>"))
        blocks.append(("\n".join(unused_lines(res, lang)), _e))
    if res.assumptions:
        lines = "\n".join(assumption_line(a, lang) for a in res.assumptions)
        blocks.append((t("assumptions", lang) + ":", lambda s: f"<b>{_e(s)}</b>"))
        blocks.append((lines, lambda s: f"<i>{_e(s)}</i>"))
    if res.steps:
        blocks.append((t("steps", lang) + ":", lambda s: f"<b>{_e(s)}</b>"))
        blocks.append(("\n".join(res.steps), lambda s: f"<code>{_e(s)}</code>"))
    if res.references:
        refs = "\n".join(f"{r.label}: {fmt_value(r.value, r.unit, lang)} ({r.source})"
                         for r in res.references)
        blocks.append((t("references", lang) + ":\n" + refs, _e))
    if res.notes:
        blocks.append(("\n".join(res.notes), _e))
    if res.change_hints:
        blocks.append((t("change", lang) + ": " + " · ".join(res.change_hints),
                       lambda s: f"<i>{_e(s)}</i>"))
    return pack(blocks, LIMIT)


def error_message(message: str, lang: str) -> str:
    return f"{_e(t('error', lang))} {_e(message)}"


def narrative_messages(text: str, source: str, lang: str, *, done: bool = True) -> list[str]:
    label = t("from_llm" if source == "llm" else "from_notes", lang)
    body = text if done else text + " …"
    return pack([(body, _e), (label, lambda s: f"<i>{_e(s)}</i>")], LIMIT)


def plain(html_text: str) -> str:
    """The same message without markup, for the parse-failure fallback."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html_text))
