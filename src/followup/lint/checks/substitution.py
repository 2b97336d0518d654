"""A word with a better replacement: flag it and suggest the replacement."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from followup.lint.checks.base import format_message, matches, span_finding
from followup.lint.compiled import CompiledRule, engine_code, regex_for
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding
from followup.lint.prefilter import Starts

if TYPE_CHECKING:
    from followup.lint.specs import RuleSpec


def substitution_source(swap: dict[str, str]) -> str:
    """One regex for every key to swap, a named group each (`s0`, `s1`, ...) to tell which."""
    alts = "|".join(f"(?P<s{i}>{k})" for i, k in enumerate(swap))
    return r"(?<![\w'’])(?:" + alts + r")(?![\w'’])"


class SubstitutionRule(CompiledRule):
    """Flags a word or phrase and suggests the one to use instead."""

    swap: dict[str, str]
    ignorecase: bool

    judges_spans: ClassVar[bool] = True
    _KEPT = (*CompiledRule._KEPT, "regex_code")

    @staticmethod
    def spec() -> type[RuleSpec]:
        from pydantic import Field, field_validator

        from followup.lint.specs import RuleSpec, check_time, compile_regex

        class SubstitutionSpec(RuleSpec):
            type: Literal["substitution"]
            swap: dict[str, str] = Field(min_length=1)
            ignorecase: bool = True

            @field_validator("swap")
            @classmethod
            def _valid_keys(cls, swap: dict[str, str]) -> dict[str, str]:
                for key in swap:
                    compile_regex(key)
                compile_regex(substitution_source(swap), re.IGNORECASE)
                for key in swap:
                    check_time(key, re.IGNORECASE)
                return swap

        return SubstitutionSpec

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        return run(self, doc, kind, ctx)

    @property
    def _flags(self) -> int:
        return re.IGNORECASE if self.ignorecase else 0

    @cached_property
    def regex_code(self) -> tuple[Any, ...] | None:
        return engine_code(substitution_source(self.swap), self._flags)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return regex_for(
            substitution_source(self.swap), self._flags, self.__dict__.get("regex_code")
        )

    @cached_property
    def starts(self) -> Starts | None:
        """Where a match can start (`prefilter`), so the regex runs only there."""
        from followup.lint.starts import starts_for

        return starts_for(substitution_source(self.swap), self._flags)

    @cached_property
    def replacements(self) -> list[str]:
        return list(self.swap.values())


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _in_a_name(doc: Document, start: int, end: int) -> bool:
    """Whether a capitalised word stands in the greeting after its first word, or in the name
    under the sign-off: a person's name there ("Dear Grant Cos,") is no slang."""
    if not doc.text[start : start + 1].isupper():
        return False
    parts = doc.parts
    greeting, name = parts.greeting, parts.name
    if greeting is not None and greeting[0] < start and end <= greeting[1]:
        return bool(re.match(r"\S+\s", doc.text[greeting[0] : start]))
    return name is not None and name[0] <= start and end <= name[1]


_CAPITAL_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w'’-]*[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]*")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word stands between two capitalised ones, inside a name the notes
    gave in another language ("Lugha ya Alama", the Swahili for sign language, in a role)."""
    if not text[start : start + 1].islower():
        return False
    return bool(
        _CAPITAL_BEFORE.search(text, max(0, start - 40), start) and _CAPITAL_AFTER.match(text, end)
    )


def run(rule: SubstitutionRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    out = []
    replacements = rule.replacements
    for m in matches(rule, doc):
        if m.end() == m.start() or m.lastgroup is None:
            continue
        if _in_a_name(doc, m.start(), m.end()) or _inside_a_name(doc.text, m.start(), m.end()):
            continue
        replacement = _match_case(replacements[int(m.lastgroup[1:])], m.group())
        message = format_message(rule.message, m.group()).replace("%r", replacement)
        out.append(
            span_finding(rule, doc, m.start(), m.end(), message=message, suggestion=replacement)
        )
    return out
