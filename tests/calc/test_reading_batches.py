"""Round 37 (document batches, edge sites, copilot seats, translation volumes): documents and pages
are requests, a batch window is the hours a day's work gets, a site of a few cards is sized on its
own share, seats and developers are users, a text's length in words or characters is tokens at a
stated or sourced ratio, and an out-of-reach latency names the cards that reach it."""

from __future__ import annotations

import pytest

from calc import CalcError, ask
from tests.calc.reading_helpers import fig, read


@pytest.mark.parametrize("q,expect", [
    # documents, pages, contracts and tickets processed are requests; their length is the prompt
    ("nightly backfill: ~4M pages, ~900 tokens in / 250 out. llama 3.1 8b on L40S. how many cards??",
     {"queries_per_day": 4e6, "input_tokens": 900, "output_tokens": 250}),
    ("我们每天要做文档解析大概200万页，每页按1500 tokens输入、400 tokens输出算，用Qwen2.5 72B跑在H20上",
     {"queries_per_day": 2e6, "input_tokens": 1500}),
    ("我哋每日要批量處理 50萬份保單 PDF，每份大約 2萬 tokens，輸出 1000 tokens，用 Llama 3.1 70B 喺 H100 上面跑",
     {"queries_per_day": 5e5, "input_tokens": 2e4, "output_tokens": 1000}),
    ("how many H200 to summarise 1.5M support tickets a day w/ llama 3.3 70b? tickets are ~3k tokens, "
     "summary ~300 tokens", {"queries_per_day": 1.5e6, "input_tokens": 3000, "output_tokens": 300}),
    ("~400k documents, ~2,200 tokens each, 150-token labels, llama 3.1 8b bf16 on H100",
     {"queries_per_day": 4e5, "input_tokens": 2200, "output_tokens": 150}),
    # seats, developers and engineers are users; "per dev per day" is each user's
    ("我们5000个开发者，每天每人消耗大概40万token，DeepSeek V3 API 输出每百万token 8元，一个月多少钱？",
     {"users": 5000, "tokens_per_user_day": 4e5}),
    ("我哋團隊有800個工程師，每人每日問大約30次，用Llama 3.1 70B喺H100上跑，要幾多張卡？",
     {"users": 800, "queries_per_user": 30}),
    ("25k devs, 90k tokens per dev per day, llama 3.1 8b on H100. gpus?",
     {"users": 25000, "tokens_per_user_day": 9e4}),
    ("今年付费席位5万，明年目标15万席位，每个席位每天300次补全请求，Qwen3-30B-A3B，H20，要加多少卡？",
     {"users": 5e4, "users_to": 1.5e5}),
    ("planning for 2027: seats from 25k to 90k, ~180 completions/day each, llama 3.1 8b fp8 on B200. gpus?",
     {"users": 25000, "users_to": 90000}),
    ("we charge $19/seat/month. completions: 150/dev/day, 30 tok out on Qwen2.5 7B, H100 at $2.5/h. margin?",
     {"queries_per_user": 150, "usd_per_user_month": 19}),
])
def test_documents_and_people_are_read(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)


@pytest.mark.parametrize("q,hours", [
    ("nightly backfill: ~4M pages, 900 tokens in / 250 out. llama 3.1 8b on L40S, window is 6 hours. cards?", 6),
    ("~400k documents, 2,200 tokens each, 150-token labels, llama 3.1 8b on H100. need it done in 10 hrs", 10),
    ("每天夜间批处理窗口只有8小时，要跑完300万份PDF的摘要，每份输入约4000 tokens，输出300 tokens，Llama 3 70B，H100", 8),
    ("summarise 2M docs in a 6-hour window, 3k tokens in, 200 out, llama 3 8b on H100", 6),
    ("300万份合同8小时内跑完，每份5000 tokens，输出500，用Qwen2.5 72B在H200上，要几张？", 8),
])
def test_a_batch_window_is_the_day_in_fewer_hours(q, hours):
    req, res = ask(q)
    assert req.params["peak_factor"] == pytest.approx(24 / hours)
    # the same batch over a whole day (at the default peak of 2x) needs that much less
    no_window = q.replace(f"window is {hours} hours", "").replace(f"need it done in {hours} hrs", "") \
        .replace(f"窗口只有{hours}小时", "").replace(f" in a {hours}-hour window", "").replace(f"{hours}小时内跑完", "")
    _, whole_day = ask(no_window)
    base = next(a.value for a in whole_day.assumptions if a.name == "peak_factor")   # 1 for a batch job, else 2
    assert fig(res, "tokens_per_s") / fig(whole_day, "tokens_per_s") == pytest.approx(24 / hours / base)
    assert not res.unused and fig(res, "gpus") >= fig(whole_day, "gpus")


