"""Operations: check-config, log redaction, the health endpoint, the CLI chat."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import subprocess
import sys

import aiohttp
import pytest

from bot.cli import main
from bot.config import check_file, load_settings
from bot.core.conversation import Core
from bot.core.narrator import NotesNarrator
from bot.frontends.telegram.app import TelegramBot
from bot.health import HealthServer
from bot.logs import setup_logging
from bot.runner import Frontend
from tests.conftest import ROOT
from tests.fakes.telegram_server import FakeTelegram


def write(tmp_path, text: str, mode: int = 0o600):
    p = tmp_path / "config.toml"
    p.write_text(text)
    os.chmod(p, mode)
    return str(p)


@pytest.mark.parametrize("text,key", [
    ("[telegram]\ntokn = 'x'\n", "telegram.tokn"),
    ("[bot]\nrate_limit_per_minute = 'ten'\n", "bot.rate_limit_per_minute"),
    ("[llm]\ntimeout_s = true\n", "llm.timeout_s"),
    ("[slak]\nenabled = true\n", "slak"),
    ("[telegram]\nenabled = true\n", "telegram.token"),
    ("[slack]\nenabled = true\nbot_token = 'xoxb-1'\n", "slack.app_token"),
    ("[slack]\nenabled = true\nbot_token = 'xoxb-1'\nmode = 'http'\n", "slack.signing_secret"),
    ("[telegram]\nenabled = true\ntoken = '1:a'\nmode = 'webhook'\n", "telegram.webhook_secret"),
    ("not toml = = =", "not valid TOML"),
])
def test_check_config_names_the_exact_key(tmp_path, monkeypatch, text, key):
    for var in ("TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(var, raising=False)
    problems = check_file(write(tmp_path, text))
    assert any(key in p for p in problems), problems


def test_check_config_warns_on_world_readable_secrets_and_never_prints_them(tmp_path, capsys):
    secret = "123456:AAEsupersecretvalue_abcdefghijklmnopqrstu"
    path = write(tmp_path, f"[telegram]\nenabled = true\ntoken = '{secret}'\n", mode=0o644)
    rc = main(["check-config", path])
    out = capsys.readouterr().out
    assert rc == 0 and "world-readable" in out and "chmod 600" in out
    assert secret not in out
    os.chmod(path, 0o600)
    assert main(["check-config", path]) == 0
    assert "OK" in capsys.readouterr().out


def test_check_config_fails_with_exit_2(tmp_path, capsys):
    assert main(["check-config", write(tmp_path, "[bot]\nbogus = 1\n")]) == 2
    assert "bot.bogus" in capsys.readouterr().out


def test_example_config_is_valid_and_documents_every_key():
    import tomllib

    from bot.config import Settings

    path = ROOT / "config.example.toml"
    assert check_file(str(path)) == [] or all(p.startswith("warning") for p in check_file(str(path)))
    data = tomllib.loads(path.read_text())
    assert set(data) == set(Settings.model_fields)
    for section, field in Settings.model_fields.items():
        model = field.annotation
        assert set(data[section]) == set(model.model_fields), section
        # and each documented value is the default
        assert model.model_validate(data[section]) == model(), section


def test_env_secrets_fill_the_config():
    s = load_settings(None, env={"TELEGRAM_BOT_TOKEN": "1:abc", "OPENAI_BASE_URL": "http://x/v1"})
    assert s.get("telegram", "token") == "1:abc" and s.llm_configured
    assert s.redacted()["telegram"]["token"] == "***"


async def test_log_lines_never_carry_tokens(tmp_path):
    tg = FakeTelegram()
    await tg.start()
    stream = io.StringIO()
    settings = load_settings(None, env={"TELEGRAM_BOT_TOKEN": tg.token,
                                        "OPENAI_API_KEY": "sk-live-abcdefghijklmnopqrstuvwx"})
    handler = setup_logging(settings, stream=stream)
    logging.getLogger().setLevel(logging.DEBUG)
    bot = TelegramBot(Core(narrator=NotesNarrator()), token=tg.token, api_base_url=tg.url)
    try:
        await bot.start()
        tg.push(tg.text_message("how many H100s for 100M users?"))
        await tg.wait_for(lambda: len(tg.texts(42)) == 1)
        # an exception whose text carries both secrets, as client errors sometimes do
        try:
            raise RuntimeError(f"POST {tg.url}/bot{tg.token}/sendMessage failed "
                               f"with key sk-live-abcdefghijklmnopqrstuvwx")
        except RuntimeError:
            logging.getLogger("gpubot.test").exception("request failed")
    finally:
        await bot.stop()
        await tg.stop()
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(logging.WARNING)
    lines = stream.getvalue().splitlines()
    # library DEBUG lines (request URLs with the token) are dropped at the handler now; what is
    # left is ours: the answer's line, the failure with its traceback
    assert len(lines) >= 3
    assert not any(line.split(" ")[1] in ("DEBUG", "INFO") and line.split(" ")[2].split(".")[0]
                   in ("httpx", "httpcore", "telegram") for line in lines)
    secret_part = tg.token.split(":")[1]
    for line in lines:
        assert secret_part not in line and "sk-live" not in line, line
    assert any("***" in line for line in lines)
    assert any('platform="telegram"' in line for line in lines)


class _Front:
    def __init__(self, up: bool) -> None:
        self.name, self.up = "telegram", up

    def alive(self) -> bool:
        return self.up


async def test_health_endpoint():
    front = _Front(True)
    h = HealthServer([front], port=0)
    await h.start()
    try:
        async with aiohttp.ClientSession() as s:
            url = f"http://127.0.0.1:{h.port}/healthz"
            async with s.get(url) as r:
                assert r.status == 200 and (await r.json())["frontends"] == {"telegram": True}
            front.up = False
            async with s.get(url) as r:
                assert r.status == 503 and (await r.json())["status"] == "unhealthy"
            front.up = True
            h.lag_s = 5.0          # a stuck event loop
            async with s.get(url) as r:
                assert r.status == 503
    finally:
        await h.stop()


class _Db:
    where = "postgresql://gpubot@db:5432/gpubot"

    def __init__(self) -> None:
        self.up, self.down_s = True, 0.0

    async def ping(self) -> bool:
        return self.up

    def unavailable_for(self) -> float:
        return 0.0 if self.up else self.down_s


async def _health_once(s: aiohttp.ClientSession, url: str, seen) -> tuple[int, dict]:
    """/healthz's status and body once the server's background ping has seen the change: polled,
    not a fixed sleep that a busy machine could outlast before the ping runs."""
    for _ in range(1000):
        async with s.get(url) as r:
            status, body = r.status, await r.json()
        if seen(body):
            return status, body
        await asyncio.sleep(0.01)
    raise AssertionError(f"the health server never reported it: {body}")


async def test_health_reports_the_database_and_503_only_after_the_grace(monkeypatch):
    import bot.health

    monkeypatch.setattr(bot.health, "PING_EVERY_S", 0.01)
    db = _Db()
    h = HealthServer([_Front(True)], port=0, store=db, database_unavailable_s=5.0)
    await h.start()
    try:
        async with aiohttp.ClientSession() as s:
            url = f"http://127.0.0.1:{h.port}/healthz"
            async with s.get(url) as r:
                body = await r.json()
                assert r.status == 200 and body["database"]["ok"] is True
            db.up, db.down_s = False, 1.0          # a blip: reported, still serving
            status, body = await _health_once(s, url, lambda b: b["database"]["ok"] is False)
            assert status == 200
            db.down_s = 6.0                        # longer than the grace: replace this replica
            async with s.get(url) as r:
                body = await r.json()
                assert r.status == 503 and body["database"]["unavailable_s"] == 6.0
            db.up = True
            status, body = await _health_once(s, url, lambda b: b["database"]["ok"] is True)
            assert status == 200
    finally:
        await h.stop()


def test_health_command_exit_status(tmp_path, capsys):
    async def serve() -> int:
        h = HealthServer([Frontend("x", None, None, lambda: True)], port=0)  # type: ignore[arg-type]
        await h.start()
        cfg = write(tmp_path, f"[health]\nport = {h.port}\n")
        rc = await asyncio.to_thread(main, ["--config", cfg, "health"])
        await h.stop()
        return rc

    assert asyncio.run(serve()) == 0
    cfg = write(tmp_path, "[health]\nport = 9\n")
    assert main(["--config", cfg, "health"]) == 1


def test_cli_chat_pipe_json_follow_ups():
    lines = "how many A100s for 100M users?\nwhat about H200?\n换成B200呢?\n\nwhy is HBM scarce?\n"
    out = subprocess.run([sys.executable, "-m", "bot", "chat", "--json"], input=lines,
                         capture_output=True, text=True, cwd=ROOT, timeout=60, check=True).stdout
    objs = [json.loads(x) for x in out.splitlines()]
    assert len(objs) == 4
    gpus = [{f["name"]: f["value"] for f in o["calc"]["figures"]}["gpus"] for o in objs[:3]]
    assert gpus[0] > gpus[1] > gpus[2]
    assert objs[3]["route"] == "llm" and objs[3]["narrative"]["source"] == "notes"


def test_cli_ask_text_and_unquoted_words():
    out = subprocess.run([sys.executable, "-m", "bot", "ask", "what", "do", "25,000", "H100s",
                          "cost", "in", "RMB?"], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=True).stdout
    assert out.startswith("RMB 6 billion")


@pytest.mark.slow
def test_cli_ask_without_config_skips_settings_and_answers_the_same(tmp_path):
    """No config and no LLM in the environment: every setting is its default, so `ask` skips
    loading settings (and pydantic) for a fast start, and answers exactly as with an empty
    config file."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "GPUBOT_CONFIG")}
    q = "1亿用户需要多少张H100?"
    probe = (f"import sys; sys.argv = ['gpubot', 'ask', '--json', {q!r}]; "
             "from bot.cli import main; rc = main(sys.argv[1:]); "
             "print('PYDANTIC', 'pydantic' in sys.modules, file=sys.stderr)")
    fast = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)
    assert "PYDANTIC False" in fast.stderr
    empty = write(tmp_path, "")
    full = subprocess.run([sys.executable, "-m", "bot", "--config", empty, "ask", "--json", q],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=True)
    a, b = json.loads(fast.stdout), json.loads(full.stdout)
    assert a["calc"] == b["calc"] and a["narrative"] == b["narrative"]
