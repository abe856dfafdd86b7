"""Uzbek (Latin script) quantity words in a question, as engineers in Tashkent type them in a chat, with the
letters o‘ and g‘ written with any apostrophe (‘ ' ’ ` ʻ) or none ("so'rov", "so‘rov", "sorov"): the scale
(ming, mln, mlrd, trln, and the number words: "yigirma besh ming"), the period said before its amount ("kuniga
40 ming mijoz", "sekundiga 150 ta so'rov", "soatiga 1,6$"), the count suffix ("8 ta karta", "2 tadan"), the
counted thing, the units of power (kVt, MVt, kVt·soat), growth and speed-ups ("har 4 oyda ikki baravar", "H100
dan 3 baravar tez"), the few verbs and hedges the rules key on, said in English, so that every rule reads them
as it reads English (as calc/azerbaijani does for Azerbaijani). The case endings Uzbek writes after an English
word or a number, apart or glued ("H100 larda", "GPU ga", "8B ni", "L40S dan", "H100lar") are dropped or said
as the English preposition they stand for. So'm ("so'm", "som", "сўм", "UZS") are written UZS, the code a rate
the question states is said in ("1$ = 12 800 so'm", "kurs 12 750"). Uzbek writes its decimals with a comma
("1,4"), which calc/numbers reads once this module says the message is Uzbek. A message is read as Uzbek when
it says two of the language's own words ("nechta", "qancha", "kuniga", "kerak", "uchun", "bo'ladi", "so'rov",
...), one of them a question or period word no other language calc reads writes. Every character keeps its
position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_Q = r"[\x27\u2018\u2019`\u02bb\u02bc]"             # an apostrophe, as written after o and g


def _u(pattern: str) -> str:
    """The pattern with each apostrophe read as any of the language's or none ("so'm" as "so['‘’`ʻʼ]?m")."""
    return pattern.replace("'", _Q + "?")


_L = r"a-z\x27\u2018\u2019`\u02bb\u02bc"
_W = rf"[{_L}]*"            # the rest of a word (its suffixes: "kartalarimizda")
_E = rf"(?![{_L}])"         # a word's end
_B = rf"(?<![{_L}])"        # a word's start
_N = r"\d+(?:[.,]\d+)?"     # a number as written ("2,5")
_AMT = r"\d[\d.,]*(?:\s\d{3}(?!\d))*"   # an amount ("12 750", "3,4")
_SCALED = _AMT + r"(?:\s*(?:thousand|million|billion|trillion|k))?"
# a Latin-script name with a digit ("H100", "L40S", "8B", "MI300X"): what a case ending is written after
_NAME = r"[a-z]*\d+[a-z]*"
# the case endings and plural written after an English word or a number, apart or with a hyphen
_CASE = r"(?:ning|dagi|dan|da|ga|ka|qa|ni|ing|dek)"
_SUFFIX = r"(?:(?:lar|ler)(?:i|si)?" + _CASE + r"?|(?:i|si)" + _CASE + r"?|" + _CASE + r")"

_OWN = rx.compile(_B + _u(r"(?:nechta|nechata|necha|qancha|kuniga|kunda|oyiga|yiliga|soatiga|sekundiga|"
                          r"soniyasiga|soniyada|kerak|kere|uchun|bo'ladi|boladi|bo'lsa|bo'ladimi|so'rov|so'rovlar|"
                          r"so'm|yetadimi|ketadi|bilan|hozir|hozircha|ming|mlrd|taxminan|ijarasi|narxi|"
                          r"baravar|marta|chiqish|kirish|javob|foydalanuvchi|mijoz|xodim|kartada|"
                          r"kartamiz|har\s+biri|bittasi|bitta|qilsak|olsak|qilamiz|karta|o'zi|o'zimizda|"
                          r"sig'adi|bizga)") + _E
                  + r"|" + _B + _u(r"[a-z']{2,}(?:yapmiz|yapti|yapman|moqchimiz|moqchiman|moqdamiz|ishadi)")
                  + _E,
                  re.IGNORECASE)
# (the ones a question in Uzbek shows and no other language calc reads writes: one of them at least)
_ONLY = {"nechta", "nechata", "qancha", "kuniga", "oyiga", "yiliga", "soatiga", "sekundiga", "soniyasiga",
         "soniyada", "kerak", "uchun", "boladi", "bolsa", "boladimi", "sorov", "sorovlar", "yetadimi",
         "ketadi", "bilan", "taxminan", "ijarasi", "baravar", "foydalanuvchi", "kartada", "kartamiz",
         "bittasi", "qilsak", "olsak", "qilamiz", "hozircha", "mlrd", "ozimizda", "sigadi"}
# (a verb in the present continuous or of intent, "-yapmiz", "-moqchimiz": Uzbek's own endings)
_VERB = rx.compile(r"(?:yapmiz|yapti|yapman|moqchimiz|moqchiman|moqdamiz|ishadi)$")

_UNITS = {"bir": 1, "ikki": 2, "uch": 3, "to'rt": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8,
          "to'qqiz": 9}
_TENS = {"o'n": 10, "yigirma": 20, "o'ttiz": 30, "qirq": 40, "ellik": 50, "oltmish": 60, "yetmish": 70,
         "sakson": 80, "to'qson": 90}
_SCALE = r"(?=\s+(?:ming|million|mln|milliard|mlrd|yuz)" + _E + r")"


def _number_words() -> list[tuple[str, str]]:
    """The number words before a scale ("yigirma besh ming", "ikki yarim million") as digits."""
    out: list[tuple[str, str]] = []
    for t, tv in _TENS.items():
        for u, uv in _UNITS.items():
            out.append((_B + t + r"\s+" + u + _SCALE, str(tv + uv)))
        out.append((_B + t + _SCALE, str(tv)))
    for u, uv in _UNITS.items():
        out.append((_B + u + r"\s+yarim" + _SCALE, f"{uv}.5"))
        out.append((_B + u + _SCALE, str(uv)))
    return out


_REWRITES: list[tuple[str, str]] = [
    # ("har biri server bilan birga ~1,1 kW": each card with its share of the server, a card's draw)
    (_B + r"server\s+bilan\s+birga\s+(~?\s*\d+(?:[.,]\d+)?\s*(?:kw|kvt|w|vt))" + _E,
     r"\1 incl. server share"),
    # so'm, at the rate the question states
    (r"(?<=\d)(\s*)(?:so'm|сўм|сум|uzs)(?:" + _W + r")?" + _E, r"\1 UZS"),
    (r"(?<=\d)(\s*)som(?:dan|ga|da)?" + _E, r"\1 UZS"),
    (_B + r"so'mda" + _E, "in UZS"),
    (_B + r"(?:so'm|uzs)(?:\s+kursi)" + _E, "kurs"),
    (_B + r"(?:dollar|\$)\s+kursi" + _E, "kurs"), (_B + r"kursi" + _E, "kurs"),
    (_B + r"so'm" + _W + r"|(?<![a-z])uzs(?![a-z])|сўм", "UZS"),
    (_B + r"dollarda" + _E, "in USD"),
    # the units of power and energy ("kVt·soat", "kVt/soat", "MVt")
    (r"(?<![a-z])kvt\s*[·.*/-]?\s*soat" + _W, "kWh"), (r"(?<![a-z])kvt" + _W, "kW"),
    (r"(?<![a-z])mvt" + _W, "MW"), (r"(?<=\d)(\s*)vt(?![a-z])", r"\1W"),
    (r"(?<=\d)(\s*)kw(?=ni|ga|dan|da)" + _W, r"\1kW"),
    (r"\bgpu[- ]soat" + _W, "GPU-hours"), (r"\bgpu[- ]yil" + _W, "GPU-years"),
    (r"(\d+)\s+kartali\s+server" + _W, r"\1-GPU server"),
    (r"(\d+)\s+kartali" + _E, r"\1-GPU"),
    # the scale ("40 ming", "5 mln", "3 mlrd", "1,5 trln") and the number words
    (r"(?<=\d)(\s*)ming(?:ta|dan|ga|lik)?" + _E, r"\1thousand"),
    (r"(?<=\d)(\s*)(?:mln|million|millon)" + _W, r"\1million"),
    (r"(?<=\d)(\s*)(?:mlrd|milliard)" + _W, r"\1billion"),
    (r"(?<=\d)(\s*)(?:trln|trillion)" + _W, r"\1trillion"),
    (r"(?<=\d)(\s*)(?:ming)\s+(?=\$|dollar)", r"\1thousand "),
    # a thing's each price ("bittasiga 4,2 mlrd UZS", "bittasi taxminan 20 thousand $"), a subscription's
    # month
    (_B + r"(?:bittasi|bittasiga|har\s+biri|har\s+biriga)\s+(?:taxminan\s+)?(~?" + _SCALED
     + r"\s*(?:UZS|\$|dollar|€))", r"\1 each"),
    (_B + r"(?:oyiga|oyda)\s+(" + _SCALED + r"\s*(?:UZS|\$|dollar|€))", r"\1 per month"),
    (_B + r"obuna" + _W, "subscription"),
    (r"(\d+)\s+tadan\s+karta" + _W, r"\1 cards each"),
    (_B + r"bitta\s+kartaga\s+(?=sekundiga|soniyasiga)", "per GPU "),
    (r"(?<=\s)aktiv\s+(?=\d)", "active "),
    (r"(" + _N + r"\s*%)\s*(?:ga|-?ga)?\s+(?:chiqarsak|oshirsak|ko'tarsak)" + _E, r"MFU goes to \1"),
    (_B + r"mfu\s+(?:ham\s+)?(\d+)\s+punkt(?:ga)?\s+(?:oshadi|oshsa|ko'tariladi)" + _E,
     r"MFU \1 points higher"),
    # the count suffix and the word for pieces after a number ("8 ta karta", "2 tadan", "5 dona")
    (r"(?<=\d)\s+tadan" + _E, " each"),
    (r"(?<=\d)\s+(?:ta|dona)(?=\s)", ""), (r"(?<=\d)(?:ta|tasi)" + _E, ""),
    (r"(?<=\d)\s+tasi" + _E, " of them"),
    # speed-ups and price multiples over a thing ("H100 dan 3 baravar tez", "DRAM dan 5 baravar qimmatroq")
    (r"\b(" + _NAME + r"|dram|hbm)(?:\s+|-)?dan\s+(" + _N + r")\s*(?:x|baravar|marta)\s+(?:tez|tezroq)" + _E,
     r"\2x faster than \1"),
    (r"\b(dram)(?:\s+|-)?dan\s+(" + _N + r")\s*(?:baravar|marta)\s+(?:qimmat|qimmatroq)" + _E,
     r"\2x DRAM"),
    (r"\b(" + _NAME + r")(?:\s+|-)?dan\s+(" + _N + r")\s*(?:baravar|marta)\s+(?:qimmat|qimmatroq)" + _E,
     r"\2x the price of \1"),
    (r"(" + _N + r")\s*(?:x|baravar|marta)\s+(?:tez|tezroq)" + _E, r"\1x faster"),
    # growth: a doubling, a multiple, a rate a year
    (_B + r"har\s+(\d+)\s+oyda\s+(?:ikki\s+baravar|2\s*(?:x|baravar))\s+(?:osh|o's|ko'pay)" + _W,
     r"doubling every \1 months"),
    (_B + r"ikki\s+baravar\s+(?:osh|o's|ko'pay)" + _W, "doubles"),
    (_B + r"yiliga\s+(" + _N + r")\s*%\s+(?:osh|o's)" + _W, r"growing \1% a year"),
    (r"(\d+)\s+yilda\s+(" + _N + r")\s*(?:x|baravar|marta)\s+(?:osh|o's|ko'pay)" + _W,
     r"grows \2x in \1 years"),
    (r"(" + _N + r")\s*(?:baravar|marta)\s+(?:osh|o's|ko'pay)" + _W, r"grows \1x"),
    (_B + r"pikda\s+(" + _N + r")\s*(?:x|baravar|marta)(?:\s+(?:ko'p|ortiq|yuqori))?" + _E,
     r"peak factor \1x"),
    # periods said with their number ("2 yildan keyin", "30 kun", "20 kunda")
    (r"(\d+)\s+(?:yildan|yil)\s+(?:keyin|so'ng)" + _E, r"in \1 years"),
    (r"(\d+)\s+(?:oydan|oy)\s+(?:keyin|so'ng)" + _E, r"in \1 months"),
    (_B + r"bir\s+yil\s+ichida" + _E, "in 1 year"), (r"(\d+)\s+yil\s+ichida" + _E, r"in \1 years"),
    (_B + r"bir\s+oylik" + _E, "monthly"),
    (_B + r"necha\s+kun" + _W, "how many days"), (_B + r"necha\s+soat" + _W, "how many hours"),
    (_B + r"necha\s+oy" + _W, "how many months"),
    (r"(?<=\d)(\s*)(?:kun|kunda|kunga|kunlik)" + _E, r"\1days"),
    (r"(?<=\d)(\s*)(?:oy|oyda|oylik)" + _E, r"\1months"),
    (r"(?<=\d)(\s*)(?:yil|yilda|yillik)" + _E, r"\1years"),
    (r"(?<=\d)(\s*)(?:hafta|haftada)" + _E, r"\1weeks"),
    (r"(?<=\d)(\s*)(?:soat|soatda)" + _E, r"\1hours"),
    (r"(?<=[\d$])(\s*)/\s*soat" + _E, r"\1/hour"),
    # prices a period or a unit ("soatiga 1,6$", "soatiga 28 000 UZS dan", "1 kWh uchun 1 050 UZS")
    (_B + r"soatiga\s+(" + _AMT + r")\s*(\$|dollar" + _W + r"|UZS)(?:\s*dan)?", r"\1 \2 per hour"),
    (_B + r"soatiga\s+(\$\s*" + _AMT + r")", r"\1 per hour"),
    (r"\b1\s+kwh\s+uchun\s+(" + _AMT + r"\s*(?:UZS|\$))", r"\1 per kWh"),
    (r"(" + _AMT + r"\s*(?:UZS|\$))\s*/\s*kwh", r"\1 per kWh"),
    (r"\b(?:1\s+)?(?:million)\s+token\s+uchun\s+(" + _N + r")\s*\$", r"$\1 per million tokens"),
    (r"\b(?:har\s+)?(" + _AMT + r")\s+(?:ta\s+)?(?:so'rov|murojaat)\s+uchun" + _E, r"per \1 queries"),
    (r"\b(?:har\s+)?(" + _AMT + r")\s+token\s+uchun" + _E, r"per \1 tokens"),
    (r"\b(" + _NAME + r"|gb)(?:\s+|-)?(?:i|si)?ga\s+(" + _N + r")\s*\$", r"$\2 per \1"),
    # what the period is said of, before its amount
    (_B + r"(?:sekundiga|soniyasiga|soniyada|sekundda)\s+(~?" + _SCALED + r")\s+(?:ta\s+)?"
     r"(?:so'rov|murojaat)" + _W, r"\1 requests per second"),
    (_B + r"(?:sekundiga|soniyasiga|soniyada|sekundda)\s+(~?" + _SCALED + r")\s+token" + _W,
     r"\1 tokens per second"),
    (_B + r"kuniga\s+(~?" + _SCALED + r")\s+(?:(kirish|chiqish)\s+)?token" + _W, r"\1 \2 tokens per day"),
    (_B + r"kuniga\s+(~?" + _SCALED + r")\s+(?:ta\s+)?(?:so'rov|murojaat)" + _W, r"\1 requests per day"),
    (_B + r"kuniga\s+(~?" + _SCALED + r")\s+(?:ta\s+)?(?:so'z)" + _W, r"\1 words per day"),
    (_B + r"kuniga\s+(~?" + _SCALED + r")\s+(?:mijoz|foydalanuvchi|user|odam)" + _W, r"\1 daily users"),
    (_B + r"kuniga\s+(~?" + _SCALED + r")\s+(?:marta)" + _E, r"\1 queries per day"),
    (_B + r"kuniga\s+(~?" + _SCALED + r")\s+(?:ta\s+)?(?:savol)" + _W, r"\1 questions per day"),
    # input and output tokens
    (r"(" + _AMT + r"\s*k?)\s+token\s+kirish\s*/\s*(" + _AMT + r"\s*k?)\s+token\s+(?:javob|chiqish)" + _E,
     r"\1 input tokens / \2 output tokens"),
    (r"(" + _AMT + r"\s*k?)\s+token\s+kirish" + _E, r"\1 input tokens"),
    (r"(" + _AMT + r"\s*k?)\s+token\s+(?:javob|chiqish)" + _E, r"\1 output tokens"),
    (_B + r"(?:kirish|prompt)\s+(~?" + _AMT + r"\s*k?)(?:\s+token" + _W + r")?", r"\1 input tokens"),
    (_B + r"(?:chiqish|javob)\s+(~?" + _AMT + r"(?:\s*-\s*" + _AMT + r")?\s*k?)(?:\s+token" + _W + r")?",
     r"\1 output tokens"),
    (r"(~?" + _AMT + r"\s*k?)\s+token\s+(?:chiqish|javob)" + _W, r"\1 output tokens"),
    (r"(?<=tokens)\s+atrofida" + _E, ""),
    (_B + r"(?:chiqish|javob)" + _E, "output"), (_B + r"kirish" + _E, "input"),
    # the case endings written after an English word or a number ("H100 larda", "GPU ga", "8B ni")
    (r"\b(" + _NAME + r"|gpu|dram|hbm|ai)(?:\s+|-)?dan\s+(?=nechta|nechata|qancha|necha|\d)", r"\1 "),
    (r"\b(" + _NAME + r"|gpu)(?:\s+|-)(?:larda|lardan|lar|da|dagi|ga)" + _E, r"\1"),
    (r"\b(" + _NAME + r"|gpu|dau|mau|ai|hbm|dram|api)(?:\s+|-)" + _SUFFIX + _E,
     r"\1"),
    (r"\b(" + _NAME + r")(?:lar|larda|lardan)" + _E, r"\1"),
    (r"\b(gpu|user)(?:lar|larda|lardan|ga|da|dan|ni|larimiz|larimizning)" + _E, r"\1s"),
    (r"(?<=%)\s*(?:ini|ga|i|dan|da|ni)" + _E, ""),
    # counts: cards, servers, racks, sites, replicas, chips
    (_B + r"har\s+bir\s+(?:karta|kartaga)" + _E, "each card"),
    (_B + r"har\s+(?:biri|birida|biriga|bitta|bittasi)" + _E, "each"),
    (_B + r"(?:bittasi|bittasiga|bitta)" + _E, "each"),
    (_B + r"karta" + _W, "cards"), (_B + r"server" + _W, "servers"), (_B + r"stoyka" + _W, "racks"),
    (_B + r"sayt" + _W, "sites"), (_B + r"replika" + _W, "replicas"), (_B + r"chip" + _W, "chips"),
    (_B + r"eksperiment" + _W, "experiments"),
    # who and what is counted
    (_B + r"bir\s+vaqtda\s+(" + _SCALED + r")\s+(?:odam|user|foydalanuvchi|mijoz)" + _W,
     r"\1 concurrent users"),
    (r"(" + _SCALED + r")\s+parallel\s+(?:user|foydalanuvchi|odam)" + _W, r"\1 concurrent users"),
    (_B + r"(?:parallel|bir\s+vaqtda)" + _E, "concurrent"),
    (_B + r"(?:faol|aktiv)\s+(?:foydalanuvchi|user)" + _W, "active users"),
    (_B + r"(?:foydalanuvchi|abonent|userlar|user)" + _W, "users"),
    (_B + r"(?:to'lovchi)\s+(?=users)", "paying "),
    (_B + r"mijoz" + _W, "customers"), (_B + r"(?:xodim|hodim)" + _W, "employees"),
    (_B + r"har\s+(?:bir\s+)?(?:so'rov|murojaat)" + _W, "per query"),
    (_B + r"(?:so'rov|murojaat)" + _W, "queries"),
    (_B + r"har\s+(?:bir\s+)?(?:xabar)" + _W, "per message"), (_B + r"xabar" + _W, "messages"),
    (_B + r"savol" + _W, "questions"), (_B + r"so'z" + _W, "words"),
    (_B + r"token(?:li|lik|da|ni|ga|lar|dan)" + _E, "tokens"),
    # periods, bases
    (_B + r"(?:kuniga|kunda|har\s+kuni)" + _E, "per day"),
    (_B + r"(?:oyiga|oyda|har\s+oy)" + _E, "per month"),
    (_B + r"(?:yiliga|yilda)" + _E, "per year"), (_B + r"(?:soatiga|soatda)" + _E, "per hour"),
    (_B + r"(?:sekundiga|soniyasiga|soniyada|sekundda)" + _E, "per second"),
    (_B + r"o'rtacha" + _E, "average"),
    # money
    (_B + r"(?:byudjet|budjet|budget)" + _W, "budget"), (_B + r"ijara" + _W, "rent"),
    (r"(" + _N + r"\s*%)\s*chegirma" + _W, r"\1 discount"), (_B + r"chegirma" + _W, "discount"),
    (_B + r"(?:narx|narxi)" + _E, "price"), (_B + r"(?:xarajat|tannarx)" + _W, "cost"),
    (_B + r"(?:elektr|tok)(?:ga|ka)?" + _E, "electricity"),
    (_B + r"hammasi\s+bilan" + _E, "all-in"), (_B + r"(?:jami|umumiy)" + _E, "total"),
    # what is asked, hedges
    (_B + r"(?:nechta|nechata|nechtasi)" + _E, "how many"),
    (_B + r"qancha\s+pul" + _E, "how much money"), (_B + r"(?:qancha|necha\s+pul)" + _E, "how much"),
    (_B + r"(?:necha)" + _E, "how many"),
    (_B + r"(?:sig'adi|joylashadi|sig'adimi)" + _E, "fit"),
    (_B + r"(?:kerak|kere)" + _E, "needed"), (_B + r"taxminan" + _E + r"\s*(?=[~≈$\d])", "about "),
    (r"(?<=\d)(\s*\$?)\s+atrofida" + _E, r"\1"),
    (_B + r"(?:utilizatsiya|yuklama)" + _E, "utilization"),
    (_B + r"(?:uchun)" + _E, "for"), (_B + r"(?:bilan)" + _E, "with"), (_B + r"va" + _E, "and"),
]
_COMPILED = [(rx.compile(_u(p), re.IGNORECASE), to) for p, to in _number_words() + _REWRITES]


def said_in_uzbek(text: str) -> bool:
    """The message shows Uzbek: two of the language's own words, one of them a word no other language calc
    reads writes."""
    words = {re.sub(r"['‘’`ʻʼ\s]", "", m.group(0).lower()) for m in _OWN.finditer(text)}
    return len(words) >= 2 and (len(words & _ONLY) >= 1 or any(_VERB.search(w) for w in words))


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Uzbek quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
