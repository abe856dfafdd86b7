"""A fake Telegram Bot API on loopback that behaves like Telegram where it matters:
rejects text over 4096 characters, rejects malformed HTML ("can't parse entities"), answers
429 with retry_after when told to, and says "message is not modified" for identical edits.
Optionally (FloodLimit) it enforces Telegram's overall flood limit, about 30 messages a second
across sendMessage, editMessageText and sendChatAction, as a token bucket: a call beyond it is
answered 429 with parameters.retry_after, as are a seeded random share of all such calls.
Every call is recorded with its time."""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import random
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

from tests.fakes.base import LoopbackServer

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "tg-spoiler", "span", "blockquote", "tg-emoji"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.error = ""

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = f"unsupported start tag \"{tag}\""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = f"can't find end tag corresponding to start tag \"{tag}\""
        else:
            self.stack.pop()


def check_html(text: str, checker: _Checker | None = None) -> str:
    """'' when Telegram would accept the HTML, else its complaint. A caller that wants more from
    the same parse (the tags seen) passes its own _Checker subclass."""
    if re.search(r"&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        return "unsupported entity"
    stripped = re.sub(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>", "", text)
    if "<" in stripped or ">" in stripped:
        return "unexpected < or > outside a tag"
    c = checker if checker is not None else _Checker()
    c.feed(text)
    c.close()
    if c.error:
        return c.error
    if c.stack:
        return f"can't find end tag corresponding to start tag \"{c.stack[-1]}\""
    return ""


def visible(text: str, html: bool) -> str:
    return unescape(re.sub(r"<[^>]+>", "", text)) if html else text


@dataclass
class FloodLimit:
    """Telegram's overall flood limit, enforced by the fake (off unless given)."""

    rate: float = 30.0            # calls per second, across every chat
    burst: float = 30.0           # the bucket: this many at once after a quiet second
    random_429: float = 0.0       # share of calls answered 429 whatever the bucket holds
    retry_after: int = 1          # what a random 429 says (a bucket 429 says what it needs)
    seed: int = 0
    methods: frozenset[str] = frozenset({"sendMessage", "editMessageText", "sendChatAction",
                                         "sendPhoto"})


class _Bucket:
    def __init__(self, limit: FloodLimit, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.clock = clock
        self.tokens = limit.burst
        self.at = clock()
        self.rng = random.Random(limit.seed)

    def take(self) -> tuple[int | None, str]:
        """None when the call may pass, else (retry_after, why)."""
        if self.limit.random_429 and self.rng.random() < self.limit.random_429:
            return self.limit.retry_after, "random"
        now = self.clock()
        self.tokens = min(self.limit.burst, self.tokens + (now - self.at) * self.limit.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return None, ""
        # Telegram's retry_after is whole seconds, at least 1
        return max(1, math.ceil((1 - self.tokens) / self.limit.rate)), "flood"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float


class FakeTelegram(LoopbackServer):
    def __init__(self, token: str = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz01234",
                 username: str = "gpu_test_bot",
                 clock: Callable[[], float] = time.monotonic,
                 flood: FloodLimit | None = None) -> None:
        super().__init__()
        self.clock = clock      # stamps Call.at; a test may share the clock it gives the bot
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":")[0])
        self.calls: list[Call] = []
        self.errors: list[str] = []
        self.updates: list[dict[str, Any]] = []
        self._new = asyncio.Event()
        self.failures: dict[str, deque[dict[str, Any]]] = defaultdict(deque)
        self.storms: dict[tuple[str, int | None], int] = {}    # (method, chat) -> retry_after
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._ids = itertools.count(1000)
        self._uids = itertools.count(1)
        # injected faults beyond the scripted ones: a function of (method, params) returning a
        # failure body (with error_code) or None; "drop" closes the connection instead
        self.chaos: Callable[[str, dict[str, Any]], dict[str, Any] | str | None] | None = None
        self.injected: list[tuple[str, int]] = []
        self.flood = _Bucket(flood, clock) if flood is not None else None
        self.flooded: list[tuple[Call, str]] = []     # calls answered 429 by FloodLimit, and why
        self.pushed_at: dict[int, float] = {}         # update_id -> when it became available

    # -------------------------------------------------------------- control
    def routes(self, app: web.Application) -> None:
        app.router.add_post("/bot{token}/{method}", self._handle)

    def fail(self, method: str, *, code: int, description: str, retry_after: int | None = None,
             times: int = 1) -> None:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        for _ in range(times):
            self.failures[method].append(body)

    def storm(self, *methods: str, retry_after: int, chat_id: int | None = None) -> None:
        """Every call of these methods (for this chat, or any) answers 429 from now on."""
        for m in methods:
            self.storms[(m, chat_id)] = retry_after

    def push(self, update: dict[str, Any]) -> None:
        update = dict(update, update_id=next(self._uids))
        self.pushed_at[update["update_id"]] = self.clock()
        self.updates.append(update)
        self._new.set()

    def text_message(self, text: str, *, chat_id: int = 42, user_id: int = 7,
                     chat_type: str = "private", reply_to_bot: bool = False,
                     thread_id: int | None = None, language_code: str = "en") -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": next(self._ids), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": chat_type, "title": "g"} if chat_type != "private"
            else {"id": chat_id, "type": "private", "first_name": "U"},
            "from": {"id": user_id, "is_bot": False, "first_name": "U",
                     "language_code": language_code},
        }
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0,
                             "length": len(text.split()[0])})
        m = re.search(r"@\w+", text)
        if m:
            entities.append({"type": "mention", "offset": m.start(), "length": len(m.group(0))})
        if entities:
            msg["entities"] = entities
        if reply_to_bot:
            msg["reply_to_message"] = {"message_id": 1, "date": 0, "chat": msg["chat"],
                                       "text": "earlier", "from": {"id": self.bot_id,
                                                                   "is_bot": True,
                                                                   "first_name": "Bot"}}
        if thread_id is not None:
            msg["message_thread_id"] = thread_id
            msg["is_topic_message"] = True
        return {"message": msg}

    def tap(self, data: str, *, message_id: int, chat_id: int = 42, user_id: int = 7,
            language_code: str = "en") -> dict[str, Any]:
        """A callback query: the user tapped a button with `data` under the bot's message."""
        shown = self.messages.get((chat_id, message_id), {})
        msg = {"message_id": message_id, "date": int(time.time()), "text": shown.get("text", "x"),
               "chat": {"id": chat_id, "type": "private", "first_name": "U"},
               "from": {"id": self.bot_id, "is_bot": True, "first_name": "GPU bot"}}
        return {"callback_query": {
            "id": f"cq{next(self._ids)}", "chat_instance": f"ci{chat_id}", "data": data,
            "from": {"id": user_id, "is_bot": False, "first_name": "U",
                     "language_code": language_code},
            "message": msg}}

    # -------------------------------------------------------------- queries
    def buttons(self, chat_id: int, message_id: int) -> list[tuple[str, str]]:
        """(label, callback data) of every button under a sent message."""
        markup = self.messages[(chat_id, message_id)].get("reply_markup") or {}
        return [(b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", [])
                for b in row]

    def photos(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for (c, _), m in sorted(self.messages.items()) if c == chat_id and "photo" in m]

    def of(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    def texts(self, chat_id: int) -> list[str]:
        """What the chat shows now: each sent message's latest text, in order."""
        return [m["text"] for (c, _), m in sorted(self.messages.items()) if c == chat_id]

    # -------------------------------------------------------------- the API
    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401,
                                      "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        self.calls.append(Call(method, params, self.clock()))
        if self.failures[method]:
            body = self.failures[method].popleft()
            return web.json_response(body, status=body["error_code"])
        chat = int(params["chat_id"]) if str(params.get("chat_id", "")).lstrip("-").isdigit() \
            else None
        retry_after = self.storms.get((method, chat), self.storms.get((method, None)))
        if retry_after is not None:
            return web.json_response({"ok": False, "error_code": 429,
                                      "description": f"Too Many Requests: retry after "
                                                     f"{retry_after}",
                                      "parameters": {"retry_after": retry_after}}, status=429)
        if self.flood is not None and method in self.flood.limit.methods:
            wait, why = self.flood.take()
            if wait is not None:
                self.flooded.append((self.calls[-1], why))
                return web.json_response({"ok": False, "error_code": 429,
                                          "description": f"Too Many Requests: retry after {wait}",
                                          "parameters": {"retry_after": wait}}, status=429)
        fault = self.chaos(method, params) if self.chaos is not None else None
        if fault == "drop":
            self.injected.append((method, 0))
            request.transport.close()  # type: ignore[union-attr]
            return web.Response()
        if isinstance(fault, dict):
            self.injected.append((method, fault["error_code"]))
            return web.json_response(fault, status=fault["error_code"])
        fn = getattr(self, f"m_{method}", None)
        if fn is None:
            return web.json_response({"ok": True, "result": True})
        try:
            result = await fn(params)
        except _ApiError as exc:
            self.errors.append(str(exc))
            return web.json_response({"ok": False, "error_code": 400,
                                      "description": f"Bad Request: {exc}"}, status=400)
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        form = await request.post()
        out: dict[str, Any] = {}
        for k, v in form.items():
            try:
                out[k] = json.loads(v) if isinstance(v, str) else v
            except ValueError:
                out[k] = v
            if isinstance(out[k], (int, float)) and k in ("text",):
                out[k] = v
        return out

    async def m_getMe(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "GPU bot",
                "username": self.username, "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def m_getUpdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(p.get("offset") or 0)
        wait = min(float(p.get("timeout") or 0), 0.5)
        pending = [u for u in self.updates if u["update_id"] >= offset]
        if not pending and wait:
            self._new.clear()
            try:
                await asyncio.wait_for(self._new.wait(), wait)
            except TimeoutError:
                pass
            pending = [u for u in self.updates if u["update_id"] >= offset]
        return pending

    def _check(self, p: dict[str, Any]) -> tuple[str, bool]:
        text = str(p.get("text", ""))
        html = str(p.get("parse_mode", "")).upper() == "HTML"
        if html:
            err = check_html(text)
            if err:
                raise _ApiError(f"can't parse entities: {err}")
        shown = visible(text, html)
        if len(shown) > 4096:
            raise _ApiError("message is too long")
        if not shown.strip():
            raise _ApiError("message text is empty")
        return shown, html

    async def m_sendMessage(self, p: dict[str, Any]) -> dict[str, Any]:
        shown, _ = self._check(p)
        chat_id = int(p["chat_id"])
        mid = next(self._ids)
        msg = {"message_id": mid, "date": int(time.time()), "text": shown,
               "chat": {"id": chat_id, "type": "private"},
               "from": {"id": self.bot_id, "is_bot": True, "first_name": "GPU bot"}}
        rp = p.get("reply_parameters")
        self.messages[(chat_id, mid)] = {**msg, "raw": p.get("text"), "at": self.clock(),
                                         "reply_to": rp.get("message_id") if isinstance(rp, dict)
                                         else None, "reply_markup": p.get("reply_markup")}
        return msg

    async def m_editMessageText(self, p: dict[str, Any]) -> dict[str, Any]:
        shown, _ = self._check(p)
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            raise _ApiError("message to edit not found")
        if self.messages[key].get("raw") == p.get("text"):
            raise _ApiError("message is not modified: specified new message content and reply "
                            "markup are exactly the same as a current content and reply markup "
                            "of the message")
        self.messages[key].update(text=shown, raw=p.get("text"), at=self.clock())
        return {k: v for k, v in self.messages[key].items()
                if k not in ("raw", "reply_to", "at", "reply_markup", "photo")}

    async def m_sendPhoto(self, p: dict[str, Any]) -> dict[str, Any]:
        """Like Telegram: the photo as an upload (kept as bytes), a caption of at most 1024
        characters that must parse when it is HTML."""
        photo = p.get("photo")
        data = photo.file.read() if hasattr(photo, "file") else b""
        if not data:
            raise _ApiError("wrong file identifier/HTTP URL specified")
        caption = str(p.get("caption") or "")
        html = str(p.get("parse_mode", "")).upper() == "HTML"
        if html and (err := check_html(caption)):
            raise _ApiError(f"can't parse entities: {err}")
        if len(visible(caption, html)) > 1024:
            raise _ApiError("message caption is too long")
        msg = await self.m_sendMessage({**{k: v for k, v in p.items() if k != "photo"},
                                        "text": caption or "[photo]", "parse_mode": p.get(
                                            "parse_mode")})
        self.messages[(int(p["chat_id"]), msg["message_id"])]["photo"] = data
        return {**msg, "photo": [{"file_id": f"f{msg['message_id']}", "file_unique_id": "u",
                                  "width": 700, "height": 500}]}


class _ApiError(Exception):
    pass
