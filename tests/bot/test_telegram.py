"""The real python-telegram-bot Application against a fake Bot API server on loopback."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import sys
import time

import aiohttp
import pytest

from bot.core.conversation import Core
from bot.core.messages import t as t_
from bot.core.narrator import NotesNarrator
from bot.frontends.telegram.app import TelegramBot
from tests.conftest import BOTH, ROOT, llm_core
from tests.fakes.openai_server import Stream
from tests.fakes.telegram_server import FakeTelegram
from tests.ports import free_port


class Running:
    def __init__(self, bot: TelegramBot, app) -> None:
        self.bot, self.app = bot, app


async def start_bot(tg: FakeTelegram, core: Core | None = None, *, webhook: dict | None = None,
                    **kw) -> Running:
    # streamed explanations are edited in as they come, not once a second: the final edit of a
    # throttled stream waits out the rest of the second (1 s of most tests here, doing nothing);
    # the throttle has its own test, with its own interval and an injected clock
    kw.setdefault("edit_interval_s", 0.0)
    bot = TelegramBot(core or Core(narrator=NotesNarrator()), token=tg.token,
                      api_base_url=tg.url, **kw)
    app = await bot.start(webhook=webhook)
    return Running(bot, app)


async def stop_bot(r: Running) -> None:
    await r.bot.stop()


def mid(update: dict) -> int:
    return update["message"]["message_id"]


def replied_to(call) -> int | None:
    """The message a sendMessage call replies to."""
    rp = call.params.get("reply_parameters")
    return rp.get("message_id") if isinstance(rp, dict) else None



async def test_private_question_gets_numbers_then_narrative(tg, llm):
    r = await start_bot(tg, llm_core(llm.url))
    try:
        tg.push(tg.text_message(BOTH))
        await tg.wait_for(lambda: len(tg.texts(42)) >= 2 and "limits decode" in tg.texts(42)[-1])
        texts = tg.texts(42)
        assert "H100 SXM" in texts[0] and "GPUs" in texts[0]             # numbers first
        assert "Memory bandwidth limits decode." in texts[-1]
        assert tg.of("sendChatAction", 42)
        first = tg.of("sendMessage", 42)[0]
        assert first.params["parse_mode"] == "HTML"
    finally:
        await stop_bot(r)


async def test_commands_registered_in_two_languages(tg):
    r = await start_bot(tg)
    await stop_bot(r)
    calls = tg.of("setMyCommands")
    langs = {c.params.get("language_code") for c in calls}
    assert langs == {None, "zh"}
    names = {c["command"] for c in calls[0].params["commands"]}
    assert names == {"start", "help", "ask", "calc", "chart", "gpus", "models", "assume", "reset", "lang",
                     "usage"}


async def test_group_answers_only_when_addressed(tg):
    r = await start_bot(tg)
    try:
        tg.push(tg.text_message("how many H100s for 100M users?", chat_id=-100, chat_type="supergroup"))
        # barrier: a later, addressed question in the same chat; once it is answered, the earlier
        # one has been handled too, and it must have produced nothing
        addressed = tg.text_message("@gpu_test_bot how many H100s for 100M users?", chat_id=-100,
                                    chat_type="supergroup")
        tg.push(addressed)
        await tg.wait_for(lambda: len(tg.texts(-100)) >= 1)
        assert len(tg.texts(-100)) == 1
        assert [replied_to(c) for c in tg.of("sendMessage", -100)] == [mid(addressed)]
        tg.push(tg.text_message("what about H200?", chat_id=-100, chat_type="supergroup",
                                reply_to_bot=True))
        await tg.wait_for(lambda: len(tg.texts(-100)) == 2)
        assert "H200" in tg.texts(-100)[1]
        tg.push(tg.text_message("/ask how many A100s for 1M users?", chat_id=-100,
                                chat_type="supergroup"))
        await tg.wait_for(lambda: len(tg.texts(-100)) == 3)
        tg.push(tg.text_message("@gpu_test_bot hi", chat_id=-100, chat_type="supergroup",
                                thread_id=77))
        await tg.wait_for(lambda: len(tg.texts(-100)) == 4)
        assert tg.of("sendMessage", -100)[-1].params["message_thread_id"] == 77
    finally:
        await stop_bot(r)


@pytest.mark.parametrize("cmd,expect", [
    ("/start", "how many H100s"), ("/help", "/assume"), ("/gpus", "H100 SXM"),
    ("/models", "Llama 2 70B"), ("/calc what do 25,000 H100s cost in RMB?", "RMB"),
    ("/calc why is HBM scarce?", "does not look like a numeric"),
    ("/ask what do 10,000 A100s cost in RMB?", "800"), ("/ask", "Ask what?"),
    ("/assume queries=20 peak=3", "queries per user per day = 20"), ("/assume foo=1", "do not know"),
    ("/reset", "Forgotten"), ("/lang zh", "中文"), ("/lang xx", "/lang en"),
    ("/usage", "admins"),
])
async def test_every_command(tg, cmd, expect):
    r = await start_bot(tg)
    try:
        tg.push(tg.text_message(cmd))
        await tg.wait_for(lambda: any(expect in x for x in tg.texts(42)))
    finally:
        await stop_bot(r)


async def test_usage_for_admins_and_chinese_after_lang(tg):
    r = await start_bot(tg, admin_user_ids=[7])
    try:
        tg.push(tg.text_message("/usage"))
        await tg.wait_for(lambda: any("LLM usage" in x or "Usage" in x for x in tg.texts(42)))
        tg.push(tg.text_message("/lang zh"))
        tg.push(tg.text_message("/help"))
        await tg.wait_for(lambda: any("用中文或英文" in x for x in tg.texts(42)))
    finally:
        await stop_bot(r)


async def test_assumptions_change_later_answers(tg):
    r = await start_bot(tg)
    try:
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: len(tg.texts(42)) == 1)
        tg.push(tg.text_message("/assume queries=30"))
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: len(tg.texts(42)) == 3)
        first, last = tg.texts(42)[0], tg.texts(42)[2]
        assert first.split()[0] != last.split()[0]                  # different GPU counts
        assert "queries per user per day = 30" in last
    finally:
        await stop_bot(r)


class SteppingClock:
    """The bot's clock: real time plus 0.1 s each time the bot reads it (once per streamed token),
    so 30 tokens are '~3 s of tokens' on any machine without the test waiting 3 s for them."""

    def __init__(self) -> None:
        self.t0, self.steps = time.monotonic(), 0

    def peek(self) -> float:
        return time.monotonic() - self.t0 + 0.1 * self.steps

    def __call__(self) -> float:
        self.steps += 1
        return self.peek()


async def test_streaming_edits_are_throttled(tg, llm):
    clock = SteppingClock()
    tg.clock = clock.peek                            # edits are stamped on the bot's clock
    llm.queue(Stream(chunks=[f"word{i} " for i in range(30)]))
    r = await start_bot(tg, llm_core(llm.url), clock=clock, edit_interval_s=1.0)
    try:
        tg.push(tg.text_message("why is inference memory bound?"))
        # (the final edit, not a throttled one that already holds word29 with "still writing…": a barrier on
        # the finished text, so the edits counted are all of them; no final edit fails by timing out)
        await tg.wait_for(lambda: any("word29" in x and "…" not in x for x in tg.texts(42)), timeout=15)
        edits = [c.at for c in tg.of("editMessageText", 42)]
        assert 2 <= len(edits) <= 5                      # ~3 s of tokens, at most 1 edit/s
        gaps = [b - a for a, b in itertools.pairwise(edits)]
        assert all(g >= 0.95 for g in gaps), gaps
        assert "…" not in tg.texts(42)[-1]               # the final edit completes it
    finally:
        await stop_bot(r)


async def test_long_narrative_is_split_under_the_limit(tg, llm):
    para = ("HBM stacks DRAM dies. " * 40).strip()
    llm.queue(Stream(chunks=[para + "\n\n"] * 12))       # ~10,000 characters
    r = await start_bot(tg, llm_core(llm.url))
    try:
        tg.push(tg.text_message("why does HBM matter?"))
        await tg.wait_for(lambda: len(tg.texts(42)) >= 3 and "explained" in tg.texts(42)[-1],
                          timeout=15)
        assert all(len(x) <= 4096 for x in tg.texts(42))
        assert sum(x.count("HBM stacks") for x in tg.texts(42)) == 12 * 40
    finally:
        await stop_bot(r)


async def test_html_in_question_and_answer_is_rendered_literally(tg, llm):
    evil = "You asked about <b>bold</b> & </pre> <script>"
    llm.queue(Stream(chunks=[evil]))
    r = await start_bot(tg, llm_core(llm.url))
    try:
        tg.push(tg.text_message("why <b>HBM</b> & </pre>?"))
        await tg.wait_for(lambda: any(evil in x for x in tg.texts(42)))
        tg.push(tg.text_message("/calc how many <b>H1000</b>s & </pre> for -5 users?"))
        # the unknown name is named back (never sized as a default), escaped
        await tg.wait_for(lambda: any("do not know the accelerator 'H1000'" in x
                                      for x in tg.texts(42)))
        assert not [e for e in tg.errors if "parse" in e]           # Telegram accepted every HTML
    finally:
        await stop_bot(r)


async def test_parse_failure_falls_back_to_plain_text(tg):
    r = await start_bot(tg)
    try:
        tg.fail("sendMessage", code=400, description="Bad Request: can't parse entities: x")
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: len(tg.texts(42)) == 1)
        sends = tg.of("sendMessage", 42)
        assert sends[0].params.get("parse_mode") == "HTML" and "parse_mode" not in sends[1].params
    finally:
        await stop_bot(r)


@pytest.mark.slow
async def test_429_is_honoured_and_nothing_is_lost(tg):
    r = await start_bot(tg)
    try:
        tg.fail("sendMessage", code=429, description="Too Many Requests: retry after 1",
                retry_after=1, times=2)
        t0 = time.monotonic()
        tg.push(tg.text_message("how many H100s for 100M users?"))
        tg.push(tg.text_message("what do 25,000 H100s cost in RMB?"))
        await tg.wait_for(lambda: len(tg.texts(42)) == 2, timeout=15)
        assert time.monotonic() - t0 >= 1.0
        assert "GPUs" in tg.texts(42)[0] and "RMB" in tg.texts(42)[1]   # in order
    finally:
        await stop_bot(r)


async def test_slow_llm_in_one_chat_never_delays_another(tg, llm):
    thinking = asyncio.Event()                   # chat 1's LLM says nothing until this is set
    llm.queue(Stream(chunks=["slow answer"], gate=thinking))
    r = await start_bot(tg, llm_core(llm.url))
    try:
        tg.push(tg.text_message("why is inference memory bound?", chat_id=1, user_id=1))
        await tg.wait_for(lambda: llm.requests)                        # chat 1 is in the LLM
        tg.push(tg.text_message("how many H100s for 100M users?", chat_id=2, user_id=2))
        await tg.wait_for(lambda: len(tg.texts(2)) == 1)
        assert llm.chunks_sent == 0                                    # answered while chat 1 waits
        assert not any("slow answer" in x for x in tg.texts(1))       # chat 1 still waiting
        thinking.set()
        await tg.wait_for(lambda: any("slow answer" in x for x in tg.texts(1)), timeout=10)
    finally:
        await stop_bot(r)


async def test_allow_list_refuses_once(tg):
    r = await start_bot(tg, allowed_user_ids=[1])
    try:
        tg.push(tg.text_message("how many H100s for 100M users?", user_id=7))
        tg.push(tg.text_message("how many H100s for 100M users?", user_id=7))
        # barrier: an allowed user's later question in the same chat; once it is answered, both
        # refused messages have been handled, and only the first may have said anything
        allowed = tg.text_message("how many H100s for 100M users?", user_id=1)
        tg.push(allowed)
        await tg.wait_for(lambda: len(tg.texts(42)) >= 2 and "GPUs" in tg.texts(42)[-1])
        assert tg.texts(42)[:-1] == ["Sorry, this bot is private."]
        assert replied_to(tg.of("sendMessage", 42)[-1]) == mid(allowed)
        tg.push(tg.text_message("how many H100s for 100M users?", user_id=1, chat_id=5))
        await tg.wait_for(lambda: len(tg.texts(5)) == 1 and "GPUs" in tg.texts(5)[0])
    finally:
        await stop_bot(r)


async def test_rate_limit_says_slow_down(tg):
    r = await start_bot(tg, rate_limit_per_minute=2)
    try:
        for _ in range(3):
            tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: len(tg.texts(42)) == 3)
        assert sum("wait a minute" in x for x in tg.texts(42)) == 1
        assert sum("GPUs" in x for x in tg.texts(42)) == 2
    finally:
        await stop_bot(r)


async def test_stickers_and_edits(tg):
    r = await start_bot(tg)
    try:
        sticker = tg.text_message("x")
        del sticker["message"]["text"]
        sticker["message"]["sticker"] = {"file_id": "f", "file_unique_id": "u", "type": "regular",
                                         "width": 1, "height": 1, "is_animated": False,
                                         "is_video": False}
        tg.push(sticker)
        await tg.wait_for(lambda: any("text only" in x for x in tg.texts(42)))
        edited = tg.text_message("how many H100s for 100M users?")
        edited["edited_message"] = edited.pop("message")
        edited["edited_message"]["edit_date"] = int(time.time())
        tg.push(edited)
        barrier = tg.text_message("what do 25,000 H100s cost in RMB?")   # answered after the edit
        tg.push(barrier)
        await tg.wait_for(lambda: len(tg.texts(42)) >= 2)
        assert len(tg.texts(42)) == 2                    # edits: documented silence
        assert "RMB" in tg.texts(42)[1] and replied_to(tg.of("sendMessage", 42)[1]) == mid(barrier)
    finally:
        await stop_bot(r)


def _free_port() -> int:
    return free_port()                 # (tests/ports.py: why not port 0)


async def test_webhook_rejects_a_wrong_secret(tg):
    port = _free_port()
    r = await start_bot(tg, webhook={"listen": "127.0.0.1", "port": port, "url_path": "telegram",
                                     "webhook_url": "https://bot.example.invalid/telegram",
                                     "secret_token": "right-secret"})
    try:
        set_hook = tg.of("setWebhook")[0].params
        assert set_hook["secret_token"] == "right-secret"
        update = dict(tg.text_message("how many H100s for 100M users?"), update_id=1)
        async with aiohttp.ClientSession() as s:
            url = f"http://127.0.0.1:{port}/telegram"
            async with s.post(url, json=update,
                              headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as resp:
                assert resp.status == 403
            async with s.post(url, json=update) as resp:
                assert resp.status == 403
            async with s.post(url, json=update,
                              headers={"X-Telegram-Bot-Api-Secret-Token": "right-secret"}) as resp:
                assert resp.status == 200
        await tg.wait_for(lambda: len(tg.texts(42)) == 1)
    finally:
        await stop_bot(r)


@pytest.mark.slow
async def test_sigterm_finishes_replies_and_exits_in_time_under_a_429_storm(tg, llm, tmp_path):
    """The real process, SIGTERM with two replies in flight: chat 42's explanation arrives
    after the signal and is delivered whole; chat 43's streams into a 429 storm (retry_after = 5
    on every send and edit), the signal coming just after a 429. The process exits 0 well inside
    Docker's 10 s, and chat 43's message is marked incomplete, never left looking whole."""
    signalled = asyncio.Event()            # chat 42's LLM answers only once the bot is stopping
    llm.queue(Stream(chunks=["finished ", "despite ", "SIGTERM."], gate=signalled),
              Stream(chunks=[f"part{i} " for i in range(120)], delay=0.5))
    health_port = _free_port()
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[bot]
data_dir = "{tmp_path}"
[llm]
base_url = "{llm.url}"
api_key = "sk-test-aaaaaaaaaaaaaaaaaaaaaaaa"
max_retries = 0
[telegram]
enabled = true
token = "{tg.token}"
api_base_url = "{tg.url}"
[health]
port = {health_port}
""")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "--config", str(cfg),
                                                "telegram", cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    try:
        await tg.wait_for(lambda: tg.of("getUpdates"), timeout=60)
        async with aiohttp.ClientSession() as s:
            async with s.get(f"http://127.0.0.1:{health_port}/healthz") as resp:
                assert resp.status == 200 and (await resp.json())["frontends"] == {"telegram": True}
        tg.push(tg.text_message(BOTH))
        await tg.wait_for(lambda: len(tg.texts(42)) >= 1, timeout=60)   # numbers are out
        await tg.wait_for(lambda: llm.requests, timeout=60)
        assert llm.chunks_sent == 0                                      # narrative in flight
        tg.push(tg.text_message("why is inference memory bound?", chat_id=43, user_id=43))
        await tg.wait_for(lambda: any("part0" in x for x in tg.texts(43)), timeout=60)
        tg.storm("sendMessage", "editMessageText", retry_after=5, chat_id=43)
        before = len(tg.of("editMessageText", 43))
        # the worst case: the signal comes just after a 429, the wait of 5 s already begun
        await tg.wait_for(lambda: len(tg.of("editMessageText", 43)) > before, timeout=60)
        proc.send_signal(signal.SIGTERM)
        t0 = time.monotonic()
        seen = b""
        while b"finishing replies" not in seen:                          # the bot took the signal
            line = await asyncio.wait_for(proc.stderr.readline(), 60)
            assert line, seen.decode()
            seen += line
        signalled.set()
        rc = await asyncio.wait_for(proc.wait(), 60)
        took = time.monotonic() - t0
        print(f"exit {rc} {took:.2f} s after SIGTERM")
        assert rc == 0 and took < 9.0, took
        assert any("SIGTERM." in x and "still writing" not in x for x in tg.texts(42))
        shown = [x for x in tg.texts(43) if "part0" in x]
        assert shown and all("still writing" in x or "Cut short" in x for x in shown), shown
        err = (seen + await proc.stderr.read()).decode()
        assert tg.token not in err and tg.token.split(":")[1] not in err
        assert "finishing replies" in err
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


