"""Malayalam written in its own script, as engineers and founders in Kochi, Thiruvananthapuram and Kozhikode
type it with English terms between ("5 lakh DAU ഉണ്ട്", "ഒരാൾ ദിവസം 8 chats", "L40S ഒന്നിന് ₹7.5 lakh",
"H100 SXM 64 എണ്ണം", "എത്ര GPU വേണം?"): its digits (൦-൯) read as digits, its number and scale words (ആയിരം,
ലക്ഷം, കോടി) as numbers, the words that carry a quantity's meaning and the case endings glued to English words
and numbers ("H100-ൽ" in, "GPU-കൾ", "tokens-ന്" for, "H100 SXM-നേക്കാൾ" than) said in English, so that every
rule reads them as it reads English. A period or a basis said before its amount ("ദിവസം 40 കോടി tokens",
"മാസം ₹499", "GPU ഒന്നിന് ~700W", "unit-ന് ₹7.20") is said after it, as English says it, and a count said
after what it counts ("H100 SXM 64 എണ്ണം") before it. A message is rewritten only when it has Malayalam
letters. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import HEDGE as _HEDGE
from calc.script import LAKH_SCALE as _SCALE
from calc.script import MONEY_SIGN as _MONEY
from calc.script import NUMBER as _N
from calc.script import NUMBER_ALONE as _NUM
from calc.script import amount, digit_rules, rewrite, script_words

_ML = "\u0d00-\u0d7f"
_S = rf"(?<![{_ML}])"      # a word's start (Malayalam's vowel signs are no word characters to \b)
_E = rf"(?![{_ML}])"       # a word's end
_W = rf"[{_ML}]*"          # the rest of a word (an ending glued on)

_DIGITS = "൦൧൨൩൪൫൬൭൮൯"
_SCALES = (("ആയിരം|ആയിരത്ത", " thousand"), ("ലക്ഷ", " lakh"), ("കോടി", " crore"), ("മില്യ|മില്ല്യ", " million"),
           ("ബില്യ|ബില്ല്യ", " billion"))
_SCALE_WORDS = "|".join(word for word, _ in _SCALES)
_AMOUNT = amount(_MONEY)
# what a count a day, an hour or a second counts ("ദിവസം 40 കോടി tokens", "ദിവസം 8 chats")
_COUNTED = (r"(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|quer(?:y|ies)|questions?|messages?|"
            r"documents?|docs?|tickets?|chats?|calls?|conversations?|sessions?|words?|images?|emails?|"
            r"replies|reports?|summaries|summary|videos?|pages?|turns?|searches|transactions?|orders?|"
            r"claims?|invoices?|prompts?|times|doubts?|requets|listings?|articles?|posts?|reviews?|"
            r"translations?|products?|[a-z]{4,}s)\b)?(?:\s+(?:input|output)\b(?!\s*tokens?))?")
_WHO = (r"(?:users?|customers?|people|visitors?|students?|subscribers?|employees?|patients?|farmers?|"
        r"members?|agents?|dau|mau)")
# the things a rate is per ("GPU ഒന്നിന്", "unit-ന്", "node ഒന്നിന് 8 GPU")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|dau|mau|months?|days?|requests?|queries|query|turns?|chats?|"
              r"messages?|prompts?|summary|summaries|documents?|docs?|images?|tickets?|replies|reply|answers?|"
              r"responses?|replicas?|sites?|stores?|branch(?:es)?|shops?|offices?|boxes|box|machines?|"
              r"instances?|sessions?|conversations?|calls?|customers?|employees?|students?|agents?|seats?|"
              r"devices?|[a-z]\w*\d\w*(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "RTX 4090", "DGX A100")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct|intel|amd|nvidia)\s*)?"
         r"[a-z]*\d[a-z0-9]*(?:\.[a-z0-9]+)*(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_DEVICE = r"(?:cards?|gpus?|servers?|nodes?|chips?|racks?|boxes|machines?|units?)"
# the periods a rate is per, said before its amount ("ദിവസം", "ഓരോ ദിവസവും", "മാസം", "പ്രതിമാസം", "വർഷം")
_DAY = r"(?:ഓരോ\s+ദിവസവും|ദിവസവും|ദിവസേന|ദിവസം|ദിനംപ്രതി|പ്രതിദിനം|ഒരു\s+ദിവസം|ദിവസത്തിൽ|ഒരു\s+ദിവസത്തിൽ)"
_HOUR = r"(?:മണിക്കൂറിൽ|ഓരോ\s+മണിക്കൂറിലും|ഒരു\s+മണിക്കൂറിൽ|മണിക്കൂറിന്|മണിക്കൂറിനു)"
_SECOND = r"(?:സെക്കൻഡിൽ|ഓരോ\s+സെക്കൻഡിലും|ഒരു\s+സെക്കൻഡിൽ|സെക്കന്റിൽ)"
_MONTH = r"(?:ഓരോ\s+മാസവും|മാസംതോറും|പ്രതിമാസം|മാസം|ഒരു\s+മാസം|മാസത്തിൽ)"
_YEAR = r"(?:ഓരോ\s+വർഷവും|വർഷംതോറും|പ്രതിവർഷം|വർഷം|ഒരു\s+വർഷം|വർഷത്തിൽ)"
_WEEK = r"(?:ഓരോ\s+ആഴ്ചയും|ആഴ്ചയിൽ|ആഴ്ചതോറും)"
# time nouns, with any ending glued on ("ദിവസത്തിൽ", "മാസം", "വർഷത്തെ")
_UNITS_OF_TIME = (("ദിവസ|ദിന", "days"), ("മാസ", "months"), ("വർഷ|കൊല്ല", "years"), ("മണിക്കൂ", "hours"),
                  ("ആഴ്ച", "weeks"), ("മിനിറ്റ|മിനിട്ട", "minutes"), ("സെക്കൻഡ|സെക്കന്റ", "seconds"))
_TIME = "|".join(stem for stem, _ in _UNITS_OF_TIME)

# number words (before a scale word or what they count: "രണ്ട് ലക്ഷം", "നാല് units", "മൂന്ന് മാസം")
_NUMBER_WORDS = (("ഒന്ന്|ഒന്നര", "1"), ("രണ്ട്|രണ്ടു", "2"), ("മൂന്ന്|മൂന്നു", "3"), ("നാല്|നാലു", "4"),
                 ("അഞ്ച്|അഞ്ചു", "5"), ("ആറ്|ആറു", "6"), ("ഏഴ്|ഏഴു", "7"), ("എട്ട്|എട്ടു", "8"),
                 ("ഒമ്പത്|ഒൻപത്", "9"), ("പത്ത്|പത്തു", "10"), ("ഇരുപത്", "20"), ("മുപ്പത്", "30"),
                 ("അമ്പത്|അൻപത്", "50"), ("നൂറ്|നൂറു", "100"), ("ഇരുനൂറ്", "200"), ("അഞ്ഞൂറ്", "500"))
_COUNTABLE = rf"(?:{_SCALE}|{_SCALE_WORDS}|{_TIME}|ഇരട്ടി|മടങ്ങ്|ശതമാനം|എണ്ണ|[A-Za-z])"

# Malayalam words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("(?:ഏതാ|ഏതാണ്|ഏത്)\\s+(?:ലാഭം|ലാഭകരം|കുറവ്|cheap|cheaper)", "which is cheaper"), ("ഇവിടെ|നാട്ടിൽ", "here"),
    ("ശരിയാണോ|ശരിയാണ്|ശരി\\s+ആണോ|സത്യമാണോ", "is that right"),
    ("എത്ര\\s+(?:സമയം|നേരം)", "how long"),
    ("എത്ര(?=\\s*(?:വൈദ്യുതി|വില|ചെലവ്|തുക|cost|price|power|energy|bill|rent|budget|%))", "how much"),
    ("എത്ര", "how many"), ("ഏത്|ഏതാ|ഏതാണ്|ഏതു", "which"),
    ("വേണം|വേണ്ടി\\s+വരും|വേണ്ടിവരും|വേണ്ടത്|ആവശ്യം|ആവശ്യമാണ്|ആവശ്യമുണ്ട്|വേണ്ട", "needed"),
    ("മതി|മതിയാകുമോ|മതിയാകും|മതിയോ", "enough"), ("സാധ്യമാണോ|പറ്റുമോ|കഴിയുമോ", "possible"),
    # periods and when
    ("ദിവസവും|ദിവസേന|ദിനംപ്രതി|പ്രതിദിനം", "daily"), ("മണിക്കൂറിൽ", "per hour"), ("സെക്കൻഡിൽ", "per second"),
    ("പ്രതിമാസ|പ്രതിമാസം|മാസംതോറും", "monthly"), ("പ്രതിവർഷം|വാർഷിക|ഒരു\\s+വർഷത്തെ", "yearly"),
    ("ദിവസം|ദിവസങ്ങൾ|ദിവസത്തിൽ|ദിവസത്തെ", "days"), ("മാസം|മാസങ്ങൾ|മാസത്തെ", "months"),
    ("വർഷം|വർഷങ്ങൾ|വർഷത്തെ", "years"), ("മണിക്കൂർ|മണിക്കൂറുകൾ", "hours"), ("ആഴ്ച", "weeks"),
    ("ഇപ്പൊ|ഇപ്പോൾ|ഇപ്പോ|നിലവിൽ|ഇന്ന്", "now"), ("അടുത്ത", "next"), ("കഴിഞ്ഞ", "last"),
    # who and what is counted
    ("ഓരോന്നിനും|ഓരോരുത്തർക്കും|ഓരോ", "each"), ("ഒരാൾ|ഒരാൾക്ക്", "each user"), ("പ്രതി", "per"),
    ("മൊത്തം|ആകെ|മൊത്തത്തിൽ", "total"),
    ("ഉപയോക്താക്കൾ|ഉപയോക്താവ്|യൂസർമാർ|യൂസേഴ്സ്|യൂസർ", "users"), ("ഉപഭോക്താക്കൾ", "customers"),
    ("വിദ്യാർത്ഥികൾ|വിദ്യാർഥികൾ", "students"), ("ജീവനക്കാർ", "employees"),
    ("ചോദ്യങ്ങൾ|ചോദ്യം", "questions"), ("ഉത്തരങ്ങൾ|ഉത്തരം|മറുപടി", "answer"), ("വാക്കുകൾ", "words"),
    ("ആളുകൾ", "people"), ("ശതമാനം", "%"),
    # hedges and the done
    ("ഏകദേശം|ഏതാണ്ട്|ഉദ്ദേശം", "about"), ("ശരാശരി", "on average"),
    ("കുറഞ്ഞത്", "at least"), ("പരമാവധി|കൂടിയാൽ", "at most"),
    ("പകുതി", "half"), ("ഇരട്ടി|ഇരട്ടിയാകും|ഇരട്ടിക്കും", "double"),
    ("കൂടുതൽ", "more"), ("കുറവ്|കുറച്ച്", "less"), ("വേഗത്തിൽ|വേഗം", "faster"),
    ("അടക്കം|ഉൾപ്പെടെ|കൂടി", "including"), ("മാത്രം", "only"), ("ഉം", "and"), ("അല്ലെങ്കിൽ", "or"),
    ("ഞങ്ങൾക്ക്|ഞങ്ങൾ|നമ്മൾ|എനിക്ക്", "we"), ("ഞങ്ങളുടെ|നമ്മുടെ|എന്റെ", "our"),
    ("ഒരേസമയം|ഒരേ\\s+സമയം|ഒരേ\\s+സമയത്ത്|ഒരുമിച്ച്", "concurrent"),
    ("കൂടുന്നു|കൂടും|വളരുന്നു|വർദ്ധിക്കുന്നു", "grows"), ("കുറയും|കുറയുന്നു", "drops"),
    ("വാടക", "rent"), ("വില", "price"), ("ചെലവ്|ചിലവ്|ചെലവാകും", "cost"), ("ബിൽ", "bill"),
    ("വൈദ്യുതി|കറന്റ്", "electricity"), ("യൂണിറ്റ്", "unit"), ("ബജറ്റ്", "budget"), ("വരുമാനം", "revenue"),
    ("ലാഭം", "profit"), ("നഷ്ടം", "loss"), ("രൂപ|രൂപയ്ക്ക്", "rupees"), ("ഡോളർ", "dollars"),
    ("വാങ്ങാം|വാങ്ങണം|വാങ്ങാൻ|വാങ്ങിയാൽ", "buy"), ("പറയുന്നു|പറഞ്ഞു|അവകാശപ്പെടുന്നു", "claims"),
    ("പരിശീലനം", "training"),
]

# nouns a count counts (English words written in Malayalam among them), with any ending glued on
_LOANS: list[tuple[str, str]] = [
    ("ടോക്കൺ", "tokens"), ("ഉപയോക്താക്ക|ഉപയോക്താവ|യൂസർ|യൂസേഴ്സ", "users"), ("സെർവർ", "servers"),
    ("കാർഡ", "cards"), ("റിക്വസ്റ്റ", "requests"), ("ക്വറി|ക്വെറി", "queries"), ("മെസ്സേജ|മെസേജ|സന്ദേശ", "messages"),
    ("ചോദ്യ", "questions"), ("ജിപിയു|ജി\\.പി\\.യു", "GPUs"), ("ബജറ്റ", "budget"), ("മോഡൽ", "model"),
]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("[\u200c\u200d]", ""),   # (the joiners a keyboard may put inside a word)
    (rf"{_S}രൂ\.?\s*(?=\d)", "₹"),
    # hedges, before the amounts they are read with ("ഏകദേശം ₹30 lakh", "ഒരു 250 tokens", "ശരാശരി 7 turns")
    (rf"{_S}(?:ഏകദേശം|ഏതാണ്ട്|ഉദ്ദേശം|ഏകദേശ){_E}", "about"), (rf"{_S}ശരാശരി{_E}", "on average"),
    (rf"{_S}ഒരു{_E}(?=\s*[~$₹€]?\s*\d)", "about"),
    # nouns a count counts, before the rules that read the count with them ("8 ചോദ്യങ്ങൾ", "700 ടോക്കൺ")
    *[(rf"{_S}(?:{stem}){_W}", to) for stem, to in _LOANS],
    # number words before a scale word or what they count ("രണ്ട് ലക്ഷം", "നാല് units", "ഒരു ലക്ഷം")
    (rf"{_S}ഒന്നര{_E}(?=\s*{_COUNTABLE})", "1.5"),
    *[(rf"{_S}(?:{word}){_E}(?=\s*{_COUNTABLE})", digit) for word, digit in _NUMBER_WORDS],
    (rf"{_S}(?:ഒരു|ഒന്ന്){_E}(?=\s*(?:{_SCALE_WORDS}))", "1"),
    # scale words, with any ending ("20 ലക്ഷം", "കോടിയുടെ"); rupees and dollars said in words
    *[(rf"(?<=\d)\s*(?:{word}){_W}", to) for word, to in _SCALES],
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:രൂപ){_W}", r"₹\1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:ഡോളർ){_W}", r"$\1"),
    (r"(?<=\d)L(?![a-z0-9])", " lakh"),
    (rf"(?<=\d)\s*(?:ശതമാനം){_W}", "%"), (rf"(?<=\d)\s*(?:ഇരട്ടി|മടങ്ങ്){_W}", "x"),
    # ("Seed round close ആയി, ₹8 കോടി": money raised, a budget)
    (rf"\b(round|funding|series\s+[a-e]|seed)\s+(?:close|closed)\s+(?:ആയി|ചെയ്തു){_E}\s*,?\s+"
     rf"({_MONEY}{_N}(?:\s*{_SCALE})?)", r"\1 raised \2"),
    # ("~3k tokens output": output tokens)
    (rf"({_N}(?:\s*{_SCALE})?)\s+tokens?\s+(input|output)\b", r"\1 \2 tokens"),
    # ("A100 80GB 10,000 എണ്ണത്തിന് തുല്യമായ compute": the fleet to match)
    (rf"({_NAME}(?:\s+{_DEVICE})?)\s+(\d[\d,]*)\s*എണ്ണ{_W}\s+(?:തുല്യമായ|തുല്യം|സമാനമായ|അത്രയും){_E}",
     r"match \2 \1"),
    # a count after what it counts ("H100 SXM 64 എണ്ണം", "Gaudi 3 cards 256 എണ്ണം", "RTX 4090 4 എണ്ണത്തിൽ")
    (rf"({_NAME}(?:\s+{_DEVICE})?)\s+(\d[\d,]*)\s*എണ്ണ{_W}", r"\2 \1"),
    (rf"(?<=\d)\s*എണ്ണ{_W}", ""), (rf"{_S}എത്ര\s+എണ്ണ{_W}", "how many"),
    # a growth: "ഓരോ 4 മാസത്തിലും double" every 4 months, "വർഷം 80% വെച്ച് കൂടുന്നു" a year
    (rf"{_S}ഓരോ\s+({_N})\s*(?:മാസ{_W}|months?){_E}", r"every \1 months"),
    (rf"{_S}ഓരോ\s+({_N})\s*(?:വർഷ{_W}|years?){_E}", r"every \1 years"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)", r"\1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)", r"\1 a month"),
    # ("MFU 45% ആക്കിയാൽ": raised to; "MFU ഒരു 10 points കൂടും": points gained)
    (rf"\b(mfu|utili[sz]ation)\s+({_N}\s*%)\s*(?:ആക്കിയാൽ|ആക്കണം|ആക്കാം|ആയാൽ|ആകും|വരെ\s+കൂട്ടിയാൽ|"
     rf"ആയി\s+ഉയർത്തിയാൽ){_E}", r"\1 goes to \2"),
    (rf"(?:about\s+)?({_NUM})\s*(?:points?|പോയിന്റ്{_W})\s+(?:കൂടും|കൂടിയാൽ|കൂട്ടിയാൽ|വർദ്ധിക്കും|കൂടുന്നു){_E}",
     r"gains \1 points"),
    # ("H100 SXM-നേക്കാൾ 2.5x fast", "H100-നേക്കാൾ inference-ൽ 1.3x faster": faster than)
    (rf"({_NAME})\s*-?\s*(?:നേക്കാൾ|യേക്കാൾ|ക്കാൾ|നെക്കാൾ|ഇനേക്കാൾ){_E}((?:\s+[a-z][\w]*(?:-[{_ML}]+)?){{0,2}}?)"
     rf"\s+({_N}\s*x)\s+(?:fast(?:er)?|വേഗത്തിൽ|വേഗം){_E}", r"\3 faster than \1\2"),
    (rf"({_N}\s*x)\s+(?:fast(?:er)?|വേഗത്തിൽ|വേഗം){_E}", r"\1 faster"),
    # ("2027 ആകുമ്പോൾ", "2027-ഓടെ": by a year)
    (rf"(?<![\w.,])((?:19|20)\d\d)\s*-?\s*(?:ഓടെ|ആകുമ്പോഴേക്കും|ആകുമ്പോൾ|വരെ){_E}", r"by \1"),
    # ("അതിൽ പകുതി GPU-ക്ക്": half of it spent on them; "അതിൽ ഏകദേശം 35%": that share of it)
    (rf"{_S}(?:അതിൽ|ഇതിൽ|അതിൽനിന്ന്|അതിൽ\s+നിന്ന്)\s+(?=പകുതി\s+[a-z])", ""),
    (rf"{_S}പകുതി{_E}(\s+[a-z][\w]*)\s*-?\s*(?:ക്ക്|ന്|നു|നായി|ന്\s+വേണ്ടി|ക്ക്\s+വേണ്ടി){_E}",
     r"half of it on\1"),
    (rf"{_S}(?:അതിൽ|ഇതിൽ|അവരിൽ)\s+({_HEDGE}?{_N}\s*%)", r"\1 of them"),
    # a time from now, and a time taken ("18 മാസം കൊണ്ട്", "2 വർഷം കഴിഞ്ഞ്", "15 ദിവസത്തിൽ", "40 ദിവസം എടുക്കുന്ന")
    (rf"({_NUM})\s*(?:years?|വർഷ{_W})\s+(?:കൊണ്ട്|കഴിഞ്ഞ്|കഴിയുമ്പോൾ|കഴിഞ്ഞാൽ|ശേഷം|കൊണ്ടു){_E}|"
     rf"({_NUM})\s*(?:വർഷത്തിൽ|വർഷത്തിനുള്ളിൽ|വർഷത്തിനകം){_E}", r"in \1\2 years"),
    (rf"({_NUM})\s*(?:months?|മാസ{_W})\s+(?:കൊണ്ട്|കഴിഞ്ഞ്|കഴിയുമ്പോൾ|കഴിഞ്ഞാൽ|ശേഷം|കൊണ്ടു){_E}|"
     rf"({_NUM})\s*(?:മാസത്തിൽ|മാസത്തിനുള്ളിൽ|മാസത്തിനകം){_E}", r"in \1\2 months"),
    (rf"({_NUM})\s*(?:days?|ദിവസ{_W})\s+(?:കൊണ്ട്|കഴിഞ്ഞ്|ശേഷം|കൊണ്ടു){_E}|"
     rf"({_NUM})\s*(?:ദിവസത്തിൽ|ദിവസത്തിനുള്ളിൽ|ദിവസത്തിനകം){_E}", r"in \1\2 days"),
    (rf"({_NUM})\s*(?:days?|ദിവസ{_W})\s+(?:എടുത്തു|എടുക്കുന്ന|എടുക്കും|എടുക്കുന്നു|എടുത്ത|ഓടി|വേണ്ടിവന്നു|"
     rf"വേണ്ടി\s+വന്നു){_E}", r"takes \1 days"),
    (rf"({_NUM})\s*(?:ദിവസത്തെ|ദിവസത്തേക്ക്){_E}", r"for \1 days"),
    (rf"({_NUM})\s*(?:മാസത്തെ|മാസത്തേക്ക്){_E}", r"for \1 months"),
    (rf"({_NUM})\s*(?:മാസം)\s+(?=(?:വേണം|ആവശ്യം|വാടകയ്ക്ക്){_E})", r"for \1 months "),
    *[(rf"(?<=\d)\s*(?:{stem}){_W}", f" {to}") for stem, to in _UNITS_OF_TIME],
    (rf"{_S}എത്ര\s+(?:ദിവസ{_W}|days)", "how many days"),
    (rf"{_S}എത്ര\s+(?:മാസ{_W}|months)", "how many months"),
    (rf"{_S}എത്ര\s+(?:വർഷ{_W}|years)", "how many years"),
    (rf"{_S}എത്ര\s+(?:മണിക്കൂ{_W}|hours)", "how many hours"),
    # ("200 users ഒരേസമയം": at once)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*([a-z]+)\s+(?:ഒരേസമയം|ഒരേ\s+സമയം|ഒരേ\s+സമയത്ത്){_E}", r"\1 concurrent \2"),
    # ("20 lakh ആക്കണം", "20 lakh ആകും": grown to)
    (rf"({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?)\s+(?:ആക്കണം|ആക്കാൻ|ആക്കും|ആയി\s+ഉയരും|എത്തും|വരെ\s+എത്തും){_E}",
     r"grow to \1"),
    # ("ഓരോ user-ഉം ദിവസം ~3k tokens": the day said after the basis)
    (rf"{_S}ഓരോ\s+({_PER_THING})\s*-?\s*(?:ഉം|യും|നും|വും){_E}\s+(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})",
     r"\2 a day per \1"),
    # ("ദിവസം 20 lakh users": the users of a day)
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT})\s*({_WHO}){_E}", r"\1 daily \2"),
    # a period said before its amount ("ദിവസം 40 കോടി tokens", "മണിക്കൂറിൽ ₹180", "മാസം ₹4 lakh")
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour"),
    (rf"{_S}(?:{_SECOND}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    (rf"{_S}(?:{_WEEK}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a week"),
    # ("MI300X ഒന്നിന് ₹13 ലക്ഷം", "DGX H100 ഒരെണ്ണത്തിന് vendor ₹3.2 Cr": a machine's price, each)
    (rf"((?:(?:dgx|hgx|gb\d+)\s+)?{_NAME})\s*-?\s*(?:ഒന്നിന്|ഒന്നിനു|ഒരെണ്ണത്തിന്|ഒരെണ്ണത്തിനു){_E}((?:\s+[a-z]+){{0,2}}?)\s+"
     rf"({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)(?![\w/])", r"\1 at \3 each\2"),
    # the basis a rate is per, said before it ("GPU ഒന്നിന് ~700W", "node ഒന്നിന് 8 GPU", "ticket ഒന്നിന് ശരാശരി
    # 7 turns", "ഓരോ turn-ഉം 900-token prompt")
    (rf"(?<![\w.,-])({_PER_THING})\s*-?\s*(?:ഒന്നിന്|ഒന്നിനു|ഒന്നിന്റെ|ഒന്നിനും|ഒരെണ്ണത്തിന്)(?:\s+(?:വില|price|cost|rate))?{_E}"
     rf"((?:\s+[a-z][\w+/-]*(?:\s+[a-z][\w+/-]*)?\s+(?:അടക്കം|ഉൾപ്പെടെ|കൂട്ടി))?)"
     rf"\s+({_AMOUNT}(?:\s+{_DEVICE}|{_COUNTED})(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)",
     r"\3 per \1\2"),
    (rf"{_S}ഓരോ\s+({_PER_THING})\s*-?\s*(?:ഉം|യും|നും|വും|ക്കും|ന്|ക്ക്){_E}\s+({_AMOUNT}(?:\s+{_DEVICE}|{_COUNTED}))(?![\w-])",
     r"\2 per \1"),
    # ("ഒന്നിന് ₹22 lakh", "DGX H100 ഒരെണ്ണത്തിന് vendor ₹3.2 Cr": one's price, each)
    (rf"{_S}(?:ഒന്നിന്|ഒന്നിനു|ഒരെണ്ണത്തിന്|ഒരെണ്ണത്തിനു|ഒന്നിന്റെ\s+വില){_E}((?:\s+[a-z]+){{0,2}}?)\s+"
     rf"({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)", r"\1 \2 each"),
    # ("unit-ന് ₹7.20", "million tokens-ന് ₹25", "ഒരു rack-ന് ~₹30 Cr": a price per)
    (rf"(?<![\w.,-])((?:(?:1\s+|a\s+)?(?:million|lakh|thousand|1k|1m)\s+)?{_PER_THING})\s*-?\s*(?:ന്|ക്ക്|നു|ക്കു){_E}"
     rf"\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?(?:/[a-z-]+)?)", r"\2 per \1"),
    # ("1 lakh tokens-ന് cost": the cost of that many)
    (rf"({_NUM}\s*(?:{_SCALE})?\s*(?:requests?|queries|tokens?|conversations?|chats?|calls?))\s*-?\s*(?:ന്|ക്ക്|നു|"
     rf"ന്റെ|നുള്ള){_E}\s+(?=electricity|വൈദ്യുതി|cost|ചെലവ്|energy|power|bill)", r"per \1 "),
    # ("€2.10/hr-ന് തരാം": at a price; "chip-hour $1.2": a price per hour)
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?(?:/[a-z]+(?:-[a-z]+)*)?)\s*-?\s*(?:ന്|നു|ക്ക്)\s+(?:തരാം|തരും|കിട്ടും|ലഭിക്കും){_E}",
     r"at \1"),
    (rf"\b((?:gpu|chip)[- ]?(?:hours?|hrs?))\s+({_MONEY}{_N})(?![\d/])", r"\2 per \1"),
    # ("നാല് units എടുത്താൽ": if that many are bought)
    (rf"({_NUM}\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:എടുത്താൽ|വാങ്ങിയാൽ|വാങ്ങുകയാണെങ്കിൽ|എടുക്കുകയാണെങ്കിൽ){_E}",
     r"if we buy \1"),
    # ("₹500 Cr-ന് എത്ര racks": what that money buys, a budget)
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s*-?\s*(?:ന്|ക്ക്|നു|ക്കു|കൊണ്ട്){_E}(?=\s+എത്ര)", r"with \1"),
    # ("എത്ര കോടി ആകും?": how much, in crore)
    (rf"{_S}എത്ര\s+(?:crore|cr\b|കോടി{_W})", "how much in crore"),
    (rf"{_S}എത്ര\s+(?:lakh|ലക്ഷ{_W})", "how much in lakh"),
    # case endings glued to English words and numbers: "H100-ൽ", "GPU-കൾ", "8B-ക്ക്", "app-ന്", "AMD-ടെ"
    (rf"(?<=[A-Za-z0-9%)])-?[{_ML}]+", " "),
    *script_words(_WORDS, _ML),
    # (words that say nothing of a quantity)
    (rf"[{_ML}]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_MALAYALAM = rx.compile(rf"[{_ML}]")


def said_in_malayalam(text: str) -> bool:
    """The message has Malayalam letters or digits."""
    return _MALAYALAM.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Malayalam quantity words and case endings in English and its digits as digits, with
    the position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
