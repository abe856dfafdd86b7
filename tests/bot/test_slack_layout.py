"""The answer-first layout in Slack, through the real slack-bolt app against the fake Slack:
the first message holds the headline, the key figures, the inputs that were not used and
the key assumptions in one line; a comparison is a table; the Details button (a Bolt action,
acknowledged at once) posts the rest in the answer's thread."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from bot.render.slack import DETAILS_ACTION, calc_messages, key_figures
from calc import ask
from tests.bot.test_slack_assistant import App, start
from tests.fakes.slack_server import FakeSlack, action_body, event_body, slash_body

FLEET = "how many H100s for 100M users?"
UNUSED = "GPT-4 class model: 1.8T params dense on 13T tokens, how many H100 GPU-hours?"
COMPARE = "H100 vs H200 vs B200 for 100M users"


@pytest.fixture
async def slack_app(slack):
    made: list[App] = []

    async def make(**kw: Any) -> App:
        made.append(await start(slack, **kw))
        return made[-1]

    yield make
    for app in made:
        await app.bot.drain(5)
        await app.runner.cleanup()


def visible(msg: dict[str, Any]) -> str:
    """What the message shows, as a reader sees it (mrkdwn entities unescaped)."""
    parts = []
    for b in msg.get("blocks") or []:
        if b["type"] in ("section", "header"):
            parts.append(b["text"]["text"])
            parts += [f["text"] for f in b.get("fields") or []]
            if "accessory" in b:
                parts.append(b["accessory"]["text"]["text"])
        elif b["type"] == "context":
            parts += [e["text"] for e in b["elements"]]
    return html.unescape("\n".join(parts))


def button(msg: dict[str, Any]) -> dict[str, Any]:
    return next(b["accessory"] for b in msg["blocks"] if "accessory" in b)


async def mention(app: App, slack: FakeSlack, text: str, ts: str, channel: str = "C1"
                  ) -> dict[str, Any]:
    n = len(slack.of("chat.postMessage"))
    await app.event(event_body({"type": "app_mention", "user": "U1", "channel": channel,
                                "ts": ts, "text": f"<@UBOT> {text}"}, f"Ev{ts}"))
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) > n)
    await app.bot.drain(10)
    return slack.of("chat.postMessage")[n].params


async def test_the_first_message_is_the_answer_and_fits_a_phone_screen(slack, slack_app):
    app = await slack_app()
    first = await mention(app, slack, FLEET, "1700000400.000001")
    shown = visible(first)
    _, res = ask(FLEET)
    for f in key_figures(res):
        assert f.label in shown
    assert 3 <= len(key_figures(res)) <= 5
    keys = key_figures(res)
    rest = [f.label for f in res.figures
            if f not in keys and not any(f.label in k.label for k in keys)]
    assert rest and not [x for x in rest if x in shown]          # the rest waits for Details
    line = next(e["text"] for b in first["blocks"] if b["type"] == "context"
                for e in b["elements"])
    assert line.startswith("Assumptions:") and "\n" not in line     # one line
    assert "100,000,000" in line and "(you)" in line and "(default)" in line
    assert "more under Details" in line
    assert "How" not in shown and "catalog" not in shown              # no arithmetic, sources
    assert button(first)["action_id"] == DETAILS_ACTION and button(first)["text"]["text"] == \
        "Details"
    assert len(shown) <= 900, len(shown)
    assert slack.errors == []


async def test_inputs_that_were_not_used_are_on_the_first_screen(slack, slack_app):
    app = await slack_app()
    first = await mention(app, slack, UNUSED, "1700000401.000001")
    shown = visible(first)
    assert "Not used:" in shown and "GPT-4" in shown
    assert shown.index("Not used:") < shown.index("Assumptions:")


async def test_a_comparison_is_a_table_with_the_same_figures_per_option(slack, slack_app):
    app = await slack_app()
    first = await mention(app, slack, COMPARE, "1700000402.000001")
    table = next(b for b in first["blocks"] if b.get("fields"))
    cells = [html.unescape(f["text"]) for f in table["fields"]]
    assert [c.splitlines()[0] for c in cells] == ["*H100 SXM*", "*H200 SXM*", "*B200*"]
    rows = [[re.sub(r"\b(H100 SXM|H200 SXM|B200)\b", "X", line.split(":")[0])
             for line in c.splitlines()[1:]] for c in cells]
    assert rows[0] == rows[1] == rows[2] and 2 <= len(rows[0]) <= 5
    gpus = [f"{o.figure('gpus').value:,.0f}" for o in ask(COMPARE)[1].alternatives]
    assert gpus[1] in cells[1] and gpus[2] in cells[2]
    assert slack.errors == []


async def test_details_post_the_rest_in_the_thread(slack, slack_app):
    app = await slack_app()
    thread = "1700000403.000001"
    first = await mention(app, slack, FLEET, thread)
    value = button(first)["value"]
    assert 0 < len(value) <= 2000
    status, took = await app.action(action_body(
        value, action_id=DETAILS_ACTION, channel="C1", message_ts="1700000000.000001",
        thread_ts=thread, response_url=slack.response_url("d1")))
    assert status == 200 and took < 3.0                       # Slack's limit for the ack
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2)
    await app.bot.drain(10)
    details = slack.of("chat.postMessage")[1].params
    assert details["thread_ts"] == thread and details["channel"] == "C1"
    shown = visible(details)
    _, res = ask(FLEET)
    assert f"Details: {res.headline}" in shown
    for a in res.assumptions:                                     # every one, with its origin
        assert (a.label or a.name) in shown
    assert "(catalog)" in shown and res.steps[0] in shown
    assert all(f.label in shown for f in res.figures if f not in key_figures(res))
    assert not slack.responses and slack.errors == []


async def test_details_of_an_ephemeral_answer_come_ephemeral(slack, slack_app):
    app = await slack_app()
    await app.command(slash_body(FLEET, slack.response_url("r1")))
    await slack.wait_for(lambda: slack.responses)
    first = slack.responses[0][1]
    assert first["response_type"] == "ephemeral"
    await app.action(action_body(button(first)["value"], action_id=DETAILS_ACTION,
                                 channel="C1", message_ts="1700000404.000001", ephemeral=True,
                                 response_url=slack.response_url("d2")))
    await slack.wait_for(lambda: "d2" in slack.response_ids)
    reply = slack.responses[slack.response_ids.index("d2")][1]
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert "Details:" in visible(reply)
    assert not slack.of("chat.postMessage")


async def test_a_stale_or_forged_details_value_is_refused_politely(slack, slack_app):
    app = await slack_app()
    for i, value in enumerate(["forged-value", "", "x" * 300]):
        await app.action(action_body(value, action_id=DETAILS_ACTION, channel="C1",
                                     message_ts="1700000405.000001", trigger=f"trig-f{i}",
                                     response_url=slack.response_url(f"f{i}")))
    await slack.wait_for(lambda: len(slack.responses) >= 3)
    for _, r in slack.responses:
        assert "no longer available" in r["text"] and r["response_type"] == "ephemeral"
    assert not slack.of("chat.postMessage")


async def test_details_refused_to_a_user_outside_the_allow_list(slack, slack_app):
    app = await slack_app(allowed_user_ids=["U1"])
    first = await mention(app, slack, FLEET, "1700000406.000001")
    await app.action(action_body(button(first)["value"], action_id=DETAILS_ACTION,
                                 channel="C1", message_ts="1700000000.000001", user="U2",
                                 response_url=slack.response_url("u2")))
    await slack.wait_for(lambda: slack.responses)
    assert "private" in slack.responses[0][1]["text"]
    assert len(slack.of("chat.postMessage")) == 1


def test_without_a_details_id_nothing_is_hidden():
    """Where nothing can be tapped the whole answer is kept, in the same messages."""
    _, res = ask(FLEET)
    blob = json.dumps(calc_messages(res, "en"))
    assert "accessory" not in blob and res.steps[0] in html.unescape(blob)
    assert all(a.label in blob for a in res.assumptions if a.label)


def test_a_traditional_question_gets_blocks_in_its_characters():
    from bot.render.slack import error_messages
    from calc.text import lang_of

    q = "H100 跑 Llama 3 70B，日活三百萬，每人每日問 8 次，要幾多張卡？"
    _, res = ask(q)
    msgs = calc_messages(res, lang_of(q), details_id="d1") + error_messages("單卡放不下", lang_of(q))
    text = json.dumps(msgs, ensure_ascii=False)
    assert "張H100 SXM" in text and "张" not in text and "万" not in text
    assert '"action_id"' not in text or "d1" in text          # ids and values stay as they were
