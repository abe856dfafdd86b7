"""The Details button: the rest of a calculator answer, one tap away.

The first message shows the key figures (bot/render/slack.py); the button's value is a random
id under which the answer's Result is kept here for a day. A tap posts the details in the
answer's thread, or, under an ephemeral answer (a slash command's), as another message only
the user sees. An id not kept (old, forged, kept by another replica or before a restart) gets
a polite "ask again" that only the user sees.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from bot.render.slack import DETAILS_ACTION
from calc import Result


class Kept:
    """Recent answers' results by the id on their Details button: a day's worth, bounded."""

    def __init__(self, ttl_s: float = 86_400, size: int = 5_000) -> None:
        self.ttl, self.size = ttl_s, size
        self._items: OrderedDict[str, tuple[float, Result, str]] = OrderedDict()

    def keep(self, result: Result, lang: str) -> str:
        now = time.monotonic()
        while self._items and (len(self._items) >= self.size or
                               now - next(iter(self._items.values()))[0] > self.ttl):
            self._items.popitem(last=False)
        key = secrets.token_urlsafe(12)
        self._items[key] = (now, result, lang)
        return key

    def get(self, key: str) -> tuple[Result, str] | None:
        item = self._items.get(key)
        if item is None or time.monotonic() - item[0] > self.ttl:
            return None
        return item[1], item[2]


@dataclass(frozen=True)
class Tap:
    """Who tapped which button under which message, read from a block_actions payload."""

    user: str
    team: str
    channel: str
    value: str
    thread_ts: str | None       # where the answer's thread is; None under an ephemeral answer


def tap(body: dict[str, Any], action_id: str = DETAILS_ACTION) -> Tap:
    """`action_id` names the button, or starts its name (the follow-ups' gpubot_fu_N)."""
    user = body.get("user") or {}
    container = body.get("container") or {}
    message = body.get("message") or {}
    value = next((a.get("value") or "" for a in body.get("actions") or []
                  if str(a.get("action_id", "")).startswith(action_id)), "")
    thread = None
    if message and not container.get("is_ephemeral"):
        thread = message.get("thread_ts") or container.get("message_ts") or message.get("ts")
    return Tap(user=user.get("id", ""),
               team=(body.get("team") or {}).get("id") or user.get("team_id", ""),
               channel=(body.get("channel") or {}).get("id") or container.get("channel_id", ""),
               value=value, thread_ts=thread)
