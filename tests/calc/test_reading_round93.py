"""Round 93 (Chinese AIGC, short-video and game studios in 飞书/钉钉 chats, Italian banks, manufacturers,
universities and public administration wholly in Italian, African founders and engineers on WhatsApp and X, and
sealed sets from Chinese university labs, Turkish engineers wholly in Turkish and North American enterprise
procurement): Italian "1,2 mln", "una decina/ventina/quindicina di", "un migliaio di", "modello da 7 miliardi di
parametri" (had been no model at all), "MFU del 40%", "picco di 3 volte la media", "raddoppia ogni 4 mesi", "va
1,5 volte più veloce", "un MFU più alto del 30%", "guadagnare 8 punti di MFU", "di cui un terzo attivi ogni
giorno", "nelle 350 filiali, ognuna con 2 schede", "risposte da 150", "sconto del 12%", "Cambio euro/dollaro
1,09", "5 volte la DRAM", "A prezzi 2023"; Chinese "聊个二三十句", "输出顶多150", "每天大概两万个剧本" (had been
tokens), "一千来集", "单卡每秒能出两千多token，这靠谱吗" (checked against one card); English "a 3B Swahili-English
model" (had been an unknown model), "Our colo … can only give us 120 kW" (a site's power, not a rack's limit),
"$5.50/hr vs $2.80/hr" beside a speed-up, "messages capped at 160 characters" (what is sent), and a budget
beside a power envelope (the fewer cards of the two)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Italian
    ("Siamo un'assicurazione con circa 800 mila clienti attivi al giorno. Ipotizziamo 3 domande a testa al giorno con "
     "Llama 3.1 8B su L40S, con un picco di 2 volte la media. Quante schede servono?",
     {"users": 8e5, "queries_per_user": 3, "peak_factor": 2}),
    ("Quanto tempo ci vuole per addestrare un modello da 13 miliardi di parametri su 1.000 miliardi di token con 128 "
     "GPU H100? MFU del 40%.", {"params": 13e9, "train_tokens": 1e12, "mfu": 0.4}),
    ("Il nostro ateneo ha 3 milioni di euro. Se ne spendiamo circa il 70% in GPU e le H100 costano 28.000 € l'una, "
     "quante ne portiamo a casa?", {"budget_share": 0.7}),
    ("Abbiamo 5.000 utenti e contiamo di arrivare a 50 mila entro 12 mesi. Ogni utente fa una decina di domande al "
     "giorno con Llama 3 8B su L4. Quante schede a fine periodo?", {"queries_per_user": 10, "users_to": 5e4}),
    ("Oggi facciamo 1 milione di richieste al giorno; se il traffico raddoppia ogni 6 mesi, fra 3 anni quante H100 "
     "servono per Llama 3 70B?", {"queries_per_day": 1e6, "doubling_months": 6, "period_months": 36}),
    ("Il nostro ultimo addestramento è durato 12 giorni su 16 schede A100 80GB. Con 16 GPU H100 SXM e un MFU più alto "
     "del 20%, quanto ci mettiamo?", {"mfu_gain": 0.2, "from_gpus": 16}),
    ("Il commerciale sostiene che la B200 va 2 volte più veloce. Il nostro run su H100 dura 20 giorni: con lo stesso "
     "numero di schede, su B200 quanti giorni?", {"speedup": 2, "days": 20}),
    ("Piattaforma interna: 60 mila utenti settimanali, di cui circa un terzo attivi ogni giorno, 5 domande a testa al "
     "giorno con Mistral 7B. Bastano due schede L40S?", {"dau_per_wau": 1 / 3, "gpus": 2}),
    ("Dobbiamo riassumere 10.000 pratiche al giorno, ciascuna di circa 2.000 parole, con riassunti di 150 parole. "
     "Contando 1,3 token per parola, quante L40S con Llama 3.1 8B?",
     {"queries_per_day": 1e4, "input_tokens": 2600, "output_tokens": 195}),
    ("Qwen2.5 7B nelle 200 filiali, ognuna con 2 schede L4. Quante richieste al secondo reggiamo con prompt da 800 "
     "token e risposte da 120?", {"sites": 200, "gpus_per_server": 2, "output_tokens": 120}),
    ("Faremo una ventina di esperimenti da 20 miliardi di token ciascuno su un modello da 1 miliardo di parametri, su "
     "H100 al 40% di MFU. Quante ore-GPU?", {"runs": 20, "params": 1e9}),
    ("Un preventivo per 2 server HGX H200 a 300.000 € l'uno, con uno sconto del 10%. Cambio euro/dollaro 1,08. Quanto "
     "in dollari?", {"discount": 0.1, "fx_rate": 1.08, "server_price_usd": 324000}),
    ("Se l'HBM costa circa 4 volte la DRAM e la DRAM sta a 3 $/GB, quanto vale la memoria di una H200 da 141 GB?",
     {"hbm_multiple": 4}),
    ("A prezzi 2022, quanto sarebbe costato un cluster da 512 GPU A100 80GB?", {"year": 2022}),
    # Chinese
    ("每个用户每天跟客服机器人聊个十几二十句，日活50万，每句输入500 token、输出顶多100，Llama 3.1 8B跑L40S要多少张？",
     {"queries_per_user": 20, "output_tokens": 100}),
    ("短视频配文案，每天三千来条，每条输出200 token，Qwen2.5 7B跑L4要几张？", {"queries_per_day": 3000}),
    ("AI剧本功能，一个剧本平均输出两千token，每天大概三万个剧本，Qwen2.5 72B部署在H20上要几张？",
     {"queries_per_day": 3e4, "output_tokens": 2000}),
    ("游戏NPC对话，每次回复约100个token，DAU 5万，每人每天40句，Mistral 7B跑L4要几张", {"queries_per_user": 40}),
    # English
    ("We want to pretrain a 1B Yoruba-English model on 200B tokens on rented H100s at $2.20/hr, MFU 35%. What's the "
     "bill?", {"params": 1e9, "train_tokens": 2e11}),
    ("Support chat: questions capped at 500 characters, about 4 characters per token, replies ~400 chars. 2M questions "
     "a day on Llama 3 8B with L4. How many cards?", {"input_tokens": 125, "output_tokens": 100}),
    # Turkish (after the sealed sets): suffixes after an apostrophe, the percent sign first, the thing a price is
    # per said first, Turkish training, growth, shares and rates
    ("Yaklaşık 5 bin çalışan, kişi başı günde 10 soru, ortalama 800 token'lık prompt ve 200 token'lık cevap. Llama 3.1 "
     "8B'yi L40S'lerle koşsak kaç GPU lazım? Pik saatte yük 2 katına çıkıyor.",
     {"users": 5000, "output_tokens": 200, "peak_factor": 2}),
    ("7 milyar parametreli bir model eğitmeyi planlıyoruz, yaklaşık 1 trilyon token'la. Elimizde 128 adet H100 var, "
     "%35 MFU'da eğitim kaç gün sürer?", {"params": 7e9, "train_tokens": 1e12, "gpus": 128}),
    ("Tedarikçi sunucu başı 300 bin dolar diyor, 2 adet DGX H100 alacağız. %10 indirim alırsak toplam kaça gelir?",
     {"server_price_usd": 3e5, "servers": 2}),
    ("Uygulamamız 100 bin günlük aktif kullanıcıda, her yıl %80 büyüyoruz. 2 yıl sonra kaç kullanıcıya ulaşırız?",
     {"growth_rate_year": 0.8, "period_months": 24}),
    ("Şu an 64 adet H100 ile %30 MFU'da koşuyoruz ve eğitim 20 gün sürüyor. MFU'yu %40'a çıkarırsak kaç güne iner?",
     {"gpus": 64, "mfu_to": 0.4}),
    ("L4'ün saati 0,8 dolar. Qwen2.5 7B ile 1.000 sorgu başına maliyet ne olur? Her sorgu 2.000 token bağlam + 200 "
     "token yanıt.", {"rent_usd_per_hour": 0.8, "per_requests": 1000}),
    ("Haftalık 1 milyon aktif kullanıcımız var, bunların yaklaşık %30'u her gün giriyor. Kişi başı günde 5 soru. Llama "
     "3.1 8B ile kaç L40S gerekir?", {"dau_per_wau": 0.3}),
    ("API'mize saniyede ortalama 80 istek geliyor, istek başına 500 token girdi ve 200 token çıktı var. Llama 3.1 8B'yi "
     "L40S'lerle sunmak için kaç GPU gerekir?", {"qps": 80, "input_tokens": 500, "output_tokens": 200}),
    ("Kabinlerimiz 15 kW ile sınırlı ve boşta 20 kabin var. DGX H100 sunucular ~10,2 kW çekiyor. Kaç sunucu "
     "koyabiliriz?", {"server_power_cap_w": 15000, "watts_per_server": 10200}),
    ("Testimizde L40S'lerde Llama 3 8B ile GPU başına saniyede 1.500 token çıktı aldık. Günde 2 milyar token üretmek "
     "için kaç GPU gerekir, pik faktörü 3 alalım.", {"tokens_per_day": 2e9, "peak_factor": 3,
                                                     "observed_tokens_per_s_per_gpu": 1500}),
    # (after the sealed sets, English: "of whom", a street price)
    ("The portal has 40K weekly users, about 30% of whom are active on a given day, 6 requests per user per day, "
     "Llama 3 8B on L4. How many?", {"dau_per_wau": 0.3}),
    ("Budget $3MM; approx. $30K street per GPU for H100 SXM. How many units?", {"price_usd": 30000}),
    # (a guard: passes before and after; a budget and a power envelope, both read)
    ("We have $20M and 5 MW. How many B200 can we get?", {"budget_usd": 2e7, "power_mw": 5}),
])
def test_round93_readings(q, expect):
    assert_params(q, expect)


def test_a_site_power_given_by_a_colo_is_the_sites_not_a_racks():
    # ("Our colo in Lekki can only give us 120 kW … At 10.2 kW per server": had been one rack's limit)
    res = compute(parse("Our colo can only give us 200 kW. At 10.2 kW per server, how many HGX H100 can we fit?"))
    assert fig(res, "servers") == int(200 / (10.2 * 1.3)) and "rack" not in res.headline


def test_two_rents_side_by_side_beside_a_speed_up_compare_the_runs():
    # ("is $5.50/hr vs $2.80/hr worth it?": the second rent had been unused)
    res = compute(parse("Our run takes 30 days on 128 H100s. B200 is 2.2x faster. Same GPU count: is $6/hr vs $3/hr "
                        "worth it?"))
    assert fig(res, "cost_per_card_after_usd") == pytest.approx(30 / 2.2 * 24 * 6)
    assert fig(res, "cost_per_card_before_usd") == pytest.approx(30 * 24 * 3)
    assert not res.unused


def test_a_budget_beside_a_power_envelope_buys_the_fewer_cards():
    # ("a budget of 10 million euros and 2 MW on site": the budget had been unused)
    res = compute(parse("We have $10M and 2 MW. How many B200 can we get?"))
    assert fig(res, "gpus") == fig(res, "gpus_budget_buys") < 2e6 / (1000 * 1.3) and "budget" in res.headline
    assert not res.unused
    res = compute(parse("We have $20M and 5 MW. How many B200 at $40k each can we get?"))
    assert fig(res, "gpus") == 500 and not res.unused


def test_a_per_card_rate_claimed_is_checked_against_one_card():
    # ("单卡每秒能出两千多token，这靠谱吗": had been compared with an 8-card server's rate)
    res = compute(parse("厂商吹说用L40S跑Llama 3.1 8B，单卡每秒能出八千token，这靠谱吗？"))
    per_card = fig(res, "tokens_per_s_per_gpu")
    assert fig(res, "claimed_claimed_value") == pytest.approx(8000 / per_card, rel=0.01)
