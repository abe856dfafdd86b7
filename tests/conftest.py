from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reference"
LOCAL_CASES = Path(__file__).parent / "data" / "published-cases.json"


def published_cases() -> list[dict]:
    """The shared acceptance cases; a vendored copy keeps the suite runnable without shared/."""
    path = SHARED / "published-cases.json"
    return json.loads((path if path.exists() else LOCAL_CASES).read_text(encoding="utf-8"))


@pytest.fixture
def ask_json(capsys):
    """Run `gpubot ask --json` in-process and return the parsed object."""
    from bot.cli import main

    def run(question: str) -> dict:
        assert main(["ask", "--json", question]) == 0
        out = capsys.readouterr().out
        lines = [ln for ln in out.splitlines() if ln.strip()]
        assert len(lines) == 1, out
        return json.loads(lines[0])

    return run
