"""Japanese quantity words in a question, in Japanese script ("L40Sだと何枚必要ですか",
"1人1日10回", "同時接続は2万人", "1kWhあたり0.15ドル") or romanised in English ("30 man DAU",
"4 oku tokens per day", "16 dai of DGX H100", "1 nichi ni 80 man requests"): the counters, the period, the
counted thing and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English (as calc/romance does for Spanish and Portuguese). 万 and 億 are scale words calc/numbers reads
itself; the romanised "man" and "oku" are written as them. Every character keeps its position in the source,
so a span is quoted as the user wrote it. Japanese questions are answered in English (calc/text.lang_of):
the answers have no Japanese text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

# kana, which no Chinese text has; or the romanised counters said after a number
_KANA = rx.compile(r"[\u3040-\u30ff]")
_ROMAJI = rx.compile(r"\d\s+(?:man|oku)\s+(?!-|hours?\b|days?\b|months?\b|years?\b|power\b|in\b|on\b|at\b)"
                     r"[a-z]|"
                     r"\b\d+\s+dai\s+of\b|\bnichi\s+ni\b|\bhow many dai\b|\bper dai\b", re.IGNORECASE)

_REWRITES: list[tuple[str, str]] = [
    # romanised: "30 man DAU" (万), "4 oku tokens" (億), "16 dai of DGX H100" (machines counted)
    (r"(?<=\d)\s+man(?=\s+(?!-|hours?\b|days?\b|months?\b|years?\b|power\b|in\b|on\b|at\b)[a-z])", "万"),
    (r"(?<=\d)\s+oku(?=\s+[a-z])", "億"),
    (r"(?<=\d)(\s+)dai\s+of\s+", r"\1x "), (r"\bhow many dai(?:\s+of)?\b", "how many"),
    (r"\bper dai\b", "per server"), (r"(?<=\d)(\s+)dai\b", r"\1servers"),
    (r"\b1\s+nichi\s+ni\b", "per day"), (r"(?<=\d)(\s+)nin\b", r"\1people"),
    # script: the rate's "per" said first ("1kWhあたり0.15ドル", "1枚あたり1200W", "1トークン40ミリ秒以内")
    # ("1人1日10回", "1kWhあたり0.15ドル": the count or price after its "per", said in English order)
    (r"1\s*人\s*1\s*日\s*(\d+(?:\.\d+)?)\s*回", r"\1 queries per person per day"),
    (r"1\s*kwhあたり\s*(\d+(?:\.\d+)?)\s*ドル", r"$\1 per kwh"),
    (r"1\s*kwhあたり", "per kWh "), (r"1\s*枚あたり", "per card "), (r"1\s*台あたり", "per server "),
    (r"1\s*時間あたり", "per hour "), (r"1\s*トークン(?:あたり)?", "per token "),
    (r"1\s*人(?:あたり)?", "per person "), (r"1\s*日(?:あたり)?(?!間)", "per day "),
    (r"1\s*回(?:あたり|の)?", "per request "),
    (r"同時接続(?:数)?(?:は|が)?", "concurrent users "), (r"利用者(?:数)?(?:は|が)?", "users "),
    (r"入力(?:は|が)?", "input "), (r"出力(?:は|が)?", "output "), (r"トークン", " tokens"),
    (r"ミリ秒", " ms"), (r"以内", ""), (r"ドル", " dollars"), (r"円", " yen"),
    (r"(?<=[\d万億])\s*人", " people"), (r"(?<=[\d万億])\s*回", " times"),
    (r"(?<=[\d万億])\s*枚", " cards"),
    (r"(?<=\d)\s*年間?", " years"), (r"(?<=\d)\s*か?月間?", " months"), (r"(?<=\d)\s*日間", " days"),
    (r"何枚", "how many cards"), (r"何台", "how many servers"), (r"何日", "how many days"),
    (r"何\s*(?=mw\b|kw\b|kva\b)", "how many "), (r"いくら", "how much"), (r"必要", " needed "),
    (r"電気代", "electricity cost "), (r"追加学習|学習", " train "), (r"推論", " inference "),
    (r"全体で", "total "), (r"(?<=[a-z0-9%])\s*は\s*", " is "), (r"(?<=[a-z0-9])\s*を\s*", " "),
    (r"(?<=[a-z0-9])\s*だと", " on"),
    (r"(?<=[a-z0-9])\s*で(?!す|し)(?=[\u3040-\u30ff\u4e00-\u9fff])", " on "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_japanese(text: str) -> bool:
    """The message shows Japanese: kana, or a counter romanised after a number ("30 man DAU", "16 dai of")."""
    return _KANA.search(text) is not None or _ROMAJI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Japanese quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
