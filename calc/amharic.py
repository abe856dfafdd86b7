"""Amharic written in Ge'ez (Ethiopic) script, as engineers, bank and telecom IT teams and founders in Addis
Ababa type it on Telegram with English terms and Latin digits between ("80 ሺህ DAU", "በቀን 4 ጥያቄ", "H100 64
ካርድ", "በሰዓት $2.5", "1$ = 132 ብር", "ስንት GPU ያስፈልገናል?"): the scale words (ሺህ/ሺ, ሚሊዮን, ቢሊዮን,
ትሪሊዮን), the number words (አንድ ... መቶ), the period said before an amount (በቀን, በወር, በሰዓት, በዓመት), the
counted thing (ካርድ, ሰርቨር, ጥያቄ, መልእክት, ደንበኛ), "each" said after what it counts ("DGX አንዱ $280,000"),
the prepositions glued before a word or a number (በ per/at/on, ለ for, ከ from/than, ወደ to/about, በየ every)
and the few verbs the rules key on, said in English, so that every rule reads them as it reads English. The
endings glued to an English word ("8b ን", "MFU ችን", "SME ዎች") are dropped. Birr ("ብር") are written "birr"
(calc/foreign reads them as Ethiopia's), the rate a question states said as a rate ("ዶላርን በ 135 ብር",
"1$=130ብር"). Ethiopic numerals (፩ ... ፼) are read as digits, its full stop "።", comma "፣" and colons as
English writes them. A message is rewritten only when it has Ethiopic letters. Every character keeps its
position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import NUMBER as _N
from calc.script import rewrite

_ET = "\u1200-\u135f"
_S = rf"(?<![{_ET}])"       # a word's start
_E = rf"(?![{_ET}])"        # a word's end
_W = rf"[{_ET}]*"           # the rest of a word (its endings: "ዓመታት", "ወሩ")
_SCALE = r"(?:thousand|million|billion|trillion|[kmbt]\b)"
_SIGN = r"(?:[$€]\s*)"
_HEDGE = r"(?:(?:about|~|≈|on\s+average|at\s+least)\s+)"
# an amount, its hedge, sign, scale and unit ("about $38,000", "1.5–2M", "1,100 W", "30k tok/s")
_AMT = (rf"{_HEDGE}?{_SIGN}?{_N}(?:\s*[-–]\s*{_N})?(?:\s*{_SCALE})?"
        r"(?:\s*(?:birr|etb|dollars|usd)\b)?(?:\s*(?:tok/s|tokens?/s|tflop/s|kw|mw|w|j|kwh|gb|tb|ms|%|x)(?![a-z]))?")
# what an amount counts, said after it ("300 token input", "2,000 output token", "5 request")
_COUNTED = (r"(?:documents?|docs?|users?|customers?|queries|requests?|messages?|tokens?|calls?|tickets?|"
            r"sessions?|conversations?|chats?|words?)")
_WHAT = (r"(?:\s+(?:(?:input|output|prompt)\s+)?(?!per\b|each\b)[a-z][\w/%-]*(?![\w.])"
         rf"(?:\s+(?:input|output|{_COUNTED}))?(?:\s+per\s+[a-z]+)?)?")
_WORD = r"(?<![\w.,/-])[a-z][\w.-]*"     # an English word (or a name: "conversation", "doc", "rack")

_ONES = (("አንድ", "1"), ("ሁለት", "2"), ("ሦስት|ሶስት", "3"), ("አራት", "4"), ("አምስት", "5"), ("ስድስት", "6"),
         ("ሰባት", "7"), ("ስምንት", "8"), ("ዘጠኝ", "9"), ("አስር|አሥር", "10"), ("ሃያ|ሀያ", "20"),
         ("ሰላሳ|ሠላሳ", "30"), ("አርባ", "40"), ("ሃምሳ|ሀምሳ", "50"), ("ስልሳ|ስድሳ", "60"), ("ሰባ", "70"),
         ("ሰማንያ", "80"), ("ዘጠና", "90"), ("መቶ", "100"))
_SCALES = (("ሺህ|ሺ", "thousand"), ("ሚሊዮን|ሚሊየን|ሚልዮን", "million"), ("ቢሊዮን|ቢሊየን|ቢልዮን", "billion"),
           ("ትሪሊዮን|ትሪልዮን", "trillion"))
_SCALE_WORDS = "|".join(w for w, _ in _SCALES)

# the periods said before an amount ("በቀን 4 ጥያቄ", "በወር 600 ብር", "በሰዓት $2.5", "በዓመት 120%")
_PERIODS = (("በቀን|በየቀኑ|በእለት|በዕለት|ቀን\\s+ቀን", "a day"), ("በወር|በየወሩ", "a month"),
            ("በሰዓት|በሰአት|በየሰዓቱ", "per hour"), ("በዓመት|በአመት|በየዓመቱ|በየአመቱ", "a year"),
            ("በሳምንት|በየሳምንቱ", "a week"), ("በሰከንድ", "per second"), ("በደቂቃ", "per minute"))
_PERIOD = "|".join(w for w, _ in _PERIODS)
# time words after a number ("9 ቀን", "18 ወር", "2 ዓመታት")
_TIME = (("ቀናት|ቀን" + _W, "days"), ("ወራት|ወር" + _W, "months"), ("ዓመታት|አመታት|ዓመት" + _W + "|አመት" + _W, "years"),
         ("ሰዓታት|ሰዓት" + _W + "|ሰአት" + _W, "hours"), ("ሳምንታት|ሳምንት" + _W, "weeks"), ("ደቂቃ" + _W, "minutes"),
         ("ሰከንድ" + _W, "seconds"))
_TIMES = "|".join(w for w, _ in _TIME)

# the counted things, and the English each is read as
_NOUNS = (("ካርዶች|ካርድ" + _W, "cards"), ("ሰርቨሮች|ሰርቨር" + _W + "|ሰርቨር", "servers"), ("ጂፒዩ" + _W, "GPUs"),
("መልእክቶች|መልዕክቶች|መልእክት" + _W + "|መልዕክት" + _W, "messages"),
          ("ደንበኞች|ደንበኛ" + _W, "customers"), ("ተጠቃሚዎች|ተጠቃሚ" + _W, "users"), ("ቶከን" + _W, "tokens"),
          ("ቃላት|ቃል", "words"), ("ሰነዶች|ሰነድ" + _W, "documents"), ("ጥሪዎች|ጥሪ", "calls"))

_WORDS: list[tuple[str, str]] = [
    # the asked
    ("ስንት|ምን\\s+ያህል|ምንያህል", "how many"), ("የትኛው|የቱ|የትኛውን", "which"),
    ("ያስፈልገናል|ያስፈልጋል|ያስፈልጋችኋል|ያስፈልገኛል|ያስፈልጋቸዋል|ይበቃል|ይበቃናል|ይበቃኛል", "needed"),
    ("ትክክል\\s+ነው|እውነት\\s+ነው", "is that right"),
    # hedges
    ("ገደማ|አካባቢ|ያህል|በግምት", ""), ("በአማካይ|አማካይ", "on average"), ("ቢያንስ", "at least"),
    ("ቢበዛ|ከፍተኛ", "up to"), ("ብቻ", "only"), ("ጠቅላላ|በአጠቃላይ|አጠቃላይ|በጠቅላላ", "total"),
    ("አሁን|አሁኑ|በአሁኑ\\s+ጊዜ", "now"), ("ባለፈው", "last"),
    ("ግማሹን|ግማሽ|ግማሹ", "half"), ("እጥፍ", "double"),
    ("ዋጋ" + _W, "price"), ("ኪራይ", "rent"), ("ወጪ" + _W, "cost"), ("በጀት" + _W, "budget"),
    ("መብራት|ኤሌክትሪክ|ኤሌክትሪክ", "electricity"), ("ሂሳብ", "bill"), ("ገቢ", "revenue"), ("ትርፍ", "profit"),
    ("ፈጣን", "faster"), ("ውድ", "more expensive"), ("ርካሽ|ይረክሳል", "cheaper"),
    ("ተጨማሪ", "more"), ("ወይስ|ወይም", "or"), ("እና|ና", "and"),
    ("ይስባል|ይበላል|ይጠቀማል", "draws"), ("ብንገዛ|መግዛት|እንግዛ|እንገዛ", "buy"),
    ("ብንከራይ|ተከራይተን|ይከራያሉ|ያከራያሉ|ልንከራይ", "rent"),
    ("በተመሳሳይ", "same"), ("ሙሉ", "full"),
]

# the Amharic words a number word counts ("ሶስት ጥያቄ", "አንድ ካርድ", "ሁለት ዓመት")
_COUNT_WORDS = ("(?:ጥያቄ|ካርድ|ሰርቨር|ጂፒዩ|ቀን|ወር|ዓመት|አመት|ሰዓት|ሰአት|ሳምንት|ተጠቃሚ|መልእክት|መልዕክት|ደንበኛ|ቶከን|ሰነድ|"
                "ጥሪ|ቃል|ቃላት)")

_REWRITES: list[tuple[str, str]] = [
    # the full stop, the comma, the colons and the question mark; the quotes
    (r"\u1362", "."), (r"\u1363", ","), (r"\u1364", ";"), (r"[\u1361\u1365\u1366]", ":"), (r"\u1367", "?"),
    (r"\u1368", "."),
    # birr: the word after an amount, before it, the rate a question states with it ("1$=130ብር", "ዶላርን በ
    # 135 ብር", "ዶላር 1 = 133 ብር", "1 ዶላር = 57 ብር")
    (r"(?<=\d)(\s*)ብር" + _E, " birr"),
    (r"(?:(?<=thousand)|(?<=million)|(?<=billion))(\s*)ብር" + _E, " birr"),
    (_S + r"ብር\s*(?=\d)", "birr "),
    (_S + r"(?:1\s*)?(?:ዶላር|ዶላሩ|ዶላርን)\s*(?:1\s*)?(?:=|≈|~|በ|ን\s+በ)\s*(" + _N + r")\s*birr", r"1$ = \1 birr"),
    (r"(?<![\d.,])1\s*ዶላር" + _E, "1$"),
    (r"(?<![\w.,$])(" + _N + r"(?:\s*(?:thousand|million|billion|[kmb]\b))?)\s*(?:ዶላር" + _W + r")", r"$\1"),
    (_S + r"(?:ዶላር" + _W + r")\s*(?=\d)", "$"),
    (_S + r"(?:በብር|ብሩ)" + _E, "in birr"), (_S + r"(?:በዶላር)" + _E, "in USD"),
    (_S + r"ብር" + _W, "birr"), (_S + r"ዶላር" + _W, "dollars"),
    # the number words and the scale ("ሁለት ሺህ", "80 ሺህ", "250 ሚሊዮን")
    (_S + r"አንድ\s+(?=[a-z])", "a "),
    *[(rf"{_S}(?:{w})(?:ን|ም)?{_E}(?=\s*(?:{_SCALE_WORDS}|[a-z0-9$]|{_COUNT_WORDS}))", n) for w, n in _ONES],
    *[(rf"{_S}(?:{w})(?:ን|ም)?{_E}", n) for w, n in _ONES[1:]],
    *[(rf"(?<=\d)\s*(?:{w}){_W}", f" {to}") for w, to in _SCALES],
    *[(rf"{_S}(?:{w}){_W}", to) for w, to in _SCALES],
    # the counted things said after their number or as words
    (r"(?<=\d)\s*(?:ጥያቄዎች|ጥያቄ" + _W + r")", " queries"), (_S + r"(?:ጥያቄዎች|ጥያቄ" + _W + r")", ""),
    *[(rf"{_S}(?:{w}){_E}", to) for w, to in _NOUNS],
    # the endings glued to an English word ("8b ን", "MFU ችን", "SME ዎች", "user base ችን")
    (r"(?<=[A-Za-z0-9)])\s*(?:ን|ችን|ዎች|ዎቹ|ው|ቹ|ዎችን)" + _E, ""),
    # ("ከ 800ms በታች": under; "ከ X በላይ": over; "ከ H100 1.5x ፈጣን": faster than)
    (_S + r"ከ\s*(" + _AMT + r")\s+በታች" + _E, r"under \1"),
    (_S + r"ከ\s*(" + _AMT + r")\s+በላይ" + _E, r"over \1"),
    (_S + r"ከ\s*([A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*)?)\s+(" + _N + r"\s*x)\s+(ፈጣን|faster)" + _E,
     r"\2 faster than \1"),
    (_S + r"ከ\s*([A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*)?)\s+(" + _N + r"\s*x)\s+(ውድ|more\s+expensive)" + _E,
     r"\2 more expensive than \1"),
    (r"(?<![\d.,])(" + _N + r"\s*x)\s+(?:ፈጣን)" + _E, r"\1 faster"),
    (r"(?<![\d.,])(" + _N + r"\s*x)\s+(?:ውድ)" + _E, r"\1 more expensive"),
    # ("ከ server share ጋር 1,100 W": with; "ከ 200 ሺህ users ወደ 5 ሚሊዮን users": from ... to)
    (_S + r"ከ\s*([^\s\u1200-\u135f][^\u1200-\u135f]{0,30}?)\s+ጋር" + _E, r"incl. \1"),
    (_S + r"ከ\s*(?=" + _N + r"[^.?!]{0,60}?ወደ\s*\d)", "from "),
    (_S + r"ከ\s*(?=[\d$€])", ""),
    (r"\b(mfu[^.?!]{0,40}?)ወደ\s*(" + _N + r"\s*%)\s*(?:ብናሻሽለው|ብናሻሽል|ብናሳድገው|ብናሳድግ|ብናደርሰው|ብናደርስ)" + _E,
     r"\1MFU to \2"),
    (_S + r"ወደ\s*(?=" + _N + r"[^.?!,]{0,30}?(?:ብናሻሽ|ብናሳድግ|ቢያድግ|ይደርሳል|ብናደርስ|ለመድረስ|ብናሳድገው|ብንጨምር))",
     "to "),
    (r"(?<=from )(" + _AMT + _WHAT + r")\s+ወደ\s*(?=\d)", r"\1 to "),
    (_S + r"ወደ\s*(?=[\d$€~])", "about "),
    # ("X ጋር": with, after the thing)
    (_S + r"ጋር" + _E, ""),
    # ("በየ 4 ወሩ እጥፍ": doubling every; "በየ site": per)
    (_S + r"በየ\s*(" + _N + r")\s*(?:ወሩ|ወር|ወራት)\s+(?:እጥፍ|double)" + _W, r"doubling every \1 months"),
    (_S + r"በየ\s*(" + _N + r")\s*(?:ወሩ|ወር|ወራት)" + _E, r"every \1 months"),
    (_S + r"በየ\s*(?=[a-z])", "per "),
    # ("በ18 ወር ውስጥ": in; "ለ 2 ዓመት": for; "በሚቀጥሉት 2 ዓመታት": over the next; "9 ቀን ፈጅቶብናል": took)
    (_S + r"(?:በሚቀጥሉት|በቀጣይ|በቀጣዮቹ|በሚቀጥለው)\s*(" + _N + r")\s*(" + _TIMES + r")" + _E,
     r"in the next \1 \2"),
    (_S + r"በ\s*(" + _N + r")\s*(" + _TIMES + r")\s+(?:ውስጥ)" + _E, r"in \1 \2"),
    (_S + r"በ\s*(" + _N + r")\s*(" + _TIMES + r")" + _E, r"in \1 \2"),
    (_S + r"ለ\s*(" + _N + r")\s*(" + _TIMES + r")" + _E, r"for \1 \2"),
    (r"(?<![\w.,])(" + _N + r")\s*(?:" + _TIMES + r")\s+(?:ፈጅቶብናል|ፈጅቶብን|ፈጀብን|የፈጀብንን|የፈጀብን|ፈጅቷል|ወስዶብናል|ወሰደ)",
     r"took \1 days"),
    *[(rf"(?<=\d)\s*(?:{w}){_E}", f" {to}") for w, to in _TIME],
    (_S + r"ውስጥ" + _E, ""),
    # ("ለሙሉ ዓመቱ", "ዓመቱን ሙሉ": a whole year)
    (_S + r"(?:ለሙሉ|ሙሉ)\s+(?:ዓመቱ|አመቱ|ዓመት)" + _W, "for a full year"),
    (_S + r"(?:ዓመቱን|አመቱን)\s+ሙሉ" + _E, "all year"), (_S + r"ቀኑን\s+ሙሉ" + _E, "all day"),
    # ("በ2022 ዋጋ": at a year's prices)
    (_S + r"በ\s*((?:19|20)\d\d)\s+(?:ዋጋ|price)" + _W, r"at \1 prices"),
    # ("3 እጥፍ": times)
    (r"(?<=\d)\s*እጥፍ" + _E, "x"),
    # ("በዓመት 120% እያደገ": growing so much a year)
    (_S + r"(?:በዓመት|በአመት)\s+(" + _N + r"\s*%)\s+(?:እያደገ|ያድጋል|እድገት)" + _W, r"growing \1 per year"),
    # a period said before its amount ("በቀን 500 million tokens", "በሰዓት $2.5", "በወር 600 birr per user")
    *[(rf"{_S}(?:{w}){_E}\s+((?:[a-z]+\s+){{0,2}}{_AMT}{_WHAT})", rf"\1 {to}") for w, to in _PERIODS],
    *[(rf"{_S}(?:{w}){_E}", to) for w, to in _PERIODS],
    # ("DGX አንዱ $280,000", "doc አንዱ ወደ 1,500 words": so much per X; "አንዱ $32k": each)
    (r"(?<![\w.,/-])([a-z]*\d[\w.-]*)\s+(?:አንዱ|እያንዳንዱ)\s+(" + _AMT + _WHAT + r")", r"\1 \2 each"),
    (r"(" + _WORD + r")\s+(?:አንዱ|እያንዳንዱ)\s+((?:[a-z]+\s+){0,2}" + _AMT + _WHAT + r")", r"\2 per \1"),
    (_S + r"(?:አንዱ|እያንዳንዱ)\s+(" + _AMT + _WHAT + r")", r"\1 each"),
    (r"(" + _WORD + r")\s+(?:አንዱ|እያንዳንዱ)" + _E, r"each \1"),
    (_S + r"(?:አንዱ|አንዳንዱ|እያንዳንዱ)" + _E, "each"),
    # ("input በ 1M token $0.20": a price per million input tokens)
    (r"\b(input|output)\s+በ\s*(" + _N + r"\s*[kmb]?)(?:\s+tokens?)?\s+(" + _AMT + r")",
     r"\3 per \2 \1 tokens"),
    # ("1 kWh በ 4.2 birr", "በ kWh 3.5 birr": a tariff)
    (r"(?<![\w.,])(?:1\s*)?kwh\s+በ\s*(" + _AMT + r")", r"electricity \1 per kWh"),
    (_S + r"በ\s*kwh\s+(" + _AMT + r")", r"electricity \1 per kWh"),
    # ("1M token በ 150 birr": so much per so many; "በGB $18", "በ GPU 380 TFLOP/s", "0.3 J በ token": per)
    (r"(?<![\w.,])(" + _N + r"\s*[kmb]?\s*(?:tokens?|kwh|requests?|quer(?:y|ies)))\s+በ\s*(" + _AMT + r")",
     r"\2 per \1"),
    (_S + r"በ\s*([a-z][\w-]*)\s+(" + _AMT + r"(?:\s+(?!per\b)[a-z][\w/]*)?)", r"\2 per \1"),
    (r"(?<=[\dA-Za-z%])\s+በ\s*(?=(?:tokens?|gb|tb|kwh|wh|requests?|quer(?:y|ies)|users?|gpus?|cards?|servers?|"
     r"nodes?|racks?|hours?|months?)\b)", " per "),
    (_S + r"በ\s*(" + _N + r"\s*[kmb]?\s*tokens?)", r"per \1"),
    (_S + r"በ\s*(?=[\d$€])", "at "),
    (_S + r"በ\s*(?=[A-Za-z])", "on "),
    (_S + r"ለ\s*(?=[A-Za-z\d])", "for "),
    (_S + r"የ\s*(?=[A-Za-z\d])", ""),
    (_S + r"ላይ" + _E, ""),
    # ("ቢያንስ 16 GPU ያስፈልጋችኋል": you need, said after what is needed)
    (r"(?:ቢያንስ|at\s+least)\s+(" + _AMT + _WHAT + r")\s+(?:ያስፈልጋችኋል|ያስፈልጋችሁ|ያስፈልግሃል|ያስፈልግዎታል)" + _E,
     r"you need at least \1"),
    (r"(?<![\w.,])(" + _AMT + _WHAT + r")\s+(?:ያስፈልጋችኋል|ያስፈልጋችሁ|ያስፈልግሃል|ያስፈልግዎታል)" + _E, r"you need \1"),
    *[(rf"{_S}(?:{w}){_E}", to) for w, to in _WORDS],
    # (words that say nothing of a quantity)
    (rf"[{_ET}]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
_LETTER = re.compile(rf"[{_ET}]")

# Ethiopic numerals: ones, tens, hundred and ten thousand
_NUMERAL = re.compile(r"[\u1369-\u137c]+")
_VALUE = {**{chr(0x1369 + i): i + 1 for i in range(9)}, **{chr(0x1372 + i): (i + 1) * 10 for i in range(9)}}


def _numeral(run: str) -> int:
    """The value of a run of Ethiopic numerals ("፲፪" 12, "፫፻" 300, "፪፼" 20,000)."""
    total = group = small = 0
    for c in run:
        if c == "\u137b":                   # ፻ hundred
            group += (small or 1) * 100
            small = 0
        elif c == "\u137c":                 # ፼ ten thousand
            total = (total + group + small or 1) * 10_000
            group = small = 0
        else:
            small += _VALUE[c]
    return total + group + small


def said_in_amharic(text: str) -> bool:
    """The message has Ethiopic letters."""
    return _ETHIOPIC.search(text) is not None and _LETTER.search(text) is not None


def _digits(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """Ethiopic numerals written as digits, each digit quoting the numerals it came from."""
    if not _NUMERAL.search(text):
        return text, list(pos)
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _NUMERAL.finditer(text):
        out.append(text[last:m.start()])
        where.extend(pos[last:m.start()])
        digits = str(_numeral(m.group(0)))
        span = pos[m.start():m.end()]
        out.append(digits)
        where.extend(span[round(k * (len(span) - 1) / max(1, len(digits) - 1))] for k in range(len(digits)))
        last = m.end()
    out.append(text[last:])
    where.extend(pos[last:])
    return "".join(out), where


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Amharic quantity words in English and its numerals as digits, with the position in
    the source of each character (calc/script.rewrite)."""
    text, where = _digits(text, pos)
    return rewrite(text, where, _COMPILED)
