"""Persian in a question, as Iranian engineers type it: Finglish (Persian in Latin letters) inside English
("chand ta L40S lazem darim?", "har user roozi 12 ta payam", "saati $2.69 har kart", "dollar 92 hezar
toman", "har 4 mah do barabar mishe") and Persian script ("۳۰۰ هزار کاربر روزانه", "هر کاربر روزی ۸ تا سوال").
The counter "ta", the scale words ("hezar", "milyoon", "milyard"), what an amount is per, said before it
("saati" an hour, "roozi" a day, "mahi" a month, "kWh-i", "gigi" a GB, "har kart" each card), the multiples
("3 barabar"), the periods ("18 mah dige"), a dollar's price in toman ("dollar 90k": 1 USD = 90,000 toman) and
the few words the rules key on are said in English's order and words, so that every rule reads them as it
reads English (as calc/malay does for Indonesian and Malay). Persian's digits are read by calc/arabic, which
runs first. A message is rewritten only when it shows Persian: two of its common words, or a word in its
script. Every character keeps its position in the source, and a number a rewrite moves keeps its own
(calc/script.rewrite), so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

# Finglish words that show the language (none of them English words)
_FINGLISH = rx.compile(r"(?<![a-z])(?:chand|darim|daram|mikham|mikhaim|mikhaym|mikhad|hodud|roozi|saati|"
                       r"toman|milyoon|milyard|hezar|lazem|lazeme|mishe|barabar|ejare|bargh|ruye|baraye|"
                       r"konim|konam|farz|dige|alan|ghabli|bekharim|hazine|rooz|mahi|mahane|salane|haftegi|"
                       r"payam|soal|javab|kalame|nafar|shobe|takhfif|begir|bezar|migirim|mikeshe|keshid|"
                       r"kodum|khodemoon|migan|mige)(?![a-z])", re.IGNORECASE)
_SCRIPT = rx.compile(r"هزار|کاربر|توکن|تومان|تومن|میلیارد|میلیون|چند\s*تا|لازم|روزی|روزانه")

# an amount as Finglish writes it: "$2.69", "€2.73", "$28k", "2,500 toman", "150 thousand toman" (the scale
# words already in English)
_AMT = (r"(?:[$€]\s*\d(?:[\d.,]*\d)?(?:\s*k(?![a-z]))?|\d(?:[\d.,]*\d)?\s*(?:k\s*)?"
        r"(?:thousand\s+|million\s+|billion\s+)?(?:toman|rial|\$|dollar|usd)(?![a-z]))")
_NUM = r"\d[\d.,]*\s*(?:[kmb](?![a-z])|thousand|million|billion)?"

_REWRITES: list[tuple[str, str]] = [
    # Persian script ("۳۰۰ هزار کاربر روزانه", "هر کاربر روزی ۸ تا سوال", "ورودی حدود ۱۰۰۰ توکن")
    (r"(?<=[\d\s])هزار", "thousand"), (r"(?<=[\d\s])میلیون", "million"), (r"(?<=[\d\s])میلیارد", "billion"),
    (r"کاربر(?:ان)?\s+روزانه", "daily users"), (r"هر\s+کاربر\s+روزی", "per user per day"),
    (r"چند\s*تا", "how many"), (r"(?<=\d)(\s*)تا(?=\s)", r"\1"), (r"سوال", "questions"),
    (r"ورودی", "input"), (r"خروجی", "output"), (r"توکن", "tokens"), (r"حدود", "about"),
    (r"لازمه|لازم\s+است|لازم", "needed"), (r"تومان|تومن", "toman"), (r"کاربر", "users"), (r"روزی", "per day"),
    # the ezafe after a word ("budget-e ma", "toman-e", "30%-e"): nothing
    (r"(?<=[a-z0-9%])-(?:e|ye)(?![a-z])", ""),
    # scale words after a number ("200 hezar", "2 milyoon", "40 milyard")
    (r"(?<=\d)(\s*)hezar(?![a-z])", r"\1thousand"),
    (r"(?<=\d)(\s*)(?:milyoon|milyon|melyoon)(?![a-z])", r"\1million"),
    (r"(?<=\d)(\s*)(?:milyard|miliard)(?![a-z])", r"\1billion"),
    # a dollar's price in toman or rial ("dollar 92 hezar toman", "dollar ro 92k bezar", "har dollar ~ 85,000
    # toman", "dollar 93,500"): one US$ is so many toman
    (r"\b(?:har\s+)?dollar\s+(?:ro\s+)?(?:[~≈]\s*)?(\d{2,3})\s*(?:thousand|k)(?:\s+toman)?(?![a-z])",
     r"1 usd = \g<1>000 toman"),
    (r"\b(?:har\s+)?dollar\s+(?:ro\s+)?(?:[~≈=]\s*)?(\d{2,3},\d{3}|\d{4,})(?:\s*toman)?(?![\d,])",
     r"1 usd = \1 toman"),
    (r"\bbe\s+toman\b", "in toman"), (r"\bchand\s+(?:million\s+|billion\s+)?toman\b", "how much in toman"),
    # what an amount is per, said before it ("saati $2.69 har kart", "kilowatt saati 2,500 toman", "kWh-i
    # $0.09", "gigi $12", "har milyoon token output $1.1", "mahi 150 thousand toman az har user")
    (rf"\bkilowatt[- ]?saati\s+({_AMT})", r"\1 per kwh"), (rf"\bkwh-?i\s+({_AMT})", r"\1 per kwh"),
    (rf"\bsaati\s+({_AMT})\s+har\s+(?:kart|card|gpu)\b", r"\1 per gpu-hour"),
    (rf"\bsaati\s+({_AMT})", r"\1 per hour"), (rf"\bgigi\s+({_AMT})", r"\1 per gb"),
    (rf"\bhar\s+(?:million|milyoon)\s+token(?:\s+(output|input))?\s+({_AMT})", r"\2 per million \1 tokens"),
    (rf"\bmahi\s+({_AMT})\s+az\s+har\s+(?:user|nafar|karbar)", r"\1 per user per month"),
    (rf"\bhar\s+(kart|card|gpu)\s+(?:ro\s+)?(?:hodud\s+)?({_AMT})", r"\2 per card"),
    # ("har server-e 8x H100 ro $320k migan": each server of that many cards is priced so)
    (rf"\bhar\s+(server|node)\s+(\d+\s*x\s*[a-z][\w.-]*)\s+(?:ro\s+)?({_AMT})", r"each \2 \1 is \3"),
    (rf"\bhar\s+kodum\s+(?:[a-z-]+\s+){{0,4}}?({_AMT})", r"\1 each"),
    (r"\bhar\s+(1\s*m|1,000|1000|million)\s+(token|request)s?(?:\s+(output|input))?", r"per \1 \3 \2s"),
    # a card's watts with its server's share, per node, per rack ("har kart ba sahm-e server hodud 500W",
    # "450W har kart", "har server 10.2 kW", "har rack 15 kW limit")
    (r"\bhar\s+kart\s+ba\s+(?:sahm\s+)?server\s+(?:hodud\s+)?(\d[\d.,]*\s*k?w)\b",
     r"\1 per gpu incl. server"),
    (r"(\d[\d.,]*\s*k?w)\s+har\s+kart\b", r"\1 per card"),
    (r"\bhar\s+(server|node|rack)\s+(\d[\d.,]*\s*k?w)\b", r"\2 per \1"),
    (r"(\d+)\s*ta\s+rack\s+khali", r"\1 free racks"),
    # each person's use ("har user roozi 12 ta payam", "har nafar 4 ta soal dar rooz", "har user roozi hodud
    # 3k token output", "har DAU roozi 6 ta chat")
    (rf"\bhar\s+(?:user|nafar|karbar|dau)\s+roozi\s+(?:hodud\s+)?({_NUM})\s*token\s+output",
     r"\1 output tokens per user per day"),
    (r"\bhar\s+(?:user|nafar|karbar|dau)\s+roozi\s+(?:hodud\s+)?(\d[\d.,]*\s*k?)\s*(?:ta\s+)?"
     r"(?:payam|soal|request|chat|message)\w*", r"\1 queries per user per day"),
    (r"\bhar\s+(?:user|nafar|karbar|dau)\s+(?:hodud\s+)?(\d[\d.,]*)\s*(?:ta\s+)?(?:payam|soal|request|"
     r"chat)\w*\s+"
     r"dar\s+rooz\b", r"\1 queries per user per day"),
    (r"\bhar\s+(ticket|chat|session)\s+(?:hodud\s+)?(\d+)\s*(?:ta\s+)?(?:payam|message)\w*",
     r"\2 turns per \1"),
    (r"\bhar\s+kalame\s*(?:[~≈=]\s*)?(\d[\d.]*)\s*token", r"1 word ≈ \1 tokens"),
    (r"\bhar\s+(\d+)\s+character\s*(?:[~≈=])\s*1\s*token", r"1 token per \1 characters"),
    (r"\bhar\s+token\s+(?:max\s+)?(\d+\s*ms)\b", r"\1 per token"),
    (r"\bhar\s+token\s+(\d[\d.]*)\s*j\b", r"\1 J per token"),
    (r"\bhaftegi\s+(\d[\d.,]*\s*k?)\s*user", r"\1 weekly users"),
    (rf"\broozi\s+(?:hodud\s+)?({_NUM})\s*(?:token\s+)?(output|input)(?:\s+token)?", r"\1 \2 tokens per day"),
    (r"\broozi\s+(?:hodud\s+)?(\d[\d.,]*\s*(?:k|thousand|million)?)\s*(?:ta\s+)?(ticket|soal|request|payam|"
     r"document|"
     r"chat)\w*", r"\1 requests per day"),
    # growth and periods ("har 4 mah do barabar mishe", "salane 60% rosh", "18 mah dige", "ta 2 sal dige",
    # "20 rooz tool keshid", "chand rooz")
    (r"\bhar\s+(\d+)\s+mah\s+(?:do|2)\s+barabar\s+mishe", r"doubling every \1 months"),
    (r"\bsalane\s+(\d+(?:\.\d+)?)\s*%\s*(?:rosh|roshd)\w*", r"growing \1% a year"),
    (r"\b(?:ta\s+)?(\d+)\s+mah\s+dige\b", r"in \1 months"),
    (r"\b(?:ta\s+)?(\d+)\s+s[a]{1,2}l\s+dige\b", r"in \1 years"),
    (r"\bchand\s+rooz\b", "how many days"), (r"(?<=\d)(\s*)rooz\b", r"\1days"),
    (r"(?<=\d)(\s*)mah\b", r"\1months"),
    (r"(?<=\d)(\s*)s[a]{1,2}l\b", r"\1years"), (r"\btool\s+(?:keshid|mikeshe)\b", "took"),
    # multiples ("3 barabar sari-tar az H100", "peak ham 3 barabar-e average", "kolesh ro 1.6 barabar")
    (r"(\d+(?:\.\d+)?)\s*barabar\s+sari-?tar\s+az", r"\1x faster than"),
    (r"\bkolesh\s+ro\s+(\d+(?:\.\d+)?)\s*barabar", r"all-in \1x"),
    (r"(\d+(?:\.\d+)?)\s*barabar\s+(?:-?e\s+)?average", r"\1x the average"),
    (r"(\d+(?:\.\d+)?)\s*barabar\s+(?:-?e\s+)?gheymat\s+(?:-?e\s+)?", r"\1x the price of "),
    (r"(\d+(?:\.\d+)?)\s*barabar", r"\1x"),
    # half of a budget on the rest of the build ("nesf-e budget ro ham bayad kharj-e server va shabake konim")
    (r"\bnesf\s+(?:budget|pool)\w*\s+(?:ro\s+)?(?:ham\s+)?(?:bayad\s+)?kharj\s+(?:server|"
     r"shabake)\w*(?:\s+va\s+\w+)?"
     r"(?:\s+konim)?", "half of it on gpus"),
    # MFU raised ("MFU ro beresoonim 45%", "MFU 8 point behtar beshe")
    (r"\bmfu\s+ro\s+(?:beresoonim|beresunim|bebarim\s+bala)\s+(\d+(?:\.\d+)?)\s*%", r"if mfu goes to \1%"),
    (r"(\d+(?:\.\d+)?)\s+point\s+behtar", r"\1 points better"),
    # one of a thing ("ye doone L4", "ye A100 80GB"), the counter after a number ("64 ta A100"), sites
    (r"(\d+)\s*ta\s+mikhaim\b", r"we want \1"), (r"(\d+)\s*ta\s+darim\b", r"we have \1"),
    (r"(\d+)\s*ta\s+run\b", r"\1 runs of"), (r"(?<=\d)(\s+)kart\b", r"\1cards"),
    (r"(\d[\d,.]*)\s*character\s+englisi\b", r"\1 english characters"),
    (r"\bberesim\s+be\b", "grow to"), (r"\bhar\s+node(?:\s+ma)?\b", "each node"),
    (r"\bhar\s+server\b", "each server"), (r"\bmide\b", "does"), (r"\bbeshe\b", "becomes"),
    (r"\bmahi\b|\bmahane\b", "per month"), (r"\bsalane\b", "per year"), (r"(?<=\s)ham(?=\s)", ""),
    (r"\bfaghat\b", "only"), (r"\bkart\b", "card"),
    (r"\bye\s+(?:doone|done|dune)\b", "one"), (r"\bye\s+(?=(?:[abhl]\d|mi\d|rtx|tpu|dgx|hgx|gaudi))", "one "),
    (r"(\d+)\s*ta\s+shobe\w*", r"\1 sites"),
    (r"\bhar\s+shobe\s+(\d+)\s*ta\s+([a-z][\w.-]*)", r"\1 \2 per site"),
    (r"\bchand\s+ta\b", "how many"), (r"(?<=\d)(\s+)ta\b", r"\1"),
    (r"\bchand\s+(?=flops|mw|kw|tok|su\b|server|node|kart|gpu)", "how many "),
    (r"\bchand\s+(?:dollar|toman)\b", "how much"), (r"\bchand\b", "how many"),
    # the claim checked ("mige … 2 rooz tool mikeshe. be nazaret shodaniye?"), the ask
    (r"\bbe\s+nazaret\s+(?:shodaniye|shodani|mishe|dorost\w*)\b", "is that realistic"),
    (r"\bsood\s+mikonim\s+ya\s+zarar\b", "do we make money"),
    (r"\bsar\s+be\s+sar\s+mishim\b", "do we break even"),
    # the words left ("lazem darim", "hodud", "prompt ha", "javab", "kholase", "user-e hamzaman", "zir")
    (r"\blazem(?:e|\s+darim|\s+dare|\s+mishe)?\b", "needed"), (r"\bhodud\b", "about"),
    (r"\bprompt\s+ha\b", "prompts"), (r"(\d[\d.,]*\s*k?)\s*token\s+javab\b", r"\1-token answers"),
    (r"\bjavab\b", "answers"), (r"\bkholase\b", "summary"), (r"\bkalame\b", "words"),
    (r"\bpayam\b", "messages"),
    (r"\bsoal\b", "questions"), (r"\buser\s+hamzaman\b", "concurrent users"), (r"\bzir\b", "under"),
    (r"\btakhfif\b", "off"), (r"\bejare\b", "rent"), (r"\bbargh\b", "electricity"),
    (r"\bhazine(?:-ye)?\b", "cost"),
    (r"\bfarz\s+kon\b|\bbegir\b|\bbezar\b", "assume"), (r"\bruye\b", "on"), (r"\bbaraye\b", "for"),
    (r"\bdarim\b", "we have"), (r"\bmikhaim\b|\bmikhaym\b|\bmikham\b", "we want"), (r"\balan\b", "now"),
    (r"(?<=\s)va(?=\s)", "and"), (r"(?<=\s)ro(?=\s)", ""), (r"(?<=\s)ba(?=\s)", "with"),
    (r"\bage\b(?=\s)", "if"),
    (r"(?<=\d)(\s*)token\b", r"\1tokens"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_persian(text: str) -> bool:
    """The message shows Persian: a word in its script, or two of its common words in Latin letters."""
    return _SCRIPT.search(text) is not None or \
        len({m.group(0).lower() for m in _FINGLISH.finditer(text)}) >= 2


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Persian quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
