"""Kannada written in its own script, as engineers in Bengaluru, Mysuru and Hubballi type it with English
terms between ("₹40 ಕೋಟಿ budget ಇದೆ, ಅದರಲ್ಲಿ ಅರ್ಧ GPU ಮೇಲೆ", "B200 ಒಂದಕ್ಕೆ ~$38k", "ದಿನಕ್ಕೆ 5 ಲಕ್ಷ queries",
"ಎಷ್ಟು card ಬರುತ್ತೆ?"): a first reader, of the words that carry a quantity's meaning only. Its digits read as
digits, its scale words (ಸಾವಿರ, ಲಕ್ಷ, ಕೋಟಿ) as English's, half (ಅರ್ಧ) of what was said before as half of it, one
thing's price (ಒಂದಕ್ಕೆ) as each, a period or basis said before its amount (ದಿನಕ್ಕೆ, ಗಂಟೆಗೆ, ಪ್ರತಿ) as English says
it, case endings glued to English words and numbers dropped, and every other Kannada word dropped, so that the
English between is read as English. Word order beyond that (a count after what it counts) is not yet read: a
number it leaves unread is named as not used, never taken for another. A message is rewritten only when it
has Kannada letters; every character keeps its position in the source, so a span is quoted as the user wrote
it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import MONEY_SIGN as _MONEY
from calc.script import NUMBER as _N
from calc.script import digit_rules, rewrite, script_words

_KN = "\u0c80-\u0cff"
_S = rf"(?<![{_KN}])"      # a word's start
_E = rf"(?![{_KN}])"       # a word's end (its case endings are letters of the word: "ಕೋಟಿಗೆ")

_DIGITS = "೦೧೨೩೪೫೬೭೮೯"
_SCALES = (("ಸಾವಿರ", " thousand"), ("ಲಕ್ಷ", " lakh"), ("ಕೋಟಿ", " crore"), ("ಮಿಲಿಯನ್", " million"),
           ("ಬಿಲಿಯನ್", " billion"))
_WORDS = (
    ("ಎಷ್ಟು|ಎಷ್ಟ್|ಎಷ್ಟೊಂದು", "how many"),
    ("ಬೇಕು|ಬೇಕಾಗುತ್ತೆ|ಬೇಕಾಗುತ್ತದೆ|ಬೇಕಾಗ್ತವೆ|ಬೇಕಾಗುತ್ತವೆ", "needed"),
    ("ಬಜೆಟ್", "budget"), ("ಬಳಕೆದಾರರು|ಬಳಕೆದಾರರ|ಯೂಸರ್ಸ್|ಯೂಸರ್ಗಳು", "users"),
    ("ಪ್ರಶ್ನೆಗಳು|ಪ್ರಶ್ನೆಗಳನ್ನು|ಪ್ರಶ್ನೆ", "questions"), ("ಟೋಕನ್‌ಗಳು|ಟೋಕನ್ಗಳು|ಟೋಕನ್", "tokens"),
    ("ವಿದ್ಯುತ್|ಕರೆಂಟ್", "electricity"), ("ಬಾಡಿಗೆ", "rent"),
    ("ರೂಪಾಯಿ|ರೂಪಾಯಿಗಳು|ರೂ\\.", "rupees"), ("ಡಾಲರ್|ಡಾಲರ್‌ಗಳು", "dollars"),
)
_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS),
    # scale words after a number, with whatever case ending is glued to them ("₹40 ಕೋಟಿ", "20 ಲಕ್ಷಕ್ಕೆ")
    *[(rf"(?<=\d)\s*{word}[{_KN}]*", to) for word, to in _SCALES],
    # ("B200 ಒಂದಕ್ಕೆ ~$38k": one of them's price, each)
    (rf"{_S}(?:ಒಂದಕ್ಕೆ|ಒಂದಕ್ಕ|ಒಂದು\s+ಕಾರ್ಡಿಗೆ|ಪ್ರತಿಯೊಂದಕ್ಕೆ){_E}\s*((?:~|about\s+)?{_MONEY}?{_N}\s*[kmb]?)",
     r"at \1 each"),
    # ("ಅದರಲ್ಲಿ ಅರ್ಧ GPU ಮೇಲೆ": half of what was said before)
    (rf"{_S}ಅರ್ಧ(?:ದಷ್ಟು|ಭಾಗ)?{_E}(?=\s*(?:gpus?|cards?|hardware|chips?)\b)", "half of it on"),
    (rf"{_S}ಅರ್ಧ(?:ದಷ್ಟು|ಭಾಗ)?{_E}", "half"),
    # a period or basis said before its amount: "ದಿನಕ್ಕೆ 5 ಲಕ್ಷ", "ಗಂಟೆಗೆ $2"
    (rf"{_S}(?:ಪ್ರತಿ\s+)?ದಿನಕ್ಕೆ{_E}\s*({_MONEY}?{_N}(?:\s*(?:thousand|lakh|crore|million|billion|[kmb]))?"
     rf"(?:\s+[A-Za-z]+)?)", r"\1 per day"),
    (rf"{_S}(?:ಪ್ರತಿ\s+)?ಗಂಟೆಗೆ{_E}\s*({_MONEY}?{_N}(?:\s*[kmb])?)", r"\1 per hour"),
    (rf"{_S}(?:ಪ್ರತಿ\s+)?ತಿಂಗಳಿಗೆ{_E}\s*({_MONEY}?{_N}(?:\s*(?:thousand|lakh|crore|million|[kmb]))?)",
     r"\1 per month"),
    (rf"{_S}ಪ್ರತಿ{_E}", "per"),
    # case endings glued to English words and numbers: "GPU-ಗೆ", "L4ನಲ್ಲಿ", "H100ಗಳು"
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:ಗಳು|ಗಳ|ಗಳನ್ನು|ಗೆ|ಕ್ಕೆ|ಅಲ್ಲಿ|ನಲ್ಲಿ|ಲ್ಲಿ|ನ್ನು|ದ|ನ|ಇಂದ|ಮೇಲೆ|ಜೊತೆ|ಗಾಗಿ)?{_E}"
     rf"(?=[\s,.?!)]|$)", ""),
    *script_words(_WORDS, _KN),
    # (words that say nothing of a quantity)
    (rf"[{_KN}]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_KANNADA = rx.compile(rf"[{_KN}]")


def said_in_kannada(text: str) -> bool:
    """The message has Kannada letters or digits."""
    return _KANNADA.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Kannada quantity words in English and its digits as digits, with the position in the
    source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
