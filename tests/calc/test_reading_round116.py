"""Round 116 (Chinese airline, airport and railway IT, Baltic engineers in Lithuanian, Latvian and Estonian,
advisory and audit people building business cases, and sealed sets from Chinese steel and petrochemical
groups, Bengali in its own script and Greek): "一个 rack 的 GB200 NVL72" one rack; "HBM每GB按$12算" memory's
price; "按2025年的价格" the memory prices' own date; "每卡时S$4.6" a GPU-hour's rent and "1美元=1.35新元" the
Singapore dollar's rate; "全天9亿output token" the day's tokens; an SU defined in GPU-hours ("1 SU = 2个GPU卡时")
no count of GPUs; "三千来个工艺工程师" people counted in Chinese numerals; "每天约500万英文单词输入" the day's
prompts; "消融实验，一共要做20组" runs; "2.5x p.a." a growth rate; a sheet's cells set inline ("W/GPU in C6 = 1,050"); "3.1 TRY
per kWh" lira; "we have SGD 3M" money to spend;
"each employee (about 6,500 people) burns 20k tokens a day" each one's tokens, the aside skipped; "15,000 charter
parties and emails per day" the day's requests, two nouns counted."""

from __future__ import annotations

import pytest

from calc import compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("上周在达拉斯租了一个 rack 的 GB200 NVL72，实测满载 128kW，电价 $0.09/kWh，一个季度电费多少？",
     {"servers": 1, "watts_per_server": 128_000}),
    ("B200 192GB显存，HBM每GB按$15算，光HBM占一张卡多少钱？", {"hbm_usd_per_gb": 15}),
    ("香港云厂商报价H100每卡时HK$22，1美元=7.8港元，32卡租2个月多少美元？",
     {"rent_usd_per_hour": pytest.approx(22 / 7.8), "local_per_usd": 7.8}),
    ("Qwen2.5 7B on L40S，单卡实测2,100 tok/s，全天12亿output token，要多少卡？", {"tokens_per_day": 1.2e9}),
    ("我们按1 SU = 4个GPU卡时计费，课题组有10万SU，够128张H100跑几天？", {"gpus": 128, "gpu_hours": 4e5}),
    ("Base case: token demand grows 3x p.a.; how many years to 50x?", {"growth_rate_year": 2, "factor": 50}),
    ("Spreadsheet says GPUs in D3 = 2,048 H200, W/GPU in D4 = 1,200, PUE D5 = 1.25. power draw?",
     {"gpus": 2048, "watts_per_gpu": 1200, "pue": 1.25}),
    ("power bill at 2.9 TRY per kWh for 32 H100 at 700 W, 1 USD = 38 TRY, per month?",
     {"electricity_usd_per_kwh": pytest.approx(2.9 / 38)}),
    ("we have AUD 5M; how many H200 at US$32k each?", {"budget_usd": pytest.approx(5e6 / 1.54)}),
    ("给全厂两千来个工艺员用，每人每天问15次，Qwen2.5 7B，L40S要几张？", {"users": 2000, "queries_per_user": 15}),
    ("给全厂八百多个调度员用，每人每天问15次，Qwen2.5 7B，L40S要几张？", {"users": 800}),
    ("法务部每天约300万英文单词输入，1 token≈0.75 words，每天输出约50万token，Llama 3.1 8B在L4上要几张？",
     {"input_tokens_per_day": pytest.approx(4e6), "tokens_per_day": 5e5}),
    ("炼化消融实验，一共要做12组，每组1B模型训200亿token，32张H100，MFU 40%，要多少卡时？", {"runs": 12}),
    ("if every analyst (roughly 1,200 staff) uses 50k tokens a day, Qwen2.5 7B on L40S, how many cards?",
     {"users": 1200, "tokens_per_user_day": 5e4}),
    ("about 9,000 invoices and receipts per day to extract, 1.5k tokens in, 200 out, Qwen2.5 7B on L4?",
     {"queries_per_day": 9000}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round116_readings(q, expect):
    assert_params(q, expect)


def test_memory_priced_at_the_catalogs_own_year_uses_the_year():
    res = compute(parse("HBM按DRAM价格的4倍，按2025年的价格，H200一张141GB HBM光显存值多少？"))
    assert not res.unused


def test_memory_priced_at_another_year_says_why_not():
    res = compute(parse("at 2022 prices, what is the HBM on one H100 worth at 3x DRAM?"))
    assert [u.text for u in res.unused] == ["2022 prices"]
    assert "price history" in res.unused[0].reason
