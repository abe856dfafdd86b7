"""What needs the whole question: numbers whose meaning waits on the rest of it (durations,
token lengths, utilization, queries a user), growth terms, budgets, replicas, and the
parameters derived from phrases once every span is read. Part of calc.parse.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from calc import readings, registry, rx, units
from calc.assign import ALL_IN, CAN_BUY, GROWS_WORD, ZH_EACH_PERSON_DAY, text_unit, word_after
from calc.cn_numeral import chinese_numeral
from calc.intent import (
    ASKS_QPS,
    ASKS_RATE,
    CARD_PRICES,
    CLAIM,
    HOURLY_ASKED,
    MORE,
    PAYS_BACK,
    PER_CARD_ASKED,
    PER_MILLION_TOKENS,
    PRICE_GROWS,
    TRAFFIC_GROWS,
    WHICH_CARD,
)
from calc.numbers import Covered, Num
from calc.options import (
    ASKS_FLOPS,
    ASKS_MFU,
    ASKS_REQUESTS,
    ASKS_TOKEN_VOLUME,
    ASKS_TRAFFIC,
    BOX_AFTER,
    CHEAPER_THAN_PRICE,
    MATCH,
    RENT_OUT,
    TODAY,
    TOOK,
    one_group_rented,
)
from calc.stated import LOADS, Reading, Stated, this_year
from calc.vocabulary import (
    CLAUSE,
    DAILY_BEFORE,
    EACH_BUSINESS_ZH,
    INPUT_WORDS,
    KW,
    ONE_USER,
    ONE_USER_ZH,
    OUTPUT_WORDS,
    PER_GPU,
    PRICE_CLAIMED,
    PRICE_JUDGED,
    SAYERS,
)

_DOUBLING = rx.compile(
    r"(?:doubl\w*|翻倍|翻番|翻一番|翻了?一倍)\s*(?:(?:~|about|around|roughly|approx\.?|approximately)\s*)?"
    r"(?:every|evry|evey|each|in|per|=|:)?\s*(?:每)?\s*"
    r"(?:~|about|around|roughly|approx\.?|approximately|约|大约|大概)?\s*$"
    r"|(?:翻倍周期|翻倍时间|倍增周期|倍增时间|doubling (?:time|period))\s*(?:是|为|约为|of|=|:|is)?\s*"
    r"(?:约|大约|大概|~|about|around|roughly|approx\.?)?\s*$"
    r"|^\s*(?:[a-z ]{0,12}|个)?(?:to |的)?(?:doubl|翻倍|翻番|翻一番)")
_DOUBLING_HEAD = rx.compile(
    r"(?:doubl\w*|翻倍|翻番|翻一番|翻了?一倍)\s*(?:(?:~|about|around|roughly|approx\.?|approximately)\s*)?"
    r"(?:every|evry|evey|each|in|per|=|:)?\s*(?:每)?\s*"
    r"(?:~|about|around|roughly|approx\.?|approximately|约|大约|大概)?\s*"
    # ("doubling every 4-5 months": the high end, the range's low end read with it)
    r"(?:\d+(?:\.\d+)?\s*(?:-|–|~|to)\s*)?$"
    r"|(?:翻倍周期|翻倍时间|倍增周期|倍增时间|doubling (?:time|period))\s*"
    r"(?:是|为|约为|按|按照|取|of|=|:|is|were|was|was only|of only|"
    r"(?:(?:drops?|goes|went|shrinks?|falls?|stretches|slips?|changes?|moves?) to)|"
    r"降到|变成|改成|缩短到|延长到|拉长到)?\s*(?:约|大约|大概|~|about|around|roughly|approx\.?)?\s*$")
# a sum over the years of a growing amount asked: "cumulative over 5 yrs", "五年累计多少"
_CUMULATIVE = rx.compile(r"\bcumulative(?:ly)?\b|\bcumulated\b|\b(?:in )?total over\b|\bsum(?:med)? over\b|"
                         r"\badd(?:s|ed)? up to over\b|累计|累积|合计多少|总共多少")
_EVERY = rx.compile(r"(?:every|each|每|按|按照|以|照)\s*$")


_NEEDS_INTENT = ("days", "hours", "weeks", "months", "years", "quarters", "util", "percent",
                 "util_fraction", "size")
DURATIONS = ("days", "hours", "weeks", "months", "years", "quarters")


# one sequence served alone: "single-stream", "batch size 1", "bs=1", "单路", "单并发"
_SINGLE_STREAM = rx.compile(r"\bsingle[- ]stream\b|\bsingle[- ]user (?:decode|speed|tok)|"
                            r"\bbatch[- ]?(?:size)?\s*(?:of\s*|=\s*)?1\b|"
                            r"\bbs\s*=?\s*1\b|\bone (?:user|request|stream|sequence) at a time\b|单路|单并发|"
                            r"单条请求|"
                            r"batch\s*=\s*1")

# a month's share asked of a purchase spread over a longer period: "per seat per month over 36 months"
_SPREAD_OVER = rx.compile(r"\bper (?:seat|user|head|person|lawyer|doctor|employee|month)\b[^.?;]{0,30}?"
                          r"\bover (?:the )?(?:next )?\d+\s*(?:months?|mos?|years?|yrs?)\b|"
                          r"每(?:个|位)?(?:用户|人|席位|座席|坐席|员工|医生|律师)?每月[^。？?；;]{0,12}?(?:分|摊)(?:到)?\s*\d+\s*(?:个月|年)")

def _duration(t: str, role: str, value: float, b: int) -> tuple[float, str, int]:
    """(value, unit, end) of a duration: a quarter is three months; "两年半" / "一个半月"
    add the half after the unit."""
    if role == "quarters":
        value, role = value * 3, "months"
    if t[b:b + 1] == "半":
        value, b = value + 0.5, b + 1
    return value, role[:-1], b


# a text's length restated in tokens right after it: "1亿字，折合约1.5亿token", "50M words (~65M tokens)"
_RESTATED = rx.compile(r"\s*[,，;(（]?\s*(?:(?:i\.e\.|or|which is|that's|so|≈|~=|=|折合|换算(?:成|为|下来)?|"
                       r"约合|相当于|合计约?)\s*)?(?:约|大约|大概|about|around|roughly|approx\.?|~|≈)?\s*"
                       r"(?=[\d一二三四五六七八九十][\d.,一二三四五六七八九十百千万亿kmb\s]*(?:个)?\s*tokens?)")
# a text volume said of a day: "20M Chinese characters of comments a day", "每天翻译1亿字"
# ("2.5 billion words generated per day", "500M characters of AI text a day", "每天AI生成20亿字")
# a length said as a compound adjective is each item's, whatever period follows: "~1,500-word daily market
# wraps", "~800-word weekly digests"
_RATIO_AFTER = rx.compile(r"\s*(?:≈|~|=|约|大约|大概|约等于|相当于|按|算|折合?|is about|is roughly|equals)")
_EACH_ITEM_LENGTH = rx.compile(r"[\d.,]+\s*[km]?-(?:words?|characters?|chars?|tokens?)\b")
# ("~2.5M chars of transcripts/day": the words of the text, then "/day" right after them)
_TEXT_A_DAY = rx.compile(r"\s*(?:(?:of\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+|(?=\s*/)))?"
                         r"(?:(?:a|per|/|each|every)\s*day\b|daily\b|/\s*d\b|每天|每日)")
_PEOPLE_AFTER = rx.compile(r"\s*(?:个|名|位)?\s*"
                           r"(?:客户|用户|人(?!次|民币)|学生|车主|玩家|会员|患者|家长|老师|员工|市民)")
_EACH_PERSON = rx.compile(r"每人|每个(?:客户|用户|人)|每位|人均")
_TEXT_DAY_BEFORE = rx.compile(r"(?:每天|每日|日均|一天)\s*[\u4e00-\u9fffa-z]{0,8}?\s*"
                              r"(?:大概|大约|约|有)?\s*$")


def resolve_pending(r: Reading, intent: str | None, *, first_pass: bool = False) -> None:
    """Roles that need the rest of the question; durations, utilizations and bare percentages
    also need the intent, so they wait for the second pass (doubling times do not)."""
    t = r.t
    train_ctx = bool(re.search(r"train|训练|微调|fine[- ]?tun|epoch|\bablations?\b|消融|"
                               r"on\s+[\d.,]+\s*(?:[tbm]|trillion|billion|million|bn|mn)?\s*tokens?\b|"
                               r"chinchilla|\bq?lora\b|\bsft\b|tokens? per (?:run|experiment)|"
                               # ("24 runs of a 1.3B model, 26B tokens each, … at 45% MFU": runs)
                               r"\bmfu\b.*\bruns?\b|\bruns?\b.*\bmfu\b|"
                               # ("a sweep of 20 runs of 40B tokens each on a 500M-param net": runs of
                               # tokens, a model's size said with them)
                               r"\bruns?\s+(?:of|on)\s+[\d.,]+\s*(?:[tbm]|trillion|billion|million|bn|mn)\s*tokens?\b|"
                               r"[\d.]+\s*[bm][- ]params?\b|"
                               # ("打算做20组实验，每组2亿token": each experiment's tokens, the runs counted)
                               r"[组次轮]\s*(?:[\u4e00-\u9fff]{0,4})?实验[^。；;？?]{0,12}每组", t))
    later: list[tuple[str, Num, int, int, float]] = []
    restated: set[int] = set()           # token counts read as a text's restatement (skipped as tokens)
    for role, n, a, b, value in r.pending:
        if a in restated:
            continue
        range_low: Stated | None = None     # a text range's low end, unread, to take the high end's parameter
        if role == "text":
            # "每份平均2万字符", "50M words a month": a text's length, as tokens at the stated ratio or the
            # registry's (the ratio is named among the assumptions, calc/engine)
            unit = text_unit(t[a:b], t, r.norm.original)
            other = {"tokens_per_character": "tokens_per_letter", "tokens_per_letter": "tokens_per_character"}
            if unit not in r.params and other.get(unit) in r.params:
                unit = other[unit]     # ("输出2000字符，约4个英文字符一个token": the one ratio stated)
            ratio = r.params.get(unit)
            reg = registry.get(unit)
            again = _RESTATED.match(t, b)
            # (not "3,000个英文单词，1 token约0.75个单词": one token, a ratio's unit, said next)
            said = next((p for p in r.pending if again is not None and p[0] == "tokens"
                         and 0 <= p[2] - again.end() <= 2 and p[4] > 0
                         and not (p[4] == 1 and _RATIO_AFTER.match(t, p[3]))), None)
            if said is not None and value > 0:
                # "每天翻译1亿字，折合约1.5亿token": the tokens the user counted, and so the ratio they used
                r.add(unit, said[4] / value, said[2], said[3])
                restated.add(said[2])
                ratio = said[4] / value
            each = float(ratio) if isinstance(ratio, float) else float(reg.default) if reg else 1.0
            value *= each
            low = next((st for st in r.stated if st.param in (None, "input_tokens", "output_tokens")
                        and st.note == "" and isinstance(st.value, float) and st.end <= a
                        and re.fullmatch(r"\s*(?:~|～|-|–|到|至|to)\s*", t[st.end:a])
                        and re.search(r"\d$", t[st.start:st.end])), None)
            if low is not None:
                # "每份输出800~1000字", "每条回复600~800字": the range's low end in the high end's unit too
                scaled = replace(low, value=float(low.value or 0) * each)
                r.stated = [scaled if st is low else st for st in r.stated]
                if low.param is None:
                    range_low = scaled
                elif r.params.get(str(low.param)) == low.value:
                    r.params[str(low.param)] = float(scaled.value or 0)
            units_read = {*str(r.params.get("text_units", "")).split(","), unit} - {""}
            r.params["text_units"] = ",".join(sorted(units_read))
            role = "tokens"
            person_day = _PERSON_DAY_BEFORE.search(t[max(0, a - 40):a])
            if person_day is not None \
                    and not re.search(r"每\s*(?:条|次|份|篇|单|封|句|个)", person_day.group()):
                # ("每人每天让AI助手帮写服务日志和回访话术，大概2000字": one person's day of text)
                r.add("tokens_per_user_day", value, a, b)
                continue
            day = _TEXT_A_DAY.match(t, b)
            if (day and not _EACH_ITEM_LENGTH.match(t, a, b)) \
                    or _TEXT_DAY_BEFORE.search(t[max(0, a - 10):a]):
                # ("~1,500-word daily market wraps": each item's length, its "daily" the items')
                # "每天翻译1亿字": a day's volume; "~1,200 words per user per day": one user's day
                each = day is not None and re.search(
                    r"\b(?:per|each|every|a)\s+(?:user|person|head|seat|member)\b", day.group()) is not None
                # ("每天约500万英文单词输入": the day's prompts, the input side said right after or before)
                side_in = not each and (re.match(r"\s*(?:的)?\s*(?:输入|input\b)", t[b:b + 8]) is not None
                                        or re.search(r"(?:输入|\binput)\s*$", t[max(0, a - 8):a]) is not None
                                        # ("ingests about 2 million words of filings per day and produces
                                        # 300-token summaries": what it reads, the prompts' side)
                                        or _INGESTS.search(t[max(0, a - 30):a]) is not None)
                param = "input_tokens_per_day" if side_in else \
                    "tokens_per_user_day" if each else "tokens_per_day"
                r.add(param, value, a, day.end() if day else b)
                continue
        if first_pass and role in _NEEDS_INTENT:
            if role in DURATIONS and _is_doubling(t, a, b):
                value, unit, b = _duration(t, role, value, b)
                r.add("doubling_months", units.convert(value, unit, "month"), a, b)
            else:
                later.append((role, n, a, b, value))
            continue
        if role == "years" and float(value).is_integer() and 1990 <= value <= 2100:
            grows = intent == "growth" or bool(GROWS.intersection(r.params))
            ahead = (value - this_year()) * 12
            other_year = any(pa != a and (pr in ("years", "year")) and 1990 <= pv <= 2100
                             for pr, _, pa, _, pv in r.pending) or any(
                st.param == "year" for st in r.stated)
            if grows and ahead > 0 and not other_year:
                # "2027年每天多少？": the horizon, from this year ("从2024年到2030年": the span)
                r.add("period_months", ahead, a, b)
            elif grows and ahead <= 0 and not other_year and _BY_YEAR.search(t[max(0, a - 8):a]):
                r.add("year", value, a, b, note="not_ahead")   # "到2026年" said in 2026: no time to grow
            else:                        # "2024年的价格": a calendar year, not 2,024 years
                r.add("year", value, a, b)
        elif role in DURATIONS and value == 1 and any(
                st.param == "queries_per_user" and st.start < a <= st.end for st in r.stated):
            continue                     # "40 msgs each a day": inside the per-user rate's words
        elif role in DURATIONS and value == 1 and re.fullmatch(r"[一1]\s*(?:天|日)", t[a:b].strip()) \
                and any(st.param in ("queries_per_day", "tokens_per_day") and 0 <= st.start - b <= 2
                        for st in r.stated):
            continue                     # "一天一千二左右的请求": the day the count is of, no period
        elif role in DURATIONS and value == 1 and _DAY_ASKED.match(t[b:]) \
                and re.fullmatch(r"[一1]\s*(?:天|日)?", t[a:b].strip()):
            continue                     # "2年后一天要多少次": the day the asked count is per, no period
        elif role == "years" and value == 1 and "growth_rate_year" in r.params and re.match(
                r"\s*(?:年|years?|yrs?)?\s*(?:内|的)?\s*(?:增长|增速|增幅|涨|growth|grows?|growing)", t[b:]):
            continue                     # "用户一年增长50%": the rate's own year, not a period
        elif role in DURATIONS and intent != "growth" and not GROWS.intersection(r.params) \
                and (ago := re.match(r"\s*(?:个)?\s*(?:月|年|天|周|小时)?\s*(?:前|以前|之前)(?!后)|\s*ago\b",
                                     t[b:b + 8])):
            # (not "paid $9k 4 yrs ago, loses ~25% a year": the time a rate has run)
            r.add(None, value, a, b + ago.end(), note="ago")   # "机房是十几年前建的": when, not how long
        elif role in DURATIONS and _PAST_WINDOW.search(t[max(0, a - 12):a]) and _GROWTH_SAID.search(t) \
                and any(pr in DURATIONS and pa > b for pr, _, pa, _, _ in r.pending):
            # "过去半年基本上每4个月翻一翻，照这个速度2年后…": the past it was seen over, not the horizon
            r.add(None, value, a, b, note="past_window")
        elif role in DURATIONS and _LIVE_FOR.search(t[max(0, a - 8):a]) \
                and re.match(r"\s*(?:多)?了", t[b:b + 3]) \
                and any(pr in DURATIONS and pa > b for pr, _, pa, _, _ in r.pending):
            # ("我们AI客服上线半年了 … 一年半以后要多少张": how long it has run, not the horizon asked)
            r.add(None, value, a, b, note="past_window")
        elif role in DURATIONS and value == 24 and (on := _ALWAYS_ON_AFTER.match(t, b)) is not None:
            # ("24小时挂着一个月电费得多少": on around the clock, not a period of a day)
            r.add("utilization", 1.0, a, on.end(), note="" if "utilization" not in r.params else
                  "restated" if r.params["utilization"] == 1.0 else "duplicate")
        elif role in DURATIONS:
            value, unit, b = _duration(t, role, value, b)
            if intent == "growth" or (GROWS.intersection(r.params)
                                      and not _PRICED_BY_TIME.intersection(r.params)):
                # the horizon of a growth ("growing 80% a year: GPUs in three years?")
                r.add("period_months", units.convert(value, unit, "month"), a, b)
            else:
                r.add("days", units.convert(value, unit, "day"), a, b)
        elif role == "tokens" and ZH_EACH_PERSON_DAY.search(CLAUSE.split(t[max(0, a - 40):a])[-1]) \
                and "tokens_per_user_day" not in r.params:
            # ("每个住客入住期间跟AI管家聊下来大概每天2000个token的输出": each guest's day of tokens)
            r.add("tokens_per_user_day", value, a, b)
        elif role == "tokens" and (per := _load_period(t, a, b)) is not None \
                and not _EACH_ITEM_LENGTH.match(t, a, b):
            # "50 million tokens per hour", "2B tokens per week": a volume over a period, as a day's
            days, a, b = per
            r.add("tokens_per_day", value / days, a, b)
        elif role == "tokens" and _ZH_PERSON_DAY_USES.search(t, max(0, a - 30), a) \
                and "tokens_per_user_day" not in r.params:
            # ("每个会员一天平均也就用个两千token": one person's day of tokens)
            r.add("tokens_per_user_day", value, a, b)
        elif role == "tokens" and (worth := _WORTH_A_DAY.match(t, b)) is not None \
                and _EACH_ONE_BEFORE.search(t[max(0, a - 60):a]):
            # ("each tech uses the parts lookup maybe 2,500 tokens worth a day": one person's day of tokens)
            r.add("tokens_per_user_day", value, a, worth.end())
        elif role == "tokens":
            param = _token_param(r, a, b, value, train_ctx)
            r.add(param, value, a, b)
            if range_low is not None and param in ("input_tokens", "output_tokens") \
                    and r.params.get(param) == value:
                # (the low end is the value, the high end the second option, as a range of one parameter)
                r.params[param] = float(range_low.value or 0)
                r.retag(range_low, param=param)
                high = r.stated[-1]
                if high.start == a:
                    r.retag(high, note="option")
        elif role in ("util", "util_fraction"):
            frac = value / 100 if role == "util" or value > 1 else value
            # ("100,000 H100 for 90 days … at 35% MFU how many FLOPs": said as MFU, read as MFU)
            # ("… how many B200s at 40% MFU to do it in 100 days" in a growth question: MFU, named so)
            mfu_said = (intent == "convert" or re.search(r"\btrain|训|微调|fine-?tun", t) is not None) and \
                re.search(r"mfu|模型算力利用率", t[a:b]) is not None
            r.add("mfu" if intent == "training" or mfu_said else "utilization", frac, a, b)
        elif role == "growth_rate_year":
            r.add("growth_rate_year", value / 100, a, b)
        elif role == "node_hours" and "gpus_per_server" in r.params:
            # "40,000 node-hours … (4 GPUs/node)": the GPU-hours of that many nodes' hours
            r.add("gpu_hours", value * float(r.params["gpus_per_server"]), a, b)
            for st in [st for st in r.stated if st.param == "gpus_per_server" and st.note == ""]:
                r.retag(st, note="folded")   # (used: read into the GPU-hours)
        elif role == "node_hours":
            r.add(None, value, a, b)     # (a node's size not said: named as not read)
        elif role == "size":
            # "a 7B on 2T tokens" in training; "DeepSeek R1 671B": the named model's size
            # ("405B bf16 HBM?": the size of the model whose memory is asked)
            if (intent in ("training", "memory") or "model" in r.params or re.match(
                    r"\s*(?:~|-?class\b|级)", r.masked[b:b + 8])
                    # "首token 500ms … H100跑70B 几卡", "tp8 405b h100 tps": a size run on the card named
                    or _SIZE_ON_CARD.search(r.masked[max(0, a - 12):a])
                    # ("our 1B song model": a size, then the model it is of)
                    or re.match(r"\s*(?:[a-z-]+\s+)?(?:model|llm|模型)\b", r.masked[b:b + 24])
                    or _SIZE_ON_CARD_AFTER.match(r.masked, b)) and "params" not in r.params:
                r.add("params", value, a, b)   # "70B bf16", "a 405B-class model": a model's size
            else:
                r.add(None, value, a, word_after(t, b))
        elif role == "percent":
            share = "mfu" if "mfu" in r.params else None   # (a utilization raised has its own reading)
            if intent == "training" and "mfu" not in r.params:
                r.add("mfu", value / 100, a, b)
            elif share is not None and _RAISED_TO.search(t[max(0, a - 12):a]) and 0 < value <= 100:
                r.add(share, value / 100, a, b)   # "MFU从30%提到50%": the share after, compared
            else:
                r.add(None, value, a, b)
        elif role == "queries" and value == 1 and re.fullmatch(r"一\s*(?:轮|遍|下|趟)", t[a:b]) \
                and re.search(r"(?:先|再|又|多|接|过|跑|聊|问|转)\s*$", t[max(0, a - 2):a]):
            pass                         # ("AI客服先接一轮": a first pass, a figure of speech, no load)
        # ("高峰每秒也就3-5个请求": a range's high end, its low end between)
        elif role == "queries" and (re.search(r"(?:每秒|每一秒)[^，,。；;\d]{0,6}"
                                              r"(?:\d+(?:\.\d+)?\s*[-~～到至]\s*)?$", t[max(0, a - 16):a])
                                    or re.match(r"\s*(?:/\s*s\b|per\s+sec(?:ond)?\b|每秒)", t[b:b + 12])):
            r.add("qps", value, a, b)    # ("高峰每秒大概80张发票进来": so many a second, the rate itself)
        elif role == "queries" and (per := _load_period(t, a, b)) is not None:
            # "1B requests/month", "每周1亿次请求": a month's or a week's volume, as a day's
            # ("if each sends like 10 queries/day": a hedge between "each" and the number)
            # ("每个家属每周一份": each person's, named before the period)
            per_user = bool(re.search(r"per (?:user|person|head)|each|每人|每用户|人均|"
                                      r"每(?:个|位|名)\s*[\u4e00-\u9fff]{1,4}?\s*每\s*(?:周|个?月|个?星期)",
                                      t[max(0, a - 24):b + 24]))
            days, a, b = per
            if days < 0.05 and not per_user and _AT_PEAK.search(_sentence_around(t, a, b)):
                # ("200 hints an hour at peak", "高峰每小时1200条"): the peak hour's rate, not a day of it
                r.add("qps", value / 3600, a, b)
            else:
                r.add("queries_per_user" if per_user else "queries_per_day", value / days, a, b)
        elif role == "queries" and "input_tokens" not in r.params and 256 <= value <= 200_000 \
                and re.fullmatch(r"\d+(?:\.\d+)?\s*k\s*prompts?", t[a:b]) \
                and not re.match(r"[^,，;.。]{0,24}(?:\ba\b|\bper\b|/|\beach\b|\bevery\b|concurrent|at once|"
                                 r"in flight|同时|每)", t[b:b + 30]):
            # "TTFT budget 250ms, 2k prompts": prompts of 2k tokens, not 2,000 queries a user
            r.add("input_tokens", value, a, b)
        elif role == "queries" and "users" not in r.params and _THING_REDONE.search(t, max(0, a - 40), a) \
                and re.match(r"\s*(?:x|times)\s+(?:a|per|each|every)\s+day\b", t[n.end:n.end + 24]):
            # ("we regenerate it 5 times a day for the different customer tiers": one thing done again, the
            # day's requests, whoever it is for)
            r.add("queries_per_day", value, a, b)
        elif role == "queries" and (people := _PEOPLE_AFTER.match(t, b)) is not None \
                and _EACH_PERSON.search(t) and "users" not in r.params:
            # "每天大概45万客户报案，每人平均问6次": a day's people, each asking so many times, not requests
            r.add("users", value, a, people.end())
        elif role == "queries":
            if tail := re.match(r"\s*个\s*(?:queries|query|requests?|reqs?|calls?)(?![a-z])", t[b:b + 16]):
                b += tail.end()           # "每日大約 40 萬個 query": the count's own noun, quoted with it
            per_user = _queries_per_user(t, a, b)
            # ("daily 3000 requests": the day said right before, in English too)
            # ("maybe 300 chats on a busy day": a day of them, however busy)
            per_day = re.search(r"^[^,，;]{0,16}(?:a|per|each|every|/)\s*day|"
                                # ("900+ calls in one day": a day's, however said)
                                r"^[^,，;]{0,16}\bin\s+(?:one|a|a single|1)\s+day\b|"
                                r"^[^,，;]{0,16}\bon\s+a\s+(?:busy|typical|normal|slow|quiet|good|peak|big|"
                                r"regular|average)\s+day\b|^[^,，]{0,6}每天|每天|每日|日均|"
                                + _AVG_DAY_IS + r"|"
                                r"一天|一日|日门诊|日門診|日就诊|日接诊|日更|"
                                r"\bdaily\s*(?:~|about|around|roughly)?\s*$",
                                # ("每天出院小结约1800份", "每天 CT/MR 报告约 4500份": the day said a
                                # few words before, in the same clause)
                                t[b:b + 20] + " " + re.split(r"[,，;；。:：]", t[max(0, a - 24):a])[-1]) \
                or (re.search(r"[(（]\s*[~≈]?\s*$", t[max(0, a - 4):a])    # ("reports (~1,500 per day)")
                    and re.search(r"(?:\ba|\bper|\beach|\bevery|/)\s*day\b", t[n.end:b])) \
                or re.search(r"\b(?:each|every)\s+day\s+(?:we|they|i|you)\b[^,，;.]{0,24}$",
                             t[max(0, a - 48):a])    # ("Each night we regenerate ~4,300 listing blurbs")
            big = value > 10_000
            # ("users going from 10M to 200M … 15 queries/day": users counted, read later than this)
            users = "users" in r.params or "concurrent_users" in r.params or _USERS_COUNTED.search(t)
            # ("listeners ask 50k questions a day": no one person asks that many, with no people counted)
            # ("每天出报告一千二百份", "日门诊量大概8000": the day said in the count's own words, however each
            # one is then described)
            copies = re.search(r"每天|每日|日均|一天|一日|日门诊|日門診|日就诊|日接诊|"
                               r"日更", t[a:b]) is not None \
                and not users and re.search(r"每人|每个人|人均|每位|每个?用户|每名|每台|每辆|每部|每个|"
                                            r"每家|每条|\beach\b|\bper\b", t[max(0, a - 8):b]) is None
            corpus = _CORPUS_BEFORE.search(t, max(0, a - 28), a)
            if not per_day and _CATALOG_HELD_BEFORE.search(t, max(0, a - 30), a) \
                    and re.search(r"\b(?:skus?|products|items|listings|parts|titles|pieces)\b", t[a:b]) \
                    and not _EACH_ITEM_DONE.search(t):
                # ("we've got maybe 1,200 SKUs if you count all the little chèvre logs": what the shop
                # carries, not requests)
                r.add(None, value, a, b, note="catalog_size")
                continue
            if corpus is not None and re.search(r"[(（]", corpus.group()) and not per_day:
                # ("fine-tuning Mistral 7B on my back catalogue (roughly 1,100 posts)": the texts trained on)
                trained = intent == "training" or "train_tokens" in r.params
                r.add(None, value, a, b, note="trained_docs" if trained else "corpus_docs")
            elif per_day and (_DAY_TOTAL_BEFORE.search(re.split(r"[,，;；。:：、]", t[max(0, a - 24):a])[-1])
                              or _DAY_TOTAL_AFTER.match(t, b)):
                # ("所有店加起来每天一千六百条左右消息", "figure 3,500 texts a day total": every place's
                # together, the day's requests)
                r.add("queries_per_day", value, a, b)
            elif not copies and ((per_user and not (big and not users))
                                 or not (big or (per_day and not users))):
                if (each_day := re.match(r"\s*(?:each|apiece|per user)?\s*(?:a|per|/|every)\s*day\b", t[b:])):
                    # "40 msgs each a day": the words are this number's, not a period of a day
                    end = b + each_day.end()
                    inside = [st for st in r.stated if b <= st.start < end and st.param == "days"]
                    r.stated = [st for st in r.stated if st not in inside]
                    if inside and r.params.get("days") == inside[0].value:
                        r.params.pop("days")
                    b = end
                r.add("queries_per_user", value, a, b)
            elif not per_day and _CORPUS_BEFORE.search(t, max(0, a - 28), a):
                # "a RAG bot over ~4M full-text papers": the documents searched, not a day's requests
                r.add(None, value, a, b, note="corpus_docs")
            else:
                r.add("queries_per_day", value, a, b)
    r.pending = later


_DAY_TOTAL_AFTER = rx.compile(r"[^,;.?!]{0,20}?\b(?:a|per)\s+day\s+(?:in\s+)?"
                              r"(?:total|all told|overall|combined|across)\b")
# (not when each of them is worked on: "We have 48,000 SKUs … regenerate every product description")
_EACH_ITEM_DONE = rx.compile(r"\b(?:every|each|all)\s+(?:of\s+(?:them|those)\b|(?:the\s+)?"
                             r"(?:products?|skus?|items?|listings?|parts?|titles?|pieces?)\b)|"
                             r"\b(?:regenerat|rewrit|re-?do|describ|tag|"
                             r"caption|label|translat|summari[sz]|classif)\w*")
# what a shop carries, said as held: "we've got maybe 1,200 SKUs", "we carry about 3,000 products"
_CATALOG_HELD_BEFORE = rx.compile(r"\b(?:we(?:'ve|\s+have)?\s+got|we\s+have|we\s+carry|we\s+stock|we\s+list|"
                                  r"there(?:'s|\s+are|\s+is))\s+(?:maybe|about|around|roughly|~|like|over|"
                                  r"almost)?\s*$")
_CORPUS_BEFORE = rx.compile(r"(?:\b(?:rag|search|retrieval|index|indexing|indexed|q&a|"
                            r"chat)\b[^,.;，。；\d]{0,14}?"
                            r"\b(?:over|across|on top of)|\b(?:corpus|library|archive|collection|"
                            r"database) of|"
                            r"(?:检索|索引|知识库)[^，,。；;\d]{0,6}?(?:共|约|有)?|"
                            # ("fine-tuning Mistral 7B on my back catalogue (roughly 1,100 posts)": the texts
                            # trained on, counted in brackets)
                            r"\b(?:back[- ]?catalog(?:ue)?|catalog(?:ue)?|archives?|corpus|dataset|"
                            r"blog)\s*[(（])"
                            r"\s*(?:~|≈|about|around|roughly|some)?\s*$")


# a count of users said anywhere: "10M users", "users going from 10M to 200M", "日活300万"
_USERS_COUNTED = rx.compile(r"\d[\d.,]*\s*(?:k|m|b|mn|mln|million|billion|万|亿)?\s*"
                            r"(?:users|daus?|maus?|用户|日活|月活)|"
                            r"(?:\b(?:users|daus?|maus?)\b[^.,;，。；]{0,24}?|(?:用户|日活|月活|周活)[^，。；,]{0,12}?)"
                            r"(?:\d[\d.]*\s*(?:k|m|mn|mln|b|million|billion|万|亿)(?![a-z])|\d{1,3}(?:,\d{3})+|\d{4,})"
                            r"(?!\s*(?:words?|tokens?|chars?|characters|个|字|汉字|ms|gb|%))")
_NAME_THEN_SERVER = rx.compile(r"\s*[x×]?\s*#+\s*(?:servers?|nodes?|boxes|服务器|节点|整机|机器)")
# the sites' load served in one place: "集中放机房跑", "centralised in our DC"
_CENTRAL = rx.compile(r"集中(?:放|部署|在|到)?|统一(?:部署|放)|放(?:在)?(?:总部)?机房(?:里)?跑|"
                      r"\bcentrali[sz]ed\b|"
                      r"\bin (?:one|a single|our) (?:central )?(?:dc|data ?cent(?:er|re)|cluster|region)\b")
_NAME_THEN_SERVER_IN = rx.compile(r"#+\s*(?:servers?|nodes?|box(?:es)?|systems?|服务器|节点|整机)(?![a-z])")
_GOING_TO = rx.compile(r"(?:going|growing|grow|rising|rise|scaling|scale|heading|up|get|rolling out|roll out|"
                       r"expanding) to\s*|\bhit\s*|"
                       # ("~2k players/day hitting it, goal is 25k players/day": the count aimed at)
                       r"\b(?:(?:the |our )?(?:goal|target|aim) (?:is|=|:)|aiming (?:for|at)|"
                       r"aim (?:for|at))\s*"
                       r"(?:to (?:reach|hit|get to|be at)\s*)?|"
                       # ("rolling it out to all sites takes us to ~350 users")
                       r"\b(?:takes?|taking|took|brings?|bringing|gets?|getting|puts?|putting) "
                       r"(?:us|it|them|that) "
                       r"(?:up )?to\s*|"
                       # ("next year we go district wide to 60k": the scope said between)
                       r"\b(?:go|goes|going|expand|expands|roll out|rolls out)\s+"
                       r"(?:district|state|company|country|nation|campus|org|enterprise|region)"
                       r"[- ]?wide\s+to\s*|"
                       # ("500k DAU now to 20M in 18mo": the count now, then the one it goes to)
                       r"\bnow\s*(?:[,，]\s*)?(?:to|->|→)\s*|"
                       r"\b(?:expect(?:ing|ed)? to |likely to |set to )?touch(?:es|ing)?\s*|"
                       r"(?:will|'ll|going to|expect to|should) be at\s*|"
                       # ("how long til we're at 50k daily users": the count they wait for)
                       # ("went from 2k DAU … marketing wants 25k DAU by next season": the count aimed at)
                       r"\b(?:wants?|targets?|aims? for|expects?)\s+(?=[\d.,]+\s*[kmb]?\s*(?:dau|mau|users)\b"
                       r"[^.?!]{0,12}"
                       r"\bby\b)|"
                       r"to reach\s*|reaching\s*|\b(?:until|till|til|'til)\s*(?:we(?:'re| are) at\s*|"
                       r"we (?:hit|reach|have|get to)\s*)?|"
                       r"before we hit\s*|"
                       r"\b(?:reach|cross|pass|top|surpass|exceed)(?:es|ed)?\s*|"
                       r"(?:增长|增加|涨|达|扩大|扩展|扩|做|突破|超过|成长|成長)到?\s*(?:(?:年底|年末|明年底?|今年底|届时|到时)\s*)?"
                       # ("推到全集团8000人": the whole group's count)
                       r"(?:全(?:集团|公司|厂|省|市|国|行|校|院|网)\s*)?|"
                       r"(?:能|会|可以)?(?:到达|达到|到)\s*|"
                       r"(?:→|->|=>)\s*(?:目标\s*)?|目标\s*(?:是|为)?\s*|\btarget(?:ing|ed)?(?: of| is)?\s*|"
                       r"\baim(?:ing|s)? (?:for|at)\s*|"
                       # "the product team is forecasting 20 million MAU after the launch"
                       # ("investor plan say 2.5tr DAU": what the plan says users reach)
                       r"\bplans?\s+(?:says?|is|calls? for)\s+(?:about\s+|around\s+|~)?|"
                       r"\b(?:(?:forecast|project|expect|predict)(?:s|ed|ing)?|plan(?:s|ned|ning)?)\s+(?:for\s+)?"
                       r"(?:about\s+|around\s+|~)?|"
                       r"预计(?:会)?(?:有|到|达到)?\s*|预期\s*")
# a volume's period, after it ("2B tokens per week", "1B requests/month") or before it in Chinese
# ("每周1亿次请求", "每月30亿次调用"); hours only for tokens (a query rate per hour is read as "qph")
_PERIOD_AFTER = rx.compile(r"\s*(?:of [a-z]+\s*)?(?:(?:/|per|an?|each|every)\s*"
                           r"(?P<u>month|mo|week|wk|hour|hr|quarter|qtr|year|yr)\b"
                           r"(?!\s*(?:ago|later|old|from now))|"
                           r"(?P<adv>monthly|weekly|hourly|quarterly)\b|(?:每个?|/)(?P<cu>月|周|星期|小时|季度?))")
# ("每年受理工单约800万件", "一年话务量约1500万次": a year's volume, its words between)
_PERIOD_BEFORE = rx.compile(r"(?:每个?|一个?)(?P<cu>月|周|星期|礼拜|小时|年)\s*"
                            r"(?:[\u4e00-\u9fff]{0,5}?(?:量|工单|来电|话务|请求|咨询|受理|处理|调用))?\s*"
                            r"(?:大概|大约|约|有|要|处理|调用)*\s*$")
_PERIOD_DAYS = {"month": 30.4375, "monthly": 30.4375, "月": 30.4375, "年": 365.25, "week": 7.0, "wk": 7.0,
                "weekly": 7.0,
                "周": 7.0, "星期": 7.0, "礼拜": 7.0, "hour": 1 / 24, "hr": 1 / 24, "hourly": 1 / 24,
                "小时": 1 / 24, "mo": 30.4375, "quarter": 91.3125, "qtr": 91.3125, "quarterly": 91.3125,
                "季": 91.3125, "季度": 91.3125, "year": 365.25, "yr": 365.25}


# who a count of queries belongs to: a user named around it ("per user", "每人"), "each" after it, or
# before it with users in the question, users doing them ("users avg 25 queries a day"), or a payer
# named in the clause or the one before ("如果每个用户每月只付 9.9 元，每天用 5 次")
_PER_USER_AROUND = rx.compile(r"(?:per|each|a) (?:[a-z]+ )?" + ONE_USER + r"\b|/\s*(?:" + ONE_USER + r"|u)\b|"
                              r"(?:每个?|每位|一个|一位)" + ONE_USER_ZH + r"|人均|"
                              # ("商家数…每家每天30次调用": each business's)
                              + EACH_BUSINESS_ZH)
_EACH_AFTER = rx.compile(r"\s*(?:(?:a|per|every|/)\s*day\s*)?(?:each|apiece)\b")
# ("each sends like 10 queries/day", "each maybe 30 msgs/day": a verb or a hedge between)
_EACH_BEFORE = rx.compile(r"\beach\s*(?:(?:[a-z]+\s+)?" + ONE_USER + r"\s+)?"
                          r"(?:(?:sends?|makes?|does|asks?|fires?|runs?|chats?|talks?|types?|triggers?|submits?|"
                          r"uploads?|generates?|has|(?:is\s+)?capped at|"
                          r"(?:is\s+)?limited to|gets|can (?:send|make|do))\s+)?"
                          r"(?:~|about|around|roughly|like|maybe|probably|prob|approx\.?)?\s*$")
_USERS_DO = rx.compile(r"\b(?:" + ONE_USER + r"s?|subs|people|they)\s+"
                       r"(?:avg|average|averages|averaging|send|sends|make|makes|do|does|ask|asks|runs?|fires?)\s*"
                       r"(?:about|around|~|roughly)?\s*$|"
                       # ("users at ~20 a day", "the average user @ 30/day"; not "the listing writer at ~10k
                       # listings/day": one thing named by its job, a tool, not a person)
                       r"(?:\b(?:" + ONE_USER + r"s|subs|people|they)|"
                       r"\b(?:avg|average|typical|median|each|per|one|a)\s+"
                       r"(?:[a-z]+\s+)?" + ONE_USER + r")\s+(?:at|@)\s*(?:about|around|~|roughly)?\s*$")
# ("avg user: 60 requests/day", "typical sub — ~30 requests/day": one user, labelled)
_USER_LABEL = rx.compile(r"\b(?:avg|average|typical|median|each|per|one|a)\s+"
                         r"(?:[a-z]+\s+)?" + ONE_USER + r"s?\s*"
                         r"(?:[:=\-–—]|does|sends|makes|averages)\s*(?:about|around|~|roughly)?\s*$")
_PAYER = r"(?:付费|活跃)?(?:用户|席位|坐席|学生|律师|会员|员工|老师|教师|医生|玩家|客户|主播|患者|病人|" \
    r"司机|骑手|工程师|研究员|分析师)"
_PAYER_CLAUSE = rx.compile(r"(?:每个?|每位|一个)" + _PAYER + r"[^，,。；;]{0,14}$|"
                           r"(?:用户|学生|律师|员工|老师|教师|医生|玩家|客户|患者)每天[^，,。；;]{0,6}$")
_PAYER_NAMED = rx.compile(r"(?:每个?|每位)" + _PAYER)


_SERVER_WORD_ZH = rx.compile(r"服务器|伺服器|server|node|整机|卡")
_EACH_MACHINE_DAY = rx.compile(r"每(?:台|部)\s*(?:机器人|機械人|机械臂)?\s*(?:每天|每日|一天|一日)")


# one thing done again and again: "we regenerate it 5 times a day"
_THING_REDONE = rx.compile(r"\b(?:re-?generate|re-?run|refresh|update|rebuild|redo|re-?send|re-?publish|"
                           r"re-?post|"
                           r"regen|recompute|re-?index)(?:s|d)?\s+(?:it|this|that|the\s+(?:list|file|report|page|"
                           r"sheet|catalog(?:ue)?|index|feed))\s*$")


def _queries_per_user(t: str, a: int, b: int) -> bool:
    """Is the count of queries at t[a:b] each user's, not the whole load's?"""
    return bool(_PER_USER_AROUND.search(t[max(0, a - 16):b + 24]) or _EACH_AFTER.match(t[b:])
                or (re.search(r"\b(?:" + ONE_USER + r"s?|ppl|people|folks)\b", t[:a])
                    and _EACH_BEFORE.search(t[max(0, a - 32):a]))
                or _USERS_DO.search(t[max(0, a - 30):a]) or _PAYER_CLAUSE.search(t[max(0, a - 24):a])
                or _USER_LABEL.search(t[max(0, a - 30):a])
                # "how many students (8 questions/day, 800 tok out)": in brackets after whom they are of
                or re.search(r"\b" + ONE_USER + r"s?\s*[(（]\s*(?:~|about|avg\.?|each)?\s*$",
                             t[max(0, a - 30):a])
                or (_PAYER_NAMED.search(t[max(0, a - 40):a])
                    and re.search(r"每天[^，,。；;]{0,6}$", t[max(0, a - 10):a]))
                # "2000部機械人，每部每日500次", "3000台AMR，每台每天800次": each machine's (the users)
                or (_MACHINES.search(t) is not None
                    and not _SERVER_WORD_ZH.search(t, max(0, a - 16), a)
                    and _EACH_MACHINE_DAY.search(t, max(0, a - 14), a) is not None))


_WORTH_A_DAY = rx.compile(r"\s*(?:tokens?|toks?)?\s*worth\s+(?:a|per|each|every)\s+day\b")
_EACH_ONE_BEFORE = rx.compile(r"\b(?:each|every|per|the average|an average|a typical)\s+[a-z]+\b"
                              r"[^.;?!\d]{0,50}$")


_AT_PEAK = rx.compile(r"\bpeak\b|\bbusiest\b|\bbusy\b|\brush\b|高峰|峰值|最忙|旺季|"
                     # ("a few hundred booking msgs an hour on sat": the busy day's hours)
                     r"\bon (?:sat|saturday|sun|sunday|fri|friday)s?\b|\bweekends?\b")


def _sentence_around(t: str, a: int, b: int) -> str:
    """The sentence holding t[a:b]."""
    start = max((t.rfind(c, 0, a) for c in ".?!。？！;；\n"), default=-1) + 1
    ends = [i for i in (t.find(c, b) for c in ".?!。？！;；\n") if i >= 0]
    return t[start:min(ends, default=len(t))]


def _load_period(t: str, a: int, b: int) -> tuple[float, int, int] | None:
    """(days in the period, span start, span end) when a volume is said per month, week or hour."""
    if m := _PERIOD_AFTER.match(t, b):
        return _PERIOD_DAYS[m.group("u") or m.group("adv") or m.group("cu")], a, m.end()
    if m := _PERIOD_BEFORE.search(t[max(0, a - 12):a]):
        return _PERIOD_DAYS[m.group("cu")], max(0, a - 12) + m.start(), b
    return None


# one request's cost said: "$0.003 per request", "2 cents a call"
_PER_ITEM_COST = rx.compile(r"(?:(?:us\$|\$)\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:cents?|¢))['\"’”]?\s*"
                            r"(?:per|a|/|each|every)\s*(?:call|request|req|query|ticket|chat|conversation|"
                            r"message|answer|reply|task)s?\b")
GROWS = {"growth_rate_year", "doubling_months", "users_to"}
_PRICED_BY_TIME = {"rent_usd_per_hour", "rent_cny_per_hour", "electricity_usd_per_kwh",
                   "electricity_cny_per_kwh"}


def _is_doubling(t: str, a: int, b: int) -> bool:
    head, tail = t[max(0, a - 24):a], t[b:b + 24]
    if re.match(r"\s*(?:(?:个)?\s*(?:月|年|天|周)\s*)?(?:后|以后|之后)", tail):
        return False                  # "每3.4个月翻一倍 5年后是现在的多少倍": the horizon, after the doubling
    # the words must end right before the number ("doubling every 3.5 months"), not merely
    # begin the window ("…翻一番，2024年…" is no doubling time)
    # ("doubling domestic AI compute every 18 months": what doubles named between)
    before = bool(_DOUBLING_HEAD.search(head)) or re.search(
        r"\bdoubl\w*\s+(?:[a-z-]+\s+){1,4}(?:every|each)\s*(?:~|about|around|roughly)?\s*$",
        t[max(0, a - 48):a]) is not None
    return bool(before or (_EVERY.search(head) and re.search(
        r"^[^.?!,，]{0,14}(?:doubl|翻倍|翻番|翻一番|翻了?一倍)", tail))
        # "训练算力 6 个月翻倍": the period said right before the doubling
        or re.match(r"\s*(?:个\s*)?(?:月|年)?\s*(?:就|会|能)?\s*(?:翻倍|翻一番|翻番)", tail))


# documents the model writes, counted: "生成20份教案", "writes ~30 notes a day", "drafts 12 briefs"
# ("每天出2万篇", "一天产3000条": 出 and 产 before the count say the items are made)
_WRITTEN_DOCS = rx.compile(r"(?:生成|写|撰写|产出|起草|(?<![输支付])出(?![院差口现错发来去租售])|"
                           r"产(?![品线能量]))"
                           r"\s*(?:[^，,。；;\d]{0,4}?)"
                           r"(?:约|大概|大约)?\s*"
                           # ("每天写两千篇": the count in Chinese numerals too)
                           r"(?:[\d.]+|[一二两三四五六七八九十百千]+)\s*"
                           r"(?:万|千)?\s*"
                           r"(?:份|篇|条|章)|"
                           # ("每天要出一堆新品文案": 出 before the things written)
                           r"(?:生成|撰写|起草|写|(?<![输支付])出)[^，,。；;\d]{0,10}(?:日报|周报|报告|文案|稿件|文章|邮件|简报|点评|"
                           r"公文|文书|"
                           r"纪要|通知|新闻稿|教材|教案|讲义|试卷|习题|脚本|剧本|话术|说明书|手册)|"
                           r"\b(?:generat|writ|draft|produc)\w*\s+(?:~|about|around)?\s*[\d.,]+\s*k?\s+[a-z]+")
# the model writing items, named: "nightly batch writes personalised trip emails", "generates product
# descriptions"
# ("We want to generate 22k personalised newsletter intros per send, ~600 words each")
_WRITES_ITEMS = rx.compile(r"\b(?:generat|writ|draft|produc|creat|compos)\w*\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:emails?|posts?|articles?|descriptions?|letters?|reports?|notes?|copy|ads?|variants?|"
                           r"captions?|headlines?|scripts?|stories|chapters?|listings?|intros?|introductions?|"
                           r"summar(?:y|ies)|bios?|blurbs?|newsletters?|essays?|poems?|paragraphs?|recaps?|"
                           r"digests?|profiles?|updates?|reminders?)\b")
# a token count named as the answer's, further on: "… 只输出情感标签10个token", "… 2k-token summary"
# (a text's length too: "into ~80-word summaries", "摘要约200字")
_TOKENS_AMOUNT = (r"\d[\d.,]*\s*(?:k|万|千)?\s*(?:个)?\s*[- ]?"
                  r"(?:tokens?|toks?|words?|(?:chinese )?characters|chars\b|(?:个)?汉字|字(?![节])|"
                  r"(?:英文)?单词|词(?![元典组]))")
_OUTPUT_LATER = rx.compile(r"(?:" + OUTPUT_WORDS.pattern + r")[^\d,，;；。]{0,12}" + _TOKENS_AMOUNT + r"|" +
                           # ("Output is similar length, about 2,000 tokens": a comma before the amount)
                           r"\b(?:output|answers?|responses?)\s+(?:is|are)\b[^\d;；。.]{0,30}"
                           + _TOKENS_AMOUNT + r"|" +
                           _TOKENS_AMOUNT + r"\s*(?:" + OUTPUT_WORDS.pattern + r")|"
                           # ("~800 tokens out": the answer's, said short)
                           + _TOKENS_AMOUNT + r"\s+out\b(?!\s+of\b)|"
                           # ("每封回200词": each one answered with so many)
                           r"每(?:封|条|份|篇|个|次)\s*(?:回|回复)\s*(?:约|大约|大概)?\s*"
                           + _TOKENS_AMOUNT + r"|"
                           # ("returns ~300-word plans": the model's giving back, then its length)
                           r"\b(?:returns?|spits? out|emits?|produces?)\s*(?:~|≈|about|around|roughly)?\s*"
                           + _TOKENS_AMOUNT + r"|"
                           # ("~500 tokens of claims summary out": what it is between, then its side)
                           + _TOKENS_AMOUNT + r"\s+of\s+(?:(?!in\b|and\b|"
                                              r"or\b)[a-z][a-z'-]*\s+){1,3}?out\b(?!\s+of\b)|"
                           # ("1,800 words each, into ~250 word TLDRs": what a text is made into)
                           r"\binto\s+(?:~|about|around)?\s*" + _TOKENS_AMOUNT)
# images made (generated) rather than read: "image-gen app", "12B diffusion model", "出图量", "12 images each"
_MAKES_IMAGES = rx.compile(r"\bimage[- ]?gen|\bgenerat\w*\s+(?:\w+\s+){0,2}?"
                           r"(?:images?|pictures?|art|renders?)|"
                           r"\bdiffusion\b|\bimage model\b|"
                           r"\bmakes?\s+(?:~|about|around)?\s*[\d.,]+\s*k?\s*images|"
                           r"\bpumps? out\b|\brender\w*|\bupscal\w*|出图|生图|文生图|"
                           r"生成\S{0,4}(?:图片|图像|张图)|画图")
# images read (understood) rather than made: captions, inspection, OCR
_READS_IMAGES = rx.compile(r"\bcaption\w*|\binspect\w*|\bocr\b|\bclassif\w*|\bdescrib\w*|\bdefect|\bvlm\b|"
                           r"\bvision[- ]language|\banaly[sz]\w*|"
                           r"\bread(?:s|ing)?\s+(?:the\s+)?(?:images?|photos?)|"
                           r"理解|识别|审核|质检|描述|看图")
_IMAGE_NEAR = rx.compile(r"\b(?:images?|imgs?|pictures?)\b|每张图|图片|张图")
_COME_OUT = rx.compile(r"\bcom(?:es?|ing) out\b")
_TOKEN_CLAUSE = rx.compile(CLAUSE.pattern + r"|\b(?:but|while|whereas)\b|但是?|而|、")


# the energy of so many tokens asked ("What's the energy per 1k tokens … pass power cost through"): an energy,
# not a cost at a rent nobody stated
_ENERGY_PER_ASKED = rx.compile(r"\b(?:energy|[kmg]?wh|joules?)\s+(?:per|for|of)\b|能耗|耗电量?|用电量")


# the side said before a length, the nearest one: "输出审查意见每份2500字" (in
# "摘要生成：每条稿子输入大概1200字" the input)
_SIDE_BEFORE = rx.compile(r"(输入|输出|生成|产出)[^,，;；。？?\d输出生产]{0,10}$")


# a bare "in" or "out" starting a clause, right before a token count: "llama 3 8B, in ~2,500 tok, out ~200
# tok"
_SIDE_WORD_BEFORE = rx.compile(r"(?:^|[,;:(/|]|\band)\s*(in|out)\s*[:=]?\s*(?:~|≈|about|around|roughly)?\s*$")


# the model's giving back, right before a length: "returns ~300-word plans", "spits out ~200 tokens"
_RETURNS_BEFORE = rx.compile(r"\b(?:returns?|returning|spits? out|emits?|produces?|writes? back|replies with|"
                             r"answers with|responds with|comes back with)\s*(?:~|≈|about|around|roughly|"
                             r"approx\.?)?\s*$")


# the things of that length, written by the model: "… average about 450 words and the bot writes maybe 1,200
# of them"
# (the same things, counted or named as them: not "… 300 words in and the bot writes 120 words back", nor "…
# and the LLM drafts an impression of ~120 words")
_MODEL_WRITES_THEM = rx.compile(r"\s*(?:(?!in\b|input\b|of\b)[a-z]+\s+){0,2}?(?:and|,|;)\s*(?:the\s+|our\s+)?"
                                r"(?:bot|model|ai|llm|assistant|agent|it)\s+"
                                r"(?:writes|generates|drafts|produces|composes|sends out)\s+"
                                r"(?:maybe\s+|about\s+|around\s+|roughly\s+|~\s*)?"
                                r"(?:[\d.,]+\s*k?\s+of\s+)?(?:them|those|these)\b")
_HEDGE_ZH = r"\s*(?:了)?\s*(?:大概|大约|约|平均|差不多)?\s*"
_PEOPLE_SEND = rx.compile(r"(?:用户|客户|顾客|客人|玩家|学员|学生|家长|患者|会员|游客)\s*(?:平均)?\s*"
                          r"(?:每次|每条|每轮|一次)?"
                          + _HEDGE_ZH + r"(?:发|问|说|输入|提问|打)" + _HEDGE_ZH + "$")
_PEOPLE_SENT_TEXT = rx.compile(r"(?:用户|客户|顾客|客人|玩家|学员|学生|家长|患者|会员|游客|家属|老人|员工|"
                               r"租户)\s*"
                               r"(?:发|问|说|输入|提问|打|写|上传)(?:过来|进来|来)?的[^，,。；;\d]{0,16}$")
_MODEL_SENDS = rx.compile(r"(?:(?:ai|模型|大模型|机器人|客服|助手|bot)\s*(?:平均)?\s*(?:每次|每条|每轮|一次)?"
                          # ("每封平均300个英文单词 … 每封回200词": each one answered with so many)
                          r"|(?<![a-z])每(?:封|条|份|篇|个|次))"
                          + _HEDGE_ZH + r"(?:回|回复|答|回答|输出|生成)" + _HEDGE_ZH + "$")


# a text translated, and the document that is its source: "translate the scripts … a libretto is 22,000 words"
_TRANSLATES = rx.compile(r"\btranslat\w*|\bsubtitl\w*|\bsurtitl\w*|翻译|译成|翻成|字幕")
_SOURCE_TEXT = rx.compile(r"\b(?:scripts?|librett[oi]s?|books?|novels?|chapters?|documents?|docs?|articles?|"
                          r"pages?|manuals?|contracts?|papers?|episodes?|screenplays?|plays?|texts?|originals?|"
                          r"sources?)\b|"
                          r"剧本|脚本|文档|合同|章节|一章|每章|原文|文章|小说|台词|稿子|书")


# people (not the model) writing the text: "Each coach writes session notes", "our nurses type shift notes"
_PEOPLE_WRITE = rx.compile(r"\b(?:each|every|our|the|all)\s+(?:[a-z]+\s+)?"
                           r"(?:coach|teacher|staff|agent|doctor|nurse|rep|"
                           r"technician|tech|employee|worker|tutor|clinician|caseworker|driver|inspector|engineer|"
                           r"adjuster|lawyer|student|customer|guest|patient|parent|instructor|trainer|stylist|"
                           r"barber|mechanic|officer)s?\s+(?:writes?|types?|drafts?|fills?\s+(?:in|out)|jots?\s+down|"
                           r"records?|logs?|dictates?)\b")
# one person's day, said before a text's length: "每人每天让AI助手帮写服务日志和回访话术，大概"
_PERSON_DAY_BEFORE = rx.compile(r"(?:每人|每个人|人均|每位[\u4e00-\u9fff]{0,3}|每个[\u4e00-\u9fff]{1,3})\s*"
                                r"(?:每天|每日|一天)[^。？?；;\d]{0,30}$")


# one person's day of tokens, said before them: "每个会员一天平均也就用个两千token", "人均每天消耗3000 token"
_ZH_PERSON_DAY_USES = rx.compile(r"(?:每(?:个|位|名)?\s*[\u4e00-\u9fff]{0,3}?|人均)\s*(?:每天|一天|每日|一日)"
                                 r"[^，,。;；\d]{0,8}?(?:用|消耗|耗|花|烧)(?:掉|了)?\s*(?:个|大概|约|差不多|大约)?\s*$")
# a rate said of one box: "~3,400 tok/s out of one of our 4x L40S boxes"
_RATE_OF_ONE_BOX = rx.compile(r"\s*(?:out of|from|on|off|per)\s+"
                              r"(?:one of (?:our|the)\s+(?:\d+\s*[x×]\s*)?(?:#+\s*)?"
                              r"(?:boxes|servers|nodes|machines)|"
                              r"(?:a|one|each|a single)\s+(?:\d+\s*[x×]\s*)?(?:#+\s*)?"
                              r"(?:box|server|node|machine))\b")
# the side said as a clause's subject: "input is the RO summary ~350 tokens", "output is a short note of ~80
# words"
_SIDE_SUBJECT = rx.compile(r"\s*(?:and\s+)?(?:the\s+)?(?:(inputs?|prompts?)|(outputs?|answers?|repl(?:y|ies)|"
                           r"responses?))\s+(?:is|are|=|:)\s+"
                           r"(?!(?:similar|the same|about the same|shorter|longer)\b)"
                           r"[^\d]{0,30}$")
# what the prompt is said to hold, its length after: "the quote prompt has our whole price list in it, about"
_PROMPT_HOLDS = rx.compile(r"\b(?:prompts?|context|system prompt)\s+"
                           r"(?:has|have|holds?|contains?|includes?|carries|packs?)\b[^.?!;\d]{0,60}$")
# messages sent out, their length capped: "SMS updates are capped at 160 characters"
_CAPPED_MESSAGE = rx.compile(r"\b(?:updates?|texts?|sms|notifications?|reminders?|replies|answers?|"
                             r"messages?)\s+"
                             r"(?:are|is)\s+(?:capped|limited|kept|held)\s+(?:at|to|under|below)\s*"
                             r"(?:about|around|~)?\s*$")
# the model asked to write: "want the AI to write up damage from the photos", "describe each item"
_WRITES_UP = rx.compile(r"\b(?:writes?|writing|wrote|describes?|describing|generates?|generating|drafts?|"
                        r"drafting|captions?|captioning)\b")


# a prompt named, then what it holds in a clause with no number, then its length ("has a huge prompt, the
# whole week's calendar for all crews, ~14,000 tokens")
_PROMPT_NAMED_BEFORE = rx.compile(r"\b(?:has|have|gets?|takes?|with|is)\s+(?:an?\s+)?"
                                  r"(?:(?:huge|long|big|massive|giant|hefty|chunky|fat|large)\s+)?"
                                  r"(?:prompt|context|input)\b\s*[,(–—-]"
                                  r"[^.;?!\d]{3,70}[,(–—-]\s*(?:~|about|around|roughly|approx\.?)?\s*$")


def _token_param(r: Reading, a: int, b: int, value: float, train_ctx: bool) -> str:
    if value >= 1e7 and not train_ctx and readings.BATCH_WORDS.search(r.t):
        return "tokens_per_day"          # "nightly eval = 600M output tokens": the job's, not one answer's
    if value >= 1e9 and not train_ctx \
            and re.search(r"当天|一天|每天|每日|日均|(?:a|per|each)\s+day\b|/\s*day\b|daily",
                          r.t[max(0, a - 30):b + 12]) \
            and re.search(r"输出|生成|output|generat", r.t[max(0, a - 16):b]):
        # ("双十一当天预计输出token 20亿": a day's output, not a corpus trained on)
        return "tokens_per_day"
    if value >= 1e9 or (train_ctx and value >= 1e7):
        return "train_tokens"
    if train_ctx and value >= 1e6 and re.search(r"\bepochs?\b|\bfine[- ]?tun|\bsft\b|微调|轮", r.t) \
            and not re.match(r"\s*(?:-|\s)?(?:tokens?\s*)?(?:of\s+)?(?:context|ctx|window|"
                             r"上下文)", r.t[b:b + 24]):
        return "train_tokens"            # ("fine-tuning Mistral 7B … call it 2M tokens total, 3 epochs")
    t = r.t
    if value >= 1e6 and not train_ctx and DAILY_BEFORE.search(CLAUSE.split(t[max(0, a - 60):a])[-1]):
        return "tokens_per_day"          # "Daily we need 400M output tokens": the day's, not one answer's
    if value >= 1e4 and not train_ctx and re.search(r"(?:合计|总共|一共|累计|加起来)\s*(?:约|大约|大概)?\s*$",
                                                      t[max(0, a - 8):a]) \
            and DAILY_BEFORE.search(CLAUSE.split(t[max(0, a - 60):a])[-1]):
        return "tokens_per_day"          # ("全院每天影像报告加病历质控合计约90万输出token": the day's total)
    inside = t[a:b]
    near = t[max(0, a - 24):b + 24]
    # (the span's own words first: the whole question is searched only beside an image)
    if _IMAGE_NEAR.search(near) and _MAKES_IMAGES.search(t) and not _READS_IMAGES.search(t) \
            and not INPUT_WORDS.search(re.sub(r"\b(?:images?|imgs?|pictures?)\b|每张图|图片", " ", near)):
        return "output_tokens"           # "image-gen app … 4,096 tokens/image": the tokens of each image made
    if _UPSTREAM_GIVES.search(CLAUSE.split(t[max(0, a - 48):a])[-1]):
        return "input_tokens"            # ("Label OCR step outputs ~1,800 characters": what the model reads)
    if (avg := _ITEMS_AVERAGE.search(CLAUSE.split(t[max(0, a - 48):a])[-1])) is not None and re.search(
            r"\b(?:summar\w*|translat\w*|classif\w*|tag\w*|moderat\w*|screen\w*)\s+(?:of\s+|for\s+)?"
            r"(?:the\s+|our\s+|all\s+|each\s+)?(?:[\d.,]+\s*k?\s+)?" + re.escape(avg.group(1)), t):
        # ("our customer reviews average about 900 characters … summaries of 25k reviews": what is summarized
        # is what the model reads)
        return "input_tokens"
    for pat, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens")):
        if pat.search(inside):
            return name
    if _TRANSLATES.search(t) and _SOURCE_TEXT.search(CLAUSE.split(t[max(0, a - 48):a])[-1]) \
            and not OUTPUT_WORDS.search(CLAUSE.split(t[max(0, a - 48):a])[-1] + " " + t[b:b + 16]) \
            and not re.match(r"\s*(?:out|in|input|output|back)\b", t[b:b + 12]):
        # ("translate the scripts … A full libretto is maybe 22,000 words": the text translated is read, and
        # its translation is about as long, calc/inference)
        r.params["translation"] = True
        return "input_tokens"
    if (side := _SIDE_WORD_BEFORE.search(t, max(0, a - 16), a)) is not None:
        return "input_tokens" if side.group(1) == "in" else "output_tokens"   # "in ~2,500 tok, out ~200 tok"
    if _RETURNS_BEFORE.search(t, max(0, a - 24), a) and not INPUT_WORDS.search(t[a:b + 12]):
        return "output_tokens"           # ("returns ~300-word plans": what the model gives back)
    clause_before = CLAUSE.split(t[max(0, a - 48):a])[-1]
    if re.search(r"\b(?:going|goes|fed|sent|passed|put)\s+in(?:to)?\b[^,.;\d]{0,24}$", clause_before):
        return "input_tokens"            # ("Transcript going into the model is ~6k tokens")
    if re.search(r"\b(?:get|gets|getting|got|receive|receives)\s+back\b[^.;\d]{0,40}$", clause_before):
        return "output_tokens"           # ("… and get back an adapted dub script of ~8k words")
    if re.search(r"\b(?:we|i|they|you)\s+(?:feed|send|upload|pass|pipe)\b[^.;\d]{0,40}[(（]\s*"
                 r"(?:~|about|around)?$", clause_before):
        return "input_tokens"            # ("We feed whole episode scripts (~9,000 words) to …": what goes in)
    if re.search(r"\b(?:notes?|summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|letters?|reports?|drafts?|"
                 r"memos?|emails?|completions?)\s+out\s*(?:is|=|:|~|≈|about|around)?\s*$", clause_before):
        return "output_tokens"           # ("note out ~900 tokens": the thing written, then its length)
    if _MODEL_WRITES_THEM.match(t, b) and not INPUT_WORDS.search(inside):
        return "output_tokens"           # ("emails average about 450 words and the bot writes maybe 1,200")
    # ("平均用户每次发60个字，AI回120个字": what the people send, then what the model sends back)
    said_zh = CLAUSE.split(t[max(0, a - 14):a])[-1]
    if _PEOPLE_SEND.search(said_zh) or _PEOPLE_SENT_TEXT.search(CLAUSE.split(t[max(0, a - 40):a])[-1]):
        # ("家属发过来的聊天内容平均每次一千字左右": what the people send, read)
        return "input_tokens"
    if _MODEL_SENDS.search(said_zh):
        return "output_tokens"
    clauses = CLAUSE.split(t[max(0, a - 30):a])
    if len(clauses) >= 2 and re.search(r"(?:问|提问|咨询|发问|来问)\s*$", clauses[-2].strip()) \
            and re.match(r"\s*(?:平均|一般|大概)?\s*每(?:条|个|次|句|段)", clauses[-1]) \
            and not re.search(r"\d|输入|输出|回复|回答|答案|生成", clauses[-1]):
        # ("老外多，用英文问，平均每条六十个英文单词": each of the messages they ask, read)
        return "input_tokens"
    # ("平均每个问题大概150个单词，回答400词左右": the question's length, then the answer's, said just before
    # each)
    said_before = CLAUSE.split(t[max(0, a - 16):a])[-1]
    asked = [m.end() for m in re.finditer(r"问题|提问|问句", said_before)]
    answered = [m.end() for m in re.finditer(r"回答|答案|回复", said_before)]
    if (asked or answered) and not re.search(r"[，,。；;、]", said_before[max(asked + answered):]) \
            and len(said_before) - max(asked + answered) <= 6:
        return "input_tokens" if max(asked, default=-1) > max(answered, default=-1) else "output_tokens"
    if (named := _PROMPT_NAMED_BEFORE.search(t, max(0, a - 90), a)) is not None \
            and not OUTPUT_WORDS.search(named.group(0)) \
            and not re.match(r"\s*(?:tokens?|toks?)?\s*(?:out|back)\b", t[b:b + 16]):
        # ("each call has a huge prompt, the whole week's calendar for all crews, ~14,000 tokens": the prompt
        # named, what is in it described, then its length)
        return "input_tokens"
    right_after = re.match(r"\s*(?:(?:per\b|/|a\b|each\b)\s*[a-z]+\s+)?(?:(?:docs?|documents?|files?|chunks?|"
                           r"pages?|articles?|emails?|transcripts?)\s+)?"
                           # (not "200 words in portuguese": the language they are in)
                           r"(in(?!\s+(?!and\b|or\b|with\b|plus\b)[a-z])|input|out|output)\b", t[b:b + 30])
    if right_after:                      # "1.2k tok in / 400 tok out", "7.5k token docs in"
        return "input_tokens" if right_after.group(1).startswith("in") else "output_tokens"
    # ("3,000-token briefs, 1,500-token drafts": what is given, then what is written)
    if (noun := re.match(r"\s*(?:(prompts?|inputs?|context|briefs?|instructions?|transcripts?|tickets?)|"
                         r"(resp(?:onse)?s?|answers?|outputs?|completions?|replies|reply|gen|drafts?|plans?))\b",
                         t[b:b + 16])) is not None:
        if noun.group(1) and noun.group(1).startswith("brief") and re.search(
                r"\b(?:writes?|writing|wrote|generates?|generating|produces?|producing|drafts?|drafting|creates?|"
                r"creating|composes?|composing)\b[^.;?]{0,40}$", clause_before):
            return "output_tokens"       # ("we write 300-token briefs": briefs written)
        # ("700 tok prompt 350 tok resp": the thing named right after its tokens)
        return "input_tokens" if noun.group(1) else "output_tokens"
    if re.match(r"\s*(?:tokens?|toks?)?\s*of\s+(?:[\w-]+\s+){0,3}?(?:going|goes|fed|sent|passed|put)\s+in\b",
                t[b:b + 48]):
        return "input_tokens"            # "about 900 tokens of product attrs going in": what is fed in
    if (side := re.match(r"\s*(?:tokens?|toks?)?\s*of\s+"
                         r"(?:(?!(?:and|or|input|output|prompts?|completions?)\b)[a-z][a-z'-]*\s+){1,3}?"
                         r"(in|out|back)\b(?!\s+(?:the|a|an|our|their)\b)", t[b:b + 48])) is not None:
        # ("~1,500 tokens of case notes in", "200 tokens of summary out", "~800 tok of review comments back":
        # its
        # side after what it is)
        return "input_tokens" if side.group(1) == "in" else "output_tokens"
    if (what := re.match(r"\s*(?:tokens?|toks?)?\s*of\s+(?:[a-z-]+\s+)?(?:descriptions?|captions?|commentary|"
                         r"write-?ups?|explanations?|feedback)\b", t[b:b + 40])) is not None \
            and _WRITES_UP.search(t) and not INPUT_WORDS.search(t[a:b + what.end()]):
        # ("write up damage from the photos … 200 tokens of description per photo": the text written)
        return "output_tokens"
    if (side := re.match(r"\s*[a-z]+\s+(in|out)\b(?!\s+(?:the|a|an|our|their)\b)", t[b:b + 24])) is not None \
            and re.search(r"-\s*(?:tokens?|toks?)$", t[a:b]):
        # ("~600-token letter out": the thing of so many tokens, then its side)
        return "input_tokens" if side.group(1) == "in" else "output_tokens"
    if _SENT_BY_USERS.search(_TOKEN_CLAUSE.split(t[max(0, a - 48):a])[-1]) \
            and re.search(r"[\u4e00-\u9fff]", t):
        return "input_tokens"            # ("客户每条消息平均30个单词，回复平均60个单词": what is sent, read)
    if re.search(r"(?:每条|每个样本|每个回答|(?:per|each) (?:sample|rollout|response|completion|generation))"
                 r"[^,，;；。\d]{0,6}$", t[max(0, a - 16):a]) \
            and not INPUT_WORDS.search(re.split(r"每条|每个|per|each", t[max(0, a - 16):a])[-1]) \
            and not (      # (nor "每条稿子输入大概1200字": each item's input, said so)
            # ("审核量3亿条，平均每条400 token": each item read, not each sample generated)
            re.search(r"每条[^,，;；。\d]{0,6}$", t[max(0, a - 16):a])
            and not re.search(r"采样|sample|rollout|生成|回答|回复", t)):
        return "output_tokens"           # "每个prompt采样16条，平均每条2k token": each sample's, generated
    if m := re.match(r"\s*(入|进|出)(?![口去来现错了])", t[b:b + 4]):
        return "output_tokens" if m.group(1) == "出" else "input_tokens"   # "600 tokens 入、150 tokens 出"
    if re.search(r"(?<![输支付])出\s*(?:约|大约|大概|差不多)?\s*$", t[max(0, a - 6):a]):
        return "output_tokens"           # "每條出 2k tokens": what each one puts out
    if (side := _SIDE_BEFORE.search(t[max(0, a - 16):a])) is not None:
        # ("输出审查意见每份2500字": the side said before the thing and its "each", the nearest one)
        return "input_tokens" if side.group(1) == "输入" else "output_tokens"
    if re.search(r"(?:每份|每篇|each|per)[^,，;；。\d]{0,8}$", t[max(0, a - 12):a]) \
            and not re.search(r"原始|原文|数据|输入|素材", t[max(0, a - 12):a]) and (
            _WRITTEN_DOCS.search(t[max(0, a - 48):a])
            or (_WRITTEN_DOCS.search(t[b:b + 60]) and not INPUT_WORDS.search(t[b:b + 60]))):
        # "每天生成20份教案，每份3000 token": each document written ("每篇大概600个汉字 … 每天生成200万篇":
        # said after)
        return "output_tokens"
    if re.match(r"\s*(?:each|apiece)\b", t[b:b + 8]) and _WRITES_ITEMS.search(
            re.split(r"[.?!。？！]\s", t[max(0, a - 90):a])[-1]) and not (
                # ("operators write handover notes, ~300 words each … into ~80-word summaries": the answer is
                # named later, the items are what is read)
                "output_tokens" not in r.params and _OUTPUT_LATER.search(t, b)):
        return "output_tokens"           # "writes trip emails: 12M emails, ~450 tokens each": each written
    # the nearest qualifier in the same clause, after the span first ("2,000-token answers"); "but"
    # starts another ("answers are short (~150 tokens) but prompts huge")
    if "output_tokens" not in r.params and "input_tokens" not in r.params \
            and re.search(r"字|words?|char", inside) \
            and (task := re.search(r"(?:摘要|总结|summar\w*)\s*[:：]([^。]*)$", t[max(0, a - 40):a])) \
            and not OUTPUT_WORDS.search(task.group(1)):
        return "input_tokens"            # "工单摘要：每条中文报告约1500字": the task, then what it reads
    tail = _TOKEN_CLAUSE.split(t[b:b + 24])[0]
    head = _TOKEN_CLAUSE.split(t[max(0, a - 24):a])[-1]
    if _SENT_BY_USERS.search(_TOKEN_CLAUSE.split(t[max(0, a - 48):a])[-1]):
        return "input_tokens"            # ("Our customers' messages average 1,800 characters": what is sent)
    if re.search(r"\b(?:incoming\s+)?(?:messages|msgs|sms|texts|emails|questions|queries)\s+(?:are\s+)?"
                 r"(?:capped|limited)\s+(?:at|to)\s*(?:~|about)?\s*$", t[max(0, a - 40):a]) \
            and (_OUTPUT_LATER.search(t, b)
                 or re.search(r"\b(?:reply|replies|answers?|responses?)\b", t[b:])):
        return "input_tokens"            # ("messages capped at 160 characters … reply also ~160 chars")
    subject = re.split(r"[.?!。？！]\s", _TOKEN_CLAUSE.split(t[max(0, a - 48):a])[-1])[-1]
    if _PROMPT_HOLDS.search(re.split(r"[.?!。？！]\s", t[max(0, a - 90):a])[-1]) \
            and not OUTPUT_WORDS.search(t[a:b]):
        # ("the quote prompt has our whole price list in it, about 6,000 tokens": what the prompt holds)
        return "input_tokens"
    if (side := _SIDE_SUBJECT.match(subject)) is not None:
        # ("input is the RO summary ~350 tokens": the side named as the clause's subject, whatever it is)
        return "input_tokens" if side.group(1) else "output_tokens"
    if _CAPPED_MESSAGE.search(subject):
        return "output_tokens"           # ("our customer SMS updates are capped at 160 characters": sent out)
    if _ITEM_JUDGED.search(_TOKEN_CLAUSE.split(t[max(0, a - 40):a])[-1]) and _JUDGING.search(t):
        return "input_tokens"            # ("chat moderation: messages average 200 characters": judged)
    said_of = _TOKEN_CLAUSE.split(t[max(0, a - 24):a])[-1]
    if _ITEM_RECEIVED.search(said_of) and not _MADE_SAID.search(said_of + " " + tail):
        # ("旅客投诉工单平均800个汉字", "报关单平均2400个汉字": an item received, read)
        return "input_tokens"
    if "output_tokens" in r.params or _OUTPUT_LATER.search(t, b):
        # ("Transcripts come out around 1,200 characters … 200-token summaries": with the answer named
        # elsewhere, "come out" says no direction)
        head, tail = _COME_OUT.sub(" ", head), _COME_OUT.sub(" ", tail)
    if "output_tokens" not in r.params and not OUTPUT_WORDS.search(head + " " + tail) \
            and _OUTPUT_LATER.search(t, b):
        return "input_tokens"            # "notes ~300 words each … into ~80-word summaries": the answer later
    if "input_tokens" not in r.params and re.search(r"字|单词|words?|char", inside) \
            and ("output_tokens" in r.params or _OUTPUT_LATER.search(t, b)) \
            and not _MADE_SAID.search(head + " " + tail):
        # ("summarize 50,000 paper abstracts per day. Abstract ~1,200 characters … 150-token summary": a text
        # measured in characters, the answer's own tokens said later: the text is what is read)
        return "input_tokens"
    if _MAKES_CLAUSE.match(head) and not re.search(r"\b(?:from|based on|of the)\b|根据|基于|读取|阅读", head):
        return "output_tokens"           # "生成审核意见约600字": what is generated, then its length
    if "output_tokens" not in r.params and re.search(r"(?:生成|起草|撰写)\s*(?:初稿|草稿|文书|全文)",
                                                     t[b:b + 80]) \
            and not INPUT_WORDS.search(t[max(0, a - 24):b + 24]):
        return "output_tokens"           # "判决书每份约1.2万字 … 每天约3000份要AI辅助生成初稿": each written
    if "output_tokens" not in r.params and not _OUTPUT_LATER.search(t, b) \
            and re.search(r"\b(?:we|they|it|i)\s+(?:generate|write|draft)\s+(?:about\s+|~)?\d", t[b:]):
        # ("agents send emails of about 350 words … we generate 40,000 per day": the items counted later
        # as generated are what is written)
        return "output_tokens"
    best: tuple[int, str] | None = None
    for pat, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens")):
        m = pat.search(tail)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
        for h in pat.finditer(head):
            d = len(head) - h.end()
            if best is None or d < best[0]:
                best = (d, name)
    if best is not None:
        return best[1]
    # ("prompt is chart excerpt + payer criteria ~2.5k tok": the clause's subject, farther back than the
    # words read above, names one side only)
    clause = CLAUSE.split(t[max(0, a - 64):a])[-1]
    subject = re.match(r"\s*(?:(?:the|our|each|every|a|an)\s+)?", clause)
    sides = [name for pat, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens"))
             if pat.match(clause, subject.end() if subject else 0)]
    if len(sides) == 1 and sides[0] not in r.params:
        return sides[0]
    # "Prompts are short, around 500 tokens": the clause before, when this one says nothing
    # ("customer text on a banner is short, like 60 characters": the people's text, the clause's subject)
    prev_whole = CLAUSE.split(t[max(0, a - 80):a])
    if len(prev_whole) >= 2 and "input_tokens" not in r.params and re.match(
            r"\s*(?:the\s+|our\s+)?(?:customer|user|client|guest|member)s?'?\s+(?:texts?|messages?|questions?|"
            r"quer(?:y|ies)|requests?|notes?)\b", prev_whole[-2]):
        return "input_tokens"
    before = t[max(0, a - 40):a]
    parts = CLAUSE.split(before)
    if len(parts) >= 2:
        prev = parts[-2]
        if "input_tokens" not in r.params and _PEOPLE_WRITE.search(prev):
            return "input_tokens"        # ("Each coach writes session notes, ~400 words": people write it)
        for pat, name in ((INPUT_WORDS, "input_tokens"), (OUTPUT_WORDS, "output_tokens")):
            # (not a length already stated with its own words: "生成工单摘要：每天2000万通电话，每通
            # 转写约1500汉字 … 摘要输出150 token" names the task before, the answer's length later)
            if pat.search(prev) and name not in r.params and not (
                    INPUT_WORDS if name == "output_tokens" else OUTPUT_WORDS).search(prev):
                return name
        if "input_tokens" not in r.params and _ITEMS_HANDLED.search(prev) and not OUTPUT_WORDS.search(prev):
            return "input_tokens"        # "每天处理 20万条工单,每条平均 600 个汉字": each item handled, read
    if "output_tokens" not in r.params and _OUTPUT_LATER.search(t, b):
        return "input_tokens"            # "每条约200 token，只输出标签10个token": the answer named after
    if "output_tokens" not in r.params and _READ_LATER.search(t, b):
        return "input_tokens"            # "reports avg 300 words … summarised by Llama 3.1 8B": what is read
    return "output_tokens" if "output_tokens" not in r.params else "input_tokens"


# hosting the model oneself, weighed against a price per token: "self-host", "自建", "run it ourselves"
_SELF_HOST = rx.compile(r"self[- ]?host|host (?:it )?ourselves|run (?:it )?(?:ourselves|in-house|on[- ]prem)|"
                        r"\bon[- ]prem|自建|自己部署|私有化部署|自己跑")


# what users send, named before its length: "our customers' messages average", "users' questions run about"
# a message, post or e-mail measured, in a task that judges it (moderation, filtering, triage, labelling)
_ITEM_JUDGED = rx.compile(r"\b(?:messages?|msgs?|emails?|e-mails?|posts?|comments?|reviews?|chats?|tweets?)"
                          r"\s*"
                          r"(?:average|avg\.?|are|run|of|is|about|around|approx\.?|~|≈)?[^,;.\d]{0,12}$")
_JUDGING = rx.compile(r"moderat|classif|filter|triage|screen|detect|toxic|spam|label|审核|过滤|分类|"
                      r"분류|필터|모더레이션|판정")
_SENT_BY_USERS = rx.compile(r"\b(?:users?|customers?|students?|clients?|members?|callers?|patients?)'?s?'?\s+"
                            r"(?:messages?|questions?|queries|prompts?)\s+(?:average|avg|are|run|of|about|~)?[^,;.]{0,12}$|"
                            # ("客户每条消息平均30个单词": what the customer sends, read)
                            r"(?:客户|客戶|用户|顾客|家长|患者|乘客|买家|学员|会员)\s*(?:每条|每次|的|发来的|发的)?\s*"
                            r"(?:消息|留言|提问|问题|说话|说的话|输入|问句)[^，,。；;\d]{0,6}$")


# words that say a text is the one made (not "abstract" or "summary", which may be what is read)
_MADE_SAID = rx.compile(r"output|answer|response|completion|generat|reply|replies|writ(?:e|es|ten|ing)\b|"
                        r"draft|"
                        r"输出|回答|生成|回复|撰写|起草")


# an item people send in, named just before its length: a ticket, a complaint, a form, a contract, a record
_ITEM_RECEIVED = rx.compile(r"(?:工单|投诉|报关单|单据|合同|病历|简历|卷宗|邮件|来信|留言|"
                            r"申请表|申请书|表单|发票|票据|保单|理赔单)"
                            r"[^，,。；;\d]{0,8}$")


# items handled (read), counted in the clause before their length: "每天处理 20万条工单", "we review 3k
# contracts"
_ITEMS_HANDLED = rx.compile(r"处理|审核|审阅|分析|阅读|读取|翻译|质检|分类|"
                            r"\b(?:process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|review(?:s|ed|ing)?|read(?:s|ing)?|"
                            r"analy[sz](?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|translat(?:e|es|ed|ing))\b")


# the run itself made bigger: "这次规模翻3倍", "the next run is 3x the size", "3x the data"
_RUN_GROWS = rx.compile(r"规模|数据量|参数量|模型(?:大小|尺寸)|"
                        r"(?:算力|计算量)(?:需求)?(?:要|会|将|得)?\s*(?:翻|增|涨|扩)|"
                        r"\b(?:scale|size|bigger|larger|data(?:set)?|compute budget|the work)\b")


# a clause that begins by saying something is generated: "生成审核意见约600字", "writes review notes of
# ~600 words"
_MAKES_CLAUSE = rx.compile(r"\s*(?:并|再|然后|最后|and\s+|then\s+)?\s*(?:生成|产出|撰写|写出|给出|"
                           r"generat(?:e|es|ing)\b|writ(?:e|es|ing)\b|draft(?:s|ing)?\b|produc(?:e|es|ing)\b)")


# the text stated is read, by what is done to it after: "… summarised by …", "…全部做摘要", "classify them"
_READ_LATER = rx.compile(r"\bsummar(?:is|iz)(?:e|ed|es|ing)\b|\bclassif(?:y|ied|ies|ying)\b|"
                         # ("lesson notes … around 300 words, and we want the AI to turn them into a summary")
                         r"\b(?:turn|convert|condense|boil|rewrite)(?:s|ed|ing)?\s+"
                         r"(?:them|it|these|those|each(?:\s+one)?)\s+(?:down\s+)?(?:in)?to\b|"
                         r"\btriag(?:e|ed|ing)\b|"
                         r"\bextract(?:ed|ing|s)?\b|\bmoderat(?:e|ed|ing)\b|做摘要|摘要一下|总结一下|分类|审核|提取|抽取|"
                         # ("每话大约1800个英文单词 … 翻成中文": the text translated is what is read)
                         r"翻成|翻译成|译成|"
                         # ("~60k characters … every chat stuffs the whole thing in the prompt": read in)
                         r"\b(?:stuff(?:s|ed|ing)?|put(?:s|ting)?|paste[sd]?|pasting|load(?:s|ed|ing)?)\s+"
                         r"(?:the\s+whole\s+thing|it\s+all|all\s+of\s+it|it|them|the\s+lot)\s+(?:in|into)\s+"
                         r"(?:the\s+|each\s+|every\s+)?(?:prompt|context)")


_MACHINES = rx.compile(r"机器人|機器人|机械人|機械人|机械臂|機械臂|\bamrs?\b|\bagvs?\b|\brobots?\b")
_GROWN_TO = rx.compile(r"(?:增长|增加|涨|扩|扩充|扩展|增至|增长至)(?:到|至)?\s*$|"
                       r"\b(?:grow(?:s|ing)?|scal(?:e|es|ing)) to\s*$")
_SIZE_ON_CARD = rx.compile(r"#\s*(?:上)?\s*(?:跑|部署|运行|推理|serving|serve|running|run|hosting|host)\s*"
                           r"(?:a|an)?\s*$")
_SIZE_ON_CARD_AFTER = rx.compile(r"\s*(?:(?:on|@|w/|with)\s*)?(?:(?:fp8|bf16|fp16|int8|int4|fp4)\s*)?#")
_BY_LATER = rx.compile(r"\s*(?:users?|dau|mau|people|用户|日活|月活)?\s*(?:(?:by|in|at|within)\s+)?"
                       r"(?:the\s+)?"
                       # ("50M by end of next yr (18 mo)", "by eoy", "in 18 months")
                       r"(?:end of\s+)?(?:20\d\d|next (?:year|yr)|\d+\s*(?:years?|yrs?|months?|mo))\b|"
                       r"\s*(?:users?\s+)?by\s+(?:eoy|ye|year[- ]end)\b|"
                       r"\s*(?:到|在)?\s*(?:20\d\d\s*年|明年|\d+\s*年后)")
_LATER_BEFORE = rx.compile(r"(?:(?:20\d\d\s*年(?:底|末)?|明年(?:底)?|\d+\s*年后)\s*(?:要|会|能|预计)?\s*"
                           r"(?:达到|到|涨到|增长到|做到)?|"
                           r"\b(?:by|in)\s+(?:20\d\d|next year)\s*(?:,|:)?\s*(?:maybe|about|~|around)?)\s*$")
_BY_YEAR = rx.compile(r"(?:\bby|\buntil|\bthrough|\bin|到|至|截至|截止)\s*(?:the )?(?:end of )?\s*$")


# a measured rate that counts the prompts' tokens as well as the answers'
_ALL_TOKENS_RATE = rx.compile(r"\b(?:mixed\s+)?prefill\s*(?:\+|and|&|/)\s*decode\b|"
                              r"\b(?:in(?:put)?|prompt)\s*\+\s*(?:out(?:put)?|completion)\s+tok(?:en)?s?\s*/\s*s|"
                              r"\btotal\s+(?:\(in\s*\+\s*out\)\s+)?tok(?:en)?s?\s*/\s*s|"
                              r"(?:输入|预填充|prefill)\s*(?:\+|和|加)\s*(?:输出|解码|decode)\s*(?:总)?(?:吞吐|token)")
# a multiple said of speed: the ratio between two accelerators, not a growth
_SPEED_WORDS = rx.compile(r"\bspeed-?ups?\b|\bfaster\b|\bslower\b|\bperf(?:ormance)?\b|\bthroughput\b|"
                          r"per[- ](?:gpu|chip|card|accelerator)\b|\bon (?:llm )?(?:training|inference)\b|"
                          r"\bthe previous gen|\bcompute per chip\b|速度|性能|快|吞吐")
# a multiple of the load or the fleet, not of one card's speed ("need 3x throughput", "算力扩大4倍",
# "plus 1.3x for networking")
_GROWN = rx.compile(r"\b(?:need|needs|grow|grows|growth|traffic|forecast|demand|load|scale|more|plus|all-in|"
                    r"overhead)\b|扩|增长|翻|需要|要\s*[\d.]+\s*倍|加上|网络|机房|整体")
ENOUGH_ASKED = rx.compile(r"够|\benough\b|\bsuffic|得住|[顶頂]得|\bhold up\b|\bplenty\b|\bample\b|"
                          r"\b(?:will|would|should) do\b|\bdo(?:es)? the job\b")
_NEXT_YEAR = rx.compile(r"\b(?:the )?next (?:yr|year)\b|明年|未来一年")
# "what does it look like 2 years out", "3 年后": a horizon of its own, so "next year" is when the
# base is said, not how long it grows
_YEARS_OUT = rx.compile(r"\b\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?)\s*(?:out|later|from now|ahead|on)\b|"
                        r"\bin\s+\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?)\b|\d+\s*个?(?:年|月)(?:后|以后|之后)")


# what a growing quantity is to reach, said before its value: "When do we reach 16,000 GPUs?", "从 18 MW
# 增长到 144 MW"
_REACH = rx.compile(r"(?:\breach(?:es|ing)?|\bhit|\bget to|\bgrows? to|\bgrowing to|\bgo to|\bto|"
                    r"到|达到|增长到|增加到|"
                    # ("明年要推到全集团8000人": the whole group, company or province reached)
                    r"涨到|扩到|扩展到|扩大到|突破)\s*(?:全(?:集团|公司|厂|省|市|国|行|校|院|网))?\s*"
                    r"(?:about|around|roughly|~|约|大约)?\s*$")
# the quantities a growth may be said to reach (users have their own, users_to)
_REACHED = ("gpus", "servers", "power_mw", "qps", "queries_per_day", "tokens_per_day", "concurrent_users",
            "capacity_flops", "gpu_hours", "replicas")


def _growth_target(r: Reading) -> None:
    """"2,000 GPUs today, doubling every 7 months. When do we reach 16,000?": the second value of the
    quantity that grows is where it is to get to, the growth factor over the first (not a second fleet)."""
    p = r.params
    if "factor" in p or not ("doubling_months" in p or "growth_rate_year" in p):
        return
    for base in _REACHED:
        said = [st for st in r.stated if st.param == base and st.note in ("", "duplicate", "option")
                and isinstance(st.value, float) and st.value > 0]
        if len(said) != 2 or not float(said[0].value or 0) < float(said[1].value or 0) \
                or not _REACH.search(r.masked[max(0, said[1].start - 14):said[1].start]):
            continue
        start, end = float(said[0].value or 0), float(said[1].value or 0)
        p[base] = start
        p["factor"] = end / start
        p["factor_of"] = base            # (a value reached: no build's multiple, calc/options.all_in_stated)
        if p.get("range_of") == base:
            p.pop("range_of")
        r.retag(said[0], note="")
        r.retag(said[1], param="factor", value=end / start, note="")
        return


def growth_terms(r: Reading) -> None:
    """With a growth stated: "by 2028" is the horizon from this year, and a bare count next to
    "today" / "现在有" is what grows ("how many MI300X by 2028 starting from 4k today")."""
    p = r.params
    if not (GROWS.intersection(p) or "period_months" in p):
        return
    _growth_target(r)
    horizon = next((st for st in r.stated if st.param == "days" and st.note == ""
                    and isinstance(st.value, float)
                    and GROWS.intersection(p) and "period_months" not in p
                    and (re.search(r"\b(?:in|within|after|by)\s*(?:another\s+|the next\s+)?$|(?:再过|过)\s*$",
                                   r.t[max(0, st.start - 14):st.start])
                         # ("按每年增长80%算，两年后日活多少": the years after which, said after them)
                         or re.match(r"\s*(?:后|之后|以后)", r.t[st.end:]))), None)
    if horizon is not None and isinstance(horizon.value, float):
        # "traffic is doubling every 4 months. How many instances in 18 months?": the horizon the load grows
        # to, not a rental period
        r.move(horizon, "period_months", value=horizon.value / 30.4375)
    m = _NEXT_YEAR.search(r.t)
    if m and "period_months" not in p and not _YEARS_OUT.search(r.t, m.end()) \
            and not re.match(r"\s*(?:开始|起)", r.t[m.end():]) and \
            not Covered(len(r.t), [(s.start, s.end) for s in r.stated]).covers(m.start()):
        r.add("period_months", 12.0, m.start(), m.end())   # "over next yr", "明年"
    years = [st for st in r.stated if isinstance(st.value, float) and (st.param == "year" or (
        st.param is None and st.note == "" and st.value.is_integer() and 1990 <= st.value <= 2100
        and "," not in str(st.text)))]
    year_bill = next((st for st in r.stated if st.param == "period_months" and st.value == 12.0
                      and re.fullmatch(r"一年|a year|one year|1 year|1年", str(st.text).lower().strip())),
                     None)
    if len(years) == 2 and years[0].value != years[1].value and year_bill is not None \
            and year_bill.start > max(y.end for y in years):
        # "2025 年是 12000 MW，年增长 35%，2030 年要多少 MW？…一年电费多少": the years are the horizon, the
        # year after them the bill's period
        p.pop("period_months", None)
        p["days"] = 365.25
        r.retag(year_bill, param="days", value=365.25)
    if len(years) == 2 and years[0].value != years[1].value and "period_months" not in p:
        # "2024年用了4000张，到2026年需要多少": the horizon is from one year to the other
        span = abs(float(years[0].value) - float(years[1].value)) * 12  # type: ignore[arg-type]
        p["period_months"] = span
        p.pop("year", None)
        r.stated = [replace(x, param="period_months", value=span, note="") if x in years else x
                    for x in r.stated]
    for st in list(r.stated):
        if st.param == "year" and isinstance(st.value, float) and st.value <= this_year() and \
                "period_months" not in p and GROWS.intersection(p) and p.get("year") == st.value and \
                _BY_YEAR.search(r.masked[max(0, st.start - 16):st.start + 3]):
            p.pop("year")          # "how many by 2026?" asked in 2026: no time to grow
            r.retag(st, note="not_ahead")
            continue
        if st.param == "year" and isinstance(st.value, float) and st.value > this_year() and \
                "period_months" not in p:
            # "how much in 2027?" with a growth stated: the horizon, not a price year
            p["period_months"] = (st.value - this_year()) * 12
            p.pop("year", None)
            r.retag(st, param="period_months", value=p["period_months"])
            continue
        if st.param is not None or not isinstance(st.value, float):
            continue
        head, tail = r.masked[max(0, st.start - 16):st.start], r.masked[st.end:st.end + 12]
        if st.value.is_integer() and 1990 <= st.value <= 2100 and _BY_YEAR.search(head) \
                and "period_months" not in p and st.value > this_year():
            end = st.start + 4
            p["period_months"] = (st.value - this_year()) * 12
            r.retag(st, param="period_months", value=p["period_months"], end=end,
                    text=r.norm.quote(st.start, end))
        elif "accelerator" in p and not ({"gpus", "servers"} & set(p)) and \
                (TODAY.search(tail) or TODAY.search(head)):
            # "we run 40k today" is the fleet; "users double … and we have 1 million now" the users
            users_said = "users" not in p and re.search(r"\busers?\b|用户|日活|月活|\bdau\b|\bmau\b",
                                                        re.split(r"[.。?？!！]", r.t[:st.start])[-1])
            counted = re.search(r"#|gpus?|cards?|卡|张", r.masked[st.end:st.end + 8])
            param = "users" if users_said and not counted else "gpus"
            p[param] = st.value
            r.retag(st, param=param)


_RAISED_TO = rx.compile(r"(?:提到|提高到|提升到|提高至|提升至|升到|做到|raised? (?:it )?to|"
                        r"improv\w* (?:it )?to|increas\w* (?:it )?to|push(?:ed)? (?:it )?to|"
                        r"get (?:it )?to|goes to|went to|(?:to )?reach(?:es|ing)?|"
                        # ("MFU从38%到了46%": one share to the next)
                        r"(?<=%)\s*(?:到了|变成了?|涨到了?))\s*$")


def utilization_to(r: Reading) -> None:
    """"利用率30%，如果提到六成": the utilization it is raised to, after the one it is at."""
    if "utilization" not in r.params or "utilization_to" in r.params:
        return
    for st in r.stated:
        if st.param is None and isinstance(st.value, float) and 1 < st.value <= 100 and \
                _RAISED_TO.search(r.t[max(0, st.start - 14):st.start]):
            r.params["utilization_to"] = st.value / 100
            r.retag(st, param="utilization_to", value=st.value / 100)
            return
        if st.param == "utilization" and st.note == "duplicate" and isinstance(st.value, float) \
                and st.value != r.params["utilization"] \
                and _RAISED_TO.search(r.t[max(0, st.start - 14):st.start]):
            # "running at 35% MFU and improves its software stack to reach 45% MFU": the one it goes to
            r.move(st, "utilization_to", note="")   # (its value is not the utilization's: that stays)
            return
    full = _FULLY_BUSY.search(r.t)
    if full is not None and isinstance(r.params["utilization"], float) and r.params["utilization"] < 1:
        # "sits at ~35% utilization … how many cards if it were fully busy?": the same work at 100%
        r.params["utilization_to"] = 1.0
        r.stated.append(Stated(r.norm.quote(full.start(), full.end()), "utilization_to", 1.0, "",
                               full.start(), full.end()))


_SERVERS_ASKED = rx.compile(r"(?:能|可以)?(?:塞|放|装|上)(?:得下)?\s*(?:几|多少)\s*台|几台|多少台|"
                            # ("How many 4x L4 servers at ~600 W each": the servers' size said between)
                            r"how many (?:(?:\d+\s*[x×]|\d+-gpu)\s*(?:#+\s*)?)?(?:[a-z0-9]+\s+)?"
                            r"(?:servers?|boxes|nodes|machines)\b")
_FULLY_BUSY = rx.compile(r"\b(?:if (?:it|they|we|the (?:pool|fleet|cluster)) (?:were|was|are|is|ran|run)|at)"
                         r"\s+(?:fully (?:busy|utili[sz]ed|loaded)|100\s*%(?: utili[sz]ation| busy)?|"
                         r"full (?:load|tilt))|"
                         r"(?:如果|要是|假如)[^，,。？?]{0,8}?(?:跑满|满载|满负荷|(?<!满)打满(?!算))|"
                         r"(?:跑满|满载|满负荷)的话")


_SAME_CARDS = rx.compile(r"\b(?:the|those|these|all)\s*$|这\s*$")
_FOR_AMOUNT = rx.compile(r"(?:\bfor|\bwith|用|花)\s*$")


def _bare_budget(r: Reading) -> None:
    """"how many can we get for 120M": a bare amount after 'for' is the budget, in the question's
    currency."""
    if any(k in r.params for k in ("budget_usd", "budget_cny")) or not CAN_BUY.search(r.t):
        return
    for st in r.stated:
        if st.param is None and isinstance(st.value, float) and st.value >= 1e4 and \
                _FOR_AMOUNT.search(r.t[max(0, st.start - 8):st.start]):
            cur = "cny" if (KW["cny"].search(r.t) and not KW["usd"].search(r.t)) else "usd"
            r.params[f"budget_{cur}"] = st.value
            end = st.start + len(str(st.text).split()[0])
            r.retag(st, param=f"budget_{cur}", end=end, text=r.norm.quote(st.start, end))
            return


FUTURE = rx.compile(r"到时|届时|那时|将来|未来|会是现在的|将是现在的|是现在的|\bat that point\b|\bby then\b|"
                     r"\bforecast|\bat the end\b|\bend of\b|到那时|之后|以后|"
                     r"\bby 20\d\d\b|\bin 20\d\d\b|\bwill be\b|\bgoes? (?:up )?\d|\bgrows?\b|"
                     # "expecting 7x in a year", "3x by year end", "明年翻 5 倍", "三年后翻两番"
                     r"明年|后年|年底|年末|[\d一二两三四五六七八九十半]+\s*个?\s*(?:年|月|季度)\s*(?:后|内)|"
                     # ("全省推广后调用量预计增长20倍": a growth expected after a rollout)
                     r"预计(?:会|将)?(?:增长|增加|涨|翻)|(?:推广|上线|铺开|全面推开)(?:后|以后|之后)|"
                     r"\bnext (?:year|quarter)\b|"
                     r"\b(?:in|within) (?:a|one|\d+|two|three) (?:years?|months?|quarters?)\b|"
                     r"\bby (?:year[- ]end|the end|next)\b|\bover the next\b|\bexpect(?:ed|ing|s)?\b|"
                     r"\b(?:quadrupl|tripl)(?:e|es|ed|ing)\b|"
                     # ("a 50x jump from today's 3k summaries/day": the load to come, over today's)
                     r"\b(?:jump|leap|increase|bump|rise)\s+(?:from|over|on)\s+(?:today|now|current|"
                     r"our current)\b|"
                     # a season's surge over the usual load: "normally 2M students/day, gaokao week it's
                     # ~3.5x", "考试周流量是平时的4倍", "Black Friday traffic goes 5x"
                     r"\b(?:normally|usually|baseline|on normal days|off[- ]season)\b|"
                     # ("chats go to 2.2x normal. Normal is 18 000 guests per day")
                     r"\dx\s+(?:the\s+)?normal\b|\bnormal (?:is|load is|traffic is|volume is)\b|"
                     r"\b(?:exam|holiday|peak|busy|launch|sale|promo)\s+(?:season|week|month|period|day)s?\b|"
                     r"平时|平常|平日|日常|旺季|考试周|大促|节假日|高峰期")
# an amount said as money to spend: "budget $2M", "手上有 5000 万美元", "a $40k grant", "we got a $8M seed"
_BUDGET_SAID = rx.compile(r"budget|预算|经费|credits?\b|\bgrant\b|funding|\bseed\b|series [a-d]\b|"
                          r"\brais(?:e|ed|ing)\b|融了|融资|批了|手上有|手里有|\bwe have\b|\bi have\b|"
                          r"\bafford|runway|天使轮|a轮|b轮")
# whether money covers something, asked: "can they afford it?", "is $40M enough", "钱够不够"
_AFFORD_ASKED = rx.compile(r"\bafford|\benough\b|够不够|够吗|够用吗|够了吗|够么|能不能够")
# (not the hedge "storage say 25% extra": "say" alone is no one saying it; "colleague say 404k" is)
# "2年后一天要多少次": the day an asked count is per
_DAY_ASKED = rx.compile(r"\s*(?:天|日)?\s*(?:要|需要|会有|会|能|得)?\s*(?:多少|几)\s*次")
# a period in the past a growth was seen over: "过去半年", "over the past 6 months", "in the last year"
# ("这半年 … 每三个月翻一倍": this half-year, the one just past)
_PAST_WINDOW = rx.compile(r"(?:过去|最近|近|(?<![\u4e00-\u9fff])这|(?:over|in|during)\s+the\s+(?:past|last)|"
                          r"\bthe\s+(?:past|last)|\b(?:past|last))\s*(?:的)?\s*$")
_LIVE_FOR = rx.compile(r"(?:上线|运营|开业|成立|开了|用了|跑了|开通|推出|做了)\s*(?:了|大概|差不多|快)?\s*$")
_GROWTH_SAID = rx.compile(r"翻|doubl|grow|增长|增速|涨")
CLAIM_BEFORE = rx.compile(r"(?:claims?|claimed|says|reckons|recons|" + SAYERS + r" say|they all say|said|"
                          r"reports?|reported|"
                          r"suggests?|"
                          r"implies|"
                          r"imply|implied|"
                          r"wrote|writes|(?<=they )write|quoting|"
                          # ("Table 4 lists 18 h which feels short": a paper's figure)
                          r"(?:table|fig(?:ure)?\.?|appendix)\s*\d*\s+(?:lists|shows|gives)|"
                           r"quotes?|quoted|(?:is|was) (?:that|it|this) (?:really|actually)(?: like)?|"
                           r"estimates?|puts? it at|ballpark|told (?:me|us)|heard|"
                           r"号称|声称|说是|宣称|报道说|文章说|有人说|据说|说要|说|称)"
                           r"[^,，.。;；?？]{0,10}?(?:about|around|roughly|~|约|大约|大概|差不多|only|just|就|要)?"
                           r"\s*$|(?:是不是|是否)\s*(?:差不多|大约|约)?\s*占[^,，。]{0,16}的\s*$|"
                           # a result written as stated ("就是6个亿", "写的是6500万", "折合人民币25亿")
                           r"(?:就是|写的是|说的是|给的是|写着|写了|只写了|估的是|算的是|报的是|折合(?:人民币|美元)?)\s*"
                           r"(?:约|大约|大概|差不多)?\s*(?:us\$|\$|¥|￥)?\s*$")
# … and one that is a claim when the message asks whether it holds ("So 1,000 racks = $3B, right?")
CLAIM_RESULT = rx.compile(r"(?:就要|就得|就需要|得要|合计|总共|一共|相当于|等于|=|equals?|comes? to|that'?s|"
                           # ("总花费就超200亿？", "总价就过百亿"): a total said to exceed a figure
                           r"(?:总花费|总价|总投入|总成本)?\s*就?\s*(?:超过?|过)|"
                           r"(?:算下来|摊下来|平均下来|折下来|折合)\s*(?:每张|每卡|一张|单卡)?|"
                           # "is it true that training GPT-3 cost less than $5 million"
                           r"(?:cost|costs|took|needed|required|花了|花费了?|耗资)\s*"
                           r"(?:less than|more than|under|over|about|around|roughly|only|just)?|"
                           r"so|saves?|"
                           # "8 GPUs at 700W each, $0.13/kWh -> i get ~$524/mo. right?": the asker's own sum
                           r"(?:->|→)?\s*\b(?:i|we)\s+(?:get|got|calc(?:ulated)?|computed|figured?|estimated?|"
                           r"worked (?:it )?out|came up with|arrived at|end up with)|"
                           r"and|would need(?: over| under| at least)?|needs?(?: over| at least)?|要)\s*"
                           r"(?:about|around|roughly|~|约|大约|大概|差不多)?\s*(?:us\$|\$|¥|￥)?\s*$")
_CLAIMED = rx.compile(r"(?:claim(?:s|ed)?|says?|said|quoted?|reported|states?|号称|声称|说是|宣称|称)\s*"
                      r"(?:it'?s|that|is|was|as|about|around|~|约|大约|能到|能达到|达到)?\s*$")
_COMPARABLE = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "rent_usd_per_hour",
               "rent_cny_per_hour", "price_usd", "price_cny", "gpu_tflops")
# work per watt asked: "perf/W uplift", "performance per watt", "每瓦性能", "能效比"
_PER_WATT = rx.compile(r"\bperf(?:ormance)?\s*(?:/|per)\s*(?:w|watt)\b|\bper watt\b|"
                       r"\b(?:tflops|flops|tok(?:en)?s?/s)\s*/\s*w\b|每瓦(?:性能|算力)|能效比?|"
                       # "what's the energy ratio per training run?": the same work's energy on each card
                       r"\benergy (?:ratio )?(?:per|for (?:a|the|one|each)) (?:training )?(?:run|job)\b|"
                       r"(?:每次|一次|单次)训练的?(?:能耗|耗电)")
# the two ways of renting: "on-demand $3.90/hr vs 1yr reserved $2.60/hr", "包年价 ¥14.5/卡时，按量 ¥22/卡时"
_ON_DEMAND = rx.compile(r"on[- ]demand|按量|按需|pay[- ]as[- ]you[- ]go|\bpayg\b")
_RESERVED = rx.compile(r"reserved|reservation|包年|包月|预留|预付|\bcommit|\bcud\b|\b[13][- ]?yr\b|"
                       r"[一三]年期")
# a price per token asked: "token单价要压到多少", "what's the max $/M tokens we can pay"
_ASKS_TOKEN_PRICE = rx.compile(r"\btoken price\b[^?.]{0,30}\bbreak[- ]?even|"
                               r"\bbreak[- ]?even (?:token )?price|"
                               r"token\s*(?:单价|价格|定价|成本价)\s*(?:要|得|最多|最高|能)?\s*"
                               r"(?:压到|降到|控制在|是|定)?\s*多少|"
                               r"多少\s*(?:元|美元|刀|块)?\s*/\s*(?:百万|1m|m)\s*tok|"
                               r"\b(?:max(?:imum)?|highest|most)\s+(?:we can pay\s+)?(?:price\s+)?"
                               r"(?:per|/)\s*(?:1m|m|million)"
                               r"\s*tok|\bwhat\s+(?:\$|price)\s*(?:/|per)\s*(?:1m|m|million)\s*tok\w*\s+"
                               r"(?:can|could|should)")
# the rent is what comes in: "max annual revenue?", "一年收入多少"
# ("Is $1.49/hr for an H100 even profitable?": the rent as the owner's income)
_INCOME = rx.compile(r"\brevenue\b|\brev\b|\bincome\b|\bprofitab(?:le|ility)\b|\bnet\b(?! ?zero)|"
                     r"\bmargins?\b|\bearn(?:s|ings)?\b|收入|营收|收租|净利|利润|毛利|"
                     r"能不能赚钱|能否盈利")
# a batch finished by a deadline: "finish within 2 days", "两天内跑完"
_DEADLINE_BEFORE = rx.compile(r"\b(?:within|in|over)\s+(?:the\s+next\s+|about\s+|~)?$")
# ("3天内要把120万条个性化短信生成完": what is to be done said between)
_DEADLINE_AFTER = rx.compile(r"\s*(?:内|之内|以内)\s*(?:要|得|能)?\s*(?:把[^，,。；;]{0,24}?)?(?:全部)?\s*"
                             r"(?:跑完|完成|搞定|生成完|出完|处理完|做完|弄完|干完|整完|处理掉|交付)")


def deadline(r: Reading) -> None:
    """"12,000 reports … finish within 2 days", "给1.2万个孩子生成成长报告 … 两天内跑完": a batch of work
    with a deadline is the day's load spread over the days given (not all of it in one day)."""
    t = r.t
    days = next((st for st in r.stated if st.param == "days" and st.note == "" and isinstance(st.value, float)
                 and st.value >= 1 and (_DEADLINE_BEFORE.search(t[max(0, st.start - 24):st.start])
                                        or _DEADLINE_AFTER.match(t, st.end))), None)
    if days is None:
        return
    batch = next((st for st in r.stated if st.note == "" and isinstance(st.value, float) and st.value >= 2
                  and st.param == "queries_per_day"
                  and not readings.DAY_SAID.search(t, max(0, st.start - 8), st.end + 12)), None)
    if batch is None or "qps" in r.params or "users" in r.params:
        return
    n = float(days.value or 1)
    r.move(batch, "queries_per_day", value=float(batch.value or 0) / n)
    r.params.pop("days", None)
    r.retag(days, param="queries_per_day", note="restated")


