"""Settings: config.toml plus the conventional environment variables, as typed pydantic models.

Every key is declared here with its type and default (config.example.toml documents them).
Modes are enums, secrets are `SecretStr` (shown as '**********' by repr, str and dumps), and a
problem is reported by its dotted path with what was given, e.g.
`telegram.mode: must be one of polling, webhook (got 'webook')`; a secret's value is never
echoed. Unknown keys and sections are errors, not warnings: a misspelled key that was quietly
ignored would leave its setting at the default, which is the mistake this module exists to catch.

The environment is read only by `load_settings` (never at import time). A key left unset or
empty ("") in the file is filled from its variable in `ENV`; a value in the file wins.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_core import PydanticCustomError

from bot.config_errors import ConfigError, describe

# (section, key) -> environment variable that fills it when the file leaves it unset or empty
ENV: dict[tuple[str, str], str] = {
    ("bot", "data_dir"): "GPUBOT_DATA_DIR",
    ("telegram", "token"): "TELEGRAM_BOT_TOKEN", ("slack", "bot_token"): "SLACK_BOT_TOKEN",
    ("slack", "app_token"): "SLACK_APP_TOKEN", ("slack", "signing_secret"): "SLACK_SIGNING_SECRET",
    ("llm", "api_key"): "OPENAI_API_KEY", ("llm", "base_url"): "OPENAI_BASE_URL",
    ("bot", "database_url"): "GPUBOT_DATABASE_URL",
}
# further variables tried, in order, when the one in ENV is unset too
ENV_FALLBACK: dict[tuple[str, str], tuple[str, ...]] = {("bot", "database_url"): ("DATABASE_URL",)}


class TelegramMode(StrEnum):
    POLLING = "polling"
    WEBHOOK = "webhook"


class SlackMode(StrEnum):
    SOCKET = "socket"
    HTTP = "http"


class StoreKind(StrEnum):
    SQLITE = "sqlite"
    MEMORY = "memory"
    POSTGRES = "postgres"


class LogLevel(StrEnum):
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"
    CRITICAL = "CRITICAL"


def _numeric_string_to_int(v: Any) -> Any:
    """Telegram ids may be written as "-100123" as well as -100123 (both always worked)."""
    return int(v) if isinstance(v, str) and re.fullmatch(r"-?\d+", v.strip()) else v


TelegramId = Annotated[int, BeforeValidator(_numeric_string_to_int)]
Port = Annotated[int, Field(ge=1, le=65535)]
# Enums are read from TOML strings, so they validate in lax mode; everything else is strict
# (no "10" for 10, no true for 1), as the hand-written checks were.
Level = Annotated[LogLevel, Field(strict=False), BeforeValidator(
    lambda v: v.upper() if isinstance(v, str) and v.upper() in LogLevel.__members__ else v)]


class _Section(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class BotSettings(_Section):
    data_dir: str = "data"
    store: StoreKind = Field(StoreKind.SQLITE, strict=False)
    log_level: Level = LogLevel.INFO
    rate_limit_per_minute: int = Field(10, ge=0)
    database_url: SecretStr = SecretStr("")

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, v: SecretStr) -> SecretStr:
        url = v.get_secret_value()
        if url and not re.match(r"postgres(ql)?://[^/\s]", url):
            raise PydanticCustomError("database_url", "must be a URL such as "
                                      "postgresql://USER:PASSWORD@HOST:5432/DBNAME")
        return v


def url_password(url: str) -> list[str]:
    """A database URL's password as written and decoded: what log redaction must mask."""
    try:
        raw = urlsplit(url).netloc.rpartition("@")[0].partition(":")[2]
    except ValueError:
        return []
    return [p for p in {raw, unquote(raw)} if p]


class LLMSettings(_Section):
    enabled: bool = True
    base_url: str = ""
    model: str = "gpt-4o-mini"
    api_key: SecretStr = SecretStr("")
    timeout_s: float = Field(30.0, gt=0)
    max_retries: int = Field(2, ge=0)
    max_output_tokens: int = Field(600, ge=1)
    temperature: float = Field(0.2, ge=0, le=2)
    context_budget_tokens: int = Field(6000, ge=1)
    daily_user_token_budget: int = Field(0, ge=0)
    price_per_million_input_usd: float = Field(0.15, ge=0)
    price_per_million_output_usd: float = Field(0.60, ge=0)
    extract_parameters: bool = True


