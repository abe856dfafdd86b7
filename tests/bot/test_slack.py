"""The real slack-bolt AsyncApp over loopback: HTTP mode with signed requests, Socket Mode
against a fake WebSocket, a fake Web API and a fake response_url."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import pytest
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.core.conversation import Core
from bot.core.narrator import NotesNarrator
from bot.frontends.slack.app import SlackBot
from tests.conftest import BOTH, llm_core
from tests.fakes.openai_server import Stream
from tests.fakes.slack_server import FakeSlack, event_body, form, signed, slash_body

SECRET = "slack-signing-secret-for-tests"


class Http:
    def __init__(self, bot: SlackBot, runner: web.AppRunner, url: str) -> None:
        self.bot, self.runner, self.url = bot, runner, url

    async def post(self, body: str, headers: dict[str, str], ctype: str) -> tuple[int, float]:
        t0 = time.monotonic()
        async with aiohttp.ClientSession() as s:
            async with s.post(self.url, data=body.encode(),
                              headers={**headers, "Content-Type": ctype}) as r:
                await r.read()
                return r.status, time.monotonic() - t0

    async def command(self, text: str, slack: FakeSlack, **kw) -> tuple[int, float]:
        body = form(slash_body(text, slack.response_url(), **kw))
        return await self.post(body, signed(SECRET, body), "application/x-www-form-urlencoded")

    async def event(self, event: dict, event_id: str = "Ev1", retry: int | None = None):
        body = json.dumps(event_body(event, event_id))
        headers = signed(SECRET, body)
        if retry:
            headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return await self.post(body, headers, "application/json")


@pytest.fixture
async def http_app(slack):
    made = []

    async def make(core: Core | None = None, **kw) -> Http:
        kw.setdefault("update_interval_s", 0.0)     # see socket_app
        bot = SlackBot(core or Core(narrator=NotesNarrator()), bot_token="xoxb-test-token-123456",
                       signing_secret=SECRET, api_base_url=slack.url + "/api/", **kw)
        app = bot.build()
        runner = web.AppRunner(app.web_app(path="/slack/events"))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        h = Http(bot, runner, f"http://127.0.0.1:{port}/slack/events")
        made.append(h)
        return h

    yield make
    for h in made:
        await h.bot.drain(5)
        await h.runner.cleanup()


async def test_slash_command_acks_fast_while_the_llm_is_slow(slack, llm, http_app):
    # The LLM says nothing until the test lets it, and then drops the connection: an ack (or the
    # numbers) that waited for the explanation would never come, whatever the machine's speed.
    thinking = asyncio.Event()
    llm.queue(Stream(chunks=["late"], gate=thinking, cut_after=0))
    h = await http_app(llm_core(llm.url, timeout=10))
    status, took = await asyncio.wait_for(h.command(BOTH, slack), 10)
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    await slack.wait_for(lambda: len(slack.responses) >= 1, timeout=10)   # the LLM still silent
    first = slack.responses[0][1]
    assert first["blocks"][0]["type"] == "header" and "H100" in first["blocks"][0]["text"]["text"]
    assert first["response_type"] == "ephemeral"
    thinking.set()
    await slack.wait_for(lambda: len(slack.responses) >= 2, timeout=10)
    assert "unavailable" in json.dumps(slack.responses[1][1])   # numbers stood alone


async def test_calc_part_then_narrative(slack, llm, http_app):
    h = await http_app(llm_core(llm.url))
    await h.command("public " + BOTH, slack)
    await slack.wait_for(lambda: len(slack.responses) >= 2)
    calc, narr = slack.responses[0][1], slack.responses[1][1]
    assert calc["response_type"] == "in_channel"
    assert "GPUs" in json.dumps(calc) and "Memory bandwidth limits decode." in json.dumps(narr)


async def test_help(slack, http_app):
    h = await http_app()
    await h.command("help", slack)
    await slack.wait_for(lambda: slack.responses)
    # the core's help (bot/core/commands.py), the same text as Telegram's /help and the CLI's
    assert "/assume queries=20 gpu=H200" in slack.responses[0][1]["text"]
    assert "/gpubot help" in slack.responses[0][1]["text"]


async def test_forged_and_stale_requests_are_rejected(slack, http_app):
    h = await http_app()
    body = form(slash_body("how many H100s for 100M users?", slack.response_url()))
    bad = signed("wrong-secret", body)
    assert (await h.post(body, bad, "application/x-www-form-urlencoded"))[0] == 401
    stale = signed(SECRET, body, ts=int(time.time()) - 600)
    assert (await h.post(body, stale, "application/x-www-form-urlencoded"))[0] == 401
    # barrier: a genuine request after the rejected ones; once it is answered, nothing else was
    good = form(slash_body("how many H100s for 100M users?", slack.response_url("ok"),
                           trigger="trig-ok"))
    assert (await h.post(good, signed(SECRET, good), "application/x-www-form-urlencoded"))[0] == 200
    await slack.wait_for(lambda: slack.responses)
    await h.bot.drain(10)
    assert h.bot.in_flight == 0
    assert set(slack.response_ids) == {"ok"}


async def test_retried_delivery_is_answered_once(slack, http_app):
    h = await http_app()
    ev = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1700000001.000100",
          "text": "<@UBOT> how many H100s for 100M users?"}
    assert (await h.event(ev, "EvSame"))[0] == 200
    assert (await h.event(ev, "EvSame", retry=1))[0] == 200
    # barrier: a different mention after the retry; once both are answered, the retry was not
    later = dict(ev, ts="1700000001.000200", text="<@UBOT> what do 25,000 H100s cost in RMB?")
    assert (await h.event(later, "EvLater"))[0] == 200
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2)
    await h.bot.drain(10)
    assert h.bot.in_flight == 0
    threads = sorted(p.params.get("thread_ts") for p in slack.of("chat.postMessage"))
    assert threads == ["1700000001.000100", "1700000001.000200"]


async def test_channel_broadcast_in_a_question_never_pings(slack, llm, http_app):
    echo = "You wrote <!channel> and <@U999> and <https://evil.example|click>"
    llm.queue(Stream(chunks=[echo]))
    h = await http_app(llm_core(llm.url))
    await h.event({"type": "app_mention", "user": "U1", "channel": "C1",
                   "ts": "1700000002.000100",
                   "text": "<@UBOT> why <!channel> <@U999> <https://evil.example|click>?"})
    await slack.wait_for(lambda: "evil" in slack.all_text())
    # the explanation is streamed into the thread (chat.*Stream), or posted and edited
    await slack.wait_for(lambda: slack.of("chat.update") or slack.of("chat.stopStream")
                         or len(slack.of("chat.postMessage")) >= 1)
    await h.bot.drain(10)                        # every post and update of the answer is out
    assert h.bot.in_flight == 0
    sent = [p.params for p in slack.posts if p.method.startswith("chat.")]
    blob = json.dumps(sent)
    assert "<!channel>" not in blob and "<@U999>" not in blob and "<https://" not in blob
    assert "&lt;!channel&gt;" in blob


async def test_blocks_stay_under_the_limits_for_a_very_long_answer(slack, llm, http_app):
    llm.queue(Stream(chunks=[("HBM & <memory> " * 300 + "\n\n")] * 6))  # ~27,000 characters
    h = await http_app(llm_core(llm.url))
    await h.command("why does HBM matter?", slack)
    await slack.wait_for(lambda: len(slack.responses) >= 1, timeout=10)
    await h.bot.drain(10)                        # the whole answer has been sent
    assert h.bot.in_flight == 0
    assert slack.errors == []
    for _, r in slack.responses:
        assert len(r.get("blocks", [])) <= 50
        assert len(r["text"]) <= 3000
    sections = [b["text"]["text"] for _, r in slack.responses for b in r.get("blocks", [])
                if b["type"] == "section"]
    assert sum(x.count("&lt;memory&gt;") for x in sections) == 6 * 300   # nothing lost
    assert len(slack.responses) >= 2                                      # split over messages


async def test_allow_list_refusal(slack, http_app):
    h = await http_app(allowed_user_ids=["U_ALLOWED"])
    await h.command("how many H100s for 100M users?", slack, user="U_OTHER")
    await slack.wait_for(lambda: slack.responses)
    assert "private" in slack.responses[0][1]["text"]
    assert len(slack.responses) == 1


@pytest.fixture
async def socket_app(slack):
    started = []

    async def make(core: Core | None = None, **kw) -> SlackBot:
        # explanations are updated as they stream, not once a second: the last update of a
        # throttled stream waits out the rest of the second, which these tests do not test
        kw.setdefault("update_interval_s", 0.0)
        bot = SlackBot(core or Core(narrator=NotesNarrator()), bot_token="xoxb-test-token-123456",
                       api_base_url=slack.url + "/api/", **kw)
        handler = AsyncSocketModeHandler(bot.build(), "xapp-1-A1-test-app-token")
        await handler.connect_async()
        started.append((bot, handler))
        return bot

    yield make
    for bot, handler in started:
        await bot.drain(5)
        await handler.close_async()


async def test_socket_mode_mention_in_thread_and_follow_up(slack, socket_app):
    bot = await socket_app()
    ev = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1700000003.000100",
          "text": "<@UBOT> how many A100s for 100M users?"}
    await slack.deliver({"envelope_id": "env-1", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(ev, "Ev3")})
    # the ack goes over the socket and the answer over HTTP: either may reach the fake first
    await slack.wait_for(lambda: slack.of("chat.postMessage") and slack.acks)
    assert {"envelope_id": "env-1"}.items() <= slack.acks[0].items()
    first = slack.of("chat.postMessage")[0].params
    assert first["thread_ts"] == "1700000003.000100" and "A100" in json.dumps(first)
    follow = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1700000004.000100",
              "thread_ts": "1700000003.000100", "text": "<@UBOT> what about H200?"}
    await slack.deliver({"envelope_id": "env-2", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(follow, "Ev4")})
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2)
    second = slack.of("chat.postMessage")[1].params
    assert second["thread_ts"] == "1700000003.000100" and "H200" in json.dumps(second)
    # the same envelope again (a reconnect) is not answered twice
    await slack.deliver({"envelope_id": "env-2b", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(follow, "Ev4")})
    # barrier: a new mention after the repeat; once it is answered, the repeat was not
    later = dict(ev, ts="1700000004.000200", text="<@UBOT> what do 25,000 H100s cost in RMB?")
    await slack.deliver({"envelope_id": "env-3", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(later, "Ev4b")})
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 3)
    await bot.drain(10)
    assert bot.in_flight == 0
    assert len(slack.of("chat.postMessage")) == 3
    assert slack.of("chat.postMessage")[2].params["thread_ts"] == "1700000004.000200"


async def test_socket_mode_dm_and_ignored_messages(slack, socket_app, llm):
    bot = await socket_app(llm_core(llm.url))
    dm = {"type": "message", "channel_type": "im", "user": "U1", "channel": "D1",
          "ts": "1700000005.000100", "text": "why is inference memory bound?"}
    await slack.deliver({"envelope_id": "e5", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(dm, "Ev5")})
    await slack.wait_for(lambda: any("Memory bandwidth limits decode." in json.dumps(p.params)
                                     for p in slack.posts if p.method.startswith("chat.")))
    assert slack.of("chat.postMessage")[0].params["channel"] == "D1"
    await bot.drain(10)                       # the first answer's last update is out too
    n = len(slack.posts)
    for i, ev in enumerate([dict(dm, bot_id="BOTHER"), dict(dm, subtype="message_changed"),
                            dict(dm, user="UBOT", bot_id="BBOT")]):
        await slack.deliver({"envelope_id": f"x{i}", "type": "events_api",
                             "accepts_response_payload": False,
                             "payload": event_body(ev, f"EvX{i}")})
    # barrier: a DM in another channel after the ignored ones; once it is answered, they were not
    later = dict(dm, channel="D2", ts="1700000005.000200", text="how many H100s for 100M users?")
    await slack.deliver({"envelope_id": "e6", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(later, "Ev6")})
    await slack.wait_for(lambda: any(p.params.get("channel") == "D2" for p in slack.posts[n:]))
    await bot.drain(10)
    assert bot.in_flight == 0
    assert [p for p in slack.posts[n:] if p.method.startswith("chat.")
            and p.params.get("channel") != "D2"] == []


async def test_socket_mode_slash_command(slack, socket_app):
    await socket_app()
    payload = slash_body("1亿用户需要多少张H100?", slack.response_url("r9"), trigger="t9")
    await slack.deliver({"envelope_id": "e9", "type": "slash_commands",
                         "accepts_response_payload": True, "payload": payload})
    # the ack goes over the socket and the answer to response_url: either may arrive first
    await slack.wait_for(lambda: slack.responses and any(a.get("envelope_id") == "e9"
                                                         for a in slack.acks))
    assert "H100" in json.dumps(slack.responses[0][1], ensure_ascii=False)


async def test_rate_limit_and_tokens_never_logged(slack, http_app):
    import logging

    from bot.config import load_settings
    from bot.logs import setup_logging

    stream = __import__("io").StringIO()
    settings = load_settings(None, env={"SLACK_BOT_TOKEN": "xoxb-test-token-123456",
                                        "SLACK_SIGNING_SECRET": SECRET})
    handler = setup_logging(settings, stream=stream)
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        h = await http_app(rate_limit_per_minute=1)
        await h.command("how many H100s for 100M users?", slack, trigger="a")
        await h.command("how many H100s for 100M users?", slack, trigger="b")
        await slack.wait_for(lambda: len(slack.responses) >= 2)
        assert any("wait a minute" in json.dumps(r) for _, r in slack.responses)
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(logging.WARNING)
    text = stream.getvalue()
    assert text and "xoxb-test-token-123456" not in text and SECRET not in text


async def test_in_a_thread_the_next_numbers_do_not_wait_for_a_streaming_explanation(
        slack, llm, http_app):
    """The core's per-chat order, in Slack: the second mention in a thread gets its numbers
    while the first explanation is still streaming (cut at a 2 s deadline here), and its
    own explanation only after that one ends."""
    llm.queue(Stream(chunks=[f"part{i} " for i in range(30)], delay=2.0), Stream(chunks=["next."]))
    h = await http_app(llm_core(llm.url, deadline=2.0), update_interval_s=0.2)
    thread = "1700000009.000100"
    first = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": thread,
             "text": "<@UBOT> why is inference memory bound?"}
    await h.event(first, "EvA")
    await slack.wait_for(lambda: "part0" in slack.all_text())                 # streaming
    asked = time.monotonic()
    await h.event(dict(first, ts="1700000009.000200", thread_ts=thread,
                       text="<@UBOT> " + BOTH), "EvB")
    await slack.wait_for(lambda: "H100 SXM" in slack.all_text(), timeout=5)
    took = time.monotonic() - asked
    print(f"slack: numbers of the second question after {took:.3f} s")
    assert took < 1.0, took
    assert len(llm.requests) == 1                       # the second explanation waits its turn
    await slack.wait_for(lambda: "next." in slack.all_text(), timeout=10)
    await h.bot.drain(10)
    posts = [p.params for p in slack.posts if p.method.startswith("chat.")]
    assert all(p.get("thread_ts") == thread for p in posts if "thread_ts" in p)
    cut_at = max(i for i, p in enumerate(posts) if "took too long" in json.dumps(p))
    next_at = min(i for i, p in enumerate(posts) if "next." in json.dumps(p))
    assert cut_at < next_at                              # explanations in question order


async def test_debug_root_level_keeps_bolt_quiet(slack, http_app):
    """log_level = "DEBUG" gives our loggers DEBUG; Bolt, slack_sdk and aiohttp stay at WARNING
    although Bolt sets its own loggers to the root's level when the app is built."""
    import io
    import logging

    from bot.config import load_settings
    from bot.logs import setup_logging

    stream = io.StringIO()
    settings = load_settings(None, env={"GPUBOT_LOG_LEVEL": "DEBUG"})
    handler = setup_logging(settings, stream=stream)
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        h = await http_app()
        await h.command("how many H100s for 100M users?", slack)
        await slack.wait_for(lambda: slack.responses)
        logging.getLogger("gpubot.test").debug("ours at debug")
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(logging.WARNING)
    lines = stream.getvalue().splitlines()
    assert any("ours at debug" in line for line in lines)
    noisy = [line for line in lines if line.split(" ")[1] in ("DEBUG", "INFO")
             and line.split(" ")[2].split(".")[0] in ("slack_bolt", "slack_sdk", "aiohttp")]
    assert noisy == []


@pytest.mark.parametrize("refresh", [False, True], ids=["dropped", "refresh_requested"])
async def test_socket_mode_reconnects_after_the_connection_ends(slack, socket_app, refresh):
    """Slack ends the WebSocket (a drop, or a 'disconnect' asking for a refresh): the client
    opens a new connection by itself, and the next mention is answered."""
    await socket_app()
    ev = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1700000009.000100",
          "text": "<@UBOT> how many H100s for 1M users?"}
    await slack.deliver({"envelope_id": "env-r1", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(ev, "EvR1")})
    await slack.wait_for(lambda: slack.of("chat.postMessage"))
    assert slack.connections == 1
    await slack.drop(refresh=refresh)
    await slack.wait_for(lambda: slack.connections >= 2, timeout=20)
    later = dict(ev, ts="1700000009.000200", text="<@UBOT> how many H200s for 2M users?")
    await slack.deliver({"envelope_id": "env-r2", "type": "events_api",
                         "accepts_response_payload": False, "payload": event_body(later, "EvR2")})
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2, timeout=20)
    assert slack.of("chat.postMessage")[1].params["thread_ts"] == "1700000009.000200"