# ("Calls avg 5 turns": the things priced, plural, and what each averages)
_EACH_ONE_TURNS = rx.compile(r"(?:\b(?:each|every|per|a)\s+([a-z]+)\s+"
                             r"(?:is|=|has|takes|needs|averages|runs)?|"
                             r"\b([a-z]+?)e?s\s+(?:avg|average|averaging|are|run|take|last)\.?)\s*"
                             r"(?:about|around|~|roughly|like)?\s*(\d+(?:\.\d+)?)\s*"
                             r"(?:turns|messages|msgs|requests|calls|exchanges|rounds)\b")


def turns_of_what_is_priced(r: Reading) -> None:
    """"cost per 1k bookings if each booking is ~5 turns": the requests each of the things priced takes."""
    t = r.t
    basis = next((st for st in r.stated if st.param == "per_requests" and st.note == ""), None)
    m = _EACH_ONE_TURNS.search(t)
    if basis is None or m is None or "turns_per_session" in r.params:
        return
    noun = re.search(r"[a-z]+$", str(basis.text).lower())
    each = m.group(1) or m.group(2)
    if noun is None or not noun.group().startswith(each[:max(3, len(each) - 1)]):
        return
    st = next((x for x in r.stated if x.start <= m.start(3) < x.end and isinstance(x.value, float)), None)
    if st is None:
        return
    if st.param is not None and r.params.get(str(st.param)) == st.value:
        r.params.pop(str(st.param), None)
    r.retag(st, param="turns_per_session", note="")
    r.params["turns_per_session"] = float(st.value or 0)