def test_sites_hold_their_cards_and_a_load_per_site_is_every_sites():
    req, res = ask("edge rollout: 1,200 sites, 2 cards/site, L4, llama 3.1 8b int8. ~15k users per site, "
                   "8 req/user/day, ~400 output tok each. enough cards or not?")
    assert req.params["users"] == 15000 * 1200 and not res.unused
    assert fig(res, "gpus_stated") == 2400 and fig(res, "gpus") == fig(res, "gpus_per_site") * 1200
    # capex and power count every site's cards
    _, capex = ask("capex: 450 edge sites, 4 cards per site (L40S), $8,200/card. GPUs only, total?")
    assert fig(capex, "cost_usd") == pytest.approx(450 * 4 * 8200)
    _, power = ask("全网2000个边缘站点，每站2张L4，单站整机功耗约400W，PUE 1.3，全网总功率多少MW？")
    assert fig(power, "power_mw") == pytest.approx(2000 * 400 * 1.3 / 1e6)


def test_each_site_rounds_its_own_cards_up():
    # 30 streams at a site need part of one L40S; 800 sites need 800 cards, not 800 x that part
    _, res = ask("~800 sites, each expecting ~30 concurrent voice-bot streams, TPOT <= 25 ms. llama 3 8b fp8 "
                 "on L40S - cards per site?")
    assert fig(res, "gpus_per_site") == 1 and fig(res, "gpus") == 800 and not res.unused
    assert "800 sites" in res.headline


def test_a_network_generation_is_not_a_number():
    _, res = ask("5G MEC: 120 sites, each a 2-GPU H100 PCIe node, llama 3 70b fp8, peak 25 QPS per site, "
                 "500 in / 200 out. does each site cope?")
    assert not res.unused


@pytest.mark.parametrize("q,param,tokens", [
    # a stated ratio is used; without one, the registry's sourced ratio is, and named
    ("每天新增约30万份合同要做抽取，每份平均2万字符，按1.5字符≈1 token换算，输出800 tokens，Llama 3.1 70B，A100 80GB",
     "input_tokens", 2e4 / 1.5),
    ("1 token ≈ 0.75 words; 2,000-word docs, 100k docs/day, 300-word summaries, llama 3 8b on L4",
     "input_tokens", 2000 / 0.75),
    ("每天翻译1亿字，每个汉字约0.6个token，Qwen2.5 72B，H20，多少卡", "tokens_per_day", 1e8 * 0.6),
    ("每天翻译1亿字，Qwen2.5 72B，H20，多少卡", "tokens_per_day", 1e8 * 0.6),
    ("300-word answers, 1M users, llama 3 70b on H100: gpus?", "output_tokens", 300 / 0.75),
])
def test_a_text_length_is_tokens_at_a_ratio(q, param, tokens):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(tokens, rel=1e-3) and not res.unused
    ratios = [a for a in res.assumptions if a.name.startswith("tokens_per_") and a.name != "tokens_per_day"]
    assert ratios and (ratios[0].origin == "question" or ratios[0].source)


