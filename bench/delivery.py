"""Delivery at Telegram's pace (issue 10, item 3): how soon 200 private chats asking at once get
their first reply, when the Bot API enforces Telegram's flood limit.

    make delivery                                   # 200 chats, 30 messages/s, 5% random 429s
    .venv/bin/python bench/delivery.py --chats 40 --rate 6

The real Telegram front end (python-telegram-bot, long polling, its default rate limiter) runs
against the loopback fake Bot API (tests/fakes/telegram_server.py) with FloodLimit on: a token
bucket of about 30 calls a second across sendMessage, editMessageText and sendChatAction,
anything beyond answered 429 with parameters.retry_after, plus a seeded 5% of calls answered
429 whatever the bucket holds. No LLM is configured, so each answer is the calculator's numbers
and then the built-in notes: two messages a chat, 400 in all.

Every update is made available at once; per chat, the time from then to its first reply
(the first sendMessage the fake accepted) is measured on the fake's own clock. Each chat must
get exactly its expected messages (computed by the same core and renderer), once, in order.

The floor is Telegram's: 200 first replies at 30/s after a burst of 30 end after about
(200 - 30) / 30 = 5.7 s; target median <= 4 s, last <= 8 s. Where the time goes is reported
too: when the bot first tried to send each chat's reply (its own work: polling, the calculator)
against when the fake accepted it (the pacing, and 429s).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.telegram_server import FakeTelegram, FloodLimit, visible  # noqa: E402

QUESTION = "how many H100s for {n:,} users, and why is HBM the bottleneck?"
FIRST_CHAT = 10_000


def marker(i: int) -> int:
    return 1_000_000 + i


@dataclass
class Config:
    chats: int = 200
    rate: float = 30.0              # the fake's flood limit, calls per second
    random_429: float = 0.05
    seed: int = 10
    bot_rate: float | None = None   # the bot's pacing; None: its default (Telegram's 30/s)
    # python-telegram-bot's own AIORateLimiter (arrival order; a 429 pauses every send) in
    # place of the bot's: how delivery was before bot/frontends/telegram/pace.py
    baseline: bool = False
    timeout_s: float = 60.0


def pct(xs: list[float], p: float) -> float:
    if len(xs) < 2:
        return xs[0] if xs else 0.0
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1]


@dataclass
class Report:
    config: Config
    first: dict[int, float] = field(default_factory=dict)        # chat -> s to first reply
    queued: dict[int, float] = field(default_factory=dict)       # chat -> s to its first send
    #                                                   # handed to the rate limiter (bot's work)
    last: dict[int, float] = field(default_factory=dict)         # chat -> s to its last message
    problems: list[str] = field(default_factory=list)
    messages: int = 0
    # every accepted sendMessage in the order the fake accepted it: (at, chat, "first" or
    # "follow"), and the chats whose first reply was answered 429 at least once
    sequence: list[tuple[float, int, str]] = field(default_factory=list)
    first_429: set[int] = field(default_factory=set)
    calls: dict[str, int] = field(default_factory=dict)
    flooded: dict[str, int] = field(default_factory=dict)
    wall_s: float = 0.0

    def figures(self) -> dict[str, float]:
        f = list(self.first.values())
        return {"median": statistics.median(f) if f else 0.0, "p99": pct(f, 99),
                "last": max(f, default=0.0)}

    def summary(self) -> str:
        c = self.config
        fig = self.figures()
        tries = list(self.queued.values())
        lasts = list(self.last.values())
        return "\n".join([
            f"{c.chats} private chats asking at once; the fake Bot API allows {c.rate:g} "
            f"calls/s and answers {c.random_429:.0%} of calls 429 (seed {c.seed})",
            f"first reply: median {fig['median']:.2f} s, p99 {fig['p99']:.2f} s, "
            f"last {fig['last']:.2f} s",
            f"first reply handed to the rate limiter (the bot's own work): median "
            f"{statistics.median(tries or [0]):.2f} s, last {max(tries, default=0):.2f} s",
            f"whole answer: median {statistics.median(lasts or [0]):.2f} s, last "
            f"{max(lasts, default=0):.2f} s",
            f"messages delivered: {self.messages}; calls: {self.calls}; answered 429: "
            f"{self.flooded}",
            f"problems: {len(self.problems)}",
            f"wall time: {self.wall_s:.1f} s",
        ])


async def expected_texts(n: int) -> list[str]:
    """What one chat should show: the same core and renderer, without Telegram."""
    from bot.core.conversation import CalcReady, Core, Finished, Question
    from bot.core.narrator import NotesNarrator
    from bot.render.telegram import calc_messages, error_message, narrative_messages

    core = Core(narrator=NotesNarrator())
    out: list[str] = []
    q = Question(text=QUESTION.format(n=n), platform="telegram", chat="0", user="0", thread="")
    async for ev in core.stream(q, None):
        if isinstance(ev, CalcReady):
            a = ev.answer
            out += calc_messages(a.result, a.lang) if a.result is not None else []
            if a.error is not None:
                out.append(error_message(a.error.message, a.lang))
        elif isinstance(ev, Finished) and (narr := ev.answer.narrative) is not None:
            out += narrative_messages(narr.text, narr.source, ev.answer.lang)
    return [visible(x, True) for x in out]


def check(tg: FakeTelegram, sent: dict[int, tuple[int, int]], expect: dict[int, list[str]],
          queued: dict[int, float], rep: Report) -> None:
    """sent: chat -> (i, update_id). Fills in latencies and problems."""
    flooded = {id(call) for call, _ in tg.flooded}
    for call, why in tg.flooded:
        key = f"{call.method} {why}"
        rep.flooded[key] = rep.flooded.get(key, 0) + 1
    for call in tg.calls:
        rep.calls[call.method] = rep.calls.get(call.method, 0) + 1
    accepted: dict[int, list[Any]] = {}
    for call in tg.calls:
        if call.method != "sendMessage":
            continue
        chat = int(call.params["chat_id"])
        if id(call) not in flooded:
            rep.sequence.append((call.at, chat, "follow" if chat in accepted else "first"))
            accepted.setdefault(chat, []).append(call)
        elif chat not in accepted:
            rep.first_429.add(chat)
    for chat, (_i, uid) in sent.items():
        t0 = tg.pushed_at[uid]
        got = tg.texts(chat)
        rep.messages += len(got)
        if got != expect[chat]:
            rep.problems.append(f"chat {chat}: {len(got)} messages, expected "
                                f"{len(expect[chat])}" + ("" if len(got) != len(expect[chat])
                                                          else " (different text)"))
            continue
        calls = accepted.get(chat, [])
        rep.first[chat] = calls[0].at - t0
        rep.queued[chat] = queued[chat] - t0
        rep.last[chat] = calls[-1].at - t0
    stray = {c for c, _ in tg.messages} - set(sent)
    if stray:
        rep.problems.append(f"messages in {len(stray)} chats that asked nothing")
    if tg.errors:
        rep.problems.append(f"the fake rejected {len(tg.errors)} calls: {tg.errors[:3]}")


async def run(cfg: Config) -> Report:
    from telegram.ext import AIORateLimiter, BaseRateLimiter

    from bot.core.conversation import Core
    from bot.core.narrator import NotesNarrator
    from bot.frontends.telegram.app import TelegramBot
    from bot.frontends.telegram.retry import RetryingRateLimiter

    rep = Report(cfg)
    tg = FakeTelegram(flood=FloodLimit(rate=cfg.rate, burst=cfg.rate, random_429=cfg.random_429,
                                       seed=cfg.seed))
    await tg.start()
    class Baseline(AIORateLimiter):
        """AIORateLimiter as it is (a subclass, so that `timed` below can wrap it)."""

    rate = cfg.bot_rate or 30.0
    limiter: BaseRateLimiter[Any] | None = \
        Baseline(overall_max_rate=rate, max_retries=6) if cfg.baseline else \
        RetryingRateLimiter(overall_max_rate=rate) if cfg.bot_rate is not None else None
    bot = TelegramBot(Core(narrator=NotesNarrator()), token=tg.token, api_base_url=tg.url,
                      rate_limit_per_minute=1000, rate_limiter=limiter)
    # when each chat's first sendMessage reaches the rate limiter: the bot's own work ends there
    queued: dict[int, float] = {}
    inner = bot.rate_limiter.process_request

    async def timed(callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                    data: dict[str, Any], rate_limit_args: Any) -> Any:
        if endpoint == "sendMessage":
            queued.setdefault(int(data["chat_id"]), tg.clock())
        return await inner(callback, args, kwargs, endpoint, data, rate_limit_args)

    bot.rate_limiter.process_request = timed  # type: ignore[method-assign]
    await bot.start()
    tg.calls.clear()         # getMe, setMyCommands: before any question
    sent: dict[int, tuple[int, int]] = {}
    expect_total = 0
    t_start = time.monotonic()
    try:
        expect = {FIRST_CHAT + i: await expected_texts(marker(i)) for i in range(cfg.chats)}
        expect_total = sum(len(v) for v in expect.values())
        await asyncio.sleep(1.0)                 # the poller waits on an empty queue
        t_start = time.monotonic()
        for i in range(cfg.chats):
            chat = FIRST_CHAT + i
            tg.push(tg.text_message(QUESTION.format(n=marker(i)), chat_id=chat, user_id=chat))
            sent[chat] = (i, tg.updates[-1]["update_id"])
        deadline = time.monotonic() + cfg.timeout_s
        while len(tg.messages) < expect_total or bot.in_flight:
            if time.monotonic() > deadline:
                rep.problems.append("not everything was delivered in time")
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)                 # anything sent twice would arrive now
    finally:
        rep.wall_s = time.monotonic() - t_start
        await bot.stop()
        await tg.stop()
    check(tg, sent, expect, queued, rep)
    return rep


def seeds(cfg: Config, spec: str) -> int:
    """One run per seed (`0-9` or `1,4,7`): first reply median, p99 and last, and the 429s
    that met first replies."""
    lo, _, hi = spec.partition("-")
    draws = range(int(lo), int(hi) + 1) if hi else [int(x) for x in spec.split(",")]
    worst: dict[str, float] = {}
    failed = 0
    for seed in draws:
        rep = asyncio.run(run(replace(cfg, seed=seed)))
        fig = rep.figures()
        for k, v in fig.items():
            worst[k] = max(worst.get(k, 0.0), v)
        met = "; ".join(f"{k}: {v}" for k, v in sorted(rep.flooded.items()))
        print(f"seed {seed}: first reply median {fig['median']:.2f} s, p99 {fig['p99']:.2f} s, "
              f"last {fig['last']:.2f} s; whole answers by {max(rep.last.values(), default=0):.2f} s;"
              f" 429s: {met or 'none'}; problems: {len(rep.problems)}", flush=True)
        failed += bool(rep.problems)
    print(f"worst of {len(draws)}: median {worst['median']:.2f} s, p99 {worst['p99']:.2f} s, "
          f"last {worst['last']:.2f} s")
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chats", type=int, default=200)
    ap.add_argument("--rate", type=float, default=30.0, help="the fake's flood limit, calls/s")
    ap.add_argument("--random-429", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--seeds", default="",
                    help="several draws, e.g. 0-9: one line each, then the worst of them")
    ap.add_argument("--baseline", action="store_true",
                    help="python-telegram-bot's AIORateLimiter instead of the bot's pacing")
    args = ap.parse_args()
    scaled = args.rate != 30.0
    cfg = Config(chats=args.chats, rate=args.rate, random_429=args.random_429, seed=args.seed,
                 bot_rate=args.rate if scaled else None, baseline=args.baseline)
    if args.seeds:
        return seeds(cfg, args.seeds)
    rep = asyncio.run(run(cfg))
    print(rep.summary())
    for p in rep.problems[:20]:
        print("problem:", p)
    return 1 if rep.problems else 0


if __name__ == "__main__":
    sys.exit(main())
