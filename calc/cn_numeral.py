"""Chinese numerals ("一千万", "两千五百", "一点三", "十二") as numbers: cn2an where it reads them,
else a small reader of our own for the forms it refuses. Shared by calc/numbers.py, which finds
the numerals in a question, and calc/spoken.py, which reads digits spoken one by one."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from calc import rx

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


def cn_to_int(s: str) -> float:
    """Parse a run of Chinese numerals ("一千万", "两千五百", "十二") into a number: the
    fallback for forms cn2an refuses."""
    total = 0.0
    section = 0.0
    digit = 0.0
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (digit or 1) * CN_SMALL[ch]
            digit = 0
        elif ch in CN_BIG:
            big = CN_BIG[ch]
            section += digit
            if total and big > 1e4 and total < big:
                total = (total + section) * big
            else:
                total += (section or 1) * big
            section = 0
            digit = 0
    return total + section + digit


@cache
def _cn2an() -> Any:
    """cn2an compiles large patterns on import (~0.3 s): only Chinese numerals pay for it."""
    import cn2an

    return cn2an.cn2an


_CN_DECIMAL = rx.compile(r"(.*?)点([零〇一二三四五六七八九]+)([万萬亿億]*)")


def chinese_numeral(run: str) -> float:
    d = _CN_DECIMAL.fullmatch(run)
    if d:                                  # "一点三", "两点五万亿": digits after 点, then scales
        whole = chinese_numeral(d.group(1)) if d.group(1) else 0.0
        frac = float("0." + "".join(str(CN_DIGITS[c]) for c in d.group(2)))
        scale = math.prod(CN_BIG[c] for c in d.group(3))
        return (whole + frac) * scale
    try:
        return float(_cn2an()(run, "smart"))
    except (ValueError, KeyError, TypeError):
        return cn_to_int(run)
