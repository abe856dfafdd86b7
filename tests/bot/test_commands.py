"""The core's commands (bot/core/commands.py) through every front end, over the wire: the real
python-telegram-bot against the fake Bot API, the real slack-bolt app (slash command, DM,
mention) against the fake Web API, and `gpubot chat` through its loop. The same command gives
the same text everywhere; and with no LLM the notes answer is sent once with its own label."""

from __future__ import annotations

import asyncio
import functools
import html
import io
import json
import sys

import pytest
from aiohttp import web

from bot.cli import main
from bot.core.commands import parse
from bot.core.conversation import Core
from bot.core.narrator import NotesNarrator
from bot.frontends.slack.app import SlackBot
from bot.frontends.telegram.app import TelegramBot
from tests.bot.test_slack import SECRET, Http
from tests.fakes.slack_server import FakeSlack
from tests.fakes.telegram_server import FakeTelegram

# every command, in one chat, in this order; state carries from line to line
SEQUENCE = [
    "/help", "/assume", "/assume queries=20 gpu=H200", "/assume clear queries",
    "/assume queries=abc", "/assume foo=1", "/assume queries=1e9", "/assume gpu=H1000",
    "/assume clear", "/lang", "/lang xx", "/gpus", "/models", "/usage", "/lang zh", "/help",
    "/assume gpu=H200", "/assume clear gpu", "/gpus", "/usage", "/reset", "/help",
]
QUESTION = "how many GPUs for 100M users?"


def flat(text: str) -> str:
    """The words of a reply, whatever each platform did with line breaks and splitting."""
    return " ".join(text.split())


def tg_sent(tg: FakeTelegram, chat: int = 42) -> list[tuple[int | None, str]]:
    """(message replied to, visible text) of every message sent to the chat, in order."""
    out = []
    for c in tg.of("sendMessage", chat):
        rp = c.params.get("reply_parameters")
        out.append((rp.get("message_id") if isinstance(rp, dict) else None, c.params["text"]))
    return out


async def telegram_replies(tg: FakeTelegram, lines: list[str], **kw) -> list[str]:
    """Each line sent in one private chat, waiting for its reply before the next."""
    lang_code = kw.pop("language_code", "en")
    bot = TelegramBot(kw.pop("core", None) or Core(narrator=NotesNarrator()), token=tg.token,
                      api_base_url=tg.url, rate_limit_per_minute=1000, **kw)
    await bot.start()
    replies = []
    try:
        for line in lines:
            upd = tg.text_message(line, language_code=lang_code)
            tg.push(upd)
            mid = upd["message"]["message_id"]
            await tg.wait_for(lambda mid=mid: any(r == mid for r, _ in tg_sent(tg)))
            # a long reply's later parts: sent before its handler ends, and python-telegram-bot
            # counts the updates whose handlers are running
            await tg.wait_for(lambda: bot.arrival.current_concurrent_updates == 0)
            replies.append("\n".join(t for r, t in tg_sent(tg) if r == mid))
    finally:
        await bot.stop()
    return replies


def counted(bot: SlackBot) -> None:
    """Count the slash-command, DM and mention listeners running (`bot.listening`): a reply's
    parts are all sent when the listener that sends them returns. Bolt reads a listener's
    arguments from the function it wraps (functools.wraps)."""
    bot.listening = 0  # type: ignore[attr-defined]

    def wrap(listener):
        @functools.wraps(listener)
        async def run(**kw):
            bot.listening += 1  # type: ignore[attr-defined]
            try:
                await listener(**kw)
            finally:
                bot.listening -= 1  # type: ignore[attr-defined]
        return run

    for name in ("on_command", "on_message", "on_mention"):
        setattr(bot, name, wrap(getattr(bot, name)))


@pytest.fixture
async def slack_http(slack):
    made = []

    async def make(core: Core | None = None, **kw) -> Http:
        kw.setdefault("update_interval_s", 0.0)    # updated as they stream: no second waited out
        bot = SlackBot(core or Core(narrator=NotesNarrator()), bot_token="xoxb-test-token-123456",
                       signing_secret=SECRET, api_base_url=slack.url + "/api/",
                       rate_limit_per_minute=1000, **kw)
        counted(bot)
        runner = web.AppRunner(bot.build().web_app(path="/slack/events"))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        h = Http(bot, runner, f"http://127.0.0.1:{port}/slack/events")
        made.append(h)
        return h

    yield make
    for h in made:
        await h.bot.drain(5)
        await h.runner.cleanup()


def slack_text(msg: dict) -> str:
    """What a Slack message shows: its blocks' text, unescaped."""
    parts = []
    for b in msg.get("blocks") or []:
        if b["type"] in ("section", "header"):
            parts.append(b["text"]["text"])
        elif b["type"] == "context":
            parts += [e["text"] for e in b["elements"]]
    return html.unescape("\n".join(parts)) if parts else html.unescape(msg.get("text", ""))


