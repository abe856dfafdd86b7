"""Korean quantity words in a question ("동시접속자 5만 명", "H200 몇 장 필요해요?",
"하루 요청 1,200만 건", "시간당 $1.8"): the period, the counted thing, the hedges and the few verbs the
rules key on, said in English, so that every rule reads them as it reads English (as calc/malay does for
Indonesian and Malay). Korean attaches its particles to the word before them ("장이", "토큰으로"), so the
words are matched without an end. The numbers' scale words ("만", "억", "천", "조") are read by
calc/numbers; won is a currency not converted (calc/readings.foreign_money). A message is rewritten only
when it shows Hangul. Every character keeps its position in the source, so a span is quoted as the user
wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_HANGUL = rx.compile(r"[\uac00-\ud7a3]")

_REWRITES: list[tuple[str, str]] = [
    # said in Korean's order, put in English's: "시간당 $1.8" ($1.8 per hour), "평균의 3배" (3x the average),
    # "랙 4개" (4 racks), "세션당 6턴" (6 turns per session), "H100 1.6만 장" (16,000 H100)
    (r"시간당\s*(\$\s*[\d.,]+k?)", r"\1 per hour"),
    (r"gb당\s*(\$\s*[\d.,]+)", r"\1 per gb"), (r"월\s*구독료\s*(\$\s*[\d.,]+)", r"subscription \1 a month"),
    (r"평균의\s*(\d+(?:\.\d+)?)\s*배", r"\1x the average"), (r"(\d+(?:\.\d+)?)\s*배\s*빠", r"\1x faster"),
    (r"랙\s*(\d+)\s*개", r"\1 racks"), (r"레플리카\s*(\d+)\s*개", r"\1 replicas"),
    (r"레플리카당\s*배치\s*최대\s*(\d+)", r"max batch \1 per replica"),
    (r"(?:1\s*)?건당\s*(?:평균\s*)?(\d+)\s*턴", r"\1 turns per conversation"),
    (r"세션당\s*(\d+)\s*턴", r"\1 turns per session"),
    (r"(\d[\d,.]*\s*[만천억]?)\s*명\s*목표", r"target \1 users"), (r"(\d+)\s*번\s*돌", r"\1 runs "),
    (r"동시\s*(\d[\d,.]*\s*[만천]?)\s*명", r"\1 concurrent users"),
    (r"(?<=[a-z0-9])(\s+)(?=\d[\d,.]*\s*[만천]?\s*장)", " x"),
    (r"백만\s*토큰", " million tokens "), (r"/\s*백만", "/million "), (r"gpu\s*시간", " gpu-hours "),
    (r"장당\s*(?=\$)", " at "), (r"걸렸", " took "), (r"파인\s*튜닝", " fine-tuning "), (r"비용", " cost "),
    (r"얼마", " how much "), (r"같은\s*작업", " the same job "),
    (r"한\s*대", " one server "), (r"한\s*장", " one card "), (r"(?<=\d)\s*초", "s "),
    # who and what is counted, with the counter after the number ("5만 명", "64장", "40만 건", "8턴", "3번")
    (r"동시\s*접속자|동시\s*사용자|동시\s*접속", " concurrent users "), (r"(?<=[\d만억천])\s*명", " users "),
    (r"(?:사용자|이용자|접속자|유저|고객)", " users "),
    (r"(?<=[\d만억천])\s*장", " cards "), (r"장당", " per card "), (r"(?<=[\d만억천])\s*대", " servers "),
    (r"대당|서버당", " per server "), (r"랙\s*(?=\d)", " racks "), (r"랙당", " per rack "),
    (r"랙", " racks "),
    (r"(?<=[\d만억천])\s*(?:건|회|번)(?=\s*(?:[,.?]|$|\s))", " requests "),
    (r"(?<=[\d만억천])\s*턴", " turns "),
    (r"(?<=\d)\s*배", "x "), (r"건당|턴당|요청당", " per request "),
    (r"(?:세션|대화|상담)\s*\d*\s*건당", " per conversation "),
    (r"토큰", " tokens "), (r"요청|질의|질문", " queries "),
    # periods
    (r"하루(?:에)?|일일|매일|일\s*평균", " daily "), (r"시간당", " per hour "), (r"/\s*시간", "/hr"),
    (r"월\s*(?=구독료|요금)", " monthly "), (r"한\s*달|1\s*개월", " a month "),
    (r"(?<=\d)\s*개월", " months "),
    (r"(?<=\d)\s*년", " years "), (r"(?<=\d)\s*일(?![본])", " days "), (r"(?<=\d)\s*시간", " hours "),
    (r"며칠", " how many days "), (r"1년|일\s*년", " a year "),
    # hedges, money, the asked and the done
    (r"약|대략|정도|대충|평균", " about "), (r"몇", " how many "),
    (r"필요(?:해요|합니까|한가요|할까요)?", " need "),
    (r"예산", " budget "), (r"구독료", " subscription fee "), (r"임대|렌탈|빌리면", " rent "),
    (r"구매", " buy "),
    (r"전기\s*(?:요금|료|사용량)", " electricity "), (r"입력", " input "), (r"출력", " output "),
    (r"피크(?:는|가)?", " peak "), (r"학습|훈련", " train "), (r"(?<=\d)\s*달러", " dollars "),
    (r"실험을?\s*(?=\d)", " runs "), (r"(?<=\d)\s*번\s*돌릴", " runs "),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_korean(text: str) -> bool:
    """The message shows Hangul."""
    return _HANGUL.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Korean quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
