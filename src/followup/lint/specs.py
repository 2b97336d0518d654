"""What every rule type's YAML shares, validated with pydantic at load so that a broken rule
file fails with a clear message; each type adds its own fields in its module's `spec()`
(`checks/<type>.py`), and `rule_adapter` validates a rule against the types of
`ruletypes.TYPES`. Imported only when rule files are validated (a rules-cache miss)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_validator,
)

from followup.lint.compiled import CompiledRule, pattern_flags, pattern_source
from followup.lint.findings import KINDS, Kind, Level

_ID = r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$"


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The regex, or a ValueError that pydantic reports against the rule's field."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


def check_time(pattern: str, flags: int = 0) -> None:
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


class RuleSpec(BaseModel):
    """What every rule has, whatever its type; a type's spec adds `type: Literal[name]` and its
    own fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    type: str  # each type's spec narrows it to its name (the union's tag)
    id: Annotated[str, Field(pattern=_ID)]
    level: Level
    message: str = Field(min_length=1)
    description: str = Field(min_length=1)
    explain: str = ""
    kinds: list[Kind] = Field(default_factory=lambda: list(KINDS), min_length=1)
    examples: Examples = Field(default_factory=Examples)

    def compiled(self) -> CompiledRule:
        """This rule as the checks use it, without pydantic: its type's run-time form, with
        the same fields (`compiled`)."""
        from followup.lint.ruletypes import TYPES

        data = self.model_dump()
        return TYPES[data["type"]](**data)


class PatternSpec(RuleSpec):
    """Rules that match whole words (`tokens`) or raw regular expressions (`patterns`)."""

    tokens: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    ignorecase: bool = True
    multiline: bool = True

    @model_validator(mode="after")
    def _valid_regex(self) -> PatternSpec:
        if not self.tokens and not self.patterns:
            raise ValueError("needs at least one of 'tokens' or 'patterns'")
        for p in self.tokens:
            compile_regex(p)
        for p in self.patterns:
            compile_regex(p)
        flags = pattern_flags(self.ignorecase, self.multiline)
        compile_regex(pattern_source(self.tokens, self.patterns), flags)
        for p in (*self.tokens, *self.patterns):
            check_time(p, flags)
        return self


def rule_adapter(forms: tuple[type[CompiledRule], ...]) -> TypeAdapter[RuleSpec]:
    """Validates one rule as whichever of these types its `type` names (pydantic's tagged
    union: an unknown type is named with the ones there are)."""
    specs = tuple(form.spec() for form in forms)
    union: Any = Annotated[Union[specs], Field(discriminator="type")]  # noqa: UP007
    adapter: TypeAdapter[RuleSpec] = TypeAdapter(union)
    return adapter


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
                compile_regex(p)
        return cues
