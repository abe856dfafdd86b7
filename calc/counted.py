"""Counts of things the vocabulary does not list by name.

The role table knows users, seats, employees, devices … and queries, requests, tickets … by their
words; but a population can be of anything ("2,500 agronomists", "50M farmers", "检索人员共120名") and
so can a request ("35 threads/day each", "~30 reports/day", "每天生成6份纪要", "每天 50万 张"
images). These are read by their shape instead of their word:

- a count of a plural noun (or of 名/位 in Chinese) that a per-person rate refers to ("each",
  "per farmer", "每人", or a rate per user stated) is the population, when none is stated;
- a count said per day ("/day", "a day", 每天 … 份/封/篇/条/景/张/首) is the day's requests: each
  person's where the population is stated or "each"/每人 says so, else the whole day's; said per
  second, a rate ("120 generations/sec");
- requests counted per item of a stated count are each item's ("6M orders a day, 1.5 chats per
  order", "18k alerts/day, 3 LLM calls per alert");
- and a few neighbours of these: "每个日活一天问 4 次" (the day a count is per), "16 donated GPUs",
  "张量并行4卡一组", "each worker generates 20k tokens/day" (one person's tokens).

Nouns that are units or things measured elsewhere (tokens, GPUs, hours, dollars …) are never read
so: their own rules read them, or they stay named as unused.
"""

from __future__ import annotations

import re

from calc import rx
from calc.stated import Reading, Stated
from calc.vocabulary import ONE_USER_ZH, SHOP_NOUNS_ZH, SITE_NOUNS, SITE_NOUNS_ZH

# words that are not a population nor a request, whatever their count
_NOT_COUNTED = frozenset("""
tokens toks tok words characters chars letters pages lines bytes gpus cards chips accelerators servers nodes
boxes racks cabinets rigs instances replicas hours hrs days weeks months years minutes mins seconds secs
dollars bucks cents kwh mwh watts units epochs runs layers params parameters experts heads sites regions
steps samples shards languages turns times percent points cores models sequences batches
billions millions thousands trillions ms tb gb mb pb kw mw gw flops tflops pflops
""".split())
# a count and a plural noun after it: "2,500 agronomists", "1M farmers", "35 threads"
# (letters of any script but CJK: "1.2M résumés"; two before the s: "90k JDs")
# ("1,200 design + DV engineers": two kinds joined before the noun)
# (or in words: "two thousand-odd berth holders")
_NOUN_COUNT = re.compile(r"(?:[~≈]?\s*\$?[\d.,]+\s*(?:[kmb]|mn|mln|bn)?|"
                         r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
                         r"seventy|eighty|ninety|a)[- ])+(?:hundred|thousand|million)(?:-(?:ish|odd))?)\s+"
                         r"(?:[a-zà-ÿ]+(?:\s*[+&/]\s*|[- ])){0,3}?"
                         # (not "order-status texts" counted as statuses: a singular ending in s is no plural)
                         r"([a-zà-ÿ]{2,}s)(?<!ss)(?<!status)(?<!campus)(?<!corpus)(?<!bonus)(?<!virus)(?<!sis)\b"
                         # ("~15,000 charter parties and emails per day": a second noun counted with it)
                         r"(?:\s+(?:and|or|&|\+)\s+[a-zà-ÿ]{2,}s\b)?")
# a vague count in words, put exactly after it ("a few hundred dispatchers, call it 300",
# calc/readings.vague_called)
_CALLED_COUNT = re.compile(r"(?:an?\s+)?(?:few|couple(?:\s+of)?|several|many|dozens?|hundreds?|thousands?)"
                           r"(?:\s+(?:hundred|thousand|million|dozen))*\s+(?:of\s+)?"
                           r"(?:[a-zà-ÿ]+[- ]){0,2}?([a-zà-ÿ]{2,}s)\b")
# (a count in digits or in Chinese numerals: "3000名", "三千来个工艺工程师")
_ZH_NUM = r"(?:[\d.,]+|[零〇一二两三四五六七八九十百]+)"
_ZH_PEOPLE = re.compile(r"^" + _ZH_NUM + r"\s*[千万亿]?\s*(?:名|位)(?![次数])")
# ("… per day, each ~3,000 input tokens": each one's length, not each person)
# ("~300 editors in total, each")
_EACH_AFTER = rx.compile(r"(?:\s+(?:in total|total|altogether|in all|overall))?"
                         # ("40k skiers on a holiday weekend, each …": when, said between)
                         r"(?:\s+(?:on|in|at|during|over)\s+(?:a|an|the|our|busy|peak)?\s*[a-z]+(?:\s+[a-z]+)?"
                         r"(?=\s*[,，]\s*each\b))?"
                         # ("1,400 paramedics on an ePCR narrative assistant. Each writes ~6 reports a day")
                         # (a verb after "Each": not "5 lakh audits a day. Each audit ~3k tokens in")
                         r"(?:[^.;?!\d]{0,60}[.;]\s+"
                         r"(?=each\s+(?:one\s+|of them\s+|person\s+)?(?!of\b)[a-z]+s\s+"
                         r"(?:~|about|around)?\s*\d))?"
                         r"\s*[,，?？]?\s*(?:(?:who|that|which)\s+)?(?:each|every one|apiece|per head)\b"
                         r"(?!\s*(?:of (?:them|those) )?(?:is |has |with |at )?[~≈]?\s*(?:about |around )?"
                         r"\d)"
                         # (nor "200 lessons a day, each writeup ~400 words": each item's length)
                         r"(?!\s+[a-z]+(?<!s)(?<!ing)\s*[~≈]?\s*(?:about |around |like )?\d[\d.,]*\s*k?\s*"
                         r"(?:words?|tokens?|toks?|characters?|chars?|pages?|lines?|sentences?)\b)")
# "30,000 tenants doing 4 chats a day", "8k clinicians sending ~12 notes/day": the people before, each
# doing the day's count of things after (checked against _ITEMS: not "30 racks drawing 40 kW a day")
_DOING_AFTER = rx.compile(r"\s*[,，]?\s*(?:(?:who|that)\s+)?(?:(?:each|all)\s+)?"
                          r"(?:do|doing|does|make|making|makes|send|sending|sends|ask|asking|asks|run|running|runs|have|having|has|submit|submitting|"
                          r"submits|generate|generating|generates|open|opening|opens|start|starting|starts|file|"
                          r"filing|files|fire off|firing off|fires off|average|averaging|averages|with)\s+"
                          r"(?:about |around |roughly |maybe |like )?[~≈]?\s*[\d.,]+\s*k?\s+([a-z]+)\s*"
                          r"(?:/\s*day\b|a day\b|per day\b|each day\b|every day\b|daily\b)")
