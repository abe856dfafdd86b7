"""A small OpenAI-compatible server on loopback for tests: /v1/chat/completions with SSE
streaming, scripted failures (status codes, hangs, cut streams, error events), and a record
of every request it received."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.base import LoopbackServer


@dataclass
class Stream:
    chunks: list[str] = field(default_factory=lambda: ["Memory ", "bandwidth ", "limits decode."])
    first_delay: float = 0.0
    delay: float = 0.0
    cut_after: int | None = None      # close the connection after this many chunks
    error_event: bool = False         # send an SSE error object instead of finishing
    usage: tuple[int, int] | None = (123, 45)
    # Hold the first chunk until the test sets this event: "the LLM is still thinking" for exactly
    # as long as the test needs, instead of a guessed first_delay that a slow machine can outlast.
    gate: asyncio.Event | None = None


@dataclass
class Status:
    code: int
    body: dict[str, Any] = field(default_factory=lambda: {"error": {"message": "boom internal detail", "type": "server_error"}})
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ToolCall:
    """A non-streamed completion whose message calls a tool with these arguments."""
    arguments: dict[str, Any] | str


@dataclass
class Hang:
    seconds: float


class FakeOpenAI(LoopbackServer):
    def __init__(self) -> None:
        super().__init__()
        self.script: deque[Stream | Status | Hang | ToolCall] = deque()
        self.requests: list[dict[str, Any]] = []
        self.first_chunk_at: list[float] = []
        self.chunks_sent = 0
        # what to do when the script is empty: a function of the request body (echo, chaos)
        self.default: Callable[[dict[str, Any]], Stream | Status | Hang | ToolCall] | None = None

    def queue(self, *actions: Stream | Status | Hang | ToolCall) -> None:
        self.script.extend(actions)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._chat)

    @property
    def url(self) -> str:
        return f"{self.root}/v1"

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append({"body": body, "auth": request.headers.get("Authorization", "")})
        action = self.script.popleft() if self.script else \
            self.default(body) if self.default is not None else Stream()
        if isinstance(action, Hang):
            await asyncio.sleep(action.seconds)
            return web.json_response({"error": "late"}, status=504)
        if isinstance(action, Status):
            return web.json_response(action.body, status=action.code, headers=action.headers)
        if isinstance(action, ToolCall):
            args = action.arguments if isinstance(action.arguments, str) else \
                json.dumps(action.arguments)
            return web.json_response({
                "id": "chatcmpl-t", "object": "chat.completion", "created": 0,
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                    "role": "assistant", "content": None, "tool_calls": [{
                        "id": "call_1", "type": "function",
                        "function": {"name": "size_infrastructure", "arguments": args}}]}}],
                "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70}})
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        try:
            return await self._stream(request, resp, action, body)
        except ConnectionResetError:          # the client hung up mid-stream (a deadline, a cut)
            return resp

    async def _stream(self, request: web.Request, resp: web.StreamResponse, action: Stream,
                      body: dict[str, Any]) -> web.StreamResponse:
        await asyncio.sleep(action.first_delay)
        if action.gate is not None:
            await action.gate.wait()
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0,
                "model": body.get("model", "fake")}
        for i, text in enumerate(action.chunks):
            if action.cut_after is not None and i >= action.cut_after:
                request.transport.close()  # type: ignore[union-attr]
                return resp
            if i == 0:
                self.first_chunk_at.append(time.monotonic())
            self.chunks_sent += 1
            chunk = dict(base, choices=[{"index": 0, "delta": {"content": text},
                                         "finish_reason": None}])
            await resp.write(f"data: {json.dumps(chunk)}\n\n".encode())
            await asyncio.sleep(action.delay)
        if action.error_event:
            err = {"error": {"message": "upstream exploded", "type": "server_error"}}
            await resp.write(f"data: {json.dumps(err)}\n\n".encode())
            return resp
        done = dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}])
        await resp.write(f"data: {json.dumps(done)}\n\n".encode())
        if action.usage:
            u = dict(base, choices=[], usage={"prompt_tokens": action.usage[0],
                                              "completion_tokens": action.usage[1],
                                              "total_tokens": sum(action.usage)})
            await resp.write(f"data: {json.dumps(u)}\n\n".encode())
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp
