"""Round 38 (tutoring apps, capex analysts, restated scenarios, Gulf campuses): a season's surge
multiplies the usual load and the extra cards are said, explanations, essays and problems are
requests, students and clinicians are users, schools and stores are sites, a correction's value
replaces the one it corrects wherever that is read, an MFU gain on a stated fleet frees cards, and
analysts' shorthand (YE24, ASP ~$12k, list $40k B200, quadrillion tokens a quarter) is read."""

from __future__ import annotations

import pytest

from calc import CalcError, ask, parse


def read(q: str) -> dict[str, object]:
    req = parse(q)
    return {s.param: s.value for s in req.stated if s.param and s.note in ("", "option")}


def fig(res, name: str) -> float:
    return next(f.value for f in res.figures if f.name == name)


@pytest.mark.parametrize("q,expect", [
    # what a tutoring app counts is requests; who asks is users
    ("homework help bot: 3M DAU students, avg 4 sessions/day, ~6 questions per session, explanations ~900 "
     "tokens. llama 3.1 70b fp8 on H100", {"users": 3e6, "queries_per_user": 4, "turns_per_session": 6}),
    ("8M explanations/day, 1,200 tokens each, llama 3.3 70b on H100", {"queries_per_day": 8e6}),
    ("我们打算用Llama 3.1 8B做作文批改，每篇作文输入约2000 token，输出800 token，每天50万篇，用4090要几张？",
     {"queries_per_day": 5e5, "input_tokens": 2000, "output_tokens": 800}),
    ("每个汉字大概1.5个token，每道题讲解平均400字，每天1000万道题，Qwen2.5 7B 用 L4 部署要几张？",
     {"queries_per_day": 1e7}),
    ("2M students/day, 6 asks each, H100 llama 3 8b how many gpus", {"users": 2e6, "queries_per_user": 6}),
    # a document the model writes is its output
    ("老师端备课助手，MAU 15万，每人每天生成20份教案，每份3000 token，用Llama 3.1 70B，A100 80GB 要几张？",
     {"queries_per_user": 20, "output_tokens": 3000}),
    # a subscription per student, clinician or lawyer is what each user pays
    ("We charge $9.99/mo per student. Llama 3.3 70B on rented H100 at $2.10/hr, each premium student does "
     "~30 explanations a day @ 1200 tokens. gross margin per student?",
     {"usd_per_user_month": 9.99, "queries_per_user": 30}),
    # "from 300M weekly to 1B": the count after "to" is where the users end up, not a 1B model
    ("users from 300M weekly to 1B, llama 3 70b on H100, how many GPUs?", {"users": 3e8, "users_to": 1e9}),
    ("64 tasks running in parallel on llama 3 8b with L40S, how many cards?", {"concurrent_users": 64}),
])
def test_tutoring_loads_are_read(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)


def test_a_seasons_surge_scales_the_load_and_says_what_it_adds():
    req, res = ask("exam season our traffic goes 5x for like 3 weeks. baseline is 40 qps avg on Qwen2.5 72B, "
                   "H200s. how many extra H200 for the peak?")
    assert req.params["qps"] == 200 and not res.unused
    _, usual = ask("baseline is 40 qps avg on Qwen2.5 72B, H200s. how many H200?")
    assert fig(res, "gpus_today") == fig(usual, "gpus")
    assert fig(res, "gpus_added") == fig(res, "gpus") - fig(usual, "gpus") > 0
    assert "more than the" in res.headline
    _, zh = ask("期末考试周流量是平时的4倍，平时峰值QPS 300，DeepSeek V3 部署在H800上，8卡一台，还要加多少台？")
    assert "平时负载" in zh.headline and not zh.unused


def test_schools_stores_and_centres_are_sites_of_their_cards():
    _, res = ask("school district pilot: 45 schools, 2 cards each, L40S. 350W per card, $0.14/kWh — yearly "
                 "power bill?")
    assert "90 L40S" in res.headline
    _, zh = ask("全国有1200个学习中心，每个中心放2张4090做本地答疑，每张450W，电费1元/度，一年电费多少？")
    assert "2,400张" in zh.headline and not zh.unused
    _, gulf = ask("quick capex ballpark pls: 3 sites (AUH, RUH, DOH) each with ~256 H100, $30k/GPU")
    assert fig(gulf, "cost_usd") == pytest.approx(3 * 256 * 30_000)


