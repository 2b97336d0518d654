"""Rule data, validated at load so a broken rule file fails with a clear message; each valid
rule is then compiled into the plain run-time object of `compiled.py`."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from followup.lint.compiled import (
    RUNTIME,
    CompiledRule,
    pattern_flags,
    pattern_source,
    substitution_source,
)
from followup.lint.findings import KINDS, Kind, Level

_ID = r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$"


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


def _check_time(pattern: str, flags: int = 0) -> None:
    """Refuse a pattern that can take exponential time on some text (`backtracking`)."""
    from followup.lint.backtracking import problem

    found = problem(pattern, flags)
    if found:
        raise ValueError(found)


class ExampleCase(BaseModel):
    """An example text, with the notes it is checked against when the rule needs them."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    text: str
    notes: str | None = None
    kind: Kind | None = None


class Examples(BaseModel):
    """Texts that must pass and must fail the rule; the test suite runs every one."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    passing: list[str | ExampleCase] = Field(default_factory=list, alias="pass")
    failing: list[str | ExampleCase] = Field(default_factory=list, alias="fail")


class RuleBase(BaseModel):
    """What every rule has, whatever its type."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: Annotated[str, Field(pattern=_ID)]
    level: Level
    message: str = Field(min_length=1)
    description: str = Field(min_length=1)
    explain: str = ""
    kinds: list[Kind] = Field(default_factory=lambda: list(KINDS), min_length=1)
    examples: Examples = Field(default_factory=Examples)

    def compiled(self) -> CompiledRule:
        """This rule as the checks use it, without pydantic (see `compiled`)."""
        data = self.model_dump()
        return RUNTIME[data["type"]](data)


class _PatternRule(RuleBase):
    """Rules that match whole words (`tokens`) or raw regular expressions (`patterns`)."""

    tokens: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    ignorecase: bool = True
    multiline: bool = True

    @model_validator(mode="after")
    def _valid_regex(self) -> _PatternRule:
        if not self.tokens and not self.patterns:
            raise ValueError("needs at least one of 'tokens' or 'patterns'")
        for p in self.tokens:
            _compile(p)
        for p in self.patterns:
            _compile(p)
        flags = pattern_flags(self.ignorecase, self.multiline)
        _compile(pattern_source(self.tokens, self.patterns), flags)
        for p in (*self.tokens, *self.patterns):
            _check_time(p, flags)
        return self


class ExistenceRule(_PatternRule):
    """Flags every match: words or patterns that should not be there."""

    type: Literal["existence"]
    exceptions: list[str] = Field(default_factory=list)


class OccurrenceRule(_PatternRule):
    """Counts matches: at least `min` (a required element) and/or at most `max`."""

    type: Literal["occurrence"]
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    example: str = ""
    # where matches count: the whole text; the email without headers, a quoted earlier message
    # or a footer ("message"); or only between greeting and sign-off ("body"), so that a
    # subject line, a sign-off or a quoted reply does not supply an element (`emailparts`)
    scope: Literal["text", "message", "body"] = "text"
    # a greeting (not an informal one such as "Hey") counts as a match: courtesy in a nudge
    greeting_counts: bool = False
    # when too few matches and one of these matches (a demand), the finding has `curt_level`
    curt_patterns: list[str] = Field(default_factory=list)
    curt_level: Level | None = None
    curt_message: str = ""
    # also curt: no greeting and no name at the end either (a bare line, not an email)
    curt_unsigned: bool = False

    @model_validator(mode="after")
    def _bounds(self) -> OccurrenceRule:
        if self.min is None and self.max is None:
            raise ValueError("needs 'min' or 'max'")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("'min' is greater than 'max'")
        if (self.curt_patterns or self.curt_unsigned) and self.curt_level is None:
            raise ValueError("'curt_patterns' and 'curt_unsigned' need 'curt_level'")
        flags = pattern_flags(self.ignorecase, self.multiline)
        for p in self.curt_patterns:
            _compile(p, flags)
            _check_time(p, flags)
        return self


class StructureRule(RuleBase):
    """A part of the email's layout must be there: its greeting, or a name at the end (after a
    sign-off), found by `emailparts` whatever surrounds the message."""

    type: Literal["structure"]
    part: Literal["greeting", "sign-off"]
    example: str = ""


class SubstitutionRule(RuleBase):
    """Flags a word or phrase and suggests the one to use instead."""

    type: Literal["substitution"]
    swap: dict[str, str] = Field(min_length=1)
    ignorecase: bool = True

    @field_validator("swap")
    @classmethod
    def _valid_keys(cls, swap: dict[str, str]) -> dict[str, str]:
        for key in swap:
            _compile(key)
        _compile(substitution_source(swap), re.IGNORECASE)
        for key in swap:
            _check_time(key, re.IGNORECASE)
        return swap


class MetricRule(RuleBase):
    """A number about the whole text (words, sentences, grade) that must stay under a limit."""

    type: Literal["metric"]
    metric: Literal["words", "sentences", "grade"]
    max: float | dict[Kind, float]


class SpellingRule(RuleBase):
    """Unknown words, from a spell checker with its own dictionary; names are left alone."""

    type: Literal["spelling"]
    ignore_capitalized: bool = True
    max_suggestion_length: int = Field(default=15, ge=0)
    variants: dict[str, str] = Field(default_factory=dict)

    @field_validator("variants")
    @classmethod
    def _valid_variants(cls, variants: dict[str, str]) -> dict[str, str]:
        for key in variants:
            _compile(key)
            _check_time(key)
        return variants


class EmojiRule(RuleBase):
    """Emoji, found by the `emoji` package (a regex cannot keep up with Unicode)."""

    type: Literal["emoji"]


GroundedThing = Literal["names", "numbers", "emails", "urls", "phones"]
_ALL_GROUNDED: tuple[GroundedThing, ...] = ("names", "numbers", "emails", "urls", "phones")


class GroundingRule(RuleBase):
    """Specifics in a draft (names, numbers, links) must come from the notes or the sender."""

    type: Literal["grounding"]
    check: list[GroundedThing] = Field(default_factory=lambda: list(_ALL_GROUNDED))
    allow: list[str] = Field(default_factory=list)
    # "notes": anything in the notes may be cited; "facts": only the notes' facts (front matter
    # and labelled lines), for contact details that pasted text must not smuggle in
    source: Literal["notes", "facts"] = "notes"


Rule = Annotated[
    ExistenceRule
    | OccurrenceRule
    | StructureRule
    | SubstitutionRule
    | MetricRule
    | SpellingRule
    | EmojiRule
    | GroundingRule,
    Field(discriminator="type"),
]


class RuleFile(BaseModel):
    """One YAML file of rules."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    rules: list[dict[str, Any]]


class KindCues(BaseModel):
    """How `--kind auto` tells a thank-you from a check-in or a nudge."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    cues: dict[Kind, list[str]]
    nudge_max_words: int = Field(default=60, ge=1)

    @field_validator("cues")
    @classmethod
    def _valid(cls, cues: dict[Kind, list[str]]) -> dict[Kind, list[str]]:
        for pats in cues.values():
            for p in pats:
                _compile(p)
        return cues
