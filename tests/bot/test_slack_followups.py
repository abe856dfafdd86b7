"""One-tap follow-ups and charts in Slack, through the real slack-bolt app against the fake
Slack: a tap is acknowledged at once and then answered exactly like the follow-up typed in the
same conversation (same order, state, rate limit); a button under an older answer, or forged
data, is refused politely; 📈 and `/gpubot chart …` upload a PNG with files_upload_v2."""

from __future__ import annotations

import html
import json
from typing import Any

import pytest

from bot.render.slack import FOLLOWUP_ACTION
from tests.bot.test_slack_assistant import App, dm_in_thread, start
from tests.fakes.slack_server import FakeSlack, action_body, event_body, slash_body

FLEET = "how many H100s for 100M users?"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def slack_app(slack):
    made: list[App] = []

    async def make(**kw: Any) -> App:
        made.append(await start(slack, **kw))
        return made[-1]

    yield make
    for app in made:
        await app.bot.drain(10)
        await app.runner.cleanup()


def buttons(msg: dict[str, Any]) -> dict[str, str]:
    """label -> value of the follow-up buttons under a message."""
    return {e["text"]["text"]: e["value"] for b in msg.get("blocks") or []
            if b["type"] == "actions" for e in b["elements"]
            if e["action_id"].startswith(FOLLOWUP_ACTION)}


def shown(msg: dict[str, Any]) -> str:
    """The answer as a reader sees it, without the buttons (their data differs per answer)."""
    parts = []
    for b in msg.get("blocks") or []:
        if b["type"] in ("section", "header"):
            parts += [b["text"]["text"], *(f["text"] for f in b.get("fields") or [])]
        elif b["type"] == "context":
            parts += [e["text"] for e in b["elements"]]
    return html.unescape("\n".join(parts))


async def mention(app: App, slack: FakeSlack, text: str, ts: str, *, thread: str | None = None
                  ) -> dict[str, Any]:
    n = len(slack.of("chat.postMessage"))
    ev = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": ts,
          "text": f"<@UBOT> {text}"}
    if thread:
        ev["thread_ts"] = thread
    await app.event(event_body(ev, f"Ev{ts}"))
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) > n)
    await app.bot.drain(10)
    return slack.of("chat.postMessage")[n].params


async def tap(app: App, slack: FakeSlack, value: str, *, thread: str | None, channel: str = "C1",
              trigger: str = "trig-t1", user: str = "U1", ephemeral: bool = False,
              rid: str = "t1") -> tuple[int, float]:
    return await app.action(action_body(
        value, action_id=f"{FOLLOWUP_ACTION}0", channel=channel, message_ts="1700000000.000009",
        thread_ts=thread, user=user, trigger=trigger, ephemeral=ephemeral,
        response_url=slack.response_url(rid)))


async def test_a_tap_gives_the_same_answer_as_the_typed_follow_up(slack, slack_app):
    app = await slack_app()
    first = await mention(app, slack, FLEET, "1700000500.000001")
    offered = buttons(first)
    assert 3 <= len(offered) <= 6 and "H100" not in " ".join(offered)   # never what was asked
    label = next(k for k in offered if k.startswith("H200"))
    status, took = await tap(app, slack, offered[label], thread="1700000500.000001")
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2)
    await app.bot.drain(10)
    tapped = slack.of("chat.postMessage")[1].params
    assert tapped["thread_ts"] == "1700000500.000001"
    # the same two turns typed in another thread
    await mention(app, slack, FLEET, "1700000501.000001")
    typed = await mention(app, slack, "what about H200?", "1700000501.000002",
                          thread="1700000501.000001")
    assert shown(tapped) == shown(typed) and "H200" in shown(tapped)
    assert slack.errors == [] and not slack.responses


async def test_a_button_under_an_older_answer_or_forged_is_refused_politely(slack, slack_app):
    app = await slack_app()
    thread = "1700000502.000001"
    first = await mention(app, slack, FLEET, thread)
    await mention(app, slack, "how many A100s for 5M users?", "1700000502.000002", thread=thread)
    old = next(iter(buttons(first).values()))
    forged = old[:-1] + ("A" if old[-1] != "A" else "B")
    for i, value in enumerate([old, "fu1:AAAAAAAAAAA:acc:b200", "nonsense", forged]):
        await tap(app, slack, value, thread=thread, trigger=f"trig-s{i}", rid=f"s{i}")
    await slack.wait_for(lambda: len(slack.responses) >= 4)
    await app.bot.drain(10)
    for _, r in slack.responses:
        assert "earlier answer" in r["text"] and r["response_type"] == "ephemeral"
        assert r["replace_original"] is False
    assert len(slack.of("chat.postMessage")) == 2                 # nothing else was answered


async def test_taps_share_the_rate_limit_with_typed_questions(slack, slack_app):
    app = await slack_app(rate_limit_per_minute=1)
    first = await mention(app, slack, FLEET, "1700000503.000001")
    await tap(app, slack, next(iter(buttons(first).values())), thread="1700000503.000001")
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2)
    await app.bot.drain(10)
    assert "wait a minute" in json.dumps(slack.of("chat.postMessage")[1].params)


