"""Turkish quantity words in a question ("~4M günlük kullanıcı", "günde 6 soru", "kaç kart lazım?", "18
ay", "2 milyon kullanıcı"): the period, the counted thing, the scale, the hedges and the few verbs the
rules key on, said in English, so that every rule reads them as it reads English (as calc/romance,
calc/malay and calc/french do for their languages). Only the words that carry a quantity's meaning are
rewritten, never the numbers; a message is rewritten only when it shows the language (one of its common
words written with a letter only Turkish has here, or two of them, one not shared with English), so an
English message stays as it is. Every character keeps its position in the source, so a span is quoted as
the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

_W = r"[a-zçğıöşü]"          # a Turkish word's letters (suffixes follow the stem: "kullanıcılarımız")
# words that show the message is (partly) in Turkish
_STEMS = ("kullanıcı", "müşteri", "abone", "civar", "soru", "sorgu", "istek", "cevap", "yanıt", "sunucu",
          "kart", "fiyat", "kira", "maliyet", "bütçe")
_COMMON = rx.compile(r"(?<![a-zçğıöşü])(?:(?:" + "|".join(_STEMS) + r")" + _W + r"*|"
                     r"günlük|aylık|haftalık|yıllık|"
                     r"günde|saatte|ayda|yılda|saniyede|kaç|yaklaşık|başına|milyon|milyar|bin|hocam|abi|lazım|"
                     r"gerek(?:ir|li)?|için|ile|ve|bir|var|mı|mi|yani|tane|şu\s+an|bugün|ortalama|"
                     r"kişi|ne\s+kadar|toplam)(?![a-zçğıöşü])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"bin", "ve", "var", "mi", "abi", "ile", "kart", "bir"}

_REWRITES: list[tuple[str, str]] = [
    # who is counted, with the period that says they are daily or monthly
    (r"\bgünlük\s+(?:aktif\s+)?kullanıcı" + _W + r"*", "daily active users"),
    (r"\baylık\s+(?:aktif\s+)?kullanıcı" + _W + r"*", "monthly active users"),
    (r"\bhaftalık\s+(?:aktif\s+)?kullanıcı" + _W + r"*", "weekly active users"),
    (r"\baktif\s+kullanıcı" + _W + r"*", "active users"),
    (r"\bkullanıcı" + _W + r"*", "users"), (r"\bmüşteri" + _W + r"*", "customers"),
    (r"\babone" + _W + r"*", "subscribers"),
    (r"\bkişi\s+başı(?:na)?\b", "per user"),
    # periods
    (r"\bgünlük\b", "daily"), (r"\baylık\b", "monthly"), (r"\bhaftalık\b", "weekly"),
    (r"\byıllık\b", "annual"),
    (r"\bgünde\b", "per day"), (r"\bsaatte\b", "per hour"), (r"\bayda\b", "per month"),
    (r"\byılda\b", "per year"), (r"\bsaniyede\b", "per second"),
    (r"(?<=\d)(\s*)gün\b", r"\1days"), (r"(?<=\d)(\s*)ay\b", r"\1months"), (r"(?<=\d)(\s*)yıl\b", r"\1years"),
    (r"(?<=\d)(\s*)hafta\b", r"\1weeks"), (r"(?<=\d)(\s*)saat\b", r"\1hours"),
    # the scale ("4 milyon", "250 bin", "3 milyar")
    (r"(?<=\d)(\s*)bin\b", r"\1thousand"), (r"(?<=\d)(\s*)milyon\b", r"\1million"),
    (r"(?<=\d)(\s*)milyar\b", r"\1billion"),
    # what is counted
    (r"\bsoru" + _W + r"*", "questions"), (r"\bsorgu" + _W + r"*", "queries"),
    (r"\bistek" + _W + r"*", "requests"),
    (r"\bmesaj" + _W + r"*", "messages"), (r"\b(?:cevap|yanıt)" + _W + r"*", "answers"),
    (r"\bsunucu" + _W + r"*", "servers"), (r"\bkart(?:a|ı|lar" + _W + r"*)\b", "cards"),
    (r"\bkart\s+başına\b", "per card"), (r"\bbaşına\b", "each"), (r"(?<=\d)(\s*)kart\b", r"\1cards"),
    # money
    (r"\bkira" + _W + r"*", "rent"), (r"\btoplam\b", "total"), (r"\bmaliyet" + _W + r"*", "cost"),
    (r"\bfiyat" + _W + r"*", "price"), (r"\bbütçe" + _W + r"*", "budget"), (r"\belektrik\b", "electricity"),
    # hedges; what is asked
    (r"\b(?:yaklaşık|yakl\.|ortalama)\s*(?=[~≈$₺\d])", "about "), (r"(?<=[\dkmb])\s+civar" + _W + r"*", ""),
    (r"\bkaç\s+tane\b|\bkaç\b", "how many"), (r"\bne\s+kadar\b", "how much"),
    (r"\blazım\b|\bgerek(?:ir|li)?\b", "needed"), (r"\bşu\s+an\b|\bbugün\b", "today"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_turkish(text: str) -> bool:
    """The message shows Turkish: one of its common words written with a letter only Turkish has among these
    languages ("kullanıcı", "günde"), or two of them, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text, letters="çğıöşü")


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Turkish quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
