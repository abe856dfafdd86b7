"""A fake Slack: Web API methods the app uses (auth.test, chat.postMessage, chat.update,
chat.startStream / appendStream / stopStream, assistant.threads.*, apps.connections.open),
response_url endpoints, and a Socket Mode WebSocket that delivers envelopes and records acks.
Block Kit limits are enforced like Slack does (invalid_blocks). `legacy()` makes the newer
methods answer `unknown_method`, as a workspace or API host without them does."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from aiohttp import WSMsgType, web

from tests.fakes.base import LoopbackServer


@dataclass
class Post:
    method: str
    params: dict[str, Any]
    at: float


# the methods an older workspace (or a stand-in API host) does not have
NEW_METHODS = ("chat.startStream", "chat.appendStream", "chat.stopStream",
               "assistant.threads.setStatus", "assistant.threads.setSuggestedPrompts",
               "assistant.threads.setTitle")


def _button_problems(e: dict[str, Any]) -> list[str]:
    errs = []
    if e.get("type") != "button":
        errs.append(f"element {e.get('type')}")
    elif e["text"]["type"] != "plain_text" or not 0 < len(e["text"]["text"]) <= 75:
        errs.append("button text")
    elif len(e.get("value") or "") > 2000 or not 0 < len(e.get("action_id") or "") <= 255:
        errs.append("button value or action_id")
    return errs


def block_problems(blocks: list[dict[str, Any]]) -> list[str]:
    errs = []
    if len(blocks) > 50:
        errs.append("more than 50 blocks")
    for b in blocks:
        if b["type"] == "header" and len(b["text"]["text"]) > 150:
            errs.append("header over 150")
        if b["type"] == "section":
            if "text" not in b and "fields" not in b:
                errs.append("section without text or fields")
            if len(b.get("text", {}).get("text", "")) > 3000:
                errs.append("section over 3000")
            fields = b.get("fields") or []
            if len(fields) > 10 or any(len(f["text"]) > 2000 for f in fields):
                errs.append("section fields over 10 or over 2000")
            if "accessory" in b:
                errs += _button_problems(b["accessory"])
        if b["type"] == "actions":
            if not 0 < len(b["elements"]) <= 25:
                errs.append("actions elements")
            for e in b["elements"]:
                errs += _button_problems(e)
        if b["type"] == "context":
            if len(b["elements"]) > 10:
                errs.append("context over 10 elements")
            if any(len(e["text"]) > 3000 for e in b["elements"]):
                errs.append("context element over 3000")
    return errs


class FakeSlack(LoopbackServer):
    def __init__(self) -> None:
        super().__init__()
        self.posts: list[Post] = []
        self.responses: list[tuple[float, dict[str, Any]]] = []
        self.response_ids: list[str] = []       # the response_url id of each entry in responses
        self.errors: list[str] = []
        self.acks: list[dict[str, Any]] = []
        self.connections = 0                     # Socket Mode connections opened
        self._ws: web.WebSocketResponse | None = None
        self._ws_ready = asyncio.Event()
        self._ts = itertools.count(1)
        # injected faults: a function of (method or "response", params) returning (status, body,
        # headers) to answer instead, or None
        self.chaos: Callable[[str, dict[str, Any]], tuple[int, dict[str, Any], dict[str, str]] | None] \
            | None = None
        self.injected: list[tuple[str, int]] = []
        # seconds to hold a Web API call of (method, params) before taking it, or 0: a slow
        # platform, to show what a reply in progress holds up
        self.delay: Callable[[str, dict[str, Any]], float] | None = None
        self.shown: dict[str, dict[str, Any]] = {}     # ts -> the message as it shows now
        self.unknown: set[str] = set()     # methods that answer unknown_method (see legacy())
        # files_upload_v2: an upload URL per file, the bytes sent to it, then the completion
        self._pending: dict[str, dict[str, Any]] = {}
        self.files: list[dict[str, Any]] = []        # completed: id, title, channel, thread_ts, data

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/api/{method}", self._api)
        app.router.add_post("/response/{rid}", self._response)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/link", self._socket)

    async def stop(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        await super().stop()

    def legacy(self) -> None:
        """Answer the streaming and assistant methods with unknown_method."""
        self.unknown |= set(NEW_METHODS)

    # -------------------------------------------------------------- queries
    def of(self, method: str) -> list[Post]:
        return [p for p in self.posts if p.method == method]

    def all_text(self) -> str:
        bits = [json.dumps(p.params, ensure_ascii=False) for p in self.posts]
        bits += [json.dumps(r, ensure_ascii=False) for _, r in self.responses]
        return "\n".join(bits)

    # -------------------------------------------------------------- web api
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        # arguments may come in the query string too (slack_sdk sends some methods' that way)
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            params.update({k: v for k, v in (await request.post()).items()})
        for k in ("blocks",):
            if isinstance(params.get(k), str):
                params[k] = json.loads(params[k])
        wait = self.delay(method, params) if self.delay is not None else 0.0
        if wait:
            await asyncio.sleep(wait)
        self.posts.append(Post(method, params, time.monotonic()))
        fault = self.chaos(method, params) if self.chaos is not None else None
        if fault is not None:
            self.injected.append((method, fault[0]))
            return web.json_response(fault[1], status=fault[0], headers=fault[2])
        if method == "auth.test":
            return web.json_response({"ok": True, "url": "https://x.slack.com/", "team": "T",
                                      "user": "gpubot", "team_id": "T1", "user_id": "UBOT",
                                      "bot_id": "BBOT"})
        if method == "apps.connections.open":
            return web.json_response({"ok": True, "url": self.url.replace("http", "ws") + "/link"})
        if method in self.unknown:
            return web.json_response({"ok": False, "error": "unknown_method",
                                      "req_method": method})
        if method in ("chat.startStream", "chat.appendStream", "chat.stopStream"):
            return self._stream(method, params)
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):08d}"
            self._pending[file_id] = {"filename": params.get("filename"),
                                      "length": int(params.get("length") or -1), "data": None}
            return web.json_response({"ok": True, "file_id": file_id,
                                      "upload_url": f"{self.url}/upload/{file_id}"})
        if method == "files.completeUploadExternal":
            return self._complete(params)
        if method in ("chat.postMessage", "chat.update"):
            problems = block_problems(params.get("blocks") or [])
            if len(params.get("text") or "") > 40_000:
                problems.append("text too long")
            if problems:
                self.errors += problems
                return web.json_response({"ok": False, "error": "invalid_blocks"})
            ts = params.get("ts") or f"1700000000.{next(self._ts):06d}"
            shown = self.shown.setdefault(ts, {"thread_ts": params.get("thread_ts"),
                                                "channel": params.get("channel")})
            shown.update(text=params.get("text"), blocks=params.get("blocks"), at=time.monotonic())
            return web.json_response({"ok": True, "channel": params.get("channel"), "ts": ts,
                                      "message": {"text": params.get("text"), "ts": ts}})
        return web.json_response({"ok": True})

    def _stream(self, method: str, params: dict[str, Any]) -> web.Response:
        """A streamed message: started in a thread, appended to, stopped once (with blocks
        under the text). Its text so far shows in `shown` like any message's."""
        def fail(error: str) -> web.Response:
            self.errors.append(f"{method}: {error}")
            return web.json_response({"ok": False, "error": error})

        chunks = params.get("chunks") or []
        text = (params.get("markdown_text") or "") + "".join(
            c.get("text", "") for c in chunks if c.get("type") == "markdown_text")
        if len(text) > 12_000:
            return fail("msg_too_long")
        if method == "chat.startStream":
            channel = params.get("channel") or ""
            if not params.get("thread_ts"):
                return fail("invalid_arguments")
            # streaming into a channel (not a DM) names the user and team it streams to
            if not channel.startswith("D") and not (params.get("recipient_user_id")
                                                    and params.get("recipient_team_id")):
                return fail("invalid_arguments")
            ts = f"1700000000.{next(self._ts):06d}"
            self.shown[ts] = {"thread_ts": params["thread_ts"], "channel": channel,
                              "text": text, "blocks": None, "at": time.monotonic(),
                              "streaming": True}
            return web.json_response({"ok": True, "channel": channel, "ts": ts})
        shown = self.shown.get(params.get("ts") or "")
        if shown is None:
            return fail("message_not_found")
        if not shown.get("streaming"):
            return fail("message_not_in_streaming_state")
        shown.update(text=(shown["text"] or "") + text, at=time.monotonic())
        if method == "chat.stopStream":
            problems = block_problems(params.get("blocks") or [])
            if problems:
                self.errors += problems
                return web.json_response({"ok": False, "error": "invalid_blocks"})
            shown.update(blocks=params.get("blocks"), streaming=False)
        return web.json_response({"ok": True, "channel": shown["channel"],
                                  "ts": params["ts"]})

    async def _upload(self, request: web.Request) -> web.Response:
        """Step 2 of files_upload_v2: the file's bytes, posted to the URL step 1 gave out."""
        pending = self._pending.get(request.match_info["file_id"])
        data = await request.read()
        if pending is None or len(data) != pending["length"]:
            return web.Response(status=400, text="bad upload")
        pending["data"] = data
        return web.Response(text=f"OK - {len(data)}")

    def _complete(self, params: dict[str, Any]) -> web.Response:
        """Step 3: the uploaded files shared into a channel (and thread)."""
        files = json.loads(params.get("files") or "[]")
        done = []
        for f in files:
            pending = self._pending.pop(f.get("id"), None)
            if pending is None or pending["data"] is None:
                self.errors.append("files.completeUploadExternal: not uploaded")
                return web.json_response({"ok": False, "error": "invalid_arguments"})
            self.files.append({"id": f["id"], "title": f.get("title"),
                               "filename": pending["filename"], "data": pending["data"],
                               "channel": params.get("channel_id"),
                               "thread_ts": params.get("thread_ts"),
                               "initial_comment": params.get("initial_comment"),
                               "at": time.monotonic()})
            done.append({"id": f["id"], "title": f.get("title")})
        return web.json_response({"ok": True, "files": done})

    async def _response(self, request: web.Request) -> web.Response:
        body = await request.json()
        fault = self.chaos("response", body) if self.chaos is not None else None
        if fault is not None:
            self.injected.append(("response", fault[0]))
            return web.json_response(fault[1], status=fault[0], headers=fault[2])
        problems = block_problems(body.get("blocks") or [])
        self.errors += problems
        self.responses.append((time.monotonic(), body))
        self.response_ids.append(request.match_info["rid"])
        return web.Response(text="ok")

    # -------------------------------------------------------------- socket mode
    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self.connections += 1
        await ws.send_json({"type": "hello", "num_connections": 1,
                            "debug_info": {"host": "fake"}, "connection_info": {"app_id": "A1"}})
        self._ws_ready.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                self.acks.append(json.loads(msg.data))
        return ws

    async def drop(self, *, refresh: bool = False) -> None:
        """Slack ends the Socket Mode connection: a 'disconnect' message first when it asks for
        a refresh, else the socket just closes (a network drop or a server restart)."""
        ws, self._ws = self._ws, None
        self._ws_ready.clear()
        if ws is not None:
            if refresh:       # as Slack does: ask the client to reconnect, close later
                await ws.send_json({"type": "disconnect", "reason": "refresh_requested"})
            else:
                await ws.close()

    async def deliver(self, envelope: dict[str, Any]) -> None:
        await asyncio.wait_for(self._ws_ready.wait(), 10)
        assert self._ws is not None
        await self._ws.send_json(envelope)

    # -------------------------------------------------------------- payloads
    def response_url(self, rid: str = "r1") -> str:
        return f"{self.url}/response/{rid}"


