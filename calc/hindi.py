"""Hindi written in Devanagari, as Indian teams type it with English terms between ("हमारे app के 50 लाख DAU
हैं", "हर user दिन में ~12 queries", "बिजली ₹7.5 per unit", "कितने GPU लगेंगे?", "₹२८ लाख per card"): its
digits read as digits, its scale words (लाख, करोड़, अरब, हज़ार) and the words that carry a quantity's meaning
spelled as romanised Hindi writes them, which calc/hinglish then reads in English (it runs after this
module), or said in English directly where romanised Hindi has no settled spelling. A message is rewritten
only when it has Devanagari letters. Every character keeps its position in the source, so a span is quoted as
the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import digit_rules, rewrite, script_words

_DEV = "\u0900-\u097f"
_S = rf"(?<![{_DEV}])"      # a word's start (Devanagari's vowel signs are no word characters to \b)
_E = rf"(?![{_DEV}])"       # a word's end
_N = r"\d[\d.,]*"

_DIGITS = "०१२३४५६७८९"

# Devanagari words, and the romanised Hindi (or English) each is read as
_WORDS: list[tuple[str, str]] = [
    # scale words
    ("लाख", "lakh"), ("करोड़|करोड|क़रोड़", "crore"), ("अरब", "arab"), ("खरब", "hundred arab"),
    ("हज़ार|हजार", "hazaar"), ("ट्रिलियन", "trillion"), ("बिलियन", "billion"), ("मिलियन", "million"),
    # the asked
    ("कितने", "kitne"), ("कितना", "kitna"), ("कितनी", "kitni"), ("क्या", "kya"),
    ("चाहिए|चाहिये|चाहिएं", "chahiye"),
    ("लगेंगे", "lagenge"), ("लगेगा", "lagega"), ("लगेगी", "lagegi"), ("लगता", "lagta"), ("लगती", "lagti"),
    ("लगे", "lage"), ("लगा", "laga"), ("बनेगा", "banega"), ("होगा", "hoga"), ("होगी", "hogi"),
    ("होंगे", "honge"),
    ("आएगा|आयेगा", "aayega"), ("बताओ|बताइए|बताएं", "batao"),
    # periods
    ("रोज़ाना|रोजाना", "rozana"), ("रोज़|रोज", "roz"), ("प्रतिदिन", "per day"), ("दिन", "din"),
    ("महीने", "mahine"), ("महीना", "mahina"), ("सालाना", "saalana"), ("साल", "saal"),
    ("हफ्ते|हफ़्ते", "hafte"),
    ("घंटे|घंटों", "ghante"), ("बाद", "baad"),
    # particles
    ("में", "mein"), ("पर", "par"), ("पे", "pe"), ("से", "se"), ("तक", "tak"), ("का", "ka"), ("की", "ki"),
    ("के", "ke"), ("को", "ko"), ("है", "hai"), ("हैं", "hain"), ("हो", "ho"), ("ही", "hi"), ("भी", "bhi"),
    ("और", "aur"), ("या", "ya"), ("तो", "toh"), ("लिए", "liye"), ("अगर", "agar"), ("एक", "ek"), ("हर", "har"),
    ("प्रति", "per"), ("अभी", "abhi"), ("अब", "ab"), ("था", "tha"), ("थे", "the"), ("थी", "thi"),
    ("रहा", "raha"), ("रहे", "rahe"), ("रही", "rahi"), ("जाएगा|जायेगा", "jayega"),
    ("जाएंगे|जायेंगे", "jayenge"),
    ("जाए|जाये", "jaye"), ("गए|गये", "gaye"), ("हुआ", "hua"), ("हुई", "hui"), ("करना", "karna"),
    ("जाने", "jaane"), ("करें", "karein"), ("हम", "hum"), ("करता", "karta"), ("करते", "karte"),
    ("करती", "karti"), ("वाला", "wala"), ("वाले", "wale"),
    # things and hedges
    ("लगभग", "lagbhag"), ("क़रीब|करीब", "karib"), ("तकरीबन|तक़रीबन", "takriban"), ("आधा", "aadha"),
    ("बिजली", "bijli"), ("खर्चा|खर्च", "kharcha"), ("हमारे|हमारी", "hamare"), ("हमारा", "hamara"),
    ("पिछला", "pichla"), ("पिछले", "pichle"), ("उतने", "utne"), ("चला", "chala"), ("चले", "chale"),
    ("तेज़|तेज", "fast"), ("बढ़|बढ", "badh"), ("बेहतर", "better"), ("सस्ता", "cheaper"),
    ("महंगा|मंहगा", "pricier"),
    ("रुपये|रुपए|रुपया", "rupaye"), ("सिर्फ़|सिर्फ", "only"), ("दोनों", "both"), ("सहित", "including"),
    ("किराये|किराए|किराया", "rent"), ("खरीदना|खरीदें|खरीदने|ख़रीदना|खरीद", "buy"), ("डबल", "double"),
]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS),
    # phrases before their words ("server मिलाकर", "1000 H100 के बराबर", "₹ में बताओ")
    (rf"{_S}(?:server|सर्वर)\s+(?:मिलाकर|मिलाके|समेत|सहित){_E}", "including server"),
    (rf"{_S}(?:मिलाकर|मिलाके|मिला\s+के){_E}", ""),
    (rf"(\d[\d.,]*\s+[A-Za-z]+\s?\d+[A-Za-z]*(?:\s+(?:SXM|PCIe|NVL|sxm|pcie|nvl))?)\s+के\s+बराबर{_E}",
     r"match \1"),
    (rf"₹\s+में{_E}", "in INR"), (rf"(?<=[\d\s]){_S}(?:रुपये|रुपए)\s+में{_E}", "rupees"),
    (rf"(\d[\d.]*\s*x)\s+से\s+(\d[\d.]*\s*x){_E}", r"\1 to \2"),
    (rf"{_S}(?:रखो|रखें|रखना|रखिए){_E}", ""),
    (rf"{_S}मान\s+(?:के|कर|लो|लें){_E}|{_S}मानें\s+तो{_E}|{_S}मानो{_E}|{_S}मानें{_E}|{_S}मान\s+के\s+चलो{_E}",
     "assuming"),
    (rf"{_S}बोल\s+(?:रहे|रहा|रही)\s+(?:हैं|है){_E}|{_S}कह\s+(?:रहे|रहा|रही)\s+(?:हैं|है){_E}", "claims"),
    (rf"{_S}(?:चल|हो)\s+जाएगा\s+या{_E}", "enough or"),
    (rf"{_S}ऊपर\s+से{_E}", "plus"), (rf"{_S}खत्म\s+करना{_E}|{_S}ख़त्म\s+करना{_E}", "finish"),
    *script_words(_WORDS, _DEV),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_DEVANAGARI = rx.compile(rf"[{_DEV}]")


def said_in_hindi(text: str) -> bool:
    """The message has Devanagari letters or digits."""
    return _DEVANAGARI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Devanagari words spelled as romanised Hindi (calc/hinglish reads them next) and its
    digits as digits, with the position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
