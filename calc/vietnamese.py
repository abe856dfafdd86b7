"""Vietnamese quantity words in a question ("2 tỷ tokens output mỗi ngày", "rent vs buy for 2 năm", "cần bao
nhiêu con 4090?"): the period, the counted thing, the hedges and the few verbs the rules key on, said in
English, so that every rule reads them as it reads English (as calc/malay does for Indonesian and Malay).
Only the words that carry a quantity's meaning are rewritten, never the numbers ("triệu", "tỷ" and "nghìn",
and the "tr" of "3.5tr DAU", are scale words calc/numbers reads itself); a message is rewritten only when it
shows the language (one of its common words written with a letter only Vietnamese has, or two of them). Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Vietnamese
_COMMON = rx.compile(r"(?<![\w])(?:của|các|mỗi|ngày|người|nhiêu|cần|năm|tháng|giờ|khoảng|tầm|dùng|chạy|trên|"
                     r"tụi|em|anh|chị|vậy|mấy|khách|hàng|đang|với|và|được|nếu|luôn|điện|giá|thuê|mua|"
                     r"bao|cho|không|hay|thì|là|ơi|nhé|ạ|tuần)(?![\w])", re.IGNORECASE)
_SHARED = {"em", "anh", "bao", "cho", "hay", "la"}
# letters only Vietnamese writes among the languages read in English
_LETTERS = "ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"

_REWRITES: list[tuple[str, str]] = [
    # periods ("mỗi ngày", "/ngày", "2 năm", "mấy ngày?")
    (r"(?<=/)\s*ngày\b", "day"), (r"(?<=/)\s*tháng\b", "month"), (r"(?<=/)\s*năm\b", "yr"),
    (r"(?<=/)\s*giờ\b", "hr"),
    (r"\b(?:mỗi|mọi|hàng)\s+ngày\b|\bmột\s+ngày\b", "per day"),
    (r"\b(?:mỗi|hàng)\s+tháng\b|\bmột\s+tháng\b", "per month"),
    (r"\b(?:mỗi|hàng)\s+năm\b|\bmột\s+năm\b", "per year"), (r"\bmỗi\s+giờ\b", "per hour"),
    (r"(?<=\d)(\s*)ngày\b", r"\1days"), (r"(?<=\d)(\s*)tháng\b", r"\1months"),
    (r"(?<=\d)(\s*)năm\b", r"\1years"),
    (r"(?<=\d)(\s*)tuần\b", r"\1weeks"), (r"(?<=\d)(\s*)giờ\b", r"\1hours"),
    (r"\bmấy\s+ngày\b", "how many days"),
    # who and what is counted; "con" counts things ("bao nhiêu con 4090": how many 4090)
    (r"\bngười\s+dùng\b", "users"), (r"\bkhách\s+hàng\b", "customers"), (r"\bcâu\s+hỏi\b", "questions"),
    (r"\bngười\b", "people"), (r"\bcon\s+(?=(?:[a-z]+\s*)?\d)", ""),
    # hedges, "each", the asked and the done
    (r"\b(?:khoảng|tầm|cỡ|chừng)\s*(?=[~$€£\d])", "about "), (r"\bmỗi\b", "per"),
    (r"\bbao\s+nhiêu\b|\bmấy\b", "how many"), (r"\bcần\b", "need"),
    (r"\btrên\s+(?=[a-z]+[- ]?\d)", "on "), (r"\bđang\s+chạy\b", "running"), (r"\bchạy\b", "running"),
    (r"\bđiện\b", "electricity"), (r"\bthuê\b", "rent"), (r"\bmua\b", "buy"), (r"\bgiá\b", "price"),
    (r"\bvà\b", "and"), (r"\bvới\b", "with"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_vietnamese(text: str) -> bool:
    """The message shows Vietnamese: one of its common words written with a letter only it has, or two."""
    return shows_language(_COMMON, _SHARED, text, _LETTERS)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Vietnamese quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
