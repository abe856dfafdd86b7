"""Indonesian and Malay quantity words in a question ("3 chat per user per hari", "sewa US$3.40/jam per GPU",
"Horizon 3 tahun", "35% dari WAU", "berapa GPU?"): the period, the counted thing, the hedges and the few verbs
the rules key on, said in English, so that every rule reads them as it reads English (as calc/romance does for
Spanish and Portuguese). Only the words that carry a quantity's meaning are rewritten, never the numbers
("juta", "ribu" and "miliar" are scale words calc/numbers reads itself); a message is rewritten only when it
shows the languages (two of their common words), so an English message stays as it is. Every character keeps
its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Indonesian or Malay; none of them an English word
_COMMON = rx.compile(r"(?<![a-z])(?:kami|kita|berapa|brp|butuh|perlu|sehari|hari|tahun|bulan|jam|sewa|beli|"
                     r"cukup|masing-masing|cabang|dari|dengan|untuk|utk|yang|yg|nggak|gak|tidak|bisa|sekitar|"
                     r"kira-kira|kurleb|rata2|rata-rata|tiap|setiap|pakai|jawaban|pertanyaan|pengguna|sekarang|"
                     r"selama|harus|tambah|naik|betul|ke|ya|kah|lebih|hemat|mana|boleh|ialah|adalah|sebulan|"
                     r"setahun|seminggu|pelanggan|nasabah)(?![a-z])", re.IGNORECASE)
# the ones English shares or that are too short to tell alone
_SHARED = {"ke", "ya", "mana", "jam", "hari"}

_REWRITES: list[tuple[str, str]] = [
    # periods ("per hari", "/jam", "sehari", "3 tahun", "18 bulan")
    (r"(?<=/)\s*hari\b", "day"), (r"(?<=/)\s*jam\b", "hr"), (r"(?<=/)\s*bulan\b", "month"),
    (r"(?<=/)\s*tahun\b", "yr"),
    (r"\bper\s+hari\b|\bsehari\b|\bsetiap\s+hari\b|\btiap\s+hari\b", "per day"),
    (r"\bper\s+jam\b", "per hour"), (r"\bper\s+bulan\b|\bsebulan\b", "per month"),
    (r"\bper\s+tahun\b|\bsetahun\b", "per year"), (r"\bseminggu\b|\bper\s+minggu\b", "per week"),
    (r"(?<=\d)(\s*)hari\b", r"\1days"), (r"(?<=\d)(\s*)tahun\b", r"\1years"),
    (r"(?<=\d)(\s*)bulan\b", r"\1months"),
    (r"(?<=\d)(\s*)minggu\b", r"\1weeks"), (r"(?<=\d)(\s*)jam\b", r"\1hours"),
    (r"\btahun\s+depan\b", "next year"), (r"\bbulan\s+depan\b", "next month"),
    (r"\b(\d+(?:\.\d+)?)x\s+(?=per day\b)", r"\1 times "), (r"\bkali\b", "times"),
    # hedges and "each"
    (r"\b(?:sekitar|kira-kira|kira2|kurleb|kurang\s+lebih|lebih\s+kurang|lk\.?)\s*(?=[~$€£\d]|us\$|rp)",
     "about "),
    (r"\b(?:rata2|rata-rata|rerata)\b", "average"),
    (r"\b(?:masing-masing|masing2|tiap|setiap)\b", "each"),
    # who and what is counted
    (r"\b(?:pengguna|pelanggan|nasabah)\b", "users"), (r"\bjawaban\b", "answers"),
    (r"(?<=\d)(\s*)chat\b", r"\1chats"),
    (r"\bpertanyaan\b", "questions"), (r"\bcabang\b", "branches"),
    (r"\bunit\b(?=\s*(?:[A-Za-z]+\d|\d))", "x "),
    (r"\bdiskon\b", "discount"), (r"\bsewa\b", "rent"), (r"\bbeli\b", "buy"), (r"\banggaran\b", "budget"),
    # "35% dari WAU": of; "dari 500 ribu ke 5 juta": from, to
    (r"(?<=%)\s*dari\b", " of"), (r"\bdari\s+(?=[~$€£\d])", "from "), (r"\bke\s+(?=[~$€£\d])", "to "),
    (r"\bselama\s+(?=\d)", "for "), (r"\bdalam\s+(?=\d)", "in "),
    # a peak said as what it can reach: "Peak pas tanggal gajian bisa 4x"
    (r"\bbisa\s+(?=\d+(?:\.\d+)?\s*x\b)", "peak "),
    # what is asked and done
    (r"\b(?:berapa|brp)\b", "how many"), (r"\b(?:butuh|perlu|harus)\b", "need"),
    (r"\bcukup\b", "enough"), (r"\btambah\b", "add"), (r"\bnaik\s+(?=\d)", "grew "),
    (r"\bdengan\b", "with"), (r"\bpakai\b", "using"), (r"\bdi\s+(?=[A-Za-z]+\d)", "on "),
    (r"\bbetul\s+(?:ke|kah)\b", "right"), (r"\bsekarang\b", "today"),
    # ("Mau launch chatbot": want, not monthly actives, which follow a number or a slash)
    (r"(?<![\d/])(?<!\d )\bmau\b(?=\s+(?!dau\b|wau\b|ratio\b|of\b)[a-z])", "want"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_malay(text: str) -> bool:
    """The message shows Indonesian or Malay: two of their common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Indonesian and Malay quantity words in English, with the position in the source of
    each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
