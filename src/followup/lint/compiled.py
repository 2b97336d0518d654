"""Rules as the checks use them: validated data in plain objects, importable without pydantic.

`model.py` validates rule files with pydantic (a clear error for a broken one); each validated
rule is then turned into one of these (`RuleBase.compiled()`), and these are what the rules
cache keeps. A run that finds its rules in the cache therefore never imports pydantic, whose
import alone is about 0.12 s, a third of a cold `followup lint`. The behaviour the checks need
(the combined regex, the per-kind limit) lives here, once; the fields are declared in
`model.py`, and listed here only as annotations for the type checker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from followup.lint.prefilter import Plan


def pattern_source(tokens: list[str], patterns: list[str]) -> str:
    """One regex for a rule's whole words (`tokens`) and raw patterns."""
    parts = []
    if tokens:
        parts.append(r"(?<![\w'’])(?:" + "|".join(tokens) + r")(?![\w'’])")
    parts.extend(f"(?:{p})" for p in patterns)
    return "|".join(parts)


def pattern_flags(ignorecase: bool, multiline: bool) -> int:
    return (re.IGNORECASE if ignorecase else 0) | (re.MULTILINE if multiline else 0)


def engine_code(source: str, flags: int) -> tuple[Any, ...] | None:
    """What `re.compile(source, flags)` hands `re`'s C engine (`re._compiler.compile`: the
    compiled program and its groups), kept in the rules cache: a run then builds each rule's
    regex from it (`regex_for`) without parsing and compiling the pattern again in Python,
    which was the largest part of a cold lint of a long note (about 90 patterns). Only kept
    when the regex built from it equals `re.compile`'s (patterns compare their programs);
    None otherwise, or when this Python's `re` is laid out otherwise (then `re.compile`). The
    cache file is per Python version, as this program is."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        code = (
            flags | parsed.state.flags,
            [int(op) for op in _compiler._code(parsed, flags)],  # its opcodes are int subclasses
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        if regex_for(source, flags, code) != re.compile(source, flags):
            return None
    except Exception:  # any surprise only means "compile as usual"
        return None
    return code


def regex_for(source: str, flags: int, code: tuple[Any, ...] | None) -> re.Pattern[str]:
    """The regex of `source`: from its kept program (`engine_code`) when there is one."""
    if code is not None:
        try:
            import _sre  # type: ignore[import-not-found]

            found: re.Pattern[str] = _sre.compile(source, *code)
            return found
        except Exception:  # a program this engine refuses: compile it
            pass
    return re.compile(source, flags)


def substitution_source(swap: dict[str, str]) -> str:
    """One regex for every key to swap, a named group each (`s0`, `s1`, ...) to tell which."""
    alts = "|".join(f"(?P<s{i}>{k})" for i, k in enumerate(swap))
    return r"(?<![\w'’])(?:" + alts + r")(?![\w'’])"


class CompiledRule:
    """What every rule has at run time; the fields are set from the validated model."""

    type: str
    id: str
    level: str
    message: str
    description: str
    explain: str
    kinds: list[str]
    examples: dict[str, Any]
    # the rule file, for a rule from a --rules folder (None for a built-in rule): such a rule
    # runs within a time budget (`engine`), and a slow one is named with its file
    origin: str | None = None

    def __init__(self, fields: dict[str, Any]) -> None:
        self.__dict__.update(fields)
        self._fields = tuple(fields)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._data() == other._data()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id!r})"

    def _data(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._fields}

    # derived values worth keeping in the rules cache (reading a plan parses the pattern,
    # about a millisecond a rule); compiled regexes are made again (`re` caches them itself)
    _KEPT: tuple[str, ...] = ("plan", "origin")

    def prepare(self) -> None:
        """Work out the derived values the rules cache keeps (see `_KEPT`) that this type has."""
        for name in self._KEPT:
            getattr(self, name, None)

    def __getstate__(self) -> dict[str, Any]:
        """The fields, and the derived values of `_KEPT` that have been worked out."""
        kept = {name: self.__dict__[name] for name in self._KEPT if name in self.__dict__}
        return {"fields": self._data(), "kept": kept}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state["fields"])
        self._fields = tuple(state["fields"])
        self.__dict__.update(state.get("kept", {}))

    @cached_property
    def kind_set(self) -> frozenset[str]:
        return frozenset(self.kinds)


class PatternRule(CompiledRule):
    tokens: list[str]
    patterns: list[str]
    ignorecase: bool
    multiline: bool

    _KEPT = (*CompiledRule._KEPT, "regex_code")

    @cached_property
    def regex_code(self) -> tuple[Any, ...] | None:
        return engine_code(
            pattern_source(self.tokens, self.patterns),
            pattern_flags(self.ignorecase, self.multiline),
        )

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return regex_for(
            pattern_source(self.tokens, self.patterns),
            pattern_flags(self.ignorecase, self.multiline),
            self.__dict__.get("regex_code"),  # from the rules cache (`prepare`), if kept
        )

    @cached_property
    def plan(self) -> Plan | None:
        """Where a match can start (`prefilter`), so the regex runs only there."""
        from followup.lint.planner import plan_for

        return plan_for(
            pattern_source(self.tokens, self.patterns),
            pattern_flags(self.ignorecase, self.multiline),
        )


class ExistenceRule(PatternRule):
    exceptions: list[str]

    @cached_property
    def exception_set(self) -> frozenset[str]:
        return frozenset(self.exceptions)


class OccurrenceRule(PatternRule):
    min: int | None
    max: int | None
    example: str
    scope: str
    greeting_counts: bool
    curt_patterns: list[str]
    curt_level: str | None
    curt_message: str
    curt_unsigned: bool

    @cached_property
    def curt_regex(self) -> re.Pattern[str] | None:
        if not self.curt_patterns:
            return None
        return re.compile(
            pattern_source([], self.curt_patterns), pattern_flags(self.ignorecase, self.multiline)
        )


class StructureRule(CompiledRule):
    part: str
    example: str


class SubstitutionRule(CompiledRule):
    swap: dict[str, str]
    ignorecase: bool

    _KEPT = (*CompiledRule._KEPT, "regex_code")

    @cached_property
    def regex_code(self) -> tuple[Any, ...] | None:
        return engine_code(substitution_source(self.swap), re.IGNORECASE if self.ignorecase else 0)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return regex_for(
            substitution_source(self.swap),
            re.IGNORECASE if self.ignorecase else 0,
            self.__dict__.get("regex_code"),
        )

    @cached_property
    def plan(self) -> Plan | None:
        """Where a match can start (`prefilter`), so the regex runs only there."""
        from followup.lint.planner import plan_for

        return plan_for(substitution_source(self.swap), re.IGNORECASE if self.ignorecase else 0)

    @cached_property
    def replacements(self) -> list[str]:
        return list(self.swap.values())


class MetricRule(CompiledRule):
    metric: str
    max: float | dict[str, float]

    def limit_for(self, kind: str) -> float | None:
        if isinstance(self.max, dict):
            return self.max.get(kind)
        return self.max


class SpellingRule(CompiledRule):
    ignore_capitalized: bool
    max_suggestion_length: int
    variants: dict[str, str]


class EmojiRule(CompiledRule):
    pass


class GroundingRule(CompiledRule):
    check: list[str]
    allow: list[str]
    source: str


RUNTIME: dict[str, type[CompiledRule]] = {
    "existence": ExistenceRule,
    "occurrence": OccurrenceRule,
    "structure": StructureRule,
    "substitution": SubstitutionRule,
    "metric": MetricRule,
    "spelling": SpellingRule,
    "emoji": EmojiRule,
    "grounding": GroundingRule,
}


@dataclass(frozen=True)
class Cues:
    """How `--kind auto` tells a thank-you from a check-in or a nudge (`meta/kinds.yaml`)."""

    cues: dict[str, list[str]]
    nudge_max_words: int
