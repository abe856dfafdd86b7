"""Charts in Slack: an answer's chart (bot/render/charts.py) drawn in a worker thread, so the event
loop never waits for matplotlib, and uploaded with files_upload_v2 into the conversation (the
answer's thread, or the channel of a `/gpubot chart` command). Files cannot be ephemeral: a
chart is visible to the conversation it is posted in, so the 📈 button is offered under
public answers only."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import aclosing
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.answer import Answer
from bot.core.conversation import Core, Finished, Question
from bot.core.messages import t
from bot.render import charts
from bot.render.slack import Message, error_messages, esc, plain_messages
from bot.store import ChatKey
from calc import CalcError, Request, compute

log = logging.getLogger("gpubot.slack")
Respond = Callable[..., Awaitable[Any]]


async def draw(ans: Answer) -> charts.Chart | None:
    """The answer's chart, or None when its kind of question has none."""
    kind = charts.chart_kind(ans)
    if kind is None:
        return None
    try:
        return await asyncio.to_thread(charts.render, ans, kind)
    except charts.NoChart:
        return None


async def upload(client: AsyncWebClient, chart: charts.Chart, *, channel: str,
                 thread_ts: str | None, comment: str = "") -> None:
    """files.getUploadURLExternal, the bytes, files.completeUploadExternal (slack_sdk's
    files_upload_v2), shared into the channel and thread; the title doubles as alt text."""
    await client.files_upload_v2(channel=channel, thread_ts=thread_ts, content=chart.png,
                                 filename=f"gpubot-{chart.kind}.png", title=chart.title,
                                 alt_txt=chart.title[:1000], initial_comment=comment or None)


class Charts:
    """`/gpubot chart …` and the 📈 button. `calc_part` renders an answer's numbers (with
    its buttons) for the answers that have no chart."""

    def __init__(self, core: Core,
                 calc_part: Callable[..., list[Message]]) -> None:
        self.core, self.calc_part = core, calc_part

    async def command(self, text: str, *, key: ChatKey, user: str, respond: Respond,
                      client: AsyncWebClient) -> None:
        """`/gpubot chart QUESTION`: the question's chart in the channel (numbers only, no
        explanation); `/gpubot chart` alone: the channel's last answer's."""
        if not text:
            last = None
            try:
                state = await self.core.store.load(key)
                last, lang = state.last_request, state.lang or "en"
            except Exception:
                log.exception("store load failed")
                lang = "en"
            if not last:
                await respond(response_type="ephemeral",
                              **plain_messages(t("slack.chart_what", lang))[0])
                return
            await self.of_request(Request.from_dict(last), key=key, client=client,
                                  channel=key[1], thread_ts=None, respond=respond)
            return
        q = Question(text=text, platform="slack", chat=key[1], user=user, thread="",
                     calc_only=True)
        ans: Answer | None = None
        async with aclosing(self.core.stream(q)) as events:
            async for ev in events:
                if isinstance(ev, Finished):
                    ans = ev.answer
        if ans is not None:
            await self.post(ans, key=key, client=client, channel=key[1], thread_ts=None,
                            respond=respond)

    async def of_request(self, req: Request, *, key: ChatKey, client: AsyncWebClient,
                         channel: str, thread_ts: str | None, respond: Respond) -> None:
        """The chart of a stored request (the conversation's latest answer)."""
        try:
            res = compute(req, defaults=self.core.calc_defaults)
        except CalcError as exc:
            for m in error_messages(exc.render(req.lang), req.lang):
                await respond(response_type="ephemeral", **m)
            return
        await self.post(Answer(question="", route="calc", lang=req.lang, request=req,
                               result=res),
                        key=key, client=client, channel=channel, thread_ts=thread_ts,
                        respond=respond)

    async def post(self, ans: Answer, *, key: ChatKey, client: AsyncWebClient, channel: str,
                   thread_ts: str | None, respond: Respond) -> None:
        """The chart uploaded into the conversation; an answer without one gets its numbers
        and a note that only the user sees."""
        chart = await draw(ans)
        if chart is None:
            for m in [*self.calc_part(ans, key, chart=False),
                      *plain_messages(t("no_chart", ans.lang))]:
                await respond(response_type="ephemeral", **m)
            return
        try:
            await upload(client, chart, channel=channel, thread_ts=thread_ts,
                         comment=esc(ans.result.headline) if ans.result is not None else "")
        except SlackApiError as exc:     # not in the channel, files:write missing
            log.warning("slack chart not posted (%s)", exc.response.get("error"))
            await respond(response_type="ephemeral",
                          **plain_messages(t("slack.chart_not_posted", ans.lang))[0])
