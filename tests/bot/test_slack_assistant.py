"""Assistant threads and native streaming through the real slack-bolt app (HTTP mode, signed
requests) against the fake Slack over loopback: suggested prompts when a thread opens, a
status while the answer is worked out, a title from the question, the numbers at once and
the explanation streamed by chat.startStream / appendStream / stopStream; and the fallback to
chat.update where Slack answers those methods with unknown_method."""

from __future__ import annotations

import json
import time
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.core.conversation import Core
from bot.core.narrator import NotesNarrator
from bot.frontends.slack.app import SlackBot
from bot.frontends.slack.stream import STREAM_MAX
from tests.conftest import BOTH, llm_core
from tests.fakes.openai_server import Stream
from tests.fakes.slack_server import FakeSlack, event_body, form, signed, thread_started_body

SECRET = "slack-signing-secret-for-tests"
STREAMED = ("chat.startStream", "chat.appendStream", "chat.stopStream")


class App:
    """The real Bolt app in HTTP mode on a loopback port, and ways to reach it like Slack."""

    def __init__(self, bot: SlackBot, runner: web.AppRunner, url: str) -> None:
        self.bot, self.runner, self.url = bot, runner, url

    async def post(self, body: str, ctype: str) -> tuple[int, float]:
        t0 = time.monotonic()
        async with aiohttp.ClientSession() as s:
            async with s.post(self.url, data=body.encode(),
                              headers={**signed(SECRET, body), "Content-Type": ctype}) as r:
                await r.read()
                return r.status, time.monotonic() - t0

    async def event(self, body: dict[str, Any]) -> tuple[int, float]:
        return await self.post(json.dumps(body), "application/json")

    async def action(self, payload: dict[str, Any]) -> tuple[int, float]:
        """Interactivity arrives form-encoded, the payload as JSON in one field."""
        return await self.post(form({"payload": json.dumps(payload)}),
                               "application/x-www-form-urlencoded")

    async def command(self, body: dict[str, str]) -> tuple[int, float]:
        return await self.post(form(body), "application/x-www-form-urlencoded")


async def start(slack: FakeSlack, core: Core | None = None, **kw: Any) -> App:
    kw.setdefault("update_interval_s", 0.05)
    bot = SlackBot(core or Core(narrator=NotesNarrator()), bot_token="xoxb-test-token-123456",
                   signing_secret=SECRET, api_base_url=slack.url + "/api/", **kw)
    runner = web.AppRunner(bot.build().web_app(path="/slack/events"))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return App(bot, runner, f"http://127.0.0.1:{port}/slack/events")


@pytest.fixture
async def slack_app(slack):
    made: list[App] = []

    async def make(core: Core | None = None, **kw: Any) -> App:
        app = await start(slack, core, **kw)
        made.append(app)
        return app

    yield make
    for app in made:
        await app.bot.drain(5)
        await app.runner.cleanup()


def dm_in_thread(text: str, *, thread: str, ts: str, channel: str = "D1",
                 user: str = "U1") -> dict[str, Any]:
    return {"type": "message", "channel_type": "im", "user": user, "channel": channel,
            "ts": ts, "thread_ts": thread, "text": text}


def streamed_text(slack: FakeSlack, ts: str | None = None) -> str:
    """The markdown a streamed message shows (all of them, or the one at ts)."""
    return "".join(c.get("text", "") for p in slack.posts if p.method in STREAMED
                   and (ts is None or p.params.get("ts", ts) == ts)
                   for c in p.params.get("chunks") or [])


def index(slack: FakeSlack, method: str, pred=lambda p: True) -> int:
    return next(i for i, p in enumerate(slack.posts) if p.method == method and pred(p))


