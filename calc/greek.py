"""Greek words in an English question ("3,5 εκατ. € budget", "2 εκατομμύρια MAU", "400M output tokens ανά
ημέρα", "Πόσες κάρτες?", "περίπου 700 tokens"): the scale words, the period, the counted thing, the hedges and
the asked, said in English, so that every rule reads them as it reads English (as calc/malay does for
Indonesian and Malay). A message is rewritten only when it shows Greek letters. Every character keeps its
position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_GREEK = rx.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")

_REWRITES: list[tuple[str, str]] = [
    # scale words ("3,5 εκατ.", "2 εκατομμύρια", "1,2 δισ.", "500 χιλ.")
    (r"(?<=\d)\s*(?:εκατομμύρι[αο]|εκατ\.?)(?![\u0370-\u03ff])", " million"),
    (r"(?<=\d)\s*(?:δισεκατομμύρι[αο]|δισ\.?)(?![\u0370-\u03ff])", " billion"),
    (r"(?<=\d)\s*(?:χιλιάδες|χιλ\.?)(?![\u0370-\u03ff])", " thousand"),
    # periods ("ανά ημέρα", "την ημέρα", "τον μήνα", "ανά ώρα", "5 ημέρες")
    (r"(?:ανά|την|τη)\s+(?:ημέρα|μέρα)|ημερησίως", "per day"), (r"(?:ανά|τον|το)\s+μήνα", "per month"),
    (r"(?:ανά|τον|το)\s+χρόνο|ετησίως", "per year"), (r"(?:ανά|την)\s+ώρα", "per hour"),
    (r"(?<=\d)(\s*)(?:ημέρες|μέρες)", r"\1days"), (r"(?<=\d)(\s*)μήνες", r"\1months"),
    (r"(?<=\d)(\s*)(?:χρόνια|έτη)", r"\1years"), (r"(?<=\d)(\s*)ώρες", r"\1hours"), (r"\bανά\b", "per"),
    # who and what is counted, the asked, the hedges and the few verbs the rules key on
    (r"χρήστες|χρηστών", "users"), (r"κάρτες|καρτών|κάρτα", "cards"), (r"κόμβοι|κόμβους|nodes", "nodes"),
    (r"πόσ(?:ες|α|οι|ους)(?=\s*[;?]|\s*$)", "how many?"), (r"πόσ(?:ες|α|οι|ους)", "how many"),
    (r"πόσο\s+(?:κοστίζει|κάνει|θα\s+κοστίσει)", "how much does it cost"), (r"πόσο", "how much"),
    (r"περίπου|γύρω\s+στ[ιαο]υ?ς?", "about"), (r"\bκαι\b", "and"), (r"έχουμε", "we have"),
    (r"μετρήσαμε", "we measured"), (r"χρειαζόμαστε", "we need"), (r"νοικιάζουμε|ενοικίαση", "rent"),
    (r"ρεύμα", "electricity"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_greek(text: str) -> bool:
    """The message shows Greek letters."""
    return _GREEK.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Greek quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
