"""Run the configured front ends in one event loop, with a health endpoint, until SIGTERM
or SIGINT; then stop taking new messages and finish the replies already in progress."""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

from bot.config import Settings, StoreKind
from bot.core.conversation import Core
from bot.frontends.base import Frontend
from bot.shutdown import SHUTDOWN_BUDGET_S, SHUTDOWN_GRACE_S, StopBudget
from bot.store import Store

log = logging.getLogger("gpubot.runner")


def build_core(settings: Settings, store: Store | None = None) -> Core:
    """The core the settings describe; the CLI passes its own store (memory or --db)."""
    from bot.core.narrator import Narrator, NotesNarrator
    from bot.store import MemoryStore, open_sqlite

    if store is None:
        if settings.bot.store is StoreKind.MEMORY:
            store = MemoryStore()
        elif settings.bot.store is StoreKind.POSTGRES:
            from bot.store import open_postgres

            store = open_postgres(settings.bot.database_url.get_secret_value())
        else:
            store = open_sqlite(Path(settings.bot.data_dir) / "gpubot.sqlite3")
    narrator: Narrator = NotesNarrator()
    extractor = None
    deadline_s = 60.0
    if settings.llm_configured:
        from bot.core.llm.narrator import LLMNarrator

        llm_narrator = LLMNarrator.from_settings(settings, store=store)
        narrator = llm_narrator
        deadline_s = llm_narrator.deadline_s
        if settings.llm.extract_parameters:
            from bot.core.llm.extract import Extractor

            extractor = Extractor(client=llm_narrator.client, model=llm_narrator.model)
    return Core(store=store, narrator=narrator, calc_defaults=calc_defaults(settings),
                extractor=extractor, narrative_deadline_s=deadline_s)


def calc_defaults(settings: Settings) -> dict[str, float]:
    fx = settings.calc.usd_cny
    return {"usd_cny": fx} if fx > 0 else {}


async def serve(settings: Settings, names: list[str], *, stop_event: asyncio.Event | None = None
                ) -> int:
    core = build_core(settings)
    opener = getattr(core.store, "open", None)
    if callable(opener):
        await opener()       # PostgreSQL: connect and migrate now; when down, one line, go on
    budget = StopBudget()
    fronts: list[Frontend] = []
    for name in names:
        if name == "telegram":
            from bot.frontends.telegram.frontend import telegram_frontend

            fronts.append(telegram_frontend(core, settings, budget))
        elif name == "slack":
            from bot.frontends.slack.frontend import slack_frontend

            fronts.append(slack_frontend(core, settings, budget))
    if not fronts:
        log.error("no front end is configured: enable [telegram] or [slack] in the config")
        return 2
    stop = stop_event or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    from bot.health import HealthServer

    health = HealthServer(fronts, listen=settings.health.listen, port=settings.health.port,
                          store=core.store,
                          database_unavailable_s=settings.health.database_unavailable_s)
    await health.start()
    for f in fronts:
        await f.start()
        log.info("front end started", extra={"platform": f.name})
    await stop.wait()
    log.info("stopping: finishing replies in progress")
    # replies get the grace, then explanations are cut with a note; no send waits past the
    # budget (429s included); and a front end still stopping a moment after that is left
    budget.start(SHUTDOWN_BUDGET_S)
    core.begin_shutdown(SHUTDOWN_GRACE_S)
    for f in reversed(fronts):
        try:
            async with asyncio.timeout((budget.left() or 0.0) + 0.5):
                await f.stop()
        except TimeoutError:
            log.warning("front end still stopping at the end of the budget; leaving it",
                        extra={"platform": f.name})
        except Exception:
            log.exception("front end did not stop cleanly", extra={"platform": f.name})
    await health.stop()
    await core.store.close()
    return 0
