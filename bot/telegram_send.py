"""Sending to Telegram the way it wants: HTML first, plain text when Telegram cannot parse
it, the forum topic kept, "message is not modified" ignored, typing errors swallowed."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.render.telegram import plain

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