_PER_PERSON_PARAMS = ("queries_per_user", "tokens_per_user_day", "usd_per_user_month", "cny_per_user_month")
# a count of a Chinese noun ("80万骑手", "5万个企业HR账号"): not of cards, money, time or requests
_ZH_NOUN_COUNT = re.compile(_ZH_NUM + r"\s*[千万亿]?\s*(?:个|名|位)?\s*"
                            r"((?![张台块卡元度天年月周次份封篇条景幅单帧轮万亿千百美刀瓦兆秒分小时倍成])[\u4e00-\u9fff]{2,6})")
_ZH_PLACE = rx.compile(r"(?:地市|地级市|区县|县市?|省份?|城市|分公司|办事处|" + SITE_NOUNS_ZH + ")")
_ZH_PER_PERSON = rx.compile(r"每人|每位|每名|人均|每个人|每户")
# people counted right after a number: "每天2000个客户来咨询"
_ZH_PEOPLE_AFTER = rx.compile(r"\s*(?:个|名|位)\s*"
                              r"(?:客户|用户|顾客|学生|患者|病人|访客|居民|员工|会员|司机|骑手|玩家|"
                              r"乘客|游客|市民|家长|老师|医生|律师|坐席|客人)")
# a count said per day: "35 threads/day", "~30 reports a day", "20 drafts per day"
_PER_DAY_AFTER = rx.compile(r"\s*(?:/\s*(?:day|d)\b|(?:a|per|each|every)\s+day\b|daily\b|"
                            r"/\s*(?:seat|user|person|head|[a-z]+)\s*/\s*day\b|"
                            # "12 intros per listener per day": each one's
                            r"(?:per|each|a)\s+(?:seat|user|person|head|[a-z]+)\s+(?:per|a|each)\s+day\b)")
# a count said per second: "120 generations/sec", "3.5k moderation calls per second"
_PER_SECOND_AFTER = rx.compile(r"\s*(?:/\s*s(?:ec(?:ond)?)?\b|per (?:second|sec)\b|an? (?:second|sec)\b)")
# Chinese counters of a document, message or image: "每天生成6份纪要", "每天 50万 张", "3万 景"
# (not "每天要12张H100": cards, the card named right after)
# ("每天生成30万个标题", "每天2万个商品描述": texts written, counted with 个)
_ZH_THING = rx.compile(r"\s*(?:封|份|篇|条|景|幅|单|张(?!\s*(?:卡|#|[a-z]+\d))|帧|首|段|集|章(?![程节])|"
                       r"道(?:题)?|"
                       r"个\s*(?:标题|文案|商品描述|描述|摘要|回复|评论|帖子|脚本|剧本|故事|邮件|答复))")
# ("一天批改30万篇作文": any verb of two or three characters between)
_COUNT_AFTER_DAY = rx.compile(r"\s*(?:平均|大概|大约|约|各)?\s*(?:[\u4e00-\u9fff]{1,3}?)?\s*"
                              r"(?:平均|大概|大约|约)?\s*[\d.,]+\s*[千万]?\s*(?:次|份|封|条|篇|张|轮|个问题)")
# "each knowledge worker generates …", "per seat …", "每人每天 …": what follows is one person's
# (an aside in brackets between: "each employee (about 6,500 people) burns 20k tokens a day")
_ASIDE = r"(?:[^.;,\d(]|\([^()]{0,30}\))*"
_EACH_ONE_BEFORE = rx.compile(r"\b(?:each(?:\s+one|\s+of\s+(?:them|those|these|us))?|every\s?one)\s+"
                              r"(?:uses?|consumes?|burns?|generates?|needs?|gets?|receives?)\b"
                              + _ASIDE + r"$|"
                              # ("Each of my 12 staff uses the AI helper for maybe 5,000 tokens a day")
                              r"\beach\s+of\s+(?:my|our|the|their|those|these)\s+(?:[\d,.]+\s*[km]?\s+)?"
                              r"[a-z]+(?:\s+[a-z]+)?\s+(?:uses?|consumes?|burns?|generates?|needs?|gets?)\b"
                              + _ASIDE + r"$|"
                              r"\b(?:each|every|per)\s+(?:[a-z]+\s+)?(?:user|seat|person|head|worker|"
                              r"employee|member|agent|dev|developer|engineer|analyst|lawyer|student|customer|rep|"
                              r"bot|robot|device|vehicle|car|drone|camera|terminal|guest|visitor|client|patron|"
                              r"shopper|caller|resident|player|patient|subscriber|reader|viewer|rider|"
                              r"passenger|fan)\b" + _ASIDE + r"$|"
                              r"(?:每人|每个人|每位|每名|每个用户|人均|每户|每家)[^。；;，,\d]*$")
_ALL_OF_IT = rx.compile(r"\s*(?:of\s+(?:output|text|chat|conversation)\s+)?(?:in\s+)?"
                        r"(?:total|all told|altogether)\b")
_CONVERSATIONS = rx.compile(r"\b(?:chats?|conversations?|convos?|sessions?|dialog(?:ue)?s?)\s+"
                            r"(?:per|/|each|for|every|a)\b")
# the item a rate is per: "… chats per order", "… calls per alert", "… /delivery"
_PER_ONE = re.compile(r"(?:\s+[a-z-]+){0,4}?\s*(?:per|/|each|for each|for every|every|a|an)\s*"
                      r"([a-zà-ÿ]{2,})\b")
_GROUP_AFTER = re.compile(r"\s*(?:张|块)?\s*卡\s*(?:为|做|组成)?\s*(?:一组|一个副本|一套|一个实例)")
# "16 donated GPUs", "4 spare cards": one word between a count and its cards (not "in 2028 how many GPUs")
_CARDS_COUNT = re.compile(r"[~≈]?\s*[\d.,]+\s*(?:[kmb]|mn|bn|mln)?\s+"
                          r"(?!how\b|many\b|more\b|the\b|of\b|to\b|for\b|and\b)[a-z]+\s+"
                          r"(?:gpus|cards|chips|accelerators)\b")
_FEW_CARDS_THEN = rx.compile(r"\b(?:a few|a couple(?: of)?|some|several|a handful of|a bunch of|a pile of|"
                             r"a stack of)\s+#+s?(?![#\w])[^.?!;#\d]{0,60}?[,(—–-]\s*"
                             r"(?:like|say|maybe|probably|prob|"
                             r"prolly|about|around|roughly|~|\s)*$")
# ("每天五千张": the number in Chinese numerals too)
_ZH_NUMBER = re.compile(r"[\d.,]+\s*[千万亿]?|[零一二两三四五六七八九十百千万亿]+")
_ZH_PER_DAY_BEFORE = rx.compile(r"(?:每天|每日|一天|日均|每个工作日)[^，,。；;？?！!]{0,10}$")
# ("每个主播每天平均生成40段话术": any one of those counted as users, each)
_ZH_EACH_BEFORE = rx.compile(r"(?:每人|每位|每名|每个(?:日活)?(?:用户|人|会员|学生|员工|客户|司机|骑手|老师)|"
                             r"(?:每个?|每位|每名)" + ONE_USER_ZH + r"|"
                             # ("一个作者每天更新3章": one of them, each)
                             r"一(?:个|位|名)(?:作者|用户|学生|员工|客户|老师|会员)|"
                             # ("每张床每天平均生成2份": each bed's)
                             r"每张(?:病)?床(?:位)?|"
                             r"人均|各)"
                             r"[^，,。；;？?！!]{0,14}$")


