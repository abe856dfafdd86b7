from __future__ import annotations

import asyncio
import json
import socket

import pytest

from bot.core.assume import parse_assignments
from bot.core.conversation import CalcReady, Core, Question
from bot.core.narrator import NotesNarrator, search_notes
from bot.render.json import to_dict
from bot.store import ChatState, SQLiteStore
from calc import CalcError


@pytest.fixture
def core():
    return Core(narrator=NotesNarrator())


async def test_follow_ups_in_a_chat(core):
    a = await core.answer(Question("how many A100s for 100M users?", chat="x"))
    b = await core.answer(Question("what about H200?", chat="x"))
    c = await core.answer(Question("and in fp8?", chat="x"))
    assert b.result.value("gpus") < a.result.value("gpus")
    assert c.result.value("gpus") <= b.result.value("gpus")
    origins = {x.name: x.origin for x in c.result.assumptions}
    assert origins["users"] == "conversation" and origins["accelerator"] == "conversation"
    other = await core.answer(Question("what about H200?", chat="y"))    # a different chat
    assert other.result is None


async def test_a_change_continues_the_last_request_of_its_kind(core):
    """'at 50% MFU' alone is a training question without a model; after one, it is a change."""
    first = await core.answer(Question("what did GPT-3 cost to train?", chat="t"))
    more = await core.answer(Question("at 50% MFU", chat="t"))
    assert more.error is None
    assert more.result.value("gpu_hours") == pytest.approx(first.result.value("gpu_hours") * 0.8)
    assert {x.name: x.origin for x in more.result.assumptions}["model"] == "conversation"
    alone = await core.answer(Question("at 50% MFU", chat="u"))
    assert alone.error is not None and alone.error.kind == "missing_input"


async def test_a_bare_change_keeps_the_conversation_language(core):
    await core.answer(Question("训练GPT-3要多少钱？", chat="z"))
    more = await core.answer(Question("MFU 50%", chat="z"))
    assert more.lang == "zh" and "万" in more.result.headline
    english = await core.answer(Question("and what about at 60% MFU please", chat="z"))
    assert english.lang == "en"


async def test_a_chinese_question_after_an_english_one_is_answered_in_chinese(core):
    await core.answer(Question("how many H100s for 100M users?", chat="zh-after-en"))
    zh = await core.answer(Question("1亿用户需要多少张H100?", chat="zh-after-en"))
    assert zh.lang == "zh" and "张" in zh.result.headline
    bare = await core.answer(Question("H200", chat="zh-after-en"))   # no words: stays Chinese
    assert bare.lang == "zh"


async def test_per_chat_overrides_apply_where_the_question_is_silent(core):
    q = Question("how many H100s for 100M users?", chat="o")
    base = await core.answer(q)
    state = await core.store.load(q.key)
    state.overrides = parse_assignments("queries=20 peak=3")
    await core.store.save(q.key, state)
    more = await core.answer(q)
    assert more.result.value("gpus") > base.result.value("gpus")
    origins = {x.name: x.origin for x in more.result.assumptions}
    assert origins["queries_per_user"] == "conversation"
    said = await core.answer(Question("how many H100s for 100M users with 5 queries per user?",
                                      chat="o"))
    assert {x.name: x.value for x in said.result.assumptions}["queries_per_user"] == 5


@pytest.mark.parametrize("text", ["queries=-1", "peak=0", "gpu=H1000", "precision=fp3", "foo=2",
                                  "nonsense"])
def test_bad_assumptions_are_refused(text):
    with pytest.raises(CalcError):
        parse_assignments(text)


def test_natural_assumption():
    assert parse_assignments("set queries per user to 20") == {"queries_per_user": 20.0}


@pytest.mark.parametrize("q,words", [
    ("Why does ChatGPT drive HBM demand?", ["HBM", "bandwidth"]),
    ("Why is inference memory-bound?", ["memory", "batch"]),
    ("What happened to SK hynix before the AI boom?", ["SK hynix"]),
    ("How fast did ChatGPT reach 100 million users?", ["100 million"]),
    ("What is China's total computing capacity?", ["202 EFLOPS"]),
    ("Why do GPU makers become water sellers?", ["water sellers"]),
    ("What is MFU?", ["utilization"]),
    ("为什么ChatGPT带动HBM需求？", ["HBM", "带宽"]),
    ("中国的算力规模有多大？", ["202 EFLOPS"]),
])
async def test_offline_narrator_answers_the_article_questions(core, q, words):
    ans = await core.answer(Question(q))
    assert ans.route == "llm" and ans.narrative.source == "notes"
    for w in words:
        assert w in ans.narrative.text
    assert "Source" in ans.narrative.text or "来源" in ans.narrative.text


def test_notes_answer_in_the_question_language():
    assert search_notes("为什么推理受显存带宽限制", "zh")[0].lang == "zh"
    assert search_notes("why is inference memory bound", "en")[0].lang == "en"


async def test_json_contract(core):
    ans = await core.answer(Question("how many H100s for 100M users, and why is HBM the bottleneck?"))
    d = json.loads(json.dumps(to_dict(ans)))
    assert d["route"] == "both" and d["narrative"]["source"] == "notes"
    assert {"intent", "headline", "figures", "assumptions", "references", "steps"} <= set(d["calc"])
    users = next(a for a in d["calc"]["assumptions"] if a["name"] == "users")
    assert users["value"] == 100_000_000 and users["origin"] == "question"
    acc = next(a for a in d["calc"]["assumptions"] if a["name"] == "accelerator")
    assert acc["value"] == "H100 SXM"


