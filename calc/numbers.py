"""Numbers as people type them, in English and Chinese, found with their positions.

"100M", "1.5B", "10k", "100 mln", "3.14e23", "10^8", "25,000", "1亿", "5万", "5千", "3百",
"1.2万亿", "一千万", "两千五百", "a hundred million", "two H100s". Chinese numerals are read
inside a number span only (never by replacing text), so "翻一番" still reads as "doubles" and
"H100一万张" still finds H100 and 10,000. The tokenizer never evaluates text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from calc import (
    amharic,
    arabic,
    armenian,
    azerbaijani,
    bangla,
    bengali,
    bulgarian,
    burmese,
    catalan,
    czech,
    danish,
    darija,
    dutch,
    estonian,
    finnish,
    french,
    georgian,
    german,
    greek,
    greeklish,
    gujarati,
    hebrew,
    hindi,
    hinglish,
    hungarian,
    italian,
    japanese,
    kannada,
    kazakh,
    khmer,
    korean,
    lao,
    latvian,
    lithuanian,
    malay,
    malayalam,
    marathi,
    mongolian,
    nepali,
    nordic,
    persian,
    pidgin,
    polish,
    punjabi,
    romanian,
    russian,
    rx,
    serbian,
    sinhala,
    slovak,
    slovenian,
    swahili,
    tagalog,
    tamil,
    telugu,
    thai,
    turkish,
    ukrainian,
    urdu,
    uzbek,
    vietnamese,
)
from calc.cn_numeral import CN_BIG, CN_DIGITS, chinese_numeral
from calc.romance import in_english, said_in_romance
from calc.script import aligned, rewrite, simplified
from calc.spoken import spoken

MAX_ABS = 1e300

_CN_RUN = rx.compile(r"[零〇一二两兩三四五六七八九十百千万萬亿億]+"
                     r"(?:点[零〇一二三四五六七八九]+[万萬亿億]*)?")


@dataclass(frozen=True)
class _Run:
    """A Chinese numeral's run, as the parts of a match the reader uses."""
    text: str
    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def group(self, _: int = 0) -> str:
        return self.text[self.a:self.b]


def _cn_runs(text: str) -> Iterator[_Run]:
    """The Chinese numerals in `text`; "一百二十千瓦" is 120 kW (the 千 is the unit's), while in
    "一万二千瓦" (12,000 W) and "两千瓦" (2 kW either way) it stays the number's."""
    for m in _CN_RUN.finditer(text):
        a, b = m.start(), m.end()
        # ("十二千伏安": 12 kVA, the 千 the unit's too)
        if b - a > 1 and text[b - 1] == "千" and text[b:b + 1] in ("瓦", "伏") and \
                re.search(r"[十百]", text[a:b]) and not re.search(r"[万萬亿億]", text[a:b]):
            b -= 1
        elif b - a > 2 and text[a - 1:a] == "每" and text[a:a + 2] in ("百万", "百萬", "千万", "千萬") \
                and re.match(r"[块塊元毛角]", text[b:b + 1]):
            # "输出每百万两块": per million (the basis of a price), then the price, two numbers
            yield _Run(text, a, a + 2)
            a = a + 2
        elif b - a > 2 and text[b - 2:b] in ("万一", "萬一", "亿一", "億一") and \
                re.match(r"[台张張块塊套]", text[b:b + 1]) and \
                re.search(r"[十百千两二三四五六七八九]", text[a:b - 2]):
            b -= 1                       # "一百二十万一台": 1.2 million for one server, not 1,200,001 servers
        yield _Run(text, a, b)
# a one-character Chinese numeral is a number only before a counter ("三个月", "两张", "十倍");
# "翻一番", "一下", "统一" stay words
_HALF_OF_BIG = rx.compile(r"个?[万萬亿億]")
_CN_SCALE_BEFORE = frozenset("一二两三四五六七八九十百千半0123456789")
_CN_COUNTER = rx.compile(r"[张块台个位次倍年月天周小卡颗片名人家座兆千瓦度元美%项条轮代毛角秒遍]|星期|礼拜|"
                         r"问题|副本|[节堂门](?=\s*课)|"
                         r"\s*[a-z#&@$]|"
                         r"机(?![房柜架构型器时])")   # "H800 两机 16 卡": two machines
# ("十柜", "两组", "三路": racks, groups and streams counted; "一柜" stays "per rack"; "兩部8卡伺服器":
# machines counted, "一部" is no count)
_CN_COUNTER_NOT_ONE = rx.compile(r"[柜组路]|部(?=\s*[\d一二两三四五六七八九十]*\s*(?:卡|张)?\s*[a-z#&\d]*\s*"
                                 r"(?:服务器|伺服器|机器|主机|整机))")

# ("上GB200 NVL72 一柜够不够", "一柜能装下 deepseek v3 吗": one rack, asked whether it is enough; not
# "一柜8台" or "一柜能塞几台", per rack)
_ONE_RACK_ASKED = rx.compile(r"柜\s*(?:够|足够|撑得住|扛得住|行不行|行吗|可以吗|就够|能(?:装|放)(?:得)?下)")

# "对交易做二次研判": secondary, not twice
_SECONDARY = rx.compile(r"次\s*(?:研判|审核|审查|开发|确认|复核|加工|筛选|校验|过滤|判断|验证|创作|元|"
                        r"分析|处理|排查|编辑|"
                        r"训练|预训练|微调|调优|封装|分发|销售|售卖)")

# Multipliers written after a number. Words end at a word boundary so that "3.5 months" is
# not 3.5 million and "50 ms" is not 50 million.
_SUFFIX = [
    (r"万亿|萬億", 1e12), (r"千亿|千億", 1e11), (r"百亿|百億", 1e10), (r"亿|億", 1e8),
    (r"千万|千萬", 1e7), (r"百万|百萬", 1e6), (r"十万|十萬", 1e5), (r"万|萬", 1e4),
    (r"千(?![瓦克米伏])", 1e3), (r"百(?![分])", 1e2),
    (r"(?:quadrillion|quad)(?![a-z0-9])", 1e15), (r"(?:trillion|tn)(?![a-z0-9])", 1e12),
    (r"(?:billion|bn|bln|bil|bi)(?![a-z0-9])", 1e9),
    (r"(?:million|mn|mio|mln|mil|mm)(?![a-z0-9])", 1e6), (r"thousand(?![a-z0-9])", 1e3),
    (r"hundred(?![a-z0-9])", 1e2),
    # (a word's end is any non-letter: "2 crore用户", "3 million人")
    # Indian numbering ("10 lakh users", "2 crore DAU") and Europe's milliard ("1,5 Mrd")
    (r"(?:crores?|cr)(?![a-z0-9])", 1e7), (r"(?:lakhs?|lacs?)(?![a-z0-9])", 1e5),
    (r"(?:mrd|milliards?)(?![a-z0-9])", 1e9), (r"trln(?![a-z0-9])", 1e12),
    (r"(?:tsd|tausend)(?![a-z0-9])", 1e3),
    # Polish, Czech and Ukrainian "tys." (thousand) and "mld" (billion); Dutch and Nordic "miljoen",
    # "miljoner", "miljard", "miljarder"
    (r"(?:tys|tis)(?![a-z0-9])", 1e3), (r"(?:mld|miljard(?:er|en)?|mlrd)(?![a-z0-9])", 1e9),
    (r"(?:miljoen(?:en)?|miljon(?:er|en|a)?)(?![a-z0-9])", 1e6),
    # (German and French "Billion", abbreviated: a million millions)
    (r"bio(?![a-z0-9])", 1e12),
    # Malay and Indonesian ("3 juta request", "20 ribu users")
    # ("$32rb", "150rb", "Rp 5 jt": their shorthands)
    (r"(?:juta|jt)(?![a-z0-9])", 1e6), (r"(?:ribu|rb)(?![a-z0-9])", 1e3),
    (r"(?:miliar|milyar)(?![a-z0-9])", 1e9), (r"triliun(?![a-z0-9])", 1e12),
    # Vietnamese ("1 triệu users", "2 tỷ token", "500 nghìn requests")
    (r"(?:triệu|trieu)(?![a-z0-9])", 1e6), (r"(?:tỷ|tỉ)(?![a-z0-9])", 1e9),
    (r"(?:nghìn|ngàn)(?![a-z0-9])", 1e3),
    # ("~3.5tr DAU": Vietnamese shorthand for triệu) and Thai ("8 แสนคน", "1.2 ล้าน MAU", "9.5 ล้านบาท")
    (r"tr(?![a-z0-9])", 1e6),
    (r"แสน", 1e5), (r"ล้าน", 1e6), (r"หมื่น", 1e4), (r"พัน", 1e3),
    # Korean ("5만 명", "500억 토큰", "3천 명", "2조")
    (r"조(?![\uac00-\ud7a3])", 1e12), (r"억", 1e8), (r"만", 1e4), (r"천", 1e3),
    # (not "PUE 1.4 b/c of ambient", "b/w": "because", "between")
    (r"t(?![a-z])", 1e12), (r"b(?![a-z])(?!/[cw](?![a-z]))", 1e9), (r"k(?![a-z])", 1e3),
    # ("3m/s" is not 3 million; "$3.2M/rack", "$9M/yr" are)
    (r"m(?![a-z0-9²])(?!/(?!(?:racks?|servers?|nodes?|box|units?|systems?|pods?|yrs?|years?|annum|mo|months?|"
     r"quarters?|qtr|wk|weeks?|day|gpus?|cards?|sites?|users?)\b))", 1e6),
    # glued to what they count: "100kusers", "2mtokens", "10kgpus"
    (r"t(?=tokens?\b)", 1e12), (r"b(?=(?:tokens?|users?|params?|queries)\b)", 1e9),
    (r"m(?=(?:users?|tokens?|toks?|queries|requests|reqs|dau|mau)\b)", 1e6),
    (r"k(?=(?:users?|tokens?|toks?|queries|requests|reqs|gpus?|cards?|dau|mau|qps)\b)", 1e3),
]
_SUFFIX_C = [(rx.compile(p, re.IGNORECASE), mult) for p, mult in _SUFFIX]
_SUFFIX_RE = rx.compile(r"[ \t]?个?(" + "|".join(p for p, _ in _SUFFIX) + ")", re.IGNORECASE)
_NUM = rx.compile(
    r"(?:(?<![A-Za-z0-9_.^])|(?<=pue)|(?<=mfu)|(?<=qps)|(?<=rps)|(?<=(?<![a-z])tp)|(?<=(?<![a-z])bs)|"
    r"(?<=[#&]x)|(?<=[#&] x)|(?<=[#&]×)|(?<=[#&] ×)|"   # "HGX H100 x40": a count after a name
    r"(?<=[\s(,:=]x)|(?<=[\s(,:=]×)|(?<=[#&] x )|(?<=[#&] × )|"   # "peak x2.5", "H100 x 16"
    r"(?<=[\u4e00-\u9fff]x)|(?<=[\u4e00-\u9fff]×)|"   # "晚高峰x3": a multiple written right after a word
    # ("R500m", "R8.9m", "R55/GPU-hr": rand, the letter right before the amount; calc/foreign.foreign_money)
    r"(?<=(?<![a-z0-9$.])r)(?=\d{1,3}(?:[,.]\d+)+|\d{1,3}\s?(?:k|m|bn|mn)(?![a-z])|\d+\s*(?:/|per\b|each\b)))"
    # ("10^8", and powers of two: "2^13 GPUs")
    r"(?:(?P<pow>(?P<base>10|2)\s*(?:\^|\*\*)\s*(?P<exp>[+-]?\d{1,3}))|"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+))",
    re.IGNORECASE,
)
_TIMES_POW = rx.compile(r"\s*(?:x|\*|×)\s*10\s*(?:\^|\*\*)\s*([+-]?\d{1,3})")

_WORD_VALUES = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "half": 0.5, "dozen": 12, "single": 1, "pair": 2, "couple": 2,
}
_WORD_SCALES = {"hundred": 1e2, "thousand": 1e3, "grand": 1e3, "million": 1e6, "billion": 1e9,
                "trillion": 1e12, "quadrillion": 1e15, "lakh": 1e5, "lac": 1e5, "crore": 1e7,
                "mil": 1e6, "mln": 1e6, "bn": 1e9}
_WORD_RUN = rx.compile(
    r"\b(?:(?:" + "|".join(sorted([*_WORD_VALUES, *_WORD_SCALES], key=len, reverse=True))
    + r")(?:[\s-]+(?:and[\s-]+|a[\s-]+)?|\b))+", re.IGNORECASE)
# a small number word is a quantity only before a counted thing: "two H100s", "eight GPUs"
# ("one shared DGX H100": a word of the thing's use between the count and the name)
_COUNTED = rx.compile(r"\s*(?:(?:shared|dedicated|used|new|spare|extra|additional|refurb(?:ished)?|"
                      # ("on one rented A100 80GB": the card's adjective between)
                      r"rented|leased|reserved|on-?demand|cloud|local|borrowed|"
                      r"on-?prem)\s+)?"
                      r"(?:[#&@]|(?:[a-z]+\s+)?(?:gpus?|accelerators?|cards?|chips?|servers?|"
                      r"nodes?|racks?|tpus?|boxes|box(?!\s+(?:per|each|at each|in each|for each|a)\b)|"
                      r"machines?|clusters?|"
                      r"data ?cent(?:er|re)s?|"
                      r"days?|weeks?|months?|years?|hours?|(?:exa|peta|tera|zetta)[- ]?flops?|[eptz]flops|"
                      r"(?:kilo|mega|giga)[- ]?watts?|[kmg]w)\b)")


# "半年", "半个月": half a period; "for a year", "over a month": one period
# "单卡H20放得下吗": one card; "单卡400瓦" is a qualifier (per card), not a count
_SINGLE = rx.compile(r"单(?=[卡张台块颗片](?!时)(?![^，,。;；？?！!]{0,14}\d))")
_SINGLE_EN = rx.compile(r"\bsingle(?=-(?:gpu|card|chip|accelerator)\b)")   # "single-GPU": one
# ("全天跑", "全天运行": around the clock, not a day's period)
_WHOLE = rx.compile(r"(?<![一二两三四五六七八九十\d])(?:[全整](?=(?:个)?(?:年|月|天)(?!度)"
                    r"(?<!天(?=跑|运行|运转|开机|在跑|不停|满载|候|24)))|"
                    r"一(?=个?季度|整(?:个)?(?:年|月|天)))")
_HALF = rx.compile(r"(?<![一二两三四五六七八九十\d])半(?=个?(?:年|月|天|小时))")
_A_PERIOD = rx.compile(r"(?:for|over|in|within|per|each|every|running|run|runs|does|do|is|of|like|"
                       r"around|roughly|just|only|takes?|took|under|than)\s+(an?|the first)\s+"
                       # (not "a quarter of the budget": a share; "a full year of the bot" is one year)
                       r"(?=(?:(?:full|whole|entire)\s+)?(?:(?:year|yr|month|mo|week|day|hour)\b"
                       r"(?! of (?:the|a|an)\b)|(?:full|whole|entire)\s+(?:year|month|week|day)\b|"
                       r"quarter\b(?! of (?:the|a|an)\b)))")
_SUB_SECOND = rx.compile(r"\bsub(?=[- ]?(?:second|sec)\b)")
_QUARTER_POWER = rx.compile(r"\b((?:a|one|three)[- ]quarters?(?: of an?)?)\s+"
                            r"(?=(?:mw|gw|megawatts?|gigawatts?)\b)|"
                            # ("reported as well over a gigawatt": one, said as "a"; not "$40bn a GW", per GW)
                            r"\b(?:over|under|above|below|about|around|nearly|almost|than|exceeds?|past|to|as|"
                            r"roughly|approximately|near)\s+(an?)\s+(?=(?:gigawatt|megawatt)s?\b)")
_HALF_A = rx.compile(r"\b(half (?:an?|of a)|a half)\s+"
                     r"(?=(?:year|month|week|day|hour|minute|min|second|sec)\b)")


@dataclass(frozen=True)
class Num:
    value: float
    start: int
    end: int
    raw: str
    kind: str = "arabic"          # arabic | cjk | words | vague
    high: float = 0.0             # "十几亿", "几百张": the upper end of a vague amount (value is the lower)


@dataclass(frozen=True)
class Normalized:
    """The question, normalized (NFKC, lower case, full-width -> ASCII), with the position in
    the original text of every character, so spans can be quoted as the user wrote them."""

    text: str
    pos: tuple[int, ...]
    original: str

    def quote(self, start: int, end: int) -> str:
        if start >= end or not self.pos:
            return ""
        # min and max, not the ends: a rewritten "qpu=15" reads "15 queries per user"
        covered = self.pos[start:min(end, len(self.pos))]
        a, b = min(covered), max(covered) + 1
        o = self.original
        while 0 < b < len(o) and (o[b - 1] + o[b]).isascii() and (o[b - 1] + o[b]).isalpha():
            b += 1                       # never half a word: "5" said as "five" quotes "five"
        return o[a:b].strip().rstrip(",.;:，。；：、?？!！।॥")    # (and the Indic scripts' danda)


