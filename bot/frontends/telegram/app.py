"""Telegram front end (python-telegram-bot 22, async).

Thin: it turns updates into Questions, enforces access and rate limits, and hands the answer to
bot/frontends/telegram/replies.py (the numbers at once, the narrative by throttled edits), which
respects Telegram's limits (4096 characters, HTML escaping, 30 messages a second with first
replies first, 429 retry_after: bot/frontends/telegram/send.py). Under each calculator answer,
follow-up buttons (bot/core/followups.py): a tap is answered at once (answerCallbackQuery),
checked against the chat's latest answer, then handled exactly as the follow-up typed; 📈 and
/chart send a chart drawn in a thread (bot/render/charts.py). Updates run concurrently; each
takes its place in its chat's order as it arrives (ChatArrival, the library's hook for
sequencing), and the core keeps that order (bot/core/order.py). Edited messages are ignored on
purpose (documented): answering them twice confuses.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from telegram import BotCommand, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.core import followups
from bot.core.commands import NAMES, Commands, parse
from bot.core.conversation import Core, Question
from bot.core.messages import t
from bot.core.ratelimit import RateLimiter
from bot.core.replicas import first_delivery, is_shared
from bot.frontends.telegram.arrival import ChatArrival
from bot.frontends.telegram.replies import Replies
from bot.frontends.telegram.retry import RetryingRateLimiter
from bot.frontends.telegram.taps import Taps
from bot.shutdown import StopBudget

log = logging.getLogger("gpubot.telegram")

COMMANDS = {
    "en": [("start", "What this bot does"), ("help", "How to ask"), ("ask", "Ask a question"),
           ("calc", "Numbers only"), ("chart", "Chart an answer"),
           ("gpus", "Accelerator catalog"), ("models", "Model catalog"),
           ("assume", "Show or set this chat's assumptions"), ("reset", "Forget this chat"),
           ("lang", "Language: en or zh"), ("usage", "Token use and cost (admins)")],
    "zh": [("start", "机器人简介"), ("help", "使用说明"), ("ask", "提问"), ("calc", "只算数字"),
           ("chart", "画出图表"),
           ("gpus", "加速器目录"), ("models", "模型目录"), ("assume", "查看或设置本聊天的假设"),
           ("reset", "清除本聊天"), ("lang", "语言：en 或 zh"), ("usage", "用量与成本（管理员）")],
}
UNSUPPORTED = (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO
               | filters.VIDEO | filters.Document.ALL | filters.VIDEO_NOTE | filters.LOCATION
               | filters.CONTACT | filters.ANIMATION)


class TelegramBot(Replies, Taps):
    def __init__(self, core: Core, *, token: str, api_base_url: str = "",
                 allowed_user_ids: Iterable[int] = (), allowed_chat_ids: Iterable[int] = (),
                 admin_user_ids: Iterable[int] = (), rate_limit_per_minute: int = 10,
                 edit_interval_s: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 stop_budget: StopBudget | None = None,
                 rate_limiter: BaseRateLimiter[Any] | None = None) -> None:
        self.core = core
        self.commands = Commands(core)
        self.token = token
        self.api_base_url = api_base_url.rstrip("/")
        self.allowed_users = {int(x) for x in allowed_user_ids}
        self.allowed_chats = {int(x) for x in allowed_chat_ids}
        self.admins = {int(x) for x in admin_user_ids}
        self.limiter = RateLimiter(rate_limit_per_minute, clock, store=core.store)
        self.edit_interval = edit_interval_s
        self.clock = clock
        self.stop_budget = stop_budget or StopBudget()
        # with a shared store, an update id is claimed there: a webhook redelivery that reaches
        # another replica is not answered twice (bot/core/replicas.py)
        self.arrival = ChatArrival(core.order, self._key, 256, first=self._first
                                   if is_shared(core.store) else None)
        self._last_edit: dict[int, float] = {}
        self._refused: dict[int, float] = {}
        self.in_flight = 0
        self.app: Application | None = None
        # signs the follow-up buttons; from the token, so every replica and restart agree
        self.fu_secret = followups.secret_from(token)
        # Telegram's flood limits (30 messages/s overall, 20/min per group), 429 retry_after and
        # retries of 5xx and dropped connections;
        # tests against a fake without flood limits may pass one with the pacing turned off
        # flood limits, 429s, transient 5xx retried; no wait outlasts the stop budget
        self.rate_limiter = rate_limiter or RetryingRateLimiter(self.stop_budget, max_retries=6)
        if not self.allowed_users and not self.allowed_chats:
            log.warning("telegram: allowed_user_ids and allowed_chat_ids are empty: the bot "
                        "answers everyone who finds it")

    # ------------------------------------------------------------------ wiring
    def build(self) -> Application:
        b = (ApplicationBuilder().token(self.token).rate_limiter(self.rate_limiter)
             .concurrent_updates(self.arrival))
        if self.api_base_url:
            b = b.base_url(f"{self.api_base_url}/bot").base_file_url(f"{self.api_base_url}/file/bot")
        app = b.build()
        only_new = filters.UpdateType.MESSAGE
        app.add_handler(CommandHandler("start", self.cmd_start, filters=only_new))
        app.add_handler(CommandHandler("ask", self.cmd_ask, filters=only_new))
        app.add_handler(CommandHandler("calc", self.cmd_calc, filters=only_new))
        app.add_handler(CommandHandler("chart", self.cmd_chart, filters=only_new))
        app.add_handler(CallbackQueryHandler(self.on_tap))
        app.add_handler(CommandHandler(list(NAMES), self.on_command, filters=only_new))
        app.add_handler(MessageHandler(only_new & filters.TEXT & ~filters.COMMAND, self.on_text))
        app.add_handler(MessageHandler(only_new & UNSUPPORTED, self.on_unsupported))
        app.add_error_handler(self.on_error)
        return app

    async def start(self, *, webhook: dict[str, Any] | None = None) -> Application:
        """Build, register the commands (English and Chinese), start polling or the webhook."""
        app = self.app = self.build()
        await app.initialize()
        for lang, cmds in COMMANDS.items():
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in cmds],
                                          language_code=None if lang == "en" else lang)
        await app.start()
        assert app.updater is not None
        if webhook:
            await app.updater.start_webhook(**webhook)
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=20)
        return app

    async def stop(self) -> None:
        """Stop fetching, finish the updates being handled, then close."""
        app = self.app
        if app is None:
            return
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    @property
    def alive(self) -> bool:
        app = self.app
        return bool(app is not None and app.running and app.updater is not None
                    and app.updater.running)

    # ------------------------------------------------------------------ gates
    def _allowed(self, update: Update) -> bool:
        if not self.allowed_users and not self.allowed_chats:
            return True
        user = update.effective_user.id if update.effective_user else 0
        chat = update.effective_chat.id if update.effective_chat else 0
        return user in self.allowed_users or chat in self.allowed_chats

    async def _gate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        """Access and rate limits; replies with one short refusal where needed."""
        msg = update.effective_message
        if msg is None or update.effective_user is None:
            return False
        lang = await self._lang(update)
        uid = update.effective_user.id
        if not self._allowed(update):
            if await self._refusal_due(uid):
                await self._send(context, msg, t("not_allowed", lang))
            log.info("telegram refused", extra={"platform": "telegram", "chat": msg.chat_id})
            return False
        if not await self.limiter.check(str(uid)):
            await self._send(context, msg, t("slow_down", lang))
            return False
        return True

    async def _first(self, update: Update) -> bool:
        bot_id = self.token.split(":", 1)[0]       # the bot's public id, never the secret part
        return await first_delivery(self.core.store, "telegram-update",
                                    f"{bot_id}:{update.update_id}")

    async def _refusal_due(self, uid: int) -> bool:
        """One "this bot is private" an hour per user, across replicas with a shared store."""
        if is_shared(self.core.store):
            return await first_delivery(self.core.store, "telegram-refused", str(uid), 3600)
        if self.clock() - self._refused.get(uid, -1e9) <= 3600:
            return False
        self._refused[uid] = self.clock()
        return True

    def _addressed(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
        """The question text if the bot should answer this message, else None."""
        msg = update.effective_message
        if msg is None or msg.text is None:
            return None
        chat = update.effective_chat
        if chat is not None and chat.type == ChatType.PRIVATE:
            return msg.text
        username = (context.bot.username or "").lower()
        text = msg.text
        if username and f"@{username}" in text.lower():
            i = text.lower().index(f"@{username}")
            return (text[:i] + text[i + len(username) + 1:]).strip()
        reply = msg.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == context.bot.id:
            return text
        return None

    async def _lang(self, update: Update) -> str:
        key = self._key(update)
        try:
            state = await self.core.store.load(key)
        except Exception:
            state = None
        if state is not None and state.lang:
            return state.lang
        code = update.effective_user.language_code if update.effective_user else None
        return "zh" if code and code.startswith("zh") else "en"

    @staticmethod
    def _key(update: Update) -> tuple[str, str, str]:
        msg = update.effective_message
        chat = update.effective_chat.id if update.effective_chat else 0
        thread = msg.message_thread_id if msg is not None and msg.is_topic_message else None
        return ("telegram", str(chat), str(thread or ""))

    # ------------------------------------------------------------------ handlers
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text = self._addressed(update, context)
        if text is None or not await self._gate(update, context):
            return
        await self._answer(update, context, text)

    async def cmd_ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE,
                      calc_only: bool = False) -> None:
        if not await self._gate(update, context):
            return
        text = " ".join(context.args or [])
        if not text.strip():
            await self._send(context, update.effective_message, t("ask_what", await self._lang(update)))
            return
        await self._answer(update, context, text, calc_only=calc_only)

    async def cmd_calc(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.cmd_ask(update, context, calc_only=True)

    async def cmd_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._gate(update, context):
            await self._send(context, update.effective_message, t("tg.start", await self._lang(update)))

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/help, /assume, /lang, /reset, /usage, /gpus, /models: the core's commands
        (bot/core/commands.py), the same in every front end."""
        msg = update.effective_message
        if msg is None or update.effective_user is None or not await self._gate(update, context):
            return
        cmd = parse(msg.text or "/")
        uid = update.effective_user.id
        reply = await self.commands.run(
            key=self._key(update), user=str(uid), is_admin=uid in self.admins,
            lang=await self._lang(update), name=cmd.name if cmd else "help",
            arg=" ".join(context.args or []), turn=self.arrival.turn_of(update))
        for part in _chunks(reply):
            await self._send(context, msg, part)

    async def on_unsupported(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE:
            return                       # groups: stay silent about stickers and photos
        if await self._gate(update, context):
            await self._send(context, update.effective_message, t("unsupported", await self._lang(update)))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram handler failed", exc_info=context.error)

    # ------------------------------------------------------------------ answering
    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                      calc_only: bool = False) -> None:
        msg = update.effective_message
        assert msg is not None and update.effective_user is not None
        key = self._key(update)
        q = Question(text=text, platform="telegram", chat=key[1], user=str(update.effective_user.id),
                     thread=key[2], calc_only=calc_only)
        started = self.clock()
        self.in_flight += 1
        try:
            await self._stream_answer(context, msg, q, self.arrival.turn_of(update))
        except Exception:
            if self.stop_budget.stopping.is_set():
                # a send that could not end within the stop budget; the preview shown says
                # "still writing…", and an apology could not be sent either
                log.warning("reply left incomplete at shutdown", extra={"platform": "telegram",
                                                                        "chat": key[1]})
                return
            log.exception("telegram answer failed")
            try:
                await self._send(context, msg, t("internal_error", await self._lang(update)))
            except TelegramError:
                pass
        finally:
            self.in_flight -= 1
        log.info("answered", extra={"platform": "telegram", "chat": key[1],
                                    "latency_ms": round((self.clock() - started) * 1000)})


def _chunks(text: str, limit: int = 4000) -> list[str]:
    from bot.render.chunks import split_plain

    return split_plain(text, limit)

