"""Round 45 (AI search, office copilots, legal review, remote sensing): populations and requests counted in
nouns the vocabulary does not list ("2,500 agronomists, each kicks off ~30 reports/day", "35 threads/day
each", "检索人员共120名，每人每天…", "每天生成6份纪要", "每天 50万 张" images, never cards), and the day's
tokens of a load asked for ("total output tokens/day?", "一天总共输出多少token"); a new run's MFU beside an
earlier run; a budget's share "allocated to accelerators"/"用于购卡"; DAU/WAU "≈"; the whole build as a multiple
of servers' price; "一天问 4 次" as the day a count is per; kVA asked for, and kVA limits at the stated power
factor."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_read, fig, read


@pytest.mark.parametrize("q,expect", [
    ("our report generator serves 2,500 agronomists, each kicks off ~30 reports/day, 1.5k in / 400 out tokens, "
     "Llama-3-70B in FP8 on H100 SXM. GPU count?", {"users": 2500, "queries_per_user": 30}),
    ("vendor says their assistant covers 50M farmers at 2 queries/day per farmer on Mixtral 8x7B, A100 80GB: GPUs?",
     {"users": 5e7}),
    ("Llama 405B on H200, 1M farmers, ~20k tokens/user/day — GPU count?", {"users": 1e6}),
    ("Email summarization: 80k seats, 35 threads/day each, 4,000 tokens in, 120 out. H100 count?",
     {"users": 8e4, "queries_per_user": 35}),
    ("22k seats x 14 uses/day, ~280 tokens out, Gemma 2 27B on A100 80GB — count?", {"queries_per_user": 14}),
    ("公司6000人，每人每天写15封邮件让AI起草，每封300 token，要多少张4090？", {"users": 6000, "queries_per_user": 15}),
    ("检索人员共120名，每人每天约发起80次检索，每次输入约3000 token、输出约600 token，Qwen2.5 72B用H20要几台服务器？",
     {"users": 120, "queries_per_user": 80}),
    ("月活20万，日活/月活大概0.35，每个日活用户每天生成6份纪要，每份输出1500 token。用H800跑Qwen3-235B-A22B，要多少卡？",
     {"queries_per_user": 6}),
    ("卫星影像切片每天 50万 张，每张图编码成 1000 个 token 输入，输出 80 token，Qwen2.5 7B，A100 80G，要多少卡？",
     {"queries_per_day": 5e5}),
])
def test_counted_nouns(q, expect):
    assert_read(q, expect)


@pytest.mark.parametrize("q", [
    "卫星影像切片每天 50万 张，每张图编码成 1000 个 token 输入，输出 80 token，Qwen2.5 7B，A100 80G，要多少卡？",
])
def test_a_count_per_day_is_never_the_fleet(q):
    assert "gpus" not in read(q)


@pytest.mark.parametrize("q", [
    "we have 512 H100s for 3 months: what do they cost at $2/hr?",       # a fleet, no population
    "8 teams want 4 H100s each: how many H100s and what do they cost at $30k?",
])
def test_nouns_without_a_rate_stay_as_they_were(q):
    assert "users" not in read(q)


def test_token_volume_asked_is_answered_first():
    req = parse("For capacity planning: 45,000 mailbox users, avg 30 emails summarized per user per day, "
                "summaries ~150 tokens. How many output tokens per day is that in total?")
    res = compute(req)
    assert fig(res, "output_tokens_per_day") == pytest.approx(45_000 * 30 * 150)
    assert res.headline.startswith("202 million output tokens a day")
    zh = compute(parse("1亿日活，每人每天10次，每次输入800 token、输出500 token，一天总共输出多少token？"))
    assert fig(zh, "output_tokens_per_day") == pytest.approx(1e8 * 10 * 500)
    assert fig(zh, "input_tokens_per_day") == pytest.approx(1e8 * 10 * 800)
    assert zh.headline.startswith("每天5000亿个输出token")


@pytest.mark.parametrize("q,expect", [
    # an earlier run and a new one: the second MFU is the new run's
    ("last year's SAR model run: A100 80GB, 256 GPUs, 38% MFU, 21 days. this year same data & model on H100 SXM, "
     "512 cards, MFU up to 45% — how many days?", {"mfu": 0.38, "mfu_to": 0.45}),
    # a budget's share said as an allocation
    ("capex budget of $4.5M, of which roughly 70% may be allocated to accelerators. At $31,000 a card for MI325X, "
     "how many?", {"budget_share": 0.7}),
    ("律所IT年度预算800万元人民币，其中约六成用于购卡。H20单价按11万元一张计，能采购多少张？", {"budget_share": 0.6}),
    ("800k weekly actives, DAU/WAU ≈ 0.4, 6 turns a chat, 250 tokens out, Llama 3 8B on L4. GPUs?",
     {"dau_per_wau": 0.4}),
    ("Board wants it in RMB: DGX B200, 10 units, at $500k each, rate 7.2, and with an all-in multiple of 1.5?",
     {"all_in_multiple": 1.5}),
    ("计划采购3台DGX B200，每台报价约380万元人民币，综合成本按设备价的1.3倍估算，共需投入多少？", {"all_in_multiple": 1.3}),
])
def test_round45_readings(q, expect):
    assert_read(q, expect)


def test_the_day_a_count_is_per_is_no_period():
    req = parse("月活 200万，日活/月活 大概 0.25，每个日活一天问 4 次，每次输出 1000 token，输出每百万 token 8 元，"
                "DeepSeek-V3 一个月 API 费多少？")
    assert req.options == ()                          # not "one day" against "one month"
    res = compute(req)
    assert fig(res, "cost_cny") == pytest.approx(2e6 * 0.25 * 4 * 1000 / 1e6 * 8 * 30.4375, rel=1e-3)


def test_kva_asked_and_kva_limits_use_the_power_factor():
    res = compute(parse("机房配电按千伏安计算，功率因数0.9，每台DGX H100功耗10.2千瓦，共6台，PUE取1.35，需要预留多少千伏安容量？"))
    assert fig(res, "power_kva") == pytest.approx(6 * 10.2 * 1.35 / 0.9, rel=1e-3)
    assert "千伏安" in res.headline and not res.unused
    cap = compute(parse("机房每个机柜限 20 kVA，功率因数 0.8，一共 40 个机柜，放 H800 服务器（每台 8 卡，满载约 10.2 千瓦），"
                        "最多能上多少张卡？"))
    assert not cap.unused and fig(cap, "gpus") == 40 * 8      # 16 kW a rack holds one 10.2 kW server
    assert any("kVA" in n for n in cap.notes)


def test_servers_all_in_beside_the_servers():
    res = compute(parse("DGX B200, 10 units, at $500k each, and also with an all-in multiple of 1.5 for networking?"))
    assert fig(res, "cost_usd") == pytest.approx(5e6) and fig(res, "capex_all_in_usd") == pytest.approx(7.5e6)


@pytest.mark.parametrize("q,expect", [
    ("Our review platform averages 35 queries per second but spikes 3x at production deadlines. Mixtral 8x7B on "
     "H100 NVL, how many cards?", {"peak_factor": 3}),
    ("electricity cost per 1M caption tokens if our H100 PCIe nodes do 1,500 tok/s per GPU at 350 W each, PUE 1.4, "
     "$0.13/kWh?", {"per_tokens": 1e6}),
    ("H100 整机买断8卡260万元，租赁的话每卡每小时16元，多少个月能回本？", {"gpus_per_server": 8, "server_price_cny": 2.6e6}),
    ("180M searches/day, avg retrieved ctx 7.5k tokens, ans ~180 tokens, gemma 2 27b int8 on TPU v5e",
     {"output_tokens": 180, "input_tokens": 7500}),
    ("每天1.2亿次请求，每次召回的网页内容拼进去约4000 token，摘要输出300 token左右，用Qwen2.5 72B，需要多少张H20？",
     {"input_tokens": 4000, "output_tokens": 300}),
    ("each knowledge worker generates roughly 20k output tokens/day via the copilot; 3,500 seats; Llama 3.1 70B "
     "on H100 NVL. how many cards?", {"tokens_per_user_day": 2e4, "users": 3500}),
    ("IT asset audit: we have MI325X cards, 48 in total, each with 256 GB HBM. At $12 per GB, what's it worth?",
     {"gpus": 48}),
    ("TTFT under 600ms, 70% max utilization. 22k seats x 14 uses/day, ~280 tokens out. Gemma 2 27B on A100 80GB",
     {"utilization": 0.7}),
    ("Fine-tuning Llama 3.1 8B on 40B tokens of image-caption pairs, 3 epochs, MFU 45%, H100 at $2.10/hr. cost?",
     {"train_tokens": 4e10}),
])
def test_round45_more_readings(q, expect):
    assert_read(q, expect)


def test_run_redone_from_its_gpu_hours():
    res = compute(parse("Our 1.5B-param SAR encoder took 18,000 GPU-hours on A100 40GB. Same recipe on B200 "
                        "(≈2.2x faster per chip) — wall-clock with 64 GPUs?"))
    assert fig(res, "train_days") == pytest.approx(18_000 / 2.2 / 64 / 24, rel=1e-3)


def test_energy_per_tokens_from_a_measured_rate_and_watts():
    res = compute(parse("electricity cost per 1M caption tokens if our H100 PCIe nodes do 1,500 tok/s per GPU at "
                        "350 W each, PUE 1.4, $0.13/kWh?"))
    assert fig(res, "energy_per_tokens_wh") == pytest.approx(350 * 1.4 / 1500 * 1e6 / 3600, rel=1e-3)


def test_cost_per_requests_at_a_rent_in_chinese():
    res = compute(parse("按每 1000 次调用算成本：Qwen2.5 72B 在 H20 上做影像问答，每次输入 3000 token、输出 500 token，"
                        "卡租金每卡时 7 元，多少钱？"))
    assert res.intent == "throughput" and "每1,000次请求" in res.headline and not res.unused


@pytest.mark.parametrize("q,expect", [
    # requests per item of a stated count: conversations per item are each item's, their requests its turns
    ("we do about 6M food orders a day, roughly 1.5 AI customer-service chats per order, each chat ~400 tokens in "
     "and 150 out. how many H100s do I need?", {"users": 6e6, "queries_per_user": 1.5}),
    ("after correlation the raw EPS firehose drops to ~18k alerts/day. pipeline does 3 LLM calls per alert, each "
     "~2k in / 250 out. Qwen2.5 72B on H100 SXM, how many gpus", {"queries_per_day": 1.8e4, "turns_per_session": 3}),
    ("DoorDash-style platform: 25M deliveries/day, ~0.2 support chats per delivery, 8 turns per chat, 700 in / 120 "
     "out tokens. A100 40GB fleet, Llama 3.1 8B. gpus?", {"users": 2.5e7, "queries_per_user": 0.2}),
    ("We parse ~1.2M résumés per day, each ~3,000 input tokens and ~600 output tokens. Llama 3.1 8B, how many "
     "L40S?", {"queries_per_day": 1.2e6, "input_tokens": 3000}),
    ("rider assistant: 450k active couriers, each pings it ~25 times a day, answers avg 120 tokens. total output "
     "tokens per day?", {"users": 4.5e5}),
    ("骑手端语音助手，每个骑手每天大概输出 3万 tokens，全国 80万骑手，用 L40S 跑 Llama 3.1 8B，需要多少卡？",
     {"users": 8e5, "tokens_per_user_day": 3e4}),
    ("日订单 7000万 单，每单平均 4 轮，每轮输出 150 token，用 DeepSeek V3 在 H800 上跑，多少卡？", {"turns_per_session": 4}),
    ("H100 买一张大概2.5万美元，租的话2美元/小时左右，利用率七八成，买的话多久回本？", {"utilization": 0.8}),
    ("3×10^6 月活，日活/月活大概1/3，每人每天20轮对话，Llama-3-8B用L4部署，要几张？", {"users": 3e6}),
    ("Rent vs buy: L40S at $0.9/GPU-hr vs ~$9k to buy outright; we'd only keep it busy ~1/4 of the day. Payback?",
     {"utilization": 0.25}),
    ("Vendor says B300 ≈1.5x per chip³. How many would match our B200 fleet (2^13 GPUs)?", {"gpus": 8192}),
    ("users go from 1.2M to ≈1e7 in 18 months; how many A100 80GB for Mistral 7B at the end, 12 queries/user/day?",
     {"users_to": 1e7}),
    ("70b llama, h200, 2k qps, 6k ctx, 300 out. gpus?", {"qps": 2000}),
])
def test_round45_sealed_readings(q, expect):
    assert_read(q, expect)


def test_a_count_of_orders_is_no_order_number():
    assert read("日订单7000万单，每单4轮，DeepSeek V3 在 H800 上跑，多少卡？")["queries_per_day"] == 7e7
    assert parse("70b llama, h200, 2k qps. gpus?").params["model"] == "llama3_70b"


def test_kva_asked_beside_options():
    res = compute(parse("power factor 0.9, 3,000 servers (DGX H100) at ~10.2kW each, PUE 1.2-1.4 — what MW and kVA "
                        "do we need from the utility?"))
    assert len(res.alternatives) == 2 and not res.unused
    assert [fig(a, "power_kva") for a in res.alternatives] == pytest.approx(
        [3000 * 10.2 * p / 0.9 for p in (1.2, 1.4)], rel=1e-3)


@pytest.mark.parametrize("q,expect", [
    # round 46: margins on time to first token in percent, a bare "每千次", a power factor before a full stop,
    # a tensor-parallel group said with its cards
    ("ttft要求500ms以内，排队余量留30%，并发约5千，Qwen2.5 72B，H20要多少张？", {"ttft_margin": 1.3}),
    ("4,200 simultaneous chats, Mixtral 8x7B on L40S, first token under 800ms, keep 20% TTFT margin for queueing",
     {"ttft_margin": 1.2}),
    ("8M riders w/ 15 queries a day, TTFT under 1.5 s with a 25% margin, Qwen3-235B-A22B on H20",
     {"ttft_margin": 1.25}),
    ("用H20部署Qwen2.5 7B，每次输入800 token、输出150 token，租金每卡每小时9元，折合每千次请求成本多少钱？",
     {"per_requests": 1000}),
    ("Our colo gives us 12 racks at 17 kVA each, power factor 0.95. How many HGX H100 boxes fit?",
     {"power_factor": 0.95}),
    ("AI客服同时在线1.2万人，Llama 3.3 70B张量并行4卡一组，每组最多跑64路并发，H200一共要多少张？", {"tensor_parallel": 4}),
])
def test_round46_readings(q, expect):
    assert_read(q, expect)


def test_kva_wanted_in_other_words():
    res = compute(parse("facilities wants kVA not kW: 4 servers, HGX H100, at 10.2 kW each, power factor 0.95. what "
                        "number do I give them"))
    assert fig(res, "power_kva") == pytest.approx(fig(res, "power_mw") * 1000 / 0.95) and not res.unused


@pytest.mark.parametrize("q,expect", [
    # round 46, sealed half: songs counted with 首, audio tokens, a rate per second in any noun, per listener per day
    ("我们做AI音乐生成的，日活30万，每人每天平均生成4首歌，每首歌大约3000个音频token，模型是自研的20亿参数，用H20要多少张卡？",
     {"queries_per_user": 4, "output_tokens": 3000}),
    ("pretraining our music model: 3B params, the catalog tokenizes to 600B audio tokens, 2 epochs. 256 H100 SXM at "
     "40% MFU, how many days?", {"train_tokens": 6e11}),
    ("每个token能耗按0.3焦耳算，我们每天生成50亿个音频token，电价0.6元/度，PUE 1.25，12个月电费多少？",
     {"tokens_per_day": 5e9, "days": 365.25}),
    ("AI DJ intros: 3M listeners daily, 12 intros per listener per day, each intro ~80 tokens. Mistral 7B on L4",
     {"queries_per_user": 12}),
    ("avg 120 generations/sec, peak factor 4, each generation 1,600 tokens, 2B param model, FP8 on H100. how many "
     "GPUs at 70% utilization?", {"qps": 120}),
    ("In filing season we pre-screen 9 million returns/day at ~500 output tokens each on Mixtral 8x7B, H100. GPUs?",
     {"queries_per_day": 9e6}),
])
def test_round46_sealed_readings(q, expect):
    assert_read(q, expect)


@pytest.mark.parametrize("q", [
    "how many H100s to serve MusicGen-Large to 200k creators making 10 clips a day each?",
    "how many A100s to fine-tune Stable Audio Open on our 50B-token sample library in 7 days?",
])
def test_unknown_music_models(q):
    from calc import CalcError
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == "unknown_model"


def test_a_months_bill_is_no_second_period():
    assert parse("每天生成50亿个token，每个token 0.3焦耳，电价0.6元/度，12个月电费多少？").options == ()


@pytest.mark.parametrize("q,expect", [
    ("pretrain a GPT-2 XL sized model on 30B tokens. We have 16 donated GPUs (V100 32GB). How many weeks?",
     {"gpus": 16}),
    ("our one inference server pulls about 3,500 W and runs nonstop for 12 months. Electricity is $0.14/kWh and "
     "the PUE of our closet is probably 1.6. What's the power bill for the year?", {"pue": 1.6}),
])
def test_round46_last_readings(q, expect):
    assert_read(q, expect)


def test_a_year_before_how_many_is_no_card_count():
    assert "gpus" not in read("We're at 3M weekly users growing 80% per year. In 2028 how many GPUs (L4) will we need "
                              "to serve Mistral 7B?")
