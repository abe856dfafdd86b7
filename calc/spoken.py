"""Numbers said in English words, as a voice assistant transcribes them: "two hundred fifty six
H one hundreds", "point seven utilization", "three point five K per GPU", "forty thousand
dollars each". They are rewritten as digits before the question is read, with text2num's
alpha2digit (a maintained, tested converter), and each character of the result keeps the
position of the one it came from, so a span still quotes the words the user said.

Three things alpha2digit would get wrong here are kept from it: the scale words ("two point five
million" would become "2.5 1000000"; the parser reads "2.5 million" itself), ordinals ("the third
run" is not a number 3) and accelerator names said aloud ("H one hundred", "B two hundred", "MI
three hundred X"), which are joined into the catalog's spelling first."""

from __future__ import annotations

import functools
import re
from typing import Any

from calc import rx
from calc.cn_numeral import chinese_numeral
from calc.script import aligned, opcodes

_UNITS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD = rx.compile(r"(?<![a-z])(?:" + _UNITS + "|" + _TENS + r"|hundred|thousand|point)s?(?![a-z])",
                   re.IGNORECASE)
# "40 percent MFU", "sixty per cent": a percentage said as a word
_PERCENT = rx.compile(r"(?<=\d) ?(?:percent|per cent|pct)\b", re.IGNORECASE)
# "H one hundred", "A one hundred", "B two hundred", "H twenty", "L forty S", "MI three hundred X",
# "GB two hundred", "V one hundred", "H eight hundred": a letter prefix and its number said aloud.
# A and B only as capitals ("a one hundred GPU cluster" is an article), the number one of the
# catalog's names
_NAME_NUMBERS = {"one hundred": "100", "two hundred": "200", "three hundred": "300", "eight hundred": "800",
                 "twenty": "20", "forty": "40", "four": "4", "three twenty five": "325",
                 "three fifty five": "355", "five": "5", "six": "6"}
# a family and its generation said aloud: "Trainium two", "Gaudi threes", "GPT three", "TPU v five p"
_SAID_GENERATION = rx.compile(r"(?<![A-Za-z])(trainium|inferentia|gaudi|gpt|tpu v|tpu)[- ]?"
                              r"(one|two|three|four|five|six)(?:[- ]?([ep])(?![a-z]))?(s?)(?![a-z])",
                              re.IGNORECASE)
_DIGIT_OF = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
# after the conversion: "3.14 times 10 to the 23" (scientific), "40 percent", "10.2 k watts", "192 gigs"
_AFTER = ((rx.compile(r"(\d+(?:\.\d+)?) ?(?:times|x) ?10 to the (?:power of )?(\d+)(?:th)?", re.IGNORECASE),
           r"\1e\2"),
          (rx.compile(r"(?<=\d) ?(?:k|kilo)[ -]?watts?\b", re.IGNORECASE), " kw"),
          (rx.compile(r"(?<=\d) ?(?:m|mega)[ -]watts?\b", re.IGNORECASE), " mw"),
          (rx.compile(r"(?<=\d) ?gigs?\b", re.IGNORECASE), " gb"),
          (rx.compile(r"\bgig\b", re.IGNORECASE), "gb"),
          (rx.compile(r"(?<=\d) ?grand\b", re.IGNORECASE), "k"),
          # "in twenty twenty eight": a year said as two numbers; "three point eight e twenty five": a
          # power of ten said as a letter
          (rx.compile(r"\b(in|by|until|till|for|of|from|to|since|year|through) 20 ([1-4]\d)(?![\d.,%])",
                      re.IGNORECASE), r"\1 20\2"),
          (rx.compile(r"(\d(?:\.\d+)?) e (\d{1,2})(?![\d.,])", re.IGNORECASE), r"\1e\2"))
_SAID_NAME = rx.compile(r"(?<![A-Za-z])((?:[Hh]|A|B|[Vv]|[Ll]|GB|gb|MI|mi|Mi)[- ]?)("
                        + "|".join(sorted(_NAME_NUMBERS, key=len, reverse=True)) +
                        r")(?:[- ]?([XxSsEePp])(?![A-Za-z]))?(s?)(?![A-Za-z])")
# kept from alpha2digit: scale words ("two point five million" would be "2.5 1000000"; the parser
# reads "2.5 million") and ordinals ("the third run" would be "the 3rd run")
_GUARD = rx.compile(r"(?<![a-z])(?:million|billion|trillion|first|second|third|fourth|fifth|sixth|seventh|"
                    r"eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|thousandth)(?![a-z])",
                    re.IGNORECASE)
