"""Numbers: every number of the question gets exactly one role from its unit and the words
beside it (calc/vocabulary.py) and is resolved to one registry parameter; power, money and
per-card or per-server amounts are told apart here. Part of calc.parse.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from calc import readings, rx, units
from calc.numbers import LINE_ITEM, LIST_MARKER, NOT_A_QUANTITY, Covered, Num, find_numbers
from calc.result import CalcError
from calc.stated import CJK, Reading, Stated
from calc.vocabulary import (
    CLAUSE,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    DAILY_BEFORE,
    DEVICES_ZH,
    EACH,
    INPUT_WORDS,
    KW,
    NAME_PARAMS,
    ONE_USER,
    PER_GPU,
    PER_GPU_RATE,
    PER_SERVER,
    PRICE_CLAIMED,
    PRICE_JUDGED,
    role_of,
)

_NOT_FINITE = rx.compile(r"(?<![a-z])(?:nan|inf|infinity|infinite)(?![a-z])(?=\s*[a-z#&@\u4e00-\u9fff])")


# one of two cards named by its place: "if the first is ~$7,800", "the latter at ~$1,700"
# the cards' price said after them, beside a budget: "Budget is ¥3,000,000 … H100 PCIe cards around $28k"
_CARDS_PRICED_AT = rx.compile(r"(?:#+|\bcards?|\bgpus?|\bchips?|\baccelerators?)\s+(?:are\s+|is\s+)?"
                              r"(?:at|around|about|~|go(?:es)? for|cost(?:s|ing)?|priced at|sell(?:s)? for|"
                              r"run(?:s)?)\s*"
                              r"(?:about|around|roughly|~)?\s*(?:us\$|\$)?\s*$")
_ONE_OF_TWO_PRICED = rx.compile(r"\b(?:the\s+)?(?:first|second|former|latter|other)(?:\s+one)?\s+"
                                r"(?:is|costs?|at|goes for|sells for|runs)\s*(?:about|around|roughly|~)?\s*"
                                r"(?:us\$|\$)?\s*$")
# the words that give a thing its price right before the amount: "an H100 costs $40k", "一张卖11万"
_PRICED_AT = rx.compile(r"(?:\bcosts?|\bis|\bpriced at|\bsells? for|\bgoes for|\bgoing for|卖|要|报价|报)\s*"
                        r"(?:about|~)?\s*$")


# "一张卡" qualifying the rate after it: "一张卡实测1,000 TFLOPS", "一张H100每秒2000 token"
# "一卡一小时12块": a rent's unit
_ONE_CARD_RATE = rx.compile(r"(?:卡|张卡|块卡)\s*(?:一|每)\s*(?:个)?小时|"
                            r"(?:张|块|颗|片)\s*(?:卡|显卡|gpu)?[\s#]*(?:(?:跑|运行|上)[\s#@~]*)?(?:的)?\s*"
                            r"(?:实测|实际|算力|性能|吞吐|每秒|大概|大约|约|能跑|能到|能达到|跑)\s*"
                            r"(?:是|有|为|能|到)?\s*(?:每秒)?\s*[\d一二两三四五六七八九十]|"
                            # "MI325X 一张 256GB，一台 8 卡": each card's memory, not a count of one
                            # ("一张 24G 的卡够吗" is one card, of that memory)
                            r"(?:张|块)\s*(?:卡|显卡)?\s*(?:显存|内存|hbm)?\s*(?:是|有|为|才|只有|只|就|也就)?\s*\d+(?:\.\d+)?\s*(?:gb|g)\b"
                            r"(?!\s*(?:hbm\s*)?(?:的)?\s*(?:卡|显卡|gpu))")


_PER_TURN_ONE = rx.compile(r"(?:轮|回合|条|次)\s*(?:的)?\s*(?:输入|输出|prompt|回复|回答)")
_ONE_HOUR_PRICE = rx.compile(r"\s*(?:个)?小时\s*(?:租金|价格)?\s*[\d一二两三四五六七八九十.]+\s*"
                             r"(?:块|元|美元|美金|刀)")


_PER_SERVER_AMOUNTS = {"watts_per_server", "server_price_usd", "server_price_cny", "server_power_cap_w",
                       "observed_tokens_per_s_per_server"}
_PER_CARD_AMOUNTS = {"hbm_gb_per_gpu", "watts_per_gpu", "price_usd", "price_cny", "rent_usd_per_hour",
                     "rent_cny_per_hour", "observed_tokens_per_s_per_gpu", "gpu_tflops"}


def read_numbers(r: Reading) -> None:
    masked = r.masked
    if _NOT_FINITE.search(masked):
        raise CalcError("bad_number", "err.not_finite_any", hint_key="hint.try", param="users")
    taken = 0                    # a number inside the words of the previous one ("40万元一张")
    for n in find_numbers(masked):
        if n.start < taken:
            continue
        if n.high:
            r.vague[n.start] = n.high
            r.vague_low[n.start] = n.value
        if not math.isfinite(n.value) or abs(n.value) > 1e40:
            raise CalcError("bad_number", "err.too_large", hint_key="hint.try", param="users")
        negative = n.start > 0 and masked[n.start - 1] == "-" and (
            n.start < 2 or not masked[n.start - 2].isalnum())
        value = -n.value if negative else n.value
        if masked[n.start:n.end] == "一" \
                and re.match(r"度(?!\s*[\d一二两三四五六七八九十])", masked[n.end:n.end + 2]) \
                and re.search(r"(?:电价|電價|电费|電費|电|電)\s*$", masked[max(0, n.start - 4):n.start]):
            continue                     # ("電價一度大約 NT$4": per kWh, the unit of the price after it)
        if masked[n.start:n.end] == "一" and (_ONE_CARD_RATE.match(masked, n.end) or _ONE_HOUR_PRICE.match(
                masked, n.end)):
            # "一张卡实测1000 TFLOPS", "一小时12块": per card or hour, not a count (said with the rate)
            hour = re.match(r"个?小时", masked[n.end:n.end + 3])
            r.ones.append((n.start, n.end + (hour.end() if hour else 1), "hour" if hour else "card"))
            continue
        if masked[n.start:n.end] == "一" and _PER_TURN_ONE.match(masked, n.end):
            continue                     # ("每次大概8轮，一轮输入差不多1k token": per turn, not one)
        if masked[n.start:n.end] == "一" and r.stated and not masked[r.stated[-1].end:n.start].strip() and (
                (re.match(r"[张块颗片](?![卡够能放装行跑])", masked[n.end:n.end + 2])
                 and r.stated[-1].param in _PER_CARD_AMOUNTS)
                or (re.match(r"[台柜](?![服机够能放装行跑])", masked[n.end:n.end + 2])
                    and r.stated[-1].param in _PER_SERVER_AMOUNTS)):
            # "96G 一张", "700W 一块": the amount is each card's, not a count of one
            r.stated[-1] = replace(r.stated[-1], text=r.norm.quote(r.stated[-1].start, n.end + 1),
                                   end=n.end + 1)
            taken = max(taken, n.end + 1)
            continue
        if n.raw == "单" and re.search(r"(?:tok(?:en)?s?\s*/\s*s|tokens?)\s*[(（]\s*$",
                                     masked[max(0, n.start - 16):n.start]):
            continue                     # "每秒 900 token（单卡）": the rate's own qualifier, per card
        role, a, b = role_of(masked, n)
        if n.kind == "words" and re.fullmatch(r"(?:tripl|quadrupl)\w*", n.raw):
            role, a, b = "factor", n.start, n.end    # "HBM demand triples by 2027": a factor of three
        if n.raw.startswith("翻") and n.raw.endswith("番"):
            # "每年翻两番": quadruples a year; "翻两番" alone: a factor of four
            role, a, b = ("factor_per_year" if re.search(r"(?:每年|年均|一年|每一年)[^，,。；;]{0,6}$",
                                                         masked[max(0, n.start - 12):n.start])
                          else "factor"), n.start, n.end
        if a == n.start > 0 and masked[a - 1] in "x×" and (a < 2 or not masked[a - 2].isalnum()):
            a -= 1                       # "x3 epochs", "peak x2.5": the factor's sign is its span
        if a < n.start:
            _drop_inside(r, a, n.start)
        _assign(r, role, n, a, b, value)
        if role != "number":
            taken = max(taken, b)
            if r.stated and r.stated[-1].start == a and r.stated[-1].param is not None:
                taken = max(taken, r.stated[-1].end)   # "2500 tok/s on one H100": its words


def _drop_inside(r: Reading, a: int, b: int) -> None:
    """A number whose words reach back over an earlier number ("一小时大概15块钱": the rent per
    hour) takes that span: the earlier reading of its words goes."""
    r.pending = [p for p in r.pending if not (a <= p[2] and p[3] <= b)]
    keep: list[Stated] = []
    for st in r.stated:
        if a <= st.start and st.end <= b and st.param not in NAME_PARAMS \
                and st.param != "gpus_per_server":    # "每台8卡¥120万": the size stays
            if st.param is not None and st.note == "" and r.params.get(st.param) == st.value:
                del r.params[st.param]
            continue
        keep.append(st)
    r.stated = keep


_DIGITS = rx.compile(r"\d+(?:[.,]\d+)*")
# Chinese numerals with a unit or a decimal point ("七百", "一点三"), not words like "统一"
_CJK_NUMERAL = rx.compile(r"[零一二两三四五六七八九]+(?:[十百千万亿][零一二两三四五六七八九十百千万亿]*"
                          r"|点[零一二两三四五六七八九]+)+")


def leftover_digits(r: Reading) -> None:
    """A safety net: digits the number reader did not take ("pue1.4x", "24/7") are still
    stated spans, named as unused, so nothing typed is dropped silently."""
    # a map of covered positions, not a scan of every span per match: 1,000 numbers in one
    # message took ~250 ms (quadratic), all of it with the event loop blocked
    covered = Covered(len(r.masked), [(s.start, s.end) for s in r.stated])
    for m in (*_DIGITS.finditer(r.masked), *_CJK_NUMERAL.finditer(r.masked)):
        tech = _TECH_WORD.search(r.masked, max(0, m.start() - 6), m.end())
        if tech is not None and tech.end() == m.end():
            continue                     # "DDR5", "PCIe Gen5": a technology's name, not a quantity
        if any(w.start() <= m.start() < w.end() for w in _NAME_WITH_DIGITS.finditer(
                r.masked, max(0, m.start() - 4), m.end() + 4)):
            continue                     # "V2EX 上有人说", "k8s": a site's or a tool's name
        if len(m.group(0)) == 1 and NOT_A_QUANTITY.match(r.masked, m.end()):
            continue                     # "3 things for our deck": the asks counted, not a quantity
        if _LETTER_LED.search(r.masked, max(0, m.start() - 2), m.start()) and len(m.group(0)) <= 2 \
                and re.match(r"[a-z]{0,2}(?![a-z0-9])", r.masked[m.end():]):
            continue                     # "on the Q3 call", "25 MW of S21s": a label, a letter and its number
        if (LIST_MARKER.match(r.masked, m.start()) and len(LIST_MARKER.findall(r.masked)) >= 2) or (
                LINE_ITEM.match(r.masked, m.start()) and len(LINE_ITEM.findall(r.masked)) >= 2):
            continue                     # "1) GPU-hours for … 2) meta reported …": a list's numbering
        if not (covered.covers(m.start()) or covered.covers(m.end() - 1)):
            pct = m.start() > 0 and r.masked[m.start() - 1] == "p" and m.group(0) in _PERCENTILES
            # ("10x10s, 5x5 lockers": a size, one number by another)
            size = not pct and (re.match(r"\s*[x×]\s*\d", r.t[m.end():m.end() + 4]) is not None
                                or re.search(r"\d\s*[x×]\s*$",
                                             r.t[max(0, m.start() - 4):m.start()]) is not None)
            r.add(None, None, m.start() - pct, m.end() if pct else word_after(r.t, m.end()),
                  note="percentile" if pct else "dimension" if size else "")


_LETTER_LED = rx.compile(r"(?<![a-z0-9$€£¥#&])(?![xrp]$)[a-z]$")   # (not "p99": a percentile, named)
_NAME_WITH_DIGITS = rx.compile(r"(?<![a-z0-9])(?:v2ex|b2b2c|b2b|b2c|p2p|k8s|web3|ec2|s3|36kr|co2|ao3|f2p|p2w|"
                               r"c2c|o2o|m2m|g2c|b2g|d2c)(?![a-z0-9])")
_TECH_WORD = rx.compile(r"(?<![a-z])(?:lp|g)?ddr\d|hbm\d|gen\s?\d|pcie\s?\d|nvlink\s?\d|usb\s?\d")
_PERCENTILES = ("50", "90", "95", "99", "999")
_PERCENTILE_WORD = rx.compile(r"(?:th|st|nd|rd)?\s*(?:pct|percentile|%ile)\b|\s*分位")


_YEN_AFTER = rx.compile(r"[^\d;,.。，]{0,24}?\byen\b")
# ("every line to start coming back in under 300 ms": the answer's start)
TTFT = rx.compile(r"ttft|\b(?:must |should )?(?:begin|start)(?:s|ing)?\s+(?:with)?in\b|"
                  # ("Need the phone bot to respond within 500 milliseconds … 100ms/token": the reply's start)
                  r"\b(?:respond|reply|answer|pick up)(?:s|ing)?\s+(?:with)?in\b|"
                  # ("want the booking chat to start answering in under 800 ms": the answer's start)
                  r"\b(?:begin|start)(?:s|ing)?\s+(?:to\s+)?(?:answer|repl[yi]|respond|talk|typ|speak|stream|writ|"
                  r"show|appear|display)"
                  r"[a-z]*\s+(?:with)?in\b|"
                  r"\b(?:begin|start)(?:s|ing)?\s+(?:coming back|streaming|to (?:come back|stream|appear))\b|"
                  # ("nobody waits more than 1 second for the reply to start")
                  r"\b(?:for|before|till|until)\s+(?:the|a|an|its|their|each|every)?\s*(?:reply|answer|response|"
                  r"text|words?|output)\s+(?:to\s+)?(?:start|begin|appear|show)|"
                  # ("want the first bit of the reply back within 1.5 secs")
                  r"first\s+(?:bit|part|chunk|piece|few words|line)\s+of\s+(?:the|a|an|its|their)\s+"
                  r"(?:reply|answer|"
                  r"response|text|output)|"
                  r"first[- ](?:token|"
                  r"response|reply|byte|"
                  r"words?(?: of (?:each|the|a) (?:reply|answer|response))?)|"
                  r"首\s*token|首字|首个\s*token|首包|首次响应")
PER_TOKEN = rx.compile(r"per (?:output )?tok(?:en)?\b|(?:each|every) (?:output )?token\b|tpot|每个?字|单字|"
                       r"逐字|出字|吐字|"
                       r"单\s*token|"
                       r"每个?\s*(?:输出)?\s*token|"
                       r"每\s*token|/\s*(?:output )?tok(?:en)?\b|/\s*tk\b")
# (not a draw said all in: "pulls 1.2 kW all in" is the box's whole draw, no purchase asked)
ALL_IN = rx.compile(r"(?<![\dkmg ]w )(?<![\dkmg ]w, )(?<!watts )(?<!a card )(?<!per card )(?<!a gpu )"
                    r"(?<!per gpu )(?<!a box )(?<!per box )all[- ]in\b|"
                    r"includ\w* (?:the )?(?:servers?|network\w*|facilit\w*|data ?cent\w*)"
                    r"|全部成本|总成本|含服务器|包括服务器|包含服务器|含网络|包括网络")

# ("ein Supermicro-Server mit 8x L40S schafft ~3.400 Token/s": a vendor's name on the server)
_NODE_OF = rx.compile(r"\b(?:a|one|each|per|every)\s+(?:[a-z]+[- ])?(?:node|server|box|machine|chassis)\s+"
                      r"(?:of|with)\s+"
                      r"\S+\s*#+|"
                      # ("8x H100 node measured 12k tok/s": one box of its size, named singular)
                      r"\b\d{1,2}\s*[x×]\s*#+\s*(?:[a-z]+\s+)?(?:node|server|box|machine|chassis)\b(?!s)[^,;]{0,24}$|"
                      r"\d+\s*(?:卡|张)\s*(?:一台|单机|整机|一个节点|的机器)")
_BUDGET_FOR_AFTER = rx.compile(r"\s*(?:元|块)?\s*(?:的)?\s*(?:gpu|ai|算力|显卡|硬件)\s*(?:的)?\s*"
                               r"(?:预算|经费)")
_CIRCUIT_CARRIES = rx.compile(r"\b(?:circuit|breaker|outlet|socket|ups|pdu)\b[^.,;?!]{0,30}?"
                              r"\b(?:handles?|takes?|carr(?:y|ies)|supplies|supply|gives?|provides?|supports?|"
                              r"is rated(?: for| at)?)\s*(?:about|around|~|only|up to|roughly|maybe)?\s*$")
# a box named by its size: "8x box", "8x H100 box" (one box, singular)
_SIZE_X_BOX = rx.compile(r"\s*[x×]\s*(?:[#&@]+\s*)?(?:gpus?\s+|cards?\s+)?"
                         r"(?:box|server|node|machine|chassis|rig)\b(?!e?s\b)")
_SIZE_X_BOXES = rx.compile(r"\s*[x×]\s*(?:[#&@]+\s*)?(?:gpus?\s+|cards?\s+)?"
                           r"(?:boxes|servers|nodes|machines|rigs)\b")
# a text's unit right after its length: "150个英文单词", "800字", "300 words"
_TEXT_UNIT_AFTER = rx.compile(r"\s*(?:个)?\s*(?:英文|中文|english |chinese )?"
                              r"(?:单词|词(?!元)|汉字|字符|字(?!节)|words?\b|characters?\b|chars?\b)")
# ("we need 4 of them in one box": what goes in a box is its cards)
_IN_ONE_BOX = rx.compile(r"\s*of (?:them|those|these|em|'em)\s+(?:in|into|inside|per)\s+"
                         r"(?:one|a|a single|the same|each|every|one single)\s+(?:[a-z0-9-]+\s+)?"
                         r"(?:box|server|node|machine|chassis|rig|workstation|tower)\b")
# the start of a clause (or of a line) just before: "8 gpu h100 box, finetune …" said first
CLAUSE_START = rx.compile(r"[\n,，;；。:：!?？(（]\s*$")
# "each measured at", "each one doing about": every counted thing's own rate, said before it
# ("each of our 2 inference nodes does ~5k tokens/s", "our 2 nodes each do ~5k tokens/s")
_EACH_RATE_BEFORE = rx.compile(r"\beach(?:\s+(?:one|of them|card|gpu|node|server|box|"
                               r"of (?:our|the|their|its|my|these|those)\s+(?:\d+\s+)?(?:[a-z-]+\s+)?"
                               r"(?:nodes?|servers?|boxe?s?|machines?|cards?|gpus?|#+s?)))?\s+(?:[a-z]+\s+){0,2}?"
                               r"(?:at|does|do|doing|gets|get|getting|pushes|push|pushing|delivers|deliver|hits|"
                               r"hit|hitting|runs at|"
                               r"manages|measured at|benchmarked at|sustains|sustaining)"
                               r"\s*(?:about|around|~|roughly)?\s*$")
_ON_TOP_OF = rx.compile(r"(?:on top of|in addition to|besides|beyond|over and above)\s*(?:the|our|my)?\s*$")
DIRECT = {"gpu_count": "gpus", "speedup": "speedup", "gpus_per_server": "gpus_per_server",
           "servers": "servers",
           "tokens_basis": "per_tokens", "tokens_per_day": "tokens_per_day",
           "tokens_per_user_day": "tokens_per_user_day", "epochs": "epochs", "runs": "runs",
           "usd_cny": "usd_cny",
           "gpu_hours": "gpu_hours", "gpu_years": "gpu_years", "qps": "qps",
           "concurrent_users": "concurrent_users", "observed_tokens_per_s": "observed_tokens_per_s",
           "input_tokens": "input_tokens", "output_tokens": "output_tokens",
           "active_params": "active_params", "params": "params", "capacity_flops": "capacity_flops",
           "gpu_tflops": "gpu_tflops", "train_flops": "train_flops", "hbm_multiple": "hbm_multiple",
           "factor": "factor", "pue": "pue", "peak_factor": "peak_factor", "year": "year",
           "tensor_parallel": "tensor_parallel", "batch_per_replica": "batch_per_replica",
           "replicas": "replicas", "ttft_margin": "ttft_margin", "queries_each": "queries_per_user"}


_RATE_TOTAL = rx.compile(r"\s*(?:in )?(?:total|overall|combined|altogether|aggregate|合计|总共|总计|整体)")
_AT_ONCE = rx.compile(r"[^,.;，。；?？!！\d%]{0,40}?(?:\bat once\b|\bat the same time\b|\bsimultaneously\b|"
                      r"\bconcurrently\b|同时在线|同时使用|同时访问|同时(?!在线|使用|访问))"
                      r"(?!\s*(?:[\d一二三四五六七八九十两]|比例|率|占比|的比例|online rate))")


_BARE_A_DAY = rx.compile(r"\s*(bn|mn|[kmbt])?\s*/\s*(?:day|d)\b")


_DAILY_OF_THEM = rx.compile(r"\s*of (?:them|those|these)\s+(?:are\s+|being\s+)?(?:active\s+)?"
                            r"(?:daily|every day|each day|"
                            r"on (?:a|any) (?:given |typical )?day)\b")


_WEEK_OR_MONTH = rx.compile(r"\bweekly\b|\bmonthly\b|\bwau\b|\bmau\b|周活|月活")
_DAILY_COUNT_AFTER = rx.compile(r"\s*(?:are\s+|of them\s+)?"
                                r"(?:daily|dau|each day|on a given day|per day|a day)\b"
                                r"(?!\s*(?:queries|requests|reqs|messages|msgs|calls|tokens|prompts|chats|sessions))")
_DAILY_COUNT_BEFORE = rx.compile(r"\b(?:daily|dau)\s*(?:actives?|active users|users)?\s*"
                                 r"(?:is|are|=|:|of|at)?\s*"
                                 r"(?:around|about|roughly|~|approx\.?|maybe|only)?\s*$")


def _daily_share(t: str, at: int) -> str:
    """The parameter a day's share of the users counted before `at` is: of weekly users ("6M weekly
    listeners, ~35% of them listen daily") or, else, of monthly ones."""
    weekly = re.search(r"weekly|\bwau\b|周活|(?:users|actives?)\s+(?:per|a|each)\s+week\b", t[:at]) \
        and not re.search(r"monthly|\bmau\b|月活|(?:users|actives?)\s+(?:per|a|each)\s+month\b", t[:at])
    return "dau_per_wau" if weekly else "dau_per_mau"


