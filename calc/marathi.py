"""Marathi written in Devanagari, as engineers, founders and IT managers in Pune, Mumbai and Nagpur type it
with English terms between ("आमचे 2 लाख DAU आहेत", "प्रत्येकी दिवसाला ~20 requests", "वीज ₹9.5/unit",
"H100 SXM किती लागतील?", "प्रत्येकी $27,000"): its digits read as digits, its scale words (हजार, लाख, कोटी,
दशलक्ष, अब्ज), rupees and dollars said in words (रुपये, डॉलर), the words that carry a quantity's meaning and
the case endings glued to English words and numbers ("H100चे" of, "GPU-साठी" for, "L4वर" on, "कोटीला" at,
"सर्व्हरमध्ये" in) said in English, so that every rule reads them as it reads English. A period or a basis
said before its amount ("दिवसाला 50 कोटी tokens", "तासाला ₹180", "प्रत्येक rack ला 40 kW") is said after
it, as English says it, and a count said after what it counts ("H100 cards 64") before it.

Marathi shares its script with Hindi (calc/hindi, read after this module): a message is read as Marathi only
when it shows Marathi's own words (आहे, किती, आणि, साठी, मध्ये, लागतील, the endings चा/ची/चे/च्या glued to
a word). Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from calc import rx
from calc.script import GLUED as _SEP
from calc.script import HEDGE as _HEDGE
from calc.script import LAKH_SCALE as _SCALE
from calc.script import MONEY_SIGN as _MONEY
from calc.script import NUMBER as _N
from calc.script import NUMBER_ALONE as _NUM
from calc.script import amount, digit_rules, rewrite, script_words

_DEV = "\u0900-\u097f"
_S = rf"(?<![{_DEV}])"      # a word's start (Devanagari's vowel signs are no word characters to \b)
_E = rf"(?![{_DEV}])"       # a word's end
_W = rf"[{_DEV}]*"          # the rest of a word (an ending glued on)

_DIGITS = "०१२३४५६७८९"
# an amount: a hedge, a currency, the number, its scale word and the unit it is in
_AMOUNT = amount(_MONEY)
# what a count a day, an hour or a second counts ("दिवसाला 50 कोटी output tokens", "रोज 8 प्रश्न")
_COUNTED = (r"(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|quer(?:y|ies)|questions?|messages?|"
            r"documents?|docs?|tickets?|chats?|calls?|conversations?|sessions?|words?|images?|emails?|"
            r"replies|reports?|summaries|summary|videos?|pages?|turns?|searches|transactions?|orders?|"
            r"claims?|invoices?|prompts?|times)\b)?(?:\s+(?:input|output)\b(?!\s*tokens?))?")
# who a count a day counts ("रोज साधारण 5,000 customers": the users of a day)
_WHO = (r"(?:users?|customers?|people|visitors?|students?|subscribers?|employees?|patients?|farmers?|"
        r"citizens?|agents?|drivers?|members?|learners?|shoppers?)")
# the things a rate is per ("प्रत्येक rack ला 40 kW", "प्रत्येक GPU साठी 1.2 kW", "युनिटला ₹9")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|dau|mau|months?|days?|requests?|queries|query|turns?|chats?|"
              r"messages?|prompts?|summary|summaries|documents?|docs?|images?|tickets?|replies|reply|answers?|"
              r"responses?|replicas?|sites?|stores?|branch(?:es)?|boxes|box|machines?|instances?|sessions?|"
              r"conversations?|calls?|customers?|employees?|students?|agents?|seats?|cameras?|devices?)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "TPU v5p", "DGX B200")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct|intel|amd|nvidia)\s*)?"
         r"[a-z]*\d[a-z0-9]*(?:\.[a-z0-9]+)*(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_NOT_SIZE = r"(?<![0-9][bm])"       # (a name that is no model's size: not "8x22B 12 replicas")
_DEVICE = r"(?:cards?|gpus?|servers?|nodes?|chips?|racks?|boxes|machines?)"

# the genitive endings ("H100 चे", "GPU cost च्या"), glued on or set apart
_OF = r"(?:चा|ची|चे|च्या|चं|चीं|चें)"
# the case endings a word written in Devanagari keeps when it is said in English ("सर्व्हरमध्ये" server in)
_KEPT_ENDING = (r"(?:मध्ये|मधे|मधील|मधल्या|मधून|ला|ना|साठी|वर|ने|नी|कडे|कडून|पेक्षा|मागे|चा|ची|चे|च्या|चं|"
                r"पर्यंत|पासून)")
# the periods a rate is per, said before its amount ("दररोज", "दिवसाला", "तासाला", "दरमहा", "वर्षाला")
_DAY = (r"(?:दररोज|रोज|रोजचे|रोजच्या|दिवसाला|दिवसाकाठी|प्रतिदिन|प्रति\s+दिवस|दर\s+दिवशी|दर\s+दिवसाला|"
        r"प्रत्येक\s+दिवशी|दिवसागणिक|एका\s+दिवसात|दिवसातून)")
_HOUR = r"(?:तासाला|तासातून|दर\s+तासाला|प्रति\s+तास|प्रतितास|एका\s+तासात|दर\s+तासी)"
_SECOND = r"(?:सेकंदाला|प्रति\s+सेकंद|दर\s+सेकंदाला|एका\s+सेकंदात)"
_MONTH = r"(?:महिन्याला|महिन्यातून|दरमहा|दर\s+महिन्याला|दर\s+महिना|प्रति\s+महिना|प्रतिमहिना|एका\s+महिन्यात|मासिक)"
_YEAR = r"(?:वर्षाला|वर्षातून|दरवर्षी|दर\s+वर्षी|प्रति\s+वर्ष|प्रतिवर्ष|वार्षिक|एका\s+वर्षात)"
_WEEK = r"(?:आठवड्याला|आठवड्यातून|दर\s+आठवड्याला|प्रति\s+आठवडा|एका\s+आठवड्यात)"
# time nouns, with any ending glued on ("दिवसांत", "महिन्यांनी", "वर्षांचा", "तासाला")
_DAYS = r"(?:दिवस|दिवशी)"
_MONTHS = r"(?:महिन|महीन)"
_YEARS = r"(?:वर्ष|सालं|साल)"
_HOURS = r"(?:तास)"
_WEEKS = r"(?:आठवड)"
_UNITS_OF_TIME = ((_DAYS, "days"), (_MONTHS, "months"), (_YEARS, "years"), (_HOURS, "hours"),
                  (_WEEKS, "weeks"), ("मिनिट", "minutes"), ("सेकंद", "seconds"))
# each one ("प्रत्येकी", "दरेकी"), each ("प्रत्येक", "दर")
_EACH_ONE = r"(?:प्रत्येकी|दरेकी|प्रतिएक|प्रत्येकजण|प्रत्येक\s+जण|प्रत्येकाने|प्रत्येकाला)"
_EACH = r"(?:प्रत्येक|प्रति|दर)"

# number words (before a scale word or what they count: "दहा लाख", "पाच लाख users", "तीन महिने")
_NUMBER_WORDS = (("दोनशे", "200"), ("तीनशे", "300"), ("चारशे", "400"), ("पाचशे", "500"), ("सहाशे", "600"),
                 ("सातशे", "700"), ("आठशे", "800"), ("नऊशे", "900"), ("दोन", "2"), ("तीन", "3"), ("चार", "4"),
                 ("पाच", "5"), ("सहा", "6"), ("सात", "7"), ("आठ", "8"),
                 ("नऊ", "9"), ("दहा", "10"), ("बारा", "12"), ("पंधरा", "15"), ("वीस", "20"), ("पंचवीस", "25"),
                 ("तीस", "30"), ("चाळीस", "40"), ("पन्नास", "50"), ("साठ", "60"), ("सत्तर", "70"),
                 ("ऐंशी", "80"), ("नव्वद", "90"), ("शंभर", "100"), ("दीड", "1.5"), ("अडीच", "2.5"),
                 ("साडेतीन", "3.5"), ("साडेचार", "4.5"), ("साडेपाच", "5.5"), ("साडेसहा", "6.5"),
                 ("साडेसात", "7.5"), ("साडेआठ", "8.5"), ("साडेनऊ", "9.5"))
_COUNTABLE = (rf"(?:{_SCALE}|हजार|लाख|कोटी|दशलक्ष|अब्ज|{_MONTHS}|{_DAYS}|{_YEARS}|{_HOURS}|{_WEEKS}|पट|टक्के|"
              r"[A-Za-z])")

# Marathi words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("(?:हे\\s+)?(?:खरं|खरे|खरंच|बरोबर|योग्य)\\s+(?:आहे|असेल|ठरेल)\\s+का|खरंच", "is that right"),
    ("किती\\s+(?:वेळ|काळ)", "how long"),
    ("किती(?=\\s*(?:खर्च|पैसे|रुपये|वीज|बिल|भाडे|भाडं|किंमत|cost|price|power|energy|kwh|kw|mw|bill|rent|"
     "budget|capex|opex|revenue|profit|margin|\\$|₹))", "how much"), ("किती", "how many"),
    ("कोणता|कोणती|कोणते|कोणतं|कुठला|कुठली|कुठले", "which"),
    ("लागतील|लागेल|लागणार|लागतात|लागतायत|लागतात|लागते|लागतो|लागतं|लागली|लागले|लागला|लागलं", "needed"),
    ("पाहिजेत|पाहिजे|हवेत|हवंय|हवेय|हवे|हवा|हवी|हवं|गरज|आवश्यक", "needed"),
    ("बसतील|बसेल|बसतात|बसतं|बसते|मावतील|मावेल", "fit"),
    ("पुरेल|पुरतील|पुरतात|पुरेसे|पुरेसा|पुरेशी|पुरेसं|पुरतो|पुरते", "enough"),
    ("शक्य", "possible"), ("सांगा|सांगाल|सांग|कळवा", "tell"),
    # periods and when
    ("दररोज|रोज|रोजचे|रोजच्या|दिवसाला|प्रतिदिन|दैनिक", "daily"), ("तासाला|प्रतितास|प्रति\\s+तास", "per hour"),
    ("प्रति\\s+सेकंद|प्रतिसेकंद", "per second"), ("प्रति\\s+दिवस", "per day"),
    ("प्रति\\s+महिना|प्रतिमहिना", "per month"),
    ("प्रति\\s+वर्ष|प्रतिवर्ष", "per year"), ("प्रति\\s+आठवडा", "per week"),
    ("सेकंदाला", "per second"), ("महिन्याला|दरमहा|मासिक", "per month"), ("वर्षाला|दरवर्षी|वार्षिक", "per year"),
    ("आठवड्याला", "per week"), ("मिनिटाला", "per minute"),
    ("दिवसांत|दिवसात|दिवसांमध्ये", "in days"), ("दिवस|दिवसांचा|दिवसांचे|दिवसांची|दिवसांचं", "days"),
    ("दिवशी", "day"), ("महिन्यांत|महिन्यात", "in months"), ("महिने|महिन्यांचा|महिन्यांचे", "months"),
    ("महिना", "month"), ("वर्षांत|वर्षात", "in years"), ("वर्षं|वर्षे|वर्षांचा|वर्षांचे", "years"), ("वर्ष", "year"),
    ("तास", "hours"), ("आठवडे", "weeks"), ("आठवडा", "week"), ("मिनिटे|मिनिटं", "minutes"),
    ("सेकंद", "seconds"), ("मिलिसेकंद", "ms"),
    ("नंतर", "later"), ("आत्ता|आता|सध्या|सद्या|आजमितीला", "now"), ("तेव्हा", "then"), ("आज", "today"),
    ("मागच्या\\s+वेळी|मागील\\s+वेळी|गेल्या\\s+वेळी", "last time"), ("मागच्या|मागील|गेल्या|मागचा|मागचे", "last"),
    ("पुढच्या|पुढील|पुढचा|पुढचे|येत्या", "next"), ("शेवटी", "in the end"),
    # who and what is counted
    ("प्रत्येकी|दरेकी|प्रत्येक|प्रत्येकजण|प्रत्येकाने|प्रत्येकाला", "each"), ("मागे", "per"), ("प्रति", "per"),
    ("दिवसाचं|दिवसाचा|दिवसाची|दिवसाचे|रोजचं|रोजचा|रोजची", "daily"),
    ("तासाचं|तासाचा|तासाची|तासाचे|तासाच्या", "hourly"), ("वर्षभर|वर्षभराचं|वर्षभराचा|वर्षभराची|वर्षभरात", "yearly"),
    ("सूट|सवलत|डिस्काउंट", "discount"),
    ("महिन्याचं|महिन्याचा|महिन्याची|महिन्याचे|महिन्याच्या", "monthly"),
    ("वर्षाचं|वर्षाचा|वर्षाची|वर्षाचे|वर्षाच्या", "yearly"), ("एकूण|टोटल", "total"),
    ("वापरकर्ते|वापरकर्त्यांना|वापरकर्त्यांची|वापरकर्त्यांचे|युजर्स|यूजर्स|युझर्स", "users"),
    ("ग्राहक|ग्राहकांना|ग्राहकांचे", "customers"), ("कर्मचारी|कर्मचाऱ्यांना|कर्मचाऱ्यांसाठी", "employees"),
    ("विद्यार्थी|विद्यार्थ्यांना|विद्यार्थ्यांसाठी", "students"),
    ("प्रश्न|प्रश्नांची", "questions"), ("उत्तरं|उत्तरे|उत्तर", "answer"), ("शब्द|शब्दांचा|शब्दांचे", "words"),
    ("जण|लोक|माणसं", "people"), ("टक्के|टक्का", "%"),
    ("मेगावॅट|मेगावॉट", "MW"), ("किलोवॅट|किलोवॉट", "kW"), ("वॅट|वॉट", "W"),
    # hedges and the done
    ("साधारण|साधारणपणे|सुमारे|अंदाजे|अंदाजे|जवळपास|जवळजवळ|अंदाज|सुमार", "about"),
    ("सरासरी", "on average"), ("किमान|कमीत\\s+कमी", "at least"), ("कमाल|जास्तीत\\s+जास्त", "at most"),
    ("अर्धा|अर्धे|अर्धी|अर्धं", "half"), ("दुप्पट|डबल", "double"), ("तिप्पट", "3x"), ("चौपट", "4x"),
    ("दहापट|दसपट", "10x"),
    ("पेक्षा", "than"), ("जास्त", "more"), ("कमी", "less"), ("वेगवान|जलद|फास्ट", "faster"),
    ("स्वस्त", "cheaper"), ("महाग", "pricier"), ("चांगलं|चांगला|चांगली|बरं", "better"),
    ("मिळून|धरून\\s+सगळं|सकट|सह|सहित|समेत", "including"), ("सुद्धा|पण", "also"), ("फक्त|केवळ", "only"),
    ("आणि|व", "and"), ("किंवा|की", "or"), ("जर|तर", "if"), ("का", "?"),
    ("आमच्याकडे|आमच्यापाशी|आमच्याजवळ", "we have"), ("आम्हाला|आपल्याला|मला", "we"),
    ("मिळालेत|मिळाले|मिळालंय|मिळालाय|मिळाला|मिळाली", "got"),
    ("आमचे|आमची|आमचा|आमच्या|आमचं|आपले|आपली|आपला|आपल्या", "our"),
    ("आम्ही|आपण", "we"),
    ("एकाच\\s+वेळी|एकावेळी|एकाचवेळी|एकसाथ|एकदम", "concurrent"),
    ("वाढतेय|वाढतोय|वाढतायत|वाढते|वाढतो|वाढतात|वाढेल|वाढतील|वाढली|वाढले|वाढला|वाढायला|वाढवायचं|वाढ", "grows"),
    ("घटतेय|घटेल|कमी\\s+होईल", "drops"),
    ("भाडे|भाडं|भाड्याने|भाड्यावर|भाड्याचं|भाड्याचे", "rent"), ("किंमत|किंमती|किमती|किंमतीत", "price"),
    ("दर|रेट|विनिमय\\s+दर", "rate"),
    ("खर्च|खर्चा", "cost"), ("बिल|बिलं|बिले|बिलाचा|बिलाची|बिलाचे", "bill"),
    ("वीज|विजेचा|विजेचे|विजेची|विजेचं|लाईट", "electricity"),
    ("युनिट", "unit"), ("अंदाजपत्रक", "budget"), ("महसूल|उत्पन्न|revenue", "revenue"), ("नफा|फायदा", "profit"),
    ("तोटा", "loss"), ("गुंतवणूक|गुंतवणुकीचा|गुंतवणुकीची", "investment"), ("पैसे|पैशांत", "money"),
    ("वाचतील|वाचेल|वाचवता|बचत", "saved"), ("क्षमता", "capacity"), ("विलंब", "latency"),
    ("प्रतिसाद", "response"), ("संदर्भ", "context"),
    ("रुपये|रुपया|रुपयांत|रुपयांमध्ये|रु\\.?", "rupees"), ("डॉलर|डॉलर्स|डॉलरमध्ये", "dollars"),
    ("विकत\\s+घ्यायचे|विकत\\s+घ्यायचं|विकत\\s+घेतले|विकत\\s+घेतला|विकत\\s+घेणे|विकत|घ्यायचे|घ्यायचं|घ्यावेत|"
     "घ्यावं|घेतोय|घेतले|घेतला|घेतली|घेणार|घ्यायचा|खरेदी", "buy"),
    ("म्हणतोय|म्हणतेय|म्हणतायत|म्हणतात|म्हणतो|म्हणते|म्हणाला|म्हणाले|सांगितलं|सांगितले|सांगतोय|सांगतात|"
     "दावा", "claims"),
    ("मोजलं|मोजले|मोजला|मोजली|मोजून", "measured"), ("प्रशिक्षण", "training"),
    ("वापरतोय|वापरतो|वापरतात|वापरून|वापरायचं|वापरणार", "using"), ("तुलनेत", "compared"),
]

# nouns a count counts (English words written in Devanagari among them), with any ending glued on
_LOANS: list[tuple[str, str]] = [
    ("प्रश्न", "questions"), ("टोकन", "tokens"), ("युजर|यूजर|युझर|वापरकर्त", "users"), ("ग्राहक", "customers"),
    ("सर्व्हर|सर्वर", "servers"), ("कार्ड", "cards"), ("रिक्वेस्ट|विनंत्या|विनंती", "requests"),
    ("क्वेरी|क्वेरीज", "queries"), ("मेसेज|संदेश", "messages"), ("कर्मचाऱ्य|कर्मचारी", "employees"),
    ("विद्यार्थ्य|विद्यार्थी", "students"), ("दस्तऐवज|डॉक्युमेंट", "documents"), ("नोड", "nodes"),
    ("रॅक", "racks"), ("जीपीयू|जिपियू", "GPUs"), ("बजेट", "budget"), ("मॉडेल", "model"),
    ("पॅरामीटर|पॅरामिटर|पॅरॅमीटर", "parameters"), ("क्लस्टर", "cluster"), ("ट्रेनिंग|ट्रेन", "training"),
    ("इन्फरन्स|इन्फरेन्स", "inference"), ("लेटन्सी", "latency"), ("मेमरी|मेमोरी", "memory"), ("बॅच", "batch"),
    ("प्रॉम्प्ट", "prompt"), ("इनपुट", "input"), ("आउटपुट|आऊटपुट", "output"), ("पॉवर", "power"),
    ("थ्रूपुट|थ्रुपुट", "throughput"),
]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("\u0964", "."),          # (and the danda, the full stop)
    ("[\u200c\u200d]", ""),                         # (the joiners a keyboard may put inside a word)
    (rf"{_S}रु\.?\s*(?=\d)", "₹"),
    # hedges, before the amounts they are read with ("साधारण 5,000", "सरासरी 7 messages")
    (rf"{_S}(?:साधारण|साधारणपणे|सुमारे|अंदाजे|जवळपास|जवळजवळ|अंदाजे|अंदाजित|सुमार|तब्बल){_E}", "about"),
    (rf"{_S}सरासरी{_E}", "on average"), (rf"{_S}(?:किमान|कमीत\s+कमी){_E}", "at least"),
    # nouns a count counts, before the rules that read the count with them ("8 प्रश्न", "700 टोकन्स")
    *[(rf"{_S}(?:{stem})[{_DEV}]*?(?P<end>{_KEPT_ENDING})?{_E}", rf"{to} \g<end>") for stem, to in _LOANS],
    # number words before a scale word or what they count ("दहा लाख", "पाच लाख users", "तीन महिने")
    *[(rf"{_S}(?:{word}){_E}(?=\s*{_COUNTABLE})", digit) for word, digit in _NUMBER_WORDS],
    (rf"{_S}(?:एक|एका){_E}(?=\s*(?:हजार|लाख|कोटी|दशलक्ष|अब्ज)(?:{_W}))", "1"),
    (rf"{_S}सव्वा{_E}(?=\s*(?:हजार|लाख|कोटी|दशलक्ष|अब्ज))", "1.25"),
    (rf"{_S}पाऊण{_E}(?=\s*(?:हजार|लाख|कोटी|दशलक्ष|अब्ज))", "0.75"),
    (rf"{_S}साडे\s*(\d+)(?![\d.,])", r"\1.5"),
    # ("₹12 लाखाला एक", "$32k ला एक": one's price)
    (rf"({_MONEY}{_N}\s*(?:[kmb]\b)?)\s*(हजार|लाख|कोटी|दशलक्ष|अब्ज)?{_SEP}(?:ाला|ीला|ला){_E}\s+(?:एक|एकेक|एकाला)"
     rf"{_E}", r"\1 \2 each"),
    # ("₹50 कोटीत", "पाच लाख रुपयांत", "$5M मध्ये किती येतील": the money it is all bought within)
    (rf"(?<![\w.,$₹])({_N})\s*((?:(?:हजार|लाख|कोटी|दशलक्ष|अब्ज)\s*){{0,2}})(?:रुपयांत|रुपयात|रुपयांमध्ये){_E}",
     r"with a budget of ₹\1 \2"),
    (rf"({_MONEY}{_N})\s*((?:हजार\s*|लाख\s*)?(?:हजार|लाख|कोटी|दशलक्ष|अब्ज))(?:ां|ीं|ं)?(?:त|मध्ये|च्या\s+आत){_E}",
     r"with a budget of \1 \2"),
    (rf"({_MONEY}{_N}\s*[kmb])\s*-?\s*(?:मध्ये|त|च्या\s+आत){_E}", r"with a budget of \1"),
    # ("किती कोटी", "₹ कोटीत": an answer asked in rupees, counted in crores)
    (rf"{_S}किती\s+(?:कोटी|लाख){_W}", "how much in INR"),
    (rf"(?:₹\s*)?{_S}(?:कोटीत|कोटींत|कोटींमध्ये|कोटीमध्ये|लाखांत|लाखात|लाखांमध्ये){_E}", "in INR"),
    # ("₹5 हजार कोटी", "1.5 हजार कोटी": thousands of crores; "2 लाख कोटी": a trillion each lakh of crores)
    (r"(?<![\d.,])(\d+)\s*हजार\s*(?=कोटी)", r"\1,000 "),
    (r"(?<![\d.,])(\d+)\.(\d)\s*हजार\s*कोटी[\u0900-\u097f]*", r"\1\2 billion"),
    (r"(?<![\d.,])(\d+)\.(\d)(\d)\s*हजार\s*कोटी[\u0900-\u097f]*", r"\1\2.\3 billion"),
    (r"(?<=\d)\s*लाख\s*कोटी[\u0900-\u097f]*", " trillion"),
    # scale words, with any ending glued on ("कोटीला", "लाखांत", "कोटींचा")
    (rf"(?<=\d)\s*हजार{_W}", " thousand"), (rf"(?<=\d)\s*(?:लाख|लक्ष){_W}", " lakh"),
    (rf"(?<=\d)\s*(?:कोटी|करोड){_W}", " crore"), (rf"(?<=\d)\s*(?:दशलक्ष|मिलियन){_W}", " million"),
    (rf"(?<=\d)\s*(?:अब्ज|बिलियन){_W}", " billion"), (rf"(?<=\d)\s*(?:ट्रिलियन|खर्व){_W}", " trillion"),
    (rf"{_S}(?:कोटी|कोटीत|कोटींत|कोटींमध्ये){_E}", "crore"), (rf"{_S}(?:लाख|लाखांत){_E}", "lakh"),
    # ("₹ मध्ये", "₹ कोटीत", "$ मध्ये", "डॉलरमध्ये": the currency an answer is asked in)
    (rf"₹{_SEP}(?:मध्ये|मधे|त){_E}|{_S}(?:रुपयांत|रुपयांमध्ये){_E}", "in INR"),
    (r"₹\s*(?=crore\b|lakh\b)", "in INR "),
    (rf"\${_SEP}(?:मध्ये|मधे|त){_E}|{_S}(?:डॉलरमध्ये|डॉलरात|डॉलर्समध्ये){_E}", "in USD"),
    (rf"€{_SEP}(?:मध्ये|मधे|त){_E}|{_S}(?:युरोमध्ये){_E}", "in EUR"),
    # ("डॉलर 84 रुपये", "1 डॉलर म्हणजे ₹84": the exchange rate)
    (rf"(?:(?<![\w$])1\s*)?{_S}(?:डॉलर|डॉलरला|डॉलरचा\s+भाव|डॉलर\s+म्हणजे){_E}\s*=?\s*₹?\s*({_N})\s*(?:रुपये|रुपयांचा|"
     rf"रुपयांना|रुपयाला|रु\.?){_E}", r"1 USD = \1 INR"),
    # ("9 रुपये", "50 कोटी रुपये", "5 दशलक्ष डॉलर": the currency's sign, as English writes it)
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:रुपय|रुपये|रु\.?)(?:{_W})",
     r"₹\1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:डॉलर|डालर){_W}", r"$\1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:युरो){_W}", r"€\1"),
    # ("₹28L", "5L users": lakh, as India writes it short)
    (r"(?<=\d)L(?![a-z0-9])", " lakh"),
    (rf"(?<=\d)\s*(?:मेगावॅट|मेगावॉट){_W}", " MW"), (rf"(?<=\d)\s*(?:किलोवॅट|किलोवॉट){_W}", " kW"),
    (rf"(?<=\d)\s*(?:वॅट|वॉट){_W}", " W"), (rf"(?<=\d)\s*(?:मिलिसेकंद){_W}", " ms"),
    (rf"(?<=\d)\s*टक्क{_W}", "%"), (rf"(?<=\d)\s*(?:वेळा|वेळेस|वेळ){_E}", " times"),
    (rf"(?<=\d)\s*(?:पट|पटीने|पटींनी|पटी){_E}", "x"),
    (rf"(?<=\d)\s*(?:शब्द|शब्दांचा|शब्दांचे|शब्दांचं|शब्दांची){_E}", " words"),
    # a growth: "दर ४ महिन्यांनी double" every 4 months, "वर्षाला 150% ने वाढतेय" a year
    (rf"{_S}(?:दर|प्रत्येक|प्रति)\s+({_N})\s*{_MONTHS}{_W}\s+(?:double|दुप्पट|डबल)(?:\s+(?:होत|होतो|होते|"
     rf"होतात|होतायत|होतेय|होतोय|होईल|होतील|होणार){_W})?", r"doubling every \1 months"),
    (rf"{_S}(?:दर|प्रत्येक|प्रति)\s+({_N})\s*{_YEARS}{_W}\s+(?:double|दुप्पट|डबल)(?:\s+(?:होत|होतो|होते|"
     rf"होतात|होतायत|होतेय|होतोय|होईल|होतील|होणार){_W})?", r"doubling every \1 years"),
    (rf"{_S}(?:दर|प्रत्येक|प्रति)\s+({_N})\s*{_MONTHS}{_W}", r"every \1 months"),
    (rf"{_S}(?:दर|प्रत्येक|प्रति)\s+({_N})\s*{_YEARS}{_W}", r"every \1 years"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)(?:{_SEP}(?:ने|नी|नं){_E})?\s+(?:वाढ|grow){_W}",
     r"growing \1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)(?:{_SEP}(?:ने|नी|नं){_E})?\s+(?:वाढ|grow){_W}",
     r"growing \1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)(?:{_SEP}(?:ने|नी|नं){_E})?", r"\1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)(?:{_SEP}(?:ने|नी|नं){_E})?", r"\1 a month"),
    (rf"({_N}\s*%){_SEP}(?:ने|नी|नं){_E}(?=\s+(?:वाढ|grow))", r"\1"),
    # ("MFU 10 points वाढेल": points gained; "MFU 45% पर्यंत नेलं तर": raised to)
    (rf"\b(mfu|utili[sz]ation)\s+({_N})\s*(?:points?|पॉइंट्स|पॉईंट|पॉइंट|अंक)\s+(?:ने\s+)?(?:वाढेल|वाढला|वाढली|"
     rf"वाढवला|वाढवली|वाढवलं|वाढलं|वाढवू|वाढतील|जास्त){_E}", r"\1 gains \2 points"),
    (rf"({_NUM})\s*(?:points?|पॉइंट्स|पॉईंट|पॉइंट)\s+(?:ने\s+)?(?:वाढेल|वाढला|वाढली|वाढवला|वाढवली|वाढलं|"
     rf"जास्त){_E}", r"gains \1 points"),
    (rf"\b(mfu|utili[sz]ation)\s+({_N}\s*%){_SEP}(?:पर्यंत|वर)\s+(?:नेलं|नेला|नेली|नेल्यास|वाढवलं|वाढवला|"
     rf"वाढवली|गेलं|गेला|गेली){_E}", r"\1 goes to \2"),
    # ("DRAM च्या 5 पट", "GPU cost च्या 1.6x": times that)
    (rf"\b([a-z][a-z0-9_/-]{{0,30}}(?:\s+[a-z][a-z0-9_/-]{{0,30}})?){_SEP}{_OF}\s+({_N})\s*(?:पट|x)"
     rf"(?=\s|$|[.,;?!])", r"\2x \1"),
    # ("B200, H100 पेक्षा 3 पट fast": faster than)
    (rf"({_NAME}){_SEP}(?:पेक्षा|च्या\s+तुलनेत)\s+({_N})\s*(?:पट|x)\s+(?:fast(?:er)?|वेगवान|जलद|जास्त\s+वेगवान)"
     rf"{_W}", r"\2x faster than \1"),
    (rf"({_NAME})\s+({_N})\s*(?:पट|x)\s+(?:fast(?:er)?|वेगवान|जलद)(?:{_W})", r"\1 \2x faster"),
    (rf"(?<=\d)\s*(?:पट|पटीने|पटींनी){_E}", "x"),
    # ("2022 च्या prices ने": at a year's prices)
    (rf"(?<![\w.,])((?:19|20)\d\d){_SEP}{_OF}\s+(prices?|किंमती|किमती|दरांनी|दराने|rates?)(?:{_SEP}(?:ने|नी|ला)"
     rf"{_E})?", r"at \1 prices"),
    (rf"(?<![\w.,])((?:19|20)\d\d){_SEP}(?:पर्यंत|पावेतो){_E}", r"by \1"),
    # ("1 लाख पासून 50 लाख users पर्यंत": from one count to another)
    (rf"({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?){_SEP}(?:पासून|वरून){_E}\s+({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?)"
     rf"{_SEP}(?:पर्यंत|वर){_E}", r"from \1 to \2"),
    # a time from now, a time taken, a time over ("18 महिन्यांनी", "90 दिवसांत", "पुढच्या 2 वर्षांचा",
    # "1 महिन्यासाठी", "30 दिवसांचं energy")
    *[(rf"{_S}(?:पुढच्या|पुढील|येत्या)\s+({_N})\s*{stem}(?:{_W})", rf"over the next \1 {unit}")
      for stem, unit in _UNITS_OF_TIME],
    *[(rf"({_NUM})\s*{stem}[{_DEV}]*(?:नी|नंतर|ांत|ात|ांमध्ये|ामध्ये|ंत|त){_E}", rf"in \1 {unit}")
      for stem, unit in _UNITS_OF_TIME],
    *[(rf"({_NUM})\s*{stem}[{_DEV}]*(?:साठी|करिता|भर){_E}", rf"for \1 {unit}")
      for stem, unit in _UNITS_OF_TIME],
    *[(rf"({_NUM})\s*{stem}[{_DEV}]*(?:चा|ची|चे|चं|च्या){_E}(?!\s*(?:आत|खाली|पेक्षा))", rf"for \1 {unit}")
      for stem, unit in _UNITS_OF_TIME],
    *[(rf"(?<=\d)\s*{stem}(?:[{_DEV}]*?(?=पेक्षा{_E})|{_W})", f" {unit}") for stem, unit in _UNITS_OF_TIME],
    # ("100 GPUs ला 3 महिने": a fleet for a time)
    (rf"({_NUM}\s*(?:{_NAME}\s+)?(?:{_DEVICE}|gpus?)){_SEP}(?:ला|ना|साठी){_E}\s+({_NUM}\s*(?:months?|days?|years?|"
     rf"weeks?|hours?))\b", r"\1 for \2"),
    (rf"{_S}किती\s+(?:{_DAYS}){_W}", "how many days"), (rf"{_S}किती\s+{_MONTHS}{_W}", "how many months"),
    (rf"{_S}किती\s+{_YEARS}{_W}", "how many years"), (rf"{_S}किती\s+{_HOURS}{_W}", "how many hours"),
    (rf"{_S}(?:मागच्या|मागील|गेल्या)\s+(?:वर्षी|वर्षात|साली){_E}", "last year"),
    (rf"{_S}(?:पुढच्या|पुढील)\s+(?:वर्षी|वर्षात|साली){_E}", "next year"),
    # ("TTFT 500ms च्या आत": a limit)
    (rf"({_N}\s*(?:ms|s|sec|seconds?|milliseconds?|minutes?|min)(?![a-z])){_SEP}(?:च्या\s+आत|पेक्षा\s+कमी|"
     rf"च्या\s+खाली|पर्यंत|आत|खाली)(?:\s+(?:हवा|हवे|हवी|पाहिजे|असावा|असावी|असावे|ठेवायचा|ठेवायची))?{_E}",
     r"under \1"),
    # ("H100 च्या तुलनेत": compared to)
    (rf"{_SEP}{_OF}\s+तुलनेत{_E}", " compared to"),
    (rf"{_SEP}(?:(?:च्या|चा|ची|चे)\s+)?(?:सारखं|सारखे|सारखा|सारखी|सारख्या){_E}", " like"),
    # ("तेवढ्याच B200 वर": as many)
    (rf"{_S}(?:तेवढ्याच|तितक्याच|तेवढेच|तितकेच|तेवढ्या|तितक्या)(?:\s+(?:संख्येने|संख्येच्या))?{_E}",
     "the same number of"),
    # ("त्यातले अर्धे GPU वर", "त्यापैकी 30%": a share of it)
    (rf"{_S}(?:त्यातले|त्यातला|त्यातली|त्यातील|त्यापैकी|त्यांपैकी|त्यातून|यातले|यापैकी)\s+(?:अर्धे|अर्धा|अर्धी|अर्धं)"
     rf"(?:\s+([a-z][a-z0-9_-]{{0,30}})(?:{_SEP}(?:वर|साठी|मध्ये|ला)){_E})?", r"half of it on \1"),
    (rf"{_S}(?:त्यातले|त्यातला|त्यातली|त्यातील|त्यापैकी|त्यांपैकी|यातले|यापैकी)\s+({_N}\s*%)", r"\1 of that"),
    # ("networking + DC मिळून 40% extra": a share added on top)
    (rf"\b([a-z][a-z0-9_-]{{0,30}}(?:\s*[+&]\s*[a-z][a-z0-9_-]{{0,30}}){{0,4}})\s+(?:मिळून|धरून|सकट|सह)\s+({_N}\s*%)\s*(?:extra|जास्त|"
     rf"अधिक)?", r"plus \2 for \1"),
    # ("server सह", "server सकट", "सर्व्हर धरून": the server's share included)
    (rf"\b(server(?:\s+overhead)?|सर्व्हर|सर्वर)\s*-?\s*(?:सह|सकट|सहित|धरून|मिळून){_E}", r"including \1"),
    # ("₹100 कोटी budget मध्ये", "₹५ कोटी आहेत compute साठी": the money there is)
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s+(budget|बजेट){_SEP}(?:मध्ये|मधे|त){_E}", r"with a \1 \2"),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s+(?:आहेत|आहे|मिळालेत|मिळाले|उपलब्ध\s+आहेत)\s+([a-z][a-z0-9_-]{{0,30}})"
     rf"{_SEP}(?:साठी|करिता){_E}", r"budget \1 for \2"),
    # ("1500 English words चं document": a document of that many words)
    (rf"({_NUM}\s*(?:[a-z]+\s+)?words?){_SEP}{_OF}\s+(documents?|docs?|files?|pdfs?|reports?|articles?|pages?)\b",
     r"\2 of \1"),
    # ("revenue च्या किती %": the share of it asked)
    (rf"\b([a-z][a-z0-9_-]{{0,30}}){_SEP}{_OF}\s+किती\s*(?:%|टक्के){_E}", r"what % of \1"),
    # ("user कडून महिन्याला ₹399 घेतो": a user's monthly charge)
    (rf"\b({_PER_THING}){_SEP}(?:कडून|ला|ना|मागे){_E}\s+(?:{_MONTH}){_E}\s+({_MONEY}{_N}(?:\s*{_SCALE})?)\s+"
     rf"(?:घेतो|घेतोय|घेतात|घेणार|घेऊ|घ्यायचे|आकारतो|आकारणार|charge){_W}", r"charge \2 per \1 a month"),
    # ("युनिटला ₹9", "प्रति युनिट ₹9": electricity's price per unit)
    (rf"{_S}(?:(?:प्रति|दर|एका)\s+)?(?:युनिटला|युनिटसाठी|युनिटचा|युनिटचे|युनिटचं|युनिट){_E}\s+(?:दर\s+|रेट\s+)?"
     rf"({_MONEY}?{_N}(?:\s*(?:₹|rs\b|inr\b))?)", r"\1 per unit"),
    # ("डॉलरचा दर ₹84", "USD चा rate 84": the exchange rate)
    (rf"(?:{_S}(?:डॉलरचा|डॉलरचे|डॉलरचं|डॉलर){_E}|\b(?:usd|dollar)\s*-?\s*(?:चा|चे|चं)?)\s+(?:दर|भाव|रेट|rate){_E}\s+"
     rf"(?:₹\s*)?({_N})", r"1 USD = \1 INR"),
    # ("आम्हाला 10 हवेत": the count wanted)
    (rf"{_S}(?:आम्हाला|आपल्याला|मला){_E}\s+({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z][a-z0-9_-]{{0,30}}){{0,3}}?)\s+"
     rf"(?:हवेत|हवे|हवेत|हवंय|पाहिजेत|पाहिजे|लागतील|लागणार|घ्यायचे|घ्यायचेत|घ्यायचंय){_E}", r"we need \1"),
    # ("एकाच वेळी 500 users", "500 users एकाच वेळी": at once)
    (rf"{_S}(?:एकाच\s+वेळी|एकावेळी|एकाचवेळी|एकदम){_E}\s+({_NUM}(?:\s*{_SCALE})?)\s+([a-z]+)",
     r"\1 concurrent \2"),
    (rf"({_NUM}(?:\s*{_SCALE})?)\s+([a-z]+)\s+(?:एकाच\s+वेळी|एकावेळी|एकाचवेळी|एकदम){_E}", r"\1 concurrent \2"),
    # ("भाड्याने घ्यायचे": rented, not bought)
    (rf"{_S}(?:भाड्याने|भाड्यावर)\s+(?:घ्यायचे|घ्यायचं|घ्यायचा|घ्यावे|घ्यावेत|घ्यावं|घेतले|घेतला|घेणार|घेऊ|घेतो|"
     rf"घेतोय|घेतलं){_E}", "rent"),
    # ("GPU-तासाला $2.5", "$2.5 प्रति GPU-तास", "chip तासांचा": a GPU-hour)
    (rf"\b(gpu|chip|card|node)\s*-?\s*(?:तासाला|तासासाठी|तासाचा|तासाचे|तासाचं)\s+((?:about\s*)?{_MONEY}{_N})",
     r"\2 per \1-hour"),
    (rf"({_MONEY}{_N})\s*(?:/|प्रति|per)\s*(gpu|chip|card|node)\s*-?\s*तास{_W}", r"\1 per \2-hour"),
    (rf"\b(gpu|chip|card|node)\s*-?\s*तास{_W}", r"\1-hours"),
    # ("प्रत्येक card ची किंमत ₹28 लाख", "server चा भाव $290k": a thing's price)
    (rf"(?:{_S}(?:{_EACH}|एक|एका){_E}\s+)?(?<![\w-])({_PER_THING}){_SEP}(?:{_OF}\s+)?(?:किंमत|किमत|भाव|price|"
     rf"cost)\s+((?:about\s*)?{_MONEY}{_N}(?:\s*(?:{_SCALE}|हजार|लाख|कोटी|दशलक्ष|अब्ज))?)", r"\2 per \1"),
    # ("GPU मागे 1 kW", "user मागे ₹20": per one)
    (rf"(?<![\w-])({_PER_THING}){_SEP}मागे\s+({_AMOUNT}{_COUNTED})", r"\2 per \1"),
    # ("वीज दर ₹7.5": electricity's tariff, not an exchange rate)
    (rf"{_S}(?:वीज|विजेचा|विजेचे|विजेचं|विजेची|electricity|power)\s*(?:दर|रेट|rate|भाव){_E}", "electricity tariff"),
    # (a period said before the basis of a rate: "तासाला प्रत्येक GPU साठी $3.2" is "प्रत्येक GPU साठी तासाला")
    (rf"({_S}(?:{_HOUR}|{_DAY}|{_MONTH}|{_YEAR}|{_SECOND}){_E})\s+"
     rf"((?:{_EACH}\s+{_PER_THING}(?:{_SEP}(?:साठी|ला|ना))?|{_PER_THING}{_SEP}(?:साठी|ला|ना)){_E})",
     r"\2 \1"),
    # ("प्रत्येकी दिवसाला ~20 requests", "रोज 12 queries प्रत्येकी": each user's count of a day)
    (rf"{_S}{_EACH_ONE}\s+(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a day each"),
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})\s+{_EACH_ONE}{_E}", r"\1 a day each"),
    (rf"({_AMOUNT}{_COUNTED})\s+(?:{_DAY}){_E}\s+{_EACH_ONE}{_E}", r"\1 a day each"),
    (rf"{_S}{_EACH_ONE}\s+(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour each"),
    (rf"{_S}{_EACH_ONE}\s+(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month each"),
    # ("प्रत्येक DAU रोज 8 प्रश्न": a day's count per one)
    (rf"{_S}{_EACH}\s+({_PER_THING}){_E}(?:{_SEP}(?:ला|ना|साठी))?\s+(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})",
     r"\2 a day per \1"),
    # ("रोज साधारण 5,000 customers": the users of a day)
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT})\s*({_WHO}){_E}", r"\1 daily \2"),
    # a period said before its amount ("दिवसाला 50 कोटी output tokens", "तासाला ₹180", "सेकंदाला 2,500
    # requests"; "रोज 80 कोटी input tokens आणि 5 कोटी output tokens": both counts of the day)
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})\s+(?:आणि|व|and|,)\s+"
     rf"((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day and \2 a day"),
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour"),
    (rf"{_S}(?:{_SECOND}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    (rf"{_S}(?:{_WEEK}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a week"),
    # (a period said after its amount: "1 कोटी tokens रोज")
    (rf"({_AMOUNT}{_COUNTED})\s+(?:{_DAY}){_E}", r"\1 a day"),
    # a count after what it counts ("H100 SXM cards 64", "L4 cards ४")
    (rf"({_NAME}){_NOT_SIZE}\s+({_DEVICE})\s+(?:एकूण\s+)?(\d[\d,]*)(?![\d,]|\.\d|\s*[a-z%])", r"\3 \1 \2"),
    (rf"(?<![\w-])({_DEVICE})\s+(?:एकूण\s+)?(\d[\d,]*)(?![\d,]|\.\d|\s*[a-z%])", r"\2 \1"),
    # ("प्रत्येक conversation मध्ये 7 messages", "प्रत्येक store मध्ये 1 L4": what each one holds)
    (rf"{_S}{_EACH}\s+([a-z][a-z0-9_-]{{0,30}}){_SEP}(?:मध्ये|मधे|त|वर){_E}\s+({_AMOUNT}(?:\s+{_NAME})?(?:\s+{_DEVICE})?"
     rf"{_COUNTED})",
     r"\2 per \1"),
    # ("server मध्ये 8 GPUs", "node वर 8 H100": what one holds)
    (rf"(?:{_S}{_EACH}\s+)?(?<!\d\s)(?<!\d)\b(server|node|rack|box|machine|instance|replica|pod)(?:e?s)?{_SEP}"
     rf"(?:मध्ये|मधे|त|वर|ला|ना){_E}\s+({_NUM}\s*(?:{_NAME}(?:\s+(?:{_DEVICE}|gpus?))?|{_DEVICE}|gpus?))(?![\w.])",
     r"\2 per \1"),
    # the basis a rate is per, said before it ("प्रत्येक rack ला 40 kW", "प्रत्येक GPU साठी server सह 1.2 kW",
    # "प्रत्येक message ला 700 tokens input", "युनिटला ₹9")
    (rf"{_S}{_EACH}\s+({_PER_THING})(?:{_SEP}(?:साठी|ला|ना|करिता))?{_E}\s+((?:including\s+server\s+|"
     rf"(?:[a-z][a-z.-]{{0,30}}\s+){{0,2}}?){_AMOUNT}(?:\s+(?:{_DEVICE}|gpus?)\b|{_COUNTED}"
     rf"(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)?)",
     r"\2 per \1"),
    (rf"(?<!\d\s)(?<!\d)(?<![\w-])({_PER_THING}){_SEP}(?:ला|ना){_E}\s+((?:including\s+server\s+)?{_AMOUNT}"
     rf"(?:{_COUNTED}(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)?)", r"\2 per \1"),
    # ("एक rack ~$3.4M", "H200 SXM एक साधारण $32k ला मिळतो", "₹28 लाख प्रत्येकी": each one's price)
    (rf"{_S}(?:एक|एका){_E}\s+({_PER_THING})\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)", r"\2 per \1"),
    (rf"{_S}(?:एक|एकाची|एकाचा|एकाला){_E}\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)(?:{_SEP}(?:ला|ना){_E})?",
     r"\1 each"),
    (rf"{_S}{_EACH_ONE}{_E}\s+({_AMOUNT}(?:\s+{_NAME}(?:\s+{_DEVICE})?|\s+{_DEVICE}|{_COUNTED}))",
     r"\1 each"),
    (rf"({_AMOUNT})\s+{_EACH_ONE}{_E}", r"\1 each"),
    # ("एका DGX B200 ची किंमत $5 लाख": one's price)
    (rf"{_S}(?:एका|एक){_E}\s+({_NAME}){_SEP}(?:{_OF}\s+)?(?:किंमत|किमत|भाव|price|cost)\s+"
     rf"((?:about\s*)?{_MONEY}{_N}(?:\s*{_SCALE})?)", r"\1 price \2 each"),
    # ("card ₹28 लाख", "server $290k": one's price)
    (rf"\b(card|gpu|server|node|rack|box|chip)\s+((?:about\s*)?{_MONEY}{_N}(?:\s*{_SCALE})?)"
     rf"(?!\s*(?:/|per\b|each\b|{_SCALE})|\w|[.,]\d)", r"\2 per \1"),
    # ("एका L4 वर", "एका RTX 4090 वर": one card)
    (rf"{_S}(?:एका|एक){_E}\s+(?=(?:gaudi|tpu|dgx|hgx|rtx|instinct)\s*[a-z]*\d|[a-z]+\d)", "1 "),
    (rf"{_S}(?:एका|एक){_E}\s+(?=(?:{_DEVICE}|node|server|gpu|card)\b)", "one "),
    # ("₹3.2 कोटीला quote", "$32k ला मिळतो": the price it is had at)
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?){_SEP}(?:ला|ना|ने|नी)\s+(?=quote|offer|मिळ|विक|पडत|पडेल|पडतो|घेत|"
     r"येत|आहे)", r"for \1 "),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?(?:\s*/\s*[a-z-]+)?(?:\s+per\s+[a-z-]+)?){_SEP}(?:ला|ना|ने|नी){_E}",
     r"at \1"),
    # ("peak ला 4 पट", "peak ला 800 concurrent users": at the peak)
    (rf"\bpeak{_SEP}(?:ला|ना|मध्ये|वर|च्या\s+वेळी|वेळी){_E}", "peak"),
    # ("MFU ४०% मिळेल असं धरूया", "peak 3x धरा": assumed)
    (rf"{_S}(?:असं|असे|अस)\s+(?:धरूया|धरू|धरा|धरतो|धरलं|समजू|समजा|गृहीत\s+धरा|वाटतं|वाटते){_E}", ""),
    (rf"{_S}(?:धरूया|धरू|धरा|धरतो|धरलं|धरला|धरली|धरले|धरून|धरायचा|धरायचं|धरायची|धरल्यास|धरलेत|गृहीत\s+धरा|"
     rf"गृहीत\s+धरून|समजा|समजू|ठेवा|ठेवू|ठेवलं|ठेवला|ठेवली){_E}", ""),
    # ("म्हणतोय की", "claim आहे की": what is claimed)
    (rf"{_S}(?:म्हणतोय|म्हणतेय|म्हणतायत|म्हणतात|म्हणतो|म्हणते|म्हणाला|म्हणाले|सांगतोय|सांगतात|सांगितलं|"
     rf"सांगितले)(?:\s+की)?{_E}", "claims"),
    (rf"(?:\bclaims?|{_S}(?:दावा|क्लेम)){_E}\s+(?:आहे|होता|केलाय|केला|केलंय|करतोय|करतात)\s+(?:की{_E})?", "claims "),
    (rf"({_NUM})\s*(?:days?)\s+(?:train\s+)?(?:झाला|झाले|झालं|झाली|चालला|चाललं|चालले|लागले|लागला|लागली){_E}",
     r"took \1 days"),
    # case endings glued to English words and numbers: "GPU-साठी", "L4वर", "H100चे", "Pune मधून"
    (rf"(?<=[A-Za-z0-9%)$₹])\s*-?पेक्षा{_E}", " than"),
    (rf"(?<=[A-Za-z0-9%)$₹])\s*-?(?:मध्ये|मधे|मधील|मधल्या|मधला|मधली|मधून|वरील|वरच्या|वर|साठी|करिता|कडे|कडून|"
     rf"पर्यंत|पासून|सह|सकट|तून|मुळे|प्रमाणे|ला|ना|ने|नी|नं|चा|ची|चे|च्या|चं|ही|शी|वाला|वाले|"
     rf"वाली|वाल्या|त|च){_E}", " "),
    (rf"{_S}(?:वर|ला|ना|ने|नी|नं|चा|ची|चे|च्या|चं|कडे|तून|शी|वाला|वाले|वाली|वाल्या|च|ही){_E}", ""),
    (rf"{_S}(?:मध्ये|मधे|मधील|मधल्या){_E}", "in"), (rf"{_S}(?:साठी|करिता){_E}", "for"),
    (rf"{_S}(?:कडून|पासून|मधून){_E}", "from"), (rf"{_S}पर्यंत{_E}", "to"),
    *script_words(_WORDS, _DEV),
    # (words that say nothing of a quantity, and the spaces they stood between)
    (rf"[{_DEV}]+", ""), (r"(?<=\S)[ \t]{2,}(?=\S)", " "), (r"(?<=[\w%)])[ \t]+(?=[.,?!;:](?!\d))", ""),
    (r"^[ \t]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]

# Marathi's own words, any one of which shows the language (Hindi writes है, कितने, और, के लिए, में, लगेंगे,
# हमारे, रोज़ाना, अभी)
_MARATHI_WORDS = rx.compile(
    rf"{_S}(?:आहे|आहेत|आहोत|आहेस|आहेय|नाही|नाहीत|किती|आणि|साठी|मध्ये|लागतील|लागेल|लागणार|लागतायत|पाहिजे|"
    r"पाहिजेत|होईल|होतील|आम्ही|आम्हाला|आमचा|आमची|आमचे|आमच्या|आमचं|आमच्याकडे|प्रत्येकी|दिवसाला|तासाला|"
    rf"महिन्याला|वर्षाला|दररोज|आत्ता|सध्या){_E}")
# words Marathi writes more than Hindi does, two of which (or one beside a form or an ending below) show it
_MARATHI_HINTS = rx.compile(
    rf"{_S}(?:मधे|मधून|हवेत|होतात|येईल|येतील|येतात|जाईल|आपल्याला|एकूण|बसतील|पुरेल|पुरतील|सांगा|धरा|धरून|"
    r"धरूया|किंमत|कोटी|कोटीला|म्हणतात|म्हणतोय|पेक्षा|पासून|कडून|झाला|झाले|झालं|शकतो|शकतात|शकेल|तुलनेत|"
    rf"किमान|सरासरी|मिळेल|मिळतील|मिळतो|वीज|भाडे|भाड्याने|महिने|वर्षे|दिवसांत|तर|का){_E}")
# a Marathi ending glued to an English word or a number ("H100चे", "GPU-साठी", "L4वर", "कोटीला" after digits)
_MARATHI_GLUED = rx.compile(rf"[A-Za-z0-9%]\s*-?(?:चा|ची|चे|च्या|चं|साठी|मध्ये|वर|ला|कडून|पेक्षा){_E}")
# Marathi verb forms (the progressive "करतोय", the purpose "करायचंय", the future "चालवणार")
_MARATHI_FORMS = rx.compile(rf"[{_DEV}](?:तोय|तेय|तायत|ायचं|ायचंय|ायचा|ायची|ायचे|णार|ल्यास|ूया){_E}")


def said_in_marathi(text: str) -> bool:
    """The message is Marathi in Devanagari: one of the words only Marathi writes, or two of those it writes
    more than Hindi does and its verb forms (one, with one of its endings glued to an English word or a
    number)."""
    if _MARATHI_WORDS.search(text) is not None:
        return True
    hints = len({m.group(0) for m in _MARATHI_HINTS.finditer(text)})
    hints += min(len(_MARATHI_FORMS.findall(text)), 2)
    return hints >= 2 or (hints >= 1 and _MARATHI_GLUED.search(text) is not None)


# (characters `re` matches to an ASCII letter when it ignores case, and whose lower case is not that letter)
_FOLD = {0x130: "i", 0x131: "i", 0x17f: "s", 0x212a: "k"}


_ODD = rx.compile("[\u0130\u0131\u017f\u212a]")


def _folded(text: str) -> str:
    return (text.translate(_FOLD) if _ODD.search(text) else text).lower()


def _required(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """Sets of literal strings, one of each of which every match of a parsed pattern (its lookarounds too)
    puts in the text (none when that cannot be told), those of longer strings first."""
    from re import _parser  # type: ignore[attr-defined]

    sets: list[set[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _parser.LITERAL:
            run += chr(av)
            continue
        if run:
            sets.append({run})
            run = ""
        found: set[str] | None = None
        if op is _parser.IN and all(o is _parser.LITERAL for o, _ in av) and len(av) <= 12:
            found = {chr(v) for _, v in av}
        elif op is _parser.SUBPATTERN:
            sets += _required(list(av[-1]))
        elif op is _parser.ASSERT:
            sets += _required(list(av[1]))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] >= 1:
            sets += _required(list(av[2]))
        elif op is _parser.BRANCH:
            found = set()
            for branch in av[1]:
                each = _required(list(branch))
                if not each:
                    found = None
                    break
                found |= each[0]
        if found:
            sets.append(found)
    return sorted(sets, key=lambda x: (min(map(len, x)), -len(x)), reverse=True)


def _gate(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """Quick tests a text (lower case) must pass for the pattern to match in it: each the literals one of
    which it holds (up to three such sets; none when the pattern's text does not tell). The literals are kept
    with the compiled patterns (calc/rx.py)."""
    def derive() -> list[list[str]]:
        try:
            from re import _parser  # type: ignore[attr-defined]

            found = _required(list(_parser.parse(pattern.pattern, pattern.flags)))
        except Exception:                       # a pattern the private parser reads otherwise
            return []
        return [sorted({x.lower() for x in lits}, key=len, reverse=True) for lits in found
                if not any(c.lower() != c.upper() and not c.isascii() for x in lits for c in x)][:3]
    return [rx.compile("|".join(re.escape(x) for x in lits)) for lits in rx.memo("required-literals",
                                                                                 pattern.pattern, derive)]


_GATED = [(pat, to, _gate(pat)) for pat, to in _COMPILED]
# a long message is read a few sentences at a time (no rule reads across a sentence's end), so that each rule
# scans only the pieces that hold its words
_LONG = 2000
_PIECE = 500
_SENTENCE_END = rx.compile(r"(?<=[?!।\n])\s+|(?<=[^\s.]\.)\s+(?=[^\d\s])")


def _read(text: str, pos: list[int]) -> tuple[str, list[int]]:
    out, where = text, pos
    low = _folded(out)
    for pat, to, gates in _GATED:
        if any(gate.search(low) is None for gate in gates):
            continue
        new, where = rewrite(out, where, [(pat, to)])
        if new is not out:
            out, low = new, _folded(new)
    return out, where


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Marathi quantity words and case endings in English and its digits as digits, with the
    position in the source of each character (calc/script.rewrite)."""
    if len(text) <= _LONG:
        return _read(text, list(pos))
    cuts = [0]
    for m in _SENTENCE_END.finditer(text):
        if m.end() - cuts[-1] >= _PIECE:
            cuts.append(m.end())
    cuts.append(len(text))
    out: list[str] = []
    where: list[int] = []
    for a, b in itertools.pairwise(cuts):
        piece, at = _read(text[a:b], list(pos[a:b]))
        out.append(piece)
        where += at
    return "".join(out), where