# ---------------------------------------------------------------- a thread opens
async def test_a_new_assistant_thread_offers_prompts_in_english_and_chinese(slack, slack_app):
    app = await slack_app()
    status, took = await app.event(thread_started_body("D1", "1700000300.000001"))
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    await slack.wait_for(lambda: slack.of("assistant.threads.setSuggestedPrompts"))
    call = slack.of("assistant.threads.setSuggestedPrompts")[0].params
    assert call["channel_id"] == "D1" and call["thread_ts"] == "1700000300.000001"
    messages = [p["message"] for p in call["prompts"]]
    assert 2 <= len(messages) <= 4 and all(p["title"] for p in call["prompts"])
    assert any(m.isascii() for m in messages)                          # English
    assert any("\u4e00" <= ch <= "\u9fff" for m in messages for ch in m)   # and Chinese
    assert call["title"]
    # the same delivery again (a retry) is not answered twice
    await app.event(thread_started_body("D1", "1700000300.000001"))
    await app.event(thread_started_body("D2", "1700000300.000002", event_id="EvT2"))
    await slack.wait_for(lambda: len(slack.of("assistant.threads.setSuggestedPrompts")) >= 2)
    assert [p.params["channel_id"] for p in slack.of("assistant.threads.setSuggestedPrompts")] \
        == ["D1", "D2"]


# ---------------------------------------------------------------- a question in the thread
async def test_an_assistant_question_gets_status_title_numbers_then_a_streamed_answer(
        slack, llm, slack_app):
    gate = __import__("asyncio").Event()
    llm.queue(Stream(chunks=["Memory ", "bandwidth ", "limits <decode>."], delay=0.1, gate=gate))
    app = await slack_app(llm_core(llm.url))
    thread = "1700000301.000001"
    status, took = await app.event(event_body(dm_in_thread(BOTH, thread=thread,
                                                           ts="1700000301.000002"), "EvA1"))
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    # the numbers arrive while the LLM has not said a word
    await slack.wait_for(lambda: slack.of("chat.postMessage"), timeout=3)
    assert not slack.of("chat.startStream")
    first = slack.of("chat.postMessage")[0].params
    assert first["channel"] == "D1" and first["thread_ts"] == thread
    assert "H100" in json.dumps(first) and first["blocks"][0]["type"] == "header"
    gate.set()
    await slack.wait_for(lambda: slack.of("chat.stopStream"), timeout=10)
    await app.bot.drain(10)
    assert app.bot.in_flight == 0 and slack.errors == []
    statuses = [p.params["status"] for p in slack.of("assistant.threads.setStatus")]
    assert statuses[0] == "is working out the numbers…"
    assert "is writing the explanation…" in statuses and statuses[-1] == ""
    assert all(p.params["thread_ts"] == thread for p in slack.of("assistant.threads.setStatus"))
    # working status, then the numbers, then the stream; the status is cleared at the end
    assert index(slack, "assistant.threads.setStatus") < index(slack, "chat.postMessage") \
        < index(slack, "chat.startStream") < index(slack, "chat.stopStream")
    title = slack.of("assistant.threads.setTitle")[0].params
    assert title["channel_id"] == "D1" and title["thread_ts"] == thread
    assert title["title"] == BOTH[:80]
    start = slack.of("chat.startStream")[0].params
    assert start["thread_ts"] == thread and start["channel"] == "D1"
    text = streamed_text(slack)
    assert text == "Memory bandwidth limits &lt;decode&gt;."        # escaped, nothing lost
    stop = slack.of("chat.stopStream")[0].params
    assert "language model" in json.dumps(stop["blocks"])           # the label under it
    assert not slack.of("chat.update")                              # streamed, not edited
    shown = slack.shown[stop["ts"]]
    assert shown["thread_ts"] == thread and not shown["streaming"]


