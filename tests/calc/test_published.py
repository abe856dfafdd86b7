"""Every published case passes through `gpubot ask --json`, within its stated tolerance."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, published_cases

CASES = published_cases()


def _figure(obj: dict, name: str) -> float:
    figs = {f["name"]: f["value"] for f in obj["calc"]["figures"]}
    assert name in figs, f"{name} missing from {sorted(figs)}"
    return figs[name]


@pytest.mark.parametrize("case", [c for c in CASES if "expect" in c], ids=lambda c: c["id"])
def test_published_case(case, ask_json):
    obj = ask_json(case["question"])
    assert obj["error"] is None, obj["error"]
    assert obj["route"] in ("calc", "both")
    for exp in case["expect"]:
        got = _figure(obj, exp["figure"])
        assert got == pytest.approx(exp["value"], rel=exp["rel_tol"]), (exp, got)


@pytest.mark.parametrize("case", [c for c in CASES if "same_as" in c], ids=lambda c: c["id"])
def test_same_question_in_two_languages(case, ask_json):
    a = ask_json(case["question"])
    b = ask_json(case["same_as"])
    def nums(obj):
        return [(f["name"], f["value"], f["unit"]) for f in obj["calc"]["figures"]]

    assert nums(a) == nums(b)                      # labels are in each question's language
    assert _figure(a, case["figure"]) > 0


def test_real_console_script_answers_json():
    """The installed entry point, in a fresh process, as a user would run it."""
    out = subprocess.run([sys.executable, "-m", "bot", "ask", "--json",
                          "What do 25,000 H100s cost at 240,000 yuan each?"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60, check=True)
    obj = json.loads(out.stdout)
    assert {f["name"]: f["value"] for f in obj["calc"]["figures"]}["cost_cny"] == 6.0e9
    assert set(obj) >= {"question", "route", "calc", "narrative", "error", "text"}
    a = obj["calc"]["assumptions"][0]
    assert set(a) >= {"name", "value", "unit", "origin"}