async def test_the_chart_button_uploads_a_png_into_the_thread(slack, slack_app):
    app = await slack_app()
    thread = "1700000504.000001"
    first = await mention(app, slack, FLEET, thread)
    chart = next(v for k, v in buttons(first).items() if "📈" in k)
    status, took = await tap(app, slack, chart, thread=thread)
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    await slack.wait_for(lambda: slack.files, timeout=15)
    await app.bot.drain(10)
    f = slack.files[0]
    assert f["channel"] == "C1" and f["thread_ts"] == thread
    assert f["data"].startswith(PNG) and len(f["data"]) < 200_000
    assert "GPUs" in f["title"] and f["filename"].endswith(".png")
    assert slack.errors == []


async def test_slash_chart_uploads_into_the_channel(slack, slack_app):
    app = await slack_app()
    await app.command(slash_body("chart how many H100s for 10M users?", slack.response_url("c1"),
                                 trigger="trig-c1"))
    await slack.wait_for(lambda: slack.files, timeout=15)
    await app.bot.drain(10)
    assert slack.files[0]["channel"] == "C1" and slack.files[0]["thread_ts"] is None
    assert slack.files[0]["data"].startswith(PNG)
    # `/gpubot chart` alone: the channel's last answer, which that question was
    await app.command(slash_body("chart", slack.response_url("c2"), trigger="trig-c2"))
    await slack.wait_for(lambda: len(slack.files) >= 2, timeout=15)
    assert slack.files[1]["data"] == slack.files[0]["data"]


async def test_slash_chart_without_an_answer_or_a_chart_says_so(slack, slack_app):
    app = await slack_app()
    await app.command(slash_body("chart", slack.response_url("c3"), channel="C9",
                                 trigger="trig-c3"))
    await app.command(slash_body("chart is 8x H100 enough for llama 3.1 405b in fp8?",
                                 slack.response_url("c4"), trigger="trig-c4"))
    await slack.wait_for(lambda: {"c3", "c4"} <= set(slack.response_ids), timeout=15)
    await app.bot.drain(10)
    got: dict[str, str] = {}
    for rid, (_, body) in zip(slack.response_ids, slack.responses, strict=True):
        got[rid] = got.get(rid, "") + json.dumps(body, ensure_ascii=False)
    assert "Chart what?" in got["c3"]
    # a question with no chart: its numbers and a note, only the user sees; no file
    assert "No chart" in got["c4"] and "H100" in got["c4"] and not slack.files
    assert all(b["response_type"] == "ephemeral" for _, b in slack.responses)


async def test_under_an_ephemeral_answer_a_tap_answers_ephemeral_and_offers_no_chart(
        slack, slack_app):
    app = await slack_app()
    await app.command(slash_body(FLEET, slack.response_url("r1"), trigger="trig-e1"))
    await slack.wait_for(lambda: slack.responses)
    first = slack.responses[0][1]
    offered = buttons(first)
    assert offered and not any("📈" in k for k in offered)        # a file would be public
    label = next(k for k in offered if k.startswith("H200"))
    await tap(app, slack, offered[label], thread=None, ephemeral=True, rid="e2",
              trigger="trig-e2")
    await slack.wait_for(lambda: "e2" in slack.response_ids)
    await app.bot.drain(10)
    answer = slack.responses[slack.response_ids.index("e2")][1]
    assert answer["response_type"] == "ephemeral" and "H200" in shown(answer)
    assert answer["replace_original"] is False
    assert not slack.of("chat.postMessage")


async def test_the_language_button_switches_and_answers_again(slack, slack_app):
    app = await slack_app()
    thread = "1700000505.000001"
    first = await mention(app, slack, FLEET, thread)
    zh = next(v for k, v in buttons(first).items() if "中文" in k)
    await tap(app, slack, zh, thread=thread)
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 3)
    await app.bot.drain(10)
    said, again = (p.params for p in slack.of("chat.postMessage")[1:3])
    assert "中文" in json.dumps(said, ensure_ascii=False)
    assert "张" in shown(again) and again["thread_ts"] == thread
    assert buttons(again)                           # the new answer has its own buttons
    state = await app.bot.core.store.load(("slack", "C1", thread))
    assert state.lang == "zh"


async def test_a_tap_in_an_assistant_thread_takes_the_thread_path(slack, slack_app):
    app = await slack_app()
    thread = "1700000506.000001"
    await app.event(event_body(dm_in_thread(FLEET, thread=thread, ts="1700000506.000002"),
                               "EvN1"))
    await slack.wait_for(lambda: slack.of("chat.postMessage"))
    await app.bot.drain(10)
    first = slack.of("chat.postMessage")[0].params
    label = next(k for k in buttons(first) if k.startswith("H200"))
    before = len(slack.of("assistant.threads.setStatus"))
    await tap(app, slack, buttons(first)[label], thread=thread, channel="D1")
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2)
    await app.bot.drain(10)
    second = slack.of("chat.postMessage")[1].params
    assert second["channel"] == "D1" and second["thread_ts"] == thread and "H200" in shown(second)
    assert len(slack.of("assistant.threads.setStatus")) > before     # a status while working
