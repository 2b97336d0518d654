"""Emoji, as the `emoji` package knows them (including ZWJ sequences and flags)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, ClassVar, Literal

from followup.lint.checks.base import span_finding
from followup.lint.compiled import CompiledRule
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


class EmojiRule(CompiledRule):
    """Emoji, found by the `emoji` package (a regex cannot keep up with Unicode)."""

    judges_spans: ClassVar[bool] = True

    @staticmethod
    def spec() -> type[RuleSpec]:
        from followup.lint.specs import RuleSpec

        class EmojiSpec(RuleSpec):
            type: Literal["emoji"]

        return EmojiSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)


# Typographic signs the `emoji` package also lists; without U+FE0F they are text, not emoji
# ("Acme Cloud™", "© 2024").
_TEXT_SYMBOLS = frozenset("©®™")


@cache
def emoji_chars() -> frozenset[str]:
    """Every character of every emoji the package knows (none is ASCII only): a text with none
    of them has no emoji, which is quicker to see (about 2 ms once per process) than to let
    `emoji_list` walk it (about 0.8 ms a note)."""
    import emoji

    return frozenset(c for e in emoji.EMOJI_DATA for c in e if not c.isascii())


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """Where the emoji of a text are (not the typographic signs): the rule's findings, and
    the check that keeps a fact read from the notes free of them ("Ananya Rao ↔ Ananya Rao")."""
    if text.isascii() or emoji_chars().isdisjoint(text):
        return []
    import emoji

    return [
        (e["match_start"], e["match_end"])
        for e in emoji.emoji_list(text)
        if e["emoji"] not in _TEXT_SYMBOLS
    ]


def run(rule: EmojiRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    return [span_finding(rule, doc, start, end) for start, end in emoji_spans(doc.text)]
