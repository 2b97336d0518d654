"""What a check produces and may know: plain data, importable without pydantic."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["thank-you", "check-in", "nudge"]
Level = Literal["suggestion", "warning", "error"]
KINDS: tuple[Kind, ...] = ("thank-you", "check-in", "nudge")
LEVELS: tuple[Level, ...] = ("suggestion", "warning", "error")
LEVEL_RANK: dict[str, int] = {name: i for i, name in enumerate(LEVELS)}


@dataclass(slots=True)
class Finding:
    """One problem at one place in the text."""

    rule: str
    level: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    match: str = ""
    suggestion: str | None = None


@dataclass(slots=True)
class Stats:
    words: int
    sentences: int
    grade: float


@dataclass
class CheckContext:
    """What a check may know beyond the text: accepted words and the notes' facts."""

    accept: frozenset[str] = frozenset()
    facts_text: str | None = None  # notes, sender and facts that a draft may cite
    contact_facts: str | None = None  # the facts alone: where links and contacts may come from
    extra: dict[str, Any] = field(default_factory=dict)
    # (line, column) where another rule already flagged a word: the spelling check leaves those
    # alone (no typo finding, and no slow suggestion for "thx" or "lol")
    taken: frozenset[tuple[int, int]] = frozenset()
    # how many unknown words get a suggested correction (the first ones in the text): each may
    # cost up to a second, so `followup lint` asks for a few and drafting for none
    suggestions: int = 0
