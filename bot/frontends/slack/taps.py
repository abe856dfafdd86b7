"""Slack's buttons (issue 12), mixed into SlackBot: Details and the one-tap follow-ups.

Details posts the rest of an answer in its thread (bot/frontends/slack/details.py). A follow-up tap
(bot/core/followups.py) is acknowledged at once, checked against the conversation's latest answer
(a stale or forged button gets a polite note only the tapper sees, in the chat's language),
then handled exactly as the follow-up typed in the same place: a message in the answer's
thread or DM, or `/gpubot TEXT` under a slash command's answer; the same order, state and
rate limit. "📈" uploads the answer's chart (bot/frontends/slack/charts.py); the language button does
what `lang xx` does, then answers again in that language.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial
from typing import Any, Protocol

from slack_bolt.context.set_status.async_set_status import AsyncSetStatus
from slack_bolt.context.set_title.async_set_title import AsyncSetTitle
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.core import followups
from bot.core.answer import Answer
from bot.core.commands import Command
from bot.core.conversation import Core
from bot.core.messages import t
from bot.core.ratelimit import RateLimiter
from bot.frontends.slack.assistant import Thread
from bot.frontends.slack.charts import Charts
from bot.frontends.slack.details import Kept, tap
from bot.render.slack import (
    FOLLOWUP_ACTION,
    Message,
    details_messages,
    error_messages,
    plain_messages,
)
from bot.store import ChatKey
from calc import CalcError, Request, compute

log = logging.getLogger("gpubot.slack")


class _Bot(Protocol):
    """What the taps use of SlackBot."""

    core: Core
    limiter: RateLimiter
    details: Kept
    charts: Charts
    fu_secret: bytes

    def _allowed(self, team: str, channel: str, user: str) -> bool: ...
    async def _first(self, kind: str, id: str | None) -> bool: ...
    async def _tracked(self, coro: Awaitable[None]) -> None: ...
    async def _command(self, cmd: Command, key: tuple[str, str, str], user: str, lang: str
                       ) -> str: ...
    def _calc_part(self, a: Answer, key: ChatKey, *, chart: bool = True) -> list[Message]: ...
    async def _slash(self, text: str, *, user: str, channel: str, team: str,
                     respond: Callable[..., Awaitable[Any]], client: AsyncWebClient,
                     public: bool | None = None) -> None: ...
    async def _chat(self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient,
                    *, thread_ts: str | None, thread: Thread | None = None) -> None: ...
    async def _lang(self, key: ChatKey) -> str: ...
    async def _in_language(self, req: Request, lang: str, *, key: ChatKey, user: str,
                           client: AsyncWebClient, thread_ts: str | None,
                           respond: Callable[..., Awaitable[Any]], slashed: bool,
                           public: bool) -> None: ...


class Taps:
    # ------------------------------------------------------------------ details
    async def on_details(self: _Bot, ack: Callable[..., Awaitable[Any]], body: dict[str, Any],
                         client: AsyncWebClient, respond: Callable[..., Awaitable[Any]]) -> None:
        """The Details button (bot/frontends/slack/details.py): acknowledged first, then the rest of the
        answer in its thread."""
        await ack()
        if not await self._first("slack-trigger", body.get("trigger_id")):
            return
        tp = tap(body)
        kept = self.details.get(tp.value)
        lang = kept[1] if kept is not None else "en"

        async def privately(msgs: list[Message]) -> None:
            for m in msgs:
                await respond(response_type="ephemeral", replace_original=False, **m)

        if not self._allowed(tp.team, tp.channel, tp.user):
            await privately(plain_messages(t("not_allowed", lang)))
            return
        if kept is None:
            await privately(plain_messages(t("slack.details_gone", lang)))
            return
        msgs = details_messages(*kept)
        if tp.thread_ts is None:
            await privately(msgs)
            return
        try:
            for m in msgs:
                await client.chat_postMessage(channel=tp.channel, thread_ts=tp.thread_ts, **m)
        except SlackApiError as exc:      # not in the channel, say: the user still gets them
            log.warning("slack details not posted (%s); sent privately",
                        exc.response.get("error"))
            await privately(msgs)

    # ------------------------------------------------------------------ follow-ups, charts
    async def on_followup(self: _Bot, ack: Callable[..., Awaitable[Any]], body: dict[str, Any],
                          client: AsyncWebClient, respond: Callable[..., Awaitable[Any]]
                          ) -> None:
        """A follow-up button (bot/core/followups.py): acknowledged first, checked against the
        conversation's latest answer, then handled exactly as the follow-up typed there: in the
        answer's thread (or DM) like a message, under a slash command's answer like
        `/gpubot TEXT`; same order, state and rate limit."""
        await ack()
        if not await self._first("slack-trigger", body.get("trigger_id")):
            return
        tp = tap(body, FOLLOWUP_ACTION)
        ephemeral = bool((body.get("container") or {}).get("is_ephemeral"))
        # a slash command's answer is ephemeral, or top-level in a channel; mentions, DMs and
        # assistant threads are answered in a thread or a DM
        slashed = ephemeral or (tp.thread_ts is None and not tp.channel.startswith("D"))
        thread_ts = None if slashed else (body.get("message") or {}).get("thread_ts")
        key = ("slack", tp.channel, thread_ts or "")
        reply = partial(respond, replace_original=False)

        async def privately(text: str) -> None:
            await reply(response_type="ephemeral", **plain_messages(text)[0])

        lang = await self._lang(key)
        if not self._allowed(tp.team, tp.channel, tp.user):
            await privately(t("not_allowed", lang))
            return
        decoded = followups.decode(tp.value)
        req: Request | None = None
        if decoded is not None:
            try:
                req = await followups.check(self.core.store, key, decoded[0],
                                            secret=self.fu_secret)
            except Exception:
                log.exception("follow-up check failed")
        if req is None or decoded is None:
            log.info("slack: stale or forged follow-up", extra={"platform": "slack"})
            await privately(t("fu_stale", lang))
            return
        fu_id = decoded[1]
        if fu_id == "chart" or fu_id.startswith("lang:"):
            if not await self.limiter.check(tp.user):
                await privately(t("slow_down", req.lang))
                return
            if fu_id == "chart":
                await self._tracked(self.charts.of_request(req, key=key, client=client,
                                                           channel=tp.channel,
                                                           thread_ts=thread_ts, respond=reply))
            else:
                await self._tracked(self._in_language(req, fu_id.partition(":")[2], key=key,
                                                      user=tp.user, client=client,
                                                      thread_ts=thread_ts, respond=reply,
                                                      slashed=slashed, public=not ephemeral))
            return
        text = followups.text_for(fu_id, req.lang)
        if slashed:
            await self._slash(text, user=tp.user, channel=tp.channel, team=tp.team,
                              respond=reply, client=client, public=not ephemeral)
            return
        thread = None
        if tp.channel.startswith("D") and thread_ts:     # a DM thread: an assistant thread's
            thread = Thread(AsyncSetStatus(client, tp.channel, thread_ts),
                            AsyncSetTitle(client, tp.channel, thread_ts))
        await self._chat({"channel": tp.channel, "user": tp.user, "text": text},
                         {"team_id": tp.team}, client, thread_ts=thread_ts, thread=thread)

    async def _lang(self: _Bot, key: ChatKey) -> str:
        try:
            return (await self.core.store.load(key)).lang or "en"
        except Exception:
            return "en"

    async def _in_language(self: _Bot, req: Request, lang: str, *, key: ChatKey, user: str,
                           client: AsyncWebClient, thread_ts: str | None,
                           respond: Callable[..., Awaitable[Any]], slashed: bool,
                           public: bool) -> None:
        """What typing `lang xx` does, then the same answer again in that language."""
        said = await self._command(Command("lang", lang), key, user, lang)
        again = replace(req, lang=lang)
        try:
            res = compute(again, defaults=self.core.calc_defaults)
            msgs = self._calc_part(Answer(question="", route="calc", lang=lang, request=again,
                                          result=res), key, chart=public)
        except CalcError as exc:
            msgs = error_messages(exc.render(lang), lang)
        for m in [*plain_messages(said), *msgs]:
            if slashed:
                await respond(response_type="in_channel" if public else "ephemeral", **m)
            else:
                await client.chat_postMessage(channel=key[1], thread_ts=thread_ts, **m)
