"""Kazakh in Cyrillic (қазақша) as engineers in Almaty and Astana type it, Russian words and English terms
mixed in ("шамамен 1,2 млн DAU", "күніне 8 сұрақ", "256 дана H100-пен", "сағатына 1 450 ₸", "доллар бағамы
500", "H100 қанша керек?"): its number words (бір, екі, … жүз, мың), the period, the basis, the counted
thing, the hedges and the few verbs the rules key on, said in English, so that every rule reads them as it
reads English (as calc/russian does for Russian). The case endings Kazakh glues to an English word or a
number ("H100-ге", "GPU-да", "L40S-пен", "8B-ны", "42%-ға") are dropped or said as the English preposition
they stand for; tenge ("₸", "теңге", "тенге") are KZT, which calc/foreign converts at a rate the question
states. The Russian words of the message are then read by calc/russian's reader of Russian questions.
Kazakh writes its thousands with spaces ("1 450") and its decimals with a comma ("1,2"), which calc/numbers
reads in any message written in Cyrillic. A message is read as Kazakh when it shows a letter only Kazakh has
among the languages calc reads ("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ") or two of its own words. Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import russian, rx
from calc.script import aligned, rewrite

_C = "а-яёәғқңөұүһі"
_E = rf"(?![{_C}])"        # a word's end
_B = rf"(?<![{_C}])"       # a word's start
_W = rf"[{_C}]*"           # the rest of a word (its ending)
_N = r"\d[\d,.]*(?:\s\d{3}(?!\d))*"    # a number as written ("1 450", "2,5")

_LETTERS = rx.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_WORDS = rx.compile(rf"{_B}(?:және|үшін|керек|неше|бізде|біздің|дана|деп|болса|болады|сайын|күніне|айына|"
                    rf"жылына|сағатына|әрқайсысы|шамамен|бар|мен|пен|бен|мың|жүз|екі|бір|ше|ма|ме|па|пе|"
                    rf"ба|бе)(?![{_C}])", re.IGNORECASE)
_CYRILLIC_LETTER = rx.compile(rf"[{_C}]", re.IGNORECASE)

# ---- number words ----
_UNITS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9}
_TENS = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70,
         "сексен": 80, "тоқсан": 90}
_SCALES = {"жүз": 100, "мың": 1000, "миллион": 10 ** 6, "млн": 10 ** 6, "миллиард": 10 ** 9, "млрд": 10 ** 9}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "жарым"], key=len, reverse=True))
_RUN = rx.compile(rf"{_B}(?:(?:{_NUMBER_WORD})(?:\s+|$)){{2,}}|{_B}(?:{_NUMBER_WORD}){_E}", re.IGNORECASE)
_WORD = rx.compile(rf"[{_C}]+", re.IGNORECASE)


def _value(words: list[str]) -> float | None:
    """The number a run of number words says ("екі жүз" 200, "он алты" 16, "бір жарым миллион" 1.5e6)."""
    total, part = 0.0, 0.0
    seen = False
    for w in words:
        if w in _UNITS:
            part += _UNITS[w]
        elif w in _TENS:
            part += _TENS[w]
        elif w == "жарым":
            part += 0.5
        elif w == "жүз":
            part = (part or 1) * 100
        else:
            scale = _SCALES[w]
            total += (part or 1) * scale
            part = 0
        seen = True
    return total + part if seen else None


def _numbers(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        raw = m.group(0)
        words = _WORD.findall(raw.lower())
        # ("бір" alone is "a", "one": said as an article, never a count; a scale word alone is the rules')
        if len(words) == 1 and ((words[0] not in _TENS and words[0] not in _UNITS) or words[0] == "бір"):
            return raw
        # (the scale after a number written in digits is read by the rules: "80 мың")
        if words[0] in _SCALES:
            return raw
        value = _value(words)
        if value is None:
            return raw
        trail = raw[len(raw.rstrip()):]
        big = next((s for s in ("миллиард", "млрд", "миллион", "млн") if words[-1] == s), None)
        if big and value >= 1e6:
            unit = 1e9 if big in ("миллиард", "млрд") else 1e6
            num = value / unit
            said = f"{num:g} {'billion' if unit == 1e9 else 'million'}"
        else:
            said = f"{value:g}"
        return said + trail
    return _RUN.sub(one, text)


_STEMS = (  # (a stem, its English; any Kazakh ending after it)
    ("пайдаланушы|қолданушы|юзер|абонент|клиент", "users"), ("қызметкер", "employees"),
    ("сұрақ", "questions"), ("сұраныс", "requests"), ("құжат", "documents"), ("хат", "emails"),
    ("сөз", "words"), ("символ", "characters"), ("сессия|сессия", "sessions"),
    ("серверная", "server room"), ("сервер", "servers"), ("карта", "cards"), ("стойка", "racks"),
    ("нода", "nodes"), ("чип", "chips"), ("реплика", "replicas"), ("эпох", "epochs"), ("модель", "model"),
    ("токен", "tokens"), ("филиал", "sites"), ("жүйе", "systems"),
)

_REWRITES: list[tuple[str, str]] = [
    # thousands set apart with a space, whatever follows them ("прайс $9 200.", "$15 000, 128 дана")
    (r"(?<![\w.,'])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)", r"\1\2"),
    (r"(?<![\w.,'])(\d{1,3})[ \u00a0\u202f](\d{3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)", r"\1\2\3"),
    (r"(?<=\d)[Мм](?![\w])", "M"), (r"(?<=\d)[Кк](?![\w])", "k"),
    (r"(?<=\d)(\s*)[кК][вВ][аА](?![\w])", r"\1kVA"), (r"(?<=\d)(\s*)[мМ][вВ][аА](?![\w])", r"\1MVA"),
    (rf"{_B}gpu[-\s]?сағат{_W}|{_B}gpu[-\s]?сағ{_E}", "GPU-hours"), (rf"{_B}gpu[-\s]?жыл{_W}", "GPU-years"),
    (rf"(?<=[Вв]т)-(?:[{_C}]{{1,8}}){_E}", ""),
    # the case endings glued to an English word, a number or a sign ("H100-ге", "8B-ны", "42%-ға")
    (rf"(?<=[A-Za-z0-9%)\]$€])-(?:[{_C}]{{1,8}}){_E}", ""),
    (rf"(?<=\d[A-Za-z])(?:ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|пен|мен|бен|тің|дің|"
     rf"ның|нің|ы|і){_E}", ""),
    # tenge
    (r"₸", "KZT"), (rf"{_B}(?:теңгемен|тенгемен|теңгеде){_E}", "in KZT"),
    (rf"{_B}(?:теңге|тенге){_W}", "KZT"),
    (rf"{_B}долларда{_E}|{_B}долларымен{_E}", "in USD"),
    (rf"{_B}доллар\s+(?:бағамы|курсы)\s+(?=\d)", "rate "), (rf"{_B}(?:бағамы|бағам){_E}", "rate"),
    (rf"{_B}доллар\s+(?=\d[\d\s,.]*\s*KZT)", "1 USD = "),
    # whole phrases first
    (rf"{_B}(?:әр\s+)?({_N})\s+(?:ай|айда)\s+сайын\s+(?:екі|2)\s+есе{_W}", r"doubles every \1 months"),
    (rf"{_B}(?:әр\s+)?({_N})\s+(?:жыл|жылда)\s+сайын\s+(?:екі|2)\s+есе{_W}", r"doubles every \1 years"),
    (rf"(?<![\d.,])({_N})\s*есе\s+өсу\s+үшін{_E}", r"to grow \1x"),
    (rf"(?<![\d.,])({_N})\s*(?:күнде|күн\s+ішінде)\s+(?:бітеді|бітіреді|бітеміз|аяқталады){_E}",
     r"in \1 days"),
    (rf"{_B}(?:бір\s+)?(?:диалогта|сессияда|чатта)\s+(?:орташа\s+|шамамен\s+|~\s*)?({_N})\s+"
     rf"(?:реплика|хабарлама|сұрақ){_W}", r"\1 turns per conversation"),
    (rf"{_B}бір\s+карта(?:сы)?\s+(?:сервер(?:мен|імен)|серверімен)(?:\s+қоса)?{_E}", "per gpu with server"),
    (rf"{_B}бір\s+данасы(?=\s*[~≈]?\s*[$€£]|\s+(?:шамамен\s+)?[$€£\d])", "price per card"),
    (r"(?<=\s)(?=[~≈]?\d[\d.,]*\s*(?:миллион|миллиард|млн|млрд|мың|million|billion|thousand)?\s+"
     r"(?:болады|болмақ)\s+деп)", "to "),
    (rf"{_B}активті{_E}|{_B}белсенді\s+параметр{_W}", "active"),
    (rf"(?<=\d)(\s*)рет{_W}", r"\1queries"), (r"(?<=\d)(\s*)run(?=\s+[^\x00-\x7f])", r"\1runs"),
    (rf"{_B}(?:әр\s+)?({_N})\s+ай\s+сайын{_E}", r"every \1 months"),
    (rf"{_B}екі\s+есе{_W}", "2x"),
    (rf"(?<=\d)(\s*)есе\s+(?:жылдам|тез){_W}", r"\1x faster"), (rf"(?<=\d)(\s*)есе{_W}", r"\1x"),
    (rf"{_B}(?:жылына|жылдық)\s+(?:шамамен\s+|~\s*)?({_N}\s*%)\s*(?:-?[{_C}]+)?\s+өс{_W}",
     r"growing \1 a year"),
    (rf"(mfu)\s+({_N})\s+(?:пункт{_W}|п\.п\.)\s+(?:өсті|өседі|көтерілді|артты|жақсарды){_E}",
     r"\1 \2 points higher"),
    (rf"(mfu)\s*(?:-?[{_C}]+)?\s+({_N}\s*%)\s*(?:-?[{_C}]+)?\s+(?:көтерсек|көтерсе|жеткізсек|өссе){_E}",
     r"\1 goes to \2"),
    (rf"{_B}бұрын\s+(?=[~≈]?\s*\d[\d,.]*\s*%)", "was "),
    (rf"{_B}бір\s+уақытта{_E}", "concurrent"),
    (rf"{_B}(?:бір\s+)?(?:диалогта|диалогқа|сессияда|сессияға)(?=\s)", "per conversation"),
    (rf"{_B}әр\s+(?:репликада|репликаға)(?=\s)", "per turn"),
    (rf"{_B}реплика\s+басына(?=\s)", "per replica"),
    (rf"{_B}(?:бір\s+)?(?:серверге|серверде){_E}", "per server"),
    (rf"{_B}бір\s+(?:картадан|картаға|картада){_E}|{_B}бір\s+gpu-?(?:ға|ге|да|де|дан)?{_E}", "per gpu"),
    (rf"{_B}бір\s+(?:данасы|дана){_E}", "each"),
    (rf"{_B}бір\s+(?:адам|юзер|пайдаланушы|қолданушы){_W}", "each user"),
    (rf"{_B}(?:бір\s+)?юзерге{_E}", "per user"),
    (rf"{_B}әр\s+(?:белсенді\s+)?(?:юзер|адам|пайдаланушы|қолданушы){_W}", "each user"),
    (rf"{_B}әр\s+(?:стойкаға|стойкада){_E}", "per rack"),
    (rf"{_B}(?:мың|1000|1\s000)\s+сұраныс{_W}\s+шаққанда{_E}|{_B}мың\s+сұранысқа{_E}", "per 1000 requests"),
    (rf"{_B}шаққанда{_E}|{_B}басына{_E}", "per"),
    # ("1 кВт·сағ үшін 28 теңге", "input 1М үшін $0,15": a basis before its amount)
    (rf"(?<![\d.,])1\s*(?:кВт|квт)\s*[·*⋅.]?\s*(?:сағ|сағат|ч)\.?\s+үшін{_E}", "per kWh"),
    (rf"(?<=\d)(\s*)(?:М|м|млн)\s+үшін{_E}", r"\1M per"),
    (rf"{_B}үшін{_E}", "for"),
    # periods
    (rf"{_B}күніне{_E}|{_B}тәулігіне{_E}", "per day"), (rf"{_B}сағатына{_E}", "per hour"),
    (rf"{_B}айына{_E}", "per month"), (rf"{_B}жылына{_E}", "per year"), (rf"{_B}аптасына{_E}", "per week"),
    (rf"{_B}секундына{_E}|{_B}секундта{_E}", "per second"), (rf"{_B}минутына{_E}", "per minute"),
    (rf"(?<=/)\s*(?:сағ|сағат)\.?{_E}", "hr"), (rf"(?<=/)\s*(?:сек|с)\.?{_E}", "s"),
    (rf"(?:кВт|квт)\s*[·*⋅.]?\s*(?:сағ|сағат){_E}", "kWh"),
    (rf"(?:МВт|мвт)\s*[·*⋅.]?\s*(?:сағ|сағат){_E}", "MWh"),
    (rf"(?<=\d)(\s*)(?:айлық|айдан|айға|айда|айы|ай){_E}(?:\s+кейін{_E})?", r"\1months"),
    (rf"(?<=\d)(\s*)(?:жылдан|жылға|жылда|жылдық|жыл){_E}(?:\s+кейін{_E})?", r"\1years"),
    (rf"(?<=\d)(\s*)(?:күнге|күнде|күннен|күні|күн){_E}", r"\1days"),
    (rf"(?<=\d)(\s*)(?:аптаға|аптада|апта){_E}", r"\1weeks"),
    (rf"(?<=\d)(\s*)(?:сағатқа|сағатта|сағат|сағ){_E}", r"\1hours"),
    (rf"{_B}(?:неше|қанша)\s+күн{_W}", "how many days"),
    (rf"{_B}(?:қанша|неше)\s+жыл{_W}", "how many years"),
    (rf"{_B}қанша\s+уақыт{_W}", "how long would it take"),
    (rf"{_B}(?:қанша|неше)\s+(?:ақша|теңге|доллар){_W}", "how much does it cost"),
    (rf"{_B}қанша\s+(?:тұрады|шығады|төлейміз|төлеу|кетеді|болады|болар|түседі){_W}",
     "how much does it cost"),
    (rf"{_B}(?:қанша|неше){_E}|{_B}қаншасы{_E}", "how many"),
    (rf"{_B}(?:жыл\s+соңына\s+қарай|жыл\s+соңында){_E}", "by the end of the year"),
    # who and what is counted, with any ending
    *((rf"{_B}(?:{stem}){_W}", to) for stem, to in _STEMS),
    (r"(?<=\d)(\s*)(?:дана|шт\.?)(?=\s*[A-Za-z])", r"\1x"),
    (rf"(?<=\d)(\s*)(?:дана{_W}|шт\.?)", r"\1cards"), (rf"{_B}дана{_W}", "units"),
    (rf"{_B}адам{_W}", "people"),
    (rf"{_B}(?:жауап){_W}", "answer"), (rf"{_B}промпт{_W}", "prompt"),
    (rf"{_B}әрқайсысы{_W}|{_B}әрқайсы{_W}|{_B}әр{_E}", "each"),
    # hedges and measures
    (rf"{_B}(?:шамамен|шамасы|шамалы|шақты|жуық|шамада|мөлшерде){_E}", "about"),
    (rf"(?<=\d)(\s*)(?:мыңдай|мыңға\s+жуық){_E}", r"\1thousand"),
    (rf"(?<=\d)(\s*)мың{_W}", r"\1thousand"),
    (rf"{_B}орташа{_E}", "average"), (rf"{_B}(?:пикте|пик\s+кезінде|шыңында){_E}", "at peak"),
    (rf"{_B}(?:жалпы|барлығы|барлық|бәрі|жиыны){_E}", "total"),
    (rf"{_B}(?:бюджет){_W}|{_B}грант{_W}", "budget"),
    (rf"{_B}(?:бағасы|баға|құны){_E}", "price"), (rf"{_B}(?:жалға|арендаға|арендасы|аренда){_E}", "rent"),
    (rf"{_B}электр{_W}", "electricity"), (rf"{_B}қуат{_W}", "power"),
    (rf"{_B}желі{_W}", "network"), (rf"{_B}инфраструктура{_W}", "infrastructure"),
    (rf"{_B}(?:оқыту|оқытсақ|оқытамыз|оқыта|оқыт){_W}|{_B}претрейн{_W}", "training"),
    (rf"{_B}(?:аспасын|аспау|аспауы|аспайтын){_E}", "max"),
    (rf"(?<=\d)(\s*)(?:пункт{_W})", r"\1 points"),
    (rf"{_B}(?:дейді|деп\s+айтады|айтады|айтты){_E}", "claims"),
    (rf"{_B}(?:керек|қажет){_W}", "needed"), (rf"{_B}сыяды{_E}|{_B}сыйады{_E}", "fit"),
    (rf"{_B}(?:жетеді|жете){_W}", "enough"),
    (rf"{_B}қазір{_E}|{_B}қазіргі{_E}", "now"), (rf"{_B}енді{_E}", "now"),
    (rf"{_B}(?:көшсек|көшеміз|ауыссақ){_E}", "we move to"),
    (rf"{_B}(?:және|мен|пен|бен){_E}", "and"), (rf"{_B}немесе{_E}", "or"),
    (rf"{_B}тест\s+жасадық{_E}|{_B}өлшедік{_E}", "measured"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_kazakh(text: str) -> bool:
    """The message is written in Kazakh: Cyrillic, with a letter only Kazakh has among the languages calc
    reads, or two of Kazakh's own words."""
    if not _CYRILLIC_LETTER.search(text):
        return False
    if _LETTERS.search(text):
        return True
    return len({m.group(0).lower() for m in _WORDS.finditer(text)}) >= 2


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text of a question written in Kazakh with its quantity words in English (and its Russian ones, by
    calc/russian), with the position in the source of each character (calc/script.rewrite)."""
    numbered = _numbers(text)
    out, where = (text, list(pos)) if numbered == text else aligned(text, pos, numbered)
    out, where = rewrite(out, where, _COMPILED)
    return russian.russian_in_english(out, where)
