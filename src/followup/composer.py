"""Deterministic drafts from the guide's own templates: the fallback that always passes.

The sentence on what was learned, and the one on how the candidate would help, are built from
the notes' own facts when one passes every sentence check (`sentences.extractive`); the guide's
generic lines are the last resort.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from followup.lint.engine import Ruleset, has_errors
from followup.notes import InterviewNotes
from followup.prompts import Prompts
from followup.sentences import (
    Sentence,
    contribution_sentence,
    judge,
    learned_facts,
    learned_sentence,
)


@dataclass
class Composed:
    """A filled template and the sentences put into its slots."""

    text: str
    sentences: list[Sentence] = field(default_factory=list)


def generic_learned(notes: InterviewNotes) -> str:
    where = f"the team at {notes.company_in_prose}" if notes.company else "the team"
    return f"I enjoyed learning more about the role and {where}."


def learned_sentences(notes: InterviewNotes) -> list[str]:
    """Sentences on what was learned, built from the facts (unchecked), the generic line last."""
    built = [learned_sentence(f, notes.interviewer) for f in learned_facts(notes)]
    return [b.text for b in built if b is not None] + [generic_learned(notes)]


def enthusiasm_sentence(notes: InterviewNotes) -> str:
    target = (
        f"joining {notes.company_in_prose}" if notes.company else "the opportunity to join the team"
    )
    return f"Our conversation made me even more excited about {target}."


def extractive_learned(
    notes: InterviewNotes,
    kind: str,
    ruleset: Ruleset,
    variant: int = 0,
    facts: Sequence[str] | None = None,
) -> list[Sentence]:
    """Sentences built from the learned facts (in this order) that pass every check."""
    out = []
    for fact in learned_facts(notes) if facts is None else facts:
        built = learned_sentence(fact, notes.interviewer, variant)
        if built is None:
            continue
        verdict = judge(
            built.text, built.basis, notes, kind, ruleset, element_rule="elements.learned"
        )
        if verdict.ok:
            out.append(Sentence("learned", built.text, "extractive"))
    return out


def extractive_contribution(
    notes: InterviewNotes,
    kind: str,
    ruleset: Ruleset,
    variant: int = 0,
    points: Sequence[str] | None = None,
) -> list[Sentence]:
    """Sentences built from the contribution points (in this order) that pass every check."""
    out = []
    for point in notes.contribution_points if points is None else points:
        built = contribution_sentence(point, notes.interviewer, variant)
        if built is None:
            continue
        verdict = judge(
            built.text, built.basis, notes, kind, ruleset, element_rule="elements.enthusiasm"
        )
        if verdict.ok:
            out.append(Sentence("contribution", built.text, "extractive"))
    return out


def learned_fallback(
    notes: InterviewNotes,
    kind: str,
    ruleset: Ruleset,
    variant: int = 0,
    facts: Sequence[str] | None = None,
) -> Sentence | None:
    """The learned sentence when no model sentence passed: built from a fact, else the generic
    line in a thank-you (a check-in does without)."""
    built = extractive_learned(notes, kind, ruleset, variant, facts)
    if built:
        return built[0]
    return Sentence("learned", generic_learned(notes), "template") if kind == "thank-you" else None


def contribution_fallback(
    notes: InterviewNotes,
    kind: str,
    ruleset: Ruleset,
    variant: int = 0,
    points: Sequence[str] | None = None,
) -> Sentence:
    built = extractive_contribution(notes, kind, ruleset, variant, points)
    return built[0] if built else Sentence("contribution", enthusiasm_sentence(notes), "template")


def render(
    notes: InterviewNotes, kind: str, prompts: Prompts, variant: int, sentences: list[Sentence]
) -> str:
    """The email template with these sentences in their slots (a missing one: the default)."""
    by_slot = {s.slot: s.text for s in sentences}
    text = prompts.text(
        f"email/{kind}.j2",
        notes=notes,
        learned=by_slot.get("learned", ""),
        enthusiasm=by_slot.get("contribution", enthusiasm_sentence(notes)),
        decided_by=decided_by(notes),
        v=variant,
    )
    # a name that ends in its own dot ("Transportes Chiquitano S.R.L.") ends the sentence too
    return _DOUBLED_STOP.sub("", text)


_DOUBLED_STOP = re.compile(r"(?<=\w\.)\.(?!\.)")


def decided_by(notes: InterviewNotes) -> str:
    """The date the interviewer gave for a decision, as a check-in cites it ("17 November");
    empty when the notes give none."""
    when = notes.decision_date
    return f"{when.day} {when:%B}" if when else ""


def compose_draft(
    notes: InterviewNotes, kind: str, ruleset: Ruleset, prompts: Prompts, variant: int = 0
) -> Composed:
    """The first filled template with no error-level finding; the generic one is built to pass."""
    if kind == "nudge":
        return Composed(render(notes, kind, prompts, variant, []))
    facts = notes.facts_text()
    contact = notes.contact_facts()
    quoted = notes.quoted_facts()
    template_contribution = Sentence("contribution", enthusiasm_sentence(notes), "template")
    contribution = template_contribution
    if kind == "thank-you":
        contribution = contribution_fallback(notes, kind, ruleset, variant)
    generic = Sentence("learned", generic_learned(notes), "template")
    learned: list[Sentence | None] = list(extractive_learned(notes, kind, ruleset, variant)[:3])
    learned.append(generic if kind == "thank-you" else None)
    tries = [(s, contribution) for s in learned] + [(learned[-1], template_contribution)]
    composed = Composed("")
    for learned_one, contribution_one in tries:
        chosen = [s for s in (learned_one, contribution_one) if s is not None]
        if kind != "thank-you":
            chosen = [s for s in chosen if s.slot == "learned"]
        composed = Composed(render(notes, kind, prompts, variant, chosen), chosen)
        findings, _ = ruleset.check(
            composed.text,
            kind,
            facts_text=facts,
            contact_facts=contact,
            quoted=quoted,
            min_level="error",
        )
        if not has_errors(findings):
            return composed
    return composed


def compose(
    notes: InterviewNotes, kind: str, ruleset: Ruleset, prompts: Prompts, variant: int = 0
) -> str:
    """`compose_draft`'s text."""
    return compose_draft(notes, kind, ruleset, prompts, variant).text