def _plural(st: Stated, t: str) -> str | None:
    """The plural noun a count is of, in its span or just after it ("45,000 mailbox users")."""
    m = _NOUN_COUNT.match(t, st.start, st.end + 24)
    noun = m.group(1) if m else None
    return noun if noun and noun not in _NOT_COUNTED else None


def _after(st: Stated, t: str) -> int:
    """Where the words after a count and its noun start (a span may stop inside the noun: "1.2M r|ésumés")."""
    m = _NOUN_COUNT.match(t, st.start, st.end + 24)
    return max(st.end, m.end()) if m else st.end


def _noun_end(st: Stated, t: str) -> int:
    """Where a count's plural noun ends ("3 visits| per day", the span running on past it)."""
    m = _NOUN_COUNT.match(t, st.start, st.end + 24)
    return m.end() if m else st.end


def _free(st: Stated) -> bool:
    return st.param is None and st.note == "" and isinstance(st.value, float) and st.value >= 1


def singular(noun: str) -> str:
    """An English plural's singular, as counted nouns make it ("offices", "branches", "factories")."""
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def _per_item(r: Reading, t: str) -> Stated | None:
    """"40k growers … 8 reports per grower", "6M food orders a day, roughly 1.5 AI chats per order": requests
    counted per item of a stated count are each item's. Items said per day are the day's conversations, the
    rate their requests each (turns_per_session); else the items are counted like users, the rate each one's
    requests a day. Returns the items' span when they are read as users."""
    if "users" in r.params:
        return None
    for st in [s for s in r.stated if (_free(s) or (s.param in ("queries_per_day", "users") and s.note == ""))
               and isinstance(s.value, float) and s.value >= 10]:
        noun = _plural(st, t)
        if noun is None:
            continue
        one = singular(noun)
        rate = next((x for x in r.stated if x is not st and x.note == "" and isinstance(x.value, float)
                     and x.param in (None, "queries_per_user", "queries_per_day", "factor")
                     # (not "'$0.04 per call'": one call's cost, no count of calls)
                     and not re.search(r"[$¥￥€£]|\b(?:usd|rmb|cents?)\b|元", str(x.text).lower())
                     and (m := _PER_ONE.match(t, _after(x, t))) is not None and m.group(1) in (one, noun)),
                    None)
        if rate is None:
            continue
        # ("0.2 support chats per delivery, 8 turns per chat": conversations per item, each of its turns;
        # "6 msgs per ticket", "3 LLM calls per alert": the requests of one item)
        chats = _CONVERSATIONS.search(t, rate.start, _after(rate, t) + 40) is not None
        if (st.param == "queries_per_day" or _PER_DAY_AFTER.match(t, _after(st, t))) and not chats \
                and float(rate.value or 0) >= 1:
            # ("300k tickets/day, 6 msgs per ticket": the day's items, each that many requests, as before)
            if st.param != "queries_per_day":
                r.move(st, "queries_per_day")
            r.move(rate, "turns_per_session")
            return None
        items = r.move(st, "users")
        r.move(rate, "queries_per_user")
        return items
    return None


# the counter of a day's items said in Chinese ("日均6万通报案", "每天3万单", "每天2万份合同") and each item's
# turns said after it ("每通平均跟AI坐席来回10轮", "每单问3次")
_ZH_ITEM_COUNTER = rx.compile(r"\s*(?:多|来|余)?\s*(通|单|份|笔|场|个会话|次会话)")
_ZH_TURNS = rx.compile(r"\s*(?:轮|次)")
_ZH_SHOPS = rx.compile(r"家\s*" + SHOP_NOUNS_ZH + r"$")
# ("每天派单量8k单左右": the counter inside the count's span; "一天进线1200通": the day said before the count)
_ZH_COUNTER_INSIDE = rx.compile(r"[\d零〇一二两三四五六七八九十百千万]\s*[kK千万]?\s*(?:多|来|余)?\s*"
                                r"(通|单|份|笔|场)"
                                r"(?:左右|上下)?$")
_ZH_DAY_BEFORE = rx.compile(r"(?:每天|一天|每日|日均|天天)[^，,。；;\d]{0,6}$")


def _zh_turns_said(t: str, x: Stated) -> bool:
    """Whether a count's span ends with, or is followed by, its turns' counter ("6轮", "10 轮", "3次")."""
    return re.search(r"(?:轮|次)(?:对话|会话|问答|交互)?$", t[x.start:x.end]) is not None \
        or _ZH_TURNS.match(t, x.end) is not None


def _zh_turns_per_item(r: Reading, t: str) -> None:
    """"平常日均6万通报案，每通平均跟AI坐席来回10轮": the day's items (calls, orders, documents) counted with
    their counter, and the turns said of each one after it: each item that many requests
    (turns_per_session)."""
    if "turns_per_session" in r.params and "queries_per_day" in r.params:
        return
    # (a day's items read as one user's when no users are counted: "每天约1500通对话")
    # ("直播答疑每场大概15轮，每天五百多场": the turns read first as the day's, the items a second value)
    # ("我们一共四十六家店，每天订房聊天八千多通，每通聊五六轮": the shops counted are places, not people)
    shops = next((s for s in r.stated if s.param == "users" and s.note == ""
                  and _ZH_SHOPS.search(str(s.text))), None)
    for st in [s for s in r.stated if isinstance(s.value, float) and (
            (s.param == "queries_per_day" and s.note in ("", "duplicate"))
            or (s.param == "queries_per_user" and s.note == "" and ("users" not in r.params or shops))
            # ("400热线一天进线1200通左右 … 每通电话按6轮对话算": the day's calls, said after the day)
            or (s.param is None and s.note == "" and "queries_per_day" not in r.params
                and _ZH_DAY_BEFORE.search(t[max(0, s.start - 10):s.start])))]:
        unit = _ZH_ITEM_COUNTER.match(t, _after(st, t)) or _ZH_ITEM_COUNTER.match(t, st.end) \
            or _ZH_COUNTER_INSIDE.search(t, st.start, st.end)
        if unit is None:
            continue
        counter = unit.group(1).removeprefix("个").removeprefix("次")
        item_end = unit.end()
        # ("每场面试大概20轮问答，每天两千多场": the turns of each item may be said before the items)
        rate = next((x for x in r.stated if x is not st and (x.note in ("", "duplicate") or (
                         x.note == "items_count" and x.start < st.start))
                     and (x.start > st.end or re.search("每" + re.escape(counter) + r"[^，,。；;\d]{0,12}$",
                                                        t[max(0, x.start - 16):x.start]))
                     and isinstance(x.value, float)
                     and x.param in (None, "queries_per_user", "queries_per_day", "turns_per_session")
                     and 1 <= x.value <= 100
                     and _zh_turns_said(t, x)
                     and (re.search("每" + re.escape(counter) + r"[^，,。；;\d]{0,12}(?:\d+\s*[-~到至]\s*)?$",
                                    t[max(0, x.start - 16):x.start])
                          # ("每天约1500通对话，平均6轮": the turns said right after the items)
                          or re.fullmatch(r"\s*(?:对话|通话|会话|电话)?\s*[,，]\s*"
                                          r"(?:平均|每个?|约|大约|大概)*\s*",
                                          t[item_end:x.start]))),
                    None)
        if rate is not None:
            if rate.param != "turns_per_session":
                r.move(rate, "turns_per_session", note="")
            if shops is not None and st.param == "queries_per_user":
                if r.params.get("users") == shops.value:
                    r.params.pop("users", None)
                r.retag(shops, param=None, note="places")
            if st.param != "queries_per_day" or st.note != "":
                r.move(st, "queries_per_day", note="")
            return


