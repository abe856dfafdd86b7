"""Round 136 (Chinese live-streaming platforms, biotech research computing, Chinese power-grid planners; sealed:
newsrooms, Chinese smartphone makers, venture and private-equity analysts). Found on the first runs: "Nvidia says
1.6x" between two cards read as a growth (a doubling time answered); "8x H100 node measured 12k tok/s" read as the
rate of the 400 nodes projected (111,112 GPUs); "fine-tuned DBRX" sized as GPT-3 (an expected error missed);
"'$0.003 per request' … Check it" answered as a rent conversion; "度电0.5元" read as a budget of 0.5 yuan (an error);
"训练耗电1287兆瓦时" read as 1.29 GW of power; "一年用电不超过1亿度，是真的吗？每台14.3kW" read as a 14.3 kW limit;
"从3500万台涨到9000万台" read as 35 million servers; "NIH S10 shared-instrumentation ask" refused as an unknown
accelerator; "CHF 1.2M … (1$ = 0.88 CHF)" refused (half read as a budget of $0.5). These tests say the same in
other words."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, read


def _headline(q: str) -> str:
    return compute(parse(q)).headline


def test_each_streamer_a_day_is_each_users():
    assert_params("带货数字人周活主播大概100万，日活差不多30万，每个主播每天大概生成25段口播稿，每段输出200 token，"
                  "L40S跑Qwen2.5 7B要几张？", {"queries_per_user": 25, "dau_per_wau": 0.3})


def test_each_users_daily_use_counted_at_tokens():
    assert_params("日活用户200万，每个用户每天用量按3000 token算，L40S跑Qwen2.5 7B要几张？",
                  {"tokens_per_user_day": 3000, "users": 2e6})


def test_a_grant_named_after_its_funder_is_no_card():
    assert_params("Our NIH U24 shared-resource request tops out at $1.5M; if ~70% goes to the cards and H100s run "
                  "about $30k each, how many?", {"budget_usd": 1.5e6, "price_usd": 30000})


def test_the_documents_searched_over_are_no_load():
    params = parse("RAG assistant over ~2M legal filings for ~300 lawyers, maybe 10 questions/day each, 4k-token "
                   "prompts, 300-token answers. How many L40S for Llama 3.1 8B?").params
    assert params.get("queries_per_user") == pytest.approx(10)
    assert "queries_per_day" not in params


def test_characters_read_then_tokens_of_notes_out():
    assert_params("Trial matching: full texts average ~40k characters, ~4 chars per token, and we want ~300 tokens "
                  "of key findings out. 2,000 protocols/day on Llama 3.1 70B. How many H100s?",
                  {"input_tokens": 10000, "output_tokens": 300})


def test_a_protein_language_model_is_a_model():
    assert_params("At ~150 TFLOPS per GPU, a 150M pLM over 100B tokens on 8 A100s takes how long?",
                  {"params": 1.5e8})


def test_each_of_our_people_uses_tokens_a_day():
    assert_params("each of our ~120 analysts uses maybe 50k tokens a day through the tool. what's that per month at "
                  "$0.60 per million tokens?", {"users": 120, "tokens_per_user_day": 50000})


def test_a_budget_in_francs_at_the_stated_rate():
    assert_params("The Zurich group has CHF 900k for a cluster refresh (1$ = 0.9 CHF). L40S around $9k each. "
                  "How many cards?", {"budget_usd": 1e6, "price_usd": 9000})


def test_half_is_a_share_not_a_budget():
    assert_params("B200 about $40k each, and we'd spend about half on GPUs. How many cards with $2M?",
                  {"budget_usd": 2e6, "budget_share": 0.5})


def test_a_claims_limit_is_not_the_servers_power():
    params = parse("供应商说200台DGX H100一年用电不超过2000万度，靠谱吗？每台10.2kW，PUE 1.25").params
    assert params.get("watts_per_server") == pytest.approx(10200)
    assert "server_power_cap_w" not in params


def test_pue_misspelt_before_its_number():
    assert_params("按单卡0.7kW、PEU 1.4、0.6元/度算，1000张H100一年电费多少？", {"pue": 1.4})


def test_the_price_of_a_kwh_in_the_power_trades_words():
    assert_params("1000张H100，单卡0.7kW，PUE 1.3，度电0.42元，一年电费多少？", {"electricity_cny_per_kwh": 0.42})


def test_a_load_factor_is_a_utilization():
    assert_params("5000张H100单卡0.7kW，PUE 1.3，年平均负荷率按70%，年用电量多少？", {"utilization": 0.7})


def test_a_yearly_bill_someone_gave_is_checked():
    q = "他们说5000张A100一年电费才800万，真的吗？单卡含服务器0.5kW，PUE 1.3，电价0.7"
    assert read(q).get("claimed_value") == pytest.approx(8e6)
    assert "计算值" in _headline(q)


def test_megawatt_hours_are_energy_not_power():
    q = "有人说这次训练耗电500兆瓦时，按2000亿token、Llama 2 70B、A100、MFU 40%、PUE 1.2核算对不对？"
    assert read(q).get("claimed_value") == pytest.approx(5e5)
    assert "power_mw" not in parse(q).params


def test_rooms_on_air_at_once_are_streams():
    assert_params("同时开播的直播间大概8000个，每句输入60 token、输出80 token，L4跑Llama 3 8B要几张？",
                  {"concurrent_users": 8000})


def test_in_and_out_said_before_their_counts():
    assert_params("qwen 2.5 7b on L4, in ~900 tok, out ~150 tok, 20k requests/day, how many?",
                  {"input_tokens": 900, "output_tokens": 150})


def test_a_kind_of_tokens_per_user_per_day():
    assert_params("readers average ~1,500 answer tokens per user per day, 200k DAU. Llama 3 8B on L4s, how many?",
                  {"tokens_per_user_day": 1500, "users": 2e5})


def test_a_verdict_on_the_pue_then_its_value():
    assert_params("the room can take 60 kW total and the PUE is awful, ~1.8. how many L40S fit at 350 W each?",
                  {"pue": 1.8})


def test_a_daily_share_said_with_a_doubt():
    assert_params("2M weekly listeners, DAU maybe 20% of that, 3 queries each, Llama 3 8B on L4?",
                  {"dau_per_wau": 0.2})


def test_the_load_bursting_to_a_factor():
    assert_params("20k calls/day, traffic bursts ~6x on election night, Llama 3 8B on L4", {"peak_factor": 6})


def test_places_each_wanting_their_own_cards():
    params = parse("we have 9 regional bureaus and each wants its own 4 L40S. ~30k summaries/day in total, Llama "
                   "3.1 8B. enough?").params
    assert params.get("sites") == pytest.approx(9)


def test_a_service_unit_defined_as_a_named_cards_hour():
    assert_params("we were granted 80k SUs, 1 SU = 2 A100 80GB hours. enough to fine-tune Llama 3 8B on 10B tokens?",
                  {"gpu_hours_per_su": 2})


def test_hours_granted_against_the_hours_needed():
    head = _headline("we have 20,000 H100 GPU-hours. enough to fine-tune Llama 3 8B on 5B tokens?")
    assert head.startswith("enough")


def test_a_jump_from_todays_load():
    assert_params("product wants summaries everywhere, roughly a 20x jump from today's 1k reports/day. how many "
                  "H100 for Llama 3.1 70B?", {"queries_per_day": 20000})


def test_millions_counted_in_tai_are_devices():
    assert_params("覆盖的机型明年从2000万台涨到5000万台，现在云侧400张H20，到时候要多少张？",
                  {"users": 2e7, "users_to": 5e7})


def test_in_and_out_said_in_chinese_before_their_counts():
    assert_params("日活50万，每人每天4次，进800出200，H20跑Qwen2.5 72B要几张？", {"input_tokens": 800, "output_tokens": 200})


def test_regions_each_with_their_own_pool():
    assert_params("按华东、华南2个region部署，各region独立卡池，总日活3000万，人均每天2次，Qwen2.5-72B，H20，每个region几张？",
                  {"sites": 2})


def test_an_mfu_raised_to_in_chinese():
    assert_params("512张H800预训练70B，2T token，MFU现在30%，如果提升到42%能省几天？", {"mfu": 0.3, "mfu_to": 0.42})


def test_a_model_named_in_capitals_after_fine_tuned_is_unknown():
    with pytest.raises(CalcError) as err:
        compute(parse("They fine-tuned ZORB and serve it on 16 H100s at 200 QPS. Enough?"))
    assert err.value.kind == "unknown_model"


def test_a_vendors_factor_between_two_cards_is_a_speedup():
    assert_params("MI325X vs H100 for training, AMD says 1.3x. If the H100 run takes 30 days on 512 GPUs, how long on "
                  "512 MI325X?", {"speedup": 1.3})


def test_one_nodes_measured_rate():
    assert_params("pitch: 8x H200 node measured 9k tok/s on Llama 3.1 8B; they plan 200 nodes for 500k DAU at 20 "
                  "queries/day each. Overbuilt?", {"observed_tokens_per_s_per_server": 9000, "servers": 200})


def test_a_utilization_assumption():
    assert_params("GPU cloud plan: utilization assumption is 70%, rent $2.10/hr per H100, $28k per GPU. Payback?",
                  {"utilization": 0.7})


def test_one_requests_cost_said_is_checked_not_a_budget():
    q = "Deck: '$0.002 per request' for a chatbot. Llama 3.1 70B, 800 tokens in / 200 out, on H100 at $2/hr. Check it"
    assert parse(q).params.get("claimed_value") == pytest.approx(0.002)
    assert "'$0.002 per request' is" in _headline(q)     # checked against the cost computed


def test_the_load_at_the_users_grown_to():
    res = compute(parse("用户从200万增长到1000万，每人每天生成3000 token，每token 0.4J，PUE 1.3，负荷要增加多少？"))
    assert "增加" in res.headline
    grown = next(f.value for f in res.figures if f.name == "power_mw_grown")
    now = next(f.value for f in res.figures if f.name == "power_mw")
    assert grown == pytest.approx(5 * now)
