"""Whole-text numbers (words, sentences, reading grade) against a per-kind limit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from followup.lint.checks.base import whole_text_finding
from followup.lint.compiled import CompiledRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding, Kind

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


class MetricRule(CompiledRule):
    """A number about the whole text (words, sentences, grade) that must stay under a limit."""

    metric: str
    max: float | dict[str, float]

    @staticmethod
    def spec() -> type[RuleSpec]:
        from followup.lint.specs import RuleSpec

        class MetricSpec(RuleSpec):
            type: Literal["metric"]
            metric: Literal["words", "sentences", "grade"]
            max: float | dict[Kind, float]

        return MetricSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)

    def limit_for(self, kind: str) -> float | None:
        if isinstance(self.max, dict):
            return self.max.get(kind)
        return self.max


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _note_itself(doc: Document) -> Document:
    """The note as its reader counts it: without headers, a signature block under the name,
    or a quoted earlier message (`emailparts`); the document itself when it has none."""
    parts = doc.parts
    start, end = parts.message
    if parts.signature is not None:
        end = min(end, parts.signature[0])
    text = doc.text
    if not text[:start].strip() and not text[end:].strip():
        return doc  # nothing but spaces around the note: the same counts
    return Document(text[start:end])


def run(rule: MetricRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    limit = rule.limit_for(kind)
    if limit is None:
        return []
    value: float = getattr(_note_itself(doc), rule.metric)
    if value <= limit:
        return []
    message = rule.message.replace("%v", _fmt(value)).replace("%l", _fmt(limit))
    return [whole_text_finding(rule, message=message)]