_ZH_ONE_PERSON = rx.compile(r"(?:每|一)\s*(?:个|位|名)?\s*(?:客户|客戶|用户|人|客人|顾客|访客|家长|患者|"
                            r"病人|老人|学员|"
                            r"会员)[^，,。；;\d]{0,10}$")


def _zh_turns_per_person(r: Reading, t: str) -> None:
    """"每天咨询大概三四百个，一个客户平均来回聊8轮": the day's enquiries counted, no people, then one
    person's turns: each enquiry a conversation of that many requests (turns_per_session)."""
    if "turns_per_session" in r.params or "users" in r.params or "queries_per_day" not in r.params:
        return
    turns = next((x for x in r.stated if x.param in (None, "queries_per_user") and isinstance(x.value, float)
                  and 1 <= x.value <= 100 and re.search(r"轮(?:对话|会话|问答)?$", t[x.start:x.end])
                  and _ZH_ONE_PERSON.search(t[max(0, x.start - 24):x.start])), None)
    if turns is not None:
        r.move(turns, "turns_per_session", note="")


def _zh_turns_per_session(r: Reading, t: str) -> None:
    """"每个老人一天陪聊2次，每次大概8轮": each person's chats a day, then the turns of each chat (each turn a
    request)."""
    if "turns_per_session" in r.params or "queries_per_user" not in r.params:
        return
    times = next((x for x in r.stated if x.param == "queries_per_user" and x.note == ""
                  and str(x.text).endswith("次")), None)
    turns = next((x for x in r.stated if times is not None and x.param == "queries_per_user"
                  and x.note == "duplicate" and x.start > times.end and isinstance(x.value, float)
                  and str(x.text).endswith(("轮", "回合"))
                  and re.search(r"每次[^，,。；;\d]{0,8}$", t[max(0, x.start - 12):x.start])), None)
    if turns is not None:
        r.params["turns_per_session"] = float(turns.value or 0)
        r.retag(turns, param="turns_per_session", note="")


def _turns_of_the_basis(r: Reading, t: str) -> None:
    """"6 turns per ticket … Cost per 1k tickets?": the items a cost is asked per, each that many requests."""
    basis = next((s for s in r.stated if s.param == "per_requests" and s.note == ""), None)
    noun = _plural(basis, t) if basis is not None else None
    if noun is None or "turns_per_session" in r.params:
        return
    one = singular(noun)
    rate = next((x for x in r.stated if x.note == "" and _free(x) and isinstance(x.value, float)
                 and x.value <= 100
                 and (m := _PER_ONE.match(t, _after(x, t))) is not None and m.group(1) in (one, noun)), None)
    if rate is not None:
        r.move(rate, "turns_per_session", note="")


# "each chat ~8 turns", "every conversation is about 6 messages": a conversation's turns, said of each one
# ("40 enquiries a day, each one is a back-and-forth of about 8 messages": one of the items said before)
_EACH_CHAT = rx.compile(r"\b(?:each|every|per|a|one)\s+(?:chat|conversation|convo|session|call|dialog(?:ue)?|"
                        r"thread|one|"
                        r"interaction|ticket|lead|enquiry|inquiry|case)\s*(?:is|=|:|has|runs|takes|lasts|of)?\s*"
                        r"(?:(?:usually|typically|normally)\s+)?"
                        r"(?:an?\s+(?:back-and-forth|back and forth|conversation|exchange|thread|chat)"
                        r"\s+of\s+)?"
                        r"(?:about|around|roughly|~|maybe|like)?\s*$")
_TURNS_WORD = rx.compile(r"\s*(?:turns?|rounds?|exchanges?|messages?|msgs?|back-and-forths?)\b")


def _turns_per_each_chat(r: Reading, t: str) -> None:
    """"~120 new leads/day, each chat ~8 turns": the day's items (no users counted) are the day's
    conversations, the turns said of each chat their requests (the items had been one user's requests, the
    turns unused)."""
    if "users" in r.params or ("queries_per_day" in r.params and "turns_per_session" in r.params):
        return
    day = next((s for s in r.stated if s.note == "" and isinstance(s.value, float) and (
        s.param in ("queries_per_user", "queries_per_day")
        or (s.param is None and _ITEMS_A_DAY.match(t, s.end)))), None)
    rate = next((x for x in r.stated if day is not None and x.start > day.end and x.note == ""
                 and x.param in (None, "queries_per_user", "turns_per_session") and isinstance(x.value, float)
                 and 1 <= x.value <= 200
                 and (_TURNS_WORD.match(t, x.end) or re.search(r"\d\s*(?:turns?|rounds?|messages?|msgs?)$",
                                                             t[x.start:x.end]))
                 and (_EACH_CHAT.search(t[max(0, x.start - 40):x.start])
                      # ("50,000 citizen enquiries a day, about 6 turns each": the turns said of each item
                      # after)
                      or re.match(r"(?:\s*(?:turns?|rounds?|exchanges?|messages?|msgs?))?\s+(?:each|"
                                  r"apiece)\b",
                                  t[x.end:]))), None)
    if day is None or rate is None:
        return
    if day.param != "queries_per_day":
        end = m.end() if day.param is None and (m := _ITEMS_A_DAY.match(t, day.end)) else day.end
        r.move(day, "queries_per_day", end=end, text=r.norm.quote(day.start, end))
    if rate.param != "turns_per_session":
        r.move(rate, "turns_per_session", note="")


# the day said after items of any name: "~120 new leads/day", "40 intake calls a day"
_ITEMS_A_DAY = rx.compile(r"(?:\s+[a-z]+){0,2}?\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)(?:day|d)\b")


