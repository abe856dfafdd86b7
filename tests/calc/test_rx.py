"""calc/rx.py: patterns made from the cache behave exactly as re.compile's, and a cache that cannot
be trusted is ignored, never used."""

import marshal
import re
import sys

import pytest

from calc import rx

PATTERNS = [
    (r"(?P<n>\d+(?:\.\d+)?)\s*(?:k|千)?(?=\s*(?:tokens?|个token))", 0),
    (r"\b(nvidia|amd)\b|英伟达", re.IGNORECASE),
    (r"(?<![a-z0-9])h100(?![a-z0-9])|(a)(b)?", 0),
    (r"^\s*(?:per|每)\s*(?:gpu|卡)", re.MULTILINE),
]
TEXTS = ["2.5k tokens", "NVIDIA H100 每卡", "英伟达h100", "ab a", " per gpu\n每卡", "30个token"]


def same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for t in TEXTS:
        assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(t)] == \
               [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(t)]
        assert a.sub("#", t) == b.sub("#", t)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_matches_as_re_compiles_it(pattern, flags, monkeypatch, tmp_path):
    monkeypatch.setattr(rx, "_entries", {})
    first = rx.compile(pattern, flags)         # computed, and kept
    assert ("re", pattern, int(flags)) in rx._entries
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert rx.save(tmp_path / "p.marshal")
    monkeypatch.setattr(rx, "_entries", rx._load(tmp_path / "p.marshal"))
    again = rx.compile(pattern, flags)         # made from the file's parts
    same(first, re.compile(pattern, flags))
    same(again, re.compile(pattern, flags))


def test_a_bad_pattern_raises_as_re_does(monkeypatch):
    monkeypatch.setattr(rx, "_entries", {})
    with pytest.raises(re.error):
        rx.compile(r"(unclosed")


@pytest.mark.parametrize("content", [
    b"",                                                        # empty
    b"\x00garbage that is not marshal",                         # corrupt
    marshal.dumps((rx._FORMAT, "cpython-0-sre0-0", {("re", "a", 0): (0, [1], 0, {}, (None,))})),
    marshal.dumps(["not", "the", "format"]),
])
def test_a_cache_that_cannot_be_trusted_is_ignored(content, tmp_path):
    path = tmp_path / "p.marshal"
    path.write_bytes(content)
    assert rx._load(path) == {}


def test_nothing_is_written_where_byte_code_is_not(monkeypatch, tmp_path):
    monkeypatch.setattr(rx, "_added", 3)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not rx.save(tmp_path / "p.marshal")
    assert not (tmp_path / "p.marshal").exists()


def test_an_unwritable_place_is_no_error(monkeypatch, tmp_path):
    monkeypatch.setattr(rx, "_added", 3)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert not rx.save(blocked / "sub" / "p.marshal")     # its parent is a file: cannot be made
    assert list(tmp_path.iterdir()) == [blocked]


def test_every_cached_pattern_is_the_code_re_makes_of_its_text():
    """The whole vocabulary (every pattern the calculator compiled in this process, from the cache
    file or not) holds exactly the code re's compiler makes of the pattern's text today, and makes
    a pattern equal to re.compile's."""
    import calc  # noqa: F401 - compiles the vocabulary
    entries = [(k, v) for k, v in rx._entries.items() if k[0] == "re"]
    assert len(entries) > 1000
    for (_, pattern, flags), parts in entries:
        assert marshal.loads(marshal.dumps(parts)) == rx._compiled_parts(pattern, flags), pattern
        made, fresh = rx.compile(pattern, flags), re.compile(pattern, flags)
        assert (made.pattern, made.flags, made.groups, made.groupindex) == \
               (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)


def test_same_text_gives_what_the_pattern_gives():
    from calc.intent import CLAIM
    texts = [f"question {i}: is that right?" if i % 3 else f"plain question {i}" for i in range(30)]
    for t in texts + texts[::-1]:          # (more texts than it keeps: the kept ones are dropped and redone)
        got, want = CLAIM.search(t), CLAIM.compiled.search(t)
        assert (got and got.span()) == (want and want.span()), t
    assert CLAIM.pattern == CLAIM.compiled.pattern
