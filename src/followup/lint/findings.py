"""What a check produces and may know: plain data, importable without pydantic."""

from __future__ import annotations

from dataclasses import dataclass
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


class CheckContext:
    """What a check may know beyond the text: accepted words and the notes' facts. (A plain
    class: generating a dataclass's methods costs about a millisecond at every cold start.)"""

    def __init__(
        self,
        accept: frozenset[str] = frozenset(),
        facts_text: str | None = None,
        contact_facts: str | None = None,
        quoted: tuple[str, ...] = (),
        extra: dict[str, Any] | None = None,
        taken: frozenset[tuple[int, int]] = frozenset(),
        suggestions: int = 0,
    ) -> None:
        self.accept = accept
        self.facts_text = facts_text  # notes, sender and facts that a draft may cite
        # the facts alone: where links and contacts may come from
        self.contact_facts = contact_facts
        # the facts' names, employer and job as they are: a draft quotes them whatever their
        # words (`ExistenceRule.unless_quoting_facts`)
        self.quoted = quoted
        self.extra: dict[str, Any] = {} if extra is None else extra
        # (line, column) where another rule already flagged a word: the spelling check leaves
        # those alone (no typo finding, and no slow suggestion for "thx" or "lol")
        self.taken = taken
        # how many unknown words get a suggested correction (the first ones in the text): each
        # may cost up to a second, so `followup lint` asks for a few and drafting for none
        self.suggestions = suggestions