# "Llama 3 70 b", "fp 8", "int 4" after the conversion: a size and a precision as they are written
_JOIN = rx.compile(r"(?<=\d)( )(?=b\b)|(?<=\bfp)( )(?=(?:4|8|16|32)\b)|(?<=\bint)( )(?=(?:4|8)\b)|"
                   r"(?<=\bbf)( )(?=16\b)", re.IGNORECASE)
_BARE_POINT = rx.compile(r"(?<![\d.])\bpoint (\d+)\b", re.IGNORECASE)
_KEEP = "\ue000"          # a guarded word's place while alpha2digit runs


@functools.cache
def _alpha2digit() -> Any:
    from text_to_num import alpha2digit  # loaded on the first question with a number in words

    return alpha2digit


def _name(m: re.Match[str]) -> str:
    suffix = (m.group(3) or "").upper()
    return m.group(1).strip("- ") + _NAME_NUMBERS[m.group(2).lower()] + suffix + m.group(4)


# the same said in Chinese: "H一百", "B两百", "H二十", "L四十S", "MI三百二十五X", "GB两百 NVL七十二",
# "TPU v五e", "fp八", "bf十六", "int四"; a model's version and size: "llama三七十B" (Llama 3 70B),
# "qwen二点五七十二B", "llama三点一四零五B", "mixtral八乘七B", "一百七十六B"
_CN_NUM = "零〇一二两三四五六七八九十百千"
# (not "A100 40GB八张卡": a size's GB, then a count)
_CN_NAME = rx.compile(r"(?<![a-z])(?<!\d)(h|a|b|v|l|k|gb|mi|nvl|fp|bf|int|rtx\s?|tpu\s?v)"
                      r"([" + _CN_NUM + r"]+)"
                      r"([a-z]?)(?![a-z])", re.IGNORECASE)
_CN_MODEL = rx.compile(r"(?<![a-z])(llama|qwen|gpt|mistral|gemma|deepseek[- ]?v)\s?"
                       r"([" + _CN_NUM + r"](?:点[" + _CN_NUM + r"])?)"
                       r"(?:\s?([" + _CN_NUM + r"]+)\s?(b))?(?![a-z])", re.IGNORECASE)
_CN_SIZE = rx.compile(r"(?<![" + _CN_NUM + r"点])([" + _CN_NUM + r"]+)(?:乘([" + _CN_NUM + r"]+))?"
                      r"\s?(b)(?![a-z])", re.IGNORECASE)


def _cn(run: str) -> str:
    if "点" in run:
        whole, frac = run.split("点", 1)
        return f"{_cn(whole)}.{''.join(str(int(chinese_numeral(c))) for c in frac)}"
    if len(run) > 1 and not re.search(r"[十百千]", run):
        return "".join(str(int(chinese_numeral(c))) for c in run)     # "四零五": digit by digit
    value = chinese_numeral(run)
    return f"{value:g}"


# "十的二十四次方": ten to that power; "每G 十五美元": per GB
_CN_POWER = rx.compile(r"十的([" + _CN_NUM + r"]+)次方")
_PER_G = rx.compile(r"每\s?[Gg](?![A-Za-z])")
# the numbers the catalog's names carry after a letter ("H一百一千张" is H100 and a thousand cards)
_NAME_VALUES = {"4", "5", "6", "8", "16", "20", "32", "40", "72", "100", "200", "300", "325", "355", "800"}


def _cn_name(m: re.Match[str]) -> str:
    run = m.group(2)
    for end in range(len(run), 0, -1):
        value = _cn(run[:end])
        if value in _NAME_VALUES:
            return f"{m.group(1)}{value}{run[end:]}{m.group(3)}"
    return m.group(0)


# "百分之十", "百分之三十五": a percentage said in words
_CN_PERCENT = rx.compile(r"百分之([" + _CN_NUM + r"]+(?:点[" + _CN_NUM + r"]+)?)")


def _cn_names(text: str) -> str:
    if not re.search(r"[" + _CN_NUM + r"]", text):
        return text
    text = _CN_PERCENT.sub(lambda m: _cn(m.group(1)) + "%", text)
    text = _CN_MODEL.sub(lambda m: f"{m.group(1)}{_cn(m.group(2))}" + (
        f" {_cn(m.group(3))}{m.group(4)}" if m.group(3) else ""), text)
    text = _CN_SIZE.sub(lambda m: _cn(m.group(1)) + (f"x{_cn(m.group(2))}" if m.group(2) else "")
                        + m.group(3), text)
    text = _CN_POWER.sub(lambda m: f"10^{_cn(m.group(1))}", text)
    text = _PER_G.sub("每GB", text)
    return _CN_NAME.sub(_cn_name, text)