# the things a count with 台 or 辆 is of, when they are no servers: cars and devices, said before it in the
# clause
_THINGS_COUNTED = rx.compile(r"(?:车辆|車輛|汽车|汽車|(?<![服机])车(?!间|位)|車|机器人|機器人|" + DEVICES_ZH
                             + r")(?!\s*(?:服务器|上的?卡))")
_COUNTER_TAI = rx.compile(r"\s*(?:台|辆|輛)"
                          r"(?!\s*(?:服务器|服務器|机器(?!人)|機器(?!人)|整机|节点|机柜|dgx|hgx))")
_AT_ONCE_ZH = rx.compile(r"同时|同時|在线|在線|并发|並發")
_PER_ITEM_AFTER = rx.compile(r"['\"’”]?\s*(?:(?:in|of)\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:per|/|each|every)\s*"
                             r"(?:call|request|req|query|ticket|summary|chat|conversation|message|transcript|"
                             r"answer|reply|task|question|booking|order|document|doc|page|email|lookup|search)s?\b")
_SERVER_NAMED_ZH = rx.compile(r"服务器|服務器|整机|节点|機櫃|机柜|dgx|hgx|&")


def _assign(r: Reading, role: str, n: Num, a: int, b: int, value: float) -> None:
    t = r.t
    users = r.params.get("users")
    if role in ("gpu_count", "users") and isinstance(users, float) and 0 < value < users \
            and (daily := _DAILY_OF_THEM.match(t, n.end)):
        # "~90M weekly actives, about 40M of them daily": the day's share of the users counted before
        r.add(_daily_share(t, n.start), value / users, a, daily.end())
        return
    if role == "number" and isinstance(users, float) and 0 < value < users \
            and _WEEK_OR_MONTH.search(t[:n.start]) and (
                (daily := _DAILY_COUNT_AFTER.match(t, n.end))
                or (said := _DAILY_COUNT_BEFORE.search(t, max(0, n.start - 24), n.start))):
        # "30M weekly actives, roughly 9M daily", "5M weekly users, daily around 1.5M": the day's share
        if daily:
            r.add(_daily_share(t, n.start), value / users, a, daily.end())
        elif said:
            r.add(_daily_share(t, n.start), value / users, min(a, said.start()), b)
        return
    if role == "users" and value == 1 and n.raw.strip() == "一" and re.match(r"\s*家", t[n.end:n.end + 3]):
        return                           # ("国内一家公司要给3000万日活…": a company, not one user)
    if role in ("gpu_count", "servers") and value.is_integer() and 2015 <= value <= 2035 \
            and "," not in n.raw and _SHIPPED.match(r.masked[n.end:]):
        r.add("year", value, n.start, n.end)    # "2025 NVL72 shipments ≈ 30k racks": the year of them
        return
    if role == "gpu_count" and _BUDGET_FOR_AFTER.match(t, n.end):
        role = "budget"                  # ("批了50万GPU预算": money for GPUs, not half a million of them)
    if role == "servers" and 2 <= value <= 16 and value.is_integer() and (box := _SIZE_X_BOX.match(t, n.end)):
        # ("our 8x box does 9k tokens/sec": one box of eight cards, not eight boxes)
        r.add("gpus_per_server", value, a, max(b, box.end()))
        return
    if role == "servers" and 2 <= value <= 16 and value.is_integer() and _SIZE_X_BOXES.match(t, n.end) \
            and r.stated and r.stated[-1].param is None and isinstance(r.stated[-1].value, float) \
            and not t[r.stated[-1].end:a].strip() and "servers" not in r.params:
        # ("we have 4 8x boxes of H100": four boxes of eight cards each)
        r.params["servers"] = r.stated[-1].value
        r.retag(r.stated[-1], param="servers")
        r.add("gpus_per_server", value, a, b)
        return
    if role in DIRECT and DIRECT[role] in ("input_tokens", "output_tokens") \
            and (unit := _TEXT_UNIT_AFTER.match(t, n.end)):
        # ("回复大概150个英文单词": a text's length in words or characters, tokens at its ratio, derive)
        r.pending.append(("text", n, n.start, unit.end(), value))
        return
    head_clause = CLAUSE.split(r.masked[max(0, a - 40):a])[-1]
    before8, before14 = t[max(0, n.start - 8):n.start], t[max(0, n.start - 14):n.start]
    if role == "price" and value < 500 and _BARE_CARD.search(before8):
        role = "number"                  # "卡 8，…": a bare number after the word for card, no price
    if role == "gpu_count" and value >= 1000 and (kuai := _KUAI_MONEY.match(t, n.end)) \
            and _ONE_SERVER_BEFORE.search(before14):
        # "4090 机器 8 卡一台 12 万块": a server's price in yuan, not 120,000 cards
        r.add("server_price_cny", value, a, n.end + kuai.end())
        return
    if role in ("input_tokens", "output_tokens") and value >= 1e7 and readings.BATCH_WORDS.search(t) \
            and not KW["train"].search(t):
        r.add("tokens_per_day", value, a, b)   # "nightly eval = 600M output tokens": the job's
        return
    if role == "output_tokens" and value >= 1e6 and not KW["train"].search(t) \
            and DAILY_BEFORE.search(CLAUSE.split(t[max(0, a - 30):a])[-1]) \
            and not INPUT_WORDS.search(t):
        r.add("tokens_per_day", value, a, b)   # "Daily we need 400M output tokens": the day's
        return
    if role in ("input_tokens", "output_tokens") and (money := _PRICE_AFTER.match(t, n.end)) and (any(
            "per_million" in str(st.param) for st in r.stated) or re.search(r"百万|\bper million\b", t)):
        # "输入每百万 token 2 元、输出 8 元": the output's price beside the input's, not 8 tokens;
        # "每百万 token 成本多少？官方 API 输入 2 元、输出 8 元": both sides' prices, the million said before
        cur = "usd" if money.group(1) in ("美元", "美金", "刀") else "cny"
        first = next((st for st in r.stated if "per_million" in str(st.param)), None)
        if first is not None and role == "output_tokens" and str(first.param).endswith("per_million_tokens") \
                and _INPUT_PRICE.search(t[max(0, first.start - 16):first.start]):
            r.params.pop(str(first.param), None)
            r.stated = [replace(st, param=f"{cur}_per_million_input_tokens") if st is first else st
                        for st in r.stated]
            r.params[f"{cur}_per_million_input_tokens"] = first.value      # type: ignore[assignment]
        r.add(f"{cur}_per_million_tokens" if role == "output_tokens" else f"{cur}_per_million_input_tokens",
              value, a, money.end())
        return
    if role == "tokens_basis" and value >= 1e9 and re.search(r"\btrain|pretrain|\bepochs?\b|训练", t):
        role = "tokens"                  # ("a Llama 3 70B run … the energy cost for 15T tokens": the run's)
    if role == "tokens" and value <= 1000 and re.search(r"每秒\s*(?:至少|最少|不低于|起码|要|能)?\s*$",
                                                     t[max(0, a - 8):a]):
        # "每秒至少 25 个 token": one stream's speed, a time per output token (1000 / 25 ms)
        r.add("tpot_ms", 1000 / value, a, b)
        return
    if role == "servers" and (unit := _COUNTER_TAI.match(t, n.end)) \
            and _THINGS_COUNTED.search(clause := CLAUSE.split(t[max(0, a - 24):a])[-1]):
        # "同时在线对话的车大概15万台", "联网车辆有200万台": cars or devices counted with 台, not servers (at
        # once: the streams open together)
        r.add("concurrent_users" if _AT_ONCE_ZH.search(clause) else "users", value, a, unit.end())
        return
    if role == "servers" and value >= 2e6 and (unit := _COUNTER_TAI.match(t, n.end)) \
            and not _SERVER_NAMED_ZH.search(CLAUSE.split(t[max(0, a - 24):a])[-1]):
        # ("从3500万台涨到9000万台": millions counted with 台 are devices, each a user; no fleet is that many
        # servers)
        r.add("users", value, a, unit.end())
        return
    if role == "servers" and (kw := re.match(r"\s*(?:千瓦|kw\b)", t[n.end:])):
        # "每台 DGX B200 约 14.3 千瓦": a server's draw, not 14.3 servers
        _assign_power(r, "kilowatts", a, n.end + kw.end(), value)
        return
    if (dbl := _PERIOD_DOUBLING.match(t, n.end)) is not None:
        # "with a 5-month doubling": the doubling time said as a compound
        r.add("doubling_months", value * (12 if dbl.group(1) == "year" else 1), n.start, dbl.end())
        return
    if (dbl := _PERIOD_THEN_DOUBLES.match(t, n.end)) is not None and role not in ("months", "years"):
        # "训练算力 6 个月翻倍": a doubling time, whatever the words before the number name
        r.add("doubling_months", value * (12 if dbl.group(1) == "年" else 1), n.start, dbl.end(1))
        return
    if role == "capacity_flops" and (
            # (a pasted sheet's line ends a clause: "目标算力:50 EFLOPS (FP8)\n卡型:B300\n每张价格…")
            # (nor "… 多少张 每张3.5万美元": a price per card, its own number after it)
            PER_GPU.search(head_clause) or ((after := PER_GPU.search(
                CLAUSE.split(r.masked[b:b + 20].split("\n")[0])[0])) is not None
                and not re.match(r"\s*(?:约|大约|大概|~)?\s*(?:us\$|\$|¥)?\s*\d", r.masked[b + after.end():]))
            or ((re.search(r"#+\s*(?:的|'s)", head_clause) or _CARD_RATE_HEAD.search(head_clause)
                 # "H100 fp8 稠密大概 2 PFLOPS": the card named, then its rate
                 or re.search(r"#+\s*~*\s*(?:稠密|稀疏|dense|sparse)?\s*(?:算力|峰值)?\s*"
                              r"(?:大概|大约|约|是|为|有|接近|达到|about|is|does|~)?\s*$", head_clause))
                and value < 50 and re.match(r"\s*p", t[n.end:b])
                and not any(s.param in ("gpus", "servers") and s.end <= a for s in r.stated))):
        # "each B200 gives 2.25 PFLOPS", "H100的FP8算力接近2 PFLOPS": one chip's rate
        role = "gpu_tflops"
    if role == "gpu_count" and re.match(r"\s*块(?!卡|\s*(?:gpu|显卡|h\d|a\d|#))", t[n.end:n.end + 4]) \
            and re.search(r"(?:卡时|价|成本|租金|报价|收费|费用|按量|按需|包月|包年)\s*[^，,。；;]{0,6}$",
                          t[max(0, a - 14):a]):
        # "卡时成本 12 块": 12 yuan, not 12 cards
        role = "rent" if re.search(r"卡时|按量|按需", t[max(0, a - 14):a]) else "price"
    if role == "servers" and value in (2, 4, 8, 16) and re.match(
            r"\s*[x×]\s*(?!hgx|dgx)[a-z]+[a-z0-9-]*\s*(?:sxm\s*|pcie\s*)?(?:(?:servers|nodes|boxes)\b|服务器|节点|整机)",
            t[n.end:n.end + 30]) and re.match(r"\s*[x×]", r.masked[n.end:n.end + 4]) \
            and not any(s.param in ("servers", "gpus") for s in r.stated):
        # (not "4 XE9680 servers": a server product's name, blanked, whose first letter is x)
        role = "gpus_per_server"         # "on 8x H100 servers": each server's cards, not 8 servers
    if role == "gpus_per_server" and (value > 576 or (value > 144 and not re.search(r"nvl\s*576", t))):
        # "a 10,000-GPU GB200 NVL72 deployment", "$157k per server, 400 cards": no server holds that many
        # (the largest racks hold 72, 144 or 576)
        role = "gpu_count"
    if role == "servers" and value == 1 and (box := re.match(r"\s*#+\s*(box|rig|workstation|pc|desktop)\b",
                                                              r.masked[n.end:n.end + 30])) and (
            box.group(1) != "box" or any(str(st.value).startswith("rtx") for st in r.stated
                                         if st.param == "accelerator" and st.start >= n.end)) and \
            not re.match(r"\s*(?:with|w/|of|having|holding|that has)\s*\d+\s*(?:x\s*)?(?:cards?|gpus?)\b",
                         r.masked[n.end + box.end():n.end + box.end() + 30]):
        # "a single RTX 4090 box": the box of that one card (a data-centre card's box is a server:
        # "fit in one h200 box (8 GPUs per node)", and so is "one 4090 box with 8 cards")
        role, b = "gpu_count", n.end
    if role == "factor" and value >= 1e8 and re.match(r"\s*[x×*]\s*[\d.,]+\s*[kmbt]?\s*(?:tokens?|toks?)\b",
                                                      t[n.end:n.end + 24]):
        role, b = "params", n.end        # "70B x 1.4T tok": a model's size times its tokens (6ND)
    if role == "peak_factor" and value > 20:
        # "QPS峰值1200": a peak load, not a peak-to-average ratio
        role = "qps" if re.search(r"qps|rps|请求|requests", t[max(0, a - 12):b + 8]) else "number"
    if role == "gpu_count" and 2000 <= value <= 2100 and float(value).is_integer() and "," not in n.raw \
            and _YEAR_NOUN.match(t, n.end):
        role, b = "year", n.end          # "if 2026 accelerator shipments are 7M units": the year
    if role in ("gpu_count", "factor") and _SPEED_OF.search(r.masked[max(0, n.start - 40):n.start]) \
            and re.match(r"\s*(?:x|×)\s*(?:of\s+)?(?:an?\s+|the\s+)?#", r.masked[n.end:n.end + 12]):
        # "B200 is 3x H100", "B200 = 2.5x H100 per card", "does 4x H100 throughput": a speed ratio
        role, b = "speedup", n.end + len(re.match(r"\s*(?:x|×)", t[n.end:]).group())  # type: ignore[union-attr]
    if role == "input_tokens" and value < 50 and re.match(r"\s*prompts\b", t[n.end:n.end + 9]) \
            and _SENDS.search(t[max(0, n.start - 16):n.start]):
        role = "queries"                 # "each sends 10 prompts, 1,000-token replies": ten requests
    if role == "factor" and 1 < value <= 20 and (per_card := _X_PER_CARD.match(t, n.end)) \
            and sum(n.kind == "acc" for n in r.names) >= 2 and re.search(r"\bmatch|替代|顶替|相当于", t):
        role, b = "speedup", per_card.end()   # "match 1,000 H100s with MI355X, assume 1.6x per gpu"
    if role == "rent" and value >= 2000:
        role = "budget"                  # "折合 557万美元，按 2 美元一小时租金": a total, no hourly rent
    if role == "price" and 4 <= value <= 10 and _AT_RATE.search(t[max(0, n.start - 6):n.start]) \
            and KW["usd"].search(t) and KW["cny"].search(t) and "usd_cny" not in r.params and not (
                CURRENCY_BEFORE.search(t[max(0, n.start - 3):n.start])
                or CURRENCY_AFTER.search(t[n.end:n.end + 8])):
        role, b = "usd_cny", n.end       # "spend in ¥bn at 7.2": the exchange rate, not a ¥7.2 card
    if role in ("price", "budget") and _USERS_GO.search(t[max(0, n.start - 24):n.start]) and not (
            CURRENCY_BEFORE.search(t[max(0, n.start - 3):n.start])
            or CURRENCY_AFTER.search(t[n.end:n.end + 8])):
        role, b = "users", n.end         # "if DAU goes 2M → 12M": the users today, then reached
    if role == "capacity_flops" and value >= 1e21 and _TRAIN_WORDS.search(t) and \
            re.match(r"\s*flops?(?![a-z])(?!\s*/\s*s)", t[n.end:n.end + 8]):   # ("2e21 FLOPs的额度")
        # "算力预算6.4e24 FLOPs，用2048张H800训练": a training run's FLOPs, not a rate of them
        role = "train_flops"
    if role == "electricity" and value > 50 and _BILL_WORD.search(t[max(0, n.start - 8):n.start]):
        role = "budget"                  # "一年电费约3.8亿元": a bill's amount, no tariff is that high
    if role == "price" and _BATCH_HEAD.search(t[max(0, n.start - 20):n.start]) and not (
            CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start])
            or CURRENCY_AFTER.search(t[n.end:n.end + 16])):
        role, b = "batch_per_replica", n.end   # "batch cap 32 each": each replica's batch, no money in it
    if role == "budget" and value <= 1e5 and any(s.param == "gpus" and s.end <= a for s in r.stated) \
            and re.match(r"\s*(?:avg|average)\b(?!\s*(?:/|per\b|an?\s+h))", t[b:]):
        role = "price"        # "485k H100s … at ~$30k avg": the average paid a card, not a budget
    if role == "gpu_count" and CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start]):
        role = "budget"       # "a $24bn accelerator budget": money, not a count
    if role == "budget" and value <= 1e5 and re.match(r"\s*#", r.masked[n.end:n.end + 3]) \
            and CURRENCY_BEFORE.search(t[max(0, n.start - 3):n.start]) \
            and re.search(r"(?:\b(?:an?|one|each|the|per|list(?: price)?|asp|msrp)|@)\s*~?\s*"
                          r"(?:us\$|\$|¥|￥)\s*$", t[max(0, n.start - 16):n.start]):
        # "How much of a $40k B200 is HBM?", "20% off list $40k B200": the card's price, said before its name
        role = "price"
    if role in ("price", "number") and (per_day := _BARE_A_DAY.match(t, n.end)) \
            and not CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start]) \
            and re.search(r"\btokens?\b[^.;!?。；！？]*$", t[max(0, n.start - 80):n.start]):
        # "tokens served … growing 150%/yr, at 2B/day rn", "at 500M/day now": a day's tokens, no money
        role, a, b = "tokens_per_day", n.start, per_day.end()
        value *= {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12}.get(per_day.group(1) or "",
                                                                                      1.0)
    if role == "params" and value < 1e4 and re.match(r"\s*(?:in\s+)?total\b", t[n.end:]) \
            and re.search(r"#[^.;?!]*$", r.masked[max(0, n.start - 120):n.start]):
        role = "gpu_count"    # ("L40S cards in a colo for the tool, 8 total": the cards, no model size)
    if role in ("params", "active_params") and CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start]):
        role = "budget"       # "$12M total to spend": money, not a model's size
    if role == "tokens_per_user_day" and value >= 1e7 and not re.search(
            r"\b(?:each|per|a)\s+(?:user|head|person|seat)\b|每人|人均|每个?用户|apiece", t[a:b + 16]):
        role = "tokens_per_day"   # "our users generate ~400M output tokens a day": all of them, no one user's
    if role == "gpu_count" and value >= 1e8 and re.match(r"\s*['\"‘“]?\s*§", r.masked[n.end:n.end + 8]) \
            and re.search(r"\d\s*[bt]$", t[n.start:n.end]):
        # ("our own 7B 'AdLM'": a size in billions before a name the catalog lacks)
        role, b = "params", n.end
    if role == "gpu_count" and value >= 1e9 and re.fullmatch(r"[\d.,]+\s*b", t[n.start:n.end]) \
            and re.match(r"\s+(?:for|on|model|run|trained|training)\b", t[n.end:n.end + 12]):
        # ("70B for 60 days on 4,096 H100s": a model's size, no fleet of 70 billion)
        role, b = "params", n.end
    if role == "params" and value < 1e5 \
            and (re.match(r"\s*(?:chat ?bots?|bots?|assistants?|copilots?)\b", t[n.end:])
                 # ("we have 350 planners": people who plan, counted; "a 7B planner" has its size's B)
                 or (re.match(r"\s*planners\b", t[n.end:]) and re.fullmatch(r"[\d.,]+", t[n.start:n.end]))):
        role = "number"       # "'1 chatbot query = 0.3 Wh'": one of them, no model's size
    if role in ("capacity_flops", "gpu_tflops"):
        m = re.match(r"\s*(zetta|exa|peta|tera|z|e|p|t)", t[n.end:b])
        prefix = m.group(1)[0] if m else "" if re.match(r"\s*flop", t[n.end:b]) else "t"
        flops = value if not prefix else units.convert(
            value, {"z": "ZFLOP/s", "e": "EFLOP/s", "p": "PFLOP/s", "t": "TFLOP/s"}[prefix], "FLOP/s")
        value = flops if role == "capacity_flops" else flops / 1e12
    if role == "gpu_count" and (tok := _TOKEN_HEAD.search(r.masked[max(0, a - 12):a])):
        # "输出500 h800": the answer's length, then the accelerator, not 500 of them
        role = "input_tokens" if INPUT_WORDS.match(tok.group(1)) else "output_tokens"
        b = n.end
    if role == "gpu_count" and value in (2, 4, 8, 16) and (
            box := _SIZED_BOX.match(r.masked, n.end)) and (
            (box.group("many")
             and not re.search(r"\b(?:a|one|single|an)\s*$", r.masked[max(0, n.start - 8):n.start]))
            # "an 8x L40S box … we'd buy 40 of them": the box's size, the count said later
            or _BOXES_COUNTED_LATER.search(r.masked[n.end:])):
        role = "gpus_per_server"         # "our 8x MI325X boxes": each box's size, not a fleet of 8
    streams = _STREAMS_AT.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1]) is not None
    # "our 400 older cards measure 2,000 tok/s each", "how many B200s at 3,000 tok/s each": each
    # card's, when a card is the thing named last
    # ("256 H100s, each measured at 1,200 tok/s": the same, "each" said before the number)
    each_said = re.match(r"\s*each\b", r.masked[b:b + 8]) is not None or \
        _EACH_RATE_BEFORE.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1]) is not None
    # ("400 concurrent chats, min 60 tok/s each": each stream's, the concurrency said just before)
    # ("200 concurrent users on Qwen2.5 72B at 20 tok/s each": the model named between, the same sentence)
    streams = streams or (each_said and any(st.param == "concurrent_users" and (
        0 <= a - st.end <= 12
        or (0 <= a - st.end <= 60 and not re.search(r"\.(?!\d)|[;?!。；？！]", r.t[st.end:a])))
        for st in r.stated))
    # ("~250 people chatting at the same time … on H100 SXM, want at least 25 tokens/s each": a speed
    # wanted for each of the people at once, not a card's measured rate)
    streams = streams or (each_said
                          and _RATE_WANTED.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1]) is not None
                          and any(st.param in ("concurrent_users", "users") for st in r.stated))
    if role == "observed_tokens_per_s" and not streams \
            and (PER_SERVER.search(CLAUSE.split(r.masked[b:b + 34])[0]) or PER_SERVER.search(r.masked[a:b])
            or _server_rate(r, a, b)
            # ("We measured 1,100 tokens/s on our 2-GPU L40S box": the box it was measured on)
            or _ON_ONE_BOX.match(r.masked, b)
            # "a node of eight H800s at $2/hr serves ~3,000 tokens/s": the node's rate
            or (_NODE_OF.search(CLAUSE.split(r.masked[max(0, a - 60):a])[-1])
                and not PER_GPU_RATE.search(CLAUSE.split(r.masked[b:b + 26])[0]))):
        r.add("observed_tokens_per_s_per_server", value, a, b + _qual_len(t[b:b + 16]))
        return                           # "2,400 tokens/s per node": one server's measured rate
    # ("we own 2 L40S (bought at $9k each, 3 year life), they draw 350 W each …, and they push about 1,500
    # tokens/s each": the cards named farther back in the sentence)
    near = _thing_in_sentence(r, a)
    if near is None and _THEY_BEFORE.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1]) \
            and not any(st.param in ("users", "concurrent_users") and st.start < a for st in r.stated):
        # ("We rent 2 L40S … if at full tilt they'd do 1,800 tokens/s each": the cards of an earlier sentence,
        # no people counted)
        near = _last_thing(r, a, reach=a)
    each_card = role == "observed_tokens_per_s" and each_said and not streams \
        and near == "gpu" and not re.search(r"users?|streams?|sessions?|people|用户",
                                            CLAUSE.split(r.masked[max(0, a - 40):a])[-1])
    if each_card:
        # "our 400 older cards measure 2,000 tok/s each": each card's, the counted thing before it
        r.add("observed_tokens_per_s_per_gpu", value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and each_said and _last_thing(r, a) == "server" and not streams:
        # "HGX H100 nodes do 14k tok/s each": each node's measured rate
        r.add("observed_tokens_per_s_per_server", value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and not streams and _EACH_CARD_AFTER.match(r.masked, b):
        # ("được 2.400 tok/s mỗi card H100": each card's, the card said right after "each")
        r.add("observed_tokens_per_s_per_gpu", value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and (
            streams
            or _PER_USER_RATE.search(CLAUSE.split(r.masked[b:b + 20])[0])
            or _PER_USER_RATE.search(r.masked[a:b])
            or _PER_USER_HEAD.search(r.masked[max(0, a - 36):a])
            or _PER_USER_HEAD.search(r.masked[max(0, n.start - 36):n.start])
            or _THEN_SPEED.search(r.masked[max(0, a - 90):a])
            or _CAN_IT_GIVE_ME.search(r.masked[max(0, a - 90):a])):
        # "40 tok/s each", "每个用户每秒20个token": a reading speed, i.e. the latency target
        r.add("tpot_ms", 1000 / value, a, b + _qual_len(t[b:b + 16]))
    elif role == "observed_tokens_per_s" and re.search(
            r"(?:\bon|\bwith)\s+(?:a|one|a single|1|each)\s+#+\s*[:,]?\s*(?:~|about|around|≈)?\s*$",
            r.masked[max(0, a - 30):a]):
        # "bench'd llama 3 8b int8 on a 4090: ~1,900 tok/s aggregate at batch 32": the one card's rate
        # (all its streams together)
        total = _RATE_TOTAL.match(t, b)
        r.add("observed_tokens_per_s_per_gpu", value, a, total.end() if total else b)
    elif role == "observed_tokens_per_s" and _RATE_RIGHT_AFTER_CARD.search(r.masked[max(0, a - 16):a]) \
            and not _RATE_TOTAL.match(t, b):
        # "H800每秒能跑2000个token": the rate said right after the card named, no count of it: one card's
        r.add("observed_tokens_per_s_per_gpu", value, a, b)
    elif role == "observed_tokens_per_s" and (total := _RATE_TOTAL.match(t, b)):
        r.add("observed_tokens_per_s", value, a, total.end())   # "1800 tok/s total": the cluster's
    elif role == "observed_tokens_per_s" and _ACROSS_FLEET.match(r.masked, b):
        r.add("observed_tokens_per_s", value, a, b)   # "1.8M tok/s across 96 MI300X": the fleet's
    elif role == "observed_tokens_per_s" and (
            PER_GPU_RATE.search(r.masked[a:b])
            or PER_GPU_RATE.search(CLAUSE.split(r.masked[b:b + 26])[0])
            or PER_GPU_RATE.search(CLAUSE.split(r.masked[max(0, a - 40):a])[-1])):
        on_one = _ON_ONE_GPU.match(r.masked, b)
        r.add("observed_tokens_per_s_per_gpu", value, a,
              on_one.end() if on_one else b + _qual_len(t[b:b + 16]))
    elif role == "queries_day_key":
        r.add("queries_per_day", value, a, b)   # "queries/day 4e8"
    elif role == "wh_per_token":
        # ("generating 1,000 tokens … takes 3 watt-hours": the energy of that many tokens, per token)
        many = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*tokens?\b(?:(?![.?!;]\s)[^,;?!]){0,60}$",
                         t[max(0, n.start - 90):n.start]) \
            if not re.search(r"(?:/|per|每)\s*(?:个)?\s*(?:output\s*)?(?:token|tok)", t[n.start:b]) else None
        count = float(many.group(1).replace(",", "")) * (1000 if many.group(2) else 1) if many else 1.0
        r.add("joules_per_token", value * 3600 / max(count, 1.0), a, b)
    elif role == "joules_per_token":
        milli = re.match(r"\s*(?:mj|millijoule|毫焦)", t[n.end:b])
        r.add("joules_per_token", value / 1000 if milli else value, a, b)
    elif role == "decline_rate_year" and 0 < value < 100:
        r.add("growth_rate_year", -value / 100, a, b)    # "prices fall ~35% a year": shrinking
    elif role == "growth_rate_month":
        r.params["rate_monthly"] = True
        r.add("growth_rate_year", (1 + value / 100) ** 12 - 1, a, b)
    elif role == "dau_share":
        # ("6M weekly listeners, ~35% of them listen daily": the share of the week's users)
        r.add(_daily_share(t, a), value / 100 if value > 1 else value, a, b)
    elif role == "speedup_pct":
        r.add("speedup", value / 100, a, b)
    elif role == "ttft_margin" and 0 < value < 1:
        r.add("ttft_margin", 1 + value, a, b)    # "排队余量留 0.5": half again, a 1.5x margin
    elif role == "ttft_margin_pct":
        r.add("ttft_margin", 1 + value / 100, a, b)
    elif role == "dau_share_week":
        r.add("dau_per_wau", value / 100 if value > 1 else value, a, b)
    elif role == "factor_per_year":
        r.add("growth_rate_year", value - 1, a, b)
    elif role == "load_pct" and 0 < value <= 1000:
        r.add("factor", 1 + value / 100, a, b)   # ("the new menu generator adds 40% more load": x1.4)
    elif role == "year_short" and 10 <= value <= 99 and value.is_integer():
        r.add("year", 2000 + value, a, b)      # ("按23年的价": the year 2023, said short)
    elif role == "year_short":
        r.add("year", value, a, b)             # ("按2023年价格": the year said whole)
    elif role == "qph":                  # "300k requests per hour": per second
        if re.search(r"per (?:user|person|head)|\beach\b|a user|/\s*user\b|每人|每用户|每个用户|人均",
                     t[max(0, a - 16):b + 24]):
            r.add("queries_per_user", value * 24, a, b)    # "每人每小时2次": a user's hours, all day
        else:
            r.add("qps", value / 3600, a, b)
    elif role == "qpm":                  # "600 queries per minute (at peak)": per second
        if (_PEAK_NEAR.search(t[max(0, a - 12):a]) or _AT_PEAK.match(t, b)) and \
                "peak_factor" not in r.params:
            r.params["qps_is_peak"] = True
            b = m.end() if (m := _AT_PEAK.match(t, b)) else b
        r.add("qps", value / 60, a, b)
    elif role == "qps" and (_PEAK_NEAR.search(t[max(0, a - 14):a]) or _AT_PEAK.match(t, b)) \
            and "peak_factor" not in r.params:
        # "peak QPS 800", "峰值QPS 800", "qps is ~4.5k at peak": the peak, not the average
        r.params["qps_is_peak"] = True
        b = m.end() if (m := _AT_PEAK.match(t, b)) else b
        r.add("qps", value, a, b)
    elif role == "gpu_count" and value <= 16 and "#" not in r.masked[b:b + 2] \
            and not re.match(r"\s*of (?:them|those|these)\b", t[n.end:]) and (
            # (not "a GB200 NVL72 rack … we have 6 of them": the racks, counted)
            (_HAS_HEAD.search(t[max(0, a - 16):a]) and _last_thing(r, a) == "server")
            or (re.search(r"\b(?:per|for every)\s*$", t[max(0, a - 12):a]) and r.stated
                and str(r.stated[-1].param).startswith("server_price"))):
        # "Each box has 8 GPUs", "… and has 8 GPUs", "servers at $120k per 8 GPUs"
        r.add("gpus_per_server", value, a, b)
    elif role == "gpu_count" and value <= 72 and (
            _SERVER_OF.search(t[max(0, a - 16):a])
            or (_EACH_SERVER.match(r.masked[b:b + 24]) and _SERVER_NOUN.search(t))):
        # "servers (8x H100 each)", "8 H100 per node": a server's size, not a fleet
        r.add("gpus_per_server", value, a, b + (m.end() if (m := _EACH_SERVER.match(
            r.masked[b:b + 24])) else 0))
    elif role == "gpu_hours" and (yr := _PER_YEAR.match(t, b)) \
            and value >= units.convert(1, "year", "hour") and not re.search(r"\bfor\s*$", t[max(0, a - 6):a]):
        # (not "how much for 2,000 gpu hours a year?": hours bought, fewer than one card's year, below)
        # "1.2 mln gpu hrs/yr": that many GPUs busy around the clock
        r.add("gpus", value / units.convert(1, "year", "hour"), a, yr.end())
    elif role == "gpu_hours" and (yr := _PER_YEAR.match(t, b)):
        r.add("gpu_hours", value, a, yr.end())   # ("how much for 2,000 gpu hours a year?": a year's hours)
    elif role == "gpu_count" and 1 < value <= 16 and "server" in r.params and \
            "gpus_per_server" not in r.params \
            and re.match(r"\s*卡\s*(?:[,，、;；]|$)", t[n.end:n.end + 4]) and _last_thing(r, a) == "server":
        # "一台HGX H100整机220万元，8卡，买100台": the size of the server just named
        r.add("gpus_per_server", value, a, b)
    elif role == "gpu_count" and (each := _EACH_OF_THING.match(t, n.end)) and _last_thing(r, a) == "server":
        # "TPU v6e pods: 256 chips each": the size of the thing named before
        r.add("gpus_per_server", value, a, each.end())
    elif role == "gpu_count" and re.match(r"\s*of (?:them|those|these)", t[n.end:b]) \
            and not _IN_ONE_BOX.match(t, n.end) and (
            _last_thing(r, a, 90) == "server" or ("gpus_per_server" in r.params and "server" in r.params)):
        # "each HGX H100 box is 8 GPUs … we have 600 of them": the boxes, whose size was given
        r.add("servers", value, a, b)      # "DGX B200 is $500k a box … 25 of them"
    elif role == "whole_year" and value.is_integer() and 1990 <= value <= 2100:
        # "for all of 2025": that year's days (the year itself dates the figures)
        days = 366.0 if (value % 4 == 0 and value % 100 != 0) or value % 400 == 0 else 365.0
        r.add("days", days, a, b)
    elif role == "peak_inverse" and 0 < value < 1:
        r.add("peak_factor", 1 / value, a, b)   # "平均是高峰的三分之一": the peak is 3x the average
    elif role == "busy_hours" and 1 <= value < 24:
        r.add("peak_factor", 24 / value, a, b)  # "spread across 10 working hours": 24/10 = 2.4x the average
    elif role == "energy_amount":          # in kWh: "13 TWh" is 1.3e10, "130亿千瓦时" 1.3e10
        unit = re.match(r"\s*([tgm])wh|\s*(太|吉|兆)瓦", t[n.end:b])
        scale = {"t": 1e9, "g": 1e6, "m": 1e3, "太": 1e9, "吉": 1e6, "兆": 1e3}[
            unit.group(1) or unit.group(2)] if unit else 1.0
        r.add(None, value * scale, a, b, note="energy")
    elif role == "formula":              # "按 6ND 估", "6*N*D": the rule's constant, not an input
        r.add(None, value, a, b, note="formula")
    elif role == "venue_size":           # "a 200-seat community theater": the house, no users
        r.add(None, value, a, b, note="venue_size")
    elif role == "replica_per_gpu" and value == 1:
        r.add("tensor_parallel", 1.0, a, b)   # "one replica per GPU": each model copy on one card, TP1
    elif role == "pf_days":              # "3640 PF-days": 1e15 FLOP/s for a day each
        r.add("train_flops", value * 1e15 * 86400, a, b)
    elif role == "tokens_per_month":     # "480 trillion tokens a month": a day's share of them
        r.add("tokens_per_day", value / units.convert(1, "month", "day"), a, b)
    elif role == "bought_count" or (
            role == "gpu_count" and (_ON_TOP_OF.search(t[max(0, n.start - 24):n.start]) or (
                # ("each server 8x H100 is $320k … we want 4": the servers priced, bought)
                _server_priced(r, a) and _BARE_END.match(t, n.end)
                and re.search(r"\b(?:want|buy|order|need|get|purchase)\w*\s*(?:about|~)?\s*$",
                              t[max(0, a - 20):a])))):
        # ("… more DGX A100 on top of the 120 we have": the fleet of the thing named before; "each server 8x
        # H100 is $320k. we want 4": the thing priced)
        # ("one shared DGX H100 … enough or do we need two?": with servers counted and no cards, more servers)
        boxes = not _IN_ONE_BOX.match(t, n.end) and (
            _last_thing(r, a) == "server" or _server_priced(r, a) or (
                "servers" in r.params and "gpus" not in r.params
                and _last_thing(r, a, reach=200) == "server"))
        r.add("servers" if boxes else "gpus", value, a, b)
    elif role == "gpu_count" and re.match(r"\s*of (?:them|those|these)\b", t[n.end:n.end + 16]) \
            and _EACH_PERSON_BEFORE.search(r.masked[max(0, a - 160):a]):
        # ("Each race engineer burns roughly 25k output tokens a day on the copilot; 70 of them": the people
        # just described, counted; no card named between)
        r.add("users", value, a, b)
    elif role == "usd_cny" and not 5 <= value <= 10 and not KW["cny"].search(t) and not _CJK_ANY.search(t):
        # ("210 mdp (MXN, we use 17.2 per USD)": no yuan said and no yuan rate that far from 7: another
        # currency's rate, left to calc/foreign)
        r.add(None, value, a, b)
    elif role in DIRECT and DIRECT[role] == "output_tokens" and value >= 1e7 \
            and readings.BATCH_WORDS.search(t):
        # ("The nightly job is about 22 million output tokens": the job's, no answer is that long)
        r.add("tokens_per_day", value, a, b)
    elif role in DIRECT and DIRECT[role] == "tokens_per_day" and value < 1e6 \
            and ZH_EACH_PERSON_DAY.search(CLAUSE.split(t[max(0, n.start - 40):n.start])[-1]):
        # ("每个住客入住期间跟AI管家聊下来大概每天2000个token的输出": each guest's day of tokens)
        r.add("tokens_per_user_day", value, a, b)
    elif role in DIRECT:
        r.add(DIRECT[role], value, a, b)
    elif role == "users" and value == 1 and re.match(r"\s*users?\s+(?:chatting|at a time|talking|"
                                                     r"typing|(?:would |will |can |could )?"
                                                     r"(?:see|get|experience)s?)\b",
                                                     t[n.end:]):
        r.add("concurrent_users", value, a, b)   # ("which is faster for a single user chatting?": one stream)
    elif role == "users" and (at_once := _AT_ONCE.match(t, b)):
        # "10 people hitting it at once", "5千人同时在线": users in flight together
        r.add("concurrent_users", value, a, at_once.end())
    elif role == "users":
        # (the words around the count, not past the end of its sentence: "1.5M users. monthly
        # revenue?" counts no monthly users)
        head = t[max(0, a - 12):b] + re.split(r"[.;?!。；？！]", t[b:b + 12], maxsplit=1)[0]
        if re.search(r"monthly|\bmau\b|月活", head) or re.search(r"每月\s*$", t[max(0, a - 4):a]):
            r.params["monthly_users"] = True
        elif re.search(r"weekly|\bwau\b|周活", head) or re.search(r"每周\s*$", t[max(0, a - 4):a]):
            r.params["weekly_users"] = True      # ("每周8亿用户": the week's users, said before the count)
        r.add("users", value, a, b)
    elif role == "watts" and _WAN_BUDGET.search(t[max(0, a - 12):a]) and re.search(r"[\u4e00-\u9fff]", t) \
            and re.match(r"w(?![a-z])(?!\s*(?:/|per\b|each\b|a\s|incl|每|一张|每张|每卡))", t[n.end:b + 1]):
        r.add("budget_cny", value * 1e4, a, b)   # ("我们 budget 80w": w is 万 of yuan, the budget's)
    elif role == "watts" and (wan := _WAN_USERS.search(
            t[max(0, a - (20 if re.search(r"[\u4e00-\u9fff]", t) else 10)):a])) and \
            re.match(r"\s*w(?![a-z])", t[n.end:b + 1]):
        # "日活30w": w is 万 (ten thousand) in Chinese chat, not watts
        kind = wan.group(0)
        if re.search(r"月活|mau", kind):
            r.params["monthly_users"] = True
        r.add("concurrent_users" if re.search(r"并发|concurren|ccu", kind) else "users", value * 1e4, a, b)
    elif role in ("watts", "kilowatts", "megawatts", "gigawatts"):
        _assign_power(r, role, a, b, value)
    elif role in ("kva", "mva", "va"):
        # "a 2500 kVA transformer": apparent power, its real power at the power factor of IT loads
        pf = r.params["kva_power_factor"] = readings.KVA_POWER_FACTOR
        if feed := _FEED_TWIN_BEFORE.search(t, max(0, a - 64), a):
            a = feed.start()               # ("3-ph 415V 60A (call it 34.5 kVA)": the feed, as its kVA)
        _assign_power(r, "megawatts" if role == "mva" else "kilowatts", a, b,
                      value * pf / (1000 if role == "va" else 1))
    elif role == "feed_amps" and (feed := _FEED.search(t, max(0, a - 40), b)) is not None:
        end = b + (m.end() if (m := _THREE_PHASE_AFTER.match(t[b:b + 20])) else 0)
        if _TWIN_AFTER.match(t, end):
            r.add(None, value, feed.start(), end, note="formula")   # (its kVA given next, in brackets)
        else:
            # "racks on 230V 32A feeds": apparent power, volts times amps (times √3 on three phases)
            three = bool(feed.group("ph") and feed.group("ph")[0] in "3t") or m is not None
            kva = float(feed.group("v")) * value * (math.sqrt(3) if three else 1.0) / 1000
            pf = r.params["kva_power_factor"] = readings.KVA_POWER_FACTOR
            _assign_power(r, "kilowatts", feed.start(), end, kva * pf)
    elif role == "price" and _ONE_COSTS.search(t[max(0, a - 8):n.start]) \
            and _last_thing(r, a, reach=240) == "server":
        # ("Is a GB200 NVL72 rack even feasible … And what would one cost at ~$3.4M?": one server's price)
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"server_price_{cur}", value, min(a, cur_start), max(b, cur_end))
    elif role == "price" and _EACH_ONLY.match(t[n.end:b + 1]) and _last_thing(r, a) == "server":
        # "DGX H100 boxes at $280k each": each box, not each GPU in it
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"server_price_{cur}", value, min(a, cur_start), max(b, cur_end))
    elif role == "bill":
        # "finance says it should be $40k/month in power": the bill's total, over the period said with it
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"budget_{cur}", value, min(a, cur_start), max(b, cur_end))
        if "days" not in r.params:
            r.params["days"] = 365.25 if re.search(r"year|yr", t[n.end:b]) else 30.4375
    elif role == "rent_month":
        # "月租八千一张": a month of one card, as an hourly rent (730.5 hours a month)
        cur, cur_start, cur_end = _currency(r, n, a, b)
        end = max(b, cur_end)
        if (card := re.match(r"\s*(?:元|块)?\s*(?:/|每|一)\s*(?:张|卡|台)", t[end:end + 8])):
            end += card.end()
        r.add(f"rent_{cur}_per_hour", value / 730.5, min(a, cur_start), end)
    elif role == "electricity" and value >= 20 and (
            nxt := re.match(r"\s*([#&]+|(?:gpus?|servers?|nodes?|张|台))", r.masked[n.end:n.end + 12])):
        # "Electricity: 2,000 DGX A100 at 6.5 kW each": a count after the topic word, not a price
        r.add("servers" if "&" in nxt.group(1) or re.match(r"servers?|nodes?|台", nxt.group(1)) else "gpus",
              value, a, n.end)
    elif role == "electricity_mwh":
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"electricity_{cur}_per_kwh", value / 1000, min(a, cur_start), max(b, cur_end))
    elif role == "sub_price" and (not (value <= 2000 and _SUBSCRIBERS.search(t))
                                  or _MONTHS_BUDGET_AFTER.match(t, b)):
        # "we can spend $47k a month on H100 PCIe": a month's money with no subscribers about is a budget
        # ("$900/month tops for compute": whatever else the question names)
        _assign(r, "budget", n, a, n.end, value)
        _budget_month(r, t, n.end, _MONTHS_BUDGET_AFTER.match(t, b) is not None)
    elif role == "user_price_year":
        # "$360 per seat per year", "每个律师年费3600元": a year's charge, a twelfth of it each month
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"{cur}_per_user_month", value / 12, min(a, cur_start), max(b, cur_end))
    elif role in ("user_price", "sub_price"):
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"{cur}_per_user_month", value, min(a, cur_start), max(b, cur_end))
    elif role in ("price", "budget", "rent", "electricity"):
        cur, cur_start, cur_end = _currency(r, n, a, b)
        if re.search(r"[毛角]$|[块元][一二两三四五六七八九]$", n.raw) and \
                not re.match(r"\s*(?:美元|美金|刀)", t[n.end:n.end + 4]):
            cur = "cny"                    # "六毛一度": tenths of a yuan (the number read them)
        if role == "electricity" and cur == "usd" and cur_start == n.start and cur_end == n.end \
                and 0.2 <= value <= 2 and CJK.search(t) \
                and re.match(r"\s*(?:[,，。；;、)）]|$|(?:/|每|一)\s*(?:度|kwh))", t[n.end:]) \
                and not re.search(r"美国|美國|海外|欧洲|北美|us\b|usa\b", t):
            # ("一台大概50万美元 … 电价0.65，一年电费多少": an unmarked power price in a Chinese question is
            # yuan, as Chinese tariffs are; no US tariff is 0.65 a kWh)
            cur = "cny"
        card_sized = 1e3 <= value <= 1e5 if cur == "usd" else 7e3 <= value <= 7e5   # what one card costs
        if role in ("price", "budget") and value > (1e5 if cur == "usd" else 7e5) \
                and _last_thing(r, a) == "server" \
                and (_EACH_UNIT_AFTER.match(t, b) or _EACH_UNIT_BEFORE.search(t[max(0, a - 16):a])
                     or re.search(r"\d\s*[km]?\s*(?:each|ea|apiece)$", t[a:b])
                     or _BUY_IT_AT.search(t[max(0, a - 30):a])) \
                and not _BUDGET_WORDS.search(t[max(0, a - 12):b + 12]) and not CAN_BUY.search(t[b:b + 8]):
            role = "server_price"        # "3 racks of GB200 NVL72, each ~$3.4M": a rack's price
        elif role in ("price", "budget") and (4e4 <= value <= 5e6 if cur == "usd"
                                              else 3e5 <= value <= 3.6e7) \
                and (_SERVERS_AT.search(lead := t[max(0, n.start - 40):n.start])
                     or _SERVER_QUOTED.search(r.masked[max(0, n.start - 40):n.start])
                     or _BOX_WITH_CARDS.search(r.masked[max(0, n.start - 60):n.start])) \
                and not CAN_BUY.search(t) \
                and not _HOW_MANY_FOR.search(lead) and not _BUDGET_WORDS.search(t[max(0, a - 12):b + 12]) \
                and not _ONE_CARD_SAID.search(t[max(0, n.start - 8):n.start]):
            # "L40S servers (8 GPU) at $92k", "代理商A报 ¥235万": a quote (not "供应商单卡报价约5万美元": one
            # card's)
            role = "server_price"
        elif role == "price" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and ("server" in r.params or "servers" in r.params) \
                and re.search(r"单价|unit price", t[max(0, a - 8):b]):
            role = "server_price"        # "100 台 H100 服务器，每台 8 卡，单价 220 万元": no card costs that
        elif role == "price" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and re.search(r"(?<![a-z])(?:hgx|dgx|servers?|nodes?|box|rack|chassis)(?![a-z])|"
                              r"服务器|整机|机柜",
                              t[max(0, a - 30):a]):
            role = "server_price"        # "one hgx h200 for ~$330k": the box's price, no card costs that
        elif role == "price" and (4e4 <= value < 1.5e5 if cur == "usd" else 3e5 <= value < 1e6) \
                and re.search(r"(?<![a-z])(?:dgx|hgx)(?![a-z])[^,.;?!$¥]{0,24}$", t[max(0, a - 36):a]) \
                and not re.search(r"\b(?:each|per|a)\s+(?:gpu|card|chip)\b|/\s*(?:gpu|card)\b|每张|一张|单卡",
                                  t[max(0, a - 36):b + 14]):
            # ("A refurb DGX A100 is going for ~$95k": a used box's price, below a new one's)
            role = "server_price"
        elif role == "price" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and "gpus" not in r.params and "servers" not in r.params \
                and (("server" in r.params and _last_thing(r, a, 200) == "server")
                     or re.search(r"(?<![a-z])(?:dgx|hgx)(?![a-z])|\b(?:server|node|box)\b",
                                  t[max(0, a - 200):a])) \
                and re.search(r"\bquot(?:e|ed|es)\b|\boffer(?:ed)?\b|报价|报了?", t[max(0, a - 24):a]):
            # ("buy a DGX H100 for all the AI stuff (…). Quote was $289k": the box named before its quote)
            role = "server_price"
        elif role == "budget" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and "server" in r.params and PRICE_JUDGED.search(t) and not _BUDGET_WORDS.search(t) \
                and not CAN_BUY.search(t):
            role = "server_price"        # "DGX H100 啥价位？供应商报 两百八十万人民币，贵不贵": a box's quote
        elif role == "budget" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and "gpus" not in r.params \
                and re.search(r"\btco\b|\bpurchase\s*\+\s*power\b|总拥有成本", t) \
                and not re.search(r"\bgrant\b|\bfund|资金|预算|经费|\bhow many\b|几台|多少台", t) \
                and not _BUDGET_WORDS.search(t) and not CAN_BUY.search(t) \
                and re.search(r"(?<![a-z])(?:dgx|hgx)(?![a-z])|\b(?:server|box|node|rack)\b",
                              t[max(0, a - 80):a]):
            # ("wants a DGX B200 for all the properties. ~$500k, draws ~14.3 kW … TCO (purchase + power)")
            role = "server_price"
        elif role == "budget" and card_sized and (
                (_CARDS_PRICED_AT.search(t[max(0, a - 30):a]) and re.search(r"\bbudget|预算", t[:a]))
                or (_ONE_OF_TWO_PRICED.search(t[max(0, a - 30):a])
                    and len({nm.key for nm in r.names if nm.kind == "acc"}) >= 2)):
            # ("Budget is ¥3,000,000 … H100 PCIe cards around $28k", "L40S vs RTX 4090, which gives more
            # tokens per dollar if the first is ~$7,800 and the 4090 is ~$1,700?": each card's price, told by
            # the cards named before it or by which one it is)
            role = "price"
        elif role == "budget" and card_sized \
                and "server" not in r.params and not _BUDGET_WORDS.search(t) and not CAN_BUY.search(t) \
                and (PRICE_JUDGED.search(t)
                     or (PRICE_CLAIMED.search(t) and _PRICED_AT.search(t[max(0, a - 16):a])
                         # (the card itself priced, named right before: not "an eval … costs ~$40k")
                         and any(nm.kind == "acc" and a - 20 <= nm.end <= a for nm in r.names))):
            # "is $35k a fair price for an H100?", "vendor says an H100 costs $40k. legit?": a card's quote
            role = "price"
        elif role == "budget" and (1.5e5 <= value <= 5e6 if cur == "usd" else 1e6 <= value <= 3.6e7) \
                and _ONE_SERVER_PRICED.search(t[max(0, a - 30):a]) \
                and not _BUDGET_WORDS.search(t[max(0, a - 30):b + 12]) and not CAN_BUY.search(t):
            role = "server_price"        # "一台H100服务器（8卡）230万元": one box's price, not a budget
        elif role in ("price", "budget") \
                and (5e3 <= value <= 5e6 if cur == "usd" else 3.5e4 <= value <= 3.6e7) \
                and re.match(r"\s*(?:k|m|万)?\s*(?:per|/|a|each)\s*"
                             r"(?:server|node|box|machine|rack|cabinet)\b|"
                             r"\s*(?:万|亿)?\s*(?:元|块|美元|美金|刀|人民币)?\s*(?:/|每|一)\s*(?:台|柜)",
                             t[n.end:n.end + 16]) \
                and not CAN_BUY.search(t[b:b + 12]):
            role = "server_price"        # "RMB 1.1M per server … Budget is ¥20M": the server's price
        elif role in ("price", "budget") \
                and (5e3 <= value <= 5e6 if cur == "usd" else 3e4 <= value <= 3.6e7) \
                and _SIZED_BOX_PRICED.search(r.masked[max(0, a - 24):a]):
            # ("一台8卡4090报价22万，能买几台？": one box of so many cards, its quote; what a budget buys
            # asked after)
            role = "server_price"
        elif role in ("price", "budget") \
                and (5e4 <= value <= 5e6 if cur == "usd" else 3.5e5 <= value <= 3.6e7) \
                and _FOR_ONE_BOX_AFTER.match(r.masked, b) and not CAN_BUY.search(t[b:b + 12]):
            role = "server_price"        # "got quoted €290k for a DGX H100": the one box it is for
        elif role in ("price", "budget") \
                and (5e4 <= value <= 5e6 if cur == "usd" else 3.5e5 <= value <= 3.6e7) \
                and ("server" in r.params or re.search(r"(?<![a-z])(?:hgx|dgx|servers?|nodes?|box)(?![a-z])|"
                                                       r"服务器|整机",
                                                       t[max(0, a - 100):a])) and "gpus" not in r.params \
                and _BUYING_IS.search(t[max(0, a - 40):a]) and not CAN_BUY.search(t[b:b + 12]):
            role = "server_price"        # "We need a DGX H100 … buying outright is about $310k": the box
        elif role == "budget" and (5e2 <= value <= 1e5 if cur == "usd" else 3.5e3 <= value <= 7e5) \
                and re.search(r"\b(?:card|gpu|chip)\s*(?:cost|price)?\s*(?:is|at|=|:|of)?\s*"
                              r"(?:us\$|\$|¥|￥)?\s*$|"
                              r"(?:单卡|每卡|卡价)\s*(?:成本|价格)?\s*(?:是|为|:|：)?\s*(?:¥|￥)?\s*$",
                              t[max(0, a - 16):a]) and not CAN_BUY.search(t[b:b + 12]):
            role = "price"               # "Card ¥16,000, 450W": the card's price, said after its word
        elif role == "budget" and not _BUDGET_WORDS.search(t) and not CAN_BUY.search(t) \
                and not _MONEY_WORDS.search(t) and (thing := _priced_thing(r, t, a, b, value, cur)):
            role = thing                 # "an L40S for the garage, ~$7,800 and 350W", "the $25k build"
        elif role == "price" and value > (1e6 if cur == "usd" else 1e7) * (
                200 if _YEN_AFTER.match(t, n.end) else 1):   # (yen: "$450万 per card yen", calc/japanese)
            role = "budget"              # "1000 GPUs at $25M total": no one accelerator costs that
        elif role == "budget" and card_sized \
                and "#" in r.masked[:a] and not _CONVERTED.search(t[max(0, a - 12):a]) and (
                    _PRICE_LIST.search(t[max(0, a - 30):a])
                    or re.match(r"\s*(?:/|每|一)\s*(?:张|卡|片|块|颗)", t[b:b + 6])    # "（$38k/张）"
                    # "how much of a $32k card is HBM?": one card's price, said with the card
                    or (re.match(r"\s*k?\s*(?:card|gpu|chip|accelerator)\b", t[n.end:n.end + 16])
                        and re.search(r"\b(?:a|an|one|each|the|per|assume|assuming)\s*(?:us\$|\$)?\s*$",
                                      t[max(0, a - 12):a]))
                    # "how much of the card's ~$25k price is memory": the card's own price
                    or (re.match(r"\s*k?\s*(?:price|list price|msrp)\b", t[n.end:n.end + 16])
                        and re.search(r"(?:card|gpu|chip|accelerator)'s\s*(?:~|about|around)?\s*"
                                      r"(?:us\$|\$)?\s*$",
                                      t[max(0, a - 24):a]))
                    or ((_ONE_CARD_PRICE.search(_price_clause(t, a)) or (
                        re.match(r"\s*#{2,}", r.masked[b:b + 4])
                        and _A_PRICED.search(t[max(0, n.start - 8):n.start])))
                        and not CAN_BUY.search(t) and not _BUDGET_WORDS.search(t[max(0, a - 30):b + 12]))):
            role = "price"               # "一张 MI300X 只要 1.5 万美元", "buying at $30k": one card's price
        if role == "price" and _BUY_FOR_BEFORE.search(t[max(0, a - 60):a]):
            role = "budget"              # ("How many L40S can we get for $45k?": what is spent, not one card)
        if role in ("electricity", "rent") and re.search(r"cents?|c\b|¢|分", t[n.end:b]):
            value /= 100
        elif role in ("electricity", "rent") and (re.search(r"毛|角", t[n.end:b])
                                                  or re.match(r"\s*[毛角]", t[n.end:n.end + 3])):
            value /= 10                    # "六毛一度", "每卡每小时8毛": 0.6 yuan, 0.8 yuan
        if role == "budget" and _PER_ITEM_AFTER.match(t, max(b, cur_end)):
            # ("Deck claims $0.003 per request": one request's cost, never a budget; calc/claims reads it)
            r.add(None, value, min(a, cur_start), max(b, cur_end))
            return
        if role == "budget" and value < 1 and cur_start >= a and not re.search(r"\d", r.norm.quote(a, b)) \
                and not re.search(r"[$¥￥€£]|usd|rmb|美元|元", t[max(0, a - 4):b + 4]):
            return                       # ("we'd spend about half on GPUs": the share of a budget, read)
        param = {"price": f"price_{cur}", "budget": f"budget_{cur}", "server_price": f"server_price_{cur}",
                 "rent": f"rent_{cur}_per_hour", "electricity": f"electricity_{cur}_per_kwh"}[role]
        end = _with_each(t, max(b, cur_end)) if role in ("price", "server_price") else max(b, cur_end)
        r.add(param, value, min(a, cur_start), end)
        if role == "budget":
            _budget_month(r, t, end, False)
    elif role == "server_price" and value <= 1024 and not (
            CURRENCY_BEFORE.search(t[max(0, n.start - 6):n.start])
            or CURRENCY_AFTER.search(t[n.end:n.end + 16])):
        r.add("gpus_per_server", value, a, b)   # "8 per box": no money in it, a server's size
    elif role == "server_price":
        cur, cur_start, cur_end = _currency(r, n, a, b)
        r.add(f"server_price_{cur}", value, min(a, cur_start), _with_each(t, max(b, cur_end)))
    elif role == "token_price" and not re.search(r"tok|词元|\b(?:in|out)put\b|输入|输出|\bapi\b|"
                                                 r"(?:per|/)\s*(?:1\s*)?m(?:n|illion)?\s+(?:in|out)\b", t):
        r.add(None, value, a, b)         # "$2 per million" with no tokens anywhere: unknown
    elif role in ("token_price", "token_price_k"):
        cur, cur_start, cur_end = _currency(r, n, a, b)
        # "$0.15 per million input and $0.60 per million output": the prompt's price apart
        end = max(b, cur_end)
        before = CLAUSE.split(t[max(0, n.start - 18):n.start])[-1]     # ("输入每百万 token 2 元")
        side = "input_" if (re.match(r"\s*(?:input|prompt)s?\b|\s*in\s*(?:[/,;]|and\b|&|\+)", t[end:end + 12])
                            or re.search(r"\b(?:input|prompt|in)\b", t[n.end:end])
                            or (_INPUT_PRICE.search(before)
                                and not re.search(r"输出|output|completion", before)
                                # ("$0.25 per M input / $1.1 per M output": the second is the output's)
                                and not re.search(r"输出|\boutput|\bcompletion|\bout\b", t[n.end:end])
                                # ("$0.6/M input + $2.4/M output": the words after it say whose)
                                # (English only: "输入 2 元 输出 8 元" says 输出 before the number it names)
                                and not re.match(r"\s*(?:outputs?|completions?)\b", t[end:end + 14]))) \
            else ""
        if re.match(r"\s*(?:cents?|c|¢)\b", t[n.end:b]):
            value /= 100                 # ("20 cents per million tokens": US$0.20)
        r.add(f"{cur}_per_million_{side}tokens", value * (1000 if role == "token_price_k" else 1),
              min(a, cur_start), max(b, cur_end))
    elif role in ("dram_price", "dram_price_tb"):
        _, cur_start, cur_end = _currency(r, n, a, b)
        value /= 1000 if role == "dram_price_tb" else 1
        # "$15/GB" is HBM's price when HBM is the nearer memory word before it, else DRAM's
        head = re.split(r"[,;，；。]|\band\b|和|以及|\bvs\.?|versus|对比", t[max(0, a - 40):a])[-1]
        hbm, dram = head.rfind("hbm"), max(head.rfind("dram"), head.rfind("内存"),
                                           max((m.start() for m in re.finditer(r"ddr\d", head)), default=-1))
        if hbm == dram == -1 and "hbm" in t and not re.search(r"dram|ddr|内存", t[:a]):
            # "288GB each @ $12/GB. HBM $bn? … DRAM $2.4/GB": DRAM's price comes later, so this is HBM's
            hbm = 0                      # "how much HBM … at $15/GB": no DRAM anywhere
        elif hbm == dram == -1 and "#" in r.masked and not re.search(r"dram|ddr|内存", t) \
                and re.search(r"\bmemory\b|\bvram\b|显存", t):
            hbm = 0                      # ("it's mostly the memory, 141GB each at like $15 a GB": the card's)
        r.add("hbm_usd_per_gb" if hbm > dram else "dram_usd_per_gb", value,
              min(a, cur_start), max(b, cur_end))
    elif role == "hbm_gb":
        r.add("hbm_gb_per_gpu", value, a, b)
    elif role == "number" and (now := _NOW_AFTER.match(t, n.end)) and "#" in r.masked and \
            not re.search(r"users?|user base|用户|日活|月活|dau|mau", t[max(0, a - 60):a]) and \
            (value >= 2 or re.search(r"\b(?:use|run|have|got|own|operate)\s*$", t[max(0, a - 10):a])) \
            and float(value).is_integer() and GROWS_WORD.search(t):
        # "H100-equivalents … if we're at 50,000 today"; "tokens/day … from 5B today": the tokens a day
        r.add("tokens_per_day" if value >= 1e8 and readings.TOKENS_A_DAY.search(t[:a]) else "gpus",
              value, a, now.end())
    elif role == "audio":
        r.add(None, value, a, b, note="audio")   # a length of audio, or its tokens a minute: no token count
    elif role == "number" and (pct := _PERCENTILE_WORD.match(t[n.end:n.end + 14])):
        r.add(None, value, a, n.end + pct.end(), note="percentile")
    elif role == "seconds" and (TTFT.search(t[b:b + 25]) or TTFT.search(t[max(0, a - 30):a])
                                # ("first token has to be back in under half a second": the clause's words)
                                or TTFT.search(CLAUSE.split(t[max(0, a - 48):a])[-1])):
        r.add("ttft_ms", value * 1000, a, b)      # "TTFT under 1s"
    elif role == "tpot_ms":   # "50 ms per token", or a time-to-first-token target
        own = re.split(r"\d", t[b:b + 20])[0]   # up to the next number: "300ms and 25ms/token"
        # "ttft < 500ms, tpot < 50ms": its own words ("TTFT budget for inline completion is 150ms": the
        # whole clause before it)
        near = CLAUSE.split(t[max(0, a - 48):a])[-1]
        if TTFT.search(near) and PER_TOKEN.search(near):
            # "首字延迟不超过500毫秒、每个token 40毫秒": the nearer words are this number's
            last_ttft = max(m.end() for m in TTFT.finditer(near))
            last_tok = max(m.end() for m in PER_TOKEN.finditer(near))
            ttft = last_ttft > last_tok
        elif TTFT.search(near) or PER_TOKEN.search(near):
            ttft = bool(TTFT.search(near)) and not re.match(
                r"\s*(?:/\s*(?:output )?token|per (?:output )?token)", t[b:b + 20])
        else:
            ttft = not PER_TOKEN.search(own) and bool(
                TTFT.search(re.split(r"\d", t[b:b + 25])[0]) or TTFT.search(t[max(0, a - 30):a])
                # "what TTFT for a 4k token prompt? want under 500ms": the one latency the message names
                or (value >= 100 and TTFT.search(t) and not PER_TOKEN.search(t)))
        r.add("ttft_ms" if ttft else "tpot_ms", value, a, b)
    elif role == "words":
        r.pending.append(("text", n, a, b, value))   # tokens once every ratio is read (derive.text_tokens)
    elif role == "text_ratio" and value > 0:
        # "按1.5字符≈1 token换算" (units per token), "1 token ≈ 0.75 words", "1.3 tokens per word"
        if one := _ONE_UNIT_BEFORE.search(t, max(0, a - 30), a):
            # "1个汉字约1.5个token", "1 汉字 ≈ 0.6 tokens": the one unit is the ratio's, not a text's length
            a = one.start()
            r.pending = [p for p in r.pending if not a <= p[2] < n.start]
            r.stated = [s for s in r.stated if not a <= s.start < n.start]
        span = t[a:b]
        per_unit = bool(re.match(r"[\d.,\s]*(?:个)?\s*(?:tokens?|toks?)\b", t[n.end:b])) or bool(
            re.search(r"1\s*[:：比]\s*$", t[a:n.start]))          # "汉字和token按1:1.4": tokens per unit
        r.add(text_unit(span, t, r.norm.original), value if per_unit else 1 / value, a, b)
    elif role == "hours" and 0 < value < 24 and (
            (day := _A_DAY_AFTER.match(t, b)) or _EACH_DAY_BEFORE.search(t[max(0, a - 10):a])):
        # "I use it 8 hours a day", "每天用8小时": the share of each day it runs, not a period of 8 hours
        r.add("utilization", value / 24, a, day.end() if day else b)
    elif role in ("days", "hours", "weeks", "months", "years", "quarters", "tokens", "util", "queries",
                  "growth_rate_year", "percent", "util_fraction", "node_hours"):
        r.pending.append((role, n, a, b, value))
    elif re.fullmatch(r"[\d.,]+\s?b", n.raw) and 1e8 <= value <= 1e13:
        r.pending.append(("size", n, a, b, value))   # "a 7B on 2T tokens": a size, if training
    elif value.is_integer() and 1 <= value <= 1e6 and (them := _OF_THEM.match(t, n.end)) \
            and (named := _last_thing(r, a)) is not None:
        # "on rented 4090s (8 of em)": a count of the thing just named
        r.add("servers" if named == "server" else "gpus", value, a, them.end())
    elif value.is_integer() and 1 <= value <= 1e6 and _WE_HAVE.search(t[max(0, a - 24):a]) \
            and _BARE_END.match(t, n.end) and (named := _last_thing(r, a, reach=160)) is not None:
        # "… how many days on H100 SXM? we have 256.", "each server 8x H100 is $320k. we want 4.": a count,
        # alone at its sentence's end, of the thing named before
        said = _WE_HAVE.search(t[max(0, a - 24):a])
        r.add("servers" if named == "server" or _server_priced(r, a) else "gpus", value,
              max(0, a - 24) + (said.start() if said else 0), n.end)
    elif re.match(r"\s*[x×]\s*\d", t[n.end:n.end + 4]):
        r.add(None, value, a, word_after(r.t, b), note="dimension")   # ("10x10s, 5x5 lockers": a size)
    else:
        r.add(None, value, a, word_after(r.t, b))


