"""Round 119 (Chinese EV-charging and battery-swap operators, Houston oil-and-gas and energy-trading IT, Kazakh, and
sealed sets from Chinese recruiting and HR platforms, NGOs and humanitarian IT, and Kannada): "月活车主180w" 1.8
million monthly users (had been 180 watts a GPU); "RTX 6000 Ada workstations" an unknown card said so (had been a
server maker's label, and the question refused as not numeric); "1,700 field hands across 140 rigs … How many L4
per rig?" the rigs as sites; "peak concurrency 1.5w" 15,000 streams in a Chinese message."""

from __future__ import annotations

import pytest

from calc import CalcError, compute, parse
from tests.calc.reading_helpers import assert_params


@pytest.mark.parametrize("q,expect", [
    ("会员客服bot下月上线，月活会员250w，日活比按10%，每人每天问3次，Qwen2.5 7B，L40S 要几张？", {"users": 2.5e6}),
    ("field assistant: 900 crew across 60 rigs, ~8 questions a day each, Llama 3 8B on L4 at each rig. How many L4 per "
     "rig?", {"sites": 60}),
    ("目标 peak concurrency 2w，TPOT < 40ms，Llama 3.1 70B fp8 跑 H200，估下卡数", {"concurrent_users": 2e4}),
    # (a guard: passes before and after)
    ("how many H100s for 100M users?", {"users": 1e8}),
])
def test_round119_readings(q, expect):
    assert_params(q, expect)


def test_a_workstation_card_a_server_maker_pitches_is_an_unknown_card():
    with pytest.raises(CalcError) as e:
        compute(parse("HP is pitching RTX 6000 Ada towers for the analysts. How many to serve Llama 3 70B int4 to 30 "
                      "users?"))
    assert e.value.kind == "unknown_accelerator" and "RTX 6000 Ada" in str(e.value)
