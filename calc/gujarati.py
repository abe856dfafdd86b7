"""Gujarati written in its own script, as engineers, IT teams and founders in Ahmedabad, Surat and Vadodara
type it with English terms between ("અમારા 2 લાખ users છે", "user દીઠ રોજ 10 queries",
"એક card નો ભાવ ₹32 લાખ", "H100 SXM ના 8 card પર", "કેટલા GPU જોઈએ?"): its digits (૦-૯) read as
digits, its number words and scale words (હજાર, લાખ, કરોડ, અબજ) as numbers, rupees and dollars said in
words as their signs, the words that carry a quantity's meaning and the case endings glued to English words
and numbers ("H100માં" in, "GPUનો" of, "Llama 3 8Bથી" from) said in English, so that every rule reads them
as it reads English. A period or a basis said before its amount ("રોજ 20 કરોડ tokens", "દર મહિને ₹4 લાખ",
"user દીઠ 10 queries", "એક server ₹45 લાખ") is said after it, as English says it, and a count said after
what it counts ("H200 SXM 64 નંગ") before it. A message is rewritten only when it has Gujarati letters.
Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import GLUED as _SEP
from calc.script import HEDGE as _HEDGE
from calc.script import LAKH_SCALE as _SCALE
from calc.script import MONEY_SIGN as _MONEY
from calc.script import NUMBER as _N
from calc.script import NUMBER_ALONE as _NUM
from calc.script import amount, digit_rules, rewrite, script_words

_GU = "\u0a80-\u0aff"
_S = rf"(?<![{_GU}])"      # a word's start (Gujarati's vowel signs are no word characters to \b)
_E = rf"(?![{_GU}])"       # a word's end
_W = rf"[{_GU}]*"          # the rest of a word (an ending glued on)

_DIGITS = "૦૧૨૩૪૫૬૭૮૯"
_SCALES = (("હજાર", " thousand"), ("લાખ", " lakh"), ("કરોડ", " crore"), ("અબજ", " billion"),
           ("મિલિયન", " million"), ("બિલિયન", " billion"), ("ટ્રિલિયન", " trillion"))
_SCALE_WORDS = "|".join(word for word, _ in _SCALES)
# the case endings a word may have glued on ("લાખનું", "કરોડના", "મહિનામાં")
_CASE = (r"(?:નો|ની|નું|ના|ને|નાં|માં|માંથી|થી|પર|પરથી|એ|ે|માટે|સુધી|વાળા|વાળો|વાળી|નુ)")
# an amount: a hedge, a currency, the number, its scale word and the unit it is in
_AMOUNT = amount(_MONEY)
# what a count a day, an hour or a second counts ("રોજ 20 કરોડ tokens", "રોજ 6 chats")
_COUNTED = (r"(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|quer(?:y|ies)|questions?|messages?|"
            r"documents?|docs?|tickets?|chats?|calls?|conversations?|sessions?|words?|images?|emails?|"
            r"replies|reports?|summaries|summary|videos?|pages?|turns?|searches|transactions?|orders?|"
            r"claims?|invoices?|prompts?|times|descriptions?|captions?|listings?|articles?|posts?|reviews?|"
            r"translations?|products?|calls|[a-z]{4,}s)\b)?(?:\s+(?:input|output)\b(?!\s*tokens?))?")
_WHO = (r"(?:users?|customers?|people|visitors?|students?|subscribers?|employees?|patients?|farmers?|"
        r"members?|agents?|dau|mau)")
# the things a rate is per ("user દીઠ", "એક card નો ભાવ", "server દીઠ 8 GPU")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|dau|mau|months?|days?|requests?|queries|query|turns?|chats?|"
              r"messages?|prompts?|summary|summaries|documents?|docs?|images?|tickets?|replies|reply|answers?|"
              r"responses?|replicas?|sites?|stores?|showrooms?|branch(?:es)?|shops?|outlets?|offices?|boxes|"
              r"box|machines?|instances?|sessions?|conversations?|calls?|customers?|employees?|students?|"
              r"agents?|seats?|cameras?|devices?)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "TPU v5p", "DGX B200")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct|intel|amd|nvidia)\s*)?"
         r"[a-z]*\d[a-z0-9]*(?:\.[a-z0-9]+)*(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_DEVICE = r"(?:cards?|gpus?|servers?|nodes?|chips?|racks?|boxes|machines?)"
_EACH = r"(?:દરેક|પ્રત્યેક|પ્રતિ|એક)"
# the periods a rate is per, said before its amount ("રોજ", "દરરોજ", "દિવસે", "દર મહિને", "વર્ષે")
_DAY = (r"(?:દરરોજ|રોજના|રોજની|રોજનું|રોજનાં|રોજ|દિવસે|દિવસના|પ્રતિ\s+દિવસ|પ્રતિદિન|દર\s+દિવસે|એક\s+દિવસમાં|"
        r"રોજે\s*રોજ)")
_HOUR = r"(?:કલાકે|દર\s+કલાકે|પ્રતિ\s+કલાક|એક\s+કલાકમાં|કલાકના)"
_SECOND = r"(?:સેકન્ડે|દર\s+સેકન્ડે|પ્રતિ\s+સેકન્ડ|એક\s+સેકન્ડમાં|સેકન્ડના)"
_MONTH = r"(?:દર\s+મહિને|મહિને|દરમહિને|પ્રતિ\s+મહિનો|મહિનાના|એક\s+મહિનામાં|માસિક)"
_YEAR = r"(?:દર\s+વર્ષે|વર્ષે|દરવર્ષે|પ્રતિ\s+વર્ષ|વર્ષના|એક\s+વર્ષમાં|વાર્ષિક)"
_WEEK = r"(?:દર\s+અઠવાડિયે|અઠવાડિયે|પ્રતિ\s+અઠવાડિયું|એક\s+અઠવાડિયામાં)"
# time nouns, with any ending glued on ("દિવસમાં", "મહિના", "વર્ષો")
_UNITS_OF_TIME = (("દિવસ|દિન", "days"), ("મહિન|મહીન", "months"), ("વર્ષ|વરસ", "years"), ("કલાક", "hours"),
                  ("અઠવાડિ", "weeks"), ("મિનિટ", "minutes"), ("સેકન્ડ|સેકંડ", "seconds"))
_TIME = "|".join(stem for stem, _ in _UNITS_OF_TIME)

# number words (before a scale word or what they count: "બે લાખ", "પાંચ હજાર users", "ત્રણ મહિના")
_NUMBER_WORDS = (("બસો", "200"), ("ત્રણસો", "300"), ("ચારસો", "400"), ("પાંચસો", "500"), ("બે", "2"),
                 ("ત્રણ", "3"), ("ચાર", "4"), ("પાંચ", "5"), ("છ", "6"), ("સાત", "7"), ("આઠ", "8"), ("નવ", "9"),
                 ("દસ", "10"), ("બાર", "12"), ("પંદર", "15"), ("વીસ", "20"), ("પચીસ", "25"), ("ત્રીસ", "30"),
                 ("ચાલીસ", "40"), ("પચાસ", "50"), ("સાઠ", "60"), ("સિત્તેર", "70"), ("એંસી", "80"), ("નેવું", "90"),
                 ("સો", "100"), ("દોઢ", "1.5"), ("અઢી", "2.5"), ("સાડા\\s*ત્રણ", "3.5"),
                 ("સાડા\\s*ચાર", "4.5"), ("સાડા\\s*પાંચ", "5.5"))
_COUNTABLE = rf"(?:{_SCALE}|{_SCALE_WORDS}|{_TIME}|ગણ|ટકા|નંગ|[A-Za-z])"

# Gujarati words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("(?:આ\\s+)?(?:સાચું|સાચુ|બરાબર|યોગ્ય)\\s+(?:છે|હશે)(?:\\s+કે)?", "is that right"),
    ("કેટલો\\s+(?:સમય|ટાઈમ|ટાઇમ)|કેટલા\\s+સમયમાં", "how long"),
    ("કેટલો|કેટલું|કેટલી(?=\\s*(?:વીજળી|કિંમત|ખર્ચ|રકમ|cost|price|power|energy|bill|rent|budget))", "how much"),
    ("કેટલા|કેટલી|કેટલાં", "how many"), ("કયું|કયો|કઈ|કયા|કયાં", "which"),
    ("જોઈએ|જોઇએ|જોઈશે|જોઇશે|જરૂર|જરૂરી|લાગે|લાગશે|લાગશે|લાગે\\s+છે|પડશે|પડે", "needed"),
    ("ચાલશે|ચાલી\\s+જશે|પૂરતા|પૂરતું|પૂરતી|પહોંચી\\s+વળશે", "enough"), ("શક્ય", "possible"),
    ("કહો|જણાવો|બતાવો", "tell"),
    # periods and when
    ("દરરોજ|રોજના|રોજની|રોજનું|રોજ|પ્રતિદિન|દૈનિક", "daily"), ("દિવસે", "per day"),
    ("કલાકે|પ્રતિ\\s+કલાક", "per hour"), ("સેકન્ડે|પ્રતિ\\s+સેકન્ડ", "per second"),
    ("દર\\s+મહિને|મહિને|માસિક", "per month"), ("દર\\s+વર્ષે|વર્ષે|વાર્ષિક", "per year"),
    ("અઠવાડિયે", "per week"), ("મિનિટે", "per minute"),
    ("દિવસમાં", "in days"), ("દિવસ|દિવસો|દિવસના", "days"), ("મહિનામાં", "in months"),
    ("મહિના|મહિનાઓ", "months"), ("મહિનો", "month"),
    ("વર્ષમાં", "in years"), ("વર્ષો|વર્ષ", "years"), ("કલાક|કલાકો", "hours"),
    ("અઠવાડિયા|અઠવાડિયું", "weeks"), ("મિનિટ", "minutes"), ("સેકન્ડ|સેકંડ", "seconds"),
    ("પછી", "later"), ("હમણાં|હમણા|અત્યારે|હાલ|હાલમાં|આજે", "now"), ("ત્યારે", "then"),
    ("ગયા\\s+વખતે|છેલ્લી\\s+વખત", "last time"), ("ગયા|ગયું|ગયો|છેલ્લા", "last"), ("આવતા|આવતું|આગામી", "next"),
    # who and what is counted
    ("દરેક|પ્રત્યેક|દરેકને", "each"), ("દીઠ|પ્રતિ", "per"), ("કુલ|ટોટલ", "total"),
    ("વપરાશકર્તાઓ|વપરાશકર્તા|યુઝર્સ|યુઝર|યૂઝર્સ|યૂઝર", "users"), ("ગ્રાહકો|ગ્રાહક", "customers"),
    ("કર્મચારીઓ|કર્મચારી", "employees"), ("વિદ્યાર્થીઓ|વિદ્યાર્થી", "students"),
    ("પ્રશ્નો|પ્રશ્ન|સવાલો|સવાલ", "questions"), ("જવાબો|જવાબ", "answer"), ("શબ્દો|શબ્દ", "words"),
    ("લોકો|માણસો|જણ", "people"), ("ટકા", "%"),
    ("મેગાવોટ", "MW"), ("કિલોવોટ", "kW"), ("વોટ", "W"),
    # hedges and the done
    ("લગભગ|આશરે|અંદાજે|અંદાજિત|આસપાસ|લગભગ", "about"), ("સરેરાશ", "on average"),
    ("ઓછામાં\\s+ઓછા|ઓછામાં\\s+ઓછું|ઓછામાં\\s+ઓછી", "at least"), ("વધુમાં\\s+વધુ|વધારેમાં\\s+વધારે", "at most"),
    ("અડધા|અડધું|અડધી|અડધો", "half"), ("બમણું|બમણા|ડબલ", "double"), ("ત્રણ\\s+ગણું|ત્રણગણું", "3x"),
    ("કરતાં|કરતા|થી\\s+વધુ", "than"), ("વધારે|વધુ", "more"), ("ઓછું|ઓછા|ઓછી", "less"),
    ("ઝડપી|ફાસ્ટ", "faster"), ("સસ્તું|સસ્તા|સસ્તી", "cheaper"), ("મોંઘું|મોંઘા|મોંઘી", "pricier"),
    ("સહિત|સાથે", "including"), ("પણ", "also"), ("ફક્ત|માત્ર", "only"),
    ("અને|ને", "and"), ("કે|અથવા", "or"), ("જો|તો", "if"),
    ("અમારી\\s+પાસે|અમારે\\s+પાસે|અમારા\\s+પાસે", "we have"), ("અમારે|અમને|મને", "we"),
    ("અમારા|અમારી|અમારું|અમારો|આપણા|આપણી|આપણું|પોતાના|પોતાનું|પોતાની", "our"), ("અમે|આપણે", "we"),
    ("એકસાથે|એક\\s+સાથે|એકીસાથે|એક\\s+જ\\s+સમયે", "concurrent"),
    ("વધે\\s+છે|વધે|વધશે|વધી|વધારો|વધતા", "grows"), ("ઘટે|ઘટશે|ઘટી", "drops"),
    ("ભાડું|ભાડે|ભાડાનું|ભાડા", "rent"), ("કિંમત|ભાવ", "price"), ("દર|રેટ", "rate"),
    ("ખર્ચ|ખર્ચો", "cost"), ("બિલ", "bill"), ("વીજળી|વીજળીનું|લાઇટ|લાઈટ", "electricity"),
    ("યુનિટ", "unit"), ("બજેટ", "budget"), ("આવક", "revenue"), ("નફો", "profit"), ("નુકસાન", "loss"),
    ("રોકાણ", "investment"), ("પૈસા", "money"), ("બચત|બચે|બચશે", "saved"), ("ક્ષમતા", "capacity"),
    ("રૂપિયા|રૂપિયામાં|રૂ\\.?", "rupees"), ("ડોલર|ડૉલર", "dollars"),
    ("ખરીદવા|ખરીદવું|ખરીદીએ|ખરીદી|લેવા|લેવાના|લઈએ|લેવું", "buy"),
    ("કહે\\s+છે|કહે|કહ્યું|કહેતો|કહેતા|દાવો", "claims"),
    ("માપ્યું|માપ્યા|માપ્યો", "measured"), ("તાલીમ|ટ્રેનિંગ", "training"), ("વાપરીને|વાપરી", "using"),
    ("સરખામણીમાં", "compared"),
]

# nouns a count counts (English words written in Gujarati among them), with any ending glued on
_LOANS: list[tuple[str, str]] = [
    ("ટોકન", "tokens"), ("યુઝર|યૂઝર|વપરાશકર્તા", "users"), ("ગ્રાહક", "customers"), ("કર્મચારી", "employees"),
    ("વિદ્યાર્થી", "students"), ("સર્વર", "servers"), ("કાર્ડ", "cards"), ("રિક્વેસ્ટ", "requests"),
    ("ક્વેરી", "queries"), ("મેસેજ|સંદેશ", "messages"), ("પ્રશ્ન|સવાલ", "questions"), ("નોડ", "nodes"),
    ("રેક|રૅક", "racks"), ("જીપીયુ|જીપીયૂ|જીપીયુ", "GPUs"), ("બજેટ", "budget"), ("મોડેલ|મૉડલ|મોડલ", "model"),
    ("ક્લસ્ટર", "cluster"), ("ઇનપુટ|ઈનપુટ", "input"), ("આઉટપુટ|આઉટપૂટ", "output"), ("પાવર", "power"),
    ("લેટન્સી", "latency"), ("મેમરી", "memory"), ("બેચ", "batch"), ("પ્રોમ્પ્ટ", "prompt"),
]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("\u0964", "."),          # (and the danda, the full stop)
    ("[\u200c\u200d]", ""),                         # (the joiners a keyboard may put inside a word)
    (rf"{_S}રૂ\.?\s*(?=\d)", "₹"),
    # hedges, before the amounts they are read with ("લગભગ ₹30 લાખ", "સરેરાશ 7 messages")
    (rf"{_S}(?:લગભગ|આશરે|અંદાજે|અંદાજિત|આસરે){_E}", "about"), (rf"{_S}સરેરાશ{_E}", "on average"),
    # nouns a count counts, before the rules that read the count with them ("8 પ્રશ્ન", "700 ટોકન")
    *[(rf"{_S}(?:{stem}){_W}", to) for stem, to in _LOANS],
    # number words before a scale word or what they count ("બે લાખ", "દોઢ લાખ DAU", "ત્રણ મહિના")
    *[(rf"{_S}(?:{word}){_E}(?=\s*{_COUNTABLE})", digit) for word, digit in _NUMBER_WORDS],
    (rf"{_S}(?:એક){_E}(?=\s*(?:{_SCALE_WORDS}){_W}(?:\s|$))", "1"),
    (rf"{_S}સવા{_E}(?=\s*(?:{_SCALE_WORDS}))", "1.25"), (rf"{_S}પોણા{_E}(?=\s*(?:{_SCALE_WORDS}))", "0.75"),
    (rf"{_S}સાડા\s*(\d+)(?![\d.,])", r"\1.5"),
    # scale words, with any ending ("20 લાખનું", "કરોડના"); then rupees and dollars said in words
    *[(rf"(?<=\d)\s*(?:{word}){_W}", to) for word, to in _SCALES],
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:રૂપિયા|રૂપિયો){_W}", r"₹\1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:ડોલર|ડૉલર){_W}", r"$\1"),
    (r"(?<=\d)L(?![a-z0-9])", " lakh"),
    (rf"{_S}મિલિયન{_E}", "million"), (rf"{_S}બિલિયન{_E}", "billion"),
    (rf"(?<=\d)\s*(?:મેગાવોટ){_E}", " MW"), (rf"(?<=\d)\s*(?:કિલોવોટ){_E}", " kW"),
    (rf"(?<=\d)\s*વોટ{_E}", " W"),
    (rf"(?<=\d)\s*(?:ટકા){_E}", "%"), (rf"(?<=\d)\s*(?:ગણું|ગણા|ગણી|ગણો){_E}", "x"),
    # a growth: "દર 4 મહિને double" every 4 months, "વર્ષે 60% વધે" a year
    (rf"{_S}દર\s+({_N})\s*(?:મહિને|મહિનાએ|months?){_E}", r"every \1 months"),
    (rf"{_S}દર\s+({_N})\s*(?:વર્ષે|વરસે|years?){_E}", r"every \1 years"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)", r"\1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)", r"\1 a month"),
    # ("MFU 45% સુધી લઈ જઈએ": raised to; "MFU 8 points વધે": points gained)
    (rf"\b(mfu|utili[sz]ation)\s+({_N}\s*%)\s*(?:સુધી|પર)\s+(?:લઈ\s+જઈએ|લઇ\s+જઇએ|લઈ\s+જઈશું|પહોંચાડીએ|વધારીએ|"
     rf"પહોંચે|જાય){_E}", r"\1 goes to \2"),
    (rf"{_S}(?:બીજા|હજુ|વધુ)\s+({_N})\s*(?:points?|પોઈન્ટ|પોઇન્ટ)\s+(?:વધે|વધારીએ|વધશે){_E}",
     r"gains \1 more points"),
    (rf"({_NUM})\s*(?:points?|પોઈન્ટ|પોઇન્ટ)\s+(?:વધે|વધારીએ|વધશે){_E}", r"gains \1 points"),
    # ("B200 training માં 3x fast": faster; "H100 કરતાં 3x fast": faster than)
    (rf"({_NAME})\s*-?\s*(?:કરતાં|કરતા|થી)\s+({_N}\s*x)\s+(?:fast(?:er)?|ઝડપી|ફાસ્ટ){_E}",
     r"\2 faster than \1"),
    (rf"({_N}\s*x)\s+(?:fast(?:er)?|ઝડપી|ફાસ્ટ){_E}", r"\1 faster"),
    # ("2027 સુધીમાં": by a year)
    (rf"(?<![\w.,])((?:19|20)\d\d)\s*(?:સુધીમાં|સુધી)(?![{_GU}])", r"by \1"),
    # ("2023 ના prices": the year's)
    (r"(?<![\w.,])((?:19|20)\d\d)\s*(?:ના|નાં|ની|નું|નો)\s+(?=prices?|ભાવ|rates?|costs?)", r"\1 "),
    # ("1,000 A100 80GB જેટલું compute": the fleet to match)
    (rf"({_NUM}\s*{_NAME}(?:\s+(?:gpus?|cards?))?)\s*(?:જેટલું|જેટલા|જેટલી|જેટલો|બરાબર|સમાન){_E}", r"match \1"),
    # ("server + networking માટે 40% extra": a share added on top)
    (rf"\b([a-z][\w-]*(?:\s*[+&]\s*[a-z][\w-]*)*)\s+(?:માટે|નો|નું|ના)\s+({_N}\s*%)\s*(?:extra|વધારાના|વધારાનો|"
     rf"વધારે|વધુ)", r"plus \2 for \1"),
    # ("₹8 crore raise કર્યા": money raised, a budget)
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s+(?:raise|raised|ઊભા|એકઠા|મેળવ્યા)\s+(?:કર્યા|કર્યું|કર્યો|કરેલા|છે){_E}",
     r"raised \1"),
    # ("1$ = ₹83": a dollar, its sign written after; "~3,000 tokens output": output tokens)
    (r"(?<![\w.,$])(\d+(?:\.\d+)?)\s?\$(?=\s*=)", r"$\1"),
    (rf"({_N})\s+tokens?\s+(input|output)\b", r"\1 \2 tokens"),
    # ("એમાંથી અડધા GPU પર": half of it spent on them)
    (rf"{_S}(?:એમાંથી|તેમાંથી|એમાં|તેમાં)\s+(?=(?:અડધા|અડધું|અડધી|અડધો)\s+[a-z])", ""),
    (rf"{_S}(?:અડધા|અડધું|અડધી|અડધો)(\s+[a-z][\w-]*)\s*(?:પર|માટે){_E}", r"half of it on\1"),
    (rf"{_S}(?:એમાંથી|તેમાંથી)\s+({_N}\s*%)", r"\1 of that"),
    # a time from now, and a time taken ("18 મહિના પછી", "3 વર્ષમાં", "20 દિવસ લે છે", "6 મહિના લાગશે")
    (rf"({_NUM})\s*(?:years?|વર્ષ|વરસ)\s+(?:પછી|બાદ){_E}|({_NUM})\s*(?:વર્ષમાં|વરસમાં){_E}", r"in \1\2 years"),
    (rf"({_NUM})\s*(?:months?|મહિના|મહિને)\s+(?:પછી|બાદ){_E}|({_NUM})\s*(?:મહિનામાં){_E}", r"in \1\2 months"),
    (rf"({_NUM})\s*(?:days?|દિવસ)\s+(?:પછી|બાદ){_E}|({_NUM})\s*(?:દિવસમાં){_E}", r"in \1\2 days"),
    (rf"({_NUM})\s*(?:days?|દિવસ)\s+(?:લે\s+છે|લાગે\s+છે|લાગ્યા|ચાલ્યું|ચાલ્યો|ચાલે\s+છે|લીધા)(?:\s+(?:હતું|હતા|હતો))?{_E}",
     r"takes \1 days"),
    (rf"({_NUM})\s*(?:મહિના|months?)\s+(?:લાગશે|લાગે|થશે|લે)(?:\s+છે)?{_E}", r"takes \1 months"),
    (rf"({_NUM})\s*(?:દિવસ|days?)\s+(?:લાગશે|થશે){_E}", r"takes \1 days"),
    *[(rf"(?<=\d)\s*(?:{stem}){_W}", f" {to}") for stem, to in _UNITS_OF_TIME],
    (rf"{_S}કેટલા\s+(?:દિવસ{_W}|days)", "how many days"),
    (rf"{_S}કેટલા\s+(?:મહિન{_W}|months)", "how many months"),
    (rf"{_S}કેટલા\s+(?:વર્ષ{_W}|years)", "how many years"),
    (rf"{_S}કેટલા\s+(?:કલાક{_W}|hours)", "how many hours"),
    # ("TTFT 2 સેકન્ડથી ઓછું": a limit)
    (rf"({_N}\s*(?:ms|s|sec|seconds?|milliseconds?|minutes?|min)(?![a-z]))\s*-?\s*(?:થી\s+ઓછું|થી\s+ઓછા|ની\s+અંદર|"
     rf"અંદર|થી\s+ઓછી|ની\s+નીચે){_E}", r"under \1"),
    # ("200 users એકસાથે": at once)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*([a-z]+)\s+(?:એકસાથે|એક\s+સાથે|એકીસાથે|એક\s+જ\s+સમયે){_E}",
     r"\1 concurrent \2"),
    # ("10 lakh users થઈ જશે": grown to)
    (rf"({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?)\s+(?:થઈ\s+જશે|થઇ\s+જશે|થશે|પહોંચશે|સુધી\s+પહોંચશે){_E}",
     r"grow to \1"),
    # ("રોજ 20 લાખ users": the users of a day)
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT})\s*({_WHO}){_E}", r"\1 daily \2"),
    # ("user દીઠ રોજ 10 queries": the day said after the basis)
    (rf"(?<![\w-])({_PER_THING})\s+(?:દીઠ|પ્રતિ){_E}\s+(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})",
     r"\2 a day per \1"),
    # a period said before its amount ("રોજ 20 કરોડ tokens", "કલાકે ₹180", "દર મહિને ₹4 lakh")
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour"),
    (rf"{_S}(?:{_SECOND}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    (rf"{_S}(?:{_WEEK}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a week"),
    # a count after what it counts ("H200 SXM 64 નંગ", "L4 cards 8"), and pieces ("40 નંગ L4")
    (rf"({_NAME})\s+(\d[\d,]*)\s*નંગ{_W}", r"\2 \1"),
    (rf"(?<![\w-])({_DEVICE})\s+(\d[\d,]*)(?![\d,]|\.\d|\s*[a-z%])", r"\2 \1"),
    (rf"(?<=\d)\s*નંગ{_W}", ""),
    # ("H100 SXM ના 8 card", "A100 80GB ના 16 card પર": that many of a name)
    (rf"({_NAME})\s*-?\s*(?:ના|નાં|ની|નો){_E}\s+({_NUM})\s+({_DEVICE})", r"\2 \1 \3"),
    # ("એક card નો ભાવ ₹32 લાખ", "card ની કિંમત $25k": a thing's price)
    (rf"(?:{_S}(?:{_EACH}){_E}\s+)?(?<![\w-])({_PER_THING}){_SEP}(?:નો|ની|નું|ના)?\s*(?:ભાવ|કિંમત|price|cost|rate)\s+"
     rf"(?:(?:about)\s*)?({_MONEY}?{_N}(?:\s*{_SCALE})?)", r"\2 per \1"),
    # ("એક server ₹45 lakh નું", "એક ₹30 lakh": one's price)
    (rf"{_S}(?:એક|દરેક){_E}\s+({_PER_THING})\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)(?:{_SEP}(?:નું|નો|ની|ના){_E})?",
     r"\2 per \1"),
    (rf"{_S}(?:એક|દરેક|એકના|એકનો|એકની|એકનું){_E}\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)", r"\1 each"),
    # the basis a rate is per, said before it ("user દીઠ 10 queries", "showroom દીઠ 2 card",
    # "દરેક GPU ને 700 W")
    (rf"(?:{_S}(?:દરેક|પ્રત્યેક){_E}\s+({_PER_THING})(?:{_SEP}(?:ને|માં|માટે))?|(?<![\w-])({_PER_THING})\s+"
     rf"(?:દીઠ|પ્રતિ)){_E}\s+((?:[a-z][a-z.-]*\s+){{0,2}}?{_AMOUNT}(?:\s+{_DEVICE}|{_COUNTED})"
     rf"(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)", r"\3 per \1\2"),
    # ("₹180 પ્રતિ GPU-hour", "પ્રતિ user": per)
    (rf"{_S}(?:પ્રતિ|દીઠ){_E}", "per"),
    # ("1 કરોડ tokens નું electricity": the energy of that many)
    (rf"({_NUM}\s*(?:{_SCALE})?\s*(?:requests?|queries|tokens?|conversations?|chats?|calls?))\s*-?\s*(?:નું|નો|ની|ના|"
     rf"માટે){_E}\s+(?=electricity|વીજળી|cost|ખર્ચ|energy|power|bill)", r"per \1 "),
    # ("કેટલા crore થાય?": how much, in crore)
    (rf"{_S}(?:કેટલા|કેટલી|કેટલું|કેટલો)\s+(?:crore|cr\b|કરોડ{_W})", "how much in crore"),
    (rf"{_S}(?:કેટલા|કેટલી|કેટલું|કેટલો)\s+(?:lakh|લાખ{_W})", "how much in lakh"),
    # ("break-even કેટલા મહિને": in how many months)
    (rf"{_S}કેટલા\s+(?:મહિને|મહિનામાં){_E}", "in how many months"),
    (rf"{_S}કેટલા\s+(?:વર્ષે|વર્ષમાં){_E}", "in how many years"),
    # ("900 input ને 350 output": and)
    (r"(?<=[A-Za-z0-9%)])\s+ને\s+(?=[$₹~]?\d|input|output)", " and "),
    # case endings glued to English words and numbers: "H100માં", "GPUનો", "Llama 3 8Bથી", "L4 પર"
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:{_CASE}){_E}", " "),
    (rf"{_S}(?:નો|ની|નું|ના|નાં|ને|માં|થી|પર|માટે|સુધી|વાળા|વાળો|વાળી|એ){_E}", ""),
    *script_words(_WORDS, _GU),
    # (words that say nothing of a quantity)
    (rf"[{_GU}]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_GUJARATI = rx.compile(rf"[{_GU}]")


def said_in_gujarati(text: str) -> bool:
    """The message has Gujarati letters or digits."""
    return _GUJARATI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Gujarati quantity words and case endings in English and its digits as digits, with
    the position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
