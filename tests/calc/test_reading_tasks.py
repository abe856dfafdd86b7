"""Round 36 (agents, voice, RAG, research labs): what a question says about tasks, runs, seats, lists
and measured rates is read and changes the figures, and the numbers that are only labels (ticket
keys, list items, "top-20") are neither read nor refused as unknown names."""

from __future__ import annotations

import math

import pytest

from calc import CalcError, ask, parse
from tests.calc.reading_helpers import fig, read


@pytest.mark.parametrize("q,expect", [
    # an agent's task or a conversation is that many requests
    ("1 agent task = 18 calls, avg 48k input + 1.2k output tokens each, at $2/M tokens. cost per task?",
     {"turns_per_session": 18}),
    ("$20/user/month, each user runs ~15 agent tasks/day at ~35 calls/task, llama 3 8b on H100. margin?",
     {"queries_per_user": 15, "turns_per_session": 35}),
    ("our agent does 60 tool-use steps per task, 100k tasks/day, llama 3.3 70b on H100",
     {"turns_per_session": 60, "queries_per_day": 1e5}),
    ("每个 task 要 ~30 次 LLM call，每天 20万 task，DeepSeek R1 on H200", {"turns_per_session": 30,
                                                                       "queries_per_day": 2e5}),
    ("40k DAU, each runs ~200 LLM calls/day, llama 3.1 70b on H100s", {"users": 4e4, "queries_per_user": 200}),
    ("each step ~3k new input tokens + 250 out, llama 3.3 70b on H100, 100k requests/day",
     {"input_tokens": 3000, "output_tokens": 250}),
    # runs of a training job
    ("3 runs of a 3B model, 60B tokens each, on TPU v5e at $1.20/chip-hour, MFU 50%", {"runs": 3}),
    ("每次实验大约96卡时，一共做30组实验，按每卡时8元，8张A100", {"runs": 30, "gpu_hours": 96}),
    ("pretrain a 1.3B model on 26B tokens on 8x H100 (we'll pad 3x for ablations)", {"runs": 3}),
    # voice and call centres
    ("call center has 1200 seats, each seat is one live stream into the LLM, Llama 3.3 70B on H200s",
     {"concurrent_users": 1200}),
    ("需求：\n1. 坐席数：2000\n2. 每路通话平均输入 1800 tokens\n3. 模型：Llama 3.1 70B\n请问要几张A100？",
     {"concurrent_users": 2000, "input_tokens": 1800}),
    ("一天60万通电话，每通电话输出200 tokens，每百万tokens 8元，一个月多少钱？", {"queries_per_day": 6e5}),
    ("每人平均講 10 句，每句大概 600 tokens 入、150 tokens 出，120 萬用戶，Llama 3 8B 喺 RTX 4090",
     {"queries_per_user": 10, "input_tokens": 600, "output_tokens": 150}),
    ("每路要求每秒至少出 20 个 token，并发 1.5 万路，Qwen2.5 72B 用 H200", {"tpot_ms": 50}),
    ("avg 120 req/s but peak/avg is like 3.5 around lunchtime, Mistral 7B on L4", {"peak_factor": 3.5}),
    ("2.4B tokens/day on H100, llama 3.1 8b. avg utilization we can hit is 60%", {"utilization": 0.6}),
    ("MFU 如果提升 8 个点（现在 38%），256 张 H800 跑了 21 天，能省几天？", {"mfu_gain_points": 0.08}),
    ("学校给课题组分了5万机时（A100卡时），Llama 3 8B，MFU大约35%", {"gpu_hours": 5e4}),
    ("we measured Llama 3.1 8B SFT at ~20k tokens/s on an 8-GPU H100 node", {
        "observed_tokens_per_s_per_server": 20_000}),
    ("语音助手 MAU 3000万，每人每天说话折合约8000 tokens，DeepSeek V3 在 H20 上", {"tokens_per_user_day": 8000}),
])
def test_reads(q, expect):
    got = read(q)
    for k, v in expect.items():
        assert got.get(k) == pytest.approx(v) if isinstance(v, (int, float)) else got.get(k) == v, (k, got)