def test_an_unreachable_ttft_names_the_cards_that_reach_it():
    with pytest.raises(CalcError) as err:
        ask("Copilot ghost text needs TTFT < 100 ms, prompt ~3k tokens, Mistral 7B on L4. doable? which gpu then?")
    text = err.value.render("en")
    assert err.value.kind == "does_not_fit" and "within reach on" in text
    reach = text.split("within reach on", 1)[1]
    assert "L4 (" not in reach and "ms)" in reach
    with pytest.raises(CalcError) as zh:
        ask("Copilot补全要求首token 100毫秒以内，提示约3000 token，Mistral 7B 在 L4 上做得到吗")
    assert "能达到的卡" in zh.value.render("zh")


def test_stated_inputs_without_an_intent_get_an_answer_not_a_refusal():
    req, res = ask("users per site ~20k, DAU/MAU 0.3, 6 queries per DAU, 800 in + 250 out tokens, "
                   "qwen2.5 7b int8 on L4. cards per site?")
    assert res.intent == "throughput" and req.params["input_tokens"] == 800


def test_pasted_daily_documents_and_their_turns_are_read():
    q = ("pasted from our BI dashboard:\n- tickets/day: 52,000\n- avg msgs/ticket: 7\n- avg tokens per bot msg: 280\n"
         "Model: Mixtral 8x22B, fp8 on MI300X. Fleet size?")
    req, res = ask(q)
    assert req.params["queries_per_day"] == 52000 and req.params["turns_per_session"] == 7
    assert req.params["output_tokens"] == 280 and not res.unused
    assert "364,000 queries a day" in res.headline


def test_a_fleet_rented_over_a_stated_period_says_what_it_costs():
    _, res = ask("云上 L4 一小时 0.7 美元，给 200 个学生做助教 bot，Qwen2.5 7B，每人一天问 20 次，回答 300 token，"
                 "要几张 L4？一学期 4 个月下来多少钱")
    assert fig(res, "cost_period_usd") == pytest.approx(fig(res, "gpus") * 0.7 * 24 * 4 * 30.4375, rel=1e-3)
    assert "租用" in res.headline and not res.unused


# ---- round 37, second half: sheets, eval sweeps, translation and moderation volumes ----

@pytest.mark.parametrize("q,expect", [
    # a header over its rows (CSV, tab-separated, markdown): each value under its column's name
    ("gpu,count,watts,pue,usd_per_kwh\nH200,16384,700,1.25,0.085\n\nannual electricity bill for this row?",
     {"gpus": 16384, "watts_per_gpu": 700, "pue": 1.25, "electricity_usd_per_kwh": 0.085}),
    ("budget_usd,share_on_gpus,gpu,price_per_gpu\n500000000,0.6,B200,38000\nhow many gpus does that buy?",
     {"budget_usd": 5e8, "budget_share": 0.6, "price_usd": 38000}),
    ("| peak_qps | avg_in | avg_out | model | gpu |\n|---|---|---|---|---|\n| 1200 | 2000 | 350 | Llama 3 70B | H100 |\n"
     "replicas needed?", {"qps": 1200, "input_tokens": 2000, "output_tokens": 350}),
    ("bench results (pasted):\ngpu | model | prec | tok/s/gpu\nH200 | Llama 3.1 8B | fp8 | 9,500\n\n"
     "at that rate how many gpus for 30B tokens/day?", {"observed_tokens_per_s_per_gpu": 9500}),
    # a two-column sheet pasted with tabs
    ("agent workload sheet:\ntasks/day\t2M\ncalls per task\t18\nin tok/call\t6000\nout tok/call\t300\n"
     "model\tQwen3-235B-A22B\ngpu\tH200\n\ngpu count?",
     {"queries_per_day": 2e6, "turns_per_session": 18, "input_tokens": 6000, "output_tokens": 300}),
    # spreadsheet cells named by reference are labels, not accelerators
    ("A1: 100M users\nA2: 8 queries/user/day\nA3: 1,500 output tokens avg\nA4: B200\nA5: Llama 3.3 70B bf16\n"
     "B1 = ??? GPUs. what goes in B1", {"users": 1e8, "queries_per_user": 8, "output_tokens": 1500}),
])
def test_pasted_sheets_are_read(q, expect):
    _req, res = ask(q)
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)
    assert not res.unused


