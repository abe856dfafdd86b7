"""Round 145 (Chinese ride-hailing platforms, fashion brands, museums and libraries; sealed: Chinese construction
firms, pension funds and asset managers, Chinese anime and web-comic platforms). Found on the first runs: "CA$60,000
(1 USD = 1.37 CAD)" bought L40S as if it were US$60,000; "50k SUs … 1 SU = 1 A100 GPU-hour" checked the run against
1 GPU-hour; "$15,000 and $30,000 per chip respectively" priced HBM instead of compute; "ingests 2 million words a day
… 300-token summaries for 4,000 documents" counted 3.2M output tokens; "$1.8 million … for the whole year … how many
GPUs can we keep running" answered GPU-hours; "每个读者每天大概消耗3000 token" served 6 queries a day; "AW25"
and "SS26" (seasons) refused as unknown accelerators; "an LLM post-OCR correction pass" retracted the pages before it
as corrected. These tests say the same in other words."""

from __future__ import annotations

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


def test_conversations_counted_with_their_counter():
    assert_params("客服一天大概三百万通对话，每通平均5轮，Qwen2.5 7B，L40S要几张？", {"queries_per_day": 3e6})


def test_a_pool_size_asked_with_its_count_of_cards():
    res = compute(parse("一共分到8000张H20，够搭几个两千卡集群？"))
    assert res.figure("pools").value == 4


def test_a_pool_size_said_as_what_the_fleet_is_cut_into():
    res = compute(parse("手上H20一共三千张，切成256卡的池子分给各事业部，够切几个？"))
    assert res.figure("pools").value == 11


def test_fashion_seasons_are_no_accelerators():
    res = compute(parse("the FW24 catalogue needs ~20k descriptions/day, 600 tokens in, 200 out, Llama 3.1 8B on "
                        "L4. how many?"))
    assert res.figure("gpus") is not None
    assert not any("24" in i.text for i in res.inputs if i.param is None)


def test_capitals_joined_by_a_hyphen_served_are_an_unknown_model():
    try:
        compute(parse("we run OOTD-Diffusion for outfit previews, ~50k renders/day, how many L40S?"))
    except Exception as exc:
        assert getattr(exc, "kind", "") == "unknown_model"
    else:
        raise AssertionError("an unknown model was sized as another")


def test_service_units_defined_with_the_card_named():
    res = compute(parse("our allocation is 30k SUs, 1 SU = 1 A100 GPU-hour. enough to fine-tune Llama 3.1 8B on "
                        "2B tokens? assume MFU 40%"))
    assert res.figure("gpu_hours_granted").value == 30_000


def test_service_units_charged_per_gpu_hour():
    res = compute(parse("we got 12,000 SUs and one A100 hour is charged at 3 SUs. Enough to fine-tune Llama 3.1 8B on "
                        "500M tokens for 2 epochs?"))
    assert res.figure("gpu_hours_granted").value == 4000
    assert "12,000 SUs" in res.headline


def test_a_share_kept_back_from_the_budget():
    assert_params("Our grant is $90,000. How many L40S at US$9,000 each can we buy, keeping half for staff?",
                  {"budget_share": 0.5})


def test_a_canadian_dollar_budget_written_ca_dollar():
    res = compute(parse("Budget CA$137,000 (1 USD = 1.37 CAD). How many H100 SXM at US$25,000 each?"))
    assert res.figure("gpus").value == 4


def test_a_day_of_items_said_with_we_do():
    assert_params("we do ~9k per day, each product blurb ~80 words, Llama 3.1 8B on L4, enough?",
                  {"queries_per_day": 9000})


def test_a_correction_pass_is_no_correction():
    assert_params("30k scanned pages a day go through a spelling correction step, 400 words in and out, "
                  "Llama 3.1 8B on L4: how many cards?", {"queries_per_day": 30000})


def test_a_rent_per_card_hour_in_rupees():
    req = parse("MI300X at ₹210 per card-hour (1 USD = 84 INR). Llama 3.1 70B SFT on 1B tokens, MFU 35%. cost?")
    assert "rent_usd_per_hour" in req.params and "price_usd" not in req.params


def test_the_rent_of_a_year_the_catalog_has_none_for_is_named():
    res = compute(parse("at 2023 prices, what does training a 13B model on 1T tokens cost on H100?"))
    assert any(u.text == "2023 prices" and "rent" in u.reason for u in res.unused)


def test_each_options_own_reason_for_a_year_without_a_price():
    res = compute(parse("what did an A100 80GB cost at 2022 prices vs an H100 SXM today? buying 16 of either"))
    why = next(u.reason for u in res.unused if "2022" in u.text)
    assert "A100 80GB" in why and "H100 SXM" in why


