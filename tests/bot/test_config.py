"""Typed settings: dotted-path errors, env overrides, masked secrets, check-config exit codes,
and no environment read at import time. Real files in tmp dirs, real pydantic."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys

import pytest

from bot.cli import main
from bot.config import ENV, ConfigError, LogLevel, TelegramMode, check_file, load_settings
from tests.conftest import ROOT

SECRETS = {"TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET",
           "OPENAI_API_KEY", "OPENAI_BASE_URL", "GPUBOT_DATA_DIR"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in SECRETS:
        monkeypatch.delenv(var, raising=False)


def write(tmp_path, text: str) -> str:
    p = tmp_path / "config.toml"
    p.write_text(text)
    os.chmod(p, 0o600)
    return str(p)


def problems_of(tmp_path, text: str) -> list[tuple[str, str]]:
    with pytest.raises(ConfigError) as exc:
        load_settings(write(tmp_path, text))
    return exc.value.problems


def test_misspelled_mode_is_rejected_by_its_dotted_path(tmp_path, capsys):
    assert problems_of(tmp_path, '[telegram]\nmode = "webook"\n') == [
        ("telegram.mode", "must be one of polling, webhook (got 'webook')")]
    assert problems_of(tmp_path, '[slack]\nmode = "sockets"\n') == [
        ("slack.mode", "must be one of socket, http (got 'sockets')")]
    assert main(["check-config", write(tmp_path, '[telegram]\nmode = "webook"\n')]) == 2
    out = capsys.readouterr().out
    assert "telegram.mode: must be one of polling, webhook (got 'webook')" in out
    assert "gpubot check-config" in out


@pytest.mark.parametrize("text,key,message", [
    ("[bot]\nrate_limit_per_minute = 'ten'\n", "bot.rate_limit_per_minute", "must be a whole number (got 'ten')"),
    ("[bot]\nrate_limit_per_minute = 2.5\n", "bot.rate_limit_per_minute", "must be a whole number (got 2.5)"),
    ("[bot]\nrate_limit_per_minute = -1\n", "bot.rate_limit_per_minute", "must be at least 0 (got -1)"),
    ("[bot]\nstore = 'redis'\n", "bot.store", "must be one of sqlite, memory, postgres (got 'redis')"),
    ("[bot]\nlog_level = 'loud'\n", "bot.log_level", "must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL (got 'loud')"),
    ("[llm]\ntimeout_s = true\n", "llm.timeout_s", "must be a number (got true)"),
    ("[llm]\nenabled = 'yes'\n", "llm.enabled", "must be true or false (got 'yes')"),
    ("[llm]\nmodel = 4\n", "llm.model", "must be text in quotes (got 4)"),
    ("[telegram]\nallowed_user_ids = 123\n", "telegram.allowed_user_ids", "must be a list, e.g. [] or [1, 2] (got 123)"),
    ("[telegram]\nallowed_user_ids = [1, 'bob']\n", "telegram.allowed_user_ids[1]", "must be a whole number (got 'bob')"),
    ("[telegram]\nwebhook_port = 70000\n", "telegram.webhook_port", "must be at most 65535 (got 70000)"),
    ("bot = 1\n", "bot", "must be a table (got 1)"),
])
def test_wrong_types_name_the_key_and_what_was_given(tmp_path, text, key, message):
    assert problems_of(tmp_path, text) == [(key, message)]


def test_every_problem_is_reported_at_once(tmp_path):
    keys = [k for k, _ in problems_of(tmp_path, "[bot]\nstore = 1\nlog_level = 2\n[llm]\nmodel = 3\n")]
    assert keys == ["bot.store", "bot.log_level", "llm.model"]


def test_lenient_forms_that_always_worked_still_do(tmp_path):
    s = load_settings(write(tmp_path, "[bot]\nlog_level = 'debug'\n[llm]\ntimeout_s = 5\n"
                                      "[telegram]\nmode = 'webhook'\nallowed_chat_ids = ['-100123', 7]\n"))
    assert s.bot.log_level is LogLevel.DEBUG and s.llm.timeout_s == 5.0
    assert s.telegram.mode is TelegramMode.WEBHOOK and s.telegram.allowed_chat_ids == [-100123, 7]
    assert s.get("telegram", "mode") == "webhook" and s.section("bot")["log_level"] == "DEBUG"


def test_unknown_keys_and_sections_are_errors_with_a_suggestion(tmp_path):
    [(key, message)] = problems_of(tmp_path, "[telegram]\ntokn = 'x'\n")
    assert key == "telegram.tokn" and "did you mean 'token'?" in message
    [(key, message)] = problems_of(tmp_path, "[slak]\nenabled = true\n")
    assert key == "slak" and "did you mean [slack]?" in message


@pytest.mark.parametrize("section,key,var", [(s, k, v) for (s, k), v in ENV.items()])
def test_env_fills_unset_or_empty_keys_and_the_file_wins(tmp_path, monkeypatch, section, key, var):
    url = key == "database_url"
    env_value, file_value = ("postgresql://e:pw@env/db", "postgresql://f:pw@file/db") if url else \
        ("from-env-value", "from-file")
    monkeypatch.setenv(var, env_value)
    assert load_settings(None).get(section, key) == env_value
    assert load_settings(write(tmp_path, f"[{section}]\n{key} = ''\n")).get(section, key) == env_value
    assert load_settings(write(tmp_path, f"[{section}]\n{key} = '{file_value}'\n")).get(section, key) == file_value
    assert load_settings(None, env={}).get(section, key) == ("data" if key == "data_dir" else "")


def test_secrets_never_show_in_repr_str_dumps_errors_or_logs(tmp_path, monkeypatch):
    file_secret = "hunter2-webhook-secret"
    env_secret = "sk-live-abcdefghijklmnopqrstuvwx"
    monkeypatch.setenv("OPENAI_API_KEY", env_secret)
    path = write(tmp_path, f"[telegram]\nwebhook_secret = '{file_secret}'\n")
    s = load_settings(path)
    assert s.telegram.webhook_secret.get_secret_value() == file_secret
    assert s.llm.api_key.get_secret_value() == env_secret
    shown = [repr(s), str(s), s.model_dump_json(), str(s.model_dump()), str(s.redacted()),
             repr(s.telegram), str(s.llm)]
    for text in shown:
        assert file_secret not in text and env_secret not in text
    assert s.redacted()["telegram"]["webhook_secret"] == "***"
    # an error elsewhere in a file that holds a secret, and a secret of the wrong type
    with pytest.raises(ConfigError) as exc:
        load_settings(write(tmp_path, f"[telegram]\ntoken = ['{file_secret}']\nmode = 'x'\n"))
    text = str(exc.value) + exc.value.explain()
    assert "telegram.token: must be text in quotes (got a list)" in text and file_secret not in text
    # logs: the values from the settings are masked in every line, tracebacks included
    from bot.logs import setup_logging

    stream = io.StringIO()
    handler = setup_logging(s, stream=stream)
    try:
        try:
            raise RuntimeError(f"webhook rejected: {file_secret} / {env_secret}")
        except RuntimeError:
            logging.getLogger("gpubot.test").exception("failed with %s", file_secret)
    finally:
        logging.getLogger().removeHandler(handler)
    logged = stream.getvalue()
    assert "***" in logged and file_secret not in logged and env_secret not in logged


def test_check_config_exit_codes(tmp_path, monkeypatch, capsys):
    assert main(["check-config", str(ROOT / "config.example.toml")]) == 0
    assert "OK" in capsys.readouterr().out
    assert main(["check-config", write(tmp_path, "[bot]\nstore = 'memory'\n")]) == 0
    assert main(["check-config", str(tmp_path / "missing.toml")]) == 2
    assert "file not found" in capsys.readouterr().out
    assert main(["check-config", write(tmp_path, "x = = 1")]) == 2
    assert main(["check-config", write(tmp_path, "[telegram]\nenabled = true\n")]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().out
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:abc")    # the environment it will run in counts
    assert main(["check-config", write(tmp_path, "[telegram]\nenabled = true\n")]) == 0


def test_bad_config_stops_every_command_politely_with_exit_2(tmp_path, capsys):
    path = write(tmp_path, "[telegram]\nmode = 'webook'\n")
    assert main(["--config", path, "ask", "how many H100s for 100M users?"]) == 2
    err = capsys.readouterr().err
    assert "telegram.mode: must be one of polling, webhook (got 'webook')" in err
    assert f"gpubot check-config {path}" in err and "Traceback" not in err
    # a front end started without what it needs: named before anything starts
    assert main(["--config", write(tmp_path, "[bot]\nstore = 'memory'\n"), "telegram"]) == 2
    assert "telegram.token" in capsys.readouterr().err


def test_no_traceback_from_the_real_command(tmp_path):
    path = write(tmp_path, "[telegram]\nmode = 'webook'\ntoken = '123456:AAEsecretsecretsecretsecretsecret12'\n")
    r = subprocess.run([sys.executable, "-m", "bot", "--config", path, "run"], capture_output=True,
                       text=True, cwd=ROOT, timeout=60, env={**os.environ, "GPUBOT_CONFIG": ""})
    assert r.returncode == 2, r.stderr
    assert "telegram.mode" in r.stderr and "Traceback" not in r.stderr
    assert "AAEsecret" not in r.stderr + r.stdout


def test_data_dir_set_after_import_is_honoured(tmp_path, monkeypatch):
    import bot.config
    import bot.runner

    monkeypatch.setenv("GPUBOT_DATA_DIR", str(tmp_path / "d"))
    s = bot.config.load_settings(None)
    assert s.bot.data_dir == str(tmp_path / "d")
    core = bot.runner.build_core(s)
    assert core.store.path == str(tmp_path / "d" / "gpubot.sqlite3")  # type: ignore[attr-defined]


def test_prompts_dir_set_after_import_is_honoured(tmp_path, monkeypatch):
    from bot.core.llm.prompts import template
    from bot.core.narrator import load_notes

    (tmp_path / "notes").mkdir()
    (tmp_path / "system.md").write_text("You are a test prompt.")
    (tmp_path / "notes" / "a.md").write_text("## Test note\nA body about HBM.\nSource: test\n")
    monkeypatch.setenv("GPUBOT_PROMPTS_DIR", str(tmp_path))
    assert template("system.md").text == "You are a test prompt."
    assert [n.title for n in load_notes()] == ["Test note"]


SPY = """
import collections.abc, importlib, os, pkgutil, sys, traceback
ROOTS = tuple(os.path.join(sys.argv[1], p) + os.sep for p in ("bot", "calc"))
reads = []
class Spy(collections.abc.MutableMapping):
    def __init__(self, real): self.real = real
    def _note(self, key):
        frames = traceback.extract_stack()[:-2]       # the reader, not the spy
        while frames and frames[-1].filename == os.__file__:   # os.getenv reads os.environ
            frames.pop()
        if frames and frames[-1].filename.startswith(ROOTS):
            reads.append(f"{key} at {frames[-1].filename}:{frames[-1].lineno}")
    def __getitem__(self, key): self._note(key); return self.real[key]
    def __contains__(self, key): self._note(key); return key in self.real
    def get(self, key, default=None): self._note(key); return self.real.get(key, default)
    def __setitem__(self, key, value): self.real[key] = value
    def __delitem__(self, key): del self.real[key]
    def __iter__(self): return iter(self.real)
    def __len__(self): return len(self.real)
    def copy(self): return self.real.copy()
