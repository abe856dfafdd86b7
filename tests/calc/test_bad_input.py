"""Bad input gets a clear message with a next step, exit status 0, never a traceback."""

from __future__ import annotations

import pytest

from calc import CalcError, ask


@pytest.mark.parametrize("q,kind", [
    ("how many H100s for -5 users?", "bad_number"),
    ("how many H100s for 0 users?", "bad_number"),
    ("how many H100s for 1e400 users?", "bad_number"),
    ("how many H100s for 1e30 users?", "bad_number"),
    ("how many H100s for 100M users at PUE 0.5?", "bad_number"),
    ("x" * 100_000, "too_long"),
    ("", "empty"),
    ("   \x00\x01\x02  ", "empty"),
])
def test_calc_errors(q, kind):
    with pytest.raises(CalcError) as exc:
        ask(q)
    assert exc.value.kind == kind
    assert str(exc.value)


def test_unknown_accelerator_suggests(ask_json):
    from calc.catalog import load

    with pytest.raises(CalcError) as exc:
        load().accelerator("H1000")
    assert "H100" in exc.value.hint and "/gpus" in exc.value.hint


@pytest.mark.parametrize("q", ["how many H100s for -5 users?", "x" * 100_000, "",
                               "\udcff\x00 binary \x89PNG", "how many H100s for NaN users?",
                               "what do inf H100s cost?"])
def test_cli_reports_errors_as_json(q, ask_json):
    obj = ask_json(q)
    assert obj["error"] or obj["calc"] or obj["narrative"]
    assert obj["text"].strip()
    if obj["error"]:
        assert obj["error"]["message"] and "Traceback" not in obj["text"]


def test_cli_exit_status_is_zero_for_handled_errors():
    from bot.cli import main

    assert main(["ask", "how many H100s for -5 users?"]) == 0