def _turns_per_own_item(r: Reading, t: str) -> None:
    """"35 engineers, 4 debriefs each a day, ~8 turns per debrief": each person's items a day (read as their
    requests), then the turns of each item said per it: the items stay each person's, the turns each item's
    requests (turns_per_session)."""
    if "turns_per_session" in r.params:
        return
    for st in [s for s in r.stated
               if s.param == "queries_per_user" and s.note == "" and isinstance(s.value, float)]:
        # ("each location does ~60 bookings a day": the things counted inside the span's words)
        inner = re.search(r"\d[\d.,]*\s*k?\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b", str(st.text).lower())
        noun = _plural(st, t) or (inner.group(1) if inner is not None else None)
        if noun is None:
            continue
        one = singular(noun)
        rate = next((x for x in r.stated
                     if x is not st and x.start > st.end and x.note in ("", "option", "duplicate")
                     and isinstance(x.value, float) and x.param in (None, "queries_per_user")
                     and re.match(r"\s*(?:turns?|rounds?|exchanges?|messages?|msgs?|requests?|calls?)\b",
                                  t[x.end:] if re.search(r"\d$", t[x.start:x.end]) else " turns")
                     and (((m := _PER_ONE.match(t, _after(x, t))) is not None and m.group(1) in (one, noun))
                          # ("each location does ~60 bookings a day, 6 turns each": each booking's turns)
                          or re.match(r"\s*(?:turns?|rounds?|exchanges?|messages?|msgs?)\s+each\b",
                                      t[x.end:] if re.search(r"\d$", t[x.start:x.end]) else " turns "
                                      + t[x.end:]) is not None)), None)
        if rate is not None:
            r.move(rate, "turns_per_session", note="")
            return


def read(r: Reading) -> None:
    """The population and the requests a question counts in nouns of its own, in this order."""
    t = r.t.lower()
    _day_is_the_basis(r, t)
    _corpus_in_tokens(r, t)
    _one_session_each(r, t)
    _sessions_and_turns(r, t)
    _turns_per_own_item(r, t)
    _turns_per_each_chat(r, t)
    _zh_turns_per_item(r, t)
    _zh_turns_per_person(r, t)
    _zh_turns_per_session(r, t)
    _turns_of_the_basis(r, t)
    population = _per_item(r, t)
    if "users" not in r.params and population is None:
        population = _population(r, t)
    _requests(r, t)
    _group_of_cards(r, t)
    _cards_and_rates(r, t)
    _per_person(r, t, population)
    _each_request(r, t)
    _machines_hourly(r, t)


# a machine's own rate an hour: "each one hits the cloud planner ~30x/hour", "每台车每小时调用20次"
_HOURLY = rx.compile(r"[~\d.,]+\s*(?:x|×|times|requests?|reqs?|calls?|queries|次)\s*"
                     r"(?:/\s*|per\s+|an?\s+|every\s+|each\s+)"
                     r"(?:hour|hr|h)\b|[~\d.,]+\s*次\s*/\s*(?:小时|时)")
_MACHINE_EACH = rx.compile(r"(?:\beach|\bevery|\bper)\s+"
                           r"(?:one|robot|amr|agv|vehicle|car|truck|device|camera|drone|arm|"
                           r"sensor|kiosk|terminal)\b|每台|每辆|每輛|每车|每車")
_MACHINES = rx.compile(r"\b(?:robots?|amrs?|agvs?|vehicles?|cars|trucks|devices|cameras|drones|arms|sensors|"
                       r"kiosks|"
                       r"terminals|robotaxis?)\b|机器人|機器人|车队|車隊|台车|辆车|无人车|设备|設備")


def _machines_hourly(r: Reading, t: str) -> None:
    """"fleet of 12k AMRs … each one hits the cloud planner ~30x/hour": a machine's requests an hour are its
    day's, round the clock (x24; machines do not sleep; said in the answer)."""
    if "queries_per_user" in r.params or not _MACHINES.search(t):
        return
    people = next((s for s in r.stated if s.param == "users" and s.note == ""
                   and _MACHINES.search(str(s.text).lower())), None)
    if people is None:
        return
    for st in r.stated:
        if st.param == "queries_per_day" and st.note == "" and isinstance(st.value, float) \
                and re.search(r"每小时|每小時|per hour|an hour|/\s*(?:hour|hr|h)\b", str(st.text).lower()) \
                and _MACHINE_EACH.search(t[max(0, st.start - 12):st.start + 4]):
            # ("每台车每小时调用20次": read as the day's requests of all, x24 already; each car's)
            r.move(st, "queries_per_user")
            r.params["hourly_round_clock"] = float(st.value) / 24
            return
        if st.note != "" or not isinstance(st.value, float) or st.param not in (None, "factor", "qps") \
                or not _HOURLY.match(t, st.start) \
                or not _MACHINE_EACH.search(t[max(0, st.start - 40):st.start]):
            continue
        hourly = _HOURLY.match(t, st.start)
        assert hourly is not None
        r.move(st, "queries_per_user", value=float(st.value) * 24, end=max(st.end, hourly.end()),
               text=r.norm.quote(st.start, max(st.end, hourly.end())))
        r.params["hourly_round_clock"] = float(st.value)
        return


_BETWEEN = rx.compile(r"\s*(?:[(（][^)）]{0,24}[)）])?\s*[,，]?\s*")


def _each_request(r: Reading, t: str) -> None:
    """"3,000 queries per second (average), each generating 250 output tokens": "each" after a count of
    requests is each request's length, not each user's day."""
    for st in [s for s in r.stated if s.param == "tokens_per_user_day" and s.note == ""
               and t.startswith("each", s.start)]:
        load = next((s for s in r.stated if s.param in ("qps", "queries_per_day") and s.note == ""
                     and _BETWEEN.fullmatch(t[s.end:st.start])), None)
        if load is not None and "output_tokens" not in r.params \
                and not re.search(r"(?:a|per|/|each)\s*day|daily", t[st.end:st.end + 12]):
            r.move(st, "output_tokens")


# a count of documents restated in tokens right after it: "5000万条脱敏病历（约300亿token）", "2M papers (~20B
# tokens)"
_TOKENS_RESTATED = rx.compile(r"[^,，。;；\d]{0,8}?\s*[(（]\s*(?:约|大约|大概|~|≈|about|around|roughly)?\s*"
                              r"[\d.,]+\s*"
                              r"(?:[万亿kmbt]|bn|billion|million|trillion)*\s*(?:个)?\s*(?:tokens?|toks?)(?![a-z])"
                              # ("12 moderated items/day (300 tokens in, 10 out)": each item's length)
                              # ("5 summaries (~2,000 tok article in, 120 tok out)": a word or two between)
                              r"(?!\s*(?:[a-z]+\s+){0,2}(?:in|out|input|output|prompt|each|per|apiece)\b|\s*/)")


