"""Lao written in its own script, as engineers, bank and telecom IT teams and founders in Vientiane type it on
WhatsApp and Facebook with English terms between ("ລູກຄ້າ active ປະມານ 300k ຄົນຕໍ່ມື້", "ຄົນລະ 4 ຄັ້ງ/ມື້",
"DGX H100 2 ເຄື່ອງ, ເຄື່ອງລະ 7.2 ຕື້ກີບ", "(1 USD = 21,700 ກີບ)", "ຕ້ອງມີຈັກກາດ?"): its digits (໐-໙) read as
digits, its scale words (ພັນ thousand, ໝື່ນ ten thousand, ແສນ hundred thousand, ລ້ານ million, ຕື້ billion,
also after a number said in words: "ສີ່ແສນ" 400 thousand, "ສອງສາມຮ້ອຍ" two or three hundred), the basis an
amount is each of, said before it ("ກາດລະ $27k": per card, "ເຄື່ອງລະ ~10.2 kW": per server, "ຄົນລະ": each
user), the period said after it ("ຕໍ່ມື້", "/ມື້": per day), the counters ("32 ກາດ", "8 ໃບ", "64 ໂຕ" cards,
"2 ເຄື່ອງ" machines, "ຄົນ" people) and the words that carry a quantity's meaning in English, said as English
says them, so that every rule reads them as it reads English. Lao writes no spaces between words, so each
English word comes with its own. Kip ("ກີບ", "₭") are LAK, converted at the rate the question states
(calc/foreign). A message is rewritten only when it shows Lao script (U+0E80-U+0EFF, not Thai's block). The
patterns are written as Lao is typed and matched as calc/numbers normalizes it (NFKC: "ໝ" is "ຫມ", "ຳ" is
"ໍາ"). Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import NUMBER_ALONE as _N
from calc.script import rewrite, single_spaced

_LAO = rx.compile(r"[\u0e80-\u0eff]")

_DIGITS = "໐໑໒໓໔໕໖໗໘໙"
# the numbers said in words, before a scale word ("ສີ່ແສນ": 400 thousand; "ສອງສາມຮ້ອຍ": two or three hundred)
_WORDS = (("ໜຶ່ງ|ນຶ່ງ|ນຶງ", "1"), ("ສອງ", "2"), ("ສາມ", "3"), ("ສີ່", "4"), ("ຫ້າ", "5"), ("ຫົກ", "6"),
          ("ເຈັດ", "7"), ("ແປດ", "8"), ("ເກົ້າ", "9"))
_SCALES = "ຮ້ອຍ|ພັນ|ໝື່ນ|ແສນ|ລ້ານ|ຕື້"
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|[kmbt](?![a-z])))?"
_HEDGE = r"(?:(?:about|~|≈|ປະມານ|ລາວໆ|ລາວ)\s*)?"
# an amount: a hedge, a currency, the number, its scale and its unit ("~$25k", "7.2 billion LAK", "10.2 kW")
_AMOUNT = (rf"{_HEDGE}(?:us\$|\$)?\s*{_N}{_SCALE}\s*"
           r"(?:\$|usd|lak|₭|ກີບ|ໂດລາ|dollars|yuan|ຢວນ|ບາດ|baht|kw|w(?![a-z])|gb|tb|%|x(?![a-z\d]))?")
# what an amount is each of, said before it with "ລະ" ("ກາດລະ $27k": per card)
_EACH = (("ກາດ|ໃບ|ໂຕ|gpu", "card"), ("ເຄື່ອງ|server|node", "server"), ("rack|ຕູ້", "rack"),
         ("ສະຖານີ|ສາຂາ", "site"), ("ເດືອນ", "month"), ("ປີ", "year"), ("ຊົ່ວໂມງ|ຊມ\\.?", "hour"))
_THING = (r"(?:requests?|req|queries|query|tickets?|sessions?|emails?|documents?|messages?|replicas?|turns?|"
          r"chats?)")

_REWRITES: list[tuple[str, str]] = [
    # the digits, and the spelled numbers before a scale word
    *[(d, str(i)) for i, d in enumerate(_DIGITS)],
    *[(rf"(?<![\u0e80-\u0eff])({a})\s*({b})\s*(?=ຮ້ອຍ)", rf"{x}00-{y}") for a, x in _WORDS for b, y in _WORDS
      if int(y) == int(x) + 1],
    *[(rf"(?:{w})(?=\s*(?:{_SCALES}))", d) for w, d in _WORDS],
    (r"(?<![\d.,])(\d+)\s*ຮ້ອຍ", r"\g<1>00"), (r"(?<=\d)-(\d)ຮ້ອຍ", r"-\g<1>00"),
    (r"ສິບ(?=\s*(?:ພັນ|ລ້ານ))", "10"),
    # one card alone ("RTX 4090 ໃບດຽວ"), before the counters are read after a number
    (r"(?:ໃບ|ກາດ|ໂຕ)\s*ດຽວ", " only one card "),
    # scale words compounded ("2ແສນ5ໝື່ນ": 250 thousand; "1ລ້ານ2ແສນ": 1.2 million; "3ໝື່ນ5ພັນ": 35 thousand)
    (r"(?<![\d.,])(\d+)\s*ແສນ\s*(\d)\s*ໝື່ນ", r"\1\g<2>0 thousand"),
    (r"(?<![\d.,])(\d+)\s*ໝື່ນ\s*(\d)\s*ພັນ", r"\1\2 thousand"),
    (r"(?<![\d.,])(\d+)\s*ລ້ານ\s*(\d)\s*ແສນ", r"\1.\2 million"),
    (r"(?<![\d.,])(\d+)\.(\d)\s*ແສນ", r"\1\g<2>0 thousand"), (r"(?<![\d.,])(\d+)\s*ແສນ", r"\g<1>00 thousand"),
    (r"(?<![\d.,])(\d+)\.(\d)\s*ໝື່ນ", r"\1\2 thousand"), (r"(?<![\d.,])(\d+)\s*ໝື່ນ", r"\g<1>0 thousand"),
    (r"(?<=\d)\s*ພັນ\s*ຕື້", " trillion "), (r"(?<=\d)\s*ຕື້", " billion "), (r"(?<=\d)\s*ລ້ານ", " million "),
    (r"(?<=\d)\s*ພັນ", " thousand "),
    (r"ຈັກພັນຕື້", " how many trillion "), (r"ຈັກຕື້", " how many billion "),
    (r"ຈັກລ້ານ", " how many million "),
    # kip, baht, yuan and dollars, and the rate said to the dollar ("ໂດລາລະ 21,500 ກີບ", "21,600 ກີບ ຕໍ່ 1$")
    (r"(?:ໂດລາ|usd|\$)\s*ລະ\s*(\d[\d.,]*)\s*(?:ກີບ|₭)", r" \1 LAK per USD "),
    (r"(\d[\d.,]*)\s*(?:ກີບ|₭)\s*(?:ຕໍ່|/|=)\s*(?:1\s*)?(?:\$|usd|ໂດລາ)(?:\s*1(?![\d.,]))?", r"\1 LAK per USD "),
    (r"(?:ເປັນເງິນ|ເປັນ)\s*ກີບ", " in LAK "), (r"(?:ເປັນເງິນ|ເປັນ)\s*(?:ໂດລາ|usd)", " in dollars "),
    (r"ກີບ", " LAK "), (r"(?<=\d)\s*₭", " LAK "), (r"₭", " LAK "),
    (r"ບາດ", " baht "), (r"ຢວນ", " yuan "), (r"ໂດລາ|ດອນລາ", " dollars "),
    # an amount said after what it is each of ("ກາດລະ $27k", "ເຄື່ອງລະ ~10.2 kW", "ສະຖານີລະ 2 ກາດ")
    (r"ເຄື່ອງລະ\s*(\d[\d.,]*\s*(?:ກາດ|ໃບ|ໂຕ|gpus?|cards?))", r" \1 per server "),
    *[(rf"(?<![a-z])(?:{w})\s*ລະ\s*({_AMOUNT}(?:\s*(?:ກາດ|ໃບ|ໂຕ)(?![\u0e80-\u0eff]))?)", rf" \1 per {to} ")
      for w, to in _EACH],
    (rf"(?<![a-z])({_THING})\s*ລະ\s*", r" each \1 "), (r"ຮອບລະ", " each turn "),
    (r"ສະບັບລະ\s*(~?\s*\d[\d.,]*\s*(?:ຄຳ|words|tokens))", r" \1 each "), (r"ສະບັບລະ", " each document "),
    # users of a day ("300k ຄົນຕໍ່ມື້": 300 thousand daily users; "8,000 ຄົນ/ມື້"; "ມື້ລະ 200-300 ຄົນ")
    (rf"ມື້ລະ\s*({_AMOUNT}(?:\s*[-–]\s*{_N}{_SCALE})?)\s*ຄົນ", r" \1 daily users "),
    (r"(?:ມື້ລະ|ມື້ນຶ່ງ|ມື້ໜຶ່ງ|ມື້ໜຶ່ງ|ໃນມື້ນຶ່ງ|ທຸກມື້(?:ມີ)?)\s*((?:gen|input|output|in|out)\s+)?"
     rf"({_AMOUNT}\s*(?:(?:input|output)\s+)?(?:tokens?|requests?|queries|messages|tickets|calls|chats|"
     r"documents|sessions|conversations|ສະບັບ|ຄຳຖາມ|ຂໍ້ຄວາມ|ໜ້າ|ຄົນ))", r" \1\2 per day "),
    (rf"({_AMOUNT})\s*(?:ຄົນ|users?)\s*(?:ຕໍ່\s*ມື້|/\s*ມື້|ຕໍ່\s*ວັນ)", r" \1 daily users "),
    (r"(input|output|prompt)\s*(?:ສະເລ່ຍ|ປະມານ)\s*(?=\d)", r"\1 ~"),
    (r"ຄົນລະ|ຕໍ່ຄົນ|ແຕ່ລະຄົນ", " each user "), (r"ແຕ່ລະ", " each "),
    # a peak said against the average ("peak ສູງກວ່າສະເລ່ຍ 2.5 ເທົ່າ": peak 2.5x average)
    (r"ສູງກວ່າ\s*(?:ສະເລ່ຍ|average|avg|ປົກກະຕິ)\s*(?:ປະມານ)?\s*(\d[\d.]*)\s*(?:ເທົ່າ|x)", r" \1x average "),
    (r"ໄວກວ່າ\s*([a-z0-9 ]{1,30}?)\s*(?:ປະມານ)?\s*(\d[\d.]*\s*x|\d[\d.]*\s*ເທົ່າ)", r" \2 faster than \1 "),
    (r"(?:ຂຶ້ນ|ເພີ່ມ)\s*(\d[\d.]*)\s*(?:ເທົ່າ|x(?![a-z\d]))", r" increases \1x "), (r"(?<=\d)\s*ເທົ່າ", "x "),
    (r"ເທົ່າກັບ", " equal to "), (r"ຈຳນວນເທົ່າເກົ່າ|ເທົ່າເກົ່າ", " same number of cards "),
    (r"ໄວກວ່າ", " faster "), (r"ຖືກກວ່າ", " cheaper "), (r"ແພງກວ່າ", " pricier than "),
    (r"ສູງກວ່າ", " higher than "),
    # all in ("ບວກຄ່າ network, storage, rack ອີກປະມານ 30%": plus 30% for them)
    (r"ບວກ\s*(?:ຄ່າ)?\s*([a-z][a-z ,/&]{0,40}?)\s*(?:ອື່ນໆ)?\s*ອີກ\s*(?:ປະມານ)?\s*(\d[\d.]*\s*%)",
     r" plus \2 for \1 "),
    (r"ບວກ\s*(?:ຄ່າ)?\s*([a-z][a-z ,/&]{0,40}?)\s*(?:ອື່ນໆ)?\s*(\d[\d.]*\s*x|x\s*\d[\d.]*)(?![a-z\d])",
     r" all-in \2 "),
    # growth ("ເພີ່ມ 80% ຕໍ່ປີ"; "x2 ທຸກໆ 6 ເດືອນ": doubles every 6 months; "ອີກ 3 ປີ": in 3 years)
    (r"x\s*2\s*ທຸກໆ?", " doubles every "),
    (r"(?:ເພີ່ມ|ໂຕ|ເຕີບໂຕ)\s*(\d[\d.]*\s*%)\s*ຕໍ່\s*ປີ", r" grows \1 per year "),
    (r"ອີກ(?=\s*\d[\d.,]*\s*(?:ປີ|ເດືອນ|ມື້|ອາທິດ))", " in "), (r"ພາຍໃນ", " within "),
    (r"ຂຶ້ນເປັນ|ເພີ່ມເປັນ", " up to "), (r"ຂະຫຍາຍເປັນ", " to "), (r"ສູງຂຶ້ນ|ເພີ່ມຂຶ້ນ", " up "),
    (r"ຂຶ້ນ", " up "),
    (r"ທຸກໆ|ທຸກ", " every "), (r"ອີກ", " more "),
    # asked and claimed
    (r"ຈັກ\s*(?:ກາດ|ໃບ|ໂຕ)", " how many cards "), (r"ຈັກ\s*ເຄື່ອງ", " how many servers "),
    (r"ຈັກ\s*ມື້", " how many days "), (r"ຈັກ\s*ຄົນ", " how many users "), (r"ຈັກ", " how many "),
    (r"ເທົ່າໃດ|ເທົ່າໃດ", " how much "), (r"ດົນປານໃດ", " how long "),
    (r"ແທ້ບໍ່?|ແທ້ບໍ|ແທ້ຫວາ", " true? "), (r"ເຊື່ອໄດ້ບໍ່?", " believable? "), (r"ພໍບໍ່?", " enough? "),
    (r"ຄຸ້ມບໍ່?", " worth it? "), (r"ໄດ້ບໍ່?", " possible? "), (r"ບໍ່ເກີນ", " at most "),
    (r"(?:ບອກ|ອ້າງ|present|ເຄມ)\s*ວ່າ", " claims "), (r"ໄດ້ຍິນວ່າ|ອ່ານວ່າ", " heard "),
    (r"(?<![a-z])(?:ມາ\s*)?present(?=\s*claims)", " "), (r"ໄດ້(?=\s*~?\s*\d)", " at "),
    # money, the rate and the words the rules key on
    (r"(?:ຄິດ)?\s*(?:ຕາມ)?\s*ລາຄາ\s*ປີ\s*((?:19|20)\d\d)", r" at \1 prices "),
    (r"ລາຄາ\s*(?:ຊິບ|ກາດ|gpu)", " chip price "),
    (r"(?:ຄ່າ)?ໄຟ(?:ຟ້າ)?(?=\s*\d[\d.,]*\s*(?:ກີບ|₭|baht|ບາດ))", " electricity price "),
    (r"/\s*ໜ່ວຍ", "/kWh"), (r"ອັດຕາແລກປ່ຽນ|ອັດຕາ", " rate "), (r"ຫຼຸດ\s*(?:ໃຫ້|ລາຄາ)?", " discount "),
    (r"ງົບ(?:ປະມານ)?|ທຶນ", " budget "), (r"ຄ່າໄຟ(?:ຟ້າ)?", " electricity "), (r"ກິນໄຟ", " draws "),
    (r"ຄ່າເຊົ່າ|ເຊົ່າ", " rent "), (r"ລາຄາ", " price "), (r"ຕົ້ນທຶນ|ຄ່າໃຊ້ຈ່າຍ", " cost "),
    (r"ລວມທັງໝົດ|ທັງໝົດ|ລວມ", " total "), (r"ຊື້", " buy "), (r"ຂາຍ", " sell "),
    (r"ພະລັງງານ|ໄຟຟ້າ|ໄຟ", " power "), (r"ໜ່ວຍ", " kwh "),
    # periods ("/ມື້", "ຕໍ່ມື້", "12 ເດືອນ", "/ຊມ")
    (r"/\s*ມື້", "/day"), (r"/\s*ເດືອນ", "/month"), (r"/\s*ປີ", "/year"), (r"/\s*(?:ຊົ່ວໂມງ|ຊມ\.?)", "/hr"),
    (r"/\s*(?:ກາດ|ໃບ|ໂຕ)", "/card"), (r"/\s*ເຄື່ອງ", "/server"), (r"/\s*ຄົນ", "/user"),
    (r"ຕໍ່\s*ມື້|ມື້ລະ", " per day "), (r"ຕໍ່\s*ເດືອນ|ເດືອນລະ", " per month "),
    (r"ຕໍ່\s*ປີ|ປີລະ", " per year "),
    (r"ຕໍ່\s*(?:ຊົ່ວໂມງ|ຊມ\.?)|ຊົ່ວໂມງລະ", " per hour "),
    (r"ຕໍ່\s*(?:ກາດ|ໃບ|ໂຕ)", " per card "), (r"ຕໍ່\s*ເຄື່ອງ", " per server "),
    (r"ທັງປີ|ໝົດປີ|ຕະຫຼອດປີ", " the whole year "),
    (r"(?<=\d)\s*ມື້", " days "), (r"(?<=\d)\s*ເດືອນ", " months "), (r"(?<=\d)\s*ປີ", " years "),
    (r"(?<=\d)\s*(?:ຊົ່ວໂມງ|ຊມ\.?)", " hours "), (r"(?<=\d)\s*ອາທິດ", " weeks "),
    (r"ປີ\s*((?:19|20)\d\d)", r" in \1 "), (r"ໄລຍະ", " over "), (r"ໝົດ(?=\s*\d)", " for "),
    (r"ມື້", " days "), (r"ເດືອນ", " months "), (r"ປີ", " years "),
    # who and what is counted
    (r"ລູກຄ້າ", " customers "), (r"ຜູ້ໃຊ້(?:ງານ)?", " users "), (r"(?<=\d)\s*ຄົນ", " users "),
    (r"ພ້ອມກັນ", " concurrent "), (r"(?<=\d)\s*(?:ກາດ|ໃບ|ໂຕ)", " cards "),
    (r"(?<=\d)\s*ເຄື່ອງ", " servers "), (r"(?<=\d)\s*(?:ສະຖານີ|ສາຂາ)", " sites "),
    (r"ຄຳຖາມ", " questions "), (r"ຂໍ້ຄວາມ", " messages "), (r"(?<=\d)\s*ຄັ້ງ", " times "),
    (r"(?<=\d)\s*ຮອບ", " turns "), (r"(?<=\d)\s*ສະບັບ", " documents "), (r"(?<=\d)\s*ຄຳ", " words "),
    (r"(?<=\d)\s*ຕົວອັກສອນ", " characters "), (r"(?<=\d)\s*ໜ້າ", " pages "), (r"(?<=\d)\s*ຈຸດ", " points "),
    (r"ກາດ|ໃບ", " cards "), (r"ເຄື່ອງ", " servers "), (r"ຄົນ", " users "), (r"ສູງສຸດ", " max "),
    (r"ສະເລ່ຍ", " average "), (r"ຕອບ", " answer "),
    # the few verbs and words the rules key on
    (r"ປະມານ|ລາວໆ", " about "), (r"ຕ້ອງການ|ຕ້ອງໃຊ້|ຕ້ອງມີ|ຕ້ອງ", " need "), (r"ເທຣນ", " train "),
    (r"ເປົ້າໝາຍ|ເປົ້າ", " target "), (r"ຕອນນີ້|ປັດຈຸບັນ", " now "), (r"ກ່ອນ|ເກົ່າ", " previous "),
    (r"ຮອບນີ້|ເທື່ອນີ້|ຄັ້ງນີ້", " now "), (r"ຄາດວ່າ", " expect "),
    (r"ປ່ຽນ(?:ມາ|ເປັນ)?", " switch to "), (r"ຈາກ", " from "), (r"ເທິງ", " on "), (r"ດ້ວຍ", " with "),
    (r"ກັບ", " with "), (r"ແລະ|ແລ້ວ", " and "), (r"ຫຼື", " or "), (r"ຖ້າ", " if "), (r"ສຳລັບ", " for "),
    (r"ຂອງ", " of "), (r"ໃຊ້", " use "), (r"ມີ", " have "), (r"ໄດ້", " get "), (r"ຕໍ່", " per "),
    (r"ຢາກ", " want "), (r"ເຮົາ", " we "), (r"ໃນ", " in "),
    # ("subscriber 2.5 million": 2.5 million subscribers)
    (rf"(?<![a-z])(?<!each )(subscriber|user|customer|member)s?\s*(?:about\s*)?({_AMOUNT})(?![\d.,]*\d)"
     r"(?:\s*users(?![a-z]))?(?!\s*(?:[a-z%\d\-–]))", r" \2 \1s "),
    # (words that say nothing of a quantity)
    (r"ໆ", " "),
    (r"[\u0e80-\u0eff]+", " "),
]
# (spaces bounded, as a few are typed between two words: a long run of them costs no time, whatever the rule;
# the letters NFKC decomposes matched in both forms)
_FORMS = {"ຳ": "(?:ຳ|ໍາ)", "ໝ": "(?:ໝ|ຫມ)", "ໜ": "(?:ໜ|ຫນ)"}


def _typed(p: str) -> str:
    """The pattern matching each Lao letter as typed and as NFKC writes it ("ໝ" or "ຫມ")."""
    p = re.sub("[ຳໝໜ]", lambda m: _FORMS[m.group()], p)
    return p.replace(r"\s*", r"\s{0,4}").replace(r"\s+", r"\s{1,4}")


_COMPILED = [(rx.compile(_typed(p), re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_lao(text: str) -> bool:
    """The message shows Lao script."""
    return _LAO.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Lao quantity words in English and its digits as digits, with the position in the
    source of each character (calc/script.rewrite)."""
    out, where = rewrite(text, pos, _COMPILED)
    # (Lao writes no spaces between words, so every English word came with its own: one space between two)
    return single_spaced(out, where)
