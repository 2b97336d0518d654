"""Every match is a problem: forbidden words and patterns."""

from __future__ import annotations

from followup.lint.checks.base import matches, span_finding
from followup.lint.compiled import ExistenceRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding


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
