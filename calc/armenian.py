"""Armenian as engineers, bank and telecom IT teams and founders in Yerevan type it, English terms and Latin
digits between ("~350 հազ. ակտիվ հաճախորդ օրական", "64 հատ H100", "ժամը 2,49 $", "1$=390֏", "Քանի՞ L40S
պետք ա?"): the scale words (հազար/հազ., միլիոն/մլն, միլիարդ/մլրդ, տրիլիոն), the number words (մեկ ...
հարյուր), the period (օրական, ամսական, տարեկան, ժամը, վայրկյանում), the counted thing, the units of power
(Վտ, կՎտ, ՄՎտ, կՎտ·ժ, կՎԱ, Ջ), the hedges and the few verbs the rules key on, said in English, so that every
rule reads them as it reads English. The case endings Armenian glues to an English word or a number
("H100-ի վրա" on, "GPU-ն", "8B-ով" with, "20 000-ից" from, "40%-ի" to) are dropped or said as what they stand
for. The question mark Armenian writes over a word's stressed vowel ("Քանի՞", "ինչքա՞ն") is dropped, its full
stop "։" and its comma "՝" are said as English writes them. Dram ("դրամ", "֏") are written "֏" after the
amount (calc/foreign reads the sign as AMD; the English "AMD" is the GPU maker and "DRAM" memory, neither the
currency), the rate
a question states said as a rate ("դոլարը 387", "1$=390֏"). Armenian writes its decimals with a comma ("3,5k",
"1,2 մլն": calc/numbers) and its thousands with spaces ("40 000"). A message is rewritten only when it has
Armenian letters. Every character keeps its position in the source, so a span is quoted as the user wrote
it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import NUMBER as _N
from calc.script import rewrite

_HY = "\u0531-\u0556\u0561-\u0587"
_S = rf"(?<![{_HY}])"       # a word's start
_E = rf"(?![{_HY}])"        # a word's end
_W = rf"[{_HY}]*"           # the rest of a word (its case endings: "օգտատերերի")
# an amount ("~38k $", "$2", "650 դրամ")
_AMT = rf"~?\s*(?:[$€]\s*)?{_N}\s*(?:k|K|M|thousand|million|billion)?\s*(?:\$|€|USD|դրամ{_W}|֏)?"
_LATIN = r"(?<=[A-Za-z0-9%)$€])"      # right after an English word, a number or a sign
_GPU = r"[A-Z][A-Za-z]*\d+[A-Za-z0-9]*(?:\s+(?:SXM\d?|PCIe|NVL\d*|\d+GB))?"   # a card's name ("H100 SXM")
_COST = rf"(?:ինքնարժեք|արժեք|գին|ծախս){_W}"
_SCALE = r"(?:k|K|M|B|T|thousand|million|billion|trillion)"

_UNITS = (("երկու", 2), ("երեք", 3), ("չորս", 4), ("հինգ", 5), ("վեց", 6), ("յոթ", 7), ("ութ", 8), ("ինը", 9))
_NUMBER_WORDS = (*((rf"{w}\s+հարյուր", str(n * 100)) for w, n in _UNITS),
                 ("հարյուր", "100"), ("քսան", "20"), ("երեսուն", "30"), ("քառասուն", "40"), ("հիսուն", "50"),
                 ("տասը", "10"), ("տաս", "10"), ("երկու", "2"), ("երեք", "3"), ("չորս", "4"), ("հինգ", "5"),
                 ("վեց", "6"), ("յոթ", "7"), ("ութ", "8"), ("ինը", "9"))

_REWRITES: list[tuple[str, str]] = [
    # the question mark over a stressed vowel, the emphasis and exclamation marks; the full stop and comma
    (r"[\u055e\u055b\u055c]", ""), (r"\u0589", "."), (r"\u055d", ","), (r"\u058a", "-"),
    # thousands set apart with a space ("40 000 զանգ", "~1 250 000 ֏")
    (r"(?<![\w.,'])(\d{1,3})[ \u00a0\u202f](\d{3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)", r"\1\2\3"),
    (r"(?<![\w.,'])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)", r"\1\2"),
    # dram: the sign and the word after an amount or before it; a rate said with them
    (r"(?<=\d)(\s*)(?:֏|դրամ" + _W + r")", " ֏"), (r"֏\s*(?=\d)", "֏ "),
    (r"(?<=\d)(\s*)(?:դոլար" + _W + r")", " USD"),
    (_S + r"(?:դոլարը|դոլարի\s+կուրսը|կուրսը|կուրս)\s*(?:[=:~≈]\s*)?(" + _N + r")(?!\s*(?:\$|֏|դրամ))",
     r"rate \1"),
    (_S + r"(?:ինչքան|որքան|քանի)\s+դոլար(?:ով)?" + _E, "how much in USD"),
    (_S + r"դոլարով" + _E, "in USD"), (_S + r"դրամով" + _E, "in ֏"),
    (_S + r"(?:դոլար" + _W + r")", "USD"), (_S + r"դրամ" + _W, "֏"),
    # the number words and the scale
    *[(rf"{_S}{w}(?:ը|ի|ով|ին)?{_E}", n) for w, n in _NUMBER_WORDS],
    (_S + r"(?:մեկ|մի)\s+(?=(?:ամս|ամիս|տար|օր|շաբաթ|ժամ)" + _W + _E + ")", "1 "),
    (r"(?<=\d)(\s*)(?:հազ\.|հազ" + _E + r"|հազար" + _W + r")", " thousand"),
    (r"(?<=\d)(\s*)(?:մլն\.?|միլիոն" + _W + r")", " million"),
    (r"(?<=\d)(\s*)(?:մլրդ\.?|միլիարդ" + _W + r")", " billion"),
    (r"(?<=\d)(\s*)(?:տրլն\.?|տրիլիոն" + _W + r")", " trillion"),
    (r"(?:(?<=thousand)|(?<=million)|(?<=billion))(\s*)(?:֏|դրամ" + _W + r")", " ֏"),
    (_S + r"քանի\s+միլիոն\s+(?:դոլար" + _W + r"|USD)", "how many million USD"),
    # units of power and energy; time after a slash
    (r"(?<![A-Za-z" + _HY + r"])կՎտ\s*[·*⋅./]?\s*ժ(?:ամ)?" + _E, "kWh"),
    (r"(?<![A-Za-z" + _HY + r"])ՄՎտ\s*[·*⋅./]?\s*ժ(?:ամ)?" + _E, "MWh"),
    (r"(?<![A-Za-z" + _HY + r"])կՎԱ" + _E, "kVA"), (r"(?<![A-Za-z" + _HY + r"])ՄՎԱ" + _E, "MVA"),
    (r"(?<![A-Za-z" + _HY + r"])կՎտ" + _E, "kW"), (r"(?<![A-Za-z" + _HY + r"])ՄՎտ" + _E, "MW"),
    (r"(?<![A-Za-z" + _HY + r"])Վտ" + _E, "W"),
    (_S + r"կիլովատ-?ժամ" + _W, "kWh"), (_S + r"կիլովատ" + _W, "kW"), (_S + r"մեգավատ" + _W, "MW"),
    (r"(?<=\d)\s*(?:ԳԲ|Գբ)" + _E, "GB"), (r"(?<=\d)\s*(?:ՏԲ|Տբ)" + _E, "TB"),
    (r"(?<=\d)\s*(?:մվ|մվրկ|միլիվայրկյան" + _W + r")" + _E, " ms"), (r"(?<=\d)(\s*)Ջ" + _E, r"\1J"),
    (r"/\s*վրկ\.?" + _E, "/s"), (r"/\s*ժամ" + _W, "/hr"), (r"/\s*ժ" + _E, "/hr"),
    (r"(GPU|chip)-ժամը\s+(~?\s*(?:[$€]\s*" + _N + r"|" + _N + r"\s*[$€]))", r"\2 per \1-hour"),
    (r"(?<=GPU)-ժամ" + _W, "-hours"), (r"(?<=GPU)-տարի" + _W, "-years"), (r"(?<=GPU)-տար" + _W, "-years"),
    (r"(?<=chip)-ժամ" + _W, "-hour"),
    # a price of an hour, said before it ("ժամը 2,49 $", "ժամը 650 դրամով")
    (_S + r"ժամը\s+(~?\s*(?:\$|€)\s*" + _N + r"|~?\s*" + _N + r"\s*(?:\$|€|֏|USD))(?:-?ով)?", r"\1 per hour"),
    (r"(?<=hour)-?ը\s+(~?\s*(?:\$|€)\s*" + _N + r"|~?\s*" + _N + r"\s*(?:\$|€|֏|USD))(?:-?ով)?",
     r" \1 per hour"),
    # a price per million tokens ("1M token-ը 1,1$-ով", "input-ը 1M-ը 3$"); the cost of so many tokens or
    # requests
    (r"(?<![\w.,])(" + _N + r"\s*[MK]|" + _N + r"\s*million)(?:-?ը|-?ի)?(?:\s+token(?:-?ը|-?ի|ների)?)?\s+"
     r"(~?\s*(?:[$€]\s*"
     + _N + r"|" + _N + r"\s*[$€]))(?:-?ով)?", r"\2 per \1 tokens"),
    (r"(?<![\w.,])(" + _N + r"\s*[kKM]?)\s+(?:token|տոկեն)" + _W + r"(?:-?ի|-?ների)?\s+" + _COST,
     r"the cost per \1 tokens"),
    (r"(?<![\w.,])(" + _N + r"\s*[kKM]?)\s+(?:request|query|հարցում)" + _W + r"(?:-?ի|-?ների)?\s+" + _COST,
     r"the cost per \1 requests"),
    (r"(?<![\w.,])(" + _N + r")-?ի\s+գներով" + _E, r"at \1 prices"),
    (r"(~?" + _N + r"\s*(?:֏|\$|USD|€)\s*/\s*(?:kWh|կՎտ[·*⋅./]?ժ(?:ամ)?))\s+(?:գնով|սակագնով)" + _E,
     r"electricity at \1"),
    (r"(~?" + _N + r"\s*(?:֏|\$|USD|€)\s*/\s*(?:kWh|կՎտ[·*⋅./]?ժ(?:ամ)?|GB|hr))\s+(?:գնով|սակագնով)" + _E,
     r"at \1"),
    # times, speed-ups, growth
    (r"(" + _GPU + r")-?ից\s+(" + _N + r")\s*(?:x|անգամ)\s+(?:ավելի\s+)?արագ" + _W, r"\2x faster than \1"),
    (r"([A-Za-z][A-Za-z0-9]*)-?ից\s+(" + _N + r")\s*(?:x|անգամ)\s+(?:ավելի\s+)?թանկ" + _W,
     r"\2x more expensive than \1"),
    (r"(" + _N + r")\s*(?:անգամ|x)\s+(?:ավելի\s+)?արագ" + _W, r"\1x faster"),
    (_S + r"(?:օրը|օրական)\s+(" + _N + r")\s+անգամ" + _E, r"\1 times per day"),
    (r"(?<=\d)\s*անգամ(?=\s+(?:ավելի|արագ|թանկ|շատ|մեծ|քիչ|էժան))", "x"),
    (r"(?<=\d)\s*անգամ" + _E, " times"),
    # a run on so many cards, the days it took ("128 H100-ով 21 օր տևեց")
    (r"(?<![\w.,])(" + _N + r")\s+(" + _GPU + r")-?ով" + _E, r"on \1 \2"),
    (r"(?<![\w.,])(" + _N + r")\s+օր" + _W + r"\s+(?:տևեց|տևել|տևում|տևած|տևի|քաշեց|գնաց)" + _E,
     r"took \1 days"),
    (_S + r"(?:անցյալ|անցած)" + _E, "last"), (_S + r"(?:հիմա|այժմ)" + _E, "now"),
    (_S + r"նույն" + _W, "same"),
    (r"(MFU)(?:-?ն|-?ը)?\s+(?:էլ\s+)?(?:մոտ\s+|~\s*)?(" + _N + r")\s*կետով\s+(?:բարձր|ավել)" + _W,
     r"\1 \2 points higher"),
    (r"(MFU)(?:-?ն|-?ը)?\s+(" + _N + r"\s*%)-?ով\s+(?:կաճի|կբարձրանա|կլավանա|աճի|կավելանա)" + _E,
     r"\1 improves by \2"),
    (_S + r"ամեն\s+(" + _N + r")\s+ամիս" + _W + r"\s+(?:մեկ\s+)?կրկնապատկվ" + _W,
     r"doubling every \1 months"),
    (_S + r"կրկնապատկվ" + _W, "doubles"),
    (_S + r"տարեկան\s+(~?" + _N + r"\s*%)\s*(?:ա|է)?\s*(?:աճում|աճ)" + _E, r"growing \1 per year"),
    (r"(" + _N + r"\s*%)-?ով\s+(?:կաճի|աճի|աճել|կավելանա|աճում)" + _E, r"increased by \1"),
    (r"(?<=\d)\s*կետով\s+(?:բարձր|ավել|ավելի)" + _W, " points higher"),
    (_S + r"հասցնենք\s+(" + _N + r"\s*%)(?:-?ի)?" + _E, r"goes to \1"),
    (r"(?<![\w.,])(" + _N + r"\s*" + _SCALE + r"?)-?ից\s+մինչև\s+(~?" + _N + r")", r"from \1 to \2"),
    (_S + r"մինչև" + _E, "to"),
    # periods said with their number ("9 օրում", "18 ամսից հետո", "3 տարի հետո", "2 ամսով")
    (_S + r"առաջիկա\s+(" + _N + r")\s+ամս" + _W, r"in the next \1 months"),
    (r"(?<=\d)(\s*)(?:ամս" + _W + r"|ամիս" + _W + r")(?:\s+հետո)?" + _E, " months"),
    (r"(?<=\d)(\s*)(?:տարի|տարվա|տարում|տարին|տարիների|տարուց)(?:\s+հետո)?" + _E, " years"),
    (r"(?<=\d)(\s*)օր" + _W, " days"),
    (r"(?<=\d)(\s*)շաբաթ" + _W, " weeks"), (r"(?<=\d)(\s*)ժամ" + _W, " hours"),
    (r"(?<=\d)(\s*)(?:վրկ|վայրկյան" + _W + r")", " seconds"),
    (_S + r"քանի\s+օր" + _W, "how many days"), (_S + r"քանի\s+ամս" + _W, "how many months"),
    # periods, bases
    (_S + r"(?:օրական|օրը|ամեն\s+օր|օրվա\s+մեջ)" + _E, "per day"), (_S + r"օրեկան" + _E, "per day"),
    (_S + r"(?:ամսական|ամիսը|ամսեկան)" + _E, "per month"), (_S + r"(?:տարեկան|տարին)" + _E, "per year"),
    (_S + r"(?:վայրկյանում|վրկ\.?)" + _E, "per second"), (_S + r"(?:ժամում|ժամը)" + _E, "per hour"),
    (_S + r"շաբաթական" + _E, "per week"), (_S + r"րոպեում" + _E, "per minute"),
    (r"(?<=\d)\s*րոպե" + _W, " minutes"), (_S + r"ժամ" + _W, "hour"),
    # each, per ("մեկ հոգուն", "մեկ քարտի վրա", "ամեն մեկը", "հատը")
    (_S + r"(?:մեկ|մի|ամեն|յուրաքանչյուր)\s+(?:հոգուն|հոգու|մարդու|մարդուն|user" + _W + r"(?:-?ից|-?ին)?|"
     r"օգտատիրոջ|օգտատիրոջը|օգտվողին|հաճախորդին)" + _E, "per user"),
    (_S + r"մարդու\s+վրա" + _E, "per user"),
    (_S + r"(?:մեկ|ամեն|յուրաքանչյուր)\s+(?:քարտի|քարտին|GPU-?ի|GPU-?ին|GPU)(?:\s+վրա)?" + _E, "per gpu"),
    (_S + r"(?:մեկ|մի)\s+քարտով" + _E, "per card"),
    (_S + r"ամեն\s+(site|rack|server|node|replica)-?(?:ում|ի|ին|ն|ը)?" + _E, r"per \1"),
    (_S + r"(?:ամեն|յուրաքանչյուր)\s+(?:մեկը|մեկն|մեկի)" + _E, "each"),
    (r"(?<=\d)\s*GPU-?անոց" + _E, " GPUs per node"),
    (r"(?:server|սերվեր" + _W + r")-?ով(?:\s+միասին)?\s+(~?\s*" + _N + r"\s*k?W)(?![A-Za-z/])",
     r"\1 including server"),
    (_S + r"(?:մեկը|հատը|քարտը|սերվերը)\s+(" + _AMT + r")", r"each costs \1"),
    (_S + r"ամեն\s+(ticket|chat|session|սեսիա|զրույց|dialog)" + _W + r"(?:-?ում|-?ի|-?ին)?\s+(~?\s*" + _N
     + r")\s+(?:message|հաղորդագրություն|turn|replica)" + _W, r"\2 messages per \1"),
    (r"(daily|DAU)(?:-?ն|-?ը)?\s+(?:դրա|դրանց)\s+(?:մոտ\s+|~\s*)?(" + _N + r"\s*%)(?:-?ն|-?ը)?",
     r"\1 is about \2 of them"),
    (_S + r"(?:ամեն\s+օր|օրական|օրը)\s+(?:մարդը|մարդ|user-?ը|օգտատերը)" + _E, "per day each user"),
    (_S + r"(?:մարդը|մարդ)" + _E, "each user"),
    (r"(?<![\w.,])(" + _N + r")\s+base\s+station(?:s|-?ներ|-?եր)?", r"\1 sites"),
    (r"(" + _AMT + r")\s+(?:ա|է)\s+հատը" + _E, r"\1 each"),
    (_S + r"(?:հատը|մեկը|մեկն)" + _E, "each"),
    (_S + r"(?:մեկ|մի|ամեն)\s+token(?:-?ի|-?ը)?\s+(~?\s*" + _N + r"\s*ms)-?ից\s+(?:արագ|քիչ|պակաս)" + _E,
     r"each token under \1"),
    (_S + r"(?:մեկ|մի)\s+(?=[A-Za-z])", "one "),
    (_S + r"(?:ամեն|յուրաքանչյուր)" + _E, "each"),
    (_S + r"մեկ" + _E, "one"),
    (r"(?<=\d)(\s*)հատ" + _E, r"\1"),
    # who and what is counted
    (_S + r"(?:օգտատ|օգտվող|յուզեր|յուզերներ)" + _W, "users"), (_S + r"հաճախորդ" + _W, "customers"),
    (_S + r"(?:աշխատակից|աշխատող)" + _W, "employees"), (_S + r"բաժանորդ" + _W, "subscribers"),
    (_S + r"ակտիվ" + _W, "active"),
    (_S + r"(?:միաժամանակյա|միաժամանակ|զուգահեռ)" + _E, "concurrent"), (_S + r"սեսիա" + _W, "sessions"),
    (_S + r"հարցում" + _W, "queries"), (_S + r"հարց" + _W, "questions"), (_S + r"պատասխան" + _W, "output"),
    (_S + r"զանգ" + _W, "calls"), (_S + r"նամակ" + _W, "emails"), (_S + r"հաղորդագրություն" + _W, "messages"),
    (_S + r"փաստաթ" + _W, "documents"), (_S + r"բառ" + _W, "words"), (_S + r"տոկեն" + _W, "tokens"),
    (_S + r"պարամետր" + _W, "parameters"), (_S + r"մոդել" + _W, "model"),
    (_S + r"տրանսկրիպտ" + _W, "input"),
    (_S + r"քարտ" + _W, "cards"), (_S + r"սերվեր" + _W, "servers"), (_S + r"(?:հանգույց|նոդ)" + _W, "nodes"),
    (_S + r"(?:դարակ|ռեկ)" + _W, "racks"), (_S + r"չիպ" + _W, "chips"),
    (_S + r"(?:զրույց|դիալոգ)" + _W, "conversations"), (_S + r"չատ" + _W, "chats"),
    (_S + r"էջ" + _W, "pages"),
    (_S + r"(?:նիշ|սիմվոլ)" + _W, "characters"), (_S + r"(?:մասնաճյուղ|գրասենյակ)" + _W, "sites"),
    (_S + r"էպոխ" + _W, "epochs"), (_S + r"(?:ուսուց)" + _W, "training"),
    (_S + r"(?:բեռնվածություն|բեռնվածությունը|ծանրաբեռնվածություն" + _W + r")" + _E, "utilization"),
    (_S + r"(?:պիկին|պիկում|պիկի\s+ժամին)" + _E, "at peak"), (_S + r"պիկ" + _W, "peak"),
    (_S + r"(?:միջինը|միջինում|միջին)" + _E, "average"),
    (_S + r"(?:ընդհանուր|ընդամենը|ամբողջ)" + _E, "total"),
    (_S + r"(?:մոտավորապես|մոտավոր|մոտ|շուրջ|մոտ\.)" + _E + r"\s*", "about "),
    (_S + r"կես(?:ը|ն)?\s+(?:[" + _HY + r"]+\s+){0,3}(?:GPU|քարտ)" + _W
     + r"(?:-?ի|-?երի|-?ների)?\s+(?:վրա\s+)?"
     r"(?:(?:ենք|կարող\s+ենք|պիտի|պետք\s+ա)\s+)?(?:կ?ծախս" + _W + r"|տալ|դնել|գնա|կգնա)" + _E,
     "half goes on GPUs"),
    (_S + r"կես(?:ը|ն)?" + _E, "half"),
    (_S + r"ցանց" + _W, "network"), (_S + r"(?:ու|և|եւ)" + _E, "and"),
    (r"\s*,?\s*" + _S + r"(?:վրայից|վերևից)" + _E, " on top"),
    (_S + r"գումարած" + _E, "plus"),
    (_S + r"(?:պնդում|ասում|խոստանում)\s+(?:ա|է|են)" + _E + r"(?:\s*,?\s*որ)?", "claims"),
    # money
    (_S + r"(?:առնել|առնենք|կառնենք|գնել|գնենք|կգնենք|առնում\s+ենք)" + _E, "buy"),
    (_S + r"բյուջե" + _W, "budget"), (_S + r"վարձ" + _W, "rent"), (_S + r"զեղչ" + _W, "discount"),
    (_S + r"(?:գնով|գին|գինը|գնի)" + _E, "price"),
    (_S + r"(?:արժի|արժե|կարժենա|կարժի|կնստի|նստում)" + _E, "costs"),
    (_S + r"ինքնարժեք" + _W, "cost"), (_S + r"(?:ծախս|արժեք)" + _W, "cost"),
    (_S + r"(?:հոսանք|էլեկտրականություն|էլեկտրաէներգիա|լույս)" + _W, "electricity"),
    (_S + r"հզորությամբ" + _E, "power"), (_S + r"տոկոս" + _W, "%"),
    # what is asked, hedges
    (_S + r"(?:քանի|ինչքան|որքան)" + _W, "how many"),
    (_S + r"(?:պետք|կպահանջվի|պահանջվում|անհրաժեշտ)" + _E, "needed"),
    (_S + r"(?:max|մաքս|առավելագույնը?)" + _E, "max"),
    (_S + r"(?:համար)" + _E, "for"), (r"(?<=[A-Za-z0-9])-?(?:ի|ին|երի|ների|ը|ն)?\s+վրա" + _E, ""),
    (_S + r"վրա" + _E, "on"),
    # the case endings glued to English words and numbers ("H100-ի", "GPU-ն", "8B-ով", "40%-ի")
    (_LATIN + r"-?(?:ի|ը|ն|ով|ում|ից|ին|ներ|եր|ների|երի|ներով|երով|ներում|երում|երին|ներին|ներից|երից|ա|ան|"
     r"անոց|ից|ովս|ովը|ովն)" + _E, ""),
    # (words that say nothing of a quantity)
    (rf"[{_HY}]+", ""),
    # (said in English by the rules above: a period before the amount it is of, said after it)
    (r"\bper (day|second|month|hour|year|week)\s+((?:average|each user)\s+)?"
     r"(~?\s*\d[\d.,]*\s*(?:k|thousand|million|billion|trillion)?\s*"
     r"(?:(?:input|output)\s+)?(?:tokens?|queries|questions|requests?|messages|documents|calls|chats?|"
     r"tickets?|conversations|users|words)(?:\s+(?:input|output)\b)?)", r"\2\3 per \1"),
    (r"\bper (month|year)\s+(~?\s*(?:[$€]\s*\d[\d.,]*|\d[\d.,]*\s*[$€]))\s+per user\b",
     r"\2 per user per \1"),
    (r"\bper day\s+(\d[\d.,]*\s*(?:thousand|million|billion|[kMB])?)\s+input\s+and\s+(\d[\d.,]*\s*"
     r"(?:thousand|million|billion|[kMB])?)\s+output\s+tokens?\b",
     r"\1 input tokens per day and \2 output tokens per day"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_ARMENIAN = rx.compile(rf"[{_HY}]")


def said_in_armenian(text: str) -> bool:
    """The message has Armenian letters."""
    return _ARMENIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Armenian quantity words and case endings in English, with the position in the source
    of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
