"""No configured secret ever reaches a log line or a chat (issue 13, item 4).

`assert_no_secrets` is what the load and fault tests call on everything they logged and sent:
every configured token, key and signing secret, whole and in its telling parts (the secret half
of a Telegram token), and anything shaped like one."""

from __future__ import annotations

import re

from bench.load import OPENAI_KEY, SIGNING_SECRET, SLACK_TOKEN
from tests.fakes.telegram_server import FakeTelegram

TELEGRAM_TOKEN = FakeTelegram().token
SECRETS = [TELEGRAM_TOKEN, TELEGRAM_TOKEN.split(":")[1], SLACK_TOKEN, SIGNING_SECRET, OPENAI_KEY,
           "xoxb-test-token-123456", "slack-signing-secret-for-tests",
           "sk-test-aaaaaaaaaaaaaaaaaaaaaaaa", "xapp-1-A1-test-app-token"]
SHAPES = [re.compile(p) for p in (r"\d{6,12}:[A-Za-z0-9_-]{30,}", r"xox[abpre]-[A-Za-z0-9-]{10,}",
                                   r"xapp-[A-Za-z0-9-]{10,}", r"sk-[A-Za-z0-9_-]{16,}")]


def leaks(text: str) -> list[str]:
    found = [s for s in SECRETS if s in text]
    found += [m.group(0) for p in SHAPES for m in p.finditer(text)]
    return found


def assert_no_secrets(log_text: str, replies: list[str]) -> None:
    assert log_text.strip(), "nothing was logged: the scan would prove nothing"
    assert replies, "nothing was sent: the scan would prove nothing"
    assert leaks(log_text) == [], [ln for ln in log_text.splitlines() if leaks(ln)][:5]
    for r in replies:
        assert leaks(r) == [], r[:300]


def test_the_scan_finds_what_it_looks_for():
    assert leaks(f"GET https://api.telegram.org/bot{TELEGRAM_TOKEN}/getMe")
    assert leaks("Authorization: Bearer sk-" + "x" * 20)
    assert leaks(f"signature from {SIGNING_SECRET}")
    assert not leaks("how many H100s for 100M users? 123456:short")
