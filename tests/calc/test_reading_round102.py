"""Round 102 (Chinese e-commerce and livestreaming engineers, bitcoin miners turned AI hosts, Iranian engineers in
Finglish and Persian, and sealed sets from Chinese sell-side analysts, tech journalists and Québécois engineers):
Persian read (calc/persian: "chand ta", "har user roozi 12 ta payam", "saati $2.69 har kart", "dollar 92 hezar
toman", "۳۰۰ هزار کاربر روزانه"), toman and rial at their rates; Canada's dollars no longer read as US dollars
("4,50 $ CA de l'heure", "1 $ US = 1,38 $ CA", "au taux de 1,37" beside "en dollars canadiens"), French
"billions" a million millions; a fleet's daily revenue at a token price; a count said to fit a power
("our 100 MW campus will house ~70k H100"); node counts at places ("12 of our mining sites"); "we have 256."
after the card; a compute grown by a multiple; "12 free racks"; a hashprice no card's price."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Persian
    ("ye chatbot darim ba Llama 3.1 8B, hodud 150k DAU, har user roozi 10 ta payam. chand ta L4 lazem darim?",
     {"users": 150000, "queries_per_user": 10}),
    ("az Lambda 8 ta H100 SXM ejare mikonim, saati $2.5 har kart, 30 rooz. chand toman mishe? dollar 90 hezar toman.",
     {"rent_usd_per_hour": 2.5, "local_per_usd": 90000, "gpus": 8}),
    ("budget-e ma 20 milyard toman-e, har dollar ~ 90,000 toman. chand ta H200 mishe kharid age har kodum $32k bashe?",
     {"budget_usd": 2e10 / 90000}),
    ("bargh-e sanati kilowatt saati 3,000 toman-e, dollar 100k. 32 ta H100 ba 700W, mahane chand dollar bargh?",
     {"electricity_usd_per_kwh": 0.03, "gpus": 32}),
    ("user-hamoon har 6 mah do barabar mishe, alan 20 hezar DAU darim. 12 mah dige chand ta L40S lazem darim?",
     {"doubling_months": 6, "users": 20000}),
    ("برای ۲۰۰ هزار کاربر روزانه با Llama 3.1 8B چند تا L4 لازمه؟ هر کاربر روزی ۵ تا سوال", {"users": 2e5}),
    ("age HBM gigi $10 bashe, H100 ke 80GB dare, faghat HBM-esh chand dollar mishe? baraye 16 ta kart chi?",
     {"hbm_usd_per_gb": 10, "gpus": 16}),
    ("har node-e ma 8x H100 ba Llama 3.1 70B hodud 6,000 tok/s mide. roozi 2B token output darim. chand ta node?",
     {"observed_tokens_per_s_per_server": 6000}),
    # Canada's dollars, French billions
    ("On loue des A100 à 2,80 $ CA de l'heure (1 $ US = 1,40 $ CA). Combien pour 10 000 heures-GPU en USD?",
     {"rent_usd_per_hour": 2.0, "local_per_usd": 1.4}),
    ("Budget de 14 M$ CA, des serveurs DGX H100 à 500 000 $ CA pièce, taux à 1,40 $ CA pour 1 $ US. Combien?",
     {"local_per_usd": 1.4, "budget_usd": 1e7}),
    ("7B from scratch sur 2T tokens, H100 loués à 2,90 $ US/h, MFU de 40 %. Combien en dollars canadiens au taux "
     "de 1,38?", {"local_per_usd": 1.38}),
    ("Pour entraîner un modèle de 13 milliards de params sur 3 billions de tokens avec 1 024 H100 SXM à 40 % MFU?",
     {"train_tokens": 3e12}),
    ("On a 10 M$ CA de budget, la moitié sur les GPU. Des H100 SXM à 40 000 $ CA chaque, taux 1,38 $ CA/$ US.",
     {"budget_share": 0.5}),
    ("Nos usagers doublent à tous les 6 mois. On est à 50 000 DAU; dans 12 mois combien de L4 avec Llama 3 8B?",
     {"doubling_months": 6}),
    # miners, fleets at a token price, claims of a count on a power
    ("inference at 20 of our hosting sites, 8 L40S per site, Llama 3.1 8B. concurrent users at 30 ms/token?",
     {"servers": 20}),
    ("a paper used 100 GPU-years of A100 80GB. how many days on H100 SXM? we have 512.", {"gpus": 512}),
    ("if our training compute grows 5x (now 1e22 FLOPs), how many days on 64 H100 SXM? MFU 40%.",
     {"train_flops": 5e22}),
    ("we have 20 free racks, 30 kW limit per rack. how many DGX H100 fit?", {"racks": 20}),
    ("site in Quebec, 10 MW, power at 6 CAD cents/kWh (1 USD = 1.35 CAD), H100 SXM at 1 kW each all-in: yearly "
     "power in USD?", {"electricity_usd_per_kwh": 0.06 / 1.35}),
    ("ser, one GB200 NVL72 rack is like $3.5M right? how many can we buy with the $700M raise?",
     {"server_price_usd": 3.5e6, "budget_usd": 7e8}),
    # journalists: a figure in quotes, a share in words, every so many requests, money to spend in yen or riyals
    ("The startup raised $900M and says 'about two-thirds' will go to compute. At ~$30,000 per H100, how many?",
     {"budget_share": 2 / 3}),
    ("what does every 1,000 requests cost on a rented L40S at $1.10/hr, Llama 3.1 8B, 1,000 tokens in and 200 out?",
     {"per_requests": 1000}),
    ("A firm announced a 50 billion yen investment in B200s. At 150 yen to the dollar and ~$40,000 per GPU, how "
     "many?", {"budget_usd": 50e9 / 150}),
    ("They plan to spend SAR 10 billion on GB200 NVL72 racks at about $3.5 million each (1 USD = 3.75 SAR).",
     {"budget_usd": 10e9 / 3.75}),
    ("800 million weekly users; daily actives are roughly a third of that, 8 prompts a day each. average qps?",
     {"dau_per_wau": 0.333}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round102_readings(q, expect):
    assert_params(q, expect)


def test_a_stated_fleet_at_a_token_price_earns_its_days_output():
    res = compute(parse("we host Mixtral 8x7B on 128 H100s in fp8, sold at $0.50 per million tokens: daily revenue?"))
    tpd = fig(res, "tokens_per_day")
    assert fig(res, "revenue_per_day_usd") == pytest.approx(tpd / 1e6 * 0.5) and not res.unused


def test_a_count_said_to_fit_a_power_is_checked():
    res = compute(parse("the press release says their 150 MW campus will house ~100k B200s. At 1.5 kW per GPU and "
                        "PUE 1.2, is that even close?"))
    assert fig(res, "gpus") == pytest.approx(150e6 / 1500 / 1.2, rel=0.01) and not res.unused


def test_a_hashprice_is_no_cards_price():
    req = parse("hashprice at $50/PH/day, our 20 MW site, H100s leased at $2/hr, 1,300 W per GPU all-in: revenue?")
    assert "price_usd" not in req.params and req.params["power_mw"] == pytest.approx(20)
