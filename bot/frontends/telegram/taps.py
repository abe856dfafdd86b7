"""Telegram's follow-up taps and charts (issue 12), mixed into TelegramBot.

A tap is answered at once (answerCallbackQuery), waits for its place in the chat's order, is
checked against the chat's latest answer (bot/core/followups.py: a stale or forged button gets a
polite refusal in the user's language), then handled as the follow-up typed: the same
`_answer` path, the same state and rate limit. "📈" and `/chart` draw the chart in a thread
(bot/render/charts.py) and send it as a photo; the language button does what `/lang` does, then shows
the same answer in that language.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import aclosing
from dataclasses import replace
from typing import Protocol

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.core import followups
from bot.core.answer import Answer
from bot.core.commands import Commands
from bot.core.conversation import Core, Finished, Question
from bot.core.messages import t
from bot.frontends.telegram.arrival import ChatArrival
from bot.frontends.telegram.send import send_photo
from bot.render import charts
from bot.render.telegram import chart_caption, error_message
from bot.store import ChatKey
from calc import CalcError, Request, compute

log = logging.getLogger("gpubot.telegram")


class _Bot(Protocol):
    """What the taps use of TelegramBot."""

    core: Core
    commands: Commands
    admins: set[int]
    arrival: ChatArrival
    fu_secret: bytes

    async def _gate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool: ...
    def _key(self, update: Update) -> tuple[str, str, str]: ...
    async def _lang(self, update: Update) -> str: ...
    async def _send(self, context: ContextTypes.DEFAULT_TYPE, msg: Message | None, text: str, *,
                    html: bool = False, reply: bool = True,
                    buttons: list[list[tuple[str, str]]] | None = None) -> Message | None: ...
    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                      calc_only: bool = False) -> None: ...
    async def _send_numbers(self, context: ContextTypes.DEFAULT_TYPE, msg: Message, a: Answer,
                            key: ChatKey | None, *, chart: bool = True) -> None: ...
    def _buttons(self, a: Answer, key: ChatKey | None, *, chart: bool = True
                 ) -> list[list[tuple[str, str]]] | None: ...
    async def _chart_of_request(self, context: ContextTypes.DEFAULT_TYPE, msg: Message,
                                key: ChatKey, req: Request) -> None: ...
    async def _send_chart(self, context: ContextTypes.DEFAULT_TYPE, msg: Message, key: ChatKey,
                          ans: Answer) -> None: ...
    async def _in_language(self, update: Update, context: ContextTypes.DEFAULT_TYPE,
                           msg: Message, key: ChatKey, req: Request, lang: str) -> None: ...


class Taps:
    async def on_tap(self: _Bot, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A follow-up button: answered at once, then handled as the follow-up typed, in the
        chat's order; a button under an older answer (or forged data) is refused politely."""
        query = update.callback_query
        if query is None:
            return
        try:
            await query.answer()
        except TelegramError:
            log.info("telegram: callback query could not be answered")
        msg = update.effective_message
        if not isinstance(msg, Message) or not await self._gate(update, context):
            return
        key = self._key(update)
        turn = self.arrival.turn_of(update)
        if turn is not None:
            await turn.numbers()       # the check sees the state the previous answer left
        decoded = followups.decode(query.data)
        req: Request | None = None
        if decoded is not None:
            try:
                req = await followups.check(self.core.store, key, decoded[0], secret=self.fu_secret)
            except Exception:
                log.exception("follow-up check failed")
        if req is None or decoded is None:
            log.info("telegram: stale or forged follow-up", extra={"platform": "telegram"})
            await self._send(context, msg, t("fu_stale", await self._lang(update)))
            return
        fu_id = decoded[1]
        if fu_id == "chart":
            await self._chart_of_request(context, msg, key, req)
        elif fu_id.startswith("lang:"):
            await self._in_language(update, context, msg, key, req, fu_id.partition(":")[2])
        else:
            await self._answer(update, context, followups.text_for(fu_id, req.lang))

    async def cmd_chart(self: _Bot, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/chart QUESTION: the answer's chart; /chart alone: the chat's last answer's."""
        msg = update.effective_message
        if msg is None or update.effective_user is None or not await self._gate(update, context):
            return
        key = self._key(update)
        turn = self.arrival.turn_of(update)
        text = " ".join(context.args or []).strip()
        if not text:
            if turn is not None:
                await turn.numbers()
            last = (await self.core.store.load(key)).last_request
            if not last:
                await self._send(context, msg, t("chart_what", await self._lang(update)))
                return
            await self._chart_of_request(context, msg, key, Request.from_dict(last))
            return
        q = Question(text=text, platform="telegram", chat=key[1],
                     user=str(update.effective_user.id), thread=key[2], calc_only=True)
        ans: Answer | None = None
        async with aclosing(self.core.stream(q, turn)) as events:
            async for ev in events:
                if isinstance(ev, Finished):
                    ans = ev.answer
        if ans is not None:
            await self._send_chart(context, msg, key, ans)

    async def _chart_of_request(self: _Bot, context: ContextTypes.DEFAULT_TYPE, msg: Message,
                                key: ChatKey, req: Request) -> None:
        try:
            res = compute(req, defaults=self.core.calc_defaults)
        except CalcError as exc:
            await self._send(context, msg, error_message(exc.render(req.lang), req.lang), html=True)
            return
        await self._send_chart(context, msg, key, Answer(question="", route="calc", lang=req.lang,
                                                         request=req, result=res))

    async def _send_chart(self: _Bot, context: ContextTypes.DEFAULT_TYPE, msg: Message, key: ChatKey,
                          ans: Answer) -> None:
        """The chart as a photo (drawn in a thread: the event loop never waits for it), its
        title as the caption, the other follow-ups under it; the numbers and a note when the
        answer has no chart."""
        kind = charts.chart_kind(ans)
        chart = None
        if kind is not None:
            try:
                chart = await asyncio.to_thread(charts.render, ans, kind)
            except charts.NoChart:
                chart = None
        if chart is None:
            await self._send_numbers(context, msg, ans, key)
            if ans.result is not None:
                await self._send(context, msg, t("no_chart", ans.lang))
            return
        caption = chart_caption(ans.result.headline if ans.result is not None else chart.title)
        await send_photo(context.bot, msg, chart.png, caption=caption,
                         buttons=self._buttons(ans, key, chart=False))

    async def _in_language(self: _Bot, update: Update, context: ContextTypes.DEFAULT_TYPE,
                           msg: Message, key: ChatKey, req: Request, lang: str) -> None:
        """What typing /lang xx does, then the same answer again in that language."""
        uid = update.effective_user.id if update.effective_user else 0
        reply = await self.commands.run(key=key, user=str(uid), is_admin=uid in self.admins,
                                        lang=lang, name="lang", arg=lang,
                                        turn=self.arrival.turn_of(update))
        await self._send(context, msg, reply)
        again = replace(req, lang=lang)
        try:
            res = compute(again, defaults=self.core.calc_defaults)
        except CalcError as exc:
            await self._send(context, msg, error_message(exc.render(lang), lang), html=True)
            return
        stored = again.to_dict()
        await self.core.store.modify(key, lambda s: setattr(s, "last_request", stored))
        await self._send_numbers(context, msg, Answer(question="", route="calc", lang=lang,
                                                      request=again, result=res), key)