os.environ = Spy(os.environ)
import bot, calc
for pkg in (bot, calc):
    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        if not m.name.endswith("__main__"):
            importlib.import_module(m.name)
print("\\n".join(reads) or "none")
"""


@pytest.mark.slow
def test_importing_bot_and_calc_reads_no_environment():
    r = subprocess.run([sys.executable, "-c", SPY, str(ROOT)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "none", r.stdout


def test_database_url_from_its_variables_in_order_checked_and_never_echoed(tmp_path):
    gp, plain = "postgresql://a:pw-one-123@db1/x", "postgresql://b:pw-two-456@db2/y"
    s = load_settings(None, env={"GPUBOT_DATABASE_URL": gp, "DATABASE_URL": plain})
    assert s.bot.database_url.get_secret_value() == gp
    assert load_settings(None, env={"DATABASE_URL": plain}).bot.database_url.get_secret_value() == plain
    assert "pw-two-456" in load_settings(None, env={"DATABASE_URL": plain}).secrets()  # masked in logs
    [(key, message)] = problems_of(tmp_path, "[bot]\nstore = 'postgres'\n"
                                   "database_url = 'mysql://u:hunter2-secret@h/d'\n")
    assert key == "bot.database_url" and "postgresql://" in message and "hunter2" not in message
    path = write(tmp_path, "[bot]\nstore = 'postgres'\n")
    [problem] = check_file(str(path), env={})
    assert problem.startswith("bot.database_url: ") and "GPUBOT_DATABASE_URL" in problem
    assert check_file(str(path), env={"DATABASE_URL": plain}) == []


def test_the_postgres_store_is_built_from_the_settings_without_connecting(tmp_path):
    import bot.runner
    from bot.store import PostgresStore

    s = load_settings(write(tmp_path, "[bot]\nstore = 'postgres'\n"),
                      env={"DATABASE_URL": "postgresql://u:pw-xyz-789@127.0.0.1:1/gpubot"})
    core = bot.runner.build_core(s)
    assert isinstance(core.store, PostgresStore)
    assert core.store.where == "postgresql://u@127.0.0.1:1/gpubot"
