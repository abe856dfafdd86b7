"""Swahili and Sheng quantity words in an English question ("Tunapata ngapi?", "how much kwa mwezi", "L40S
moja inaenda around KSh 1.2m", "Budget yetu ni KSh 30m", "each user anatuma 3 messages daily"): the asked,
the period, the counted thing and the few verbs the rules key on, said in English, so that every rule reads
them as it reads English (as calc/malay does for Indonesian and Malay). A message is rewritten only when it
shows the language (two of its common words, one not shared with English or Pidgin), so an English message
stays as it is. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Swahili or Sheng; none of them an English word
_COMMON = rx.compile(r"(?<![a-z])(?:ngapi|kiasi|gani|tuko|tuna|tunaweza|tunapata|tutahitaji|tunahitaji|"
                     r"itakuwa|itakula|inaenda|inagharimu|yetu|yangu|wetu|kwa|kila|mwezi|siku|mwaka|wiki|"
                     r"watu|wateja|watumiaji|moja|mbili|tatu|nne|tano|elfu|milioni|bei|pesa|stima|umeme|"
                     r"sawa|hapa|hii|hiyo|ama|au|lakini|sasa|ni|na|ya|za|wa|kama|anatuma|wanatuma|"
                     r"tunataka|tunapanga|nataka|budget\s+yetu|hizo|hizi|zote|jumla)(?![a-z])", re.IGNORECASE)
# the ones English (or Pidgin) shares or that are too short to tell alone
_SHARED = {"ni", "na", "ya", "za", "wa", "kama", "au", "ama", "hapa", "sawa", "tuna", "hii"}

_REWRITES: list[tuple[str, str]] = [
    # the asked ("Tunapata ngapi?", "GPUs ngapi", "kiasi gani": how many, how much)
    (r"\b(?:tunapata|tutapata|tunaweza\s+(?:kupata|ku)?\s*(?:buy|nunua|kununua)?)\s+ngapi\b",
     "how many can we get"),
    (r"\bngapi\b", "how many"), (r"\bkiasi\s+gani\b|\bbei\s+gani\b|\bpesa\s+ngapi\b", "how much"),
    (r"\btunaweza\b", "we can"), (r"\btunahitaji\b|\btutahitaji\b", "we need"),
    # periods ("kwa mwezi", "kwa siku", "kila siku", "kwa mwaka")
    (r"\bkwa\s+mwezi\b|\bkila\s+mwezi\b", "per month"), (r"\bkwa\s+siku\b|\bkila\s+siku\b", "per day"),
    (r"\bkwa\s+mwaka\b|\bkila\s+mwaka\b", "per year"), (r"\bkwa\s+saa\b|\bkila\s+saa\b", "per hour"),
    (r"(?<=\d)(\s*)(?:miezi|mwezi)\b", r"\1months"), (r"(?<=\d)(\s*)siku\b", r"\1days"),
    (r"(?<=\d)(\s*)(?:miaka|mwaka)\b", r"\1years"),
    # who and what is counted, and a card's price ("L40S moja inaenda around KSh 1.2m": one L40S goes for)
    (r"\bwatumiaji\b|\bwateja\b|\bwatu\b", "users"),
    (r"\bmoja\s+(?:inaenda|inagharimu|ni)\b", "each goes for"),
    (r"\binaenda\b|\binagharimu\b", "goes for"), (r"\bstima\b|\bumeme\b", "electricity"),
    (r"\bbudget\s+(?:yetu|yangu)\s+ni\b", "our budget is"), (r"\bbudget\s+ya\b", "budget of"),
    (r"\btuko\s+na\b|\btuna\b", "we have"), (r"\bjumla\b", "total"), (r"\bkila\b", "each"),
    (r"\bbei\b", "price"), (r"\banatuma\b|\bwanatuma\b", "sends"), (r"\bitakuwa\b", "will be"),
    (r"\bitakula\b", "will use"), (r"\s+ni\s+(?=[~≈]?\s*\d)", " is "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_swahili(text: str) -> bool:
    """The message shows Swahili or Sheng: two of its common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Swahili quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
