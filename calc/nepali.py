"""Nepali written in Devanagari, as engineers, bank IT teams and founders in Kathmandu and Pokhara type it
with English terms between ("हाम्रो app मा ५० हजार DAU छ", "एक user ले दिनमा 8 पटक", "रु 40 करोड budget",
"H100 SXM 8 वटामा", "L4 कति वटा चाहिन्छ?"): its digits read as digits, its number words and scale words
(हजार, लाख, करोड, अर्ब) as numbers, rupees (रु, रू, रुपैयाँ) as NPR, the words that carry a quantity's meaning
and the postpositions glued to English words and numbers ("H100 मा" in, "GPU को" of, "Llama 3 8B ले" by)
said in English, so that every rule reads them as it reads English. A period or a basis said before its
amount ("दिनमा 20 करोड tokens", "प्रति घण्टा रु 280", "प्रति node 8 GPU") is said after it, as English says
it, and a count said after what it counts ("server 12 वटा") before it.

Nepali shares its script with Hindi and Marathi (calc/hindi, calc/marathi, read after this module): a message
is read as Nepali only when it shows Nepali's own words (छ, छन्, कति, वटा, हाम्रो, चाहिन्छ, लाग्छ, the
postposition मा glued to a word). Every character keeps its position in the source, so a span is quoted as
the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import GLUED as _SEP
from calc.script import HEDGE as _HEDGE
from calc.script import LAKH_SCALE as _SCALE
from calc.script import NUMBER as _N
from calc.script import NUMBER_ALONE as _NUM
from calc.script import UNIT as _UNIT
from calc.script import amount, digit_rules, rewrite, script_words

_DEV = "\u0900-\u097f"
_S = rf"(?<![{_DEV}])"      # a word's start (Devanagari's vowel signs are no word characters to \b)
_E = rf"(?![{_DEV}])"       # a word's end
_W = rf"[{_DEV}]*"          # the rest of a word (an ending glued on)

_DIGITS = "०१२३४५६७८९"
_MONEY = r"(?:[$₹€£]\s*|\b(?:npr|rs)\.?\s*)"
_SCALES = (("हजार|हज़ार", " thousand"), ("लाख", " lakh"), ("करोड|करोड़", " crore"), ("अर्ब|अरब", " billion"),
           ("मिलियन", " million"), ("बिलियन", " billion"), ("खर्ब", " hundred billion"))
_SCALE_WORDS = "|".join(word for word, _ in _SCALES)
# the postpositions a word may have glued on ("लाखको", "करोडमा", "महिनामा", "एउटाले")
_CASE = r"(?:मा|को|का|की|ले|लाई|बाट|देखि|सँग|संग|सम्म|भित्र|मै|मात्र|वटा|ओटा|वटामा)"
_AMOUNT = amount(_MONEY)
# what a count a day, an hour or a second counts ("दिनमा 20 करोड tokens", "दिनमा 6 message")
_COUNTED = (r"(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|quer(?:y|ies)|questions?|messages?|"
            r"documents?|docs?|tickets?|chats?|calls?|conversations?|sessions?|words?|images?|emails?|"
            r"replies|reports?|summaries|summary|videos?|pages?|turns?|searches|transactions?|orders?|"
            r"claims?|invoices?|prompts?|times|[a-z]{4,}s)\b)?(?:\s+(?:input|output)\b(?!\s*tokens?))?")
_WHO = (r"(?:users?|customers?|people|visitors?|students?|subscribers?|employees?|patients?|farmers?|"
        r"members?|agents?|staff|dau|mau)")
# the things a rate is per ("प्रति user", "प्रति node 8 GPU", "प्रति unit रु 11")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|dau|mau|months?|days?|requests?|queries|query|turns?|chats?|"
              r"messages?|prompts?|summary|summaries|documents?|docs?|images?|tickets?|replies|reply|answers?|"
              r"responses?|replicas?|sites?|stores?|branch(?:es)?|shops?|outlets?|offices?|boxes|"
              r"box|machines?|instances?|sessions?|conversations?|calls?|customers?|employees?|students?|"
              r"agents?|seats?|cameras?|devices?)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "TPU v5p", "DGX B200")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct|intel|amd|nvidia)\s*)?"
         r"[a-z]*\d[a-z0-9]*(?:\.[a-z0-9]+)*(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_DEVICE = r"(?:cards?|gpus?|servers?|nodes?|chips?|racks?|boxes|machines?)"
# the count suffix ("८ वटा H100", "दुईवटा", "H100 SXM 8 वटामा")
_PIECES = rf"(?:वटा|ओटा|वटै|थान|गोटा){_W}"
# the periods a rate is per, said before its amount ("दिनमा", "दैनिक", "महिनामा", "प्रति घण्टा")
_DAY = (r"(?:दिनमा|दिनको|दिनहुँ|दैनिक|प्रतिदिन|प्रति\s+दिन|एक\s+दिनमा|हरेक\s+दिन|रोज|रोजको|daily)")
_HOUR = r"(?:घण्टामा|घन्टामा|प्रति\s+घण्टा|प्रति\s+घन्टा|प्रतिघण्टा|एक\s+घण्टामा|घण्टाको|घन्टाको)"
_SECOND = r"(?:सेकेन्डमा|सेकेण्डमा|प्रति\s+सेकेन्ड|प्रति\s+सेकेण्ड|एक\s+सेकेन्डमा)"
_MONTH = r"(?:महिनामा|महिनाको|मासिक|प्रति\s+महिना|हरेक\s+महिना|एक\s+महिनामा)"
_YEAR = r"(?:वर्षमा|वर्षको|वार्षिक|प्रति\s+वर्ष|हरेक\s+वर्ष|एक\s+वर्षमा|बर्षमा)"
_WEEK = r"(?:हप्तामा|हप्ताको|साप्ताहिक|प्रति\s+हप्ता)"
# time nouns, with any ending glued on ("दिनमा", "महिनापछि", "वर्षको")
_UNITS_OF_TIME = (("दिन", "days"), ("महिना", "months"), ("वर्ष|बर्ष|साल", "years"), ("घण्टा|घन्टा", "hours"),
                  ("हप्ता", "weeks"), ("मिनेट", "minutes"), ("सेकेन्ड|सेकेण्ड", "seconds"))
_TIME = "|".join(stem for stem, _ in _UNITS_OF_TIME)

# number words (before a scale word or what they count: "दुई लाख", "पाँच हजार users", "तीन महिना")
_NUMBER_WORDS = (("दुई\\s*सय", "200"), ("तीन\\s*सय", "300"), ("पाँच\\s*सय", "500"), ("दुई", "2"), ("तीन", "3"),
                 ("चार", "4"), ("पाँच|पांच", "5"), ("सात", "7"), ("आठ", "8"), ("नौ", "9"),
                 ("दस|दश", "10"), ("बाह्र", "12"), ("पन्ध्र", "15"), ("बीस", "20"), ("पच्चीस", "25"),
                 ("तीस", "30"), ("चालीस", "40"), ("पचास", "50"), ("साठी", "60"), ("सत्तरी", "70"),
                 ("असी", "80"),
                 ("नब्बे", "90"), ("सय", "100"), ("डेढ", "1.5"), ("अढाई", "2.5"), ("साढे\\s*तीन", "3.5"))
_COUNTABLE = rf"(?:{_SCALE}|{_SCALE_WORDS}|{_TIME}|गुणा|प्रतिशत|वटा|ओटा|जना|पटक|[A-Za-z])"

# Nepali words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("कति\\s+(?:समय|टाइम)|कति\\s+बेरमा", "how long"),
    ("कति(?=\\s*(?:खर्च|बिजुली|रकम|मूल्य|भाडा|पैसा|cost|price|power|energy|bill|rent|budget|margin|kwh|kva))",
     "how much"),
    ("कति\\s+(?:पर्छ|पर्यो|पर्ला|लाग्छ|हुन्छ|होला|आउँछ)(?=\\s*[?।])", "how much"),
    ("कति", "how many"), ("कुन", "which"),
    ("चाहिन्छ|चाहिन्छन्|चाहियो|चाहिएको|चाहिने|आवश्यक|लाग्छ|लाग्छन्|लाग्ला|लाग्ने|लाग्यो|पर्छ|पर्ने|पर्ला",
     "needed"),
    ("पुग्छ|पुग्ला|पुग्दैन|धान्छ|धान्ला|अटाउँछ", "enough"), ("मिल्छ|सकिन्छ|सम्भव", "possible"),
    ("भन्नुहोस्|बताउनुहोस्", "tell"),
    # periods and when
    ("दैनिक|प्रतिदिन|दिनहुँ|दिनमा|दिनको", "daily"),
    ("घण्टामा|घन्टामा|प्रति\\s+घण्टा|प्रति\\s+घन्टा", "per hour"), ("सेकेन्डमा|प्रति\\s+सेकेन्ड", "per second"),
    ("महिनामा|मासिक|महिनाको", "per month"), ("वर्षमा|वार्षिक|वर्षको", "per year"),
    ("हप्तामा|साप्ताहिक", "per week"),
    ("दिन|दिनहरू", "days"), ("महिना|महिनाहरू", "months"), ("वर्ष|बर्ष", "years"), ("घण्टा|घन्टा", "hours"),
    ("हप्ता", "weeks"), ("मिनेट", "minutes"), ("सेकेन्ड|सेकेण्ड", "seconds"),
    ("पछि", "later"), ("अहिले|हाल|आज", "now"),
    ("पहिले|अघिल्लो|पछिल्लो", "last"), ("अब", "now"), ("आउँदो|अर्को", "next"),
    # who and what is counted
    ("हरेकले|प्रत्येकले|हरेक|प्रत्येक", "each"), ("प्रति", "per"), ("कुल|जम्मा|टोटल", "total"),
    ("प्रयोगकर्ताहरू|प्रयोगकर्ता|युजरहरू|युजर|यूजर", "users"), ("ग्राहकहरू|ग्राहक", "customers"),
    ("कर्मचारीहरू|कर्मचारी", "employees"), ("विद्यार्थीहरू|विद्यार्थी", "students"),
    ("प्रश्नहरू|प्रश्न|सोधपुछ", "questions"), ("जवाफ|उत्तर", "answer"), ("शब्दहरू|शब्द", "words"),
    ("मानिसहरू|मान्छे|जना", "people"), ("प्रतिशत", "%"), ("पटक", "times"),
    ("मेगावाट", "MW"), ("किलोवाट", "kW"), ("वाट", "W"),
    # hedges and the done
    ("लगभग|करिब|झन्डै|अनुमानित|जति", "about"), ("औसत|औसतमा", "on average"),
    ("कम्तीमा", "at least"), ("बढीमा", "at most"),
    ("आधा", "half"), ("दोब्बर|डबल", "double"), ("गुणा", "x"),
    ("भन्दा", "than"), ("बढी|धेरै", "more"), ("कम", "less"),
    ("छिटो|फास्ट", "faster"), ("सस्तो|सस्ता", "cheaper"), ("महँगो|महंगो", "pricier"),
    ("सहित|समेत", "including"), ("पनि", "also"), ("मात्र|मात्रै", "only"),
    ("र|अनि|तथा", "and"), ("कि|वा|अथवा", "or"), ("भने|यदि", "if"),
    ("हामीसँग|हामीसंग", "we have"), ("हामीले|हामी", "we"), ("हाम्रो|हाम्रा|हाम्री|आफ्नो", "our"),
    ("एकैपटक|एकसाथ|एकैचोटि|एकै\\s+समयमा|एकैसाथ", "concurrent"),
    ("बढ्छ|बढ्दैछ|बढ्दै|बढेको|बढ्ने|बढाउनुपर्छ|बढाउनु", "grows"), ("घट्छ|घट्दै", "drops"),
    ("भाडा|भाडामा", "rent"), ("मूल्य|दाम", "price"), ("दर|रेट", "rate"),
    ("खर्च", "cost"), ("बिल", "bill"), ("बिजुली|विद्युत", "electricity"),
    ("युनिट", "unit"), ("बजेट", "budget"), ("आम्दानी", "revenue"), ("नाफा", "profit"),
    ("लगानी", "investment"), ("पैसा", "money"), ("बचत|बच्छ", "saved"), ("क्षमता", "capacity"),
    ("रुपैयाँ|रुपैयां|रुपियाँ", "NPR"), ("डलर", "dollars"), ("छुट", "discount"),
    ("किन्न|किन्दा|किन्ने|किनेर|लिने|लिन", "buy"),
    ("भन्छ|भन्छन्|भन्यो|भन्दैछ|दाबी", "claims"),
    ("तालिम|ट्रेनिङ", "training"), ("प्रयोग\\s+गरेर", "using"), ("बराबर", "match"),
]

# nouns a count counts (English words written in Devanagari among them), with any ending glued on
_LOANS: list[tuple[str, str]] = [
    ("टोकन", "tokens"), ("प्रयोगकर्ता|युजर|यूजर", "users"), ("ग्राहक", "customers"), ("कर्मचारी", "employees"),
    ("विद्यार्थी", "students"), ("सर्भर", "servers"), ("कार्ड", "cards"), ("रिक्वेस्ट", "requests"),
    ("क्वेरी", "queries"), ("म्यासेज|सन्देश", "messages"), ("प्रश्न|सोधपुछ", "questions"), ("नोड", "nodes"),
    ("र्‍याक|र्याक", "racks"), ("जीपीयू|जिपियु", "GPUs"), ("मोडेल", "model"),
]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("\u0964", "."),          # (and the danda, the full stop)
    ("[\u200c\u200d]", ""),                         # (the joiners a keyboard may put inside a word)
    # rupees: "रु 40 करोड", "रु. 11", "135 रु"
    # (said before the amount as "Rs", which calc/foreign reads as the rupees whose rate the question states;
    # said after a rate, as NPR: "1$=135 रु")
    (rf"{_S}(?:रु|रू)\.?\s*(?=\d)", "Rs "), (rf"(?<=\d)\s*(?:रु|रू){_E}\.?", " NPR"),
    (rf"{_S}नेपाली\s+(?:रुपैयाँ|रुपैयां)", "NPR"),
    # hedges, before the amounts they are read with ("करिब 50 करोड", "औसत ४ पटक")
    (rf"{_S}(?:लगभग|करिब|झन्डै|अन्दाजी){_E}", "about"), (rf"{_S}(?:औसत|औसतमा){_E}", "on average"),
    # nouns a count counts, before the rules that read the count with them ("8 प्रश्न", "700 टोकन")
    *[(rf"{_S}(?:{stem}){_W}", to) for stem, to in _LOANS],
    # number words before a scale word or what they count ("दुई लाख", "डेढ लाख DAU", "दुईवटा")
    *[(rf"{_S}(?:{word})(?=\s*{_COUNTABLE})", digit) for word, digit in _NUMBER_WORDS],
    (rf"{_S}(?:एक){_E}(?=\s*(?:{_SCALE_WORDS}){_W}(?:\s|$))", "1"),
    (rf"{_S}सवा{_E}(?=\s*(?:{_SCALE_WORDS}))", "1.25"),
    (rf"(?<=\d)\s*पटक{_W}", " times"),
    # scale words, with any ending ("20 लाखको", "करोडमा"); then rupees and dollars said in words
    *[(rf"(?<=\d)\s*(?:{word}){_W}", to) for word, to in _SCALES],
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:NPR|रुपैयाँ|रुपैयां){_W}",
     r"NPR \1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*डलर{_W}", r"$\1"),
    (rf"{_S}मिलियन{_E}", "million"), (rf"{_S}बिलियन{_E}", "billion"),
    (rf"(?<=\d)\s*(?:मेगावाट){_E}", " MW"), (rf"(?<=\d)\s*(?:किलोवाट){_E}", " kW"),
    (rf"(?<=\d)\s*प्रतिशत{_W}", "%"), (rf"(?<=\d)\s*गुणा{_W}", "x"),
    # a count: "256 वटा H100", "दिनमा 10 वटा query", "H100 SXM 8 वटामा", "server 12 वटा"
    (rf"({_NAME})\s+(\d[\d,]*)\s*{_PIECES}", r"\2 \1"),
    (rf"(?<![\w-])({_DEVICE})\s+(\d[\d,]*)\s*{_PIECES}", r"\2 \1"),
    (rf"(?<![\w-])({_DEVICE})\s+(\d[\d,]*)(?![\d,]|\.\d|\s*[a-z%{_DEV}])", r"\2 \1"),
    (rf"({_NUM})\s*{_PIECES}\s+(?:किन्दा|किन्ने|किन्न|किनेर|लिँदा|लिने|लिन|खरिद\s+गर्दा){_E}", r"buy \1 of them,"),
    (rf"(?<=\d)\s*{_PIECES}", ""),
    # a growth: "हरेक ४ महिनामा double" every 4 months, "हरेक वर्ष 80% ले बढ्दैछ" a year
    (rf"{_S}(?:हरेक|प्रत्येक)\s+({_N})\s*(?:महिना{_W}|months?){_E}", r"every \1 months"),
    (rf"{_S}(?:हरेक|प्रत्येक)\s+({_N})\s*(?:वर्ष{_W}|years?){_E}", r"every \1 years"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)(?:\s*ले)?", r"\1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)(?:\s*ले)?", r"\1 a month"),
    # ("MFU 45% पुर्याउँदा": raised to)
    (rf"\b(mfu|utili[sz]ation)\s+({_N}\s*%)\s*(?:सम्म\s+)?(?:पुर्याउँदा|पुर्‍याउँदा|पुर्याए|पुग्दा|बढाउँदा|पुर्याउने){_E}",
     r"\1 goes to \2"),
    # ("B200 training मा 3x fast": faster; "H100 भन्दा 3x fast": faster than)
    (rf"({_NAME})\s*-?\s*भन्दा\s+({_N}\s*x)\s+(?:fast(?:er)?|छिटो){_E}", r"\2 faster than \1"),
    (rf"({_N}\s*x)\s+(?:fast(?:er)?|छिटो){_E}", r"\1 faster"),
    # ("DRAM को ५ गुणा महँगो": that many times the price)
    (rf"\b([a-z][\w-]*)\s*(?:को|का)\s+({_N}\s*x)\s+(?:महँगो|महंगो|pricier){_E}", r"\2 the price of \1"),
    # ("2027 सम्ममा": by a year)
    (rf"(?<![\w.,])((?:19|20)\d\d)\s*(?:सम्ममा|सम्म)(?![{_DEV}])", r"by \1"),
    # ("1,000 वटा H100 SXM को बराबर": the fleet to match)
    (rf"({_NUM}\s*{_NAME}(?:\s+(?:gpus?|cards?))?)\s*(?:को|का)?\s*बराबर{_E}", r"match \1"),
    # ("budget को ६०% मात्र GPU मा": a share spent on them)
    (rf"\bbudget\s*(?:को|का)\s+({_N}\s*%)\s*(?:मात्र\s+)?(?=gpus?\b)", r"\1 of the budget on "),
    # ("1$ = 135": a dollar, its sign written after)
    (r"(?<![\w.,$])(\d+(?:\.\d+)?)\s?\$(?=\s*[=≈])", r"$\1"),
    # ("1$=134", "dollar rate 134": a dollar's rate in a Nepali message is in Nepal's rupees)
    (rf"((?:\$\s*1(?![\d.,])|\b1\s*usd|\busd\s+rate|\bdollar\s+rate|{_S}डलर\s*(?:को\s+)?(?:रेट|दर))\s*[=≈:]?\s*(?:about\s*|~\s*)?)"
     rf"(\d+(?:\.\d+)?)(?![\d.,]|\s*(?:npr|rs|inr|₹|रु|रू|रुपैयाँ|नेपाली))", r"\1\2 NPR"),
    (rf"({_N})\s+tokens?\s+(input|output)\b", r"\1 \2 tokens"),
    # a time from now, and a time taken ("२ वर्षपछि", "3 वर्षमा", "9 दिन लाग्यो", "34 दिनमा")
    (rf"({_NUM})\s*(?:years?|वर्ष|बर्ष)\s*(?:पछि|भित्र){_E}|({_NUM})\s*(?:वर्षमा|बर्षमा){_E}", r"in \1\2 years"),
    (rf"({_NUM})\s*(?:months?|महिना)\s*(?:पछि|भित्र){_E}|({_NUM})\s*(?:महिनामा){_E}", r"in \1\2 months"),
    (rf"({_NUM})\s*(?:days?|दिन)\s+(?:लाग्यो|लाग्छ|लाग्ने|लाग्थ्यो){_E}", r"takes \1 days"),
    (rf"({_NUM})\s*(?:दिनमा){_E}", r"in \1 days"),
    *[(rf"(?<=\d)\s*(?:{stem}){_W}", f" {to}") for stem, to in _UNITS_OF_TIME],
    (rf"{_S}कति\s+(?:दिन{_W}|days)", "how many days"),
    (rf"{_S}कति\s+(?:महिना{_W}|months)", "how many months"),
    (rf"{_S}कति\s+(?:वर्ष{_W}|years)", "how many years"),
    (rf"{_S}कति\s+(?:घण्टा{_W}|घन्टा{_W}|hours)", "how many hours"),
    # ("TTFT 800ms भन्दा कम", "TPOT 40 ms भित्र": a limit)
    (rf"({_N}\s*(?:ms|s|sec|seconds?|milliseconds?|minutes?|min)(?![a-z]))\s*-?\s*(?:भन्दा\s+कम|भित्र|"
     rf"भन्दा\s+तल){_E}", r"under \1"),
    # ("800 जना एकैचोटि", "200 users एकसाथ": at once)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*(?:जना)\s+(?:एकैपटक|एकसाथ|एकैचोटि|एकैसाथ|एकै\s+समयमा){_E}",
     r"\1 concurrent users"),
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*([a-z]+)\s+(?:एकैपटक|एकसाथ|एकैचोटि|एकैसाथ|एकै\s+समयमा){_E}",
     r"\1 concurrent \2"),
    (rf"(?<=\d)\s*जना{_E}(?=\s*[a-z])", ""), (rf"(?<=\d)\s*जना{_E}", " people"),
    # ("users 20 हजार बाट 10 लाख पुर्याउने": from, grown to)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*(?:बाट|देखि)\s+({_NUM}(?:\s*{_SCALE})?)\s+(?:पुर्याउने|पुर्‍याउने|पुग्ने|पुर्याउँदा)"
     rf"{_E}", r"from \1 to \2"),
    # ("रु 1.5 करोड को research grant": the grant of that much)
    (rf"((?:rs\s*|{_MONEY}){_N}(?:\s*{_SCALE})?)\s*(?:को|का)\s+((?:[a-z]+\s+)?(?:grant|budget|funding|capex|"
     rf"investment|fund))\b", r"\2 of \1"),
    # ("ticket दिनमा ~8,000 आउँछ": that many of them a day)
    (rf"(?<![\w-])(ticket|request|call|chat|message|document|order|transaction|email|claim|quer(?=y|ies))(?:s|y|ies)?"
     rf"\s+(?:{_DAY}){_E}\s+({_HEDGE}?{_N}(?:\s*{_SCALE})?)(?!\s*[a-z])", r"\2 \1s a day"),
    # ("रु 11 per unit": the rupees of a unit of electricity, a kWh)
    (rf"((?:rs|npr)\s*{_N})\s*(?:per|/)\s*(?:unit|युनिट)\b", r"\1 per kWh"),
    (rf"{_S}(?:प्रति\s+)(?:unit|युनिट)\s+((?:rs|npr)\s*{_N})(?![\d.,])", r"\1 per kWh"),
    # ("दिनमा 20 हजार users": the users of a day)
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT})\s*({_WHO}){_E}", r"\1 daily \2"),
    # ("एक user ले दिनमा 8 पटक", "प्रत्येकले दिनमा 10 query", "एकजनाले दिनमा ४ पटक": each, a day; not "per user",
    # which English reads with the numbers after it: "per user, 1500 input, 400")
    (rf"(?:{_S}(?:एक|हरेक|प्रत्येक)\s+)?(?<![\w-])(users?|customers?|employees?)\s*-?\s*ले{_E}\s+(?:{_DAY}){_E}\s+"
     rf"({_AMOUNT}{_COUNTED})", r"each \2 a day"),
    (rf"{_S}(?:एकजनाले|हरेकले|प्रत्येकले|एकले){_E}\s+(?:{_DAY}){_E}\s+({_AMOUNT}{_COUNTED})", r"each \1 a day"),
    # a period said before its amount ("दिनमा 20 करोड tokens", "प्रति घण्टा रु 280", "महिनाको रु 1,500")
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour"),
    (rf"{_S}(?:{_SECOND}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    (rf"{_S}(?:{_WEEK}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a week"),
    # ("एउटा ticket मा avg 5 turns", "हरेक turn मा 900 token input": per)
    (rf"{_S}(?:एउटा|हरेक|प्रत्येक|एक){_E}\s+({_PER_THING})\s*(?:मा){_E}\s+((?:[a-z][a-z.-]*\s+){{0,2}}?{_AMOUNT}"
     rf"{_COUNTED})", r"\2 per \1"),
    # ("एउटाको $27,500", "एउटाले 10.2 kW", "Gaudi 3 एउटाको रु 20 लाख": one's price, power)
    (rf"{_S}(?:एउटाको|एउटाले|एकको|प्रत्येकको|हरेकको){_E}\s+((?:[a-z][a-z.-]*\s+){{0,2}}?{_HEDGE}?{_MONEY}?{_N}"
     rf"(?:\s*{_SCALE})?{_UNIT})", r"\1 each"),
    # ("HGX H100 एउटा server को quote रु 4.5 करोड", "एउटा rack को ~$3.5M": a thing's price)
    (rf"{_S}(?:एउटा|एक){_E}\s+({_PER_THING})\s*(?:को|का)\s+((?:quote|price|cost|rate|मूल्य)\s+)?"
     rf"({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?)", r"\3 per \1"),
    (rf"(?<![\w-])({_PER_THING})\s*(?:को|का)\s+({_HEDGE}?{_MONEY}{_N}(?:\s*{_SCALE})?{_UNIT})", r"\2 per \1"),
    # the basis a rate is per, said before it ("प्रति node 8 GPU", "प्रति rack 15 kW", "प्रति unit रु 11")
    (rf"{_S}(?:प्रति|हरेक|प्रत्येक){_E}\s+({_PER_THING})(?:{_SEP}(?:मा|को|लाई))?{_E}\s+((?:[a-z][a-z.-]*\s+){{0,2}}?"
     rf"{_AMOUNT}(?:\s+{_DEVICE}|{_COUNTED})(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)",
     r"\2 per \1"),
    (rf"{_S}प्रति{_E}", "per"),
    # ("1 अर्ब tokens को लागि": for that many)
    (rf"({_NUM}\s*(?:{_SCALE})?\s*(?:requests?|queries|tokens?|conversations?|chats?|calls?))\s*-?\s*(?:को\s+लागि|"
     rf"लागि){_E}", r"per \1 "),
    # ("कति करोड पर्छ": how much, in crore)
    (rf"{_S}कति\s+(?:crore|cr\b)", "how much in crore"), (rf"{_S}कति\s+(?:lakh)", "how much in lakh"),
    (rf"{_S}कति\s+(?:dollars|डलर{_W})", "how much in USD"),
    # postpositions glued to English words and numbers: "H100 मा", "GPU को", "Llama 3 8B ले", "L4मा"
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:{_CASE}){_E}", " "),
    (rf"{_S}(?:मा|को|का|की|ले|लाई|बाट|देखि|सँग|संग|सम्म|भित्र|लागि){_E}", ""),
    *script_words(_WORDS, _DEV),
    # (words that say nothing of a quantity)
    (rf"[{_DEV}]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]

# Nepali's own words: a verb in -छ/-छन्/-छौं, कति, वटा, हाम्रो, चाहिन्छ, दिनमा (Hindi says है, कितने, हमारे,
# दिन में; Marathi आहे, किती, आमचे, दिवसाला)
_LETTER = "\u0900-\u0963\u0971-\u097f"      # (a letter or a sign: not the danda, not a digit)
_NEPALI_WORDS = rx.compile(
    rf"(?<![{_LETTER}])(?:कति|वटा|ओटा|हाम्रो|हाम्रा|हामीसँग|हामीले|चाहिन्छ|चाहिन्छन्|लाग्छ|लाग्छन्|लाग्ला|छन्|"
    rf"हुन्छ|पर्छ|दिनमा|महिनामा|वर्षमा|घण्टामा|दिनको|प्रयोगकर्ता|रुपैयाँ|जवाफ|चाहिँ|एउटा|एउटाको|एउटाले|एउटै|"
    rf"गर्दा|गर्न|भने|मिल्छ|सकिन्छ|पुग्छ|होला|गर्छ|छैन|हुँदैन|हो|रे|दाइ|छ|कुन)(?![{_LETTER}])"
    rf"|[{_LETTER}](?:वटा|वटामा|ओटा)(?![{_LETTER}])")
# a verb in -छ, -छन्, -छु, -छौं ("चल्छ", "बनाउँदैछु") or -ँदा ("चलाउँदा"): Nepali's own forms
_NEPALI_FORMS = rx.compile(rf"[{_LETTER}](?:्छ|्छन्|ँछ|ँछन्|दैछ|दैछु|दैछौं|दैछन्|ँदा|्दा)(?![{_LETTER}])")
_NEPALI_GLUED = rx.compile(rf"[A-Za-z0-9%]\s*-?(?:मा|को|ले|लाई|बाट|सँग)(?![{_LETTER}])")


def said_in_nepali(text: str) -> bool:
    """The message shows two of Nepali's own words, or one with a postposition (मा, को, ले) after an English
    word or a number."""
    hints = len({m.group(0) for m in _NEPALI_WORDS.finditer(text)})
    hints += min(len({m.group(0) for m in _NEPALI_FORMS.finditer(text)}), 2)
    return hints >= 2 and (hints >= 3 or _NEPALI_GLUED.search(text) is not None)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Nepali quantity words and postpositions in English and its digits as digits, with
    the position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
