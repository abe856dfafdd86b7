"""Polish quantity words in a question ("350 tys. DAU", "12 zapytań na usera dziennie", "na 64 kartach A100",
"prąd po 0,85 zł/kWh", "ile kart?", "za 18 miesięcy"): the period, the counted thing, the hedges and the few
verbs the rules key on, said in English, so that every rule reads them as it reads English (as calc/dutch,
calc/german and calc/italian do for their languages). Only the words that carry a quantity's meaning are
rewritten, never the numbers; Polish writes its thousands with spaces ("1 500") and its decimals with a comma
("1,5"), which calc/numbers reads once this module says the message is Polish. Polish "bln" (bilion) is a
million millions, a trillion, not the English shorthand for a billion ("mld", miliard): "2 bln tokenów" is
2 trillion tokens. A message is rewritten only when it shows the language (a common word written with a letter
only Polish has among the languages read, or two common words, one not shared with English). Every character
keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.danish import said_in_danish
from calc.script import rewrite, shows_language

_L = r"a-ząćęłńóśźż"
# words that show the message is (partly) in Polish
_COMMON = rx.compile(rf"(?<![{_L}])(?:ile|ilu|mamy|potrzebujemy|potrzeba|trzeba|kart|karty|kartach|kartami|"
                     r"kartę|"
                     r"dziennie|dobę|tokenów|tokeny|zapytań|zapytania|pytań|pytania|użytkowników|userów|usera|"
                     r"dni|miesięcznie|miesięcy|miesiące|rocznie|lat|lata|sztuk|sztukę|sztuka|sztukach|przy|jeśli|"
                     r"jeżeli|się|czy|jest|będzie|będziemy|kurs|kursie|prąd|prądu|koszt|kosztuje|kosztowała|"
                     r"wyjdzie|wychodzi|oraz|około|średnio|każdy|każda|każde|serwerów|serwery|serwerach|węzłów|"
                     r"wynajem|wynajmu|zł|złotych|złotówkach|rabat|budżet|trening|treningu|wytrenować|zajmie|"
                     r"trwał|trwa|obsłużymy|obsługujemy|wiadomości|odpowiedź|odpowiedzi|wejścia|wyjścia|"
                     r"szaf|szafę|godzin|godziny|tygodnie|tygodni|na|za|po|dla|jak|to|nam|nas|ok|tys|mln|mld|"
                     rf"bln|w|z|do|i)(?![{_L}])", re.IGNORECASE)
# the ones English (or another language read here) writes too, or too short to tell alone
# (and Turkish's "ile", "with")
_SHARED = {"na", "za", "po", "to", "ok", "w", "z", "do", "i", "mln", "mld", "bln", "tys", "jak", "dla",
           "nam", "nas", "lat", "lata", "dni", "trening", "czy", "jest", "kurs", "ile"}
_LETTERS = "ąćęłńśźż"
# what only Czech writes of the two (calc/czech reads it)
_CZECH = rx.compile(r"[ěřů]|(?<![a-z])(?:kolik|máme|mame|když|kdyz|denně|denne|potřebujeme|potrebujeme|karet|"
                    r"dotazů|dotazu|uživatelů|uzivatelu)(?![a-z])", re.IGNORECASE)

_W = rf"(?![{_L}])"       # a word's end (Python's \b would end one before "ą" in a pattern with no flag set)

_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bile\s+by\s+(?:to\s+)?trwał(?:o|a)?{_W}|\bile\s+zejdzie{_W}", "how long would it take"),
    (rf"\bile\s+kosztuje\s+(?:1\s*mln|milion)\s+tokenów{_W}", "what is the cost per million tokens"),
    (rf"\bdo\s+kosztu\s+kart{_W}", "on top of the cards"), (rf"\bw\s+to\s+wejdzie{_W}", "can we buy"),
    (r"\b(?:zarząd\s+)?dał(?:a|o|y)?\s+(?=[~≈$€£\d])", "budget "),
    (rf"(?<=\$)\s*/\s*mln(?:\s+tokenów)?{_W}", " per million"),
    (rf"\bdziennie\s+(?:wchodzi|wchodzą|loguje\s+się|logują\s+się|jest\s+aktywnych|zagląda){_W}", "daily"),
    (rf"\bopłaca\s+się\s+postawić\s+(?:własne|swoje)?{_W}", "is it worth running our own"),
    # who is counted
    (rf"\b(?:równoczesnych|jednoczesnych|współbieżnych|równoległych)\s+(?:użytkowników|userów|sesji|"
     rf"połączeń|streamów|rozmów){_W}", "concurrent users"),
    (rf"\bna\s+(?:usera|użytkownika|osobę|głowę|pracownika|programistę|dewelopera){_W}", "per user"),
    (rf"\bza\s+(?:usera|użytkownika){_W}", "per user"),
    (r"\baktywn(?:y|ych|i)\s+(?=(?:user|użytkown))", "active "),
    (rf"\bużytkownik(?:ów|ami|om|a|i|iem)?{_W}", "users"), (rf"\buser(?:ów|zy|a|om|ami){_W}", "users"),
    (rf"\bpracownik(?:ów|ami|om|a|i)?{_W}", "employees"),
    (rf"\b(?:programist(?:ów|ami|ów|y|a)|deweloper(?:ów|zy)|dev(?:ów|elopers)){_W}", "developers"),
    (rf"\bklient(?:ów|ami|om|a|i)?{_W}", "customers"), (rf"\bos(?:ób|oby){_W}", "people"),
    (rf"\bsklep(?:ów|ach|y|ami)?{_W}", "stores"), (rf"\bstudent(?:ów|ami|a|ach)?{_W}", "students"),
    # periods
    (rf"\bna\s+(?:dzień|dobę|dobe){_W}|\bdziennie{_W}|\bdobowo{_W}|\bcodziennie{_W}", "per day"),
    (rf"\bmiesięcznie{_W}|\bna\s+miesiąc{_W}|\bw\s+miesiącu{_W}|(?<=\s)/\s*mies\.?(?![{_L}])", "per month"),
    (rf"(?<=\S)/\s*mies\.?(?![{_L}])", "/month"),
    (rf"\brocznie{_W}|\bna\s+rok{_W}|\bw\s+roku{_W}|/\s*rok{_W}", "per year"),
    (rf"\b(?:na|za)\s+godzinę{_W}|\bgodzinowo{_W}", "per hour"), (rf"\bna\s+minutę{_W}", "per minute"),
    (rf"\bna\s+sekundę{_W}", "per second"),
    (rf"\bgpu-godzin(?:y|a)?{_W}", "gpu-hours"), (rf"\bgpu-lat(?:a)?{_W}", "gpu-years"),
    (rf"\blat-gpu{_W}", "gpu-years"),
    (rf"(?<=\d)(\s*)(?:dni|dnia|dzień){_W}", r"\1days"),
    (rf"(?<=\d)(\s*)tygod(?:nie|ni|nia){_W}", r"\1weeks"),
    (rf"(?<=\d)(\s*)miesi(?:ęcy|ące|ąca|ąc|ącach){_W}", r"\1months"),
    (rf"(?<=\d)(\s*)(?:lat|lata|rok|roku|latach){_W}", r"\1years"),
    (rf"(?<=\d)(\s*)(?:godzin|godziny|godzina|godz\.){_W}", r"\1hours"),
    (rf"\bdni{_W}", "days"), (rf"\b(?:dziś|dzisiaj|obecnie|teraz){_W}", "today"),
    (r"\bza\s+(?=[~≈]?\s*\d+[\s,.\d]*\s*(?:days|weeks|months|years|miesi|lat|tygod))", "in "),
    (r"\bw\s+(?=\d+[\s,.\d]*\s*(?:days|weeks|months|years|lat|lata|miesi|tygod))", "in "),
    (r"\bco\s+(?=\d)", "every "),
    (rf"\bpodwaja\s+się{_W}", "doubles"), (rf"\bczas(?:u)?\s+podwojenia{_W}", "doubling time"),
    # what is counted
    (rf"\btoken(?:ów|y|a|ach|ami)\s+(?:wejścia|wejściowych|wejściowe|na\s+wejściu){_W}", "input tokens"),
    (rf"\btoken(?:ów|y|a|ach|ami)\s+(?:wyjścia|wyjściowych|wyjściowe|na\s+wyjściu){_W}", "output tokens"),
    (rf"\b(?:wejścia|wejściowych|na\s+wejściu){_W}", "input"),
    (rf"\b(?:wyjścia|wyjściowych|na\s+wyjściu){_W}", "output"),
    (rf"\btoken(?:ów|y|a|ach|ami){_W}", "tokens"),
    (rf"\bzapytanie{_W}", "a query"), (rf"\bzapyta(?:ń|nia|niami|niach){_W}", "queries"),
    (rf"\bpyta(?:ń|nia|nie){_W}", "questions"),
    (rf"\bwiadomo(?:ści|ść){_W}", "messages"), (rf"\bna\s+zgłoszenie{_W}", "per ticket"),
    (rf"\bzgłosze(?:ń|nia|nie){_W}", "tickets"), (rf"\brozm(?:ów|owy|owa){_W}", "conversations"),
    (rf"\bdokument(?:ów|y|ach){_W}", "documents"), (rf"\bsłów{_W}|\bsłowa{_W}|\bsłowo{_W}", "words"),
    (rf"\bznak(?:ów|i){_W}", "characters"), (rf"\bodpowied(?:ź|zi){_W}", "answer"),
    (rf"\bstreszczeni(?:e|a){_W}", "summary"),
    (r"(?<=%)(\s*)na\s+(?=gpu|kart|sprzęt)", r"\1on "),      # ("60% na GPU": a budget's share, on GPUs)
    (rf"\bna\s+kartę{_W}|\bna\s+gpu{_W}|\bza\s+gpu{_W}", "per gpu"),
    (rf"\bna\s+serwer{_W}", "per server"), (rf"\bna\s+węzeł{_W}", "per node"),
    (rf"\bna\s+szafę{_W}", "per rack"), (rf"\bna\s+replikę{_W}", "per replica"),
    (rf"\bza\s+chip{_W}", "per chip"),
    (rf"\bna\s+token{_W}", "per token"),
    (rf"\bkart(?:y|ach|ami|om|ę|a)?{_W}", "cards"),
    (rf"(?<=\d)(\s*)(?:szt\.|sztuk(?:i|ach|ami)?{_W})", r"\1x"), (rf"\b(?:za\s+)?sztuk(?:ę|a){_W}", "each"),
    (rf"\bserwer(?:ów|y|ach|ami|a|om){_W}", "servers"), (rf"\bserwer{_W}", "server"),
    (rf"\bwęzł(?:ów|y|ach|ami|a){_W}|\bwęzeł{_W}", "nodes"), (rf"\bszaf(?:y|ach|ami|ę|ie)?{_W}", "racks"),
    (rf"\breplik(?:i|ę|ach|ami)?{_W}", "replicas"), (rf"\beksperyment(?:ów|y|ach){_W}", "experiments"),
    (rf"\bepok(?:i|a)?{_W}", "epochs"), (rf"\bprzebieg(?:ów|i){_W}", "runs"),
    # hedges, "each"
    (rf"(?:\bok\.|\bokoło{_W}|\bjakieś{_W}|\brzędu{_W}|\btak\s+z{_W}|\bmniej\s+więcej{_W})\s*(?=[~≈$€£\d])",
     "about "),
    (rf"\bśrednio{_W}", "average"), (rf"\bkażd(?:y|a|e|ego|ej){_W}", "each"),
    # money, scale, measurements
    (rf"(?<=\d)(\s*)(?:bln|bilion(?:ów|y)?){_W}", r"\1trillion"),
    (rf"(?<=\d)(\s*)(?:miliard(?:ów|y)?){_W}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:milion(?:ów|y)?){_W}", r"\1million"),
    (rf"(?<=\d)(\s*)(?:tysi(?:ące|ęcy|ąc)){_W}", r"\1thousand"),
    (rf"(?<=\d)(\s*(?:tys\.?|mln|mld)?\s*)razy{_W}", r"\1x"),
    (rf"\bw\s+złotówkach{_W}|\bw\s+złotych{_W}", "in PLN"),
    (rf"\bkurs(?:ie)?\s+dolara{_W}", "usd rate"), (rf"\bkurs(?:ie|u)?{_W}", "rate"),
    (rf"\bza\s+dolara{_W}", "per dollar"), (rf"\bdolar(?:ów|y|a)?{_W}", "dollars"),
    (rf"\bcen(?:a|y|ie|ę){_W}", "price"), (rf"\bcennik{_W}", "prices"),
    (rf"\bile\s+(?:to\s+)?(?:kosztuje|kosztowała|kosztowało|kosztowałby|kosztowałaby|kosztowałoby|by\s+kosztowało|"
     rf"zapłacimy|wyjdzie|wychodzi|nas\s+wyjdzie|to\s+wyjdzie|zje){_W}", "how much does it cost"),
    (rf"\bkoszt(?:u|y|ów)?{_W}", "cost"), (rf"\bkosztuj(?:e|ą){_W}|\bkosztował(?:a|o|y)?{_W}", "costs"),
    (rf"\bwynaj(?:em|mu|mowanych|mowane|mujemy|ąć|mowania){_W}|\bnajem{_W}", "rent"),
    (rf"\b(?:kupić|kupimy|zakup|zakupu|kupujemy){_W}", "buy"),
    (rf"\b(?:rabat|rabatu|zniżk[ai]|upust){_W}", "discount"),
    (rf"\bbudżet(?:u)?{_W}", "budget"), (rf"\brachunek\s+za\s+prąd{_W}", "electricity bill"),
    (rf"\bprąd(?:u)?{_W}", "electricity"), (rf"\b(?:netto|brutto){_W}", ""),
    (r"\bcos\s*(?:φ|ϕ|phi|fi)(?![a-z])", "power factor"),
    (rf"(?<=pue)\s+(?:serwerowni|obiektu|budynku|centrum\s+danych|dc){_W}", ""),
    (rf"\b(?:utylizacj[ia]|wykorzystani[ea]|obciążeni[ea]){_W}", "utilization"),
    (rf"(?<=\d)(\s*)punkt(?:ów|y)\s+proc(?:\.|entow(?:ych|e)){_W}?", r"\1 points"),
    (rf"\bw\s+peaku{_W}|\bw\s+szczycie{_W}", "at peak"), (rf"\bszczyt{_W}", "peak"),
    (rf"\bw\s+godzinach\s+pracy{_W}", "in business hours"),
    # what is asked and done
    (r"\bile\s+(?=(?:trzeba|potrzeba|potrzebujemy)\b)", "how many "),
    (rf"\bilu{_W}|\bile{_W}", "how many"),
    (rf"\bpotrzebujemy{_W}|\bpotrzeba{_W}|\btrzeba{_W}", "needed"), (rf"\bwystarczy{_W}", "enough"),
    (rf"\b(?:wytrenować|trenować|trening(?:u)?|trenujemy|pretraining(?:u)?){_W}", "training"),
    (rf"\b(?:trwał|trwało|zajął|zajęło|trwała){_W}", "took"), (rf"\b(?:zajmie|trwa|potrwa){_W}", "takes"),
    (rf"\brośnie{_W}|\bwzrośnie{_W}", "grows"), (rf"\bwzrósł{_W}|\bwzrosło{_W}|\bwzrosła{_W}", "grew"),
    (rf"\bobsłużymy{_W}", "can we serve"), (rf"\bobsługujemy{_W}", "we serve"), (rf"\bmamy{_W}", "we have"),
    (r"\bprzy\s+(?=[~≈$€£\d]|mfu|pue|kursie|rate)", "at "), (r"\bpo\s+(?=[~≈$€£]|\d)", "at "),
    (r"\bna\s+(?=1[\s\u00a0,.]?000\s+(?:queries|zapyta|requests))", "per "),
    (r"\bna\s+(?=[~≈]?\s*\d)", "on "),
    (rf"\bna\s+(?=(?:[a-z]{{1,6}}[- ]?\d|h\d|gpu|cards|tpu|jednej|jednym){_W})", "on "),
    (r"\bz\s+(?=[~≈$€£\d])", "from "), (r"\bdo\s+(?=[~≈$€£\d])", "to "),
    (rf"\bjeśli{_W}|\bjeżeli{_W}|\bgdy{_W}", "if"), (rf"\b(?:dla|pod){_W}", "for"),
    (rf"\bco\s+(?:jest\s+)?lepsze{_W}", "which is better"), (rf"\bjaki(?:e|a)?(?:\s+to)?{_W}", "what is the"),
    (r"\bw\s+(?=(?:fp|int|bf)\d)", "in "), (rf"\bszybsz(?:y|a|e){_W}(?:\s+od{_W})?", "faster than"),
    (rf"\bwolniejsz(?:y|a|e){_W}(?:\s+od{_W})?", "slower than"),
    (rf"\b(?:twierdzi|twierdzą|mówi|zapewnia|obiecuje|podobno)(?:,)?(?:\s+że)?{_W}", "claims"),
    (rf"\brealne\s+czy\s+ściema{_W}|\bczy\s+to\s+realne{_W}|\brealne{_W}", "is that right"),
    (rf"\bużywan(?:ych|e|y){_W}", "used"), (rf"(?<=\d[bm])(\s+)aktywn(?:ych|e|i){_W}", r"\1active"),
    (rf"\b(?:jednej|jednym|jeden|jedną|jedna){_W}", "one"),
    (rf"\bnaraz{_W}|\bjednocześnie{_W}", "concurrently"),
    (rf"\bpoprawi\s+się\s+o{_W}|\bwzrośnie\s+o{_W}", "improves by"), (rf"\bpoprawi\s+się{_W}", "improves"),
    (rf"\breszta\s+infrastruktury\s+to{_W}", "the rest of infrastructure is"),
    (rf"(?<=\s)z\s+tego{_W}", "of that"), (rf"\bwchodzi{_W}", "come in"),
    (r"(?<=\s)i(?=\s)", "and"), (r"(?<=\s)(?:lub|albo)(?=\s)", "or"),
    (r"(?<=[a-z0-9])\s+czy\s+(?=(?:[a-z]{1,6}[- ]?\d|gb\d|mi\d|tpu|gaudi))", " or "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_polish(text: str) -> bool:
    """The message shows Polish: a common word with a letter only Polish writes, or two common words, at least
    one not shared with English."""
    # (not Czech, which shares many of its words: calc/czech)
    # (nor Danish, which writes "rabat" and "kurs" too: calc/danish)
    return shows_language(_COMMON, _SHARED, text, letters=_LETTERS) and _CZECH.search(text) is None \
        and not said_in_danish(text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Polish quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
