"""Estonian quantity words in a question ("600 tuh. kasutajat päevas", "igaüks teeb ~8 päringut", "16 tk
H100", "1,3 kW kaardi kohta", "kurss 1 € = 1,08 $", "mitu kaarti on vaja?", "3 aasta pärast"): the period, the
counted thing, the hedges and the few verbs the rules key on, said in English, so that every rule reads them
as it reads English. Estonian says what a figure is per after it ("replika kohta", "H100 peal") and glues its
comitative to names ("70B-ga"): those words are said as English says them. Only the words that carry a
quantity's meaning are rewritten, never the numbers; Estonian writes its thousands with spaces ("50 000") and
its decimals with a comma ("2,85"), which calc/numbers reads once this module says the message is Estonian;
its scale words are abbreviated with a dot ("tuh.", "mln.", "mld."). People often type it without its
diacritics ("paringut", "valjund"): every word is read either way. A message is rewritten only when it shows
the language (a word only Estonian writes among the languages read: not Finnish, whose "tuhat", "on" and "ja"
it shares). Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, with_or_without_marks

_PLAIN = {"ä": "a", "ö": "o", "õ": "o", "ü": "u", "š": "s", "ž": "z"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it (calc/script)."""
    return with_or_without_marks(pattern, _PLAIN)


_L = "a-zäöõüšž"
_W = rf"[{_L}]*"           # the rest of a word (Estonian endings: "kaarti", "kaardiga", "kaartide")
_E = rf"(?![{_L}])"        # a word's end
_N = r"\d(?:[\d\s,.]*\d)?"
# a name after a count ("64 vnt. H100", "16 tk DGX H100", "8 gab. Gaudi 3")
_NAME = r"(?=\s+(?:dgx\s+|hgx\s+|nvidia\s+|amd\s+|intel\s+|google\s+)?[a-z]{1,6}[\s-]?\d)"
# words only Estonian writes among the languages read (with or without its marks; not "tokenit", "kohta",
# which Finnish writes too; "tuh." only after a number, Indonesian's "tuh" being a word)
_ESTONIAN = rx.compile(r"(?<!\w)(?:" + _d(
    r"mitu|kui\s+palju|kui\s+kaua|kui\s+suur|on\s+vaja|vajame|vajaks|kasutaja(?:t|d|id|le|te|skond)?|"
    r"päevas|tunnis|aastas|sekundis|päringu(?:t|d|id|ks)?|päringud|tokeniga|tokenid|kaarti|kaardi|"
    r"kaardiga|kaarte|kaardid|serverit|miljonit|miljardit|umbes|keskmiselt|eelarve|eelarvega|sisend\w*|"
    r"väljund\w*|müüme|müüa|tasub|tasuvad|igaüks|meil|maksab|maksaks|allahindlust|allahindlus|elekter|elektri|elektriarve|aastane|"
    r"treenimine|treenime|treeniti|treeningul|väidab|müüja|samaaegset|samaaegselt|kumb|odavam|pärast|"
    r"praegu|kasvab|võtab|võttis|võtaks|läheb|mudel|mudeli|mudelit|sõnumit") + r")(?!\w)|(?<=\d)\s?tuh\.",
    re.IGNORECASE)


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


# what a figure is per, said after it ("kaardi kohta", "replika kohta")
_PER = (("kasutaja", "user"), ("kaardi|gpu", "gpu"), ("serveri", "server"), ("replika", "replica"),
        ("vestluse", "conversation"), ("päringu", "request"), ("tokeni", "token"), ("sõnumi", "message"))

# (not "one": "üks H200 maksab" is what each card costs)
_NUMERALS = (("kaks|kahe", "2"), ("kolm|kolme", "3"), ("neli|nelja", "4"),
             ("viis|viie", "5"), ("kuus|kuue", "6"), ("kaheksa", "8"), ("kümme|kümne", "10"),
             ("kaksteist", "12"))

