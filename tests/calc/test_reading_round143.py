"""Round 143 (Chinese government feasibility studies, open-source LLM hobbyists, NGO program officers; sealed:
airline operations, Chinese securities research assistants, Chinese mining digitalization). Found on the first
runs: "实测单台H20服务器（8卡…）每秒输出约2500个token" sized 32 H20 (the server's rate read as one card's, 8x too
few); "each beneficiary uses ~2,000 tokens a day … 60k registered, maybe a third active" served 4 queries a day;
"max 32 concurrent seqs per replica … Peak concurrency … was around 900 users" sized one L40S; "2x 4090 pulling abt
450W each at the wall" halved each card's watts; "$ per £ about 1.27" was set aside for the catalog's 1.35; "每台每天
上报48次" was read as 48 cards a server. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_one_servers_measured_rate_its_size_in_brackets():
    assert_params("实测单台H200服务器（8卡，跑Llama 3 70B）每秒输出约6000个token，日均输出10亿token，需要几台？",
                  {"gpus_per_server": 8, "observed_tokens_per_s_per_server": 6000})


def test_each_persons_tokens_a_day_whatever_they_are_called():
    assert_params("each farmer uses ~1,500 tokens a day with the advisory bot. 90k registered, about a quarter "
                  "active on a given day. Llama 3 8B on L4, how many GPUs?",
                  {"tokens_per_user_day": 1500, "users": 90000})


def test_a_replicas_batch_and_the_peak_concurrency_far_after_its_word():
    req = parse("vLLM with max 64 concurrent seqs per replica, Llama 3 8B on L4. Peak concurrency during the exam "
                "week was around 1,200 users. How many cards?")
    assert req.params["batch_per_replica"] == 64
    assert req.params["concurrent_users"] == 1200


def test_each_cards_watts_at_the_wall():
    assert_params("my rig is 3x 4090 pulling about 350W each at the wall, power is $0.30/kWh, 25 tok/s per card. "
                  "cost per 1M tokens?", {"watts_per_gpu": 350})


def test_a_single_user_said_in_words():
    assert_params("what tok/s from qwen2.5 72b Q4_K_M on 2x RTX 4090? only me using it", {"concurrent_users": 1})


def test_weight_only_quantizations_by_their_methods_name():
    assert parse("how many concurrent users per L4 w/ llama 3 8b GPTQ at 15 tok/s each?").params["precision"] == "fp4"


def test_gpu_hours_written_with_gpu_and_chinese():
    assert_params("评审给的经验值约12万GPU卡时，租H800按每卡时9元，做2组实验，总费用多少？", {"gpu_hours": 120000})


def test_a_share_kept_for_the_rest_of_the_build():
    assert_params("have $9k for a homelab box, used 4090s are going for like $1,700, how many if i keep 40% for the "
                  "rest of the build?", {"budget_share": 0.6, "price_usd": 1700})


def test_a_multiple_said_as_multiply_by_for_the_build():
    assert_params("6 x H100 at $25k; I multiply by 1.5 for server, networking and install. Total capex?",
                  {"all_in_multiple": 1.5})


def test_more_mfu_points_without_a_verb():
    assert_params("Pretraining Llama 3 8B on 100B tokens, 128 H100s at 38% MFU. The vendor says 6 more MFU points "
                  "is doable - days saved?", {"mfu_gain_points": 0.06})


def test_a_discount_haggled():
    assert_params("runpod quoted $2.49/hr for H100, we negotiated them down 15% for 6 months on 32 gpus. total?",
                  {"discount": 0.15})


def test_a_budget_for_the_project_year():
    assert_params("Our grant has $60,000 for the whole project year. H100 at $2.50/hr - how many can we keep "
                  "running?", {"days": 365.25})


def test_power_spared_for_a_box_is_its_limit():
    assert_params("we can spare about 2 kW for a server. would a box with 4 L4 at 72W each fit?",
                  {"server_power_cap_w": 2000})


def test_cost_per_thousand_conversations_of_turns():
    res = compute(parse("cost per 1,000 chats? Llama 3 8B on one rented L4 at $0.80 an hour, each chat is 4 turns, "
                        "500 tokens in and 150 out per turn"))
    assert "per 1,000 conversations" in res.headline and "of 4 requests" in res.headline


def test_a_fleet_laid_out_in_pools_and_servers():
    res = compute(parse("我们规划2048张H20，按每个资源池256卡划分，可以分几个池？每台服务器8卡的话一共多少台？"))
    assert fig(res, "pools") == 8 and fig(res, "servers") == 256


def test_clusters_of_a_size_asked_of_a_fleet():
    res = compute(parse("If we buy 3,000 H100s, how many 512-GPU clusters is that?"))
    assert fig(res, "pools") == 5


def test_people_counted_in_a_plural_with_ppl():
    req = parse("seeing 90 tok/s on qwen2.5 7b on my 4090. how many ppl could i serve if each sends 30 msgs a "
                "day with 200 tok replies")
    assert req.params.get("ask_users")


def test_a_devices_reports_a_day_are_no_cards_a_server():
    assert_params("设备台数约2000台，每台每天上报24次运行摘要，每次输入800 token，输出100 token，Qwen2.5 7B，用L4要几张？",
                  {"queries_per_user": 24})


def test_a_whole_boxs_watts():
    assert_params("边缘侧一共200台边缘盒子，每台1张L4，整盒功耗按100W算，电价0.6元/kWh，全年电费多少钱？",
                  {"watts_per_server": 100})


def test_a_normal_days_conversations_and_the_traffic_multiple():
    req = parse("The support bot sees roughly 25k conversations on a normal day, 4 turns each, 500 tok in / 200 tok out "
                "per turn. When the outage hits, traffic spikes 5x. How many L40S running Llama 3 8B to hold the peak?")
    assert req.params["queries_per_day"] == 25000 and req.params["peak_factor"] == 5
    assert req.intent == "fleet"


def test_the_pound_rate_named_before_its_number():
    res = compute(parse("power is £0.21/kWh, $ per £ about 1.25. 10 HGX H100 boxes at 10.2 kW each, PUE 1.3. "
                        "yearly electricity in dollars?"))
    assert any(a.name == "usd_per_gbp" and a.value == 1.25 for a in res.assumptions)


def test_a_plan_asked_whether_it_can_be_done():
    res = compute(parse("Can we train a 13B model on 3T tokens within 20 days with 2 DGX H100s?"))
    assert res.headline.startswith("No:")


def test_growth_said_year_over_year_with_a_plus():
    assert_params("云厂商capex今年YoY +45%左右，如果未来3年保持这个增速，届时规模是现在的几倍？",
                  {"growth_rate_year": 0.45})


def test_price_per_pflops_asked():
    assert parse("B200每张3.5万美元、H100每张2.5万美元，FP8下每PFLOPS多少美元？").params.get("per_dollar")


def test_matching_compute_said_with_ding_shang():
    req = parse("只能买H20，要顶上256张H100的训练算力，得多少张？")
    assert req.params.get("match_accelerator") == "h100_sxm"