def _corpus_in_tokens(r: Reading, t: str) -> None:
    """"用5000万条脱敏病历（约300亿token）做继续预训练": a corpus counted in documents and then in tokens is
    the tokens; the count of documents is no day's load (it is named as not used)."""
    for st in [s for s in r.stated if s.param in ("queries_per_day", "queries_per_user", "users")
               and s.note == ""
               and _TOKENS_RESTATED.match(t, s.end)]:
        if r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        r.retag(st, param=None, note="corpus_count")


def _day_is_the_basis(r: Reading, t: str) -> None:
    """"每个日活一天问 4 次": the day a count is per, not a period of one day."""
    for st in [s for s in r.stated if s.param == "days" and s.value == 1 and s.note == ""
               and str(s.text) in ("一天", "一日") and _COUNT_AFTER_DAY.match(t, s.end)]:
        r.stated.remove(st)
        if r.params.get("days") == 1 and not any(x.param == "days" and x.note == "" for x in r.stated):
            del r.params["days"]
    # (a duration's role waits for the intent: the same day, not yet a stated span)
    r.pending = [q for q in r.pending
                 if not (t[q[2]:q[3]] in ("一天", "一日") and _COUNT_AFTER_DAY.match(t, q[3]))]


# "平均每天2次出行，每次出行说4句话": the occasions a count is of (its noun after 次), then each one's asks
_ZH_OCCASION = re.compile(r"\s*次\s*([\u4e00-\u9fff]{2,4}?)(?=[，,。；;、\s]|$)")


_ONE_SESSION_EACH = re.compile(r"\b(?:one|a single|1)\s+"
                               r"(?:convo|conversation|chat|session|visit|call|booking)\s+"
                               r"(?:each|apiece|per (?:customer|user|person|head|day))\b")


def _one_session_each(r: Reading, t: str) -> None:
    """"~10,000 customers a day, one convo each, 6 turns": one conversation each, its turns the requests (the
    "one" no number read, not dropped)."""
    m = _ONE_SESSION_EACH.search(t)
    if m is None or "users" not in r.params or "turns_per_session" in r.params or r.stated_at(m.start()):
        return
    rate = next((x for x in r.stated if x.param in (None, "queries_per_user") and x.note == ""
                 and x.start > m.end()
                 and isinstance(x.value, float) and 1 < x.value <= 100
                 # (its turns word after the number, or inside a span that runs past it)
                 and (not re.search(r"\d$", t[x.start:x.end]) or _TURNS_WORD.match(t, x.end))), None)
    if rate is None:
        return
    r.move(rate, "turns_per_session", note="")
    r.add("queries_per_user", 1.0, m.start(), m.end())


def _sessions_and_turns(r: Reading, t: str) -> None:
    """"450k cars, avg 2.3 drives per day, 5 utterances per drive", "每天2次出行，每次出行说4句话": where the
    population is stated, a count of occasions a day is each one's sessions (queries_per_user), and the
    requests counted per occasion are each session's turns."""
    if "users" not in r.params and "concurrent_users" not in r.params:
        return
    for st in [s for s in r.stated if (_free(s) or s.param == "queries_per_user") and s.note == ""
               and isinstance(s.value, float) and 0 < s.value <= 100]:
        zh = _ZH_OCCASION.match(t, m.end()) if (m := _ZH_NUMBER.match(t, st.start)) else None
        noun = _plural(st, t) if zh is None else None
        if zh is not None:
            per_one = "每(?:一)?次" + re.escape(zh.group(1)) + r"[^，,。；;\d]{0,6}$"
            if not _ZH_PER_DAY_BEFORE.search(t[max(0, st.start - 14):st.start]):
                continue
            rate = next((x for x in r.stated if x is not st and x.start > st.end
                         and x.param in (None, "queries_per_user") and isinstance(x.value, float)
                         and re.search(per_one, t[max(0, x.start - 14):x.start])), None)
        elif noun is not None and (_PER_DAY_AFTER.match(t, _after(st, t))
                                   or _PER_DAY_AFTER.match(t, _noun_end(st, t))):
            one = singular(noun)
            rate = next((x for x in r.stated if x is not st and isinstance(x.value, float)
                         and x.param in (None, "queries_per_user") and x.note in ("", "duplicate")
                         and (p := _PER_ONE.match(t, _after(x, t))) is not None
                         and p.group(1) in (one, noun)),
                        None)
        else:
            continue
        if rate is None:
            continue
        if st.param != "queries_per_user":
            r.move(st, "queries_per_user")
        r.move(rate, "turns_per_session", note="")
        return


def _population(r: Reading, t: str) -> Stated | None:
    """A count of any noun a per-person rate refers to: "2,500 agronomists, each …", "全国 80万骑手 …
    每个骑手每天…", "5万个企业HR账号 … 每人每天30次", "检索人员共120名 … 每人". A count its rate names
    ("each", "per farmer", "8,400 clients a day at 5 queries each") is taken before one only a rate stated
    somewhere makes a population ("140 regional offices, 2 cards per office … 8,400 clients … each")."""
    loose: Stated | None = None
    day = next((s for s in r.stated if s.param == "queries_per_user" and s.note == ""
                and _ZH_PEOPLE_AFTER.match(t, s.end)), None)
    each = next((s for s in r.stated if day is not None and s.param == "queries_per_user"
                 and s.start > day.end
                 and _ZH_PER_PERSON.search(t[max(day.end, s.start - 8):s.start])), None)
    if day is not None and each is not None:
        # "每天2000个客户来咨询，每人8轮对话": the day's people, then each one's requests
        r.retag(each, note="")
        people = r.move(day, "users")
        r.params["queries_per_user"] = float(each.value or 0)
        return people
    if (doers := _items_doing_items(r, t)) is not None:
        return doers
    for st in [s for s in r.stated if _free(s) and s.start not in r.vague]:
        noun = _plural(st, t)
        if noun is None and any(v == st.start for v, _ in r.called):
            # ("a few hundred dispatchers, call it 300": the vague words, the exact value carried)
            noun = m.group(1) if (m := _CALLED_COUNT.match(t, st.start, st.end + 24)) else None
        zh = noun is None and _ZH_PEOPLE.match(str(st.text)) is not None
        zh_noun = _ZH_NOUN_COUNT.match(t, st.start) if noun is None and not zh else None
        if zh_noun is not None and _ZH_PLACE.match(zh_noun.group(1).lstrip("个名位所家座")):
            # ("全省15个地市 … 每个地市能分几张": places the cards are split over, no people)
            continue
        if zh_noun is not None and (any(k in r.params for k in _PER_PERSON_PARAMS)
                                    or _ZH_PER_PERSON.search(t)
                                    or re.search("每(?:个|位|名)?" + re.escape(zh_noun.group(1)[:2]), t)):
            return r.move(st, "users")
        if noun is None and not zh:
            continue
        # (the words after the exact value put right after a vague count: "…, call it 300. Each one …")
        after = next((e for v, e in r.called if v == st.start), None)
        after = _after(st, t) if after is None else \
            next((x.end for x in r.stated if x.start == after), _after(st, t))
        day_people = noun is not None and bool(_PER_DAY_AFTER.match(t, after))
        if day_people and not (noun and _day_people_asking(r, st, noun)):
            continue                           # "35 threads/day": a request count (_requests)
        one = noun[:-1] if noun else ""
        per_one = rf"(?:\bper|\beach|\bevery|/)\s*(?:{re.escape(one)}|user)\b"
        named = (_EACH_AFTER.match(t, after) is not None if noun else False) or (
            noun is not None and noun not in _ITEMS and _doing_items(t, after)) or (
            noun is not None and (_rate_per_one(r, per_one, t) or day_people)) or (
            zh and _ZH_PER_PERSON.search(t) is not None)
        if named:
            return r.move(st, "users")
        if loose is None and any(k in r.params for k in _PER_PERSON_PARAMS) \
                and not (noun and (re.fullmatch(SITE_NOUNS, noun) or noun == "facilities")):
            # (not "38 self-storage facilities, roughly 22k tenants": places, beside the people counted)
            loose = st
    if loose is None and any(k in r.params for k in _PER_PERSON_PARAMS):
        # ("29 € pro Makler und Monat, ca. 3.000 Makler": a noun with no English plural, the same word
        # the per-person rate is said per)
        for st in [s for s in r.stated if _free(s)]:
            word = re.match(r"[~≈]?\s*[\d.,]+\s*(?:[kmb]\s+|\s*)([a-zà-ÿ]{3,})\b", t[st.start:st.end + 24])
            if word is not None and word.group(1) not in _ITEMS and re.search(
                    rf"(?:\bper|\beach|\bevery|/)\s*{re.escape(word.group(1))}\b", t):
                return r.move(st, "users")
    return r.move(loose, "users") if loose is not None else None


