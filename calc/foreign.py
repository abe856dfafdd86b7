"""Amounts in currencies other than US$ and yuan: euros, pounds and yen converted to US$ at a stated
rate or the catalog's, and any other currency (rupees, riyals, baht, naira, pesos ...) converted at a rate
the question states, or named unused when it states none. Never read as dollars or yuan. calc/parse.py
calls foreign_money on its working state after the numbers are read."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from calc import rx
from calc.catalog import CONVERTED
from calc.danish import said_in_danish
from calc.sinhala import said_in_sinhala
from calc.stated import Stated
from calc.urdu import said_in_urdu
from calc.vocabulary import NAME_PARAMS

if TYPE_CHECKING:
    from calc.catalog import Catalog
    from calc.stated import Reading


# an amount in a currency the calculator does not convert (rupees, euros, HK$, S$, yen, ...): never read
# as dollars or yuan. The symbol or code before the number, or the currency's word after it (with the dollar
# sign before a code: "50 M$ CAD", "14,99 $ CA").
_FOREIGN_BEFORE = rx.compile(r"(?:(?<![a-z])(?:rs\.?|inr|eur|gbp|hkd|sgd|jpy|krw|aud|cad|twd|ntd|chf|aed|sar|"
                             r"myr|idr|rm|rp|"
                             r"thb|php|vnd|brl|nzd|mxn|ars|cop|clp|nok|sek|isk|dkk|ngn|kes|ksh|zar|ghs|egp|pln|"
                             r"czk|huf|try|tl|pkr|npr|bdt|lkr|ils|nis|mad|kzt|mnt|khr|lak|mmk|azn|gel|uzs|ron|ugx|tzs|rwf|etb|frw|ush|"
                                 r"tsh|uah|rub|qar|jod|rsd|bgn|"
                             r"gh₵|kr\.?)|₵|₹|€|£|₩|₦|₱|₫|฿|₺|₴|₼|₾|֏|₮|៛|₭|港币|港幣|港元|新台币|台币|澳元|加元|新币|"
                             r"₪|৳|(?<![a-z])(?:hk|sg|s|au|a|ca|can|cdn|c|nt|nz|r)\$|"
                             # ("R500m", "R55/GPU-hr": rand, the letter right before the amount)
                             r"(?<![\w$.])r(?=$))\s*$")
_FOREIGN_AFTER = rx.compile(r"\s*"
                            # ("55c/kWh AUD": the currency said after the unit the amount is per)
                            # ("28c a unit AUD": electricity's unit said in words)
                            r"(?:(?:c|¢|cents?)?\s*(?:/|per\b|an?\b)\s*(?:kwh|hr|hour|h|month|mo|gpu[- ]?hr|"
                            r"unit)\s+|"
                            # ("9 cents CAD a kWh": the cents, then the currency's code)
                            r"(?:cents?|¢)\s+|"
                            # ("$450万 per card yen": calc/japanese's order for "1枚450万円")
                            # ("$900 per 1m tokens yen": the million before the tokens)
                            r"\s*(?:per\s+(?:1m\s+|[\d,.]+\s*[kmb]?\s+)?(?:input\s+|output\s+)?[a-z-]+(?:\s+per\s+[a-z-]+)?|"
                            r"an?\s+(?:month|year|hour))\s+(?=yen\b))?"
                            # (not "at 27k $ can we buy": the verb after a dollar amount)
                            r"(?:\$\s*(?:cad|ca|can(?!\s+(?:we|i|you|they|it|one|be|buy|get|afford|run|"
                            r"serve|fit|do|pay|cover))|aud|au|nzd|hkd|sgd|twd|ntd|mxn|ars|cop|clp)\b|"
                            r"rupees?|inr\b|eur(?:os?)?\b|gbp\b|hkd\b|sgd\b|jpy\b|yen\b|won\b|krw\b|"
                            r"aud\b|"
                            r"cad\b|twd\b|ntd\b|chf\b|aed\b|dirhams?\b|riyals?\b|sar\b|myr\b|ringgit\b|rupiah\b|"
                            r"idr\b|baht\b|thb\b|vnd\b|brl\b|mxn\b|ars\b|cop\b|clp\b|pesos?\b|reais\b|卢比|盧比|港币|港幣|港元|港纸|新币|新加坡元|欧元|歐元|英镑|英鎊|"
                            r"日元|日币|日圓|韩元|韓元|新台币|新台幣|台币|台幣|澳元|加元|迪拉姆|里亚尔|令吉|林吉特|马币|馬幣|泰铢|"
                            r"nok\b|sek\b|isk\b|dkk\b|kr\b|kronor\b|kroner\b|kronur\b|krónur\b|krona\b|krone\b|"
                            r"ngn\b|naira\b|kes\b|ksh\b|shillings?\b|zar\b|rand\b|ghs\b|cedis?\b|egp\b|pln\b|"
                            r"zloty\b|zł|czk\b|kč|korun\w*|huf\b|forint\b|ron\b|lei\b|mad\b|kzt\b|tenge\b|mnt\b|₮|khr\b|riels?\b|៛|lak\b|kip\b|₭|mmk\b|kyats?\b|azn\b|manat\b|₼|gel\b|lari\b|₾|֏|"
                            r"uzs\b|pkr\b|npr\b|uah\b|qar\b|jod\b|rsd\b|bgn\b|hryvni?as?\b|₴|rub\b|roubles?\b|"
                                r"rubles?\b|"
                            r"tomans?\b|rials?\b|irr\b|irt\b|ugx\b|tzs\b|rwf\b|frw\b|etb\b|birr\b|"
                            r"bdt\b|taka\b|lkr\b|dong\b|"
                            # ("3.1 TRY per kWh", not "we'll try to", "5 try again")
                            r"try\b(?!\s+(?:to|and|it|again|this|that|with|an?|the|out|me|us|them|using|if)\b)|"
                            r"tl\b|liras?\b|ils\b|nis\b|shekels?\b|₪|(?:ล้าน|แสน|หมื่น|พัน)?\s*บาท|(?:만|억|천)?\s*원|"
                            r"(?:瑞典|挪威|冰岛|冰島|丹麦|丹麥|尼日利亚|肯尼亚|南非|菲律宾|墨西哥|阿根廷|巴西|智利|哥伦比亚|俄)?"
                            r"(?:克朗|奈拉|先令|兰特|比索|雷亚尔|卢布)|越南盾|印尼盾|"
                            r"pounds?\b(?:\s+sterling\b)?|quid\b|sterling\b)")
# the currencies converted to US$ (at a stated rate, or the catalog's): euros and pounds
_CONVERTED = {"€": "eur", "eur": "eur", "euro": "eur", "euros": "eur", "欧元": "eur", "歐元": "eur",
              "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "quid": "gbp", "sterling": "gbp",
              "英镑": "gbp", "英鎊": "gbp", "yen": "jpy", "jpy": "jpy", "円": "jpy", "日元": "jpy",
              "日圓": "jpy", "日币": "jpy"}
# a yen rate, so many yen to one US$: "usd/jpy 150" (calc/japanese writes "1ドル150円" so), "150 yen to the
# dollar", "$1 = ¥150", "USDJPY 150", "1美元=150日元", "at 150 yen/$"
_YEN_RATE = rx.compile(r"\busd\s*/?\s*jpy\b\s*(?:=|:|at|of|is|~|≈|@)?\s*(?:rate\s*)?(?P<y>\d{2,3}(?:\.\d+)?)|"
                       r"(?<![\d.])(?P<z>\d{2,3}(?:\.\d+)?)\s*(?:yen|jpy|円|日元)\s*(?:to|per|/|a|=)\s*(?:the|one|a)?\s*"
                       r"(?:us)?\s*(?:\$|dollars?\b|usd\b|ドル|美元)|"
                       r"(?:(?:us)?\$\s*1|1\s*(?:\$|usd|dollar|美元|ドル))\s*(?:=|≈|~|兑|换)\s*(?:¥|jpy|yen)?\s*"
                       # ("1$=152¥": the sign after a number of yen to the dollar, no yuan's rate)
                       r"(?P<w>\d{2,3}(?:\.\d+)?)\s*(?:yen|jpy|円|日元|[¥￥](?!\s*\d))|"
                       # ("At ¥150/$": so many yen, a dollar after the slash)
                       r"[¥￥]\s*(?P<v>\d{2,3}(?:\.\d+)?)\s*(?:/|per|to the|to a|=|≈)\s*(?:us)?\s*"
                       # ("(¥152 = $1)": the dollar's one said after its sign)
                       r"(?:\$\s*1(?![\d.,])|\$|dollars?\b|usd\b)")
# a stated rate: "at 1.27 $ per £", "FX 1.10 USD/EUR", "£1 = $1.27", "1 EUR = 1.08 USD", "1.08 $ per €" (the
# dollar said after the number, no "at" needed), "GBP/USD 1.26", "EURUSD 1.08" (the pair, then its rate)
_RATE_STATED = rx.compile(r"(?:(?:\bat|\bfx|\brate(?: of)?|@)\s*(?:us)?\$?\s*(?P<a>\d\.\d+)\s*"
                          r"(?:\$\s*us\b|us\$|\$|usd|dollars?)?|"
                          r"(?<![\d.])(?P<e>\d\.\d+)\s*(?:\$\s*us\b|us\$|\$|usd\b|dollars?\b|d[oó]lares\b))\s*"
                          r"(?:per|/|to the|to (?:one|a|1)|(?:per|for|pour|por)\s+(?:1|one|a|un)|por)\s*"
                          r"(?P<ca>€|eur\b|euros?\b|£|gbp\b|pounds?\b)|"
                          r"\b(?P<cd>eur|gbp)\s*(?:/|->|→|-|\s+to\s+)?\s*usd\b\s*(?:=|:|at|of|is|~|≈|@)?\s*(?:rate\s*)?(?P<d>\d\.\d+)|"
                          # ("汇率1欧元=1.08美元", "1英镑兑1.27美元")
                          # ("1歐抓1.08美金": Taiwan's "taken as", read 按)
                          r"(?<![\d.])1\s*(?P<cf>欧元|歐元|英镑|英鎊|欧|歐|镑)\s*(?:=|≈|~|兑|换|合|按|约)\s*(?P<f>\d\.\d+)\s*"
                          r"(?:美元|美金|usd|\$)|"
                          r"(?P<cb>€|£)\s*(?:1\s*(?:=|≈|~)|(?:to|->|→|/)(?=\s*(?:us)?\$))\s*(?:us)?\$\s*(?:=|:|~)?\s*"
                          r"(?P<b>\d\.\d+)|"
                          # ("in £ at 1.27", "in sterling at cable 1.27", "in euros @ 1.08": the currency the
                          # answer is asked in, its rate after it; "cable", the trade's name for GBP/USD)
                          # ("total in pounds with £ at 1.26": the currency's rate said with "with")
                          r"\b(?:in|into|to|with)\s+(?P<cn>€|£|sterling|pounds?|euros?|gbp|eur)\s+(?:at|@)\s*"
                          r"(?:cable\s*)?(?:of\s*)?(?P<n>[0-2]\.\d+)(?![\d.,])"
                          r"(?!\s*(?:€|£|\$|eur\b|gbp\b|usd\b)?\s*(?:/|per\b))|"
                          r"\bcable\s*(?:at|@|of|=|is)?\s*(?P<cp>)(?P<p>1\.\d+)(?![\d.,])|"
                          # ("con el euro a 1,08 $", "the pound at 1.27 $": the currency named, then its rate)
                          r"\b(?:el\s+|the\s+|l['’]\s*|der\s+)?(?P<cj>euro|libra|pound|livre)\s+"
                          r"(?:a|at|à|zu|bei|=)\s+(?P<j>\d\.\d+)\s*(?:\$|usd\b|d[oó]lares|dollars?\b)|"
                          # ("€1 = 1,08 $US": the one euro first, the dollars' symbol after their number)
                          r"(?P<ci>€|£)\s*1\s*(?:=|≈|~)\s*(?P<i>\d\.\d+)\s*(?:\$\s*us\b|us\$|\$|usd\b|dollars?\b|d[oó]lares\b)|"
                          r"\b1\s*(?P<cc>eur|gbp)\s*(?:=|≈|~)\s*(?P<c>\d\.\d+)\s*(?:usd|\$)|"
                          # ("EUR 1 = $1.09", "GBP 1 = 1.27 USD": the code before its one)
                          r"\b(?P<cl>eur|gbp)\s*1\s*(?:=|≈|~)\s*(?:(?:us)?\$\s*(?P<l>\d\.\d+)|"
                          r"(?P<m>\d\.\d+)\s*(?:usd\b|(?:us)?\$))|"
                          # ("1 € = 1,09 $": the symbols after the numbers, as French writes them)
                          # ("I think 1 € is about 1.08 $": the rate said in words)
                          r"(?<![\d.])1\s*(?P<cg>€|£)\s*"
                          r"(?:=|≈|~|(?:is|equals|is worth)\s*(?:about|around|roughly|~)?)"
                          r"\s*(?:(?P<g>\d\.\d+)\s*(?:(?:us)?\s*\$|usd\b)|"
                          # ("1€=$1.08": the dollar's sign before its number)
                          r"(?:us)?\$\s*(?P<k>\d\.\d+))|"
                          # ("($1.27/£)": the dollars of one pound, the pound after a slash)
                          # ("$1.27 per £", "$1.27 to £1", "$1.26 to the pound")
                          r"(?:us)?\$\s*(?P<h>\d\.\d+)\s*(?:/|per|to(?:\s+(?:the|one|a))?)\s*(?P<ch>€|£|euro\b|pound\b)|"
                          # ("$ per £ about 1.27": the pair named first, its rate after it)
                          r"(?:us)?\$\s*(?:/|per|to(?:\s+(?:the|one|a))?)\s*(?P<cq>€|£)\s*"
                          r"(?:(?:is|=|:|at|@|about|around|roughly|~|≈)\s*)*(?P<q>\d\.\d+)(?!\d|\.\d)|"
                          # ("the pound's about $1.27", "the euro is around $1.08": the currency named, then
                          # the dollars it is worth)
                          r"\b(?:the\s+)?(?P<cr>euro|pound|quid)(?:'s|\s+is|\s+sits\s+at|\s+trades\s+at)\s+"
                          r"(?:about|around|roughly|~|≈|like|at|near)?\s*(?:us)?\$\s*(?P<r>[0-2]\.\d+)(?!\d|[.,]\d)|"
                          # ("(FX 1.27)", "exchange rate 1.08" beside amounts in pounds or euros: no currency
                          # named, a rate under 3 is no yuan's)
                          # ("What's that in dollars at 1.27", "Rate 1.27.")
                          r"(?:\bfx|\bexchange rate|\brate|\b(?:us\s+)?dollars?\s+at|\busd\s+at)\s*"
                          r"(?:of|=|:|at|@|is)?\s*"
                          # (its sentence's full stop after it: "FX 1.08.")
                          r"(?P<x>[0-2]\.\d+)(?!\d|\.\d|\s*(?:x\b|×|%|倍))"
                          r"(?!\s*(?:rmb|cny|元|yuan))")
_LANG_CUR = {"euro": "€", "libra": "£", "pound": "£", "livre": "£"}
_WORD_CUR = {"sterling": "£", "pound": "£", "pounds": "£", "gbp": "£", "euro": "€", "euros": "€", "eur": "€"}
# a converted currency named anywhere in a message: a bare rate ("FX 0.65") beside amounts in another currency
# is its only then (not "A$3.5m … FX 0.65 US per Aussie dollar", the Australian dollar's)
_NAMED_CUR = {"eur": rx.compile(r"€|\beur|euro|欧元|歐元|歐|欧", re.IGNORECASE),
              "gbp": rx.compile(r"£|\bgbp|pounds?\b|sterling|quid|英镑|英鎊|镑", re.IGNORECASE),
              "jpy": rx.compile(r"円|\bjpy|\byen\b|日元|日圓|日币", re.IGNORECASE)}
# pence: "60p an hour", "18p/kWh", "at 21p per kWh": an amount in pounds, said in hundredths
_PENCE = rx.compile(r"(\d+(?:\.\d+)?)\s?p$")
_PENCE_RATE = rx.compile(r"\s*(?:an?\s+|per\s+|/\s*|each\s+)"
                         r"(?:(?P<kwh>kwh|unit)|(?P<hour>(?:gpu[- ]?|card[- ]?|chip[- ]?)?(?:hours?|hrs?|h))|"
                         r"(?P<month>months?|mo))\b")
# (an amount of money's parameter; not an exchange rate: "(FX 1.27 $/£)" is no twin of "£1.90/hr")
MONEY_PARAM = rx.compile(r"^(?!usd_cny$|usd_per_(?:eur|gbp|jpy)$).*(?:usd|cny)")
# between an amount and its US$ or RMB twin: "Rs 3.2 crore per 8-GPU server (~$385k)"
_TWIN_BETWEEN = rx.compile(r"[^;。；\n]{0,20}?[(（]\s*(?:(?:this|that|it|which) is\s+|that'?s\s+|it'?s\s+)?"
                           r"(?:~|≈|approximately|approx\.?|about|around|roughly|"
                           r"i\.e\.|"
                           r"约|大约|约合|折合|약)?\s*|"
                           # ("€0,85 / US$0.92 per GPU-hour": the two written side by side)
                           r"\s*/\s*|"
                           # ("0,38 NOK/kWh ≈ US$0.036": the same amount, said as about equal)
                           r"[^;。；\n≈]{0,12}?\s*≈\s*|"
                           # ("电价0.30迪拉姆/度，约合$0.082": the same amount, about equal, in Chinese)
                           r"\s*[,，]\s*(?:约合|折合|约等于|约)\s*|"
                           # ("S$520k, that's about US$385k per box", "RM5M, or about USD 1.1M")
                           r"\s*[,，]?\s*(?:that'?s|that is|i\.e\.|or|which is|so)\s+"
                           r"(?:about|around|roughly|~|≈)?\s*")
# an amount given again in another currency, in brackets after the one used: "US$1.00 per million output
# tokens (≈ €0,92)", "US$0.25 and US$1.00 per million (≈ €0,23 / €0,92)": the bracket opens with a hedge,
# other amounts of the same bracket may come first
# ("US$25k (so ~A$23k vs A$38k)": "so" before the hedge)
_TWIN_BRACKET = rx.compile(r"[(（]\s*(?:(?:so|that'?s|which is|i\.e\.)\s*)?"
                           r"(?:~|≈|approximately|approx\.?|about|around|roughly|i\.e\.|or|"
                           r"约|大约|约合|折合|약)"
                           r"[^()（）;。；]{0,40}$")


# the unit a foreign amount is per, said after its currency ("6,1 ISK/kWh (≈US$0.044)", "0.32 瑞典克朗/度",
# "99k VND/month (~US$3.9) per kid") or after its twin's bracket ("1.1M THB (~US$32k) per card"): what the
# US$ or RMB twin, said without one, is a price of
_PER_UNIT_AFTER = rx.compile(r"\s*[)）]?\s*(?:/\s*|per\s+|por\s+|an?\s+|each\s+|每\s*|一\s*)"
                             # ("₹8 per unit, …": electricity's unit; not "A$23,900 per unit (GST exclusive)",
                             # a card's)
                             r"(?:(?P<kwh>kwh\b|度|千瓦时|千瓦時|"
                             r"unit\b(?=\s*(?:[,.;]|$|(?:and|for|of|in|at|here|there|incl\w*|electricity|power)\b)))|"
                             r"(?P<hour>(?:(?:gpu|card|chip|accelerator|instance)[- ]?)?(?:hours?|hrs?|h)\b|"
                             r"小时|小時|个?钟(?:头)?)|"
                             r"(?P<month>months?\b|mo\b|m[eê]s\b|月|个月)|"
                             r"(?P<card>(?:gpu|card|chip|accelerator|unit)s?\b|张|卡|块)|"
                             r"(?P<server>(?:server|node|box)s?\b|台)|"
                             r"(?P<user>(?:kid|child|student|pupil|learner|parent|user|seat|subscriber|member|"
                             r"customer|usu[aá]rio|usuario|cliente)s?\b|人|学生|用户|孩子)|"
                             # ("0,60 $ CA par million de tokens", "3,50 $ CA le Go": per million tokens,
                             # per GB)
                             r"(?P<mtok>(?:1\s*)?(?:m|mn|million)\s+(?:(?:output|input)\s+)?tok(?:en)?s?\b)|"
                             r"(?P<gb>gb\b|gib\b|go\b))|"
                             r"\s*[)）]?\s*(?P<each>each\b|apiece\b|cada\b)")


# what users are charged, said before a month's amount
_CHARGED_BEFORE = rx.compile(r"\bcharg\w*|\bsubscri\w*|\btier\b|\bplan\b|\bmembership\b|\bfee\b|"
                             r"\bpay(?:s|ing)?\b|"
                             r"会员|订阅|月费|收费")


def _twin_unit(r: Reading, last: int, end: int, twin: Stated) -> str | None:
    """The parameter a foreign amount's US$ or RMB twin is, from the units said after the amount's digits
    ("KES 4.5M each (about US$35k)"), after its currency ("6,1 ISK/kWh"), after the twin's digits
    ("(roughly US$1.80/hr) per GPU") and after the twin (_PER_UNIT_AFTER); None when none says one (a price
    per kWh or per hour outranks "per GPU")."""
    digits = AMOUNT_DIGITS.search(r.t, twin.start, twin.end)
    at = (last, end, *((digits.end(),) if digits else ()), twin.end)
    said = [m for m in (_PER_UNIT_AFTER.match(r.t, a) for a in at) if m]
    # ("45 SEK per user per month": one unit after another)
    said += [m2 for m in said if (m2 := _PER_UNIT_AFTER.match(r.t, m.end())) is not None]
    kinds = {k for m in said for k, v in m.groupdict().items() if v}
    cur = "cny" if "cny" in str(twin.param) else "usd"
    # ("We charge ₩14,900/month (~$10.8) for premium": each user's month)
    return _unit_param(kinds, cur, charged=_CHARGED_BEFORE.search(r.t[max(0, end - 60):end]) is not None)


def _units_after(t: str, anchors: Sequence[int]) -> set[str]:
    """The units said right after an amount (_PER_UNIT_AFTER's groups), two of them when one follows the other
    ("299 baht/month per user")."""
    kinds: set[str] = set()
    for a in anchors:
        m = _PER_UNIT_AFTER.match(t, a)
        if m is None:
            continue
        again = _PER_UNIT_AFTER.match(t, m.end())
        kinds |= {k for x in (m, again) if x is not None for k, v in x.groupdict().items() if v}
    return kinds


# the unit said before a Chinese amount: "每卡每小时RM 12", "每度RM0.52", "每张RM 9,800"
_PER_UNIT_BEFORE = rx.compile(r"(?:(?P<hour>(?:每|一个?)\s*(?:小时|钟头?|(?:卡|gpu)\s*(?:小?时|hr|hour)))|"
                              r"(?P<kwh>(?:每|一)\s*度)|"
                              r"(?P<card>(?:每|一|单)\s*(?:张|卡|块)(?:卡)?)|(?P<server>(?:每|一|单)\s*台))"
                              r"\s*(?:大概|大约|约|是|为|要)?\s*$")


# ("price per kWh 0.25 AED": the unit said first, in English words)
_PER_UNIT_BEFORE_EN = rx.compile(r"(?:\bper\s+(?:(?P<kwh>kwh)|(?P<hour>hour|hr|(?:gpu|card|chip|accelerator|"
                                 r"instance)[- ]hour))|"
                                 # ("if a card is 47,600 AZN", "one server costs 5 crore": one unit's price)
                                 r"\b(?:a|one|each|per)\s+(?:(?P<card>card|gpu|chip|accelerator|unit)|"
                                 r"(?P<server>server|node|box))\s+(?:is|costs?|runs?))"
                                 r"\s*(?:is|=|:|of|at|about|around|~)?\s*$", re.IGNORECASE)


def _units_before(t: str, start: int) -> set[str]:
    """The unit said right before an amount, as Chinese says it (_PER_UNIT_BEFORE's groups), or as English
    does after a price's word."""
    m = _PER_UNIT_BEFORE.search(t, max(0, start - 12), start) \
        or _PER_UNIT_BEFORE_EN.search(t, max(0, start - 28), start)
    return {k for k, v in m.groupdict().items() if v} if m else set()


def _unit_param(kinds: set[str], cur: str, charged: bool = False) -> str | None:
    """The money parameter the units said after an amount make it (_PER_UNIT_AFTER's groups): a price per kWh
    or per hour outranks one per user-month, per server, per card; None when none says one."""
    if "kwh" in kinds:
        return f"electricity_{cur}_per_kwh"
    if "mtok" in kinds:
        return f"{cur}_per_million_tokens"
    if "hour" in kinds:
        return f"rent_{cur}_per_hour"
    if "month" in kinds and ("user" in kinds or charged):
        return f"{cur}_per_user_month"
    if "server" in kinds:
        return f"server_price_{cur}"
    if "card" in kinds or "each" in kinds:
        return f"price_{cur}"
    return None


def _twin_gap(r: Reading, end: int, last: int, at: int) -> bool:
    """Whether the words from an amount to the one at `at` say it again (_TWIN_BETWEEN), read from the
    amount's span's end or from its digits' ("costs €1,80 / US$1.95": the slash read into the first span)."""
    return any(_TWIN_BETWEEN.fullmatch(r.t[a:at]) for a in {end, last} if a <= at)


def _money_twin(r: Reading, st: Stated, end: int, a: int, b: int) -> Stated | None:
    """The amount in US$ or RMB that says the foreign amount `st` (ending at `end`) again, within 40
    characters after it, the words between read from `a` or `b` (_twin_gap)."""
    return next((x for x in r.stated if x is not st and x.note in ("", "duplicate")
                 and isinstance(x.value, float) and x.param is not None and 0 <= x.start - end <= 40
                 and MONEY_PARAM.search(str(x.param)) and _twin_gap(r, a, b, x.start)), None)


def _bracket_twin(r: Reading, st: Stated, first: int, rates: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the amount at `first` is said again inside a hedged bracket right after an amount in US$ or
    RMB (_TWIN_BRACKET), or in a bracket opened right after that amount ("~$16k (₩2,200만 정도)"): a twin of
    that amount, not an amount of its own."""
    m = _TWIN_BRACKET.search(r.t, max(0, first - 45), first)
    bare = re.search(r"[(（]\s*$", r.t[max(0, first - 8):first]) if m is None else None
    if m is None and bare is None:
        return False
    at = m.start() if m is not None else max(0, first - 8) + bare.start()  # type: ignore[union-attr]
    near = 48 if m is not None else 2
    return any(x is not st and x.note == "" and x.param is not None and MONEY_PARAM.search(str(x.param))
               and x.end <= at and at - x.end <= near
               and not re.search(r"[.;。；]", r.t[x.end:at])
               and not any(a <= x.start < z for a, z in rates)     # (a rate's dollar: "($1 = 3.75 SAR)")
               for x in r.stated)


AMOUNT_DIGITS = rx.compile(r"\d[\d.,]*\s*(?:mm(?![a-z])|[kmb](?![a-z])|"
    r"[万亿千]{1,2}(?:\s*\d[\d.,]*\s*[万亿千百]{1,2})*|"
                            r"lakhs?|lacs?|crores?|cr\b|million|mn\b|"
                            r"bn\b|billion|(?:mio|mrd|mlrd|trln|tsd|mln|bln|tys|mld)\b\.?|milliards?\b|"
                            r"miljoen|miljard|miljoner|miljon|triệu|tỷ|tỉ|nghìn|"
                            r"ngàn|juta|ribu|rb\b|miliar|milyar|thousand|mil\b|bin\b)?")


def _as_written(r: Reading) -> str:
    """The normalized text with "€" and "£" as the question wrote them (calc/numbers.normalize reads them
    as "$", so that every rule that knows "$" reads their amounts); positions are the normalized text's."""
    if "$" not in r.t:
        return r.t
    o, pos = r.norm.original, r.norm.pos
    return "".join(o[pos[i]] if ch == "$" and i < len(pos) and o[pos[i]] in "€£" else ch
                   for i, ch in enumerate(r.t))


@functools.lru_cache(maxsize=16)
def _matches(pattern: re.Pattern[str], written: str) -> tuple[re.Match[str], ...]:
    """A pattern's matches in a message, found once however many amounts ask (a message of a thousand
    amounts asked a thousand times)."""
    return tuple(pattern.finditer(written))


def _stated_rate(r: Reading, cur: str, written: str, named_only: bool = False) -> float | None:
    """The US$ per unit of `cur` the question states ("at 1.27 $ per £", "€1 = $1.08"), its number taken;
    `written` is the text with its currency symbols as written (_as_written)."""
    if cur == "jpy":
        # (so many yen to the dollar: the US$ of one yen is its inverse)
        found = [(m, g, 1 / float(m.group(g))) for m in _matches(_YEN_RATE, written)
                 for g in "yzwv" if m.group(g) and 50 <= float(m.group(g)) <= 400]
    else:
        found = []
    for m in _matches(_RATE_STATED, written):
        code_said = (m.group("ca") or m.group("cb") or m.group("cc") or m.group("cd") or m.group("cf")
                     or m.group("ch") or m.group("cg") or m.group("ci") or m.group("cl") or m.group("cq")
                     or _WORD_CUR.get(str(m.group("cn") or "").lower(), m.group("cn"))
                     or ("£" if m.group("p") else None)
                     or _LANG_CUR.get(str(m.group("cj") or "").lower())
                     or _LANG_CUR.get(str(m.group("cr") or "").lower().replace("quid", "pound"))
                     or "").strip()
        said = _CONVERTED.get(code_said) or {"欧": "eur", "歐": "eur", "镑": "gbp"}.get(code_said) \
            or (cur if m.group("x") and not named_only
                and (_NAMED_CUR[cur].search(written) or not _amount_codes(written)) else None)
        num = next(g for g in "aebcdfhgijklmnpqrx" if m.group(g))
        if said == cur and 0.2 <= float(m.group(num)) <= 5:
            found.append((m, num, float(m.group(num))))
    for m, num, rate in found:
        at = m.start(num)
        st = next((s for s in r.stated if s.start <= at < s.end), None)
        if st is not None and st.param == "local_per_usd":
            continue                     # (another currency's rate: "taux à 1,35 $ CA pour 1 $ US")
        parts = [s for s in r.stated if s is not st and s.note in ("", "foreign_currency", "duplicate")
                 and s.start < m.end() and m.start() < s.end and isinstance(s.value, float)]
        freed: set[str] = set()
        for part in parts:
            # ("汇率1欧元=1.08美元": the one euro the rate is of is no amount of its own, but the rate's)
            if part.param is not None and r.params.get(part.param) == part.value:
                del r.params[part.param]
                freed.add(part.param)
            r.stated = [s for s in r.stated if s is not part]
        if st is not None:
            # (a yen rate quoted whole: "1ドル150円", "150 yen to the dollar")
            first = min([st.start, *(p.start for p in parts), *([m.start()] if cur == "jpy" else [])])
            # (and a rate whose one unit is said after it: "1,10 $ pour 1 €", the 1 the rate's own)
            last = max(st.end, m.end()) if cur == "jpy" or re.search(r"\d", written[st.end:m.end()]) \
                else st.end
            r.retag(st, param=f"usd_per_{cur}", value=rate, note="", start=first, end=last,
                    text=r.norm.quote(first, last))
            if st.param is not None and r.params.get(st.param) == st.value:
                del r.params[st.param]
                freed.add(st.param)
        for param in freed:
            # ("€1 = $1.08 … a budget of €1.2M": the amount said after the rate is the parameter's own)
            later = next((s for s in r.stated if s.param == param and s.note == "duplicate"
                          and isinstance(s.value, float)), None)
            if later is not None and param not in r.params:
                r.params[param] = float(later.value or 0)
                r.retag(later, note="")
        return rate
    return None


def _pence(r: Reading, cat: Catalog | None, written: str) -> None:
    """"60p an hour", "18p/kWh": pence, a rent or an electricity price in hundredths of a pound."""
    for st in list(r.stated):
        if st.note != "" or not isinstance(st.value, float):
            continue
        # ("electricity at 28p/kWh": the p after the words the number was read with)
        after = re.match(r"\s?p(?![a-z])", r.t[st.end:st.end + 3]) \
            if re.search(r"\d$", r.t[st.start:st.end]) else None
        m = _PENCE.search(r.t[st.start:st.end + after.end()] if after else r.t[st.start:st.end])
        if m is None or (per := _PENCE_RATE.match(r.t, st.end + (after.end() if after else 0))) is None:
            continue
        param = "electricity_usd_per_kwh" if per.group("kwh") else "rent_usd_per_hour" if per.group("hour") \
            else "usd_per_user_month"
        if st.param is not None and r.params.get(st.param) == st.value:
            del r.params[st.param]
        pounds = float(m.group(1)) / 100
        r.params.setdefault(param, pounds)
        new = r.retag(st, param=param, value=pounds, end=max(st.end, per.end()),
                      text=r.norm.quote(st.start, max(st.end, per.end())))
        _converted(r, new, "gbp", cat, written)


def _converted(r: Reading, st: Stated, cur: str, cat: Catalog | None, written: str, start: int | None = None,
               end: int | None = None) -> bool:
    """An amount in euros or pounds read as its US$ parameter at the stated rate or the catalog's; the
    currency and the rate are kept for the answer to name (calc/engine). False when it cannot be."""
    param = str(st.param or "")
    known = cat.rates.usd_per_unit(cur) if cat is not None else None
    fallback = False
    if not param and st.note in ("", "foreign_currency") and isinstance(st.value, float) and (
            _budget_said(r, st, (st.end if end is None else end,), start)):
        param, fallback = "budget_usd", True   # ("a 100 billion yen investment in H200s": the money to spend)
        st = r.retag(st, note="")
    if not param and st.note in ("", "foreign_currency") and isinstance(st.value, float):
        # ("H200 6.5 million yen each", "H200 一张 650万日元": a price by the unit said after or before it)
        a0, b0 = (st.start if start is None else start), (st.end if end is None else end)
        unit = _unit_param(_units_after(r.t, (b0,)) or _units_before(r.t, a0), "usd")
        if unit is not None and unit not in r.params:
            param, fallback = unit, True
            st = r.retag(st, note="")
    if param in ("budget_usd", "budget_cny") and st.note == "" and isinstance(st.value, float):
        # ("JPY 6.5mm per card": a card's price, read as a budget for its size before it was converted)
        unit = _unit_param(_units_after(r.t, ((st.end if end is None else end),)), "usd")
        if re.search(r"(?:\bper|\ba|/)\s*(?:card|gpu|chip|accelerator)\b|\beach\b|\bapiece\b", str(st.text)):
            unit = "price_usd"
        if unit in ("price_usd", "server_price_usd") and unit not in r.params:
            if r.params.get(param) == st.value:
                del r.params[param]
            param, fallback = unit, True
    # (a second amount too: "L40S is 9,5 k€ and H100 PCIe is 28.000 €", the second card's, compared)
    if known is None or st.note not in ("", "option", "duplicate") or not isinstance(st.value, float) \
            or not MONEY_PARAM.search(param):
        return False
    said_rate = _stated_rate(r, cur, written)
    if said_rate is not None:
        # (the stated rate converted an amount: used, whichever currency the answer is given back in)
        r.params[f"fx_used_{cur}"] = True
    rate = said_rate or known[0]
    usd_param = re.sub("cny", "usd", param)
    value = st.value * rate
    if st.note == "" and r.params.get(param) == st.value:
        del r.params[param]
        r.params[usd_param] = value
    elif fallback and usd_param not in r.params:
        r.params[usd_param] = value
    a, b = (st.start if start is None else start), (st.end if end is None else end)
    r.retag(st, param=usd_param, value=value, start=a, end=b, text=r.norm.quote(a, b))
    r.params["fx_from"] = cur
    r.params["fx_rate"] = rate
    return True


def _symbol_said(written: str, first: int, last: int) -> str:
    """The "€" or "£" the question wrote right before an amount (or right after it, "2.500 €"), else "";
    `written` is the text with its currency symbols as written (_as_written)."""
    m = re.search(r"([€£])\s*$", written[max(0, first - 3):first]) \
        or re.match(r"\s*([€£])", written[last:last + 3])
    return m.group(1) if m else ""


# yen per US$ as far as a "¥" amount beside its US$ twin can tell (RMB is ~7 a dollar, yen 100 to 160)
_YEN_PER_USD = (50.0, 250.0)


def _yen_by_rate(r: Reading, cat: Catalog | None, written: str) -> None:
    """"¥6.2m a card … at 152 yen to the US dollar", "¥150bn … At ¥150/$": with a rate of the yen stated, an
    amount written with "¥" (and no word of yuan) is in yen, converted to US$ at that rate."""
    if not any(50 <= float(m.group(g)) <= 400
               for m in _YEN_RATE.finditer(written) for g in "yzwv" if m.group(g)):
        return
    # ("¥5.2M per card (¥152 = $1) … a ¥60M budget": an amount said after the rate, a second value then, too;
    # each conversion reads the rate and may promote a later amount, so the spans are looked up afresh)
    seen: set[int] = set()
    while (st := next((x for x in r.stated if x.start not in seen and x.note in ("", "duplicate")
                       and isinstance(x.value, float) and x.value > 0
                       and x.param is not None and "cny" in x.param
                       and x.param != "usd_cny"), None)) is not None:
        seen.add(st.start)
        digits = AMOUNT_DIGITS.search(r.t, st.start, st.end)
        if digits is None or not re.search(r"[¥￥]\s*$", r.t[max(0, digits.start() - 3):digits.start()]) \
                or re.match(r"\s*(?:[kmb]|bn|mn|万|亿)?\s*(?:元|rmb|cny|人民币|yuan)",
                            r.t[digits.end():digits.end() + 12]) \
                or any(m.start() <= digits.start() < m.end() for m in _YEN_RATE.finditer(written)):
            continue
        param = str(st.param).replace("cny", "usd")
        if r.params.get(str(st.param)) == st.value and st.note == "":
            del r.params[str(st.param)]
        if st.note == "":
            r.params[param] = float(st.value or 0)
        r.params["yen_twin"] = True          # (its "¥" is no yuan: calc/derive's currency of the answer)
        _converted(r, r.retag(st, param=param), "jpy", cat, written)


def _yen_twins(r: Reading) -> None:
    """"¥6,000,000 each (US$40k)", "¥30/kWh (approx. US$0.20/kWh)": a "¥" amount said again in US$ at a
    ratio no yuan has (50 to 250 a dollar) is in yen; the US$ twin is the one used, as the amount's own
    parameter, and the yen are named."""
    for st in [x for x in r.stated if x.note == "" and isinstance(x.value, float) and x.value > 0
               and x.param is not None and "cny" in x.param and x.param != "usd_cny"]:
        digits = AMOUNT_DIGITS.search(r.t, st.start, st.end)
        if digits is None or not re.search(r"[¥￥]\s*$", r.t[max(0, digits.start() - 3):digits.start()]):
            continue
        twin = next((x for x in r.stated if x is not st and x.param is not None and "usd" in x.param
                     and x.param != "usd_cny" and isinstance(x.value, float) and x.value > 0
                     and 0 <= x.start - st.end <= 40
                     and (_twin_gap(r, st.end, digits.end(), x.start) or re.fullmatch(
                         r"[^;。；\n\d]{0,25}?[(（]\s*(?:~|≈|approx\.?|about|around|roughly|约)?\s*(?:us\$|\$|usd)?\s*",
                         r.t[st.end:x.start]))), None)
        if twin is None or not (_YEN_PER_USD[0] <= float(st.value or 0) / float(twin.value or 1)
                                <= _YEN_PER_USD[1]):
            continue
        param = str(st.param).replace("cny", "usd")
        spend = next((x for x in r.stated if x.param == "budget_usd" and x.note == "duplicate"
                      and x is not twin
                      and x.start > twin.end and isinstance(x.value, float)), None)
        if param == "budget_usd" and spend is not None:
            # ("H100 was about ¥5,000,000 (US$35k). How many we could buy with US$20M?": a card's price, the
            # budget said after it)
            param = "price_usd"
            r.params["budget_usd"] = float(spend.value)  # type: ignore[arg-type]
            r.retag(spend, note="")
        if r.params.get(str(st.param)) == st.value:
            del r.params[str(st.param)]
        if twin.param is not None and twin.param != param and r.params.get(str(twin.param)) == twin.value:
            del r.params[str(twin.param)]
        r.params[param] = float(twin.value or 0)
        r.retag(twin, param=param, note="")
        r.retag(st, param=None, note="foreign_twin")
        r.params["yen_twin"] = True


def _foreign_marks(r: Reading, written: str, first: int, last: int
                   ) -> tuple[re.Match[str] | None, re.Match[str] | None, str]:
    """What marks the amount whose digits run from `first` to `last` as in a currency other than US$ or RMB:
    the code or symbol before it, the currency's word after it, the symbol as written (each None or "")."""
    before = _FOREIGN_BEFORE.search(r.t, max(0, first - 6), first)
    if before is not None and before.group().strip() == "try" \
            and not r.norm.quote(before.start(), before.end()).strip().isupper():
        before = None                    # ("we want to try 5 runs": the verb, not "TRY 5,000" in lira)
    return (before, _FOREIGN_AFTER.match(r.t, last), _symbol_said(written, first, last))


def _foreign_said(r: Reading, written: str, x: Stated) -> bool:
    """Whether a stated amount is marked as in a currency other than US$ or RMB."""
    m = AMOUNT_DIGITS.search(r.t, x.start, x.end)
    return m is not None and any(_foreign_marks(r, written, m.start(), m.end()))


# currencies not converted by the catalog, by the words and codes written for them, for a rate the question
# states
_LOCAL_CODES = {
    "sar": "sar", "sr": "sar", "riyal": "sar", "riyals": "sar", "aed": "aed", "dirham": "aed",
    "dirhams": "aed", "dhs": "aed", "egp": "egp", "jod": "jod", "qar": "qar", "try": "try", "tl": "try",
    "lira": "try",
    "liras": "try", "₺": "try", "ils": "ils", "nis": "ils", "₪": "ils", "shekel": "ils", "shekels": "ils",
    "inr": "inr", "rs": "inr", "rs.": "inr", "₹": "inr", "rupees": "inr",
    "rupee": "inr", "idr": "idr", "rp": "idr", "rupiah": "idr", "vnd": "vnd", "dong": "vnd", "₫": "vnd",
    "pln": "pln", "zł": "pln", "zloty": "pln", "czk": "czk", "kč": "czk", "huf": "huf", "sek": "sek",
    "nok": "nok", "dkk": "dkk", "thb": "thb", "baht": "thb", "฿": "thb", "php": "php", "₱": "php",
    "krw": "krw", "won": "krw", "₩": "krw", "myr": "myr", "rm": "myr", "ringgit": "myr", "ngn": "ngn",
    "naira": "ngn", "₦": "ngn", "kes": "kes", "ksh": "kes", "kshs": "kes", "zar": "zar", "rand": "zar",
    "chf": "chf", "brl": "brl", "r$": "brl", "reais": "brl",
    # (Latin America's pesos and soles by their codes: "1 USD = 4.100 COP", "3.200 ARS por GPU-hora")
    "cop": "cop", "ars": "ars", "clp": "clp", "pen": "pen", "soles": "pen", "uyu": "uyu",
    "pkr": "pkr", "lkr": "lkr", "npr": "npr", "bdt": "bdt", "taka": "bdt",
    "৳": "bdt", "tk": "bdt",
    "ugx": "ugx", "ush": "ugx", "tzs": "tzs", "tsh": "tzs", "rwf": "rwf", "frw": "rwf", "etb": "etb",
    "birr": "etb", "ghs": "ghs", "gh₵": "ghs", "₵": "ghs", "cedi": "ghs", "cedis": "ghs",
    "shillings": "shilling", "shilling": "shilling",
    # (the Nordic crowns, "kr" in all three: the one a message's codes name, calc/foreign._signed)
    "kr": "krona", "kronor": "krona", "kroner": "krona", "krona": "krona", "krone": "krona",
    "kronur": "krona",
    "isk": "isk",
    "toman": "irt", "tomans": "irt", "irt": "irt", "rial": "irr", "rials": "irr", "irr": "irr",
    "pesos": "peso", "peso": "peso", "mad": "mad", "tenge": "kzt",
    # (Cambodia's riel: calc/khmer writes "រៀល" and "៛" so)
    "khr": "khr", "riel": "khr", "riels": "khr", "៛": "khr",
    # (Myanmar's kyat: calc/burmese writes "ကျပ်" so)
    "mmk": "mmk", "kyat": "mmk", "kyats": "mmk",
    # (Laos's kip: calc/lao writes "ກີບ" and "₭" so)
    "lak": "lak", "kip": "lak", "₭": "lak",
    "mnt": "mnt", "₮": "mnt", "tugrik": "mnt", "uzs": "uzs", "ron": "ron", "lei": "ron",
    "azn": "azn", "manat": "azn", "₼": "azn", "gel": "gel", "lari": "gel", "₾": "gel",
    # (dram by their sign only, calc/armenian writes "դրամ" so: "AMD" is the GPU maker, "DRAM" memory)
    "֏": "amd",
    "forint": "huf",
    "원": "krw", "원화": "krw", "mxn": "mxn", "kzt": "kzt", "amd": "amd", "rsd": "rsd", "bgn": "bgn",
    "uah": "uah",
    "₴": "uah", "hryvnia": "uah", "hryvnias": "uah", "rub": "rub", "₽": "rub",
    "sgd": "sgd", "s$": "sgd", "sg$": "sgd", "hkd": "hkd", "hk$": "hkd", "twd": "twd", "ntd": "twd",
    "nt$": "twd", "aud": "aud", "aussie dollars": "aud", "aussie dollar": "aud", "australian dollars": "aud",
    "australian dollar": "aud", "canadian dollars": "cad", "canadian dollar": "cad",
    "a$": "aud", "au$": "aud", "cad": "cad", "c$": "cad", "ca$": "cad", "can$": "cad", "cdn$": "cad",
    "nzd": "nzd", "nz$": "nzd",
    # (their Chinese names: "汇率1美元=1360韩元", "1美元兑36泰铢")
    "韩元": "krw", "韓元": "krw", "泰铢": "thb", "泰銖": "thb", "卢比": "inr", "盧比": "inr",
    "令吉": "myr", "林吉特": "myr", "馬幣": "myr", "马币": "myr", "越南盾": "vnd", "印尼盾": "idr",
    "卢布": "rub", "盧布": "rub",
    "里亚尔": "sar", "迪拉姆": "aed", "兰特": "zar", "奈拉": "ngn", "里拉": "try", "新币": "sgd",
    "新元": "sgd",
    "新加坡元": "sgd", "港币": "hkd", "港幣": "hkd", "港元": "hkd", "新台币": "twd", "新台幣": "twd",
    "台币": "twd", "台幣": "twd", "澳元": "aud", "加元": "cad",
}
# the codes' names in Chinese, for an answer in Chinese
LOCAL_ZH = {"pkr": "巴基斯坦卢比", "bdt": "塔卡", "ils": "新谢克尔", "krw": "韩元", "thb": "泰铢",
            "inr": "卢比", "myr": "令吉", "vnd": "越南盾",
            "idr": "印尼盾", "rub": "卢布", "sar": "里亚尔", "aed": "迪拉姆", "zar": "兰特",
            "ngn": "奈拉", "try": "里拉", "sgd": "新加坡元", "hkd": "港元", "twd": "新台币",
            "aud": "澳元", "cad": "加元", "php": "菲律宾比索", "mxn": "墨西哥比索", "brl": "雷亚尔",
            "pln": "兹罗提", "chf": "瑞士法郎", "mad": "摩洛哥迪拉姆", "kzt": "坚戈", "azn": "马纳特",
            "gel": "拉里", "amd": "德拉姆", "mnt": "图格里克",
            "uzs": "苏姆",
            "ron": "列伊", "huf": "福林", "egp": "埃及镑", "irt": "伊朗托曼", "irr": "伊朗里亚尔",
            "ugx": "乌干达先令", "tzs": "坦桑尼亚先令", "rwf": "卢旺达法郎", "etb": "埃塞俄比亚比尔",
            "ghs": "塞地", "khr": "瑞尔", "lak": "基普", "mmk": "缅元"}
# (the same words as a pattern, the longest first, so "rs." and "riyals" are read whole)
_LOCAL_WORD = "(?:" + "|".join(sorted(map(re.escape, _LOCAL_CODES), key=len, reverse=True)) + ")"
_USD_WORD = r"(?:us\$|\$|usd|us dollars?|dollars?|美元|美金)"
# "1$ = 3.75 SAR", "1 USD = 16,000 IDR", "3.67 AED = 1 USD", "rate 3.75 SAR to the dollar", "kurs
# Rp16.000/USD",
# "USD/TRY 34.5", "16,000 IDR per USD"
_LOCAL_RATE = rx.compile(
    # ("1 AUD = 0.65 USD", "1 KWD ≈ US$3.25": US$ one unit buys, the dollar said with the number)
    r"(?<![\d.,])1\s*(?P<cm>" + _LOCAL_WORD + r")\s*(?:=|≈|~)\s*(?:(?:us\$|\$|usd)\s*(?P<m>\d[\d.,]*)|"
    r"(?P<n>\d[\d.,]*)\s*(?:usd|us\$|us dollars?|dollars?)(?![a-z]))|"
    # ("1$ US = 1.52 AUD": the dollar's sign, then its country)
    r"(?<![\d.])(?:1\s*(?:\$\s*usd?\b|" + _USD_WORD + r")|(?:us\$|\$)\s*1(?![\d.,]))\s*"
    r"(?:=|≈|~|兑换?|换|等于|"
        # ("1美元按7.8港币", "1美元折合7.8港币": the rate reckoned at)
        # ("1$ = 16k rupiah": thousands said with k)
        r"(?:按|约合|折合?|合|相当于)(?:约|大概)?|is)\s*(?P<a>[\d.,]+(?:\s*k(?![a-z]))?)\s*"
        r"(?P<ca>" + _LOCAL_WORD
    + r")(?![a-z])|"
    r"(?<![\d.])(?:1\s*)?" + _USD_WORD + r"\s*1?\s*(?:=|≈|~|兑换?|"
        r"换)\s*(?P<cb>" + _LOCAL_WORD + r")\s*(?P<b>[\d.,]+)|"
    # ("(USD = 3.75 SAR)", "الدولار = ٣٫٦٧٢٥ درهم": the dollar, then the number, then the currency)
    # (not "$25,000 CAD grant": an amount in the dollars it names, no rate without its sign)
    r"(?<![\d.])(?:(?:1\s*)?(?!(?:us)?\$)" + _USD_WORD + r"\s*(?:=|≈|~|at)?|"
    r"(?:1\s*)?(?:us)?\$\s*(?:=|≈|~|at))\s*"
    r"(?P<e>\d[\d.,]*)\s*(?P<ce>" + _LOCAL_WORD
    + r")(?![a-z])|"
    # (each number read from its first digit only: a run of digits or commas is never tried from every
    # position, which took seconds on a 2,000-character message)
    r"(?<![\d.])(?<!\d,)(?P<c>\d[\d.,]*)\s*(?P<cc>" + _LOCAL_WORD + r")\s*(?:=|≈|兑换?|换|"
        r"~)\s*(?:1\s*)?" + _USD_WORD + r"(?:\s*1)?|"
    r"(?<![\d.])(?<!\d,)(?P<d>\d[\d.,]*)\s*(?P<cd>" + _LOCAL_WORD
    + r")\s*(?:/|per|to the|to a|to one|to 1|for 1|for one|"
    r"for a)\s*"
    + _USD_WORD + r"|"
    # ("₦1,600 = $1", "₦1,600 to the dollar", "rate na ₦1,550/$")
    r"(?P<cf>" + _LOCAL_WORD + r")\s*(?P<f>[\d.,]+)\s*(?:(?:/|per|to the|to a|to one|to 1)\s*" + _USD_WORD
    # (not "SGD 27 ≈ USD 20", the same amount in both: one US$ said as one)
    # ("₹84 = $1. margin?": the sentence's full stop after the one)
    + r"|(?:=|≈|~)\s*(?:1\s*" + _USD_WORD + r"|" + _USD_WORD + r"\s*1(?![\d,]|\.\d)|" + _USD_WORD
    + r"(?!\s*[\d.,]))(?![\d,]|\.\d))|"
    r"\busd\s*(?:/|-|\s)\s*(?P<cg>" + _LOCAL_WORD + r")\s*(?:=|:|at|of|is|~)?\s*(?P<g>[\d.,]+)|"
    # ("AUD/USD 0.65", "NZ$1 = US$0.60", "0.66 USD per AUD", "rate 0.65 USD/AUD": dollars a unit of the
    # currency
    # buys, turned over when read)
    r"(?<![a-z])(?P<ci>" + _LOCAL_WORD + r")\s*/\s*usd\s*(?:=|:|at|of|is|~)?\s*(?P<i>[\d.,]+)|"
    r"(?<![a-z])(?P<cj>" + _LOCAL_WORD + r")\s*1\s*(?:=|≈|~)\s*(?:us\$|\$|usd\s*)\s*(?P<j>0?\.\d+)|"
    r"(?<![\d.])(?P<l>0?\.\d+)\s*(?:us\$|usd|us dollars?|us\b)\s*"
    r"(?:/|per|to the|to a|to one|for (?:1|one|a))\s*"
    r"(?P<cl>" + _LOCAL_WORD + r")(?![a-z])|"
    # ("total in NIS at 3.7?": the answer asked in a currency, at its rate)
    r"\b(?:in|to|into)\s+(?P<ck>" + _LOCAL_WORD + r")\s+(?:at|@)\s*(?P<k>[\d.,]+)"
    # (not "in CZK at 2 $/h, rate 23.1": a price per hour, in dollars)
    r"(?![\d.,]*\s*(?:(?:us\$|\$|usd|dollars?)\s*)?(?:/|per\b))"
    # (not "in tenge at 1 USD = 498 KZT": the rate said in full after it)
    r"(?![\d.,]*\s*(?:usd|us\$|\$|dollars?)\s*(?:=|≈|~))|"
    # ("AUD at 0.66", "CAD is 1.37": the currency's code, then its rate, nothing it is per)
    # (not an amount's own currency, "25 million EGP at 48.5 EGP per dollar", nor one before a price or a rate
    # said in full: "in Kč at 2 $/h", "in tenge at 1 USD = 498 KZT")
    r"(?<![a-z$\d])(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!thousand\s)(?P<cq>" + _LOCAL_WORD
    + r")\s+(?:is|at|@|=)\s*(?:about|around|~)?\s*(?P<q>\d+(?:[.,]\d+)?)"
    r"(?![\d.,]*\s*(?:/|per\b|%|x\b|[kmb]\b|million|billion|each|an?\s|cents?|usd|us\$|\$|€|£|dollars?|eur|"
    + _LOCAL_WORD + r"))|"
    # ("our envelope is SAR 400 million at 3.75": an amount in the currency, then its rate)
    r"(?<![a-z])(?P<cp>" + _LOCAL_WORD + r")\s*\d[\d.,]*\s*(?:k|m|mn|mln|million|billion|bn)?\s+(?:at|@)\s*"
    r"(?P<p>\d+(?:[.,]\d+)?)(?![\d.,]*\s*(?:/|per\b|\$|usd|%|x\b|[kmb]\b|million|billion|each|a\s))|"
    # ("the cost in SAR (3.75)?", "in QAR (peg 3.64)": the currency asked, its rate in brackets after it; not
    # "1,5 млрд ₽ (курс 90)": an amount's own currency, the rate said of it)
    r"\b(?:in|into|to|en)\s+(?P<co>" + _LOCAL_WORD + r")\s*(?:too\s+|also\s+|as well\s+)?[(（]\s*"
    r"(?:(?:peg(?:ged)?|rate|at|@)\s*)?"
    r"(?P<o>\d+(?:[.,]\d+)?)\s*[)）]|"
    # ("rate 36 baht": a rate, its currency said after it, nothing it is per)
    r"(?:\b(?:(?:fx|exchange)\s+)?rate|汇率)\s*(?:of|is|=|:|at|~|是|为|按)?\s*(?P<h>[\d.,]+)\s*"
    r"(?P<ch>" + _LOCAL_WORD
    + r")(?![a-z])(?!\s*(?:/|per\b|an?\s+(?:hour|month|day|kwh)|each\b|for\s+(?:1|one|a)\b))", re.IGNORECASE)


_LOCAL_AMOUNT = rx.compile(r"(?<![\d.])(?<!\d,)\d[\d.,]*\s*(?:k|m|mil|millones|millions?|mln|thousand|"
                           r"billions?|bn|crores?|cr|lakhs?|lacs?|"
                           # ("9 cents CAD a kWh": the currency's cents, its code after them)
                           r"[万亿千]{1,2}(?:\s*\d[\d.,]*\s*[万亿千百]{1,2})*)?\s*"
                           r"(?:cents?\s+)?(" + _LOCAL_WORD
                           + r")(?![a-z])|(?<![a-z])(" + _LOCAL_WORD + r")\s*\d", re.IGNORECASE)
# "1$=280", "1 USD = 280": a dollar's worth, no currency said with it
_ONE_DOLLAR_IS = rx.compile(r"(?<![\d.])(?:1\s*(?:usd|us\$|\$|dollars?)|(?:us\$|\$)\s*1(?![\d.,]))\s*"
                            r"(?:=|≈|~|is)\s*"
                            # (never a number's first digits: "1 USD = 4,100 COP" is no rate of 4.10)
                            r"([\d][\d.,]*+)(?!\s*[a-z₹€£¥$%])", re.IGNORECASE)
_LOCAL_ASKED = rx.compile(r"\b(?:how (?:many|much)|in|into|en|kitna|kitne)\s+"
                          r"(?:(?:crores?|lakhs?|arab|millions?|"
                          r"billions?|thousands?)\s+)?(" + _LOCAL_WORD + r")(?![a-z])|"
                          r"\b(" + _LOCAL_WORD + r")\s+(?:mein|me|in\s+how)\b|"
                          # ("원화로도요": in won as well)
                          r"(원화)(?=로|는|도|\s*(?:기준|환산))", re.IGNORECASE)
_BARE_RATE = rx.compile(r"\b(?:tipo de cambio|taxa de câmbio|exchange rate|fx rate|fx|trm|taux de change|"
                        # ("Exchange is 1.36": the word alone, then what it is)
                        r"exchange(?:'s)?(?=\s*(?:is|=|:|at|of|~|≈)\s*\d)|exchange's(?=\s*\d)|"
                        r"汇率|匯率|"
                        r"rate de change|"
                        r"rate|taux|in usd at|usd at|"
                        # ("peg 3.75": a currency held at a fixed rate to the dollar, the Gulf's)
                        r"peg(?:ged)?(?:\s+(?:at|of|rate))?|"
                        # ("dólar a R$ 5,45", "dollar at 5,2", "dólar 5,30", "kur 34,8", "dolar kuru 34,5")
                        r"kurs|wechselkurs|d[oó]ll?ar(?:es)?(?:\s+(?:a|at|em|hoje|is|=|rate))?|"
                        r"(?:dolar\s+)?kuru?)\s*"
                        r"(?:de|of|is|=|:|at|~|≈)?\s*(?:r\$|₺|tl|₱|₦|₹|₩|฿|₪|৳|rp\.?)?\s*([\d][\d.,]*)(?!\s*(?:/|"
                        r"per\b|por\b))",
                        re.IGNORECASE)


# a US$ amount, then the rate it was converted at: "(about $13 at 3.75)"
_TWIN_AT_RATE = rx.compile(r"(?:us\$|\$)\s*\d[\d.,]*\s*[km]?\s+(?P<at>(?:at|@)\s*(?P<r>\d+(?:[.,]\d+)?))"
                           r"(?![\d.,]*\s*(?:/|per\b|%|x\b|[kmb]\b|million|billion|each|a\s|an\s))",
                           re.IGNORECASE)


# so many of the amounts' currency per dollar, no code said: "(we use 17.2 per USD)", "(17.2 to the dollar)",
# "(17.2/USD)", "≈17.2 per dollar" (a number under 2 may be a euro's or pound's rate: not read so)
_PER_DOLLAR = rx.compile(r"(?<![\d.,$€£¥])(?:[~≈]\s*)?(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?)\s*"
                         r"(?:/|per|to the|to a|to one|to 1|for 1|for one|for a)\s*"
                         r"(?:us\$|usd|us dollars?|dollars?|\$)"
                         r"(?![a-z\d])(?!\s*(?:/|per)\s*(?:h|hr|hour|kwh|gpu|month|day))", re.IGNORECASE)


def _written_number(s: str) -> float | None:
    """A rate's number as written: "16.000" and "16,000" sixteen thousand, "3,75" and "3.75" a decimal,
    "16k" sixteen thousand."""
    s = s.strip(".,")
    if (k := re.fullmatch(r"(\d+(?:\.\d+)?)\s*k", s)) is not None:
        return float(k.group(1)) * 1000
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) and not re.fullmatch(r"\d\.\d{3}", s):
        s = re.sub(r"[.,]", "", s)       # (thousands grouped, either way; not "3.750", a rate to the dollar)
    elif re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


# the shillings a message's amounts are in, by their code
_SHILLING_SIGNS = (("ugx", r"\bugx\b|\bush\b"), ("tzs", r"\btzs\b|\btsh\b"), ("kes", r"\bkes\b|\bksh"))
# the pesos a message's amounts are in, by their sign or code
_PESO_SIGNS = (("php", r"₱|\bphp\b"), ("mxn", r"\bmxn\b|mx\$"), ("ars", r"\bars\b"), ("cop", r"\bcop\b"),
               ("clp", r"\bclp\b"))
# a currency word several countries share, its countries' signs and the one read when no sign is written
# the crowns a message's amounts are in, by their code
_KRONA_SIGNS = (("sek", r"\bsek\b"), ("nok", r"\bnok\b"), ("dkk", r"\bdkk\b"), ("isk", r"\bisk\b"))
_SHARED_WORDS = {"shilling": (_SHILLING_SIGNS, "kes"), "peso": (_PESO_SIGNS, "peso"),
                 "krona": (_KRONA_SIGNS, "krona")}


def _signed(word: str, written: str) -> list[str]:
    """The codes a shared currency word ("shillings", "pesos") stands for in a message: those whose sign or
    code its amounts carry, in the table's order, else the word's default."""
    signs, default = _SHARED_WORDS[word]
    return [c for c, sign in signs if re.search(sign, written, re.IGNORECASE)] or [default]


# the currencies a US$ buys less than one of: a rate below 1 for any other is said the other way round
_STRONGER_THAN_USD = {"kwd", "bhd", "omr", "jod", "gbp", "eur", "chf", "kyd"}


def _amount_codes(written: str) -> set[str]:
    """The currencies a message's amounts are in, by the codes, signs or words said with them ("Rs. 45 crore",
    "2.800 ARS", "850 pesos")."""
    return {_LOCAL_CODES[w] for m in _LOCAL_AMOUNT.finditer(written)
            if (w := (m.group(1) or m.group(2) or "").lower()) in _LOCAL_CODES}


def _local_rates(written: str, original: str = "") -> dict[str, tuple[float, int, int]]:
    """The rates the question states for currencies the catalog does not convert: code -> (units per US$, the
    rate's span). A bare rate in a Danish message ("Kurs 6,9") is the krone's (`original`: the question as
    written, whose words say its language)."""
    out: dict[str, tuple[float, int, int]] = {}
    for m in _LOCAL_RATE.finditer(written):
        g = next(k for k in "abcdefghkijlmnopq" if m.group(k))
        code = _LOCAL_CODES.get(m.group("c" + ("m" if g == "n" else g)).lower().rstrip("."))
        if code in _SHARED_WORDS:
            # ("3,700 shillings to the dollar", "57 pesos to a dollar": the ones the amounts are in)
            code = _signed(code, written)[0]
        value = _written_number(m.group(g))
        if value is None:
            continue
        if g in "mn" and value > 0:
            value = 1 / value            # ("1 AUD = 0.65 USD": dollars per unit, turned over)
        elif code is not None and 0 < value < 1 and code not in _STRONGER_THAN_USD:
            # ("AUD/USD 0.65", "0.66 USD per AUD": US$ a unit of a currency worth less than a dollar, said the
            # other way round; its units per US$ are the inverse)
            value = 1 / value
        if code is not None and value > 0 and code not in out:
            # (the amount before "at 3.75" is its own: the rate is the words from "at")
            start = m.start() if g != "p" else written.rindex(" ", m.start(), m.start("p") - 1) + 1
            out[code] = (value, start, m.end())
    # ("tarifa de 2,1 MXN por kWh, tipo de cambio 17,2": a rate with no currency said, the one foreign
    # currency
    # the amounts are in its; never beside yuan, whose rate it would be)
    said = _amount_codes(written)
    # (or the currency the answer is asked in: "… how many baht (fx 36)")
    said |= {_LOCAL_CODES[w] for m in _LOCAL_ASKED.finditer(written)
             if (w := (m.group(1) or m.group(2) or m.group(3) or "").lower()) in _LOCAL_CODES}
    if "shilling" in said:
        said = (said - {"shilling"}) | {_signed("shilling", written)[0]}
    if "peso" in said:                   # ("… en pesos": the pesos the amounts are in, or of no country)
        said = (said - {"peso"}) | set(_signed("peso", written))
    if "krona" in said:                  # ("32 kr per GPU-timme … 1 USD = 10,6 SEK": the crowns by code)
        said = (said - {"krona"}) | {_signed("krona", written)[0]}
    if "inr" in said and (rupees := _whose_rupees(written, original)) != "inr":
        # ("Rs 160 per hour … kitna PKR": the rupees are the ones named)
        said = (said - {"inr"}) | {rupees}
    bare = _BARE_RATE.search(written) or _ONE_DOLLAR_IS.search(written) or _PER_DOLLAR.search(written)
    if not said and bare is not None and original and said_in_danish(original):
        said = {"dkk"}
    yuan = re.search(r"rmb|cny|yuan|元|人民币|¥|￥", written, re.IGNORECASE) is not None
    if len(said) == 1 and not out and bare is not None and not yuan:
        value = _written_number(bare.group(1))
        if value is not None and value > 1.0:
            out[next(iter(said))] = (value, bare.start(), bare.end())
    if len(said) == 1 and not out and bare is None and not yuan \
            and (twin := _TWIN_AT_RATE.search(written)) is not None:
        # ("SAR 49 per user per month (about $13 at 3.75)": the amount in US$, then the rate it was taken at)
        value = _written_number(twin.group("r"))
        if value is not None and value > 1.0:
            out[next(iter(said))] = (value, twin.start("at"), twin.end("at"))
    if "inr" in out and (rupees := _whose_rupees("", original)) not in out:
        out[rupees] = out.pop("inr")     # ("ڈالر 280 کا", "1$=280Rs" in Urdu: Pakistan's rupees)
    return out


# the rupees a message's "Rs", "₹" or "rupees" are when it names no country's: Pakistan's in Urdu or where
# PKR or Pakistan is said, Sri Lanka's or Nepal's where theirs is, else India's
_RUPEES_OF = (("pkr", rx.compile(r"\bpkr\b|pakistan")), ("lkr", rx.compile(r"\blkr\b|sri\s*lanka|colombo")),
              ("npr", rx.compile(r"\bnpr\b|nepal|kathmandu")))


def _whose_rupees(written: str, original: str = "") -> str:
    """The code of the rupees a message means ("Rs 700 per hour … (1 USD = 280 PKR)": Pakistan's): one
    decision, for the rates stated, the catalog's rate and crores said with no currency."""
    if original and said_in_urdu(original):
        return "pkr"
    if original and said_in_sinhala(original):
        return "lkr"                 # ("රු. 52", "රුපියල් කෝටි": Sri Lanka's rupees in a Sinhala message)
    return next((code for code, words in _RUPEES_OF if words.search(written)), "inr")


# ("32c/kWh AUD": the cents glued to the amount, the unit after them)
_CENTS_AFTER = rx.compile(r"\s*(?:cents?|¢)(?![a-z])|c(?=\s*(?:/|per\b|an?\b)\s*(?:kwh|unit|hr|hour|h)\b)")
_BUDGET_BEFORE = rx.compile(r"\b(?:budget|anggaran|capex|funding|raised?|grants?|spend(?:ing)?|"
                            r"war\s*chest|"
                            r"invest(?:ing)?|"
                            r"allocat(?:e|es|ed|ing)|outlay|sanction(?:ed)?|approved\s+cost|"
                            # ("the ministry approved SAR 1.5 billion", "our envelope is SAR 400 million")
                            r"approved|earmark(?:ed)?|envelope)\b|预算|"
                            # ("Saudi fund: SAR 15bn": a fund's money, to spend)
                            r"\bfund\s*(?::|of\b|has\b|with\b)|"
                            # ("how many H100s can JPY 1.5B buy": the money the cards are bought with)
                            r"\b(?:can|could|would|will)\s*(?:[a-z]{2,3}\$?|[^\w\s]{1,2})?\s*$|"
                            # ("How many can we buy in 10 crore?": the money they are bought with)
                            r"\b(?:buy|purchase|procure|get)\s+(?:in|with|for|within)\s*$|"
                            # ("we have SGD 3M, how many H100 …": the money there is, to spend)
                            # ("Basel site has CHF 1.2M": any one's money, there to spend)
                            r"\b(?:we|i)\s*(?:have|['’]ve|have\s+got|got)\s+(?:about\s+|around\s+|~\s*)?$|"
                            r"\b(?:has|have)\s+(?:got\s+)?(?:about\s+|around\s+|~\s*)?$")
# ("₪40M round", "RM 2 million grant": the money raised or granted, said after it)
_BUDGET_AFTER = rx.compile(r"\s*(?:de\s+|of\s+|d['’]\s*)?(?:seed\s+|series\s+[a-d]\s+)?(?:round|raise|"
                           r"grant|budget|funding|investment|capex)\b|"
                           # ("gives 2,5 mlrd tenge (1$ = 500 KZT) for GPUs": the money to buy them)
                           # ("CHF 1.2M for a GPU refresh": the thing the money is for, a word before it)
                           r"\s*(?:\([^)]{0,30}\)\s*)?for\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:new\s+)?"
                           r"(?:gpus?|accelerators?|cards|hardware|compute|cluster)\b")


def _budget_said(r: Reading, st: Stated, anchors: Sequence[int], first: int | None = None) -> bool:
    """Whether an amount is said to be money to spend: a budget's word before it in its clause ("Budget Rp 2
    miliar", "plans to spend SAR 20 billion"), or after it, read from any of `anchors` ("₪40M round", "a 100
    billion yen investment"). `first`: where the amount's currency word begins, when it is said before the
    digits ("we have SGD 3M")."""
    at = st.start if first is None else min(first, st.start)
    # (not the full stop of "Rs. 45 crore": the rupee's sign abbreviated)
    clause = re.split(r"(?<!\brs)(?<!\bno)[.;?!。；？！]\s", r.t[max(0, at - 40):at])[-1]
    return _BUDGET_BEFORE.search(clause) is not None or any(_BUDGET_AFTER.match(r.t, a) for a in anchors)


# a card named in the amount's clause, before it: "L40S moja inaenda around KSh 1.2m" (its price)
_CARD_BEFORE = rx.compile(r"#[^,.;?!，。；？！#$&]{0,24}$")
_UNIT_PRICE_BEFORE = rx.compile(r"\b(?:price|cost)\s+(?:per|a|each)\s+"
                                r"(?:(?P<unit>unit|piece|pc)|gpu|card|chip)\b"
                                r"[^,.;?!]{0,12}$|\b(?P<unit2>unit)\s+(?:price|cost)\b[^,.;?!]{0,12}$")
# ("16 DGX B200 servers, each costs 12 million CZK": one of the things counted)
_EACH_COSTS = rx.compile(r"\b(?:each|one)\s+(?:costs?|is|goes for|sells for)\s*(?:about|around|~)?\s*$")
_GOES_FOR = rx.compile(r"\b(?:go(?:es)? for|costs?|sells? for|priced at|retails? (?:for|at))\s*"
                      r"(?:about|around|roughly|~)?\s*$")
_SERVER_BEFORE = rx.compile(r"&[^,.;?!，。；？！#$&]{0,24}$")


# a cost said before an amount: "training GPT-3 today would cost under ₹5 crore"
_COST_SAID_BEFORE = rx.compile(r"\b(?:costs?|costing|spent|spend)\s+(?:us\s+|them\s+)?(?:only\s+|just\s+)?"
                               r"(?:under|over|about|around|roughly|below|above|less than|more than|nearly|"
                               r"almost|~)?\s*$")


# a currency word several countries share, and the codes it may stand for when one of them has a stated rate
_WHOSE_RATE = {"krona": ("sek", "nok", "dkk", "isk", "krona"),
               "peso": ("mxn", "cop", "ars", "clp", "php", "uyu")}


def _local_at_rate(r: Reading, st: Stated, code: str, rates: dict[str, tuple[float, int, int]],
                   start: int, end: int) -> bool:
    """"12 ريال per GPU-hour (1$ = 3.75 SAR)", "0.18 SAR/kWh with rate 3.75 SAR to the dollar": an amount in a
    currency the catalog does not convert, read in US$ at the rate the question states; the rate is kept as
    the question's. False when no rate is stated or the amount is no money parameter."""
    local = _LOCAL_CODES.get(code)
    if local in _WHOSE_RATE:
        # ("4,1 miljoner kr styck … 1 USD = 10,6 SEK", "850 pesos el kWh (1 USD = 4.100 COP)": the crowns or
        # pesos whose rate the question states)
        local = next((c for c in _WHOSE_RATE[local] if c in rates), local)
    if local == "inr" and local not in rates and code.lower().rstrip(".") in ("rs", "rupee", "rupees"):
        # ("Rs 700 per hour … (1 USD = 280 PKR)": rupees, the ones whose rate the question states)
        local = next((c for c in ("pkr", "lkr", "npr") if c in rates), local)
    if local is None or local not in rates or not isinstance(st.value, float) or rates[local][1] <= st.start \
            < rates[local][2]:
        return False
    param = str(st.param or "")
    digits = AMOUNT_DIGITS.search(r.t, st.start, st.end)
    word = re.match(r"\s*" + _LOCAL_WORD + r"(?![a-z])", r.t[digits.end():], re.IGNORECASE) \
        if digits else None
    anchors = (end, st.end, *((digits.end(), digits.end() + (word.end() if word else 0)) if digits else ()))
    # ("5.5 CAD cents/kWh": the currency's cents, its unit after them)
    cents = _CENTS_AFTER.match(r.t, anchors[-1]) if digits else None
    if cents is not None:
        anchors = (*anchors, cents.end())
        # ("9 cents CAD a kWh": the currency's code after its cents, the unit after that)
        coded = re.match(r"\s*" + _LOCAL_WORD + r"(?![a-z])", r.t[cents.end():], re.IGNORECASE)
        if coded is not None:
            anchors = (*anchors, cents.end() + coded.end())
    # ("H100每张4500万韩元": the unit said inside the amount's span, before its digits)
    kinds = _units_after(r.t, anchors) or _units_before(r.t, start) \
        or (_units_before(r.t, digits.start()) if digits else set())
    # (the unit said after it: "Rp 450 juta per kartu" is a card's price, whatever its own words made it)
    # ("Subscription is 149 TL/month": what each user is charged a month, the charge named before it)
    charged = _CHARGED_BEFORE.search(r.t[max(0, start - 30):start]) is not None
    if "each" in kinds and re.search(r"(?:&+|\bservers?|\bnodes?|\bboxes|\bracks?)\s*(?:at|@|for|,)?\s*$",
                                     r.masked[max(0, start - 24):start]):
        kinds = (kinds - {"each"}) | {"server"}   # ("buy 16 HGX H100 servers at ₹3.4 Cr each": each server)
    param = _unit_param(kinds, "usd", charged) or (param if MONEY_PARAM.search(param) else "")
    if param.startswith("budget_") and st.note == "duplicate" and _CARD_BEFORE.search(
            r.masked[max(0, start - 32):start]) and _GOES_FOR.search(r.t[max(0, start - 24):start]):
        # ("Budget's A$25,000 all up … RTX 4090s go for about A$3,100 here": a card's price, not a second
        # budget)
        param = "price_usd"
    if not param and "gb" in kinds:      # ("DRAM at 3,50 $ CA le Go": memory's price per GB, DRAM's or HBM's)
        param = "dram_usd_per_gb" if re.search(r"\bdram\b|\bddr", r.t[max(0, start - 30):start]) \
            else "hbm_usd_per_gb"
    if _EACH_COSTS.search(r.t[max(0, start - 24):digits.start() if digits else start]) and any(
            k in r.params for k in ("servers", "server", "gpus")):
        # ("16 DGX B200 servers, each costs 12 million CZK": one of the things counted, not a budget)
        param = "server_price_usd" if "gpus" not in r.params else "price_usd"
    if not param and _budget_said(r, st, anchors, start):
        param = "budget_usd"             # ("Budget Rp 2 miliar": the budget, in that currency)
    if not param and _COST_SAID_BEFORE.search(r.t[max(0, start - 30):start]):
        param = "budget_usd"             # ("would cost under ₹5 crore": a cost said, checked as a claim)
    if not param and re.search(r"\b(?:with|avec)\s*$", r.t[max(0, start - 8):start]) \
            and not _units_after(r.t, anchors):
        param = "budget_usd"             # ("with 50 M$ CA and a 5 MW limit": the money there is to spend)
    if not param and _CARD_BEFORE.search(r.masked[max(0, start - 32):start]):
        param = "price_usd"              # ("L40S moja inaenda around KSh 1.2m landed": one card's price)
    if not param and (unit_price := _UNIT_PRICE_BEFORE.search(r.t[max(0, start - 30):start])):
        # ("16 server DGX H100, harga per unit sekitar Rp 5,2 M": each of the things bought, servers if
        # servers are what the question counts; "harga beli per GPU sekitar Rp 520 juta": a card's)
        param = "server_price_usd" if (unit_price.group("unit") or unit_price.group("unit2")) \
            and "gpus" not in r.params \
            and ("server" in r.params or "servers" in r.params) else "price_usd"
    if not param and _SERVER_BEFORE.search(r.masked[max(0, start - 32):start]):
        param = "server_price_usd"       # ("HGX H100 server: 14,5 milyon TL + KDV": one server's price)
    if not param and re.search(r"(?:报价|售价|价格|单价|采购价|\bquoted?\s+(?:at|us)?)\s*(?:是|为|约|"
        r"大概|is|was|came in at|comes in at|of)?\s*(?:about|around|~)?\s*$",
                               r.t[max(0, start - 24):start]):
        # ("采购一台HGX H100，报价港币260万": the quote for what is bought, a server when servers are counted;
        # "server quote is AED 120,000": a server's, named so)
        servers = (("server" in r.params or "servers" in r.params) and "gpus" not in r.params) or re.search(
            r"\b(?:server|box|node|rack|system)\s+quoted?\b", r.t[max(0, start - 32):start]) is not None
        param = "server_price_usd" if servers else "price_usd"
    if not param:
        return False
    rate, a, z = rates[local]
    usd_param = re.sub("cny", "usd", param)
    same = (usd_param, usd_param.replace("usd", "cny"))
    if a < 0 and any(x is not st and x.note in ("", "option", "duplicate") and x.param in same
                     and _said_in_usd_or_rmb(r, x) for x in r.stated):
        # ("MI300X about US$15k, H100 about US$25k (so ~A$23k vs A$38k)": at the catalog's rate, a local
        # amount never replaces what the question says in US$ or RMB; it is named, as a twin or unconverted)
        return False
    if cents is not None:
        end = max(end, cents.end())
    if st.note == "" and st.param is not None and r.params.get(str(st.param)) == st.value:
        del r.params[str(st.param)]
    bare = digits.group().strip().replace(",", "") if digits is not None else ""
    said = float(bare) if re.fullmatch(r"\d*\.?\d+", bare) else None
    # (cents already read as a hundredth: "power is 12 cents CAD a kWh" came in as 0.12)
    hundredths = cents is not None and not (
        said is not None and abs(st.value - said / 100) < 1e-9 * max(1.0, said))
    value = st.value / rate / (100 if hundredths else 1)
    r.params[usd_param] = value
    r.retag(st, param=usd_param, value=value, note="", start=start, end=end, text=r.norm.quote(start, end))
    if (per := _PER_UNIT_AFTER.match(r.t, end)) is not None:
        # ("电价按6卢比一度": the one of "一度" is what the amount is per, no number of its own)
        r.stated = [x for x in r.stated if not (x.param is None and end <= x.start < per.end())]
    for x in [x for x in r.stated if x.start < z and x.end > a and x is not st]:
        if x.param is not None and x.note == "" and r.params.get(str(x.param)) == x.value:
            del r.params[str(x.param)]
        r.stated = [s for s in r.stated if s is not x]
    if "local_per_usd" not in r.params:
        if a < 0:
            r.params["local_per_usd"] = rate     # (the catalog's rate: no span of the question states it)
        else:
            r.add("local_per_usd", rate, a, z)
    r.params["fx_local"] = r.params["local_code"] = local
    return True


def _local_rate_kept(r: Reading, rates: dict[str, tuple[float, int, int]]) -> None:
    """"1 USD = 1,360 KRW": a rate stated for a currency the catalog does not convert is that currency's,
    never RMB per US$ (named unused when no amount in it is converted)."""
    for local, (rate, a, z) in rates.items():
        inside = [x for x in r.stated if x.start < z and x.end > a and x.param != "local_per_usd"]
        if not inside or any(x.param == "local_per_usd" for x in r.stated):
            continue
        for x in inside:
            if x.note == "" and r.params.get(str(x.param)) == x.value:
                del r.params[str(x.param)]
            r.stated = [s for s in r.stated if s is not x]
        r.add("local_per_usd", rate, a, z)
        r.params["local_code"] = local    # (the answer's money is given in it too: calc/engine)


def _said_in_usd_or_rmb(r: Reading, x: Stated) -> bool:
    """Whether the amount `x` is said in US$ or RMB: their sign or word beside it, no other currency's."""
    near = r.t[max(0, x.start - 5):x.end + 8]
    return re.search(r"\$|\busd\b|\brmb\b|\bcny\b|¥|元|美金|\bdollars?\b|\byuan\b", near) is not None \
        and not _amount_codes(near)


def _catalog_rate_for(rates: dict[str, tuple[float, int, int]], said: str) -> bool:
    """Whether the rate an amount in `said` would be converted at is the catalog's (no span states it)."""
    code = _LOCAL_CODES.get(said.lower().rstrip("."))
    return code is not None and code in rates and rates[code][1] < 0


def _catalog_local_rate(r: Reading, cat: Catalog, written: str,
                        locals_: dict[str, tuple[float, int, int]]) -> None:
    """"Rs. 45 crore … ₹32 lakh per GPU", no rate stated: rupee amounts converted at the catalog's rate
    (sourced, named among the assumptions), where the catalog lists one for the currency; its span is
    (-1, -1), no words of the question stating it."""
    codes = _amount_codes(written)
    if "inr" in codes:
        codes = (codes - {"inr"}) | {_whose_rupees(written, r.norm.original)}
    for code in sorted(codes):
        if (known := cat.rates.local_per_usd(code)) is not None:
            locals_[code] = (known[0], -1, -1)
            r.params["local_rate_catalog"] = code


# South Asia's scale words after an amount's digits ("100 crore", "30 lakh", "2.5 Cr"), and any currency said
# near it (then the amount is that currency's, read above)
_SOUTH_ASIAN_SCALE = rx.compile(r"\d\s*(?:crores?|lakhs?|lacs?|cr\b)")
_ANY_CURRENCY_NEAR = rx.compile(r"\$|\busd\b|dollars?|\brs\.?|₹|\binr\b|rupees?|rupaiy|\bpkr\b|\btaka\b|৳|"
                                r"\bbdt\b|€|£|¥|\brmb\b|yuan|元|\beur|\bgbp\b|\bmmk\b|\bkyats?\b")


def _bare_crores(r: Reading, cat: Catalog | None, written: str,
                 locals_: dict[str, tuple[float, int, int]]) -> None:
    """"we have a 100 crore budget, H100 at 30 lakh each": money counted in crores and lakhs with no currency
    said is South Asia's (Pakistan's rupees in an Urdu message, Bangladesh's taka where taka are said, else
    India's rupees), converted at the rate stated for it or the catalog's, the currency assumed and named
    among the assumptions; it had been read as US$1 billion."""
    if cat is None or not _SOUTH_ASIAN_SCALE.search(r.t):
        return
    original = r.norm.original
    code = _whose_rupees(written, original)
    if code == "inr" and re.search(r"\btaka\b|\bbdt\b|৳|bangladesh|dhaka|টাকা", written + original):
        code = "bdt"
    entry = locals_.get(code)
    if entry is None and (known := cat.rates.local_per_usd(code)) is not None:
        entry = (known[0], -1, -1)
    if entry is None:
        return
    for st in list(r.stated):
        # (a money parameter read in US$ for want of a currency, or an amount of no parameter yet: "our
        # approved outlay is 60 crore", money by the words around it, calc/foreign._local_at_rate)
        if st.note not in ("", "duplicate") or not isinstance(st.value, float) \
                or (st.param is not None and ("usd" not in st.param or not MONEY_PARAM.search(st.param))) \
                or not _SOUTH_ASIAN_SCALE.search(r.t, st.start, st.end) \
                or _ANY_CURRENCY_NEAR.search(r.t[max(0, st.start - 6):st.end]
                                             + re.split(r"[,;，；。(（]", r.t[st.end:st.end + 10])[0]):
            continue                     # (not a rate said after it: "budget 50 crore, 1 USD = 84 INR")
        if _local_at_rate(r, st, code, {code: entry}, st.start, st.end):
            r.params["local_assumed"] = code
            if entry[1] < 0:
                r.params["local_rate_catalog"] = code


def foreign_money(r: Reading, cat: Catalog | None = None) -> None:
    """"at Rs 9.5 per unit", "HK$1.2/kWh", "电价7卢比/度": an amount in a currency other than US$, RMB, euros
    or pounds is not read as any (no conversion is assumed); it is named as unused, and where the same
    amount is also given in US$ or RMB ("Rs 3.2 crore (~$385k)"), that one is what is used. Euros and pounds
    ("€0.18/kWh", "£28k each", "60p an hour") are converted to US$ at the rate stated or the catalog's, named
    in the answer, unless their US$ or RMB twin is given."""
    written = _as_written(r)
    _pence(r, cat, written)
    _yen_twins(r)
    _yen_by_rate(r, cat, written)
    # (an exchange rate said beside an amount is no twin of it: "£4M (≈1.27 $/£)")
    rates = [(m.start(), m.end()) for m in _RATE_STATED.finditer(written)]
    locals_ = _local_rates(written, r.norm.original)
    local_spans = [(a, z) for _, a, z in locals_.values() if a >= 0]
    if cat is not None and not locals_:
        _catalog_local_rate(r, cat, written, locals_)
    rates += local_spans

    def rate_said(x: Stated) -> bool:
        return any(a <= x.start < z for a, z in rates)
    for st in list(r.stated):
        # (as it is now: a rate read just before may have made a later amount the parameter's own)
        st = next((x for x in r.stated if (x.start, x.end) == (st.start, st.end)), st)
        if st.param in NAME_PARAMS or st.note not in ("", "duplicate", "option") \
                or not isinstance(st.value, (int, float)) \
                or st.param in ("usd_per_eur", "usd_per_gbp", "usd_per_jpy"):
            continue                     # (nor a rate read already: "28p/kWh (£1 = $1.25)")
        span = r.t[st.start:st.end]
        m = AMOUNT_DIGITS.search(span)
        if m is None:
            continue
        first, last = st.start + m.start(), st.start + m.end()
        before, after, symbol = _foreign_marks(r, written, first, last)
        if before is None and after is None and not symbol:
            continue
        if any(a <= first < z for _, a, z in locals_.values()):
            continue                     # (a rate's own number: "36 baht per $", read below)
        param = st.param
        twinned = False
        code = ((before.group(0) if before else "") + " " + (after.group(0) if after else "") + " "
                + symbol).strip().lower()
        cur = next((c for w, c in _CONVERTED.items()
                    if re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", code)), None)
        start = min(st.start, before.start() if before else st.start)
        end = max(st.end, after.end() if after else st.end)
        if _bracket_twin(r, st, start, local_spans):
            if param is not None and st.note == "" and r.params.get(param) == st.value:
                del r.params[param]
            r.retag(st, param=None, note="foreign_twin", start=start, end=end, text=r.norm.quote(start, end))
            continue
        # (the distance first: the cheap test, over every amount of a message that may hold a thousand)
        has_twin = any(0 <= x.start - end <= 40 and x is not st and x.param is not None
                       and x.note in ("", "duplicate") and MONEY_PARAM.search(str(x.param))
                       and not rate_said(x) and _twin_gap(r, end, last, x.start)
                       for x in r.stated)
        if cur is not None and not has_twin and _converted(r, st, cur, cat, written, start, end):
            continue
        # (the currency's word as said: the code before the amount, else the word after it)
        # (not "c/kwh" of "32c/kWh AUD": the unit the cents are per, the code after it)
        said_code = next(iter(w for w in code.replace("\u00a0", " ").split()
                              if w not in ("cents", "cent", "¢") and "/" not in w), symbol)
        per = _PER_UNIT_AFTER.match(r.t, end)
        upto = per.end() if per is not None and not per.group("each") and ")" not in per.group(0) \
            and "）" not in per.group(0) else end
        # ("0,38 NOK/kWh ≈ US$0.036": the twin is a price per kWh, whatever its own words made it)
        twin = _money_twin(r, st, end, upto, upto)
        # ("电价0.30迪拉姆/度，约合$0.082": the twin said after the unit, no rate stated: the twin is used)
        if cur is None and not has_twin and locals_ and not (twin is not None and _catalog_rate_for(
                locals_, said_code)) and _local_at_rate(r, st, said_code, locals_, start, end):
            continue
        unit = _twin_unit(r, last, end, twin) if twin is not None else None
        if twin is not None and unit is not None:
            r.move(twin, unit, note="")      # (said again, its own reading a duplicate of the amount's)
            if param is not None and param != unit and st.note == "" and r.params.get(param) == st.value:
                del r.params[param]
            r.retag(st, param=None, note="foreign_twin", start=start, end=upto,
                    text=r.norm.quote(start, upto))
            continue
        if param is not None and st.note == "" and r.params.get(param) == st.value:
            del r.params[param]
            # the same amount said again in US$ or RMB, kept as the value
            # (not one foreign itself: "(so ~A$23k vs A$38k)")
            again = next((x for x in r.stated if x.param == param and x is not st and x.note == "duplicate"
                          and isinstance(x.value, float) and not _foreign_said(r, written, x)), None)
            if again is not None and isinstance(again.value, float):
                r.params[param] = again.value
                r.retag(again, note="")
                twinned = True
        if param is not None and param not in r.params:
            # "Rs 3.2 crore per 8-GPU server (~$385k)": the amount given again in US$ or RMB, right after
            twin = _money_twin(r, st, end, end, last)
            if twin is not None:
                cur = "cny" if "cny" in str(twin.param) else "usd"
                # ("NT$4（約 US$0.125/kWh）": the twin says what it is, where the foreign amount was only
                # guessed to be a budget)
                # ("rent at 2,800 won (about $2.0/hr) per GPU": a rate, its unit said with the twin)
                r.move(twin, str(twin.param) if param.startswith("budget_") or "_per_" in str(twin.param)
                       else re.sub(r"usd|cny", cur, param))
                twinned = True
        twinned = twinned or any(
            x is not st and x.param is not None and (x.param == param or (
                param is None and MONEY_PARAM.search(str(x.param)) is not None))
            and x.note == "" and 0 <= x.start - end <= 40
            and _twin_gap(r, end, last, x.start) for x in r.stated)
        r.retag(st, param=None, note="foreign_twin" if twinned else "foreign_currency", start=start, end=end,
                text=r.norm.quote(start, end))
    _bare_crores(r, cat, written, locals_)
    _local_rate_kept(r, locals_)
    for cur in CONVERTED:
        # ("… wants the numbers in euros: 48 H100 bought at $27k each … at 1.08 $ per €": a rate stated with
        # no amount in that currency, the answer's amount given back in it, not a second card price)
        if "fx_from" not in r.params and (rate := _stated_rate(r, cur, written)) is not None:
            r.params["fx_from"], r.params["fx_rate"] = cur, rate
        elif r.params.get("fx_from") not in (None, cur):
            # ("a quote of £2,05 per GPU-hour. At 1,27 $ per £ and 1,08 $ per €, what's that in euro?": the
            # second currency's rate is a rate, not a second rent; named, the answer being in the first's)
            _stated_rate(r, cur, written, named_only=True)