class CalcSettings(_Section):
    usd_cny: float = Field(0.0, ge=0)


class TelegramSettings(_Section):
    enabled: bool = False
    token: SecretStr = SecretStr("")
    api_base_url: str = ""
    mode: TelegramMode = Field(TelegramMode.POLLING, strict=False)
    webhook_listen: str = "0.0.0.0"
    webhook_port: Port = 8443
    webhook_url: str = ""
    webhook_secret: SecretStr = SecretStr("")
    allowed_user_ids: list[TelegramId] = Field(default_factory=list)
    allowed_chat_ids: list[TelegramId] = Field(default_factory=list)
    admin_user_ids: list[TelegramId] = Field(default_factory=list)


class SlackSettings(_Section):
    enabled: bool = False
    bot_token: SecretStr = SecretStr("")
    app_token: SecretStr = SecretStr("")
    signing_secret: SecretStr = SecretStr("")
    api_base_url: str = ""
    mode: SlackMode = Field(SlackMode.SOCKET, strict=False)
    http_port: Port = 3000
    http_path: str = "/slack/events"
    slash_command: str = "/gpubot"
    respond_in_channel: bool = False
    allowed_team_ids: list[str] = Field(default_factory=list)
    allowed_channel_ids: list[str] = Field(default_factory=list)
    allowed_user_ids: list[str] = Field(default_factory=list)
    admin_user_ids: list[str] = Field(default_factory=list)


class HealthSettings(_Section):
    port: Port = 8080
    listen: str = "127.0.0.1"
    database_unavailable_s: float = Field(30.0, ge=0)   # unreachable longer: /healthz says 503


def _plain(v: Any) -> Any:
    if isinstance(v, SecretStr):
        return v.get_secret_value()
    if isinstance(v, StrEnum):
        return v.value
    return list(v) if isinstance(v, list) else v


