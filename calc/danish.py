"""Danish quantity words in a question ("ca. 4.500 medarbejdere", "15-20 forespørgsler om dagen", "2,49 $ i
timen pr. kort", "25 mio. kr.", "dollarkurs på 6,85", "hvor mange H100 skal vi bruge?", "inden for 18
måneder"): the period, the counted thing, the hedges and the few verbs the rules key on, said in English, so
that every rule reads them as it reads English. Swedish and Norwegian words are read by calc/nordic, which
runs after this module; Danish differs from them in its everyday words ("brugere", "hvad", "bliver",
"tager", "mio.", "mia.") and in its numbers: it writes thousands with dots ("1.200") and decimals with a
comma ("6,85"), which calc/numbers reads once this module says the message is Danish. A message is
rewritten only when it shows the language (a word only Danish writes among the languages read). Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_L = "a-zæøå"
_E = rf"(?![{_L}])"       # a word's end
_N = r"\d[\d.,]*"
# words only Danish writes among the languages read (Norwegian says "bruker", "hva", "blir", "tar", "mill.")
_DANISH = rx.compile(rf"(?<![{_L}])(?:hvad|brugere|brugerne|bruger|forespørgsler|forespørgsel|medarbejdere|"
                     r"beskeder|bliver|tager|kører|købe|køb|købt|lejer|leje|lejede|lejet|kræver|kræves|"
                     r"udnyttelse|udnyttelsen|vores|jeres|gerne|nogle|elregningen|ugentlige|kørsler|opsummere|"
                     r"antag|procentpoint|sælgeren|træne|træning|trænet|overvejer|processerer|sidste|tilbyder|"
                     rf"overhovedet|nogen|sådan)(?![{_L}])"
                     r"|(?<=\d)\s?mia\b|(?<=\d)\s?mio\.?\s*kr\b|\bpr\.\s*(?:døgn|kort|token|prompt|bruger|stk)\b|"
                     r"\bhvor\s+meget\b", re.IGNORECASE)

_SMALL = {"to": "2", "tre": "3", "fire": "4", "fem": "5", "seks": "6", "syv": "7", "otte": "8", "ni": "9",
          "ti": "10", "tolv": "12", "tyve": "20"}
_COUNTED = r"(?=\s+(?:stk\.?|kort|grafikkort|gpu'?er|servere|noder|racks?|gange|[a-z]{1,4}\d{2,4}s?\b))"

_REWRITES: list[tuple[str, str]] = [
    # numbers said in words before what they count ("to stk. GB200", "otte V100 SXM2")
    *((rf"\b{word}{_COUNTED}", digits) for word, digits in _SMALL.items()),
    (r"\bkr\.(?=\s|$|[?,;/])", "kr"),
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bvi\s+har\s+rejst{_E}|\brejst{_E}", "we raised"),
    (rf"\bmfu(?:'en)?\s+bliver\s+({_N})\s*procentpoint\s+højere{_E}", r"MFU \1 points higher"),
    (r"\bbliver\s+(?=[~≈]?\s*\d)", "goes to "),
    (rf"\bligger\s+på{_E}", "is"), (r"\ber\s+(?=[~≈]?\s*\d)", "is "),
    (r"\bpå\s+max\.?\s+(?=\d)|\bmax\.?\s+(?=\d[\d.,]*\s*%)", "at most "), (rf"\bholde{_E}", "keep"),
    (r"\bmed\s+(?=(?:dollar)?kurs)", "at "),
    (r"\b(?:vil\s+)?bruge\s+(?:ca\.\s*|omkring\s+)?(?=(?:en\s+)?(?:tredjedel|halvdel|fjerdedel))", "spend "),
    (r"\bvi\s+tager\s+(?=\d)", "we charge "),
    (rf"\bhvor\s+mange\s+(?:timer|dage|uger|måneder)(?:\s+tager\s+det)?{_E}",
     "how long would it take"),
    (rf"\bhvor\s+lang\s+tid\s+(?:tager|vil)\s+det(?:\s+at)?{_E}|\bhvor\s+lang\s+tid{_E}",
     "how long would it take"),
    (rf"\bhvad\s+(?:koster|bliver|løber)(?:\s+(?:det|de|den))?(?:\s+op\s+i)?(?:\s+os)?{_E}|\bhvad\s+koster{_E}",
     "how much does it cost"),
    (rf"\bhvor\s+(?:mange|meget){_E}", "how many"),
    (rf"\b(?:skal|må)\s+(?:vi|man)\s+(?:minimum\s+)?(?:bruge|have|ha){_E}|\bkræver\s+det{_E}|\bkræves{_E}|"
     rf"\bskal\s+der\s+til{_E}", "needed"),
    (rf"\bfår\s+vi\s+for\s+det{_E}|\bkan\s+vi\s+få\s+for\s+det{_E}", "can we buy"),
    (rf"\bkan\s+vi\s+få(?:\s+ind)?{_E}", "can we get"),
    (rf"\bførste\s+token\s+under{_E}", "time to first token under"),
    (rf"\bførste\s+token{_E}", "time to first token"),
    (r"\bmax\.?\s+(?=\d[\d.,]*\s*ms)", "at most "),
    (rf"\b(?:samtidige|samtidigt\s+aktive)\s+brugere{_E}", "concurrent users"),
    (rf"\bmånedlige\s+(?:aktive\s+)?brugere{_E}", "monthly users"),
    (rf"\bugentlige\s+(?:aktive\s+)?brugere{_E}", "weekly users"),
    (rf"\bdaglige\s+(?:aktive\s+)?brugere{_E}", "daily users"),
    (rf"\ber\s+aktive\s+på\s+en\s+given\s+dag{_E}|\baktive\s+på\s+en\s+given\s+dag{_E}", "are active daily"),
    (rf"\bhver\s+(?:aktiv\s+)?bruger{_E}|\bhver\s+medarbejder{_E}", "each user"),
    (rf"\bpr\.\s*(?:bruger|person|medarbejder|hoved){_E}", "per user"),
    (rf"/\s*md\.?(?![{_L}])", " per month"),
    (rf"\bpr\.\s*(?:md|måned)\.?(?![{_L}])|\bom\s+måneden{_E}|\bi\s+måneden{_E}",
     "per month"),
    (rf"\bpr\.\s*(?:døgn|dag){_E}|\bom\s+dagen{_E}|\bi\s+døgnet{_E}|\bdagligt{_E}|\bom\s+døgnet{_E}",
     "per day"),
    (rf"\bpr\.\s*år{_E}|\bom\s+året{_E}|\bårligt{_E}", "per year"),
    (rf"\bpr\.\s*(?:sekund|sek\.?)(?![{_L}])|\bi\s+sekundet{_E}", "per second"),
    (rf"\bpr\.\s*(?:time|timen){_E}|\bi\s+timen{_E}", "per hour"), (rf"(?<=/)\s*time{_E}", "hr"),
    (rf"(?<=[$€]/)t(?![{_L}])", "hr"),
    (rf"\bpr\.\s*(?:mio|million)\.?(?![{_L}])", "per million"),
    (rf"\bpr\.\s*(?:stk|styk)\.?(?![{_L}])|\bstykket{_E}", "each"),
    (r"\bpr\.(?=\s)", "per"),
    (rf"\bgpu-?timer{_E}|\bgpu-?time{_E}", "gpu-hours"), (rf"\bchip-?timer?{_E}", "chip-hour"),
    (rf"\bgpu-?år{_E}", "gpu-years"),
    (rf"(?<=\d)(\s*)mio\.?(?![{_L}])", r"\1million"), (rf"(?<=\d)(\s*)mia\.?(?![{_L}])", r"\1bn"),
    (rf"(?<=\d)(\s*)mdr\.?(?![{_L}])|(?<=\d)(\s*)md\.(?![{_L}])", r"\1\2months"),
    (rf"(?<=\d)(\s*)sek\.?(?![{_L}])", r"\1s"),
    # rates
    (rf"\b(?:dollar|valuta)kurs(?:en)?\s+(?:på|er|ligger\s+på)?{_E}|\bdollaren\s+står\s+i{_E}|"
     rf"\bkurs(?:en)?\s+(?:på\s+)?(?=\d){_E}", "dollar rate "),
    (rf"\bkurs(?:en)?{_E}", "dollar rate"),
    (rf"\bi\s+kroner{_E}|\bi\s+kr\.?(?![{_L}])|\bi\s+dkk{_E}", "in DKK"), (rf"\bkroner{_E}", "DKK"),
    # users and what they send
    (rf"\bbrugerne{_E}|\bbrugere{_E}|\bbrugeren{_E}", "users"), (rf"\bmedarbejdere{_E}", "employees"),
    (rf"\bforespørgsler{_E}|\bforespørgsel{_E}|\bkald{_E}", "requests"),
    (rf"\bbeskeder{_E}", "messages"), (rf"\bsager{_E}|\bsag{_E}", "tickets"),
    (rf"\bkontrakter{_E}", "contracts"), (rf"\bbutikker{_E}", "stores"),
    (rf"\bsamtaler{_E}", "conversations"),
    (rf"\bsender{_E}|\blaver{_E}|\bgenererer{_E}", "sends"),
    # lengths
    (r"\b(prompts?)\s+på\s+(?=(?:ca\.?|omkring|cirka|~)?\s*\d)", r"\1 of "),
    (r"\bsvar\s+på\s+(?=(?:ca\.?|omkring|cirka|~)?\s*\d)", "answers of "),
    (rf"(?<=\d)(\s*(?:tokens?|tok)?\s*)ind{_E}", r"\1in"),
    (rf"(?<=\d)(\s*(?:tokens?|tok)?\s*)ud{_E}", r"\1out"),
    (rf"\boutputtet\s+er{_E}", "output is"), (rf"\boutputtet{_E}", "output"),
    (rf"\btegn{_E}", "characters"), (rf"\bord{_E}", "words"), (rf"\bsvar(?:et)?{_E}", "answers"),
    # the cards and where they run
    (rf"\bgrafikk?ort(?:ene)?{_E}|\bgpu'?er(?:ne)?{_E}", "gpus"),
    (rf"(?<=\d)(\s*)kort\s+af\s+typen{_E}", r"\1cards of"),
    (rf"(?<=\d)(\s*)kort{_E}", r"\1cards"), (rf"\bkortene{_E}", "cards"),
    (rf"\bpr\s+kort{_E}|\bper\s+kort{_E}", "per card"),
    (rf"\bnoder{_E}|\bnode{_E}", "nodes"), (rf"\bservere{_E}|\bserverne{_E}", "servers"),
    (rf"\breplikaer{_E}", "replicas"), (rf"\bkørsler{_E}", "runs"), (rf"\bepoker{_E}", "epochs"),
    (rf"\bparametre{_E}", "params"), (rf"(?<=\d[bm])(\s+)aktive{_E}", r"\1active"),
    (r"(?<=\d)(\s*)stk\.?(?=\s)", r"\1x"),
    # periods
    (rf"(?<=\d)(\s*)dage{_E}|(?<=\d)(\s*)dag{_E}", r"\1\2days"),
    (rf"(?<=\d)(\s*)uger{_E}|(?<=\d)(\s*)uge{_E}", r"\1\2weeks"),
    (rf"(?<=\d)(\s*)måneder{_E}|(?<=\d)(\s*)måned{_E}", r"\1\2months"),
    (rf"(?<=\d)(\s*)timer{_E}", r"\1hours"), (rf"(?<=\d)(\s*)år{_E}", r"\1years"),
    (r"\binden\s+for\s+(?=\d)|\bom\s+(?=\d+\s*(?:år|måned|uge|dag))", "in "),
    (rf"\bhvert\s+halve\s+år{_E}|\bhvert\s+halvår{_E}", "every 6 months"),
    (r"\bhver\s+(?=\d)|\bhvert\s+(?=\d)", "every "),
    (r"\bi\s+(?=\d+\s*(?:år|måneder|måned|mdr|uger|uge|dage|dag|timer)(?![a-zæøå]))", "for "),
    (rf"\b(?:et|hvert|ét)\s+kort\s+(?=koster|trækker){_E}", "a card "),
    (rf"\bi\s+dag{_E}", "today"),
    # hedges
    (rf"(?:\bca\.|\bcirka{_E}|\bomkring{_E}|\bcirka{_E}|\bi\s+snit{_E}|\bvel{_E})\s*(?=[~≈$€£\d])", "about "),
    (rf"\bi\s+snit{_E}|\bgennemsnitligt?{_E}", "average"),
    (r"\bop\s+til\s+(?=\d)", "up to "),
    # money and power
    (rf"\bmed\s+({_N}\s*%)\s+rabat{_E}", r"with \1 discount"), (rf"\brabat{_E}", "discount"),
    (r"\bved\s+køb\s+af\s+(?=\d)", "buying "),
    (rf"\bvi\s+lægger\s+({_N}\s*%)\s+oveni\s+til{_E}|\blægger\s+({_N}\s*%)\s+oveni\s+til{_E}",
     r"plus \1\2 for"),
    (rf"\boveni{_E}", "extra"),
    (rf"\bnetværk{_E}", "networking"), (rf"\bkøling{_E}", "cooling"),
    (rf"\b(?:en\s+)?tredjedel{_E}", "a third"),
    (rf"\b(?:en\s+)?halvdel(?:en)?{_E}", "half"), (rf"\b(?:en\s+)?fjerdedel{_E}", "a quarter"),
    (rf"(?:(?<=third)|(?<=half)|(?<=quarter))\s+på{_E}", " of it on"),
    (rf"\baf\s+dem{_E}", "of them"), (rf"\bmed\s+hver\s+sin{_E}", ", each with its own"),
    (rf"\bbudget(?:tet)?\s+på{_E}", "budget of"),
    (rf"\bkwh-pris(?:en)?(?:\s+på)?{_E}|\belpris(?:en)?(?:\s+på)?{_E}|\bstrømpris(?:en)?(?:\s+på)?{_E}",
     "electricity price"),
    (rf"\bstrømregningen{_E}|\belregningen{_E}", "electricity bill"),
    (rf"\bstrøm(?:men)?{_E}", "electricity"),
    (rf"\budnyttelse(?:n|sgrad(?:en)?)?{_E}", "utilization"),
    (rf"\btrækker{_E}", "draws"), (rf"\bmed\s+server(?:en)?{_E}", "including server"),
    (rf"\binkl\.|\binklusive{_E}", "including"), (rf"\btil\s+rådighed{_E}", "available"),
    (rf"(?<=\d)(\s*)gange\s+hurtigere{_E}", r"\1x faster"),
    (rf"(?<=\d)(\s*)gange\s+dyrere{_E}", r"\1x pricier"),
    (rf"(?<=\d)(\s*)gange{_E}", r"\1x"), (rf"\bhurtigere{_E}", "faster"), (rf"\bdyrere{_E}", "pricier"),
    (rf"\bkoster{_E}", "costs"), (rf"\bpris(?:en)?{_E}", "price"),
    (rf"\blej(?:e|er|ede|et)?{_E}", "rent"), (rf"\bkøb(?:e|er|t)?{_E}", "buy"),
    # what is asked and done
    (rf"\bprocentpoint{_E}", "points"), (rf"\bhøjere{_E}", "higher"), (rf"\bmfu'en{_E}", "MFU"),
    (r"\bop\s+på\s+(?=\d)", "to "),
    (rf"\btræne{_E}|\btræning(?:en)?{_E}|\btrænet{_E}|\bpretraining{_E}", "training"),
    (rf"\bfinetune{_E}|\bfinetuning(?:en)?{_E}", "fine-tune"),
    (rf"\btog{_E}", "took"), (rf"\btager{_E}", "takes"), (rf"\bkører{_E}", "runs"),
    (rf"\bfordobles{_E}", "doubles"), (rf"\bvokser{_E}|\bvokse{_E}", "grows"),
    (rf"\bsiger\s+at{_E}|\bpraler\s+med\s+at{_E}|\bhævder{_E}", "claims"),
    (rf"\bholder\s+det{_E}|\bpasser\s+det{_E}|\ber\s+det\s+realistisk{_E}", "is that right"),
    (rf"\bsvarer\s+til{_E}", "="), (rf"\bantag{_E}|\bregn\s+med{_E}", "assume"),
    (r"\bved\s+(?=[~≈$€£\d]|peak|mfu|pue)", "at "),
    (r"\btil\s+(?=(?:about\s+|ca\.?\s*)?[~≈$€£]?\s*\d[\d.,]*\s*(?:\$|€|£|kr|dkk|usd|eur|million|billion))",
     "at "),
    (r"\bpå\s+(?=[~≈]?\s*\d)", "on "), (r"\bmed\s+(?=\d)", "with "),
    (rf"\bhvis{_E}", "if"), (rf"\bvores{_E}", "our"), (rf"\bkort{_E}", "cards"), (rf"\bbruger{_E}", "user"),
    (r"(?<=\s)og(?=\s)", "and"), (r"(?<=\s)eller(?=\s)", "or"),
]

_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]

def said_in_danish(text: str) -> bool:
    """The message shows Danish: a word only Danish writes among the languages read."""
    return _DANISH.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Danish quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)

