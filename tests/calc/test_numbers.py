"""Numbers as people type them: Arabic with scale words, Chinese numerals inside a number span,
English number words; and the positions that let spans be quoted as written."""

from __future__ import annotations

import pytest

from calc.cn_numeral import chinese_numeral, cn_to_int
from calc.numbers import find_numbers, normalize


@pytest.mark.parametrize("text,value", [
    ("100M users", 1e8), ("100 million users", 1e8), ("1.5B", 1.5e9), ("10k", 1e4),
    ("3.14e23", 3.14e23), ("25,000", 25_000), ("1亿", 1e8), ("5万", 5e4), ("一千万", 1e7),
    ("2.788 million GPU-hours", 2.788e6), ("$1.50/hr", 1.5), ("240,000 yuan", 240_000),
    ("两千五百", 2500), ("1.2万亿", 1.2e12), ("15T tokens", 15e12), ("三千万用户", 3e7),
    ("3.5 months", 3.5), ("1,024", 1024), ("十二", 12), ("0.5", 0.5),
    ("5千张H100", 5000), ("3百台", 300), ("输入2千个token", 2000), ("10^8 users", 1e8),
    ("1e8 users", 1e8), ("3x10^8", 3e8), ("100 mln users", 1e8), ("a hundred million users", 1e8),
    ("half a million users", 5e5), ("two thousand five hundred GPUs", 2500),
    ("3亿周活用户", 3e8), ("用户数1亿", 1e8), ("每张3.5万美元", 35_000), ("¥240k each", 240_000),
    ("2,000-token answers", 2000), ("三个月", 3), ("十倍", 10), ("二十五万", 250_000),
    ("PUE一点三", 1.3), ("电价零点五元", 0.5), ("两点五万亿token", 2.5e12), ("十二点五万", 1.25e5),
    ("twenty prompts a day", 20), ("sends twelve queries", 12),
])
def test_number_formats(text, value):
    nums = find_numbers(normalize(text).text)
    assert nums and nums[0].value == pytest.approx(value)
    assert len(nums) == 1, [n.raw for n in nums]


@pytest.mark.parametrize("s,v", [("一", 1), ("十", 10), ("十五", 15), ("二十", 20),
                                 ("一百零五", 105), ("三千", 3000), ("一万", 1e4),
                                 ("十万", 1e5), ("一亿", 1e8), ("两亿五千万", 2.5e8)])
def test_chinese_numerals(s, v):
    assert cn_to_int(s) == v
    assert chinese_numeral(s) == v


@pytest.mark.parametrize("text", ["翻一番", "统一一下", "what about a month", "one doubling",
                                  "训练一个模型", "我一点都不懂", "which one is cheaper"])
def test_words_that_are_not_quantities(text):
    assert find_numbers(normalize(text).text) == []


def test_months_is_not_millions():
    assert find_numbers("3.5 months")[0].value == 3.5
    assert find_numbers("50 ms")[0].value == 50


def test_spans_quote_the_original_text():
    n = normalize("ＨＯＷ many Ｈ100s for １００M users")
    assert n.text.startswith("how many h100s")
    num = find_numbers(n.text)[0]
    assert n.quote(num.start, num.end) == "１００M"
