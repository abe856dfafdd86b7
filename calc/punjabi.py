"""Punjabi written in Gurmukhi, as engineers, IT managers and founders in Ludhiana, Mohali, Chandigarh and
Amritsar type it with English terms between ("ਢਾਈ ਲੱਖ DAU ਨੇ", "ਹਰ user ਰੋਜ਼ 10 queries", "₹3 ਕਰੋੜ ਪ੍ਰਤੀ ਸਰਵਰ",
"H100 ਦੇ 16 ਕਾਰਡ", "ਕਿੰਨੇ GPU ਲੱਗਣਗੇ?"): its digits (੦-੯) read as digits, its number words and scale words
(ਹਜ਼ਾਰ, ਲੱਖ, ਕਰੋੜ, ਅਰਬ) as numbers, the words that carry a quantity's meaning and the postpositions set after
English words and numbers ("L4 ਤੇ" on, "H100 ਦੇ" of, "Llama ਨੂੰ") said in English, so that every rule reads them
as it reads English. A period or a basis said before its amount ("ਰੋਜ਼ 20 ਕਰੋੜ tokens", "ਹਰ user ਰੋਜ਼ 8
queries", "ਹਰ rack ਤੇ 15 kW") is said after it, as English says it, and a name said before its count ("H100 SXM
ਦੇ 8 ਕਾਰਡ") after it. Gurmukhi is typed with or without its nukta (ਜ਼/ਜ), its addak (ਲੱਖ/ਲਖ) and with tippi or
bindi alike: both are read the same. A message is rewritten only when it has Gurmukhi letters. Every character
keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import GLUED as _SEP
from calc.script import HEDGE as _HEDGE
from calc.script import LAKH_SCALE as _SCALE
from calc.script import MONEY_SIGN as _MONEY
from calc.script import NUMBER as _N
from calc.script import NUMBER_ALONE as _NUM
from calc.script import amount, digit_rules, rewrite

_PA = "\u0a00-\u0a7f"
_S = rf"(?<![{_PA}])"      # a word's start (Gurmukhi's vowel signs are no word characters to \b)
_E = rf"(?![{_PA}])"       # a word's end
_W = rf"[{_PA}]*"          # the rest of a word (an ending glued on)

_DIGITS = "੦੧੨੩੪੫੬੭੮੯"
# the marks typed or left out at will: nukta (and the letters written with it), addak; tippi read as bindi
_NUKTA = {"\u0a59": "\u0a16", "\u0a5a": "\u0a17", "\u0a5b": "\u0a1c", "\u0a5e": "\u0a2b", "\u0a36": "\u0a38",
          "\u0a33": "\u0a32"}
_PLAIN = str.maketrans({**_NUKTA, "\u0a3c": None, "\u0a71": None, "\u0a70": "\u0a02"})


def _plain(pattern: str) -> str:
    """A pattern written as Punjabi is spelled, as it is matched (the text's marks made plain first)."""
    return pattern.translate(_PLAIN)


_SCALES = (("ਹਜ਼ਾਰ", " thousand"), ("ਲੱਖ", " lakh"), ("ਕਰੋੜ", " crore"), ("ਅਰਬ", " billion"),
           ("ਮਿਲੀਅਨ", " million"), ("ਬਿਲੀਅਨ", " billion"), ("ਖਰਬ", " hundred billion"))
_SCALE_WORDS = "|".join(word for word, _ in _SCALES)
# the postpositions set after a word ("H100 ਦੇ", "L4 ਤੇ", "Llama ਨੂੰ", "GPU ਲਈ")
_CASE = r"(?:ਦਾ|ਦੇ|ਦੀ|ਦੀਆਂ|ਦਿਆਂ|ਨੂੰ|ਤੇ|ਉੱਤੇ|ਚ|ਵਿੱਚ|ਵਿਚ|ਤੋਂ|ਨਾਲ|ਲਈ|ਵਾਸਤੇ|ਕੋਲ|ਤੱਕ|ਤਕ|ਵਾਲਾ|ਵਾਲੇ|ਵਾਲੀ|ਵਾਲੀਆਂ|ਚੋਂ|ਵਿੱਚੋਂ)"
_OF = r"(?:ਦਾ|ਦੇ|ਦੀ|ਦੀਆਂ)"
_IN = r"(?:ਚ|ਵਿੱਚ|ਵਿਚ)"
_AMOUNT = amount(_MONEY)
# what a count a day, an hour or a second counts ("ਰੋਜ਼ 20 ਕਰੋੜ tokens", "ਰੋਜ਼ 6 chats")
_COUNTED = (r"(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|quer(?:y|ies)|questions?|messages?|"
            r"documents?|docs?|tickets?|chats?|calls?|conversations?|sessions?|words?|images?|emails?|"
            r"replies|reports?|summaries|summary|videos?|pages?|turns?|searches|transactions?|orders?|"
            r"claims?|invoices?|prompts?|times|characters?|chars|doubts?|[a-z]{4,}s)\b)?"
            r"(?:\s+(?:input|output)\b(?!\s*tokens?))?")
_WHO = (r"(?:users?|customers?|people|visitors?|students?|subscribers?|employees?|patients?|farmers?|"
        r"members?|agents?|dau|mau)")
# the things a rate is per ("ਹਰ user", "ਪ੍ਰਤੀ ਸਰਵਰ", "ਹਰ rack ਤੇ 15 kW")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|dau|mau|months?|days?|requests?|queries|query|turns?|chats?|"
              r"messages?|prompts?|summary|summaries|documents?|docs?|images?|tickets?|replies|reply|answers?|"
              r"responses?|replicas?|sites?|stores?|pumps?|branch(?:es)?|shops?|outlets?|offices?|boxes|"
              r"box|machines?|instances?|sessions?|conversations?|calls?|customers?|employees?|students?|"
              r"agents?|seats?|cameras?|devices?|runs?|people|person)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "TPU v5p", "DGX B200")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct|intel|amd|nvidia)\s*)?"
         r"[a-z]*\d[a-z0-9]*(?:\.[a-z0-9]+)*(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_DEVICE = r"(?:cards?|gpus?|servers?|nodes?|chips?|racks?|boxes|box|machines?)"
# the periods a rate is per, said before its amount ("ਰੋਜ਼", "ਦਿਨ ਚ", "ਹਰ ਮਹੀਨੇ", "ਘੰਟੇ ਦਾ")
_DAY = (r"(?:ਰੋਜ਼ਾਨਾ|ਰੋਜ਼\s+ਦੇ|ਰੋਜ਼|ਹਰ\s+ਰੋਜ਼|ਹਰ\s+ਦਿਨ|ਦਿਨ\s+ਚ|"
        r"ਦਿਨ\s+ਵਿੱਚ|ਦਿਨ\s+ਦੇ|ਦਿਨ\s+ਦਾ|ਦਿਨ\s+ਦੀਆਂ|ਪ੍ਰਤੀ\s+ਦਿਨ|ਇੱਕ\s+ਦਿਨ\s+ਚ)")
_HOUR = r"(?:ਹਰ\s+ਘੰਟੇ|ਘੰਟੇ\s+ਚ|ਘੰਟੇ\s+ਦੇ|ਪ੍ਰਤੀ\s+ਘੰਟਾ|ਇੱਕ\s+ਘੰਟੇ\s+ਚ)"
_SECOND = r"(?:ਹਰ\s+ਸਕਿੰਟ|ਸਕਿੰਟ\s+ਚ|ਪ੍ਰਤੀ\s+ਸਕਿੰਟ|ਇੱਕ\s+ਸਕਿੰਟ\s+ਚ)"
_MONTH = r"(?:ਹਰ\s+ਮਹੀਨੇ|ਮਹੀਨੇ\s+ਦਾ|ਮਹੀਨੇ\s+ਦੇ|ਮਹੀਨੇ\s+ਚ|ਪ੍ਰਤੀ\s+ਮਹੀਨਾ|ਮਹੀਨਾਵਾਰ|ਇੱਕ\s+ਮਹੀਨੇ\s+ਚ)"
_YEAR = r"(?:ਹਰ\s+ਸਾਲ|ਸਾਲ\s+ਦਾ|ਸਾਲ\s+ਦੇ|ਸਾਲ\s+ਚ|ਪ੍ਰਤੀ\s+ਸਾਲ|ਸਾਲਾਨਾ|ਇੱਕ\s+ਸਾਲ\s+ਚ)"
_WEEK = r"(?:ਹਰ\s+ਹਫ਼ਤੇ|ਹਫ਼ਤੇ\s+ਦੇ|ਹਫ਼ਤੇ\s+ਚ|ਪ੍ਰਤੀ\s+ਹਫ਼ਤਾ|ਹਫ਼ਤਾਵਾਰ)"
# time nouns, with any ending ("ਦਿਨਾਂ", "ਮਹੀਨਿਆਂ", "ਸਾਲਾਂ", "ਘੰਟੇ")
_UNITS_OF_TIME = (("ਦਿਨ", "days"), ("ਮਹੀਨ", "months"), ("ਸਾਲ|ਵਰ੍ਹ|ਵਰ੍ਹੇ", "years"), ("ਘੰਟ", "hours"),
                  ("ਹਫ਼ਤ", "weeks"), ("ਮਿੰਟ", "minutes"), ("ਸਕਿੰਟ", "seconds"))
_TIME = "|".join(stem for stem, _ in _UNITS_OF_TIME)
_EACH = r"(?:ਹਰ|ਹਰੇਕ|ਪ੍ਰਤੀ|ਇੱਕ|ਇਕ)"

# number words (before a scale word or what they count: "ਦੋ ਲੱਖ", "ਪੰਜ ਹਜ਼ਾਰ users", "ਤਿੰਨ ਮਹੀਨੇ")
_NUMBER_WORDS = (("ਦੋ\\s*ਸੌ", "200"), ("ਤਿੰਨ\\s*ਸੌ", "300"), ("ਪੰਜ\\s*ਸੌ", "500"), ("ਦੋ", "2"), ("ਤਿੰਨ", "3"),
                 ("ਚਾਰ", "4"), ("ਪੰਜ", "5"), ("ਛੇ", "6"), ("ਸੱਤ", "7"), ("ਅੱਠ", "8"), ("ਨੌਂ|ਨੌ", "9"),
                 ("ਦਸ", "10"), ("ਬਾਰਾਂ", "12"), ("ਪੰਦਰਾਂ", "15"), ("ਵੀਹ", "20"), ("ਪੱਚੀ", "25"), ("ਤੀਹ", "30"),
                 ("ਚਾਲੀ", "40"), ("ਪੰਜਾਹ", "50"), ("ਸੱਠ", "60"), ("ਸੱਤਰ", "70"), ("ਅੱਸੀ", "80"), ("ਨੱਬੇ", "90"),
                 ("ਸੌ", "100"), ("ਡੇਢ", "1.5"), ("ਢਾਈ", "2.5"), ("ਸਾਢੇ\\s*ਤਿੰਨ", "3.5"), ("ਸਾਢੇ\\s*ਚਾਰ", "4.5"),
                 ("ਸਾਢੇ\\s*ਪੰਜ", "5.5"))
_COUNTABLE = rf"(?:{_SCALE}|{_SCALE_WORDS}|{_TIME}|ਗੁਣਾ|ਕਾਰਡ|ਸਰਵਰ|[A-Za-z])"

# Punjabi words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("(?:ਇਹ\\s+)?(?:ਸੱਚ|ਠੀਕ|ਸਹੀ)\\s+(?:ਆ|ਹੈ|ਏ)(?:\\s+ਜਾਂ\\s+(?:ਗੱਪ|ਝੂਠ|ਨਹੀਂ)[\\s\\S]{0,20}?(?=[?.]|$))?",
     "is that right"),
    ("ਕਿੰਨਾ\\s+(?:ਸਮਾਂ|ਟਾਈਮ|ਚਿਰ)|ਕਿੰਨੇ\\s+ਸਮੇਂ\\s+ਚ", "how long"),
    ("ਕਿੰਨਾ|ਕਿੰਨੀ|ਕਿੰਨੇ\\s+ਦਾ|ਕਿੰਨੇ\\s+ਦੀ|ਕਿੰਨੇ\\s+ਦੇ", "how much"),
    ("ਕਿੰਨੇ(?:\\s+ਕੁ)?|ਕਿੰਨੀਆਂ|ਕਿੰਨਿਆਂ", "how many"), ("ਕਿਹੜਾ|ਕਿਹੜੀ|ਕਿਹੜੇ|ਕਿਹੜਿਆਂ", "which"),
    ("ਚਾਹੀਦੇ|ਚਾਹੀਦਾ|ਚਾਹੀਦੀ|ਚਾਹੀਦੀਆਂ|ਲੱਗਣਗੇ|ਲੱਗਣਗੀਆਂ|ਲੱਗੇਗਾ|ਲੱਗੂ|ਲੱਗਣਾ|ਲੋੜ|ਪੈਣਗੇ|ਪੈਣਗੀਆਂ", "needed"),
    ("ਕਾਫ਼ੀ|ਬਥੇਰੇ", "enough"), ("ਦੱਸੋ|ਦੱਸਿਓ|ਦੱਸ", "tell"),
    # periods and when
    ("ਰੋਜ਼ਾਨਾ|ਰੋਜ਼|ਹਰ\\s+ਰੋਜ਼|ਹਰ\\s+ਦਿਨ", "daily"), ("ਹਰ\\s+ਘੰਟੇ", "per hour"), ("ਹਰ\\s+ਸਕਿੰਟ", "per second"),
    ("ਹਰ\\s+ਮਹੀਨੇ|ਮਹੀਨਾਵਾਰ", "per month"), ("ਹਰ\\s+ਸਾਲ|ਸਾਲਾਨਾ|ਸਾਲ\\s+ਦਾ|ਸਾਲ\\s+ਦੀ|ਸਾਲ\\s+ਦੇ", "annual"),
    ("ਹਰ\\s+ਹਫ਼ਤੇ", "per week"),
    ("ਦਿਨ|ਦਿਨਾਂ", "days"), ("ਮਹੀਨੇ|ਮਹੀਨਿਆਂ", "months"), ("ਮਹੀਨਾ", "month"), ("ਸਾਲ|ਸਾਲਾਂ", "years"),
    ("ਘੰਟੇ|ਘੰਟਿਆਂ|ਘੰਟਾ", "hours"), ("ਹਫ਼ਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫ਼ਤਾ", "weeks"), ("ਮਿੰਟ", "minutes"), ("ਸਕਿੰਟ", "seconds"),
    ("ਬਾਅਦ|ਪਿੱਛੋਂ", "later"), ("ਹੁਣ|ਅੱਜ|ਅੱਜਕੱਲ੍ਹ|ਫ਼ਿਲਹਾਲ", "now"), ("ਓਦੋਂ|ਉਦੋਂ|ਤਦ", "then"),
    ("ਪਿਛਲੀ\\s+ਵਾਰ", "last time"), ("ਪਿਛਲੇ|ਪਿਛਲੀ|ਪਿਛਲਾ", "last"), ("ਅਗਲੇ|ਅਗਲੀ|ਅਗਲਾ|ਆਉਂਦੇ", "next"),
    # who and what is counted
    ("ਹਰ|ਹਰੇਕ", "each"), ("ਪ੍ਰਤੀ", "per"), ("ਕੁੱਲ|ਟੋਟਲ", "total"),
    ("ਬੰਦੇ|ਬੰਦਾ|ਲੋਕ|ਲੋਕਾਂ|ਜਣੇ", "people"), ("ਸਵਾਲ|ਸਵਾਲਾਂ", "questions"), ("ਜਵਾਬ", "answer"),
    ("ਸ਼ਬਦ|ਸ਼ਬਦਾਂ", "words"), ("ਪਰਸੈਂਟ|ਫ਼ੀਸਦੀ|ਪ੍ਰਤੀਸ਼ਤ", "%"),
    ("ਮੈਗਾਵਾਟ", "MW"), ("ਕਿਲੋਵਾਟ", "kW"), ("ਵਾਟ", "W"),
    # hedges and the done
    ("ਲਗਭਗ|ਤਕਰੀਬਨ|ਕਰੀਬ|ਅੰਦਾਜ਼ਨ", "about"), ("ਔਸਤ|ਔਸਤਨ", "on average"),
    ("ਘੱਟੋ\\s*-?\\s*ਘੱਟ", "at least"), ("ਵੱਧ\\s+ਤੋਂ\\s+ਵੱਧ|ਜ਼ਿਆਦਾ\\s+ਤੋਂ\\s+ਜ਼ਿਆਦਾ", "up to"),
    ("ਅੱਧਾ|ਅੱਧੀ|ਅੱਧੇ", "half"), ("ਦੁੱਗਣਾ|ਦੁੱਗਣੇ|ਦੁੱਗਣੀ|ਡਬਲ", "double"),
    ("ਤੋਂ\\s+ਵੱਧ|ਤੋਂ\\s+ਜ਼ਿਆਦਾ", "more than"), ("ਤੋਂ\\s+ਘੱਟ|ਤੋਂ\\s+ਥੱਲੇ", "less than"),
    ("ਵੱਧ|ਜ਼ਿਆਦਾ|ਹੋਰ", "more"), ("ਘੱਟ", "less"),
    ("ਤੇਜ਼", "faster"), ("ਸਸਤਾ|ਸਸਤੇ|ਸਸਤੀ", "cheaper"), ("ਮਹਿੰਗਾ|ਮਹਿੰਗੇ|ਮਹਿੰਗੀ", "pricier"),
    ("ਸਮੇਤ|ਸਣੇ|ਮਿਲਾ\\s+ਕੇ", "including"), ("ਵੀ", "also"), ("ਸਿਰਫ਼|ਬੱਸ|ਸਿਰਫ", "only"),
    ("ਅਤੇ", "and"), ("ਜਾਂ", "or"), ("ਜੇ|ਜੇਕਰ|ਤਾਂ", "if"),
    ("ਸਾਡੇ\\s+ਕੋਲ|ਮੇਰੇ\\s+ਕੋਲ", "we have"),
    ("ਸਾਡਾ|ਸਾਡੀ|ਸਾਡੇ|ਆਪਣਾ|ਆਪਣੀ|ਆਪਣੇ|ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ", "our"), ("ਅਸੀਂ|ਸਾਨੂੰ|ਮੈਂ|ਮੈਨੂੰ", "we"),
    ("ਇੱਕੋ\\s+ਵੇਲੇ|ਇੱਕੋ\\s+ਸਮੇਂ|ਇਕੱਠੇ|ਇੱਕੋ\\s+ਟਾਈਮ", "concurrent"),
    ("ਵਧ\\s+ਰਹੀ|ਵਧ\\s+ਰਿਹਾ|ਵਧ\\s+ਰਹੇ|ਵਧਦਾ|ਵਧਦੀ|ਵਧੂ|ਵਧੇਗਾ|ਵਧ", "grows"), ("ਘਟਦਾ|ਘਟੂ|ਘਟ", "drops"),
    ("ਕਿਰਾਇਆ|ਕਿਰਾਏ|ਕਿਰਾਆ", "rent"), ("ਕੀਮਤ|ਮੁੱਲ|ਭਾਅ", "price"), ("ਰੇਟ|ਰੇਟਾਂ", "rate"),
    ("ਖ਼ਰਚਾ|ਖ਼ਰਚ|ਖ਼ਰਚੇ|ਲਾਗਤ", "cost"), ("ਬਿੱਲ", "bill"), ("ਬਿਜਲੀ", "electricity"),
    ("ਯੂਨਿਟ", "unit"), ("ਬਜਟ", "budget"), ("ਕਮਾਈ|ਆਮਦਨ", "revenue"), ("ਮੁਨਾਫ਼ਾ|ਫ਼ਾਇਦਾ", "profit"),
    ("ਨੁਕਸਾਨ|ਘਾਟਾ", "loss"), ("ਪੈਸੇ|ਪੈਸਾ", "money"), ("ਬਚਤ|ਬਚਣਗੇ|ਬਚੂ|ਬਚੇਗਾ", "saved"),
    ("ਰੁਪਏ|ਰੁਪਈਏ|ਰੁਪਈਆਂ|ਰੁਪਿਆਂ", "rupees"), ("ਡਾਲਰ", "dollars"),
    ("ਖ਼ਰੀਦਣੇ|ਖ਼ਰੀਦਣਾ|ਖ਼ਰੀਦੀਏ|ਲੈਣੇ|ਲੈਣਾ|ਲਈਏ|ਲਏ", "buy"),
    ("ਕਹਿੰਦਾ|ਕਹਿੰਦੇ|ਕਹਿੰਦੀ|ਕਹਿ\\s+ਰਿਹਾ|ਦਾਅਵਾ", "claims"),
    ("ਖਿੱਚਦਾ|ਖਿੱਚਦੇ|ਖਿੱਚਦੀ", "draws"), ("ਪੈਂਦਾ|ਪੈਂਦੇ|ਪੈਂਦੀ|ਪਊ|ਬਣਦਾ|ਬਣਦੀ|ਬਣਦੇ|ਬਣੂ", "costs"), ("ਖਾਲੀ|ਖ਼ਾਲੀ", "free"),
]

