"""Round 134 (Chinese apps going overseas, AI coding assistants, Chinese quant funds; sealed: university HPC centres,
Chinese hospitals, colocation sales engineers). Confident wrong answers the first runs found: "DAU差不多30w" as 30
watts, "a quarter mil for the month" as a quarter of a year, "云上一个月预算8万刀 … 能撑多少DAU" as a card for four
years, "~10.2kW max per node … 40kW racks" swapped, "Cabinets at 18 kW" as a server's draw, "其中每天实际使用…的医生约
1,100人" behind the whole staff, "全院每天…合计约90万输出token" as one answer's length, "卡的采购约占整体预算六成" left
out, "Intel Max 1550 (Ponte Vecchio)" sized as an H100, "舆情量预计要涨10倍" left out of a fleet's growth."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params, fig


def test_w_for_wan_said_of_people():
    assert_params("出海做AI客服，日活大概50w，每人每天10次，Qwen2.5 7B在L40S上要几张？", {"users": 500_000})


def test_w_stays_watts_for_power():
    assert_params("每卡功耗450w，200张L40S，PUE 1.3，多少千瓦", {"watts_per_gpu": 450})


def test_a_fraction_of_a_mil_is_money():
    res = compute(parse("got like half a mil for the month on cloud, how many h100s 24/7 at $2.50/hr?"))
    assert fig(res, "gpus") == 500_000 // (2.5 * 30.4375 * 24)


def test_a_quarter_million_people_stay_people():
    assert_params("a quarter million users, 8 queries a day, Llama 3 8B on L4, how many?", {"users": 250_000})


def test_users_a_rented_budget_serves():
    res = compute(parse("每月预算5万美元，租H100 SXM每小时2.5美元，跑Llama 3 70B，能撑多少DAU？每人每天8次，输入1k输出300"))
    assert any(f.name == "users" and f.value > 0 for f in res.figures)


def test_month_not_a_card_after_shang():
    assert parse("平台上一个月预算3万美元，租H100每小时2美元，能租几张").params.get("gpus") is None


def test_a_nodes_max_and_the_racks_kw():
    assert_params("tenant wants 32 DGX B200, ~14.3kW max per node, how many 60kW racks?",
                  {"watts_per_server": 14300, "server_power_cap_w": 60000})


def test_cabinets_at_a_power():
    assert_params("128 MI300X, 8 per server, servers ~6 kW. Cabinets at 24 kW. how many cabinets?",
                  {"server_power_cap_w": 24000, "watts_per_server": 6000})


def test_the_users_among_the_staff():
    assert_params("全公司员工约5000人，其中每天真正在用AI助手的约1200人，每人每天15次，Qwen2.5 7B在L4上要几张",
                  {"users": 1200})


def test_a_days_total_output():
    assert_params("两台8卡H20实测每台每秒2000 token，全公司每天各业务合计约300万输出token，高峰按3倍，要几台？",
                  {"tokens_per_day": 3_000_000})


def test_the_cards_share_of_the_whole_budget():
    assert_params("预算2000万元，其中卡的采购约占整体预算七成，H20每张11万，能买多少张？", {"budget_share": 0.7})


def test_intel_data_center_max_is_unknown():
    with pytest.raises(CalcError) as err:
        parse("how many GPU-hours to fine-tune Llama 3 8B on 2B tokens on our Ponte Vecchio nodes?")
    assert err.value.kind == "unknown_accelerator"


def test_a_volume_said_with_liang_grows_the_fleet():
    res = compute(parse("调用量预计要涨5倍，现在16张H20跑Qwen2.5 72B，要扩到多少张？"))
    assert "80" in res.headline


def test_a_count_asked_whether_enough_for_a_load():
    res = compute(parse("our 25-person support team on L40S, Llama 3 8B, ~400 chats per agent per day. would 3 be "
                        "enough?"))
    assert any(f.name.startswith("claimed_") for f in res.figures)


def test_tokens_of_something_back():
    assert_params("the reviewer bot reads ~6k tokens of diff and sends ~500 tok of comments back, 3k reviews a day, "
                  "Qwen2.5 72B on H100, how many?", {"output_tokens": 500})