@pytest.mark.parametrize("q", [
    "JIRA ENT-4412: we run on H100 now, would moving to H200 cut GPU count? 22k input tok, 150 output tok, "
    "80 QPS peak, llama 3.3 70b",
    "prompt: 25k tokens (top-20 chunks), Qwen2.5 72B on H200, 40k seats, how many GPUs",
])
def test_ticket_keys_and_retrieval_depth_are_no_accelerators(q):
    _, res = ask(q)                          # answered, not refused as an unknown accelerator
    assert res.headline


@pytest.mark.parametrize("q", [
    "how many MI-400 for 1M users?",                 # (a maker's hyphenated chip is no ticket key)
    "compare MI-450 vs H100 for llama 3 70b at 1M users",
])
def test_a_hyphenated_unknown_chip_is_refused_not_sized_as_the_default(q):
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "unknown_accelerator"


@pytest.mark.parametrize("q", [
    "Whisper large-v3 跑在 L40S 上做通话转写，每天 50 万小时录音，需要多少张卡？",
    "what would it cost to serve Moshi for 1,000 simultaneous calls on H100s?",
    "Jira SRCH-981: evaluate Command R+ for grounded RAG answers on H100s. 3k seats. GPU count?",
    # (round 37: these had been sized as GPT-3 175B, or refused as an accelerator)
    "self-hosting Codestral on L40S for 2k devs, 200 completions/day each -- how many L40S?",
    "CodeGeeX4 部署在H20上，5000个开发者每人每天300次补全，需要几张卡？",
    "We're evaluating Cohere's Aya Expanse for 23-language MT. At 100M output tokens/day, how many H100s?",
])
def test_uncatalogued_models_are_refused_by_name(q):
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "unknown_model"


def test_a_task_costs_its_calls():
    _, res = ask("1 agent task = 18 calls, avg 48k input + 1.2k output tokens each, we pay $0.60/M input "
                 "and $2.40/M output. what does one task cost us?")
    per_request = 48_000 * 0.60 / 1e6 + 1_200 * 2.40 / 1e6
    assert fig(res, "cost_per_query") == pytest.approx(per_request)
    assert fig(res, "cost_per_session_usd") == pytest.approx(18 * per_request)


def test_a_user_margin_counts_every_call_of_every_task():
    _, one = ask("$20/user/month, each user runs ~15 agent tasks/day, 500 out per call, "
                 "llama 3.1 70b on H100 rented $2/hr. margin per user?")
    _, many = ask("$20/user/month, each user runs ~15 agent tasks/day at ~35 calls/task, 500 out per call, "
                  "llama 3.1 70b on H100 rented $2/hr. margin per user?")
    assert fig(many, "gpu_cost_per_user_month") == pytest.approx(35 * fig(one, "gpu_cost_per_user_month"),
                                                                 rel=1e-6)


def test_runs_multiply_the_work_and_the_bill():
    _, one = ask("a 3B model, 60B tokens, on TPU v5e at $1.20/chip-hour, MFU 50%. total $?")
    _, three = ask("3 runs of a 3B model, 60B tokens each, on TPU v5e at $1.20/chip-hour, MFU 50%. total $?")
    assert fig(three, "train_flops") == pytest.approx(3 * fig(one, "train_flops"))
    _, hours = ask("课题组用8张A100 80GB微调Qwen2.5 7B，每次实验大约96卡时，一共做30组实验，按每卡时8元算，总共需要多少经费？")
    assert fig(hours, "cost_cny") == pytest.approx(96 * 30 * 8)


def test_a_cluster_rate_is_checked_against_the_load_at_its_peak():
    _, res = ask("is 1.8M tok/s cluster-wide enough? 300k DAU x 120 calls/day x 700 out tokens, peak 3x")
    need = 300_000 * 120 * 700 / 86_400 * 3
    assert fig(res, "tokens_per_s_needed") == pytest.approx(need)
    assert res.headline.startswith("Yes")
    _, short = ask("集群总吞吐每秒50万token，日活1000万每人每天10次、每次输出500 token，够不够？")
    assert short.headline.startswith("不够")
    assert fig(short, "rate_over_need") == pytest.approx(5e5 / (1e7 * 10 * 500 / 86_400 * 2))


def test_a_rented_fleet_costs_every_hour_over_the_requests():
    _, res = ask("our 32-GPU H100 RAG cluster averages 25% utilization, rent $2.3/hr, 400k queries/day. "
                 "cost per query?")
    assert fig(res, "cost_per_request_usd") == pytest.approx(32 * 2.3 * 24 / 400_000)
    assert not res.unused


