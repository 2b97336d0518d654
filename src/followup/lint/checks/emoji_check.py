"""Emoji, as the `emoji` package knows them (including ZWJ sequences and flags)."""

from __future__ import annotations

from followup.lint.checks.base import span_finding
from followup.lint.compiled import EmojiRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

# Typographic signs the `emoji` package also lists; without U+FE0F they are text, not emoji
# ("Acme Cloud™", "© 2024").
_TEXT_SYMBOLS = frozenset("©®™")


def run(rule: EmojiRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    if doc.text.isascii():
        return []
    import emoji

    return [
        span_finding(rule, doc, e["match_start"], e["match_end"])
        for e in emoji.emoji_list(doc.text)
        if e["emoji"] not in _TEXT_SYMBOLS
    ]
