"""Burmese written in the Myanmar script, as engineers, bank and telecom IT teams and founders in Yangon
type it on Viber and Telegram with English terms between ("DAU ၃ သိန်းလောက်", "တစ်ယောက်ကို တစ်ရက် ၄ ခါ", "H100 ၆၄ ကတ်",
"တစ်ကတ် $28k", "ဘတ်ဂျက် သိန်း ၂၀,၀၀၀", "ဒေါ်လာ ၁ = ၄၄၀၀ ကျပ်", "ဘယ်နှစ်ကတ်လိုမလဲ"): its digits (၀-၉) read as
digits, its scale words (ထောင် thousand, သောင်း ten thousand, သိန်း hundred thousand, a lakh, သန်း million,
ကုဋေ ten million, a crore, ဘီလီယံ billion) said after the number or before it ("သိန်း ၁၅,၀၀၀": fifteen thousand
lakh, of kyat), the counters ("၈ ကတ်" cards, "၄ လုံး" machines, "replica ၆ ခု", "၃ ခါ" times, "၅ ဆ" times as
much), the basis or period said before an amount ("တစ်ကတ် $30k": per card, "တစ်ရက် ticket 12k": per day,
"တစ်ယူနစ် ၅၀၀ ကျပ်": per kWh) and the words that carry a quantity's meaning in English, said as English says them,
so that every rule reads them as it reads English. Burmese writes no spaces between words, so each English
word comes with its own. Kyat ("ကျပ်", "MMK") are converted at the rate the question states (calc/foreign). A
message is rewritten only when it shows Myanmar script. Every character keeps its position in the source, so a
span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, single_spaced

_MYANMAR = rx.compile(r"[\u1000-\u109f]")

_DIGITS = "၀၁၂၃၄၅၆၇၈၉"
_MY = r"\u1000-\u109f"
_MARK = r"\u102b-\u103e"                               # a vowel sign or a final: a syllable goes on
_N = r"(?<![\w.,])\d(?:[\d.,]*\d)?(?!\d)"                  # a number standing alone (not a name's: "H20")
_SCALE = r"(?:\s*(?:thousand|lakh|crore|million|billion|trillion|[kmbt](?![a-z])))?"
_HEDGE = r"(?:(?:about|~|≈)\s*)?"
# an amount: a hedge, a currency, the number, its scale and its unit ("~$25k", "4,500 MMK", "10.2 kW")
_AMOUNT = (rf"{_HEDGE}(?:us\$|\$)?\s*{_N}{_SCALE}\s*"
           r"(?:\$|usd|mmk|yuan|dollars|kw|w(?![a-z])|gb|tb|tflops|tok/s|tokens/s|%|x(?![a-z\d]))?")
# "one" and what it is one of: the basis a rate is per
_ONE = "တစ်"
_EACH = (("ကတ်", "card"), ("လုံး", "server"), ("ယောက်", "user"), ("ရက်", "day"), ("နာရီ", "hour"),
         ("ယူနစ်", "kWh"), ("လ(?![" + _MARK + "])", "month"), ("နှစ်", "year"))
# (a server counted with လုံး: a machine's name before it)
_MACHINE = r"(?:dgx|hgx|server|node|nvl\d*|rack|box|machine)s?"
_THINGS = (r"(?:rack|server|node|replica|run|request|site|machine|job|instance|model|gpu|card|chip|ticket|"
           r"email)")

_REWRITES: list[tuple[str, str]] = [
    # the digits, the full stop and the comma
    (r"။", ". "), (r"၊", ", "),
    # scale words compounded ("၃ သောင်း ၅ ထောင်": 35 thousand; "၂ သိန်း ၅ သောင်း": 250 thousand; "၁ သန်း ၂ သိန်း")
    (r"(?<![\d.,])(\d+)\s*သိန်း\s*(\d)\s*သောင်း", r"\1\g<2>0 thousand"),
    (r"(?<![\d.,])(\d+)\s*သောင်း\s*(\d)\s*ထောင်", r"\1\2 thousand"),
    (r"(?<![\d.,])(\d+)\s*သန်း\s*(\d)\s*သိန်း", r"\1.\2 million"),
    # scale words after the number ("၃ သိန်း", "၂ သောင်း", "၁၂ သန်း")
    (r"(?<![\d.,])(\d+)\.(\d)\s*သောင်း", r"\1\2 thousand"), (r"(?<![\d.,])(\d+)\s*သောင်း", r"\g<1>0 thousand"),
    (rf"({_N})\s*ထောင်", r"\1 thousand"), (rf"({_N})\s*သိန်း", r"\1 lakh"), (rf"({_N})\s*သန်း", r"\1 million"),
    (rf"({_N})\s*ကုဋေ", r"\1 crore"), (rf"({_N})\s*ဘီလီယံ", r"\1 billion"),
    # kyat said before its amount ("ကျပ် သန်း ၂၀၀", "ကျပ် ၃၅၀"), the scale before the number ("သိန်း ၁၅,၀၀၀":
    # lakhs of kyat, as money is counted; "token သန်း ၅၀၀": five hundred million)
    (rf"ကျပ်\s*သိန်း\s*({_N})", r"\1 lakh MMK"), (rf"ကျပ်\s*သန်း\s*({_N})", r"\1 million MMK"),
    (rf"ကျပ်\s*ထောင်\s*({_N})", r"\1 thousand MMK"),
    (rf"ကျပ်\s*({_N})", r"\1 MMK"),
    (rf"သိန်း\s*({_N})(?!\s*(?:[a-z]|ယွမ်|ဒေါ်လာ))", r"\1 lakh MMK"),
    (rf"သိန်း\s*({_N})", r"\1 lakh"), (rf"သန်း\s*({_N})", r"\1 million"), (rf"ထောင်\s*({_N})", r"\1 thousand"),
    (rf"ကုဋေ\s*({_N})", r"\1 crore"), (rf"ဘီလီယံ\s*({_N})", r"\1 billion"),
    (r"သောင်း\s*(?<![\d.,])(\d+)(?![\d.,])", r"\g<1>0 thousand"),
    # a dollar's rate ("ဒေါ်လာ ၁ = ၄၄၀၀ ကျပ်", "ဒေါ်လာ ၁ ကို ၄,၅၀၀", "၁ ဒေါ်လာ = ၇.၂ ယွမ်", "ဒေါ်လာဈေး 4,500")
    (rf"(?:ဒေါ်လာ\s*1|1\s*ဒေါ်လာ)\s*(?:=|ကို)\s*({_N})\s*ယွမ်", r"1 USD = \1 CNY"),
    (rf"(?:ဒေါ်လာ\s*1|1\s*ဒေါ်လာ)\s*(?:=|ကို)\s*({_N})\s*(?:ကျပ်|mmk)?", r"1 USD = \1 MMK"),
    (rf"(?:1\s*\$|\$\s*1|1\s*usd)\s*=\s*({_N})\s*(?:ကျပ်|mmk)", r"1 USD = \1 MMK"),
    (r"ကျပ်", " MMK "), (r"(?:ဒေါ်လာ|ဒေါ်လား)", " dollars "),
    (rf"ယွမ်\s*({_N}{_SCALE})", r"\1 yuan"), (r"ယွမ်", " yuan "),
    # so much for a million tokens ("output 1M tokens ကို $0.60", "input 1M ကို $0.15")
    (r"(\d[\d.]*\s*[mk]|1,000,000)\s*(?:tokens?)?\s*(?:ကို|အတွက်)\s*(\$\s*\d(?:[\d.,]*\d)?)",
     r"\2 per \1 tokens"),
    # so much for each so many ("1k tokens တိုင်းအတွက်", "request ၁,၀၀၀ ခု တစ်ခါ")
    (rf"({_AMOUNT}\s*tokens?)\s*တိုင်း(?:အတွက်)?", r" per \1 "),
    (rf"requests?\s*({_N})\s*ခု\s*(?:တစ်ခါ|အတွက်)", r" per \1 requests "),
    # a count reached ("1M ထိရောက်မယ်", "45% ထိတင်")
    (r"(\d[\d.]*\s*%)\s*(?:အထိ|ထိ)\s*(?:တင်|မြှင့်|တိုး)", r" if we raise it to \1 "),
    (rf"({_AMOUNT})\s*(?:အထိ|ထိ)(?=\s*(?:ရောက်|တင်|တက်|တိုး))", r" to \1 "),
    # a share added on ("server/network အတွက် 30% ထပ်ပေါင်း"), spent ("တစ်ဝက်ကို GPU ပေါ်သုံး")
    (r"([a-z][a-z/ ]{0,30}?)\s*အတွက်\s*(\d[\d.]*\s*%)\s*(?:ထပ်)?ပေါင်း", r" plus \2 for \1 "),
    (rf"{_ONE}ဝက်(?:ကို)?\s*(gpus?|cards?|ကတ်)\s*(?:ပေါ်|အပေါ်)?\s*(?:မှာ)?\s*(?:သုံး|ဝယ်)",
     r" spend half of it on \1 "),
    # what each of a thing has ("email တစ်စောင် word 350", "ticket တစ်ခုမှာ message ၈ ခါ", "တစ်ခုစီ 20B tokens")
    (rf"(?<![a-z])([a-z]+)\s*{_ONE}(?:စောင်|ခု|ယောက်)(?:မှာ|ကို|စီ)?\s*([a-z]+?)s?\s*({_N})\s*(?:ခါ|ခု|ကြိမ်)",
     r" \3 \2s per \1 "),
    (rf"(?<![a-z])([a-z]+)\s*{_ONE}(?:စောင်|ခု|ယောက်)(?:မှာ|ကို|စီ)?\s*(word|token|message|turn|page|question|quer"
     rf"(?:y|ie)|request|chat)s?\s*({_N})(?!\s*[a-z])", r" \3 \2s per \1 "),
    (rf"{_ONE}ခုစီ\s*({_AMOUNT}\s*tokens?)", r" each trained on \1 "),
    (rf"{_ONE}ခုစီ\s*({_AMOUNT}\s*[a-z]+)", r" \1 each "),
    # the users a count is for ("user ၅ သိန်းအတွက်": for 5 lakh users)
    (rf"(?<![a-z])(users?|subscribers?|customers?|staff|employees?)\s*({_AMOUNT})\s*အတွက်", r" for \2 \1 "),
    # a subscription's monthly price ("တစ်လ ၅,၀၀၀ ကျပ် subscription")
    (rf"{_ONE}လ(?:ကို)?\s*({_AMOUNT})\s*(subscription|fee|plan)", r" \2 \1 per user per month "),
    # a claimed count ("H100 ၆၄ ကတ်လိုတယ်တဲ့": says 64 cards are needed)
    (rf"({_N})\s*(ကတ်|လုံး)\s*(?:ပဲ)?\s*လို(?:တယ်|မယ်)?\s*(?:လို့)?\s*(?:ပြောတယ်|တဲ့)",
     r" says \1 cards needed "),
    # places, each with its cards ("tower site ၃၀၀ မှာ L4 ၂ ကတ်စီ")
    (rf"(?<![a-z])(site|branch|store|tower|office|location)(?:s|es)?\s*({_N})\s*(?:မှာ|တွင်|ခု)",
     r" \2 \1s with "),
    # growth and doubling ("၆ လတစ်ခါ နှစ်ဆတက်": doubles every 6 months; "တစ်နှစ် 80% တက်": 80% a year)
    (r"(\d[\d.]*)\s*လ\s*(?:တစ်ခါ|တစ်ကြိမ်)\s*နှစ်ဆ\s*(?:တက်|တိုး|ဖြစ်)?", r" doubles every \1 months "),
    (r"နှစ်ဆ\s*(?:တက်|တိုး)", " doubles "), (r"နှစ်ဆ", " 2x "),
    (rf"တစ်နှစ်(?:ကို)?\s*({_N}\s*%)\s*(?:လောက်)?\s*(?:တက်|တိုး)", r" grows \1 per year "),
    # a speedup said against the old card ("B200 က H100 ထက် 2.5x မြန်တယ်")
    (r"([a-z][a-z0-9]*(?: [a-z0-9]+)?)\s*ထက်\s*(\d[\d.]*)\s*(?:x|ဆ)\s*(?:ပို)?မြန်", r" \2x faster than \1 "),
    (r"([a-z]+)\s*ဈေး(?:ရဲ့)?\s*(\d[\d.]*)\s*ဆ", r" \2x \1 price "),
    (r"(?<=\d)\s*ဆ(?![" + _MARK + "])", "x "),
    # the users of each day or month and what each asks ("တစ်ယောက်ကို တစ်ရက် ၄ ခါ", "တစ်ယောက် ၃ ခါ/ရက်",
    # "၁၀ ခါ/ရက်/ယောက်", "တစ်ယောက်ကို တစ်ရက် output 3,000 tokens")
    (rf"(?:users?\s*)?{_ONE}ယောက်(?:ကို)?\s*{_ONE}ရက်(?:ကို)?\s*(?:(?:query|queries|requests?|messages?)\s*)?"
     rf"({_N})\s*(?:ခါ|ကြိမ်|queries|requests|times)", r" \1 queries per user per day "),
    (rf"(?:users?\s*)?{_ONE}ယောက်(?:ကို)?\s*{_ONE}ရက်(?:ကို)?\s*((?:input|output)\s*)?({_AMOUNT})\s*"
     rf"((?:input|output)\s*)?(tokens?|tok)", r" \2 \1\3tokens per user per day "),
    (rf"(?:users?\s*)?{_ONE}ယောက်(?:ကို)?\s*({_N})\s*(?:ခါ|ကြိမ်)\s*/\s*ရက်", r" \1 queries per user per day "),
    (rf"({_N})\s*(?:ခါ|ကြိမ်)\s*/\s*ရက်\s*/\s*ယောက်", r" \1 queries per user per day "),
    # a day's count said after it ("တစ်ရက် ticket 12k", "တစ်ရက် input token 80M, output 20M",
    # "တစ်ရက် output token 500 million", "တစ်ရက် queries 15 lakh")
    (rf"{_ONE}ရက်(?:ကို)?\s*((?:input|output)\s*)?(tokens?|tok|queries|query|requests?|emails?|tickets?|"
     rf"messages?|calls?|chats?|conversations?)?\s*({_AMOUNT})(?:\s*(tokens?|tok)(?![a-z]))?",
     r" \3 \1\2\4 per day "),
    (rf"(per day)\s*,\s*(input|output)\s*({_AMOUNT})(?!\s*(?:tokens?|tok)(?![a-z/]))",
     r"\1, \3 \2 tokens per day"),
    # an amount said before what it is one of ("$30k တစ်ကတ်")
    *[(rf"({_AMOUNT})\s*{_ONE}(?:{w})", rf"\1 per {to} ") for w, to in _EACH if to in ("card",)],
    # a machine's name before its "one" ("rack တစ်လုံး 15 kW": each rack)
    (rf"(?<![a-z])({_MACHINE})\s*{_ONE}လုံး(?:ကို)?", r" each \1 "),
    # the basis said before an amount ("တစ်ကတ် $28k", "တစ်လုံး 10.2 kW", "တစ်နာရီ ၁၁,၀၀၀ ကျပ်", "တစ်ကတ်တစ်နာရီ $2.5",
    # "တစ်ယူနစ် ၅၀၀ ကျပ်", "တစ်လ ၅,၀၀၀ ကျပ်")
    (rf"{_ONE}ကတ်\s*{_ONE}နာရီ\s*({_AMOUNT})", r" \1 per card per hour "),
    *[(rf"{_ONE}(?:{w})(?:ကို|မှာ)?\s*({_AMOUNT})", rf" \1 per {to} ") for w, to in _EACH],
    (rf"({_N})\s*ကတ်\s*စီ", r" \1 cards each "), (r"{_ONE}ခုစီ".replace("{_ONE}", _ONE), " each "),
    (r"\s*စီ(?![" + _MARK + "])", " each "),
    # a year's or a month's worth ("တစ်နှစ်စာ", "၅ နှစ်စာ")
    (rf"{_ONE}နှစ်စာ", " for one year "), (r"(\d[\d.]*)\s*နှစ်စာ", r" for \1 years "),
    # periods ("၁၈ လအတွင်း", "၂ နှစ်နောက်", "၃ နှစ်", "၃၀ ရက်", "/ရက်")
    (r"(\d[\d.]*)\s*လ\s*အတွင်း", r" within \1 months "), (r"(\d[\d.]*)\s*နှစ်\s*အတွင်း", r" within \1 years "),
    (r"(\d[\d.]*)\s*နှစ်\s*(?:နောက်|ကြာရင်|အကြာ)", r" in \1 years "),
    (r"/\s*ရက်", "/day"), (r"/\s*လ(?![" + _MARK + "])", "/month"), (r"/\s*နှစ်", "/year"), (r"/\s*နာရီ", "/hr"),
    (r"/\s*ယောက်", "/user"), (r"/\s*ကတ်", "/card"),
    (r"(?<=\d)\s*ရက်", " days "), (r"(?<=\d)\s*လ(?![" + _MARK + "])", " months "),
    (r"(?<=\d)\s*နှစ်", " years "),
    (r"(?<=\d)\s*နာရီ", " hours "), (r"(?<=\d)\s*မိနစ်", " minutes "), (r"(?<=\d)\s*(?:ပတ်|အပတ်)", " weeks "),
    # the asked ("ဘယ်နှစ်ကတ်", "ဘယ်နှစ်ရက်", "ဘယ်လောက်")
    (r"ဘယ်နှစ်\s*ကတ်", " how many cards "), (r"ဘယ်နှစ်\s*ရက်", " how many days "),
    (r"ဘယ်နှစ်\s*နာရီ", " how many hours "), (r"ဘယ်နှစ်\s*နှစ်", " how many years "),
    (r"ဘယ်နှစ်\s*ယောက်", " how many users "), (r"ဘယ်နှစ်\s*ဆ", " how many times "),
    (r"ဘယ်နှစ်\s*သိန်း", " how many lakh "),
    (rf"({_MACHINE}[^\u1000-\u109f]{{0,20}}?)ဘယ်နှစ်\s*လုံး", r"\1 how many servers "),
    (r"ဘယ်နှစ်\s*လုံး", " how many "), (r"ဘယ်နှစ်\s*GPU-hours", " how many GPU-hours "),
    (r"ဘယ်နှစ်", " how many "), (r"ဘယ်လောက်", " how much "), (r"ဘယ်ဟာ", " which "),
    # counters ("၈ ကတ်", "DGX H100 ၄ လုံး", "replica ၆ ခု", "message ၈ ခါ")
    (rf"(?<![a-z])({_THINGS})s?\s*({_N})\s*(?:ခု|လုံး|ယောက်|စောင်)", r" \2 \1s "),
    (rf"({_MACHINE}\s*[a-z]*\d+[a-z]*)\s*({_N})\s*လုံး", r"\1 \2 servers"),
    (r"(?<=\d)\s*ကတ်", " cards "), (r"(?<=\d)\s*လုံး", " units "), (r"(?<=\d)\s*(?:ယောက်)", " users "),
    (r"(?<=\d)\s*(?:ခါ|ကြိမ်)", " times "), (r"(?<=\d)\s*(?:ခု|စောင်)", " "),
    # per and each
    (rf"{_ONE}ကတ်(?:ထဲ)?", " per card "), (rf"{_ONE}လုံး", " per server "), (rf"{_ONE}ယောက်", " per user "),
    (rf"{_ONE}ရက်", " per day "), (rf"{_ONE}နာရီ", " per hour "), (rf"{_ONE}လ(?![{_MARK}])", " per month "),
    (rf"{_ONE}နှစ်", " per year "), (rf"{_ONE}ဝက်(?:ကို)?", " half of it "), (rf"{_ONE}ခါ", " once "),
    (rf"{_ONE}ခု", " one "),
    # claims ("၆၄ ကတ်လိုတယ်တဲ့", "၂၀ ရက်ပဲကြာမယ်တဲ့", "ဟုတ်ရဲ့လား")
    (r"ဟုတ်ရဲ့လား|ဟုတ်လား|မှန်လား|ဖြစ်နိုင်လား", " true? "), (r"(?:လို့)?ပြောတယ်|(?:တယ်|မယ်)\s*တဲ့", " they say "),
    (r"ထင်တယ်", " think "),
    # what the rules key on
    (r"လျှပ်စစ်ခ|မီးခ|လျှပ်စစ်", " electricity price "), (r"ငှားခ", " rent price "), (r"ငှား", " rent "),
    (r"ဝယ်", " buy "), (r"ရောင်း", " sell "), (r"ဘတ်ဂျက်", " budget "), (r"ဈေး", " price "),
    (r"ထပ်ပေါင်း|ပေါင်း", " add "), (r"စုစုပေါင်း", " total "), (r"အရင်", " previous "), (r"အခု", " now "),
    (r"ပြောင်း", " switch to "), (r"ထိ", " to "), (r"ကနေ", " from "), (r"ထက်", " than "), (r"မြန်", " faster "),
    (r"အောက်", " or less "), (r"တက်|တိုး", " grows "), (r"ကြာ", " take "), (r"လို", " need "),
    (r"လောက်", " "), (r"ပေါ်မှာ|ပေါ်|မှာ", " on "), (r"အတွက်", " for "), (r"နဲ့|နှင့်", " with "),
    (r"ရင်|ဆို", " if "), (r"သုံး", " use "), (r"ထုတ်", " produce "), (r"daily", " daily "),
    # (words that say nothing of a quantity)
    (r"[\u1000-\u109f]+", " "),
]
# (spaces bounded, as a few are typed between two words: a long run of them costs no time, whatever the rule)
_COMPILED = [(rx.compile(p.replace(r"\s*", r"\s{0,4}"), re.IGNORECASE), to) for p, to in _REWRITES]
# a dollar's rate said with no currency ("1$=4500"), in a message that counts kyat
_KYAT = rx.compile(r"ကျပ်|mmk|သိန်း", re.IGNORECASE)
_BARE_RATE = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"(?:1\s{0,4}\$|\$\s{0,4}1|1\s{0,4}usd)\s{0,4}=\s{0,4}(\d[\d,.]*\d)(?!\s{0,4}(?:mmk|ကျပ်|cny|yuan|ယွမ်|[\d.,]))",
     r"1 USD = \1 MMK"),
    # ("ဒေါ်လာဈေး 4,500", "ဒေါ်လာ 4,600 နဲ့တွက်": the dollar's price in kyat)
    (r"ဒေါ်လာ\s{0,4}(?:ဈေး)?\s{0,4}(?:က)?\s{0,4}(\d{1,2},?\d{3}(?:\.\d+)?)(?![\d,])\s{0,4}(?:ကျပ်|mmk)?",
     r" \1 MMK per USD "))]
_DIGIT_RULES = [(rx.compile(d), str(i)) for i, d in enumerate(_DIGITS)]


def said_in_burmese(text: str) -> bool:
    """The message shows Myanmar script."""
    return _MYANMAR.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Burmese quantity words in English and its digits as digits, with the position in the
    source of each character (calc/script.rewrite)."""
    text, where = rewrite(text, pos, _DIGIT_RULES)
    if _KYAT.search(text):
        text, where = rewrite(text, where, _BARE_RATE)
    out, at = rewrite(text, where, _COMPILED)
    # (Burmese writes no spaces between words, so every English word came with its own: one space between two)
    return single_spaced(out, at)