# (Japanese and Korean text counted in characters counts the same way: "Japanese replies avg 80 chars")
# the one unit a ratio is said of, right before its tokens: "1个汉字约", "1 word ≈", "1字约"
_ONE_UNIT_BEFORE = rx.compile(r"(?<![\d.])1\s*个?\s*(?:english |chinese )?"
                              r"(?:汉字|中文字符?|字符|字|words?|chars?|characters?)\s*"
                              r"(?:≈|~|=|约等于|约合|大约|大概|约|相当于|对应|按|算|"
                              r"is about|is roughly|is around|is)\s*(?:about|~|≈|roughly)?\s*$|"
                              r"(?<![\d.])1\s*[:：比]\s*$")
_ENGLISH_TEXT = rx.compile(r"\benglish\b|英文|英语|英語|영어|영문")
_CJK_CHARS = rx.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7a3]")
_LATIN_LETTERS = rx.compile(r"[a-z]")
# (and said in Vietnamese: "3.000 chữ Hán, tầm 1,5 chữ ≈ 1 token", "tài liệu tiếng Trung")
_CHINESE_TEXT = rx.compile(r"汉字|中文|字(?!节)|chinese|japanese|korean|kanji|日文|日语|韩文|韩语|chữ\s+hán|"
                           r"tiếng\s+trung|"
                           r"[\u4e00-\u9fff].*\b(?:chars?|characters)\b")


