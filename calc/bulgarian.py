"""Bulgarian quantity words in a question ("800 хиляди потребители на ден", "по 12 заявки на човек", "4,20 лв.
на час", "1 USD = 1,80 лв.", "колко карти ни трябват?", "след 3 години"): the period, the counted thing, the
hedges and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English (as calc/ukrainian does for Ukrainian). Only the words that carry a quantity's meaning are
rewritten, never the numbers; Bulgarian writes its thousands with spaces ("1 200") and its decimals with a
comma ("4,20"), which calc/numbers reads once this module says the message is Bulgarian. A message is read
as Bulgarian when it is written in Cyrillic with one of the words Bulgarian has and Russian does not
("колко", "трябват", "хиляди", "потребители", "лв."). Every character keeps its position in the source, so
a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_C = "а-яѝ"
_E = rf"(?![{_C}])"        # a word's end
_W = rf"[{_C}]*"           # the rest of a word (its ending)
_BULGARIAN = rx.compile(rf"(?<![{_C}])(?:колко|трябват?|хиляди|хил\.|потребители|имаме|заявки|сървър{_W}|"
                        rf"лв\.?|лева|ще|карти|обучение|колкото)(?![{_C}])", re.IGNORECASE)
_N = r"\d[\d\s,.]*"

_REWRITES: list[tuple[str, str]] = [
    # the Cyrillic "х" written for a multiple ("х1,4")
    (r"(?<=\s)[хХ](?=\s?\d)|(?<=\d)[хХ](?![а-я])", "x"),
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bколко\s+(?:ще\s+)?(?:струва|струват|ще\s+струва|излиза|ни\s+излиза){_E}", "how much does it cost"),
    (rf"\bколко\s+(?:дни|седмици){_E}", r"how many days"),
    (rf"\bколко\s+(?:време|дълго){_E}", "how long would it take"), (rf"\bколко\s+лева{_E}", "how much BGN"),
    (rf"\bколко\s+евро{_E}", "how much EUR"), (rf"\bколко{_E}", "how many"),
    (rf"\bедновременн{_W}\s+потребител{_W}|\bработят\s+({_N})\s+служители\s+едновременно{_E}",
     r"\1 concurrent users"),
    (rf"\bпотребители\s+на\s+ден{_E}|\bдневни\s+потребители{_E}", "daily users"),
    (rf"\bседмични\s+потребители{_E}", "weekly users"), (rf"\bмесечни\s+потребители{_E}", "monthly users"),
    (rf"\bдневно\s+влизат\s+около\s+({_N}%)\s+от\s+тях{_E}", r"daily about \1 of them"),
    (rf"\bпо\s+({_N})\s+заявки\s+на\s+човек{_E}", r"\1 requests per user per day"),
    (rf"\bвсеки\s+по\s+({_N})\s+разговора\s+с\s+по\s+({_N})\s+реплики{_E}",
     r"each \1 conversations per day, \2 turns per conversation"),
    (rf"\bвсеки\s+потребител\s+генерира\s+средно{_E}", "each user generates about"),
    (rf"\bсредно\s+по\s+({_N})\s+думи{_E}", r"\1-word emails in"),
    (rf"\bотговаряме\s+с\s+по\s+({_N})\s+думи{_E}", r"\1-word replies out"),
    (rf"\bтокена\s+на\s+дума{_E}", "tokens per word"),
    (rf"\bсложим\s+[хx]\s*({_N})\s+за\s+мрежа(?:\s+и\s+сграда)?{_E}|\b[хx]\s*({_N})\s+за\s+мрежа(?:\s+и\s+сграда)?{_E}",
     r"all-in \1\2x"),
    (rf"\bедин\s+е{_E}|\bедна\s+е{_E}|\bедин\s+струва{_E}", "one costs"),
    (r"\bна\s+(?=\d[\d\s]*\s*токен)", "per "), (rf"\bенерги{_W}", "energy"), (rf"\bхарчи{_E}", "uses"),
    (rf"\bрасте\s+с\s+({_N}%)\s+годишно{_E}", r"grows \1 a year"),
    (rf"\bсега\s+сме\s+на{_E}", "now at"), (r"\bслед\s+(?=\d)", "in "),
    (rf"\bреалистично\s+ли\s+е(?:\s+това)?{_E}|\bвярно\s+ли\s+е{_E}", "is that right"),
    (rf"\bмодел\s+с\s+({_N})\s+млрд\.?\s+параметъра\s+общо{_E}", r"model with \1 billion parameters total"),
    (rf"\bмодел\s+с\s+({_N})\s+млрд\.?\s+параметъра{_E}", r"a \1 billion parameter model"),
    (rf"\bот\s+({_N})\s+млрд\.?\s+параметъра{_E}", r"of \1 billion parameters"),
    (rf"\bна\s+сървър\s+с\s+по\s+({_N})\s+карти{_E}", r"per server of \1 cards"),
    (rf"\bпик\s+({_N})\s+пъти{_E}|\bпик\s+х?\s*({_N}){_E}", r"peak \1\2x"),
    (rf"(?<=\d)(\s*)пъти{_E}", r"\1x"), (rf"\bна\s+карта{_E}", "per card"),
    (rf"\bна\s+сървър{_E}", "per server"),
    (rf"\bна\s+чип-час{_E}", "per chip-hour"), (rf"\bна\s+токен{_E}", "per token"),
    (rf"\bна\s+милион\s+токена{_E}", "per million tokens"), (rf"\bна\s+милион{_E}", "per million"),
    (rf"\bвреме\s+до\s+първи\s+токен\s+под{_E}", "time to first token under"),
    (rf"\bвреме\s+до\s+първи\s+токен{_E}", "time to first token"), (r"\bпод\s+(?=\d)", "under "),
    (rf"\bимаме{_E}", "we have"), (rf"\bможем\s+да{_E}", "can we"), (rf"\bсложим{_E}", "put"),
    (rf"\bпродаваме{_E}", "we sell"), (rf"\bвиждаме{_E}", "we see"),
    (rf"\bизкарат{_E}|\bще\s+дава{_E}", "gives"),
    (rf"\bгенерира{_E}", "generates"), (rf"\bобработваме{_E}", "we process"),
    (rf"\bпо\s+({_N})\s+карти{_E}", r"with \1 cards each"),
    (rf"\bвъв\s+всеки\s+по\s+({_N})\s+карти{_E}", r"\1 cards each"),
    # who is counted
    (rf"\bпотребител{_W}", "users"), (rf"\bслужител{_W}", "employees"),
    (rf"\bклона?{_E}|\bклонове{_E}", "sites"),
    (rf"\bна\s+човек{_E}", "per user"),
    # periods
    (rf"\bна\s+ден{_E}|\bдневно{_E}|\bвсеки\s+ден{_E}", "per day"),
    (rf"\bна\s+месец{_E}|\bмесечно{_E}", "per month"),
    (rf"\bгодишно{_E}|\bна\s+година{_E}", "per year"), (rf"\bна\s+час{_E}", "per hour"),
    (rf"(?<=/)\s*час{_E}", "hr"),
    (rf"\bв\s+секунда{_E}|\bна\s+секунда{_E}", "per second"), (rf"(?<=/)\s*с{_E}", "s"),
    (rf"\bgpu\s+часа{_E}|\bgpu-час{_W}", "GPU-hours"), (rf"\bчип-час{_W}", "chip-hour"),
    (rf"(?<=\d)(\s*)(?:дни|дена|ден){_E}", r"\1days"), (rf"(?<=\d)(\s*)седмиц{_W}", r"\1weeks"),
    (rf"(?<=\d)(\s*)(?:месеца|месец){_E}", r"\1months"), (rf"(?<=\d)(\s*)(?:години|година){_E}", r"\1years"),
    (rf"(?<=\d)(\s*)часа?{_E}", r"\1hours"), (r"\bза\s+(?=\d+\s*(?:days|weeks|months|years))", "in "),
    (rf"\bсега{_E}", "now"),
    # what is counted
    (rf"\bвходящи\s+токен{_W}|\bвходни\s+токен{_W}", "input tokens"),
    (rf"\bизходящи\s+токен{_W}|\bизходни\s+токен{_W}", "output tokens"),
    (rf"\bвходящи{_E}|\bвходни{_E}", "input"), (rf"\bизходящи{_E}|\bизходни{_E}", "output"),
    (rf"\bтокен{_W}", "tokens"), (rf"\bзаявк{_W}", "requests"), (rf"\bимейл{_W}", "emails"),
    (rf"\bдум{_W}", "words"), (rf"\bразговор{_W}", "conversations"),
    (rf"\bкарт[аи]{_E}", "cards"), (rf"\bсървър{_W}", "servers"), (rf"\bчипа?{_E}", "chips"),
    (rf"(?<=\d)(\s*)броя{_E}", r"\1x"), (rf"\bреплик{_W}", "replicas"), (rf"\bепох{_W}", "epochs"),
    (rf"\bекспериме{_W}", "runs"), (rf"\bпараметъра{_E}|\bпараметри{_E}", "parameters"),
    (rf"\bактивни{_E}", "active"), (rf"\bобщо{_E}", "total"),
    # hedges
    (rf"(?:\bоколо{_E}|\bприблизително{_E}|\bсредно{_E})\s*(?=[~≈$€£\d])", "about "),
    (rf"\bсредно{_E}", "average"), (rf"\bвсеки{_E}|\bвсяка{_E}|\bвсяко{_E}", "each"),
    # money, scale, measurements
    (rf"(?<=\d)(\s*)(?:трилиона|трлн\.?){_E}", r"\1trillion"),
    (rf"(?<=\d)(\s*)(?:милиарда|млрд\.?){_E}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:милиона|милион|млн\.?){_E}", r"\1million"),
    (rf"(?<=\d)(\s*)(?:хиляди|хил\.?){_E}", r"\1thousand"),
    (rf"\bлв\.?{_E}|\bлева{_E}", "BGN"), (rf"\bевро{_E}", "EUR"), (rf"\bдолар{_W}", "dollars"),
    (rf"\bбюджет{_W}", "budget"), (rf"\bотстъпка{_E}", "discount"), (rf"\bцена{_E}|\bцената{_E}", "price"),
    (rf"\bток{_E}|\bтока{_E}|\bелектроенерги{_W}", "electricity"), (rf"\bзахранване{_E}", "power"),
    (rf"\bструва{_E}", "costs"), (rf"\bнатоварване{_E}", "utilization"),
    (rf"\bнаем{_W}|\bпод\s+наем{_E}", "rent"), (rf"\bкупи{_E}|\bкупим{_E}", "buy"),
    (rf"\bобучение{_E}|\bобучим{_E}|\bфина\s+настройка{_E}", "training"),
    (rf"\bотнел{_E}|\bотнеме{_E}", "takes"), (rf"\bказва{_E}", "claims"),
    (rf"\bизмерихме{_E}", "we measured"),
    (r"(?<=\d)(\s*)(?:W|вата)(?![а-я])", r"\1W"),
    # what is asked
    (rf"\bни\s+трябват?{_E}|\bтрябват?{_E}|\bстигат\s+ли{_E}", "needed"),
    (r"\bпо\s+(?=[~≈$€£]|\d)", "at "), (rf"\bна\s+карта{_E}", "per card"),
    (r"(?<=\s)на\s+(?=\d|[a-z])", "on "),
    (r"(?<=\s)с\s+(?=\d)", "with "), (rf"\bпри{_E}", "at"), (rf"\bако{_E}", "if"), (r"(?<=\s)и(?=\s)", "and"),
    (r"(?<=\s)или(?=\s)", "or"), (rf"\bза{_E}", "for"), (rf"\bв{_E}", "in"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_bulgarian(text: str) -> bool:
    """The message is written in Cyrillic with a word Bulgarian has and Russian does not."""
    return _BULGARIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Bulgarian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
