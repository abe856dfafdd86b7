"""Per-chat ordering in the core (bot/core/order.py): the next question's numbers never wait for an
explanation, explanations and history follow the order of the questions, and commands sent
while a reply streams are never overwritten by it."""

from __future__ import annotations

import asyncio
from contextlib import aclosing

import pytest

from bot.core.conversation import CalcReady, Core, Finished, Question
from bot.core.order import ChatOrder
from bot.store import MemoryStore, SQLiteStore
from tests.conftest import BOTH


class GatedNarrator:
    """Says 'first' at once, then nothing until the test opens the gate; records each call."""

    source = "llm"

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.started = asyncio.Event()
        self.calls: list[str] = []
        self.log: list[str] = []          # what happened, in order

    async def stream(self, ctx):
        self.calls.append(ctx.question)
        n = len(self.calls)
        self.log.append(f"start {n}")
        if n == 1:
            self.started.set()
            yield "first "
            await self.gate.wait()
        self.log.append(f"end {n}")
        yield f"explained {n}."


async def _consume(core: Core, q: Question) -> list:
    async with aclosing(core.stream(q)) as events:
        return [ev async for ev in events]


@pytest.mark.parametrize("store", ["memory", "sqlite"])
async def test_numbers_overtake_a_streaming_explanation_and_settings_persist(store, tmp_path):
    narrator = GatedNarrator()
    core = Core(store=MemoryStore() if store == "memory" else SQLiteStore(tmp_path / "s.db"),
                narrator=narrator)
    first = asyncio.create_task(_consume(core, Question("why is HBM scarce?", chat="c")))
    await asyncio.wait_for(narrator.started.wait(), 5)             # explanation 1 under way
    key = ("cli", "c", "")
    await core.assume(key, {"queries_per_user": 30.0})             # /assume meanwhile
    await core.set_lang(key, "zh")                                 # /lang meanwhile
    second = core.stream(Question(BOTH, chat="c"))
    ev = await asyncio.wait_for(second.__anext__(), 1)             # numbers at once
    assert isinstance(ev, CalcReady) and ev.answer.result is not None
    assert ev.answer.lang == "zh"                                   # the /lang applies
    assumed = {a.name: a.value for a in ev.answer.result.assumptions}
    assert assumed["queries_per_user"] == 30                        # and the /assume
    nxt = asyncio.ensure_future(second.__anext__())
    # barrier: a whole answer in another chat, so the second one has had every chance to run
    await asyncio.wait_for(core.answer(Question("how many H100s for 1M users?", chat="x")), 5)
    assert narrator.log == ["start 1"]        # explanation 2 waits for explanation 1
    narrator.gate.set()
    events = await asyncio.wait_for(first, 5)
    assert events[-1].answer.narrative.text == "first explained 1."
    rest = [await nxt] + [e async for e in second]
    assert isinstance(rest[-1], Finished) and rest[-1].answer.narrative.text == "explained 2."
    assert narrator.log == ["start 1", "end 1", "start 2", "end 2"]  # explanation 2 waited
    state = await core.store.load(key)
    assert state.overrides == {"queries_per_user": 30.0} and state.lang == "zh"
    assert [t["content"] for t in state.turns if t["role"] == "user"] == \
        ["why is HBM scarce?", BOTH]                                # history in question order
    assert len(core.order) == 0                                     # nothing left behind
    await core.store.close()


async def test_a_turn_that_ends_early_lets_no_one_overtake_the_turn_before_it():
    order = ChatOrder()
    key = ("t", "1", "")
    streaming, command, question = order.reserve(key), order.reserve(key), order.reserve(key)
    streaming.numbers_sent()
    command.finish()                          # e.g. /assume, done while the answer streams
    await asyncio.wait_for(question.numbers(), 1)
    log: list[str] = []

    async def explain() -> None:
        await question.explanation()
        log.append("question explains")

    waiting = asyncio.ensure_future(explain())
    # barrier: a task scheduled after it has run, so explain() has had its turn to run too
    await asyncio.ensure_future(ChatOrder().reserve(("other", "", "")).numbers())
    assert log == []                          # still behind the explanation that streams
    log.append("streaming ends")
    streaming.finish()
    await asyncio.wait_for(waiting, 1)
    assert log == ["streaming ends", "question explains"]   # not before the one streaming
    question.finish()
    assert len(order) == 0


async def test_an_abandoned_answer_releases_the_chat():
    core = Core(narrator=GatedNarrator())
    async with aclosing(core.stream(Question("why is HBM scarce?", chat="a"))) as events:
        async for _ in events:
            break                             # the adapter fails after the numbers
    ans = await asyncio.wait_for(core.answer(Question("how many H100s for 100M users?",
                                                      chat="a")), 1)
    assert ans.result is not None and len(core.order) == 0
