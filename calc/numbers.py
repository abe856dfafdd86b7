"""Numbers as people type them, in English and Chinese.

"100M", "1.5B", "10k", "3.14e23", "25,000", "2.788 million", "1亿", "5万", "一千万",
"两千五百", "1.2万亿". The tokenizer finds each number with its position so the parser can
read the words around it; it never evaluates text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_CN_RUN = re.compile(r"[零〇一二两兩三四五六七八九十百千万萬亿億]+")

# Multipliers written after a number. Words must end at a word boundary so that "3.5 months"
# is not read as 3.5 million.
_SUFFIX = [
    (r"万亿|萬億", 1e12), (r"千亿|千億", 1e11), (r"百亿|百億", 1e10), (r"亿|億", 1e8),
    (r"千万|千萬", 1e7), (r"百万|百萬", 1e6), (r"万|萬", 1e4), (r"千(?![瓦])", 1e3),
    (r"trillion\b|tn\b", 1e12), (r"billion\b|bn\b", 1e9), (r"million\b|mn\b|mio\b", 1e6),
    (r"thousand\b", 1e3),
    (r"t(?![a-z])", 1e12), (r"b(?![a-z])", 1e9), (r"m(?![a-z0-9/])", 1e6), (r"k(?![a-z])", 1e3),
]
_SUFFIX_RE = re.compile(r"\s*(" + "|".join(p for p, _ in _SUFFIX) + ")", re.IGNORECASE)
_NUM = re.compile(
    r"(?<![A-Za-z0-9_.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)",
    re.IGNORECASE,
)
MAX_ABS = 1e300


@dataclass(frozen=True)
class Num:
    value: float
    start: int
    end: int
    raw: str


def cn_to_int(s: str) -> float:
    """Parse a run of Chinese numerals ("一千万", "两千五百", "十二") into a number."""
    total = 0.0
    section = 0.0
    digit = 0.0
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (digit or 1) * _CN_SMALL[ch]
            digit = 0
        elif ch in _CN_BIG:
            big = _CN_BIG[ch]
            section += digit
            if total and big > 1e4 and total < big:
                total = (total + section) * big
            else:
                total += (section or 1) * big
            section = 0
            digit = 0
    return total + section + digit


def replace_chinese_numerals(text: str) -> str:
    """Turn runs like "一千万" into "10000000"; leave lone unit characters alone ("5万")."""

    def sub(m: re.Match[str]) -> str:
        run = m.group(0)
        if not any(ch in _CN_DIGITS or ch in _CN_SMALL for ch in run):
            return run  # "万" after an Arabic number: a suffix, handled later
        if run in ("一", "两") and m.end() < len(text) and text[m.end()] in "下些点":
            return run
        value = cn_to_int(run)
        return f"{value:.0f}" if value == int(value) else str(value)

    return _CN_RUN.sub(sub, text)


def find_numbers(text: str) -> list[Num]:
    """Every number in text, with multiplier suffixes applied. Text should be normalized."""
    out: list[Num] = []
    for m in _NUM.finditer(text):
        raw = m.group(1).replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        end = m.end()
        sm = _SUFFIX_RE.match(text, end)
        if sm:
            word = sm.group(1).lower()
            for pat, mult in _SUFFIX:
                if re.fullmatch(pat, word, re.IGNORECASE):
                    value *= mult
                    end = sm.end()
                    break
        if not math.isfinite(value):
            value = math.inf
        out.append(Num(value=value, start=m.start(), end=end, raw=text[m.start():end]))
    return out
