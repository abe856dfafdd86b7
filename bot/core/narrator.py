"""Narrators explain; they never compute. Two implementations share one interface:
NotesNarrator (built-in curated notes, no network) and LLMNarrator (bot/core/llm/narrator.py).

NarratorError is the boundary: whatever goes wrong below (HTTP, timeouts, a cut stream) is
mapped to it once, with a stable `kind` for logs and never the raw text for users.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from calc import Result


def prompts_dir() -> Path:
    """GPUBOT_PROMPTS_DIR, else the checkout's prompts/, else the installed share/ copy.

    Looked up when prompts are first needed, never at import (an installation setting, like
    TIKTOKEN_CACHE_DIR, rather than a key of config.toml)."""
    import os
    import sys

    env = os.environ.get("GPUBOT_PROMPTS_DIR")
    for cand in ([Path(env)] if env else []) + [Path(__file__).resolve().parents[2] / "prompts",
                                                 Path(sys.prefix) / "share" / "gpubot" / "prompts"]:
        if (cand / "system.md").exists():
            return cand
    return Path(__file__).resolve().parents[2] / "prompts"



@dataclass(frozen=True)
class NarrationContext:
    question: str
    lang: str
    result: Result | None
    history: list[dict[str, str]] = field(default_factory=list)
    user: str = ""
    key: tuple[str, str, str] = ("cli", "local", "")


class NarratorError(Exception):
    """kind: timeout, rate_limited, server_error, connection, bad_stream, auth, budget, empty."""

    def __init__(self, kind: str, user_message: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.user_message = user_message


class Narrator(Protocol):
    """`source` labels the narrative ("llm" or "notes"). A narrator may also set
    `streams = False` when its answer is whole at once (read with getattr, default True)."""

    source: str

    def stream(self, ctx: NarrationContext) -> AsyncIterator[str]: ...


# ---------------------------------------------------------------- curated notes
@dataclass(frozen=True)
class Note:
    title: str
    body: str
    source: str
    lang: str
    file: str


_WORD = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
_STOP = set("the a an of to in and or is are was were be for on with by at as it its this that "
            "what why how does do did about tell me explain which who when from than so".split())


def tokens(text: str) -> list[str]:
    t = text.lower()
    out = [w for w in _WORD.findall(t) if w not in _STOP and len(w) > 1]
    out = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in out]
    cjk = [ch for ch in t if "\u4e00" <= ch <= "\u9fff"]
    out += ["".join(cjk[i:i + 2]) for i in range(len(cjk) - 1)]
    return out


def parse_notes(text: str, file: str) -> list[Note]:
    """Notes files: '# lang: en|zh' header line, then sections '## Title' ... 'Source: ...'."""
    lang = "zh" if re.search(r"^#\s*lang:\s*zh", text, re.M) else "en"
    notes = []
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        title, _, rest = block.partition("\n")
        src = re.search(r"^Source:\s*(.+)$", rest, re.M)
        body = re.sub(r"^Source:.*$", "", rest, flags=re.M).strip()
        notes.append(Note(title.strip(), body, src.group(1).strip() if src else "", lang, file))
    return notes


def load_notes(root: Path | None = None) -> tuple[Note, ...]:
    return _load_notes(root if root is not None else prompts_dir() / "notes")


@cache
def _load_notes(root: Path) -> tuple[Note, ...]:
    out: list[Note] = []
    for path in sorted(root.glob("*.md")):
        out.extend(parse_notes(path.read_text(encoding="utf-8"), path.name))
    return tuple(out)


@cache
def _index(pool: tuple[Note, ...]) -> tuple[list[Counter[str]], float, Counter[str]]:
    """Term counts per note (title counted twice), mean length, document frequencies: once."""
    docs = [Counter(tokens(n.title + " " + n.title + " " + n.body)) for n in pool]
    avg = sum(sum(d.values()) for d in docs) / len(docs)
    return docs, avg, Counter(w for d in docs for w in d)


def search_notes(question: str, lang: str, k: int = 3, notes: tuple[Note, ...] | None = None
                 ) -> list[Note]:
    """BM25 over sections (title counted twice); the question's language first on ties."""
    pool = notes if notes is not None else load_notes()
    q = Counter(tokens(question))
    if not q or not pool:
        return []
    docs, avg, df = _index(pool)
    scored = []
    for note, d in zip(pool, docs, strict=True):
        length = sum(d.values())
        s = 0.0
        for w in q:
            if w in d:
                idf = math.log(1 + (len(docs) - df[w] + 0.5) / (df[w] + 0.5))
                s += idf * d[w] * 2.2 / (d[w] + 1.2 * (0.25 + 0.75 * length / avg))
        if s > 0:
            scored.append((s * (1.3 if note.lang == lang else 1.0), note))
    scored.sort(key=lambda x: -x[0])
    if not scored:
        return []
    best = scored[0][0]
    return [n for s, n in scored[:k] if s >= 0.35 * best]


class NotesNarrator:
    """Answers from prompts/notes with the passages' sources; no network, instant."""

    source = "notes"
    streams = False        # the answer is whole at once: sent once, never previewed and edited

    def __init__(self, notes: tuple[Note, ...] | None = None) -> None:
        self.notes = notes

    async def stream(self, ctx: NarrationContext) -> AsyncIterator[str]:
        from bot.core.messages import t

        hits = search_notes(ctx.question, ctx.lang, notes=self.notes)
        if not hits:
            yield t("no_notes", ctx.lang)
            return
        same = [h for h in hits if h.lang == ctx.lang] or hits
        for i, note in enumerate(same[:2]):
            sep = "\n\n" if i else ""
            yield f"{sep}{note.title}\n{note.body}"
            if note.source:
                yield f"\n(Source: {note.source})" if ctx.lang == "en" else f"\n（来源：{note.source}）"