# Europe's and elsewhere's number habits: a decimal comma ("2,5 kW", "PUE 1,3", "0,12 USD/kWh") and
# thousands written with dots, spaces or apostrophes ("1.000.000", "25 000 H100", "1'000") where
# what follows is a count ("1.000 GPUs"), or anywhere once the message shows the habit elsewhere
# ("27.500 USD … rate 7,2"); "$2.500/hr" and "1.5" stay what English makes of them
# (not "bf16,40%" in a pasted row: a number that ends a name)
# (and after a multiplier's x: "peak x2,5", "all-in x1,5")
_DECIMAL_COMMA = rx.compile(r"(?<![\d,.'a-wyzA-WYZ])(\d{1,3}),(\d{1,2})(?!\d|,\d)|"
                            r"(?<![\d,.'a-zA-Z])(0),(\d{3,})(?!\d|,\d)")
_COUNT_AFTER = r"(?=\s*(?:x\s*)?(?:[a-zA-Z]{1,4}\d{1,3}[a-zA-Z]?\b|(?:[a-z]+\s+)?(?:gpus?|cards?|chips?|" \
               r"users?|servers?|nodes?|racks?|accelerators?|tokens?|queries|requests|people|streams?|" \
               r"sessions?|characters?|chars?|words?|pages?|documents?|docs?|emails?|messages?|files?|" \
               r"tickets?|customers?|clients?|employees?|agents?|calls?|pcs|(?i:sus?|kwh|mwh|gwh)|" \
               r"[a-z]{3,}s)\b|张|台|块|个|" \
               r"人|用户)|" \
               r"[bBtTmMkK](?=\s+tokens?\b)|" \
               r"\s+(?i:usd|rmb|cny|eur|euros?|dollars?|yuan|pieces|units|gpus?|cards?|tok(?:ens?)?)\b|" \
               r"\s+(?i:dau|mau|wau|ccu|qps|rps|reqs?|tok/s)\b|" \
               r"\s+(?:a|per|each|every)\s+(?:day|week|month|year|hour)\b|\s+daily\b|" \
               r"\s?[$€£¥](?!\d))"   # ("list price 515.000 $", "2.500 €": an amount, its currency after it)
_DOTS = r"(?<![\d.,'$¥€£])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])|(?<![\d.,'$¥€£])[1-9]\d{0,2}\.\d{3}(?![\d.,])"
# (a case ending hyphenated on, "10 000-szeresére", is no range)
# (a sentence's full stop may follow: "dollar kursi 12 700.")
_SPACES = r"(?<![\w.,'])\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d]|[.,]\d|-(?![^\W\d_]))"
# (and before a currency or a count said apart: "2 000 GPUs", "20 000 USD", "1.500 tok/s")
# ("grew 10 000x in 10 years": a multiple's thousands spaced)
_GROUPED = rx.compile(_DOTS + _COUNT_AFTER + "|" + _SPACES + _COUNT_AFTER + "|"
                      + _SPACES + r"(?=[xX×](?![a-zA-Z0-9]))|"
                      r"(?<![\w.,'])\d{1,3}(?:'\d{3})+(?![\d.,])")
# once the message shows the habit (a decimal comma): any dotted or spaced thousands (never "0.055", a
# decimal comma already read)
_GROUPED_DOTS = rx.compile(r"(?<![\w.,'$¥€£])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])|" + _SPACES)
_WAN_W = rx.compile(r"(?<=\d)[wW](?=(?:快递员|配送员|骑手|司机|用户|人|日活|月活|周活|商家|商户|会员|主播|"
                    r"次|条|单|张面单|家|请求|访问|并发|token|辆|台车|车主|个(?=\s*[a-z\u4e00-\u9fff])))"
                    # ("保有量30w，每车…": a fleet of cars, counted in 万)
                    r"|(?<=保有量\d)[wW]|(?<=保有量\d\d)[wW]|(?<=保有量\d\d\d)[wW]|(?<=保有量大概\d)[wW]|"
                    r"(?<=保有量大概\d\d)[wW]|(?<=保有量大概\d\d\d)[wW]|"
                    # ("老板就批了15w买卡", "预算20w": money, counted in 万)
                    r"(?<=\d)[wW](?=\s*(?:买|的预算|预算|块|元|人民币|rmb|经费|租|采购|够|左右的预算))|"
                    r"(?<=批了\d)[wW]|(?<=批了\d\d)[wW]|(?<=批了\d\d\d)[wW]|(?<=预算\d)[wW]|(?<=预算\d\d)[wW]|"
                    r"(?<=预算\d\d\d)[wW]")
# a "w" right after a number, and a clause that counts people with no word of power: 万 (normalize)
_W_AFTER_DIGIT = rx.compile(r"(?<=\d)[wW](?![a-z])")
_PEOPLE_CLAUSE = rx.compile(r"^(?=.*(?:\bdau\b|\bmau\b|日活|月活|周活|用户|学生|会员|粉丝|玩家|客户|员工))"
                            r"(?!.*(?:功耗|功率|瓦|电|供电|\bkw|\bpower|\bwatts?\b|\btdp))",
                            re.IGNORECASE | re.DOTALL)


def _clause_before(text: str, at: int) -> str:
    """The clause a position is in, up to it (from the last comma, stop or line break)."""
    start = max(text.rfind(c, 0, at) for c in "，,。；;！？?!\n")
    return text[start + 1:at]


_COMMA_BEFORE_SCALE = rx.compile(r"(?<![\d,.])(\d{1,3}),(\d{3})(?=\s*(?:triệu|tỷ|tỉ|juta|miliar|milyar|mln|"
                                 r"bln|mld|mil\.|"
                                 r"mio|mrd|miljoen|miljard|miljoner|milioni|miliardi|millones|milh|bilh)"
                                 r"(?![a-z]))", re.IGNORECASE)
_COS_PHI = rx.compile(r"\bcos\s*(?:phi|\(\s*phi\s*\))(?![a-z])", re.IGNORECASE)
_PER_MLN = rx.compile(r"\bper mln\b", re.IGNORECASE)
_PERCENT_RANGE = rx.compile(r"(?<![\d.])(\d+(?:\.\d+)?)%(\s*[-–]\s*)(?=\d[\d.]*\s*%)")
_CJK_CHAR = rx.compile(r"[\u4e00-\u9fff]")
_WAN_MONEY = rx.compile(r"(?<=\d)(?:\s*个\s*)?[wW](?![a-zA-Z])")
_W_MONEY_BEFORE = rx.compile(r"(?:报价|价格?|预算|成本|花了?|收|卖|报|租金|一共|总共|合计|值|投入?|贷款|"
                             r"融资|月薪)"
                             r"[^，,。；;?？!！\d]{0,6}$")
_W_ITEM_BEFORE = rx.compile(r"(?:一张|每张|单张|一台|每台|单台)[^，,。；;\d]{0,4}$")
_W_MONEY_AFTER = rx.compile(r"\s*(?:左右|一台|每台|一张|每张|以内|出头|多|上下|算|划算)")
_W_POWER = rx.compile(r"功耗|功率|电源|tdp|供电|用电|耗电|瓦|电费|电价|千瓦|kw|整机分摊|分摊|含整机|连整机",
                      re.IGNORECASE)


def _money_w(text: str, m: re.Match[str]) -> bool:
    """Whether the "w" after a number is 万 of money: a price, budget or cost said just before it, a money
    word right after it, or a card's or box's price too small to be its watts ("L40S一张现在5.8w左右"); never
    with power said around it ("每张700w", "整机功耗500w")."""
    if _W_POWER.search(text[max(0, m.start() - 16):m.end() + 4]):
        return False
    before = re.sub(r"[\d.,]+$", "", text[max(0, m.start() - 14):m.start()])
    if _W_MONEY_BEFORE.search(before) or re.match(r"\s*(?:块|元|的预算|预算)", text[m.end():]):
        return True
    digits = re.search(r"([\d.]+)\s*$", text[:m.start()])
    value = float(digits.group(1)) if digits and digits.group(1).count(".") <= 1 and digits.group(1) != "." \
        else 0.0
    # (not "电费多少钱：4090整机按每张卡450W算": the bill asked, each card's watts; no card costs 100万)
    item = _W_ITEM_BEFORE.search(before)
    if item is not None \
            and not (re.match(r".张", item.group(0)) and value >= 100) \
            and re.search(r"(?:报价|价格|售价|(?<!电费)(?<!电价)多少钱)[^，,。；;]*$",
                          text[max(0, m.start() - 24):m.start()]):
        return True                      # ("整机报价：8卡H20服务器一台110w": a quote for each box)
    # ("8张4090，一张差不多1.6w，": no card draws under 10 W, so the 万 of its price whatever follows)
    return bool(_W_ITEM_BEFORE.search(before)) and 0 < value < 65 \
        and (_W_MONEY_AFTER.match(text, m.end()) is not None or value < 10)


# ("日活200w，要冲到2000w": the count grown to, typed the same way)
_W_TARGET_BEFORE = rx.compile(r"(?:冲|涨|达|做|增长|增加|扩|突破|破|翻|上)到?\s*[\d.,]*$")
# a volume named before its number: "日均咨询量平时1200w左右", "调用量每天3000w"
_W_VOLUME_BEFORE = rx.compile(r"(?:咨询|调用|请求|访问|订单|业务|消息|对话|会话|查询|问答|用户|单)量"
                              r"[^，,。；;\d]{0,6}[\d.,]*$")


def _target_w(text: str, m: re.Match[str]) -> bool:
    """Whether the "w" after a number is 万 of a count grown to ("冲到2000w") or of a volume named before it
    ("日均咨询量平时1200w左右"), never with power said around it."""
    return not _W_POWER.search(text[max(0, m.start() - 16):m.end() + 4]) \
        and (_W_TARGET_BEFORE.search(text[max(0, m.start() - 12):m.start()]) is not None
             or _W_VOLUME_BEFORE.search(text[max(0, m.start() - 16):m.start()]) is not None)


_STUKS = rx.compile(r"\bper stuk\b|(?<=\d )stuks?\b|(?<=\d)stuks?\b", re.IGNORECASE)
_NBSP_GROUPS = rx.compile(r"(?<![\w.,'])\d{1,3}(?:[\u202f\u00a0]\d{3})+(?![\d.,])")
_EURO_DOTS = rx.compile(r"(?<=€)\s?[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])|"
                        r"(?<![\w.,])[1-9]\d{0,2}(?:\.\d{3})+(?=\s?€)")
_MONEY_DOTS = rx.compile(r"(?<=[$€£¥])\s?[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])")
# "小十万", "小一千万", "大几千" said as nearly: the 小 before a round Chinese amount
_QWEN_ZH = rx.compile(r"(?:通义)?千问(?=\s*\d)")
# Llama by its Chinese names, and "token" as speech-to-text writes it: "用拉玛3.1 8B", "输入八百个头肯"
_LLAMA_ZH = rx.compile(r"(?:拉玛|羊驼)(?=\s*\d)")
_TOKEN_HEARD = rx.compile(r"头肯|偷肯|拖肯")
# ("预算五十万块": in Chinese numerals too)
_WAN_KUAI = rx.compile(r"(?<=[\d零一二两三四五六七八九十百千][万亿])块"
                       r"(?!\s*(?:钱)?\s*(?:的)?\s*(?:卡|显卡|gpu|[a-z]+\d|算力卡|加速卡))",
                       re.IGNORECASE)
# ("每个月账单才50块", "电费一个月也就300块": an amount of money said as 块 after what is paid, never cards)
# ("预算500块": the money to spend too)
_BILL_KUAI = rx.compile(r"(?:账单|费用?|钱|成本|花费|花了|开销|支出|月费|年费|预算|经费|资金)"
                        r"(?:[^，,。；;\d零一二两三四五六七八九十百千万]){0,4}?(?:[\d.]+|[零一二两三四五六七八九十百千万]+)\s*"
                        r"(?:来|多|左右)?\s*(块)(?!钱)(?!\s*(?:的)?\s*(?:卡|显卡|gpu|[a-z]+\d|算力卡|加速卡|板|芯片))",
                        re.IGNORECASE)
_GE_A_HUNDRED = rx.compile(r"(?<=[\u4e00-\u9fffa-z])(?<![一二两三四五六七八九十几])个"
                           r"(?=[百千](?:来|多|把|左右)?\s*(?:个)?\s*"
                           r"(?:字|汉字|词|单词|token|次|条|人|单))")
_GE_BEFORE_NUMBER = rx.compile(r"(?<=[高提多涨算按升])个(?=\s*\d)")
_CRORE_LAKH = rx.compile(r"\b(\d{1,4})\s*(?:crores?|cr)\s+(?:and\s+)?(\d{1,2})\s*(?:lakhs?|lacs?)\b",
                         re.IGNORECASE)
# (not "一张二手6万块": one card's price, read as such by its own rule)
# (but "每个月云资源预算5万块": a month's budget, the money said as 块)
_ONE_ITEM_BEFORE = rx.compile(r"[一每单](?:张|台|块|个(?![月年天周])|套)(?:(?!预算|经费)[^，,。；;\d]){0,6}"
                              r"(?:[\d.]+|[零一二两三四五六七八九十百千]+)[万亿]$")
_BEI_TYPO = rx.compile(r"(?<=\d)被(?=算|计|来算|估)")
_SIDE_TOKENS = rx.compile(r"(?:(?<=\boutput)|(?<=\binput))-(?=tokens?\b)", re.IGNORECASE)
# ("c. 40% for servers", "ca. 2 trillion tokens", "circa $25k": the scholar's "about", the same)
_ABT = rx.compile(r"(?<![A-Za-z.])(?:[Aa]bt\.?|[Cc]a?\.(?=\s)|[Cc]irca(?=\s))"
                  r"(?=\s*(?:[$~]|\d|usd\b|us\$|sgd\b|s\$|rm\s?\d|myr\b|rs\.?\s?\d|inr\b|[¥€£]))",
                  re.IGNORECASE)
# ("£310k ex VAT per HGX H100": the tax's words between an amount and what it is per, left out)
_VAT = rx.compile(r"\s(?:ex\.?|excl\.?|excluding|exclusive\s+of|inc\.?|incl\.?|including|plus|\+)\s*vat\b",
                  re.IGNORECASE)
# ("dau: 2_000_000", "n = 16_384": digits grouped with underscores, as code writes them; the same length)
_UNDERSCORE_GROUPS = rx.compile(r"(?<=\d)_(?=\d{3}(?!\d))")
# ("on a couple of L40S?", "a pair of H100s": two cards, servers or nodes; the same length)
# (not "a couple hundred A100s", "a couple dozen H100": a scale said after it)
_W_NUMBER = rx.compile(r"(?i)(\d+(?:\.\d+)?)(\s*)w(?![a-z])")
_PEOPLE_BEFORE_W = rx.compile(r"(?i)(?:dau|mau|wau|日活|月活|周活|用户|人数|玩家|会员|粉丝|注册|订阅|学生|"
                              r"付费)[^\d\n]{0,5}$")
_PEOPLE_AFTER_W = rx.compile(r"(?i)\s*(?:用户|人|日活|月活|玩家|会员|dau\b|mau\b)")


def _w_for_wan(plain: str) -> str:
    """"DAU差不多30w", "日活80w": w for 万 said of people counted, never watts there (the same length)."""
    def one(m: re.Match[str]) -> str:
        if _PEOPLE_BEFORE_W.search(plain, max(0, m.start() - 12), m.start()) \
                or _PEOPLE_AFTER_W.match(plain, m.end()):
            return m.group(1) + m.group(2) + "万"
        return m.group(0)
    return _W_NUMBER.sub(one, plain)
_FRACTION_OF_MIL = rx.compile(r"\b(?:a\s+)?(quarter|half)(?:\s+(?:of\s+)?a)?\s+(mil(?:lion)?|mill|"
                              r"bil(?:lion)?|bn)\b",
                              re.IGNORECASE)
_A_COUPLE = rx.compile(r"\ba\s+(?:couple|pair)\s+(?:of\s+)?(?!(?:dozen|hundred|thousand|million|billion|k)\b)"
                       # ("self host on a couple 4090s": a card named by its number alone)
                       r"(?=(?:[a-z]+\s+)?(?:[a-z]{1,6}\s?\d|\d{4}s?\b|gpus?\b|cards?\b|"
                       r"servers?\b|nodes?\b|boxes\b|"
                       # ("for a couple weeks", "a couple of months": two of them, a period)
                       r"(?:days|weeks|months|years|hours|nights)\b(?!\s+(?:back|ago|earlier|before|prior)\b)))",
                       re.IGNORECASE)
