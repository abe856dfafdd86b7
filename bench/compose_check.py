"""docker-compose.yml's `postgres` profile, run for real: the database and two gpubot replicas in
containers, driven over their published ports. `.ci/compose-check` installs podman and
podman-compose, builds the images, then runs this; see it for how to call it.

The compose file is used as written, copied into a temporary project directory beside a
config.toml (store = "postgres", Slack HTTP mode and Telegram webhook mode) and a .env with
throwaway secrets. Slack's and Telegram's APIs are the loopback fakes of the tests
(tests/fakes), listening on this machine and reached from the containers as
host.containers.internal. No LLM: numbers only.

Checked, in order: the database's healthcheck passes (then the replicas start: podman before 4.6
cannot wait for `service_healthy` itself); both replicas' healthchecks pass and their /healthz
reports the database; a Slack event sent to replica 1 and retried on replica 2 is answered once;
a Telegram question to replica 1 and its follow-up ("what about H200?") to replica 2 is
answered from replica 1's question; the database holds the claims and chats; no traceback and
no secret in either replica's log. Then everything is torn down (containers, network, volumes).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.base import LoopbackServer  # noqa: E402
from tests.fakes.slack_server import FakeSlack, event_body, signed  # noqa: E402
from tests.fakes.telegram_server import FakeTelegram  # noqa: E402

HOST_FROM_CONTAINERS = "host.containers.internal"
# the ports docker-compose.yml publishes on 127.0.0.1: (Telegram webhook, Slack HTTP) per replica
PORTS = {"gpubot": (8443, 3000), "gpubot-2": (8444, 3001)}


class Check:
    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.failed: list[str] = []

    def say(self, msg: str) -> None:
        print(f"compose-check [{time.monotonic() - self.t0:6.1f} s] {msg}", flush=True)

    def ok(self, cond: bool, what: str) -> bool:
        self.say(("ok    " if cond else "FAIL  ") + what)
        if not cond:
            self.failed.append(what)
        return cond


async def serve_for_containers(server: LoopbackServer) -> int:
    """Start a fake on all addresses (containers reach this machine through their network's
    gateway); its URLs name the host as the containers see it."""
    app = web.Application()
    server.routes(app)
    server._runner = web.AppRunner(app, shutdown_timeout=server.shutdown_timeout)
    await server._runner.setup()
    site = web.TCPSite(server._runner, "0.0.0.0", 0)
    await site.start()
    port = int(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
    server.root = f"http://{HOST_FROM_CONTAINERS}:{port}"
    return port


async def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 300,
              check: bool = True) -> subprocess.CompletedProcess[str]:
    """A command, in a thread: the fakes this process serves go on answering meanwhile."""
    r = await asyncio.to_thread(subprocess.run, cmd, cwd=cwd, env=env, capture_output=True,
                                text=True, timeout=timeout, check=False)
    if check and r.returncode:
        raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}:\n{r.stdout[-3000:]}\n"
                           f"{r.stderr[-3000:]}")
    return r


def write_project(tmp: Path, compose: Path, tg: FakeTelegram, slack: FakeSlack,
                  pg_password: str, signing: str, hook: str) -> None:
    shutil.copy(compose, tmp / "docker-compose.yml")
    (tmp / ".env").write_text(
        f"POSTGRES_PASSWORD={pg_password}\n"
        f"GPUBOT_DATABASE_URL=postgresql://gpubot:{pg_password}@postgres:5432/gpubot\n"
        f"TELEGRAM_BOT_TOKEN={tg.token}\n"
        f"SLACK_BOT_TOKEN=xoxb-{secrets.token_hex(12)}\n"        # throwaway, made per run
        f"SLACK_SIGNING_SECRET={signing}\n")
    (tmp / ".env").chmod(0o600)
    cfg = tmp / "config.toml"
    cfg.write_text(f"""
