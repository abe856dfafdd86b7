"""Hostile input over the whole answer path (issue 13, item 3).

Generated messages (mixed scripts, emoji, control characters, RTL marks, huge and tiny numbers,
100 KB texts, Telegram HTML, Slack mrkdwn and special mentions) go through the real core, with a
narrator that echoes the question back as an LLM might, and through the Telegram HTML and Slack
Block Kit renderers. For every message:

- only the user-facing error type comes out: no exception escapes the core, and nothing is
  logged as an internal failure;
- every Telegram message is well-formed HTML using only the tags the renderer writes (b, i,
  code), with 1..4096 visible characters;
- every Slack message keeps Block Kit's limits, and no mrkdwn text carries a raw '<', '>' or a
  bare '&', so "<!channel>", "<@U123>" and links typed by a user (or echoed by the LLM, or
  named back in an error, a did-you-mean or an unused-input note) never ping, link or format.

The bulk runs in process (10,000 messages in four tests of 2,500, counted and asserted); a
smaller, seeded set goes over the wire through the real python-telegram-bot and slack-bolt
clients to the fake servers, with the fake LLM echoing the prompt it was given.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.answer import Answer
from bot.core.conversation import Core, Question
from bot.core.narrator import NarrationContext
from bot.render import slack as slack_render
from bot.render import telegram as tg_render
from tests.fakes.slack_server import block_problems
from tests.fakes.telegram_server import _Checker, check_html, visible

# ---------------------------------------------------------------- the vocabulary of hostility
MARKUP = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U123|bob>", "<#C123|general>",
          "<!subteam^S123|@team>", "<https://evil.example|click>", "<mailto:a@b.c|mail>",
          "<b>", "</b>", "<i>x</i>", "</code>", "<pre>", "<code>", "<a href=\"https://evil.example\">x</a>",
          "<tg-spoiler>s</tg-spoiler>", "<script>alert(1)</script>", "<br/>", "<", ">", "<<>>",
          "&", "&amp;", "&lt;", "&#0;", "&#x110000;", "&bogus;", "&amp", "*bold*", "_it_",
          "~strike~", "`code`", "```", "> quote", "@channel", "@here", "{x}", "${x}", "%s", "\\"]
CONTROL = ["\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff",
           "\x00", "\x07", "\x08", "\x1b[31m", "\r\n", "\r", "\t", "\x85", "\u2028", "\u2029",
           "\ud800", "\udcff", "\ufffd", "\U000e0001"]
SCRIPTS = ["中文", "一亿用户", "三千万", "العربية", "مرحبا", "עברית", "русский", "हिन्दी", "日本語",
           "한국어", "ελληνικά", "ﷺ", "Ⅻ", "𝟘𝟙𝟚", "😀", "👨‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈", "🧪" * 5, "e\u0301" * 3]
NUMBERS = ["0", "-5", "-0", "1", "0.5", "1e308", "1e-308", "1e400", "-1e400", "1e30", "9" * 400,
           "0." + "0" * 300 + "1", "1,000,000,000,000,000,000", "10^100", "2**64", "NaN", "inf",
           "-inf", "1亿", "三千万", "十亿", "１００", "٣٠٠", "१००", "100M", "2.5k", "1.5B", "1e9", "0x10",
           "1_000", "1.2.3", "50%", "150%", "1/3", "3½", "100 trillion", "0.0000001"]
ACCS = ["H100", "H200", "A100", "B200", "MI300X", "TPU v5p", "H1000", "Hundred", "<b>H100</b>",
        "A100<!channel>", "H100&", "GPU\u202e", "Н100", "h100s", "H" + "0" * 50]
MODELS = ["GPT-3", "Llama 2 70B", "DeepSeek V3", "Mixtral 8x7B", "GPT-9", "<@U123>", "Llama&Co",
          "Qwen\u200b2.5", "L" * 80]
TEMPLATES = [
    "how many {acc}s for {n} users?",
    "how many {acc}s for {n} users with {model}?",
    "what do {n} {acc}s cost in RMB?",
    "what did {model} cost to train?",
    "how many {acc}s to train {model} on {n} tokens in {n} days at {n}% MFU?",
    "{n}用户需要多少张{acc}?",
    "训练{model}要多少钱?",
    "how much power do {n} {acc}s draw at PUE {n}?",
    "how many {acc}s for {n} users, {n} kW per server, {x}?",
    "why does {acc} need HBM? {x}",
    "what about {acc}?",
    "and in fp8? {x}",
    "MFU {n}% {x}",
    "/assume queries={n} {x}",
    "{x} how many {acc}s for {n} users {x}",
]

# one alphabet for free text: every Unicode category (surrogates, controls, private use,
# unassigned included) plus the characters above that matter most here
chars = st.one_of(st.characters(codec=None, exclude_categories=()),
                  st.sampled_from([c for c in "".join(MARKUP + CONTROL + SCRIPTS) if c]))
piece = st.one_of(
    st.sampled_from(MARKUP), st.sampled_from(CONTROL), st.sampled_from(SCRIPTS),
    st.sampled_from(NUMBERS), st.text(alphabet=chars, max_size=8),
)
filler = st.lists(piece, max_size=3).map(" ".join)
templated = st.builds(
    lambda tpl, acc, model, ns, x: tpl.format(acc=acc, model=model, n=ns[0], x=x).replace(
        "{n}", ns[1]),
    st.sampled_from(TEMPLATES), st.one_of(st.sampled_from(ACCS), filler),
    st.one_of(st.sampled_from(MODELS), filler), st.tuples(st.sampled_from(NUMBERS), st.sampled_from(NUMBERS)),
    filler)
free = st.text(alphabet=chars, max_size=80)
mixed = st.lists(st.one_of(piece, templated), min_size=1, max_size=6).map(" ".join)
# long texts are made by repeating a short unit: cheap to generate, still ~2 KB to 100 KB
huge = st.builds(lambda unit, size: (unit or "x") * (size // max(1, len(unit or "x")) + 1),
                 st.one_of(mixed, st.sampled_from(MARKUP + SCRIPTS)),
                 st.sampled_from([1990, 2001, 4100, 40_000, 100_000]))
# most draws are short; one in ~40 is long (a 100 KB message costs what ~40 short ones do)
weighted = st.integers(0, 39).flatmap(lambda i: huge if i == 0 else (templated, mixed, free)[i % 3])


def variants(m: str) -> list[str]:
    """Each drawn text, also where each echo path reads it: as an unused input beside a valid
    question, as an unknown name (did-you-mean), and as a question for the (echoing) LLM."""
    return [m, f"what do 25,000 H100s cost in RMB? {m}", f"what do 25,000 {m} cost in RMB?",
            f"why {m}?", f"how many {m}s for 1M users?"]


SEEDS = 5                            # drawn texts per example, each in its 5 variants
MESSAGES = int(os.environ.get("FUZZ_MESSAGES", "10000"))


class EchoNarrator:
    """An LLM that repeats what it was asked, with markup of its own: hostile output."""

    source = "llm"

    async def stream(self, ctx: NarrationContext) -> AsyncIterator[str]:
        q = ctx.question
        yield "You asked: "
        for i in range(0, min(len(q), 6000), 700):
            yield q[i:i + 700]
        yield " <!channel> <b>bold</b> & <https://evil.example|x>"


# ---------------------------------------------------------------- what every reply must be
TG_TAGS = {"b", "i", "code", "pre", "blockquote"}   # issue 12: a <pre> table, expandable details


class _Tags(_Checker):
    """The fake Bot API's own check, noting the tags and attributes on the way: one parse."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        super().handle_starttag(tag, attrs)
        self.tags.add(tag)
        allowed = [("expandable", None)] if tag == "blockquote" else []
        self.attrs = self.attrs or attrs != allowed


