"""Sending to Telegram the way it wants: HTML first, plain text when Telegram cannot parse
it, the forum topic kept, "message is not modified" ignored, typing errors swallowed; flood
limits and 429 retries within the process's stop budget."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter

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


async def send(bot: Bot, msg: Message | None, text: str, *, html: bool = False,
               reply: bool = True) -> Message | None:
    if msg is None:
        return None
    kw: dict[str, Any] = {"message_thread_id": thread_of(msg)}
    if reply:
        kw["reply_parameters"] = ReplyParameters(msg.message_id, allow_sending_without_reply=True)
    try:
        return await bot.send_message(msg.chat_id, text,
                                      parse_mode=ParseMode.HTML if html else None, **kw)
    except BadRequest as exc:
        if html and "parse" in str(exc).lower():
            log.warning("telegram rejected HTML; resending as plain text")
            return await bot.send_message(msg.chat_id, plain(text), **kw)
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
    """AIORateLimiter (flood limits, 429 retries) whose waits never outlast a stop budget."""

    def __init__(self, budget: StopBudget | None = None, *, max_retries: int = 6,
                 **limits: Any) -> None:
        super().__init__(max_retries=max_retries, **limits)
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
                return await self._attempts(callback, args, kwargs, data,
                                            rate_limit_args or self._max_retries)
            finally:
                self._running.discard(cm)

    async def _attempts(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                        kwargs: dict[str, Any], data: dict[str, Any], max_retries: int) -> Any:
        """AIORateLimiter.process_request's loop, with a wait that gives up when it cannot
        end before the stop budget does."""
        chat_id = data.get("chat_id")
        group: int | str | bool = False
        try:
            chat_id = int(chat_id) if chat_id is not None else None
        except (TypeError, ValueError):
            pass
        if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str):
            group = chat_id
        for i in range(max_retries + 1):
            try:
                return await self._run_request(
                    chat=chat_id is not None, group=group,
                    allow_paid_broadcast=bool(data.get("allow_paid_broadcast", False)),
                    callback=callback, args=args, kwargs=kwargs)
            except RetryAfter as exc:
                if i == max_retries:
                    raise
                if not self.budget.stopping.is_set():
                    # like AIORateLimiter, hold every send while one waits out a 429; when
                    # stopping, each send waits alone, so one chat's flood never costs another
                    # chat's last reply its place in the budget
                    self._retry_after_event.clear()
                await self._pause(exc._retry_after.total_seconds() + 0.1, exc)
            finally:
                self._retry_after_event.set()
        return None

    async def _pause(self, seconds: float, exc: RetryAfter) -> None:
        loop = asyncio.get_running_loop()
        until = loop.time() + seconds
        if not self.budget.stopping.is_set():
            try:
                await asyncio.wait_for(self.budget.stopping.wait(), seconds)
            except TimeoutError:
                return
            self._retry_after_event.set()
        left = self.budget.left() or 0.0
        if until - loop.time() > left:
            log.warning("shutting down: a rate-limited send is dropped",
                        extra={"wait_s": round(until - loop.time(), 1)})
            raise exc
        await asyncio.sleep(until - loop.time())
