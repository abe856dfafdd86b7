"""Liveness: GET /healthz answers 200 when the event loop responds quickly and every front end
is running, 503 otherwise, with details. `gpubot health` asks it (the Docker HEALTHCHECK)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiohttp import web

MAX_LAG_S = 2.0


class HealthServer:
    def __init__(self, fronts: list[Any], *, listen: str = "127.0.0.1", port: int = 8080) -> None:
        self.fronts = fronts
        self.listen = listen
        self.port = port
        self.lag_s = 0.0
        self._runner: web.AppRunner | None = None
        self._task: asyncio.Task[None] | None = None

    async def _probe(self) -> None:
        while True:
            t0 = time.monotonic()
            await asyncio.sleep(0.5)
            self.lag_s = max(0.0, time.monotonic() - t0 - 0.5)

    def status(self) -> tuple[bool, dict[str, Any]]:
        fronts = {f.name: bool(f.alive()) for f in self.fronts}
        ok = self.lag_s < MAX_LAG_S and all(fronts.values())
        return ok, {"status": "ok" if ok else "unhealthy", "loop_lag_ms": round(self.lag_s * 1000),
                    "frontends": fronts}

    async def _handle(self, request: web.Request) -> web.Response:
        ok, body = self.status()
        return web.json_response(body, status=200 if ok else 503)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        await site.start()
        if self.port == 0:
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._task = asyncio.create_task(self._probe())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
        if self._runner:
            await self._runner.cleanup()


def check(url: str, timeout: float = 5.0) -> tuple[bool, str]:
    """For `gpubot health`: stdlib only, so the check itself is light."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status == 200, r.read().decode()
    except urllib.error.HTTPError as exc:
        return False, exc.read().decode(errors="replace")
    except OSError as exc:
        return False, f"unreachable: {type(exc).__name__}"
