"""Serbian, Croatian and Bosnian quantity words in a question, in Latin or Cyrillic letters ("2 miliona
korisnika dnevno", "po 15 upita na dan", "512 картица H100", "1,80 $/h", "1 USD = 108 RSD", "koliko kartica
nam treba?", "za 3 godine"): Serbian written in Cyrillic is first spelled in Latin letters (one letter for
each, "љ" as "lj"), then the period, the counted thing, the hedges and the few verbs the rules key on are
said in English, so that every rule reads them as it reads English (as calc/ukrainian does for Ukrainian).
Only the words that carry a quantity's meaning are rewritten, never the numbers; these languages write
their thousands with dots ("200.000") and their decimals with a comma ("1,80"), which calc/numbers reads
once this module says the message is in one of them. A message is read as Serbian when it is written in
Cyrillic with a letter only Serbian has ("ј", "љ", "њ", "ћ", "ђ", "џ") or one of its common words, or in
Latin letters with two of its common words. Every character keeps its position in the source, so a span is
quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.bulgarian import said_in_bulgarian
from calc.script import rewrite, shows_language
from calc.slovak import said_in_slovak
from calc.slovenian import said_in_slovenian

_SERBIAN_CYRILLIC = rx.compile(r"[ђјљњћџЂЈЉЊЋЏ]|(?<![а-я])(?:колико|треба|имамо|картица|корисника|дневно|"
                               r"хиљада|милиона|милијарди|динара|месечно|сервера)(?![а-я])", re.IGNORECASE)
_L = "a-zčćšžđ"
_W = rf"[{_L}]*"
_E = rf"(?![{_L}])"
_COMMON = rx.compile(rf"(?<![{_L}])(?:koliko|treba|trebaju|imamo|kartic{_W}|korisnik{_W}|dnevno|mesečno|"
                     rf"mjesečno|upita|zahteva|zahtjeva|tokena|hiljad{_W}|tisuć{_W}|miliona|milijard{_W}|"
                     rf"dinara|evra|eura|košta|koštaju|struja|ako|oko|otprilike|servera|sati|sata|dana|"
                     rf"nam|jel|da li|ulaz{_W}|izlaz{_W}|odgovor{_W}|trening|godišnje|prosečno|prosječno|"
                     rf"istovremen{_W}|komad{_W}|kursu)(?![{_L}])", re.IGNORECASE)
_SHARED = {"ako", "oko", "nam", "dana"}
# what only Czech writes among the two ("kolik", "uživatelů", its "ě", "ř", "ů"): a Czech message is no
# Serbian one
_CZECH = rx.compile(r"[ěřůĚŘŮ]|(?<![a-z])(?:kolik|uživatel\w*|potřebujeme|dotazů|tokenů|karet|máme)(?![a-z])",
                    re.IGNORECASE)

_CYRILLIC_TO_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
                      "з": "z",
                      "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
                      "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f",
                      "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š"}
_LATIN_LETTERS = [(rx.compile(c, re.IGNORECASE), to) for c, to in _CYRILLIC_TO_LATIN.items()]

_N = r"\d[\d.,]*"
_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bkoliko\s+(?:nas\s+)?(?:košta|koštaju|će\s+koštati|bi\s+koštalo|dođe|"
        rf"izlazi){_E}", "how much does it cost"),
    (rf"\bkoliko\s+(?:je\s+to|para|novca){_E}", "how much"), (rf"\bkoliko\s+dana{_E}", "how many days"),
    (rf"\bkoliko\s+(?:bi\s+)?(?:trajao|traje|će\s+trajati|bi\s+trajalo|"
        rf"vremena){_E}", "how long would it take"),
    (rf"\bza\s+koliko\s+(?:ćemo\s+)?(?:meseci|mjeseci){_E}", "in how many months"),
    (rf"\bza\s+koliko\s+ćemo{_E}", "how long until we go"), (rf"\bda\s+stignemo\s+do{_E}", "to"),
    (rf"\bkoliko{_E}|\bkolko{_E}", "how many"),
    (rf"\bistovremen{_W}\s+korisnik{_W}|\bkorisnik{_W}\s+istovremeno{_E}", "concurrent users"),
    (rf"\bkorisnika\s+dnevno{_E}|\bdnevnih\s+korisnika{_E}", "daily users"),
    (rf"\bmesečnih\s+korisnika{_E}|\bmjesečnih\s+korisnika{_E}", "monthly users"),
    (rf"\bsvaki\s+aktivni\s+pravi{_E}", "each active user makes"),
    (rf"\bsvaki\s+po\s+({_N})\s+(upita|zahteva|pitanja)\s+na\s+dan{_E}", r"\1 \2 per user per day"),
    (rf"\bpo\s+({_N})\s+upita\s+na\s+dan{_E}", r"\1 queries per user per day"),
    (rf"\bpol[au]\s+budžeta\s+ide\s+na\s+(?:same\s+)?(?:gpu|kartice){_E}", "half of it on GPUs"),
    (rf"\bs\s+({_N}\s*(?:tisuća|hiljada|milijuna|miliona)?)\s+na\s+(?=\d)", r"from \1 to "),
    (rf"\bu\s+godinu\s+dana{_E}|\bza\s+godinu\s+dana{_E}", "in a year"),
    (rf"\bplus\s+({_N}\s*%)\s+za\s+mrežu(?:\s+i\s+infrastrukturu)?{_E}",
     r"plus \1 for networking and facilities"),
    (rf"\budvostručuju\s+svakih{_E}|\budvostručuje\s+(?:se\s+)?(?:na\s+)?svakih{_E}", "doubles every"),
    (rf"\bsa\s+({_N}\s*%)\s+na\s+({_N}\s*%)", r"from \1 to \2"),
    (r"\bmfu\s+skoči\s+", "MFU goes "), (rf"\bprošli\s+run\s+je\s+trajao{_E}", "last run took"),
    (rf"\bako\s+pređemo\s+na{_E}", "if we move to"), (rf"\bisto\s+toliko{_E}", "the same number of"),
    (rf"\bda\s+li\s+je\s+to\s+realno{_E}|\bjel['’]?\s+(?:je\s+)?to\s+realno{_E}", "is that right"),
    (rf"\bpretplat{_W}\s+od\s+({_N})\s+dinara\s+mesečno\s+po\s+korisniku{_E}", r"\1 RSD per user per month"),
    (rf"\bnaplaćujemo{_E}", "we charge"), (rf"\bpo\s+milionu{_E}", "per million"),
    (rf"\btokena\s+po\s+reči{_E}|\btokena\s+po\s+riječi{_E}", "tokens per word"),
    (rf"\brezime\s+od\s+({_N})\s+reči{_E}", r"\1-word summaries out"),
    (rf"\bsvaki\s+po\s+({_N})\s+reči{_E}", r"\1-word documents in"),
    (rf"\bpo\s+kursu{_E}|\bkurs{_W}", "rate"),
    (rf"\bmodel\s+od\s+({_N})\s+(milijard{_W}|milion{_W})\s+parametara{_E}", r"a \1 \2 model"),
    (rf"\bpo\s+({_N})\s*kw\s+po\s+(?:ormaru|rack{_W}){_E}", r"\1 kW per rack"),
    (rf"\bsa\s+limitom\s+od\s+({_N})\s*kw\s+po\s+ormaru{_E}", r"capped at \1 kW each"),
    (r"\bpik(?:om)?\s+(?=x?\d)|\buz\s+pik\s+", "peak "),
    (rf"\bpo\s+tokenu{_E}", "per token"), (rf"\bpo\s+korisniku{_E}", "per user"),
    (rf"\bpo\s+kartici{_E}", "per card"),
    (rf"\bpo\s+serveru{_E}", "per server"), (rf"\bispod{_E}", "under"),
    (rf"\bpola\s+miliona{_E}", "half a million"),
    (rf"(?<=\d)(\s*)puta{_E}", r"\1x"), (rf"\bizjednačimo{_E}|\bizjednačiti{_E}", "match"),
    (r"\bjedna\s+(?=košta)|\bjedan\s+(?=košta)", "one "), (rf"\bimamo{_E}", "we have"),
    (r"\bako\s+je\s+(?:jedna|jedan|jedno)\s+(?=oko\s|\d|cca)", "if one costs "),
    # (round 112: Croatian) "po komadu", "po 1.000 zahtjeva", "u vršnim satima 3x više", "iskorištenost 70%",
    # "na 300 lokacija, po 2 kartice L4 na svakoj", "mfu ode na 45%", "za 7 postotnih bodova", "tjednih"
    (rf"\bpo\s+({_N}\s*(?:tisuća|hiljada)?)\s+(zahtjev{_W}|zahtev{_W}|upit{_W}|token{_W}|tokena){_E}",
     r"per \1 \2"),
    (rf"\bpo\s+milijun{_W}|\bza\s+milijun{_W}|\bpo\s+milion{_W}", "per million"),
    (rf"\bpo\s+komadu{_E}", "each"), (rf"\bzajedno\s+sa?\s+server{_W}", "including the server"),
    (rf"\bvu[čc]e{_E}", "draws"), (rf"(?<=pue)\s+je{_E}", " is"),
    (rf"\bu\s+vršnim\s+satima\s+({_N}\s*x)\s+više{_E}", r"peak \1"),
    (rf"\bvršni\s+faktor{_E}", "peak factor"),
    (rf"\bra[čc]unaj\s+({_N}\s*%)\s+iskori[šs]tenosti{_E}", r"at \1 utilization"),
    (rf"\biskori[šs]tenost{_W}", "utilization"),
    (rf"\bpo\s+({_N})\s+kartic{_W}\s+(\S+)\s+na\s+svakoj{_E}", r"with \1 \2 cards each"),
    (rf"\blokacij{_W}", "sites"), (rf"\bpo\s+replici{_E}", "per replica"),
    (rf"\bima\s+li\s+pravo{_E}", "is that right"),
    (rf"\bra[čc]unaj\s+({_N}\s*x)\s+na\s+kartice{_E}", r"all-in \1"),
    (rf"\budvostru[čc]uje\s+(?:se\s+)?(?:na\s+)?svak(?:ih|a|e){_E}", "doubles every"),
    (rf"\bmfu\s+ode\s+na{_E}", "MFU goes to"),
    (rf"\b(?:podignemo|dignemo|povećamo)\s+za\s+({_N})\s+postotn{_W}\s+bod{_W}",
     r"MFU improves by \1 points"),
    (rf"\btjedn{_W}\s+korisnik{_W}", "weekly users"),
    (rf"\bod\s+toga\s+dnevno\s+njih\s+(?:otprilike\s+|oko\s+)?({_N}\s*%){_E}", r"daily about \1 of them"),
    (rf"\btiket{_W}", "tickets"), (rf"\bporuka\s+po\s+tiketu{_E}", "messages per ticket"),
    (rf"\bporuk{_W}", "messages"),
    (rf"\bgpu\s+sat{_W}", "gpu-hours"), (rf"\beksperiment{_W}", "runs"), (rf"\bpo\s+nodeu{_E}", "per node"),
    (rf"\bnodeov{_W}|\bnodea{_E}", "nodes"), (rf"\baktivn{_W}", "active"), (rf"\bpo\s+racku{_E}", "per rack"),
    (rf"\brackov{_W}", "racks"), (rf"(?<=\d)(\s*)jena{_E}|\bjena{_E}", r"\1yen"),
    (rf"\bmožemo\s+da{_E}", "can we"), (rf"\bpotrošnja{_E}", "energy"), (rf"\btrošimo{_E}", "we use"),
    # who is counted
    (rf"\bkorisnik{_W}|\bkorisnic{_W}", "users"), (rf"\bzaposlen{_W}|\bradnik{_W}", "employees"),
    # periods
    (rf"\bna\s+dan{_E}|\bdnevno{_E}", "per day"), (rf"\bmesečno{_E}|\bmjesečno{_E}", "per month"),
    (rf"\bgodišnje{_E}", "per year"), (rf"\bpo\s+satu{_E}|\bna\s+sat{_E}", "per hour"),
    (rf"(?<=/)\s*sat{_W}|(?<=/)\s*h{_E}", "hr"), (rf"\bu\s+sekundi{_E}|\bpo\s+sekundi{_E}", "per second"),
    (rf"\bgpu-sat{_W}", "gpu-hours"), (rf"\bgpu-godin{_W}", "gpu-years"),
    (rf"(?<=\d)(\s*)(?:dana|dan){_E}", r"\1days"),
    (rf"(?<=\d)(\s*)(?:nedelj{_W}|tjed{_W}|sedmic{_W})", r"\1weeks"),
    (rf"(?<=\d)(\s*)(?:meseci|meseca|mesec|mjeseci|mjeseca){_E}", r"\1months"),
    (rf"(?<=\d)(\s*)(?:godina|godine|godinu){_E}", r"\1years"), (rf"(?<=\d)(\s*)sat{_W}", r"\1hours"),
    (r"\bsvakih\s+(?=\d)", "every "), (r"\bza\s+(?=\d+\s*(?:days|weeks|months|years))", "in "),
    (rf"\bsada{_E}|\bsad{_E}|\btrenutno{_E}", "now"),
    # what is counted
    (rf"\bulaznih\s+tokena{_E}|\btokena\s+ulaz{_W}", "input tokens"),
    (rf"\bizlaznih\s+tokena{_E}|\btokena\s+izlaz{_W}", "output tokens"),
    (rf"\bulaz{_W}", "input"), (rf"\bizlaz{_W}", "output"),
    (rf"(?<!per )\btoken{_W}|\btok(?=/)", "tokens"), (rf"\bupit{_W}|\bpitanj{_W}", "queries"),
    (rf"\bzahte{_W}|\bzahtje{_W}", "requests"), (rf"\bodgovor{_W}", "answers"), (rf"\bprompt{_W}", "prompts"),
    (rf"\bdokumen{_W}", "documents"), (rf"\breči{_E}|\briječi{_E}", "words"),
    (rf"\bkartic{_W}|\bkarti{_E}", "cards"), (rf"\bgpu-ova{_E}", "GPUs"), (rf"\bserver{_W}", "servers"),
    (rf"\bormar{_W}", "racks"), (rf"\breplik{_W}", "replicas"), (rf"\bsekvenc{_W}", "sequences"),
    (rf"\bepoh{_W}", "epochs"), (rf"(?<=\d)(\s*)komad{_W}", r"\1x"), (rf"\bkomad{_E}", "each"),
    (rf"\bparametar{_W}", "parameters"),
    # hedges
    (rf"(?:\boko{_E}|\botprilike{_E}|\bcirka{_E}|\bnekih{_E})\s*(?=[~≈$€£\d])", "about "),
    (rf"\bprosečno{_E}|\bprosječno{_E}", "average"), (rf"\bsvaki{_E}|\bsvaka{_E}|\bsvako{_E}", "each"),
    (rf"\bmaksimum{_E}|\bnajviše{_E}", "at most"), (rf"\bminimum{_E}", ""),
    # money, scale, measurements
    (rf"(?<=\d)(\s*)(?:bilion{_W}|trilion{_W}){_E}", r"\1trillion"),
    (rf"(?<=\d)(\s*)(?:milijard{_W}|mlrd\.?){_E}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:milion{_W}|milijun{_W}|mil\.|mln\.?){_E}", r"\1million"),
    (rf"(?<=\d)(\s*)(?:hiljad{_W}|hilj\.|tisuć{_W}){_E}", r"\1thousand"),
    (rf"\bdinar{_W}|\bdin\.?{_E}", "RSD"), (rf"\bevr{_W}|\beur[ao]{_E}", "EUR"), (rf"\bdolar{_W}", "dollars"),
    (rf"\bbudžet{_W}", "budget"), (rf"\bpopust{_W}", "discount"), (rf"\bcen[aeu]{_E}", "price"),
    (rf"\bstruj{_W}", "electricity"), (rf"\bvuče{_E}|\btroši{_E}", "draws"), (rf"\bkošta{_E}", "costs"),
    (rf"\biznajmljujemo{_E}|\biznajmljuje{_W}|\bnajam{_E}|\brent{_E}", "rent"),
    (rf"\bkupujemo{_E}|\bkupimo{_E}|\bkupiti{_E}", "buy"), (rf"\bukupno{_E}", "in total"),
    (rf"\bbrž{_W}", "faster"), (rf"\bskuplj{_W}", "pricier"),
    (rf"\bistrenira{_W}|\btrening{_W}|\btrenira{_W}",
                                                                 "training"),
    (rf"\btrajati{_E}|\btraje{_E}|\btrajao{_E}", "takes"), (rf"\btvrdi{_E}|\bkaže{_E}", "claims"),
    # what is asked
    (rf"\bnam\s+treba{_E}|\btreba{_E}|\btrebaju{_E}|\bpotrebn{_W}", "needed"),
    (r"\bpo\s+(?=[~≈$€£]|\d)", "at "), (r"(?<=\s)na\s+(?=\d)", "on "),
    (r"(?<=\s)sa\s+(?=\d[^.?!]*\b(?:do|to)\b)", "from "), (r"(?<=\s)sa\s+(?=\d)", "with "),
    (rf"\bako{_E}", "if"), (r"(?<=\s)i(?=\s)", "and"), (r"(?<=\s)u(?=\s)", "in"), (r"(?<=\s)od(?=\s)", "of"),
    (r"(?<=\s)ili(?=\s)", "or"), (rf"\bza{_E}", "for"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_serbian(text: str) -> bool:
    """The message is written in Serbian Cyrillic (not Bulgarian, which shares some of its words), or shows
    two of the language's common Latin words."""
    return (_SERBIAN_CYRILLIC.search(text) is not None and not said_in_bulgarian(text)) \
        or (shows_language(_COMMON, _SHARED, text) and not said_in_slovak(text)
            and _CZECH.search(text) is None and not said_in_slovenian(text))


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Serbian quantity words in English (Cyrillic first spelled in Latin letters), with the
    position in the source of each character (calc/script.rewrite)."""
    if _SERBIAN_CYRILLIC.search(text) is not None and not said_in_bulgarian(text):
        text, pos = rewrite(text, pos, _LATIN_LETTERS)
    return rewrite(text, pos, _COMPILED)
