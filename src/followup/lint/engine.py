"""Run a set of rules over a text: the one `check` that lint and drafting share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from followup.errors import FollowupError
from followup.lint.compiled import CompiledRule, Cues
from followup.lint.document import WORD_RE, Document
from followup.lint.findings import KINDS, LEVEL_RANK, CheckContext, Finding, Stats


class Ruleset:
    """The rules in force for one run, after overrides and `--disable`. (A plain class:
    generating a dataclass's methods costs about a millisecond at every cold start.)"""

    def __init__(
        self,
        rules: dict[str, CompiledRule],
        cues: Cues,
        accept: frozenset[str] = frozenset(),
        disabled: frozenset[str] = frozenset(),
    ) -> None:
        self.rules = rules
        self.cues = cues
        self.accept = accept
        self.disabled = disabled
        self._by_kind: dict[str, list[CompiledRule]] = {}
        self._runs: dict[tuple[str, str], tuple[list[CompiledRule], list[CompiledRule]]] = {}

    @classmethod
    def load(
        cls,
        user_dirs: Iterable[Path] = (),
        disable: Iterable[str] = (),
        accept: Iterable[str] = (),
    ) -> Ruleset:
        from followup.lint import rulecache

        loaded = rulecache.load(user_dirs)
        disabled = frozenset(disable)
        unknown = sorted(d for d in disabled if d not in loaded.rules)
        if unknown:
            raise FollowupError(f"--disable: no rule with id {unknown[0]!r} (see `followup rules`)")
        return cls(
            rules=loaded.rules,
            cues=loaded.cues,
            accept=loaded.accept | {w.lower() for w in accept},
            disabled=disabled,
        )

    @cached_property
    def spelling_ids(self) -> frozenset[str]:
        """The rules that run last (spelling): their findings give way to the others'."""
        return frozenset(r.id for r in self.rules.values() if r.runs_last)

    def for_kind(self, kind: str) -> list[CompiledRule]:
        if kind not in self._by_kind:
            self._by_kind[kind] = [
                r for r in self.rules.values() if kind in r.kind_set and r.id not in self.disabled
            ]
        return self._by_kind[kind]

    def _to_run(self, kind: str, min_level: str) -> tuple[list[CompiledRule], list[CompiledRule]]:
        """The rules for a kind at or above a level: spelling apart, as it runs last."""
        key = (kind, min_level)
        found = self._runs.get(key)
        if found is None:
            floor = LEVEL_RANK[min_level]
            rules = [r for r in self.for_kind(kind) if LEVEL_RANK[r.highest_level()] >= floor]
            found = self._runs[key] = (
                [r for r in rules if r.id not in self.spelling_ids],
                [r for r in rules if r.id in self.spelling_ids],
            )
        return found

    @cached_property
    def _kind_cues(self) -> dict[str, list[re.Pattern[str]]]:
        return {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in self.cues.cues.items()}

    def detect_kind(self, text: str) -> str:
        """`--kind auto`: a short text with nudge cues is a nudge; else the kind with most cues."""
        score = {k: sum(1 for p in self._kind_cues.get(k, []) if p.search(text)) for k in KINDS}
        words = len(WORD_RE.findall(text))
        if (
            score["nudge"]
            and words <= self.cues.nudge_max_words
            and score["nudge"] >= score["thank-you"]
        ):
            return "nudge"
        return "check-in" if score["check-in"] > score["thank-you"] else "thank-you"

    def check(
        self,
        text: str,
        kind: str,
        *,
        facts_text: str | None = None,
        contact_facts: str | None = None,
        quoted: Iterable[str] = (),
        accept: Iterable[str] = (),
        min_level: str = "suggestion",
        suggestions: int = 0,
    ) -> tuple[list[Finding], Stats]:
        """Every finding at or above `min_level`, sorted by position, and the text's counts.

        `suggestions`: how many unknown words (the first in the text) get a suggested
        correction, each up to a second's work; none by default, as when drafting judges
        model samples; `followup lint` asks for `spelling.SUGGESTIONS`. `quoted`: the names,
        employer and job as the facts give them, which some rules leave alone in the text."""
        doc = Document(text)
        extra = frozenset(w.lower() for w in accept)
        if facts_text:
            extra |= {w.lower() for w in WORD_RE.findall(facts_text.replace("’", "'"))}
        ctx = CheckContext(
            accept=self.accept | extra if extra else self.accept,  # no copy in the common case
            facts_text=facts_text,
            contact_facts=contact_facts,
            quoted=tuple(q for q in quoted if q),
            suggestions=suggestions,
        )
        plain, spelling = self._to_run(kind, min_level)
        findings: list[Finding] = []
        for rule in plain:
            findings.extend(_run(rule, doc, kind, ctx))
        # spelling last, told which words are already flagged (the order of running does not
        # matter: findings are sorted below)
        ctx.taken = frozenset((f.line, f.column) for f in findings if f.match)
        for rule in spelling:
            findings.extend(_run(rule, doc, kind, ctx))
        findings = _drop_spelling_duplicates(findings, self.spelling_ids)
        if min_level != "suggestion":  # a rule may report below its top level (curt_level)
            floor = LEVEL_RANK[min_level]
            findings = [f for f in findings if LEVEL_RANK[f.level] >= floor]
        findings.sort(key=lambda f: (f.line, f.column, -LEVEL_RANK[f.level], f.rule))
        return findings, Stats(words=doc.words, sentences=doc.sentences, grade=doc.grade)


class RuleTimeout(FollowupError):
    """A rule from a --rules folder ran past its time limit on a text."""


def _run(rule: CompiledRule, doc: Document, kind: str, ctx: CheckContext) -> list[Finding]:
    """One rule's findings; a rule from a --rules folder within `budget.RULE_SECONDS`."""
    if rule.origin is None:
        return rule.run(doc, kind, ctx)
    from followup.lint import budget  # signal and threading: only for a --rules folder's rules

    seconds = budget.RULE_SECONDS
    try:
        with budget.limit(seconds):
            return rule.run(doc, kind, ctx)
    except budget.Expired:
        raise RuleTimeout(
            f"{rule.origin}: rule {rule.id}: stopped after {seconds:g} s on one text; its "
            "pattern may backtrack without end (nested or adjacent repeats such as '(a+)+' "
            f"or '\\w*\\w*x'): rewrite it, or leave it out with --disable {rule.id}"
        ) from None


def _drop_spelling_duplicates(
    findings: list[Finding], spelling_ids: frozenset[str]
) -> list[Finding]:
    """A word already flagged as slang need not be flagged as a typo too."""
    taken = {(f.line, f.column) for f in findings if f.rule not in spelling_ids and f.match}
    return [f for f in findings if f.rule not in spelling_ids or (f.line, f.column) not in taken]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.level == "error" for f in findings)
