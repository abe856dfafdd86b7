"""Swedish, Norwegian and Danish quantity words in a question ("ca 40 000 anställda", "12 frågor per person
och dag", "512 GPU:er", "32 kr per GPU-timme, växelkurs 10,8 kr/USD", "hvor mange L40S trengs", "om 18
månader"): the period, the counted thing, the hedges and the few verbs the rules key on, said in
English, so that every rule reads them as it reads English (as calc/dutch and calc/german do for their
languages). Only the words that carry a quantity's meaning are rewritten, never the numbers; the three
write their thousands with spaces ("1 024") and their decimals with a comma ("1,25"), which calc/numbers
reads once this module says the message is in one of them. A "biljon"/"billion" is a million millions
there (a trillion), a "miljard"/"milliard" a billion; "mkr" is a million crowns and "tkr" a thousand. A
message is rewritten only when it shows one of the languages (a common word written with "å", "æ" or
"ø", or two common words, one not shared with English). Every character keeps its position in the
source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

_L = "a-zåäöæø"
# words that show the message is (partly) in Swedish, Norwegian or Danish
_COMMON = rx.compile(rf"(?<![{_L}])(?:hur|många|hvor|mange|mye|behöver|behövs|trenger|trengs|krävs|vi|har|"
                     r"och|og|"
                     r"för|på|med|till|til|kort|användare|användarna|brukere|bruker|anställda|ansatte|frågor|"
                     r"spørsmål|förfrågningar|förfrågnignar|forespørsler|henvendelser|per|dag|dager|dagar|"
                     r"timme|timmar|år|året|månader|måneder|veckor|uker|kr|mkr|tkr|kostar|koster|vad|hva|"
                     r"hyra|hyr|leie|leide|köpa|kjøpe|växelkurs|valutakurs|elpris|strøm|ström|ungefär|omkring|"
                     r"runt|rundt|cirka|träna|trene|tar|om|ett|en|av|att|å|är|er|ska|skal|kan|blir|"
                     rf"vilken|hvilken|stämmer|stemmer|räcker|styck|stk|servrar|servere)(?![{_L}])",
                     re.IGNORECASE)
# the ones English (or another language read here) writes too, or too short to tell alone
_SHARED = {"vi", "per", "dag", "om", "en", "av", "kort", "med", "till", "til", "har", "kr", "ett", "er",
           "att", "kan", "tar", "hur", "for", "og"}
_LETTERS = "åæø"
# what only these write among the languages read (calc/dutch and calc/german share some of their words)
NORDIC_ONLY = rx.compile(r"[åæø]|(?<![a-zäö])(?:hur|hvor|mange|användare|brukere|behöver|trenger|trengs|och|"
                         r"kostar|koster|växelkurs|valutakurs|frågor|förfrågningar)(?![a-zäö])",
                         re.IGNORECASE)

_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    (r"\bhur\s+många\s+får\s+vi\b|\bhvor\s+mange\s+får\s+vi\b", "how many can we buy"),
    (r"\bhur\s+(?:många|mycket)\b|\bhvor\s+(?:mange|mye)\b", "how many"),
    (r"\blika\s+många\s+kort\b|\blike\s+mange\s+(?:kort|gpu-er)\b", "the same number of cards"),
    (r"\bper\s+(?:spørsmål|fråga|förfrågan)\b", "per question"),
    (r"\bfår\s+(?:ca\.?\s+|cirka\s+|omkring\s+)?(\d[\d\s,.]*)\s+ord\s+tilbake\b", r"answers of \1 words"),
    (r"\b(?:lägger|legger)\s+(?:på\s+)?(\d[\d,.]*\s*%)\s+extra\s+(?:på|for|för)\s+", r"plus \1 for "),
    (r"\bnätverk\b|\bnettverk\b", "networking"), (r"\bkyla\b|\bkjøling\b", "cooling"),
    (r"\bgår\s+på\s+(?=ca|cirka|\d|~)", "costs "), (r"\baktiv[ae]\s+parametr(?:e|ar)\b", "active params"),
    (r"\bper\s+miljon\b|\bper\s+million\b", "per million"), (r"\btokens\s+ut\b", "tokens out"),
    (r"(\d[\d,.]*\s*%)\s+av\s+det\s+går\s+till\s+(?:själva\s+)?(?:korten|kort|gpu:erna)\b",
     r"\1 of it goes to the cards"),
    (r"\bav\s+dem\s+(?:är|er)\b", "of them are"), (r"\bhver\s+bruker\b|\bvarje\s+användare\b", "each user"),
    (r"\bper\s+sekund\b|\bi\s+sekunden\b|\bper\s+sekunde\b", "per second"),
    (r"(?<=\d)(\s*)ut\b", r"\1out"), (r"(?<=\d)(\s*)inn\b", r"\1in"),
    (r"\bhur\s+länge\b|\bhvor\s+lenge\b|\bhvor\s+lang\s+tid\b|\bhur\s+lång\s+tid\b",
     "how long would it take"),
    (r"\bvad\s+(?:kostar|koster|blir)\b|\bhva\s+(?:koster|blir)\b", "how much does it cost"),
    (r"\bsamtidiga\s+användare\b|\bsamtidige\s+brukere\b", "concurrent users"),
    (r"\bmånatliga\s+användare\b|\bmånedlige\s+brukere\b", "monthly users"),
    (r"\bveckoanvändare\b|\bukentlige\s+brukere\b|\bveckovisa\s+användare\b", "weekly users"),
    (r"\bdagliga\s+användare\b|\bdaglige\s+brukere\b|\bdaglig\s+aktive\b", "daily users"),
    (r"\baktiva\s+en\s+given\s+dag\b|\baktive\s+daglig\b|\baktiva\s+dagligen\b", "active daily"),
    (r"\bper\s+person\s+och\s+dag\b|\bper\s+person\s+og\s+dag\b", "per user per day"),
    (r"\bper\s+användare\s+och\s+månad\b|\bper\s+bruker\s+og\s+måned\b", "per user per month"),
    (r"\bvar\s+(\d+)(?::[ae])?\s+(?=månad|måned|vecka|uke|dag|år)", r"every \1 "),
    (r"\bhver\s+(\d+)\.?\s+(?=måned|uke|dag|år)", r"every \1 "),
    (r"\bprocentenheter\b|\bprosentpoeng\b|\bprocentenhet\b", "points"), (r"\bhögre\b|\bhøyere\b", "higher"),
    (r"\bpeak-faktor\b|\btoppfaktor\b", "peak factor"), (r"\beffektfaktor\b", "power factor"),
    (r"\bi\s+døgnet\b|\bper\s+døgn\b|\bom\s+dygnet\b|\bper\s+dygn\b", "per day"),
    (r"(?<=\d)(\s*)mkr\b", r"\1million kr"), (r"(?<=\d)(\s*)tkr\b", r"\1thousand kr"),
    # who is counted
    (r"\banvändare\b|\banvändarna\b|\bbrukere\b|\bbrukerne\b|\bbrugere\b", "users"),
    (r"\banställda\b|\bansatte\b|\bmedarbetare\b", "employees"),
    (r"\butvecklare\b|\butviklere\b", "developers"),
    (r"\bper\s+(?:person|användare|bruker)\b", "per user"),
    # periods
    (r"\bper\s+dag\b|\bom\s+dagen\b|\bdagligen\b|\bi\s+dagen\b|\bdaglig\b", "per day"),
    (r"\bper\s+år\b|\bom\s+året\b|\bi\s+året\b|\bårligen\b", "per year"),
    (r"\bper\s+månad\b|\bi\s+månaden\b|\bper\s+måned\b|\bi\s+måneden\b", "per month"),
    (r"\bper\s+timme\b|\bi\s+timmen\b|\bi\s+timen\b|\bper\s+time\b|(?<=/)\s*(?:h|tim|timme|time)\b",
     "per hour"),
    (r"\bgpu-tim(?:me|mar|e|er)\b", "gpu-hours"), (r"\bgpu-år\b", "gpu-years"),
    (r"(?<=\d)(\s*)(?:dagar|dager|dygn|døgn)\b", r"\1days"),
    (r"(?<=\d)(\s*)(?:veckor|uker|vecka|uke)\b", r"\1weeks"),
    (r"(?<=\d)(\s*)(?:månader|måneder|månad|måned)\b", r"\1months"), (r"(?<=\d)(\s*)år\b", r"\1years"),
    (r"(?<=\d)(\s*)(?:timmar|timer|timme)\b", r"\1hours"),
    (r"\bom\s+(?=\d+\s*(?:months|years|weeks|days|månad|måned|år|veck|uke|dag))", "in "),
    (r"\bidag\b|\bi\s+dag\b|\bnu\b|\bnå\b", "today"),
    # what is counted
    (r"\bfrågor\b|\bspørsmål\b|\bspørgsmål\b", "questions"),
    (r"\bförfrågningar\b|\bförfrågnignar\b|\bforespørsler\b|\bhenvendelser\b|\banrop\b", "requests"),
    (r"\bmeddelanden\b|\bmeldinger\b|\bbeskeder\b", "messages"), (r"\bper\s+samtale?\b", "per conversation"),
    (r"\bsamtal\b|\bsamtaler\b", "conversations"), (r"\bdokument(?:en)?\b", "documents"),
    (r"\btecken\s+per\s+token\b|\btegn\s+per\s+token\b", "characters per token"),
    (r"\btecken\b|\btegn\b", "characters"), (r"\bord\b", "words"),
    (r"\bsammanfattningen\b|\bsammendraget\b", "summary"),
    (r"\bsvar\b|\bsvaret\b", "answers"), (r"\btokns\b", "tokens"),
    (r"\bgpu:er\b|\bgpu-er\b|\bgpuer\b", "gpus"), (r"\b([a-z]\d+):or\b", r"\1s"),
    (r"\bper\s+kort\b", "per card"), (r"\bper\s+replik\b", "per replica"),
    (r"\bkorten\b|\bkortene\b", "cards"),
    (r"(?<=\d)(\s*)kort\b", r"\1cards"), (r"\bservrar\b|\bservere\b|\bservrarna\b", "servers"),
    (r"\brepliker\b|\breplikaer\b", "replicas"), (r"\bsekvenser\b", "sequences"),
    (r"\bepoker\b|\bepoker\b", "epochs"),
    (r"(?<=\d)(\s*)(?:stk\.?|st\.|styck)(?=\s)", r"\1x"), (r"\bstyck\b|\bstk\b", "each"),
    (r"\bablationer\b", "ablations"), (r"\bkörningar\b|\bkjøringer\b", "runs"),
    # hedges
    (r"(?:\bca\.?|\bcirka\b|\bungefär\b|\bomkring\b|\brunt\b|\brundt\b|\btyp\b|\bi\s+snitt\b|\bsnitt\b)\s*(?=[~≈$€£\d])",
     "about "),
    (r"\bi\s+snitt\b|\bsnitt\b|\bgjennomsnittlig\b|\bgenomsnittlig\b", "average"),
    (r"\bvarje\b|\bhver\b", "each"), (r"\bvar\b(?=\s+per\s+dag)", "each"),
    # money, scale, measurements
    (r"(?<=\d)(\s*)(?:biljoner|billioner|biljon|billion)\b", r"\1trillion"),
    (r"(?<=\d)(\s*)(?:miljarder|milliarder|miljard|milliard)\b", r"\1billion"),
    (r"(?<=\d)(\s*)(?:miljoner|millioner|miljon|million)\b", r"\1million"),
    (r"(?<=\d)(\s*)tusen\b", r"\1thousand"),
    (r"\bväxelkurs(?:en)?\b|\bvalutakurs(?:en)?\b", "exchange rate"), (r"\bper\s+dollar\b", "per USD"),
    (r"\bresp\.", "and"), (r"\brabatt\b", "discount"), (r"\bpris(?:et)?\b|\bpriser\b", "price"),
    (r"\bkostar\b|\bkoster\b", "costs"), (r"\bhyr(?:a|er)?\b|\bleie\b|\bleide\b|\bhyrda\b", "rent"),
    (r"\bköpa\b|\bkjøpe\b|\bköper\b|\bköp\b", "buy"),
    (r"\belpris(?:et)?\b|\bstrømpris(?:en)?\b", "electricity price"),
    (r"\belräkningen\b|\bstrømregningen\b", "electricity bill"),
    (r"\belen\b|\bström\b|\bstrøm\b", "electricity"),
    (r"\butnyttjande(?:grad)?\b|\butnyttelse\b|\butnyttelsesgrad\b", "utilization"),
    (r"\binkl\.|\binklusive\b|\binkludert\b", "including"),
    (r"(?<=\d)(\s*)gånger\b|(?<=\d)(\s*)ganger\b", r"\1\2x"),
    (r"\bsnabbare\b|\braskere\b|\bhurtigere\b", "faster"),
    # what is asked and done
    (r"\bbehöver\b|\bbehövs\b|\btrenger\b|\btrengs\b|\bkrävs\b|\bkreves\b", "needed"),
    (r"\bräcker\b|\bholder\b", "enough"),
    (r"\bträna\b|\btrene\b|\btränar\b|\bträning(?:en)?\b|\btrening(?:en)?\b", "training"),
    (r"\bfinjustera\b|\bfinjustere\b|\bfinjusteringen?\b", "fine-tune"),
    (r"\btog\b|\btok\b(?!\s*/)", "took"), (r"\btar\b", "takes"),
    (r"\bdubblas\b|\bdobles\b|\bfordobles\b", "doubles"),
    (r"\bväxer\b|\bvokser\b|\bökar\b|\bøker\b", "grows"),
    (r"\bpåstår\b|\bhevder\b|\bskrev\s+att\b", "claims"), (r"\bstämmer\s+det\b|\bstemmer\s+det\b|\brimligt\b",
                                                          "is that right"),
    (r"\bmatcha\b|\bmatche\b", "match"),
    (r"\bpå\s+(?=[~≈]?\s*\d)", "on "), (r"\bpå\s+(?=[a-z]{1,6}[- ]?\d|h\d|gpu)", "on "),
    (r"\bfrån\s+(?=\d)|\bfra\s+(?=\d)", "from "), (r"\btill\s+(?=\d)|\btil\s+(?=\d)", "to "),
    (r"\bà\s+(?=[~≈$€£\d]|ca|about)", "at "), (r"\bmed\b", "with"), (r"\bför\b|\bfor\b(?=\s+\d)", "for"),
    (r"(?<=\s)och(?=\s)|(?<=\s)og(?=\s)", "and"), (r"(?<=\s)eller(?=\s)", "or"),
    (r"\bom\b(?=\s+(?:vi|man|inferensen|trafiken))", "if"), (r"\bhvis\b", "if"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_nordic(text: str) -> bool:
    """The message shows Swedish, Norwegian or Danish: a common word with "å", "æ" or "ø", or two common
    words, at least one not shared with English."""
    return shows_language(_COMMON, _SHARED, text, letters=_LETTERS)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Nordic quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
