"""LLM-assisted parameter extraction over the real client and a fake OpenAI server."""

from __future__ import annotations

import pytest
from openai import AsyncOpenAI

from bot.core.conversation import Core, Question
from bot.core.llm.extract import Extractor, looks_numeric
from bot.core.llm.narrator import LLMNarrator
from bot.store import MemoryStore
from tests.fakes.openai_server import Stream, ToolCall

MESSY = "our H100 cluster gets hammered by roughly 1e8 humans daily, how big must it be?"


def core_with_extractor(url: str) -> Core:
    store = MemoryStore()
    client = AsyncOpenAI(api_key="sk-test-cccccccccccccccccccccccc", base_url=url, max_retries=0,
                         timeout=5)
    return Core(store=store, narrator=LLMNarrator(client=client, model="m", store=store),
                extractor=Extractor(client=client, model="m"))


async def test_messy_phrasing_is_read_by_the_llm_and_marked(llm):
    llm.queue(ToolCall({"intent": "fleet", "users": 1e8, "accelerator": "H100"}),
              Stream(chunks=["Memory bandwidth sets the count."]))
    ans = await core_with_extractor(llm.url).answer(Question(MESSY))
    plain = await Core().answer(Question("how many H100s for 100M users?"))
    assert ans.route == "both"
    assert ans.result.figures == plain.result.figures           # numbers from the calculator
    origins = {a.name: a.origin for a in ans.result.assumptions}
    assert origins["users"] == "llm" and origins["accelerator"] == "llm"
    assert origins["queries_per_user"] == "default"
    first = llm.requests[0]["body"]
    assert first["tools"][0]["function"]["name"] == "size_infrastructure"
    assert "stream" not in first or not first["stream"]


@pytest.mark.parametrize("args", [
    {"intent": "fleet", "users": -5, "accelerator": "H100"},      # out of range
    {"intent": "fleet", "users": 1e8, "accelerator": "H1000"},    # unknown accelerator
    {"intent": "launch_missiles"},                                 # unknown intent
    {"intent": "fleet", "users": "lots"},                          # not a number
    {"intent": "fleet", "users": 1e8, "gpus_to_say": 1},           # unexpected field
    "{not json",
])
async def test_bad_extractions_are_dropped_not_computed(llm, args):
    llm.queue(ToolCall(args), Stream(chunks=["An explanation."]))
    ans = await core_with_extractor(llm.url).answer(Question(MESSY))
    assert ans.result is None and ans.route == "llm"
    assert ans.narrative.text == "An explanation."


async def test_parsable_questions_never_ask_the_llm_for_parameters(llm):
    ans = await core_with_extractor(llm.url).answer(Question("how many H100s for 100M users?"))
    assert ans.result is not None and llm.requests == []


def test_looks_numeric():
    assert looks_numeric(MESSY) and looks_numeric("需要多少卡")
    assert not looks_numeric("why does HBM matter")


async def test_explanatory_questions_with_numbers_are_not_sized(llm):
    ans = await core_with_extractor(llm.url).answer(
        Question("How fast did ChatGPT reach 100 million users?"))
    assert ans.result is None and all("tools" not in r["body"] for r in llm.requests)


async def test_a_span_the_parser_cannot_place_is_read_by_the_llm(llm):
    """Parsed, but '15 pings' has no meaning the parser can tell: the LLM places it, the
    value must be the one the user wrote, and the answer says who read it."""
    llm.queue(ToolCall({"intent": "fleet", "users": 1e8, "queries_per_user": 15}))
    core = core_with_extractor(llm.url)
    core.narrator = None
    ans = await core.answer(Question("How many H100s for 100M users, each good for 15 pings?"))
    typed = await Core().answer(Question("How many H100s for 100M users with 15 queries per user?"))
    assert ans.result.figures == typed.result.figures
    origins = {a.name: a.origin for a in ans.result.assumptions}
    assert origins["queries_per_user"] == "llm" and origins["users"] == "question"
    assert ans.result.unused == ()
    assert ("15 pings", "queries_per_user") in [(i.text, i.param) for i in ans.result.inputs]


async def test_the_llm_cannot_place_a_number_the_user_did_not_write(llm):
    llm.queue(ToolCall({"intent": "fleet", "users": 1e8, "queries_per_user": 40}))
    core = core_with_extractor(llm.url)
    core.narrator = None
    ans = await core.answer(Question("How many H100s for 100M users, each good for 15 pings?"))
    assert [u.text for u in ans.result.unused] == ["15 pings"]
    assert {a.name: a.origin for a in ans.result.assumptions}["queries_per_user"] == "default"


async def test_a_slow_llm_does_not_hold_the_numbers_back(llm):
    from tests.fakes.openai_server import Hang

    llm.queue(Hang(10))
    core = core_with_extractor(llm.url)
    core.narrator = None
    core.second_reading_s = 0.3
    ans = await core.answer(Question("How many H100s for 100M users, each good for 15 pings?"))
    assert ans.result is not None and [u.text for u in ans.result.unused] == ["15 pings"]
