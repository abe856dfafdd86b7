"""Slovak quantity words in a question ("150 tis. používateľov denne", "12 otázok denne", "512 kariet H100",
"0,18 $/kWh", "kurz 1 € = 1,09 $", "koľko kariet potrebujeme?", "o 2 roky"): the period, the counted thing,
the hedges and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English (as calc/czech does for Czech, whose words Slovak shares many of and whose reader runs after this
one). Only the words that carry a quantity's meaning are rewritten, never the numbers; Slovak writes its
thousands with spaces ("1 200") and its decimals with a comma ("2,5"), which calc/numbers reads once this
module says the message is Slovak. People often type Slovak without its diacritics ("kolko kariet"): every
word is read with or without them. A message is rewritten only when it shows the language (a word only
Slovak writes among the languages read). Every character keeps its position in the source, so a span is
quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, with_or_without_marks

_PLAIN = {"á": "a", "ä": "a", "č": "c", "ď": "d", "é": "e", "í": "i", "ĺ": "l", "ľ": "l", "ň": "n", "ó": "o",
          "ô": "o", "ŕ": "r", "š": "s", "ť": "t", "ú": "u", "ý": "y", "ž": "z"}


def _d(pattern: str) -> str:
    """The pattern with each letter that has a diacritic read with or without it (calc/script)."""
    return with_or_without_marks(pattern, _PLAIN)


_L = "a-záäčďéíĺľňóôŕšťúýž"
_E = rf"(?![{_L}])"       # a word's end
_N = r"\d[\d\s,.]*"
# words only Slovak writes among the languages read (with or without diacritics)
SLOVAK_WORDS = _SLOVAK = rx.compile(rf"[ľĺŕô]|(?<![{_L}])(?:" + _d(
    r"aby\s+sme|kolko\s+by|koľko\s+by|kariet|používateľov|používateľa|používatelia|požiadaviek|otázok|tokenov|dotazov|"
    r"serverov|mesiacov|rokov|týždenne|súbežných|ktorý|rátame|prúd|žerie|"
    r"ak|keď|ked|teraz|koľkonásobne|tiketov|dokumentov|znakov|"
    r"mesačne|zmestí|rackov|vrátane|súhrn|článkov|predávame|prenajatých|vstupných|oplatí|radšej|"
    r"rýchlejšia|nodov|čipoch|kusoch|experimentov|človeka|ponuka|zbehne|lepšie|sieť|"
    r"výstupných") + rf")(?![{_L}])", re.IGNORECASE)


def _r(pattern: str, to: str) -> tuple[str, str]:
    return _d(pattern), to


_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (their words are rewritten one by one below)
    _r(rf"\bkoľko\s+(?:nás\s+|to\s+)?(?:stojí|vyjde|bude\s+stáť|zaplatíme|to\s+bude\s+stáť|je\s+to){_E}",
       "how much does it cost"),
    _r(rf"\bkoľko\s+dní{_E}", "how many days"),
    _r(rf"\bkoľko\s+(?:gpu-hodín|gpu\s+hodín){_E}", "how many gpu-hours"),
    _r(rf"\bkoľkonásobne{_E}", "by how many times"), _r(rf"\bkoľko{_E}", "how many"),
    _r(rf"\bsúbežných\s+používateľov{_E}|\bpoužívateľov\s+naraz{_E}", "concurrent users"),
    _r(rf"\btýždenne\s+aktívnych\s+používateľov{_E}", "weekly active users"),
    _r(rf"\bdenne\s+sa\s+prihlási\s+(?:asi\s+|zhruba\s+)?tretina\s+z\s+nich{_E}", "DAU/WAU 33%"),
    _r(rf"\bz\s+toho\s+(?=polovica){_E}", ""),
    _r(rf"\bpolovica\s+pôjde\s+na\s+gpu{_E}", "half of it on GPUs"),
    _r(rf"\bna\s+používateľa{_E}|\bna\s+osobu{_E}|\bna\s+hlavu{_E}", "per user"),
    _r(rf"\bkaždý\s+(?:aktívny\s+|používateľ\s+)?(?:pošle|urobí|minie|spraví){_E}", "each user does"),
    _r(rf"\bmfu\s+stúpne\s+o\s+({_N})\s*(?:percentných\s+bodov|p\.\s?b\.|pb){_E}",
       r"MFU improves by \1 points"),
    _r(rf"\bmfu\s+stúpne\s+na{_E}", "MFU goes to"),
    _r(rf"\bzdvojnásobuje\s+každé{_E}|\bsa\s+(?:nám\s+)?zdvojnásobuje\s+každé{_E}", "doubles every"),
    _r(rf"\bk\s+dnešným\s+({_N}){_E}", r"from the current \1"),
    _r(r"(?<=\d)(\s*)bil\.?(?=\s|$)", r"\1trillion"), _r(r"(?<=\d)(\s*)mil\.(?=\s|$)", r"\1million"),
    _r(rf"\bšpičk(?:a|ou|e)\s+(?=x?\d)|\bšpičk(?:a|ou|e){_E}", "peak "),
    _r(r"\bna\s+(?=1\s+mili)", "per "), _r(rf"\bdáva{_E}|\bdávajú{_E}", "gives"),
    _r(rf"\b(?:kc|kč){_E}", "CZK"), _r(rf"\bponuka{_E}", "offers"),
    _r(rf"\boplatí\s+sa{_E}", "is it worth it to"),
    _r(rf"\bradšej{_E}", ""), _r(rf"\bs\s+({_N})\s*rokmi{_E}", r"over \1 years"),
    _r(rf"\bs\s+({_N}\s*%)\s+využitím{_E}", r"at \1 utilization"), _r(rf"\bpočítame\s+s{_E}", "over"),
    _r(r"\b(?:jedna|jeden|jedno)\s+(?=stojí|vyjde)", "one "),
    _r(rf"\bpo\s+({_N})\s+slov{_E}", r"of \1 words each"),
    _r(rf"\bkwh\s+(?:máme|stojí|je)\s+(?:za|po)\s+({_N})\s*(eur|€|usd|\$)", r"\1 \2/kWh"),
    _r(rf"\bpo\s+({_N})\s*ks\s+na\s+pobočku{_E}",
                                                                    r"\1 cards per site"),
    _r(rf"(?<=\d)(\s*)[×x]\s+rýchlejš(?:ia|í|ie){_E}", r"\1x faster"),
    _r(rf"\brýchlejš(?:ia|í|ie){_E}", "faster"),
    _r(rf"({_N})\s*-?\s*násob(?:ok|ku)\s+ceny\s+kariet{_E}", r"\1x the price of the cards"),
    _r(rf"\bserver\s+a\s+sieť\s+počítame\s+ako{_E}", "servers and network at"),
    _r(rf"\bz\s+({_N}\s*(?:tis\.?|mil\.?|mld\.?)?)\s+na\s+(?=\d)", r"from \1 to "),
    _r(rf"\bsa\s+dostaneme\s+na{_E}", "MFU goes to"),
    _r(rf"\bo\s+koľko\s+sa\s+to\s+skráti{_E}", "how many days saved"),
    _r(rf"\bmfu\s+o\s+({_N}\s*%)\s+lepš(?:ie|ia|í){_E}", r"MFU \1 better"),
    _r(rf"\bza\s+minútu{_E}", "per minute"), _r(rf"\bna\s+človeka{_E}", "per user"),
    _r(rf"\bpo\s+({_N})\s+kart(?:ách|ami|y){_E}", r"with \1 cards each"),
    _r(rf"\bmám(?:e)?\s+k\s+dispozícii{_E}", "we have"),
    _r(rf"\bje\s+to\s+reálne{_E}", "is that right"), _r(rf"\btvrdí,?\s+že{_E}|\btvrdí{_E}", "claims"),
    _r(rf"\bv\s+horšom\s+prípade\s+až{_E}", "up to"),
    _r(rf"\bza\s+sekundu{_E}|\bza\s+sek\.?{_E}", "per second"), _r(rf"\bna\s+token{_E}", "per token"),
    _r(rf"\bna\s+pobočku{_E}", "per site"), _r(rf"\bna\s+(?:kartu|gpu){_E}", "per gpu"),
    _r(rf"\bmesačne\s+na\s+používateľa{_E}|\bmesačne\s+na\s+pouzivatela{_E}", "per user per month"),
    _r(rf"\bpo\s+({_N}\s*(?:tis\.?\s*)?)(?=\s*(?:usd|eur|\$|€))", r"at \1"),
    _r(rf"\bo\s+({_N})\s*(rok|roky|rokov|mesiac|mesiace|mesiacov){_E}", r"in \1 \2"),
    _r(rf"\bza\s+({_N})\s*(mesiacov|mesiace|rokov|roky|dní|týždňov){_E}", r"in \1 \2"),
    _r(rf"\bs\s+({_N})\s*rokmi{_E}", r"over \1 years"),
    _r(rf"\bs\s+({_N}\s*%)\s+využitím{_E}", r"at \1 utilization"),
    # who is counted
    _r(rf"\bpoužívate(?:ľov|lia|ľa|ľom|ľoch|ľ){_E}", "users"), _r(rf"\bzamestnan(?:cov|ci){_E}", "employees"),
    _r(rf"\bpobočk(?:ách|ami|y|a){_E}|\bpobočiek{_E}", "sites"),
    # periods
    _r(rf"\bdenne{_E}|\bza\s+deň{_E}|\bna\s+deň{_E}", "per day"),
    _r(rf"\bmesačne{_E}|\bza\s+mesiac{_E}", "per month"),
    _r(rf"\bročne{_E}|\bza\s+rok{_E}", "per year"),
    _r(rf"\bza\s+hodinu{_E}|\bna\s+hodinu{_E}", "per hour"), _r(rf"(?<=/)\s*hod(?:\.|ina)?{_E}", "hr"),
    _r(rf"\bgpu[- ]rok(?:ov|y|u)?{_E}", "gpu-years"),
    _r(rf"\bgpu[- ]hod(?:ín|iny|ina){_E}", "gpu-hours"),
    _r(rf"(?<=\d)(\s*)(?:dní|dňa|dni|deň){_E}", r"\1days"),
    _r(rf"(?<=\d)(\s*)(?:týždňov|týždne|týždeň){_E}", r"\1weeks"),
    _r(rf"(?<=\d)(\s*)(?:mesiacov|mesiace|mesiac){_E}", r"\1months"),
    _r(rf"(?<=\d)(\s*)(?:rokov|roky|rok|roku){_E}", r"\1years"),
    _r(rf"(?<=\d)(\s*)(?:hodín|hodiny){_E}", r"\1hours"),
    _r(r"\bkaždé\s+(?=\d)|\bkaždých\s+(?=\d)", "every "), _r(rf"\bteraz{_E}|\bdnes{_E}", "now"),
    # what is counted
    _r(rf"\bvstupných\s+tokenov{_E}|\btokenov\s+na\s+vstup{_E}", "input tokens"),
    _r(rf"\bvýstupných\s+tokenov{_E}|\btokenov\s+na\s+výstup{_E}", "output tokens"),
    _r(rf"(?<!per )\btoken(?:ov|y|u|och){_E}", "tokens"), _r(rf"\bslov(?:a|o)?{_E}", "words"),
    _r(rf"\bnod(?:ov|y|och){_E}", "nodes"), _r(rf"\bčip(?:ov|y|och){_E}", "chips"),
    _r(rf"(?<=\d)(\s*)kus(?:och|ov|y){_E}", r"\1cards"), _r(rf"\bexperiment(?:ov|y|och){_E}", "runs"),
    _r(rf"\baktívn(?:ych|e|y|ých){_E}", "active"), _r(rf"\bmáme{_E}", "we have"),
    _r(rf"\botázok{_E}|\botázky{_E}|\bdotaz(?:ov|y|och){_E}", "queries"),
    _r(rf"\bpožiadav(?:iek|ky|ka){_E}", "requests"), _r(rf"\bspráv{_E}|\bsprávy{_E}", "messages"),
    _r(rf"\btiket(?:ov|y|och){_E}", "tickets"), _r(rf"\bkonverzáci(?:í|e|ou){_E}", "conversations"),
    _r(rf"\bdokument(?:ov|y){_E}", "documents"), _r(rf"\bznak(?:ov|y){_E}", "characters"),
    _r(rf"\bčlánk(?:ov|y){_E}", "articles"), _r(rf"\bslov{_E}", "words"), _r(rf"\bsúhrn{_E}", "summary"),
    _r(rf"\bkariet{_E}|\bkart(?:y|ách|ami|u|a){_E}", "cards"), _r(rf"(?<=\d)(\s*)ks{_E}", r"\1x"),
    _r(rf"\bserver(?:ov|y|och){_E}", "servers"), _r(rf"\brack(?:ov|y|och){_E}", "racks"),
    _r(rf"\bepoch(?:y|a)?{_E}", "epochs"), _r(rf"\bparametr(?:ov|y){_E}", "parameters"),
    # hedges
    _r(rf"(?:\bcca\.?|\bzhruba{_E}|\basi{_E}|\bokolo{_E}|\bpribližne{_E}|\bpriemerne{_E})\s*(?=[~≈$€£\d])",
       "about "),
    _r(rf"\bpriemerne{_E}|\bv\s+priemere{_E}", "average"),
    _r(rf"\bkaždý{_E}|\bkaždá{_E}|\bkaždé{_E}", "each"),
    _r(rf"\baspoň{_E}", "at least"),
    # money, scale, measurements
    _r(rf"(?<=\d)(\s*)(?:bilión(?:ov|y)?){_E}", r"\1trillion"),
    _r(rf"(?<=\d)(\s*)(?:miliard(?:y|a)?){_E}", r"\1billion"),
    _r(rf"(?<=\d)(\s*)(?:milión(?:ov|y)?|milion(?:ov|y)?){_E}", r"\1million"),
    _r(rf"\bza\s+milión{_E}|\bza\s+milion{_E}", "per million"), _r(rf"\bmilión{_E}|\bmilion{_E}", "million"),
    _r(rf"\bkurz(?:e|u|om)?{_E}", "rate"), _r(rf"\bv\s+eurách{_E}|\bv\s+eurach{_E}", "in EUR"),
    _r(rf"\bzľav(?:u|a|y){_E}", "discount"), _r(rf"\bcen(?:a|e|u|y){_E}", "price"),
    _r(rf"\bstojí{_E}|\bvyjde\s+na{_E}|\bvyjde{_E}", "costs"), _r(rf"\bnáklady{_E}", "cost"),
    _r(rf"\bprenájom{_E}|\bprenajať{_E}|\bprenajatých{_E}", "rent"), _r(rf"\bkúpime{_E}|\bkúpiť{_E}", "buy"),
    _r(rf"\brozpočet{_E}|\bbudget{_E}", "budget"), _r(rf"\bprúd{_E}|\belektrin(?:u|a|y){_E}", "electricity"),
    _r(rf"\bžerie{_E}|\bberie{_E}", "draws"), _r(rf"\bvyužitie{_E}|\bvyťaženie{_E}", "utilization"),
    _r(rf"\búčinník{_E}", "power factor"), _r(rf"(?<=\d)(\s*)[×x]\s+drahšia{_E}", r"\1x pricier"),
    _r(rf"\bdrahš(?:ia|í|ie){_E}", "pricier"), _r(rf"\bpredplatné{_E}", "subscription"),
    _r(rf"\bpredávame{_E}", "we sell"), _r(rf"\bgenerujeme{_E}|\brobíme{_E}", "we do"),
    # what is asked and done
    _r(rf"\bpotrebujeme{_E}|\bpotrebovať{_E}|\bbudeme\s+potrebovať{_E}", "need"),
    _r(rf"\bzmestí{_E}|\bdáme{_E}", "fit"), _r(rf"\bstačí{_E}|\bpokryje{_E}", "enough"),
    _r(rf"\b(?:natrénovali|natrénovať|dotrénovať|trénovať|trénovali|tréning(?:u)?){_E}", "training"),
    _r(rf"\btrvalo{_E}|\btrval{_E}", "took"), _r(rf"\bpotrvá{_E}|\bbude\s+trvať{_E}", "takes"),
    _r(rf"\brastieme\s+o{_E}|\brastie\s+o{_E}", "growing"), _r(rf"\bprejdeme\s+na{_E}", "move to"),
    _r(rf"\bminulý\s+rok{_E}", "last year"), _r(rf"\bzvládne{_E}", "does"),
    _r(r"\bpri\s+(?=[~≈$€£\d]|mfu|pue)", "at "), _r(r"\bza\s+(?=[~≈$€£]|\d)", "at "),
    _r(r"\bna\s+(?=[~≈]?\s*\d)", "on "), _r(r"\bs\s+(?=\d|[a-z]+\d)", "with "),
    _r(rf"\bak{_E}|\bkeď{_E}", "if"), _r(rf"\bpre{_E}", "for"), _r(rf"\balebo{_E}", "or"),
    _r(r"(?<=\s)a(?=\s)", "and"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_slovak(text: str) -> bool:
    """The message shows Slovak: a letter or word only Slovak writes among the languages read."""
    return _SLOVAK.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Slovak quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
