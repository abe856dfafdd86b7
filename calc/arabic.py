"""Arabic in a question ("2 مليون daily users", "٣٠٠ ألف users", "12 ريال per GPU-hour", "كم عدد كروت
H100 … على 500 مليار token في 14 يوم؟"): Arabic-Indic digits as ASCII digits, the scale words, the
currencies' words as their codes, and the few words a question's quantities need, said in English, so that
every rule reads them as it reads English (as calc/malay does for Indonesian and Malay). A message is
rewritten only when it shows Arabic letters or digits. Every character keeps its position in the source, so
a span is quoted as the user wrote it."""

from __future__ import annotations

from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_ARABIC = rx.compile(r"[\u0600-\u06ff]")
_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
           "٫": ".", "٬": ","}

_REWRITES: list[tuple[str, str]] = [
    # digits, one for one ("٣٠٠ ألف", "١٢٠٠")
    *((d, a) for d, a in _DIGITS.items()),
    # scale words after a number ("2 مليون", "300 ألف", "500 مليار")
    (r"(?<=[\d\s])مليارات|(?<=[\d\s])مليار", "billion"), (r"(?<=[\d\s])ملايين|(?<=[\d\s])مليون", "million"),
    (r"(?<=[\d\s])آلاف|(?<=[\d\s])ألف|(?<=[\d\s])الف", "thousand"),
    # currencies, as their codes ("12 ريال", "14 درهم", "500 جنيه")
    (r"ريال(?:\s+سعودي)?", "SAR"), (r"درهم(?:\s+إماراتي)?", "AED"), (r"جنيه(?:\s+مصري)?", "EGP"),
    (r"دينار(?:\s+أردني)?", "JOD"), (r"دولار", "USD"),
    # periods and what is counted ("في 14 يوم", "يوميا", "شهريا")
    (r"(?<=\d)(\s*)(?:يوم|أيام|ايام)", r"\1days"), (r"(?<=\d)(\s*)(?:شهر|أشهر|اشهر)", r"\1months"),
    (r"(?<=\d)(\s*)(?:سنة|سنوات)", r"\1years"), (r"يوميا|يومياً|في اليوم", "per day"),
    (r"شهريا|شهرياً", "per month"),
    (r"كروت|بطاقات|كرت", "cards"), (r"مستخدم(?:ين)?", "users"), (r"موديل|نموذج", "model"),
    # the asked and said ("كم عدد كروت H100 اللي نحتاجها لتدريب موديل 13B على … في 14 يوم؟ MFU حوالي 40%")
    (r"كم\s+عدد", "how many"), (r"كم", "how many"), (r"لتدريب|تدريب", "to train"),
    (r"حوالي|تقريبا|تقريباً", "about"),
    (r"(?<=\s)على(?=\s)", "on"), (r"(?<=\s)في(?=\s)", "in"), (r"اللي\s+نحتاجها|نحتاج", "we need"),
]
_COMPILED = [(rx.compile(p), to) for p, to in _REWRITES]


def said_in_arabic(text: str) -> bool:
    """The message shows Arabic letters or Arabic-Indic digits."""
    return _ARABIC.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Arabic quantity words in English and its digits in ASCII, with the position in the "
        "source
    of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
