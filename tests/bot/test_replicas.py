"""Two real gpubot processes (`python -m bot run`: Telegram webhook mode and Slack HTTP mode)
on one PostgreSQL database (tests/pgserver.py), against the loopback fakes: what replicas
behind a load balancer must do together. The processes start once for the module."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import psycopg
import pytest
import pytest_asyncio

from tests.fakes.slack_server import FakeSlack, event_body, form, signed, slash_body
from tests.fakes.telegram_server import FakeTelegram
from tests.ports import free_port

# one worker runs this whole module (tests/conftest.py: ONE_WORKER)
pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SECRET, HOOK = "slack-signing-secret-for-tests", "telegram-webhook-secret"
SLOW = "You are asking faster than I can answer well"


def _free_port() -> int:
    return free_port()                 # (tests/ports.py: why not port 0)


@dataclass
class Replica:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    slack: str          # Slack events URL
    hook: str           # Telegram webhook URL
    health: str         # /healthz


@dataclass
class Pair:
    a: Replica
    b: Replica
    tg: FakeTelegram
    slack: FakeSlack
    session: aiohttp.ClientSession

    async def event(self, r: Replica, event: dict[str, Any], event_id: str,
                    retry: int = 0) -> int:
        body = json.dumps(event_body(event, event_id))
        headers = {**signed(SECRET, body), "Content-Type": "application/json"}
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "timeout"})
        async with self.session.post(r.slack, data=body, headers=headers) as resp:
            return resp.status

    async def slash(self, r: Replica, text: str, *, user: str, channel: str, n: int) -> int:
        body = form(slash_body(text, self.slack.response_url(f"r{n}"), user=user,
                               channel=channel, trigger=f"trigger-{n}"))
        headers = {**signed(SECRET, body), "Content-Type": "application/x-www-form-urlencoded"}
        async with self.session.post(r.slack, data=body, headers=headers) as resp:
            return resp.status

    async def update(self, r: Replica, update: dict[str, Any]) -> int:
        async with self.session.post(r.hook, json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": HOOK}) as resp:
            return resp.status

    async def healthz(self, r: Replica) -> tuple[int, dict[str, Any]]:
        async with self.session.get(r.health) as resp:
            return resp.status, await resp.json()


def dm(text: str, channel: str, user: str, ts: str) -> dict[str, Any]:
    return {"type": "message", "channel_type": "im", "channel": channel, "user": user,
            "text": text, "ts": ts, "client_msg_id": f"cm-{ts}"}


async def until(pred: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


def _config(tmp: Path, name: str, tg: FakeTelegram, slack: FakeSlack) -> Replica:
    slack_port, hook_port, health_port = _free_port(), _free_port(), _free_port()
    cfg = tmp / f"{name}.toml"
    cfg.write_text(f"""
