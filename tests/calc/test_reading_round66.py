"""Round 66 (car makers' in-vehicle AI, HPC centres, quant traders, government hotlines, media localisation,
local-LLM hobbyists): turns beside a count of conversations; in-car chips and proper names ending in GPT or
LM are unknown; colocation site codes are no chips; a cost per a count of things is a basis; an MFU gone to
scales a measured run; the rate asked is the second ask tried first; a peak said as "peaking at 3x"; a
claim by someone on our team is still a claim; training FLOPs keep a question on training; service units
defined in GPU-hours; what the model reads and spits out; a day's tokens said far after "daily"; each
card's draw at the wall; what users pay against electricity alone; a run's count in brackets; a guess
after the question checked; the time one answer takes at a stated rate."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def _answer(q: str):
    return compute(parse(q))


@pytest.mark.parametrize("q,expect", [
    # turns beside the conversations counted (which they had pushed aside as a second count)
    ("用户一次问路加闲聊平均4轮对话，每天800万个会话，每轮输入1200 token，输出80 token，Llama 3.1 70B 要几台DGX H100？",
     {"turns_per_session": 4, "queries_per_day": 8e6}),
    ("we get 3M conversations a day, about 5 turns, Llama 3 8B on L4?", {"turns_per_session": 5, "queries_per_day": 3e6}),
    ("would TPU v5e work? averaging 800 QPS, peaking at 2.5x, 300-token prompts, 100-token outputs, Llama 3 8B. "
     "how many chips?", {"peak_factor": 2.5}),
    ("项目书写的总计算量是2e23 FLOPs，计划用H100，MFU 40%，折算需要多少卡时？按每卡时8元收费一共多少钱？",
     {"train_flops": 2e23, "mfu": 0.4, "rent_cny_per_hour": 8}),
    ("我们按1 SU = 1个GPU卡时计费，课题组配额10万SU，要在H100上训7B模型，数据1000亿token，MFU 40%，配额够不够？",
     {"gpu_hours": 1e5, "gpu_hours_per_su": 1}),
    ("Allocation: 40,000 SUs, where 1 SU = 0.5 GPU-hours. Enough for a 7B on 100B tokens on A100 at 40% MFU?",
     {"gpu_hours": 20_000}),
    ("每通电话要让大模型读1500 token、吐出300 token的质检报告，每天5万通，Qwen2.5 72B 上 H20 要几张？",
     {"input_tokens": 1500, "output_tokens": 300}),
    ("We see 2,000 tok/s per GPU on H20. Daily output across the whole QA pipeline is about 400M tokens. How many "
     "cards?", {"tokens_per_day": 4e8}),
    ("bro my rig is 4090s x2, each card pulls ~420W at the wall, power at home is $0.28/kWh. whats that costing me "
     "per month running 24/7?", {"watts_per_gpu": 420, "gpus": 2}),
    ("if B200 really trains 2.5x faster, my 30-day H100 run (128 cards) becomes what, 12 days? and the rental at "
     "$6/hr per card?", {"gpus": 128, "days": 30}),
])
def test_round66_readings(q, expect):
    assert_params(q, expect)


@pytest.mark.parametrize("q", [
    "How many H20s to serve NIO's NomiGPT to 2M daily drivers, 8 queries each?",
    "our FinLLM on H100 for 1M users, 10 queries each",
    # (a guard: the size after such a name stays part of it, as it was before these names were read)
    "BloombergGPT 50B on H100s, 100 qps, 500 in 150 out. GPUs?",
])
def test_a_proper_name_ending_in_gpt_or_lm_is_an_unknown_model(q):
    with pytest.raises(CalcError) as err:
        _answer(q)
    assert err.value.kind == "unknown_model"


@pytest.mark.parametrize("q", ["车端算力平台用地平线征程6P跑Qwen2.5 7B int4量化，每秒能出多少token？",
                               "车端算力平台用征程6跑Qwen2.5 3B，每秒能出多少token？"])
def test_in_car_chips_are_unknown_accelerators(q):
    with pytest.raises(CalcError) as err:
        _answer(q)
    assert err.value.kind == "unknown_accelerator"


def test_colocation_site_codes_are_no_chips():
    res = _answer("one box per colo, 4 sites (NY4, LD4, SG1), 2 cards per site, all L4. Llama 3 8B, 400 in / 60 out. "
                  "total tokens per second?")
    assert fig(res, "tokens_per_s") > 0 and not res.unused


def test_a_cost_per_a_count_of_things_is_its_basis():
    res = _answer("Qwen3-235B-A22B on H20, measured 2,400 tok/s per server (8 cards), each signal ~600 out tok, "
                  "cards rented ¥11/GPU-hr. cost per 1,000 signals?")
    assert res.intent == "throughput" and {i.text: i.param for i in res.inputs}["1,000 signals"] == "per_requests"


def test_the_rate_asked_is_the_second_ask_tried_first():
    res = _answer("Racks capped at 17 kW, 10 cabinets. HGX H100 boxes pull ~10.2 kW each. How many servers fit, and "
                  "roughly how many tokens/s would that be on Mistral 7B?")
    assert fig(res, "tokens_per_s") == pytest.approx(80 * fig(res, "tokens_per_s_per_gpu"))
    assert not res.unused


def test_a_claim_by_someone_on_our_team_is_checked():
    res = _answer("someone on our team claims one H100 pushes 3,000 tok/s on Llama 3 70B FP8. sanity check pls")
    assert "claimed_value" in {i.param for i in res.inputs}


def test_what_each_user_pays_against_electricity_alone():
    res = _answer("charging my 100 discord friends $4/month each for my Llama 3 70B box. does that cover power? "
                  "2 x H100 PCIe, 350W each, $0.25/kWh")
    assert "electricity per user" in res.headline and not res.unused


def test_a_run_redone_on_a_faster_card_is_rented_for_its_own_days():
    res = _answer("if B200 really trains 3x faster, my 20-day H100 run (64 cards) becomes what, 7 days? and whats "
                  "the rental at $5.50/hr per card?")
    assert fig(res, "cost_usd") == pytest.approx(64 * 20 / 3 * 24 * 5.5)
    assert "'7 days'" in res.headline and not res.unused


@pytest.mark.parametrize("q,seconds", [
    ("writing fanfic w/ a local model. 3,000-word chapters, 1 token ~ 0.75 words, at 20 tok/s on my 4090 how long "
     "per chapter?", 4000 / 20),
    ("每篇1500个token，4090上每秒25个token，生成一篇要多久？", 1500 / 25),
])
def test_the_time_one_answer_takes_at_a_stated_rate(q, seconds):
    res = _answer(q)
    assert fig(res, "generation_seconds") == pytest.approx(seconds)
    assert not res.unused


def test_an_mfu_gone_to_scales_a_measured_run():
    res = _answer("our 13B pretrain runs at 600k tokens/s on 512 H100, 2T tokens. ETA? currently MFU 35%; if MFU goes "
                  "to 45%, new ETA?")
    assert fig(res, "train_days_after_gain") == pytest.approx(fig(res, "train_days") * 35 / 45)