async def slash_replies(h: Http, slack: FakeSlack, lines: list[str]) -> list[str]:
    """`/gpubot help`, `/gpubot assume …`: the words after the slash command."""
    replies = []
    for i, line in enumerate(lines):
        n = len(slack.responses)
        await h.command(line.lstrip("/"), slack, trigger=f"trig-{i}")
        await slack.wait_for(lambda n=n: len(slack.responses) > n)
        await slack.wait_for(lambda: h.bot.listening == 0)       # a long reply's later parts
        replies.append("\n".join(slack_text(r) for _, r in slack.responses[n:]))
    return replies


async def event_replies(h: Http, slack: FakeSlack, lines: list[str], *, mention: bool,
                        thread: str = "") -> list[str]:
    """The same words in a DM ("assume queries=20") or a mention ("@gpubot assume …")."""
    replies = []
    for i, line in enumerate(lines):
        n = len(slack.of("chat.postMessage"))
        ts = f"1700000100.{i:06d}"
        text = line.lstrip("/")
        ev = {"type": "app_mention", "user": "U1", "channel": "C9", "ts": ts,
              "thread_ts": thread or ts, "text": f"<@UBOT> {text}"} if mention else \
            {"type": "message", "channel_type": "im", "user": "U1", "channel": "D1", "ts": ts,
             "text": text}
        await h.event(ev, event_id=f"Ev-{mention}-{thread}-{i}")
        await slack.wait_for(lambda n=n: len(slack.of("chat.postMessage")) > n)
        await slack.wait_for(lambda: h.bot.listening == 0)       # a long reply's later parts
        replies.append("\n".join(slack_text(p.params) for p in slack.of("chat.postMessage")[n:]))
    return replies


def cli_chat(lines: list[str], *extra: str) -> str:
    """`gpubot chat` with these lines on stdin (a pipe); what it printed."""
    old_in, old_out = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.StringIO("\n".join(lines) + "\n"), io.StringIO()
    try:
        assert main(["chat", *extra]) == 0
        return sys.stdout.getvalue()
    finally:
        sys.stdin, sys.stdout = old_in, old_out


def cli_replies(lines: list[str]) -> list[str]:
    out = cli_chat(lines, "--json")
    return [json.loads(x)["text"] for x in out.splitlines() if x.strip()]


# ------------------------------------------------------------------ the same everywhere
@pytest.mark.slow
async def test_every_command_gives_the_same_text_in_every_front_end(tg, slack, slack_http):
    h = await slack_http(admin_user_ids=["U1"])
    cli = await asyncio.to_thread(cli_replies, SEQUENCE)
    telegram = await telegram_replies(tg, SEQUENCE, admin_user_ids=[7])
    slash = await slash_replies(h, slack, SEQUENCE)
    dm = await event_replies(h, slack, SEQUENCE, mention=False)
    mention = await event_replies(h, slack, SEQUENCE, mention=True, thread="1700000099.000001")
    for i, line in enumerate(SEQUENCE):
        want = flat(cli[i])
        for name, got in (("telegram", telegram), ("slash", slash), ("dm", dm),
                          ("mention", mention)):
            assert flat(got[i]) == want, (line, name, got[i][:300], cli[i][:300])
    by = dict(zip(SEQUENCE[:14], cli[:14], strict=True))
    assert "/assume queries=20 gpu=H200" in by["/help"] and "/usage" in by["/help"]
    # display names and valid ranges from the registry, never internal ids
    assert "queries / queries_per_user: queries per user per day (0.01 to 1,000,000 queries/day)" \
        in by["/assume"]
    set_ = by["/assume queries=20 gpu=H200"]
    assert "accelerator = H200 SXM" in set_ and "queries per user per day = 20 queries/day" in set_
    assert "h200_sxm" not in " ".join(cli)
    assert "queries per user" not in by["/assume clear queries"] and "H200 SXM" in \
        by["/assume clear queries"]
    # polite, with an example, never a traceback
    for bad in ("/assume queries=abc", "/assume foo=1", "/assume queries=1e9", "/assume gpu=H1000"):
        assert "For example: /assume queries=20 gpu=H200" in by[bad], by[bad]
        assert "Traceback" not in by[bad]
    assert "Did you mean H100" in by["/assume gpu=H1000"]
    assert "defaults apply" in by["/assume clear"]
    assert "H100 SXM" in by["/gpus"] and "Llama 2 70B" in by["/models"]
    assert "No LLM usage recorded" in by["/usage"]
    # Chinese after /lang zh, back to English after /reset
    zh = dict(zip(SEQUENCE[14:], cli[14:], strict=False))
    assert cli[14] == "已切换为中文。" and "用中文或英文直接提问" in cli[15]
    assert "加速卡 = H200 SXM（见 /gpus）" in zh["/assume gpu=H200"]
    assert cli[18].startswith("加速卡（稠密") and "语言模型用量" in cli[19]
    assert cli[20] == "已清除本聊天的记录和假设。" and cli[21].startswith("Ask in plain words")


