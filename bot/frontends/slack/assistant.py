"""Slack's AI-app surface for gpubot: what an assistant thread shows besides the answer.

Bolt's Assistant middleware (slack_bolt.AsyncAssistant) routes the thread's events; these are
the small pieces the listeners in bot/frontends/slack/app.py use: the suggested prompts a new thread
opens with, and the status and title calls. Each is a courtesy: a workspace that lacks them
(`unknown_method`) or a failing call is logged and the answer goes on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.core.messages import t

log = logging.getLogger("gpubot.slack")
TITLE = 80              # a thread's title: the question, cut here
# how long a courtesy call may hold up the answer (the client retries a 429 or a 5xx, and a
# status that lands late is worth less than numbers that land now)
WAIT = 1.5

# two questions in each language: a new thread has no text yet to tell which one the user reads
PROMPTS = (("slack.prompt.fleet", "en"), ("slack.prompt.train", "en"),
           ("slack.prompt.fleet", "zh"), ("slack.prompt.why", "zh"))


def suggested_prompts() -> list[dict[str, str]]:
    return [{"title": t(key, lang), "message": t(key, lang)} for key, lang in PROMPTS]


async def quietly(what: str, call: Awaitable[Any], timeout_s: float = WAIT) -> None:
    try:
        async with asyncio.timeout(timeout_s):
            await call
    except Exception as exc:
        err = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
        log.info("slack assistant.threads.%s failed (%s)", what, err)


class Thread:
    """An assistant thread's status and title (Bolt's set_status and set_title). Slack clears
    the status by itself when the app replies."""

    def __init__(self, set_status: Callable[..., Awaitable[Any]],
                 set_title: Callable[..., Awaitable[Any]]) -> None:
        self._status, self._title = set_status, set_title

    async def status(self, text: str) -> None:
        await quietly("setStatus", self._status(status=text))

    async def title(self, text: str) -> None:
        await quietly("setTitle", self._title(" ".join(text.split())[:TITLE]))
