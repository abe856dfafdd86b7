"""Urdu written in its own (Perso-Arabic) script, as Pakistani teams type it with English terms
between ("تقریباً 25 لاکھ DAU ہیں", "ہر user دن میں 4 سوال", "بجلی 65 روپے فی یونٹ",
"کتنے GPUs چاہئیں؟", "H100 کے ۶۴ کارڈ"): its digits and punctuation read as ASCII, its scale words
(لاکھ, کروڑ, ارب, ہزار) and the words that carry a quantity's meaning spelled as Roman Urdu writes
them, which calc/hinglish then reads in English (it runs after this module, as it does for Hindi in
Devanagari from calc/hindi), or said in English directly where Roman Urdu has no settled spelling. A
message is rewritten only when it shows a letter only Urdu writes among the languages read (ہ, ے, ں,
ٹ, ڈ, ڑ, ھ, ۓ); Arabic and Persian are read by calc/arabic and calc/persian. Rupees in an Urdu
message are Pakistan's (calc/foreign). Every character keeps its position in the source, so a span
is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import digit_rules, rewrite, script_words

_AR = "\u0600-\u06ff"
_S = rf"(?<![{_AR}])"      # a word's start
_E = rf"(?![{_AR}])"       # a word's end

_URDU = rx.compile(r"[ہےںٹڈڑھۓ]")

# Urdu words, and the Roman Urdu (or English) each is read as
_WORDS: list[tuple[str, str]] = [
    # scale words
    ("لاکھ", "lakh"), ("کروڑ", "crore"), ("ارب", "arab"), ("کھرب", "hundred arab"), ("ہزار", "hazaar"),
    ("ٹریلین", "trillion"), ("بلین", "billion"), ("ملین", "million"),
    # the asked
    ("کتنے", "kitne"), ("کتنا", "kitna"), ("کتنی", "kitni"), ("کیا", "kya"),
    ("چاہئیں|چاہیئں|چاہییں|چاہیے|چاہئے|چاہیئے", "chahiye"), ("لگیں\\s+گے", "lagenge"),
    ("لگے\\s+گا", "lagega"),
    ("لگے\\s+گی", "lagegi"), ("لگیں\\s+گی", "lagegi"), ("بنے\\s+گا", "banega"), ("بنیں\\s+گے", "banenge"),
    ("ہوگا", "hoga"), ("ہوگی", "hogi"), ("ہوں\\s+گے", "honge"),
    ("آئے\\s+گا", "aayega"), ("بتائیں|بتاؤ", "batao"),
    # periods
    ("روزانہ", "rozana"), ("روز", "roz"), ("دن", "din"), ("مہینوں|مہینے", "mahine"),
    ("سالانہ", "saalana"), ("سال", "saal"), ("ہفتہ\\s+وار", "weekly"), ("ہفتے", "hafte"),
    ("بعد", "baad"),
    # particles
    ("میں", "mein"), ("پر", "par"), ("سے", "se"), ("تک", "tak"), ("کا", "ka"), ("کی", "ki"), ("کے", "ke"),
    ("کو", "ko"), ("ہے", "hai"), ("ہیں", "hain"), ("ہو", "ho"), ("ہی", "hi"), ("بھی", "bhi"), ("اور", "aur"),
    ("یا", "ya"), ("تو", "toh"), ("لئے|لیے", "liye"), ("اگر", "agar"), ("ایک", "ek"), ("ہر", "har"),
    ("فی", "per"), ("ابھی", "abhi"), ("اب", "ab"), ("تھا", "tha"),
    ("تھے", "the"), ("تھی", "thi"), ("رہا", "raha"),
    ("رہے", "rahe"), ("رہی", "rahi"), ("جائے\\s+گا", "jayega"), ("جائیں\\s+گے", "jayenge"), ("جائے", "jaye"),
    ("والا", "wala"), ("والے", "wale"), ("کرنا", "karna"), ("کرتا", "karta"), ("کرتی", "karti"),
    ("کرتے", "karte"), ("کریں", "karein"), ("کرواتا", "karwata"),
    ("کرواتے", "karwate"), ("ہم", "hum"), ("جو", "jo"),
    # things and hedges
    ("تقریباً|تقریبا", "takriban"), ("لگ\\s+بھگ", "lagbhag"), ("قریب", "karib"), ("آدھا", "aadha"),
    ("بجلی", "bijli"), ("خرچہ|خرچ", "kharcha"), ("ہمارے|ہماری", "hamare"), ("ہمارا", "hamara"),
    ("پچھلا", "pichla"), ("پچھلے", "pichle"), ("اتنے", "utne"), ("چلا", "chala"), ("چلے", "chale"),
    ("تیز", "fast"), ("بڑھ", "badh"), ("بہتر", "better"), ("سستا", "cheaper"), ("مہنگا", "pricier"),
    ("روپوں|روپے|روپیہ", "rupaye"), ("صرف", "only"), ("دونوں", "both"), ("سمیت", "including"),
    ("کرائے|کرایہ", "rent"), ("خریدنا|خریدنے|خریدیں", "buy"), ("ڈالر", "dollar"), ("سوال", "sawal"),
    ("جواب", "jawab"), ("گنا", "guna"), ("یونٹ", "unit"), ("قیمت", "price"), ("کارڈ|کارڈز", "cards"),
    ("بندہ|بندے", "user"), ("اوسطاً|اوسطا", "average"), ("ممکن", "possible"), ("صحیح", "sahi"),
    ("گھنٹوں|گھنٹے", "hours"), ("گھنٹہ", "hour"), ("کل", "total"), ("مل", "mil"), ("ملتا", "milta"),
    ("ملتے", "milte"), ("پڑ", "pad"), ("آ", "aa"), ("کم", "kam"), ("کون", "kaun"), ("کرنے", "karne"),
    ("مہینہ", "a month"), ("بنتے", "bante"), ("حساب", "hisaab"),
]

_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS),
    ("٫", "."), ("۔", "."), ("،", ","), ("؟", "?"),
    # phrases before their words
    (rf"{_S}(?:server|سرور)\s+سمیت{_E}", "including server"),
    (rf"{_S}(?:ملا\s+کے|ملا\s+کر){_E}", ""),
    (rf"(?<![\d.])1\s*ڈالر\s*(\d[\d.,]*)\s*روپے{_E}", r"1 dollar = \1 rupees"),
    (rf"{_S}روپوں\s+میں{_E}", "in rupees"), (rf"(?<=[a-z])\s+میں{_E}(?=\s*(?:کتن|total|کیا|\?))", " mein"),
    (rf"{_S}(?:فرض\s+کریں|فرض\s+کر\s+لیں|مان\s+لیں|لگا\s+لیں){_E}", "assuming"),
    (rf"{_S}(?:کہہ\s+(?:رہا|رہے|رہی)\s+(?:ہے|ہیں)|کہتا\s+ہے|کہتی\s+ہے|کہتے\s+ہیں|کا\s+دعویٰ\s+ہے|دعویٰ){_E}",
     "claims"),
    (rf"{_S}کیا\s+یہ\s+(?:ممکن|صحیح)\s+ہے{_E}", "is that right"),
    (rf"{_S}اوپر\s+سے{_E}", "plus"), (rf"{_S}موازنہ\s+کریں{_E}", "compare"),
    (rf"{_S}کتنے(?=[A-Za-z])", "kitne "), (rf"{_S}ہمیں{_E}", "we"), (rf"{_S}نے{_E}", ""),
    (rf"{_S}ایک\s+کا\s+(?=[$₹\d]|تقریباً|تقریبا)", "one costs "),
    (rf"{_S}ہر\s+token\s+(\d[\d.]*)\s*ms\s+سے\s+کم(?:\s+میں)?(?:\s+آنا)?(?:\s+چاہیے|\s+چاہئے)?{_E}",
     r"under \1 ms per token"),
    (rf"{_S}دے\s+(?:رہا|رہے|رہی)\s+(?:ہے|ہیں){_E}", "offers"),
    (rf"{_S}آخر\s+میں{_E}", "at the end"), (rf"{_S}پڑے\s+گا{_E}", ""),
    (rf"(\d+)\s+cards\s+کا\s+node{_E}", r"\1 cards per node"),
    (rf"{_S}average\s+کا\s+(\d[\d.]*)\s*گنا{_E}", r"\1x the average"),
    (rf"{_S}پہلا\s+token\s+(\d[\d.]*)\s*سیکنڈ\s+کے\s+اندر{_E}", r"time to first token under \1 s"),
    (rf"{_S}دو(?=\s+(?:racks?|servers?|nodes?|cards?|GPUs?|[A-Za-z]+\d))", "2"),
    (rf"{_S}تین(?=\s+(?:racks?|servers?|nodes?|cards?|GPUs?|[A-Za-z]+\d))", "3"),
    *script_words(_WORDS, _AR),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_urdu(text: str) -> bool:
    """The message shows Urdu: a letter only Urdu writes among the languages read."""
    return _URDU.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Urdu words spelled as Roman Urdu (calc/hinglish reads them next), its digits and
    punctuation as ASCII, with the position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