def text_unit(span: str, t: str, original: str = "") -> str:
    """The registry parameter that converts a text length to tokens: per English word, per Chinese
    character (字, 字符, "Chinese characters", or characters in a Chinese question), per English
    character."""
    if re.search(r"\bwords?\b|单词|英文词|词(?!元)", span):
        return "tokens_per_word"
    if re.search(r"英文|english|latin|拉丁|字母|letters?", span):
        return "tokens_per_letter"        # ("约4个英文字符一个token": English characters, in Chinese)
    if re.search(r"字符", span) and re.search(r"英文(?:字符|字母)|english (?:characters|letters)", t) \
            and not re.search(r"中文|汉字|chinese", t):
        return "tokens_per_letter"        # ("英文摘要平均1500个英文字符，约4个字符一个token": said once)
    if re.search(r"char|字符", span) and not _CHINESE_TEXT.search((original or t).lower()) and (
            # ("영어라서 메시지 평균 200자, 4글자당 1토큰": the text said to be English)
            _ENGLISH_TEXT.search(t)
            # ("avg email abt 2,000 characters, about 4 characters per token … 多少张?": a message written in
            # English, a few Chinese words in it)
            or len(_CJK_CHARS.findall(original or t)) * 5
            < len(_LATIN_LETTERS.findall((original or t).lower()))):
        return "tokens_per_letter"
    if re.search(r"字符", span) and not re.search(r"中文|汉字|chinese", (original or t).lower()) \
            and (chars := re.search(r"(\d+(?:\.\d+)?)\s*个?\s*字符", span)) \
            and (toks := re.search(r"(\d+(?:\.\d+)?|一)\s*个?\s*tokens?", span)) \
            and float(chars.group(1)) / float(toks.group(1).replace("一", "1") or 1) >= 2.5:
        # ("日志…4个字符算1个token": three or more characters to a token is no Chinese text's ratio)
        return "tokens_per_letter"
    # ("50B chinese characters, ~0.7 tokens per character": the ratio of the Chinese text named)
    return "tokens_per_character" if _CHINESE_TEXT.search(span) or CJK.search(t) or (
        re.search(r"char", span) and _CHINESE_TEXT.search(t)) else "tokens_per_letter"

