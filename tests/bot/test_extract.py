"""LLM-assisted parameter extraction over the real client and a fake OpenAI server."""

from __future__ import annotations

import pytest
from openai import AsyncOpenAI

from bot.core import Core, Question
from bot.extract import Extractor, looks_numeric
from bot.llm import LLMNarrator
from bot.store import MemoryStore
from tests.fakes.openai_server import Stream, ToolCall

MESSY = "we reckon a hundred million folks a day will hit our H100 cluster, how big must it be?"


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
