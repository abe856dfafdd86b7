"""The Telegram front end as the runner starts and stops it, built from the settings:
polling, or a webhook at <webhook_url>/telegram with its secret token."""

from __future__ import annotations

from bot.config import Settings, TelegramMode
from bot.core.conversation import Core
from bot.frontends.base import Frontend
from bot.frontends.telegram.app import TelegramBot
from bot.shutdown import StopBudget


def telegram_frontend(core: Core, settings: Settings, budget: StopBudget | None = None
                      ) -> Frontend:
    tg = settings.telegram
    bot = TelegramBot(core, token=tg.token.get_secret_value(), api_base_url=tg.api_base_url,
                      allowed_user_ids=tg.allowed_user_ids, allowed_chat_ids=tg.allowed_chat_ids,
                      admin_user_ids=tg.admin_user_ids,
                      rate_limit_per_minute=settings.bot.rate_limit_per_minute,
                      stop_budget=budget)
    webhook = None
    if tg.mode is TelegramMode.WEBHOOK:
        webhook = {"listen": tg.webhook_listen, "port": tg.webhook_port,
                   "url_path": "telegram", "secret_token": tg.webhook_secret.get_secret_value(),
                   "webhook_url": tg.webhook_url.rstrip("/") + "/telegram"}

    async def start() -> None:
        await bot.start(webhook=webhook)

    return Frontend("telegram", start, bot.stop, lambda: bot.alive, {"bot": bot})
