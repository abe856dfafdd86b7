"""Hungarian quantity words in a question ("2 millió DAU", "12 kérdés/fő/nap", "256 db H100-on", "óránként
2,5 dollár, árfolyam 1 $ = 365 Ft", "hány kártya kell?", "3 év múlva"): the period, the counted thing, the
hedges and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English (as calc/polish does for Polish). Hungarian attaches its case endings to numbers and names with a
hyphen ("H100-on", "70B-vel", "40%-os"): they are dropped, the word kept. Only the words that carry a
quantity's meaning are rewritten, never the numbers; Hungarian writes its thousands with spaces ("1 200")
and its decimals with a comma ("1,5"), which calc/numbers reads once this module says the message is
Hungarian. A "billió" is a million millions (a trillion), a "milliárd" a billion. A message is rewritten
only when it shows the language (a common word written with "ő" or "ű", or two common words, one not
shared with English). Every character keeps its position in the source, so a span is quoted as the user
wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

_L = "a-záéíóöőúüű"
_W = rf"[{_L}]*"          # the rest of a word (Hungarian endings: "kártyán", "kártyával", "kártyánként")
# words that show the message is (partly) in Hungarian
_COMMON = rx.compile(rf"(?<![{_L}])(?:hány|mennyi|kell|kellene|van|vannak|egy|és|nap|napi|naponta|napig|"
                     rf"kártya{_W}|"
                     rf"darab{_W}|db|ha|nálunk|kb|átlag|forint{_W}|ft|ezer|millió|milliárd|billió|óránként|"
                     rf"bérel{_W}|árfolyam|mennyiért|felhasználó{_W}|kérés{_W}|kérdés{_W}|üzenet{_W}|"
                     rf"szerver{_W}|tanít{_W}|betanít{_W}|alatt|múlva|fejenként|havonta|havi|évi|körülbelül|"
                     rf"nagyjából|mellett|melyik|lenne|lesz|most|jön|ki|be|pedig|tehát|szerint|konkurens|"
                     rf"futtatjuk|replika|replikánként|bír|mekkora|tudunk|kaptunk|belőle|keret{_W}|tokenen|"
                     rf"futás{_W}|múltkori|lesz|így)(?![{_L}])",
                     re.IGNORECASE)
# the ones English (or another language read here) writes too, or too short to tell alone
_SHARED = {"van", "be", "ki", "ha", "nap", "db", "kb", "most", "ft"}
_LETTERS = "őű"

_REWRITES: list[tuple[str, str]] = [
    # a case ending hyphenated onto a number, a name or a percent ("H100-on", "70B-vel", "7B-s", "40%-os")
    (r"(?<=[0-9a-z%])-(?:on|en|ön|at|et|ot|öt|asok(?:kal|on|at)?|esek(?:kel|en|et)?|as|es|os|ös|zal|zel|val|vel|"
     r"ból|ből|hoz|hez|höz|ra|re|ról|ről|nak|nek|ba|be|ban|ben|okat|eket|ok|ek|ök|kal|kel|sal|sel|szal|szel|ig|t|n|s|a|e)"
     rf"(?![{_L}0-9])", ""),
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bhavi\s+(\d[\d\s,.]*)\s*ft(?:-os)?\s+előfizetés{_W}", r"\1 HUF per user per month"),
    (rf"\bévi\s+(\d[\d,.]*\s*%)(?:-kal|-kel)?\s+nő(?![{_L}])", r"growing \1 a year"),
    (rf"\bnapi\s+(\d[\d\s,.]*\s*(?:ezer|millió|milliárd)?\s*)(token|kérés|kérdés|üzenet)(?:t|en|re|hez|ek|eket)?(?![{_L}])",
     r"\1\2 per day"),
    (rf"\bmennyi\s+(\d[\d\s,.]*\s*(?:ezer)?\s*)kérés\s+költsége(?![{_L}])", r"cost per \1 requests"),
    (rf"\b(?:forintban|ft-ban|huf-ban)(?![{_L}])", "in HUF"),
    (rf"\bazt\s+olvastam,?\s+hogy(?![{_L}])", "I read that"), (rf"\bkijön\s+ez(?![{_L}])", "is that right"),
    (rf"\bmekkora\s+modell{_W}", "how big a model"),
    (rf"(\d[\d\s,.]*\s*(?:ezer|millió|milliárd|[kmbt])?)\s*token(?:en|eken)(?![{_L}])", r"on \1 tokens"),
    (rf"\bhány\s+darab\s+jön\s+ki\s+(\d[\d\s,.]*\s*(?:millió|milliárd))(?:ból|ből)(?![{_L}])",
     r"how many can we buy with a budget of \1 HUF"),
    (rf"\bszolgálj?a\s+ki(?![{_L}])", "serves"), (r"\bcos\s*[φϕ]\s*", "power factor "),
    (rf"\ba\s+múltkori\s+futás(?![{_L}])|\bmúltkori\s+futás(?![{_L}])", "the last run was on"),
    (rf"\bment\s+(\d+)\s+napig(?![{_L}])", r"took \1 days"),
    (rf"\bvolt\s+egy\s+futás(?![{_L}])", "was a run"), (rf"\bmúlt\s+évben(?![{_L}])", "last year"),
    (rf"\bugyanezt(?![{_L}])", "the same on"), (rf"\bugyanennyi\s+kártyá{_W}", "same number of cards"),
    (rf"\bcsinálnánk(?![{_L}])|\bfuttatnánk(?![{_L}])", ""), (rf"\blesz(?![{_L}])", "will be"),
    (r"\baz(?=\s)", "the"),
    (rf"(?<![{_L}])ft(?:-os|-ot|-ba|-ban)?(?![{_L}])", "HUF"),
    (rf"\bóránként\s+(\d[\d,.]*)\s*dollár{_W}", r"$\1 per hour"), (r"/\s*ór(?:a|áért|ára)\b", "/hour"),
    (rf"\bkártyánként\s+(\d[\d\s,.]*\s*k?w)(?![{_L}])", r"\1 per card"),
    (rf"\begy\s+évre(?![{_L}])|\begy\s+évig(?![{_L}])", "for 1 year"),
    (rf"\begy\s+hónapra(?![{_L}])|\begy\s+hónapig(?![{_L}])", "for 1 month"),
    (rf"(?<=\d)(\s*)ft(?:-os|-ot|-ba|-ban)?(?![{_L}])", r"\1HUF"),
    (rf"\bdarabja\s+(\d[\d,.]*\s*(?:ezer|millió)?\s*dollár{_W})", r"\1 each"),
    (r"(?:\ba\s+)?szerver\s*\+\s*hálózat\s+(?:még\s+)?rádob\s+(\d[\d,.]*\s*%)(?:-ot)?",
     r"plus \1 for servers and networking"),
    (rf"\bmillió\s+tokenenként\s+(\d[\d,.]*)\s*dollár{_W}", r"$\1 per million tokens"),
    (rf"\bfejenként\s+napi\s+(\d[\d\s,.]*)\s*token{_W}", r"\1 tokens per user per day"),
    (rf"\bmfu\s+(\d[\d,.]*\s*%)(?:-ra|-re)?\s+(?:mehet|megy|nőhet|nő)\s+fel(?![{_L}])", r"MFU goes to \1"),
    (rf"\bmfu\s+(\d+)\s+ponttal\s+jobb(?![{_L}])", r"MFU \1 points higher"),
    (r"\bmi(?=\s+\d)", "we"), (rf"\bhány\s+hónapos\s+duplázód{_W}", "what doubling time in months"),
    (rf"(\d[\d\s,.]*)\s+tokenenként(?![{_L}])", r"per \1 tokens"),
    (rf"\breplikánként\s+max\s+(\d+)\s+párhuzamos\s+szekvencia(?![{_L}])", r"max batch \1 per replica"),
    (rf"(\d[\d,.]*\s*%)(?:-a)?\s+mehet\s+gpu(?:-ra)?(?![{_L}])", r"\1 goes on GPUs"),
    (rf"(\d[\d,.]*\s*ezer\s+)dollárjával(?![{_L}])", r"\1dollars each"),
    (rf"\bmindegyik(?![{_L}])", "each"), (rf"\bparaméteres\s+modell{_W}", "model"),
    (rf"\báttesszük(?![{_L}])", "move to"), (rf"\bnő(?![{_L}])", "grows"),
    (rf"\bhány\s+nap(?![{_L}])", "how many days"),
    (rf"\bmennyi\s+idő(?:\s+alatt)?(?![{_L}])", "how long would it take"),
    (rf"\bmennyi(?:be|ért)?\s+kerül(?:ne)?(?![{_L}])|\bmennyiért(?![{_L}])", "how much does it cost"),
    (rf"\bhány(?![{_L}])", "how many"), (rf"\bmennyi(?![{_L}])", "how much"),
    (rf"\b(\d+)\s+év\s+múlva(?![{_L}])", r"in \1 years"),
    (rf"\b(\d+)\s+hónap\s+múlva(?![{_L}])", r"in \1 months"),
    (rf"\b(\d+)\s+év\s+alatt(?![{_L}])", r"in \1 years"),
    (rf"\b(\d+)\s+nap\s+alatt(?![{_L}])", r"in \1 days"),
    (rf"\bhavonta\s+duplázód{_W}", "doubling every 1 month"), (rf"\bduplázód{_W}", "doubles"),
    (rf"(?<=\d)-?sz(?:e|o|ö)r(?:es|os|ös)(?:ére|ára|e|a)?(?![{_L}])", "x"),
    (rf"\bkonkurens\s+user{_W}|\begyidejű\s+felhasználó{_W}|\bkonkurens\s+felhasználó{_W}|\begyidejű\s+kérés{_W}"
     rf"|\bpárhuzamos\s+szekvencia(?![{_L}])", "concurrent users"),
    (rf"\baktív\s+user{_W}|\baktív\s+felhasználó{_W}", "active users"),
    (rf"\bfejenként(?![{_L}])|/\s*fő(?![{_L}])|\bfőnként(?![{_L}])|\buserenként(?![{_L}])", "per user"),
    (rf"\bkártyánként(?![{_L}])|\bgpu-nként(?![{_L}])", "per card"), (rf"\brackenként(?![{_L}])", "per rack"),
    (rf"\breplikánként(?![{_L}])", "per replica"), (rf"\btelephelyenként(?![{_L}])", "per site"),
    (rf"\bticketenként(?![{_L}])", "per ticket"), (rf"\büzenetenként(?![{_L}])", "per message"),
    (rf"\bválaszonként(?![{_L}])", "per answer"), (rf"\btokenenként(?![{_L}])", "per token"),
    (rf"\begyenként(?![{_L}])|\bdarabja(?![{_L}])|\bdarabonként(?![{_L}])", "each"),
    (rf"\bmillió\s+tokenenként(?![{_L}])", "per million tokens"),
    (rf"\ba\s+csúcs\s+(?=\d)|\bcsúcsban\s+(?=\d)|\bcsúcs(?:idő{_W})?\s+(?=\d)", "peak "),
    (rf"\bcsúcs{_W}", "peak"), (rf"\bkihasználtság{_W}", "utilization"),
    # who is counted
    (rf"\bfelhasználó{_W}|(?<!per )\buser{_W}|\bdau-nk(?![{_L}])", "users"),
    (rf"\belőfizető{_W}", "subscribers"),
    (rf"\bmau-nk(?![{_L}])", "MAU"), (rf"\btelephely{_W}", "sites"),
    # periods
    (rf"\bnaponta(?![{_L}])|\bnapi(?![{_L}])|/\s*nap(?![{_L}])|\bnaponként(?![{_L}])", "per day"),
    (rf"\bhavonta(?![{_L}])|\bhavi(?![{_L}])", "per month"),
    (rf"\bévente(?![{_L}])|\bévi(?![{_L}])", "per year"),
    (rf"\bóránként(?![{_L}])|/\s*óra(?![{_L}])|\bórára(?![{_L}])", "per hour"),
    (rf"\bgpu-ór{_W}", "gpu-hours"), (rf"\bgpu-év{_W}", "gpu-years"), (rf"\ba100-ór{_W}", "a100 gpu-hours"),
    (rf"(?<=\d)(\s*)nap{_W}", r"\1days"), (rf"(?<=\d)(\s*)hét{_W}|(?<=\d)(\s*)hetet", r"\1\2weeks"),
    (rf"(?<=\d)(\s*)hónap{_W}", r"\1months"), (rf"(?<=\d)(\s*)év{_W}", r"\1years"),
    (rf"(?<=\d)(\s*)ór(?:a|ák|át|ára|án)(?![{_L}])", r"\1hours"),
    (rf"\bmost(?![{_L}])", "now"), (rf"\bjelenleg(?![{_L}])", "currently"), (rf"\bma(?![{_L}])", "today"),
    # what is counted
    (rf"\bkérdés{_W}", "questions"), (rf"\bkérés{_W}", "requests"), (rf"\büzenetváltás{_W}", "turns"),
    (rf"\büzenet{_W}", "messages"), (rf"\bticket{_W}", "tickets"),
    (rf"\bszó(?![{_L}])|\bszavak(?![{_L}])", "words"),
    (rf"\btoken(?:es|t|en|re|ek|eket|nel|hez|nek|ből|ként)(?![{_L}])", "tokens"),
    (rf"\bválasz{_W}", "answers"),
    (rf"\bkártyá?{_W}", "cards"), (rf"(?<=\d)(\s*)(?:db|darab)(?![{_L}])", r"\1x"),
    (rf"\bszerver{_W}|\bgép(?:ek|et|en)?(?![{_L}])", "servers"), (rf"\brack{_W}", "racks"),
    (rf"\bnode-?(?:on|ok|ot)?(?![{_L}])", "nodes"), (rf"\breplika(?![{_L}])", "replicas"),
    (rf"\bchip(?:en|et|ek)(?![{_L}])", "chips"), (rf"\bepoch(?:on|ra)?(?![{_L}])", "epochs"),
    (rf"\bfutás{_W}", "runs"), (r"\bbe\s+(?=\d)", ""), (rf"(?<=\d)(\s*)be(?![{_L}])", r"\1in"),
    (rf"(?<=\d)(\s*)ki(?![{_L}])", r"\1out"), (rf"\baktív(?![{_L}])", "active"),
    # hedges
    (rf"(?:\bkb\.?|\bkörülbelül(?![{_L}])|\bnagyjából(?![{_L}])|\bátlag(?:osan)?(?![{_L}]))"
     r"\s*(?=[~≈$€£\d])", "about "),
    (rf"\bátlag(?![{_L}])", "average"),
    # money, scale, measurements
    (rf"(?<=\d)(\s*)billió(?![{_L}])", r"\1trillion"), (rf"(?<=\d)(\s*)milliárd{_W}", r"\1billion"),
    (rf"(?<=\d)(\s*)millió{_W}", r"\1million"), (rf"(?<=\d)(\s*)ezer{_W}", r"\1thousand"),
    (rf"\bárfolyam{_W}", "exchange rate"), (rf"\bdollár{_W}", "dollars"), (rf"\beuró{_W}", "euros"),
    (rf"\bforint{_W}", "HUF"), (rf"\bár(?:a|át|on)?(?![{_L}])|\báron(?![{_L}])", "price"),
    (rf"\bbérel{_W}|\bbérleti\s+díj{_W}|\bbérlés{_W}", "rent"),
    (rf"\bvenni(?![{_L}])|\bvennénk(?![{_L}])", "buy"),
    (rf"\bkeret{_W}", "budget"), (rf"\bkedvezmény{_W}", "discount"),
    (rf"\bvillanyszámla(?![{_L}])", "electricity bill"), (rf"\báram(?:ár{_W})?(?![{_L}])", "electricity"),
    (rf"\bgyorsabb(?![{_L}])", "faster"), (rf"\bdrágább(?![{_L}])", "pricier"),
    (rf"\bpont(?:tal|ot)?(?![{_L}])", "points"), (rf"\bjobb(?![{_L}])", "better"),
    # what is asked and done
    (rf"\bkell(?:ene)?(?![{_L}])", "needed"),
    (rf"\b(?:be)?tanít{_W}|\btanul\s+be(?![{_L}])|\belőtanítás{_W}|\btréning{_W}", "training"),
    (rf"\bfinomhangolás{_W}", "fine-tune"), (rf"\bállítja(?![{_L}])|\bszerint(?![{_L}])", "claims"),
    (rf"\breális(?![{_L}])|\bhihető(?![{_L}])", "is that right"),
    (rf"\bmellett(?![{_L}])", ""), (rf"\bés(?![{_L}])", "and"), (rf"\bvagy(?![{_L}])", "or"),
    (rf"\bha(?![{_L}])", "if"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_hungarian(text: str) -> bool:
    """The message shows Hungarian: a common word with "ő" or "ű", or two common words, at least one not
    shared with English."""
    return shows_language(_COMMON, _SHARED, text, letters=_LETTERS)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Hungarian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