_ONE_EACH_PERSON = rx.compile(r"每(?:个|位|名)?\s*(?:孩子|学生|学员|考生|家长|用户|员工|客户|患者|会员|人)\s*"
                              r"(?:生成|出|写|做)?\s*(?P<one>一)\s*(?:份|篇|场)(?![\u4e00-\u9fff]{0,3}(?:token|字))")
_ALL_TOLD = rx.compile(r"(?:一共|总共|总计|合计)\s*(?:要|需要|得)?\s*"
                       r"(?:生成|写|做|出|处理|翻译|改写|重写)?\s*[\d.,]+\s*[万千]?\s*(?:篇|份|条|封|张|段)")
_ANY_DAY = rx.compile(r"每天|每日|一天|日均|\b(?:a|per|each|every)\s+day\b|\bdaily\b")
_ONE_OFF = rx.compile(r"(?:生成|跑|做|处理|算|出)一(?:次|遍|轮)|一次性|\bone[- ]off\b|\bin one go\b|"
                      r"\bone[- ]time\b|\bonce\b(?!\s+(?:a|per|every)\b)")
# ("200 cards的4090，每卡实测 ~2k tok/s，每天能产出多少？": a day's output asked, the unit the rate's)
_DAY_OUTPUT_ASKED = rx.compile(r"(?:每天|一天|每日)\s*(?:能|可以|最多|总共|一共)?\s*"
                               r"(?:产出|输出|生成|出|跑出|吐出?)\s*多少")
