"""Counted matches: a required element (min) or something allowed only so often (max)."""

from __future__ import annotations

from followup.lint.checks.base import found, matches, span_finding, whole_text_finding
from followup.lint.compiled import OccurrenceRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding


def run(rule: OccurrenceRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    if rule.max is None:
        # only a minimum (a required element): stop at the match that reaches it
        needed = rule.min or 0
        if needed == 1:
            return [] if found(rule, doc) else _missing(rule)
        count = 0
        if needed > 0:
            for m in matches(rule, doc):
                if m.end() > m.start():
                    count += 1
                    if count >= needed:
                        break
        return _missing(rule) if count < needed else []
    found_all = [m for m in matches(rule, doc) if m.end() > m.start()]
    if rule.min is not None and len(found_all) < rule.min:
        return _missing(rule)
    if len(found_all) > rule.max:
        first_extra = found_all[rule.max]
        return [span_finding(rule, doc, first_extra.start(), first_extra.end())]
    return []


def _missing(rule: OccurrenceRule) -> list[Finding]:
    """Too few matches: one finding for the whole text, with an example that would do."""
    suggestion = rule.example or None
    message = rule.message
    if rule.example:
        shown = rule.example.replace("\n", " / ")
        message = f"{message} For example: \u201c{shown}\u201d"
    return [whole_text_finding(rule, message=message, suggestion=suggestion)]
