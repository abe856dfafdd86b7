"""Telugu written in its own script, as engineers and IT managers in Hyderabad, Vijayawada and Vizag type it
with English terms between ("మా app కి 20 లక్షల DAU", "ఒక్కొక్కరు రోజుకి 12 queries", "యూనిట్ కి ₹7.5",
"H100 SXM ఎన్ని కావాలి?", "ఒక్కో card కి ₹32 లక్షలు"): its digits (౦-౯) read as digits, its number words and
scale words (వేలు, లక్షలు, కోట్లు, మిలియన్) as numbers, the words that carry a quantity's meaning and the case
endings glued to English words ("H100లు", "GPU-కి" for or per, "L4లో" in) said in English, so that every rule
reads them as it reads English. A period or a basis said before its amount ("రోజుకి 50 కోట్ల tokens",
"గంటకి ₹150", "GPU కి 1.1 kW", "యూనిట్ కి ₹7.5") is said after it, as English says it, and a count said after
what it counts ("H100 SXM GPUs 1,024", "L4 cards ౨") before it. A message is rewritten only when it has Telugu
letters. Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import MONEY_SIGN as _MONEY
from calc.script import NUMBER as _N
from calc.script import NUMBER_ALONE as _NUM
from calc.script import digit_rules, rewrite, script_words

_TE = "\u0c00-\u0c7f"
_S = rf"(?<![{_TE}])"      # a word's start (Telugu's vowel signs are no word characters to \b)
_E = rf"(?![{_TE}])"       # a word's end

_DIGITS = "౦౧౨౩౪౫౬౭౮౯"
_SCALE = (r"(?:వేలు|వేల|వేయి|వెయ్యి|లక్షలు|లక్షల|లక్ష|కోట్లు|కోట్ల|కోటి|మిలియన్|బిలియన్|ట్రిలియన్|"
          r"thousand|lakh|crore|million|billion|trillion|[kmbt]\b|cr\b|l\b)")
_SCALES = (("వేలు|వేల|వేయి|వెయ్యి", " thousand"), ("లక్షలు|లక్షల|లక్ష", " lakh"), ("కోట్లు|కోట్ల|కోటి", " crore"),
           ("మిలియన్లు|మిలియన్ల|మిలియన్", " million"), ("బిలియన్లు|బిలియన్ల|బిలియన్", " billion"),
           ("ట్రిలియన్లు|ట్రిలియన్ల|ట్రిలియన్", " trillion"))
_SCALE_WORDS = "|".join(word for word, _ in _SCALES)
# the case endings a word may have glued on
_CASE = r"(?:లో|లోని|లోనే|లోపు|కి|కు|కీ|ని|ను|నీ|తో|తోనే|మీద|పై|నుండి|నుంచి|వరకు|దాకా|కోసం|కే|గా)"
# a case ending, glued to the word before it or set apart ("GPU కి", "GPU-కి", "GPUకి")
_TO = r"\s*-?\s*(?:కి|కు|కీ|కై)"
_IN = r"\s*-?\s*(?:లో|లోని)"
# an amount: a hedge, a currency, the number, its scale word and the unit it is in
_UNIT = (r"(?:\s*(?:tok/s|tokens?/s(?:ec)?|tflop/?s|tflops|pflop/?s|kw|mw|w|j|kwh|gb|tb|ms|%|x|"
         r"kva|/hr|/hour|/gb|/kwh|hours?|days?|minutes?)(?![a-z]))?")
_CURRENCY = r"(?:రూపాయలు|రూపాయల|రూపాయిలు|రూపాయి|డాలర్లు|డాలర్ల|డాలర్|rupees|rs\b|inr\b|usd\b|dollars?)"
_AMOUNT = (rf"(?:(?:సుమారు|సుమారుగా|దాదాపు|సగటున|about|~|≈)\s*)?{_MONEY}?{_N}(?:\s*{_SCALE}[{_TE}]*)?"
           rf"{_UNIT}(?:\s*{_CURRENCY})?")
# what a count a day, an hour or a second counts ("రోజుకి 50 కోట్ల output tokens", "రోజుకి 3 summaries")
_COUNTED = (r"(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|quer(?:y|ies)|questions?|messages?|"
            r"documents?|docs?|tickets?|chats?|calls?|conversations?|sessions?|words?|images?|emails?|"
            r"replies|reports?|summaries|summary|videos?|pages?|turns?|searches|transactions?|"
            r"ప్రశ్నలు|టోకెన్లు|టోకెన్స్|మెసేజ్లు|రిక్వెస్ట్లు))?(?:\s+(?:input|output)\b(?!\s*tokens?))?")
# the things a rate is per, said before "కి" ("యూనిట్ కి ₹7.5", "GPU కి 1.1 kW", "node కి 12,000 tokens/s")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|dau|months?|days?|requests?|queries|query|turns?|chats?|messages?|"
              r"prompts?|summary|summaries|documents?|docs?|images?|tickets?|replies|reply|answers?|responses?|"
              r"replicas?|sites?|boxes|box|machines?|instances?|sessions?|conversations?|calls?|"
              r"యూనిట్|నోడ్|సర్వర్|కార్డ్|కార్డు|యూజర్|జీపీయూ)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "TPU v5p", "DGX B200")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct|intel|amd|nvidia)\s*)?"
         r"[a-z]*\d+(?:[a-z.][a-z0-9.]*)?(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_NOT_SIZE = r"(?<![0-9][bm])"       # (a name that is no model's size: not "8x22B 12 replicas")
_EACH = r"(?:ఒక్కో|ఒక్కొక్క|ప్రతి|ఒక్కొ)"
# the periods a rate is per, said before its amount ("రోజుకు", "ప్రతి గంటకు", "ఒక్క రోజులో", "ఏటా")
_DAY = (r"(?:ప్రతి\s+)?(?:రోజుకి|రోజుకు|రోజుకీ)|ప్రతి\s+(?:రోజూ|రోజు)|రోజూ|ప్రతిరోజూ|ప్రతిరోజు|దినానికి|"
        r"(?:ఒక్క|ఒక)\s+రోజులో")
_HOUR = r"(?:ప్రతి\s+)?(?:గంటకి|గంటకు|గంటకీ)|ప్రతి\s+గంట|(?:ఒక్క|ఒక)\s+గంటలో"
_SECOND = (r"(?:ప్రతి\s+)?(?:సెకనుకి|సెకనుకు|సెకనుకీ|సెకన్కి|సెకన్కు|సెకండుకి|సెకండుకు|సెకండ్కి)|"
           r"(?:ఒక్క|ఒక)\s+సెకనులో")
_MONTH = r"(?:ప్రతి\s+)?(?:నెలకి|నెలకు|నెలకీ)|ప్రతి\s+నెలా?|నెలనెలా|(?:ఒక్క|ఒక)\s+నెలలో"
_YEAR = (r"(?:ప్రతి\s+)?(?:ఏడాదికి|ఏడాదికీ|సంవత్సరానికి)|ఏటా|ప్రతి\s+(?:ఏడాది|సంవత్సరం)|"
         r"(?:ఒక్క|ఒక)\s+(?:ఏడాదిలో|సంవత్సరంలో)")
_WEEK = r"(?:ప్రతి\s+)?(?:వారానికి|వారానికీ)|ప్రతి\s+వారం|(?:ఒక్క|ఒక)\s+వారంలో"
_DEVICE = r"(?:cards?|gpus?|servers?|nodes?|chips?|racks?|boxes|machines?|కార్డులు|కార్డ్స్|సర్వర్లు)"

# number words (before a scale word or what they count: "పది లక్షల", "ఐదు లక్షల DAU", "మూడు నెలలు")
_NUMBER_WORDS = (("ఒకటి|ఒక|ఒక్క", "1"), ("రెండు", "2"), ("మూడు", "3"), ("నాలుగు|నాల్గు", "4"),
                 ("ఐదు|అయిదు", "5"), ("ఆరు", "6"), ("ఏడు", "7"), ("ఎనిమిది", "8"), ("తొమ్మిది", "9"),
                 ("పది", "10"), ("పన్నెండు", "12"), ("పదిహేను", "15"), ("ఇరవై", "20"), ("పాతిక", "25"),
                 ("ముప్పై|ముప్ఫై", "30"), ("నలభై", "40"), ("యాభై", "50"), ("అరవై", "60"), ("డెబ్బై", "70"),
                 ("ఎనభై", "80"), ("తొంభై", "90"), ("వంద", "100"), ("వెయ్యి|వేయి", "1000"),
                 ("ఒకటిన్నర", "1.5"), ("రెండున్నర", "2.5"), ("మూడున్నర", "3.5"))
_UNITS = "|".join(word for word, _ in _NUMBER_WORDS[1:9])       # (two to nine: "నలభై ఎనిమిది" 48)
_TENS = (("ఇరవై", "2"), ("ముప్పై|ముప్ఫై", "3"), ("నలభై", "4"), ("యాభై", "5"), ("అరవై", "6"), ("డెబ్బై", "7"),
         ("ఎనభై", "8"), ("తొంభై", "9"))
_COUNTABLE = rf"(?:{_SCALE}|నెల|రోజు|గంట|ఏళ్ల|ఏళ్ళ|ఏడాది|సంవత్సర|వార|నిమిష|సెకన|మంది|[A-Za-z])"

# Telugu words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("ఎంత\\s+(?:సమయం|టైం|టైమ్|కాలం)|ఎన్నాళ్ళు|ఎన్నాళ్లు", "how long"), ("ఎన్నెన్ని|ఎన్ని", "how many"),
    ("ఎంతెంత|ఎంత", "how much"), ("ఏది|ఏ", "which"),
    ("కావాలి|కావాలో|కావాలంటే|కావలసిన|కావాల్సిన|కావాలా|అవసరం|అవసరమైన|అవసరమవుతాయి|అవసరమవుతుంది", "needed"),
    ("సరిపోతాయి|సరిపోతుంది|సరిపోవచ్చు", "are needed"), ("సరిపోతాయా|సరిపోతుందా|సరిపోదా", "enough"),
    ("పెట్టగలమా|పెట్టొచ్చా|పడుతుందా|ఫిట్\\s+అవుతుందా|పట్టుతుందా", "fit"),
    ("సరిపోతున్నాయి|సరిపోతోంది|సరిపోయాయి", "suffice"), ("సాధ్యమా|సాధ్యం", "possible"),
    ("చెప్పండి|చెప్పగలరా|చెప్పు|చెప్పగలవా", "tell"),
    # periods
    ("రోజూ|ప్రతిరోజూ|ప్రతిరోజు|రోజువారీ|రోజుకి|రోజుకు|రోజుకీ|డైలీ", "daily"),
    ("నెలవారీ|నెలకి|నెలకు|నెలకీ", "per month"), ("ఏటా|ఏడాదికి|ఏడాదికీ|సంవత్సరానికి|వార్షిక", "per year"),
    ("వారానికి|వారానికీ", "per week"), ("గంటకి|గంటకు|గంటకీ", "per hour"),
    ("సెకనుకి|సెకనుకు|సెకన్కి|సెకండుకి|సెకండ్కి|సెకనుకీ", "per second"), ("నిమిషానికి", "per minute"),
    ("రోజులు|రోజుల|రోజుల్లో", "days"), ("రోజు|రోజులో", "day"), ("నెలలు|నెలల|నెలల్లో", "months"),
    ("నెల|నెలలో", "month"), ("సంవత్సరాలు|సంవత్సరాల|సంవత్సరాల్లో|ఏళ్ళు|ఏళ్లు|ఏళ్ళ|ఏళ్ల|ఏళ్ళలో|ఏళ్లలో", "years"),
    ("సంవత్సరం|ఏడాది|ఏడాదిలో|సంవత్సరంలో", "year"), ("గంటలు|గంటల|గంటల్లో", "hours"), ("గంట|గంటలో", "hour"),
    ("వారాలు|వారాల", "weeks"), ("వారం|వారంలో", "week"), ("నిమిషాలు|నిమిషాల", "minutes"),
    ("సెకన్లు|సెకండ్లు", "seconds"), ("మిల్లీసెకన్లు", "ms"),
    ("తర్వాత|తరువాత|తరవాత", "later"), ("ఇప్పుడు|ప్రస్తుతం|ప్రస్తుతానికి", "now"), ("అప్పుడు", "then"),
    ("పోయిన\\s+సారి|గత\\s+సారి|క్రితం\\s+సారి", "last time"), ("పోయిన|గత", "last"), ("వచ్చే", "next"),
    # who and what is counted
    ("ఒక్కొక్కరు|ఒక్కొక్కరూ|ప్రతి\\s+ఒక్కరు|ప్రతి\\s+ఒక్కరూ", "each user"),
    ("ఒక్కోటి|ఒక్కొక్కటి|ఒక్కోదానికి|ఒక్కటి|ఒక్కొక్కదానికి", "each"), ("ఒక్కో|ఒక్కొక్క|ఒక్కొ", "each"),
    ("ప్రతి\\s+నెలా|నెలనెలా", "every month"), ("ప్రతి", "per"), ("మంది", "people"), ("ఒకటి|ఒక|ఒక్క", "one"),
    ("వినియోగదారులు|వినియోగదారుల", "users"), ("ప్రశ్నలు|ప్రశ్న", "questions"), ("పదాలు|పదాల", "words"),
    ("విద్యార్థులు|విద్యార్థుల", "students"), ("ఉద్యోగులు|ఉద్యోగుల", "employees"),
    ("మెగావాట్లు|మెగావాట్", "MW"), ("కిలోవాట్లు|కిలోవాట్", "kW"), ("వాట్లు|వాట్", "W"),
    ("శాతం", "%"), ("రెట్లు|రెట్టు|రెట్ల", "x"),
    # hedges and the done
    ("సుమారు|సుమారుగా|దాదాపు|దాదాపుగా|కనీసం\\s+సుమారు|అటూ\\s+ఇటూ", "about"), ("సగటున|సగటు", "on average"),
    ("మొత్తం|మొత్తంగా|టోటల్", "total"), ("కనీసం", "at least"), ("గరిష్టంగా|మాక్సిమమ్", "at most"),
    ("సగం", "half"), ("రెట్టింపు|డబుల్", "double"), ("కంటే|కన్నా", "than"), ("ఎక్కువ", "more"),
    ("తక్కువ", "less"), ("వేగంగా|వేగం|ఫాస్ట్", "faster"), ("చౌక|చవక|చౌకగా", "cheaper"),
    ("ఖాళీ|ఖాళీగా", "free"), ("కలిపి|కలుపుకుని|సహా", "including"), ("కూడా", "also"),
    ("మరియు|ఇంకా", "and"), ("లేక|లేదా", "or"), ("అయితే|ఐతే|ఉంటే|అనుకుంటే|చేస్తే", "if"),
    ("మా\\s+దగ్గర|మాకు|మనకు|మన\\s+దగ్గర", "we have"), ("మా|మన", "our"), ("మేము|మేం|మనం", "we"),
    ("ఒకేసారి|ఏకకాలంలో|ఒకే\\s+సమయంలో|ఏకకాలంగా", "concurrent"),
    ("పెరుగుతోంది|పెరుగుతుంది|పెరుగుతాయి|పెరుగుతున్నారు|పెరుగుతున్నాయి|పెరిగితే|పెరుగుతారు|పెరుగుదల", "grows"),
    ("తగ్గుతుంది|తగ్గుతాయి|తగ్గితే|తగ్గించాలి", "drops"),
    ("పడుతుంది|పడతాయి|పడుతాయి|పడుతుందా|పట్టింది|పట్టాయి|పట్టిందని|పట్టే", "takes"),
    ("అద్దె|అద్దెకు|రెంట్", "rent"), ("ధర|ధరలు|రేటు|రేట్", "price"), ("ఖర్చు|ఖర్చులు|వ్యయం", "cost"),
    ("బిల్లు|బిల్", "bill"), ("కరెంట్|కరెంటు|విద్యుత్|విద్యుత్తు", "electricity"),
    ("యూనిట్", "unit"), ("రూపాయలు|రూపాయల|రూపాయి|రూపాయిలు", "rupees"),
    ("డాలర్లలో|డాలర్లో", "in dollars"), ("రూపాయల్లో|రూపాయలలో", "in rupees"), ("డాలర్లు|డాలర్ల|డాలర్", "dollars"),
    ("కొనాలంటే|కొనొచ్చు|కొనగలం|కొనాలి|కొంటే|కొనవచ్చు|కొనగలము|కొనడానికి", "buy"),
    ("అంటున్నారు|అంటున్నాడు|అంటారు|చెప్తున్నాడు|చెప్తున్నారు|చెబుతున్నారు|చెబుతున్నాడు|అంటోంది|చెప్తోంది|చెబుతోంది|"
     "చెప్పారు|చెప్పాడు|చెప్పింది", "claims"),
    ("అనుకోండి|అనుకుందాం|అనుకో|అనుకోవచ్చు|తీసుకోండి|తీసుకుందాం|వేసుకోండి|పెట్టుకోండి", "assume"),
    ("పెట్టొచ్చు|పెట్టగలం|పెట్టగలము|పెట్టవచ్చు|పట్టొచ్చు", "fit"),
    ("మాత్రమే|మాత్రం", "only"), ("ఒక్కటే|ఒకటే", "only one"), ("చొప్పున", ""),
    ("లాభం|లాభమా|లాభదాయకం", "profit"), ("నష్టం", "loss"), ("ఆదాయం|రెవెన్యూ", "revenue"),
    ("శిక్షణ", "training"), ("కొనడం|కొనడమా|కొనాలా|కొనుగోలు", "buy"),
    ("రెండింతలు", "2x"), ("మూడింతలు", "3x"), ("నాలుగింతలు", "4x"), ("అదే", "same"), ("ఇది", "this"),
    ("అది", "that"), ("వాడి|వాడుతూ|ఉపయోగించి", "using"),
]

# English words written in Telugu letters, with any ending glued on ("టోకెన్ల", "సర్వర్లకు", "యూజర్లు")
_LOANS: list[tuple[str, str]] = [
    ("టోకెన్", "tokens"), ("యూజర్", "users"), ("సర్వర్", "servers"), ("కార్డ్|కార్డు", "cards"),
    ("జీపీయూ|జిపియు|జీపీయు", "GPUs"), ("రిక్వెస్ట్|రిక్వెస్టు", "requests"), ("క్వెరీ|క్వెరీస్|క్వెరి", "queries"),
    ("మెసేజ్|మెసేజి", "messages"), ("నోడ్|నోడు", "nodes"), ("ర్యాక్|రాక్", "racks"), ("బడ్జెట్", "budget"),
    ("కస్టమర్", "customers"), ("మోడల్", "model"), ("ఇన్పుట్|ఇన్ పుట్", "input"), ("అవుట్పుట్|ఔట్పుట్", "output"),
    ("ప్రాంప్ట్|ప్రాంప్టు", "prompt"), ("లేటెన్సీ", "latency"), ("త్రూపుట్", "throughput"), ("క్లస్టర్", "cluster"),
    ("పవర్", "power"), ("బ్యాచ్", "batch"), ("ట్రైనింగ్|ట్రెయినింగ్", "training"), ("ఇన్ఫరెన్స్", "inference"),
    ("పారామీటర్|పారామితు", "parameters"), ("మెమరీ|మెమొరీ", "memory"), ("టారిఫ్", "tariff"),
]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("\u0964", "."),          # (and the danda, the full stop)
    ("[\u200c\u200d]", ""),                         # (the joiners a keyboard may put inside a word)
    (rf"{_S}రూ\.?\s*(?=\d)", "₹"),
    *[(rf"{_S}(?:{stem})[{_TE}]*", to) for stem, to in _LOANS],
    # number words before a scale word or what they count ("పది లక్షల" 10 lakh, "ఒక కోటి users" 1 crore,
    # "నలభై ఎనిమిది" 48)
    *[(rf"{_S}(?:{word}){_E}\s+(?=(?:{_UNITS}){_E})", digit) for word, digit in _TENS],
    *[(rf"{_S}(?:{word}){_E}(?=\s*{_COUNTABLE})", digit) for word, digit in _NUMBER_WORDS if digit != "1"],
    (rf"{_S}(?:ఒక|ఒక్క){_E}(?=\s*{_SCALE}[{_TE}]*(?:\s|$))", "1"),
    # ("₹25 కోట్లతో": with that much)
    (rf"(?<![=:]\s)(?<![=:])({_MONEY}{_N}\s*(?:{_SCALE_WORDS}))\s*-?\s*తో{_E}", r"with \1"),
    # scale words, a case ending glued on left to be read ("20 లక్షలకు" to, "కోట్లతో" with), any other
    # ending said with them
    *[(rf"(?<=\d)\s*(?:{word})(?=(?:{_CASE})?{_E})", to) for word, to in _SCALES],
    *[(rf"(?<=\d)\s*(?:{word})[{_TE}]*", to) for word, to in _SCALES],
    # ("9 రూపాయలు", "50 కోట్ల రూపాయలు", "5 మిలియన్ డాలర్లు": the currency's sign, as English writes it)
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*(?:రూపాయ|రూపాయి)[{_TE}]*", r"₹\1"),
    (rf"(?<![\w.,$₹])({_N}(?:\s*(?:thousand|lakh|crore|million|billion))?)\s*డాలర్[{_TE}]*", r"$\1"),
    # ("₹28L", "5L users": lakh, as India writes it short)
    (r"(?<=\d)L(?![a-z0-9])", " lakh"),
    (rf"{_S}మిలియన్{_E}", "million"), (rf"{_S}బిలియన్{_E}", "billion"), (rf"{_S}ట్రిలియన్{_E}", "trillion"),
    (rf"(?<=\d)\s*(?:మెగావాట్లు|మెగావాట్స్|మెగావాట్){_E}", " MW"),
    (rf"(?<=\d)\s*(?:కిలోవాట్లు|కిలోవాట్స్|కిలోవాట్){_E}", " kW"), (rf"(?<=\d)\s*(?:వాట్లు|వాట్స్|వాట్){_E}", " W"),
    (rf"(?<=\d)\s*(?:మిల్లీసెకన్లు|మిల్లీసెకన్ల|మిల్లీసెకను|మిల్లీసెకండ్లు)(?=(?:{_CASE})?{_E})", " ms"),
    (rf"(?<=\d)\s*(?:సెకన్లు|సెకండ్లు|సెకన్ల|సెకండ్ల|సెకను|సెకన్|సెకండ్|సెకండు)(?=(?:{_CASE})?{_E})", " s"),
    (rf"(?<=\d)\s*(?:పదాలు|పదాల)(?=(?:{_CASE})?{_E})", " words"),
    (rf"(?<=\d)\s*(?:శాతం){_E}", "%"), (rf"(?<=\d)\s*(?:రెట్లు|రెట్టు|రెట్ల){_E}", "x"),
    # the plural and its oblique glued to English words ("H100లు", "MI300X లు", "GPUల", "H100లతో")
    (rf"(?<=[A-Za-z0-9])\s*-?(?:లు|ల్లు|ల)(?=(?:{_CASE})?{_E})", "s"),
    # a growth: "ప్రతి 4 నెలలకు double" every 4 months, "ఏడాదికి 80% పెరుగుతోంది" a year
    (rf"{_S}ప్రతి\s+({_N})\s*(?:నెలలకు|నెలలకి|నెలలకొకసారి|months?){_E}", r"every \1 months"),
    (rf"{_S}ప్రతి\s+({_N})\s*(?:ఏళ్లకు|ఏళ్ళకు|ఏళ్లకి|ఏళ్ళకి|సంవత్సరాలకు|సంవత్సరాలకి|years?){_E}",
     r"every \1 years"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_N}\s*%)", r"\1 a year"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_N}\s*%)", r"\1 a month"),
    # ("సాధారణం కంటే 4 రెట్లు": times the usual)
    (rf"{_S}(?:సాధారణం|సాధారణ|మామూలు|మామూలుగా|normal|usual)\s*-?\s*(?:కంటే|కన్నా)\s+({_N}\s*x)", r"\1 normal"),
    # ("MFU 48% కి పెంచితే": raised to; "MFU ఇంకో 6 points పెరిగితే": points gained)
    (rf"\b(mfu|utili[sz]ation)\s+({_N}\s*%){_TO}\s+(?:పెంచితే|పెరిగితే|పెంచగలిగితే|పెంచాలంటే|తీసుకెళ్తే|"
     rf"వెళ్తే){_E}", r"\1 goes to \2"),
    (rf"{_S}(?:ఇంకో|ఇంకా|మరో|అదనంగా)\s+({_N})\s*(?:points?|పాయింట్లు|పాయింట్స్)\s+(?:పెరిగితే|పెరుగుతే|"
     rf"పెంచితే|పెరిగింది|పెరుగుతుంది){_E}", r"gains \1 more points"),
    (rf"({_NUM})\s*(?:points?|పాయింట్లు|పాయింట్స్)\s+(?:పెరిగితే|పెంచితే|పెరిగింది|పెరుగుతుంది){_E}",
     r"gains \1 points"),
    # ("B200, H100 SXM కంటే 3x fast": faster than; "HBM దానికి 4-6x": times that)
    (rf"({_NAME})\s*-?\s*(?:కంటే|కన్నా)\s+({_N}\s*x)\s+(?:fast(?:er)?|వేగంగా|వేగం|ఫాస్ట్){_E}",
     r"\2 faster than \1"),
    (rf"({_NAME})\s*-?\s*(?:కంటే|కన్నా)\s+({_NAME})(?:\s*-?\s*(?:ది|లు))?\s+({_N}\s*x)\s+(?:fast(?:er)?|వేగంగా|"
     rf"వేగం|ఫాస్ట్)(?:[{_TE}]*)", r"\2 \3 faster than \1"),
    (rf"{_S}(?:దానికి|దీనికి|దాని|దానికంటే)\s+({_N}\s*(?:-|–|to)?\s*(?:{_N})?\s*x)", r"\1 that"),
    (rf"({_NAME})\s*-?\s*(?:తో|తోటి)\s+(?:పోలిస్తే|పోల్చితే)\s+({_NAME})(?:\s*-?\s*(?:ది|లు))?\s+({_N}\s*x)\s+"
     rf"(?:fast(?:er)?|వేగంగా|వేగం|ఫాస్ట్)(?:[{_TE}]*)", r"\2 \3 faster than \1"),
    # ("2027 నాటికి": by a year)
    (rf"(?<![\w.,])((?:19|20)\d\d)\s*(?:నాటికి|కల్లా|లోగా|లోపు)(?![{_TE}])", r"by \1"),
    # ("10,000 H100 SXM కి equal": the fleet to match)
    (rf"({_NUM}\s*{_NAME}(?:\s+(?:gpus?|cards?))?){_TO}\s+(?:equal|సమానం|సమానమైన|సమానంగా|సమాన){_E}",
     r"match \1"),
    # ("networking + DC కలిపి 40% extra": a share added on top)
    (rf"\b([a-z][\w-]*(?:\s*[+&]\s*[a-z][\w-]*)*)\s+(?:కలిపి|కలుపుకుని)\s+({_N}\s*%)\s*(?:extra|అదనం|అదనంగా)?",
     r"plus \2 for \1"),
    # ("server తో కలిపి GPU కి 1.1 kW": the server's share included)
    (rf"\b(server(?:\s+overhead)?|సర్వర్)\s*-?\s*(?:తో)?\s+(?:కలిపి|కలుపుకుని|సహా){_E}", r"including \1"),
    # a time from now, and a time taken ("3 years తర్వాత", "18 నెలల్లో", "11 రోజులు పట్టింది", "20 days లో")
    (rf"({_NUM})\s*(?:years?|సంవత్సరాల|సంవత్సరాలు|ఏళ్ళ|ఏళ్ల|ఏళ్ళు|ఏళ్లు)\s+(?:తర్వాత|తరువాత|లో|లోపల){_E}|"
     rf"({_NUM})\s*(?:సంవత్సరాల్లో|ఏళ్ళలో|ఏళ్లలో|ఏళ్లల్లో){_E}", r"in \1\2 years"),
    (rf"({_NUM})\s*(?:months?|నెలల|నెలలు)\s+(?:తర్వాత|తరువాత|లో|లోపల){_E}|({_NUM})\s*(?:నెలల్లో){_E}",
     r"in \1\2 months"),
    (rf"({_NUM})\s*(?:days?|రోజుల|రోజులు)\s+(?:తర్వాత|తరువాత|లో|లోపల){_E}|({_NUM})\s*(?:రోజుల్లో){_E}",
     r"in \1\2 days"),
    (rf"({_NUM})\s*(?:days?|రోజులు|రోజుల)\s+(?:పట్టింది|పట్టాయి|పట్టిందని|పడింది|పట్టే|పట్టిన|తీసుకుంది){_E}",
     r"took \1 days"),
    (rf"({_NUM})\s*(?:days?|రోజులు|రోజుల)\s+(?:పడుతుంది|పడతాయి|పడుతాయి){_E}", r"takes \1 days"),
    (rf"({_NUM})\s*(?:నెలలకు|నెలలకి|నెలలకీ){_E}", r"for \1 months"),
    (rf"({_NUM})\s*(?:రోజులకు|రోజులకి){_E}", r"for \1 days"),
    (rf"({_NUM})\s*(?:ఏళ్లకు|ఏళ్ళకు|ఏళ్లకి|ఏళ్ళకి|సంవత్సరాలకు|సంవత్సరాలకి){_E}", r"for \1 years"),
    (rf"(?<=\d)\s*(?:రోజులు|రోజుల|రోజు){_E}", " days"), (rf"(?<=\d)\s*(?:నెలలు|నెలల|నెల){_E}", " months"),
    (rf"(?<=\d)\s*(?:సంవత్సరాలు|సంవత్సరాల|సంవత్సరం|ఏళ్ళు|ఏళ్లు|ఏళ్ళ|ఏళ్ల|ఏడాది){_E}", " years"),
    (rf"(?<=\d)\s*(?:గంటలు|గంటల|గంట){_E}", " hours"), (rf"(?<=\d)\s*(?:వారాలు|వారాల|వారం){_E}", " weeks"),
    (rf"(?<=\d)\s*(?:నిమిషాలు|నిమిషాల|నిమిషం){_E}", " minutes"),
    (rf"{_S}ఎన్ని\s+(?:రోజులు|రోజుల్లో|రోజుల|days){_E}", "how many days"),
    (rf"{_S}ఎన్ని\s+(?:గంటలు|గంటల్లో|hours){_E}", "how many hours"),
    (rf"{_S}ఎంత\s+మంది{_E}", "how many users"),
    (rf"{_S}(?:ఒక\s+)?నెల\s+రోజుల్లో{_E}", "in 1 month"), (rf"{_S}(?:ఒక\s+)?నెల\s+రోజులు{_E}", "1 month"),
    # ("TPOT 40 ms లోపు", "TTFT 1 సెకను లోపు": a limit)
    (rf"({_N}\s*(?:ms|s|sec|seconds?|milliseconds?|minutes?|min)(?![a-z]))\s*-?\s*(?:లోపు|లోపల|లోపే|కంటే\s+తక్కువ|"
     rf"కన్నా\s+తక్కువ|మించకుండా|దాటకూడదు)(?:\s+(?:ఉండాలి|రావాలి|ఉండేలా))?{_E}", r"under \1"),
    # ("మా site కి 2 MW": our one site, no rate's basis)
    (rf"{_S}(?:మా|మన|ఈ|మీ)\s+([a-z][\w-]*)\s*-?\s*(?:కి|కు|లో){_E}", r"our \1"),
    # ("200 students ఒకేసారి": at once)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*(?:మంది\s+)?([a-z]+)\s+(?:ఒకేసారి|ఏకకాలంలో|ఒకే\s+సమయంలో){_E}",
     r"\1 concurrent \2"),
    # ("అందులో 60% GPUs కి", "అందులో 30% daily వస్తారు": a share of it)
    (rf"{_S}(?:అందులో|అందులోంచి|వాళ్ళలో|వాళ్లలో|వీరిలో|దాంట్లో)\s+({_N}\s*%)", r"\1 of that"),
    # ("60% GPUs కి": the share spent on them)
    (rf"({_N}\s*%(?:\s+of\s+that)?)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?){_TO}{_E}", r"\1 for \2"),
    # (a period said before the basis of a rate: "గంటకు ఒక్కో GPU కి $3.2" is "ఒక్కో GPU కి గంటకు $3.2")
    (rf"({_S}(?:{_HOUR}|{_DAY}|{_MONTH}|{_YEAR}|{_SECOND}){_E})\s+"
     rf"((?:{_EACH}\s+{_PER_THING}(?:{_TO})?|{_PER_THING}{_TO}){_E})", r"\2 \1"),
    # ("రోజుకు 20 లక్షల మంది users": the users of a day)
    (rf"{_S}(?:{_DAY}){_E}\s+({_AMOUNT})\s*"
     rf"(?:మంది\s*)?(users?|customers?|people|visitors?|students?|subscribers?|యూజర్లు|మంది){_E}",
     r"\1 daily \2"),
    # a period said before its amount ("రోజుకి సుమారు 12 queries", "గంటకి ₹150", "సెకనుకి 2,500 requests")
    (rf"{_S}(?:{_DAY}){_E}\s+((?:(?:input|output|prompt)\s+)?{_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:{_HOUR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per hour"),
    (rf"{_S}(?:{_SECOND}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}(?:{_MONTH}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}(?:{_YEAR}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    (rf"{_S}(?:{_WEEK}){_E}\s+({_AMOUNT}{_COUNTED})", r"\1 a week"),
    # a count after what it counts ("H100 SXM GPUs 1,024", "L4 cards ౨", "MI355X cards 64 తో")
    (rf"({_NAME}){_NOT_SIZE}\s+({_DEVICE})\s+(?:మొత్తం\s+)?(\d[\d,]*)(?![\d,]|\.\d|\s*[a-z%])", r"\3 \1 \2"),
    (rf"(?<![\w-])({_DEVICE})\s+(?:మొత్తం\s+)?(\d[\d,]*)(?![\d,]|\.\d|\s*[a-z%])", r"\2 \1"),
    (rf"({_NAME})\s*-?\s*(?:లు)?\s+(?:మొత్తం\s+)({_NUM})\s+({_DEVICE})", r"\2 \1 \3"),
    # ("per million tokens కి $0.60", "input కి $0.10 per M")
    (rf"\b(per\s+(?:million|m|1m|mn|1k|thousand)\s+(?:input\s+|output\s+)?tokens?){_TO}{_E}\s+({_MONEY}{_N})",
     r"\2 \1"),
    (rf"\b(input|output)(?:\s+tokens?)?{_TO}{_E}\s+({_MONEY}{_N}\s*per\s+(?:m|mn|million|1m)\b(?:\s+tokens?)?)",
     r"\2 \1 tokens"),
    # ("పది లక్షల నుండి ఒక కోటి users కి": from one count to another)
    (rf"({_NUM}(?:\s*{_SCALE})?)\s*-?\s*(?:నుండి|నుంచి)\s+({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?){_TO}{_E}",
     r"from \1 to \2"),
    (rf"({_NUM}(?:\s*{_SCALE})?(?:\s+[a-z]+)?)\s*-?\s*(?:కి|కు)\s+(?:పెరుగుతుంది|పెరుగుతారు|పెరిగితే|"
     rf"వెళ్తుంది|చేరుతుంది|చేరితే){_E}", r"grow to \1"),
    # ("1,000 requests కి cost", "1k tokens కి energy": the cost of that many)
    (rf"({_NUM}\s*[km]?\s*(?:requests?|queries|tokens?|conversations?|chats?|calls?)){_TO}{_E}", r"per \1"),
    # ("512 cards కి", "10 వేల users కి": for that many)
    # ("50 days run కి" is the run's, no count's)
    (rf"(?<![\w.,$₹€£-])({_N}(?![bm]\b)(?:\s*{_SCALE})?(?!\s*(?:days?|months?|years?|hours?|weeks?|minutes?)\b)"
     rf"(?:\s+[a-z][\w.-]*){{1,4}}?){_TO}{_E}", r"for \1"),
    # ("B200 ఒక్క card ధర సుమారు $40,000", "card ధర ₹28 లక్షలు": a thing's price)
    (rf"(?:{_S}(?:{_EACH}|ఒక్క|ఒక){_E}\s+)?(?<![\w-])({_PER_THING})\s*-?\s*(?:ధర|ఖరీదు|రేటు|price|cost)\s+"
     rf"(?:(?:సుమారు|దాదాపు|about|~)\s*)?({_MONEY}?{_N}(?:\s*{_SCALE}[{_TE}]*)?(?:\s*{_CURRENCY})?)",
     r"\2 per \1"),
    # the basis a rate is per, said before it ("ఒక్కో card కి ₹32 లక్షలు", "GPU కి 1.1 kW", "యూనిట్ కి ₹7.5",
    # "ఒక్కో replica కి max batch 32", "user కి 1,500 output tokens a day")
    (rf"(?:{_S}{_EACH}\s+({_PER_THING})(?:{_TO})?|(?<![\w-])({_PER_THING}){_TO}){_E}\s+"
     rf"((?:[a-z][a-z.-]*\s+){{0,2}}?{_AMOUNT}(?:{_COUNTED}(?:\s+(?:a|per)\s+(?:day|month|year|hour|second|week))?)?)",
     r"\3 per \1\2"),
    # ("ఒక్కో chat లో 5 turns", "ఒక్కో site లో 2 L4 cards": what each one holds)
    (rf"{_S}{_EACH}\s+([a-z][\w-]*){_IN}{_E}\s+({_AMOUNT}(?:\s+{_NAME})?(?:\s+[a-z]+)?)", r"\2 per \1"),
    # ("ఒక్కోటి $15k", "ఒక్కటి ₹3.2 Cr", "₹28L ఒక్కోటి": each one's price)
    (rf"{_S}(?:ఒక్కోటి|ఒక్కొక్కటి|ఒక్కటి|ఒక్కోదానికి|ఒక్కొక్కదానికి|ఒక్కోటీ){_E}\s+({_AMOUNT})", r"\1 each"),
    (rf"({_MONEY}{_N}(?:\s*{_SCALE})?)\s+(?:ఒక్కోటి|ఒక్కొక్కటి|ఒక్కటి|ఒక్కోటీ){_E}", r"\1 each"),
    # ("L40S ఒక్క card మీద": one card)
    (rf"{_S}(?:ఒక్క|ఒక){_E}\s+(?=(?:{_DEVICE}|node|server|gpu|card)\b)", "one "),
    # ("DGX B200 ఒక్కటి 14.3 kW తీసుకుంటుంది": draws)
    (rf"{_S}(?:తీసుకుంటుంది|తీసుకుంటాయి|లాగుతుంది|వాడుతుంది|ఖర్చు\s+చేస్తుంది){_E}", "draws"),
    # ("realistic ఆ?", "possible ఆ?": the question's particle)
    (r"(?<=[a-z0-9])\s*-?\s*(?:ఆ|నా|ఏనా)(?=\s*[?])", ""),
    # case endings glued to English words and numbers: "GPU-కి", "L4లో", "Llama ని"
    (rf"(?<=[A-Za-z0-9%)])\s*-?(?:లో|లోని|లోనే|కి|కు|కీ|ని|ను|నీ|తో|తోనే|మీద|పై|నుండి|నుంచి|వరకు|దాకా|కోసం|"
     rf"ది|కే|లకు|లకి|గా|లే|ఏ){_E}", " "),
    (rf"{_S}(?:కి|కు|ని|ను|లో|తో|మీద|పై|దాకా|వరకు|కోసం|కే|గా){_E}", ""),
    (rf"{_S}(?:నుండి|నుంచి){_E}", "from"),
    *script_words(_WORDS, _TE),
    # (words that say nothing of a quantity)
    (rf"[{_TE}]+", ""),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_TELUGU = rx.compile(r"[\u0c00-\u0c7f]")


def said_in_telugu(text: str) -> bool:
    """The message has Telugu letters or digits."""
    return _TELUGU.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Telugu quantity words and case endings in English and its digits as digits, with the
    position in the source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