_PEAK_NEAR = rx.compile(r"(?:peak(?:s|ing)?|峰值|高峰|最高|busiest)\s*"
                        r"(?:qps|rps|load|traffic|of|is|at|=|:|时|期)?"
                        # ("peak is ~900 completion req/s": a hedge before the rate)
                        r"\s*(?:qps|rps)?\s*(?:of|is|=|:|为|是|达到|约)?\s*(?:~|≈|about|around|roughly|大约|大概)?\s*$"
                        # "高峰期大模型调用约30次/秒": the peak, a few words of what is called between
                        r"|(?:高峰|峰值)(?:期|时段|时)?[\u4e00-\u9fffa-z]{1,8}?(?:约|为|是|达到|大概|大约)?\s*$")
# a rate said of each stream: "how many concurrent streams at 20 tok/s each" (its speed, not a box's rate)
_STREAMS_AT = rx.compile(r"\b(?:users?|streams?|sessions?|conversations?|people)\s+"
                         r"(?:at|@|with|getting|doing)\s*$")
_PER_USER_HEAD = rx.compile(r"(?:每个?用户|每人|每路|单路|单用户|每个?会话)[^,，。;；]{0,8}?每秒\s*"
                            r"(?:至少|最少|不低于|要|需要)?\s*(?:出|输出|生成|吐)?\s*$|"
                            # "要求每秒至少 25 个 token": a speed required of each stream, not one measured
                            r"每秒\s*(?:至少|最少|不低于)\s*(?:要)?\s*(?:出|输出|生成|吐)?\s*$|"
                            # ("每路要求出字速度至少20 token/s": required, then its words)
                            r"(?:每个?用户|每人|每路|单路|单用户|每个?会话|per user)\s*(?:的)?\s*"
                            r"(?:要求|需要)?\s*"
                            r"(?:输出|生成|解码|出字|吐字)?\s*(?:速度|速率)?\s*"
                            r"(?:(?:要|需要|至少|不低于|不少于|达到|为|是|按)\s*){0,2}(?:每秒)?\s*$|"
                            # "2000 concurrent streams, each needs >=30 tok/s": each stream's speed
                            r"\beach\s+(?:stream|user|session|one)?\s*(?:needs?|wants?|requires?|expects?)\s*"
                            r"(?:at least|>=|≥|>|min(?:imum)?|about|~)?\s*$")
# ("the first word to show up in under 1 second and then about 30 tokens a second after that": the speed
# after the first token, each stream's)
# ("Need the first word out in under 400 ms and at least 20 tokens a sec after that": "and" alone too)
_THEN_SPEED = rx.compile(r"(?:first (?:word|token)|ttft)[^.?!;]{0,60}?\b(?:(?:and\s+)?then\s*|and\s+)"
                         r"(?:at\s+)?"
                         r"(?:about|around|~|roughly|at least)?\s*$")
# one box said by its cards, then its price: "一台8卡4090报价22万", "单台4卡L40S整机约30万"
_SIZED_BOX_PRICED = rx.compile(r"(?:一台|每台|单台)\s*(?:\d+|[一二两三四五六七八])\s*卡\s*#*\s*(?:的)?\s*"
                               r"(?:整机|服务器|机器)?\s*"
                               r"(?:的)?\s*(?:报价|价格|售价|单价|要|是|约|大概|大约)*\s*$")
def _card_far_below(r: Reading, watts: float) -> bool:
    """Whether the card named draws far less than `watts` (over twice its catalog TDP): the power is more
    than one card's."""
    from calc.catalog import load
    acc = load().accelerators.get(str(r.params.get("accelerator", "")))
    return acc is not None and watts > 2.5 * acc.tdp_w


# the one box an amount is for, right after it: "quoted €290k for a DGX H100", "$300k for one HGX node"
_FOR_ONE_BOX_AFTER = rx.compile(r"\s*(?:k|m|mn|million)?\s*(?:\)\s*)?(?:for|on)\s+"
                                r"(?:a|an|one|the|each|1|a single)\s+"
                                r"(?:&+|(?:dgx|hgx)\b|(?:gpu\s+)?(?:server|node|box)\b)")
# a speed asked of a setup for one reader, not one measured: "Can Qwen3-30B-A3B … on a single RTX 4090 give
# me 30 tok/s?" (not "vLLM on an L4 gives me ~310 tok/s per card": a measurement)
_CAN_IT_GIVE_ME = rx.compile(r"\b(?:can|could|will|would)\b[^.?!]{0,70}\b(?:give|get)\s+(?:me|us)\s*"
                             r"(?:about|around|~|at least)?\s*$")
# a rate wanted, not measured: "want at least 25 tokens/s each", "need >= 30 tok/s each"
_RATE_WANTED = rx.compile(r"\b(?:want|wants|wanted|need|needs|require[sd]?|expect|expects|target(?:ing)?|"
                          r"should (?:get|see|hit))\s*(?:at least|>=|≥|>|min(?:imum)?|about|around|~)?\s*$|"
                          r"(?:\bat least|>=|≥|\bmin(?:imum)?(?: of)?)\s*$")
# ("~35 tokens/s per chat with 20 chats at once": one conversation's reading speed)
# a rate measured on one box: "1,100 tokens/s on our 2-GPU L40S box", "2k tok/s on the node"
_ON_ONE_BOX = rx.compile(r"\s*(?:(?:output\s+)?(?:tokens?|toks?)\s*"
                         r"(?:/\s*s(?:ec)?|per\s+sec(?:ond)?|a\s+sec(?:ond)?)\s+)?"
                         r"on\s+(?:our|the|a|one|my|this|that|a single)(?:\s+(?:one|single|only|own))?\s+"
                         r"(?:\d+[- ]?(?:gpu|card)s?\s+|\d+\s*x\s*)?"
                         r"(?:[#&]+\s+)?(?:box|server|node|machine|rig|workstation)\b")
# each person named, then their day ("每个住客入住期间跟AI管家聊下来大概每天")
ZH_EACH_PERSON_DAY = rx.compile(r"每(?:个|位|名)\s*(?:住客|客人|房客|游客|旅客|会员|用户|客户|顾客|学生|"
                                r"员工|患者|"
                                r"玩家|司机|骑手|老师|店主|商家|家长)[^，,。;；\d]{0,20}?(?:每天|一天|每日)"
                                r"[^，,。;；\d]{0,6}$")
_PER_USER_RATE = rx.compile(r"^\s*(?:each|per (?:user|stream|session|request|person|chat|conversation|convo|"
                            r"customer|caller|agent|seat)|a user|for each user|"
                            r"/\s*(?:user|stream|chat|session))\b")


def word_after(t: str, b: int) -> int:
    """An unplaced number is quoted with the word it counts ("15 pings"), for the reader; not with
    a word that counts nothing ("swapping our 96 for 32": "96", not "96 for")."""
    # ("从现在两万涨到二十万": "两万", not "两万涨到二十": no word runs into the next number or is a verb
    # of change)
    # ("6 万多一张": "one card", the unit the amount is of, stays)
    m = re.match(r"[ -]?[a-zà-öø-ÿ]+|"
                 r"(?:(?![零一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]|一(?=[张台个块次条份])){1,4}",
                 t[b:b + 16])
    if m is None or _FUNCTION_WORD.fullmatch(m.group().strip(" -")):
        return b
    return b + m.end()


_FUNCTION_WORD = rx.compile(r"for|to|and|or|but|the|a|an|in|on|at|with|of|by|from|than|vs|if|so|saves?|"
                            r"is|are|was|(?:涨|增长|增加|升|降|减|跌|扩|变)(?:到|至|成)?|到|至")


# (not "the server closet", "a server room": a room's power)
_SERVER_NOUN = rx.compile(r"&|servers?(?!\s+(?:rooms?|closets?|cupboards?|cabinets? room)\b)|nodes?|racks?|"
                          r"cabinets?|"
                          r"boxes|台|机柜|服务器|节点|整机")