_ASKS_PER_DAY = rx.compile(r"(?:how many|多少)\s*(?:output )?tokens?\s*(?:a|per|each|/)\s*day|"
                           r"how many (?:requests|queries|calls|prompts|reqs?|tickets|conversations|chats|"
                           r"sessions|questions|messages|answers|replies)\s*(?:(?:can|could|will|would)\s+"
                           r"(?:it|they|that|this|we)\s+(?:handle|serve|do|answer|take)\s+)?"
                           r"(?:a|per|each|/)\s*day|"
                           r"tokens? per day\?|"
                           # ("Whats the total output tokens per day across the fleet?")
                           r"\b(?:what(?:'?s| is| are)|total)\b[^.?!]{0,20}\btokens?\s*(?:a|per|each|/)\s*"
                           r"day\b|"
                           r"(?:每天|一天|每日)[^，,。？?]{0,8}(?:多少|几)\s*(?:个)?token|"
                           r"(?:每天|一天|每日)[^，,。？?]{0,8}(?:多少|几)\s*(?:个|次|万次)?[\u4e00-\u9fff]{0,3}?"
                           r"(?:请求|查询|调用|问答|对话|咨询)")
_ASKS_GPUS = rx.compile(r"how many (?:more )?(?:gpus|cards|accelerators|chips|#|&|servers|nodes)|"
                        r"多少(?:张|块|卡|台)|"
                        # ("卡要从多少扩到多少": the fleet at both ends of a growth)
                        r"卡要?从多少(?:张|台)?(?:扩|加|涨|增)到多少|"
                        r"几张|几台|fleet size|"
                        # ("请测算…期末所需卡数", "所需GPU数量": the count asked as a noun, in an official's
                        # words)
                        r"(?:所需|需要的?)\s*(?:的)?\s*(?:gpu|加速卡|卡|显卡|服务器)?\s*(?:卡数|张数|台数|数量)")
# the same ask in a question's own words (no names masked), and racks, boxes and named cards counted:
# "how many gb200 nvl72 racks", "how many h100s", "要几个柜"
GPU_COUNT_ASKED = rx.compile(_ASKS_GPUS.pattern + r"|\bhow many (?:boxes|[a-z]{1,3}\d{2,4}s)\b|"
                              r"\bhow many\b[^,.;?]{0,30}\b(?:racks|pods)\b|"
                              # ("find the maximum number of B200 GPUs it can host": a problem's wording)
                              r"\b(?:find|compute|calculate|determine|what is|what's) (?:the )?"
                              r"(?:max(?:imum)? |min(?:imum)? |total )?(?:number|count) of\b[^,.;?]{0,20}"
                              r"\b(?:gpus|cards|accelerators|chips|servers|nodes)\b|"
                              r"(?:多少|几)\s*(?:个)?\s*(?:张|块|台|柜|机柜)|(?:要|需要)(?:多少|几)\s*卡")
USERS_NOW = rx.compile(r"(?:\bfrom|从|现在|目前|当前|现有|今年|\bnow|\bcurrently|\btoday(?:'s)?|\bcurrent|"
                        r"\bexisting)\s*(?:是|有|约|大概|at)?\s*$")
# a follow-up's opening: "ok and if …", "what about …", "那如果 … 呢", "same setup but …"
FOLLOW_UP = rx.compile(r"^\s*(?:ok(?:ay)?[,.]?\s*)?(?:and|so|then)?\s*"
                        r"(?:what if|what about|how about|if|and at|instead|same (?:setup|thing|question)|"
                        r"那|那么|如果|要是|假如|换成|还是刚才|刚才|同样)|"
                        r"(?:呢|instead)\s*[?？]?\s*$")
SINGLE_WORD = rx.compile(r"a single|single|单张|单卡|一张")
DEMAND = rx.compile(r"\bdemand\b|\btraffic\b|\bworkload\b|\busage\b|\bload\b|"
                     r"需求|流量|用量|推理量|业务量|调用量|用户量|用户数|\busers\b|"
                     # "30 racks today, quadrupling by 2027", "want 4x the capacity": the fleet itself
                     r"\b(?:quadrupl|tripl)(?:e|es|ed|ing)\b|\bcapacity\b|\bcompute\b|算力|容量|功耗|"
                     # ("the product scaled 50x by next 618": the service itself grown)
                     r"\b(?:product|service|platform|business|app)\b[^.;?]{0,12}\bscal(?:e|ed|es|ing)\b|"
                     r"\bscal(?:e|ed|ing) up\b")
# the training data said to grow by a factor: "if the corpus grows 4x after the backfile", "数据量翻3倍"
_CORPUS_GROWS = rx.compile(r"\b(?:corpus|data(?:set)?|training data|tokens)\b[^.;?。；？]{0,40}?"
                           r"\b(?:grows?|growing|doubles?|triples?|expands?|increases?|goes up|scales?)\b|"
                           r"(?:语料|数据集|数据量|训练数据)[^。；？，,]{0,12}?(?:增长|扩大|扩充|增加|翻)")
# "one 8x H100 server does …": the one is a server of that size, not a card
_ONE_BOX_AFTER = rx.compile(r"\s*\d+\s*[x×]?\s*#*\s*(?:&|servers?\b|nodes?\b|box(?:es)?\b|racks?\b)")
_SERVER_WORD = rx.compile(r"\b(?:node|server|box)\b|节点|服务器|整机")
_LOW_HIGH = rx.compile(r"high end|low end|(?:high|low|bull|bear|base)[- ]case|(?:high|low) scenario|"
                       r"乐观|悲观|贵的|便宜的|能到|"
                       r"高端|低端|高的|低的|区间|范围|\brange\b|between|"
                       r"上限|下限|最高|最低|up to|可达|as (?:high|much) as|as low as")
_USERS_REACH = rx.compile(r"(?:用户|日活|用户数|用户量)\s*(?:会|将|能|要)?\s*"
                          r"(?:到|达到|增长到|涨到|突破)\s*$|"
                          r"\busers?\s+(?:will\s+)?(?:reach(?:es|ing)?|hit(?:s|ting)?|grow(?:s|ing)? to)\s*$")
_IN_A_YEAR = rx.compile(r"明年|下一年|一年后|next (?:year|yr)|in a year|a year from now|12 months from now|"
                        r"下个?季度|next (?:quarter|qtr|q)\b|下个月|next month|半年后|in six months")
# a horizon said from today ("a year from now", "一年后"), not a label ("next year's capacity")
_FROM_NOW = rx.compile(r"\ba year from now\b|\b12 months from now\b|一年后|半年后|\bin six months\b")
_HORIZON_MONTHS = {"下季度": 3.0, "下个季度": 3.0, "nextquarter": 3.0, "nextqtr": 3.0, "nextq": 3.0,
                   "下个月": 1.0, "nextmonth": 1.0,
                   "半年后": 6.0, "insixmonths": 6.0}
# a stated fleet checked against a load: "are we underwater?", "够不够"
_ENOUGH = rx.compile(r"\bare we (?:underwater|ok|okay|fine|short|good|covered)\b|"
                     r"\b(?:is|are) (?:it|that|they|those|we) enough\b|\benough\?|\bdo we have enough\b|"
                     r"\bcan (?:it|we|they) (?:handle|cope|keep up)|"
                     r"够不够|够吗|够用吗|扛得住|撑得住|顶得住|扛不扛得住")
_SHIPPED = rx.compile(r"\bunits?\b|\bshipments?\b|\bshipped\b|\bdemand\b|出货|销量|卖了")
_RACKS_ARE = rx.compile(r"\b(?:racks?|cabinets?|cabs?)\s*(?:are|is|=|:)\s*$|"
                        r"(?:机柜|单柜|每柜)\s*(?:是|为)\s*$")
_EACH_RACK_IS = rx.compile(r"\b(?:each|every|per|a|one)\s+(?:racks?|cabinets?|cabs?)\b[^,;:.]{0,30}?\s"
                           r"(?:is|are|gets?|has)\s*"
                           r"(?:about|around|~|only|just)?\s*$")
_CAP_AFTER = rx.compile(r"\s*(?:per[- ]rack\s*|rack\s*)?(?:power\s*)?(?:cap|limit|budget)\b|"
                        r"\s*的?(?:上限|限额)|"
                        # ("要多少个 20kW 的机柜": the racks named by their power right after it)
                        r"\s*的\s*(?:机柜|柜子)")
# a server named just before a draw: "B200 HGX at 14.3kW", "DGX H100 is 10.2 kW" (masked names)
_SERVER_AT = rx.compile(r"(?:&+|#+\s*(?:hgx|dgx|servers?|nodes?|box(?:es)?)|"
                        r"\b(?:hgx|dgx|servers?|nodes?|box(?:es)?))"
                        r"\s*(?:at|@|is|draws?|=|:|~|each|整机|约)?\s*(?:about|around|~)?\s*$")
_RACK_CAP = rx.compile(r"racks?\b|\bcabs?\b|cabinets?\b|\bpdus?\b|机柜|单柜|每柜|整柜|一柜|柜子|机架|"
                       r"schr[aä]nk|"
                       r"per rack|a rack|(?:per|each)[- ](?:edge[- ])?site\b|单站|每站")


def _rack_near(t: str, a: int, z: int) -> bool:
    """A rack named beside the amount at t[a:z]: before it, or after it in its own clause ("30 kW cabs"; not
    the racks of the next amount: "nodes at ~9 kW each, 30 kW racks")."""
    return _RACK_CAP.search(t[max(0, a - 16):z] + CLAUSE.split(t[z:z + 12])[0]) is not None


# "each macro site can spare", "every rack gets": what each place can give, said before the amount
_EACH_PLACE_CAN = rx.compile(r"\b(?:each|every|per)\s+(?:[a-z]+\s+)?"
                             r"(?:site|rack|cabinet|cab|box|node|server)s?\s+"
                             r"(?:can\s+)?(?:spare|gets?|has|have|takes?|allows?|supports?|offers?)\b")
_FIT_ASKED = rx.compile(r"\bhow many\b[^.?!]{0,40}\b(?:fit|can (?:we|i) (?:put|place|host|rack|install|"
                        r"squeeze))\b|"
                        r"能放|放得下|能上|能装|能塞")
_RACKS_ASKED = rx.compile(r"\bhow many (?:\d+\s*kw\s+)?(?:racks|cabs|cabinets)\b|\brack count\b|"
                          r"\bracks? (?:do|would|will) (?:i|we) need\b|"
                          r"\bnumber of racks\b|几个机柜|多少个?机柜|几个柜子|多少个?柜子|几个柜|几柜|"
                          r"多少个?柜")
_DRAWS = rx.compile(r"\b(?:draws?|drawing|pulls?|pulling|uses?|using|consumes?|burns?)\b|"
                    r"功耗|耗电|满载|实测|整机")
_POWER_CAP = rx.compile(r"\b(?:budget|caps?|capped|limit|limited|envelope|max(?:imum)?|at most|up to|"
                        r"gives? us|rated for|(?:racks?|cabinets?)\s+rated|"
                        # ("each fused for 11 kW", "breakered at 30 kW"): the feed's limit
                        r"fused(?:\s+(?:for|at))?|breakered|provisioned for|"
                        r"usable|derat\w*)\b|"
                        r"上限|限电|限额|配额|预算|不超过|最多|额定|只能供|只能给|最多供|供电能力|只有[^，,。]{0,4}$|供电|"
                        # ("库房电容量就100千瓦", "配电容量": the room's capacity)
                        r"(?:电|电力|配电|用电)容量|"
                        # ("每柜能给到130kW"): what the room can give each rack
                        r"能给到?|给到|可供|"
                        r"限\s*(?=\d)")
ONE_SIZED_SERVER = rx.compile(r"(?:一台|单台|一个节点|单机)(?=\s*(?:按|配|装|放|是)?\s*\d+\s*(?:卡|张|gpu))|"
                               r"(?<=[卡b#\s])一台(?=\s*(?:够|能|可以|行|放|跑|装))|"
                               # ("8卡RTX 4090的机器，单台就能同时撑住200个客户": the one box said again)
                               r"(?<=[，,\s])(?:单台|一台)(?=\s*(?:就)?\s*(?:能|可以|够|撑|扛|顶))|"
                               r"\b(?:a single|one single|one|a)\s+"
                               r"(?=\d+[- ]?(?:gpu|card)s?[- ]?(?:server|node|box))")
# "一个GB200 NVL72机柜", "GB200 NVL72一个机柜": one server or rack
# ("租了一个 rack 的 GB200 NVL72": the rack's word, then 的)
ONE_SERVER = rx.compile(r"(?:一个|一個|一台|一部|一套|单个|單個|单台|單台|一柜|\ba\b|\bone\b|\bsingle\b)\s*"
                        r"(?:(?:rack|机柜|機櫃|机架|柜子?)\s*的\s*|[^&\s]{0,4}\s*)?(&+)|"
                        r"&+\s*((?:一个|一個|一台|一部|一套|单个|單個|单台|單台)\s*(?:机柜|柜子|服务器|整机|节点)?)")
# "gb200 nvl72 一柜能装下 …吗": the one rack a fit is asked of
# "豆包… 假设用 Qwen2.5 72B 这个级别": the known model stands in for the unknown one
PROXY_AFTER = rx.compile(r"\s*(?:这个|这一|这种|那个|那种)?\s*(?:级别|量级|规模|水平|档次)|"
                          r"\s*(?:as (?:a|the) (?:proxy|stand-?in)|or similar|-class|class model)")
ONE_RACK_FIT = rx.compile(r"&+\s*((?:一柜|单柜|一个柜子?|单机|单节点))(?=\s*(?:能|可以|可|放|装|跑|够))")


_PER_CARD = ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s", "gpu_tflops", "watts_per_gpu",
             "price_usd", "price_cny", "rent_usd_per_hour", "rent_cny_per_hour", "hbm_gb_per_gpu")
_PER_HOUR = ("rent_usd_per_hour", "rent_cny_per_hour")


_PER_REPLICA = rx.compile(r"^\s*(?:/\s*|per\s+|each\s+|a\s+)(?:replica|instance)|"
                          r"^\s*(?:out\s*)?(?:agg\w*\s*)?(?:/\s*replica|per replica)")
_EACH_REPLICA = rx.compile(r"(?:each|per|every|a|one|单个?|每个?)\s*(?:replica|instance|副本|实例)"
                           r"[^,;，；。\d]{0,16}$")


_EACH_ON = rx.compile(r"\beach\s+(?:one\s+)?(?:on|using|with|across|spanning|over)\s*$|"
                      r"每个?副本\s*(?:用|占|跑在|需要)?\s*$")


def _replicas(r: Reading) -> None:
    """"replicas=12 x TP8 H200, each replica ~9.5k tok/s", "40 replicas (TP4 MI325X, ~6k tok/s/replica)":
    the GPUs are the replicas times their size, and a rate said per replica is shared over its GPUs."""
    p = r.params
    each = next((x for x in r.stated if x.param == "gpus" and x.note == "" and isinstance(x.value, float)
                 and _EACH_ON.search(r.t[max(0, x.start - 20):x.start])), None)
    if each is not None and "tensor_parallel" not in p and "servers" not in p and any(
            x.param == "replicas" and x.note == "" for x in r.stated):
        # "6 replicas of Qwen3-235B, each on 8 GPUs": each replica's size, not the fleet
        p.pop("gpus", None)
        p["tensor_parallel"] = float(each.value or 0)
        r.retag(each, param="tensor_parallel")
    tp = p.get("tensor_parallel")
    if not isinstance(tp, float):
        return
    for st in [x for x in r.stated if str(x.param).startswith("observed_tokens_per_s") and x.note == ""
               and isinstance(x.value, float)]:
        if _PER_REPLICA.match(r.masked[st.end:st.end + 24]) or _EACH_REPLICA.search(
                r.masked[max(0, st.start - 30):st.start]) or re.search(r"/\s*replica|per replica",
                                                                       str(st.text)):
            per_gpu = float(st.value or 0) / tp
            p.pop(str(st.param), None)
            p["observed_tokens_per_s_per_gpu"] = per_gpu
            r.retag(st, param="observed_tokens_per_s_per_gpu", value=per_gpu)
    one = _ONE_REPLICA.search(r.t)
    if one is not None and not any(k in p for k in ("replicas", "gpus", "servers", *LOADS)):
        # "TP4 上一个副本能扛多少并发", "one replica at TP8": the one replica's GPUs
        r.add("replicas", 1.0, one.start(), one.end())
    reps = next((x for x in r.stated if x.param == "replicas" and x.note == ""
                 and isinstance(x.value, float)), None)
    if reps is not None and "gpus" not in p and "servers" not in p:
        p["gpus"] = float(reps.value or 0) * tp   # (the span stays the replicas it states)


# "DeepSeek-R1 蒸馏版 32B": a distilled model of the size said after the name
DISTILLED = rx.compile(r"\s*(?:的)?\s*(?:蒸馏版?|蒸馏出来的|distill(?:ed|ation)?(?:\s+(?:version|model))?)"
                        r"\s*(?:的)?\s*(?:qwen|llama)?\s*[\d.]+\s*b\b")
_ONE_CARD_OF_MEMORY = rx.compile(r"\b(one|a single|single|1)\s+(?=\d+\s*g(?:b|ib)?\b)")
# "塞进单台 HGX H100": one server, said with 单
_SINGLE_SERVER = rx.compile(r"单(?:台|个|套)(?=\s*&)")
# "GB200 NVL72 一整柜": one whole rack (not "一柜能放几台", a rack as the unit)
_ONE_RACK = rx.compile(r"(?<![\d一二三四五六七八九十])(?:一|1)\s*(?:个)?\s*整(?:个)?\s*(?:机)?柜")
# "TP4 上一个副本能扛多少并发", "what can one replica serve?": the one replica asked about
_ONE_REPLICA = rx.compile(r"(?:(?<!每)(?:一个|单个|1\s*个)副本|单副本)"
                          r"(?=\s*(?:能|可以|最多能|大概能|扛|撑|支持|服务|[,，;；]))|"
                          r"\b(?:one|a single|1)\s+replica\b(?!s)(?=[^,;.?]{0,40}\b(?:can|could|handles?|"
                          r"serves?|supports?|holds?|sustains?)\b|\s*\?)")


_WHOLE_BOX = rx.compile(r"\btotal\b|in all|(?:from|at) the wall|whole (?:box|rig|machine|system)|"
                        r"\b(?:box|rig|machine|system) (?:draws|pulls|uses)|"
                        r"整机|总共|总功耗|合计|一共|整台|墙上|墙插")


def _servers_of_size(r: Reading) -> None:
    """"跑在2台8x L40S上", "2 nodes of 8x H100": a count of servers, then each one's cards (not a fleet
    of that many cards)."""
    p = r.params
    srv = next((st for st in r.stated if st.param == "servers" and st.note == ""), None)
    gp = next((st for st in r.stated if st.param == "gpus" and st.note == ""), None)
    if srv is None or gp is None or "gpus_per_server" in p or not isinstance(gp.value, float) \
            or not 0 <= gp.start - srv.end <= 4 or gp.value not in (2, 4, 8, 16) \
            or not re.match(r"\s*(?:of\s+)?$", r.t[srv.end:gp.start]) \
            or not re.fullmatch(r"\d+\s*[x×]", str(gp.text).strip()):
        return
    p["gpus_per_server"] = p.pop("gpus")
    r.retag(gp, param="gpus_per_server")


def _box_draw(r: Reading) -> None:
    """"2x 4090 box pulling ~900W total from the wall", "2x 4090 的机器，整机 1000W": the whole box's
    draw, not each card's: a server of the stated cards."""
    p = r.params
    gpus = p.get("gpus")
    w = next((st for st in r.stated if st.param == "watts_per_gpu" and st.note == ""), None)
    sized = isinstance(p.get("gpus_per_server"), float) and not any(
        k in p for k in ("gpus", "server", "watts_per_server"))      # "4-card 4090 rig, … 1800W at the wall"
    if w is None or not (sized or (isinstance(gpus, float) and 1 < gpus <= 16 and not any(
            k in p for k in ("servers", "gpus_per_server", "server", "watts_per_server")))):
        return
    around = r.t[max(0, w.start - 12):w.start] + " " + r.t[w.end:w.end + 20]
    if not _WHOLE_BOX.search(around) or PER_GPU.search(r.t[max(0, w.start - 12):w.end + 12]) \
            or re.search(r"\b(?:each|every|per)\s+(?:card|gpu)\b|每张卡|每卡|单卡|"
                         # ("2x 4090 … , each one pulls about 450W at the wall": each of the cards counted)
                         r"\beach(?:\s+one|\s+of\s+(?:them|those|the\s+cards))?\s+(?:pulls?|draws?|uses?|eats?|"
                         r"burns?|takes?|runs?\s+at|is|sits\s+at)\b",
                         r.t[max(0, w.start - 24):w.start]):
        return                           # ("each card pulls ~450W at the wall": a card's draw, at the wall)
    if re.search(r"\b(?:each|apiece)\b(?!\s+(?:box|server|node|rig|machine))", r.t[w.start:w.end + 10]):
        # ("all L4 at 72 W each": each card's; "2x 4090 pulling abt 450W each at the wall": each card's too,
        # measured at the wall)
        return
    if re.search(r"#+\s*(?:at|@|,|:|=|draws?|pulls?)?\s*(?:~|about|around)?\s*$",
                 r.masked[max(0, w.start - 16):w.start]):
        return                           # ("4 cards per site, L4 at 72W. Total kW …": the card's own draw)
    p["watts_per_server"] = p.pop("watts_per_gpu")
    if not sized:
        p["gpus_per_server"] = float(gpus or 0)
    r.retag(w, param="watts_per_server")


def _energy_per_basis(r: Reading) -> None:
    """"~400 J per 1,000 tokens", "每千个 token 耗能 400 焦": the energy of that many tokens, so
    per token a thousandth of it (it was read as 400 J per token, a thousand times too much)."""
    j = next((st for st in r.stated if st.param == "joules_per_token" and st.note == ""), None)
    n = next((st for st in r.stated if st.param == "per_tokens" and st.note == ""), None)
    if j is None or n is None or not isinstance(j.value, float) or not isinstance(n.value, float) \
            or n.value <= 1:
        return
    if re.match(r"\s*(?:/\s*(?:token|tok)|per (?:output )?token|每个?token)", r.t[j.end:j.end + 12]) or \
            re.search(r"/\s*tok|per token|每个?token", str(j.text).lower()):
        return                           # "0.4 J/token": per token already, the basis is the one asked
    a, b = min(j.start, n.start), max(j.end, n.end)
    if b - a > len(str(j.text)) + len(str(n.text)) + 12 or re.search(r"[,，;；。?？](?!\d)", r.t[a:b]):
        return
    value = j.value / n.value
    r.params["joules_per_token"] = value
    r.params.pop("per_tokens", None)
    r.stated = [replace(st, value=value, start=a, end=b, text=r.norm.quote(a, b)) if st is j else st
                for st in r.stated if st is not n]


def _same_run_gain(r: Reading) -> None:
    """"上次 1024 张 H100 训了 60 天，这次 MFU 相对提升 25%，同样卡数要多少天？", "it took 30 days on
    512 H100s; with 20% better MFU, how long?": the same job on the same cards, the MFU changed."""
    p = r.params
    days = "days" in p or any(q[0] in DURATIONS for q in r.pending)     # (a duration may wait to be read)
    # ("上一版在64张H800上训了20天 … 这次扩到128张", "took 20 days on 64 H800s … we scale to 128 H800s": the
    # same job on another count of the same cards, the MFU changed or not)
    counts_said = {st.value for st in r.stated if st.param == "gpus" and st.note in ("", "duplicate")}
    rescaled = len(counts_said) == 2 \
        and not any(k in p for k in ("train_tokens", "train_flops", "model", "params", *LOADS)) \
        and not GROWS.intersection(p)
    if not ("mfu_gain" in p or "mfu_gain_points" in p or rescaled) \
            or not (days and "gpus" in p and "accelerator" in p) \
            or "from_accelerator" in p or not TOOK.search(r.t) \
            or len({st.value for st in r.stated if st.param == "accelerator"}) > 1:
        return                           # (other cards named: a comparison, or the run moved to them)
    counts = [st for st in r.stated if st.param == "gpus" and st.note in ("", "duplicate")
              and isinstance(st.value, float)]
    if len(counts) == 2 and counts[0].value != counts[1].value:
        # "21 days on 256 H800s. next one same data, 512 H800s": the run took the first count, the
        # next one runs on the second
        p["gpus"] = float(counts[1].value or 0)
        r.retag(counts[0], param="from_gpus", note="")
        r.retag(counts[1], note="")
    p["from_accelerator"] = p["accelerator"]
    p["from_gpus"] = float(counts[0].value or 0) if counts else p["gpus"]
    # (the card named is the one the run took, and runs on again)
    r.stated = [replace(st, param="from_accelerator") if st.param == "accelerator" and st.note == "" else st
                for st in r.stated]


def _units_of_servers(r: Reading) -> None:
    """"RMB 2.35M per b200 server, 24 units": units counted beside a server's price are servers."""
    p = r.params
    if not ("server_price_usd" in p or "server_price_cny" in p) or "servers" in p \
            or sum(st.param == "server" for st in r.stated) > 1:
        return                           # (two servers named: a comparison, counted apart)
    units = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                  and re.fullmatch(r"[\d,]+\s*(?:units?|pcs|台)", str(st.text).lower())), None)
    if units is None or any(st.param == "gpus" and st is not units for st in r.stated):
        return
    p["servers"] = p.pop("gpus")
    r.retag(units, param="servers")


def _card_priced_box(r: Reading) -> None:
    """"we bought l40s x4 for our inference box at $7,800 each": a box's price no bigger than one
    of its cards' catalogued prices (x 1.5) is the card's, "each" of the cards."""
    p = r.params
    for cur in ("usd", "cny"):
        st = next((x for x in r.stated if x.param == f"server_price_{cur}" and x.note == ""
                   and isinstance(x.value, float)), None)
        if st is None or "server" in p or f"price_{cur}" in p or not isinstance(p.get("accelerator"), str):
            continue
        from calc.catalog import load
        cat = load()
        from calc.result import CalcError
        try:
            acc = cat.accelerator(str(p["accelerator"]))
        except CalcError:        # (an unknown name is reported later, as such)
            return
        price = cat.price(acc.id)
        if price is None or not price.purchase_usd:
            return
        card = price.purchase_usd * (r.usd_cny() if cur == "cny" else 1.0)
        if float(st.value or 0) > 1.5 * card:
            return
        p[f"price_{cur}"] = p.pop(f"server_price_{cur}")
        r.retag(st, param=f"price_{cur}")
        return


# people counted as events of a day, each then given a document: "全院每天出院约 600人，每份输入病历约
# 8000 tokens"
_A_DAY_IN_CLAUSE = rx.compile(r"每天|每日|日均|一天|\b(?:a|per|each|every)\s+day\b|\bdaily\b")
_EACH_ITEM_NEXT = rx.compile(r"\s*[,，;；]\s*(?:每份|每篇|每例|每张|"
                             r"each (?:summary|report|case|note|document)|"
                             r"per (?:patient|case|summary|report))")
_USERS_WORD = rx.compile(r"用户|日活|月活|周活|活跃|\b(?:users?|daus?|maus?|actives?|subscribers?)\b")


def _people_a_day(r: Reading) -> None:
    """"全院每天出院约 600人，每份输入病历约 8000 tokens": people counted as a day's events (not a service's
    users), each then given one document of stated length, are the day's requests."""
    p = r.params
    st = next((x for x in r.stated if x.param == "users" and x.note == "" and isinstance(x.value, float)),
              None)
    if st is None or "queries_per_user" in p or "queries_per_day" in p \
            or _USERS_WORD.search(r.t[st.start:st.end]):
        return
    clause = re.split(r"[,，;；。:：]", r.t[max(0, st.start - 24):st.start])[-1]
    if not _A_DAY_IN_CLAUSE.search(clause) or _USERS_WORD.search(clause) \
            or not _EACH_ITEM_NEXT.match(r.t, st.end):
        return
    r.move(st, "queries_per_day")


# a volume's period: "50M input tokens and 10M output tokens a day", "每月输入15亿token"
_VOLUME_DAY = rx.compile(r"(?:\ba|\bper|\beach|\bevery)\s+day\b|\bdaily\b|/\s*(?:day|d)\b|"
                         r"每天|每日|日均|一天|天均")
_VOLUME_MONTH = rx.compile(r"(?:\ba|\bper|\beach|\bevery)\s+month\b|\bmonthly\b|/\s*(?:month|mo)\b|"
                           r"每月|每个月|月均|一个月")
# the words marking a volume as the prompts' side: "50M tokens a day in", "输入5000万"
_INPUT_SIDE_AFTER = rx.compile(r"\s*(?:tokens?|toks?|words?|characters?|chars?)?\s*"
                               r"(?:(?:a|per)\s+(?:day|month)\s+|daily\s+|monthly\s+)?(?:(?:in|input|prompt|prompts)\b|"
                               # ("每天大概3亿tokens输入、6000万tokens输出": the side said after the tokens)
                               r"输入|提示(?!词))")
