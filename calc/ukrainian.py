"""Ukrainian quantity words in a question ("1,2 млн DAU", "~8 запитів на день", "256 карт H100", "по $3,2/год
за карту", "в гривнях по курсу 41,3", "скільки карт треба?", "за 2 роки"): the period, the counted thing,
the hedges and the few verbs the rules key on, said in English, so that every rule reads them as it reads
English (as calc/polish does for Polish). Only the words that carry a quantity's meaning are rewritten,
never the numbers; Ukrainian writes its thousands with spaces ("1 500") and its decimals with a comma
("1,2"), which calc/numbers reads once this module says the message is Ukrainian. A message is read as
Ukrainian when it is written in Cyrillic with a letter only Ukrainian has ("і", "ї", "є", "ґ");
calc/russian reads the Russian words an English message slips in. Every character keeps its position in
the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_UKRAINIAN = rx.compile(r"[іїєґІЇЄҐ]")
_C = "а-яіїєґ'’"
_E = rf"(?![{_C}])"        # a word's end
_W = rf"[{_C}]*"           # the rest of a word (its ending)

_NUMERALS = (("один|одна|одну|одній|одного", "1"), ("два|дві|двох", "2"), ("три|трьох", "3"),
             ("чотири|чотирьох", "4"), ("п['’]ять|п['’]яти", "5"), ("шість|шести", "6"), ("сім|семи", "7"),
             ("вісім|восьми", "8"), ("дев['’]ять|дев['’]яти", "9"), ("десять|десяти", "10"),
             ("шістнадцять|шістнадцяти", "16"), (r"тридцять\s+дві|тридцяти\s+двох", "32"))

_REWRITES: list[tuple[str, str]] = [
    # the Cyrillic "х" written for a multiple ("пік х3", "х2,5")
    (r"(?<=\s)[хХ](?=\s?\d)|(?<=\d)[хХ](?![а-яіїєґ])", "x"),
    # whole phrases first (their words are rewritten one by one below)
    (rf"\bскільки\s+(?:це\s+)?(?:коштуватиме|коштує|буде\s+коштувати|вартує|вийде|платитимемо|це\s+буде){_E}",
     "how much does it cost"),
    (rf"\bза\s+скільки\s+днів{_E}", "in how many days"), (rf"\bскільки\s+днів{_E}", "how many days"),
    (rf"\bскільки\s+(?:це\s+)?(?:виходить|грошей|всього){_E}|\bскільки\s+це{_E}", "how much"),
    (rf"\bподвоєння\s+раз\s+на\s+скільки\s+(?:місяців|років){_E}", "what is the doubling time"),
    (rf"\bскільки\s+часу{_E}", "how long would it take"), (rf"\bскільки{_E}", "how many"),
    (rf"\bодночасн{_W}\s+(?:юзер{_W}|користувач{_W}|сесі{_W}){_E}", "concurrent users"),
    (rf"\bплатн{_W}\s+(?=юзер|користувач)", ""), (rf"\bна\s+(?:людину|юзера|користувача){_E}", "per user"),
    (rf"\bщодня\s+заходить\s+(?:~|десь\s+|приблизно\s+)?(\d[\d,.]*\s*%)\s+з\s+них{_E}",
     r"daily about \1 of them"),
    (rf"\bреплік\s+на\s+діалог{_E}", "turns per conversation"), (rf"\bна\s+діалог{_E}", "per conversation"),
    (rf"\b[ву]\s+(\d[\d,.]*)\s+раз(?:и|ів)?\s+швидш{_W}", r"\1x faster"),
    (rf"\b[ву]\s+(\d[\d,.]*)\s+раз(?:и|ів)?\s+дорожч{_W}", r"\1x pricier"),
    (rf"\bу\s+(\d[\d\s,.]*)\s+разів{_E}", r"\1x"), (rf"(?<=\d)(\s*)раз(?:и|ів)?{_E}", r"\1x"),
    (r"\bпік\s+(?=x?\d)", "peak "), (rf"\bвід\s+середнього{_E}", "of the average"),
    (rf"\bподвоюється\s+кожні{_E}", "doubles every"), (r"\bкожні\s+(?=\d)", "every "),
    (rf"\bросте\s+на\s+(\d[\d,.]*\s*%)\s+на\s+рік{_E}", r"growing \1 a year"),
    (r"\b(?:доведемо|піднімемо|підтягнемо|виросте)\s+mfu\s+до\s+", "MFU goes to "),
    (r"\bmfu\s+виріс\s+на\s+(\d[\d,.]*\s*%)", r"MFU improves by \1"),
    (rf"(?<=\d)(\s*)(?:пп|п\.п\.){_E}", r"\1 points"),
    (rf"\bв\s+кожному\s+по\s+(\d+)\s+карт{_W}", r"\1 cards each"),
    (rf"\bпо\s+(\d+)\s+(?:карт|gpu|чип){_W}", r"with \1 cards each"),
    (r"\bпо\s+(\d[\d,.]*)\s*(кВт|квт|МВт)", r"of \1 \2 each"),
    (rf"\bпо\s+(\d[\d\s,.]*\s*(?:k\s*|тис\.?\s*)?)токен{_W}\s+(?:відповіді|на\s+відповідь|виходу){_E}",
     r"\1output tokens each"),
    (r"\bнам\s+(?:треба|потрібно|потрібні)\s+(?=\d)|\b(?:треба|потрібно)\s+(?=\d)", "we need "),
    (rf"\bплюс{_E}", "plus"), (rf"\bмереж{_W}", "network"), (r"\bна\s+(?=сервер|мереж)", "for "),
    (rf"\bз\s+усім\s+обвісом{_E}|\bз\s+усім\s+залізом{_E}|\bпід\s+ключ{_E}", "all-in"),
    (rf"\bпродаємо\s+підписку{_E}", "we sell a subscription"), (rf"\bпідписк{_W}", "subscription"),
    (rf"\bенергоспоживанн{_W}", "energy consumption"),
    (r"\bскільки\s+кошту(?:є|ють)\s+(?=\d[\d\s,.]*\s*(?:тис\.?\s*)?запит)", "cost per "),
    (r"\b(?:один|одна|одне)\s+(?=коштує|вартує|коштуватиме)", "one "),
    (rf"\bпромпт{_W}\s+з\s+rag{_E}", "RAG prompt"),
    (rf"\bмножимо\s+на{_E}|\bпомножити\s+на{_E}", "multiply by"),
    (rf"\bутилізаці{_W}\s+(?:хочемо\s+|тримати\s+)?не\s+(?:вище|більше){_E}", "utilization at most"),
    (rf"\bне\s+(?:вище|більше){_E}", "at most"), (rf"\b[ву]\s+піку{_E}", "at peak"),
    (rf"\bз\s+них{_E}", "of which"), (rf"\bпідуть\s+на{_E}", "goes to"),
    (rf"\bактивн{_W}", "active"), (rf"\bзагалом{_E}", "total"),
    (r"\bстійка\s+(?=[~≈$€£\d])", "a rack costs "), (r"\bсервер\s+(?=[~≈$€£\d])", "a server costs "),
    (rf"\bза\s+рік{_E}", "in a year"),
    (rf"\bпід\s+кінець\s+року{_E}|\bдо\s+кінця\s+року{_E}", "by the end of the year"),
    (r"\bна\s+(?=\d+\s*(?:місяц|тиж|дн|рок|рік|годин))", "for "),
    (r"\bна\s+(?=[~≈]?\s*\d[\d\s,.]*\s*(?:тис\.?|млн|k)?\s*(?:токен|запит))", "per "),
    (r"\bза\s+(?=[~≈]?\s*[$€£]\s*\d)", "at "), (r"\bза\s+(?=[€$£]|ГБ|гб|кВт|квт)", "per "),
    (r"\bна\s+(?:одну|один|одній|одна)\s+(?=[a-z])", "per "),
    (r"\bз\s+(?=[a-z])", "with "),
    # numerals before what they count ("на восьми A100", "дві ноди")
    *((rf"\b(?:{w}){_E}(?=\s+(?:[a-z]|карт|сервер|нод|стій|gpu|чип))", d) for w, d in _NUMERALS),
    # who is counted
    (rf"\bюзер{_W}|\bкористувач{_W}", "users"), (rf"\bрозробник{_W}", "developers"),
    (rf"\bпрацівник{_W}", "employees"), (rf"\bвідділен{_W}", "branches"),
    # periods
    (rf"\bна\s+(?:день|добу){_E}|\bза\s+(?:день|добу){_E}|\bв\s+день{_E}|\bщодня{_E}|\bщодоби{_E}",
     "per day"),
    (rf"\bна\s+місяць{_E}|\bв\s+місяць{_E}|\bщомісяця{_E}|\bза\s+місяць{_E}", "per month"),
    (rf"\bна\s+рік{_E}|\bв\s+рік{_E}|\bщороку{_E}", "per year"),
    (rf"\bна\s+годину{_E}|\bза\s+годину{_E}", "per hour"), (rf"(?<=/)\s*год\.?{_E}", "hr"),
    (rf"(?<=/)\s*(?:с|сек)\.?{_E}", "s"), (rf"(?<=\d)(\s*)(?:с|сек)\.?{_E}", r"\1s"),
    (rf"\bв\s+секунду{_E}|\bза\s+секунду{_E}|\bна\s+секунду{_E}", "per second"),
    (rf"\bgpu-годин{_W}", "gpu-hours"), (rf"\bgpu-рок{_W}", "gpu-years"), (rf"\bчип-годин{_W}", "chip-hour"),
    (rf"(?<=\d)(\s*)(?:днів|дні|день|доби){_E}", r"\1days"), (rf"(?<=\d)(\s*)тижн{_W}", r"\1weeks"),
    (rf"(?<=\d)(\s*)(?:місяців|місяці|місяць){_E}", r"\1months"),
    (rf"(?<=\d)(\s*)(?:років|роки|рік){_E}", r"\1years"),
    (rf"(?<=\d)(\s*)годин{_W}", r"\1hours"),
    (r"\bза\s+(?=\d+\s*(?:days|weeks|months|years|дн|тиж|міс|рок|рік))|\bчерез\s+(?=\d)", "in "),
    (rf"\bзараз{_E}|\bсьогодні{_E}", "today"),
    # what is counted
    (rf"\bвхідних\s+токен{_W}|\bтокен{_W}\s+(?:на\s+)?вход{_W}", "input tokens"),
    (rf"\bвихідних\s+токен{_W}|\bтокен{_W}\s+(?:на\s+)?виход{_W}", "output tokens"),
    (rf"\bвхідних{_E}|\bвхід{_E}|\bвходу{_E}", "input"),
    (rf"\bвихідних{_E}|\bвихід{_E}|\bвиходу{_E}", "output"),
    (rf"\bтокен{_W}|\bток(?=/)", "tokens"), (rf"\bзапит{_W}", "requests"), (rf"\bзвернен{_W}", "tickets"),
    (rf"\bповідомлен{_W}", "messages"), (rf"\bслів{_E}|\bслова{_E}|\bслово{_E}", "words"),
    (rf"\bвідповід{_W}", "answer"), (rf"\bпромпт{_W}", "prompt"),
    (rf"\bза\s+(?:карту|штуку|чип){_E}", "each"), (rf"\bна\s+карту{_E}", "per gpu"),
    (rf"\bна\s+репліку{_E}", "per replica"), (rf"\bза\s+сервер{_E}|\bна\s+сервер{_E}", "per server"),
    (rf"\bкарт{_W}", "cards"), (rf"(?<=\d)(\s*)(?:штук{_W}|шт\.?){_E}(?=\s*[a-z])", r"\1x"),
    (rf"(?<=\d)(\s*)(?:штук{_W}|шт\.?){_E}", r"\1cards"), (rf"\bштук{_W}", "units"),
    (rf"\bсервер{_W}", "servers"), (rf"\bнод{_W}", "nodes"), (rf"\bстій{_W}", "racks"),
    (rf"\bреплік{_W}", "replicas"), (rf"\bсиквенс{_W}", "sequences"), (rf"\bепох{_W}", "epochs"),
    (rf"\bпрогон{_W}|\bран{_W}", "runs"), (rf"\bчип{_W}", "chips"),
    # hedges
    (rf"(?:\bдесь{_E}|\bприблизно{_E}|\bблизько{_E}|\bпорядку{_E})\s*(?=[~≈$€£\d])", "about "),
    (rf"\bв\s+середньому{_E}", "average"), (rf"\bкожен{_E}|\bкожна{_E}|\bкожне{_E}", "each"),
    # money, scale, measurements
    (rf"(?<=\d)(\s*)трлн\.?{_E}", r"\1trillion"), (rf"(?<=\d)(\s*)млрд\.?{_E}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:млн\.?|мільйон{_W}){_E}", r"\1million"), (rf"(?<=\d)(\s*)(?:тис\.?|тисяч{_W}){_E}",
                                                                r"\1thousand"),
    (rf"\bза\s+мільйон{_E}", "per million"), (rf"\bмільйон{_W}", "million"),
    (rf"\b[ву]\s+(?:гривнях|грн){_E}", "in UAH"), (rf"\b(?:грн|гривень|гривні|гривня){_E}", "UAH"),
    (rf"\b[ву]\s+доларах{_E}", "in USD"), (rf"\bпо\s+курсу{_E}|\bкурс(?:ом|у)?{_E}", "rate"),
    (rf"\bєвро{_E}", "EUR"), (rf"\bдолар{_W}", "dollars"),
    (rf"\bоренд{_W}|\bорендуємо{_E}|\bорендувати{_E}", "rent"), (rf"\bкупити{_E}|\bкупуємо{_E}", "buy"),
    (rf"\bбюджет{_W}", "budget"), (rf"\bзнижк{_W}", "discount"), (rf"\bціна{_E}|\bпрайс{_E}", "price"),
    (rf"\bсвітло{_E}|\bелектрик{_W}|\bелектроенергі{_W}", "electricity"),
    (rf"\bкоштує{_E}|\bвартує{_E}", "costs"), (rf"\bутилізаці{_W}", "utilization"),
    (r"кВт\s*[·*]?\s*год", "kWh"), (r"(?<=\d)(\s*)МВт", r"\1MW"), (r"(?<=\d)(\s*)кВт", r"\1kW"),
    (r"(?<=\d)(\s*)Вт(?![а-яіїєґ])", r"\1W"), (r"\bГБ(?![а-яіїєґ])", "GB"),
    (r"(?<=\d)(\s*)мс(?![а-яіїєґ])", r"\1ms"), (r"(?<=\d)(\s*)Дж(?![а-яіїєґ])", r"\1J"),
    # what is asked and done
    (rf"\bпотрібн{_W}|\bтреба{_E}|\bзнадобиться{_E}|\bзакладати{_E}", "needed"),
    (rf"\bвистачить{_E}", "enough"),
    (rf"\bтренуванн{_W}|\bтренували{_E}|\bнатренувати{_E}|\bтренувати{_E}", "training"),
    (rf"\bзайме{_E}|\bзаймає{_E}", "takes"), (rf"\bйшов{_E}|\bтривав{_E}", "took"),
    (rf"\bвтирає{_E}|\bзаявляли{_E}|\bобіцяють{_E}|\bкаже{_E}", "claims"),
    (rf"\bзрівнятись{_E}|\bзрівнятися{_E}", "match"),
    (r"\bпо\s+(?=[~≈$€£]|\d)", "at "), (r"\bна\s+(?=[~≈]?\s*\d)", "on "),
    (rf"\bна\s+(?=(?:[a-z]{{1,6}}[- ]?\d|h\d|gpu|cards){_E})", "on "),
    (r"\bз\s+(?=\d)", "from "), (r"\bдо\s+(?=[~≈$€£\d])", "to "),
    (r"\bпід\s+(?=\d)", "for "), (rf"\bдля{_E}|\bпід{_E}", "for"), (rf"\bякщо{_E}", "if"),
    (r"(?<=\s)і(?=\s)|(?<=\s)та(?=\s)", "and"), (r"(?<=\s)чи(?=\s)|(?<=\s)або(?=\s)", "or"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


def said_in_ukrainian(text: str) -> bool:
    """The message is written in Cyrillic with a letter only Ukrainian has."""
    return _UKRAINIAN.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Ukrainian quantity words in English, with the position in the source of each
    character (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)