# ("a tenner per seat per month", "a fiver a month": British notes, in pounds)
_NOTES = rx.compile(r"\ba\s+(tenner|fiver)\b", re.IGNORECASE)
_FRACTION_OF_ONE = rx.compile(r"(?<![\d./])([1-8])/([2-9])(?![\d/])(?=\s+of\s+an?\s)")
# ("about 250 grand set aside for kit", "£40 grand": thousands of money, slang; the same length)
_GRAND = rx.compile(r"(?<![\w.,])([$£€]?)(\d+(?:\.\d+)?)\s*grand\b", re.IGNORECASE)
# ("saturdays hit like 3x that", "will only pull like 3 kW", "we're at like 40%": a hedge, as "~")
_LIKE_AFTER = ("is", "hit", "hits", "pull", "pulls", "draw", "draws", "are", "was", "were", "be", "at", "get",
               "gets", "take", "takes", "cost", "costs", "run", "runs", "about", "maybe", "prob", "probably",
               "only", "do", "does", "did", "around")
_HEDGE_WORDS = rx.compile(r"\bmore or less\b(?=\s*[$~\d])|(?:"
                          + "|".join(rf"(?<=\b{w} )" for w in _LIKE_AFTER)
                          + r")like\b(?=\s*[$~]?\d)", re.IGNORECASE)
_X_PER = rx.compile(r"(?<=\s)x(?=\s+(?:days?|dia|d[ií]a|hours?|hrs?|hora|months?|m[eê]s|kwh|users?|"
                    r"usu[aá]rios?|"
                    r"gpus?|requests?|reqs?|quer(?:y|ies)|tickets?)\b)", re.IGNORECASE)
_NEARLY = rx.compile(r"小(?=[一两二三四五六七八九]?[十百千]?[万亿]|"
                     r"[一两二三四五六七八九]?[十百千](?!个?[人时组月天]))")
# ("L40S五万多一张", "五万来块一张", "5万出头一台"): a little over the amount, said before one card's price;
# ("一天三万来次对话"): about that many, before what is counted
_A_BIT_OVER = rx.compile(r"(?<=[\d一二两三四五六七八九十][万千])(?:多|来|出头)"
                         r"(?=\s*(?:块|元)?\s*(?:钱)?\s*(?:一|每)\s*(?:张|台|块|片|颗))|"
                         r"(?<=[\d一二两三四五六七八九十][万千])(?:多|来)(?=\s*(?:次|人|位|名|通|轮))|"
                         # ("问题一般100来字": about that many characters)
                         r"(?<=\d0)(?:多|来)(?=\s*(?:个)?\s*(?:字|汉字|词|单词|token))")
# India's grouping: two digits a group above the thousands ("2,40,000", "1,20,00,000")
_INDIAN_GROUPS = rx.compile(r"(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]|\.\d)")
# "ca. 2,5", "approx. 3 mn", "circa 40%": a hedge, as "~"
_CIRCA = rx.compile(r"(?<![a-z])(?:ca\.|approx\.|appr\.|circa)\s*(?=[\d$¥])", re.IGNORECASE)


# "2 Mio. requests", "3 Mrd. tokens", "5 Tsd. users": an abbreviated multiplier's dot ends no sentence
_ABBREVIATED = rx.compile(r"(?<=\d)(\s?(?:mio|mrd|mln|bn|tsd|bio|tys|tis|mld))\.(?=\s+[a-z$€¥£(]|\s*[,;)])",
                          re.IGNORECASE)


_LOCAL_SIGN = rx.compile(r"(?<=\d)\s?(Kč|zł)")
# the languages that write decimals with a comma: a message in one shows the habit for its other numbers
# (and Indonesian, which said_in_malay shows: "$27.500 per GPU", "1.500 hub")
_DECIMAL_COMMA_LANGUAGES = (said_in_romance, catalan.said_in_catalan, french.said_in_french,
                            german.said_in_german, georgian.said_in_georgian, armenian.said_in_armenian,
                            dutch.said_in_dutch, italian.said_in_italian, malay.said_in_malay,
                            vietnamese.said_in_vietnamese, russian.said_in_russian, german.german_words_said,
                            greek.said_in_greek, greeklish.said_in_greeklish, turkish.turkish_words_said,
                            russian.russian_words_said,
                            darija.said_in_darija, polish.said_in_polish, czech.said_in_czech,
                            danish.said_in_danish, nordic.said_in_nordic, romanian.said_in_romanian,
                            hungarian.said_in_hungarian,
                            ukrainian.said_in_ukrainian, finnish.said_in_finnish,
                            serbian.said_in_serbian, bulgarian.said_in_bulgarian, slovak.said_in_slovak,
                            slovenian.said_in_slovenian, lithuanian.said_in_lithuanian,
                            latvian.said_in_latvian, estonian.said_in_estonian,
                            azerbaijani.said_in_azerbaijani, uzbek.said_in_uzbek,
                            mongolian.said_in_mongolian)
_DOTS_AND_COMMA = rx.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+),(\d{1,2})(?![\d.,])")
_GLUED_CODE = rx.compile(r"(?<![A-Za-z])(RM|Rp|rm|rp|MYR|IDR)(?=\d)")


def _european(text: str) -> tuple[str, list[int]]:
    pos = list(range(len(text)))
    text = _ABBREVIATED.sub(lambda m: m.group(1) + " ", text)   # (the same length: positions unchanged)
    if not re.search(r"\d[,.' \u202f\u00a0]\d|ca\.|appr|circa", text, re.IGNORECASE):
        return text, pos
    out = _CIRCA.sub("~", text)
    if out != text:
        out, pos = aligned(text, pos, out)
    # ("310.000,00 €": dotted thousands and a decimal comma both, written as English writes them; the same
    # length)
    out = _DOTS_AND_COMMA.sub(lambda m: m.group(1).replace(".", ",") + "." + m.group(2), out)
    decimal = _DECIMAL_COMMA.sub(lambda m: f"{m.group(1)}.{m.group(2)}" if m.group(1) else f"0.{m.group(4)}",
                                 out)
    # (a message in Portuguese, Spanish, French, German or Dutch words shows the habit too: "~6.000 characters
    # … 2 milhões", "~250 000 utilisateurs", "12.000 Nutzer", "1.500 gebruikers")
    european = decimal != out or any(said(out) for said in _DECIMAL_COMMA_LANGUAGES)
    # (the thousands written as English writes them, the same length: "2.048 GPUs" is 2,048 of them, never the
    # year a bare 2048 may be)
    grouped = _GROUPED.sub(lambda m: re.sub(r"[.' \u202f\u00a0]", ",", m.group(0)), decimal)
    # (thousands set apart with a no-break space are never two numbers: "180\u202f000 conversations")
    grouped = _NBSP_GROUPS.sub(lambda m: re.sub(r"[\u202f\u00a0]", ",", m.group(0)), grouped)
    # ("from 20 000 to 150 000 users": thousands spaced once before a count show the habit for the others)
    european = european or (grouped != decimal and re.search(r"\d[ \u202f\u00a0]\d{3}", decimal) is not None)
    # ("2,40,000 SU", "1,20,00,000 users": India's lakh and crore grouping, never decimals)
    grouped = _INDIAN_GROUPS.sub(lambda m: m.group(0).replace(",", ""), grouped)
    # ("got quoted €265.000 for a DGX H100": euros are written with dotted thousands where they are spent, and
    # no euro amount has three decimals; the same length)
    grouped = _EURO_DOTS.sub(lambda m: m.group(0).replace(".", ","), grouped)
    if european:                                      # the writer's habit, shown elsewhere in the message
        grouped = _GROUPED_DOTS.sub(lambda m: re.sub(r"[. \u202f\u00a0]", ",", m.group(0)), grouped)
        # ("beli $27.500 per GPU … sewa $2,49/jam": an amount's thousands too, once the habit shows)
        grouped = _MONEY_DOTS.sub(lambda m: m.group(0).replace(".", ","), grouped)
        # ("2,788 triệu GPU-giờ", "1,350 mln PLN": a comma written before a scale word, three digits after
        # it, is
        # the decimal one; not "2.788 triệu", thousands; the same length)
        grouped = _COMMA_BEFORE_SCALE.sub(
            lambda m: m.group(1) + ("." if out[m.end(1)] == "," else ",") + m.group(2), grouped)
    return aligned(out, pos, grouped)


# an analyst's year end: "350k H100 by YE24", "EOY'25 target"
_YEAR_END = rx.compile(r"(?<![a-z0-9])(?:ye|eoy|yr-?end|year-?end)\s?'?(\d{2})(?![\d%])", re.IGNORECASE)


# a markdown table pasted from a doc: "| DAU | 5M |" is "DAU: 5M"; its "|---|---|" line is nothing
_TABLE_ROW = rx.compile(r"(?m)^[ \t]*\|?[ \t]*([^|\n]*?[^|\s-][^|\n]*?)[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|?"
                        r"[ \t]*$")
_TABLE_RULE = rx.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|?)+[ \t]*$")


# a sheet's rows pasted under their header: "gpu,count,watts,pue\nH200,16384,700,1.25",
# "model\tparams\ttokens\nours-v2\t34B\t2.5T",
# "| peak_qps | avg_in | avg_out |\n|---|---|---|\n| 1200 | 2000 | 350 |"
_CELLS = rx.compile(r"\t|\s*\|\s*|,(?!\s)")
_HEADER_CELL = rx.compile(r"[a-z_$%/() .#\u4e00-\u9fff-]*[a-z\u4e00-\u9fff][a-z0-9_$%/() .#\u4e00-\u9fff-]*",
                          re.IGNORECASE)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row split by `sep` (tab, comma, or pipe with the table's edges)."""
    lo, hi = 0, len(line)
    if sep == "|":
        lo = len(line) - len(line.lstrip(" \t|"))
        hi = len(line.rstrip(" \t|"))
    spans, a = [], lo
    for k in [m.start() for m in re.finditer(re.escape(sep), line[:hi]) if m.start() >= lo] + [hi]:
        x, y = a, k
        while x < y and line[x] in " \t":
            x += 1
        while y > x and line[y - 1] in " \t":
            y -= 1
        spans.append((x, y))
        a = k + 1
    return spans


def _header_rows(text: str, pos: list[int]) -> tuple[str, list[int]]:
    """A header line of three or more names over rows of as many values: each value is said as
    "name: value" in place of its row (quoting the value as typed) and the header is blanked."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    out, where = list(text), list(pos)
    edits: list[tuple[int, int, str, list[int]]] = []
    i = 0
    while i < len(lines) - 1:
        head = lines[i]
        sep = "\t" if head.count("\t") >= 2 else "|" if head.count("|") >= 2 else \
            "," if len(re.findall(r",(?!\s)", head)) >= 2 else None
        if sep is None and head.count("\t") == 1:
            sep = "\t"                  # ("rack_count<TAB>kW_per_rack" over "120<TAB>40": two names)
        names = _cells(head, sep) if sep else []
        if sep is None or len(names) < 2 or not all(
                _HEADER_CELL.fullmatch(head[a:b]) and not re.fullmatch(r"[\d.,%\s]+", head[a:b])
                for a, b in names):
            i += 1
            continue
        j, rows = i + 1, []
        while j < len(lines) and (_TABLE_RULE.fullmatch(lines[j]) or (
                len(_cells(lines[j], sep)) == len(names) and re.search(r"\d", lines[j])
                # (under two names, every cell a number: not a key and its value a line)
                and (len(names) > 2
                     or all(re.search(r"\d", lines[j][a:b]) for a, b in _cells(lines[j], sep))))):
            if not _TABLE_RULE.fullmatch(lines[j]):
                rows.append(j)
            j += 1
        if not rows:
            i += 1
            continue
        edits.append((starts[i], starts[i] + len(head), " " * len(head), [pos[starts[i]]] * len(head)))
        for r in rows:
            row, base = lines[r], starts[r]
            said, said_pos = [], []
            for (ha, hb), (va, vb) in zip(names, _cells(row, sep), strict=True):
                if va == vb:
                    continue
                piece = f"{head[ha:hb]}: "
                said.append(piece + row[va:vb] + "; ")
                if re.search(r"\d", row[va:vb]):
                    said_pos += [pos[base + va]] * len(piece) + pos[base + va:base + vb]
                else:
                    # ("指标 | 当前 | 两年后 … | 5e25 | ?": a name over no number is said by itself, as typed)
                    said_pos += pos[starts[i] + ha:starts[i] + hb] + [pos[starts[i] + hb - 1]] * 2 \
                        + pos[base + va:base + vb]
                said_pos += [pos[base + vb - 1]] * 2
            text_row = "".join(said)
            edits.append((base, base + len(row), text_row, said_pos))
        i = j
    if not edits:
        return text, pos
    for a, b, new, new_pos in sorted(edits, reverse=True):
        out[a:b] = list(new)
        where[a:b] = new_pos
    return "".join(out), where


# a sheet's key with its unit in brackets, then its value: "board power (W): 700", "budget ($M): 250",
# "输入单价（元/百万token）: 2", "翻倍周期（月）: 4" (a table's row, read as "key: value" above)
_UNIT_KEY = rx.compile(r"(?m)(?:^|(?<=; ))(?P<key>[^\n:：()（）|;]*?[^\s\n:：()（）|;])\s*"
                       r"[(（]\s*(?P<unit>[^()（）\n]{1,16}?)\s*[)）]"
                       r"\s*(?P<sep>[:：])\s*(?P<val>[~≈]?\s*\d[\d.,]*\s*(?:[kmb]|万|亿)?)(?P<rest>[^\S\n]*(?:[x×]|（[^）\n]*）"
                       r"|\([^)\n]*\))?[^\S\n]*)(?=;|$)")
_MONEY_UNIT = rx.compile(r"(?P<cur>us\$|\$|usd|¥|￥|rmb|元|万元|美元)\s*(?P<scale>[kmb]|mm|bn|万|亿)?"
                         r"(?P<per>\s*/\s*.+)?", re.I)
_PLAIN_UNIT = rx.compile(r"(?:w|kw|mw|gw|ms|s|gb|tb|%|tokens?|toks?|tok/s(?:/gpu)?|tokens?/s(?:/gpu)?|"
                         r"kwh|mwh|j|j/token|tflops|pflops|months?|days?|hours?|years?|月|天|小时|年|个月|瓦|千瓦|兆瓦|"
                         r"毫秒|秒|次|张|台|个|人|chars?|characters?|words?|字|字符|汉字)", re.I)


_SLASHED_KEY = rx.compile(r"(?m)(?:^|(?<=; ))[a-z\u4e00-\u9fff][^\n:：;/]*?(?:\s+/\s*|\s*/\s+)"
                          r"[^\n:：;]*?(?=\s*[:：])")


def _unit_keys(text: str, pos: list[int]) -> tuple[str, list[int]]:
    """"budget ($M): 250" is "budget: $250M", "board power (W): 700" is "board power: 700 w": the unit a
    sheet's key carries in brackets goes with the value (positions kept)."""
    if "/" not in text and "(" not in text and "（" not in text:
        return text, pos

    def one(m: re.Match[str]) -> str:
        unit, val = m.group("unit").strip(), m.group("val").strip()
        money = _MONEY_UNIT.fullmatch(unit)
        if money is not None:
            cur, scale = money.group("cur"), money.group("scale") or ""
            per = (money.group("per") or "").strip()
            said = f"{cur}{val}{scale}{per}" if cur in ("us$", "$", "usd", "¥", "￥", "rmb") \
                else f"{val}{scale}{cur}{per}"
        elif _PLAIN_UNIT.fullmatch(unit):
            said = f"{val}个月" if unit == "月" else f"{val} {unit}"
        else:
            return m.group()
        return f"{m.group('key')}{m.group('sep')} {said}{m.group('rest')}"
    out = _UNIT_KEY.sub(one, text)
    # ("queries / user / day: 12": a key's words joined by slashes, read as one key)
    out = _SLASHED_KEY.sub(lambda m: re.sub(r"\s*/\s*", "/", m.group()), out)
    return (out, pos) if out == text else aligned(text, pos, out)


def _tables(text: str, pos: list[int]) -> tuple[str, list[int]]:
    if "\t" in text and sum(line.count("\t") == 1 for line in text.split("\n")) >= 2:
        # a two-column sheet pasted with tabs: "tasks/day<TAB>2M" is "tasks/day:2M"
        text = "\n".join(re.sub(r"(?<=\S)[ \t]*\t", lambda m: ":".ljust(len(m.group())), line)
                          if line.count("\t") == 1 else line for line in text.split("\n"))
    if text.count("|") < 2 or "\n" not in text:
        return text, pos
    out = _TABLE_RULE.sub(lambda m: " " * len(m.group(0)), text)
    out = _TABLE_ROW.sub(lambda m: f"{m.group(1)}: {m.group(2)}", out)
    return (out, pos) if out == text else aligned(text, pos, out)


_ONE_KWH = rx.compile(r"\s*度电")


# the languages whose quantity words are read in English, in the order they are tried: (shown, rewrite)
_LANGUAGES = ((urdu.said_in_urdu, urdu.in_english), (arabic.said_in_arabic, arabic.in_english),
              (persian.said_in_persian, persian.in_english),
              (georgian.said_in_georgian, georgian.in_english),
              (armenian.said_in_armenian, armenian.in_english),
              (azerbaijani.said_in_azerbaijani, azerbaijani.in_english),
              (uzbek.said_in_uzbek, uzbek.in_english),
              (catalan.said_in_catalan, catalan.in_english),
              (said_in_romance, in_english), (malay.said_in_malay, malay.in_english),
              (tagalog.said_in_tagalog, tagalog.in_english),
              (mongolian.said_in_mongolian, mongolian.in_english),
              (kazakh.said_in_kazakh, kazakh.in_english),
              (ukrainian.said_in_ukrainian, ukrainian.in_english),
              (slovenian.said_in_slovenian, slovenian.in_english),
              (lithuanian.said_in_lithuanian, lithuanian.in_english),
              (latvian.said_in_latvian, latvian.in_english),
              (estonian.said_in_estonian, estonian.in_english),
              (russian.written_in_russian, russian.russian_in_english),
              (serbian.said_in_serbian, serbian.in_english),
              (bulgarian.said_in_bulgarian, bulgarian.in_english),
              (russian.said_in_russian, russian.in_english),
              (russian.russian_words_said, russian.russian_words_in_english),
              (swahili.said_in_swahili, swahili.in_english), (pidgin.said_in_pidgin, pidgin.in_english),
              (greek.said_in_greek, greek.in_english), (greeklish.said_in_greeklish, greeklish.in_english),
              (hebrew.said_in_hebrew, hebrew.in_english),
              (darija.said_in_darija, darija.in_english),
              (french.said_in_french, french.in_english), (turkish.said_in_turkish, turkish.in_english),
              (turkish.turkish_words_said, turkish.turkish_words_in_english),
              (german.said_in_german, german.in_english),
              (german.german_words_said, german.german_words_in_english),
              (dutch.said_in_dutch, dutch.in_english),
              (polish.said_in_polish, polish.in_english),
              (slovak.said_in_slovak, slovak.in_english),
              (czech.said_in_czech, czech.in_english),
              (finnish.said_in_finnish, finnish.in_english),
              (danish.said_in_danish, danish.in_english),
              (nordic.said_in_nordic, nordic.in_english),
              (romanian.said_in_romanian, romanian.in_english),
              (hungarian.said_in_hungarian, hungarian.in_english),
              (italian.said_in_italian, italian.in_english),
              (vietnamese.said_in_vietnamese, vietnamese.in_english), (thai.said_in_thai, thai.in_english),
              (khmer.said_in_khmer, khmer.in_english),
              (burmese.said_in_burmese, burmese.in_english), (lao.said_in_lao, lao.in_english),
              (korean.said_in_korean, korean.in_english),
              (bengali.said_in_bengali, bengali.in_english), (bangla.said_in_bangla, bangla.in_english),
              (tamil.said_in_tamil, tamil.in_english),
              (telugu.said_in_telugu, telugu.in_english), (kannada.said_in_kannada, kannada.in_english),
              (gujarati.said_in_gujarati, gujarati.in_english),
              (punjabi.said_in_punjabi, punjabi.in_english),
              (sinhala.said_in_sinhala, sinhala.in_english),
              (amharic.said_in_amharic, amharic.in_english),
              (malayalam.said_in_malayalam, malayalam.in_english),
              (nepali.said_in_nepali, nepali.in_english),
              (marathi.said_in_marathi, marathi.in_english),
              (hindi.said_in_hindi, hindi.in_english),
              (hinglish.said_in_hinglish, hinglish.in_english),
              (japanese.said_in_japanese, japanese.in_english),
              (japanese.kanji_words_said, japanese.kanji_words_in_english))


def _other_languages(text: str, pos: list[int]) -> tuple[str, list[int]]:
    """Spanish and Portuguese (calc/romance), Indonesian and Malay (calc/malay), Tagalog (calc/tagalog),
    Ukrainian (calc/ukrainian), Serbian (calc/serbian), Bulgarian (calc/bulgarian), Russian words in English
    (calc/russian), French (calc/french), Turkish (calc/turkish), German (calc/german), Dutch (calc/dutch),
    Polish (calc/polish), Slovak (calc/slovak), Czech (calc/czech), Finnish (calc/finnish), Swedish, Norwegian
    and Danish
    (calc/nordic), Romanian (calc/romanian), Hungarian (calc/hungarian), Italian (calc/italian), Vietnamese
    (calc/vietnamese), Thai (calc/thai), Korean (calc/korean), Azerbaijani (calc/azerbaijani), the Indic
    scripts (calc/telugu, calc/marathi, calc/kannada, calc/gujarati, ...), then romanised Hindi
    (calc/hinglish) quantity words, in English (the full list and order: _LANGUAGES)."""
    for said, read in _LANGUAGES:            # (each detected on the text the ones before it rewrote)
        if said(text):
            text, pos = read(text, pos)
    return text, pos


# a colocation broker's "cabs" and "cabinets" are racks: "40 cabs @ 35kW/cab", "how many 15kW cabs?"
_CABS = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"(?<=\d)(\s*(?:kw\s*)?)cabs\b", r"\1racks"), (r"(?<=\d)(\s*(?:kw\s*)?)cab\b", r"\1rack"),
    (r"(?<=/)\s*cab\b", "rack"), (r"\b(per|each|a|every)\s+cab\b", r"\1 rack"),
    (r"\bcabs\b(?=\s*[?.,;]|\s+(?:of|at|@))", "racks"),
    # ("we have 12 free racks": the racks counted, then how they are)
    (r"(?<=\d)(\s+)(free|empty|spare|unused|open|vacant)\s+(racks?|cabinets?)\b", r"\1\3 \2"))]