# (not "a server room": a room)
_THING = rx.compile(r"(&+|\b(?:servers?(?!\s+(?:rooms?|closets?|cupboards?)\b)|nodes?|racks?|cabinets?|"
                    r"boxes|box|machines?|chassis|"
                    r"pods?)\b|"
                    r"台|机柜|服务器|节点|整机)|"
                    r"(#+|\b(?:gpus?|cards?|chips?|accelerators?)\b|卡|芯片)")
_ONE_COSTS = rx.compile(r"\bwhat (?:would|does|will|did|'d) (?:one|a rack|a server) cost\b")
_EACH_ONLY = rx.compile(r"[^a-z\u4e00-\u9fff]*(?:k|m|万)?\s*(?:us\$|\$|usd|dollars?|美元|¥|rmb|元)?\s*"
                        r"(?:each|apiece|a pop|一个|每个)\b")


# a server is what measured the rate: "HGX H100 does 22k tok/s", "DGX B200 每台实测 4.8万 tok/s",
# "单机 8 卡实测合计 3200 tok/s", "9,000 tok/s per 8-GPU server"
_SERVER_MARK = rx.compile(r"每台|单台|一台|每柜|每个机柜|单机|整机|整柜|每个节点|每节点|一个节点|"
                          r"\b(?:per|each|a|one|the|our|their|this|that|every)\s+"
                          r"(?:\d+[- ]?(?:gpu|card|x)\s*)?(?:#+\s*)?"
                          # ("Our pilot box does about 2,400 tokens/s total": a box of a kind)
                          r"(?:(?:edge|inference|gpu|serving|ai|compute|worker|pilot|test|dev|demo|poc|prod|"
                          r"production|staging|lab|office|current|existing|new|only)\s+)?"
                          r"(?:node|server|box|rack|machine)s?\b|"
                          # "…, rack does ~1.1M tok/s": a bare singular at the clause's start
                          r"^\s*(?:node|server|box|rack|machine)\b(?!s)|"
                          # "our bench: 8-gpu mi325x box does ~6.2k tok/s": a sized box said bare, no count
                          r"(?:^|[:：]\s*)\d+[- ]?(?:gpu|card)\s*(?:#+\s*)?"
                          r"(?:node|server|box|machine)\b(?!s)|"
                          r"&+")
# ("~20k tokens/s on an 8-GPU H100 node": the sized node's rate)
_PER_SIZED_SERVER = rx.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:per|/|each|every|a|"
                               r"on\s+(?:an?|one|a single|each))\s*"
                               r"\d+\s*[-x×]?\s*(?:gpus?|cards?|#+)[\s-]*(?:#+\s*)?(?:&+|server|node|box|rack|machine)")


def _server_rate(r: Reading, a: int, b: int) -> bool:
    """A measured rate whose subject is one server or rack (not a count of them, and not
    qualified as per GPU)."""
    after = CLAUSE.split(r.masked[b:b + 30])[0]
    if _PER_SIZED_SERVER.match(after):
        return True
    before = CLAUSE.split(r.masked[max(0, a - 60):a])[-1]
    mark = None
    for m in _SERVER_MARK.finditer(before):
        mark = m
    sentence = re.split(r"[。.!?！？；;]", r.masked[max(0, a - 80):a])[-1]
    if mark is None and (run := _BOX_RUNS.search(sentence)):
        # ("我们实测单台8卡H20跑Qwen2.5 72B，每秒输出约2600 token": the box named running the model, the
        # clause before the rate's)
        before, mark = run.group(0), _SERVER_MARK.search(run.group(0))
    if mark is None or PER_GPU_RATE.search(before[mark.end():]) or PER_GPU_RATE.search(after) \
            or PER_GPU_RATE.search(r.masked[a:b]) or re.match(r"\s*(?:per|/|each)\s*(?:gpu|card|#)", after):
        return False
    if mark.group().startswith("&"):
        # "64 HGX H100 do 1M tok/s": a count of servers, so the fleet's rate
        return not re.search(r"[\d万千x×]\s*$", before[:mark.start()])
    return True


# a box that runs a model, the clause before a rate: "实测单台8卡H20跑Qwen2.5 72B，"
_BOX_RUNS = rx.compile(r"(?:单台|一台|单机|每台)\s*\d*\s*卡?\s*#*\s*(?:服务器|整机)?\s*(?:跑|部署|运行)\s*@+"
                       r"[^，,]{0,12}[，,]\s*(?:实测|测得|大概|约)?\s*$")
_OF_THEM = rx.compile(r"\s*of\s+(?:em|'em|them|those|these)\b")
# ("We'd need 2, plus 25% for networking": the modal said with it)
_WE_HAVE = rx.compile(r"\b(?:we|i)(?:['’]d|['’]ll|\s+would|\s+will|\s+will\s+probably)?\s+"
                      r"(?:have|got|own|want|need|plan|buy|order)(?:\s+(?:to\s+buy|about|"
                      r"around|like|maybe|roughly))?\s*~?\s*$")
# (the count alone at its sentence's end, or before a comma and what is added to it)
_BARE_END = rx.compile(r"\s*(?:[.?!;。？！]|$|,\s*(?:plus|and|with)\b)")
# "8 hours a day", "每天用8小时", "日均跑 16 小时": hours of each day
_A_DAY_AFTER = rx.compile(r"\s*(?:a|per|/|each|every)\s*(?:day|d)\b|\s*daily\b|\s*(?:每天|每日|一天)")
_EACH_DAY_BEFORE = rx.compile(r"(?:每天|每日|一天|日均|天天)\s*(?:只|大概|大约|约)?\s*"
                              r"(?:用|跑|开|运行|开机|使用|工作|跑满)?\s*(?:大概|大约|约)?\s*$")
# money the asker has or spends, not a price: "we have $8k", "with $50k", "raised $100k"
_MONEY_WORDS = rx.compile(r"\b(?:have|has|got|with|raised?|raising|funding|grant|saved?|savings|runway|"
                          r"afford|allocated?|allocation)\s+(?:about|around|~|roughly|only|just)?\s*(?:us\$|\$|¥)|"
                          r"我们有|手上有|手里有|只有|资金|经费|拨款")
_BUILT_AFTER = rx.compile(r"\s*(?:k\b)?\s*(?:build|rig|box|server|machine|node|system)\b")
_BOUGHT_FOR = rx.compile(r"\b(?:bought|buying|purchased|picked up|snagged|got|paid)\b[^,.;!?]{0,40}"
                         r"\b(?:for|at)\s*(?:about|around|~|roughly|only|just)?\s*(?:us\$|\$)?\s*$")
# "buying outright is about $310k", "buying one costs $310k": what buying the thing named costs
_BUYING_IS = rx.compile(r"\b(?:buy(?:ing)?|purchas(?:e|ing)|own(?:ing)?)\b"
                        r"(?:\s+(?:it|one|outright|them|the (?:box|server|node)))*"
                        r"\s*(?:is|costs?|would cost|would be|runs?|=|:|at)?\s*(?:about|around|~|roughly)?\s*"
                        r"(?:us\$|\$|¥)?\s*$")
_PRICED_RIGHT_BEFORE = rx.compile(r"(?:#+|&+)(?:\s*[a-z]+){0,4}\s*(?:\([^)]{0,20}\)\s*)?"
                                  r"(?:,|is|are|costs?|cost me|runs?|goes for|go for|at|@|for|~|about|heard|"
                                  r"now)?\s*"
                                  r"(?:about|around|~|roughly|like|maybe|only|just)?\s*(?:us\$|\$|¥)?\s*$")


def _priced_thing(r: Reading, t: str, a: int, b: int, value: float, cur: str) -> str:
    """A bare amount said of the card or box named just before it (or "the $25k build"), with no
    money of the asker's own about: that thing's price, "price" or "server_price" ("" otherwise)."""
    usd = value if cur == "usd" else value / r.usd_cny()
    if 2e3 <= usd <= 5e6 and _BUILT_AFTER.match(t, b):
        return "server_price"              # "amortize the $25k build"
    last = _last_thing(r, a)
    before = r.masked[max(0, a - 40):a]
    if last is None or not (_PRICED_RIGHT_BEFORE.search(before) or _BOUGHT_FOR.search(t[max(0, a - 60):a])):
        return ""
    if last == "gpu" and 500 <= usd <= 1e5:
        return "price"                     # "Used A100 40GB PCIe are $3.5k-4k now"
    if last == "server" and 5e3 <= usd <= 5e6:
        return "server_price"              # "bought a used dgx a100 for $45k"
    return ""


def _server_priced(r: Reading, a: int) -> bool:
    """Whether the last price stated before position a is a server's."""
    prices = [st for st in r.stated if st.end <= a and st.param in (
        "server_price_usd", "server_price_cny", "price_usd", "price_cny")]
    return bool(prices) and max(prices, key=lambda st: st.end).param in (
        "server_price_usd", "server_price_cny")


def _last_thing(r: Reading, a: int, reach: int = 60) -> str | None:
    """What the nearest thing named before position a is: "server" or "gpu" (None when none
    is named in the `reach` characters before it)."""
    last = None
    for m in _THING.finditer(r.masked, max(0, a - reach), a):
        last = "server" if m.group(1) else "gpu"
    return last


_THEY_BEFORE = rx.compile(r"\bthey(?:'d|'ll| would| will| do| can| could| each)?\b")


def _thing_in_sentence(r: Reading, a: int) -> str | None:
    """The nearest thing named before position a (_last_thing), else one named farther back in the same
    sentence: "2 servers in the back office of the main plant, each pulls about 1.1kW"."""
    near = _last_thing(r, a)
    if near is None and not re.search(r"[.;?!。；？！]\s", r.t[max(0, a - 120):a]):
        near = _last_thing(r, a, reach=120)
    return near


_ON_ONE_GPU = rx.compile(r"\s*(?:measured\s*|observed\s*)?(?:on|with|from|per)\s*(?:one|a single|a|1|each)\s*"
                         r"(?:#+|gpus?|cards?|chips?)")
_HAS_HEAD = rx.compile(r"\b(?:has|have|holds|contains|packs|comes with|with)\s*$|(?:有|装|配|带)\s*$")
_EACH_HEAD = rx.compile(r"(?:每个|每一个|each(?: one)?|apiece)\s*"
                        # ("2 servers …, each pulls about 1.1kW": any verb of drawing, then a hedge)
                        r"(?:按|算|大概|大约|约|is|at|draws?|uses?|pulls?|consumes?|burns?|eats?|takes?|runs?|"
                        r"about|around|roughly|approx\.?|~|\s)*\s*$")


_GPU_INCL_SERVER = rx.compile(r"(?:一张|每张|单卡|每卡|一块|每块)\s*(?:卡)?\s*#*\s*(?:卡)?\s*(?:的)?\s*"
                              r"(?:连|含|包含|加上?|算上)\s*(?:服务器|整机)|"
                              # "单颗B200功耗1.2kW（含整机分摊）", "each GPU incl. its share of the server"
                              r"(?:含|包含|算上)\s*(?:服务器|整机)\s*(?:的)?\s*分摊|"
                              r"\b(?:its|their)\s+share of the (?:server|node|box|chassis|host)|"
                              # "1.2 kW each w/ server share", "1.1 kW per GPU incl. server overhead"
                              r"\b(?:w/|with|incl\.?|including|plus)\s*(?:the\s+|its\s+|a\s+)?"
                              r"(?:server|node|host|box|chassis)(?:'s)?\s+(?:share|overhead|portion)")


_SITE_HAS = rx.compile(r"(?:机房|园区|数据中心|机楼|campus|site|facility|data ?cent(?:er|re)|hall)"
                       r"[^，,。;；]{0,10}"
                       r"(?:只能拿出|能拿出|拿得出|可用|只有|给了|拿出|提供|只?批了?|批下来|分到了?|申请到了?|available|has|have|gives?)"
                       r"[^，,。;；\d]{0,4}$|"
                       # ("机房有 200kW", "机房供电 200kW", "机房总容量 1MW", "机房 200kW": the room's own,
                       # said right after it)
                       r"(?:机房|园区|数据中心)\s*(?:总)?(?:有|共有|总共有|容量|总容量|供电|配电|电力|总电力|功率|总功率)?"
                       r"\s*(?:约|大约|大概|为|是)?\s*$")
_RESERVED = rx.compile(r"(?:留了|预留了?|留出了?|划出了?|\breserved|\bset aside|\bearmarked)\s*"
                       r"(?:约|大约|大概|about|~)?\s*$")
# an electrical feed: "3-ph 415V 60A", "three-phase 400 V, 32 A", "230V/16A" (its current is the number read)
_PHASES = r"(?:3|three|1|single)[- ]?(?:ph|phase|φ)[a-z]*"
_FEED_WORDS = (r"(?:(?P<ph>" + _PHASES + r")\.?\s*,?\s*)?(?<![\d.])(?P<v>\d{3})\s*v(?:ac)?\s*[/,]?\s*"
               r"\d+(?:\.\d+)?\s*a(?:mps?)?(?![a-z0-9])")
_FEED = rx.compile(_FEED_WORDS)
_THREE_PHASES_AFTER = r"\s*,?\s*(?:3|three)[- ]?(?:ph|phase|φ)[a-z]*\b"
_THREE_PHASE_AFTER = rx.compile(_THREE_PHASES_AFTER)
# (its kVA given right after it, in brackets: "(call it 34.5 kVA)")
_TWIN_WORDS = (r"\s*[(（]\s*(?:call it|i\.e\.?|say|so|that'?s|≈|~|about|approx\.?|roughly|=|"
               r"derated(?: to)?)?\s*~?")
_TWIN_AFTER = rx.compile(_TWIN_WORDS + r"\s*\d")
_FEED_TWIN_BEFORE = rx.compile(_FEED_WORDS + "(?:" + _THREE_PHASES_AFTER + ")?" + _TWIN_WORDS + r"\s*$")
_PER_RACK_AFTER = rx.compile(r"\s*(?:per[- ]?(?:rack|cabinet|server|node)|/\s*(?:rack|柜)|每柜|单柜|一柜)")


_SENTENCE_END = rx.compile(r"(?<![\d.])(?<!incl)(?<!approx)(?<!vs)(?<!avg)(?<!est)(?<!e\.g)(?<!i\.e)\.\s")


_BUDGET_AFTER = rx.compile(r"\s*(?:of\s+)?(?:power\s+)?(?:budget|cap|limit|envelope)\b")
_BOX_NOUN = rx.compile(r"\b(?:enclosure|cabinet|box|chassis|node|server|rack|cab)\b")


# a rack's or cabinet's limit named as the clause's subject: "rack limit is", "Schrank limit is",
# "cabinet cap"
_RACK_LIMIT_HEAD = rx.compile(r"(?:\bracks?|\bcabinets?|\bcabs?|schr[aä]nk\w*|机柜)\s*(?:power\s+)?"
                              r"(?:limit|cap|budget|feed|max)\b")
_RACKS_FREE_AT = rx.compile(r"\b(?:racks?|cabinets?)\s+(?:free|available|open|empty|spare|left|provisioned|"
                            r"powered|"
                            r"rated|built|fed|wired)\s+"
                            r"(?:at|with)\s*$")


# a room's or its supply's power, said before the number: "server room UPS is rated 40 kVA", "机房配电 200kW"
_ROOM_SUPPLY = rx.compile(r"\b(?:server|computer|machine|equipment|data|comms?)\s+(?:room|hall|closet|cage)\b"
                          r"[^,;.]{0,24}$|"
                          r"\bups\b[^,;.]{0,16}$")


_PER_RACK = rx.compile(r"\s*(?:per|a|/|each)\s*(?:racks?|cabinets?)\b|\s*每(?:个)?(?:机柜|柜)")
_RACKS_ASKED = rx.compile(r"\b(?:convert(?:ed)?|translate[ds]?)\s+(?:it\s+|that\s+|this\s+)?(?:in)?to\s+"
                          r"racks\b|\bhow many racks\b|\bnumber of racks\b|\bracks? count\b|"
                          r"多少(?:个)?机柜|几个机柜|几柜")
_RACK_LIMIT_AFTER = rx.compile(r"\s*(?:per[- ])?(?:racks?|cabinets?|cabs?|机柜|单柜)\s*"
                               r"(?:power\s+)?(?:limit|cap|ceiling|budget|max(?:imum)?|上限|限电|限制)\b")


_RACKS_OF_KW = rx.compile(r"\s*(?:racks?|cabinets?|cabs?|rack positions?)\b(?!\s*(?:power\s+)?(?:cap|limit|"
                          r"budget|max))")
# (not "fit per rack at ~1.4 kW each", "billed for 48 racks at 40 kW each": what each card or rack drew)
_RACKS_AT_KW = rx.compile(r"(?<!per )(?<!each )(?<!a )(?<!the )(?<![\d,] )\b(?:racks?|cabinets?|cabs?)\s+"
                          r"(?:at|are|of|rated at|capped at|=|:)\s*(?:~|about|around)?\s*$")


# a place's whole supply: "100 kW for the whole facility", "our building only has 100 kW"
_WHOLE_PLACE_AFTER = rx.compile(r"\s*(?:\w+\s+)?for\s+(?:the\s+|our\s+)?(?:whole|entire)\s+"
                                r"(?:facility|building|site|office|place|shop|studio|house|floor)\b")
_PLACE_HAS_BEFORE = rx.compile(r"\b(?:our|the|my)\s+(?:building|facility|office|studio|shop|house)\s+"
                               r"(?:only\s+)?"
                               r"(?:has|have|gets?|got)\s+(?:only\s+|about\s+|around\s+|~\s*)?$")


# each box's draw, what it holds said first: "if each has 4 GPUs and draws ~2.2 kW"
# (or the box named with its cards: "L40S box w/ 4 cards pulls ~2.4kW at the wall")
_EACH_BOX_DRAWS = rx.compile(r"(?:\beach(?:\s+(?:box|server|node|machine|unit|one|chassis))?\s+has\s+"
                             r"[^.;?!]{1,30}?\s+and|"
                             r"\b(?:box|server|node|machine|rig|chassis)\s+(?:w/|with)\s*\d+\s*(?:cards|gpus)(?:\s+in\s+it)?)"
                             r"\s+(?:draws?|pulls?|uses?|consumes?|burns?)\s*(?:~|about|around|roughly)?\s*$")


