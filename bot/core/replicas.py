"""What replicas share through the store, for the front ends and the core.

A store that says `shared = True` (PostgreSQL) is the one several processes use at once; then
redelivered events are claimed there (`first_delivery`), per-user limits are taken there
(bot/core/ratelimit.py) and a chat's replies are ordered there (bot/core/order.py). With a store of one
process (memory, SQLite) the front ends keep their in-process memory and counters, unchanged.

None of these ever fails a reply: when the store call itself fails, the delivery is taken as
the first (answering twice beats answering never) and the caller logs one line.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("gpubot.replicas")
CLAIM_TTL_S = 3600.0        # Slack retries for minutes and Telegram for hours at most; an hour


def is_shared(store: Any) -> bool:
    """True for a store that several processes share (the PostgreSQL store)."""
    return bool(getattr(store, "shared", False))


async def first_delivery(store: Any, kind: str, id: str | None,
                         ttl_s: float = CLAIM_TTL_S) -> bool:
    """The first claim of (kind, id) in any replica sharing the store, until ttl_s passes."""
    if not id:
        return True
    try:
        return bool(await store.claim(kind, id, ttl_s))
    except Exception as exc:
        log.warning("claim failed (%s); handling the delivery", type(exc).__name__)
        return True
