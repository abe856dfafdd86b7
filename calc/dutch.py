"""Dutch quantity words in a question ("1.500 gebruikers", "12 vragen per dag", "ongeveer 0,11 €/kWh",
"hoeveel GPU's?", "64 stuks H200"): the period, the counted thing, the hedges and the few verbs the rules
key on, said in English, so that every rule reads them as it reads English (as calc/romance, calc/french and
calc/german do for their languages). Only the words that carry a quantity's meaning are rewritten, never the
numbers; Dutch writes its thousands with dots and its decimals with a comma, which calc/numbers reads once
this module says the message is Dutch. A message is rewritten only when it shows the language (two of its
common words, one not shared with English). Every character keeps its position in the source, so a span is
quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.nordic import NORDIC_ONLY
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Dutch
_COMMON = rx.compile(r"(?<![a-z])(?:gebruikers?|vragen|berichten|antwoorden|woorden|kaarten|kaart|stuks|"
                     r"dagen|maanden|jaar|jaren|weken|uren|hoeveel|ongeveer|gemiddeld|huur|huren|kopen|kost|"
                     r"kosten|kostte|stroom|korting|koers|marge|winst|verlies|genoeg|klopt|duurde|dagelijks|"
                     r"dagelijkse|maandelijkse|wekelijkse|gelijktijdige|leverancier|zegt|onze|ons|wij|we|"
                     r"hebben|willen|draaien|voor|met|van|naar|een|het|de|en|of|op|bij|per|dag|uur|elke|"
                     r"ieder|nu|straks|helft|punten|hoger|scheelt|verdubbelingstijd|groeit|vrachtbrieven|"
                     r"samenvatting|aantal|totaal|gaat|wat|welke|zijn|is|wordt|gaan|"
                     # (round 106: "Wat kost het trainen van een 30B model … bij € 3,60 per chip-uur")
                     r"trainen|hoe|lang|duren|duurt|als|dan|dat|nodig|kunnen|zou|heb|hebt|heeft|tegen|reken|"
                     r"zit|schat|ik|je|er|uitgaande|evenaren|qua|verwerkt|stuk)(?![a-z])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"we", "van", "de", "en", "of", "op", "per", "is", "het", "een", "voor", "met", "wat", "ons",
           "kost", "marge", "uur", "dag", "nu", "bij", "gaat", "gaan", "zijn", "lang", "er", "dan"}

_REWRITES: list[tuple[str, str]] = [
    # whole phrases first (round 106: their words are rewritten one by one below)
    (r"(?<=pue)\s+van\b", ""), (r"\bprocentpunt(?:en)?\s+hoger(?:e)?\b", "points higher"),
    (r"\bverdubbelt\b", "doubles"), (r"\bover\s+(?=\d+\s*(?:jaar|jaren|maanden|weken|dagen)\b)", "in "),
    (r"\bbinnen\s+(?:een|één)\s+(week|maand|dag|jaar)\b", r"within 1 \1"), (r"\bbinnen\b", "within"),
    (r"\been\s+(\d+)-tal\b", r"about \1"), (r"\b(?:keer|maal)\s+zo\s+duur\b", "x as expensive"),
    (r"(?<=\d)(\s*)(?:keer|maal)\b", r"\1x"), (r"(?<=\d)(\s+)tot(?=\s+\d)", r"\1to"),
    (r"\bsneller\s+(?:traint|trains)\b", "faster at training"), (r"\bsneller\b", "faster"),
    (r"(?<=faster)(\s+)dan\b|(?<=faster at training)(\s+)dan\b", r"\1\2than"), (r"\bevenaren\b", "match"),
    (r"\bpiekfactor\b", "peak factor"), (r"(?<=\d[bmk])(\s+)actie(?:f|ve)\b", r"\1active"),
    (r"(?<=\d)(\s*)uit\b", r"\1out"), (r"(?<=\d)(\s*)biljoen\b", r"\1trillion"),
    (r"\bchip-uur\b|\bchip-uren\b", "chip-hour"), (r"\btegen\s+(?=[~≈$€£\d])", "at "),
    (r"\bper\s+woord\b", "per word"), (r"\bwoord\b", "word"),
    (r"\bdocumenten\b", "documents"), (r"\bvan\s+gemiddeld\s+(?=[~≈]?\d)", "of "),
    (r"\b(?:ongeveer\s+|zo'n\s+)?(?:een|één)\s+derde\s+(?=gaat\s+naar)", "33% "),
    (r"\bper\s+winkel\b", "per store"), (r"\bwinkels\b", "stores"),
    (r"\bkunnen\s+we\s+bedienen\b", "can we serve"), (r"\bbedienen\b", "serve"),
    (r"\bhoeveel\s+hebben\s+we\s+er\b", "how many do we need"),
    (r"\bhoe\s+lang\s+(?:gaat|zou)\s+(?:dat|het)\s+duren\b|\bhoe\s+lang\s+duurt\s+(?:dat|het)\b|\bhoe\s+lang\b",
     "how long would it take"),
    (r"\btrainen\b", "training"), (r"\bwat\s+kost\s+(?:het|dat)\b", "how much does it cost"),
    # who is counted
    (r"\bgelijktijdige\s+(?:gebruikers|users)\b", "concurrent users"),
    (r"\bmaandelijkse\s+(?:actieve\s+)?(?:gebruikers|users)\b", "monthly users"),
    (r"\bwekelijkse\s+(?:actieve\s+)?(?:gebruikers|users)\b", "weekly users"),
    (r"\bdagelijkse\s+(?:actieve\s+)?(?:gebruikers|users)\b", "daily active users"),
    (r"\bgebruikers\b", "users"), (r"\bgebruiker\b", "user"), (r"\bmedewerkers\b", "employees"),
    (r"\bactieve\s+(?=users?\b)", "active "),
    # periods
    (r"\bper\s+dag\b|\bdagelijks\b", "per day"),
    (r"\belke\s+dag\b|\biedere\s+dag\b", "every day"),
    (r"\bper\s+maand\b|\bmaandelijks\b", "per month"), (r"\bper\s+jaar\b|\bjaarlijks(?:e)?\b", "per year"),
    (r"\bper\s+uur\b", "per hour"), (r"\bgpu-uur\b|\bgpu-uren\b", "gpu-hour"), (r"(?<=/)\s*dag\b", "day"),
    (r"\bgpu-years\b|\bgpu-jaren\b", "gpu-years"),
    (r"(?<=\d)(\s*)dagen\b", r"\1days"), (r"(?<=\d)(\s*)maanden\b", r"\1months"),
    (r"(?<=\d)(\s*)(?:jaar|jaren)\b", r"\1years"), (r"(?<=\d)(\s*)weken\b", r"\1weeks"),
    (r"(?<=\d)(\s*)uren\b", r"\1hours"), (r"\bdagen\b", "days"), (r"\bnu\b", "now"), (r"\bstraks\b", "later"),
    # what is counted
    (r"\bvragen\b", "questions"), (r"\bverzoeken\b", "requests"), (r"\bberichten\b", "messages"),
    (r"\bantwoorden\b", "answers"), (r"\bwoorden\b", "words"), (r"\btekens\b", "characters"),
    (r"\bgpu'?s\b", "gpus"), (r"\bkaarten\b", "cards"), (r"\bkaart\b", "card"), (r"\bper\s+stuk\b", "each"),
    (r"(?<=\d)(\s*)stuks\b", r"\1x"), (r"\bvrachtbrieven\b", "documents"), (r"\bsamenvatting\b", "summary"),
    (r"\bgesprek\b", "conversation"), (r"\bper\s+(?=(?:gpu|kaart|card|server|node|site|seat|gebruiker|user))",
                                       "per "),
    # hedges, "each"
    (r"\b(?:ongeveer|rond|zo'n|circa)\s+(?=[~≈$€£\d])", "about "), (r"\bgemiddeld\b", "average"),
    (r"\b(?:elke|ieder|iedere)\b", "each"),
    # money, scale, measurements
    (r"(?<=\d)(\s*)miljoen\b", r"\1million"), (r"(?<=\d)(\s*)miljard\b", r"\1billion"),
    (r"\bper\s+miljoen\b", "per million"), (r"\bverkopen\b", "sell"), (r"\bgemeten\b", "measured"),
    (r"\bwe\s+meten\b", "we measure"), (r"\bwe\s+halen\b", "we get"), (r"\btrekt\b", "draws"),
    (r"\benergie\b", "energy"), (r"\bnetwerk\b", "networking"), (r"\bkoeling\b", "cooling"),
    (r"\bgaat\s+naar\b", "goes to"), (r"\bnaar\s+(?=gpu|kaarten|de\s+gpu)", "to "),
    (r"\bbij\s+piek\b|\bin\s+de\s+piek\b", "at peak"), (r"\bpiek\b", "peak"), (r"\bde\s+kost\b", "the cost"),
    (r"\bgehuurd\s+voor\b", "rented at"), (r"\bkrijgen\b", "get"), (r"\bgesprek\s+van\b", "conversation of"),
    # what is asked and done
    (r"\bhoeveel\b", "how many"), (r"\bwat\s+kost(?:te|en)?\b", "how much does it cost"),
    (r"\bkosten\b", "cost"), (r"\bkostte\b", "cost"), (r"\bstroomrekening\b", "electricity bill"),
    (r"\bstroom\b", "electricity"), (r"\bhuur\b|\bhuren\b", "rent"), (r"\bgehuurd\b", "rented"),
    (r"\bkopen\b", "buy"), (r"\bkorting\b", "discount"), (r"\bkoers\b", "rate"),
    (r"\bde\s+helft\b", "half"), (r"\bgenoeg\b", "enough"), (r"\bklopt\s+dat\b", "is that right"),
    (r"\bverdubbelingstijd\b", "doubling time"), (r"\bgroeit\b", "grows"),
    (r"\bpunten\s+hoger\b", "points higher"),
    (r"\bscheelt\b", "saves"), (r"\bduurde\b", "took"), (r"\bzegt\b", "says"), (r"\bleverancier\b", "vendor"),
    (r"\bwinst\s+of\s+verlies\b", "margin"), (r"\bmarge\b", "margin"), (r"\btotaal\b", "total"),
    (r"\bvan\s+(?=\d)", "from "), (r"\bnaar\s+(?=\d)", "to "), (r"\bbij\s+(?=[~≈$€£\d])", "at "),
    (r"\bop\s+(?=(?:[a-z]+[- ]?\d|h\d|gpus?\b|een\b|[~≈]?\d))", "on "), (r"\bmet\b", "with"),
    (r"\bvoor\b", "for"),
    (r"(?<=\s)en(?=\s)", "and"), (r"(?<=\s)of(?=\s)", "or"), (r"\btussen\b", "between"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
# ("… 32 stuks. Now we get the same amount of H100 SXM": English with a Dutch word or two keeps its own "of"
# and "en")
_ENGLISH_SAID = rx.compile(r"\b(?:the|and|how|what|with|many|much|should|would|does|our|this|that|from)\b",
                           re.IGNORECASE)
_SHARED_WORDS = {r"(?<=\s)en(?=\s)", r"(?<=\s)of(?=\s)"}
_COMPILED_IN_ENGLISH = [(p, to) for (p, to) in _COMPILED if p.pattern not in _SHARED_WORDS]


def said_in_dutch(text: str) -> bool:
    """The message shows Dutch: two of its common words, at least one not shared with English (and nothing
    only Swedish, Norwegian or Danish writes: calc/nordic)."""
    return shows_language(_COMMON, _SHARED, text) and NORDIC_ONLY.search(text) is None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Dutch quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED_IN_ENGLISH if len(_ENGLISH_SAID.findall(text)) >= 2 else _COMPILED)
