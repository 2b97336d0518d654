"""Whole-text numbers (words, sentences, reading grade) against a per-kind limit."""

from __future__ import annotations

from followup.lint.checks.base import whole_text_finding
from followup.lint.compiled import MetricRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def run(rule: MetricRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    limit = rule.limit_for(kind)
    if limit is None:
        return []
    value: float = getattr(doc, rule.metric)
    if value <= limit:
        return []
    message = rule.message.replace("%v", _fmt(value)).replace("%l", _fmt(limit))
    return [whole_text_finding(rule, message=message)]
