"""Rules as the checks use them: validated data in plain typed objects, importable without
pydantic.

Each rule type's module (`checks/<type>.py`, listed in `ruletypes.TYPES`) declares its run-time
form as a class derived from `CompiledRule` (or `PatternRule`), next to the pydantic model
that validates its YAML (`spec()`, built only when rules are validated) and its `run`. A
validated rule becomes one of these (`specs.RuleSpec.compiled()`), and these are what the rules
cache keeps: a run that finds its rules in the cache therefore never imports pydantic, whose
import alone is about 0.12 s, a third of a cold `followup lint`. What several types share (the
combined regex of words and patterns, where a match can start) lives here, once.
"""

from __future__ import annotations

import builtins
import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, dataclass_transform

from followup.lint.prefilter import Starts

if TYPE_CHECKING:
    from followup.lint.document import Document
    from followup.lint.findings import CheckContext, Finding
    from followup.lint.specs import RuleSpec


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


Example = str | dict[str, str | None]


def _field_names(cls: type) -> tuple[str, ...]:
    """The fields a run-time form declares, with its bases' (annotations that are not
    `ClassVar`s; annotations are strings here, `from __future__ import annotations`)."""
    names: dict[str, None] = {}
    for klass in reversed(cls.__mro__):
        for name, annotation in vars(klass).get("__annotations__", {}).items():
            if not str(annotation).startswith("ClassVar"):
                names[name] = None
    return tuple(names)


@dataclass_transform(kw_only_default=True, eq_default=False)
class _Form:
    """A class whose fields are its annotations (and its bases'), given by keyword: the type
    checker treats each subclass as a keyword-only dataclass. Not `@dataclass` itself:
    generating a dataclass's methods costs about a millisecond a class, at every cold start,
    and a rule type is a class."""

    # every field, in order, worked out once per class
    field_names: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.field_names = _field_names(cls)

    def __init__(self, **values: object) -> None:
        """Every field by name (as `RuleSpec.compiled()` gives them); one with a default (a
        class attribute) may be left out."""
        unknown = set(values) - set(self.field_names)
        missing = {n for n in self.field_names if n not in values and not hasattr(self, n)}
        if unknown or missing:
            raise TypeError(
                f"{type(self).__name__}: unknown {unknown or '-'}, missing {missing or '-'}"
            )
        for name, value in values.items():
            setattr(self, name, value)


class CompiledRule(_Form):
    """What every rule has at run time, whatever its type. A type's module derives its form
    from this one (declaring its fields as annotations), says whether its findings judge a
    single sentence (`judges_spans`), gives its pydantic model (`spec`) and its check (`run`);
    `ruletypes.TYPES` lists the types."""

    type: str
    id: str
    level: str
    message: str
    description: str
    explain: str
    kinds: list[str]
    examples: dict[str, list[Example]]
    # the rule file, for a rule from a --rules folder (None for a built-in rule): such a rule
    # runs within a time budget (`engine`), and a slow one is named with its file
    origin: str | None = None

    # `origin` is not compared: it says where the rule came from, not what it is
    _UNCOMPARED: ClassVar[frozenset[str]] = frozenset({"origin"})

    # the findings point at a span that one sentence can hold (a word, a name), so drafting
    # judges a single model sentence by them; the others (counts, layout) need the whole email
    judges_spans: ClassVar[bool] = False
    # runs after the others, told which places they flagged (`CheckContext.taken`): spelling
    runs_last: ClassVar[bool] = False

    @staticmethod
    def spec() -> builtins.type[RuleSpec]:  # `type` is also a field here
        """The pydantic model of this type's YAML (a subclass of `specs.RuleSpec`), built when
        it is called: only when rule files are validated, on a rules-cache miss."""
        raise NotImplementedError

    def run(self, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
        """This rule's findings on one text (the type module's `run`)."""
        raise NotImplementedError

    def highest_level(self) -> str:
        """The highest level this rule can report (a type may report above its own level)."""
        return self.level

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, CompiledRule)
            and type(other) is type(self)
            and self._data() == other._data()
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id!r})"

    def _data(self) -> dict[str, object]:
        return {
            name: getattr(self, name) for name in self.field_names if name not in self._UNCOMPARED
        }

    # derived values worth keeping in the rules cache (reading where a match can start parses
    # the pattern, about a millisecond a rule); compiled regexes are made again (`re` caches
    # them itself)
    _KEPT: ClassVar[tuple[str, ...]] = ("starts",)

    def prepare(self) -> None:
        """Work out the derived values the rules cache keeps (see `_KEPT`) that this type has."""
        for name in self._KEPT:
            getattr(self, name, None)

    def __getstate__(self) -> dict[str, dict[str, object]]:
        """The fields, and the derived values of `_KEPT` that have been worked out."""
        kept = {name: self.__dict__[name] for name in self._KEPT if name in self.__dict__}
        return {"fields": {name: getattr(self, name) for name in self.field_names}, "kept": kept}

    def __setstate__(self, state: dict[str, dict[str, object]]) -> None:
        self.__dict__.update(state["fields"])
        self.__dict__.update(state.get("kept", {}))

    @cached_property
    def kind_set(self) -> frozenset[str]:
        return frozenset(self.kinds)


class PatternRule(CompiledRule):
    """A rule that matches whole words (`tokens`) and raw regular expressions (`patterns`)."""

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
    def starts(self) -> Starts | None:
        """Where a match can start (`prefilter`), so the regex runs only there."""
        from followup.lint.starts import starts_for

        return starts_for(
            pattern_source(self.tokens, self.patterns),
            pattern_flags(self.ignorecase, self.multiline),
        )


class Cues(NamedTuple):
    """How `--kind auto` tells a thank-you from a check-in or a nudge (`meta/kinds.yaml`)."""

    cues: dict[str, list[str]]
    nudge_max_words: int
