"""Sending to Telegram the way it wants: HTML first, plain text when Telegram cannot parse
it, the forum topic kept, "message is not modified" ignored, typing errors swallowed; flood
limits and 429 retries within the process's stop budget."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatAction, FloodLimit, ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter

from bot.frontends.telegram.pace import CHAT_ACTION, PriorityPacer, priority
from bot.render.telegram import plain
from bot.shutdown import StopBudget

log = logging.getLogger("gpubot.telegram")


def thread_of(msg: Message) -> int | None:
    return msg.message_thread_id if msg.is_topic_message else None


async def typing(bot: Bot, msg: Message) -> None:
    try:
        await bot.send_chat_action(msg.chat_id, ChatAction.TYPING, message_thread_id=thread_of(msg))
    except TelegramError:
        pass


def markup(rows: list[list[tuple[str, str]]] | None) -> InlineKeyboardMarkup | None:
    """An inline keyboard from rows of (label, callback data)."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)
                                  for label, data in row] for row in rows])


async def send(bot: Bot, msg: Message | None, text: str, *, html: bool = False,
               reply: bool = True, buttons: list[list[tuple[str, str]]] | None = None
               ) -> Message | None:
    if msg is None:
        return None
    kw: dict[str, Any] = {"message_thread_id": thread_of(msg)}
    if reply:
        kw["reply_parameters"] = ReplyParameters(msg.message_id, allow_sending_without_reply=True)
    if buttons:
        kw["reply_markup"] = markup(buttons)
    try:
        return await bot.send_message(msg.chat_id, text,
                                      parse_mode=ParseMode.HTML if html else None, **kw)
    except BadRequest as exc:
        if html and "parse" in str(exc).lower():
            log.warning("telegram rejected HTML; resending as plain text")
            return await bot.send_message(msg.chat_id, plain(text), **kw)
        raise


async def send_photo(bot: Bot, msg: Message, png: bytes, *, caption: str = "",
                     buttons: list[list[tuple[str, str]]] | None = None) -> Message:
    """A chart into the chat, replying to `msg`, with an HTML caption (plain if it does not
    parse) and the follow-up buttons."""
    kw: dict[str, Any] = {"message_thread_id": thread_of(msg),
                          "reply_parameters": ReplyParameters(msg.message_id,
                                                              allow_sending_without_reply=True)}
    if buttons:
        kw["reply_markup"] = markup(buttons)
    try:
        return await bot.send_photo(msg.chat_id, png, caption=caption or None,
                                    parse_mode=ParseMode.HTML if caption else None, **kw)
    except BadRequest as exc:
        if caption and "parse" in str(exc).lower():
            return await bot.send_photo(msg.chat_id, png, caption=plain(caption), **kw)
        raise


async def edit(bot: Bot, target: Message, html: str) -> None:
    try:
        await bot.edit_message_text(html, chat_id=target.chat_id, message_id=target.message_id,
                                    parse_mode=ParseMode.HTML)
    except BadRequest as exc:
        text = str(exc).lower()
        if "not modified" in text:
            return
        if "parse" in text:
            await bot.edit_message_text(plain(html), chat_id=target.chat_id,
                                        message_id=target.message_id)
            return
        raise


class BudgetedRateLimiter(AIORateLimiter):
    """Telegram's flood limits and 429 retries, with waits that never outlast a stop budget.

    AIORateLimiter's per-group limits (20 messages a minute) are kept; its overall limit is
    replaced by PriorityPacer (bot/frontends/telegram/pace.py), which serves first replies before later
    parts, edits and typing actions. A 429 holds the chat it answered for retry_after, not the
    whole bot (AIORateLimiter pauses every send): while one chat waits, the others keep the
    30-per-second pace, and the retried send keeps its place in the queue."""

    def __init__(self, budget: StopBudget | None = None, *, max_retries: int = 6,
                 overall_max_rate: float = FloodLimit.MESSAGES_PER_SECOND,
                 overall_time_period: float = 1, **limits: Any) -> None:
        super().__init__(max_retries=max_retries, overall_max_rate=0, **limits)
        self.pacer = PriorityPacer(overall_max_rate / overall_time_period) \
            if overall_max_rate and overall_time_period else None
        self._held: dict[int | str | None, float] = {}     # chat -> loop time its hold ends
        self.budget = budget or StopBudget()
        budget = self.budget
        self._running: set[asyncio.Timeout] = set()
        budget.on_start(self._cut_requests)

    def _cut_requests(self, end: float) -> None:
        for cm in self._running:
            cm.reschedule(end)

    async def process_request(
        self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
        kwargs: dict[str, Any], endpoint: str, data: dict[str, Any], rate_limit_args: int | None,
    ) -> Any:
        if endpoint == "getUpdates":
            # not a send: never held behind a chat's 429 wait (the updater's last call at
            # shutdown would otherwise wait out someone else's retry_after)
            return await callback(*args, **kwargs)
        async with asyncio.timeout(self.budget.end) as cm:
            self._running.add(cm)
            try:
                return await self._attempts(callback, args, kwargs, endpoint, data,
                                            rate_limit_args or self._max_retries)
            finally:
                self._running.discard(cm)

    async def _attempts(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                        kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                        max_retries: int) -> Any:
        """AIORateLimiter.process_request's loop, paced by priority, with a 429 holding only
        its chat, and a wait that gives up when it cannot end before the stop budget does."""
        chat_id = data.get("chat_id")
        group: int | str | bool = False
        try:
            chat_id = int(chat_id) if chat_id is not None else None
        except (TypeError, ValueError):
            pass
        if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str):
            group = chat_id
        prio = priority(endpoint)
        ticket = self.pacer.ticket() if self.pacer is not None else 0
        loop = asyncio.get_running_loop()
        for i in range(max_retries + 1):
            held = self._held.get(chat_id, 0.0) - loop.time()
            if prio == CHAT_ACTION and (held > 0 or (self.pacer is not None and self.pacer.busy())):
                return True                    # typing is dropped, never a reply's slot
            if held > 0:                       # another send to this chat got a 429
                await asyncio.sleep(held)
            try:
                async with (self._get_group_limiter(group) if group and self._group_max_rate
                            else contextlib.nullcontext()), \
                        (self.pacer.slot(prio, ticket) if self.pacer is not None
                         and chat_id is not None else contextlib.nullcontext()):
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                # the refused call keeps its slot: given back, the slot goes at once to the next
                # send, which an empty Telegram bucket refuses too (a storm of 429s)
                if i == max_retries or prio == CHAT_ACTION:
                    raise
                # Telegram's retry_after counts from when it answered; the wait starts later,
                # when the answer arrives, so it needs no margin on top
                wait = exc._retry_after.total_seconds()
                self._held[chat_id] = max(self._held.get(chat_id, 0.0), loop.time() + wait)
                await self._pause(wait, exc)
            finally:
                if self._held.get(chat_id, 0.0) <= loop.time():
                    self._held.pop(chat_id, None)
        return None

    async def _pause(self, seconds: float, exc: RetryAfter) -> None:
        loop = asyncio.get_running_loop()
        until = loop.time() + seconds
        if not self.budget.stopping.is_set():
            try:
                await asyncio.wait_for(self.budget.stopping.wait(), seconds)
            except TimeoutError:
                return
        left = self.budget.left() or 0.0
        if until - loop.time() > left:
            log.warning("shutting down: a rate-limited send is dropped",
                        extra={"wait_s": round(until - loop.time(), 1)})
            raise exc
        await asyncio.sleep(until - loop.time())
