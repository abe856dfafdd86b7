"""Liveness: GET /healthz answers 200 when the event loop responds quickly and every front end
is running, 503 otherwise, with details. `gpubot health` asks it (the Docker HEALTHCHECK).

With a store that has a database (PostgreSQL), it is pinged once a second and reported under
"database"; a replica that has not reached it for longer than `database_unavailable_s` answers
503, so an orchestrator can replace it (before that, it answers without shared memory)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiohttp import web

MAX_LAG_S = 2.0
PING_EVERY_S = 1.0


class HealthServer:
    def __init__(self, fronts: list[Any], *, listen: str = "127.0.0.1", port: int = 8080,
                 store: Any = None, database_unavailable_s: float = 30.0) -> None:
        self.fronts = fronts
        self.listen = listen
        self.port = port
        self.lag_s = 0.0
        self.store = store if callable(getattr(store, "ping", None)) else None
        self.database_unavailable_s = database_unavailable_s
        self.db_ok = True
        self._runner: web.AppRunner | None = None
        self._task: asyncio.Task[None] | None = None
        self._ping_task: asyncio.Task[None] | None = None

    async def _probe(self) -> None:
        while True:
            t0 = time.monotonic()
            await asyncio.sleep(0.5)
            self.lag_s = max(0.0, time.monotonic() - t0 - 0.5)

    async def _ping(self) -> None:
        assert self.store is not None
        while True:
            try:
                async with asyncio.timeout(5.0):
                    self.db_ok = bool(await self.store.ping())
            except Exception:
                self.db_ok = False
            await asyncio.sleep(PING_EVERY_S)

    def database(self) -> tuple[bool, dict[str, Any] | None]:
        """The database's part of the report, and whether it allows a 200."""
        if self.store is None:
            return True, None
        down_s = float(self.store.unavailable_for()) if not self.db_ok else 0.0
        return down_s <= self.database_unavailable_s, {
            "ok": self.db_ok, "where": str(getattr(self.store, "where", "")),
            "unavailable_s": round(down_s, 1)}

    def status(self) -> tuple[bool, dict[str, Any]]:
        fronts = {f.name: bool(f.alive()) for f in self.fronts}
        db_ok, db = self.database()
        ok = self.lag_s < MAX_LAG_S and all(fronts.values()) and db_ok
        body = {"status": "ok" if ok else "unhealthy", "loop_lag_ms": round(self.lag_s * 1000),
                "frontends": fronts}
        if db is not None:
            body["database"] = db
        return ok, body

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
        if self.store is not None:
            self._ping_task = asyncio.create_task(self._ping())

    async def stop(self) -> None:
        for task in (self._task, self._ping_task):
            if task:
                task.cancel()
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