# ("每天输入英文原文约2亿个单词": what the side carries named between, Chinese words only)
# ("… 3M tokens a day out …, inputs maybe 12M a day": the side named, then a hedge)
_INPUT_SIDE_BEFORE = rx.compile(r"(?:\binputs?|\bprompts?|(?:输入|提示)[\u4e00-\u9fff]{0,6}?)\s*"
                                r"(?:tokens?)?\s*(?:[:：=]|of|at|is|are|约|大约|大概)?\s*"
                                r"(?:maybe|about|around|roughly|probably|~)?\s*$")
# ("40M words in per day, about 44M words out": the side said inside the volume's own words)
# ("50 crore input tokens": a scale's word between)
_SCALE_WORD = (r"(?:(?:crores?|lakhs?|lacs?|million|billion|trillion|thousand|mn|bn|tn|cr|triệu|tỷ|tỉ|nghìn|"
               r"juta|miliar|milyar|"
               r"ribu|"
               r"mln|bln|mld|mlrd|mrd|trln|milliards?|tys|miljoen|miljard|milioni|miliardi|milh(?:ão|ões)|bilh(?:ão|ões)|millones)\s+)?")
_SIDE_IN_SPAN = rx.compile(r"\d\S*\s*" + _SCALE_WORD
                           + r"(?:tokens?|toks?|words?|characters?|chars?)\s+(?P<side>in|out)\b|"
                           r"\d\S*\s*" + _SCALE_WORD
                           + r"(?:(?P<pin>input|prompt)|output|completion|generated)\s+"
                           r"(?:tokens?|toks?)\b|"
                           # ("每天大约 200 亿输入 tokens、20 亿输出 tokens")
                           r"\d[\d.,]*\s*(?:亿|万|千万|百万)?\s*(?:个)?\s*(?:(?P<zin>输入|提示)|输出|生成)|"
                           # ("日均输入 tokens 约 500亿": the side said before the number, inside the span)
                           # ("daily input 12B tokens, output 1.5B": in English too)
                           r"(?P<zpre>输入|提示|\binput|\bprompts?)\s*(?:tokens?|token\s*(?:数|量)|量)?\s*"
                           r"(?:[:：=]|约|大约|大概|为|是|of|is|are)?\s*\d")
# the other side named: "output 44M words a day", "44M tokens out", "输出1000万"
_OUTPUT_SIDE_BEFORE = rx.compile(r"(?:\boutput|\bcompletions?|\banswers?|\bgenerat\w*|"
                                 r"(?:输出|生成)[\u4e00-\u9fff]{0,6}?)\s*"
                                 r"(?:tokens?)?\s*"
                                 r"(?:[:：=]|of|at|is|are|约|大约|大概)?\s*$")


def input_volume_only(r: Reading) -> None:
    """"~50B input tokens/day, RMB 0.8 per million input tokens, output negligible": the day's one volume
    and the one price are both the prompts'; billed as any volume at its price, named as input
    (calc/costs.token_bill)."""
    vol = [st for st in r.stated if st.param == "tokens_per_day" and st.note == ""]
    price = [st for st in r.stated if st.param in ("usd_per_million_tokens", "cny_per_million_tokens")
             and st.note == ""]
    if len(vol) != 1 or len(price) != 1 or any(k in r.params for k in (
            "input_tokens_per_day", "output_tokens", "usd_per_million_input_tokens",
            "cny_per_million_input_tokens")):
        return
    if _input_side_said(r, vol[0]) \
            and re.search(r"\binput|\bprompt|输入", r.t[price[0].start:price[0].end + 12]):
        r.params["volume_is_input"] = True


# the words before a day's volume that make it text the model reads, not text it writes ("we summarize ~2
# billion characters of docs a day", "每天审核3亿字的稿件"): its prompts
# ("每天要翻译大约30万个英文单词": the text translated, read in)
_READ_VERB_BEFORE = rx.compile(r"(?:\b(?:summari[sz]|classif|categori[sz]|ingest|embed|index|moderat|"
                               r"review|scan|triag|analy[sz]|translat)\w*|总结|摘要|审核|分类|检索|翻译)[^.。!?！？;；]{0,30}$")


# the words before a day's volume that make it text the model writes: "write back about 4M words of summaries"
_WRITE_VERB_BEFORE = rx.compile(r"\b(?:write|writes|written|generate|generates|produce|produces|draft|drafts|"
                                r"return|returns|send back|sends back|spit out|spits out)\b(?:\s+back)?"
                                r"[^.。!?！？;；]{0,24}$|"
                                r"(?:生成|输出|产出|写出|回复)[^。！？；]{0,8}$")


def lone_input_volume(r: Reading) -> None:
    """"we push 50M input tokens a day into Llama 3 70B on H100s", "we summarize ~2 billion characters of docs
    a day": the day's one volume is the prompts', no price stated. A fleet sized from it counts requests by
    their prompts' length (calc/inference._load), and names the volume as input."""
    vol = [st for st in r.stated if st.param == "tokens_per_day" and st.note == ""]
    if len(vol) != 1 or any(k in r.params for k in (
            "input_tokens_per_day", "volume_is_input", "queries_per_day", "qps", "users",
            "usd_per_million_tokens", "cny_per_million_tokens", "usd_per_million_input_tokens",
            "cny_per_million_input_tokens")):
        return
    st = vol[0]
    read_verb = _READ_VERB_BEFORE.search(r.t[max(0, st.start - 40):st.start]) is not None \
        or _TEXT_REVIEWED.match(r.t, st.end) is not None or _PREFILL_ONLY.search(r.t) is not None
    # ("聊天记录每天大概3000万字要做质检 … 只做prefill打标签": text read to be checked, or only prefilled)
    if _input_side_said(r, st) or (read_verb and not re.search(r"\b(?:output|generat|writ)|输出|生成",
                                                               r.t[st.start:st.end])):
        r.params["volume_is_input"] = True


def _input_side_said(r: Reading, st: Stated) -> bool:
    """Whether a volume's own words, or the words right before it, say it is the prompts' ("3B input tokens",
    "input is 3B tokens", "200 亿输入 tokens")."""
    own = _SIDE_IN_SPAN.search(r.t, st.start, st.end)
    return (own is not None and bool(own.group("side") == "in" or own.group("pin") or own.group("zin")
                                     or own.group("zpre"))) \
        or _INPUT_SIDE_BEFORE.search(r.t[max(0, st.start - 16):st.start]) is not None \
        or re.search(r"\b(?:input|prompt)\s*(?:/\s*d|per\s+d|a\s+d|daily)", r.t[st.start:st.end]) is not None




def _daily_in_and_out(r: Reading) -> None:
    """"we push 50M input tokens and 10M output tokens a day", "每天输入5000万token、输出1000万token",
    "50M tokens a day in and 10M out": two volumes of a day (or a month), the prompts' and the answers',
    no request's lengths. The answers' are the day's output tokens, the prompts' the day's input tokens,
    each billed at its own price."""
    month = _VOLUME_MONTH.search(r.t) is not None
    if _VOLUME_DAY.search(r.t) is None and not month:
        return
    # (a billion tokens of a priced day is no training run: "daily input is 3B tokens … $0.12 per million")
    priced = any(k in r.params for k in ("usd_per_million_tokens", "cny_per_million_tokens",
                                         "usd_per_million_input_tokens", "cny_per_million_input_tokens"))
    # (nor is one said a day with no training in the question: "每天输入token大约500亿，输出token约20亿")
    trains = re.search(r"train|训|微调|fine-?tun|epoch|pre-?train", r.t) is not None
    big = sorted((st for st in r.stated if (st.param in ("input_tokens", "output_tokens", "tokens_per_day")
                                            or (st.param == "train_tokens" and (priced or not trains))
                                            # ("… 3M tokens a day out …, inputs maybe 12M a day": the
                                            # side named, then its day's count, no token word)
                                            or (st.param is None and _INPUT_SIDE_BEFORE.search(
                                                r.t[max(0, st.start - 16):st.start]) is not None
                                                and re.match(r"\s*(?:a|per|/)\s*day\b", r.t[st.end:])))
                  and st.note in ("", "duplicate") and isinstance(st.value, float) and st.value >= 1e6),
                 key=lambda st: st.start)
    if len(big) != 2:
        return

    def side(st: Stated) -> str:
        if st.param == "input_tokens" or _INPUT_SIDE_AFTER.match(r.t, st.end) is not None:
            return "in"
        if re.match(r"\s*(?:tokens?|toks?)?\s*(?:输出|生成)", r.t[st.end:]) \
                or re.search(r"\d\S*\s*(?:tokens?|toks?)?\s*(?:输出|生成)$", r.t[st.start:st.end]):
            return "out"                 # ("一天5千万输入1千万输出": the second's own side, after the first)
        if _input_side_said(r, st):
            return "in"
        own = _SIDE_IN_SPAN.search(r.t, st.start, st.end)
        if (own is not None and own.group("side") != "in" and not own.group("pin") and not own.group("zin")) \
                or re.match(r"\s*(?:(?:out|output)\b|输出|生成)", r.t[st.end:]) \
                or _OUTPUT_SIDE_BEFORE.search(r.t[max(0, st.start - 16):st.start]):
            return "out"
        if re.match(r"\s*(?:输出|生成|output|completion)", r.t[st.start:st.end]):
            return "out"                 # ("…12亿token、输出3000万token": its own side first)
        before = CLAUSE.split(r.t[max(0, st.start - 40):st.start])[-1]
        # (the verb of this volume, no number between: "医保审核每天输入大概12亿token、输出…" is the first's)
        if (w := _WRITE_VERB_BEFORE.search(before)) and not re.search(r"\d", before[w.start():]):
            return "out"                 # ("… and write back about 4M words of summaries a day")
        if (w := _READ_VERB_BEFORE.search(before)) and not re.search(r"\d", before[w.start():]):
            return "in"                  # ("we ingest ~40M words of contracts a day")
        return ""
    sides = [side(st) for st in big]
    ins = [st for st, s in zip(big, sides, strict=True) if s == "in"]
    if not ins and sides.count("out") == 1 and sides.index("out") == 1:
        # ("we translate 40M words a day, output 44M words a day": the one not said to be output, said first)
        ins = [st for st, s in zip(big, sides, strict=True) if s != "out"]
    if len(ins) != 1:
        return
    tin, tout = ins[0], next(st for st in big if st is not ins[0])
    # (a month's volumes a day: "1.5B input and 300M output tokens a month"; a daily span already converted)
    per = units.convert(1, "month", "day") if month and _VOLUME_DAY.search(r.t) is None else 1.0
    tin_v, tout_v = float(tin.value or 0) / per, float(tout.value or 0)
    if tout.param != "tokens_per_day":
        tout_v /= per
    r.move(tout, "tokens_per_day", value=tout_v, note="", **_side_after(r, tout))
    r.move(tin, "input_tokens_per_day", value=tin_v, note="", **_side_after(r, tin))


def _side_after(r: Reading, st: Stated) -> dict[str, Any]:
    """The side a volume's words end with ("3亿tokens输入", "6000万tokens输出"), quoted in its span."""
    m = re.match(r"(?:输入|输出)", r.t[st.end:st.end + 2])
    return {"end": st.end + 2, "text": r.norm.quote(st.start, st.end + 2)} if m else {}


# a side of a request named before a bare amount: "… and output's, uh, $0.60, no, $0.50", "输出是 8 元"
_SIDE_WORD = rx.compile(r"\b(output|completion|answer|input|prompt)(?:s|'s|’s)?|(输出|输入)")
_SIDE_PRICE_GAP = rx.compile(
    r"[^.;。；\d$¥]{0,16}"
    r"(?:(?:us\$|\$|¥)?\s*[\d.]+\s*[,，]?\s*"
    r"(?:no|sorry|i mean|actually|wait|make (?:it|that)|不对|不是|应该是)[,，\s]*)?"
    r"(?:us\$|\$|¥|usd|rmb)?\s*$")


def _side_price(r: Reading) -> None:
    """"input's $0.15 per million input tokens and output's $0.50": a bare amount named for the other side
    of a request, beside one side's token price, is that side's price per million tokens (not a budget)."""
    p = r.params
    for st in [s for s in r.stated if s.param in ("budget_usd", "budget_cny") and s.note == ""
               and isinstance(s.value, float) and s.value < 1000]:
        cur = "usd" if st.param == "budget_usd" else "cny"
        head = r.t[max(0, st.start - 48):st.start]
        side = next(reversed(list(_SIDE_WORD.finditer(head))), None)     # (the nearest side named)
        if side is None or not _SIDE_PRICE_GAP.fullmatch(head, side.end()):
            continue
        output = (side.group(1) or side.group(2)) in ("output", "completion", "answer", "输出")
        have, want = (f"{cur}_per_million_input_tokens", f"{cur}_per_million_tokens") if output else \
            (f"{cur}_per_million_tokens", f"{cur}_per_million_input_tokens")
        if have in p and want not in p:
            r.move(st, want)


# a share of the day's requests said to fall within some hours: "80%的提问集中在晚上7-10点", "70% of the
# traffic lands between 7pm and 10pm"
_SHARE_IN_HOURS = rx.compile(
    r"(?P<share>\d+(?:\.\d+)?)\s*%\s*的?\s*[\u4e00-\u9fff]{0,6}?(?:集中|都|主要)?\s*(?:在|于)\s*(?:每天)?\s*"
    r"(?:晚上|晚间|白天|上午|下午|早上|中午|夜里)?\s*(?P<a>\d{1,2})\s*(?:点|:00)?\s*(?:-|到|至|~|～|—)\s*"
    r"(?:晚上|下午|早上|上午)?\s*(?P<b>\d{1,2})\s*(?:点|:00)|"
    r"(?P<share_en>\d+(?:\.\d+)?)\s*%\s*of\s+(?:the\s+|our\s+|all\s+|daily\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:comes?|lands?|falls?|happens?|arrives?|is|are|hits?|occurs?)\s+)?(?:in|between|during|from)\s+"
    r"(?:the\s+)?(?P<a_en>\d{1,2})\s*(?P<ap>am|pm)?\s*(?:-|to|and|–)\s*(?P<b_en>\d{1,2})\s*(?P<bp>am|pm)?")


def _share_in_hours(r: Reading) -> None:
    """"日活120万，80%的提问集中在晚上7-10点": the share of the day's requests in a window of hours is the
    peak, that share over the window's part of the day (80% in 3 hours: 6.4x the average)."""
    if "peak_factor" in r.params or "%" not in r.t:
        return                           # (most questions: no share said, nothing to search)
    # (clock times are blanked from the normalized text, its length kept: read in the original where it is so)
    original = r.norm.original.lower() if len(r.norm.original) == len(r.t) else r.t
    m = _SHARE_IN_HOURS.search(r.t) or _SHARE_IN_HOURS.search(original)
    if m is None:
        return
    share = float(m.group("share") or m.group("share_en"))
    a, b = int(m.group("a") or m.group("a_en")), int(m.group("b") or m.group("b_en"))
    if m.group("bp") == "pm" and b < 12:
        b += 12
    if (m.group("ap") or m.group("bp")) == "pm" and a < 12 and m.group("ap") != "am":
        a += 12
    hours = (b - a) % 24
    peak = share / 100 * 24 / hours if hours else 0.0
    if not 1 < peak <= 24 or not 0 < share <= 100:
        return
    r.stated = [s for s in r.stated if not (m.start() <= s.start and s.end <= m.end() and s.param is None)]
    r.add("peak_factor", peak, m.start(), m.end())