async def test_a_follow_up_in_the_thread_keeps_its_state_order_and_title(slack, llm, slack_app):
    """The same Core path as a DM: the thread is one conversation (a follow-up continues it),
    its answers come in order, and only the first question names the thread."""
    app = await slack_app(llm_core(llm.url))
    thread = "1700000302.000001"
    await app.event(event_body(dm_in_thread("how many A100s for 100M users?", thread=thread,
                                            ts="1700000302.000002"), "EvB1"))
    await app.event(event_body(dm_in_thread("what about H200?", thread=thread,
                                            ts="1700000302.000003"), "EvB2"))
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2, timeout=10)
    await app.bot.drain(10)
    first, second = (p.params for p in slack.of("chat.postMessage")[:2])
    assert "A100" in json.dumps(first) and "H200" in json.dumps(second)
    assert "100,000,000" in json.dumps(second)                     # the users carried over
    assert [p.params["title"] for p in slack.of("assistant.threads.setTitle")] == \
        ["how many A100s for 100M users?"]


async def test_assistant_messages_are_deduplicated_and_rate_limited(slack, slack_app):
    app = await slack_app(rate_limit_per_minute=1)
    ev = dm_in_thread("how many H100s for 1M users?", thread="1700000303.000001",
                      ts="1700000303.000002")
    await app.event(event_body(ev, "EvC1"))
    await app.event(event_body(ev, "EvC1"))                         # a retry: answered once
    await app.event(event_body(dict(ev, ts="1700000303.000003"), "EvC2"))
    await slack.wait_for(lambda: "wait a minute" in slack.all_text(), timeout=10)
    await app.bot.drain(10)
    posts = slack.of("chat.postMessage")
    assert len(posts) == 2 and "GPUs" in json.dumps(posts[0].params)
    assert "wait a minute" in json.dumps(posts[1].params)


async def test_a_bot_message_and_an_edit_in_the_thread_are_ignored(slack, slack_app):
    app = await slack_app()
    thread = "1700000304.000001"
    await app.event(event_body(dict(dm_in_thread("hi", thread=thread, ts="1700000304.000002"),
                                    bot_id="BOTHER"), "EvD1"))
    await app.event(event_body(dict(dm_in_thread("hi", thread=thread, ts="1700000304.000003"),
                                    subtype="message_changed"), "EvD2"))
    # barrier: a real question after them; once it is answered, they were not
    await app.event(event_body(dm_in_thread("how many H100s for 1M users?", thread=thread,
                                            ts="1700000304.000004"), "EvD3"))
    await slack.wait_for(lambda: slack.of("chat.postMessage"))
    await app.bot.drain(10)
    assert len(slack.of("chat.postMessage")) == 1
    assert len([p for p in slack.of("assistant.threads.setTitle")]) == 1


# ---------------------------------------------------------------- streaming elsewhere
async def test_a_mention_streams_to_the_asker_in_the_channel_thread(slack, llm, slack_app):
    app = await slack_app(llm_core(llm.url))
    ev = {"type": "app_mention", "user": "U5", "channel": "C5", "ts": "1700000305.000001",
          "text": f"<@UBOT> {BOTH}"}
    await app.event(event_body(ev, "EvE1"))
    await slack.wait_for(lambda: slack.of("chat.stopStream"), timeout=10)
    await app.bot.drain(10)
    start = slack.of("chat.startStream")[0].params
    # outside a DM Slack needs to know whom the stream is for
    assert start["recipient_user_id"] == "U5" and start["recipient_team_id"] == "T1"
    assert start["thread_ts"] == "1700000305.000001"
    assert streamed_text(slack) == "Memory bandwidth limits decode."
    assert not slack.of("assistant.threads.setStatus")          # not an assistant thread
    assert slack.errors == []


async def test_a_top_level_dm_is_edited_in_place_without_streaming(slack, llm, slack_app):
    """Streaming answers in a thread; a DM outside one keeps the post-and-edit preview."""
    app = await slack_app(llm_core(llm.url))
    dm = {"type": "message", "channel_type": "im", "user": "U1", "channel": "D6",
          "ts": "1700000306.000001", "text": BOTH}
    await app.event(event_body(dm, "EvF1"))
    await slack.wait_for(lambda: "limits decode." in json.dumps(
        [p.params for p in slack.of("chat.update") + slack.of("chat.postMessage")]), timeout=10)
    await app.bot.drain(10)
    assert not slack.of("chat.startStream")