def test_an_eval_sweep_on_a_stated_fleet_says_how_long_it_takes():
    q = ("我们每晚评测要跑 20 个 checkpoint，每个 3000 条 prompt，平均输出 800 tokens，用 8张H100 跑 Qwen2.5 72B bf16，"
         "大概要跑多久？")
    _req, res = ask(q)
    tokens = 20 * 3000 * 800
    assert fig(res, "job_hours") == pytest.approx(tokens / fig(res, "tokens_per_s") / 3600)
    assert fig(res, "job_gpu_hours") == pytest.approx(fig(res, "job_hours") * 8) and not res.unused
    # samples per problem multiply the requests; a stated rent prices the GPU-hours
    _, pass_k = ask("pass@k sweep on humaneval: 164 problems x 200 samples, ~350 tokens out each, "
                    "qwen2.5 7b on 1x H100. wall-clock?")
    assert fig(pass_k, "job_hours") * 3600 * fig(pass_k, "tokens_per_s") == pytest.approx(164 * 200 * 350)
    assert "minutes" in pass_k.headline
    _, priced = ask("DeepSeek R1 evals: ~12k output tokens per sample, 2,000 prompts x 16 samples per ckpt, fp8 on "
                    "8 H200, we get ~1.5k tok/s per GPU. GPU-hours per ckpt and cost at $3.8/hr?")
    assert fig(priced, "job_gpu_hours") == pytest.approx(2000 * 16 * 12000 / 1500 / 3600)
    assert fig(priced, "job_cost_usd") == pytest.approx(fig(priced, "job_gpu_hours") * 3.8)


@pytest.mark.parametrize("q,param,value", [
    # a night's volume is a day's; a batch job's huge token count is its day, not one answer
    ("judge model calls: 40k judge calls/night, each ~2,500 input tokens + 300 output, judge API at $2.50/M input "
     "and $10/M output. what's the monthly bill?", "queries_per_day", 40000),
    ("we measured 9,000 tok/s per node on HGX H100 for qwen2.5 72b fp8. nightly eval = 600M output tokens. "
     "how many nodes to get through it in a day?", "tokens_per_day", 6e8),
    ("MI300X 跑 Mixtral 8x22B 评测，单卡实测 1500 tokens/s，一晚 3 亿 output tokens，要几张卡？", "tokens_per_day", 3e8),
    # a text's length restated in tokens: the tokens counted, and so the ratio used
    ("每天翻译字数约1亿字，折合约1.5亿token，全部走DeepSeek V3 API，每百万token 8元，一个月成本多少？", "tokens_per_day", 1.5e8),
    ("每天翻译字数约1亿字，折合约1.5亿token，全部走DeepSeek V3 API，每百万token 8元，一个月成本多少？",
     "tokens_per_character", 1.5),
])
def test_nightly_and_restated_volumes(q, param, value):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


def test_a_rate_said_over_the_average_is_the_peak():
    _peak, res = ask("peak hour mod load is 18k items/s, about 3x the daily average. Qwen2.5 7B int8 on L40S, "
                    "250 tok in, 8 tok out. fleet for peak?")
    assert fig(res, "qps") == pytest.approx(18000 / 3) and not res.unused
    zh, res_zh = ask("审核高峰每秒1.2万条，平均大概是高峰的三分之一左右，每条输入300 token输出5 token。"
                     "用Qwen3-30B-A3B在H800上，要多少卡？")
    assert fig(res_zh, "qps") == pytest.approx(12000 / 3) and zh.params["input_tokens"] == 300
    # an average said as such stays the average
    _, avg = ask("avg 800 QPS, peak is 3x average, Mistral 7B on L4s. how many do we need?")
    assert fig(avg, "qps") == pytest.approx(800)