def _assign_power(r: Reading, role: str, a: int, b: int, value: float) -> None:
    """Watts are a power; which one is told by the qualifier in the same clause: per GPU,
    per server (or rack), else the facility. MW and GW are never one GPU's draw."""
    masked = r.masked
    unit = {"watts": "W", "kilowatts": "kW", "megawatts": "MW", "gigawatts": "GW"}[role]
    # (a sentence's end is the clause's too: "racks at 132 kW each. how many racks / GPUs fit")
    tail = _SENTENCE_END.split(CLAUSE.split(masked[b:b + 28])[0])[0]
    # (and the sentence's start: "… 1.8 kW for a server. how many L4s at 75 W each" is each card's)
    head = _SENTENCE_END.split(CLAUSE.split(masked[max(0, a - 32):a])[-1])[-1]
    if re.match(r"\s*的?\s*(?:电|电力|供电|市电)(?![费价表])", tail) and not PER_SERVER.search(head) \
            and not re.search(r"每|单台|单机|一台|整机", head):
        # ("仓库那边能单独拉一路30千瓦的电，放DGX B200能放几台": the supply there is, what must fit under it)
        r.add("power_mw", units.convert(value, unit, "MW"), a, b)
        return
    if role in ("watts", "kilowatts") and _EACH_BOX_DRAWS.search(masked[max(0, a - 60):a]) \
            and _BOX_NOUN.search(masked[max(0, a - 120):a]) is not None:
        # ("How many L40S boxes fit if each has 4 GPUs and draws ~2.2 kW": each box's draw, its cards said
        # between)
        r.add("watts_per_server", units.convert(value, unit, "W"), a, b)
        return
    if _CIRCUIT_CARRIES.search(masked[max(0, a - 60):a]):
        # ("the closet circuit can only handle about 1,800 W. How many L4s …": the supply, the cards fitted
        # under it)
        r.add("power_mw", units.convert(value, unit, "MW"), a, b)
        return
    if re.match(r"\s*(?:\w+\s+)?(?:circuit|breaker|outlet|socket)\b", tail) \
            and not (PER_SERVER.search(head + tail) or EACH.search(tail) or PER_GPU.search(head + tail)):
        # ("can we even power that on our ~3 kW circuit": the supply there is, the fleet checked against it)
        r.add("power_mw", units.convert(value, unit, "MW"), a, b)
        return
    if _WHOLE_PLACE_AFTER.match(tail) or _PLACE_HAS_BEFORE.search(head):
        # ("our building only has 100 kW for the whole facility": the supply of the place, what must fit it)
        r.add("power_mw", units.convert(value, unit, "MW"), a, b)
        return
    # "our edge enclosure … has a 1,500 W power budget": a box's limit (the cards fitted under it)
    box_budget = role in ("watts", "kilowatts") and _BUDGET_AFTER.match(tail) is not None \
        and not re.match(r"\s*(?:max(?:imum)?|peak)?\s*(?:per|each|a)\s+(?:node|server|box|system)\b", tail) \
        and _BOX_NOUN.search(CLAUSE.split(masked[max(0, a - 48):a])[-1]) is not None
    # (not a "per box" that counts the cards before an "each": "8 GPUs per box at ~1,000 W each" is each
    # card's draw, told below; "每台 4 卡、整机 2200W" still the server's)
    per_box = next((m for m in PER_SERVER.finditer(head) if not EACH.search(tail) or not any(
        s.param == "gpus_per_server" and s.start <= a - len(head) + m.start() < s.end for s in r.stated)),
        None)
    per_rack = _PER_RACK.match(tail) if role == "kilowatts" else None
    if role == "kilowatts" and "server_power_cap_w" not in r.params and not re.search(r"nvl|gb[23]00", r.t) \
            and ((rack := _RACKS_OF_KW.match(tail)) is not None
                 or (_RACKS_AT_KW.search(head)
                     and not re.match(r"\s*(?:each|apiece|per (?:gpu|card))\b", tail))):
        # ("how many 40kW racks does that come to", "Cabinets at 18 kW": the racks' power, each one's limit)
        r.add("server_power_cap_w", units.convert(value, unit, "W"), a, b + (rack.end() if rack else 0))
        r.params["rack_kw_said"] = True   # (the racks' own kW: not re-read as a server's draw, calc/derive)
        return
    if per_rack is not None and "server_power_cap_w" not in r.params \
            and _RACKS_ASKED.search(r.t) and not re.search(r"nvl|gb[23]00", r.t):
        # ("Convert to racks at 41 kW per rack": what each rack takes, the racks asked of a fleet of servers)
        r.add("server_power_cap_w", units.convert(value, unit, "W"), a, b + per_rack.end())
        return
    spared, for_box = _SPARED.search(head), _FOR_A_BOX.match(tail)
    if role in ("watts", "kilowatts") and "server_power_cap_w" not in r.params \
            and spared is not None and for_box is not None:
        # ("we can spare maybe 3 kW for a server. would a box with 4 L40S at 350W each fit?": the power a box
        # may draw, the limit it is fitted under)
        r.add("server_power_cap_w", units.convert(value, unit, "W"), a - len(spared.group(0)),
              b + for_box.end())
        return
    server_ctx = bool(PER_SERVER.search(tail) or per_box) or box_budget
    gpu_ctx = bool(PER_GPU.search(tail) or PER_GPU.search(head))
    if not (gpu_ctx or server_ctx) and EACH.search(tail):
        # a bare "each" is the nearest counted thing's: "640 V100s in rack row C drawing 300 W
        # each" is each V100's, though a rack is named after the count
        # ("1,200 edge sites, 2 cards per site, all L4 at 72 W each": the cards, counted last)
        counted = [s for s in r.stated if s.param in ("gpus", "servers", "gpus_per_server") and s.end <= a]
        since = [m for m in _THING.finditer(r.masked, counted[-1].end, a)] if counted else []
        if since and not since[-1].group(1):
            # "30 racks, each capped at 17.3 kW. With A100 at 400 W each": the cards named since
            server_ctx = False
        elif counted and counted[-1].param == "gpus_per_server":
            # ("4 GPUs per server, 2.2 kW each": each server's; "2 cards per site, all L4 at 72 W each": each
            # card's; no card draws over 1.5 kW)
            server_ctx = units.convert(value, unit, "W") > 1500
        elif counted and role == "kilowatts" and counted[-1].param == "servers" and not since \
                and "server_power_cap_w" not in r.params \
                and re.search(r"\b(?:racks?|cabinets?|cabs?)\b", str(counted[-1].text).lower()) \
                and not re.search(r"[#&]", r.masked[max(0, counted[-1].start - 24):counted[-1].end + 12]) \
                and not re.search(r"nvl|gb[23]00", r.t) \
                and re.search(r"\b(?:fit|put|place|land|stuff|squeeze|host|house)\b", r.t):
            # ("40 racks free in a colo in Thessaloniki, 35 kW each. How many DGX B200 fit": each rack's
            # power, its limit; not "125 GB200 NVL72 racks at 120 kW each", a rack-scale server's own draw,
            # nor "billed for 48 racks at 40 kW each", what they drew)
            r.add("server_power_cap_w", units.convert(value, unit, "W"), a, b + _qual_len(tail))
            return
        elif counted:
            server_ctx = counted[-1].param == "servers"
        else:
            # ("40 cabinets available, each capped at 12 kW": each of the racks named before)
            things = list(_THING.finditer(r.masked, max(0, a - 60), a))
            last = [m.group(0) for m in things]
            # ("… 1.8 kW for a server. how many L4s at 75 W each": the cards named last, in its own sentence)
            card_last = bool(things) and things[-1].group(2) is not None \
                and not _SENTENCE_END.search(r.masked, things[-1].end(), a)
            server_ctx = not card_last and (bool(_SERVER_NOUN.search(head)) or bool(
                last and re.fullmatch(r"racks?|cabinets?|机柜", last[-1])))
        if role == "kilowatts" and "server_power_cap_w" not in r.params \
                and _RACKS_FREE_AT.search(head):
            # "80 cabinets free at 30 kW each": what each free rack can take, its limit
            r.add("server_power_cap_w", units.convert(value, unit, "W"), a, b + _qual_len(tail))
            return
        if not server_ctx and units.convert(value, unit, "W") > 3000 and _RACK_LIMIT_HEAD.search(head):
            # ("24 MI300X … rack limit is 15 kW each": each rack's limit, the clause's own subject; no card
            # draws 3 kW)
            server_ctx = True
        gpu_ctx = not server_ctx
    if not (gpu_ctx or server_ctx) and _EACH_HEAD.search(head):
        # "放 GB200 NVL72 rack … 每个按 120kW 算": each of the thing named last
        # ("2 servers in the back office of the main plant, each pulls about 1.1kW": farther back in its
        # sentence)
        thing = _thing_in_sentence(r, a)
        server_ctx, gpu_ctx = thing == "server", thing == "gpu"
    if re.match(r"\s*(?:per|/|a|each|every)\s*(?:gpu|accelerator|card|chip)\b|\s*(?:每卡|每张|单卡)|"
                r"\s*/\s*(?:卡|张|颗|块)", tail):
        # "how many gpus fit per rack w/ h100 at 1,275 W per GPU": the unit written on the number
        # itself, whatever the clause says before it
        gpu_ctx, server_ctx = True, False
    if re.match(r"\s*(?:each|apiece)\b", tail) and re.search(
            r"(?<!\bper )(?<!\beach )(?<!\ba )(?<!/)\b(?:servers|nodes|boxes|machines)\s+"
            r"(?:at|@|drawing|pulling|rated at)\s*"
            r"(?:~|≈|about|around|roughly)?\s*$", head):
        # ("How many 4x L4 servers at ~600 W each": each of the servers just named, not each card)
        gpu_ctx, server_ctx = False, True
    if _GPU_INCL_SERVER.search(head + tail):
        # "一张 GB200 连服务器按 1.8kW", "per GPU incl. its server share": one card's all-in draw
        gpu_ctx, server_ctx = True, False
    # ("小机房总共就200kW的电，能放几台DGX B200": the room's whole power, not one server's)
    facility = role in ("kilowatts", "megawatts") and re.match(r"\s*(?:的)?\s*(?:电|电力|供电|市电)", tail) \
        and re.search(r"(?:总共|一共|合计|只有|总|一共就|总共就|就)\s*$", head)
    if facility:
        gpu_ctx = server_ctx = False
    if role == "kilowatts" and not gpu_ctx and not facility and _SERVER_NOUN.search(head + tail):
        server_ctx = True
    if role == "watts" and not gpu_ctx and ((value > 2500 and _SERVER_NOUN.search(head + tail)) or (
            "gpus_per_server" in r.params
            and re.search(r"(?:整机|整盒|整台|整箱|整套)\s*(?:功耗|功率|满载)[^，,。]{0,6}$", head))):
        server_ctx = True                  # "八卡服务器整机功耗大概 6500W": no GPU draws 6.5 kW
    if role == "kilowatts" and not server_ctx and value <= 2 \
            and not PER_GPU.search(head + tail) and _card_far_below(r, units.convert(value, unit, "W")) \
            and re.search(r"\b(?:box|server|node|machine|rig|workstation)\b[^.;?!]{0,60}$",
                          r.masked[max(0, a - 80):a]):
        # ("one box … with 4x RTX 4090s, pulls about 1.8 kW": no 4090 draws that)
        gpu_ctx, server_ctx = False, True
    if not (gpu_ctx or server_ctx) and "gpus_per_server" in r.params and _BOX_DRAWS.search(head):
        # ("2 servers w/ 4x L40S each, box pulls ~2.1 kW": one box of the cards counted, its draw)
        server_ctx = True
    if role == "watts" and not (gpu_ctx or server_ctx) and "accelerator" not in r.params \
            and _thing_in_sentence(r, a) == "server" and _DRAWS_BEFORE.search(head):
        # ("our one tiny server in the back office draws 800 W all in": the server's, no card named)
        server_ctx = True
    if role == "kilowatts" and not (gpu_ctx or server_ctx) and value <= 2:
        gpu_ctx = True                     # "+ 0.7kW": no facility draws under 2 kW
    if role == "kilowatts" and not (gpu_ctx or server_ctx) and not facility and 2.5 < value <= 200 and (
            _last_thing(r, a) == "server" or "server" in r.params or "gpus_per_server" in r.params):
        server_ctx = True                  # "一台HGX H100服务器…满载10kW左右": the server's
    if role == "kilowatts" and gpu_ctx and not server_ctx and value > 2.5 and (
            "servers" in r.params or "server" in r.params or "gpus_per_server" in r.params) \
            and not PER_GPU.search(head + tail):
        # "50 racks … at 132 kW each", "how many 8-gpu servers, 10.2 kW each": no GPU draws 132 kW
        gpu_ctx, server_ctx = False, True
    if role == "kilowatts" and value > 250 and not (PER_SERVER.search(tail) or PER_SERVER.search(head)
                                                     or EACH.search(tail)):
        server_ctx = gpu_ctx = False       # "a 600 kW power envelope": a site's, no rack draws that
    if role in ("kilowatts", "megawatts") and units.convert(value, unit, "W") > 2e6:
        server_ctx = gpu_ctx = False       # "1万千瓦能放多少台（每台10.2千瓦）": no rack draws 10 MW
    # ("每台11kW 总共几MW": the total asked after it is not this number's)
    if (re.match(r"\s*(?:in\s+)?(?:total|all told|in all|overall|combined)\b(?!\s*(?:how|what))|"
                 r"\s*(?:总共|合计|总计)(?!\s*(?:要|需要|是)?\s*(?:几|多少))", tail)
            or re.search(r"(?:总共|合计|一共|总计|总功率|总电力|总容量|total of)\s*(?:是|为|有|约|大约)?\s*$",
                         head)):
        server_ctx = gpu_ctx = False       # "the pod has 340 kW total": the whole site's
    # ("has 180 kW usable IT load", "180 kW of IT capacity")
    # (a room named by its servers is a room: "40 kW spare for a server closet")
    room_tail = re.sub(r"\b(?:server|computer|machine)\s+(?:closet|room|cage|hall)s?\b", "room", tail)
    if re.match(r"\s*(?:of\s+)?(?:spare|free|available|left|unused|usable|of headroom|"
                r"(?:usable\s+|available\s+)?it\s+(?:load|capacity|power))\b", tail) \
            and not (PER_SERVER.search(head + room_tail) or EACH.search(tail) or PER_GPU.search(head + tail)):
        server_ctx = gpu_ctx = False       # "server room has 40 kW spare": the room's room left
    if _SITE_HAS.search(head) and not _PER_RACK_AFTER.match(tail) and not box_budget:
        server_ctx = gpu_ctx = False       # "机房只能拿出20kW的电": the room's, not one server's
    if _RESERVED.search(head) and not _PER_RACK_AFTER.match(tail) and not PER_SERVER.search(head + tail) \
            and not EACH.search(tail):
        server_ctx = gpu_ctx = False       # "配电给AI机柜留了200kVA": the power set aside for all of them
    if _ROOM_SUPPLY.search(head) and not (PER_SERVER.search(head + tail) or EACH.search(tail)
                                          or PER_GPU.search(head + tail)):
        server_ctx = gpu_ctx = False       # "Branch server room UPS is rated 40 kVA": the room's supply
    if role == "kilowatts" and value <= 200 and _EACH_BOX_SIZED.search(masked[max(0, a - 20):a]):
        # ("放L40S服务器（每台4卡，约2.2kW）": each server's cards, then its draw, in one breath)
        gpu_ctx, server_ctx = False, True
    big = role in ("megawatts", "gigawatts")
    if server_ctx and not (big and value >= 1):     # no server or rack draws a megawatt
        r.add("watts_per_server", units.convert(value, unit, "W"), a, b + _qual_len(tail))
    elif not big and role == "kilowatts" and "server_power_cap_w" not in r.params \
            and _RACK_LIMIT_AFTER.match(tail):
        # ("2.0 kW/GPU all-in. 128 kW rack limit on the DLC rows": a rack's limit, the cards fitted under it)
        r.add("server_power_cap_w", units.convert(value, unit, "W"), a, b)
    elif not big and (gpu_ctx or role == "watts"):
        r.add("watts_per_gpu", units.convert(value, unit, "W"), a, b + _qual_len(tail))
    else:
        r.add("power_mw", units.convert(value, unit, "MW"), a, b)


# one box said to draw, its clause's subject: "box pulls ~", "the server draws about "
_BOX_DRAWS = rx.compile(r"(?:^|[,;，；]|\b(?:the|each|every|one|our|that|this))\s*"
                        r"(?:box|server|node|machine)\s+(?:pulls?|draws?|uses?|consumes?|burns?|eats?)\s*"
                        r"(?:about|around|roughly|~|maybe|like)?\s*$")
# a draw said of the thing named before: "draws ~", "pulls about"
_DRAWS_BEFORE = rx.compile(r"\b(?:draws?|drawing|pulls?|pulling|uses?|using|consumes?|burns?|eats?|"
                           r"runs? at|sits? at)\s*(?:about|around|roughly|~|maybe|like)?\s*$")
_EACH_BOX_SIZED = rx.compile(r"(?:每台|每个节点|每节点|单台)\s*\d+\s*(?:卡|张卡|张)\s*[,，、]\s*(?:整机)?\s*"
                             r"(?:功耗|功率|满载)?\s*(?:约|大约|大概|差不多)?\s*$")


def _qual_len(tail: str) -> int:
    m = re.match(r"\s*(?:per|/|a|each|every)\s*(?:gpu|accelerator|card|chip|server|node|rack|box|"
                 r"machine)|\s*(?:each|apiece|all-in)", tail)
    return m.end() if m else 0


def _currency(r: Reading, n: Num, a: int, b: int) -> tuple[str, int, int]:
    """The amount's currency ("usd" / "cny"), and where the symbol or word before and after the
    number starts and ends (so the span quotes "¥240k", "3.5万美元")."""
    from_ = max(0, n.start - 6)
    after = CURRENCY_AFTER.search(r.t[n.end:n.end + 16])
    before = CURRENCY_BEFORE.search(r.t[from_:n.start])
    start = from_ + before.start() if before else n.start
    end = n.end + after.end() if after else n.end
    if after:
        usd = re.match(r"美元|美金|美分|刀|usd|us\$|dollar|buck|cent", after.group(1)) or (
            # "預算美金 4,500 萬元": the dollars said before; 元 after is the amount's unit word
            after.group(1) in ("元", "万元")
            and re.search(r"(?:美金|美元|usd)\s*$", r.t[max(0, n.start - 6):n.start]))
        if not usd and after.group(1) == "块" and (
                more := re.match(r"\s*(?:钱)?\s*(?:美元|美金|刀)(?:\s*(?:一|每|/)\s*(?:个)?(?:小时|h\b))?",
                                 r.t[end:end + 10])):
            return "usd", start, end + more.end()    # "两块美金一小时": two dollars
        return ("usd" if usd else "cny"), start, end
    if before:
        return ("cny" if before.group(1) in ("¥", "rmb", "cny", "￥") else "usd"), start, end
    if re.search(r"(?:美金|美元|美刀|usd)\s*(?:的)?\s*(?:报价|价格|单价|售价|计价|价)\s*"
                 r"(?:是|为|约|大概|大约)?\s*$",
                 r.t[max(0, n.start - 12):n.start]):
        return "usd", start, end          # ("H100 NVL美金报价2.9万一张": dollars, said before the quote)
    if KW["cny"].search(r.t[max(0, a - 4):b]):
        return "cny", start, end
    # no currency at the number: the question's own, and RMB in a Chinese question without US$
    # (dollars only asked for, "合多少美元", are the answer's currency, not the amount's)
    if _ASKED_IN_CNY.search(r.t) and not KW["cny"].search(_ASKED_IN_CNY.sub("", r.t)) \
            and not CJK.search(_ASKED_IN_CNY.sub("", r.t)):
        # "H100 list 30k … in RMB @7.1?": the yuan is the answer's currency; what is converted into
        # it is not yuan
        return "usd", start, end
    if (KW["cny"].search(r.t) or CJK.search(r.t)) and not KW["usd"].search(_ASKED_IN_USD.sub("", r.t)):
        return "cny", start, end
    # ("国内买 H20 8卡整机，一台 110万 … 租 H100 $3/GPU-hr … $1=7.1元": a rate written as an equation, or the
    # amount said of a purchase at home, is the same sign)
    if re.search(r"[万亿]", n.raw) and CJK.search(r.t) and (
            re.search(r"汇率|exchange rate|\bfx\b|(?:us)?\$\s*1\s*=|"
                      r"(?<![\d.])1\s*(?:美元|美金|usd|\$)\s*=", r.t)
            or re.search(r"国内|境内|内地", r.t[max(0, n.start - 24):n.start])):
        # "9.8万一张, 8卡整机 140万, 对比 h200 整机 $310k 汇率7.15": the dollars are marked, an exchange rate
        # joins the two currencies, and the amounts counted in 万 without a mark are the yuan
        return "cny", start, end
    return "usd", start, end


_ASKED_IN_CNY = rx.compile(r"\b(?:in|into|to)\s+(?:rmb|cny|yuan|renminbi|chinese yuan)\b|"
                           r"(?:合|折合|折成|换成|换算成|折算成?|转成|算成|等于|相当于)\s*(?:多少|几)?\s*(?:万|亿)?\s*"
                           r"(?:人民币|rmb|元)|(?:多少|(?<![十百千万])几)\s*(?:万|亿)?\s*人民币")


_ASKED_IN_USD = rx.compile(r"(?:合|折合|折成|换成|换算成|折算成?|等于|相当于)?\s*(?:多少|几)\s*(?:万|亿)?\s*"
                           r"(?:美元|美金|刀)|"
                           r"(?:合|折合|折成|换成|换算成|折算成?|转成|算成)\s*(?:成)?\s*(?:美元|美金|刀)")


# "8x H100服务器", "8 H100 servers": a server's size written before its name
_TOKEN_HEAD = rx.compile(r"(输出|输入|output|input|prompt|上下文)\s*(?:长度)?\s*(?:为|是|=|:)?\s*$")
_BOXES_COUNTED_LATER = rx.compile(r"\b(?:of (?:them|those|these)|"
                                  r"\d[\d,]*\s*(?:servers|nodes|boxes|machines))\b")
# "8x MI325X boxes" (many, each of that size), "an 8x L40S box"
_SIZED_BOX = rx.compile(r"\s*[x×]\s*#+\s*"
                        r"(?:(?P<many>servers|nodes|boxes|machines)|server|node|box|machine)\b")
