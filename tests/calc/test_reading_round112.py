"""Round 112 (Chinese car makers and smart-cockpit teams, ML engineers pasting config fragments, Korean
engineers, and sealed sets from Croatian engineers, Chinese translation agencies and Brazilian teams): config
keys as YAML, JSON and env vars ("dau_now: 500_000", "\\"n_gpus\\": 16384", "MFU_DELTA_PTS=+6", "all_in: 1.4x   #
servers", digits grouped with underscores; an English key's words no longer made yuan the currency), "保有量80w辆"
the cars on the road, "一台110w" a quoted server's price, "NVIDIA Thor" an unknown chip; Croatian forms beside the
Serbian ones ("milijuna", "s 50 tisuća na 2 milijuna", "pola budžeta ide na same kartice", "mfu ode na 45%");
Brazilian Portuguese ("metade vai pra GPU", "por mil requisições", "hora a US$ 2,25", "se o MFU passar de 32% pra
45%"); "每千字译文的电费" a basis in characters."""

from __future__ import annotations

import pytest

from calc import CalcError, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    # config fragments
    ("dau_now: 300_000\ndau_target: 3_000_000\nyoy_growth: 80%\nwhen do we hit it?", {"users": 3e5, "users_to": 3e6}),
    ('{"n_gpus": 4096, "train_tokens": 2e12, "mfu": 0.4}\nmodel: llama-3-8b\ngpu: H100 SXM\ndays?',
     {"gpus": 4096, "train_tokens": 2e12}),
    ("budget_usd: 20M\nprice_per_gpu: 30k\nall_in: 1.3   # network + DC\ngpu: H100 SXM\nhow many?",
     {"all_in_multiple": 1.3, "budget_usd": 2e7}),
    ("ACCEL=H100\nGPUS=512\nTRAIN_DAYS=30\nMFU_DELTA_PTS=+5\nnew days?", {"mfu_gain_points": 0.05}),
    # Chinese car makers
    ("车载助手保有量大概50w辆，每车每天唤醒5次，Qwen2.5 7B用L40S要几张", {"users": 5e5}),
    ("整机报价：8卡H200服务器一台230w，保有量20万辆，每车每天4次，Qwen2.5 72B，一共要花多少钱", {"server_price_cny": 2.3e6}),
    # Croatian
    ("Planiramo rast s 100 tisuća na 1 milijun korisnika u godinu dana. Llama 3.1 8B na L4, 5 upita dnevno po "
     "korisniku — koliko kartica?", {"users": 1e5, "users_to": 1e6}),
    ("S budžetom od 20 milijuna eura, koliko H100 možemo kupiti ako je jedna oko 30.000 $, a pola budžeta ide na same "
     "kartice?", {"budget_share": 0.5}),
    ("Prošli run je trajao 20 dana na 512 kartica A100 s MFU 35%. Ako prebacimo na H100 i MFU ode na 45%, koliko dana?",
     {"mfu_to": 0.45}),
    # Brazilian Portuguese
    ("levantamos R$ 50 milhões e metade vai pra GPU. quantas H100 a US$ 28 mil com dólar a 5,50?",
     {"budget_share": 0.5}),
    ("custo por mil requisições do llama 3.1 8b em L4, hora a US$ 0,80?", {"per_requests": 1000, "rent_usd_per_hour": 0.8}),
    ("se o MFU passar de 30% pra 42% no treino de 20 dias em 512 GPUs H100, quantos dias a gente economiza?",
     {"mfu_to": 0.42}),
    # Chinese translation agencies
    ("每万字译文的电费多少？每个token 0.4焦耳，PUE 1.2，电价0.6元一度，1.5个汉字约等于1个token",
     {"per_tokens": pytest.approx(1e4 / 1.5)}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round112_readings(q, expect):
    assert_params(q, expect)


def test_a_car_chip_named_after_its_maker_is_unknown():
    # "NVIDIA Thor" had been sized as a catalog card
    with pytest.raises(CalcError) as e:
        parse("下一代域控用NVIDIA Thor，端侧跑Qwen2.5 7B int4，一秒能吐多少token？")
    assert e.value.kind == "unknown_accelerator"
