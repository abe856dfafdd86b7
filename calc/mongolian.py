"""Mongolian in Cyrillic (монгол хэл) as engineers in Ulaanbaatar type it, English terms mixed in ("450 мянган
DAU", "хүн бүр өдөрт 6 асуулт", "64 ширхэг A100", "цаг нь $3,9", "ханш 3 450₮", "H100 хэдэн ширхэг хэрэгтэй
вэ?"): its number and scale words (нэг, хоёр, … зуу, мянга(н), сая, тэрбум, их наяд), the period, the basis
("бүр", "тутам", "нэг нь"), the counted thing, the hedges and the few verbs the rules key on, said in English,
so that every rule reads them as it reads English (as calc/kazakh does for Kazakh). The case endings
Mongolian glues to an English word or a number ("model-ийг", "H100-аас", "$0,6-оор", "TP=4-өөр", "256ш-ээр")
are dropped or said as the English preposition they stand for; tögrög ("₮", "төгрөг") are MNT, which
calc/foreign converts at a rate the question states ("ханш 3 450"). Mongolian writes its thousands with
spaces ("3 450") and its decimals with a comma ("1,25"). What is left in Mongolian after the rewriting
carries no quantity and is dropped, so that no later reader of a Cyrillic language takes it for its own.

A message is read as Mongolian when it is written in Cyrillic, shows none of the letters only Kazakh has
among the languages calc reads ("ә", "ғ", "қ", "ң", "ұ", "һ", "і"), and shows Mongolian's own words: two of
them, or one with a letter Russian, Ukrainian, Bulgarian and Serbian do not have ("ө", "ү"; Kazakh's too).
Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import aligned, rewrite

_C = "а-яёөү"
_E = rf"(?![{_C}])"        # a word's end
_B = rf"(?<![{_C}])"       # a word's start
_W = rf"[{_C}]*"           # the rest of a word (its ending)
_N = r"\d[\d,.]*(?:\s\d{3}(?!\d))*"    # a number as written ("3 450", "1,25")

_CYRILLIC_LETTER = rx.compile(r"[а-яёөү]", re.IGNORECASE)
_OWN_LETTERS = rx.compile(r"[өүӨҮ]")
_KAZAKH_LETTERS = rx.compile(r"[әғқңұһіӘҒҚҢҰҺІїЇєЄ]")
_WORDS = rx.compile(rf"{_B}(?:вэ|бэ|уу|үү|юу|хэдэн|хэд|дээр|ширхэг{_W}|өдөрт|сард|жилд|цагт|хоног{_W}|"
                    rf"хэрэгтэй|болох|болно|гэж|гэвэл|гэсэн|байна|байгаа|нь|сая|тэрбум|мянга{_W}|төгрөг{_W}|"
                    rf"бүр|бүрт|бүрийн|тутам|манай|бид|хэрэглэгч{_W}|асуулт|хариу|хариулт|ханш|төсөв|"
                    rf"одоо|нийт|орчим|хийвэл|хийх|хийнэ|бол){_E}", re.IGNORECASE)

# ---- number words ----
_UNITS = {"нэг": 1, "нэгэн": 1, "хоёр": 2, "гурав": 3, "гурван": 3, "дөрөв": 4, "дөрвөн": 4, "тав": 5,
          "таван": 5, "зургаа": 6, "зургаан": 6, "долоо": 7, "долоон": 7, "найм": 8, "найман": 8, "ес": 9,
          "есөн": 9}
_TENS = {"арав": 10, "арван": 10, "хорь": 20, "хорин": 20, "гуч": 30, "гучин": 30, "дөч": 40, "дөчин": 40,
         "тавь": 50, "тавин": 50, "жар": 60, "жаран": 60, "дал": 70, "далан": 70, "ная": 80, "наян": 80,
         "ер": 90, "ерэн": 90}
_SCALES = {"зуу": 100, "зуун": 100, "мянга": 1000, "мянган": 1000, "түм": 10_000, "түмэн": 10_000,
           "сая": 10 ** 6, "тэрбум": 10 ** 9}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "хагас"], key=len, reverse=True))
_RUN = rx.compile(rf"{_B}(?:(?:{_NUMBER_WORD})(?:\s+|$)){{2,}}|{_B}(?:{_NUMBER_WORD}){_E}", re.IGNORECASE)
_WORD = rx.compile(rf"[{_C}]+", re.IGNORECASE)


def _value(words: list[str]) -> float | None:
    """The number a run of number words says ("хоёр зуун" 200, "арван зургаа" 16, "нэг сая хагас" 1.5e6)."""
    total, part = 0.0, 0.0
    seen = False
    for w in words:
        if w in _UNITS:
            part += _UNITS[w]
        elif w in _TENS:
            part += _TENS[w]
        elif w == "хагас":
            part += 0.5
        elif w in ("зуу", "зуун"):
            part = (part or 1) * 100
        else:
            total += (part or 1) * _SCALES[w]
            part = 0
        seen = True
    return total + part if seen else None


def _numbers(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        raw = m.group(0)
        words = _WORD.findall(raw.lower())
        # ("нэг" alone is "a", "one": said as an article, never a count; a scale word alone is the rules';
        # "долоо хоног" is a week)
        if len(words) == 1 and ((words[0] not in _TENS and words[0] not in _UNITS)
                                or words[0] in ("нэг", "нэгэн", "долоо")):
            return raw
        if words[0] in _SCALES or words[-1] in ("долоо", "хагас"):
            return raw
        # (the number words of a run, "хорин таван" 25, not what a word may also be: "тав" a verb, "ер" "in
        # general")
        value = _value(words)
        if value is None:
            return raw
        trail = raw[len(raw.rstrip()):]
        if words[-1] in ("сая", "тэрбум") and value >= 1e6:
            unit = 1e9 if words[-1] == "тэрбум" else 1e6
            said = f"{value / unit:g} {'billion' if unit == 1e9 else 'million'}"
        else:
            said = f"{value:g}"
        return said + trail
    return _RUN.sub(one, text)


_X = r"[A-Za-z0-9%)\]$€₮=]"    # what a case ending is glued to

# an amount of money as the rules see it by then ("$3.9", "~$28k", "9,500MNT", "1.1 billion MNT")
_MONEY = (r"(?:~\s*)?(?:[$€£]\s*\d(?:[\d.,]*\d)?(?:\s*[kKmM](?![A-Za-z]))?|\d(?:[\d.,]*\d)?\s*(?:[kK]\s*)?"
          r"(?:(?:thousand|million|billion)\s*)?(?:MNT|yuan|\$))")
_COUNTED = (r"(?:~\s*)?\d(?:[\d.,]*\d)?\s*(?:[kKMB]\b\s*|(?:thousand|million|billion|trillion)\s+)?"
            rf"(?:(?:[A-Za-z][\w/-]*|[{_C}]+)(?:\s+(?:input|output|in|out|tokens?|tok|requests?|queries|query)\b)?)?")

_STEMS = (  # (a stem, its English; any Mongolian ending after it)
    ("хэрэглэгч|хэрэглэгчид", "users"), ("ажилтан|ажилтны|ажилчид|ажилтнууд", "employees"),
    ("асуулт", "questions"), ("хүсэлт", "requests"), ("мессеж|зурвас", "messages"),
    ("дуудлага", "calls"), ("баримт\\s+бичиг|баримт", "documents"), ("үсэг", "characters"),
    ("сервер", "servers"), ("карт", "cards"), ("модел", "model"), ("токен", "tokens"),
    ("салбар|аймаг", "sites"), ("бичлэг", "records"),
)

_REWRITES: list[tuple[str, str]] = [
    # thousands set apart with a space ("3 450₮", "15 000₮", "2 500 kVA")
    (r"(?<![\w.,'])(\d{1,3})[ \u00a0\u202f](\d{3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)", r"\1\2\3"),
    (r"(?<![\w.,'])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)", r"\1\2"),
    # a week, before "долоо" (seven) is read as a number
    (rf"(?<=\d)(\s*)долоо\s+хоног{_W}", r"\1weeks"), (rf"{_B}долоо\s+хоног{_W}", "week"),
    # scale words after a number ("450 мянган", "1,5 сая", "5 тэрбум", "20 мянгаас")
    # (from one number to another: "хэрэглэгч 20 мянгаас 1,5 сая болох")
    (rf"(?<![\d.,])({_N})\s*тэрбум(?:аас|ээс)\s+(?=~?\d)", r"from \1 billion to "),
    (rf"(?<![\d.,])({_N})\s*сая(?:наас|гаас|аас)\s+(?=~?\d)", r"from \1 million to "),
    (rf"(?<![\d.,])({_N})\s*мянга?(?:наас|гаас|аас)\s+(?=~?\d)", r"from \1 thousand to "),
    (rf"(?<![\d.,])({_N}[A-Za-z%]*)-?(?:аас|ээс|оос|өөс)\s+(?=~?\d[\d.,]*\s*(?:[A-Za-z%]+\s+|"
     rf"(?:мянга|сая|тэрбум)[{_C}]*\s+)?(?:болох|болно|болгох|хүрэх|хүрнэ|өснө|өсөх|болтол){_E})",
     r"from \1 to "),
    (rf"(?<=\d)\s*их\s+наяд{_W}", " trillion"),
    (rf"(?<=\d)\s*тэрбум{_W}", " billion"), (rf"(?<=\d)\s*сая{_E}", " million"),
    (rf"(?<=\d)\s*сая(?:аас|гаас|д|тай|ын|гийн){_E}", " million"),
    (rf"(?<=\d)\s*(?:мянга|мянган){_W}", " thousand"),
    (r"(?<=\d)\s*(?:ш|шир|ширхэг)\s*(?=[A-Za-z])", "x "),
    (rf"(?<=\d)\s*(?:ш|шир|ширхэг{_W})(?:-[{_C}]{{1,6}})?{_E}", " cards"),
    (rf"{_B}ширхэг{_W}", "units"),
    # tögrög and dollars
    (rf"(?<![\d.,])(\d[\d.,]*\s*(?:(?:thousand|million|billion)\s*)?)(?:төгрөгөөр|₮-өөр){_E}(?!\s*[(（]?\s*(?:ханш|rate))?",
     r"budget \1 MNT"),
    (r"₮", "MNT"), (rf"{_B}төгрөгөөр{_E}", "in MNT"), (rf"{_B}төгрөг{_W}", "MNT"),
    (rf"{_B}(?:доллар(?:т|аар|оор|ын){_E}|\$-?(?:аар|оор|т)){_E}", "in USD"),
    (rf"(?<=\d)\s*юан{_W}", " yuan"),
    (rf"{_B}ханш(?:аар|ийг|ыг)?{_E}", "rate"),
    # a budget said after its amount ("800 сая ₮ cloud төсөв", "4 тэрбум ₮ төсвөөр", "1 тэрбум төгрөгөөр")
    (rf"({_MONEY})\s+((?:[A-Za-z][\w-]*\s+)?)(?:төсөв|төсвөөр|төсвийн|төсвөөс|төсөвтэй){_E}", r"\2budget \1"),
    # a price per million tokens said before its amount ("1M output token-ыг $0,6-оор", "input 1M $0,15")
    (rf"(?<![\w.])(1\s*M)\s+(input|output)\s+tokens?(?:-[{_C}]{{1,5}})?\s+({_MONEY})(?:-[{_C}]{{1,5}})?{_E}",
     r"\3 per \1 \2 tokens"),
    (rf"(?<![\w.])(input|output)\s+(1\s*M)(?:\s+tokens?)?\s+({_MONEY})(?![\w/])", r"\3 per \2 \1 tokens"),
    # a price said after what it is for ("цаг нь $3,9", "GB нь $14", "кВт.ц нь 280₮", "цагт 9 500₮-өөр")
    (rf"{_B}(?:нэг\s+)?(?:цаг|цагт|цагийн\s+(?:үнэ|төлбөр|түрээс)[{_C}]*)\s+(?:нь\s+)?({_MONEY})(?:-[{_C}]{{1,5}})?{_E}",
     r"\1/hr"),
    (rf"(?<![\w/])(GB|TB|kWh|MWh|(?:кВт|квт)\s*[·*⋅.]?\s*(?:цаг|ц))\s+нь\s+({_MONEY})", r"\2/\1"),
    (rf"{_B}нэг\s+(?:бүр|нь|ширхэг[{_C}]*)\s+({_MONEY})(?:-[{_C}]{{1,5}})?{_E}", r"\1 each"),
    (rf"{_B}нэг\s+(сервер|карт|node|нод|rack|стойк)[{_C}]*\s+({_MONEY})", r"\1 \2 each"),
    (rf"(?<![\w-])(сервер|server|node)\s+({_MONEY})(?=\s*[,.;)]|\s+[{_C}])", r"\1 \2 each"),
    (rf"{_B}сард\s+(?:хэрэглэгч|хүн|user)\s+(?:бүр|болгон)[{_C}]*\s+({_MONEY})", r"\1 per user per month"),
    (rf"{_B}(?:хэрэглэгч|хүн|user)\s+(?:бүр|болгон)[{_C}]*\s+сард\s+({_MONEY})", r"\1 per user per month"),
    # a period said before its amount ("өдөрт 120k дуудлага", "хүн бүр өдөрт 6 асуулт", "секундэд 20 мянган
    # token")
    (rf"{_B}(?:хүн|хэрэглэгч|user)\s+(?:бүр|болгон)[{_C}]*\s+(?:өдөрт|өдөрт\s+нь)\s+({_COUNTED})",
     r"each user \1 per day"),
    (rf"{_B}(?:өдөрт|өдөрт\s+нь)\s+(?:хүн|хэрэглэгч|user)\s+(?:бүр|болгон)[{_C}]*\s+({_COUNTED})",
     r"each user \1 per day"),
    (rf"{_B}(?:өдөрт|өдөрт\s+нь|хоногт)\s+({_COUNTED})", r"\1 per day"),
    (rf"{_B}(?:секундэд|секундын)\s+({_COUNTED})", r"\1 per second"),
    (rf"{_B}(?:нэг\s+)?(?:дуудлага|яриа|сесс|чат|харилцан\s+яриа)[{_C}]*\s+(~?\d[\d.,]*)\s*(?:turn|ээлж|удаа)[{_C}s]*",
     r"\1 turns per conversation"),
    # from one number to another ("хэрэглэгч 20 мянгаас 1,5 сая болох", "X-аас бага")
    (rf"(?<=\d)(\s*)(?:ms|мс)-?(?:аас|ээс|оос|өөс)\s+(?:бага|доош){_W}", r"\1ms max"),
    (rf"(?<={_X})-?(?:аас|ээс|оос|өөс|гаас|гээс)\s+(?:хэтрүүлэхгүй|хэтрэхгүй|ихгүй|илүүгүй){_E}", " max"),
    # times as many, faster, as expensive ("H100-аас 3x хурдан", "4 дахин, дээд тал нь 6 дахин")
    (rf"(?<![\w-])([A-Za-z][\w.-]*)-?(?:аас|ээс|оос|өөс)\s+(~?\d[\d.,]*)\s*(?:x|дахин)\s+(?:илүү\s+)?"
     rf"(?:хурдан|түргэн){_W}", r"\2x faster than \1"),
    (rf"(?<![\d.,])(\d[\d.,]*)\s*(?:x|дахин),?\s+(?:дээд\s+тал\s+нь|хамгийн\s+ихдээ|ихдээ)\s+(\d[\d.,]*)\s*"
     rf"(?:x|дахин){_E}", r"\1x to \2x"),
    (rf"{_B}нэмээд\s+(?=x\s*\d)", "all-in "),
    (rf"{_B}нэмээд\s+(\d[\d.,]*\s*(?:x|дахин)){_E}", r"all-in \1"),
    (rf"(?<=\d)(\s*)(?:x|дахин)\s+(?:илүү\s+)?хурдан{_W}", r"\1x faster"),
    (rf"{_B}(?:хэд|хэдэн)\s+дахин{_E}", "how many times"),
    (rf"(?<=\d)(\s*)дахин{_E}", r"\1x"),
    (rf"{_B}дээд\s+тал\s+нь{_E}", "at most"),
    # doubling and growing
    (rf"(?<![\d.,])({_N})\s+сар\s+(?:тутам|бүр|болгон)\s+(?:2\s*x|хоёр\s+дахин)\s+(?:өс|нэмэгд){_W}",
     r"doubles every \1 months"),
    (rf"(?<![\d.,])({_N})\s+жил\s+(?:тутам|бүр|болгон)\s+(?:2\s*x|хоёр\s+дахин)\s+(?:өс|нэмэгд){_W}",
     r"doubles every \1 years"),
    (rf"{_B}жилд\s+(?:~\s*)?({_N}\s*%)\s*(?:-?[{_C}]+\s+)?(?:өс|нэмэгд){_W}", r"growing \1 a year"),
    (rf"(mfu)\s+({_N})\s+(?:пункт{_W}|п\.п\.)\s+(?:өс|нэмэгд|сайжир|дээшл){_W}", r"\1 \2 points higher"),
    (rf"(mfu)\s*(?:-?[{_C}]+)?\s+({_N}\s*%)\s*(?:-?[{_C}]+)?\s+(?:болгож|болговол|болгох|болгоно|хүргэвэл|"
     rf"хүргэж|болбол){_E}", r"\1 goes to \2"),
    # a basis said after what it is of ("хүн бүр", "карт бүр", "1000 request тутмын", "нэг нь")
    (rf"{_B}(?:хүн|хэрэглэгч|user|юзер)\s+бүр(?:ээс|ийн|т|д)?{_E}", "each user"),
    (rf"{_B}нэг\s+(?:хүн|хэрэглэгч|user|юзер)[{_C}]*{_E}", "each user"),
    (rf"(?<![\w-])([A-Za-z][\w-]*|[{_C}]+)\s+(?:бүр|болгон)(?:ийн|т|д|ээс)?{_E}", r"per \1"),
    (rf"(?<![\d.,])({_N}\s*[A-Za-z]*)\s+(?:тутам|тутмын){_E}", r"per \1"),
    (rf"{_B}нэг\s+(?:бүр|бүрийн|нь|ширхэг{_W}){_E}", "each"),
    (rf"{_B}нэг\s+(?=[A-Za-z])", "per "),
    (rf"{_B}нэг\s+(?:карт|сервер|node|нод)(?:ын|ийн|д|т)?{_E}", "per card"),
    (rf"{_B}(?:нэг\s+)?(?:дуудлага|яриа|сесс|харилцан\s+яриа){_W}(?=\s+~?\d[\d.,]*\s*(?:turn|ээлж|удаа))",
     "per conversation"),
    (rf"{_B}(?:серверийн|сервертэй|server-?тэй)\s+(?:хамт|нь){_E}|\(?server-?тэй\s+нь\)?", "with server"),
    # periods
    (rf"{_B}өдөрт{_E}|{_B}өдөрт\s+нь{_E}|{_B}хоногт\s+нь{_E}", "per day"),
    (rf"{_B}сард{_E}", "per month"), (rf"{_B}жилд{_E}", "per year"),
    (rf"{_B}бүтэн\s+жилд{_E}|{_B}жилийн\s+турш{_E}", "for a full year"),
    (rf"{_B}цагт{_E}|{_B}цаг\s+нь{_E}|{_B}цагийн\s+(?:үнэ|төлбөр|түрээс){_W}", "per hour"),
    (rf"{_B}секундэд{_E}|{_B}секундын{_E}", "per second"), (rf"{_B}минутад{_E}", "per minute"),
    (rf"{_B}долоо\s+хоногт{_E}", "per week"),
    (rf"(?<=/)\s*(?:цаг|ц)(?:-?[{_C}]{{1,5}})?{_E}", "hr"), (rf"(?<=/)\s*(?:сек|с){_E}", "s"),
    (rf"(?:кВт|квт)\s*[·*⋅.]?\s*(?:цаг|ц){_E}", "kWh"), (rf"(?:МВт|мвт)\s*[·*⋅.]?\s*(?:цаг|ц){_E}", "MWh"),
    (rf"(?<=kWh)\s+нь{_E}", " price"),
    (rf"(?<![\d.,])({_N})\s*(?:сар|сарын)\s+(?:дараа|дотор|дотор\s+нь){_E}", r"in \1 months"),
    (rf"(?<![\d.,])({_N})\s*(?:жил|жилийн)\s+(?:дараа|дотор|дотор\s+нь){_E}", r"in \1 years"),
    (rf"(?<=\d)(\s*)(?:сар|сарын|сард|сараас){_E}(?:\s+(?:дараа|дотор){_E})?", " months"),
    (rf"(?<=\d)\s*(?:жил|жилийн|жилд|жилээс){_E}(?:\s+дараа{_E})?", " years"),
    (rf"(?<=\d)\s*(?:хоног|хоногт|хоногийн|хоногоор|өдөр|өдөрт|өдрийн|өдрөөр){_E}", " days"),
    (rf"(?<=\d)\s*(?:цаг|цагт|цагийн|цагаар){_E}", " hours"),
    (rf"{_B}(?:хэдэн|хэд)\s+(?:хоног|өдөр){_W}", "how many days"),
    (rf"{_B}(?:хэдэн|хэд)\s+жил{_W}", "how many years"), (rf"{_B}(?:хэдэн|хэд)\s+цаг{_W}", "how many hours"),
    (rf"{_B}(?:хэдэн|хэд)\s+(?=\$|MNT|төгрөг)", "how much "),
    (rf"{_B}(?:хэдэн|хэд)\s+(?:ширхэг|карт){_W}", "how many cards"),
    (rf"{_B}хэдэн\s+(?=[A-Za-z])", "how many "),
    (rf"{_B}хэд(?:эн)?\s+(?:болох|болно|гарах|гарна|вэ|бэ|зарцуулах|төлөх){_E}", "how much does it cost"),
    (rf"{_B}(?:хэд|хэдэн|хэдийг|хэдий){_E}", "how many"),
    # the case endings glued to an English word, a number or a sign ("H100-аас", "$0,6-оор", "GPU-д")
    (rf"(?<={_X})-(?:[{_C}]{{1,8}}){_E}", ""),
    (rf"(?<=\d[A-Za-z])(?:ийг|ыг|г|ийн|ын|д|т|аар|ээр|оор|өөр|аас|ээс|тэй|тай){_E}", ""),
    # who and what is counted, with any ending
    (rf"{_B}(?:нэгэн\s+зэрэг|зэрэг|нэг\s+зэрэг){_E}", "concurrent"),
    *((rf"{_B}(?:{stem}){_W}", to) for stem, to in _STEMS),
    (rf"{_B}(?:хүн|хүмүүс){_W}", "people"),
    (rf"{_B}(?:хариулт|хариу){_W}", "answer"), (rf"{_B}үг(?:ийн|тэй|ээр)?{_E}", "words"),
    (rf"{_B}(?:дунджаар|дундаж){_W}", "average"),
    (rf"{_B}(?:орчим|гаруй|шахам|орчмын){_E}", ""), (rf"{_B}(?:ойролцоогоор|бараг|ойролцоо){_E}", "about"),
    (rf"{_B}(?:нийт|бүгд|нийлээд){_E}", "total"),
    (rf"{_B}(?:төсөв|төсвөөр|төсвийн|төсвөө|төсвөөс|төсвийг){_E}", "budget"),
    (rf"{_B}(?:үнэ|үнийг|үнээр|өртөг|өртгийг){_E}", "price"),
    (rf"{_B}(?:хөнгөлөлт|хямдрал){_W}", "discount"),
    (rf"{_B}түрээс{_W}", "rent"), (rf"{_B}цахилгаа{_W}", "electricity"), (rf"{_B}чадал{_W}", "power"),
    (rf"{_B}(?:сургах|сургана|сургавал|сургасан|сургаж|сургалт){_W}", "training"),
    (rf"{_B}(?:хэрэгтэй|шаардлагатай|шаардах|шаардана)(?:\s+(?:вэ|бэ|болох|болно))?{_E}", "needed"),
    (rf"{_B}(?:багтах|багтана|багтаж|багтаах){_E}", "fit"), (rf"{_B}(?:хүрэлцэх|хангалттай){_W}", "enough"),
    (rf"{_B}(?:одоо|одоогийн|одоогоор){_E}", "now"),
    (rf"{_B}(?:хязгаартай|хязгаар){_E}", "max"),
    # ("x1,4 гэж бодвол 1 тэрбум ₮": "if we take it so", the end of a clause)
    (rf"(?<=[\w%])\s+(?:гэж\s+(?:бодвол|үзвэл|тооцвол|үзээд|бодоод|тооцоод)|гэвэл){_E}"
     r"(?=\s+[^\s,.;:?!])", ","),
    (rf"{_B}(?:ба|болон){_E}", "and"),
    (rf"{_B}(?:хэлээд|хэлж|ярьж|ярьжээ|ярьсан)\s+(?:байна|байгаа|байсан){_E}", "claims"),
    (rf"(?<![\w-])gpu[-\s]?(?:цаг|ц){_W}", "GPU-hours"),
    (rf"(?<=\d)\s*(?:аймаг|аймгийн|сум|сумын)(?:\s+төв[{_C}]*)?{_E}", " sites"),
    (r"(?<=\d)(\s*)run(?=\s*[,.;])", r"\1runs"), (rf"{_B}(?:эсвэл|буюу){_E}", "or"),
    (rf"(?<=\d)\s*пункт{_W}", " points"),
    (rf"{_B}(?:дээр|дээрх){_E}", "on"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
# what is left in Mongolian, dropped: it carries no quantity, and no later reader should read it as its own
_LEFT = rx.compile(rf"{_B}[{_C}]+(?:-[{_C}]+)*{_E}", re.IGNORECASE)


def said_in_mongolian(text: str) -> bool:
    """The message is written in Mongolian: Cyrillic, no letter only Kazakh has, and two of Mongolian's own
    words, or one with a letter Russian has not ("ө", "ү")."""
    if not _CYRILLIC_LETTER.search(text) or _KAZAKH_LETTERS.search(text):
        return False
    words = {m.group(0).lower() for m in _WORDS.finditer(text)}
    return len(words) >= 2 or (len(words) == 1 and _OWN_LETTERS.search(text) is not None)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text of a question written in Mongolian with its quantity words in English, with the position in
    the source of each character (calc/script.rewrite)."""
    numbered = _numbers(text)
    out, where = (text, list(pos)) if numbered == text else aligned(text, pos, numbered)
    out, where = rewrite(out, where, _COMPILED)
    return rewrite(out, where, [(_LEFT, "")])
