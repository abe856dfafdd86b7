"""The LLM narrator: any OpenAI-compatible endpoint through the official `openai` client.

It streams an explanation grounded on the calculator's result and the most relevant notes.
Every prompt is counted with tiktoken; history is trimmed to the context budget; usage and
estimated cost are recorded per chat and per user; optional per-user daily token budgets.
Errors from the client are mapped once, here, to NarratorError kinds; raw error text and keys
never leave this module (they are not even logged: only the kind and status are).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

from bot.core.llm.prompts import template
from bot.core.llm.tokens import acount
from bot.core.messages import t
from bot.core.narrator import NarrationContext, NarratorError, search_notes
from bot.render.text import calc_text
from bot.store import Store

log = logging.getLogger("gpubot.llm")


def _day(clock: Callable[[], float]) -> str:
    return datetime.fromtimestamp(clock(), UTC).strftime("%Y-%m-%d")


class LLMNarrator:
    source = "llm"

    def __init__(self, *, client: Any, model: str, store: Store | None = None,
                 max_output_tokens: int = 600, temperature: float = 0.2,
                 context_budget_tokens: int = 6000, daily_user_token_budget: int = 0,
                 price_in: float = 0.0, price_out: float = 0.0, deadline_s: float = 60.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.model = model
        self.store = store
        self.max_output_tokens = max_output_tokens
        self.temperature = temperature
        self.budget = context_budget_tokens
        self.daily_budget = daily_user_token_budget
        self.price_in = price_in
        self.price_out = price_out
        # how long one explanation may take, all chunks and retries included; the core enforces
        # it where it consumes the stream (an asyncio.timeout in here would only cover the task
        # that happens to advance the generator first)
        self.deadline_s = deadline_s
        self.clock = clock

    @classmethod
    def from_settings(cls, settings: Any, *, store: Store | None = None) -> LLMNarrator:
        from openai import AsyncOpenAI

        llm = settings.section("llm")
        timeout = float(llm["timeout_s"])
        client = AsyncOpenAI(
            api_key=llm["api_key"] or "not-needed",     # local servers accept any key
            base_url=llm["base_url"] or None,
            timeout=timeout,
            max_retries=int(llm["max_retries"]),
        )
        return cls(client=client, model=llm["model"], store=store,
                   max_output_tokens=int(llm["max_output_tokens"]),
                   temperature=float(llm["temperature"]),
                   context_budget_tokens=int(llm["context_budget_tokens"]),
                   daily_user_token_budget=int(llm["daily_user_token_budget"]),
                   price_in=float(llm["price_per_million_input_usd"]),
                   price_out=float(llm["price_per_million_output_usd"]),
                   deadline_s=timeout * (int(llm["max_retries"]) + 1) + 5)

    async def build_messages(self, ctx: NarrationContext) -> tuple[list[dict[str, str]], int]:
        """System prompt + as much recent history as fits + the grounding context."""
        system = template("system.md").fill()
        notes = search_notes(ctx.question, ctx.lang, k=3)
        notes_text = "\n\n".join(f"[{n.title}] {n.body} (Source: {n.source})" for n in notes) \
            or "none"
        calc = calc_text(ctx.result, ctx.lang) if ctx.result is not None else "none"
        context = template("context.md").fill(question=ctx.question, calc=calc,
                                              notes=notes_text, lang=ctx.lang)
        used = await acount(system) + await acount(context) + 8
        if used > self.budget and notes:
            context = template("context.md").fill(question=ctx.question, calc=calc,
                                                  notes="none", lang=ctx.lang)
            used = await acount(system) + await acount(context) + 8
        history: list[dict[str, str]] = []
        for turn in reversed(ctx.history):
            n = await acount(turn["content"]) + 4
            if used + n > self.budget:
                break
            history.insert(0, {"role": turn["role"], "content": turn["content"]})
            used += n
        return [{"role": "system", "content": system}, *history,
                {"role": "user", "content": context}], used

    async def stream(self, ctx: NarrationContext) -> AsyncIterator[str]:
        day = _day(self.clock)
        if self.daily_budget and self.store is not None:
            u = await self.store.user_usage(ctx.user, day)
            if u.prompt_tokens + u.completion_tokens >= self.daily_budget:
                raise NarratorError("budget", t("budget_spent", ctx.lang))
        messages, prompt_tokens = await self.build_messages(ctx)
        parts: list[str] = []
        usage: Any = None
        finished = False
        try:
            stream = await self.client.chat.completions.create(
                model=self.model, messages=messages, stream=True,
                max_tokens=self.max_output_tokens, temperature=self.temperature,
                stream_options={"include_usage": True})
            async for chunk in stream:
                if getattr(chunk, "usage", None):
                    usage = chunk.usage
                for choice in chunk.choices or []:
                    text = getattr(choice.delta, "content", None)
                    if text:
                        parts.append(text)
                        yield text
                    if choice.finish_reason:
                        finished = True
        except NarratorError:
            raise
        except Exception as exc:
            kind = _kind(exc)
            log.warning("llm request failed", extra={"kind": kind,
                                                     "status": getattr(exc, "status_code", None)})
            raise NarratorError(kind) from None
        finally:
            await self._record(ctx, day, prompt_tokens, parts, usage)
        if not finished:
            raise NarratorError("bad_stream")

    async def _record(self, ctx: NarrationContext, day: str, prompt_tokens: int,
                      parts: list[str], usage: Any) -> None:
        if self.store is None:
            return
        p = int(getattr(usage, "prompt_tokens", 0) or prompt_tokens)
        c = int(getattr(usage, "completion_tokens", 0) or await acount("".join(parts)))
        cost = p * self.price_in / 1e6 + c * self.price_out / 1e6
        try:
            await self.store.add_usage(key=ctx.key, user=ctx.user, day=day, prompt_tokens=p,
                                       completion_tokens=c, cost_usd=cost)
        except Exception:
            log.exception("usage not recorded")


def _kind(exc: BaseException) -> str:
    import openai

    if isinstance(exc, (TimeoutError, openai.APITimeoutError)):
        return "timeout"
    if isinstance(exc, openai.RateLimitError):
        return "rate_limited"
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return "auth"
    if isinstance(exc, openai.APIConnectionError):
        return "connection"
    if isinstance(exc, openai.APIStatusError):
        return "server_error" if exc.status_code >= 500 else "bad_request"
    return "bad_stream"
