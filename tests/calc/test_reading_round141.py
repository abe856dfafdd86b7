"""Round 141 (Chinese autonomous-driving platform teams, satellite engineers, agriculture-tech managers; sealed:
law firms reviewing contracts, Chinese e-commerce search teams, Chinese government auditors). Found on the first
runs: "训练平台全年租卡预算6000万，H800每卡每小时16元，平均能常驻多少张卡" refused as a training run with nothing to
size; "one thousand and twenty-four (1,024) H100 SXM accelerators" (a contract's number in words and digits) left
both unread; "ran 9 days on V100 SXM2 (8 cards). same job on H100 SXM x8" answered the move backwards; "200 of them
talking at the same time" read as 200 GPUs; "审计…费用报价为人民币380万元。请核实报价是否存在高估" answered a payback
of 456 months (the quote read as one card's price); "某规划提出未来3年…增长10倍…期末所需卡数" refused as not numeric.
These tests say the same in other words."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_a_rent_budget_for_a_training_platform_keeps_cards_running():
    req = parse("训练集群全年租卡预算3000万，A100每卡每小时12元，能常驻几张卡？")
    assert req.intent == "capex"
    assert req.params["budget_cny"] == 3e7
    assert req.params["days"] == 365.25


def test_a_budget_with_its_month_between_the_word_and_the_amount():
    assert_params("租卡预算每月200万，H20每卡每小时8元，能租几张？", {"budget_cny": 2e6, "days": 30.4375})


def test_a_budget_for_the_fiscal_year_abbreviated():
    assert_params("we have $900k for the whole FY. H100 at $2.10/hr - how many can run 24/7?",
                  {"budget_usd": 9e5, "days": 365.25})


def test_a_count_needed_said_bare():
    assert_params("quote: MI300X at US$15,000 per card, need 48. total?", {"gpus": 48, "price_usd": 15000})


def test_joules_per_block_of_tokens():
    res = compute(parse("RTX 4090 at 300 W, about 2,000 tok/s on Llama 3 8B. J per 1k tokens?"))
    assert res.intent == "energy"
    assert " J (" in res.headline


def test_a_form_factor_blanked_before_a_bracketed_count():
    req = parse("the old run took 12 days on A100 SXM4 (16 cards). same job on H200 x16, days?")
    assert req.params["from_accelerator"].startswith("a100")
    assert req.params["accelerator"] == "h200_sxm"


def test_part_of_the_people_at_once():
    assert_params("We have 3,000 agents, about 400 of them on calls at the same time. Llama 3 8B on L40S, "
                  "how many GPUs?", {"users": 3000, "concurrent_users": 400})


def test_fine_tunes_counted_as_runs():
    assert_params("We plan 4 different fine-tunes of Llama 3 8B, each on 1B tokens, on 16 H100 at $2/hr. Cost?",
                  {"runs": 4})


def test_the_cards_asked_in_after_a_sentence():
    req = parse("we run 5,000 H100 today and compute must grow 20x by 2030. In B200s, how many?")
    assert req.params.get("match_accelerator") == "h100_sxm"
    assert req.params["accelerator"] == "b200"


def test_a_number_in_words_and_again_in_digits():
    assert_params("The Supplier shall deliver two hundred and fifty-six (256) H200 GPUs at US$31,000 per unit. "
                  "What is the total price?", {"gpus": 256})
    req = parse("The Supplier shall deliver two hundred and fifty-six (256) H200 GPUs at US$31,000 per unit.")
    assert [s.text for s in req.stated if s.param == "gpus"] == ["(256)"]


def test_a_documents_number_is_no_quantity():
    res = compute(parse("Per Amendment No. 4, 128 H100s at $2.20 per GPU-hour for 6 months. Total?"))
    assert not [u.text for u in res.unused]


def test_a_share_of_the_envelope_that_must_be_applied_to_chips():
    assert_params("The loan provides £80 million, of which 'at least 70%' shall be applied to accelerators. "
                  "H100 at US$30,000 per unit, GBP/USD 1.27. How many?", {"budget_share": 0.7})


def test_the_build_said_to_be_an_additional_share():
    assert_params("32 DGX B200 systems at US$500,000 each, with networking and installation estimated at an "
                  "additional 25%. Total?", {"all_in_multiple": 1.25})


def test_a_training_run_against_a_budget_cap_at_a_rent():
    res = compute(parse("The SOW provides for a run of 2e24 FLOPs on H100s at 40% MFU, at $2.40 per GPU-hour. "
                        "Is the budget cap of US$5 million sufficient?"))
    assert res.intent == "training"
    assert "budget of US$5 million" in res.headline


def test_a_claimed_duration_on_a_moved_run_defensible():
    req = parse("The earlier model trained in 30 days on 128 A100 80GB. The new SOW moves it to 128 H100 SXM and "
                "asserts completion in 9 days. Is the schedule defensible?")
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [9]


def test_an_official_moved_run_in_chinese():
    req = parse("经查，原有模型在A100 80GB上使用128卡训练耗时30天，现拟更换为同等数量的H200（128张）。请测算所需训练天数，"
                "并评估厂商“可缩短至6天”的说法是否属实。")
    assert req.params["from_accelerator"] == "a100_sxm_80gb"
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [6]


def test_a_vendor_representation_put_to_an_independent_view():
    res = compute(parse("The contractor represents that training Llama 3 70B on 1T tokens will take 'no more than "
                        "20 days' on 1,024 H100s. We would welcome an independent view."))
    assert "MFU" in res.headline and "published" in res.headline


def test_qps_on_an_ordinary_day_and_the_sale_peak():
    assert_params("QPS平时大概3000，大促峰值冲到5倍，Llama 3 8B，L40S要几张？", {"qps": 3000, "peak_factor": 5})


def test_a_contract_total_compared():
    req = parse("审计：单价人民币12万元/张采购H20，共计五百一十二张，合同金额为人民币陆仟壹佰肆拾肆万元整，请与合同金额比对。")
    assert [s.value for s in req.stated if s.param == "claimed_value"] == [61440000]
    assert "一致" in compute(req).headline


def test_concurrent_users_counted_with_a_count_word():
    assert_params("客服平台并发会话数约5000，Llama 3 8B部署在L40S上，需要多少卡？", {"concurrent_users": 5000})


def test_a_quoted_training_fee_is_the_claim_checked():
    req = parse("某单位委托外部训练Llama 2 7B规模模型，训练token数为1T，使用H800，按每卡时15元计，费用报价为人民币200万元。"
                "请核实报价是否偏高。")
    assert req.intent == "training"
    assert [s.param for s in req.stated if "200万" in s.text] == ["claimed_value"]


def test_growth_over_years_with_the_annual_rate_and_the_end_fleet():
    res = compute(parse("某方案提出未来5年智能算力增长20倍，现有算力为1000张H100。请测算年均增长率及期末所需卡数。"))
    assert fig(res, "gpus") == 20000
    assert fig(res, "annual_growth_factor") == pytest.approx(20 ** 0.2)


def test_tokens_a_day_counted_at():
    assert_params("Qwen2.5 72B在H20上，每天输出token按50亿计，要几张卡？", {"tokens_per_day": 5e9})
