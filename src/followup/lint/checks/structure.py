"""The email's layout: a greeting, and a name at the end, wherever the message stands in the
pasted text (headers, an address block, quotes, a signature block: see `emailparts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from followup.lint.checks.base import whole_text_finding
from followup.lint.compiled import CompiledRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


class StructureRule(CompiledRule):
    """A part of the email's layout must be there: its greeting, or a name at the end (after a
    sign-off), found by `emailparts` whatever surrounds the message."""

    part: str
    example: str

    @staticmethod
    def spec() -> type[RuleSpec]:
        from followup.lint.specs import RuleSpec

        class StructureSpec(RuleSpec):
            type: Literal["structure"]
            part: Literal["greeting", "sign-off"]
            example: str = ""

        return StructureSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)


def run(rule: StructureRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    parts = doc.parts
    present = parts.greeting is not None if rule.part == "greeting" else parts.name is not None
    if present:
        return []
    message = rule.message
    if rule.example:
        shown = rule.example.replace("\n", " / ")
        message = f"{message} For example: \u201c{shown}\u201d"
    return [whole_text_finding(rule, message=message, suggestion=rule.example or None)]
