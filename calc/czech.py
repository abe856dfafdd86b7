"""Czech quantity words in a question ("200 tis. DAU", "12 dotazů denně", "na 512 kartách H100",
"4,80 Kč/kWh, kurz 22,8 Kč za dolar", "kolik karet?", "za 2 roky"): the period, the counted thing, the hedges
and the few verbs the rules key on, said in English, so that every rule reads them as it reads English (as
calc/polish does for Polish). Only the words that carry a quantity's meaning are rewritten, never the numbers;
Czech writes its thousands with spaces ("1 100 W") and its decimals with a comma ("1,4"), which calc/numbers
reads once this module says the message is Czech. Czech "bil." (bilion) is a million millions, a trillion;
"mld." (miliarda) a billion.
People often type Czech without its diacritics ("kolik zaplatime za elektrinu"): every word is read with or
without them. A message is rewritten only when it shows the language (a common word written with a letter only
Czech has among the languages read, or two common words, one not shared with English). Every character keeps
its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language, with_or_without_marks

_PLAIN = {"á": "a", "č": "c", "ď": "d", "é": "e", "ě": "e", "í": "i", "ň": "n", "ó": "o", "ř": "r", "š": "s",
          "ť": "t", "ú": "u", "ů": "u", "ý": "y", "ž": "z"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it (calc/script)."""
    return with_or_without_marks(pattern, _PLAIN)


_L = "a-záčďéěíňóřšťúůýž"
_W = rf"(?![{_L}])"       # a word's end
# words that show the message is (partly) in Czech
_COMMON = rx.compile(rf"(?<![{_L}])(?:" + _d(
    r"kolik|karet|karty|kartách|kartu|potřebujeme|potřebovat|máme|denně|tokenů|tokeny|dotazů|dotazy|"
    r"uživatelů|uživatele|dní|dnů|měsíců|měsíce|roky|let|když|serverů|servery|kurz|kurzu|stojí|cena|"
    r"vyjde|nás|jsme|jedeme|běží|trénink|tréninku|natrénujeme|natrénovat|zhruba|kolem|průměrně|každý|"
    r"každých|souběžných|výstup|vstup|výstupu|vstupních|výstupních|odpověď|požadavků|zpráv|kusů|kus|"
    r"nebo|při|pro|jen|tak|cca|mil|mld|tis|za|na|do|se|je|to|co|jak|kč|kc|víc|výkonu|dostaneme|levněji|"
    r"stál|stálo|roku|cenách|zaplatíme|elektřinu|silovka|nás") + rf")(?![{_L}])", re.IGNORECASE)
# the ones English (or another language read here) writes too, or too short to tell alone
_SHARED = {"za", "na", "do", "se", "je", "to", "co", "jak", "tak", "pro", "mil", "mld", "tis", "cca", "kus",
           "let", "nebo", "jen", "kurz", "cena"}
