"""Hebrew words in an English question ("כמה does it cost", "5B tokens ביום", "בערך 300 users", "למשך 3
חודשים"): the asked, the period, the counted thing and the hedges, said in English, so that every rule reads
them as it reads English (as calc/malay does for Indonesian and Malay). A message is rewritten only when it
shows Hebrew letters. Every character keeps its position in the source, so a span is quoted as the user wrote
it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_HEBREW = rx.compile(r"[\u0590-\u05ff]")

_REWRITES: list[tuple[str, str]] = [
    # scale words ("2 מיליון", "3 מיליארד", "500 אלף")
    (r"(?<=\d)\s*מיליון", " million"), (r"(?<=\d)\s*מיליארד", " billion"),
    (r"(?<=\d)\s*אלף", " thousand"),
    # periods ("ביום", "בחודש", "בשנה", "לשעה", "למשך 3 חודשים", "3 ימים")
    (r"ליום|ביום", " per day"), (r"לחודש|בחודש", " per month"), (r"לשנה|בשנה", " per year"),
    (r"לשעה|בשעה", " per hour"), (r"למשך", "for"), (r"(?<=\d)(\s*)ימים", r"\1days"),
    (r"(?<=\d)(\s*)חודשים", r"\1months"), (r"(?<=\d)(\s*)שנים", r"\1years"),
    (r"(?<=\d)(\s*)שעות", r"\1hours"),
    # who and what is counted, the asked, the hedges
    (r"משתמשים", "users"), (r"לקוחות", "customers"), (r"כרטיסים|כרטיס", "cards"), (r"לכרטיס", "per card"),
    (r"כמה\s+(?=does|do|is|would|will|it)", "how much "), (r"כמה", "how many"),
    (r"בערך|בסביבות|כ־|כ-(?=\d)", "about"),
    (r"שקלים|ש\"ח|ש״ח", "shekels"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_hebrew(text: str) -> bool:
    """The message shows Hebrew letters."""
    return _HEBREW.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Hebrew quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