def test_open_bot_warns(caplog):
    TelegramBot(Core(), token="1:x")
    assert "answers everyone" in caplog.text
    json.dumps({})


@pytest.mark.slow
async def test_next_numbers_arrive_at_once_while_an_explanation_streams(tg, llm):
    """One chat: an explanation streaming a chunk every 2 s, then /assume, /lang and a new
    question: its numbers arrive within 1 s, its explanation after the first one is cut at its
    deadline (2 s here, to keep this fast), and neither setting is lost."""
    llm.queue(Stream(chunks=[f"part{i} " for i in range(30)], delay=2.0), Stream(chunks=["next."]))
    core = llm_core(llm.url, deadline=2.0)
    r = await start_bot(tg, core, edit_interval_s=0.2)
    try:
        tg.push(tg.text_message("why is inference memory bound?"))
        await tg.wait_for(lambda: any("part0" in x for x in tg.texts(42)))     # streaming
        tg.push(tg.text_message("/assume queries=30"))
        tg.push(tg.text_message("/lang zh"))
        asked = time.monotonic()
        tg.push(tg.text_message(BOTH))
        await tg.wait_for(lambda: any("H100" in x for x in tg.texts(42)), timeout=5)
        took = time.monotonic() - asked
        assert took < 1.0, took
        print(f"numbers of the second question after {took:.3f} s")
        assert len(llm.requests) == 1                  # the second explanation waits its turn
        await tg.wait_for(lambda: any("next." in x and "仍在生成" not in x for x in tg.texts(42)),
                          timeout=10)                  # the second explanation, complete
        texts = tg.texts(42)
        cut = next(x for x in texts if "part0" in x)
        assert t_("narrative_cut.deadline", "en") in cut
        assert "part1" not in cut and "still writing" not in cut
        state = await core.store.load(("telegram", "42", ""))
        assert state.overrides == {"queries_per_user": 30.0} and state.lang == "zh"
        assert [x["content"] for x in state.turns if x["role"] == "user"] == \
            ["why is inference memory bound?", BOTH]
    finally:
        await stop_bot(r)


# characters only simplified writing uses: none may reach a reader who wrote in traditional ones
_SIMPLIFIED_ONLY = set("张万亿们这个为时价设总数据务费电线应变实测输单双")


async def test_a_traditional_question_is_answered_in_traditional_characters(tg):
    # Hong Kong Cantonese: the numbers, their labels and the notes' explanation, all in its characters
    r = await start_bot(tg, Core(narrator=NotesNarrator()))
    try:
        tg.push(tg.text_message("點解 H100 跑 Llama 3 70B，日活三百萬，每人每日問 8 次，要幾多張卡？"))
        await tg.wait_for(lambda: len(tg.texts(42)) >= 2)
        texts = tg.texts(42)
        assert "張H100 SXM" in texts[0] and "服務" in texts[0]
        leaked = {ch for text in texts for ch in text} & _SIMPLIFIED_ONLY
        assert not leaked, leaked
    finally:
        await stop_bot(r)
