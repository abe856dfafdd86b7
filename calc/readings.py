"""Readings that need the whole question, not one number's words: a correction that retracts
what came before it ("10M users, no wait, 20M"), a weekly or monthly count beside a daily one
(the daily share), tokens an energy is asked for ("kWh to generate 1B tokens"), and phrases
that replace what the numbers inside them were read as: a budget's share ("half of it on
GPUs"), a discount ("15% off", "打八五折"), an MFU change ("50% better MFU than before").
calc/parse.py calls them on its working state after the numbers are read."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from calc import rx, units
from calc.cn_numeral import chinese_numeral
from calc.counted import singular
from calc.foreign import AMOUNT_DIGITS, MONEY_PARAM
from calc.stated import CJK, Stated
from calc.vocabulary import (
    CUR_USD,
    EACH_BUSINESS_ZH,
    KW,
    NAME_PARAMS,
    ONE_USER,
    SHOP_NOUNS_ZH,
    SITE_NOUNS,
    SITE_NOUNS_ZH,
)

if TYPE_CHECKING:
    from calc.stated import Reading



# the word "correction" said of a value, not of the work ("an LLM post-OCR correction pass", "a spelling
# correction model"; "a caption-correction model": a word of a name)
_CORRECTION_WORD = (r"(?<![-/])correction(?!-)(?!s\b|\s+(?:pass(?:es)?|step|model|job|pipeline|task|stage|"
                    r"layer|"
                    r"workflow|run|of|for|on|rate|service|work|loop|module|process|tool)\b)")
_CORRECTION = rx.compile(r"\b(?:no wait|wait,? no|scratch that|i mean|i meant|make that|"
                         + _CORRECTION_WORD + r":?|"
                         r"sorry,? (?:i meant|make (?:it|that))|"
                         r"actually,? (?:make it|let'?s say|more like)|"
                         r"ok(?:ay)?,? (?:say|let'?s say|make it))\b|"
                         # (not "我咋感觉不对劲呢": a doubt, 不对劲)
                         r"(?<![对是])不对(?![吗吧呢啊？?劲头])|说错了|更正一下|更正|我是说")
# a correction said with a word of apology or a new value right after: its value replaces the
# earlier one of the same quantity (only then: "sorry" alone corrects nothing)
# ("can we actually put in": a modal's "actually", no correction)
# (not an apology closing an aside: "about 9 000 chats a day (French-style spacing, sorry), 4 turns each")
_CORRECTS = rx.compile(r"(?:\b(?:sorry(?!\s*[)）])|oops|my bad|" + _CORRECTION_WORD + r"|"
                       r"(?<!\bwe )(?<!\bi )(?<!\bcan )(?<!\bwill )(?<!\bdo )(?<!\bwould )(?<!\bthey )"
                       r"(?<!\bit )actually|"
                       r"nope|i meant|i mean|"
                       r"meant|"
                       r"make (?:that|it)|scratch that|typo|nah|er|erm|no,? wait|wait,? no|"
                       r"let'?s (?:just )?say|"
                       # ("change that to 32", "change gpus to 64"; not "we will change to 128 cards of H100")
                       r"change(?:d)? (?:(?:the |that |it )(?:[a-z/]+ )?|(?!to\b)[a-z/]+ )to)\b[,:]?|"
                       r"\b(?:no|wait)\s*[,，—-]|"
                       r"写错了|记错了|记混了|说错了|搞错了|弄错了|不对(?![劲头])|更正|等下|等等|哦不|抱歉|不好意思|"
                       r"应该是|我是说|改一下[:：]?[^，,。；;\d]{0,12}?(?:换成|改成|改为)|(?<=[—-])\s*(?:换成|改成))")
_NOT_THAT = rx.compile(r"\s*[,，]?\s*(?:not|instead of|rather than|而不是|不是)\s*$")


_CLAUSE_END = rx.compile(r"[.。!?！？;；\n]")
# a growth said as a rate, a doubling time or a factor a year: one correction of it retracts the others
_GROWTH = {"growth_rate_year", "doubling_months", "factor_per_year", "growth_rate_month"}
_DURATION_ROLES = ("days", "hours", "weeks", "months", "years")
def _doubling_again(r: Reading, p: tuple[str, Any, int, int, float]) -> None:
    """A duration waiting to be read (`p`, from r.pending) that says a doubling time again: read as it, in
    months."""
    r.pending.remove(p)
    r.add("doubling_months", units.convert(p[4], p[0].rstrip("s"), "month"), p[2], p[3])


_DOUBLING_BEFORE = rx.compile(r"doubl\w*\s+(?:\w+\s+){0,2}?(?:every|each|in)\s*(?:~|about|like)?\s*$|"
                              r"翻倍|翻一番")


_ANOTHER_VALUE = rx.compile(r"(?:what about|how about|what if(?: it(?:'s| is| were| was))?|"
                            r"如果[^，,。？?\d]{0,6}(?:是|换成|变成|改成|有|为)|"
                            r"and (?:for|with|at)|"
                            r"or (?:for|with)|instead of|如果(?:是|换成|变成|有)?|要是|换成|假如|"
                            # "两张够吗？不够就上四张": the count to try if the first falls short
                            r"不够(?:的话)?\s*(?:就|再|那就)?\s*(?:上|用|换成?|加到|改用|得用?|要))\s*$")
_ANOTHER_AFTER = rx.compile(r"^\s*(?:[a-z]+\s+)?(?:instead|then)\b|^\s*(?:#+\s*)?(?:的话|呢)")
_LOADS_COMPARED = ("users", "qps", "queries_per_day", "tokens_per_day", "gpus", "servers", "power_mw")


def another_value(r: Reading) -> None:
    """"100M daily users … what about 250M users instead?", "1000张呢？如果是3000张呢": a load or a
    count stated again after "what about"/"instead"/"如果…呢" is its other value, compared."""
    for st in [x for x in r.stated if x.param in _LOADS_COMPARED and x.note == "duplicate"
               and isinstance(x.value, float)]:
        first = next((x for x in r.stated if x.param == st.param and x.note == ""), None)
        if first is None or first.start > st.start or not isinstance(first.value, float) or \
                not 0.05 * first.value <= float(st.value or 0) <= 20 * first.value or first.value == st.value:
            continue
        if _ANOTHER_VALUE.search(r.t[max(0, st.start - 24):st.start]) or _ANOTHER_AFTER.match(r.t[st.end:]):
            r.joined.add(str(st.param))


_AGAIN_AT = rx.compile(r"(?:\band\b|\bor\b|what about|how about|what if|\bif\b|如果|要是|换成|假如)"
                       r"[^,.;?，。；？\d]{0,16}"
                       r"(?:\bat|@|按|是|变成)?\s*$")


def fx_again(r: Reading) -> None:
    """"… at 7.2 CNY/USD, which is cheaper? and at 7.0?": a bare value near the stated exchange
    rate, asked again, is its other value (not a price of 7)."""
    fx = r.params.get("usd_cny")
    first = next((x for x in r.stated if x.param == "usd_cny" and x.note == ""), None)
    if not isinstance(fx, float) or first is None:
        return
    for st in [x for x in r.stated if x.start > first.end and x.note in ("", "duplicate")
               and x.param in (None, "price_usd", "price_cny", "budget_usd", "budget_cny", "factor",
                               "usd_cny")
               and isinstance(x.value, float)]:
        if 0.8 * fx <= float(st.value or 0) <= 1.25 * fx and st.value != fx and \
                _AGAIN_AT.search(r.t[max(0, st.start - 24):st.start]):
            _second_value(r, st, "usd_cny", float(st.value or 0))
            r.joined.add("usd_cny")
            return


# quantities whose other value may be asked again bare ("150k concurrent users? and at 250k?",
# "$0.071/kWh … and if we moved to a site at $0.045?", "doubles every 6 months … what if it's every
# 9 months?"), and what a number said that way was first taken for
_ASKED_AGAIN = ("concurrent_users", "users", "qps", "gpus", "electricity_usd_per_kwh",
                "electricity_cny_per_kwh", "doubling_months", "rent_usd_per_hour", "rent_cny_per_hour", "pue",
                "watts_per_gpu", "observed_tokens_per_s_per_gpu", "tokens_per_day", "queries_per_day",
                "dau_per_mau", "dau_per_wau", "hbm_multiple")
_TAKEN_BARE = (None, "price_usd", "price_cny", "budget_usd", "budget_cny", "factor", "period_months",
               "gpus", "days")
# the change asked about: "what if", "and if", "and at", "如果" (not a bare "and": "and what does it
# look like in 18 months"); its words may run on a little ("and if we moved to a site at $0.045")
_ASKED_AT = rx.compile(r"(?:what if|what about|how about|\bif\b|如果|要是|假如|换成|"
                       # "renews at 11.2¢/kWh, up from 8.4¢": the value it was, compared
                       r"\b(?:up|down|rising|falling|increased|decreased|raised|cut)\s+from|"
                       r"\b(?:and|or)\s+(?=at\b|@|with\b|for\b))"
                       r"[^,.;?，。；？\d]{0,30}?(?:\bat|@|按|是|变成|到)?\s*(?:us\$|\$|¥|￥)?\s*$")
_CENTS = rx.compile(r"\s*(?:¢|cents?\b)")
_PER_KWH = ("electricity_usd_per_kwh", "electricity_cny_per_kwh")
_COUNTERS = frozenset({"卡", "张", "台", "块", "card", "cards", "gpu", "gpus"})
_UNIT_TOKEN = rx.compile(r"[a-z]+|[\u4e00-\u9fff]|[$¥￥%]")
_SCALE_WORDS = frozenset({"k", "m", "b", "mn", "bn", "万", "亿", "千", "百", "at", "to", "of", "is", "about",
                          "around", "only", "just", "a", "an", "the", "every", "it", "s", "instead", "then",
                          "每"})


# "doubled to 1,024 GPUs": the change's word, then the value it goes to
_MULTIPLIED_TO = rx.compile(r"\s*to\s*$")


def factor_to(r: Reading) -> None:
    """"512 GPUs … And if we doubled to 1,024 GPUs?": a factor word said with the value it reaches is
    that value's change, not a factor of its own (the value is compared as the quantity's other one)."""
    for fac in [x for x in r.stated if x.param == "factor" and re.fullmatch(
            r"(?:doubl|tripl|quadrupl|halv)\w*", str(x.text).strip().lower())]:
        nxt = next((x for x in r.stated if x.start > fac.end and x.param is not None
                    and _MULTIPLIED_TO.match(r.t[fac.end:x.start]) and x.param != "factor"), None)
        if nxt is not None:
            if r.params.get("factor") == fac.value:
                del r.params["factor"]
            r.stated = [x for x in r.stated if x is not fac]
            return


def again_bare(r: Reading) -> None:
    """"how many GPUs for 150k concurrent users? and at 250k?": a number asked again after "and
    at"/"what if"/"如果", within 10x of a quantity stated before it and in no unit but that one's, is
    that quantity's other value, compared (not a price, a period or a count of its own). A number
    already read with a unit of its own ("if today we use 24" GPUs, "$35k each") must carry the
    quantity's unit ("what if it's every 9 months")."""
    for first in [x for x in r.stated if x.param in _ASKED_AGAIN and x.note == ""]:
        if not isinstance(first.value, float):
            continue
        was = first.value
        units = set(_UNIT_TOKEN.findall(str(first.text).lower())) - _SCALE_WORDS
        for st in [x for x in r.stated if x.start > first.end and x.note in ("", "duplicate")
                   and x.param in _TAKEN_BARE and x.param != first.param and isinstance(x.value, float)]:
            num = _NUMBER_WORDS.search(r.t, st.start, st.end)
            if num is None or not _ASKED_AT.search(r.t[max(0, num.start() - 40):num.start()]):
                continue
            own = set(_UNIT_TOKEN.findall(str(st.text).lower())) - _SCALE_WORDS
            value = float(st.value or 0)
            if _CENTS.match(r.t, num.end()) and st.param is None and first.param in _PER_KWH:
                value /= 100              # "11.2¢/kWh, up from 8.4¢": cents of the same unit
                own -= {"cents", "cent"}
            if was <= 1 < value <= 100 and "%" in str(st.text):
                value /= 100              # "DAU/WAU around 28% … what if it's closer to 35%"
                own.discard("%")
            bare = not own and (st.param is None or (
                st.param in ("price_usd", "price_cny") and not text_cur(st.text)))
            if st.param == "gpus" and first.param != "gpus" and own <= _COUNTERS:
                continue                  # ("每卡时按8元 … 如果64卡并行": the cards' own counter, a count)
            if (bare or (own and own <= units)) and 0.1 * was <= value <= 10 * was \
                    and value != was and not any(
                        x.param in (first.param, f"{first.param}_to") and x is not first
                        and x.note in ("", "duplicate") for x in r.stated) \
                    and f"{first.param}_to" not in r.params:
                _second_value(r, st, str(first.param), value)
                r.joined.add(str(first.param))
                return


_THAN = rx.compile(r"(?:(?:cheaper|more expensive|pricier|dearer|higher|lower|better|worse|more|less)\s+than|"
                   r"compared?\s+(?:with|to)|compares?\s+(?:with|to)|\b(?:above|below))\s*"
                   r"(?:the\s+)?(?:~|≈|about\s+|around\s+|roughly\s+)?(?:us\$|\$|¥|￥)?\s*$|比\s*$")


_BUDGET_PRICE = {"budget_usd": "price_usd", "budget_cny": "price_cny"}


def than_other(r: Reading) -> None:
    """"¥16/GPU-hour in Shanghai. At 7.15 CNY per USD, is that cheaper than $2.30/hr in Virginia?":
    a rate after "cheaper than" is the other value of the same rate stated before it (in the first
    one's currency), compared, however far apart the two are."""
    for st in [x for x in r.stated if x.param in (*_CURRENCY_TWIN, *_BUDGET_PRICE)
               and x.note in ("", "duplicate") and isinstance(x.value, float)]:
        if not _THAN.search(r.t[max(0, st.start - 24):st.start]):
            continue
        # ("230k rmb each … is that above the ~$25k usd street price?": a price, not a budget)
        like = _BUDGET_PRICE.get(str(st.param), str(st.param))
        first = next((x for x in r.stated if x.end <= st.start and x.note == "" and x is not st
                      and x.param in (like, _CURRENCY_TWIN[like])
                      and isinstance(x.value, float)), None)
        if first is None:
            continue
        _take_in_first_currency(r, first, st)
        return


def _in_currency(r: Reading, value: float, param: object) -> float:
    """An amount in the other currency, converted into `param`'s (at the stated rate, else the
    catalog's)."""
    return value / r.usd_cny() if _cur(param) == "usd" else value * r.usd_cny()


def _take_in_first_currency(r: Reading, first: Stated, st: Stated) -> None:
    """`st` taken as `first`'s other value, converted into `first`'s currency when it is in the
    other one."""
    value = float(st.value or 0)
    if _cur(first.param) != _cur(st.param):
        value = _in_currency(r, value, first.param)
    if st.param != first.param and r.params.get(str(st.param)) == st.value:
        del r.params[str(st.param)]
    bare = replace(st, param=None, note="")
    r.stated = [bare if x is st else x for x in r.stated]
    _take_as_other(r, first, bare, value)


_WHICH_CHEAPER = rx.compile(r"谁(?:更)?便宜|哪(?:个|家|边)(?:更)?(?:便宜|划算|省)|"
                            r"which (?:is |one is |one's )?cheaper|"
                            r"\bcheaper\b|\bvs\.?\b|\bversus\b|对比|比较")


def currency_twins(r: Reading) -> None:
    """"阿里云 A100 报价 35 元/小时，AWS 上 4.1 美元/小时，汇率 7.2，谁便宜？": one card's rent (or
    price) in both currencies, asked which is cheaper: the second is the other value of the first,
    compared in the first one's currency."""
    if not _WHICH_CHEAPER.search(r.t):
        return
    for st in [x for x in r.stated if x.param in _CURRENCY_TWIN and x.note == ""
               and isinstance(x.value, float)]:
        first = next((x for x in r.stated if x.end <= st.start and x.note == "" and x is not st
                      and x.param == _CURRENCY_TWIN[str(st.param)] and isinstance(x.value, float)), None)
        if first is None:
            continue
        _take_in_first_currency(r, first, st)
        return


_BARE_RENT_HEAD = rx.compile(r"[#&]+\s*(?:的)?\s*(?:租金?|租价|rent(?:s|ed)?(?:\s+(?:at|for))?|@)\s*"
                             r"(?:是|为|要)?\s*$")


def bare_rent(r: Reading) -> None:
    """"MI325X 租 2.5 刀一小时，B200 租 4.5": a bare number after the next card's "租" is its rent, in
    the unit of the rent stated before."""
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)]:
        if not _BARE_RENT_HEAD.search(r.masked[max(0, st.start - 16):st.start]):
            continue
        first = next((x for x in r.stated if x.end <= st.start and x.note == ""
                      and x.param in ("rent_usd_per_hour", "rent_cny_per_hour")), None)
        if first is not None:
            _take_as_other(r, first, st, float(st.value or 0))
            return


# the next card named (or "the latter"), then an amount in 万 with only a hedge between:
# "H20一张10万出头，L40S
# 大概6万", "前者一张10万出头，后者大概6万"
# ("A100 PCIe二手9万左右": what it costs used or new, said between)
_BARE_PRICE_HEAD = rx.compile(r"(?:#+|后者|前者|另一(?:个|款|张))\s*(?:的)?\s*(?:二手|全新|翻新|现货)?\s*"
                              r"(?:价格|报价|单价|售价|卖|要)?\s*"
                              r"(?:是|为|在)?\s*(?:大概|大约|约|差不多|也就|才|只要)?\s*$")
_WAN_AMOUNT = rx.compile(r"(?:大概|大约|约|差不多|也就|才|只要)?\s*\d+(?:\.\d+)?\s*[万千](?:出头|左右|"
                         r"多)?(?:块|元)?$")


def bare_price(r: Reading) -> None:
    """"H20和L40S哪个性价比高？H20一张10万出头，L40S大概6万": a bare amount in 万 after the next card's name,
    once a card's price is stated in yuan, is that card's price (not 60,000 cards), compared."""
    first = next((x for x in r.stated if x.param == "price_cny" and x.note == ""
                  and isinstance(x.value, float)), None)
    if first is None or len({x.value for x in r.stated if x.param == "accelerator"}) < 2:
        return
    for st in [x for x in r.stated if x.param in (None, "gpus") and x.note == "" and x.start > first.end
               and isinstance(x.value, float) and _WAN_AMOUNT.search(str(x.text))]:
        head = r.masked[max(0, st.start - 12):st.start]
        # (its first reading, as a count of cards, is taken back there: _second_value)
        if _BARE_PRICE_HEAD.search(head) and _take_as_other(r, first, st, float(st.value or 0)):
            return


_MOVES_TO = rx.compile(r"(?:跌到|降到|涨到|跌至|降至|涨至|升到|变成|掉到|回落到|砍到|压到|"
                       r"(?:went|fell|dropped|"
                       r"rose|jumped|came down|goes|going|go)\s+(?:down\s+|up\s+)?to|→|->)\s*(?:了)?\s*$")


_BOX_BEFORE = rx.compile(r"(?:&+|\b(?:box|server|node|chassis|system)s?\b|整机|服务器|机器|一台|每台)"
                         r"\s*[(（]?\s*$")


_BOX_WITH = rx.compile(r"(?:\b(?:box|server|node|chassis|system|rig|machine|workstation|tower|"
                       r"[a-z]+\d+[a-z\d-]*)|_+)\s+"
                       r"(?:with|w/)\s*$")


def box_size(r: Reading) -> None:
    """"HGX H100 box (8x H100 SXM) ~ $300k each … 40 servers": the cards in one box, not a fleet of 8
    (the 40 servers were left unused)."""
    gpus = next((x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)),
                None)
    if gpus is None or "gpus_per_server" in r.params or not 2 <= float(gpus.value or 0) <= 16:
        return
    priced = any(k in r.params for k in ("server_price_usd", "server_price_cny"))
    if not (r.params.get("servers", 1) != 1
            and _BOX_BEFORE.search(r.masked[max(0, gpus.start - 16):gpus.start])) \
            and not (priced and "servers" not in r.params
                     # ("box w/ 2x RTX 4090 quoted $9,800": the one box priced, its cards its size)
                     and _BOX_WITH.search(r.masked[max(0, gpus.start - 24):gpus.start])):
        return
    r.params["gpus_per_server"] = r.params.pop("gpus")
    r.retag(gpus, param="gpus_per_server")


_ASKS_BOXES = rx.compile(r"几台|多少台|几张|多少张|几个(?:节点|机柜|柜)|"
                         r"how many (?:\w+ ){0,2}(?:servers|nodes|boxes|cards|gpus)")
_ONE_BOX = rx.compile(r"(?:一台|单台|单机|一个节点|a single|one|an?)\s*(?:8卡|八卡)?\s*"
                      r"(?:服务器|机器|整机|节点|server|node|box)")


def one_box_fleet(r: Reading) -> None:
    """"一台服务器 8 张 H100 PCIe，每张按五百瓦 … 全年电费": the one box described is the fleet (it was
    answered for one card)."""
    st = next((x for x in r.stated if x.param == "gpus_per_server" and x.note == ""), None)
    if st is None or "gpus" in r.params or "servers" in r.params or _ASKS_BOXES.search(r.t) \
            or not _ONE_BOX.match(str(st.text).lower()):
        return
    r.params["servers"] = 1.0   # (the count is in the span's own words, read with it)


_UNITS_WORDS = rx.compile(r"\b(?:units?|accelerators?|gpus?|chips?|cards?|shipments?|installed base)\b|"
                          r"出货|加速卡|芯片|卡")
_STARTS_FROM = rx.compile(r"(?:start(?:ing)?\s+(?:from|at)|\bfrom|起点是?|基数是?|从)\s*$")


# tokens counted by the day, said before a number ("tokens/day … from 5B today")
TOKENS_A_DAY = rx.compile(r"\b(?:tokens?|toks?)\s*(?:/|per|a)\s*(?:day|d)\b|每天\s*(?:的)?\s*token|"
                          r"日\s*token")


def base_count(r: Reading) -> None:
    """"demand grows 60% per year, how many units in 2030 starting from 4M in 2025": the count grown is the
    one the growth starts from (it was an unread number)."""
    if "gpus" in r.params or not ("growth_rate_year" in r.params or "doubling_months" in r.params) \
            or not _UNITS_WORDS.search(r.t):
        return
    st = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.value >= 1000 and _STARTS_FROM.search(r.t[max(0, x.start - 16):x.start])), None)
    if st is not None:
        # ("tokens/day doubling every 4 months from 5B today": the tokens a day grown, not cards)
        param = "tokens_per_day" if TOKENS_A_DAY.search(r.t[:st.start]) and "tokens_per_day" not in r.params \
            and float(st.value or 0) >= 1e8 else "gpus"
        r.params[param] = float(st.value or 0)
        r.retag(st, param=param)


_REACHES = rx.compile(r"(?:到|达到|涨到|增长到|突破|reach(?:es)?|hits?|grows? to|to|"
                      # ("计划两年内推广至全集团15万人": rolled out to the whole group, that many)
                      r"(?:推广|扩展|扩大|覆盖|铺开)(?:至|到)?[^，,。；;\d]{0,6}?)"
                      r"\s*[\d一二两三四五六七八九十]")


# "… 2M DAU … maybe 8M DAU by next year", "明年 800万日活": a count said with when it will be
_BY_LATER = rx.compile(r"\s*(?:users|dau|mau|日活|月活)?\s*(?:by|in|within)\s+"
                       r"(?:(?:next|this)\s+(?:year|yr|summer|spring|fall|autumn|winter|season|quarter)|"
                       r"(?:the\s+)?end\s+of|20\d\d|\d+\s*(?:months?|years?|yrs?))\b|\s*(?:明年|后年|年底|\d+\s*年后)")


# a year said relative to now, no number in it: "明年推理量要涨10倍", "grows 10x next year", "后年"
_NEXT_YEAR = rx.compile(r"明年|后年|下一年|\bnext\s+(?:year|yr)\b|\bthe\s+year\s+after\s+next\b")


_LOADS_READ = ("queries_per_day", "users", "qps", "tokens_per_day", "concurrent_users", "queries_per_user")


def bare_count_a_day(r: Reading) -> None:
    """"we transcribe every call, ~2,500/day": a bare count said per day, nothing else a load, is the day's
    requests (each thing done once a request)."""
    # ("pics, roughly 3.2k a day across all 14 trucks": the day's total, spread over what is counted after it)
    spread = [x for x in r.stated if x.param == "users" and x.note == ""
              and re.search(r"\bacross\s+(?:all\s+)?(?:(?:the|our|of\s+(?:the|our))\s+)?$",
                            r.t[max(0, x.start - 24):x.start])]
    # (nor a cost's basis read for now as each one's: "what's the energy cost per 1k photos")
    basis = [x for x in r.stated if x.param == "queries_per_user"
             and re.search(r"\bper\s*$", r.t[max(0, x.start - 5):x.start])]
    if any(k in r.params for k in _LOADS_READ if not (k == "users" and len(spread) == 1
                                                       and r.params.get("users") == spread[0].value)
           and not (k == "queries_per_user" and spread and len(basis) == 1)):
        return
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.value >= 2 and re.fullmatch(r"[~≈]?\s*[\d.,]+\s*k?", r.t[x.start:x.end].strip())]:
        day = re.match(r"\s*(?:/\s*(?:day|d)\b|(?:a|per)\s+day\b)", r.t[st.end:st.end + 10])
        if day is None or (spread and not 0 <= spread[0].start - (st.end + day.end()) <= 24):
            continue
        end = st.end + day.end()
        if spread:
            r.params.pop("users", None)
            r.retag(spread[0], param=None, note="spread_over")
        r.move(st, "queries_per_day", end=end, text=r.norm.quote(st.start, end))
        return


def count_a_day_not_a_price(r: Reading) -> None:
    """"We're at 1.5k/day now and 1 L4 handles it": a bare amount read as a price for its "at", with a day
    after its slash, is the day's count (no money is written with it)."""
    for st in [x for x in r.stated if x.param in ("price_usd", "price_cny") and x.note == ""
               and isinstance(x.value, float)]:
        text = r.t[st.start:st.end]
        day = re.match(r"\s*(?:/\s*)?(?:day|d)\b", r.t[st.end:st.end + 8])
        if day is None or re.search(r"[$¥￥€£]|usd|rmb|元|美元|dollar", text) \
                or not text.rstrip().endswith("/"):
            continue
        end = st.end + day.end()
        r.move(st, "queries_per_day", end=end, text=r.norm.quote(st.start, end))
        return


def next_year(r: Reading) -> None:
    """"老板说明年推理量要涨10倍 … 明年得要多少张？": a growth said with the year it comes by, in words: that
    year's months are its horizon (read once, where nothing else dates it)."""
    if any(k in r.params for k in ("period_months", "year", "days")) or not any(
            k in r.params for k in ("factor", "growth_rate_year", "doubling_months", "growth_rate_month")) \
            or any(p[0] in ("days", "weeks", "months", "years", "quarters") for p in r.pending) \
            or any(st.param in ("days", "period_months", "year") for st in r.stated):
        return
    m = _NEXT_YEAR.search(r.t)
    if m is None or r.stated_at(m.start()):
        return
    months = 24.0 if m.group() == "后年" or "after next" in m.group() else 12.0
    r.add("period_months", months, m.start(), m.end())
    r.params["horizon_words"] = True


# ("now 5 lakh DAU, in 18 months 50 lakh users": when first, then the count)
_LATER_BEFORE = rx.compile(r"\b(?:in|within|after)\s+\d+(?:\.\d+)?\s*(?:months?|years?|yrs?|mo)\s*"
                           r"[,:]?\s*(?:(?:we\s+)?(?:want|plan|expect|aim|hope)\s+(?:to\s+)?"
                           r"(?:have|reach|hit|be at)\s+)?"
                           r"(?:~|about|around)?\s*$")


def users_later(r: Reading) -> None:
    """"目前日活 300万 … 预计三年后日活到 3000万": the second count of users, said as what it reaches, is the
    count at the end (it was a second value, named)."""
    if "users_to" in r.params or "users" not in r.params:
        return
    # ("at 1,200 users today, sales thinks 50k by next summer": a bare count with its time, after the users)
    st = next((x for x in r.stated if ((x.param == "users" and x.note == "duplicate") or (
        x.param is None and x.note == "" and re.fullmatch(r"[~≈]?\s*[\d.,]+\s*[kmb]?", str(x.text).strip())
        and any(u.param == "users" and u.note == "" and u.end <= x.start for u in r.stated)))
               and isinstance(x.value, float) and (
                   _REACHES.search(r.t[max(0, x.start - 6):x.end]) or _BY_LATER.match(r.t, x.end)
                   or _LATER_BEFORE.search(r.t[max(0, x.start - 24):x.start]))), None)
    if st is not None and float(st.value or 0) > float(r.params["users"]):
        r.params["users_to"] = float(st.value or 0)
        r.retag(st, param="users_to", note="")


_PLUS = rx.compile(r"\s*(?:\+|plus|and|&|和|加上?|还有|以及)\s*$")


def _noun_of(st: Stated) -> str:
    """The word a count is said with ("45 paralegals": "paralegals"), or ""."""
    m = re.search(r"([a-z\u4e00-\u9fff]{2,})\.?$", str(st.text).lower())
    return m.group(1) if m else ""


_SUBSET_BEFORE = rx.compile(r"(?:其中|当中|这里面|里面有)[^。；;?？\d]{0,30}$|\b(?:of (?:them|whom|those)|"
                            r"of which)\b[^.;?\d]{0,30}$")


def people_subset(r: Reading) -> None:
    """"全院临床医生约1800人，其中每天实际使用AI病历助手的医生约1,100人": a smaller count said of some of the
    people counted is the users (the whole staff had been the users, the ones using it a second value)."""
    first = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)),
                 None)
    sub_ = next((x for x in r.stated if first is not None and x.param == "users" and x.note == "duplicate"
                 and isinstance(x.value, float) and x.start > first.end
                 and 0 < x.value < float(first.value or 0)
                 and _SUBSET_BEFORE.search(r.t[max(0, x.start - 40):x.start])), None)
    if first is None or sub_ is None:
        return
    r.retag(first, note="whole")
    r.retag(sub_, note="")
    r.params["users"] = float(sub_.value or 0)


def people_summed(r: Reading) -> None:
    """"12 attys + 20 staff", "30 lawyers and 45 paralegals": people counted in two groups joined are all the
    users (the first group had been left unread)."""
    users = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)),
                 None)
    if users is None:
        return
    first = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                  and x.end <= users.start and 1 <= x.value < 1e9
                  and re.fullmatch(r"[\d.,]+\s*[kK]?\s*[a-z\u4e00-\u9fff]{2,}\.?", str(x.text))
                  and _PLUS.search(r.t[x.end:users.start])), None)
    if first is None:
        # ("30 lawyers and 45 paralegals": two groups each read as users, of different names)
        second = next((x for x in r.stated if x.param == "users" and x.note == "duplicate"
                       and isinstance(x.value, float) and x.start > users.end
                       and _PLUS.search(r.t[users.end:x.start])
                       and not re.search(r"[,，;；]", r.t[users.end:x.start])
                       and _noun_of(x) and _noun_of(x) != _noun_of(users)), None)
        if second is None:
            return
        first, users = users, second
    total = float(first.value or 0) + float(users.value or 0)
    r.stated.remove(first)
    r.retag(users, start=first.start, value=total, note="", text=r.norm.quote(first.start, users.end))
    r.params["users"] = total


# a room's electrical supply: "one 20A circuit, so ~1.9 kW usable", "the UPS gives us 3 kW"
_CIRCUIT = rx.compile(r"\b(?:circuits?|breakers?|outlets?|sockets?|pdus?|ups|wall power|power strip|"
                      r"\d+\s*a\b|"
                      r"amps?|usable|available to us)\b|插座|电路|断路器|空开")


def circuit_cap(r: Reading) -> bool:
    """"clinic's back room only has one 20A circuit, so ~1.9 kW usable. how many L4s at ~110 W each": a small
    supply said of a room's circuit is the cap the cards are fitted under at the wall, not a site's power
    before its cooling (PUE)."""
    st = next((x for x in r.stated if x.param == "power_mw" and x.note == "" and isinstance(x.value, float)
               and x.value <= 0.01 and not re.search(r"kva|va\b", str(x.text).lower())), None)
    if st is None and "server_power_cap_w" not in r.params:
        return _supply_in_watts(r)
    if st is None or "server_power_cap_w" in r.params:
        return False
    n = r.params.get("servers")
    if isinstance(n, float) and n >= 2:
        return False                     # ("2 nodes … on our ~3 kW circuit": all of them)
    clause = re.split(r"[.;?!。；？！]", r.t[:st.start])[-1] + r.t[st.start:st.end + 24]
    if not _CIRCUIT.search(clause):
        return False
    end = st.end + (m.end() if (m := re.match(r"\s*(?:usable|available)\b", r.t[st.end:])) else 0)
    r.move(st, "server_power_cap_w", value=float(st.value or 0) * 1e6, end=end,
           text=r.norm.quote(st.start, end))
    return False                         # (the intent already the power's)


# a supply said in watts, read first as a card's draw: "call it 1,900 W usable", "限电八千瓦"
_USABLE_AFTER = rx.compile(r"\s*(?:usable|available|max|tops?|of headroom)\b")
_CAP_BEFORE = rx.compile(r"(?:限电|限功率|功率上限|供电上限|最多(?:能)?(?:用|给)|只能用|"
                         r"\b(?:tops? out (?:at|around)|"
                         r"max(?:imum)? of|capped at|limited to))\s*(?:大概|大约|约|about|around|~)?\s*$")


def _supply_in_watts(r: Reading) -> bool:
    """"shop office has a dedicated 20A 120V circuit, call it 1,900 W usable … at ~550 W per card": the
    supply, said in watts like the cards' draw after it, is the cap the cards fit under; the draw said after
    it is each card's."""
    said = [x for x in r.stated if x.param in ("watts_per_gpu", "watts_per_server")
            and x.note in ("", "option", "duplicate")
            and isinstance(x.value, float)]
    cap = next((x for x in said if x.note == "" and (
        _USABLE_AFTER.match(r.t, x.end) or _CAP_BEFORE.search(r.t, max(0, x.start - 12), x.start))), None)
    draw = next((x for x in said if x is not cap and x.start > (cap.end if cap else 0)), None)
    if cap is None or draw is None or float(draw.value or 0) >= float(cap.value or 0):
        return False
    end = m.end() if (m := _USABLE_AFTER.match(r.t, cap.end)) else cap.end
    r.params.pop(str(cap.param), None)
    r.move(cap, "server_power_cap_w", end=end, text=r.norm.quote(cap.start, end))
    r.params[str(draw.param)] = float(draw.value or 0)
    r.retag(draw, note="")
    return True


# a day said once for two volumes: "~1.5M input tokens and 200k output tokens a day"
_AND_OUTPUT_A_DAY = rx.compile(r"\s*(?:and|&|\+|,|plus)\s*(?:about|around|roughly|~|"
                               r"maybe)?\s*[\d.,]+\s*[kmb]?\s*"
                               r"(?:output|out|generated)\s+tok(?:en)?s?\s*(?:a|per|/|each)\s*day\b")
# words a day pushed through, then what comes out: "pushes ~300k words/day of discovery through … outputs 40k
# words/day"
_OUTPUT_SAID_BEFORE = rx.compile(r"\b(?:outputs?|out|generates?|generated|answers?|summar(?:y|ies)|"
                                 r"responses?|"
                                 r"replies|writes?|produces?)\b[^,.;]{0,16}$|输出|生成")


_DAY_TOTAL_BEFORE = rx.compile(r"(?:每天|每日|一天|日均)[^,，。；;?？\d]{0,24}(?:合计|总共|一共|累计|"
                               r"加起来)\s*(?:约|大约|大概)?\s*$|"
                               r"\b(?:a|per) day\b[^,.;?\d]{0,24}\b(?:in total|combined|all told)\s*(?:about|"
                               r"~)?\s*$")


_VOLUME_IN = rx.compile(r"\binput\b|\bprompts?\b|\bin\s+(?:input|prompts?)\b|输入")
_VOLUME_OUT = rx.compile(r"\boutputs?\b|\bcompletions?\b|\bgenerated\b|\bin\s+(?:output|completions?)\b|输出|"
                         r"生成")


def _side_of_volume(r: Reading, x: Stated) -> str:
    """"in" or "out" when a day's volume says its side in its own words or right after them ("40M tokens/day
    in output", "160M input tokens a day"), else ""."""
    own = r.t[x.start:x.end] + " " + re.split(r"[,;，；。.]|\band\b", r.t[x.end:x.end + 16])[0]
    i, o = _VOLUME_IN.search(own) is not None, _VOLUME_OUT.search(own) is not None
    return "in" if i and not o else "out" if o and not i else ""


# a day's input said before its amount, in the same clause: "每天输入英文约200万词", "daily input ~2M tokens"
_FED_A_DAY_BEFORE = rx.compile(r"(?:每天|每日|日均|一天)\s*(?:的)?\s*(?:输入|进)(?![^，,。；;]*输出)|"
                               r"\b(?:daily|per[- ]day|a day's)\s+input\b")


_TO_BEFORE = rx.compile(r"\b(?:to|from|grows?|reach(?:es)?)\s*(?:about|around|~)?\s*$|(?:到|从)\s*$")
_IN_A_DAY_AFTER = rx.compile(r"[^.;?!。；？！\d]{0,40}?(?:\bin\s+(?:a|one|1)\s+day\b|"
                             r"\b(?:a|per|each|every)\s+day\b|/\s*day\b|\bdaily\b|每天|一天)")
_A_DAY_SAID = rx.compile(r"\bdaily\b|\b(?:a|per|each|every)\s+day\b|/\s*day\b|每天|每日|一天|日均")


def day_of_both(r: Reading) -> bool:
    """"clinic does ~1.5M input tokens and 200k output tokens a day": the day said after the second volume is
    the first's too (it had been one request's prompt of 1.5M tokens); "pushes ~300k words/day … outputs maybe
    40k words/day": of two volumes a day, the one before what comes out is what goes in."""
    fed = next((x for x in r.stated if x.note == "" and isinstance(x.value, float)
                and ((x.param == "input_tokens" and x.value >= 1e5) or x.param == "tokens_per_day")
                and _FED_A_DAY_BEFORE.search(r.t[max(0, x.start - 16):x.start] + r.t[x.start:x.end])), None)
    if fed is not None and "input_tokens_per_day" not in r.params and not (
            fed.param == "tokens_per_day" and (
                any(x.param == "tokens_per_day" and x is not fed for x in r.stated)
                # (the day's input alone sizes nothing yet: kept as the day's volume)
                or not any(k in r.params for k in ("queries_per_day", "qps", "users", "queries_per_user")))):
        # ("每天输入约200万token", "每天输入英文约200万词": a day's input, not one prompt nor the output)
        r.move(fed, "input_tokens_per_day")
        return False
    st = next((x for x in r.stated if x.param == "input_tokens" and x.note == ""
               and isinstance(x.value, float) and x.value >= 1e4
               and _AND_OUTPUT_A_DAY.match(r.t, x.end)), None)
    if st is not None and "input_tokens_per_day" not in r.params:
        r.move(st, "input_tokens_per_day")
        return False
    back = next((x for x in r.stated if x.param == "output_tokens" and x.note == ""
                 and isinstance(x.value, float) and x.value >= 1e6), None)
    day = next((x for x in r.stated if x.param == "tokens_per_day" and x.note == ""), None)
    if back is not None and day is not None and day.end <= back.start \
            and "input_tokens_per_day" not in r.params:
        # ("feed about 200 million tokens a day of OCR text into Qwen2.5 7B …, getting about 180 million
        # tokens back": what goes in a day, then what comes out of it)
        r.move(day, "input_tokens_per_day")
        r.move(back, "tokens_per_day")
        return True
    bigs = [x for x in r.stated if x.param == "output_tokens" and x.note in ("", "option", "duplicate")
            and isinstance(x.value, float) and x.value >= 1e6]
    if len(bigs) == 2 and not any(k in r.params for k in ("input_tokens_per_day", "tokens_per_day")) \
            and not re.search(r"[.;?!。；？！]", r.t[bigs[0].end:bigs[1].start]) \
            and _A_DAY_SAID.search(r.t[max(0, bigs[0].start - 40):bigs[1].end + 30]):
        # ("We push about 20M tokens of product text … into the model daily and get back maybe 3M tokens":
        # no answer is millions of tokens long: a day's volumes, what goes in, then what comes back)
        if r.params.get("range_of") == "output_tokens":
            r.params.pop("range_of")
            r.params.pop("range_high", None)
        r.params.pop("output_tokens", None)
        r.move(bigs[0], "input_tokens_per_day", note="")
        r.move(bigs[1], "tokens_per_day", note="")
        return True
    if len(bigs) == 1 and bigs[0].note == "" and not any(k in r.params for k in ("tokens_per_day",
                                                                                 "input_tokens_per_day")):
        # ("we need to write about 5 million tokens of product copy in a day": no answer is that long; the
        # day said after what is written is the volume's)
        big = bigs[0]
        said = _IN_A_DAY_AFTER.match(r.t, big.end)
        if said is not None:
            one_day = next((x for x in r.stated if x.param == "days" and x.value == 1.0
                            and big.end <= x.start < said.end()), None)
            if one_day is not None:
                r.stated.remove(one_day)
                if r.params.get("days") == 1.0 and not any(x.param == "days" for x in r.stated):
                    del r.params["days"]
            r.move(big, "tokens_per_day", end=said.end(), text=r.norm.quote(big.start, said.end()))
            return True
    total = next((x for x in r.stated if x.param == "output_tokens" and x.note == ""
                  and isinstance(x.value, float) and x.value >= 1e4
                  and _DAY_TOTAL_BEFORE.search(r.t[max(0, x.start - 40):x.start])), None)
    if total is not None and "tokens_per_day" not in r.params:
        # ("全院每天影像报告加病历质控合计约90万输出token": the day's total, not one answer's length)
        r.move(total, "tokens_per_day")
        return True
    vols = [x for x in r.stated if x.param == "tokens_per_day" and x.note in ("", "duplicate")
            and isinstance(x.value, float)]
    sides = [_side_of_volume(r, x) for x in vols]
    if len(vols) == 2 and "input_tokens_per_day" not in r.params and (
            sorted(sides) == ["in", "out"]
            or (sides[0] == "" and sides[1] in ("in", "out")
                and not _TO_BEFORE.search(r.t[max(0, vols[0].start - 16):vols[0].start]))):
        # ("burns about 40M tokens/day in output and 160M input tokens a day": each volume's side said with
        # it; "~5M tokens a day of session notes … ~800k output tokens/day": one side said, the other the
        # other's)
        got, out = (vols[0], vols[1]) if sides[0] == "in" or sides[1] == "out" else (vols[1], vols[0])
        r.move(got, "input_tokens_per_day", note="")
        r.params["tokens_per_day"] = float(out.value or 0)
        r.retag(out, note="")
        return False
    if len(vols) == 2 and "input_tokens_per_day" not in r.params \
            and _OUTPUT_SAID_BEFORE.search(r.t[max(0, vols[1].start - 24):vols[1].start]) \
            and not _OUTPUT_SAID_BEFORE.search(r.t[max(0, vols[0].start - 24):vols[0].start]):
        first, second = vols
        r.move(first, "input_tokens_per_day", note="")
        r.params["tokens_per_day"] = float(second.value or 0)
        r.retag(second, note="")
    return False


# a rate said of each person's stream: "if each person wants ~10 tok/s", "~15 tok/s per user",
# "每人每秒10个token"
_RATE_OF_EACH_BEFORE = rx.compile(r"\b(?:each|every|per|a)\s+(?:person|user|stream|seat|reader|one|head)\s*"
                                  r"(?:wants|needs|gets|should get|must get|expects|reads at|at|of|=|:)?\s*"
                                  r"(?:about|around|roughly|~|at least)?\s*$|每(?:个|位)?(?:人|用户|"
                                  r"路)\s*(?:要|需要)?\s*$|"
                                  # ("吐字速度至少每秒25个token": the speed each stream is given)
                                  r"(?:吐字|出字|生成|输出|解码|打字)速度\s*(?:至少|不低于|要|需要|要求|大概|约|得)?\s*$|"
                                  r"\b(?:streaming|typing|reading) speed\s*(?:of|at least|>=?|=|:)?\s*$")
_RATE_OF_EACH_AFTER = rx.compile(r"\s*(?:per|each|a|/)\s*(?:person|user|stream|seat|head)\b")


def stream_rate(r: Reading) -> None:
    """"measured ~45 tok/s per GPU … how many simultaneous users if each person wants ~10 tok/s?": a rate
    said of each person's stream is the time per output token each one needs (tpot_ms), not a second
    measurement."""
    if "tpot_ms" in r.params:
        return
    for st in [x for x in r.stated if x.param in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s")
               and isinstance(x.value, float) and 0 < x.value <= 500]:
        if not (_RATE_OF_EACH_BEFORE.search(r.t[max(0, st.start - 30):st.start])
                or _RATE_OF_EACH_AFTER.match(r.t, st.end)):
            continue
        if st.note == "" and r.params.get(str(st.param)) == st.value and not any(
                x is not st and x.param == st.param for x in r.stated):
            del r.params[str(st.param)]
        r.retag(st, param="tpot_ms", value=1000 / float(st.value or 1), note="")
        r.params["tpot_ms"] = 1000 / float(st.value or 1)
        return


# people said to use it at once: "30 paralegals hitting Llama 3.3 70B at the same time"
_AT_ONCE_AFTER = rx.compile(r"[^,.;?!，。；？！]{0,40}?\b(?:at the same time|at once|all at once|"
                            r"simultaneously|"
                            r"concurrently|in parallel|at the same moment)\b")


def users_at_once(r: Reading) -> None:
    """"worst case 30 paralegals hitting Llama 3.3 70B at the same time": people counted with "at once" after
    them, in their clause, are the concurrent users (they had been a day's users)."""
    if "concurrent_users" in r.params:
        return
    st = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)
               and _AT_ONCE_AFTER.match(r.masked, x.end)), None)
    if st is None or sum(x.param == "users" for x in r.stated) > 1:
        return
    r.move(st, "concurrent_users")


# a draw said of all the cards together: "2 L4 draw ~200 W total", "~450 W at the wall", "~700 W for the
# whole server" ("all-in" is left out: "1.2 kW/GPU all-in" is each card's share of everything)
_WATTS_TOTAL = rx.compile(r"\s*(?:total|in total|combined|altogether|at the (?:wall|plug|socket)|"
                          r"from the wall|"
                          r"for the (?:whole |entire )?(?:box|server|node|machine|rig|system|workstation)|"
                          r"(?:for |of )?the (?:whole|entire) (?:box|server|node|machine|rig|"
                          r"system))(?![a-z])")
_BOX_SAID = rx.compile(r"\b(?:box|server|node|rig|machine|workstation|chassis|tower)s?\b|服务器|整机|机器|"
                       r"[&_]")


_ONE_BOX_OF = rx.compile(r"([\d.]+)\s*(?:x\s*)?#+\s*(?:box|server|node|rig|machine|workstation)")


def one_box_of(r: Reading) -> None:
    """"2 L4 box draws ~200 W": one box of that many cards, not 2 servers (the noun singular)."""
    st = next((x for x in r.stated if x.param == "servers" and x.note == "" and isinstance(x.value, float)
               and 1 < x.value <= 16 and "gpus_per_server" not in r.params and "gpus" not in r.params
               and _ONE_BOX_OF.fullmatch(r.masked[x.start:x.end])), None)
    if st is None:
        return
    r.params["servers"] = 1.0
    r.retag(st, param="gpus_per_server")
    r.params["gpus_per_server"] = float(st.value or 0)


_PER_CARD_AFTER = rx.compile(r"\s*(?:/|per|each|a|an)\s*(?:gpu|card|chip|accelerator)\b|\s*each\b")


def total_watts(r: Reading) -> None:
    """"2 L4 box draws ~200 W total", "RTX 4090 box … ~450 W at the wall": a draw said of the whole machine is
    its server's, not each card's (a machine named); of the cards counted together, each one's share."""
    for st in [x for x in r.stated if x.param == "watts_per_gpu" and x.note == ""
               and isinstance(x.value, float)
               and not re.search(r"\b(?:each|per|apiece|a piece)\b|每|/", str(x.text))]:
        m = _WATTS_TOTAL.match(r.t, st.end)
        # (not each card's: "each one pulls ~1 kW at the wall", "1,400w per card total server")
        if m is None or _PER_CARD_AFTER.match(r.t, m.end()) \
                or re.search(r"\b(?:each|per|apiece)\b|/\s*(?:gpu|card)", r.t[max(0, st.start - 24):m.end()]):
            continue
        if _BOX_SAID.search(r.masked) or "gpus_per_server" in r.params:
            r.move(st, "watts_per_server", end=m.end(), text=r.norm.quote(st.start, m.end()))
        elif isinstance(r.params.get("gpus"), float) and float(r.params["gpus"]) >= 1:
            r.move(st, "watts_per_gpu", value=float(st.value or 0) / float(r.params["gpus"]), end=m.end(),
                   text=r.norm.quote(st.start, m.end()))
        return


_PERIOD_SAID = rx.compile(r"\b(?:a|per|each|every)\s+(?:day|week|month)\b|/\s*(?:day|d|week|wk|month|mo)\b|"
                          r"\b(?:daily|weekly|monthly)\b|每天|每周|每月|一天|一个月")
_EACH_ONES = rx.compile(r"\b(?:each|per|apiece)\b|/\s*(?:user|person|head|seat|dev|sub|player|member)\b|"
                        r"每人|每个|人均")


def items_of_nobody(r: Reading) -> bool:
    """"We get ~45,000 FNOL claims a month … how many cards?": requests a period with no users counted are the
    load itself, not one user's requests (it had been read so, and answered how much memory one card has)."""
    if "users" in r.params or "queries_per_day" in r.params or r.params.get("ask_users") \
            or any(k in r.params for k in ("usd_per_user_month", "cny_per_user_month")) \
            or any(k in r.params for k in ("concurrent_users", "qps", "tokens_per_day", "gpus", "servers")):
        return False
    st = next((x for x in r.stated if x.param == "queries_per_user" and x.note == ""
               and isinstance(x.value, float) and x.value >= 100
               and _PERIOD_SAID.search(str(x.text)) and not _EACH_ONES.search(str(x.text))), None)
    if st is None:
        return False
    r.move(st, "queries_per_day")
    return True


# a day's requests said of everyone together: "maybe 400 queries a day total", "3k requests/day across the
# firm"
_ALL_TOLD = rx.compile(r"\s*(?:total|in total|altogether|combined|all told|overall|firm-?wide|company-?wide|"
                       r"across (?:the|all|everyone|everybody)\b|for (?:the whole|everyone|everybody|"
                       r"all of)\b)")


def day_total(r: Reading) -> None:
    """"12 attys + 20 staff, maybe 400 queries a day total": a day's requests said to be everyone's together
    are the day's load, not each user's."""
    for st in [x for x in r.stated if x.param == "queries_per_user" and x.note == ""]:
        if _ALL_TOLD.match(r.t, st.end) and "queries_per_day" not in r.params:
            end = _ALL_TOLD.match(r.t, st.end).end()    # type: ignore[union-attr]
            r.move(st, "queries_per_day", end=end, text=r.norm.quote(st.start, end))
            return


# the users grown by a multiple: "what happens at 50x", "if traffic grows 50x", "用户涨50倍"
_GROWN_BY = rx.compile(r"(?:\bat|\bgrows?|\bgrowing|\bgrew|\bscales?|\bscaling|\bjumps?|\bincreases?|\bgoes|"
                       r"\bgo|\bhits?|\bmultipl(?:y|ies)|涨|增长|增加|翻|扩大|扩|变成|长)\s*"
                       r"(?:了|到|by|to|up)?\s*(?:~|about|around|roughly|大概|约)?\s*$")
_FLEET_ASKED = rx.compile(r"\bhow many\b|多少|几张|几台")


def users_times(r: Reading) -> None:
    """"currently 6 cards handle our ~3k DAU … what happens at 50x? how many cards then?": today's users
    grown by the multiple said are where they end up (users_to), today's fleet scaled with them."""
    if "users_to" in r.params or not isinstance(r.params.get("users"), float) \
            or not ("gpus" in r.params or "servers" in r.params) or not _FLEET_ASKED.search(r.t):
        return
    users = next((x for x in r.stated if x.param == "users" and x.note == ""), None)
    st = next((x for x in r.stated if x.param == "factor" and x.note == "" and isinstance(x.value, float)
               and 1 < x.value <= 1e4 and users is not None and x.start > users.end
               and _GROWN_BY.search(r.t[max(0, x.start - 16):x.start])), None)
    if st is None:
        return
    r.params.pop("factor", None)
    r.params["users_to"] = float(r.params["users"]) * float(st.value or 0)
    r.retag(st, param="users_to", value=r.params["users_to"], note="")


# "We plan 2 crore users by 2027, now we are 50 lakh": a planned count first, today's after it, bare
_NOW_WE = rx.compile(r"(?:\bnow|\bcurrently|\btoday|\bright now)\s*,?\s*(?:we\s*(?:are|'re|have|got)|we're|"
                     r"there are|it's|it is)?\s*(?:at\s*|about\s*|around\s*|~\s*)?$|"
                     r"(?:现在|目前|当前|如今)\s*(?:是|有|约|大概)?\s*$")
_PLANNED = rx.compile(r"\bby\s*(?:20\d\d|next year|the end)|\bplan|\btarget|\bgoal|\bexpect|"
                      r"预计|目标|计划|明年|到\s*20\d\d")


def users_now_after(r: Reading) -> None:
    """"We plan 2 crore users by 2027, now we are 50 lakh": the count planned is where the users go,
    the bare count said of now is today's."""
    if "users_to" in r.params or "users" not in r.params:
        return
    first = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)),
                 None)
    if first is None or not _PLANNED.search(r.t[max(0, first.start - 24):first.end + 16]):
        return
    now = next((x for x in r.stated if x.param is None and x.note == "" and x.start > first.end
                and isinstance(x.value, float) and 0 < x.value < float(first.value or 0)
                and _NOW_WE.search(r.t[max(0, x.start - 20):x.start])), None)
    if now is None:
        return
    r.params["users_to"], r.params["users"] = float(first.value or 0), float(now.value or 0)
    r.retag(first, param="users_to")
    r.retag(now, param="users")


def moved_rent(r: Reading) -> None:
    """"H100 租金从 8 美元一小时跌到 2 美元了": the amount a rent moved to is the rent's other value
    (it was read as a budget of $2)."""
    for st in [x for x in r.stated if x.param in ("budget_usd", "budget_cny", "price_usd", "price_cny")
               and x.note == "" and isinstance(x.value, float)
               and _MOVES_TO.search(r.t[max(0, x.start - 8):x.start])]:
        first = next((x for x in r.stated if x.end <= st.start and x.note == ""
                      and x.param in ("rent_usd_per_hour", "rent_cny_per_hour")), None)
        if first is not None and st.start - first.end <= 12:
            _take_as_other(r, first, st, float(st.value or 0))


def cents_for_power(r: Reading, intent: str | None) -> None:
    """"PUE 1.4 vs 1.15 on 20MW IT - how much do we save a year at $0.07?": in a power or energy
    question, an amount too small for a card's price is the price of a kWh."""
    if intent not in ("power", "energy") or any(k.startswith("electricity_") for k in r.params):
        return
    for param, most, to in (("price_usd", 1.0, "electricity_usd_per_kwh"),
                            ("price_cny", 5.0, "electricity_cny_per_kwh")):
        st = next((x for x in r.stated if x.param == param and x.note == ""), None)
        if st is not None and isinstance(st.value, float) and 0 < st.value < most:
            del r.params[param]
            r.params[to] = st.value
            r.retag(st, param=to)


_DAU_TENTHS = rx.compile(r"(?:日活|dau)[^,，。;；\d]{0,6}?(?:是|为|占)?\s*(?:月活|mau|周活|wau)的?\s*"
                         # ("日活占月活比例约25%": the share's word between)
                         r"(?:比例|比率|占比|比重)?\s*"
                         r"(?:(?:大概|大约|约|approx\.?|approximately|about|around|roughly|~|≈|is|=|:|at)\s*){0,2}"
                         # ("日活是周活的1/4左右": a fraction)
                         # ("日活一般是周活的三分之一": a fraction in words)
                         r"(?:([一二三四五六七八九])\s*成|(\d+(?:\.\d+)?)\s*%|(\d)\s*/\s*(\d{1,2})(?![\d.])|"
                         r"([二三四五六七八九十])分之([一二三四五六七八九]))")


def dau_tenths(r: Reading) -> None:
    """"日活大概是月活的三成": the daily share of monthly (or weekly) users, in tenths."""
    m = _DAU_TENTHS.search(r.t)
    if m is None:
        return
    share = (_CN_DIGIT.index(m.group(1)) + 1) / 10 if m.group(1) else float(m.group(2)) / 100 if m.group(2) \
        else float(m.group(3)) / float(m.group(4)) if m.group(3) \
        else (_CN_DIGIT.index(m.group(6)) + 1) / ("二三四五六七八九十".index(m.group(5)) + 2)
    if not 0 < share <= 1:
        return
    param = "dau_per_wau" if re.search(r"周活|wau", m.group(0)) else "dau_per_mau"
    _take_over(r, m.start(), m.end(), param, share)


_EXACTLY = rx.compile(r"(?:exactly|precisely|if it (?:were|was|is)|let'?s say|say|assume|"
                      r"(?:let'?s |we'?ll )?call it|确切(?:地)?说?是?|"
                      r"准确(?:地)?说?是?|假设是?|按)\s*$")


_EXACT_IN_BRACKETS = rx.compile(r"\s*[（(]\s*(?:call it|say|so|exactly|precisely|more like)?\s*")


def vague_yields(r: Reading) -> None:
    """"几千张算不算超算？一万张加起来是多少EFLOPS？": a vague amount and an exact one of the same
    quantity: the exact one is the value, the vague one is named as vague."""
    for st in [x for x in r.stated if x.start in r.vague and x.param and x.note == ""]:
        exact = next((x for x in r.stated if x.param == st.param and x.note == "duplicate"
                      and x.start not in r.vague and isinstance(x.value, float)), None)
        if exact is None:
            # "'a few thousand' H100s. If it were exactly three thousand": the exact one said of it
            # ("a few hundred of them (call it 350)": the exact one in brackets right after)
            exact = next((x for x in r.stated if x.param is None and x.start > st.end and x.note == ""
                          and isinstance(x.value, float)
                          and (_EXACTLY.search(r.t[max(0, x.start - 20):x.start])
                               or (_EXACT_IN_BRACKETS.fullmatch(r.t[st.end:x.start])
                                   and re.match(r"\s*[)）]", r.t[x.end:x.end + 2])))), None)
        if exact is None:
            continue
        r.params[str(st.param)] = float(exact.value)  # type: ignore[arg-type]
        r.retag(st, note="vague")
        r.retag(exact, param=st.param, note="")


# the exact amount a vague one is put as, right after it: "a few hundred dispatchers, call it 300"
# ("每天大概几万次AI排版请求，按5万算吧": the amount to count with, in Chinese too)
_CALLED_BEFORE = rx.compile(r"(?:\b(?:let'?s |we'?ll |i'?d )?call it|\blet'?s say|\bsay|\bso|"
                            r"(?:就|先|姑且|暂且|暂时)?按(?:照)?)\s*"
                            r"(?:~|about|around|roughly)?\s*$")


def vague_called(r: Reading, *, first: bool) -> None:
    """"We have a few hundred dispatchers, call it 300": a vague amount no words gave a parameter yet, the
    exact one put right after it. First (before the counted nouns are read): the vague span carries the exact
    value, so its words ("dispatchers") read it; then the exact span takes the parameter they gave, and
    the vague one is named as vague."""
    if first:
        # ("一张才5万多按5.2万": the vague amount inside the words that gave its parameter)
        for st in [x for x in r.stated if (any(x.start <= k < x.end for k in r.vague)
                                           or re.search(r"\d\s*[万千百]?\s*(?:多|来|左右|出头|上下)$",
                                                        str(x.text)))
                   and x.param is not None
                   and x.note == "" and isinstance(x.value, float) and r.params.get(str(x.param)) == x.value]:
            # ("每天大概几万次AI排版请求，按5万算吧": the vague amount's words read it, the exact one said
            # after)
            exact = next((x for x in r.stated if x.param is None and x.note == ""
                          and isinstance(x.value, float) and 0 < x.start - st.end <= 24
                          and not re.search(r"[.;?!。；？！]", r.t[st.end:x.start])
                          and _CALLED_BEFORE.search(r.t[max(0, x.start - 16):x.start])), None)
            if exact is not None:
                r.params[str(st.param)] = float(exact.value or 0)
                r.retag(exact, param=st.param, note="")
                r.retag(st, note="vague")
        for st in [x for x in r.stated if x.start in r.vague and x.param is None and x.note == ""
                   and isinstance(x.value, float)]:
            exact = next((x for x in r.stated if x.param is None and x.note == ""
                          and isinstance(x.value, float) and 0 < x.start - st.end <= 24
                          and not re.search(r"[.;?!。；？！]", r.t[st.end:x.start])
                          and _CALLED_BEFORE.search(r.t[max(0, x.start - 16):x.start])), None)
            if exact is None:
                continue
            del r.vague[st.start]
            r.retag(st, value=exact.value)
            r.retag(exact, note="restated")
            r.called.append((st.start, exact.start))
        return
    for vs, es in r.called:
        vague = next((x for x in r.stated if x.start == vs), None)
        exact = next((x for x in r.stated if x.start == es and x.param is None), None)
        if vague is None or exact is None or vague.param is None or vague.note != "":
            if exact is not None:
                r.retag(exact, note="")
            continue
        r.retag(exact, param=vague.param, note="")
        r.retag(vague, note="vague")


def vague_left(r: Reading) -> None:
    """A vague amount that is a second value, or that nothing reads ("I guess a few thousand of
    them would count", "cost a few tens of millions"): named as vague, not as an unread number."""
    r.stated = [replace(x, note="vague") if x.start in r.vague and x.note == "duplicate" else
                replace(x, note="vague_only") if x.start in r.vague and x.param is None and x.note == ""
                else x for x in r.stated]


def corrections(r: Reading) -> None:
    """"5M DAU … sorry, I meant 8M DAU not 5M", "MFU 按 40%……不对，应该是 35%": a value stated right
    after a correction replaces the earlier value of the same quantity, which is named as corrected;
    else (""half a million tokens a minute... no wait, 2 billion a day") the numbers of the clause
    the correction retracts are."""
    replaced = _replace_corrected(r)
    for m in _CORRECTION.finditer(r.t):
        if any(m.start() < end and start < m.end() for start, end in replaced):
            continue                        # ("wait no, more like 38%": the cue handled, its value replaced)
        end = m.start()
        while end > 0 and r.t[end - 1] in " .,，、…;；—-":
            end -= 1
        start = max((b.end() for b in _CLAUSE_END.finditer(r.t, 0, end)), default=0)
        if not any(s.start >= m.end() and s.param is not None for s in r.stated) and not any(
                p[2] >= m.end() for p in r.pending):
            continue                        # nothing stated after it: not a correction of numbers
        stop = next((c.start() for c in _CLAUSE_END.finditer(r.t, m.end())), len(r.t))
        olds = [s for s in r.stated if start <= s.start < end and s.param not in NAME_PARAMS and s.note == ""]
        said = {s.param for s in r.stated if m.end() <= s.start < stop and s.param is not None}
        if any(m.end() <= p[2] < stop and p[0] in _DURATION_ROLES
               and _DOUBLING_BEFORE.search(r.t[max(0, p[2] - 24):p[2]]) for p in r.pending):
            said.add("doubling_months")     # ("I mean it doubles every 4 months": a doubling, read later)
        if any(m.end() <= p[2] < stop and p[0] == "tokens" for p in r.pending):
            # ("… with 1k-token outputs... sorry, I meant 3k tokens": a length said again, its side still
            # to be read; the lengths before are what it retracts, not the load)
            said.update({"input_tokens", "output_tokens"} & {s.param for s in olds})
        doubling = next((s for s in olds if s.param == "doubling_months"), None)
        again = next((p for p in r.pending if m.end() <= p[2] <= m.end() + 24 and p[0] in _DURATION_ROLES),
                     None)
        if doubling is not None and again is not None and not said & _GROWTH:
            # "if it doubles every 6 months? wait no, every 5.5 months": the doubling time said again
            _doubling_again(r, again)
            said.add("doubling_months")
        kin = [s for s in olds if s.param in said or (s.param in _GROWTH and said & _GROWTH)]
        if kin:
            # ("users are at 200k right now and growing 15% a month, er sorry, I mean it doubles every 4
            # months": only what is said again is retracted, the users stand)
            for st in kin:
                r.retag(st, note="corrected")
                if st.param is not None and r.params.get(st.param) == st.value:
                    del r.params[st.param]
            continue
        for p in [p for p in r.pending if start <= p[2] < end]:
            r.pending.remove(p)
            r.add(None, p[4], p[2], p[3], note="corrected")
        for st in [s for s in r.stated if start <= s.start < end
                   and s.param not in NAME_PARAMS and s.note == ""]:
            r.retag(st, note="corrected")
            if st.param is not None and r.params.get(st.param) == st.value:
                del r.params[st.param]
        for st in [s for s in r.stated if s.start >= m.end() and s.note == "duplicate"
                   and s.param is not None and s.param not in r.params]:
            r.params[st.param] = st.value  # type: ignore[index, assignment]
            r.retag(st, note="")


_UNIT_WORD = rx.compile(r"([a-z/%]+|[\u4e00-\u9fff]+)\s*$")


def _unit_word(text: str) -> str:
    m = _UNIT_WORD.search(text.lower())
    return m.group(1) if m else ""


def _unit_words(text: str) -> set[str]:
    """The unit said right after the number and the span's last word ("14k tok/s per server": tok/s and
    server)."""
    first = re.search(r"\d\s*[kmb万亿]?\s*([a-z/%]+|[\u4e00-\u9fff]+)", text.lower())
    return {w for w in (_unit_word(text), first.group(1) if first else "") if w}


_NOT_AFTER = rx.compile(r"\s*(?:[,，]\s*)?(?:not|instead of|rather than|而不是|不是)\s*")


def _named_after_not(r: Reading, at: int) -> Stated | None:
    """The number named right after "not" at `at` ("meant 30M not 3M": the 3M), if one is."""
    said = _NOT_AFTER.match(r.t, at)
    return None if said is None else next(
        (s for s in r.stated if s.start == said.end() and isinstance(s.value, float)), None)


def _near_value(a: float, b: float) -> bool:
    return a > 0 and b > 0 and 0.2 <= a / b <= 5


def _replace_corrected(r: Reading) -> list[tuple[int, int]]:
    """The corrections whose new value has an earlier value of the same quantity: that value
    replaced and named as corrected, and "not <the old value>" after it named too. The same
    quantity is the same parameter; for a bare new value ("DAU/MAU 0.3 — sorry, 0.25", "单价 12 万
    元……应该是十一万") the nearest earlier value of its size, and for one read otherwise ("生成 5000
    token……更正：3000 token") the nearest earlier one with the same unit. Numbers whose reading waits
    ("40kW……不对，上限是 35kW") are matched by what they wait as. Returns the cues handled."""
    done: list[tuple[int, int]] = []
    for m in _CORRECTS.finditer(r.t):
        new = next((s for s in r.stated if m.end() <= s.start <= m.end() + 30 and s.param not in NAME_PARAMS
                    and isinstance(s.value, float) and s.note in ("", "duplicate")), None)
        waiting = next((p for p in r.pending if m.end() <= p[2] <= m.end() + 30), None)
        if waiting is not None and (new is None or waiting[2] < new.start):
            old_p = next((p for p in reversed(r.pending) if p[3] <= m.start() and p[0] == waiting[0]
                          and p[4] != waiting[4]), None)
            if old_p is not None:
                r.pending.remove(old_p)
                r.add(None, old_p[4], old_p[2], old_p[3], note="corrected")
                done.append((m.start(), m.end()))
                if old_p[0] in _DURATION_ROLES \
                        and _DOUBLING_BEFORE.search(r.t[max(0, old_p[2] - 24):old_p[2]]):
                    # "if it doubles every 6 months? wait no, every 5.5 months": the doubling time said again
                    _doubling_again(r, waiting)
            elif waiting[0] == "percent" and (old := next((
                    x for x in reversed(r.stated) if x.start < m.start() and x.note in ("", "duplicate")
                    and x.param is not None and x.param not in NAME_PARAMS and "%" in str(x.text)
                    and isinstance(x.value, float) and 0 < x.value <= 1
                    and any(w in str(x.text).lower() for w in re.findall(r"[a-z/]{3,}|[\u4e00-\u9fff]{2,}",
                                                                          m.group().lower())
                            if w not in ("sorry", "actually", "change", "changed", "make", "that"))), None)):
                # "DAU/MAU 20% … 改一下：DAU/MAU换成25%": the share the correction names, its new value
                r.pending.remove(waiting)
                r.retag(old, note="corrected")
                if r.params.get(str(old.param)) == old.value:
                    del r.params[str(old.param)]
                r.add(old.param, waiting[4] / 100, waiting[2], waiting[3])
                done.append((m.start(), m.end()))
            elif (again := _named_after_not(r, waiting[3])) is not None:
                # "sorry, meant 30M not 3M": the old value named after "not" (the new one's reading waits)
                old = next((x for x in reversed(r.stated) if x is not again
                            and x.start < m.start() and x.value == again.value and x.param is not None
                            and x.note in ("", "duplicate")), None)
                if old is not None:
                    r.pending.remove(waiting)
                    r.retag(old, note="corrected")
                    if r.params.get(str(old.param)) == old.value:
                        del r.params[str(old.param)]
                    r.retag(again, param=None, note="corrected")
                    r.add(old.param, waiting[4], waiting[2], waiting[3])
                    done.append((m.start(), m.end()))
            continue
        if new is None or any(m.end() <= s.start < new.start and s.param is not None
                              and s.param not in NAME_PARAMS for s in r.stated):
            continue
        earlier = [s for s in reversed(r.stated) if s.start < m.start() and s.note in ("", "duplicate")
                   and s is not new and s.param is not None and s.param not in NAME_PARAMS
                   and isinstance(s.value, float)]
        old = next((s for s in earlier if s.param == new.param), None)
        last = earlier[0] if earlier else None
        if last is not None and last is not old and m.start() - last.end <= 12 \
                and (last.param is None or new.param is None or last.param == new.param
                     or "%" in str(last.text) or str(last.text)[:1] == str(new.text)[:1] == "$") \
                and _near_value(float(new.value), float(last.value)):     # type: ignore[arg-type]
            # ("output's, uh, $0.60, no, $0.50 per million tokens": the value right before the cue is the one
            # corrected, not an earlier one read as the same parameter)
            old = last
        if old is None and new.param is None:
            old = next((s for s in earlier if m.start() - s.end <= 80
                        and _near_value(float(new.value), float(s.value))), None)   # type: ignore[arg-type]
            num = re.match(r"[\d.,]*\d\s*[kmb万亿]?", r.t[new.start:])
            at = new.start + num.end() if num else new.end
            again = _named_after_not(r, at) if old is None else None
            if again is not None:
                # "sorry, meant 30M not 3M": the old value named after "not", however far from the new
                old = next((s for s in earlier if s.value == again.value), None)
                if old is not None:
                    r.retag(again, param=None, note="corrected")
                    new = r.retag(new, end=at, text=r.norm.quote(new.start, at))
        elif old is None:
            unit = _unit_words(new.text)
            old = next((s for s in earlier if m.start() - s.end <= 80 and unit & _unit_words(s.text)
                        and _near_value(float(new.value), float(s.value))), None)  # type: ignore[arg-type]
        if old is None or old.value == new.value:
            continue
        param = str(old.param)
        if new.param is not None and new.param != param:
            r.params.pop(str(new.param), None)
        # the new value takes the old one's place: the value read, or a second value of it
        # ("功耗 14.3kW，机柜上限 40kW……不对，上限是 35kW": the limit corrected, the draw kept)
        r.retag(old, note="corrected")
        r.retag(new, param=param, note=old.note)
        if old.note == "":
            r.params[param] = float(new.value)  # type: ignore[arg-type]
        # "8M DAU not 5M", "是人均 6 次不是 8 次": the old value said again, retracted with it
        for again in [s for s in r.stated if s.start >= new.end and s.note in ("", "duplicate")
                      and _NOT_THAT.search(r.t[new.end:s.start]) and (s.param in (None, param))]:
            r.retag(again, param=None, note="corrected")
        for p in [p for p in r.pending if new.end <= p[2] and _NOT_THAT.search(r.t[new.end:p[2]])]:
            r.pending.remove(p)
            r.add(None, p[4], p[2], p[3], note="corrected")
        done.append((m.start(), m.end()))
    return done


_SHARE_ON_CHIPS = rx.compile(
    r"(一半|half|三分之一|a third|四分之一|a quarter|三分之二|two thirds|(\d+(?:\.\d+)?)\s*%|"
    # a fraction as a sheet's cell writes it: "share_on_gpus: 0.6" (read "0.6 of it on gpus")
    r"(?<![\d.])0?\.(\d+)(?=\s*of (?:it|that|this|(?:the |our )?(?:budget|capex|money|spend)))|"
    r"[一二三四五六七八九]成)"
    r"\s*(?:左右|上下|or so)?"           # "一半左右花在卡上": a hedge after the share
    r"['’\"”]?"                          # ("of which 'not less than 60%' must be applied to": quoted)
    r"\s*(?:of (?:it|that|this|(?:the |our )?(?:budget|capex|money|spend|envelope|appropriation|outlay|"
    r"allocation|funds?|funding|programme|program|pot|kitty|grant|award|cap|ceiling))\s*|"
    # ("with half the budget on cards")
    r"(?:the |our )(?:budget|capex|money|spend|funds?|funding)\s*|"
    r"的\s*(?:预算|钱|资本开支|投资)?\s*|(?:预算|钱|资本开支|投资)\s*)?"
    # ("六成能花在卡上": what the share can go on)
    r"(?:计划|打算|准备|预计|拟|能|可以|可|要)?\s*"
    # ("40% of the budget actually goes to GPUs")
    r"(?:(?:actually|really|realistically|typically|usually|only|probably|roughly) )?"
    r"(?:is |are |will be |would be |goes |(?:can|could|will|would|should) (?=go)|)?"
    # ("一半钱花卡上": 花 without 在, the cards right after)
    # ("一半砸GPU", "60%投算力", "拿40%买柜子": the money thrown at what it buys)
    r"(?:花在|用在|用于|用来|拿来|拿去|投在|投入|砸在|砸到|砸|投|买|留给|留作|给|划给|分给|出来(?:搞|买|做|投|租)?|是|为|花|"
    # ("of which roughly 70% may be allocated to accelerators")
    # ("… of which roughly half is to be spent on accelerators")
    r"(?:(?:may|can|could|will|would|should|is|are|must|shall) )?(?:to )?(?:be )?"
    r"(?:allocated|earmarked|budgeted|set aside|applied|devoted|dedicated|committed) (?:to|for|on)|"
    # ("of which 60% may be spent on accelerators"; "assume 40% servers": the share, what it buys right after)
    r"(?:(?:may|can|could|will|would|should|is|are) )?(?:to )?(?:be )?spen[dt] on|"
    # ("about 70% of it we can spend for accelerators")
    r"(?:we|they|you|i) (?:(?:can|could|will|would|should|may) )?spend (?:on|for)|"
    r"(?<=%)(?=\s+(?:servers?|gpus?|accelerators?|chips?)\b)|"
    # ("if 60% of it is GPUs": the share said to be what it buys)
    r"(?<=\bis )(?=(?:gpus?|accelerators?|chips?|cards?)\b)|"
    r"(?<=\bare )(?=(?:gpus?|accelerators?|chips?|cards?)\b)|"
    # ("If half of it went on GPUs": the same, said of money spent)
    r"go(?:es)? (?:in)?to|going (?:in)?to|go(?:es)? on|going on|went (?:in)?to|went on|into|to|on|for|buys?|"
    r"toward|towards)\s*"
    r"(?:(?:在)?(?:海外|国外|境外|国内|overseas|abroad)\s*)?(?:购买|买|采购|购|搞|上|建|配|租用|租)?\s*"
    r"(?:the )?(?:ai\s*)?"
    r"(?:(?:subsidi[sz]ed|dedicated|shared|public|cloud|rented|sovereign)\s+)?"
    r"(?=gpus?|卡|加速卡|加速器|芯片|显卡|算力|硬件|设备|服务器|整机|整柜|机柜|柜子|hardware|equipment|compute|"
    r"accel(?:erators?|s)?\b|chips?|cards?|"
    r"servers?|racks?|#|&)")
# "GPU 占比约 50%", "卡占总投资 60%", "accelerators' share is 60%": the chips named first
_CHIPS_SHARE = rx.compile(
    # ("if compute is ~60% of spend": compute, rented or bought, is the accelerators' share)
    r"(?:gpus?|卡|加速卡|加速器|芯片|显卡|accelerators?|chips?|\bcompute|算力|#+|设备|硬件|\bhardware|\bequipment)\s*"
    # ("If the GPUs themselves are maybe 60% of the cost": the cards alone, hedged)
    r"(?:'s?)?\s*(?:的)?\s*(?:(?:themselves|alone|by themselves)\s+)?"
    r"(?:(?:服务器|整机|servers?)\s*)?(?:(?:采购|购置|purchases?|spend(?:ing)?)\s*)?(?:的)?\s*(?:部分|份额)?\s*"
    # ("算力部分按六成": the share it is counted at)
    r"(?:占比|(?:只|仅|大概|约)?占(?:了)?(?:总投资|总投入|整体预算|总预算|全部预算|预算|资本开支|capex|总额)?(?:的)?"
    r"(?:比例|比重)?|"
    r"(?<=部分)\s*(?:按|取|算|给)|"
    r"(?:share|portion|part)(?: of (?:the )?(?:budget|capex|spend))?(?: is)?|"
    r"(?:(?:typically|usually|generally|normally|often) )?(?:would |will )?"
    r"(?:get|gets|take|takes|eat|eats|eat up|account for|accounts for|make up|makes up|"
    r"represents?|comprises?|constitutes?|"
    r"end up(?: being| at)?|ends up(?: being| at)?|come to|comes to|"
    r"are|is|be|占用|拿走|花掉)(?= *(?:about|around|roughly|maybe|probably|likely|~|约|大约)? *\d))\s*"
    r"(?:约|大约|大概|about|around|roughly|maybe|probably|likely|~|为|是)?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*%|(一半|三分之一|三分之二|四分之一|[一二三四五六七八九]成))")


_FRACTION_WORDS = {"一半": 0.5, "half": 0.5, "三分之一": 1 / 3, "a third": 1 / 3, "四分之一": 0.25,
                   "a quarter": 0.25, "三分之二": 2 / 3, "two thirds": 2 / 3}


# "peak 12k qps, avg is about a third of that": the average said as a fraction of the peak
_AVG_FRACTION = rx.compile(r"\b(?:avg|average|mean|typical(?: load)?)\s+(?:load\s+|qps\s+|traffic\s+)?"
                           r"(?:is\s+|=\s*|at\s+)?(?:about\s+|roughly\s+|around\s+|maybe\s+|~\s*)?"
                           r"(?:a|one)[- ](half|third|quarter|fourth|fifth)\s+of\s+"
                           r"(?:that|it|this|the peak|peak)")
_PEAK_OVER_AVG = {"half": 2.0, "third": 3.0, "quarter": 4.0, "fourth": 4.0, "fifth": 5.0}


def avg_fraction_of_peak(r: Reading) -> None:
    """"peak 12k qps, avg is about a third of that": the peak-to-average factor (3), the rate the
    peak. So too "18k items/s, about 3x the daily average" (the rate said just before its factor
    over the average) and "高峰每秒1.2万条，平均是高峰的三分之一" (the average said of the peak)."""
    pf = next((st for st in r.stated if st.param == "peak_factor" and st.note == ""), None)
    rate = next((st for st in r.stated if st.param == "qps" and st.note == ""), None)
    if pf is not None and rate is not None and "avg_of_peak" not in r.params:
        said = str(pf.text).lower()
        # (not "avg 800 QPS, peak is 3x average" nor "45 qps avg, peak/avg 2.5": the rate is the average)
        of_rate = re.search(r"average|avg|mean", said) is not None and 0 <= pf.start - rate.end <= 24 \
            and not re.search(r"peak|峰", said) \
            and not re.search(r"[.;。；!?？]|peak|峰|avg|average|mean|平均", r.t[rate.end:pf.start]) \
            and not re.search(r"avg|average|mean|平均|均值", r.t[max(0, rate.start - 12):rate.start])
        of_peak = re.search(r"(?:高峰|峰值)的|\bpeak\b", said) is not None and re.search(
            r"平均|average|avg|mean", said) is not None and bool(r.params.get("qps_is_peak"))
        if of_rate or of_peak:
            r.params["qps_is_peak"] = r.params["avg_of_peak"] = True
            return
    if "peak_factor" in r.params or "qps" not in r.params or not (m := _AVG_FRACTION.search(r.t)):
        return
    r.params["qps_is_peak"] = r.params["avg_of_peak"] = True
    _take_over(r, m.start(), m.end(), "peak_factor", _PEAK_OVER_AVG[m.group(1)])


def _take_over(r: Reading, start: int, end: int, param: str, value: float,
               a: int | None = None, b: int | None = None) -> None:
    """A whole-question reading ("half of it on GPUs", "15% off") replaces what the numbers
    inside its words were read as, and becomes one span of its own (a..b, default all)."""
    inside = [s for s in r.stated if start <= s.start < end]
    old = next((s for s in inside if s.note == "corrected"), None)
    if old is not None:
        # a value the question corrected later is not read again; its correction is, in its place
        # ("60% goes to GPUs — actually 55%", "15% off — correction, 20% off")
        _corrected_take_over(r, old, param, value)
        return
    r.stated = [s for s in r.stated if s not in inside]
    r.pending = [p for p in r.pending if not start <= p[2] < end]
    for s in inside:
        if s.param and r.params.get(s.param) == s.value:
            del r.params[s.param]
    r.add(param, value, start if a is None else a, end if b is None else b)


# capacity held back: "keep 30% headroom", "25% headroom", "留30%余量", "冗余按20%留"
_HEADROOM = rx.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:of\s+)?(?:headroom|buffer|spare capacity|slack|余量|冗余|"
                       r"富余)|"
                       r"(?:headroom|buffer|余量|冗余|富余)\s*(?:按|留|of|=|:|为|是)?\s*(\d+(?:\.\d+)?)\s*%")


def headroom(r: Reading) -> None:
    """"keep 30% headroom", "留30%余量": the fleet runs at most at the rest of its capacity (a target
    utilization of 70%), unless a utilization is stated too."""
    if "utilization" in r.params or re.search(r"utili[sz]ation|利用率|\butil\b", r.t):
        return
    m = _HEADROOM.search(r.t)
    # (not a latency's margin: "峰值时 ttft 留 30% 余量", "排队留 30% 余量", "20% headroom for queueing",
    # "ttft budget 300ms, keep 20% headroom on it")
    if m is None or re.search(r"ttft|首\s*token|首字|排队|queu|latency|延迟",
                              r.t[max(0, m.start() - 16):m.end() + 16]) or re.match(r"\s*on (?:it|that)\b",
                                                                                   r.t[m.end():]):
        return
    share = float(m.group(1) or m.group(2)) / 100
    if 0 < share < 0.9:
        _take_over(r, m.start(), m.end(), "utilization", round(1 - share, 6))


def _corrected_take_over(r: Reading, old: Stated, param: str, value: float) -> None:
    """A whole-question reading that landed on a corrected value: the value said after the correction
    cue (the same unit, within a few words) read as that parameter, scaled as the old one was."""
    if param in r.params or not isinstance(old.value, float) or not old.value:
        return
    cue = _CORRECTS.search(r.t, old.end, old.end + 40)
    if cue is None:
        return
    unit = _unit_words(str(old.text))
    new = next((s for s in r.stated if cue.end() <= s.start <= cue.end() + 30 and s.note == ""
                and s.param is None and isinstance(s.value, float) and unit & _unit_words(str(s.text))), None)
    waiting = next((p for p in r.pending if cue.end() <= p[2] <= cue.end() + 30), None)
    if new is not None and isinstance(new.value, float):
        r.stated = [s for s in r.stated if s is not new]
        r.add(param, value * new.value / old.value, new.start, new.end)
    elif waiting is not None and ("%" in str(old.text)) == (waiting[0] == "percent"):
        r.pending.remove(waiting)
        r.add(param, value * waiting[4] / old.value, waiting[2], waiting[3])


_DAILY_SHARE = rx.compile(
    r"(?:日活|dau|每天活跃|每天在用|每天用的)(?:用户)?(?:率|占比|比例|比率)?\s*(?:大概|约|大约|差不多|占|只有|有|是|为|估计|预计|按)*\s*"
    # ("日活大概是周活的三分之一": the base said before the share)
    r"(?:(?:周活|月活|wau|mau|总用户|注册用户)(?:用户|数)?\s*的\s*(?:大概|约|大约)?\s*)?"
    r"(?:(一半|三分之一|三分之二|四分之一|[一二三四五六七八九]成)|(\d+(?:\.\d+)?)\s*%)|"
    r"(一半|三分之一|三分之二|四分之一|[一二三四五六七八九]成)的?人每天|"
    r"(\d+(?:\.\d+)?)\s*%\s*(?:of (?:them|em|'em|’em|those|that|it|this|the seats|the users|users|seats|"
    r"employees|staff|"
    r"people)\s+)?"
    # ("maybe 5% of them message us on any given day": any verb of getting in touch)
    r"(?:(?:are|is|will|would|might|may)\s+)?(?:(?:active|use|using|be|show up|log in|come back|open it|"
    r"message|chat|text|contact|write|call|ask|visit|reach out|interact|engage|ping|"
    # ("maybe 15% of them on it any given day")
    r"on it|on there|online|on the (?:app|portal|site|platform|bot))\b"
    r"[^,;.?]{0,30}?)?\s*"
    r"(?:on (?:a|any) (?:given |typical )?day|(?<=on it )any (?:given |typical )?day|daily|each day|"
    r"every day|"
    r"per day|a day|dau)\b|"
    r"\b(?:dau|daily actives?)\s*(?:share|ratio|rate)?\s*(?:of|=|:|is|are)?\s*(?:~|about|around|roughly)?\s*"
    r"(\d+(?:\.\d+)?)\s*%|"
    r"~?\s*(1/3|1/2|1/4|2/3|a quarter|a third|half|two thirds|a fifth|a tenth)\s+"
    # ("maybe a third of them daily": of those said, no verb)
    r"(?:(?:of (?:them|em|'em|’em|those|employees|staff|people|users)\s+)?(?:use|are active|active)\b|"
    r"of (?:them|those)(?=\s)|"
    # ("90k weekly actives with roughly a third on any given day": the share, then the day, nothing between)
    r"(?=on (?:a|any) (?:given |typical )?day\b))"
    r"[^,;.?]{0,30}?"
    r"\b(?:on (?:a|any) (?:given |typical )?day|daily|each day|every day|per day)\b|"
    # "周活300万，每天大概四成的人会来用"
    r"(?:每天|每日)\s*(?:大概|大约|约|有)?\s*(一半|三分之一|三分之二|四分之一|[一二三四五六七八九]成)的?(?:人|用户)|"
    # "roughly 1 in 4 use it on any given day": so many of every so many
    r"\b([1-9]) in ([2-9]|10)\s+(?:of (?:them|those|employees|staff|people|users)\s+)?"
    r"(?:use|are active|active|log in|show up|come back|open)\b[^,;.?]{0,30}?"
    r"\b(?:on (?:a|any) (?:given |typical )?day|daily|each day|every day|per day)\b|"
    # ("250k MAU, DAU roughly a tenth of that": the daily actives, then their share in words)
    r"\b(?:dau|daily actives?|daily users)\s*(?:is|are|=|:|at)?\s*(?:~|about|around|roughly|maybe|"
    r"probably)?\s*"
    r"(1/3|1/2|1/4|2/3|1/5|1/10|a quarter|a third|half|two thirds|a fifth|a tenth)\s+of\s+"
    r"(?:that|those|them|it|this|(?:the\s+)?(?:mau|wau|monthly|weekly)\b)")
_SLASH_FRACTIONS = {"1/3": 1 / 3, "1/2": 0.5, "1/4": 0.25, "2/3": 2 / 3, "1/5": 0.2, "1/10": 0.1,
                    "a quarter": 0.25, "a third": 1 / 3,
                    "half": 0.5, "two thirds": 2 / 3, "a fifth": 0.2, "a tenth": 0.1}


_A_GIVEN_DAY = rx.compile(r"\s*(?:of (?:them|those)\s+)?(?:are\s+)?(?:active\s+)?"
                          r"(?:on (?:a|any) (?:given |typical )?day|"
                          r"daily|each day|on a normal day)\b")


def daily_share(r: Reading) -> None:
    """"员工 8000 人，日活大概一半", "10,000 seats, only 30% active on a given day", "12k employees, maybe
    35% will use it daily", "日活 40%": the share of a stated population active on a day."""
    # ("200M weekly actives, about 40% of them show up on a given day": the daily share of those)
    per = "weekly_users" if r.params.get("weekly_users") else "monthly_users" if r.params.get(
        "monthly_users") else None
    key = {"weekly_users": "dau_per_wau", "monthly_users": "dau_per_mau", None: "dau_per_mau"}[per]
    if per is not None and key not in r.params and (m := _DAILY_SHARE.search(r.masked)) is not None \
            and any(m.group(g) for g in (1, 2, 3, 4, 5, 6, 7, 8, 10)):
        if m.group(10):
            _take_over(r, m.start(), m.end(), key, _SLASH_FRACTIONS[m.group(10)])
        elif m.group(8):
            _take_over(r, m.start(8), m.end(), key, int(m.group(8)) / int(m.group(9)))
        elif m.group(7) or m.group(1) or m.group(3):
            # ("周活120万，日活大概是周活的三分之一": a share in words, of the weekly actives)
            word = m.group(7) or m.group(1) or m.group(3)
            share = _FRACTION_WORDS.get(word) or (_CN_DIGIT.index(word[0]) + 1) / 10
            _take_over(r, m.start(), m.end(), key, share)
        elif m.group(6):
            _take_over(r, m.start(6), m.end(), key, _SLASH_FRACTIONS[m.group(6)])
        else:
            # "日活按35%算", "DAU 35% of that", "40% of them show up on a given day": of those users
            g = 4 if m.group(4) else 5 if m.group(5) else 2
            if 0 < float(m.group(g)) <= 100:
                _take_over(r, m.start() if g == 2 else m.start(g), m.end(), key, float(m.group(g)) / 100)
        return
    if "users" not in r.params or per is not None:
        return
    # ("2,800 drivers active weekly, ~70% on a given day": the daily share of weekly actives)
    key = "dau_per_wau" if re.search(r"\bweekly\b|\bwau\b|周活|\bactive (?:each|per|a) week\b", r.t) \
        and not re.search(r"\bmonthly\b|\bmau\b|月活", r.t) else "dau_per_mau"
    if key in r.params:
        r.params["population_users"] = True    # "全员 1.2万，日活/月活 0.45": read already, of these people
        return
    users = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)),
                 None)
    day = next((x for x in r.stated if users is not None and x.param is None and x.note == ""
                and isinstance(x.value, float) and x.start > users.end
                and 0 < x.value < float(users.value or 0)
                and _A_GIVEN_DAY.match(r.t, x.end)), None)
    if users is not None and day is not None:
        # ("About 1,800 techs use the notes app weekly, maybe 1,200 on any given day": a day's count of them,
        # their share)
        end = x_end.end() if (x_end := _A_GIVEN_DAY.match(r.t, day.end)) else day.end
        r.retag(day, param=key, value=float(day.value or 0) / float(users.value or 1), note="", end=end,
                text=r.norm.quote(day.start, end))
        r.params[key] = float(day.value or 0) / float(users.value or 1)
        r.params["weekly_users" if key == "dau_per_wau" else "population_users"] = True
        return
    m = _DAILY_SHARE.search(r.masked)
    if m is None:
        return
    word = m.group(1) or m.group(3)
    if word:
        share = _FRACTION_WORDS.get(word) or (_CN_DIGIT.index(word[0]) + 1) / 10
        at = m.start(1) if m.group(1) else m.start(3)
        _take_over(r, at, at + len(word), key, share)
    elif m.group(6):
        _take_over(r, m.start(6), m.end(), key, _SLASH_FRACTIONS[m.group(6)])
    elif m.group(10):
        _take_over(r, m.start(), m.end(), key, _SLASH_FRACTIONS[m.group(10)])
    elif m.group(8):
        _take_over(r, m.start(8), m.end(), key, int(m.group(8)) / int(m.group(9)))
    else:
        g = 2 if m.group(2) else 4 if m.group(4) else 5
        pct = float(m.group(g))
        if not 0 < pct <= 100:
            return
        _take_over(r, m.start(g) if g != 2 else m.start(), m.end(), key, pct / 100)
    r.params["weekly_users" if key == "dau_per_wau" else "population_users"] = True


def restated(r: Reading) -> None:
    """"30.84M GPU-hours … is 30.84M consistent with …": the same figure written again, bare, is the
    one already read."""
    for st in [s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)]:
        raw = re.match(r"[\d.,]+\s*[kmb万亿]?", r.t[st.start:st.end].lower())
        same = next((s for s in r.stated if s.param and s.note == "" and s is not st and raw
                     and s.value == st.value and r.t[s.start:s.end].lower().startswith(raw.group().strip())),
                    None)
        if same is not None:
            r.retag(st, param=same.param, note="restated")
    _asked_at_restated(r)


# "from 300k to 5M users … how many at 5M?": the figure the count is asked at, said bare after "at"/"for"
_COUNT_ASKED_AT = rx.compile(r"\b(?:how many|how much|what|count)\b[^.?!;。？！；]{0,24}?"
                             r"\b(?:at|for|with|when we (?:hit|reach))\s*(?:~|about|around)?\s*$")
_CURRENCY_SAID = rx.compile(r"us\$|\$|¥|￥|€|£|usd|rmb|cny|元|美元|dollars?|bucks")


def _asked_at_restated(r: Reading) -> None:
    """"… from 300k to 5M users … how many at 5M?": a bare amount (no currency said) read as money right after
    the words that ask a count at it, the same figure as a count stated before, restates that count: it is
    no budget or price."""
    for st in [s for s in r.stated if s.note == "" and s.param and MONEY_PARAM.search(str(s.param))
               and isinstance(s.value, float)]:
        span = r.t[st.start:st.end].lower()
        raw = re.search(r"\d[\d.,]*\s*[kmb万亿]?", span)
        at = st.start + (raw.start() if raw else 0)
        if raw is None or _CURRENCY_SAID.search(span) \
                or _CURRENCY_SAID.search(r.t[max(0, at - 2):at].lower()) \
                or not _COUNT_ASKED_AT.search(r.t[max(0, at - 48):at].lower()):
            continue
        same = next((s for s in r.stated if s is not st and s.end <= st.start and s.note == "" and s.param
                     and not MONEY_PARAM.search(str(s.param))
                     and r.t[s.start:s.end].lower().replace(" ", "").find(raw.group().replace(" ", "")) >= 0
                     and s.value == st.value), None)
        if same is None:
            continue
        if r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        r.retag(st, param=same.param, note="restated")


# "32k gb200 if chips ~$60k": the amount said right after the chips is what each costs
_CHIPS_AT = rx.compile(r"\b(?:chips?|gpus?|cards?)\s*(?:are|is|at|@|cost|run|~|≈|about|around|roughly)?\s*"
                       r"(?:us\$|\$|¥|￥)?\s*$")


def chips_priced(r: Reading) -> None:
    """"whats all-in dc cost for 32k gb200 if chips ~$60k": with a count of cards stated, an amount
    said right after the chips is each one's price, not a budget."""
    if not ("gpus" in r.params or "servers" in r.params):
        return
    for cur in ("usd", "cny"):
        st = next((s for s in r.stated if s.param == f"budget_{cur}" and s.note == ""
                   and _CHIPS_AT.search(r.t[max(0, s.start - 24):s.start])), None)
        if st is not None and f"price_{cur}" not in r.params:
            r.params.pop(f"budget_{cur}", None)
            r.params[f"price_{cur}"] = float(st.value or 0)
            r.retag(st, param=f"price_{cur}")


# (a small amount after a rent that is not a rent: a claimed figure, a token price)
_CLAIMED_BEFORE = rx.compile(r"claim|said|says|quoted? at|article|report|api|"
                             r"据说|声称|号称|说是|文章|报道|宣传", re.I)
_PER_TOKENS_AFTER = rx.compile(r"\s*(?:/\s*m\b|/\s*百万|per\s*(?:1\s*)?m(?:illion)?\b|每百万)", re.I)


# a price compared with another: "比海外2.5万美元贵了多少", "US$25k abroad … how much more in China"
_PRICES_COMPARED = rx.compile(r"贵了?(?:多少|几成|百分之|多)|便宜了?(?:多少|几成|多)|差价|溢价|价差|"
                              r"\bhow much (?:more|less|cheaper|dearer)\b|\bpremium\b|\bmark-?up\b|"
                              r"\b(?:more|less) expensive\b|\bcheaper\b|\bprice (?:gap|difference)\b")


def price_in_the_other_currency(r: Reading) -> None:
    """"H100国内渠道价大概25万一张（人民币）… 比海外2.5万美元贵了多少？": a second amount in the other
    currency, no budget word near it, with the prices compared, is the card's price there (not a budget that
    buys no card)."""
    p = r.params
    if any(k in p for k in ("gpus", "servers")) or not _PRICES_COMPARED.search(r.t):
        return
    for have, bud, to in (("price_cny", "budget_usd", "price_usd"), ("price_usd", "budget_cny", "price_cny")):
        if have not in p or bud not in p or to in p:
            continue
        st = next((x for x in r.stated if x.param == bud and x.note == ""), None)
        if st is None or _BUDGET_WORDS.search(r.t[max(0, st.start - 30):st.end + 12]):
            continue
        p.pop("budget_said", None)
        r.move(st, to)
        return


def small_price_beside_rent(r: Reading) -> None:
    """"TPU v6e is $2.7/chip-hr on demand vs H100 at $2.2": an amount no accelerator is sold for,
    compared with an hourly rent, is the other one's hourly rent."""
    for cur, most in (("usd", 20.0), ("cny", 150.0)):
        rents = [s for s in r.stated if s.param == f"rent_{cur}_per_hour"]
        if not rents:
            continue
        # (nor a budget: "v6e 租 $2.7/chip-hr，v5e 就 $1.2"; not a claimed figure or a token price: "an
        # article claimed $0.10", "API 的 0.2刀/M")
        for st in [s for s in r.stated if (s.param == f"price_{cur}" or (
                       s.param == f"budget_{cur}"
                       and not _CLAIMED_BEFORE.search(r.t[max(0, s.start - 24):s.start])
                       and not _PER_TOKENS_AFTER.match(r.t, s.end)))
                   and isinstance(s.value, float) and 0 < s.value <= most and s.start > rents[0].start]:
            if r.params.get(str(st.param)) == st.value:
                del r.params[str(st.param)]
            r.retag(st, param=f"rent_{cur}_per_hour", note="duplicate")
    for cur, most in (("usd", 20.0), ("cny", 150.0)):
        # "Compare to renting at $2.85": an amount no card sells for, after renting, is the rent
        for st in [s for s in r.stated if s.param == f"price_{cur}" and isinstance(s.value, float)
                   and 0 < s.value <= most and re.search(r"\brent(?:ing|ed|al)?\b|\bleas(?:e|ing)\b|租",
                                                         r.t[max(0, s.start - 16):s.start])]:
            if f"rent_{cur}_per_hour" not in r.params:
                r.params[f"rent_{cur}_per_hour"] = float(st.value or 0)
                note = ""
            else:
                note = "duplicate"
            if r.params.get(f"price_{cur}") == st.value:
                del r.params[f"price_{cur}"]
            r.retag(st, param=f"rent_{cur}_per_hour", note=note)


def bare_hbm_size(r: Reading) -> None:
    """"HBM 占 B200 成本多少？192GB …": a bare size in GB nothing else read, in a question about HBM,
    is the card's memory; so is one right after the cards counted ("一台8卡96G")."""
    if "hbm_gb_per_gpu" in r.params:
        return
    bare = [s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)
            and re.fullmatch(r"[\d.,]+\s*g(?:b|ib)?", r.t[s.start:s.end])]
    if not re.search(r"\bhbm|显存|高带宽内存", r.t):
        # ("how many MI300X to match 64 H100s? AMD says fewer bc of the 192GB": the named card's own memory,
        # restated)
        from calc.catalog import load
        cat = load()
        named = (r.params.get("accelerator"), r.params.get("match_accelerator"))
        mems = {cat.accelerators[str(k)].mem_gb for k in named if str(k) in cat.accelerators}
        bare = [s for s in bare if float(s.value or 0) in mems or (8 <= float(s.value or 0) <= 400 and any(
            o.param in ("gpus_per_server", "gpus") and 0 <= s.start - o.end <= 1
            and re.search(r"(?:卡|张)\s*$", r.t[o.start:o.end]) for o in r.stated))]
    if len(bare) == 1 and 1 <= float(bare[0].value or 0) <= 2000:
        st = bare[0]
        r.params["hbm_gb_per_gpu"] = float(st.value or 0)
        r.retag(st, param="hbm_gb_per_gpu")


# a share taken off the budget for the rest of the build: "扣掉30%做机房、网络和存储", "minus 25% for
# networking & DC"
_SHARE_OFF = rx.compile(r"(?:扣掉|扣除|去掉|减去|留出|刨去|除去|预留|留)\s*(\d+(?:\.\d+)?)\s*%\s*"
                        r"(?:做|给|用于|用来|留给|买|搞|作为)?"
                        r"[^，,。；;\d]{0,6}?(?:机房|网络|存储|配套|基础设施|服务器|整机|电力)|"
                        # ("need to keep 25% for networking, storage and install", "if i keep 30% for the
                        # rest of the build": the share held back from the cards)
                        r"\b(?:minus|less|after|excluding|net of|setting aside|set aside|reserving|reserve|"
                        r"keeping|keep|hold(?:ing)? back)\s*"
                        r"(\d+(?:\.\d+)?)\s*%\s*(?:for|on|to)\s*(?:the\s+)?(?:networking|network|facility|facilities|dc|"
                        r"data ?cent\w*|storage|infra\w*|servers?|power|rest of the (?:build|box|rig|system)|"
                        r"everything else|install\w*|chassis|the build)|"
                        # ("留三成给存储和网络": tenths said in Chinese)
                        r"(?:扣掉|扣除|去掉|减去|留出|刨去|除去|预留|留)\s*([一二三四五六七八九])成\s*"
                        r"(?:做|给|用于|用来|留给|买|搞|作为)?[^，,。；;\d]{0,6}?(?:机房|网络|存储|配套|基础设施|服务器|整机|电力)")


# a share of the budget said to go elsewhere ("一半钱要留给服务器和网络", "a third of it goes to networking
# and
# storage"): the rest buys the accelerators
_ELSEWHERE = (r"(?:(?!卡|gpu|显卡|加速)[^，,。；;\d]){0,6}?(?:机房|网络|存储|配套|基础设施|服务器|整机|电力|"
              r"运维|"
              r"其他|其它|软件|人力|交换机|光模块)")
_SHARE_ELSEWHERE = rx.compile(
    r"(一半|三分之一|四分之一|三分之二|(\d+(?:\.\d+)?)\s*%|[一二三四五六七八九]成)\s*(?:左右|上下)?\s*"
    r"(?:的\s*)?(?:预算|钱|资金|经费|投资)?\s*(?:要|得|需要|需|会|还要|还得|必须|计划|打算)?\s*"
    r"(?:留给|留作|留着给|留着|花在|用在|用于|用来|给|拿去|投在|划给|分给)\s*" + _ELSEWHERE + "|"
    # ("roughly half the money goes to the rest of the box": "of" left out)
    r"\b(half|a third|a quarter|two thirds|(\d+(?:\.\d+)?)\s*%)\s+"
    r"(?:(?:of\s+)?(?:it|that|this|(?:the\s+|our\s+)"
    r"(?:budget|money|capex|spend|funds?))\s+)?(?:goes|has to go|must go|needs to go|will go|is going|"
    r"is reserved|is earmarked|is set aside|gets spent|is spent|is|are)\s+(?:to|for|on)\s+(?:the\s+)?"
    r"(?:servers?|networking|network|switch\w*|storage|facilit\w+|infra\w*|power|dc|data ?cent\w*|"
    r"other stuff|everything else|the rest of the (?:box|server|build)|software|staff)\b|"
    # ("leaving about a third for everything else": the share kept back, said before what it is for)
    r"\b(?:leav(?:e|ing)|keep(?:ing)?|reserv(?:e|ing)|set(?:ting)? aside|hold(?:ing)? back|"
    # ("how many could we buy and still have half of it left for everything else")
    r"(?:still\s+)?ha(?:ve|s|ving))\s+"
    r"(?:about|around|roughly|~|maybe|some)?\s*(half|a third|a quarter|two thirds|(\d+(?:\.\d+)?)\s*%)\s+"
    r"(?:of\s+(?:it|that|this|the budget|the grant|the money)\s+)?(?:left\s+(?:over\s+)?)?for\s+(?:the\s+)?"
    r"(?:servers?|networking|network|switch\w*|storage|facilit\w+|infra\w*|power|dc|data ?cent\w*|"
    r"other stuff|everything else|the rest|software|staff)\b")


# the cards first, then their fraction in words: "GPUs about half of it, rest is server, storage, UPS"
_CHIPS_FRACTION = rx.compile(r"\b(?:gpus?|cards?|accelerators?|chips?|compute)\s+(?:are|is|get|gets|take|"
                             r"takes|"
                             r"eat|eats|=|:)?\s*(?:about|around|roughly|~|maybe|probably|likely)?\s*"
                             r"(half|a third|a quarter|two thirds)\s+of\s+(?:it|that|this|(?:the |our )?"
                             r"(?:budget|money|capex|spend|total))\b")


# ("全花在卡上", "都用来买卡": all of it on the cards)
_ALL_OF_IT = rx.compile(r"全部用于(?:采购|购买|买)?|全部用来(?:采购|购买|买)|全部拿来(?:采购|购买|买)|"
                        r"(?:全|全部|都)\s*(?:花|砸|投|用)\s*(?:在|到)\s*(?:显?卡|gpu)\s*上|"
                        r"\b(?:all of it|the whole (?:budget|amount|thing)|every (?:dollar|cent))\s+"
                        r"(?:goes\s+)?(?:on|to|for)\b")


# a budget said with the year it pays for: "$400k for the whole year", "$1.2M a year", "年度预算500万"
# ("$180k in opex for the fiscal year": the budget's words between)
# ("$40mm cloud budget for the year": the budget's own noun between)
# ("£750k to spend on GPU for the whole year": what it is spent on between)
_BUDGET_YEAR_AFTER = rx.compile(r"\s*(?:(?:in|of|on)\s+[a-z]+(?:\s+[a-z]+)?\s+|"
                                # ("$18,000 for compute for the whole year": what it pays for between)
                                # ("$1.8 million for inference rental for the whole year": two words)
                                r"for\s+(?:compute|gpus?|cloud|inference|training|hosting|api\s+calls|the\s+api)"
                                r"(?:\s+(?:rental|rentals|rent|compute|spend|serving|hosting|credits?|costs?))?\s+|"
                                r"to\s+(?:spend|use|put)\s+(?:on\s+)?(?:[a-z]+\s+){0,3}?|"
                                # ("about $25k set aside for AI this year": what it is kept for between)
                                r"(?:set|put|kept)\s+aside\s+(?:for\s+(?:[a-z]+\s+){1,2}?)?|"
                                r"(?:earmarked|allocated|reserved)\s+(?:for\s+(?:[a-z]+\s+){1,2}?)?|"
                                r"(?:[a-z]+\s+)?(?:budget|spend|allocation|opex|capex)\s+)?"
                                # (", covers the full year", "for this fiscal year", "€6.5M this fiscal year")
                                # (", and that's for the whole fiscal year": the year said of it after)
                                r"(?:,\s*)?(?:(?:and\s+)?(?:that'?s|that is|which is|it'?s)\s+)?"
                                r"(?:(?:(?:for|over|covering|covers?|through)\s+)?"
                                r"(?:the\s+|this\s+|the current\s+)?"
                                r"(?:whole\s+|full\s+|entire\s+)?(?:(?:fiscal\s+|calendar\s+|project\s+|grant\s+|"
                                r"budget\s+|financial\s+|academic\s+)year|"
                                # ("$600k for the whole FY", "for FY26": the fiscal year, abbreviated)
                                r"fy(?:\s*'?\d{2}(?:\d{2})?)?)|"
                                r"(?:for|over|covering|covers?)\s+(?:the\s+|this\s+)?(?:whole\s+|full\s+|entire\s+)?year|"
                                r"(?:for\s+)?this\s+year|(?:a|per|each)\s+year|/\s*(?:yr|year)|per\s+annum|"
                                r"annually|yearly)\b|\s*(?:一年|每年|全年)|\s*/\s*(?:年|yr\b|year\b)")
# ("$120k budget for cloud GPU rental and it has to cover the whole year": the year said later on)
_BUDGET_YEAR_LATER = rx.compile(r"[^.;?!。；？！\d]{0,60}?\b(?=(?:cover|covers|covering|last|lasts|stretch|"
                                r"stretches)\s+(?:us\s+)?(?:for\s+)?(?:the\s+|this\s+)?(?:whole|full|entire)\s+"
                                r"year\b)(?P<y>)(?:cover|covers|covering|last|lasts|stretch|stretches)\s+"
                                r"(?:us\s+)?(?:for\s+)?(?:the\s+|this\s+)?(?:whole|full|entire)\s+year\b")
# a budget said with a shorter period it pays for: "€150k for the quarter", "$40k for the month"
# ("Budget's $500, that's for the whole month": the month said of it after)
_BUDGET_PART_AFTER = rx.compile(r"\s*(?:,\s*)?(?:(?:and\s+)?(?:that'?s|that is|which is|it'?s)\s+)?"
                                r"(?:for|over|covering|to cover)\s+(?:the\s+|this\s+|a\s+|one\s+)?"
                                r"(?:whole\s+|full\s+|entire\s+)?"
                                r"(quarter|month|half year|half-year)\b")
_PART_DAYS = {"quarter": 91.3125, "month": 30.4375, "half year": 182.625}
_BUDGET_YEAR_BEFORE = rx.compile(r"(\bannual|\byearly|\bfy\b|年度|每年|一年|全年)[^,，.。;；!?]{0,16}$")


_MONTH_AFTER = rx.compile(r"\s*(?P<per>(?:per|a|/)\s*)?(?P<unit>month|mo)\b")


def budget_period(r: Reading) -> None:
    """"Legal ops gave us $400k for the whole year … how many GPU-hours a month is that?": the budget pays
    for a year, the period asked is shorter; the part of the budget for that period is what it rents
    (calc/costs.budget_part). A budget of the year with no other period said is left as it is."""
    bud = next((s for s in r.stated if s.param in ("budget_usd", "budget_cny") and s.note == ""), None)
    if bud is None:
        return
    month = _MONTH_AFTER.match(r.t, bud.end)
    rented = any(k in r.params for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
    if month is not None and rented and "days" not in r.params \
            and (month.group("per") or re.search(r"(?:\bper|\ba|/)\s*$", r.t[bud.start:bud.end])):
        # ("my budget is ₹25k per month … L4 at $0.45/hr": a month's budget, rented for that month)
        r.add("days", 30.4375, month.start("unit"), month.end())
        return
    part = _BUDGET_PART_AFTER.match(r.t, bud.end)
    if part is not None and "days" not in r.params and not any(
            s.param in ("days", "period_months") for s in r.stated):
        # ("Paris startup has €150k for the quarter … how many cards can they run full time?": the period the
        # budget pays for is the period asked about)
        said = re.search(r"(?:for|over|covering|to cover)\b", part.group())
        r.add("days", _PART_DAYS[part.group(1).replace("-", " ")],
              part.start() + (said.start() if said is not None else 0), part.end())
        return
    after = _BUDGET_YEAR_AFTER.match(r.t, bud.end) or _BUDGET_YEAR_LATER.match(r.t, bud.end)
    before = _BUDGET_YEAR_BEFORE.search(r.t[max(0, bud.start - 24):bud.start])
    if after is None and before is None:
        return
    a, b = (after.start() + len(after.group()) - len(after.group().lstrip()), after.end()) if after else \
        (max(0, bud.start - 24) + before.start(1), max(0, bud.start - 24) + before.end(1))  # type: ignore[union-attr]
    if after is not None and "y" in after.re.groupindex:
        a = after.start("y")
    inside = [s for s in r.stated if s.param == "days" and a <= s.start < b]
    others = [s for s in r.stated if s.param == "days" and s.note in ("", "option", "duplicate")
              and s not in inside
              and isinstance(s.value, float) and s.value < 365]
    if not others and not inside and "days" not in r.params:
        if not any(k in r.params for k in ("rent_usd_per_hour", "rent_cny_per_hour")) and any(
                k in r.params for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
            # ("capex envelope of €6.5M this fiscal year … H100 at $33,900 … how many GPUs": the year the
            # money is to be spent in; a purchase is paid once, not over a period)
            r.add("budget_days", 365.25, a, b)
            return
        # ("$400k for the whole year … how many GPUs can we keep on 24/7?": the year the budget pays for is
        # the period asked about)
        r.add("days", 365.25, a, b)
        return
    if not others and not inside and r.params.get("days") == 365.25 and any(
            s.param == "days" and s.note == "" and s.value == 365.25 for s in r.stated):
        # ("Tenant's annual compute budget is $400mm for the year": the year said twice, the same period)
        r.add("days", 365.25, a, b, note="restated")
        return
    if len(others) != 1:
        return
    for s in inside:                     # ("$1.2M a year" read as a year's days): the budget's year
        r.stated.remove(s)
    r.retag(others[0], note="")
    r.params["days"] = others[0].value   # type: ignore[assignment]
    r.add("budget_days", 365.25, a, b)


# so many of any item a period ("27,000 Reg E + card disputes a month", "4,000 appeals a week"): a load of
# requests, one an item, when nothing else gives the load
# ("18k B/Ls a day": an abbreviation written with a slash, bills of lading, counted too)
_ITEMS_A_PERIOD = rx.compile(r"\s*(?:[a-z][\w-]*\s+(?:\+\s*)?){0,3}?([a-z]{3,}s|[a-z]{1,3}/[a-z]{1,3}s?)\s+"
                             r"(?:a|per|each|every|/)\s*(?P<per>day|month|week)\b")
_PERIOD_AFTER_ITEMS = rx.compile(r"\s+(?:a|per|each|every|/)\s*(?P<per>day|month|week)\b")
_NOT_ITEMS = frozenset(
    "gpus cards chips servers nodes racks boxes tokens toks users people watts dollars bucks hours days "
    "weeks months years kwh mwh gbs tbs flops tflops pflops times bytes cents euros pounds rupees yen "
    "dirhams shifts employees members customers agents seats accounts subscribers patients students others "
    "words characters chars pages minutes mins seconds secs runs epochs steps experiments instances replicas "
    "sites regions plans calls queries requests messages tickets chats sessions documents docs".split())
_LOAD_PARAMS = ("users", "qps", "queries_per_day", "tokens_per_day", "concurrent_users", "queries_per_user",
                "tokens_per_user_day", "input_tokens_per_day", "gpus", "servers")


def items_a_period(r: Reading) -> None:
    """"we process roughly 27,000 Reg E + card disputes a month … Llama 3.3 70B on A100 … monthly cost?": so
    many items of any name a day, week or month, one request each, the load where nothing else gives one (the
    items the vocabulary names, calls, tickets, documents, are read there)."""
    if any(k in r.params for k in _LOAD_PARAMS) or not ("model" in r.params or "params" in r.params):
        return
    for st in r.stated:
        if st.param is not None or st.note != "" or not isinstance(st.value, float) or st.value < 1:
            continue
        m = _ITEMS_A_PERIOD.match(r.t, st.end)
        if m is None and (num := re.match(r"\d[\d,.]*\s*[km]?", r.t[st.start:st.end])) is not None \
                and re.match(r"\s*[a-z]{1,3}/", r.t[st.start + num.end():]):
            # ("18k B/Ls a day": the slash inside the span)
            m = _ITEMS_A_PERIOD.match(r.t, st.start + num.end())
        own = re.search(r"([a-z]{3,}s)$", r.t[st.start:st.end])
        if m is None and own is not None:
            # ("27,000 disputes" read with its noun: the period right after it)
            m = _PERIOD_AFTER_ITEMS.match(r.t, st.end)
            if m is not None and own.group(1) in _NOT_ITEMS:
                m = None
        elif m is not None and m.group(1) in _NOT_ITEMS:
            m = None
        if m is None:
            continue
        days = {"day": 1.0, "week": 7.0, "month": 30.4375}[m.group("per")]
        r.move(st, "queries_per_day", value=st.value / days, end=m.end(),
               text=r.norm.quote(st.start, m.end()))
        return


# the size of the clusters a fleet is counted in, asked: "够搭几个千卡池子", "how many 1,000-GPU clusters"
_POOLS_ASKED = rx.compile(r"(?:几|"
                          r"多少)\s*个\s*(?P<cjk>[一二两三四五六七八九十\d.,]+\s*[千万]?|[千万])\s*(?:卡|张)\s*(?:的)?\s*"
                          # ("够搭几个256卡的训练池子": what the pools are for, between)
                          r"(?:训练|推理|算力)?\s*(?:池子?|资源池|集群|算力池|pod)|"
                          r"\bhow many\s+(?P<en>[\d,.]+\s*k?)[- ]?(?:gpu|card|accelerator)s?\s+"
                          # ("how many 8-GPU training pools is that": what the pools are for, between)
                          r"(?:(?:training|inference|serving|research)\s+)?(?:clusters?|pods?|pools?)\b")


# the size of each cluster a fleet is divided into, stated: "按每个资源池512卡划分", "split into pools of 512
# GPUs"
_POOL_SIZE_SAID = rx.compile(r"每个?\s*(?:资源池|算力池|池子?|集群|pod)\s*(?:按|为|"
                             r"是)?\s*(?P<cjk>\d[\d,]*)\s*(?:张|卡|块)|"
                             # ("按256卡一个池子切给各个矿": the size, then one pool)
                             # ("按32卡一组分给各个事业部": a group of that size each)
                             # ("按千卡一个池子": a thousand in a word)
                             r"(?P<cjk2>\d[\d,]*|(?<![\d一二两三四五六七八九十百千万])[千万])\s*(?:张|卡|块)\s*(?:卡)?\s*"
                             r"(?:一个\s*(?:资源池|算力池|池子?|集群)|一组(?=\s*分))|"
                             # ("每条业务线分一个64卡池子": one pool of that size to each)
                             r"(?:分|给|配)\s*一个\s*(?P<cjk5>\d[\d,]*)\s*(?:张|卡)\s*(?:的)?\s*(?:资源池|算力池|池子?|集群)|"
                             # ("每个分公司一个64卡的池子": one pool of that size for each of them)
                             r"每个?[\u4e00-\u9fff]{1,4}?\s*一个\s*(?P<cjk6>\d[\d,]*)\s*(?:张|卡)\s*(?:的)?\s*"
                             r"(?:资源池|算力池|池子?|集群)|"
                             # ("按每个千卡池子来搭，能搭几个": each pool's size said before the pool)
                             r"(?:按|以)?\s*每个?\s*(?P<cjk4>[一二两三四五六七八九十百\d.,]*\s*[千万百]|\d[\d,]*)\s*(?:张|卡)\s*"
                             r"(?:的)?\s*(?:资源池|算力池|池子?|集群)|"
                             # ("要切成512卡的池子分给各个工作室": the pools the fleet is cut into,
                             # their size)
                             r"(?:切成|分成|拆成|划成|划分成|组成)\s*(?:若干个?|多个|几个)?\s*(?P<cjk3>\d[\d,]*)\s*(?:张|卡|块)\s*"
                             # ("想切成128卡一个的训练池": one each, then what the pools are for)
                             r"(?:卡)?\s*(?:一个)?\s*(?:的)?\s*(?:训练|推理)?\s*(?:资源池|算力池|池子?|集群)|"
                             # (a fleet divided, not a fleet named: "in pods of 1,024 GPUs", not "a cluster of
                             # 1,000 cards")
                             r"\b(?:in|into)\s+(?:pools?|clusters?|pods?) of\s*(?P<en>\d[\d,]*)\s*"
                             r"(?:gpus?|cards?)\b|"
                             # ("We'd want 32-GPU slices for the division": the share of a fleet each one
                             # gets)
                             r"(?<![\d,])(?P<en2>\d[\d,]*)[- ](?:gpus?|cards?)\s+"
                             r"(?:slices?|partitions?|allocations?|"
                             r"shares?|tranches?)\b")


def pools_asked(r: Reading) -> None:
    """"…能买多少张？够搭几个千卡池子": the size of the clusters the cards are counted in, asked; no fleet
    of a thousand cards (the count, 千卡, would otherwise be read as the fleet's); "按每个资源池512卡划分":
    the size stated."""
    m = _POOLS_ASKED.search(r.t) or _POOL_SIZE_SAID.search(r.t)
    if m is None:
        return
    g = next(k for k in ("cjk", "cjk2", "cjk3", "cjk4", "cjk5", "cjk6", "en", "en2")
             if k in m.re.groupindex and m.group(k))
    a, b = m.start(g), m.end(g)
    # ("按32卡一组": a group of cards first read as one model copy's, tensor-parallel)
    said = [s for s in r.stated if s.param in ("gpus", "claimed_value", "tensor_parallel")
            and a <= s.start < m.end()]
    size = next((float(s.value) for s in said if isinstance(s.value, float)), None)
    if size is None:
        raw = m.group(g).replace(",", "").strip()
        mult = {"千": 1e3, "万": 1e4, "k": 1e3}.get(raw[-1:], 1.0)
        digits = raw.rstrip("千万k").strip()
        try:
            size = (float(digits) if digits else 1.0) * mult
        except ValueError:
            size = chinese_numeral(raw)      # ("够搭几个两千卡集群": the size in Chinese numerals)
    if g == "en2" and not any(x.param == "gpus" and x.note == "" and isinstance(x.value, float)
                              and x.value > size and not a <= x.start < m.end() for x in r.stated):
        return                           # ("on our 512-GPU partition": the fleet itself, none larger to cut)
    for s in said:
        if r.params.get(str(s.param)) == s.value:
            r.params.pop(str(s.param), None)
        r.stated.remove(s)
    r.add("pool_gpus", size, a, b if not said else max(b, *(s.end for s in said)))


_KEEP_SPEND_TO = rx.compile(r"\b(?:keep|limit|cap|hold)\s+(?:the\s+|our\s+)?(?:gpu|compute|ai|cloud|#+)?\s*"
                            r"(?:spend|spending|costs?|budget)\s+(?:to|at|under|below|within)\s*(?:about|~)?\s*"
                            r"(\d+(?:\.\d+)?)\s*%\s*of\s+(?:it|that|this|(?:the\s+|our\s+)?(?:budget|total))\b")


def budget_share(r: Reading) -> None:
    """"Capex of $80B, half of it on GPUs": the share of a budget that buys accelerators."""
    if not ("budget_usd" in r.params or "budget_cny" in r.params):
        return
    _budget_share(r)


def share_said_twice(r: Reading) -> None:
    """"七成买卡，三成留给网络机柜": the cards' share said too, beside the rest's (read, the same share)."""
    share = r.params.get("budget_share")
    if not isinstance(share, float):
        return
    for st in [x for x in r.stated if x.param is None and x.note == ""]:
        m = re.fullmatch(r"\s*([一二三四五六七八九])成\s*|\s*(\d+(?:\.\d+)?)\s*%\s*", str(st.text))
        if m is None:
            continue
        v = (_CN_DIGIT.index(m.group(1)) + 1) / 10 if m.group(1) else float(m.group(2)) / 100
        if abs(v - share) < 1e-9:
            r.retag(st, param="budget_share", note="restated")


def _budget_share(r: Reading) -> None:
    off = _SHARE_OFF.search(r.masked)
    if off is not None and off.group(3):
        tenths = (_CN_DIGIT.index(off.group(3)) + 1) / 10
        _take_over(r, off.start(), off.end(), "budget_share", 1 - tenths, off.start(3), off.end(3) + 1)
        return
    g = 1 if off is not None and off.group(1) else 2
    if off is not None and 0 < float(off.group(g)) < 100:
        # "扣掉30%做机房、网络和存储，剩下的能买多少张卡": the rest buys the accelerators
        _take_over(r, off.start(), off.end(), "budget_share", 1 - float(off.group(g)) / 100,
                   off.start(g), off.end(g) + 1)
        return
    f = _CHIPS_FRACTION.search(r.masked)
    if f is not None:
        _take_over(r, f.start(), f.end(), "budget_share", _FRACTION_WORDS[f.group(1)], f.start(1), f.end(1))
        return
    e = _SHARE_ELSEWHERE.search(r.masked)
    if e is not None and re.search(r"服务器|整机|servers?", e.group()) and any(
            k in r.params for k in ("server_price_usd", "server_price_cny")):
        e = None                         # ("70% 用于服务器，HGX H100 整机按 230万元/台": what it buys)
    if e is not None:
        g = next(i for i in (1, 3, 5) if e.group(i))
        w = e.group(g)
        share = (_FRACTION_WORDS.get(w) or (float(e.group(g + 1)) / 100 if e.group(g + 1) else
                                             (_CN_DIGIT.index(w[0]) + 1) / 10))
        if 0 < share < 1:
            _take_over(r, e.start(), e.end(), "budget_share", 1 - share, e.start(g), e.end(g))
            return
    k = _KEEP_SPEND_TO.search(r.masked)
    if k is not None and 0 < float(k.group(1)) < 100:
        # ("we've been told to keep GPU spend to 3% of it": the share the accelerators may take)
        _take_over(r, k.start(), k.end(), "budget_share", float(k.group(1)) / 100, k.start(1), k.end(1) + 1)
        return
    m = _SHARE_ON_CHIPS.search(r.masked)
    if m is None and (whole := _ALL_OF_IT.search(r.masked)) is not None:
        # "预算20亿元，全部用于采购GB200": the whole budget buys the accelerators, said in words
        _take_over(r, whole.start(), whole.end(), "budget_share", 1.0)
        return
    if m is None:
        c = _CHIPS_SHARE.search(r.masked)
        if c is not None and c.group(2):     # "卡的部分占一半", "GPU 占七成"
            w = c.group(2)
            share = _FRACTION_WORDS.get(w) or (_CN_DIGIT.index(w[0]) + 1) / 10
            _take_over(r, c.start(), c.end(), "budget_share", share, c.start(2), c.end(2))
        elif c is not None and 0 < float(c.group(1)) <= 100:
            # ("accelerators are 60% of budget": the words after are part of it)
            tail = re.match(r"\s*(?:of (?:the |our |total )?(?:budget|capex|total|spend(?:ing)?)|"
                            r"of (?:it|that|this)\b|的预算)",
                            r.t[c.end():])
            _take_over(r, c.start(), c.end() + (tail.end() if tail else 0), "budget_share",
                       float(c.group(1)) / 100)
        return
    word = m.group(1)
    share = _FRACTION_WORDS.get(word) or (float(m.group(2)) / 100 if m.group(2) else
                                          float("0." + m.group(3)) if m.group(3) else
                                          (_CN_DIGIT.index(word[0]) + 1) / 10)
    if not 0 < share <= 1:
        return
    _take_over(r, m.start(), m.end(), "budget_share", share, m.start(1), m.end(1))


# a share of what each user pays: "推理成本不超过ARPU的2%", "keep inference under 5% of the sub price"
_CHARGE_SHARE = rx.compile(r"(?:arpu|收入|营收|订阅费|会员费|月费|售价|收费)\s*的\s*(\d+(?:\.\d+)?)\s*%|"
                           r"(\d+(?:\.\d+)?)\s*%\s*of\s+(?:the\s+|our\s+|their\s+)?(?:arpu|revenue|sub(?:scription)?"
                           r"(?:\s+price)?|price|plan|what (?:they|each user|users?) pays?)\b")


def charge_share(r: Reading) -> None:
    """"ARPU是48.5元，推理成本不超过ARPU的2%": the share of each user's payment the cost may take."""
    charged = "usd_per_user_month" in r.params or "cny_per_user_month" in r.params
    if "budget_share" in r.params or not charged:
        return
    m = _CHARGE_SHARE.search(r.masked)
    if m is None:
        return
    g = 1 if m.group(1) else 2
    share = float(m.group(g)) / 100
    if 0 < share <= 1:
        _take_over(r, m.start(), m.end(), "budget_share", share, m.start(g) if g == 1 else m.start(), m.end())


# ("used ~25% cheaper", "30% below list": a discount said as a comparison)
_DISCOUNT = rx.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:(?:[a-z]+-)?[a-z]+\s+){0,2}?(?:"
                       # (not "growing ~35% a year off a 5 GW base": the base a growth starts from)
                       r"off(?!\s+(?:an?|the|our|its|their|today's|this year's)\s+(?:[\w~.,$-]+\s+){0,3}"
                       r"(?:base|baseline|level|run-?rate)\b)|discount|rebate|cheaper|"
                       r"subsid(?:y|ies|i[sz]ed)|voucher|"
                       # ("Spot … about 60% below on-demand": the spot price's share off the on-demand one)
                       r"below (?:new|list|msrp|retail|sticker|(?:the\s+)?on[- ]demand|od)|"
                       r"price (?:cut|reduction|drop))\b|"
                       # ("算力券补贴40%", "a 30% compute-voucher subsidy": the share someone else pays)
                       # ("补贴比例合计30%", "算力券能抵40%": the share, its words between)
                       r"(?:discount|折扣|优惠|便宜|下浮|让利|(?:补贴|补助)(?:比例|比率|力度)?\s*(?:合计|共计|总计|共)?|"
                       r"抵扣|(?:算力券|券)\s*(?:能|可|可以)?\s*(?:抵|抵扣|覆盖|报销)(?:掉)?|"
                       r"\bsubsidy|\bvoucher(?:s)? covers?|"
                       r"\b(?:list|msrp|sticker|retail)(?: price)?\s*(?:minus|less)|"
                       # ("talked them down 20% for a 1 yr commit": the share haggled off the quote)
                       r"\b(?:talked|negotiated|haggled|brought|knocked|beat)\s+(?:them|it|him|her|"
                       r"the (?:price|quote|rate))?"
                       r"\s*down\s*(?:by\s*)?|"
                       # ("they'll knock off 12%", "knocked 10% off": the share taken off the quote)
                       r"\bknock(?:s|ed|ing)?\s+off)\s*"
                       r"(?:of\s*)?(?:不低于|不少于|至少|约|大约|了|~|≈|about\s|around\s|roughly\s|approx\.?|some\s)?\s*"
                       r"(\d+(?:\.\d+)?)\s*%|"
                       r"(?:打\s*(?:完|了)?\s*(?:个\s*)?|(?:折扣|优惠)\s*[:：=]\s*|(?<=[按给预留到]\s)|"
                       r"(?<=到)|(?<=到了)|(?<=能给)|(?<=可以给)|(?<=到了\s)|(?<=量大\s)|"
                       r"(?<=量大))([一二三四五六七八九]{1,2}|\d{1,2}(?:\.\d)?)"
                       r"\s*折(?![旧合算]|\s*(?:成|合)?\s*(?:人民币|美元|美金|rmb|usd|元))|"
                       r"(\d+(?:\.\d+)?)\s*%\s*(?:的)?\s*(?:商务|商业|额外|批量|渠道|采购)?\s*(?:折扣|优惠|返点|返利|折让)|"
                       # "if street price drops 18% by next year": once, to the lower price (no yearly fall)
                       r"\bprices?\s+(?:drops?|falls?|goes down|declines?|comes down|is cut)\s+"
                       r"(?:by\s+)?(?:~|about\s+)?"
                       r"(\d+(?:\.\d+)?)\s*%(?!\s*(?:a|per|each|every|/)\s*(?:year|yr|annum)|\s*annually|\s*yoy)")
# "谈下来 85 折": two digits before 折 are a share of the price, whatever precedes them (looked
# for when no discount is said the usual ways)
# ("按我们2.3刀一小时要多少钱，8折呢": one digit, tenths, or with a half: "8.5折")
_TENTHS_OFF = rx.compile(r"(?<![\d.])([5-9]\d|[5-9](?:\.\d)?)\s*折(?![旧合算扣叠腾])"
                         # (not "按 7.2 折人民币": a rate to convert at)
                         r"(?!\s*(?:成|合)?\s*(?:人民币|美元|美金|rmb|usd|cny|元|rmb))|"
                         # "供应商另给九折", "七五折": a Chinese numeral's tenths of the price
                         r"(?<![一二三四五六七八九十百千万亿\d])([五六七八九][一二三四五六七八九]?)\s*折(?![旧合算扣叠腾])")


_HALF_OFF = rx.compile(r"便宜一半|半价|打对折|\bhalf (?:the )?price\b|\bhalf off\b|\b50% cheaper\b")


# "$1.90/chip-hr less 30% CUD", "list minus 20%": a price, then the share taken off it
_LESS_OFF = rx.compile(r"(?:\$|¥|元|usd|/\s*(?:chip|gpu|card)?-?\s*(?:hr|hour|h)\b)[^,;。，；?？]{0,8}?\s*"
                       r"\b(?:less|minus)\s+(?:a\s+)?(\d+(?:\.\d+)?)\s*%"
                       r"(?!\s*(?:utili[sz]ation|mfu|occupancy|of (?:the )?(?:time|users|traffic)))"
                       r"(?:\s*(?:cud|committed[- ]use(?: discount)?|ri|reserved|discount|savings plan|sud|"
                       r"off)\b)?")


def discount(r: Reading) -> None:
    """"We're getting 15% off", "打八五折": a discount off the prices stated or listed."""
    m = _DISCOUNT.search(r.masked) or _TENTHS_OFF.search(r.masked)
    if m is None and (less := _LESS_OFF.search(r.masked)) is not None and 0 < float(less.group(1)) < 100:
        _take_over(r, less.start(1), less.end(), "discount", float(less.group(1)) / 100)
        return
    if m is None and (half := _HALF_OFF.search(r.masked)) is not None:
        if _cards_named(r) >= 2:
            # "Gaudi3 对比 H100，听说便宜一半": one card's price against the other's, which no answer
            # here reads: said as a number not used, never dropped
            r.add(None, 0.5, half.start(), half.end())
        else:
            _take_over(r, half.start(), half.end(), "discount", 0.5)
        return
    if m is None:
        return
    if m.re is _TENTHS_OFF or m.group(3):
        word = (m.group(1) or m.group(2)) if m.re is _TENTHS_OFF else m.group(3)
        tenths = float(word) if word[0].isdigit() else float(
            "".join(str(_CN_DIGIT.index(c) + 1) for c in word))
        off = round(1 - tenths / (10 if tenths < 10 else 100), 6)    # 八五折: 85% of the price
    else:
        off = float(m.group(1) or m.group(2) or m.group(4) or m.group(5)) / 100
    if not 0 < off < 1:
        return
    _take_over(r, m.start(), m.end(), "discount", off)


_MFU_GAIN = rx.compile(r"(\d+(?:\.\d+)?)\s*%\s*(better|higher|more|greater|improved|worse|lower)\s*"
                       r"(?:mfu|utili[sz]ation|efficiency)|(?:mfu|利用率|效率)\s*"
                       r"(?:(?:比之前|比以前|比上次|比上一次|比原来|较之前|较以前|较上次|较原来|相对|相比之前|预计|估计|可能)"
                       r"\s*){0,2}(?:能|可以|可|会|再|还){0,3}\s*"
                       r"(提高|提升|提|高|好|降低|低|差)了?\s*(?:约|大约|大概)?\s*(\d+(?:\.\d+)?)\s*%|"
                       # "expecting MFU +10%"
                       r"(?:mfu|utili[sz]ation)\s*(?:(?:is|goes|going|will go)\s+)?(?:\+|up\s*(?:by\s*)?)\s*"
                       r"(\d+(?:\.\d+)?)\s*%|"
                       # "get +10% MFU", "if we gain 20% of MFU in relative"
                       r"(?:\+|\bgain(?:s|ing)?\s+)\s*(\d+(?:\.\d+)?)\s*%\s*(?:on |in |of |more )?"
                       r"(?:mfu|utili[sz]ation)")


_MFU_POINTS = rx.compile(r"(?:mfu|利用率)\s*(?:比之前|比以前|较之前|较以前|较上次|能|可以|可|会|再|还|估计|"
                         r"预计|大概|应该|可能|"
                         r"如果|要是|假如|假设)"
                         r"{0,3}\s*"
                         r"(提高|提升|提|高|增加|降低|低|下降|up|down)了?\s*"
                         r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:个)?(?:百分)?点|"
                         r"(\d+(?:\.\d+)?)\s*(?:percentage\s+)?(?:points?|pts?|pp)\s+"
                         # ("8 points higher on MFU": the MFU named after "on")
                         r"(better|higher|more|worse|lower)\s+(?:(?:on|in|for)\s+(?:the\s+)?)?(?:mfu|utili[sz]ation)|"
                         r"(?:mfu|utili[sz]ation)\s*(?:maybe\s+|about\s+|roughly\s+|~\s*|prob(?:ably)?\s+|likely\s+|"
                         r"prolly\s+|like\s+)?"
                         # ("MFU comes in ~10 points higher", "MFU also maybe 10 points higher";
                         # "MFU prob ~5 points better")
                         r"(?:is\s+|goes\s+|comes out\s+|comes in\s+|ends up\s+|should be\s+|will be\s+|"
                         r"also\s+|"
                         # ("MFU become 5 points higher")
                         r"(?:becomes?|gets?)\s+|"
                         # ("MFU improved 10 points")
                         r"(?:improved|improves|increased|increases|rose|rises|went up|goes up|raised|"
                         r"is up)\s+"
                         r"(?:by\s+)?|"
                         # "mfu bump +6 pts"
                         r"(?:bump|boost|gain|jump|increase|improvement|uplift|lift)s?\s+(?:of\s+|by\s+)?)?"
                         r"(?:up\s+|\+\s*)?(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+|~\s*)?(\d+(?:\.\d+)?)\s*"
                         r"(?:percentage\s+)?(?:points?|pts?|pp)\b\s*(higher|better|up|lower|worse|down)?|"
                         # "get +10 pts MFU"
                         # ("squeeze out like five more points of MFU")
                         # ("a 6-point MFU improvement": the points hyphenated before; not a drop)
                         r"(?:\+\s*|(?<![\d.]))(\d+(?:\.\d+)?)\s*-?\s*(?:more\s+|extra\s+)?"
                         r"(?:percentage[- ])?"
                         r"(?:points?|pts?|pp)\s+"
                         r"(?:of\s+|more\s+)?(?:mfu|utili[sz]ation)(?!\s+(?:drops?|loss|declines?|decreases?|regressions?|hits?))|"
                         # "bump MFU from 38% by +6 points"
                         r"(?:mfu|utili[sz]ation)[^,.;?]{0,20}?\b(?P<by>by\s*\+?\s*(\d+(?:\.\d+)?)\s*(?:percentage\s+)?"
                         r"(?:points?|pts?|pp)\b)")


# "MFU improves 500bps", "utilization up ~300 bps": a change in basis points
_MFU_BPS = rx.compile(r"\b(?:mfu|utili[sz]ation)\s+(?:(?:could|would|will|should|might)\s+)?"
                      r"(improves?|improved|rises|rose|increases?|increased|goes up|is up|up|gains?|"
                      r"falls|fell|drops?|dropped|declines?|declined|worsens|down)\s+(?:by\s+)?"
                      r"(?:~|about\s+|around\s+|roughly\s+)?(\d+(?:\.\d+)?)\s*(?:bps|bp|basis points?)\b")
# "MFU become 1.3x than before", "MFU is 1.2x what it was": the MFU as a multiple of the earlier one's
_MFU_TIMES = rx.compile(r"\b(?:mfu|utili[sz]ation)\s+(?:becomes?|became|is|goes|went|gets|got|improved?|"
                        r"improves|rises|rose|increased?|increases|will be|should be)\s+(?:up\s+)?(?:to\s+)?"
                        r"(?:about\s+|~\s*)?"
                        r"(\d+(?:\.\d+)?)\s*[x×](?![a-z0-9])")
_MFU_IMPROVES = rx.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%\s+(?:improvement|increase|gain|uplift|"
                           r"boost)\s+(?:in|of|on)\s+"
                           r"(?:the\s+)?mfu\b|"
                           r"\b(?:mfu|utili[sz]ation)\s+(?:improves?|goes up|rises?|increases?|gets better|"
                           # ("with MFU better by 30%", "MFU higher by 20%")
                           r"(?:is\s+)?(?:better|higher)(?=\s+by\b)|"
                           # ("mfu up 50% vs before": not "MFU up to 45%", the MFU it goes to)
                           r"(?:is\s+)?up(?!\s+to\b))"
                           r"\s+(?:by\s+)?(?:~|≈|about\s+|around\s+|roughly\s+)?(\d+(?:\.\d+)?)\s*%|"
                           # "assuming MFU about 10% better"
                           r"\b(?:mfu|utili[sz]ation)\s+"
                           r"(?:(?:should|will|would|could|might) (?:also |even )?be\s+|"
                           r"is\s+(?:also\s+|even\s+)?|"
                           r"(?:comes|came|ends|ended|turns|turned) out\s+|ends up\s+|"
                           # "what if MFU gets 20% better", "MFU goes 15% higher"
                           r"(?:gets|get|goes|go|got|went|becomes|is)\s+)?"
                           r"(?:(?:about|around|roughly|~|maybe|probably|likely|perhaps|prob|prolly)\s*)?"
                           r"(\d+(?:\.\d+)?)\s*%\s*(?:better|higher)\b|"
                           # "if we bump MFU by 30%", "boost utilization by ~15%"
                           r"\b(?:bump|boost|raise|improve|increase|lift|push)(?:s|ed|ing)?\s+(?:the\s+|our\s+)?"
                           r"(?:mfu|utili[sz]ation)\s+(?:up\s+)?by\s+(?:~|≈|about\s+|around\s+|roughly\s+)?"
                           r"(\d+(?:\.\d+)?)\s*%")


# "MFU 32%，优化后能高 6 个点": the points said after the MFU they are added to
# ("MFU should go up ~10 points", "mfu will rise by 5 points"): points added, said after the MFU
_MFU_GOES_UP_POINTS = rx.compile(r"\bmfu\b[^.;?!\d]{0,30}?((?:go(?:es)?|going|rise|rises|climb|climbs)\s+"
                                 r"(up|down)?\s*"
                                 r"(?:by\s+)?(?:~|about|around|roughly|another)?\s*(\d+(?:\.\d+)?)\s*"
                                 r"(?:percentage\s+)?(?:points?|pts|pp)\b)")
_REDONE_ON = rx.compile(r"\bre-?do(?:ne|ing)?\b|\brerun\b|\bre-?run\b|\bsame (?:job|run)\b|重跑|再跑一遍")
_MFU_POINTS_AFTER = rx.compile(r"(?:mfu|利用率)\s*(?:现在|目前|当前)?\s*(?:是|为|约|大概|从|由)?\s*"
                               # ("MFU 只有 32%，…能高 8 个点": how little it is, said before it)
                               r"(?:只有|仅有|仅|才|只)?\s*"
                               # ("MFU现在三成左右，要是再提高五个点": the share in tenths, the points in
                               # words)
                               r"(?:\d+(?:\.\d+)?\s*%|[一二三四五六七八九]成)\s*(?:左右|上下)?\s*[，,]?\s*"
                               # ("之前MFU 38%，听说开FP8能高8个点": a few words of why between)
                               # ("MFU 35%左右，这次开了flash attention和fused kernel，估计能再高8个点": a
                               # clause of it)
                               r"(?:[^，,。；;？?%]{0,40}[，,]\s*)?(?:[^，,。；;？?]{0,10}?)"
                               r"(?:如果|要是|假如|假设)?\s*"
                               r"(?:优化后|之后|改进后|调优后|优化以后|以后)?\s*(?:(?:能|可以|会|再|还|估计|预计)\s*)*"
                               r"((提高|提升|提|高|增加|降低|低|下降|\+)了?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*"
                               r"(?:个)?(?:百分)?点)")


# ("MFU能比我们现在高5个点": the points said against the MFU one has now, that MFU said later)
_MFU_POINTS_THAN = rx.compile(r"(?:mfu|利用率)\s*(?:能|可以|会|还|估计|预计)*\s*比[^，,。；;？?\d%]{0,12}?"
                              r"((提高|提升|提|高|增加|降低|低|下降)了?\s*(\d+(?:\.\d+)?)\s*(?:个)?(?:百分)?点)")


# "MFU 38% -> 50%", "利用率 35% → 45%": the MFU the run goes to, after the one it starts at
# ("MFU从45%掉到32%", "利用率从30%提到50%": the same in words)
_MFU_ARROW = rx.compile(r"(?:mfu|utili[sz]ation|利用率)\s*(?:of|=|:|at|is|from|从|由)?\s*\d+(?:\.\d+)?\s*%\s*"
                        # ("现在 MFU 32%，如果我们帮他调优到 45%": a few words of who and how between)
                        r"(?:[，,]\s*(?:(?!mfu|利用率)[^，,。；;？?\d%]){0,10}?)?"
                        r"(?:->|→|=>|➡|⇒|-->|~>|(?:掉|降|跌|下降|降低|提|提高|提升|升|涨|优化|调优|调)(?:到|至))\s*"
                        r"((\d+(?:\.\d+)?)\s*%)")

# users counted in groups: "~140 tenants, avg 35 seats each", "180 tenants * 22 seats", "75 tenats, each ~200
# seats", "300家租户，平均每家50个席位", "80個企業客戶，每家平均250個帳號",
# "200個tenant，每個tenant大約40個seat"
_GROUPS = r"(?:tenants?|tenats|customers|clients|companies|orgs?|organi[sz]ations|enterprises|firms|teams)"
_MEMBERS = r"(?:seats?|users?|employees|members|devs?|developers|people|accounts|licen[cs]es)"
_GROUP_MEMBERS = rx.compile(
    r"(?P<n>\d[\d,.]*\s*k?)\s+(?:[a-z]+\s+)?" + _GROUPS + r"\b[^.;?\d]{0,28}?"
    r"(?P<m>\d[\d,.]*\s*k?)\s+(?:[a-z]+\s+)?" + _MEMBERS + r"\b"
    r"|(?P<n2>\d[\d,.]*\s*(?:万|千)?)\s*(?:家|個|个)?\s*(?:企业|企業)?(?:租户|租戶|客户|客戶|tenants?|公司)"
    r"[^。；;\d]{0,16}?(?P<m2>\d[\d,.]*)\s*(?:个|個)?\s*(?:席位|坐席|帐号|帳號|账号|用户|用戶|seats?|users?)")
_EACH_GROUP = rx.compile(r"\beach\b|\bavg\b|\baverag|\bper\b|[*x×]|每家|每个|每個|平均")


def members_of_groups(r: Reading) -> None:
    """"~140 tenants, avg 35 seats each, each seat maybe 40 req/day": the users are the groups times the
    members of each (the seat's requests are each user's)."""
    for m in _GROUP_MEMBERS.finditer(r.t):
        n_, m_ = ("n", "m") if m.group("n") else ("n2", "m2")
        a, z = m.start(n_), m.end()
        if not _EACH_GROUP.search(r.t, m.end(n_), m.start(m_)) and not _EACH_GROUP.match(r.t, z + 1):
            continue
        inside = [x for x in r.stated if a <= x.start < z and isinstance(x.value, float)]
        if len(inside) != 2:
            continue
        n, k = inside[0].value, inside[1].value
        if not (isinstance(n, float) and isinstance(k, float)) or n < 2 or k < 1:
            continue
        _take_over(r, a, z, "users", n * k)
        return


# a rate measured on one server's cards, said as the node's: "1,800 tok/s on 8xH100 … if that's the whole
# node", "8卡H100上…吞吐3200 tokens/s（整机）", "on 8xH100 hits 1,800 tok/s total"
_NODE_RATE = rx.compile(r"\b(?:whole|entire|full|per|the|a|one|each) (?:node|server|box)\b|"
                        r"\bnode[- ](?:total|level|wide)\b|\bacross the (?:node|server|box)\b|"
                        r"整机|整台|单机|每台|一台|\b(?:total|aggregate)\b")


def node_rate(r: Reading) -> None:
    """A cluster rate measured on exactly one server's worth of cards (8, or the named server's), the words
    saying it is the node's: the server's rate (the same tokens per GPU, and servers counted for a load)."""
    rate = next((x for x in r.stated if x.param == "observed_tokens_per_s" and x.note == ""), None)
    count = next((x for x in r.stated if x.param == "gpus" and x.note == "" and x.value == 8.0), None)
    if rate is None or count is None or "servers" in r.params or not _NODE_RATE.search(r.t):
        return
    r.move(rate, "observed_tokens_per_s_per_server")


# an amount said for all the cards counted: "8x A100 80GB SXM, $72k BIN for the lot", "8x B200 for $300k
# total"
_LOT_AFTER = rx.compile(r"\s*(?:bin\s+|obo\s+)?"
                        r"(?:for (?:the |all (?:the |of them)?)?(?:lot|bundle|set|whole (?:lot|set|box))\b|"
                        r"for all(?: of them)?\b|total\b|in total\b|altogether\b|all together\b|the lot\b|"
                        r"(?:一起|打包|全部|总共|一共)(?=[，,。;；\s]|$))")
# a box named, then what it sells for: "selling a DGX A100 (8x A100 40GB) for $45k", "HGX H100 8-GPU chassis,
# used, asking $210k", "一台8卡H800整机二手大概160万"
_BOX_SOLD = rx.compile(r"(?:\bselling\b|\bsells? for\b|\basking\b|\blisted (?:at|for)\b|"
                       # ("an HGX H100 box (8 GPUs per node) quotes at ~$280k": a quote for the box)
                       r"\bquot(?:es|ed|ing)\s+(?:us\s+)?(?:at|for)\b|\bpriced at\b|"
                       r"\bgo(?:es|ing)? for\b)[^.;?!]{0,48}$|整机[^，,。;；\d]{0,8}$|"
                       # ("H20 8卡整机现在市场价一台大概110万左右": the box's market price, said per box)
                       r"(?:市场价|市场价格|报价|售价|行情价?)\s*(?:是|为)?\s*一台[^，,。;；\d]{0,6}$")
# ("H100 整机折算下来每张 ¥23.5万": a card's share of the box, said per card)
_PER_CARD_NEAR = rx.compile(r"每张|每卡|单卡|一张|\b(?:per|a|an) (?:card|gpu|chip)\b|\beach\b|\bapiece\b|"
                            r"/\s*(?:card|gpu)\b")
_BOX_NAMED = rx.compile(r"&|\b\d+[- ]?(?:gpu|card)\s+(?:chassis|box|server|node)\b|整机|\d+卡一台|一台\d+卡|"
                        r"\b(?:hgx|dgx)\b")


_FIRM_AFTER = rx.compile(r"\s*(?:firm|usable|available|net|in total|total|after redundancy)\b")


def firm_power(r: Reading) -> None:
    """"Gens: 5+1 x 2.5 MVA, so 12.5 MVA firm": of the powers stated, the one said to be firm (usable, in
    total) is the site's; the others are its parts."""
    spans = [s for s in r.stated if s.param == "power_mw" and s.note in ("", "duplicate")]
    firm = [s for s in spans if _FIRM_AFTER.match(r.t, s.end)]
    if len(spans) < 2 or len(firm) != 1 or firm[0].note == "":
        return
    for s in spans:
        if s is not firm[0]:
            r.retag(s, note="firm_part")
    r.params["power_mw"] = float(firm[0].value or 0)
    r.retag(firm[0], note="")


def lot_price(r: Reading) -> None:
    """"8x A100 80GB SXM, $72k BIN for the lot": the amount buys all the cards counted, one card's price
    its share; "selling a DGX A100 (8x A100 40GB) for $45k": the amount a named box sells for is the box's."""
    gpus = r.params.get("gpus")
    for st in list(r.stated):
        # ("一台8卡H800整机二手大概160万": an amount with no currency said, read as nothing yet)
        bare = st.param is None and isinstance(st.value, float) and st.value >= 1000 and CJK.search(r.t)
        if st.note != "" or not isinstance(st.value, float) or (not bare and st.param not in (
                "price_usd", "price_cny", "budget_usd", "budget_cny")):
            continue
        cur = "cny" if bare else str(st.param).split("_")[1]
        lot = _LOT_AFTER.match(r.t, st.end)
        if lot is not None and re.search(r"[.!?;。！？；]", r.t[st.end - 1:lot.end()]):
            lot = None                   # (not "… H200s at $32k. total spend": the next sentence's)
        if lot is not None and not bare and isinstance(gpus, float) and gpus >= 2 and not (
                f"price_{cur}" in r.params and str(st.param).startswith("budget")):
            r.move(st, f"price_{cur}", value=st.value / gpus, end=lot.end(),
                   text=r.norm.quote(st.start, lot.end()))
            return
        if _BOX_NAMED.search(r.masked) and _BOX_SOLD.search(r.t, max(0, st.start - 48), st.start) \
                and f"server_price_{cur}" not in r.params \
                and not _PER_CARD_NEAR.search(r.t, max(0, st.start - 8), min(len(r.t), st.end + 12)):
            r.move(st, f"server_price_{cur}")
            return


# "… at ~35% MFU … once MFU goes to 45%", "MFU 能提升到 45%": the MFU the run goes to, said in words
# after the one it has (read only when an MFU was stated before it)
_MFU_GOES_TO = rx.compile(r"(?:\bmfu|利用率)\s*(?:(?:to\s+(?:hit|reach|get\s+to|go\s+to|climb\s+to)\s+)|"
                          r"(?:goes|going|gets|getting|reaches|hits|is raised|gets pushed)\s+"
                          # ("MFU goes up 50%": a gain, not the MFU it goes to)
                          r"(?:up\s+to\s+|to\s+|(?!up\b))|"
                          # ("if MFU improves 20%": a gain too; "MFU improves to 45%" where it goes)
                          r"(?:rises|rising|climbs|climbing|improves|improving|moves|jumps|increases)\s+(?:up\s+)?to\s+|"
                          r"(?:should|will|would|could|can|might)\s+(?:go|get|rise|climb|improve|move|jump|reach)\s+"
                          r"(?:up\s+to\s+|to\s+|(?!up\b))|(?:如果|要是)?(?:能|可以|会|预计)?(?:提升|提高|升|涨|拉|优化|调优|改进)(?:到|至)|"
                          # "MFU估计能到45%", "MFU预计可达50%"
                          r"(?:估计|预计|预期|有望|应该)?\s*(?:能|可以|可|会)?\s*(?:到|达到|达|做到|跑到))"
                          r"(?:about|around|~|约)?\s*((\d+(?:\.\d+)?)\s*%)(?!\s*(?:或|或者|还是|和|、|/|or\b|vs))")
# "trained … at 35% MFU. Now moving to H100, expecting 50% MFU": the new run's MFU, after the earlier one's
_MFU_EXPECTED = rx.compile(r"\b(?:expect(?:ing|ed)?|assum(?:e|ing)|targeting|hoping for|aiming for|"
                           r"should (?:get|hit))\s+"
                           r"(?:~|about|around|roughly)?\s*((\d+(?:\.\d+)?)\s*%)\s*(?:mfu\b|model flops|"
                           # ("… at 35% MFU … After DLC retrofit they expect 42%. New duration?": the MFU said
                           # before, the clause ending with the percentage)
                           r"(?=\s*(?:[.;!?]|$)))")
_TRAINING_SAID = rx.compile(r"\bmfu\b|\btrain|训练|微调|fine-?tun|epoch|flops")
# "目前MFU 32%，如果优化到45%": the raise said without naming the MFU again
# (not "如果提到 45% 或 55%": two MFUs compared, read as options)
# ("MFU才30%，这次优化到45%": this time's raise, said after the run's MFU)
_MFU_IF_RAISED = rx.compile(r"(?:(?:如果|要是|假如|若|这次|这一次|这回|现在|后来|之后|这学期|本学期|这个版本|"
                            r"新版本?)\s*"
                            r"(?:能|可以)?\s*"
                            r"(?:优化|提升|提高|调优|改进|提)(?:后|之后|以后)?(?:到|至)\s*"
                            # ("技术说优化完能到45%": the tuning done, what the MFU comes to)
                            r"|(?:优化|调优|改进|升级)(?:完|好|后|之后|以后)\s*(?:能|可以|就能|应该能)?\s*"
                            r"(?:到|达到|提到|冲到)\s*)"
                            r"((\d+(?:\.\d+)?)\s*%)(?!\s*(?:或|或者|还是|和|、|/|or\b|vs))")
# ("这次代码优化完MFU到42%": the MFU named after the tuning, then what it comes to)
_MFU_AFTER_TUNING = rx.compile(r"(?:优化|调优|改进|升级)(?:完|后|之后|以后)\s*(?:mfu|利用率)\s*"
                               r"(?:能|可以|就)?\s*"
                               r"(?:到|至)\s*((\d+(?:\.\d+)?)\s*%)")
_POINTS_GAINED = rx.compile(r"(?:\b(?:gain|gains|get|gets|add|adds|pick up|squeeze out|improve by|"
                            r"bump(?: it)? by)\s+(?:us\s+|me\s+|them\s+|it\s+)?(?:another\s+|an extra\s+)?"
                            # ("mfu 38 if +5 pts how long", "we think +8 points": a plus sign before them)
                            r"|(?<![\w+])(?=\+\s*\d)"
                            # ("Consultant says 8 more MFU points is doable": "more" says it is a gain)
                            r"|(?<![\w.])(?=\d+(?:\.\d+)?\s*more\s+(?:percentage\s+)?(?:mfu\s+)?(?:points?|pts?|pp)\b))"
                            # ("squeeze out 5 more MFU points": the MFU named before its points)
                            r"(\+?\s*(\d+(?:\.\d+)?)\s*(?:more\s+)?(?:percentage\s+)?(?:mfu\s+)?"
                            r"(?:points?|pts?|pp)\b)(?!\s*(?:of\s+)?(?:mfu|utili[sz]ation))")
_MFU_BEFORE = rx.compile(r"\d\s*%\s*(?:mfu|利用率)|"
                         # ("mfu on our current qwen run is 28%": the run named between)
                         r"(?<![a-z])mfu\b[^.?!\d]{0,40}?\b(?:is|was|=|:|at|of)\s*(?:about|around|~)?\s*"
                         r"\d{1,2}(?:\.\d+)?\s*%|"
                         # ("our MFU was 32% on the last fine-tune": the earlier run's, said in the past)
                         r"(?:mfu|利用率)\s*(?:of|=|:|at|is|was|ran at|came in at|约|为|是|按|按照|取|now|"
                         r"currently|today)?\s*(?:about|around|~)?\s*\d|"
                         # ("MFU is only 32%": an MFU said to be little; not a fleet's 利用率只有30%)
                         r"(?<![a-z])mfu\s*(?:is|was|=|:)?\s*(?:only|just|只有|仅|才)\s*\d")


def _uncorrected(pat: re.Pattern[str], r: Reading) -> re.Match[str] | None:
    """The first match of `pat` in the question that holds no value the question corrects later
    ("20% higher MFU — sorry, 15% higher MFU": the second)."""
    return next((m for m in pat.finditer(r.t) if not any(
        s.note == "corrected" and m.start() <= s.start < m.end() for s in r.stated)), None)


# "mfu 30 to 45 on 2k gpus": the MFU before and after, no percent sign
_MFU_BARE_TO = rx.compile(r"\bmfu\s*(?:from\s*)?(?:\d{1,2}(?:\.\d+)?)\s*%?\s*(?:to|->|→)\s*"
                          r"((\d{1,2}(?:\.\d+)?)\s*%?)"
                          r"(?![\d.])")


def mfu_gain(r: Reading) -> None:
    """"50% better MFU than before": the earlier run's MFU times 1.5, not an MFU of 50%;
    "MFU 能高 5 个点", "5 points higher MFU": 5 percentage points added to it; "MFU 38% -> 50%":
    the MFU it goes to."""
    if (bare := _uncorrected(_MFU_BARE_TO, r)) and "mfu_to" not in r.params:
        _take_over(r, bare.start(1), bare.end(1), "mfu_to", float(bare.group(2)) / 100)
        return
    if (arrow := _uncorrected(_MFU_ARROW, r)) and 0 < float(arrow.group(2)) <= 100 and (
            # ("1.5万张H100，利用率30%提到六成能省多少张": a fleet's busy share raised: utilization_to)
            "mfu" in arrow.group(0) or _TRAINING_SAID.search(r.t)):
        _take_over(r, arrow.start(1), arrow.end(1), "mfu_to", float(arrow.group(2)) / 100)
        return
    goes = _uncorrected(_MFU_GOES_TO, r) or _uncorrected(_MFU_IF_RAISED, r) or _uncorrected(_MFU_EXPECTED, r)
    if goes and 0 < float(goes.group(2)) <= 100 and _MFU_BEFORE.search(r.t, 0, goes.start()):
        _take_over(r, goes.start(1), goes.end(1), "mfu_to", float(goes.group(2)) / 100)
        return
    if after := (_uncorrected(_MFU_POINTS_AFTER, r) or _uncorrected(_MFU_POINTS_THAN, r)):
        pts = after.group(3)
        value = (float(pts) if re.fullmatch(r"\d+(?:\.\d+)?", pts) else float(chinese_numeral(pts))) / 100
        lower = after.group(2) in ("降低", "低", "下降")
        _take_over(r, after.start(1), after.end(1), "mfu_gain_points", -value if lower else value)
        return
    up = _uncorrected(_MFU_GOES_UP_POINTS, r)
    if up and (_REDONE_ON.search(r.t) or _MFU_BEFORE.search(r.t, 0, up.start())):
        # ("redo it on H100 SXM … volunteer says MFU should go up ~10 points too": points added to it)
        _take_over(r, up.start(1), up.end(1), "mfu_gain_points",
                   (-1 if up.group(2) == "down" else 1) * float(up.group(3)) / 100)
        return
    gained = _uncorrected(_POINTS_GAINED, r)
    if gained and _MFU_BEFORE.search(r.t, 0, gained.start()):
        # "… at 35% MFU. if we gain +6 points, how many days saved?": points on the MFU said before
        _take_over(r, gained.start(1), gained.end(), "mfu_gain_points", float(gained.group(2)) / 100)
        return
    if bps := _uncorrected(_MFU_BPS, r):
        # ("If MFU improves 500bps": basis points, hundredths of a point: 5 points added)
        value = float(bps.group(2)) / 10000
        if bps.group(1) in ("falls", "fell", "drops", "dropped", "declines", "declined", "worsens", "down"):
            value = -value
        _take_over(r, bps.start(), bps.end(), "mfu_gain_points", value)
        return
    if pts := _uncorrected(_MFU_POINTS, r):
        said = pts.group(2) or pts.group(3) or pts.group(5) or pts.group(7) or pts.group(9)
        # ("MFU提高五个点": the points in Chinese numerals)
        value = (float(said) if re.fullmatch(r"[\d.]+", said) else chinese_numeral(said)) / 100
        if (pts.group(1) or pts.group(4) or pts.group(6)) in ("降低", "低", "下降", "down", "worse", "lower"):
            value = -value
        a, z = (pts.start("by"), pts.end("by")) if pts.group("by") else (pts.start(), pts.end())
        _take_over(r, a, z, "mfu_gain_points", value)
        return
    tuned = _uncorrected(_MFU_AFTER_TUNING, r)
    if tuned and 0 < float(tuned.group(2)) <= 100 and _MFU_BEFORE.search(r.t, 0, tuned.start()):
        _take_over(r, tuned.start(1), tuned.end(1), "mfu_to", float(tuned.group(2)) / 100)
        return
    m = _uncorrected(_MFU_GAIN, r)
    if m is None and (times := _uncorrected(_MFU_TIMES, r)) and 1 < float(times.group(1)) <= 5:
        # "MFU become 1.3x than before": a gain of 30%, not a factor on the load
        _take_over(r, times.start(), times.end(), "mfu_gain", float(times.group(1)) - 1)
        return
    if m is None and (en := _uncorrected(_MFU_IMPROVES, r)):
        # "MFU improves by 10%", "MFU goes up by 10%": the gain, not an MFU of 10%
        gain = next(g for g in en.groups() if g)
        _take_over(r, en.start(), en.end(), "mfu_gain", float(gain) / 100)
        return
    if m is None:
        # "MFU提高百分之十": the gain said in Chinese numerals
        cn = re.search(r"(?:mfu|利用率|效率)\s*(?:再|还|相对|能|可以|会){0,2}\s*(提高|提升|高|降低|低)了?\s*"
                       r"(?:百分之)?([一二三四五六七八九十百]+)\s*%", r.t)
        if cn is not None:
            value = chinese_numeral(cn.group(2)) / 100
            lower = cn.group(1) in ("降低", "低")
            _take_over(r, cn.start(), cn.end(), "mfu_gain", -value if lower else value)
        return
    value = float(m.group(1) or m.group(4) or m.group(5) or m.group(6)) / 100
    if (m.group(2) or m.group(3) or "") in ("worse", "lower", "降低", "低", "差"):
        value = -value
    _take_over(r, m.start(), m.end(), "mfu_gain", value)


def generated_tokens(r: Reading) -> None:
    """"How many kWh does it take to generate 1 billion tokens": tokens an energy is asked
    for (the basis), not a training set."""
    if "train_tokens" not in r.params or not (KW["power"].search(r.t) or _ENERGY_ASK.search(r.t)):
        return
    for st in r.stated:
        if st.param == "train_tokens" and st.note == "" and _GENERATE.search(
                r.t[max(0, st.start - 24):st.start]) and not KW["train"].search(r.t):
            r.params.pop("train_tokens", None)
            r.params["per_tokens"] = st.value  # type: ignore[assignment]
            r.retag(st, param="per_tokens")
            return


_GENERATE = rx.compile(r"\bto (?:generate|produce|output|serve)\s*$|(?:生成|产出|输出)\s*$")


# a time to the first token said in words: "I want first token in under a second", "TTFT within half a second"
# ("want the listing preview to start showing in under a second": the answer's start, in the words TTFT reads)
_FIRST_TOKEN_IN_WORDS = rx.compile(r"\b(?:first token|ttft|time to first token|"
                                   r"(?:begin|start)(?:s|ing)?\s+(?:to\s+)?"
                                   r"(?:show|appear|answer|repl|respond|stream|typ|talk|writ|display)[a-z]*|"
                                   r"(?:respond|reply|answer)(?:s|ing)?)\b[^.;,?]{0,24}?"
                                   r"\b(?:in|within|under|below|less than)\s+(?:under\s+|about\s+)?"
                                   r"(?P<n>a|one|half a)\s*(?:second|sec)\b")


# a speed each stream must get, said in tokens a second: "Want first token within 1 second and 30 tok/s
# streaming", "at least 25 tokens/s per user"
_STREAM_SPEED_AFTER = rx.compile(r"\s*(?:streaming|per (?:user|stream|session|person|reader|viewer)|each|"
                                 r"for each "
                                 r"(?:user|stream|session))\b")
_STREAM_SPEED_BEFORE = rx.compile(r"\b(?:want|need|needs|target|at least|no slower than|minimum of|"
                                  r"min)\s*(?:~|about)?\s*$")


def stream_speed_target(r: Reading) -> None:
    """"Want first token within 1 second and 30 tok/s streaming": each stream's speed asked for (a time per
    output token of 1000/30 ms), not a rate someone measured on a card."""
    if "tpot_ms" in r.params:
        return
    for st in [x for x in r.stated if x.param in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s")
               and x.note == "" and isinstance(x.value, float) and 0 < x.value <= 500]:
        if not (_STREAM_SPEED_AFTER.match(r.t, st.end) or re.search(r"\bstreaming\b|per (?:user|stream)",
                                                                   r.t[st.start:st.end])):
            continue
        if not (_STREAM_SPEED_BEFORE.search(r.t[max(0, st.start - 40):st.start])
                or re.search(r"\b(?:want|need|target)\b[^.;?]{0,60}$", r.t[max(0, st.start - 60):st.start])):
            continue
        end = m.end() if (m := _STREAM_SPEED_AFTER.match(r.t, st.end)) else st.end
        r.move(st, "tpot_ms", value=1000.0 / float(st.value or 1), end=end, text=r.norm.quote(st.start, end))
        return


# the time first, then what must come by then: "like under a second for the first word to show up"
# ("nobody waits more than half a second for it to start typing": the longest wait for the start)
_FIRST_TOKEN_AFTER_WORDS = rx.compile(r"\b(?:in|within|under|below|less than|more than|longer than|over)\s+"
                                      r"(?:under\s+|about\s+)?(?P<n>a|one|half a|0\.5)\s*(?:seconds?|secs?)\b"
                                      r"[^.;?]{0,6}?"
                                      r"\b(?:for|before|till|until)\s+(?:(?:the|a|an|its|their)?\s*(?:first\s+)?"
                                      r"(?:token|word|words|reply|answer|response|text|output)\b|"
                                      r"(?:it|the bot|the model|the ai|the assistant)\s+to\s+"
                                      r"(?:start|begin)\b)")


# the cards' share in use said in words: "we use one today at about half capacity", "running at half load"
_HALF_BUSY = rx.compile(r"\bat\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?half\s+(?:its\s+|their\s+)?"
                        r"(?:capacity|load|utili[sz]ation|speed|throughput)\b")


# what each replica holds, said after the replicas: "3 replicas …, and each one can take maybe 16
# conversations at once"
_EACH_HOLDS_BEFORE = rx.compile(r"\beach(?:\s+one|\s+replica|\s+of\s+them|\s+instance|\s+copy)?\s+"
                                r"(?:can\s+|could\s+|will\s+)?(?:take|takes|handle|handles|hold|holds|serve|serves|"
                                r"juggle|juggles|do|does)\s+(?:maybe|about|around|roughly|~|like|up to)?\s*$")


def replica_batch(r: Reading) -> None:
    """"We've got 3 replicas of Llama 3 8B …, and each one can take maybe 16 conversations at once": the
    streams at once of each replica, not the whole load."""
    if "replicas" not in r.params or "batch_per_replica" in r.params:
        return
    st = next((x for x in r.stated if x.param == "concurrent_users" and x.note == ""
               and _EACH_HOLDS_BEFORE.search(r.t[max(0, x.start - 40):x.start])), None)
    if st is not None:
        r.move(st, "batch_per_replica")
        r.params["ask_concurrent"] = True
        if "tensor_parallel" not in r.params and re.search(
                r"\beach\s+(?:one\s+)?on\s+(?:its|their)\s+own\s+#+|"
                r"\b(?:one|a single|1)\s+#+\s+(?:each|apiece|per\s+replica)\b", r.masked):
            r.params["tensor_parallel"] = 1.0     # ("each on its own L4": one card a replica)


def half_busy(r: Reading) -> None:
    """"given we use one today at about half capacity": the share of the cards in use, in words (0.5)."""
    if "utilization" in r.params:
        return
    m = _HALF_BUSY.search(r.t)
    if m is not None and not r.stated_at(m.start()):
        r.add("utilization", 0.5, m.start(), m.end())


def first_token_in_words(r: Reading) -> None:
    """"I want first token in under a second and ~40 ms per token after that": the TTFT target in words."""
    if "ttft_ms" in r.params:
        return
    m = _FIRST_TOKEN_IN_WORDS.search(r.t) or _FIRST_TOKEN_AFTER_WORDS.search(r.t)
    if m is None:
        return
    ms = 500.0 if m.group("n") in ("half a", "0.5") else 1000.0
    if r.stated_at(m.start("n")):
        # ("half a second" first read as a bare number: the wait it is)
        bare = next((x for x in r.stated if x.start <= m.start("n") < x.end and x.param is None
                     and x.note == "" and x.value == ms / 1000), None)
        if bare is not None:
            r.move(bare, "ttft_ms", value=ms, start=m.start(), end=m.end(),
                   text=r.norm.quote(m.start(), m.end()))
        return
    r.add("ttft_ms", ms, m.start(), m.end())


def output_volume_beside_a_days_input(r: Reading) -> None:
    """"we summarise ~5M input tokens a day … and generate maybe 400k output tokens": beside a day's input
    volume, an output count no single answer reaches (100k tokens or more) is the day's output."""
    st = next((x for x in r.stated if x.param == "output_tokens" and x.note == ""
               and isinstance(x.value, float) and x.value >= 1e5), None)
    if st is None or re.match(r"\s*(?:each|apiece|per|/|every)\b", r.t[st.end:st.end + 12]):
        return
    day_in = next((x for x in r.stated if x.param == "tokens_per_day" and x.note == ""
                   and re.search(r"\b(?:input|prompt)\b|输入", r.t[x.start:x.end])), None)
    if day_in is not None and "input_tokens_per_day" not in r.params:
        r.move(day_in, "input_tokens_per_day")   # (the day's volume said to be the input's)
    if "tokens_per_day" in r.params or "input_tokens_per_day" not in r.params:
        return
    r.move(st, "tokens_per_day")


_ENERGY_ASK = rx.compile(r"kwh|energy|能耗|度电|耗电")


_CN_DIGIT = "一二三四五六七八九"


_DAILY = rx.compile(r"\bdau\b|daily|日活|每日活跃|每天活跃")


_PERIODIC = rx.compile(r"\b(?:mau|wau)\b|monthly|weekly|月活|周活|每月活跃|每周活跃")


# ("6,000 use it daily", "6,000 of them log in daily": the daily count's verb between)
_ON_A_DAY = rx.compile(r"\s*(?:(?:of them\s+)?"
                       r"(?:use|open|visit|log (?:in|on)(?: to)?|come back|are active|active)"
                       r"\s+)?(?:(?:it|them|the \w+)\s+)?"
                       r"(?:on (?:a|any) (?:given |typical |normal )?day|(?:a|per|each) day|daily|"
                       r"on a weekday)\b")


# ("95k people use the app weekly": the period said after the people, by the verb)
_USE_PERIODIC = rx.compile(r"\s*(?:use|open|visit|log (?:in|on)(?: to)?|are on|are active on|book through)\s+"
                           r"(?:it|them|(?:the|our)\s+[a-z-]+)\s+(?P<p>weekly|monthly|(?:each|every|a|per) "
                           r"(?:week|month))\b")


def _period_after(r: Reading, s: Stated) -> str:
    """The period said after a count of people by its verb ("95k people use the app weekly"), or ''."""
    m = _USE_PERIODIC.match(r.t, s.end)
    return m.group("p") if m is not None else ""


def daily_of_periodic(r: Reading) -> None:
    """"400M weekly users, call it 120M DAU": both counts are used; the weekly (or monthly)
    one is the users, and the daily share is the stated ratio of the two."""
    users = [s for s in r.stated if s.param == "users" and s.note in ("", "duplicate")]
    if len(users) == 1 and (_PERIODIC.search(r.t[max(0, users[0].start - 8):users[0].end + 8])
                            or _period_after(r, users[0])):
        # ("9,000 weekly active clinicians, call it 6,000 on a given day": the daily count, its words after)
        day = next((s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)
                    and 0 < s.start - users[0].end <= 40 + len(_period_after(r, users[0]))
                    and _ON_A_DAY.match(r.t, s.end)
                    # (not "1 in 5 use it on any given day": a share, read elsewhere)
                    and not re.search(r"\b(?:1|one)\s+in\s*$", r.t[max(0, s.start - 8):s.start])), None)
        if day is not None:
            users = [users[0], r.retag(day, param="users", note="duplicate")]
    said_daily = users[1] if len(users) == 2 and _ON_A_DAY.match(r.t, users[1].end) else None
    if len(users) != 2:
        return
    kinds = []
    for s in users:
        near = r.t[max(0, s.start - 8):s.end + 8]
        own = r.t[s.start:s.end]
        periodic = _PERIODIC.search(own) or (_PERIODIC.search(near) and not _DAILY.search(own)) \
            or _period_after(r, s)
        kinds.append("periodic" if periodic else "daily" if _DAILY.search(near) or s is said_daily else "")
    if sorted(kinds) != ["daily", "periodic"]:
        return
    per, day = (users[0], users[1]) if kinds[0] == "periodic" else (users[1], users[0])
    if not (isinstance(per.value, float) and isinstance(day.value, float)) or \
            not 0 < day.value <= per.value:
        return
    monthly = bool(re.search(r"\bmau\b|monthly|月活|每月", r.t[max(0, per.start - 8):per.end + 8])
                   or "month" in _period_after(r, per))
    share = "dau_per_mau" if monthly else "dau_per_wau"
    r.params["users"] = per.value
    r.params["monthly_users" if monthly else "weekly_users"] = True
    r.params.pop("weekly_users" if monthly else "monthly_users", None)
    # ("周活2.4亿，日活按三分之一算": the day's said as a share already, not a count)
    ratio = day.value if day.value < 1 else day.value / per.value
    r.params[share] = ratio
    r.retag(per, param="users", note="")
    r.retag(day, param=share, value=ratio, note="")


_FACTOR_WORD = rx.compile(r"\b(doubl|tripl|quadrupl)(?:es|ed|e|ing)\b"
                          r"(?!\s*(?:every|evry|evey|each|per|in|time|"
                          r"period|rate|[- ]?check))|"
                          r"(翻倍|翻一番|翻两番|翻了一番|翻了两番|翻一倍|翻了一倍|减半)|"
                          r"\b(halved|halve|halves)\b|"
                          r"\b(twice|thrice)\s+(?:the|as many|as much|our|that|the number of)\b")
_FACTOR_OF = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "翻倍": 2.0, "翻一番": 2.0,
              "翻了一番": 2.0, "翻两番": 4.0, "翻了两番": 4.0, "twice": 2.0, "thrice": 3.0,
              "翻一倍": 2.0, "翻了一倍": 2.0, "减半": 0.5, "halved": 0.5, "halve": 0.5, "halves": 0.5}


def factor_words(r: Reading) -> None:
    """"if volume triples", "用户翻倍": a factor said in words, when none is written in digits
    (a doubling time, "doubling every 6 months", is not one)."""
    if "factor" in r.params or "doubling_months" in r.params or "growth_rate_year" in r.params:
        return
    m = _FACTOR_WORD.search(r.t)
    if m is None or any(st.start < m.end() and m.start() < st.end for st in r.stated) or \
            re.search(r"每(?:半年|年|季度|个?月|\d+个?月)\s*(?:就|都)?\s*$", r.t[:m.start()]):
        return
    word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    r.add("factor", _FACTOR_OF[word], m.start(), m.start() + len(word) if m.group(4) else m.end())


_ONLINE_SHARE = rx.compile(r"(?:同时在线|在线率|同时在线比例|并发率|并发比例|concurrency(?: rate)?|"
                           r"online at once|online at the same time)\s*(?:率|比例)?\s*"
                           r"(?:是|为|约|按|大约|大概|of|is|at|~)?\s*"
                           r"(\d+(?:\.\d+)?)\s*%|"
                           r"(\d+(?:\.\d+)?)\s*%\s*(?:of them\s*)?(?:are\s*)?(?:online|concurrent|active)\s*"
                           r"(?:at once|at the same time|simultaneously|concurrently|at peak)")


def online_share(r: Reading) -> None:
    """"1亿用户同时在线5%", "10M users with 2% online at once": the users in flight are that
    share of the users (one span with the count it is a share of)."""
    users = r.params.get("users")
    m = _ONLINE_SHARE.search(r.t)
    if m is None or not isinstance(users, float) or any(
            st.param == "concurrent_users" and not m.start() <= st.start < m.end() for st in r.stated):
        return
    share = float(m.group(1) or m.group(2)) / 100
    counted = next((st for st in r.stated if st.param == "users" and 0 <= m.start() - st.end <= 24), None)
    start = counted.start if counted is not None else m.start()
    _take_over(r, start, m.end(), "concurrent_users", users * share)


# (a dash between spaces after words is a pause: "running around the clock — three shifts")
_RANGE_JOIN = rx.compile(r"\s*(?:-|–|~|～|to|到|至)\s*(?:us\$|\$|¥|￥)?\s*|—\s*(?:us\$|\$|¥|￥)?\s*|"
                         r"\s+—(?=\d)")
_BETWEEN = rx.compile(r"\bbetween\s*(?:us\$|\$|¥|￥|~)?\s*$|介于\s*$")
_BETWEEN_JOIN = rx.compile(r"\s*(?:and|和|与|到)\s*(?:us\$|\$|¥|￥|~)?\s*")
_CHANGE_JOIN = rx.compile(r"\s*(?:to|到|涨到|降到|提到|升到|提高到|下降到|降低到|增加到|减少到|上调到|下调到|"
                          r"up to|down to|→|->)\s*(?:us\$|\$|¥|￥)?\s*")
# what a "from … to …" may change: a price, a rate, a power, a PUE (utilization and MFU have their own)
_CHANGES = {"electricity_usd_per_kwh", "electricity_cny_per_kwh", "price_usd", "price_cny",
            "rent_usd_per_hour", "rent_cny_per_hour", "pue", "watts_per_gpu", "watts_per_server",
            "usd_per_million_tokens", "cny_per_million_tokens", "server_price_usd", "server_price_cny"}
# bare amounts fall back to a budget; the other end's words say what the range is
_FALLBACK = {"budget_usd", "budget_cny", None}


_FIRST_WRITTEN = rx.compile(r"\D*?(\d[\d,]*(?:\.\d+)?)")


def _written_scale(text: object, value: object) -> float | None:
    """What a span's value is of the first number written in its text ("7 kW": 1,000; "2M users": a
    million), so a bare number beside it can be read at the same scale; None with no number."""
    lead = _FIRST_WRITTEN.match(str(text))
    written = float(lead.group(1).replace(",", "")) if lead else 0.0
    return float(value) / written if written > 0 and isinstance(value, float) else None


def _cards_named(r: Reading) -> int:
    """How many different catalogued accelerators the question names."""
    return len({n.key for n in r.names if n.kind == "acc"})


_SHARE_PARAMS = ("mfu", "utilization", "dau_per_mau", "dau_per_wau", "discount", "budget_share")
_PEAK_BEFORE = rx.compile(r"(?:峰值|高峰|尖峰|\bpeaks?)[^\d,，。;；]{0,10}[\d.]*$")


_RACK_POWER_BEFORE = rx.compile(r"(?:机柜|单柜|每柜|一柜|\bracks?)\s*(?:的)?\s*(?:功率|供电|电力|power|"
                                r"budget|limit|cap)?\s*"
                                r"(?:是|为|按|上限|限制|限|约|大概|of|is|are|at|=|:)?\s*(?:about|around|~)?\s*$")


def ranges(r: Reading, shares_only: bool = False) -> None:
    """"$2-3/hr", "$25k-30k per GPU", "每卡时12-15元": one parameter given as a range; both ends
    take the parameter the words give, the low end is used and the high end becomes the second
    option (calc/options.py build_options answers for both)."""
    # ("每天三四百次对话": both ends read with one parameter, the high end taken as its second value)
    spans = sorted((st for st in r.stated if isinstance(st.value, float) and (
        st.note == "" or (st.note == "duplicate" and st.param is not None))), key=lambda st: st.start)
    for lo, hi in itertools.pairwise(spans):
        gap = r.t[lo.end:hi.start]
        # (a second value of the same parameter joins only by a dash: "每天3-4百次", not "从700W升到1200W")
        if lo.note != "" or (hi.note == "duplicate" and (
                hi.param != lo.param or not re.fullmatch(r"\s*[-–~～]\s*", gap)
                or re.search(r"(?:\bfrom|从)\s*$", r.t[max(0, lo.start - 8):lo.start]))):
            continue
        # "电价从0.55涨到0.68元/度", "PUE from 1.5 to 1.25": a change, answered before and after
        changed = re.search(r"(?:\bfrom|从)\s*(?:us\$|\$|¥|￥)?\s*$",
                            r.t[max(0, lo.start - 8):lo.start]) is not None
        # ("HBM goes for between 4 and 6x DRAM": a range said with "between … and")
        between = _BETWEEN.search(r.t[max(0, lo.start - 12):lo.start]) is not None \
            and _BETWEEN_JOIN.fullmatch(gap) is not None
        joined = between or bool(_RANGE_JOIN.fullmatch(gap)) or (
            re.search(r"[-~～到至]$", lo.text) is not None and not gap.strip()) or (
            changed and (bool(_CHANGE_JOIN.fullmatch(gap)) or (
                re.search(r"(?:到|to)$", lo.text) is not None and not gap.strip())))
        if not joined or lo.param == hi.param == None or hi.param == "users_to":  # noqa: E711
            continue
        if not re.search(r"[\d一二两三四五六七八九十百千万亿]", str(lo.text)):
            continue                      # ("around the clock — three shifts": words, no low end)
        param = hi.param if hi.param not in _FALLBACK else lo.param
        if hi.param == "watts_per_server" and lo.param in (None, "server_power_cap_w") \
                and re.fullmatch(r"[\d.,]+\s*(?:kw|w|千瓦|瓦)(?:\s*(?:each|apiece|per rack|"
                                 r"a rack))?", str(hi.text).lower()) \
                and _RACK_POWER_BEFORE.search(r.t[max(0, lo.start - 16):lo.start]):
            # ("单机柜功率20~25kW": the rack's words before the low end name the range; the high end's unit
            # alone
            # had made it one server's draw)
            param = "server_power_cap_w"
        if shares_only and (param not in _SHARE_PARAMS or (hi.param is not None and lo.param is not None)):
            # (the second pass: a share's range, read only with the intent: "MFU 按 20%~30%", or "40-55% MFU"
            # with the low end unread)
            continue
        if param == "factor" and _PEAK_BEFORE.search(r.t[max(0, lo.start - 16):lo.end]):
            param = "peak_factor"         # "峰值 2~3 倍", "peak 2-3x": the peak's range
        if changed and param not in _CHANGES:
            continue
        # ("META capex guide $64-72bn": a budget's range, written tight, its scale after the high end)
        # ("30-40k to throw at it": the budget's words after the high end)
        budget_range = ((lo.param in ("budget_usd", "budget_cny") and hi.param is None)
                        or (lo.param is None and hi.param in ("budget_usd", "budget_cny"))) \
            and not gap.strip(" -–~") \
            and not shares_only
        if budget_range:
            param = lo.param or hi.param
        if (param in _FALLBACK and not budget_range) or not isinstance(lo.value, float) \
                or not isinstance(hi.value, float):
            continue
        if changed and param is not None and lo.value != hi.value and \
                max(lo.value, hi.value) <= 10 * min(lo.value, hi.value):
            for st in (lo, hi):
                if st.param and st.param != param and r.params.get(st.param) == st.value:
                    del r.params[st.param]
            r.retag(lo, param=param, note="")
            r.retag(hi, param=param, note="option")
            r.params[param] = lo.value
            r.params["range_of"] = param
            r.params["range_high"] = hi.value
            return
        low = lo.value
        if hi.param is None and isinstance(hi.value, float) and hi.value > 1 and low <= 1 and \
                str(hi.text).rstrip().endswith("%") and param in _SHARE_PARAMS:
            # "MFU 按 20%~30%": the high end is a share too
            hi = replace(hi, value=hi.value / 100)
            r.stated = [hi if st.start == hi.start else st for st in r.stated]
        assert isinstance(hi.value, float)
        scale = _written_scale(hi.text, hi.value)
        if lo.param is None and param == "growth_rate_year" \
                and re.match(r"\D*[\d.,]+\s*(?:倍|x|×|times)", str(hi.text)) \
                and scale is not None and scale < 1:
            # "一年增长约3~4倍": a multiple a year, read as a rate (4x is +300%): the low end too
            low -= 1
            lo = replace(lo, value=low)
            r.stated = [lo if st.start == lo.start else st for st in r.stated]
        elif lo.param is None and scale is not None:
            if (scale > 1 or re.match(r"\D*[\d.,]+\s*%", str(hi.text))) and low * scale < hi.value:
                # "1-2M users", "grows 50-80% a year": the low end in the high end's unit
                low *= scale
                lo = replace(lo, value=low)
                r.stated = [lo if st.start == lo.start else st for st in r.stated]
        if param in (None, "year") or low >= hi.value or hi.value > low * 10:
            continue                      # "8-GPU", "2024-2026", "1-10x" are not one value's range
        for st in (lo, hi):
            if st.param and st.param != param and r.params.get(st.param) == st.value:
                del r.params[st.param]
        r.retag(lo, param=param, note="")
        r.retag(hi, param=param, note="option")
        r.params[param] = low
        r.params["range_of"] = param
        r.params["range_high"] = hi.value
        return
    for st in [x for x in spans if x.note == ""]:
        # "预算十几亿人民币": a vague amount answered at both ends of what it can mean
        if st.start in r.vague and st.param and r.params.get(st.param) == st.value:
            r.params["range_of"] = st.param
            # (the upper end in the parameter's unit: "a few hundred booking msgs an hour" read a second)
            low = r.vague_low.get(st.start) or 0.0
            scale = float(st.value or 0) / low if low and isinstance(st.value, float) else 1.0
            r.params["range_high"] = r.vague[st.start] * scale
            return


def second_range(r: Reading) -> None:
    """"两三千个客人咨询，每人问7，8个问题": a range of another parameter than the one compared at both ends
    (one range is answered as two options) is read at its middle, the span quoting both ends."""
    spans = sorted((st for st in r.stated if isinstance(st.value, float)), key=lambda st: st.start)
    for lo, hi in itertools.pairwise(spans):
        # (a dash or tilde between, not "from 38% to 45%": a change, answered before and after)
        if lo.param is None or lo.param != hi.param or lo.note != "" or hi.note != "duplicate" \
                or r.params.get("range_of") in (None, lo.param) \
                or not re.fullmatch(r"\s*[-–~～]\s*", r.t[lo.end:hi.start]) \
                or not isinstance(lo.value, float) or not isinstance(hi.value, float) \
                or not lo.value < hi.value <= 10 * lo.value:
            continue
        mid = (lo.value + hi.value) / 2
        r.stated = [x for x in r.stated if x is not hi]
        r.retag(lo, value=mid, end=hi.end, text=r.norm.quote(lo.start, hi.end))
        r.params[str(lo.param)] = mid


_IN_USE = rx.compile(r"(?:已用|已经用了?|已占用|占用了?|用掉了?|\bused\b|\bin use\b|\boccupied\b|\btaken\b|"
                     r"already (?:used|taken|committed))\s*(?:了)?\s*$")


def power_in_use(r: Reading) -> None:
    """"电力容量3.5兆瓦，已用1.2MW，剩余还能上多少台": the free power is the capacity less
    what is in use (the second span is an option of the first, so both count as used)."""
    spans = [st for st in r.stated if st.param == "power_mw" and st.note in ("", "duplicate")
             and isinstance(st.value, float)]
    if len(spans) != 2:
        return
    cap, used = sorted(spans, key=lambda st: st.start)
    if not (isinstance(cap.value, float) and isinstance(used.value, float)) or \
            not _IN_USE.search(r.t[max(0, used.start - 12):used.start]) or not cap.value > used.value:
        return
    r.params["power_mw"] = float(cap.value) - float(used.value)
    r.params["power_mw_in_use"] = float(used.value)
    r.params["power_mw_capacity"] = float(cap.value)
    r.retag(used, note="option")


_USERS_SUBJECT = rx.compile(r"user ?base|\busers?\b|audience|\bdau\b|\bmau\b|\bwau\b|subscribers|customers|"
                            r"\bseats?\b|\bdevs\b|developers|engineers|employees|licen[cs]es|"
                            # ("robot count goes from 800 to 20,000 units … each bot …": machines served each)
                            r"\brobots?\b|\bbots\b|\bdevices\b|\bvehicles\b|\bcars\b|\bdrones\b|"
                            r"用户|日活|月活|周活|席位|开发者|工程师|员工|机器人|设备|车辆|商家|商户|主播|会员|卖家|"
                            r"\bmerchants\b|\bsellers\b|\bstreamers\b|\bmembers\b")
# "从现在 100 万增长到年底 2000 万": the time the target is for may come between
# ("~200 employees use the chatbot; management wants to roll it out to all 3,500": the users it reaches)
_ROLLED_OUT = rx.compile(r"\b(?:roll(?:ed|ing)?\s+(?:it\s+|this\s+|them\s+)?out|expand(?:ed|ing)?|"
                         r"generali[sz]e|extend)\s+(?:it\s+)?to\s+(?:all\s+the\s+)?"
                         r"(?:all|every|the whole)?\s*"
                         r"(?:of\s+)?(?:our|the)?\s*(?:~|about|around)?\s*$|"
                         # ("then rolling it out to all our venues, so maybe 1,500 a day": where, then how
                         # many)
                         r"\broll(?:ed|ing)?\s+(?:it\s+|this\s+|them\s+)?out\s+to\b[^.;?!\d]{0,40}?"
                         r"\b(?:so|say|call it|then|that's|thats)\s*(?:maybe|about|around|roughly|~)?\s*$")
_FROM_NOW = rx.compile(r"(?:\bpilot(?:ing|ed|s)?|\bpiloto)\b[^.;\d]{0,60}$|"
                       r"(?:\bfrom|从|由|(?:^|[\s:;,，：；])(?:现在|目前|today|now|currently|pilot|piloto|"
                       # ("We're at 1,200 app users and hoping for 15,000": where it stands today)
                       r"we'?re at|we are at|sitting at))"
                       r"[^,，。;；\d]{0,12}$")
# ("涨到maybe 800万", "to maybe 50M": a hedge after the word for the target)
_FROM_TO = rx.compile(r"(?:\bto|->|→|到|增至|增加至|增长至|升至|扩大至|提升至|上升至|达至|"
                      r"\bhoping for|\bhope for|\baiming for|\baim for|\btargeting)\s*"
                      r"(?:(?:今年|明年|后年)?(?:年底|年末|底)|明年|后年)?\s*"
                      r"(?:maybe|perhaps|probably|possibly|hopefully|ideally|potentially|like|about|around|roughly|~|≈|大概|可能|也许)?\s*$|"
                      # "目前覆盖5,000名员工，计划推广到全集团2万人": rolled out to, the whole of something
                      r"(?:推广到|扩展到|扩大到|覆盖到|铺开到|推到)[^,，。;；\d]{0,6}$|"
                      # "现在日活五百万，明年要冲两亿"
                      r"(?:今年|明年|后年|年底)?\s*(?:要|能|会)?\s*(?:冲|冲到|涨到|达到|做到|增长到|增加到)\s*$|"
                      # "现在 200万 DAU → 18个月后 2000万": the time the target is for, said after an arrow
                      r"(?:->|→)\s*[^,，。;；]{0,12}(?:后|以后|之后|later|from now)\s*$")
# "每个用户每天的token用量从2万涨到5万": the users' tokens go from one to the other, not the users
_OTHER_SUBJECT = rx.compile(r"token|用量|价格|单价|功耗|电价|利用率|pue|mfu|price|tariff|power")
NOT_USERS = rx.compile(r"并发|concurrent|simultaneous|同时在线|在线")   # concurrent users compare, not grow


_ORG_SIZE = rx.compile(r"[\d.,]+\s*[km]?-[a-z]+(?:\s|$)")


_RESTATED_AS = rx.compile(r"\s*[,;(（]?\s*(?:call it|say|i\.e\.?|that'?s|of which|of them)\s*[~≈]?\s*$")


def users_restated(r: Reading) -> None:
    """"~30k employees, call it 18k DAU": a second count of users said as what the first comes to is the
    users (the first said again, not a value set aside)."""
    first = next((st for st in r.stated if st.param == "users" and st.note == ""), None)
    again = next((st for st in r.stated if st.param == "users" and st.note == "duplicate"
                  and first is not None and st.start > first.end
                  and _RESTATED_AS.fullmatch(r.t[first.end:st.start])), None)
    if first is None or again is None or not isinstance(again.value, float) \
            or re.search(r"weekly|monthly|\bwau\b|\bmau\b|周活|月活", str(first.text).lower()):
        return                           # ("900k weekly users, call it 350k DAU": the daily share, later)
    _second_users(r, again, first, "restated")


# the words before one's own arithmetic: "… so what, 0.3 a day?", "i.e. ~40 a day", "也就是每天0.3次"
_SO_BEFORE = rx.compile(r"(?:\bso(?:\s+what|\s+like)?|\bi\.e\.|\bthat'?s|\bwhich is|\bcall it|=|≈)\s*,?\s*"
                        r"(?:about|around|roughly|~|like)?\s*$|(?:所以|也就是|相当于|约等于)\s*(?:每天|一天)?\s*$")


def converted_restated(r: Reading) -> None:
    """"Each one chats maybe twice a week... so what, 0.3 a day?": the asker's own conversion of a value
    already read, said again in the unit the calculation uses (within 12% of it): that value said again,
    not a number left over."""
    for x in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
              and x.value > 0 and _SO_BEFORE.search(r.t[max(0, x.start - 20):x.start])]:
        same = next((k for k, v in r.params.items() if isinstance(v, float)
                     and v > 0 and abs(float(x.value or 0) - v) <= 0.12 * v
                     and any(st.param == k and st.note == "" for st in r.stated)), None)
        if same is not None:
            r.retag(x, param=same, note="restated")


def _second_users(r: Reading, users: Stated, aside: Stated, note: str) -> None:
    """A second count of users said is the users; the first is set aside with `note`."""
    r.params["users"] = float(users.value or 0)
    r.retag(users, note="")
    r.retag(aside, note=note)


_EACH_BUSINESS = rx.compile(EACH_BUSINESS_ZH)


def businesses_counted(r: Reading) -> None:
    """"每个商家每天大概消耗2万token输出，一共6000家": businesses counted with 家, each of them said to be a
    user elsewhere, are the users."""
    if "users" in r.params or _EACH_BUSINESS.search(r.t) is None:
        return
    # ("平台上现在1.2k家民宿，每家每天平均40条客人消息": the businesses named after their 家)
    st = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and re.fullmatch(r"[\d.,]+\s*[kw万千]?\s*家\s*[\u4e00-\u9fff]{0,4}",
                                r.t[x.start:x.end].strip())),
              None)
    if st is not None:
        r.move(st, "users")
        day = next((x for x in r.stated if x.param == "queries_per_day" and x.note == ""
                    and re.search(r"每家(?:每天|每日|一天)[^，,。;；\d]{0,6}$",
                                  r.t[max(0, x.start - 12):x.start])),
                   None)
        if day is not None and "queries_per_user" not in r.params:
            r.move(day, "queries_per_user")   # (each one's day: "每家每天平均40条")


_DAILY_USERS = rx.compile(r"\bdaily (?:active )?users\b|\bdau\b|日活")
_STAFF_COUNT = rx.compile(r"[\d.,]+(?:\s*[万千亿百](?:\s*[\d.,]+)?)*\s*[km]?\s+"
                          r"(?:staff|employees|people|personnel|workers|headcount)")


def org_size_yields(r: Reading) -> None:
    """"we're a 12-person startup. 8,000 paying seats …": an organisation's size said as a compound is its
    users only when no other count of users is said; else the other count is the users."""
    org = next((st for st in r.stated if st.param == "users" and st.note == ""
                and _ORG_SIZE.match(str(st.text).lower())), None)
    other = next((st for st in r.stated if st.param == "users" and st.note == "duplicate"
                  and isinstance(st.value, float)), None)
    if org is None and other is not None and _DAILY_USERS.search(r.t[other.start:other.end]):
        # ("c. 11,000 staff … Expect circa 3,500 daily users": the staff are the organisation, the daily users
        # the load)
        org = next((st for st in r.stated if st.param == "users" and st.note == ""
                    and _STAFF_COUNT.fullmatch(r.t[st.start:st.end].strip())), None)
    if org is None or other is None:
        return
    _second_users(r, other, org, "org_size")
    low = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                and x.end <= other.start and re.fullmatch(r"\s*(?:-|–|~|to)\s*", r.t[x.end:other.start])
                and 0 < x.value < float(other.value or 0)), None)
    if low is not None:
        # ("a 6-crew … co … maybe 200-300 people a day": the other count a range, read as ranges are, its low
        # end the value and its high end the second option)
        r.params["users"] = float(low.value or 0)
        r.retag(low, param="users")
        r.retag(next(x for x in r.stated if x.start == other.start and x.param == "users"), note="option")


# a count of places, not people: "42家店", "开到100家", "220 stores"
_PLACES = rx.compile(r"[\d.,一二两三四五六七八九十百千万]+\s*[万千]?\s*(?:来|多|余)?\s*(?:家|个)\s*"
                     r"(?:店|门店|分店|店铺|网点|分行|支行)?$|"
                     # ("we run 2 taco trucks … figure 2k ppl a day": trucks and stalls are places too)
                     r"[\d.,]+\s*k?\s*(?:[a-z]+[- ])?(?:stores|shops|branches|outlets|locations|sites|"
                     r"clinics|offices|trucks|vans|carts|stalls|stands|kiosks|facilities|kitchens|restaurants|"
                     r"venues|depots|warehouses|centres|centers|cafes|cafés|restos|bars|pubs|hotels|motels|"
                     r"salons|gyms|pharmacies|bakeries|farms|hospitals|schools|customers? sites?)$")
_EACH_PLACE = rx.compile(r"每(?:家|个)?(?:店|门店|分店|网点)|"
                         r"\b(?:per|each|every|a)\s+(?:store|shop|branch|outlet|"
                         r"location|site|clinic|office)\b|/\s*(?:store|shop|branch|site)\b")
_PEOPLE_SAID = rx.compile(r"日活|月活|周活|用户|客户|会员|\busers?\b|\bdau\b|\bmau\b|\bcustomers?\b|"
                          # ("在住宝妈六百来人": people counted by 人, or named)
                          r"\bmembers?\b|\bppl\b|\bpeople\b|人$|宝妈|妈妈|家长|学员|学生|患者|客人|顾客|住户|"
                          # ("11,000 tenants across 52 facilities")
                          r"\btenants?\b|\bclients?\b|\bpatients?\b|\bstudents?\b|\bguests?\b|\bfamilies\b")


# the loads a count of users would carry: with none of them said, shops counted are no users
_USERS_LOADS = frozenset({"queries_per_user", "queries_per_day", "qps", "tokens_per_day",
                          "tokens_per_user_day", "usd_per_user_month", "cny_per_user_month", "load_per_site",
                          "concurrent_users", "input_tokens", "output_tokens", "users_to", "growth_rate_year",
                          "doubling_months"})


def places_not_users(r: Reading) -> None:
    """"我们连锁现在全国42家店，AI客服日活1.5万，明年计划开到100家，用户预计涨到3.5万", "We have 42 stores and
    15k daily users … We run 6 L40S now": the stores counted (and their growth) are places; the people counted
    beside them are the users, and their growth the one the fleet follows (nothing is placed in each store
    unless the question says so)."""
    if "queries_per_day" in r.params and "users" not in r.params:
        # ("we supply about 600 cafes … Avg day is ~2,500 order texts": the places served, each a user of the
        # day's load said on its own, which is shared out over them)
        each_counted = [m.start("n") for m in _EACH_ONE_COUNTED.finditer(r.t)]
        served = [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                  and x.value >= 2 and _PLACES.search(str(x.text).lower()) and x.start not in each_counted]
        if len(served) == 1:
            r.move(served[0], "users")
    people = next((st for st in r.stated if st.param == "users" and st.note in ("", "duplicate")
                   and isinstance(st.value, float) and _PEOPLE_SAID.search(str(st.text).lower())
                   and not _PLACES.search(str(st.text).lower())), None)
    # (not "20 shops, each a 1-GPU server with an L4": shops that hold the cards)
    if people is None and not _EACH_PLACE.search(r.t) and not _USERS_LOADS.intersection(r.params) \
            and not {"gpus_per_server", "servers", "sites"}.intersection(r.params):
        # ("集团想建算力池给30家店共用，预算1200万 … 能搭几个32卡的池子": shops counted with no load of
        # theirs said are no users to size a fleet for)
        for st in [x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)
                   and _PLACES.search(str(x.text).lower())]:
            if r.params.get("users") == st.value:
                r.params.pop("users", None)
            r.retag(st, param=None, note="places_alone")
        return
    if people is None or _EACH_PLACE.search(r.t):
        return
    # (places that hold cards each, "30个城市分中心各放2张L4", "3 sites (three universities) each donate
    # 4090s", are sites; only shops counted beside the people are no more than places)
    kinds: tuple[str | None, ...] = (None, "users", "users_to") if "gpus_per_server" in r.params \
        else (None, "users", "users_to", "sites")
    places = [st for st in r.stated if st.param in kinds
              and (st.param != "sites"
                   or re.search(r"stores|shops|branches|outlets|店", str(st.text).lower()))
              and st.note in ("", "duplicate")
              and isinstance(st.value, float) and _PLACES.search(str(st.text).lower())]
    if not places:
        return
    for st in places:
        if st.param is not None and r.params.get(str(st.param)) == st.value:
            r.params.pop(str(st.param), None)
        r.retag(st, param=None, note="places")
    r.params["users"] = float(people.value or 0)
    r.retag(people, note="")


def users_from_to(r: Reading) -> None:
    """"our user base grows 3x a year from 5 million to 100 million", "from 1M to 100M users": two
    counts from one to the other, told of the users (before them, or with the second), are today's
    users and the target."""
    if "users_to" in r.params:
        return
    # ("users from 300M weekly to 1B": a count with B waiting to be read as a model's size, or not)
    sizes = {Stated(r.norm.quote(q[2], q[3]), None, q[4], "", q[2], q[3]): q
             for q in r.pending if q[0] == "size"}
    # ("from 800 to 20,000 units": a count of units, read as cards, may be the second)
    vehicles = _about_vehicles(r)
    counts = sorted([*(st for st in r.stated if (st.param in (None, "users") or (
        st.param == "gpus" and re.search(r"\bunits?$", str(st.text)))
        # ("robotaxi车队计划从2000台扩到5万台": vehicles counted in 台, not servers)
        or (vehicles and st.param == "servers" and re.search(r"[台辆輛]$", str(st.text))))
        and isinstance(st.value, float)
                       and st.note in ("", "duplicate", "option")), *sizes], key=lambda st: st.start)
    for first, second in itertools.pairwise(counts):
        if first in sizes:
            continue
        # (the words before the number: a span may start with them, "日活从100万")
        digit = re.search(r"[\d零一二两三四五六七八九十百千]", str(first.text))
        at = first.start + (digit.start() if digit is not None else 0)
        head = r.t[max(0, at - 64):at]
        between = r.t[at:second.start]
        if not (_FROM_NOW.search(head) and ((len(between) < 40 and _FROM_TO.search(between))
                                            or _ROLLED_OUT.search(between))):
            continue
        sentence = re.split(r"[.。?？!！]", r.t[:first.start])[-1] + r.t[second.start:second.end + 12]
        clause = re.split(r"[,，。;；?？!！]|\.\s", head)[-1]
        told = (_USERS_SUBJECT.search(sentence) and not _OTHER_SUBJECT.search(clause)) \
            or second.param == "users" or first.param == "users"
        now, then = float(first.value or 0), float(second.value or 0)
        if not told or NOT_USERS.search(head) or not now < then:
            continue
        r.params["users"], r.params["users_to"] = now, then
        r.retag(first, param="users", note="")
        if second in sizes:
            r.pending.remove(sizes[second])
            r.stated.append(replace(second, param="users_to"))
        else:
            if second.param in ("gpus", "servers") and r.params.get(str(second.param)) == second.value:
                del r.params[str(second.param)]   # (the units were not cards, the 台 not servers)
            r.retag(second, param="users_to", note="")
        if r.params.get("range_of") == "users":
            r.params.pop("range_of")       # ("日活从100万到300万": a way to go, not a range of answers)
            r.params.pop("range_high", None)
        return


def _second_value(r: Reading, st: Stated, param: str, value: float) -> None:
    """Span `st` is `param`'s second stated value (compared as two options): what it was first
    read as is taken back."""
    if st.param is not None and r.params.get(st.param) == st.value and st.note != "duplicate":
        del r.params[st.param]
        # "$15k vs $30k for an H100. With a $300M budget": the budget is the next one stated
        nxt = next((x for x in r.stated if x.param == st.param and x.note == "duplicate" and x is not st
                    and isinstance(x.value, float)), None)
        if nxt is not None:
            r.params[str(st.param)] = float(nxt.value)  # type: ignore[arg-type]
            r.retag(nxt, note="")
    if st.param is None and (num := _NUMBER_WORDS.match(r.t[st.start:st.end])):
        # a bare number's span runs on over the word after it ("1 on"): the value is the number
        st = replace(st, text=r.norm.quote(st.start, st.start + num.end()), end=st.start + num.end())
        r.stated = [st if x.start == st.start and x.param is None else x for x in r.stated]
    r.retag(st, param=param, value=value, note="duplicate")


# (a place or time said of the first value may come before the joining word: "PUE 1.5 in the old
# site vs 1.2 at the new one", "$0.11/kWh today or 0.09")
_VERSUS = rx.compile(r"\s*(?:(?:in|at|for|on)\s+(?:the\s+|our\s+|a\s+)?[a-z]+(?:\s+[a-z]+)?\s*,?\s+|"
                     r"(?:today|now|currently|on-demand|on demand|reserved|spot|list|retail|new|used|"
                     r"committed)\s*,?\s+)?"
                     r"(?:(?:price|prices|cost|rate)\s+)?(?:vs\.?|versus|or|/|或者?|还是|对比|"
                     r"instead of|rather than|compared (?:to|with)|against|而不是|而非|和|与|跟|"
                     r"(?:cheaper|more expensive|pricier|higher|lower|better|worse) than|than)\s*"
                     r"(?:every|each|每|按|以|取)?\s*(?:us\$|\$|¥|￥)?\s*")
# "utilization drops from 60% to 40%", "汇率从7.1变到7.3": a value before and after, compared
_FROM = rx.compile(r"(?:\bfrom|从)\s*(?:us\$|\$|¥|￥)?\s*$")
# "price drops from $35,000": the "from" inside the first value's own words
_FROM_IN = rx.compile(r"(?:\bfrom|从)\s*(?:us\$|\$|¥|￥)?\s*[\d.,]+\s*\S{0,8}$")
_TO = rx.compile(r"\s*(?:(?:down |up )?to|->|→|到|变到|变成|升到|降到|涨到|增加到|加到|减少到|"
                 r"提高到|降低到|提升到|调到)\s*"
                 r"(?:us\$|\$|¥|￥)?\s*")
_VERSUS_OK = {"pue", "watts_per_gpu", "watts_per_server", "electricity_usd_per_kwh",
              "electricity_cny_per_kwh", "price_usd", "price_cny", "rent_usd_per_hour",
              "rent_cny_per_hour", "utilization", "mfu", "usd_cny", "usd_per_million_tokens",
              "cny_per_million_tokens", "peak_factor", "hbm_multiple", "queries_per_user",
              "concurrent_users", "growth_rate_year", "doubling_months", "tpot_ms", "ttft_ms",
              "train_tokens", "epochs", "tokens_per_user_day", "input_tokens", "output_tokens",
              "discount", "joules_per_token", "server_power_cap_w", "dau_per_mau"}


# the per-card quantities two options are often listed with, the unit written once after the second
_LISTED = {"observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "observed_tokens_per_s_per_server",
           "rent_usd_per_hour", "rent_cny_per_hour", "price_usd", "price_cny", "watts_per_gpu",
           "watts_per_server", "gpu_tflops", "hbm_gb_per_gpu"}
_LIST_JOIN = rx.compile(r"\s*(?:and|&|和|与|跟|、)\s*")
# ("at 700 and 1000 W each": a price only by its "at", no money written)
_MONEY_MARK = rx.compile(r"[$¥￥]|usd|rmb|cny|美元|美金|元|块|刀|dollar|bucks|\d\s*[km]\b|万")


def listed_pair(r: Reading) -> None:
    """"measured 380 and 1100 tok/s per GPU respectively" (two cards named): a bare number joined by
    "and" to a value of a per-card quantity, whose unit is written once after the second, is the
    first option's value of that quantity (at the same scale: "5 and 7 kW")."""
    if _cards_named(r) < 2:
        return
    spans = sorted(r.stated, key=lambda st: st.start)
    for a, b in itertools.pairwise(spans):
        bare = a.param is None or (a.param in ("price_usd", "price_cny") and b.param != a.param
                                   and not _MONEY_MARK.search(str(a.text))) or (
            # ("assuming $15,000 and $30,000 per chip respectively": the first amount read as a budget for
            # want of its unit, which the second carries)
            a.param in ("budget_usd", "budget_cny") and b.param == a.param.replace("budget", "price"))
        if not bare or a.note != "" or not isinstance(a.value, float) \
                or b.param not in _LISTED or not isinstance(b.value, float) \
                or not _LIST_JOIN.fullmatch(r.t[a.end:b.start]):
            continue
        scale = _written_scale(r.t[b.start:b.end], b.value)
        if scale is None:
            continue
        value = a.value * scale
        if not 0.05 <= value / b.value <= 20:
            continue                   # (two values of one quantity are of a size)
        r.retag(a, param=b.param, value=value, note="duplicate")
        # (the first written is the first option's: it is the one kept, the second its other value)
        if a.param is not None:
            r.params.pop(str(a.param), None)
        r.params[str(b.param)] = value
        r.stated = sorted(
            [replace(x, note="") if x.start == a.start else
             replace(x, note="duplicate") if x is b else x for x in r.stated], key=lambda x: x.start)


# what joins the values of a list: "30%, 40% or 50%", "1.1 / 1.3 / 1.5", "12元、15元、18元", "$50M vs $100M vs
# $200M", "5 次、10 次 或 20 次"
_LIST_SEP = rx.compile(r"\s*(?:[,，、/;；]\s*(?:or|and|或者?|还是|和|与)?|or|vs\.?|versus|或者?|还是|和|与)"
                       r"\s*(?:us\$|\$|¥|￥)?\s*")
_BARE_OR_BUDGET = (None, "budget_usd", "budget_cny", "factor")
# a bare amount read as a card's price for want of words ("at 1.3, 1.4 or 1.6 kW per GPU"): the list's
# other quantity when one is named, a price list only when nothing else is
_WEAK = ("price_usd", "price_cny")


def _weak(r: Reading, st: Stated) -> bool:
    """A price read from a bare number ("at 1.3"): no currency or unit written with it."""
    return st.param in _WEAK and re.fullmatch(r"\s*(?:(?:at|@|costs?|is|of)\s+)?[\d.,]+\s*,?\s*",
                                              r.t[st.start:st.end]) is not None


# the quantity a pasted list's header names: "H100 租金报价（每卡每小时）：", "electricity quotes ($/kWh):"
_LIST_HEADER = (("rent_{cur}_per_hour",
                 rx.compile(r"租金|租价|卡时|\brent|\bper (?:gpu[- ]?)?h(?:ou)?r|/\s*h(?:ou)?r\b|每小时")),
                ("electricity_{cur}_per_kwh", rx.compile(r"电价|电费单价|electricity|power price|kwh")),
                ("price_{cur}", rx.compile(r"单价|卡价|售价|报价|quotes?|prices?|\beach\b|每张")))
_LABEL_LINE = rx.compile(r"\s*[-*•]?\s*[^\d\n:：|]{1,16}?\s*[:：]?\s*$")


def labelled_lines(r: Reading) -> None:
    """"H100 租金报价（每卡每小时）：\nA家 1.65美元\nB家 1.99美元\nC家 2.4美元": three or more lines,
    each a label and one amount, under a header that names the quantity: each amount is an option
    of it (they had been read as a budget)."""
    if r.t.count("\n") < 3:
        return
    starts = [0] + [m.end() for m in re.finditer("\n", r.t)]
    money = [st for st in r.stated if isinstance(st.value, float) and text_cur(st.text)]
    lines: list[tuple[int, Stated]] = []
    for k, a in enumerate(starts):
        end = starts[k + 1] - 1 if k + 1 < len(starts) else len(r.t)
        inside = [st for st in r.stated if a <= st.start < end and isinstance(st.value, float)]
        if len(inside) == 1 and inside[0] in money and _LABEL_LINE.fullmatch(r.t[a:inside[0].start]) \
                and not r.t[inside[0].end:end].strip(" ,，;；。"):
            lines.append((k, inside[0]))
    run = [lines[0]] if lines else []
    for item in lines[1:]:
        if item[0] == run[-1][0] + 1:
            run.append(item)
        elif len(run) < 3:
            run = [item]
    if len(run) < 3 or run[0][0] == 0:
        return
    header = r.t[starts[run[0][0] - 1]:starts[run[0][0]]]
    cur = text_cur(run[0][1].text)
    param = next((name.format(cur=cur) for name, rx in _LIST_HEADER if rx.search(header)), None)
    if param is None:
        return
    spans = [st for _, st in run]
    for st in spans:
        if st.param is not None and r.params.get(st.param) == st.value:
            del r.params[st.param]
    r.stated = [replace(x, param=param, note="" if x is spans[0] else "duplicate") if x in spans else x
                for x in r.stated]
    r.params[param] = float(spans[0].value or 0)
    r.params["value_list"] = param


def value_lists(r: Reading) -> None:
    """"how many days at 30%, 40% or 50% MFU?", "PUE 分别按 1.1 / 1.3 / 1.5": three or more values
    listed one after another, with the quantity's words said once, are all that quantity's (the
    first is used, each other is an option compared). A value the list's own words give no unit is
    at the named one's scale ("1200, 1500 or 2000 tok/s")."""
    spans = sorted((st for st in r.stated if isinstance(st.value, float) and st.note in ("", "duplicate")),
                   key=lambda st: st.start)
    runs: list[list[Stated]] = []
    for st in spans:
        # (a list ends where another quantity's value begins: "2 cards, 4 cards or 8 cards, 100B tokens")
        last = runs[-1] if runs else None
        # (a span may end on its list's comma: "at 1.3," then "1.4")
        gap = ""
        if last:
            back = _weak(r, last[-1]) and r.t[last[-1].end - 1] == ","
            gap = r.t[last[-1].end - back:st.start]
        if last and _LIST_SEP.fullmatch(gap) and (
                st.param in _BARE_OR_BUDGET or _weak(r, st)
                or all(x.param in _BARE_OR_BUDGET or _weak(r, x) or x.param == st.param for x in last)):
            last.append(st)
        else:
            runs.append([st])
    for run in runs:
        named = {st.param for st in run if st.param not in _BARE_OR_BUDGET and not _weak(r, st)} or \
            {st.param for st in run if st.param in _WEAK}
        if len(run) < 3 or len(run) > 5 or len(named) != 1:
            continue
        param = named.pop()
        named_st = next(st for st in run if st.param == param)
        scale = _written_scale(r.t[named_st.start:named_st.end], named_st.value) or 1.0
        values = []
        for st in run:
            if st.param == param:
                values.append(float(st.value or 0))
                continue
            plain = re.fullmatch(r"\s*(?:(?:at|@|costs?|is|of)\s+)?(?:us\$|\$|¥|￥)?\s*[\d.,]+\s*%?\s*",
                                 r.t[st.start:st.end])
            values.append(float(st.value or 0) * (scale if plain else 1.0))
        if max(values) > 20 * min(values) or min(values) <= 0:
            continue                       # (not one quantity's values)
        for st in run:
            if st.param is not None and st.param != param and r.params.get(st.param) == st.value:
                del r.params[st.param]
        for k, (st, v) in enumerate(zip(run, values, strict=True)):
            r.stated = [replace(x, param=param, value=v, note="" if k == 0 else "duplicate") if x is st else x
                        for x in r.stated]
        r.params[param] = values[0]
        r.params["value_list"] = param


def versus(r: Reading) -> None:
    """"PUE 1.2 vs 1.4", "利用率50%还是70%", "MFU 50% instead of 35%", "9 cents instead of 14
    cents/kWh", "utilization drops from 60% to 40%": a bare number joined to a stated value by
    "vs"/"or"/"instead of" (or "from … to"), before or after it, is the same quantity's other value
    (compared as two options)."""
    # (not an amount in another currency: "€0.20/kWh / $0.22 per kWh" is one price, said twice)
    spans = sorted((st for st in r.stated if not st.note.startswith("foreign")), key=lambda st: st.start)
    for a, b in itertools.pairwise(spans):
        # which of the two could be the stated value (the cheap test first: most pairs are neither)
        if (a.param in _VERSUS_OK or a.param in _COUNTS) and a.note == "" and (
                b.param is None or (a.param, b.param) in _READ_AS_OTHER
                or (b.param == a.param and b.note == "duplicate")):
            # ("$15k vs $30k for an H100": an amount after a price is its other value, not a budget)
            first, other = a, b
        elif (b.param in _VERSUS_OK or b.param in _COUNTS) and b.note == "" and (
                a.param is None or (b.param, a.param) in _READ_AS_OTHER):
            first, other = b, a
        else:
            continue
        # (the joining word may open the second value's own span: "PUE从1.4降到1.15")
        lead_b = re.match(r"[^\d]*", r.t[b.start:b.end]).group(0)   # type: ignore[union-attr]
        gaps = (r.t[a.end:b.start], _gap(r, a, b), r.t[a.end:b.start] + lead_b)
        from_to = (_FROM.search(r.t[max(0, a.start - 8):a.start]) or _FROM_IN.search(r.t[a.start:a.end])) \
            and any(_TO.fullmatch(g) for g in gaps)
        if not (from_to or any(_VERSUS.fullmatch(g) for g in gaps)):
            continue
        if first.param in _TOKEN_LENGTHS and not from_to and (
                other.param in _TOKEN_LENGTHS or any(re.fullmatch(r"\s*/\s*", g) for g in gaps)):
            continue                       # "400 in / 300 out", "2k/500 tokens": a prompt and an answer
        if not (isinstance(first.value, float) and isinstance(other.value, float)):
            continue
        value = other.value
        if str(first.param).startswith("electricity_") and re.search(r"cents?|¢|美分|分", str(other.text)):
            value /= 100                   # "9 cents instead of 14 cents/kWh": in cents
            if first.param == "electricity_cny_per_kwh" and re.search(r"cents?|¢|美分", str(other.text)):
                # "0.65元/度 in Ningxia vs 8.9 cents in Oregon": US cents, in yuan for the comparison
                value *= r.usd_cny()
        if first.param == "growth_rate_year" and other.param == "factor":
            value -= 1                     # "grow 3x per year instead of 2x": 200% against 100% a year
        if first.param in _CURRENCY_TWIN and _cur(other.param) and _cur(other.param) != _cur(first.param):
            # "每卡时2美元 vs 每卡时15元人民币": the other one in the first one's currency
            value = _in_currency(r, value, first.param)
        if _take_as_other(r, first, other, value) and first.param in _COUNTS:
            r.joined.add(str(first.param))   # "grow the fleet from 8,000 to 16,000": both counts


def _take_as_other(r: Reading, first: Stated, st: Stated, value: float) -> bool:
    """`st` is `first`'s other value when it is of the same size (within 10x, a percent read as the
    share it is: "MFU 50% instead of 35"); whether it was taken."""
    stated = float(first.value or 0)
    if first.param in _SHARES and stated <= 1 < value:
        value /= 100
    # the same amount in the other currency ("每卡时2.5美元和每卡时18元人民币" at 7.2)
    twin = (st.param is not None and st.param != first.param) or text_cur(st.text) != text_cur(first.text)
    if stated / 10 <= value <= stated * 10 and (value != stated or twin):
        _second_value(r, st, str(first.param), value)
        return True
    return False


def text_cur(text: object) -> str:
    """The currency a span's own words name: "usd", "cny" or ""."""
    t = str(text).lower()
    if re.search(CUR_USD, t):
        return "usd"
    return "cny" if re.search(r"元|¥|￥|rmb|cny|人民币|yuan", t) else ""


def _gap(r: Reading, a: Stated, b: Stated) -> str:
    """The words joining two spans; a bare number's span may run on over them ("8,000 to")."""
    num = _NUMBER_WORDS.match(r.t[a.start:b.start])
    if a.param is None and num:
        return r.t[a.start + num.end():b.start]
    return r.t[a.end:b.start]


_TOKEN_LENGTHS = ("input_tokens", "output_tokens")
# counts compared only when the message joins their two values ("from 8,000 to 16,000", "vs")
_COUNTS = ("gpus", "servers")
_SHARES = ("utilization", "mfu", "growth_rate_year")
# a second value first read as something else ("$15k vs $30k for an H100": not a budget; "5x DRAM
# price instead of 3x": not a factor; "doubling every 6 months vs every 12 months": not a period)
def _cur(param: object) -> str:
    """The currency a money parameter is in ("" for any other)."""
    return next((c for c in ("usd", "cny") if f"_{c}" in str(param) and str(param) != "usd_cny"), "")


# the same amount in the other currency ("$2/h vs ¥15/h"): compared in the first one's
_CURRENCY_TWIN = {"rent_cny_per_hour": "rent_usd_per_hour", "rent_usd_per_hour": "rent_cny_per_hour",
                  "price_cny": "price_usd", "price_usd": "price_cny"}
_READ_AS_OTHER = {*_CURRENCY_TWIN.items(), ("price_usd", "budget_cny"), ("price_cny", "budget_usd"),
                  ("growth_rate_year", "factor"),
                  ("price_usd", "budget_usd"), ("price_cny", "budget_cny"),
                  ("usd_per_million_tokens", "budget_usd"), ("cny_per_million_tokens", "budget_cny"),
                  ("hbm_multiple", "factor"), ("doubling_months", "period_months"),
                  ("tokens_per_user_day", "output_tokens"), ("tokens_per_user_day", "input_tokens"),
                  ("usd_cny", "price_usd"), ("output_tokens", "input_tokens"),
                  ("electricity_usd_per_kwh", "budget_usd"), ("electricity_cny_per_kwh", "budget_cny"),
                  ("rent_usd_per_hour", "budget_usd"), ("rent_cny_per_hour", "budget_cny"),
                  ("hbm_usd_per_gb", "budget_usd"),
                  ("input_tokens", "output_tokens")}
# the quantity named before a bare pair ("utilization drops from 60% to 40%", "peak factor 3 vs 1.5")
# a bare number's own characters at the start of its span ("2倍", "1.5x", "30%"), not the words after
_NUMBER_WORDS = rx.compile(r"[\d.,]+\s*(?:%|[kmb万亿]|倍|x|×)?")
_PAIR_SUBJECT = [(rx.compile(r"(?:utili[sz]ation|\butil|利用率)"), "utilization"),
                 (rx.compile(r"(?<![a-z])mfu"), "mfu"), (rx.compile(r"(?<![a-z])pue"), "pue"),
                 (rx.compile(r"(?:每个?用户|人均)每天的?\s*token\s*(?:用量|消耗|量)?|"
                             r"tokens? per user(?: per day| a day)?"), "tokens_per_user_day"),
                 (rx.compile(r"peak factor|peak[- ]to[- ]average|峰值系数|峰均比|高峰系数"), "peak_factor"),
                 (rx.compile(r"汇率|exchange rate|\bfx\b|usd\s*/?\s*cny"), "usd_cny"),
                 (rx.compile(r"并发(?:用户)?(?:数)?|concurrent (?:users|streams|sessions)"),
                  "concurrent_users"),
                 (rx.compile(r"(?:年)?增长率|(?:annual |yearly )?growth(?: rate)?|增速"), "growth_rate_year")]


_IT_TO = rx.compile(r"\b(?:get|gets|bring|brings|cut|cuts|drop|drops|lower|raise|push|take|improve|reduce)\s+"
                    r"(?:it|that|this)\s+(?:down\s+|up\s+)?to\s*$|(?:把它|它)\s*(?:降到|提到|降低到|提高到|降至)\s*$|"
                    r"\b(?:it|that|this|growth|demand)\s+"
                    r"(?:slows?|speeds? up|grows?|falls?|rises?|drops?|goes)\s+"
                    r"(?:down\s+|up\s+)?to\s*$")


def it_to(r: Reading) -> None:
    """"Our PUE is 1.5 today; if we get it down to 1.2": a bare value after "get it down to" is
    the other value of the quantity stated just before, compared with it."""
    for st in [x for x in r.stated
               if x.param in (None, "factor") and x.note == "" and isinstance(x.value, float)]:
        if not _IT_TO.search(r.t[max(0, st.start - 24):st.start]):
            continue
        first = max((x for x in r.stated if x.param in _VERSUS_OK and x.note == "" and x.end <= st.start
                     and isinstance(x.value, float)), key=lambda x: x.end, default=None)
        if first is None or not isinstance(first.value, float) or (
                st.param == "factor" and first.param != "growth_rate_year"):
            continue
        # ("3x a year; what if it slows to 1.8x?": a year's factor, as the rate is)
        _take_as_other(r, first, st, float(st.value or 0) - (1 if st.param == "factor" else 0))


def subject_pairs(r: Reading) -> None:
    """"If utilization drops from 60% to 40%", "peak factor 3 vs 1.5", "汇率从7.1变到7.3", "并发用户从1万到
    5万": two bare numbers joined as a before and after (or a comparison), the quantity named just
    before the first: its value and its other value, compared as two options."""
    spans = sorted(r.stated, key=lambda st: st.start)
    for a, b in itertools.pairwise(spans):
        if not (a.param in (None, "factor") and a.note == "" and b.note in ("", "duplicate")
                and isinstance(a.value, float) and isinstance(b.value, float)):
            continue
        between = _gap(r, a, b)
        head = r.t[max(0, a.start - 28):a.start]
        from_to = _FROM.search(head) and (_TO.fullmatch(between) or re.fullmatch(r"\s*", between))
        if not (from_to or _VERSUS.fullmatch(between)):
            continue
        clause = re.split(r"[,，。;；.?？!！]", head)[-1]
        found = next(((m, p) for rx, p in _PAIR_SUBJECT if (m := rx.search(clause))), None)
        if found is None or b.param not in (None, found[1], "factor") or (
                found[1] in r.params and r.params[found[1]] != b.value) or (
                "factor" in (a.param, b.param) and found[1] not in ("peak_factor", "growth_rate_year")):
            continue
        said, param = found
        if a.param == "factor" or b.param == "factor":
            # "峰值系数从2倍变成3倍": the factors are the peak factor's two values, not a growth
            r.params.pop("factor", None)
        x, y = float(a.value), float(b.value)
        if param in _SHARES and (x > 1 or y > 1):
            x, y = x / 100, y / 100
        if not (x > 0 and y > 0) or x == y:
            continue
        r.params[param] = x
        # the span is the quantity's words and its number ("peak factor 3"), not the "vs" after it
        start = a.start - len(clause) + said.start()
        num = _NUMBER_WORDS.match(r.t[a.start:a.end])
        end = a.start + num.end() if num else a.end
        num_b = _NUMBER_WORDS.match(r.t[b.start:b.end])
        end_b = b.start + num_b.end() if num_b else b.end
        r.retag(a, param=param, value=x, text=r.norm.quote(start, end), start=start, end=end)
        r.retag(b, text=r.norm.quote(b.start, end_b), end=end_b)
        _second_value(r, next(st for st in r.stated if st.start == b.start and st.end == end_b), param, y)
        return


_VERSUS_FAR = rx.compile(r"\bvs\.?\b|versus|compared (?:to|with)|\bor\b|对比|还是|换成|而")


def versus_far(r: Reading) -> None:
    """"2,048 MI300X at 32% MFU vs the same number of H100 at 42%": a bare percent after a
    "vs" that follows a stated MFU or utilization is that share's other value."""
    shares = [st for st in r.stated if st.param in ("mfu", "utilization") and st.note == ""]
    if len(shares) != 1:
        return
    a = shares[0]
    for b in [st for st in r.stated if st.param is None and str(st.text).endswith("%")
              and isinstance(st.value, float) and st.start > a.end]:
        if _VERSUS_FAR.search(r.t[a.end:b.start]) and 0 < float(b.value or 0) <= 100:
            _second_value(r, b, str(a.param), float(b.value or 0) / 100)
            return


_BUDGET_WORDS = rx.compile(r"budget|预算|经费|资金|\bspend|capex|\bfund|afford|投资|总共|in total|\btotal of|"
                           r"\b(?:we|i) (?:only )?(?:have|'ve got|have got)\b|我们有|我有")


_CHEAPER = rx.compile(r"\bcheaper\b|\bwhich (?:one )?(?:is )?(?:cheaper|better value)|"
                      r"哪个便宜|哪个更便宜|哪边便宜|"
                      r"哪个划算|哪个更划算|差多少|便宜多少")


def second_price(r: Reading) -> None:
    """"Second-hand H100 PCIe is ~$18k …, new is ~$30k": a bare amount of the same size as a
    stated card price, with no budget words anywhere, is that price's other value."""
    for cur in ("usd", "cny"):
        prices = [st for st in r.stated if st.param == f"price_{cur}" and st.note in ("", "option")]
        if len(prices) != 1 or not isinstance(prices[0].value, float):
            continue
        p = prices[0]
        pv = float(p.value or 0)
        for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                   and p.end <= x.start <= p.end + 16 and pv / 50 <= x.value <= pv * 50]:
            if re.fullmatch(r"\s*[、,，;；/]?\s*(?:and\s+|vs\.?\s+)?#+\s*(?:按|单价|价格|at|is|=|:|：)?\s*"
                            r"(?:按|约|大概|~)?\s*", r.masked[p.end:st.start]):
                # ("B200一张报价30万，H100按22万算，哪个性价比高": the other card's price, bare after it)
                r.retag(st, param=f"price_{cur}", note="duplicate")
                break
    for cur in ("usd", "cny"):
        prices = [st for st in r.stated if st.param == f"price_{cur}" and st.note == ""]
        budgets = [st for st in r.stated if st.param == f"budget_{cur}" and st.note == ""]
        if len(prices) != 1 or len(budgets) != 1:
            continue
        p, b = prices[0], budgets[0]
        if _BUDGET_WORDS.search(r.t[max(0, b.start - 30):b.end + 12]):
            continue                       # ("For 2,000 GPUs what's the capex gap?": not the amount's)
        if re.search(r"\b(?:can|could) (?:we|i|you) (?:get|buy|afford)\b[^.?!;]{0,12}$|能买|够买|买得起",
                     r.t[max(0, b.start - 40):b.start]):
            continue                       # ("list is $9,100 a card. How many can we get for £45k?": spent)
        if not (isinstance(p.value, float) and isinstance(b.value, float)) or b.start < p.start or \
                not p.value / 10 <= b.value <= p.value * 10:
            continue
        r.params.pop(f"budget_{cur}", None)
        r.retag(b, param=f"price_{cur}", note="duplicate")
    # ("H200 单卡 3.1万美元，内地渠道 25万元人民币，汇率按 7.15，哪个便宜？": the same card's price in the
    # other currency, cheaper asked)
    fx = r.params.get("usd_cny")
    for cur, other in (("usd", "cny"), ("cny", "usd")):
        prices = [st for st in r.stated if st.param == f"price_{cur}" and st.note == ""]
        budgets = [st for st in r.stated if st.param == f"budget_{other}" and st.note == ""]
        if len(prices) != 1 or len(budgets) != 1 or not isinstance(fx, float) or not _CHEAPER.search(r.t) \
                or f"price_{other}" in r.params:
            continue
        p, b = prices[0], budgets[0]
        if not (isinstance(p.value, float) and isinstance(b.value, float)) or b.start < p.start \
                or _BUDGET_WORDS.search(r.t[max(0, b.start - 30):b.end + 12]):
            continue
        other_in_cur = b.value / fx if other == "cny" else b.value * fx
        if p.value / 3 <= other_in_cur <= p.value * 3:
            r.params.pop(f"budget_{other}", None)
            r.move(b, f"price_{other}")


# "what if the prompt grows to 8k?", "如果输出变成2000个token呢": the named quantity's other value
_WHAT_IF_TO = rx.compile(
    r"(?:what if|and if|if|如果|假如|要是)\s*(?:the\s*)?"
    r"(?P<what>prompts?|inputs?|contexts?|answers?|outputs?|"
    r"completions?|replies|responses|输入|输出|上下文|回答|prompt|pue|mfu|utili[sz]ation|利用率|"
    r"rent|rental|the hourly rate|租金|租价|电价|electricity|power price|增速|增长率|年增长率|"
    r"growth(?: rate)?|hbm|hbm价格|hbm溢价)\s*"
    r"(?:length|len|size|长度|tokens?|price)?\s*(?:grows?|goes|went|increases?|rises?|rose|drops?|dropped|"
    r"falls?|fell|shrinks?|improves?|improved|is|were|was|"
    r"变成|涨到|降到|增加到|增长到|减少到|改成|换成|提到|变为|是|只有|仅有|才)\s*(?:up |down )?(?:to\s*)?"
    r"(?:only\s+|just\s+|still\s+|只有|只)?$")
_WHAT_PARAM = {"rent": "rent_*_per_hour", "the hourly": "rent_*_per_hour", "租": "rent_*_per_hour",
               "电价": "electricity_*_per_kwh", "electricity": "electricity_*_per_kwh",
               "power price": "electricity_*_per_kwh", "prompt": "input_tokens", "input": "input_tokens",
               "context": "input_tokens",
               "输入": "input_tokens", "上下文": "input_tokens", "answer": "output_tokens",
               "output": "output_tokens",
               "completion": "output_tokens", "repl": "output_tokens", "response": "output_tokens",
               "输出": "output_tokens", "回答": "output_tokens", "pue": "pue", "mfu": "mfu",
               "utili": "utilization", "利用率": "utilization", "增速": "growth_rate_year",
               "增长率": "growth_rate_year", "年增长率": "growth_rate_year", "growth": "growth_rate_year",
               "hbm": "hbm_multiple"}


_WHAT_IF_BARE = rx.compile(r"(?:what if|and if|如果|假如|要是)[^,，。?？!！]{0,30}?"
                           r"(?:drops?|dropped|goes|went|falls?|fell|rises?|rose|"
                           r"降到|降至|涨到|变成|改成|降为|涨为|提到)\s*(?:down |up )?(?:to\s*)?$")
# the money rates a bare "what if it drops to $2.75" may change (token prices are named with theirs)
_MONEY_RATES = ("rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                "electricity_cny_per_kwh", "price_usd", "price_cny", "usd_per_million_tokens",
                "cny_per_million_tokens", "server_price_usd", "server_price_cny")
_RATES = tuple(k for k in _MONEY_RATES if not k.endswith("_per_million_tokens"))


# "MFU降到25%呢", "汇率变成7.3呢", "TPOT放宽到100毫秒呢", "峰值系数换成1.5呢": a quantity named, its new value
_SUBJECT_TO = rx.compile(
    r"(?P<what>mfu|利用率|pue|汇率|exchange rate|fx|峰值系数|峰均比|peak factor|tpot|ttft|"
    r"价格|单价|租金|电价|the price|price|rent|电费单价)\s*(?:再)?\s*"
    r"(?:降到|降至|涨到|变成|换成|放宽到|收紧到|提到|提高到|降低到|改成|调到|改为|变为|"
    r"goes to|drops to|falls to|rises to|changes to|is)\s*$")
_SUBJECT_PARAM = {"mfu": "mfu", "利用率": "utilization", "pue": "pue", "汇率": "usd_cny",
                  "exchange rate": "usd_cny", "fx": "usd_cny", "峰值系数": "peak_factor",
                  "峰均比": "peak_factor", "peak factor": "peak_factor", "tpot": "tpot_ms", "ttft": "ttft_ms"}

def subject_to(r: Reading) -> None:
    """"用2048张H100…MFU 40%要多久？MFU降到25%呢？": a bare value after "<quantity> 降到" (ending in
    "呢" or a question mark) is that quantity's other value, compared with the stated one; "价格降到
    0.8元呢" is the one money rate stated."""
    for st in list(r.stated):
        if st.note != "" or not isinstance(st.value, float):
            continue
        m = _SUBJECT_TO.search(r.t[max(0, st.start - 16):st.start])
        if m is None or not re.match(r"[^,，。;；]{0,8}?(?:呢|instead|\?|？|$)", r.t[st.end:]):
            continue
        what = m.group("what")
        if what not in _SUBJECT_PARAM and st.param in _MONEY_RATES:
            continue                     # ("L4 rent is $0.80/hr": a rate of its own kind, read so)
        if what in _SUBJECT_PARAM:
            param: str | None = _SUBJECT_PARAM[what]
        else:
            rates = {str(x.param) for x in r.stated
                     if x.param in _MONEY_RATES and x.note == "" and x is not st}
            param = rates.pop() if len(rates) == 1 else None
        first = next((x for x in r.stated if x.param == param and x.note == "" and x is not st), None)
        if param is None or first is None or not isinstance(first.value, float) or st.param == param:
            continue
        value = float(st.value)
        if param in ("mfu", "utilization") and value > 1:
            value /= 100
        if first.value / 20 <= value <= first.value * 20:
            _second_value(r, st, param, value)


def what_if_to(r: Reading) -> None:
    """"2k prompt / 500 completion … and what if the prompt grows to 8k?": a bare number after
    "what if <quantity> grows to" is that quantity's other value, compared with the stated one."""
    for st in [st for st in r.stated if st.param in (None, "budget_usd", "budget_cny", "factor")
               and isinstance(st.value, float)]:
        m = _WHAT_IF_TO.search(r.t[max(0, st.start - 48):st.start])
        if st.param == "factor" and m is None and re.search(
                r"(?:换成|变成|改成|改为|instead|make it|what about|how about)\s*$",
                r.t[max(0, st.start - 12):st.start]):
            # "峰值系数2倍…如果换成1.5倍呢": the one multiple stated before, its other value
            multiples = [x for x in r.stated if x.param in ("peak_factor", "hbm_multiple") and x.note == ""
                         and x.end <= st.start and isinstance(x.value, float)]
            if len(multiples) == 1:
                _take_as_other(r, multiples[0], st, float(st.value or 0))
            continue
        if st.param == "factor" and (m is None or not m.group("what").startswith("hbm")):
            continue                         # ("if HBM were only 3x": a multiple's other value)
        if m is None:
            # "如果降到12元呢", "what if the provider drops to $2.75": the one money rate stated
            rates = {str(x.param) for x in r.stated if x.param in _RATES and x.note == ""}
            if len(rates) == 1 and _WHAT_IF_BARE.search(r.t[max(0, st.start - 48):st.start]) and \
                    re.search(r"[$¥￥元]|美元|usd|rmb", str(st.text).lower() + r.t[st.end:st.end + 2]):
                rate = rates.pop()
                first = next(x for x in r.stated if x.param == rate and x.note == "")
                if isinstance(first.value, float) and \
                        first.value / 10 <= float(st.value or 0) <= first.value * 10:
                    _second_value(r, st, rate, float(st.value or 0))
            continue
        what = m.group("what")
        param = next((v for k, v in _WHAT_PARAM.items() if what.startswith(k)), None)
        if param is not None and "*" in param:   # a rent or a tariff: in the currency stated before
            param = next((x.param for x in r.stated if x.param in (param.replace("*", "usd"),
                                                                   param.replace("*", "cny"))), None)
        if st.param is not None and st.param != "factor" and param is not None and \
                not param.startswith(("rent_", "electricity_")):
            continue                         # a money amount is only another money value
        stated = next((x for x in r.stated if x.param == param and x.note == ""), None)
        if param is None or stated is None or not isinstance(stated.value, float):
            continue
        value = float(st.value or 0)
        _second_value(r, st, param, value / 100 if param in _SHARES and value > 1 else value)


_FACTOR_EVERY = rx.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:x|×|times|倍)\s*(?:every|each|per|a)\s*"
                           r"(\d+(?:\.\d+)?)?\s*(months?|mo|quarters?|years?|yrs?)\b|"
                           r"每\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十半])?\s*个?\s*(月|季度|年)\s*"
                           r"(?:就|都|会)?\s*(?:翻|涨|增长|增加|扩大)?\s*(?:到|了)?\s*(?:原来的)?\s*(\d+(?:\.\d+)?)\s*倍")
_PERIOD_MONTHS = {"mo": 1, "month": 1, "months": 1, "月": 1, "quarter": 3, "quarters": 3, "季度": 3,
                  "year": 12, "years": 12, "yr": 12, "yrs": 12, "年": 12}


def factor_every(r: Reading) -> None:
    """"qps grows 2x every 5 months", "3x a year", "每 6 个月翻 2 倍": a factor per period is a rate of
    growth, its doubling time period x ln 2 / ln factor, not a one-off factor and a separate period."""
    if "doubling_months" in r.params or "growth_rate_year" in r.params:
        return
    m = _FACTOR_EVERY.search(r.t)
    if m is None:
        return
    if m.group(1):
        f, n, unit = float(m.group(1)), m.group(2), m.group(3)
    else:
        f, n, unit = float(m.group(6)), m.group(4), m.group(5)
    count = 1.0 if not n else float(n) if n[0].isdigit() else 0.5 if n == "半" else chinese_numeral(n)
    months = count * _PERIOD_MONTHS[unit]
    if not 1 < f <= 1000 or not 0 < months <= 120:
        return
    if m.group(1) and (re.match(r"\s*times", r.t[m.end(1):]) and any(
            st.param == "runs" and st.start <= m.start() < st.end for st in r.stated)):
        return                           # ("if we retrain 4 times a month": how often a run is repeated)
    _take_over(r, m.start(), m.end(), "doubling_months", months * math.log(2) / math.log(f))


# a conversation's turns: "6 msgs per ticket", "6 turns each", "~5 back-and-forth msgs", "每单5轮对话",
# "4条messages"
# an agent's task: "18 calls", "~35 calls/task", "60 tool-use steps per task", "每个 task 要 ~30 次 LLM call"
_TURN_WORDS = rx.compile(r"\s*(?:back[- ](?:and|n|&)[- ]forth\s+|bot\s+|user\s+|llm\s+|api\s+|model\s+|"
                         r"tool[- ]?(?:use\s+)?|"
                         r"agent\s+)?"
                         r"(?:msgs?|messages|turns|rounds|exchanges|calls|steps|samples|completions|rollouts|"
                         r"questions|queries|asks|requests|prompts|back[- ](?:and|n|&)[- ]forths|"
                         r"轮(?:对话|会话|交互)?|条\s*(?:消息|对话|messages?|msgs?)?|"
                         r"次\s*(?:llm|模型|大模型)?\s*(?:calls?|调用|请求)|"
                         r"次\s*(?:llm|模型|大模型))(?![a-z])")
_SESSION = (r"(?:(?<![a-z])(?:tickets?|chats?|conversations?|convos?|sessions?|threads?|cases?|"
            r"(?:agent\s+)?tasks?|workflows?|prompts?|problems?|questions?|claims?|documents?|docs?|files?|"
            r"applications?|briefs?|projects?|orders?|calls?|meetings?|drives?|trips?|visits?|shifts?|"
            r"lessons?|classes)(?![a-z])|"
            # ("每人每天1节课，一节课大概12轮对话": a lesson's turns)
            # ("每人一场，每场平均12轮对话": a mock interview, a session by its measure word)
            r"工单|订单|單|单|会话|对话|咨询|任务|节课|堂课|份|宗|笔|筆|件(?!事)|通(?=\s*(?:电话|平均|大概|约)?\s*\d)|"
            r"场(?![地馆景所合内外]))")
_PER_SESSION_AFTER = rx.compile(r"\s*(?:(?:/|per|each|a|every|in each|in a)\s*" + _SESSION
                                + r"|each\b|apiece)")
_SESSION_BEFORE = rx.compile(r"(?:\b(?:each|every|per|a|an|the|one|avg\.?|average|typical)\s+"
                             # ("Each job ticket kicks off about 12 LLM calls": the kind of ticket between)
                             r"(?:(?:job|support|service|repair|help|customer|booking|work)\s+)?" + _SESSION
                             + r"\b[^,;.，；。\d]{0,32}|"
                             # ("每次写作会话平均来回12轮": the kind of conversation between)
                             # ("每位客户一通会话平均6轮": one call's conversation)
                             r"(?:每|每个|每一?个|一个|一通|每通|一次|每张|平均每|每次\s*[\u4e00-\u9fff]{0,3}?|"
                             r"一(?=节课|堂课))\s*"
                             r"(?:个\s*)?" + _SESSION
                             + r"[^,;，；。\d]{0,8}|"
                             # ("日均300万用户来电，每通平均5轮对话": each call, by its own measure word)
                             r"(?:每|一)通(?:电话|来电)?[^,;，；。\d]{0,8}|"
                             # ("一天6,000件咨询，每件平均来回8轮": each consultation, by its measure word)
                             r"每件(?:咨询|工单|案件)?[^,;，；。\d]{0,8}|"
                             r"\b" + _SESSION + r"\s*(?::|=|is|has|averages?)\s*[^,;.\d]{0,8}|"
                             r"msgs?\s*/\s*tickets?\s*:?\s*|"
                             # "each DAU does 6 chats of 4 turns avg": each chat's turns
                             r"\b" + _SESSION + r"\s+of\s*(?:~|about|around|roughly)?\s*|"
                             # "2,000 prompts x 16 samples", "164 problems × 200 samples": each one's samples
                             r"\b" + _SESSION + r"\s*(?:x|×|\*)\s*)$")


_CALL_PER_PAGE = rx.compile(r"\b(?:one|1|a single)\s+(?:llm |model |api )?calls?\s+(?:per|a|each)\s+page\b|"
                            r"每(?:页|頁)\s*(?:都)?\s*(?:调用|调|叫|call)\s*(?:一次|1次|一次模型|一次大模型)?|每页一次")
_PAGES = rx.compile(r"\s*(?:pages?|页|頁)(?![a-z])")
_GROUP_SIZE = rx.compile(r"\bgroup[- ]?size\s*(?:of|=|:)?\s*$|每组\s*(?:采样)?\s*$")


# a model called so many times in each item: "the copilot gets hit about 4 times per call"
_HITS_PER_ITEM = rx.compile(r"\b(?:hit|called|invoked|used|queried|pinged|triggered|consulted)\s+"
                            r"(?:about|around|roughly|~)?\s*(\d+(?:\.\d+)?)\s*(?:times|x)\s+(?:per|a|each|every|/)\s*"
                            r"(?:call|ticket|chat|session|case|conversation|visit|encounter|task|claim)\b")


_EACH_IS_TURNS = rx.compile(r"\beach(?:\s+(?:one|conversation|convo|chat|session|ticket|call|booking|"
                            r"thread))?(?:\s+|(?='s\s))"
                            r"(?:is|has|takes|runs|averages|involves|needs|=|"
                            # ("Each one's a back and forth of maybe 8 messages": a conversation, its turns)
                            r"(?:'s|is)\s+(?:a\s+|like\s+a\s+)?"
                            r"(?:back[- ](?:and|n|&)[- ]forth|conversation|convo|chat|thread|exchange)"
                            r"\s+of)\s+(?:about|around|roughly|like|maybe|~|approx\.?)?\s*(?P<n>\d+(?:\.\d+)?)\s+"
                            r"(?:back[- ](?:and|n|&)[- ]forth\s+)?"
                            # ("each convo is like 8 back n forths")
                            r"(?:msgs?|messages|turns|exchanges|rounds|back[- ](?:and|n|&|'n')[- ]forths)\b")
# each thing's conversation, in Chinese: "每件都让AI自动回客户物流状态，平均聊2.5轮"
_ZH_EACH_ITEM_TURNS = rx.compile(r"每(?:件|单|个|笔|位|次|票|张)[^。；;？?\d]{0,24}?"
                                 r"(?:平均|大概|一般|大约)?\s*"
                                 r"(?:聊|对话|来回|沟通|问答|交流)\s*(?P<n>\d+(?:\.\d+)?)\s*(?:轮|个来回|次)")
_CONVERSATIONS = rx.compile(r"\b(?:conversations?|convos?|convs?|chats?|sessions?|tickets?|threads?|calls?|"
                            r"bookings?|consults?|consultations?)\b")


# the turns of each person's one conversation: "3k clients a day, 5 back-and-forths each"
_TURNS_EACH_PERSON = rx.compile(r"(?P<n>\d+(?:\.\d+)?)\s+(?:back[- ](?:and|n|&)[- ]forths?|exchanges|turns|"
                                r"rounds)\s+"
                                r"(?:each|apiece|per (?:client|user|person|customer|visitor|guest|caller))\b")


def turns_per_conversation(r: Reading) -> None:
    """"45k tickets/day, avg 6 msgs per ticket", "0.3 support chats per user per day, 6 turns each",
    "每天8万个工单，平均每单5轮对话": each conversation is that many requests (a turn each); the load
    counted in conversations is multiplied by it where the requests are counted."""
    if "turns_per_session" in r.params:
        return
    each_user = _TURNS_EACH_PERSON.search(r.t)
    st = next((x for x in r.stated if each_user is not None and x.start <= each_user.start("n") < x.end
               and x.param is None and isinstance(x.value, float)), None)
    if st is not None and "users" in r.params and "queries_per_user" not in r.params:
        # ("about 3k clients a day, 5 back-and-forths each": each one's conversation, its turns)
        assert each_user is not None
        _take_turns(r, st, start=each_user.start("n"), end=each_user.end(),
                    text=r.norm.quote(each_user.start("n"), each_user.end()))
        return
    day_items = next((s for s in r.stated if s.param == "queries_per_day" and s.note == ""), None)
    st = next((x for x in r.stated if each_user is not None and x.start <= each_user.start("n") < x.end
               and x.param in (None, "users") and isinstance(x.value, float)), None)
    if st is not None and day_items is not None and each_user is not None \
            and day_items.end <= each_user.start() and "queries_per_user" not in r.params \
            and not any(x.param == "users" and x is not st for x in r.stated):
        # ("Reckon 400 enquiries a day, about 6 back-and-forths each": each enquiry's turns, not 6 people)
        _take_turns(r, st, start=each_user.start("n"), end=each_user.end(),
                    text=r.norm.quote(each_user.start("n"), each_user.end()))
        return
    hits = _HITS_PER_ITEM.search(r.t)
    st = next((x for x in r.stated if hits is not None and x.start <= hits.start(1) < x.end
               and isinstance(x.value, float)), None)
    if hits is not None and st is not None:
        # ("each takes ~45 calls per shift, and the copilot gets hit about 4 times per call": each call's
        # requests)
        _take_turns(r, st, start=hits.start(1), end=hits.end(), text=r.norm.quote(hits.start(1), hits.end()))
        return
    items = next((s for s in r.stated if s.param == "queries_per_day" and s.note == ""), None)
    is_turns = _EACH_IS_TURNS.search(r.t)
    st = next((x for x in r.stated if is_turns is not None and x.start <= is_turns.start("n") < x.end
               and isinstance(x.value, float)
               and x.param in (None, "price_usd", "users", "queries_per_user")), None)
    if items is not None and is_turns is not None and st is not None and items.end <= is_turns.start() \
            and (_CONVERSATIONS.search(str(items.text).lower())
                 or re.search(r"\bof\s+(?:about|around|roughly|like|maybe|~|approx\.?)?\s*\d",
                              is_turns.group())):
        # ("~600 booking convos a day and each one is like 7 back-and-forth messages": each conversation's
        # turns, its requests)
        _take_turns(r, st, start=is_turns.start("n"), end=is_turns.end(),
                    text=r.norm.quote(is_turns.start("n"), is_turns.end()))
        return
    zh_turns = _ZH_EACH_ITEM_TURNS.search(r.t)
    st = next((x for x in r.stated if zh_turns is not None and x.start <= zh_turns.start("n") < x.end
               and x.param in (None, "queries_per_user") and isinstance(x.value, float)), None)
    if items is not None and zh_turns is not None and st is not None and items.end <= zh_turns.start() \
            and "users" not in r.params:
        # ("一天发货大概2500件，每件都让AI自动回客户物流状态，平均聊2.5轮": each item's conversation)
        _take_turns(r, st)
        return
    each = next((s for s in r.stated if s.param == "queries_per_user" and s.note == "" and items is not None
                 and re.fullmatch(r"\s*(?:[×x*]|times)\s*", r.t[items.end:s.start])), None)
    if each is not None and "users" not in r.params:
        # "40k products × 12 variants each per day": each item that many requests
        _take_turns(r, each)
        return
    for st in r.stated:
        if not isinstance(st.value, float) or not 1 <= st.value <= 200 \
                or st.note not in ("", "option", "duplicate") \
                or st.param in NAME_PARAMS or st.param in ("input_tokens", "output_tokens"):
            continue
        # (in the text as read: a pasted "msgs/ticket: 7" reads "7 msgs per ticket", its quote is as typed)
        # ("每单三轮对话": a Chinese numeral's run as the digits)
        digits = re.search(r"\d[\d.,]*|[一二两三四五六七八九十]+", r.t[st.start:st.end])
        if digits is None:
            continue
        end = st.start + digits.end()
        word = _TURN_WORDS.match(r.t, end)
        if word is None and _CALL_PER_PAGE.search(r.t):
            # "avg 14 pages per claim, one LLM call per page", "每份平均12页，每页调用一次": its pages,
            # one request each
            word = _PAGES.match(r.t, end)
            if word is not None:
                one_call_each(r, "turns_per_session")
        # "GRPO … group size 8": each prompt sampled that many times, no word after the number
        # (not "每组8张A100": each run's cards)
        grouped = word is None and _GROUP_SIZE.search(r.t[max(0, st.start - 16):st.start + digits.start()]) \
            and not re.match(r"\s*(?:张|块|卡|gpus?\b|cards?\b)", r.t[end:])
        if word is None and re.match(r"\s*次(?!\s*(?:/|每))", r.t[end:]) and re.search(
                r"(?:每个?|一个)\s*(?:agent\s*)?(?:任务|task|工单|会话)[^，,。；;\d]{0,6}(?:调用|调)\s*(?:模型|llm|大模型|api)?\s*"
                r"(?:约|大概|平均|大约)?\s*$", r.t[max(0, st.start - 24):st.start + digits.start()]):
            # "每个任务平均调用模型25次": the calls of one task, the verb before the count
            _take_turns(r, st, start=st.start + digits.start(), end=end + 1,
                        text=r.norm.quote(st.start + digits.start(), end + 1))
            return
        if word is None:
            if grouped:
                _take_turns(r, st)
                return
            continue
        after = _PER_SESSION_AFTER.match(r.t, word.end())
        if re.search(r"questions|queries|asks|requests|prompts", word.group()) and (
                after is None or re.match(r"\s*(?:each|apiece)\b\s*$", after.group())):
            continue                     # ("~8 requests each": each user's; "6 questions per session": one's)
        if after is not None and re.match(r"\s*(?:each|apiece)", after.group()) and (
                # ("15 messages each per day": each user's; "0.3 chats per user per day, 6 turns each":
                # each chat's)
                not re.search(_SESSION, r.t[max(0, st.start - 48):st.start])
                or re.match(r"\s*(?:a|per|/|every)\s*day|\s*daily", r.t[after.end():])):
            after = None
        before = r.t[max(0, st.start - 48):st.start + digits.start()]
        # ("一次预约平均来回5轮对话，每天大概20,000次预约": the item named before the turns, and counted)
        named = re.search(r"(?:一次|每次|每个|每一?个|一个|每)\s*([\u4e00-\u9fff]{2})[^,;，；。\d]{0,8}$",
                          before)
        item = re.escape(named.group(1)) if named is not None else None
        counted = next((x for x in r.stated if x is not st
                        and x.param in ("queries_per_day", "queries_per_user")
                        and x.note in ("", "duplicate") and isinstance(x.value, float) and x.value > st.value
                        # ("平均要聊6轮才结单，每天差不多3w单": tickets, each a conversation)
                        and (re.search(r"会话|对话|工单|单$|conversations?|sessions?|chats?|tickets?|"
                                       r"consultations?|consults?",
                                       x.text.lower().strip())
                             # ("每天大概4000次会诊": the consultations named right after the count)
                             # ("每天50万条对话，每条3轮": the dialogues counted by 条)
                             or re.match(r"\s*(?:次|场|个|条|通)?\s*(?:会诊|问诊|咨询|通话|会话|对话)",
                                         r.t[x.end - 1:x.end + 4])
                             or re.match(r"\s*(?:会诊|问诊|咨询|通话|会话|对话)", r.t[x.end:x.end + 4])
                             or (item is not None
                                 and (re.match(r"\s*(?:次|场|个|单|件)?\s*" + item, r.t[x.end - 1:x.end + 6])
                                      or re.match(r"\s*" + item, r.t[x.end:x.end + 4]))))), None)
        if after is None and counted is not None and re.match(r"\s*(?:轮|rounds?|turns?)", word.group()) \
                and (st.param != "queries_per_user" or "users" not in r.params):
            # "平均5轮对话，每天1200万个会话": turns, beside the conversations counted (which they had pushed
            # aside as a second count)
            _take_turns(r, st, start=st.start + digits.start(), end=word.end(),
                        text=r.norm.quote(st.start + digits.start(), word.end()))
            if counted.note == "duplicate" and str(counted.param) not in r.params:
                r.move(counted, str(counted.param), note="")
            return
        if after is None and not _SESSION_BEFORE.search(before) and not (
                # "每个日活平均发起1.5次客服咨询，每次3轮": each time, when the times are conversations
                re.search(r"每次[^,;，；。\d]{0,4}$", before)
                and re.search(r"咨询|工单|客服|会话|对话", r.t)):
            if _items_of_turns(r, st, before):
                _take_turns(r, st, start=st.start + digits.start(), end=word.end(),
                            text=r.norm.quote(st.start + digits.start(), word.end()))
                return
            continue
        _take_turns(r, st, start=st.start + digits.start(), end=word.end(),
                    text=r.norm.quote(st.start + digits.start(), word.end()))
        return


# a question about rented homes: "12,500 units in the Phoenix metro … every unit is one tenant account"
_PROPERTY = rx.compile(r"\btenants?\b|\bresidents?\b|\bapartments?\b|\blease\b|\blandlords?\b|"
                       r"\bproperty (?:management|mgmt|manager)|\bproperty mgmt\b|\bportfolio\b|"
                       r"\bbuildings?\b|\bdoors\b")
_DWELLINGS = rx.compile(r"[\d,.]+\s*k?\s*(?:-\s*)?(?:units?|doors?|apartments?|homes?|households?|flats?)\b")


def dwellings_as_users(r: Reading) -> None:
    """"We manage 12,500 units … every unit is one tenant account, each sends about 4 messages a day": homes
    counted in a property question are the users (one tenant each), not 12,500 GPUs."""
    if not _PROPERTY.search(r.t):
        return
    users = next((x for x in r.stated if x.param == "users" and x.note == ""), None)
    if users is not None and _DWELLINGS.match(r.t, users.start):
        return
    if users is not None and not re.search(r"\bbuildings?\b|\bsites?\b|"
                                           r"\bproperties\b", r.t[users.start:users.end + 2]):
        return
    for st in [x for x in r.stated if x.param in (None, "gpus", "servers", "params") and x.note == ""
               and isinstance(x.value, float) and x.value >= 50
               and (home := _DWELLINGS.match(r.t, x.start)) is not None and home.end() >= x.end - 1]:
        if users is not None:
            # ("each of our 85 buildings … About 25,000 units total": the buildings are the sites, the
            # homes the users)
            r.params.pop("users", None)
            r.params["sites"] = float(users.value or 0)
            r.retag(users, param="sites", note="")
        if st.param is None:
            r.params["users"] = float(st.value or 0)
            r.retag(st, param="users", note="")
        else:
            r.move(st, "users")
        return


def visits_of_people(r: Reading) -> None:
    """"日均门诊量1.2万人次左右，每人平均问3次": visits counted a day, then what each person asks: the visits
    are the people (users), each asking that many times (not 1.2万 requests, each one's three set aside)."""
    qpd = next((x for x in r.stated if x.param == "queries_per_day" and x.note == ""
                and re.search(r"人次|门诊|人\s*$", str(x.text))), None)
    # (not when the people are counted on their own: "每天约6,000名患者使用")
    if qpd is None or "users" in r.params or re.search(r"\d\s*(?:名|位|个)\s*(?:患者|病人|用户|客户)", r.t):
        return
    def per_person(x: Stated) -> bool:
        """A count of times said of each person ("每人平均问3次")."""
        if x.start <= qpd.end or not isinstance(x.value, float) or x.param not in (None, "queries_per_user"):
            return False
        before = r.t[max(0, x.start - 12):x.start]
        return re.search(r"每人|每位|每个(?:患者|病人|人)", before) is not None \
            and (str(x.text).endswith("次") or re.match(r"\s*次", r.t[x.end:]) is not None)

    each = next((x for x in r.stated if per_person(x)), None)
    # ("每个患者每天1000个token … 日门诊9千人": each one's tokens, the people, as well)
    if each is None and "tokens_per_user_day" not in r.params:
        return
    r.move(qpd, "users")
    if each is not None and each.param != "queries_per_user":
        r.params["queries_per_user"] = float(each.value or 0)
        r.retag(each, param="queries_per_user", note="")


def one_server_said(r: Reading) -> None:
    """"It'd be a single server with 8 L40S cards": one server, its cards counted after it; the span starts at
    "a single" (one server said in words, used with its cards)."""
    st = next((x for x in r.stated if x.param in ("gpus", "gpus_per_server") and x.note == ""
               and re.match(r"(?:server|box|node|machine)\s+(?:with|of)\b", r.t[x.start:x.end])), None)
    if st is None or "servers" in r.params:
        return
    one = re.search(r"\b(?:a\s+single|one\s+single|a|one|single)\s+$", r.t[max(0, st.start - 12):st.start])
    if one is None:
        return
    start = max(0, st.start - 12) + one.start()
    r.retag(st, start=start, text=r.norm.quote(start, st.end))
    if st.param == "gpus":
        r.params["servers"] = 1.0


def audience_beside_requests(r: Reading) -> None:
    """"we peaked at 2.3M concurrent viewers, bot sees avg ~15k msgs/sec": the people watching at once are no
    concurrent requests to the model; the requests a second said beside them are its load (not 2.3 million
    streams)."""
    st = next((x for x in r.stated if x.param == "concurrent_users" and x.note == ""), None)
    if st is None or "qps" not in r.params or not re.search(
            r"viewers?|watchers?|spectators?|audience|fans|观众|在线观看", r.t[st.start:st.end + 24]):
        return
    r.params.pop("concurrent_users", None)   # (the span stays, named as not used)


# "just me chatting, single user": one person at a time, the speed one stream gets
_ONE_PERSON = rx.compile(r"\b(?:(?:a\s+)?single[- ](?:user|reader|person|listener|stream|session)|"
                         r"(?:just|only)\s+me\b(?:\s+(?:chatting|using it|on it))?|"
                         r"batch(?:\s+size)?\s*(?:of\s*)?1\b|bs\s*=?\s*1\b)")


# people named before "N of them": "each paying reader gets 2,000 tokens a day and we have ~9k of them"
_PEOPLE_NOUN = rx.compile(r"\b(?:users?|readers?|subscribers?|members?|customers?|clients?|students?|"
                          r"employees?|"
                          r"staff|agents?|people|patients?|listeners?|viewers?|players?|fans?|writers?|authors?|"
                          r"lawyers?|doctors?|nurses?|teachers?|drivers?|riders?|tenants?|residents?|citizens?|"
                          r"visitors?|patrons?|seats?|learners?|shoppers?|guests?|callers?|donors?|volunteers?|"
                          # (an office's own people: "Each estimator burns maybe 50k tokens a day … we've 35")
                          r"estimators?|surveyors?|staffers?|dispatchers?|coordinators?|accountants?|clerks?|"
                          r"technicians?|techs?|reps?|engineers?|developers?|devs?|analysts?|salespeople|"
                          r"salespersons?|cleaners?|planners?|managers?|receptionists?|paralegals?|designers?|"
                          r"buyers?|sellers?|bidders?|traders?|brokers?|dealers?)\b"
                          # (not "each customer update is ~90 tokens": a thing of theirs, named after)
                          r"(?!\s+(?:updates?|messages?|texts?|requests?|quer(?:y|ies)|questions?|support|service|"
                          r"chats?|emails?|calls?|tickets?|notes?|portal|data|records?|reviews?|replies|reply)\b)")
_CARD_NOUN = rx.compile(r"#|\b(?:gpus?|cards?|chips?|accelerators?|servers?|nodes?|boxes|box)\b")


# "店里一台四卡4090的机器": one machine, its size said after the 一台 (calc/numbers keeps 一 of a size as no
# count)
_ONE_MACHINE_BEFORE = rx.compile(r"一\s*台\s*(?:[\u4e00-\u9fff]{0,2})?$")


# the card named, then what it costs now: "H20现在九万五左右"
_CARD_NOW_BEFORE = rx.compile(r"#+\s*(?:现在|目前|如今|眼下)\s*(?:大概|大约|约|差不多|也就)?\s*$")


def price_now_of_card(r: Reading) -> None:
    """"A100当时按十二万一张，H20现在九万五左右": an amount in 万 right after a card named and "now" is
    what the card costs now (yuan), not a number of nothing."""
    st = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.value >= 1000 and re.match(r"[\d.零一二两三四五六七八九十]+\s*[万萬]", str(x.text))
               and not re.match(r"\s*(?:张|台|块(?!钱)|卡|个|人|次|token|用户)", r.t[x.end:x.end + 4])
               and _CARD_NOW_BEFORE.search(r.masked, max(0, x.start - 16), x.start)), None)
    if st is not None:
        r.move(st, "price_cny")


def one_machine_of_power(r: Reading) -> None:
    """"店里一台四卡4090的机器，整机大概一千八百瓦 … 一年电费多少": the one machine described, its whole power
    said, is the fleet whose power is billed (one server), not one card."""
    p = r.params
    if "watts_per_server" not in p or any(k in p for k in ("gpus", "servers", "users", "qps",
                                                               "queries_per_day", "concurrent_users",
                                                               "tokens_per_day")):
        return
    size = next((x for x in r.stated if x.param == "gpus_per_server" and x.note == ""), None)
    if size is None:
        return
    one = _ONE_MACHINE_BEFORE.search(r.t, max(0, size.start - 6), size.start)
    if one is not None:
        r.add("servers", 1.0, one.start(), one.start() + 2)


def people_of_them(r: Reading) -> None:
    """"each paying reader gets roughly 2,000 tokens a day and we have ~9k of them": the people named last
    before "of them" are what is counted (no cards were named before it), not cards."""
    if "users" in r.params:
        return
    for st in [x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)]:
        if not re.search(r"\bof (?:them|those|these)\s*$", r.t[st.start:st.end]):
            continue
        if re.search(r"\b(?:need|needs|needed|require[sd]?|buy|rent|order)\s*(?:about|around|~)?\s*"
                     r"[\d,]+\s+of\b", r.t[max(0, st.start - 20):st.end]):
            continue                     # ("… 150 concurrent callers … we'd need 6 of them": cards, needed)
        before = r.masked[:st.start]
        people = [m.end() for m in _PEOPLE_NOUN.finditer(before)]
        cards = [m.end() for m in _CARD_NOUN.finditer(before)]
        if people and (not cards or max(people) > max(cards)):
            r.move(st, "users")
            # ("… we've 35 of them. Llama 3.1 8B on an L4. One card enough?": the cards said next are the
            # fleet's, no longer a second value of a count that was the people's)
            r.promote_duplicate("gpus")
            return


# a count in brackets right after the people it counts: "Each office staffer (we have 9) burns …"
_PEOPLE_IN_BRACKETS = rx.compile(r"[(（]\s*(?:we(?:'ve| have| got|'ve got| are)|there(?:'re| are)|"
                                 r"about|around|~|approx\.?)?\s*(?:got\s+)?(?:about\s+|around\s+|~)?(?P<n>\d[\d,.]*k?)\s*"
                                 r"(?:of (?:us|them)|in total|total|all told)?\s*[)）]")


# each one of them named, then how many in brackets: "every fishmonger on our network (~2,000 shops across
# NSW and VIC) gets …"
_EACH_ONE_COUNTED = rx.compile(r"\b(?P<each>every|each)\s+[a-z]{3,}\b[^.;?!()（]{0,30}[(（]\s*"
                               r"(?:~|about|around|"
                               r"roughly|approx\.?)?\s*(?P<n>\d[\d,.]*k?)\s+[a-z][a-z ,&-]{0,40}[)）]")


def people_in_brackets(r: Reading) -> None:
    """"Each office staffer (we have 9) burns maybe 25,000 tokens a day": the count in brackets right after a
    people's noun is how many of them there are (the users), not a number left unread."""
    if "users" in r.params or "concurrent_users" in r.params:
        return
    for m in [*_PEOPLE_IN_BRACKETS.finditer(r.t), *_EACH_ONE_COUNTED.finditer(r.t)]:
        if "each" not in m.groupdict() and (
                not _PEOPLE_NOUN.search(r.t[max(0, m.start() - 24):m.start()].rstrip() + " ")
                or not re.search(r"\b[a-z]+s?\s*$", r.t[max(0, m.start() - 24):m.start()])):
            continue
        st = next((x for x in r.stated if x.param in (None, "gpus") and x.note == ""
                   and isinstance(x.value, float) and m.start("n") <= x.start < m.end("n") + 1), None)
        if st is not None and float(st.value or 0) >= 2:
            a, b = (m.start() + 1, m.end() - 1) if "each" not in m.groupdict() else (st.start, st.end)
            r.move(st, "users", start=a, end=b, text=r.norm.quote(a, b))
            day = next((x for x in r.stated if x.param == "tokens_per_day" and x.note == ""
                        and 0 < x.start - m.end() <= 24), None)
            if "each" in m.groupdict() and day is not None and "tokens_per_user_day" not in r.params:
                r.move(day, "tokens_per_user_day")   # ("… gets ~1,500 tokens a day": each one's day)
            return


def one_person(r: Reading) -> None:
    """"what tok/s should i expect … just me chatting, single user": one stream at once (not a batched fleet's
    throughput), said in words."""
    if any(k in r.params for k in ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day")):
        return
    said = [m for m in _ONE_PERSON.finditer(r.t) if not r.stated_at(m.start())]
    if not said:
        return
    # (both ways of saying it, one span: "just me chatting, single user")
    end = max(m.end() for m in said if m.start() - said[0].end() <= 24)
    r.add("concurrent_users", 1.0, said[0].start(), end)


# "单台H20服务器（8卡，跑DeepSeek-R1）每秒输出约2500个token": one server, its size in brackets, then its rate
_ONE_SERVER_SAID = rx.compile(r"(?:单台|一台|每台)\s*[#&]*\s*(?:服务器|整机|机器|"
                              r"节点)\s*[（(](?P<inside>[^）)]{0,40})[）)]")


def one_server_rate(r: Reading) -> None:
    """"实测单台H20服务器（8卡，跑DeepSeek-R1）每秒输出约2500个token": the count in the brackets is the
    server's size, and the rate said right after is the server's (not 8 cards' fleet, nor one card's)."""
    m = _ONE_SERVER_SAID.search(r.masked)
    if m is None:
        return
    size = next((x for x in r.stated if x.param in ("gpus", "gpus_per_server") and x.note == ""
                 and m.start("inside") <= x.start
                 < m.end("inside") and isinstance(x.value, float)), None)
    rate = next((x for x in r.stated if x.param in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu")
                 and x.note == "" and 0 <= x.start - m.end() <= 12), None)
    if size is None or rate is None:
        return
    if size.param != "gpus_per_server":
        r.move(size, "gpus_per_server")
    r.move(rate, "observed_tokens_per_s_per_server")
    r.params.pop("rate_per_gpu_guessed", None)


# ("Peak concurrency during the flood response was around 900 users": the word for at-once, far before the
# count)
_CONCURRENCY_BEFORE = rx.compile(r"\b(?:peak\s+)?concurrency\b[^.;?!\d]{0,80}?\b(?:was|is|were|hit|reached|"
                                 r"peaked at|"
                                 r"peaks at)\s*(?:around|about|roughly|~|nearly|almost)?\s*$")


def concurrency_said_far(r: Reading) -> None:
    """A count of users after "concurrency … was", a long clause between (past the words a role's rule sees):
    the users at once."""
    if "concurrent_users" in r.params:
        return
    st = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)
               and _CONCURRENCY_BEFORE.search(r.t[max(0, x.start - 120):x.start])), None)
    if st is not None:
        r.move(st, "concurrent_users")


# nouns counted that are no people: "2,500 planners, 30 queries each" counts people, "64 GPUs …" does not
_NOT_PEOPLE = rx.compile(r"(?:gpus|cards|chips|accelerators|servers|nodes|boxes|racks|tokens|words|pages|"
                         r"documents|docs|"
                         r"files|images|videos|requests|queries|calls|messages|prompts|days|hours|weeks|months|years|"
                         r"minutes|seconds|times|runs|epochs|replicas|copies|instances|sites|regions|models|items|"
                         r"products|tickets|orders|entries|frames|streams|sessions|chats|turns|rounds|steps|"
                         r"experiments|trials|languages|articles|emails|reports|tasks|jobs|cases|claims|records|"
                         r"rows|units|percent|dollars|euros|watts|kilowatts|megawatts|volts|amps)$")
_PEOPLE_COUNT = rx.compile(r"\d[\d,.]*\s*[km]?\s+(?:[a-z]+\s+)?([a-z]{3,}s)$")


def people_of_each(r: Reading) -> None:
    """"2,500 planners, 30 queries each per shift-day": the people whose each-one rate is stated, counted in a
    plural noun of their own (a role the vocabulary does not list), are the users."""
    qpu = next((s for s in r.stated if s.param == "queries_per_user" and s.note == ""), None)
    if qpu is None or "users" in r.params or "concurrent_users" in r.params \
            or not re.search(r"\beach\b|\bapiece\b|\bper (?:head|person)\b", r.t[qpu.start:qpu.end + 16]):
        return
    # (or read as a model's size, which no count of people is: "2,500 planners" beside a named model)
    people = [s for s in r.stated if (s.param is None or (s.param == "params" and "model" in r.params))
              and s.note == "" and s.end <= qpu.start
              and isinstance(s.value, float) and s.value >= 2
              and (m := _PEOPLE_COUNT.search(r.t[s.start:s.end])) is not None
              and not _NOT_PEOPLE.match(m.group(1))
              and not re.search(r"\d", r.t[s.end:qpu.start])]
    if len(people) != 1:
        return
    if people[0].param == "params" and r.params.get("params") == people[0].value:
        del r.params["params"]
    r.params["users"] = float(people[0].value or 0)
    r.retag(people[0], param="users", note="")


# "every entry is about 8 turns": the thing each conversation is, named before its turns
_EACH_ITEM_IS = rx.compile(r"\b(?:every|each)\s+([a-z]{3,})\s+(?:is|has|takes|needs|involves|runs|means)\s+"
                           r"(?:about|around|roughly|~|typically|usually)?\s*$")


def _items_of_turns(r: Reading, turns: Stated, before: str) -> bool:
    """"200 brokers … each handles ~25 entries a day and every entry is about 8 turns": the items counted a
    day are the conversations the turns are of (read as each user's, or the day's with no users); whether
    so."""
    m = _EACH_ITEM_IS.search(before)
    if m is None:
        return False
    noun = m.group(1)
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    said = re.compile(r"\s*(?:" + re.escape(noun) + "|" + re.escape(plural)
                      + r")\s*(?:(?:a|per|each|every)\s+day\b|/\s*(?:day|d)\b)")

    def said_at(x: Stated) -> re.Match[str] | None:
        digits = re.search(r"\d[\d.,]*[km]?", r.t[x.start:x.end])
        return said.match(r.t, x.start + digits.end()) if digits else None

    # ("approx 3,500 bookings/day …, each booking is roughly 8 turns": the day's read already, or not)
    items = next((x for x in r.stated if x is not turns and x.end <= turns.start
                  and x.param in (None, "queries_per_day")
                  and isinstance(x.value, float) and said_at(x)), None)
    if items is None:
        return False
    # (each person's when said of each: "200 brokers …, each handles ~25 entries a day")
    param = "queries_per_user" if "users" in r.params or re.search(
        r"\beach\b[^.;,]{0,20}$", r.t[max(0, items.start - 24):items.start]) else "queries_per_day"
    for old in ("queries_per_user", "queries_per_day"):
        if turns.param == old and r.params.get(old) == turns.value:
            del r.params[old]
    end = said_at(items).end()  # type: ignore[union-attr]
    r.params[param] = float(items.value or 0)
    r.retag(items, param=param, note="", end=end, text=r.norm.quote(items.start, end))
    return True


def _take_turns(r: Reading, st: Stated, **span: Any) -> None:
    """Read the span `st` as a conversation's turns (its old parameter dropped where it gave it)."""
    assert isinstance(st.value, float)      # (the caller takes numbers only)
    if st.param is not None and r.params.get(st.param) == st.value and st.note == "":
        del r.params[st.param]
    r.params["turns_per_session"] = st.value
    r.retag(st, param="turns_per_session", note="", **span)


# a seat that is one live stream: "call center has 1200 seats, each seat is one live stream into the LLM",
# "each agent seat = one concurrent stream", "坐席数：2000" (a call centre's agent positions, each on a call)
_SEAT_WORD = rx.compile(r"(?<![a-z])seats?(?![a-z])|坐席|座席")
_SEAT_IS_STREAM = rx.compile(r"\beach\s+(?:agent\s+|call\s+|phone\s+)?seat\s*(?:is|=|means|==|:)\s*"
                             r"(?:one|a|1|its own)\s+"
                             r"(?:live\s+|concurrent\s+|simultaneous\s+|open\s+|active\s+)*"
                             r"(?:streams?|calls?|sessions?|conversations?)|"
                             r"\bseats?\b[^.;?!]{0,30}\b(?:live|concurrent|simultaneous)\s+(?:streams?|calls?)|"
                             r"call[- ]?cent(?:er|re)|contact[- ]cent(?:er|re)|呼叫中心|坐席|座席")


_EACH_SEAT_A_DAY = rx.compile(r"(?:每人|每个坐席|每坐席|每位坐席|每名坐席|人均)\s*(?:每天|每日|一天)|"
                              r"\beach (?:seat|agent)\b[^.;?]{0,30}\b(?:a|per|each) (?:day|shift)\b|"
                              r"每(?:个)?班(?:次)?")


def seats_as_streams(r: Reading) -> None:
    """Seats of a call centre are calls at once, not users who each ask a few times a day: the
    count said in seats is the concurrent streams when the question says a seat is a live stream or
    the seats are a call centre's."""
    if "concurrent_users" in r.params or not _SEAT_IS_STREAM.search(r.t) or any(
            k in r.params for k in ("qps", "queries_per_day", "tokens_per_day")):
        return                           # ("1,500个坐席，高峰期调用约30次/秒": the load is the rate said)
    if any(k in r.params for k in ("queries_per_user", "tokens_per_user_day", "users_to")) \
            or _EACH_SEAT_A_DAY.search(r.t):
        return                           # ("3000个坐席，每人每天接80通电话": seats are people)
    seats = [st for st in r.stated if st.param == "users" and isinstance(st.value, float)
             and _SEAT_WORD.search(r.t[max(0, st.start - 6):min(len(r.t), st.end + 4)])]
    if len(seats) > 1:
        return                           # ("从5000个坐席推广到6万个坐席": seats grown, users counted)
    for st in r.stated:
        if st.param == "users" and st.note == "" and isinstance(st.value, float) \
                and _SEAT_WORD.search(r.t[max(0, st.start - 6):min(len(r.t), st.end + 4)]):
            r.move(st, "concurrent_users")
            return


# a speed each user gets: "at 25 tokens/s per user", "25 tok/s each", "每人每秒20个token"
_PER_USER_SPEED = rx.compile(r"^\s*(?:per\s+(?:user|person|head|stream)|each|/\s*(?:user|person))\b|"
                             r"(?:\bper\s+(?:user|person)|\beach\s+(?:user|person)|每人|每个用户|每用户)\s*"
                             r"(?:gets?\s+|at\s+)?(?:[~≈]|about\s+)?$")
# users counted over a period, not at once: "100k DAU", "2 million monthly users", "日活100万"
_USERS_OVER_A_PERIOD = rx.compile(r"\b(?:[dmw]au|daily|monthly|weekly|registered|total|paying|"
                                  r"subscribers?)\b|"
                                  r"日活|月活|周活|注册", re.IGNORECASE)


def users_at_a_speed(r: Reading) -> None:
    """Users who each get a stated generation speed are streams at once ("serves 100 users at 25 tokens/s
    per user"): the users are concurrent, not a day's users who each ask a few times."""
    if "concurrent_users" in r.params or any(k in r.params for k in (
            "qps", "queries_per_day", "tokens_per_day", "queries_per_user", "tokens_per_user_day",
            "users_to")):
        return
    users = [st for st in r.stated if st.param == "users" and st.note == "" and isinstance(st.value, float)]
    speed = [st for st in r.stated if st.param == "tpot_ms" and st.note == ""
             and (_PER_USER_SPEED.search(r.t[st.end:st.end + 16])
                  or re.search(r"\b(?:each|per\s+(?:user|person))\s*$|/\s*user\s*$", str(st.text))
                  or _PER_USER_SPEED.search(r.t[max(0, st.start - 16):st.start]))]
    if len(users) != 1 or not speed or float(users[0].value or 0) > 1e5:
        return
    st = users[0]
    if _USERS_OVER_A_PERIOD.search(r.t[max(0, st.start - 12):min(len(r.t), st.end + 12)]):
        return
    r.move(st, "concurrent_users")


_TRAINING_WORDS = rx.compile(r"\btrain|\bepochs?\b|\bpre-?train|\bfine-?tun|训|微调|预训练|超参|消融|\bmfu\b",
                             re.IGNORECASE)
# a day's load said of documents: "每天…份", "daily", not a corpus
_A_DAYS = rx.compile(r"每天|每日|一天|日均|\bper\s+day|\ba\s+day|\bdaily|/\s*day", re.IGNORECASE)


def corpus_not_a_length(r: Reading) -> None:
    """In a training question, a request's length of ten million tokens or more is the run's tokens
    ("超参实验，每组跑3亿token", it had been an answer's length), and a count of documents said with no day is
    the corpus, not a day's requests ("120万份文书，清洗后约40亿token": it had sized a serving fleet)."""
    if not _TRAINING_WORDS.search(r.t) or "users" in r.params or "qps" in r.params:
        return
    if "train_tokens" not in r.params:
        big = [st for st in r.stated if st.param in ("output_tokens", "input_tokens") and st.note == ""
               and isinstance(st.value, float) and st.value >= 1e7]
        if len(big) == 1:
            r.move(big[0], "train_tokens")
    if "train_tokens" in r.params:
        for st in [x for x in r.stated if x.param == "queries_per_day" and x.note == ""
                   and not _A_DAYS.search(r.t[max(0, x.start - 12):x.end + 8])]:
            if r.params.get("queries_per_day") == st.value:
                del r.params["queries_per_day"]
            r.retag(st, param=None)


# a basis said in Chinese characters: "每千字译文的电费", "每万字成本"
_PER_CHARS = rx.compile(r"(?<![\d一二两三四五六七八九十])每\s*([百千万])\s*(?:个)?\s*"
                        r"(?:汉字|中文字符?|字符|字)"
                        r"(?:\s*(?:译文|原文|文本|稿件|内容))?")


def per_characters_basis(r: Reading) -> None:
    """"每千字译文的电费…1.5个汉字约等于1个token": a cost or energy asked per thousand characters, the tokens
    those characters are at the stated ratio (it had been dropped: no basis read)."""
    m = _PER_CHARS.search(r.t)
    tpc = r.params.get("tokens_per_character")
    if m is None or "per_tokens" in r.params or not isinstance(tpc, float) or r.stated_at(m.start()):
        return
    chars = {"百": 100.0, "千": 1000.0, "万": 1e4}[m.group(1)]
    r.add("per_tokens", chars * tpc, m.start(), m.end())


_RACKS_BEFORE = rx.compile(r"(?:机柜|机架|\bcabinets?|\bracks?)\s*(?:数|数量)?\s*(?:有|共|为|是|[:：=])?\s*$")


_RACK_NAMED_LAST = rx.compile(r"\b(?:racks?|cabinets?)\b(?![^.;?]*\b(?:servers?|nodes?|gpus?|cards?|boxes|"
                              r"machines|chips?)\b)[^.;?]*$")


def racks_under_cap(r: Reading) -> None:
    """"racks are capped at 30 kW per cabinet. We have 80 cabinets free", "机柜限电40kW，有20个机柜": with a
    rack's power limit, a count said in racks is the racks to fill, not servers."""
    # (a rack-scale server, "3 racks of GB200 NVL72", is counted in racks)
    if "server_power_cap_w" not in r.params or "racks" in r.params \
            or "nvl" in str(r.params.get("server", "")):
        return
    for st in r.stated:
        # ("一个柜子能放几台": one rack, the one asked about)
        # (the span as read, in simplified characters: "40 個機櫃"; "rack_count<TAB>120" from a sheet,
        # read as "120 racks")
        if st.note == "" and st.param in (None, "servers", "sites") and isinstance(st.value, float) \
                and st.value >= 2 and float(st.value).is_integer() \
                and (re.search(r"\b(?:racks?|cabinets?|sites)\b|机柜|个柜|站点|基站|个站",
                               r.t[st.start:st.end])
                     or re.search(r"\d\s*(?:racks?|cabinets?)\b", r.t[st.start:st.end + 8])
                     # ("可用机柜40个": the racks named before their count)
                     or _RACKS_BEFORE.search(r.t[max(0, st.start - 10):st.start])
                     # ("each rack … is capped at 25kW and we have 8 of them": the racks named last)
                     or (re.search(r"\bof (?:them|those|these|em)\b", r.t[st.start:st.end])
                         and _RACK_NAMED_LAST.search(r.t[max(0, st.start - 80):st.start]))):
            r.move(st, "racks")
            size = next((x for x in r.stated if x.param == "servers" and x.note == "duplicate"
                         and re.fullmatch(r"\d+\s*[x×]", str(x.text))), None)
            if size is not None and "gpus_per_server" not in r.params:
                # ("6 racks. How many 8x H100 servers fit": each one's cards)
                r.move(size, "gpus_per_server", note="")
            return
    one = _ONE_RACK.search(r.t)
    if one is not None and not r.stated_at(one.start("n")) \
            and not any(k in r.params for k in ("servers", "gpus", "racks")):
        # ("we've got a single rack in a shared space, capped at 5 kW": the one rack, counted)
        r.add("racks", 1.0, one.start(), one.end())


_ONE_RACK = rx.compile(r"\b(?P<n>a single|one|just one|only one|1)\s+(?:(?:\d+u|42u|half|full)\s+)?"
                       r"(?:racks?|cabinets?)\b")


_CARDS_PER_SITE_ASKED = rx.compile(r"(?:\b(?:cards?|gpus?|boxes|servers?)|#+s?)\s+"
                                   r"(?:per|each|at each|in each|for each)\s+(?:site|location|place)\b")


# ("想在30个城市的边缘机房各放2张L4": any count of them)
_PLACES_EACH = rx.compile(r"(?<![\d一二两三四五六七八九十.,])([两二三四五六七八九]|"
                          r"[一二三四五六七八九]?十[一二三四五六七八九]?|\d{1,4})\s*"
                          # ("按华北、华东、华南3个region部署，各region独立卡池": regions, each its own pool)
                          r"(?:地|个地方|个城市|座城市|个园区|个地市|个地级市|个区县|个县市?|个省份?|个分公司|个办事处|个\s*(?:regions?|区域|地域|大区|可用区|az|数据中心|机房|idc))"
                          r"(?=\s*(?:机房|数据中心|idc)?[^。；;？?]{0,16}?(?:各|每个))")
# a count of sites that each hold a few cards ("1,200 sites", "800个基站机房"): read as servers
_SITE_WORD = rx.compile(r"\b" + SITE_NOUNS + r"\b|\blines\b|" + SITE_NOUNS_ZH + r"|站|(?:边缘|区域)节点")
# a load said of one site: "~15k users per site", "peak 25 QPS per site", "每站覆盖用户约3万", "单站并发8路"
_CARD_MASK = rx.compile(r"\s*(?:#+s?\s*)?")
_SPACE = rx.compile(r"\s*")
_PER_SITE = rx.compile(r"(?:/|\bper|\beach|\bat each|\bin each|\bfor each|\ba)\s*"
                       r"(?:(?:edge|cell|gnb|enodeb|5g|mec|base)\s+)*(?:site|location|station|tower|store|branch|"
                       r"school|campus|hospital|clinic|cent(?:er|re)|(?:production |assembly )?line)\b|"
                       r"每个?\s*(?:边缘)?" + SITE_NOUNS_ZH + r"|单站|各站|每条(?:产|生产)?线")
_SITE_LOADS = ("users", "concurrent_users", "qps", "queries_per_day", "tokens_per_day")


# the cards each place holds, said with the place: "2 cards per building", "每个分支部署2张"
# (the card's name may come between: "1 L4 por unidade")
_CARDS_PER_PLACE = rx.compile(r"\s*(?:#+\s*|[a-z]+\d+[a-z]*\s+)?(?:gpus?|cards?)?\s*"
                              r"(?:per|/|each|in each|for each|at each)\s*"
                              r"([a-z]{3,})\b")
_EACH_PLACE_BEFORE = rx.compile(r"每个?([\u4e00-\u9fff]{1,4}?)"
                                r"(?:(?:都|各)?\s*(?:部署|配置|配备|安装|放|配|装|有|摆|用|上))?\s*$")


_GENERIC_PLACES = ("site", "location", "place")
_EACH_PLACE_EN = rx.compile(r"\b(?:each|every)\s+(?!gpu|card|server|node|box|one\b|replica|with\b|having\b|"
                            r"has\b|"
                            r"holding\b|hosting\b|running\b|gets?\b|getting\b|of\b)([a-z]{3,})\s*"
                            r"(?:has|gets|with|having|runs|:|,)?\s*(?:about|~|around)?\s*$")
_EACH_WITH = rx.compile(r"\beach\s+(?:with|having|holding|has|gets|getting|running|hosting)\s*"
                        r"(?:about|~|around)?\s*$")


def _places_of_their_cards(r: Reading) -> Stated | None:
    """"40 buildings, 2 cards per building", "300个地市分支机构，每个分支部署2张L4": a count of places
    whatever their word, said to hold each so many cards; the places read as servers of those cards."""
    if "servers" in r.params:
        return None
    t = r.t.lower()
    for g in [s for s in r.stated if s.param in ("gpus", "gpus_per_server") and s.note in ("", "duplicate")
              and isinstance(s.value, float) and 1 <= s.value <= 4096]:
        # (the words before its number, inside its span or before it: "每个网点部署4张"; after it, inside the
        # span or after: "2 cards per site")
        digit = re.search(r"\d[\d.,]*", t[g.start:g.end])
        at = g.start + (digit.start() if digit else 0)
        one = m.group(1) if (m := _CARDS_PER_PLACE.match(t, g.start + digit.end() if digit else g.end)
                             or _CARDS_PER_PLACE.match(t, g.end)) else None
        if one is None and (m := re.search(r"\b(?:per|each|for each|"
                                           r"in each)\s+([a-z]{3,})$", t[g.start:g.end])):
            one = m.group(1)             # ("one card per branch": the place inside the span read)
        zh = m.group(1) if one is None and (m := _EACH_PLACE_BEFORE.search(t[max(0, at - 12):at])) else None
        if one is None and zh is None and (m := _EACH_PLACE_EN.search(t[max(0, at - 24):at])) is not None:
            one = m.group(1)             # ("1.500 hub logistik, tiap hub 2 kartu L4": each place, its cards)
        if zh is None and float(g.value or 0) > 16:
            continue                     # (a box's size in English; "12个小矿场，每场256张": any size)
        if one is None and zh is None and (_EACH_WITH.search(t[max(0, at - 24):at])
                                           # ("1,500 hubs, 2 L4 cards each")
                                           or re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:gpus?|cards?)?\s*each\b",
                                                       t[g.end:g.end + 24])):
            # "350 warehouse sites, each with 2 cards (L40S)": the places counted just before, each with them
            place = next((s for s in reversed(r.stated) if s is not g and s.note == ""
                          and s.param in (None, "users")
                          and isinstance(s.value, float) and s.value >= 2 and s.end <= g.start
                          and g.start - s.end <= 48
                          and re.match(r"(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b", t[_after_digits(s, t):])), None)
            if place is not None:
                if g.param != "gpus_per_server":
                    r.move(g, "gpus_per_server")
                return r.move(place, "servers")
        if one is None and zh is None:
            continue
        place = next((s for s in r.stated if s is not g and s.note == "" and (
                          s.param in (None, "users")
                          # ("全省共部署1,200个路口边缘节点，每个节点配置2张L4": "部署N个" read as cards, of
                          # places)
                          or (s.param == "gpus" and zh is not None and str(s.text).endswith("个"))
                          # ("nas 320 unidades …, 1 L4 por unidade": units read as cards, the places)
                          or (s.param == "gpus" and one is not None and re.fullmatch(
                              r"[\d.,]+\s+" + re.escape(one) + r"s?", t[s.start:s.end].strip())))
                      and isinstance(s.value, float) and s.value >= 2 and s.end <= g.start and (
                          (one is not None and re.match(
                              # ("220 community service centres, 2 cards per site", "120 airport lounges, 2
                              # cards per site": any place's plural noun, for a generic "per site")
                              # ("12 of our mining sites")
                              r"(?:of\s+(?:our|the|their|its|"
                              r"my)\s+)?(?:[a-z-]+\s+){0,2}?(?:" + re.escape(one) + r"(?:s|es)?"
                              + (r"|" + SITE_NOUNS + r"|[a-z]{3,}s" if one in _GENERIC_PLACES else "")
                              + r")\b",
                              t[_after_digits(s, t):]))
                          # (not "每天2万台车 … 每台8卡": cars counted, each box's cards)
                          or (zh is not None and zh[:2] in t[s.start:s.end + 8]
                              and not re.search(r"台[车車]", t[s.start:s.end + 8])))), None)
        if place is None or (g.note == "duplicate" and place.param != "gpus"):
            continue
        if g.param != "gpus_per_server":
            r.move(g, "gpus_per_server", note="")
        return r.move(place, "servers")
    # ("edge box per line, 85 lines total … cards per box if each line's box only serves its own traffic":
    # the places, each with a box of its own, the cards of each asked)
    if (box := _BOX_PER_PLACE.search(t)) is not None:
        one = box.group(1) or box.group(2)
        place = next((s for s in r.stated if s.note == ""
                      and s.param in (None, "users", "gpus", "queries_per_user", "queries_per_day")
                      and isinstance(s.value, float) and s.value >= 2
                      and re.match(r"(?:[a-z-]+\s+)?" + re.escape(one) + r"(?:s|es)\b",
                                   t[_after_digits(s, t):])),
                     None)
        if place is not None:
            return r.move(place, "servers")
    return None


_BOX_PER_PLACE = rx.compile(r"\b(?:box|server|node|machine|appliance)\s+"
                            r"(?:per|for each|in each|on each|at each)\s+([a-z]{3,})\b|"
                            r"\beach ([a-z]{3,})'s (?:own )?(?:edge )?(?:box|server|node|machine)\b")


def _after_digits(s: Stated, t: str) -> int:
    """Where the words after a count's number start ("40 buildings": after "40")."""
    m = re.match(r"[~≈]?\s*[\d.,]+\s*(?:[kmb](?![a-z]))?\s*", t[s.start:])
    return s.start + (m.end() if m else 0)


# a power said of each site: "3 sites, 6MW each", "3个机房，每个6兆瓦"
_EACH_SITE_AFTER = rx.compile(r"\s*(?:each|apiece|per (?:site|campus|location|hall|building))\b")
_EACH_SITE_BETWEEN = rx.compile(r"\s*(?:[(（][^)）]{0,40}[)）])?\s*[,，—–-]?\s*"
                                r"(?:each|every one|各|每个?都?|每处)\s*"
                                r"(?:with|has|having|of|at|有|是)?\s*(?:~|about|around|roughly|约)?\s*")


# a fleet of vehicles: "车队规模…现在1.5万台，每车每天3000 token"
_VEHICLE_FLEET = rx.compile(r"车队|車隊|robotaxi|无人车|無人車|自动驾驶|自動駕駛|每车|每車|每辆车|每輛車")
_SERVER_WORDS_ZH = rx.compile(r"服务器|伺服器|整机|整機|机柜|機櫃|节点|節點|"
                              r"\bservers?\b|\bnodes?\b|\bdgx\b|\bhgx\b")


def _about_vehicles(r: Reading) -> bool:
    """Whether the question is about a fleet of vehicles and names no server (so 台 counts vehicles)."""
    return _VEHICLE_FLEET.search(r.t) is not None and _SERVER_WORDS_ZH.search(r.masked) is None


_ITEMS = (r"(?:images?|imgs?|imgaes|photos?|pictures?|pics?|frames?|scans?|documents?|docs?|pages?|files?|"
          r"clips?|tiles?|shots?|samples?|emails?|invoices?|receipts?|forms?|records?|"
          # ("40 depot batches a night, ~2,500 delivery exception notes per batch", "310 routes, 120 stops
          # each")
          r"notes?|stops?|entries|rows?|labels?|parcels?|packages?|shipments?)")
_ITEM_COUNT = rx.compile(r"[\d.,]+\s*k?\s*(?:[a-z-]+\s+){0,2}?" + _ITEMS + r"\b")
_ITEMS_PER_AFTER = rx.compile(r"\s*(?:[a-z-]+\s+){0,2}?" + _ITEMS
                              + r"\s+(?:per|each|a|every|/)\s*(?P<b>[a-z]+)\b")
# ("each car return is about 24 photos": the batch's kind said before it, either word the batch counted)
_EACH_BATCH_BEFORE = rx.compile(r"\beach\s+(?P<b>[a-z]+)\b[^.;?!]{0,50}$")
_EACH_BATCH_BEFORE2 = rx.compile(r"\beach\s+[a-z]+\s+(?P<b>[a-z]+)\b[^.;?!]{0,50}$")
# ("One tower = ~1,800 images per flight, we fly 3 towers a day": one batch said equal to its items)
_ONE_BATCH_IS_BEFORE = rx.compile(r"\b(?:one|a|each|every|per)\s+(?P<b>[a-z]{3,})\s*"
                                  r"(?:=|is|means|gives|yields|produces|comes back with|has)\s*"
                                  r"(?:about|around|roughly|~|approx\.?)?\s*$")
_BATCH_OF_BEFORE = rx.compile(r"\b(?P<b>[a-z]+?)(?:es|s)?\s+(?:a|per|/|each)\s*day\s+of\s*"
                              r"(?:about|around|roughly|~)?\s*$")
# ("每天200个批次，每批300张图片": each batch's items, in Chinese)
_ZH_EACH_BATCH = rx.compile(r"(?:每|(?<![\d一二两三四五六七八九十])一)(?:一)?(?:个|台|辆)?"
                            # ("一天20场婚礼，每场差不多1,500张照片": each event's photos)
                            # ("每天新增房源6000套，每套拍大概30张照片": each listing's photos)
                            # ("一节课平均25个学员 … 一天大约1400节团课": each class's students)
                            # ("一天大概3000次巡店，每次约40张照片": each visit's photos)
                            r"(?P<b>批次?|架次|趟|车|箱|订单|单|次航拍|次飞行|场(?:婚礼|活动|比赛|演出)?|套|节(?:团)?课|堂课|次)\s*"
                            # ("每单客户大概拍300张原片": the order's customer, who shoots them)
                            r"(?:客户|顾客|客人)?\s*"
                            # ("每单客户选片大概一百二十张": the photos chosen, retouched)
                            r"(?:选片|选了?|精修|修图|挑了?)?\s*"
                            # ("每台车进店前后各拍，一共8张照片": what is done to it, then its photos in all)
                            r"(?:[^，,。；;\d]{0,8}?[，,]?\s*(?:一共|总共|合计))?\s*"
                            r"(?:大概|约|大约|平均|差不多)?\s*(?:有|拍|产生|回传|带回|出)?\s*(?:大概|约|大约|差不多)?\s*$")
_ZH_ITEM_AFTER = rx.compile(r"\s*(?:张|幅|份|页|个)\s*"
                            r"(?:图片?|照片|影像|文件|文档|单据|原片|原图|相片|底片)?")
_A_DAY = rx.compile(r"(?:\s+(?:through|thru|in|out|done|processed|shot|flown|made)){0,2}\s*"
                    r"(?:(?:a|per|each|every)\s+(?:day|night|evening)\b|/\s*(?:day|d|night)\b|daily\b|nightly\b)")
_NOT_BATCHES = frozenset({"day", "user", "person", "image", "photo", "frame", "page", "document", "doc",
                          "file", "chat", "conversation", "convo", "session", "thread", "ticket", "turn",
                          "message",
                          "request", "query", "prompt", "call", "gpu", "card", "one", "of", "the"})


_ZH_MADE_FOR_EACH = rx.compile(r"[\d.,零〇一二两三四五六七八九十百]+\s*[万千]?\s*(?:来|多|余)?\s*"
                               r"(?:个|名|位)\s*"
                               r"(?:孩子|学生|客户|用户|员工|家长|患者|"
                               r"会员|老人|顾客)\s*"
                               r"(?:生成|写|出|做|发|发送|推送|推)\s*(?:个|一条|一份|一封)?\s*[\u4e00-\u9fff]{0,8}?"
                               # ("每天要给五百来个患者发个性化复诊提醒短信": a message sent to each)
                               r"(?:报告|评语|总结|文案|计划|方案|短信|提醒|消息|通知|邮件)")


# the items of one batch, then the batch: "~2,000 comment cards per event"; in Chinese the batch first:
# "无人机飞一趟拍1200张左右果树照片", "每批800份"
_PER_ONE_BATCH = rx.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:per|each|a|every)\s+"
                            r"(?P<b>event|flight|trip|run|batch|job|"
                            r"shoot|launch|sortie|drop|release|wedding|party|show|conference|tournament|"
                            r"season|campaign|mailing|send|blast|edition|newsletter)\b")
# ("6,500 emails per send … what does one send cost us?": the cost of one batch asked)
_BATCH_COST_ASKED = rx.compile(r"\b(?:one|each|a|per|the|this|that|every)\s+"
                               r"(?:send|batch|run|blast|mailing|campaign|"
                               r"edition|job|drop)\b[^.?!]{0,24}\bcosts?\b|"
                               r"\bcosts?\b[^.?!]{0,30}\b(?:one|each|per|a|the|this|every)\s+(?:send|batch|run|blast|"
                               r"mailing|campaign|edition|job|drop)\b")
_ONE_BATCH_ZH = rx.compile(r"(?:一趟|每趟|一次|每次|一批|每批|一场|每场|一轮|每轮|一车|每车)"
                           r"[^，,。；;？?\d]{0,4}$")
_PHOTOS_AFTER = rx.compile(r"\s*(?:左右|来)?\s*[\u4e00-\u9fff]{0,4}?(?:照片|图片|相片|截图|图像)")
# a batch named, then the count of its items: "Each show has roughly 1,800 subtitle cues"
# ("summarise our backlog of 2.4 million old damage reports … How many days": a backlog, one batch)
_BACKLOG_OF = rx.compile(r"\b(?:backlog|archive|pile|stack|corpus|archives)\s+of\s+"
                         r"(?:about|around|roughly|~|some)?\s*$")
_BATCH_HAS_BEFORE = rx.compile(r"\b(?:each|every|per|a|one|the|a typical|a single|a full|our)\s+"
                               r"(?:[a-z]+\s+)?(?:show|event|flight|trip|run|batch|job|episode|performance|shift|"
                               r"match|game|concert|session|class|lesson|wedding|party|conference|season|campaign|"
                               r"mailing|issue|edition|book|film|movie|production|exam)\s+(?:has|have|is|contains|"
                               r"gets|produces|generates|needs|comes with|runs)\s+"
                               r"(?:about|roughly|around|~|maybe|some|like|up to)?\s*$")
_HOW_LONG = rx.compile(r"\bhow long\b|\bhow many (?:hours|minutes|days)\b|"
                       r"多久|多长时间|几个?小时|几分钟|几天")


def one_batch(r: Reading) -> None:
    """"we scan ~2,000 comment cards per event … how long per event batch?", "无人机飞一趟拍1200张左右果树照片
    … 单卡L40S要多久跑完": the items of one batch, with the time it takes asked and no day's load, are the
    job's requests (each item one)."""
    if not _HOW_LONG.search(r.t) or "items_per_batch" in r.params:
        return
    # ("summarise an archive of 800,000 old emails": read first as a corpus's documents)
    for st in [x for x in r.stated if x.note in ("", "corpus_docs") and isinstance(x.value, float)
               and x.value >= 2
               and x.param in (None, "queries_per_day", "users", "queries_per_user")
               and not any(k in r.params for k in ("qps", "tokens_per_day"))
               # ("Each concert has about 2,400 program notes": read as each one's, with no people counted)
               and not ("queries_per_user" in r.params and x.param != "queries_per_user")
               and not (x.param == "queries_per_user" and "users" in r.params)
               and not (x.param != "users" and "users" in r.params)]:
        digits = re.search(r"\d[\d.,]*\s*[km]?", str(st.text))
        if digits is None or not (_BATCH_HAS_BEFORE.search(r.t[max(0, st.start - 60):st.start])
                                  or _BACKLOG_OF.search(r.t[max(0, st.start - 40):st.start])) \
                or re.search(r"\b(?:a|per|each|every)\s+day\b|/\s*day\b|daily",
                             r.t[st.start:st.end + 24]):
            continue
        # ("Each show has roughly 1,800 subtitle cues … one batch job … how many minutes per show?": the items
        # of one batch, counted after the batch is named, are the job's requests)
        if st.param != "queries_per_day":
            r.move(st, "queries_per_day", note="")
        r.params["one_batch"] = True
        return
    if any(k in r.params for k in ("queries_per_day", "qps", "tokens_per_day", "queries_per_user", "users")):
        return
    for st in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and x.value >= 2 and (
            x.param is None
            # ("飞一趟拍1200张左右果树照片": photos counted in 张, not cards)
            or (x.param == "gpus" and _PHOTOS_AFTER.match(r.t, x.end)))]:
        digits = re.search(r"\d[\d.,]*", str(st.text))
        if digits is None:
            continue
        end = st.start + digits.end()
        batch = _PER_ONE_BATCH.match(r.t, end)
        if batch is not None:
            r.move(st, "queries_per_day", end=batch.end(), text=r.norm.quote(st.start, batch.end()))
        elif _ONE_BATCH_ZH.search(r.t[max(0, st.start - 12):st.start]) and re.match(
                r"\s*(?:[kK万千])?\s*(?:左右|来)?\s*(?:张|个|份|条|篇|件|本|种|款|单)", r.t[end:end + 6]):
            r.move(st, "queries_per_day")
        else:
            continue
        r.params["one_batch"] = True
        return


# ("用他们的API每个月只要300块，按每百万token 2元算": yuan, the money words before and no card after)
_KUAI_MONEY_BEFORE = rx.compile(r"(?:每个?月|一个月|每年|一年|每天|一天|只要|只需|只花|才|要花|花了?|"
                                r"费用|成本|月费|"
                                r"年费|收费|报价|总共|一共)\s*(?:大概|大约|约|只要|只需|才|就|也就)?\s*$")
_KUAI_ALONE_AFTER = rx.compile(r"\s*(?:钱|左右|上下)?\s*"
                               r"(?:[,，。;；?？!！)）]|$|(?:对不对|对吗|靠谱|合理|够不够|够吗))")


_TOTAL_PRICE_BEFORE = rx.compile(r"(?:总价|总价格|打包价|套餐价|一口价|总费用|总共花了?|一共花了?)\s*"
                                 r"(?:是|为|大概|大约|约|才|要)?\s*$")


# ("整个机构一天AI生成的内容大概2000万token": the day said before a volume no one answer could be)
_DAY_BEFORE_VOLUME = rx.compile(r"(?:一天|每天|每日|日均|天天|\ba day\b|\bper day\b|\bdaily\b)"
                                r"[^，,。；;.?？!！\d]{0,16}$")


def days_output_volume(r: Reading) -> None:
    """An answer's length of a million tokens or more, said after the day ("一天AI生成的内容大概2000万token"),
    is the day's output, not one request's."""
    if "tokens_per_day" in r.params:
        return
    for st in [x for x in r.stated if x.param == "output_tokens" and x.note == ""
               and isinstance(x.value, float) and x.value >= 1e6]:
        if (day := _DAY_BEFORE_VOLUME.search(r.t[max(0, st.start - 24):st.start])) is not None:
            r.move(st, "tokens_per_day")
            at = max(0, st.start - 24) + day.start()
            # (the day itself, read as a bare one: the day the volume is per, no count)
            r.stated = [x for x in r.stated if not (x.param is None and x.value == 1.0 and x.start == at)]
            return


_DAILY_WORD = rx.compile(r"日活|\bdau\b|daily active|daily users|每天活跃|每日活跃")


def daily_actives_over_members(r: Reading) -> None:
    """"会员大概12万 … 估计日活8000人左右": two counts of people, the members in all and the day's actives;
    the day's load is the actives' (the members named as the population they come from)."""
    users = sorted((s for s in r.stated if s.param == "users" and s.note in ("", "duplicate")
                    and isinstance(s.value, float)), key=lambda s: s.start)
    if len(users) != 2:
        return
    first, second = users

    def daily(x: Stated) -> bool:
        return _DAILY_WORD.search(r.t[max(0, x.start - 8):x.end]) is not None
    # (not "周活大概20万，日活6万左右": weekly or monthly actives and a day's, read as their share elsewhere)
    if daily(second) and not daily(first) and float(first.value or 0) > float(second.value or 0) \
            and not re.search(r"周活|月活|\bwau\b|\bmau\b|weekly|monthly",
                              r.t[max(0, first.start - 8):first.end]):
        r.params["users"] = float(second.value or 0)
        r.retag(second, note="")
        r.retag(first, param=None, note="members")


# ("店里每天新进书大概1200种，想让AI给每本写一段200字左右的推荐语": the day's things, then each one written
# for)
_ZH_DAY_BEFORE_ITEMS = rx.compile(r"(?:每天|一天|每日|日均|天天)[^，,。；;？?\d]{0,10}$")
_ZH_ITEMS_COUNTER = rx.compile(r"[\d零〇一二两三四五六七八九十百千万]\s*[万千]?\s*(?:多|来|余)?\s*"
                               r"(本|种|款|件|篇|条|份|个)"
                               r"(?:左右|上下)?$")


def zh_items_each_written(r: Reading) -> None:
    """"每天新进书大概1200种，想让AI给每本写一段推荐语": things counted a day (in 本, 种, 款 …) with something
    made for each of them after are the day's requests."""
    if any(k in r.params for k in ("queries_per_day", "qps", "tokens_per_day", "users")):
        return
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.value >= 2]:
        unit = _ZH_ITEMS_COUNTER.search(r.t, st.start, st.end)
        if unit is None or not _ZH_DAY_BEFORE_ITEMS.search(r.t[max(0, st.start - 14):st.start]):
            continue
        if re.search(r"每(?:一)?(?:" + unit.group(1) + r"|本|种|款|件|篇|条|份|个)[^，,。；;？?\d]{0,6}?"
                     r"(?:写|生成|做|出|配|翻译|改写|总结|摘要)", r.t[st.end:]):
            r.move(st, "queries_per_day")
            return


def kuai_money(r: Reading) -> None:
    """"每个月只要300块": 块 after money words, with no card named after it, is yuan (a card count
    otherwise: "8块H100")."""
    for st in [x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)
               and str(x.text).rstrip().endswith("块")]:
        digits = re.search(r"\d", r.t[st.start:st.end])
        at = st.start + (digits.start() if digits is not None else 0)
        if _KUAI_MONEY_BEFORE.search(r.t[max(0, at - 10):at]) and _KUAI_ALONE_AFTER.match(r.t, st.end):
            r.move(st, "budget_cny")
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
               and x.value >= 1000 and re.search(r"[万千]\s*$", str(x.text))]:
        # ("2000 GPU小时的H800 SXM，总价12万": a total price said in 万, yuan in a Chinese question)
        if _TOTAL_PRICE_BEFORE.search(r.t[max(0, st.start - 8):st.start]) \
                and _KUAI_ALONE_AFTER.match(r.t, st.end) and "budget_cny" not in r.params:
            r.move(st, "budget_cny")


# ("每天验光单三千五百张左右": sheets of a kind counted in 张, named before the count and said a day)
_SHEETS_BEFORE = rx.compile(r"(?:每天|一天|每日|日均|天天|每晚)[^，,。；;\d]{0,6}?"
                            r"(?:单|票|照片|图片?|截图|处方|发票|报告|"
                            r"病历|表|卷|合同|单据|片子|胶片|影像)\s*(?:大概|大约|约|差不多|有)?\s*$")


def sheets_a_day(r: Reading) -> None:
    """"每天验光单三千五百张左右": a day's sheets (prescriptions, forms, images) counted in 张 after their
    name are the day's requests, not cards."""
    if "queries_per_day" in r.params:
        return
    for st in [x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)
               and re.search(r"张\s*(?:左右|上下)?$", str(x.text))]:
        if _SHEETS_BEFORE.search(r.t[max(0, st.start - 16):st.start]):
            r.move(st, "queries_per_day")
            return


def batch_cost(r: Reading) -> None:
    """"Monthly community newsletter: 6,500 emails per send … what does one send cost us?": the items of one
    batch, its cost asked and no people counted, are one job's requests (not a day's, billed for a month)."""
    if not _BATCH_COST_ASKED.search(r.t) or any(k in r.params for k in (
            "users", "qps", "tokens_per_day", "items_per_batch", "one_batch")):
        return
    for st in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and x.value >= 2
               and x.param in (None, "queries_per_user", "queries_per_day")]:
        digits = re.search(r"\d[\d.,]*(?:\s*[km]\b)?", str(st.text))
        batch = _PER_ONE_BATCH.match(r.t, st.start + digits.end()) if digits is not None else None
        if batch is None:
            continue
        r.move(st, "queries_per_day", end=batch.end(), text=r.norm.quote(st.start, batch.end()))
        r.params["one_batch"] = True
        r.params["one_off"] = True
        return


def items_per_batch(r: Reading) -> None:
    """"~40 survey flights a day and each flight comes back with about 1,500 images", "120 sorties/day,
    ~2,500 images per sortie", "each uploading ~3 flights a day of 600 images": batches counted a day (or a
    user's), and the items of each, every item one request (calc/costs.requests_of_conversations)."""
    if not any(k in r.params for k in ("queries_per_day", "qps", "tokens_per_day", "queries_per_user")):
        made = next((x for x in r.stated if x.param in (None, "users") and x.note == ""
                     and isinstance(x.value, float) and _ZH_MADE_FOR_EACH.match(r.t, x.start)), None)
        if made is not None:
            # ("给全集团1.2万个孩子生成成长报告": a report made for each of them, the batch's requests)
            r.move(made, "queries_per_day")
    if "items_per_batch" in r.params:
        return
    for st2 in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and x.value >= 2
                and (x.param in (None, "queries_per_day", "queries_per_user", "users")
                     # (a conversation's turns read already stand, unless no conversation has that many:
                     # "~6,600 frames per episode", or the items are a job's: "~600 jobs/day, avg 24 pages
                     # per job", the batch no conversation, below)
                     or x.param == "turns_per_session")
                and _ITEM_COUNT.match(r.t, x.start)]:
        item = _ITEM_COUNT.match(r.t, st2.start)
        assert item is not None
        word = re.search(_ITEMS + r"$", item.group())
        nouns = [m.group("b") for m in (
            _ITEMS_PER_AFTER.match(r.t, item.end() - len(word.group()) if word else item.end()),
            _BATCH_OF_BEFORE.search(r.t[max(0, st2.start - 40):st2.start]),
            _EACH_BATCH_BEFORE.search(r.t[max(0, st2.start - 60):st2.start]),
            _EACH_BATCH_BEFORE2.search(r.t[max(0, st2.start - 60):st2.start]),
            _ONE_BATCH_IS_BEFORE.search(r.t[max(0, st2.start - 40):st2.start])) if m is not None]
        batch = None
        for noun in nouns:
            one = singular(noun)
            if one in _NOT_BATCHES or re.fullmatch(_ITEMS, noun):
                continue
            # ("we fly 3 towers a day": things read as sites or servers, done a day, are the day's batches)
            batch = next((x for x in r.stated if x is not st2 and x.note == "" and isinstance(x.value, float)
                          and x.param in (None, "queries_per_day", "queries_per_user", "sites", "servers")
                          and (m := re.match(r"[\d.,]+\s*k?\s*(?:[a-z-]+\s+){0,2}?" + re.escape(one)
                                             + r"(?:e?s)?\b", r.t[x.start:x.end + 30])) is not None
                          and _A_DAY.match(r.t, x.start + m.end())), None)
            if batch is not None:
                break
        if batch is None and nouns and _EACH_ITEM_WORKED.search(r.t):
            # ("~35 photos per roof and we do about 220 inspections a day … a damage note for every photo":
            # the day's one count of other things, each with its photos, whatever they are called)
            days = [x for x in r.stated if x is not st2 and x.note == "" and isinstance(x.value, float)
                    and x.param in (None, "queries_per_day")
                    and (m := re.match(r"[\d.,]+\s*k?\s*(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b",
                                       r.t[x.start:x.end + 30])) is not None
                    and _A_DAY.match(r.t, x.start + m.end())]
            batch = days[0] if len(days) == 1 else None
        if batch is None and re.match(r"\s*(?:each|apiece)\b", r.t[item.end():]):
            # ("~310 routes a night, 120 stops each": the items of each of the day's things counted just
            # before)
            batch = next((x for x in reversed(r.stated) if x is not st2 and x.note == ""
                          and isinstance(x.value, float) and x.end <= st2.start and st2.start - x.end <= 40
                          and x.param in (None, "queries_per_day", "queries_per_user")
                          and (m := re.match(r"[\d.,]+\s*k?\s*(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b",
                                             r.t[x.start:x.end + 30])) is not None
                          and _A_DAY.match(r.t, x.start + m.end())), None)
        if batch is None:
            continue
        if _batch_items(r, batch, st2):
            return
    for st2 in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and x.value >= 2
                and (x.param in (None, "queries_per_day", "queries_per_user", "gpus")
                     # ("给每个学员生成一段课后反馈，一节课平均25个学员": people, each given one item made)
                     or (x.param == "users" and (who := re.search(r"[个位名]\s*([\u4e00-\u9fff]{2,3})$",
                                                                  str(x.text))) is not None
                         and re.search(r"每(?:个|位|名)?\s*" + re.escape(who.group(1)) + r"\s*(?:都)?\s*"
                                       r"(?:生成|写|出|做)", r.t) is not None))
                and _ZH_EACH_BATCH.search(r.t[max(0, x.start - 18):x.start])]:
        # ("每单客户选片大概一百二十张": the count in Chinese numerals too)
        digits = re.search(r"[\d.,]+[千万]?$", r.t[st2.start:st2.end]) \
            or re.match(r"[\d.,]+|" + _CN_AMOUNT.pattern, r.t[st2.start:])
        if digits is None or not _ZH_ITEM_AFTER.match(r.t, st2.start + digits.end()):
            continue
        # (the day's batches, counted before: "每天200个批次", or after: "一天飞20架次左右")
        word = _ZH_EACH_BATCH.search(r.t[max(0, st2.start - 18):st2.start])
        noun = word.group("b") if word is not None else ""
        if noun == "次" and not re.match(r"\s*(?:张|幅)", r.t[st2.start + digits.end():]):
            continue                     # (each time's photos only: not "每次3个问题")
        # ("每单平均拍6张照片，每天全国20k单左右": the day's orders after, read second as the day's count)
        batch = next((x for x in r.stated if x is not st2 and (x.note == "" or (
                          x.note == "duplicate" and x.param == "queries_per_day" and st2.param == x.param))
                      and (x.param in (None, "queries_per_day")
                           or (x.param in ("users", "servers", "queries_per_user") and noun != ""
                               and noun[:1] in str(x.text)))
                      and isinstance(x.value, float)
                      and re.search(r"每天|每日|一天|日均", r.t[max(0, x.start - 6):x.end])
                      and (x.end <= st2.start or (noun != "" and (noun[:1] in r.t[x.start:x.end + 4]
                                                                   # ("每个订单 … 每天400单")
                                                                   or noun[-1:] in r.t[x.start:x.end + 4])))),
                     None)
        if batch is None and noun.startswith("批") and st2.param is None \
                and "queries_per_day" not in r.params:
            # ("每晚打烊后批量生成经营日报，每批大概3000份门店报表": no batches counted, the one batch's items
            # are the job's requests)
            r.move(st2, "queries_per_day")
            return
        if batch is None:
            continue
        if _batch_items(r, batch, st2):
            return


# every item asked a request of its own: "write a damage note for every photo", "caption each image"
_EACH_ITEM_WORKED = rx.compile(r"\b(?:for|on|of)\s+(?:every|each)\s+(?:single\s+)?"
                               r"(?:photo|image|picture|pic|page|frame|"
                               r"item|document|doc|file|scan|shot)\b")


def _batch_items(r: Reading, batch: Stated, st2: Stated) -> bool:
    """The batches counted (a day, or each user's) and each one's items, read (False when the parameter
    the batches would be is another span's)."""
    per_user = re.search(r"\beach\b[^.;?!]{0,20}$", r.t[max(0, batch.start - 24):batch.start]) is not None \
        or (batch.param == "queries_per_user" and "users" in r.params and r.params.get("users") != st2.value)
    param = "queries_per_user" if per_user else "queries_per_day"
    held = st2.param is not None and r.params.get(str(st2.param)) == st2.value
    if batch.param == "users" and r.params.get("users") == batch.value and not per_user:
        r.params.pop("users", None)      # ("一天飞20架次": flights, read before as people)
    if batch.param != param and param in r.params and not (held and st2.param == param):
        return False
    if held:
        r.params.pop(str(st2.param), None)
    r.retag(st2, param="items_per_batch")
    if batch.param != param:
        r.move(batch, param)
    r.params["items_per_batch"] = float(st2.value or 0)
    one_call_each(r, "items_per_batch")
    return True


# ("每天大概3000个学员各做一套", "每人做1份"): one set (paper, form) each, its items counted elsewhere
_ONE_SET_EACH = rx.compile(r"(?:各|每人|每个人|每位)\s*(?:都)?\s*(?:做|考|写|答|练|刷|跑|交|填)\s*"
                           r"(?P<n>一|1)\s*(?P<u>套|份|张)")


def one_set_each(r: Reading) -> None:
    """"科目一模拟考每套卷100道题 … 每天大概3000个学员各做一套": each person's one set, its items (each a
    request) counted as the set's: the set is the person's request, the items each one's requests."""
    m = _ONE_SET_EACH.search(r.t)
    if m is None or "items_per_batch" in r.params or r.stated_at(m.start("n")):
        return
    unit = m.group("u")
    items = next((x for x in r.stated if x.param in (None, "queries_per_user") and x.note == ""
                  and isinstance(x.value, float) and x.value >= 2
                  and re.search("每" + unit + r"[\u4e00-\u9fff]{0,3}$",
                                r.t[max(0, x.start - 6):x.start])), None)
    if items is None:
        return
    if items.param is not None and r.params.get(str(items.param)) == items.value:
        del r.params[str(items.param)]
    r.retag(items, param="items_per_batch", note="")
    r.params["items_per_batch"] = float(items.value or 0)
    r.add("queries_per_user", 1.0, m.start("n"), m.end("u"))


# ("each one chats with the nail-art assistant maybe 3 times": how often each asks, the words between too many
# for the table's reach)
_EACH_ASKS_BEFORE = rx.compile(r"\b(?:each|every)\b"
                               r"(?:\s+(?:one|user|person|of them|customer|client|member))?\s+"
                               r"(?:chats?|asks?|uses?|talks?|messages?|pings?|opens?|queries)\b[^,.;!?\d]{0,60}$")


def times_each_asks(r: Reading) -> None:
    """"about 12k active users a day and each one chats with the nail-art assistant maybe 3 times": a count
    of times after each person's verb is how often each asks, not a growth factor."""
    if "users" not in r.params or "queries_per_user" in r.params:
        return
    st = next((x for x in r.stated if x.param == "factor" and x.note == "" and isinstance(x.value, float)
               and re.fullmatch(r"[\d.]+\s*times", str(x.text).strip().lower())
               and _EACH_ASKS_BEFORE.search(r.t[max(0, x.start - 90):x.start])), None)
    if st is not None:
        r.move(st, "queries_per_user")


def one_call_each(r: Reading, param: str) -> None:
    """"… 24 pages per job, one call per page": the one call is what makes each item a request, read with
    the items (folded into them), not a number left over."""
    said = _CALL_PER_PAGE.search(r.t)
    if said is None:
        return
    for st in [x for x in r.stated if ((x.param is None and x.note == "") or (
               x.param == "turns_per_session" and x.note == "folded")) and x.value == 1.0
               and said.start() <= x.start < said.end()]:
        r.retag(st, param=param, note="folded")


def vehicles_counted(r: Reading) -> None:
    """"车队规模每年增长80%，现在1.5万台，每车每天3000 token": in a question about a fleet of vehicles that
    names no server, a count in 台 is the vehicles (each one a user of the model), not servers."""
    if "users" in r.params or not _about_vehicles(r):
        return
    st = next((s for s in r.stated if s.param == "servers" and s.note == "" and isinstance(s.value, float)
               and re.fullmatch(r"[\d.,]+\s*[万萬千]?\s*(?:台|辆|輛)", str(s.text))
               and not re.match(r"\s*[#&]", r.masked[s.end:])), None)
    if st is not None:
        r.move(st, "users")


# things (not people) counted a day: "Chain does about 90k cars/day total", "~3,000 trucks a day through the
# gate"
_THINGS_COUNTED = rx.compile(r"[\d.,]+\s*[km]?\s*(?:[a-z-]+\s+)?"
                             r"(?:cars|vehicles|trucks|vans|buses|robots|devices|"
                             r"drones|amrs|agvs)$")
_THINGS_A_DAY = rx.compile(r"\s*(?:washed\s+|serviced\s+|scanned\s+|inspected\s+|processed\s+)?"
                           r"(?:/\s*(?:day|d)\b|(?:a|per|each|every)\s+day\b|daily\b)")


# ("Our peak day (Dec 23rd, naturally) is 600M output tokens": one day said, then its volume)
_A_DAY_IS = rx.compile(r"\b(?:peak|busiest|biggest|typical|average|normal|slowest|heaviest)\s+day\b"
                       r"[^.;!?]{0,40}?"
                       r"\b(?:is|was|hits?|reaches?|sees?|does|=|:)\s*(?:about|around|roughly|~)?\s*$")


def a_days_output(r: Reading) -> None:
    """"Our peak day (Dec 23rd, naturally) is 600M output tokens": a volume said of one day is the day's
    tokens, not one answer's length."""
    if "tokens_per_day" in r.params:
        return
    st = next((x for x in r.stated if x.param == "output_tokens" and x.note == ""
               and isinstance(x.value, float) and x.value >= 1e6
               and _A_DAY_IS.search(r.t[max(0, x.start - 70):x.start])), None)
    if st is not None:
        r.move(st, "tokens_per_day")


def things_a_day(r: Reading) -> None:
    """"Chain does about 90k cars/day total, each scan is ~1200 input tokens": cars (or trucks, robots …)
    counted a day are the day's events, each one request, not users each making ten."""
    if any(k in r.params for k in ("queries_per_day", "queries_per_user", "qps", "tokens_per_day")):
        return
    st = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)
               and _THINGS_COUNTED.search(str(x.text).lower()) and _THINGS_A_DAY.match(r.t, x.end)), None)
    if st is not None:
        r.move(st, "queries_per_day")


def groups_are_runs(r: Reading) -> None:
    """"1B 模型每组 20B token，一共 40 组": in a training run, groups counted are the runs of an experiment,
    not replicas of a served model."""
    st = next((s for s in r.stated if s.param == "replicas" and s.note == ""
               and re.search(r"组$", str(s.text).strip())), None)
    if st is not None and "runs" not in r.params \
            and any(k in r.params for k in ("train_tokens", "train_flops")):
        r.move(st, "runs")


# "Box has 8 GPUs", "on a V100 box with 8 GPUs": one box, its cards the count
_ONE_SERVER_WITH = rx.compile(r"\b(?:an?|one|the|our|my|single|1)\s+(?:[#\w-]+\s+){0,2}?"
                              r"(?:box|servers?|node|machine|rig|workstation)\s*"
                              r"(?:with|w/|w|that has|having)\s*$")
_ONE_BOX_BEFORE = rx.compile(r"(?:\b(?:an?|one|the|our|their|your|my|single|1)\s+(?:[#\w-]+\s+){0,2}?|(?:^|"
                             r"[.;!?]\s*))"
                             # ("on the old V100 SXM2 box (4 GPUs)": its cards in brackets after it)
                             r"(?:box|server|node|machine|rig|workstation)\s*"
                             # ("a GPU server in the back office with 4 cards (L40S)": where it stands)
                             r"(?:(?:in|at|on|under)\s+(?:the|our|my|a|an)\s+(?:[\w-]+\s+){0,3}?)?"
                             r"(?:(?:with|has|having|that has)\s*|[(（]\s*)"
                             r"(?:about|~)?\s*$")


_EACH_PRICE_AFTER = rx.compile(r"\s*(?:k|m|mn|million|万|元|美元)?\s*"
                               r"(?:each|apiece|ea\b|per\b|/|a (?:box|server|node|rack)\b|"
                               r"every\b|每台|一台|/台)")
_EACH_PRICE_BEFORE = rx.compile(r"(?:\beach|\bper\s+(?:box|server|node|rack|unit)|\bapiece|\bunit price|"
                                r"单价|每台|单台|"
                                r"一台)[^.;?。；？]{0,16}$")
_QUOTE_BEFORE = rx.compile(r"(?:\bquot(?:e|ed|es)\b|\boffer(?:ed)?\b|\btotal (?:price|quote)\b|"
                           r"报价|报了|总价|一共|合计)"
                           r"[^.;?。；？]{0,24}$")
_CARD_MOST = {"usd": 8e4, "cny": 5.8e5}    # no one card costs more (a GB200 NVL72 rack is ~$47k a GPU)


_ZH_RACKS_BOUGHT = rx.compile(r"(?:先|只|就|打算|准备|计划)?\s*(?:买|上|采购|租|要|部署)\s*"
                              r"(?P<n>一|两|二|三|四|五|六|七|八|九|十)\s*(?:柜|个机柜|台机柜|个柜子)(?![子里内])")


_ONE_PASS = rx.compile(r"(?:训|训练|跑|过|微调)\s*(?P<one>一)\s*(?:遍|轮|个\s*epoch|次全量)")


_KEEP_ONE = rx.compile(r"\bkeep\s+(?P<n>one|a single|1)\s+(?:of\s+them\s+|card\s+|gpu\s+)?"
                       r"(?:running|on|up|going|alive)\b")


def keep_one(r: Reading) -> None:
    """"$8k for the whole year … rent an L40S at $0.85/hr, can we keep one running 24/7": the one card asked
    about, checked against what the budget keeps on."""
    m = _KEEP_ONE.search(r.t)
    if m is None or "gpus" in r.params or "servers" in r.params or r.stated_at(m.start("n")) \
            or not any(k in r.params for k in ("budget_usd", "budget_cny")):
        return
    r.add("claimed_value", 1.0, m.start(), m.end())


# ("实测8卡4090的机器跑Qwen2.5 7B每秒能出6000 token": one machine of so many cards, said as such)
_ONE_MACHINE_ZH = rx.compile(r"\d+\s*卡\s*[\u4e00-\u9fffA-Za-z0-9 ]{0,10}?的?\s*"
                             r"(?:机器|整机|服务器|主机|单机)")


def box_rate(r: Reading) -> None:
    """"we benchmarked our DGX A100 at about 4,000 tokens/s for Llama 2 70B": a rate measured of the box
    named, with no "per GPU", is the box's (its cards' together), not each card's."""
    if "observed_tokens_per_s_per_server" in r.params:
        return
    if "server" not in r.params:
        st = next((x for x in r.stated if x.param == "observed_tokens_per_s" and x.note == ""), None)
        box = next((x for x in r.stated if x.param == "gpus_per_server" and x.note == ""
                    and _ONE_MACHINE_ZH.search(str(x.text))), None)
        if st is not None and box is not None and box.end <= st.start \
                and not any(k in r.params for k in ("gpus", "servers")):
            # (the one machine named before its rate: the machine's rate, its cards together)
            r.move(st, "observed_tokens_per_s_per_server")
        return
    st = next((x for x in r.stated if x.param in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s")
               and x.note == ""), None)
    if st is None or re.search(r"per\s+(?:gpu|card|chip)|/\s*(?:gpu|card)|each|apiece|单卡|每卡|每张",
                               r.t[st.start:st.end + 16]) \
            or re.search(r"\b(?:each|every|per|one|a single)\s+(?:gpu|card|chip)\b|单卡|每卡|每张|一张",
                         r.t[max(0, st.start - 40):st.start]):
        return
    n = r.params.get("servers")
    if not re.search(r"&+[^.;?!]{0,40}$", r.masked[max(0, st.start - 60):st.start]) \
            or "gpus" in r.params or (isinstance(n, float) and n >= 2):
        return                           # (not "32 台 DGX H100 … 实测吞吐每秒 120 万 token": the cluster's)
    r.move(st, "observed_tokens_per_s_per_server")


def one_pass(r: Reading) -> None:
    """"5亿token的微调数据 … 训一遍要12天": one pass over the data, an epoch."""
    if "epochs" in r.params or "train_tokens" not in r.params:
        return
    m = _ONE_PASS.search(r.t)
    if m is not None and not r.stated_at(m.start("one")):
        r.add("epochs", 1.0, m.start(), m.end())


def racks_bought(r: Reading) -> None:
    """"上GB200 NVL72，先买一柜": the racks of a rack-scale server bought, counted in words (no digit
    read)."""
    if "servers" in r.params or "gpus" in r.params or "server" not in r.params:
        return
    m = _ZH_RACKS_BOUGHT.search(r.t)
    if m is None or r.stated_at(m.start("n")):
        return
    r.add("servers", float(chinese_numeral(m.group("n"))), m.start(), m.end())


_BOX_WITH_SPAN = rx.compile(r"(?:(?:an?|one|the|each|per)\s+)?(?:[a-z]+\s+)?"
                            r"(?:box|server|node|machine|chassis|rig|"
                            r"workstation|system)\s+(?:with|w/)\s*\d")
_OF_THEM = rx.compile(r"\s*(?:more\s+)?of\s+(?:them|those|these)\b")


def priced_box(r: Reading) -> None:
    """"a Dell box with 4 L40S for $52k, how much for 10 of them", "a box with 4x L40S is $52k, what do 10
    boxes cost": a box priced, the cards said with it, then a count of such boxes: the cards are each box's,
    the count is of boxes (the price is a box's, so "of them" are boxes)."""
    if not any(k in r.params for k in ("server_price_usd", "server_price_cny")) \
            or "gpus_per_server" in r.params:
        return
    counts = [s for s in r.stated if s.param == "gpus" and s.note == "" and isinstance(s.value, float)]
    box = next((s for s in counts if 1 <= float(s.value or 0) <= 16 and (
        _BOX_WITH_SPAN.match(str(s.text).lower())
        or _BOX_WITH.search(r.t[max(0, s.start - 30):s.start]))), None)
    if box is None:
        return
    them = next((s for s in counts if s is not box and s.start > box.end and (
        _OF_THEM.match(r.t, s.end) or _OF_THEM.search(str(s.text).lower()))), None)
    if them is None and "servers" not in r.params:
        return
    r.params.pop("gpus", None)
    r.retag(box, param="gpus_per_server")
    r.params["gpus_per_server"] = float(box.value or 0)
    if them is not None and "servers" not in r.params:
        r.move(them, "servers")


def paying_sites(r: Reading) -> None:
    """"We charge franchisees $49 per store per month … 220 stores, staff ask ~80 questions a day per store":
    a charge per place, and the places counted: each place is one paying user (no people are counted)."""
    charge = next((s for s in r.stated if s.param in ("usd_per_user_month", "cny_per_user_month")
                   and s.note == ""), None)
    places = next((s for s in r.stated if s.param == "sites" and s.note == ""
                   and isinstance(s.value, float)), None)
    if charge is None or places is None or "users" in r.params or "gpus" in r.params:
        return
    per = re.search(r"(?:\bper|/|\beach|\ba)\s+([a-z]+)", str(charge.text).lower())
    noun = re.search(r"([a-z]+?)(?:es|s)?$", str(places.text).lower())
    if per is None or noun is None or not per.group(1).startswith(noun.group(1)[:4]):
        return
    r.params.pop("sites", None)
    r.move(places, "users")


# a box's price asked: "What's a DGX H100 actually go for?", "what does an HGX H200 cost", "一台DGX多少钱"
_BOX_PRICE_ASKED = rx.compile(r"\bwhat(?:'s|s|\s+is|\s+does|\s+do|\s+would)?\s+(?:an?|the|one)\s+&+\s+"
                              r"(?:box\s+|server\s+)?(?:actually\s+|really\s+|usually\s+)?"
                              r"(?:go(?:es)?\s+for|cost|sell\s+for|run|list\s+for)\b|&+[^，,。；;？?]{0,8}?多少钱")
_MONEY_TO_SPEND = rx.compile(r"\bbudget|\bspend|\bafford|\bwe\s+have\b|\bi\s+have\b|预算|经费")


def box_price_said(r: Reading) -> None:
    """"What's a DGX H100 actually go for? I saw somebody say around $300k": a box's price asked, then an
    amount said of it, is the box's price (not money to spend on cards)."""
    if "server" not in r.params or any(k in r.params for k in ("server_price_usd", "server_price_cny")) \
            or not _BOX_PRICE_ASKED.search(r.masked):
        return
    st = next((x for x in r.stated if x.param in ("budget_usd", "budget_cny") and x.note == ""
               and isinstance(x.value, float) and x.value >= (2e4 if x.param == "budget_usd" else 1.5e5)
               and not _MONEY_TO_SPEND.search(
                   re.split(r"[.;?!。；？！]", r.t[max(0, x.start - 40):x.start])[-1])), None)
    if st is not None:
        r.move(st, "server_price_" + str(st.param).rsplit("_", 1)[1])


def box_cards_rented(r: Reading) -> None:
    """"Quote came in at £285k for an HGX H200 box … against renting 8 of them at $3.50/hr": one box priced,
    then "N of them" rented by the GPU-hour, N the box's own cards, is that many cards (the box's), not N
    boxes."""
    from calc.catalog import load
    key = r.params.get("server")
    if not isinstance(key, str) or not any(k in r.params for k in ("server_price_usd", "server_price_cny")) \
            or not any(k in r.params for k in ("rent_usd_per_hour", "rent_cny_per_hour")):
        return
    box = load().servers.get(key)
    st = next((x for x in r.stated if x.param == "servers" and x.note == "" and box is not None
               and x.value == float(box.gpus) and re.fullmatch(r"\d+\s+of\s+(?:them|those|these)",
                                                                str(x.text).strip().lower())), None)
    if st is not None and "gpus" not in r.params:
        r.move(st, "gpus")


def hours_block_price(r: Reading) -> None:
    """"GPU cloud is selling a block of 500 GPU-hours on H100 SXM for $1,150. whats that per GPU-hour": a
    price for a stated block of GPU-hours is so much an hour (the rent the block is sold at)."""
    hours = next((s for s in r.stated if s.param == "gpu_hours" and s.note == ""
                  and isinstance(s.value, float) and s.value > 0), None)
    if hours is None or any(k in r.params for k in ("rent_usd_per_hour", "rent_cny_per_hour")):
        return
    for st in [x for x in r.stated if x.param in ("price_usd", "price_cny", "budget_usd", "budget_cny")
               and x.note == "" and isinstance(x.value, float) and 0 <= x.start - hours.end <= 40
               and not re.search(r"[.;?!。；？！]", r.t[hours.end:x.start])
               and re.search(r"\b(?:for|at|costs?|=)\s*(?:about|~)?\s*$|(?:要|卖|报价?)\s*$",
                             r.t[max(0, x.start - 8):x.start])]:
        cur = str(st.param).rsplit("_", 1)[1]
        r.params.pop(str(st.param), None)
        r.move(st, f"rent_{cur}_per_hour", value=float(st.value or 0) / float(hours.value or 1))
        r.params["block_price"] = float(st.value or 0)
        return


def same_count_restated(r: Reading) -> None:
    """"redo it on H100 SXM instead (same gpu count, 8)": the count said again with "same", the one box's
    cards restated (read with them, not a number left over)."""
    m = re.search(r"\bsame\s+(?:gpu|card|node|box)s?\s+count\W{0,3}(\d+)\b", r.t)
    if m is None:
        return
    for st in [x for x in r.stated if x.param is None and x.note == "" and x.start == m.start(1)]:
        box = next((x for x in r.stated if x.param in ("gpus_per_server", "gpus", "from_gpus")
                    and x.note == "" and x.value == st.value), None)
        if box is not None:
            r.retag(st, param=box.param, note="restated")


def needed_quoted(r: Reading) -> None:
    """"IT guy says we'd need 8 of the L40S": the cards said to be needed, quoted with the words that say so
    (the claim as it was written, checked against the count computed)."""
    for st in [x for x in r.stated if x.param in ("gpus", "servers") and x.note == ""
               and re.fullmatch(r"[\d,]+\s+of\s+(?:the|our|those|these|them)", str(x.text).lower())]:
        need = re.search(r"\b(?:(?:we|you|they|i)(?:['’]d|['’]ll|\s+would|\s+will)?\s+)?needs?\s*$",
                         r.t[max(0, st.start - 24):st.start])
        if need is not None:
            start = max(0, st.start - 24) + need.start()
            r.retag(st, start=start, text=r.norm.quote(start, st.end))


def quote_for_servers(r: Reading) -> None:
    """"We want 4 DGX H200 and were quoted $1.6M", "4 DGX H200 servers, total price $1.6M": an amount no
    one server costs, said of the servers counted without "each": all of them, each at its share."""
    n = r.params.get("servers")
    if not isinstance(n, float) or n < 2 or "gpus" in r.params:
        return
    rack = re.search(r"nvl(\d+)", str(r.params.get("server", "")))
    per_box = float(r.params.get("gpus_per_server") or (int(rack.group(1)) if rack else 8))
    for st in [x for x in r.stated if x.note == "" and isinstance(x.value, float)
               and x.param in ("server_price_usd", "server_price_cny", "budget_usd", "budget_cny")]:
        cur = str(st.param).rsplit("_", 1)[1]
        before = r.t[max(0, st.start - 40):st.start]
        clause = re.split(r"[,，;；。.?？!！]\s", before + " ")[-1]
        if r.params.get(str(st.param)) != st.value or _EACH_PRICE_AFTER.match(r.t, st.end) \
                or _EACH_PRICE_BEFORE.search(before) \
                or (str(st.param).startswith("budget") and (
                    not _QUOTE_BEFORE.search(re.split(r"[,，;；。?？!！]", before)[-1])
                    or re.search(r"预算|budget|经费", clause) or "server_price_usd" in r.params
                    or "server_price_cny" in r.params)):
            continue
        value = float(st.value or 0)
        if value / per_box > _CARD_MOST[cur] and value / n / per_box <= _CARD_MOST[cur]:
            r.move(st, f"server_price_{cur}", value=value / n)
            return


# ("with 12% off if we take 2", "if we order 3", "要是买2台": a count of what is bought, no card named with
# it)
_BUY_COUNT_BEFORE = rx.compile(r"\b(?:if\s+(?:we|i|you)\s+)?(?:(?:we'?re|i'?m|we are|i am)\s+)?"
                               r"(?:take|taking|buy|buying|order|ordering|get|getting|grab|grabbing|purchase|"
                               r"purchasing)\s*$|"
                               r"(?:买|要|拿|订|采购)\s*$")


def servers_bought_at_box_price(r: Reading) -> None:
    """"8-way HGX H200 at $315k each, with 12% off if we take 2": beside a server's price, a bare count of
    what is bought is of servers, not cards."""
    if "servers" in r.params and "gpus" in r.params and "gpus_per_server" not in r.params:
        # ("dell L40S node w 4 gpus, $48k each, 5% off, buying 2": the nodes counted, the cards said with
        # the node its size)
        size = next((x for x in r.stated if x.param == "gpus" and x.note == ""
                     and r.params.get("gpus") == x.value
                     and _NODE_WITH_BEFORE.search(r.t[max(0, x.start - 16):x.start])), None)
        if size is not None:
            r.params["gpus_per_server"] = r.params.pop("gpus")
            r.retag(size, param="gpus_per_server")
    if "servers" in r.params or not ("server_price_usd" in r.params or "server_price_cny" in r.params):
        return
    st = next((x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)
               and r.params.get("gpus") == x.value
               and _BUY_COUNT_BEFORE.search(r.t[max(0, x.start - 24):digits_at(r.t, x)])
               and not re.match(r"\s*(?:x\s*)?(?:#|gpus?\b|cards?\b|张|块|卡)", r.masked[x.end:x.end + 8])
               and not re.search(r"gpu|card|张|块|卡|#", str(x.text).lower())), None)
    if st is None:
        # ("supermicro L40S node w 8 gpus, $92k each, getting 8% off, buying 3": the node's size read first
        # as the cards, the count bought after it the nodes)
        size = next((x for x in r.stated if x.param == "gpus" and x.note == ""
                     and r.params.get("gpus") == x.value
                     and _NODE_WITH_BEFORE.search(r.t[max(0, x.start - 16):x.start])), None)
        st = next((x for x in r.stated if size is not None and x.param == "gpus" and x.note == "duplicate"
                   and isinstance(x.value, float) and x.start > size.end
                   and _BUY_COUNT_BEFORE.search(r.t[max(0, x.start - 24):digits_at(r.t, x)])
                   and not re.search(r"gpu|card|张|块|卡|#", str(x.text).lower())), None)
        if size is None or st is None:
            return
        r.params["gpus_per_server"] = float(size.value or 0)
        del r.params["gpus"]
        r.retag(size, param="gpus_per_server")
        r.params["servers"] = float(st.value or 0)
        r.retag(st, param="servers", note="")
        return
    r.move(st, "servers")


_NODE_WITH_BEFORE = rx.compile(r"\b(?:node|server|box|machine|chassis)\s*(?:w/|w|with)\s*$")


def digits_at(t: str, x: Stated) -> int:
    """Where the first digit of a span is (its start when it has none)."""
    m = re.search(r"\d", t[x.start:x.end])
    return x.start + m.start() if m else x.start


_NOT_ONE_SERVER = rx.compile(r"\b(?:rooms?|sites?|facilit(?:y|ies)|halls?|buildings?|racks?|ups|circuits?|"
                             r"feeds?|budget|envelope|cap)\b|机房|机柜|机架")


def one_server_draw(r: Reading) -> None:
    """"1 server, 8x L40S, ~4.2 kW": a draw listed right beside a single server is the server's own, not a
    site's power to check the fleet against."""
    one = next((st for st in r.stated if st.param == "servers" and st.note == "" and st.value == 1.0), None)
    if one is None or "watts_per_server" in r.params:
        return
    power = next((st for st in r.stated if st.param == "power_mw" and st.note == ""
                  and isinstance(st.value, float) and st.value <= 0.02
                  and r.params.get("power_mw") == st.value and 0 <= st.start - one.end <= 40
                  and not re.search(r"[.;?!。；？！]", r.t[one.end:st.start])
                  and not _NOT_ONE_SERVER.search(r.t[max(0, one.start - 24):st.end + 12])), None)
    if power is not None:
        r.move(power, "watts_per_server", value=float(power.value or 0) * 1e6)


def charged_sites_are_users(r: Reading) -> None:
    """"we charge franchisees $49/month per location … 300 locations signed": the places each paying the
    monthly charge are its users (not sites the cards are spread over)."""
    sites = next((x for x in r.stated if x.param == "sites" and x.note == "" and isinstance(x.value, float)),
                 None)
    charge = next((x for x in r.stated if x.param in ("usd_per_user_month", "cny_per_user_month")
                   and x.note == ""), None)
    if sites is None or charge is None or "users" in r.params:
        return
    noun = re.search(r"[a-z]{3,}$", str(sites.text).lower())
    per = re.search(r"\bper\s+([a-z]{3,})", str(charge.text).lower())
    if noun is None or per is None \
            or not noun.group().startswith(per.group(1)[:max(3, len(per.group(1)) - 1)]):
        return
    r.move(sites, "users")


_WEEK_AFTER = rx.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:a|per|each|every|/)\s*(?:week|wk)\b|\s*weekly\b|"
                         r"\s*(?:[\u4e00-\u9fff]{0,4}?)(?:每周|每星期|一周|一星期)")
_RATE_MONTH_AFTER = rx.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:a|per|each|every|/)\s*(?:month|mo)\b|\s*monthly\b")
_WEEK_BEFORE = rx.compile(r"(?:每周|每星期|每个?礼拜|一周|一星期|\bweekly\b|\b(?:each|every|per|a) week\b)"
                          r"[^，,。；;.?!\d]{0,8}$")
_MONTH_BEFORE = rx.compile(r"(?:每月|每个月|一个月|\bmonthly\b|\b(?:each|every|per|a) month\b)"
                           r"[^，,。；;.?!\d]{0,8}$")


def rate_per_period(r: Reading) -> None:
    """"每人每周发3次", "each sends 3 messages a week", "2 reports a month each": a person's requests said per
    week or month, as a day's (not that many every day)."""
    for st in [x for x in r.stated if x.param == "queries_per_user" and x.note == ""
               and isinstance(x.value, float) and r.params.get("queries_per_user") == x.value]:
        text = r.t[st.start:st.end]
        digits = re.search(r"\d+(?:\.\d+)?", text)
        if digits is None or float(digits.group()) != st.value or DAY_SAID.search(text) \
                or re.search(r"week|month|周|月|星期|礼拜", text):
            continue                     # (a day's rate, or one already read per its period)
        before = r.t[max(0, st.start - 12):st.start]
        after = r.t[st.end:st.end + 24]
        if DAY_SAID.search(before) or re.match(
                r"\s*(?:[a-z]+\s+){0,2}?(?:a|per|each|every|/)\s*day\b|\s*daily", after):
            continue
        week, month = _WEEK_AFTER.match(r.t, st.end), _RATE_MONTH_AFTER.match(r.t, st.end)
        days = 7.0 if week or _WEEK_BEFORE.search(before) else \
            30.4375 if month or _MONTH_BEFORE.search(before) else None
        if days is None:
            continue
        said = week or month
        end = said.end() if said is not None else st.end
        r.params["queries_per_user"] = st.value / days
        r.retag(st, value=st.value / days, end=end, text=r.norm.quote(st.start, end))


_PEOPLE_GROWN = rx.compile(r"%\s*more\s+(?:[a-z]+\s+)?(?:" + ONE_USER + r")s\b|"
                           r"%\s*more\s+(?:members|people|folks|seats|subscribers|customers|users)\b")
_NOW_BEFORE = rx.compile(r"\b(?:currently|now|today|right now|at the moment|atm|these days)\s*"
                         r"(?:at|is|are|~|about|around|roughly)?\s*(?:~|about|around|roughly)?\s*$")


def people_now(r: Reading) -> None:
    """"we add ~25% more members every year, currently 60k": the people growing, counted today after the
    rate."""
    grown = next((x for x in r.stated if x.param == "growth_rate_year" and _PEOPLE_GROWN.search(str(x.text))),
                 None)
    if grown is None or "users" in r.params:
        return
    now = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                and x.value >= 10 and grown.end <= x.start <= grown.end + 40
                and _NOW_BEFORE.search(r.t[max(0, x.start - 24):x.start])
                and re.fullmatch(r"[\d.,]+\s*[km]?", str(x.text).strip().lower())), None)
    if now is not None:
        r.move(now, "users")


_EACH_DRAW = rx.compile(r"\b(?:each|apiece|a (?:box|server|node|piece)|per (?:box|server|node|unit))\b|"
                        r"(?:每台|一台|单台|每个|每节点)[^,;，；。]{0,12}$")
_RACK_LIMIT_WORDS = rx.compile(r"\b(?:racks?|cabs?|cabinets?|caps?|capped|envelope|circuits?|limit|max)\b|"
                               r"柜|櫃|上限|限电|限電")
_HOW_MANY_FIT = rx.compile(r"\bhow many\b|\bfit\b|能放|放几|放多少|几台|多少台|装几|装多少|上几台|塞几台")


def envelope_beside_draw(r: Reading) -> None:
    """"The room has 180 kW, HGX H100 at 10.2 kW each, how many fit?", "机房给的是200kVA的容量 … 每台10.2kW，
    能放几台": of two draws said, the one said of each server is the server's, the larger one the room's power
    the servers are fitted into (not two servers compared)."""
    draws = [x for x in r.stated if x.param == "watts_per_server" and isinstance(x.value, float)]
    cards = [x for x in r.stated if x.param == "watts_per_gpu" and isinstance(x.value, float)]
    if len(draws) == 1 and len(cards) == 1 and _HOW_MANY_FIT.search(r.t) and draws[0].note == "" \
            and not any(k in r.params for k in ("gpus", "servers", "power_mw", "server_power_cap_w")) \
            and _EACH_DRAW.search(r.t[cards[0].start:cards[0].end + 12]) \
            and float(draws[0].value or 0) >= 2 * float(cards[0].value or 0):
        # ("the strip mall unit only has about 5 kW for the server box. how many L40S can I run at 450 W
        # each all in?": the box's power, the cards fitted under it)
        r.move(draws[0], "server_power_cap_w")
        return
    if len(draws) != 2 or "power_mw" in r.params or not _HOW_MANY_FIT.search(r.t):
        return
    each = [x for x in draws if _EACH_DRAW.search(r.t[x.start:x.end + 12])
            or _EACH_DRAW.search(r.t[max(0, x.start - 16):x.start])]
    if len(each) != 1:
        return
    room = draws[0] if each[0] is draws[1] else draws[1]
    if float(room.value or 0) < 3 * float(each[0].value or 0) \
            or _RACK_LIMIT_WORDS.search(r.t[max(0, room.start - 40):room.end + 24]):
        return                           # ("40 kW per rack", "机柜上限40kW": a rack cap, read elsewhere)
    r.move(room, "power_mw", value=float(room.value or 0) / 1e6)
    r.retag(each[0], param="watts_per_server", note="")
    r.params["watts_per_server"] = float(each[0].value or 0)


def one_box(r: Reading) -> None:
    """"Box has 8 GPUs (A100 80GB) … how many hours", "took 9 days on a V100 box with 8 GPUs": a single box,
    no count of boxes said: its cards are the GPUs counted."""
    if "servers" in r.params or "sites" in r.params:
        return
    cards = next((s for s in r.stated if s.param == "gpus" and s.note == "" and isinstance(s.value, float)
                  and 2 <= s.value <= 16), None)
    if cards is not None and "gpus_per_server" not in r.params and re.match(
            r"\s*(?:x\s*)?#+s?\s*(?:box|node|server|machine|rig|workstation)\b", r.masked[cards.end:]) \
            and re.search(r"\b(?:our|a|one|the|my|this|that|an)\s*$",
                          r.masked[max(0, cards.start - 8):cards.start]):
        # ("Llama 3.3 70B on our 4x H200 box, where we've measured about 2,600 tokens/s per node": the one box
        # holds the cards counted, a node's rate is that box's)
        r.params["one_box"] = True
        return
    st = next((s for s in r.stated if s.param == "gpus_per_server" and s.note == ""
               and isinstance(s.value, float)), None)
    digit = re.search(r"\d", r.t[st.start:st.end]) if st is not None else None
    # ("takes only 3 days on their 8-GPU H100 SXM node": one box named by its size)
    sized = st is not None and digit is not None and digit.start() == 0 \
        and re.search(r"\btrain|\bfine[- ]?tun|\bepochs?\b|训|微调|"
                      # ("monthly power bill for an 8-gpu L40S server": the box billed)
                      r"\bpower bill|\belectric|\bkwh\b|电费|电价", r.t) is not None \
        and re.search(r"\b(?:node|box|server|machine|rig)$", r.t[st.start:st.end]) is not None \
        and re.search(r"\b(?:an?|one|the|our|their|your|my|single)\s+$", r.t[max(0, st.start - 12):st.start])
    # ("monthly power bill for an L40S server w/ 8 gpus": one server, its word as normalised, billed; not "a
    # Gaudi2 server with 8 cards is $190k", a server's price per its cards)
    billed = not ("server_price_usd" in r.params or "server_price_cny" in r.params) and st is not None \
        and digit is not None \
        and _ONE_SERVER_WITH.search(r.masked[max(0, st.start - 40):st.start + digit.start()]) is not None
    # ("4 L40S cards in a rack in our stockroom … yearly cost?": the cards counted, in the one box or rack)
    carded = st is not None and re.fullmatch(r"\d+\s*(?:x\s*)?[\w\s-]{0,20}?\b(?:cards?|gpus?)\s+in\s+"
                                             r"(?:a|one|the|our|my|a single)\s+"
                                             r"(?:rack|box|server|node|machine|chassis|cabinet)",
                                             r.t[st.start:st.end].lower()) is not None
    if st is None or digit is None or not (
            sized or billed or carded
            or _ONE_BOX_BEFORE.search(r.masked[max(0, st.start - 40):st.start + digit.start()])):
        return
    r.params.pop("gpus_per_server", None)
    if "gpus" in r.params:
        r.retag(st, param="gpus")        # (a second count said later: "… Same job on H100s, 16 of them")
    else:
        r.move(st, "gpus")
        r.params["one_box"] = True       # (what one server draws or costs is this box's: calc/build)
    power = next((s for s in r.stated if s.param == "power_mw" and s.note == "" and isinstance(s.value, float)
                  and 0 <= s.start - st.end <= 40 and re.search(
                      r"\b(?:that |which |it )?(?:draws?|drawing|pulls?|pulling|uses?|using|consumes?|"
                      r"burns?)\s*"
                      r"(?:about|around|roughly|~)?\s*$", r.t[st.end:s.start])), None)
    if power is not None and "watts_per_server" not in r.params:
        # ("a box with 4 L40S that draws ~1.8 kW total": the box's draw, not a site's power to check)
        r.move(power, "watts_per_server", value=float(power.value or 0) * 1e6)


_ZH_ONE_CARD_EACH = rx.compile(r"每(?:个|所|家|一个)?\s*[\u4e00-\u9fff]{0,3}?\s*(?:都|各)?\s*"
                               r"(?:放|部署|配|装|上)\s*(?P<one>一?\s*(?:块|张|片))\s*#+")
# ("1,860个收费站": the kind of place said before its word)
# ("一共一百二十家店": the count in Chinese numerals too)
_ZH_PLACE_COUNTED = rx.compile(r"[\d.,]+\s*[千万]?\s*(?:个|所|家|座)\s*"
                               r"(?:收费|加油|服务|高速|乡镇|社区|县级?|区级?)?"
                               r"(?P<n>" + SITE_NOUNS_ZH + ")")
_ZH_PLACE_COUNTED_CN = rx.compile(r"[零一二两三四五六七八九十百千]+\s*[千万]?\s*(?:个|所|家|座)\s*"
                                  r"(?P<n>" + SITE_NOUNS_ZH + ")")
# ("每店一张L4", "每家店放两张4090": cards said of each place)
_ZH_CARDS_EACH_PLACE = rx.compile(r"每(?:个|所|家)?\s*(?:" + SITE_NOUNS_ZH + r")?\s*(?:都|各)?\s*"
                                  r"(?:放|配|装|部署)?\s*(?:一|两|二|三|四|\d+)\s*(?:张|块)")
# ("门店一共六十家": the places named first, then their count)
_ZH_PLACE_THEN_COUNT = rx.compile(r"(?P<n>" + SITE_NOUNS_ZH + r")\s*(?:一共|总共|共|合计|加起来|总数)?\s*"
                                  r"(?:有|是)?\s*"
                                  r"(?P<c>(?:[\d.,]+|[零一二两三四五六七八九十百千]+)\s*[千万]?\s*(?:个|所|家|座))")


def _zh_place_named_first(t: str, at: int) -> re.Match[str] | None:
    """The places named right before the count at `at` ("门店一共六十家"), or None."""
    # (the span may start at the places' name: "门店一共六十家" read whole)
    return next((m for m in _ZH_PLACE_THEN_COUNT.finditer(t, max(0, at - 12), at + 24)
                 if at in (m.start("c"), m.start())), None)

_ONE_CARD_EACH = rx.compile(r"\s*(?:[(（][^)）]{0,40}[)）])?\s*[,，—–-]?\s*(?:each|every one)\s+"
                            r"(?:with|has|having|gets|getting|running|hosting)\s+"
                            r"(?P<one>its own|an?|one|a single|1)\s+(?:#+|(?:gpu|card|accelerator)\b)")


# counted things that are no places holding cards ("300 users, each user …")
_NOT_PLACES = (r"(?:users|requests|queries|tokens|people|employees|seats|students|gpus|cards|servers|"
               r"nodes|days|hours|weeks|months|years|runs|jobs|models|documents|docs|pages|calls|tickets|messages|sessions|words)\b")


# the servers said to be all of them: "我们30家店一共30台", "30 stores, 30 servers in total"
_ALL_BOXES_BEFORE = rx.compile(r"(?:一共|总共|共计?|合计|总计|加起来|全部|总)\s*(?:有|是|约|大概|大约)?\s*$")
_ALL_BOXES_AFTER = rx.compile(r"\s*(?:[a-z0-9 ()-]{0,24}?\s)?(?:in total|total|altogether|all told)\b")


# one card at each of the places counted: "an L4 in each of our 62 collection depots"
_CARD_IN_EACH_OF = rx.compile(r"\b(?P<one>an?|one|1|a single)\s+#+\s+(?:in|at|for|on)\s+(?:each|every one)\s+"
                              r"of\s+(?:our|the|their|its|my)\s+(?P<n>\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b")


# each of the places counted given its own card or box: "each of our 9 shops gets its own box with one card",
# "each of our 12 stores would have one L4"
_EACH_OF_GETS_ONE = rx.compile(r"\beach\s+of\s+(?:our|the|their|its|my)\s+(?P<n>\d[\d,]*)\s+"
                               r"(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\s+(?:gets?|has|have|would (?:get|have)|"
                               r"will (?:get|have)|runs?|gonna get)\s+(?P<one>its own|an?|one|a single|1)\s+"
                               r"(?:(?:small|little|dedicated|local)\s+)?(?:(?P<card>#+|(?:gpu|card|accelerator)\b)|"
                               r"(?:box|server|machine|pc|rig|workstation)\b)")


# a box put at each place, its one card plugged in: "每家店角落放个小主机插一张4090"
_ZH_BOX_PUT = r"[^，,。；;？?]{0,6}?(?:都|各)?\s*(?:放|部署|配|装|上)\s*(?:个|一个|一台|台|一套|套)?\s*" \
    r"[\u4e00-\u9fff]{0,3}?(?:主机|服务器|机器|盒子|工控机|电脑|整机)"


def _zh_box_put(r: Reading, st: Stated) -> re.Match[str] | None:
    """Where a box is said put at each of the places `st` counts ("每个网点放个小主机"), else None."""
    noun = _ZH_PLACE_COUNTED.match(r.t, st.start)
    if noun is None:
        return None
    each = r"每(?:个|所|家|一个)?\s*[\u4e00-\u9fff]{0,2}?" + re.escape(noun.group("n")[-1])
    return re.search(each + _ZH_BOX_PUT, r.t)


def _card_of_box(r: Reading, box_end: int) -> None:
    """The one card said plugged into the box just named ("…放个小主机插一张4090"): each box's card."""
    card = next((x for x in r.stated if x.param == "gpus" and x.value == 1.0 and x.note == ""
                 and 0 <= x.start - box_end <= 8
                 and re.search(r"(?:插|装|带|配|上)\s*$", r.t[max(0, x.start - 3):x.start])), None)
    if card is not None and "gpus_per_server" not in r.params:
        r.move(card, "gpus_per_server")


def places_of_all_boxes(r: Reading) -> None:
    """"我们30家店一共30台 … 一个月电费多少": the places counted, then the servers said to be all of them:
    the places are where those servers stand (each place's share is read, calc/inference.power), never
    users of a load to size."""
    boxes = next((x for x in r.stated if x.param == "servers" and x.note == "" and isinstance(x.value, float)
                  and (_ALL_BOXES_BEFORE.search(r.t[max(0, x.start - 8):x.start])
                       or _ALL_BOXES_AFTER.match(r.t, x.end))), None)
    if boxes is None or "sites" in r.params:
        return
    for st in [x for x in r.stated if x.param in (None, "users") and x.note == ""
               and isinstance(x.value, float) and 2 <= x.value and x.end <= boxes.start
               and not re.search(r"[.;。；?？!！]", r.t[x.end:boxes.start])]:
        if _ZH_PLACE_COUNTED.match(r.t, st.start) or re.match(
                r"[\d.,]+\s+(?:of\s+(?:our|the|their)\s+)?(?:[a-z]+\s+)?" + SITE_NOUNS + r"\b",
                r.t[st.start:st.end + 24]):
            if r.params.get("users") == st.value:
                r.move(st, "sites")
            else:
                r.params["sites"] = float(st.value or 0)
                r.retag(st, param="sites")
            return


# one copy of the model on each card: "one replica per L40S", "a single instance per GPU", "每张卡一个副本"
_ONE_REPLICA_PER_CARD = rx.compile(r"\b(?:one|1|a single)\s+(?:model\s+)?(?:replica|copy|instance)\s+"
                                   r"(?:per|on each|for each|on every|/)\s*(?:#+|(?:gpu|card|chip)\b)|"
                                   r"(?:每张|每块|单)\s*(?:卡|#+)\s*(?:跑|放|部署)?\s*(?:一个|1个)\s*(?:副本|实例)")


def one_replica_per_card(r: Reading) -> None:
    """"we're on vLLM with max_num_seqs=48 per replica, Llama 3.1 8B, one replica per L40S": each replica on
    one card, a tensor-parallel size of one."""
    m = _ONE_REPLICA_PER_CARD.search(r.masked)
    if m is None or "tensor_parallel" in r.params or r.stated_at(m.start()):
        return
    end = m.end()
    while end > m.start() and r.masked[end - 1] in "#":
        end -= 1
    r.add("tensor_parallel", 1.0, m.start(), end)


def _each_site_said(r: Reading, site: Stated, st: Stated) -> bool:
    """Whether the amount `st` is said of each of the places `site` counts, by the places' own word: "45
    venues … each venue peaks at ~15 QPS", "45家店 … 每家店每天大概300条" (in its clause)."""
    before = re.split(r"[,;，；。?？!！]", r.t[max(0, st.start - 40):st.start])[-1]
    after = re.split(r"[,;，；。?？!！]", r.t[st.end:st.end + 24])[0]
    text = str(site.text).lower()
    if (zh := re.search(r"([\u4e00-\u9fff])$", text)) is not None:
        return re.search(r"每(?:个|家|所|座|一个)?\s*[\u4e00-\u9fff]{0,2}?" + re.escape(zh.group(1)),
                         before) is not None
    # (the places' noun after the count when the span stops short of it: "4 tasting rooms … Each room sees
    # ~120 kiosk sessions a day")
    own = re.match(r"[\d.,]+\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b", r.t[site.start:site.end + 30]) \
        or re.search(r"([a-z]{3,})$", text)
    # ("48 kiosks …, each with 1 RTX 4090 … Can each one handle ~400 questions a day": each of them)
    return own is not None and re.search(r"(?:\beach|\bevery|\bper|/)\s*(?:"
                                         + re.escape(singular(own.group(1))) + r"|one|of them)\b",
                                         before + " " + after) is not None


# ("给全国4500家门店的店长每人配一个AI助手": the one manager of each store, counted by the stores)
_ONE_PER_PLACE = rx.compile(r"\s*(?:的)?\s*(?:店长|店主|门店经理|店经理|老板|负责人|站长|园长|校长|院长)")


def people_of_places(r: Reading) -> None:
    """"给全国4500家门店的店长每人配一个AI助手，每个店长一天大概问30次": the one person each place has,
    counted by the places, are the users (not the places, each given a card)."""
    if "users" in r.params:
        return
    st = next((x for x in r.stated if x.param in ("sites", "servers") and x.note == ""
               and isinstance(x.value, float)
               and re.search(r"(?:家|个|所)\s*(?:门店|店|网点|分店|站|园|学校|医院|诊所)$", str(x.text))
               and _ONE_PER_PLACE.match(r.t, x.end)), None)
    if st is None:
        return
    n = float(st.value or 0)
    r.move(st, "users")
    each = r.params.pop("load_per_site", None)
    said = next((x for x in r.stated if x.param == "queries_per_day" and x.note == "" and x.value == each
                 and r.params.get("queries_per_day") == float(each or 0) * n), None)
    if said is not None:
        # ("每个店长一天大概问30次": each one's day, read as each store's before)
        del r.params["queries_per_day"]
        r.move(said, "queries_per_user")


# ("店里120台机子都是4090", "包间48台4090整机", "全换成4090整机"): a PC of one consumer card, not an 8-card
# server
_PC_WORDS = rx.compile(r"整机|机子|电脑|主机|台式机|\bpcs?\b|\brigs?\b|\bgaming (?:pcs?|rigs?|machines?)\b")
_CONSUMER_CARD = rx.compile(r"rtx_(?:20|30|40|50)[5-9]0(?:_ti)?$")


def pcs_of_one_card(r: Reading) -> None:
    """"包间48台4090整机，每台满载550W", "店里120台机子都是4090": in a question about PCs (机子, 整机, gaming
    rigs) of a consumer card, each machine holds one card, unless its cards are said."""
    acc = str(r.params.get("accelerator", ""))
    if not _CONSUMER_CARD.match(acc) or "gpus_per_server" in r.params or "gpus" in r.params:
        return
    pc = _PC_WORDS.search(r.t)
    if pc is None or re.search(r"\d\s*(?:卡|张卡|x\s*(?:rtx\s*)?\d{4}|-gpu|gpu)", r.t) or any(
            # ("两百台4090整机，每台3.8kW": a machine drawing more than a one-card PC can is a multi-card
            # server)
            x.param == "watts_per_server" and isinstance(x.value, float) and x.value > 1500
            and re.search(r"(?:每台|单台|一台|\beach)[^，,。；;]{0,4}$", r.t[max(0, x.start - 8):x.start])
            for x in r.stated):
        return
    if re.search(r"柜|櫃|\bracks?\b|\bcabinets?\b", r.t):
        # ("机房有20个机柜，每柜限电8kW，放4090整机每台700W": machines fitted in racks, one card each)
        r.add("gpus_per_server", 1.0, pc.start(), pc.end())
        return
    # (each machine its one card: the machines counted are the cards, a machine's draw its card's, all in)
    machines = next((x for x in r.stated if x.param == "servers" and x.note == ""
                     and r.params.get("servers") == x.value), None)
    draw = next((x for x in r.stated if x.param == "watts_per_server" and x.note == ""
                 and r.params.get("watts_per_server") == x.value), None)
    if machines is not None:
        r.move(machines, "gpus")
    if draw is not None and machines is not None and "watts_per_gpu" not in r.params:
        r.move(draw, "watts_per_gpu")
    watts = draw is not None or "watts_per_gpu" in r.params
    if machines is None and (not watts or "power_mw" in r.params):
        # ("全换成4090整机，单台功耗600W，最多能放几台": machines fitted into a room's power, one card
        # each; a lone machine's draw beside its card's rate is read as the card's elsewhere)
        r.add("gpus_per_server", 1.0, pc.start(), pc.end())


# a business's stores counted in Chinese ("40家门店", "68家店"), and words that put cards at each place
_ZH_STORES = rx.compile(r"(?:\d[\d,.]*|[一二两三四五六七八九十百千]+)\s*(?:[万千])?\s*(?:多|来|余|几)?\s*"
                        r"家\s*"
                        + SHOP_NOUNS_ZH)
# the cards of each store asked: "每家店要几张卡"
_ZH_PER_STORE_ASKED = rx.compile(r"每(?:家|个)?\s*(?:门店|店|分店|网点)[^，,。；;？?]{0,6}?(?:几|多少)\s*"
                                 r"(?:张|台|块)")
_CARDS_AT_EACH = rx.compile(r"每(?:家|个|间|所)?\s*(?:门店|店|分店|网点)?\s*(?:都|各)?\s*"
                            r"(?:放|部署|配|装|上|摆)|"
                            r"各(?:自)?\s*(?:放|部署|配|装|摆)|本地|店里|店内")


_ALL_SITES_DAY = rx.compile(r"(?:全集团|全公司|全部门店|所有门店|所有(?:的)?(?:店|诊所|网点)|总共|一共|合计|"
                            r"加起来|整体|全网|"
                            r"\bin total\b|\bacross all\b|\ball together\b|\bcombined\b)"
                            r"[^，,。；;\d]{0,6}(?:每天|一天|日均|每日|a day|per day|daily)?"
                            r"[^，,。；;\d]{0,4}$")


# the places boxes stand at, each with its own: "2 L40S boxes in the back office at every site", "One L40S
# server per kitchen", and the places counted: "14 sites", "11 dark kitchens"
_PLACE = r"(?:" + SITE_NOUNS + r"|kitchens?|restaurants?|stores?|shops?|outlets?|venues?|hotels?|" \
    r"facilit(?:y|ies)|" \
    r"studios?|gyms?|salons?|pharmac(?:y|ies)|dealerships?|farms?|mines?)"
_BOXES_AT_EACH = rx.compile(r"[^.;?!]{0,40}?\b(?:(?:at|in|for)\s+(?:every|each)|per|each)\s+(?:[a-z]+\s+)?"
                            r"(?P<n>" + _PLACE + r")\b")
_PLACES_COUNTED = rx.compile(r"[\d.,]+\s*k?\s+(?:[a-z-]+\s+){0,2}?(?P<n>" + _PLACE + r")\b")


def boxes_per_site(r: Reading) -> None:
    """"Putting 2 L40S boxes in the back office at every site … 14 sites", "11 dark kitchens … One L40S server
    per kitchen": the boxes said of each place, times the places counted, are the fleet (the places its sites,
    each box sized as said)."""
    if "sites" in r.params:
        return
    boxes = next((x for x in r.stated if x.param == "servers" and x.note == "" and isinstance(x.value, float)
                  and x.value <= 64 and not _SITE_WORD.search(str(x.text))
                  and _BOXES_AT_EACH.match(r.t, x.end) is not None), None)
    if boxes is None:
        return
    each = _BOXES_AT_EACH.match(r.t, boxes.end)
    assert each is not None
    one = singular(each.group("n"))
    places = next((x for x in r.stated if x is not boxes and x.note in ("", "duplicate")
                   and isinstance(x.value, float) and x.value >= 2
                   and x.param in (None, "users", "servers", "queries_per_user")
                   and (m := _PLACES_COUNTED.match(r.t, x.start)) is not None
                   and singular(m.group("n")) in (one, "site", "location")), None)
    if places is None:
        return
    n, total = float(places.value or 0), float(places.value or 0) * float(boxes.value or 0)
    if places.param is not None and places.param != "servers" \
            and r.params.get(str(places.param)) == places.value:
        r.params.pop(str(places.param), None)
    r.retag(places, param="sites", note="")
    r.params["sites"] = n
    r.params["servers"] = total
    r.params["servers_per_site"] = float(boxes.value or 0)


def sites(r: Reading) -> None:
    """"1,200 sites, 2 cards/site … ~15k users per site": the sites are counted as servers (each
    holds its cards), a load said of one site is every site's (the fleet is sized per site, each
    site's cards rounded up on their own, calc/inference.fleet)."""
    places_of_all_boxes(r)
    if "sites" in r.params and "servers" in r.params:
        return
    if (in_each := _CARD_IN_EACH_OF.search(r.masked)) is not None and "servers" not in r.params:
        # ("putting an L4 in each of our 62 collection depots": one card at each of the places counted)
        st = next((x for x in r.stated if x.start <= in_each.start("n") < x.end and x.note == ""
                   and isinstance(x.value, float) and x.param in (None, "users", "turns_per_session",
                                                                   "queries_per_user")), None)
        if st is not None:
            r.move(st, "servers")
            if "gpus_per_server" not in r.params:
                r.add("gpus_per_server", 1.0, in_each.start("one"), in_each.end("one"))
    if (each_of := _EACH_OF_GETS_ONE.search(r.masked)) is not None and "servers" not in r.params:
        # ("each of our 9 shops gets its own box with one card (L4)": a box at each of the places counted)
        st = next((x for x in r.stated if x.start <= each_of.start("n") < x.end and x.note == ""
                   and isinstance(x.value, float) and x.param in (None, "users")), None)
        if st is not None:
            r.move(st, "servers")
            if each_of.group("card") is not None and "gpus_per_server" not in r.params:
                r.add("gpus_per_server", 1.0, each_of.start("one"), each_of.end("card"))
    site = next((st for st in r.stated if st.param == "servers" and st.note == ""
                 and isinstance(st.value, float) and st.value >= 2
                 and _SITE_WORD.search(r.t[st.start:st.end])), None)
    if site is not None and (put := _zh_box_put(r, site)) is not None:
        _card_of_box(r, put.end())     # ("全国260个网点，每个网点放个小主机插一张L4": each box's card)
    places = _PLACES_EACH.search(r.t)
    if site is None and "sites" not in r.params and places is not None and not r.stated_at(places.start()) \
            and len(places.group(1)) == 1:
        # "两地机房（贵安、庆阳）各放一半卡": the places the cards are split over, each with its own
        r.add("sites", float(chinese_numeral(places.group(1))), places.start(), places.end(1) + 1)
        return
    if site is None and "sites" not in r.params:
        # ("每个园放一台带L4的小主机 … 一共62个园": the places counted, each said elsewhere to hold its own)
        for st in [x for x in r.stated if x.param in (None, "users", "servers") and x.note == ""
                   and isinstance(x.value, float) and x.value >= 2]:
            # ("一共一百二十家店，每店一张L4": places in Chinese numerals, each said to hold its cards)
            noun = _ZH_PLACE_COUNTED.match(r.t, st.start) or (
                _ZH_PLACE_COUNTED_CN.match(r.t, st.start) or _zh_place_named_first(r.t, st.start)
                if _ZH_CARDS_EACH_PLACE.search(r.t) else None)
            each_re = r"每(?:个|所|家|一个)?\s*[\u4e00-\u9fff]{0,2}?" + re.escape(noun.group("n")[-1]) \
                if noun is not None else ""
            if noun is not None \
                    and re.search(r"家\s*" + re.escape(noun.group("n")) + "$", r.t[st.start:noun.end()]):
                # ("每家放一张L4 … 一共420家店": each of them by their counter alone)
                each_re = "(?:" + each_re + r"|每家)"
            if noun is not None and (
                    re.search(each_re + r"[^，,。；;？?]{0,6}?(?:都|各)?\s*(?:放|部署|配|装|上|用|跑)", r.t)
                    # ("想把车辆故障诊断放到各城市运维仓本地跑": put at each of them, run there)
                    or re.search(r"(?:放到|放在|部署到|部署在|下沉到)\s*各\s*(?:个|地)?[\u4e00-\u9fff]{0,4}?"
                                 + re.escape(noun.group("n")) + r"\s*(?:本地|就地|各自)", r.t)
                    # ("全市120个景点各放一张卡": each of them said right after the count)
                    # ("1,860个收费站各自本地部署")
                    or re.match(r"\s*(?:都|各)(?:自)?\s*(?:本地|就地|单独|独立)?\s*(?:放|部署|配|装|上)",
                                r.t[noun.end():])):
                site = r.move(st, "servers")     # (each place a server: calc/readings.sites below)
                if (one_each := _ZH_ONE_CARD_EACH.search(r.masked)) is not None \
                        and "gpus_per_server" not in r.params:
                    # ("每家放一张L4 … 一共420家店": each place's one card)
                    card = next((x for x in r.stated if x.param == "gpus" and x.note == ""
                                 and x.start <= one_each.start("one") < x.end), None)
                    if card is not None:
                        r.move(card, "gpus_per_server")
                box_one = next((x for x in r.stated if x.param == "servers" and x.value == 1.0
                                and x.note == "" and re.search(each_re + r"[^，,。；;？?]{0,4}?(?:都|各)?\s*"
                                                               r"(?:放|部署|配|装|上)\s*$",
                                                               r.t[max(0, x.start - 12):x.start])), None)
                if box_one is not None:
                    # ("每个园放一台带L4的小主机": one box at each place, not a fleet of one server)
                    held = "gpus_per_server" in r.params or _ZH_ONE_CARD_EACH.search(r.masked) is not None
                    if not held:
                        # ("每家店放一台小主机插一张4090": the box's one card, plugged into it)
                        _card_of_box(r, box_one.end)
                        held = "gpus_per_server" in r.params
                    r.params["servers"] = float(site.value or 0)
                    r.retag(box_one, param="servers" if held else "sites", note="restated")
                elif (put := _zh_box_put(r, st)) is not None:
                    _card_of_box(r, put.end())   # ("每家店角落放个小主机插一张4090": the box's one card)
                break
    if site is None:
        site = _places_of_their_cards(r)
    if site is None and "sites" not in r.params and "servers" not in r.params and places is not None \
            and not any(st.start <= places.start() < st.end and st.param is not None for st in r.stated):
        # ("想在30个城市的边缘机房各放2张L4": the places, read before as a number of nothing, each with
        # its own cards)
        r.stated = [st for st in r.stated if not st.start <= places.start() < st.end]
        r.add("sites", float(chinese_numeral(places.group(1))), places.start(), places.end(1) + 1)
        return
    if site is None and "servers" not in r.params:
        # ("1,100 lawyers across 14 offices; … so each office gets its own L4 cards": the places, each said
        # later to hold its own cards)
        # ("12 warehouses, each warehouse gets its own GPUs": read as users first, places after all)
        for st in [x for x in r.stated if x.param in (None, "users")
                   and x.note == "" and isinstance(x.value, float) and x.value >= 2]:
            # (the noun read with the number, or right after it: "45 airports")
            # ("45 bus garages (each garage runs its own cards)": any place named that is said to hold cards)
            # ("12 of our mining sites, 16 L40S per site": the places, some of those there are)
            noun = re.match(r"[\d.,]+\s+(?:of\s+(?:our|the|their|its|"
                            r"my)\s+)?(?:[a-z]+\s+){0,2}(" + SITE_NOUNS + r"|(?!" + _NOT_PLACES
                            + r"|(?:across|always|perhaps|whereas|besides|towards|afterwards|plus|this|"
                            r"thus)\b)"
                            r"[a-zà-ÿ]{3,}s)\b",
                            r.t[st.start:st.end + 32])
            one = singular(noun.group(1)) if noun else ""
            # ("… each office gets its own L4 cards", "… how many cards per airport?", "… L4s per garage?")
            if noun and (re.match(r"\s*[,，]?\s*(?:each|every one)\s+(?:with|has|having|gets|running)\s+"
                                  r"its\s+own\b",
                                  r.t[st.start + noun.end():])
                         or re.search(r"\b(?:each|every|per)\s+" + re.escape(one)
                                   + r"\b[^.?]{0,40}\b(?:own|its|cards?|gpus?)\b", r.t[st.end:])
                         # ("2 L40S per warehouse box, 140 warehouses": the cards of each said first)
                         or re.search(r"(?:\b(?:cards?|gpus?)|#+s?)\s+"
                                      r"(?:per|each|every|(?:at|in|on|for) (?:each|every))\s+"
                                      + re.escape(one) + r"\b", r.masked)
                         # ("85 garden centres … one card per store": any word for a place, each its card)
                         or re.search(r"\b(?:one|a|1|a single)\s+(?:cards?|gpus?|#+)\s+(?:per|each|every|"
                                      r"(?:at|in|on|for) (?:each|every))\s+"
                                      r"(?:store|shop|site|location|branch|"
                                      r"outlet|office|centre|center|venue|kiosk)\b", r.masked)
                         # ("14 vet clinics, each wants a local box w/ 1 L4": a machine of its own in each)
                         # ("180 substations … How many cards per site?": places, the cards asked of each)
                         or (re.fullmatch(SITE_NOUNS, noun.group(1)) is not None
                             and _CARDS_PER_SITE_ASKED.search(r.masked) is not None)
                         # ("25 field crews, each truck has an edge box": each one's vehicle named between)
                         # ("6 cellar doors across the Hunter and Mudgee, each would get its own little
                         # box": where they are said between)
                         or re.match(r"(?:\s+(?:across|in|around|over|throughout|between)\s+[^.;,?]{1,40}?)?"
                                     # ("5 salerooms (London, Paris, …) and each wants its own box")
                                     r"(?:\s*[(（][^)）]{0,80}[)）])?"
                                     r"\s*[,，]?\s*(?:and\s+)?(?:each|every one)"
                                     r"(?:\s+(?:truck|van|vehicle|car|"
                                     r"crew|team|unit|drone|boat|ship|site|office|store|branch))?\s+"
                                     r"(?:wants|gets|has|needs|"
                                     r"runs|hosts|carries|"
                                     r"with|(?:will|would|could|should|'d|’d) (?:get|have|run))\s+"
                                     r"(?:a|an|one|its own|"
                                     # ("14 regional newsrooms and each wants its own 2 L4s": a count of them)
                                     r"their own)\s+(?:\d{1,2}\s*(?:x\s*)?)?(?:[a-z-]+\s+){0,2}"
                                     r"(?:box|server|node|machine|rig|card|gpu|#)",
                                     r.masked[st.start + noun.end():])):
                site = r.move(st, "servers")
                break
    if site is None:
        return
    n = site.value if isinstance(site.value, float) else 0.0
    power = next((st for st in r.stated if st.param == "power_mw" and st.note == "" and st.start > site.end
                  and isinstance(st.value, float) and r.params.get("power_mw") == st.value and (
                      _EACH_SITE_AFTER.match(r.t, st.end)
                      or _EACH_SITE_BETWEEN.fullmatch(r.t[site.end:st.start]))), None)
    if power is not None and n >= 2:
        # "3 sites (ND, TX, paraguay), 6MW each", "3个机房，每个6兆瓦": every site's power, the sites' total
        r.move(site, "sites")
        r.params["power_mw"] = float(power.value or 0) * n
        r.params["power_per_site"] = True
        return
    each = next((st for st in r.stated if st.param == "gpus" and st.note == "" and (
        (0 <= st.start - site.end <= 4
         # ("40 edge sites, 4x L4 each": the card named between)
         and re.match(r"\s*(?:#+\s*)?(?:each|apiece|per (?:site|school|location))\b", r.masked[st.end:]))
        # ("4 regional offices, L40S, 2 cards each": only the card's name between; "45 local offices with 2
        # cards each")
        or (0 <= st.start - site.end <= 48
            and re.fullmatch(r"[\s,，(（)）#/+-]*(?:(?:with|having|holding|hosting|running)\s+)?",
                             r.masked[site.end:st.start])
            and re.match(r"\s*(?:each|apiece)\b", r.masked[st.end:]))
        # "3 sites (AUH, RUH, DOH) each with ~256 H100": "each" said between
        or re.fullmatch(r"\s*(?:[(（][^)）]{0,40}[)）])?\s*[,，—–-]?\s*"
                        r"(?:each|every one|各|每个?都|每家|每个|每处|每店)\s*"
                        r"(?:with|has|having|holding|hosting|housing|running|of|放|配|装|部署|有|摆)?\s*(?:~|about|around|roughly|约)?\s*",
                        r.t[site.end:st.start])
        # ("1,500 learning centres around Thailand, 2 cards per centre": the cards said per place)
        or (0 <= st.start - site.end <= 60 and not re.search(r"[.;。；?？]", r.t[site.end:st.start])
            # ("5 regional supercomputing centres with 256 MI300X per centre": the card named between)
            and _PER_SITE.match(r.masked, (_CARD_MASK if str(st.text).strip().isdigit() else _SPACE)
                                .match(r.masked, st.end).end()))  # type: ignore[union-attr]
        # ("全市500所学校，每校2张L4": each of the places, named by a character of their word)
        or (0 < st.start - site.end <= 12
            and (m := _EACH_PLACE_BEFORE.search(r.t[max(0, st.start - 12):st.start])) is not None
            and m.group(1)[:1] in str(site.text)))), None)
    if "gpus_per_server" not in r.params and each is None and "gpus" not in r.params \
            and (zh_one := _ZH_ONE_CARD_EACH.search(r.masked)) is not None:
        # ("想每个园都放块4090 … 一共47个园": one card at every place, said before the places are counted)
        r.add("gpus_per_server", 1.0, zh_one.start(), zh_one.end())
    if "gpus_per_server" not in r.params and each is None \
            and (own := _ONE_CARD_EACH.match(r.masked, site.end)) is not None:
        # "300 branches, each with its own L4": one card at every site, said in words
        r.add("gpus_per_server", 1.0, own.start("one"), own.end())
    if "gpus_per_server" not in r.params and each is not None:
        r.move(each, "gpus_per_server")  # "45 schools, 2 cards each": the cards of every site
    if "gpus_per_server" in r.params:
        r.params["sites"] = n            # (the fleet stated: sites x cards per site, counted as servers)
    elif _ZH_STORES.fullmatch(str(site.text)) and not _CARDS_AT_EACH.search(r.t) and (
            "gpus" in r.params
            or not (_ZH_PER_STORE_ASKED.search(r.t) or re.match(r"\s*的", r.t[site.end:]))):
        # ("省里有十几家门店 … 放在L4上要几张卡": the stores the business has, the cards asked in all)
        # ("供应商给我们40家门店做AI客服方案，说要买4张H100 PCIe": the business's stores, the cards counted in
        # all, none said to stand in each store)
        if r.params.get("servers") == site.value:
            r.params.pop("servers", None)
        r.retag(site, param=None, note="places")
        return
    else:
        r.move(site, "sites")            # "~800 sites … cards per site?": where the cards go, none stated
    if "users" not in r.params and "queries_per_day" not in r.params and not any(
            k in r.params for k in ("usd_per_user_month", "cny_per_user_month")):
        # (not with a charge per place: "$49 per store per month … 220 stores": each place a payer,
        # calc/readings.paying_sites)
        for st in [x for x in r.stated if x.param == "queries_per_user" and x.note == ""
                   and isinstance(x.value, float) and r.params.get("queries_per_user") == x.value]:
            if _each_site_said(r, site, st):
                # ("45家店 … 每家店每天大概300条录音": each place's day, no people counted)
                r.move(st, "queries_per_day")
            elif _ALL_SITES_DAY.search(r.t[max(0, st.start - 16):st.start]):
                # ("一共45家诊所，每家配1张L4，全集团每天大概9000次患者问答": all the places' day together)
                r.move(st, "queries_per_day")
                return
    for st in r.stated:
        if st.param not in _SITE_LOADS or st.note != "" or not isinstance(st.value, float) \
                or r.params.get(st.param) != st.value:
            continue
        after = re.split(r"[,;，；。?？!！]", r.t[st.end:st.end + 24])[0]
        before = re.split(r"[,;，；。?？!！]", r.t[max(0, st.start - 16):st.start])[-1]
        # ("~800 sites, each expecting ~30 concurrent streams": "each" right after the sites)
        each_site = re.match(r"\s*(?:each|每个|每站)\b", before) is not None and \
            0 <= st.start - len(before) - site.end <= 2
        if _PER_SITE.search(str(st.text)) or _PER_SITE.search(after) or _PER_SITE.search(before) \
                or each_site or _each_site_said(r, site, st):
            r.params[st.param] = st.value * n
            r.params["load_per_site"] = st.value


# a batch job rather than live traffic: an eval sweep, a nightly backfill, an offline run
BATCH_WORDS = rx.compile(r"\b(?:nightly|overnight|backfills?|offline|evals?|evaluations?|sweeps?|"
                         r"benchmark runs?|harness|pass@\d+|re-?embed\w*|in batch(?:es)?|pure batch|"
                         # (not "max batch 64", "batch size": a serving stack's batch)
                         r"batch[- ]only|batch (?:jobs?|pipelines?|inference|processing|window|mode|runs?|"
                         r"queue|workloads?))\b|"
                         # ("每晚跑一批": a night is normalized to a day; the batch run names the job)
                         r"评测|跑分|批量|批处理|离线|每晚|一晚|夜间|(?:跑|处理|做)\s*一批(?!\s*(?:实验|训练|微调))|每批")
# how long a stated job takes is asked: "how long", "wall-clock?", "要跑多久", "GPU-hours per checkpoint"
_DURATION_ASKED = rx.compile(r"\bhow long\b|\bwall[- ]?clock\b|\bhow many hours\b|"
                             # ("Nightly we need 1,900 daily reports … How many minutes does that take?")
                             r"\bhow many (?:minutes|mins|seconds|days)\s+(?:does|would|will|do)\b|"
                             # ("The nightly job is about 22 million output tokens. How many GPU-hours is
                             # that")
                             r"\bhow many gpu[- ]?hours (?:is|would|will|does|on)\b|"
                             r"\btime to (?:finish|complete|run)\b|"
                             # ("how many days to get through the lot?": a job's length asked)
                             r"\bhow many (?:minutes|mins|hours|days|weeks)\s+(?:to|till|until|before)\s+"
                             r"(?:we\s+)?(?:get through|finish|process|complete|clear|chew through|"
                             r"do (?:them|it|the lot))\b|"
                             r"\bgpu[- ]?hours? (?:per|for (?:a|one|each|the))\b|"
                             r"\bhours? per (?:ckpt|checkpoint|run|sweep|eval|night|job)\b|\bruntime\b|"
                             # (not "多久回本", "多久翻倍": a payback, a doubling)
                             r"跑多久|多久(?:能|可以)?(?:跑完|做完|处理完|完成|搞定)|(?:需要|要)多久(?!回本|翻|才能回)|"
                             r"多长时间(?:跑完|完成)|几个小时|几小时|跑几耐|几耐|要跑多少小时|"
                             r"(?:要)?跑几天|要几天|几天(?:能|可以)?(?:跑完|做完|搞定)")
# ("每晚跑一批 … 一晚上跑得完吗": whether a batch finishes, asked as how long it takes)
_FINISH_ASKED = rx.compile(r"(?:跑|做|处理)得完(?:吗|么|不)?")
_OTHER_DURATION = rx.compile(r"回本|break[- ]?even|pay(?:s)?[- ]?back|pays? for itself|pay off|\bdoubl|"
                              r"翻倍|翻番|\buntil\b|run out|用完|不够用")
_PER_PERSON = rx.compile(r"\b(?:per|each|a|every)\s+(?:user|person|head|seat|dev|dau)\b|"
                         r"每人|每个用户|人均|每用户")


_THINGS_AFTER = rx.compile(r"\s*(?:[a-z-]+\s+){0,2}?([a-z]{3,})s\b")


def items_each_a_request(r: Reading) -> None:
    """"rewrites the listing descriptions for ~12k used cars in stock. Approx 600 input tokens … and 350
    output tokens per car … how long does the run take?": things counted once, each with its own prompt and
    answer, are the job's requests (not users, each with a default day of requests)."""
    if not (BATCH_WORDS.search(r.t) or _DURATION_ASKED.search(r.t)) \
            or re.search(r"\b(?:users?|dau|mau|seats?|people|customers)\b|用户|日活", r.t):
        return
    for st in [x for x in r.stated if x.param in (None, "users") and x.note == ""
               and isinstance(x.value, float) and "queries_per_user" not in r.params]:
        # ("3.5万个房源要用AI重写 … 每个房源输入大概1k token … 要跑几天": things counted, each one's prompt
        # and answer)
        zh = re.match(r"[\d.,]+\s*[万千亿]?\s*个\s*([\u4e00-\u9fff]{2,3}?)(?=要|需要|待|都|[,，]|$)",
                      r.t[st.start:st.end + 8])
        if zh is not None and re.search("每个?" + re.escape(zh.group(1))
                                        + r"[^,，。;；\d]{0,6}(?:输入|输出|生成|写|prompt)", r.t[st.end:]):
            r.move(st, "queries_per_day")
            return
    for st in [x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)]:
        # (the things named with the number, or right after it: "~12k used cars", "15k used" + "vans")
        # ("12,000 members": not the "m" of the noun taken for millions)
        digits = re.search(r"\d[\d.,]*(?:\s*[km]\b)?", r.t[st.start:st.end])
        noun = _THINGS_AFTER.match(r.t, st.start + digits.end()) if digits else None
        if noun is None:
            continue
        one = singular(noun.group(1) + "s")
        each = r"\b(?:tokens?|toks?)\b[^.;?]{0,40}?\b(?:per|each|a|for each)\s+" + re.escape(one) + r"\b"
        # (or "write each reader a personal intro … how long does the whole batch take?": one item each, asked
        # as a job, with no requests a day said for each of them)
        if re.search(each, r.t[st.end:]) or ("queries_per_user" not in r.params and re.search(
                r"\b(?:for each|each|every)\s+" + re.escape(one) + r"\b", r.t[st.end:])):
            r.move(st, "queries_per_day")
            return


def peak_doubled(r: Reading) -> None:
    """"平均QPS大概30，高峰再翻个倍": the peak is the average doubled, a peak-to-average of 2."""
    if "peak_factor" in r.params:
        return
    for st in [x for x in r.stated if x.param == "factor" and x.note == "" and x.value == 2.0
               and re.search(r"翻(?:一|个)?倍|翻番|翻一番", str(x.text))
               and re.search(r"(?:高峰|峰值|峰时)[^，,。；;\d]{0,4}$", r.t[max(0, x.start - 8):x.start])]:
        r.move(st, "peak_factor")
        return


def a_round_of_runs(r: Reading) -> None:
    """"算法组要做一轮消融实验，一共十二组": "a round" of experiments is no count of runs when the runs are
    counted after it."""
    one = next((x for x in r.stated if x.param == "runs" and x.note == "" and x.value == 1.0
                and str(x.text).startswith("一轮")), None)
    more = next((x for x in r.stated if x.param == "runs" and x.note == "duplicate"
                 and isinstance(x.value, float) and x.value > 1), None)
    if one is None or more is None:
        return
    r.retag(one, param=None, note="descriptor_round")
    r.retag(more, note="")
    r.params["runs"] = float(more.value or 0)


# a day's prompts said as tokens: "~3M input tokens and 500k output tokens daily", "每天总输入约3.6亿token"
_OUTPUT_A_DAY_AFTER = rx.compile(r"\s*(?:and|,|/|\+|&)\s*(?:~|about|around)?\s*[\d.,]+\s*"
                                 r"(?:[kmb]|million|billion|万|亿)?\s*(?:output|out)\s+tokens?\s*"
                                 r"(?:daily|a day|per day|/\s*day|each day|every day|yesterday|today)\b")
_DAY_ONCE = rx.compile(r"^\s*(?:我们|我)?\s*(?:每天|每日|天天|每晚)|^\s*(?:every|each)\s+(?:day|night)\b|"
                       r"^\s*daily\b")
_DAY_INPUT = rx.compile(r"(?:每天|每日|日均|一天)\s*(?:总|合计|一共|的)?\s*输入")


def inputs_of_a_day(r: Reading) -> None:
    """"We're at ~3M input tokens and 500k output tokens daily", "每天总输入约3.6亿token": the day's prompt
    tokens (no one prompt is millions of tokens long), not each request's."""
    # ("每天让AI把新增的买家评价过一遍 … 两千万token输入，输出摘要五十万token": millions of tokens each
    # way, the day said once at the start; no one prompt or answer is that long)
    day_once = _DAY_ONCE.match(r.t) is not None and not any(
        k in r.params for k in ("queries_per_day", "tokens_per_day", "input_tokens_per_day", "users", "qps"))
    for st in [x for x in r.stated if x.param == "input_tokens" and x.note == ""
               and isinstance(x.value, float) and x.value >= 1e5]:
        if _OUTPUT_A_DAY_AFTER.match(r.t, st.end) or _DAY_INPUT.search(r.t[max(0, st.start - 8):st.end]) \
                or (day_once and float(st.value or 0) >= 1e6):
            r.move(st, "input_tokens_per_day")
    if day_once and "input_tokens_per_day" in r.params:
        out = next((x for x in r.stated if x.param == "output_tokens" and x.note == ""
                    and isinstance(x.value, float) and x.value >= 1e5), None)
        if out is not None and "tokens_per_day" not in r.params:
            r.move(out, "tokens_per_day")
    if "tokens_per_day" in r.params and "input_tokens_per_day" not in r.params:
        # ("每天大概消耗500万token输出，输入那边大概2000万": the day's prompts said beside the day's output)
        said = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                     and x.value >= 1e5
                     and re.search(r"输入[^,，。;；\d]{0,6}$", r.t[max(0, x.start - 10):x.start])), None)
        if said is not None:
            r.move(said, "input_tokens_per_day")


# things of a length, counted once: "draft 4,000 newsletter variants of ~700 tokens", "Chinese blurbs of ~400
# characters for 20,000 titles"
_LENGTH = (r"(?:about|around|roughly|approx\.?|~)?\s*\d[\d,.]*\s*k?\s*"
           r"(?:tokens?|toks?|words?|characters?|chars?)\b")
_ITEMS_OF_LENGTH = rx.compile(r"(?P<n>\d[\d,.]*\s*k?)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\s+of\s+" + _LENGTH)
_LENGTH_FOR_ITEMS = rx.compile(r"\b[a-z]{3,}s\s+of\s+" + _LENGTH + r"\s+(?:for|on|about|across)\s+(?:all\s+)?"
                               r"(?:the\s+)?(?P<n>\d[\d,.]*\s*k?)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b")
_ITEMS_THEN_EACH = rx.compile(r"(?:^|[.;:!?]\s+|\s)~?(?P<n>\d[\d,.]*\s*k?)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s"
                              r"\s*[,;(]\s*"
                              r"(?:(?:each|every one)\s*(?:is\s+|of\s+)?" + _LENGTH + r"|"
                              r"(?:about|around|roughly|~)?\s*\d[\d,.]*\s*k?\s*(?:(?:english|chinese)\s+)?"
                              r"(?:tokens?|words?|characters?|chars?)\s+each\b)")
_WRITE_JOB = rx.compile(r"\b(?:draft|write|writing|generat|summari[sz]|translat|rewrit|produc|creat|caption|"
                        r"describ|tag|classif)")
_A_DAYS_LOAD = rx.compile(r"\b(?:users?|dau|mau|per hour|an hour|concurrent)\b|用户|日活")
# ("a daily fishing report for 60 spots, each ~1,500 words": the things, then each one's length)
_ITEMS_EACH_LENGTH = rx.compile(r"\b(?:for|on|about|across|covering)\s+(?:all\s+)?(?:the\s+)?"
                                r"(?P<n>\d[\d,.]*\s*k?)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\s*[,;(]?\s*"
                                r"(?:each|every one)\s*(?:is\s+|of\s+)?" + _LENGTH)
_COST_ASKED = rx.compile(r"\b(?:cost|costs|how much|price|spend|bill)\b", re.IGNORECASE)


_GPU_HOURS_SAID = rx.compile(r"\bgpu[- ]?(?:hours?|hrs?|h)\b|卡时|gpu\s*小时")


def hourly_price_beside_gpu_hours(r: Reading) -> None:
    """"Cloud bill shows 1,460 GPU-hours last month on H100 at $2.49": a few dollars said beside GPU-hours is
    the rent of one of them, an hour (no accelerator is bought for $2.49), never a card's price."""
    if "gpu_hours" not in r.params and not _GPU_HOURS_SAID.search(r.t):
        return
    for st in [x for x in r.stated if x.param in ("price_usd", "price_cny") and x.note == ""
               and isinstance(x.value, float) and 0 < x.value < (30 if x.param == "price_usd" else 200)
               and not re.search(r"\d\s*(?:k|m|万|千)", str(x.text).lower())]:
        rent = "rent_usd_per_hour" if st.param == "price_usd" else "rent_cny_per_hour"
        if rent not in r.params:
            r.move(st, rent)


def items_of_a_length(r: Reading) -> None:
    """"rent H100 SXM at ¥450/hr each to draft 4,000 newsletter variants of ~700 tokens … Total cost in
    dollars?", "Chinese blurbs of ~400 characters for 20,000 titles … How many GPU-hours": things of a length
    written once are a job of that many requests (not each user's day of requests); its cost at a stated
    rent is the job's hours at that rent."""
    if any(k in r.params for k in ("queries_per_day", "tokens_per_day", "users", "concurrent_users", "qps",
                                   "train_tokens")) \
            or _A_DAYS_LOAD.search(r.t):
        return
    # (lengths said for the things counted are written for them; things of a length counted, with a verb
    # that writes them)
    written = (_ITEMS_OF_LENGTH,) if _WRITE_JOB.search(r.t) else ()
    # ("~120 labels, each is ~80 words in", "400 tasting notes, ~250 Chinese characters each": things counted
    # bare, then each one's length)
    for pat in (_LENGTH_FOR_ITEMS, _ITEMS_EACH_LENGTH, _ITEMS_THEN_EACH, *written):
        m = pat.search(r.t)
        # (a count read as a claim only for "math check" said before it: the job's things all the same)
        st = next((x for x in r.stated if m is not None and x.start <= m.start("n") < x.end
                   and x.param in (None, "queries_per_user", "claimed_value") and isinstance(x.value, float)
                   and x.value >= 2), None)
        if st is None:
            continue
        r.move(st, "queries_per_day", note="")
        r.params["batch"] = True
        if not re.search(r"每天|每日|一天|日均|\b(?:a|per|each|every)\s+(?:day|week|month)\b|"
                         r"\b(?:daily|weekly|monthly|nightly)\b", r.t):
            r.params["one_off"] = True   # ("400 tasting notes … Cost?": the things written once, not a day's)
        rent = "rent_usd_per_hour" in r.params or "rent_cny_per_hour" in r.params
        if (_COST_ASKED.search(r.t) and rent) or re.search(r"\bhow many gpu[- ]?hours\b", r.t):
            r.params["asks_duration"] = True     # (the job's GPU-hours, or its cost: its hours at the rent)
        return


# things a job works through once, counted ("all 1,200 product pages", "一千二百多个SKU", "一共两千条")
_JOB_THINGS_EN = rx.compile(r"^[~≈]?\s*[\d.,]+\s*k?\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:products?|product pages|pages|skus?|"
                            r"listings?|descriptions?|items|documents|docs|articles|posts|emails|images|photos|"
                            r"pictures|files|records|reviews|titles|books|chapters|videos|contracts|reports|"
                            r"drawings|sheets|scans|pdfs|transcripts|recipes|lots|menus|tags|labels|"
                            r"certificates|invoices|quotes|summaries|captions)\b")
_JOB_THINGS_ZH = rx.compile(r"(?:个|款|件|条|篇|份|张|本|部|页)?\s*"
                            r"(?:(?<=张)[\u4e00-\u9fff]{1,4}?(?=照片|图片))?"
                            r"(?:sku|商品|产品|单品|宝贝|listing|链接|文件|文档|"
                            r"合同|报告|简历|论文|文章|图片?|照片|视频|详情页|评价|评论|描述|文案)s?|^[^，,。；;？?]*?(?:条|篇|份)$",
                            re.IGNORECASE)
_JOB_VERB = rx.compile(r"\b(?:rewrit|regenerat|generat|writ|translat|summari[sz]|caption|describ|tag|classif|"
                       r"process|redo|convert|draft|produc|creat|scan|go through|get through|run through|"
                       r"refresh)|"
                       r"重写|改写|重新生成|生成|写|翻译|总结|处理|过一遍|跑完|做完|生成完|刷一遍|优化")
_JOB_EVERY = rx.compile(r"\b(?:all|every|each|whole|entire)\b|全部|所有|全都|一共|总共|共计|"
                        r"全\s*(?:生成|写|改|做|跑)|"
                        r"每(?:个|款|件|条|篇|份|张|本)")
_A_DAY_WORDS = rx.compile(r"每天|每日|一天|日均|天天|每晚|"
                          r"\b(?:a|per|each|every)\s+(?:day|night|week|month)\b|"
                          r"\b(?:daily|nightly|weekly|monthly)\b|/\s*(?:day|d)\b")
_DEADLINE = rx.compile(r"\b(?:within|in under|in|inside|by)\s+"
                       r"(?:a|one|\d+|two|three|four|five|six|seven|ten)\s+"
                       r"(?:days?|weeks?|months?|hours?)\b|(?:天|周|星期|礼拜|个月|小时)\s*(?:之内|以内|内)")
_HOW_MANY_CARDS = rx.compile(r"\bhow many\b|几张|几台|多少张|多少台|几块|要几|需要几")


# pictures counted in 张, the cards' counter too: "我们有1500张房间照片"
_ZHANG_PICTURES = rx.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:照片|图片|相片|截图|海报|效果图|设计图|实拍图|图)")


def pictures_in_zhang(r: Reading) -> None:
    """"我们有1500张房间照片 … 两张A100 80GB跑完要多久？": pictures counted in 张 are things to work through,
    not cards; a count of cards said after them is the fleet."""
    for st in [x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)
               and str(x.text).rstrip().endswith("张") and _ZHANG_PICTURES.match(r.t, x.end)]:
        r.move(st, "queries_per_day")
        r.params.pop("queries_per_day", None)
        r.retag(next(x for x in r.stated if x.start == st.start and x.param == "queries_per_day"),
                param=None, note="")
        r.promote_duplicate("gpus")
        return


def _once_through(r: Reading) -> None:
    """"一遍" read as one epoch where a job goes through its things once: no epoch said."""
    once = [x for x in r.stated if x.param == "epochs" and x.value == 1.0 and "遍" in str(x.text)]
    if once:
        r.params.pop("epochs", None)
        r.stated = [x for x in r.stated if x not in once]


def a_job_of_items(r: Reading) -> None:
    """"Rewrite all 1,200 product pages … renting H100 SXM at $2.5/hr. Total cost?", "一共两千条 … 要多久",
    "想在一周内把两千个商品的文案全生成完 … 要租几张H100": things counted that a job works through once are
    that many requests (not a day's, nor each person's): its time, its cost at the rent, or the cards that
    finish it within the time said."""
    p = r.params
    if any(k in p for k in ("tokens_per_day", "users", "concurrent_users", "qps", "train_tokens",
                            "items_per_batch", "batch")) or not _JOB_VERB.search(r.t) \
            or not ("model" in p or "params" in p) or _A_DAY_WORDS.search(_DEADLINE.sub(" ", r.t)):
        return
    things = [x for x in r.stated if x.param in (None, "queries_per_user", "queries_per_day") and x.note == ""
              and isinstance(x.value, float) and x.value >= 20
              and (_JOB_THINGS_EN.match(r.t[x.start:x.end + 30]) or _JOB_THINGS_ZH.search(str(x.text))
                   or _JOB_THINGS_ZH.match(r.t, x.end))]
    if len(things) != 1 or not _JOB_EVERY.search(r.t) \
            or ("queries_per_day" in p and things[0].param != "queries_per_day"):
        return
    st = things[0]
    if st.param != "queries_per_day":
        r.move(st, "queries_per_day")
    p["batch"] = p["one_off"] = True
    _once_through(r)                     # ("把详情页文案全部重写一遍": once through, no training epoch)
    rent = "rent_usd_per_hour" in p or "rent_cny_per_hour" in p
    if _COST_ASKED.search(r.t) or re.search(r"多少钱|花多少|成本|费用", r.t):
        if rent:
            p["asks_duration"] = True    # (its cost: the job's hours at the rent)
    elif "days" in p and _DEADLINE.search(r.t) and _HOW_MANY_CARDS.search(r.t):
        p["deadline"] = True             # (the cards that finish it within the days said)
    elif re.search(r"\bhow long\b|多久|多长时间|几天|几个小时", r.t):
        p["asks_duration"] = True


_BATCH_GPU_HOURS = rx.compile(r"\bbatch\b[^?]{0,120}\bhow many gpu[- ]?hours\b|"
                              r"一批[^？?]{0,60}(?:多少|几个?)\s*(?:卡时|gpu\s*小时)")


def batch_job(r: Reading) -> None:
    """"nightly eval: 5k prompts x 8 samples, how long on 8 H100?": a job of that many requests run
    once (not each user's day), processed at an even rate (no peak-to-average), and, asked how long, the
    time it takes on the fleet (calc/inference.throughput)."""
    batch = BATCH_WORDS.search(r.t) is not None
    # (not "how long to break even", "多久翻倍", "how long until we run out" with a growth: another question)
    # ("每天…两千万token输入…4090一张一天跑得完吗？": a day's volume, whether it finishes, asked as its time)
    volume = any(k in r.params for k in ("tokens_per_day", "input_tokens_per_day", "queries_per_day"))
    asked = (_DURATION_ASKED.search(r.t) is not None
             or ((batch or volume) and _FINISH_ASKED.search(r.t) is not None) or (
        # ("A batch of 12k new listings … on one L40S - how many GPU hours?": the job's GPU-hours)
        _BATCH_GPU_HOURS.search(r.t) is not None and "gpu_hours" not in r.params)) \
        and not _OTHER_DURATION.search(r.t) \
        and not {"growth_rate_year", "doubling_months", "users_to"}.intersection(r.params)
    if not (batch or asked) or any(k in r.params for k in ("users", "concurrent_users", "qps",
                                                           "train_tokens")) \
            or re.search(r"\b(?:users?|dau|mau|seats?)\b|用户|日活", r.t):
        return                           # (nor a training run's "how long": "2M tokens, 3 epochs … how long")
    if batch:
        r.params["batch"] = True
    if asked:
        r.params["asks_duration"] = True
        if not re.search(r"训练|微调|\btrain|\bfine-?tun", r.t):
            _once_through(r)             # ("把新增的买家评价过一遍": gone through once, no training epoch)
    st = next((s for s in r.stated if s.param == "queries_per_user" and s.note == ""
               and isinstance(s.value, float)), None)
    if st is not None and "queries_per_day" not in r.params \
            and not _PER_PERSON.search(r.t[max(0, st.start - 24):st.end + 24]):
        r.move(st, "queries_per_day")    # "3000 prompts", "164 problems": the job's requests
    if asked and not any(k in r.params for k in ("queries_per_day", "tokens_per_day", "gpus_per_server")):
        # ("We have 18,500 lots for the Spring sale and each needs a draft description … How long will the
        # whole batch take?": things counted, each one a request of the job)
        item = next((x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)
                     and x.value >= 2
                     and re.match(r"[\d.,]+\s*k?\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}s\b"
                                  # (a version's dot is no sentence's end: "450,000 titles with Llama 3.1 8B,
                                  # output 60 tokens each")
                                  r"(?:[^.?!]|(?<=\d)\.(?=\d)){0,48}?\b(?:each|every one)\b",
                                  r.t[x.start:])), None)
        if item is not None:
            r.move(item, "queries_per_day")


# the time a growing load takes to fill a stated fleet is asked: "how long until we run out", "还能撑多久"
_RUNWAY = rx.compile(r"\bhow long (?:until|till|before|can|will|does|do)\b|"
                     r"\bwhen (?:do|will|would|should) (?:we|i|it|they) (?:run out|outgrow|"
                     r"need (?:more|another|an extra|a second|a 2nd)|max out|"
                     r"hit (?:the )?(?:limit|capacity|ceiling))|\brun(?:s)? out\b|\brunway\b|"
                     r"还能撑多久|能撑多久|撑多久|多久(?:会|就)?不够(?:用)?|什么时候不够(?:用)?|多久用完|多久满|"
                     # ("how many years before we need to buy more?", "几年后要扩容？")
                     r"\bhow many (?:years|months|quarters) (?:before|until|till)\b|"
                     r"\bbefore we (?:need|have) to (?:buy|add|order|get) (?:more|another)\b|"
                     r"(?:几年|多少年|几个月|多久)(?:后|以后|之后)?(?:就)?(?:要|需要|得)(?:扩容|加卡|买卡|加机器)|"
                     r"什么时候(?:就)?(?:要|需要|得)(?:扩容|加卡|买卡|加机器)")


def runway_asked(r: Reading) -> None:
    """"64 H100 … growing 50%/yr, how long until we run out?": with a growth and no horizon, the time
    until the load fills the stated fleet is what is asked (calc/inference.fleet)."""
    if _RUNWAY.search(r.t) and ("growth_rate_year" in r.params or "doubling_months" in r.params) \
            and "period_months" not in r.params:
        r.params["asks_runway"] = True


# a stated power factor: "pf 0.95", "power factor is close to 1", "Treat kVA≈kW", "功率因数按0.95"
# kW per kVA of a modern IT load (server power supplies with power-factor correction run at 0.9 or above:
# Schneider Electric / APC White Paper 15, "Watts and Volt-Amps: Powerful Confusion")
KVA_POWER_FACTOR = 0.9
# a power said in apparent power: in kVA or MVA, or as a feed's volts and amps ("3-ph 415V 60A")
KVA_SAID = rx.compile(r"kva|mva|千伏安|兆伏安|\d\s*v(?:ac)?\b|\d\s*va\b|伏安")
_KVA_ASKED = rx.compile(r"多少\s*(?:千伏安|kva|兆伏安|mva)|\bhow (?:many|much) (?:kva|mva)\b|"
                        r"(?:->|→|=>)\s*(?:kva|mva)\b|"
                        r"\b(?:in|as) (?:kva|mva)\b(?!\s*\d)|"
                        r"\b(?:kva|mva) (?:do|would|will|should) (?:we|i)\b|"
                        r"\bwants? (?:it |the number |a number |the figure )?(?:in )?kva\b|\bkva,? not kw\b|"
                        # "Facilities needs the kVA figure", "total kVA?"
                        r"\b(?:the|a|total|our|in)\s+(?:kva|mva)\s*(?:figure|number|rating|value|requirement|load|"
                        r"estimate|draw|total)?\s*(?:[?？.:：]|$)|"
                        r"\b(?:kva|mva)\s+(?:figure|number|rating|requirement|estimate)\b|"
                        r"(?:千伏安|kva)\s*(?:容量)?\s*(?:是|要|需要)?多少")
_POWER_FACTOR = rx.compile(r"\b(?:pf|power[- ]factor)"
                           r"(?:\s*(?:is|of|=|:|at|~|≈|about|around|close to|near|roughly|maybe|probably|"
                           r"like|say|"
                           r"按|取|为|是|约))*\s*"
                           r"(0?\.\d+|1(?:\.0+)?)(?!\d|\.\d)|功率因数\s*(?:按|为|是|约|取|=|:|：)*\s*(0?\.\d+|1(?:\.0+)?)(?!\d|\.\d)|"
                           r"\bkva\s*(?:≈|~|=|==|as|is)\s*kw\b|"
                           # ("1.4 PUE, 0.8 power factor": the factor said before its words)
                           r"(?<![\d.])(0?\.\d+|1\.0+)\s*(?:pf|power[- ]factor)\b")


def power_factor(r: Reading) -> None:
    """"a 1600 kVA transformer … Treat kVA≈kW, pf is close to 1": the kVA read at the power factor stated
    (else at the default one, KVA_POWER_FACTOR)."""
    if _KVA_ASKED.search(r.t):
        # "需要预留多少千伏安容量？", "how many kVA do we need": the power answered in kVA too, at the power
        # factor stated (else the default one)
        r.params["kva_asked"] = True
        r.params.setdefault("kva_power_factor", KVA_POWER_FACTOR)
    said_all = list(_POWER_FACTOR.finditer(r.t))
    if said_all and not any(KVA_SAID.search(str(x.text).lower()) for x in r.stated):
        # "Colo cage is 1.5 MW, power factor 0.95", "功率因数按0.95 … 变压器容量（kVA）": no amount in kVA
        # said, the power answered in kVA too at that factor
        r.params["kva_asked"] = True
        r.params.setdefault("kva_power_factor", KVA_POWER_FACTOR)
    default = r.params.get("kva_power_factor")
    if not isinstance(default, float) or not said_all:
        return
    m = next((x for x in said_all if x.group(1) or x.group(2) or x.group(3)), said_all[0])
    said = m.group(1) or m.group(2) or m.group(3)
    pf = float(said) if said else 1.0
    if not 0.5 <= pf <= 1:
        return
    for st in [x for x in r.stated if KVA_SAID.search(str(x.text).lower())]:
        if not isinstance(st.value, float) or st.param is None:
            continue
        value = st.value / default * pf
        if st.param is not None and r.params.get(st.param) == st.value:
            r.params[st.param] = value
        r.retag(st, value=value)
    for x in said_all:
        for st in [s for s in r.stated if s.start < x.end() and x.start() < s.end and s.param is None]:
            r.stated.remove(st)         # (the number of the power factor, read here)
    r.params["kva_power_factor"] = pf
    for x in said_all:                  # ("Treat kVA≈kW, pf is close to 1": both say it)
        r.add("power_factor", pf, x.start(), x.end())


# an hour's rent said of a whole server, instance or VM: "$98/hr/VM", "$25/hr per node", "$63.30/hr per
# instance", "$30/node-hour", "每台每小时约 ¥300"
_PER_BOX_AFTER = rx.compile(r"\s*(?:/|per|a|an|each)\s*(?:node|server|box|instance|vm|machine|system)s?\b|"
                            r"\s*/\s*(?:node|server|box|instance|vm)\b")
_SENTENCE_SPLIT = rx.compile(r"(?<!\d)[.;?!。；？！\n]|[.;?!](?=\s)")   # (not "$55.04/hr")
_RENT_PAIR = rx.compile(r"\s*(?:vs\.?|versus|or|and|to)\s*(?:us\$|\$|¥|￥)?\s*[\d.,]+\s*"
                        r"(?:/\s*(?:hr|hour|h)\b)?")
# a clause that starts with an instance type (its name blanked, calc/noise.py) and its GPUs: "p5.48xlarge (8x
# H100) is …", "a3-highgpu-8g (8x H100 80GB) on-demand in us-central1 is about …"
_INSTANCE_CLAUSE = rx.compile(r"\s*(?:[a-z]+:?\s+)?\s{6,}[(（]\s*\d+\s*[x×]\s*#+[^)）]{0,24}[)）]")
_BOX_HOUR = rx.compile(r"/\s*(?:node|server|box|instance|vm)\b|"
                       r"(?:node|server|box|instance|vm)[- ]?(?:hours?|hrs?|h)\b")
_PER_BOX_BEFORE = rx.compile(r"(?:每台|单台|一台|每个节点|每节点|每个实例|每实例)\s*(?:服务器|机器|实例)?\s*"
                             r"(?:(?:每小时|一小时)\s*(?:约|大约|大概|是|为|要)?\s*)?$")


def box_size_beside_count(r: Reading) -> None:
    """"64 x p5en.48xlarge (8x H200 each)", "HCCPNV5 是 8 卡 H800 … 用 16 台": a small card count said of one
    instance or server, beside a count of those servers, is each server's size (the fleet is their
    product)."""
    p = r.params
    if "gpus_per_server" in p or not isinstance(p.get("servers"), float) or float(p["servers"]) < 2:
        return
    small = next((s for s in r.stated if s.param == "gpus" and s.note == ""
                  and s.value in (1.0, 2.0, 4.0, 8.0, 16.0) and p.get("gpus") == s.value
                  and re.match(r"\s*(?:x|×|卡|张|块)?\s*#", r.masked[s.end:s.end + 8])
                  and (re.search(r"[(（]\s*$|是\s*$|\bwith\s*$|台\s*$", r.masked[max(0, s.start - 4):s.start])
                       or re.match(r"[^)）.;。；]{0,20}\b(?:each|apiece|"
                                   r"per (?:instance|node|server|vm|box))\b",
                                   r.masked[s.end:s.end + 40]))), None)
    if small is not None:
        r.move(small, "gpus_per_server")


def _beyond_one_card(r: Reading, st: Stated) -> bool:
    """An hour's rent, with servers of several cards stated, more than five times what the catalog's card
    rents for: the server's hour, not one card's."""
    from calc.catalog import load

    per = r.params.get("gpus_per_server")
    price = load().price(str(r.params.get("accelerator", "")))
    if not isinstance(per, float) or per < 2 or price is None or not price.rent_usd_per_hour \
            or not isinstance(st.value, float):
        return False
    usd = st.value if st.param == "rent_usd_per_hour" else st.value / r.usd_cny()
    return usd > 5 * price.rent_usd_per_hour


def box_hour_rent(r: Reading) -> None:
    """"p5.48xlarge (8x H100) at $98.32/hr per instance", "$25/hr per node": an hour of the whole server, read
    as the GPU-hour it comes to (over its GPUs: the stated count, else the named server's, else 8)."""
    from calc.catalog import load

    for st in [x for x in r.stated if x.param in ("rent_usd_per_hour", "rent_cny_per_hour")
               and x.note in ("", "option", "duplicate") and isinstance(x.value, float)]:
        after = _PER_BOX_AFTER.match(r.t, st.end)
        pair = _RENT_PAIR.match(r.t, st.end)
        clause = _SENTENCE_SPLIT.split(r.masked[max(0, st.start - 160):st.start])[-1]
        if not (after or _BOX_HOUR.search(r.t[st.start:st.end])
                or _PER_BOX_BEFORE.search(r.t[max(0, st.start - 16):st.start])
                # "$98.32 vs $113.93 per instance": both of the pair
                or (pair is not None and _PER_BOX_AFTER.match(r.t, pair.end()))
                # "p5.48xlarge (8x H100) is $55.04/hr": said of the instance named at the clause's start
                or _INSTANCE_CLAUSE.match(clause)
                # "24 instances (p5, 8x H100 each) … at a blended $70/hr": no single card rents for that much
                or _beyond_one_card(r, st)):
            continue
        per = r.params.get("gpus_per_server")
        if not isinstance(per, float):
            server = load().servers.get(str(r.params.get("server", "")))
            per = float(server.gpus) if server is not None else 8.0
        assert isinstance(st.value, float)
        value = st.value / per
        if r.params.get(str(st.param)) == st.value:
            r.params[str(st.param)] = value
        r.params["rent_per_box"] = per
        r.retag(st, value=value, end=after.end() if after else st.end,
                text=r.norm.quote(st.start, after.end() if after else st.end))


_OLD_CARD_WORDS = rx.compile(r"老卡|旧卡|老的|旧的|原来的?|现在的?|前代|"
                             r"\bold(?:er)?\b|\bcurrent(?:ly)?\b|\bprevious\b|"
                             # ("cheaper than what we pay now ($2.40)": what is paid today)
                             r"\bexisting\b|\btoday'?s\b|\b(?:we|i) (?:pay|are paying)\b|\bpaying now\b")
_NEW_CARD_WORDS = rx.compile(r"新卡|新的|换成|\bnew(?:er)?\b|\bnext\b")


def rents_by_card(r: Reading) -> None:
    """"如果新卡每卡每小时 5.5 美元、老卡 2.8 美元", "the new card rents at $5.5/hr and the old at $2.8/hr": a
    run
    moved from one card to another with two hourly rents, each said of its card (new or old, or the card's
    name, just before it): where the old card's rent is (param old_card_rent_at) for the two runs' rents."""
    if "from_accelerator" not in r.params or "accelerator" not in r.params:
        return
    rents = [st for st in r.stated if st.param in ("rent_usd_per_hour", "rent_cny_per_hour")
             and st.note in ("", "duplicate")]
    if len(rents) != 2:
        return
    old_card, new_card = r.params["from_accelerator"], r.params["accelerator"]
    first, second = sorted(rents, key=lambda x: x.start)
    if re.fullmatch(r"\s*(?:vs\.?|versus|or|against|对比|和|与|还是)\s*", r.t[first.end:second.start]) \
            and isinstance(first.value, float) and isinstance(second.value, float) \
            and first.value != second.value and "speedup" in r.params:
        # ("B200 is 2.5x faster … is $5.50/hr vs $2.80/hr worth it?": two rents side by side, no card named
        # for either: the dearer hour is the faster card's)
        cheap = first if first.value < second.value else second
        if r.params.get("speedup_fast", new_card) == new_card:
            r.params["old_card_rent_at"] = float(cheap.start)
        else:
            r.params["old_card_rent_at"] = float((second if cheap is first else first).start)
        return
    sides, after = [], 0
    for st in sorted(rents, key=lambda x: x.start):
        lo = max(0, st.start - 24, after)        # (not as far back as the other rent)
        after = st.end
        # the nearest word or name before the rent says whose it is
        said = [(m.end(), "old") for m in _OLD_CARD_WORDS.finditer(r.t, lo, st.start)] + \
            [(m.end(), "new") for m in _NEW_CARD_WORDS.finditer(r.t, lo, st.start)] + \
            [(x.end, "old" if x.value == old_card else "new") for x in r.stated
             if x.param in ("accelerator", "from_accelerator") and x.value in (old_card, new_card)
             and lo <= x.start and x.end <= st.start]
        sides.append((st.start, max(said)[1] if said else None))
    known = [side for _, side in sides if side is not None]
    if not known or len(set(known)) != len(known):
        return
    # ("is renting them at $3.50/GPU-hr cheaper than what we pay now ($2.40)": one rent said to be today's,
    # the other the new card's)
    old_at = [at for at, side in sides if side == "old" or (side is None and known == ["new"])]
    if len(old_at) == 1:
        r.params["old_card_rent_at"] = float(old_at[0])


def load_of_a_payer(r: Reading) -> None:
    """"We charge $15 per seat monthly … cost per user …, 30 queries/day": with what each user pays and no
    users
    counted, a small day's count of queries is one user's (no service answers 30 queries a day in all)."""
    p = r.params
    if not any(k in p for k in ("usd_per_user_month", "cny_per_user_month")) or any(
            k in p for k in ("users", "concurrent_users", "qps", "queries_per_user", "tokens_per_day")):
        return
    day = [st for st in r.stated if st.param == "queries_per_day" and st.note == ""]
    if len(day) == 1 and isinstance(day[0].value, float) and 0 < day[0].value <= 2000:
        r.move(day[0], "queries_per_user")


# "1 SU = 1个GPU卡时", "1 service unit = 1 GPU-hour": an allocation's unit defined in GPU-hours
# ("one SU counts as 0.5 GPU-hours", "each SU is worth 2 GPU-hours")
_SU_DEFINED = rx.compile(r"(?:(?<![\d.])(\d+(?:\.\d+)?)\s*(?:个)?|\b(?:one|each|an?|per|every)|每)\s*"
                         r"(?:sus?|service[- ]units?|(?:gpu[- ])?credits?|机时)\s*"
                         r"(?:=|≈|等于|相当于|折合|对应|算作?|按|is|equals?|counts? (?:as|for)|"
                         r"corresponds? to|"
                         r"is equal to|is equivalent to|"
                         r"is worth|worth|"
                         r"is charged as|"
                         # ("our site charges 1 SU per GPU-hour": the hour each so many SUs buy)
                         r"bills? as|covers?|per|/|for each|for every|for an?)\s*"
                         # ("1 SU = 1 A100 80GB hour": the card named in the hour)
                         r"(\d+(?:\.\d+)?)?\s*(?:个|an?\s+|one\s+)?\s*"
                         r"(?:[a-z]{1,4}\d{1,4}[a-z]{0,3}(?:\s*\d{2,3}\s*gb)?\s*)?(?:gpu|卡|card)?\s*[- ]?"
                         r"(?:卡时|小时|hours?|hrs?|h)(?![a-z])")
# the other way round: "each GPU-hour costs 2 SUs", "one A100 hour is charged at 1.5 SU", "每卡时扣2个SU"
_HOUR_IN_SU = rx.compile(r"(?:\b(?:each|one|an?|every|per)\s+|(?<![\d.])1\s*|每\s*(?:个)?\s*)"
                         r"(?:[a-z]{1,4}\d{1,4}[a-z]{0,3}(?:\s*\d{2,3}\s*gb)?\s*)?(?:gpu|卡|card)?\s*[- ]?"
                         r"(?:卡时|hours?|hrs?)(?![a-z])\s*"
                         r"(?:costs?|is|=|≈|equals?|burns?|uses?|consumes?|takes?|is charged(?: at)?|"
                         r"charges?|"
                         r"is billed(?: at)?|扣|消耗|折合|算|计)\s*(?:us\s+)?(?:about|~)?\s*"
                         r"(\d+(?:\.\d+)?)\s*(?:个)?\s*"
                         r"(?:sus?|service[- ]units?|(?:gpu[- ])?credits?)(?![a-z])")
_IN_SU = rx.compile(r"\s*(?:个\s*)?(?:sus?|service[- ]units?|(?:gpu[- ])?credits?|机时)(?![a-z])")


# a price per service unit: "每SU 1.8元", "$1.8 per SU", "SUs cost $0.9 each"
_PER_SU_BEFORE = rx.compile(r"(?:每\s*(?:个)?\s*su\s*(?:收费?|计费?|算|折合|合)?|\bper\s+su|"
                            r"\bsus?\s+(?:cost|are|at|priced at|go for)|"
                            r"\bsu\s*(?:单价|价格|费用|price|rate))\s*(?:是|为|按|约|of|=|:)?\s*(?:about|~)?\s*"
                            r"(?:us\$|\$|¥|￥)?\s*$")
_PER_SU_AFTER = rx.compile(r"\s*(?:元|块|美元|usd|rmb|eur|euros?|[$€£¥])?\s*"
                           r"(?:/\s*su|per\s+su|(?:一|每)\s*(?:个)?\s*su)(?![a-z])")


def _priced_su(r: Reading, ratio: float, a: int, b: int) -> None:
    """"1 SU = 1卡时，每SU 1.8元": an amount per service unit is the rent of the GPU-hours one unit stands for
    (not a budget), per GPU-hour."""
    for st in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and x.param
               and (MONEY_PARAM.search(str(x.param)) or (x.param == "gpus" and str(x.text).endswith("块")))
               and not str(x.param).startswith("rent_") and not a <= x.start < b]:
        digits = re.search(r"\d[\d.,]*", r.t[st.start:st.end])
        if digits is None:
            continue
        at = st.start + digits.start()
        if st.param == "gpus":
            # ("1 SU = 1个GPU卡时，每个SU收6块": six yuan a unit, not six cards)
            if _PER_SU_BEFORE.search(r.t[max(0, at - 20):at]):
                r.move(st, "rent_cny_per_hour", value=float(st.value or 0) / ratio, note="")
                return
            continue
        if _PER_SU_BEFORE.search(r.t[max(0, at - 20):at]) \
                or _PER_SU_AFTER.match(r.t, st.start + digits.end()):
            cur = "usd" if "usd" in str(st.param) else "cny"
            was = str(st.param)
            r.move(st, f"rent_{cur}_per_hour", value=float(st.value or 0) / ratio, note="")
            # ("每SU 8元，我们全年预算40万元": the budget said after the unit's price, read as a second one)
            r.promote_duplicate(was)
            return


_CN_AMOUNT = rx.compile(r"[零一二两三四五六七八九十百千万萬亿億]+")


def service_units(r: Reading) -> None:
    """"我们按1 SU = 1个GPU卡时计费，某课题组本季度配额20万SU": an allocation in service units, read as the
    GPU-hours they are defined as (the definition itself is no count of GPUs)."""
    d = _SU_DEFINED.search(r.t)
    per_hour = _HOUR_IN_SU.search(r.t) if d is None else None
    if d is None and per_hour is None:
        return
    if re.search(r"\bhow many (?:sus?|service[- ]units?|(?:gpu[- ])?credits?)\b|(?:多少|几)\s*(?:个)?\s*su\b|"
                 r"\b(?:sus?|service[- ]units?|(?:gpu[- ])?credits?) (?:do|would|will|should) "
                 r"(?:we|i|they)\b", r.t):
        r.params["asks_su"] = True       # "how many SUs do we have to beg for?": the hours in SUs
    if d is None:
        assert per_hour is not None
        d, ratio = per_hour, 1 / float(per_hour.group(1))
        if not ratio > 0:
            return
    else:
        ratio = float(d.group(2) or 1) / float(d.group(1) or 1)
    # (a span reaching into the definition too: "bills in service units: 1 SU = 0.5 GPU-hour")
    inside = [st for st in r.stated if st.start < d.end() and d.start() < st.end
              and st.param not in NAME_PARAMS]
    for st in inside:
        if st.param is not None and r.params.get(st.param) == st.value:
            del r.params[st.param]
    r.stated = [st for st in r.stated if st not in inside]
    for param in {str(st.param) for st in inside if st.param is not None}:
        # ("1 SU = 4 GPU-hours … needs ~12,000 GPU-hours": the definition's hours were read first;
        # "1 SU = 2个GPU卡时 … 够64张A100跑几天": its GPUs, before the count of the cards)
        r.promote_duplicate(param)
    r.add("gpu_hours_per_su", ratio, d.start(), d.end())
    _priced_su(r, ratio, d.start(), d.end())
    for st in [x for x in r.stated if isinstance(x.value, float) and x.note in ("", "duplicate")
               and not d.start() <= x.start < d.end()]:
        # ("给了我们两万SU": the amount in Chinese numerals too)
        digits = AMOUNT_DIGITS.search(r.t, st.start, st.end) or _CN_AMOUNT.search(r.t, st.start, st.end)
        if digits is None or not _IN_SU.match(r.t, digits.end()):
            continue
        if st.param is not None and r.params.get(st.param) == st.value:
            del r.params[st.param]
        r.move(st, "gpu_hours", value=float(st.value or 0) * ratio, note="")
        return



# "105组微调实验（35人×3组）": a count, then in brackets the product it is
_PRODUCT_IN_BRACKETS = rx.compile(r"[(（]\s*(\d+)\s*[\u4e00-\u9fffa-z]{0,3}\s*[×x*]\s*(\d+)\s*"
                                  r"[\u4e00-\u9fffa-z]{0,3}\s*[)）]")


def count_as_product(r: Reading) -> None:
    """"全班一共要做105组微调实验（35人×3组）": the two numbers in brackets multiply to the count said just
    before
    them: they restate it (not 35 users and a stray 3)."""
    for st in [x for x in r.stated if isinstance(x.value, float) and x.param is not None and x.note == ""]:
        m = _PRODUCT_IN_BRACKETS.search(r.t, st.end, st.end + 24)
        if m is None or float(m.group(1)) * float(m.group(2)) != st.value \
                or re.search(r"\d", r.t[st.end:m.start()]):
            continue
        for x in [x for x in r.stated if m.start() <= x.start < m.end()]:
            if x.param is not None and x.note == "" and r.params.get(str(x.param)) == x.value:
                del r.params[str(x.param)]
            r.retag(x, param=st.param, value=st.value, note="restated")
        return


_TTFT_SAID = rx.compile(r"ttft|time[- ]to[- ]first|first[- ]token|首\s*token|首字|queu|排队|latency|延迟")


def peak_headroom(r: Reading) -> None:
    """"how many nodes, with 2x headroom for peak?": a margin for the peak with no time to first token
    (nor queueing) said anywhere is the peak over the average, not a queueing margin on a target that is
    not there."""
    if "peak_factor" in r.params or _TTFT_SAID.search(r.t):
        return
    for st in [x for x in r.stated if x.param == "ttft_margin" and x.note == ""
               and re.search(r"peak|峰", str(x.text), re.IGNORECASE)]:
        r.move(st, "peak_factor")


DAY_SAID = rx.compile(r"每天|每日|日均|一天|天天|/\s*(?:天|日|day|d)\b|\bper day\b|\ba day\b|\bdaily\b|"
                       r"\beach day\b|"
                       r"\bevery day\b")


def items_beside_daily(r: Reading) -> None:
    """"把8万个SKU的listing重写…算下来每天要跑40万次请求": a count of items with no day said, and later the
    requests a day: the requests are the day's load, the items what the work is done for (not a second value
    of the day's requests, the first kept)."""
    first = next((x for x in r.stated if x.param == "queries_per_day" and x.note == ""
                  and r.params.get("queries_per_day") == x.value), None)
    if first is None or DAY_SAID.search(r.t, max(0, first.start - 8), first.end + 4):
        return
    daily = next((x for x in r.stated if x.param == "queries_per_day" and x.note == "duplicate"
                  and x.start > first.end and isinstance(x.value, float)
                  and DAY_SAID.search(r.t, max(0, x.start - 10), x.end + 4)), None)
    if daily is None:
        return
    r.params["queries_per_day"] = float(daily.value)  # type: ignore[arg-type]
    r.retag(daily, note="")
    r.retag(first, note="items_count")


# what the model writes, named right after its length or with the verb that writes it:
# "给每条出个50字左右的摘要", "写一段200字的回复", "generate a 60-word summary"
_WRITTEN_AFTER = rx.compile(r"\s*(?:个|字|汉字|字符|词|单词|tokens?|words?|characters?)?\s*"
                            r"(?:左右|上下|以内|以下)?\s*(?:的)?\s*"
                            r"(?:摘要|总结|小结|标签|文案|描述|点评|评语|简介|标题|摘录|"
                            r"summar(?:y|ies)|captions?|blurbs?|descriptions?)")
# (not "语音转写大概2k token": a transcript, what is read)
_WRITES_BEFORE = rx.compile(r"(?:出|生成|(?<![转抄听速])写|产出|输出)\s*(?:个|一个|一段|一条|一篇)?\s*"
                            r"(?:大概|约|大约)?\s*$")


def written_is_output(r: Reading) -> None:
    """"每条平均120个汉字，想让Qwen2.5 72B给每条出个50字左右的摘要": two lengths read the wrong way round: the
    one the model is said to write (a summary, a reply) is the answer's, the other the text it reads."""
    ins = [s for s in r.stated if s.param == "input_tokens" and s.note == ""]
    outs = [s for s in r.stated if s.param == "output_tokens" and s.note == ""]
    if len(ins) != 1 or len(outs) != 1:
        return
    i, o = ins[0], outs[0]

    def written(s: Stated) -> bool:
        return _WRITTEN_AFTER.match(r.t, s.end) is not None \
            or _WRITES_BEFORE.search(r.t[max(0, s.start - 8):s.start]) is not None
    sided = r"输入|输出|回答|回复|\bin\b|\bout\b|prompt|input|output"
    if written(i) and not written(o) and not re.search(sided, r.t[max(0, o.start - 6):o.end + 6]) \
            and not re.search(sided, r.t[max(0, i.start - 6):i.end]):
        r.params["input_tokens"], r.params["output_tokens"] = o.value, i.value  # type: ignore[assignment]
        r.retag(i, param="output_tokens")
        r.retag(o, param="input_tokens")
