"""How an answer reaches a Telegram chat, mixed into TelegramBot: the calculator's part at once
with the follow-up buttons under its last message, then the explanation, streamed into one
message by edits at most once per `edit_interval` (or sent whole when it arrives whole, as the
built-in notes do). A typing action only while a language model writes: the numbers are ready at
once, and on a busy bot a chat action would spend a slot the replies need."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing

from telegram import Message
from telegram.ext import ContextTypes

from bot.core import followups
from bot.core.answer import Answer
from bot.core.conversation import CalcReady, Core, Event, Finished, NarrativeDelta, Question
from bot.core.order import Turn
from bot.frontends.telegram.pace import AnswerSends
from bot.frontends.telegram.send import edit, send, typing
from bot.render.telegram import calc_messages, error_message, keyboard, narrative_messages
from bot.store import ChatKey


class Replies:
    """What the replies use of TelegramBot, which sets these in its __init__."""

    core: Core
    clock: Callable[[], float]
    edit_interval: float
    fu_secret: bytes
    _last_edit: dict[int, float]

    async def _stream_answer(self, context: ContextTypes.DEFAULT_TYPE, msg: Message,
                             q: Question, turn: Turn | None) -> None:
        async with aclosing(self.core.stream(q, turn)) as events:
            await self._deliver(context, msg, events, q.key)

    async def _deliver(self, context: ContextTypes.DEFAULT_TYPE, msg: Message,
                       events: AsyncIterator[Event], key: ChatKey | None = None) -> None:
        # no typing action before the numbers: they are ready at once, and on a busy bot every
        # chat action spends a slot of the 30-per-second budget the replies need. The first
        # message goes ahead of other answers' later parts (bot/frontends/telegram/pace.py)
        narr: Message | None = None
        buf = ""
        lang = "en"
        with AnswerSends() as out:
            async for ev in events:
                if isinstance(ev, CalcReady):
                    a = ev.answer
                    lang = a.lang
                    await self._send_numbers(context, msg, a, key)
                    out.sent()
                    if a.route in ("llm", "both") and getattr(self.core.narrator, "streams", True):
                        await self._typing(context, msg)   # only while a language model writes
                elif isinstance(ev, NarrativeDelta):
                    buf += ev.text
                    preview = narrative_messages(buf, ev.source, lang, done=False)[0]
                    if narr is None:
                        narr = await self._send(context, msg, preview, html=True)
                        out.sent()
                        self._last_edit[msg.chat_id] = self.clock()
                    elif self.clock() - self._last_edit.get(msg.chat_id, 0) >= self.edit_interval:
                        await self._edit(context, narr, preview)
                elif isinstance(ev, Finished):
                    a = ev.answer
                    if a.narrative is None:
                        return
                    parts = narrative_messages(a.narrative.text, a.narrative.source, a.lang)
                    if narr is None:
                        for part in parts:
                            await self._send(context, msg, part, html=True)
                            out.sent()
                        return
                    since = self.clock() - self._last_edit.get(msg.chat_id, 0)
                    wait = self.edit_interval - since
                    if wait > 0:
                        await asyncio.sleep(wait)
                    await self._edit(context, narr, parts[0])
                    for part in parts[1:]:
                        await self._send(context, msg, part, html=True)
                        out.sent()

    async def _send_numbers(self, context: ContextTypes.DEFAULT_TYPE, msg: Message, a: Answer,
                            key: ChatKey | None, *, chart: bool = True) -> None:
        """The calculator's part (or the error), the follow-up buttons under its last message."""
        parts = calc_messages(a.result, a.lang) if a.result is not None else []
        if a.error is not None:
            parts.append(error_message(a.error.message, a.lang))
        buttons = self._buttons(a, key, chart=chart)
        for i, part in enumerate(parts):
            await self._send(context, msg, part, html=True, reply=i == 0,
                             buttons=buttons if i == len(parts) - 1 else None)

    def _buttons(self, a: Answer, key: ChatKey | None, *, chart: bool = True
                 ) -> list[list[tuple[str, str]]] | None:
        if key is None or a.request is None or a.result is None:
            return None
        fus = [f for f in followups.for_answer(a) if chart or f.id != "chart"]
        token = followups.answer_token(key, a.request, secret=self.fu_secret)
        return keyboard(fus, token) or None

    async def _typing(self, context: ContextTypes.DEFAULT_TYPE, msg: Message) -> None:
        await typing(context.bot, msg)

    async def _send(self, context: ContextTypes.DEFAULT_TYPE, msg: Message | None, text: str, *,
                    html: bool = False, reply: bool = True,
                    buttons: list[list[tuple[str, str]]] | None = None) -> Message | None:
        return await send(context.bot, msg, text, html=html, reply=reply, buttons=buttons)

    async def _edit(self, context: ContextTypes.DEFAULT_TYPE, target: Message, html: str) -> None:
        self._last_edit[target.chat_id] = self.clock()
        await edit(context.bot, target, html)