def check_telegram(html: str) -> None:
    p = _Tags()
    err = check_html(html, p)
    assert not err, (err, html[:300])
    assert p.tags <= TG_TAGS and not p.attrs, (p.tags, html[:300])
    shown = visible(html, True)
    assert 0 < len(shown) <= 4096 and shown.strip(), len(shown)


_BARE_AMP = re.compile(r"&(?!(?:amp|lt|gt);)")


def check_mrkdwn(text: str) -> None:
    """Slack parses <...> as links, mentions and broadcasts; escaped text has none."""
    assert "<" not in text and ">" not in text, text[:300]
    assert not _BARE_AMP.search(text), text[:300]


def check_slack(msg: dict[str, Any]) -> None:
    blocks = msg.get("blocks") or []
    assert block_problems(blocks) == [], block_problems(blocks)
    assert 0 < len(msg["text"]) <= 3000 and msg["text"].strip()
    check_mrkdwn(msg["text"])
    for b in blocks:
        if b["type"] == "header":
            assert 0 < len(b["text"]["text"]) <= 150 and b["text"]["type"] == "plain_text"
        elif b["type"] == "section":
            assert b["text"]["text"].strip()
            check_mrkdwn(b["text"]["text"])
        elif b["type"] == "context":
            for e in b["elements"]:
                assert e["text"].strip()
                check_mrkdwn(e["text"])
        elif b["type"] == "actions":          # follow-up buttons: plain text, data of ours
            for e in b["elements"]:
                assert e["type"] == "button" and e["text"]["type"] == "plain_text"
                assert e["value"].startswith("fu1:") and len(e["value"].encode()) <= 64
        else:
            raise AssertionError(f"unexpected block {b['type']}")


