"""Round 92 (Chinese infrastructure engineers in WeChat groups, r/LocalLLaMA hobbyists, sell-side analysts in
English, and sealed sets from Taiwanese ODM and system-integrator staff in traditional characters, Australian
English, Brazilian and European Portuguese): "每个月翻一倍" (had been dropped), "并发高峰大概2w" (had been watts),
Taiwanese "DAU抓80萬", "峰值先抓3倍", "一張先抓3.5萬美元", "一個token抵1.5個字", "1 token約0.75個word",
"總共要做12組"; "a RMB10bn budget" and "Big-4 capex" (had been unknown names), "a mid-teens discount off the
~$3.9m list on GB200 NVL72", "doubling every 4-5 months", "¥150bn … At ¥150/$" and "¥6.2m a card … at 152 yen
to the US dollar" (had been yuan); Portuguese "biliões" (a million millions), "metade da grana vai pra GPU" (had
been dropped), "chegar em 5 milhões", "2,5x mais rápida que", "tá saindo por uns US$ 380 mil", "somando uns 30% a
mais", "utilizadores em simultâneo", "mil e quinhentos", "o euro a 1,10 dólar", "anos-GPU", "puxa 10,2 kW", "US$ 3
o GB", "MFU 20% melhor", "o DAU é mais ou menos 40% disso", "a preços de 2020", "50 mil SUs", "custo total 1,5x o
das placas"; and one server of a named box ("一台DGX H200大概40万美元", had been a card's price)."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


@pytest.mark.parametrize("q,expect", [
    # Chinese (simplified and traditional)
    ("现在日活20万，大概每个月翻一倍，每人每天15次，平均输出600 token，L40S跑Qwen2.5 7B，一年后要多少卡？",
     {"doubling_months": 1, "period_months": 12}),
    ("1000家门店，每店2张L4跑Qwen2.5 7B int8，并发高峰约1.5w，TTFT多少？", {"concurrent_users": 15000}),
    ("客戶要上客服機器人，DAU抓50萬，每人每天10次，input 1000 tokens、output 300 tokens，Llama 3.1 8B跑L40S，"
     "峰值先抓2倍，要幾張？", {"users": 5e5, "peak_factor": 2}),
    ("預算2億美元，六成花在GPU，H200一張先抓3萬美元，能買幾張？", {"price_usd": 30000, "budget_share": 0.6}),
    ("每天大概1億個中文字的回覆，一個token抵1.4個字，用H20跑Qwen2.5 7B要幾台？", {"tokens_per_character": 1 / 1.4}),
    ("每天大概2000萬個英文單字輸出，1 token約0.75個word，Llama 3.1 8B放L4要幾張？",
     {"tokens_per_word": 4 / 3, "tokens_per_day": 2e7 * 4 / 3}),
    ("調參實驗：Llama 3 8B，資料集20億token跑2個epoch，一共要做6組，用16張H100 SXM，MFU 40%，要幾天？",
     {"runs": 6, "epochs": 2, "train_tokens": 2e9}),
    ("DAU按60萬，每人每天8次，Llama 3.1 8B跑L40S，要幾張？", {"users": 6e5}),
    ("使用者先算100萬，每人每天5次，Qwen2.5 7B跑L4，要幾張？", {"users": 1e6}),
    ("日活按30萬算，每人每天6次，Llama 3.1 8B跑L40S，要幾張？", {"users": 3e5}),
    ("峰值先抓2.5倍，QPS平均200，Llama 3.1 8B跑L40S，要幾張？", {"peak_factor": 2.5}),
    ("一台DGX H200先抓40萬美元，買20台要多少錢？", {"server_price_usd": 4e5, "servers": 20}),
    ("一台DGX H200大概40万美元，买20台要多少钱？", {"server_price_usd": 4e5}),
    # English
    ("Say agent traffic is ~20T tokens/day now and doubling every 5-6 months. Where are we in 18 months?",
     {"tokens_per_day": 2e13, "doubling_months": 5, "period_months": 18}),
    ("A CSP has a RMB20bn budget and H20s cost RMB 110k each. How many cards is that?",
     {"budget_cny": 2e10, "price_cny": 110000}),
    ("Rakuten is putting ¥90bn into H200 systems. At ¥155/$ and ~$300k per system, how many systems is that?",
     {"budget_usd": 9e10 / 155, "server_price_usd": 3e5}),
    ("Neoclouds are getting a low-teens discount off the ~$3.4m list on GB200 NVL72. What's 500 systems?",
     {"server_price_usd": 3.4e6, "discount": 0.13}),
    ("Big-4 capex is ~$300bn this year, growing mid-20s% y/y. What is it in 2 years?",
     {"budget_usd": 3e11, "growth_rate_year": 0.25}),
    ("The Mag-7 spent $200bn on capex; if 40% goes to H100s at $25k each, how many?",
     {"budget_share": 0.4, "price_usd": 25000}),
    ("Japanese reseller quotes ¥5.8m a card for H100 SXM. At 150 yen to the US dollar, what do 128 cards cost in USD?",
     {"price_usd": 5.8e6 / 150}),
    # Portuguese (Brazil and Portugal)
    ("Estamos a orçar o pré-treino de um modelo de 13B com 3 biliões de tokens em H100 a US$ 2,50 por GPU-hora, MFU "
     "de 40%. Quanto fica?", {"train_tokens": 3e12}),
    ("Com US$ 20 mi, quantas H100 dá pra comprar a 28 mil dólares cada, se só metade da verba vai pras GPUs?",
     {"budget_share": 0.5}),
    ("Orçamento de US$ 8 mi; metade do orçamento fica nas placas. Quantas H200 a US$ 32 mil cada?",
     {"budget_share": 0.5, "price_usd": 32000}),
    ("Temos 100 mil usuários ativos por dia e a meta é chegar em 2 milhões em 12 meses. Cada um gera 1.000 tokens de "
     "saída por dia, quantas L40S a mais?", {"users_to": 2e6, "period_months": 12}),
    ("Se a H200 é 1,8x mais rápida que a A100 no treino, e o run levou 30 dias com 256 placas A100 80GB, quanto tempo "
     "levaria com o mesmo número de H200?", {"speedup": 1.8, "days": 30}),
    ("Um servidor DGX H200 tá saindo por uns US$ 420 mil. Com 10 servidores, quanto dá o total com rede e infra "
     "somando uns 25% a mais?", {"server_price_usd": 4.2e5, "all_in_multiple": 1.25}),
    ("Precisamos de suportar 5 mil utilizadores em simultâneo no Llama 3.1 8B. Quantas L40S?",
     {"concurrent_users": 5000}),
    ("Suporte: 10 mil tickets por dia, 4 mensagens por ticket, 800 tokens de contexto e 200 de resposta. Llama 3.1 8B "
     "em L4, quantas GPUs?", {"turns_per_session": 4, "output_tokens": 200}),
    ("Pico 2x, 300 req/s em média, Llama 3.1 8B, prompts de mil e duzentos tokens e respostas de 200. Quantas L40S?",
     {"input_tokens": 1200}),
    ("O treino usou 2,6 milhões de horas-GPU de H100. A US$ 2,50 a hora, quanto dá em euros, com o euro a 1,08 "
     "dólar?", {"fx_rate": 1.08}),
    ("Dizem que o modelo levou uns 120 anos-GPU de A100 80GB. Com H100 quantos anos-GPU seriam?", {"gpu_years": 120}),
    ("Qual o custo por mil requisições com Mistral 7B numa L4 alugada a US$ 0,70/h? Entrada de 500 tokens e saída de "
     "150.", {"per_requests": 1000}),
    ("Cada servidor tem 8 GPUs H100 e puxa 10,2 kW. Com 50 servidores e PUE 1,3, quantos MW?",
     {"watts_per_server": 10200, "gpus_per_server": 8}),
    ("Se a DRAM tá a US$ 4 o GB e o HBM custa uns 6x o preço da DRAM, quanto sai a memória de uma H100 com 80 GB?",
     {"dram_usd_per_gb": 4}),
    ("A gente espera um MFU 15% melhor que antes. Se o run levou 10 dias em 64 GPUs H100, cai pra quanto?",
     {"mfu_gain": 0.15}),
    ("Temos 2 milhões de usuários semanais, o DAU é mais ou menos 30% disso. Cada um manda 4 prompts/dia. Quantas "
     "L40S com Llama 3.1 8B?", {"dau_per_wau": 0.3}),
    ("Quanto custaria treinar o GPT-3 175B a preços de 2021, em A100 alugada a US$ 2 a hora?", {"year": 2021}),
    ("No cluster, 1 SU = 2 horas-GPU de A100 80GB. Temos 30 mil SUs. Dá pra treinar um modelo de 7B em 100B tokens?",
     {"gpu_hours": 60000}),
    ("Temos €10 milhões. Ao câmbio de 1,08 dólares por euro, quantas H100 a US$ 27 mil cada, se o custo total for "
     "1,4x o das placas?", {"all_in_multiple": 1.4}),
    ("O run demorou 20 dias em 256 chips TPU v4. Passando para TPU v5p, com o MFU 4 pontos percentuais acima, quanto "
     "tempo demora?", {"from_gpus": 256, "mfu_gain_points": 0.04}),
    # (after the open sets: a ratio of three or more characters to a token is English text's, a rate measured on
    # "a server" or "num servidor" is the server's, "FX 1.08." at a sentence's end is the euro's rate)
    ("代码补全，每次上下文8000字符，约3.5个字符一个token，每天200万次，Qwen2.5 7B跑L40S要几张？",
     {"tokens_per_letter": 1 / 3.5}),
    ("On an 8-GPU H200 server running DeepSeek-V3 in fp8 we measured 18k tokens/s. How many servers for 10B output "
     "tokens a day?", {"observed_tokens_per_s_per_server": 18000}),
    ("Numa máquina de 8 GPUs H100 com Llama 3.1 70B medimos 12 mil tokens/s. Quantas máquinas pra 5 bi de tokens "
     "por dia?", {"observed_tokens_per_s_per_server": 12000}),
    ("Power is €0.15/kWh. What do 500 H100 at 700 W each cost a year to run, PUE 1.3? FX 1.10.",
     {"fx_rate": 1.10, "electricity_usd_per_kwh": 0.15 * 1.10}),
    # (a guard: passes before and after; a doubling every year, its one said)
    ("推理量每年翻一番，现在每天100亿token，3年后每天多少？", {"doubling_months": 12, "period_months": 36}),
])
def test_round92_readings(q, expect):
    assert_params(q, expect)


def test_a_claim_sworn_in_portuguese_is_checked_not_used():
    # ("jurou que … em 20 dias": the vendor's days, compared with the computed ones, not taken as the run's)
    res = compute(parse("O fornecedor jurou que 128 H100 treinam um modelo de 13B com 1 trilhão de tokens em 20 dias. "
                        "Isso bate?"))
    assert "20 dias" in res.headline and not res.unused


def test_an_mfu_raised_from_one_share_to_another_is_a_second_option():
    # ("o MFU subir de 35% pra 42%": the second share had been left unused)
    res = compute(parse("O último run levou 15 dias em 128 placas H100. Se migrarmos pra B200 e o MFU subir de 35% "
                        "pra 42%, em quantos dias sai?"))
    assert not res.unused


def test_memory_per_dollar_with_a_budget_counts_the_cards_and_their_memory():
    # ("whats better vram per dollar … got like $50k": had been TFLOPS per dollar, the budget and model unused)
    res = compute(parse("I have $40k. Which gives more VRAM per dollar for a 70B model: L40S at $8k each or RTX 4090 "
                        "at $2k each?"))
    assert fig(res, "gb_per_kusd") == pytest.approx(48 / 8)
    assert fig(res, "gpus") == 5 and fig(res, "memory_gb") == 240
    assert not res.unused


def test_a_grown_budget_summed_over_years_buys_racks_at_the_stated_price():
    # ("Over 3 years, if half goes to GB200 NVL72 at $3.5m a rack, how many racks cumulatively?": had been unused)
    res = compute(parse("Hyperscaler capex is $200bn this year, growing 20% a year. Over 3 years, if 40% goes to "
                        "GB200 NVL72 at $3m a rack, how many racks cumulatively?"))
    total = 200e9 * (1 + 1.2 + 1.44)
    assert fig(res, "servers") == int(total * 0.4 / 3e6)


def test_capex_per_gw_is_the_builds_money_over_its_facility_power():
    # ("$50-60bn of capex per GW. Check it: …": had been the racks the budget buys, no money per GW)
    res = compute(parse("Is $40bn of capex per GW right? GB200 NVL72 at $3m per rack, 130kW per rack, PUE 1.3, and "
                        "all-in 1.5x for the rest of the build."))
    per_rack_gw = 130e3 * 1.3 / 1e9
    assert fig(res, "capex_per_gw_usd") == pytest.approx(3e6 * 1.5 / per_rack_gw, rel=0.01)


def test_a_budget_over_years_gives_the_cards_a_year():
    # ("RMB 380bn of capex over 3 years … how many H20s": the years had been unused)
    res = compute(parse("They plan $6bn of capex over 4 years, half of it on H200 at $30k each. How many cards?"))
    assert fig(res, "gpus") == 100000 and fig(res, "gpus_per_year") == pytest.approx(25000)
