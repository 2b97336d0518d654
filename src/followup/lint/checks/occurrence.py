"""Counted matches: a required element (min) or something allowed only so often (max)."""

from __future__ import annotations

from followup.lint.checks.base import found, matches, span_finding, whole_text_finding
from followup.lint.compiled import OccurrenceRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding


def run(rule: OccurrenceRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    if rule.scope != "text" or rule.greeting_counts:
        return _scoped(rule, doc)
    if rule.max is None:
        # only a minimum (a required element): stop at the match that reaches it
        needed = rule.min or 0
        if needed == 1:
            return [] if found(rule, doc) else _missing(rule, doc)
        count = 0
        if needed > 0:
            for m in matches(rule, doc):
                if m.end() > m.start():
                    count += 1
                    if count >= needed:
                        break
        return _missing(rule, doc) if count < needed else []
    found_all = [m for m in matches(rule, doc) if m.end() > m.start()]
    if rule.min is not None and len(found_all) < rule.min:
        return _missing(rule, doc)
    if len(found_all) > rule.max:
        first_extra = found_all[rule.max]
        return [span_finding(rule, doc, first_extra.start(), first_extra.end())]
    return []


def _scoped(rule: OccurrenceRule, doc: Document) -> list[Finding]:
    """Matches counted only inside the rule's part of the email (`emailparts`): its body, or
    its message without headers and a quoted earlier message; a greeting may count as one."""
    parts = doc.parts
    start, end = parts.body if rule.scope == "body" else parts.message
    if rule.scope == "text":
        start, end = 0, len(doc.text)
    needed = rule.min or 0
    count = 1 if rule.greeting_counts and parts.greeting and not parts.informal_greeting else 0
    inside = []
    if count < needed or rule.max is not None:
        for m in matches(rule, doc):
            if m.end() > m.start() and start <= m.start() and m.end() <= end:
                inside.append(m)
                if rule.max is None and count + len(inside) >= needed:
                    break
    count += len(inside)
    if count < needed:
        return _missing(rule, doc, (start, end))
    if rule.max is not None and len(inside) > rule.max:
        extra = inside[rule.max]
        return [span_finding(rule, doc, extra.start(), extra.end())]
    return []


def _missing(
    rule: OccurrenceRule, doc: Document, scope: tuple[int, int] | None = None
) -> list[Finding]:
    """Too few matches: one finding for the whole text, with an example that would do; at the
    rule's `curt_level` when the text also holds one of its curt patterns (a demand)."""
    suggestion = rule.example or None
    message = rule.message
    level = None
    lo, hi = scope if scope is not None else (0, len(doc.text))
    unsigned = rule.curt_unsigned and doc.parts.greeting is None and doc.parts.name is None
    if unsigned or (rule.curt_regex is not None and rule.curt_regex.search(doc.text, lo, hi)):
        level = rule.curt_level
        message = rule.curt_message or message
    if rule.example:
        shown = rule.example.replace("\n", " / ")
        message = f"{message} For example: \u201c{shown}\u201d"
    finding = whole_text_finding(rule, message=message, suggestion=suggestion)
    if level is not None:
        finding.level = level
    return [finding]
