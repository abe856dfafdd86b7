"""Delivery at Telegram's pace (bench/delivery.py), reduced for CI: 40 private chats asking at
once, the fake Bot API enforcing 24 calls/s (200 chats at 30/s, scaled) and answering 5% of
calls 429. `make delivery` runs the full size."""

from __future__ import annotations

import itertools

import pytest

from bench.delivery import Config, run

CHATS, RATE, RETRY_S = 40, 24.0, 1.0       # RETRY_S: a 429's retry_after, honoured to the letter


@pytest.mark.slow
async def test_every_chat_gets_its_messages_once_and_the_first_in_time() -> None:
    rep = await run(Config(chats=CHATS, rate=RATE, bot_rate=RATE, seed=3, timeout_s=30))
    print("\n" + rep.summary())
    assert rep.problems == []                               # none lost, duplicated or stray
    assert len(rep.first) == CHATS and rep.messages == 2 * CHATS
    assert sum(rep.flooded.values()) > 0                    # the 429s were exercised
    # the pacer follows the fake's bucket at its worst: only the random 429s, never the flood's
    assert [k for k in rep.flooded if "flood" in k] == []
    seq = sorted(rep.sequence)
    # (that first replies go ahead of second parts is asserted on a virtual clock in test_pace: on
    # the wall clock a starved event loop blurs it, 5-9 overtakes with priorities on a loaded 2-core
    # machine against 7 without them, so no bound here could tell the two apart)
    # a 429 holds its chat, not the bot: sends keep flowing at the pace (1/12 s apart) while
    # someone waits out retry_after; python-telegram-bot's AIORateLimiter stops them all. Only
    # while plenty is left to send: at the very end the one send left may be waiting its 429 out
    busy = seq[:len(seq) - CHATS // 4]
    gaps = [(b[0] - a[0], i) for i, (a, b) in enumerate(itertools.pairwise(busy))]
    assert max(gaps) < (RETRY_S - 0.1, 0), (max(gaps), len(seq))
    # the last first reply within what the rate allows, plus two 429 waits and generous slack
    assert max(rep.first.values()) < (CHATS - RATE) / RATE + 2 * RETRY_S + 3.0
