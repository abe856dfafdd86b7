"""Load test (issue 13, item 1): the real Telegram and Slack front ends, on loopback, against a
fake LLM that is slow and fails, and platform fakes that answer 429s and 5xx.

    make load                               # full size: 1,000 Telegram questions from 200 users,
                                            # 500 slash commands and 200 mentions (a few minutes)
    .venv/bin/python bench/load.py --scale 0.1   # a tenth of that

Every question must get exactly one calculator answer and one narrative or one "explanation
unavailable" line, in its own chat or thread; nothing lost, duplicated or misrouted; as many
asyncio tasks after as before. Reports latency to the numbers and to the full answer (p50/p99),
faults injected, peak RSS. tests/bot/test_load.py runs a reduced version in CI.

Each question carries its own user count (1,000,000 + its number), which the calculator shows
among its assumptions and the fake LLM repeats in its narrative: that is how every reply is
traced back to the question it answers.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import random
import re
import resource
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_settings  # noqa: E402
from bot.core.messages import t  # noqa: E402
from bot.logs import setup_logging  # noqa: E402
from tests.fakes.openai_server import FakeOpenAI, Hang, Status, Stream  # noqa: E402
from tests.fakes.slack_server import FakeSlack, event_body, form, signed, slash_body  # noqa: E402
from tests.fakes.telegram_server import FakeTelegram  # noqa: E402

SIGNING_SECRET = "load-signing-secret-0123456789"
SLACK_TOKEN = "xoxb-fake_load_test_token"  # not shaped like a real token
OPENAI_KEY = "sk-load-test-key-0123456789abcdef"
UNAVAILABLE = t("llm_unavailable", "en")
QUESTION = "how many {acc}s for {n:,} users, and why is HBM the bottleneck?"
ACCS = ["H100", "H200", "B200", "A100", "MI300X"]


def marker(i: int) -> int:
    return 1_000_000 + i


@dataclass
class Config:
    tg_questions: int = 1000
    tg_users: int = 200
    slash: int = 500
    mentions: int = 200
    slack_users: int = 200
    llm_latency_s: float = 1.0
    llm_failure: float = 0.10
    platform_failure: float = 0.03
    llm_timeout_s: float = 3.0
    seed: int = 13
    flood_limits: bool = True          # pace Telegram sends at its real 30 messages/s
    # a Telegram 429 pauses every send of the bot for retry_after (>= 1 s): a cap keeps a short
    # run short
    tg_429_cap: int = 10**9

    def scaled(self, k: float) -> Config:
        return Config(tg_questions=max(10, int(self.tg_questions * k)),
                      tg_users=max(5, int(self.tg_users * k)), slash=max(5, int(self.slash * k)),
                      mentions=max(5, int(self.mentions * k)),
                      slack_users=max(5, int(self.slack_users * k)),
                      llm_latency_s=self.llm_latency_s, llm_failure=self.llm_failure,
                      platform_failure=self.platform_failure, llm_timeout_s=self.llm_timeout_s,
                      seed=self.seed, flood_limits=self.flood_limits, tg_429_cap=self.tg_429_cap)


@dataclass
class Report:
    config: Config
    questions: int = 0
    answered: int = 0
    narratives: int = 0
    unavailable: int = 0
    problems: list[str] = field(default_factory=list)
    llm_faults: dict[str, int] = field(default_factory=dict)
    platform_faults: dict[str, int] = field(default_factory=dict)
    to_numbers: list[float] = field(default_factory=list)
    to_full: list[float] = field(default_factory=list)
    latency: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)
    unavailable_by: dict[str, int] = field(default_factory=dict)
    tasks_before: int = 0
    tasks_after: int = 0
    peak_rss_mb: float = 0.0
    wall_s: float = 0.0
    log_text: str = ""
    raw_log: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)

    def pct(self, xs: list[float], p: float) -> float:
        if not xs:
            return 0.0
        return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1] if len(xs) > 1 \
            else xs[0]

    def record(self, platform: str, numbers: float, full: float, kinds: list[str]) -> None:
        self.answered += 1
        self.narratives += "narrative" in kinds
        self.unavailable += "unavailable" in kinds
        self.unavailable_by[platform] = self.unavailable_by.get(platform, 0) + \
            ("unavailable" in kinds)
        self.to_numbers.append(numbers)
        self.to_full.append(full)
        num, fl = self.latency.setdefault(platform, ([], []))
        num.append(numbers)
        fl.append(full)

    def unavailable_kinds(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for line in self.raw_log:
            if "narrative unavailable: " in line:
                kind = line.split("narrative unavailable: ")[1].split()[0]
                out[kind] = out.get(kind, 0) + 1
        return out

    def summary(self) -> str:
        f = self.platform_faults
        return "\n".join([
            f"questions: {self.questions} (telegram {self.config.tg_questions} from "
            f"{self.config.tg_users} users; slack {self.config.slash} slash commands + "
            f"{self.config.mentions} mentions)",
            f"answered: {self.answered}; narratives {self.narratives}, 'unavailable' lines "
            f"{self.unavailable}; problems {len(self.problems)}",
            f"LLM faults injected: {sum(self.llm_faults.values())} {dict(self.llm_faults)}",
            f"platform faults injected: {sum(f.values())} {dict(f)}",
            *(f"{name}: to the numbers p50 {self.pct(num, 50):.2f} s, p99 {self.pct(num, 99):.2f}"
              f" s; to the full answer p50 {self.pct(full, 50):.2f} s, p99 {self.pct(full, 99):.2f} s"
              for name, (num, full) in [("all", (self.to_numbers, self.to_full)),
                                        *self.latency.items()]),
            f"why explanations were unavailable (log): {self.unavailable_kinds()}; by platform: "
            f"{self.unavailable_by}",
            f"asyncio tasks before/after: {self.tasks_before}/{self.tasks_after}",
            f"peak RSS: {self.peak_rss_mb:.0f} MB (bot and fakes in one process)",
            f"wall time: {self.wall_s:.1f} s",
        ])


# ---------------------------------------------------------------- the fakes' bad behaviour
def llm_chaos(cfg: Config, rng: random.Random, counts: dict[str, int]) -> Any:
    def act(body: dict[str, Any]) -> Stream | Status | Hang:
        prompt = body["messages"][-1]["content"]
        # the question's marker (1,000,000 + its number), not a figure such as "1,088 GPUs"
        found = re.search(r"(?<![\d,])1,0\d\d,\d{3}(?![\d,])", prompt)
        n = found.group(0) if found else "?"
        r = rng.random()
        fail = cfg.llm_failure / 4
        if r < fail:
            counts["timeout"] = counts.get("timeout", 0) + 1
            return Hang(cfg.llm_timeout_s + 2)
        if r < 2 * fail:
            counts["429"] = counts.get("429", 0) + 1
            return Status(429, {"error": {"message": "slow down", "type": "rate_limit"}},
                          {"retry-after": "1"})
        if r < 3 * fail:
            counts["500"] = counts.get("500", 0) + 1
            return Status(500)
        cut = r < 4 * fail
        if cut:
            counts["cut mid-sentence"] = counts.get("cut mid-sentence", 0) + 1
        return Stream(chunks=[f"Narrative for {n} users: ", "HBM bandwidth ", "bounds decode ",
                              "speed."], first_delay=cfg.llm_latency_s, delay=0.01,
                      cut_after=2 if cut else None)
    return act


def telegram_chaos(cfg: Config, rng: random.Random) -> Any:
    sent_429 = [0]

    def act(method: str, params: dict[str, Any]) -> dict[str, Any] | None:
        if method not in ("sendMessage", "editMessageText", "sendChatAction"):
            return None
        r = rng.random()
        if r < cfg.platform_failure / 2 and sent_429[0] < cfg.tg_429_cap:
            sent_429[0] += 1
            return {"ok": False, "error_code": 429, "description": "Too Many Requests: retry "
                    "after 1", "parameters": {"retry_after": 1}}
        if r < cfg.platform_failure:
            code = rng.choice([500, 502, 503])
            return {"ok": False, "error_code": code, "description": "Internal Server Error"}
        return None
    return act


def slack_chaos(cfg: Config, rng: random.Random) -> Any:
    def act(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]] | None:
        if method not in ("chat.postMessage", "chat.update"):
            return None
        r = rng.random()
        if r < cfg.platform_failure / 2:
            return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}
        if r < cfg.platform_failure:
            return rng.choice([500, 503]), {"ok": False, "error": "internal_error"}, {}
        return None
    return act


# ---------------------------------------------------------------- checking what arrived
def _blob(m: dict[str, Any]) -> str:
    return json.dumps({"text": m.get("text"), "blocks": m.get("blocks")}, ensure_ascii=False)


def classify(text: str, n: int) -> str:
    """calc, narrative, unavailable, or other (with the question's marker checked)."""
    mark = f"{n:,}"
    if "GPUs" in text and f"= {mark}" in text:
        return "calc"
    if f"Narrative for {mark} users" in text:
        return "narrative"
    if "Narrative for" in text or ("GPUs" in text and "users =" in text):
        return "misrouted"
    if "explanation is unavailable" in text:
        return "unavailable"
    return "other"


def check_telegram(tg: FakeTelegram, sent: dict[int, tuple[int, int, float]], rep: Report) -> None:
    by_q: dict[int, list[dict[str, Any]]] = {}
    for (chat, mid), m in tg.messages.items():
        by_q.setdefault(m.get("reply_to") or -1, []).append(dict(m, chat_id=chat, mid=mid))
    for qid, (i, chat, at) in sent.items():
        msgs = by_q.get(qid, [])
        kinds = [classify(m["text"], marker(i)) for m in msgs]
        rep.replies += [m["text"] for m in msgs]
        if any(m["chat_id"] != chat for m in msgs):
            rep.problems.append(f"telegram q{i}: a reply in another chat")
        if sorted(kinds) not in (["calc", "narrative"], ["calc", "unavailable"]):
            rep.problems.append(f"telegram q{i}: {kinds}")
            continue
        calc = msgs[kinds.index("calc")]
        other = msgs[1 - kinds.index("calc")]
        rep.record("telegram", calc["at"] - at, other["at"] - at, kinds)
    stray = [m for q, ms in by_q.items() if q not in sent for m in ms]
    if stray:
        rep.problems.append(f"telegram: {len(stray)} messages answering no question")


def check_slack(slack: FakeSlack, slash: dict[str, tuple[int, float]],
                mentions: dict[str, tuple[int, float]], rep: Report) -> None:
    by_rid: dict[str, list[tuple[float, dict[str, Any]]]] = {}
    for (at, body), rid in zip(slack.responses, slack.response_ids, strict=True):
        by_rid.setdefault(rid, []).append((at, body))
    for rid, (i, at) in slash.items():
        got = by_rid.get(rid, [])
        kinds = [classify(_blob(b), marker(i)) for _, b in got]
        rep.replies += [_blob(b) for _, b in got]
        if sorted(kinds) not in (["calc", "narrative"], ["calc", "unavailable"]):
            rep.problems.append(f"slash q{i}: {kinds}")
            continue
        rep.record("slack slash", got[kinds.index("calc")][0] - at, max(a for a, _ in got) - at,
                   kinds)
    by_thread: dict[str, list[dict[str, Any]]] = {}
    for m in slack.shown.values():
        by_thread.setdefault(m.get("thread_ts") or "", []).append(m)
    first_post: dict[str, float] = {}
    for p in slack.of("chat.postMessage"):
        first_post.setdefault(p.params.get("thread_ts") or "", p.at)
    for ts, (i, at) in mentions.items():
        got = by_thread.get(ts, [])
        kinds = [classify(_blob(m), marker(i)) for m in got]
        rep.replies += [_blob(m) for m in got]
        if sorted(kinds) not in (["calc", "narrative"], ["calc", "unavailable"]):
            rep.problems.append(f"mention q{i}: {kinds}")
            continue
        rep.record("slack mention", got[kinds.index("calc")]["at"] - at,
                   max(m["at"] for m in got) - at, kinds)
    stray = [ts for ts in by_thread if ts not in mentions]
    if stray:
        rep.problems.append(f"slack: messages in {len(stray)} threads that asked nothing")


# ---------------------------------------------------------------- the run
async def run(cfg: Config, *, timeout_s: float = 600, quiet_s: float = 20) -> Report:
    from openai import AsyncOpenAI
    from telegram.ext import AIORateLimiter

    from bot.core.conversation import Core
    from bot.core.llm.narrator import LLMNarrator
    from bot.frontends.slack.app import SlackBot
    from bot.frontends.telegram.app import TelegramBot
    from bot.frontends.telegram.retry import RetryingRateLimiter
    from bot.store import MemoryStore

    rep = Report(cfg)
    rng = random.Random(cfg.seed)
    await asyncio.sleep(0)
    rep.tasks_before = len(asyncio.all_tasks())
    tg, slack, llm = FakeTelegram(), FakeSlack(), FakeOpenAI()
    for s in (tg, slack, llm):
        await s.start()
    llm.default = llm_chaos(cfg, rng, rep.llm_faults)
    tg.chaos = telegram_chaos(cfg, rng)
    slack.chaos = slack_chaos(cfg, rng)

    log_stream = io.StringIO()
    settings = load_settings(None, env={"TELEGRAM_BOT_TOKEN": tg.token, "SLACK_BOT_TOKEN": SLACK_TOKEN,
                                        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                                        "OPENAI_API_KEY": OPENAI_KEY})
    handler = setup_logging(settings, stream=log_stream)
    raw = _Raw()
    logging.getLogger().addHandler(raw)
    t_start = time.monotonic()

    store = MemoryStore()
    client = AsyncOpenAI(api_key=OPENAI_KEY, base_url=llm.url, max_retries=0,
                         timeout=cfg.llm_timeout_s)
    narrator = LLMNarrator(client=client, model="fake-model", store=store,
                           deadline_s=cfg.llm_timeout_s + 2)
    core = Core(store=store, narrator=narrator)
    limiter = RetryingRateLimiter(max_retries=6) if cfg.flood_limits else \
        RetryingRateLimiter(max_retries=6, overall_max_rate=0, group_max_rate=0)
    assert isinstance(limiter, AIORateLimiter)
    tbot = TelegramBot(core, token=tg.token, api_base_url=tg.url, rate_limiter=limiter)
    sbot = SlackBot(core, bot_token=SLACK_TOKEN, signing_secret=SIGNING_SECRET,
                    api_base_url=slack.url + "/api/")
    runner = web.AppRunner(sbot.build().web_app(path="/slack/events"), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    slack_url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/slack/events"  # type: ignore[union-attr]
    await tbot.start()

    sent: dict[int, tuple[int, int, float]] = {}       # telegram message id -> (i, chat, at)
    slash: dict[str, tuple[int, float]] = {}           # response_url id -> (i, at)
    mentions: dict[str, tuple[int, float]] = {}        # thread ts -> (i, at)
    n_total = cfg.tg_questions + cfg.slash + cfg.mentions
    order = list(range(n_total))
    rng.shuffle(order)
    session = aiohttp.ClientSession()
    posts: set[asyncio.Task[None]] = set()

    async def post(body: str, ctype: str) -> None:
        async with session.post(slack_url, data=body.encode(),
                                headers={**signed(SIGNING_SECRET, body), "Content-Type": ctype}) as r:
            if r.status != 200:
                rep.problems.append(f"slack ack {r.status}")

    try:
        # questions arrive over ~a tenth of a second each per 100: a burst, not a trickle
        for k, i in enumerate(order):
            text = QUESTION.format(acc=ACCS[i % len(ACCS)], n=marker(i))
            now = time.monotonic()
            if i < cfg.tg_questions:
                user = 5000 + i % cfg.tg_users
                upd = tg.text_message(text, chat_id=user, user_id=user)
                sent[upd["message"]["message_id"]] = (i, user, now)
                tg.push(upd)
            elif i < cfg.tg_questions + cfg.slash:
                rid = f"r{i}"
                slash[rid] = (i, now)
                body = form(slash_body(text, slack.response_url(rid), trigger=f"t{i}",
                                       user=f"U{i % cfg.slack_users}", channel=f"C{i % 7}"))
                task = asyncio.create_task(post(body, "application/x-www-form-urlencoded"))
                posts.add(task)
                task.add_done_callback(posts.discard)
            else:
                ts = f"1700001000.{i:06d}"
                mentions[ts] = (i, now)
                ev = {"type": "app_mention", "user": f"U{i % cfg.slack_users}",
                      "channel": f"C{i % 7}", "ts": ts, "text": f"<@UBOT> {text}"}
                task = asyncio.create_task(post(json.dumps(event_body(ev, f"Ev{i}")),
                                                "application/json"))
                posts.add(task)
                task.add_done_callback(posts.discard)
            if k % 100 == 99:
                await asyncio.sleep(0.1)

        def finished(text: str) -> bool:
            return "explanation is unavailable" in text or ("Narrative for" in text
                                                            and "…" not in text)

        def done() -> bool:
            return (sum(finished(m["text"]) for m in tg.messages.values()) >= len(sent)
                    and sum(finished(_blob(b)) for _, b in slack.responses) >= len(slash)
                    and sum(finished(_blob(m)) for m in slack.shown.values()) >= len(mentions)
                    and not posts and tbot.in_flight == 0 and sbot.in_flight == 0)

        # done, or quiet: nothing sent or asked for quiet_s with nothing in flight (a question
        # answered with an apology never completes an explanation; the checks will say so)
        deadline = time.monotonic() + timeout_s
        last, quiet_since = None, time.monotonic()
        while not done():
            now = time.monotonic()
            if now > deadline:
                raise AssertionError("not everything was answered in time")
            mark = (len(tg.calls) - len(tg.of("getUpdates")), len(slack.posts), len(slack.responses),
                    len(llm.requests))
            if mark != last or tbot.in_flight or sbot.in_flight or posts:
                last, quiet_since = mark, now
            elif now - quiet_since > quiet_s:
                rep.problems.append("the bot went quiet before every question was answered")
                break
            await asyncio.sleep(0.2)
    except AssertionError:
        rep.problems.append("not everything was answered in time")
    finally:
        rep.wall_s = time.monotonic() - t_start
        await session.close()
        await tbot.stop()
        await sbot.drain(10)
        await runner.cleanup()
        await client.close()
        logging.getLogger().removeHandler(handler)
        logging.getLogger().removeHandler(raw)
        for s in (tg, slack, llm):
            await s.stop()
        # a fake's handler of an abandoned long poll may take a moment to be cancelled
        for _ in range(40):
            await asyncio.sleep(0.05)
            if len(asyncio.all_tasks()) <= rep.tasks_before:
                break
        rep.tasks_after = len(asyncio.all_tasks())
        if rep.tasks_after != rep.tasks_before:
            rep.problems += [f"task left: {t!r}"[:300] for t in asyncio.all_tasks()]
    rep.questions = n_total
    check_telegram(tg, sent, rep)
    check_slack(slack, slash, mentions, rep)
    for method, code in tg.injected:
        key = f"telegram {method} {code}"
        rep.platform_faults[key] = rep.platform_faults.get(key, 0) + 1
    for method, code in slack.injected:
        key = f"slack {method} {code}"
        rep.platform_faults[key] = rep.platform_faults.get(key, 0) + 1
    rep.log_text = log_stream.getvalue() + "\n" + "\n".join(raw.lines)
    rep.raw_log = raw.lines
    rep.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return rep


class _Raw(logging.Handler):
    """Every record as emitted, before any redaction: what a second handler would see."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    ap.add_argument("--no-flood-limits", action="store_true",
                    help="do not pace Telegram sends at 30 messages/s")
    args = ap.parse_args()
    cfg = Config(flood_limits=not args.no_flood_limits).scaled(args.scale)
    rep = asyncio.run(run(cfg, timeout_s=1800))
    print(rep.summary())
    for p in rep.problems[:20]:
        print("problem:", p)
    return 1 if rep.problems or rep.tasks_after != rep.tasks_before else 0


if __name__ == "__main__":
    sys.exit(main())
