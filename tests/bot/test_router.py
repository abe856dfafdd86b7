from __future__ import annotations

import pytest

from bot.core.router import route
from calc import parse


@pytest.mark.parametrize("text,kind", [
    ("how many H100s for 100M users?", "calc"),
    ("1亿用户需要多少张H100?", "calc"),
    ("what do 25,000 H100s cost in RMB?", "calc"),
    ("what is the cost of 25,000 H100s?", "calc"),
    ("why does ChatGPT drive HBM demand?", "llm"),
    ("为什么ChatGPT带动HBM需求？", "llm"),
    ("explain why inference is memory-bandwidth bound", "llm"),
    ("英伟达的股价怎么看？", "llm"),
    ("how many H100s for 100M users, and why is HBM the bottleneck?", "both"),
    ("1亿用户需要多少张H100？为什么HBM是瓶颈？", "both"),
    ("what is HBM?", "llm"),
])
def test_route(text, kind):
    assert route(text).kind == kind


def test_follow_up_is_numeric_only_with_a_previous_request():
    prev = parse("how many A100s for 100M users?")
    assert route("what about H200?", prev).kind == "calc"
    assert route("what about H200?", prev).request.params["accelerator"] == "h200_sxm"
    assert route("换成B200呢?", prev).request.params["accelerator"] == "b200"


async def test_bad_number_in_numeric_question_is_a_calc_error():
    from bot.core.conversation import Core, Question

    assert route("how many H100s for -5 users?").kind == "calc"
    ans = await Core().answer(Question("how many H100s for -5 users?"))
    assert ans.error is not None and ans.error.kind == "bad_number" and ans.result is None
