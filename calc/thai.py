"""Thai quantity words in a question ("มีผู้ใช้ 8 แสนคนต่อวัน", "ต้องใช้กี่การ์ดครับ?", "ตู้ละ 15kW max"):
the period, the counted thing and the asked, said in English, so that every rule reads them as it reads
English (as calc/malay does for Indonesian and Malay). Thai writes no spaces between words, so each English
word comes with its own. The numbers' scale words ("แสน", "ล้าน", "หมื่น", "พัน") are read by calc/numbers;
baht is a currency not converted (calc/foreign.foreign_money). A message is rewritten only when it shows
Thai script. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_THAI = rx.compile(r"[\u0e00-\u0e7f]")

_REWRITES: list[tuple[str, str]] = [
    # politeness and fillers, said to no number
    (r"ครับ|ค่ะ|คะ|นะ", " "),
    # periods
    (r"ต่อวัน|วันละ", " per day "), (r"ต่อเดือน|เดือนละ", " per month "), (r"ต่อปี|ปีละ", " per year "),
    (r"ต่อชั่วโมง|ชั่วโมงละ", " per hour "), (r"ต่อคน|คนละ", " per user "),
    (r"(?<=\d)(\s*)วัน", r"\1 days "), (r"(?<=\d)(\s*)เดือน", r"\1 months "), (r"(?<=\d)(\s*)ปี", r"\1 years "),
    (r"(?<=\d)(\s*)ชั่วโมง", r"\1 hours "),
    # who and what is counted ("ตู้ละ 15kW": each rack's)
    (r"ผู้ใช้(?:งาน)?", " users "), (r"ลูกค้า", " customers "), (r"คน", " users "), (r"การ์ด|ใบ", " cards "),
    (r"ตู้ละ", " each rack "), (r"เครื่องละ", " each server "), (r"ตู้", " racks "), (r"เครื่อง", " servers "),
    # hedges, the asked and the done
    (r"ประมาณ|ราว(?:ๆ)?", " about "), (r"กี่", " how many "), (r"ต้องใช้|ต้องการ", " need "),
    (r"เช่า", " rent "), (r"ซื้อ", " buy "), (r"ค่าไฟ", " electricity "), (r"มี", " has "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_thai(text: str) -> bool:
    """The message shows Thai script."""
    return _THAI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Thai quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
