"""The platform-neutral answer: what every front end renders."""

from __future__ import annotations

from dataclasses import dataclass

from calc import Request, Result


@dataclass(frozen=True)
class ErrorInfo:
    kind: str
    message: str
    suggestions: tuple[str, ...] = ()     # did-you-mean names for unknown_* errors


@dataclass(frozen=True)
class Narrative:
    text: str
    source: str          # "llm" | "notes"
    complete: bool = True


@dataclass(frozen=True)
class Answer:
    question: str
    route: str           # "calc" | "llm" | "both" | "none"
    lang: str = "en"
    request: Request | None = None
    result: Result | None = None
    narrative: Narrative | None = None
    error: ErrorInfo | None = None