[bot]
store = "postgres"
rate_limit_per_minute = 10
[telegram]
enabled = true
token = "{tg.token}"
api_base_url = "{tg.url}"
mode = "webhook"
webhook_listen = "127.0.0.1"
webhook_port = {hook_port}
webhook_url = "https://bot.example.invalid"
webhook_secret = "{HOOK}"
[slack]
enabled = true
mode = "http"
bot_token = "xoxb-test-0000000000-aaaaaaaaaaaaaaaa"
signing_secret = "{SECRET}"
api_base_url = "{slack.url}/api"
http_port = {slack_port}
[health]
port = {health_port}
database_unavailable_s = 1.0
""")
    cfg.chmod(0o600)
    return Replica(name, None, tmp / f"{name}.log",  # type: ignore[arg-type]
                   f"http://127.0.0.1:{slack_port}/slack/events",
                   f"http://127.0.0.1:{hook_port}/telegram",
                   f"http://127.0.0.1:{health_port}/healthz")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def pair(pg_server, tmp_path_factory):
    name = f"r_{uuid.uuid4().hex[:12]}"
    async with await psycopg.AsyncConnection.connect(pg_server.url(), autocommit=True) as conn:
        await conn.execute(f'CREATE DATABASE "{name}"')
    tmp = tmp_path_factory.mktemp("replicas")
    tg, slack = FakeTelegram(), FakeSlack()
    await tg.start()
    await slack.start()
    env = dict(os.environ, PYTHONPATH=str(ROOT), GPUBOT_DATABASE_URL=pg_server.url(name))

    def launch(rname: str) -> Replica:
        r = _config(tmp, rname, tg, slack)
        with r.log.open("wb") as log:
            r.proc = subprocess.Popen([sys.executable, "-m", "bot", "--config",
                                       str(tmp / f"{rname}.toml"), "run"], cwd=ROOT, env=env,
                                      stdout=subprocess.DEVNULL, stderr=log)
        return r

    replicas = [launch("a"), launch("b")]
    session = aiohttp.ClientSession()
    p = Pair(replicas[0], replicas[1], tg, slack, session)
    try:
        for i, r in enumerate(replicas):
            deadline, tries = time.monotonic() + 20, 0
            while True:
                if r.proc.poll() is not None and "address already in use" in r.log.read_text() and tries < 3:
                    # a free port picked here was taken by another test process before the
                    # replica bound it: the same replica again on fresh ports
                    tries += 1
                    r = replicas[i] = launch(r.name)
                    p = Pair(replicas[0], replicas[1], tg, slack, session)
                    deadline = time.monotonic() + 20
                assert r.proc.poll() is None, r.log.read_text()
                try:
                    if (await p.healthz(r))[0] == 200:
                        break
                except aiohttp.ClientError:
                    pass
                assert time.monotonic() < deadline, r.log.read_text()
                await asyncio.sleep(0.1)
        yield p
    finally:
        await session.close()
        for r in replicas:
            if r.proc.poll() is None:
                r.proc.terminate()
        for r in replicas:
            try:
                r.proc.wait(20)
            except subprocess.TimeoutExpired:
                r.proc.kill()
                r.proc.wait()
        await tg.stop()
        await slack.stop()
    for r in replicas:
        text = r.log.read_text()
        assert r.proc.returncode == 0, text
        assert "Traceback" not in text, text
        assert pg_server.password not in text and SECRET not in text and HOOK not in text
        assert tg.token.split(":", 1)[1] not in text


def _posts(slack: FakeSlack, channel: str) -> list[str]:
    return [json.dumps(p.params, ensure_ascii=False) for p in slack.of("chat.postMessage")
            if p.params.get("channel") == channel]


async def test_a_slack_event_retried_on_the_other_replica_is_answered_once(pair):
    event = dm("how many H100s for 100M users?", "D1", "U1", "1.1")
    assert await pair.event(pair.a, event, "Ev-retry") == 200
    await until(lambda: _posts(pair.slack, "D1"))
    answered = len(_posts(pair.slack, "D1"))
    assert await pair.event(pair.b, event, "Ev-retry", retry=1) == 200     # B took it...
    await asyncio.sleep(0.5)
    assert len(_posts(pair.slack, "D1")) == answered                       # ...and let it be


async def test_a_telegram_follow_up_on_b_uses_the_question_a_answered(pair):
    first = dict(pair.tg.text_message("how many H100s for 100M users?", chat_id=42), update_id=1001)
    assert await pair.update(pair.a, first) == 200
    await until(lambda: len(pair.tg.texts(42)) == 1)
    follow = dict(pair.tg.text_message("what about H200?", chat_id=42), update_id=1002)
    assert await pair.update(pair.b, follow) == 200
    await until(lambda: len(pair.tg.texts(42)) == 2)
    assert "H200" in pair.tg.texts(42)[1] and "GPU" in pair.tg.texts(42)[1]
    assert await pair.update(pair.a, follow) == 200                        # a redelivery to A
    # a barrier, not a sleep: A takes each chat's updates in arrival order, so an answer to the
    # redelivery would come before the answer to this later message
    after = dict(pair.tg.text_message("/help", chat_id=42), update_id=1003)
    assert await pair.update(pair.a, after) == 200
    await until(lambda: len(pair.tg.texts(42)) >= 3)
    texts = pair.tg.texts(42)
    assert len(texts) == 3 and texts[2].startswith("Ask in plain words"), texts


async def test_fifty_requests_of_one_user_over_both_replicas_get_exactly_the_limit(pair):
    statuses = await asyncio.gather(*(
        pair.slash(pair.a if n % 2 else pair.b, "how many H100s for 1M users?", user="U9",
                   channel="C9", n=n) for n in range(50)))
    assert statuses == [200] * 50
    await until(lambda: len(set(pair.slack.response_ids)) >= 50, timeout=15)
    by_rid: dict[str, list[str]] = {}
    for rid, (_, body) in zip(pair.slack.response_ids, pair.slack.responses, strict=True):
        by_rid.setdefault(rid, []).append(json.dumps(body))
    told_to_wait = [rid for rid, bodies in by_rid.items() if SLOW in bodies[0]]
    answered = [rid for rid, bodies in by_rid.items() if "GPU" in " ".join(bodies)]
    assert len(by_rid) == 50 and len(told_to_wait) == 40 and len(answered) == 10


async def test_one_chat_on_both_replicas_is_answered_in_order(pair):
    # A's reply is slow to reach Slack; B gets the next message of the chat meanwhile
    held = {"n": 0}

    def slow_first(method: str, params: dict[str, Any]) -> float:
        if method == "chat.postMessage" and params.get("channel") == "D4" and not held["n"]:
            held["n"] = 1
            return 1.5
        return 0.0

    pair.slack.delay = slow_first
    try:
        await pair.event(pair.a, dm("how many H100s for 100M users?", "D4", "U4", "4.1"), "Ev-4a")
        await until(lambda: held["n"])          # A's reply is on its way, held by the fake
        await pair.event(pair.b, dm("what about H200?", "D4", "U4", "4.2"), "Ev-4b")
        await until(lambda: len(_posts(pair.slack, "D4")) >= 2)
    finally:
        pair.slack.delay = None
    first, second = [p.params["text"] for p in pair.slack.of("chat.postMessage")
                     if p.params.get("channel") == "D4"][:2]          # the headlines
    assert "H100" in first and "H200" not in first, (first, second)
    assert "H200" in second and "H100" not in second                      # B's answer after A's, and it read A's question


async def test_the_database_stopped_mid_run_numbers_still_go_out_and_state_resumes(
        pair, pg_server):
    pg_server.stop("fast")
    try:
        q = dict(pair.tg.text_message("how many H100s for 10M users?", chat_id=77), update_id=2001)
        assert await pair.update(pair.a, q) == 200
        await pair.event(pair.b, dm("how many A100s for 1M users?", "D7", "U7", "7.1"), "Ev-7")
        await until(lambda: pair.tg.texts(77) and _posts(pair.slack, "D7"), timeout=15)
        assert "GPU" in pair.tg.texts(77)[0] and "GPU" in _posts(pair.slack, "D7")[0]

        async def unhealthy() -> bool:
            status, body = await pair.healthz(pair.a)
            return status == 503 and body["database"]["ok"] is False

        deadline = time.monotonic() + 10
        while not await unhealthy():              # down longer than database_unavailable_s
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)
    finally:
        pg_server.start()
    for r in (pair.a, pair.b):
        deadline = time.monotonic() + 15
        while (await pair.healthz(r))[0] != 200:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)
        assert r.proc.poll() is None
    # shared memory again: a question on B, its follow-up on A
    q = dict(pair.tg.text_message("how many A100s for 100M users?", chat_id=78), update_id=2002)
    assert await pair.update(pair.b, q) == 200
    await until(lambda: len(pair.tg.texts(78)) == 1)
    f = dict(pair.tg.text_message("what about H200?", chat_id=78), update_id=2003)
    assert await pair.update(pair.a, f) == 200
    await until(lambda: len(pair.tg.texts(78)) == 2)
    assert "H200" in pair.tg.texts(78)[1]
    status, body = await pair.healthz(pair.a)
    assert status == 200 and body["database"]["ok"] is True
