"""Deterministic drafts from the guide's own templates: the fallback that always passes."""

from __future__ import annotations

from followup.lint.checks.spelling import lexicon
from followup.lint.engine import Ruleset, has_errors
from followup.notes import InterviewNotes
from followup.prompts import Prompts


def _as_topic(point: str) -> str:
    """Lower-case the first word unless it is a name, so it reads inside a sentence."""
    first, _, rest = point.partition(" ")
    if first.lower() in lexicon() and not first.isupper():
        first = first.lower()
    return f"{first} {rest}".strip().rstrip(".!?;:,")


def learned_sentences(notes: InterviewNotes) -> list[str]:
    """Candidate sentences on what was learned, most specific first, generic last."""
    out = [f"I especially enjoyed hearing about {_as_topic(p)}." for p in notes.learned_points[:3]]
    where = f"the team at {notes.company}" if notes.company else "the team"
    out.append(f"I enjoyed learning more about the role and {where}.")
    return out


def enthusiasm_sentence(notes: InterviewNotes) -> str:
    target = f"joining {notes.company}" if notes.company else "the opportunity to join the team"
    return f"Our conversation made me even more excited about {target}."


def compose(
    notes: InterviewNotes, kind: str, ruleset: Ruleset, prompts: Prompts, variant: int = 0
) -> str:
    """The first filled template with no error-level finding; the generic one is built to pass."""
    facts = notes.facts_text()
    text = ""
    for learned in learned_sentences(notes):
        text = prompts.text(
            f"email/{kind}.j2",
            notes=notes,
            learned=learned,
            enthusiasm=enthusiasm_sentence(notes),
            v=variant,
        )
        findings, _ = ruleset.check(
            text, kind, facts_text=facts, contact_facts=notes.contact_facts(), min_level="error"
        )
        if not has_errors(findings):
            return text
    return text
