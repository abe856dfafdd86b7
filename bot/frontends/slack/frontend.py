"""The Slack front end as the runner starts and stops it, built from the settings: Socket
Mode (default) or HTTP mode on its own port; stopping disconnects first, then waits for the
answers in progress within the stop budget."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.config import Settings
from bot.core.conversation import Core
from bot.frontends.base import Frontend
from bot.frontends.slack.app import SlackBot
from bot.shutdown import StopBudget


def slack_frontend(core: Core, settings: Settings, budget: StopBudget | None = None
                   ) -> Frontend:
    sl = settings.section("slack")
    bot = SlackBot(core, bot_token=sl["bot_token"], signing_secret=sl["signing_secret"],
                   api_base_url=sl["api_base_url"], slash_command=sl["slash_command"],
                   respond_in_channel=sl["respond_in_channel"],
                   allowed_team_ids=sl["allowed_team_ids"],
                   allowed_channel_ids=sl["allowed_channel_ids"],
                   allowed_user_ids=sl["allowed_user_ids"],
                   admin_user_ids=sl["admin_user_ids"],
                   rate_limit_per_minute=settings.get("bot", "rate_limit_per_minute"))
    app = bot.build()
    state: dict[str, Any] = {}

    async def start() -> None:
        if sl["mode"] == "http":
            runner = web.AppRunner(app.web_app(path=sl["http_path"], port=sl["http_port"]),
                                   access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "0.0.0.0", sl["http_port"]).start()
            state["runner"] = runner
        else:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

            handler = AsyncSocketModeHandler(app, sl["app_token"])
            await handler.connect_async()
            state["handler"] = handler
        state["up"] = True

    async def stop() -> None:
        state["up"] = False
        if "handler" in state:
            await state["handler"].disconnect_async()
        left = budget.left() if budget is not None else None
        await bot.drain(25.0 if left is None else left)
        if "handler" in state:
            await state["handler"].close_async()
        if "runner" in state:
            await state["runner"].cleanup()

    return Frontend("slack", start, stop, lambda: bool(state.get("up")), {"bot": bot})