def test_break_even_rent_is_the_ratio_times_the_rent_paid():
    _, res = ask("we pay $2.1/hr for H100 today; if B200 is 2.3x faster on our 20k-token prompts, "
                 "what B200 hourly rent breaks even per query?")
    assert fig(res, "break_even_rent_usd_per_hour") == pytest.approx(2.1 * 2.3)
    assert not res.unused


def test_a_node_rate_trains_on_that_node():
    _, res = ask("we measured Llama 3.1 8B SFT at ~20k tokens/s on an 8-GPU H100 node. 5B tokens x 3 epochs. "
                 "how many node-hours should we ask for?")
    assert fig(res, "train_days") == pytest.approx(15e9 / 20_000 / 86_400, rel=1e-3)
    assert not res.unused


def test_a_rate_counting_prompts_bills_the_prompts():
    _, mixed = ask("cost per query? 8x H100 rented at $2.2/hr per GPU, measured 2,400 tok/s per GPU on mixed "
                   "prefill+decode, avg prompt 12k tokens + 250 tokens out")
    _, out = ask("cost per query? 8x H100 rented at $2.2/hr per GPU, measured 2,400 tok/s per GPU, "
                 "avg prompt 12k tokens + 250 tokens out")
    assert fig(mixed, "cost_per_query_usd") == pytest.approx(fig(out, "cost_per_query_usd") * 12_250 / 250)


def test_one_day_before_a_count_is_per_day_not_one_day():
    req = parse("一天60万通电话，每通电话输出200 tokens，用 H100 要几张？")
    assert "days" not in req.params
    assert req.params["queries_per_day"] == 6e5


def test_the_same_run_at_a_better_mfu_says_so():
    _, res = ask("256 张 H800 跑了 21 天，MFU 38%，如果 MFU 提升 8 个点，能省几天？")
    assert fig(res, "train_days") == pytest.approx(21 * 0.38 / 0.46, rel=1e-3)
    assert "换256张" not in res.headline and "46%" in res.headline


# ---- round 36, sealed half (sets 567-570: forwarded e-mails, shopping festivals, RL teams, chip marketing)

EMAIL = """---------- Forwarded message ---------
From: Priya Raman <priya@ourco.com>
Date: Fri, Mar 14, 2025 at 9:12 AM
Subject: RE: ticket #INC-48213 capacity ask for Q3

Hi team, per the call (ext. 4417) — product wants to launch the assistant to 12M DAU by Q3.
Each user ~8 queries a day, avg 600 input tokens and 350 output tokens. We're on vLLM 0.6.3 serving llama 3.1 8b in bf16
on L40S. How many cards do we need if peak is 3x average? Thanks, P"""


def test_an_emails_dates_ids_phones_and_versions_are_labels_not_inputs():
    req = parse(EMAIL)
    got = {s.param: s.value for s in req.stated if s.param}
    assert got["users"] == 12e6 and got["queries_per_user"] == 8 and got["peak_factor"] == 3
    assert got["input_tokens"] == 600 and got["output_tokens"] == 350
    labels = ("2025", "9:12", "48213", "4417", "0.6.3")
    assert not [s.text for s in req.stated if any(x in s.text for x in labels)]
    assert not [s.text for s in req.stated if s.param is None]      # ("by Q3": no number left unread)


@pytest.mark.parametrize("q", [
    "转发：\n发件人：算法平台组\n日期：2025-01-06\n主题：Q1预训练资源申请（编号 RA-2025-019）\n"
    "计划用2048张H800训练一个70B的稠密模型，数据量15T token，MFU按38%估。大概要训多少天？",
    "Dell quote #Q-8841203: HGX H100 8-GPU node at $289,000 each, 64 nodes. keep renting at $2.10 per GPU hour "
    "over 36 months instead?",
    "Vendor msg (quote ref FW-1173): Llama 3.1 70B on H200 nodes with TP=8 sustains 64 concurrent streams per "
    "replica at 35 ms TPOT and sub-500ms TTFT. We need 2,000 concurrent users. How many GPUs?",
    "Forwarding the Supermicro quote (SMC-Q-2025-00981, contact ext. 3312): SYS-821GE-TNHR, H200 SXM, "
    "8 GPUs/node, $312,500/node, Qty: 128. total capex?",
])
def test_reference_keys_and_part_numbers_are_no_accelerators(q):
    _, res = ask(q)
    assert res.headline


