"""Settings: config.toml plus the conventional environment variables for secrets.

Every key is declared here with its type and default (config.example.toml documents them);
an unknown key or a wrong type is an error that names the exact key. Secrets are never
printed: `Settings.redacted()` is what logs and `gpubot check-config` show.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA: dict[str, dict[str, tuple[type | tuple[type, ...], Any]]] = {
    "bot": {"data_dir": (str, os.environ.get("GPUBOT_DATA_DIR", "data")), "store": (str, "sqlite"),
            "log_level": (str, "INFO"), "rate_limit_per_minute": (int, 10)},
    "llm": {"enabled": (bool, True), "base_url": (str, ""), "model": (str, "gpt-4o-mini"),
            "api_key": (str, ""), "timeout_s": ((int, float), 30.0), "max_retries": (int, 2),
            "max_output_tokens": (int, 600), "temperature": ((int, float), 0.2),
            "context_budget_tokens": (int, 6000), "daily_user_token_budget": (int, 0),
            "price_per_million_input_usd": ((int, float), 0.15),
            "price_per_million_output_usd": ((int, float), 0.60),
            "extract_parameters": (bool, True)},
    "calc": {"usd_cny": ((int, float), 0.0)},
    "telegram": {"enabled": (bool, False), "token": (str, ""), "api_base_url": (str, ""),
                 "mode": (str, "polling"), "webhook_listen": (str, "0.0.0.0"),
                 "webhook_port": (int, 8443), "webhook_url": (str, ""),
                 "webhook_secret": (str, ""), "allowed_user_ids": (list, []),
                 "allowed_chat_ids": (list, []), "admin_user_ids": (list, [])},
    "slack": {"enabled": (bool, False), "bot_token": (str, ""), "app_token": (str, ""),
              "signing_secret": (str, ""), "api_base_url": (str, ""), "mode": (str, "socket"),
              "http_port": (int, 3000), "http_path": (str, "/slack/events"),
              "slash_command": (str, "/gpubot"), "respond_in_channel": (bool, False),
              "allowed_team_ids": (list, []), "allowed_channel_ids": (list, []),
              "allowed_user_ids": (list, [])},
    "health": {"port": (int, 8080), "listen": (str, "127.0.0.1")},
}
SECRET_KEYS = {("llm", "api_key"), ("telegram", "token"), ("telegram", "webhook_secret"),
               ("slack", "bot_token"), ("slack", "app_token"), ("slack", "signing_secret")}
ENV = {("telegram", "token"): "TELEGRAM_BOT_TOKEN", ("slack", "bot_token"): "SLACK_BOT_TOKEN",
       ("slack", "app_token"): "SLACK_APP_TOKEN",
       ("slack", "signing_secret"): "SLACK_SIGNING_SECRET", ("llm", "api_key"): "OPENAI_API_KEY",
       ("llm", "base_url"): "OPENAI_BASE_URL"}


class ConfigError(Exception):
    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass
class Settings:
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: str | None = None

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]

    def section(self, name: str) -> dict[str, Any]:
        return self.values[name]

    @property
    def llm_configured(self) -> bool:
        llm = self.values["llm"]
        return bool(llm["enabled"] and (llm["api_key"] or llm["base_url"]))

    def redacted(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for sec, vals in self.values.items():
            out[sec] = {k: ("***" if (sec, k) in SECRET_KEYS and v else v) for k, v in vals.items()}
        return out

    def secrets(self) -> list[str]:
        return [str(self.values[s][k]) for s, k in SECRET_KEYS if self.values[s][k]]


def load_settings(path: str | None = None, env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    raw: dict[str, Any] = {}
    if path:
        try:
            with open(path, "rb") as fh:
                raw = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError(path, "file not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(path, f"not valid TOML ({exc})") from None
    values: dict[str, dict[str, Any]] = {}
    for sec, keys in SCHEMA.items():
        given = raw.get(sec, {})
        if not isinstance(given, dict):
            raise ConfigError(sec, "must be a table")
        for k in given:
            if k not in keys:
                raise ConfigError(f"{sec}.{k}", f"unknown key (known: {', '.join(sorted(keys))})")
        values[sec] = {}
        for k, (typ, default) in keys.items():
            v = given.get(k, default)
            if (isinstance(v, bool) and typ is not bool) or not isinstance(v, typ):
                tname = typ.__name__ if isinstance(typ, type) else "number"
                raise ConfigError(f"{sec}.{k}", f"must be {tname}, got {type(v).__name__}")
            values[sec][k] = float(v) if typ == (int, float) and isinstance(v, (int, float)) else v
    for sec in raw:
        if sec not in SCHEMA:
            raise ConfigError(sec, f"unknown section (known: {', '.join(SCHEMA)})")
    for (sec, k), var in ENV.items():
        if not values[sec][k] and env.get(var):
            values[sec][k] = env[var]
    return Settings(values=values, path=path)


def check_file(path: str) -> list[str]:
    """Problems with a config file, each naming its key; warnings start with 'warning:'."""
    problems: list[str] = []
    try:
        s = load_settings(path, env={})
    except ConfigError as exc:
        return [f"{exc.key}: {exc.message}"]
    tg, sl = s.section("telegram"), s.section("slack")
    env = os.environ
    if tg["enabled"] and not (tg["token"] or env.get("TELEGRAM_BOT_TOKEN")):
        problems.append("telegram.token: required when telegram.enabled (or set TELEGRAM_BOT_TOKEN)")
    if tg["mode"] not in ("polling", "webhook"):
        problems.append("telegram.mode: must be 'polling' or 'webhook'")
    if tg["enabled"] and tg["mode"] == "webhook" and not (tg["webhook_url"] and tg["webhook_secret"]):
        problems.append("telegram.webhook_secret: webhook mode needs webhook_url and webhook_secret")
    if sl["enabled"] and not (sl["bot_token"] or env.get("SLACK_BOT_TOKEN")):
        problems.append("slack.bot_token: required when slack.enabled (or set SLACK_BOT_TOKEN)")
    if sl["mode"] not in ("socket", "http"):
        problems.append("slack.mode: must be 'socket' or 'http'")
    if sl["enabled"] and sl["mode"] == "socket" and not (sl["app_token"] or env.get("SLACK_APP_TOKEN")):
        problems.append("slack.app_token: socket mode needs an app-level token (or SLACK_APP_TOKEN)")
    if sl["enabled"] and sl["mode"] == "http" and not (sl["signing_secret"]
                                                       or env.get("SLACK_SIGNING_SECRET")):
        problems.append("slack.signing_secret: HTTP mode needs the signing secret")
    if s.get("bot", "store") not in ("sqlite", "memory"):
        problems.append("bot.store: must be 'sqlite' or 'memory'")
    if s.secrets() and os.name == "posix" and Path(path).stat().st_mode & 0o004:
        problems.append(f"warning: {path} holds secrets and is world-readable; run chmod 600 {path}")
    return problems
