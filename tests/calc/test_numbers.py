from __future__ import annotations

import pytest

from calc.numbers import cn_to_int, find_numbers, replace_chinese_numerals
from calc.parse import normalize


@pytest.mark.parametrize("text,value", [
    ("100M users", 1e8), ("100 million users", 1e8), ("1.5B", 1.5e9), ("10k", 1e4),
    ("3.14e23", 3.14e23), ("25,000", 25_000), ("1亿", 1e8), ("5万", 5e4), ("一千万", 1e7),
    ("2.788 million GPU-hours", 2.788e6), ("$1.50/hr", 1.5), ("240,000 yuan", 240_000),
    ("两千五百", 2500), ("1.2万亿", 1.2e12), ("15T tokens", 15e12), ("三千万用户", 3e7),
    ("3.5 months", 3.5), ("1,024", 1024), ("十二", 12), ("0.5", 0.5),
])
def test_number_formats(text, value):
    nums = find_numbers(normalize(text))
    assert nums and nums[0].value == pytest.approx(value)


@pytest.mark.parametrize("s,v", [("一", 1), ("十", 10), ("十五", 15), ("二十", 20),
                                 ("一百零五", 105), ("三千", 3000), ("一万", 1e4),
                                 ("十万", 1e5), ("一亿", 1e8), ("两亿五千万", 2.5e8)])
def test_chinese_numerals(s, v):
    assert cn_to_int(s) == v


def test_unit_character_after_arabic_is_left_for_the_suffix_reader():
    assert replace_chinese_numerals("5万") == "5万"


def test_months_is_not_millions():
    assert find_numbers("3.5 months")[0].value == 3.5
    assert find_numbers("50 ms")[0].value == 50