def test_a_quote_per_node_counts_nodes():
    req = parse("SYS-821GE-TNHR, H200 SXM, 8 GPUs/node, $312,500/node\nQty: 128\ntotal capex?")
    assert req.params["servers"] == 128 and "gpus" not in req.params


def test_a_festival_named_by_its_date_is_no_number():
    req = parse("双十一峰值预计是平时的8倍，平时AI导购QPS大概300，模型用Qwen2.5 72B fp8，H200要准备多少张？")
    assert req.params["peak_factor"] == 8 and req.params["qps"] == 300


@pytest.mark.parametrize("q,fast,k", [
    ("For analyst day: MI250X (560W) replacing a V100 fleet of 2,000 GPUs, speedup 4x. kWh saved per year?",
     "mi250x", 4),
    ("40kW rack cap, DGX H100 nodes. Customer needs the compute of 12,000 GPUs; how many racks if they go "
     "B200 at 2.2x the per-GPU perf?", "b200", 2.2),
    ("Fleet: 20k H100 -> 8k B200, B200 is 2.5x faster. how many B200 for the same work?", "b200", 2.5),
])
def test_a_multiple_between_two_cards_is_their_speed_ratio(q, fast, k):
    req = parse(q)
    assert req.params["speedup"] == k and req.params.get("speedup_fast", fast) == fast


def test_replacing_a_fleet_saves_the_difference_in_power():
    _, res = ask("Electricity saved: replacing an H100 fleet (10k GPUs) with B200 @1000W, 2.2x speedup, same "
                 "work. annual $ saved at $0.11/kWh, PUE 1.3?")
    n_new = math.ceil(10_000 / 2.2)
    saved_mwh = (10_000 * 700 - n_new * 1000) * 1.3 * 365.25 * 24 / 1e6
    assert fig(res, "gpus") == n_new
    assert fig(res, "energy_saved_mwh") == pytest.approx(saved_mwh)
    assert fig(res, "electricity_saved_usd") == pytest.approx(saved_mwh * 1000 * 0.11)
    assert not res.unused


def test_samples_per_prompt_multiply_the_generations():
    req = parse("GRPO一天大概10万个prompt，每个prompt采样16条，平均每条2k token，policy是Qwen2.5 7B，用H100的话生成侧要多少张？")
    assert req.params["queries_per_day"] == 1e5 and req.params["turns_per_session"] == 16
    assert req.params["output_tokens"] == 2000
    req = parse("GRPO w/ Mistral 7B, group size 8, ~150k prompts/day, max gen len 1024 tokens. on L40S how many cards?")
    assert req.params["turns_per_session"] == 8


@pytest.mark.parametrize("q,racks,servers", [
    ("Row C racks are capped at 30 kW per cabinet. We have 80 cabinets free in Hall 2. How many DGX B200 "
     "(~14.3 kW each) can we land, and how many GPUs total?", 80, 160),
    ("机柜限电40kW，有20个机柜，DGX H100整机10.2kW，能放多少台？", 20, 60),
])
def test_racks_counted_under_a_cap_are_filled(q, racks, servers):
    req, res = ask(q)
    assert req.params["racks"] == racks and "servers" not in req.params
    assert fig(res, "servers") == servers


def test_one_rack_asked_about_and_rack_scale_servers_are_not_racks_to_fill():
    req = parse("政务云机柜单柜供电只有12kW，DGX H100 一台大约10.2kW，一个柜子能放几台？要部署 256 张卡需要多少个机柜")
    assert "racks" not in req.params
    req = parse("3 racks of GB200 NVL72, the colo caps racks at 100kW, each ~132kW: how short are we?")
    assert "racks" not in req.params


def test_racks_of_sized_nodes_hold_every_whole_node_that_fits():
    _, res = ask("MI300X, 750W per OAM, 8/node, we have 30kW per cabinet and 60 cabinets. how many GPUs fit total? "
                 "power bill at PUE 1.2 and 9c/kWh?")
    assert fig(res, "power_mw") == pytest.approx(60 * 5 * 8 * 750 * 1.2 / 1e6)