def event_body(event: dict[str, Any], event_id: str = "Ev1") -> dict[str, Any]:
    return {"token": "t", "team_id": "T1", "api_app_id": "A1", "event": event,
            "type": "event_callback", "event_id": event_id, "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}


def slash_body(text: str, response_url: str, *, user: str = "U1", channel: str = "C1",
               trigger: str = "trig-1", command: str = "/gpubot") -> dict[str, str]:
    return {"token": "t", "team_id": "T1", "team_domain": "x", "channel_id": channel,
            "channel_name": "general", "user_id": user, "user_name": "u", "command": command,
            "text": text, "api_app_id": "A1", "response_url": response_url, "trigger_id": trigger}


def thread_started_body(channel: str, thread_ts: str, *, user: str = "U1",
                        event_id: str = "EvT") -> dict[str, Any]:
    """An assistant thread opened by a user (the assistant_thread_started event)."""
    return event_body({"type": "assistant_thread_started", "event_ts": thread_ts,
                       "assistant_thread": {"user_id": user, "channel_id": channel,
                                            "thread_ts": thread_ts,
                                            "context": {"channel_id": "C1", "team_id": "T1",
                                                        "enterprise_id": None}}}, event_id)


def action_body(value: str, *, action_id: str, channel: str, message_ts: str,
                thread_ts: str | None = None, user: str = "U1", response_url: str = "",
                ephemeral: bool = False, trigger: str = "trig-a1") -> dict[str, Any]:
    """A block_actions payload: a button tapped under a message."""
    container: dict[str, Any] = {"type": "message", "message_ts": message_ts,
                                 "channel_id": channel, "is_ephemeral": ephemeral}
    body: dict[str, Any] = {
        "type": "block_actions", "team": {"id": "T1", "domain": "x"},
        "user": {"id": user, "username": "u", "team_id": "T1"}, "api_app_id": "A1",
        "token": "t", "container": container, "trigger_id": trigger,
        "channel": {"id": channel, "name": "general"}, "response_url": response_url,
        "actions": [{"action_id": action_id, "block_id": "b1", "value": value,
                     "type": "button", "action_ts": str(time.time())}]}
    if not ephemeral:
        body["message"] = {"type": "message", "ts": message_ts, "text": "…", "user": "UBOT"}
        if thread_ts:
            container["thread_ts"] = thread_ts
            body["message"]["thread_ts"] = thread_ts
    return body


def signed(secret: str, body: str, *, ts: int | None = None) -> dict[str, str]:
    ts = int(time.time()) if ts is None else ts
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": sig}


def form(body: dict[str, str]) -> str:
    return urlencode(body)
