"""Romanian quantity words in a question ("12.000 de utilizatori activi pe zi", "15 întrebări pe zi", "pe
64 de plăci A100", "0,95 lei/kWh (1 USD = 4,6 RON)", "câte plăci ne trebuie?", "în 18 luni"): the
period, the counted thing, the hedges and the few verbs the rules key on, said in English, so that every
rule reads them as it reads English (as calc/polish and calc/czech do for their languages). Only the
words that carry a quantity's meaning are rewritten, never the numbers; Romanian writes its thousands
with dots ("12.000") and its decimals with a comma ("1,4"), which calc/numbers reads once this module
says the message is Romanian, and puts "de" between a count of twenty or more and what it counts ("256
de plăci"). People often type it without its diacritics ("cate placi"): every word is read with or
without them. A message is rewritten only when it shows the language (a common word written with "ș",
"ț" or "ă", or two common words, one not shared with English). Every character keeps its position in the
source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

_PLAIN = {"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it ("plăci" as "pl[ăa]ci"); a
    character class is left as it is."""
    out, depth = [], 0
    for i, c in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if c == "[" and not escaped:
            depth += 1
        elif c == "]" and not escaped and depth:
            depth -= 1
        if c in _PLAIN and not depth:
            alts = {c, _PLAIN[c], {"ș": "ş", "ş": "ș", "ț": "ţ", "ţ": "ț"}.get(c, c)}
            out.append("[" + "".join(sorted(alts)) + "]")
        else:
            out.append(c)
    return "".join(out)


_L = "a-zăâîșşțţ"
_W = rf"(?![{_L}])"       # a word's end
# words that show the message is (partly) in Romanian
_COMMON = rx.compile(rf"(?<![{_L}])(?:" + _d(
    r"câte|câți|cât|plăci|placă|avem|trebuie|ne|pe|zi|zile|și|cu|buget|bugetul|curs|lei|useri|utilizatori|"
    r"cereri|tokeni|luni|ani|costă|vrem|facem|dacă|daca|între|față|fiecare|pentru|pt|mii|milioane|miliarde|"
    r"închiriem|închiriate|curentul|curent|antrenăm|antrena|durează|dureaza|acum|azi|asistent|întrebări|"
    r"mesaje|servere|noduri|replici|bucata|bucată|estimat|cam|vreo|zilnic") + rf")(?![{_L}])", re.IGNORECASE)