class Settings(_Section):
    bot: BotSettings = Field(default_factory=BotSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    calc: CalcSettings = Field(default_factory=CalcSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    slack: SlackSettings = Field(default_factory=SlackSettings)
    health: HealthSettings = Field(default_factory=HealthSettings)
    _path: str | None = PrivateAttr(None)
    _from_env: frozenset[tuple[str, str]] = PrivateAttr(frozenset())

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def llm_configured(self) -> bool:
        return self.llm.enabled and bool(self.llm.api_key.get_secret_value() or self.llm.base_url)

    def _items(self) -> Iterable[tuple[str, str, Any]]:
        for sec in type(self).model_fields:
            model = getattr(self, sec)
            for key in type(model).model_fields:
                yield sec, key, getattr(model, key)

    def secrets(self, *, from_file_only: bool = False) -> list[str]:
        """The secret values that are set: for the log filter, which masks them in every line."""
        out = [v.get_secret_value() for sec, key, v in self._items()
               if isinstance(v, SecretStr) and v.get_secret_value()
               and not (from_file_only and (sec, key) in self._from_env)]
        if not from_file_only or ("bot", "database_url") not in self._from_env:
            out += url_password(self.bot.database_url.get_secret_value())
        return out

    def redacted(self) -> dict[str, dict[str, Any]]:
        """Every value, secrets that are set shown as '***': safe to print."""
        out: dict[str, dict[str, Any]] = {}
        for sec, key, v in self._items():
            masked = isinstance(v, SecretStr) and v.get_secret_value()
            out.setdefault(sec, {})[key] = "***" if masked else _plain(v)
        return out

    # The two accessors below hand plain values (secrets revealed) to code that predates the
    # typed models (bot/core/llm/narrator.py, bot/frontends/slack/app.py). New code reads
    # attributes: settings.slack.mode.
    def get(self, section: str, key: str) -> Any:
        return _plain(getattr(getattr(self, section), key))

    def section(self, name: str) -> dict[str, Any]:
        return {key: _plain(v) for sec, key, v in self._items() if sec == name}

    def requirements(self, frontends: Iterable[str]) -> list[tuple[str, str]]:
        """What these front ends need and lack, as (dotted key, message); empty when they can run."""
        out: list[tuple[str, str]] = []
        tg, sl = self.telegram, self.slack
        if self.bot.store is StoreKind.POSTGRES and not self.bot.database_url.get_secret_value():
            out.append(("bot.database_url", 'store = "postgres" needs the database URL: set it '
                        "here or in the GPUBOT_DATABASE_URL (or DATABASE_URL) environment variable"))
        if "telegram" in frontends:
            if not tg.token.get_secret_value():
                out.append(("telegram.token", "the Telegram bot needs its token from @BotFather: set "
                            "it here or in the TELEGRAM_BOT_TOKEN environment variable"))
            if tg.mode is TelegramMode.WEBHOOK and not tg.webhook_url:
                out.append(("telegram.webhook_url", "webhook mode needs the public https URL that "
                            "your proxy forwards to gpubot (or set mode = \"polling\")"))
            if tg.mode is TelegramMode.WEBHOOK and not tg.webhook_secret.get_secret_value():
                out.append(("telegram.webhook_secret", "webhook mode needs a secret that Telegram "
                            "sends with every update: any long random string"))
        if "slack" in frontends:
            if not sl.bot_token.get_secret_value():
                out.append(("slack.bot_token", "the Slack app needs its bot token (xoxb-...): set it "
                            "here or in the SLACK_BOT_TOKEN environment variable"))
            if sl.mode is SlackMode.SOCKET and not sl.app_token.get_secret_value():
                out.append(("slack.app_token", "socket mode needs the app-level token (xapp-...): "
                            "set it here or in the SLACK_APP_TOKEN environment variable"))
            if sl.mode is SlackMode.HTTP and not sl.signing_secret.get_secret_value():
                out.append(("slack.signing_secret", "http mode needs the app's signing secret: set "
                            "it here or in the SLACK_SIGNING_SECRET environment variable"))
        return out


def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(path, "file not found: pass the path of your config.toml (copy "
                          "config.example.toml to start one)") from None
    except IsADirectoryError:
        raise ConfigError(path, "is a directory: pass the path of the config.toml file") from None
    except PermissionError:
        raise ConfigError(path, "cannot be read (permission denied): check its owner and mode") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML ({exc}): check quotes around text values") from None


def load_settings(path: str | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """The file (if any) plus the environment (`env`, default os.environ), validated.

    Raises ConfigError listing every problem by its dotted key."""
    environ = os.environ if env is None else env
    raw = _read_toml(path) if path else {}
    data: dict[str, Any] = {sec: dict(v) if isinstance(v, dict) else v for sec, v in raw.items()}
    from_env: set[tuple[str, str]] = set()
    for (sec, key), first in ENV.items():
        table = data.setdefault(sec, {})
        var = next((v for v in (first, *ENV_FALLBACK.get((sec, key), ())) if environ.get(v)), None)
        if isinstance(table, dict) and table.get(key) in (None, "") and var:
            table[key] = environ[var]
            from_env.add((sec, key))
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError.many([describe(e, Settings) for e in exc.errors()], path) from None
    settings._path = path
    settings._from_env = frozenset(from_env)
    return settings


def check_file(path: str, env: Mapping[str, str] | None = None) -> list[str]:
    """Problems with a config file (with the environment it will run in), each naming its key;
    warnings start with 'warning:'. Front ends that are enabled must have what they need."""
    try:
        s = load_settings(path, env)
    except ConfigError as exc:
        return [f"{k}: {m}" for k, m in exc.problems]
    enabled = [name for name in ("telegram", "slack") if getattr(s, name).enabled]
    problems = [f"{k}: {m}" for k, m in s.requirements(enabled)]
    if s.secrets(from_file_only=True) and os.name == "posix" and Path(path).stat().st_mode & 0o004:
        problems.append(f"warning: {path} holds secrets and is world-readable; run chmod 600 {path}")
    return problems
