"""Writing a streaming explanation into a Slack thread.

Slack's own streaming (chat.startStream / appendStream / stopStream, through slack_sdk's
`chat_stream` helper) shows the text growing like any AI app's, with no edits and no
"edited" mark. Where the workspace or the API base URL does not have those methods (an older
GovSlack or Enterprise Grid, a proxy, a self-hosted stand-in), Slack answers `unknown_method`:
the writer then falls back to the older way, one message edited by chat.update at most once a
second, and the bot remembers not to try again. A stream that breaks half-way is finished by
chat.update on the same message, so the reader never loses what was already shown.

The numbers never pass through here: they are posted before the explanation begins.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_chat_stream import AsyncChatStream
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.messages import t
from bot.render.slack import Message, esc, narrative_messages

log = logging.getLogger("gpubot.slack")

# what one streamed message holds before the rest goes into ordinary messages (Slack takes
# 12,000 characters a call; a reader scrolls past far less)
STREAM_MAX = 10_000
Post = Callable[[Message], Awaitable[dict[str, Any]]]


def unsupported(exc: BaseException) -> bool:
    """Slack (or whatever answers at the API base URL) does not have the method at all."""
    if not isinstance(exc, SlackApiError):
        return False
    resp = exc.response
    return resp.get("error") == "unknown_method" or getattr(resp, "status_code", 200) == 404


class Native:
    """Whether to try Slack's streaming methods: yes until Slack says it has none."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled

    def off(self, exc: BaseException) -> None:
        if self.enabled:
            log.warning("slack: chat streaming is not available here (%s); explanations are "
                        "streamed by chat.update instead", exc.response.get("error")
                        if isinstance(exc, SlackApiError) else type(exc).__name__)
        self.enabled = False


class NarrativeWriter:
    """One explanation, written as it arrives: `delta` for each piece, `finish` once."""

    def __init__(self, *, client: AsyncWebClient, channel: str, thread_ts: str | None,
                 post: Post, interval_s: float, native: Native, team: str = "",
                 user: str = "") -> None:
        self.client, self.channel, self.thread_ts = client, channel, thread_ts
        self.post, self.interval, self.native = post, interval_s, native
        self.team, self.user = team, user
        # streaming needs a thread to answer in; a top-level DM is edited in place
        self.mode = "native" if native.enabled and thread_ts else "edit"
        self.stream: AsyncChatStream | None = None
        self.buf = ""           # every piece so far
        self.sent = 0           # how much of buf the stream has shown
        self.shown = 0          # escaped characters in the stream
        self.ts: str | None = None      # the message being edited (edit mode)
        self.last = 0.0

    # ------------------------------------------------------------------ pieces
    async def delta(self, text: str, source: str, lang: str) -> None:
        self.buf += text
        if self.mode == "native":
            await self._stream_more(first=self.stream is None)
        if self.mode == "edit":
            preview = narrative_messages(self.buf, source, lang, done=False)[0]
            if self.ts is None:
                self.ts = (await self.post(preview)).get("ts")
                self.last = time.monotonic()
            elif time.monotonic() - self.last >= self.interval:
                await self.client.chat_update(channel=self.channel, ts=self.ts, **preview)
                self.last = time.monotonic()

    async def _stream_more(self, *, first: bool) -> None:
        if not first and time.monotonic() - self.last < self.interval:
            return
        piece = self._next_piece()
        if not piece:
            return
        try:
            if self.stream is None:
                assert self.thread_ts is not None
                # buffer_size=1: every append goes out at once; the pace is kept here
                self.stream = await self.client.chat_stream(
                    channel=self.channel, thread_ts=self.thread_ts, buffer_size=1,
                    recipient_team_id=self.team or None, recipient_user_id=self.user or None)
            await self.stream.append(markdown_text=piece)
        except Exception as exc:
            self._broken(exc)
            return
        self.sent = len(self.buf)
        self.shown += len(piece)
        self.last = time.monotonic()

    def _next_piece(self) -> str:
        piece = esc(self.buf[self.sent:])
        return piece if self.shown + len(piece) <= STREAM_MAX else ""

    def _broken(self, exc: BaseException) -> None:
        started = self.stream is not None and self.stream.ts is not None
        if unsupported(exc) and not started:
            self.native.off(exc)
        elif isinstance(exc, SlackApiError):
            log.warning("slack: chat streaming failed (%s); editing instead",
                        exc.response.get("error"))
        else:
            log.warning("slack: chat streaming failed (%s); editing instead",
                        type(exc).__name__)
        # a stream that never started leaves nothing to edit: the next piece posts a preview
        self.mode = "edit"
        self.ts = self.stream.ts if started and self.stream is not None else None
        self.last = time.monotonic()

    # ------------------------------------------------------------------ the end
    async def finish(self, text: str, source: str, lang: str) -> None:
        if self.mode == "native" and self.stream is not None:
            if await self._stop(text, source, lang):
                return
        msgs = narrative_messages(text, source, lang)
        if self.ts is None:
            for m in msgs:
                await self.post(m)
            return
        wait = self.interval - (time.monotonic() - self.last)
        if wait > 0:
            await asyncio.sleep(wait)
        await self.client.chat_update(channel=self.channel, ts=self.ts, **msgs[0])
        for m in msgs[1:]:
            await self.post(m)

    async def _stop(self, text: str, source: str, lang: str) -> bool:
        """End the stream with the rest of the text and the label under it. False when the
        stream cannot carry the final text: then it is edited (self.ts) into the final message."""
        assert self.stream is not None
        # the final text is the pieces joined and stripped (plus a note when cut short)
        said = self.buf[:self.sent].lstrip()
        label = [{"type": "context", "elements": [{"type": "mrkdwn", "text": esc(
            t("from_llm" if source == "llm" else "from_notes", lang))}]}]
        if not text.startswith(said):
            said = said.rstrip()
        same = text.startswith(said)
        rest = esc(text[len(said):]) if same else ""
        fits = self.shown + len(rest) <= STREAM_MAX
        try:
            await self.stream.stop(markdown_text=rest if fits else None, blocks=label)
        except Exception as exc:
            self._broken(exc)
            return False
        if not same:      # the explanation ended otherwise than it began (cut, failed)
            self.ts = self.stream.ts
            return False
        if not fits:      # too long for one message: the rest follows in ordinary ones
            for m in narrative_messages(text[len(said):].strip(), source, lang):
                await self.post(m)
        return True
