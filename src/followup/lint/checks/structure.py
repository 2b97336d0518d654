"""The email's layout: a greeting, and a name at the end, wherever the message stands in the
pasted text (headers, an address block, quotes, a signature block: see `emailparts`)."""

from __future__ import annotations

from followup.lint.checks.base import whole_text_finding
from followup.lint.compiled import StructureRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding


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