def spoken(text: str) -> tuple[str, list[int]]:
    """(text with English number words as digits, the position in `text` of each character)."""
    pos = list(range(len(text)))
    if not text.isascii():
        named = _cn_names(text)
        if named != text:
            text, pos = aligned(text, pos, named)
    if not _WORD.search(text):
        if re.search(r"per ?cent|half|third", text, re.IGNORECASE):
            return aligned(text, pos, _halves(_PERCENT.sub("%", text)))
        return text, pos
    named = _SAID_GENERATION.sub(lambda m: m.group(1) + _DIGIT_OF[m.group(2).lower()] + (m.group(3) or "")
                                 + m.group(4), _SAID_NAME.sub(_name, text))
    out, pos = aligned(text, pos, named)
    guarded = _GUARD.findall(out)
    converted = _alpha2digit()(_GUARD.sub(_KEEP, out), "en")
    for word in guarded:
        converted = converted.replace(_KEEP, word, 1)
    converted = _BARE_POINT.sub(r"0.\1", converted)
    if converted != out:
        converted = _JOIN.sub("", converted)
        for rx, rep in _AFTER:
            converted = rx.sub(rep, converted)
    converted = _PERCENT.sub("%", converted)
    # ("800k DAU get one summary each per day": one request of a kind, each one's; alpha2digit keeps "one")
    return aligned(out, pos, _halves(_ONE_EACH.sub("1 ", _keep_native(out, converted))))


# a request of a kind, counted one at a time ("one summary each per day"; calc/vocabulary reads the count)
# (not a chat or a session: "one chat a day averaging 6 turns" counts its turns)
REQUEST_KINDS = (r"summary|summaries|query|question|request|prompt|message|report|draft|image|call|task|"
                 r"check-?in|"
                 # ("one story per child per day", "one update per parent a day")
                 r"reply|answer|article|email|document|ticket|recap|review|story|stories|update|reminder|note|"
                 r"letter|post|notification")
_ONE_EACH = rx.compile(r"(?<![a-z-])one (?=(?:" + REQUEST_KINDS + r")s? (?:each|apiece|per|a|every)\b)",
                       re.IGNORECASE)


def _halves(text: str) -> str:
    """"3 and a half kilowatts", "one and a half times", "half a joule", "an MFU of one third": the
    fractions as numbers."""
    if "third" in text.lower():
        text = _SHARE_THIRD.sub(
            lambda m: m.group(1) + ("66.7%" if m.group(2).lower() == "two thirds" else "33.3%"), text)
    if "half" not in text.lower():
        return text
    text = _AND_A_HALF.sub(lambda m: f"{float(m.group(1) or 1) + 0.5:g}", text)
    return _HALF_A_UNIT.sub("0.5 ", text)


# "an MFU of one third": a share said as a fraction (not "a third of the budget": the parser's)
_SHARE_THIRD = rx.compile(r"(\b(?:mfu|utili[sz]ation|util)\s+(?:of\s+)?(?:about\s+|around\s+|~\s*)?)"
                          r"(one third|a third|two thirds)\b", re.IGNORECASE)


_AND_A_HALF = rx.compile(r"(?:(?<![\d.])\b(\d+)|\bone) and a half\b"
                         r"(?! (?:years?|months?|weeks?|days?|hours?)\b)", re.IGNORECASE)
_HALF_A_UNIT = rx.compile(r"\bhalf an? (?=(?:joules?|seconds?|milliseconds?|kilowatts?|kw|megawatts?|mw|"
                          r"cents?|dollars?|bucks?|terabytes?|tb|gigs?|gb)\b)", re.IGNORECASE)


# a number word proper ("tens of thousands" and "one of them" are the parser's to read)
_SPELLED = rx.compile(r"(?<![a-z])(?:" + _UNITS.replace("one|", "") + "|" + _TENS +
                      r"|one(?=[ -](?:hundred|thousand|point)))(?![a-z])", re.IGNORECASE)


def _keep_native(before: str, after: str) -> str:
    """`after`, except where alpha2digit rewrote words with no digit word among them ("10 thousand",
    "a hundred", "tens of thousands"): the parser reads those itself, and better ("10 1000" would be
    two numbers). Compared word by word."""
    a, b = re.findall(r"\S+|\s+", before), re.findall(r"\S+|\s+", after)
    out: list[str] = []
    for op, i1, i2, j1, j2 in opcodes(a, b):
        said = "".join(a[i1:i2])
        if op == "replace" and not _SPELLED.search(said) and not re.search(r"\d", said):
            out.append(said)
        else:
            out.append("".join(b[j1:j2]))
    return "".join(out)
