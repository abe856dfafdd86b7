"""Slack front end (slack-bolt AsyncApp): slash command, app mentions in threads, DMs, and
assistant threads (Slack's AI-app surface).

The slash command is acknowledged first thing, so Slack's 3-second limit holds whatever the
LLM does; the numbers follow through response_url, then the narrative when complete. In
channels, DMs and assistant threads the numbers are posted at once, the key figures first and
the rest behind a Details button (an action that posts them in the thread); the narrative
follows by Slack's native streaming where there is a thread to stream into, else (and where
Slack has no streaming methods) by chat.update at most once a second (bot/frontends/slack/stream.py).
Assistant threads get suggested prompts when they open, a status while the answer is worked
out and a title from the first question; their messages take the same path as a DM. The
buttons (Details, the follow-ups, 📈) and `/gpubot chart` are in bot/frontends/slack/taps.py and
bot/frontends/slack/charts.py.
Deliveries Slack repeats (HTTP retries, socket reconnects) are answered once: event ids (else
client_msg_id) and trigger ids are remembered for an hour, in this process and, with a shared
store, claimed in it, so a retry that reaches another replica is not answered again
(bot/core/replicas.py). Per-user limits are taken there too (bot/core/ratelimit.py). Socket Mode
(default) or HTTP mode (signing secret verified by Bolt, stale timestamps rejected).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import aclosing
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncAssistant
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.core import followups
from bot.core.answer import Answer
from bot.core.commands import Command, Commands, parse
from bot.core.conversation import CalcReady, Core, Event, Finished, NarrativeDelta, Question
from bot.core.messages import lang_of, t
from bot.core.ratelimit import RateLimiter
from bot.core.replicas import first_delivery, is_shared
from bot.frontends.slack.assistant import Thread, quietly, suggested_prompts
from bot.frontends.slack.charts import Charts
from bot.frontends.slack.details import Kept
from bot.frontends.slack.stream import NarrativeWriter, Native
from bot.frontends.slack.taps import Taps
from bot.render.slack import (
    DETAILS_ACTION,
    FOLLOWUP_ACTION,
    Message,
    calc_messages,
    error_messages,
    narrative_messages,
    plain_messages,
)
from bot.store import ChatKey

log = logging.getLogger("gpubot.slack")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
Post = Callable[[Message], Awaitable[dict[str, Any]]]


class Seen:
    """Bounded memory of delivery ids, for answering each event once."""

    def __init__(self, ttl_s: float = 3600, size: int = 10_000) -> None:
        self.ttl, self.size = ttl_s, size
        self._ids: OrderedDict[str, float] = OrderedDict()

    def first_time(self, key: str | None) -> bool:
        if not key:
            return True
        now = time.monotonic()
        while self._ids and (len(self._ids) > self.size or
                             now - next(iter(self._ids.values())) > self.ttl):
            self._ids.popitem(last=False)
        if key in self._ids:
            return False
        self._ids[key] = now
        return True


class SlackBot(Taps):
    def __init__(self, core: Core, *, bot_token: str, signing_secret: str = "",
                 api_base_url: str = "", slash_command: str = "/gpubot",
                 respond_in_channel: bool = False, allowed_team_ids: Iterable[str] = (),
                 allowed_channel_ids: Iterable[str] = (), allowed_user_ids: Iterable[str] = (),
                 admin_user_ids: Iterable[str] = (), rate_limit_per_minute: int = 10,
                 update_interval_s: float = 1.0, native_streaming: bool = True) -> None:
        self.core = core
        self.commands = Commands(core)
        self.admins = set(admin_user_ids)
        self.bot_token = bot_token
        self.signing_secret = signing_secret
        self.api_base_url = api_base_url
        self.slash_command = slash_command
        self.respond_in_channel = respond_in_channel
        self.teams, self.channels, self.users = (set(allowed_team_ids), set(allowed_channel_ids),
                                                 set(allowed_user_ids))
        self.limiter = RateLimiter(rate_limit_per_minute, store=core.store)
        self.update_interval = update_interval_s
        self.native = Native(native_streaming)
        self.seen = Seen()
        self.details = Kept()
        # signs the follow-up buttons; from the token, so every replica and restart agree
        self.fu_secret = followups.secret_from(bot_token)
        self.charts = Charts(core, self._calc_part)
        self.in_flight = 0
        self._tasks: set[asyncio.Task[None]] = set()
        if not (self.teams or self.channels or self.users):
            log.warning("slack: allowed team, channel and user lists are empty: the app answers "
                        "everyone in every workspace it is installed in")

    def build(self) -> AsyncApp:
        base = self.api_base_url.rstrip("/") + "/" if self.api_base_url else \
            "https://slack.com/api/"
        # 429s wait Retry-After, 500/503 and dropped connections are retried; anything else
        # (a 4xx, invalid_blocks) is an answer that a retry would not change
        client = AsyncWebClient(token=self.bot_token, base_url=base, retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
            AsyncRateLimitErrorRetryHandler(max_retry_count=5),
            AsyncServerErrorRetryHandler(max_retry_count=2)])
        app = AsyncApp(client=client, signing_secret=self.signing_secret or "socket-mode-unused",
                       process_before_response=False, ignoring_self_events_enabled=True)
        # assistant threads first: their messages are DMs in a thread, which the Assistant
        # middleware takes before the plain DM listener below sees them
        assistant = AsyncAssistant()
        assistant.thread_started(self.on_thread_started)
        assistant.user_message(self.on_assistant_message)
        assistant.thread_context_changed(self.on_context_changed)
        app.assistant(assistant)
        app.command(self.slash_command)(self.on_command)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.action(DETAILS_ACTION)(self.on_details)
        app.action(re.compile(f"^{FOLLOWUP_ACTION}\\d+$"))(self.on_followup)
        self.app = app
        return app

    # ------------------------------------------------------------------ gates
    def _allowed(self, team: str, channel: str, user: str) -> bool:
        if self.teams and team not in self.teams:
            return False
        if self.channels or self.users:
            return channel in self.channels or user in self.users
        return True

    async def _first(self, kind: str, id: str | None) -> bool:
        """The first delivery of this id: in this process, then in the shared store."""
        if not self.seen.first_time(f"{kind}:{id}" if id else None):
            return False
        if not id or not is_shared(self.core.store):
            return True
        return await first_delivery(self.core.store, kind, id, self.seen.ttl)

    # ------------------------------------------------------------------ listeners
    async def on_command(self, ack: Callable[..., Awaitable[Any]], body: dict[str, Any],
                         respond: Callable[..., Awaitable[Any]], client: AsyncWebClient) -> None:
        await ack()
        if not await self._first("slack-trigger", body.get("trigger_id")):
            return
        await self._slash((body.get("text") or "").strip(), user=body.get("user_id", ""),
                          channel=body.get("channel_id", ""), team=body.get("team_id", ""),
                          respond=respond, client=client)

    async def _slash(self, text: str, *, user: str, channel: str, team: str,
                     respond: Callable[..., Awaitable[Any]], client: AsyncWebClient,
                     public: bool | None = None) -> None:
        """What `/gpubot TEXT` does (and a tap under a slash command's answer, with the text
        the tap stands for): answered through response_url, ephemeral unless public."""
        lang = lang_of(text)
        if not self._allowed(team, channel, user):
            await respond(text=t("not_allowed", lang), response_type="ephemeral")
            return
        if not await self.limiter.check(user):
            await respond(text=t("slow_down", lang), response_type="ephemeral")
            return
        key = ("slack", channel, "")
        if text.lower() == "chart" or text.lower().startswith("chart "):
            await self._tracked(self.charts.command(text[5:].strip(), key=key, user=user,
                                                    respond=respond, client=client))
            return
        cmd = parse(text) if text else Command("help", "")
        if cmd is not None:       # "/gpubot assume queries=20": the channel's settings
            for m in plain_messages(await self._command(cmd, key, user, lang)):
                await respond(response_type="ephemeral", **m)
            return
        if public is None:
            public = self.respond_in_channel
            if text.lower().startswith("public "):
                public, text = True, text[7:].strip()
        rtype = "in_channel" if public else "ephemeral"
        q = Question(text=text, platform="slack", chat=channel, user=user, thread="")

        async def send(msg: Message) -> None:
            try:
                status = getattr(await respond(response_type=rtype, **msg), "status_code", 200)
            except Exception as exc:
                status = type(exc).__name__
            if status == 200:
                return
            # response_url failed (expired, 5xx, unreachable): the same message through the Web
            # API, ephemeral where the answer was to be ephemeral
            log.warning("slack response_url failed; posting instead",
                        extra={"platform": "slack", "status": status})
            if public:
                await client.chat_postMessage(channel=channel, **msg)
            else:
                await client.chat_postEphemeral(channel=channel, user=user, **msg)

        # a chart is a file, which the whole channel sees: offered under public answers only
        await self._tracked(self._answer_by_messages(q, send, chart=public))

    async def on_mention(self, event: dict[str, Any], body: dict[str, Any],
                         client: AsyncWebClient) -> None:
        if event.get("bot_id") or not await self._first("slack-event", _event_id(event, body)):
            return
        thread = event.get("thread_ts") or event.get("ts", "")
        await self._chat(event, body, client, thread_ts=thread)

    async def on_message(self, event: dict[str, Any], body: dict[str, Any],
                         client: AsyncWebClient) -> None:
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return                       # edits, joins, bot messages: deliberately ignored
        if not await self._first("slack-event", _event_id(event, body)):
            return
        await self._chat(event, body, client, thread_ts=event.get("thread_ts"))

    # ------------------------------------------------------------------ assistant threads
    async def on_thread_started(self, event: dict[str, Any], body: dict[str, Any],
                                client: AsyncWebClient,
                                set_suggested_prompts: Callable[..., Awaitable[Any]]) -> None:
        """A user opened an assistant thread: offer questions to start with, in both
        languages (the thread has no text yet to tell which one the user reads)."""
        thread = event.get("assistant_thread") or {}
        channel, user = thread.get("channel_id", ""), thread.get("user_id", "")
        if not await self._first("slack-event", body.get("event_id")):
            return
        if not self._allowed(body.get("team_id", ""), channel, user):
            await client.chat_postMessage(channel=channel, thread_ts=thread.get("thread_ts"),
                                          **plain_messages(t("not_allowed"))[0])
            return
        await quietly("setSuggestedPrompts", set_suggested_prompts(
            prompts=suggested_prompts(), title=t("slack.prompts_title")))

    async def on_assistant_message(self, event: dict[str, Any], body: dict[str, Any],
                                   client: AsyncWebClient,
                                   set_status: Callable[..., Awaitable[Any]],
                                   set_title: Callable[..., Awaitable[Any]]) -> None:
        """A message in an assistant thread (or any DM thread): the same path as a DM."""
        if event.get("subtype") or not await self._first("slack-event", _event_id(event, body)):
            return
        await self._chat(event, body, client, thread_ts=event.get("thread_ts"),
                         thread=Thread(set_status, set_title))

    async def on_context_changed(self) -> None:
        """The user moved to another channel beside the thread. Answers do not depend on the
        channel being viewed, so nothing is stored (Bolt's default would write it into the
        thread's first message)."""

    # ------------------------------------------------------------------ conversations
    async def _chat(self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient,
                    *, thread_ts: str | None, thread: Thread | None = None) -> None:
        channel, user = event.get("channel", ""), event.get("user", "")
        team = body.get("team_id") or event.get("team", "")
        text = _MENTION.sub("", event.get("text") or "").strip()
        lang = lang_of(text)

        async def post(msg: Message) -> dict[str, Any]:
            resp = await client.chat_postMessage(channel=channel, thread_ts=thread_ts, **msg)
            data = getattr(resp, "data", None)
            return data if isinstance(data, dict) else {}

        if not self._allowed(team, channel, user):
            await post(plain_messages(t("not_allowed", lang))[0])
            return
        if not await self.limiter.check(user):
            await post(plain_messages(t("slow_down", lang))[0])
            return
        cmd = parse(text) if text else Command("help", "")
        key = ("slack", channel, thread_ts or "")
        if cmd is not None:       # "@gpubot assume queries=20": this thread's (or DM's) settings
            for m in plain_messages(await self._command(cmd, key, user, lang)):
                await post(m)
            return
        q = Question(text=text, platform="slack", chat=channel, user=user, thread=thread_ts or "")
        if thread is not None:
            await thread.status(t("slack.status", lang))
            if await self._first_question(key):       # beside the answer, never before it
                task = asyncio.create_task(thread.title(text))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        await self._tracked(self._answer_streaming(q, post, client, channel, thread_ts=thread_ts,
                                                   team=team, thread=thread))

    async def _first_question(self, key: tuple[str, str, str]) -> bool:
        """The thread's first question: none before it in this process (a second one may come
        before the first is answered) nor in the store (the bot may have restarted)."""
        if not self.seen.first_time("title:" + ":".join(key)):
            return False
        try:
            return not (await self.core.store.load(key)).turns
        except Exception:
            return False

    async def _command(self, cmd: Command, key: tuple[str, str, str], user: str, lang: str
                       ) -> str:
        return await self.commands.run(key=key, user=user, is_admin=user in self.admins,
                                       lang=lang, name=cmd.name, arg=cmd.arg)

    # ------------------------------------------------------------------ answering
    async def _tracked(self, coro: Awaitable[None]) -> None:
        self.in_flight += 1
        try:
            await coro
        except Exception:
            log.exception("slack answer failed")
        finally:
            self.in_flight -= 1

    def _calc_part(self, a: Answer, key: ChatKey, *, chart: bool = True) -> list[Message]:
        """The numbers (or the error), with Details and the follow-up buttons under them."""
        msgs = []
        if a.result is not None:
            msgs = calc_messages(a.result, a.lang,
                                 details_id=self.details.keep(a.result, a.lang),
                                 buttons=self._buttons(a, key, chart=chart))
        if a.error is not None:
            msgs += error_messages(a.error.message, a.lang)
        return msgs

    def _buttons(self, a: Answer, key: ChatKey, *, chart: bool) -> list[tuple[str, str]]:
        """bot/core/followups.py's follow-ups, signed for this chat's answer (a button is only good
        under the chat's latest answer)."""
        if a.request is None or a.result is None:
            return []
        token = followups.answer_token(key, a.request, secret=self.fu_secret)
        return [(f.label, followups.encode(token, f.id)) for f in followups.for_answer(a)
                if chart or f.id != "chart"]

    async def _answer_by_messages(self, q: Question, send: Callable[[Message], Awaitable[None]],
                                  *, chart: bool = True) -> None:
        """Slash commands: numbers now, narrative when complete (response_url cannot stream)."""
        async with aclosing(self.core.stream(q)) as events:
            async for ev in events:
                if isinstance(ev, CalcReady):
                    for m in self._calc_part(ev.answer, q.key, chart=chart):
                        await send(m)
                elif isinstance(ev, Finished) and ev.answer.narrative is not None:
                    n = ev.answer.narrative
                    for m in narrative_messages(n.text, n.source, ev.answer.lang):
                        await send(m)

    async def _answer_streaming(self, q: Question, post: Post, client: AsyncWebClient,
                                channel: str, *, thread_ts: str | None, team: str,
                                thread: Thread | None) -> None:
        writer = NarrativeWriter(client=client, channel=channel, thread_ts=thread_ts, post=post,
                                 interval_s=self.update_interval, native=self.native, team=team,
                                 user=q.user)
        try:
            async with aclosing(self.core.stream(q)) as events:
                await self._streaming(events, post, writer, thread, q.key)
        finally:
            if thread is not None:       # whatever happened, the thread stops saying "working"
                await thread.status("")

    async def _streaming(self, events: AsyncIterator[Event], post: Post, writer: NarrativeWriter,
                         thread: Thread | None, key: ChatKey) -> None:
        lang = "en"
        async for ev in events:
            if isinstance(ev, CalcReady):
                lang = ev.answer.lang
                for m in self._calc_part(ev.answer, key):
                    await post(m)
                if thread is not None and ev.answer.route in ("llm", "both") \
                        and self.core.narrator is not None:
                    await thread.status(t("slack.status_writing", lang))
            elif isinstance(ev, NarrativeDelta):
                await writer.delta(ev.text, ev.source, lang)
            elif isinstance(ev, Finished) and ev.answer.narrative is not None:
                n = ev.answer.narrative
                await writer.finish(n.text, n.source, ev.answer.lang)

    async def drain(self, timeout_s: float = 25.0) -> None:
        """Wait for answers in progress (graceful shutdown)."""
        deadline = time.monotonic() + timeout_s
        while self.in_flight and time.monotonic() < deadline:
            await asyncio.sleep(0.05)


def _event_id(event: dict[str, Any], body: dict[str, Any]) -> str | None:
    """What identifies a delivery: the envelope's event_id, else the message's client_msg_id."""
    return body.get("event_id") or event.get("client_msg_id") or None

