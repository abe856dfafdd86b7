"""What every fake server shares: an aiohttp app on a free loopback port, and a poll helper."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from aiohttp import web


class LoopbackServer:
    # How long stop() lets a request still in progress finish before cancelling it. A fake has
    # nothing to flush: what is in flight then is a long poll or a scripted delay/hang that the
    # client under test has already given up on, and aiohttp's default (60 s) would wait it out.
    shutdown_timeout = 0.05

    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self.root = ""          # http://127.0.0.1:PORT

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start(self) -> str:
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, shutdown_timeout=self.shutdown_timeout)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.root = f"http://127.0.0.1:{port}"
        return self.url

    @property
    def url(self) -> str:
        return self.root

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    @staticmethod
    async def wait_for(pred: Callable[[], object], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if pred():
                return
            await asyncio.sleep(0.02)
        raise AssertionError("condition not met in time")
