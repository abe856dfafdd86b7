"""Traditional Chinese read as simplified: readers in Taiwan and Hong Kong write 張, 萬, 億, 電費,
伺服器, and in Cantonese 幾多張卡 ("how many cards"), 係咪 ("is it"), 幾耐 ("how long"). Every word
list of the parser is in simplified characters, so the question is converted before it is read:
OpenCC's Taiwan-to-simplified conversion (characters and Taiwan's own words: 伺服器 -> 服务器,
記憶體 -> 内存), then a short list of Cantonese words. The conversion may change a word's length,
so each character of the result keeps the position of the character it came from: a span of
the converted text still quotes the user's own characters.

`traditional(text)` says whether an answer should be written back in traditional characters."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence
from typing import Any

from calc import rx

# Cantonese, after the character conversion (幾 -> 几, 係 -> 系); only phrases, so 係數
# ("coefficient", 系数 after conversion) stays what it is
_CANTONESE: tuple[tuple[str, str], ...] = (
    (r"系唔系", "是不是"), (r"系咪", "是否"), (r"几多", "多少"),
    (r"几耐", "多久"), (r"几钱", "多少钱"), (r"几大", "多大"), (r"而家", "现在"), (r"点样", "怎样"),
    (r"点解", "为什么"), (r"边个", "哪个"), (r"边款", "哪款"), (r"得唔得", "行不行"), (r"够唔够", "够不够"),
    (r"嘅", "的"), (r"喺", "在"), (r"咗", "了"), (r"唔", "不"), (r"冇", "没有"), (r"咩", "什么"),
    (r"佢", "它"), (r"咁", "那么"), (r"睇", "看"), (r"俾", "给"), (r"揾", "找"),
    # "用戶由 50萬 谷到 800萬": from …, pushed up to
    (r"谷(?=\s*(?:到|上))", "涨"),
    (r"由(?=\s*[\d一二两三四五六七八九十][^，,。？?]{0,12}?涨)", "从"),
    # "MFU 仲高咗 10 個點": still / even more
    (r"仲(?=\s*(?:高|低|多|少|快|慢|要|有|会|可以|能|再|提|降|加|减))", "还"),
    (r"㗎|啩", "吗"),
    # "訓咗 30 日", "要幾多日": days ("11月30日" is a date and stays)
    (r"(?<!月)(?<![\d.一二两三四五六七八九十百千])([\d.一二两三四五六七八九十百千]+)(\s*)日(?![期本元活均内])",
     r"\1\2天"),
    (r"多少日", "多少天"),
    # "$2.5 一個鐘", "幾多個鐘": hours; "張卡大約 1600 美金": the card (each one)
    (r"(?<=[一每两几\d])(\s*)个钟(?:头)?", r"\1小时"),
    (r"(?:(?<=^)|(?<=[，,。；;？?！!])|(?<=[，,。；;？?！!]\s))张卡"
     r"(?=\s*(?:大约|大概|约|要|係|系|是))", "每张卡"),
    # "64 部 DGX H100，每部 US$28萬": machines counted with 部, each one's price
    (r"(?<=[\d一二两三四五六七八九十百千万])(\s*)部"
     r"(?=\s*(?:[dh]gx|服务器|机器?|servers?|nodes?|整机))", r"\1台"),
    # "买 16 部，": the machines the question priced, counted after the verb that buys them
    (r"((?:买|租|订|要|加)\s*[\d一二两三四五六七八九十百千万.,]+)(\s*)部(?=\s*(?:[，,。；;？?！!]|$))",
     r"\1\2台"),
    # ("實測每部機每秒出 1800 個 token", "一部大概 28.5 萬美金")
    (r"(每|一)部(?=\s*(?:机|服务器)?\s*(?:us\$|hk\$|\$|¥|￥|\d|大约|大概|约|要|系|是|售价|价钱|价格|每秒|一秒|实测|吞吐|出|跑))",
     r"\1台"),
    # "每粒鐘 3.5 美金", "一粒鐘": an hour
    (r"(?<=[一每两几半\d])(\s*)粒钟(?:头)?", r"\1小时"),
    # "每粒每個鐘 2.2 美金，租 256 粒": chips counted with 粒
    (r"(?<=[\d一二两三四五六七八九十百千万])(\s*)粒(?![\u4e00-\u9fff]*(?:米|子|药))", r"\1张"),
    (r"每粒(?=\s*(?:每|卡|gpu|\d))", "每张"),
    # "月費 48 蚊", "1.6 萬蚊": Cantonese 蚊 is 元; "3.5 蚊美金" is dollars
    (r"(?<=[\d一二两三四五六七八九十百千万\s])蚊\s*(?=美金|美元)", ""),
    # ("H200 租 3.1 蚊美金一個鐘，H100 就 2.2 蚊": said in dollars once, the next amount is dollars too)
    (r"(?<=美金)([^蚊]{1,60}?[\d.一二两三四五六七八九十])(\s*)蚊(?!\s*(?:人民币|港币|港纸))", r"\1\2美金"),
    (r"(?<=[\d一二两三四五六七八九十百千万\s])蚊", "元"),
    # Taiwan's 兆 is a trillion ("每日一兆 token"); 兆瓦 and 兆赫 stay mega
    (r"(?<=[\d一二两三四五六七八九十百千])(\s*)兆(?![瓦赫字位比])", r"\1万亿"),
)
_CANTONESE_RE = [(rx.compile(p, re.I), s) for p, s in _CANTONESE]
_CJK = rx.compile(r"[\u3400-\u9fff]")
# characters simplified writing keeps although the conversion changes them
_KEEP = frozenset("昇")
# counters and numerals written only in traditional characters
_ONLY_TRADITIONAL = frozenset("張臺億萬塊顆個幾")
# Cantonese particles: the reader is in Hong Kong (Hong Kong's characters in the answer)
_HK = rx.compile(r"[嘅喺咗唔冇咩佢咁㗎睇俾揾]|幾多|係咪|而家|點解")


@functools.cache
def _converter(config: str) -> Any:
    import opencc  # imported on the first Chinese question only: English ones never pay for it

    return opencc.OpenCC(config)


def aligned(a: str, pos: Sequence[int], b: str) -> tuple[str, list[int]]:
    """b (a rewritten) with the position of each of its characters: equal characters keep
    theirs, a replaced word's characters take those of the word they replace."""
    if len(a) == len(b):
        return b, list(pos)
    out: list[int] = []
    for op, i1, i2, j1, j2 in opcodes(a, b):
        if op == "equal":
            out.extend(pos[i1:i2])
        elif op in ("replace", "insert"):
            for k in range(j2 - j1):
                if i2 > i1:
                    # spread over the words replaced: the first character quotes their start, the
                    # last their end ("7.1" quotes all of "seven point one")
                    out.append(pos[i1 + round(k * (i2 - i1 - 1) / max(1, j2 - j1 - 1))])
                else:
                    out.append(pos[i1 - 1] if i1 else (pos[0] if pos else 0))
    return b, out


def opcodes(a: Sequence[Any], b: Sequence[Any]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes turning `a` into `b`, in time that stays small on long hostile messages: what both
    begin and end with is equal as it is, only the middle is matched (difflib's time grows with the square
    of its length), and past 250,000 pairs, as on a 2,000-character run of "one one one …", difflib's
    own heuristic may skip the elements that are everywhere."""
    head, n = 0, min(len(a), len(b))
    while head < n and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < n - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    mid_a, mid_b = a[head:len(a) - tail], b[head:len(b) - tail]
    out = [("equal", 0, head, 0, head)] if head else []
    matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=len(mid_a) * len(mid_b) > 250_000)
    out += [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in matcher.get_opcodes()
            if i1 != i2 or j1 != j2]
    if tail:
        out.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return out


_GROUP_REF = re.compile(r"\\g<(\w+)>|\\(\d+)")


def _expanded(m: re.Match[str], to: str) -> tuple[str, dict[int, int]]:
    """`m` expanded by the template `to`, and for each character copied from one of its groups, the index in
    the matched text it was copied from (so that a number moved by a rewrite, "장당 3만 달러" to "3만 달러
    per card", is still quoted from where the user wrote it)."""
    if "\\" not in to:
        return to, {}
    out: list[str] = []
    kept: dict[int, int] = {}
    last = size = 0
    for ref in _GROUP_REF.finditer(to):
        literal = m.expand(to[last:ref.start()])
        name = ref.group(1) or ref.group(2)
        group = int(name) if name.isdigit() else name
        value = m.group(group) or ""
        size += len(literal)
        kept.update((size + k, m.start(group) + k) for k in range(len(value)))
        size += len(value)
        out += (literal, value)
        last = ref.end()
    out.append(m.expand(to[last:]))
    return "".join(out), kept


def _moved(new: str, kept: dict[int, int], where: Sequence[int], text: str, start: int,
           end: int) -> list[int]:
    """The source positions of a replacement that keeps some of the matched text (its numbers) and says the
    rest in its own words. A kept character keeps its position; the words after a kept run quote the matched
    text after that run (up to the next kept text), the words before the first run the text before it, so that
    "3年で10倍" read as "10x in 3 years" quotes "10倍" and "3年", each number with its own counter. When the
    replacement says nothing before its first number, the words after that number quote the text after it,
    then the text before it too: "毎秒1,000トークン" read as "1,000 tokens per second" quotes all of it,
    "동시접속 상담사 1,200명" read as "1,200 concurrent users" as well, "1日あたり約50万語の英文" read as
    "500,000 words of english per day" too."""
    runs: list[tuple[int, int, int]] = []       # (first index in `new`, its source start, its source end)
    for k in sorted(kept):
        if runs and k == runs[-1][0] + (runs[-1][2] - runs[-1][1]) and kept[k] == runs[-1][2]:
            runs[-1] = (runs[-1][0], runs[-1][1], kept[k] + 1)
        else:
            runs.append((k, kept[k], kept[k] + 1))
    starts = sorted(run[1] for run in runs)
    first = min(kept)
    prefix = list(range(start, min(starts))) if not new[:first].strip() else []
    if len(runs) > 1:
        # (with more than one number kept, the digits before them are none of theirs: "1人1日30" read as
        # "30 per user 1日" quotes "人1日30")
        prefix = [i for i in prefix if not text[i].isdigit()]
    out: list[int] = []
    k = 0
    while k < len(new):
        if k in kept:
            out.append(where[kept[k]])
            k += 1
            continue
        j = k                                   # the words up to the next kept character
        while j < len(new) and j not in kept:
            j += 1
        before = [run for run in runs if run[0] < k]
        if before:
            a = max(before)[2]
            b = min([s for s in starts if s >= a] + [end])
        else:
            a, b = start, min(starts)
        if b <= a:
            a, b = max(start, a - 1), a
        source = list(range(a, b)) or [max(start, min(a, end - 1))]
        joined = 0                              # where the text before the number starts in `source`
        if before and max(before)[0] == first and prefix:
            # (the text after the number first: "1人あたり1日10リクエスト" read as "10 queries per person per
            # day" quotes "リクエスト" with "queries", the words before the number with the rest)
            joined = len(source)
            source, prefix = source + prefix, []
        # (the words' letters spread over that text, first to first and last to last; a space takes the place
        # of the letter before it)
        letters = [i for i in range(k, j) if not new[i].isspace()]
        rank = {i: n for n, i in enumerate(letters)}
        here = source[0]
        for i in range(k, j):
            if i in rank:
                at = round(rank[i] * (len(source) - 1) / max(1, len(letters) - 1))
                if joined and at >= joined:
                    # (the first letter to reach the text before the number quotes its start: "saati $2.69"
                    # read as "$2.69 per hour" quotes "saati", not "aati")
                    at, joined = joined, 0
                here = source[at]
            out.append(where[here])
        k = j
    return out


def with_or_without_marks(pattern: str, plain: dict[str, str]) -> str:
    """`pattern` with each letter of `plain` (a letter with a diacritic -> the letter without it) read with or
    without its mark ("dní" as "dn[ií]"), as Czech, Slovak and Slovenian are typed either way; a character
    class is left as it is."""
    out, depth = [], 0
    for i, c in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if c == "[" and not escaped:
            depth += 1
        elif c == "]" and not escaped and depth:
            depth -= 1
        out.append(f"[{c}{plain[c]}]" if c in plain and not depth else c)
    return "".join(out)


def script_words(words: Sequence[tuple[str, str]], letters: str) -> list[tuple[str, str]]:
    """Rewrite rules for whole words of a script whose vowel signs are no word characters to \\b (Devanagari,
    Perso-Arabic): each word bounded by no letter of `letters` on either side."""
    return [(rf"(?<![{letters}])(?:{word})(?![{letters}])", to) for word, to in words]


def digit_rules(digits: str) -> list[tuple[str, str]]:
    """Rewrite rules for a script's ten digits (zero first), each to its ASCII digit."""
    return [(d, str(i)) for i, d in enumerate(digits)]


# The Latin side of the Indic readers' patterns (calc/marathi, telugu, kannada, gujarati, malayalam, nepali; a
# number also in calc/georgian): what is written in digits and English between a script's words, alike in all.
NUMBER = r"(?<![\d.,])\d(?:[\d.,]*\d)?"        # a number, from its first digit
NUMBER_ALONE = rf"(?<![\w.,]){NUMBER}"          # a number standing alone (not a name's: "B200")
LAKH_SCALE = r"(?:thousand|lakh|crore|million|billion|trillion|[kmbt]\b|cr\b|l\b)"
MONEY_SIGN = r"(?:[$₹€£]\s*)"
HEDGE = r"(?:(?:about|~|≈|on\s+average|at\s+least)\s*)"
GLUED = r"\s*-?\s*"                            # a case ending glued on or set apart
UNIT = (r"(?:\s*(?:tok/s|tokens?/s(?:ec)?|tflop/?s|tflops|pflop/?s|kw|mw|w|j|kwh|gb|tb|ms|%|x|"
        r"kva|/hr|/hour|/gb|/kwh|/month|/mo|hours?|days?|minutes?)(?![a-z]))?")


def amount(money: str = MONEY_SIGN) -> str:
    """An amount as the Indic readers match it: a hedge, a currency, the number, its scale word, its unit."""
    return rf"{HEDGE}?{money}?{NUMBER}(?:\s*{LAKH_SCALE})?{UNIT}"


def single_spaced(out: str, where: Sequence[int]) -> tuple[str, list[int]]:
    """A rewritten text with each run of spaces cut to one, and the source position of each character kept:
    scripts that write no spaces between words (Thai, Khmer, Lao, Burmese) get one around every English word
    a rewrite puts in, so two meet between neighbours."""
    keep = [i for i, ch in enumerate(out) if not (ch == " " and i > 0 and out[i - 1] == " ")]
    return "".join(out[i] for i in keep), [where[i] for i in keep]


def rewrite(text: str, pos: Sequence[int],
            rules: Sequence[tuple[re.Pattern[str], str]]) -> tuple[str, list[int]]:
    """`text` with each rule's pattern replaced by its template (in order), and the position in the
    source of each character: a replacement's characters spread over the words it replaces, its first
    quoting their start and its last their end."""
    out, where = text, list(pos)
    for pat, to in rules:
        if pat.search(out) is None:
            continue
        parts: list[str] = []
        at: list[int] = []
        last = 0
        for m in pat.finditer(out):
            parts.append(out[last:m.start()])
            at.extend(where[last:m.start()])
            new, kept = _expanded(m, to)
            span = where[m.start():m.end()] or [where[m.start() - 1] if m.start() else 0]
            parts.append(new)
            if kept:
                at.extend(_moved(new, kept, where, out, m.start(), m.end()))
            else:
                # (the spaces a replacement is padded with quote nothing: its words spread from the first)
                lead = len(new) - len(new.lstrip())
                body = max(1, len(new.rstrip()) - lead)
                at.extend(span[round(min(max(k - lead, 0), body - 1) * (len(span) - 1) / max(1, body - 1))]
                          for k in range(len(new)))
            last = m.end()
        parts.append(out[last:])
        at.extend(where[last:])
        out, where = "".join(parts), at
    return out, where


def latin_outweighs(words: Sequence[str], cjk: int) -> bool:
    """Whether Latin words outweigh the CJK characters of a message: eight or more words, their letters at
    least six times the characters (English with a few kanji or Chinese words in it: calc/text.lang_of,
    calc/japanese.kanji_words_said)."""
    return len(words) >= 8 and sum(map(len, words)) >= 6 * cjk


# (each language is asked twice per question: its decimal comma, its words)
@functools.lru_cache(maxsize=512)
def _common_words(common: re.Pattern[str], text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in common.finditer(text))


def shows_language(common: re.Pattern[str], shared: set[str], text: str, letters: str = "") -> bool:
    """Whether a message shows one of the languages calc/numbers reads in English (calc/romance, calc/malay,
    calc/french, calc/turkish, calc/german, calc/dutch, calc/italian): one of its `common` words written with
    a letter only that language has among them (`letters`), or two of its common words, at least one not
    `shared` with English."""
    words = _common_words(common, text)
    return (bool(letters) and any(set(w) & set(letters) for w in words)) or \
        (len(words) >= 2 and len(words - shared) >= 1)


def simplified(text: str, pos: Sequence[int] | None = None) -> tuple[str, list[int]]:
    """(text in simplified characters with Cantonese words in Mandarin, the position in `text`'s
    source of each character). Text in simplified characters (or none) comes back as it is:
    Taiwan's words mean other things in mainland text (程序, 文件, 核心 would be rewritten)."""
    source = list(range(len(text))) if pos is None else list(pos)
    if traditional(text) is None:
        return text, source
    # positions in `text` while converting (a kept character is looked up in it), the source's at the end
    s, at = aligned(text, range(len(text)), _converter("tw2sp").convert(text))
    if _KEEP.intersection(text):
        # a name that keeps its character in simplified writing: 昇腾 (Huawei Ascend), not 升腾
        s = "".join(text[i] if text[i] in _KEEP else ch for ch, i in zip(s, at, strict=True))
    for pat, rep in _CANTONESE_RE:
        if pat.search(s):
            s, at = aligned(s, at, pat.sub(rep, s))
    return s, [source[i] for i in at]


def simplify(text: str) -> str:
    return simplified(text)[0]


@functools.lru_cache(maxsize=1024)         # a question's language and its reading both ask it
def traditional(text: str) -> str | None:
    """'hk' or 'tw' when the question is written in traditional characters (two or more
    characters that the conversion changes), else None."""
    cjk = "".join(_CJK.findall(text))
    if len(cjk) < 2:
        return None
    simple = _converter("t2s").convert(cjk)
    changed = [x for x, y in zip(cjk, simple, strict=False) if x != y and x not in _KEEP]
    if not changed or (len(changed) == 1 and not _HK.search(text) and not (
            changed[0] in _ONLY_TRADITIONAL and _converter("s2t").convert(cjk) == cjk)):
        # (one character alone can be a simplified text's own; a Cantonese particle beside it, or a
        # counter simplified writing never uses in a text with no simplified-only character, says
        # the text is traditional: "4 張 4090 跑唔跑得", not "1亿用户需要多少張H100")
        return None
    return "hk" if _HK.search(text) else "tw"


def to_traditional(text: str, variant: str) -> str:
    """An answer written in simplified characters, in the reader's traditional characters
    (character by character: a message keeps its length, so it still fits where it was packed)."""
    if not _CJK.search(text):
        return text
    return str(_converter("s2hk" if variant == "hk" else "s2tw").convert(text))


class Traditional(str):
    """The language 'zh' of a question written in traditional characters: equal to "zh"
    everywhere a language is compared or looked up, and remembering the reader's variant,
    so that the answer's text comes out in the characters the question was written in."""

    variant: str

    def __new__(cls, variant: str) -> Traditional:
        obj = super().__new__(cls, "zh")
        obj.variant = variant
        return obj

    def __reduce__(self) -> tuple[Any, ...]:        # copies and pickles keep the variant
        return (Traditional, (self.variant,))


def localized(text: str, lang: str) -> str:
    """`text` in the reader's characters: as it is, or in traditional ones for a question
    written in them."""
    variant = getattr(lang, "variant", None)
    return to_traditional(text, variant) if variant and text else text


def localized_obj(obj: Any, lang: str) -> Any:
    """Every string inside a message (Slack's blocks and their text), localized."""
    if getattr(lang, "variant", None) is None:
        return obj
    if isinstance(obj, str):
        return localized(obj, lang)
    if isinstance(obj, list):
        return [localized_obj(x, lang) for x in obj]
    if isinstance(obj, tuple):
        return tuple(localized_obj(x, lang) for x in obj)
    if isinstance(obj, dict):
        return {k: localized_obj(v, lang) if k not in ("action_id", "block_id", "value", "url")
                else v for k, v in obj.items()}
    return obj
