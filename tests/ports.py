"""Ports for the servers tests start in other processes (a bot replica, PostgreSQL, a webhook):
picked below the kernel's ephemeral range, in a block of its own for each pytest-xdist worker.

A port taken from bind(("127.0.0.1", 0)) and released is free only until the next bind(0) anywhere
on the machine: another worker's fake server could take it before the child process bound it, and a
bot replica of another test could even answer its health check (a replica then died as "healthy").
Ports below 32768 are never handed out for port 0 on Linux, and no two workers share a block."""

from __future__ import annotations

import itertools
import os
import random
import socket

_BASE, _BLOCK = 20_000, 1_500          # workers gw0..gw7: 20000-31999, below 32768
_counter = itertools.count(random.randrange(_BLOCK))   # (a second run beside this one starts elsewhere)


def _worker() -> int:
    name = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(name[2:]) % 8 if name[2:].isdigit() else 0


def free_port() -> int:
    """A port on 127.0.0.1 nothing listens on now, from this worker's block."""
    start = _BASE + _worker() * _BLOCK
    for _ in range(_BLOCK):
        port = start + next(_counter) % _BLOCK
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port left in this worker's block")