# Brazilian shorthand for billions and millions in any language, before what is counted ("~1,5 bi tokens/day")
_SHORT_SCALES = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"(?<=\d)\s?bi(?=\s+(?:de\s+)?(?:tokens?|params|requests|queries)\b)", " billion"),
    # ("prompts are 400-ish tokens", "~2k-ish users": a hedge after the number, as "about" before it)
    (r"(?<=\d)-?ish\b", ""), (r"(?<=\d[kmb])-?ish\b", ""), (r"(?<=\d)-odd\b", ""),
    # ("$0.5 per 1,000,000 tokens", "0.8元 per 100万 tokens": a million, as "per 1M tokens" is read)
    (r"(?<=per )(?:1,000,000|1000000|100\s*万|百万)(?=\s*(?:input |output )?(?:tokens?|toks?)\b)", "1m"),
    # ("2,10 € the hour": per hour, as French and German speakers write it in English)
    (r"(?<=\d)(\s*(?:€|\$|£|eur|euros?|dollars?))\s+the\s+(?=(?:hour|hr|month|day|kwh|gpu[- ]hour)\b)",
     r"\1 per "),
    # ("1,6 kW par GPU incl. server", "max batch 48 par replica": French "par" after an amount, per)
    (r"(?<=[\d%])(\s*(?:[a-z$€£]{1,4}\s*)?)\bpar(?=\s+(?:gpus?|cards?|nodes?|servers?|users?|replicas?|"
     r"racks?|"
     r"requests?|tokens?|hour|day|month|year)\b)", r"\1per"),
    # ("on 8 H100s it would be a day and a half": one and a half of the unit)
    (r"\b(?:a|one)\s+(day|week|month|year|hour)\s+and\s+a\s+half\b", r"1.5 \1s"),
    # ("daily actives are roughly a third of that", "'about two-thirds' will go to compute": the share, in %)
    (r"\btwo-thirds\b", "two thirds"),
    (r"\b((?:daily\s+)?(?:actives|users|dau)\s+(?:are|is)\s+(?:roughly\s+|about\s+|around\s+|~\s*)?)(?:a|"
     r"one)[- ]third\s+"
     r"(?=of\s+(?:that|them|those|it)\b)", r"\g<1>33.3% "),
    # ("rent 64 H100s for a fortnight": two weeks, as Australians and Britons say it)
    (r"\b(?:a|one)\s+fortnight\b", "2 weeks"), (r"\bfortnightly\b", "every 2 weeks"),
    # ("my nephew says its a weekend job": two days)
    (r"\b(?:a|one)\s+weekend\b", "2 days"),
    # ("每人问7，8个问题": two counts one apart, a range, as Chinese speakers write it)
    (r"(?<![0-9a-z.,])(1(?=[,，、]2)|2(?=[,，、]3)|3(?=[,，、]4)|4(?=[,，、]5)|5(?=[,，、]6)|6(?=[,，、]7)|"
     r"7(?=[,，、]8)|8(?=[,，、]9))[,，、](\d)(?=\s*(?:个|次|条|轮|张|台))", r"\1-\2"),
    # ("高峰再翻个倍": doubled)
    (r"翻个倍", "翻一倍"),
    # ("each robot asks ~60x/day", "pings it 12x an hour": so many times in the period, not a multiple)
    (r"(?<=\d)x(?=\s*/\s*(?:day|d|hr|hour|h|shift)\b|\s+(?:a|an|per|each|every)\s+(?:day|hour|shift)\b|\s+daily\b)",
     " times"),
    # ("multiply our training compute by 50": a multiple)
    (r"\bmultiply\s+(?:it\s+|that\s+|this\s+)?by\s+(\d+(?:\.\d+)?)(?![\d%.,])", r"grow \1x"),
    # ("$1 = ¥150": the yen's rate, a dollar's worth of ¥ being 50 to 399; the yuan's is about 7)
    (r"(?:\$|\bus\$|\busd\s?)\s?1\s*=\s*[¥￥]\s?((?:[5-9]\d|[1-3]\d\d)(?:\.\d+)?)(?!\d|[.,]\d)",
     r"1 usd = \1 jpy"),
    # ("$1 = ¥7.2": the yuan's)
    (r"(?:\$|\bus\$|\busd\s?)\s?1\s*=\s*[¥￥]\s?([5-8](?:\.\d+)?)(?!\d|[.,]\d)", r"1 usd = \1 cny"),
    # ("4x p4de (A100 80GB, 8/node)", "2 × p5.48xlarge": cloud instances of eight cards, counted as nodes)
    (r"(?<![\w.])(\d+)\s*[x×]\s*(?:aws\s+)?(?:p4de?|p5e?n?|p5|a3-(?:high|mega|ultra)gpu-8g|a3|a2-ultragpu-8g|"
     r"nd96\w*)(?:\.\d*xlarge)?(?![\w-])", r"\1 nodes"),
    # ("each daily user ask 4 qns", "US$0.60 per mil tokens": Singapore's shorthand)
    (r"(?<=\d)(\s*)qns\b", r"\1questions"),
    (r"\bper\s+mil(?=\s+(?:input\s+|output\s+)?tokens?\b)", "per million"),
    # ("8 HPUs/node": Gaudi's processing units, its cards)
    (r"(?<=\d)(\s*)hpus?\b", r"\1gpus"),
    # ("compute grows 10,000x in a decade": the span, in years)
    (r"\b(in|over|within)\s+(?:a|one|the\s+next|the\s+last|the\s+past)\s+decade\b", r"\1 10 years"),
    # ("3 $/Go": French gigabytes in an English sentence)
    (r"\$\s*/\s*go\b", "$/GB"),
    # ("Corpus is 18 Mds tokens": the French milliard, abbreviated, in English)
    (r"(?<=\d)\s?mds?(?=\s+(?:de\s+)?(?:tokens?|params|words|mots)\b)", " billion"),
    (r"(?<=\d)\s?mi(?=\s+(?:de\s+)?(?:tokens?|users|requests|queries)\b)", " million"),
    # ("can JPY 1.5B buy": billions of a currency, not a model's parameters)
    (r"(?<=\b(?:jpy|krw|inr|idr|twd|hkd|sgd|thb|php|vnd|ngn|kes|pkr|mxn|brl|zar|sar|aed|try) )"
     r"(\d+(?:\.\d+)?)\s?(?:bn|b)\b",
     r"\1 billion"),
    # ("a RMB10bn budget", "USD3.5m": the currency's code glued to its amount)
    (r"\b(rmb|usd|eur|cny|jpy|gbp|hkd|inr|krw|aud|cad|chf)(?=\d)", r"\1 "),
    # ("a mid-teens discount", "growing high-20s% y/y": an analyst's approximate share, as a number)
    *[(rf"\b{part}[- ]teens\b(\s*%)?", rf"{n}%") for part, n in (("low", 13), ("mid", 15), ("high", 18))],
    *[(rf"\b{part}[- ]{d}0s\b(\s*%)?", rf"{d * 10 + k}%") for d in range(2, 10)
      for part, k in (("low", 2), ("mid", 5), ("high", 8))],
    # ("which is cheaper per M tokens?": a million, the basis asked, its 1 unsaid; not "$0.5 per M tokens")
    (r"(?<!\d )(?<![\d$])\b(per\s+|/\s?)(?:m|mn|mm)(?=\s+(?:input |output )?(?:tokens?|toks?)\b)",
     r"\g<1>1m"))]


def _short_scales(text: str, pos: list[int]) -> tuple[str, list[int]]:
    if not re.search(r"\d\s?(?:[bm]i|mds?)\s|\$\s*/\s*go\b|(?:\bper\s+|/\s?)mn?\s|\d[kmb]?-?ish\b|\d-odd\b|"
                     r"fortnight|weekend|翻个倍|\d[,，、]\d\s*(?:个|次|条|轮|张|台)|"
                     r"per (?:1,000,000|1000000|100\s*万|百万)|\sthe (?:hour|hr|month|day|kwh)\b|"
                     r"\b(?:rmb|usd|eur|cny|jpy|gbp|hkd|inr|krw|aud|cad|chf)\d|"
                     r"\b(?:low|mid|high)[- ](?:teens|\d0s)\b|\bpar\s|\band\s+a\s+half\b|\bthirds?\b|"
                     r"\bdecade\b|\bmultiply\b|[a-z]{3} \d[\d.]*\s?bn?\b|"
                     r"\dx\s*(?:/|an?\s|per\s|each\s|every\s|daily)|1\s*=\s*[¥￥]|\d\s*hpu|"
                     r"\d\s*[x×]\s*(?:aws\s+)?(?:p4|p5|a3|a2|nd96)|\dqns|\d qns|per mil\s",
                     text, re.IGNORECASE):
        return text, pos
    return rewrite(text, pos, _SHORT_SCALES)


def _racks_said(text: str, pos: list[int]) -> tuple[str, list[int]]:
    if not re.search(r"\bcab|\d\s+(?:free|empty|spare|unused|open|vacant)\s+(?:racks?|cabinets?)\b", text,
                     re.IGNORECASE):
        return text, pos
    return rewrite(text, pos, _CABS)


# "use it once a day", "twice per week": how often, as a count of times (positions kept)
_TIMES_WORD = rx.compile(r"\b(once|twice|thrice)"
                         r"(?=\s+(?:a|per|each|every)\s+(?:day|week|month|hour|shift|night)\b|"
                         r"\s+daily\b)", re.IGNORECASE)
_TIMES_SAID = {"once": "1 time", "twice": "2 times", "thrice": "3 times"}


def _times_words(text: str, pos: list[int]) -> tuple[str, list[int]]:
    if _WEEKEND.search(text):            # ("fine-tune … over a weekend": two days)
        text, pos = aligned(text, pos, _WEEKEND.sub(r"\1 2 days", text))
    if not _TIMES_WORD.search(text):
        return text, pos
    return aligned(text, pos, _TIMES_WORD.sub(lambda m: _TIMES_SAID[m.group(1).lower()], text))


# a run's time said as a weekend: "can we fine-tune … over a weekend?" (Saturday and Sunday)
_WEEKEND = rx.compile(r"\b(over|in|during|within|across)\s+(?:a|one|the|this|one single)\s+weekend\b",
                      re.IGNORECASE)


# Taiwan's and Cantonese's words in Mandarin's, the same length (so every position still quotes the original):
# "單張抓US$1.5萬" (taken as: 按), "每年成長80%" (增长), "一天200萬則" (条), "門市" (门店),
# "peak大概係平均嘅3倍" (是, before an average), "MFU估計仲高多5個點" (还提高; simplified() makes 仲 还),
# "2k個concurrent users" (the counter before the English word it counts, a space; not "1个token约0.75个英文
# 单词", a ratio's unit read with it)
# and the homophones a pinyin keyboard types for them ("利用律60%": 利用率)
_REGIONAL_SAID = {"抓": "按", "成长": "增长", "则": "条", "门市": "门店", "个": " ", "系": "是",
                  "还高多": "还提高", "利用律": "利用率", "利用绿": "利用率", "尖峰": "峰值",
                  "英文字": "英文词",
                  "县市": "地市", "约": "≈", "字英文": "词英文", "大概": "≈ ", "抵": "≈",
                  "英文单字": "英文单词",
                  "word": "单词  ", "words": "单词   ", "来": " ", "十来": "10"}