def test_branch_libraries_each_with_one_card():
    assert_params("We are 25 branch libraries, each running Llama 3.1 8B on an L4, one card per branch. What's the "
                  "power bill at $0.20/kWh?", {"servers": 25, "gpus_per_server": 1})


def test_rent_paid_today_beside_the_new_cards():
    res = compute(parse("Our batch job takes 10 days on 8x A100. If the H100 SXM is ~2x faster, is renting them at "
                        "$3.00/GPU-hr cheaper than what we pay now ($1.60)?"))
    assert res.figure("cost_per_card_before_usd").value == 10 * 24 * 1.6
    assert res.figure("cost_per_card_after_usd").value == 5 * 24 * 3.0


def test_daily_actives_a_fraction_of_monthly():
    assert_params("400k MAU, DAU about a fifth of that, 4 questions each, Llama 3 8B on L4", {"dau_per_mau": 0.2})


def test_a_server_on_sale_is_its_price_not_a_budget():
    req = parse("A DGX H100 came up second-hand for $180k. How many daily users of Llama 3 70B could it serve with "
                "8 queries per user?")
    assert req.params.get("server_price_usd") == 180_000 and "budget_usd" not in req.params


def test_cards_per_replica_and_the_clusters_of_a_stated_fleet():
    res = compute(parse("We have 64 L40S. For Llama 3.1 70B in fp8 how many do we need per replica, and how many "
                        "16-GPU pools does that give us?"))
    assert res.figure("replicas").value == 32 and res.figure("pools").value == 4


def test_pools_beside_a_purchase():
    res = compute(parse("采购1024张H20，每张12万，按128卡一个池子分，总价多少、能分几个池子？"))
    assert res.figure("pools").value == 8 and res.figure("cost_cny") is not None


def test_a_pinyin_slip_of_concurrency():
    assert_params("要求每token 30ms以内，并法大概500，用Llama 3.1 8B，L40S要几张？", {"concurrent_users": 500})


def test_a_builders_site_offices_are_sites():
    assert_params("全国200个项目部各自本地部署，每个项目部高峰每秒3个请求，Qwen2.5 7B，L4每个项目部几张？",
                  {"sites": 200})


def test_capex_per_unit_of_compute_with_prices_respectively():
    res = compute(parse("Compare capex per unit of fp8 compute for B200 and H100 SXM, assuming $40,000 and $25,000 "
                        "per chip respectively."))
    assert [o.figure("tflops_per_kusd") is not None for o in res.alternatives] == [True, True]
    assert "B200 (US$40,000" in res.alternatives[0].headline


def test_the_matched_cards_priced_in_order():
    res = compute(parse("How many B200 match 4,000 H100 SXM in bf16 compute, and the capex gap at $40k versus $25k "
                        "per unit?"))
    assert res.figure("capex_matched_usd").value == 4000 * 25_000


def test_a_days_reading_is_the_prompts_side():
    res = compute(parse("The assistant ingests about 1.5 million words a day and writes 200-token notes for 3,000 "
                        "files a day. 1 token = 0.75 words. Daily cost at $0.30 per million input tokens and $1.20 "
                        "per million output tokens?"))
    assert abs(res.figure("cost_usd").value - (2e6 * 0.30 + 600_000 * 1.20) / 1e6) < 0.01


def test_a_month_of_rent_for_replicas_beside_their_power():
    res = compute(parse("We run 10 replicas of Llama 3.1 70B at TP4 on H100 SXM. Monthly rental cost at $2.50/hr "
                        "and the power at 1 kW per GPU?"))
    assert res.figure("lease_usd") is not None and res.figure("capex_usd") is None


def test_a_years_rental_budget_kept_running():
    res = compute(parse("We have $900k for GPU rental for the whole year. At $2.25 per GPU-hour for H100 SXM, how "
                        "many GPUs can run continuously?"))
    assert res.figure("gpus").value == 45


def test_each_readers_tokens_a_day_with_its_verb():
    assert_params("每个听众每天大概消耗2000 token，DAU 50万，Qwen2.5 72B，H200要几台？", {"tokens_per_user_day": 2000})


def test_next_year_is_the_horizon_of_a_factor():
    req = parse("推理量明年要翻5倍，现在30张L40S跑满了，明年要多少张？")
    assert req.params.get("period_months") == 12
    res = compute(req)
    assert res.figure("gpus").value == 150


def test_many_cities_each_with_cards():
    assert_params("想在12个城市的机房各放4张L40S，总并发3000路，Llama 3.1 8B，够吗", {"sites": 12})


def test_chapters_a_day_and_their_words_read():
    assert_params("日更200章，每章大约3000个英文单词，按1 token≈0.75词算，翻成中文，Qwen2.5 72B在H100上要几张",
                  {"queries_per_day": 200, "input_tokens": 4000})