# ---------------------------------------------------------------- where Slack has no streaming
async def test_without_streaming_methods_the_answer_is_edited_in_and_never_retried(
        slack, llm, slack_app):
    slack.legacy()           # chat.*Stream and assistant.threads.* answer unknown_method
    llm.queue(Stream(chunks=[f"part{i} " for i in range(8)], delay=0.05),
              Stream(chunks=["second ", "answer."]))
    app = await slack_app(llm_core(llm.url))
    await app.event(thread_started_body("D7", "1700000307.000001"))
    await app.event(event_body(dm_in_thread(BOTH, thread="1700000307.000001",
                                            ts="1700000307.000002", channel="D7"), "EvG1"))
    await slack.wait_for(lambda: any("part7" in json.dumps(p.params)
                                     for p in slack.of("chat.update")), timeout=10)
    await app.bot.drain(10)
    assert app.bot.in_flight == 0
    assert len(slack.of("chat.startStream")) == 1                # tried once, unknown_method
    posts = slack.of("chat.postMessage")
    assert "GPUs" in json.dumps(posts[0].params)                  # the numbers first
    assert "part0" in json.dumps(posts[1].params)                 # a preview, then edits
    final = slack.shown[slack.of("chat.update")[-1].params["ts"]]
    assert "part7" in json.dumps(final) and "still writing" not in json.dumps(final)
    assert all(p.params["thread_ts"] == "1700000307.000001" for p in posts)
    # the next answer does not try streaming again
    await app.event(event_body(dm_in_thread(BOTH, thread="1700000307.000009",
                                            ts="1700000307.000010", channel="D7"), "EvG2"))
    await slack.wait_for(lambda: any("second answer." in json.dumps(p.params)
                                     for p in slack.of("chat.update")), timeout=10)
    await app.bot.drain(10)
    assert len(slack.of("chat.startStream")) == 1
    assert slack.errors == []


async def test_native_streaming_can_be_turned_off(slack, llm, slack_app):
    app = await slack_app(llm_core(llm.url), native_streaming=False)
    await app.event(event_body(dm_in_thread(BOTH, thread="1700000308.000001",
                                            ts="1700000308.000002"), "EvH1"))
    await slack.wait_for(lambda: "limits decode." in json.dumps(
        [p.params for p in slack.of("chat.update") + slack.of("chat.postMessage")]), timeout=10)
    await app.bot.drain(10)
    assert not slack.of("chat.startStream")


# ---------------------------------------------------------------- streams that end otherwise
async def test_a_long_explanation_streams_up_to_the_cap_and_the_rest_follows(
        slack, llm, slack_app):
    llm.queue(Stream(chunks=[("HBM & <memory> " * 300 + "\n\n")] * 6))   # ~27,000 characters
    app = await slack_app(llm_core(llm.url))
    await app.event(event_body(dm_in_thread("why does HBM matter?", thread="1700000309.000001",
                                            ts="1700000309.000002"), "EvI1"))
    await slack.wait_for(lambda: slack.of("chat.stopStream"), timeout=10)
    await app.bot.drain(10)
    assert slack.errors == []
    streamed = streamed_text(slack)
    assert len(streamed) <= STREAM_MAX
    rest = [b["text"]["text"] for p in slack.of("chat.postMessage")
            for b in p.params.get("blocks") or [] if b["type"] == "section"]
    total = streamed.count("&lt;memory&gt;") + sum(x.count("&lt;memory&gt;") for x in rest)
    assert total == 6 * 300                                         # nothing lost, nothing twice


async def test_an_explanation_that_fails_half_way_ends_as_one_line(slack, llm, slack_app):
    llm.queue(Stream(chunks=["Memory ", "bandwidth ", "limits"], cut_after=2, delay=0.1))
    app = await slack_app(llm_core(llm.url))
    await app.event(event_body(dm_in_thread(BOTH, thread="1700000310.000001",
                                            ts="1700000310.000002"), "EvJ1"))
    await slack.wait_for(lambda: slack.of("chat.update"), timeout=10)
    await app.bot.drain(10)
    final = json.dumps(slack.shown[slack.of("chat.stopStream")[0].params["ts"]])
    assert "unavailable" in final and "Memory" not in final        # replaced, not appended
    assert slack.errors == []