def test_a_batch_job_runs_at_an_even_rate_unless_told_otherwise():
    _, batch = ask("our batch job: summarize 42M docs/day, ~3.5k tokens in, 250 out, llama 3.1 8b fp8 on h100. gpus?")
    peak = next(a for a in batch.assumptions if a.name == "peak_factor")
    assert peak.value == 1 and peak.origin == "default"
    # a serving stack's "batch" is no batch job
    req, _ = ask("Qwen2.5 72B 用 TP4 部署在 A100 80GB 上，batch 最多 64，一天 20 亿 token 要几个副本")
    assert "batch" not in req.params


def test_the_time_a_growing_load_takes_to_fill_a_stated_fleet():
    _, res = ask("we have 64 H100 running llama 3 70b, 1B tokens/day growing 50%/yr, how long until we run out of "
                 "capacity?")
    import math
    # (the headroom over what the load needs before it is rounded up to whole replicas: 64 over 10.7 cards, not 12)
    headroom = fig(res, "gpus_stated") / (fig(res, "tokens_per_s") / fig(res, "tokens_per_s_per_gpu"))
    assert fig(res, "runway_months") == pytest.approx(12 * math.log(headroom) / math.log(1.5)) and not res.unused
    _, short = ask("现有200张H20跑Qwen2.5 72B，每天5000万次请求，用户每年增长80%，还能撑多久？")
    assert short.figure("runway_months") is None and "已经超过" in short.headline and not short.unused


def test_a_fine_tune_of_a_published_model_is_priced_today_not_at_its_pretraining_time():
    _, sft = ask("full sft of llama 3 70b on 800M tokens on H100: GPU-hours and cost?")
    assert sft.figure("cost_usd_then") is None and "at the time" not in sft.headline
    _, published = ask("what did llama 3 70b cost to train?")
    assert published.figure("cost_usd_then") is not None
    # a figure doubted ("sounds low?? check pls") is checked: the MFU the stated hours imply
    _, doubted = ask("someone on discord said full sft of llama 3 70b on 400M tok x 2 epochs is like 2,000 H100 "
                     "hours. that sounds low?? check pls")
    assert "MFU" in doubted.headline and not doubted.unused


def test_a_pasted_row_keeps_its_commas_as_cell_breaks():
    # "bf16,40%" had been read as the decimal "16.40%", and "GPT-3 175B" then as "GPT-3175B"
    q = "集群算力,精度,MFU,模型,tokens\n10 EFLOPS,bf16,40%,GPT-3 175B,300B\n几天训完？"
    req, res = ask(q)
    assert req.params["mfu"] == pytest.approx(0.4) and req.params["train_tokens"] == pytest.approx(3e11)
    assert res.intent == "training" and not res.unused


@pytest.mark.parametrize("q,expect", [
    # a latency's label is its whole clause ("TTFT budget for inline completion is 150ms")
    ("TTFT budget for inline completion is 150ms, tpot 20ms. llama 3.1 8b fp8 on H100 -- for 2,000 concurrent devs "
     "how many GPUs total?", {"ttft_ms": 150, "tpot_ms": 20}),
    # completions counted per second are requests, not an answer's length
    ("peak is ~900 completion req/s across the org, avg prompt 2.2k tok, output 48 tok, Qwen2.5 7B bf16 on A100 "
     "80GB. gpu count?", {"qps": 900, "output_tokens": 48}),
    ("2k prompt 250 completion, llama 3 8b on L4, 10 qps", {"output_tokens": 250, "qps": 10}),
])
def test_latency_labels_and_completion_counts(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v), (k, got)


def test_a_hedged_peak_rate_is_the_peak():
    req, _ = ask("peak is ~900 completion req/s across the org, avg prompt 2.2k tok, output 48 tok, Qwen2.5 7B bf16 "
                 "on A100 80GB. gpu count?")
    assert req.params.get("qps_is_peak") and req.params["qps"] == 900
