"""Romanised Bangla (Banglish) in an English question ("prottek user din e 4 ta message", "koto gulo GPU
lagbe?", "protibochhor 80% grow korche", "3 bochhor pore", "MFU 38% dhore", "ek bochhore koto dollar"): the
period, the counted thing, the hedges and the asked, said in English, so that every rule reads them as it
reads English (as calc/malay does for Indonesian and Malay). The counter "ta" after a number is left out
("4 ta message": 4 messages). A message is rewritten only when it shows the language (two of its common
words, one not shared with English). Every character keeps its position in the source, so a span is quoted
as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in romanised Bangla
_COMMON = rx.compile(r"(?<![a-z])(?:amader|amar|apnar|koto|kotogulo|gulo|lagbe|lage|hobe|korte|korche|kore|"
                     r"dhore|"
                     r"dhoro|jodi|ekhon|bochhor|bochor|bochhore|protibochhor|prottek|proti|protidin|din|mash|"
                     r"ta|er|jonno|diye|pabo|kinle|chai|bolche|thakbe|hole|ashbe|porbe|bachbe|prosno|taka)"
                     r"(?![a-z])", re.IGNORECASE)
# the ones English (or Hinglish) shares or that are too short to tell alone
_SHARED = {"ta", "er", "din", "hole", "proti", "taka", "chai", "kore", "hobe"}

_REWRITES: list[tuple[str, str]] = [
    # the counter after a number ("4 ta message", "12 ta A100", "32 ta H100 SXM er rig"): left out
    (r"\bprosno\b", "questions"), (r"(?<=\d)(\s+)ta\b(?=\s+[a-z0-9])", ""),
    (r"(?<=\d)(\s+)message\b", r"\1messages"), (r"(?<=\d)(\s+)query\b", r"\1queries"),
    (r"(?<=\d)(\s+)request\b", r"\1requests"), (r"\bpathay\b|\bpathai\b|\bpathan\b", "sends"),
    (r"\b(\d+(?:\.\d+)?)(\s*)points?\s+barate\s+parle\b", r"can improve by \1\2points"),
    (r"\bprotibochh?or\s+(\d+(?:\.\d+)?\s*%)\s+grow\s+kor\w*", r"growing \1 per year"),
    # periods ("din e 4 ta message", "protidin", "protibochhor 80%", "3 bochhor pore", "ek bochhore")
    (r"\bdin\s+e\b", "a day"), (r"\bprotidin\b|\bproti\s+din\b|\bprottek\s+din\b", "per day"),
    (r"\bprotibochhor\b|\bproti\s+bochh?or\b", "per year"), (r"\bproti\s+mash\b|\bmashe\b", "per month"),
    (r"\b(\d+(?:\.\d+)?)(\s*)bochh?or\s+pore\b", r"in \1\2years"), (r"\bek\s+bochh?ore\b", "for a year"),
    (r"(?<=\d)(\s*)bochh?or\b", r"\1years"), (r"(?<=\d)(\s*)mash\b", r"\1months"),
    (r"(?<=\d)(\s*)din\b", r"\1days"),
    # who and what is counted, hedges, the asked and the done
    (r"\bprottek\b|\bprotiti\b", "each"), (r"\bproti\b", "per"),
    (r"\b(?:koto\s*gulo|kotogulo)\b", "how many"), (r"\bkoto\b", "how much"),
    (r"\b(?:er\s+)?moto\b", "about"),
    (r"\bdhore\b|\bdhoro\b", "assumed"), (r"\bjodi\b", "if"), (r"\bekhon\b", "now"), (r"\blagbe\b", "needed"),
    (r"\bamader\b", "our"), (r"\bgrow\s+korche\b", "growing"), (r"\bdin\s+bachbe\b", "days saved"),
    (r"\bbiddut(?:\s+er\s+dam)?\b", "electricity"), (r"\s+er\b", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_bangla(text: str) -> bool:
    """The message shows romanised Bangla: two of its common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its romanised Bangla quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
