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

    judges_spans: ClassVar[bool] = True

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field

        from followup.lint.specs import PatternSpec

        class ExistenceSpec(PatternSpec):
            type: Literal["existence"]
            # a match made only of these words is not flagged
            exceptions: list[str] = Field(default_factory=list)

        return ExistenceSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)

    @cached_property
    def exception_set(self) -> frozenset[str]:
        return frozenset(self.exceptions)


def run(rule: ExistenceRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    out = []
    exceptions = rule.exception_set
    for m in matches(rule, doc):
        if m.end() == m.start():
            continue
        if exceptions and all(w in exceptions for w in m.group().split()):
            continue
        out.append(span_finding(rule, doc, m.start(), m.end()))
    return out
