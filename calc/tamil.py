"""Tamil written in its own script, as teams in Chennai, Bengaluru and Coimbatore type it with English terms
between ("12 லட்சம் DAU", "ஒவ்வொருத்தரும் daily 8 queries", "யூனிட்டுக்கு ₹8.5", "H100 SXM எத்தனை
வேணும்?", "GPU-hour-க்கு $3.9"): its scale words (லட்சம், கோடி, ஆயிரம்), the words that carry a quantity's
meaning and the case endings glued to English words ("-க்கு" for or per, "-ல" in or on) said in English, so
that every rule reads them as it reads English. A message is rewritten only when it has Tamil letters. Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_TA = "\u0b80-\u0bff"
_S = rf"(?<![{_TA}])"      # a word's start
_E = rf"(?![{_TA}])"       # a word's end
_N = r"\d(?:[\d.,]*\d)?"
# the things a rate is per, said with the dative ending: "GPU-hour-க்கு $3.9", "card-க்கு 1,800 tok/s"
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"tokens?|"
              r"users?|months?|days?|kwh|turns?|requests?|queries|conversations?|messages?|reports?|stores?)")

_REWRITES: list[tuple[str, str]] = [
    (rf"{_S}நாலு(?=\s)", "4"), (rf"{_S}ரெண்டு(?=\s)", "2"), (rf"{_S}மூணு(?=\s)", "3"),
    # phrases whose words are rewritten one by one below ("ஒரு நாளைக்கு சுமார் 3 கோடி requests": a day's count,
    # the day said first; "GPU-hour-க்கு $3.9": the price, what it is per said first)
    (rf"(?:{_S}ஒரு\s+நாளைக்கு|{_S}நாளுக்கு|{_S}தினமும்)\s+((?:சுமார்\s+)?{_N}\s*(?:லட்சம்|கோடி|ஆயிரம்)?\s*"
     rf"[A-Za-z]+){_E}", r"\1 per day"),
    (rf"\b({_PER_THING}|chip hour|gpu hour)-க்கு(?:ம்)?\s+([$₹]\s*{_N}\s*[kKlL]?)", r"\2 per \1"),
    (rf"{_S}யூனிட்டுக்கு\s+(₹\s*{_N})", r"\1 per unit"), (r"\bunit\s+(₹\s*\d[\d.,]*)", r"\1 per unit"),
    (rf"(₹\s*{_N})\s+rate\b", r"rate \1"),
    (rf"{_S}பாதி\s+(?:GPU|gpu)s?-க்கு(?:ம்)?(?:\s+மட்டும்)?{_E}", "half of it on GPUs"),
    (rf"{_S}ஒவ்வொரு\s+({_N})\s+([A-Za-z]+)-க்கு(?:ம்)?{_E}", r"per \1 \2"),
    (rf"{_S}ஒரு\s+([A-Za-z]+)-க்கு(?:ம்)?{_E}", r"per \1"),
    (rf"{_S}ஒன்னுக்கு{_E}", "each costs"), (rf"{_S}ஒன்னு\s+(?=சுமார்|[$₹\d])", "costs "),
    (rf"(?<=[\dkKlL])-?னு\s+(?:சொல்றாங்க|சொன்னாங்க){_E}", ""),
    (rf"\bmfu\s+({_N}\s*%)\s+ஆக்கினா{_E}", r"MFU goes to \1"),
    (rf"\bmfu\s+({_N}\s*%)\s+improve{_E}", r"\1 better MFU"),
    (rf"\b([A-Za-z]+\d+[A-Za-z]*)-ஐ\s+விட\s+({_N}\s*x)\s+fast(?:er)?", r"\2 faster than \1"),
    (rf"({_N}\s*(?:லட்சம்|கோடி)?\s*users)-லிருந்து\s+({_N}\s*(?:லட்சம்|கோடி)?\s*users)-க்கு{_E}",
     r"from \1 to \2"),
    (r"\b(servers?|nodes?|gpus?|cards?)\s+மொத்தம்\s+(\d[\d,]*)(?!\s*[A-Za-z])", r"\2 \1"),
    (rf"(\d+)\s*(?:வருஷம்|வருடம்|வருஷத்துல)\s+கழிச்சு{_E}", r"in \1 years"),
    (rf"{_S}வருஷத்துக்கு\s+({_N}\s*%)\s+grow{_E}", r"grows \1 a year"),
    (rf"{_S}ஒரு\s+card\s+(?=₹|\$)", "one card costs "),
    # scale words (with a particle glued on: "₹28 லட்சம்னு")
    (rf"(?<=\d)(\s*)லட்ச(?:ம்)?[{_TA}]*", " lakh"), (rf"(?<=\d)(\s*)கோடி[{_TA}]*", " crore"),
    (rf"(?<=\d)(\s*)ஆயிரம்{_E}", " thousand"), (rf"(?<=\d)(\s*)மில்லியன்{_E}", " million"),
    (rf"(?<=\d)(\s*)பில்லியன்{_E}", " billion"), (r"(?<=\d)L\b", " lakh"),
    (rf"{_S}கோடி{_E}", "crore"), (rf"{_S}லட்சம்{_E}", "lakh"),
    # case endings glued to English words: "GPU-hour-க்கு" per, "H100-ல" on, "INR-ல" in
    (rf"(?<![\d,]\s)(?<![\d,])\b({_PER_THING})-க்கு(?:ம்)?{_E}", r"per \1"),
    (rf"(?<=[A-Za-z0-9])-க்கு(?:ம்)?{_E}", " "),
    (rf"(?<=[A-Za-z0-9])-(?:ல|லயும்|ில்|இல்|லிருந்து|ஐ|ஆ|உம்|னு|ஓட|வோட|க்கான|ஓட்டினா){_E}", " "),
    (r"(?<=[A-Za-z0-9])(?:ல|லயும்)(?=\s)", " "),
    # the asked
    (rf"{_S}எத்தனை\s+நாள்(?:\s+ஆகும்)?{_E}", "how many days"), (rf"{_S}எத்தனை{_E}", "how many"),
    (rf"{_S}எவ்வளவு{_E}", "how much"), (rf"{_S}(?:வேணும்|வேண்டும்|தேவை){_E}", "needed"),
    (rf"{_S}போதுமா{_E}", "enough?"), (rf"{_S}நம்பற\s+மாதிரி\s+இருக்கா{_E}|{_S}சரியா{_E}", "is that right"),
    (rf"{_S}(?:சொல்றாங்க|சொல்கிறார்கள்|சொல்லுறாங்க){_E}", "claims"),
    # periods
    (rf"{_S}ஒரு\s+நாளைக்கு{_E}|{_S}நாளுக்கு{_E}|{_S}தினமும்{_E}|{_S}ஒரு\s+நாள்ல{_E}", "per day"),
    (rf"{_S}மாசம்{_E}|{_S}மாதம்{_E}|{_S}மாசத்துக்கு{_E}", "per month"),
    (rf"{_S}வருஷத்துக்கு{_E}|{_S}வருடத்திற்கு{_E}|{_S}வருஷ{_E}|{_S}சாலானா{_E}", "per year"),
    (rf"{_S}ஒவ்வொரு\s+({_N})\s*மாசத்துக்கும்{_E}", r"every \1 months"),
    (rf"(?<=\d)(\s*)(?:வருஷத்துல|வருடத்தில்|வருஷம்\s+கழிச்சு|வருஷம்|வருடம்){_E}", r"\1 years"),
    (rf"(?<=\d)(\s*)(?:மாசத்துல|மாசம்\s+கழிச்சு|மாதங்கள்|மாசம்){_E}", r"\1 months"),
    (rf"(?<=\d)(\s*)(?:நாள்ல|நாளில்|நாள்|நாட்கள்){_E}", r"\1 days"),
    (rf"(?<=\d)(\s*)(?:மணி\s+நேரம்|மணிநேரம்){_E}", r"\1 hours"),
    (rf"{_S}கழிச்சு{_E}", "later"), (rf"{_S}அடுத்த{_E}", "next"),
    (rf"{_S}போன\s+வருஷம்{_E}", "last year"), (rf"{_S}இப்போ{_E}|{_S}இப்போது{_E}", "now"),
    (rf"{_S}அப்போ{_E}", "then"),
    # who and what
    (rf"{_S}(?:ஒவ்வொருத்தரும்|ஒவ்வொருவரும்){_E}", "each user"), (rf"{_S}ஒவ்வொன்றிலும்{_E}", "each has"),
    (rf"{_S}(?:ஒவ்வொன்னும்|ஒவ்வொரு){_E}", "each"), (rf"{_S}ஒரு{_E}", "one"),
    (rf"{_S}ஒன்னு(?:க்கு)?{_E}", "one"),
    (rf"{_S}(?:சுமார்|கிட்டத்தட்ட|ஏறக்குறைய){_E}", "about"),
    (rf"{_S}அதுல\s+பாதி{_E}", "half of it"), (rf"{_S}பாதி{_E}", "half"),
    (rf"{_S}மட்டும்{_E}", "only"), (rf"{_S}மொத்தம்{_E}|{_S}மொத்த{_E}", "total"),
    (rf"{_S}(?:server|சர்வர்)\s+சேர்த்து{_E}", "including server"),
    (rf"{_S}எல்லாம்\s+சேர்த்து{_E}", "all-in"), (rf"{_S}சேர்த்து{_E}", "including"),
    # money and power
    (rf"{_S}ரூபாய்(?:ல|லயும்|யில்)?{_E}|{_S}ரூபாய்{_E}", "rupees"),
    (rf"{_S}டாலர்(?:ல|லயும்)?{_E}", "dollars"),
    (rf"{_S}யூனிட்டுக்கு{_E}", "per unit"), (rf"{_S}யூனிட்{_E}", "unit"),
    (rf"{_S}(?:கரண்ட்|மின்சாரம்|மின்){_E}", "electricity"),
    (rf"{_S}வாங்க(?:ணும்|லாம்)?{_E}", "buy"), (rf"{_S}விட{_E}", "than"),
    (rf"{_S}(?:போட்டுக்கோங்க|வெச்சுக்கோங்க|வெச்சுக்கிட்டா|வெச்சு){_E}", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_TAMIL = rx.compile(rf"[{_TA}]")


def said_in_tamil(text: str) -> bool:
    """The message has Tamil letters."""
    return _TAMIL.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Tamil quantity words and case endings in English, with the position in the source of
    each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
