"""The commands every front end shares: help, assume, lang, reset, usage, gpus, models.

One implementation, so Telegram (`/assume queries=20`), Slack (`/gpubot assume queries=20`,
or "@gpubot assume queries=20" in a thread or DM) and `gpubot chat` (`/assume queries=20`)
answer with the same text in the same language. A front end finds the command (`parse`),
decides who is an admin, and sends the plain text `Commands.run` returns; it never touches the
chat's state itself. State changes go through the core's narrow operations, in the chat's order
(bot/core/order.py), so a command sent while an answer streams is neither lost nor overtaken.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.assume import describe, param_names, parse_assignments, settable
from bot.core.conversation import Core
from bot.core.messages import t
from bot.core.order import Turn
from bot.render.catalog import accelerators_text, models_text
from bot.store import ChatKey
from calc import CalcError

log = logging.getLogger("gpubot.commands")

NAMES = ("help", "assume", "lang", "reset", "usage", "gpus", "models")
# words a Chinese speaker may type instead of the English names
ALIASES = {"帮助": "help", "假设": "assume", "语言": "lang", "重置": "reset", "用量": "usage"}
# words of /assume that are not assignments
_CLEAR = ("clear", "reset", "清除")
_SHOW = ("", "show", "list", "查看")


@dataclass(frozen=True)
class Command:
    name: str        # one of NAMES, or what was typed after "/" when it is none of them
    arg: str


def parse(text: str) -> Command | None:
    """The command a message starts with, or None when it is a question.

    "/name rest" is always a command (Telegram, `gpubot chat`), even an unknown one. A bare
    first word (Slack: "/gpubot assume …", "@gpubot reset") is a command only when the rest fits
    it, so that a question which happens to start with "models" or "assume" stays a question:
    "assume 20 queries per user, how many H100s for 100M users?" is asked, not refused."""
    text = text.strip()
    if text.startswith("/"):
        word, _, rest = text[1:].partition(" ")
        word = word.split("@", 1)[0].lower()
        return Command(ALIASES.get(word, word), rest.strip())
    word, _, rest = text.partition(" ")
    name = ALIASES.get(word.lower(), word.lower())
    rest = rest.strip()
    if name not in NAMES:
        return None
    if name in ("help", "reset", "usage", "gpus", "models"):
        return Command(name, "") if not rest else None
    if name == "lang":
        return Command(name, rest) if len(rest.split()) <= 1 else None
    low = rest.lower()
    if low in _SHOW or low.split(" ", 1)[0] in _CLEAR or "=" in low \
            or re.match(r"set\s+\S.*\s(?:to|=)\s", low) or low.startswith("设"):
        return Command(name, rest)
    return None


class Commands:
    """Runs a command for one chat and returns its reply as plain text."""

    def __init__(self, core: Core, *, today: Callable[[], str] | None = None) -> None:
        self.core = core
        self.today = today or (lambda: datetime.now(UTC).strftime("%Y-%m-%d"))

    async def run(self, *, key: ChatKey, user: str, is_admin: bool, lang: str, name: str,
                  arg: str = "", turn: Turn | None = None) -> str:
        """The reply to `name arg` in `key`'s language (the chat's /lang, else `lang`, the front
        end's guess). `turn` is the chat place the front end reserved on arrival, if any; else
        one is taken here. Never raises: a failure is logged and answered with an apology."""
        own = turn is None
        place = self.core.order.reserve(key) if turn is None else turn
        try:
            await place.numbers()           # the questions before it have their numbers
            try:
                state = await self.core.store.load(key)
                lang = state.lang or lang
            except Exception:
                log.exception("store load failed")
            return await self._run(key, is_admin, lang, name, arg.strip())
        except CalcError as exc:
            return f"{exc.render(lang)}\n{t('assume_example', lang)}"
        except Exception:
            log.exception("command failed", extra={"platform": key[0], "kind": name})
            return t("internal_error", lang)
        finally:
            if own:
                place.finish()

    async def _run(self, key: ChatKey, is_admin: bool, lang: str, name: str, arg: str) -> str:
        if name == "help":
            return t("cmd.help", lang)
        if name == "gpus":
            return accelerators_text(lang)
        if name == "models":
            return models_text(lang)
        if name == "reset":
            await self.core.reset(key)
            return t("reset_done", lang)
        if name == "lang":
            return await self._lang(key, lang, arg)
        if name == "assume":
            return await self._assume(key, lang, arg)
        if name == "usage":
            return await self._usage(lang) if is_admin else t("admins_only", lang)
        return t("cmd.unknown", lang).format(name=name[:30])

    async def _lang(self, key: ChatKey, lang: str, arg: str) -> str:
        choice = arg.lower()
        if not choice:
            return f"{t('lang_now', lang)}\n{t('lang_usage', lang)}"
        if choice not in ("en", "zh"):
            return t("lang_usage", lang)
        await self.core.set_lang(key, choice)
        return t("lang_set", choice)

    async def _assume(self, key: ChatKey, lang: str, arg: str) -> str:
        low = arg.lower()
        head, _, rest = low.partition(" ")
        if low in _SHOW:
            overrides = (await self.core.store.load(key)).overrides
            parts = [t("assume_set", lang), describe(overrides, lang), "",
                     t("assume_can_set", lang), settable(lang), "", t("assume_how", lang)]
            return "\n".join(parts)
        if head in _CLEAR:
            params = param_names(rest)
            overrides = await self.core.unassume(key, params or None)
            done = t("assume_cleared" if params else "assume_cleared_all", lang)
            return f"{done}\n{t('assume_set', lang)}\n{describe(overrides, lang)}" if params \
                else done
        overrides = await self.core.assume(key, parse_assignments(arg))
        return f"{t('assume_set', lang)}\n{describe(overrides, lang)}"

    async def _usage(self, lang: str) -> str:
        day = self.today()
        rows = await self.core.store.usage_report(day)
        if not rows:
            return t("usage_none", lang).format(day=day)
        lines = [t("usage_head", lang).format(day=day)]
        lines += [t("usage_line", lang).format(user=user, requests=u.requests,
                                               prompt=u.prompt_tokens,
                                               completion=u.completion_tokens, cost=u.cost_usd)
                  for user, u in rows[:30]]
        return "\n".join(lines)
