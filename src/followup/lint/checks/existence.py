"""Every match is a problem: forbidden words and patterns."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from followup.lint.checks.base import matches, span_finding
from followup.lint.compiled import PatternRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


class ExistenceRule(PatternRule):
    """Flags every match: words or patterns that should not be there."""

    exceptions: list[str]
    unless_unknown_words: bool
    unless_quoting_facts: bool

    judges_spans: ClassVar[bool] = True

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field

        from followup.lint.specs import PatternSpec

        class ExistenceSpec(PatternSpec):
            type: Literal["existence"]
            # a match made only of these words is not flagged
            exceptions: list[str] = Field(default_factory=list)
            # a match whose every word is an exception or unknown to the dictionary is not
            # flagged: capitals the dictionary has no word for are an acronym (CRISPR, FHIR),
            # capitals it knows are shouting (VERY)
            unless_unknown_words: bool = False
            # a match inside a name, employer or job quoted as the facts give it is not
            # flagged: "Istituto per i Beni Culturali" and "Family NP" are not the writer's
            # style (the check's `quoted`)
            unless_quoting_facts: bool = False

        return ExistenceSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)

    @cached_property
    def exception_set(self) -> frozenset[str]:
        return frozenset(self.exceptions)


def run(rule: ExistenceRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    out = []
    exceptions = rule.exception_set
    quoted = _quoted_spans(doc.text, ctx.quoted) if rule.unless_quoting_facts else []
    for m in matches(rule, doc):
        if m.end() == m.start():
            continue
        if quoted and any(lo <= m.start() and m.end() <= hi for lo, hi in quoted):
            continue
        words = m.group().split()
        if exceptions and all(w in exceptions for w in words):
            continue
        if rule.unless_unknown_words and _all_unknown(words, exceptions):
            continue
        out.append(span_finding(rule, doc, m.start(), m.end()))
    return out


def _all_unknown(words: list[str], exceptions: frozenset[str]) -> bool:
    """Whether every word is an exception or a word the spelling dictionary does not know."""
    from followup.lint.checks.spelling import lexicon

    known = lexicon()
    return all(w in exceptions or w.lower() not in known for w in words)


def _quoted_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the text quotes one of the facts' phrases exactly (a few phrases, each found by
    `str.find`: linear in the text)."""
    spans = []
    for phrase in phrases:
        start = text.find(phrase)
        while start >= 0:
            spans.append((start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    return spans
