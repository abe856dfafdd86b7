"""Italian quantity words in a question ("circa 1.200 utenti al giorno", "25 richieste al giorno", "picco 3x",
"quante GPU servono?", "fra 2 anni"): the period, the counted thing, the hedges and the few verbs the rules
key on, said in English, so that every rule reads them as it reads English (as calc/romance does for Spanish
and Portuguese and calc/french for French). Only the words that carry a quantity's meaning are rewritten,
never the numbers; Italian writes its thousands with dots and its decimals with a comma, which calc/numbers
reads once this module says the message is Italian. A message is rewritten only when it shows the language
(two of its common words, one not shared with English). Every character keeps its position in the source,
so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Italian
_COMMON = rx.compile(r"(?<![a-zàèéìòù])(?:utent[ei]|richiest[ea]|giorno|giorni|mesi|anni|settimane|"
                     r"ore|quante|quanti|quanto|servono|serve|circa|ciascuno|ciascuna|ogni|schede|scheda|"
                     r"noleggio|costo|costa|oggi|fra|tra|entro|picco|risposta|risposte|parole|medici|medico|"
                     r"vogliamo|abbiamo|siamo|nostro|nostra|nostri|della|dello|degli|delle|per|con|sulle|sul|"
                     r"sulla|una|uno|il|lo|gli|le|di|da|che|ci|ne|bastano|basta|metà|l'ora|l'una|al|alla)"
                     r"(?![a-zàèéìòù])", re.IGNORECASE)
# the ones English writes too, or too short to tell alone
_SHARED = {"per", "con", "una", "uno", "il", "lo", "le", "di", "da", "che", "ci", "ne", "al", "ore", "costa",
           "fra", "tra", "serve", "ogni", "sul", "circa", "parole", "quanto", "della", "anni"}

_REWRITES: list[tuple[str, str]] = [
    # the scale
    (r"(?<=\d)(\s*)milioni?\b(?:\s+di\b)?", r"\1million"),
    (r"(?<=\d)(\s*)miliardi?\b(?:\s+di\b)?", r"\1billion"),
    (r"(?<=\d)(\s*)mila\b", r"\1thousand"),
    # who is counted
    (r"\butenti\s+concorrenti\b|\butenti\s+contemporanei\b|\butenti\s+simultanei\b", "concurrent users"),
    (r"\butenti\b", "users"), (r"\butente\b", "user"), (r"\bmedici\b", "doctors"), (r"\bmedico\b", "doctor"),
    (r"\bpazienti\b", "patients"), (r"\bdipendenti\b", "employees"), (r"\bospedali\b", "hospitals"),
    # periods
    (r"\bal\s+giorno\b|\bper\s+giorno\b|\bogni\s+giorno\b", "per day"), (r"\bal\s+mese\b", "per month"),
    (r"\ball['’]anno\b|\bl['’]anno\b(?=\s*[?.,]|$)", "per year"),
    (r"\bl['’]ora\b|\ball['’]ora\b", "per hour"),
    (r"(?<=\d)(\s*)giorni\b", r"\1days"), (r"(?<=\d)(\s*)mesi\b", r"\1months"),
    (r"(?<=\d)(\s*)anni\b", r"\1years"),
    (r"(?<=\d)(\s*)settimane\b", r"\1weeks"), (r"(?<=\d)(\s*)ore\b", r"\1hours"),
    (r"\b(?:fra|tra|entro)\s+(?=\d+\s*(?:days|months|years|weeks)\b)", "in "), (r"\boggi\b", "today"),
    # what is counted
    (r"\brichieste\b", "requests"), (r"\brichiesta\b", "request"), (r"\brisposte\b", "answers"),
    (r"\brisposta\b", "answer"), (r"\bparole\b", "words"), (r"\bschede\b", "cards"), (r"\bscheda\b", "card"),
    (r"\breferti\b", "reports"), (r"\bdomande\b", "questions"), (r"\bl['’]una\b", "each"),
    # hedges, "each"
    (r"\b(?:circa|all['’]incirca|intorno\s+a)\s+(?=[~≈$€£\d])", "about "), (r"\bciascun[oa]\b", "each"),
    (r"\bogni\b", "each"), (r"\bin\s+media\b", "average"),
    # what is asked and done
    (r"\bquant[ei]\b", "how many"), (r"\bquanto\s+costa\b", "how much does it cost"), (r"\bcosto\b", "cost"),
    (r"\bservono\b|\bserviranno\b", "are needed"), (r"\bbastano\b|\bbasta\b", "are enough"),
    (r"\ba\s+noleggio\s+a\b", "rented at"), (r"\bnoleggio\b", "rent"), (r"\bpicco\b", "peak"),
    (r"\bmetà\s+(?=sulle|per|in)", "half "), (r"\bsulle\s+(?=gpu|schede|cards)", "on "),
    (r"\bcambio\b", "rate"), (r"\bprevediamo\s+di\s+arrivare\s+a\b", "expect to reach"),
    (r"\barrivare\s+a\b", "reach"), (r"\bci\s+ha\s+messo\b", "took"), (r"\bci\s+metterebbe\b", "would take"),
    (r"\bsu\s+(?=\d+\s*(?:cards|gpu|schede)|[a-z]+[- ]?\d)", "on "), (r"\bcon\b", "with"),
    (r"\bdi\s+(?=[~≈$€£]?\d)", "of "), (r"(?<=\s)e(?=\s)", "and"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_italian(text: str) -> bool:
    """The message shows Italian: two of its common words, at least one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Italian quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
