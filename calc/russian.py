"""Russian words in an English question, as Russian speakers slip them in ("1,2 млн DAU", "примерно 4
questions per user в сутки", "256 шт H100", "90 тыс. tickets", "сколько штук?"): the scale words, the period,
the count of pieces and the hedges, said in English, so that every rule reads them as it reads English (as
calc/malay does for Indonesian and Malay). A message is rewritten only when it shows Cyrillic letters. Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_CYRILLIC = rx.compile(r"[\u0400-\u04ff]")

_REWRITES: list[tuple[str, str]] = [
    # scale words after a number ("1,2 млн", "3 млрд", "90 тыс.")
    (r"(?<=\d)(\s*)млрд\.?(?![\u0400-\u04ff])", r"\1billion"),
    (r"(?<=\d)(\s*)млн\.?(?![\u0400-\u04ff])", r"\1million"),
    (r"(?<=\d)(\s*)(?:тыс\.?|тысяч[аи]?)(?![\u0400-\u04ff])", r"\1thousand"),
    (r"(?<=\d)(\s*)трлн\.?(?![\u0400-\u04ff])", r"\1trillion"),
    # periods ("в сутки", "в день", "в месяц", "в год", "в час")
    (r"\bв\s+(?:сутки|день)\b|/\s*сутки\b", "per day"), (r"\bв\s+месяц\b", "per month"),
    (r"\bв\s+год\b", "per year"),
    (r"\bв\s+час\b", "per hour"), (r"\bв\s+секунду\b", "per second"),
    # pieces ("256 шт H100", "сколько штук?")
    (r"\bсколько\s+(?:штук|шт\.?|карт|gpu)", "how many"), (r"(?<=\d)(\s*)шт\.?(?![\u0400-\u04ff])", r"\1pcs"),
    (r"\bштук\b", "pcs"),
    # hedges and the asked
    (r"\b(?:примерно|около|где-то|порядка)\b", "about"), (r"\bсколько\b", "how many"),
    (r"\bв\s+среднем\b", "on average"), (r"\bпик\b", "peak"),
    (r"\bнужно\b|\bнадо\b|\bнужны\b", "needed"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


# an English message with a Russian word or two written in Latin letters ("64 shtuk H100", "100 tysyach
# concurrent users", "how many shtuk we can buy"): read without Cyrillic to show the language
_LATIN = rx.compile(r"\d\s*(?:shtuk|sht|tysyach\w*)(?![a-z])|\bhow many shtuk\b", re.IGNORECASE)
_LATIN_REWRITES = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"\bhow many shtuk\b", "how many"), (r"(?<=\d)(\s*)(?:shtuk|sht)(?![a-z])", r"\1pcs"),
    (r"(?<=\d)(\s*)tysyach\w*", r"\1thousand"))]


def russian_words_said(text: str) -> bool:
    """An English message shows a Russian word written in Latin letters beside a number."""
    return _LATIN.search(text) is not None


def russian_words_in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with those words in English (calc/script.rewrite)."""
    return rewrite(text, pos, _LATIN_REWRITES)


def said_in_russian(text: str) -> bool:
    """The message shows Cyrillic letters."""
    return _CYRILLIC.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Russian quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
