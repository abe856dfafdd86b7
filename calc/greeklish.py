"""Greek written in Latin letters (Greeklish), as Greek engineers type it in chat ("posa L4 xreiazomaste?",
"500 ekat. tokens th mera", "to enoikio einai 2,2 €/wra", "27.000 € h karta", "8 kartes o kathenas", "4-6
fores parapanw", "kathe xrhsths kanei 5 erwthseis"): the scale words, the periods, the counted things, the
hedges, the money and the asked, said in English, so that every rule reads them as it reads English (as
calc/greek does for Greek letters). Each Greek letter has more than one Latin spelling (η as "h" or "i", ω as
"w" or "o", χ as "x" or "ch", θ as "th" or "8", υ as "u" or "y"): every word is read in its common spellings.
Only the words that carry a quantity's meaning are rewritten, never the numbers; Greeklish writes its numbers
as Greek does (thousands with dots, decimals with a comma), which calc/numbers reads once this module says the
message is Greeklish. A message is rewritten only when it shows two words only Greeklish writes among the
languages read ("theloume", "xreiazomaste", "kostizei", not "se", "me", "tha" or "kai", which other languages
write too). Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_B = r"(?<![a-z0-9])"     # a word's start
_E = r"(?![a-z0-9])"      # a word's end
# the Latin spellings of Greek letters and pairs
_H = "[hi]"               # η ("xrhstes", "xristes")
_W = "[wo]"               # ω ("wra", "ora")
_X = "(?:x|ch|h)"         # χ ("xreiazomaste", "chreiazomaste")
_TH = "(?:th|8)"          # θ ("theloume", "8eloume")
_U = "[uy]"               # υ ("reuma", "reyma")
_OU = "(?:ou|oy|u)"       # ου ("peripou", "peripoy")
_EI = "(?:ei|i)"          # ει ("kostizei", "kostizi")
_DAYS = rf"{_H}?mer(?:es|a|wn|on)"
_MONTHS = rf"m{_H}n(?:es|a|as|wn|on)"
_YEARS = rf"(?:{_X}roni(?:a|o)|{_X}ron(?:o|os|wn|on)|eth|etos|etwn)"
_HOURS = rf"{_W}r(?:es|a|wn|on)"
_WEEKS = r"e[vb]domad(?:es|a|wn|on)"
_PERIOD = rf"(?:{_DAYS}|{_MONTHS}|{_YEARS}|{_HOURS}|{_WEEKS})"

# words only Greeklish writes among the languages read (not "se", "me", "na", "tha", "kai", "gia", "ana",
# "mas", "poso", "posa", "poses" or "apo", which Spanish, Italian, Hindi, Tagalog or English write too)
_GREEKLISH = rx.compile(
    rf"{_B}(?:{_TH}el(?:oume|oyme|ome|w|o)|e{_X}(?:oume|oyme|ei|ete)|{_X}r{_EI}az(?:omaste|ontai|etai|onte|ete)|"
    rf"posous|posoys|posoi|perip{_OU}|kostiz{_EI}|kostizoun|kostizoyn|kostos|einai|kartes|kartwn|{_H}meres|"
    rf"m{_H}nes|{_X}r{_H}st(?:es|hs|is|wn)|erwt{_H}seis|erwtiseis|erotiseis|erotisis|re[uyv]ma|timh|"
    rf"enoikio|enoikiash|enoikiasi|noikiazoume|noikiasoume|agorazoume|agorasoume|paroume|paroyme|"
    rf"mpainoun|mpenoun|[x]wrane|xorane|kal[hi]spera|kal[hi]mera|paidia|ka{_TH}e|ka{_TH}enas|ka{_TH}emia|"
    rf"montelo|ekpaideusoume|ekpaideysoume|serviroume|tre[x]oume|ane[bv][eh]i|pontous|pontoys|parapan[wo]|"
    rf"mn[hi]m[hi]|p[hi]re|teleutaio|teleftaio|metr[hi]meno|s[uy]nolika|tautoxron\w*|taytoxron\w*|pelates|"
    rf"ekptwsh|ekptosi|ypologizoume|upologizoume|xreiazomaste|mhnymata|mhnumata|minimata|aithmata|aitimata|"
    rf"leksei?s|apant[hi]s[hi]|apant[hi]seis|ypallhloi|upallhloi|dhladh)(?![a-z])"
    rf"|kostis{_EI}{_E}|(?<=\d)\s?(?:ekat|xil)\.|(?<=/)\s?{_W}ra{_E}|"
    rf"(?<=\d)\s?(?:{_H}?meres|m{_H}nes|{_X}ronia|{_W}res){_E}", re.IGNORECASE)

_REWRITES: list[tuple[str, str]] = [
    # scale words ("500 ekat.", "3 dis.", "20 xil.", "2 ekatommyria")
    (rf"(?<=\d)\s*(?:disekatommyri(?:a|o|wn)|disekatommuri(?:a|o|wn)|dis){_E}\.?", " billion"),
    (rf"(?<=\d)\s*(?:ekatommyri(?:a|o|wn)|ekatommuri(?:a|o|wn)|ekatommiri(?:a|o|wn)|ekat|ek){_E}\.?",
     " million"),
    (rf"(?<=\d)\s*(?:{_X}iliades|{_X}iliadwn|{_X}il){_E}\.?", " thousand"),
    (rf"{_B}(?:ana|to|ka{_TH}e)\s+(?:ekatommyrio|ekatommurio|ekat\.?)(?:\s+(?=[a-z]))?", "per million "),
    # the asked ("poses meres tha parei", "se posous mhnes", "poso kostizei", "poso reuma")
    (rf"{_B}se\s+pos(?:es|a)\s+{_DAYS}{_E}", "in how many days"),
    (rf"{_B}se\s+pos(?:ous|oys)\s+{_MONTHS}{_E}", "in how many months"),
    (rf"{_B}pos(?:es|a)\s+{_DAYS}{_E}", "how many days"),
    (rf"{_B}pos(?:ous|oys)\s+{_MONTHS}{_E}", "how many months"),
    (rf"{_B}pos(?:es|a)\s+{_HOURS}{_E}", "how many hours"),
    (rf"{_B}poso\s+(?:{_X}rono|kairo)(?:\s+{_TH}a\s+pa(?:rei|ri|rh))?{_E}|{_B}poso\s+{_TH}a\s+pa(?:rei|ri|rh){_E}",
     "how long would it take"),
    (rf"{_B}poso\s+(?:{_TH}a\s+)?(?:mas\s+)?(?:kostiz{_EI}|kostizoun|kostis{_EI}|kan{_EI}|kanoun|[vb]gain{_EI}|"
     rf"[vb]gen{_EI}){_E}", "how much does it cost"),
    (rf"{_B}posa\s+(?:lefta|xrhmata|xrimata|eurw|euro){_E}", "how much money"),
    (rf"{_B}pos(?:es|a|oi|ous|oys){_E}", "how many"), (rf"{_B}pos(?:o|h|i){_E}", "how much"),
    (rf"{_B}(?:agoraz|agoras)oume\s+[hi]\s+(?:noikiaz|noikias|nikiaz)oume{_E}", "buy or rent"),
    (rf"{_B}(?:isx[uyi]ei|is[xc]hyei)(?:\s+auto)?{_E}", "is that right"),
    (rf"{_B}le(?:ei|ne)\s+(?:oti|pws|pos){_E}", "claims"),
    # the periods ("th mera", "thn hmera", "ton mhna", "€/wra", "se 3 xronia", "kathe 6 mhnes")
    (rf"{_B}(?:th|thn|ti|tin|ana|sth|sthn|sti|stin)\s+{_H}?mera{_E}|{_B}{_H}mer{_H}si[wo]s{_E}", "per day"),
    (rf"{_B}ka{_TH}e\s+{_H}?mera{_E}", "every day"),
    (rf"{_B}(?:ton|to|ana|o)\s+m{_H}na(?:s)?{_E}|{_B}m{_H}niai[wo]s{_E}", "per month"),
    (rf"{_B}(?:ton|to|ana)\s+(?:{_X}rono|etos){_E}|{_B}et{_H}si[wo]s{_E}", "per year"),
    (rf"{_B}(?:thn|tin|th|ti|ana)\s+{_W}ra{_E}", "per hour"),
    (rf"(?<=/)\s*{_W}ra{_E}", "hour"), (rf"(?<=/)\s*{_H}?mera{_E}", "day"),
    (rf"(?<=/)\s*m{_H}na{_E}", "month"),
    (rf"{_B}se\s+(?=[~≈]?\s*\d[\d.,]*\s*{_PERIOD}{_E})", "in "),
    (rf"{_B}ka{_TH}e\s+(?=\d)", "every "),
    (rf"(?<=\d)(\s*){_DAYS}{_E}", r"\1days"), (rf"(?<=\d)(\s*){_MONTHS}{_E}", r"\1months"),
    (rf"(?<=\d)(\s*){_YEARS}{_E}", r"\1years"), (rf"(?<=\d)(\s*){_HOURS}{_E}", r"\1hours"),
    (rf"(?<=\d)(\s*){_WEEKS}{_E}", r"\1weeks"),
    (rf"{_B}{_H}?mer(?:es|wn){_E}", "days"), (rf"{_B}m{_H}n(?:es|wn){_E}", "months"),
    (rf"{_B}s{_H}mera{_E}", "today"), (rf"{_B}twra{_E}|{_B}tora{_E}", "now"),
    # growth
    (rf"{_B}diplasiaz(?:etai|ete|ontai|onte){_E}", "doubles"),
    (rf"{_B}(?:megal[wo]nei|megal[wo]ni|a[uf]ksanetai|a[uf]ksanete|a[uf]xanetai){_E}", "grows"),
    # the hedges
    (rf"{_B}kata\s+meso\s+oro{_E}|{_B}(?:o\s+)?mesos\s+oros{_E}", "on average"),
    (rf"{_B}(?:perip{_OU}|g[yu]r[wo]\s+st(?:a|is|ous|o|on|hn|h|in|i)|kata\s+proseggis[hi]|"
     rf"pan[wo]\s+kat[wo]){_E}", "about"),
    (rf"{_B}(?:meso|mesh|mesi|mesos){_E}(?=\s+[a-z])", "average"),
    (rf"{_B}(?:kat[wo]\s+apo|ligotero\s+apo|ligotera\s+apo){_E}", "under"),
    (rf"{_B}(?:pan[wo]\s+apo|perissotero\s+apo|perissotera\s+apo){_E}", "over"),
    (rf"{_B}(?:mexri|me[xc]ri|ews|eos){_E}(?=\s*[~≈]?\s*\d)", "up to"),
    # multiples ("4-6 fores parapanw", "2,5x pio grhgoro")
    (rf"(?<=\d)(\s*)fores\s+(?:parapan[wo]|pan[wo]|perissotero|perissotera|megal[uy]tero|akri[vb]otero){_E}",
     r"\1times more"),
    (rf"(?<=\d)(\s*)fores{_E}", r"\1times"),
    (rf"{_B}(?:pio\s+gr{_H}gor(?:o|h|i|os|a)|gr{_H}goroter(?:o|h|i|os|a)|ta[xc]{_U}ter(?:o|h|i|os|a)){_E}",
     "faster"),
    # who is counted
    (rf"{_B}energ(?:oi|ous|wn)\s+{_X}r{_H}st(?:es|wn){_E}", "active users"),
    (rf"{_B}energ(?:os|o)\s+{_X}r{_H}st(?:hs|is|h|i){_E}", "active user"),
    (rf"{_B}ta[uy]toxron(?:oi|ous|wn)\s+{_X}r{_H}st(?:es|wn){_E}", "concurrent users"),
    (rf"{_B}ta[uy]toxron[a-z]*", "concurrent"),
    (rf"{_B}{_X}r{_H}st(?:es|wn|on){_E}", "users"), (rf"{_B}{_X}r{_H}st(?:hs|is|h|i){_E}", "user"),
    (rf"{_B}pelat(?:es|wn){_E}", "customers"), (rf"{_B}s[uy]ndrom{_H}t(?:es|wn){_E}", "subscribers"),
    (rf"{_B}[uy]pall{_H}l(?:oi|ous|wn){_E}", "employees"), (rf"{_B}[uy]pall{_H}los{_E}", "employee"),
    (rf"{_B}atoma{_E}", "people"),
    # the one a price is for ("27.000 € h karta", "30.000 € h mia", "8 kartes o kathenas")
    (r"(?:(?<=[€$£])|(?<=\beur)|(?<=\busd)|(?<=\beuro))\s+(?:o|h|i|to|ana)\s+(?=[a-z])", " per "),
    (rf"{_B}(?:o\s+ka{_TH}enas|[hi]\s+ka{_TH}emia|to\s+ka{_TH}ena|ka{_TH}enas|ka{_TH}emia|ka{_TH}ena|"
     rf"[hi]\s+mia|o\s+enas){_E}", "each"),
    (rf"{_B}ka{_TH}e{_E}", "each"),
    # what is counted
    (rf"{_B}(?:erwt{_H}s{_EI}s|erot{_H}s{_EI}s|erwt{_H}sewn|erwt{_H}mata|erot{_H}mata){_E}", "queries"),
    (rf"{_B}(?:erwt{_H}s{_H}|erot{_H}s{_H}|erwt{_H}ma|erot{_H}ma){_E}", "query"),
    (rf"{_B}(?:ait{_H}mata|ait{_H}s{_EI}s){_E}", "requests"),
    (rf"{_B}(?:m{_H}n[uyi]mata|m[uyi]n{_H}mata){_E}", "messages"), (rf"{_B}m{_H}n[uyi]ma{_E}", "message"),
    (rf"{_B}(?:lek?s{_EI}s|lexeis|lexis){_E}", "words"),
    (rf"{_B}apant{_H}s{_EI}s{_E}", "answers"), (rf"{_B}apant{_H}s{_H}{_E}", "answer"),
    (rf"{_B}(?:e[kx]odos|e[kx]odo|e[kx]odou){_E}", "output"), (rf"{_B}(?:eisodos|eisodo|isodo){_E}", "input"),
    (rf"{_B}(?:kartes|kartwn|karton){_E}", "cards"), (rf"{_B}kart(?:a|as){_E}", "card"),
    (rf"{_B}ko[mv]b(?:oi|ous|wn){_E}|{_B}kom[vb](?:oi|ous|wn){_E}", "nodes"),
    (rf"{_B}m[o]ntel(?:o|ou|a|wn){_E}", "model"),
    (rf"{_B}parametr(?:oi|ous|wn){_E}", "parameters"), (rf"{_B}(?:pontous|pontoys|monades){_E}", "points"),
    (rf"{_B}mn{_H}m{_H}{_E}", "memory"),
    # money
    (rf"{_B}tim{_H}\s+agoras{_E}", "purchase price"),
    (rf"{_B}tim{_H}\s+re[uyv]matos{_E}", "electricity price"),
    (rf"{_B}tim{_H}{_E}", "price"),
    (rf"{_B}(?:kostiz{_EI}|kostizoun|kostizoyn){_E}", "costs"), (rf"{_B}kost(?:os|ous){_E}", "cost"),
    (rf"{_B}(?:ekpt[wo]s{_H}){_E}", "discount"),
    (rf"{_B}(?:enoikio|enoikiou|enoikias{_H}|noiki|noikiazoume|noikiasoume|nikiazoume){_E}", "rent"),
    (rf"{_B}(?:agorazoume|agorasoume){_E}", "buy"), (rf"{_B}agora[s]?{_E}", "purchase"),
    (rf"{_B}(?:proypologismo|proupologismo|proypologismos|proupologismos|mpatzet){_E}", "budget"),
    (rf"{_B}(?:s[uy]nolika|s[uy]nolo){_E}", "total"),
    (rf"{_B}(?:ta\s+misa|to\s+miso)(?:\s+perip{_OU})?{_E}", "half"),
    (rf"{_B}re[uyv]ma(?:tos)?{_E}", "electricity"),
    # electricity, power and the asked
    (rf"{_B}(?:tra[vb]aei|tra[vb]ane|katanalwnei|katanalonei){_E}", "draws"),
    (rf"{_B}(?:[x]wrane|xorane|[x]wraei|xoraei|[x]wroun|xoroun){_E}", "fit"),
    (rf"{_B}(?:sto|sthn|stin)\s+(?:ai[xc]m{_H}|peak){_E}", "at peak"), (rf"{_B}ai[xc]m{_H}{_E}", "peak"),
    (rf"{_B}(?:{_TH}el(?:oume|oyme|ome)|{_X}r{_EI}azomaste){_E}", "we need"),
    (rf"{_B}{_X}r{_EI}az(?:ontai|onte|etai|ete){_E}", "needed"),
    (rf"{_B}(?:na\s+)?ekpaide[uy]s(?:oume|ei){_E}", "train"), (rf"{_B}ekpaide[uy]s{_H}{_E}", "training"),
    (rf"{_B}p(?:h|i)r(?:e|a){_E}", "took"), (rf"{_B}{_TH}a\s+pa(?:rei|ri|rh){_E}", "will take"),
    (rf"{_B}par(?:oume|oyme){_E}", "get"),
    (rf"{_B}metr{_H}meno{_E}", "measured"), (rf"{_B}metr{_H}same{_E}", "we measured"),
    (rf"{_B}e{_X}(?:oume|oyme){_E}", "we have"), (rf"{_B}e{_X}(?:ei|i){_E}", "has"),
    (rf"{_B}einai{_E}", "is"),
    (rf"{_B}tre[x](?:oume|ei|oun){_E}", "run"), (rf"{_B}(?:na\s+)?servir(?:oume|ume){_E}", "serve"),
    (rf"{_B}kan(?:ei|i|oun){_E}", "does"), (rf"{_B}steln(?:ei|i|oun){_E}", "sends"),
    (rf"{_B}(?:mpainoun|mpenoun|bainoun){_E}", "log in"), (rf"{_B}ane[bv](?:ei|h|i){_E}", "goes up"),
    (rf"{_B}(?:sta|stis|stous|sto|sth|sthn)\s+(?=[~≈]?\s*\d)", "at "),
    (rf"{_B}gia\s+na{_E}", "to"), (rf"{_B}gia{_E}", "for"), (rf"{_B}ana{_E}", "per"),
    (rf"{_B}(?:an|ean){_E}(?=\s+(?:to|h|i|o|ta|oi|ton|thn|tin|den|e[x]oume|paroume|[a-z]*\d))", "if"),
    (rf"{_B}(?:kai|ki){_E}", "and"), (rf"{_B}me{_E}", "with"), (rf"{_B}apo{_E}", "from"),
    (rf"{_B}se{_E}", "on"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


@functools.lru_cache(maxsize=512)          # (asked twice per question: its decimal comma, its words)
def said_in_greeklish(text: str) -> bool:
    """The message shows Greeklish: two words only Greeklish writes among the languages read."""
    return len({m.group(0).lower().strip() for m in _GREEKLISH.finditer(text)}) >= 2


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Greeklish quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