[bot]
store = "postgres"
[llm]
enabled = false
[telegram]
enabled = true
api_base_url = "{tg.url}"
mode = "webhook"
webhook_url = "https://bot.example.invalid"
webhook_secret = "{hook}"
[slack]
enabled = true
mode = "http"
api_base_url = "{slack.url}/api"
[health]
database_unavailable_s = 5.0
""")
    # the image's user (uid 10001) reads it; nobody else (it holds the webhook secret)
    os.chown(cfg, 0, 10001)
    cfg.chmod(0o640)


async def containers(project: str, env: dict[str, str], cwd: Path) -> dict[str, str]:
    """service -> container name, for this compose project."""
    out = (await run(["podman", "ps", "-a", "--filter", f"label=com.docker.compose.project={project}",
               "--format", '{{.Names}}\t{{index .Labels "com.docker.compose.service"}}'],
              env, cwd)).stdout
    return {svc: name for name, svc in (line.split("\t") for line in out.splitlines() if line)}


async def wait_healthy(name: str, env: dict[str, str], cwd: Path, timeout: float) -> float:
    """Run the container's healthcheck until it passes (no systemd here to schedule it);
    seconds it took, or raise."""
    t0 = time.monotonic()
    while True:
        if (await run(["podman", "healthcheck", "run", name], env, cwd, check=False)).returncode == 0:
            return time.monotonic() - t0
        if time.monotonic() - t0 > timeout:
            logs = await run(["podman", "logs", name], env, cwd, check=False)
            raise RuntimeError(f"{name} not healthy after {timeout:.0f} s:\n"
                               f"{(logs.stdout + logs.stderr)[-3000:]}")
        await asyncio.sleep(1)


async def until(pred: Callable[[], object], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


async def drive(c: Check, tg: FakeTelegram, slack: FakeSlack, signing: str, hook: str,
                names: dict[str, str], env: dict[str, str], cwd: Path) -> None:
    for svc in PORTS:
        body = await run(["podman", "exec", names[svc], "gpubot", "health"], env, cwd, check=False)
        try:
            db = json.loads(body.stdout).get("database", {})
        except json.JSONDecodeError:
            db = {}
        c.ok(body.returncode == 0 and db.get("ok") is True,
             f"{svc}: /healthz 200 with database {json.dumps(db)}")
    async with aiohttp.ClientSession() as session:
        # one Slack DM event to replica 1, then Slack's retry of it to replica 2
        event = {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1",
                 "text": "how many H100s for 100M users?", "ts": "1.1", "client_msg_id": "cm-1"}
        raw = json.dumps(event_body(event, "Ev-compose-1"))

        def posts() -> list[Any]:
            return [p for p in slack.of("chat.postMessage") if p.params.get("channel") == "D1"]

        for n, svc in enumerate(PORTS):
            headers = {**signed(signing, raw), "Content-Type": "application/json"}
            if n:
                headers.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "timeout"})
            url = f"http://127.0.0.1:{PORTS[svc][1]}/slack/events"
            async with session.post(url, data=raw, headers=headers) as resp:
                c.ok(resp.status == 200, f"Slack event {'retry ' if n else ''}to {svc} "
                     f"({url}): {resp.status}")
            if not n:
                c.ok(await until(posts), "replica 1 answered the Slack event")
                first = len(posts())
        await asyncio.sleep(2.0)
        c.ok(len(posts()) == first, f"the retry on replica 2 was not answered again "
             f"({len(posts())} chat.postMessage for the event, {first} before the retry)")

        # a Telegram question to replica 1, its follow-up to replica 2
        async def update(svc: str, text: str, update_id: int) -> int:
            upd = dict(tg.text_message(text, chat_id=42), update_id=update_id)
            async with session.post(f"http://127.0.0.1:{PORTS[svc][0]}/telegram", json=upd,
                                    headers={"X-Telegram-Bot-Api-Secret-Token": hook}) as resp:
                return resp.status

        c.ok(await update("gpubot", "how many H100s for 100M users?", 5001) == 200,
             "Telegram question to gpubot (127.0.0.1:8443)")
        c.ok(await until(lambda: len(tg.texts(42)) >= 1), "replica 1 answered it")
        c.ok(await update("gpubot-2", "what about H200?", 5002) == 200,
             "Telegram follow-up to gpubot-2 (127.0.0.1:8444)")
        c.ok(await until(lambda: len(tg.texts(42)) >= 2), "replica 2 answered the follow-up")
        second = tg.texts(42)[1] if len(tg.texts(42)) > 1 else ""
        c.ok("H200" in second and "GPU" in second,
             f"replica 2's answer used replica 1's question: {second.splitlines()[0][:100]!r}"
             if second else "replica 2's answer used replica 1's question")


async def database_summary(c: Check, names: dict[str, str], env: dict[str, str], cwd: Path) -> None:
    sql = ("SELECT (SELECT max(version) FROM schema_migrations), "
           "(SELECT count(*) FROM claims), (SELECT count(*) FROM chats)")
    r = await run(["podman", "exec", names["postgres"], "psql", "-U", "gpubot", "-d", "gpubot", "-At",
             "-c", sql], env, cwd, check=False)
    c.ok(r.returncode == 0, f"in the database (schema version | claims | chats): "
         f"{(r.stdout or r.stderr).strip()}")


async def check_logs(c: Check, names: dict[str, str], env: dict[str, str], cwd: Path,
               secrets_: list[str]) -> None:
    for svc in PORTS:
        r = await run(["podman", "logs", names[svc]], env, cwd, check=False)
        text = r.stdout + r.stderr
        c.ok("Traceback" not in text and not any(s in text for s in secrets_),
             f"{svc}: log has no traceback and no secret ({len(text.splitlines())} lines)")


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--compose", default="podman-compose", help="the podman-compose command")
    ap.add_argument("--keep", action="store_true", help="leave the stack up (then tear it "
                    "down yourself with podman-compose -p gpubot-check down -v)")
    args = ap.parse_args()
    c = Check()
    project = "gpubot-check"
    tg, slack = FakeTelegram(), FakeSlack()
    await serve_for_containers(tg)
    await serve_for_containers(slack)
    pg_password, signing, hook = (secrets.token_urlsafe(18) for _ in range(3))
    env = dict(os.environ)
    tmp = Path(tempfile.mkdtemp(prefix="gpubot-compose-"))
    tmp.chmod(0o755)
    compose = [args.compose, "-p", project, "--profile", "postgres"]
    try:
        write_project(tmp, ROOT / "docker-compose.yml", tg, slack, pg_password, signing, hook)
        c.say(f"project {project} in {tmp}; postgres image {env.get('POSTGRES_IMAGE') or 'default'}")
        await run([*compose, "up", "-d", "postgres"], env, tmp)
        names = await containers(project, env, tmp)
        took = await wait_healthy(names["postgres"], env, tmp, 60)
        c.ok(True, f"postgres healthy after {took:.1f} s (pg_isready)")
        await run([*compose, "up", "-d"], env, tmp)
        names = await containers(project, env, tmp)
        c.say("containers: " + ", ".join(f"{s}={n}" for s, n in sorted(names.items())))
        for svc in PORTS:
            took = await wait_healthy(names[svc], env, tmp, 90)
            c.ok(True, f"{svc} healthy after {took:.1f} s (gpubot health)")
        await drive(c, tg, slack, signing, hook, names, env, tmp)
        await database_summary(c, names, env, tmp)
        await check_logs(c, names, env, tmp, [pg_password, signing, hook, tg.token.split(":")[1]])
    except Exception as exc:
        c.ok(False, f"{type(exc).__name__}: {exc}")
    finally:
        if not args.keep:
            r = await run([*compose, "down", "-v", "-t", "10"], env, tmp, check=False)
            c.say(f"torn down ({args.compose} down -v exited {r.returncode})")
            shutil.rmtree(tmp, ignore_errors=True)
        await tg.stop()
        await slack.stop()
    c.say(f"{'FAILED: ' + '; '.join(c.failed) if c.failed else 'all checks passed'}")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
