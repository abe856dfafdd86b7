"""Long hostile messages (issue 13, item 3): what the calculator makes of a 2,000-character run.

Times are measured by bench/bench_hostile.py, not asserted here; these tests hold the behaviour that
keeps them small: a run of forty digits or more is refused before any rule reads it (some rules try a
name and a number at every position of a run, which took minutes on Korean text), and the alignment of
a rewritten message matches only what differs between the two texts.
"""

from __future__ import annotations

import difflib
import random

import pytest

from calc import CalcError, parse
from calc.script import aligned, opcodes


@pytest.mark.parametrize("text", [
    "0" * 1990,
    "한국어 " + "0" * 1900,
    "日本語 " + "1," * 900,
    "how many H100s for 100M users? " + "9" * 45,
    "1亿用户需要多少张H100? " + "1.2" * 30,
])
def test_a_run_of_forty_digits_or_more_is_refused_as_no_quantity(text):
    with pytest.raises(CalcError) as e:
        parse(text)
    assert e.value.kind == "bad_number"
    assert "digits" in str(e.value) or "位的数字" in str(e.value)


def test_the_refusal_says_how_many_digits_in_the_questions_language():
    with pytest.raises(CalcError) as e:
        parse("1亿用户需要多少张H100? " + "5" * 50)
    assert "50位的数字" in e.value.render("zh") and "50 digits" in e.value.render("en")


@pytest.mark.parametrize("q", [
    "what is 1,000,000,000,000,000,000,000,000,000 FLOPs on 1024 H100s at 40% MFU in days?",
    "train a 70B model on 15,000,000,000,000 tokens on 2048 H100s",
])
def test_long_numbers_people_write_are_still_read(q):
    parse(q)                             # (28 and 14 digits: read, not refused)


def _rewrite(rng: random.Random, a: str) -> str:
    """`a` with a few words replaced by longer or shorter ones, as the readers' rewrites do."""
    words = a.split(" ")
    for _ in range(3):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["", "x", "million", "per hour", words[i] * 2])
    return " ".join(words)


def test_opcodes_turn_a_into_b_and_keep_the_shared_ends_equal():
    rng = random.Random(7)
    base = "we serve 2 million users a day , each sends 20 questions of 500 tokens on H100 at 700 W".split()
    for _ in range(300):
        a = " ".join(rng.sample(base, k=rng.randint(3, len(base))))
        b = _rewrite(rng, a)
        ops = opcodes(a, b)
        rebuilt = "".join(a[i1:i2] if op == "equal" else b[j1:j2] for op, i1, i2, j1, j2 in ops)
        assert rebuilt == b
        assert all(a[i1:i2] == b[j1:j2] for op, i1, i2, j1, j2 in ops if op == "equal")
        # (the same alignment difflib gives over the whole texts, where those are short)
        full = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        assert [op for op in ops if op[0] != "equal"] == [op for op in full if op[0] != "equal"] or \
            sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal") >= \
            sum(i2 - i1 for op, i1, i2, _, _ in full if op == "equal")


def test_aligned_positions_point_into_the_source_in_order():
    a = "prompts of quinientos tokens, respuestas de trescientos"
    b = "prompts of 500 tokens, answers of 300"
    text, pos = aligned(a, list(range(len(a))), b)
    assert text == b and len(pos) == len(b)
    assert pos == sorted(pos) and pos[0] == 0 and pos[-1] <= len(a) - 1
    assert a[pos[b.index("tokens")]:].startswith("tokens")
