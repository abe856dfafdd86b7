"""The pacer against Telegram's flood limit, through python-telegram-bot's own request path
(ExtBot with the bot's rate limiter) and the loopback fake Bot API enforcing 10 calls/s; and its
rules on their own, on a virtual clock."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
from telegram.error import RetryAfter
from telegram.ext import ExtBot

from bot.frontends.telegram.retry import RetryingRateLimiter
from bot.frontends.telegram.send import BudgetedRateLimiter
from tests.fakes import virtual_time
from tests.fakes.telegram_server import FakeTelegram, FloodLimit

RATE = 10.0


async def _bot(tg: FakeTelegram) -> ExtBot:
    bot: ExtBot = ExtBot(tg.token, base_url=f"{tg.url}/bot",
                         rate_limiter=RetryingRateLimiter(overall_max_rate=RATE))
    await bot.initialize()
    return bot


def _flooded(tg: FakeTelegram) -> list[str]:
    return [f"{call.method} {why}" for call, why in tg.flooded]


async def test_a_stalled_event_loop_sends_no_second_burst_into_the_first() -> None:
    """Calls let go just before the event loop stalls reach Telegram after it, together; the
    stall's time refilled nothing there. Counted when let go, the pacer took that time for
    refill and sent a second burst into the first: Telegram refused the excess."""
    tg = FakeTelegram(flood=FloodLimit(rate=RATE, burst=RATE))
    await tg.start()
    bot = await _bot(tg)
    try:
        async def one(i: int) -> None:
            await bot.send_message(100 + i, f"reply {i}")

        tasks = [asyncio.create_task(one(i)) for i in range(20)]
        await asyncio.sleep(0)               # the first burst is let go...
        time.sleep(0.5)                      # ...and the loop stalls (a burst of CPU work)
        await asyncio.gather(*tasks)
    finally:
        await bot.shutdown()
        await tg.stop()
    assert _flooded(tg) == []
    assert sorted(tg.texts(100 + i)[0] for i in range(20)) == sorted(f"reply {i}" for i in range(20))


async def test_typing_is_dropped_while_replies_wait_and_sent_when_idle() -> None:
    tg = FakeTelegram(flood=FloodLimit(rate=RATE, burst=RATE))
    await tg.start()
    bot = await _bot(tg)
    try:
        replies = [asyncio.create_task(bot.send_message(200 + i, "x")) for i in range(25)]
        await asyncio.sleep(0.05)            # the bucket is spent, 15 replies wait
        assert await bot.send_chat_action(300, "typing") is True
        # dropped, not queued: it came back while replies still wait for a slot (queued, at the
        # lowest priority, it would have come after them all), and it never reaches Telegram
        # (below). No stopwatch: a busy machine can stretch any bound on the wall clock
        assert not all(r.done() for r in replies)
        await asyncio.gather(*replies)
        await asyncio.sleep(1.0)             # idle again: the bucket refills
        assert await bot.send_chat_action(301, "typing") is True
    finally:
        await bot.shutdown()
        await tg.stop()
    actions = [int(c.params["chat_id"]) for c in tg.calls if c.method == "sendChatAction"]
    assert actions == [301]
    assert _flooded(tg) == []


# The pacing rules on their own, on a virtual clock (tests/fakes/virtual_time.py): the sends are
# callbacks answered at once, accepted or refused with a 429, so every timing is exact.

class Api:
    """A Bot API answering at once: 429 (retry_after `hold_s`) on the attempts listed in
    `refuse` ((chat, attempt) pairs, attempts counted from 1), else accepted. Records (loop
    time, chat, accepted) per call."""

    def __init__(self, refuse: set[tuple[int, int]] = frozenset(), hold_s: float = 1.0) -> None:
        self.refuse = refuse
        self.hold = timedelta(seconds=hold_s)
        self.calls: list[tuple[float, int, bool]] = []

    def accepted(self) -> list[tuple[float, int]]:
        return [(t, chat) for t, chat, ok in self.calls if ok]

    async def send(self, limiter: BudgetedRateLimiter, chat: int) -> None:
        async def call() -> bool:
            attempt = sum(c == chat for _, c, _ in self.calls) + 1
            ok = (chat, attempt) not in self.refuse
            self.calls.append((asyncio.get_running_loop().time(), chat, ok))
            if not ok:
                raise RetryAfter(self.hold)
            return True

        await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": chat}, None)


def _deliver(api: Api, chats: int | range, rate: float = RATE) -> BudgetedRateLimiter:
    """A first reply to each chat, asked at once, through the bot's rate limiter, on a virtual
    clock."""
    async def go() -> BudgetedRateLimiter:
        limiter = BudgetedRateLimiter(overall_max_rate=rate)
        await asyncio.gather(*(api.send(limiter, chat)
                               for chat in (range(chats) if isinstance(chats, int) else chats)))
        return limiter

    return virtual_time.run(go())


def test_a_send_answered_429_is_retried_ahead_of_the_sends_asked_after_it() -> None:
    """Chat 2's first attempt is answered 429 (retry_after 1 s). Its chat waits the second out,
    then its send takes the next slot, ahead of every first reply asked after it that is still
    waiting, instead of going to the back of the queue (40 replies at 10/s: the back is 4 s
    later)."""
    api = Api(refuse={(2, 1)})
    _deliver(api, 40)
    refused_at = next(t for t, chat, ok in api.calls if not ok)
    sent = api.accepted()
    retried_at, _ = next((t, chat) for t, chat in sent if chat == 2)
    assert retried_at >= refused_at + 1.0                           # retry_after honoured...
    assert retried_at <= refused_at + 1.0 + 1 / RATE + 1e-9         # ...then the next slot
    later = [chat for t, chat in sent if t > retried_at]
    assert later and min(later) > 2 and later == sorted(later)      # the rest after it, in order
    assert [chat for t, chat in sent if t < retried_at] == sorted(
        chat for t, chat in sent if t < retried_at)                 # no one overtook out of turn


def test_a_lone_429_gives_its_slot_back_and_a_second_in_a_row_keeps_its() -> None:
    """A refusal after an accepted call was not Telegram's overall bucket (the pacer counts it
    at its worst): one chat's or one call's 429, which spent nothing there. The other chats go
    exactly as if the refused call had not been made. Two refusals in a row may be a bucket that
    is really empty: the second keeps its slot, so a storm of 429s cannot feed itself."""
    def times(api: Api, chats: range) -> dict[int, float]:
        return {chat: t for t, chat in api.accepted() if chat in chats}

    lone = Api(refuse={(0, 1)}, hold_s=5.0)       # chat 0's retry comes after all the others
    limiter = _deliver(lone, 20)
    assert limiter.pacer is not None and limiter.pacer.refunded == 1
    without = Api()
    _deliver(without, range(1, 20))               # chat 0 never asked
    assert times(lone, range(1, 20)) == times(without, range(1, 20))
    assert max(t for t, _ in without.accepted()) == pytest.approx(1.0)  # the pace was binding
    twice = Api(refuse={(0, 1), (1, 1)}, hold_s=5.0)
    limiter = _deliver(twice, 20)
    assert limiter.pacer is not None and limiter.pacer.refunded == 1
    # the second refusal (chat 1's) spent its slot, as an accepted call would have
    assert times(twice, range(2, 20)) == times(without, range(2, 20))


def test_a_first_reply_waiting_takes_the_next_slot_ahead_of_second_parts_asked_before_it() -> None:
    """The ordering the delivery benchmark can only see blurred by a loaded machine, on a virtual
    clock: with the one slot taken, second parts of earlier answers wait, then a first reply
    arrives; when the slot frees, the first reply gets it, then the second parts in their order."""
    from bot.frontends.telegram.pace import FIRST_REPLY, FOLLOW_UP, PriorityPacer

    async def go() -> list[str]:
        pacer = PriorityPacer(rate=1.0, burst=2.0)       # one slot, one call a second
        order: list[str] = []

        async def call(name: str, prio: int, hold: float = 0.0) -> None:
            async with pacer.slot(prio):
                order.append(name)
                await asyncio.sleep(hold)

        busy = asyncio.create_task(call("busy", FIRST_REPLY, hold=0.5))
        await asyncio.sleep(0)
        follows = [asyncio.create_task(call(f"follow {i}", FOLLOW_UP)) for i in range(3)]
        await asyncio.sleep(0.1)
        first = asyncio.create_task(call("first", FIRST_REPLY))
        await asyncio.gather(busy, first, *follows)
        return order

    assert virtual_time.run(go()) == ["busy", "first", "follow 0", "follow 1", "follow 2"]
