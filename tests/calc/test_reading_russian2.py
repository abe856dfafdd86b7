"""Questions written wholly in Russian (calc/russian's reader of a Russian message): the words that carry a
quantity's meaning in all their cases ("пользователей", "запросов в сутки", "на карту", "видеокарт",
"серверов", "за час"), the chat's slang ("2 ляма", "3 ярда", "16 тыщ", "2к"), decimal commas and space
thousands, rubles at a stated rate ("курс 92", "1 $ = 92 ₽", "95 ₽ за доллар") and named unconverted without
one; and the guards: Ukrainian, Bulgarian and Serbian messages and English ones with a Russian word or two
are never read as Russian."""

from __future__ import annotations

import pytest

from calc import compute, parse
from calc.russian import written_in_russian
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # chat tone, slang scales, inflected counts
    ("народ, сколько H100 надо под 2 ляма DAU, по 8 запросов на пользователя в сутки, промпт 900 токенов, "
     "ответ 300 токенов, Llama 3.1 70B?",
     {"users": 2e6, "queries_per_user": 8, "input_tokens": 900, "output_tokens": 300}),
    ("ребят, сколько видеокарт H100 понадобится на 50 тыс. пользователей, каждый по 20 запросов в день, "
     "ответы по 500 токенов, модель Llama 3.1 8B?",
     {"users": 5e4, "queries_per_user": 20, "output_tokens": 500}),
    ("Каждый пользователь отправляет 15 сообщений в день, пользователей 80 тыс., Llama 3 8B на L4. Сколько "
     "видеокарт?", {"users": 8e4, "queries_per_user": 15}),
    ("Нагрузка 30 запросов в секунду, вход 2 тыс. токенов, выход 500 токенов, Llama 3.1 70B на H200 — "
     "сколько карт?", {"qps": 30, "input_tokens": 2000, "output_tokens": 500}),
    ("Сколько карт L40S нужно под 120 запросов в минуту на Llama 3.1 8B?", {"qps": 2}),
    ("Пиковая нагрузка в 3 раза выше средней, 1 млн DAU, по 5 запросов в день, Llama 3 8B на L4. Сколько "
     "карт?", {"peak_factor": 3, "users": 1e6, "queries_per_user": 5}),
    ("Сколько реплик Llama 3.1 70B на H100 с TP4 надо на 150 rps при пике x3?",
     {"tensor_parallel": 4, "qps": 150, "peak_factor": 3}),
    ("Сколько H100 нужно для 2 000 одновременных сессий на Llama 3.1 70B?", {"concurrent_users": 2000}),
    ("скока карт H100 нужно под 5к одновременных юзеров на Llama 3.1 70B?", {"concurrent_users": 5000}),
    ("У нас 2 млн пользователей в месяц, из них 20% заходят каждый день, по 5 запросов. Llama 3.1 8B на L4, "
     "сколько карт?", {"users": 2e6, "dau_per_mau": 0.2, "queries_per_user": 5}),
    ("Сколько H100 нужно, чтобы обслужить 1 млн пользователей в месяц по 30 запросов в месяц, Llama 3 8B?",
     {"users": 1e6, "queries_per_user": pytest.approx(30 / 30.4375)}),
    ("Сервис на Llama 3.1 8B, 500 RPS, вход 800 токенов, выход 200, целевая загрузка 60%. Сколько H100?",
     {"qps": 500, "utilization": 0.6}),
    ("У нас 150 тыс. MAU, DAU/MAU около 30%, каждый активный юзер делает 6 запросов в день. Сколько L4?",
     {"users": 1.5e5, "dau_per_mau": 0.3, "queries_per_user": 6}),
    ("Растём на 150% в год, сейчас 300 тыс. DAU, 10 запросов в день на юзера. Сколько H100 понадобится через "
     "12 месяцев?", {"growth_rate_year": 1.5, "period_months": 12}),
    ("Аудитория удваивается каждые 6 месяцев, сейчас 200 тыс. DAU. Когда дойдём до 2 млн?",
     {"doubling_months": 6, "users_to": 2e6}),
    ("Чат-бот для 500 тыс. DAU, по 4 вопроса в день, ответ в среднем 200 слов (считаем 0,8 слова на токен), "
     "Llama 3 8B на L4 — сколько карт?", {"queries_per_user": 4, "tokens_per_word": 1.25}),
    # training, formal tone
    ("Коллеги, оцените длительность обучения модели на 30 млрд параметров на 1,5 трлн токенов на 1024 GPU "
     "H100 при MFU 40%.", {"params": 3e10, "train_tokens": 1.5e12, "gpus": 1024, "mfu": 0.4}),
    ("Файнтюн Mistral 7B: датасет 500 млн токенов, 2 эпохи, на 16 шт. H100, MFU 30%. Сколько часов?",
     {"train_tokens": 5e8, "epochs": 2, "gpus": 16}),
    ("Обучение шло 20 дней на 512 картах A100. Сколько дней займёт на 512 H100?",
     {"days": 20, "from_gpus": 512, "from_accelerator": "a100_sxm_80gb"}),
    ("Прошлый прогон: 10 дней на 128 картах A100 80GB. Теперь переезжаем на 128 шт. H100 SXM и ожидаем MFU "
     "выше на 6 п.п. Сколько займёт?", {"mfu_gain_points": 0.06, "gpus": 128}),
    ("Сейчас MFU 30%, рассчитываем поднять до 45%. Сколько сэкономим на обучении модели 8B на 15T токенов на "
     "H100 по 2,5 $/ч?", {"mfu": 0.3, "mfu_to": 0.45, "rent_usd_per_hour": 2.5}),
    ("Замерили 12 тыс. токенов/с на всю ноду DGX H100 на Llama 3 70B. Сколько нод под 3 млрд токенов в день?",
     {"observed_tokens_per_s_per_server": 12000, "tokens_per_day": 3e9}),
    ("Развернули 6 реплик Llama 3.1 70B, каждая на TP=4 на H100. Каждая держит 32 параллельных запроса. "
     "Сколько пользователей одновременно потянем?", {"replicas": 6, "batch_per_replica": 32}),
    # money: dollars, euros, rubles at a stated rate
    ("Сколько будет стоить аренда 32 шт. A100 на 2 недели, если просят 250 ₽ за GPU-час? "
     "Курс 95 ₽ за доллар.",
     {"gpus": 32, "days": 14, "local_per_usd": 95, "rent_usd_per_hour": pytest.approx(250 / 95)}),
    ("Бюджет 800 млн руб., курс 92. Сколько H100 купим, если одна карта стоит 28 тыс. $?",
     {"budget_usd": pytest.approx(8e8 / 92), "price_usd": 28000}),
    ("ребят, у нас 2 ярда рублей на железо, курс 90. половину на GPU. это сколько GB200 NVL72 стоек?",
     {"budget_usd": pytest.approx(2e9 / 90), "budget_share": 0.5}),
    ("Сколько стоит аренда 8 серверов по 8 H100 на неделю по 2,2 $ за GPU-час?",
     {"servers": 8, "gpus_per_server": 8, "days": 7, "rent_usd_per_hour": 2.2}),
    ("Нужно 64 видеокарты H100 на 3 месяца, аренда 2 доллара в час за карту. Сколько выйдет?",
     {"gpus": 64, "rent_usd_per_hour": 2}),
    ("TPU v5e по 1,2 $/чип·ч, нужно 128 чипов на 3 недели. Сколько это в рублях, курс 1 $ = 92 ₽?",
     {"rent_usd_per_hour": 1.2, "gpus": 128, "local_per_usd": 92}),
    ("Кластер 256 карт H100, 1 кВт на карту с сервером, PUE 1,2, тариф 5 руб./кВт·ч, курс 90. Сколько стоит "
     "свет в месяц?", {"watts_per_gpu": 1000, "electricity_usd_per_kwh": pytest.approx(5 / 90)}),
    ("У провайдера 20 ₽ за 1 млн входных и 80 ₽ за 1 млн выходных токенов (курс 90). У нас 500 млн входных и "
     "100 млн выходных в день. Дешевле своё на 8 картах H100 по 2 $/час?",
     {"usd_per_million_tokens": pytest.approx(80 / 90), "local_per_usd": 90, "input_tokens_per_day": 5e8,
      "tokens_per_day": 1e8}),
    ("Поставщик предлагает DGX H100 за 300 000 € за сервер, курс 1,1 $ за евро. Нужно 8 серверов. Сколько в "
     "долларах?", {"server_price_usd": 330000, "fx_rate": 1.1, "servers": 8}),
    ("Цена карты 30 тыс. долларов, бюджет 3 млн долларов. Сколько карт H100 купим?",
     {"price_usd": 30000, "budget_usd": 3e6}),
    ("Бюджет 4 млн $, на сеть и серверы закладываем ещё +30%. Сколько H100 по 25 тыс. $ за карту?",
     {"budget_usd": 4e6, "all_in_multiple": 1.3, "price_usd": 25000}),
    ("Скидка 10% на DGX H100 при цене 350 тыс. $ за штуку. Сколько будут стоить 4 сервера?",
     {"discount": 0.1, "server_price_usd": 350000, "servers": 4}),
    ("сколько стоит 1к запросов на Llama 3.1 70B на 4 H100 по $2/ч, если вход 2к, выход 400 токенов?",
     {"per_requests": 1000, "input_tokens": 2000, "output_tokens": 400, "rent_usd_per_hour": 2}),
    ("Для BLOOM 176B заявляют ~100 GPU-лет на A100 80GB. Сколько это в долларах при 1,5 $/ч?",
     {"rent_usd_per_hour": 1.5}),
    # power
    ("Стойки по 40 кВт, свободно 10 стоек. Сколько серверов HGX H100 по 10,2 кВт поставим?",
     {"server_power_cap_w": 40000, "racks": 10, "watts_per_server": 10200}),
    ("Подводим 3 МВА, cos φ 0,9, PUE 1,3. Сколько узлов HGX H100 по 10,2 кВт запитаем?", {"pue": 1.3}),
    ("Сколько кВт·ч на 1 млн токенов при 0,7 кВт на карту и 2 500 ток/с на карту?",
     {"per_tokens": 1e6, "watts_per_gpu": 700, "observed_tokens_per_s_per_gpu": 2500}),
    ("Инференс на B200 ~0,4 Дж на токен, генерим 5 млрд токенов в день. Сколько МВт·ч в месяц?",
     {"joules_per_token": 0.4, "tokens_per_day": 5e9}),
    # guards: Ukrainian, Bulgarian and Serbian read by their own readers, as before
    ("Скільки H100 треба під 2 млн DAU, по 10 запитів на користувача на день, Llama 3.1 8B?",
     {"users": 2e6, "queries_per_user": 10}),
    ("Орендуємо A100 по 90 грн/год, 32 карти на 2 тижні, курс 41,5. Скільки це в доларах?",
     {"gpus": 32, "days": 14, "local_per_usd": 41.5}),
    ("Колко карти H100 ни трябват за 500 хиляди потребители на ден, по 8 заявки на човек, Llama 3.1 8B?",
     {"users": 5e5, "queries_per_user": 8}),
    ("Бюджетът е 2 милиона лева, 1 USD = 1,80 лв. Колко H100 можем да купим по 30 000 долара?",
     {"local_per_usd": 1.8, "price_usd": 30000}),
    ("Колико картица H100 треба за 300 хиљада корисника дневно, Llama 3.1 8B?", {"users": 3e5}),
    # (English with Russian words, calc/russian's other reader)
    ("hi, 1,2 млн DAU, примерно 4 questions per user в сутки, Llama 3.1 8B on L4, how many cards?",
     {"users": 1.2e6, "queries_per_user": 4}),
])
def test_russian_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q,russian", [
    ("Сколько H100 нужно под 3 млн DAU?", True),
    ("оцените длительность обучения модели на 13 млрд параметров на 512 GPU A100", True),
    ("Кластер 2048 карт B200, PUE 1,25, тариф 6,5 руб./кВт·ч", True),
    ("Скільки H100 треба під 2 млн DAU?", False),
    ("Колко карти H100 ни трябват за 500 хиляди потребители на ден?", False),
    ("Обучение на модел със 7 милиарда параметъра на 256 H100. Колко дни?", False),
    ("Колико картица H100 треба за 300 хиљада корисника дневно?", False),
    ("hi, 1,2 млн DAU, примерно 4 questions per user в сутки, how many H100 we need?", False),
])
def test_only_russian_is_read_as_russian(q, russian):
    assert written_in_russian(q.lower()) is russian


def test_rubles_with_no_rate_are_named_unconverted():
    res = compute(parse("Аренда 16 видеокарт A100 по 150 руб. за час на 10 дней. Сколько это будет стоить?"))
    assert [u.text for u in res.unused] == ["150 руб"]
    assert "rent_usd_per_hour" not in parse("Аренда 16 видеокарт A100 по 150 руб. за час на 10 дней.").given


def test_spans_are_quoted_as_written():
    req = parse("народ, сколько H100 надо под 2 ляма DAU, по 8 запросов на пользователя в сутки, "
                "Llama 3.1 70B?")
    said = {s.param: s.text for s in req.stated}
    assert said["users"] == "2 ляма DAU"
    assert said["queries_per_user"] == "8 запросов на пользователя в сутки"
