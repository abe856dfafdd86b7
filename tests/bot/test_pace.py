"""The pacer against Telegram's flood limit, through python-telegram-bot's own request path
(ExtBot with the bot's rate limiter) and the loopback fake Bot API enforcing 10 calls/s."""

from __future__ import annotations

import asyncio
import time

from telegram.ext import ExtBot

from bot.frontends.telegram.retry import RetryingRateLimiter
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
