"""Nigerian Pidgin in an English question ("Peak na 3x", "prompts na ~600 tokens", "how much e go cost", "we
dey run 6 replicas", "wetin be better"): the copula "na" before a quantity and the few verbs the rules key on,
said in English, so that every rule reads them as it reads English (as calc/malay does for Indonesian and
Malay). A message is rewritten only when it shows Pidgin (two of its common words, one not shared with
English), so an English message stays as it is. Every character keeps its position in the source, so a span
is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Pidgin
_COMMON = rx.compile(r"(?<![a-z])(?:abeg|wahala|dey|wetin|una|abi|sha|oga|naija|na|don|wan|go|e|una|"
                     r"sabi|shey|wey|nawa|chop|pikin|dem|im|ehn|o)(?![a-z])", re.IGNORECASE)
# the ones English shares or that are too short to tell alone
_SHARED = {"na", "don", "go", "e", "o", "im", "dem", "sha", "wan"}

_REWRITES: list[tuple[str, str]] = [
    # the copula before a quantity or a name ("Peak na 3x", "prompts na ~600 tokens", "Model na Llama 3 8B",
    # "MI300X na $15k each")
    (r"(?<=[a-z0-9)])\s+na\s+(?=[~≈$₦]?\s*\d|[a-z]+\s*\d|max\b|about\b|around\b|like\b)", " is "),
    # what is asked ("how much e go cost", "how many L4 we go need", "wetin be better")
    (r"\be\s+go\s+cost\b", "will it cost"), (r"\bwe\s+go\s+need\b", "we need"), (r"\bwetin\b", "what"),
    (r"\bwe\s+dey\b", "we are"), (r"\bdey\s+cost\b", "costs"), (r"\bdey\b", ""), (r"\babeg\b", "please"),
    (r"\be\s+fit\b", "can it"), (r"\bwe\s+fit\b", "we can"), (r"\bwe\s+wan\b", "we want to"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_pidgin(text: str) -> bool:
    """The message shows Nigerian Pidgin: two of its common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Pidgin words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
