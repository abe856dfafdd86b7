"""The platform-neutral heart: a Question in, an Answer out, streaming.

Front ends iterate `Core.stream(question)`: the first event (CalcReady) carries the numbers
and is produced before any LLM work starts, so a slow or broken LLM never delays them; then
NarrativeDelta events, then Finished with the complete Answer. Everything that does I/O (the
store, the narrator, the clock) is passed in.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import dataclass, replace
from dataclasses import replace as dc_replace
from types import MappingProxyType

from bot.core.answer import Answer, ErrorInfo, Narrative
from bot.core.llm.extract import Extractor, looks_numeric
from bot.core.llm.read import merge, unplaced
from bot.core.messages import lang_of, t
from bot.core.narrator import NarrationContext, Narrator, NarratorError
from bot.core.order import ChatOrder, Turn
from bot.core.replicas import is_shared
from bot.core.router import asks_why, route
from bot.core.turns import Turns
from bot.store import ChatKey, ChatState, MemoryStore, Store
from calc import CalcError, Request, Result, compute
from calc.stated import MAX_QUESTION_CHARS

log = logging.getLogger("gpubot.core")
# an English sentence, as opposed to a bare change such as "MFU 50%" or "fp8?"
# longer messages are read in a worker thread: no question of the held-out corpus is (the longest has 497
# characters and is read in ~15 ms), and a thread's hand-off costs ~0.1 ms
READ_IN_A_THREAD_CHARS = 500
_WORDY = re.compile(r"\b(?!tokens?\b)[a-zA-Z]{4,}")


@dataclass(frozen=True)
class Question:
    text: str
    platform: str = "cli"
    chat: str = "local"
    user: str = "local"
    thread: str = ""
    calc_only: bool = False

    @property
    def key(self) -> ChatKey:
        return (self.platform, self.chat, self.thread)


@dataclass(frozen=True)
class CalcReady:
    answer: Answer


@dataclass(frozen=True)
class NarrativeDelta:
    """A piece of a streaming narrative; `source` labels the preview from its first byte."""

    text: str
    source: str = "llm"


@dataclass(frozen=True)
class Finished:
    answer: Answer


Event = CalcReady | NarrativeDelta | Finished


class Core:
    def __init__(self, *, store: Store | None = None, narrator: Narrator | None = None,
                 calc_defaults: dict[str, float] | None = None,
                 extractor: Extractor | None = None,
                 clock: Callable[[], float] = time.time,
                 second_reading_s: float = 2.0, narrative_deadline_s: float = 60.0) -> None:
        self.store: Store = store or MemoryStore()
        self.narrator = narrator
        self.calc_defaults = calc_defaults or {}
        self.extractor = extractor
        self._cut = asyncio.Event()
        self.order = ChatOrder(self.store.chat_lock if is_shared(self.store) else None)
        self.clock = clock
        self.second_reading_s = second_reading_s
        self.narrative_deadline_s = narrative_deadline_s
        # many questions at once: their numbers are computed one per pass of the event loop,
        # so the replies already computed leave between them (bot/core/turns.py)
        self.turns = Turns()

    async def answer(self, q: Question) -> Answer:
        final: Answer | None = None
        async for ev in self.stream(q):
            if isinstance(ev, Finished):
                final = ev.answer
        assert final is not None
        return final

    async def stream(self, q: Question, turn: Turn | None = None) -> AsyncGenerator[Event, None]:
        """The answer's events, in the chat's order (bot/core/order.py): CalcReady once the previous
        answer's numbers are out, the narrative once the previous explanation is over.
        Iterate it inside `contextlib.aclosing`, so that an adapter that stops early (or fails)
        releases the chat's next answer at once. `turn` is a place reserved on arrival."""
        turn = turn or self.order.reserve(q.key)
        try:
            await turn.numbers()
            async with self.order.across(q.key):    # replicas: one chat's numbers at a time
                ans, kind, history_ok = await self._numbers(q)
                yield CalcReady(ans)
            turn.numbers_sent()
            await turn.explanation()
            text = ans.question
            if kind in ("llm", "both") and self.narrator is not None and not _too_long(text):
                async with aclosing(self._explain(q, ans)) as events:
                    async for ev in events:
                        if isinstance(ev, Answer):
                            ans = ev
                        else:
                            yield ev
            turns = [{"role": "user", "content": text[:MAX_QUESTION_CHARS]},
                     {"role": "assistant", "content": _summary(ans)}]
            if history_ok:
                try:
                    await self.store.modify(q.key, lambda s: s.turns.extend(turns))
                except Exception:
                    log.exception("store save failed")
            yield Finished(ans)
        finally:
            turn.finish()

    async def _numbers(self, q: Question) -> tuple[Answer, str, bool]:
        """The calculator's part of the answer (and the route), with the last request stored."""
        text = clean_text(q.text)
        lang = lang_of(text[:MAX_QUESTION_CHARS])
        history_ok = True
        try:
            state = await self.store.load(q.key)
        except Exception:
            log.exception("store load failed", extra={"platform": q.platform})
            state, history_ok = ChatState(), False
        lang = state.lang or lang
        previous = None
        if state.last_request:
            previous = Request.from_dict(state.last_request)
        if previous is not None and not state.lang and lang != previous.lang \
                and lang == "en" and not _WORDY.search(text):
            # "MFU 50%" after a Chinese question stays Chinese; any Chinese text is Chinese
            lang = previous.lang
        await self.turns.take()
        if len(text) > READ_IN_A_THREAD_CHARS:
            # a long message can take a second to read (bench/bench_hostile.py): in a worker thread, the
            # event loop meanwhile answers the other chats and keeps the platforms' connections alive
            r = await asyncio.to_thread(route, text, previous)
        else:
            r = route(text, previous)
        if r.request is not None and r.request.lang != lang:
            r = replace(r, request=replace(r.request, lang=lang))
        kind = r.kind
        if q.calc_only:
            kind = "calc"
            if r.kind == "llm":
                r = replace(r, error=CalcError("not_numeric", hint_key="hint.ask_example"))
        if self.extractor is not None and r.request is None and r.error is None \
                and kind == "llm" and looks_numeric(text) and not asks_why(text) \
                and not _too_long(text):
            extracted = await self.extractor.extract(text)
            if extracted is not None:
                r = replace(r, request=replace(extracted, lang=lang))
                kind = "both"
            await self.turns.take()      # the language model was waited on: a turn again
        ans = Answer(question=text, route=kind, lang=lang)
        if r.request is not None and self.extractor is not None and unplaced(r.request) \
                and not asks_why(text):
            r = replace(r, request=await self._second_reading(text, r.request))
            await self.turns.take()
        if r.request is not None:
            try:
                req = r.request.with_overrides(state.overrides) if state.overrides else r.request
                try:
                    result = compute(req, defaults=self.calc_defaults)
                except CalcError as exc:
                    # "at 50% MFU" after a training question: a change to the last request
                    follow = continued(req, previous) if exc.kind == "missing_input" else None
                    if follow is None:
                        raise
                    req, result = follow, compute(follow, defaults=self.calc_defaults)
                mine = {k for k in state.overrides if k not in req.given}
                ans = replace(ans, request=req, result=mark_assumed(result, mine))
                last = req.to_dict()
                try:
                    await self.store.modify(q.key, lambda s: setattr(s, "last_request", last))
                except Exception:
                    log.exception("store save failed")
            except CalcError as exc:
                ans = replace(ans, error=_err(exc, lang))
            except Exception:
                log.exception("calculator failed")
                ans = replace(ans, error=ErrorInfo("internal", t("internal_error", lang)))
        elif r.error is not None:
            ans = replace(ans, error=_err(r.error, lang))
        if kind == "llm" and self.narrator is None:
            ans = replace(ans, error=ErrorInfo("not_numeric", t("not_numeric", lang)))
        return ans, kind, history_ok

    async def _explain(self, q: Question, ans: Answer
                       ) -> AsyncGenerator[NarrativeDelta | Answer, None]:
        """The narrative's deltas, then the answer with its narrative (complete, cut or
        unavailable), grounded on the history as it stands once the previous answer is over."""
        assert self.narrator is not None
        text, lang = ans.question, ans.lang
        try:
            history = list((await self.store.load(q.key)).turns)
        except Exception:
            log.exception("store load failed", extra={"platform": q.platform})
            history = []
        ctx = NarrationContext(question=text, lang=lang, result=ans.result, history=history,
                               user=q.user, key=q.key)
        parts: list[str] = []
        source = self.narrator.source
        # a narrator whose answer arrives whole (the notes) is not previewed: it is sent once,
        # with its label, when Finished carries it
        streams = getattr(self.narrator, "streams", True)
        try:
            async with aclosing(self._bounded(self.narrator.stream(ctx))) as chunks:
                async for chunk in chunks:
                    parts.append(chunk)
                    if streams:
                        yield NarrativeDelta(chunk, source)
            body = "".join(parts).strip()
            if not body:
                raise NarratorError("empty")
            ans = replace(ans, narrative=Narrative(body, self.narrator.source))
        except Cut as cut:
            log.info("narrative cut", extra={"kind": cut.kind})
            note = t(f"narrative_cut.{cut.kind}", lang)
            body = "".join(parts).strip()
            ans = replace(ans, narrative=Narrative(f"{body}\n\n{note}" if body else note,
                                                   self.narrator.source, complete=False))
        except NarratorError as exc:
            log.warning("narrative unavailable: %s", exc.kind)
            ans = replace(ans, narrative=Narrative(
                exc.user_message or t("llm_unavailable", lang), self.narrator.source,
                complete=False))
        except Exception:
            log.exception("narrator failed")
            ans = replace(ans, narrative=Narrative(t("llm_unavailable", lang),
                                                   self.narrator.source, complete=False))
        yield ans

    async def _second_reading(self, text: str, req: Request) -> Request:
        """The LLM's reading of spans the parser could not place, within a short budget so
        that the numbers are not held back by a slow LLM."""
        assert self.extractor is not None
        try:
            async with asyncio.timeout(self.second_reading_s):
                extracted = await self.extractor.extract(text)
        except TimeoutError:
            log.info("second reading timed out")
            return req
        if extracted is None:
            return req
        return merge(req, extracted) or req

    def begin_shutdown(self, grace_s: float) -> None:
        """Replies in flight get grace_s to finish; then their narratives are cut short with a
        note (the text so far kept), so every reply still ends cleanly before the process exits."""
        asyncio.get_running_loop().call_later(grace_s, self._cut.set)

    async def _bounded(self, agen: AsyncIterator[str]) -> AsyncGenerator[str, None]:
        """The narrator's chunks until it ends, its deadline passes or shutdown cuts it (Cut).

        The deadline is enforced here, where the chunks are consumed, so it holds across every
        chunk and every retry the client makes. The narrator runs in one task of its own that
        feeds a queue: a timeout or a cancellation inside it always reaches the right task, and
        cancelling that task closes the narrator (and its HTTP stream) at once."""
        loop = asyncio.get_running_loop()
        end = loop.time() + self.narrative_deadline_s
        chunks: asyncio.Queue[str | _End] = asyncio.Queue()

        async def pump() -> None:
            try:
                async for chunk in agen:
                    chunks.put_nowait(chunk)
            except Exception as exc:
                chunks.put_nowait(_End(exc))
            else:
                chunks.put_nowait(_End(None))

        task = asyncio.create_task(pump())
        cut = asyncio.ensure_future(self._cut.wait())
        try:
            while True:
                nxt = asyncio.ensure_future(chunks.get())
                done, _ = await asyncio.wait({nxt, cut}, timeout=max(0.0, end - loop.time()),
                                             return_when=asyncio.FIRST_COMPLETED)
                if nxt not in done:
                    nxt.cancel()
                    raise Cut("shutdown" if cut in done else "deadline")
                item = nxt.result()
                if isinstance(item, _End):
                    if item.error is not None:
                        raise item.error
                    return
                yield item
        finally:
            cut.cancel()
            task.cancel()
            # the narrator's own clean-up (usage records) gets a moment, never the reply's time
            await asyncio.wait({task}, timeout=1.0)

    async def reset(self, key: ChatKey) -> None:
        await self.store.reset(key)

    async def assume(self, key: ChatKey, overrides: dict[str, float | str | bool]
                     ) -> dict[str, float | str | bool]:
        """Set per-chat assumptions (a narrow change: a reply streaming meanwhile keeps it);
        returns the chat's assumptions now."""
        state = await self.store.modify(key, lambda s: s.overrides.update(overrides))
        return state.overrides

    async def unassume(self, key: ChatKey, params: list[str] | None = None
                       ) -> dict[str, float | str | bool]:
        """Clear some per-chat assumptions (all when `params` is None), as narrowly as
        `assume`; returns the chat's assumptions now."""
        def clear(s: ChatState) -> None:
            last = (s.last_request or {}).get("params")
            for p in list(s.overrides) if params is None else params:
                value = s.overrides.pop(p, None)
                # the last request carries what it was computed with; a follow-up must not
                # bring a cleared assumption back as "earlier"
                if isinstance(last, dict) and value is not None and last.get(p) == value:
                    last.pop(p)

        return (await self.store.modify(key, clear)).overrides

    async def set_lang(self, key: ChatKey, lang: str) -> None:
        await self.store.modify(key, lambda s: setattr(s, "lang", lang))


