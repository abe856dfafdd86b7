"""Logging: one line per event, structured fields, secrets redacted.

Every record passes through a filter that replaces any configured secret (and anything shaped
like a bot token or API key) with '***', including the Telegram token inside Bot API URLs.
Library loggers (telegram, httpx, slack_bolt, slack_sdk, openai, ...) are kept at WARNING
whatever the root level, so request URLs and per-request chatter are not logged at all.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from typing import Any

from bot.config import Settings

_PATTERNS = [re.compile(p) for p in (r"\d{6,12}:[A-Za-z0-9_-]{30,}", r"xox[abpre]-[A-Za-z0-9-]{10,}",
                                      r"xapp-[A-Za-z0-9-]{10,}", r"sk-[A-Za-z0-9_-]{16,}")]
_FIELDS = ("platform", "chat", "route", "latency_ms", "kind", "status")
# Library loggers: only WARNING and above, whatever the root level. Bolt gives its loggers
# ("slack_bolt.App", ...) the root's level explicitly, so setting the parent is not enough;
# the handler drops their lower records.
_LIBRARIES = ("telegram", "httpx", "httpcore", "slack_bolt", "slack_sdk", "openai", "aiohttp",
              "tornado", "asyncio", "urllib3", "hpack", "websockets", "websocket")


class LibraryFilter(logging.Filter):
    """Drops library records below WARNING; our own loggers keep the configured level."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return record.name.split(".", 1)[0] not in _LIBRARIES


class RedactFilter(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "***")
        for p in _PATTERNS:
            text = p.sub("***", text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if record.exc_info:
            msg += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = self.redact(msg)
        record.args = ()
        return True


class LineFormatter(logging.Formatter):
    """`2026-11-27T18:00:00Z INFO gpubot.core message key=value ...` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        ts = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))
        fields = " ".join(f"{k}={json.dumps(getattr(record, k), ensure_ascii=False)}"
                          for k in _FIELDS if hasattr(record, k))
        msg = record.getMessage().replace("\n", " | ")
        return f"{ts} {record.levelname} {record.name} {msg}" + (f" {fields}" if fields else "")


def setup_logging(settings: Settings | None = None, *, stream: Any = None,
                  extra_secrets: list[str] | None = None) -> logging.Handler:
    level = settings.bot.log_level.value if settings else "INFO"
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(LineFormatter())
    handler.addFilter(LibraryFilter())
    handler.addFilter(RedactFilter((settings.secrets() if settings else []) + (extra_secrets or [])))
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_gpubot", False):
            root.removeHandler(h)
    handler._gpubot = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in _LIBRARIES:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler
