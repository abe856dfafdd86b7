"""The held-out gate's record (tests/calc/heldout_gate.py): used only under its own key, and a record
that disagrees with the code on a re-run question fails the gate."""

from __future__ import annotations

import pytest

from tests.calc import heldout_gate as gate

SMALL = "heldout1100.toml"


def test_the_key_moves_with_the_code_the_sets_and_nothing_else(tmp_path):
    (tmp_path / "calc" / "data").mkdir(parents=True)
    (tmp_path / "calc" / "__pycache__").mkdir()
    (tmp_path / "calc" / "parse.py").write_text("A = 1\n")
    (tmp_path / "calc" / "data" / "models.toml").write_text("x = 1\n")
    one = tmp_path / "heldout1.toml"
    one.write_text("[[q]]\n")
    k = gate.key_of(tmp_path, [one])
    (tmp_path / "calc" / "__pycache__" / "parse.cpython-311.pyc").write_bytes(b"\0")
    assert gate.key_of(tmp_path, [one]) == k                 # byte-code is not the code
    (tmp_path / "calc" / "parse.py").write_text("A = 2\n")
    k2 = gate.key_of(tmp_path, [one])
    assert k2 != k
    (tmp_path / "calc" / "data" / "models.toml").write_text("x = 2\n")
    k3 = gate.key_of(tmp_path, [one])
    assert k3 != k2
    one.write_text("[[q]]\n# edited\n")
    assert gate.key_of(tmp_path, [one]) != k3


def test_a_record_under_another_key_is_not_used(tmp_path, monkeypatch):
    rec = tmp_path / "heldout_record.txt"
    monkeypatch.setattr(gate, "RECORD", rec)
    monkeypatch.delenv("GPUBOT_FULL_GATE", raising=False)
    gate.record.cache_clear()
    try:
        rec.write_text(f"# comment\nkey {'0' * 64}\n{SMALL} aaa\n")
        assert gate.record() is None
        gate.record.cache_clear()
        rec.write_text(f"# comment\nkey {gate.key()}\n{SMALL} aaa\n")
        assert gate.record() == {SMALL: "aaa"}
        gate.record.cache_clear()
        monkeypatch.setenv("GPUBOT_FULL_GATE", "1")
        assert gate.record() is None
    finally:
        gate.record.cache_clear()


def test_a_record_that_disagrees_on_a_re_run_question_fails(monkeypatch):
    # (every question drawn: with one in 32, a small set may have none drawn under a given key)
    monkeypatch.setattr(gate, "SAMPLE", 1)
    qs = gate.load(SMALL)
    truth = gate.codes_of(SMALL, None)                     # every question, run now
    assert len(truth) == len(qs)
    assert gate.codes_of(SMALL, truth) == truth            # the true record passes its sample
    i = next(i for i, q in enumerate(qs) if gate.sampled(q["text"]))
    forged = truth[:i] + ("p" if truth[i] == "a" else "a") + truth[i + 1:]
    with pytest.raises(AssertionError, match="disagrees with the code"):
        gate.codes_of(SMALL, forged)
    # a record of another length (a set edited under the same key cannot happen, but a line cut short can)
    # is not trusted: every question runs
    assert gate.codes_of(SMALL, truth[:-1]) == truth