# nouns a count counts (English words written in Gurmukhi among them), with any ending glued on
_LOANS: list[tuple[str, str]] = [
    ("ਟੋਕਨ", "tokens"), ("ਯੂਜ਼ਰ|ਵਰਤੋਂਕਾਰ", "users"), ("ਗਾਹਕ", "customers"), ("ਮੁਲਾਜ਼ਮ", "employees"),
    ("ਵਿਦਿਆਰਥੀ", "students"), ("ਸਰਵਰ", "servers"), ("ਕਾਰਡ", "cards"), ("ਰਿਕੁਐਸਟ|ਰਿਕਵੈਸਟ", "requests"),
    ("ਕੁਐਰੀ|ਕਵੈਰੀ", "queries"), ("ਸਵਾਲ", "questions"), ("ਮੈਸੇਜ|ਸੁਨੇਹ", "messages"), ("ਨੋਡ", "nodes"),
    ("ਰੈਕ", "racks"), ("ਜੀਪੀਯੂ", "GPUs"), ("ਮਾਡਲ", "model"), ("ਕਲੱਸਟਰ", "cluster"),
    ("ਇਨਪੁੱਟ|ਇਨਪੁਟ", "input"), ("ਆਉਟਪੁੱਟ|ਆਉਟਪੁਟ|ਆਊਟਪੁੱਟ", "output"), ("ਪਾਵਰ", "power"), ("ਡੱਬ", "box"),
    ("ਪੈਟਰੋਲ\\s+ਪੰਪ|ਪੰਪ", "sites"),
]

