"""Rule data, validated at load so a broken rule file fails with a clear message."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal["thank-you", "check-in", "nudge"]
Level = Literal["suggestion", "warning", "error"]
KINDS: tuple[Kind, ...] = ("thank-you", "check-in", "nudge")
LEVELS: tuple[Level, ...] = ("suggestion", "warning", "error")
LEVEL_RANK: dict[str, int] = {name: i for i, name in enumerate(LEVELS)}

_ID = r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$"


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


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

    @cached_property
    def kind_set(self) -> frozenset[str]:
        return frozenset(self.kinds)


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
        _compile(self._source, self._flags)
        return self

    @property
    def _flags(self) -> int:
        return (re.IGNORECASE if self.ignorecase else 0) | (re.MULTILINE if self.multiline else 0)

    @property
    def _source(self) -> str:
        parts = []
        if self.tokens:
            parts.append(r"(?<![\w'’])(?:" + "|".join(self.tokens) + r")(?![\w'’])")
        parts.extend(f"(?:{p})" for p in self.patterns)
        return "|".join(parts)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return _compile(self._source, self._flags)


class ExistenceRule(_PatternRule):
    """Flags every match: words or patterns that should not be there."""

    type: Literal["existence"]
    exceptions: list[str] = Field(default_factory=list)

    @cached_property
    def exception_set(self) -> frozenset[str]:
        return frozenset(self.exceptions)


class OccurrenceRule(_PatternRule):
    """Counts matches: at least `min` (a required element) and/or at most `max`."""

    type: Literal["occurrence"]
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    example: str = ""

    @model_validator(mode="after")
    def _bounds(self) -> OccurrenceRule:
        if self.min is None and self.max is None:
            raise ValueError("needs 'min' or 'max'")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("'min' is greater than 'max'")
        return self


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
        return swap

    @cached_property
    def regex(self) -> re.Pattern[str]:
        alts = "|".join(f"(?P<s{i}>{k})" for i, k in enumerate(self.swap))
        flags = re.IGNORECASE if self.ignorecase else 0
        return _compile(r"(?<![\w'’])(?:" + alts + r")(?![\w'’])", flags)

    @cached_property
    def replacements(self) -> list[str]:
        return list(self.swap.values())


class MetricRule(RuleBase):
    """A number about the whole text (words, sentences, grade) that must stay under a limit."""

    type: Literal["metric"]
    metric: Literal["words", "sentences", "grade"]
    max: float | dict[Kind, float]

    def limit_for(self, kind: str) -> float | None:
        if isinstance(self.max, dict):
            for k, v in self.max.items():
                if k == kind:
                    return v
            return None
        return self.max


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


@dataclass(slots=True)
class Finding:
    """One problem at one place in the text."""

    rule: str
    level: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    match: str = ""
    suggestion: str | None = None


@dataclass(slots=True)
class Stats:
    words: int
    sentences: int
    grade: float


@dataclass
class CheckContext:
    """What a check may know beyond the text: accepted words and the notes' facts."""

    accept: frozenset[str] = frozenset()
    facts_text: str | None = None  # notes, sender and facts that a draft may cite
    contact_facts: str | None = None  # the facts alone: where links and contacts may come from
    extra: dict[str, Any] = field(default_factory=dict)
    # (line, column) where another rule already flagged a word: the spelling check leaves those
    # alone (no typo finding, and no slow suggestion for "thx" or "lol")
    taken: frozenset[tuple[int, int]] = frozenset()