_REWRITES: list[tuple[str, str]] = [
    # scale words, abbreviated with a dot that ends no sentence
    _r(rf"(?<=\d)(\s*)(?:tuh\.?|tuhat|tuhande{_W}){_E}", r"\1thousand"),
    _r(rf"(?<=\d)(\s*)(?:mln\.?|miljon{_W}|milj\.?){_E}", r"\1million"),
    _r(rf"(?<=\d)(\s*)(?:mld\.?|mlrd\.?|miljard{_W}){_E}", r"\1billion"),
    _r(rf"(?<=\d)(\s*)(?:triljon{_W}){_E}", r"\1trillion"),
    # a name's comitative, glued with a hyphen ("70B-ga", "8B-ga"): the name
    _r(rf"(?<=[0-9a-z])-(?:ga|le|l|lt|st|s|d|ni|na|ks|del|dele|de|dega|il|ile|iga|e){_E}", ""),
    # what one card draws ("üks kaart koos serveriga võtab 1,4 kW"), said as English says it: per card
    _r(rf"\b(?:üks|iga)\s+(?:kaart|gpu)(\s+koos\s+serveriga)?\s+(?:võtab|tarbib|vajab)\s+({_N}\s*k?w){_E}",
       r"\2 per gpu\1"),
    # whole phrases first (their words are rewritten one by one below)
    # ("kui palju maksab 1M tokenit": what so many tokens cost)
    _r(rf"\bkui\s+palju\s+(?:maksab|maksaks)\s+({_N}\s*(?:k|m|million|thousand|billion)?\s*"
       rf"(?:token(?:it|i|eid)|päringu(?:t|id)?)){_E}", r"how much do \1 cost"),
    _r(rf"\bkui\s+palju\s+(?:see\s+|need\s+|meile\s+|meil\s+)*(?:kokku\s+)?(?:maksab|maksaks|läheb\s+maksma|"
       rf"maksma\s+läheb|teeb|tuleb|kokku\s+teeb){_E}", "how much does it cost"),
    _r(rf"\bkui\s+palju\s+(?:see\s+)?kokku\s+teeb{_E}", "how much does it cost"),
    _r(rf"\bkui\s+suur\s+(?:tuleb|on){_E}", "how much is"),
    _r(rf"\bmitu\s+(?:nädalat|kuud)(?:\s+(?:võtab|võtaks|kestab|kestaks|läheb|läheks))?{_E}",
       "how long would it take"),
    _r(rf"\bmitu\s+päeva{_E}", "how many days"), _r(rf"\bmitu\s+tundi{_E}", "how many hours"),
    _r(rf"\bkui\s+kaua(?:\s+(?:võtab|võtaks|läheb|kestab|kestaks))?{_E}", "how long would it take"),
    _r(rf"\bmitu{_E}|\bkui\s+palju{_E}", "how many"),
    _r(rf"\bkumb\s+on\s+odavam{_E}|\bkumb\s+tuleb\s+odavam{_E}", "which is cheaper"),
    _r(rf"\bkas\s+see\s+on\s+(?:usutav|realistlik|õige|tõsi){_E}|\bkas\s+see\s+peab\s+paika{_E}",
       "is that right"),
    _r(rf"\bkas\s+(?:see\s+)?tasub\s+end\s+ära{_E}|\btasu(?:b|vad)\s+end(?:\s+ära)?{_E}", "break even"),
    _r(r"(?<=\s)ära(?=\s*[?.!]|\s*$)", ""),
    _r(rf"\bväidab,?\s+et{_E}|\bväidab{_E}|\bütleb,?\s+et{_E}", "claims"),
    _r(rf"\bsamaaegse{_W}\s+kasutaja{_W}|\bsamaaegselt\s+kasutaja{_W}", "concurrent users"),
    _r(rf"\bsamaaegse{_W}{_E}|\bsamaaegselt{_E}", "concurrent"),
    _r(rf"\bkasutajat\s+päevas{_E}|\bpäevas\s+aktiivse{_W}\s+kasutaja{_W}|\bigapäevase{_W}\s+kasutaja{_W}",
       "daily users"),
    _r(rf"\bkuus\s+aktiivse{_W}\s+kasutaja{_W}|\bigakuise{_W}\s+kasutaja{_W}", "monthly users"),
    _r(rf"\bpool\s+(?:sellest\s+|eelarvest\s+)?läheb\s+(?:gpu{_W}|kaarti{_W}|kaartidele){_E}",
       "half of it on GPUs"),
    _r(rf"\btipp(?:koormus{_W})?{_E}|\btipus{_E}|\btipu\s+ajal{_E}", "peak"),
    _r(rf"\bkahekordistub\s+iga\s+({_N})\s*(?:kuu{_W})(?:\s+järel)?{_E}", r"doubles every \1 months"),
    _r(rf"\biga\s+({_N})\s*(?:kuu{_W})(?:\s+järel)?{_E}", r"every \1 months"),
    _r(rf"\bkasvab\s+({_N}\s*%)\s+aastas{_E}", r"grows \1 a year"),
    _r(rf"({_N}\s*%)\s+aastas{_E}", r"\1 a year"),
    _r(rf"(?<![\d.,])({_N})\s*(?:aasta)\s+pärast{_E}", r"in \1 years"),
    _r(rf"(?<![\d.,])({_N})\s*(?:kuu)\s+pärast{_E}", r"in \1 months"),
    # a count grown from one number to another ("50 tuh. kasutajalt 400 tuh. kasutajani", "1000-lt 5000-ni")
    _r(rf"({_N}\s*(?:k|thousand|million)?)-?lt\s+({_N}\s*(?:k|thousand|million)?)-?ni{_E}", r"from \1 to \2"),
    _r(rf"({_N}\s*(?:k|thousand|million)?)\s+([{_L}]+?)lt\s+({_N}\s*(?:k|thousand|million)?)\s+\2ni{_E}",
       r"from \1 to \3 \2"),
    _r(rf"(?<![\d.,])({_N})\s*(?:kuuga|kuu\s+jooksul|kuu\s+jooksu){_E}", r"in \1 months"),
    _r(rf"(?<![\d.,])({_N})\s*(?:aastaga|aasta\s+jooksul){_E}", r"in \1 years"),
    _r(rf"\bkui\s+arvestada{_E}|\barvestame{_E}|\barvestada{_E}", "assuming"),
    _r(rf"\bkoos\s+serveriga{_E}|\bkoos\s+serveri\s+osaga{_E}", "including server"),
    _r(rf"\bmis\s+on{_E}", "what is"),
    # what a figure is per, said after it ("1000 päringu kohta", "miljoni sisendtokeni kohta")
    _r(rf"\bmiljoni\s+sisendtokeni\s+kohta{_E}", "per million input tokens"),
    _r(rf"\bmiljoni\s+väljundtokeni\s+kohta{_E}", "per million output tokens"),
    _r(rf"\bmiljoni\s+tokeni\s+kohta{_E}|\bmiljoni\s+kohta{_E}", "per million tokens"),
    _r(rf"(?<![\d.,])({_N})\s+päringu\s+kohta{_E}", r"per \1 requests"),
    _r(rf"(?<![\d.,])({_N})\s+tokeni\s+kohta{_E}", r"per \1 tokens"),
    *(_r(rf"\b(?:{word})\s+kohta{_E}", f"per {to}") for word, to in _PER),
    _r(rf"\bkohta{_E}", "per"),
    # a length's tokens ("sisend 900 tokenit", "väljund 250 tokenit")
    _r(rf"\bsisendtoken{_W}", "input tokens"), _r(rf"\bväljundtoken{_W}", "output tokens"),
    _r(rf"\bsisend{_W}", "input"), _r(rf"\bväljund{_W}", "output"),
    # numbers said in words before what they count ("kolm kuud", "kaks nädalat", "kaheksa kaarti")
    *(_r(rf"\b(?:{word}){_E}(?=\s+(?:kuu|nädal|päev|aasta|tund|kaar|server|gpu|[a-z]{{1,6}}\d))", digits)
      for word, digits in _NUMERALS),
    # periods
    _r(rf"\bpäevas{_E}|\bpäevas{_E}|(?<=/)\s*p(?:äev)?\.?(?![{_L}])", "per day"),
    _r(rf"\btunnis{_E}|(?<=/)\s*t(?:und)?\.?(?![{_L}])", "per hour"),
    _r(rf"\baastas{_E}", "per year"), _r(rf"\bsekundis{_E}", "per second"),
    _r(rf"\bgpu-?tun{_W}|\bgpu\s+tun{_W}", "gpu-hours"), _r(rf"\bgpu-?aasta{_W}", "gpu-years"),
    _r(rf"(?<=\d)(\s*)päev{_W}", r"\1days"), _r(rf"(?<=\d)(\s*)nädal{_W}", r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:kuud|kuu|kuuks|kuuga){_E}", r"\1months"),
    _r(rf"(?<=\d)(\s*)aasta{_W}", r"\1years"), _r(rf"(?<=\d)(\s*)tun(?:di|ni|niga|nid){_E}", r"\1hours"),
    _r(rf"\bpraegu{_E}|\bhetkel{_E}", "now"),
    # who is counted
    _r(rf"\bkasutajaskond{_E}|\bkasutaja{_W}", "users"), _r(rf"\btöötaja{_W}", "employees"),
    _r(rf"\bklient{_W}", "customers"),
    # what is counted
    _r(rf"\bvastus{_W}|\bvastuse{_W}", "answers"), _r(rf"\btoken(?:it|iga|id|eid|ite|i){_E}", "tokens"),
    _r(rf"\bpäring{_W}", "requests"), _r(rf"\bsõnum{_W}", "messages"), _r(rf"\bvestlus{_W}", "conversations"),
    _r(rf"\bjada{_E}|\bjärjestus{_W}", "sequences"),
    _r(rf"\bkaard{_W}|\bkaart{_W}|\bvideokaar{_W}", "cards"),
    _r(rf"\btähemär{_W}|\bmärki{_E}|\bsümbol{_W}", "characters"), _r(rf"\btoken{_E}", "token"),
    _r(rf"\bserveri(?:t|d|ga|te|tega)?{_E}", "servers"), _r(rf"\briiul{_W}|\bräkk{_W}", "racks"),
    _r(rf"\bkiip{_W}|\bkiibi{_W}", "chips"), _r(rf"\bsõlm{_W}", "nodes"), _r(rf"\bepohh{_W}", "epochs"),
    _r(rf"\breplika(?:t|d|id)?{_E}", "replicas"), _r(rf"\bmudel{_W}", "model"),
    # pieces before a name are so many of it ("16 tk H100"), after a price each one's
    _r(rf"(?<=\d)(\s*)tk\.?{_NAME}", r"\1x"),
    _r(rf"(?<![\d.,])({_N}\s*(?:€|\$|eur|usd)\s*)tk\.?{_E}", r"at \1each"),
    _r(rf"(?<=\d)(\s*)tk\.?{_E}", r"\1pcs"),
    # hedges
    _r(rf"(?:\bumbes{_E}|\bligikaudu{_E}|\bkeskmiselt{_E}|\bu\.)\s*(?=[~≈$€£\d])", "about "),
    _r(rf"\bkeskmi{_W}", "average"),
    _r(rf"\bigaüks\s+(?:teeb|saadab|küsib)(?:\s+keskmiselt)?{_E}", "each user does"),
    _r(r"\büks(?=\s+(?:maksab|maksaks|tarbib)\s)", "each"),
    _r(r"\bhinnaga\s+(?=[~≈]?\s*\d)", "at "), _r(rf"\btükk{_E}|\btüki\s+kohta{_E}|\btükist{_E}", "each"),
    _r(rf"(?<=[€$])(\s*)kuus{_E}|(?<=\deur)(\s*)kuus{_E}", r"\1\2 per month"),
    _r(rf"\bküsime{_E}|\bvõtame{_E}", "we charge"), _r(rf"\bkulud{_E}|\bkulu{_E}", "costs"),
    _r(rf"\bkatame{_E}|\bkatab{_E}", "cover"), _r(rf"\bjaoks{_E}", ""),
    _r(r"\balla\s+(?=[~≈]?\s*\d)", "under "),
    _r(rf"\bigaüks{_E}|\biga{_E}", "each"),
    # money, power
    _r(rf"\bmaksab{_E}|\bmaksaks{_E}|\bmaksma{_E}", "costs"), _r(rf"\bhin(?:d|na|naga){_E}", "price"),
    _r(rf"\brendiga{_E}|\brendi{_E}|\brenditud{_E}", "rent"), _r(rf"\bostame{_E}|\bosta{_E}", "buy"),
    _r(rf"\bsaame{_E}", "can we buy"),
    _r(rf"\beelarve{_W}", "budget"), _r(rf"\ballahindlus{_W}", "discount"),
    _r(rf"\belektriarve{_W}", "electricity bill"), _r(rf"\belektri{_W}|\belekter{_E}", "electricity"),
    _r(rf"\baastane{_E}|\baastas{_E}", "annual"), _r(rf"\bvõrk{_W}", "networking"),
    _r(rf"\btarbib{_E}", "draws"), _r(r"\bvõtab\s+(?=[~≈]?\s*\d[\d\s,.]*\s*k?w)", "draws "),
    _r(rf"\bkurss{_E}", "rate"),
    _r(rf"\bkogusumma{_E}|\bkokku{_E}", "total"), _r(rf"\bdollarites{_E}", "in dollars"),
    _r(rf"\bkoormus{_E}", "load"), _r(rf"\bkiirem{_E}", "faster"), _r(rf"\bodavam{_E}", "cheaper"),
    _r(rf"\bandmekeskus{_W}", "datacenter"), _r(rf"\bmahub{_E}|\bmahuks{_E}", "fit"),
    _r(rf"\bkasutusaste{_W}|\butilisatsioon{_W}", "utilization"),
    # what is asked and done
    _r(rf"\bon\s+vaja{_E}|\bvajame{_E}|\bvajaks{_E}|\bvaja{_E}", "needed"),
    _r(rf"\bmeil\s+on{_E}", "we have"),
    _r(rf"\btreeni{_W}|\btreeningu{_W}|\btreenime{_E}", "training"),
    _r(rf"\bvõttis{_E}|\bkestis{_E}", "took"), _r(rf"\bvõtaks{_E}|\bkestaks{_E}", "would take"),
    _r(rf"\bvõtab{_E}|\bläheb{_E}|\bkestab{_E}", "takes"), _r(rf"\bmeie{_E}", "our"),
    _r(rf"\brendime{_E}|\brendiks{_E}", "rent"),
    _r(rf"\bmüüja{_W}|\btarnija{_W}", "vendor"), _r(rf"\bserveeri{_W}", "serving"),
    _r(rf"\bkasvab{_E}|\bkasvame{_E}", "grows"), _r(rf"\bannab{_E}|\bannaks{_E}", "gives"),
    _r(rf"\bmüüme{_E}", "we sell"), _r(rf"\bmõõtsime{_E}", "we measured"),
    _r(rf"\bpeal{_E}", ""), _r(r"\büle\s+(?=\d)", "over "),
    _r(r"(?<=\s)ja(?=\s)", "and"), _r(r"(?<=\s)või(?=\s)", "or"), _r(rf"\bkui{_E}", "if"),
    _r(r"(?<=\s)(?<!it )on(?=\s)", "is"), _r(rf"\bmeil{_E}", "we"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_estonian(text: str) -> bool:
    """The message shows Estonian: a word only Estonian writes among the languages read."""
    return _ESTONIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Estonian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
