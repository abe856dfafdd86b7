"""Tagalog and Taglish quantity words in a question ("5 tanong bawat user per day", "256 na H100", "1.2
milyong tawag kada araw", "Ilang H100 SXM kung Llama 3 70B?", "sa $0.18/kWh"): the period, the counted thing,
the linker between a number and its noun, the hedges and the few verbs the rules key on, said in English, so
that every rule reads them as it reads English (as calc/malay does for Indonesian and Malay). Only the words
that carry a quantity's meaning are rewritten ("milyon", "bilyon" and "libo" as the scale words they are); a
message is rewritten only when it shows the language (two of its common words, one not shared with English),
so an English message stays as it is. Every character keeps its position in the source, so a span is quoted
as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in Tagalog; none of them an English word
_COMMON = rx.compile(r"(?<![a-z])(?:ilang|ilan|ilan|kada|bawat|araw|buwan|taon|namin|natin|kami|tayo|yung|"
                     r"ngayon|magkano|gaano|katagal|kailangan|kung|tapos|mga|nasa|daw|raw|lang|yan|yun|"
                     r"ba|po|ang|ng|sa|na|para|gamit|gamitin|gagamitin|sabi|totoo|mas|mabilis|sagot|tanong|"
                     r"tawag|milyon|milyong|libo|libong|bilyon|bilyong|ilan|kaya|meron|mayroon|bago|"
                     r"matapos|lumalaki|tataas|matitipid|kakailanganin|tapatan|dumami|beses|sulit)(?![a-z])",
                     re.IGNORECASE)
# the ones English shares or that are too short to tell alone
_SHARED = {"na", "sa", "ba", "ang", "ng", "mas", "po", "raw", "bago", "lang", "yan", "kung", "mga", "para"}

_REWRITES: list[tuple[str, str]] = [
    # "at" is Tagalog's "and" between two quantities ("250 tokens prompt at 180 tokens na sagot", "900M input
    # tokens at 60M output tokens", "ilang kWh … at magkano")
    (r"(?<=[a-z0-9%,])\s+at\s+(?=\d[\d.,]*\s*[kmb]?\s*(?:tokens?|input|output|ang)\b|magkano\b|ilang?\b)",
     " and "),
    # a quantity's side said after it ("2k tokens ang input at 300 ang output", "120M tokens ang dataset",
    # "2.5B tokens kada araw ang output")
    (r"\b(\d[\d.,]*\s*[kmb]?(?:\s*tokens?)?)\s+ang\s+(input|output|dataset)\b", r"\2 \1"),
    (r"\b(\d[\d.,]*\s*[kmb]?\s*tokens?\s+kada\s+araw)\s+ang\s+output\b", r"\1 output"),
    # ("kung tataas ng 8 points ang MFU", "sabi ng vendor", "nagdo-double", "i-train", "mag-rent")
    (r"\btataas\s+ng\s+(\d+(?:\.\d+)?)\s*(points?|%)\s+ang\s+mfu\b", r"MFU rises by \1 \2"),
    (r"\bsabi\s+ng\s+([a-z]+)\b", r"the \1 says"), (r"\bnag(?:do|da)-?double\b", "doubles"),
    (r"\bi-(train|fine-?tune|serve|run|host)\b", r"\1"), (r"\bmag-(rent|buy|train|host|serve)\b", r"to \1"),
    (r"\bmay\s+budget\s+(?:kami|kaming|tayo)\s+na\b", "we have a budget of"),
    (r"(\d+(?:\.\d+)?\s*%)\s+(?:nun|noon|niyan|nito|dito)\s+sa\b", r"\1 of it for"),
    (r"\blang\s+(?:meron|mayroon)\s+kami\b", "is all we have"),
    # ("Half lang daw ang pwede sa GPU": half of the budget may go to GPUs)
    (r"\b(half|kalahati)\s+(?:lang\s+)?(?:daw\s+|raw\s+)?(?:ang\s+|yung\s+)?(?:pwede|puwede|pwedeng|mapupunta|"
     r"ilalaan|gagastusin)\s+(?:sa|para\s+sa)\s+(?=gpu|card|accelerator)", "half of it on "),
    # ("Users ng app namin 200k ngayon, target ni management 2 milyon": whose users, whose target, left out)
    (r"\b(users?|dau|mau|wau)\s+ng\s+(?:app|platform|service|system)(?:\s+(?:namin|natin))?\b", r"\1"),
    (r"\s+ni\s+[a-z]+\b", ""), (r"\bpara\s+(?=tapatan\b)", "to "),
    # the scale words ("1.2 milyong tawag", "2 milyon", "300 libong", "2.5 bilyong"), the linker "-ng" dropped
    (r"(?<=\d)(\s*)milyong?\b", r"\1million"), (r"(?<=\d)(\s*)bilyong?\b", r"\1billion"),
    (r"(?<=\d)(\s*)libong?\b", r"\1thousand"),
    # the linker between a number and its noun ("256 na H100", "16 na MI300X", "8 na H100"): left out
    (r"(?<=\d)(\s+)na\s+(?=[a-z])", r"\1"),
    # periods ("kada araw", "bawat araw", "per araw", "3 taon", "18 buwan", "in 18 months")
    (r"\b(?:kada|bawat|per)\s+araw\b|\barawaraw\b|\baraw-araw\b", "per day"),
    (r"\b(?:kada|bawat|per)\s+buwan\b|\bbuwan-buwan\b", "per month"),
    (r"\b(?:kada|bawat|per)\s+taon\b|\btaon-taon\b", "per year"),
    (r"\bsa\s+(\d+(?:\.\d+)?)(\s*)taon\b", r"in \1\2years"),
    (r"\bsa\s+(\d+(?:\.\d+)?)(\s*)buwan\b", r"in \1\2months"),
    (r"(?<=\d)(\s*)araw\b", r"\1days"), (r"(?<=\d)(\s*)buwan\b", r"\1months"),
    (r"(?<=\d)(\s*)taon\b", r"\1years"),
    (r"\bilang\s+araw\b", "how many days"), (r"\bgaano\s+katagal\b", "how long"),
    # who and what is counted ("5 tanong bawat user", "180 tokens na sagot", "tawag", "ahente")
    (r"(?<=\d)(\s*(?:(?:million|thousand|billion)\s+)?)tanong\b", r"\1questions"),
    (r"\btanong\b", "questions"),
    (r"(?<=\d)(\s*(?:(?:million|thousand|billion)\s+)?)tawag\b", r"\1calls"), (r"\btawag\b", "call"),
    (r"\b(\d[\d.,]*\s*(?:[kmb]\s*)?tokens?)\s+na\s+sagot\b", r"\1 answers"), (r"\bsagot\b", "answer"),
    (r"\bahente\b", "agents"), (r"\bempleyado\b", "employees"), (r"\bsangay\b", "branches"),
    (r"\bbawat\b", "each"),
    # hedges ("mga 250 tokens", "halos", "nasa 18%")
    (r"\b(?:mga|halos|humigit-kumulang|tinatayang)\s+(?=[~$₱\d])", "about "),
    (r"\bnasa\s+(?=[~\d])", "about "),
    # "3x daw mas mabilis ang H100": 3x faster; "mas mura": cheaper
    (r"\b(\d+(?:\.\d+)?)\s*x\s+(?:daw\s+|raw\s+)?mas\s+mabilis\b", r"\1x faster"),
    (r"\bmas\s+mabilis\b", "faster"),
    (r"\bmas\s+mura\b", "cheaper"),
    # what is asked and said
    (r"\b(?:ilang|ilan)\b", "how many"), (r"\bmagkano\b", "how much"), (r"\bkailangan\b", "need"),
    (r"\bkakailanganin\b", "will need"),
    (r"\bgamit\b|\bgamitin\b|\bgagamitin\s+namin\b|\bgagamitin\b", "using"),
    (r"\bngayon\b", "today"), (r"\bkung\b", "if"), (r"\btapos\b", "then"), (r"\bpara\s+sa\b", "for"),
    (r"\bsabi\s+ng\b|\bsabi\s+nila\b|\bsabi\b", "says"), (r"\btotoo\s+ba\b", "is it true"),
    (r"\btama\s+ba\b", "is that right"), (r"\bsulit\s+ba\b", "is it worth it"),
    (r"\btapatan\b", "match"), (r"\bmabibili\b", "can we buy"), (r"\bmatitipid\b", "saved"),
    (r"\btataas\s+ng\b|\btataas\b", "rises by"), (r"\blumalaki\s+ng\b", "grows"),
    (r"\bdumami\b", "grow"), (r"\bbeses\b", "times"), (r"\bmeron\b|\bmayroon\b", "have"),
    (r"\bbago\s+matapos\b", "to finish"), (r"\bkasama\s+na\b", "including"),
    (r"\bkuryente\b", "electricity"), (r"\bbayad\b", "cost"), (r"\bupa\b", "rent"),
    (r"\bsa\s+(?=[~$₱])", "at "), (r"\bsa\s+(?=\d|[a-z]+[- ]?\d)", "on "),
    # small words left out or said in English ("ang", "namin", "daw", "yung", "lang", "ng", "kaya", "na")
    (r"\s+(?:namin|natin|daw|raw|kaya|po|yan|yun|nga)\b", ""), (r"\s+ang\b", ""), (r"\byung\b", "the"),
    (r"\blang\b", "only"), (r"\bng\b", "of"), (r"\bkami\b", "we"), (r"\bdapat\b", "should"),
    (r"\bna\s+(?=after\b|by\b)", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_tagalog(text: str) -> bool:
    """The message shows Tagalog: two of its common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Tagalog quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
