"""Sentences that may enter a draft: checked for what the lint rules cannot see, or built from
the fact itself when no model sentence passes (see `checks` and `extractive`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from followup.sentences.checks import (
    Reader,
    adds_words,
    coverage,
    is_process_fact,
    learned_problems,
    named_problems,
    problems,
)
from followup.sentences.extractive import (
    Built,
    contribution_sentence,
    core,
    first_person,
    for_the_reader,
    learned_sentence,
    main_clause,
)
from followup.sentences.pronouns import toward_reader
from followup.sentences.words import tokens, vocabulary

if TYPE_CHECKING:
    from followup.lint.engine import Ruleset
    from followup.notes import InterviewNotes

Origin = Literal["model", "extractive", "template"]

__all__ = [
    "Built",
    "Origin",
    "Reader",
    "Rejected",
    "Sentence",
    "Verdict",
    "contribution_sentence",
    "core",
    "coverage",
    "first_person",
    "for_the_reader",
    "is_process_fact",
    "judge",
    "learned_facts",
    "learned_sentence",
    "main_clause",
    "problems",
    "reader_of",
    "toward_reader",
]


@dataclass(frozen=True)
class Sentence:
    """A sentence of a draft that was chosen for a slot, and where it came from."""

    slot: str  # "learned" or "contribution"
    text: str
    origin: Origin

    def as_dict(self) -> dict[str, str]:
        return {"slot": self.slot, "text": self.text, "origin": self.origin}


@dataclass(frozen=True)
class Rejected:
    """A model sentence that did not enter the draft, and what stopped it: the names of the
    sentence checks (`check.*`) and lint rules (their ids) it broke."""

    slot: str
    text: str
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {"slot": self.slot, "text": self.text, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Verdict:
    """A sentence and what is wrong with it: `checks` from the sentence checks, `rules` from the
    lint rules (`rule_errors` of them at error level: the email check would see those too)."""

    text: str
    checks: list[str]
    rules: list[str]
    rule_errors: int = 0
    carried: int = 0
    invented_only: bool = False  # the checks found only added words (the rules name them)
    reasons: tuple[str, ...] = ()  # the names of the checks and the ids of the rules broken

    @property
    def worth_feedback(self) -> bool:
        """Whether the email check would report it and the model could be told what to fix:
        it breaks an error-level rule, and the checks have nothing else against it."""
        return self.rule_errors > 0 and (not self.checks or self.invented_only)

    @property
    def problems(self) -> list[str]:
        return self.checks + self.rules

    @property
    def ok(self) -> bool:
        return not self.checks and not self.rules


def reader_of(notes: InterviewNotes) -> Reader:
    """The reader as the checks see them: the interviewer's names and what the notes say."""
    names = " ".join(n for n in (notes.interviewer, notes.addressed_as) if n)
    facts = notes.facts
    elsewhere = tuple(facts.elsewhere) if facts is not None else ()
    reader = {n.lower() for n in (notes.interviewer, notes.addressed_as) if n}
    others = (
        tuple(
            p.name.value
            for p in (*facts.others, *facts.mentioned, *facts.candidates)
            if p.name.value.lower() not in reader
        )
        if facts is not None
        else ()
    )
    if notes.candidate and notes.candidate.lower() not in reader:
        others += (notes.candidate,)  # the writer's own name in a model sentence ("the Rommel")
    return Reader(
        source=notes.facts_text(),
        interviewer=names or None,
        elsewhere=elsewhere,
        others=others,
        company=notes.company,
        role=notes.role,
    )


def judge(
    sentence: str,
    fact: str,
    notes: InterviewNotes,
    kind: str,
    ruleset: Ruleset,
    *,
    element_rule: str | None = None,
    shots: tuple[str, ...] = (),
) -> Verdict:
    """The sentence checks, the span rules (warnings too) and the slot's element rule."""
    reader = reader_of(notes)
    named = named_problems(sentence, fact, reader, shots)
    found = [message for _, message in named]
    reasons = [name for name, _ in named]
    added = adds_words(sentence, reader.source)
    rule = ruleset.rules.get(element_rule) if element_rule else None
    regex = getattr(rule, "regex", None)
    if regex is not None and not regex.search(sentence):
        found.append(f"misses {element_rule}")
        reasons.append(f"misses:{element_rule}")
    if element_rule == "elements.learned":
        for name, message in learned_problems(sentence, fact):
            found.append(message)
            reasons.append(name)
    findings, _ = ruleset.check(
        sentence,
        kind,
        facts_text=notes.facts_text(),
        contact_facts=notes.contact_facts(),
        quoted=notes.quoted_facts(),
        min_level="warning",
    )
    # the rule types that judge a single sentence (`judges_spans`); the others need the email
    ruled = [f for f in findings if ruleset.rules[f.rule].judges_spans]
    carried, _ = coverage(sentence, fact)
    errors = sum(f.level == "error" for f in ruled)
    invented_only = bool(found) and all(p == added for p in found)
    reasons += dict.fromkeys(f.rule for f in ruled if f.rule not in reasons)
    return Verdict(
        sentence,
        found,
        [f.message for f in ruled],
        errors,
        carried,
        invented_only,
        tuple(reasons),
    )


def learned_facts(notes: InterviewNotes) -> list[str]:
    """The notes' learned points that say something about the role, team or company: not the
    candidate's own doings, not the interview's date or the decision."""
    out = []
    for point in notes.learned_points:
        if is_process_fact(point):
            continue
        if first_person(core(point, notes.interviewer)) and not _theirs_first(
            main_clause(point, notes.interviewer)
        ):
            continue
        out.append(point)
    # news the reader is not glad of goes last ("3rd year of drought in a row"): a thank-you
    # that "loved learning" about it reads as tactless (a stable sort keeps the notes' order)
    return sorted(out, key=unwelcome)


# the subject a clause about the employer opens on: "they run a 24h hotline ..., I would be
# the only full-time one" tells of them first, then of the candidate
_THEIR_SUBJECT = re.compile(r"(?:they|their|she|he|it|its|the|each|every|all|both)\b", re.I)


def _theirs_first(clause: str) -> bool:
    """Whether a point's first clause is about the employer (its own subject, no word of the
    candidate's), though a later clause is the candidate's ("8 year at loonbedrijf De Looff, so
    I know the machines" is the candidate's from its first word)."""
    return _THEIR_SUBJECT.match(clause) is not None and not first_person(clause)


def unwelcome(fact: str) -> bool:
    """Whether a fact tells of a problem (a drought, losses, turnover) rather than news."""
    words = {w.lower() for w in tokens(fact)}
    return bool(words & vocabulary().unwelcome)