async def test_a_slow_status_call_does_not_hold_the_numbers_back(slack, slack_app):
    """Status and title are courtesies: a Slack slow to take them (or retrying a 429) delays
    the numbers by at most the short wait they are given."""
    slack.delay = lambda method, params: 5.0 if method.startswith("assistant.threads.") else 0.0
    app = await slack_app()
    asked = time.monotonic()
    await app.event(event_body(dm_in_thread("how many H100s for 1M users?",
                                            thread="1700000311.000001",
                                            ts="1700000311.000002"), "EvK1"))
    await slack.wait_for(lambda: slack.of("chat.postMessage"), timeout=5)
    assert time.monotonic() - asked < 2.5
    slack.delay = None


async def test_a_context_change_is_acknowledged_and_stores_nothing(slack, slack_app):
    """Answers do not depend on the channel beside the thread: nothing is written for it
    (Bolt's default would read the thread and edit its first message)."""
    app = await slack_app()
    body = thread_started_body("D1", "1700000312.000001", event_id="EvL1")
    body["event"]["type"] = "assistant_thread_context_changed"
    status, took = await app.event(body)
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    # barrier: a question after it; once it is answered, the change made no call of its own
    await app.event(event_body(dm_in_thread("how many H100s for 1M users?",
                                            thread="1700000312.000001",
                                            ts="1700000312.000002"), "EvL2"))
    await slack.wait_for(lambda: slack.of("chat.postMessage"))
    await app.bot.drain(10)
    called = {p.method for p in slack.posts}
    assert not called & {"conversations.replies", "conversations.history", "chat.update"}


async def test_assistant_threads_and_details_over_socket_mode(slack, llm):
    """The default deployment (Socket Mode): events and the button's tap arrive as envelopes
    on the WebSocket, each acknowledged."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    from bot.render.slack import DETAILS_ACTION
    from tests.fakes.slack_server import action_body

    bot = SlackBot(llm_core(llm.url), bot_token="xoxb-test-token-123456",
                   api_base_url=slack.url + "/api/", update_interval_s=0.05)
    handler = AsyncSocketModeHandler(bot.build(), "xapp-1-A1-test-app-token")
    await handler.connect_async()
    try:
        thread = "1700000313.000001"
        await slack.deliver({"envelope_id": "s1", "type": "events_api",
                             "accepts_response_payload": False,
                             "payload": thread_started_body("D3", thread, event_id="EvM1")})
        await slack.deliver({"envelope_id": "s2", "type": "events_api",
                             "accepts_response_payload": False,
                             "payload": event_body(dm_in_thread(BOTH, thread=thread,
                                                                ts="1700000313.000002",
                                                                channel="D3"), "EvM2")})
        await slack.wait_for(lambda: slack.of("chat.stopStream"), timeout=10)
        first = slack.of("chat.postMessage")[0].params
        value = next(b["accessory"]["value"] for b in first["blocks"] if "accessory" in b)
        await slack.deliver({"envelope_id": "s3", "type": "interactive",
                             "accepts_response_payload": False,
                             "payload": action_body(value, action_id=DETAILS_ACTION,
                                                    channel="D3", message_ts="1700000000.1",
                                                    thread_ts=thread)})
        await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2, timeout=10)
        await bot.drain(10)
        await slack.wait_for(lambda: {"s1", "s2", "s3"} <= {a.get("envelope_id")
                                                             for a in slack.acks})
        assert slack.of("assistant.threads.setSuggestedPrompts")
        assert slack.of("assistant.threads.setTitle")[0].params["thread_ts"] == thread
        details = slack.of("chat.postMessage")[1].params
        assert details["thread_ts"] == thread and "Details:" in json.dumps(details)
        assert slack.errors == []
    finally:
        await bot.drain(5)
        await handler.close_async()
