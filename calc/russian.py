"""Russian quantity words in a question, and Russian words an English question slips in.

A question written in Russian ("3 ляма DAU, 12 запросов на юзера в день", "64 шт. H100 на 3 недели", "по 2,85
$/GPU·ч", "бюджет 1,5 млрд ₽ (курс 90)", "сколько карт надо?", "через 18 месяцев") has the period, the counted
thing, the hedges and the few verbs the rules key on said in English, so that every rule reads them as it
reads English (as calc/ukrainian does for Ukrainian). Only the words that carry a quantity's meaning are
rewritten, never the numbers; Russian writes its thousands with spaces ("1 990") and its decimals with a
comma ("1,2"), which calc/numbers reads in any message written in Cyrillic (said_in_russian). A message is
read as Russian when most of its letters are Cyrillic and it shows a letter Russian has and Ukrainian,
Bulgarian and Serbian do not ("ы", "э", "ё") or one of Russian's own words ("сколько", "надо", "если"), and
no letter or word only those languages have (calc/ukrainian, calc/bulgarian, calc/serbian read them);
calc/numbers reads it before Serbian and Bulgarian, whose tests know words Russian shares ("сервера",
"обучение"), so that only what is left of it in Russian could show them. Rubles ("₽", "руб.", "рублей")
are the currency "rub": converted at a rate the question states ("курс 92"), named unconverted without one.

An English question with Russian words in it ("1,2 млн DAU", "примерно 4 questions per user в сутки", "256
шт H100", "90 тыс. tickets", "сколько штук?") has the scale words, the period, the count of pieces and the
hedges said in English (in_english), as calc/malay does for Indonesian and Malay; and one with a Russian word
or two in Latin letters ("64 shtuk H100", "100 tysyach users") too (russian_words_in_english). Every
character keeps its position in the source, so a span is quoted as the user wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calc import rx
from calc.script import rewrite

_CYRILLIC = rx.compile(r"[\u0400-\u04ff]")

_REWRITES: list[tuple[str, str]] = [
    # scale words after a number ("1,2 млн", "3 млрд", "90 тыс.")
    (r"(?<=\d)(\s*)млрд\.?(?![\u0400-\u04ff])", r"\1billion"),
    (r"(?<=\d)(\s*)млн\.?(?![\u0400-\u04ff])", r"\1million"),
    (r"(?<=\d)(\s*)(?:тыс\.?|тысяч[аи]?)(?![\u0400-\u04ff])", r"\1thousand"),
    (r"(?<=\d)(\s*)трлн\.?(?![\u0400-\u04ff])", r"\1trillion"),
    # periods ("в сутки", "в день", "в месяц", "в год", "в час")
    (r"\bв\s+(?:сутки|день)\b|/\s*сутки\b", "per day"), (r"\bв\s+месяц\b", "per month"),
    (r"\bв\s+год\b", "per year"),
    (r"\bв\s+час\b", "per hour"), (r"\bв\s+секунду\b", "per second"),
    # pieces ("256 шт H100", "сколько штук?")
    (r"\bсколько\s+(?:штук|шт\.?|карт|gpu)", "how many"), (r"(?<=\d)(\s*)шт\.?(?![\u0400-\u04ff])", r"\1pcs"),
    (r"\bштук\b", "pcs"),
    # hedges and the asked
    (r"\b(?:примерно|около|где-то|порядка)\b", "about"), (r"\bсколько\b", "how many"),
    (r"\bв\s+среднем\b", "on average"), (r"\bпик\b", "peak"),
    (r"\bнужно\b|\bнадо\b|\bнужны\b", "needed"),
]
_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _REWRITES]


# an English message with a Russian word or two written in Latin letters ("64 shtuk H100", "100 tysyach
# concurrent users", "how many shtuk we can buy"): read without Cyrillic to show the language
_LATIN = rx.compile(r"\d\s*(?:shtuk|sht|tysyach\w*)(?![a-z])|\bhow many shtuk\b", re.IGNORECASE)
_LATIN_REWRITES = [(rx.compile(p, re.IGNORECASE), to) for p, to in (
    (r"\bhow many shtuk\b", "how many"), (r"(?<=\d)(\s*)(?:shtuk|sht)(?![a-z])", r"\1pcs"),
    (r"(?<=\d)(\s*)tysyach\w*", r"\1thousand"))]


# ---- a question written in Russian ----

_C = "а-яё"
_E = rf"(?![{_C}])"        # a word's end
_B = rf"(?<![{_C}])"       # a word's start
_W = rf"[{_C}]*"           # the rest of a word (its ending)
_N = r"\d[\d,.]*(?:\s\d{3}(?!\d))*"    # a number as written ("1 990", "2,85")
_RUB = rf"(?:₽|{_B}рубл{_W}|{_B}руб{_E}\.?)"    # rubles ("₽", "руб.", "рублей")
_PRICED = r"\s*[~≈$€£\d]|\s+около|\s+примерно"  # an amount after a word

# the letters Russian has and Ukrainian, Bulgarian and Serbian do not, and Russian's own words
_RUSSIAN = rx.compile(rf"[ыэё]|{_B}(?:сколько|скока|сколко|надо|если|сейчас|будет|нужно|нужен|нужна|"
                      rf"чтобы|через|день|сутки|суток|месяц|тыс\.?|тысяч{_W}|тыщ{_W}|пользовател{_W}|"
                      rf"запрос{_W}|серверов|штук|шт\.?|карт|картах|картами|карту|какой|какая|также|"
                      rf"ляма|ярда|руб\.?|рублей|оцените|длительность|обучения|предобучения|дообучения){_E}|"
                      # (a case ending Bulgarian, which has no cases, never writes)
                      rf"{_B}(?!много{_E})[{_C}]{{2,}}(?:ов|ами|ями|ого|его|ому|тся|ться){_E}", re.IGNORECASE)
# the letters and words of the other languages written in Cyrillic (Ukrainian, Belarusian, Serbian,
# Macedonian, Bulgarian, Kazakh)
_OTHER = rx.compile(rf"[іїєґўђјљњћџѝѓќѕәғқңөұүһ]|{_B}(?:ще|колко|трябва{_W}|хиляд[аи]|хил\.|лв\.?|лева|имаме|"
                    rf"сървър{_W}|колкото|колико|треба|имамо|хиљад{_W}|динара|корисника|това|този|тази|"
                    rf"какво|което|които|ние|със|във|към|съм|сме|сте|са|ден|месец{_W}|години|седмици|"
                    rf"струва{_W}){_E}|(?<=\s)е(?=\s)",
                    re.IGNORECASE)
_LATIN_LETTER = rx.compile(r"[a-z]", re.IGNORECASE)
_CYRILLIC_LETTER = rx.compile(rf"[{_C}]", re.IGNORECASE)

_NUMERALS = (("один|одна|одну|одной|одного|одном", "1"), ("два|две|двух|паре|пару|пара", "2"),
             ("три|трёх|трех", "3"), ("четыре|четырёх|четырех", "4"), ("пять|пяти", "5"),
             ("шесть|шести", "6"), ("семь|семи", "7"), ("восемь|восьми", "8"), ("девять|девяти", "9"),
             ("десять|десяти", "10"), ("шестнадцать|шестнадцати", "16"),
             (r"тридцать\s+две|тридцать\s+два|тридцати\s+двух", "32"))

_RU_REWRITES: list[tuple[str, str]] = [
    # the Cyrillic "х" written for a multiple ("пик х3", "х2,5")
    (rf"(?<=\s)[хХ](?=\s?\d)|(?<=\d)[хХ]{_E}|(?<=\d\s)[хХ](?=\s+[a-z])", "x"),
    # slang scales ("3 ляма", "3 ярда", "16 тыщах", "2к токенов": the Cyrillic "к")
    (rf"(?<=\d)(\s*)(?:лям{_W}|лимон{_W}){_E}", r"\1million"), (rf"(?<=\d)(\s*)ярд{_W}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:тыщ{_W}|тыс\.?|тысяч{_W}|косар{_W}){_E}", r"\1thousand"),
    (rf"(?<=\d)к{_E}", "k"), (rf"(?<=\d)(\s*)трлн\.?{_E}", r"\1trillion"),
    (rf"(?<=\d)(\s*)(?:млрд\.?|миллиард{_W}){_E}", r"\1billion"),
    (rf"(?<=\d)(\s*)(?:млн\.?|миллион{_W}){_E}", r"\1million"),
    (rf"{_B}тысячу\s+(?=карт|gpu|штук|сервер|[a-z])", "1000 "),
    (rf"{_B}(?:паре|пару|пара)\s+тысяч\s+(?=карт|gpu|штук|сервер|[a-z])", "2000 "),
    # ("чтобы поднять GigaChat Max на …": the model deployed, named after the verb, as English says it)
    (rf"{_B}(?:чтобы\s+)?(?:поднять|развернуть|задеплоить|запустить|крутить|гонять)(?=\s+[a-z])",
     "to deploy"),
    # whole phrases first (their words are rewritten one by one below)
    # ("сколько стоит 1к запросов": the cost per so many; "per" said before the number, quoting nothing)
    (rf"{_B}(?:сколько|скока)\s+(?:стоит|стоят|обойд[её]тся)(?=\s+\d[\d\s,.]*\s*(?:k|thousand|million)?\s*"
     rf"(?:запрос|обращени|ответ|диалог|токен))", "cost"),
    (r"(?<=cost\s)(?=\d)", "per "),
    (rf"{_B}(?:сколько|скока|сколко)\s+(?:это\s+)?(?:будет\s+стоить|будут\s+стоить|стоит|стоят|стоили|"
     rf"стоило|выйдет|обойд[её]тся|заплатим|платить){_E}|{_B}во\s+что\s+обойд[её]тся{_E}|"
     rf"{_B}какой\s+итог{_E}|{_B}сколько\s+выходит{_E}", "how much does it cost"),
    (rf"{_B}за\s+сколько\s+(?:дней|суток){_E}", "in how many days"),
    (rf"{_B}(?:сколько|скока)\s+(?:дней|суток){_E}", "how many days"),
    (rf"{_B}(?:сколько|скока)\s+(?:часов){_E}", "how many hours"),
    (rf"{_B}(?:сколько|скока)\s+(?:времени){_E}|{_B}(?:оцените\s+)?длительность{_E}|{_B}как\s+долго{_E}",
     "how long would it take"),
    (rf"{_B}(?:сколько|скока|сколко)\s+(?:это\s+)?(?:в\s+сумме|всего|денег){_E}", "how much"),
    (rf"{_B}(?:сколько|скока|сколко){_E}", "how many"),
    (rf"{_B}одновременн{_W}\s+(?:юзер{_W}|пользовател{_W}|сесси{_W}|сессий|чат{_W}|диалог{_W}){_E}",
     "concurrent users"),
    (rf"{_B}пользовател{_W}\s+одновременно{_E}", "concurrent users"),
    (rf"{_B}(?:активн{_W}\s+)?(?:юзер{_W}|пользовател{_W})\s+(?:в|за)\s+месяц{_E}", "monthly users"),
    (rf"{_B}(?:активн{_W}\s+)?(?:юзер{_W}|пользовател{_W})\s+(?:в|за)\s+неделю{_E}", "weekly users"),
    (rf"{_B}(?:платящ{_W}|платн{_W}|активн{_W})\s+(?=юзер|пользовател)", ""),
    # ("из них 20% заходят каждый день": the daily share of the monthly users)
    (rf"{_B}из\s+них\s+(?:около\s+|примерно\s+|где-то\s+|~\s*)?({_N}\s*%)\s+(?:заход{_W}|активн{_W}|"
     rf"пользу{_W})\s+(?:каждый\s+день|ежедневно){_E}", r"daily \1 of them"),
    (rf"{_B}(?:каждый\s+день|ежедневно)\s+(?:заход{_W}|активн{_W})\s+(?:около\s+|примерно\s+|где-то\s+|~\s*)?"
     rf"({_N}\s*%)(?:\s+из\s+них)?", r"daily \1 of them"),
    (rf"{_B}(?:на|с)\s+(?:человека|юзера|пользователя|клиента|сотрудника){_E}", "per user"),
    (rf"{_B}(?:сообщени{_W}|реплик{_W})(?=\s+(?:на|в|за)\s+(?:диалог|разговор|сесси){_W})", "turns"),
    (rf"{_B}(?:на|в|за)\s+(?:диалог|разговор|сесси){_W}", "per conversation"),
    (rf"{_B}(?:в|на)\s+({_N})\s+раз{_W}\s+(?:быстрее|шустрее){_E}|{_B}быстрее\s+в\s+({_N})\s+раз{_W}",
     r"\1\2x faster"),
    (rf"{_B}(?:в|на)\s+({_N})\s+раз{_W}\s+медленнее{_E}|{_B}медленнее\s+в\s+({_N})\s+раз{_W}",
     r"\1\2x slower"),
    (rf"{_B}(?:в|на)\s+({_N})\s+раз{_W}\s+дороже{_E}|{_B}раз\s+в\s+({_N})\s+дороже{_E}|"
     rf"{_B}дороже\s+в\s+({_N})\s+раз{_W}", r"\1\2\3x pricier"),
    (rf"{_B}(?:в|на)\s+({_N})\s+раз{_W}\s+(?:выше|больше)\s+средн{_W}", r"\1x the average"),
    (rf"{_B}в\s+({_N})\s+раз{_W}", r"\1x"), (rf"(?<=\d)(\s*)раз{_W}", r"\1x"),
    (rf"{_B}пиков{_W}\s+нагрузк{_W}", "peak"),
    (rf"{_B}(?:пик{_W})\s+(?=[x×]?\s*\d)", "peak "), (rf"{_B}от\s+средне{_W}", "of the average"),
    (rf"{_B}(?:удваива{_W}|удваиваться)\s+каждые{_E}", "doubles every"), (rf"{_B}каждые\s+(?=\d)", "every "),
    (rf"{_B}раст[её]м\s+(?:примерно\s+|где-то\s+|около\s+|~\s*)?на\s+({_N}\s*%)\s+(?:в|за)\s+год{_E}",
     r"growing \1 a year"),
    (rf"{_B}рост\s+({_N}\s*%)\s+(?:в|за)\s+год{_E}", r"growing \1 a year"),
    (rf"{_B}(mfu\s+)(?:выше|больше)\s+на\s+({_N})\s*(?:п\.\s?п\.|пп{_E}|процентн{_W}\s+пункт{_W})",
     r"\1\2 points higher"),
    (rf"{_B}(mfu\s+)(?:вырастет|подрастет|подрастёт|поднимется)\s+на\s+({_N})\s*(?:п\.\s?п\.|пп{_E}|"
     rf"процентн{_W}\s+пункт{_W})", r"\1\2 points higher"),
    (rf"(?<=\d)(\s*)(?:п\.\s?п\.|пп{_E}|процентн{_W}\s+пункт{_W})", r"\1 points"),
    (rf"{_B}(mfu\b[^?!]{{0,80}}?)(?:рассчитываем\s+|планируем\s+|хотим\s+|надеемся\s+|должны\s+)?"
     rf"(?:дойти|дойд[её]м|выйти|выйдем|подняться|поднимемся|подтянуть|поднять|поднимем|вырасти|вырастет)\s+"
     rf"(?:mfu\s+)?до\s+(?=[~≈]?\s*\d[\d.,]*\s*%)", r"\1MFU goes to "),
    (rf"{_B}(?:при\s+)?батч{_W}\s+(?=\d)", "batch per replica "),
    (rf"{_B}(?:каждая|каждый|каждое)\s+(?:реплика\s+)?(?:держит|тянет|обслуживает)\s+({_N})\s+"
     rf"(?:параллельн{_W}|одновременн{_W})\s+(?:запрос{_W}|сесси{_W}|поток{_W})",
     r"each holds \1 concurrent requests per replica"),
    (rf"{_B}на\s+(?:токен|token){_E}", "per token"),
    # ("15 ₽ за 1 млн входных": a price per million tokens, its currency said first as English says it)
    (rf"(?<![\d.,])(\d[\d.,]*)\s*{_RUB}\s+за\s+(?=(?:1\s*)?(?:млн|миллион|million))",
     r"RUB \1 per "),
    (rf"{_B}(?:закладыва{_W}|добавля{_W}|клад[её]м|накидыва{_W}|сверху)\s+(?:ещё\s+|еще\s+|сверху\s+)?"
     rf"(\+?\s*\d[\d.,]*\s*%)", r"\1 on top"),
    # ("цена карты 30 тыс. долларов": the price of one)
    (rf"{_B}цен[аы]\s+(?:одной\s+)?(?:карты|видеокарты|gpu|штуки)(?:\s*[-—:])?(?={_PRICED})",
     "price per card"),
    (rf"{_B}цен[аы]\s+(?:одного\s+)?(?:сервера|узла|ноды)(?:\s*[-—:])?(?={_PRICED})", "price per server"),
    (rf"{_B}полгода{_E}", "6 months"), (rf"{_B}полтора\s+года{_E}", "18 months"),
    (rf"(?<=\d)(\s*)процент{_W}", r"\1percent"),
    (rf"{_B}(?:у\s+)?(?:провайдер|поставщик){_W}(?:\s+(?:бер[её]т|просит|хочет|да[её]т))?"
     rf"(?=\s*(?:[~≈$€£]|rub\s)?\s*\d)", "the provider charges"),
    (rf"{_B}теперь{_E}", "now"),
    (rf"{_B}(?:переезжаем|переходим|переедем|перейд[её]м)\s+на{_E}", "we move to"),
    (rf"{_B}прошл{_W}\s+(?:прогон|запуск|обучени){_W}", "the last run"),
    (rf"{_B}за\s+(?=(?:gpu|гпу|чип|карт[ау]?)\s*[-·*⋅]?\s*час)", "per "),
    (rf"{_B}(?:за|на)\s+(?=(?:1\s+)?(?:доллар|бакс|евро|юан|рубл|\$|€|£))|{_B}за\s+(?=[a-z]+\d)", "per "),
    # ("в долларах при 1,6 $/ч": an hour's rent, not a rate of exchange)
    (rf"{_B}при\s+(?=[~≈]?\s*[$€£]?\s*\d[\d.,]*\s*(?:[$€£]|{_RUB})?\s*(?:/|за\s)\s*"
     rf"(?:ч|час|gpu|гпу|карт|чип))", "paying "),
    (rf"{_B}половин{_W}(\s+)(?:на|под)(?=\s+(?:gpu|карт|видеокарт|железо|ускорител))", r"half\1on"),
    (rf"{_B}на\s+железо{_E}", "for hardware"),
    (rf"{_B}в\s+каждом\s+по\s+(\d+)\s+(?:карт|gpu){_W}", r"\1 cards each"),
    # ("ноды по 8 карт", "сервер с 8 картами": so many cards in each; "each" said after the cards, below)
    (rf"{_B}(?:по|с)(?=\s+\d+\s+(?:карт|видеокарт|gpu|чип|ускорител|[a-z]{{1,3}}\d+[a-z]*(?![\w.])){_W})",
     "with"),
    (r"\bпо\s+(\d[\d,.]*)\s*(квт|мвт)", r"of \1 \2 each"),
    (rf"{_B}по\s+({_N}\s*(?:k\s*|тыс\.?\s*)?)токен{_W}\s+(?:ответа|на\s+ответ|выхода){_E}",
     r"\1output tokens each"),
    (rf"{_B}(?:нам\s+)?(?:надо|нужно|нужны|нужен)\s+(?=\d)", "we need "),
    # ("по 5 вопросов в день": so many each)
    (rf"{_B}по(?=\s+[~≈]?\s*\d[\d\s,.]*\s*(?:k|thousand)?\s*"
     rf"(?:запрос|вопрос|сообщени|обращени|диалог|чат|сесси))", "each"),
    (rf"{_B}плюс{_E}", "plus"), (rf"{_B}сет[ьи]{_E}|{_B}сетев{_W}", "network"),
    (rf"{_B}(?:со\s+всем\s+обвесом|под\s+ключ|вс[её]\s+включено){_E}", "all-in"),
    (rf"{_B}подписк{_W}", "subscription"), (rf"{_B}энергопотреблени{_W}", "energy consumption"),
    (rf"{_B}(?:один|одна|одно)\s+(?=стоит|обходится)", "one "),
    (rf"{_B}(?:одна\s+карта|один\s+gpu|одна\s+видеокарта)\s+(?=стоит|обходится)", "a card "),
    (rf"{_B}умножаем\s+на{_E}|{_B}умножить\s+на{_E}", "multiply by"),
    (rf"{_B}(?:утилизаци{_W}|загрузк{_W})\s+(?:хотим\s+)?не\s+(?:выше|больше){_E}", "utilization at most"),
    (rf"{_B}не\s+(?:выше|больше|более){_E}", "at most"), (rf"{_B}в\s+пике{_E}", "at peak"),
    (rf"{_B}из\s+них{_E}", "of which"), (rf"{_B}(?:уйд[её]т|пойд[её]т)\s+на{_E}", "goes to"),
    (rf"{_B}в\s+сумме{_E}|{_B}суммарно{_E}|{_B}всего{_E}|{_B}итого{_E}", "total"),
    (r"\bстойка\s+(?=[~≈$€£\d])", "a rack costs "), (r"\bсервер\s+(?=[~≈$€£\d])", "a server costs "),
    (rf"{_B}за\s+год{_E}(?!\s*(?:за|на)\s)", "in a year"),
    (rf"{_B}к\s+концу\s+года{_E}|{_B}до\s+конца\s+года{_E}", "by the end of the year"),
    (r"\bна\s+(?=\d+\s*(?:месяц|недел|дн|дня|день|сут|год|лет|час))", "for "),
    (r"\bна\s+(?=[~≈]?\s*\d[\d\s,.]*\s*(?:тыс\.?|млн|млрд|трлн|k|thousand|million|billion|trillion)?\s*"
     r"(?:токен|запрос|tokens))", "per "),
    (r"\bза\s+(?=[~≈]?\s*[$€£]\s*\d)", "at "),
    (r"\bза\s+(?=[€$£]|гб|гиг|квт|1\s*млн|миллион)", "per "),
    (r"\bна\s+(?:одну|один|одной|одна)\s+(?=[a-z])", "per "),
    (r"(?<![\w])с\s+(?=[a-z])", "with "),
    # numerals before what they count ("на восьми A100", "две ноды")
    *((rf"{_B}(?:{w}){_E}(?=\s+(?:[a-z]|карт|видеокарт|сервер|нод|узл|стой|gpu|чип))", d)
      for w, d in _NUMERALS),
    # who is counted
    (rf"{_B}юзер{_W}|{_B}пользовател{_W}|{_B}потребител{_W}|{_B}клиент{_W}|{_B}абонент{_W}", "users"),
    (rf"{_B}аудитори{_W}", "users"),
    (rf"{_B}разработчик{_W}", "developers"), (rf"{_B}сотрудник{_W}", "employees"),
    (rf"{_B}филиал{_W}|{_B}отделени{_W}|{_B}азс{_E}|{_B}магазин{_W}", "sites"),
    # periods ("1 990 ₽ в месяц": an amount's period said after its currency, as "/month")
    (rf"({_RUB}|\$|€|{_B}доллар{_W}|{_B}евро)\s+(?:в|за)\s+месяц{_E}", r"\1/month"),
    (rf"({_RUB}|\$|€|{_B}доллар{_W}|{_B}евро)\s+(?:в|за)\s+(?:день|сутки){_E}", r"\1/day"),
    (rf"{_B}(?:в|на|за)\s+(?:день|сутки){_E}|{_B}ежедневно{_E}|{_B}каждый\s+день{_E}|/\s*сутки{_E}",
     "per day"),
    # ("на месяц", "на неделю": for so long; "в месяц": each month)
    (rf"{_B}на(\s+)месяц{_E}", r"for\1a month"), (rf"{_B}на(\s+)неделю{_E}", r"for\1a week"),
    (rf"{_B}на(\s+)год{_E}", r"for\1a year"),
    (rf"{_B}(?:в|за)\s+месяц{_E}|{_B}ежемесячно{_E}|{_B}каждый\s+месяц{_E}", "per month"),
    (rf"{_B}в\s+год{_E}|{_B}ежегодно{_E}|{_B}каждый\s+год{_E}", "per year"),
    (rf"{_B}(?:в|на|за)\s+час{_E}|{_B}ежечасно{_E}", "per hour"),
    (rf"{_B}(?:в|за)\s+минуту{_E}", "per minute"),
    (rf"{_B}(?:в|за)\s+неделю{_E}|{_B}еженедельно{_E}", "per week"),
    (rf"(?<=/)\s*(?:gpu|гпу)?\s*[·*-]?\s*(?:час|ч)\.?{_E}", "hr"),
    (rf"(?<=/)\s*(?:чип|карт[ау]?)\s*[·*-]?\s*(?:час|ч)\.?{_E}", "chip-hr"),
    (rf"(?<=/)\s*(?:с|сек)\.?{_E}", "s"),
    (rf"(?<=\d)(\s*)(?:сек|с)\.?{_E}(?=\s*(?:[^\w\s(]|$)|\s+[иа]\s)", r"\1s"),
    (rf"{_B}(?:в|за|на)\s+секунду{_E}", "per second"),
    (rf"{_B}gpu[-\s]?час{_W}|{_B}гпу[-\s]?час{_W}", "gpu-hours"),
    (rf"{_B}gpu[-\s]?(?:год|года|лет){_E}", "gpu-years"),
    (rf"{_B}чип[-\s]?час{_W}", "chip-hour"),
    (rf"(?<=\d)(\s*)(?:дней|дня|день|суток|сутки){_E}", r"\1days"), (rf"(?<=\d)(\s*)недел{_W}", r"\1weeks"),
    (rf"(?<=\d)(\s*)месяц{_W}", r"\1months"), (rf"(?<=\d)(\s*)(?:лет|года|год){_E}", r"\1years"),
    (rf"(?<=\d)(\s*)час{_W}", r"\1hours"), (rf"(?<=\d)(\s*)мин{_W}\.?", r"\1min"),
    (r"\bза\s+(?=\d+\s*(?:days|weeks|months|years|hours))|\bчерез\s+(?=\d)", "in "),
    (rf"{_B}сейчас{_E}|{_B}сегодня{_E}|{_B}на\s+сегодня{_E}", "today"),
    # what is counted
    (rf"{_B}входн{_W}\s+токен{_W}|{_B}токен{_W}\s+(?:на\s+)?вход{_W}", "input tokens"),
    (rf"{_B}выходн{_W}\s+токен{_W}|{_B}токен{_W}\s+(?:на\s+)?выход{_W}", "output tokens"),
    (rf"{_B}токен{_W}\s+ответа{_E}", "output tokens"),
    (rf"{_B}входн{_W}(?=\s+(?:и|в|за|на|,|\)|\.))", "input tokens"),
    (rf"{_B}входн{_W}|{_B}вход{_E}|{_B}входа{_E}|{_B}на\s+входе{_E}", "input"),
    (rf"{_B}выходн{_W}|{_B}выход{_E}|{_B}выхода{_E}|{_B}на\s+выходе{_E}", "output"),
    (rf"{_B}токен{_W}|{_B}ток(?=/)", "tokens"), (rf"{_B}запрос{_W}", "requests"),
    (rf"{_B}заявк{_W}", "requests"),
    (rf"{_B}обращени{_W}|{_B}тикет{_W}", "tickets"), (rf"{_B}вопрос{_W}", "questions"),
    (rf"{_B}сообщени{_W}", "messages"), (rf"{_B}слов{_E}|{_B}слова{_E}|{_B}слово{_E}", "words"),
    (rf"{_B}ответ{_W}", "answer"), (rf"{_B}промпт{_W}", "prompt"), (rf"{_B}диалог{_W}", "conversations"),
    (rf"{_B}параметр{_W}", "parameters"),
    (rf"{_B}за\s+(?:карту|штуку|чип|gpu){_E}", "each"),
    (rf"{_B}на\s+(?:карту|gpu|видеокарту){_E}", "per gpu"),
    (rf"{_B}на\s+реплику{_E}", "per replica"), (rf"{_B}за\s+сервер{_E}|{_B}на\s+сервер{_E}", "per server"),
    (rf"{_B}на\s+(?:всю\s+)?(?:ноду|узел){_E}", "per node"),
    (rf"{_B}(?:видео)?карт{_W}", "cards"), (rf"(?<=\d)(\s*)(?:штук{_W}|шт\.?)(?=\s*[a-z])", r"\1x"),
    (rf"(?<=\d)(\s*)(?:штук{_W}|шт\.?)", r"\1cards"), (rf"{_B}штук{_W}", "units"),
    (rf"{_B}сервер{_W}", "servers"), (rf"{_B}нод{_W}|{_B}узл{_W}|{_B}узел{_E}", "nodes"),
    (rf"{_B}стойк{_W}|{_B}стоек{_E}", "racks"),
    (rf"{_B}реплик{_W}", "replicas"), (rf"{_B}эпох{_W}", "epochs"),
    (rf"{_B}прогон{_W}|{_B}запуск{_W}", "runs"), (rf"{_B}чип{_W}", "chips"),
    (rf"{_B}кластер{_W}", "cluster"), (rf"{_B}модел{_W}", "model"),
    (rf"{_B}ускорител{_W}", "accelerators"),
    (r"(with\s+\d+\s+(?:cards|gpus?|chips|accelerators|[a-z]{1,3}\d+[a-z]*(?![\w.])))(?!\s+each)",
     r"\1 each"),
    # hedges
    (rf"(?:{_B}примерно|{_B}около|{_B}где-то|{_B}порядка|{_B}приблизительно|{_B}типа){_E}\s*(?=[~≈$€£\d])",
     "about "),
    (rf"{_B}в\s+среднем{_E}", "average"), (rf"{_B}кажд{_W}", "each"),
    # money, scale, measurements
    (rf"{_B}за\s+миллион{_E}", "per million"), (rf"{_B}миллион{_W}", "million"),
    (rf"{_B}в\s+(?:рублях|руб\.?){_E}", "in RUB"),
    (rf"(?<=\d)(\s*){_RUB}|{_RUB}", r"\1RUB"),
    (rf"{_B}в\s+долларах{_E}", "in USD"), (rf"{_B}в\s+евро{_E}", "in EUR"),
    (rf"{_B}по\s+курсу(?:\s+цб)?{_E}|{_B}курс{_W}(?:\s+цб)?{_E}", "rate"),
    (rf"{_B}евро{_E}", "EUR"), (rf"{_B}доллар{_W}|{_B}бакс{_W}", "dollars"),
    (rf"{_B}юан{_W}", "yuan"),
    (rf"{_B}аренд{_W}|{_B}арендовать{_E}|{_B}арендуем{_E}", "rent"),
    (rf"{_B}купить{_E}|{_B}покупаем{_E}|{_B}купим{_E}|{_B}закупить{_E}", "buy"),
    (rf"{_B}бюджет{_W}", "budget"), (rf"{_B}скидк{_W}", "discount"),
    (rf"{_B}цен[аеуы]{_E}|{_B}прайс{_E}|{_B}ценам{_E}", "price"),
    (rf"{_B}(?:на|за)\s+свет{_E}|{_B}электричеств{_W}|{_B}электроэнерги{_W}|{_B}энерги{_W}", "electricity"),
    (rf"{_B}стоит{_E}|{_B}стоят{_E}", "costs"), (rf"{_B}утилизаци{_W}|{_B}загрузк{_W}", "utilization"),
    (r"квт\s*[·*⋅.]?\s*ч(?:ас)?", "kWh"), (r"мвт\s*[·*⋅.]?\s*ч(?:ас)?", "MWh"),
    (r"(?<=\d)(\s*)мвт", r"\1MW"), (r"(?<=\d)(\s*)квт", r"\1kW"), (rf"{_B}мегаватт{_W}", "MW"),
    (rf"(?<=\d)(\s*)вт{_E}", r"\1watts"), (rf"{_B}гб{_E}|{_B}гиг{_W}", "GB"), (rf"{_B}тб{_E}", "TB"),
    (rf"(?<=\d)(\s*)мс{_E}", r"\1ms"), (rf"(?<=\d)(\s*)дж{_E}", r"\1joules"),
    (rf"(?<=\d)(\s*)мва{_E}", r"\1MVA"), (rf"{_B}cos\s*(?:φ|ϕ|ф|фи|phi){_E}", "power factor"),
    (rf"{_B}цод{_W}", "datacenter"),
    (rf"{_B}флопс{_W}", "flops"),
    # what is asked and done
    (rf"{_B}нужн{_W}|{_B}надо{_E}|{_B}понадоб{_W}|{_B}потребуется{_E}|{_B}закладыва{_W}", "needed"),
    (rf"{_B}хватит{_E}|{_B}хватает{_E}", "enough"),
    (rf"{_B}(?:пред|до)?обучени{_W}|{_B}(?:пред|до)?обуч(?:ить|али|аем|им|ат){_E}|{_B}трениров{_W}|"
     rf"{_B}учить{_E}|{_B}файнтюн{_W}", "training"),
    (rf"{_B}займ[её]т{_E}|{_B}занимает{_E}|{_B}займут{_E}", "takes"),
    (rf"{_B}ш[её]л{_E}|{_B}длился{_E}", "took"),
    (rf"{_B}утвержда{_W}|{_B}заявля{_W}|{_B}обеща{_W}|{_B}говорит{_E}", "claims"),
    (rf"{_B}сравняться{_E}|{_B}догнать{_E}", "match"),
    (r"\bпо\s+(?=[~≈$€£]|\d)", "at "), (r"\bна\s+(?=[~≈]?\s*\d)", "on "),
    (rf"\bна\s+(?=(?:[a-z]{{1,6}}[- ]?\d|h\d|gpu|cards){_E})", "on "),
    (r"(?<![\w])с\s+(?=\d)", "from "), (r"\bдо\s+(?=[~≈$€£\d])", "to "),
    (r"\bпод\s+(?=\d)", "for "), (rf"{_B}для{_E}|{_B}под{_E}", "for"), (rf"{_B}если{_E}", "if"),
    (rf"{_B}при{_E}", "at"),
    (r"(?<=\s)и(?=\s)", "and"), (r"(?<=\s)или(?=\s)", "or"), (r"(?<=\s)в(?=\s+[a-z])", "in"),
]
_RU_COMPILED = [(rx.compile(p, re.IGNORECASE), to) for p, to in _RU_REWRITES]


def russian_words_said(text: str) -> bool:
    """An English message shows a Russian word written in Latin letters beside a number."""
    return _LATIN.search(text) is not None


def russian_words_in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with those words in English (calc/script.rewrite)."""
    return rewrite(text, pos, _LATIN_REWRITES)


def said_in_russian(text: str) -> bool:
    """The message shows Cyrillic letters (Russian words in it, or a question in a language written in
    Cyrillic: its decimal comma and the scale words read)."""
    return _CYRILLIC.search(text) is not None


def in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text with its Russian quantity words in English, with the position in the source of each character
    (calc/script.rewrite)."""
    return rewrite(text, pos, _COMPILED)


def written_in_russian(text: str) -> bool:
    """The message is written in Russian: most of its letters Cyrillic, a letter or word only Russian has,
    none only Ukrainian, Belarusian, Bulgarian, Serbian or Kazakh has."""
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    return cyrillic > len(_LATIN_LETTER.findall(text)) and _RUSSIAN.search(text) is not None \
        and _OTHER.search(text) is None


def russian_in_english(text: str, pos: Sequence[int]) -> tuple[str, list[int]]:
    """The text of a question written in Russian with its quantity words in English, with the position in the
    source of each character (calc/script.rewrite)."""
    return rewrite(text, pos, _RU_COMPILED)