def derive_params(r: Reading) -> None:
    """Flags and pairs that need the whole question."""
    _share_in_hours(r)
    _card_priced_box(r)
    if ("growth_rate_year" in r.params or "doubling_months" in r.params) and PRICE_GROWS.search(r.t):
        r.params["price_grows"] = True   # "rental prices fall ~35% a year": a price grown, if one is stated
    _box_draw(r)
    _servers_of_size(r)
    _units_of_servers(r)
    charges = [s for s in r.stated if s.param in ("usd_per_user_month", "cny_per_user_month")]
    inside = [s for s in r.stated if s.param == "days" and any(c.start <= s.start < c.end for c in charges)]
    if inside:
        # "用户每月只付 9.9 元": the charge's month, not a period asked about
        r.stated = [s for s in r.stated if s not in inside]
        rest = next((s for s in r.stated if s.param == "days"), None)
        if rest is None:
            r.params.pop("days", None)
        else:
            r.params["days"] = rest.value  # type: ignore[assignment]
            r.retag(rest, note="")
    _energy_per_basis(r)
    cap = next((st for st in r.stated if st.param == "capacity_flops" and st.note == ""), None)
    if cap is not None and isinstance(cap.value, float) and cap.value >= 1e19 and "gpus" in r.params \
            and ("gpu_tflops" in r.params or "mfu" in r.params) \
            and re.search(r"多少天|几天|多久|多长时间|how (?:many days|long)", r.t) \
            and not re.search(r"flops?\s*/\s*s|per\s+second|每秒", r.t[cap.start:cap.end + 12]):
        # ("算力按3.14e23 FLOPs算，256张H20，每卡实际跑到120 TFLOPS，要多少天": the run's work, not a
        # capacity)
        r.params.pop("capacity_flops", None)
        r.params["train_flops"] = cap.value
        cap = r.retag(cap, param="train_flops")
    if cap is not None and cap.param == "capacity_flops" and isinstance(cap.value, float) \
            and cap.value <= 1e17 and \
            "gpu_tflops" not in r.params and (card := re.search(
                r"(?:一张|每张|单卡|每卡|单张|per (?:gpu|card|chip)|"
                r"(?:each|a single|one|an?)\s*(?:gpu|card|chip|#+))"
                r"\s*#*[^,，;；。]{0,24}$", r.masked[max(0, cap.start - 30):cap.start])):
        # "一张 B200 的 FP8 稠密算力大约 4.5 PFLOPS": one card's peak, in TFLOPS (and that "一张"
        # describes the card, it is no fleet of one)
        at = max(0, cap.start - 30) + card.start()
        r.stated = [replace(st, note="one_unit") if st.param == "gpus" and st.value == 1.0 and
                    at <= st.start < cap.start else st for st in r.stated]
        if r.params.get("gpus") == 1.0 and not any(st.param == "gpus" and st.note == "" for st in r.stated):
            r.params.pop("gpus")
        r.params.pop("capacity_flops", None)
        r.params["gpu_tflops"] = cap.value / 1e12
        r.retag(cap, param="gpu_tflops", value=cap.value / 1e12)
    growth_terms(r)
    _bare_budget(r)
    _full_time(r)
    utilization_to(r)
    t, p = r.t, r.params
    if "users" in p and (KW["monthly"].search(t) or "dau_per_mau" in p) and "weekly_users" not in p:
        # ("员工 3 万人，日活按 40%": a stated daily share makes the count the population it is of)
        p["monthly_users"] = True
    elif "users" in p and KW["weekly"].search(t) and "monthly_users" not in p:
        p["weekly_users"] = True
    readings.daily_of_periodic(r)
    _daily_in_and_out(r)
    readings.generated_tokens(r)
    readings.output_volume_beside_a_days_input(r)
    readings.first_token_in_words(r)
    readings.half_busy(r)
    readings.replica_batch(r)
    readings.stream_speed_target(r)
    readings.budget_share(r)
    readings.pools_asked(r)
    readings.people_of_each(r)
    readings.people_of_them(r)
    readings.people_in_brackets(r)
    readings.one_machine_of_power(r)
    readings.price_now_of_card(r)
    readings.concurrency_said_far(r)
    readings.one_server_rate(r)
    readings.one_person(r)
    readings.audience_beside_requests(r)
    readings.dwellings_as_users(r)
    readings.visits_of_people(r)
    readings.one_server_said(r)
    readings.items_a_period(r)
    readings.headroom(r)
    readings.charge_share(r)
    readings.daily_share(r)
    readings.count_a_day_not_a_price(r)
    readings.bare_count_a_day(r)
    readings.next_year(r)
    readings.bare_hbm_size(r)
    readings.price_in_the_other_currency(r)
    readings.small_price_beside_rent(r)
    readings.chips_priced(r)
    readings.restated(r)
    readings.discount(r)
    readings.lot_price(r)
    readings.node_rate(r)
    readings.members_of_groups(r)
    readings.mfu_gain(r)
    readings.load_of_a_payer(r)
    readings.service_units(r)
    readings.count_as_product(r)
    _same_run_gain(r)
    readings.factor_words(r)
    readings.factor_every(r)
    readings.online_share(r)
    readings.power_in_use(r)
    readings.users_from_to(r)            # again, with every count read
    if "users" not in p and re.search(r"\busers?\b|用户|日活|月活", t):
        # "users growing 3x/yr from 10mil": the count after "from" is the users today
        start_at = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                         and not readings.NOT_USERS.search(t[max(0, st.start - 12):st.start])
                         and (USERS_NOW.search(t[max(0, st.start - 10):st.start])
                              or re.search(r"\s(?:now|today|currently)$|现在$", st.text.lower())
                              or re.match(r"\s*(?:now|today|currently)\b", t[st.end:]))), None)
        if start_at is not None and isinstance(start_at.value, float):
            p["users"] = start_at.value
            r.retag(start_at, param="users")
    for st in [st for st in r.stated if st.param is None and isinstance(st.value, float)]:
        # "we see 2.4k tok/s per H100, but an article claimed 3,900": the same quantity, theirs
        if not _CLAIMED.search(r.t[max(0, st.start - 24):st.start]):
            continue
        prev = max((x for x in r.stated if x.param in _COMPARABLE and x.end <= st.start
                    and isinstance(x.value, float)), key=lambda x: x.end, default=None)
        if prev is not None and isinstance(prev.value, float) and isinstance(st.value, float) \
                and 0.2 <= st.value / prev.value <= 5:
            r.retag(st, param=prev.param, note="duplicate")
    _replicas(r)
    one_group_rented(r)
    one_mem = _ONE_CARD_OF_MEMORY.search(r.t)
    if one_mem is not None and "hbm_gb_per_gpu" in p and "gpus" not in p and "servers" not in p \
            and not r.stated_at(one_mem.start(1)):
        # "fits on one 24GB consumer card": one card, of the memory stated
        r.add("gpus", 1.0, one_mem.start(1), one_mem.end(1))
    single = _SINGLE_SERVER.search(r.masked)
    if single is not None and "server" in p and "servers" not in p and not r.stated_at(single.start()):
        # "能不能塞进单台 HGX H100": the one server
        r.add("servers", 1.0, single.start(), single.end())
    rack = _ONE_RACK.search(r.t)
    if rack is not None and "server" in p and not any(k in p for k in ("servers", "gpus")) \
            and not r.stated_at(rack.start()):
        # "GB200 NVL72 一整柜给全集团用够不够": the one rack, checked against the load
        r.add("servers", 1.0, rack.start(), rack.end())
    box = next((st for st in r.stated if st.param == "gpus" and st.value in (2.0, 4.0, 8.0, 16.0, 72.0)
                and BOX_AFTER.match(r.masked, st.end)), None)
    if box is not None and any(k in p for k in LOADS) and \
            any(k in p for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_server")):
        # "their 8x H200 box does 12,000 tokens/s … how many boxes for 2,000 requests/s?": one
        # box's size and its measured rate, not a fleet of 8
        p["gpus_per_server"] = p.pop("gpus")
        if "observed_tokens_per_s" in p:
            p["observed_tokens_per_s_per_server"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="gpus_per_server") if st is box else
                    replace(st, param="observed_tokens_per_s_per_server")
                    if st.param == "observed_tokens_per_s" else st for st in r.stated]
    said_of_box = next((st for st in r.stated
                        if st.param in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu")
                        and st.note == "" and _RATE_OF_ONE_BOX.match(r.masked, st.end)
                        and not re.search(r"\b(?:per|/|each|a)\s*(?:gpu|card|chip)\b",
                                          str(st.text).lower())), None)
    if said_of_box is not None and "observed_tokens_per_s_per_server" not in p:
        # ("measured ~3,400 tok/s out of one of our 4x L40S boxes": one box's rate)
        p.pop(str(said_of_box.param), None)
        p["observed_tokens_per_s_per_server"] = float(said_of_box.value or 0)
        r.retag(said_of_box, param="observed_tokens_per_s_per_server")
    if "observed_tokens_per_s_per_server" in p and any(k in p for k in LOADS):
        # "one HGX H100 node does ~21k tok/s", "单机（8卡H20）吞吐1.8万": the one server and the
        # cards the rate was measured on, not the fleet asked for
        sized = next((st for st in r.stated if st.param == "gpus"
                      and st.value in (2.0, 4.0, 8.0, 16.0, 72.0)), None)
        if p.get("servers") == 1.0:
            del p["servers"]
            r.stated = [replace(st, param="observed_tokens_per_s_per_server", note="option")
                        if st.param == "servers" else st for st in r.stated]
        if sized is not None and p.get("gpus") == sized.value and "servers" not in p \
                and "gpus_per_server" not in p:
            p["gpus_per_server"] = p.pop("gpus")
            r.retag(sized, param="gpus_per_server")
    boxed = next((st for st in r.stated if st.param == "gpus" and st.note == ""
                  and st.value in (4.0, 8.0, 16.0, 72.0)), None)
    if boxed is not None and any(k in p for k in ("server_price_usd", "server_price_cny")) and \
            p.get("gpus") == boxed.value and p.get("servers", 1.0) == 1.0 and "gpus_per_server" not in p \
            and not any(k in p for k in ("price_usd", "price_cny")):   # (not cards priced apart)
        # "GB200 NVL72 一个柜子 300 万美元，72 张卡算下来每张 4 万多": the cards in the priced server
        p["gpus_per_server"] = p.pop("gpus")
        r.retag(boxed, param="gpus_per_server")
        more = next((st for st in r.stated if st.param == "gpus" and st.note == "duplicate"
                     and isinstance(st.value, float) and st.value > 1), None)
        if more is not None and "servers" not in p:
            # "HGX B200 box at ¥320万, 8 GPUs … we're buying 40 of them": the boxes bought
            boxes = re.search(r"\b(?:of (?:them|those|these)|units?|boxes|nodes|servers?|systems|racks)\b|"
                              r"台|套|个机柜|柜", str(more.text)) is not None
            key = "servers" if boxes else "gpus"
            p[key] = float(more.value or 0)
            r.retag(more, param=key, note="")
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)]:
        around = t[max(0, st.start - 24):st.end + 16]
        v = float(st.value or 0)
        if 2000 <= v <= 2100 and v.is_integer() and "," not in str(st.text) and _SHIPPED.search(around):
            p.setdefault("year", v)      # "B200 units shipped 2025 ~2.5M": the year of the shipments
            r.retag(st, param="year")
        elif 1e3 <= v <= 1e9 and "gpus" not in p and "servers" not in p and _SHIPPED.search(around) \
                and "#" in r.masked:
            # "B200 units shipped 2025 ~2.5M", "H20 China units 2025 ~1M at $12k ASP": the units counted
            p["gpus"] = v
            r.retag(st, param="gpus")
    for st in [x for x in r.stated if x.param is None and x.note == "" and isinstance(x.value, float)]:
        if st.value == p.get("gpus") and float(st.value or 0) > 1 and \
                _SAME_CARDS.search(t[max(0, st.start - 8):st.start]):
            # "256 GPUs … cheaper than buying the 256 at $24k?": the same cards named again
            r.retag(st, param="gpus", note="option")
    to = next((st for st in r.stated if (st.param == "users_to" or (
        st.param is None and isinstance(st.value, float) and st.value >= 1000
        and _USERS_REACH.search(t[max(0, st.start - 12):st.start]))) and st.note == ""), None)
    if to is not None and "users" not in p and not any(k in p for k in LOADS) and _ASKS_GPUS.search(t):
        # "预计明年用户到 500万，要几台": the users the fleet is for, none stated for today
        p.pop("users_to", None)
        p["users"] = float(to.value or 0)
        r.retag(to, param="users")
    fac = next((st for st in r.stated if st.param == "factor" and st.note == ""), None)
    if fac is not None and isinstance(fac.value, float) and fac.value > 1 and any(k in p for k in LOADS) \
            and not any(k in p for k in ("growth_rate_year", "doubling_months", "users_to")) \
            and (horizon := _IN_A_YEAR.search(t)) and (_ASKS_GPUS.search(t) or (
                ("gpus" in p or "servers" in p) and _ENOUGH.search(t))):
        # "QPS 大概 80，明年预计翻 10 倍，明年要多少张", "下个季度流量涨 3 倍": the load grown that much
        # by then (a yearly rate that reaches it over the horizon)
        months = _HORIZON_MONTHS.get(horizon.group().replace(" ", ""), 12.0)
        p.pop("factor", None)
        p["growth_rate_year"] = fac.value ** (12 / months) - 1
        r.retag(fac, param="growth_rate_year", value=p["growth_rate_year"])
        if "period_months" not in p and "days" not in p:
            p["period_months"] = months
            if not r.stated_at(horizon.start()):
                r.add("period_months", months, horizon.start(), horizon.end())
    if any(k in p for k in ("doubling_months", "growth_rate_year")) and "period_months" not in p \
            and "days" not in p and (horizon := _FROM_NOW.search(t)) and not r.stated_at(horizon.start()) \
            and not any(q[0] in DURATIONS for q in r.pending):
        # ("doubling roughly every 4 months. how many H100s do we need a year from now?": the horizon the
        # growth runs over)
        months = _HORIZON_MONTHS.get(horizon.group().replace(" ", ""), 12.0)
        p["period_months"] = months
        r.add("period_months", months, horizon.start(), horizon.end())
    fac = next((st for st in r.stated if st.param == "factor" and st.note == ""), None)
    if fac is not None and "speedup" not in p and isinstance(fac.value, float) and 0.1 <= fac.value <= 100 \
            and len({s.key for s in r.names if s.kind in ("acc", "server")}) >= 2 \
            and _SPEED_WORDS.search(t[max(0, fac.start - 24):min(len(t), fac.end + 24)]) \
            and not _GROWN.search(t[max(0, fac.start - 24):min(len(t), fac.end + 16)]) \
            and not (("train_tokens" in p or "train_flops" in p) and not _ASKS_GPUS.search(t)) \
            and not any(k in p for k in ("growth_rate_year", "doubling_months", "users_to", "period_months")):
        # "if Blackwell is 2.5x per GPU", "B200 at 2.2x the per-GPU perf", "speedup 4x", "~2.5x on LLM
        # training vs. the previous gen": two accelerators and a multiple of speed between them
        p["speedup"] = p.pop("factor")
        r.retag(fac, param="speedup")
    if "speedup" in p and len({s.key for s in r.names if s.kind in ("acc", "server")}) < 2:
        # "1000x more compute in 5 years", "we need 2x faster": no second accelerator to be
        # faster than, so a growth factor
        if "factor" not in p:
            p["factor"] = p["speedup"]
        del p["speedup"]
        r.stated = [replace(st, param="factor") if st.param == "speedup" else st for st in r.stated]
    if "factor" in p and ("gpus" in p or "servers" in p) and "growth_rate_year" not in p and \
            _ASKS_GPUS.search(r.masked):
        p["factor_by"] = True            # "现在2万张卡，需求再涨4倍，2027年要多少张H20？": when, not how fast
    if "train_flops" not in p and ("mfu" in p or KW["train"].search(t)):
        # "a 1e26 run at 50% MFU": a count of operations that large is the run's FLOPs
        big = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                    and 1e20 <= st.value <= 1e30), None)
        if big is not None and isinstance(big.value, float):
            p["train_flops"] = big.value
            r.retag(big, param="train_flops")
    if "users" not in p and "gpus" not in p and "servers" not in p and GROWS_WORD.search(t) \
            and _ASKS_GPUS.search(r.masked):
        # "how many GPUs would we need in 2028 starting from 40k today?": the fleet today
        start_at = next((st for st in r.stated if st.param is None and isinstance(st.value, float)
                         and (USERS_NOW.search(t[max(0, st.start - 14):st.start])
                              or re.search(r"\s(?:now|today|currently)$|现在$", st.text.lower()))), None)
        if start_at is not None and isinstance(start_at.value, float) and start_at.value >= 2:
            p["gpus"] = start_at.value
            r.retag(start_at, param="gpus")
    first = next((st for st in r.stated if st.param == "users" and st.note == ""), None)
    if first is not None and "users_to" not in p and isinstance(first.value, float) and any(
            0 <= first.start - g.end() <= 2 for g in _GOING_TO.finditer(r.masked)):
        # "growing 150% a year from 10M, when do we hit 200M users": the count after "hit" is
        # where users end up, the one after "from" where they are
        now = next((st for st in r.stated if st.param in (None, "gpus") and isinstance(st.value, float)
                    and st.end <= first.start and st.value < first.value
                    and (USERS_NOW.search(t[max(0, st.start - 14):st.start])
                         # "we're at 200k now": the count said to be today's after it
                         or re.search(r"\s(?:now|today|currently)$", str(st.text).lower())
                         or re.match(r"\s*(?:now|today|currently)\b", t[st.end:]))), None)
        if now is not None and isinstance(now.value, float):
            if now.param == "gpus":
                p.pop("gpus", None)
            p["users"], p["users_to"] = now.value, first.value
            r.retag(now, param="users", note="")
            r.retag(first, param="users_to")
    if "users" in p and "users_to" not in p:
        # "10M DAU now, going to 200M": the count after "going to" is where users end up
        start = p["users"]
        for going in _GOING_TO.finditer(r.masked):
            z = next((s for s in r.stated if 0 <= s.start - going.end() <= 2
                      and (s.param is None or (s.param == "users" and s.note == "duplicate"))
                      and isinstance(s.value, float)), None)
            if z is not None and isinstance(z.value, float) and isinstance(start, float) \
                    and z.value > start:
                p["users_to"] = z.value
                r.stated = [replace(s, param="users_to", note="",
                                    text=s.text if s.param else re.sub(
                                        r"\s+(?!(?:lakhs?|crores?|million|billion|mn|bn)\b)[a-z].*$", "",
                                        str(s.text)))
                            if s is z else s for s in r.stated]
                break
    if "users" in p and "users_to" not in p and isinstance(p["users"], float) and _MACHINES.search(t):
        # "机器人数量从5000台增长到3万台": the machines the users are, counted in 台 where they end up
        z = next((s for s in r.stated if s.param == "servers" and s.note == "" and isinstance(s.value, float)
                  and s.value > p["users"] and _GROWN_TO.search(t, max(0, s.start - 8), s.start)), None)
        if z is not None and isinstance(z.value, float):
            r.move(z, "users_to")
    if "users" in p and "users_to" not in p and isinstance(p["users"], float):
        # "10M users now 50M by 2027", "200k DAU today, 1.5M next year": a bigger bare count said with a
        # later date is where the users end up
        z = next((s for s in r.stated if s.param is None and s.note == "" and isinstance(s.value, float)
                  and s.value > p["users"] and (
                      _BY_LATER.match(t, s.end) or _LATER_BEFORE.search(t, max(0, s.start - 14), s.start))),
                 None)
        if z is not None and isinstance(z.value, float):
            p["users_to"] = z.value
            r.retag(z, param="users_to")
    for st in [s for s in r.stated if s.param in ("price_usd", "price_cny") and s.note == ""
               and isinstance(s.value, float)]:
        same = next((k for k in ("users_to", "users") if p.get(k) == st.value), None)
        if same is not None \
                and not re.search(r"[$¥￥€£]|usd|rmb|cny|dollar|yuan|元|块|刀", str(st.text).lower()):
            # ("plan to be at 25k within 18 months … how many L4s will we need at 25k?": the count said
            # again, no currency to it, not a card's price)
            p.pop(str(st.param), None)
            r.retag(st, param=same, note="restated")
    if "doubling_months" not in p:
        m = _DOUBLING_WORDS.search(t)
        if m:
            months = _PERIOD_WORDS[m.group("unit") or m.group("unit2")]
            r.add("doubling_months", months, m.start(), m.end())
    m = _ANNUAL.search(t)
    if m and m.group().startswith("年") and (any(q[0] in DURATIONS for q in r.pending) or any(
            s.param in ("days", "period_months") for s in r.stated)):
        m = None                         # ("按全年 365 天满租，年收入多少": the year is said in days too)
    if m and "days" not in p:
        r.add("days", units.convert(1, "year", "day"), m.start(), m.end())
    m = _A_QUARTER.search(t)
    if m and re.search(r"\d\s*(?:runs?|experiments?|trainings?|jobs?|times)\s*$",
                       t[max(0, m.start() - 16):m.start()]) and any(q[0] in DURATIONS for q in r.pending):
        m = None                         # ("20 days per run … ~6 runs a quarter": how often, not the period)
    if m and re.match(r"last|this|上|本", m.group()) and any(q[0] in DURATIONS for q in r.pending) \
            and re.search(r"\b(?:took|ran|finished|completed|trained|fine-?tuned)\b|用了|跑了|训了", t):
        m = None                         # ("last quarter our fine-tune took 3 days": when, not how long)
    if m and "days" not in p and "period_months" not in p:
        r.add("days", units.convert(3, "month", "day"), m.start(), m.end())   # "last quarter": 3 months
    m = _MONTHLY_BILL.search(t)
    # (not the 月 of "12个月电费": that period's own word, a duration already read)
    if m and "days" not in p and not r.stated_at(m.start()) \
            and not any(q[2] <= m.start() < q[3] for q in r.pending):
        r.add("days", units.convert(1, "month", "day"), m.start(), m.end())
    _period_words(r)
    if re.search(r"kv[- ]?cache|kv缓存|kv 缓存", t) and re.search(
            r"how (?:much|big|large)|what(?:'s| is)|size|多大|多少|占用|需要", t):
        p["asks_kv"] = True
    if _ASKS_MAX_MODEL.search(t) and not any(k in p for k in ("model", "params", "active_params")):
        p["asks_max_model"] = True       # "一张4090能跑多大的模型？": the largest model that fits
    if _TOKENS_PER_KWH.search(t):
        p["tokens_per_kwh"] = True
        if _PER_MWH.search(t) and not re.search(r"kwh|度电", t):
            p["per_mwh"] = True
    if re.search(r"(?:\$|usd|美元|亿|\d\s*(?:bn|b|billion))[^,;?？。]{0,30}?"
                 r"(?:per|/|a|每)\s*(?:gw|gigawatt)\b", t):
        p["asks_per_gw"] = True          # ("$50-60bn of capex per GW. Check it: …": money over power, asked)
    if _MEMORY_PER_DOLLAR.search(t) and "gpus" not in p and "servers" not in p:
        p["memory_per_dollar"] = True    # ("whats better vram per dollar, …": memory over price, asked)
        p["per_dollar"] = True
    if _PER_DOLLAR.search(t) or (_PERF_PER_DOLLAR.search(t) and "gpus" not in p and "servers" not in p):
        # ("whos better perf/$"; not "perf/$ … how many gaudi3 to match 1000 h100s": the cards that match)
        p["per_dollar"] = True
    if _BETTER_DEAL.search(t) and ("model" in p or "params" in p) and not MATCH.search(t) \
            and any(k in p for k in ("price_usd", "price_cny")) \
            and not any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")):
        # ("4 of them vs 1 new H100 PCIe at $25k for running Llama 2 70B int4 — which is the better deal?":
        # the model's throughput for the money)
        p["per_dollar"] = True
    if _PER_WATT.search(t):
        p["per_watt"] = True             # "What's the perf/W uplift vs H100 (700W)?": work per watt, asked
    if ASKS_RATE.search(t):
        p["asks_rate"] = True
    if ASKS_QPS.search(t):
        p["asks_qps"] = True
    if ASKS_TRAFFIC.search(t) and not any(k in p for k in ("accelerator", "server", "model", "params",
                                                           "gpus", "servers", "qps")):
        p["asks_traffic"] = True         # "qps for 1e6 DAU, 15 queries each, peak 3x?": the load itself
    if ASKS_TOKEN_VOLUME.search(t) and not any(k in p for k in ("accelerator", "server", "model", "params",
                                                                "gpus", "servers", "tokens_per_day")):
        p["asks_token_volume"] = True    # "15M DAU, 4 queries each, 220 words an answer: output tokens/day?"
    if ("gpu_tflops" in p or "gpu_hours" in p or "gpu_years" in p) and ASKS_MFU.search(t):
        p["asks_mfu"] = True             # "what MFU am I getting if I see 180 TFLOPS per A100?" (a stated
        # MFU is read later; training answers from the TFLOPS only when none is); "30.84M GPU-hours
        # for 15.6T tokens: what MFU does that imply?"
    if re.search(r"breaks?[- ]?even|pay ?back|pays? (?:for )?itself|\bpay(?:s|ing)? off\b|"
                 r"pay (?:it|them|this|that|for (?:it|them)) back|"
                 r"pay for (?:it|them)(?:selves|self)\b|回本|收回成本|回收成本|"
                 r"(?:多久|多长时间|几个月)能?(?:收回|(?:赚|挣)回)|"
                 # ("B200 多少钱才划算持平", "at what price are they at parity per dollar")
                 r"持平|打平|\bat parity\b|\bprice parity\b|"
                 # ("H200卖多少钱以内才划算": the price up to which it pays, the parity price)
                 r"(?:多少钱|什么价|啥价)(?:以内|以下|之内)?\s*(?:才|就|还)?\s*(?:划算|合算|值)|"
                 # ("what should the H200 cost to be worth it": the price up to which it pays)
                 r"\b(?:cost|priced?|go for|sell for|pay)\b[^.?!]{0,24}?\bto be "
                 r"(?:worth (?:it|buying|switching)|"
                 r"worthwhile|the better deal)\b", t):
        p["asks_payback"] = True         # "换成自建…多久回本？": the months until a purchase pays back
    if "pool_gpus" in p and _ONE_POOL_COST_ASKED.search(t):
        p["asks_pool_cost"] = True       # "32-GPU slices … what does one cost us": one cluster's share
    if "pool_gpus" in p and re.search(r"每个?(?:训练)?(?:池子?|资源池|集群)[^，,。？?]{0,24}(?:训|跑)|"
                                      r"\b(?:each|one|a single) (?:pool|cluster|slice|partition)\b[^.?]{0,40}"
                                      r"\b(?:train|run)", t):
        p["train_per_pool"] = True       # ("切成128卡一个的训练池 … 每个池子训Qwen2.5 72B 1T token要多久")
    if _SELF_HOST.search(t):
        p["self_host"] = True            # "if we self-host on L4 … can we beat $0.35 per million?"
    one_replica = re.search(r"\bcan (?:one|a single) replica\b", t)
    if one_replica and "replicas" not in p and not r.stated_at(one_replica.start()):
        # "can one replica hit it at batch 16?"
        r.add("replicas", 1.0, one_replica.start(), one_replica.end())
    if _SERVERS_ASKED.search(t):
        p["asks_servers"] = True         # "一柜能塞几台？", "how many servers per rack": whole servers
    # ("whats that per month vs just buying a L40S at 8.5k": the bill against a purchase)
    elif re.search(r"\bcheaper\b|\bcheapest\b|self-?host|自建|划算|更便宜|(?:不如|还是)自己买|自己买卡|"
                   r"\b(?:vs\.?|versus|or)\s+(?:just\s+)?(?:buy(?:ing)?|own(?:ing)?)\b", t) and \
            any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) and \
            any(k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny")):
        p["asks_payback"] = True         # "cheaper to self-host on 16 4090s at $1,800 each, or pay per token"
    if ("factor" in p and re.search(r"\bfleet|\bcluster|集群|扩容|扩大|规模|\bscale (?:up|out)|failover|"
                                    r"[x×]\s+(?:the|our|those|that)\s+[\d,]+\s*(?:gpus|cards|#)|"
                                    r"redundan|\bspares?\b|\bmargin\b|headroom|\bbuffer\b|冗余|余量|容灾|备份",
                                    t)) or (
            # "we peaked at 14 servers … traffic this year will be 2.8x": the fleet that carried it, grown
            "factor" in p and TRAFFIC_GROWS.search(t) and not any(k in p for k in LOADS)
            and any(k in p for k in ("gpus", "servers"))):
        p["scales_fleet"] = True         # "if we 3x the fleet of 4k H100": the fleet times the factor
    peak = next((x for x in r.stated if x.param == "peak_factor" and x.note == ""
                 and isinstance(x.value, float)), None)
    if peak is not None and "factor" not in p and not any(k in p for k in LOADS) \
            and any(k in p for k in ("gpus", "servers", "replicas")) and _SEASON_PEAK.search(t) \
            and GPU_COUNT_ASKED.search(t):
        # ("We run 6 replicas … at TP4. Summer peak is 2.5x winter. How many GPUs for summer?": the fleet that
        # carries the quiet season, grown by the busy one's multiple)
        r.move(peak, "factor")
        p["scales_fleet"] = True
    if "factor" in p and "train_tokens" in p and _CORPUS_GROWS.search(t):
        p["tokens_grown"] = True         # "currently 25B tokens, but if the corpus grows 4x": grown tokens
    if "factor" in p and any(k in p for k in ("gpu_hours", "gpu_years")) \
            and re.search(r"去年|今年|明年|\blast year\b|\bthis year\b|\bnext year\b", t):
        p["year_on_year"] = True         # ("去年…花了多少？今年业务说要翻3倍": this year's, grown)
    if "factor" in p and any(k in p for k in ("gpu_hours", "gpu_years")) and _RUN_GROWS.search(t):
        p["run_grown"] = True            # "上一版花了42万GPU小时，这次规模翻3倍": the run's work grown
    grown = next((st for st in r.stated if st.param == "factor" and st.note == ""), None)
    if grown is not None and "train_flops" in p and ("gpus" in p or "servers" in p) and "days" not in p \
            and (_RUN_GROWS.search(t) or re.search(r"\bcompute\b|算力|计算量", t)) \
            and isinstance(grown.value, float) and 1 < grown.value <= 1e6:
        # ("if our training compute grows 10x (now 2e21 FLOPs), how many days on 16 A100?": the run's FLOPs
        # grown, trained on the fleet stated)
        p["train_flops"] = float(p["train_flops"]) * grown.value
        p["flops_grown_by"] = grown.value
        del p["factor"]
        r.retag(grown, note="folded")
    one_each = _ONE_EACH_PERSON.search(t)
    if one_each is not None and "queries_per_user" not in p and not r.stated_at(one_each.start("one")):
        # ("成长报告每个孩子一份": one item for each person)
        r.add("queries_per_user", 1.0, one_each.start(), one_each.end())
    if p.get("queries_per_user") == 1.0 and _ONE_OFF.search(t):
        p["one_off"] = True              # ("每个孩子一份 … 生成一次要花多少钱": one batch, once)
    told = _ALL_TOLD.search(t)
    if told is not None and "users" not in p and "queries_per_day" not in p and not _ANY_DAY.search(t):
        # ("每篇大概300个英文单词 … 一共要生成8000篇 … 总共多少钱": the pieces made once, all of them, not a
        # day's)
        made = next((x for x in r.stated if x.param == "queries_per_user" and x.note == ""
                     and told.start() <= x.start < told.end()), None)
        if made is not None:
            r.move(made, "queries_per_day")
            p["one_off"] = True
    if (_ASKS_PER_DAY.search(t) or (_DAY_OUTPUT_ASKED.search(t) and any(
            k in p for k in ("observed_tokens_per_s", "observed_tokens_per_s_per_gpu",
                             "observed_tokens_per_s_per_server")))) and "tokens_per_day" not in p:
        p["asks_per_day"] = True         # "how many tokens a day?": the rate over a day
    if (p.get("asks_qps") or p.get("asks_rate")) and "gpus" not in p and "servers" not in p and \
            re.search(r"\bper[- ](?:gpu|card|chip|accelerator)\b|每卡|单卡|每张卡", t):
        p["one_gpu"] = True              # "max req/s per GPU": for one accelerator
    if ASKS_FLOPS.search(t):
        p["asks_flops"] = True           # "how many FLOPs is that at 40% MFU": a total over the days
    if ASKS_REQUESTS.search(t):
        p["asks_requests"] = True        # "一天能服务多少次请求": a count of requests, not tokens
        if "tokens_per_day" not in p and re.search(r"\bhow many\b[^.?]{0,60}\b(?:a|per|each)\s+day\b", t):
            p["asks_per_day"] = True     # ("how many 250-token summaries a day can it do": the day's count)
        elif "tokens_per_day" not in p and "days" not in p \
                and re.search(r"\bhow many\b[^.?]{0,60}(?:\b(?:a|an|per|each)\s+hour\b|/\s*(?:h|hr|hour)\b)",
                              t):
            p["asks_per_hour"] = True    # ("how many consults per hour can it chew thru": an hour's count)
    if _ALL_TOKENS_RATE.search(t):
        p["rate_all_tokens"] = True      # "2,400 tok/s per GPU on mixed prefill+decode": prompts counted too
    if _ASKS_CONCURRENT.search(t):
        p["ask_concurrent"] = True
    if MORE.search(t):
        p["asks_added"] = True           # "how many extra cards?": what a growth adds, said
    if re.search(r"(?:cost|price|bill|spend)\w*\s+(?:per|a|for each|each)\s+"
                 r"(?:seat|user|subscriber|customer|head)\b|"
                 r"(?:per|each)\s+(?:seat|user|subscriber)\s+(?:cost|a month|per month|monthly)|"
                 r"\$\s*/\s*(?:user|seat|sub|subscriber)\b|"
                 r"\b(?:one|a single|each|a|per)\s+(?:user|seat|customer|subscriber)"
                 r"(?:\s+[a-z0-9.-]+){0,4}?\s+"
                 r"(?:costs?|is costing)\b|"
                 r"(?:每个?|单个|一个|一位)(?:用户|席位|账号|人)\s*(?:每月|一个月)?\s*"
                 r"(?:成本|花费|要花|多少钱|的成本)", t):
        p["asks_per_user"] = True        # "what's our monthly cost per seat?": one user's share asked
    rents = [s for s in r.stated if s.param in ("rent_usd_per_hour", "rent_cny_per_hour")
             and isinstance(s.value, float)]
    if len(rents) == 2:
        # "on-demand $3.90/hr vs 1yr reserved $2.60/hr … reserved util is only ~55%": on demand pays for
        # the hours used, reserved for every hour
        rents.sort(key=lambda s: s.start)
        # (the words before each, back to the one before it: "包年价 ¥14.5/卡时，按量 ¥22/卡时")
        heads = [t[max(0, s.start - 20, rents[i - 1].end if i else 0):s.end] for i, s in enumerate(rents)]
        said = [(_ON_DEMAND.search(h) is not None, _RESERVED.search(h) is not None) for h in heads]
        if sorted(said) == [(False, True), (True, False)]:
            demand = next(s for s, (od, _) in zip(rents, said, strict=True) if od)
            p["on_demand_rate"] = float(demand.value or 0)
    if _ASKS_TOKEN_PRICE.search(t):
        p["asks_token_price"] = True     # "token单价要压到多少元/百万tokens？": the price per token, asked
    if _ASKS_SESSIONS.search(t) and "input_tokens" in p and not any(k in p for k in LOADS):
        p["asks_sessions"] = True        # "每张卡能撑几个 32k 的长会话": how many fit beside the weights
    # ("能用多少A100 40GB卡时": the card named between)
    # ("how many H100 hours does that buy": the card's hours)
    if re.search(r"how many (?:[a-z0-9]+ )?gpu[- ]?hours?|"
                 r"how many [a-z]{1,4}\d{1,4}[a-z]{0,4} hours? (?:does|do|would|will|can|could)\b|(?:多少|"
                 r"几)\s*(?:个)?\s*(?:[a-z]{1,4}\d{1,4}[a-z]{0,4}"
                 r"(?:\s*\d{2,3}\s*gb)?\s*)?(?:gpu\s*小时|卡时)", t):
        p["asks_hours"] = True           # "每月实际能给出多少 GPU 小时": GPU-hours, asked
    if re.search(r"annuali[sz]|年化|per year\?|a year\?|每年(?:多少|是多少)|\bcagr\b|compound(?:ed)? annual|"
                 r"复合增长|年均增长|年均增速|年增长率|每年增长(?:多少|几)|每年(?:要)?(?:涨|增长)(?:多少|几)|"
                 r"(?:yearly|annual) (?:rate|growth)", t):
        p["asks_annualized"] = True      # "3 个月涨了 10 倍，折成年化是多少？": the year's growth
    if re.search(r"doubling time|doubling period|doubles? every what|"
                 r"how (?:often|fast) (?:does it|do we|would it) double|"
                 r"翻倍时间|多久翻(?:一)?(?:倍|番)|几个月翻(?:一)?(?:倍|番)", t):
        p["asks_doubling"] = True        # "grow 20x over 30 months … the implied doubling time and fleet"
    if re.search(r"(?:\$|usd|dollars?|price|cost|美元|钱)\s*(?:/|per|each|每)\s*gb\b(?!\s*/\s*s)"
                 r"(?!\s*(?:is|=|:|at)\s*\$?\d)", t) and \
            not any(k in p for k in ("hbm_usd_per_gb", "dram_usd_per_gb")):
        p["asks_per_gb"] = True          # "$/GB of HBM for each?": a card's price over its memory
    if _RATE_NEEDED.search(t):
        p["asks_rate_needed"] = True     # "what tok/s/GPU do we need to break even?": a rate asked
    if CLAIM.search(t):
        p["claim"] = True                # "…靠谱吗？", "does that add up?": a claim to check
    if _SINGLE_STREAM.search(t):
        p["single_stream"] = True        # "3k tok/s single-stream": one sequence alone, batch 1
    if _AFFORD_ASKED.search(t) or any(_BUDGET_SAID.search(t[max(0, st.start - 30):st.end + 20])
                                      for st in r.stated
                                      if st.param in ("budget_usd", "budget_cny") and st.note == ""):
        p["budget_said"] = True          # "预算200万美元 … 钱够吗？": money to spend, not a cost reported
    # (not "one 8x H100 server does ~21,000 tokens/s": the one server the rate is of)
    one = next((st for st in r.stated if st.param == "gpus" and st.value == 1.0 and st.note == ""
                and not _ONE_BOX_AFTER.match(r.masked[st.end:st.end + 24])), None)
    rate_st = next((st for st in r.stated if st.param == "observed_tokens_per_s" and st.note == ""), None)
    one_card = next((st for st in r.stated if st.param == "gpus" and st.value == 1.0
                     and st.note in ("", "one_unit") and rate_st is not None
                     and 0 <= rate_st.start - st.end <= 30
                     and not _ONE_BOX_AFTER.match(r.masked[st.end:st.end + 24])), None)
    if "observed_tokens_per_s" in p and "observed_tokens_per_s_per_gpu" not in p and one_card is not None \
            and p.get("gpus") != 1.0 and any(k in p for k in LOADS):
        # "在一张H200上…每秒能跑2500 token…有人说5张就够": the one card's rate, another count claimed
        p["observed_tokens_per_s_per_gpu"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu") if st.param == "observed_tokens_per_s"
                    else replace(st, param="observed_tokens_per_s_per_gpu", note="option") if st is one_card
                    else st for st in r.stated]
    if "observed_tokens_per_s" in p and "observed_tokens_per_s_per_gpu" not in p and \
            p.get("gpus") == 1.0 and one is not None and any(k in p for k in LOADS):
        # "压测：单卡H200跑…吞吐1800 tokens/s": the one card's rate
        p["observed_tokens_per_s_per_gpu"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu") if st.param == "observed_tokens_per_s"
                    else st for st in r.stated]
    if "observed_tokens_per_s_per_gpu" in p and p.get("gpus") == 1.0 and one is not None:
        # "one H200 pushes 3,000 tok/s": the card the rate was measured on, not a fleet of one
        del p["gpus"]      # (the "one" is read with the rate it qualifies)
        r.retag(one, param="observed_tokens_per_s_per_gpu", note="option")
    for one_at, one_end, per in r.ones:
        # the "一张" of "在一张L40S上实测1500 token/s" is read with the rate it is per
        rate = next((k for k in (_PER_HOUR if per == "hour" else _PER_CARD) if k in p), None)
        if rate is not None and not any(st.start <= one_at and one_end <= st.end for st in r.stated):
            r.add(rate, p[rate], one_at, one_end, note="option")
    # ("测了一下 8 卡 H20 整机跑 Qwen3-235B，每秒 2100 个 token": a box's size said, no count: the box's)
    # ("if an H100 node burns ~10.2 kW and does 20k tok/s": a card's name with the word for its box is a
    # server of it, the rate that box's)
    if "observed_tokens_per_s" in p and ("server" in p or "gpus_per_server" in p
                                         or _NAME_THEN_SERVER_IN.search(r.masked)) and "gpus" not in p \
            and "servers" not in p and \
            (any(n.kind == "server" and _SERVER_WORD.search(t[n.start:n.end + 8]) for n in r.names)
             # ("one 8x H100 server", read "one 8x h100 servers": the name's server word as normalised)
             or re.search(r"\b(?:an?|one|the|each|per|that|this)\s+(?:[\w#&-]+\s+){0,3}?"
                          r"(?:rack|node|server|box|system)s?\b|\bone\s+\d+\s*[x×]\s*[\w-]+\s+servers?\b|"
                          r"一个?机柜|整柜|整机|单机|"
                          # ("我们那台4090八卡机实测每秒3000 token": that one box, a box of so many cards)
                          r"一台|(?:那|这)一?台|[\d一二两三四五六七八九十]\s*卡机(?!房|柜)", t)):
        # "if a rack costs $3.4M and serves DeepSeek-R1 at 600k tokens/s": the rack's rate
        p["observed_tokens_per_s_per_server"] = p.pop("observed_tokens_per_s")
        r.stated = [replace(st, param="observed_tokens_per_s_per_server")
                    if st.param == "observed_tokens_per_s" else st for st in r.stated]
    if "observed_tokens_per_s" in p and p.get("gpus", 1.0) == 1.0 and "servers" not in p and \
            "observed_tokens_per_s_per_gpu" not in p and not re.search(
                r"cluster|fleet|集群|\btotal\b|总|合计|in all|altogether|combined", t):
        # "4090跑Qwen2.5 7B实测每秒1500 token": no count, so one card's rate (a guess the
        # calculation drops if one card could not reach it)
        p["observed_tokens_per_s_per_gpu"] = p.pop("observed_tokens_per_s")
        if "gpus" not in p:
            p["rate_per_gpu_guessed"] = True
        r.stated = [replace(st, param="observed_tokens_per_s_per_gpu") if st.param == "observed_tokens_per_s"
                    else st for st in r.stated]
    if "sites" in p and _CENTRAL.search(t):
        # ("全省1800个变电站 … 集中放机房跑": the sites' load served in one place)
        p["centralized"] = True
    if "capacity_flops" in p and re.search(r"\bsustain|有效算力|实际算力|实测算力", t):
        p["sustained"] = True            # "our cluster sustains 2.5 EFLOPS": achieved, not peak
    if "gpus" not in p and "servers" not in p and ONE_GPU.search(r.masked):
        p["one_gpu"] = True              # "on an L40S", "单张H100": one accelerator, not a server
    if _ASKS_USERS.search(t) and not (p.get("ask_concurrent") and re.search(_AT_ONCE, t)):
        # (not "how many members can chat at once": the users in flight, asked)
        p["ask_users"] = True
        qpd = next((st for st in r.stated if st.param == "queries_per_day" and st.note == ""), None)
        if qpd is not None and "queries_per_user" not in p and isinstance(qpd.value, float) \
                and qpd.value <= 200:
            # "which serves more users at 10 queries/day": each user's queries, not the fleet's
            p["queries_per_user"] = p.pop("queries_per_day")
            r.retag(qpd, param="queries_per_user")
        if re.search(r"(?:per|a|each|one|single)\s*#|每张(?:卡|#)|单卡|一张卡", r.masked):
            p["one_gpu"] = True          # "users per H100": for one accelerator
    if re.search(r"^\s*(?:can|could)\s+(?:we|i|they|you)\b|\bis it (?:possible|feasible|doable)\b|"
                 r"能不能|能否|可以吗|来得及吗|行不行", t):
        # ("Can we train a 7B … within 30 days with 4 DGX H100s?": the plan asked whether it can be)
        p["asks_feasible"] = True
    if ("gpus" in p or ("servers" in p and "pool_gpus" in p)) \
            and ("pool_gpus" in p or "gpus_per_server" in p) \
            and not any(k in p for k in (
            "price_usd", "price_cny", "server_price_usd", "server_price_cny", "budget_usd", "budget_cny",
            "rent_usd_per_hour", "rent_cny_per_hour", "model", "params", "power_mw", "days", *LOADS)) \
            and ("pool_gpus" in p or not (
                any(k in p for k in ("watts_per_gpu", "watts_per_server", "server_power_cap_w"))
                or KW["power"].search(t) or re.search(r"\bracks?\b|机柜", t))) \
            and re.search(
            r"(?:几|多少)个(?:[\d,一二两三四五六七八九十]*\s*[千万kK]?\s*(?:卡|张)的?)?(?:训练|推理)?(?:池|资源池|算力池|集群)|(?:一共|总共|共)?(?:多少|几)台|(?:能|可以)?[切分搭建组]几个|[够能可以]*分(?:成)?(?:多少|几)组|(?:能|可以|够)?分给(?:多少|几)个|"
            r"\bhow many (?:[\d,.]+\s*k?[- ]?(?:gpu|card)s?\s+)?(?:(?:training|inference|serving)\s+)?"
            r"(?:servers|nodes|boxes|pools|clusters|pods)\b", t):
        p["asks_layout"] = True          # ("4096张H20 … 可以分几个池？每台服务器8卡的话一共多少台？")
    if re.search(r"性价比|\bbang for (?:the|your|our) buck\b|\b(?:better|best) value\b|\bper dollar\b|"
                 # ("H100按2.5万美金算，MI300X一张才1.5万美金，哪个划算点": which is worth more for its price)
                 r"\bprice[/-]perf|哪个(?:更|比较)?\s*(?:划算|合算)", t):
        p["asks_value"] = True           # ("哪个性价比高？L40S报价6.8万一张": each one's work for its price)
    if KW["enough"].search(t) or KW["fit"].search(t):
        p["asks_fit"] = True             # ("能买几张？够不够跑Qwen2.5 72B": whether the cards hold it, asked)
    if re.search(r"划算|合算|值不值|值得|\bworth it\b|\b(?:a )?(?:good|better) deal\b|\bbargain\b", t):
        p["asks_deal"] = True            # ("每张MI355X按2.8万美元算划算吗": a price weighed, calc/other)
    if WHICH_CARD.search(t) and "accelerator" not in p:
        p["asks_which_card"] = True      # ("what GPU do I need for Llama 3 70B": the cards that hold it)
    if "gpus" not in p and "servers" not in p and re.search(
            r"\bhow many\s+(?:concurrent\s+)?(?:users|streams|sessions|people|requests)\s+(?:per|on (?:a|one|"
            r"each))\s*#", r.masked):
        p["one_gpu"] = True              # ("how many concurrent users per L40S": for one accelerator)
    one_card = next((st for st in r.stated
                     if st.param == "gpus" and st.value == 1.0 and st.note == ""), None)
    if one_card is not None and p.get("gpus") == 1.0 and isinstance(servers := p.get("servers"), float) and \
            servers > 1 and re.fullmatch(r"(?:一|单|每)\s*[张块颗片]?(?:卡)?|one|a|an|single",
                                              one_card.text.lower()):
        # "一张H100按700瓦，一台服务器8张卡…1000台服务器": the card described, then the fleet counted
        del p["gpus"]
        r.retag(one_card, note="one_unit")
    elif one_card is not None and p.get("gpus") == 1.0 and any(k in p for k in ("budget_usd", "budget_cny")) \
            and re.fullmatch(r"one|a|an|一张|一块|一颗", r.t[one_card.start:one_card.end].strip()) and any(
                st.param in ("price_usd", "price_cny") and 0 <= st.start - one_card.end <= 30
                for st in r.stated):
        # ("a budget of 4.5M€ … if one H200 costs about 32,000 €, how many?": the one card priced, the count
        # the budget buys asked)
        del p["gpus"]
        r.retag(one_card, note="one_priced")
    site = [st for st in r.stated if st.param == "power_mw" and isinstance(st.value, float)]
    drawn = next((st for st in site if st.note == "" and float(st.value or 0) <= 0.1 and _SERVER_AT.search(
        r.masked[max(0, st.start - 20):st.start])), None)
    if drawn is not None and ("server_power_cap_w" in p or _RACK_CAP.search(t)):
        # "power cap per rack 60kW, B200 HGX at 14.3kW, facility 12MW": the server's draw, not the site's
        # power (the site's is the other one stated)
        p["watts_per_server"] = float(drawn.value or 0) * 1e6
        r.retag(drawn, param="watts_per_server", value=float(drawn.value or 0) * 1e6)
        p.pop("power_mw", None)
        nxt = next((st for st in site if st is not drawn), None)
        if nxt is not None:
            p["power_mw"] = float(nxt.value or 0)
            r.retag(nxt, note="")
    watts = [st for st in r.stated if st.param == "watts_per_server" and isinstance(st.value, float)]
    # "servers at 10.2 kW each, racks capped at 20 kW": the one worded as a limit, before the others
    # (the number's first digit with its words: "单柜限 4…" is a limit)
    capped = [st for st in watts if _POWER_CAP.search(CLAUSE.split(t[max(0, st.start - 16):st.start + 1])[-1])
              # "a 40kW per-rack power cap": the limit's words after it
              or _CAP_AFTER.match(t, st.end)]
    # ("DGX H100 max is 10.2kW. with a 50kW rack cap": the rack's limit first, the server's maximum after)
    capped.sort(key=lambda st: not (_RACK_CAP.search(t[st.end:st.end + 12])
                                    or _RACK_CAP.search(CLAUSE.split(t[max(0, st.start - 16):st.start])[-1])))
    srv_w = next((st for st in capped if st.note in ("", "duplicate", "option") and len(watts) > 1), None) \
        or next((st for st in capped + watts if st.note in ("", "duplicate", "option") and (
        _POWER_CAP.search(t[max(0, st.start - 40):st.end + 4]) or _CAP_AFTER.match(t, st.end)
        # "colo gives us 15 kW per rack … box draws 4.2kW", "单柜供电 8kW … 整机 2200W": a rack's
        # power beside a server's or a card's draw is the rack's limit
        or (_rack_near(t, st.start, st.end)
            and not _DRAWS.search(CLAUSE.split(t[max(0, st.start - 16):st.start])[-1]
                                  + t[st.start:st.end + 6])
            # ("125 GB200 NVL72 racks at 120 kW each": a rack-scale server's own draw)
            and not re.search(r"&+[^.?!;。？！；]{0,10}?(?:racks?|机柜|柜)|(?:racks?|机柜)\s*(?:of\s*)?&+",
                              r.masked[max(0, st.start - 40):st.end + 12])
            and (any(w is not st and not _RACK_CAP.search(t[max(0, w.start - 10):w.start])
                     for w in watts) or "watts_per_gpu" in p
                 # "colo gives us 17kW per rack. how many h100 servers per rack": a catalogued
                 # server's draw fitted under the rack's power (a rack-scale one, NVL72, is the rack)
                 or ("server" in p and "nvl" not in str(p["server"]) and len(watts) == 1
                     and not re.search(r"每台|单台|一台|\beach\b|per (?:server|box|node)",
                                       t[max(0, st.start - 8):st.start]))
                 # ("机柜按每柜40kW算要几个柜？": a rack's power where the racks are asked for)
                 or (len(watts) == 1 and _RACKS_ASKED.search(t) is not None
                     and "nvl" not in str(p.get("server", "")))))
        # "racks are 45 kW. DGX H100 at 10.2 kW each": the racks' limit, a server's draw after it
        or ((_RACKS_ARE.search(t[max(0, st.start - 16):st.start])
             # ("Each cabinet at the provincial DC is 20 kVA": the rack named a few words before)
             or _EACH_RACK_IS.search(CLAUSE.split(t[max(0, st.start - 48):st.start])[-1]))
            and any(w.start > st.end for w in watts))
        # "3M DAU … GPU count and rack count … racks are 40 kW": a fleet sized, the racks it fills asked
        or (_RACK_CAP.search(t[max(0, st.start - 16):st.end + 12]) and any(k in p for k in LOADS)
            and _RACKS_ASKED.search(t) and len(watts) == 1)
        # "power for 4 racks, 17 kW each. how many H100 SXM can we put in there?": the racks' power, filled
        or (_RACK_CAP.search(t[max(0, st.start - 24):st.end + 12]) and _FIT_ASKED.search(t)
            and len(watts) == 1
            and "server" not in p and "power_mw" not in p and not any(k in p for k in LOADS)))),
        None)
    # ("单柜供电从 15kW 提到 40kW，HGX H100 整机 10.2kW": the server's draw is the one not worded as a limit)
    other_w = next((st for st in r.stated if st.param == "watts_per_server" and st is not srv_w
                    and not any(st is c for c in capped)), None) or \
        next((st for st in r.stated if st.param == "watts_per_server" and st is not srv_w), None)
    # ("单机柜供电只有12kW，放H20服务器（整机约6.5kW）": the rack's limit read as a site's power, said
    # first; the server's draw is the other)
    rack_said = next((st for st in r.stated if st.param == "power_mw" and st.note == ""
                      and isinstance(st.value, float) and st.value <= 0.5 and srv_w is not None
                      and st.start < srv_w.start and _RACK_CAP.search(t[max(0, st.start - 16):st.start])),
                     None)
    if rack_said is not None and srv_w is not None and _POWER_CAP.search(
            CLAUSE.split(t[max(0, srv_w.start - 16):srv_w.start + 1])[-1]) and not _POWER_CAP.search(
            CLAUSE.split(t[max(0, rack_said.start - 16):rack_said.start + 1])[-1]):
        # ("一整柜 140kW 左右。我们机房单柜限 40kW": the limit is the one worded as one, not the one said
        # first; the other is a rack's draw)
        r.retag(rack_said, param=None, value=float(rack_said.value or 0) * 1e6, note="rack_draw")
        p.pop("power_mw", None)
        rack_said = None
    # (not when the racks' kW were said as theirs: "~14 kW each, 40 kW cabs", calc/assign)
    capped_here = srv_w is not None and rack_said is None and not p.get("rack_kw_said") and (
        "watts_per_gpu" in p or (
            # "每台服务器供电上限 6kW … 一台实测 4.8kW": a limit worded as one, beside a draw
            other_w is not None and _POWER_CAP.search(t[max(0, srv_w.start - 16):srv_w.end + 4])) or (
            # "colo caps us at 10kW per server. does a dgx h100 fit?": a limit said before the number,
            # a catalogued server checked against it
            # (in its own clause: not "一年用电不超过1亿度，是真的吗？每台14.3kW", a claim's limit)
            "server" in p and "power_mw" not in p
            and _POWER_CAP.search(CLAUSE.split(t[max(0, srv_w.start - 16):srv_w.start])[-1])) or (
            # (the rack said in its sentence: not "servers ~7 kW. Cabinets at 24 kW")
            (_RACK_CAP.search(t[max(0, srv_w.start - 24):srv_w.start]
                              + re.split(r"\.\s|[。；;?？]", t[srv_w.start:srv_w.end + 12])[0])
             or _EACH_RACK_IS.search(CLAUSE.split(t[max(0, srv_w.start - 48):srv_w.start])[-1]))
            and (other_w is not None or "server" in p or "accelerator" in p)))
    if capped_here and srv_w is not None and other_w is not None and isinstance(other_w.value, float) \
            and isinstance(srv_w.value, float) and srv_w.value >= 4 * other_w.value \
            and not _RACK_CAP.search(t) \
            and not re.search(r"\b(?:per|each|a)\s+(?:server|node|box)\b|单台|每台",
                              t[max(0, srv_w.start - 16):srv_w.end + 16]):
        # ("Our colo in Lekki can only give us 120 kW … At 10.2 kW per server, how many DGX H100 can we
        # fit?": a limit worded as one, but no rack said and many servers under it: the site's power)
        p["power_mw"] = float(srv_w.value) / 1e6
        p.pop("watts_per_server", None)
        p["watts_per_server"] = other_w.value
        r.retag(srv_w, param="power_mw", value=p["power_mw"], note="")
        r.retag(other_w, note="")
    elif capped_here and srv_w is not None:
        # "单柜供电上限 40kW，HGX H100 整机按 10.2kW 算，每柜能塞几台？", "halls cap at 60 kW per
        # rack. How many HGX B200 per rack?": the rack's limit, not a server's draw
        # "racks capped at 17.3 kW … A100 at 400 W each", "Power budget per server is 6 kW … an 8x
        # L40S box (350W each)": a limit the cards' watts are fitted under, not the server's draw
        p["server_power_cap_w"] = float(srv_w.value or 0)
        lead = r.masked[max(0, other_w.start - 40):other_w.start] if other_w is not None else ""
        if other_w is not None and isinstance(other_w.value, float) and "server" not in p \
                and other_w.value <= 2500 and "#" in lead and not re.search(
                    r"&|servers?|nodes?|box(?:es)?|服务器|整机|台", lead):
            # "How many h200 fit per rack at ~1.4 kW each": each card's draw (with its share of the
            # server), no server named and no server draws that little
            p["watts_per_gpu"] = other_w.value
            del p["watts_per_server"]
            r.retag(other_w, param="watts_per_gpu", note="")
        elif other_w is not None and isinstance(other_w.value, float):
            p["watts_per_server"] = other_w.value
            r.retag(other_w, note="")
        else:
            del p["watts_per_server"]
        r.stated = [replace(st, param="server_power_cap_w", note="") if st is srv_w else
                    # the limit's other value ("从 15kW 提到 40kW"): a second value of the limit
                    # (a limit corrected later stays corrected)
                    replace(st, param="server_power_cap_w",
                            note="corrected" if st.note == "corrected" else "duplicate")
                    if any(st is c for c in capped) and st is not other_w and st.param == "watts_per_server"
                    else st for st in r.stated]
    rack_mw = next((st for st in r.stated if st.param == "power_mw" and st.note == ""
                    and isinstance(st.value, float) and st.value <= 0.5
                    and (_RACK_CAP.search(t[max(0, st.start - 16):st.start])
                         # ("the rack in the old server room is capped at 7.5 kW": the rack, then its cap)
                         or (_POWER_CAP.search(t[max(0, st.start - 16):st.start])
                             and _RACK_CAP.search(CLAUSE.split(t[max(0, st.start - 60):st.start])[-1]))
                         # ("each macro site can spare 3 kW for the AI box … how many GPUs fit per site":
                         # each site's limit, the cards fitted under it)
                         or ("watts_per_gpu" in p and _FIT_ASKED.search(t) and _EACH_PLACE_CAN.search(
                             CLAUSE.split(t[max(0, st.start - 40):st.start])[-1])))
                    # ("给AI机柜留了200kVA": set aside for all the racks, not each one's limit)
                    and not re.search(r"(?:留了|预留了?|留出了?|reserved|set aside)\s*(?:约|大约|~)?\s*$",
                                      t[max(0, st.start - 8):st.start])), None)
    if rack_mw is not None and "server_power_cap_w" not in p and (
            "server" in p or "watts_per_server" in p or "watts_per_gpu" in p):
        # "单柜供电上限只有 40kW": a rack's limit, not the site's power
        p.pop("power_mw", None)
        p["server_power_cap_w"] = float(rack_mw.value or 0) * 1e6
        r.retag(rack_mw, param="server_power_cap_w", value=p["server_power_cap_w"])
    per_box, box_w = p.get("gpus_per_server"), p.get("watts_per_server")
    if isinstance(per_box, float) and isinstance(box_w, float) and per_box >= 2 and "watts_per_gpu" not in p \
            and 150 <= box_w <= 2500 and box_w / per_box < 100:
        # "rack of 72 b300 at 1400W each": no server of 72 draws 1.4 kW; each is one card's draw
        p["watts_per_gpu"] = p.pop("watts_per_server")
        r.stated = [replace(st, param="watts_per_gpu") if st.param == "watts_per_server" and st.value == box_w
                    else st for st in r.stated]
    _people_a_day(r)
    cap = next((st for st in r.stated if st.param == "server_power_cap_w" and st.note == ""
                and isinstance(st.value, float)), None)
    if cap is not None and "pue" in p and "power_mw" not in p and "racks" not in p \
            and float(cap.value or 0) >= 20_000 \
            and not re.search(r"racks?|cabinets?|\bcabs?\b|机柜|机架|柜", t):
        # "机房新增一路 200千瓦 的供电，PUE 按 1.3 算，每台服务器约 14.3kW，最多能放几台？": a feed to the
        # room, with a PUE and no rack named, is the facility's power, not one rack's limit
        p.pop("server_power_cap_w")
        r.move(cap, "power_mw", value=float(cap.value or 0) / 1e6)
    for cur in ("usd", "cny"):
        spend = next((st for st in r.stated if st.param == f"budget_{cur}" and st.note == ""
                      and isinstance(st.value, float)), None)
        if spend is not None and re.search(r"租|\brent", t) and f"price_{cur}" not in p \
                and f"server_price_{cur}" not in p and ("server" in p or "accelerator" in p) \
                and re.search(r"买下来|买一台|买的话|购买价|\bbuy(?:ing)? (?:it|one|them)\b",
                              t[max(0, spend.start - 12):spend.end + 4]):
            # "一台 HGX H100 服务器(8 卡)买下来大概 260 万元，租的话每卡时 18 元": what buying it costs, set
            # against the rent, not a budget to spend (a server's price when a server is named and no card
            # costs that: "买一台DGX（大概30万刀）")
            whole = "server" in p and float(spend.value or 0) >= (150_000.0 if cur == "usd" else 1_000_000.0)
            r.move(spend, f"server_price_{cur}" if whole else f"price_{cur}")
    for cur, floor in (("usd", 150_000.0), ("cny", 1_000_000.0)):
        price = p.get(f"price_{cur}")
        if (("server" in p and ("servers" in p or "gpus" not in p)) or "gpus_per_server" in p
                or re.search(r"整机|服务器|\bservers?\b|\bnodes?\b|\bbox(?:es)?\b", t)) \
                and isinstance(price, float) and price >= floor and \
                f"server_price_{cur}" not in p and not re.search(
                    r"(?:per|a|each|every|/)\s*(?:gpu|card|chip|accelerator)(?![- ]?h)|"
                    r"每张|每卡(?!时|小时)|单卡|一张", t):
            # "a hundred DGX B200s … if each is $500k": no one accelerator costs that; the server does
            p[f"server_price_{cur}"] = p.pop(f"price_{cur}")
            r.stated = [replace(st, param=f"server_price_{cur}") if st.param == f"price_{cur}" else st
                        for st in r.stated]
    qpd = next((st for st in r.stated if st.param == "queries_per_day" and st.note == ""), None)
    if p.get("ask_users") and qpd is not None and "users" not in p and "queries_per_user" not in p \
            and isinstance(qpd.value, float) and qpd.value <= 1000:
        # "how many users can we serve at 30 queries/day": each user's, not the fleet's
        p.pop("queries_per_day")
        p["queries_per_user"] = qpd.value
        r.retag(qpd, param="queries_per_user")
    rented = any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
    if KW["tco"].search(t) or (KW["hourly"].search(t) and not rented and any(
            k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
        p["tco"] = True                  # owning: chips plus electricity over the life
    per_dollar = "speedup" in p and not rented and re.search(r"per dollar|\bperf(?:ormance)? per|per \$|"
                                                             r"性价比|每美元|持平", t) is not None
    if (KW["rent_or_buy"].search(t) and not per_dollar) or (
            any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
            and any(k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
        # (not "1.5x faster … at what price do they break even on perf per dollar": two cards' prices by
        # their speed, calc/engine._work_per_dollar)
        p["rent_or_buy"] = True
    elif KW["rent"].search(t) and not rented:
        p["rented"] = True               # renting at no stated rate: the catalog's, else ask for one
    years = next((st for st in r.stated if st.param in ("gpu_years", "gpu_hours") and st.note == ""
                  and isinstance(st.value, float)), None)
    if years is not None and p.get("rent_or_buy") and not any(k in p for k in ("gpus", "servers")) \
            and isinstance(p.get("days"), float) and float(p["days"]) > 0:
        # "一年大概用掉30 GPU年的A100 … 租 … 跟自己买卡比": the cards the work keeps busy over the period,
        # rented or bought
        year_hours = units.convert(1, "year", "hour") if years.param == "gpu_years" else 1.0
        hours = float(years.value or 0) * year_hours
        r.move(years, "gpus", value=hours / (float(p["days"]) * 24))
    if re.search(r"how many (?:training )?tokens|多少(?:个)?(?:训练)?\s*token|能训练多少|能训多少", t):
        p["asks_tokens"] = True          # "2e24 FLOPs: how many training tokens for a 70B?"
    if _CUMULATIVE.search(t):
        p["asks_cumulative"] = True      # "capex ~$350bn this yr, growing 25%/yr — cumulative over 5 yrs?"
    if re.search(r"(?<![a-z])moe(?![a-z])|mixture[- ]of[- ]experts|混合专家|专家模型", t):
        p["moe_said"] = True             # an MoE named without its active parameters (calc/training.py)
    if KW["depreciation"].search(t) or (
            # ("a box … came in at $52k … what's that per seat per month over 36 months?": a purchase spread
            # over the period said, each seat's month of it)
            _SPREAD_OVER.search(t) and "users" in p
            and any(k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))
            and not any(k in p for k in ("usd_per_user_month", "cny_per_user_month", "rent_usd_per_hour",
                                         "rent_cny_per_hour"))):
        p["depreciation"] = True         # "折旧4年，每天折旧多少": the purchase spread over the period

    if "per_tokens" in p and re.search(r"\bjoules?\b|焦耳|\b[mk]?j\s*(?:/|per\b)", t):
        p["asks_joules"] = True          # "J per 1k tokens?": the energy of the block asked in joules
    energy_said = KW["per_token_energy"].search(t) is not None
    if (energy_said or "joules_per_token" in p) and "per_tokens" not in p:
        # "一百万 token 耗电多少度": the tokens the energy is asked for, not one answer's length
        # (or a count of tokens no one answer has: "生成10^8个token的电费", "generating 100 million tokens")
        basis = next((st for st in r.stated if st.param in ("output_tokens", "input_tokens") and st.note == ""
                      and (_ENERGY_OF.match(t, st.end) or (isinstance(st.value, float) and st.value > 1e6))),
                     None)
        if basis is not None and isinstance(basis.value, float):
            p.pop(str(basis.param), None)
            p["per_tokens"] = basis.value
            r.retag(basis, param="per_tokens")
        elif energy_said:
            p["per_token"] = True
    if "per_tokens" not in p and any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) \
            and any(k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh")) \
            and not any(k in p for k in (*LOADS, *CARD_PRICES, "self_host")):
        p["per_token"] = True            # (a token price beside a power price, no volume: a million of each)
    mw = next((st for st in r.stated if st.param == "power_mw" and st.note == ""), None)
    if mw is not None and (
            re.match(r"\s*(?:of\s*|的\s*)?(?:(?:usable|available|spare|free)\s+)?"
                     r"(?:it\b|critical it|"
                     r"it[- ]?(?:load|power|capacity|block|hall|envelope|budget|pod|allocation)|"
                     r"it\s*(?:负载|功率|容量|电力|用电))",
                     t[mw.end:mw.end + 24])
            or re.search(r"(?:\bit|it负载|it功率)\s*(?:load|power|capacity)?\s*(?:of|is|=|:|为|是)?\s*$",
                         t[max(0, mw.start - 20):mw.start])
            # ("Server room UPS is 10 kVA": what the UPS feeds is the IT gear, cooling is not on it)
            or re.search(r"(?<![a-z])ups(?![a-z])[^,.;?!，。；？！]{0,24}$|不间断电源[^，。；？！]{0,12}$",
                         t[max(0, mw.start - 30):mw.start])):
        p["it_load"] = True              # "40 MW IT load … PUE 1.35": the cards' power; the meter's is more
    if re.search(r"采购|购买|买|设备|\bbuy|\bpurchas|\bcapex\b|\bhardware\b", t) or ALL_IN.search(t) or (
            any(k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))
            and re.search(r"总共(?:要)?花|一共(?:要)?花|总花费|总成本|总投入|\btotal (?:cost|spend)\b", t)):
        p["asks_purchase"] = True        # "一年设备加电费多少钱": the purchase too, not only the bill
    if len(re.findall(r"\?|？", t)) >= 2 or len(re.findall(
            r"(?:^|[,，;；:：.。!！—–]\s*|\band\s+|\balso\s+|另外|还有|以及|并且)\s*(?:要|需要|得|一共|总共)?\s*"
            # ("How many servers fit, and roughly how many tokens/s would that be")
            r"(?:(?:roughly|about|approximately|then)\s+)?"
            r"(?:how (?:many|much|long|big)|what(?:'s| is| are| would| does)|"
            r"what (?=throughput|tokens?/s|tok/s|latency|ttft|speed)|"
            r"(?:can|does|will|could)\s+(?=[^,?]{0,40}\bfit\b)|"
            r"多少|几(?:张|台|天|个)|多久|能否|是否)",
            t)) >= 2 or _THEN_ASK.search(t) or len(_LISTED_ASK.findall(t)) >= 2:
        p["multi_ask"] = True            # two or three asks in one message (calc/engine.py _second_ask)
    if "server_power_cap_w" in p and any(k in p for k in LOADS):
        p["multi_ask"] = True            # a load and a rack's limit: the fleet, then the racks it takes
    prices = [k for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny") if k in p]
    quote_only = len(prices) == 1 and all(not isinstance(v, float) or k in prices or k == "usd_cny"
                                          or (k in ("gpus", "servers") and v == 1) for k, v in p.items())
    if (PRICE_JUDGED.search(t) or (quote_only and PRICE_CLAIMED.search(t))) \
            and len({st.value for st in r.stated if st.param == "accelerator"}) <= 1:
        # "供应商报 两百八十万人民币，贵不贵": a quote against the catalog ("H20 卖 11 万元 … 和 H100 的
        # 2.5 万美元比起来贵不贵": two cards' prices, compared with each other)
        p["price_judged"] = True
    if _REPLICAS_ASKED.search(t) and "replicas" not in p:
        p["asks_replicas"] = True        # "how many Llama 2 70B replicas in bf16 does that give?"
    if _PER_REPLICA_ASKED.search(t):
        p["asks_per_replica"] = True     # ("96 GPUs … how many do we need per replica": one copy's cards)
    if KW["power"].search(t):
        p["asks_power"] = True
        if _HEADROOM.search(t):
            p["power_headroom"] = True   # "还能再加几台": the servers the rest of the power takes
    if _POWER_PER_GPU_HOUR.search(t) and not any(k in p for k in (
            "model", "params", "train_tokens", "train_flops", "gpu_hours", "users", "qps",
            "concurrent_users", "queries_per_day", "tokens_per_day", "days", "period_months", "power_mw",
            "price_usd", "price_cny", "server_price_usd", "server_price_cny", "budget_usd", "budget_cny")) \
            and (not any(k in p for k in ("gpus", "servers")) or "watts_per_server" in p
                 # ("colo-ing 40 boxes of DGX H100 … whats my electricity cost per GPU-hour": one card's hour
                 # of the fleet, and the fleet's)
                 or re.search(r"\b(?:my|our|the)\s+(?:electricity|power|energy)\s+cost\s+per\s+gpu", t)):
        p["power_per_gpu_hour"] = True   # "what's the power cost per GPU-hour?": one card, one hour
    elif _POWER_SHARE_OF_RENT.search(t) and any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")) \
            and not any(k in p for k in LOADS):
        p["power_per_gpu_hour"] = True   # the rent's electricity share: one card, one hour
    if any(k in p for k in ("server_price_usd", "server_price_cny")) and not any(
            k in p for k in ("gpus", "days", "period_months", *LOADS)) and p.get("servers", 1.0) == 1.0 \
            and PER_CARD_ASKED.search(t) and not HOURLY_ASKED.search(t):
        p["per_card"] = True             # "HGX H100 整机报价 230万，摊到每张卡多少美元？"
    if _PER_GPU_HOUR_ASKED.search(t):
        p["per_gpu_hour"] = True         # "what's revenue per GPU-hour?": one GPU-hour's takings
    elif _PER_GPU_EARNS.search(t) or (
            _FLEET_EARNS.search(t) and ("model" in p or "params" in p) and "accelerator" in p
            and ("gpus" in p or "servers" in p) and not any(k in p for k in (*LOADS, "tokens_per_day",
                                                                             "tokens_per_user_day"))
            and any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens"))):
        # "一张卡一天能赚多少": one card's takings over the period; "8 卡 H20 … 按每百万 token 3.2 元收费，
        # 一天能收多少钱" with no volume stated: the cards' takings at the serving model's rate
        p["per_gpu_revenue"] = True
        if "days" not in p and "period_months" not in p and (
                each := re.search(r"\b(?:per|a|each|every) (day|week|year)\b|"
                                  r"\b(daily|weekly|yearly|annually)\b", t)):
            # "how much does one gpu earn per day": the period the takings are asked over
            word = each.group(1) or each.group(2)
            r.add("days", {"d": 1.0, "w": 7.0, "y": 365.25, "a": 365.25}[word[0]], each.start(), each.end())
    vol = next((st for st in r.stated if st.param in ("tokens_per_day", "tokens_per_user_day")), None)
    if vol is not None and _OUTPUT_WORDS.search(t[max(0, vol.start - 6):vol.end + 8]):
        p["output_volume"] = True        # "每天 30 亿输出 token": the answers' tokens, priced as such
    if _ONE_ITEM_COST_ASKED.search(t) and "per_requests" not in p and "per_tokens" not in p:
        p["cost_per_one"] = True         # "how much does it cost per quote?": one request's share
    if _BUSY_ASKED.search(t):
        p["asks_busy"] = True            # "How busy is that box really?": the load over the capacity
    if _LEFT_ASKED.search(t) and ("budget_usd" in p or "budget_cny" in p):
        p["asks_left"] = True            # "how many L4s … and what's left over for a server": the change too
    if ASKS_REQUEST_TIME.search(t) and not any(k in p for k in ("users", "concurrent_users", "qps")):
        p["asks_request_time"] = True    # "how long does each call take?": one request, prompt to last token
    if _ASKS_TTFT.search(t):
        p["asks_ttft"] = True            # "what's the TTFT for a 32k-token prompt …": that latency first
        tp = next((st for st in r.stated if st.param == "tpot_ms" and st.note == ""), None)
        if tp is not None and "ttft_ms" not in p and not _TPOT_WORDS.search(
                t[max(0, tp.start - 40):tp.end + 16]):
            # "… need it < 400ms p99": the target of the latency asked about, not a per-token one
            p["ttft_ms"] = p.pop("tpot_ms")
            r.retag(tp, param="ttft_ms")
    _side_price(r)
    for cur in ("usd", "cny"):
        if f"{cur}_per_million_input_tokens" in p and not any(
                k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")):
            # "charges $2.50 per million input tokens": the only token price said is the price compared
            p[f"{cur}_per_million_tokens"] = p.pop(f"{cur}_per_million_input_tokens")
            p["price_is_input"] = True     # (a bill of requests prices their prompts alone)
            r.stated = [replace(st, param=f"{cur}_per_million_tokens")
                        if st.param == f"{cur}_per_million_input_tokens" else st for st in r.stated]
    if any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) and _PAYS_API.search(t) \
            and (not _EARNS.search(t) or _THEY_CHARGE.search(t)):
        p["pays_api"] = True             # "全部走 API … 和自己用 H100 跑比": a bill paid, not revenue
    if "servers" in p and re.search(r"\bper (?:store|site|shop|branch|location|clinic|school|office|"
                                    r"hospital)\b|"
                                    r"每(?:个|家)?(?:店|门店|站点|网点|医院|学校|分店|站)", t):
        p["asks_per_site"] = True        # "每店每月成本多少？": each site's share asked
    if re.search(r"\bhow much of (?:the |a |each |one )?(?:card|chip|gpu|accelerator)(?:'s)?"
                 r"(?: price| cost)? is (?:memory|hbm)\b|"
                 r"\b(?:share|fraction|percent(?:age)?) of (?:the )?(?:card|chip|gpu)(?:'s)? "
                 r"(?:price|cost)|hbm\s*占[^，,。？?]{0,8}(?:多少|几成|比例)|占(?:卡价|整卡|售价|单卡)|"
                 # ("141GB each at like $15 a GB. How much of the price is that?")
                 r"\bhow much of (?:the|its) (?:price|cost)\b", t):
        p["asks_card_share"] = True      # "how much of the card is memory?": the HBM's share of the card
    if "users" in p and p.get("depreciation") and re.search(
            r"\bper (?:" + ONE_USER + r")\b|"
            r"每(?:个|位|名)?(?:用户|医生|人|员工|学生|老师|坐席|会员|座席)", t):
        p["asks_per_user"] = True        # "每个医生每月摊多少钱？": each user's share of the write-off
    if _ASKS_DAILY.search(t) and "days" not in p:
        p["asks_daily"] = True           # "… how many MWh is that daily?": one day's, not a year's
    if _ASKS_ENERGY.search(t):
        p["asks_kwh"] = True
    if _ASKS_MW.search(t):
        p["asks_mw"] = True              # "0.4 J/token … how many MW to serve 1T tokens a day": the power
    if KW["bill"].search(t) or (re.search(r"\bbill\b", t) and any(
            k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh"))):
        p["asks_bill"] = True
    if KW["power"].search(t) and not any(
            k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh")):
        _bare_cents(r)
    if KW["same_budget"].search(t):
        p["same_budget"] = True
    if re.search(r"\bcost|price|capex|多少钱|成本|费用|(?:卡|设备|硬件|机器)钱|(?:总共|一共)(?:要)?花",
                 t) or (
            re.search(r"买|购买|采购|\bbuy|\bpurchas", t) and any(
                k in p for k in ("price_usd", "price_cny", "server_price_usd", "server_price_cny"))):
        p["asks_cost"] = True            # "按300万刀算 买50个柜子 加电费 一年总共多少": the purchase too
    if re.search(r"增量|增加的部分|多出来的部分|\bthe (?:increase|increment|extra|additional)\b|"
                 r"\bincremental\b", t):
        p["spend_increment"] = True      # "若增量部分全部用于采购H20": the growth alone is spent
    if re.search(r"\bmw\b|兆瓦|总功率|总共需要多少电|total (?:it )?(?:power|load)|"
                 r"how much (?:total )?(?:it )?power|\bit load", t):
        p["asks_total_power"] = True     # "一共上 20 个柜，总功率多少 MW": the servers' draw in all
    if re.search(r"\bnode[- ]?hours?\b|\bserver[- ]?hours?\b|节点小时|台时", t):
        p["asks_node_hours"] = True      # "how many node-hours do we save at 8 GPUs/node?": in nodes' hours
    if RENT_OUT.search(t) or (any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")) and not any(
            k in p for k in ("usd_per_user_month", "cny_per_user_month", "usd_per_million_tokens",
                             "cny_per_million_tokens")) and _INCOME.search(t)):
        # "rent them out at $0.35/hr … margin after electricity", "renting at $4.50/hr … max annual
        # revenue?": the rent is income
        p["rents_out"] = True
    one_hour = any(s.param == "gpu_hours" and s.value == 1 for s in r.stated)
    for cur in ("usd", "cny"):
        if one_hour and f"price_{cur}" in p and f"rent_{cur}_per_hour" not in p:
            # "1 GPU-hour of H100 costs ¥18": that is the hourly rent
            p[f"rent_{cur}_per_hour"] = p.pop(f"price_{cur}")
            r.stated = [replace(s, param=f"rent_{cur}_per_hour") if s.param == f"price_{cur}"
                        else s for s in r.stated]
    if any(k in p for k in ("usd_per_million_tokens", "cny_per_million_tokens")) \
            and (PAYS_BACK.search(t) or CHEAPER_THAN_PRICE.search(t)) \
            and ("model" in p or "params" in p) and "accelerator" in p and not any(
                k in p for k in ("tokens_per_day", "tokens_per_user_day", "per_gpu_hour", "rent_usd_per_hour",
                                 "rent_cny_per_hour", "price_usd", "price_cny", "observed_tokens_per_s",
                                 "observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server",
                                 *LOADS)):
        # "这个价能回本吗", "自己用 H20 部署能比这便宜吗" with no rent, card price or measured rate stated:
        # the token price against what serving the model costs at the catalog's rent (the stated ones
        # have their own margin answer)
        p["price_against_cost"] = p["asks_cost_per"] = True
    if ((KW["cost_per"].search(t) or ("per_tokens" in p and (
            p.get("asks_cost") or (any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
            and re.search(r"come to|work(?:s)? out|多少钱|合多少|break[- ]?even|breakeven|回本", t)))) or (
            # "按每 1000 次调用算成本 … 卡租金每卡时 7 元": the cost of that many requests at the rent
            _PER_N_REQUESTS.search(t)
            and (any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour"))
                 # ("cost per 1,000 care-note summaries on 2x L40S we own? … electricity $0.16/kWh": the
                 # electricity of that many requests on owned cards)
                 or (("model" in p or "params" in p)
                     and any(k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh"))))
            # ("PM wants $ per 1k requests": the money asked by its sign)
            and re.search(r"成本|\bcosts?\b|多少钱|花多少|费用|(?:\$|usd|dollars)\s*(?:per|/)\s*[\d,]+k?\s",
                          t))) or (
            # ("Deck: '$0.003 per request' … on H100 at $2.3/hr. Check it": one request's cost, said, at a
            # rent)
            _PER_ITEM_COST.search(t) and ("model" in p or "params" in p)
            and any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")))) \
            and not _RATE_NEEDED.search(t) \
            and not ("joules_per_token" in p and not _MONEY_WORD.search(t)) \
            and not (p.get("asks_cost") and not KW["cost_per"].search(t) and _ENERGY_PER_ASKED.search(t)):
        # (not "这要单卡多少 tok/s 才行": the rate is asked; "what does 1M tokens cost": the basis asked;
        # not "0.2 J/token … what's that per 1k tokens in Wh": an energy per tokens)
        p["asks_cost_per"] = True
        basis = next((st for st in r.stated if st.param in ("queries_per_day", "queries_per_user")
                      and st.note == ""
                      and re.search(r"\bper\s*$", t[max(0, st.start - 6):st.start])
                      and _PER_N_REQUESTS.match(t, max(0, st.start - 4))), None)
        if basis is not None:
            r.move(basis, "per_requests")  # ("cost per 1,000 conversations": the basis, not a day's load)
    elif _ASKS_TOKEN_PRICE.search(t) and "observed_tokens_per_s_per_gpu" in p \
            and not any(k in p for k in LOADS):
        p["asks_cost_per"] = True        # "the token price to break even … 2,000 tok/s each": its cost
    elif PER_MILLION_TOKENS.search(t) \
            and any(k in p for k in ("observed_tokens_per_s_per_gpu", "observed_tokens_per_s_per_server")) \
            and any(k in p for k in ("rent_usd_per_hour", "rent_cny_per_hour")) \
            and not any(k in p for k in (*LOADS, "usd_per_million_tokens", "cny_per_million_tokens")):
        p["asks_cost_per"] = True        # "~21k tok/s/server … at $2.30/GPU-hr, breakeven per M tokens?"
    for st in list(r.stated):
        if st.param is None and isinstance(st.value, float) and re.match(r"\s*/\s*", t[st.end:]):
            nxt = next((x for x in r.stated if x.start > st.end and x.param in (
                "output_tokens", "input_tokens") and x.start - st.end < 6), None)
            if nxt is not None and not (nxt.param == "output_tokens" and "input_tokens" in p):
                # "2k/500 tokens": input, then output
                p["input_tokens"], p["output_tokens"] = st.value, nxt.value  # type: ignore[assignment]
                r.retag(st, param="input_tokens", text=str(st.text).split()[0])
                r.retag(nxt, param="output_tokens")
    if KW["recompute"].search(t):
        p["recompute"] = True
    if ALL_IN.search(t):
        p["all_in"] = True
    if re.search(r"chinchilla|compute[- ]optimal|计算最优", t):
        p["compute_optimal"] = True
    if "usd_cny" not in p and KW["cny"].search(t) and KW["usd"].search(t):
        # "what's that in RMB? use 7.2": a bare number where a RMB-per-dollar rate would be
        fx = next((s for s in r.stated if s.param is None and isinstance(s.value, float)
                   and 5 <= s.value <= 9), None)
        if fx is not None:
            p["usd_cny"] = fx.value  # type: ignore[assignment]
            word = str(fx.text).split()[0]
            r.retag(fx, param="usd_cny", end=fx.start + len(word), text=word)
    # (the "¥" of yen said beside their US$ twins, calc/readings._yen_twins, is no yuan)
    yuan_t = re.sub(r"[¥￥]", " ", t) if p.get("yen_twin") else t
    if KW["cny"].search(yuan_t) and not (_ASKS_DOLLARS.search(t) and not _ASKS_YUAN.search(t)):
        p["currency"] = "cny"
    elif KW["usd"].search(t):
        p["currency"] = "usd"            # ("每 1000 token 成本多少美元": the dollars asked, not 元 in 美元)
    facs = [s for s in r.stated if (s.param in ("factor", "hbm_multiple") or (
                # "(maybe as high as 6x)": a bare multiple beside HBM's
                s.param is None and re.search(r"(?:x|×|倍|times)$", str(s.text).lower())))
            and s.note in ("", "duplicate") and isinstance(s.value, float) and 1 < s.value <= 20]
    if facs and not ("hbm_multiple" in p and len(facs) < 2) and re.search(r"(?<![a-z])hbm|高带宽", t) and \
            re.search(r"dram|ddr|内存", t) and "growth_rate_year" not in p and \
            (len(facs) < 2 or _LOW_HIGH.search(t) or _MULTIPLE_RANGE.search(t)):
        # "低的说 5 倍，高的说 8 倍", "5x DRAM … with 8x at the high end": HBM's price over DRAM's,
        # the low and the high end
        lo, hi = min(float(f.value or 0) for f in facs), max(float(f.value or 0) for f in facs)
        p.pop("factor", None)
        p["hbm_multiple"] = lo
        if hi > lo:
            p["hbm_multiple_high"] = hi
        r.stated = [replace(s, param="hbm_multiple" if s.value == lo else "hbm_multiple_high", note="")
                    if any(s is f for f in facs) else s for s in r.stated]
    rng = _MULTIPLE_RANGE.search(t)
    if rng and "hbm_multiple" in p:
        ends = [float(g) if g[0].isdigit() else chinese_numeral(g) for g in (rng.group(1), rng.group(2))]
        lo, hi = min(ends), max(ends)
        p["hbm_multiple"], p["hbm_multiple_high"] = lo, hi
        # the low end's span stops at its number and its unit: "5", "3倍", not "5到"
        low_end = rng.end(1) + len(_LOW_UNIT.match(t, rng.end(1)).group(0))  # type: ignore[union-attr]
        out: list[Stated] = []
        for s in r.stated:
            if s.start <= rng.start(1) and rng.end(2) <= s.end:
                # "DRAM 的 5 到 8 倍" read as one span: the low end and the high end, each its own
                out += [replace(s, param="hbm_multiple", value=lo, note="", end=low_end,
                                text=r.norm.quote(s.start, low_end).rstrip()),
                        Stated(r.norm.quote(rng.start(2), s.end), "hbm_multiple_high", hi, "",
                               rng.start(2), s.end)]
            elif s.param in (None, "hbm_multiple", "factor") and s.value in (lo, hi):
                param = "hbm_multiple_high" if s.value == hi else "hbm_multiple"
                if s.start <= rng.start(1) < s.end and low_end < s.end <= rng.start(2) + 1:
                    s = replace(s, end=low_end, text=r.norm.quote(s.start, low_end).rstrip())
                out.append(replace(s, param=param, note=""))
            else:
                out.append(s)
        r.stated = out
        if p.get("range_of") == "hbm_multiple":
            # ("HBM at 3-5x DRAM prices": the low and the high end, not two options compared)
            p.pop("range_of")
            p.pop("range_high", None)


_LOW_UNIT = rx.compile(r"\s*(?:x|×|倍)?")
# "5-6x", "5x to 6x", "between 4 and 6x", "5 到 8 倍", "五倍到六倍": a multiple given as a range
_CN_NUM = r"[一二两三四五六七八九十]+"
_MULTIPLE_RANGE = rx.compile(r"(\d+(?:\.\d+)?|" + _CN_NUM + r")\s*"
                             r"(?:(?:x|×|倍)\s*(?:-|–|~|to|到|至|and)|(?:-|–|to|~|到|至|and))\s*"
                             r"(\d+(?:\.\d+)?|" + _CN_NUM + r")\s*(?:x|×|times|倍)")


# "Each user averages around 50k tokens a day": a user's day, with or without a user count
EACH_USER = rx.compile(r"(?:\b(?:each|every|per|the average|an average|a typical)\s+"
                        r"(?:user|person|customer|subscriber|dev|developer|seat|member)s?\b|"
                        r"人均|每人|每个用户|每用户|每位用户|每个?席位|每个?员工|每个?坐席|每个?账号|每个?日活(?:用户)?|"
                        r"\beach (?:dau|daily active(?: user)?))[^,，;；.。]{0,30}$")
BATCH = rx.compile(r"\bbs(?![a-z])|\bbatch|批大小|批量|\bconc\b|concurrency|@")
IN_ONE_BOX = rx.compile(r"\b(?:in|on|within)\s+(one|a single|1)\s+(?:box|node|server|machine|chassis)\b")
# "what's a TPU v6e worth in H100s?": one of the first named, matched in the other
ONE_NAMED = rx.compile(r"(?:\b(?:an?|one|each|per)\s+|一张|每张|单张)#")
_OUTPUT_WORDS = rx.compile(r"output|\bout\b|generat|completion|answer|输出|生成|回答")
# "what's revenue per GPU-hour?", "每卡时能收多少": what one GPU-hour earns, asked
_PER_GPU_HOUR_ASKED = rx.compile(
    r"(?:revenue|earn(?:s|ings)?|income|makes?|margin|take|收入|营收|赚|收)[^,.;?，。；？]{0,24}"
    r"(?:per|/|a|每|一个?)\s*(?:gpu[- ]?h(?:ou)?rs?\b|gpu hour|card[- ]hour|卡时|卡小时|gpu\s*小时|"
    r"[a-z]{1,3}\d{2,4}[a-z]{0,3}[- ]h(?:ou)?rs?\b)|"   # "revenue per h100-hour": one card's hour, named
    r"(?:per|每)\s*(?:gpu[- ]?h(?:ou)?r|gpu hour|卡时|卡小时|gpu\s*小时)\s*(?:的)?\s*"
    r"(?:revenue|income|收入|营收|能收|能赚)")
_PER_GPU_EARNS = rx.compile(
    r"(?:一张卡|每张卡|单卡|一块卡|每卡|\b(?:one|each|a single|per|a) (?:gpu|card|chip))[^,.;?，。；？]{0,12}"
    r"(?:能赚|赚|能挣|挣|能收|收入|营收|\bearns?\b|\bmakes?\b|\bbrings? in\b|revenue)|"
    r"(?:revenue|earnings?|income|收入|营收)\s*(?:per|/|每)\s*(?:gpu|card|卡|张卡)\b")
# "一天能收多少钱", "what's the daily revenue", "how much could it bring in": takings asked
_FLEET_EARNS = rx.compile(r"能收多少|收入(?:是|有|能有)?多少|营收(?:是|有|能有)?多少|能赚多少|能挣多少|"
                          r"how much (?:revenue|money|income)\b|\bhow much (?:could|would|can|does|do) "
                          r"(?:it|this|that|they|we|the \w+) (?:make|earn|bring in|gross)\b|"
                          r"what(?:'s| is| would be| could be) (?:the |our |its )?"
                          r"(?:daily |monthly |yearly |annual )?(?:revenue|income|takings)")
# one request's cost asked, in the thing it is ("how much does it cost per quote", "每次调用成本多少")
_ONE_ITEM_COST_ASKED = rx.compile(r"\b(?:cost|costs|price|\$|dollars?|spend)\s*"
                                  r"(?:per|/|a|for each|for one|of one|of each)\s*"
                                  r"(?:single\s+)?(?:quote|request|query|call|ticket|chat|conversation|email|document|"
                                  r"message|summary|report|photo|image|booking|order|listing|description|answer|"
                                  r"reply|response|job|run)\b|"
                                  r"(?:每次|每个|每条|每单|每张|单次)(?:调用|请求|对话|咨询|回复|回答|订单|文案|图片?)?\s*"
                                  r"(?:的)?\s*(?:成本|费用|多少钱|花多少)")
# how much of a fleet the load keeps busy: "How busy is that box really?", "利用率大概多少"
_BUSY_ASKED = rx.compile(r"\bhow (?:busy|loaded|utili[sz]ed|hard-?worked)\b|"
                         r"\bwhat(?:'s| is) (?:the|its|our|their) "
                         r"(?:utili[sz]ation|load factor|duty cycle)\b|"
                         r"(?:利用率|负载率|占用率)(?:大概|大约)?(?:是)?(?:多少|多高|几成)|有多忙|多忙")
# what a budget leaves once the cards are bought: "and whats left over for a server", "剩下的钱"
_LEFT_ASKED = rx.compile(r"\bwhat'?s (?:left|leftover|remaining)\b|"
                         r"\bwhat (?:is|would be|will be) (?:left|remaining)\b|"
                         r"\bhow much (?:is |would be |will be |do we have |have we got |we have )?"
                         r"(?:left|remaining)\b|"
                         r"\bleft ?over\b|\bleftovers?\b|剩下(?:的|多少)|剩余(?:的|多少)|还剩(?:多少|下)")
# one request's whole time asked: "how long does each call take?", "每次调用要多久"
ASKS_REQUEST_TIME = rx.compile(
    r"\bhow long (?:does|will|would|do|should|might|could) (?:each|one|a|every|the|a single|an individual|"
    r"one single) (?:call|request|query|run|prompt|answer|reply|response|generation|completion|turn|message|"
    r"invocation|inference|pass)(?:\s+(?:itself|alone|on (?:its|it'?s) own))? (?:take|last|run)\b|"
    r"\bhow long (?:per|for (?:each|one|a|every)) (?:call|request|query|answer|reply|response|generation)\b|"
    r"\b(?:time|latency|seconds|secs) (?:per|for (?:each|one|a single)) "
    r"(?:call|request|query|generation)\b\s*\?|"
    r"(?:每次|单次|一次|每个|单个)(?:调用|请求|生成|推理|回答|回复)[^，,。？?]{0,6}?(?:要|需要|得)?多(?:久|长时间)")
_ASKS_TTFT = rx.compile(r"(?:what(?:'s| is| are| would be)|how (?:long|fast|big|bad)(?: is| would be)?|"
                        r"estimate|calculate|compute|expected|give me)\s+(?:the\s+|my\s+|our\s+)?"
                        r"(?:ttft|time[- ]to[- ]first[- ]token|first[- ]token latency)|"
                        r"^\s*(?:ttft|time[- ]to[- ]first[- ]token)\b[^,;.?]{0,60}\?|"
                        r"(?:ttft|首\s*(?:token|字)\s*(?:延迟|时延|时间))\s*(?:大概|大约|约)?\s*(?:是|有|要)?\s*多(?:少|久|长|大)|"
                        # ("首字要2秒以内出来 … 在H200上能做到吗", "can we get TTFT under 2 seconds?": a
                        # target, whether it is reached)
                        r"(?:ttft|首\s*(?:token|字))[^。？?]{0,50}(?:能做到|做得到|能不能做到|能达到|达得到|能到吗)|"
                        r"\b(?:can|could) (?:we|i|it|you) (?:get|hit|keep|reach|stay)\s+(?:the\s+)?"
                        r"(?:ttft|time[- ]to[- ]first[- ]token|first[- ]token latency)\b")
_TPOT_WORDS = rx.compile(r"tpot|per[- ](?:output[- ])?token|inter[- ]token|\bitl\b|tok(?:en)?s?/s|"
                         r"每个?\s*(?:输出)?\s*token|吐字|token间")
_GPU_HOUR = (r"(?:(?:per|a|/|each)\s*(?:gpu|card)[- ]?(?:hour|hr|h)s?\b|per (?:gpu|card) per hour|"
             r"每卡(?:每)?小时|每张卡每小时|一卡一小时|单卡每小时|每个?卡时|每\s*gpu\s*(?:每)?小时)")
# "what's the power cost per GPU-hour?", "光电费每卡每小时多少钱", "每卡每小时电费": electricity per card-hour
_POWER_PER_GPU_HOUR = rx.compile(r"(?:electricity|power|energy)\s*(?:cost|bill|price)?\s*(?:is\s*)?"
                                 + _GPU_HOUR + r"|电费\s*" + _GPU_HOUR + "|"
                                 + _GPU_HOUR + r"\s*(?:的)?\s*电费|"
                                 # "how much does it cost per GPU-hour just in power?"
                                 + _GPU_HOUR + r"\s*(?:just |only |purely |in terms of )?(?:in|for|of)\s+"
                                 r"(?:power|electricity|energy)\b")
# "what share of a $2.10/hr h100 rental is actually electricity?", "电费占租金几成？": one card's
# hour of power against the rent stated for it
_POWER_SHARE_OF_RENT = rx.compile(
    r"(?:share|fraction|portion|percent(?:age)?|how much)\s+of\s+(?:the\s+|a\s+|an\s+|that\s+|my\s+|our\s+)?"
    r"[^?]{0,40}?\b(?:rent(?:al)?|rate)\b[^?]{0,30}?\b(?:electricity|power|energy)\b|"
    r"(?:electricity|power|energy)\s+(?:is\s+|as\s+)?(?:what|how much of|which)\s+"
    r"(?:share|fraction|part|percent(?:age)?)\s+of\s+(?:the\s+)?rent|"
    r"电费\s*(?:占|是)\s*(?:租金|租价|租赁价格?|报价)\s*(?:的)?\s*(?:几成|多少|百分之几|比例|占比|几分之几)")
# a service's reading of text, said before the text's length: "ingests about 2 million words", "reads in"
# what is done to a day's text that only reads it: "每天3000万字要做质检", "… to be screened"
_TEXT_REVIEWED = rx.compile(r"\s*(?:的)?\s*(?:[\u4e00-\u9fff]{0,4}?)\s*(?:要|需要|拿来|用来|得)?\s*"
                            r"(?:做|进行)?\s*"
                            r"(?:质检|审核|审查|打标签?|分类|标注|抽检|过一遍|风控|合规检查)")
# a workload said to be prefill alone: "只做prefill打标签", "prefill-only classification"
_PREFILL_ONLY = rx.compile(r"只(?:做|跑|有)?\s*prefill|prefill[- ]only|\bonly (?:the )?prefill|"
                           r"只读不(?:写|生成)")
# one of the clusters' cost asked: "what does one cost us", "each slice costs?", "一个池子多少钱"
_ONE_POOL_COST_ASKED = rx.compile(r"\bwhat (?:does|would|will) (?:one|each|a single one)(?: of them)? cost\b|"
                                  r"\b(?:one|each|per|a) (?:slice|pool|cluster|partition|pod)(?:'s)? "
                                  r"(?:costs?|price)\b|"
                                  r"(?:一个|每个)(?:池子?|资源池|集群)[^，,。？?]{0,6}(?:多少钱|成本|费用)")
# a season's peak said as a multiple of another's: "Summer peak is 2.5x winter", "旺季是淡季的3倍"
_SEASON_PEAK = rx.compile(r"\b(?:summer|winter|spring|autumn|fall|holiday|christmas|season(?:al)?|"
                          r"high season|busy season)"
                          r"\b[^.?!]{0,24}?\b(?:is|are|runs|hits|goes|about|~)\s*[\d.]+\s*x\s+(?:the\s+)?"
                          r"(?:summer|winter|spring|autumn|fall|low season|off[- ]season|quiet|normal|usual|"
                          r"baseline)\b|"
                          r"旺季[^，,。？?]{0,8}(?:是|为)?\s*(?:淡季|平时|平常)的?\s*[\d.]+\s*倍")
# the words that make a day's count everyone's together: "所有店加起来每天…", "合计每天…", "altogether … a
# day"
# the day's total said as an average day's: "Avg day is ~2,500 order texts"
_AVG_DAY_IS = (r"\b(?:avg|average|typical|normal|usual|ordinary)\s+day\s+(?:is|=|:|sees?|has|"
               r"we\s+(?:get|see|do))\s*[~≈]?\s*(?:about|around|roughly)?\s*$")
_DAY_TOTAL_BEFORE = rx.compile(r"(?:所有|全部)[^，,。；;]{0,6}?(?:加起来|合计|总共|一共)|加起来|合计|总共|"
                               r"一共|"
                               # ("Avg day is ~2,500 order texts": the whole day's, whoever sends them)
                               + _AVG_DAY_IS + r"|"
                               r"\bin total\b|\baltogether\b|\bacross all\b|\bcombined\b|"
                               # ("between them they do ~3,000 notes a day": the shops' together)
                               r"\b(?:between|among|across) (?:them|us|all of them|the lot)\b|"
                               r"\bbetween (?:the|our) (?:\w+ )?(?:shops|stores|sites|branches|locations|"
                               r"venues)\b")
# a thing's average length said of it: "our customer reviews average about 900 characters"
_ITEMS_AVERAGE = rx.compile(r"\b([a-z]{3,}s)\s+(?:average|averages|avg|run|are|is)\s+"
                            r"(?:about|around|roughly|~|"
                            r"maybe)?\s*$")
# a step before the model that gives it its text: "Label OCR step outputs ~1,800 characters", "the ASR
# produces ~3k words per call" (what it gives is what the model reads)
_UPSTREAM_GIVES = rx.compile(r"\b(?:ocr|asr|stt|speech[- ]to[- ]text|transcri(?:ber|ption)|whisper|scraper|"
                             r"crawler|"
                             r"retriever|retrieval|extractor|parser)\b[^.;?!\d]{0,24}\b(?:outputs?|produces?|"
                             r"returns?|gives?|emits?|spits? out|yields?)\s*"
                             r"(?:about|around|roughly|~|some|up to)?\s*$")
_INGESTS = rx.compile(r"\b(?:ingests?|ingesting|reads? in|reading in|takes? in|taking in|is fed|gets fed|"
                      r"feeds? it|consumes?)\s+(?:about|around|roughly|~|some|up to)?\s*$")
# the cards of one copy of the model, asked: "how many do we need per replica", "每个副本要几张"
_PER_REPLICA_ASKED = rx.compile(r"\bhow many\s+(?:(?:gpus?|cards?|accelerators?)\s+)?(?:(?:do|would|"
                                r"will) (?:we|i) "
                                r"need\s+|needed\s+)?per (?:replica|model copy|copy|instance)\b|"
                                r"(?:每个?|单个?|一个)副本(?:要|需要|得)?(?:几|多少)张")
_REPLICAS_ASKED = rx.compile(r"how many [^?.;]{0,40}?(?:replicas|copies|instances)\b|"
                             # ("96 GPUs … how many do we need per replica": the cards of one, then the copies
                             # the fleet makes)
                             r"how many\s+(?:(?:gpus?|cards?)\s+)?(?:(?:do|would|will) (?:we|i) need\s+|"
                             r"needed\s+)?"
                             r"per (?:replica|model copy|copy|instance)\b|(?:每个?|单个?|一个)副本(?:要|需要|"
                             r"得)?(?:几|多少)张|"
                             r"(?:replicas|copies|instances)\b[^?.;]{0,30}"
                             r"(?:fit|does that give|can we run|do we get)|"
                             r"(?:几|多少)个?\s*(?:副本|实例)")
# "— then what's the yearly electricity?": a second ask after the first
_THEN_ASK = rx.compile(r"\bthen\s+(?:what|how)\b|然后(?:再)?(?:算|问)?.{0,6}(?:多少|几)|"
                       # "能上几张？顺便算下跑 llama 每百万 token 耗电多少度": a second ask by the way
                       r"(?:顺便|顺带|另外再?|再顺便)(?:算|问|看)?一?下?.{0,40}?(?:多少|几)|"
                       # "…要多少卡？机房每柜只能给 15kW，要几个柜": an ask after the first one's mark
                       r"(?:多少|几)[^?？]{0,8}[?？][^?？]*[,，]\s*(?:要|需要|得|能放)?\s*(?:多少|几(?:张|台|天|个))")
# ("monthly电费": an English word right before Chinese, no word boundary between them)
# ("burned 186k GPU-hours on H100 last month": the month the use was counted over)
_PERIOD_ADVERB = (("month", rx.compile(r"\b(?:monthly|per month|a month|each month|every month|last month|"
                                        r"past month|this month)(?![a-z])|"
                                        r"每个?月|月度|上个?月|这个月|本月")),
                  ("year", rx.compile(r"\b(?:yearly|annual(?:ly)?|per (?:year|yr)|a (?:year|yr)|each year|"
                                      r"every year|per annum|all year(?: long| round)?|"
                                      r"year[- ]round)(?![a-z])|"
                                      r"每年")),
                  # a daily bill last: "the daily bill … and per month?" asks for the month
                  ("day", rx.compile(
                      r"\b(?:daily|per[- ]day|a day's|one day's)\s+(?:(?:electricity|electric|power|energy|"
                      r"running|operating|serving|inference|gpu|cloud|rental|total)\s+)?"
                      r"(?:costs?|bills?|spend(?:ing)?|energy(?: use| consumption)?|consumption|opex|"
                      r"revenue|income|"
                      r"electricity(?: costs?| bills?)?|kwh)\b|"
                      r"\b(?:costs?|bills?|spend|electricity|energy(?: use)?|kwh)\s+"
                      r"(?:per|a|each|every)\s+day\b|"
                      # ("at $0.40 per kWh … How much do we burn per day": the day's bill)
                      r"\bhow much\b[^.?!;]{0,40}?\b(?:per|a|each|every)\s+day\b|"
                      r"(?:每天|每日|一天|单日)(?:的)?(?:要|需要)?(?:的)?(?:电费|电力成本|能耗|耗电量?|用电量?|"
                      r"花费|成本|开销|支出|运营成本|租金|费用|电量|要花多少钱|花多少钱|多少钱|多少度电|收入|营收)|"
                      r"日(?:电费|耗电量?|用电量?|均电费|成本|开销)|"
                      # "→ $/day?", "多少 元/天": the money a day, asked as a unit
                      r"(?:\$|¥|￥|\busd\b|\brmb\b|元|美元)\s*/\s*(?:day|d|天|日)\s*[?？]")))


_OTHER_PERIOD = rx.compile(r"\b(?:months?|years?|yrs?|weeks?|quarters?|annual(?:ly)?|monthly|yearly|"
                           r"weekly)\b|"
                           r"[个一两三四五六七八九十\d]\s*(?:个)?月|[一两三四五六七八九十\d]\s*年|每月|每年|全年|"
                           r"每周|一周|季度")


def _bare_cents(r: Reading) -> None:
    """"… and $ per year at 6 cents" in a power question: cents are the price of a kWh."""
    for st in r.stated:
        m = re.match(r"[\d.,]+\s*(?:cents?|¢|美分)(?![a-z])", r.t[st.start:st.end + 8])
        if st.param is None and isinstance(st.value, float) and st.value < 100 and m:
            r.params["electricity_usd_per_kwh"] = st.value / 100
            end = st.start + m.end()
            r.retag(st, param="electricity_usd_per_kwh", value=st.value / 100, end=end,
                    text=r.norm.quote(st.start, end))
            return


_ASKS_MW = rx.compile(r"how many (?:mw|megawatts?)\b|多少\s*(?:mw|兆瓦)|average (?:power|draw)|平均功率|"
                      r"\bin mw\b")
_ALWAYS_ON_AFTER = rx.compile(r"\s*(?:个)?\s*(?:小时|h|hours?|hrs?)?\s*"
                              r"(?:不停|不关机|挂着|开着|跑着|在线|运行|运转|开机|"
                              r"a day|/\s*day|per day)")
_ENERGY_OF = rx.compile(r"\s*(?:个)?\s*(?:tokens?)?\s*(?:要|需要|大概)?\s*(?:耗电|耗能|用电|要多少度|"
                        # ("生成100万token用多少度电")
                        r"(?:用|耗|需要|要)多少(?:度|电|千瓦时|kwh))")
_ASKS_ENERGY = rx.compile(r"多少度电|用多少度|耗电量|how many [kmgt]wh|how much energy|energy use|用电量|"
                          r"多少[千兆吉]?瓦时|多少\s*[kmgt]wh|用了多少\s*(?:[kmgt]wh|度)|total energy|"
                          r"(?:daily|annual|yearly|monthly) [kmgt]wh")


# "how many more servers fit", "还能再加几台": what the rest of a power envelope takes
_HEADROOM = rx.compile(r"how many more|room for (?:how many|more)|more (?:servers|nodes|racks|gpus|cards) "
                       r"(?:fit|can (?:we|i) add)|can (?:we|i) (?:still )?add|headroom|"
                       r"还能(?:再)?(?:加|放|上|扩|装|容纳|部署)|(?:再|还)(?:加|放|上|装)(?:几|多少)|还剩(?:多少|几)")


# "Three things: a) how many GPUs …; b) total facility power …; c) annual electricity …": asks listed
_LISTED_ASK = rx.compile(r"(?:^|[\s:;,，；：])(?:[a-e]|[1-5]|[①②③④⑤])[).）、]\s*(?=[a-z\u4e00-\u9fff])")
# "how many MWh is that daily?", "每天多少度电": one day's energy asked
_ASKS_DAILY = rx.compile(r"how (?:many|much)\b[^?.;]{0,40}?(?<!tokens )(?<!token )(?<!queries )(?<!requests )"
                         r"\b(?:daily|per day|a day|each day)\b\s*(?:[?.]|$)|"
                         r"(?:每天|一天|每日)(?:要|需要|用|耗|消耗)?(?:掉)?多少\s*(?:度|电|兆瓦时|mwh|kwh|千瓦时)")
# words of money: "0.2 J/token … per 1k tokens in Wh" asks no cost
_MONEY_WORD = rx.compile(r"\$|¥|￥|元|块|美元|美金|\busd\b|\brmb\b|dollars?|\bcents?\b|\bcost|\bprice|"
                         r"成本|价格|多少钱")
# "走 API", "we pay … to our provider": a bill paid, unless revenue is the subject
_PAYS_API = rx.compile(r"(?<![a-z])api(?![a-z])|\b(?:we|i)(?:'re|'m| are| am)?\s+(?:\w+\s+)?pay|"
                       r"\b(?:keep|currently|already|still) paying|"
                       r"\bprovider\b|\bvendor\b|供应商|账单|\bbill\b|调用|外采|外购")
# "our provider charges $0.27 per million": what they charge us (not "our api charges …")
_THEY_CHARGE = rx.compile(r"\b(?:provider|vendor|they)\s+charges?\b|(?<!our )(?<!my )\bapi\s+charges?\b")
_EARNS = rx.compile(r"revenue|收入|\bcharge|\bsell|卖|收费|margin|赚|毛利|定价|\bearn|营收|利润|profit")
# "每 1000 token 成本多少美元": dollars asked (and yuan, when both are)
_ASKS_DOLLARS = rx.compile(r"(?:多少|几)(?:万|亿)?(?:美元|美金|刀)|(?:美元|美金)(?:是)?多少")
_ASKS_YUAN = rx.compile(r"(?:多少|几)(?:万|亿)?(?:人民币|元|块)|(?:折合|合|换成|折成|折)\s*(?:人民币|rmb)|"
                        r"人民币(?:是)?多少|\bin (?:rmb|cny|yuan)\b")
# "这要单卡多少 tok/s 才行": the rate a price needs is asked, not the cost per token
_RATE_NEEDED = rx.compile(r"多少\s*(?:个)?\s*(?:tok|token)s?\s*/\s*s\s*才|"
                          r"what (?:tok|token)s?\s*/\s*s(?:\s*/\s*gpu)? (?:do|would) (?:we|i|you) need|"
                          r"要多少\s*(?:tok|token).{0,6}才(?:行|能|够)|"
                          r"how many tok\w*\s*/\s*s (?:do|would) (?:we|i|you) need")


def _period_words(r: Reading) -> None:
    """"… monthly power?", "$ per year at 6 cents", "电费每月多少": a bill's period said as a
    word. Only in a cost or power question without a duration or a growth already."""
    p, t = r.params, r.t
    if "days" in p or GROWS.intersection(p) or not (KW["power"].search(t) or KW["cost"].search(t)
                                                     or re.search(r"gpu[- ]?hours?|卡时|gpu\s*小时", t)):
        return
    covered = Covered(len(t), [(s.start, s.end) for s in r.stated] +
                      [(pa, pb) for _, _, pa, pb, _ in r.pending])
    for unit, pat in _PERIOD_ADVERB:
        if unit == "day" and _OTHER_PERIOD.search(t):
            continue                         # "the daily bill … and for a month?": the month
        for m in pat.finditer(t):
            if re.fullmatch(r"(?:last|past|this) month|上个?月|这个月|本月", m.group()) \
                    and re.search(r"\d\s*(?:天|日|days?|weeks?|周|个月|months?)", t):
                continue                     # ("本月GPU费用分摊 … 按31天算": the days said are the period)
            if not covered.covers(m.start()):
                r.add("days", units.convert(1, unit, "day"), m.start(), m.end())
                if unit == "day":
                    # "每天电费" asks for the bill, "每天耗电多少度" for the energy
                    if re.search(r"电费|bill|cost|spend|钱|成本|开销|支出|费用|opex|花", m.group()):
                        if KW["power"].search(m.group()):
                            p["asks_bill"] = True
                    elif m.group().startswith("how much") and any(
                            k in p for k in ("electricity_usd_per_kwh", "electricity_cny_per_kwh")):
                        p["asks_bill"] = True    # (the money a day, at the power's price stated)
                    elif KW["power"].search(m.group()):
                        p["asks_kwh"] = True
                elif KW["power"].search(t) and not _ASKS_ENERGY.search(t):
                    p["asks_bill"] = True    # "… monthly power?": the power's bill for it
                return


_FULL_TIME = rx.compile(r"(?<![\d.])(?:24\s*/\s*7|24\s*[x×*]\s*7|7\s*[x×*]\s*24)(?!\d|\.\d)|"
                        r"\baround the clock\b|\bfull[- ]load\b|满载|满负荷|全天候|"
                        r"全天\s*(?:跑|运行|运转|开机|在跑|不停)|24\s*小时\s*(?:不停|运行|运转|开机|在跑|挂着|开着|跑着|在线)")


def _full_time(r: Reading) -> None:
    """"24/7", "满载", "around the clock": busy all the time, i.e. utilization 100%."""
    if "utilization" in r.params or _UTIL_STATED.search(r.t):
        # ("交易反欺诈7x24 … 利用率按60%": the service runs around the clock, its cards at the share stated)
        return
    m = _FULL_TIME.search(r.t)
    if m:
        r.add("utilization", 1.0, m.start(), m.end())


_UTIL_STATED = rx.compile(r"(?:利用率|负载率|utili[sz]ation|\butil\b)[^,，。;；\d]{0,8}\d|"
                          r"\d\s*%\s*(?:utili[sz]|util\b|利用率)")


_ASKS_MAX_MODEL = rx.compile(r"多大的?(?:模型|参数)|最大(?:能跑|可以跑|能放)?(?:多大|多少参数)?的?模型|"
                             r"how (?:big|large) (?:a |of a )?model|(?:largest|biggest) model|"
                             r"max(?:imum)? model size|how many (?:params|parameters) (?:fit|can)")
_ANNUAL = rx.compile(r"\bannual(?:ly)?\b(?! growth| rate| increase)|\byearly\b(?! growth| rate| increase)|"
                     # ("按每卡每小时14元、出租率70%算年收入": a year's income, rent or power bill)
                     r"(?<![\d一二两三四五六七八九十几多每半去今明])年(?:收入|营收|租金收入|租金|电费|利润|成本|花费)|"
                     r"\bper annum\b|\bp\.a\.|\ball year(?: long| round)?\b|"
                     r"\byear[- ]round\b")
# (not "a quarter of kernel work", "a quarter of the budget": a share of something; "a quarter of a year" is a
# period)
_A_QUARTER = rx.compile(r"\b(?:last|this|next|per|a|each|one|the past|the last)\s+quarter\b"
                        # (not "a quarter MW": a fraction of a power)
                        r"(?!\s+of\s+(?!a\s+year\b))(?!\s*(?:mw|gw|megawatts?|gigawatts?)\b)|"
                        r"上个?季度|本季度|这个季度|一个季度|每季度")
# "按每 1000 次调用", "每千次请求", "per 1,000 requests": a cost's basis in requests
_PER_N_REQUESTS = rx.compile(r"每\s*(?:[\d,]+\s*[千万]?|[百千万])\s*(?:次|份|篇|条|单|例|页|封)|"
                             # ("cost per 1,000 conversations … each convo is 5 turns": conversations of
                             # turns; "cost per 1,000 care-note summaries": the things named first)
                             r"\bper [\d,]+k? (?:[a-z]+-[a-z]+ |[a-z]+ )?"
                             r"(?:requests|calls|queries|conversations|"
                             r"convos|chats|sessions|tickets|tasks|messages|msgs|answers|replies|summaries|notes|"
                             r"reports|emails|documents|docs|letters|updates|drafts|descriptions)\b")
_MONTHLY_BILL = rx.compile(
    r"\bmonthly (?:power |electricity |energy |cloud |rental |gpu |api |token )?"
    r"(?:bill|cost|spend|revenue|income|sales)|"
    r"(?:bill|cost|spend|revenue)s? (?:per|a|each) month\b|"
    # ("报价每芯片每小时1.2美元，月成本多少": a month's cost, 每 not said)
    r"每个?月(?:的)?(?:电费|费用|成本|账单|收入|营收)|月电费|月收入|月账单|月度账单|月度(?:费用|成本|电费)|"
    r"(?<![\d一二三四五六七八九十两个])月(?:成本|费用|花费|租金)(?=\s*(?:多少|是多少|大概|约|要|得|[?？]))|"
    # "MWh/mo and $ at $0.08/kWh?": a month's energy
    r"\b[kmg]?wh\s*(?:/|per|a)\s*(?:mo|month)\b|每月(?:耗电|用电)(?:量)?")
_ASKS_USERS = rx.compile(r"how many (?:daily |monthly |active |more )*(?:" + ONE_USER
                         + r"s|people|ppl\b|folks\b|dau\b)|"
                         # "how many llama 3 8b users could that serve": the model's users ("how many
                         # concurrent users": streams, asked elsewhere)
                         r"how many (?:(?!(?:for|to|of|with|serving|serve|support|at|gpus?|cards?|"
                         r"concurrent|simultaneous|parallel|active)\b)[#\w.-]+ ){1,3}?"
                         r"(?:" + ONE_USER + r"s|people)\b"
                         r"(?=[^.?!;]{0,30}\b(?:serve|support|handle|carry|cover)\b)|"
                         r"\bserves? (?:more|the most|fewer|most) (?:users|people)|"
                         r"(?:服务|支撑|支持)(?:的)?(?:用户|人)更多|能(?:服务|支撑|支持)更多(?:用户|人)|"
                         r"多少(?:个|名|位|辆|台)?(?:日活|月活)?(?:用户|人(?!民币)|学生|老师|医生|律师|作者|写手|车|辆车|台车|员工|研究员|"
                         # ("能覆盖多少老人", "够多少家属用": any people counted)
                         r"老人|长者|家属|住客|客人|顾客|客户|会员|患者|居民|员工|玩家|粉丝)"
                         r"(?!\s*(?:同时|并发))|多少(?:个)?(?:日活|月活)|多少\s*(?:个)?\s*(?:dau|mau)\b")
ONE_GPU = rx.compile(r"(?<![a-z])a single (?:\d+\s*gb\s*)?(?:card|gpu|chip|accelerator)\b|"
                      r"(?<![a-z])(?:(?:on|with|using|for|per|in) (?:an?|one|a single|single|my|our)|"
                      r"a single) #+"
                      r"(?!\s*(?:#|&|servers?|nodes?|box(?:es)?|machines?|racks?|clusters?|pods?|fleets?|farms?))|"
                      r"(?:单张|单卡|一张|一块|单块|每张|每块|每卡)(?:卡)?\s*#+(?!\s*&)|"
                      # "L40S 单卡放得下吗": the card, then one of it
                      r"#+\s*(?:的)?\s*(?:单卡|单张卡?|一张卡?)(?=\s*(?:就|能|可以|可|放|装|跑|部署|上|够))|"
                      # "gemma2 27b 上 L40S，FP8，单卡放得下吗": one of the card named before, said bare
                      r"(?<=[，,;；\s])(?:单卡|单张卡)(?=\s*(?:就|能|可以|可|放|装|跑|部署|够))")
_TOKENS_PER_KWH = rx.compile(r"(?:一|每)\s*度电\s*(?:能|可以)?\s*(?:生成|产出|跑出|出|输出)?\s*"
                             r"多少(?:个)?\s*token|"
                             r"(?:一|每)\s*度电[^,，。?？]{0,40}?(?:生成|产出|跑出|出|输出)\s*多少(?:个)?\s*token|"
                             r"tokens? (?:per|a|/|for (?:a|one|each)) ?[km]wh|per [km]wh.{0,12}tokens?|"
                             r"(?:each|every|one|a|per) mwh\b.{0,30}tokens?|每兆瓦时.{0,12}token")
# ("tokens per MWh", "how many tokens does each MWh turn into": the same, a thousand kWh at a time)
_PER_MWH = rx.compile(r"\bmwh\b|兆瓦时")
# a deal asked of cards bought to run a model: "which is the better deal?", "哪个更划算"
_BETTER_DEAL = rx.compile(r"\b(?:better|best|good|great) (?:deal|value|buy)\b|"
                          r"\bbang for (?:the |your |my |our )?bucks?\b|更划算|哪个划算|哪个更值|更值")
# (not "7.2 per dollar": a rate)
_PER_DOLLAR = rx.compile(r"(?:flops|tflops|pflops|compute|算力)\s*(?:per|/|a|每)\s*"
                         r"(?:dollar|\$|usd|美元|块钱|元|yuan|rmb|¥)|性价比|"
                         # ("每PFLOPS分别多少美元", "dollars per PFLOPS", "单位算力成本": the price of a unit
                         # of compute)
                         r"每\s*(?:p|t|e)?flops\s*(?:分别)?\s*(?:多少|几)\s*(?:钱|美元|元|美金)|单位算力成本|"
                         r"\b(?:dollars?|\$|usd|cost)\s*(?:per|/|a)\s*(?:p|t|e)?flops\b|"
                         # ("the capex per unit of bf16 training compute", "cost per PFLOP/s", "$ per unit of
                         # compute": the price of a unit of compute, said in words)
                         r"\b(?:capex|cost|price|dollars?|\$|usd)\s*(?:per|/|for each)\s*(?:unit of\s+|p|t|"
                         r"e)?"
                         r"(?:(?:dense\s+)?(?:bf16|fp16|fp8|fp4|int8)\s+)?(?:training\s+|dense\s+)?"
                         r"(?:compute|flop/?s|flops)\b|"
                         r"\bwhat (?:does|do|would|will) (?:a|one|1)\s*(?:p|t|"
                         r"e)flop/?s\b[^?.;]{0,40}\bcost\b|"
                         # "同样算力哪个更便宜": the price of the same compute
                         r"同样(?:的)?算力(?:下)?\s*哪个更?(?:便宜|划算)|"
                         # (not "rate 22.8 CZK per dollar", "35 baht per dollar": an exchange rate)
                         r"(?<!\d )(?<!\d)(?<!rmb )(?<!yuan )(?<!cny )(?<!\d [^\W\d]{2} )(?<!\d [^\W\d]{3} )"
                         r"(?<!\d [^\W\d]{4} )(?<!\d [^\W\d]{5} )(?<!\d[^\W\d]{2} )(?<!\d[^\W\d]{3} )"
                         r"per dollar|每美元|"
                         # "cheaper per PFLOP": the price of the compute, the same ratio turned over
                         r"(?:cheaper|cost|price|dollars?|\$)\s*(?:per|/|a)\s*(?:[tpe]?flop|[tpe]flops?)\b|"
                         r"每(?:p|t|e)?flops?(?:的)?(?:价格|成本)|(?:算力|每p)(?:的)?单价")
_MEMORY_PER_DOLLAR = rx.compile(r"\b(?:vram|memory|hbm|gb)\s*(?:per|/|a|for the)\s*"
                                r"(?:dollar\b|\$|usd\b|buck\b)|"
                                r"(?:显存|内存)\s*(?:per|/|每)\s*(?:美元|块钱?|元|dollar)|每(?:美元|块钱?)(?:的)?(?:显存|vram)")
_PERF_PER_DOLLAR = rx.compile(r"\bperf(?:ormance)?\s*(?:/|per)\s*(?:\$|dollar\b|usd\b)")
# at the same time, said in words ("how many members can chat at once")
_AT_ONCE = r"\b(?:at once|at the same time|simultaneously|concurrently)\b"
_ASKS_CONCURRENT = rx.compile(r"how many (?:concurrent|simultaneous|parallel)|(?:concurrent|simultaneous) "
                              r"(?:users|streams|sessions|requests) (?:can|could|does|do|will)|"
                              # ("how many members can chat at once", "how many chats at the same time")
                              r"\bhow many (?:chats|convos|conversations|sessions|streams|users|members|"
                              r"people|customers|clients|students)\b[^.?!]{0,30}?" + _AT_ONCE + r"|"
                              # ("how many AI game masters at once could it run": whatever is run, at once)
                              r"\bhow many (?!(?:more\s+)?(?:gpus?|cards?|servers?|nodes?|boxes|chips?|"
                              r"accelerators?|"
                              r"racks?|machines|instances|replicas|of)\b)(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b[^.?!\d]{0,30}?"
                              + _AT_ONCE + r"|"
                              r"max(?:imum)? (?:concurrency|concurrent)|多少(?:路|个)?并发|几(?:路|个)并发|"
                              r"并发(?:能|可以)?(?:有|达到)?多少|同时(?:服务|支持|处理|跑|运行)?多少|"
                              # ("高峰最多能扛多少人同时聊": how many people at once)
                              r"(?:扛|撑|支持|服务|接待)(?:得住)?\s*多少\s*(?:个|位|名)?\s*(?:人|用户|客人|会话)\s*同时|"
                              r"max(?:imum)? batch(?: size)?|最大\s*batch|what (?:max(?:imum)? )?batch|"
                              r"which batch|batch (?:size )?(?:per replica )?(?:keeps|stays|meets|holds)|"
                              r"多大\s*(?:的)?\s*batch|"
                              r"batch\s*(?:size)?\s*(?:最多|最大)?\s*(?:能|可以)?\s*(?:开|设|到)?\s*多大|"
                              # "how many 2k-token sessions fit", "能放多少个 8k 的请求": sequences that fit
                              r"how many (?:[\w.-]+[- ]token )?(?:sessions|sequences|requests|conversations|"
                              r"streams|chats|users) (?:fit|can (?:fit|i hold|we hold)|could fit)|"
                              r"(?:能|可以)?(?:放|装|塞|容纳)(?:得?下)?多少(?:个|路)?\s*(?:\d+[kK]?\s*(?:token)?\s*的?)?"
                              r"\s*(?:会话|序列|请求|对话|并发|上下文)")
# "每张卡能撑几个 32k 的长会话", "128k 上下文能并发几个会话": sessions of that length that fit
_ASKS_SESSIONS = rx.compile(r"(?:撑|扛|放|并发|跑)\s*(?:几|多少)\s*(?:个|路)[^,，。？?]{0,12}"
                            r"(?:会话|请求|对话|序列)|同时(?:服务|支持|跑)\s*(?:几|多少)\s*(?:个|路)\s*(?:人|用户|会话)")
_PERIOD_WORDS = {"半年": 6.0, "年": 12.0, "季度": 3.0, "个月": 1.0, "月": 1.0, "year": 12.0,
                 "month": 1.0, "quarter": 3.0, "half year": 6.0, "half-year": 6.0,
                 "six months": 6.0, "two years": 24.0, "decade": 120.0}
_DOUBLING_WORDS = rx.compile(
    r"每(?P<unit>半年|年|季度|个月|月)\s*(?:就|都)?\s*(?:翻一番|翻倍|翻番|翻了一番)"
    r"|doubl\w*\s+(?:every|each|a|per)\s+(?P<unit2>year|month|quarter|half[- ]year|six months|"
    r"two years|decade)")