def check_answer(ans: Answer) -> int:
    """Render the answer for both platforms and check every message; returns how many."""
    tg: list[str] = []
    sl: list[dict[str, Any]] = []
    if ans.result is not None:
        tg += tg_render.calc_messages(ans.result, ans.lang)
        sl += slack_render.calc_messages(ans.result, ans.lang)
    if ans.error is not None:
        assert ans.error.kind != "internal", ans.question[:200]
        assert ans.error.message.strip()
        tg.append(tg_render.error_message(ans.error.message, ans.lang))
        sl += slack_render.error_messages(ans.error.message, ans.lang)
    if ans.narrative is not None:
        n = ans.narrative
        tg += tg_render.narrative_messages(n.text, n.source, ans.lang)
        sl += slack_render.narrative_messages(n.text, n.source, ans.lang)
    assert tg and sl, ans
    for m in tg:
        check_telegram(m)
    for s in sl:
        check_slack(s)
    return len(tg) + len(sl)


class Failures(logging.Handler):
    """Anything the bot logs at ERROR is an internal failure that a user saw as an apology."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())


# ---------------------------------------------------------------- in process: the bulk
def fuzz(messages: int) -> dict[str, float]:
    """Hypothesis over the in-process path until `messages` have been answered and checked.
    Each part of the test below runs a share."""
    loop = asyncio.new_event_loop()
    core = Core(narrator=EchoNarrator())
    failures = Failures()
    logging.getLogger("gpubot").addHandler(failures)
    seen: dict[str, float] = {"messages": 0, "replies": 0, "long": 0, "chats": 0, "t_core": 0.0,
                              "t_check": 0.0}
    t_start = time.perf_counter()

    async def one_batch(texts: list[str], calc_only: list[bool]) -> None:
        seen["chats"] += 1
        chat = str(seen["chats"])            # follow-ups read earlier (hostile) requests
        for text, only in zip([v for m in texts for v in variants(m)], calc_only * 5, strict=True):
            t0 = time.perf_counter()
            ans = await core.answer(Question(text=text, platform="fuzz", chat=chat,
                                             calc_only=only))
            t1 = time.perf_counter()
            seen["messages"] += 1
            seen["long"] += len(text) > 2000
            seen["replies"] += check_answer(ans)
            seen["t_core"] += t1 - t0
            seen["t_check"] += time.perf_counter() - t1

    @settings(max_examples=-(-messages // (SEEDS * len(variants("")))), deadline=None,
              database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(weighted, min_size=SEEDS, max_size=SEEDS),
           st.lists(st.booleans(), min_size=SEEDS, max_size=SEEDS))
    def run(texts: list[str], calc_only: list[bool]) -> None:
        loop.run_until_complete(one_batch(texts, calc_only))

    try:
        run()
    finally:
        logging.getLogger("gpubot").removeHandler(failures)
        loop.close()
    assert failures.records == [], failures.records[:5]
    seen["wall"] = time.perf_counter() - t_start
    return seen


# The bulk in PARTS tests of an equal share each: every run of the suite tries all of them, so at
# least MESSAGES in total; `make test` runs the suite in several processes (pytest-xdist), which
# spreads the parts over the CPUs like any other tests.
PARTS = 4


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS), ids=[f"part{i + 1}of{PARTS}" for i in range(PARTS)])
def test_ten_thousand_hostile_messages_in_process(part):
    share = -(-MESSAGES // PARTS)
    t0 = time.perf_counter()
    seen = fuzz(share)
    assert seen["messages"] >= share, seen
    assert seen["long"] >= share / 200, seen
    print(f"\nfuzz part {part + 1} of {PARTS}: {seen['messages']:.0f} messages "
          f"({seen['long']:.0f} over 2,000 characters), {seen['replies']:.0f} rendered replies "
          f"checked in {time.perf_counter() - t0:.1f} s (core {seen['t_core']:.1f} s, rendering "
          f"and checks {seen['t_check']:.1f} s)")


# ---------------------------------------------------------------- over the wire: a sample
def wild(rng: random.Random) -> str:
    """The same vocabulary, drawn by a seeded generator for the wire tests."""
    def pick() -> str:
        r = rng.random()
        if r < 0.5:
            tpl = rng.choice(TEMPLATES)
            return tpl.format(acc=rng.choice(ACCS), model=rng.choice(MODELS), n=rng.choice(NUMBERS),
                              x=" ".join(rng.choice(MARKUP + CONTROL + SCRIPTS) for _ in range(3)))
        return rng.choice(MARKUP + CONTROL + SCRIPTS + NUMBERS)

    text = " ".join(pick() for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.05:
        text = (text * (4000 // max(1, len(text)) + 1))[:4000]
    text = text.replace("\x00", "").replace("\ud800", "").replace("\udcff", "")
    return text if text.strip() and not text.startswith("/") else "hi " + text


def echo_llm(body: dict[str, Any]) -> Any:
    from tests.fakes.openai_server import Stream

    prompt = body["messages"][-1]["content"]
    return Stream(chunks=["Echo: ", prompt[:3000], " <!channel> <b>x</b> &bogus; <@U1>"])


WIRE = 60


async def test_hostile_messages_over_the_wire_telegram(tg, llm):
    from bot.frontends.telegram.app import TelegramBot
    from tests.conftest import llm_core

    llm.default = echo_llm
    rng = random.Random(13)
    from telegram.ext import AIORateLimiter

    # the fake has no flood limits: pacing to Telegram's 30 messages/s would only add waiting
    bot = TelegramBot(llm_core(llm.url), token=tg.token, api_base_url=tg.url,
                      rate_limit_per_minute=10_000, edit_interval_s=0.0,
                      rate_limiter=AIORateLimiter(overall_max_rate=0, group_max_rate=0))
    await bot.start()
    try:
        for i in range(WIRE):
            tg.push(tg.text_message(wild(rng), chat_id=1000 + i % 20, user_id=1000 + i % 20))
        await tg.wait_for(lambda: len(tg.updates) == WIRE and bot.in_flight == 0
                          and len(tg.of("sendMessage")) >= WIRE, timeout=30)
        await asyncio.sleep(0)
        await tg.wait_for(lambda: bot.in_flight == 0)
    finally:
        await bot.stop()
    assert tg.errors == []                     # Telegram would have accepted every message
    sends = tg.of("sendMessage") + tg.of("editMessageText")
    for c in sends:
        assert c.params.get("parse_mode") == "HTML", c.params
        check_telegram(str(c.params["text"]))
    answered = {int(c.params["reply_parameters"]["message_id"]) for c in tg.of("sendMessage")
                if isinstance(c.params.get("reply_parameters"), dict)}
    assert answered == {u["message"]["message_id"] for u in tg.updates}


async def test_hostile_messages_over_the_wire_slack(slack, llm):
    import aiohttp
    from aiohttp import web

    from bot.frontends.slack.app import SlackBot
    from tests.conftest import llm_core
    from tests.fakes.slack_server import event_body, form, signed, slash_body

    llm.default = echo_llm
    rng = random.Random(31)
    secret = "fuzz-signing-secret"
    bot = SlackBot(llm_core(llm.url), bot_token="xoxb-fuzz-token-1234567", signing_secret=secret,
                   api_base_url=slack.url + "/api/", rate_limit_per_minute=10_000,
                   update_interval_s=0.0)
    runner = web.AppRunner(bot.build().web_app(path="/slack/events"))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/slack/events"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as s:
            for i in range(WIRE):
                text = wild(rng)
                if i % 2:
                    body = form(slash_body(text, slack.response_url(f"r{i}"), trigger=f"t{i}",
                                           user=f"U{i % 20}"))
                    ctype = "application/x-www-form-urlencoded"
                else:
                    ev = {"type": "app_mention", "user": f"U{i % 20}", "channel": "C1",
                          "ts": f"1700000100.{i:06d}", "text": f"<@UBOT> {text}"}
                    body, ctype = json.dumps(event_body(ev, f"Ev{i}")), "application/json"
                async with s.post(url, data=body.encode(),
                                  headers={**signed(secret, body), "Content-Type": ctype}) as r:
                    assert r.status == 200
        await slack.wait_for(lambda: len(set(slack.response_ids)) == WIRE // 2, timeout=30)
        await bot.drain(20)
        assert bot.in_flight == 0
    finally:
        await runner.cleanup()
    assert slack.errors == []
    sent = [p.params for p in slack.posts if p.method.startswith("chat.")]
    sent += [r for _, r in slack.responses]
    threads = {p.get("thread_ts") for p in sent if p.get("thread_ts")}
    assert threads == {f"1700000100.{i:06d}" for i in range(0, WIRE, 2)}
    for p in slack.posts:
        if p.method in ("chat.startStream", "chat.appendStream", "chat.stopStream"):
            # an explanation streamed into the thread: markdown pieces, escaped like mrkdwn
            for c in p.params.get("chunks") or []:
                check_mrkdwn(c["text"])
            assert block_problems(p.params.get("blocks") or []) == []
    for m in sent:
        if "chunks" not in m:
            check_slack({"text": m["text"], "blocks": m.get("blocks")})


# ---------------------------------------------------------------- what the fuzzing found
def test_markup_dense_text_keeps_a_slack_fallback():
    """'<b>' escapes to 9 characters: cutting only the excess once left an empty fallback."""
    for text in ["<b>" * 1000, "&" * 5000, "<" * 2900 + "x"]:
        for m in slack_render.narrative_messages(text, "llm", "en"):
            check_slack(m)


def test_a_100_kb_message_is_refused_before_any_pattern_runs():
    from bot.core.router import route

    r = route("why " + "x" * 100_000)
    assert r.error is not None and r.error.kind == "too_long"


def test_a_thousand_numbers_are_all_named_unused():
    from calc.parse import parse

    req = parse("what do 25,000 H100s cost in RMB? " + "7 " * 900)
    assert len([s for s in req.stated if s.text.startswith("7")]) == 900
