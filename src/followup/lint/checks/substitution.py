"""A word with a better replacement: flag it and suggest the replacement."""

from __future__ import annotations

from followup.lint.checks.base import format_message, matches, span_finding
from followup.lint.compiled import SubstitutionRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def run(rule: SubstitutionRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    out = []
    replacements = rule.replacements
    for m in matches(rule, doc):
        if m.end() == m.start() or m.lastgroup is None:
            continue
        replacement = _match_case(replacements[int(m.lastgroup[1:])], m.group())
        message = format_message(rule.message, m.group()).replace("%r", replacement)
        out.append(
            span_finding(rule, doc, m.start(), m.end(), message=message, suggestion=replacement)
        )
    return out
