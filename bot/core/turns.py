"""Computing answers takes turns with the event loop's I/O.

An answer's numbers cost a couple of milliseconds of CPU (reading the question, the
calculator, rendering), and no await in between gives the event loop a chance to read or write
a socket. When many questions arrive at once (one getUpdates batch of 200, a burst of Slack
events), their handlers all start in the same pass of the event loop and each computes its
answer in one go: no reply leaves the process until the last one is computed. bench/delivery.py
measured it: 200 first replies handed to the rate limiter from 0.04 s on, the first one reaching
the Bot API at 0.44 s, and the 0.4 s lost (Telegram's bucket was full meanwhile, so nothing was
saved up either).

`await turns.take()` before a computation: the first one in a pass of the event loop goes at
once; the others wait, in the order they asked, for later passes, one per pass. Between two
computations the event loop polls its sockets, so the replies already computed go out while
the rest are being computed. A lone question never waits. It is not a lock: nothing is held,
so an await inside the computation (a store, a language model) never holds the others up.

A message longer than bot/core/conversation.READ_IN_A_THREAD_CHARS is read in a worker thread after its
turn is taken: reading one can take a second (bench/bench_hostile.py), and the event loop meanwhile
serves the other chats.
"""

from __future__ import annotations

import asyncio
from collections import deque


class Turns:
    def __init__(self) -> None:
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._taken = False            # a computation began in this pass of the event loop

    async def take(self) -> None:
        """Return when this computation's turn has come (at once if nobody else's has in this
        pass of the event loop and nobody is waiting)."""
        loop = asyncio.get_running_loop()
        if not self._taken and not self._waiting:
            self._begin(loop)
            return
        fut: asyncio.Future[None] = loop.create_future()
        self._waiting.append(fut)
        await fut                      # cancelled while waiting: skipped when its turn comes

    @property
    def waiting(self) -> int:
        return sum(not f.done() for f in self._waiting)

    def _begin(self, loop: asyncio.AbstractEventLoop) -> None:
        self._taken = True
        # a callback scheduled now runs in the next pass, after that pass has polled the sockets
        loop.call_soon(self._next_pass, loop)

    def _next_pass(self, loop: asyncio.AbstractEventLoop) -> None:
        self._taken = False
        while self._waiting:
            fut = self._waiting.popleft()
            if not fut.done():
                fut.set_result(None)   # its task resumes in the next pass
                self._begin(loop)
                return