_REGIONAL_WORDS = rx.compile(r"抓(?=\s*(?:us\$|\$|¥|￥|[\d一二两三四五六七八九十]|平均))|"
                             r"成长(?=\s*(?:率|了|到|约|大概)?\s*[\d一二两三四五六七八九十])|(?<=[\d万千亿])则|门市|"
                             r"系(?=\s*(?:平均|均值|平时|日均))|还高多|利用律|利用绿|尖峰|英文单字|英文字(?![符母节])|县市(?=机房)|"
                             r"(?<=\d)字英文|"
                             # ("一千来集", "两百来张", "十来组实验": "-odd", said between a round number and
                             # its counter)
                             r"(?<![一二两三四五六七八九十百千万亿零〇\d])十来(?=\s*(?:张|台|个|次|条|集|人|句|篇|份|块|位|名|家|部|套|"
                             r"万|亿|组|轮|批|版|遍|天|周|年|小时))|"
                             r"(?<=[十百千0])来(?=\s*(?:张|台|个|次|条|集|人|句|篇|份|块|位|名|家|部|套|万|亿|组|轮|批|版|遍|"
                             r"天|周|年|小时))|"
                             # ("1 token約0.75個word": English words counted in Chinese)
                             r"(?<=个)words?\b|(?<=个 )words?\b|"
                             # ("一個token抵1.5個字": a ratio, "1 token ≈ 1.5 characters")
                             r"(?<=token)抵(?=\s*[\d一二两三四五六七八九])|(?<=tokens)抵(?=\s*[\d一二两三四五六七八九])|"
                             # ("1 token约0.75个英文单词": a ratio, as "1 token ≈ 0.75 words" says it)
                             r"(?<=\b1 token)约|(?<=\b1 tokens)约|(?<=\b1token)约|(?<=\b1个token)约|"
                             r"(?<=\b1 token)大概|(?<=\b1 tokens)大概|(?<=\b1个token)大概|"
                             r"(?:(?<=\d)|(?<=\d[kmb])|(?<=[二两三四五六七八九十百千万]))个"
                             r"(?=\s*(?:concurrent|users?\b|quer(?:y|ies)\b|requests?\b|tickets?\b|replicas?\b|"
                             r"nodes?\b|servers?\b|racks?\b|sites?\b|gpus?\b|cards?\b|chips?\b|tpus?\b|npus?\b))")


# Korean scale words after digits, the same units as the Chinese ones: 만 10^4, 억 10^8, 천 10^3
_KO_SCALE = {"만": "万", "억": "亿", "천": "千", "백": "百", "조": "万亿"}


_FEW_OF = {"一两": "1-2", "两三": "2-3", "三四": "3-4", "三五": "3-5", "四五": "4-5", "五六": "5-6",
           "六七": "6-7",
           "七八": "7-8", "八九": "8-9"}
_FEW_ZH = rx.compile(r"(?<![\d一二两三四五六七八九十百千万])(一两|两三|三四|三五|四五|五六|六七|七八|八九)"
                     # ("两三千张" too; not before 万 or 亿: "两三万 token" keeps its reading, the larger)
                     # ("每人问个五六句", "七八封", "两三小时")
                     r"(?=\s*(?:次|个|張|张|台|天|轮|輪|条|條|家|人|倍|周|月|年|百|千|句|遍|页|份|篇|位|名|封|场|单|段|"
                     r"小时|分钟))")
_KUAI_TENTHS = rx.compile(r"(?<![\d.])(\d+)块(\d)(?![\d.万千])")
# "每个月翻一倍", "每年翻一番": doubling every one month or year, its one unsaid
_EACH_PERIOD_DOUBLES = rx.compile(
    r"每(?:个)?(月|年)(?=\s*(?:就|都|能|会|大概|基本)?\s*(?:翻一倍|翻一番|翻倍|翻番))")
_COVERS_TENTHS = rx.compile(r"抵([一二两三四五六七八九])成")
_SCALE_DIGIT = rx.compile(r"(?<![\d.,])(\d{1,3})(万|千)(\d)(?![\d%万千百亿]|[.,]\d)"
                          r"(?!\s*(?:个?月|年|天|日|号|点|时|小时|分|秒|%|倍|折|[a-z]))")


_A_YEARS_USE = rx.compile(r"(?<![\d一二两三四五六七八九十几每])一年(?=\s*(?:大概|大约|约|差不多|得|就)?\s*"
                          r"(?:用|要用|要|需要|消耗|跑|烧|花))|"
                          # ("请求量一年涨80%": a year's growth, each year)
                          r"(?<![\d一二两三四五六七八九十几每第])一年(?=\s*(?:大概|大约|约|差不多|能|会|就|要)?\s*"
                          r"(?:涨|增长|增加|上涨|翻)\s*(?:了)?\s*(?:大概|大约|约)?\s*[\d一二两三四五六七八九十几])")
# ("我们一天输入3亿token", "一天输入20亿 输出2亿": a day's volume, each day, not a period of one day)
# ("平均一秒8个请求", "高峰一秒钟大概20次调用": a second's count, each second, not a period of one second)
_A_SECONDS_COUNT = rx.compile(r"(?<![\d一二两三四五六七八九十几每第])一秒"
                              r"(?=\s*(?:钟)?\s*(?:大概|大约|约|差不多|有|能有|要|就)?\s*"
                              r"[\d一二两三四五六七八九十几][\d.,一二两三四五六七八九十百千万几]*\s*(?:个|次|条|笔|路)?\s*"
                              r"(?:请求|查询|调用|次|对话|问题|会话|query|queries|requests?|req|calls?))")
_A_DAYS_VOLUME = rx.compile(r"(?<![\d一二两三四五六七八九十几每第])一天(?=\s*(?:大概|大约|约|差不多|要|"
    r"就)?\s*"
                            r"(?:输入|输出|处理|消耗|生成|调用|产生)\s*(?:大概|大约|"
                                r"约)?\s*[\d一二两三四五六七八九十几])")


_QUOTED_FIGURE = rx.compile(r"(?<![\w])(['‘“\"])((?:about|up to|roughly|around|over|nearly|almost|some|just|"
                            r"more than|less than|under|a|an|one|two|three|a few|\d|~|\$|€|£)"
                            r"[^'’”\"‘“\n]{0,60}?)(['’”\"])(?![\w])", re.IGNORECASE)


_TYPO_FIXED = {"simultanious": "simultaneous", "simultaniously": "simultaneously", "concurrant": "concurrent",
               "concurrantly": "concurrently", "reqeusts": "requests",
               "reuqests": "requests", "recieve": "receive", "recieves": "receives"}
_PER_DAY_MIXED = rx.compile(r"(?<=每人|每位|每个)(\s*)(per day|a day|daily)\b")
_POWER_TALK = rx.compile(r"\b(?:power|electricity|electric|elec|energy|leccy|kwh)\b", re.IGNORECASE)
_LECCY = rx.compile(r"\bleccy\b", re.IGNORECASE)
_A_UNIT_OF_POWER = rx.compile(r"(\d\s*(?:c|¢|cents?|p|pence)\s*(?:a|per|/|each)\s*)unit\b", re.IGNORECASE)
_ISH = rx.compile(r"(?:(?<=\d)|(?<=\bone|\btwo|\bsix|\bten)|(?<=\bfour|\bfive|\bnine)|"
                  r"(?<=\bthree|\bseven|\beight)|"
                  r"(?<=\btwelve|\btwenty|\bthirty)|(?<=\bfifteen)|(?<=\bfifty|\bforty|\bsixty)|"
                  r"(?<=\bhundred)|(?<=\bthousand))-?ish\b|(?<=\d)-something\b")
_EACH_DAILY = rx.compile(r"(?:(?<=\beach )|(?<=\bapiece ))daily\b"
                         r"(?=\s*(?:[,.;:?!)]|$|(?:and|on|with|for|at|in|to|using|via|through)\b))")
_SAME_LENGTH_TYPOS = rx.compile(r"(?<![a-z])(?:" + "|".join(sorted(_TYPO_FIXED, key=len, reverse=True))
                                + r")(?![a-z])")


_ROLLED_OUT_TO = rx.compile(r"(?:推广|覆盖|推|铺)到(?=[^，。,;；?？\d]{0,6}\d)")


# financial (capital) numerals: "伍仟万元", "壹佰贰拾台"; a run of numerals holding at least one of
# them, beside another numeral or a unit of money or count (not "大陆", "陆续", "伍先生")
_CAPITAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
_CAPITAL_TO_PLAIN = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
_PLAIN_RUN = "零〇一二两三四五六七八九十百千万亿"
_CAPITAL_NUMERALS = rx.compile(r"(?=[" + _PLAIN_RUN + _CAPITAL + r"]*[" + _CAPITAL + r"])"
                               r"[" + _PLAIN_RUN + _CAPITAL + r"]{2,}"
                               r"|[" + _CAPITAL + r"](?=\s*(?:万|亿|元|圆|块|张|台|个|人|次))")


