"""Georgian written in Mkhedruli, as engineers, bank and telecom IT teams and founders in Tbilisi and Batumi
type it with English terms and Latin digits between ("400k აქტიური იუზერი დღეში", "64 ცალი H100", "საათში
4.9₾", "1$=2.70₾", "5 მილიონი ლარი", "რამდენი H100 დაგვჭირდება?"): the scale words (ათასი, მილიონი/მლნ,
მილიარდი/მლრდ, ტრილიონი), the number words (ერთი ... ასი, ორასი), the period (დღეში, თვეში, წელიწადში,
საათში, წამში), the counted thing, the units of power (კვტ, მეგავატი, კვტ/სთ), the hedges and the few verbs
the rules key on, said in English, so that every rule reads them as it reads English. The case endings
Georgian glues to an English word or a number ("H100-ზე" on, "GPU-ს", "8B-ის" of, "10-ით" by, "5-ჯერ" times)
are dropped or said as what they stand for. Lari ("ლარი", "₾", "GEL") are written GEL after the amount, the
code a rate the question states is said in ("1$ = 2.7₾", "კურსი 2.7"). A message is rewritten only when it
has Georgian letters. Every character keeps its position in the source, so a span is quoted as the user
wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import NUMBER as _N
from calc.script import rewrite

_KA = "\u10d0-\u10ff"
_S = rf"(?<![{_KA}])"       # a word's start
_E = rf"(?![{_KA}])"        # a word's end
_W = rf"[{_KA}]*"           # the rest of a word (its case endings: "იუზერებისთვის")
_AMT = r"\d(?:[\d.,]*\d)?(?:\s\d{3}(?!\d))*"   # an amount ("165 000", "2.5")
_LATIN = r"(?<=[A-Za-z0-9%)$₾€.])"      # right after an English word, a number or a sign

_NUMBER_WORDS = (("ორასი", "200"), ("სამასი", "300"), ("ოთხასი", "400"), ("ხუთასი", "500"),
                 ("ოცდაათი", "30"), ("ორმოცდაათი", "50"), ("ორმოცი", "40"), ("სამოცი", "60"),
                 ("თერთმეტი", "11"), ("თორმეტი", "12"), ("ცამეტი", "13"), ("თოთხმეტი", "14"),
                 ("თხუთმეტი", "15"), ("თექვსმეტი", "16"), ("ჩვიდმეტი", "17"), ("თვრამეტი", "18"),
                 ("ცხრამეტი", "19"), ("ოცი", "20"), ("ასი", "100"), ("ორი", "2"), ("სამი", "3"),
                 ("ოთხი", "4"), ("ხუთი", "5"), ("ექვსი", "6"), ("შვიდი", "7"), ("რვა", "8"), ("ცხრა", "9"),
                 ("ათი", "10"))


def _number_word(word: str) -> str:
    """The pattern of a number word with the case endings it takes ("ორი", "ორს", "ორით", "თხუთმეტ")."""
    stem = word[:-1] if word.endswith("ი") else word
    return rf"{_S}{stem}(?:ი|ს|ად|ით|ზე|ში|მა)?{_E}"


_REWRITES: list[tuple[str, str]] = [
    # lari: the sign and the word after an amount, the sign before it, a rate said with them
    (r"(?<=\d)(\s*)(?:₾|ლარ" + _W + r")(?:-" + _W + r")?", r"\1 GEL"),
    (r"₾\s*(?=\d)", "GEL "),
    (_S + r"(?:1\s*)?(?:\$|დოლარი|USD)\s*(=|≈|~)\s*(" + _N + r")\s*(?:GEL|₾|ლარი)", r"1 USD \1 \2 GEL"),
    (r"(?<![\w.])1\s*(?:\$|USD)\s*(=|≈)\s*(" + _N + r")\s*GEL", r"1 USD \1 \2 GEL"),
    (_S + r"(?:კურსი|კურსით)\s*~?\s*(" + _N + r")", r"rate \1"),
    (_S + r"დოლარი\s*~?\s*(" + _N + r")(?:-" + _W + r")?", r"rate \1"),
    (_S + r"ლარ(?:ში|ად|ებში)" + _E, "in GEL"), (_S + r"დოლარში" + _E, "in USD"),
    (_S + r"ლარ" + _W, "GEL"),
    # the number words and the scale
    *[(_number_word(w), n) for w, n in _NUMBER_WORDS],
    (r"(?<=\d)(\s*)(?:ათას" + _W + r")", r"\1thousand"),
    (r"(?<=\d)(\s*)(?:მილიონ" + _W + r"|მლნ" + _W + r")", r"\1million"),
    (r"(?<=\d)(\s*)(?:მილიარდ" + _W + r"|მლრდ" + _W + r")", r"\1billion"),
    (r"(?<=\d)(\s*)(?:ტრილიონ" + _W + r")", r"\1trillion"),
    (r"(?:(?<=thousand)|(?<=million)|(?<=billion))(\s*)(?:₾|ლარ" + _W + r")(?:-" + _W + r")?", r"\1 GEL"),
    (_S + r"ნახევარ" + _W + r"\s+(?:მილიონ" + _W + r"|მლნ)", "0.5 million"),
    (_S + r"ნახევარ" + _W + r"\s+million", "0.5 million"),
    (_S + r"ნახევარი\s+(?=GPU|კარტ|ბარათ)", "half goes on "),
    (_S + r"ნახევარ" + _W, "half"),
    (r"(?<![\w.,])(\d[\d.,]*\s*(?:k|thousand|million)?\s*(?:DAU|MAU))-?დან\s+(~?\d[\d.,]*\s*(?:k|thousand|million)?)",
     r"from \1 to \2"),
    # units of power and energy, time units after a slash
    (_S + r"კვტ\s*/?\s*სთ" + _W + r"|" + _S + r"კილოვატ-?საათ" + _W, "kWh"),
    (_S + r"ვატ-?საათ" + _W, "Wh"),
    (_S + r"კვტ" + _W + r"|" + _S + r"კილოვატ" + _W, "kW"), (_S + r"მეგავატ" + _W, "MW"),
    (r"/\s*სთ" + _E, "/hr"), (r"/\s*წმ" + _E, "/s"),
    (r"(?<=GPU)-საათ" + _W, "-hours"), (r"(?<=GPU)-წელ" + _W, "-years"),
    # times and growth
    (r"(?<=\d)-?ჯერ" + _E, "x"),
    (_S + r"ყოველ\s+(\d+)\s+თვეში\s+ორმაგდება" + _E, r"doubling every \1 months"),
    (_S + r"რამდენ\s+თვეში\s+ორმაგდება" + _E, "doubling every how many months"),
    (_S + r"(?:წელიწადში|წელში)\s+(" + _N + r")x\s+(?:იზრდება|გაიზრდება)" + _E, r"grows \1x per year"),
    (r"(" + _N + r"\s*%)-?ით\s+(?:გაიზარდა|გაიზრდება|იზრდება)" + _E, r"increased by \1"),
    (_S + r"ორმაგდება" + _E, "doubles"), (_S + r"(?:იზრდება|გაიზარდა|გაიზარდოს|გავზარდოთ)" + _E, "grows"),
    (_S + r"წლიური\s+ზრდა" + _E, "annual growth"),
    (r"(" + _N + r")x\s+სწრაფია\s+([A-Za-z]*\d+[A-Za-z]*)-?ზე" + _E, r"\1x faster than \2"),
    (_S + r"სწრაფ" + _W, "faster"), (_S + r"ძვირია" + _W, "more expensive"),
    (r"(?<![\w.,])(\d+)\s+დღე(?:ს|ში)?\s+(?:ვწვრთნეთ|ვწვრთნიდით|გაგრძელდა|დასჭირდა|მოუნდა|ვატრენინგეთ)" + _E,
     r"took \1 days"),
    # periods said with their number ("18 თვეში" in, "9 დღე", "2 კვირაში")
    (r"(?<=\d)(\s*)დღე(?:ში|ს)?" + _E, r"\1days"), (r"(?<=\d)(\s*)თვე(?:ში|ს)?" + _E, r"\1months"),
    (r"(?<=\d)(\s*)(?:წელ(?:ში|ი|ს)?|წლის)" + _E, r"\1years"),
    (r"(?<=\d)(\s*)კვირა(?:ში|ს)?" + _E, r"\1weeks"), (r"(?<=\d)(\s*)საათ" + _W, r"\1hours"),
    (_S + r"რამდენ(?:ი)?\s+(?:დღე|დღეს|დღეში)" + _E, "how many days"),
    (_S + r"რამდენ(?:ი)?\s+(?:თვე|თვეს|თვეში)" + _E, "how many months"),
    (_S + r"რამდენ(?:ი)?\s+(?:წელი|წელს|წელში)" + _E, "how many years"),
    # periods, bases
    (_S + r"(?:დღეში|დღიურად|დღეს)" + _E, "per day"), (_S + r"დღიურ" + _W, "daily"),
    (_S + r"(?:თვეში|თვიურად)" + _E, "per month"), (_S + r"თვიურ" + _W, "monthly"),
    (_S + r"(?:წელიწადში|წელში|წლიურად)" + _E, "per year"), (_S + r"წლიურ" + _W, "annual"),
    (_S + r"საათ(?:ი|ს)\s+(~?\$\s*" + _N + r"|~?" + _N + r"\s*\$)(?:-?ია)?(?:\s+(?:ღირს|ჯდება))?" + _E,
     r"\1 per hour"),
    (_S + r"საათში" + _E, "per hour"), (_S + r"საათ" + _W, "hour"),
    (_S + r"(?:წამში|წმ)" + _E, "per second"), (_S + r"კვირაში" + _E, "per week"),
    # each, per
    (_S + r"თითო\s+აქტიურ" + _W, "each active user"),
    (_S + r"თითო(?:ეული)?\s+(რეკ|ფილიალ|კარტ|ჩიპ|სერვერ|რან|რეპლიკ)" + _W, r"per \1"),
    (r"per რეკ", "per rack"), (r"per ფილიალ", "per branch"), (r"per კარტ", "per card"),
    (r"per ჩიპ", "per chip"), (r"per სერვერ", "per server"), (r"per რან", "per run"),
    (r"per რეპლიკ", "per replica"),
    (_S + r"თითო(?:ზე|ს|ეული|ეულზე)?" + _E, "each"), (_S + r"თითოში" + _E, "each with"),
    (_S + r"ერთი\s+(~?\$\s*" + _AMT + r"k?|~?" + _AMT + r"k?\s*\$)(?:-?ია)?\s*(?:ღირს|ჯდება)" + _E,
     r"each costs \1"),
    (_S + r"ერთი\s+სერვერი\s+(~?\$\s*" + _AMT + r"k?)(?:-?ია)?" + _E, r"each server costs \1"),
    (_S + r"ერთი\s+(?=~?\$|~?\d)", "each "),
    (_S + r"ერთ(?:ი|მა|ს|ზე)?" + _E, "one"),
    # who and what is counted
    (r"(?<![\w.,])(\d[\d.,]*)\s+(?:რექვესთ|მოთხოვნ|კითხვ)" + _W + r"\s+(?:ღირებულებ|ხარჯ|ფას)" + _W,
     r"the cost per \1 requests"),
    (_S + r"(?:რექვესთ|რიქვესთ|მოთხოვნა)ზე" + _E, "per request"),
    (r"\bMFU\s+(?:(?:დაახლ\.?|დაახლოებით)\s*)?(\d+)\s+პუნქტით\s+(?:მეტი|მაღალი)" + _E,
     r"MFU \1 points higher"),
    (_S + r"(?:იუზერ|მომხმარებ)" + _W, "users"), (_S + r"კლიენტ" + _W, "customers"),
    (_S + r"თანამშრომ" + _W, "employees"), (_S + r"აბონენტ" + _W, "subscribers"),
    (_S + r"აქტიურ" + _W, "active"),
    (_S + r"(?:ერთდროულ|პარალელურ)" + _W, "concurrent"),
    (_S + r"(?:შე)?კითხვ" + _W, "questions"), (_S + r"(?:მოთხოვნ|რექვესთ|რიქვესთ)" + _W, "requests"),
    (_S + r"(?:პასუხ)" + _W, "answers"),
    (_S + r"ტოკენ" + _W, "tokens"), (_S + r"პრომპტ" + _W, "prompt"),
    (_S + r"შემავალ" + _W, "input"), (_S + r"გამომავალ" + _W, "output"),
    (_S + r"(?:მესიჯ|შეტყობინებ)" + _W, "messages"), (_S + r"დოკუმენტ" + _W, "documents"),
    (_S + r"სიტყვ" + _W, "words"), (_S + r"ზარ" + _W, "calls"),
    (_S + r"ჩატ(?:ი|ებ" + _W + r")?" + _E, "chats"),
    (_S + r"საუბარ" + _W, "conversation"),
    (r"(\d+)\s+რეპლიკა(?=[^.?!]*საუბარ|\s*,\s*(?:each|თითო)\s+რეპლიკ)", r"\1 turns"),
    (_S + r"რეპლიკ" + _W, "replicas"),
    (_S + r"(?:რეკ|რეკ[იე]" + _W + r"|სტოიკ" + _W + r")" + _E, "racks"),
    (_S + r"სერვერ" + _W, "servers"), (_S + r"(?:კარტ|ბარათ|ვიდეოკარტ)" + _W, "cards"),
    (_S + r"ჩიპ" + _W, "chips"), (_S + r"ნოდ" + _W, "nodes"), (_S + r"ფილიალ" + _W, "branches"),
    (_S + r"რან" + _W, "runs"), (_S + r"ეპოქ" + _W, "epochs"), (_S + r"პარამეტრ" + _W, "parameters"),
    (_S + r"მეხსიერებ" + _W, "memory"), (_S + r"კლასტერ" + _W + r"|" + _S + r"ქლასტერ" + _W, "cluster"),
    (_S + r"ცალ(?:ი|ს|ზე|ით)?" + _E, ""),
    # money
    (_S + r"ბიუჯეტ" + _W, "budget"), (_S + r"ქირ(?:ა|ის|ით|ად)" + _E, "rent"),
    (_S + r"ფასდაკლებ" + _W, "discount"), (_S + r"ფას" + _W, "price"),
    (_S + r"(?:ხარჯ|ღირებულებ)" + _W, "cost"), (_S + r"(?:ღირს|ღირდა|ღირდეს|ჯდება|დაჯდება)" + _E, "costs"),
    (_S + r"(?:ელექტროენერგი|დენ)" + _W, "electricity"),
    (_S + r"პროცენტ" + _W, "%"),
    # what is asked, hedges, peaks
    (_S + r"რამდენ" + _W, "how many"),
    (_S + r"(?:საჭიროა|საჭირო|დაგვჭირდება|დაჭირდება|დასჭირდა|გვჭირდება|გვჭირდებოდა|სჭირდება|გვინდა|"
     r"გვინდოდეს)" + _E, "needed"),
    (_S + r"(?:დაახლოებით|დაახლ\.?|სადღაც|დაახლოვებით)" + _E + r"\s*", "about "),
    (_S + r"საშუალოდ" + _E, "average"), (_S + r"(?:სულ|ჯამში|მთლიანად)" + _E, "total"),
    (_S + r"მაქს(?:იმუმ)?" + _W, "max"), (_S + r"პიკ" + _W, "peak"),
    (_S + r"ლიმიტ" + _W, "limit"), (_S + r"ჩაეტევა" + _E, "fit"),
    (_S + r"პუნქტით\s+მეტი" + _E, "points higher"),
    # the case endings glued to English words and numbers ("H100-ზე", "GPU-ს", "8B-ის", "10-ით", "$290k-ია")
    (r"(?<![\w.,])(\d+)\s+([A-Za-z]*\d+[A-Za-z]*(?:\s+(?:SXM\d?|PCIe|NVL\d*))?)-ზე" + _E, r"on \1 \2"),
    (_LATIN + r"-?(?:ებ)?(?:ზე|ს|ის|ით|ში|დან|მდე|ად|ია|ა|სთვის|ისთვის|თვის|ები|ებით|ებზე|ებს|ებში|იან|"
     r"ამდე|ზეა|შია|ით|სა|ისა)" + _E, ""),
    # (words that say nothing of a quantity)
    (rf"[{_KA}]+", ""),
    # (said in English by the rules above: a period before the amount it is of, said after it)
    (r"\bper (day|second|month|hour|year|week)\s+(~?\d[\d.,]*\s*(?:k|thousand|million|billion|trillion)?\s*"
     r"(?:(?:input|output)\s+)?(?:tokens|queries|questions|requests|messages|documents|calls|chats|"
     r"conversations|users)(?:\s+(?:input|output)\b)?)", r"\2 per \1"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]
_GEORGIAN = rx.compile(r"[\u10d0-\u10fa]")


def said_in_georgian(text: str) -> bool:
    """The message has Georgian (Mkhedruli) letters."""
    return _GEORGIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Georgian quantity words and case endings in English, with the position in the source
    of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
