"""Counted matches: a required element (min) or something allowed only so often (max)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from followup.lint.checks.base import found, matches, span_finding, whole_text_finding
from followup.lint.compiled import PatternRule, pattern_flags, pattern_source
from followup.lint.document import Document
from followup.lint.findings import LEVEL_RANK, CheckContext, Finding, Level

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


class OccurrenceRule(PatternRule):
    """Counts matches: at least `min` (a required element) and/or at most `max`."""

    min: int | None
    max: int | None
    example: str
    scope: str
    greeting_counts: bool
    curt_patterns: list[str]
    curt_level: str | None
    curt_message: str
    curt_unsigned: bool

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field, model_validator

        from followup.lint.specs import PatternSpec, check_time, compile_regex

        class OccurrenceSpec(PatternSpec):
            type: Literal["occurrence"]
            min: int | None = Field(default=None, ge=0)
            max: int | None = Field(default=None, ge=0)
            example: str = ""
            # where matches count: the whole text; the email without headers, a quoted earlier
            # message or a footer ("message"); or only between greeting and sign-off ("body"),
            # so that a subject line, a sign-off or a quoted reply does not supply an element
            # (`emailparts`)
            scope: Literal["text", "message", "body"] = "text"
            # a greeting (not an informal one such as "Hey") counts as a match: courtesy in a
            # nudge
            greeting_counts: bool = False
            # when too few matches and one of these matches (a demand), the finding has
            # `curt_level`
            curt_patterns: list[str] = Field(default_factory=list)
            curt_level: Level | None = None
            curt_message: str = ""
            # also curt: no greeting and no name at the end either (a bare line, not an email)
            curt_unsigned: bool = False

            @model_validator(mode="after")
            def _bounds(self) -> OccurrenceSpec:
                if self.min is None and self.max is None:
                    raise ValueError("needs 'min' or 'max'")
                if self.min is not None and self.max is not None and self.min > self.max:
                    raise ValueError("'min' is greater than 'max'")
                if (self.curt_patterns or self.curt_unsigned) and self.curt_level is None:
                    raise ValueError("'curt_patterns' and 'curt_unsigned' need 'curt_level'")
                flags = pattern_flags(self.ignorecase, self.multiline)
                for p in self.curt_patterns:
                    compile_regex(p, flags)
                    check_time(p, flags)
                return self

        return OccurrenceSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)

    def highest_level(self) -> str:
        """Its own level, or its `curt_level` (a curt nudge) when that is higher."""
        if self.curt_level is not None and LEVEL_RANK[self.curt_level] > LEVEL_RANK[self.level]:
            return self.curt_level
        return self.level

    @cached_property
    def curt_regex(self) -> re.Pattern[str] | None:
        if not self.curt_patterns:
            return None
        return re.compile(
            pattern_source([], self.curt_patterns), pattern_flags(self.ignorecase, self.multiline)
        )


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
    if rule.max is None and needed - count == 1:
        # one match short (a required element): any place inside will do, found in any order
        return [] if found(rule, doc, (start, end)) else _missing(rule, doc, (start, end))
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
