"""Moroccan Darija written in Latin letters, mixed with French and English as engineers in Casablanca or Rabat
type it ("bghit nestimi combien de H100", "chhal ghadi ykoun le coût total en MAD?", "daba 3ndna 16 H100",
"kam req/s n9dro nhandliw", "12 replicas TP4, max batch 48 par replica"): Arabizi writes some sounds with
digits ("3ndna", "n9dro", "wa7ed"), which are no numbers, so they are written as letters; the few Darija words
the rules key on ("chhal" how much, "kam" how many, "f" in, "w" and, "daba" now, "nhtajo" we need) are said in
English; and the French bits are read by calc/french (the message is French enough once it shows Darija,
though its French words alone, "par", "ans", "le", are ones English shares). A message is rewritten only
when it shows Darija. Every character keeps its position in the source, so a span is quoted as the user
wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import french, rx
from calc.script import aligned, rewrite

# words that show Darija: common ones, and a word with an Arabizi digit between or before letters
# (not words English has: "dial-in", "salam", "mn")
_WORDS = (r"bghit|bghina|chhal|ch7al|shhal|wach|wa7ed|3ndna|3ndi|3ndhom|daba|ghadi|dyal|"
          r"n9dro|n9der|nhtajo|n7tajo|nchriw|nkhelso|ykoun|takhod|ya3ni|bzaf|mzyan|khasna|"
          r"dakchi|hadchi|nestimi|nhandliw|3la|m3a")
_DARIJA = rx.compile(r"(?<![a-z0-9])(?:" + _WORDS + r")(?![a-z0-9])", re.IGNORECASE)
# an Arabizi word: letters with 2, 3, 5, 7, 8 or 9 for a sound ("3ndna", "n9dro", "wa7ed", "ya3ni"), not a
# product's name ("h100", "l40s", "b200" have their digits after the letters and none inside a word)
_ARABIZI = rx.compile(r"(?<![\w.$€-])(?:[a-z]+[235789][a-z]{2,}\w*|[235789](?!(?:nd|rd|th|st|bn|mn|kw|gb|tb|"
                      r"ms|hr|yr|mo|wk|gw|mw|kb|mb|xl|tok)(?![a-z]))[a-z]{2,}\w*)(?![\w.])", re.IGNORECASE)
_SOUND = {"2": "a", "3": "a", "5": "kh", "7": "h", "8": "gh", "9": "q"}

_REWRITES: list[tuple[str, str]] = [
    # the asked and the had ("chhal ghadi ykoun", "kam req/s", "daba 3ndna 16 H100", "chhal ghadi nhtajo")
    (r"\b(?:chhal|ch7al|shhal)\b", "how much"), (r"\bkam\b", "how many"),
    (r"\bdaba\b", "now"), (r"\bandna\b", "we have"), (r"\b(?:nhtajo|n7tajo)\b", "we need"),
    (r"\bnchriw\b", "we buy"), (r"\bnqdro\b", "we can"), (r"\bdyal\b|\bdial\b(?!-)", "of"),
    # French beside it: a period in years ("for 3 ans", "sur 3 ans"), a price per kWh ("1,1 MAD le kWh")
    (r"\bsur\s+(?=\d[\d.,]*\s*ans\b)", "over "), (r"(?<=\d)(\s*)ans\b", r"\1years"),
    (r"\ble\s+kwh\b", "per kwh"),
    # the small words ("f les soirées", "w PUE 1,25"): in, and
    (r"(?<=\s)f(?=\s)", "in"), (r"(?<=\s)w(?=\s+(?![\d.,]))", "and"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_darija(text: str) -> bool:
    """The message shows Darija: one of its common words."""
    return _DARIJA.search(text) is not None


def _letters(m: re.Match[str]) -> str:
    return "".join(_SOUND.get(ch, ch) for ch in m.group(0))


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Arabizi words in letters, its Darija quantity words in English and its French ones
    read by calc/french, with the position in the source of each character (calc/script.rewrite)."""
    if _ARABIZI.search(text):
        text, pos = aligned(text, list(pos), _ARABIZI.sub(_letters, text))
    text, pos = rewrite(text, pos, _COMPILED)
    return french.in_english(text, pos)