_LETTERS = "ěřů"


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    _r(r"\bkolik\s+(?:nás\s+)?(?:stojí|vyjde)\s+(?=\d[\d\s,.]*\s*(?:požadavk|dotaz))",
       "what is the cost per "),
    _r(rf"(?<=\d)(\s*)kc{_W}", r"\1czk"), _r(rf"\bv\s+kč{_W}|\bv\s+kc{_W}", "in CZK"),
    _r(rf"\b(?:jeden|jedna|jedno)\s+(?:stojí|vyjde){_W}", "each costs"),
    _r(rf"\bpolovin(?:a|u)\s+(?:půjde|dáme|padne)\s+na\s+gpu{_W}", "half goes on GPUs"),
    _r(rf"\bodpovídal(?:o|a|y)?{_W}", "match"), _r(rf"\bbudeme\s+potřebovat{_W}", "will we need"),
    _r(rf"\bjich{_W}", ""), _r(rf"\bznak(?:ů|y)?\s+na\s+token{_W}", "characters per token"),
    _r(rf"(\d[\d,.]*)\s*[×x]\s+cen(?:a|y|u)\s+karet{_W}", r"\1x the price of the cards"),
    _r(rf"\bcelkové\s+náklady{_W}", "the whole build"), _r(rf"\bber\s+jako{_W}", "at"),
    _r(rf"\bs\s+peakem{_W}|\bs\s+peakem{_W}|\bs\s+špičkou{_W}", "peak"),
    _r(rf"\bna\s+jeden\s+(?:node|nod|server|uzel){_W}", "per node"),
    _r(r"\bz\s+(\d[\d\s,.]*\s*(?:tis\.?|mil\.?|mld\.?)?)\s+na\s+(?=\d)", r"from \1 to "),
    _r(r"\bdnes\s+(?:nám\s+)?stačí\s+(\d+)", r"today we have \1 cards,"),
    _r(r"^\s*za\s+(?=\d)", "budget "),
    _r(r"\bza\s+(?=elektřin|elektrin|cluster|klastr|cloud|pronájem|server|kart|gpu)", "for "),
    _r(rf"\bvíc\s+výkonu{_W}", "more compute"),
    _r(rf"\bdostaneme\s+z{_W}", "we get from"), _r(rf"\bnebo\s+z{_W}", "or from"),
    _r(rf"\blevněji{_W}", "cheaper"),
    _r(rf"\bna\s+milion\s+token(?:ů|y)?{_W}", "per million tokens"),
    _r(rf"\bdenně\s+(?:zhruba\s+|cca\s+|asi\s+|kolem\s+)?(\d[\d,.]*\s*%)\s+z\s+nich{_W}",
       r"daily about \1 of them"),
    _r(rf"\btýdně\s+(?:máme\s+)?(\d[\d\s,.]*\s*(?:tis\.?|mil\.?)?)\s+aktivních\s+uživatelů{_W}",
       r"\1 weekly active users"),
    _r(rf"\bkolik\s+(?:nás\s+)?(?:vyjde|stojí|stál|stála|stálo|zaplatíme|by\s+stál(?:o|a)?|dá){_W}",
       "how much does it cost"),
    _r(rf"\bza\s+jak\s+dlouho{_W}|\bjak\s+dlouho{_W}", "how long would it take"),
    _r(rf"\bkolik\s+dní{_W}", "how many days"), _r(rf"\bkolik{_W}", "how many"),
    _r(rf"\bsouběžných\s+(?:uživatelů|uživatele|sessions?|spojení){_W}|\buživatelů\s+najednou{_W}",
       "concurrent users"),
    _r(r"\b(?:platících|aktivních)\s+(?=uživatel)", "active "),
    _r(rf"\bna\s+(?:aktivního\s+)?(?:uživatele|hlavu|osobu|zaměstnance){_W}", "per user"),
    _r(rf"\bza\s+uživatele{_W}", "per user"), _r(rf"\buživatel(?:ů|e|i|ích|ům)?{_W}", "users"),
    _r(rf"\bzaměstnanc(?:ů|i){_W}", "employees"), _r(rf"\bstudent(?:ů|i){_W}", "students"),
    _r(rf"\bpoboč(?:ek|ky|ka|ce){_W}", "branches"), _r(rf"\bna\s+každé\s+pobočce{_W}", "per branch"),
    # periods
    _r(rf"\bdenně{_W}|\bza\s+den{_W}|\bna\s+den{_W}|\bdenní{_W}", "per day"),
    _r(rf"\bměsíčně{_W}|\bza\s+měsíc{_W}|\bna\s+měsíc{_W}", "per month"),
    _r(rf"\bročně{_W}|\bza\s+rok{_W}|\bna\s+rok{_W}", "per year"), _r(rf"\btýdně{_W}", "weekly"),
    _r(rf"\bza\s+hodinu{_W}|\bna\s+hodinu{_W}|(?<=/)\s*hod(?:\.|ina)?{_W}", "per hour"),
    _r(rf"\bgpu[- ]hodin(?:y|a|u)?{_W}", "gpu-hours"),
    _r(rf"\bgpu[- ]let{_W}|\bgpu[- ]rok(?:ů|y)?{_W}", "gpu-years"),
    _r(rf"\bchip[- ]hod(?:\.|in(?:y|a)?)?{_W}", "chip-hour"),
    _r(rf"(?<=\d)(\s*)(?:dní|dnů|dny|den|dnech){_W}", r"\1days"),
    _r(rf"(?<=\d)(\s*)(?:týdnů|týdny|týden){_W}", r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:měsíců|měsíce|měsíc|měsících){_W}", r"\1months"),
    _r(rf"(?<=\d)(\s*)(?:let|roky|roků|rok|roku|letech){_W}", r"\1years"),
    _r(rf"(?<=\d)(\s*)(?:hodin|hodiny|hodina){_W}", r"\1hours"),
    _r(r"\bza\s+(?=[~≈]?\s*\d+[\s,.\d]*\s*(?:days|weeks|months|years|dn|měs|rok|let|týd))", "in "),
    _r(r"\bkaždých\s+(?=\d)|\bkaždé\s+(?=\d)", "every "),
    _r(rf"\b(?:se\s+(?:nám\s+)?)?zdvojnás(?:obuje|obí)(?:\s+se)?{_W}", "doubles"),
    _r(rf"\bdnes{_W}|\bteď{_W}|\baktuálně{_W}|\bsoučasně{_W}", "today"),
    # what is counted
    _r(rf"\btoken(?:ů|y|u|ech)?\s+(?:na\s+)?(?:vstup(?:u)?|vstupních){_W}|\bvstupních\s+token(?:ů|y|u)?{_W}",
       "input tokens"),
    _r(rf"\btoken(?:ů|y|u|ech)?\s+(?:na\s+)?(?:výstup(?:u)?|výstupních){_W}|\bvýstupních\s+token(?:ů|y|u)?{_W}",
       "output tokens"),
    _r(rf"\bvstupních{_W}|\bvstup(?:u)?{_W}", "input"), _r(rf"\bvýstupních{_W}|\bvýstup(?:u)?{_W}", "output"),
    _r(rf"(?<!per )\btoken(?:ů|y|u|ech|em)?{_W}", "tokens"),
    _r(rf"\bdotaz(?:ů|y|u)?{_W}", "queries"), _r(rf"\bpožadav(?:ků|ky|ek){_W}", "requests"),
    _r(rf"\bzpráv(?:y|a)?{_W}", "messages"), _r(rf"\bna\s+tiket{_W}", "per ticket"),
    _r(rf"\btiket(?:ů|y)?{_W}", "tickets"), _r(rf"\bna\s+konverzaci{_W}", "per conversation"),
    _r(rf"\bkonverzac(?:í|e){_W}", "conversations"), _r(rf"\bvýměn(?:y|a)?{_W}", "turns"),
    _r(rf"\bdokument(?:ů|y){_W}", "documents"), _r(rf"\bna\s+slovo{_W}", "per word"),
    _r(rf"\bslov(?:a|o)?{_W}", "words"),
    _r(rf"\bznak(?:ů|y)?{_W}", "characters"), _r(rf"\bodpověď{_W}|\bodpovědi{_W}", "answer"),
    _r(rf"\bshrnutí{_W}", "summary"),
    _r(rf"\bna\s+(?:kartu|gpu|čip){_W}", "per gpu"), _r(rf"\bna\s+server{_W}", "per server"),
    _r(rf"\bna\s+(?:node|nod|uzel){_W}", "per node"), _r(rf"\bna\s+rack{_W}", "per rack"),
    _r(rf"\bna\s+repliku{_W}", "per replica"), _r(rf"\bna\s+token{_W}", "per token"),
    _r(rf"\bkaret{_W}|\bkart(?:y|ách|ami|ám|u|a){_W}", "cards"),
    _r(rf"(?<=\d)(\s*)(?:kus(?:ů|y)?){_W}", r"\1x"),
    _r(rf"\bza\s+kus{_W}|\bza\s+jednu{_W}|\bza\s+jeden{_W}", "each"),
    _r(rf"\bkus(?:ů|y)?{_W}", "units"),
    _r(rf"\bserver(?:ů|y|u|ech){_W}", "servers"), _r(rf"\bnod(?:ů|y|u){_W}", "nodes"),
    _r(rf"\brack(?:ů|y|u){_W}", "racks"), _r(rf"\brepli(?:k|ky|ku){_W}", "replicas"),
    _r(rf"\bčip(?:ů|y){_W}", "chips"), _r(rf"\bepoch(?:y|a)?{_W}", "epochs"),
    _r(rf"\brun(?:ů|y){_W}", "runs"),
    _r(rf"(?<=\d[bm])(\s+)aktivních(?:\s+parametrů)?{_W}", r"\1active"),
    # hedges, "each", "only"
    _r(rf"(?:\bcca\.?|\bkolem{_W}|\bzhruba{_W}|\basi{_W}|\bokolo{_W}|\bpřibližně{_W}|\btak(?=\s+\d))\s*(?=[~≈$€£\d])",
       "about "),
    _r(rf"\bprůměrně{_W}|\bv\s+průměru{_W}", "average"), _r(rf"\bkaždý{_W}|\bkaždá{_W}|\bkaždé{_W}", "each"),
    # money, scale, measurements
    _r(r"(?<=\d)(\s*)bil\.?(?=\s|$)", r"\1trillion"),
    _r(rf"(?<=\d)(\s*)(?:bilion(?:ů|y)?){_W}", r"\1trillion"),
    _r(rf"(?<=\d)(\s*)(?:miliard(?:y|a)?){_W}", r"\1billion"),
    _r(rf"(?<=\d)(\s*)(?:milion(?:ů|y)?){_W}", r"\1million"),
    _r(r"(?<=\d)(\s*)mil\.(?=\s)", r"\1million"),
    _r(r"\bza\s+mil\.?\s+(?=input|output|tokens)", "per million "),
    _r(rf"\bkurz(?:u|em)?{_W}", "rate"), _r(rf"\bza\s+dolar{_W}", "per dollar"),
    _r(rf"\bdolar(?:ů|y|u)?{_W}", "dollars"),
    _r(rf"\bslev(?:u|a|y){_W}", "discount"), _r(rf"\bcen(?:a|ě|u|y|ách){_W}", "price"),
    _r(rf"\bstojí{_W}|\bstál(?:a|o)?{_W}", "costs"), _r(rf"\bnáklady{_W}|\bnáklad{_W}", "cost"),
    _r(rf"\bpronájem{_W}|\bpronájmu{_W}|\bpronajmout{_W}", "rent"), _r(rf"\bkoupíme{_W}|\bkoupit{_W}", "buy"),
    _r(rf"\brozpočet{_W}|\brozpočtu{_W}", "budget"),
    _r(rf"\belektřin(?:u|a|y){_W}|\bsilovka{_W}", "electricity"),
    _r(rf"\bpolovina{_W}", "half"), _r(rf"\bvytížení{_W}|\bvyužití{_W}", "utilization"),
    _r(rf"\búčiník{_W}", "power factor"), _r(r"(?<=\d)(\s*)p\.\s?b\.", r"\1 points"),
    _r(rf"(?<=\d)(\s*)procentní(?:ch)?\s+bod(?:ů|y)?{_W}", r"\1 points"),
    _r(rf"(?<=\d)(\s*)[×x]\s+dražší{_W}", r"\1x pricier"), _r(rf"\bdražší{_W}", "pricier"),
    _r(rf"(?<=\d)(\s*)[×x]\s+rychlejší\s+než{_W}", r"\1x faster than"),
    _r(rf"\brychlejší\s+než{_W}", "faster than"),
    # what is asked and done
    _r(rf"\bpotřebujeme{_W}|\bpotřebovat{_W}|\bpotřeba{_W}", "need"), _r(rf"\bstačí{_W}", "enough"),
    _r(rf"\b(?:natrénujeme|natrénovat|trénovat|trénink(?:u)?|pretrain(?:u)?){_W}", "training"),
    _r(rf"\b(?:trval|trvalo|běžel|běželo){_W}", "took"),
    _r(rf"\b(?:poběží|zabere|trvá|bude\s+trvat){_W}", "takes"),
    _r(rf"\brosteme\s+o{_W}|\broste\s+o{_W}", "growing"), _r(rf"\brůst{_W}", "growth"),
    _r(rf"\btvrdí(?:,)?(?:\s+že)?{_W}", "claims"),
    _r(rf"\bje\s+to\s+reálné{_W}|\bmá\s+pravdu{_W}", "is that right"),
    _r(rf"\bvtytáhneme\s+na{_W}|\bvytáhneme\s+na{_W}|\bzvedli\s+na{_W}", "goes to"),
    _r(rf"\bzvedli\s+o{_W}|\bzvedneme\s+o{_W}", "improves by"),
    _r(r"\bpři\s+(?=[~≈$€£\d]|mfu|pue)", "at "), _r(r"\bza\s+(?=[~≈$€£]|\d)", "at "),
    _r(r"\bna\s+(?=[~≈]?\s*\d)", "on "),
    _r(rf"\bna\s+(?=(?:[a-z]{{1,6}}[- ]?\d|h\d|gpu|cards|tpu){_W})", "on "),
    _r(r"\bz\s+(?=[~≈$€£\d])", "from "), _r(r"\bdo\s+(?=[~≈$€£\d])", "under "),
    _r(rf"\bkdyž{_W}|\bpokud{_W}", "if"), _r(rf"\bpro{_W}", "for"), _r(rf"\bnebo{_W}", "or"),
    _r(r"(?<=\s)a(?=\s)", "and"), _r(r"\bse(?=\s+\d)", "with"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


# what only Polish writes: its letters, and words Czech does not have ("ile", "mamy", "dziennie")
_POLISH = rx.compile(r"[ąęłńśźż]|(?<![a-z])(?:ile|mamy|potrzebujemy|dziennie|kartach|zapytań|tokenów|"
                     r"użytkowników)(?![a-z])", re.IGNORECASE)


def said_in_czech(text: str) -> bool:
    """The message shows Czech: a common word with a letter only Czech writes, or two common words, at least
    one not shared with English (and nothing only Polish writes: the two share many words)."""
    return shows_language(_COMMON, _SHARED, text, letters=_LETTERS) and _POLISH.search(text) is None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Czech quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
