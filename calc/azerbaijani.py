"""Azerbaijani (Latin script) quantity words in a question, as engineers in Baku type them, with and without
the language's letters ("12 min əməkdaş", "gündə 25 sorğu", "neçə H100 lazımdır?", "saniyede 150 sorgu",
"8 ədəd A100", "saatı 3,6 ₼-dan", "0,11 AZN/kVt·s", "hər 4 aydan bir ikiqat artır"): the scale (min,
mln, milyard, trilyon), the period, the counted thing, the units of power (kVt, MVt, kVt·s), the hedges and
the few verbs the rules key on, said in English, so that every rule reads them as it reads English (as
calc/turkish does for Turkish, whose words and suffixes Azerbaijani shares many of). The case endings it
glues to an English word or a number with a hyphen ("H100-ləri", "GPU-ya", "mln-a", "ms-dən", "B200-də")
are dropped or said as the English preposition they stand for. Manat ("manat", "₼", "AZN") are written
AZN, the code a rate the question states is said in ("1 USD = 1,7 AZN", "kurs 1,70"). Azerbaijani writes
its decimals with a comma ("1,4"), which calc/numbers reads once this module says the message is
Azerbaijani. A message is read as Azerbaijani when one of its words has "ə" (a letter no other language
calc reads writes in Latin script) or it says two of the language's own words that Turkish does not share
("neçə", "üçün", "qədər", "lazımdır", "dənə", "olacaq", written with or without the letters). Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_PLAIN = {"ə": "e", "ç": "c", "ş": "s", "ğ": "g", "ı": "i", "ö": "o", "ü": "u"}


def _d(pattern: str) -> str:
    """The pattern with each letter of the language's own read with or without it ("neçə" as "ne[cç][eə]");
    a character class is left as it is."""
    out, depth = [], 0
    for i, c in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if c == "[" and not escaped:
            depth += 1
        elif c == "]" and not escaped and depth:
            depth -= 1
        if c in _PLAIN:
            # (in a class, the plain letter is added to it: "[aə]" as "[aəe]")
            out.append(c + _PLAIN[c] if depth else "[" + c + _PLAIN[c] + "]")
        else:
            out.append(c)
    return "".join(out)


_L = "a-zəçğıöşü"
_W = rf"[{_L}]*"            # the rest of a word (its suffixes: "istifadəçilərimiz")
_E = rf"(?![{_L}])"         # a word's end
_B = rf"(?<![{_L}])"        # a word's start
_N = r"\d+(?:[.,]\d+)?"     # a number as written ("2,5")
_AMT = r"\d[\d.,]*(?:\s\d{3}(?!\d))*"   # an amount ("47 600", "3,4")
# "neçə", "nece", "neçe": how many (not "necə", how)
_HOW_MANY = r"ne(?:\xe7[\u0259e]|ce)"

# a word with "ə": no other language calc reads writes it in Latin script
_SCHWA = rx.compile(r"[a-zçğıöşü]*[əƏ][a-zəçğıöşü]*", re.IGNORECASE)
# the language's own words, not Turkish ones, with or without its letters
_OWN = rx.compile(_B + _d(r"(?:neçə|üçün|qədər|olacaq|deyil|deyirlər|istifadəçi|cavab|çıxış|qiymət|xərc|"
                          r"büdcə|axşamlar|alırıq|yükdə|ədəd|çıxar|indi|günlük|manat|azn|₼|lazımdı(?:r)?|"
                          r"gündə|saniyədə|sorğu|bizdə)") + _E,
                  re.IGNORECASE)
# (the ones Turkish or English writes too: two of these alone show no Azerbaijani)
_SHARED = {"manat", "azn", "₼", "lazimdir", "lazımdır", "lazimdi", "lazımdı", "gunde", "günde", "saniyede",
           "sorgu", "bizde", "indi", "gunluk", "günlük"}

_REWRITES: list[tuple[str, str]] = [
    # ("yarısı GPU-ya gedəcək": half of the budget goes on the cards; before "gedəcək" alone is a duration's
    # verb)
    (_B + _d(r"yarısı\s+(?:gpu|kart)") + r"(?:-?" + _W + r")?\s+" + _d(r"ged(?:əcək|ir|ər)") + _E,
     "half goes on GPUs"),
    # manat, at the rate the question states
    (r"(?<=\d)(\s*)(?:₼|manat|azn)(?:" + _W + r"|-" + _W + r")?" + _E, r"\1 AZN"),
    (_B + r"manat" + _W + r"|(?<![a-z])azn(?![a-z])|₼", "AZN"),
    (_B + r"(?:1\s*)?dollar\s*=\s*(" + _N + r")\s*AZN", r"1 USD = \1 AZN"),
    # ("hər istifadəçi ayda 15 manat ödəyir": what each one pays a month, the verb last)
    (_B + r"ayda\s+(" + _N + r")\s*(AZN|\$|dollar" + _W + r")\s+" + _d(r"ödəyir") + _W,
     r"pays \1 \2 a month"),
    # the units of power and energy ("kVt·s", "kVts", "kVt·saat", "MVt")
    (r"(?<![a-z])kvt\s*[·.*-]?\s*(?:saat|s)(?![a-z])" + _W, "kWh"), (r"(?<![a-z])kvt" + _W, "kW"),
    (r"(?<![a-z])mvt" + _W, "MW"), (r"(?<=\d)(\s*)vt(?![a-z])", r"\1W"),
    (r"\bgpu[- ]saat" + _W, "GPU-hours"), (r"\bgpu[- ]il" + _d(r"(?:lik|i)?") + _E, "GPU-years"),
    (r"(\d+)\s*gpu-?l[uü][qk]" + _E, r"\1 GPUs per node"),
    # the thing a speed-up is over, in the ablative ("A100-dən 3 dəfə sürətlidir")
    (r"\b([a-z]*\d+[a-z]*)-?d[aə]n\s+(" + _N + r")\s*(?:x|" + _d(r"dəfə") + r")\s+" + _d(r"sürətli") + _W,
     r"\2x faster than \1"),
    (r"(" + _N + r")\s*(?:x|" + _d(r"dəfə") + r")\s+" + _d(r"(?:daha\s+)?sürətli") + _W, r"\1x faster"),
    (r"\b([a-z]*\d+[a-z]*)-?d[aə]n\s+(" + _N + r")\s*" + _d(r"dəfə") + r"\s+baha" + _E,
     r"\2x the price of \1"),
    (_B + r"dram-?d[aə]n\s+(" + _N + r")\s*" + _d(r"dəfə") + r"\s+baha" + _E, r"\1x DRAM"),
    # growth: a doubling, a multiple, a rate a year
    (_B + _d(r"hər\s+(\d+)\s+ayd[aə]n\s+bir\s+ikiqat\s+art") + _W, r"doubling every \1 months"),
    (_B + _d(r"neçə\s+ayda\s+bir\s+ikiqat\s+artım") + _W, "doubling every how many months"),
    (_B + _d(r"ikiqat\s+art") + _W, "doubles"),
    (_B + _d(r"ildə\s+(" + _N + r")\s*%") + r"(?:-?[a-zəçğıöşü]+)?\s+" + _d(r"art") + _W,
     r"growing \1% a year"),
    (r"(" + _N + r")\s*" + _d(r"dəfə\s+art") + _W, r"grows \1x"),
    (r"(\d+)\s+" + _d(r"dəfə") + r"\s+(?=train|" + _d(r"öyrət") + r")", r"\1 runs "),
    (r"(?<=\d)(\s*)" + _d(r"dəfə") + _E, "x"),
    # periods said with their number ("18 ay sonra", "3 ildən sonra", "10 günə", "18 aya")
    (r"(\d+)\s+" + _d(r"(?:ay|aydan)\s+sonra") + _E, r"in \1 months"),
    (r"(\d+)\s+" + _d(r"(?:il|ildən)\s+sonra") + _E, r"in \1 years"),
    (r"(\d+)\s+" + _d(r"günə\s+öyrətmişdik") + _E, r"took \1 days"),
    (r"(\d+)\s+" + _d(r"günlük") + r"\s+run" + _W, r"\1-day run"),
    (r"(\d+)\s+" + _d(r"günə") + _E, r"in \1 days"), (r"(\d+)\s+aya" + _E, r"in \1 months"),
    (r"(\d+)\s+" + _d(r"ildə") + _E, r"in \1 years"),
    (_B + _d(r"neçə\s+(?:günə|gün)") + _E, "how many days"),
    (_B + _d(r"neçə\s+(?:aya|ayda|ay)") + _E, "how many months"),
    (_B + _d(r"neçə\s+saata") + _E, "how many hours"),
    (r"(?<=\d)(\s*)" + _d(r"gün") + _W, r"\1days"), (r"(?<=\d)(\s*)ay(?:lıq|lıq|l[iı]q)?" + _E, r"\1months"),
    (r"(?<=\d)(\s*)il(?:" + _d(r"lik") + r")?" + _E, r"\1years"),
    (r"(?<=\d)(\s*)" + _d(r"həftə") + _E, r"\1weeks"), (r"(?<=\d)(\s*)saat" + _E, r"\1hours"),
    # the scale ("12 min", "5 mln", "3 milyard", "1,5 trilyon", "2 mln-a")
    (r"(?<=\d)(?<!-\d)(\s*)min(?:-(?:ə|a|lik|dən|i|ı)|dən|ə)?" + _E, r"\1thousand"),
    # ("600 min dollara təklif edirlər": the price a seller asks; "4 ədəd alsaq": so many bought)
    (r"(" + _N + r"\s*(?:thousand|million)?)\s+" + _d(r"dollar") + _W + r"\s+" + _d(r"təklif")
     + r"\s+ed" + _W,
     r"offered at $\1"),
    (r"(?<![\d.,])(\d+)\s+(?:" + _d(r"ədəd") + r"|" + _d(r"dənə") + r")\s+" + _d(r"alsaq") + _E,
     r"if we buy \1"),
    # ("3 milyon manata başa gələcək": what it will cost, the verb last; "hər şey daxil": all-in; "kart
    # qiyməti": a card's price; "şəbəkə": the network, a part of the build)
    (r"(" + _N + r"\s*(?:thousand|million|milyon" + _W + r"|mln" + _W + r")?\s*(?:AZN|\$|dollar" + _W
     + r"))\s+"
     + _d(r"başa\s+gəl") + _W, r"will cost \1"),
    (_B + _d(r"hər\s+şey\s+daxil") + _E, "all-in"), (_B + _d(r"kart\s+qiyməti") + _E, "card price"),
    (_B + _d(r"şəbəkə") + _W, "network"),
    (r"(?<=\d)(\s*)(?:mln|milyon)(?:-?" + _W + r")?" + _E, r"\1million"),
    (r"(?<=\d)(\s*)(?:mlrd|milyard)(?:-?" + _W + r")?" + _E, r"\1billion"),
    (r"(?<=\d)(\s*)(?:trln|trilyon)(?:-?" + _W + r")?" + _E, r"\1trillion"),
    # the price of a million tokens, each side's; the tokens of a day or a second
    (_B + r"(?:1\s+)?(?:milyon|mln)\s+token\s+" + _d(r"başına") + r"\s+(" + _N + r")\s*\$",
     r"$\1 per million tokens"),
    (_B + _d(r"giriş") + r"(?:\s+token" + _W + r")?\s+milyonu\s+(" + _N + r")\s*\$",
     r"$\1 per million input tokens"),
    (_B + _d(r"çıxış") + r"(?:\s+token" + _W + r")?\s+milyonu\s+(" + _N + r")\s*\$",
     r"$\1 per million output tokens"),
    (r"(" + _N + r"\s*[kmb]?)\s+" + _d(r"giriş") + r",\s*(" + _N + r"\s*[kmb]?)\s+" + _d(r"çıxış")
     + r"\s+token" + _W, r"\1 input tokens, \2 output tokens"),
    (_B + _d(r"gündə") + r"\s+(" + _N + r"\s*(?:[kmb]|million|billion|thousand)?)\s*(?:(output|input|"
     + _d(r"çıxış|giriş") + r")\s+)?token" + _W, r"\1 \2 tokens per day"),
    (_B + _d(r"saniyədə") + r"\s+(" + _N + r"\s*(?:[kmb]|million|thousand)?)\s*token" + _W,
     r"\1 tokens per second"),
    (r"\b([a-z]+)\s+" + _d(r"başına") + r"\s+(" + _N + r")\s+(?:token" + _W + r"|tok)\s*/\s*s" + _E,
     r"\2 tokens/s per \1"),
    (r"(\d[\d.,]*)\s+" + _d(r"sorğunun\s+maya\s+dəyəri") + _E, r"the cost per \1 queries"),
    (_B + _d(r"maya\s+dəyəri") + _E, "cost"),
    (r"(\d{4})-?c[iı]\s+" + _d(r"ilin\s+qiymətləri\s+ilə") + _E, r"at \1 prices"),
    (_B + r"mfu\s+(?:" + _d(r"təxminən") + r"\s+)?(\d+)\s+punkt\s+" + _d(r"(?:yüksək|artıq|çox)") + _E,
     r"MFU \1 points higher"),
    (r"(?:" + _d(r"optimizasiyadan\s+sonra") + r"\s+)?(" + _N + r"\s*%)-?[ea]?\s+"
     + _d(r"(?:çıxarsaq|qaldırsaq|artırsaq)") + _E, r"MFU goes to \1"),
    (_B + _d(r"(?:çəkər|bitər|gedər|düşər|gedəcək|çəkib)") + _E, "takes"),
    (_B + _d(r"özünü\s+çıxarar") + _E, "to pay back"),
    (_B + _d(r"hər\s+cavab") + _E, "each answer"),
    (_B + _d(r"hər\s+dau") + _E, "each daily user"),
    (_B + r"mesaj\s+" + _d(r"başı(?:na)?") + r"\s+(" + _AMT + r")\s+token\s+" + _d(r"cavab") + _E,
     r"\1 output tokens per message"),
    (r"(" + _AMT + r"\s*k?)\s+token\s+" + _d(r"cavab") + _E, r"\1 output tokens"),
    # the price of an hour, a thing's each, and the side of a token
    (_B + r"saat[ıi]\s+(" + _AMT + r"\s*(?:AZN|\$|dollar" + _W + r"))", r"\1 per hour"),
    (_B + r"saat[ıi]\s+(\$\s*" + _AMT + r")", r"\1 per hour"),
    (r"(" + _AMT + r"\s*AZN)\s*/\s*kWh", r"\1 per kWh"),
    (r"(?<![\w.,])(\d[\d.,]*\s*(?:million|thousand)?)\s+(?:token\s+)?" + _d(r"başına") + _E,
     r"per \1 tokens"),
    (r"\b([a-z]+)\s+" + _d(r"başı(?:na)?") + r"\s+(" + _AMT + r")\s*\$", r"$\2 per \1"),
    (r"\b([a-z]+)\s+" + _d(r"başı(?:na)?") + _E, r"per \1"),
    (r"(" + _AMT + r"\s*k?)\s*token" + _W + r"\s+" + _d(r"giriş") + _W, r"\1 input tokens"),
    (r"(" + _AMT + r"\s*k?)\s*token" + _W + r"\s+" + _d(r"çıxış") + _W, r"\1 output tokens"),
    (r"(" + _AMT + r"\s*k?)\s+" + _d(r"giriş") + r"\s*\+\s*(" + _AMT + r"\s*k?)\s+" + _d(r"çıxış")
     + r"\s+token" + _W, r"\1 input tokens + \2 output tokens"),
    (_B + _d(r"giriş(?:\s+tokenləri)?") + _E, "input"), (_B + _d(r"çıxış") + _E, "output"),
    (_B + _d(r"(?:prompt\s+)?orta\s+hesabla") + _E, "average"),
    (_B + _d(r"cavab") + r"(?=\s+~?\d)", "answer"), (_B + _d(r"cavab") + _W, "answers"),
    # the case endings glued to English words and numbers ("H100-ləri", "GPU-ya", "ms-dən", "B200-də")
    (r"(?<=\d)(\s*)" + _d(r"(?:ədəd|dənə)") + _E, ""), (_B + _d(r"(?:ədəd|dənə)") + _E, "cards"),
    (r"(?<![\d.,])(\d+)\s+([a-z]*\d+[a-z]*(?:\s+(?:sxm|pcie|nvl))?)-d[aə]" + _E, r"on \1 \2"),
    (r"\b([a-z]*\d+[a-z]*(?:\s+(?:sxm|pcie|nvl))?)-d[aə]" + _E, r"on \1"),
    (r"(?<=[\w%)])-(?:n?[ıiuü]n|n?[ıiuü]|y?[aə]|[dt][aə]n?|n?[dt][ıiuü]r|l[ıiuü][kq]|l[əa]r" + _W
     + r"|s[ıiuü]|y[ıiuü]|d[ıiuü]r|[ıiuü]|[ıiuü]n[ıiuü]|ni|nı|nin|nın)(?!\w)", ""),
    # counts: the word for pieces after a number, cards, servers, sites
    (_B + _d(r"bir\s+ədədi") + _E, "each"),
    (r"(?<=\d)(\s*)kart" + _W, r"\1cards"), (_B + _d(r"hər\s+kart") + _W, "each card"),
    (_B + r"kart" + _W, "cards"),
    (_B + _d(r"hər\s+(?:filial|filiala|filialda)") + _E, "per site"), (_B + r"filial" + _W, "sites"),
    (_B + _d(r"hər\s+(?:replika|replikada)") + _E, "per replica"), (_B + r"replika" + _W, "replicas"),
    (_B + _d(r"şkaf") + _W, "racks"), (_B + r"server" + _W, "servers"),
    # who and what is counted
    (_B + _d(r"aylıq\s+aktiv\s+istifadəçi") + _W, "monthly active users"),
    (_B + _d(r"həftəlik\s+aktiv\s+istifadəçi") + _W, "weekly active users"),
    (_B + _d(r"gündəlik\s+aktiv\s+istifadəçi") + _W, "daily active users"),
    (_B + _d(r"aktiv\s+istifadəçi") + _W, "active users"),
    (_B + _d(r"paralel\s+istifadəçi") + _W, "concurrent users"),
    (_B + _d(r"paralel\s+sorğu") + _W, "concurrent requests"),
    (_B + _d(r"paralel\s+sessiya") + _W, "concurrent sessions"),
    (_B + _d(r"hər\s+istifadəçi") + _E, "each user"), (_B + _d(r"istifadəçi") + _W, "users"),
    (_B + _d(r"əməkdaş") + _W + r"|" + _B + _d(r"işçi") + _W, "employees"),
    (_B + _d(r"müştəri") + _W, "customers"), (_B + _d(r"abunəçi") + _W, "subscribers"),
    (_B + _d(r"saniyədə\s+~?(" + _N + r")\s+sorğu") + _W, r"\1 queries per second"),
    (_B + _d(r"hər\s+sorğu") + _E, "per query"), (_B + _d(r"sorğu") + _W, "queries"),
    (_B + _d(r"hər\s+sual") + _E, "per question"), (_B + r"sual" + _W, "questions"),
    (_B + _d(r"hər\s+söhbət") + _E, "per conversation"), (_B + _d(r"söhbət") + _W, "conversations"),
    (_B + r"mesaj" + _W, "messages"), (_B + r"sessiya" + _W, "sessions"),
    (_B + _d(r"sənəd") + _W, "documents"), (_B + _d(r"söz") + _W, "words"),
    (_B + r"simvol" + _W, "characters"), (_B + r"parametr" + _W, "parameters"),
    (_B + _d(r"yaddaş") + _W, "memory"),
    # periods, bases
    (_B + _d(r"gündəlik") + _E, "daily"), (_B + _d(r"aylıq") + _E, "monthly"),
    (_B + _d(r"həftəlik") + _E, "weekly"), (_B + _d(r"illik") + _E, "annual"),
    (_B + _d(r"gündə") + _E, "per day"), (_B + r"ayda" + _E, "per month"),
    (_B + _d(r"ildə") + _E, "per year"),
    (_B + _d(r"saatda") + _E, "per hour"), (_B + _d(r"saniyədə") + _E, "per second"),
    (_B + _d(r"hər\s+biri") + _E, "each"), (_B + _d(r"hər\s+gün") + _E, "every day"),
    # money
    (_B + _d(r"büdcə") + _W, "budget"), (_B + _d(r"icarə") + _W, "rent"),
    (_B + r"(" + _N + r"\s*%)\s*" + _d(r"endirim") + _W, r"\1 discount"),
    (_B + _d(r"endirim") + _W, "discount"),
    (_B + _d(r"qiymət") + _W, "price"), (_B + _d(r"(?:ümumi\s+)?xərc") + _W, "cost"),
    (_B + r"elektrik" + _W, "electricity"),
    (_B + r"(?:cəmi|cemi|ümumilikdə|umumilikde)" + _E, "total"),
    # what is asked, hedges, peaks, claims
    (_B + _d(r"pik\s+faktor") + _W, "peak factor"), (_B + r"pik" + _E, "peak"),
    (_B + _d(r"utilizasiya") + _E, "utilization"),
    (_B + _d(r"maksimum") + _E, "max"),
    (_B + _HOW_MANY + r"y[əe]" + _E, "how much"),
    (_B + _HOW_MANY + r"\s+(?:dənə|ədəd)" + _E, "how many"), (_B + _HOW_MANY + _W, "how many"),
    (_B + _d(r"nə\s+qədər") + _W, "how much"),
    (_B + _d(r"lazım(?:dır|dı)?") + _E, "needed"), (_B + _d(r"təxminən") + r"\s*(?=[~≈$\d])", "about "),
    (_B + _d(r"deyir(?:lər)?(?:\s+ki)?") + _E, "claims"),
    (_B + _d(r"(?:fərz\s+edək|götürün|götürək)") + _E, ""),
    (_B + _d(r"indi|hazırda") + _E, "now"),
    (r"(?<=\d[bm])(\s+)aktiv" + _E, r"\1active"), (_B + r"enerji\s+" + _d(r"sərfi") + _E, "energy"),
    (_B + _d(r"çəkir") + _E, "draws"), (_B + _d(r"(?:ödəyirik|ödədiyimizi|ödəyir)") + _E, "pay"),
    (_B + r"klaster" + _W, "cluster"), (_B + r"milyonu" + _E, "per million"),
    # (said in English by the rules above: an amount before what it counts, a range of users, a card's price)
    (r"\bper day\s+(~?\d[\d.,]*\s*(?:k|thousand|million)?\s+(?:queries|questions|requests|conversations|"
     r"messages|documents))", r"\1 per day"),
    (r"(\d[\d.,]*\s*(?:thousand|million)?)\s+users\s+(\d[\d.,]*\s*(?:thousand|million)?)\s+"
     + _d(r"çıxmaq") + _E, r"from \1 users to \2"),
    (r"\bcards\s+(\d[\d.,]*(?:\s*(?:thousand|million))?)\s*\$", r"$\1 per card"),
    (_B + _d(r"üçün") + _E, "for"), (_B + _d(r"ilə") + _E, "with"), (_B + r"(?:və|ve)" + _E, "and"),
]
_COMPILED = [(rx.compile(_d(p), re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_azerbaijani(text: str) -> bool:
    """The message shows Azerbaijani: a word written with "ə", or two of the language's own words, one of
    them not one Turkish writes too."""
    if _SCHWA.search(text):
        return True
    words = {m.group(0).lower() for m in _OWN.finditer(text)}
    return len(words) >= 2 and len(words - _SHARED) >= 1


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Azerbaijani quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