# the digits, the danda, and the marks typed or left out at will, made plain before the words are read
_MARKS: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("\u0964|\u0965", "."),  # (and the danda, the full stop)
    ("[\u200c\u200d]", ""),                         # (the joiners a keyboard may put inside a word)
    ("[\u0a3c\u0a71]", ""), ("\u0a70", "\u0a02"), *_NUKTA.items(),
]
_REWRITES: list[tuple[str, str]] = [
    (rf"{_S}ਰੁ\.?\s*(?=\d)", "₹"),
    # hedges, before the amounts they are read with ("ਲਗਭਗ ₹30 ਲੱਖ", "ਕੋਈ 12 doubts", "ਔਸਤ 7 messages")
    (rf"{_S}(?:ਲਗਭਗ|ਤਕਰੀਬਨ|ਕਰੀਬ|ਅੰਦਾਜ਼ਨ|ਕੋਈ){_E}(?=\s*(?:[$₹~]\s*)?\d)", "about"),
    (rf"{_S}(?:ਔਸਤ|ਔਸਤਨ){_E}(?=\s*(?:[$₹~]\s*)?\d)", "on average"),
    # nouns a count counts, before the rules that read the count with them ("8 ਕਾਰਡ", "700 ਟੋਕਨ")
    *[(rf"{_S}(?:{stem}){_W}", to) for stem, to in _LOANS],
    # number words before a scale word or what they count ("ਦੋ ਲੱਖ", "ਢਾਈ ਲੱਖ DAU", "ਤਿੰਨ ਮਹੀਨੇ")
    *[(rf"{_S}(?:{word}){_E}(?=\s*{_COUNTABLE})", digit) for word, digit in _NUMBER_WORDS],
    (rf"{_S}(?:ਇੱਕ|ਇਕ){_E}(?=\s*(?:{_SCALE_WORDS}){_W}(?:\s|$))", "1"),
    (rf"{_S}ਸਵਾ{_E}(?=\s*(?:{_SCALE_WORDS}))", "1.25"), (rf"{_S}ਪੌਣੇ{_E}(?=\s*(?:{_SCALE_WORDS}))", "0.75"),
    (rf"{_S}ਸਾਢੇ\s*(\d+)(?![\d.,])", r"\1.5"),
    # scale words, with any ending ("20 ਲੱਖ", "ਕਰੋੜਾਂ"); then rupees and dollars said in words
    *[(rf"(?<=\d)\s*(?:{word}){_W}", to) for word, to in _SCALES],
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:ਰੁਪਏ|ਰੁਪਈਏ|ਰੁਪਿਆ){_W}", r"₹\1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*ਡਾਲਰ{_W}", r"$\1"),
    (rf"{_S}ਮਿਲੀਅਨ{_E}", "million"), (rf"{_S}ਬਿਲੀਅਨ{_E}", "billion"),
    (rf"(?<=\d)\s*ਮੈਗਾਵਾਟ{_E}", " MW"), (rf"(?<=\d)\s*ਕਿਲੋਵਾਟ{_E}", " kW"), (rf"(?<=\d)\s*ਵਾਟ{_E}", " W"),
    (rf"(?<=\d)\s*(?:ਪਰਸੈਂਟ|ਫ਼ੀਸਦੀ|ਪ੍ਰਤੀਸ਼ਤ|ਪਰਸੈਂਟੇਜ){_E}", "%"), (rf"(?<=\d)\s*(?:ਗੁਣਾ|ਗੁਣੇ){_E}", "x"),
    # a growth: "ਹਰ 4 ਮਹੀਨੇ ਚ double" every 4 months, "ਹਰ ਸਾਲ 80% ਵਧ" a year
    (rf"{_S}ਹਰ\s+({_N})\s*(?:ਮਹੀਨ{_W}|months?)(?:\s+{_IN})?{_E}", r"every \1 months"),
    (rf"{_S}ਹਰ\s+({_N})\s*(?:ਸਾਲ{_W}|years?)(?:\s+{_IN})?{_E}", r"every \1 years"),
    (rf"{_S}ਹਰ\s+ਕਿੰਨੇ\s+(?:ਮਹੀਨ{_W}|months?)(?:\s+{_IN})?{_E}", "every how many months"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)", r"\1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)", r"\1 a month"),
    # ("MFU 50% ਤੱਕ ਲੈ ਜਾਈਏ": raised to; "MFU ਵੀ 10 points ਵੱਧ": points gained; "MFU 25% ਵੱਧ": gained)
    (rf"\b(mfu|utili[sz]ation)\s+({_N}\s*%)\s*(?:ਤੱਕ|ਤਕ|ਤੇ)\s+(?:ਲੈ\s+ਜਾਈਏ|ਲੈ\s+ਜਾਵਾਂ|ਲੈ\s+ਜਾਂਦੇ|ਪਹੁੰਚਾ\s+ਦੇਈਏ|"
     rf"ਪਹੁੰਚ\s+ਜਾਵੇ|ਵਧਾ\s+ਦੇਈਏ|ਵਧਾਈਏ|ਕਰ\s+ਦੇਈਏ|ਚਲੀ\s+ਜਾਵੇ|ਲਿਜਾਈਏ){_E}", r"\1 goes to \2"),
    (rf"\b(mfu)\s+(?:ਵੀ\s+)?({_N})\s*(?:points?|ਪੁਆਇੰਟ)\s+(?:ਵੱਧ|ਜ਼ਿਆਦਾ|ਵਧ){_W}", r"\1 gains \2 points"),
    (rf"\b(mfu)\s+(?:ਵੀ\s+)?({_N}\s*%)\s+(?:ਵੱਧ|ਜ਼ਿਆਦਾ|ਵਧ){_W}", r"\1 goes up \2"),
    # ("H100 ਤੋਂ 2x ਤੇਜ਼": faster than; "inference ਚ 1.9x ਤੇਜ਼": faster)
    (rf"({_NAME})\s*-?\s*(?:ਤੋਂ|ਨਾਲੋਂ)\s+({_N}\s*x)\s+(?:fast(?:er)?|ਤੇਜ਼){_E}", r"\2 faster than \1"),
    (rf"({_N}\s*x)\s+(?:fast(?:er)?|ਤੇਜ਼){_E}", r"\1 faster"),
    # ("2027 ਤੱਕ": by a year; "2022 ਦੇ ਰੇਟਾਂ ਤੇ": the year's prices)
    (rf"(?<![\w.,])((?:19|20)\d\d)\s*(?:ਤੱਕ|ਤਕ){_E}", r"by \1"),
    (rf"(?<![\w.,])((?:19|20)\d\d)\s*{_OF}\s+(?:ਰੇਟ{_W}|ਕੀਮਤ{_W}|ਭਾਅ|prices?|rates?)(?:\s+ਤੇ)?{_E}",
     r"\1 prices"),
    # ("ਸਭ ਮਿਲਾ ਕੇ 1.6x": all in)
    (rf"{_S}(?:ਸਭ|ਸਾਰਾ|ਸਾਰੇ)\s+ਮਿਲਾ\s+ਕੇ{_E}", "all-in"),
    # ("₹20 ਕਰੋੜ ਦਾ budget": a budget of that amount)
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s*{_OF}\s+(?=budget|ਬਜਟ)", r"\1 "),
    # ("$1 = ₹84", "1$ = ₹83.5": a dollar, its sign written after)
    (r"(?<![\w.,$])(\d+(?:\.\d+)?)\s?\$(?=\s*=)", r"$\1"),
    (rf"({_N})\s+tokens?\s+(input|output)\b", r"\1 \2 tokens"),
    # ("ਅੱਧਾ GPU ਤੇ ਲਾਉਣਾ": half of it spent on them)
    (rf"{_S}(?:ਅੱਧਾ|ਅੱਧੀ|ਅੱਧੇ)(\s+[a-z][\w-]*)\s*(?:ਤੇ|ਉੱਤੇ|ਲਈ|ਵਾਸਤੇ){_E}", r"half of it on\1"),
    (rf"{_S}(?:ਉਹਨਾਂ|ਉਨ੍ਹਾਂ|ਇਹਨਾਂ|ਇਨ੍ਹਾਂ)\s+(?:ਚੋਂ|ਵਿੱਚੋਂ|ਵਿਚੋਂ)\s+(?:about\s+)?({_N}\s*%)", r"\1 of them"),
    # a time from now, and a time taken ("18 ਮਹੀਨਿਆਂ ਚ", "2 ਸਾਲ ਬਾਅਦ", "9 ਦਿਨ ਚ train ਹੋਇਆ", "40 ਦਿਨ ਲੈਂਦਾ")
    (rf"({_NUM})\s*(?:days?|ਦਿਨ{_W})\s+(?:{_IN}\s+)?(?:[a-z]+\s+)?(?:ਹੋਇਆ|ਹੋਈ|ਹੋ\s+ਗਿਆ|ਲੈਂਦਾ|ਲੈਂਦੀ|ਲੱਗੇ|ਲੱਗਦੇ|"
     rf"ਲਗਦੇ|ਲਏ|ਲੱਗ\s+ਗਏ|ਚੱਲਿਆ|ਚੱਲੀ|ਚਲਦਾ|ਲੈ\s+ਰਿਹਾ|ਲੈਂਦੀ\s+ਆ)(?:\s+(?:ਸੀ|ਆ|ਹੈ))?{_E}", r"takes \1 days"),
    (rf"({_NUM})\s*(?:years?|ਸਾਲ{_W})\s+(?:ਬਾਅਦ|ਪਿੱਛੋਂ|ਨੂੰ){_E}|({_NUM})\s*ਸਾਲ{_W}\s+{_IN}{_E}", r"in \1\2 years"),
    (rf"({_NUM})\s*(?:months?|ਮਹੀਨ{_W})\s+(?:ਬਾਅਦ|ਪਿੱਛੋਂ|ਨੂੰ){_E}|({_NUM})\s*ਮਹੀਨ{_W}\s+{_IN}{_E}",
     r"in \1\2 months"),
    (rf"({_NUM})\s*(?:days?|ਦਿਨ{_W})\s+(?:ਬਾਅਦ|ਪਿੱਛੋਂ){_E}|({_NUM})\s*ਦਿਨ{_W}\s+{_IN}{_E}", r"in \1\2 days"),
    (rf"({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?)\s+(?:ਹੋਣ|ਹੋ\s+ਜਾਣਗੇ|ਹੋ\s+ਜਾਣ|ਹੋਣਗੇ|ਪਹੁੰਚ\s+ਜਾਣਗੇ|ਪਹੁੰਚਣ){_E}",
     r"grow to \1"),
    (rf"{_S}ਕਿੰਨੇ\s+(?:ਦਿਨ{_W}|days)", "how many days"),
    (rf"{_S}ਕਿੰਨੇ\s+(?:ਮਹੀਨ{_W}|months)", "how many months"),
    (rf"{_S}ਕਿੰਨੇ\s+(?:ਸਾਲ{_W}|years)", "how many years"),
    (rf"{_S}ਕਿੰਨੇ\s+(?:ਘੰਟ{_W}|hours)", "how many hours"),
    *[(rf"(?<=\d)\s*(?:{stem}){_W}", f" {to}") for stem, to in _UNITS_OF_TIME],
    # ("TTFT 800ms ਤੋਂ ਥੱਲੇ": a limit)
    (rf"({_N}\s*(?:ms|s|sec|seconds?|milliseconds?|minutes?|min)(?![a-z]))\s*-?\s*(?:ਤੋਂ\s+ਥੱਲੇ|ਤੋਂ\s+ਘੱਟ|ਦੇ\s+ਅੰਦਰ|"
     rf"ਅੰਦਰ|ਤੋਂ\s+ਹੇਠਾਂ){_E}", r"under \1"),
    # ("400 users ਇੱਕੋ ਵੇਲੇ": at once)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*([a-z]+)\s+(?:ਇੱਕੋ\s+ਵੇਲੇ|ਇੱਕੋ\s+ਸਮੇਂ|ਇਕੱਠੇ){_E}", r"\1 concurrent \2"),
    # ("ਹਫ਼ਤੇ ਦੇ 12 ਲੱਖ active users": weekly)
    (rf"{_S}(?:{_WEEK}){_E}\s+({_AMOUNT})\s+(?:active\s+)?({_WHO}){_E}", r"\1 weekly active \2"),
    # ("ਰੋਜ਼ 20 ਲੱਖ users": the users of a day)
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT})\s*({_WHO}){_E}", r"\1 daily \2"),
    # ("ਹਰ user ਰੋਜ਼ 10 queries", "ਹਰ student ਦਿਨ ਚ about 12 doubts": the day said after the basis)
    (rf"{_S}(?:{_EACH}){_E}\s+({_PER_THING})\s+(?:{_OF}\s+|ਤੋਂ\s+)?(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})",
     r"\2 a day per \1"),
    # a period said before its amount ("ਰੋਜ਼ 20 ਕਰੋੜ tokens", "ਘੰਟੇ ਦਾ ₹180", "ਹਰ ਮਹੀਨੇ ₹4 lakh")
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour"),
    (rf"{_S}(?:{_SECOND}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    # a period said after a price ("₹220 ਘੰਟੇ ਦਾ", "₹499 ਮਹੀਨਾ", "₹7 ਯੂਨਿਟ ਦੇ ਹਿਸਾਬ ਨਾਲ")
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s*(?:ਘੰਟ{_W}|hours?)(?:\s+{_OF})?{_E}", r"\1 per hour"),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s*(?:ਮਹੀਨ{_W}|months?)(?:\s+{_OF})?{_E}", r"\1 per month"),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s*(?:ਯੂਨਿਟ{_W}|units?)(?:\s+{_OF}\s+ਹਿਸਾਬ\s+ਨਾਲ)?{_E}", r"\1 per unit"),
    # ("ਦੇ ਹਿਸਾਬ ਨਾਲ": at the rate of, as per)
    (rf"{_S}(?:{_EACH}){_E}\s+({_PER_THING})\s+{_OF}\s+ਹਿਸਾਬ\s+ਨਾਲ{_E}", r"per \1"),
    (rf"\s*{_OF}\s+ਹਿਸਾਬ\s+ਨਾਲ{_E}", ""),
    # ("H100 SXM ਦੇ 8 ਕਾਰਡ", "DGX H100 ਦੇ 16 ਸਰਵਰ", "DGX B200 ਦੇ ਇੱਕ ਡੱਬੇ": that many of a name)
    (rf"({_NAME}\s*-?\s*{_OF}\s+)(?:ਇੱਕ|ਇਕ){_E}(?=\s+{_DEVICE})", r"\g<1>1"),
    (rf"({_NAME})\s*-?\s*{_OF}\s+({_NUM})\s+({_DEVICE})\s*(?:ਤੇ|ਉੱਤੇ|{_IN}){_E}", r"on \2 \1 \3"),
    (rf"({_NAME})\s*-?\s*{_OF}\s+({_NUM})\s+({_DEVICE})", r"\2 \1 \3"),
    # ("ਇੱਕ ਕਾਰਡ L4 ਦਾ": one of a name)
    (rf"{_S}(?:ਇੱਕ|ਇਕ){_E}\s+({_DEVICE})\s+({_NAME})\s*{_OF}{_E}", r"1 \2 \1"),
    # ("40 ਕਾਰਡ ਚੱਲਦੇ H100 SXM ਦੇ", "256 ਕਾਰਡ H100 SXM": the name said after the count)
    (rf"({_NUM})\s+({_DEVICE})\s+(?:ਚੱਲਦੇ\s+|ਚਲਦੇ\s+|ਪਏ\s+)?({_NAME})(?:\s+{_OF})?(?![\w.])", r"\1 \3 \2"),
    # ("V100 ਪਏ ਨੇ, 32 ਕਾਰਡ": the count said after the name)
    (rf"({_NAME})\s+(?:ਪਏ|ਨੇ|ਹਨ|ਆ)(?:\s+(?:ਨੇ|ਹਨ))?\s*,\s*({_NUM})\s+({_DEVICE})", r"\2 \1 \3"),
    # ("ਇੱਕ card ਦਾ ਰੇਟ ₹32 ਲੱਖ", "card ਦੀ ਕੀਮਤ $25k": a thing's price)
    (rf"(?:{_S}(?:{_EACH}){_E}\s+)?(?<![\w-])({_PER_THING}){_SEP}(?:{_OF})?\s*(?:ਕੀਮਤ|ਰੇਟ|ਮੁੱਲ|ਭਾਅ|price|cost|rate)\s+"
     rf"(?:(?:about)\s*)?({_MONEY}?{_N}(?:\s*{_SCALE})?)", r"\2 per \1"),
    # ("ਇੱਕ rack about $3.5M ਦਾ", "MI300X ਇੱਕ about ₹17 lakh ਦਾ", "GPU $32k ਇੱਕ", "₹25 lakh ਇੱਕ ਦੇ ਰੇਟ ਤੇ")
    (rf"{_S}(?:ਇੱਕ|ਇਕ|ਹਰ){_E}\s+({_PER_THING})\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)(?:\s*{_OF}{_E})?",
     r"\2 per \1"),
    (rf"{_S}(?:ਇੱਕ|ਇਕ|ਹਰੇਕ){_E}\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)(?:\s*{_OF}{_E})?", r"\1 each"),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s+(?:ਇੱਕ|ਇਕ){_E}(?:\s+{_OF}\s+(?:ਰੇਟ|ਹਿਸਾਬ){_W}(?:\s+(?:ਤੇ|ਨਾਲ))?{_E})?",
     r"\1 each"),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s*{_OF}\s+(?=ਕਾਰਡ|cards?|gpus?|servers?)", r"\1 per "),
    # ("ਹਰ ਇੱਕ ਤੇ 35kW": each)
    (rf"{_S}(?:ਹਰ|ਹਰੇਕ)\s+(?:ਇੱਕ|ਇਕ)(?:\s+(?:ਤੇ|{_IN}|ਲਈ|ਨੂੰ))?{_E}\s+({_AMOUNT}{_COUNTED})", r"\1 each"),
    (rf"{_S}(?:ਹਰ|ਹਰੇਕ)\s+(?:ਇੱਕ|ਇਕ)(?:\s+(?:ਤੇ|{_IN}|ਲਈ|ਨੂੰ))?{_E}", "each"),
    # ("ਹਰ request ਚ about 2000 characters": the text a request brings, its input)
    (rf"{_S}(?:ਹਰ|ਹਰੇਕ){_E}\s+(requests?|quer(?:y|ies)|messages?|prompts?|documents?|docs?)\s+{_IN}{_E}\s+"
     rf"((?:about\s+)?{_N}(?:\s*{_SCALE})?\s*(?:characters?|chars|letters?|words?)\b)",
     r"an input of \2 per \1"),
    # ("4 chars ਦਾ ਇੱਕ token": so many per one)
    (rf"({_NUM}\s*[a-z]+)\s*{_OF}\s+(?:ਇੱਕ|ਇਕ){_E}\s+(tokens?|{_PER_THING})", r"\1 per \2"),
    # ("ਹਰ doc about 3000 words ਦਾ": its words; "summary 200 words ਦੀ")
    (rf"({_N}\s*(?:words?|tokens?|characters?|chars))\s*{_OF}{_E}", r"\1"),
    # the basis a rate is per, said before it ("ਹਰ user 10 queries", "ਹਰ rack ਤੇ 15 kW", "ਹਰ message ਤੇ 900
    # input", "ਹਰ ticket ਚ on average 7 messages", "ਹਰ user ਤੋਂ ₹499 per month")
    (rf"{_S}(?:ਹਰ|ਹਰੇਕ|ਪ੍ਰਤੀ|ਇੱਕ|ਇਕ){_E}\s+({_PER_THING})(?:\s+(?:ਤੇ|ਉੱਤੇ|{_IN}|ਲਈ|ਨੂੰ|ਤੋਂ|{_OF}))?{_E}\s+"
     rf"((?:[a-z][a-z.-]*\s+){{0,2}}?{_AMOUNT}(?![a-z\d])(?:(?:\s+{_NAME})?\s+{_DEVICE}|{_COUNTED})"
     rf"(?:\s+(?:and\s+)?{_N}\s+(?:output|input)(?:\s+tokens?)?)?"
     rf"(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)", r"\2 per \1"),
    # ("₹180 ਪ੍ਰਤੀ GPU-hour", "ਪ੍ਰਤੀ user": per)
    (rf"{_S}ਪ੍ਰਤੀ{_E}", "per"),
    # ("ਹਰ 1000 tokens ਦੀ ਬਿਜਲੀ", "ਹਰ 1000 requests ਦਾ cost": per that many)
    (rf"{_S}(?:ਹਰ|ਹਰੇਕ){_E}\s+({_NUM}\s*(?:{_SCALE})?\s*(?:requests?|queries|tokens?|conversations?|chats?|calls?))"
     rf"\s*-?\s*(?:{_OF}|ਲਈ)?{_E}", r"per \1 "),
    # ("ਕਿੰਨੇ ਕਰੋੜ ਲੱਗੂ?": how much, in crore)
    (rf"{_S}(?:ਕਿੰਨੇ|ਕਿੰਨਾ|ਕਿੰਨੀ)\s+(?:crore|cr\b|ਕਰੋੜ{_W})", "how much in crore"),
    (rf"{_S}(?:ਕਿੰਨੇ|ਕਿੰਨਾ|ਕਿੰਨੀ)\s+(?:lakh|ਲੱਖ{_W})", "how much in lakh"),
    (rf"{_S}ਰੁਪ(?:ਈਆਂ|ਇਆਂ|ਏ|ਈਏ)\s+{_IN}{_E}", "in rupees"),
    # ("900 input ਤੇ 200 output", "prompt 600 tokens ਤੇ answer 250": and)
    (r"(?<=[A-Za-z0-9%)])\s+ਤੇ\s+(?=[$₹~]?\d|input|output|answer|reply|summary)", " and "),
    *[(rf"(?<![{_PA}])(?:{word})(?![{_PA}])", to) for word, to in _WORDS],
    # postpositions set after English words and numbers: "H100 ਤੇ" on, "GPU ਦਾ", "Llama 3 8B ਨੂੰ", "L4 ਚ"
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:ਤੇ|ਉੱਤੇ){_E}", " on "),
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:ਤੋਂ){_E}", " from "),
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:{_CASE}){_E}", " "),
    (rf"{_S}(?:{_CASE}){_E}", ""),
    # (words that say nothing of a quantity)
    (rf"[{_PA}]+", ""),
]
_COMPILED = [*[(rx.compile(p), to) for p, to in _MARKS],
             *[(rx.compile(_plain(p), re.IGNORECASE), to) for p, to in _REWRITES]]
_GURMUKHI = rx.compile(rf"[{_PA}]")


def said_in_punjabi(text: str) -> bool:
    """The message has Gurmukhi letters or digits."""
    return _GURMUKHI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Punjabi quantity words and postpositions in English and its digits as digits, with
    the position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