_WAN_BUDGET = rx.compile(r"(?:budget|预算|经费|资金)\s*(?:大概|大约|约|有|是|就|只有)?\s*$")
# ("月活车主180w": the active people named after the word)
_WAN_USERS = rx.compile(r"(?:日活|月活|周活|用户数?|并发|dau|mau|concurrency|concurrent users|ccu)"
                        r"(?:车主|用户|会员|司机|玩家|学生|客户|商家|骑手)?\s*"
                        r"(?:大概|大约|约|有)?\s*$")
_SERVER_OF = rx.compile(r"(?:servers?|nodes?|boxes|machines?|racks?|服务器|节点|机柜|&)\s*"
                        r"(?:[(（]\s*(?:of|with)?|of|with|holding|containing|packing)\s*$")
_EACH_SERVER = rx.compile(r"\s*(?:#+\s*)?(?:each|per (?:server|node|box|machine)|every (?:server|node))\b")


# the power someone can give a box: "we can spare maybe 3 kW for a server"
# ("the back room circuit can take about 1.8 kW for a server", "we have 2 kW for a box": what there is for it)
_SPARED = rx.compile(r"\b(?:spare|free up|set aside|give|allot|allocate|budget|"
                     r"(?:can|could)\s+(?:take|handle|carry|supply|deliver|feed|give)|"
                     r"(?:we|i)\s+(?:have|got|'ve got))\s*(?:maybe|about|around|"
                     r"roughly|~|only|just)?\s*$")
_FOR_A_BOX = rx.compile(r"\s*(?:of\s+power\s+)?for\s+(?:a|one|the|each|our)\s+(?:server|box|node|rack|"
                        r"machine|rig)\b")


_AT_PEAK = rx.compile(r"\s*(?:at (?:the )?peak|at peak times|during (?:the )?peak|高峰(?:时|期)?|峰值)")


# words before a bare amount that make it one card's price, not a sum to spend
_ONE_CARD_PRICE = rx.compile(r"一张|每张|单张|单卡|单价|一块|每块|"
                             r"\b(?:a|one|each|per)\s+(?:single\s+)?(?:#+|gpu|card|chip)|"
                             r"\bsingle\s+#|\bbuy(?:ing)?\s+(?:them\s+|it\s+)?at\s*(?:us\$|\$)?\s*$|"
                             # "买卡按 2.5 万刀算", "买一张要 3 万美元"
                             r"(?:买|购)(?:一张|单张|卡|一块)\s*(?:按|是|要|大概|约|得)*\s*(?:us\$|\$|¥|￥)?\s*$|"
                             # "or buy it outright for $25k", "the card costs them ¥120k"
                             r"\b(?:buy|purchase)\s+(?:it|one|them|the card|a card)?\s*(?:outright\s+)?"
                             r"(?:for|at)\s*"
                             r"(?:about|around|~)?\s*(?:us\$|\$|¥|￥)?\s*$|"
                             r"\b(?:card|gpu|chip)s?\s+costs?\s+(?:them|us|me|you)?\s*(?:about|around|~)?\s*"
                             r"(?:us\$|\$|¥|￥)?\s*$|"
                             r"(?:cost|price)s?\s+(?:at\s*)?(?:us\$|\$)?\s*$|"
                             # "capex at $25k/$32k/$40k", "1.3M units @ $11k"
                             r"\$\s*[\d.,]+\s*[km]?\s*/\s*(?:us\$|\$)?\s*$|\bunits?\s*(?:@|at)\s*(?:us\$|\$)?\s*$")
# (a Chinese message: "匯率抓 32.5" beside 新台幣 is a rate given to the currency named in calc/foreign)
_CJK_ANY = rx.compile(r"[\u4e00-\u9fff]")
# one person described, then counted with "of them" (no card or server named between)
_EACH_PERSON_BEFORE = rx.compile(r"\b(?:each|every|the average|an average|a typical)\s+(?:[a-z-]+\s+)?"
                                 + ONE_USER + r"\b[^#&?!]{0,120}?[;,.]\s*$")
_TRAIN_WORDS = rx.compile(r"训练|训完|跑完|\btrain|多少天|几天|how many days|how long|\beta\b|\bmfu\b")
_BILL_WORD = rx.compile(r"电费\s*(?:按|是|为|约|大概)?\s*$")
# ("$275k (~9.5 ล้านบาท) each": its twin in brackets between)
_EACH_UNIT_AFTER = rx.compile(r"\s*(?:[(（][^()（）]{0,30}[)）]\s*)?"
                              r"(?:each|ea\b|apiece|a (?:rack|server|node)|per (?:rack|server|node)|"
                              r"每台|每柜|一台|一柜)")
# "8-card servers at $120k", "L40S servers (8 GPU) at $92k", "same config at $279k", "$355k/node" (after),
# "同一台 DGX H100，代理商A报 ¥235万": a quote for the server said just before it
_HOW_MANY_FOR = rx.compile(r"how many[^,;.?]{0,30}$|(?:能买|买)[^,，。;；]{0,8}$")   # a budget asked about
# ("L40S servers (8 GPU) at $92k", "代理商A报 ¥235万")
_SERVERS_AT = rx.compile(r"(?:\b(?:server|box|node|machine|chassis)\s*(?:w/|w|with)\s*\d+\s*(?:x\s*)?"
                         # ("supermicro L40S node w 8 gpus, $92k each": the node, its size, then its price)
                         r"(?:gpus?|cards?)\s*[,:(]?\s*(?:at|for|@|is|costs?)?|"
                         r"\b(?:servers|boxes|nodes|systems|config(?:uration)?|(?:base)?boards?)\s*"
                         r"(?:\([^)]{0,16}\)\s*)?(?:quoted\s+)?(?:at|for|@|cost(?:s|ing)?|priced at)|"
                         r"(?:&|台)[^,，。;；]{0,16}(?:报价?|报了|quotes?|quoted)[^,，。;；\d]{0,4}|"
                         r"(?:^|[,，;；])\s*[^,，。;；\d]{0,8}(?:报价?|报了)(?=[^,，。;；\d]{0,3}$))\s*"
                         r"(?:about|around|~|约|大约)?\s*(?:us\$|\$|¥|￥)?\s*$")
# (on the masked text: "H20 server got quoted at 1.05M RMB", "box quoted $285k", "dgx h100 quoted $300k",
# the server's name masked)
_EACH_CARD_AFTER = rx.compile(r"\s*(?:each|every)\s+(?:card|gpu|chip|accelerator)\b")
# ("供应商单卡报价约5万美元": one card's quote said, not a server's)
_ONE_CARD_SAID = rx.compile(r"单卡|单张|每张|每块|每卡(?!时|小时)|一张卡")
_SERVER_QUOTED = rx.compile(r"(?:&+\s*|\b(?:servers?|box(?:es)?|nodes?|systems?|racks?)\s+)"
                            r"(?:got\s+|was\s+|is\s+|gets\s+|been\s+)?(?:quoted(?:\s+(?:at|for))?|quote\s*(?:is|of|=|:|at)?)\s*"
                            r"(?:about|around|~|约|大约)?\s*(?:us\$|\$|¥|￥)?\s*$")
# ("Dell quoted a PowerEdge with 4x L40S at $62,000": a thing of any name holding the cards counted, priced)
_BOX_WITH_CARDS = rx.compile(r"\b(?:a|an|one)\s+(?!(?:gpu|card|chip)s?\b)(?:[a-z][\w-]*\s+){1,2}"
                             r"(?:w/|w|with)\s*"
                             r"\d+\s*(?:x|×)\s*#+\s*(?:gpus?|cards?)?\s*,?\s*"
                             r"(?:at|for|@|is|costs?|quoted at|priced at)?\s*(?:about|around|~)?\s*"
                             r"(?:us\$|\$)?\s*$")
_EACH_UNIT_BEFORE = rx.compile(r"(?:each|apiece|每台|每柜|一台|一柜|per (?:rack|server|node))\s*"
                               r"(?:[~≈]|about|约|大约|大概)?\s*"
                               r"(?:us\$|\$|¥)?\s*$")
_A_PRICED = rx.compile(r"\b(?:a|one|each|per)\s*(?:us\$|\$)?\s*$")   # "a $45,000 B300"


def _price_clause(t: str, a: int) -> str:
    """The words before an amount in its clause, and the clause before when this one is only a
    word or two ("H100 单价合人民币多少？按 2.5 万美元")."""
    parts = CLAUSE.split(t[max(0, a - 40):a])
    return parts[-1] if len(parts[-1].strip()) > 3 or len(parts) < 2 else parts[-2] + " " + parts[-1]


_PRICE_LIST = rx.compile(r"\$\s*[\d.,]+\s*[km]?\s*/\s*(?:us\$|\$)?\s*$|"
                         r"\bunits?\s*(?:@|at)\s*(?:us\$|\$)?\s*$|"
                         # "H100 pricing drops to $18,000", "vs. today's $27,500"
                         r"(?:pric(?:e|es|ing)|costs?)\s+(?:drops?|falls?|goes|went|comes|rises?)\s*"
                         r"(?:down\s*|up\s*)?to\s*(?:us\$|\$)?\s*$|today'?s\s*(?:us\$|\$)?\s*$")
_AT_RATE = rx.compile(r"\bat\s*$|按\s*$")
_CONVERTED = rx.compile(r"(?:相当于|等于|折合|约合|合|that'?s|=|equals?)\s*(?:约|大约|about|~)?\s*"
                        r"(?:us\$|\$|¥)?\s*$")
_EACH_WORD = rx.compile(r"\s*(?:each|ea|apiece|a piece|per unit)\b")


def _with_each(t: str, end: int) -> int:
    """A price's span end, over the "each" said after it ("racks … cost about $3M each")."""
    each = _EACH_WORD.match(t, end)
    return each.end() if each else end
# one server named just before an amount: "一台H100服务器（8卡）", "one 8-GPU server,"
_ONE_SERVER_PRICED = rx.compile(r"(?:一台|每台|单台)[^，,。；;]{0,16}(?:服务器|整机)\s*"
                                r"(?:[(（][^)）]{0,8}[)）])?\s*(?:的)?\s*(?:价格|报价|售价|要|是|约|大概)?\s*$|"
                                # ("一台DGX H200先算40万美元": one box named, its price taken for now)
                                r"(?:一台|每台|单台)\s*(?:hgx|dgx)\s*[a-z]?\d{2,3}\s*(?:的)?\s*(?:价格|报价|售价)?"
                                r"\s*(?:先|就)?\s*(?:抓|算|按|取|当|估)?\s*(?:是|约|大概|大约)?\s*$|"
                                # "单台HGX H100八卡，买价28万美元": one box described, then its price
                                r"(?:一台|每台|单台)[^。；;?？]{0,20}?[,，]?\s*(?:买价|报价|售价|采购价|价格|单价|购买价)"
                                r"\s*(?:是|为|约|大概|大约)?\s*$|"
                                # "Server quote $280k", "node quote is ~$300k"
                                r"\b(?:server|node|box|rack|chassis)\s+quote\s*(?:is|of|=|:|at|~)?\s*(?:us\$|\$|¥)?\s*$|"
                                r"\b(?:one|each|a|per)\s+[^,.;]{0,16}\b(?:server|node|box)\s*(?:\([^)]{0,8}\))?\s*"
                                r"(?:is|costs?|at|=|:|for|~)?\s*(?:us\$|\$|¥)?\s*$")
_BUDGET_WORDS = rx.compile(r"预算|budget|\bspend(?!\s+in\b)|投资|投入|capex|资本开支|\bin total\b|"
                           r"\b(?:i|we)\s*(?:only\s+)?(?:have|'ve got|have got)\s*"
                           r"(?:only\s+|about\s+|around\s+|~)?(?:us\$|\$|¥|€)?\s*\d|"
                           r"总共|一共|合计|总价|总额")
_BUY_FOR_BEFORE = rx.compile(r"\bhow many\b[^.?!;]{0,30}?\b(?:can|could) (?:we|i|you) (?:get|buy|afford)\s+"
                             r"(?:with|for)\s*(?:about|around|roughly|~)?\s*(?:us\$|\$|£|€|¥)?\s*$")
CAN_BUY = rx.compile(r"how many (?:can|could) (?:we|i|you) (?:get|buy|afford)|"
                      r"能买|可以买|买得起|能买多少|够买")
_EACH_OF_THING = rx.compile(r"\s*(?:chips?|gpus?|cards?|accelerators?)\s*(?:each|apiece)\b")
_SPEED_OF = rx.compile(r"#+\s*(?:\([^)]{0,20}\)\s*)?(?:is|=|does|delivers|gives|gets|offers|≈|~|"
                       r"(?:runs|performs|works|comes in|lands) at)\s*"
                       r"(?:about|around|roughly|~)?\s*$|"
                       r"#+(?:[^,.;，。；]|\.(?=\d)){0,30}\b(?:and |which |that )?"
                       r"(?:does|delivers|gives|gets)\s*"
                       r"(?:about|around|~)?\s*$")
_USERS_GO = rx.compile(r"(?<!并发)(?:\bdau|\bmau|\bwau|\busers?|日活|月活|用户)\s*"
                       r"(?:goes|grows|going|growing|jumps?|rises?|will go|from|从)\s*(?:from\s*)?$")
_BATCH_HEAD = rx.compile(r"(?:\bbatch(?: size)?|\bbs|\bconc(?:urrency)?|并发(?:数)?)\s*"
                         r"(?:cap|size|max|limit|上限)?\s*"
                         r"(?:=|:|of)?\s*$")
_YEAR_NOUN = rx.compile(r"\s*(?:ai\s+|global\s+|worldwide\s+)?"
                        r"(?:accelerator|gpu|chip|hbm|server|datacenter)s?\s+"
                        r"(?:shipments?|demand|market|sales|capex|spend(?:ing)?|revenue|deployments?|installs?|supply)\b")
_NOW_AFTER = rx.compile(r"\s*(?:(?:that |which )?(?:we|i|you|they)\s+(?:run|have|operate|own|use|got)\s+)?"
                        r"(?:today|now|currently|right now|at the moment|现在|目前|如今)\b")
GROWS_WORD = rx.compile(r"doubl|grow|翻倍|翻番|增长|\bx\b.{0,12}(?:a|per|every) year|每年|"
                         r"\b(?:traffic|demand|load) (?:goes|grows|rises|jumps)|on top of|how many more")
# "卡 1.6 万": the bare word for card before an amount
_BARE_CARD = rx.compile(r"(?:^|[,，;；。\s])卡\s*(?:价)?\s*(?:是|为|约|大概|按)?\s*$")
# "一台 12 万块": 块 as money, no card after it
_KUAI_MONEY = rx.compile(r"\s*块(?!\s*(?:卡|显卡|gpu|#|&))")
# "assume 1.6x per gpu": a speed per card (not "$2/gpu-hr")
_X_PER_CARD = rx.compile(r"\s*(?:x|×)\s*(?:per|/|a|each)\s*(?:gpu|card|chip|accelerator)\b"
                         r"(?!\s*(?:hours?|hr|h)\b)")
# "each sends 10 prompts": a count of requests sent
_SENDS = rx.compile(r"\b(?:sends?|sending|asks?|asking|makes?|making|fires?|does|doing|types?|writes?)\s*"
                    r"(?:about|around|~)?\s*$")
# "4090 机器 8 卡一台": a server said just before
_ONE_SERVER_BEFORE = rx.compile(r"(?:一台|每台|单台|整机|机器|服务器)[^,，。;；]{0,6}$")
# "6 个月翻倍": a period, then the doubling
# who pays a month's price: "$19.99/mo and 200k paid subs", "is $4.99/mo enough?? heavy users"
# a month's money said to be the most spent: "$900/month tops for compute"
def _budget_month(r: Reading, t: str, at: int, spent: bool) -> None:
    """"we spend $40k/month on H20 rental … at $1 per GPU-hour", "budget is 60k yuan/month": a budget a month
    beside an hourly rent (or worded as one to spend, `spent`) rents for that month."""
    month = re.match(r"\s*(?:k|bucks|dollars|usd|yuan|rmb|cny|元|块)?\s*(?:/|per|a)\s*(?:month|mo)\b|"
                     r"\s*(?:元|块)?\s*(?:/|每)\s*(?:个)?月", t[at:])
    if month and "days" not in r.params and (spent or (
            not _SUBSCRIBERS.search(t) and _HOURLY_RENT_SAID.search(t))):
        r.add("days", 30.4375, at, at + month.end())


_HOURLY_RENT_SAID = rx.compile(r"/\s*(?:gpu[- ]?)?(?:hr|hour|h)\b|\bper (?:gpu[- ])?hour\b|"
                               r"\bgpu[- ]?hours?\b|"
                               r"/\s*小时|每小时|卡时|/\s*卡时")
# ("£500 a month on cloud GPUs for the whole group": the month's money said for what it buys)
_MONTHS_BUDGET_AFTER = rx.compile(r"\s*(?:tops|max|at most|budget|for compute|on compute|for gpus?|on gpus?|"
                                  r"to spend|for rent|on rent|"
                                  r"(?:on|for)\s+(?:cloud|rented|rental)\s+(?:gpus?|compute|cards?|instances?)|"
                                  r"for the whole (?:group|team|company|chain|business))\b")
_SUBSCRIBERS = rx.compile(r"\b(?:users?|subs?|subscri\w*|seats?|members?|customers?|paying|paid|plans?|"
                          r"tiers?|charge|charges|charging|merchants?|providers?|tenants?|clients?|"
                          r"pricing|arpu)\b|用户|会员|订阅|付费|定价|店铺|商家|租户")
# "2025 NVL72 shipments": what a year before a name is the year of
_SHIPPED = rx.compile(r"\s*[#&]+\s*(?:shipments?|deliveries|orders?|volumes?|出货量?|出貨量?|产量|產量)")
_PRICE_AFTER = rx.compile(r"\s*(元|块钱?|人民币|美元|美金|刀)")
_PERIOD_DOUBLING = rx.compile(r"\s*[- ]?(month|year)s?[- ](?:doubling|doubling time)\b")
_PERIOD_THEN_DOUBLES = rx.compile(r"\s*(?:个\s*)?(月|年)\s*(?:就|会|能)?\s*(?:翻倍|翻一番|翻番)")
# "B200 fp8稠密算力4.5 PFLOPS", "on B200s at 2.25 PFLOPS bf16": the card's rate, said right after it
# a card named with no count right before its rate's words: "H800每秒能跑", "一张H100每秒"
_RATE_RIGHT_AFTER_CARD = rx.compile(r"(?:^|(?<![\d张块台x×#\s])|(?<=[^\d\s张块台x×#])\s+)"
                                    r"(?:一张|单张|单卡|一块)?\s*#+\s*(?:的|单卡)?\s*$")
_CARD_RATE_HEAD = rx.compile(r"#+s?\s*(?:~+\s*)?(?:稠密|dense|peak|峰值)?\s*(?:算力|compute)?\s*"
                             r"(?:of|at|is|为|是|约|=)?\s*$")
# "1.8M tok/s across 96 MI300X": a rate measured on a counted fleet
_ACROSS_FLEET = rx.compile(r"\s*(?:across|over|on|from|spread over)\s+(?:all\s+|the\s+|our\s+)?"
                           r"[\d,.]+\s*k?\s*#")
_PER_YEAR = rx.compile(r"\s*(?:/\s*(?:yr|year)|(?:per|a|each) (?:yr|year)|每年|一年)(?![a-z])")
# "a GB200 NVL72 rack if we buy it at ~$3M": the one server's price
_BUY_IT_AT = rx.compile(r"(?:\b(?:buy|bought|purchased?|get|got)\s+"
                        r"(?:it|one|the rack|the server|the box|the node|a rack|a box)\s+(?:at|for)|"
                        # "HGX B200 box costs us ~$515k landed"
                        r"\b(?:box|server|node|rack|machine|chassis)\s+(?:costs?|is|runs?)(?:\s+(?:us|me|them))?)\s*"
                        r"(?:about|around|~|roughly)?\s*(?:us\$|\$)?\s*$")
# "输入每百万 token 1 元", "$0.15 per million input": the prompt's price
_INPUT_PRICE = rx.compile(r"(?:\binput|\bprompt|输入|提示)"
                          r"(?:[^a-z输出]|tokens?|us\$|usd|rmb|\b(?:at|is|of|costs?|priced)\b){0,12}$")
