"""Khmer written in its own script, as engineers, bank and telco IT teams and founders in Phnom Penh type it
on Telegram with English terms between ("users ប្រហែល ៣សែន DAU", "ម្នាក់ 3 messages ក្នុងមួយថ្ងៃ", "DGX H100 4 គ្រឿង",
"4,500 រៀល/ម៉ោង (4,100៛/$)", "ត្រូវការ GPU ប៉ុន្មានកាត?"): its digits (០-៩) read as digits, its scale words (ពាន់
thousand, ម៉ឺន ten thousand, សែន hundred thousand, លាន million, ពាន់លាន/ប៊ីលាន billion, also compounded:
"២ម៉ឺន៥ពាន់" 25 thousand), the basis or the period said before or after an amount ("មួយគ្រឿង $515k": per
server, "ក្នុងមួយថ្ងៃ": per day, "$0.6 ក្នុង 1M tokens": per million tokens), the counters ("16 កាត" cards,
"4 គ្រឿង" machines, "១៥ម៉ឺននាក់" people) and the words that carry a quantity's meaning in English, said as
English says them, so that every rule reads them as it reads English. Khmer writes no spaces between words, so
each English word comes with its own. Riel ("៛", "រៀល") are KHR, converted at the rate the question states
(calc/foreign). A message is rewritten only when it shows Khmer script. Every character keeps its position in
the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import NUMBER_ALONE as _N
from calc.script import rewrite, single_spaced

_KHMER = rx.compile(r"[\u1780-\u17ff]")

_DIGITS = "០១២៣៤៥៦៧៨៩"
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|[kmbt](?![a-z])))?"
_HEDGE = r"(?:(?:about|~|≈)\s*)?"
# an amount: a hedge, a currency, the number, its scale and its unit ("~$25k", "500,000$", "10.2 kW")
_AMOUNT = (rf"{_HEDGE}(?:us\$|\$)?\s*{_N}{_SCALE}\s*"
           r"(?:\$|usd|khr|riel|៛|dollars|yuan|kw|w(?![a-z])|gb|tb|%|x(?![a-z\d]))?")
# what a thing is counted per ("មួយគ្រឿង": per machine, "ក្នុងមួយ GPU": per GPU)
_EACH = (("គ្រឿង|ម៉ាស៊ីន", "server"), ("កាត|គ្រាប់", "card"), ("ថ្ងៃ", "day"), ("ខែ", "month"),
         ("ម៉ោង", "hour"), ("ឆ្នាំ", "year"), ("នាក់", "user"), ("ខេត្ត|សាខា|ទីតាំង", "site"))
_THING = (r"(?:gpus?|cards?|servers?|nodes?|racks?|chips?|replicas?|users?|requests?|req|tickets?|sessions?|"
          r"sites?)")

_REWRITES: list[tuple[str, str]] = [
    # the digits, and the full stop
    *[(d, str(i)) for i, d in enumerate(_DIGITS)], (r"[។៕]", ". "),
    # scale words compounded ("២ម៉ឺន៥ពាន់": 25 thousand; "៣សែន៥ម៉ឺន": 350 thousand; "1លាន2សែន": 1.2 million)
    (r"(?<![\d.,])(\d+)\s*សែន\s*(\d)\s*ម៉ឺន", r"\1\g<2>0 thousand"),
    (r"(?<![\d.,])(\d+)\s*ម៉ឺន\s*(\d)\s*ពាន់", r"\1\2 thousand"),
    (r"(?<![\d.,])(\d+)\s*លាន\s*(\d)\s*សែន", r"\1.\2 million"),
    (r"(?<![\d.,])(\d+)\.(\d)\s*សែន", r"\1\g<2>0 thousand"), (r"(?<![\d.,])(\d+)\s*សែន", r"\g<1>00 thousand"),
    (r"(?<![\d.,])(\d+)\.(\d)\s*ម៉ឺន", r"\1\2 thousand"), (r"(?<![\d.,])(\d+)\s*ម៉ឺន", r"\g<1>0 thousand"),
    (r"(?<=\d)\s*(?:ពាន់លាន|ប៊ីលាន|ប៊ីលាន)", " billion "), (r"(?<=\d)\s*លាន", " million "),
    (r"(?<=\d)\s*ពាន់", " thousand "),
    # riel and dollars ("4,100៛", "730 រៀល", "ដុល្លារ")
    (r"(?:ជា|គិតជា|ប្តូរជា|ប្ដូរជា)\s*រៀល", " in KHR "), (r"(?:ជា|គិតជា|ប្តូរជា|ប្ដូរជា)\s*ដុល្លារ", " in dollars "),
    (r"រៀល", " KHR "), (r"(?<=\d)\s*៛", " KHR"), (r"៛", " KHR "),
    # a rate said as so many riel or yuan to the dollar ("4,050 រៀល = 1$", "¥7.2 = $1")
    (rf"({_N})\s*khr\s*=\s*(?:\$\s*1|1\s*\$|1\s*usd|1\s*ដុល្លារ)(?![\d.])", r"\1 KHR per USD"),
    (rf"(?:¥|yuan|យន់)\s*({_N})\s*=\s*(?:\$\s*1|1\s*\$|1\s*usd)(?![\d.])", r"1 USD = \1 CNY"),
    (rf"({_N})\s*(?:¥|yuan|យន់)\s*=\s*(?:\$\s*1|1\s*\$|1\s*usd)(?![\d.])", r"1 USD = \1 CNY"),
    (r"ដុល្លារ|ដុលា្លរ|ដុល្លា", " dollars "), (r"យន់|យ័ន", " yuan "),
    # an amount said before what it is each of ("32,000 ដុល្លារមួយកាត": per card), or after
    # ("មួយគ្រឿង $515k", "មួយគ្រឿងស៊ី 10.2 kW", "មួយគ្រឿង 4 កាត", "ខេត្តនីមួយៗ 2 កាត")
    *[(rf"({_AMOUNT})\s*(?:ក្នុង)?(?<!នី)មួយ(?:{w})", rf"\1 per {to} ") for w, to in _EACH],
    *[(rf"(?:ក្នុង)?(?<!នី)មួយ(?:{w})\s*(?:ស៊ី|មាន|ប្រើ|តម្លៃ|ថ្លៃ)?\s*(?:ប្រហែល)?\s*({_AMOUNT}(?:\s*(?:កាត|គ្រាប់)(?=\s*[a-z]))?)",
       rf" \1 per {to} ") for w, to in _EACH if to in ("server", "card", "site")],
    *[(rf"(?:{w})\s*នីមួយៗ\s*({_AMOUNT}(?:\s*(?:កាត|គ្រាប់))?)", rf" \1 per {to} ") for w, to in _EACH
      if to in ("server", "card", "site")],
    (rf"(?<![a-z])({_THING})\s*មួយ\s*(?:ជជែក|មាន)?\s*({_AMOUNT}\s*(?:[a-z]+))", r" \2 per \1 "),
    (r"(?<![a-z])([a-z]+)\s*នីមួយៗ", r" each \1 "),
    # so much per million tokens ("$0.6 ក្នុង 1M tokens")
    (rf"({_AMOUNT})\s*ក្នុង\s*(?=1\s*m\s*tokens|1,000,000\s*tokens)", r"\1 per "),
    # a day's input and output said after it ("មួយថ្ងៃ in 80M tokens, out 12M tokens")
    (rf"(?:ក្នុង)?(?<!នី)មួយថ្ងៃ\s*(?:មាន)?\s*(?:in|input)\s+({_AMOUNT})\s*tokens?\s*,?\s*(?:និង|ហើយ)?\s*"
     rf"(?:out|output)\s+({_AMOUNT})\s*tokens?", r" \1 input tokens per day, \2 output tokens per day "),
    # users of a day ("អ្នកប្រើ ១៥ម៉ឺននាក់ក្នុងមួយថ្ងៃ": 150 thousand daily users)
    (rf"(?:អ្នកប្រើ(?:ប្រាស់)?|users?)?\s*({_AMOUNT})\s*(?:នាក់|users?)\s*ក្នុងមួយថ្ងៃ", r" \1 daily users "),
    # a day's count said before it ("មួយថ្ងៃមាន 25 thousand tickets", "មួយថ្ងៃ input 200M tokens")
    (rf"(?:ក្នុង)?មួយថ្ងៃ\s*(?:មាន)?\s*((?:input|output|in|out)\s+)?({_AMOUNT}\s*(?:(?:input|output)\s+)?"
     r"(?:tokens?|requests?|queries|messages|tickets|calls|chats|documents|sessions|conversations|"
     r"ឯកសារ|សំណួរ))", r" \1\2 per day "),
    (r"ក្នុងមួយ\s*(?=[a-z])", " per "),
    *[(rf"ក្នុងមួយ(?:{w})", f" per {to} ") for w, to in _EACH],
    *[(rf"(?<![\u1780-\u17ff])មួយ(?:{w})(?=\s*(?:ប៉ុន្មាន|\?|$))", f" per {to} ") for w, to in _EACH],
    (r"មួយថ្ងៃ", " per day "), (r"ពេញមួយឆ្នាំ", " a full year "), (r"មួយឆ្នាំ", " a year "), (r"មួយខែ", " a month "),
    # per user ("ម្នាក់សួរ ~5 ដង/ថ្ងៃ", "ម្នាក់ 3 messages", "ម្នាក់ប្រើប្រហែល 2000 tokens")
    (r"(?:ម្នាក់|មនុស្សម្នាក់)\s*(?:សួរ|ប្រើ|ផ្ញើ|មាន)?\s*(?:ប្រហែល)?\s*(?=[~≈]?\s*\d)", " each user "),
    # ("users សរុប 1.2 លាន": 1.2 million users in all)
    (rf"(?:អ្នកប្រើ(?:ប្រាស់)?|(?<![a-z])users?)\s*សរុប\s*({_AMOUNT})", r" \1 users total "),
    # ("subscriber active 8.5 លាន MAU": active subscribers, never a model's active parameters)
    (r"(?<![a-z])(subscribers?|users?|customers?|members?)\s+active(?![a-z])", r"active \1"),
    # ("2000 tokens output": output tokens)
    (r"(?<![a-z])tokens?\s+(output|input)(?![a-z])(?!\s*[~≈]?\s*\d)", r"\1 tokens"),
    # a share of the money spent on the cards ("ចាយប្រហែល 1/3 លើ GPU": spend about 1/3 of it on GPUs)
    (r"ចាយ\s*(?:ប្រហែល)?\s*(\d+\s*/\s*\d+|\d[\d.]*\s*%|ពាក់កណ្តាល|ពាក់កណ្ដាល)\s*(?:លើ|ទៅលើ|ទិញ)\s*(gpus?|cards?|កាត)",
     r" spend about \1 of it on \2 "),
    (r"ពាក់កណ្តាល|ពាក់កណ្ដាល", " half "), (r"ចាយ", " spend "),
    # all in ("server+network ទៀតគិត x1.5": all-in x1.5)
    (r"(?:ទៀត)?\s*គិត\s*(?=x\s*\d|\d[\d.]*\s*x(?![a-z\d]))", ", all-in "),
    # a peak said against the average ("ខ្ពស់ជាង average 3x": peak 3x average)
    (r"ខ្ពស់ជាង\s*(average|avg|mean|ធម្មតា|មធ្យម)\s*(?:ប្រហែល|ដល់)?\s*(\d[\d.]*\s*x|x\s*\d[\d.]*)(?![a-z\d])",
     r" \2 average "),
    # the asked and the said
    (r"ជឿបានទេ|ពិតទេ|ពិតមែនទេ|អាចទៅរួចទេ", " true? "), (r"គ្រប់ទេ|គ្រប់គ្រាន់ទេ", " enough? "),
    (r"គ្របទេ", " covered? "), (r"(?:និយាយ|ប្រាប់|អះអាង)ថា", " says "), (r"ប៉ាន់ថា|ប៉ាន់ស្មានថា", " estimate "),
    (r"ប៉ុន្មាន", " how many "), (r"តើ", " "), (r"មួយណា", " which "),
    # growth and times ("កើនទ្វេដងរៀងរាល់ 3 ខែ": doubles every 3 months; "លឿនជាង H100 ប្រហែល 2.5x")
    (r"កើន(?:ឡើង)?\s*ទ្វេដង", " doubles "), (r"ទ្វេដង", " double "),
    (r"លឿនជាង\s*([a-z0-9 ]+?)\s*(?:ប្រហែល|ដល់)?\s*(\d[\d.]*\s*x)", r" \2 faster than \1 "),
    (r"លឿនជាង", " faster than "), (r"ខ្ពស់ជាង", " higher than "), (r"ថោកជាង", " cheaper than "),
    (r"ថ្លៃជាង", " pricier than "), (r"តិចជាង", " fewer "), (r"ច្រើនជាង", " more than "),
    (r"ខ្ពស់\s*(\d[\d.]*)\s*points?\s*ទៀត", r" \1 points higher "),
    (r"ឡើងដល់|កើនដល់|ដល់", " to "), (r"កើន(?:ឡើង)?", " grows "), (r"រៀងរាល់|រាល់", " every "),
    (r"(\d[\d.]*)\s*ឆ្នាំក្រោយ", r" in \1 years "), (r"(\d[\d.]*)\s*ខែក្រោយ", r" in \1 months "),
    (r"ខែម្តង|ខែម្ដង", " months "), (r"ម្តង|ម្ដង", " once "),
    (r"(?<=\d)\s*ដង", " times "), (r"ដង", " times "),
    (r"ចប់ក្នុង", " done in "), (r"ក្នុង(?=\s*\d)", " in "), (r"រយៈពេល", " over "),
    (r"ធ្លាប់អស់|អស់(?=\s*\d)", " took "), (r"អស់", " cost "),
    (r"ស្មើនឹង|ស្មើ", " equivalent to "), (r"ប្តូរទៅ|ប្ដូរទៅ", " switch to "), (r"វិញ", " instead "),
    (r"បច្ចុប្បន្ន|ឥឡូវនេះ|ឥឡូវ", " now "), (r"មុន", " previous "), (r"ដដែល", " same "), (r"ត្រឹម", " at "),
    (r"តាមតម្លៃឆ្នាំ\s*((?:19|20)\d\d)", r" at \1 prices "), (r"ឆ្នាំ\s*((?:19|20)\d\d)", r" in \1 "),
    # periods ("/ថ្ងៃ", "12 ខែ", "3 ឆ្នាំ", "/ម៉ោង")
    (r"/\s*ថ្ងៃ", "/day"), (r"/\s*ខែ", "/month"), (r"/\s*ឆ្នាំ", "/year"), (r"/\s*ម៉ោង", "/hr"),
    (r"/\s*(?:កាត|គ្រាប់)", "/card"), (r"/\s*គ្រឿង", "/server"), (r"/\s*នាក់", "/user"),
    (r"(?<=\d)\s*ថ្ងៃ", " days "), (r"(?<=\d)\s*ខែ", " months "), (r"(?<=\d)\s*ឆ្នាំ", " years "),
    (r"(?<=\d)\s*ម៉ោង", " hours "), (r"(?<=\d)\s*(?:សប្តាហ៍|សប្ដាហ៍|អាទិត្យ)", " weeks "),
    (r"ថ្ងៃ", " days "), (r"ខែ", " months "), (r"ឆ្នាំ", " years "), (r"ម៉ោង", " hours "),
    # who and what is counted
    (r"អ្នកប្រើ(?:ប្រាស់)?", " users "), (r"(?<=\d)\s*នាក់", " users "), (r"អតិថិជន", " customers "),
    (r"(?<=\d)\s*(?:កាត|គ្រាប់)", " cards "), (r"កាត|គ្រាប់", " cards "),
    (r"(?<=\d)\s*(?:គ្រឿង|ម៉ាស៊ីន)", " servers "), (r"គ្រឿង|ម៉ាស៊ីន", " servers "),
    (r"(?<=\d)\s*(?:ខេត្ត|សាខា|ទីតាំង)", " sites "), (r"ឯកសារ", " documents "), (r"សំណួរ", " questions "),
    # money, power and the verbs the rules key on
    (r"ថវិកា|មានលុយ|លុយ", " budget "), (r"ថ្លៃភ្លើង", " electricity price "), (r"ភ្លើង", " power "),
    (r"គិតថ្លៃ", " charges "), (r"តម្លៃ|ថ្លៃ", " price "), (r"អត្រា", " rate "), (r"សរុប", " total "),
    (r"ជួល", " rent "), (r"ទិញ", " buy "), (r"លក់", " sell "), (r"ស៊ី", " draws "), (r"បូក", " plus "),
    (r"ទៀត", " more "), (r"ប្រហែល|ជិត|ចន្លោះ", " about "), (r"ត្រូវការ|ត្រូវ", " need "), (r"ចំនួន", " "),
    (r"ប្រើ", " use "), (r"លើ", " on "), (r"ជាមួយ", " with "), (r"មាន", " have "), (r"ចង់", " want "),
    (r"សម្រាប់", " for "), (r"និង", " and "), (r"ឬ", " or "), (r"បើ|ប្រសិនបើ", " if "), (r"ហើយ", " and "),
    (r"នៃ", " of "), (r"ពី", " from "), (r"ក្នុង", " in "), (r"យើង", " we "), (r"ដាក់", " deploy "),
    (r"សល់", " remaining "), (r"វាស់បាន|វាស់", " measured "),
    # (words that say nothing of a quantity)
    (r"ៗ", " "),
    (r"[\u1780-\u17ff]+", " "),
]
# (spaces bounded, as a few are typed between two words: a long run of them costs no time, whatever the rule)
_COMPILED = [(rx.compile(p.replace(r"\s*", r"\s{0,4}"), re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_khmer(text: str) -> bool:
    """The message shows Khmer script."""
    return _KHMER.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Khmer quantity words in English and its digits as digits, with the position in the
    source of each character (calc/script.rewrite)."""
    out, where = rewrite(text, pos, _COMPILED)
    # (Khmer writes no spaces between words, so every English word came with its own: one space between two)
    return single_spaced(out, where)