def _items_doing_items(r: Reading, t: str) -> Stated | None:
    """"went live w/ 800 docs … each doc ~20 notes/day": a count read as requests whose noun has a day's
    count of its own ("each doc", "per doc") is the people (doctors), its rate theirs; a later count of
    the same noun is the people it goes to ("expanding to 9,000 docs")."""
    counts = [s for s in r.stated if s.param in ("queries_per_user", "queries_per_day") and s.note == ""
              and isinstance(s.value, float) and s.value >= 1]
    for st in counts:
        noun = _plural(st, t)
        if noun is None:
            continue
        one = re.escape(singular(noun))
        each = re.search(rf"\b(?:each|every|per)\s+{one}\b\s*(?:does|gets|writes|has|sends)?\s*"
                         rf"(?:about|around|~|≈)?\s*(?=[\d.,]+\s*k?\s*[a-z]+\s*(?:/|a|per|each)\s*day\b)", t)
        rate = next((s for s in counts if each is not None and s is not st and s.start == each.end()), None)
        if rate is None:
            continue
        people = r.move(st, "users")
        r.move(rate, "queries_per_user")
        for later in [s for s in r.stated if s.param in ("queries_per_user", "queries_per_day")
                      and s.start > st.end and s is not rate and _plural(s, t) == noun]:
            r.move(later, "users_to", note="")
        return people
    return None


def _doing_items(t: str, at: int) -> bool:
    """"… doing 4 chats a day": each one's count of things a day follows the people."""
    m = _DOING_AFTER.match(t, at)
    return m is not None and (m.group(1) in _ITEMS or m.group(1) + "s" in _ITEMS)


def _rate_per_one(r: Reading, per_one: str, t: str) -> bool:
    """A rate said per one of the counted ("8 reports per grower"), not the cards placed per one ("140
    offices, 2 cards per office": places, _places_of_their_cards)."""
    return any(not any(s.start <= m.start() < s.end and s.param in _PLACED for s in r.stated)
               for m in re.finditer(per_one, t))


_PLACED = frozenset({"gpus_per_server", "gpus", "servers", "power_kw", "power_w", "rent_usd_per_hour",
                     "rent_cny_per_hour", "price_usd", "price_cny"})


# things a day brings, never the people asking: "300k tickets/day, 6 queries each" (each ticket's)
_ITEMS = frozenset("""
tickets chats conversations convos sessions threads cases claims documents docs files orders calls messages
msgs emails articles reports pages images videos requests queries questions prompts tasks jobs events alerts
incidents transactions searches reviews summaries drafts posts comments notes photos clips scans
""".split())
# "… ~6 queries each", "4 questions apiece": the requests of each one counted before
_ASKS_EACH = rx.compile(r"\s*(?:questions?|queries|query|requests?|asks?|prompts?|lookups?|messages?|msgs?)"
                        r"\s*(?:each|apiece)\b")


def _day_people_asking(r: Reading, st: Stated, noun: str) -> bool:
    """"40k policyholders/day, ~6 queries each": the day's people of any name, each asking a count after."""
    return noun not in _ITEMS and "users" not in r.params and any(
        x.param == "queries_per_user" and x.note == "" and x.start > st.end
        and (m := re.match(r"[~≈]?\s*[\d.,]+", r.t[x.start:x.end])) is not None
        and _ASKS_EACH.match(r.t, x.start + m.end()) for x in r.stated)


def _basis_only(r: Reading, t: str) -> bool:
    """Whether each user's requests were read only from a cost's basis ("the cost per 1k requests"), which
    is no load (calc/readings reads it as the basis later)."""
    said = [s for s in r.stated if s.param == "queries_per_user" and s.note == ""]
    return bool(said) and all(re.search(r"\bper\s*$", t[max(0, s.start - 5):s.start]) for s in said)


# a whole said before a day's count: "total across the fleet maybe 20k orders a day", "all told"
_TOTAL_BEFORE = rx.compile(r"(?:\b(?:total|in total|combined|altogether|all together|all told|overall)\b|"
                           r"\bacross (?:the|all|our|every)\b)[^,.;?!\d]{0,28}$")


