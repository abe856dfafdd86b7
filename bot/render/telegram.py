"""Telegram HTML rendering: every piece of dynamic text escaped, messages under 4096.

A calculator answer puts the answer first: the headline, the figures that answer the question
(calc/key_figures.py), a comparison as a <pre> table, the key assumptions in one line and any
input that was not used (a trust feature: never hidden), all within FIRST_SCREEN characters.
Everything else (the other figures, every assumption with its origin, the arithmetic, sources,
notes) follows in a `<blockquote expandable>`, one tap away. Under it, the follow-up buttons
(`keyboard`)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from bot.core.followups import FollowUp, encode
from bot.core.messages import t
from bot.render.chunks import pack, split_plain
from bot.render.text import (
    alternative_lines,
    assumption_line,
    assumptions_summary,
    comparison_table,
    figure_line,
    heading,
    hints_line,
    reference_line,
    unused_lines,
)
from calc import Result
from calc.key_figures import key_figures
from calc.script import localized

LIMIT = 4096
FIRST_SCREEN = 900          # characters shown before the expandable part: one phone screen
EXPANDABLE = "<blockquote expandable>"
_CLOSE = "</blockquote>"
BUTTONS_PER_ROW = 3
MIN_UNUSED = 12             # unused inputs always on the first screen, however many there are


def _e(s: str) -> str:
    return escape(s, quote=False)


def _bold(s: str) -> str:
    return f"<b>{_e(s)}</b>"


def calc_messages(res: Result, lang: str) -> list[str]:
    """The answer first, the details expandable; more messages only when the details do not
    fit in one (each later one is an expandable quote of its own)."""
    return [localized(m, lang) for m in _calc_messages(res, lang)]


def _calc_messages(res: Result, lang: str) -> list[str]:
    head = first_screen(res, lang)
    heads = [head] if len(head) <= LIMIT else pack([(plain(head), _e)], LIMIT)
    room = LIMIT - len(heads[-1]) - len(EXPANDABLE) - len(_CLOSE) - 2
    details = pack(detail_blocks(res, lang), max(200, room))
    if not details:
        return heads
    first = f"{heads[-1]}\n{EXPANDABLE}{details[0]}{_CLOSE}"
    if len(first) > LIMIT:
        return [*heads, *(f"{EXPANDABLE}{d}{_CLOSE}" for d in details)]
    return [*heads[:-1], first, *(f"{EXPANDABLE}{d}{_CLOSE}" for d in details[1:])]


def first_screen(res: Result, lang: str, *, limit: int = FIRST_SCREEN) -> str:
    """Headline, key figures, a comparison table, the assumptions in one line and the inputs
    not used, within `limit` visible characters: long unused notes are shortened, then the
    table loses rows; only past a dozen unused inputs do the last ones move to the details."""
    cut, most = 400, len(res.unused)
    rows = len(res.alternatives) + 1
    while True:
        html = _first_screen(res, lang, cut=cut, rows=rows, most=most)
        if len(plain(html)) <= limit or (cut <= 60 and rows <= 3 and most <= MIN_UNUSED):
            return html
        if cut > 60:
            cut = max(60, cut // 2)
        elif rows > 3:
            rows -= 1
        else:
            most = max(MIN_UNUSED, most // 2)


def _first_screen(res: Result, lang: str, *, cut: int, rows: int, most: int) -> str:
    parts = [_bold(res.headline)]
    figs = key_figures(res, lang)
    if figs:
        parts.append(_e("\n".join(f"• {figure_line(f, lang)}" for f in figs)))
    table = comparison_table(res, lang)[:rows]
    if table:
        parts.append(f"<pre>{_e(chr(10).join(table))}</pre>")
    summary = assumptions_summary(res, lang)
    if summary:
        parts.append(f"<i>{_e(summary)}</i>")
    if res.unused:
        shown = [f"• {_shorten(x, cut)}" for x in unused_lines(res, lang)[:most]]
        if len(res.unused) > most:
            shown.append(t("unused_more", lang).format(n=len(res.unused) - most))
        parts.append(f"{_bold(heading('unused', lang))}\n{_e(chr(10).join(shown))}")
    return "\n\n".join(parts)


def _shorten(s: str, n: int) -> str:
    return s if len(s) <= n else split_plain(s, n)[0][: n - 1].rstrip() + "…"


def detail_blocks(res: Result, lang: str) -> list[tuple[str, Callable[[str], str]]]:
    """Everything the first screen leaves out, as blocks for `pack`."""
    blocks: list[tuple[str, Callable[[str], str]]] = []
    shown = set(key_figures(res, lang))
    rest = [f for f in res.figures if f not in shown]
    if rest:
        blocks.append((heading("more_figures", lang), _bold))
        blocks.append(("\n".join(f"• {figure_line(f, lang)}" for f in rest), _e))
    if res.alternatives:
        blocks.append((heading("options", lang), _bold))
        blocks.append(("\n".join(alternative_lines(res, lang)), _e))
    if len(res.unused) > MIN_UNUSED:      # the first screen may have shown only the first ones
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
        blocks.append((heading("notes", lang) + "\n" + "\n".join(res.notes), _e))
    if res.change_hints:
        blocks.append((hints_line(res, lang, quote=False), lambda s: f"<i>{_e(s)}</i>"))
    return blocks


def keyboard(follow_ups: list[FollowUp], token: str) -> list[list[tuple[str, str]]]:
    """Rows of (label, callback data) for an inline keyboard."""
    buttons = [(f.label, encode(token, f.id)) for f in follow_ups]
    return [buttons[i:i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]


def chart_caption(title: str) -> str:
    return _e(title)[:1024]


def error_message(message: str, lang: str) -> str:
    sep = "" if lang == "zh" else " "
    return localized(f"{_e(t('error', lang))}{sep}{_e(message)}", lang)


def narrative_messages(text: str, source: str, lang: str, *, done: bool = True) -> list[str]:
    label = t("from_llm" if source == "llm" else "from_notes", lang)
    if not done:        # a preview says so, in case it is never completed (shutdown, a flood)
        label = f"{label} · {t('still_writing', lang)}"
    body = text if done else text + " …"
    return [localized(m, lang) for m in pack([(body, _e), (label, lambda s: f"<i>{_e(s)}</i>")], LIMIT)]


def plain(html_text: str) -> str:
    """The same message without markup, for the parse-failure fallback."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html_text))
