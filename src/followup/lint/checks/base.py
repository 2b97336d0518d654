"""What the checks share: a rule's matches in a text, and a span of text as a Finding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import Match
from typing import Protocol

from followup.lint import prefilter
from followup.lint.compiled import CompiledRule, PatternRule
from followup.lint.document import Document
from followup.lint.findings import Finding
from followup.lint.prefilter import Starts


class Matching(Protocol):
    """A rule with one regex and where its matches can start (`PatternRule`, a substitution)."""

    @property
    def regex(self) -> re.Pattern[str]: ...

    @property
    def starts(self) -> Starts | None: ...


def matches(rule: Matching, doc: Document) -> Iterator[Match[str]]:
    """The rule's regex matches in the text, as `finditer` gives them, but tried only where
    a match can start (`rule.starts`), and compiled only if there is such a place."""
    return prefilter.finditer(lambda: rule.regex, rule.starts, doc.index)


def found(rule: PatternRule, doc: Document, within: tuple[int, int] | None = None) -> bool:
    """Whether the rule's regex has a (non-empty) match in the text (inside text[lo:hi])."""
    return prefilter.found(lambda: rule.regex, rule.starts, doc.index, within)


def format_message(template: str, match: str) -> str:
    return template.replace("%s", match) if "%s" in template else template


def span_finding(
    rule: CompiledRule,
    doc: Document,
    start: int,
    end: int,
    *,
    message: str | None = None,
    suggestion: str | None = None,
) -> Finding:
    """A finding that points at text[start:end]."""
    matched = doc.text[start:end]
    line, col = doc.position(start)
    end_line, end_col = doc.position(max(start, end - 1))
    return Finding(
        rule=rule.id,
        level=rule.level,
        message=message if message is not None else format_message(rule.message, matched),
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        match=matched,
        suggestion=suggestion,
    )


def whole_text_finding(
    rule: CompiledRule, message: str | None = None, suggestion: str | None = None
) -> Finding:
    """A finding about the text as a whole (a missing element, a length), reported at 1:1."""
    return Finding(
        rule=rule.id,
        level=rule.level,
        message=message if message is not None else rule.message,
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        suggestion=suggestion,
    )
