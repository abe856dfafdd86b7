"""Finnish quantity words in a question ("1,2 milj. käyttäjää päivässä", "15 kyselyä per käyttäjä", "256 kpl
H100 SXM -kortteja", "2,49 $/h", "kurssi 1 € = 1,09 $", "montako H100:aa tarvitaan?", "2 vuoden päästä"): the
period, the counted thing, the hedges and the few verbs the rules key on, said in English, so that every rule
reads them as it reads English (as calc/hungarian does for Hungarian). Finnish attaches its case endings to
numbers and names with a colon ("H100:aa", "70B:llä", "MFU:lla", "45 %:iin"): they are dropped, the name
kept. Only the words that carry a quantity's meaning are rewritten, never the numbers; Finnish writes its
thousands with spaces ("1 024") and its decimals with a comma ("1,2"), which calc/numbers reads once this
module says the message is Finnish. A "biljoona" is a million millions (a trillion), a "miljardi" a billion.
A message is rewritten only when it shows the language (two of its common words, one not shared with
English). Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

_L = "a-zäöå"
_W = rf"[{_L}]*"           # the rest of a word (Finnish endings: "kortteja", "korttia", "kortilla")
_E = rf"(?![{_L}])"        # a word's end
# a number ("50 000", "1,2")
_N = r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|(?<![\d,.])\d+(?:[,.]\d+)?"
# words that show the message is (partly) in Finnish
_COMMON = rx.compile(rf"(?<![{_L}])(?:montako|paljonko|kauanko|kuinka|tarvitaan|tarvii|tarvittais{_W}|"
                     rf"käyttäjä{_W}|kyselyä|tokenia|tokenilla|päivässä|päivää|kpl|meillä|jos|ja|kun|"
                     rf"kortti{_W}|kortte{_W}|milj|mrd|miljoonaa|tuhatta|sähkö{_W}|hinta|hinnalla|"
                     rf"maksaa|maksais|riittääkö|kestää|kesti|treeni{_W}|treenata|nyt|vuodessa|kuukaudessa|"
                     rf"noin|keskimäärin|serveri{_W}|palvelin{_W}|räkki{_W}|budjetti{_W}|kurssi{_W}|"
                     rf"onko|vai|mikä|sisään|ulos|vuokra{_W}|mukaan)(?![{_L}])", re.IGNORECASE)
# the ones English (or another language read here) writes too, or too short to tell alone
_SHARED = {"ja", "kun", "jos", "nyt", "vai", "kpl", "milj", "mrd", "hinta"}
# words no other language read here writes: a message with one is Finnish
FINNISH_ONLY = rx.compile(r"(?<![a-zäöå])(?:montako|paljonko|kauanko|tarvitaan|käyttäjää|kyselyä|tokenia|"
                          r"päivässä|meillä|korttia|kortteja|riittääkö|keskimäärin)(?![a-zäöå])"
                          r"|(?<=[0-9a-z%]):(?:aa|ää|lla|llä|lle|sta|stä|iin|ita|itä|illa|illä|ssa|"
                              r"ssä)(?![a-zäö])",
                          re.IGNORECASE)

_NUMERALS = (("yksi|yhden|yhdellä|yhtä", "1"), ("kaksi|kahden|kahdella", "2"), ("kolme|kolmen|kolmella", "3"),
             ("neljä|neljän|neljällä", "4"), ("viisi|viiden|viidellä", "5"), ("kuusi|kuuden", "6"),
             ("seitsemän", "7"), ("kahdeksan", "8"), ("yhdeksän", "9"), ("kymmenen", "10"))

_REWRITES: list[tuple[str, str]] = [
    # a count grown from one number to another ("50 000:sta 2 miljoonaan", "1 000:sta 20 000:een")
    (rf"({_N}):(?:sta|stä|lta|ltä){_E}", r"from \1"),
    (rf"({_N})\s*miljoonaan{_E}", r"to \1 million"), (rf"({_N})\s*tuhanteen{_E}", r"to \1 thousand"),
    (rf"({_N}):(?:een|aan|ään|iin){_E}", r"to \1"),
    (rf"\b(\d+)\s+kuukaudessa{_E}", r"in \1 months"), (rf"\b(\d+)\s+vuodessa{_E}", r"in \1 years"),
    (rf"\b(\d+)\s+viikossa{_E}", r"in \1 weeks"),
    # a case ending written after a colon onto a number, a name or a percent ("H100:aa", "70B:llä",
    # "45 %:iin")
    (rf"(?<=[0-9a-z%]):(?:aa|ää|a|ä|lla|llä|lle|ssa|ssä|sta|stä|ksi|n|iin|in|ita|itä|ista|istä|illa|illä|"
     rf"ille|ilta|iltä|t|ta|tä|na|nä|han|hin|een|seen|lta|ltä|ia|iä|ien|jen|ja|jä){_E}", ""),
    # a name's noun after a hyphen ("H100 SXM -kortteja", "DGX H100 -palvelimia", "NVL72 -räkki")
    (rf"\s-(?:kortti|kortte|korti|gpu){_W}", " cards"), (rf"\s-(?:palvelim|serveri|servere){_W}", " servers"),
    (rf"\s-räkk{_W}", " racks"), (rf"-(?:malli|mallin|mallilla|mallia|mallille|mallista){_E}", " model"),
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bmontako\s+päivää{_E}", "how many days"), (rf"\bmontako\s+tuntia{_E}", "how many hours"),
    (rf"\bkauanko(?:\s+(?:menee|kestää|vie|veis|veisi))?{_E}", "how long would it take"),
    (rf"\bpaljonko(?:\s+(?:se|ne|tämä|tää))?\s+(?:maksaa|maksais|maksaisi|"
        rf"kustantaa){_E}", "how much does it cost"),
    (rf"\bmitä\s+(?:se|ne|koko\s+\w+|sähkö)?\s*maksaa{_E}", "how much does it cost"),
    (rf"\bmikä\s+on\s+(?:kokonaishinta|kokonaiskustannus){_E}", "what is the total cost"),
    (rf"\bmontako{_E}|\bkuinka\s+monta{_E}", "how many"),
    (rf"\bpaljonko{_E}|\bkuinka\s+paljon{_E}", "how much"),
    (rf"\bsamanaikais{_W}\s+käyttäj{_W}|\bkäyttäj{_W}\s+yhtä\s+aikaa{_E}|\byhtä\s+aikaa{_E}",
     "concurrent users"),
    (rf"\bpari\s+sataa{_E}", "a couple hundred"), (rf"\bmuutama\s+sata{_E}", "a few hundred"),
    (rf"\bpari\s+tuhatta{_E}", "a couple thousand"), (rf"\bkäyttäjämäärä{_W}", "users"),
    (rf"\blopussa{_E}", "at the end"), (rf"\bper\s+kortti{_E}", "per card"),
    (rf"\bmyyjä{_W}|\btoimittaja{_W}", "vendor"), (rf"\bettä{_E}", "that"),
    (rf"\betenee{_E}", "runs at"), (rf"\bdatasetti{_W}", "dataset"), (r"(?<=\s)on(?=\s)", "is"),
    (rf"(\d[\d,.]*\s*[€$£]\s*/\s*h)\s+hinnalla{_E}", r"at \1"),
    (rf"\bgpu-bu{_W}|(?<=\d\s)bu{_W}", "SUs"), (rf"\b1\s+bu{_E}", "1 SU"),
    (rf"\bpeak-kertoimella{_E}|\bpeak-kerroin{_E}|\bhuippukerroin{_E}|\bhuippukertoimella{_E}", "peak"),
    (rf"\bkäyttäjää\s+päivässä{_E}|\bpäivittäis{_W}\s+käyttäj{_W}", "daily users"),
    (rf"\bviikkokäyttäj{_W}", "weekly users"), (rf"\bkuukausikäyttäj{_W}", "monthly users"),
    (rf"\b(?:per\s+)?naama{_E}", "per user"),
    (rf"\btuplaantuu\s+(\d[\d,.]*)\s*(?:kk|kuukauden)\s+välein{_E}", r"doubles every \1 months"),
    (rf"\bkasvaa\s+(\d[\d,.]*\s*%)\s+vuodessa{_E}", r"grows \1 a year"),
    (rf"(\d[\d,.]*\s*%)\s+vuodessa{_E}", r"\1 a year"),
    (rf"\b(\d+)\s+(?:vuoden|v)\s+päästä{_E}", r"in \1 years"),
    (rf"\b(\d+)\s+(?:kuukauden|kk:n|kk)\s+päästä{_E}", r"in \1 months"),
    (rf"\bparanee\s+(\d[\d,.]*)\s*(?:prosenttiyksikköä|%-yksikköä|pp){_E}", r"improves by \1 points"),
    (r"\bparanee\s+(\d[\d,.]*\s*%)", r"improves by \1"),
    (r"\bnostettua\s+(\d[\d,.]*\s*%)", r"raised to \1"), (r"\bnousee\s+(\d[\d,.]*\s*%)", r"goes to \1"),
    (rf"\bpuolet\s+(?:siitä|budjetista)\s+menee\s+(?:kortteihin|gpu{_W}|siruihin){_E}", "half of it on GPUs"),
    (rf"(\d[\d,.]*\s*%)\s+(?:siitä|budjetista)\s+menee\s+(?:kortteihin|gpu{_W}|"
        rf"siruihin){_E}", r"\1 of it on GPUs"),
    (r"\byksi\s+(?=maksaa|vetää)", "one "),
    (rf"(\d[\d\s,.]*)\s+tokenin\s+(?:konteksti|prompt{_W}|syöte){_E}", r"\1-token prompt"),
    (rf"(\d[\d\s,.]*)\s+tokenin\s+vastau{_W}", r"\1-token answer"),
    (rf"(\d[\d\s,.]*)\s+sanan\s+(?:dokumentt{_W}|tekst{_W})\s+sisään{_E}", r"\1-word documents in"),
    (rf"(\d[\d\s,.]*)\s+sanan\s+(?:tiivistelmä{_W}|vastau{_W})\s+ulos{_E}", r"\1-word summaries out"),
    (r"\bkäyttäjä\s+(?:tekee|kuluttaa)\s+", "each user does "),
    (r"\bjokainen\s+(?:tekee|kuluttaa)\s+", "each user does "),
    (rf"\btekee{_E}", "does"),
    (rf"\bkeskustelussa\s+(?:n\.\s*|noin\s+)?(\d+)\s+viestiä{_E}", r"\1 turns per conversation"),
    # numerals in words before what they count ("kaksi korttia")
    *((rf"\b(?:{w}){_E}(?=\s+(?:[a-z]+\d|kort|serveri|palvelin|räkk|gpu))", d) for w, d in _NUMERALS),
    # who is counted
    (rf"\bkäyttäj{_W}", "users"), (rf"\bkehittäj{_W}", "developers"), (rf"\btyöntekij{_W}", "employees"),
    (rf"\btoimipist{_W}", "sites"), (rf"\basiakka{_W}", "customers"),
    # periods
    (rf"\bpäivässä{_E}|\bpäivittäin{_E}|\bper\s+päivä{_E}|/\s*päivä{_E}|/\s*pv{_E}", "per day"),
    (rf"\bkuukaudessa{_E}|/\s*kk{_E}|\bkuussa{_E}", "per month"),
    (rf"\bvuodessa{_E}|/\s*v{_E}", "per year"), (rf"\btunnissa{_E}|/\s*tunti{_E}", "per hour"),
    (rf"\bsekunnissa{_E}", "per second"),
    (rf"\bgpu-tunti{_W}|\bgpu-tunne{_W}|\bgpu-tunni{_W}", "gpu-hours"), (rf"\bmiljoona{_E}", "million"),
    (rf"\bgpu-vuo{_W}", "gpu-years"),
    (rf"(?<=\d)(\s*)(?:päivä{_W}|pv){_E}", r"\1days"),
    (rf"(?<=\d)(\s*)viiko{_W}|(?<=\d)(\s*)viikk{_W}", r"\1\2weeks"),
    (rf"(?<=\d)(\s*)(?:kuukau{_W}|kk(?::n)?){_E}", r"\1months"), (rf"(?<=\d)(\s*)vuo{_W}", r"\1years"),
    (rf"(?<=\d)(\s*)tunti{_W}|(?<=\d)(\s*)tunni{_W}|(?<=\d)(\s*)tuntia{_E}", r"\1\2\3hours"),
    (rf"\bnyt{_E}|\btällä\s+hetkellä{_E}|\bnykyinen{_E}", "now"),
    (rf"\bedellinen\s+ajo{_E}|\bvanha\s+treeni{_E}", "the last run"), (rf"\bsama\s+ajo{_E}", "the same run"),
    (rf"\bsamalla\s+korttimäärällä{_E}", "with the same number of cards"),
    # what is counted
    (rf"\binput-tokeni{_W}|\bsyötetokeni{_W}", "input tokens"), (rf"\boutput-tokeni{_W}", "output tokens"),
    (rf"\bprompti{_W}|\bprompt{_E}", "prompts"), (rf"\bvastau{_W}|\bvastaukset{_E}", "answers"),
    (rf"\btokeni{_W}", "tokens"), (rf"\bkysely{_W}", "queries"), (rf"\bpyyntö{_W}|\bpyynnö{_W}", "requests"),
    (rf"\bviesti{_W}", "messages"), (rf"\bsana{_W}", "words"), (rf"\bmerkki{_W}|\bmerkkiä{_E}", "characters"),
    (rf"\bdokumentt{_W}", "documents"), (rf"\bkortti{_W}|\bkortte{_W}|\bkorti{_W}", "cards"),
    (rf"(?<=\d)(\s*)kpl{_E}", r"\1x"), (rf"\bkpl{_E}", "each"),
    (rf"\bserveri{_W}|\bservere{_W}|\bpalvelim{_W}", "servers"), (rf"\bräkki{_W}|\bräkke{_W}", "racks"),
    (rf"\bnode{_W}|\bsolmu{_W}", "nodes"), (rf"\breplika{_W}", "replicas"), (rf"\bsiru{_W}", "chips"),
    (rf"\bepochi{_W}|\bepookki{_W}", "epochs"), (rf"\bajo{_W}", "runs"), (rf"\bparametri{_W}", "parameters"),
    (rf"\baktiivise{_W}", "active"), (rf"\bmalli{_W}", "model"), (rf"\bkonteksti{_W}", "context"),
    (rf"\bsisään{_E}", "in"), (rf"\bulos{_E}", "out"),
    # hedges
    (rf"(?:\bn\.|\bnoin{_E}|\bsuunnilleen{_E}|\bkeskimäärin{_E}|\bmax{_E})\s*(?=[~≈$€£\d])", "about "),
    (rf"\bkeskimäärin{_E}", "average"), (rf"\bkukin{_E}|\bjokainen{_E}|\bjokaisessa{_E}", "each"),
    # money, scale, measurements
    (rf"(?<=\d)(\s*)biljoon{_W}", r"\1trillion"), (rf"(?<=\d)(\s*)(?:mrd\.?|miljardi{_W}){_E}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:milj\.?|miljoon{_W}){_E}", r"\1million"), (rf"(?<=\d)(\s*)tuha{_W}", r"\1thousand"),
    (r"(?<=\d)(\s*)t€", r"\1k €"),
    (rf"\bkurssi{_W}", "rate"), (rf"\beuro{_W}", "euros"), (rf"\bdollari{_W}", "dollars"),
    (rf"\blistahin{_W}", "list price"), (rf"\bkokonaishin{_W}", "total cost"),
    (rf"\bhinnalla{_E}", "price"), (rf"\bhinta{_E}|\bhinnan{_E}|\bhinnasta{_E}|\bhinnoilla{_E}", "price"),
    (rf"\bvuokra{_W}", "rent"), (rf"\bostetaan{_E}|\bostaa{_E}|\bosta{_E}", "buy"),
    (rf"\bbudjeti{_W}|\bbudjetti{_W}", "budget"), (rf"\balennu{_W}", "discount"),
    (rf"\bsähkölasku{_W}", "electricity bill"), (rf"\bsähkö{_W}", "electricity"),
    (rf"\btehokerroin{_E}", "power factor"), (rf"\bkerroin{_E}|\bkertoimella{_E}", "factor"),
    (rf"\bpeak-kertoimella{_E}|\bpeak-kerroin{_E}|\bhuippukerroin{_E}", "peak"),
    (rf"\bkäyttöaste{_W}", "utilization"), (rf"\bmaksaa{_E}|\bmaksais{_W}", "costs"),
    (rf"\bvetää{_E}|\bkuluttaa{_E}", "draws"), (rf"\bnopeampi{_E}", "faster"),
    (rf"\bhalvempi{_E}", "cheaper"),
    (rf"\bverkko\s*\+\s*muu\s+infra\s+päälle{_E}", "plus networking and facilities"),
    # what is asked and done
    (rf"\btarvitaan{_E}|\btarvii{_E}|\btarvittais{_W}|\btarvitsee{_E}|\btarve{_E}", "needed"),
    (rf"\briittääkö{_E}|\briittää{_E}", "enough"),
    (rf"\btreenattiin{_E}|\btreenata{_E}|\btreeni{_W}|\bkoulutu{_W}|\bpretrain{_W}|"
        rf"\bfinetunata{_W}", "training"),
    (rf"\bkestää{_E}|\bmenee{_E}", "takes"), (rf"\bkesti{_E}", "took"),
    (rf"\bväittää{_E}|\bväitti{_E}|\bmukaan{_E}", "claims"),
    (rf"\bpitääkö\s+paikkansa{_E}|\bonko\s+(?:toi|tämä|se)\s+(?:ees\s+)?realisti{_W}", "is that right"),
    (rf"\bkasvaa{_E}", "grows"), (rf"\bsäästetään{_E}", "saved"),
    (r"(?<=\s)ja(?=\s)", "and"), (r"(?<=\s)(?:tai|vai)(?=\s)", "or"), (rf"\bjos{_E}|\bkun{_E}", "if"),
    (rf"\bmeillä\s+on{_E}|\bmeillä{_E}", "we have"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_finnish(text: str) -> bool:
    """The message shows Finnish: two of its common words, at least one not shared with English."""
    return FINNISH_ONLY.search(text) is not None or shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Finnish quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