def _requests(r: Reading, t: str) -> None:
    """A count said per day is the day's requests, each person's where "each"/每人 says so; per second, a
    rate ("每天生成6份纪要", "35 threads/day each", "120 generations/sec"). "每天 50万 张" is never the
    fleet."""
    for st in [s for s in r.stated if _free(s) or (
            s.param == "gpus" and s.note == ""
            and _ZH_PER_DAY_BEFORE.search(t[max(0, s.start - 14):s.start])) or (
            # ("每天大约3000份出院记录" read as each user's, with no users: the day's documents)
            s.param == "queries_per_user" and s.note == "" and "users" not in r.params
            and r.params.get("queries_per_user") == s.value)]:
        # (the number inside its span: "每天大约3000份出院记录", the day's words in it)
        num = _ZH_NUMBER.search(str(st.text))
        at = st.start + num.start() if num is not None else st.start
        zh_thing = _ZH_THING.match(t, st.start + num.end()) if num is not None and re.search(
            r"[\u4e00-\u9fff]|^[\d.,\s]+[千万亿]?\s*$", str(st.text)) else None
        noun = _plural(st, t)
        if zh_thing is not None and _ZH_PER_DAY_BEFORE.search(t[max(0, at - 14):at]):
            each = _ZH_EACH_BEFORE.search(t[max(0, st.start - 20):st.start]) is not None
        elif noun is not None and "qps" not in r.params and _PER_SECOND_AFTER.match(t, _after(st, t)):
            r.move(st, "qps")
            continue
        elif noun is not None and (after := _PER_DAY_AFTER.match(t, _after(st, t))):
            # (not "total across the fleet maybe 20k orders a day": the day's whole count, the users' sum)
            # (nor "~1,500 check-ins a day total": the whole said after)
            # ("roughly 1.2k appts a day over the whole chain. each one is ~300 tokens": the whole said after,
            # the "each" of the sentence after the items')
            whole = re.match(r"\s*(?:(?:over|across|for)\s+(?:the\s+)?(?:whole|entire|all)\b|"
                             r"(?:over|across)\s+(?:the\s+|our\s+)?(?:network|chain|company|group|fleet|country|"
                             r"business|branches|sites|stores|shops|locations|clinics)\b|"
                             r"(?:chain|company|group|network)[- ]wide\b)", t[after.end():])
            total = _TOTAL_BEFORE.search(t[max(0, st.start - 40):st.start]) or whole or re.match(
                r"\s*(?:in\s+)?(?:total|combined|altogether|all told|overall)\b", t[after.end():])
            each = ("users" in r.params and not total) \
                or (_EACH_AFTER.match(t, after.end()) is not None and not whole) \
                or re.search(r"(?:/|\bper|\beach)\s*(?!days?\b)[a-z]+(?:\s*/|\s+(?:per|a|each)\b)",
                             after.group()) is not None
        else:
            continue
        own = "queries_per_user" if st.param == "queries_per_user" else None
        if noun is not None and "users" not in r.params and "tokens_per_user_day" in r.params \
                and re.search(r"\b(?:each|every|per|a)\s+" + re.escape(singular(noun)) + r"\b", t):
            # ("each couple burns ~3,500 tokens a day … 8,000 couples a day": the day's users, each one's
            # tokens said)
            r.move(st, "users")
            continue
        turns = next((x for x in r.stated if x.param == "queries_per_user" and x.note == ""
                      and x.start > st.end
                      and re.fullmatch(r"[\d.]+\s*(?:turns?|rounds?|exchanges?|messages?|msgs?)",
                                       str(x.text).lower())), None)
        if not each and turns is not None and "turns_per_session" not in r.params:
            # ("~8,000 check-ins a day across the network, 4 turns each": the day's conversations, each of
            # that many turns)
            r.move(turns, "turns_per_session")
        if each and "queries_per_user" not in r.params:
            r.move(st, "queries_per_user")
        elif not each and not any(k in r.params for k in ("queries_per_day", "queries_per_user", "qps")
                                  if k != own and not (k == "queries_per_user" and _basis_only(r, t))):
            r.move(st, "queries_per_day")


def _group_of_cards(r: Reading, t: str) -> None:
    """"张量并行4卡一组": the group's words are the tensor-parallel span's."""
    for tp in [s for s in r.stated if s.param == "tensor_parallel"]:
        if (group := _GROUP_AFTER.match(t, tp.end)) is not None:
            r.retag(tp, end=group.end(), text=r.norm.quote(tp.start, group.end()))


def _cards_and_rates(r: Reading, t: str) -> None:
    """"16 donated GPUs": cards, whatever word sits between; "avg 120 generations/sec" read as a day's or a
    person's count is a rate a second."""
    cards = next((s for s in r.stated if _free(s) and "gpus" not in r.params
                  and _CARDS_COUNT.match(t, s.start, s.end + 24) is not None), None)
    if cards is None:
        # ("put a few RTX 4090s in the back office for the tagging bot, like 4": a vague count of the cards
        # named, then made exact a few words on)
        cards = next((s for s in r.stated if _free(s) and "gpus" not in r.params
                      and float(s.value or 0) <= 10_000
                      and _FEW_CARDS_THEN.search(r.masked, max(0, s.start - 90), s.start)
                      and re.match(r"\s*(?:[.?!;,)]|$)", t[s.end:])), None)
    if cards is not None:
        r.move(cards, "gpus")
    for st in [s for s in r.stated if s.param in ("queries_per_user", "queries_per_day") and s.note == ""
               and "qps" not in r.params and _PER_SECOND_AFTER.match(t, _after(s, t))]:
        r.move(st, "qps")


def _per_person(r: Reading, t: str, population: Stated | None) -> None:
    """"each knowledge worker generates roughly 20k output tokens/day", "每个骑手每天输出 3万 tokens": one
    person's tokens a day; "2,500 agronomists, each kicks off ~30 reports/day": the day's count after the
    population is each one's."""
    # (the people counted by the vocabulary's own words too: "全国 80万骑手 … 每个骑手每天输出 3万 tokens")
    people = population or next((s for s in r.stated if s.param == "users" and s.note == ""), None)
    each_one = [re.escape(zh_each.group(1)[:2])] if (zh_each := (
        _ZH_NOUN_COUNT.match(t, people.start) if people is not None else None)) else []
    tpd = next((s for s in r.stated if s.param == "tokens_per_day" and s.note == ""
                and isinstance(s.value, float) and s.value <= 1e7
                and (_EACH_ONE_BEFORE.search(t[max(0, s.start - 60):s.start]) or any(
                    re.search("每(?:个|位|名)?" + n + r"[^。；;，,\d]*$", t[max(0, s.start - 24):s.start])
                    for n in each_one))), None)
    if tpd is not None and "tokens_per_user_day" not in r.params:
        r.move(tpd, "tokens_per_user_day")
    # ("each guest who uses the tasting kiosk generates maybe 1,500 tokens of output total": one person's
    # whole use, a day's, not one answer's length)
    whole = next((s for s in r.stated if s.param == "output_tokens" and s.note == ""
                  and isinstance(s.value, float) and _ALL_OF_IT.match(t, s.end)
                  and _EACH_ONE_BEFORE.search(t[max(0, s.start - 60):s.start])), None)
    if whole is not None and "tokens_per_user_day" not in r.params and "tokens_per_day" not in r.params:
        r.move(whole, "tokens_per_user_day")
    if population is not None:
        day = next((s for s in r.stated if s.param == "queries_per_day" and s.note == ""
                    and s.start > population.end and isinstance(s.value, float) and s.value <= 1000), None)
        if day is not None and "queries_per_user" not in r.params:
            r.move(day, "queries_per_user")
