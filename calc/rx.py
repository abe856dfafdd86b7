"""Regular expressions compiled once per installation, not once per process.

The calculator's vocabulary is about 1,600 patterns, and Python compiles each from its text on every
start (the parser and compiler of `re` are pure Python): about 1 s of a CLI question's 1.6 s, and
of every bot process a test starts. `compile` keeps what `re` computes from a pattern's text (its
code, flags and groups) in a cache file beside the byte-code (`calc/__pycache__`), written when a
process compiled patterns the file lacked, and read with `marshal` the way `.pyc` files are; the
pattern objects are then made by the same `_sre.compile` call `re` makes, which checks the code.

The cache is only an optimisation: its file is named by the interpreter and `re` engine it was
made by; it is not written where byte-code is not (PYTHONDONTWRITEBYTECODE, a read-only install);
a file that is missing, unreadable, corrupt or from another engine is ignored; and anything the
interpreter does not offer (another Python implementation, a changed private API) falls back to
`re.compile`. `memo` keeps other values derived from pattern text (the vocabulary's literal gates)
in the same file.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
    _WORD = next(c for c in "HILQ" if array(c).itemsize == _sre.CODESIZE)
    _TAG: str | None = f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError, StopIteration):           # not CPython's engine: plain re.compile
    _TAG = None

_FORMAT = 2
PATH = Path(__file__).with_name("__pycache__") / f"patterns.{_TAG}.marshal"

_entries: dict[tuple[Any, ...], Any] = {}
_used: set[tuple[Any, ...]] = set()             # the keys this process asked for
_here: dict[tuple[Any, ...], re.Pattern[str]] = {}   # patterns made in this process, as re's own cache keeps
_added = 0


def _load(path: Path) -> dict[tuple[Any, ...], Any]:
    try:
        data = marshal.loads(path.read_bytes())   # (marshal.load on a file reads it piecemeal: 10x slower)
        if isinstance(data, tuple) and len(data) == 3 and data[:2] == (_FORMAT, _TAG) \
                and isinstance(data[2], dict):
            return data[2]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def _compiled_parts(pattern: str, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]:
    """What re's compiler passes to _sre.compile (CPython 3.11-3.13, re/_compiler.py `compile`),
    the code as the bytes of an array of _sre.CODESIZE-byte words."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | p.state.flags), array(_WORD, code).tobytes(), p.state.groups - 1, groupindex,
            tuple(indexgroup))


def _made(pattern: str, parts: tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]) -> re.Pattern[str]:
    flags, code, *rest = parts
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), *rest)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the cache when it holds the pattern."""
    global _added, _TAG
    if _TAG is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = ("re", pattern, flags)
    if (made := _here.get(key)) is not None:
        return made                             # (a pattern compiled at run time, again: as re.compile)
    _used.add(key)
    parts = _entries.get(key)
    try:
        if parts is None:
            parts = _compiled_parts(pattern, flags)
            compiled = _made(pattern, parts)
            _entries[key] = parts
            _added += 1
        else:
            compiled = _made(pattern, parts)
        if len(_here) >= 4096:                  # (bounded, as re's own cache is; module patterns keep theirs)
            _here.clear()
        _here[key] = compiled
        return compiled
    except re.error:
        raise
    except Exception:                           # the private API changed: never again this process
        _TAG = None
        _entries.clear()
        return re.compile(pattern, flags)


_MISS = object()


class SameText:
    """A pattern searched again and again over the same text: the question's claim words are looked
    for by seven readings of every question, about 80 µs a search (65 alternatives, each tried at
    every position). The results for the last few texts are kept (a match object is immutable)."""

    __slots__ = ("_last", "compiled")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self._last: dict[str, re.Match[str] | None] = {}

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def search(self, text: str) -> re.Match[str] | None:
        hit = self._last.get(text, _MISS)
        if hit is _MISS:
            if len(self._last) >= 8:
                self._last.clear()
            hit = self._last[text] = self.compiled.search(text)
        return hit  # type: ignore[return-value]


def memo(kind: str, pattern: str, derive: Callable[[], Any]) -> Any:
    """A value derived from a pattern's text alone (marshal-able), computed once per cache."""
    global _added
    key = (kind, pattern)
    _used.add(key)
    if key not in _entries:
        _entries[key] = derive()
        _added += 1
    return _entries[key]


def save(path: Path | None = None) -> bool:
    """Write the cache when this process added to it and byte-code may be written; True if written."""
    global _added
    path = path or PATH
    if not _added or _TAG is None or sys.dont_write_bytecode:
        return False
    keep = _entries
    if len(_entries) > len(_used) + 500:        # patterns edited away since: only what is used now
        keep = {k: v for k, v in _entries.items() if k in _used}
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump((_FORMAT, _TAG, keep), f)
        os.replace(tmp, path)                   # atomic: a reader sees the old file or the new one
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
    _added = 0
    return True


if _TAG is not None:
    _entries = _load(PATH)
    atexit.register(save)
