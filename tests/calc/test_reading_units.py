"""What unit a stated figure is of: a rate a server measured is the server's, not one GPU's; a
bare amount next to one card is that card's price, not a budget; a scale written once after a
range applies to both ends; "in 1.2k out 300" is a prompt and an answer. Each case below was
read wrong, silently, by the version before (blind sets 155-162)."""

from __future__ import annotations

import math
import re

import pytest

from calc import CalcError, ask, parse
from calc.numbers import find_numbers, normalize
from tests.calc.reading_helpers import read


@pytest.mark.parametrize("q,rate", [
    ("our bench: HGX H100 does 22k output tok/s on Llama 3 70B fp8. 2B output tokens/day, how many servers?",
     22_000),
    ("DGX B200 每台实测 4.8万 tok/s（Llama 3 70B fp8），日活 3000万，人均 6 次，输出 450，要几台 DGX？", 48_000),
    ("GB200 NVL72 每柜实测 DeepSeek-V3 fp4 输出 60万 tok/s，每天 5000亿 输出 token，峰均比 2，要几个柜？", 600_000),
    ("Qwen3-235B-A22B fp8，TP8 on H20，单机 8 卡实测合计 3200 tok/s，日请求 3000万，平均输出 800，需要几台？", 3_200),
    ("Llama 3.1 405B fp8 on H200 rented at $3.50/GPU-hr; measured 9,000 output tok/s per 8-GPU server. "
     "Cost per million tokens?", 9_000),
    ("Qwen3-235B-A22B上线，H20八卡机，单机实测6500 tok/s，日请求1.5亿次，每次平均输出500 tokens，几台？", 6_500),
])
def test_a_rate_a_server_measured_is_the_servers(q, rate):
    # read as one GPU's: fleets and costs per token 8 (or 72) times off
    got = read(q)
    assert got.get("observed_tokens_per_s_per_server") == rate
    assert "observed_tokens_per_s_per_gpu" not in got


@pytest.mark.parametrize("q", [
    "64 HGX H100 do 1M tok/s in all on Llama 3 70B; how many for 2M tok/s?",
    "On HGX H100 each GPU does 2,500 tok/s on Llama 3 70B; 1e10 tokens a day, how many GPUs?",
])
def test_a_count_of_servers_or_a_per_gpu_rate_is_not_one_servers(q):
    assert "observed_tokens_per_s_per_server" not in read(q)


def test_the_one_server_a_rate_was_measured_on_is_not_the_fleet():
    # "the 8 you stated are 0.57x that": the node the rate was measured on taken as a claimed fleet
    req, res = ask("one HGX H100 node does ~21k tok/s out (Llama 3 70B fp8). need 1.2e9 output tok/day, "
                   "peak 2.5x -> nodes?")
    assert "servers" not in req.params and "stated" not in res.headline
    req, res = ask("实测单机（8卡H20）吞吐1.8万 tokens/s，日均50亿token，峰值系数3，要多少台机器？")
    assert req.params["gpus_per_server"] == 8 and "gpus" not in req.params and "给出的" not in res.headline


def test_a_server_rate_costs_the_whole_servers_hours():
    _, res = ask("H200s at $3.50/GPU-hr, 8 per node, each node does 9k tok/s total. Cost per million tokens?")
    assert res.figure("tokens_per_s_per_gpu").value == 1125
    assert res.figure("cost_per_million_tokens_usd").value == pytest.approx(3.5 * 8 / (9000 * 3600) * 1e6)


@pytest.mark.parametrize("q,param,value", [
    ("每天 5000亿 输出 token，DeepSeek-V3，H800 要几张？", "tokens_per_day", 5e11),
    ("用户 300万 日活，每人每天 5k 输出 token，Llama 3 70B，H100 要几张？", "tokens_per_user_day", 5e3),
])
def test_tokens_with_their_direction_between_number_and_word_are_tokens(q, param, value):
    # "每天 5000亿 输出 token" was 5000亿 queries a day
    assert read(q)[param] == value


@pytest.mark.parametrize("q,inp,out", [
    ("Our QPS is ~120 avg. Llama 3 8B on L4. in 1.2k out 300. how many L4s roughly?", 1200, 300),
    ("日活 1200万，人均 8 次，in 1k out 400，Llama 3 70B int8 on H800，几张卡", 1000, 400),
    ("need 900 qps on llama 3.1 8b with 2k in 300 out on H100", 2000, 300),
    ("in 512 / out 128 tok on H100 with Llama 3 8B for 100 qps", 512, 128),
])
def test_in_and_out_shorthand_is_prompt_and_answer(q, inp, out):
    got = read(q)
    assert (got["input_tokens"], got["output_tokens"]) == (inp, out)


@pytest.mark.parametrize("q,param,value", [
    ("听说一张 MI300X 只要 1.5 万美元，比 H100 便宜很多，是真的吗？", "price_usd", 15_000),
    ("Is it true that renting H100s at $2/hr beats buying at $30k if we only need them for 2 years?",
     "price_usd", 30_000),
    ("一张H100买断3万美元，租的话每小时2.2美元，利用率70%的话多久回本？", "price_usd", 30_000),
])
def test_an_amount_said_of_one_card_is_its_price(q, param, value):
    # read as a budget: "this budget buys 0 H100", or a rent-or-buy answered as a power bill
    got = read(q)
    assert got[param] == value and "budget_usd" not in got


@pytest.mark.parametrize("q", [
    "we have $60k, how many H100 can we buy?",
    "知乎回答说：按汇率7.2，一张H100卖25万人民币相当于3.5万美元，这个没算错吧？",
])
def test_a_budget_or_a_converted_amount_stays_what_it_was(q):
    assert "price_usd" not in read(q)


def test_rent_or_buy_with_a_stated_price_compares_both():
    _, res = ask("Is it true that renting H100s at $2/hr beats buying at $30k if we only need them for "
                 "2 years? Assume 700W per GPU and $0.10/kWh.")
    assert "buying" in res.headline and not res.unused


@pytest.mark.parametrize("text,values", [
    ("closer to $25-30k?", [25_000, 30_000]),
    ("2-3万美元", [20_000, 30_000]),
    ("1-2k tokens", [1_000, 2_000]),
    ("3-5x", [3, 5]),
    ("$2-3/hr", [2, 3]),
    ("in 2-3 years", [2, 3]),
])
def test_a_scale_after_a_range_applies_to_both_ends(text, values):
    assert [n.value for n in find_numbers(normalize(text).text)] == values


@pytest.mark.parametrize("q,off", [
    ("Need a 3-year TCO for 1,024 H200: $32k/GPU list, 15% volume discount, PUE 1.35.", 0.15),
    ("HGX H100 整机报价 32 万美元，要买 128 台，供应商给 5% 折扣，总价多少？", 0.05),
    ("1,000 TPU v5e rented at $1.20/chip-hour for 2 years with a 37% committed-use discount.", 0.37),
    ("H100 单价 2.5 万美元，再打个九折呢，1000 张多少钱", 0.1),
    ("H200 按需 4.5 美元/卡时，预留打 6 折，512 张卡三年总共多少钱？", 0.4),
])
def test_a_discount_in_its_many_phrasings_is_read(q, off):
    # '15% volume discount' and '5% 折扣' were "could not tell what this number is"
    assert read(q)["discount"] == pytest.approx(off)


def test_a_discount_on_a_stated_rent_lowers_the_rent():
    # the discount was named as unused: "a purchase-cost estimate does not use it"
    _, res = ask("云厂商给的 H100 租价 2.4 美元/小时，打 8 折，汇率 7.1，折合人民币每卡每月多少钱？")
    assert not res.unused
    assert res.figure("cost_per_day_usd").value == pytest.approx(2.4 * 0.8 * 24)


def test_a_discount_with_a_purchase_price_stays_off_the_price():
    _, res = ask("HGX H100 整机报价 32 万美元，要买 128 台，供应商给 5% 折扣，按汇率 7.1 折人民币总价多少？")
    assert "3890万美元" in res.headline


def test_the_tco_of_rented_chips_is_their_rent():
    # was refused: "I have no purchase price for TPU v5e"
    _, res = ask("TCO for TPU v5e: 1,000 chips rented at $1.20/chip-hour for 2 years with a 37% "
                 "committed-use discount.")
    assert res.figure("cost_usd").value == pytest.approx(1000 * 1.2 * 0.63 * 24 * 730.5)


@pytest.mark.parametrize("q,fast", [
    ("how many H20 to match 10,000 H100 for training, if H20 is 6.7x slower?", "h100_sxm"),
    ("H20 比 H100 慢 6 倍，1 万张 H100 相当于多少张 H20？", "h100_sxm"),
    ("how many H20 to match 10,000 H100 for training, if H20 is 6.7x faster?", "h20"),
])
def test_slower_makes_the_other_one_the_faster(q, fast):
    # "6.7x slower" was a growth factor: "447,905 H20 match … 67,000 H100"
    req, res = ask(q)
    assert req.params["speedup_fast"] == fast
    want = 10_000 * (req.params["speedup"] if fast == "h100_sxm" else 1 / req.params["speedup"])
    assert res.figure(res.figures[0].name).value == pytest.approx(want, rel=0.01)


@pytest.mark.parametrize("text,value", [
    ("一万二一张的 4090 买 200 张", 12_000),
    ("三千五一台", 3_500),
])
def test_a_colloquial_numeral_before_one_card_keeps_its_value(text, value):
    # "一万二一张" was 10,001 (and then 10,001 GPUs)
    assert find_numbers(normalize(text).text)[0].value == value


def test_one_kuai_of_money_is_not_one_card():
    got = read("竞品说他们每百万 token 只收 1 块钱，我们用 Qwen2.5 72B 在 H20 上跑，租金 8 元/卡/小时，能打平吗")
    assert got.get("cny_per_million_tokens") == 1 and "gpus" not in got


def test_queries_a_day_beside_users_asked_for_are_each_users():
    # "serve 10 queries a day … the 64 you stated are 32x that"
    req, _ = ask("Mixtral 8x22B vs Llama 3 70B on the same 64 H200: which serves more users at 10 "
                 "queries/day, 600 output tokens?")
    assert req.params["queries_per_user"] == 10 and "queries_per_day" not in req.params


def test_a_batch_per_replica_beside_the_concurrent_users():
    # the batch was read as the load and the 400 users compared as another option
    got = read("Llama 3.1 405B fp8 TP8 on H200, 64 concurrent seqs per replica, 400 users concurrently, "
               "4k prompt, 1k gen. replicas? total GPUs?")
    assert got["batch_per_replica"] == 64 and got["concurrent_users"] == 400


@pytest.mark.parametrize("q,before,after", [
    ("之前用 2048 张 A100 训了 40 天，现在换成 1024 张 H100，MFU 能高 5 个点，大概要几天？", 0.40, 0.45),
    ("it took 40 days on 2048 A100s; if we move to 1024 H100s with MFU 5 points higher, how many days?",
     0.40, 0.45),
])
def test_mfu_points_are_added_not_multiplied(q, before, after):
    req, res = ask(q)
    assert req.params["mfu_gain_points"] == pytest.approx(after - before) and not res.unused
    days = res.figure("train_days").value
    assert days == pytest.approx(40 * 2048 * 312 * before / (1024 * 989.4 * after), rel=0.01)


def test_a_run_moved_to_a_new_fleet_with_huan_is_the_same_job():
    # "之前在 2048 张 A100 上训了 80 天，现在换 1024 张 H100": two fleets added up (3,072 cards)
    req, _ = ask("同样的 70B 模型，之前在 2048 张 A100 上训了 80 天，现在换 1024 张 H100、MFU 提高 5%，大概几天？")
    assert req.params["from_gpus"] == 2048 and req.params["gpus"] == 1024


@pytest.mark.parametrize("q,fit,racks", [
    ("单柜供电上限 40kW，HGX H100 整机按 10.2kW 算，每柜能塞几台？", 3, None),
    ("Our halls cap at 60 kW per rack. How many HGX B200 per rack, and how many racks for 16,384 GPUs?",
     4, 512),
    ("GB200 NVL72 整柜功耗大概多少？我们机房单柜供电上限 120kW，放得下吗", 1, None),
])
def test_a_racks_power_limit_holds_whole_servers(q, fit, racks):
    # the limit was read as one server's draw: "160 MW for 16,384 B200" at 60 kW a server
    req, res = ask(q)
    assert "server_power_cap_w" in req.params and res.figure("servers_under_cap").value == fit
    assert (res.figure("racks").value if racks else None) == racks


@pytest.mark.parametrize("q,claimed", [
    ("听说 GB200 NVL72 一个柜子 300 万美元，72 张卡算下来每张 4 万多，对吗？", "4 万多"),
    ("有人说 DGX B200 一台 50 万美元，8 张卡等于 6 万多一张，是不是比单买还贵？", "6 万多一张"),
])
def test_a_priced_servers_cards_and_the_per_card_claim(q, claimed):
    # "300 万美元" was a budget ("this budget buys 46 GB200") and "72 张卡" a claimed fleet
    req, res = ask(q)
    assert req.params["gpus_per_server"] in (72, 8) and "gpus" not in req.params
    assert any(s.text == claimed and s.param == "claimed_value" for s in req.stated)
    assert claimed in res.headline and not res.unused


def test_hearsay_marks_a_claim_to_check():
    # "听说 … 没错吧" was answered without comparing the 140 MW said
    _, res = ask("听说 B200 单卡 1000W，一台 HGX B200 整机 14kW，那 1 万台服务器要 140MW，没错吧？")
    assert "140MW" in res.headline


@pytest.mark.parametrize("q,gpus", [
    ("某大厂 2025 年资本开支 800 亿元，其中 60% 用于采购 H20，单价 11万元/张，可采购多少万张？", 436_363),
    ("北美头部 CSP 合计 capex 3000亿美元，GPU 占比约 50%，假设 B200 均价 3.5 万美元，对应出货量多少万颗？", 4_285_714),
    ("据报道某公司花 100 亿美元建集群，一张 B200 按 4 万美元，卡占总投资 60%，那有多少张卡？", 150_000),
    ("预算 3000 万美元，全部投入（含网络、机房）大约是卡价的 1.6 倍，H200 单卡 3.1 万美元，能配多少张？", 604),
])
def test_the_share_of_a_budget_that_buys_chips(q, gpus):
    # the share was "could not tell what this number is", '均价 3.5 万美元' a second budget and
    # '多少万张' a claimed 10,000 cards
    _, res = ask(q)
    assert res.figure("gpus").value == gpus and not res.unused


@pytest.mark.parametrize("q,total", [
    ("For the board deck: a 100k-GPU B300 campus, all-in 1.8x the chip cost at $45k per chip. Total capex?",
     100_000 * 45_000 * 1.8),
    ("GB200 NVL72 整柜售价约 300 万美元，某 CSP 采购 1000 柜，对应资本开支多少？若 all-in 系数 1.3 呢", 3e9 * 1.3),
])
def test_a_stated_all_in_multiple_scales_the_build(q, total):
    _, res = ask(q)
    assert res.figure("capex_all_in_usd").value == pytest.approx(total) and not res.unused


@pytest.mark.parametrize("q,lo,hi", [
    ("文章说 HBM 单价是普通 DRAM 的好几倍，低的说 5 倍，高的说 8 倍，DRAM 按每 GB 3 美元，那一张 B200 光 HBM 值多少钱？", 5, 8),
    ("HBM costs roughly 5x DRAM. with DRAM at $3/GB, what's HBM per GB? and with 8x at the high end? "
     "what's the 288GB on a B300 worth then?", 5, 8),
])
def test_hbm_over_dram_at_the_low_and_the_high_end(q, lo, hi):
    # both multiples named unused, the answer at the catalog's 3x
    req, res = ask(q)
    assert (req.params["hbm_multiple"], req.params["hbm_multiple_high"]) == (lo, hi) and not res.unused


def test_hbm_multiples_compared_stay_options():
    req, _ = ask("HBM costs 5x DRAM, DRAM at $3/GB. What's the HBM bill for 100k B200s with 192 GB each — "
                 "vs if HBM were only 3x?")
    assert len(req.options) == 2


@pytest.mark.parametrize("q,param,value", [
    ("假设 2027 年全球 AI 加速卡出货 1200 万张，平均 HBM 容量 256GB，HBM 单价 12 美元/GB，市场规模多少亿美元？",
     "hbm_gb_per_gpu", 256),
    ("HBM 现在大概 15 美元/GB，DRAM 3 美元/GB，单张 B200 的 HBM 值多少钱（192GB）", "hbm_gb_per_gpu", 192),
    ("What's the HBM TAM if 2026 accelerator shipments are 7M units averaging 180 GB of HBM at $12/GB?",
     "gpus", 7e6),
])
def test_memory_and_shipments_of_a_market_question(q, param, value):
    # "2026 accelerator" was 2,026 GPUs and the 7M units a second count set aside
    got = read(q)
    assert got[param] == value
    assert got.get("gpus") != 2026


def test_energy_per_million_tokens_from_a_servers_measured_rate():
    # answered as a memory fit, every input named unused
    _, res = ask("Qwen2.5 72B 在 HGX H100 上 bf16，实测整机 6000 tok/s，整机 10kW，PUE 1.3，电价 0.55元/度，"
                 "每百万 token 电费多少元？")
    assert res.figure("energy_per_token_j").value == pytest.approx(10_000 * 1.3 / 6000)
    assert not res.unused


@pytest.mark.parametrize("q,acc", [
    ("A100 80GB PCIe 实测 Llama 2 70B int8 TP4 每卡 450 tok/s，QPS 平均 12，输出 512，峰值 3，要几张？", "a100_pcie_80gb"),
    ("a100 80gb pcie vs h100 sxm for mistral 7b 2000 qps, which cheaper to rent? a100 $1.1/h h100 $2.5/h",
     "a100_pcie_80gb"),
])
def test_a_form_factor_after_the_memory_is_that_card(q, acc):
    # "A100 80GB PCIe" was the SXM card; a bare "a100" after it a third option
    req, res = ask(q)
    assert req.params["accelerator"] == acc and not res.unused
    assert len(req.options) in (0, 2)


def test_a_cost_per_million_tokens_against_a_price_in_yuan_is_compared_in_yuan():
    _, res = ask("H20 租 ¥6.5/卡时，DeepSeek-R1 实测 320 tok/s/卡，每百万 token 成本多少？对比 API 定价 16元/百万token")
    assert "16元" in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("what's a 10k GB200 cluster cost in RMB roughly? rate 7.2", "usd_cny", 7.2),
    ("周活 1.2亿，日活/周活大概 0.6，每人每天 4 次，Qwen3-235B-A22B 上 H200，要几张卡？", "dau_per_wau", 0.6),
    ("Mixtral 8x22B，fp8，H100 SXM，压测单卡 1300 tok/s，每天 4000万 次请求，平均输出 300，高峰是均值 3 倍，几张？",
     "peak_factor", 3),
])
def test_terse_words_for_rates_and_shares(q, param, value):
    assert read(q)[param] == value


def test_a_load_grown_by_next_year_sizes_next_years_fleet():
    # "翻 10 倍" was named unused and the fleet sized for today's 80 QPS
    _, res = ask("我们现在 QPS 大概 80，明年预计翻 10 倍，用 Mistral 7B + L4，明年要多少张")
    assert res.figure("qps").value == pytest.approx(800) and not res.unused


def test_a_factor_on_revenue_next_year_is_not_a_fleet():
    req, _ = ask("我们日均调用量2亿次，平均输入1500 token、输出400 token，定价每百万token 2元，一年token收入多少？"
                 "如果明年调用量翻3倍呢？")
    assert req.intent != "fleet"


@pytest.mark.parametrize("q", [
    "H100 NVL 两张 跑 Llama 3 70B fp8，32k context，最多能开多大 batch？",
    "TPOT budget 15ms for Llama 3 8B fp8 on H100 SXM — what's the max batch? 2k ctx",
    "Llama 3.1 405B fp8，8 卡 H200，128k 上下文，batch 能开多大？KV cache 放得下吗",
])
def test_the_largest_batch_is_the_concurrent_sequences_that_fit(q):
    # "max batch" was "that does not look like a numeric question"
    _, res = ask(q)
    assert res.figure("concurrent_users").value >= 1 and not res.unused


def test_a_context_written_before_its_sequences_is_their_length():
    req, res = ask("Llama 2 7B int8 on 1x A100 40GB: max concurrent 4k-ctx sequences?")
    assert req.params["input_tokens"] == 4000 and not res.unused


def test_an_unknown_model_whose_size_the_tokens_need_is_named_as_unknown():
    from calc.result import CalcError
    with pytest.raises(CalcError) as e:
        ask("Is 8 weeks enough to train Qwen2.5 32B on 18T tokens with 4096 H100?")
    assert e.value.kind == "unknown_model"


@pytest.mark.parametrize("q,param,value", [
    ("How much did GPT-3 cost to train in today's money if V100 hours go for $0.90?", "rent_usd_per_hour", 0.9),
    ("每 token 能耗 0.3 焦，一天出 100亿 token，电价 0.6 元/度，一个月电费多少？", "tokens_per_day", 1e10),
    ("参数 1 万亿、训练数据 20T token 的模型需要多少 FLOPs？用 1万张 H100、MFU 40% 要训多少天？", "params", 1e12),
    ("HBM 需求同比增长 80%，几年后能增长到现在的 10 倍？", "growth_rate_year", 0.8),
    ("我们 copilot 产品，每个用户一天大概用 2w token（输出），预计明年用户到 500万，用 HGX B200 要几台？", "users", 5e6),
])
def test_the_quantity_words_of_researchers_and_analysts(q, param, value):
    # each was refused for want of the very number stated, or read as a purchase price
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


@pytest.mark.parametrize("q,active", [
    ("训练一个1.8万亿参数的MoE模型，激活参数2800亿，10T token，一万张B200要多久？", 2.8e11),
    ("我们训练了一个MoE模型，总参数300B，激活参数30B，训练数据8T token。用4096张H800，MFU 25%，要多久？", 3e10),
])
def test_active_parameters_stay_active(q, active):
    assert read(q)["active_params"] == active


def test_epochs_multiply_the_tokens_at_a_measured_cluster_rate():
    _, res = ask("集群实测 3700万 tokens/s，一个 400B token 的数据集跑 4 个 epoch 要几天？")
    assert res.figure("train_days").value == pytest.approx(4 * 400e9 / 37e6 / 86400) and not res.unused


@pytest.mark.parametrize("q,params", [
    ("Budget is $5M, H100s rent at $2.1/GPU-hr. Biggest model we can train Chinchilla-optimally at 40% MFU?",
     (5e6 / 2.1 * 3600 * 0.4 * 989.4e12 / 120) ** 0.5),
    ("预算 2000 万人民币，租 H800 每卡时 12 元，能训多大的 Chinchilla 最优模型？MFU 按 40%",
     (2e7 / 12 * 3600 * 0.4 * 989.4e12 / 120) ** 0.5),
])
def test_the_compute_optimal_model_a_budget_trains(q, params):
    # answered as GPU-hours only, the MFU named unused
    _, res = ask(q)
    assert res.figure("params").value == pytest.approx(params, rel=1e-3) and not res.unused
    assert res.figure("train_tokens").value == pytest.approx(20 * params, rel=1e-3)


def test_the_months_a_cards_tokens_take_to_pay_its_price():
    _, res = ask("Payback period: we buy 2,048 H200 at $30k; we resell inference at $1.00 per million tokens "
                 "and each GPU does ~3,000 tok/s on Llama 3 70B. How many months to pay back?")
    assert res.figure("payback_months").value == pytest.approx(30_000 / (3000 * 3600 / 1e6 * 24 * 30.4375))
    assert not res.unused


@pytest.mark.parametrize("q,rents", [
    ("cost per million output tokens: H100 rented at $2.49/hr doing 2,400 tok/s vs H20 at ¥8/hr doing "
     "900 tok/s — which is cheaper? 汇率 7.2", [2.49, 8 / 7.2]),
    ("Q：MI325X 和 B200 跑 Llama 3 70B 哪个单位 token 更便宜？MI325X 租 2.5 刀一小时，B200 租 4.5", [2.5, 4.5]),
    ("阿里云 A100 80G 报价 35 元/小时，AWS 上 4.1 美元/小时，汇率 7.2，谁便宜？", None),
])
def test_each_options_rent_in_either_currency(q, rents):
    # the second rent was named unused ("¥8/hr", "35 元/小时") or not read at all ("B200 租 4.5")
    req, res = ask(q)
    assert len(req.options) == 2 and not res.unused
    if rents:
        assert [o.get("rent_usd_per_hour") for o in req.options] == pytest.approx(rents)


@pytest.mark.parametrize("q,speedup,fast", [
    ("Gaudi3 vs H100 for Llama 2 13B inference: if Gaudi3 is 1.4x the H100 on this, how many Gaudi3 replace "
     "600 H100s?", 1.4, "gaudi3"),
    ("If we need 10x more inference capacity in 18 months and we're at 2,000 H100 now, how many B200 is that "
     "(assume B200 = 2.5x H100 per card)?", 2.5, "b200"),
    ("算力中心现有 A100 80GB 四千张，计划替换为 B200 并保持同等算力，需要几张？假设 B200 是 A100 的 5 倍", 5, "b200"),
])
def test_a_speed_ratio_said_without_faster(q, speedup, fast):
    # "B200 = 2.5x H100" was 2.5 GPUs, "是 A100 的 5 倍" a growth factor (144,000 A100)
    req, _ = ask(q)
    assert req.params["speedup"] == speedup and req.params["speedup_fast"] == fast


def test_nx_h100_is_still_a_count_without_a_comparison():
    assert read("we run 8x H100 servers for Llama 3 70B; how many tokens/s?").get("speedup") is None


@pytest.mark.parametrize("q,param,value", [
    ("Mistral 7B on L40S, 40 replicas, batch cap 32 each, TPOT 35ms, 300 output tokens — max QPS?",
     "batch_per_replica", 32),
    ("首 token 要求 2 秒以内，输入很长，平均 16k token，输出 200，Llama 3 70B 跑在 B200 上，QPS 30，排队余量留 1.5 倍，要多少卡？",
     "ttft_margin", 1.5),
    ("上游报价 $2.99/GPU·h 的 B200，换成人民币每卡时多少？汇率按 7.18", "rent_usd_per_hour", 2.99),
    ("HBM 单价 20 美元/GB 的话，一张 H200 141GB 光显存就要多少钱？占卡价 3 万美元的百分之几？", "price_usd", 30_000),
    ("我们 app 日活 1200 万，每人每天大概消耗 3000 个输出 token，用 Qwen3-30B-A3B 跑在 H20 上，要多少张？",
     "tokens_per_user_day", 3000),
    ("HGX A100 node, Llama 2 7B, we see 12k tok/s; 30 ms TPOT target; 2,000 concurrent. nodes?",
     "observed_tokens_per_s_per_server", 12_000),
    ("每台 8 卡 MI300X 服务器实测 Llama 3.1 405B fp8 吞吐 6500 tok/s，日均输出 4 亿 token，峰均比 3，需要多少台？",
     "observed_tokens_per_s_per_server", 6500),
])
def test_engineers_shorthand_of_the_sealed_round(q, param, value):
    # "batch cap 32 each" was a price of $32, "排队余量留 1.5 倍" a growth factor, "$2.99/GPU·h" a
    # purchase price, "卡价 3 万美元" a budget, "3000 个输出 token" a reply length
    assert read(q)[param] == value


@pytest.mark.parametrize("q,param,value", [
    ("我们是做 AI 陪聊的，DAU 现在 30w，模型用 Qwen2.5 72B，平均每人一天聊 40 轮，每轮输出大概 150 token，用 H20 的话要几台 8 卡机？",
     "users", 300_000),
    ("求助：做客服机器人，月活 300 万，日活大概是月活的三成，每人一天 5 次对话，Llama 3 8B 用 L4 部署要几张", "dau_per_mau", 0.3),
    ("峰值时 ttft 留 30% 余量，利用率最多 75%，Llama 3 70B，H100，1 万并发，要多少卡", "ttft_margin", 1.3),
    ("峰值时 ttft 留 30% 余量，利用率最多 75%，Llama 3 70B，H100，1 万并发，要多少卡", "utilization", 0.75),
    ("昨天高峰 QPS 是平均的 4 倍，均值 120 QPS，每次输入 3000 输出 500，llama3 70B 跑 H100 TP4，单副本 batch 上限 48，要几个副本？",
     "peak_factor", 4),
    ("昨天高峰 QPS 是平均的 4 倍，均值 120 QPS，每次输入 3000 输出 500，llama3 70B 跑 H100 TP4，单副本 batch 上限 48，要几个副本？",
     "batch_per_replica", 48),
    ("Qwen3-235B-A22B 用 H200 TP8，每副本最多 64 并发，日活 300 万，人均 20 轮，峰值按 2.5 倍，需要几个副本、几张卡？",
     "batch_per_replica", 64),
])
def test_chat_and_ops_words_of_the_sealed_round(q, param, value):
    # "30w" was 30 watts, "每人一天" one query per user, "三成" and "30% 余量" could not be told
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


def test_a_speed_below_one_makes_the_other_faster():
    # "性能按 H100 的 0.6 倍" was refused as a growth factor below 1
    req, _ = ask("Gaudi2 单价 1.2 万美元，性能按 H100 的 0.6 倍算，买 1000 张 Gaudi2 相当于多少张 H100？")
    assert req.params["speedup_fast"] == "h100_sxm" and req.params["speedup"] == pytest.approx(1 / 0.6)


def test_a_run_moved_to_a_count_written_after_the_name():
    req, _ = ask("上次用 2048 张 A100 训了 45 天，这次换 H100 1024 张，MFU 提高 5 个点，要几天？")
    assert (req.params["from_gpus"], req.params["gpus"]) == (2048, 1024)


@pytest.mark.parametrize("q,param,value", [
    ("racks are 45 kW. DGX H100 at 10.2 kW each: how many per rack, and how many racks for 2,048 GPUs?",
     "server_power_cap_w", 45_000),
    ("China H20 demand 1.3M units @ $11k → spend in ¥bn at 7.2?", "price_usd", 11_000),
    ("China H20 demand 1.3M units @ $11k → spend in ¥bn at 7.2?", "usd_cny", 7.2),
    ("B300 4M units 2026, 288GB each @ $12/GB. HBM $bn? sanity check: HBM ~5x DRAM, DRAM $2.4/GB",
     "hbm_usd_per_gb", 12),
    ("B200 units shipped 2025 ~2.5M, 192GB HBM each, $15/GB. HBM TAM in $bn?", "gpus", 2.5e6),
    ("H100 vs H200 vs B200 for Llama 3.1 405B fp8, 1,000 concurrent users — capex at $25k/$32k/$40k?",
     "price_usd", 25_000),
])
def test_analysts_units_prices_and_rates(q, param, value):
    # "$11k" was a budget and "at 7.2" a ¥7.2 price ("RMB 9.36 million" for 1.3M cards); "$bn" a
    # claimed billion; "~2.5M" units could not be told
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


def test_each_option_takes_its_price_from_a_slash_list():
    req, _ = ask("H100 vs H200 vs B200 for Llama 3.1 405B fp8, 1,000 concurrent users — capex at $25k/$32k/$40k?")
    assert [o.get("price_usd", req.params.get("price_usd")) for o in req.options] == [25_000, 32_000, 40_000]


def test_a_rack_drawing_its_power_is_not_a_limit():
    req, _ = ask("whats the total power draw of 18 GB200 NVL72 racks at 132 kW each?")
    assert "server_power_cap_w" not in req.params and req.params["watts_per_server"] == 132_000


@pytest.mark.parametrize("q,before,after", [
    ("my last run: 256 A100s, 21 days, ~38% MFU. same job on 128 H100s with MFU +5 points — how many days?",
     256, 128),
    ("我们之前 A100 40GB 集群 256 卡，训 7B 花了 21 天，这次换成 H100 SXM 128 卡，MFU 预计能高 15%，同样数据要多少天？",
     256, 128),
])
def test_the_same_job_on_a_new_fleet_in_more_phrasings(q, before, after):
    # both were two fleets added up ("384 accelerators in all")
    req, res = ask(q)
    assert (req.params["from_gpus"], req.params["gpus"]) == (before, after) and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("A cloud provider advertises Llama 3.1 405B at $3 per million output tokens. If each H200 server (8 GPUs) "
     "pushes about 2,000 output tokens/s, what GPU-hour price makes that break even?",
     "observed_tokens_per_s_per_server", 2000),
    ("高峰时同时有 2 万人在生成，Qwen2.5 72B，要求每个 token 不超过 50ms，H200 要几张？", "concurrent_users", 20_000),
    ("谷歌 TPU v5p 和英伟达 H200 跑 Llama 3.1 405B，每百万 token 谁更便宜？v5p 按 $4.2/芯片时，H200 $3.5/卡时",
     "rent_usd_per_hour", 4.2),
    ("用 H20 顶替 2000 张 H100 的训练算力，H20 大概只有 H100 的 15%，得买多少张 H20？", "speedup", 1 / 0.15),
    ("DGX B200 measured at 14.3 kW per system; our racks are capped at 60 kW. How many systems per rack?",
     "server_power_cap_w", 60_000),
])
def test_the_second_sealed_round(q, param, value):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


def test_an_implied_mfu_needs_the_tokens_it_rests_on():
    from calc.result import CalcError
    with pytest.raises(CalcError) as e:
        ask("OpenAI's GPT-4 reportedly has 1.8 trillion parameters and was trained on 25,000 A100s for 95 days. "
            "What MFU does that imply?")
    assert e.value.kind == "missing_input"       # was "607% MFU" from a guessed 36T tokens


@pytest.mark.parametrize("q,name", [
    ("Ironwood TPU 训练一个 1T 参数模型要多少片？", "Ironwood TPU"),
    ("Ironwood TPU vs GB200 — which has the lower cost per token?", "Ironwood TPU"),
    ("How many Google TPUs for 100M users?", "TPUs"),
])
def test_a_chip_named_only_by_its_family_or_an_unknown_product_word_is_not_a_default(q, name):
    # sized as an H100 (the default) or "not a numeric question"
    from calc.result import CalcError
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "unknown_accelerator" and name in str(e.value)


@pytest.mark.parametrize("q", [
    "Projected GPU demand for 2026 vs 2028 if we have 50M users now growing 60% per year, on H200 serving Llama 3.1 70B?",
    "Reuters says Microsoft bought 485,000 Hopper GPUs in 2024. At ~$30k per H100 that's about $14.5B — does that add up?",
    "tpu v4 pod 4096 chips, 1e24 flops, days?",
])
def test_ordinary_words_before_gpu_or_a_tpu_generation_are_not_unknown_chips(q):
    ask(q)


def test_a_factor_said_as_a_verb_is_checked_as_a_claim():
    # "triples" was dropped silently
    req, res = ask("An analyst note says HBM demand triples by 2027. Starting from 4 million accelerators shipped "
                   "in 2025 with 141 GB each, and shipments doubling every 12 months, is that true?")
    assert req.params["factor"] == 3 and "triples" in res.headline


def test_a_load_grown_by_next_quarter():
    _, res = ask("线上 Mixtral 8x7B，A100 80GB PCIe 每卡实测 1100 tok/s，TTFT 目标 300ms。现在日均 QPS 30，下个季度流量涨 3 倍，"
                   "平均输出 400 token，峰值 3 倍，要加几张卡？")
    assert res.figure("qps").value == pytest.approx(90) and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("what happens to our GPU count if DAU goes 2M → 12M over 2 yrs? currently 160 A100 80GB serving Llama 2 13B",
     "users", 2e6),
    ("一张 H100 折合多少人民币？按 2.8 万美元、汇率 7.25 换算", "price_usd", 28_000),
    ("Assuming HBM costs roughly $20 per GB and a B300 carries 288 GB, what fraction of a $45,000 B300 is HBM?",
     "price_usd", 45_000),
])
def test_users_going_and_a_cards_price_said_after_the_question(q, param, value):
    # "goes 2M" was a $2M price ("133 A100 for that budget"), the others budgets
    req, res = ask(q)
    assert req.params[param] == value and not res.unused


def test_concurrent_users_from_to_stay_concurrent():
    req, _ = ask("假如并发用户从5000涨到2万，用H20跑Qwen2.5 72B，每token 50ms，需要多少张卡？")
    assert req.params["concurrent_users"] == 5000 and "users" not in req.params


def test_an_all_in_multiple_in_rent_or_buy_is_bought_too():
    # "all-in 1.6x" was named unused and the purchase compared chips only
    _, res = ask("rent vs buy: 256 H200 for 3 years. buy at $32k/card with 15% off, all-in 1.6x; or rent at "
                 "$3.10/GPU-hr. which wins?")
    assert not res.unused and res.figure("breakeven_months").value > 19


def test_hbm_demand_grown_to_a_later_year():
    # the growth and both years were named unused; the answer was for 2025's shipments
    _, res = ask("某券商研报称，2025 年全球 AI 加速卡出货 800 万张，平均每张 HBM 120GB，按 12 美元/GB 算 HBM 市场有多大？"
                 "要是出货每年增长 50%，2027 年呢？")
    assert not res.unused and "18,000,000" in res.headline     # 8M x 1.5 x 1.5


def test_a_claimed_replacement_at_a_stated_speed_is_checked_not_added_up():
    # "14,500 accelerators in all": the claimed H200 count added to the H100 fleet it replaces
    req, res = ask("The report claims the H200 is 1.9x faster than the H100 on Llama 2 70B inference, so about "
                   "5,000 H200s could replace a 9,500-GPU H100 fleet. Does the arithmetic work?")
    assert req.params["gpus"] == 9500 and req.params["match_accelerator"] == "h100_sxm"
    assert "5,000" in res.headline and "matches that" in res.headline


@pytest.mark.parametrize("q,param,value", [
    ("we plan 3 racks of GB200 NVL72, each ~$3.4M, with all-in (networking, storage, facility) coming to 1.35x the "
     "hardware. Power is ~132 kW a rack. What's total capex and annual power at $0.09/kWh?", "server_price_usd", 3.4e6),
    ("What's $1.2B in yuan at 7.15? and how many H800 at ¥230,000 apiece does that buy", "budget_usd", 1.2e9),
    ("平均 QPS 120，峰值 4 倍，prompt 3000 token，输出 200，TTFT 要 1.5 秒内，排队余量留 0.5，用 H200 跑 Llama 3 70B，要几张卡",
     "ttft_margin", 1.5),
    ("机房每个机柜只能供 40kW，DGX H100 满载 10.2kW，一柜能塞几台？我们要上 256 台一共要多少柜", "server_power_cap_w", 40_000),
    ("在线客服场景，高峰同时在线会话 1.2万 个，要求首字 800ms 以内、每 token 50ms，用 L40S 跑 Mistral 7B fp16，大概多少张？",
     "concurrent_users", 12_000),
    ("周活 1200 万，日活大概是周活的 45%，每人每天问 6 次，每次 1000 进 400 出，Llama 3.1 405B fp8 上 H200，需要多少台服务器（8 卡）",
     "output_tokens", 400),
    ("我们实测 Llama 3 8B 在 L4 上每秒 900 token（单卡），1 万 QPS、每次输出 150 token，需要多少张？电费 0.6 元，每张 L4 算 120W，"
     "一个月电费多少", "electricity_cny_per_kwh", 0.6),
])
def test_the_third_sealed_round(q, param, value):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


def test_a_bills_amount_after_the_bills_word_is_not_a_tariff():
    req, _ = ask("电价0.35元/度，某数据中心装机100MW，PUE 1.25，文章说一年电费约3.8亿元，对吗？")
    assert req.params["electricity_cny_per_kwh"] == 0.35


@pytest.mark.parametrize("q", [
    "DGX H100 ~$300k each, budget $50M, how many nodes can i get",
    "H20 整机8卡卖110万元一台，3个亿能买多少台、多少张卡",
])
def test_a_budget_beside_a_servers_price_stays_the_budget(q):
    req, _ = ask(q)
    assert "budget_usd" in req.params or "budget_cny" in req.params


@pytest.mark.parametrize("q,hours", [
    ("Llama 2 7B took 184k A100 GPU-hours. Same run on H100 SXM with 10% better MFU — how many GPU-hours?",
     184_000 * 312 / 989.4 / 1.1),
    ("我们想在 H20 上复现 Llama 3 8B，Meta 用了 130 万 H100 GPU 小时，同样 MFU 下 H20 要多少卡时？", 1.3e6 * 989.4 / 148),
])
def test_gpu_hours_spent_on_one_card_redone_on_another(q, hours):
    # "2 options compared": the same hours priced on each card
    _, res = ask(q)
    assert res.figure("gpu_hours").value == pytest.approx(hours, rel=0.01) and not res.unused


def test_a_measured_cost_per_token_names_no_default_model():
    # "… for Llama 2 70B on H100": a model nobody named, beside a cost that is the measurement's
    _, res = ask("serving cost: $2.1/GPU-hr H100, measured 3,200 tok/s/GPU output, util 0.7 -> $/1M tok?")
    assert "Llama" not in res.headline and "measured" in res.headline


def test_a_per_card_note_after_a_rate_is_not_a_servers_size():
    # "（单卡）" made every L4 a server of one: "3,334张L4（3,334台服务器）"
    req, _ = ask("我们实测 Llama 3 8B 在 L4 上每秒 900 token（单卡），1 万 QPS、每次输出 150 token，需要多少张？")
    assert "gpus_per_server" not in req.params and req.params["observed_tokens_per_s_per_gpu"] == 900


def test_a_training_run_rented_or_bought():
    # answered as a rent-or-buy break-even with the MFU as a utilization, the run itself not costed
    req, res = ask("Cloud quote is H100 at $2.50/GPU-hour. Training a 13B model on 2T tokens with 256 GPUs at 45% "
                   "MFU — total rental cost, and is it cheaper than buying the 256 at $24k each?")
    assert req.intent == "training" and req.params["mfu"] == 0.45 and not res.unused
    assert "renting is cheaper" in res.headline


@pytest.mark.parametrize("q,months", [
    ("Training compute for frontier models has grown 4.5x per year. Starting from 5e25 FLOP in 2024, what's the "
     "2028 number?", 48),
    ("If inference demand grows 2.5x per year and we run 20k H200 today (2025), how many will we need by 2028?", 36),
    ("compute demand 3x per year, we have 2k H100 today, how many in 2027 if we start 2025", 24),
])
def test_the_horizon_between_two_stated_years(q, months):
    # the later year was unread and the answer grew for 12 or 24 months from today
    req, _ = ask(q)
    assert req.params["period_months"] == months


@pytest.mark.parametrize("q,param,value", [
    ("算力预算6.4e24 FLOPs，用2048张H800训练，MFU 40%，需要多少天？", "train_flops", 6.4e24),
    ("国家算力规划提到到2025年算力规模超过300 EFLOPS，如果用H800按每卡约1 PFLOPS（FP16）算，相当于多少张？", "gpu_tflops", 1000),
    ("Let's say H100 pricing drops to $18,000. With a $20 mil budget, how many can we get vs. today's $27,500?",
     "price_usd", 18_000),
])
def test_older_sets_misreads(q, param, value):
    # a training budget of FLOPs read as a rate (16.2 billion H800), "每卡约1 PFLOPS" as a ¥1 card, a
    # dropped price as a budget (0 H100 for it)
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


@pytest.mark.parametrize("q,days,part", [
    ("What's the daily electricity cost of 1000 H100 at $0.1/kWh?", 1, "over 1 day"),
    ("1000张H100每天电费多少？电价0.5元/度", 1, "运行1天的电费"),
    ("2万张H800集群每天耗电多少度？PUE 1.4，单卡700瓦", 1, "运行1天耗电"),
    ("At $0.60 per million output tokens, what's the daily bill for 800 million tokens/day? And for a month?",
     30.4375, "over 1 month"),
])
def test_a_period_asked_as_a_word(q, days, part):
    # 'daily' / '每天' beside the bill was ignored and the bill was for a year; a month asked after it wins
    req, res = ask(q)
    assert req.params["days"] == pytest.approx(days) and part in res.headline


def test_a_stated_pue_is_added_to_a_measured_energy_per_token():
    # the PUE was named as not used, the daily cost answered for a year and without the money
    _, res = ask("We measured 0.35 J per output token on H200 serving Llama 3 70B in fp8. At 5 billion tokens a "
                 "day, PUE 1.25 and $0.11/kWh, what's the daily energy cost?")
    assert res.headline.startswith("608 kWh over 1 day") and "US$66.84" in res.headline
    # the hardware and model the measurement describes are listed as such (no fleet sized beside it)
    assert not res.unused and "H200 SXM" in {a.value for a in res.assumptions}
    assert all(f.name != "gpus" for f in res.figures)


@pytest.mark.parametrize("q,part", [
    ("if we sell at ¥1.5/M tokens and the rate is 7.3, what's that per million in USD?", "US$0.2055 = RMB 1.5"),
    ("API 每百万 token 卖 2 美元，折合人民币多少？", "每百万token 2美元 = 14.4元"),
])
def test_a_token_price_in_the_other_currency(q, part):
    # asked for the tokens per day
    _, res = ask(q)
    assert part in res.headline


@pytest.mark.parametrize("q,n", [
    ("Our burn is tight. $1.2M for hardware, GPUs get ~70% of it. How many H100 at $27k a pop?", 31),
    ("我们 30% 的预算花在 GPU 上，总预算 20 亿人民币，B200 按 ¥30万一张，能买多少张？", 2000),
])
def test_a_share_of_the_budget_then_whole_cards(q, n):
    # 'GPUs get ~70%' was unread (44 cards); a share was applied to the rounded count (1,999 for 2,000)
    _, res = ask(q)
    assert res.value("gpus") == n and not res.unused


def test_an_all_in_multiple_on_a_budget_of_servers():
    _, res = ask("预算两千万人民币，全买 H20 整机（8 卡一台，报价 110 万），能买几台？整体投入按卡成本的 1.4 倍估")
    assert res.value("servers") == 12 and not res.unused


@pytest.mark.parametrize("q,part", [
    ("训练集群 HGX H100 64 台，实测每台满载 10.8kW。机房给了 800kW 的 IT 电力，还能再加几台？", "还能再加10台"),
    ("We have 64 HGX H100 servers at 10.8 kW each and 800 kW of IT power. How many more servers fit?",
     "10 more H100 SXM servers fit"),
    ("We run 2,000 H100 at 1.2 kW each incl. server; the site has 5 MW total at PUE 1.3. Room for how many more GPUs?",
     "1,205 more"),
])
def test_the_rest_of_a_power_envelope(q, part):
    # refused as a training question, or answered with the fleet's own power and the envelope ignored
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q", [
    "发布会上说 B200 训练性能是 H100 的 3 倍，那原来用 H100 要跑 90 天的训练，换同样卡数的 B200 要多少天？",
    "If B200 trains 3x faster than H100, a 90-day H100 run takes how long on the same number of B200s?",
])
def test_a_run_on_as_many_faster_cards(q):
    # refused: the model and tokens were asked for
    _, res = ask(q)
    assert res.value("train_days") == pytest.approx(30) and not res.unused


def test_pue_pressed_to_a_value():
    req, _ = ask("省里规划一个万卡集群，主力是 H20，单卡连服务器分摊按 650W，PUE 压到 1.25 以内，总共要多少兆瓦？")
    assert req.params["pue"] == 1.25


@pytest.mark.parametrize("q,part", [
    ("Edge site power budget is 5 kW per cabinet. How many L4s can I put in it at ~110 W each including server "
     "overhead?", "45 cards at 110 W fit each 5,000 W budget"),
    ("边缘机房单柜供电 8kW，放 L40S 服务器，每台 4 卡、整机 2200W，能放几台？一共多少张卡？", "可放3台4卡L40S整机"),
    ("机房单机柜供电 20kW，H20 服务器单台 6.5kW，每柜可放几台？共需部署 320 台，需要多少机柜？", "320台需要107个机柜"),
    ("ok so 4090 boxes, 8 per box, box draws 4.2kW at the wall. colo gives us 15 kW per rack. how many boxes per "
     "rack, and how many racks for 960 GPUs?", "40 racks for 120 servers"),
    ("首期建设 2 EFLOPS FP8 算力，选用 H200 8 卡服务器，单机柜功率上限 40kW，单台服务器满载 10.2kW，需要多少个机柜？",
     "127台需要43个机柜"),
])
def test_a_racks_power_beside_a_servers_draw_is_the_racks_limit(q, part):
    # the rack's power was read as the site's (with a PUE) or as a server's draw, the asked capacity unread
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_rack_scale_servers_own_draw_is_not_a_limit():
    req, _ = ask("We run 200 nodes of HGX H100 at 10.2 kW each. If we replace them with 50 racks of GB200 NVL72 at "
                 "120kW per rack, how does the facility MW change? PUE 1.25")
    assert "server_power_cap_w" not in req.params


@pytest.mark.parametrize("q,param,value", [
    ("Mistral 7B fp8 on RTX 4090: measured 2,400 tok/s per card at batch 32. NPC turn = 70 output tokens. Need 500 "
     "turns/s at peak — how many cards?", "qps", 500),
    ("We plan 1,200 edge servers, each with 2x L4. Power per server ~650 W, PUE 1.6 at the edge, electricity "
     "0.08 $/kWh. Annual power bill?", "gpus_per_server", 2),
    ("We plan 1,200 edge servers, each with 2x L4. Power per server ~650 W, PUE 1.6 at the edge, electricity "
     "0.08 $/kWh. Annual power bill?", "servers", 1200),
    ("边缘 MEC 节点每节点只有 2 张 L4，跑 Qwen2.5 7B int8，用户侧要求首字 300ms、每字 40ms，单节点能服务多少并发？",
     "tpot_ms", 40),
    ("RTX 4090 price is like 1.6万 RMB now, L40S about 5.5万. For Mistral 7B serving at 2,000 concurrent, which gives "
     "more concurrency per yuan?", "price_cny", 16_000),
    ("Each edge server (8x L4) measured 9,000 output tok/s on Llama 3 8B. Region needs 1.2B output tokens/day, "
     "peak factor 2. How many servers?", "observed_tokens_per_s_per_server", 9000),
    ("With Llama 3 8B int4 on RTX 4090, if I cap batch at 24, what TPOT do I get, and how many cards for 6,000 "
     "concurrent NPCs?", "batch_per_replica", 24),
    ("MMO 高峰同时有两万个 NPC 会话在生成，Mixtral 8x7B int4，L40S TP2，TPOT 40ms，一共要多少张卡？",
     "concurrent_users", 20_000),
    ("招标文件：采购 HGX H100 服务器 64 台，单台含税价 280 万元，折旧年限 5 年（直线法），年均折旧额多少？",
     "server_price_cny", 2_800_000),
    ("项目总投资 15 亿元，其中 GPU 服务器采购占比 65%，H20 服务器单价 135 万元/台，可采购多少台？", "budget_share", 0.65),
    ("每日 token 调用量 500 亿（输出），DeepSeek-V3 部署于 H20 集群，单台 8 卡实测输出 2500 tok/s，峰值系数 2.5，"
     "需要多少台？", "observed_tokens_per_s_per_server", 2500),
    ("一张 H100 跑 Llama 3 8B fp16，能放多少个 8k 的会话？", "input_tokens", 8000),
])
def test_edge_tender_and_game_readings(q, param, value):
    # each was misread (a price as a budget, a per-word latency as TTFT, a server's rate as a GPU's, 'at 24' as
    # a price) or left unread (turns/s, 'edge servers', '同时有两万个 NPC 会话')
    req, res = ask(q)
    assert _said(req, param) == pytest.approx(value)
    assert not [u for u in res.unused if u.text not in ("5.5万", "batch 32", "每节点", "单节点")]   # (named)


@pytest.mark.parametrize("q,n", [
    ("hey quick one — L4 24GB, Llama 3 8B fp16, how many 2k-token sessions fit in what's left for KV cache?", 21),
    ("一张 H100 跑 Llama 3 8B fp16，能放多少个 8k 的会话？", 53),
])
def test_sequences_that_fit_beside_the_weights(q, n):
    # answered with one sequence's cache, or the free tokens
    _, res = ask(q)
    assert res.value("concurrent_users") == n


def test_a_measured_rate_less_its_electricity():
    _, res = ask("Telco wants to sell edge inference at ¥1.5 per million tokens. Our cost: L40S at ¥55,000 each, "
                 "3-year life, 350 W per card incl. server, ¥0.7/kWh, measured 2,000 tok/s/card on Qwen2.5 7B. "
                 "Do we make money?")
    assert "after its electricity" in res.headline and res.value("payback_months") == pytest.approx(7.2, abs=0.05)
    assert not res.unused


@pytest.mark.parametrize("q", [
    "Compared with our earlier run on 4,096 A100s, how many H100s for the same training time with 10% better MFU?",
    "与此前 4096 张 A100 80GB 的训练相比，改用 H100 SXM 且 MFU 提升 10%，达到同样训练时长需要多少张？",
])
def test_cards_for_the_same_training_time_with_an_mfu_gain(q):
    # refused (model and tokens asked for), or matched on FLOP/s with the MFU gain named as unused
    _, res = ask(q)
    assert res.value("gpus") == 1175 and not res.unused


def test_servers_for_a_capacity():
    _, res = ask("本项目拟建设智算中心，总算力规模不低于 1000 PFLOPS（FP16 稠密），采用 H20 加速卡，请测算所需卡数及服务器台数（每台 8 卡）。")
    assert res.value("servers") == 845 and not res.unused


@pytest.mark.parametrize("q,part", [
    ("xAI 孟菲斯 10万张 H100，有人说耗电 150MW，帮算下对不对（PUE 按 1.4）", "100,000张H100 SXM需要178兆瓦"),
    ("腾讯今年资本开支大概 900 亿人民币，三分之二花在GPU上，H20 一张 9 万，能买几万张？", "66.7万张H20"),
    ("HBM 今年需求到底多大？英伟达出 500万颗 GPU，平均每颗 150GB，HBM 单价 12 美元/GB，算下来多少亿美元",
     "5,000,000张卡共有75万 TB HBM"),
    ("HBM 占 B200 成本多少？192GB，一 GB 算 20 刀，整卡卖 4 万刀", "占卡价的9.6%"),
    ("If HBM runs 3x DRAM in the low case and 5x in the high case, DRAM ~$2.5/GB, what's the HBM TAM on 6M units of "
     "B300?", "at 3-5x DRAM prices"),
    ("奥特曼说 2030 年要 250GW 算力，一张 GB200 连服务器按 1.8kW 算，那是多少张卡？", "1.07亿张GB200"),
    ("一张 H100 租金两块美金一小时，买的话两万五，多久回本？利用率按七成", "按2.5万美元买入，与每小时2美元租用相比"),
    ("两千亿美元 capex 全买 GB200 NVL72 的话，一柜 350 万刀，能买多少柜？合多少张卡？", "5.71万台"),
    ("MI325X at $20k with 256GB vs H200 at $32k with 141GB — $/GB of HBM for each?", "US$78.1 per GB"),
])
def test_stock_forum_readings(q, part):
    # '对不对' read as a correction of everything before it; '能买几万张' as 20,000 cards; a stated GB per card,
    # a high case, '一张 … 连服务器' and '两块美金一小时' ignored or misread; '一柜 350 万刀' unread
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_dau_ratio_said_with_an():
    req, _ = ask("OpenAI 周活 8 亿，日活/周活按 0.3，人均 6 次，每次输出 500 token，全上 H100 要多少万张？")
    assert req.params["dau_per_wau"] == 0.3


def test_a_second_amount_too_small_for_a_card_beside_a_rent_is_a_rent():
    req, _ = ask("TPU v6e is $2.7/chip-hr vs H100 at $2.2/hr — which is cheaper per token?")
    assert [dict(o).get("rent_usd_per_hour") for o in req.options] == [2.7, 2.2]


@pytest.mark.parametrize("q,part", [
    ("Each rack is capped at 34 kW and the pod has 340 kW total. HGX B200 draws 14 kW. Max number of B200 GPUs we "
     "can host?", "340 kW feeds 10 such racks: 20 servers, 160 B200"),
    ("机房每个机柜供电上限 40kW，HGX H100 整机实测 10.2kW，一柜能放几台？机房总电力 6MW、PUE 1.3 的话一共能放多少张卡？",
     "2,760张H100 SXM"),
    ("每台服务器供电上限 6kW，8 卡 A100 PCIe 一台实测 4.8kW，一排 10 台，一年电费多少（0.7 元/度）？",
     "80张A100 PCIe运行1年的电费约38.3万元"),
    ("行里要上内部知识库问答，员工 3 万人，日活按 40%，每人每天 8 次，输入 2000 token 输出 300，Qwen2.5 72B int4 部署在 "
     "L40S 上，要几张卡？", "每天服务9.6万次查询"),
    ("训练配额按 GPU 年批：NLP 组 20 GPU 年，折合多少 GPU 小时？够不够在 A100 上把 Llama 2 7B 训 2万亿 token，MFU 45%",
     "够：这次训练需要16万"),
    ("研究生天天抱怨排队：集群 256 张 A100，按利用率 75% 算每月实际能给出多少 GPU 小时？", "可提供14万 GPU小时"),
    ("Our cluster has 256 A100s at 75% utilization; how many GPU-hours a month can we give out?", "140,256 GPU-hours"),
    ("is it true that 1e25 FLOPs of training compute = about 3.8 million H100-hours at 40% MFU?",
     "the run needs 7.02 million H100 SXM GPU-hours"),
    ("token volume grew 10x in 3 months, what's that annualized?", "annualized, 10,000x a year"),
    ("字节一天 token 调用量据说 30万亿了，全用 H20 跑得多少张？峰值按 2 倍算", "张H20"),
    ("都说 H20 阉割完算力只有 H100 的六分之一，那一万张 H20 顶几张 H100？", "1,667张H100 SXM"),
    ("H200 一台 8 卡服务器国内报价两百三十万，买五百台总共多少钱？合多少美元（汇率 7.2）", "共11.5亿元"),
])
def test_hpc_admin_and_forum_readings(q, part):
    # a pod's total read as one server's draw; a per-server limit beside a draw; '日活按 40%', '20 GPU 年', 'GPU
    # 小时' asked of a fleet, a claim of hours at an MFU, '据说 30万亿', '六分之一', a price in yuan where only the
    # answer is asked in dollars: each unread, refused or misread
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_total_before_a_per_card_draw_is_not_the_site():
    req, _ = ask("We have a $50M budget. How many B200 at $40k each can we buy, and what's the total draw at 1 kW each?")
    assert req.params["watts_per_gpu"] == 1000 and "power_mw" not in req.params


@pytest.mark.parametrize("q,part", [
    ("Effective $/GPU-hr if we own: H100 bought at $30k, 4-year life, 1,100W per GPU all-in, power 9c/kWh, PUE 1.3. "
     "Compare to renting at $2.85.", "buying is cheaper over 4 years"),
    ("HBM 成本拆分：B300 每卡 288GB HBM，按 $15/GB 算，在 $50k 的卡价里占几成？", "占卡价的8.6%"),
    ("CFO: 明年 AI 资本开支 80 亿元，卡的部分占一半，H200 单价按 3.3 万美元、汇率 7.1，能买几张？", "1.71万张H200 SXM"),
    ("HBM 单价大概是 DRAM 的 5 倍，贵的能到 6 倍，DRAM 按 3 美元/GB；50 万张 H200、每张 141GB，HBM 总价值多少亿美元？",
     "5-6倍"),
    ("tokens/day to GPUs: 20B output tokens/day, Qwen2.5 72B on 8x H100 servers doing 8,000 tok/s per server. "
     "servers needed?", "(58 servers)"),
    ("日活 300w，一人一天 1w token 输出，用 llama3 8b 跑 a100，要几张", "每天服务6000万次查询"),
    ("BLOOM 176B 当年 384 张 A100 训了 3.5 个月，同样卡数换成 H100 要多久？", "换384张H100 SXM约需33.6天"),
    ("之前 2048 张 H100 训 llama 3 70B 要 40 天，换同样卡数的 B200 大概几天？", "换2,048张B200约需17.6天"),
    ("算力题：H100 fp8 稠密大概 2 PFLOPS，一万张就是 20 EFLOPS，对吗？", "相当于1万张H100 SXM"),
    ("能用 4 张 4090 跑 llama 2 70b int4 吗？每张 24GB", "在4张RTX 4090上放得下"),
    ("Unit economics: we sell Llama 3.1 405B at $3 per 1M tokens, running 64x H200 at $3.50/GPU-hour, fp8, seeing "
     "1,600 tok/s per GPU. Are we making money?", "a month on the 64 GPUs"),
])
def test_board_deck_and_wechat_readings(q, part):
    # a rent read as a price, a card's price as a budget, '卡的部分占一半' and '贵的能到 6 倍' unread, '8x H100
    # servers' as 8 servers, '一人' as one user, a run redone on as many other cards refused, a card's PFLOPS as
    # a capacity, '能用…跑…吗' not numeric, a fleet's count left out of its margin
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_latency_target_missed_on_the_stated_replica_says_so():
    from calc import CalcError
    with pytest.raises(CalcError) as exc:
        ask("延迟题：TTFT 要 300ms 以内，输入 8k token，llama 3 70b 在 h100 tp8 上能做到吗")
    assert "300 ms time to first token" in str(exc.value) or "300毫秒" in str(exc.value)


@pytest.mark.parametrize("q,ttft", [
    ("假设 qps 五十，平均输出一千 token，ttft 一秒以内，tpot 50ms，用 MI300X 跑 llama 3.1 405b，几张卡", 1000),
])
def test_one_second_in_chinese(q, ttft):
    req, _ = ask(q)
    assert req.params["ttft_ms"] == ttft


@pytest.mark.parametrize("q,kind", [
    ("英伟达 Rubin 明年上 HBM4，每张 288GB，出货 500 万张的话 HBM 要多少？", "unknown_accelerator"),
    ("DGX Spark 能不能跑 Llama 3 70B？想给每个老师桌上放一台", "unknown_accelerator"),
    ("can a Jetson Orin run Llama 3 8B int4 for 10 users at once?", "unknown_accelerator"),
    ("MiniCPM 4B on RTX 4090 for on-site NPC dialogue, 300 concurrent per card — realistic?", "unknown_model"),
    ("群友们，QwQ 32B 在 H20 上一张能扛多少并发", "unknown_model"),
])
def test_products_without_digits_are_unknown_names(q, kind):
    # sized as the default H100 or GPT-3 175B, silently
    from calc import CalcError
    with pytest.raises(CalcError) as exc:
        ask(q)
    assert exc.value.kind == kind


def test_a_known_model_named_as_the_stand_in_for_an_unknown_one():
    _, res = ask("豆包日活五千万，人均每天 20 轮，每轮输出 400 token，假设用 Qwen2.5 72B 这个级别、H20 部署，要多少卡？")
    assert "Qwen2.5 72B" in res.headline and [u.text for u in res.unused] == ["豆包"]


def test_a_run_stated_on_one_card_asked_on_another():
    _, res = ask("GPT-4 training was reportedly ~25k A100s for ~90 days. What would that take on H100 today?")
    assert res.headline.startswith("28.4 days on 25,000 H100 SXM")


@pytest.mark.parametrize("q,param,value", [
    ("我们现在 2048 张卡 就是利用率能做到七成二 一个月能卖多少 GPU 小时 按两块零五美金一小时 月收入多少", "utilization", 0.72),
    ("王总 我们现在训练那块 就是 Llama 3 8B 在 15 万亿 token 上继续预训 用 512 张 H100 MFU 三成五 大概要多少天", "mfu", 0.35),
    ("就是我们现在 API 卖的是一块五一百万 token 对吧 然后成本这块我们用 H20 跑 DeepSeek-V3 单卡实测大概四百多 tok/s 卡是租的八块钱一小时 "
     "算下来毛利是正的吧", "cny_per_million_tokens", 1.5),
    ("就是我们现在 API 卖的是一块五一百万 token 对吧 然后成本这块我们用 H20 跑 DeepSeek-V3 单卡实测大概四百多 tok/s 卡是租的八块钱一小时 "
     "算下来毛利是正的吧", "observed_tokens_per_s_per_gpu", 400),
    ("投资人担心租金下跌 就是说 H100 租价现在两块四美金 每年跌三成的话 三年后多少 我们两万七买的卡还能不能回本", "rent_usd_per_hour", 2.4),
    ("投资人担心租金下跌 就是说 H100 租价现在两块四美金 每年跌三成的话 三年后多少 我们两万七买的卡还能不能回本", "price_usd", 27_000),
    ("嗯 然后投资人还问电费 我们现在六千张 H800 每张连服务器算一千三瓦 电价五毛五 PUE 一点三 一个月电费多少",
     "electricity_cny_per_kwh", 0.55),
    ("王总 您说的那个问题 就是我们 GPU 小时的消耗 上个月用了差不多十五万 GPU 小时 H100 的话按一个卡时两美金多一点 就是三十来万美金对吧",
     "rent_usd_per_hour", 2),
    ("For the memo: how long for a GPU cloud to earn back an H200 bought at $31k if list is $3.30/hr, anchor customers "
     "get a 15% discount, and utilization is 78%?", "price_usd", 31_000),
])
def test_spoken_numbers(q, param, value):
    # '七成二', '三成五', '一块五一百万 token', '四百多', '两块四美金', '两万七买的', '五毛五',
    # '一个卡时两美金': each unread or misread ('五毛五' was 0.5 and a stray 5 read as a PUE of 5)
    req, _ = ask(q)
    assert req.params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,kwh", [
    ("1万张H100，单卡功耗700瓦，电价六毛一度，一年电费大概多少？", 0.6),
    ("一万二千张 H20 满负荷跑一年耗多少度电？单卡 0.55kW，PUE 1.2，电价五毛二一度", 0.52),
])
def test_tenths_and_hundredths_of_a_yuan(q, kwh):
    req, _ = ask(q)
    assert req.params["electricity_cny_per_kwh"] == pytest.approx(kwh)


@pytest.mark.parametrize("q", [
    "租 H200 8卡机 32 台，每卡时 ¥18，租 3 个月多少钱？汇率 7.2 折美元",
    "给 CFO 的一页纸：租 1000 张 B200，$5.5/卡时，连续租 12 个月，总价几亿美元？折合人民币（7.2）？",
])
def test_a_count_or_period_after_rent_is_not_a_rent(q):
    req, _ = ask(q)
    assert not req.options


@pytest.mark.parametrize("q,part", [
    ("报价问题：H20 单卡 10.5 万，客户要 2048 张，整体投入按卡价 1.4 倍算，总共多少亿？", "整体约3.01亿元"),
    ("Need a $/Mtok number for the customer: DeepSeek-V3 on an 8x H200 node, measured 5,200 output tok/s per server, "
     "and we bill $3.50 per GPU-hour.", "US$1.5 per million output tokens"),
    ("How many tokens a day could the customer push through 64 H200 if each card does 3,000 tok/s, and at $0.60 per "
     "million what's their daily revenue?", "US$9,953"),
    ("我们数据中心 PUE 实测 1.32，一个 H100 集群 4096 卡，每卡含服务器 1.1kW，IT 功率和总功率各多少 MW", "PUE 1.32"),
    ("客户用的是 A100 80GB PCIe，整机 8 卡，每台功耗 4.5kW，一个 15kW 的机柜能放几台？", "可放3台8卡A100 PCIe整机"),
])
def test_sales_and_facilities_readings(q, part):
    # an all-in multiple read as growth (refused), '$/Mtok' answered as a training run, '$0.60 per million'
    # refused as a card's price, 'PUE 实测 1.32' unread, a cabinet's power read as a server's
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("王总 我们周活大概一百万 日活周活比两成左右 嗯 然后每人每天用个七八次 每次平均出五百 token 用 Mistral 7B 放 L4 上 要几张",
     "output_tokens", 500),
    ("就是说如果我们做一个 agent 产品 然后每个用户每天大概消耗个两三万 token 的输出 日活做到五十万 用 DeepSeek-V3 跑在 H20 上 大概要多少台八卡机",
     "tokens_per_user_day", 30_000),
])
def test_a_days_tokens_do_not_reach_past_a_queries_count(q, param, value):
    # '每天用个七八次 每次平均出五百 token' was read as 500 tokens a user a day
    req, _ = ask(q)
    assert req.params[param] == value


@pytest.mark.parametrize("q,param,value", [
    ("Llama 3 70B 在 H100 上 fp8 部署，单卡实测大概 1500 tok/s 输出，卡时成本 12 块，每百万 token 成本多少？", "rent_cny_per_hour", 12),
    ("按 1 亿 token 一天的量，用 H20 跑 Qwen2.5 72B，一天要租多少卡时？卡时按 8 块算一个月花多少", "rent_cny_per_hour", 8),
    ("4090 月租八千一张，折成卡时多少钱？跟 H20 挂 9 元/卡时比哪个性价比高", "rent_cny_per_hour", 8000 / 730.5),
    ("Reseller here. Bought 96 used A100 80GB PCIe at $9,500 each last quarter. If I rent them at $1.10/hr with 70% "
     "occupancy, how many months to break even?", "utilization", 0.7),
])
def test_a_clouds_price_list(q, param, value):
    # '卡时成本 12 块' read as 12 cards, '月租八千一张' as 8,100 cards, '70% occupancy' unread
    req, _ = ask(q)
    assert req.params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,kind", [
    ("3090 二手现在多少钱一张？收 500 张租给学生跑 LoRA，一张一小时一块钱能回本吗", "unknown_accelerator"),
    ("Kimi K2 要是放我们 H200 上，8 卡够不够？一卡时 10 块，每百万 token 大概什么成本", "unknown_model"),
])
def test_unknown_names_in_price_questions(q, kind):
    # '3090' sized as H100; Kimi K2 answered as a training run of 'one GPU-hour'
    from calc import CalcError
    with pytest.raises(CalcError) as exc:
        ask(q)
    assert exc.value.kind == kind


@pytest.mark.parametrize("q,part", [
    ("问下 RTX 4090 跑 Qwen2.5 7B int4 单卡能到多少 tok/s？我们 4090 卡时 1.8 元，想算每百万 token 报价", "每百万输出token约"),
    ("我们 H20 现在包月价是 5200 一张，折成卡时多少？比按量 9 块便宜几折", "H20每卡时0.99美元 = 7.12元"),
    ("H100 训练速度大概是 A100 的 3 倍，去年用 2048 张 A100 训了 60 天，今年换 H100 想同样时间训完要多少张？", "需要683张"),
    ("训练用了300万卡时 2048卡H800 跑了多少天", "需要61.0天"),
    ("我们跟投资人说 Llama 3 70B fp8 在 H100 上 每百万 token 成本能压到一块三人民币 卡租十五块一小时 这要单卡多少 tok/s 才行",
     "每秒需要输出3,205个token"),
])
def test_gpu_hours_priced_for_rent_are_not_a_training_run(q, part):
    # '卡时' made each a training question: '1张RTX 4090需要0.1天', a refusal asking for the model and tokens
    _, res = ask(q)
    assert part in res.headline


@pytest.mark.parametrize("q,part", [
    ("$3.5B in RMB? rate 7.1", "US$3.5 billion = RMB 24.8 billion"),
    ("5000万美元折合人民币多少？", "5000万美元 = 3.6亿元"),
    ("听说 Meta 有 35 万张 H100，等效多少 FP8 算力？", "693 EFLOPS"),
    ("我们预算 5000 万美元，卡只占 60%，剩下是网络和机房，B200 每张四万美元，能买多少张？", "750张B200"),
    ("想用 B200 替换现有的一万张 H100，假设单卡快 2.5 倍，需要多少张 B200？", "4,000张B200"),
    ("Electricity: 2,000 DGX A100 at 6.5 kW each, 0.11 $/kWh, PUE 1.5, per year?", "16,000 A100 80GB"),
    ("electricity cost per 1M tokens on H100 at 0.4 J/token, $0.10/kWh?", "US$0.01111"),
    ("听说 H100 跑推理每 token 能耗只有 0.4 焦左右，真的假的？按 Llama 3 70B 算", "给出的“0.4 焦”是计算值的"),
    ("听说Llama 3.1 405B在H100上训练用了3930万GPU小时，如果换成B200、单卡快2.5倍，需要多少GPU小时？", "换B200约需1570万卡时"),
])
def test_a_typical_weeks_misses(q, part):
    # refused (an amount to convert, 'electricity: 2,000 DGX' as a price of 2,000, a J/token claim), or read
    # wrong ('卡只占 60%' unread, '单卡快 2.5 倍' as growth, then as H100's speed)
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_days_output_in_one_word():
    req, _ = ask("单台 HGX B200 实测输出 1.2 万 tok/s（Llama 3 70B fp8），日输出 8000 亿 token 要多少台？")
    assert req.params["tokens_per_day"] == 8e11


@pytest.mark.parametrize("q,part", [
    # traditional characters and Cantonese: 張, 萬, 輸入, 幾多, 訓咗 30 日, 而家, 幾耐, 兩億
    ("想用 H100 SXM 跑 Llama 3 70B，日活三百萬，每人每日問 8 次，平均輸入 1200 token、輸出 400，尖峰係數 2.5，要幾多張卡？",
     "需要246張H100 SXM"),
    ("三萬張 H100 每年電費大概多少？PUE 1.3，電費每度 0.08 美金，每卡含伺服器算 1000W。", "30,000張H100 SXM運行1年的電費約2730萬美元"),
    ("係咪真㗎：一萬張 H100 一日就訓完 Llama 2 7B 2T token？", "10,000張H100 SXM在1天內完成"),
    ("每日一兆 token 的輸出量，用 H100 SXM 跑 Llama 3 70B 要幾張？", "需要1.07萬張H100 SXM"),
    ("資料中心 20 兆瓦，H100 每張 1000 瓦，可以放幾多張？", "20兆瓦可支撐"),
])
def test_traditional_characters_read_as_simplified(q, part):
    # (answered in the question's characters) each was refused, or read with the traditional words dropped ('輸入 1200' as output, '1024 張' unread)
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_traditional_spans_quote_the_users_characters():
    req, _ = ask("之前用 2048 張 A100 訓咗 30 日，而家轉用 1024 張 H100，要幾耐？")
    texts = {st.text for st in req.stated}
    assert {"2048 張", "1024 張", "30 日"} <= texts


def test_simplified_text_keeps_its_words():
    # Taiwan's vocabulary conversion would turn mainland 程序/文件/核心 into 进程/文档/内核, 昇腾 into 升腾
    from calc.script import simplify, traditional

    for s in ("新增程序文件，核心数 64，每台服务器 8 张卡", "昇腾910B要多少张"):
        assert simplify(s) == s and traditional(s) is None
    assert traditional("H100 要幾多張卡？") == "hk" and traditional("每台伺服器幾張卡、電費多少") == "tw"
    with pytest.raises(CalcError) as exc:
        ask("昇騰910B 一萬張要多久")
    assert "昇騰910B" in str(exc.value)


@pytest.mark.parametrize("q,part", [
    ("B200 每张连服务器大概一千二百瓦，电费每度人民币 0.6 元，两万张跑一个月电费多少？", "电费约1370万元"),
    ("API 每百万 token 人民币 2 元，每日 500 亿 token，每月多少钱？", "1个月共304万元"),
    ("H100 每小时 2 美元，Llama 3 8B 实测单卡 1500 tok/s，每千 token 成本多少？", "每1,000个token约0.00267元"),
    ("cost per 1k tokens on Gaudi2 at $1.2/hr, 900 tok/s/card", "US$0.00037 per 1,000 tokens"),
    ("用户从现在 100 万增长到年底 2000 万，Qwen2.5 7B 放 L40S，每人每日 20 次，年底要几张？", "4亿次查询"),
    ("users grow from 1M now to 20M by year end, Qwen2.5 7B on L40S, 20 queries a day each, how many GPUs?",
     "400 million queries a day"),
    ("要对标 4096 张 A100，用 H100 要多少张？有人说 H100 快 3 倍，是不是真的？", "1,366张H100 SXM相当于4,096张A100"),
])
def test_a_currency_word_a_basis_and_a_target_in_the_words(q, part):
    # '0.6 元' was a budget, the API price a budget of ¥2 ('采购约占您预算的24948000000%'), per 1k answered
    # per million only, '年底 2000 万' unread and '20 queries a day each' the fleet's 20, '快 3 倍' a factor
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # the compute trade's units: P and E of compute are petaflops and exaflops
    ("1E FP16 算力要是拿 H20 堆，大概多少台 8 卡服务器？", "capacity_flops", 1e18),
    ("A local government is tendering a 1,000P (FP16) cluster built on H20. How many cards?", "capacity_flops", 1e18),
    ("市里要 1000P 推理算力，H20 FP8 每卡 296T，要几张？", "gpu_tflops", 296.0),
    ("我们要搞个 500P 的智算中心 fp16 口径 用 4090 要多少张", "capacity_flops", 5e17),
    # ... and nothing else: TPU v5e/v5p, 1.000e+18, 2T tokens
    ("how many TPU v5e chips add up to 5 exaFLOPS of bf16 compute?", "accelerator", "tpu_v5e"),
    ("how many days to train 1.000e+18 FLOPs on 1 H100s?", "train_flops", 1e18),
    ("Llama 2 7B 预训练，H100 ×64，集群算力按 fp16 算，数据 2T token，要几天？", "train_tokens", 2e12),
    # fields pasted from a sheet, separated by pipes
    ("DAU: 5M | queries/user/day: 8 | peak factor 2.5 | model: Qwen2.5 72B | GPU: H200 -> # GPUs?", "peak_factor", 2.5),
    ("日活：3000万｜峰值系数 3｜模型 DeepSeek-V3｜卡 H20 → 要几台？", "peak_factor", 3.0),
    # a box's total draw, a PUE said loosely, a card's price said as buying it or what it costs
    ("my rig: 2x 4090 box pulling ~900W total from the wall, $0.15/kWh, monthly power cost?", "watts_per_server", 900.0),
    ("power bill: 4x 4090 at ~350W each, PUE basically 1.0, $0.12/kWh. yearly cost?", "pue", 1.0),
    ("rent vs buy: H100 at $2/hr or buy it outright for $25k. months to break even?", "price_usd", 25000.0),
    ("A Chinese IDC rents H20 at ¥6/GPU-hour and the card costs them ¥120k. Payback period?", "price_cny", 120000.0),
    ("园区可用电力 30MW｜B200 → 最多上多少张？采购额（$38k/张）？", "price_usd", 38000.0),
    ("If a Chinese AIDC charges ¥15 per H100 GPU-hour, what's that in USD at 7.2?", "rent_cny_per_hour", 15.0),
    ("8-GPU H100 servers at 10.2 kW each, racks capped at 20 kW, 1,000 servers — how many racks?",
     "server_power_cap_w", 20000.0),
])
def test_units_and_layouts_of_the_trade(q, param, value):
    # each was read as something else (a budget, a card's draw, the servers' draw) or not read at all
    req, _ = ask(q)
    assert req.params[param] == value


@pytest.mark.parametrize("q,param,value", [
    ("users 2M | ~6k output tok/user/day | Gemma 2 27B | bf16 | A100 80GB | util target 70% → # GPUs?", "users", 2e6),
    ("users 2M | ~6k output tok/user/day | Gemma 2 27B | bf16 | A100 80GB | util target 70% → # GPUs?",
     "utilization", 0.7),
    ("SLO: TTFT 500ms w/ 1.5x queueing margin | util target 0.75 | QPS 300 | Llama 3 70B | H100 SXM", "ttft_margin", 1.5),
    ("SLO: TTFT 500ms w/ 1.5x queueing margin | util target 0.75 | QPS 300 | Llama 3 70B | H100 SXM", "utilization", 0.75),
    ("日输出 token：500亿｜模型 Qwen3-30B-A3B｜卡 L40S，实测单卡 2500 tok/s → 卡数？", "tokens_per_day", 5e10),
    ("DAU: 5M | queries/user/day: 8 | model: Qwen2.5 72B | GPU: H200 -> # GPUs?", "queries_per_user", 8.0),
    ("HBM demand: 2024 shipments 4M GPUs | avg 80GB/GPU | $15/GB | +40% p.a. → HBM spend in 2027?",
     "growth_rate_year", 0.4),
    ("部署表：Qwen2.5 72B｜bf16｜TP=4｜A100 80GB｜副本数 20 → 最大并发多少？", "replicas", 20.0),
    ("capacity plan: today 20k H100 | demand doubling approx every 7 months | horizon 24 mo → # GPUs?",
     "doubling_months", 7.0),
    ("用户规模：现在 200万 DAU → 18个月后 2000万｜Llama 3 8B｜RTX 4090 → 期末要多少张卡？", "users_to", 2e7),
])
def test_a_pasted_sheets_labels(q, param, value):
    # each number was unread ('users 2M', 'util target', '日输出 token：') or read as another ('8' as GPUs per node)
    req, _ = ask(q)
    assert req.params[param] == value


def test_a_days_tokens_word_does_not_take_a_year():
    req, _ = ask("媒体说每天处理的token量一年涨了10倍，现在是每天5万亿，2年后每天多少？")
    assert req.params["tokens_per_day"] == 5e12


@pytest.mark.parametrize("q,kind,name", [
    ("3090 x4 homelab, can it run mixtral 8x7b at fp16?", "unknown_accelerator", "3090"),
    ("Mac Studio 192G 统一内存能跑 DeepSeek-V3 吗，int4", "unknown_accelerator", "Mac Studio"),
])
def test_hobbyists_cards_are_not_sized_as_others(q, kind, name):
    # '3090 x4' was 'not numeric'; a Mac Studio was sized as 8 H100s
    with pytest.raises(CalcError) as exc:
        ask(q)
    assert exc.value.kind == kind and name in str(exc.value)


@pytest.mark.parametrize("q,part", [
    # a forum's name is no accelerator, and buying a card 'at $25k' is its price
    ("V2EX 上有人说 H100 一小时 2 刀，单卡一年租金比直接买卡还贵，真的假的？买卡按 2.5 万刀算", "1年内租更划算"),
    ("4090 上 llama 3 8b int4，并发拉满单卡总吞吐实测 1800 tok/s，想给 50 个人同时用，要几张卡", "支撑50个并发会话需要1张RTX 4090"),
    ("我们小团队 500 个用户，估计同时在线也就 50 个并发，要求首 token 500ms 内、每个 token 50ms，Qwen2.5 7B 一张 L4 够不够",
     "支撑50个并发会话需要1张L4"),
])
def test_a_homelab_and_a_small_team(q, part):
    # refused as the unknown accelerator 'V2EX'; a memory fit with the load and the latency targets unused
    _, res = ask(q)
    assert part in res.headline


def test_cards_in_a_group_are_one_replica():
    req, _ = ask("DAU 2 万，每人每天 8 次，输入 2000 token 输出 400，Llama 3 70B int4 两张 L40S 一组，要几组？")
    assert req.params["tensor_parallel"] == 2.0 and "gpus" not in req.params


def test_the_answer_comes_in_the_questions_characters():
    _, tw = ask("三萬張 H100 每年電費大概多少？PUE 1.3，電費每度 0.08 美金")
    _, hk = ask("H100 跑 Llama 3 70B，日活三百萬，每人每日問 8 次，要幾多張卡？")
    _, cn = ask("H100 跑 Llama 3 70B，日活三百万，每人每天 8 次，要多少张卡？")
    assert "張H100 SXM運行1年的電費" in tw.headline
    assert "每天服務2400萬次查詢" in hk.headline
    assert "每天服务2400万次查询" in cn.headline


@pytest.mark.parametrize("q,part", [
    # 400 J per 1,000 tokens is 0.4 J a token (it was 400: a bill a thousand times too big)
    ("if a B200 burns ~400 J per 1,000 tokens and we push 1e12 tokens a day, at $0.08/kWh what's the daily power bill?",
     "at 0.4 J per token; its electricity: US$8,889"),
    ("每千个 token 耗能 400 焦，每天 1 万亿 token，电价 0.6 元/度，一天电费？", "每个token 0.4焦耳"),
    ("electricity cost per 1M tokens on H100 at 0.4 J/token, $0.10/kWh?", "0.1111 kWh for 1 million tokens"),
    # a price per 1K tokens, read per million (it was a card's price of $0.0004, refused)
    ("Vendor quotes Gemma 2 27B on 8 TPU v5e at $0.0004 per 1K tokens. Plausible if chips rent for $1.2/chip-hour?",
     "8 TPU v5e must deliver 6,667 tokens/s"),
    # 'double check' is no doubling (it was refused for want of a growth rate)
    ("Is it true that GPT-3 took about 3.14e23 FLOPs to train? from 175B params and 300B tokens, want to double check.",
     "3.14e+23 FLOPs"),
    ("Our hall has a 40kW per-rack power cap. How many HGX H100 servers fit per rack at ~10.2kW each?",
     "3 servers of 8 x H100 SXM (10,200 W each) fit a 40,000 W rack"),
    ("老板问：现在日活五百万，明年要冲两亿，模型用 Qwen3-235B-A22B 上 B200，每人每天十次，每次输出八百token，卡要多少张？",
     "每天服务20亿次查询"),
    ("合规要求本地化部署，Qwen2.5 72B bf16，A100 80G 最少几张才放得下？上下文按 8k，并发 20", "需要4张A100 80GB"),
])
def test_a_sealed_weeks_misses(q, part):
    _, res = ask(q)
    # (a B200 beside a stated J/token is named: the stated energy already is the card's)
    assert part in res.headline and all(u.text == "B200" for u in res.unused)


def test_a_break_even_for_a_model_that_does_not_fit_one_card_takes_one_copy_of_it():
    # it said "Llama 3 70B does not fit on 1 H100 SXM, so the serving model has no rate for it"
    # (and before that "expects about 0 tokens/s"): with no count stated, one copy of the model on
    # the fewest cards that hold it, its rate against the break-even one
    _, res = ask("Is $2/Mtok profitable for Llama 3 70B on H100 @ $2.5/h?")
    assert res.headline.startswith("2 H100 SXM must deliver 694 tokens/s") and not res.unused
    assert res.figure("expected_vs_break_even").value > 1 and "0 tokens/s" not in res.headline
    _, res = ask("api 定价输入每百万 token 2 元、输出 8 元，dsr1 跑 h800，租卡每卡时 11 块，能回本不")
    assert res.headline.startswith("16张H800 SXM每秒需要输出4,889个token") and not res.unused


def test_mfu_raised_again_is_a_gain():
    req, _ = ask("之前用 2048 张 A100 训 Llama 2 70B 花了 35 天，现在换 H100，同样的活用 1024 张，MFU 再提升 10%，要多少天？")
    assert req.params["mfu_gain"] == 0.1 and "mfu" not in req.params


@pytest.mark.parametrize("q,params", [
    # a voice assistant's transcript: numbers and names said in words
    ("um how many uh two hundred fifty six H one hundreds for like a hundred and twenty eight thousand users",
     {"gpus": 256.0, "accelerator": "h100_sxm", "users": 128000.0}),
    ("uh how long to train a seventy B model on two trillion tokens with like four thousand ninety six H one "
     "hundreds at forty percent MFU", {"params": 7e10, "gpus": 4096.0, "mfu": 0.4, "train_tokens": 2e12}),
    ("how many HGX H one hundred servers fit in five megawatts if each one pulls ten point two K watts and PUE is one "
     "point three", {"power_mw": 5.0, "watts_per_server": 10200.0, "pue": 1.3}),
    ("is it true you know that training GPT three took like three point one four times ten to the twenty three flops",
     {"train_flops": 3.14e23}),
    ("嗯那个两百五十六张H一百训练一个七百亿参数的模型 就是两万亿token MFU百分之四十要多少天",
     {"gpus": 256.0, "accelerator": "h100_sxm", "params": 7e10, "train_tokens": 2e12}),
    ("嗯 qwen二点五七十二B fp八 能不能塞进两张H两百里", {"model": "qwen25_72b", "precision": "fp8", "accelerator": "h200_sxm"}),
    ("之前用两千张A一百训了九十天 现在换H一百一千张 要多少天", {"gpus": 1000.0, "accelerator": "h100_sxm"}),
    # ... and what the parser reads itself stays its own: '10 thousand', 'tens of thousands', 'a hundred'
    ("how many MI355X equal 10 thousand H100 in fp8 throughput?", {"gpus": 10000.0}),
    ("if a GPU costs around thirty grand, how many can i buy with a billion dollars?", {"price_usd": 30000.0}),
])
def test_numbers_said_in_words(q, params):
    # (set 191: 6 of 60 used every input before; most were refused or sized for defaults)
    req, _ = ask(q)
    for k, v in params.items():
        assert req.params[k] == v, (k, req.params)


def test_a_said_number_quotes_the_words():
    req, _ = ask("we have a budget of forty million dollars, how many B200s at forty thousand dollars each")
    assert {"forty million dollars", "forty thousand dollars each"} <= {str(st.text) for st in req.stated}


@pytest.mark.parametrize("q,params", [
    # English and Chinese in one sentence: each was read as another thing or not at all
    ("RTX 4090 跑 Qwen2.5 7B int4，实测 single card 90 tok/s，我们 concurrent 大概 500 users，need how many cards?",
     {"concurrent_users": 500.0}),
    ("TTFT 要 500ms 以内, TPOT 30 ms, concurrent 2k users, Llama 3 70B on H200 TP4, how many replicas ah?",
     {"concurrent_users": 2000.0}),
    ("Electricity in Johor about USD 0.11 per kWh, 1000 pcs H200, each GPU 1.2 kW incl server, PUE 1.4, yearly bill?",
     {"gpus": 1000.0}),
    ("H20 一张 RMB 11万，budget 一个亿人民币，70% 预算买卡，可以买几张?", {"budget_share": 0.7}),
    ("Mistral 7B 用 H100 PCIe serve，日活 八百万，each 10 queries，peak 时 utilization 只去到 70%，几张?",
     {"utilization": 0.7}),
    ("Llama 3 8B on L4, 平均 QPS 1200, 每 query 输入 800 输出 200, TTFT 目标 800 ms, peak 留 2x margin, how many L4 lor",
     {"ttft_margin": 2.0}),
    ("一台 DGX B200 实测 output 大概 12000 tok/s，日活 3 million，每个 user 一天 2k output tokens，要几台?",
     {"tokens_per_user_day": 2000.0, "users": 3e6}),
    ("一天 output tokens 大概 50B，DeepSeek-V3 fp4 放 GB200 NVL72，要几个 rack ah?", {"tokens_per_day": 5e10}),
    ("OpenAI style pricing 每 1k tokens 收 $0.002，self-host Llama 2 13B on A100 40GB rent $1.1/hr 会不会 cheaper ah?",
     {"usd_per_million_tokens": 2.0}),
    ("8 张 H200 一台 server，每台 USD 320k，总共 64 台，capex 几多 RMB? 1 USD = 7.25 RMB", {"server_price_usd": 320000.0}),
    ("GB200 NVL72 一个 rack 大概 $3M，我们要 1 万张 GB200，total 几多 money in RMB? 汇率 7.1",
     {"server_price_usd": 3e6}),
    ("Previous run used 4096 A100 80GB for 21 days, now on H200 with 2048 GPUs and MFU going up 10%, how long now?",
     {"from_gpus": 4096.0, "gpus": 2048.0, "mfu_gain": 0.1}),
])
def test_code_switched_sentences(q, params):
    req, _ = ask(q)
    for k, v in params.items():
        assert req.params[k] == v, (k, req.params)


@pytest.mark.parametrize("q,part", [
    # a run redone: with a stated per-GPU speedup (it was a growth: 'Doubles every 0.88 months'), and on
    # the same cards with an MFU gain (it was GPU-hours, the gain named)
    ("Comparing clusters: last year our 30B run took 40 days on 1536 A100s. This year we have 768 H100s with a "
     "measured 2.8x per-GPU speedup. How many days now?", "28.6 days on 768 H100 SXM"),
    ("上次 1024 张 H100 训了 60 天，这次优化后 MFU 相对提升 25%，同样卡数要多少天？", "约需48.0天"),
    ("it took 30 days on 512 H100s; with 20% better MFU, how long?", "on 512 H100 SXM at 40% MFU takes 25.0 days at 48%"),
    # '训练 token 12T' is the training set (it was a card's 12 TFLOPS)
    ("Mixtral 8x22B，激活 39B，训练 token 12T，fp8 在 H100 上，2048 卡几天？", "2.81e+24 FLOPs"),
])
def test_a_researchers_runs(q, part):
    _, res = ask(q)
    assert part in res.headline


@pytest.mark.parametrize("q,part", [
    # an energy analyst's units and asks
    ("annual power bill for 20k B200 at 1.2 PUE, PPA at $45/MWh?", "US$16.9 million of electricity over 1 year"),
    ("Qwen2.5 72B at int8 on L40S — if each card burns 350 W incl. its share of the server and serves 900 tok/s, "
     "what's J/token?", "0.506 J per output token"),
    ("Rough energy per token for Llama 3 70B on H100 at fp8 if we see 2,400 tok/s per GPU and the node pulls 10.2 kW "
     "for 8 GPUs?", "0.691 J per output token"),
    ("Gemma 2 27B 用 TPU v5e 推理，一百万 token 耗电多少度？芯片加主机分摊每片 250 瓦，实测单片 1200 tok/s", "约75.2瓦时"),
    ("训练 Llama 3.1 405B，16384 张 H100 跑了 54 天，每卡按 1kW，PUE 1.1，总共用了多少 GWh 电？", "运行54天耗电2340万度"),
    ("H100 集群 4096 卡，每卡 1.2 千瓦，PUE 1.3，电价 0.6 元/度，一年电费多少？", "6.39兆瓦"),
])
def test_an_energy_analysts_questions(q, part):
    # '$45/MWh' was a card's price of $45, 'J/token' and '一百万 token 耗电' unasked, '每卡 1.2 千瓦' a price of ¥1.2
    _, res = ask(q)
    assert part in res.headline


@pytest.mark.parametrize("q,part", [
    ("70b fp16 how many a100 40gb", "70B model in FP16 (140 GB) does not fit on 1 x A100 40GB"),
    ("We're on 2x DGX H100 today serving Llama 2 13B, measured ~9,500 output tok/s per node. Each user burns ~4k "
     "output tokens/day. DAU goes from 40k to 250k over the next 6 months — how many nodes do we need at the end?",
     "your 16 scaled with the users (x6.25)"),
    ("GB200 NVL72 整柜按 $3.5M 一个，我们预算 20 亿人民币，汇率 7.2，能买几柜？", "这笔预算可买79台服务器"),
])
def test_the_last_sealed_sets_misses(q, part):
    # a bare size before the card (it was a fleet asking for users), a target after a sentence about tokens
    # (named), a rack's price said '整柜按 … 一个' (it was a budget)
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,params", [
    # a decimal comma and thousands written with dots, spaces or apostrophes (each was refused as zero, or read
    # as two numbers), Indian numbering
    ("1.000 H100 at 0,7 kW each, PUE 1,3, electricity 0,12 USD/kWh, yearly bill?",
     {"gpus": 1000.0, "watts_per_gpu": 700.0, "pue": 1.3, "electricity_usd_per_kwh": 0.12}),
    ("25 000 H100 how many MW at 700 W each?", {"gpus": 25000.0}),
    ("1'000 GPUs of H200 at 2,5 USD/hr for a month?", {"gpus": 1000.0, "rent_usd_per_hour": 2.5}),
    ("10 lakh users, Llama 3 8B on L4, how many GPUs?", {"users": 1e6}),
    ("2 crore DAU on H100 with Llama 3 70B, how many cards?", {"users": 2e7}),
    # ... and English stays English: "$2.500/hr" is two and a half dollars, "3,000" three thousand
    ("H100 at $2.500/hr for 3,000 GPUs for a week?", {"rent_usd_per_hour": 2.5, "gpus": 3000.0}),
])
def test_number_habits_from_elsewhere(q, params):
    req, _ = ask(q)
    for k, v in params.items():
        assert req.params[k] == v, (k, req.params)


@pytest.mark.parametrize("q,params", [
    # a markdown table and a bullet list pasted from a doc (their numbers were unread), 'ca.' and 'approx.',
    # European thousands once the message shows a decimal comma, 'DAU/MAU: 0.35' (it was 0.35 monthly users)
    ("Pasting from our planning doc:\n\n| model | Llama 3 70B |\n|---|---|\n| GPU | H100 |\n| DAU | 5M |\n"
     "| queries/user/day | 10 |\n| avg output | 400 tokens |\n\nhow many GPUs do we need for this?",
     {"users": 5e6, "queries_per_user": 10.0, "output_tokens": 400.0}),
    ("Notion snippet:\n- MAU: 300M\n- DAU/MAU: 0.35\n- 6 prompts per DAU per day\nModel = Llama 3 70B on H200, fp8. GPUs?",
     {"users": 3e8, "dau_per_mau": 0.35}),
    ("Llama 3 70B for 10 lakh users, each approx. 15 queries per day. How much H100 we need? Peak factor ca. 2,5.",
     {"users": 1e6, "queries_per_user": 15.0, "peak_factor": 2.5}),
    ("25 000 H100 – total price in RMB if one card is 27.500 USD and rate 7,2?",
     {"gpus": 25000.0, "price_usd": 27500.0, "usd_cny": 7.2}),
    ("Concurrency 20 000 streams, Llama 3 8B on L40S, TPOT 40 ms — how many L40S?", {"concurrent_users": 20000.0}),
    ("From an analyst note:\n> total DC capex typically runs ~1.6x the GPU bill\n\nso 100k H100 at $25k each → total capex?",
     {"all_in_multiple": 1.6}),
    ("For Llama 3.1 405B on H200, TTFT target 500 ms and 20% margin at peak — how many GPUs per 100 QPS?",
     {"ttft_margin": 1.2}),
])
def test_pasted_docs_and_habits(q, params):
    req, _ = ask(q)
    for k, v in params.items():
        assert req.params[k] == pytest.approx(v), (k, req.params)


def test_a_model_number_beside_a_size_stays_two_numbers():
    # "H200 141GB", "gaudi 2 600w", "p50 400ms": not one spaced thousand
    req, _ = ask("HBM每GB 15美元，一张H200 141GB的HBM成本多少？")
    assert req.params["hbm_gb_per_gpu"] == 141.0 and req.params["accelerator"] == "h200_sxm"


@pytest.mark.parametrize("q,part", [
    ("if inference costs ~0.4 J/token on H100, how many MW to serve 1T tokens a day?", "4.63 MW on average"),
    ("每个token 0.4 焦，每天 1 万亿 token，平均功率多少兆瓦？", "平均功率约4.63兆瓦"),
])
def test_an_energy_per_token_asked_as_power(q, part):
    # it answered the year's kWh
    _, res = ask(q)
    assert part in res.headline


def test_gpu_hours_on_one_card_moved_to_another_at_a_stated_speed():
    # it compared the two cards, the speed named
    _, res = ask("Llama 2 70B took ca. 1,7 mn GPU-hours on A100. If H100 is 2,5x speed, how many H100-hours it would be?")
    assert "680,000 H100 SXM GPU-hours for the run that took 1.7 million A100 80GB GPU-hours" in res.headline


@pytest.mark.parametrize("q,part", [
    # '整机 220 万' is the box's price (it was 2.2 million servers; with '一张 38 万' beside it, 3360万张B200)
    ("一台 HGX H100 整机 220 万，按卡出租 9 元/卡时，上架率按满的算，几年能回本？", "H100 SXM按27.5万元买入"),
    ("B200 我们拿货价一张 38 万，一台 HGX B200 整机 420 万，按 4 年折旧，卡时报 22 元，出租率 70%，回本要多久", "8张B200"),
    # 'MFU提高百分之十' a gain of a tenth (it was an MFU of 10%)
    ("之前用两千张A一百训了九十天 现在换H一百一千张 MFU提高百分之十 要多少天", "换1,000张H100 SXM约需51.6天"),
])
def test_a_boxs_price_and_a_gain_in_chinese_numerals(q, part):
    _, res = ask(q)
    assert part in res.headline


def test_a_rate_measured_on_one_box_of_eight():
    # '一台 8 卡实测 2500 tok/s' is the box's rate (it was each card's: 144 H20 where 1,120 are needed)
    req, res = ask("Qwen3-235B-A22B 上 H20，一台 8 卡实测 2500 tok/s，日活 300 万，每人每天输出 5000 token，要几台？")
    assert req.params["observed_tokens_per_s_per_server"] == 2500.0
    assert "需要1,120张H20（140台服务器）" in res.headline


@pytest.mark.parametrize("q,param,values", [
    # a quantity stated again as the change asked about: the answer at each value (blind set 201)
    ("300 QPS average, 1,200 input / 350 output tokens, Qwen2.5 7B on L4. GPUs needed? now suppose 900 QPS avg",
     "qps", [300, 900]),
    ("每个 token 按 0.4 焦耳算，每天 1000 亿 token，电价 0.5 元/度，每天电费多少？如果能效做到 0.25 焦耳呢",
     "joules_per_token", [0.4, 0.25]),
    ("HBM 单价 15 美元/GB，每卡 192GB，10 万张卡的 HBM 成本多少？假如 HBM 价格涨到 20 美元/GB 呢",
     "hbm_usd_per_gb", [15, 20]),
    # the change said as a bare number: the quantity whose words its sentence repeats
    ("5万张 B200，按每卡 1.2kW 算，PUE 1.25 的话要多少 MW？如果 PUE 差些，到 1.5 呢", "pue", [1.25, 1.5]),
    ("Llama 3 70B on H100 TP8, max batch 64 per replica, 10k concurrent users. replicas needed? "
     "what if we raise the batch cap to 128", "batch_per_replica", [64, 128]),
    ("峰值首token排队余量按 1.5，TTFT 目标 800ms，Llama 3 70B 跑 H100，输入 3000 token，每秒 50 个请求，"
     "要多少卡？余量改成 2 呢", "ttft_margin", [1.5, 2]),
    ("月活 5000万，DAU/MAU 按 0.3，每人每天 6 次请求，Llama 3 8B 跑在 L40S 上，要多少张？如果日活月活比只有 0.15 呢",
     "dau_per_mau", [0.3, 0.15]),
    # or, with no words, the only one written the same way, right after the change is asked
    ("Someone claims 10k H100s can train GPT-3 175B on 300B tokens in under 7 days. Is that true at 40% MFU? "
     "what about at 25%?", "mfu", [0.4, 0.25]),
    ("If AI compute doubles every 6 months, how much bigger is it in 36 months? What if the doubling time "
     "were 10 months instead", "doubling_months", [6, 10]),
])
def test_a_quantity_changed_in_a_what_if_is_answered_at_each_value(q, param, values):
    # the second value was named "a second value … I used the first" or "could not tell"
    req, res = ask(q)
    assert [o[param] for o in req.options] == pytest.approx(values)
    assert len(res.alternatives) == 2 and not res.unused


def test_changes_asked_separately_are_one_scenario_each_and_together_one():
    req = parse("Training Llama 2 70B on 2T tokens with 2,048 A100 80GB at 40% MFU takes how many days? "
                "what if MFU were 55% instead... and separately what if we had 4,096 GPUs")
    assert [(o["mfu"], o["gpus"]) for o in req.options] == [(0.4, 2048), (0.55, 2048), (0.4, 4096)]
    req = parse("训练 Mistral 7B，8T token，用 256 张 H800，MFU 40%，要几天？如果卡数加到 512 张，MFU 降到 36%，能快多少")
    assert [(o["gpus"], o["mfu"]) for o in req.options] == [(256, 0.4), (512, 0.36)]


@pytest.mark.parametrize("q", [
    # no change asked: the later number is not a second value of the earlier one
    "we're at 800k MAU, doubling every 7 months. when do we hit 10M, and how many L40S will we need then "
    "if today we use 24?",
    "要把 TPOT 从 80ms 压到 40ms，Llama 3 70B 在 A100 80GB 上 TP 得从 4 提到 8 吗？",
    "微软今年capex说是800亿美元，假如一半拿去买卡，GB200一颗6万美金，能买多少颗？",
    "25 000 H100 – total price in RMB if one card is 27.500 USD and rate 7,2?",
])
def test_a_later_number_without_a_change_asked_is_no_scenario(q):
    req = parse(q)
    assert not any(o.get(k) in (1, 8, 24, 6e4) for o in req.options for k in ("gpus", "doubling_months",
                                                                                 "tpot_ms", "budget_usd"))


@pytest.mark.parametrize("q,param,value,days", [
    # a period said right after an hourly price is the period, not a second price of 1
    ("2048张H100 租金 2.5美元一小时 一年多少钱", "rent_usd_per_hour", 2.5, 365.25),
    ("2048 张 H100 按两块五美金一小时 一个月租金多少", "rent_usd_per_hour", 2.5, 30.4375),
    # money said aloud: 两块零五 is 2.05, 一块八毛 1.8
    ("2048 张 H100 按两块零五美金一小时 一个月租金多少", "rent_usd_per_hour", 2.05, 30.4375),
    ("2048 张 H100 按一块八毛一小时 一个月租金多少", "rent_cny_per_hour", 1.8, 30.4375),
])
def test_an_hourly_price_then_a_period(q, param, value, days):
    req = parse(q)
    assert req.params[param] == pytest.approx(value) and req.params["days"] == days and not req.options


@pytest.mark.parametrize("q,param,values", [
    # a rate written bare after one said per rack or per card is of the same kind (blind set 201)
    ("2亿日活，人均 3 次，每次输出 300 token，用 GB200 NVL72，实测每柜 4 万 tok/s，要多少柜？最坏情况实测只到 2.5万 tok/s 呢",
     "observed_tokens_per_s_per_server", [40_000, 25_000]),
    ("Qwen3-235B-A22B 用 H20 跑，单卡实测 300 tok/s，每天输出 200 亿 token，峰值 2.5 倍，多少卡？要是实测只有 180 tok/s 呢",
     "observed_tokens_per_s_per_gpu", [300, 180]),
    # "reaches" is an end value's word
    ("3M DAU today, expecting 25M in 18 months. H100 fleet for Llama 3 70B at 12 queries/day, 600 output tokens "
     "— fleet now vs then? and if growth only reaches 10M?", "users_to", [25e6, 10e6]),
])
def test_a_later_rate_or_end_value_of_the_same_kind(q, param, values):
    req = parse(q)
    assert [o[param] for o in req.options] == values


@pytest.mark.parametrize("q,kwh", [
    ("PUE 1.4 vs 1.15 on 20MW IT - how much do we save a year at $0.07?", 0.07),
    ("20MW IT load, PUE 1.3, a year at $0.07 — power bill?", 0.07),
])
def test_cents_in_a_power_question_are_a_kwhs_price(q, kwh):
    # it was "0.07 price per chip is outside what I can size sensibly"
    req, res = ask(q)
    assert req.params["electricity_usd_per_kwh"] == kwh and "price_usd" not in req.params
    assert res.figure("cost_usd") is not None and not res.unused


def test_a_servers_whole_draw_in_watts_is_the_servers():
    req, res = ask("H20 八卡服务器整机功耗大概 6500W，我们机柜供电只有 20kW，一个柜能放几台")
    assert req.params["watts_per_server"] == 6500 and "3台" in res.headline
    # one card in the box: the box's draw is that card's
    assert "watts_per_gpu" in parse("一张4090跑Llama 3 8B，一度电能出多少token？整机功率450W").params


@pytest.mark.parametrize("q,batch,conc,gpus", [
    # the batch cap and the load are both "concurrency": the cap is one replica's, the load the fleet's
    ("Qwen2.5 72B 上 H100，每个副本 TP4，batch 最多 64，要扛 3000 并发，得几个副本、多少卡？", 64, 3000, 47 * 4),
    ("我们做陪聊的，用户平均同时在线 2万，每人说话间隔长，Llama 3 8B int8，4090 每卡最多 batch 32，要多少张", 32, 20_000, 625),
    ("serving qwen2.5-72b int4 on L40S, TP2, bs 16, 5k concurrent chats, TPOT ≤ 60ms — how many L40S?", 16, 5000,
     313 * 2),
])
def test_each_concurrent_stream_holds_a_place_in_a_batch(q, batch, conc, gpus):
    # 3000 streams were sized by their token rate alone: 28 H100 (7 replicas of 64 = 448 places)
    req, res = ask(q)
    assert req.params["batch_per_replica"] == batch and req.params["concurrent_users"] == conc
    assert not req.options and res.value("gpus") == gpus


@pytest.mark.parametrize("q,param,value", [
    # blind sets 203 and 204 (sealed typical weeks): each read wrong or not at all
    ("hey quick one — Llama 3 70B on H100 SXM, fp8, TP4. need 35k concurrent users at 30ms TPOT, and keep 2x "
     "headroom on TTFT at peak. how many nodes?", "ttft_margin", 2.0),
    ("我们 API 平均 QPS 120，模型 Llama 3.1 405B fp8，卡用 B200，TTFT 要求 2 秒内，排队留 30% 余量，需要多少张？",
     "ttft_margin", 1.3),
    ("DGX A100 二手一台现在大概 9 万美金，收 16 台，汇率按 7.1，合人民币多少钱", "server_price_usd", 90_000),
    ("B200 号称是 H100 的 2.5 倍，那要顶上 3 万张 H100 需要多少张 B200？", "speedup", 2.5),
    ("客服机器人，峰值并发三千路，Qwen2.5 7B，L4 卡，利用率别超过 60%，首字 800ms 以内，要几张", "utilization", 0.6),
    ("按 1.5 倍峰值、利用率 60% 规划 Llama 3 70B 的 H100 集群，日活 1000万，每人 8 次，平均输出 400 token", "peak_factor", 1.5),
    ("服务器供电上限 10kW 一台，B200 每张按 1.2kW 算（含分摊），一台最多塞几张？", "server_power_cap_w", 10_000),
    ("上次用 2048 张 A100 40GB 训了 30 天，这次换成 H100，卡数不变，MFU 预计能高 10%，大概要几天？", "from_gpus", 2048),
])
def test_readings_of_the_sealed_weeks(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_an_amount_then_one_card_or_box_is_each_ones():
    # "96G 一张" was a fleet of one card (the fit on 1 H20, not the 8 of the box); "10kW 一台" ten million yuan
    req = parse("Qwen3-235B-A22B fp8 权重多大？一台 8卡 H20（96G 一张）能装下吗")
    assert "gpus" not in req.params and req.params["hbm_gb_per_gpu"] == 96
    req = parse("二手 H800 现在一张大概十六七万，收 64 张组 8 台，整机功耗 10kW 一台，电价 0.55，PUE 1.35")
    assert req.params["watts_per_server"] == 10_000 and req.params["servers"] == 8
    assert not [s for s in req.stated if s.note == "duplicate"]
    # "一张够不够" is a count asked about, not a qualifier
    assert parse("Mixtral 8x22B 用int4量化，放在MI325X上（256GB），一张够不够？").params["gpus"] == 1


def test_whats_that_per_million_tokens_is_a_cost_per_token():
    _, res = ask("Llama 3 8B on a single L4 rented at $0.70/hr, I measured ~600 tok/s output w/ batching. "
                 "what's that per million tokens?")
    assert res.intent == "throughput" and res.value("cost_per_million_tokens_usd") == pytest.approx(0.7 / 2.16)


def test_a_named_generation_without_digits_is_unknown():
    with pytest.raises(CalcError) as e:
        parse("Trillium vs Ironwood for serving Llama 3 70B at 2k QPS, which needs fewer chips?")
    assert e.value.kind == "unknown_accelerator"


@pytest.mark.parametrize("q,param,value", [
    # blind sets 205-208: each read wrong or not at all
    ("GB200 NVL72 整柜报价 300万美元，我们总预算 2 亿美元，其中 70% 给硬件，能买几柜？", "budget_share", 0.7),
    ("我们ARR大概5000万美元，打算拿30%出来搞算力，租H100的话每卡每小时2美元，全年能租多少张？", "budget_share", 0.3),
    ("上次我们用2000张A100训了30天，这次换成1000张H100，MFU还能提高10%，同样的模型要跑多久？", "mfu_gain", 0.1),
    ("Meta trained Llama 2 70B on 2,048x A100 80GB. If we redo the same run on 1024 H100 SXM and get +10 pts MFU, "
     "how many days?", "mfu_gain_points", 0.1),
    ("Llama 3.1 405B 按8卡一组部署在H200上，一共20组，每组最多跑64路并发，总共能撑多少同时在线的用户？", "replicas", 20),
    ("Llama 3.1 405B 按8卡一组部署在H200上，一共20组，每组最多跑64路并发，总共能撑多少同时在线的用户？",
     "batch_per_replica", 64),
    ("we run 12 replicas of Qwen2.5 72B on MI300X, TP 2 each. roughly how many tokens/day can that push?",
     "replicas", 12),
    ("Qwen2.5 72B 部署在 H200 上，平均每秒 300 个请求，每次输出 500 token，峰值再乘以 2，问需要多少张卡。", "peak_factor", 2),
    ("课后题：一台 DGX A100 标价 20万美元，打 5 折出售，买 64 台一共要多少钱？", "server_price_usd", 200_000),
    ("Is it true a DGX B200 goes for over ¥3.5M in China? what's that in dollars at 7.2", "server_price_cny", 3.5e6),
    ("紧急！线上 Qwen2.5 72B 跑在 8 台 H800 上（每台8卡），现在 QPS 飙到 140，平均输出 450 token", "qps", 140),
    ("听说H20跑推理能顶H100的1.5倍？那原来1000张H100的活换成H20要多少张", "speedup", 1.5),
    ("Board wants a number: what does 10,000 B200 cost all-in? Chips are ~$40k each, and I've been told the rest "
     "of the datacenter makes it about 2x the chip spend.", "all_in_multiple", 2),
    ("we're at 2M users now, targeting 20M in 18 months. Mistral 7B on L40S. how many GPUs now vs then?",
     "users_to", 20e6),
    ("ex-ETH miner here. got 3,000 RTX 4090, power is 4.5 cents/kWh. if I rent them out at $0.35/hr per card "
     "whats my margin per month after electricity? each box is 8 cards pulling 3.2kW", "watts_per_server", 3200),
])
def test_readings_of_sets_205_to_208(q, param, value):
    req = parse(q)
    # a change said of the redone run belongs to that run's option, not to the first
    read = req.params.get(param, next((o[param] for o in req.options if param in o), None))
    assert read == pytest.approx(value)


def test_exam_numbering_is_no_card_name():
    # "Exam Q7" and "HW5" were unknown accelerators
    assert parse("Exam Q7: A 175B-parameter model is trained on 300B tokens using 1,024 V100 GPUs that each "
                 "achieve 30 TFLOP/s. Compute the training time in days.").params["gpus"] == 1024
    with pytest.raises(CalcError) as e:
        parse("HW5 (ML Systems): Assume Gemma 3 27B is served in bf16 on L40S cards.")
    assert e.value.kind == "unknown_model"


def test_cards_rented_out_earn_the_rent_less_their_electricity():
    # the rent was added to the electricity as a bill ("US$853,562 in all")
    _, res = ask("ex-ETH miner here. got 3,000 RTX 4090, power is 4.5 cents/kWh. if I rent them out at $0.35/hr "
                 "per card whats my margin per month after electricity? each box is 8 cards pulling 3.2kW")
    rent = 3000 * 0.35 * 24 * 30.4375
    bill = 3000 * 400 * 1.3 / 1000 * 24 * 30.4375 * 0.045
    assert res.value("margin_usd") == pytest.approx(rent - bill, rel=1e-3) and "renting out" in res.headline
    _, res = ask("我们把300张H800租出去，每卡每小时10元，出租率70%，一年收入多少？电费按0.5元/度另算的话扣掉多少？")
    assert res.value("income_usd") == pytest.approx(0.7 * res.value("cost_usd")) and "出租率70%" in res.headline


@pytest.mark.parametrize("q,lo,hi", [
    # a multiple given as a range: the answer at each end (the high end was dropped or compared apart)
    ("HBM 价格大概是普通 DRAM 的 5 到 8 倍，DRAM 现在 3 美元/GB，那 HBM 每GB 多少钱？", 5, 8),
    ("普通DRAM按 3.5 美元/GB，HBM 大概是它的五倍到六倍，那一张 B300 上面的 HBM 值多少钱？", 5, 6),
    ("HBM is 5-6x DRAM, DRAM $3/GB, HBM per GB?", 5, 6),
])
def test_a_multiple_given_as_a_range(q, lo, hi):
    req, res = ask(q)
    assert (req.params["hbm_multiple"], req.params["hbm_multiple_high"]) == (lo, hi)
    assert not res.unused and (res.figure("hbm_usd_per_gb_high") or res.figure("cost_usd_high"))


@pytest.mark.parametrize("q,param,value", [
    # sealed weeks 209-210
    ("老板问：十万张 B200 的集群要多大电？按每卡一千五百瓦算，PUE 1.15", "watts_per_gpu", 1500),
    ("Background: B2B API shop, currently pushing ~50B output tokens/day on Mixtral 8x22B. Leadership wants to "
     "consolidate onto H200s and run them at 70% util at peak. Rough fleet size?", "utilization", 0.7),
    ("how much per 1M output tokens on TPU v5e if it's $1.2/chip-hr and Llama 2 13B does ~900 tok/s/chip?",
     "rent_usd_per_hour", 1.2),
    ("月活 1.5 亿，日活/月活大概 0.3，每个日活一天聊 20 次，平均输出 400 token，每天总共多少 token？", "dau_per_mau", 0.3),
])
def test_readings_of_the_sealed_weeks_209_210(q, param, value):
    req, res = ask(q)
    assert req.params[param] == pytest.approx(value) and not res.unused


def test_replicas_beside_a_memory_fit_multiply_the_cards_one_needs():
    _, res = ask("MI325X 256GB，跑 Llama 3.1 405B fp8，TP 开多少合适？要 4 个副本的话总共几张卡")
    assert res.value("gpus_all_replicas") == 4 * res.value("gpus") and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 211-212: pasted figures, vertical constraints
    ("H200 官方价 $35k，我们谈下来 15% off，4096 张一共多少", "price_usd", 35_000),
    ("有人说 L40S 3万/张 ，感觉不对吧？按汇率7.2换成美元是多少", "price_cny", 30_000),
    ("Is it true that 'one B200 = 2.5 H100 for training'? we planned 4k H100 for 60 days, how long w/ the same "
     "count of B200?", "speedup", 2.5),
    ("Risk team at a mid-size bank. We want Llama 3 70B on-prem on H100 SXM in fp8 for ~4,000 analysts, maybe 30 "
     "queries each per day. How many GPUs?", "users", 4000),
    ("game studio, NPC chat w/ Mistral 7B on L40S. expect ~20k NPC conversations generating at the same time on "
     "launch night, need <40ms per token. how many cards do we need", "concurrent_users", 20_000),
    ("大促当天预计总共生成 300亿 token（输出），用 H800 跑 DeepSeek-V3，单机8卡实测整机 1.8万 tok/s，要备几台机器？",
     "tokens_per_day", 3e10),
    ("Someone claims 1,000 H100s can serve 100M daily users of a 70B chatbot. Is that true?", "params", 70e9),
    ("在线教育作文批改，高峰同时在生成的会话约 3000 路，llama3 70b 用 H100 SXM 需要几张？TP 按 4", "tensor_parallel", 4),
    ("Government tender caps hardware at $12M. If MI300X goes for ~$15,000 and accelerators end up about 55% of "
     "total spend, how many can we get?", "budget_share", 0.55),
    ("Singles' Day planning: 80M MAU, DAU/MAU about 0.4, each active user hits the shopping assistant 6x a day. "
     "Mixtral 8x7B on H100 SXM - fleet size?", "queries_per_user", 6),
    ("医院信息科，机房只能拿出20kW的电，想放 HGX H100，整机按10.2kW估，最多能放几台？", "watts_per_server", 10_200),
    ("看到篇文章说「每 1000 个 token 推理大约耗 0.3 Wh」，那 H100 一天输出 100亿 token 要多少度电？",
     "joules_per_token", 1.08),
])
def test_readings_of_sets_211_212(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,fig,value", [
    # a run redone with a stated speed on a stated count; the cards for the same days; racks for a card count
    ("我们之前在 2048 张 A100 上训了 21 天，听说 H100 快 3 倍，换成 1024 张 H100 要几天？", "train_days", 14),
    ("去年大促前用 512 张 A100 80GB 训一版推荐大模型花了 20 天，今年换 H100 SXM，MFU 还能提高 10%，同样训练量同样工期要几张 H100？",
     "gpus", 147),
    ("政务云机柜单柜供电只有12kW，DGX H100 一台大约10.2kW，一个柜子能放几台？要部署 256 张卡需要多少个机柜", "racks", 32),
])
def test_runs_and_racks_on_the_stated_counts(q, fig, value):
    _, res = ask(q)
    assert res.value(fig) == pytest.approx(value, rel=0.01) and not res.unused


def test_what_about_another_fleet_is_compared_not_added():
    # "6 accelerators in all": a fit on 4 MI355X and one on 4 B200 were summed
    req = parse("For an edge-core PoP we can fit 4 cards per server. DeepSeek-V3 at fp4 - does it fit on "
                "4x MI355X? what about 4x B200?")
    assert req.combine == "compare" and len(req.options) == 2


@pytest.mark.parametrize("q,param,value", [
    # sealed weeks 213-214
    ("queries/day 4e8, in 1200 out 300, Llama 2 13B, A100 80GB, ttft 500ms w/ 20% margin, gpus neded?",
     "queries_per_day", 4e8),
    ("queries/day 4e8, in 1200 out 300, Llama 2 13B, A100 80GB, ttft 500ms w/ 20% margin, gpus neded?", "ttft_ms", 500),
    ("DAU 5000w, 每人每天 avg 3k tokens output, Gemma 2 27B on L4, 多少卡", "tokens_per_user_day", 3000),
    ("pricing a colo build: HGX H100 box (8x H100 SXM) ~ $300k each, ~10.2 kW per server, 40 servers. total capex "
     "+ annual power at $0.11/kWh?", "gpus_per_server", 8),
    ("all-in DC cost is usually ~2x the GPUs right? so 100k GB200 would be how much total", "all_in_multiple", 2),
])
def test_readings_of_the_sealed_weeks_213_214(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_a_rent_that_moved_is_compared_at_both_prices():
    # "跌到 2 美元" was a budget of $2
    req = parse("H100 租金从 8 美元一小时跌到 2 美元了，一个 1000 卡集群每年租金差多少？")
    assert [o["rent_usd_per_hour"] for o in req.options] == [8, 2]


def test_racks_for_a_stated_count_also_give_their_total_power():
    _, res = ask("GB200 NVL72 一个柜子大概 132kW，我们机房单柜最多只能供 140kW，PUE 1.3，一共上 20 个柜，总功率多少 MW？")
    assert res.value("power_mw") == pytest.approx(20 * 0.132 * 1.3)
    assert [u.text for u in res.unused] == ["一个柜子"]      # (one box described, named as such)


def test_gpu_hours_moved_to_another_card_with_a_gain_in_mfu_points():
    req, res = ask("last run burned 1.2M GPU-hours on H100 at 38% MFU. if we move to B200 and gain +5 pts MFU, "
                   "how many B200 gpu-hours for the same job?")
    assert req.params["from_accelerator"] == "h100_sxm" and req.params["accelerator"] == "b200"
    assert not res.unused


@pytest.mark.parametrize("q,intent", [
    # concurrency a serving fleet holds is a throughput question; concurrency that fits in the KV cache a memory one
    ("replicas=12 tp=8 H200 SXM llama 3 70b fp8 -- how many concurrent users can that hold at 40ms TPOT?", "throughput"),
    ("Llama 3.1 8B int4 on 1x L4, 4k ctx - how many concurrent seqs fit in kv cache?", "memory"),
])
def test_how_many_concurrent(q, intent):
    assert parse(q).intent == intent


@pytest.mark.parametrize("q,param,value", [
    # sets 215-216
    ("预算 3亿人民币 全买 H20 单价 11万 能买几张", "price_cny", 110_000),
    ("1千万 GPU时 h100 按 $2.5 租 多少钱 换成人民币 7.1", "rent_usd_per_hour", 2.5),
    ("We're planning a chatbot launch: ~8M DAU, each user maybe 5 convos/day, Llama 3 70B on H200. How many?",
     "queries_per_user", 5),
    ("H800 三千张 训 70b参数 2T token 多久，单卡实际 400 TFLOPS 算", "train_tokens", 2e12),
    ("我们这轮融小一千万美金 主要就是买卡 大概七成拿去买 H100 嗯 单卡按两万五 能买多少张啊", "budget_share", 0.7),
])
def test_readings_of_sets_215_216(q, param, value):
    req = parse(q)
    assert req.params[param] == pytest.approx(value)
    assert not req.options      # ("大概七成" was a price of $70 compared with $25,000)


@pytest.mark.parametrize("q,near", [
    # a misspelt family before a model's size is a model named, with suggestions (it was sized as GPT-3 175B);
    # asked when the spelling fits no one catalog name ("lama 4 70b": no Llama 4 in the catalog), or the
    # version differs ("qwen3 32b" is not Qwen2.5 32B). ("llama 70b" alone is the newest Llama of that size.)
    ("lama 4 70b on h100 for 1M users?", "Llama"),
    ("qwen3 32b on h100 throughput?", "Qwen"),
])
def test_a_misspelt_model_is_unknown_with_suggestions(q, near):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == "unknown_model" and near in str(e.value)


def test_a_claimed_count_to_match_another_fleet_is_checked():
    req, res = ask("twitter guy says you'd need ~30k A100 to match 10k H100s for training. legit or cope?")
    assert req.params["match_accelerator"] == "h100_sxm" and req.params["gpus"] == 10_000
    assert "30k" in res.headline and not res.unused


def test_an_mfu_gain_on_the_new_card_applies_to_its_option():
    req = parse("老板问：我们现在 2000 张 H100 训 Qwen2.5-72B，18T token，MFU 大概 35%，如果换成 B200 同样 2000 张、"
                "MFU 提高 5 个点，能省几天？")
    assert [o.get("mfu") for o in req.options] == [None, pytest.approx(0.40)]


@pytest.mark.parametrize("q,param,value", [
    # sets 219-220
    ("GB200 NVL72 一柜大概 300 万美元，买十柜多少钱？每柜 132kW，PUE 1.2 的话一共要几 MW", "servers", 10),
    ("Llama 3.1 405B 用 fp8 能不能塞进一台 HGX H100？KV cache 按每个副本 32 条并发、每条 8k 上下文来算",
     "batch_per_replica", 32),
    ("TPU v5e for Gemma 2 27B, 400 QPS, TTFT budget 800ms and we keep 1.5x queuing headroom at peak — chips?",
     "ttft_margin", 1.5),
    ("我们用功率计测过，每 1000 个 token 大概 300 焦耳。一天一千亿 token 要多少度电？按 0.5 元/度多少钱？",
     "joules_per_token", 0.3),
    ("Mixtral 8x22B，激活 39B，训练 token 12T，fp8 在 H100 上单卡 550 TFLOP/s，2048 卡几天？", "gpu_tflops", 550),
])
def test_readings_of_sets_219_220(q, param, value):
    # (300 焦耳 was read as a token price of ¥300,000 a million, 单卡 550 TFLOP/s as a card's price)
    assert parse(q).params[param] == pytest.approx(value)


def test_one_rack_stays_per_rack():
    # "一柜能放几台" is the question about one rack, not a count of racks
    req = parse("HGX H100 每台 10.2 kW，機櫃供電上限 40 kW，一櫃放得下幾台？")
    assert "servers" not in req.params


@pytest.mark.parametrize("q,param,value", [
    # the round's last sealed sets (217, 218, 221, 222), after their first run
    ("Gaudi3 quote came in at $15k each, we'd buy 2,048. with all-in at 1.6x the cards, total capex?", "gpus", 2048),
    ("Reseller here. H200 list is $34k, we can do 12% off on volume. Customer wants 1,200 — what's the total?",
     "gpus", 1200),
    ("机柜只有 17kW 供电，能放几台 HGX H100？", "server_power_cap_w", 17_000),
    ("MoE 总参 671B 激活 37B，训练 14.8T token，2048 张 H800，MFU 35% 的话几天能训完", "active_params", 37e9),
    ("deepseek v3 671B总参 37B激活 14.8T tokens 2048张H800 训了多久 mfu算35%", "params", 671e9),
    ("target 70% utilization at peak and a TTFT margin of 1.5 — 50 QPS on Llama 3.1 405B, H200, fp8. how many?",
     "ttft_margin", 1.5),
    ("手里有 64 张 V100 32G，想在 1B token 上继续训 Llama 2 13B，跑一个 epoch 要多久？", "epochs", 1),
])
def test_readings_of_the_last_sealed_sets(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_one_box_described_is_the_fleet_when_no_count_is_asked():
    # "一台服务器 8 张 … 全年电费" was answered for one card
    _, res = ask("一台服务器 8 张 H100 PCIe，每张按五百瓦（含整机分摊），电价 1.1 元，全年满载电费多少？")
    assert "8张" in res.headline
    # (asked how many boxes, the one described is the size of one)
    assert "servers" not in parse("一台服务器 8 卡，每卡实测 400 TFLOPS，训练总算力 1e24，要几台跑 30 天？").params


def test_a_rent_stated_for_the_new_card_prices_the_moved_hours():
    _, res = ask("BLOOM 176B在A100上训练了大约108万GPU小时，如果换成H100，按每卡每小时15元租金，成本是多少人民币？")
    assert res.value("cost_usd") == pytest.approx(res.value("gpu_hours") * 15 / 7.2, rel=0.02)


@pytest.mark.parametrize("q,fig,value", [
    # two gaps the last round left named: a run redone with a speed ratio on another count, in Chinese
    ("B200 说是 H100 的 2.5x faster，原本 4096 张 H100 train 了 30 days，换 B200 2048 张要几天?", "train_days", 24),
    ("原本 4096 张 H100 训 40 天，B200 按 2.5 倍算，换 B200 2048 张要几天？", "train_days", 32),
])
def test_a_run_redone_at_a_stated_speed_on_another_count(q, fig, value):
    _, res = ask(q)
    assert res.value(fig) == pytest.approx(value) and not res.unused


def test_a_racks_limit_raised_is_answered_at_both_values():
    # "从 15kW 提到 40kW" was a 40 kW server compared with a 10.2 kW one
    req = parse("单柜供电从 15kW 提到 40kW，HGX H100 整机 10.2kW，每柜能多放几台？")
    assert [o["server_power_cap_w"] for o in req.options] == [15_000, 40_000]
    assert req.params["watts_per_server"] == 10_200


@pytest.mark.parametrize("q,gpus", [
    # a fleet grown with its demand was grown twice ("12,000 x 3 x 3 = 108,000")
    ("we run 12,000 H100s, traffic goes up 3x, what's the new fleet + power at 700W each", 36_000),
    ("If inference demand grows 10x from today's 2,000 MI355X fleet, at $25k each and 1,400 W, PUE 1.25, "
     "$0.06/kWh, what's the extra capex and the power bill over the next 2 years?", 20_000),
    # and a fleet scaled with traffic is a count, asked with a model named too
    ("we're running 200 H100 PCIe for Llama 3 70B today. what if traffic grows 10x by next year, how many cards then?",
     2_000),
])
def test_a_fleet_grown_with_its_demand_once(q, gpus):
    _, res = ask(q)
    assert str(f"{gpus:,}") in res.headline


def test_a_count_grown_from_its_start():
    _, res = ask("If accelerator demand grows 60% per year, how many units in 2030 starting from 4M in 2025?")
    assert "41.9 million" in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # set 224 (growth and projections)
    ("quick one: 30% CAGR, how many years to 10x?", "8.8 years"),
    ("用户 3 年增长了 27 倍，等于年增长多少？翻倍时间多少个月？", "36个月增长27倍"),
    ("GPU-hours our training team burns grows 3x yearly; what's it in 2 years?", "9x in 2 years"),
    ("2M queries/day now, forecast 15x over 3 yrs. Gemma 2 27B on L40S, 600 in 250 out, peak 2.5x. gpus needed at "
     "the end?", "30 million queries a day"),
])
def test_growth_said_as_cagr_yearly_or_over_years(q, part):
    # "30% CAGR" was not a numeric question; "3 年" was 3 users; "3x yearly" a factor of 3 over the period
    _, res = ask(q)
    assert part in res.headline


def test_a_likeness_does_not_hide_the_unknown_accelerator():
    # "Gemini-scale" is a likeness; the question stops at the unknown TPU v7, not at Gemini
    with pytest.raises(CalcError) as e:
        parse("Gemini-scale projection: TPU v7 Ironwood pods, 9,216 chips each, 3x per year growth — how many pods?")
    assert e.value.kind == "unknown_accelerator"


@pytest.mark.parametrize("q,param,value", [
    # sealed sets 225-226, after their run
    ("size h100 llama 3 70b 10M dau 20q/day 1500in 500out", "queries_per_user", 20),
    ("上次用 2048 张 A100 训 Llama 2 70B 花了 40 天，这次换成 1024张 H800，MFU 再提 10%，大概要多少天？", "mfu_gain", 0.1),
    ("H100 服务器每台 25万美元，每台8卡，满载 10.2kW，我们买了 128 台，电费 0.08美元/度，PUE1.4，每年电费多少？",
     "watts_per_server", 10_200),
])
def test_readings_of_sets_225_226(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,model,written", [
    # a misspelt family whose version and size are one catalog model's to the letter is that model, and
    # the answer says how it read the name (these were refused with a did-you-mean)
    ("Lamma 3 70B 在 A100 40G 上 bf16 推理最少几张卡", "llama3_70b", "Lamma 3 70B"),
    ("mixtrl 8x7b fp8 h100 sxm, 500 concurrent, tpot 30ms ok?", "mixtral_8x7b", "mixtrl 8x7b"),
    ("how mnay gpus for deepsek v3 at 4000 qps, 600 in / 900 out tokens, on h200 sxm", "deepseek_v3", "deepsek v3"),
    ("how many gpus for 45k concurent users on mixtrel 8x7b, a100 80gb, 35ms/token tpot target", "mixtral_8x7b",
     "mixtrel 8x7b"),
])
def test_a_misspelt_family_with_the_catalogs_version_and_size_is_that_model(q, model, written):
    req, res = ask(q)
    assert req.params["model"] == model and not res.unused
    assert any(f"'{written}'" in n or f"“{written}”" in n for n in res.notes)


@pytest.mark.parametrize("q,part", [
    # users said as what they reach are the end count; two calendar years the horizon beside a bill's year
    ("目前日活 300万，用 Llama 3 70B 在 H200 上跑，预计三年后日活到 3000万，到时候要多少张 H200？", "3亿次"),
    ("如果 AI 数据中心电力需求 2025 年是 12000 MW，年增长 35%，2030 年要多少 MW？按 0.08 美元一度电，一年电费多少？",
     "60个月后"),
])
def test_growth_horizons_and_end_counts(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 227-234, after their run
    # a full-width comma ends a clause: "¥18，256 卡" is 18 yuan an hour and 256 cards, not 18,256
    ("国企这边租 H100，每卡每小时 ¥18，256 卡跑 30 天多少钱？", "gpus", 256),
    ("国企这边租 H100，每卡每小时 ¥18，256 卡跑 30 天多少钱？", "rent_cny_per_hour", 18),
    ("俩台 DGX H100 能跑 deepseek v3 满血版吗，fp8 的", "servers", 2),         # 俩: two, in speech
    ("预算5个亿人民币能买多少张H20", "budget_cny", 5e8),                       # 个 between 5 and 亿 only spoken
    ("if a GB200 NVL72 rack is quoted at $3.4M and we want 20 racks, what's the total?", "server_price_usd", 3.4e6),
    ("bloom 176b training cost if a gpu hr is $1.5", "rent_usd_per_hour", 1.5),
    ("gb200 nvl72一个柜子多少千瓦 机房限120kw一柜 放得下吗", "server_power_cap_w", 120_000),
    ("MAU 1亿，DAU/MAU 大概 0.3，每个活跃用户每天输出 2万 token，Qwen2.5 7B 上 L4 要多少张？", "tokens_per_user_day", 20_000),
    ("our vllm box: 8x H100 SXM, llama-3-70b fp8, seeing ~14k output tok/s for the whole node. how many such nodes "
     "for 40 QPS at 600 output tokens each?", "observed_tokens_per_s_per_server", 14_000),
])
def test_readings_of_sets_227_234(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_quoted_at_a_time_is_not_a_price():
    assert "server_price_usd" not in parse("Lead time on GB200 NVL72 racks is quoted at 30 weeks. If we order 8 racks, "
                                           "what's 12 months of power?").params


@pytest.mark.parametrize("q,part", [
    # growth said ahead ("明年翻 5 倍", "expecting 7x in a year", "quadrupling by 2027", "三年后翻两番",
    # "3x by year end") grows today's fleet, load or power envelope where it is read
    ("老板问：用户量明年翻 5 倍，现在 64 张 A100 80GB 刚好扛住，到时候要多少张？按每张 8.5 万人民币算要花多少钱", "320张"),
    ("Llama 2 13B chatbot on RTX 4090s, concurrency 2k right now, expecting 7x in a year. how many 4090s do we need?",
     "14,000 concurrent"),
    ("30 racks of GB200 NVL72 today, quadrupling by 2027. assume 132 kW per rack and PUE 1.15 — what facility power?",
     "8,640 GB200"),
    ("估算一下：三年后 AI 芯片总功耗翻两番，我们现在一个 100MW 的园区，到时候需要多大？", "400兆瓦"),
    ("QPS 120 today, 3x by year end, Qwen2.5 72B on MI300X, peak factor 2. gpus?", "31.1 million queries"),
    # a redone run's new count right after 换: the earlier run is the yardstick
    ("Meta 用 16384 张 H100 训 Llama 3.1 405B 大概 54 天，我们换 8000 张 B200、MFU 提升 10%，要几天？", "换8,000张B200"),
])
def test_growth_ahead_and_redone_runs(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,months", [
    # a factor per period is a rate: its doubling time is period x ln 2 / ln factor
    ("TPU v5e serving Gemma 2 27B at 20 QPS now. qps grows 2x every 5 months. 15 months out how many v5e chips?", 5),
    ("traffic goes 3x every 4 months; 200 QPS today on Llama 3 70B, how many H100 a year out?", 4 * math.log(2) / math.log(3)),
    ("日活每 6 个月翻 2 倍，现在 100 万，一年后要多少张 H100？", 6),
])
def test_a_factor_every_period_is_a_doubling_time(q, months):
    req = parse(q)
    assert req.params["doubling_months"] == pytest.approx(months) and "factor" not in req.params


def test_a_dollar_bill_asked_in_chinese_with_a_rate_is_in_yuan_too():
    _, res = ask("电价 $0.09/kWh，按汇率 7.1 换成人民币，5000 张 H100，PUE 1.3，年电费多少元？")
    assert "万元" in res.headline and "美元" in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("MI325X 12台服务器 每台8卡 每台报价 $250k 一共多少RMB (7.22)", "server_price_usd", 250_000),   # currency before
    ("MI355X list is $25k, we're buying 1,024 and AMD is offering an 18% discount. total?", "gpus", 1024),
])
def test_prices_and_counts_of_sets_227_234(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,intent,part", [
    ("xAI 说要上100万张GB200，按每卡1.2kW全包、PUE 1.3 算，总共要多少GW的电？", "power", "1.56 GW"),
    ("网上说 2030 年全球 AI 数据中心要 100GW，每卡按 1.5kW 算，那就是六千多万张卡？对吗", "power", "0.85倍"),
    ("say B200 is 2.5x faster than H100. a job that took 90 days on H100 — how long on B200 with the same 4096 cards?",
     "training", "36.0 days"),
])
def test_questions_of_sets_227_234_that_were_refused(q, intent, part):
    req, res = ask(q)
    assert req.intent == intent and part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 235-238, after their sealed run
    ("QPS 200 avg, input ~2k output ~500 tokens, Llama 3 8B on L4s. hw many cards", "input_tokens", 2000),
    ("GB200 NVL72 quoted at ~$3.2M/rack, we want 20 racks. total capex", "server_price_usd", 3.2e6),   # M before /rack
    ("课题组经费 80 万，4090 一万二一张，整机成本按显卡的 1.3 倍，能配几张？", "budget_cny", 800_000),
    ("课题组经费 80 万，4090 一万二一张，整机成本按显卡的 1.3 倍，能配几张？", "all_in_multiple", 1.3),
    ("B200 目录价 4 万刀，谈到 85 折，买两千张要多少钱？", "discount", 0.15),
    ("fleet plan: 2k H100 today, adding 50% more each year for 3 yrs. power in MW at the end at 1.3 PUE?",
     "growth_rate_year", 0.5),
    # (the faster card is the yardstick: H100 at 1/0.6 of a Gaudi 3)
    ("if a Gaudi3 runs at 0.6x an H100, how many Gaudi3 to match 1,000 H100s?", "speedup", 1 / 0.6),
    ("BLOOM 176B 当年据说用了 108万 GPU小时（A100），要是换成 H100 按 $2/h 租，要多少钱？", "from_accelerator", "a100_sxm_80gb"),
    ("expecting MAU to go x6 by next yr; 500k MAU now on llama 3 8b, how many L4 then?", "users", 3e6),
    ("cost per million tokens: H200 at $3.5/h, Llama 3 70B, ~1800 tok/s per GPU. can we undercut $0.90 per M and still "
     "make money?", "usd_per_million_tokens", 0.9),
])
def test_readings_of_sets_235_238(q, param, value):
    got = parse(q).params[param]
    assert got == (pytest.approx(value) if isinstance(value, float | int) else value)


def test_a_minute_is_not_a_million_before_a_slash():
    assert find_numbers(normalize("latency 3m/s").text)[0].value == 3


@pytest.mark.parametrize("q,param,value", [
    # a value right after a correction replaces the earlier one of the same quantity
    ("How many H100 SXM to serve Llama 3 70B to 5M DAU, 15 queries each per day? sorry, I meant 8M DAU not 5M.",
     "users", 8e6),
    ("Training Llama 2 7B on 2T tokens with 512 A100 80GB at 45% MFU, how long? Sorry, 1024 GPUs, not 512.", "gpus", 1024),
    ("30M MAU, DAU/MAU 0.3 — sorry, 0.25 — 5 chats/day each, Qwen2.5 72B on H200. gpus?", "dau_per_mau", 0.25),
    ("预算 10 亿人民币，全买 H20，单价 12 万元，能买多少张？哦，单价应该是十一万，刚才记错了。", "price_cny", 110_000),
    ("训练算力 3e25 FLOPs，用 H100 在 40% MFU 下要多少 GPU 小时？哦不，是 5e25", "train_flops", 5e25),
    ("日活 5000万，人均每天 8 次，每次输出 400 token，用 H20 跑 DeepSeek-V3，要几张卡？哦抱歉，是人均 6 次不是 8 次。",
     "queries_per_user", 6),
    ("一台 DGX B200 功耗 14.3kW，机柜供电上限 40kW……不对，上限是 35kW，一柜能放几台？", "server_power_cap_w", 35_000),
])
def test_a_corrected_value_replaces_the_earlier_one(q, param, value):
    req = parse(q)
    assert req.params[param] == pytest.approx(value)
    assert any(s.note == "corrected" for s in req.stated)


@pytest.mark.parametrize("q", [
    # not corrections: a comparison said with "rather than", a what-if with 改成…呢
    "If inference compute doubles every 6 months rather than every 10 months, how many H100-equivalents by 2028, "
    "starting from 2 million?",
    "峰值首token排队余量按 1.5，TTFT 目标 800ms，Llama 3 70B 跑 H100，输入 3000 token，每秒 50 个请求，要多少卡？余量改成 2 呢",
])
def test_a_second_value_that_is_no_correction_is_not_one(q):
    assert not any(s.note == "corrected" for s in parse(q).stated)


def test_a_corrected_speed_ratio_below_one_is_the_other_card_faster():
    _, res = ask("要对标 10 万张 H100 的算力，需要多少张 MI300X？假设 MI300X 实际跑起来是 H100 的 1.3 倍——不对，是 0.9 倍")
    assert "11.1万张MI300X" in res.headline


@pytest.mark.parametrize("q,value", [
    # a context length, before or after its word
    ("Llama 3.1 405B fp8 需要多少显存？TP8 在 H100 上能跑 32k 的长文吗，batch 1", 32_000),
    ("Qwen2.5 72B 要是用 int4 的话，两张 4090 能不能跑？上下文想开到 32k", 32_000),
    ("70B model, bf16, TP=2 on H200 141GB — how much room left for KV at 128k x batch 4?", 128_000),
    ("GPT-2 XL fp32 推理，一张 V100 16G 绰绰有余吧？batch 64 序列长 1024 呢", 1024),
    ("Gaudi3 has 128GB each — can 4 of them host Llama 3 70B at bf16 with 8k ctx?", 8000),
])
def test_a_context_length_is_the_input(q, value):
    req = parse(q)
    assert req.params["input_tokens"] == pytest.approx(value) and req.intent == "memory"


def test_a_batch_before_a_context_keeps_its_number():
    req = parse("qwen3-30b-a3b fp8 上 4090，单卡 24G，batch 16 上下文 16k，放得下不")
    assert req.params["concurrent_users"] == 16 and req.params["input_tokens"] == 16_000


def test_amounts_listed_in_the_options_order_are_their_prices():
    req = parse("gaudi2 vs a100 80gb pcie, $8k vs $15k, serving mistral 7b at 200 qps. cheapest fleet?")
    assert [o.get("price_usd") for o in req.options] == [8000, 15000] and "budget_usd" not in req.params


@pytest.mark.parametrize("q,param,value", [
    # sets 239, 240, 246, after their sealed run
    ("list is $30k/H100 but procurement got us 12% off. 2048 units, whats the total?", "price_usd", 30_000),
    ("h100 打八折 原价两万八美元 买四千张 多少钱", "price_usd", 28_000),
    ("H200 has 141GB; if HBM is ~$20/GB, what fraction of a $32k sticker price is just memory?", "price_usd", 32_000),
    ("the 100k H100 cluster. GPU at ~$28k, all-in maybe 1.6x the GPU cost. ballpark capex?", "price_usd", 28_000),
    ("俩 H100 能不能塞下 Llama 2 70B 的 bf16 权重啊，不行的话要几张", "gpus", 2),
    ("半个亿人民币预算建 H20 集群，卡占 70%，能买多少张", "budget_cny", 5e7),
    ("投资人视角：全球AI算力现在大约 1e22 FLOP/s，年增长按 2.5 倍，到 2028 年会有多少？", "growth_rate_year", 1.5),
])
def test_readings_of_sets_239_246(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q", [
    "看到一个说法：月活 5 亿的应用，DAU/MAU 0.3，每人每天 6 次，平均 QPS 才 1 万出头。这个对吗",   # 出头: a bit over
    "What if we switch from fp16 to int4 for Llama 2 13B on L4s -- how many fewer GPUs at 50 qps?",  # no price
])
def test_words_that_look_like_a_reading_but_are_not(q):
    p = parse(q).params
    assert "output_tokens" not in p and "price_usd" not in p


def test_years_before_a_growth_are_its_period_not_a_yearly_rate():
    assert "growth_rate_year" not in parse("用户 3 年增长了 27 倍，等于年增长多少？翻倍时间多少个月？").params


@pytest.mark.parametrize("q,param,value", [
    # sets 247-250, after their sealed run
    ("报价单上 H20 单价十一万五，要采三百二十张，总价多少？按汇率7.2折成美元是多少", "price_cny", 115_000),  # asked in $
    ("一台 DGX B200 报价 50万美元，谈下来 85 折，买 200台 一共多少钱？", "discount", 0.15),
    ("二手 4090 一千张打包卖，每张一万三，买家砍价要 92 折，总价多少", "discount", 0.08),
    ("1亿 DAU 的 chat app，人均 10 msgs/day，每条输出 400 token 左右，H100 要多少张？peak 按 2.5x", "peak_factor", 2.5),
])
def test_readings_of_sets_247_250(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_a_discount_said_the_usual_way_wins_over_a_bare_tier():
    # "500 卡以上 88 折，1000 卡以上打 8 折": 打 8 折 is read, as before
    assert parse("阶梯价：500 卡以上 88 折，1000 卡以上打 8 折。H100 原价 14.5 元/卡时").params["discount"] == \
        pytest.approx(0.2)


@pytest.mark.parametrize("q,param,value", [
    ("how many H100s do i need to serve Llama 3 70B for 2M DAU if each user generates ~6k output tokens/day? "
     "maybe 8M DAU by next year", "users_to", 8e6),                       # a second count said with when
    ("is it true GPT-3 took like 3.14e23 FLOPs to train? that'd be ~355 V100-years right?", "gpu_years", 355),
    ("Gaudi3 一张 1.5万美元，宣传说是 H100 的 1.5 倍性能？那 1000张 Gaudi3 相当于多少张 H100", "speedup", 1.5),
    ("上一次我们用 4096 张 A100 训了 40 天，这次换 H100，MFU 能提高 10%，卡数 2048，同样的活要几天？", "gpus", 2048),
])
def test_more_readings_of_sets_247_250(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,param,value", [
    # sets 251-254, after their run
    ("spot A100 80GB at 60% off the $1.79 on-demand rate, 256 gpus for 10 days, what's the total?",
     "rent_usd_per_hour", 1.79),
    ("Buying an HGX H100 box for $280k vs renting 8x H100 SXM at $2.20/hr. how many months to break even?",
     "server_price_usd", 280_000),
    ("租了 48 张 L40S 训练小模型，5.5 元一卡一小时，实际只用了 45% 的时间，一个月多少钱？", "rent_cny_per_hour", 5.5),
    ("一台HGX B200实测每秒能吐2万个token，我们每天要处理五千亿token，要几台", "observed_tokens_per_s_per_server", 20_000),
    ("老板想买 500 张 MI325X，单价 2.5万刀，机房网络什么的全算上按卡钱乘 1.8，总共多少钱", "all_in_multiple", 1.8),
])
def test_readings_of_sets_251_254(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,absent", [
    ("DGX H100 报价 30万美元 一台，总共多少？按 7.2 折人民币多少？", "discount"),      # 7.2 折人民币: the rate
    ("HGX H100 servers at $280,000 each with 8 GPUs per server — how many servers for $50M?", "server_price_usd_2"),
    ("平均 QPS 三千，高峰再乘 2，平均输入 2k 输出 500，模型 Qwen2.5 7B，A100 80G 要几张？", "factor"),  # a peak
])
def test_what_these_words_are_not(q, absent):
    req = parse(q)
    assert absent not in req.params
    if absent == "server_price_usd_2":
        assert req.params["budget_usd"] == 50e6 and req.params["server_price_usd"] == 280_000


@pytest.mark.parametrize("q,param,value", [
    # sets 255-258, after their sealed run
    ("TTFT < 500ms (leave 2x margin for queueing at peak), TPOT 50ms, llama 3 70b on h100, 200 concurrent", "ttft_margin", 2),
    ("measured 2,400 out tok/s per H100 on Llama 3 8B. how many GPUs for 40k QPS avg w/ 200 output tokens each?",
     "observed_tokens_per_s_per_gpu", 2400),
    ("Our previous run used 1,024 A100s for 60 days. If we move to H100 SXM with the same count and MFU improves by "
     "10%, how long would the same job take?", "mfu_gain", 0.1),
])
def test_readings_of_sets_255_258(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_a_sized_box_at_a_price_is_its_price():
    req = parse("Compare: 8x MI300X box at $250k vs HGX B200 at $450k, serving Llama 3.1 405B in fp8. cheaper per token?")
    assert [o.get("server_price_usd") for o in req.options] == [250_000, 450_000]


@pytest.mark.parametrize("q,part", [
    ("BLOOM 176B 训了366B token，用384张A100 80GB，花了三个半月，反推一下MFU大概多少", "35.0%"),   # 三个半月: 3.5 months
    ("hey gpubot how many tokens per day can two hundred H100s push if each one does about three thousand tokens a "
     "second", "51.8 billion"),
    ("what MFU am I getting if I see 180 TFLOPS per A100 in bf16?", "57.7% MFU"),
])
def test_answers_of_sets_251_258_that_were_refused(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_chip_faster_than_a_card_is_not_an_mfu():
    with pytest.raises(CalcError) as e:
        ask("a startup's custom chip does 1,500 TFLOPS bf16 -- how many of those to match 100k H100s?")
    assert e.value.kind == "missing_input"


def test_tokens_a_day_grown_from_today_are_not_cards():
    req = parse("tokens/day doubling every 4 months from 5B today. how many H200 for Llama 3.1 405B 16 months out?")
    assert req.params["tokens_per_day"] == 5e9 and "gpus" not in req.params


def test_a_speed_ratio_and_an_mfu_gain_both_shrink_the_new_fleet():
    # "还能再提高" (three modal words) is a gain; the gain divides the cards the ratio gives
    _, res = ask("之前用1024张A100 80GB训一个模型，现在换H100 SXM，H100比A100快3倍，MFU还能再提高10%，同样时间训完要多少张H100？")
    assert "311张H100 SXM" in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 259-262, after their first run
    ("北美四大 CSP 资本开支合计约 3000亿美元，假设其中 50% 花在加速卡上，单卡 ASP 按 3万美元 测算，对应多少万张 GPU？",
     "price_usd", 30_000),                                     # a price "按 … 测算"
    ("某运营商智算中心集采预算 50亿元，其中 70% 用于服务器，HGX H100 整机按 230万元/台，能采多少台？", "budget_share", 0.7),
    ("按 1.5 的 PUE，1 度电 0.7 元，跑一张 4090 一个月电费多少？", "pue", 1.5),
    ("按 1.5 的 PUE，1 度电 0.7 元，跑一张 4090 一个月电费多少？", "electricity_cny_per_kwh", 0.7),
    ("Usable power per cab is 17.3kW after derating. HGX H100 is ~10.2kW. How many cabs for 256 GPUs?",
     "server_power_cap_w", 17_300),
    ("GB200 NVL72 w/ deepseek-v3 fp4, rack does ~1.1M tok/s?? need 40B output tokens per day. racks?",
     "observed_tokens_per_s_per_server", 1.1e6),              # a bare "rack" at the clause's start: one rack
    ("what's the TTFT for a 32k-token prompt on llama 3 8b, H100 SXM bf16? need it < 400ms p99 for our RAG app.",
     "ttft_ms", 400),                                          # "need it": the latency asked about
])
def test_readings_of_sets_259_262(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,part", [
    # electricity for one card-hour, with a rent stated beside it
    ("租 H100 一小时 2.2 美元，自建的话电费 0.5元/度、PUE 1.3、单卡 1.3kW，光电费每卡每小时多少钱？汇率 7.1",
     "每张H100 SXM每小时电费约0.845元"),
    ("sanity check pls: 8x H100 SXM server draws 10.2 kW, we pay 0.09 USD per kWh, PUE 1.5. what's the power cost "
     "per GPU-hour?", "US$0.172"),
    # the time to first token asked: alone and loaded, in the question's language
    ("what's TTFT for a 32k-token prompt on Llama 3 70B, TP4 on H100?", "on 4 x H100 SXM"),
    ("Llama 3 8B 在 L40S 上，输入 8k，首token延迟大概多少？", "单个请求首token延迟约"),
    # a rack's limit beside a load: the fleet, then the racks it takes
    ("日活 500万，每人每天 20 次，平均输出 400 token，用 H20 跑 Qwen2.5 72B 要多少卡？机房每柜只能给 15kW，要几个柜",
     "需要97个机柜"),
    ("1万张 B200，单卡 3.5万美元，整体 capex 约为卡成本的 1.6 倍（含网络、机房、电力配套），总投资多少亿人民币？汇率 7.25",
     "整体约40.6亿元"),                                          # 电力配套 is part of the build, not a power ask
    ("Mixtral 8x7B fp16 放两张 A100 40GB 够不够？上下文 32k，batch 4", "在2张A100 40GB上放不下"),
])
def test_answers_of_sets_259_262(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    ("Qwen3-30B-A3B on a single L40S, int4, wall power ~350W, getting 900 tok/s. J per token and $/Mtok at $0.10/kWh "
     "with PUE 1.4?", "0.544 J per output token"),             # "J per token": the energy of a token asked
    ("Qwen3-30B-A3B on a single L40S, int4, wall power ~350W, getting 900 tok/s. J per token and $/Mtok at $0.10/kWh "
     "with PUE 1.4?", "electricity per million tokens: US$0.01512"),
    ("electricity cost per 1000 tokens on H100 running Llama 2 7B, power at $0.12/kWh?", "US$0.000005766"),  # no e-06
    ("Llama 2 13B 在 V100 上能跑吗？卡是 32G 的，fp16，上下文 4096，batch 16", "需要3张V100"),   # 卡是 32G: its memory
    ("P99 TTFT 1.2 秒、TPOT 60ms 的约束下，Llama 2 70B fp16 在 A100 80GB TP4 上一个副本能扛多少并发？", "4张A100 80GB"),
])
def test_more_answers_of_sets_259_262(q, part):
    _, res = ask(q)
    assert part in res.headline


def test_a_batch_glued_to_bs_beside_a_measured_rate_is_its_condition():
    # "at bs32": the batch the rate was measured at; the 25 requests a second are the load
    req = parse("Llama 2 7B on RTX 4090, int8. measured 1,300 tok/s per card at bs32. need 25 rps steady w/ 256 output "
                "tokens. # of 4090s?")
    assert req.params["qps"] == 25 and "concurrent_users" not in req.params


@pytest.mark.parametrize("q,part", [
    # a card's price that carries its share of the build: the budget buys that many, said so
    ("预算3000万美元，想建一个B200集群，每张卡连网络和机房摊下来4万美元，能建多大规模？", "可买750张B200（按所给的每卡含配套单价）"),
    ("with $500M, how many H100 at $45k per GPU all-in?", "11,111 H100 SXM for that budget, at the stated price per card"),
    # what each user pays a month, against the fleet's running cost per user (not a budget of $20)
    ("We charge $20 per seat per month. 10,000 seats, each seat does about 50 queries a day, running Llama 3 70B on "
     "H100. What does the GPU side cost us per seat?", "GPU cost per user a month US$0.731, 3.7% of the US$20"),
    ("我们每用户每月收费 30 元，日活 50万，人均每天 20 次，Qwen2.5 72B 跑在 H20 上，GPU 成本占多少？", "占每用户每月收费30元的"),
])
def test_prices_that_carry_more_than_a_chip(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 263-266, after their sealed run
    ("our 8-GPU H100 node measured 12,000 tok/s output on Mixtral 8x7B. how many nodes for 1.5B tokens/day?",
     "observed_tokens_per_s_per_server", 12_000),               # the node's rate, not each card's
    ("Need TTFT under 400ms for Qwen2.5 72B on MI300X, 3k concurrent sessions at peak. how many GPUs, and is 70% a "
     "sane utilization target?", "utilization", 0.7),           # not 70% a year
    ("We get ~12M queries/day on Llama 3 8B. Need TTFT under 300ms even at peak with a 20% queueing margin. how many "
     "L40S?", "ttft_margin", 1.2),
])
def test_readings_of_sets_263_266(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,part", [
    ("GPT-3 175B 放在 A100 80GB 上推理，租金 $1.8/h，实测单卡 350 tok/s，每 1000 token 成本多少美元", "每百万输出token约1.43美元"),
    ("heard it's ~0.4J per token. so at 1T tokens/day how many MWh is that daily?", "over 1 day"),
    # asks listed a) b) c): each is answered
    ("Three things for our board deck: a) how many GPUs to serve 10M DAU on DeepSeek-V3 with H200s, assume 10 "
     "queries/day, 800 in / 400 out; b) total facility power at PUE 1.2; c) annual electricity at $0.07/kWh. thx",
     "of electricity over 1 year"),
])
def test_answers_of_sets_263_266(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_dollars_asked_in_chinese_come_first():
    # "多少美元": the dollars asked lead, not the 元 inside 美元
    assert parse("H100 按 $2/小时 租，Llama 3 70B 单卡实测输出 1100 tok/s，每百万 token 成本几美元？").params["currency"] == "usd"
    assert parse("给 CFO：租 1000 张 B200，$5.5/卡时，连续租 12 个月，总价几亿美元？折合人民币（7.2）？").params["currency"] == "cny"


@pytest.mark.parametrize("q,param,value", [
    # sets 267-270, after their first run
    ("老板问我：2000 个企业席位，每个席位每天平均消耗 5万 token 输出，按 8元/百万token 算，每月账单多少？", "users", 2000),
    ("老板问我：2000 个企业席位，每个席位每天平均消耗 5万 token 输出，按 8元/百万token 算，每月账单多少？",
     "tokens_per_user_day", 50_000),                            # each seat's day, not the company's
    ("B2B chatbot, 1.2k enterprise seats, each seat ~40 msgs/day, Llama 3.1 405B fp8 on H200 — how many nodes?",
     "users", 1200),
    ("我们准备买台 HGX H100 自建，报价 230万 人民币，跑 Llama 3 70B 给内部 3000 名员工用，每人每天 20 次问答，平均输入 1000、"
     "输出 400 token，够不够用？", "users", 3000),
    ("我们准备买台 HGX H100 自建，报价 230万 人民币，跑 Llama 3 70B 给内部 3000 名员工用，每人每天 20 次问答，平均输入 1000、"
     "输出 400 token，够不够用？", "server_price_cny", 2.3e6),
    ("如果全部走 API，按 每百万 2 美元，和自己用 H100 跑 Llama 3 70B 比，我们每天要生成 20亿 token", "usd_per_million_tokens", 2),
    ("we pay $0.15 per million input and $0.60 per million output. 300k requests a day, 1.2k in, 250 out. monthly bill?",
     "usd_per_million_input_tokens", 0.15),
    ("Monthly cost of a GB200 NVL72 rack if we buy it at ~$3M, plus power at $0.07/kWh?", "server_price_usd", 3e6),
])
def test_readings_of_sets_267_270(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,part", [
    # input and output priced apart: each side at its price
    ("we pay $0.15 per million input and $0.60 per million output. 300k requests a day, 1.2k in, 250 out. monthly bill?",
     "US$99 a day"),
    ("API 输入每百万 token 1 元，输出每百万 token 4 元，每天 100 万次调用，输入 2000 输出 300，一个月多少钱？", "每天3,200元"),
    # an API bill paid, against serving the tokens yourself: not "revenue"
    ("如果全部走 API，按 每百万 2 美元，和自己用 H100 跑 Llama 3 70B（单卡实测 1500 tok/s）比，哪个便宜？我们每天要生成 20亿 token",
     "API费用"),
])
def test_answers_of_sets_267_270(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # a card's speed over another's said "per GPU": the cards that do the work
    ("how many B200 to match 4096 H100 on training throughput, assuming B200 is 2.5x per GPU", "1,639 B200"),
    ("70B job takes 30 days on 2048x H100. same count of H200 at ~1.4x per GPU → days?", "21.4 days on 2,048 H200"),
    # a period right before 翻倍 is a doubling time
    ("训练算力 6 个月翻倍的话，GPT-3 当年 3.14e23，三年后 frontier run 到多少 FLOPs？", "2.01e+25 FLOPs"),
    # a training cluster's megawatts: power, not a run with no model
    ("一万张 H100 的训练集群，每卡含服务器 1400W，PUE 1.25，要多少 MW？", "17.5兆瓦"),
])
def test_more_answers_of_sets_267_270(q, part):
    _, res = ask(q)
    assert part in res.headline


def test_an_api_price_against_rented_cards():
    # "$3/M" beside "API" is a token price; "16 rented H100s" a count of cards
    req = parse("What's the cheapest way to serve Llama 3 405B to ~50k users? API at $3/M or 16 rented H100s at $2/hr?")
    assert req.params["usd_per_million_tokens"] == 3 and req.params["gpus"] == 16


@pytest.mark.parametrize("q,part", [
    # a population and the share of it active on a day; "each active one runs 25 queries" is no price
    ("Seat pricing math: 10,000 seats, only 30% active on a given day, each active one runs 25 queries w/ 2k in / "
     "300 out. GPT-3 175B self-hosted on A100 40GB — how many GPUs?", "75,000 queries a day"),
    ("内部知识库问答，员工 8000 人，日活大概一半，每人每天 15 个问题，检索后上下文 6000 token，回答 400 token，峰值按平均的 2.5 倍，"
     "Qwen3-235B-A22B 用 H20 部署，要几台 8 卡服务器？", "每天服务6万次查询"),
])
def test_a_population_active_on_a_day(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 271-274, after their sealed run
    ("Gaudi2 单价 ¥9 万，买 256 张，打完九折一共多少钱", "2070万元"),                        # 打完九折: 10% off
    ("之前 2048 张 A100 跑完的那次训练，换成 H100 要多少张才能一样快？H100 按快 3 倍算，MFU 还能高 5 个点", "607张H100 SXM"),
    ("实测每 1000 个 token 耗 250 焦，日产 300 亿 token，每年要多少度电？", "每天300亿个token"),      # 日产: a day's
    ("4090 跑 Qwen2.5 7B 实测 2500 tok/s（开了 batch），电费 0.5 元/度，卡 1.6 万，三年折旧，每百万 token 成本多少人民币？",
     "每百万输出token约"),                                                            # 卡 1.6 万: its price
    ("50M weekly actives, DAU/WAU 0.4, ~8k tokens out per user per day, Gemma 2 27B on TPU v5e — chip count?",
     "320 million queries a day"),
])
def test_answers_of_sets_271_274(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 275-278: a population and its daily share said every way; a server's price said as 万块
    ("We have ~12k employees, maybe 35% will use the internal chat daily, ~8 requests each. Avg prompt 2k tokens, "
     "answers ~400. Peak factor 3. Llama 3 70B on H100 SXM, TP4. How many replicas do we need?", "33,600 queries a day"),
    ("公司大概 8000 人，日活估计 40%，每人每天问 15 次左右，输入平均 1200 token，输出 500，高峰按 4 倍算。用 Qwen2.5 72B，"
     "手上有 A100 80GB，TP=4，要几个副本？", "每天服务4.8万次查询"),
    ("Compare H100 SXM vs MI300X for our internal service: Llama 3 70B fp16, 20k employees, DAU 30%, 8 q/day, "
     "2.5k in 500 out, TTFT 1s TPOT 50ms.", "48,000 queries a day"),
    ("HGX B200 box costs us ~$515k landed. If I rent the GPUs out at $4.25/GPU-h with 80% util, how many months to "
     "pay off one server?", "months"),
])
def test_answers_of_sets_275_278(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_wan_kuai_after_one_server_is_its_price():
    req = parse("4090 机器 8 卡一台 12 万块，租金每卡每小时 1.8 元，电费 0.7 元/度，每卡 450W，跑满回本要几个月？")
    assert req.params["server_price_cny"] == 120_000 and "gpus" not in req.params


def test_a_distilled_model_of_a_stated_size_is_that_size():
    _, res = ask("想用 DeepSeek-R1 蒸馏版 32B 给内部用，L40S 两卡一个实例，2000 人日活，要多少卡")
    assert "32B模型" in res.headline


def test_one_whole_rack_is_the_fleet_checked():
    _, res = ask("GB200 NVL72 一整柜给全集团用够不够？集团 15 万人，日活 10%，人均 5 次，输入 2000 输出 800，模型 DeepSeek-V3 fp8")
    assert "你给出的1个机柜（72张卡）" in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 279-282, after their sealed run
    ("听说HBM比普通DRAM贵5到8倍，DRAM现在3美元/GB，那HBM每GB多少钱", "15到24美元"),   # "说hbm": no word boundary
    ("首token要在 1 秒内，H20 跑 DeepSeek-V3，输入都是 8k 的长文档，并发 200，要几台？", "200个并发会话"),
    ("算力翻倍周期按6个月算的话，3年后同样的钱能买到多少倍算力？", "36个月增长64倍"),
])
def test_answers_of_sets_279_282(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 283-286: vendors' quotes for servers, market prices, a token price's ceiling, a batch cap
    ("Dell quotes 8x H100 SXM servers at $312k, Supermicro same config at $279k. We need 48 servers. total diff?",
     "server_price_usd", 312_000),
    ("Need to serve Llama 3 70B to 2M DAU. Vendor X quotes L40S servers (8 GPU) at $92k, vendor Y quotes H100 PCIe at "
     "$31k/card. which fleet comes out cheaper?", "server_price_usd", 92_000),
    ("Heard used Gaudi2 dropped under $5000. Buying 8 for the lab vs renting H100 at $2/h for a year — which is cheaper?",
     "price_usd", 5000),
    ("Gemma 2 27B 跑在 TPU v5e 上，租价 $1.2/chip-hour，单芯片实测 800 tok/s，每百万输出 token 成本能否低于 0.5 美元？",
     "usd_per_million_tokens", 0.5),
    ("Falcon 180B int8 on H100 NVL — how many cards for 4 replicas, batch capped at 64 per replica?", "batch_per_replica", 64),
    ("双卡4090跑 llama2 70b int4，要求每个输出token不超过100ms，最多能同时给几个人用？", "gpus", 2),
])
def test_readings_of_sets_283_286(q, param, value):
    assert _said(parse(q), param) == pytest.approx(value)


def _said(req, param):
    """The value read for `param`: the question's, else the one option it was said of ("Gaudi2 under
    $5000 … vs renting H100": the Gaudi2's price, not the H100's too)."""
    if param in req.params:
        return req.params[param]
    return next(o[param] for o in req.options if param in o)


def test_an_unknown_card_is_named_even_when_the_ask_is_unclear():
    with pytest.raises(CalcError) as e:
        parse("我们学校集群只有 P100，16G 的，8 张能部署 Mistral 7B 给组里用吗")
    assert e.value.kind == "unknown_accelerator" and "P100" in str(e.value)


@pytest.mark.parametrize("q,part", [
    # sets 287-290, after their sealed run
    ("DRAM 按 3 美元/GB，HBM 据说是它的 5倍到8倍，那一张 B200 上 192GB 的 HBM 值多少钱？", "5-8倍"),
    ("Llama 3 70B 用 fp8 部署在 H100 SXM 上，日活 300万，每人每天问 8 次，平均输出 400 token，峰值大概是平均的 2.5 倍，要多少张卡？",
     "142张H100 SXM"),                                                     # the peak said with a hedge
    ("H20 现在租金大概 8 块钱一卡时，跑 Qwen2.5 7B，单卡每秒能出 3000 token，合下来每百万 token 几毛钱？", "每百万输出token"),
    ("MI355X 单价如果是 2.5 万美元，1 亿美元预算能买多少张？算上 all-in 系数 1.6 以后呢", "2,500张MI355X"),
    ("an H200 is ≈ $32k, what's that in RMB @ 7.1", "RMB 227,200"),
])
def test_answers_of_sets_287_290(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 291-294, after their sealed run: weekly users with their daily share said every way
    ("Weekly actives 20M, daily/weekly ~0.4, each DAU does 6 prompts, 2k ctx in 500 out, Qwen2.5 72B on H100 TP4 — how "
     "many replicas?", "48 million queries a day"),
    ("WAU 4000万, DAU/WAU 0.45, 每个日活一天大概 6k output tokens, Llama 3.1 405B fp8 on MI325X, fleet 多大?",
     "每天服务2.16亿次查询"),                                 # each DAU's day, not the service's
])
def test_answers_of_sets_291_294(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 295-298: a stated speed ratio between two priced cards is their work per dollar
    ("MI325X at $18k vs H200 at $32k — if H200 is 1.3x faster on our workload, which gives better perf per dollar?",
     "MI325X gives 1.37x the work per dollar of H200 SXM"),
    ("老板让我对比下 H800 和 H20 买哪个，H800 单价 23万，H20 单价 9.8万，听说训练上 H800 快 5 倍左右，性价比谁高",
     "同样的钱H800 SXM能做的工作量是H20的2.13倍"),
    ("Gaudi3 vs H100 性价比：Gaudi3 单价 $1.6万，H100 $3万，Intel 说 Gaudi3 快 1.2x 是真的吗？",
     "同样的钱Gaudi 3能做的工作量是H100 SXM的2.25倍"),
    ("B200 vs H100 cost per token if B200 rents at $5.50/hr and is 2.2x faster, H100 at $2.30/hr?",
     "H100 SXM gives 1.09x the work per dollar of B200"),
    # the same run moved to other cards, said with 'now' or 'how long'
    ("之前用 A100 1024 张训了 30 天，现在有 2048 卡 H100，MFU 再提升 10%，同样的 run 要几天？", "换2,048张H100 SXM约需4.3天"),
    ("we trained on 1024 A100s for 30 days; how long on 2048 H100s?", "4.7 days on 2,048 H100 SXM"),
    # replicas counted with their word, and their size
    ("replica 数 16，每个 replica TP 4，max batch 64，Llama 3 70B 在 H100 上大概能撑多少 QPS", "64张H100 SXM"),
    ("Mistral 7B 每天 1亿 query，每个 输入 800 输出 200，用 L40S serve 要几张? peak 是平均的 2.5 倍", "174张L40S"),
    # servers bought, a rack's quote, a card's share of a server's price
    ("HGX B200 box quoted at ¥320万, 8 GPUs, 14.3kW. we're buying 40 of them. 3yr power at 0.55 RMB/kWh, PUE 1.2. "
     "total TCO in 万元?", "to own 320 B200"),
    ("请测算：采购 GB200 NVL72 整机柜 10 个，每柜报价 300 万美元，另含 5% 商务折扣，汇率按 7.15，折合人民币多少亿元？", "2.04亿元"),
    ("HGX H100 8卡整机报价 230万人民币，汇率7.2，摊到每张卡多少美元？", "每张H100 SXM摊到3.99万美元"),
    ("an HGX B200 box is quoted at $480k, how much is that per GPU?", "US$60,000 (RMB 432,000) per B200"),
    # revenue per GPU-hour at the serving model's rate
    ("Llama 3.1 405B on 8x H200 in fp8 — if we charge $3 per million tokens, what's revenue per GPU-hour?",
     "per GPU-hour on H200 SXM at the serving model's"),
    # prices, discounts, tariffs and shares said in other ways
    ("字节明年算力预算 1600亿元，一半拿去海外买 B200（按$40k一张），汇率7.15，能买几张？", "28万张B200"),
    ("MI355X 跟 B200 比，同样 budget 2000万美元 各能买多少张？MI355X 按 $2.5万, B200 按 $4万", "800张MI355X"),
    ("1e26 FLOPs run on 100k H100 at 35% MFU — how many days, and what's the GPU-hour bill at $2.2?", "US$176 million"),
])
def test_answers_of_sets_295_298(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("Renting 256 L40S at $0.85/GPU-hour vs buying at $7,500 list minus 20%. Deprecation over 4 yrs.", "discount", 0.2),
    ("TCO sheet: GB200 NVL72, qty 4 racks, $3.4M each, 132kW per rack, 4 yrs, elec $0.09, PUE 1.12. what's the "
     "effective $/GPU-hr at 80% utilization?", "electricity_usd_per_kwh", 0.09),
    ("有研报说 H100 按 $2/小时、80% 利用率出租，卡价 $25k 的话 14个月就能回本，靠谱吗？", "price_usd", 25_000),
])
def test_readings_of_sets_295_298(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_a_card_share_is_not_asked_when_the_hour_is():
    # "摊到每卡每小时成本": the cost of a GPU-hour over the depreciation, not the card's share of the price
    _, res = ask("DGX H100按每台280万元算，8卡，三年折旧，摊到每卡每小时成本是多少？")
    assert "每GPU小时" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 299-302, after their sealed run
    ("H100 list 30k, 20% discount, 10k units, in RMB @7.1?", "RMB 1.7 billion (US$240 million)"),   # not yuan
    ("what does 1 million output tokens cost me on H100 at $2/hr if i get 3000 tok/s per GPU", "US$0.185 per million"),
    ("Last run: 1024 A100s, 38% MFU, 30 days. If we switch to 512 H100s and get +10% MFU, how long does the same run take?",
     "17.2 days on 512 H100 SXM"),
    ("Article says H20 has only ~15% of an H100's compute. To match 10k H100s for training, how many H20s would a "
     "Chinese lab need?", "66,667 H20"),
    ("h200 spot is $3.40/hr vs h100 at $2.25. we push 7.5B output tok/day on llama 3 70b. which is cheaper if h200 does "
     "1.8x the tok/s?", "H200 SXM gives 1.19x the work per dollar"),
    ("colo caps us at 10kW per server. does a dgx h100 fit under that? if not how many gpus can we populate",
     "200 W over the 10,000 W"),
    ("h100 nvl vs h100 sxm for llama 2 70b int8 inference, per-card price 29k vs 33k. which wins on $/tok?",
     "per million output tokens"),
])
def test_answers_of_sets_299_302(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_peak_said_as_a_range_is_the_peak_factor_at_both_ends():
    req = parse("H100 fleet for 2M DAU, 10 q/day each, peak 2-3x avg, llama 3 70b")
    assert req.params["peak_factor"] == 2 and [dict(o) for o in req.options] == [{"peak_factor": 2.0},
                                                                                 {"peak_factor": 3.0}]


def test_a_yuan_amount_with_shi_ji_yi_is_not_an_ask_in_yuan():
    # "十几亿人民币" is the budget's currency, not "how many yuan" asked: the 11万 stays yuan
    assert parse("预算十几亿人民币 能买多少张H20 单价按11万一张").params.get("price_cny") == 110_000


def test_a_model_named_with_a_word_before_its_size_is_an_unknown_model():
    # "gpt-oss-120b" had been cut at "gpt-" and its rest taken for an unknown accelerator
    with pytest.raises(CalcError) as e:
        parse("gpt-oss-120b on h100, one card, how many rps can it do at 1k in / 500 out?")
    assert e.value.kind == "unknown_model" and "gpt-oss-120b" in str(e.value)


@pytest.mark.parametrize("q,part", [
    # sets 303-306: numbers written as words, pasted key: value lists
    ("three and a half kilowatts per server, a hundred and twenty servers, PUE of one point four. how many megawatts "
     "do I need to ask the colo for", "588 kW for 960 H100"),
    ("机柜供电上限十五千瓦，HGX H100 每台十千瓦出头，要放六十四台得几个柜子？", "15,000瓦的机柜"),
    ("上次用四千张A100 40GB训了九十天，这次换成两千张H100 SXM，MFU还能再高百分之十，同样的活要多少天？", "约需51.6天"),
    ("Falcon 180B 听说用了七百万 A100 40GB 卡时，一小时按十块钱人民币算，训练成本多少？", "约7000万元"),
    ("200M weekly actives, about 40% of them show up on a given day, each asks 12 questions. Qwen3-235B-A22B on H200, "
     "how many GPUs?", "960 million queries a day"),
    ("model: Llama 3 70B / gpu: H100 SXM / DAU: 3M / queries/user/day: 6 / in/out tok: 2000/400 / peak: 2.5x → how "
     "many gpus do i need?", "18 million queries a day"),
    ("卡型=H20; 数量=4096张; 单价=12万元; 单卡功耗(含整机)=650W; 电价=0.55元/度; PUE=1.25; 问：三年TCO多少",
     "4,096张H20持有3年"),
    ("server=DGX H100 | count=128 | power/server=10.2kW | PUE=1.35 | elec=$0.08/kWh | → 1yr power bill?",
     "1,024 H100 SXM"),
])
def test_answers_of_sets_303_306(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_number_before_qian_wa_is_kilowatts_only_below_ten_thousand():
    # "一万二千瓦" is 12,000 W; "一百二十千瓦" 120 kW; "两千卡" two thousand cards
    assert parse("每台一万二千瓦，10台，总功率").params["watts_per_server"] == 12_000
    assert parse("GB200 NVL72 一个机柜一百二十千瓦，上五十个柜，总共要多少兆瓦？").params["watts_per_server"] == 120_000
    assert parse("两千卡的集群功耗多少，每卡700瓦").params["gpus"] == 2000


@pytest.mark.parametrize("q,part", [
    # a stated speed ratio between two cards set beside the computed one (the claim checked)
    ("有人说 H100 的 FP16 算力差不多是 H20 的 6 倍，是真的吗？", "按目录的单卡稠密峰值算是6.69倍"),
    ("MI300X 和 H100 跑 llama2 70b 推理哪个更划算？听说 MI300X 快1.3倍", "按本服务模型的单卡吞吐算是1.29倍"),
    # a rack's card draw said 'each'; petaflops asked as 'P'
    ("rack of 72 b300 at 1400W each all in, pue 1.2 — how many racks fit in 50MW?", "29,736 B300 on 50 MW"),
    ("5000 张 H800 合多少 P？（FP16）", "4.95 EFLOPS"),
])
def test_answers_of_sets_303_306_after_gating(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # joules per token from a measured rate and a stated draw, named as the measurement's
    ("if a GB200 NVL72 rack pulls 120kW and pushes 1.2M tok/s, what's that in joules per token?",
     "0.13 J per output token for the measured workload on GB200"),
    ("一台 HGX H100 满载 10.2kW，实测 2.4万 tok/s，每个 token 多少焦耳？", "每个输出token约0.552焦耳"),
    ("EU 'AI gigafactories' are pitched at ~100,000 advanced chips each. With B200 at 1.5 kW all-in per GPU and PUE "
     "1.3, how many MW per site?", "195 MW for 100,000 B200"),
])
def test_answers_of_sets_303_306_energy(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,options", [
    # sets 311-314: three or more values of one quantity listed, the answer at each
    ("llama 3 70B pretrain, 2048x H100 SXM, 15T tokens. how many days at 30%, 40% or 50% MFU?",
     [{"mfu": 0.3}, {"mfu": 0.4}, {"mfu": 0.5}]),
    ("5万张 B200 的机房，PUE 分别按 1.1 / 1.3 / 1.5 算，总功率要多少 MW？", [{"pue": 1.1}, {"pue": 1.3}, {"pue": 1.5}]),
    ("10k H100s @ 700W each all-in. annual power bill if electricity is $0.05, $0.08 or $0.12 per kWh?",
     [{"electricity_usd_per_kwh": 0.05}, {"electricity_usd_per_kwh": 0.08}, {"electricity_usd_per_kwh": 0.12}]),
    ("GPT-2 XL on RTX 4090: with 2 cards, 4 cards or 8 cards, 100B tokens, 35% MFU — days?",
     [{"gpus": 2}, {"gpus": 4}, {"gpus": 8}]),
    # a share's range read with the intent
    ("用 V100 训 GPT-3 175B，300B token，1024 张卡，MFU 按 20%~30% 估，大概几天？", [{"mfu": 0.2}, {"mfu": 0.3}]),
])
def test_values_listed_are_each_answered(q, options):
    req, res = ask(q)
    assert [dict(o) for o in req.options] == options and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 312-314: Traditional Chinese and Cantonese, memory asked without the usual words
    ("租 H100 $2.5 一個鐘，Llama 3 70B 每張卡大概出 900 tok/s，咁每百萬 token 成本係幾多？", "每GPU小時2.5美元"),
    ("想用 RTX 4090 砌個細 cluster 行 Mistral 7B，張卡大約 1600 美金，買 16 張，連埋其他嘢大概係卡價嘅 1.5 倍，總共要幾多錢？",
     "16張RTX 4090整體約3.84萬美元"),
    ("MAU 3000 萬，DAU/MAU 大概 0.25，每個 DAU 每天生成 5000 tokens，Llama 3 8B 跑在 L40S 上，要準備幾張？",
     "每天服務7500萬次查詢"),
    ("Gaudi3 has 128GB; with 4 cards is Llama 3.1 405B at fp8 enuf?", "fits on 4 x Gaudi 3"),
    ("Qwen2.5-7B fp16 部署在 4090 上，每张卡能撑几个 32k 的长会话？", "还能容纳3个32,000 token的并发序列"),
    ("H20 96G 八卡跑 DeepSeek-V3 满血版 fp8，128k 上下文能并发几个会话？", "还能容纳4个128,000 token的并发序列"),
])
def test_answers_of_sets_311_314(q, part):
    _, res = ask(q)
    assert part in res.headline


def test_a_small_amount_after_rents_is_a_rent_but_not_a_claimed_figure():
    # "v5e 就 $1.2": a second rent; "an article claimed $0.10": the claim, checked
    req = parse("TPU v6e 同 TPU v5e 比，行 Gemma 2 27B 每百萬 token 成本差幾多？v6e 租 $2.7/chip-hr，v5e 就 $1.2")
    assert [o.get("rent_usd_per_hour") for o in req.options] == [2.7, 1.2]
    req = parse("what's a realistic cost per million output tokens for Mixtral 8x7B on L40S renting at $0.9/hr if we "
                "get ~2,500 tok/s per card? an article claimed $0.10")
    assert not req.options


@pytest.mark.parametrize("q,part", [
    # sets 315-318, after their sealed run
    ("2000 台 H20 八卡服务器，一台 130 万，整体投入按 1.6 倍算，总共多少亿人民币", "41.6亿元"),   # yuan, though yuan is asked
    ("MI300X 每张192G，跑 Llama 3.1 405B fp8 最少要几张", "需要4张MI300X"),                    # '192G' is no card
    ("上次 2048 卡 A100 训了 30 天，这回换 H100 同样张数，MFU 还能高 5 个点，要几天？", "换2,048张H100 SXM约需8.4天"),
    ("10 个 GB200 NVL72 机柜，每柜 132kW，PUE 1.15，电价 0.6 元一度，一个月电费？", "720张GB200"),
    ("quick one: Llama 2 13B on A100 40GB rented at $1.1/hr, what does that come to per 1k tokens?",
     "US$0.000295 per 1,000 tokens"),
    ("whats all-in dc cost for 32k gb200 if chips ~$60k and all-in ~1.8x chip cost", "US$3.46 billion all-in"),
])
def test_answers_of_sets_315_318(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 319-322, after their sealed run
    ("Is renting an H100 at $2.2/hr cheaper than buying one at $28k if we keep it 36 months?",
     "buying is cheaper over 3 years"),                                   # '$28k' was a budget
    ("at 0.4 J per token and ~1 trillion tokens generated a day, how many MWh/day is that, and what's it cost at "
     "$0.10/kWh?", "1 trillion tokens a day"),
    ("上次用 2048 张 A100 80GB 训了 40 天，这次换 H100 SXM，MFU 还能再提 5 个百分点，同样的活用 1024 张要多久？", "约需22.4天"),
    ("we raised and have a $50M budget, ~60% of it can go to GPUs. how many B200 at $35k apiece does that buy?",
     "857 B200"),
    ("一千张 MI300X 多少钱 单价按 1.5万刀，整体投入再乘个1.6", "整体约2400万美元"),
    ("Gaudi3 每张报价 1.6 万美元，H100 SXM 按 2.8 万美元，说 Gaudi3 性能是 H100 的 0.7 倍，同样算力哪个更便宜？",
     "同样的钱Gaudi 3能做的工作量是H100 SXM的1.22倍"),
])
def test_answers_of_sets_319_322(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_hgx_boxes_of_a_card_without_a_catalog_server_are_eight_card_boxes():
    # "2x HGX H200" had been 2 GPUs ("does not fit on 2 x H200")
    _, res = ask("Llama 3.1 405B on 2x HGX H200 at bf16 — will it fit or do we need a third box?")
    assert "fits on 16 x H200 SXM" in res.headline


def test_a_pasted_tables_peak_and_a_count_of_replicas_grown():
    # "| 峰值系数 | 3 |": the peak (it was unread); "32 replicas … in 12 months": the replicas grown
    q = ("监控面板转文字：\n| 指标 | 值 |\n| 平均 QPS | 1200 |\n| 峰值系数 | 3 |\n| 平均输入 | 2k tokens |\n"
         "| 平均输出 | 300 tokens |\n\n模型 DeepSeek-V3，卡 H200，要多少台 8 卡服务器？")
    req, res = ask(q)
    assert req.params["peak_factor"] == 3 and not res.unused
    _, res = ask("32 replicas of llama 3 8b on l40s rn, traffic doubling every 5 months. how many replicas in 12 months?")
    assert "169 model replicas in 12 months" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 323-326, after their sealed run
    ("GB200 NVL72 一个柜子大概 120kW，我们机房单柜供电上限只有 40kW，这咋整，放得下吗", "超出40,000瓦的单柜上限"),
    ("H100 半价买 1000 张多少钱", "1,000张H100 SXM需要1380万美元"),
])
def test_answers_of_sets_323_326(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_price_said_per_server_in_chinese_numerals_is_not_a_count():
    # "报价一百二十万一台": 1.2 million a server (the run had read 1,200,001)
    req = parse("我们一台 8卡 H20 服务器功率 6.5kW，报价一百二十万一台，机房能给 2MW，能放多少台，总共要花多少？")
    assert req.params["server_price_cny"] == 1_200_000


def test_half_price_between_two_cards_is_named_not_dropped():
    _, res = ask("Gaudi3 对比 H100，听说便宜一半，用 1024 张训 Llama 3 8B 15T token，各要多久、多少钱？")
    assert [u.text for u in res.unused] == ["便宜一半"]


def test_a_token_price_against_the_cost_of_serving_when_nothing_else_is_stated():
    # "这个价能回本吗" with no rent, card price or measured rate: the catalog's rent (it was a currency
    # conversion of the price, the card named unused)
    _, res = ask("API 报价每 1000 token 0.002 美元，H100 上跑 Llama 3 70B 这个价能回本吗")
    assert "对比每百万2美元的价格" in res.headline and not res.unused


def test_joules_per_token_asked_with_a_typo():
    # "jouls per token": refused as not numeric
    _, res = ask("jouls per token for h100 at 700W doing 3000 tok/s?")
    assert "0.303 J per output token" in res.headline


def test_the_same_work_in_the_same_time_needs_no_days():
    # "干同样的活 … 要多少张": the earlier fleet's GPUs x peak x MFU over the new card's (it was refused
    # for want of the model and tokens)
    _, res = ask("去年训练用了 2000 张 A100，MFU 35%，今年换 H100 干同样的活，MFU 再提高 10%，要多少张？")
    assert "需要574张H100 SXM" in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 331-334, after their first run
    ("pricing is $0.25/M input and $1.10/M output for dsv3. on an 8x mi300x node we measured 5,800 tok/s "
     "per node, renting at $2.15/gpu-hr. profitable?", "against the price of US$1.35"),
    ("我们 API 定价输入每百万 token 2 元、输出每百万 token 8 元，每天 30 亿输出 token，用 H800 自建（每张 23 万元）多久回本？",
     "买下花437万元"),
    ("We charge $20/seat/mo. Power users average 40k output tokens per day on llama 3.1 405b, served on h100 "
     "rented at $2.20/hr. Do we make money per seat?", "9.3% of the US$20 each pays"),
    ("每用户每月收 19.9 元，每人每天用 3000 个 token 输出，DeepSeek V3 API 每百万 token 8 元，毛利能有多少？", "剩19.2元"),
    ("For a 10,000-GPU GB200 NVL72 deployment, what is the estimated annual electricity cost at $0.065/kWh "
     "and PUE 1.15?", "for 10,000 GB200"),
    ("If 6.5M B200s ship next year with 192GB HBM each and HBM goes for roughly $11.5k per TB, what's the "
     "HBM revenue pool?", "at $11.5/GB"),
    ("我哋想買 64 部 DGX H100，每部 US$28萬，匯率 7.25，總共幾多人民幣？", "64台H100 SXM服務器"),
    ("we run 24 replicas of TP8 on h100 for llama 405b, batch 32 per replica. whats the max concurrent users "
     "+ tokens/s we can do?", "768 concurrent streams"),
    ("原来 4096 张 H100 训了 45 天，换成 2048 张 B300，厂商说快 2.7 倍，要几天？", "约需33.3天"),
    ("有文章说 GB200 NVL72 推理性能提升 30 倍，一柜 300 万美元。我们现在 5000 张 H100，想全部替换，需要几个柜，花多少钱？",
     "（3台，每台72张）；采购6480万元"),
    ("用 B200 訓練 GPT-3 175B 規模嘅模型，3000 億 token，MFU 45%，256 張卡要幾多日？", "256張B200需要14.1天"),
    ("going from 2M to 35M users, 4,000 output tokens/day each, running llama 3.1 8b on L4 — how many extra "
     "cards?", "2,476 more than the 152 that 2 million users need today"),
    ("last run: 11.5 days on 512 GPUs (H100). new kernels promise 25% better MFU — how long on the same "
     "cluster now?", "The run of 11.5 days on 512 H100 SXM at 40% MFU takes 9.2 days"),
    ("We pay $0.27 per M input tokens and $1.10 per M output for the deepseek v3 API. Avg request is 3,000 in "
     "/ 400 out, 1.5M requests a day. Would buying 2 racks (gb200 nvl72) at $3.9M each be cheaper over 3 yrs?",
     "pays back in 200.8 months"),
])
def test_answers_of_sets_331_334(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("/assume ttft_margin=1.5 — 4k token prompts, 200 out, ttft ≤ 800ms, llama 3.1 8b on l4, 120 qps", "ttft_margin", 1.5),
    ("/assume ttft_margin=1.5 首 token 600ms 以内，Llama 3 8B 用 L4，峰值 800 并发要几张", "ttft_margin", 1.5),
    ("llama 3 70b on h100, tp=4, batch_per_replica=64, 1M users", "batch_per_replica", 64),
    ("30M MAU, DAU/MAU at 22%, ~7 chats/day per DAU, llama 3.1 70b on h200", "dau_per_mau", 0.22),
    ("saas math: 200k users paying $12/mo each, avg 25k tokens per user per day, llama 3.1 70b", "usd_per_user_month", 12),
    ("rent at $2.35/GPU-hr, 512 H100, vs buying at $27.5k per card plus 40% on top for servers/network/facility",
     "all_in_multiple", 1.4),
])
def test_registry_names_and_phrasings_read_as_their_parameter(q, param, value):
    assert parse(q).params[param] == pytest.approx(value)


def test_both_token_prices_price_a_volume_of_unsplit_tokens_at_their_blend():
    # 500 in / 500 out by default, said as an assumption: (0.5 + 1.5) / 2 a million tokens
    _, res = ask("we sell at $0.5/M input and $1.5/M output, 20B tokens per day. daily revenue?")
    assert "US$20,000 a day" in res.headline and any(a.name == "input_tokens" and a.origin == "default"
                                                     for a in res.assumptions)
    _, res = ask("we sell at $0.5/M input and $1.5/M output, 20B output tokens per day. daily revenue?")
    assert "US$40,000 a day" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 335-338, after their sealed run
    ("site is 48 MW. at 1.3, 1.4 or 1.6 kW per GPU all-in and PUE 1.25, how many gb200 can we power?",
     "3 options compared; first: 29,538 GB200"),
    ("if inference costs 0.3, 0.5 or 0.9 J per token, what's the power bill for 20B tokens/day at $0.11/kWh?",
     "3 options compared; first: 608,750 kWh"),
    ("rough capex for 2,000 MI300X at $15k each, with servers + networking adding 35%?", "US$40.5 million all-in"),
    ("英伟达代理报价 B200 整机 8 卡 52 万美元/台，给了 6% 返点，汇率 7.19，我们要 40 台，人民币总价多少？", "共1.41亿元"),
])
def test_answers_of_sets_335_338(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_three_prices_for_three_cards_stay_one_each():
    # the list reading must not take "$15k, $27k, $1.9k" listed for three cards as options of one
    _, res = ask("Mixed fleet audit: 400 x A100 80GB, 250 x H100 SXM, 900 x RTX 4090. Depreciate everything over "
                 "4 years; purchase prices $15k, $27k, $1.9k. Annual depreciation?")
    assert "US$6 million (RMB 43.2 million) for 400 A100 80GB" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 339-342, after their sealed run
    ("last run: 19 days on 256 GPUs, a100 80gb. rerun on h100 with the same count and MFU 6 points higher — how "
     "many days?", "5.2 days on 256 H100 SXM"),
    ("之前用 A100 训了 11 天，一共 64 张卡；现在换 H200，卡数不变，MFU 提高 20%，要几天？", "换64张H200 SXM约需2.9天"),
    ("412 GPU-years on V100 — how long would that take on 1,024 h100s, assuming 30% better MFU?",
     "14.3 days on 1,024 H100 SXM"),
    ("会员每月 19 元，日活 120 万，每人每天大概产出 8000 token，用 4090 跑 qwen3 30b，租卡每卡每小时 1.8 元，能回本吗",
     "占每用户每月收费19元的0.76%"),
    ("consumer app: 2.3M MAU, DAU/MAU 22%, $4.99/month subscription. each DAU does ~9 queries/day, 1,200 in / "
     "450 out, on gemma 2 27b with l4 at $0.71/hr. profitable?", "1.5% of the US$4.99 each pays"),
    ("我们周活300万左右，每天大概四成的人会来用，每人聊12轮，每轮输出900 token，qwen2.5-72b 上 h100 fp8，要多少卡？",
     "每天服务1440万次查询"),
    ("按单颗B200功耗1.2kW（含整机分摊）估算，一个100MW的数据中心，PUE 1.25，大约能部署多少颗？", "6.67万张B200"),
    ("SRE here. our colo caps racks at 14.5 kW. how many h200 per rack if each GPU incl. its share of the server "
     "is ~1.3kW?", "11 cards at 1,300 W"),
    ("给客户报512张B200，每张3.85万美元，网络存储机房按1.4倍all-in算，折人民币多少？汇率7.18", "整体约1.98亿元"),
    ("ctx: 2.4M DAU, ~9 queries/user/day, 1.2k tok prompts, 350 tok responses. how many h100s for llama 3.1 70b "
     "fp8? peak 2.5x", "212 H100 SXM"),
    ("帮忙算下\n卡: a100\n模型: llama-2-13b\nqps: 35\n输入: 512\n输出: 256\ntpot: 60ms\n要几张卡?", "需要15张A100 80GB"),
    ("Feishu export ▸ Cost model\n| daily queries | 50M |\n| tokens out / query | 250 |\n| model | Qwen2.5 7B |\n"
     "| gpu | L40S |\n| rent | $0.9/hr |\n\nwhat's $/M tokens and the monthly bill?", "48 L40S (6 servers)"),
])
def test_answers_of_sets_339_342(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 343-346, after their first run
    ("运维问题：机柜限电17kW，H200八卡服务器满载大概10.5kW一台，一个柜能放几台？合多少张卡？", "每台10,500瓦"),
    ("Quote from our OEM: $289,500 per 8x H200 server, we need 64 servers, and they're giving us 12% off. total "
     "capex?", "US$16.3 million"),
    ("上次 GPT-2 在 A100 上训了 4 天（16 张），现在换同样数量的 H100，而且 MFU 提高30%，要多久？", "换16张H100 SXM约需1.0天"),
    ("之前 64 张 A100 训了 19 天，现在换 64 张 H100，MFU 估计能高 5 个点，大概几天能训完？", "约需5.3天"),
    ("我哋公司想租 H100，每粒每個鐘 2.2 美金，租 256 粒用半年，總共要幾多錢？", "租256張H100 SXM 6個月需要247萬美元"),
    ("/assume ttft_margin=1.5 gemma 2 27b on L40S, 2,000 concurrent users, TTFT 600ms, target 70% utilization — "
     "GPU count?", "62 L40S"),
])
def test_answers_of_sets_343_346(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_label_before_a_pasted_value_keeps_its_number_outside_assume():
    # "compute = 50 servers": only after /assume does a space end a key's value
    req = parse("Sanity check: a county-level project says 100P of compute = 50 servers of 8x A100 80GB. "
                "Does that hold at bf16?")
    assert req.params["servers"] == 50


@pytest.mark.parametrize("q,part", [
    # sets 347-350, after their sealed run
    ("H100 租金报价（每卡每小时）：\nA家 1.65美元\nB家 1.99美元\nC家 2.4美元\n我们要 1000张 跑 45天，三家总价分别多少？",
     "对比3个方案；第一个：租1,000张H100 SXM 45天"),
    ("we charge $18/seat/month, users avg 25 queries a day, 1500 in 400 out, llama 3.3 70B on h100 at $2.1/hr — "
     "what's gross margin look like?", "0.82% of the US$18 each pays"),
    ("last run: 21 days on 512x a100, MFU 35%. next run same model on 256x h100, expect 30% better MFU. how many "
     "days?", "10.2 days on 256 H100 SXM"),
    ("last run took 30 days on 4,096x h100. if we push MFU up 6 points, how long will the same run take?",
     "4,096 H100 SXM at 40% MFU takes 26.1 days"),
])
def test_answers_of_sets_347_350(q, part):
    _, res = ask(q)
    assert part in res.headline


def test_a_duration_after_a_number_is_never_a_count_of_users():
    # "growing from 200k to 5M DAU over 18 months": 18 was read as a second count of users
    req = parse("We're growing from 200k to 5M DAU over 18 months. At the end, how many H100s for llama 3.1 8b "
                "at 12 queries per user per day, ~900 tokens out?")
    assert req.params["users"] == 200_000
    assert "period_months" in req.params or "days" in req.params


@pytest.mark.parametrize("q,part", [
    # sets 351-354, after their sealed run
    ("we charge $12/seat/month, users avg 40k tokens out per day on llama 3 70b. what's our GPU cost per user on "
     "rented h100s at $2.49/hr? is it profitable", "2.7% of the US$12 each pays"),
    ("we charge $20/seat/mo, heavy users burn ~40k output tokens a day. on h100 with llama 3.1 70b fp8, what does "
     "gross margin look like?", "1.6% of the US$20 each pays"),
    ("we see ~180M API calls a day, avg 1.5k in / 420 out, model is deepseek-v3. how many H200 nodes (8 GPUs per "
     "node)?", "to serve 180 million queries a day"),
])
def test_answers_of_sets_351_354(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 355-358, after their first run
    ("we're pricing a copilot at $19/seat/month. avg seat does ~40 requests a day, 1.2k tokens in, 350 out. if we "
     "serve llama 3.1 70b on rented h100s at $2.35/hr, what's our gpu cost per seat?", "1.1% of the US$19 each pays"),
    ("老板让我算一下：如果每个付费用户每月 68 块，每天平均调用 30 次，每次输入 1500 token、输出 500 token，用 Qwen3-235B-A22B "
     "在 H20 上跑，单用户月成本占收入多少？卡按每卡每小时 8 元租。", "占每人收费68元的6.1%"),
    ("我哋個 app 月費 48 蚊（人民幣），日活 35 萬，每人每日大概用 8000 個 token，用 Qwen 2.5 7B 喺 4090 度跑，要幾多張卡？"
     "每張卡 1.6 萬蚊買返嚟。", "佔每用户每月收費48元"),
    ("what does one user cost us per month on gpt-3 175b with a100 80gb? they do 14 queries/day, 300 in 220 out, "
     "gpus at $1.60/gpu-hr.", "One user's 3,080 tokens a day cost US$0.337 a month"),
    ("if our users average 42k tokens a day each (agents, lots of tool calls) and pay $200/month, can we serve them "
     "at a profit on gb200 nvl72 with deepseek r1? rack price is $3.4M.", "of the US$200 each pays"),
    ("想租 H100，每個鐘 2.3 蚊美金一張，租 256 張租 3 個月要幾多錢？", "需要129萬美元"),
])
def test_answers_of_sets_355_358(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_an_unknown_model_selling_tokens_is_asked_about_not_assumed():
    # "GLM-4.5 … 按输出每百万 token 8 元卖": what the model serves is the question; it asked for tokens a day
    with pytest.raises(CalcError) as err:
        ask("GLM-4.5 部署在 8 张 H200 上，按输出每百万 token 8 元卖，一个月能收回多少成本？")
    assert err.value.kind == "unknown_model"


def test_an_hour_said_in_cantonese_with_dollars_in_cantonese():
    # "每粒鐘 3.5 蚊美金一張卡": 3.5 dollars an hour a card ("一張卡" is named as the one described)
    _, res = ask("想租 H200 嚟 fine-tune Llama 3.3 70B，每粒鐘 3.5 蚊美金一張卡，用 64 張跑 10 日，要幾多錢？")
    assert "約5.38萬美元" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 359-362, after their sealed run
    ("Our fine-tune took 9 days on 16 A100s. If we move to 16 H200s, how long would it take, assuming MFU about "
     "10% better?", "2.6 days on 16 H200 SXM"),
    ("users growing from 2M to 30M over 18 months, each ~12 queries/day, 1k in / 400 out, llama 3.1 8b on h100s. "
     "how many GPUs do we need at the end?", "to serve 360 million queries a day"),
    ("pricing sanity check: $9.99/user/month plan, users average 40 queries a day, 1.5k in / 400 out tokens. we pay "
     "$0.35 per million input tokens and $1.40/M output tokens. margin?", "13.2% of the 9.99 US$ each pays"),
    ("群里问下哈，日活 300 万的 AI 写作工具，每人每天写 4 篇，每篇输出 1500 token，输入 300 左右，Llama 3.1 70B 放 H200 上跑 "
     "FP8，利用率按 70%，大概要多少卡？", "每天服务1200万次查询"),
    ("last run was 21 days on 256 h800s. next one same data, 512 h800s, and we expect ~20% better MFU. eta?",
     "8.8 days on 512 H800 SXM"),
    ("pls calc:\nmodel: qwen3-235b-a22b\ngpu: h200\nprecision: fp8\nusers: 1.5M\nreq/user/day: 18\nin: 2000\n"
     "out: 700\npeak: 3x", "27 million queries a day"),
])
def test_answers_of_sets_359_362(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 363-366, after their sealed run
    ("trained on 8 v100s for 11 days last yr. moving to 8 h100 sxm and MFU should be ~30% better, so how many days "
     "now?", "1.1 days on 8 H100 SXM"),
    ("Our last pretrain took 23 days on 1,024 A100s. If we move the same job to 1,024 H100s and MFU comes out 6 "
     "points higher, how long should it take?", "6.3 days on 1,024 H100 SXM"),
    ("我们打算按每用户每月 29 元收费，用户每天大概用 5000 个 token，Qwen2.5 7B 跑在 4090 上，实测单卡每秒 2600 token，卡的租金"
     "每小时 2.2 元，毛利多少？", "占每人收费29元的0.12%"),
])
def test_answers_of_sets_363_366(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    ("实测 H20 单卡每秒 1350 个 output token，跑 qwen2.5 72b，FP8。每天 80 亿 token 要多少张卡？", "需要140张H20"),
    ("Supermicro quoted RMB 1.12M for an 8-GPU H20 server. At FX 7.2, how many of those can $30M buy?",
     "192 servers (1,536 H20)"),
    ("一台 8 卡 H200 服务器报价 230 万元，买 64 台，再加 30% 的网络和机房，总共多少钱？按汇率 7.15 折合美元多少？", "共1.91亿元"),
])
def test_a_rate_said_of_output_tokens_a_server_quote_for_one_box_and_the_build_added_in_chinese(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_days_tokens_beside_a_charge_per_user_and_no_users_are_the_users():
    # "每个付费用户（月费 20 元，每天 1 万 token）": one user's day, so one user's margin at each rent
    _, res = ask("CFO 问：如果 H20 租金从每卡每小时 9 元降到 6 元，我们每个付费用户（月费 20 元，每天 1 万 token，DeepSeek-V3）的毛利"
                 "能提高多少？")
    assert "每个用户每天1万个token" in res.headline and len(res.alternatives) == 2 and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 367-370, after their first run
    ("上一版模型在 2048 张 H800 上训了 41 天，这次换 B200，卡数一样，MFU 能高 6 个点，要几天？", "换2,048张B200约需15.7天"),
    ("Our fine-tune took 9 days on V100s, 16 cards. How long if we move to H100 with 32 cards and MFU is 20% better?",
     "0.5 days on 32 H100 SXM"),
    ("CFO signed off ¥120M for inference hardware. H20 at 112k yuan a card, plus 35% for servers/networking. how "
     "many cards is that and what's the total FP8 PFLOPS?", "793 H20 for that budget, the whole build at 1.35x"),
    ("3.8e25 FLOPs on an H100 fleet of 16,384 at 38% MFU — how many days?", "71.4 days on 16,384 H100 SXM"),
    ("我们 7B 模型实测训练吞吐每秒 410 万 token，数据 1.8 万亿 token，训 2 个 epoch 要几天？", "需要10.2天"),
    ("英伟达说 B200 训练比 H100 快 2.5 倍，原来在 H100 上要跑 60 天的任务，换成 B200 要几天？", "B200约需24.0天"),
    ("If B200 is 2.5x faster than H100 for training, and a run takes 90 days on 4096 of the H100s, how long on 3000 "
     "of the new chips?", "49.2 days on 3,000 B200"),
    ("做个AI陪聊app，每用户每月收25元，日活80万，每人每天大概40条消息，每条输出150 token，qwen3 30b 跑在 L40S 上，能赚钱吗",
     "占每用户每月收费25元的2.0%"),
    ("我哋公司想買 H100 server，每部 28 萬美金，買 16 部，連埋電費三年總成本大概幾多？電費每度 0.12 美元", "128張H100 SXM"),
    ("我们API卖 输入每百万token 0.8元，输出每百万token 2元，deepseek 跑在H20上，一张卡一天能赚多少？", "1天的token收入约74.8元"),
    ("we sell at $0.5 per million input tokens and $2 per million output tokens, llama 3.1 70b on h100, how much "
     "does one gpu earn per day?", "in 1 day"),
    ("MoE w/ 480B total, 35B active, serving on b200 fp8: tokens/s per gpu ballpark?", "output tokens/s per B200"),
    ("does deepseek r1 in fp8 fit in one h200 box (8 GPUs per node)? if not how many nodes", "fits on 8 x H200"),
    ("两千台 H100 服务器，每台 10.5 千瓦，PUE 1.28，电价 0.62 元/度，一年电费多少？", "16,000张H100 SXM"),
    ("会员每月 25 元，每人每天输出 3 万 token，用 4090 跑 qwen 2.5 7b，成本能覆盖吗？", "占每人收费25元的0.49%"),
    ("输入每百万 token 0.8 元、输出每百万 token 2 元，Qwen3 235B 放在 H20 上跑能不能赚钱？", "连同其输入按价格可收2.8元"),
    ("我们 Llama 2 7B 推理每天两亿 token，现在外采API 0.5元/百万token，自建 L40S 划算吗？", "1年API费用3.65万元"),
    ("energy per 1k tokens for llama 3.1 8b on a single L4 drawing 72 W, if we measured 1,050 tok/s on it?",
     "per 1,000 output tokens"),
    ("model: mistral 7b\ngpu: l4\nrequests/day: ~90M\nprompt: 1.1k tok\ncompletion: 250 tok\npeak factor: 3\n"
     "-> how many gpus + monthly cost at $0.80/hr?", "90 million queries a day"),
])
def test_answers_of_sets_367_370(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_measured_rate_with_no_count_beyond_one_card_is_the_clusters():
    # "实测训练吞吐每秒 410 万 token" for a 7B model: one H100 would need 174x its peak, so the cluster's
    _req, res = ask("我们 7B 模型实测训练吞吐每秒 410 万 token，数据 1.8 万亿 token，训 2 个 epoch 要几天？")
    assert res.value("train_days") == pytest.approx(3.6e12 / 4.1e6 / 86400, rel=1e-3)
    assert any("174" in n for n in res.notes) and not any(f.name == "mfu" for f in res.figures)
    assert sum(s.startswith("1.8万亿") for s in res.steps) == 1      # the epochs said once


def test_a_does_not_fit_hint_names_a_lower_precision_than_the_one_asked():
    with pytest.raises(CalcError) as e:
        ask("H20 八卡一台，跑 deepseek-r1 FP8，一台能扛几个并发？")
    assert "'in int4'" in str(e.value) and "'in fp8'" not in str(e.value)


def test_a_token_price_paid_to_an_api_is_a_bill_in_the_prices_currency():
    _, res = ask("我们 Llama 2 7B 推理每天两亿 token，现在外采API 0.5元/百万token，自建 L40S 划算吗？")
    assert "API费用" in res.headline and "美元" not in res.headline


@pytest.mark.parametrize("q,part", [
    ("Our provider charges $0.27 per million input tokens and $1.10 per million output tokens for deepseek v3. at "
     "900M output tokens per day, would self-hosting on h200 rented at $3.60/hr be cheaper?", "of API bills"),
    ("we're paying $2.50/1M tokens and burning through roughly 1.2e9 tokens a day. would renting H100s at 2 bucks "
     "an hour per gpu be cheaper?", "of API bills"),
    ("our api charges $0.60 per million tokens for Qwen2.5 7B. we push 2B tokens a day on L40S rented at $1.10/hr, "
     "measured 2,500 tok/s per card. are we actually making money??", "of revenue"),
])
def test_who_pays_the_token_price_decides_bill_or_revenue(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 371-374, after their sealed run
    ("tp8 x 12 replicas of lama 3.1 405b on h200, conc 48 per replica - how many users can that handle at 20 q/day?",
     "on 96 x H200 SXM"),
    ("30M MAU, DAU/MAU about 22%, each DAU ~9 chats/day, 600 in / 450 out. gemma 2 27b on l40s, how many?",
     "59.4 million queries a day"),
    ("800M weekly users, DAU 35% of that, 8 queries a day, how many h100", "2.24 billion queries a day"),
    ("chatgpt 据说每周8亿用户，日活按35%算，每人每天8次，一天推理要多少张 h100", "22.4亿次查询"),
    ("海外业务 each seat $25/month，4 万 DAU，每人每天 30 次 query，平均输入 3k 输出 800，Llama 3.3 70B 用 H100 SXM 的推理成本"
     "占收入多少？", "占每用户每月收费25美元的5.1%"),
    ("seats are $30/month, average seat generates 40k output tokens a day, we serve dsv3 on H200 at $3.40/gpu-hr. "
     "cost per seat vs price?", "2.1% of the US$30 each pays"),
    ("article says gpt-3 took ~355 GPU-years on v100s. how many days would that be on 1,024 a100s if an a100 is ~4x "
     "a v100?", "31.6 days on 1,024 A100"),
    ("我们SaaS每用户每月收费39元，平均每人每天问12次，输入1500 token输出400，用qwen2.5 72b跑在H20上，算力成本占收入多少？",
     "占每人收费39元的1.7%"),
    ("想問下用 4090 跑 Llama 3 8B 嘅話，fp16 一張卡放唔放得落？", "放得下"),
    ("老細叫我計下，租 64 張 H100 跑一個月，每張每個鐘 2.1 美金，仲要加 15% 網絡同存儲，總共幾錢？", "合計11.3萬美元"),
    ("is 0.2 J/token realistic for h200 serving llama 3.1 8b at fp8? what's that per 1k tokens in Wh",
     "for 1,000 tokens at 0.2 J per token"),
    ("B300 现在国内渠道价每张 45 万人民币，美国那边 4.5 万美元一张，汇率 7.1，国内贵了多少？", "比4.5万美元贵41%"),
])
def test_answers_of_sets_371_374(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 375-378, after their sealed run
    ("pasting our load profile:\nmodel: qwen3 235b\nprecision: fp8\ngpu: h200\navg load: 1,800 qps\ninput: 2k tokens\n"
     "output: 500 tokens\nTTFT < 800ms\nhow many GPUs? /assume ttft_margin=1.5", "H200"),
    ("DAU: 2.4M\navg in: 900 tok\navg out: 350 tok\nmodel: qwen 2.5 72b\ngpu: h200 -> how many GPUs?", "H200"),
    ("if frontier compute grows 10,000x with a 5-month doubling, how many years is that?", "one doubling every 5 months"),
    ("【采购询价】拟采购 H20 服务器 64 台，每台 8 卡，单台含税 128 万元，另加网络及存储约 20%，请估算项目总投资。", "9830万元"),
    ("Need a sanity check on a quote: 16 HGX H100 servers at $285,000 each, plus ~25% for IB fabric and storage. "
     "What's the all-in total?", "US$5.7 million"),
    ("准备卖 API：输入每百万 token 1 元，输出每百万 token 4 元，qwen3 30b 跑在 4090 上，利用率 60%，一张卡一天能挣多少？",
     "1天的token收入约536元"),
    ("請問 H100 NVL 跑 Llama 3 70B FP8，TP2 夠唔夠？每個副本並發 48 左右", "48個併發序列每個可用"),
    ("we've secured 150 MW, PUE 1.25. how many gb200 can that power, and with nvl72 racks at $2.9M each, capex?",
     "buying them: US$2.9 billion"),
    ("70B dense, 8k prompt, 1k gen, batch 32 per replica, TP4 on h100, 12 replicas. total tok/s? how many "
     "concurrent users can that hold?", "for 70B model on 48 x H100"),
    ("H100 相对 A100 训练快 2.8 倍，原来 256 张 A100 跑了 40 天，换成 128 张 H100，而且 MFU 提高 20%，要多少天？", "约需23.8天"),
])
def test_answers_of_sets_375_378(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_write_off_period_is_no_training_runs_length():
    # "按 4 年折旧": the second ask (the run's days) is computed from the stated MFU, not from the 4 years
    _, res = ask("自建 512 张 B200（$4.5万/张），训一个 405B dense、15T token，MFU 40%，要多少天？按 4 年折旧摊到每卡时多少钱？")
    assert res.value("train_days") == pytest.approx(915.5, rel=1e-3) and "MFU为" not in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 379-382, after their sealed run
    ("api 定价输入每百万 token 2 元、输出 8 元，dsr1 跑 h800，租卡每卡时 11 块，能回本不", "16张H800 SXM每秒需要输出4,889个token"),
    ("新园区 80 兆瓦，PUE 1.18，每台 DGX B200 约 14.3 千瓦，最多能放多少台？", "4,741台B200服务器"),
    ("training est pls\nparams: 405B dense\ntokens: 15.6T\naccel: B200\ngpus: 8192\nachieved: 410 TFLOP/s per GPU\n"
     "how many days + GPU-hours?", "130.6 days on 8,192 B200"),
    ("say we have 800M weekly users and DAU is ~30% of that, each doing 12 prompts/day on a gpt-3.5 sized model. "
     "how many a100s?", "2.88 billion queries a day"),
    ("Our fine-tune took 9 days on 64 A100s. On 64 H100s, roughly how long, assuming the same MFU?",
     "2.8 days on 64 H100 SXM for the job that took 9 days on 64 A100"),
])
def test_answers_of_sets_379_382(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # set 386 and 383, after their sealed run
    ("same 512 h800 as last run (took 33 days). if mfu improves 20% how long now?", "512 H800 SXM at 40% MFU takes 27.5 days"),
    ("V100 集群 128 张训了 40 天，迁到 A100 只用 96 张，MFU 提高 20%，要多少天？", "换96张A100 80GB约需17.8天"),
])
def test_answers_of_sets_383_386(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 387-390, after their first run
    ("pricing sanity check | model: dsv3 | list price: $0.27/M in, $1.10/M out | our side: h200 rented @ $2.6/h | "
     "seeing 1,900 tok/s/gpu | whats the margin", "against the price of US$1.37"),
    ("老板给了 3.5亿 预算（人民币），一半左右花在卡上，H20 单价按 11.5万 算，能买多少张？", "可买1,521张H20"),
    ("| card | price |  h100 sxm | $25k |  mi300x | $15k | -> which is cheaper per token for llama 3.1 405b fp8 at "
     "2k in / 500 out?", "on H100 SXM at $1.083/GPU-h"),
    ("Can Mixtral 8x22B run on one 4090 box with 8 cards in int4? or do I need more boxes", "fits on 8 x RTX 4090"),
    ("llama-3.1-70b, h100, TP=8, 32 replicas, conc capped at 48/replica. max concurrent users we can hold? and "
     "total tok/s if tpot is 35ms", "32 replicas hold 1,536 at once, 43,886 tokens/s at 35 ms per token"),
    ("我们 App 每用户每月收费 25 元，人均每天 8000 个 token，用 Qwen2.5 7B 在 4090 上跑，电价 0.55元/度，能不能覆盖成本？",
     "每月成本0.0124元，占每人收费25元的0.049%"),
    ("集成商报价：8 卡 H20 整机每台 118 万元，要买 120 台，另外网络存储加 25%，总共多少钱？", "1.77亿元"),
    ("we're running 24 replicas of deepseek-r1 at TP8 on H200 sxm, each capped at 96 concurrent seqs. how many "
     "concurrent users can that hold, and what does the fleet cost per month at $3.10/hr?",
     "2,304 concurrent streams for DeepSeek-V3 on 192 x H200 SXM"),
])
def test_answers_of_sets_387_390(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_replicated_model_fits_per_replica_not_across_the_fleet():
    # every replica holds its own weights: the KV room is one replica's, shared by its sequences
    _, res = ask("serving: 24 replicas of mixtral 8x22b, TP8 on h100 sxm, batch cap 48 per replica. "
                 "max concurrent users we can hold?")
    assert "fits on 8 x H100 SXM" in res.headline
    assert res.value("concurrent_users") == 1152
    assert res.value("kv_tokens_per_sequence") == pytest.approx(res.value("max_kv_tokens") / 48)


def test_a_stated_fleet_costs_its_hours_over_the_period_asked():
    # asked beside the streams it holds (a throughput answer), as alone (a rental)
    _, res = ask("we're running 24 replicas of deepseek-r1 at TP8 on H200 sxm, each capped at 96 concurrent seqs. "
                 "how many concurrent users can that hold, and what does the fleet cost per month at $3.10/hr?")
    assert res.value("cost_period_usd") == pytest.approx(192 * 3.10 * 24 * 30.4375)
    _, res = ask("we're running 24 replicas of deepseek-r1 at TP8 on H200 sxm. what does the fleet cost per month "
                 "at $3.10/hr?")
    assert res.value("cost_usd") == pytest.approx(192 * 3.10 * 24 * 30.4375)


@pytest.mark.parametrize("q,part", [
    # sets 391-394, after their sealed run
    ("HBM is like 5x DRAM pricing and DRAM's ~$2.8/GB rn. what's the hbm cost on one mi325x?", "at 5x DRAM prices"),
    ("我们 API 卖每百万 token 8 元，一天大概 20 亿 token，H800 租的 15 元/卡时，毛利能有多少？", "服务每天20亿个token"),
    ("某论文说训练用了 420 GPU年 的 A100，要是换成 H100 大概需要多少 GPU 年？", "在A100 80GB上用了420卡年的任务，换H100 SXM约需132卡年"),
    ("we're getting 12% off list on 64 B300s, list is $45k. total w/ 1.35x all-in?", "US$3.42 million all-in"),
    ("预算两个亿人民币，全部拿去买 H20 服务器，一台八卡 115 万，能买多少台？跑 DeepSeek R1 能撑多少并发？", "可买173台服务器"),
    ("we're at 250k DAU, planning for 4M by end of next year. each user ~20 requests/day, 1k in 250 out, qwen 2.5 7b "
     "on l40s. how many cards now vs then?", "126 L40S (16 servers) to serve 80 million queries a day with Qwen2.5 7B; "
                                              "8 for today's 250,000 users"),
    ("if HBM trades at 4x DRAM (maybe as high as 6x) and DRAM's at $2.8/GB, what's the HBM bill for a 100k-GPU "
     "mi325x buildout?", "at 4-6x DRAM prices"),
    ("saw a tweet saying gpt-3 took 3.14e23 FLOPs and would train in like 4 days on 1024 GPUs (a100 80gb). legit??",
     "Not possible: the stated 4 days on 1,024 A100 80GB would need 284% MFU"),
])
def test_answers_of_sets_391_394(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_an_input_price_alone_bills_the_prompts_alone():
    # "光输入这块": 500万 requests x 3,000 prompt tokens at 2 元 per million, no default answer tokens added
    _, res = ask("输入每百万 token 2 元，平均每次输入 3000 token，每天 500 万次请求，光输入这块一天能收多少钱？")
    assert res.value("cost_per_day_cny") == pytest.approx(5e6 * 3000 / 1e6 * 2)


@pytest.mark.parametrize("q,part", [
    # set 383's three leftovers, and a rack's power beside a catalogued server
    ("colo gives us 17kW per rack. how many h100 servers per rack, and how many racks for 2048 gpus?",
     "1 server of 8 x H100 SXM (10,200 W each) fit a 17,000 W rack"),
    ("pricing $0.25 per M input / $1.1 per M output for llama 3.1 70b. on mi325x at $2.6/hr what tok/s per gpu do we "
     "need to break even?", "1 MI325X must deliver 535 tokens/s to break even"),
    ("租 H100 每個鐘 $2.2 定係 $27k 買一張好？我哋大概用 18 個月", "1.5年內買更划算"),
])
def test_answers_of_set_383_leftovers(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # a rack-scale server's power per rack is its own draw; a draw said per server stays one
    ("Power density: 10,000 GPUs in GB200 NVL72 racks — how many racks and how many MW at 132 kW per rack, PUE 1.15?",
     "21.1 MW for 10,000 GB200"),
    ("一个机柜放4台HGX H100，每台10.2kW，PUE按1.3算，电价0.55元/度，跑一年电费多少？", "32张H100 SXM运行1年的电费约25.6万元"),
    ("Falcon 180B bf16 能不能塞进一台 HGX H100？单台 10.2kW，我们机柜限 12kW", "12,000瓦的机柜可放1台"),
    ("how much power does one HGX B200 actually draw? can 4 of them fit in a single 40kW rack or no",
     "2 servers of 8 x B200 (14,300 W each) fit a 40,000 W rack"),
])
def test_a_rack_cap_is_read_only_where_it_is_one(q, part):
    _, res = ask(q)
    assert part in res.headline


def test_deepseek_is_sized_at_the_precision_its_weights_are_published_in():
    _, res = ask("DeepSeek-R1 满血版部署，每台8卡H200服务器，需要几台？")
    assert "FP8，671 GB" in res.headline
    assert any(a.name == "precision" and a.origin == "catalog" for a in res.assumptions)
    _, res = ask("DeepSeek-R1 in BF16 on H200: how many GPUs?")     # stated: as stated
    assert "BF16 (1,342 GB)" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 395-398, after their first run
    ("from our grafana:\nqps_avg: 420\npeak/avg: 2.8\nprompt_tokens_p50: 1900\ncompletion_tokens_p50: 260\n"
     "model: mixtral 8x7b\ngpu: a100-80gb\nhow many gpus do we need at 75% util?", "to serve 36.3 million queries a day"),
    ("pasting from our sheet:\nGPU | H100 PCIe\nCount | 640\nW/GPU incl server | 620\nPUE | 1.4\n$/kWh | 0.112\n"
     "annual power cost?", "US$545,405 of electricity over 1 year for 640 H100 PCIe"),
    ("帮忙算下capex：\n型号: H20\n数量: 4096\n单价: 11.5万元\n服务器+网络系数: 1.4\n汇率: 7.18\n人民币和美元都给一下",
     "4,096张H20整体约6.59亿元"),
    ("小团队，8 张 4090 跑 Qwen2.5 7B，FP16，输入 800 输出 400，每卡每秒实测 1100 token，一天能服务多少次请求？",
     "约190万次请求"),
    ("got quoted $0.85 per million output tokens for llama 3.1 8b, input at $0.12 per million, and they'd give us "
     "18% off. we push 2.3B output tokens per day. monthly bill?", "US$1,829 a day"),
    ("quote from the integrator: RMB 2.35M per b200 server, 24 units, FX 7.18. what's that in USD and per GPU?",
     "for 24 B200 servers"),
    ("一个 MoE 模型，总参数 4560亿，激活 459亿参数，训 12万亿个 token，H800 2048 卡，MFU 30%，要多少天？", "2,048张H800 SXM需要"),
    ("现有 800 张 H800 跑 Llama 3.1 70B，如果利用率拉到 75%，输入 2000 token、输出 300 token，能扛多少 QPS？",
     "每秒可处理1,401个请求"),
])
def test_answers_of_sets_395_398(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_rack_price_is_a_servers_and_a_streams_speed_no_answer_length():
    _, res = ask("how many gb200 nvl72 racks for 150k concurrent users on deepseek v3 fp4? each rack ~$3.4M, "
                 "what's the capex")
    assert any(i.param == "server_price_usd" and i.text == "$3.4M" for i in res.inputs)
    # "… at $0.12/kWh" after "per box" is electricity, never a server's price
    _, res = ask("CFO wants the $/GPU-hour equivalent of buying: $245k per DGX H100, depreciated over 4 years, 10.2 kW "
                 "per box at $0.12/kWh, PUE 1.3. compare to renting at $2.25/hr")
    assert any(i.param == "electricity_usd_per_kwh" for i in res.inputs) and not res.unused
    # "每秒至少 25 个 token": a stream's speed (40 ms a token), not 25-token answers
    _, res = ask("客服机器人，峰值同时在线八千个会话在生成，要求每秒至少 25 个 token，Llama 3 70B 在 H100 上 TP4，要几台 8 卡服务器？")
    assert not any(i.param == "output_tokens" for i in res.inputs)


@pytest.mark.parametrize("q,part", [
    # sets 399-402, after their sealed run
    ("capacity ask for next quarter:\nmodel: qwen3-235b-a22b\ngpu: h200\nDAU: 2.4M\nqueries/user/day: 9\n"
     "input tokens: 1100\noutput tokens: 420\npeak: 2.2x\n-> how many GPUs + servers?", "216 H200 SXM (27 servers)"),
    ("our colo racks are capped at 34kW. how many gpus fit per rack w/ h100 at 1,275 W per GPU all-in?",
     "26 cards at 1,275 W fit each 34,000 W budget"),
    ("老細問我哋 200 部 H100 server 每個月電費幾多，每部 10.5kW，PUE 1.4，電費當美金 0.14 一度計", "1,600張H100 SXM運行1個月"),
    ("we've got $45M for a training cluster. B200 at roughly $38.5k a chip, call it all-in 1.6x for "
     "servers/network/DC. how many B200s does that buy us?", "730 B200 for that budget"),
    ("benchmark job took 6.5 days on tesla v100 (32 cards). if we rerun on a100 with the same card count and 20% "
     "better MFU than before, how long?", "2.2 days on 32 A100 80GB for the job that took 6.5 days"),
])
def test_answers_of_sets_399_402(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,intent", [
    # a count kept the same is a run moved only when a run took its days and the time is asked
    ("5000 张 H100 每年电费多少？每卡按 1000W 含服务器，PUE 1.3，电价 0.55 元/度。换成同样数量的 B200 呢？", "power"),
    ("有人说 H100 卡时价一年内从 2.5 美元跌到 1.2 美元，照这个速度明年会跌到多少？", None),
])
def test_the_same_count_or_a_budget_alone_moves_no_run(q, intent):
    try:
        _, res = ask(q)
    except CalcError:
        assert intent is None
        return
    assert res.intent == intent


@pytest.mark.parametrize("q,part", [
    # sets 403-406, after their first run
    ("~350M requests a day, avg prompt 2k tokens, response 700. mixtral on a100s how many nodes? 8 gpus per node",
     "12,752 A100 80GB (1,594 servers)"),
    ("某市智算中心项目拟采购 H800 服务器 128 台（每台 8 卡），单台预算 230 万元，请估算设备总投资及年电费，PUE 按 1.3、"
     "电价 0.62 元/kWh 测算。", "加上设备采购，合计3.02亿元"),
    ("政府采购项目：B200 服务器标价 420 万元/台，中标价下浮 12%，采购 64 台，合同总价多少？", "共2.37亿元"),
    ("敝公司評估建置 H200 叢集，預算美金 4,500 萬元，其中 55% 用於加速器，單卡價格約 3.1 萬美元，請問可採購幾張？",
     "這筆預算可買798張H200 SXM"),
    ("Portfolio co says they need $180M for 8,000 B200s. At $38k/GPU plus 1.6x all-in for servers, network and DC, "
     "does that ask hold up?", "US$486 million all-in (US$304 million the chips): 270% of the US$180 million budget"),
    ("每用户每月收费 19.9 元，人均每天 40 次调用，每次输出 500 token，DeepSeek V3 每百万 token 成本 2 元，能赚钱吗？",
     "剩18.7元"),
])
def test_answers_of_sets_403_406(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_hyphened_model_name_with_its_size_after_a_space_is_still_a_name():
    # "gpt-oss 120b": not a generic 120B model with the name dropped
    with pytest.raises(CalcError) as e:
        ask("can a single h100 run gpt-oss 120b in mxfp4?")
    assert e.value.kind == "unknown_model"


@pytest.mark.parametrize("q,part", [
    # sets 407-410, after their sealed run
    ("last finetune: a100, 16 cards, 9 days. how long on the same number of h100 if MFU improves ~10%?",
     "2.6 days on 16 H100 SXM"),
    ("MI300X 报价每张 1.5 万美元，我们谈到了 8 折，买 1024 张总共多少钱？", "1230万美元"),
    ("部 server 有 8 張 H20，實測每部機每秒出 1800 個 token，每日要出 50 億 token，要幾多部機先夠？", "65台服務器"),
    ("用 Gaudi 3 跑 Llama 3 8B，TP=2，副本 16 个，每个副本并发 48，最多能撑多少并发用户？", "可同时服务768路并发"),
    ("MI325X 一张 256GB，一台 8 卡，能不能放下 DeepSeek-R1 FP8？", "在8张MI325X上放得下"),
    ("what-if: 5M DAU, 10 queries/day, 600-token answers on lamma 3 70b, h100s. and what if utilization only "
     "hits 55%?", "554 H100 SXM"),
    ("if we charge $12/user/month and each user averages 30 queries a day w/ ~1.2k output tokens, can we break even "
     "serving llama 3.3 70b on rented H100s at $2.10/hr?", "2.1% of the US$12 each pays"),
    ("article says xai ran 100k gpus, all H100s, for 90 days. how many FLOPs is that roughly at 40% mfu?",
     "3.08e+26 FLOPs over 90 days"),
])
def test_answers_of_sets_407_410(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_chip_named_like_a_model_is_an_unknown_chip():
    with pytest.raises(CalcError) as e:
        ask("Is Intel Falcon Shores going to be competitive with B200 for training? How many would we need for a "
            "1,000-GPU equivalent?")
    assert e.value.kind == "unknown_accelerator"


@pytest.mark.parametrize("q,part", [
    # sets 411-414, after their sealed run
    ("啲 4090 租一個鐘 1.8 蚊人仔，我哋想跑 Qwen2.5 7B int8，每秒要頂 120 個 request，要租幾多張？", "需要16張RTX 4090"),
    ("听说某模型训练用了 355 个 GPU 年（A100），按每卡每小时 1.1 美元租，要花多少钱？", "约342万美元"),
    ("老細問我買 64 部 DGX H100 要幾多錢，一部大概 28.5 萬美金，連埋網絡同機房成本 x1.4 計，總數係幾多？", "2550萬美元"),
    ("100 台 H100 服务器，每台 8 卡，单价 220 万元；如果改成租，每卡每小时 15 元，3 年算下来哪个划算？", "3年内买更划算"),
    ("a fine-tune took 9 days on 64x A100. if we move it to 128x H100 and MFU comes out ~20% better, how many days?",
     "1.2 days on 128 H100 SXM"),
    ("last run took 21 days on a 1,024-GPU A100 cluster at 38% MFU. how long on 512 of our new H100s if we get MFU 6 "
     "points higher?", "11.4 days on 512 H100 SXM"),
    ("自研的 700 亿参数稠密模型，FP8，输入 32k token，每个副本并发 16，用 H100 一个副本最少几张卡？", "需要2张H100 SXM"),
])
def test_answers_of_sets_411_414(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_gpu_hours_asked_for_tokens_give_tokens_and_a_claimed_run_its_mfu():
    _, res = ask("1000 个 GPU年 的 H100 算力，MFU 40%，够把一个 70B 模型训多少 token？")
    assert res.value("train_tokens") == pytest.approx(1000 * 8760 * 3600 * 989.4e12 * 0.4 / (6 * 70e9), rel=1e-3)
    _, res = ask("someone says GPT-3 175B took 355 GPU-years on V100. is that right?")
    assert "the stated '355 GPU-years' mean 23% MFU" in res.headline


@pytest.mark.parametrize("q,part", [
    # an API's token prices against serving the model oneself, no volume stated
    ("DeepSeek 官方 API 输入每百万 token 2 元，输出每百万 8 元，我们自己用 H20 部署 DeepSeek V3 能比这便宜吗？",
     "DeepSeek-V3在H20上"),
    ("DeepSeek API charges $0.27/M input and $1.10/M output. would self-hosting DeepSeek V3 on H20 be cheaper?",
     "for DeepSeek-V3 on H20"),
    # "输入 2 元、输出 8 元" after the million was said: prices, not 2- and 8-token requests
    ("DeepSeek V3 在 H20 上每百万 token 成本多少？官方 API 输入 2 元、输出 8 元", "对比每百万输出token"),
])
def test_self_hosting_against_an_api_price(q, part):
    _, res = ask(q)
    assert part in res.headline and res.value("own_vs_price") > 0
    assert not any(i.param in ("input_tokens", "output_tokens") for i in res.inputs)


@pytest.mark.parametrize("q,part", [
    # sets 415-418, after their first run
    ("上次训练 MFU 30%，这次优化后 MFU 提高 40%，原来要 45 天，现在大概多久？", "约32.1天"),
    ("上次训练 MFU 32%，这次优化完 MFU 能高 8 个点，原本 45 天的任务能缩到几天？", "约36.0天"),
    ("last run took 45 days at 30% MFU; if MFU goes to 40%, how long?", "about 33.8 days"),
    ("线上现在 24 个副本，每个副本 TP8 跑 Llama 3.1 405B（H200），晚高峰并发到了 3000，扛得住吗？",
     "你给出的192张是它的0.83倍"),
    ("Portfolio co claims they serve 80M queries/day on a 300-GPU H100 fleet with Mixtral, ~500 tokens out per query. "
     "Plausible or BS?", "the 300 you stated are 1.56x that"),
    ("Qwen3-235B 部署在 8 卡 H20 上，如果按输入每百万token 0.8元、输出每百万token 3.2元收费，一天能收多少钱？",
     "8张合计"),
    ("If NVIDIA ships 3.2M GPUs next year at 80GB HBM avg each, what's that HBM worth at $18/GB? And if units grow "
     "35% a year, what does it look like 2 years out?", "5,832,000 GPU"),
    ("sizing req:\nweekly_users: 65M\nDAU/WAU: 35%\nprompts/user/day: 6\nin: 900 tok\nout: 420 tok\n"
     "model: llama3.3 70b\ngpu: b200\nprecision: fp4\nhow many gpus?", "136 million queries a day"),
])
def test_answers_of_sets_415_418(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_margin_on_a_card_with_no_price_names_why_the_prices_wait():
    # no rent or price for MI325X in the catalog: the prices are named with the reason, not dropped
    _, res = ask("if we price at $0.25/M input and $1.10/M output for llama 405b on mi325x, whats the margin at "
                 "60% util")
    assert {u.text for u in res.unused} == {"$0.25/M input", "$1.10/M", "60% util"}
    assert all("no rent or price for MI325X" in u.reason for u in res.unused)


def test_a_server_described_beside_how_many_is_no_fleet_to_check():
    # "要几台机器？一台 8 卡": the machine's size, not a fleet the answer is measured against
    _, res = ask("日活三千万，人均每天问8次左右，平均输出400 token，用 H20 跑 DeepSeek-V3 大概要多少台服务器？一台8卡")
    assert "你给出的" not in res.headline and all(f.name != "gpus_stated" for f in res.figures)
    # "8卡机一台够吗": the one machine asked about is checked
    _, res = ask("H20显存96GB，部署Llama 3.1 70B bf16要几张？8卡机一台够吗，128路并发，上下文4k")
    assert "你给出的1台服务器（8张卡）" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 419-422, after their sealed run
    ("每月收 19.9 元，日活 50 万，每人每天 30 次对话，平均输出 600 token，qwen2.5-72b 跑在 h800 上，能回本吗？",
     "占每用户每月收费19.9元"),
    ("建个 2000 卡的 H20 集群，单卡 11.5 万，全套按 1.4 倍算，总共几个亿？", "整体约3.22亿元"),
    ("list price for b300 ~$48k, we're getting 12% off on 2,048 cards. total?", "US$86.5 million"),
    ("finetune qwen2.5 7b on 800M tokens x 3 epochs, on an 8-card a100 40gb box, how many hrs?",
     "1.3 days on 8 A100 40GB"),
    ("we price $0.25/M input, $1.10/M output tokens. 3k in / 500 out per req, 40M reqs a day. daily revenue vs "
     "running it on our h100 fleet of 300?", "the 300 you stated are 0.12x that"),
    ("Last run took 21 days on 512 A100s. Next one is the same data on 1024 H100s and we think MFU goes up ~30%. "
     "ETA?", "2.5 days on 1,024 H100 SXM"),
    ("we run 24 replicas of DeepSeek-V3 on H200, 16 GPUs each, capped at 96 seqs per replica. what's the max "
     "concurrent users we can hold?", "24 replicas hold 2,304 at once"),
    ("does gemma2 27b fit in an l4's 24gb at int4?", "fits on 1 x L4"),
    ("若要建置 50 EFLOPS（FP8）的算力，採用 H200，需要多少張？單價以 3.1 萬美元計，總價約多少？", "採購56.4億元"),
])
def test_answers_of_sets_419_422(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_fleet_an_earlier_answer_computed_is_not_checked_as_stated():
    # the second ask's revenue answer must not set the first answer's 328 GPUs against itself
    _, res = ask("每天 50 亿 token 输出，Qwen3-235B-A22B，H200 单卡实测 1800 tok/s，峰值按 2.5 倍，要多少卡？"
                 "按每百万 token 2 元卖能覆盖成本吗？")
    assert "你给出的" not in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 423-426, after their sealed run
    ("FX 7.2, H20 server got quoted at 1.05M RMB. whats that per gpu in usd", "per H20: the server's price"),
    ("假设明年出货600万颗GPU，每颗平均192GB HBM，HBM每GB 14美元，对应HBM市场规模有多大？", "约161亿美元"),
    ("can llama3.1-405b squeeze into four cards in int4? mi300x, 192GB each", "fits on 4 x MI300X"),
    ("if inference costs ~0.35 J per token, what's the energy per 1k tokens, and the annual kWh for 8B tokens/day?",
     "350 J (0.0972 Wh) per 1,000 tokens"),
    ("does qwen3-235b-a22b fit on a single h20 box in bf16? 8 cards × 96GB", "fits on 8 x H20"),
    ("pricing check: we charge $0.25 per million input tokens and $1.10 per million output on llama 3.3 70b; avg "
     "request is 3k in / 250 out. what's our revenue per h100-hour?", "US$7.36 per GPU-hour on H100 SXM"),
    ("呢個 BLOOM 176B 用 TPU v4 訓練，每小時每顆 3.2 美元，總共 100 萬 GPU 小時，要幾多錢？", "約320萬美元"),
    ("5 billion tokens per day output llama 3 70b h200 how many gpus and at 0.4 j per token whats the daily kwh",
     "41 H200 SXM"),
    ("Mixtral 8x22B on H100 PCIe with TP8 in int8 — does it fit, and how many GPUs for 400 QPS at 800 in / 250 "
     "out tokens?", "480 H100 PCIe"),
])
def test_answers_of_sets_423_426(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_stated_energy_per_token_sizes_no_fleet_nobody_asked_for():
    # the names describe the measurement; a fleet of a default model was sized beside it
    _, res = ask("If H100 serving burns about 0.4 J per token, how many kWh is that per 1M tokens, and what's the "
                 "daily bill for 50B tokens/day at $0.08/kWh?")
    assert "GPT-3" not in res.headline and all(f.name != "gpus" for f in res.figures)
    assert "400,000 J (111 Wh) per 1 million tokens" in res.headline and not res.unused


def test_a_seat_price_on_a_card_with_no_price_names_the_missing_price():
    _, res = ask("we charge $12/seat/month, 250k daily users, ~30 prompts each per day, mistral 7b on MI250X. do we "
                 "make money?")
    assert [u.text for u in res.unused] == ["$12/seat/month"]
    assert "no rent or price for MI250X" in res.unused[0].reason


@pytest.mark.parametrize("q,part", [
    # sets 427-430, after their sealed run
    ("we got a $400M budget, ~60% going to gpus. how many gb200 nvl72 racks does that buy?",
     "96 servers (6,912 GB200) for that budget at the catalog's US$2.5 million per server"),
    ("gpu: L4\nmodel: llama-3.1-8b\nqps: 220\nprompt len: 900\ngen len: 180\nprec: fp8\n\nhow many cards?", "150 L4"),
    ("last run: 25 days on 512 h800. if we bump MFU by 30% vs that, new duration?", "512 H800 SXM at 40% MFU takes 19.2 days"),
    ("a run takes 60 days. if MFU improves by 20%, how many days?", "about 50.0 days"),
    ("我哋公司有 5 萬個用戶，每人每日大概出 3 萬個 token，用 4090 跑 Qwen 2.5 7B 要幾多張卡？", "每天服務300萬次查詢"),
    ("RAG 场景，每次输入 12k token，输出只有 200，首 token 延迟要 800 毫秒以内，平均 qps 300，用 H200 跑 Qwen2.5 72B "
     "要多少张？", "张H200 SXM"),
    ("Our rack power cap is 17.3 kW. How many h200 fit per rack at ~1.4 kW each, and how many racks for 4,096 GPUs?",
     "12 cards at 1,400 W fit each 17,300 W budget. 342 of them for 4,096 cards"),
    ("paper says training took 420 GPU-years on A100. roughly how many GPU-years would that be on H200?",
     "132 H200 SXM GPU-years for the run that took 420 A100 80GB GPU-years"),
    ("can a single 4090 run qwen 2.5 7b in fp16 with only 24GB?", "fits on 1 x RTX 4090"),
    ("一个模型训练用了 2.6 万 GPU 年（A100 80G），换成 H100 要多少 GPU 年？按 3 倍速度算", "约需8,667卡年"),
])
def test_answers_of_sets_427_430(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_stated_rack_price_is_not_replaced_by_the_catalogs():
    # "一个 GB200 NVL72 机柜 … 300 万美元": no count of racks is asked, so the catalog's rack price does not answer
    _, res = ask("一个 GB200 NVL72 机柜多少钱？有人说 300 万美元，按汇率 7.25 折合人民币多少")
    assert "目录价" not in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 431-434, after their sealed run
    ("实测单台每秒 5200 token（8卡 H20，DeepSeek R1），租金每卡每小时 8.5 元，每百万token成本多少", "每百万token约3.63元"),
    ("quote came in at $385k per hgx b200. we need 96 of them + 25% on top for networking/facility. total? and power "
     "at 14.3kW each", "US$46.2 million all-in"),
    ("订阅 $20/月，平均每人每天问 40 次，每次输出 ~700 token，用 gaudi 3 跑 llama 3 70b，GPU 成本每用户每月多少？",
     "占每人收费20美元的0.29%"),
    ("student q: reproducing gpt-2 (1.5B params) on 10B tokens for 4 epochs. total FLOPs? and how long on 64 consumer "
     "cards (rtx 4090) at 80 TFLOP/s each?", "on 64 RTX 4090"),
    ("SLO: TTFT < 800ms, 40ms/tok. 350 QPS, 2k prompt, 500 completion, gemma 2 27b on l4s. how many? "
     "/assume ttft_margin=1.5", "L4"),
    ("we run 24 replicas of falcon-180b at TP8 on a100s, conc=48/replica. max sustainable qps at 1k in / 200 out?",
     "requests/s for Falcon 180B on 192 x A100 80GB"),
    ("paper reports 355 GPU-years on V100 for their model. what would that be in days on 4,096 H100s?",
     "4.0 days on 4,096 H100 SXM"),
    ("compute demand doubling every 6 months — how long until it's up 1,000x? and what if it's 9 months instead?",
     "2 options compared"),
])
def test_answers_of_sets_431_434(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_month_asked_is_not_the_cards_life():
    # "GPU 成本每用户每月多少": the card owned over three years, the month only the bill's period
    _, res = ask("订阅 $20/月，平均每人每天问 40 次，每次输出 ~700 token，用 gaudi 3 跑 llama 3 70b，GPU 成本每用户每月多少？")
    assert res.value("owned_cost_per_gpu_hour_usd") < 1.5


@pytest.mark.parametrize("q,part", [
    # sets 435-438, after their sealed run
    ("我们卖API，输入每百万token 2元，输出每百万token 8元，qwen3 235b 跑在 H20 上，毛利大概多少？", "为其0.23倍"),
    ("用 TP4 嘅 h100 跑 llama 3.1 70b，每個 replica 最多 batch 48，開 30 個 replica，總共幾多 tokens/s？",
     "120張H100 SXM"),
    ("部 4090 跑唔跑到 Llama 3 8B FP16 㗎？定係要量化先得", "放得下"),
    ("上次 512 张 H800 训 Qwen2.5 72B 花了 40 天，这次换 1024 张 B200，MFU 预计比上次高 20%，要几天？", "约需7.3天"),
    ("训练一个 700 亿参数的模型，数据 1.8 万亿 token，用 H800 千卡集群（1024 张），MFU 按 38%，要训多少天？"
     "按每卡每小时 12 元租，总共多少钱？", "1,024张H800 SXM需要22.7天"),
    ("线上 Qwen2.5-7B 开了 48 个副本，每个副本 TP=1 用一张 L40S，每副本最大并发 96，总共能撑多少并发用户？",
     "可同时服务4,608路并发"),
])
def test_answers_of_sets_435_438(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 439-442, after their first run: the readings they exposed, phrased anew
    ("64 张 H100 训练 Llama 3 70B，一天能训多少 token？", "64张H100 SXM用1天可为Llama 3 70B训练"),
    ("128 cards of gaudi3 training llama3 70b, per-card TFLOPS = 500: tokens in 2 days?", "in 2 days on 128 Gaudi 3"),
    ("128 H100s, each measured at 1,500 output tokens/s: how many tokens a day?", "192,000 tokens/s"),
    ("300 台 HGX H200，单台实测每秒 12000 token 输出，每天能出多少 token？", "每秒360万个"),
    ("8 gpu a100 box: finetune llama 2 13b on 1B tokens, how long at 35% mfu?", "on 8 A100"),
    ("1,200 gpu-yrs on h100 at $2/hr, total?", "US$21"),
    ("an MoE with 13B active 47B total, 2T tokens: flops?", "1.56e+23 FLOPs"),
    ("月活 2000 万，每人每天问 5 题，Llama 3 70B 用 H100 要几张？", "每天服务3000万次查询"),
    ("3,000 H100s at $30,000 each, plus 30% for networking and facility, all-in?", "all-in"),
    ("5000 张 H20，每张 9 万元，另外再加 25% 做网络和机房，总共多少？", "整体约5.6"),
    ("L40S 跑 Llama 3 8B，TP=1，batch 每副本 48，每卡多少 tok/s？", "L40S"),
    ("we run 30 replicas at TP8 on h100, 8-gpu servers at 10.5 kW each: yearly power bill at "
     "$0.09/kWh?", "240 H100 SXM"),
    ("20个副本 每个TP8 h100，每台8卡服务器 10 千瓦，电价 0.6，一年电费多少？", "160张H100 SXM"),
])
def test_answers_of_sets_439_442(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_daily_users_of_a_weekly_count_pay_the_token_bill():
    # "周活 … 日活/周活 40%": the daily actives use tokens; each weekly user's month is their share
    _, res = ask("周活 1000 万，日活/周活 40%，每人每天 2000 token，每百万 token 1 元，每用户月费 10 元够吗？")
    assert res.value("cost_per_day_cny") == pytest.approx(1e7 * 0.4 * 2000 / 1e6)
    assert res.value("margin_per_user_month") == pytest.approx(10 - 0.4 * 2000 / 1e6 * 30.4375)
    assert not res.unused


def test_monthly_after_the_users_sentence_is_not_theirs():
    # "2M users. monthly revenue?": the month is the revenue's period, the users are daily
    _, res = ask("users avg 10k tokens a day, 2M users. monthly revenue at $0.50 per million tokens?")
    assert res.value("cost_per_day_usd") == pytest.approx(2e6 * 1e4 / 1e6 * 0.5)


@pytest.mark.parametrize("q,lang_traditional", [
    ("4 張 4090 跑唔跑得 Llama 3 8B", True),       # one traditional counter, a Cantonese particle
    ("8 張 H100 可以跑 Llama 3 70B 嗎", True),     # a counter and a particle, both traditional
    ("1亿用户需要多少張H100?", False),             # a stray 張 in simplified writing (亿)
])
def test_one_traditional_counter_reads_the_question_as_traditional(q, lang_traditional):
    from calc.script import traditional
    assert (traditional(q) is not None) == lang_traditional
    _, res = ask(q)
    assert not res.unused


def test_yuan_counted_in_wan_beside_marked_dollars_and_a_rate():
    # the dollars are marked and an exchange rate joins them: an unmarked 万 amount is the yuan
    stated = {s.text: (s.param, s.value) for s in parse("H20 听说 9.5万一张，对比 H100 $25k 一张，汇率 7.2，哪个划算").stated}
    assert stated["9.5万一张"] == ("price_cny", 95_000)
    assert read("项目预算 300万，租 H100 每小时 2 美元，汇率 7.1，能租多少卡时？").get("budget_cny") == 3e6


@pytest.mark.parametrize("q,part", [
    # sets 443-446, after their sealed run: the readings they exposed, phrased anew
    ("要替代 1 万张 A100，换 H100 要几张？H100 大概快 3 倍", "3,334张H100 SXM相当于1万张A100"),
    ("听说 B200 推理比老卡快 2.5 倍，要顶上 4000 张 H100 得买多少张？", "1,600张B200相当于4,000张H100"),
    ("h100 at 0.4 J per tok, 2B tok/day, elec $0.12 kwh, pue 1.3 → $/day?", "over 1 day"),
    ("单柜限电 15kW，B200 整机按 14.3kW 一台算，500 台要多少个柜子", "500台需要500个机柜"),
    ("8卡一台，800张卡要多少台h100 server，每台10kW 总共几MW", "1.3兆瓦"),
    ("老板问 500 万用户、每日每人 2000 token，用 H100 跑 Llama 3 70B 要几台？", "H100"),
    ("GB200 NVL72 rack ~$3M each, racks capped at 132 kW, we have 20 MW: how many racks and what capex?",
     "buying them: US$"),
    ("last finetune: 32 A100s, 6 days. if we move it to H100 (same 32 cards), how many days?",
     "on 32 H100 SXM for the job that took 6 days on 32 A100"),
    ("按每百万 token 2 元卖，用 L40S 跑 Llama 3 8B，一张卡 6 万元，电价 0.7 元/度，一年能回本吗？", "在所问的12个月内能回本"),
    ("selling at $0.01 per million tokens, llama 3 70b on 8 H100 at $30k each: payback?", "never pays back"),
])
def test_answers_of_sets_443_446(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_kilowatts_in_a_power_question_are_not_ten_millions():
    # "kw" is 千万 in Chinese chat beside a count ("日活1kw"), but kilowatts where power is the topic
    from calc.numbers import normalize
    assert "10.2kw" in normalize("机房限电12kW，整机按10.2kW一台算").text
    assert "千万" in normalize("日活1kw，要几张H100").text


def test_a_card_selling_tokens_pays_back_at_its_modelled_rate():
    _, res = ask("selling at $0.50 per million tokens, llama 3 8b on one L40S bought at $9,000, $0.10/kWh: "
                 "payback in months?")
    per_day = res.value("tokens_per_day")
    assert per_day == pytest.approx(res.value("tokens_per_s_per_gpu") * 86400)
    month = 30.4375
    net = per_day / 1e6 * 0.5 - res.value("power_per_month_usd") / month
    assert res.value("breakeven_months") == pytest.approx(9000 / net / month)


@pytest.mark.parametrize("q,part", [
    # sets 447-450, after their sealed run: the readings they exposed, phrased anew
    ("at 0.5 J per token, the electricity cost of 200B tokens/day at $0.10/kWh?", "200 billion tokens a day"),
    ("cluster does 1.8M tokens/s. how long for 5T tokens, and what if MFU gets 25% better?",
     "with the MFU 25% higher"),
    ("our last run took 12 days on 32x a100. same # of h100, how many days?", "on 32 H100 SXM for the job"),
    ("我们每月向每位用户收 30 元，每人每天大概 3000 token 输出，用 H100 跑 Llama 3 70B，毛利多少？", "每人收费30元"),
    ("dgx h100 quoted $300k, need 40 of them. total?", "for 40 H100 SXM servers"),
    ("$20M budget, h100 ~$25k each, how many h100s, and how many mistral 7b users at 15 q/day could they serve?",
     "daily users"),
    ("selling at $0.5/M input + $2/M output, 1B output tok/day, revenue a month?", "US$"),
    ("what batch size for llama 3 8b on one h100 in fp8 if I need TPOT under 30 ms?", "concurrent streams"),
    ("我哋用 4090 跑 Llama 3 8B，有 150 個同時用戶，要幾多張？", "150個併發"),
    ("一台 8 卡 H20 服务器跑 Qwen2.5 72B 实测每秒 3000 token，每百万token 卖 5 元，服务器 120 万一台，多久回本？",
     "收回卡价"),
])
def test_answers_of_sets_447_450(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_price_and_an_electricity_rate_listed_together_stay_apart():
    got = read("selling at $0.50 per million tokens, llama 3 8b on one L40S bought at $9,000, $0.10/kWh: payback?")
    assert got.get("price_usd") == 9000 and got.get("electricity_usd_per_kwh") == 0.1


@pytest.mark.parametrize("q,part", [
    # sets 451-454, after their sealed run: the readings they exposed, phrased anew
    ("今年日活预计 500 万，人均每天 10 轮对话，用 Llama 3 70B 部署在 H100 上，要多少台服务器？", "每天服务5000万次查询"),
    ("board approved $300M for compute, half of it on GPUs. H100 at $25k each — how many cards, and how many DAU "
     "could we serve on llama 3 8b?", "6,000 H100 SXM for that budget"),
    ("H100 每小时 2 美元，跑 Llama 3 70B，8 卡一组，连续跑 10 天费用多少？", "租8张H100 SXM 10天"),
])
def test_answers_of_sets_451_454(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 455-458, after their first run: the readings they exposed, phrased anew
    ("并发5000 h100跑llama 3 70b 要几张", "5,000个并发会话"),
    ("高峰大概 3,000 个人同时在用，H100 跑 Llama 3 8B 要几张？", "3,000个并发会话"),
    ("采购 64 张 H100，单价 2.5 万美元，对方给九五折，总共多少钱？", "1090万元"),
    ("实测 8 卡 H800 整机跑 Llama 3 70B 每秒 5000 个 token，每天 100 亿输出 token 要几台？", "47台服务器"),
    ("8 張卡，之前用 A100 訓了 30 天，換成 H100，同樣 8 張卡要幾天？", "換8張H100 SXM"),
    ("fine-tune took 6 days on a100s (16 of them). same job on h200s, also 16 gpus, how long?",
     "on 16 H200 SXM for the job that took 6 days on 16 A100"),
    ("how many H100 for 40k concurrent users on llama 3 70b? and at 60k?", "2 options compared"),
    ("yearly power bill for 500 DGX H100 at 10.2 kW each, $0.09/kWh, PUE 1.3? and if we moved to a site at $0.05?",
     "2 options compared"),
    ("train a 7B on 1T tokens with 256 H100s at 40% MFU, how long? and if we had 512 instead?", "2 options compared"),
    ("/assume ttft_margin=2 - llama 3 70b on h100, 2,000 concurrent users. gpus?", "2,000 concurrent streams"),
    ("4,000 gpus (b200) @ 38k: what do the chips cost?", "US$152 million"),
    ("electricity prices fall 10% a year; we pay $0.12/kWh today: what in 3 years?", "US$0.0875"),
])
def test_answers_of_sets_455_458(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_doubling_time_asked_again_is_compared_not_taken_for_the_horizon():
    _, res = ask("compute doubles every 6 months; how much bigger in 3 years? what if it's every 12 months?")
    factors = [round(f.value, 6) for r in res.alternatives for f in r.figures if f.name == "growth_factor"]
    assert "64x in 36 months" in res.headline and not res.unused
    assert factors == [64.0, 8.0]


def test_a_number_said_again_with_its_own_unit_is_not_another_value():
    # "if today we use 24" GPUs is a count of its own, not a second doubling time
    got = read("we're at 800k MAU, doubling every 7 months. when do we hit 10M, and how many L40S will we need "
               "then if today we use 24?")
    assert got.get("doubling_months") == 7 and got.get("gpus") == 24
    # "$35k each" is the chips' price, not a second count of them
    got = read("What would 25k B200s cost all-in if chips are $35k each and all-in runs 1.8x the GPU cost?")
    assert got.get("gpus") == 25000 and got.get("price_usd") == 35000


def test_a_price_said_to_fall_shrinks():
    got = read("gpu rental prices seem to fall ~35% a year. if an H100 hour is $2.20 today what would it be in 2027?")
    assert got.get("growth_rate_year") == -0.35 and got.get("rent_usd_per_hour") == 2.2


@pytest.mark.parametrize("q,want", [
    # an amount right after a card is its price, and a bare count priced or rented is the cards
    ("B200 now $40k; what do 5,000 cost?", {"price_usd": 40000, "gpus": 5000}),
    ("H100: $25k. how much for 2,000?", {"price_usd": 25000, "gpus": 2000}),
    ("H100 now $2/hr, 512 for a month?", {"rent_usd_per_hour": 2, "gpus": 512, "days": 30.4375}),
    ("H100 at $2.1/hr. rent 64 for 3 weeks, cost?", {"rent_usd_per_hour": 2.1, "gpus": 64, "days": 21}),
])
def test_a_price_after_a_card_and_a_bare_count_are_read(q, want):
    _, res = ask(q)
    got = {a.name: a.value for a in res.assumptions if a.origin == "question"}
    assert {k: got.get(k) for k in want} == pytest.approx(want) and not res.unused


@pytest.mark.parametrize("q,count,price", [
    ("1000张H100，每张3万美元，价格每年降20%，三年后买要多少钱？", 1000, 30000 * 0.8 ** 3),
    ("what do 1,000 H100s cost at $30k each if prices rise 10%/yr, bought in 2 years?", 1000, 30000 * 1.1 ** 2),
])
def test_a_price_growth_beside_a_count_grows_the_price_not_the_count(q, count, price):
    # the cards bought stay the number stated; the growth said of prices moves their price
    _, res = ask(q)
    figs = {a.name: a.value for a in res.assumptions}
    assert figs["gpus"] == count and figs["price_usd"] == pytest.approx(price) and not res.unused
    # and the sum at today's price stands beside it, with the difference
    f = {x.name: x.value for x in res.figures}
    assert f["cost_usd_today"] == pytest.approx(count * 30000)
    assert f["cost_usd_change"] == pytest.approx(count * (price - 30000))


@pytest.mark.parametrize("q,days,months", [
    ("rent 512 H100 at $2/hr for a month; rental prices fall 30% a year, what will that cost in 2 years?",
     30.4375, 24),
    ("H100 租金 2 美元/小时，租 256 张一个月，租金每年降 25%，两年后再租要多少钱？", 30.4375, 24),
])
def test_a_later_time_beside_a_falling_rent_is_when_it_is_paid(q, days, months):
    # not a second rental length compared with the first: the rental at the rent of that time
    req, res = ask(q)
    assert not req.options and req.params["days"] == days and not res.unused
    grown = next(f.value for f in res.figures if f.name == "growth_factor")
    rate = req.params["growth_rate_year"]
    assert grown == pytest.approx((1 + rate) ** (months / 12))
    assert "at today's price" in res.headline or "按现价" in res.headline


def test_a_saving_asked_of_a_falling_price_is_said_in_its_currency():
    _, res = ask("H20 单价 9 万元，我们要买 2000 张，听说价格每年下跌 15%，明年再买能省多少？")
    f = {x.name: x.value for x in res.figures}
    assert f["cost_cny_change"] == pytest.approx(-2000 * 90000 * 0.15)
    assert "按现价1.8亿元，少2700万元" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 459-462, after their sealed run: the readings they exposed, phrased anew
    ("requests/day: 90M\nin: 800 tok avg\nout: 300 tok avg\nmodel: llama 3.1 8b\nhw: h100\nhow many gpus?",
     "H100 SXM"),
    ("算一下：\nmodel: llama 3 70b\ngpu: h800\nDAU: 50w\nqueries/user/day: 10\noutput: 400", "H800"),
    ("reports say xAI has ~200k h100-equivalents. if a b200 = 2.5x, how many b200s is that?", "80,000 B200"),
    ("last run: mistral 7b took 12 days on a100s, 128 cards. next: h100, 128 of em. how many days?",
     "on 128 H100 SXM for the job that took 12 days on 128 A100"),
    ("做会员订阅，每人每月收 19 元，付费用户 30 万，每人每天大概 5000 token 输出，H100 跑 Llama 3 70B，毛利多少？",
     "19元"),
    ("之前在 A100 上 MFU 30%，换到 H100 之后 MFU 能高 5 个点，512 卡训 13B 模型 3 万亿 token 要多久？", "512张H100 SXM"),
])
def test_answers_of_sets_459_462(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_two_cards_priced_the_second_named_after_its_price():
    _, res = ask("is mi300x cheaper per token than h100 for llama 3 70b? amd quoted us $15k per card vs $27k for h100")
    prices = [a.value for r in res.alternatives for a in r.assumptions if a.name == "price_usd"]
    assert prices == [15000, 27000] and not res.unused


def test_an_mfu_change_on_the_redone_run_is_that_runs_alone():
    _, res = ask("BLOOM 176B was trained on 384 A100 80GB. If we redid it on 1,024 H100 SXM with MFU up 10%, "
                 "how many days would it take?")
    first, second = res.alternatives
    assert "MFU instead" not in first.headline and "at 44% MFU instead of 40%: 10.0 days" in second.headline
    _, res = ask("2000 张 H100 训 Qwen2.5-72B，18T token，MFU 35%，如果换成 B200 同样 2000 张、MFU 提高 5 个点，要多久？")
    # the new card's MFU is 40%, said once (not 45%)
    assert all("MFU提高" not in r.headline and "提到" not in r.headline for r in res.alternatives) \
        and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 463-466, after their sealed run: the readings they exposed, phrased anew
    ("quote is $31k/ea for h200, we get 10% off, 2000 gpus + 30% extra for networking/dc. total?", "2,000 H200"),
    ("buy 256 H100 at $27,000/GPU + 40% for infra, or rent at $2.40/GPU-hr, 3 year horizon?", "256 H100 SXM"),
    ("dell quoted $300k per node, 8 h200s per node, 20 nodes. all-in w/ 30% extra for networking + facility?",
     "20 H200 SXM servers"),
    ("~25M weekly actives, DAU/WAU is like 0.4, 5 prompts each per day on h100 w/ llama 3 70b, how many gpus?",
     "50 million queries a day"),
    ("mi300x at $15k each vs h100 at $28k, if mi300x is ~1.1x h100 speed whos better perf/$", "work per dollar"),
    ("一年电费加上每卡 11 万的采购，2000 张 H20，每张 600W，电费 0.5 元一度，总共多少？", "2,000张H20"),
    ("之前用 8 張 A100 train 咗 12 日，而家轉用同樣數量嘅 H100，MFU 仲高咗 5 個點，要幾耐？", "換8張H100 SXM"),
    ("a lab ran 50,000 H100s for 60 days; at 38% MFU how many FLOPs is that?", "FLOPs"),
])
def test_answers_of_sets_463_466(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_an_mfu_said_in_a_compute_question_is_the_mfu():
    assert read("a lab ran 50,000 H100s for 60 days; at 38% MFU how many FLOPs is that?").get("mfu") == 0.38


@pytest.mark.parametrize("q,part", [
    # sets 467-470, after their sealed run: the readings they exposed, phrased anew
    ("train a 7B on 2T tokens with 256 H100s at 40% MFU, how long? and if we doubled to 512 GPUs?",
     "2 options compared"),
    ("300M weekly actives, DAU/WAU around 30%, each DAU sends 5 msgs/day on h100 w/ llama 3 70b. how many gpus? "
     "what if it's closer to 40%", "2 options compared"),
    ("a paper says GPT-3 would take 355 GPU-years on a V100. if we did it on H100s, say 2,048 of them, how many days?",
     "2,048 H100 SXM"),
    ("expecting ~20k DAU, 8 msgs/day each, mistral 7b on L40S, how many cards? peak prob 2.5x", "L40S"),
    ("qwen2.5 7b on 1x l4, how many ppl can it handle if each sends like 20 queries/day?", "daily users"),
    ("a small bot for ~80 ppl, each maybe 40 msgs/day, llama 3 8b on one L4 ok?", "L4"),
    ("llama2 70b 预训练 2T token，用 1024 张 h100，mfu 40%，得几天？跟 172万 GPU小时 对得上吗", "1,024张H100 SXM需要"),
    ("Can I fit llama 3 8b in bf16 on one L4 for our team of 12 ppl?", "fits on 1 x L4"),
])
def test_answers_of_sets_467_470(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 471-474, after their sealed run: the readings they exposed, phrased anew
    ("一个 MW 能放多少张 H100？每卡算上服务器 1.3kW，PUE 1.2", "1兆瓦可支撑"),
    ("算力每6个月翻一倍，3年后是现在的多少倍", "36个月增长64倍"),
    ("12k H100s at $27k each, plus 35% for networking/power/facilities? budget is $500M, does it fit",
     "of the US$500 million budget"),
    ("300 nodes of dgx h100, $300k per server, +30% for netwrk/dc, total capex?", "300 H100 SXM servers"),
    ("HBM runs ~5x DRAM price per GB, DRAM at $3/GB - HBM cost inside one B200? what if the multiple is 7x?",
     "2 options compared"),
    ("如果而家 H100 租 2.5 蚊美金一個鐘，每年跌 20%，三年後幾錢？", "36個月後"),
    ("想知 H100 同 H200 跑 Llama 3 70B，每百萬 token 成本差幾多？H200 租 3.5 蚊美金一個鐘，H100 就 2.5 蚊", "2.5美元"),
    ("budget $20M, gpus take ~60% of it, how many h100 at $27k/ea", "H100 SXM"),
])
def test_answers_of_sets_471_474(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_power_listed_as_part_of_the_build_is_not_a_power_question():
    _, res = ask("16k H200s at $31.5k each, plus 40% for networking/power/facilities? budget is $800M, does it fit")
    assert res.intent == "capex" and not res.unused
    _, res = ask("we run 12,000 H100s, traffic goes up 3x, what's the new fleet + power at 700W each")
    assert "MW" in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 475-478, after their sealed run: the readings they exposed, phrased anew
    ("我们每天大概吐 300亿 output token，用 h100 跑 llama 3 70b，需要几台机器？每台 8 卡。", "每天服务6000万次查询"),
    ("quick capex check:\nservers: 128 x dgx b200\nprice per server: $515,000\nnetworking + facilities: +30%\ntotal?",
     "128 B200 servers"),
    ("quote came back at $3.2M per GB200 NVL72 rack. for 10 racks plus ~20% extra for networking & DC fit-out, "
     "total capex?", "10 GB200 NVL72 racks"),
    ("会员每月 19 元\n日活 / 月活 = 30%\n每人每天 8000 token 输出\n模型 Llama 3 70B，H100 部署\n毛利多少？", "19元"),
    ("我哋用戶由 20萬 谷到 300萬，每人每日大概 15 次 query，用 H100 跑 Llama 3 70B，GPU 要加幾多張？", "比現在20萬用户所需"),
    ("我哋每日出大約 10億 output token，用 L40S 行 llama 3.1 8b，實測每張卡 2000 tok/s，峰值計 2 倍，要幾多張卡？",
     "L40S"),
])
def test_answers_of_sets_475_478(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_ratio_written_with_a_slash_is_not_a_count_of_users():
    got = read("users: 2M MAU\nDAU / MAU: 0.3\nqueries/user/day: 10\nmodel: llama 3 70b\ngpu: h100")
    assert got.get("users") == 2e6 and got.get("dau_per_mau") == 0.3


def test_each_fleet_asked_to_fit_keeps_its_own_count_and_precision():
    # sets 479-482: "on one MI300X … what about on 2 L40S" had sized 2 MI300X; a precision said in the
    # second ask went to neither
    req, res = ask("does Llama 3 70B fit on one H100 in fp8? and on 2 A100 80GB in bf16?")
    assert [(o.get("gpus"), o.get("precision")) for o in req.options] == [(1.0, "fp8"), (2.0, "bf16")]
    assert res.alternatives[1].figure("memory_gb").value == pytest.approx(2 * res.figure("memory_gb").value, 0.01)
    assert not res.unused


@pytest.mark.parametrize("q,want", [
    # sets 479-482, after their first run: the readings they exposed, phrased anew
    ("API 报价: input 每百万 $0.4、output 每百万 $1.2，一次 3000 输入 500 输出，单次多少钱？", {"cost_per_query": 0.0018}),
    ("API at $1 per million input and $4 per million output; 1,000 in and 250 out per call: cost per call?",
     {"cost_per_query": 0.002}),
    ("MoE 总参数 1.5T、激活 60B，FP8，要几张 B200 放得下？", {"memory_gb": 1500}),
    ("rent vs buy for 256 h100: $2.10/gpu-hr cloud, $24k to buy, 2yr horizon. which is cheaper?",
     {"rent_total_usd": 256 * 2.10 * 24 * 730.5}),
    ("how many B200 to match 2,000 H100, and is it cheaper at $38k per B200 vs $24k per H100?",
     {"capex_matched_usd": 2000 * 24000}),
    ("DeepSeek V3 在 H800 上用了 278.8 万 GPU 小时，按每卡每小时 2 美元租多少钱？换成 H100 按 1.8 美元/小时呢？",
     {"cost_usd": 2.788e6 * 2}),
])
def test_figures_of_sets_479_482(q, want):
    _, res = ask(q)
    got = {k: res.figure(k).value for k in want}
    assert got == pytest.approx(want, rel=0.01) and not res.unused


@pytest.mark.parametrize("q,param,value", [
    ("之前 32 张 A100 训了 12 天，换成 32 张 H100，MFU 能提到 50%，要几天？", "mfu_to", 0.5),
    ("上次 256 张 A100 训了 20 天，这次换同样数量的 H100，MFU 能从 30% 提到 40%，要几天？", "mfu_to", 0.4),
    ("took 10 days on 64 v100s. on 64 h100s? and if MFU goes up to 45%?", "mfu_to", 0.45),
    ("1024 张 H200，功耗 1.1kW/卡（含整机），PUE 1.3，电价 0.6元/kWh，一年电费多少", "watts_per_gpu", 1100),
    ("bench: 8-gpu h200 box does ~9.5k tok/s on llama 3 70b fp8. box $320k, 3yr amort. $/Mtok?",
     "observed_tokens_per_s_per_server", 9500),
    ("B200 street price fell to $35,000. what do 100 cost?", "price_usd", 35000),
    ("H100 買 $25k 一張，出租 $2 一個鐘，出租率得六成，幾耐回本？", "utilization", 0.6),
])
def test_readings_of_sets_479_482(q, param, value):
    req, res = ask(q)
    assert req.params.get(param) == pytest.approx(value) and not res.unused


def test_a_second_value_said_as_what_it_was_is_compared():
    # "renews at 11.2¢/kWh, up from 8.4¢": the old rate in cents, compared, not an unread 8.4
    req, res = ask("power contract renews at 9.5¢/kWh, up from 7¢. 1,000 H100 at 1.2 kW each all-in, PUE 1.3: "
                   "annual bill?")
    assert [o.get("electricity_usd_per_kwh") for o in req.options] == pytest.approx([0.095, 0.07])
    assert not res.unused


def test_a_run_sized_to_a_deadline_is_set_against_buying_its_cards():
    req, res = ask("train a 13B on 2T tokens in 30 days: how many H100, and buy at $25k each or rent at $2.2/hr?")
    gpus = res.figure("gpus").value
    assert req.intent == "training" and res.figure("capex_usd").value == pytest.approx(gpus * 25000)
    assert not res.unused


@pytest.mark.parametrize("q,param,value", [
    # sets 483-486, after their sealed run: the readings they exposed, phrased anew
    ("power-only cost floor\naccel: h100\nkW/gpu: 1.3\nelec: $0.09/kWh\nPUE: 1.25", "watts_per_gpu", 1300),
    ("HBM check: llama 3 70b fp8 + KV for 64 concurrent 4k-in/512-out seqs, h100s?", "input_tokens", 4000),
    ("HBM check: llama 3 70b fp8 + KV for 64 concurrent 4k-in/512-out seqs, h100s?", "output_tokens", 512),
    ("gemma2 27b 上 L40S，FP8，单卡放得下吗？", "gpus", 1),
    ("our a100 cluster did the 7B run in 12 days on 64 cards. on 64 h100, how many days?", "from_gpus", 64),
])
def test_readings_of_sets_483_486(q, param, value):
    req, res = ask(q)
    assert req.params.get(param) == pytest.approx(value) and not res.unused


def test_owning_is_set_beside_renting_per_token():
    _, res = ask("we own 64 H100 SXM bought at $25k each; vs renting at $2.40/hr, which is cheaper per token "
                 "for llama 3 70b? measured ~1,500 tok/s/gpu")
    owned, rented = res.figure("cost_per_million_tokens_owned_usd"), res.figure("cost_per_million_tokens_usd")
    assert owned.value < rented.value and "owning is cheaper" in res.headline and not res.unused


def test_a_first_token_out_of_reach_on_the_stated_replica_is_measured_on_that_replica():
    # "TP4": the least time to a first token on 4 cards, not on the largest group (313 ms had been
    # quoted against a 1,500 ms target as "out of reach")
    with pytest.raises(CalcError) as e:
        ask("H20 上跑 Qwen2.5-72B INT8，首 token 延迟 1.5 秒以内，每 token 60 毫秒以内，峰值 QPS 12，输入 6000 token "
            "输出 300 token，TP4 要几组？")
    best = float(re.search(r"takes ([\d,]+) ms at best", str(e.value)).group(1).replace(",", ""))
    assert best > 1500


def test_an_electricity_rate_in_yuan_is_no_exchange_rate():
    # "industrial rate 0.45 yuan/kWh" had been an exchange rate of 0.45 RMB to the dollar
    req, res = ask("h20 for deepseek v3 serving, per-token energy? industrial rate 0.5 yuan/kWh, PUE 1.3")
    assert "usd_cny" not in req.params and req.params["electricity_cny_per_kwh"] == 0.5 and not res.unused


def test_the_electricity_of_rented_tokens_is_set_beside_their_rent():
    _, res = ask("power cost per 1M tokens for llama 3 70b on h100 at $0.12/kWh, next to the $2.2/hr rental?")
    power, rent = res.figure("electricity_per_million_tokens_usd"), res.figure("cost_per_million_tokens_usd")
    assert 0 < power.value < rent.value and not res.unused


@pytest.mark.parametrize("q,want", [
    # sets 487-490, after their sealed run: the readings they exposed, phrased anew
    ("h200 vs b200 for llama 3 70b at 5k concurrent, 2k in 1k out, 40ms tpot. gpu count each?",
     {"input_tokens": 2000, "output_tokens": 1000}),          # "in 2k" had been the year 2000
    ("llama 3 70b on h100 in fp8, 800 users concurrent, 1k in / 300 out. how many gpus?",
     {"concurrent_users": 800}),                               # had been 800 daily users
    ("avg 200 qps, peak 3x, 1.5k prompt 300 completion, llama 3 8b on l40s. gpu count?",
     {"input_tokens": 1500, "output_tokens": 300}),            # the completion had been a second prompt
])
def test_readings_of_sets_487_490(q, want):
    req, res = ask(q)
    assert {k: req.params.get(k) for k in want} == pytest.approx(want) and not res.unused
    assert "year" not in req.params


def test_per_million_is_a_basis_not_a_million_tokens():
    # "cost per million input tokens …" had read a prompt of a million tokens, compared with the 12k stated
    req, _ = ask("cost per million input tokens matters (RAG, 12k prompts, 100 token answers). llama 3 70b on "
                 "8x h100 at $2.5/gpu-hr vs the $0.5 per million input tokens an API charges?")
    assert req.params.get("input_tokens") == 12000 and not req.options


@pytest.mark.parametrize("q,lang_word", [
    ("ok and if peak is more like 4x?", "earlier question"),
    ("那如果电价降到0.38元一度呢？", "之前的问题"),
])
def test_a_follow_up_with_nothing_before_it_says_so(q, lang_word):
    # had been "That does not look like a numeric question"
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "missing_input" and lang_word in e.value.render("zh" if "如果" in q else "en")


def test_an_input_price_is_set_against_the_prompts_read():
    # "$0.27 per million input tokens": the break-even compares prompt tokens, not generated ones
    # (it had set 28k prompt tokens/s needed against ~200 generated: 0.0072x)
    _, res = ask("RAG with 12k prompts and 100 token answers on deepseek v3, 8x h200 rented at $3.40/gpu-hr: "
                 "is that cheaper than the $0.27 per million input tokens the API charges?")
    assert 0.3 < res.figure("expected_vs_break_even").value < 3 and not res.unused


@pytest.mark.parametrize("q,want", [
    # sets 491-494, first run: the readings they exposed, phrased anew
    ("ttft target 400ms, 4k prompts, qwen2.5 7b on l4: how many concurrent users per card?",
     {"input_tokens": 4000}),                                  # had been 4,000 queries a user
    ("rag endpoint: 90 rps, 12k token docs in, ~300 tokens out, llama 3.1 70b fp8 on h100. replicas?",
     {"input_tokens": 12000, "output_tokens": 300}),           # the documents had been the answer
    ("sglang 跑 Qwen2.5 7B，单张 L40S，max_running_requests 设 96，输入 800 输出 200，TPOT 多少？",
     {"batch_per_replica": 96}),                               # the engine's batch cap had been unread
    ("二手 h100 每张 15万元，每卡每小时租出去 14元，一直租满，几个月回本？",
     {"rent_cny_per_hour": 14, "price_cny": 150000}),          # the rent had been a budget of 14 yuan
])
def test_readings_of_sets_491_494(q, want):
    req, res = ask(q)
    assert {k: req.params.get(k) for k in want} == pytest.approx(want) and not res.unused


def test_a_prompt_count_with_a_period_stays_a_count():
    req, _ = ask("2k prompts a day per user on llama 3 8b, 10k users: how many l40s?")
    assert "input_tokens" not in req.params


def test_a_card_said_to_have_only_its_memory_is_not_a_second_count():
    # "一张才 24G": each card's memory ("一张" had been a second count of one, the 24G unread)
    req, res = ask("Llama 2 13B FP16 在 2 张 4090 上 TP2 能跑吗？一张才 24G")
    assert req.params.get("gpus") == 2 and req.params.get("hbm_gb_per_gpu") == 24 and not res.unused


def test_an_mfu_raised_to_gives_the_days_at_both():
    # "现在 MFU 31%，如果 MFU 提到 42%": the same run at the new MFU (it had been two options compared,
    # without the days of either in the table)
    req, res = ask("128 张 H100 训 8B 模型 2T token，现在 MFU 33%，如果 MFU 提到 45% 能快几天？")
    days, after = res.figure("train_days").value, res.figure("train_days_after_gain").value
    assert req.params.get("mfu_to") == pytest.approx(0.45) and not req.options
    assert after == pytest.approx(days * 0.33 / 0.45) and not res.unused


def test_electricity_per_million_tokens_from_a_measured_rate_beside_the_bill():
    _, res = ask("200 h100 running 24/7 at 1 kW per gpu incl host, PUE 1.3, $0.10/kWh. what's the monthly power "
                 "bill, and what does it add per million tokens at 2,500 tok/s/gpu?")
    # 1,000 W x 1.3 / 2,500 tok/s = 0.52 J a token; 1M tokens = 0.1444 kWh = US$0.01444
    assert res.figure("electricity_usd_per_million_tokens").value == pytest.approx(0.014444, rel=1e-3)
    assert res.figure("cost_usd") is not None and not res.unused


def test_all_day_running_is_no_one_day_period():
    # "全天跑": around the clock, not a second period of one day beside the month asked
    req, _ = ask("200 张 H100 全天跑，每卡 1kW，PUE 1.3，电价 0.6 元/度，每月电费多少？")
    assert not req.options and req.params.get("utilization") == 1.0 and req.params["days"] > 28


def test_the_concurrency_a_rate_was_measured_at_is_part_of_the_measurement():
    _, res = ask("is $0.20/M output tokens ok for llama 3.1 8b on l40s at $0.90/hr? we measure 2.1k tok/s "
                 "per gpu at conc 64 per replica")
    assert not res.unused and any(a.name == "measured_at" and a.value == 64 for a in res.assumptions)


@pytest.mark.parametrize("q,want", [
    # sets 495-498, after their sealed run: the readings they exposed, phrased anew
    ("params:\naccelerator = h200\nmodel = llama 3.1 70b\nusers = 4M DAU\nqueries per user = 12/day\n"
     "price per gpu = $31,000\n-> capex?", {"queries_per_user": 12, "price_usd": 31000}),   # dropped; a budget
    ("buy a 4x rtx 4090 rig for $9,800 or rent at $0.34/gpu-hr? horizon 2 years",
     {"server_price_usd": 9800, "gpus_per_server": 4}),       # the box's price had been a budget
    ("we picked up one hgx h200 for ~$330k: $/Mtok for llama 3 70b over 4 years?",
     {"server_price_usd": 330000}),                           # had been a budget
    ("an h100 carries 80GB of HBM3. at $15/GB what is that worth, against the ~$28k card price?",
     {"price_usd": 28000}),                                   # the card's price had been a budget
    ("they bought 120k h100s. at ~$27k avg that's how much? and the HBM inside, 80GB each at $13/GB",
     {"price_usd": 27000, "gpus": 120000}),                   # the average paid had been a budget
    ("30 MW hall, PUE 1.3. GB200 NVL72 racks at 125 kW each. how many racks / GPUs fit?",
     {"watts_per_server": 125000}),                           # had been 125 kW a GPU (refused)
    ("机柜限电 20 千瓦，一台 H800 服务器 8 卡、满载 10.2 千瓦，每个机柜放几台？2048 张卡要多少机柜？",
     {"gpus_per_server": 8, "gpus": 2048}),                   # "8 卡" had been a count, 2048 a duplicate
])
def test_readings_of_sets_495_498(q, want):
    req, res = ask(q)
    assert {k: req.params.get(k) for k in want} == pytest.approx(want) and not res.unused


def test_a_run_moved_from_one_fleet_to_another_is_not_a_fleet_mix():
    # "move the run from 256x a100 to 128x b200 … it was 23 days" had summed the two fleets
    req, res = ask("move the run from 512x h100 to 256x b200? it was 30 days. same mfu, eta?")
    assert req.params.get("from_accelerator") == "h100_sxm" and req.params.get("from_gpus") == 512
    assert res.figure("train_days") is not None and not res.unused


def test_gpu_years_redone_at_a_stated_speedup_on_a_count_of_no_card():
    # "355 GPU-years on V100. if redone on H100 at a 3.1x speedup, how many days with 1,024 GPUs?"
    # had been a match of cards ("convert"), the GPU-years unused
    _, res = ask("the run used 200 GPU-years on A100. if redone on H100 at a 2.5x speedup, how many days "
                 "with 512 GPUs?")
    assert res.figure("train_days").value == pytest.approx(200 / 2.5 * 365.25 * 24 / 512 / 24, rel=0.01)
    assert not res.unused


def test_a_product_family_a_slip_away_is_the_family():
    # "guadi 3" had been no name at all: the 3 unused, the comparison answered for H100 alone
    req, _ = ask("guadi 3 vs h100 for 16 cards: which is cheaper to buy at $15k and $26k?")
    assert {o.get("accelerator") for o in req.options} == {"gaudi3", "h100_sxm"}


def test_a_venture_firm_is_no_accelerator():
    req, _ = ask("per that a16z post, H100 sells ~$27k and rents $1.85/hr: rent or buy over 3 years?")
    assert req.params.get("accelerator") == "h100_sxm"


def test_mfu_probably_better_is_a_gain():
    req, res = ask("took 5 days on 8 a100s. moving to 8 h100s, how long? mfu probably 20% better too")
    assert req.params.get("mfu_gain") == pytest.approx(0.2) and not res.unused


def test_an_hbm_multiple_beside_a_stated_hbm_price_gives_the_dram_equivalent():
    _, res = ask("HBM demand: 5M GPUs, 144GB HBM each, HBM $15/GB, about 6x DRAM pricing. total HBM market?")
    assert res.figure("dram_cost_usd").value == pytest.approx(5e6 * 144 * 15 / 6) and not res.unused


def test_one_cards_margin_over_a_period_asked():
    _, res = ask("单卡租金 16 元/小时，实测单卡 1,200 token/s，输出每百万 token 6 元，利用率 60%，一个月毛利多少？")
    hour = 1200 * 0.6 * 3600 / 1e6 * 6 - 16
    assert res.figure("margin_period_cny").value == pytest.approx(hour * 24 * 30.4375) and not res.unused


def test_l4_has_a_catalogued_price_and_rent():
    from calc.catalog import load
    price = load().price("l4")
    assert price is not None and price.purchase_usd and price.rent_usd_per_hour and "runpod" in price.source.lower()


def test_a_family_written_with_its_version_is_no_slip():
    # "DeepSeekV3" is the family and its version run together, not a slip of "deepseek" before a 3
    req, _ = ask("DeepSeekV3 满血版 需要几张 H200 才装的下？fp8 权重")
    assert req.params.get("model") == "deepseek_v3"


def test_a_keyed_peak_qps_stays_the_peak():
    # "peak QPS=120": the peak as said (the key written with a space had dropped the word "peak")
    _, res = ask("llama3-70b fp8 on H100 SXM, ISL=2k OSL=512, TPOT p95<=40ms, peak QPS=120 -> how many GPUs?")
    assert next(a for a in res.assumptions if a.name == "peak_factor").value == 1


def test_each_options_own_price_when_one_is_a_servers():
    # "a Gaudi2 server with 8 cards is $190k … vs H100 at $28k": each option its own price (the H100's
    # had been a server's, US$3,500 a chip)
    _, res = ask("Say a Gaudi2 server with 8 cards is $190k. Per-card cost vs H100 at $28k, perf per dollar?")
    heads = [alt.headline for alt in res.alternatives]
    assert "US$23,750 a chip" in heads[0] and "US$28,000 a chip" in heads[1]


def test_the_count_to_try_if_the_first_falls_short_is_compared():
    # "两张够吗？不够就上四张": the second count had been a named duplicate
    req, res = ask("Llama 3 70B int4 两张 L40S 够吗？不够就上四张")
    assert [o.get("gpus") for o in req.options] == [2, 4] and not res.unused


def test_a_tp_group_asked_instead_of_one_card_is_compared():
    # "fits on one card or do we need TP2?": TP2 had been named unused
    req, res = ask("llama 3 70b bf16 on h200 - fits on one card or do we need TP2?")
    assert [o.get("gpus") for o in req.options] == [1, 2] and not res.unused


@pytest.mark.parametrize("q,want", [
    # sets 499-502, first run: the readings they exposed, phrased anew
    ("a blog says 300M weekly users; if daily is about 40% of weekly and each asks 5 queries, how many h100 for "
     "llama 3 70b?", {"dau_per_wau": 0.4}),                        # had been named unused
    ("falcon 180b used about 2.5M gpu hours on a100 80gb. what would that run cost on b200 at $4/hr",
     {"from_accelerator": "a100_sxm_80gb", "accelerator": "b200"}),  # the A100 had been the new card
    ("We paid $27k per H100 on average. If the price drops 15% by next year, what would 2,048 cards cost?",
     {"discount": 0.15}),                                           # had been named unused
    ("a DGX B200 is ~$500k. we want 40 of them plus 25% for IB + storage. total?", {"all_in_multiple": 1.25}),
    ("How much of a $35k H200 is HBM? HBM at $16/GB, 141GB per card.", {"price_usd": 35000}),   # a budget
    ("cost per million tokens for llama 3 70b on an h100 node doing 20k tok/s per node, server was $300k "
     "amortized over 4 years?", {"server_price_usd": 300000}),      # had been a budget
])
def test_readings_of_sets_499_502(q, want):
    req, res = ask(q)
    assert {k: req.params.get(k) for k in want} == pytest.approx(want) and not res.unused


def test_a_second_ask_by_the_way_is_answered():
    # "能上几张？顺便算下…每百万 token 耗电多少度": the site's power had been named unused
    _, res = ask("机房 IT 负载上限 12MW，H100 每卡连整机按 1300W，能上几张？顺便算下跑 llama 3 70b 每百万 token 耗电多少度")
    assert res.figure("gpus") is not None and not res.unused


def test_a_model_on_a_card_with_nothing_else_asks_whether_it_runs():
    # "gemma2 27b on an l4? be honest lol" had been "not a numeric question"
    _, res = ask("mixtral 8x7b on an l40s? honestly")
    assert res.intent == "memory"


def test_can_a_fleet_serve_a_load_at_a_latency_is_a_serving_check():
    # "4x a100 pcie. can we serve llama 3 8b to 300 students at once w/ ttft < 1s?" had been a memory check
    # at the model's full context (72 cards), the TTFT unused
    _, res = ask("we have 8x l40s. can we serve llama 3 8b to 500 users at once with ttft under 1s?")
    assert res.intent == "throughput" and res.figure("ttft_ms") is not None and not res.unused


def test_a_batch_cap_and_a_concurrency_asked_as_replicas_is_a_fleet():
    _, res = ask("mistral 7b on l40s, fp8, TP1, conc=32/replica, need to hold 640 concurrent users. how many replicas?")
    assert res.figure("gpus").value == 20 and not res.unused


def test_one_yardstick_and_two_cards_matched_to_it():
    # "要达到 8000 张 H100 的算力，需要多少张 H20？多少张 B200？" had asked for users
    req, res = ask("要达到 4000 张 A100 的算力，需要多少张 H20？多少张 H100？")
    assert req.params.get("match_accelerator") == "a100_sxm_80gb" and len(res.alternatives) == 2


def test_a_discount_on_a_rent_in_yuan_is_applied_to_the_bill_in_yuan():
    # "总GPU小时：85万 / 单价：13.5元/卡时 / 折扣：九折" had been billed at the full rent in yuan (the
    # discount listed as used, the dollar figure discounted, the yuan one not); and the key had been unread
    _, res = ask("租卡训练\n总GPU小时：50万\n单价：12元/卡时\n折扣：八折\n一共多少钱？")
    assert res.figure("cost_cny").value == pytest.approx(500_000 * 12 * 0.8) and not res.unused


def test_a_peak_asked_as_a_what_if_is_the_peak():
    req, _ = ask("每天 3 亿 token 输出，llama3 8b fp8 跑在 l40s 上。峰值如果按3倍算呢，要多少张")
    assert req.params.get("peak_factor") == 3


def test_the_latency_asked_of_a_model_on_a_card():
    # "what TTFT should I expect, and what TPOT if I cap at 32 seqs per replica?" had been "not numeric"
    _, res = ask("llama 3 70b on h100, TP4, ~4k token prompts. what TTFT should I expect at 16 seqs per replica?")
    assert res.intent == "throughput" and res.figure("ttft_ms") is not None and not res.unused


def test_machines_counted_in_chinese_and_an_arrow_to_the_new_fleet():
    # "H800 两机 16 卡（每台 8 卡）": "两机" had been dropped without a word (and the per-box count unread)
    _, res = ask("Llama 3 70B，H100 两机 16 卡（每台 8 卡），输入 1000 输出 500 token，每token 50 毫秒，能撑多少并发？")
    assert not res.unused
    # "took 19 days on h100 x512 -> on b300 x256": the arrow moves the run (both cards had been options)
    req, _ = ask("b200 is 2.5x faster than h100. our run took 20 days on h100 x256 -> on b200 x128 how long?")
    assert req.params.get("from_accelerator") == "h100_sxm" and req.params.get("from_gpus") == 256


# Readings from the twenty-ninth round (sets 507-510), each with the wrong number it had given.

def test_a_hall_counted_from_a_rack_limit_and_one_box_described():
    # "rack budget 18.5 kW, a dgx h100 draws ~10.2 kW … how many h100s in a 12 MW hall at PUE 1.3?":
    # the one box described had been read as the fleet (1 rack), the hall's power and PUE unused
    _, res = ask("rack limit 18.5 kW, an hgx h100 draws ~10.2 kW. how many boxes per rack, and how many "
                 "h100s in a 12 MW hall at PUE 1.3?")
    assert res.figure("racks").value == 498 and not res.unused
    # each rack's limit half used: the same power counted by the boxes' own draw, said beside it
    assert res.figure("gpus_by_draw").value == 904 * 8


def test_electricity_as_a_share_of_a_stated_rent():
    # the rent had been named unused and a year's bill of one card answered
    for q in ("what share of a $2.10/hr h100 rental is actually electricity? assume 1.1 kW per gpu, "
              "pue 1.25, $0.09/kWh",
              "H800 每卡每小时租金 9.5 元，自建电价 0.38 元/度，PUE 1.2，每卡连服务器 1.1kW，电费占租金几成？"):
        _, res = ask(q)
        assert res.figure("power_share_of_rent") is not None and not res.unused
    _, res = ask("what share of a $2.10/hr h100 rental is actually electricity? assume 1.1 kW per gpu, "
                 "pue 1.25, $0.09/kWh")
    assert res.figure("power_share_of_rent").value == pytest.approx(1.1 * 1.25 * 0.09 / 2.10 * 100)


def test_a_keyed_value_with_a_qualifier_in_brackets():
    # "W/GPU (incl. host, net): 1,275" had been named unused (the catalog's watts used)
    req, res = ask("cluster: 4,096 x H100\nW/GPU (incl. host, net): 1,275\nPUE: 1.1\nprice: 0.064 USD/kWh\n"
                   "-> annual opex for power?")
    assert req.params.get("watts_per_gpu") == 1275 and not res.unused


def test_a_tariff_in_yuan_renminbi_per_kwh():
    # "電費當 0.8 元人民幣一度": "元人民幣" had split the tariff from its kWh (both named unused)
    req, res = ask("32 張 4090，每張連主機 450W，電費當 0.8 元人民幣一度，一年電費幾多？")
    assert req.params.get("electricity_cny_per_kwh") == 0.8 and not res.unused


def test_a_used_card_priced_in_kuai():
    # "一张二手 a100 80gb 大概 7 万块": 块 had been read as a counter (70,000 cards)
    req, res = ask("自己买一张二手 a100 80gb 大概 7 万块，和租卡每卡每小时 6.5 元比，电费按 0.6 元一度，多久能回本？")
    assert req.params.get("price_cny") == 70_000 and "gpus" not in req.params and not res.unused


def test_a_quote_above_a_street_price_is_two_prices_not_a_budget():
    # "230k rmb each … is that above the ~$25k usd street price?" had bought 0 GPUs with a $25k budget
    req, res = ask("a reseller quoted h100 at 230k rmb each, fx 7.2 — is that above the ~$25k usd street price?")
    assert "budget_usd" not in req.params and len(res.alternatives) == 2 and not res.unused


def test_cards_paid_back_by_subscriptions():
    # "每用户每月收费 19 元，现在 8000 付费用户 … 几个月回本": the charge and the users had been named
    # unused and a rent-vs-buy answered at a catalogued rent
    _, res = ask("做 AI 写作 app，每用户每月收费 19 元，现在 8000 付费用户，买 8 张 l40s 每张 5.5 万元，几个月回本？")
    power = res.figure("power_per_month_cny").value
    assert res.figure("breakeven_months").value == pytest.approx(8 * 55_000 / (8000 * 19 - power))
    assert not res.unused
    # "$7,800 each … how many paying users to pay it back in 9 months?" had asked for a number of users
    # ("for our inference box at $7,800 each": a card's price, no 4-card box costs that)
    req, res = ask("we bought l40s x4 for our inference box at $7,800 each. if we charge $12/month per user, "
                   "how many paying users do we need to pay it back in 9 months?")
    power = res.figure("power_per_month_usd").value
    months = 273.9375 / 30.4375
    assert req.params.get("price_usd") == 7800
    assert res.figure("users").value == math.ceil((4 * 7800 / months + power) / 12) and not res.unused


def test_rent_or_buy_for_the_cards_a_named_model_needs():
    # "租 H200 跑 Llama 3.1 405B … 定係自己買抵啲？每張 3.5萬美元，用三年": the model had been named unused
    # and one card compared
    _, res = ask("我哋想租 H200 跑 Llama 3.1 405B，每粒 GPU 每個鐘 3.2 美元，定係自己買抵啲？每張 3.5萬美元，用三年。")
    assert res.figure("replica_gpus").value == 4 and not res.unused


def test_a_million_tokens_sold_for_an_amount_is_a_token_price():
    # "DeepSeek-V3 API 一百万 output token 卖 ¥8 … 租金 ¥15 每卡每小时" had bought an H800 for ¥8
    # (paid back in 0.0 months) and read a million output tokens per request
    req, _ = ask("DeepSeek-V3 API 一百万 output token 卖 ¥8，用 H800 自己 host 划唔划算? 租金 ¥15 每卡每小时")
    assert req.params.get("cny_per_million_tokens") == 8 and "price_cny" not in req.params
    assert "output_tokens" not in req.params


# Readings from the twenty-ninth round's sealed sets (511-514), each with the wrong answer it had given.

def test_a_card_said_to_be_faster_in_fact_is_a_speedup():
    # "假設 MI300X 實際快 1.3 倍" had been a growth factor: 6,500 H100s matched by peak FLOPs (4,919)
    _, res = ask("要多少张 MI300X 才追得上 5000 张 H100 的算力？假设 MI300X 实际快 1.3 倍。")
    assert res.figure("gpus").value == math.ceil(5000 / 1.3)


def test_watts_each_with_the_servers_share_are_a_cards():
    # "18,500 GPUs … 1.2 kW each w/ server share" had been read per server (an eighth of the bill)
    req, _ = ask("18,500 H200s, 1.2 kW each w/ server share, PUE 1.22, $0.094/kWh. monthly power bill?")
    assert req.params.get("watts_per_gpu") == 1200 and "watts_per_server" not in req.params


def test_paying_users_on_a_bulleted_line():
    # "- 付费用户 45万" had been named unused (and a fleet asked for users)
    req, res = ask("帮算笔账：\n- 付费用户 45万\n- 每用户每月收费 39 元\n- 每人每天大约消耗 1.2万 个 token（输出）\n"
                   "- 模型：Qwen3-235B-A22B，FP8\n- 卡：H20，租金每卡每小时 9.8 元\n毛利大概多少？")
    assert req.params.get("users") == 450_000 and not res.unused


def test_a_prompt_said_after_the_answer_as_n_in():
    # "1.6k tokens out per chat (long answers), 500 in." had left the prompt unused
    req, res = ask("25M weekly actives, DAU/WAU 0.35, 4.5 chats each, 1.6k tokens out per chat (long answers), "
                   "500 in. llama 3.1 8b fp8 on l4, peak 3x. gpu count pls")
    assert req.params.get("input_tokens") == 500 and not res.unused


def test_one_server_priced_in_yuan_is_not_a_budget():
    # "一台H100服务器（8卡）230万元 … 跟租卡每卡每小时12元比" had been a ¥2.3M budget, the rent-vs-buy at the
    # catalog's card price; the totals had been in dollars for a question in yuan
    req, res = ask("一台H100服务器（8卡）230万元，每台10.2千瓦，电价0.5元/度，PUE 1.3，用3年；跟租卡每卡每小时12元比，哪个划算？")
    assert req.params.get("server_price_cny") == 2_300_000 and "budget_cny" not in req.params
    assert "元" in res.headline and "美元" not in res.headline and not res.unused


def test_a_baseboard_is_a_server_and_its_price_the_boards():
    # "a Gaudi 3 8-chip baseboard at $125k. With a $20M budget …" had trained on 8 chips for 2,024 days,
    # the price and the budget unused
    _, res = ask("a Gaudi 3 8-chip baseboard at $125k. With a $20M budget how many Gaudi 3 chips is that, "
                 "and how long to train Llama 3 70B on 2T tokens at 33% MFU with them?")
    assert res.figure("gpus").value == 1280 and not res.unused


def test_a_card_priced_with_the_card_word_is_its_price():
    # "how much of a $32k card is HBM?" had been a $32k budget checked as a claim (16x the HBM)
    _, res = ask("HBM at $14.5/GB, H200 has 141GB of HBM, so how much of a $32k card is HBM?")
    assert res.figure("hbm_share_of_price").value == pytest.approx(141 * 14.5 / 32_000)


def test_a_stated_fleets_power_beside_its_throughput():
    # "64 racks of gb200 nvl72 at 132 kW/rack and PUE 1.15, what's the facility draw in MW, and … tokens/s"
    # had left the rack power and the PUE unused
    _, res = ask("if we get 64 racks of gb200 nvl72 at 132 kW/rack and PUE 1.15, what's the facility draw in MW, "
                 "and roughly how many tokens/s could that do on llama 3.1 405b at fp4?")
    assert res.figure("power_mw").value == pytest.approx(64 * 132 * 1.15 / 1000) and not res.unused


@pytest.mark.parametrize("q", [
    "篇文話 OpenAI 訓練 GPT-4 用咗 25000 張 A100 跑咗成 100 日，咁樣計 MFU 大概幾多？",
    "How long would Grok 3 take to train on 20k H100s at 40% MFU? trying to check the 'three months' claim",
])
def test_an_unknown_model_whose_flops_the_question_needs_is_an_error(q):
    # the MFU had been assumed (40%) for a question asking it; the claimed three months answered as given
    with pytest.raises(CalcError) as e:
        ask(q)
    assert e.value.kind == "unknown_model"


def test_a_second_answer_names_the_default_model():
    # "800万元的预算 … H20 … 按每人每天20次 … 这些卡能撑多少日活？" had answered 15,300 users of Llama 2 70B, a
    # model nobody named; then the load was named unused; now the users of the default model, named as the default
    # in the headline (round 73: seven blind questions asked this way)
    _, res = ask("公司给了800万元的预算买推理卡，H20现在大约9.5万一张。能买多少张？按每人每天20次、每次1000 token输出算，"
                 "这些卡能撑多少日活？")
    assert "Llama" not in res.headline and "未指定模型，按默认的GPT-3 175B" in res.headline
    assert not res.unused


def test_a_second_ask_of_compute_is_of_the_fleet_the_first_sized():
    # "园区总共 50MW … 合计多少 P 的 FP4 算力？" had given one rack's 72 GPUs of Llama 2 70B tokens (or a
    # purchase nobody asked for)
    _, res = ask("GB200 NVL72 一个柜 120kW，园区总共 50MW，PUE 1.2，能放几个柜？合计多少 P 的 FP4 算力？")
    gpus = res.figure("gpus").value
    assert res.figure("flops").value == pytest.approx(gpus * 10e15, rel=0.01) and "美元" not in res.headline
    # "with a $5M rental budget … what's the aggregate bf16 PFLOPS": the chips the budget rents, not one
    _, res = ask("with a $5M rental budget at $2.70 per TPU v6e chip-hour, how many chip-hours is that, and what's "
                 "the aggregate bf16 PFLOPS if we run them all for 30 days?")
    assert res.figure("flops").value == pytest.approx(2572 * 918e12, rel=0.01)


def test_a_grown_run_trained_as_the_second_ask():
    # "5e26 FLOP today, 4x per year: the size in 3 years, and how many H100s to do it in 100 days at 40%
    # MFU?" had served Llama 2 70B on one server; the 100 days and the MFU had been set aside
    _, res = ask("If frontier runs are 5e26 FLOP today and grow 4x per year, what's the size in 3 years, and how "
                 "many H100s to do it in 100 days at 40% MFU?")
    assert res.figure("gpus").value == pytest.approx(3.2e28 / (100 * 86400 * 0.4 * 989.4e12), rel=0.01)
    assert not res.unused
    # the run asked before the growth is today's
    _, res = ask("How many H100s would a 5e26 FLOP run need over 90 days at 40% MFU, and if frontier compute "
                 "doubles every 6 months, how big a run is that by next year?")
    assert res.figure("gpus").value == pytest.approx(5e26 / (90 * 86400 * 0.4 * 989.4e12), rel=0.01)


def test_servers_of_a_stated_size_beside_a_fleets_throughput():
    # "… 32 个副本 … 折合多少台 8 卡机？" had answered a purchase nobody asked for (US$3.52M)
    _, res = ask("H100 上跑 Llama 3 70B，开 TP4，一共 32 个副本，每副本 batch 上限 48，最多能扛多少并发？折合多少台 8 卡机？")
    assert res.figure("servers").value == 16 and not res.unused and "美元" not in res.headline


def test_a_million_tokens_asked_the_cost_of_is_the_basis():
    # "单卡输出 400 tok/s，百万 token 成本多少？" had read a million output tokens per query (named unused)
    req, res = ask("做 token 批发，H20 租金 7 元/卡时，单卡输出 400 tok/s，百万 token 成本多少？对外卖 8 元/百万 token 有没有得赚？")
    assert "output_tokens" not in req.params and not res.unused
    assert res.figure("cost_per_million_tokens_cny").value == pytest.approx(7 / (400 * 3600) * 1e6)


def test_a_cost_per_million_from_a_rent_in_yuan_is_said_in_yuan_first():
    # "H20 租金 6.5 元/卡时 … 每百万 token 成本多少元" had led with dollars (每GPU小时0.9028美元 … 0.358美元)
    _, res = ask("H20 租金 6.5 元每卡时，跑 Qwen2.5 72B，实测单卡输出 600 tok/s，每百万 token 成本多少人民币？")
    assert res.headline.index("元") < res.headline.index("美元") and "6.5元" in res.headline


def test_replicas_asked_of_a_pool_of_cards():
    # "how many Llama 2 70B replicas in bf16 does that give?" had said the model "fits on 640 x Gaudi 2"
    _, res = ask("What's the per-GPU HBM for MI355X, and how many replicas of DeepSeek-V3 in fp8 fit on 64 of them?")
    assert res.figure("replicas").value == 16
    # a fit asked of one box keeps the room left for the KV cache
    _, res = ask("does llama 3.1 405b fit on 8 H200s in fp8? how much hbm is left")
    assert res.figure("replicas") is None and res.figure("max_kv_tokens") is not None


def test_a_measured_rate_with_no_model_assumes_none():
    # "H20 租金 6.5 元/卡时，单卡实测 700 tok/s，每百万输出 token 成本多少" had listed Llama 2 70B (default) with
    # its batch of 633, replicas of 2 and a 994 ms TTFT beside the measurement
    _, res = ask("每百万输出 token 成本多少人民币？H20 租金 6.5 元/卡时，单卡实测 700 tok/s")
    assert {a.name for a in res.assumptions}.isdisjoint({"model", "precision"})
    assert res.figure("batch") is None and res.figure("ttft_ms") is None
    assert res.figure("cost_per_million_tokens_cny").value == pytest.approx(6.5 / (700 * 3600) * 1e6)


def test_a_budgets_cards_counted_in_the_servers_named():
    # "how many can we buy, and how many DGX H100 boxes is that?" had answered a second ask about HBM
    # (0.64 TB in one box) or the power of the cards, never the boxes
    _, res = ask("vendor quote is $38k per H100 SXM and our budget is 12 million dollars. how many can we buy, "
                 "and how many DGX H100 boxes is that?")
    assert res.figure("servers").value == 40 and not res.unused and "kW" not in res.headline


def test_a_quote_judged_against_the_catalog():
    # "DGX H100 啥价位？供应商报 两百八十万人民币，贵不贵" had bought 11 cards with a ¥2.8M budget; "H100 供应商报
    # 25万人民币一张，贵不贵" had no numbers at all
    _, res = ask("DGX H100 啥价位？供应商报 两百八十万人民币，贵不贵")
    assert res.figure("quote_per_gpu_cny").value == 350_000 and not res.unused
    assert res.figure("quote_over_catalog").value == pytest.approx(350_000 / 240_000)
    _, res = ask("H100 供应商报 25万人民币一张，贵不贵")
    assert res.figure("quote_over_catalog").value == pytest.approx(250_000 / 240_000)
    req, res = ask("is $35k a fair price for an H100?")
    assert req.params.get("price_usd") == 35_000 and res.figure("quote_over_catalog").value == pytest.approx(35 / 27.5)


# Readings from the thirtieth round (sets 515-518), each with the wrong answer it had given.

def test_cards_rented_out_by_the_hour_bring_income():
    # "每張每小時租出去 2.3 美元 … 每年收入幾多" had read a US$2.3 budget (and then billed a rental)
    req, res = ask("我哋有 512 張 H100，每張每小時租出去 2.3 美元，利用率 70%，每年收入大概幾多？")
    assert req.params.get("rent_usd_per_hour") == 2.3 and not res.unused
    assert res.figure("income_usd").value == pytest.approx(512 * 2.3 * 24 * 365.25 * 0.7)


def test_mfu_points_said_after_the_mfu():
    # "MFU 32%，优化后能高 6 个点" had left the 6 points as a bare number (named unused)
    req, res = ask("我们现在 MFU 32%，优化后能高 6 个点，1000 张 H100 训 10T token 的 70B 模型，能省几天？")
    assert req.params.get("mfu_gain_points") == pytest.approx(0.06) and req.params.get("mfu") == 0.32
    assert not res.unused


def test_a_run_moved_to_another_card_said_with_a_bare_swap():
    # "32 張 A100 80GB 訓咗 12日，換 H100 要幾耐？" had compared the two cards' GPU-hours
    req, res = ask("我们 32 张 A100 80GB 训了 12 天，换 H100 要多久？")
    assert req.params.get("from_accelerator") == "a100_sxm_80gb" and res.figure("train_days") is not None


def test_documents_a_day_are_queries_a_day():
    # "summarize 42M docs/day, ~3.5k tokens in, 250 out … gpus?" had been a training question
    req, res = ask("our batch job: summarize 42M docs/day, ~3.5k tokens in, 250 out, llama 3.1 8b fp8 on h100. gpus?")
    assert req.params.get("queries_per_day") == 42e6 and res.intent == "fleet" and not res.unused


def test_a_family_word_alone_is_the_card_of_that_family_named():
    # "gaudi 3 … h100 … gaudi at $1.50/hr, h100 at $2.40/hr" had left the second rent unbound
    req, res = ask("is gaudi 3 cheaper per token than h100 for llama 2 70b? gaudi at $1.50/hr, h100 at $2.40/hr")
    assert [o.get("rent_usd_per_hour") for o in req.options] == [1.5, 2.4] and not res.unused


def test_tokens_a_day_of_a_fleet_at_a_latency_is_a_throughput():
    # "how many tokens/day can 300 h200 push for llama 3.3 70b in fp8 if we hold 35 ms per token?" had been a
    # memory check (the latency named unused)
    _, res = ask("how many tokens/day can 300 h200 push for llama 3.3 70b in fp8 if we hold 35 ms per token?")
    assert res.intent == "throughput" and not res.unused


def test_a_price_per_million_aimed_at():
    # "每百万 token 成本多少美元？能不能打到 $0.3？" had read $0.3 as an hourly rent
    req, _ = ask("我们 B200 租价 $5.2/卡时，Qwen3-30B-A3B FP8 实测单卡 7400 tok/s 输出，输出每百万 token 成本多少美元？"
                 "能不能打到 $0.3？")
    assert req.params.get("usd_per_million_tokens") == 0.3 and req.params.get("rent_usd_per_hour") == 5.2


def test_a_tp_group_as_large_as_the_node_is_the_node():
    # "TP8 on one node … how many concurrent 16k-token prompts can it hold?" had named TP8 unused
    _, res = ask("llama 3.1 405b fp8 on h100 — TP8 on one node fits the weights but KV is tight. how many "
                 "concurrent 16k-token prompts can it hold?")
    assert not res.unused


def test_an_assume_pasted_into_a_question_before_a_colon():
    # "with /assume ttft_margin=1.5: qwen3 235b …" had left the 1.5 unread
    req, res = ask("rerun the b200 sizing with /assume ttft_margin=1.5: qwen3 235b fp8, TP4, 2,000 qps, 1.2k in / 300 "
                   "out, ttft 600ms, tpot 30ms")
    assert req.params.get("ttft_margin") == 1.5 and not res.unused


# Readings from the thirtieth round's sealed sets (519-522).

@pytest.mark.parametrize("q, param, value", [
    # 'w' for 万 beside a price: had been 3.2 W and 11.5 W per card
    ("rent vs buy h200?? buy 3.2w usd each or rent $3.1/hr, 3yr horizon, which cheeper", "price_usd", 32_000),
    ("预算3亿rmb全买h20 每张11.5w 能买多少张？加服务器网络按1.4倍算呢", "price_cny", 115_000),
    # "含服务器乘1.6": the build's multiple (had been a 1.6-parameter model)
    ("h20 说是8.5w一张 3000张 含服务器乘1.6 总capex 要多少亿", "all_in_multiple", 1.6),
    # "we expect MFU to go to 44%": the next run's MFU (had been the same 36% for both runs)
    ("last run: 512 A100s, 19 days, 36% MFU. next run is same model+data on 512 H100s and we expect MFU to "
     "go to 44%. how many days?", "mfu_to", 0.44),
])
def test_readings_of_sets_519_522(q, param, value):
    req, res = ask(q)
    assert req.params.get(param) == pytest.approx(value) and not res.unused


@pytest.mark.parametrize("q,part", [
    # sets 523-526, after their first run (the wrong answers they had are in the comments)
    # ("1 MI300X … to serve 30 queries a day; buying them takes 83333% of your budget": subscribers as users)
    ("ok founder math time. 100k paying subs at $15/month. each does ~30 requests/day, 2k tokens out per request. "
     "if we run Qwen2.5 72B on MI300X (those rent ~$2/hr), what % of revenue goes to GPUs?",
     "4.3% of the US$15 each pays"),
    ("subscription $20/mo, 10M subs, each sub ~30k tokens/day, Llama 3.3 70B on H100 at $2.5/hr rental - do the "
     "unit economics work?", "3,224 H100 SXM"),
    # ("1 L40S … to serve 60 queries a day": one user's requests, labelled)
    ("honest q — is our $8/user/month plan underwater? avg user: 60 requests/day, 500 tokens out each. we're on "
     "Gemma 2 27B on L40S at $0.95/hr, getting ~900 tok/s per card", "3.3% of the US$8 each pays"),
    ("so our provider offered a 20% price cut (currently $3 per million output tokens, $0.5 per million input). "
     "each request is 4k input / 1k output and users do 10 a day, 250k users. how much do we save per month",
     "US$10,000 a day"),
    # ("450W一张" had been 450万元 a card)
    ("1000张4090，450W一张，电价0.5元/度，一年电费多少？", "电费约256万元"),
    # (the new card's speed-up had been read as a growth factor: 1.2万张A100's worth)
    ("原来有4000张A100，换成H100，新卡快3倍，要多少张才能顶上？每张2.5万美元，汇率7.2，总capex多少亿人民币？", "1,334张H100 SXM"),
    ("MFU 38% -> 50% on 2048 H100 for llama 3 70b 15T tokens, how many days saved?", "72.6 days"),
    ("训 DeepSeek V3，14.8T tokens，2048张H800，MFU 35% 再 +5个点，能省几天？", "约46.9天"),
    ("if we lift MFU from 35% to 50% on a 8k H800 cluster, how many gpu-hours do we save on a 3e24 FLOP run",
     "8.8 days"),
    ("pm here, dumb q: users ~ 800k MAU, dau/mau 0.3, 12 q/day each, how many qps is that at peak (say 2.5x)?",
     "83.3/s at the peak (2.5x)"),
    ("capacity check: 256 H100 serving llama 2 70b, 400 QPS peak, 800 in/200 out. ok today but mktg wants 3x the "
     "load next qtr, are we underwater?", "the 256 you stated are 0.53x that"),
    ("training llama 3.1 405b on 16k H100s for 54 days, 700W/GPU, PUE 1.1, $0.07/kWh: what was the electricity "
     "bill for the run?", "US$1.12 million"),
    ("how much does it cost per GPU-hour just in power? B200 1000W, PUE 1.25, $0.085/kWh", "US$0.106"),
    ("GPT-3 175B training cost check: 300B tokens, A100 at 40% MFU, $1.5/gpu-hr. someone quoted $4.6M, sanity "
     "check?", "the stated '$4.6M' is 4.4x that"),
    ("tokens/user/day ~8k, 40M WAU, DAU/WAU 0.5, llama 3.1 70b fp8 on B200. gpu count + monthly rent at $5.5/hr?",
     "320 million queries a day"),
    ("DeepSeek V3 on an 8x H200 node, we're seeing about 2,400 tok/s per node. renting at $3.20/GPU-hr. what's that "
     "in $ per million output tokens? and is it even cheaper than just paying $1.10 per 1M on the api",
     "against the price of US$1.1 per million"),
    # (not a numeric question, it had said)
    ("pricing at $0.60 per 1M in / $2.40 per 1M out, 1B requests/day, 1.2k in 350 out. daily revenue?",
     "US$1.56 million a day"),
    ("someone on twitter said gpt-3 175b inference is ~$0.002 per 1k tokens on A100. does that check out or is it "
     "way off", "the stated '$0.002 per 1k tokens' is 0.66x that"),
    ("Is it true that self-hosting Llama 3 70B on H100s comes in under $0.50 per million tokens at decent "
     "utilization, say 60%?", "GPU 60% busy"),
    # ("这笔预算可买0张RTX 4090")
    ("我们subscription是每月$20，每个user每天大概用5万token，如果走Qwen2.5 7B自部署on 4090，电费按0.8元/度，成本cover得住吗？",
     "占每人收费20美元的"),
    ("我哋個app每個user每月收$9.99，平均每人每日用3萬個token，API價錢係每百萬token $0.5，咁毛利有幾多？", "佔每人收費9.99美元的4.6%"),
])
def test_answers_of_sets_523_526(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


def test_a_server_price_heard_is_the_servers_price_when_a_count_is_bought():
    # "一台 DGX B200 多少钱？我听说50万美元，买100台": it had said "这笔预算可买14张B200"
    _, res = ask("一台 DGX B200 多少钱？我听说50万美元，买100台合人民币多少")
    assert "100台B200服务器按给出的单价共3.6亿元" in res.headline
    assert [u.text for u in res.unused] == ["一台"]


@pytest.mark.parametrize("q,part", [
    # sets 527-530, after their sealed run (what they had answered is in the comments)
    # ("The accelerators must be more than zero (got 0)": thousands written with a space)
    ("Demand doubles every 9 months, we have 2 000 GPUs today, how many we need by 2028?", "2,000 today"),
    ("We get 15% discount on MI325X, list price 20 000 USD, need 4 000 pieces. total capex?", "US$68 million"),
    # ("1.500 tok/s" had been 1.5 tokens a second: 772 servers)
    ("DeepSeek V3 on H20 - 8 cards per server, 1.500 tok/s per server measured. For 5 crore tokens per day how "
     "many servers? Also capex if server is 150 000 USD", "16 H20 (2 servers)"),
    ("Budget is 50 million USD, half of it on GPUs. B200 costs around 40.000 USD. How many of them we can buy and "
     "how much MW we will need?", "625 B200"),
    # ("in USD at 2 USD/GPU-h" had been an exchange rate of 2)
    ("For training Llama 3.1 405B again (15,6T tokens) on H100, 16 384 of them, at 38 % MFU: how much days and how "
     "much in USD at 2 USD/GPU-h?", "about US$56.1 million"),
    # (both asked for a number of users)
    ("从A100换到H100，原来512张，保持同样算力需要几张新卡？", "162张H100 SXM"),
    ("we are moving from A100 to H100. Today 256 GPUs at 45% MFU. How many new cards for same training throughput?",
     "81 H100 SXM"),
    ("if we bump MFU from 38% by +6 points, how many days do we save on a 60-day run?", "about 51.8 days"),
    ("our 70B run takes 40 days on 1,024 H100 at 35% MFU. if we squeeze out +8 points MFU how many days do we save?",
     "about 32.6 days"),
    ("我们MFU现在只有30%，优化后能提到45%，2000张H100上70B模型训10T tokens能省几天？", "MFU从30%提到45%后约54.6天，少27.3天"),
    # ("a third of that" had been dropped silently)
    ("peak 12k qps, avg is about a third of that, llama 2 13b on A100s, 250 out tokens -- GPUs needed for peak?",
     "2,436 A100 80GB (305 servers) to serve 346 million"),
    ("DeepSeek V3 reportedly took 2.788M H800 GPU-hours. at $2/hr that's $5.6M -- is that right? what about at "
     "¥15/hr?", "the stated '$5.6M' matches that (within 0.5%)"),
    ("checking a published run: GPT-3 175B, 300B tokens, paper says ~3.14e23 FLOPs total. does that check out?",
     "the stated '3.14e23 FLOPs' matches that (within 0.5%)"),
    ("quick q: 1) GPU-hours for Llama 2 70B on 2T tokens at 40% MFU on A100 80GB? 2) meta reported 1.72M GPU-hrs, "
     "does that line up?", "the stated '1.72M GPU-hrs' is 0.93x that"),
    ("一个 GB200 NVL72 机柜多少钱？有人说 300 万美元，按汇率 7.25 折合人民币多少", "1个GB200 NVL72机柜按给出的单价共2180万元"),
])
def test_answers_of_sets_527_530(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # what the readings above must leave as it was
    ("Llama 3 405B 训练成本多少亿元？汇率 7.2", "3.8e+25 FLOPs"),          # not "3 405" thousands
    ("DeepSeek-V3 used 2.788M GPU hours on H800. How many GPU-years is that, and the cost at $2/GPU-hour?",
     "2.79 million H800 SXM GPU-hours"),
    ("Qwen2.5 7B对外报价每千token 0.001元，租A100 40GB每卡时6元，单卡实测2500 tok/s，这个价格是否亏本？", "对比价格1元"),
    ("有文章说训练DeepSeek-V3只花了557万美元，按H800每小时2美元算，这对应多少GPU小时？", "278万 H800 SXM GPU小时"),
    ("A paper reports 355 GPU-years on V100 for their model. Same compute on 1,024 H100s — how many days?",
     "16.0 days on 1,024 H100 SXM"),
    ("Report: up to 1 million TPUs (assume v6e) at ~300W each and a PUE of 1.1 would need over 1 GW. does that "
     "math hold?", "the stated '1 GW' is 3x that"),
    ("we've got $500M, half of it on GPUs, B200 at $35k -- how many can we buy and what's the power draw at 1,000W "
     "each?", "7,142 B200"),
])
def test_what_round_31_leaves_as_it_was(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # ("50 lakh" had been named, not read: the users planned first, today's after them, bare)
    ("We plan 2 crore users by 2027, now we are 50 lakh. Qwen2.5 72B in fp8 on H200, 20 queries per user per day. "
     "How many GPUs now and at 2027 please", "424 for today's 5 million users"),
    ("目标明年日活3000万，现在是500万，Llama 3 70B 在 H100 上，需要多少卡", "现在500万用户需要270张"),
])
def test_users_planned_first_and_today_after(q, part):
    req, res = ask(q)
    assert part in res.headline and req.params["users"] < req.params["users_to"]


def test_a_claimed_power_for_a_fleet_is_answered_in_the_headline():
    # the check was a figure and a step only; the headline said "166 MW for 100,000 H100 SXM" and
    # left "is that right?" to the details
    _, res = ask("a 100,000-GPU cluster draws about 150 megawatts. Is that right for H100s?")
    assert res.headline.endswith("the stated '150 megawatts' is 0.9x that") and not res.unused
    _, res = ask("SemiAnalysis says a 100k H100 cluster pulls ~150MW. sanity check w/ 700W/gpu + PUE 1.3?")
    assert "the stated '150MW' is 1.6x that" in res.headline
    # (an amount asked about, "要几百 MW 电", is no claim to answer)
    _, res = ask("GB200 NVL72 一柜大概 300 万美金，老黄说有人下单 1000 柜，那是多少张卡、多少钱、要几百 MW 电？")
    assert "给出的" not in res.headline


@pytest.mark.parametrize("q,part", [
    # sets 531-534 (round 32), after their first run: the readings they exposed, phrased anew
    # ("w/" before a space is "with", not watts)
    ("h200 at $31k w/ 1.3x all-in vs renting at $3.1/hr, 3 yrs at 80% util — which is cheaper?",
     "buying is cheaper over 3 years"),
    # (the count joined to its card by "cluster of" is the fleet replaced, whatever is nearer)
    ("our a100 cluster of 1024 cards, replacing with H200 — how many for the same training load?",
     "323 H200 SXM match the dense BF16 FLOP/s of 1,024 A100 80GB"),
    # (a match with the power asked: the replaced fleet's power beside the new one's)
    ("把1000张V100换成H100，同样算力要几张？能省多少电？", "原来1,000张V100 SXM2为585千瓦（少374千瓦）"),
    # (money is no training compute, even after 算力)
    ("训练算力预算500万美元，租H100每卡时2美元，训13B模型2T token，MFU 40%，够不够？", "预算500万美元是所需的23倍，够用"),
    # (a quoted amount checked in a power answer is named as the amount it is checked against)
    ("Reuters says Meta bought 350,000 H100s at ~$25k, that's $8.75B? and the power at PUE 1.2?",
     "the stated '$8.75B' matches that (within 0.5%)"),
    ("baseline mfu 40%, mfu jump +5 pts, 2,048 h100 on 8b model 15T tokens, days saved?",
     "at 45% MFU instead of 40%: 9.1 days, 1.1 fewer"),
    ("20M mau, dau/mau 0.3, 8 req/dau, 400 tok answers, llama 3 8b on l40s — gpus?", "48 million queries a day"),
    ("GB200 at 1,200W, 72 per rack, PUE 1.2, how many kW per rack?", "104 kW for 72 GB200"),
    ("nvl72 racks x 10, rack price 3M usd, total in rmb?", "US$30 million) for 10 GB200 NVL72 racks"),
    # ("24小时不停" is how the cards run, not for how long)
    ("融资3000万元，租64张H100，每卡每小时20元，24小时不停，能撑几个月？", "这笔预算可租64张H100 SXM约977天"),
    ("raised $20M, compute is ~50% of spend, renting B200 at $5/hr, how many GPUs can run nonstop for 18 months?",
     "152 B200 rented around the clock"),
    ("Meta reports 6.4M GPU-hours on H100 for Llama 3 70B on 15T tokens. implied MFU? someone said ~40-45%",
     "the stated '6.4M GPU-hours' mean 28% MFU; the stated '40-45%' is 1.5x that"),
    ("Tweet: '$500M buys ~20,000 H200s'. at $32k each and 80% of the money on cards, how many really?",
     "12,500 H200 SXM for that budget (chips only); the stated '20,000' is 1.6x that"),
    ("our fleet does 900k tok/s on llama 3 70b, 600 output tokens per request, peak 2x — how many requests/day?",
     "about 64.8 million requests a day"),
    ("dashboard: 1.2M tok/s total over 1,600 h100s, util 70%, per-gpu tok/s? room for 1.5x traffic?",
     "1.5x the traffic would need 105% of them: 1,680 GPUs, 80 more"),
    ("budget $3M, rent H100 at $2/hr, 13B on 3T tokens at 40% MFU, enough?", "the budget of $3M covers it 9.1 times"),
    ("2000张H200跑Llama 3 70B，每天能处理多少次请求？", "约12.2亿次请求"),
])
def test_answers_of_sets_531_534(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


@pytest.mark.parametrize("q,part", [
    # sets 535-538 (round 32), after their sealed run: the readings they exposed, phrased anew
    ("need h100s for 1M dau, 20 req/user/day, 4k prompt 800 answer, llama 3 70b fp8?",
     "568 H100 SXM (71 servers) to serve 20 million queries a day"),
    ("token volume growing 2x every 6 months from 50bn/day, Qwen2.5 72B on H200 - GPUs needed in 18 months?",
     "3,392 H200 SXM"),
    ("5萬張H200嘅資本開支係幾多？每張3.2萬美元，全包成本係晶片1.4倍", "整體約161億元"),
    ("我们现在MFU是38%，如果提高6个点，用64张H100训练一个13B模型、1T token能少跑几天？", "MFU从38%提到44%后约32.4天，少5.1天"),
    ("想给全校2万学生做答疑助手，日活大概25%，每人每天8次，用Qwen2.5 7B跑在L40S上，要几张卡？", "每天服务4万次查询"),
    ("MFU 30% to 45% on the same 8k H100 run for 6e24 FLOPs - how many days saved?",
     "at 45% MFU instead of 30%: 19.5 days, 9.7 fewer"),
    ("If we get MFU from 35% to 50%, how many GPU-hours do we save on a 7B model trained on 2T tokens on H100?",
     "at 50% MFU instead of 35%: 47,167 GPU-hours, 20,214 fewer"),
    ("H200 is 1.8x faster than H100 for training. A job that took 50,000 GPU-hours on the old cards needs how many "
     "GPU-hours on the new ones, and how many node-days on 8-GPU nodes?",
     "27,778 H200 SXM GPU-hours for the run that took 50,000 H100 SXM GPU-hours; 144.7 node-days"),
    ("b200每张卡25万人民币，一台8卡，预算1亿人民币能买多少台？", "（50台，每台8张）"),
    ("我们api卖 1元/百万输入token，4元/百万输出token，h100每小时12元，单卡2500 tok/s，毛利多少", "对比价格5元"),
    ("Academic pricing: DGX H100 list ~$350,000 and we get 10% off. With 4 units, total cost and cost per GPU?",
     "US$1.26 million (RMB 9.07 million) for 4 H100 SXM servers"),
    ("Serving 20M MAU, 25% DAU/MAU, 6 req/day each, 600 output tokens, Llama 3 70B fp8 on H200. GPUs, MW at "
     "1100W/GPU & PUE 1.25, and yearly $ at $0.07/kWh", "190 kW at PUE 1.25; electricity US$116,434 over 365 days"),
    ("我哋而家 a100 有 256 張，想轉 h200，聽講快 4 倍，要幾多張？", "64張H200 SXM相當於256張A100 80GB"),
    # (a measured rate per card sizes whole cards, not the default model's replicas: 4,630, in 579 servers)
    ("现在 500万 dau，年增 100%，人均日 3万 tokens，h200 单卡 3k tok/s，2028 年要多少张？", "4,630张H200 SXM"),
    # (set 533, read again after the sealed run)
    ("slide: 40% MFU today on 512 H100 training a 34B model on 2T tokens; if new kernels get us to 52% how many days "
     "do we save?", "at 52% MFU instead of 40%"),
])
def test_answers_of_sets_535_538(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


def test_users_a_bought_fleet_serves_are_answered_beside_what_it_cost():
    # "how many users can that serve" of a fleet whose purchase price is said: the users (it had been
    # a purchase bill), the price named as what the fleet cost, not used
    _, res = ask("we run 25 DGX H100 boxes (paid ~$280k per server) — how many users can that serve on "
                 "Llama 3 8B with 500-token answers and 15 chats/user/day?")
    assert res.intent == "throughput" and "21.9 million daily users" in res.headline
    # (the price is what the fleet cost: 25 x $280k, said beside the users)
    assert "US$7 million" in res.headline and not res.unused


@pytest.mark.parametrize("q,part", [
    # set 534 (quoted figures checked), read again after round 32's sealed run
    ("sanity: 'one long-context request on Mistral 7B costs less than a cent'. L40S at $1.2/hr, fp8, 64,000 input "
     "tokens and 500 output?", "US$0.00253 per query of 500 tokens"),
    ("fact check: 'Character AI spends ~$300k/day on inference'. assume Llama 3 70B fp8, 20M DAU, 30 queries each, "
     "300 tokens out, H100 at $2/hr", "the stated '$300k' is 2.6x the US$115,296 computed"),
    ("网上说一台HGX H200（8卡）跑Llama 3 70B FP8能扛2000个并发，每个token 40毫秒以内，这个说法靠谱吗？",
     "可同时服务792路并发（每个输出token 40毫秒，合计每秒1.99万个token）；给出的“2000个并发”是计算值的2.5倍"),
    ("HBM ~$12/GB vs DRAM at $2.5/GB. for 50,000 B200 with 192GB each, HBM bill? and is the '6x DRAM' claim right?",
     "at the stated prices HBM is 4.8x DRAM, the 6x said"),
    # (an amount in cents is in dollars a hundredth of it; "a cent" is a number too)
    ("what's the cost per million tokens if an L40S rented at $1/hr does 1,800 output tok/s on Mistral 7B? a blog "
     "said about 20 cents", "the stated '20 cents' is 1.3x that"),
    ("Quick check: 'a 32k-context query on Llama 3 8B costs under a cent'. L4 at $0.8/hr, fp8, 32,000 input tokens "
     "and 1k output?", "US$0.00382 per query of 1,000 tokens) for Llama 3 8B on L4 at $0.8/GPU-h, GPU fully busy; "
     "the stated 'under a cent' is 2.6x that"),
])
def test_quoted_figures_checked_in_the_headline(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


@pytest.mark.parametrize("q,part", [
    # set 535: "(16 cards)" after a partition, pool or cluster is the fleet's count, not a server's size
    ("can our old a100 pool (64 cards) train Llama 2 7B on 20B tokens in under 5 days? mfu maybe 35%",
     "1.3 days on 64 A100 80GB"),
    ("moving a nightly job off the A100 partition (32 cards) onto H200; it took 6 days there, how long on 16 GPUs "
     "after the move?", "3.8 days on 16 H200 SXM for the job that took 6 days on 32 A100 80GB"),
])
def test_a_count_in_brackets_after_a_fleet_is_the_fleet(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


@pytest.mark.parametrize("q,part", [
    # round 33 (sets 539-542): what one user costs, said, is checked against the month computed
    ("媒体报道“Llama 3.1 405B做推理，一个用户一个月成本要50块钱”。假设每人每天20次请求、每次输出800 token，用H200、fp8，"
     "租金每卡每小时15元，核算一下？", "在H200 SXM上每月成本3.58元；给出的“50块钱”是计算值的14倍"),
    ("A report says one user of Llama 3.1 405B costs $7 a month. Assume 20 requests a day per user, 800-token "
     "answers, H200 fp8, rent $2 per GPU-hour. Check it.", "cost US$0.477 a month on H200 SXM; the stated '$7 a month' "
     "is 15x"),
    # a payback someone gave, against the months computed (said twice: named once, used)
    ("sanity check: someone on reddit says an H100 at $2/hr with 60% occupancy pays itself off in 14 months if bought "
     "at $25k. real??", "pays for itself in 30.5 months after electricity; the stated '14 months' is 0.46x that"),
    ("网上有人说H100每小时租2美元，出租率60%，按2.5万美元买，14个月就能回本，靠谱吗？",
     "H100 SXM按18万元买入、以每小时14.4元出租（出租率60%），扣除电费后30.5个月回本；给出的“14个月”是计算值的0.46倍"),
    ("Claimed in the memo: '$1.2M of H100s pays back in 14 months at $2.20/hr.' Assuming $30k per GPU and 70% "
     "utilization, is 14 months plausible?", "the stated '14 months' is 0.49x that"),
    # a rate someone else gave is checked against the modelled one
    ("Customer claims a DGX H100 can do 30k tok/s on Llama 2 70B fp8 - does that check out or are they reading a "
     "marketing slide?", "21,519 output tokens/s for Llama 2 70B on 8 x H100 SXM (FP8); the stated '30k tok/s' is "
     "1.4x that"),
    # an hour of owning someone gave, beside the purchase price
    ("semianalysis claims ~$1.3/hr is the all-in cost of owning an H100. with $28k gpu price, 4yr amortization, "
     "700W, $0.07 kwh does that check out?", "(US$0.862 per GPU-hour; the purchase alone US$0.799); the stated "
     "'$1.3/hr' is 1.5x that"),
])
def test_figures_someone_gave_are_checked(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


def test_a_rate_we_measured_is_no_claim():
    # "say we measure 2,400 tokens/s": the user's own measurement, used as the rate
    _, res = ask("how much energy per token does Llama 3 8B use on an L40S? say we measure 2,400 tokens/s on one card")
    assert res.headline.startswith("0.284 J per output token") and "stated" not in res.headline


@pytest.mark.parametrize("q,part", [
    # round 33: a host renting cards out: the occupancy, in the words hosts use, and the payback it gives
    ("hosting 8x 4090 on vast rn, avg ~$0.35/hr per card and occupancy maybe 60%. cards were $1,800 each. how many "
     "months to pay back?", "a RTX 4090 bought at $1,800 and rented out at $0.35/h (60% occupancy) pays for itself "
     "in 14.7 months after electricity"),
    ("L4 at $0.44/hr vs owning one for $2,500. at 40% rental demand how many months til its paid off? its a 72W "
     "card so power is basically nothing, say $0.13/kWh", "a L4 bought at $2,500 and rented out at $0.44/h (40% "
     "occupancy) pays for itself in 20.0 months"),
    ("去年买的A100 80GB，每张9万，现在市场价每卡每小时只有5元了，出租率50%，电费每度0.55元，每张400W，还要几个月才回本？",
     "A100 80GB按9万元买入、以每小时5元出租（出租率50%），扣除电费后52.3个月回本"),
    # electricity beside a rent: the rent's income, and electricity's share of it
    ("TPU v5e at $1.20/chip-hr, 55% util, ~200W. what share of revenue goes to power at $0.10/kWh?",
     "US$10.4 of electricity over 1 month for 1 TPU v5e (0.26 kW at PUE 1.3, busy 55% of the hours); the rent "
     "brings in US$482 at 55% occupancy: US$472 left after electricity (2.2% of it)"),
    ("4090 box w/ 8 cards pulls ~3.6kW at the wall. at $0.18/kWh whats that per card per month? its rented 65%",
     "US$50 of electricity over 1 month for 1 RTX 4090 (0.585 kW at PUE 1.3, busy 65% of the hours)"),
    # the rent of cards another answer counted ("… and the hourly bill at $1.10/hr?"), and a host's income
    ("for china customers: how many H20 do i need to match 16 cards of H100, and whats the hourly bill at $1.10/hr "
     "per H20? model is qwen2.5 72b", "at US$1.1/GPU-hour they rent for US$83.6 an hour (US$61,070 a month)"),
    ("我们机房还剩 3.5MW 电，PUE 1.3，想全上 H20 做推理出租，单卡含服务器按 650W，能放多少张，按 8 元卡时六成出租率一年收入多少",
     "3.5兆瓦可支撑4,142张H20；按每卡每小时8元、出租率60%，租金收入每小时1.99万元，1年共1.74亿元"),
    ("Power is their constraint: 20 MW contracted, PUE 1.3, B200 at 1.4 kW per GPU all-in, renting at $4.50/hr at "
     "65% utilization. Max annual revenue?", "at US$4.5/GPU-hour and 65% occupancy they bring in US$32,143 an hour, "
     "US$282 million over 1 year"),
    # a break-even token price is the hour's cost over its tokens
    ("ppl keep asking for H100 NVL. if i list at $2.60/hr and it serves llama 3.3 70b at 1,400 tok/s/gpu, whats my "
     "break-even token price at 50% util?", "US$1.03 per million output tokens"),
    ("A100 80G 现在租一小时 才 6块钱 了，一台 8卡 的机器 30天 能收多少租金", "租8张A100 80GB 30天需要3.46万元"),
    # a day's rent in the currency the rent was said in
    ("租4张H200，每卡每小时25元，多少钱？", "租4张H200 SXM每天2,400元（333美元）"),
])
def test_renting_cards_out(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


@pytest.mark.parametrize("q,part", [
    # round 33: purchases at a stated price beside other answers (whole servers at a server's price)
    ("We're quoting an 8x L40S inference box at $72k. Customer wants to run Mistral 7B for 1M DAU at 20 "
     "req/user/day, 300 output tokens. How many boxes + total $?", "26 L40S (4 servers) to serve 20 million "
     "queries a day with Mistral 7B; buying them: US$288,000"),
    ("Re: quote - customer is pricing Gaudi 3 at $157k per 8-card server, needs 400 cards total for Llama 2 70B "
     "inference. total hw cost, and roughly what tokens/s should they expect?", "(50 servers of 8); buying them: "
     "US$7.85 million"),
    ("gaudi 3 box (8 cards) is ~$125k? for llama 3.1 70b bf16 at 400 concurrent users, how many boxes + total capex",
     "8 Gaudi 3 (1 server) for 400 concurrent streams with Llama 3 70B; buying them: US$125,000"),
    # (no server holds 400 cards: the fleet's count)
    ("Gaudi 3 at $157k per server, 400 cards, total hw cost?", "US$7.85 million (RMB 56.5 million) for 50 Gaudi 3 "
     "servers at the stated price"),
    ("Customer wants 3 racks of GB200 NVL72 but their site caps racks at 100kW, and each rack is ~132kW at full load. "
     "How short are they on power, or how many extra rack positions would they need?", "3 of them are 96,000 W "
     "short, and draw the power of 4 rack positions at 100,000 W (1 more)"),
    ("customer says training budget ~$8M, they'll rent H100 at $1.99/hr. how many gpu-hours is that and how many days "
     "on 1,024 GPUs?", "the budget rents 4.02 million H100 SXM GPU-hours (5.73e+24 BF16 FLOPs at 40% MFU); 163.6 "
     "days on 1,024 H100 SXM"),
    ("gpu-years: we have 2,500 GPU-years of H100 at 40% MFU. How many tokens can we train a 70B model on? and with "
     "20% higher MFU?", "2 options compared; first: 74.3 trillion training tokens"),
    ("Token economics check: we price output at ¥12 per million tokens. Qwen2.5 7B on L4 cards, each does ~900 tok/s, "
     "electricity 0.6 CNY/kWh, card draws 72W. What's our power cost per 1M tokens vs the price?",
     "its electricity: RMB 0.01733, 0.14% of the stated token price"),
    ("張經理，客戶手上有3萬張H20，想知跑DeepSeek R1 FP8一日可以處理幾多token？利用率當60%計。", "每天輸出4810億個token"),
    ("8 卡 H100 一台，llama 3.1 8b bf16，tp=1，每个 replica batch 上限 128，整机最大 tokens/s 大概多少？",
     "每秒输出6.13万个token"),
    ("我们自己压测 L40S 跑 Qwen2.5 7B，单卡 2400 tokens/s 左右，日 token 量 50 亿，要几张卡？", "需要49张L40S"),
    ("Llama 3.1 405B fp8 一台 HGX H100 装得下吗？8 张 80GB 的那种", "在8张H100 SXM上放得下"),
])
def test_stated_prices_and_shares_used_round_33(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


@pytest.mark.parametrize("q,param,value", [
    ("API 定价每百万输出 token 8 块钱，输入 2 块，平均每次 2000 输入 500 输出，H20 租 8 元一卡时，跑 Qwen2.5 72B 毛利多少？",
     "cny_per_million_input_tokens", 2.0),
    ("H100 at 700W, $0.07 kwh, yearly power bill?", "electricity_usd_per_kwh", 0.07),
    ("按3万美元买100张H100要多少钱", "price_usd", 30_000.0),
    ("Llama 3.1 405B fp8 一台 HGX H100 装得下吗？8 张 80GB 的那种", "hbm_gb_per_gpu", 80.0),
    ("our site used 5,000 kWh yesterday on 8 H100 servers, what's the bill at $0.1/kWh?", "electricity_usd_per_kwh",
     0.1),     # (an amount of energy is no price per kWh)
])
def test_amounts_read_round_33(q, param, value):
    assert read(q).get(param) == value


@pytest.mark.parametrize("q,part", [
    # round 33, sealed sets 543-546 after their first run
    ("we're pulling the S19s out of a 10 MW building. PUE was 1.08 on immersion. if we put L40S in at 350W ea, how "
     "many cards can the building take?", "26,455 L40S on 10 MW"),     # (bitcoin miners are no accelerators)
    ("ROI check: $48M budget, GB200 NVL72 racks at $3.4M each, rent out at $3.80/gpu/hr, 75% utilization, power 4c. "
     "payback?", "rented out at $3.8/h (75% occupancy) pays for itself in 23.2 months after electricity"),
    ("buy H100 at 25k today, rent at $2.00/hr, 85% util, power 6c/kWh, 700W, pue 1.4. whats the payback and the "
     "36-month profit per card?", "(break-even after 20.7 months)"),
    ("一个8卡H100服务器二手现在大概18万美元，电费按0.08美元/kWh，出租每卡每小时1.8美元，利用率60%，多久回本？",
     "扣除电费后30.8个月回本"),
    ("what's our cost per million tokens serving mixtral 8x7b on A100 80GB if power is 4.5c/kWh, card was $9k "
     "amortized over 36 mo, and we see 1,800 tok/s per GPU?", "US$0.0601 per million output tokens"),
    ("how many tokens/day can a 10MW H100 site push on llama 3 70b fp8 assuming 700W and pue 1.3? and at $0.50/M "
     "output whats daily revenue", "together about 2.05 trillion tokens a day, US$1.02 million a day at the stated "
     "token price"),
    ("假设某App目前有1000万月活用户，日活/月活比为0.25，每个日活用户每天消耗3万个token。模型为Qwen2.5 72B，部署在H20上，"
     "单卡吞吐为每秒1200个token。(1) 当前需要多少张H20？(2) 若月活增长到5000万，需要多少张？", "现在1000万用户需要1,448张"),
    ("Token pricing problem. Suppose an API charges $3 per million input tokens and $15 per million output tokens. "
     "A customer sends 10,000 requests per day, each with 2,000 input tokens and 500 output tokens. (a) What is the "
     "daily bill? (b) What is the monthly bill?", "10,000 requests a day: US$ 135 a day, US$ 4,109 over 1 month"),
    ("Suppose a company has a fleet of 10,000 H100s running at 35% MFU and improves its software stack to reach 45% "
     "MFU. (a) How many GPUs could it retire while keeping the same throughput? (b) At $2.20 per GPU-hour, what is "
     "the annual saving?", "2,222 H100 SXM freed: 10,000 at 35% do the same work as 7,778 at 45%; their rent saves "
     "US$42.9 million over 1 year"),
    ("假設一間公司有3000張H100，MFU由38%提升到46%，訓練一個700億參數模型用15萬億token，可以快幾多日？",
     "MFU從38%提到46%後約53.4天，少11.2天"),
    ("Check a claim: an article says training Llama 3.1 405B used about 3.8e25 FLOPs. Suppose it was trained on 15.6T "
     "tokens. Is the claim consistent? How many H100-days would it take at 40% MFU?", "the stated 3.8e+25 FLOPs are "
     "1.00x the rule of thumb, parameters x tokens x 6 (3.8e+25)"),
    ("假设某公司预算为10亿元人民币，其中60%用于采购GPU服务器。若每台DGX B200服务器价格为350万元，能买多少台？共多少张卡？",
     "这笔预算可买171台服务器（1,368张B200）"),
    ("华为云上租H100一小时多少钱", "租1张H100 SXM 1小时需要2.5美元"),      # (an hour, not 0.04167 days)
    ("1.5万张H100，利用率30%提到六成能省多少张？每卡每小时15元，一年省多少钱？", "省下的租金1年共9.86亿元"),
    ("A report claims 1M H100s use ~13 TWh/yr. check that at 700W, PUE 1.3, 80% utilization?",
     "the stated '13 TWh' is 2x the 6.38 TWh computed"),
    ("有报告说100万张H100一年用电130亿千瓦时，按700W、PUE 1.3、利用率80%核算一下？", "给出的“130亿千瓦时”是计算值63.8亿千瓦时的2倍"),
    ("Public-sector assistant for 300M citizens, 5% daily active, 4 queries/day, 800 output tokens, Qwen2.5 72B on "
     "H20. fleet size?", "2,072 H20 (259 servers) to serve 60 million queries a day"),
    ("infra says we get ~2,400 tok/s per GPU on H100 with our 8B model. product wants 4B tokens/day. how many GPUs + "
     "what's $/user/mo at 6M MAU? rent $2/hr", "39 H100 SXM (5 servers) to serve 8 million queries a day with 8B "
     "model; US$0.0095 per user a month"),
    ("pricing check before the launch review: sub is $9.99/mo, avg user burns ~60k tokens/day, we pay $0.60 per 1M "
     "tokens via API. what's gross margin per user?", "a month of it is 11.0% of the 9.99 US$ each pays"),
    ("is $4.99/mo enough?? heavy users ~150k tokens/day, Qwen3-30B-A3B self-hosted on L40S, $0.9/hr per card",
     "One user's 150,000 tokens a day cost US$0.296 a month on L40S, 5.9% of the US$4.99 each pays"),
    ("at $19.99/mo and 200k paid subs, each doing ~25k tokens/day on DeepSeek R1 via H200 at $3.5/hr, are we "
     "underwater on margin?", "GPU cost per user a month US$1.43"),
    ("产品这边想知道：每个session输入6000 token、输出2000 token，日活1500万，人均每天1.8个session，用B200跑Llama 3.1 405B fp8，"
     "要多少张卡？", "每天服务2700万次查询需要4,088张B200"),
    ("DAU is 700k, peak hour is ~4x the daily average, each user does 15 requests/day. target TTFT under 500ms. "
     "mistral 7b on 4090s — how many boxes if 8 GPUs per box?", "60 RTX 4090 (8 servers)"),
    ("DAU从600万增长到2000万，Qwen2.5 72B on H200，人均每天12次，输出600 token，要多少卡？",
     "需要1,147张H200 SXM（144台服务器）；现在600万用户需要344张"),
    ("明年日活从100万到300万，Llama 3.1 405B int4 放 H200 上，按 8 卡一台，要几台？", "现在100万用户需要324张"),
    ("quick one: if the api is $0.60 per million input tokens and $2.40 per million output, and each request is 1500 "
     "in / 400 out, what's our cost per 1k requests?", "US$ 1.86 per 1,000 requests"),
    ("if our GPU bill is 48 H100 at $2.49/hr running all month, and we have 60k paying users, whats cost per user per "
     "month?", "US$1.46 per user a month"),      # (the 48 stated, not the fleet the default load needs)
])
def test_answers_of_sets_543_546(q, part):
    _, res = ask(q)
    assert part in res.headline, (res.headline, res.unused)
    assert not [u for u in res.unused if u.text != "19s"]


@pytest.mark.parametrize("q", [
    "华为CloudMatrix 384超节点能不能放进我们原来的矿场？20MW能放几套，跑推理一年收入多少？",
    "华为的卡能跑DeepSeek吗",
    "can huawei chips run llama 3 70b?",
])
def test_a_maker_with_no_catalogued_chip_is_named_not_replaced(q):
    # sized as H100 (the default) before: the maker's product, or its cards, are not in the catalog
    with pytest.raises(CalcError) as err:
        ask(q)
    assert err.value.kind == "unknown_accelerator"


def test_message_tables_have_no_key_twice():
    # a key written twice silently replaces the first one's text (a headline printed its braces)
    import ast
    from pathlib import Path
    tree = ast.parse(Path(__file__).parents[2].joinpath("calc", "text.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


@pytest.mark.parametrize("q,part", [
    ('预计AI助手月活1.2亿，DAU占比30%，人均每天5次对话，每次输入800 tokens、输出400 tokens，Qwen2.5 72B跑在H20上，要多少张卡？',
     '用Qwen2.5 72B每天服务1.8亿次查询需要5,548张H20（694台服务器）'),
    ('we have ~340M mobile subs, planning an AI assistant in the app. if DAU share is 8% of subs and each DAU does 6 chats/day at 1.5k tokens out per chat, how many tokens/day is that? and how many H20s at 40% utilization',
     '72,536 H20 (9,067 servers) to serve 163 million queries a day with GPT-3 175B'),
    ('AI助手增值包每月10元，用DeepSeek V3 fp8跑在H200上，每用户每天20次对话、每次输出600 tokens，H200按每卡每小时18元租，毛利还剩多少？',
     '每个用户每天1.2万个token，在H200 SXM上每月成本0.911元，占每人收费10元的9.1%：每用户每月剩9.09元'),
    ('我们省公司智算中心有2000 PFLOPS（FP16）算力，全部拿来跑Llama 3 70B推理，平均每次请求输出300 tokens，一天能撑多少次请求？',
     '2 EFLOPS按100%利用率跑Llama 3 70B，每天最多处理1.22万亿个token（每秒1420万个）；按该输出长度每天约40.8亿次请求'),
    ('我们ARPU是48.5元，想让AI助手的推理成本不超过ARPU的2%，按每用户每天3万tokens算，token单价要压到多少元/百万tokens？',
     '每百万token最多1.06元：每用户每月91.3万个token，最多花0.97元（每人收费48.5元的2%）'),
    ('AI助手用户3000万，每年增长80%，到2028年需要多少张H20？模型Qwen2.5 72B，每人每天8次对话，每次500 tokens输出。',
     '用Qwen2.5 72B每天服务7.78亿次查询需要2.02万张H20（2,527台服务器）'),
    ('全网日均token调用量目标100亿，DeepSeek V3跑H20（96GB），要几台8卡服务器？',
     '用DeepSeek-V3每天服务2000万次查询需要1,152张H20（144台服务器）'),
    ('老机房单机柜供电只有12kW，放H20服务器（整机约6.5kW）每柜能放几台？1000台要多少机柜？',
     '12,000瓦的机柜可放1台8卡H20整机（每台6,500瓦，余5,500瓦）；1,000台需要1,000个机柜'),
    ('for the BOM review: H20 has 96GB HBM3, if HBM runs ~$15/GB how much of a ¥11万 card is memory? fx 7.2',
     "0.096 TB of HBM in 1 H20, about US$1,440 at $15/GB; 9.4% of the card's price"),
    ('npc barks + quest dialogue, 1.5M DAU, avg player triggers ~30 npc turns/day, 80 tok out 600 tok in. llama 3 8b on H100. how many h100s at peak, assume peak is 2.5x avg',
     '14 H100 SXM (2 servers) to serve 45 million queries a day with Llama 3 8B'),
    ("bench'd llama 3 8b int8 on a 4090: ~1,900 tok/s aggregate at batch 32. we need to serve 12M npc lines a day at 90 tokens each. how many 4090 boxes (4 cards per box)?",
     '14 RTX 4090 (4 servers) to serve 12 million queries a day with Llama 3 8B'),
    ('if we move npc inference from A100 80GB to H200, how many fewer gpus? currently 96 cards running the dialogue service',
     '31 H200 SXM match the dense BF16 FLOP/s of 96 A100 80GB'),
    ('License data: 30,000 provisioned seats, DAU/MAU of 0.35, 22 requests per daily active user. Model: Llama 3.1 70B on H100 in fp8. What fleet size do we need?',
     '2 H100 SXM (1 server) to serve 231,000 queries a day with Llama 3 70B'),
    ('During the vendor PoC, one 8x H100 node sustained 9,500 output tokens/s on Llama 3.1 70B fp8. Our projected load is 1.2 billion output tokens per working day, spread across 10 working hours. How many nodes should we order?',
     '30 H100 SXM (4 servers) to serve 2.4 million queries a day with Llama 3 70B'),
    ('我哋公司有3,500個同事，每人每日大概問AI助手20次，每次答覆約400個token。想用兩部8卡L40S伺服器行Llama 3.1 8B，夠唔夠？',
     '用Llama 3 8B每天服務7萬次查詢需要1張L40S（1台服務器）；你給出的2台服務器（16張卡）是它的16.00倍'),
    ('Memo for the CIO: please compare the 3-year TCO for on-prem vs cloud. Option A: purchase 4x DGX H100 at the vendor quote of $310,000 per server. Option B: rent the same 32 GPUs at $2.85 per GPU-hour. Colo power is $0.12/kWh at PUE 1.4. Which option is cheaper?',
     'rchase alone US$1.47); renting the same GPUs for those hours: US$2.4 million, 1.69x owning'),
    ("Llama 3.1 405B on 16k H100s at 38% MFU, 15.6T tokens — how many days, and what's the GPU-hour bill at $2/hr?",
     '3.8e+25 FLOPs: 73.1 days on 16,000 H100 SXM, about US$56.1 million'),
    ('同样1万张H100训练Llama 3 70B，MFU从35%提升5个百分点，15T tokens的训练时间能省几天？',
     '6.35e+24 FLOPs：10,000张H100 SXM需要21.2天；MFU从35%提到40%后约18.6天，少2.7天，约1270万美元'),
    ('our training job on H800 runs at 32% MFU; if we tune it to 45%, how many days saved on a 70B run over 1.4T tokens with 1024 GPUs?',
     ' on 1,024 H800 SXM; at 45% MFU instead of 32%: 14.9 days, 6.1 fewer, about US$1.03 million'),
    ('H200 每張約 3.2 萬美元，HBM 141GB，若 HBM 每GB 成本 12 美元，HBM 佔售價比例多少？',
     '1張H200 SXM共有0.141 TB HBM，按每GB 12美元約1,692美元；佔卡價的5.3%'),
    ('Moving DeepSeek R1 serving from H800 to H20 (export-compliant), fp8, 50ms TPOT: how many more GPUs for 2,000 concurrent users?',
     'ervers) for 2,000 concurrent streams with DeepSeek-V3; the second: 224 GPUs, 144 more'),
    ('会员定价每月18元，每个用户每天大概消耗3万token，模型成本按每百万token 2元算，毛利多少？汇率7.2的话折合多少美元',
     '每用户1个月1.826元（每天3万个token，每天0.06元）；一个月的token费占每人收费18元的10.1%，剩16.2元；按汇率7.2，1.83元折合0.254美元'),
    ('total GPU-hours: 4B world model, 2 epochs over 3T tokens, A100 80GB at 45% MFU',
     '1.44e+23 FLOPs: 284,900 A100 80GB GPU-hours, about US$284,900'),
    ('world model 12B params, ~15T video tokens, 1024 cards H200 @38% mfu -> cluster days?',
     '1.08e+24 FLOPs: 32.5 days on 1,024 H200 SXM, about US$2.79 million'),
    ('in-car assistant VLM = Qwen2.5 7B finetuned. 200k vehicles, each ~40 queries/day, 800 input tok + 150 output. served from DC on L4. how many L4s?',
     '42 L4 (6 servers) to serve 8 million queries a day with Qwen2.5 7B'),
    ("sell-side says 2025 NVL72 shipments ≈ 30k racks → that's ~2.16M GPUs right? sanity check pls",
     '5.4e+03 EFLOPS from 2,160,000 GB200 at dense BF16'),
    ("How many megawatts would roughly 50,000 chips pull? They're H200s, say 700 watts each, and the building overhead is about 1.3.",
     '45.5 MW for 50,000 H200 SXM (PUE 1.3)'),
    ("We're moving from A100 to H100. We have 4,000 of the old ones today - how many new ones get us the same horsepower?",
     '1,262 H100 SXM match the dense BF16 FLOP/s of 4,000 A100 80GB'),
    ('How many Gaudi 3 chips for 40 million monthly users, maybe a quarter of them active daily, on Llama 3 70B? And the total cost if each chip is about $16k?',
     'servers) to serve 100 million queries a day with Llama 3 70B; buying them: US$8.9 million'),
])
def test_answers_of_sets_547_554(q, part):
    # round 34 (sets 547-554: telecom planners, game studios, enterprise IT, chip analysts, a Taiwan
    # reporter, robotics teams, executives, FinOps): each was refused, sized on a default or read wrong
    _, res = ask(q)
    assert part in res.headline, (res.headline, res.unused)
    assert [u.text for u in res.unused] in ([], ["batch 32"])


@pytest.mark.parametrize("q,kind", [
    ("用 NVIDIA Cosmos 世界模型做 post-train，H100 512 卡大概要多少天？", "unknown_model"),
    ("π0 这种 VLA 在 4090 上推理能跑多少 Hz？一台 8 卡 4090 能带几个机器人？", "unknown_model"),
    ("Another quote came in for Qualcomm Cloud AI 100 Ultra cards at $9,500 each. For a 2,500-seat deployment of Llama "
     "3.1 8B, how many cards would we need and what is the 3-year TCO vs. L40S?", "unknown_accelerator"),
])
def test_names_outside_the_catalog_round_34(q, kind):
    # (the Qualcomm card was sized as the L40S named beside it; the models asked for a user count)
    with pytest.raises(CalcError) as err:
        ask(q)
    assert err.value.kind == kind


@pytest.mark.parametrize("q,part", [
    # FinOps (set 554): a bill split per team, one line each; reserved against on-demand at a stated use
    ("team split for Oct, all H100 @ $2.85/hr blended:\nml-research: 48 GPUs\nsearch: 16 GPUs\nads: 32 GPUs\nspend per "
     "team for a 31-day month pls", "96 accelerators in all, US$203,558: US$101,779 to rent 48 H100 SXM for 31 days + "
     "US$33,926 to rent 16 H100 SXM for 31 days + US$67,853 to rent 32 H100 SXM for 31 days"),
    ("各团队本月GPU费用分摊：\n推荐组 H20 96卡\n搜索组 H20 64卡\n大模型组 H20 320卡\n单价 ¥9.8/卡时，按31天算，每组多少钱？",
     "共480张加速卡，350万元（48.6万美元）"),
    ("H100 SXM on-demand $3.90/hr vs 1yr reserved $2.60/hr. we run 256 GPUs but reserved util is only ~55%. which is "
     "cheaper per month?", "US$401,132 over 1 month on demand for 256 H100 SXM, paying only the 55% of hours used; "
     "the second: US$486,221, 1.21x the first"),
    ("H800 包年价 ¥14.5/卡时，按量 ¥22/卡时，我们 256 卡实际利用率才 58%，包年还划算吗？", "第二个方案：239万元（33.1万美元），是第一个的0.88倍"),
    ("reservation waste: 2k reserved H100 @ $2.15/hr, avg util 65% last month. $ wasted/month?",
     "US$3.14 million to rent 2,000 H100 SXM for 1 month; at 65% utilization, US$1.1 million of it pays for idle time"),
])
def test_finops_bills(q, part):
    _, res = ask(q)
    assert part in res.headline, (res.headline, res.unused)
    assert [u.text for u in res.unused] in ([], ["1yr"])


@pytest.mark.parametrize("q,part", [
    ("A100 80GB 按量付费 12 元/小时，包年价 6.8 元/小时，如果每个月只用 40% 的时间，包年还划算吗？",
     "1张A100 80GB按量付费1个月约3,506元（487美元）（只付40%使用的时长）；第二个方案：4,967元（690美元），是第一个的1.42倍"),
    ("V100 fleet (1,200 cards) we're thinking of retiring: each draws ~350W incl host, power at $0.09/kWh, they rent for "
     "$0.30/hr at 35% utilization. do they still cover their electricity?", "renting out 1,200 V100 SXM2 for 1 month at "
     "35% occupancy brings in US$92,043; electricity US$35,897 (all hours at full load), so US$56,146 left"),
    # a rent beside a TCO is the rent compared, not a TCO someone claimed
    ("帮客户算账：自建 1000 张 H100 三年 TCO vs 租 $2.1/小时，哪个划算？单卡 2.6 万美元，电价 0.5 元/度，汇率 7.2",
     "同样的卡租同样的时长：3.98亿元（5520万美元），是自有的1.90倍"),
])
def test_renting_on_demand_reserved_and_out(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)


@pytest.mark.parametrize("q,part", [
    # work per watt asked with a stated speed ratio: the ratio over the two cards' watts, as stated
    ("B200 at 1000W, 2.2x faster than H100. What's the perf/W uplift vs H100 (700W)?",
     "at the stated 2.2x, B200 does 1.54x the work per watt of H100 SXM"),
    ("B200 功耗1000瓦，比H100快2.2倍，H100是700瓦，每瓦性能提升多少？", "按所给的2.2倍速度，B200每瓦的工作量是H100 SXM的1.54倍"),
    ("MI300X draws 750 W and is 1.3x faster than H100 at 700 W; performance per watt?",
     "at the stated 1.3x, MI300X does 1.21x the work per watt of H100 SXM"),
])
def test_work_per_watt_from_a_stated_speed_ratio(q, part):
    _, res = ask(q)
    assert part in res.headline and not res.unused, (res.headline, res.unused)
    assert any(f.name == "work_per_watt_ratio" for f in res.figures)


@pytest.mark.parametrize("q,part", [
    # a side's token price said short, a full stop or the other side's price after it
    ("resell qwen2.5 72b on H200 @ $1.20/M out, $0.40/M in. rent $3/hr per gpu, measured 1,500 tok/s per gpu. "
     "margin?", "against the price of US$1.6"),
    # one box quoted, its power and its period: the owned cost at the stated volume
    ("Cost comparison: on-prem 8x H100 box serving DeepSeek R1 vs an API at $2.19 per million output tokens. We "
     "expect 40M tokens/day. Server quote $280k, draws 10.2 kW, electricity $0.12/kWh, 3-year amortization. What's "
     "our on-prem cost per million tokens?", "owned, at this volume, US$7.34 per million tokens"),
    ("单台HGX H100八卡，买价28万美元，汇率7.25，3年折旧，跑Llama 3 70B整机12000 tokens/s，每百万token折旧成本多少人民币？",
     "折合每百万token约1.96元"),
    # a measured total and a rent per card-hour: the cost per million
    ("our A100 cluster does 900k tokens/s total across 512 cards. per card, and cost per M tokens at $1.5/card-hr?",
     "at US$1.5 per GPU-hour, US$0.237 per million tokens"),
    # a month's price in words, with subscribers about
    ("fifteen bucks a month, 2 million subscribers, each burns 30k tokens a day on Llama 3.1 8B on L40S at $0.9/hr: "
     "covered?", "of the US$15 each pays"),
    ("$3 per million output tokens, $1 per million input. 2k in / 500 out, 10M such requests a day — daily revenue?",
     "US$35,000 a day"),
    # a speed per card said for the fleet to match
    ("need to match 2,000 A100s with H200, assume 2.5x per gpu. how many + monthly rent at $3/hr?",
     "800 H200 SXM do the work of 2,000 A100 80GB"),
    ("each of our 12,000 engineers would use about 40k tokens/day. Llama 3.1 70B on H100. how many GPUs?",
     "to serve 960,000 queries a day"),
    ("We plan 4 replicas of Llama 3.1 405B, each on 8 GPUs (H200). total power at 700 W per GPU?",
     "for 32 H200 SXM"),
    ("目前AI助手覆盖3,000名员工，计划推广到全公司1.2万人。现有H20共24张，按线性扩展还要再买多少张？", "96张H20（新增72张）"),
    ("10万张H100，每张卡3万美元，总成本按芯片的1.4倍算，一共多少亿人民币？汇率7.2", "整体约302亿元"),
    ("Gemma 2 27B on a single H100, we get ~2,600 tok/s @ batch 48. at $2.40/hr how many M tokens/hr and $/M?",
     "US$0.256 per million output tokens"),
])
def test_answers_of_sets_555_558(q, part):
    _, res = ask(q)
    assert part in res.headline, (res.headline, res.unused)
    assert [u.text for u in res.unused] in ([], ["Llama 3.1 405B"])   # (power needs no model)


@pytest.mark.parametrize("q,param,value", [
    ("要求首字延迟不超过1秒、单字输出不超过40ms，并发500，Qwen2.5 72B，要多少张H200？", "tpot_ms", 40),
    ("MI325X vs H200 for Llama 3.3 70B: 2000 concurrent streams, each needs >=30 tok/s. how many of each?",
     "tpot_ms", 1000 / 30),
    ("我们的客服中心有800个坐席，高峰期调用约20次/秒，Qwen2.5 7B跑L40S，要几张？", "qps", 20),
    ("ok so 5M users, each sends 10 prompts, 1,000-token replies, how many H100s is that?", "queries_per_user", 10),
    ("quick one: llama 3.1 405b fp8 on a full 8xH200 node, $3.50/gpu/hr. if we hit 1,200 tok/s aggregate across the "
     "node whats cost per million output tokens?", "observed_tokens_per_s_per_server", 1200),
])
def test_readings_of_sets_555_558(q, param, value):
    req = parse(q)
    assert req.params[param] == pytest.approx(value)


@pytest.mark.parametrize("q,part", [
    # a conversation of several turns is that many requests
    ("Each ticket is ~5 back-and-forth msgs, ~600 tokens per bot message. 18k tickets daily. What's our tokens/day "
     "and what does that cost at $0.60 per million tokens?", "US$32.4 a day for 54 million tokens a day"),
    ("DAU ~400k, about 0.3 support chats per user per day, 6 turns each, Llama 3.1 70B on H100 — GPUs?",
     "to serve 720,000 queries a day"),
    ("我们APP月活300万，日活占比20%，每个日活平均发起1.5次客服咨询，每次3轮。Llama 3 70B在H100上要多少卡？", "每天服务270万次查询"),
    ("DeepSeek V3 API，输入每百万tokens 2元、输出每百万tokens 8元，每张工单输入3000、输出500 tokens，每天4万单，一年多少钱？",
     "1年共14.6万元"),
    # a whole box's draw at the wall, one box priced, a build's price, a count of the card just named
    ("ok so 4-card 4090 rig, whole box pulls 1800W at the wall, i pay 0.28/kWh. running llama 3 70b int8. cost per "
     "million tokens if i get 25 tok/s total?", "26 kWh per 1,000,000 output tokens"),
    ("bought a used dgx a100 for $45k lol. 8 cards, box draws 6.5kW. at $0.19/kWh what does a year of running it "
     "cost vs renting A100s at $1.10/hr", "US$59,074 vs US$77,141 renting 8 A100 80GB"),
    # (the box's 3 kW over its own 6 cards, 500 W each, not over a default 8-card server)
    ("tinybox-style build: 6 cards 4090, box draws ~3kW under load, $0.27/kWh, amortize the $25k build over 18 "
     "months. whats the effective $/gpu-hr?", "US$0.413 per GPU-hour"),
    ("yo how much would it cost to train gpt-2 xl from scratch on rented 4090s (8 of em) at $0.40/hr each, MFU like "
     "30%", "8.5 days on 8 RTX 4090"),
    ("thinking of an L40S for the garage server, ~$7,800 and 350W. how many would i need for 100 concurrent users "
     "on llama 3 8b at ~35ms per token?", "buying them: US$7,800"),
    # hours of each day are the share of the day it runs
    ("4090租的话AutoDL一小时1.98元，自己买一张1.4万，电费0.6元/度，450W，每天用8小时，多久能回本啊", "按33%的时间使用，35.3个月后回本"),
    ("Llama 3.1 8B用L4跑，72W一张，单卡大概每秒400 token，家里电费0.6元/度，每百万token电费几分钱？", "电费约0.039元"),
    ("power math check: H100 SXM box, 8 GPUs at 700W each, $0.13/kWh -> i get ~$524/mo. right? and with PUE 1.3",
     "US$691 of electricity over 1 month for 8 H100 SXM (7.28 kW at PUE 1.3, full load); the stated '$524' is 0.76x"),
    ("Assuming a compute doubling time of ~6 months for frontier runs, how large would a 2e25 FLOP run become "
     "after 36 months?", "1.28e+27 FLOPs"),
    ("采购32768张H100，每张3万美元，整体成本为芯片成本的1.6倍，总资本支出是多少？请按汇率7.1折合人民币。", "整体约112亿元"),
    ("A 1,000-GPU-year allocation of H200s at 45% MFU yields how much training compute, and how does it compare "
     "with 10^25?", "the 8.76 million stated are 1.40x that"),
    ("单卡显存容量翻倍时间大约 2 年，H200 是 141GB，按这个节奏 2030 年单卡 HBM 要多大？", "564（目前141 x 4）"),
    ("机房每柜12kW上限，RTX 4090整机8卡大约3.5kW一台，客户要放1000张卡，要多少个柜子？", "125台需要42个机柜"),
    # a ratio measured against the card named with 的; a price said once is its own card's
    ("Gaudi3 和 H100 比每百万 token 成本：Gaudi3 单卡 $15,000，H100 $30,000，吞吐按 H100 的 0.8 倍算",
     "同样的钱Gaudi 3能做的工作量是H100 SXM的1.60倍"),
    ("Intel 销售说 Gaudi 3 推理比 H100 快 1.5 倍，每张才 1.6 万美元，真的比 H100 划算吗？", "是H100 SXM的2.58倍"),
])
def test_answers_of_sets_559_562(q, part):
    _, res = ask(q)
    assert part in res.headline, (res.headline, res.unused)
    assert not res.unused or [u.text for u in res.unused] == ["每百万 token"]


@pytest.mark.parametrize("q,param,value", [
    ("日活两千万，每人每天10轮对话，每轮输入800 token输出400 token，用Qwen2.5 72B int4，H800部署，要多少卡？", "queries_per_user", 10),
    ("Our weekly actives are 2.4M, DAU/WAU around 0.4, ~15 messages each per day with Qwen2.5 7B on L4s. GPU count?",
     "queries_per_user", 15),
    ("serving something chatgpt-like (assume gpt-3.5 size) to 30M DAU, 8 msgs each, on H100 NVL, how many gpus",
     "queries_per_user", 8),
    ("HBM demand check: if accelerator shipments grow 60%/yr and the average GPU carries 288GB, what's total HBM "
     "in 2027?", "growth_rate_year", 0.6),
])
def test_turns_and_memory_growth_are_not_read_where_they_are_not(q, param, value):
    req = parse(q)
    assert req.params[param] == pytest.approx(value)
    assert "turns_per_session" not in req.params and "memory_grows" not in req.params


@pytest.mark.parametrize("q,kind", [
    # an unknown model's FLOPs against a line to cross, or the tokens its run saw: they need its size
    ("What was the training compute of Llama 4 Behemoth, and does it exceed the 1e26 FLOP threshold?", "unknown_model"),
    ("请估算MiniMax-M1的训练计算量是否超过10^25 FLOP，并估算其在H800上的训练成本。", "unknown_model"),
    ("if xAI trained Grok 4 on 200k H100s for 90 days at 35% MFU, how many training tokens could it have seen?",
     "unknown_model"),
    ("anyone running a 7900 XTX for llama 3 8b? tok/s vs a 4090", "unknown_accelerator"),
])
def test_unknown_names_of_sets_557_561(q, kind):
    with pytest.raises(CalcError) as err:
        ask(q)
    assert err.value.kind == kind


@pytest.mark.parametrize("q,part", [
    # a claimed figure of a run stated in full is checked, the unknown model only named
    ("GPT-4 reportedly trained on 25,000 A100s for 90-100 days. does that line up with the ~2e25 FLOPs people "
     "quote?", "Plausible: the stated 100 days on 25,000 A100 80GB imply 29.7% MFU"),
    ("客服每日30萬次對話，每次輸出800 tokens，用Llama 3.1 405B，一個GB200 NVL72夠唔夠？", "你給出的1個機櫃（72張卡）是它的9.00倍"),
])
def test_stated_runs_and_one_rack_checked(q, part):
    _, res = ask(q)
    assert part in res.headline


@pytest.mark.parametrize("q,part", [
    # a stated fleet owned, over the day's requests (and conversations of several)
    ("老板问cost per ticket：现在每天1.5万tickets，每个ticket平均4条messages，跑在2台8x L40S上，电费$0.10/kWh，"
     "server每台$60k，摊销24个月，算一下？", "每次请求0.003175美元，每次会话（4轮）0.0127美元"),
    ("Cost per ticket if we self-host on 8x H200 and push 40,000 tickets a day? Electricity $0.12/kWh, amortize "
     # (the DGX/HGX H200's 10.2 kW from the server catalog, as the H100 box's)
     "hardware over 36 months.", "US$0.00643 per request"),
])
def test_owned_cost_per_request(q, part):
    _, res = ask(q)
    assert part in res.headline, res.headline
    assert not res.unused


def test_servers_then_their_size():
    req = parse("跑在2台8x L40S上，电费$0.10/kWh，一个月电费多少？")
    assert req.params["servers"] == 2 and req.params["gpus_per_server"] == 8 and "gpus" not in req.params


@pytest.mark.parametrize("q,part", [
    ("we host qwen3-30b-a3b on L40S. ~4k tok/s/gpu at bs 128, rent $0.79/h. how many tokens a day?",
     "2.76 billion output tokens a day (32,000 tokens/s) for Qwen3-30B-A3B on one 8-GPU server of L40S"),
    ("8张H100跑Llama 3 70B，一天能输出多少token？", "每天输出"),
])
def test_tokens_a_day_asked(q, part):
    _, res = ask(q)
    assert part in res.headline, res.headline


@pytest.mark.parametrize("q,part", [
    # a server's draw said after its name beside a rack cap and a site: not the site's power
    ("power cap per rack 60kW, B200 HGX at 14.3kW, facility 12MW total w/ PUE 1.25 — how many racks/servers/GPUs "
     "total", "9,600 kW feeds 160 such racks: 640 servers, 5,120 B200"),
    # the limit worded as a rack's is the rack's, the server's maximum the server's
    ("DGX H100 max is 10.2kW. with a 50kW rack cap how many per rack? tenant has 128 of them — racks needed?",
     "4 servers of 8 x H100 SXM (10,200 W each) fit a 50,000 W rack (9,200 W spare); 32 racks for 128 servers"),
])
def test_rack_caps_of_set_560(q, part):
    _, res = ask(q)
    assert part in res.headline, res.headline
    assert not res.unused
