"""Round 100 (Chinese bank and insurer IT, Turkish founders' English, Brazilian founders' English, and sealed sets
from Chinese power-grid engineers, Japanese SIer engineers and US healthcare architects): Turkish words inside
English ("256 tane H100", "MFU %38", "200 bin users", "peak 4 kat", "dolar kuru 34,5", "kur 34"), lira at those
rates, a server's price named before it ("HGX H100 server: 14,5 milyon TL"), a subscription's monthly charge;
reais ("R$") at "dólar a R$ 5,45", "dollar at 5,2", "dólar 5,30", "por kWh", "por usuário por mês", "cada",
"1 ano"; Chinese "并发坐席数峰值约4.5k个", "预算只有50万够不够", "2个亿的AI专项"; "MFU comes in ~10 points
higher"; "daily is ~35% of that" (of the weekly users)."""

from __future__ import annotations

import pytest

from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("We will run 128 tane H100 SXM, 1.000 W per card with server share, electricity 3,0 TL per kWh, "
     "dolar kuru 35. Monthly bill in USD?", {"gpus": 128, "electricity_usd_per_kwh": 3 / 35, "local_per_usd": 35}),
    ("pretrain a 3B model on 100B tokens on 32 adet H100, assume MFU %40. How many days?",
     {"gpus": 32, "mfu": 0.4}),
    ("Call center assistant: 6 bin concurrent sessions, TPOT 60 ms, Llama 3.1 8B on L40S. How many GPUs?",
     {"concurrent_users": 6000}),
    ("IVR bot avg 200 requests per second, peak 3 kat, 400 in / 60 out, Qwen2.5 7B on L4", {"peak_factor": 3}),
    ("Offer for a DGX H100 server: 12 milyon TL + KDV (kur 35). Compare with renting at 2,9 $ per GPU-hour",
     {"server_price_usd": 12e6 / 35, "local_per_usd": 35}),
    ("Subscription is 199 TL/month, kur 35. Each user uses around 20 bin tokens günde, Llama 3.1 8B on H100 at 2 $/hr",
     {"usd_per_user_month": 199 / 35, "tokens_per_user_day": 20000}),
    ("a cloud in São Paulo charges R$ 18,00 per hour for H100 SXM, dólar a R$ 5,00. 32 GPUs for 30 dias, total?",
     {"rent_usd_per_hour": 3.6, "local_per_usd": 5}),
    ("Our colo charges R$ 0,80 por kWh (dollar at 5,0). 8 servers DGX H100 24/7, PUE 1,4. conta de luz por mês?",
     {"electricity_usd_per_kwh": 0.16, "local_per_usd": 5}),
    ("We raised R$ 40 milhões and half goes to GPUs. dólar 5,00. How many H100 SXM at US$ 25 mil each?",
     {"budget_usd": 8e6, "budget_share": 0.5}),
    ("we charge R$ 50,00 por usuário por mês, dollar at 5,0, 10.000 users, 20 queries a day, Llama 3 8B on L4",
     {"usd_per_user_month": 10}),
    ("demand doubles every 6 meses. From 20 H100 today, how many in 1 ano?", {"period_months": 12}),
    ("坐席辅助：并发坐席数峰值约3k个，模型Llama 3.1 8B，卡用L40S，每token 40ms，要多少张", {"concurrent_users": 3000}),
    ("租H800做微调，总共2万GPU小时，每卡每小时18元，一共多少钱？部门预算只有30万够不够", {"budget_cny": 3e5}),
    ("申请了1个亿的AI专项，其中六成用来买卡，H20单价按10万元，能买多少张", {"budget_cny": 1e8, "budget_share": 0.6}),
    ("our run took 10 days on 32 A100 80GB; moving to 32 H100 SXM and MFU comes in ~8 points higher, days?",
     {"mfu_gain_points": 0.08}),
    ("3M weekly active players, daily is ~30% of that, 10 chats a day, Llama 3 8B on L40S. how many?",
     {"dau_per_wau": 0.3}),
    # (after the sealed sets: Japanese growth to a count, a peak, sessions at once, one card's speed over another's,
    # the build as a multiple of the cards alone, the daily share of weekly users, the day said before the person)
    ("今のユーザー数は30万人ですが、来年までに300万人まで伸ばす計画です。1人1日5回、出力300トークン、Llama 3 8B、L4で何枚？",
     {"users": 3e5, "users_to": 3e6}),
    ("社員5千人、1人1日あたり出力3,000トークン、Llama 3 8BをL4で動かすと何枚？ピーク3倍で見てください。", {"peak_factor": 3}),
    ("同時に500セッション前後走る想定、Llama 3.1 8B、入力2,000トークン・出力200トークン。L40Sで何枚？",
     {"concurrent_users": 500}),
    ("全社の同時接続数は最大1,200程度、Llama 3 8BをL4で動かすと何枚？", {"concurrent_users": 1200}),
    ("H100を64枚使って30日かかるジョブ、B200はH100の2倍速いと言われてますが、B200も64枚に載せ替えたら何日？",
     {"speedup": 2, "from_accelerator": "h100_sxm", "accelerator": "b200"}),
    ("予算3億円でH200を何枚買えますか？1枚あたり500万円、ドル円150円。サーバー込みだとGPU単体の1.5倍で見てます。",
     {"all_in_multiple": 1.5}),
    ("WAU 50万人、DAUはWAUの40%くらい。1日1人あたり2会話、Llama 3 8BをL4で回すと何枚？",
     {"dau_per_wau": 0.4, "queries_per_user": 2}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round100_readings(q, expect):
    assert_params(q, expect)