# the ones English (or another language read here) writes too, or too short to tell alone
_SHARED = {"ne", "pe", "cu", "curs", "cam", "pt", "zi", "lei", "ani", "luni", "cat", "cate"}
_LETTERS = "șşțţă"
# what only Romanian writes among the languages read (calc/french shares "de", "la", "pe"…)
ROMANIAN_ONLY = rx.compile(r"[șşțţ]|(?<![a-zăâîșşțţ])(?:câte|cate|plăci|placi|avem|trebuie|useri|"
                           r"utilizatori|cereri|tokeni|costă|închiriem|curentul|fiecare|dacă|zilnic)"
                           r"(?![a-zăâîșşțţ])", re.IGNORECASE)


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    _r(rf"\bcât\s+(?:ne\s+)?(?:ar\s+)?(?:costa|costă|costat|plătim|iese|dă)(?:\s+ne)?{_W}",
       "how much does it cost"),
    _r(rf"\bcât\s+durează{_W}|\bîn\s+cât\s+timp{_W}|\bîn\s+cât\s+ar\s+ieși{_W}|\bcât\s+ar\s+dura{_W}",
       "how long would it take"),
    _r(rf"\bcâte\s+zile{_W}", "how many days"), _r(r"\bcâte\s+(?=\d)", ""),
    _r(rf"\bcâte{_W}|\bcâți{_W}", "how many"), _r(rf"\bcare\s+e\s+costul{_W}", "what is the cost"),
    _r(rf"\bun[a]?\s+costă{_W}|\bunul\s+costă{_W}", "each costs"),
    _r(r"\bplac[aă]\s+(?:ne\s+)?costă\s+(?=[~≈]?\d)", "rent at "),
    _r(rf"(\d+)\s+(?:de\s+)?(?:devi|useri|utilizatori|users?)\s+(?:conectați\s+)?simultan{_W}",
       r"\1 concurrent users"),
    _r(rf"\bun\s+mfu\s+cu\s+(\d[\d,.]*\s*%)\s+mai\s+bun{_W}", r"\1 better MFU"),
    _r(r"\bîntre\s+(\d[\d,.]*)\s+(?:și|si)\s+(\d[\d,.]*)\s+ori\s+cât\s+", r"\1-\2x the price of "),
    _r(rf"\bcrește\s+de\s+(\d+)\s+ori{_W}", r"grows \1x"), _r(rf"\bfață\s+de\s+acum{_W}", "vs now"),
    _r(rf"\bîntr-un\s+an{_W}", "in 1 year"), _r(rf"\bpe\s+(?:user|utilizator){_W}", "per user"),
    _r(rf"([$€])\s+plac[aă]{_W}", r"\1 per card"), _r(rf"\bun\s+nod{_W}", "one node"),
    _r(rf"\bscoate{_W}", "does"),
    _r(rf"\btrimite{_W}|\btrimit{_W}", "sends"), _r(rf"\brețea(?:ua)?{_W}", "networking"),
    _r(r"\bîn\s+(?=lei|ron|euro|eur|dolari|usd)", "in "),
    _r(rf"\b(?:conectați\s+)?simultan{_W}|\bconcurenți{_W}", "concurrent"),
    _r(rf"\butilizatori\s+activi\s+pe\s+zi{_W}|\buseri\s+activi\s+zilnic{_W}|\butilizatori\s+activi\s+zilnic{_W}",
       "daily active users"),
    _r(rf"\bdin\s+care\s+zilnic\s+activi{_W}", "of which daily active"),
    _r(rf"\butilizatori\s+săptămânali{_W}|\buseri\s+săptămânali{_W}", "weekly users"),
    _r(rf"\butilizatori\s+lunari{_W}|\buseri\s+lunari{_W}", "monthly users"),
    _r(rf"\bjumătate\s+merge\s+pe\s+gpu(?:-uri)?{_W}", "half goes on GPUs"),
    _r(rf"\breplici\s+pe\s+conversație{_W}", "turns per conversation"),
    _r(rf"\bde\s+(\d+)\s*x\s+mai\s+rapid\s+decât{_W}", r"\1x faster than"), _r(rf"\bmai\s+rapid\s+decât{_W}",
                                                                               "faster than"),
    _r(rf"\bcu\s+(\d[\d,.]*)\s+puncte{_W}", r"by \1 points"), _r(rf"\bcu\s+(\d[\d,.]*\s*%)\s+mai\s+bun{_W}",
                                                                 r"\1 better"),
    _r(r"\bla\s+fiecare\s+(?=\d)", "every "), _r(rf"\bse\s+dublează{_W}", "doubles"),
    _r(r"\bcrește\s+cu\s+(?=\d)|\bcreste\s+cu\s+(?=\d)", "grows "),
    _r(rf"\bfactor\s+de\s+putere{_W}", "power factor"), _r(r"\bvârf(?:ul)?\s+de\s+(?=\d)", "peak "),
    # "de" between a count and what it counts ("256 de plăci", "50 de mii de useri")
    _r(r"(?<=\d)(\s+)de\s+(?=[a-zăâîșşțţ])", r"\1"),
    _r(rf"(?<=mii)\s+de{_W}|(?<=milioane)\s+de{_W}|(?<=miliarde)\s+de{_W}",
                                                        ""),
    # who is counted
    _r(rf"\butilizatori(?:i)?{_W}|\buseri(?:i)?{_W}|\butilizator{_W}|\buser{_W}", "users"),
    _r(rf"\bdevi{_W}|\bdezvoltatori{_W}", "developers"), _r(rf"\bangajați{_W}", "employees"),
    _r(rf"\bagenții{_W}", "branches"), _r(rf"\bîn\s+fiecare{_W}", "in each"),
    # periods
    _r(rf"\bpe\s+zi{_W}|\bzilnic{_W}|\bpe\s+zi\s+de\s+user{_W}", "per day"),
    _r(rf"\bpe\s+lună{_W}|\blunar{_W}", "per month"),
    _r(rf"\bpe\s+an{_W}|\banual{_W}|\bpe\s+anul{_W}", "per year"),
    _r(rf"\bpe\s+oră{_W}", "per hour"), _r(rf"(?<=/)\s*oră{_W}|(?<=/)\s*ora{_W}", "hour"),
    _r(rf"\bpe\s+secundă{_W}", "per second"),
    _r(rf"\bgpu-ore{_W}", "gpu-hours"), _r(rf"\bgpu-ani{_W}", "gpu-years"),
    _r(rf"\bchip-oră{_W}", "chip-hour"),
    _r(rf"(?<=\d)(\s*)(?:zile|zi){_W}", r"\1days"), _r(rf"(?<=\d)(\s*)săptămâni{_W}", r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:luni|lună){_W}", r"\1months"), _r(rf"(?<=\d)(\s*)(?:ani|an){_W}", r"\1years"),
    _r(rf"(?<=\d)(\s*)(?:ore|oră){_W}", r"\1hours"),
    _r(r"\bpeste\s+(?=\d)|\bîn\s+(?=\d+\s*(?:days|weeks|months|years|zile|luni|ani))", "in "),
    _r(rf"\bacum{_W}|\bazi{_W}|\bactual{_W}", "today"),
    # what is counted
    _r(rf"\bîntrebări{_W}", "questions"), _r(rf"\bcereri{_W}|\bcerere{_W}", "requests"),
    _r(rf"\binterogări{_W}", "queries"), _r(rf"\bmesaje{_W}", "messages"),
    _r(rf"\bconversații{_W}", "conversations"),
    _r(rf"\bdocumente{_W}|\bloguri{_W}", "documents"), _r(rf"\bpe\s+cuvânt{_W}", "per word"),
    _r(rf"\bcuvinte{_W}|\bcuvânt{_W}", "words"),
    _r(rf"\bcaractere\s+per\s+token{_W}", "characters per token"),
    _r(rf"\bcaractere{_W}", "characters"), _r(rf"\btokeni(?:i)?{_W}", "tokens"),
    _r(rf"\brăspunsuri{_W}|\brăspuns(?:ul)?{_W}", "answers"), _r(rf"\brezumat{_W}", "summary"),
    _r(rf"\bpe\s+(?:placă|placa|gpu){_W}", "per gpu"), _r(rf"\bpe\s+replică{_W}", "per replica"),
    _r(rf"\bpe\s+rack{_W}", "per rack"), _r(rf"\bpe\s+nod{_W}", "per node"),
    _r(rf"\bplăci(?:le)?{_W}|\bplacă{_W}|\bplaca{_W}", "cards"), _r(rf"\bgpu-uri(?:le)?{_W}", "gpus"),
    _r(rf"\bservere(?:le)?{_W}|\bserverul{_W}", "servers"), _r(rf"\bnoduri{_W}|\bnodul{_W}", "nodes"),
    _r(rf"\brack-uri(?:le)?{_W}", "racks"), _r(rf"\breplici{_W}", "replicas"), _r(rf"\bepoci{_W}", "epochs"),
    _r(rf"\bexperimente{_W}", "experiments"), _r(rf"\bbucata{_W}|\bbucată{_W}|\bfiecare{_W}", "each"),
    # hedges
    _r(rf"(?:\bcam{_W}|\bvreo{_W}|\bîn\s+jur\s+de{_W}|\baproximativ{_W}|\bpe\s+la{_W})\s*(?=[~≈$€£\d])",
       "about "),
    _r(rf"\bîn\s+medie{_W}", "average"),
    # money, scale, measurements
    _r(rf"(?<=\d)(\s*)mii{_W}", r"\1thousand"), _r(rf"(?<=\d)(\s*)(?:milioane|milion){_W}", r"\1million"),
    _r(r"(?<=\d)(\s*)mil\.?(?=\s)", r"\1million"), _r(rf"(?<=\d)(\s*)(?:miliarde|miliard){_W}", r"\1billion"),
    _r(r"(?<=\d)(\s*)mld\.?(?=\s)", r"\1billion"),
    _r(rf"(?:(?<=million)|(?<=billion)|(?<=thousand))\s+de{_W}", ""), _r(r"\s+de\s+(?=tokeni|tokens)", " "),
    _r(rf"\bper\s+milion{_W}", "per million"),
    _r(rf"\bcursul{_W}|\bcurs{_W}", "rate"), _r(rf"\bbuget(?:ul)?{_W}", "budget"),
    _r(rf"\bcostă{_W}|\bcosta{_W}", "costs"), _r(rf"\bpreț(?:ul)?{_W}", "price"),
    _r(rf"\bînchiriem{_W}|\bînchiriate{_W}|\bînchiriat{_W}|\bînchiriere{_W}", "rent"),
    _r(rf"\bcumpărăm{_W}|\bcumpărat{_W}|\bluăm{_W}", "buy"),
    _r(rf"\bcurentul{_W}|\bcurent{_W}", "electricity"), _r(rf"\breducere{_W}", "discount"),
    _r(rf"\butilizare{_W}", "utilization"), _r(rf"\bvârf{_W}", "peak"),
    # what is asked and done
    _r(rf"\bne\s+trebuie{_W}|\btrebuie{_W}", "needed"), _r(rf"\bajung{_W}|\bajunge{_W}", "enough"),
    _r(rf"\bantrenăm{_W}|\bantrena{_W}|\bantrenare{_W}|\bse\s+antrenează{_W}", "train"),
    _r(rf"\bne-a\s+luat{_W}|\ba\s+luat{_W}|\ba\s+mâncat{_W}", "took"),
    _r(rf"\bdurează{_W}|\bne\s+ia{_W}", "takes"),
    _r(rf"\bzice{_W}|\bzic{_W}", "claims"), _r(rf"\be\s+realist{_W}|\bchiar\s+așa{_W}", "is that right"),
    _r(rf"\begalăm{_W}", "match"),
    _r(r"\bla\s+(?=[~≈$€£]|\d)", "at "), _r(r"\bpe\s+(?=[~≈]?\s*\d)", "on "),
    _r(rf"\bpe\s+(?=(?:[a-z]{{1,6}}[- ]?\d|h\d|gpu|cards|tpu){_W})", "on "),
    _r(r"\bde\s+la\s+(?=\d)", "from "), _r(r"\bpână\s+la\s+(?=\d)", "to "), _r(r"\bcu\b", "with"),
    _r(rf"\bdacă{_W}|\bdaca{_W}", "if"), _r(rf"\bpentru{_W}|\bpt{_W}", "for"), _r(r"(?<=\s)și(?=\s)", "and"),
    _r(rf"\bsau{_W}", "or"), _r(r"(?<=\s)e(?=\s)", "is"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_romanian(text: str) -> bool:
    """The message shows Romanian: a common word with a letter only Romanian writes, or two common words, at
    least one not shared with English."""
    return shows_language(_COMMON, _SHARED, text, letters=_LETTERS)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Romanian quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