def _kuai_tenths(plain: str, at: list[int]) -> tuple[str, list[int]]:
    """"每月收9块9" as "9.9块", the 块 quoting the tenths' digit after it, so the amount's words end where it
    was written ("9块9", not "9块")."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for m in _KUAI_TENTHS.finditer(plain):
        out.append(plain[last:m.start()])
        pos.extend(at[last:m.start()])
        out.append(f"{m.group(1)}.{m.group(2)}块")
        pos.extend(at[m.start(1):m.end(1)])
        pos.extend([at[m.end(1)], at[m.start(2)], at[m.start(2)]])
        last = m.end()
    out.append(plain[last:])
    pos.extend(at[last:])
    return "".join(out), pos


def normalize(text: str) -> Normalized:
    # a sheet's header over its rows first: its commas separate cells, not thousands or decimals
    rows, rows_pos = _header_rows(text, list(range(len(text)))) \
        if "\n" in text and ("\t" in text or "," in text or "|" in text) else (text, list(range(len(text))))
    plain, at = _european(rows)
    # ("预算伍仟万元": the numerals of financial writing, read as the everyday ones; the same length)
    plain = _CAPITAL_NUMERALS.sub(lambda m: m.group(0).translate(_CAPITAL_TO_PLAIN), plain)
    # ("每4个月翻一翻": the doubling written with the verb twice, as it is often typed; the same length)
    plain = plain.replace("翻一翻", "翻一番")
    # ("明年要推到全集团8000人", "推广到3万台": rolled out to so many, a growth's target; the same length)
    plain = _ROLLED_OUT_TO.sub(lambda m: "扩大到" if len(m.group(0)) == 3 else "扩到", plain)
    # ("现在一年大概用5万卡时", "3年后一年要多少卡时": a year's use, each year, not a period; the same length)
    plain = _A_YEARS_USE.sub("每年", plain)
    plain = _A_DAYS_VOLUME.sub("每天", plain)
    plain = _A_SECONDS_COUNT.sub("每秒", plain)
    # ("日活小十万", "预算小一千万": nearly that many, a hedge, as "约"; the same length)
    plain = _NEARLY.sub("约", plain)
    plain = _A_BIT_OVER.sub(lambda m: " " * len(m.group(0)), plain)   # (the same length)
    # ("abt 2 bil tokens", "each abt USD 30k": "about", shortened; the same length)
    plain = _ABT.sub(lambda m: "~".ljust(len(m.group(0))), plain)
    # ("£310k ex VAT per server", "a tenner per seat": the same length)
    plain = _VAT.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _UNDERSCORE_GROUPS.sub(",", plain)
    # ("报价1卡1小时120日元": one card's hour, the rent's basis, as "每卡每小时"; the same length)
    plain = _ONE_CARD_ONE_HOUR.sub(
        lambda m: ("每张卡每小时" if "张" in m.group(0) else "每卡每小时").ljust(len(m.group(0))), plain)
    # ("峰值按5被算": 倍 mistyped as 被, the sound the same; the same length)
    plain = _BEI_TYPO.sub("倍", plain)
    # ("每个副本拼发上限32": 并发 typed by its sound with the wrong first character; the same length)
    plain = plain.replace("拼发", "并发")
    # ("哪个化算点": 划算 typed by its sound; the same length)
    plain = plain.replace("化算", "划算")
    # ("100 simultanious users", "concurrant sessions": English words misspelt the common way; the same
    # length)
    plain = _SAME_LENGTH_TYPOS.sub(lambda m: _TYPO_FIXED[m.group(0)], plain)
    # ("the leccy bill … at 28c a unit": the UK's and Australia's electricity, its kilowatt-hour said as a
    # "unit" on the bill; the same length)
    if _POWER_TALK.search(plain):
        plain = _LECCY.sub("power", plain)
        plain = _A_UNIT_OF_POWER.sub(lambda m: m.group(1) + "kWh ", plain)
    # ("maybe three-ish bucks an hour", "10ish people": about that many, the hedge set aside; the same length)
    plain = _ISH.sub(lambda m: " " * len(m.group(0)), plain)
    # ("DAU 大概 8k，每人 per day 2 个 query": the day in English inside Chinese, as 每天; the same length)
    plain = _PER_DAY_MIXED.sub(lambda m: m.group(1) + "每天".ljust(len(m.group(2))), plain)
    # ("200 users, 30 reqs each daily": each one's day, as "each a day" says it; the same length)
    plain = _EACH_DAILY.sub("a day", plain)
    # ("B200 一张按3.5万美刀": US dollars, in slang; the same length)
    plain = plain.replace("美刀", "美元")
    # ("MFU估计能高个5个点", "峰值算个3倍": 个 spoken before a number, a particle; the same length)
    plain = _GE_BEFORE_NUMBER.sub(" ", plain)
    # ("AI回个百来字", "打个千把字": 个 before a bare hundred or thousand, "one" of them; the same length)
    plain = _GE_A_HUNDRED.sub("一", plain)
    # ("他报了8万块，是不是宰我们": yuan in tens of thousands, said as 块, never cards; the same length)
    plain = _WAN_KUAI.sub(lambda m: m.group(0) if _ONE_ITEM_BEFORE.search(plain, max(0, m.start() - 12),
                                                                          m.start()) else "元", plain)
    plain = _BILL_KUAI.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + "元"
                           + m.group(0)[m.end(1) - m.start():], plain)
    # ("3.5 bn output-tokens a day", "800 mio. input-tokens": the side of the tokens, hyphenated; the same
    # length)
    plain = _SIDE_TOKENS.sub(" ", plain)
    plain = _A_COUPLE.sub(lambda m: "2".ljust(len(m.group(0))), plain)
    # ("a quarter mil for the month", "half a mil": a fraction of a million, in digits; the same length)
    # ("DAU差不多30w", "日活80w": w for 万 said of people counted, never watts there; the same length)
    plain = _w_for_wan(plain) if "w" in plain or "W" in plain else plain
    # (the slang "mil" is money: "$250k"; "a quarter million users" stays a count)
    plain = _FRACTION_OF_MIL.sub(lambda m: (("$" if m.group(2).lower() in ("mil", "mill") else "")
                                            + ("250" if m.group(1).lower() == "quarter" else "500")
                                            + ("m" if m.group(2).lower().startswith("b") else "k"))
                                 .ljust(len(m.group(0))), plain)
    plain = _NOTES.sub(lambda m: "10 quid" + " " if m.group(1).lower() == "tenner" else "5 quid ", plain)
    # ("a token is roughly 3/4 of a word": a fraction of one, in decimals; the same length)
    plain = _FRACTION_OF_ONE.sub(lambda m: f"{int(m.group(1)) / int(m.group(2)):.2f}"[1:]
                                 if int(m.group(1)) < int(m.group(2)) else m.group(0), plain)
    plain = _GRAND.sub(lambda m: f"{m.group(1) or '$'}{m.group(2)}k".ljust(len(m.group(0))), plain)
    # ("will house 'up to 200,000 GB200s'", "says 'about two-thirds' will go to compute": a figure quoted,
    # read as said; the same length)
    plain = _QUOTED_FIGURE.sub(lambda m: " " + m.group(2) + " ", plain)
    # ("peak is more or less 3x", "black friday is like 5x": a hedge; "4 msgs x day", "0.09 usd x kWh": per,
    # as
    # Spanish and Portuguese say it with "por"; the same length)
    plain = _HEDGE_WORDS.sub(lambda m: "~".ljust(len(m.group(0))), plain)
    plain = _X_PER.sub("/", plain)
    # ("30w快递员", "5w日活": 万 typed as "w" before what is counted, never watts; the same length)
    plain = _WAN_W.sub("万", plain)
    if _CJK_CHAR.search(plain) and _W_AFTER_DIGIT.search(plain):
        # ("寒假 AI 老师 DAU 从平时 200w 涨到 550w": people counted in the clause, never watts)
        plain = _W_AFTER_DIGIT.sub(lambda m: "万" if _PEOPLE_CLAUSE.search(_clause_before(plain, m.start()))
                                   else m.group(0), plain)
    # ("每台报价105w", "有人报190个w", "3000w预算", "L40S一张现在5.8w左右": 万 typed as "w" in a money
    # clause, never
    # watts; the same length)
    if _CJK_CHAR.search(plain):
        plain = _WAN_MONEY.sub(lambda m: "万".ljust(len(m.group(0)))
                               if _money_w(plain, m) or _target_w(plain, m) else m.group(0), plain)
    # ("800 kVA, cos phi 0,92": the power factor, as electricians write it; not Microsoft's Phi; the same
    # length)
    plain = _COS_PHI.sub(lambda m: "pf".ljust(len(m.group(0))), plain)
    # ("$0,6 per mln output": per million, its scale word alone; the same length)
    plain = _PER_MLN.sub("per 1m ", plain)
    # ("38%-43% MFU": a range with the percent sign said on both ends, read as "38-43%")
    if _PERCENT_RANGE.search(plain):
        plain, at = aligned(plain, at, _PERCENT_RANGE.sub(lambda m: m.group(1) + m.group(2), plain))
    # ("A100 80GB, 32 stuks", "15.600 $ per stuk": Dutch pieces, as English says them; the same length)
    plain = _STUKS.sub(lambda m: "per unit" if m.group(0).lower().startswith("per")
                       else "pcs".ljust(len(m.group(0))), plain)
    # ("跑千问2.5 72B", "通义千问3": the family's Chinese name before its version)
    if _QWEN_ZH.search(plain):
        plain, at = aligned(plain, at, _QWEN_ZH.sub("qwen", plain))
    if _LLAMA_ZH.search(plain):
        plain, at = aligned(plain, at, _LLAMA_ZH.sub("llama ", plain))
    if _TOKEN_HEARD.search(plain):
        plain, at = aligned(plain, at, _TOKEN_HEARD.sub("token", plain))
    plain, at = _other_languages(plain, at)
    if _CRORE_LAKH.search(plain):        # ("9 crore 50 lakh rupees": crores and lakhs together, one amount)
        plain, at = aligned(plain, at, _CRORE_LAKH.sub(
            lambda m: f"{m.group(1)}.{int(m.group(2)):02d} crore", plain))
    plain, at = _times_words(plain, at)
    plain, at = _racks_said(plain, at)
    plain, at = _short_scales(plain, at)
    if _FEW_ZH.search(plain):                # ("每人每天问两三次", "一两百张": a few, as a range)
        # (a space kept from a Latin word right before: "问AI两三次" is "问ai 2-3次", not a name "ai2")
        plain, at = aligned(plain, at, _FEW_ZH.sub(
            lambda m: (" " if m.start() > 0 and plain[m.start() - 1].isascii()
                       and plain[m.start() - 1].isalpha() else "") + _FEW_OF[m.group(1)], plain))
    if _EACH_PERIOD_DOUBLES.search(plain):   # ("基本每个月翻一倍": every one month)
        plain, at = aligned(plain, at, _EACH_PERIOD_DOUBLES.sub(
            lambda m: "每1个" + m.group(1) if m.group(1) == "月" else "每1年", plain))
    if _KUAI_TENTHS.search(plain):           # ("每卡每小时7块5": 7.5 yuan, its tenths said after 块)
        plain, at = _kuai_tenths(plain, at)
    if _LOCAL_SIGN.search(plain):            # "55 Kč/hr", "0,85 zł/kWh": the crown's and the złoty's codes
        plain, at = aligned(plain, at, _LOCAL_SIGN.sub(lambda m: " CZK" if m.group(1) == "Kč" else " PLN",
                                                       plain))
    if _GLUED_CODE.search(plain):            # "RM12.50/hr", "Rp15 juta": the currency's code apart
        plain, at = aligned(plain, at, _GLUED_CODE.sub(r"\1 ", plain))
    if _YEAR_END.search(plain):              # "by YE24", "EOY'25": the end of that year
        plain, at = aligned(plain, at, _YEAR_END.sub(lambda m: f"end of 20{m.group(1)}", plain))
    plain, plain_pos = _unit_keys(*_tables(plain, [rows_pos[i] for i in at]))
    said, said_pos = spoken(plain)                    # "two hundred fifty six H one hundreds"
    said_pos = [plain_pos[i] for i in said_pos]
    said, said_pos = _twins(said, said_pos)
    if said.isascii():
        low = said.lower().replace("|", ";")
        if not _FLOPS_LETTER.search(low):
            # ("buy 3.2w usd each": 万 as "w" in English words too, by the same rules)
            return Normalized(_wan_letters(low), tuple(said_pos), text)
        low, where = _flops_letters(low, said_pos)
        return Normalized(low, tuple(where), text)
    out: list[str] = []
    pos: list[int] = []
    for k, (i, ch) in enumerate(zip(said_pos, said, strict=True)):
        n = ch.lower() if ch.isascii() else unicodedata.normalize("NFKC", ch).lower()
        if ch == "≒":
            n = "≈"          # "1トークン≒0.75語": nearly equal, as Japanese writes it
        elif ch == "，" and said[k + 1:k + 2].isdigit():
            n = ";"          # "每小时 ¥18，256 卡": a full-width comma ends a clause, never groups thousands
        elif ch in "俩仨" and _CN_COUNTER.match(said[k + 1:k + 4].lower()) and not _CN_RUN.match(said, k + 1):
            n = "两" if ch == "俩" else "三"      # "俩台 DGX", "仨月": two, three, said in speech
        elif ch == "半" and _HALF_OF_BIG.match(said, k + 1):
            n = "0.5"        # "半个亿": half a hundred million
        elif ch == "双" and said[k + 1:k + 2] in ("卡", "路") and not (k and said[k - 1] in "单双"):
            n = "两"         # "双卡4090": two cards
        elif ch == "1" and _ONE_KWH.match(said, k + 1) and not (k and (said[k - 1].isdigit()
                                                                        or said[k - 1] == ".")):
            n = "一"         # "1 度电 0.7 元": the unit a price is per, read as "一度电"
        elif ch == "个" and k and said[k - 1] in _CN_SCALE_BEFORE and said[k + 1:k + 2] in CN_BIG:
            continue         # "一个亿", "5个亿": a hundred million, the 个 only spoken
        elif ch in _KO_SCALE and k and (said[k - 1].isdigit() or said[k - 1] in "천백" or (
                said[k - 1] == " " and k > 1 and said[k - 2].isdigit())):
            n = _KO_SCALE[ch]  # "₩4.6억", "30만 DAU", "₩2,200만": Korean ten-thousands and hundred-millions
        elif n in ("\u3000", "\xa0"):
            n = " "
        elif ch in "¹²³⁴⁵⁶⁷⁸⁹⁰" and k and (said[k - 1].isalpha() or said[k - 1] in ").,;:!?）") \
                and not said[k - 1].isdigit():
            n = " "          # "≈1.5x per chip³": a footnote's mark, not a digit
        elif n == "|":
            n = ";"          # "DAU: 5M | peak factor 2.5 | GPU: H200": fields pasted from a sheet
        elif ch in "€£":
            # "€0.25/kWh", "£28k each": read as dollars are (every rule that knows "$"), converted at a rate
            # after (calc/foreign.foreign_money looks at the original's symbol)
            n = "$"
        for c in n:
            out.append(c)
            pos.append(i)
    low, where = simplified("".join(out), pos)        # traditional characters, Cantonese words
    # ("会员一共三十来万": "-odd" before the scale, as 多 is said there: 三十多万, read as the round amount)
    low = _REGIONAL_WORDS.sub(lambda m: "多" if m.group(0) == "来"
                              and m.string[m.end():m.end() + 1] in ("万", "亿")
                              else _REGIONAL_SAID[m.group(0)], low)
    # ("L40S每张6万5", "每张1万2", "3千5一台": the next scale's digit said after the scale, as speech says
    # it: 65千, 12千, 35百; the same length)
    # ("算力券能抵三成": a voucher paying three tenths, a 30% discount: 打七折; the same length)
    low = _COVERS_TENTHS.sub(lambda m: "打" + "九八七六五四三二一"["一二三四五六七八九".index(
        m.group(1).replace("两", "二"))] + "折",
                             low)
    low = _SCALE_DIGIT.sub(lambda m: m.group(1) + m.group(3) + ("千" if m.group(2) == "万" else "百"), low)
    if _FLOPS_LETTER.search(low):
        low, where = _flops_letters(low, where)
    return Normalized(_wan_letters(low), tuple(where), text)


# the compute trade's own units: "500P 算力", "1E FP16 算力", "a 1,000P (FP16) cluster", "FP8 每卡
# 296T": petaflops, exaflops, teraflops, when the words around are about compute (else "2T" stays
# two trillion tokens, "8p" whatever it was)
_FLOPS_LETTER = rx.compile(r"(?<![a-z\d.,])\d[\d,.]*\s?([pet])(?![a-z0-9]|[+-]\d)")   # (not "TPU v5e", "v5p")
_FLOPS_NEAR = rx.compile(r"算力|flops|compute|\bfp\s?(?:4|8|16|32)\b|\bbf16\b|\bint8\b|集群|cluster|智算|"
                         r"超算|规模|capacity|数据中心|计算中心|中心|园区")
_NOT_FLOPS_AFTER = rx.compile(r"\s*(?:tokens?|toks?|个?\s*token|参数|param|词元|字节|bytes?|b\b|"
                              r"年|月|天|days?)")
# "训练 token 12T", "数据 2T", "总参数 1.2T": tokens or parameters named before the amount
_NOT_FLOPS_BEFORE = rx.compile(r"(?:tokens?|toks?|数据量?|词元|语料|参数|params?|parameters?)\s*(?:数|量)?\s*"
                               r"(?:为|是|约|大概|有|=)?\s*[:：]?\s*$")
_CARD_OR_PRECISION = rx.compile(r"每卡|单卡|每张|per (?:gpu|card|chip)|/\s*(?:gpu|card)|"
                                r"\bfp\s?(?:4|8|16)|bf16")


def _flops_letters(t: str, pos: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _FLOPS_LETTER.finditer(t):
        unit = m.group(1)
        near = t[max(0, m.start() - 30):m.end() + 30]
        if not _FLOPS_NEAR.search(near) or _NOT_FLOPS_AFTER.match(t, m.end()) or \
                _NOT_FLOPS_BEFORE.search(t[max(0, m.start() - 12):m.start()]):
            continue
        if unit == "t" and not _CARD_OR_PRECISION.search(t[max(0, m.start() - 16):m.end() + 16]):
            continue                      # "296T" is a card's teraflops only beside a card or a precision
        word = {"p": "pflops", "e": "eflops", "t": "tflops"}[unit]
        out.append(t[last:m.start(1)])
        where.extend(pos[last:m.start(1)])
        out.append(word)
        where.extend([pos[m.start(1)]] * len(word))
        last = m.end(1)
    if last == 0:
        return t, pos
    out.append(t[last:])
    where.extend(pos[last:])
    return "".join(out), where


# Chinese chat writes 万 as "w" and 千万 as "kw": "1w张H100", "日活1kw", "预算500w美金"; read so
# only beside a counted thing or a count's words, never for a power ("单卡700w", "600w的卡")
_WAN = rx.compile(r"(?<=\d)(kw|w)(?![a-z])")
_WAN_NEXT = rx.compile(r"\s*(?:张|台|卡|块|个|人|名|位|用户|日活|tokens?|次|条|元|美金|美元|刀|亿|qps|"
                       r"usd\b|rmb\b|cny\b|"
                       r"[一每单]\s*(?:张|台|块|片|颗)(?!\s*(?:卡|gpu|显卡)?\s*(?:的)?\s*(?:功耗|功率|tdp)))")
# ("DAU: 80w" in a pasted list: the key, then its colon)
_WAN_BEFORE = rx.compile(r"(?:日活|月活|周活|用户|预算|每人每天|日均|每天|并发|token|qps|rps|dau|mau|wau|"
                         # ("每秒请求1.2w": requests, never 1.2 watts)
                         r"请求|调用|访问|查询|咨询|订单|消息|老人|长者|家属|住户|会员|"
                         r"users?)\s*"
                         # ("总并发高峰大概2w": the peak said between)
                         r"(?:高峰|峰值|平均|总共|总)?\s*"
                         # ("日活预估80w", "日活预计能到50w": a count foreseen)
                         r"[:：=]?\s*(?:现在|目前|当前|预估|预计|估计|预期|目标|明年|今年)?\s*(?:能到|会到|到)?\s*"
                         r"(?:大概|约|有|是)?\s*[\d.]+$")


# a card's price said in 万 ("每张11.5w", "buy 3.2w"): a small number right after a price word (no
# accelerator draws under 50 W: "L4 一张 72W" is a power)
# ("H20单卡11w采购": one card's, under 50 it can be no card's watts)
_WAN_PRICE = rx.compile(r"(?:每张|一张|单卡|单张|单价|售价|报价|价格|买|卖|收|\bbuy|\bprice)\s*(?:大概|约|是|"
                        r"要)?\s*"
                        r"(\d+(?:\.\d+)?)$")


# words of electric power, in the few words before a number ("功耗 700w") or anywhere in the question
_POWER_WORDS = r"供电|功耗|功率|限电|用电|耗电"
_WAN_POWER = rx.compile(r"(?:" + _POWER_WORDS + r"|电力|电源|满载|满功率|跑满|tdp|power|draw|上限|"
                        r"\bcap)"
                        r"[^，,。;；]{0,8}[\d.]+$")
_POWER_TOPIC = rx.compile(_POWER_WORDS + r"|电费|电价|机柜|每柜|单柜|柜子|机架|\bpue\b|\d\s*mw\b|兆瓦|"
                          r"\d\s*瓦")


def _wan_letters(t: str) -> str:
    """The same text with "w"/"kw" meaning 万/千万 rewritten to them (same length, so every
    position still quotes the original)."""
    if "w" not in t:
        return t
    def sub(m: re.Match[str]) -> str:
        head = t[max(0, m.start() - 16):m.start()]
        if _WAN_POWER.search(head):
            return m.group(0)          # "服务器供电上限 10kW 一台": ten kilowatts a server
        if _WAN_BEFORE.search(head[-12:]):
            return "万" if m.group(1) == "w" else "千万"
        if m.group(1) == "w" and (price := _WAN_PRICE.search(head)) and float(price.group(1)) < 50:
            return "万"
        if nxt := _WAN_NEXT.match(t, m.end()):
            if m.group(1) == "kw" and _POWER_TOPIC.search(t) \
                    and not re.search(r"元|美金|美元|刀", nxt.group(0)):
                # "单柜限电12kW，整机按10.2kW一台算": a question about power, each server's kilowatts
                return m.group(0)
            if m.group(1) == "w" and _PER_CARD.match(nxt.group(0)) and (num := _NUM_END.search(head)) \
                    and (float(num.group(0)) >= 100
                         or (float(num.group(0)) >= 20 and _POWER_TOPIC.search(t))):
                # "450W一张": watts a card (no card costs a million yuan and more); "L4跑，72W一张 … 电费":
                # with electricity the topic, a small card's watts
                return m.group(0)
            return "万" if m.group(1) == "w" else "千万"
        if m.group(1) == "w" and (num := _NUM_END.search(head)) and float(num.group(0)) < 100 \
                and _PRICED_IN_WAN.search(t) and not _POWER_TOPIC.search(t):
            # "H20报价11.5万/张，L40S大概6.8w": a second card's price in 万, no card draws 6.8 W
            return "万"
        if m.group(1) == "w" and (num := _NUM_END.search(head)) and float(num.group(0)) < 10 \
                and not re.search(r"[\d.][,，]?\d*$", head[:num.start()]) \
                and not _POWER_TOPIC.search(t) and not _WAN_POWER.search(head) and _CJK_CHAR.search(t):
            # ("高峰1.2w，…" in a Chinese message about no power: no accelerator or server draws under 10 W)
            return "万"
        return m.group(0)
    return _WAN.sub(sub, t)


_PRICED_IN_WAN = rx.compile(r"报价|价格|单价|售价|多少钱|性价比|[\d.]+\s*万\s*(?:/|一|每)\s*(?:张|块|卡|台)")


_PER_CARD = rx.compile(r"\s*[一每单]\s*(?:张|块|片|颗)")
_NUM_END = rx.compile(r"\d+(?:\.\d+)?$")


def _suffix(text: str, end: int) -> tuple[float, int]:
    sm = _SUFFIX_RE.match(text, end)
    if sm:
        word = sm.group(1).lower()
        for pat, mult in _SUFFIX_C:
            if pat.fullmatch(word):
                return mult, sm.end()
    return 1.0, end


# the rest of an amount said in two scales: "3万5千" (35,000), "1亿2千万" (120 million), "3만 5천 달러"
# (Korean, spaced), and the spoken "3万5美元" (35,000 dollars: a single digit after 万 before a currency)
_SCALED_TAIL = rx.compile(r" ?(\d{1,4})(千万|百万|千|百|万)(?![万亿])")
_SPOKEN_TAIL = rx.compile(r"([1-9])(?=\s*(?:美元|美金|刀|元|块|人民币|달러|원))")


def _scaled_tail(text: str, value: float, mult: float, end: int) -> tuple[float, int]:
    """`value` (digits times 万 or 亿, ending at `end`) with the smaller amount said right after it."""
    tail = _SCALED_TAIL.match(text, end)
    if tail:
        scale = _suffix(tail.group(2), 0)[0]
        if scale * 10 ** len(tail.group(1)) <= mult:
            return value + int(tail.group(1)) * scale, tail.end()
        return value, end
    spoken = _SPOKEN_TAIL.match(text, end)
    if spoken:
        return value + int(spoken.group(1)) * mult / 10, spoken.end()
    return value, end


_ONE_SERVER_SIZE = rx.compile(r"台(?:服务器|机器|主机)?\s*[\d一二两三四五六七八九十]+\s*(?:卡|张|块|gpu)")
_GE_SCALE = rx.compile(r"个([万萬亿億]+)")
# ("一个 MW 能放多少张 B200": one megawatt, counted, not an article)
# (not "只吐一个token的标签": one token, a length)
# ("每人聊一次，一次对话平均5轮": once, said at the clause's end, a count; "一次对话" stays an article)
_ONCE = rx.compile(r"次\s*(?:左右|上下|而已|吧|就够|就行)?\s*(?:[，,。；;？?！!、)）]|$)")
_ONE_ARTICLE = rx.compile(r"个(?![月万萬亿億]|多月|星期|礼拜|机柜|柜子|机架|节点|服务器|\s*epoch|"
                          r"\s*tokens?\b|\s*token(?=的)|"
                          r"\s*(?:[mgk]w|兆瓦|千瓦|吉瓦)(?![a-z]))|些|下|样|起|点|次")


# vague amounts: "十几亿" (1.1-1.9 billion), "几百张" (200-900), "百万级" (a million, by its order),
# "上千张" (a thousand or more)
# ("三十几万": thirty-some ten-thousands, 310,000 to 390,000)
_VAGUE = rx.compile(r"([二两三四五六七八九]十几|十几|几十|数十|几百|数百|几千|数千|几万|数万)"
                    r"((?:[万萬亿億]|千万|百万)*)|"
                    r"(百万|千万|十万|百亿|千亿|万亿|亿|万)级|(上百|上千|上万|过万|过亿|上亿)((?:[万萬亿億])*)")
# "能买几万张？", "要几千台": a vague count asked for
_ASKED_VAGUE = rx.compile(r"\s*(?:张|台|块|颗|个|片)?\s*(?:卡|gpu|服务器)?\s*(?:[?？]|吧|呢|啊|$)")
_ASKING_VERB = rx.compile(r"(?:能|可以|可|要|需要|得|够)\s*(?:买|采购|部署|上|放)?\s*$")
_VAGUE_SPAN = {"十几": (11, 19), "几十": (20, 90), "数十": (20, 90), "几百": (200, 900), "数百": (200, 900),
               "几千": (2000, 9000), "数千": (2000, 9000), "几万": (2e4, 9e4), "数万": (2e4, 9e4)}
_AT_LEAST = {"上百": 100, "上千": 1000, "上万": 1e4, "过万": 1e4, "过亿": 1e8, "上亿": 1e8}


# "a few thousand", "several hundred", "tens of thousands": vague in English too (low and high ends)
_VAGUE_EN = rx.compile(r"\b(?:(a few|several|a couple of)\s+(hundred|thousand|million|billion)|"
                       r"(tens|hundreds)\s+of\s+(thousands|millions|billions)|"
                       # ("takes 'a few watt-hours'": so few of an energy's unit)
                       r"(a few|a couple of)(?=\s+(?:watt|kilowatt|megawatt|wh\b|kwh\b)))\b", re.IGNORECASE)
_SCALE_OF = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "thousands": 1e3,
             "millions": 1e6, "billions": 1e9}


def _vague_en(text: str) -> list[Num]:
    out = []
    for m in _VAGUE_EN.finditer(text):
        if m.group(5):
            lo, hi = (2, 3) if m.group(5).lower() == "a couple of" else (2, 5)
            out.append(Num(float(lo), m.start(), m.end(), m.group(0), "vague", float(hi)))
            continue
        if m.group(1):
            scale = _SCALE_OF[m.group(2).lower()]
            lo, hi = (2, 3) if m.group(1).lower() == "a couple of" else (2, 9)
        else:
            scale = _SCALE_OF[m.group(4).lower()] * (10 if m.group(3).lower() == "tens" else 100)
            lo, hi = 2, 9
        out.append(Num(lo * scale, m.start(), m.end(), m.group(0), "vague", hi * scale))
    return out


def _vague(text: str) -> list[Num]:
    out = []
    for m in _VAGUE.finditer(text):
        if m.group(1) and m.group(1).startswith("几") and _ASKED_VAGUE.match(text, m.end()) and \
                _ASKING_VERB.search(text, max(0, m.start() - 6), m.start()):
            continue                    # "能买几万张？": the question, not an amount stated
        if m.group(1):
            tens = CN_DIGITS.get(m.group(1)[0], 0) * 10 if len(m.group(1)) == 3 else 0
            lo, hi = (tens + 1, tens + 9) if tens else _VAGUE_SPAN[m.group(1)]
            scale = chinese_numeral("一" + m.group(2)) if m.group(2) else 1.0
            out.append(Num(lo * scale, m.start(), m.end(), m.group(0), "vague", hi * scale))
        elif m.group(3):
            out.append(Num(chinese_numeral("一" + m.group(3)), m.start(), m.end(), m.group(0), "vague"))
        else:
            scale = chinese_numeral("一" + m.group(5)) if m.group(5) else 1.0
            out.append(Num(_AT_LEAST[m.group(4)] * scale, m.start(), m.end(), m.group(0), "vague"))
    return out


_FIRST_PERIOD = rx.compile(r"\b(first)[- ](?=(?:year|month|quarter)\b)")
_CN_FRACTION = rx.compile(r"([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)")
_A_BUCK = rx.compile(r"\b(a|one)\s+(?=buck\b)")
_ONE_REPLICA = rx.compile(r"\b(one|a single)\s+(?=(?:replica|copy|instance)\s+(?:per|on each|on every|each)"
                          r"\s+(?:gpu|card|accelerator)\b)|"
                          # ("which is faster for a single user chatting?": one user)
                          r"(?<=for )(a single|one single|just one)\s+(?=users?\b)|"
                          # ("what tok/s would one user see?": the speed one stream gets)
                          r"(?<=would )(one|a single)\s+"
                          r"(?=(?:user|person|stream|chat)\s+(?:see|get|experience)\b)")
# "in FY25", "FY2026": a fiscal year, read as its calendar year
# ("FY25/26": a fiscal year said with the next's two digits, as the UK and Ireland write it)
_FISCAL = rx.compile(r"(?<![a-z0-9])fy\s?'?(\d{4}|\d{2})(?:[/-]\d{2}(?!\d))?(?!\d|\.\d)")


# a number said in words and again in digits, as contracts write it: "five hundred and twelve (512) H100s",
# after the words became digits ("512 (512)")
_TWIN = rx.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)[ \t]*[(（][ \t]*(\d[\d,]*(?:\.\d+)?)[ \t]*[)）]"
                   r"(?![\d.,])")


def _twins(text: str, pos: list[int]) -> tuple[str, list[int]]:
    """The number said twice read once, quoted as its digits in brackets ("(512)"), as a contract's reader
    would point at it."""
    for m in reversed(list(_TWIN.finditer(text))):
        a, b = m.group(1).replace(",", ""), m.group(2).replace(",", "")
        if a.strip(".") == "" or float(a) != float(b):
            continue
        digits = m.group(1)
        bracket = text.rindex("(" if "(" in m.group() else "（", m.start(), m.start(2))
        spread = [pos[bracket]] * (len(digits) - 1) + [pos[m.end() - 1]]
        text = text[:m.start()] + digits + text[m.end():]
        pos = pos[:m.start()] + spread + pos[m.end():]
    return text, pos


class Covered:
    """Which characters of a text lie in spans already read: a flag per character, so asking costs
    the same however many spans a long message holds (a scan of the spans made 2,000-character
    messages quadratic, with the event loop blocked)."""

    __slots__ = ("_flags",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._flags = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        start, end = max(0, start), min(len(self._flags), end)
        if end > start:
            self._flags[start:end] = b"\x01" * (end - start)

    def covers(self, pos: int) -> bool:
        return 0 <= pos < len(self._flags) and self._flags[pos] == 1


# "1) … 2) …", "(1) … (2) …": the numbering of a list of asks (two or more of them), not quantities
LIST_MARKER = rx.compile(r"(?:(?<=^)|(?<=[\s:：,，;；?？.!！(（]))[1-9]\)(?=\s)")
# a list item's number at the start of a line: "1. ", "2、", "3)" (not "1.5 GW")
LINE_ITEM = rx.compile(r"(?<![^\n])[1-9]\d?(?:\.(?=[ \t])|[、)）])")
# ("each asks ~3 things": what each person asks, counted, not the asks of the message)
# ("If each daily user asks the assistant 2 things": the one doing it named, whom they ask between)
# ("Each of those asks maybe 2 things": each of the people counted before)
_EACH_DOES = rx.compile(r"\b(?:(?:each|every)(?:\s+of\s+(?:those|them|these|us))?"
                        r"(?:\s+(?:daily |active |paying |monthly )?(?:user|one|member|"
                        r"person|"
                        r"customer|employee|student|agent|rep|analyst|lawyer|doctor|nurse|teacher|engineer|"
                        # ("each daily guy asks the bot 5 things": whoever they are)
                        r"guy|gal|dude|client|fan|homeowner|guest|shopper|visitor|player|patron|caller|"
                        r"subscriber|driver|tech|technician|worker|staffer|reader|viewer|parent|patient))?|they|"
                        # ("If the ones who do ask the AI helper ~3 things": those of them who use it)
                        r"(?:the\s+)?(?:ones|people|users|members|customers|those)\s+who\s+(?:do\s+)?)\s*"
                        r"(?:asks?|asking|does|doing|makes?|making|sends?|sending|submits?|runs?)\s*"
                        r"(?:(?:the|our|an?)\s+(?:[a-z-]+\s+){0,2}?(?:assistant|bot|copilot|model|agent|ai|llm|chatbot|"
                        r"tool|app|helper|concierge|stylist|advisor)\s+|it\s+)?"
                        r"(?:~|≈|about|around|roughly|maybe)?\s*$")
NOT_A_QUANTITY = rx.compile(r"\s*(?:quick\s+)?(?:things|items|asks)\b(?!\s+(?:a|per|each)\s+day)"
                            # ("6 asks each", "2M students/day × 6 asks ×": requests counted)
                            r"(?!\s*(?:each|apiece|per\b|/|[x×*]|a day|every))")


def find_numbers(text: str) -> list[Num]:
    """Every number in normalized (ideally name-masked) text, with multipliers applied."""
    out: list[Num] = ([] if text.isascii() else _vague(text)) + _vague_en(text)
    out += [Num(float(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0), m.start(), m.end(), m.group(0))
            for m in _FISCAL.finditer(text)]
    # "total first-year cost": one year
    out += [Num(1.0, m.start(1), m.end(1), m.group(1), "words") for m in _FIRST_PERIOD.finditer(text)]
    # "四分之一", "三分之二": a fraction
    for m in _CN_FRACTION.finditer(text):
        den, num = chinese_numeral(m.group(1)), chinese_numeral(m.group(2))
        if den:
            out.append(Num(num / den, m.start(), m.end(), m.group(0), "cjk"))
    # "翻两番", "翻三番": doubled twice or three times (a factor of 4 or 8); "翻一番" stays a word
    out += [Num(2.0 ** CN_DIGITS[m.group(1)], m.start(), m.end(), m.group(0), "cjk")
            for m in re.finditer(r"翻([两二三四五])番", text)]
    # "demand triples", "quadrupled": a factor said as a verb
    out += [Num(3.0 if m.group(1).startswith("tri") else 4.0, m.start(), m.end(), m.group(1), "words")
            for m in re.finditer(r"\b(tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing))\b", text)]
    # "at a buck an hour": one dollar
    out += [Num(1.0, m.start(1), m.end(1), m.group(1), "words") for m in _A_BUCK.finditer(text)]
    # "one replica per GPU": one model copy on each card
    out += [Num(1.0, m.start(m.lastindex or 1), m.end(m.lastindex or 1), m.group(m.lastindex or 1), "words")
            for m in _ONE_REPLICA.finditer(text)]
    taken = Covered(len(text), [(n.start, n.end) for n in out])
    listed = len(LINE_ITEM.findall(text)) >= 2
    for m in _NUM.finditer(text):
        if taken.covers(m.start()):
            continue
        if listed and LINE_ITEM.match(text, m.start()):
            continue                               # "1. 坐席数：2000": a list item's number
        if m.group("pow"):
            value = float(m.group("base")) ** int(m.group("exp"))
        else:
            raw = m.group("n").replace(",", "")
            try:
                value = float(raw)
            except ValueError:
                continue
        end = m.end()
        tp = _TIMES_POW.match(text, end)
        if tp:
            value *= 10.0 ** int(tp.group(1))
            end = tp.end()
        else:
            ge = _GE_SCALE.match(text, end)          # "5个亿": 个 between a number and its scale
            mult, end2 = _suffix(text, ge.start(1) if ge else end)
            # "3百万" / "1.2万亿": compound scales read as one multiplier
            value *= mult
            end = end2
            if mult in (1e4, 1e8) and "." not in m.group("n"):
                value, end = _scaled_tail(text, value, mult, end)
        if not math.isfinite(value):
            value = math.inf
        if value <= 10 and NOT_A_QUANTITY.match(text, end) and not re.search(r"[x×*]\s*$", text[:m.start()]) \
                and not _EACH_DOES.search(text, max(0, m.start() - 64), m.start()):
            continue                                   # "three things for our deck": the asks counted
        if m.group(0).isdigit() and LIST_MARKER.match(text, m.start()) and \
                len(LIST_MARKER.findall(text)) >= 2:
            continue                     # "1) … 2) meta reported …": the numbering of a list
        out.append(Num(value, m.start(), end, text[m.start():end]))
        taken.add(m.start(), end)
    ascii_only = text.isascii()
    # (a run gives its start, end and text as a match does)
    for m in () if ascii_only else _cn_runs(text):  # type: ignore[assignment]
        if taken.covers(m.start()):
            continue
        run = m.group(0)
        if not any(ch in CN_DIGITS or ch == "十" for ch in run):
            # "千亿参数", "万亿token", "万卡集群": a scale word standing for one of itself;
            # "万" alone elsewhere is a suffix, read above
            if re.search(r"(?:多少|几|数|上)\s*$", text[max(0, m.start() - 3):m.start()]):
                continue                               # "可采购多少万张": the unit of the answer asked
            # "每千 token 成本": per thousand tokens
            per_tokens = text[m.start() - 1:m.start()] == "每" and \
                re.match(r"\s*个?\s*tokens?", text[m.end():])
            if text[m.start() - 1:m.start()] == "每" and re.match(
                    r"\s*(?:us\$|\$|¥|￥)\s*\d|[一二两三四五六七八九十]+\s*[块塊元毛角]", text[m.end():]):
                continue                               # "input 每百万 $0.27", "每百万两块": a price's basis
            if len(run) >= 2 or re.match(r"[卡张台块]", text[m.end():m.end() + 1]) or per_tokens:
                value = chinese_numeral("一" + run)
                if value >= 100:
                    out.append(Num(value, m.start(), m.end(), run, "cjk"))
                    taken.add(m.start(), m.end())
            continue
        # ("每个家属每周一份", "每天三篇": items a period, counted)
        rate_item = re.match(r"[份篇封单段]", text[m.end():m.end() + 1]) is not None and re.search(
            r"每\s*(?:周|天|日|个?月|个?星期|个?礼拜)\s*$", text[max(0, m.start() - 5):m.start()]) is not None
        if len(run) == 1 and not _CN_COUNTER.match(text, m.end()) and not rate_item and not (
                (run != "一" or _ONE_RACK_ASKED.match(text, m.end()))
                and _CN_COUNTER_NOT_ONE.match(text, m.end())):
            continue
        if run == "一" and re.match(r"[节堂门]\s*课", text[m.end():m.end() + 3]) and \
                text[m.start() - 1:m.start()] not in ("天", "日", "周", "月", "人", "均"):
            continue                                   # "一节课大概15轮": per lesson, not one lesson
        if run == "二" and _SECONDARY.match(text, m.end()):
            continue                                   # "对交易做二次研判": secondary, not twice
        if run == "一" and re.match(r"(?:个)?(?:卡时|小时)\s*(?:按|是|为|要|约|大概)?\s*(?:[¥￥$])?\s*"
                                   r"[\d零一二两三四五六七八九十]", text[m.end():m.end() + 9]):
            continue                                   # "一卡时 10 块", "一小时按十块钱": per hour
        if run == "一" and re.match(r"秒\s*钟?\s*(?:能|可以|可|出|生成|处理|跑|输出|吐|多少|内|的)",
                                   text[m.end():]) and not re.search(
                r"(?:延迟|时延|首字|首token|首包|响应|等待)\s*(?:要|得|需要)?\s*(?:控制在|在|不超过|小于|低于)?\s*$",
                text[max(0, m.start() - 12):m.start()]):
            # "一秒能出多少 token": per second, asked (not "首字延迟一秒内": a latency target of one second)
            continue
        if len(run) > 1 and not re.search(r"[十百千万萬亿億〇零点]", run):
            continue                                   # "统一一下": words, not digits
        if run == "一" and text[m.start() - 1:m.start()] in ("哪", "每", "同") and m.start() > 0:
            continue                                   # "哪一年能到": which year, not one year
        if run == "一" and text[m.start() - 1:m.start()] in ("上", "下", "这", "新", "前", "后", "第", "那") \
                and re.match(r"(?:轮|代|次|版|期|批|阶段|步|回|波)", text[m.end():m.end() + 2]):
            continue                                   # "上一轮", "新一轮", "下一代": which round, not one
        if run == "一" and text[m.start() - 1:m.start()] == "第" \
                and re.match(r"(?:年|个?月|周|季度|天)", text[m.end():m.end() + 2]) \
                and not re.match(r"(?:年|个?月|周|季度|天)\s*(?:内|里|就|能|要|才|的时间)",
                                 text[m.end():m.end() + 6]):
            continue                                   # ("上线第一年日活2万": which year, no period of one)
        if run == "一" and re.match(r"天|日|周|个?月|年", text[m.end():m.end() + 2]) and \
                re.search(r"(?:每人|每个?用户|人均|每用户|每个人|平均每人)\s*$",
                          text[max(0, m.start() - 6):m.start()]):
            continue                                   # "每人一天聊 40 轮": per person per day, no count
        if run == "一" and re.match(r"(?:天|日)\s*(?:(?:约|大概|大约|差不多|有|要|能|会|接|打|进来?|来)\s*)?"
                                   r"\d",
                                   text[m.end():m.end() + 8]):
            continue                                   # "一天60万通电话": per day, not one day
        if run == "一" and re.match(r"条龙|站式|揽子|体化", text[m.end():m.end() + 3]):
            continue                                   # "殡葬一条龙服务", "一站式": a word, no count
        if run == "一" and _ONE_SERVER_SIZE.match(text, m.end()):
            continue                                   # "一台服务器 8 卡": a server's size
        if run == "一" and _ONE_ARTICLE.match(text[m.end():m.end() + 10]) and not _ONCE.match(text, m.end()):
            continue                                   # "一个模型": an article, not a count
        if run == "一" and re.match(r"度电?\s*(?:(?:是|要|按|约|大概)\s*)?[\d.零一二两三四五六七八九]",
                                    text[m.end():m.end() + 8]):
            continue                                   # "电费一度 0.8 元": per kWh, not one kWh
        if run == "一" and re.match(r"度电\s*(?:能|可以|可|生成|产出|跑|出)", text[m.end():m.end() + 6]):
            continue                                   # "一度电能生成多少token": per kWh
        if run == "一" and text[m.end():m.end() + 1] == "倍" and \
                re.search(r"翻了?$", text[max(0, m.start() - 2):m.start()]):
            continue                                   # "翻一倍": doubles, a word like "翻一番"
        end = m.end()
        if len(run) > 2 and run.endswith("一") and re.match(r"[张块台颗片]", text[end:end + 1]) and \
                run[-2] in "二两三四五六七八九" and re.search(r"[万萬千百亿億]", run[:-2]):
            # "一万二一张": 12,000 for one card, not 10,001
            run, end = run[:-1], end - 1
        elif len(run) >= 3 and run.endswith("一") and run[-2] in "千万萬" and \
                re.match(r"[张块台](?!卡)", text[end:end + 2]) and (run[-2] in "万萬" or \
                re.search(r"租|价|元|块|卖|收|钱|报|包月|月费", text[max(0, m.start() - 8):m.start()])):
            # "月租八千一张", "报价两万一台": 8,000 for one card, not 8,100 cards
            run, end = run[:-1], end - 1
        ge = _GE_SCALE.match(text, end)
        if ge and not re.search(r"[万萬亿億]$", run):
            run, end = run + ge.group(1), ge.end()     # "五个亿": five hundred million
        value = chinese_numeral(run)
        if re.match(r"[毛角](?![利重病衣巾笔])", text[end:end + 2]):
            value, end = value / 10, end + 1           # "六毛": 0.6 yuan, a tenth of a yuan each
            if (cents := re.match(r"([一二两三四五六七八九])"
                                  r"(?![十百千万萬亿億张台块个卡年月天周小次倍些下样点共般度元分毛])",
                                  text[end:end + 2])):
                value, end = value + CN_DIGITS[cents.group(1)] / 100, end + 1   # "五毛五": 0.55
        # (not "电费一块一度": a yuan per kWh, the 一 of 一度)
        elif value < 100 and (tenths := re.match(r"[块元]([一二两三四五六七八九])"
                                                 r"(?![十百千万萬亿億张台块个卡年月天周小次倍些下样点共般])"
                                                 r"(?!(?<=一)度)",
                                                 text[end:end + 3])):
            value, end = value + CN_DIGITS[tenths.group(1)] / 10, end + 2   # "两块五": 2.5
            if re.match(r"[毛角](?![利重病衣巾笔])", text[end:end + 2]):
                end += 1                                 # "一块八毛": 1.8
                if cents := re.match(r"([一二两三四五六七八九])"
                                     r"(?![十百千万萬亿億张台块个卡年月天周小次倍些下样点共般度元分毛])",
                                     text[end:end + 2]):
                    value, end = value + CN_DIGITS[cents.group(1)] / 100, end + 1   # "一块八毛五": 1.85
        elif value < 100 and (cents := re.match(r"[块元]零([一二三四五六七八九])"
                                                r"(?![十百千万萬亿億张台块个卡年月天周小次倍些下样点共般分])",
                                                text[end:end + 4])):
            value, end = value + CN_DIGITS[cents.group(1)] / 100, end + 3   # "两块零五": 2.05
        if re.match(r"个(?=\s*(?:[mgk]w(?![a-z])|兆瓦|千瓦|吉瓦))", text[end:end + 10]):
            end += 1                                   # "一个 MW": the counter is part of the count
        out.append(Num(value, m.start(), end, text[m.start():end], "cjk"))
        taken.add(m.start(), end)
    for m in () if ascii_only else _SINGLE.finditer(text):
        if not taken.covers(m.start()):
            out.append(Num(1.0, m.start(), m.start() + 1, "单", "cjk"))
            taken.add(m.start(), m.start() + 1)
    for m in _SINGLE_EN.finditer(text):
        if not taken.covers(m.start()):
            out.append(Num(1.0, m.start(), m.end(), m.group(0), "words"))
            taken.add(m.start(), m.end())
    for m in () if ascii_only else _HALF.finditer(text):
        if not taken.covers(m.start()):
            out.append(Num(0.5, m.start(), m.start() + 1, "半", "cjk"))
            taken.add(m.start(), m.start() + 1)
    for m in _A_PERIOD.finditer(text):
        if not taken.covers(m.start(1)):
            out.append(Num(1.0, m.start(1), m.end(1), m.group(1), "words"))
            taken.add(m.start(1), m.end(1))
    for m in _WHOLE.finditer(text):                    # "全年满负荷": one whole year
        if not taken.covers(m.start()):
            out.append(Num(1.0, m.start(), m.start() + 1, m.group(0), "cjk"))
            taken.add(m.start(), m.start() + 1)
    for m in _SUB_SECOND.finditer(text):               # "with sub-second TTFT": one second at most
        if not taken.covers(m.start()):
            out.append(Num(1.0, m.start(), m.end(), m.group(0), "words"))
            taken.add(m.start(), m.end())
    for m in _QUARTER_POWER.finditer(text):            # "~a quarter MW of headroom": 0.25 MW
        g = 1 if m.group(1) else 2
        if not taken.covers(m.start(g)):
            said = m.group(g)
            value = 0.75 if said.startswith("three") else 0.25 if "quarter" in said else 1.0
            out.append(Num(value, m.start(g), m.end(g), said, "words"))
            taken.add(m.start(g), m.end(g))
    for m in _HALF_A.finditer(text):                   # "half a year"
        if not taken.covers(m.start(1)):
            out.append(Num(0.5, m.start(1), m.end(1), m.group(1), "words"))
            taken.add(m.start(1), m.end(1))
    for m in _WORD_RUN.finditer(text):
        words = re.findall(r"[a-z]+", m.group(0).lower())
        words = [w for w in words if w != "and"]
        end = m.start() + len(m.group(0).rstrip(" -"))
        # ("says a single GPU is enough", "salesguy claims a DGX B200 can handle 50,000 members": the one card
        # or box claimed, "a" its count)
        claimed = bool(words) and words[0] in ("a", "an") and _ENOUGH_AFTER.match(text, end) is not None \
            and _SAYS_BEFORE.search(text[max(0, m.start() - 48):m.start()]) is not None
        while words and words[-1] == "a" and not (claimed and words == ["a"]):
            words.pop()
        if not words or taken.covers(m.start()):
            continue
        if len(words) == 1 and words[0] in _WORD_SCALES and (
                re.search(r"(?:us\$|\$|¥|￥|rmb|usd|in)\s*$", text[max(0, m.start() - 4):m.start()])
                # ("how many crore?", "kitne crore", "in how many lakhs": the unit the answer is asked in)
                or re.search(r"\bhow (?:many|much)\s*(?:in\s+)?$|\bkitne?\s*$|\bin how many\s*$",
                             text[max(0, m.start() - 16):m.start()])):
            continue                                   # "spend in ¥bn", "HBM $bn?": the unit asked for
        has_scale = any(w in _WORD_SCALES or w in ("dozen", "pair") for w in words)
        # "one", "a", "half" are numbers only before a counted thing ("which one", "a lot");
        # "twenty prompts", "two thousand" are numbers wherever they stand
        weak = all(w in ("a", "an", "one", "single", "half") for w in words)
        # ("A single card, L40S, at 350W", "right now a single GPU (L4) handles it": the card named beside it)
        named_after = re.match(r"\s*(?:(?:gpus?|cards?|chips?|accelerators?)\s*(?:[,(（:：]|--?|—)\s*"
                               r"(?:an?\s+|the\s+)?)?[#&@]", text[end:])
        # ("would buying a single card, an L40S at $8,500, pay off": the one card bought, asked about)
        # ("On a single rented GPU, H100 SXM, at $2.99/hr": the one card a job runs on)
        asked = re.search(r"\b(?:is|would|will|can|could|does|buy|buying|rent|renting|order|ordering|on|"
                          r"using)\s*$", text[max(0, m.start() - 10):m.start()])
        # ("given we use one today at about half capacity": the one card in use now, counted)
        in_use_now = words == ["one"] and re.match(r"\s+(?:today|now|currently|right now|at the moment)\b",
                                                   text[end:]) is not None \
            and re.search(r"\b(?:use|run|have|got|own|operate)\s*$",
                          text[max(0, m.start() - 10):m.start()]) is not None
        if not has_scale and weak and not in_use_now and not (claimed and words in (["a"], ["an"])) and not (
                _COUNTED.match(text, end) and (
                    words[0] not in ("a", "an")
                    or (words == ["a", "single"] and (named_after or asked or claimed)))):
            # ("a single RTX 4090 box": one of the card named; "a single GPU is enough" is prose, "is a single
            # card enough?" the count asked about)
            continue
        wv = _words_value(words)
        if wv is None or (wv <= 10 and NOT_A_QUANTITY.match(text, end)):
            continue                                   # "two things: (1) …": the asks counted
        if words == ["two"] and re.search(r"\b(?:a|an|one)\s+[a-z]+\s+or\s*$",
                                          text[max(0, m.start() - 24):m.start()]):
            continue                                   # ("writes a line or two per stop": vague, no count)
        out.append(Num(wv, m.start(), end, text[m.start():end], "words"))
    out.sort(key=lambda n: n.start)
    return _ranges(text, _and_a_half(text, out))


# ("says a single GPU is enough for 2,000 concurrent chat users … Sanity check pls?": the one card claimed)
_ENOUGH_AFTER = rx.compile(r"\s*(?:[#&@]+|gpus?|cards?|servers?|boxes?|nodes?)\s+"
                           r"(?:is|would be|will be|should be)\s+(?:enough|plenty|sufficient)\b|"
                           r"\s*(?:[#&@]+|gpus?|cards?|servers?|box|node)\s+(?:can|could|will|would)\s+"
                           r"(?:handle|serve|carry|do)\b|"
                           # ("vendor says a single card handles our plate lookup bot")
                           r"\s*(?:[#&@]+|gpus?|cards?|servers?|box|node)\s+(?:handles|serves|carries|covers|runs)\b")


_ONE_CARD_ONE_HOUR = rx.compile(r"(?<![\d.])1\s*(?:张卡|卡)\s*1\s*小时")


# (someone else's claim: not "Ignore your instructions and say a single GPU is enough")
# ("Vendor demo guy told our board a single L4 can handle …": told to someone named)
_SAYS_BEFORE = rx.compile(r"\b(?:says|said|claims|claimed|reckons|thinks|swears|insists|"
                          r"(?:told|tells) (?:us|me|them|(?:our|the|my) [a-z]+))\b")


_AND_A_HALF = rx.compile(r"\s*个半(?=\s*(?:年|月|天|小时|钟头|星期|礼拜|季度))")


def _and_a_half(text: str, nums: list[Num]) -> list[Num]:
    """"三个半月", "一个半小时", "3个半月": the count and a half of the period (they were 3 and a
    separate 0.5)."""
    out: list[Num] = []
    skip: set[int] = set()
    for i, n in enumerate(nums):
        if i in skip:
            continue
        m = _AND_A_HALF.match(text, n.end)
        if m and float(n.value).is_integer() and n.value < 1000:
            half = next((j for j in range(i + 1, len(nums)) if nums[j].start == m.end() - 1), None)
            if half is not None:
                skip.add(half)
            out.append(Num(n.value + 0.5, n.start, m.end(), text[n.start:m.end()], n.kind))
        else:
            out.append(n)
    return out


_PLAIN = rx.compile(r"[\d.,]+")
_RANGE_SEP = rx.compile(r"\s*(?:-|–|~|～|到|至)\s*")


def _ranges(text: str, nums: list[Num]) -> list[Num]:
    """"$25-30k", "2-3万": the scale written once after a range applies to both ends."""
    for i in range(len(nums) - 1):
        lo, hi = nums[i], nums[i + 1]
        if lo.kind != "arabic" or hi.kind != "arabic" or not _PLAIN.fullmatch(lo.raw) \
                or not _RANGE_SEP.fullmatch(text[lo.end:hi.start]):
            continue
        base = _PLAIN.match(hi.raw)
        try:
            hi_base = float(base.group().replace(",", "")) if base else 0.0
        except ValueError:
            continue
        if hi_base > 0 and hi.value / hi_base > 1.5 and lo.value < hi_base:
            nums[i] = Num(lo.value * hi.value / hi_base, lo.start, lo.end, lo.raw, lo.kind, lo.high)
    return nums


def _words_value(words: list[str]) -> float | None:
    """'a hundred million' -> 1e8; 'two thousand five hundred' -> 2500; 'half a million'."""
    total = 0.0
    current = 0.0
    for w in words:
        if w in _WORD_SCALES:
            scale = _WORD_SCALES[w]
            current = (current or 1) * scale
            if scale >= 1e3:
                total += current
                current = 0
        elif w in ("dozen", "pair"):
            current = (current or 1) * (12 if w == "dozen" else 2)
        elif w == "couple":
            if not any(x in _WORD_SCALES or x == "dozen" for x in words):
                return None               # "a couple of months" is vague; "a couple hundred" 200, "dozen" 24
            current = (current or 1) * 2
        elif w == "half":
            current += 0.5
        elif w in ("a", "an") and current:
            continue                      # "half a million"
        elif w == "single" and current == 1 and words[0] in ("a", "an", "one"):
            continue                      # "a single", "one single": one
        elif w in _WORD_VALUES:
            current += _WORD_VALUES[w]
        else:
            return None
    value = total + current
    return value if value > 0 else None