async def test_usage_is_for_admins_only(tg, slack, slack_http):
    h = await slack_http(admin_user_ids=["UADMIN"])
    telegram = await telegram_replies(tg, ["/usage"], admin_user_ids=[99])
    slash = await slash_replies(h, slack, ["/usage"])
    dm = await event_replies(h, slack, ["usage"], mention=False)
    for got in (telegram[0], slash[0], dm[0]):
        assert got == "That command is for admins.", got
    cli = await asyncio.to_thread(cli_replies, ["/usage"])
    assert "No LLM usage" in cli[0]                     # the console's user is admin


async def test_chinese_speakers_get_chinese_replies(tg, slack, slack_http):
    # a Telegram user whose app is in Chinese, before any /lang
    telegram = await telegram_replies(tg, ["/help", "/assume queries=abc"], language_code="zh")
    assert telegram[0].startswith("用中文或英文直接提问")
    assert "例如：/assume queries=20 gpu=H200" in telegram[1]
    # Slack: the Chinese words for the commands
    h = await slack_http()
    slash = await slash_replies(h, slack, ["帮助"])
    dm = await event_replies(h, slack, ["语言 zh", "假设"], mention=False)
    assert flat(slash[0]) == flat(telegram[0])
    assert dm[0] == "已切换为中文。" and dm[1].startswith("本聊天的假设")


def test_questions_that_start_with_a_command_word_stay_questions():
    assert parse("assume 20 queries per user, how many H100s for 100M users?") is None
    assert parse("models like Llama 3 70B on H100: how many for 10M users?") is None
    assert parse("reset the fleet to 8 GPUs per server") is None
    assert parse("assume queries=20") is not None and parse("/assume 20 queries") is not None
    assert parse("help") is not None and parse("/gpus@gpu_test_bot").name == "gpus"


# ------------------------------------------------------------------ /assume, then a question
async def test_assume_then_a_question_uses_the_override_everywhere(tg, slack, slack_http):
    lines = ["/assume queries=20 gpu=H200", QUESTION, "/assume clear", QUESTION]
    # gpubot chat, in text mode
    out = await asyncio.to_thread(cli_chat, lines)
    first, second = out.split("Assumptions:")[1], out.split("Assumptions:")[2]
    assert "queries per user per day = 20 queries/day (set with /assume)" in first
    assert "accelerator = H200 SXM (set with /assume)" in first
    assert "queries per user per day = 10 queries/day (default)" in second
    assert "H200" not in second.split("How:")[0]
    # Telegram
    telegram = await telegram_replies(tg, lines)
    assert "queries per user per day = 20 queries/day (set with /assume)" in telegram[1]
    assert "H200 SXM" in telegram[1].split("\n")[0]
    assert "set with /assume" not in telegram[3] and "H100 SXM" in telegram[3].split("\n")[0]
    # Slack: a slash command sets the channel's; a mention in a thread sets the thread's
    h = await slack_http()
    slash = await slash_replies(h, slack, lines)
    assert "queries per user per day = 20 queries/day (set with /assume)" in slash[1]
    assert "set with /assume" not in slash[3]
    thread = await event_replies(h, slack, lines[:2], mention=True, thread="1700000200.000001")
    assert "accelerator = H200 SXM (set with /assume)" in thread[1]
    other = await event_replies(h, slack, [QUESTION], mention=True, thread="1700000300.000001")
    assert "set with /assume" not in other[0]                # another thread: not set there


async def test_json_shows_the_override_as_its_source():
    out = await asyncio.to_thread(cli_chat, ["/assume queries=20", QUESTION], "--json")
    cmd, ans = (json.loads(x) for x in out.splitlines())
    assert cmd["route"] == "none" and "queries per user per day = 20" in cmd["text"]
    a = {x["name"]: x for x in ans["calc"]["assumptions"]}
    assert a["queries_per_user"]["value"] == 20
    assert a["queries_per_user"]["origin"] == "conversation"
    assert a["queries_per_user"]["source"] == "/assume"


