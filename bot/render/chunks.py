"""Splitting long replies into platform-sized messages without breaking markup.

Renderers produce a list of blocks, each balanced markup on its own (a paragraph, a list).
`pack` joins blocks into messages under a limit; a block that is itself too long is cut at
line, then sentence, then word boundaries of its *plain* text and each piece is escaped
separately, so no cut ever lands inside a tag or an entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def split_plain(text: str, limit: int) -> list[str]:
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = -1
        for pat in ("\n", r"(?<=[.!?。！？])\s*", " "):
            positions = [m.end() for m in re.finditer(pat, rest[:limit])]
            positions = [p for p in positions if p > limit // 3]
            if positions:
                cut = positions[-1]
                break
        if cut <= 0:
            cut = limit
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        out.append(rest)
    return out


def fit(plain: str, wrap: Callable[[str], str], limit: int) -> list[str]:
    """Pieces of plain text whose markup is under the limit (escaping can grow text 5x)."""
    out: list[str] = []
    for part in split_plain(plain, max(1, limit - 64)):
        marked = wrap(part)
        if len(marked) <= limit:
            out.append(marked)
        elif len(part) > 1:
            out += fit(part, wrap, max(1, len(part) // 2 + 64))
        else:
            out.append(marked)
    return out


def pack(blocks: list[tuple[str, Callable[[str], str]]], limit: int, sep: str = "\n\n") -> list[str]:
    """blocks: (plain text, wrap) where wrap(plain piece) returns the escaped markup."""
    pieces = [piece for plain, wrap in blocks if plain.strip() for piece in fit(plain, wrap, limit)]
    messages: list[str] = []
    current = ""
    for p in pieces:
        candidate = f"{current}{sep}{p}" if current else p
        if len(candidate) <= limit:
            current = candidate
        else:
            if current:
                messages.append(current)
            current = p
    if current:
        messages.append(current)
    return messages