@pytest.mark.parametrize("q,param,value,old", [
    ("ok redo: 3M users, 5 chats/user/day, 1,500 output tokens each, Llama 3.1 8B on L40S — sorry, meant "
     "30M not 3M. fleet size?", "users", 3e7, "3M users"),
    ("跟之前一样：1亿MAU，DAU/MAU 20%，每人每天6次，Qwen3-235B-A22B，H20。改一下：DAU/MAU换成25%。要多少张卡？",
     "dau_per_mau", 0.25, "DAU/MAU 20%"),
    ("$500M budget, 60% goes to GPUs — actually 55% — how many B200 can we get at $40k a pop?",
     "budget_share", 0.55, "60%"),
    ("list price $35k per B200, we get 15% off — correction, 20% off — for 8,000 units. total?",
     "discount", 0.2, "15%"),
    ("training a 70B model on 15T tokens on 2,048 B200s at 40% MFU, then with 20% higher MFU — sorry, 15% "
     "higher MFU — how many days each?", "mfu_gain", 0.15, "20%"),
    ("同样算一下：5000 GPU-年的H100——更正，8000 GPU-年，每小时2.2美元，一共多少钱？", "gpu_years", 8000,
     "5000 GPU-年"),
])
def test_a_corrected_value_is_replaced_wherever_it_is_read(q, param, value, old):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value)
    assert old in [u.text for u in res.unused]
    assert all("corrected it" in u.reason or "更正" in u.reason for u in res.unused)


def test_an_mfu_gain_on_a_stated_fleet_frees_cards():
    _, res = ask("MFU +8 pts from 35% on a 100k H100 cluster = how many GPU-equivalents freed?")
    assert fig(res, "gpus_freed") == pytest.approx(100_000 * (1 - 0.35 / 0.43))
    assert fig(res, "gpus_gained") == pytest.approx(100_000 * (0.43 / 0.35 - 1))
    # a named run keeps its days: the same work, fewer days
    _, run = ask("GPT-3 175B 用1024张A100训练，MFU从35%提升到45%，训练天数可缩短多少？")
    assert fig(run, "train_days") > 0 and not run.unused


@pytest.mark.parametrize("q,expect", [
    ("META: 350k H100 by YE24 @ $25k ASP, 5yr straight-line dep -> annual D&A from GPUs alone?",
     {"gpus": 350_000, "year": 2024, "price_usd": 25_000, "days": 5 * 365.25}),
    ("MI300X: MSFT reportedly took ~96k in 2024, ASP ~$12k. capex $ and MW at 750W/GPU, PUE 1.25?",
     {"gpus": 96_000, "price_usd": 12_000}),
    ("hyperscaler gets 20% off list $40k B200, 250k units. total spend?",
     {"price_usd": 40_000, "gpus": 250_000, "discount": 0.2}),
    ("租vs买：H100租金每卡每小时2美元，买断价2.8万美元，5年摊销，利用率70%，哪个划算？", {"price_usd": 28_000}),
    ("HGX H200 8-GPU box ~$280k, 3,000 servers -> capex and GPU count",
     {"server_price_usd": 280_000, "servers": 3000}),
    ("L40S推理集群，1,000台server x 4卡，每台$60k，capex换成人民币 @ 7.1 是多少？",
     {"servers": 1000, "gpus_per_server": 4}),
    ("tokens/qtr build: 1.2 quadrillion tokens per quarter, blended $0.40 per 1M tokens. GPUs at 2,500 tok/s "
     "per H100?", {"tokens_per_day": 1.2e15 / 91.3125}),
    ("PUE sensitivity: 400MW grid connection, PUE degrades to 1.5 in July-August. H100 at 700W each - how many?",
     {"pue": 1.5}),
])
def test_analyst_shorthand_is_read(q, expect):
    req, res = ask(q)
    for k, v in expect.items():
        assert req.params[k] == pytest.approx(v), (k, req.params)
    assert not [u for u in res.unused if "could not tell" in u.reason]


def test_a_months_energy_is_a_month():
    req, res = ask("energy/token: 0.4 J/token, 2 quadrillion tokens/mo. MWh/mo and $ at $0.08/kWh?")
    assert req.params["days"] == pytest.approx(30.4375) and not res.unused
    assert fig(res, "energy_kwh") == pytest.approx(0.4 * 2e15 / 3.6e6, rel=1e-3)


def test_a_school_grade_is_no_accelerator():
    _, res = ask("we want to pretrain a 7B math model on 1T tokens of K12 problems, 256x H100 at 40% MFU. "
                 "how many days?")
    assert not res.unused and fig(res, "train_days") > 0


@pytest.mark.parametrize("q", ["Ministry wants Jais served nationwide - 3M daily users, 10 queries each, on H100",
                               "qatar pilot: Fanar on MI300X, ~50k requests/day, cost per million tokens?"])
def test_national_models_are_refused_by_name(q):
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "unknown_model"