# ------------------------------------------------------------------ honest labels
async def test_telegram_notes_answer_is_sent_once_with_its_label(tg):
    bot = TelegramBot(Core(narrator=NotesNarrator()), token=tg.token, api_base_url=tg.url,
                      rate_limit_per_minute=1000)
    await bot.start()
    try:
        tg.push(tg.text_message("why does ChatGPT drive HBM demand?"))
        tg.push(tg.text_message("how many H100s for 100M users, and why is HBM the bottleneck?"))
        tg.push(tg.text_message("/help"))                    # barrier: answered after both
        await tg.wait_for(lambda: any("Commands" in x for x in tg.texts(42)))
    finally:
        await bot.stop()
    assert tg.of("editMessageText", 42) == []
    sent = [c.params["text"] for c in tg.of("sendMessage", 42)]
    assert len(sent) == 4                    # notes; numbers + notes; help
    notes = [s for s in sent if "built-in notes" in s]
    assert len(notes) == 2 and all("HBM" in s for s in notes)
    assert not any("explained by the language model" in s or "still writing" in s for s in sent)


async def test_slack_notes_answer_is_posted_once_with_its_label(slack, slack_http):
    h = await slack_http()
    ev = {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "1700000400.000001",
          "text": "<@UBOT> how many H100s for 100M users, and why is HBM the bottleneck?"}
    await h.event(ev, event_id="EvN1")
    await h.command("why does ChatGPT drive HBM demand?", slack, trigger="tn")
    await slack.wait_for(lambda: len(slack.of("chat.postMessage")) >= 2 and slack.responses)
    await h.bot.drain(5)
    await asyncio.sleep(0.2)
    posts = [slack_text(p.params) for p in slack.of("chat.postMessage")]
    assert slack.of("chat.update") == []
    assert len(posts) == 2 and "GPUs" in posts[0] and "built-in notes" in posts[1]
    assert len(slack.responses) == 1 and "built-in notes" in slack_text(slack.responses[0][1])
    everything = slack.all_text()
    assert "explained by the language model" not in everything and "still writing" not in everything


async def test_commands_sent_while_an_explanation_streams_persist_telegram(tg):
    """Issue 10: a reply streaming (its explanation held open), then /assume and /lang sent in
    the same chat meanwhile, over the wire: both persist, and the stream does not overwrite
    them when it finishes."""
    from tests.bot.test_order import GatedNarrator
    from tests.conftest import BOTH

    narrator = GatedNarrator()
    core = Core(narrator=narrator)
    bot = TelegramBot(core, token=tg.token, api_base_url=tg.url, rate_limit_per_minute=1000,
                      edit_interval_s=0.0)      # the final edit without waiting out a second
    await bot.start()
    try:
        tg.push(tg.text_message(BOTH))
        await asyncio.wait_for(narrator.started.wait(), 10)         # the explanation streams
        tg.push(tg.text_message("/assume queries=30"))
        tg.push(tg.text_message("/lang zh"))
        narrator.gate.set()
        await tg.wait_for(lambda: any("explained 1." in x for x in tg.texts(42)), timeout=10)
        await tg.wait_for(lambda: len(tg.of("sendMessage", 42)) >= 4, timeout=10)
        state = await core.store.load(("telegram", "42", ""))
        assert state.overrides == {"queries_per_user": 30.0} and state.lang == "zh"
    finally:
        await bot.stop()


async def test_commands_sent_while_an_explanation_streams_persist_slack_thread(slack, slack_http):
    from tests.bot.test_order import GatedNarrator
    from tests.conftest import BOTH

    narrator = GatedNarrator()
    core = Core(narrator=narrator)
    h = await slack_http(core)
    thread = "1700000200.000001"
    ev = {"type": "app_mention", "user": "U1", "channel": "C9", "ts": thread,
          "text": f"<@UBOT> {BOTH}"}
    await h.event(ev, event_id="Ev-q")
    await asyncio.wait_for(narrator.started.wait(), 10)
    for i, words in enumerate(["assume queries=30", "lang zh"]):
        await h.event({"type": "app_mention", "user": "U1", "channel": "C9",
                       "ts": f"1700000200.00001{i}", "thread_ts": thread,
                       "text": f"<@UBOT> {words}"}, event_id=f"Ev-c{i}")
    narrator.gate.set()
    # the explanation is streamed into the thread (chat.*Stream): its pieces are in the chunks
    streamed = ("chat.startStream", "chat.appendStream", "chat.stopStream")
    await slack.wait_for(lambda: any("explained 1." in json.dumps(p.params) for p in slack.posts
                                     if p.method in streamed), timeout=10)
    await slack.wait_for(lambda: len(slack.of("chat.postMessage") + slack.of("chat.startStream"))
                         >= 4, timeout=10)
    state = await core.store.load(("slack", "C9", thread))
    assert state.overrides == {"queries_per_user": 30.0} and state.lang == "zh"