async def test_sqlite_store_survives_restart_and_concurrent_writers(tmp_path):
    path = tmp_path / "state.sqlite3"
    core = Core(store=SQLiteStore(path))
    await core.answer(Question("how many A100s for 100M users?", chat="p"))
    again = Core(store=SQLiteStore(path))                    # a restart
    b = await again.answer(Question("what about H200?", chat="p"))
    assert b.result is not None and b.result.value("gpus") > 0

    stores = [SQLiteStore(path) for _ in range(4)]

    async def writer(i: int) -> None:
        for j in range(25):
            st = stores[i % 4]
            await st.save(("t", f"chat{i}", ""), ChatState(turns=[{"role": "user",
                                                                   "content": f"{i}-{j}"}]))
            await st.add_usage(key=("t", f"chat{i}", ""), user="same", day="d", prompt_tokens=1,
                               completion_tokens=1, cost_usd=0.5)

    await asyncio.gather(*(writer(i) for i in range(8)))
    for i in range(8):
        st = await stores[0].load(("t", f"chat{i}", ""))
        assert st.turns[-1]["content"] == f"{i}-24"
    u = await stores[0].user_usage("same", "d")
    assert u.requests == 200 and u.prompt_tokens == 200
    for st in (core.store, again.store, *stores):
        await st.close()


async def test_reset_forgets(core):
    await core.answer(Question("how many A100s for 100M users?", chat="r"))
    await core.reset(("cli", "r", ""))
    b = await core.answer(Question("what about H200?", chat="r"))
    assert b.result is None


class HangingNarrator:
    source = "llm"

    def __init__(self) -> None:
        self.started = asyncio.Event()

    async def stream(self, ctx):
        self.started.set()
        yield "starting "
        await asyncio.sleep(60)
        yield "never"


async def test_shutdown_cuts_a_hanging_narrative_after_the_grace():
    narrator = HangingNarrator()
    core = Core(narrator=narrator)
    task = asyncio.create_task(core.answer(Question("why is HBM scarce?")))
    await asyncio.wait_for(narrator.started.wait(), 10)          # the narrative is under way
    core.begin_shutdown(0.3)
    ans = await asyncio.wait_for(task, 3)
    assert ans.narrative is not None and not ans.narrative.complete


async def test_many_questions_at_once_let_io_through_between_their_computations(core):
    """50 questions arriving together: the reply computed first can leave at once. Its socket is
    polled after a computation or two, not after all 50 (the event loop used to run every
    handler's computation in one pass: 200 Telegram replies held back 0.4 s)."""
    loop = asyncio.get_running_loop()
    r, w = socket.socketpair()
    r.setblocking(False)
    w.setblocking(False)
    computed: list[int] = []
    polled_after: list[int] = []

    def readable() -> None:
        r.recv(16)
        polled_after.append(len(computed))

    loop.add_reader(r.fileno(), readable)

    async def one(i: int) -> None:
        q = Question(f"how many H100s for {i + 1}M users?", chat=f"c{i}")
        async for ev in core.stream(q):
            if isinstance(ev, CalcReady):
                computed.append(i)
                if i == 0:
                    w.send(b"x")          # the first reply goes out on the wire
                break

    try:
        await asyncio.gather(*(one(i) for i in range(50)))
    finally:
        loop.remove_reader(r.fileno())
        r.close()
        w.close()
    assert sorted(computed) == list(range(50)) and computed[:3] == [0, 1, 2]   # in order
    assert polled_after and polled_after[0] <= 2, polled_after


async def test_a_lone_question_does_not_wait_for_a_turn(core):
    turns = core.turns
    await turns.take()                    # nobody else: at once
    assert turns.waiting == 0
    a, b = asyncio.ensure_future(turns.take()), asyncio.ensure_future(turns.take())
    await asyncio.sleep(0)                # both asked in one pass: the first goes, one waits
    assert a.done() and not b.done() and turns.waiting == 1
    await b                               # its turn: the next pass


async def test_a_long_message_is_read_beside_the_event_loop_not_in_it(core):
    """A 2,000-character message of a thousand amounts takes about a second to read (bench/bench_hostile.py).
    Read in the event loop, it held every other chat up that long; read in a worker thread, a short
    question that arrives just after it is answered first, and the long one still gets its answer."""
    from bot.core.conversation import READ_IN_A_THREAD_CHARS
    long_text = "한국어 " + "€1" * 995
    assert len(long_text) > READ_IN_A_THREAD_CHARS
    done: list[str] = []

    async def ask(text: str, chat: str) -> CalcReady:
        async for ev in core.stream(Question(text, chat=chat)):
            if isinstance(ev, CalcReady):
                done.append(chat)
                return ev
        raise AssertionError("no numbers")

    slow = asyncio.ensure_future(ask(long_text, "long"))
    await asyncio.sleep(0.05)                 # the long message is being read
    assert not slow.done()
    quick = await ask("how many H100s for 1M users?", "short")
    assert quick.answer.result is not None and quick.answer.result.value("gpus") > 0
    ev = await asyncio.wait_for(slow, 60)
    assert done == ["short", "long"]
    assert ev.answer.question == long_text
