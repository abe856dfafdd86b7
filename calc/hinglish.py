"""Romanised Hindi quantity words in a question, as Indian teams write English ("roz ke 2 crore
users", "har user din mein 5 baar", "kitne GPU chahiye", "Saal bhar ka electricity bill", "ek rack"): the
period, the counted thing, the hedges and the asked, said in English, so that every rule reads them as it
reads English (as calc/malay does for Indonesian and Malay). Lakh and crore are read by calc/numbers. A
message is rewritten only when it shows the language (two of its common words, one not shared with English).
Every character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite, shows_language

# words that show the message is (partly) in romanised Hindi
_COMMON = rx.compile(r"(?<![a-z])(?:hai|hain|kya|kitne|kitna|kitni|chahiye|bhai|mein|roz|din|saal|baar|har|"
                     r"banega|hoga|lagega|"
                     r"aur|toh|lagega|laga|bata|batao|karo|karna|raha|rahe|wala|wale|hoga|abhi|bhi|nahi|kaise|"
                     r"lagbhag|karib|kharcha|bijli|humare|hamare|hamara|humara|apna|mil|lagne|maan|mahine|mahina|"
                     r"hafte|sawal|jawab|yaar|chalta|wajah|saalana|rupay|rupaye|chahiye|kharcha|baad|lagenge)"
                     r"(?![a-z])", re.IGNORECASE)
_SHARED = {"har", "mil", "din", "bata", "aur"}

_REWRITES: list[tuple[str, str]] = [
    # scale words ("2 arab tokens", "50 hazaar concurrent users") and multiples ("3 guna traffic", "3x fast")
    (r"(?<=\d)(\s*)arab\b", r"\1billion"), (r"(?<=\d)(\s*)(?:hazaar|hazar|hajar)\b", r"\1thousand"),
    (r"\bpeak\s+pe\b(?=\s*\d+(?:\.\d+)?\s*(?:guna|x|times)\b)", "peak"),
    (r"(\d+(?:\.\d+)?)\s*guna\b", r"\1x"), (r"(?<=\dx)\s+fast\b", " faster"),
    # (Roman Urdu, as Pakistani teams write it: "80% saalana barh raha hai", "9 din mein train hua tha", "utne
    # hi A100", "dollar 280 ka chal raha hai", "$3.2 lakh dollar per server", "har 1,000 tokens ki cost")
    (r"(\d+(?:\.\d+)?\s*%)\s+(?:saalana|salana|har\s+saal)\s+(?:barh|badh)\s+(?:raha|rahi|rahe)\s+(?:hai|hain)\b",
     r"growing \1 a year"), (r"\b(?:saalana|salana)\b", "a year"), (r"\bbarh\b", "badh"),
    (r"\bpichl[ae]\b", "last"), (r"\btrain\s+hua\s+tha\b|\btrain\s+hui\s+thi\b", "took"),
    (r"\b(\d+(?:\.\d+)?)(\s*)din\s+ka\s+tha\b", r"took \1\2days"), (r"\butne\s+hi\b", "the same number of"),
    (r"\bzyada\b|\bziada\b", "higher"),
    (r"\bkeh\s+(?:raha|rahe|rahi)\s+(?:tha|the|thi|hai|hain)\b|\bkehte\s+hain\b", "claims"),
    (r"\bsahi\s+hai\b|\bsach\s+hai\b", "is that right"),
    (r"\b([a-z]+(?:\s+(?:aur|and|\+)\s+[a-z]+)?)\s+ke\s+liye\s+(\d+(?:\.\d+)?\s*%)\s+upar\b",
     r"plus \2 for \1"),
    # (Hindi typed in Devanagari arrives spelled this way from calc/hindi: "50 लाख तक जाने", "50x बढ़ गए",
    # "MFU 8 points बढ़ जाए", "2 दिन में हुआ था", "45 दिन चला था", "कितना time लगेगा", "double हो रहा है")
    (r"\b(\d[\d.,]*\s*(?:lakh|crore|k|m|million)?)\s+tak\s+(?:jaane|jane|pahunchne|le\s+jaane)\b",
     r"grow to \1"),
    (r"\bmfu\s+(\d+(?:\.\d+)?\s*%)\s+tak\s+le\s+(?:jayenge|jaayenge|jaenge|jayega|jaana)\b",
     r"MFU goes to \1"),
    (r"(\d+(?:\.\d+)?\s*x)\s+badh\s+(?:gaye|gayi|gaya|jaye|jaaye|jayenge|jayega)\b", r"grow \1"),
    (r"(\d+(?:\.\d+)?)(\s*)points?\s+badh\s+(?:jaye|jaaye|gaya|gayi|gaye|jayega|jaega)\b",
     r"\1\2points higher"),
    (r"\b(\d+(?:\.\d+)?)(\s*)din\s+(?:mein|me)\s+(?:hua|hui|ho\s+gaya|ho\s+gayi)\s+(?:tha|thi)\b",
     r"took \1\2days"),
    (r"\b(\d+(?:\.\d+)?)(\s*)din\s+(?:chala|chale|chali|lage|laga|lagi)(?:\s+(?:tha|the|thi))?\b",
     r"took \1\2days"),
    (r"\bkitna\s+time\s+(?:lagega|lagenge|lagegi)\b", "how long would it take"),
    (r"\bkitne\s+ghante\b", "how many hours"), (r"(?<=\d)(\s*)ghante\b", r"\1hours"),
    (r"\bdouble\s+ho\s+(?:raha|rahi|rahe)\s+(?:hai|hain)\b", "doubles"),
    (r"\bbol\s+(?:raha|rahe|rahi)\s+(?:hai|hain)\b", "claims"),
    (r"(?<!\bse )\b(\d[\d.,]*\s*(?:lakh|crore|k|m|million)?)\s+ho\s+"
     r"(?:jayenge|jaayenge|jaenge|jayega|jaega)\b",
     r"grow to \1"),
    (r"\bdollar\s+(\d{2,3}(?:\.\d+)?)(?=\s*(?:[.?,;)]|$))", r"rate \1"),
    (r"\b([a-z]+\d+[a-z]*(?:\s+(?:sxm|pcie|nvl))?)\s+(?:par|pe)\s+switch\s+(?:karein|karen|karo|kare|karte|kiya)\b",
     r"switch to \1"),
    (r"\b(?:roz|rozana|daily)\s+((?:karib\s+|lagbhag\s+|takriban\s+|about\s+|~)?\d[\d.,]*\s*[km]?\s*tokens?)\s+"
     r"(?:consume|generate|use)\s+(?:karta|karti|karte|karwata|karwati|karwate|kervata)\s+(?:hai|hain)\b",
     r"consumes \1 daily"),
    (r"\s+bhi\b(?=\s)", ""), (r"\bmaan\s+lo\b", ""),
    (r"\bkitne\s+din\s+(?:lagenge|lagega|lagein\s*ge)\b", "how many days"), (r"\bab\b(?=\s)", "now"),
    (r"\balag\b\s*", ""),
    (r"\blage\s+(?:hue\s+)?(?:hain|hai)\b", ""),
    (r"\bdollar\s+(?:rate\s+)?(\d[\d.,]*)\s+ka\b|\bdollar\s+rate\s+(\d[\d.,]*)", r"rate \1\2"),
    (r"(\$\s*\d[\d.,]*\s*(?:lakh|crore|k|m))\s+dollars?\b", r"\1"),
    (r"\b(pkr|rs|rupees|inr|usd|dollars?)\s+(?:mein|me)\b", r"in \1"), (r"\brupa(?:y|ye|ey)\b", "rupees"),
    (r"\bhar\s+(\d[\d.,]*\s*(?:tokens?|requests?|queries|sawal))\s+(?:ki|ka)\s+(?:cost|kharcha)\b",
     r"cost per \1"),
    (r"\bdin\s+(?:mein|me)\s+(\d[\d.,]*\s*(?:k\s*)?)(words|tokens?)\b", r"\1\2 per day"),
    (r"\b(\d[\d.,]*\s*(?:lakh|crore|k|m|million)?)\s+se\s+(\d[\d.,]*\s*(?:lakh|crore|k|m|million)?)\s+"
     r"(users?|log|customers?)\s+tak\b", r"from \1 to \2 \3"),
    # ("har 6 mahine mein double": every 6 months)
    (r"\bhar\s+(\d+(?:\.\d+)?)(\s*)mahine\s+(?:mein|me)?", r"every \1\2months"),
    (r"\bhar\s+(\d+(?:\.\d+)?)(\s*)saal\s+(?:mein|me)?", r"every \1\2years"),
    # a time from now and a rate a year ("18 mahine mein", "10 din mein", "2 saal baad", "saal ka 80% badh
    # raha")
    (r"\b(\d+(?:\.\d+)?)(\s*)mahine\s+(?:mein|me)\b", r"in \1\2months"),
    (r"\b(\d+(?:\.\d+)?)(\s*)din\s+(?:mein|me)\b", r"in \1\2days"),
    (r"\b(\d+(?:\.\d+)?)(\s*)saal\s+(?:mein|me|baad)\b", r"in \1\2years"),
    # a month's or a year's amount, before the particles are left out ("Ek mahine ka bijli ka kharcha",
    # "mahina ka rent"), and weeks ("3 hafte ke liye")
    (r"\b(?:ek\s+)?mahin[ae]\s+(?:ka|ki|ke|bhar)\b", "a month's"),
    (r"\b(?:ek\s+)?saal\s+(?:ka|ki|ke)\b(?!\s*\d)", "a year's"),
    (r"(?<=\d)(\s*)haft[ae]\b", r"\1weeks"),
    # ("2 lakh se 25 lakh ho jayenge": from one to the other; "H100 SXM se 2.5x fast": faster than it)
    (r"\b(\d[\d.,]*\s*(?:lakh|crore|k|m|million)?)\s+se\s+(\d[\d.,]*\s*(?:lakh|crore|k|m|million)?)\s+"
     r"(?:ho\s+ja(?:a)?yenge|ho\s+jayega|tak)\b", r"from \1 to \2"),
    (r"\b([a-z]+\d+[a-z]*(?:\s+(?:sxm|pcie|nvl))?)\s+se\s+(\d+(?:\.\d+)?\s*x)\s+fast(?:er)?\b",
     r"\2 faster than \1"), (r"\bsawal(?:aat)?\b", "questions"), (r"\bjawab\b", "answer"),
    (r"\b(\d[\d.,]*\s*[kmb]?\s*tokens?)\s+ka\s+(questions|answer|sawal|jawab)\b", r"\2 \1"),
    (r"\bsaal\s+ka\s+(\d+(?:\.\d+)?\s*%)\s+badh\s+(?:raha|rahi|rahe)\s+(?:hai|hain)\b", r"growing \1 a year"),
    (r"\bbadh\s+(?:raha|rahi|rahe)\s+(?:hai|hain)\b", "growing"),
    # ("aadha paisa hi GPU pe lagana hai": half the budget on GPUs; "$32k ka pad raha hai": costs $32k)
    (r"\baadha\s+(?:paisa|budget|amount|paise)\b", "half the budget"), (r"\baadha\b", "half"),
    (r"\b(\d[\d.,]*\s*(?:gpus?|cards?|chips?))\s+(?:pe|par)\b", r"on \1"),
    (r"\b(?:hi\s+)?(gpus?|cards?|chips?)\s+(?:pe|par)\b", r"goes on \1"), (r"\bek\s+(?=[$₹])", "costs "),
    (r"\bkisi\s+ne\s+likha\b", "someone wrote"), (r"\bpossible\s+hai\s+kya\b", "possible?"),
    # verbs and particles that carry no quantity, left out
    (r"\s+(?:bhejta|bhejti|bhejte|karta|karti|karte|aati|aate|hota|hoti|hote|lagta|lagti|lagana|pad\s+raha|"
     r"mil\s+raha|chal\s+raha|chala\s+rahe|ho\s+jata|ho\s+jayenge|aa\s+jayenge|le\s+lo)\s+(?:hai|hain|"
         r"ho)\b", ""),
    (r"\s+ke\s+liye\b", ""), (r"\s+(?:ka|ki|ke|ko|se|hi)(?=[\s,.?!]|$)", ""),
    (r"(?<=\d)(\s+)message\b", r"\1messages"),
    # periods ("din mein 5 baar", "roz ke", "saal bhar", "30 din mein", "12 months mein")
    (r"\bdin\s+(?:mein|me)\s+(\d+(?:\.\d+)?)\s+(?:baar|bar)\b", r"\1 times a day"),
    (r"\b(?:roz|rozana|daily)\s+(?:ke|ki|ka)\b", "daily"), (r"\broz\b", "daily"), (r"\brozana\b", "daily"),
    (r"\bsaal\s+(?:bhar|bhar\s+ka|ka)\b", "a year"), (r"\bmahine\s+(?:ka|bhar)\b", "a month"),
    (r"(?<=\d)(\s*)din\b", r"\1days"), (r"(?<=\d)(\s*)saal\b", r"\1years"),
    (r"(?<=\d)(\s*)mahine\b", r"\1months"),
    (r"(?<=\d)(\s*)(?:baar|bar)\b", r"\1times"), (r"\bprati\s+din\b|\bper\s+din\b", "per day"),
    # "each", "one", hedges, the asked and the done
    (r"\bhar\b", "each"), (r"\bek\b(?=\s+[a-z])", "one"),
    (r"\b(?:lagbhag|karib|takriban|approx)\b", "about"),
    (r"\b(?:kya|kitna)\s+(?:banega|hoga|lagega|aayega)\b", "how much"),
    (r"\bkitne\b|\bkitna\b|\bkitni\b", "how many"), (r"\bchahiye\b", "needed"),
    (r"\bbijli\s+ka\s+kharcha\b|\bbijli\b", "electricity"), (r"\bkharcha\b", "cost"),
    (r"\babhi\b", "now"), (r"\bmein\b", "in"), (r"\bpe\b", "on"), (r"\baur\b", "and"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_hinglish(text: str) -> bool:
    """The message shows romanised Hindi: two of its common words, one not shared with English."""
    return shows_language(_COMMON, _SHARED, text)


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its romanised Hindi quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
