"""Sinhala written in its own script, as engineers, bank and telco IT teams and founders in Colombo and Kandy
type it on WhatsApp and Viber with English terms between ("DAU 2 ලක්ෂයක්", "එක්කෙනෙක් දවසකට messages 6ක්", "රු. කෝටි
1.2ක්", "L4 කාඩ් කීයක් ඕනෙද?", "GPU-hour එකට $2.4"): its scale words (දහස/දාහ, ලක්ෂ, මිලියන, කෝටි, බිලියන),
said before the number as often as after it ("ලක්ෂ 12ක්", "2 ලක්ෂයක්"), its number words ("තිස්දාහක්",
"දෙදාහක්"), the endings glued to a number ("6ක්", "16කට", "8කින්", "8යි"), the counted noun said before its
number ("messages 6ක්": six messages) and the basis or period said before an amount ("ticket එකකට messages
8ක්", "පැයට $1.80", "දවසකට tokens බිලියන 1.5ක්") said as English says them, and the words that carry a
quantity's meaning in English, so that every rule reads them as it reads English. Rupees ("රු.", "රුපියල්")
are written "Rs" and read as Sri Lanka's (calc/foreign). A message is rewritten only when it has Sinhala
letters. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import NUMBER as _N
from calc.script import rewrite

_SI = "\u0d80-\u0dff"
_S = rf"(?<![{_SI}])"      # a word's start (Sinhala's vowel signs are no word characters to \b)
_E = rf"(?![{_SI}])"       # a word's end
_W = rf"[{_SI}]*"          # the rest of a word (an ending glued on)
_SCALE = r"(?:thousand|lakh|crore|million|billion|trillion|[kmbt]\b)"
_SIGN = r"(?:[$₹]\s*|rs\s+)"                      # a currency's sign (rupees written "Rs ")
_AMT = rf"{_SIGN}?{_N}(?:\s*{_SCALE})?"        # an amount, its scale and sign
# the endings glued to a number: "6ක්", "16කට", "8කින්", "8යි", "300ට", "3න්", "2කට", "1,500යි"
_END = r"(?:ක්(?:ද)?|කට|කින්(?:ම)?|කටත්|යි|ට|න්|ක|ගේ|ද|ත්|යක්|යකට|යකින්|ම)"
_GLUED = rf"(?:\s*{_END}{_E})?"
# an English noun, or two, said before its number ("messages 6ක්", "concurrent users 500ක්", "GPU 64ක්")
_NOUN = r"(?<![\w.,/-])(?!rs\b)[a-z][a-z/-]*(?<![/-])"
_NOUNS = rf"(?:{_NOUN}\s+)?{_NOUN}"
# words English reads as a setting before its value ("MFU 45%", "PUE 1.6", "batch 32"): never moved after it
_KEYS = (r"(?:months?|days?|years?|hours?|weeks?|times|minutes?|seconds?|thousand|lakh|crore|million|billion|"
         r"every|took|mfu|pue|qps|rps|tps|batch|tp|pp|ep|dp|ttft|tpot|fp8|fp16|bf16|int4|int8|rate|conc|peak|"
         r"utili[sz]ation|the|a|an|and|or|with|of|per|on|in|at|for|to|is|are|about|only|total|now|max|"
         r"version|v|x|dau|mau|wau|ram|vram|hbm|gb|tb|usd|lkr|rs|inr)")
# the things a rate or a price is per ("ticket එකකට", "GPU-hour එකට", "server එකක්")
_PER = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|cards?|gpus?|chips?|units?|nodes?|servers?|racks?|"
        r"tokens?|words?|characters?|chars|letters?|users?|seats?|customers?|members?|tickets?|sessions?|"
        r"conversations?|chats?|calls?|requests?|quer(?:y|ies)|messages?|prompts?|docs?|documents?|"
        r"replicas?|instances?|sites?|branch(?:es)?|stores?|devices?|runs?|months?|days?|gb|tb|kwh|"
        r"(?:input\s+|output\s+)?(?:million|1m|m)(?:\s+tokens?)?|[a-z]*\d[a-z0-9]*(?:\s+(?:sxm\d?|pcie|nvl))?)")
_ONE = r"(?:එකකට|එකට|එකකින්|එකකටම|කෙනෙකුට|කෙනෙක්ට|කෙනෙක්|එක්කෙනෙකුට|එකක්)"

_DIGITS = "෦෧෨෩෪෫෬෭෮෯"

# scale words, with any ending ("ලක්ෂයක්", "කෝටියක්", "බිලියනයක්")
_SCALES = (("දහස|දාහ|දාස", "thousand"), ("ලක්ෂ|ලක්ශ|ලක්|ලැක්", "lakh"), ("කෝටි|කොටි", "crore"),
           ("මිලියන|මිලියං", "million"), ("බිලියන|බිලියං", "billion"), ("ට්රිලියන|ට්‍රිලියන", "trillion"))
_SCALE_WORDS = "|".join(w for w, _ in _SCALES)
# number words, and the forms they take before a scale word ("දෙ-දාහ", "තිස්-දාහ", "පන්-ලක්ෂ")
_UNITS = (("එක", "1"), ("දෙ|දෙක", "2"), ("තුන්|තුන", "3"), ("හාර|හතර", "4"), ("පන්|පහ", "5"), ("හය|හ", "6"),
          ("හත්|හත", "7"), ("අට", "8"), ("නව|නවය", "9"), ("දස|දහය", "10"), ("දොළොස්|දොළහ", "12"),
          ("පහළොස්|පහළොව", "15"), ("විසි|විස්ස", "20"), ("විසිපන්|විසිපහ", "25"), ("තිස්|තිහ", "30"),
          ("හතළිස්|හතළිහ", "40"), ("පනස්|පනහ", "50"), ("හැට", "60"), ("හැත්තෑ", "70"), ("අසූ", "80"),
          ("අනූ", "90"), ("සිය|සියය", "100"))
# number words alone, before what they count ("කාඩ් දෙකක්", "අට දෙනෙක්")
_ALONE = (("දෙකක්|දෙකයි|දෙක", "2"), ("තුනක්|තුනයි|තුන", "3"), ("හතරක්|හතරයි|හතර", "4"),
          ("පහක්|පහයි|පහ", "5"), ("හයක්|හය", "6"), ("හතක්|හත", "7"), ("අටක්|අටයි|අට", "8"),
          ("නවයක්|නවය", "9"), ("දහයක්|දහය", "10"), ("විස්සක්|විස්ස", "20"), ("තිහක්|තිහ", "30"),
          ("පනහක්|පනහ", "50"), ("සියයක්|සියය", "100"))

# time words ("දවස් 9ක්", "මාස 18කින්", "අවුරුදු 3කට", "පැය 720")
_TIME = (("දවස්|දවස|දින", "days"), ("මාස|මාසය|මාසෙ", "months"), ("අවුරුදු|අවුරුද්ද|වසර|වර්ෂ", "years"),
         ("පැය|පැයක්", "hours"), ("සති|සතිය", "weeks"), ("මිනිත්තු|විනාඩි", "minutes"), ("තත්පර", "seconds"))
# the periods a rate is per ("දවසකට", "මාසෙකට", "පැයට", "අවුරුද්දකට", "තත්පරයට")
_PERIODS = (("දවසකට|දවසට|දිනකට|දිනයකට|දිනපතා|දවසකදී|දවසේ|දවසෙ|හැමදාම|හැමදාමත්|දවස\\s+ගානේ|දවසක", "a day"),
            ("මාසෙකට|මාසයකට|මාසෙට|මාසයට|මසකට|මාසිකව|මාසෙක|හැම\\s+මාසෙම", "a month"),
            ("පැයට|පැයකට|පැයක", "per hour"),
            ("අවුරුද්දකට|වසරකට|අවුරුද්දට|වාර්ෂිකව|අවුරුද්දක", "a year"),
            ("සතියකට|සතියට", "a week"), ("තත්පරයට|තත්පරයකට", "per second"), ("විනාඩියකට|මිනිත්තුවකට", "per minute"))
_PERIOD = "|".join(w for w, _ in _PERIODS)

# Sinhala words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("කීයක්ද|කීයද|කීයක්|කීය|කොච්චරද|කොච්චර|කොපමණද|කොපමණ|කීදෙනෙක්", "how many"),
    ("කොච්චර\\s+කල්|කොපමණ\\s+කාලයක්", "how long"),
    ("ඕනෙද|ඕනේද|ඕනෙ|ඕනේ|ඕන|අවශ්‍යද|අවශ්යද|අවශ්‍ය|අවශ්ය|යයිද|යනවද|ඇතිද|ඇති", "needed"),
    ("මොකක්ද|මොනවද|කුමක්ද", "which"), ("හරිද|ඇත්තද|නිවැරදිද", "is that right"),
    ("කියන්න|කියපන්|කියලා\\s+දෙන්න", "tell"), ("පුළුවන්ද|පුලුවන්ද|පුළුවන්|පුලුවන්", "can"),
    # periods and when
    ("දවස්|දවස|දින", "days"), ("මාස|මාසය|මාසෙ", "months"), ("අවුරුදු|අවුරුද්ද|වසර", "years"),
    ("පැය", "hours"), ("සති|සතිය", "weeks"), ("තත්පර", "seconds"),
    ("දැනට|දැන්|අද", "now"), ("කලින්|ඉස්සර|එදා", "before"), ("පස්සේ|පසු", "later"),
    # who and what is counted
    ("හැම|සෑම", "each"), ("මුළු|මුලු|ඔක්කොම|සම්පූර්ණ", "total"), ("කාඩ්පත්|කාඩ්", "cards"),
    ("පරිශීලකයන්|පරිශීලකයෝ|යූසර්ස්|යූසර්ලා", "users"), ("ගනුදෙනුකරුවන්|පාරිභෝගිකයන්", "customers"),
    ("ප්‍රශ්න|ප්රශ්න", "questions"), ("වචන", "words"), ("අකුරු", "characters"), ("ටෝකන්", "tokens"),
    ("සර්වර්", "servers"), ("ප්‍රතිශතය|ප්රතිශතය|සියයට", "%"),
    ("මෙගාවොට්", "MW"), ("කිලෝවොට්", "kW"), ("වොට්", "W"),
    # hedges and the done
    ("විතර|වගේ|පමණ|පමණක්|කිට්ටුව|ආසන්න|ආසන්නව|ලඟ\\s+ලඟ", ""), ("විතරක්|විතරයි|පමණයි", "only"),
    ("සාමාන්‍යයෙන්|සාමාන්යයෙන්|සාමාන්‍ය|සාමාන්ය|ඇවරේජ්", "on average"),
    ("අවම|අඩුම\\s+ගානේ", "at least"), ("උපරිම|වැඩිම", "up to"),
    ("භාගයක්|බාගයක්|බාගය|භාගය|අඩක්", "half"), ("දෙගුණයක්|දෙගුණ|ඩබල්", "double"),
    ("ට\\s+වඩා\\s+වැඩි|වඩා\\s+වැඩි", "more than"), ("ට\\s+අඩු|ට\\s+වඩා\\s+අඩු|වඩා\\s+අඩු", "less than"),
    ("වැඩි|වැඩියි", "more"), ("අඩු|අඩුයි", "less"), ("වේගවත්|ෆාස්ට්", "faster"),
    ("ලාභද|ලාභයි|ලාභ|ලාබ", "cheaper"), ("ගණන්\\s+වැඩි|මිල\\s+වැඩි", "pricier"),
    ("එක්ක|සමඟ|සමග|සහිතව", "with"), ("සහ|හා|සහා", "and"), ("හෝ|නැත්නම්", "or"), ("ද", "or"),
    ("ගත්තොත්|නම්|වුණොත්|කරොත්|දැම්මොත්|ආවොත්", "if"),
    ("අපිට|අපට|මට", "we"), ("අපේ|මගේ|අපගේ", "our"), ("තියෙනවා|තියෙන|තියනවා|ඇත", "have"),
    ("සමාන|සමානයි", "equivalent"), ("එකවර|එකපාර|එකම\\s+වෙලාවේ|concurrently", "concurrent"),
    ("කුලිය|කුලී|රෙන්ට්", "rent"), ("මිල|ගාණ|ගණන|ගාන|ගණන්", "price"),
    ("වියදම|වියදම්|ගාස්තුව|කොස්ට්", "cost"), ("බිල|බිල්පත", "bill"), ("විදුලිය|විදුලි|කරන්ට්", "electricity"),
    ("ඒකකය|ඒකක|යුනිට්", "unit"), ("අයවැය|බජට්", "budget"), ("ආදායම", "revenue"), ("ලාභය", "profit"),
    ("ඉතුරු|ඉතිරි", "saved"), ("රුපියල්|රුපියලේ|රුපියල", "rupees"), ("ඩොලර්|ඩොලරේ|ඩොලරය", "dollars"),
    ("ඇදලා\\s+ගන්නවා|අදිනවා|ඇදගන්නවා", "draws"), ("මිලදී\\s+ගන්න|ගන්නවා|මිලදී", "buy"), ("ගන්න", ""),
    ("කියනවා|කිව්වා|කියන", "claims"), ("කියලා", ""), ("සැරයක්|සැරේ|වතාවක්|වතාවට|පාරක්", "times"),
]

# the digits, and the joiners a keyboard puts inside a conjunct, made plain before the words are read
_MARKS: list[tuple[str, str]] = [*[(d, str(i)) for i, d in enumerate(_DIGITS)], ("[\u200c\u200d]", "")]


def _plain(pattern: str) -> str:
    """A pattern as it is matched (its joiners made plain first, as the text's are)."""
    return pattern.replace("\u200d", "").replace("\u200c", "")


# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "TPU v5p", "RTX 4090", "V100 SXM2")
_NAME = (r"(?<![\w.,-])(?!\d+(?:\.\d+)?[bmkt]\b)(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct)\s*)?"
         r"[a-z]*\d[a-z0-9]*(?:\.[a-z0-9]+)*"
         r"(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb|v\d[a-z]?\b))*")
# English nouns counted even with no ending on their number ("tokens 6k විතර", "summary එක words 150")
_COUNT_NOUN = (r"(?:tokens?|words?|characters?|chars|messages?|queries|requests?|calls?|streams?|tickets?|"
               r"docs?|documents?|sessions?|users?|seats?|sms|chats?|turns?|sites?|racks?|servers?|nodes?)")
# the words that name a text's role, said before what it counts ("summary එක words 150": 150 words)
_ROLE = r"(?:summary|summaries|prompt|reply|answer|response|input|output|context|contract|doc|document)"
# what an amount counts, said after it ("3,000 output tokens", "2,800 output tokens/s", "8 times")
_WHAT = r"(?:\s*(?:(?:input|output|prompt)\s+)?[a-z][a-z/%]*)?"
_RANGE = rf"{_N}(?:\s*-\s*{_N})?"

_REWRITES: list[tuple[str, str]] = [
    # ("රුපියල් ලක්ෂ කීයද", "රුපියල් කෝටි වලින්": the answer asked in lakh or crore of rupees)
    *[(rf"{_S}(?:(?:රුපියල්|රුපියල|රු\.?)\s+)?(?:{word}){_W}\s+(?:කීයක්ද|කීයද|කීයක්|කීය|වලින්|වලින්ද){_E}",
       f"how much in {to} rupees") for word, to in _SCALES if to in ("lakh", "crore", "million")],
    # number words with a scale glued on ("තිස්දාහක්" 30 thousand, "දෙදාහක්", "පන්ලක්ෂයක්")
    *[(rf"{_S}(?:{word})\s*(?=(?:{_SCALE_WORDS}))", f"{digit} ") for word, digit in _UNITS],
    *[(rf"{_S}(?:{word}){_E}(?=\s+(?:{_SCALE_WORDS}|[a-z]))", digit) for word, digit in _ALONE],
    # scale words after a number ("2 ලක්ෂයක්", "15 දාහක්"), then before it ("ලක්ෂ 12ක්", "බිලියන 300ක්"); the
    # ending left for the rules below
    *[(rf"(?<=\d)\s*(?:{word})(?:ය(?=ක|ට))?", f" {to}") for word, to in _SCALES],
    *[(rf"{_S}(?:{word})(?:ය(?=ක|ට))?\s+({_N})(?!\s*(?:thousand|lakh|crore|million|billion))", rf"\1 {to}")
      for word, to in _SCALES],
    *[(rf"{_S}(?:{word}){_W}", to) for word, to in _SCALES],
    # rupees and dollars said in words or signs ("රු. 52", "රුපියල් 1,500", "රු.300", "ඩොලර් 5,000")
    (rf"{_S}(?:රු|රුපියල්|රුපියල)\s*\.?\s*(?=\d)", "Rs "),
    (rf"{_S}(?:ඩොලර්|ඩොලරේ)\s*(?=\d)", "$"),
    # the rate said as "a dollar at ₹300" ("ඩොලරේ රු. 300ට", "ඩොලර් 1ට රු. 302")
    (rf"{_S}(?:ඩොලරේ|ඩොලරය|ඩොලරයක්|ඩොලර්\s+එකක්|ඩොලර්\s+එකට|ඩොලර්\s+එකකට)\s+(rs\s+{_N})(?:\s*ට)?{_E}",
     r"$1 = \1"),
    (rf"\$\s*1\s*(?:ට|කට){_E}\s+(rs\s+{_N})", r"$1 = \1"),
    # ("the X": the definite "එක" said after a word, said nothing)
    (rf"(?<=[a-z0-9)])\s+(?:එකේ|එකේදී|එකේදි|එකෙ){_E}", " in"),
    (rf"(?<=[a-z0-9)])\s+(?:එකෙන්|එකෙනුත්){_E}", " from"),
    (rf"(?<=[a-z0-9)])\s+(?:එක|එකත්){_E}", ""),
    (rf"{_S}(?:වලදී|වලදි){_E}", ""),
    # ("2023 ගණන් වලින්": at a year's prices)
    (rf"(?<![\w.,])((?:19|20)\d\d)\s+(?:ගණන්|මිල|මිල\s+ගණන්)\s+(?:වලින්|අනුව){_E}", r"at \1 prices"),
    # ("tokens 18k/s": a rate, its noun first)
    (rf"\b(tokens?)\s+({_N}\s*{_SCALE}?)\s*/\s*(s|sec)\b", r"\2 \1/\3"),
    # ("L40S ද MI300X ද": or)
    (rf"(?<=[a-z0-9])\s+ද\s+(?=[a-z0-9][^\s]*(?:\s+[a-z0-9][^\s]*)*?\s+ද{_E})", " or "),
    # ("8 සැරයක්": times)
    (rf"({_N})\s*(?:සැරයක්|සැරේ|වතාවක්|පාරක්|වාරයක්){_E}", r"\1 times"),
    # a time said before its count ("මාස 6කට සැරයක්" every, "මාස 18කින්" in, "අවුරුදු 3කට" for, "දවස් 9ක් ගියා")
    (rf"{_S}(?:මාස|මාසය|මාසෙ){_E}\s*({_N}|කීය|කීයක)\s*කට\s+(?:සැරයක්|සැරේ|වතාවක්|පාරක්|times){_E}",
     r"every \1 months"),
    (rf"{_S}(?:අවුරුදු|වසර){_E}\s*({_N})\s*කට\s+(?:සැරයක්|සැරේ|වතාවක්|පාරක්|times){_E}", r"every \1 years"),
    (rf"{_S}(?:මාස|මාසය){_E}\s*({_N})\s*(?:කින්|න්|ක්\s+ඇතුළත|ක්\s+ඇතුලත|කින්\s+පස්සේ|කට\s+පස්සේ){_E}",
     r"in \1 months"),
    (rf"{_S}(?:අවුරුදු|වසර){_E}\s*({_N})\s*(?:කින්|න්|ක්\s+ඇතුළත|කින්\s+පස්සේ|කට\s+පස්සේ){_E}", r"in \1 years"),
    (rf"{_S}(?:අවුරුදු|වසර){_E}\s*({_N})\s*(?:කට|ක්){_E}", r"for \1 years"),
    (rf"{_S}(?:මාස|මාසය){_E}\s*({_N})\s*(?:කට|ක්){_E}", r"for \1 months"),
    (rf"{_S}(?:දවස්|දින){_E}\s*({_N})\s*(?:ක්|ක)?\s+(?:ගියා|ගත්තා|ගියේ|ගිය|ගත\s+වුණා|යනවා|ගන්නවා){_E}",
     r"took \1 days"),
    (rf"{_S}(?:දවස්|දින){_E}\s*({_N})\s*(?:කින්|න්){_E}", r"in \1 days"),
    *[(rf"{_S}(?:{word}){_E}\s*({_N})(?:{_GLUED})", rf"\1 {to}") for word, to in _TIME],
    (rf"{_S}(?:දවස්|දින){_E}\s+(?:කීයක්ද|කීයද|කීයක්|කීය)", "how many days"),
    (rf"{_S}(?:මාස){_E}\s+(?:කීයක්ද|කීයද|කීයක්|කීයකට|කීය)", "how many months"),
    # ("H100 SXM 1,000කට සමාන": as much as; "H100 ට වඩා 2.5x fast": faster than)
    (rf"({_NAME})\s+({_N})\s*කට\s+සමාන{_W}", r"equivalent to \2 \1"),
    (rf"({_NAME})\s*ට\s+වඩා\s+({_N}\s*x)\s+(?:fast(?:er)?|වේගවත්{_W}|වේගයි)", r"\2 faster than \1"),
    # the counted noun said before its number, the number marked by its ending ("messages 6ක්", "කාඩ් 16කට",
    # "concurrent users 500ක්", "H100 SXM GPU 64ක්", "tokens බිලියන 300ක්"): the number first, as English says it
    (rf"{_S}(?:කාඩ්පත්|කාඩ්)(?=\s)", "cards"),
    (rf"(?<![\w.])({_NAME}\s+)?(?!{_KEYS}\b)({_NOUNS})\s+(?:දැන්\s+|දැනට\s+)?({_RANGE}(?:\s*{_SCALE})?)"
     rf"(?=\s*(?:{_END}){_E})", r"\3 \1\2"),
    (rf"(?<![\w.])({_NAME}\s+)?((?:(?!{_KEYS}\b|{_ROLE}\b)[a-z]+\s+)?{_COUNT_NOUN})\s+(?:දැන්\s+|දැනට\s+)?({_RANGE}(?:\s*{_SCALE})?)"
     r"(?![\w%/-]|[.,]\d)", r"\3 \1\2"),
    # ("අවුරුද්දකට 120% වැඩි": a growth of a year)
    *[(rf"{_S}(?:{w}){_E}\s+({_N}\s*%)(?:\s*ක්)?(?:\s+(?:විතර|වගේ|පමණ))?\s+(?:වැඩි|වර්ධනය|ඉහළ){_W}",
       rf"grows \1 {to}")
      for w, to in _PERIODS],
    # ("tickets දවසකට 15k": a count of a day, its noun first)
    *[(rf"(?<![\w.])(?!{_KEYS}\b)({_NOUNS})\s+(?:{w}){_E}\s+({_N}(?:\s*{_SCALE})?)(?={_GLUED}(?![\w%]))",
       rf"\2 \1 {to}") for w, to in _PERIODS],
    # ("4 characters කට 1 token": so many per so many; "1k tokens එකකට", "1,000 requests කට cost": per so
    # many)
    (rf"({_N}\s*[a-z]+)\s*කට\s+({_N}\s*[a-z]+)", r"\2 per \1"),
    (rf"({_N}\s*{_SCALE}?\s*(?:tokens?|requests?|queries|calls?|chats?|messages?))\s*(?:එකකට|කට){_E}",
     r"per \1"),
    # ("input million එකට $0.20": a price per million tokens)
    (rf"\b(input|output)\s+(?:million|1m|m)\s+(?:{_ONE}){_E}\s+({_AMT})", r"\2 per million \1 tokens"),
    # ("ඒකකයකට රු. 52": per unit of electricity)
    (rf"{_S}(?:ඒකකයකට|ඒකකයට|ඒකකය|ඒකකයක්|යුනිට්\s+එකකට|යුනිට්\s+එකට){_E}\s+({_AMT})", r"\1 per kWh"),
    # ("ticket එකකට 8 messages", "GPU-hour එකට $2.4", "node එකකට 8 GPUs": so many per one)
    # (its "ක් බැගින්", each, taken with it: the span quotes the whole "site එකකට L4 කාඩ් 2ක් බැගින්")
    (rf"(?<![\w.])((?:\d+-?(?:gpu|card)\s+)?{_PER})\s+(?:{_ONE}){_E}\s+((?:{_PERIOD}){_E}\s+)?((?:[a-z]+\s+){{0,2}}{_AMT}(?:\s+{_NAME})?{_WHAT})"
     rf"(?:(?:ක්|යි)?\s+බැගින්{_E})?",
     r"\3 \2per \1"),
    (rf"{_S}(?:එක්කෙනෙක්|එක්කෙනෙකුට|කෙනෙක්|කෙනෙකුට|කෙනෙක්ට){_E}\s+((?:{_PERIOD}){_E}\s+)?"
     rf"((?:[a-z]+\s+)?{_AMT}{_WHAT})", r"\2 \1per user"),
    (rf"{_S}((?:{_PERIOD}){_E}\s+)(?:එක්කෙනෙක්|එක්කෙනෙකුට|කෙනෙක්|කෙනෙකුට|කෙනෙක්ට){_E}\s+"
     rf"((?:[a-z]+\s+)?{_AMT}{_WHAT})", r"\2 \1per user"),
    (r"(\busers?)\s+(?:කෙනෙක්|කෙනෙකුට)(?![\u0d80-\u0dff])", r"\1"),
    (rf"{_S}එකක්{_E}\s+({_SIGN}{_N}(?:\s*{_SCALE})?)", r"\1 each"),
    (rf"\b(gpus?|cards?|servers?|nodes?|chips?|racks?)\s+එකක්{_E}", r"1 \1"),
    # a period said before its amount ("පැයට $1.80", "දවසකට 1.5 billion tokens", "මාසෙකට ₹1,500")
    *[(rf"{_S}(?:{w}){_E}\s+((?:[a-z]+\s+){{0,2}}{_AMT}{_WHAT})", rf"\1 {to}") for w, to in _PERIODS],
    *[(rf"{_S}(?:{w}){_E}", to) for w, to in _PERIODS],
    # ("මිලියන 2ක් වෙයි": grows to)
    (rf"(?<![\w.,])({_N}(?:\s*{_SCALE})?)\s*(?:ක්|යක්)?\s+(?:වෙයි|වේවි|වෙනවා|වෙන්න|දක්වා\s+යයි){_E}",
     r"grow to \1"),
    # ("MFU එකත් 20%කින් improve": MFU improved by)
    (rf"\b(mfu)\s+(?:එකත්|එක|ත්)?\s*({_N}\s*%)\s*(?:කින්|න්)?\s+(?:improve|වැඩි){_W}", r"\1 improves by \2"),
    # ("TPOT 40ms ට අඩු": under)
    (rf"({_N}\s*(?:ms|s|sec|seconds?))\s*ට\s+(?:අඩු|අඩුවෙන්){_W}", r"under \1"),
    (rf"(?<=[a-z0-9])\s*ට\s+වඩා{_E}", " than"), (rf"{_S}ඒකට\s+වඩා{_E}", "than that"),
    # ("2 බැගින්": each)
    (rf"(?<=[a-z0-9])\s+බැගින්{_E}", " each"),
    # ("GPU වලට": on)
    (rf"(?<![\w.])([a-z][\w-]*)\s+(?:වලට|වලටම){_E}", r"on \1"),
    # the endings glued to a number or an English word ("6ක්", "16කට", "8කින්", "48%ට", "L4 වල")
    (rf"(?<=[\d%a-z])\s*(?:කට|ට){_E}", " "),
    (rf"(?<=[\d%a-z)])\s*(?:කින්|න්|කින්ම){_E}", " "),
    (rf"(?<=[\d%a-z)])\s*(?:ක්|යි|ක්ද|ද|ක|ත්|ම|යක්){_E}", ""),
    (rf"{_S}(?:වලට|වලින්|වල|වලදී|වලදි){_E}", ""),
    (rf"{_S}(?:එකකට|එකට|එකක්|එකකින්|එකක|එක|එකේ|එකෙන්|එකත්|එකෙනුත්|එකේදී|එකේදි|එකෙ)(?:ත්)?{_E}", ""),
    *[(rf"{_S}(?:{word}){_E}", to) for word, to in _WORDS],
    # (words that say nothing of a quantity)
    (rf"[{_SI}]+", ""),
]
_COMPILED = [*[(rx.compile(p), to) for p, to in _MARKS],
             *[(rx.compile(_plain(p), re.IGNORECASE), to) for p, to in _REWRITES]]
_SINHALA = re.compile(rf"[{_SI}]")


def said_in_sinhala(text: str) -> bool:
    """The message has Sinhala letters or digits."""
    return _SINHALA.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Sinhala quantity words and endings in English and its digits as digits, with the
    position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