class Cut(Exception):
    """An explanation stopped before its end: kind "deadline" or "shutdown"."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class _End:
    error: Exception | None


def continued(req: Request, previous: Request | None) -> Request | None:
    """A question that changes the previous request of the same kind: the previous
    parameters, with this question's on top (and its spans accounted)."""
    if previous is None or previous.intent != req.intent:
        return None
    params = {**previous.params, **req.params}
    return dc_replace(req, params=MappingProxyType(params),
                      carried=frozenset(k for k in previous.params if k not in req.params))


ASSUMED = "/assume"


def mark_assumed(result: Result, params: set[str]) -> Result:
    """Assumptions that came from the chat's /assume say so (source "/assume"), rather than
    reading as carried from an earlier question."""
    if not params:
        return result
    marked = tuple(dc_replace(a, source=ASSUMED) if a.name in params
                   and a.origin == "conversation" else a for a in result.assumptions)
    alts = tuple(mark_assumed(a, params) for a in result.alternatives)
    return dc_replace(result, assumptions=marked, alternatives=alts)


def clean_text(text: str) -> str:
    """Whatever arrives (binary junk, lone surrogates from a terminal) becomes valid text."""
    return text.encode("utf-8", "replace").decode("utf-8", "replace").replace("\x00", "")


def _err(exc: CalcError, lang: str) -> ErrorInfo:
    """The one error users see, in the answer's language, with any suggestions."""
    return ErrorInfo(exc.kind, exc.render(lang), suggestions=exc.suggestions)


def _too_long(text: str) -> bool:
    return len(text) > MAX_QUESTION_CHARS


def _summary(ans: Answer) -> str:
    if ans.result is not None:
        figs = "; ".join(f"{f.name}={f.value:.4g} {f.unit}" for f in ans.result.figures[:8])
        return f"{ans.result.headline} [{figs}]"
    if ans.narrative is not None:
        return ans.narrative.text[:1500]
    return ans.error.message if ans.error else ""
