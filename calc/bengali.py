"""Bengali written in its own script, as engineers in Dhaka and Kolkata type it with English product names
between ("DAU প্রায় ৮০ লাখ", "প্রতি ইউজার দিনে ৩টা প্রশ্ন", "বিদ্যুৎ ইউনিট প্রতি ১৪ টাকা",
"কয়টা H100 লাগবে?", "১ ডলার = ১২২ টাকা"): its digits read as digits, its scale words (হাজার, লাখ,
লক্ষ, কোটি, মিলিয়ন), the words that carry a quantity's meaning and the case endings glued to English
words ("L4-এ" on, "GPU-তে" to, "bKash-এর" of) said in English, so that every rule reads them as it reads
English (romanised Bangla, calc/bangla, is read after this module). A period or a basis said before its
amount ("দিনে ৫০ কোটি token", "ঘণ্টায় $২.১", "ইউনিট প্রতি ১৪ টাকা") is said after it, as English says
it, and a count said after what it counts ("H100 SXM ৬৪টা") before it. Taka (টাকা, ৳) are Bangladesh's,
unless the message writes rupees (₹, রুপি): West Bengal says its rupees টাকা too. A message is rewritten
only when it has Bengali letters. Every character keeps its position in the source, so a span is quoted
as the user wrote it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from calc import rx
from calc.script import digit_rules, rewrite, script_words

_BN = "\u0980-\u09ff"
_S = rf"(?<![{_BN}])"      # a word's start (Bengali's vowel signs are no word characters to \b)
_E = rf"(?![{_BN}])"       # a word's end
_N = r"\d(?:[\d.,]*\d)?"
_NUM = rf"(?<![\d.,]){_N}"  # a number from its first digit

_DIGITS = "০১২৩৪৫৬৭৮৯"
_SCALE = r"(?:হাজার|লাখ|লক্ষ|কোটি|মিলিয়ন|বিলিয়ন|ট্রিলিয়ন|thousand|lakh|crore|million|billion|trillion)"
_MONEY = r"(?:[$₹৳€]\s*)"
# an amount: a hedge, a currency, the number, its scale word
_AMOUNT = rf"(?:(?:প্রায়|গড়ে|মোটামুটি|আনুমানিক|about|~)\s*)?{_MONEY}?{_N}(?:\s*{_SCALE}[{_BN}]*)?"
# a price: the currency's sign or its word after the number ("₹২৮ লাখ", "৪.২ কোটি টাকা", "$22k")
_PRICE = rf"{_MONEY}?{_N}(?:\s*(?:k|{_SCALE}))?(?:\s*(?:টাকা|রুপি|ডলার))?"
# what a count a day, an hour or a second counts ("দিনে ৫০ কোটি output token", "দিনে ৩টা প্রশ্ন")
_COUNTED = (r"(?:\s*(?:টা|টি)(?=\s|$))?(?:\s+(?:input|output|prompt)\b)?(?:\s*(?:tokens?|requests?|"
            r"quer(?:y|ies)|questions?|messages?|documents?|docs?|tickets?|sms|doubts?|chats?|calls?|"
            r"conversations?|sessions?|words?|images?|emails?|replies|reports?|প্রশ্ন|টোকেন|ডকুমেন্ট|মেসেজ|"
            r"রিকোয়েস্ট|কোয়েরি))?(?:\s+(?:input|output)\b(?!\s*(?:tokens?|টোকেন)))?")
# the things a rate is per, said before "প্রতি" ("ইউনিট প্রতি ১৪ টাকা", "GB প্রতি $১২", "নোড প্রতি ৮ GPU")
_PER_THING = (r"(?:gpu[- ]?hours?|chip[- ]?hours?|hours?|hr|cards?|gpus?|chips?|units?|nodes?|servers?|"
              r"racks?|tokens?|gb|tb|kwh|users?|months?|days?|requests?|queries|"
              r"ইউনিট|নোড|সার্ভার|কার্ড|ইউজার)")
# an accelerator's or a machine's name ("H100 SXM", "A100 80GB", "Gaudi 3", "TPU v5p", "V100 SXM2")
_NAME = (r"(?<![a-z0-9.,])(?:(?:gaudi|tpu|dgx|hgx|rtx|instinct)\s*)?[a-z]*\d+[a-z0-9.]*"
         r"(?:\s+(?:sxm\d?|pcie|nvl\d*|\d+\s?gb))*")
_NOT_SIZE = r"(?<![0-9][bm])"       # (a name that is no model's size: not "8x22B ১২টা replica")
# a count glued to its counter ("৬৪টা", "৮টায়", "১০২৪টা দিয়ে")
_COUNT = r"(?<![\d.,])(\d[\d,]*)\s*(?:টা|টি|খানা)(?:য়|র|ই|কে)?"
# counts said in words with their counter ("V100 আটটা", "দুটো server")
_COUNT_WORDS = (("দুটো|দুটা|দুইটা|দুইটি", "2"), ("তিনটা|তিনটি", "3"), ("চারটা|চারটি", "4"),
                ("পাঁচটা|পাঁচটি", "5"), ("ছয়টা|ছয়টি", "6"), ("সাতটা|সাতটি", "7"), ("আটটা|আটটি", "8"),
                ("নয়টা|নয়টি", "9"), ("দশটা|দশটি", "10"))

# Bengali words, and the English each is read as
_WORDS: list[tuple[str, str]] = [
    # the asked
    ("কয়টা|কয়টি|কটা|কতগুলো|কতগুলি|কতগুলা", "how many"), ("কতটা|কতখানি", "how much"),
    ("কয়|কত", "how many"), ("লাগবে|লাগে|লাগতো|লাগত|দরকার|প্রয়োজন", "needed"),
    ("যথেষ্ট", "enough"), ("সম্ভব", "possible"), ("কোনটা|কোনটি", "which"),
    # periods
    ("প্রতিদিন|দৈনিক|রোজ", "daily"), ("সাপ্তাহিক", "weekly"), ("মাসিক", "monthly"),
    ("বাৎসরিক|বার্ষিক", "yearly"), ("দিনে", "a day"), ("মাসে", "a month"), ("বছরে", "a year"),
    ("ঘণ্টায়|ঘন্টায়", "per hour"), ("সেকেন্ডে", "per second"), ("সপ্তাহে", "a week"),
    ("দিনের|দিন", "days"), ("মাসের|মাস", "months"), ("বছরের|বছর", "years"), ("ঘণ্টা|ঘন্টা", "hours"),
    ("সপ্তাহ", "weeks"), ("সেকেন্ড", "seconds"), ("মিলিসেকেন্ড", "ms"),
    # who and what is counted
    ("ইউজারের|ইউজাররা|ইউজার|ব্যবহারকারী|ব্যবহারকারীর", "users"), ("গ্রাহক|গ্রাহকের", "customers"),
    ("জনপ্রতি|মাথাপিছু", "per user"), ("প্রত্যেকে|প্রত্যেকের", "each user"),
    ("প্রতিটায়|প্রতিটিতে", "each"), ("প্রতিটা|প্রতিটি|প্রত্যেকটা", "each"), ("প্রতি", "per"),
    ("প্রশ্নে|প্রশ্নের", "question"), ("প্রশ্ন", "questions"), ("উত্তর", "answer"), ("ইনপুট", "input"),
    ("আউটপুট", "output"),
    ("প্রম্পট", "prompt"), ("টোকেনের|টোকেনে|টোকেন", "tokens"), ("কোয়েরি", "queries"),
    ("রিকোয়েস্ট|অনুরোধ", "requests"), ("কার্ডের|কার্ডে|কার্ড", "cards"),
    ("সার্ভারের|সার্ভারে|সার্ভার", "server"), ("নোড", "node"), ("জিপিইউ", "GPU"), ("ডকুমেন্ট", "documents"),
    ("মেসেজ", "messages"), ("মডেল", "model"), ("প্যারামিটারের|প্যারামিটার", "parameters"),
    ("মেমরিতেই|মেমরিতে|মেমরির|মেমরি", "memory"), ("ট্রেনিং|ট্রেন", "training"), ("ইংরেজি", "English"),
    ("মেগাওয়াট", "MW"), ("কিলোওয়াট", "kW"), ("ওয়াট", "W"), ("পাওয়ার", "power"),
    ("জেনারেটর", "generator"), ("ব্যাকআপ", "backup"), ("কনকারেন্ট|একসাথে", "concurrent"),
    # hedges and the done
    ("প্রায়|আনুমানিক|মোটামুটি|মতো|মত", "about"), ("গড়ে", "on average"), ("মোট", "total"),
    ("এখন|বর্তমানে", "now"), ("আগের", "previous"), ("গত", "last"), ("একটা|একটি", "a"), ("এক", "one"),
    ("আর|এবং|ও", "and"), ("প্রথম", "first"), ("তারপর|তারপরে", "then"), ("সহ", "including"),
    ("শুধু", "only"), ("বেশি", "more"), ("দ্রুত", "faster"), ("সস্তা", "cheaper"), ("দ্বিগুণ", "double"),
    ("খালি", "free"), ("বিদ্যুৎ|বিদ্যুতের|বিদ্যুত", "electricity"), ("বিল", "bill"), ("খরচ", "cost"),
    ("দাম|দামে", "price"), ("বাজেট", "budget"), ("ভাড়া", "rent"), ("ডলারে|ডলারেও", "in dollars"),
    ("ডলার", "dollar"), ("রুপি|রুপিতে|রুপির", "rupees"), ("রেট", "rate"), ("বিনিময়\\s+হার", "exchange rate"),
    ("ইউনিটে|ইউনিট", "unit"), ("কিনলে|কিনতে|কেনা|কিনব|কিনবো", "buy"),
    ("বলছে|বলছেন|বলেছে|বলেছেন|বলে", "claims"), ("হলে|যদি", "if"), ("থেকে", "from"),
]

# the forms a keyboard may type for য়, ড়, ঢ় and the two-part vowel signs, as the rules below write them
# (Unicode decomposes the first three, composes the others)
_CANONICAL = [(rx.compile(p), to) for p, to in (
    ("\u09df", "\u09af\u09bc"), ("\u09dc", "\u09a1\u09bc"), ("\u09dd", "\u09a2\u09bc"),
    ("\u09c7\u09be", "\u09cb"), ("\u09c7\u09d7", "\u09cc"))]

_REWRITES: list[tuple[str, str]] = [
    *digit_rules(_DIGITS), ("\u0964", "."),          # (and the danda, the full stop)
    # phrases whose words are rewritten one by one below
    # ("১ কোটিতে যাবে": grows to; "MFU ৪৫%-এ তুললে": raised to)
    (rf"({_NUM}\s*{_SCALE}?)-?(?:তে|এ)\s+(?:যাবে|পৌঁছাবে|উঠবে|দাঁড়াবে){_E}", r"grow to \1"),
    (rf"\bmfu\s+({_N}\s*%)-?(?:এ|তে)\s+(?:তুললে|তুলি|তুলতে|নিলে|বাড়ালে){_E}", r"MFU goes to \1"),
    # ("বছরে ৮০% বাড়ছে": a growth a year; "প্রতি ৪ মাসে দ্বিগুণ": a doubling)
    (rf"{_S}(?:বছরে|প্রতি\s+বছর){_E}\s+({_N}\s*%)\s+(?:করে\s+)?(?:বাড়ছে|বাড়বে|বাড়ে|বাড়|grow){_E}",
     r"growing \1 a year"),
    (rf"{_S}প্রতি\s+({_N})\s*মাসে{_E}\s+দ্বিগুণ(?:\s+(?:হচ্ছে|হয়|হবে))?{_E}", r"doubles every \1 months"),
    (rf"{_S}প্রতি\s+({_N})\s*বছরে{_E}\s+দ্বিগুণ(?:\s+(?:হচ্ছে|হয়|হবে))?{_E}", r"doubles every \1 years"),
    (rf"{_S}প্রতি\s+({_N})\s*মাসে{_E}", r"every \1 months"),
    (rf"{_S}প্রতি\s+({_N})\s*বছরে{_E}", r"every \1 years"),
    # a time from now, and a time taken ("২ বছর পরে", "৫ বছরে", "৩০ দিনে", "১১ দিন লেগেছিল", "কয় দিনে")
    (rf"({_NUM})\s*বছর\s+(?:পরে|পর){_E}|({_NUM})\s*বছরে{_E}", r"in \1\2 years"),
    (rf"({_NUM})\s*মাস\s+(?:পরে|পর){_E}|({_NUM})\s*মাসে{_E}", r"in \1\2 months"),
    (rf"({_NUM})\s*দিন\s+(?:পরে|পর){_E}|({_NUM})\s*দিনে{_E}", r"in \1\2 days"),
    (rf"({_NUM})\s*দিন\s+(?:লেগেছিল|লেগেছিলো|লেগেছে|লাগে|লাগল|লাগলো|চলেছিল|চলেছে){_E}", r"took \1 days"),
    (rf"{_S}(?:কয়|কত)\s+দিনে{_E}", "in how many days"), (rf"{_S}(?:কয়|কত)\s+দিন{_E}", "how many days"),
    # ("MFU আগের থেকে ৫ পয়েন্ট বেশি": points gained)
    (rf"{_S}আগের\s+(?:থেকে|চেয়ে|চাইতে)\s+({_N})\s*পয়েন্ট\s+(?:বেশি|বাড়তি){_E}",
     r"\1 points higher than before"),
    (rf"({_NUM})\s*পয়েন্ট\s+(?:বেশি|বাড়তি){_E}", r"\1 points higher"),
    (rf"(?<=\d)\s*(?:শতাংশ|পার্সেন্ট){_E}", "%"),
    (rf"(?<![\d.,])(\d{{4}})\s+সালের\s+(?:দামে|দাম){_E}", r"at \1 prices"),
    # ("প্রতিটা ₹২৮ লাখ", "প্রতিটা ধরুন $22k": each one's price)
    (rf"{_S}(?:প্রতিটা|প্রতিটি|প্রত্যেকটা)\s+(?:(?:ধরুন|ধরেন|ধরি|ধরো)\s+)?"
     rf"({_MONEY}{_N}(?:\s*(?:k|{_SCALE}))?)", r"\1 each"),
    # ("প্রতি মিলিয়ন token ৳৪৫": the price of a million tokens, said after them)
    (rf"{_S}প্রতি\s+((?:{_N}\s*)?(?:মিলিয়ন|million|হাজার|thousand|লাখ|lakh|m\b)?\s*(?:tokens?|টোকেন))"
     rf"(?:-?এ)?\s+({_MONEY}{_N})", r"\2 per \1"),
    # ("প্রতি user থেকে মাসে ৳৯৯ নেব": a user's monthly charge)
    (rf"{_S}প্রতি\s+(users?|ইউজার|গ্রাহক|customers?|subscribers?)\s+(?:থেকে|প্রতি)\s+মাসে\s+({_MONEY}{_N})"
     rf"\s*(?:করে\s+)?(?:নেব|নেবো|নিব|নিবো|নেই|নিই|নিচ্ছি|নিতে\s+চাই){_E}", r"charge \2 per \1 a month"),
    # ("H100-এর চেয়ে ৩ গুণ দ্রুত": faster than; "DRAM-এর ৫ গুণ দাম": the price of; "peak ২.৫ গুণ")
    (rf"({_NAME})-?(?:এর|র)\s+(?:চেয়ে|চাইতে|থেকে)\s+({_N})\s*(?:গুণ|x)\s+(?:দ্রুত|fast(?:er)?){_E}",
     r"\2x faster than \1"),
    (rf"\b([a-z]+)-?(?:এর|র)\s+({_N})\s*গুণ\s+দাম{_E}", r"\2x the price of \1"),
    (rf"(?<=\d)\s*গুণ{_E}", "x"),
    # ("১,০০০টা A100 80GB-এর সমান": the fleet to match)
    (rf"({_NUM}\s*(?:টা|টি)?\s*{_NAME})-?(?:এর|র)\s+সমান{_E}", r"match \1"),
    (rf"({_NAME})-?(?:এর|র)\s+সমান{_E}", r"match \1"),
    # ("networking মিলিয়ে আরো ৩৫% যোগ করুন": a share added on top)
    (rf"\b([a-z][\w-]*)\s+মিলিয়ে\s+(?:আরো|আরও)\s+({_N}\s*%)\s+যোগ\s+(?:করুন|করেন|করো|করে){_E}",
     r"plus \2 for \1"),
    # ("import duty সহ ৪.২ কোটি টাকা": the price including it, said after the price)
    (rf"\b([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+সহ\s+({_PRICE})", r"\2 including \1"),
    # ("প্রতিটি কার্ডের দাম ২৮ লাখ টাকা": a card's price, said after it)
    (rf"{_S}(?:(?:প্রতিটি|প্রতিটা|প্রতি|একটা|একটি)\s+)?(?:কার্ডের|জিপিইউর|(?:gpu|card)-?(?:এর|র))\s+দাম\s+"
     rf"({_PRICE})", r"\1 per card"),
    (rf"{_S}(?:(?:প্রতিটি|প্রতিটা|প্রতি|একটা|একটি)\s+)?(?:সার্ভারের|server-?(?:এর|র))\s+দাম\s+({_PRICE})",
     r"\1 per server"),
    (rf"{_S}(?:প্রতিটির|প্রতিটার)\s+দাম\s+({_PRICE})", r"\1 each"),
    (rf"{_S}আগের\s+(?:থেকে|চেয়ে|চাইতে){_E}", "than before"),
    (rf"{_S}(?:জিজ্ঞেস|জিজ্ঞাসা)\s+করে{_E}", "ask"), (rf"{_S}তারা{_E}", "they"),
    # ("ticket-এ গড়ে ৮টা turn থাকে": the turns of one ticket)
    (rf"\b([a-z]\w*(?:-[a-z]\w*)*)-?(?:এ|তে)\s+((?:গড়ে\s+|প্রায়\s+)?{_N})\s*(?:টা|টি)?\s+"
     rf"(turns?|messages?|questions?)\s+থাকে{_E}", r"\2 \3 per \1"),
    # ("৬৪টা জেলা-hub", "প্রতিটা hub-এ ২টা করে L4 কার্ড": sites, and the cards at each)
    (r"(?<=\d)(\s*(?:টা|টি)?\s*)(?:জেলা|district)?-?\s*hubs?\b", r"\1 district sites"),
    (rf"{_S}(?:প্রতিটা|প্রতিটি|প্রত্যেক)\s+[a-z]\w*(?:-[a-z]\w*)*-?(?:এ|তে)?\s+({_N})\s*(?:টা|টি)\s+করে\s+"
     rf"((?:{_NAME}\s+)?)(?:কার্ড|cards?|gpus?|জিপিইউ){_E}", r"\1 \2cards each"),
    (rf"(?<=\d)\s*(?:টা|টি)\s+করে{_E}", " each"),
    (rf"{_S}(?:এই|ওই)\s+টাকায়{_E}", "with this money"),
    # the basis a rate is per, said before it ("ইউনিট প্রতি ১৪ টাকা", "chip-hour প্রতি $২.৭",
    # "নোড প্রতি ৮ GPU")
    (rf"(?<![\w-])({_PER_THING})\s+প্রতি\s+({_MONEY}?{_N}(?:\s*{_SCALE})?(?:\s*(?:টাকা|রুপি|gpus?|cards?|"
     r"w|kw|tokens?)(?![a-z]))?)", r"\2 per \1"),
    (rf"(?<![\w-])(?:প্রতি\s+)?(?:ইউনিটে|ইউনিট|unit)\s+({_MONEY}?{_N}(?:\s*(?:টাকা|রুপি))?)", r"\1 per unit"),
    # a period said before its amount ("দিনে ৫০ কোটি output token", "ঘণ্টায় ₹১৮০", "সেকেন্ডে ৪.৫ লাখ token")
    (rf"{_S}(?:প্রতি\s*দিনে|প্রতিদিন|দিনে)\s+({_AMOUNT}{_COUNTED})", r"\1 a day"),
    (rf"{_S}(?:প্রতি\s+)?(?:ঘণ্টায়|ঘন্টায়)\s+({_AMOUNT})", r"\1 per hour"),
    (rf"{_S}সেকেন্ডে\s+({_AMOUNT}{_COUNTED})", r"\1 per second"),
    (rf"{_S}মাসে\s+({_AMOUNT}{_COUNTED})", r"\1 a month"),
    (rf"{_S}বছরে\s+({_AMOUNT}{_COUNTED})", r"\1 a year"),
    (rf"/\s*(?:ঘণ্টা|ঘন্টা){_E}", "/hour"),
    # a count after what it counts ("কার্ড ৬৪টা", "server ৩২টা", "H100 SXM ১০২৪টা দিয়ে", "V100 আটটা দিয়ে")
    (rf"\b(cards?|gpus?|servers?|nodes?|chips?|racks?|কার্ড|সার্ভার)\s+(?:মোট\s+)?{_COUNT}", r"\2 \1"),
    *[(rf"{_S}(?:{word}){_E}", digit) for word, digit in _COUNT_WORDS],
    (rf"({_NAME}){_NOT_SIZE}\s+(?:মোট\s+)?{_COUNT}(?:\s+(?:দিয়ে|নিয়ে)){_E}", r"\2 \1"),
    (rf"({_NAME}){_NOT_SIZE}\s+(?:মোট\s+)?{_COUNT}(?!\s*[a-z])", r"\2 \1"),
    (rf"({_NAME}){_NOT_SIZE}\s+(\d[\d,]*)\s+(?:দিয়ে|নিয়ে){_E}", r"\2 \1"),
    (rf"{_COUNT}\s+(?:নিলে|কিনলে|কিনতে|কিনি|কেনা){_E}", r"buy \1 of them"),
    (rf"({_NAME})\s+(?:লাগে|লাগছে|চলছে|আছে|চালাই|চালাচ্ছি)\s+{_COUNT}", r"\2 \1 needed"),
    (rf"(?<=\d)\s*(?:টা|টি|খানা)(?:য়|র|ই|কে)?{_E}", ""),
    # scale words (with an ending glued on: "কোটি-র", "লাখের", "কোটিতে")
    (rf"(?<=\d)\s*হাজার[{_BN}]*", " thousand"), (rf"(?<=\d)\s*(?:লাখ|লক্ষ)[{_BN}]*", " lakh"),
    (rf"(?<=\d)\s*কোটি[{_BN}]*", " crore"), (rf"(?<=\d)\s*মিলিয়ন[{_BN}]*", " million"),
    (rf"(?<=\d)\s*বিলিয়ন[{_BN}]*", " billion"), (rf"(?<=\d)\s*ট্রিলিয়ন[{_BN}]*", " trillion"),
    (rf"{_S}মিলিয়ন{_E}", "million"), (rf"{_S}বিলিয়ন{_E}", "billion"),
    # (a count's noun said in the singular, as Bengali says it: "৬টা run", "৫,০০০ employee")
    (r"(?<=\d)(\s+(?:(?!per\b)[a-z]+\s+){0,3}?)(turn|run|employee|replica|subscriber|sequence|message|"
     r"character|doubt|student|document|ticket|request|call|user|card|server|node|rack|chip|epoch|word|"
     r"reply)\b", r"\1\2s"),
    (r"(?<=\d)(\s+(?:(?!per\b)[a-z]+\s+){0,3}?)query\b", r"\1queries"),
    # money: taka (rupees when the message writes rupees: in_english)
    (rf"{_S}(?:টাকায়|টাকাতে){_E}", "in taka"), (rf"{_S}টাকা(?:র)?{_E}", "taka"),
    # (words that say nothing of a quantity: "ধরুন" assume, "দিয়ে" with)
    (rf"{_S}(?:ধরে\s+নিলে|ধরে\s+নিচ্ছি|ধরে\s+নিই|ধরি|ধরুন|ধরেন|ধরো|ধরলে){_E}", ""),
    (rf"{_S}ধরে{_E}", "assumed"), (rf"{_S}(?:দিয়ে|নিয়ে){_E}", "with"),
    (rf"{_S}মেপে\s+(?:দেখলাম|দেখেছি|পেয়েছি){_E}", "measured"),
    (rf"{_S}(?:এর|র)\s+মধ্যে{_E}", "within"), (rf"-?(?:এর|র)\s+নিচে{_E}", " under"),
    # case endings glued to English words and numbers: "L4-এ" on, "GPU-তে" to, "bKash-এর" of, "Kolkata-র"
    (rf"(?<=[A-Za-z0-9%)])-?(?:এর|এ|তে|র|য়|কে|ও|ই|টা|টি|রা|দের){_E}", " "),
    *script_words(_WORDS, _BN),
]
# (the rules' Bengali in the forms _CANONICAL gives the text)
_COMPILED = [(rx.compile(unicodedata.normalize("NFC", p), re.IGNORECASE), to) for p, to in _REWRITES]
_BENGALI = rx.compile(r"[\u0980-\u09f2\u09f4-\u09ff]")      # (not the taka's sign alone: "৳14 per unit")
_RUPEES = rx.compile(r"₹|রুপি|\brs\.?\s*\d|\binr\b|\brupees?\b", re.IGNORECASE)
_TAKA = [(rx.compile(r"\btaka\b"), "rupees")]


def said_in_bengali(text: str) -> bool:
    """The message has Bengali letters or digits (the taka's sign alone, in romanised Bangla or English, is
    none)."""
    return _BENGALI.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Bengali quantity words and case endings in English and its digits as digits, with the
    position in the source of each character (calc/script.rewrite). Its টাকা are rupees when the message
    writes rupees (₹, রুপি), taka otherwise."""
    out, where = rewrite(*rewrite(text, pos, _CANONICAL), _COMPILED)
    if _RUPEES.search(text):
        out, where = rewrite(out, where, _TAKA)
    return out, where
