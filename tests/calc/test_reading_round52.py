"""Round 52 (SOC teams, property management, automotive R&D, academic labs, streaming platforms, Chinese banks,
online travel agencies): a household's monthly charge and its daily tokens ("每户每月收费8元"), hyperparameter
groups as runs, an in-car dev kit and a model whose size ends its hyphenated name as unknown names, and a text's
length read after a summary task's title ("工单摘要：每条报告约1500字")."""

from __future__ import annotations

import pytest

from calc import CalcError, parse
from tests.calc.reading_helpers import assert_read


@pytest.mark.parametrize("q,expect", [
    ("物业AI助手每家每月收费5元，每家每天大概用3000个token，每百万token 8元，能覆盖成本吗？",
     {"cny_per_user_month": 5, "tokens_per_user_day": 3000}),
    ("计划做12组超参实验，每组在Llama 3 8B上训练50亿token，32张H100，要多少GPU小时？", {"runs": 12}),
    ("合同摘要：每份合同约9000字，按1.5字≈1 token，每天2000份，Qwen2.5 72B用H20要几张？", {"input_tokens": 6000}),
])
def test_round52_readings(q, expect):
    assert_read(q, expect)


@pytest.mark.parametrize("q,kind", [
    ("could we train the lane model on DRIVE Thor boards? 200 of them, 1B model on 100B tokens, how long?",
     "unknown_accelerator"),
    ("how many H100 to fine-tune Acme-Vision2-34B on 2M clips in 10 days?", "unknown_model"),
])
def test_round52_unknown_names(q, kind):
    with pytest.raises(CalcError) as e:
        parse(q)
    assert e.value.kind == kind
