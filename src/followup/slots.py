"""The slot strategy, for the small embedded model: one sentence per call, several samples,
each judged by the sentence checks and the rules before it may enter the template's slot; a
sentence built from the fact, or the template's own line, when none passes."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from functools import cached_property

from followup.composer import contribution_fallback, learned_fallback, render
from followup.lint.engine import Ruleset
from followup.lint.findings import Finding
from followup.models.base import Completion, ModelRequest, Usage
from followup.notes import InterviewNotes
from followup.prompts import Prompts
from followup.sentences import (
    Rejected,
    Sentence,
    Verdict,
    for_the_reader,
    judge,
    learned_facts,
    main_clause,
)
from followup.sentences.tidy import clean_sentence


@dataclass(frozen=True)
class Sampling:
    """What every slot's sampling in one attempt shares: the seed, the rule messages the last
    draft broke (told to the model), the usage to add to, whether this is the last attempt,
    and the list the unused model sentences go into."""

    seed: int
    rejected: list[str]
    usage: Usage
    last: bool
    dropped: list[Rejected]


class SlotWriter:
    """Writes a draft slot by slot. Model-free: it yields the completions it needs (see
    `drafting.run_steps`), so the same writer serves a blocking and an async model."""

    def __init__(
        self, ruleset: Ruleset, prompts: Prompts, *, samples: int, temperature: float
    ) -> None:
        self.ruleset = ruleset
        self.prompts = prompts
        self.samples = samples
        self.temperature = temperature

    def email(
        self,
        notes: InterviewNotes,
        kind: str,
        seed: int,
        feedback: list[Finding],
        usage: Usage,
        variant: int,
        dropped: list[Rejected],
        *,
        attempt: int = 1,
        last: bool = False,
    ) -> Generator[ModelRequest, Completion, tuple[str, list[Sentence]]]:
        """The email with a model sentence in each slot where one passes every check; else one
        built from the fact; else the template's own line. Each retry, and each variant, starts
        from another fact."""
        # Each slot's sentence must meet its element rule, named by id ("elements.learned",
        # "elements.enthusiasm"; composer.py names them too): the id is the rule's public name,
        # the one a --rules folder replaces it under (changing what a slot's sentence must say)
        # and --disable takes, so it is the one stable handle; a rule type or a YAML flag would
        # let two rules claim one slot.
        rejected = [f.message for f in feedback if f.match][:3]
        sampling = Sampling(seed, rejected, usage, last, dropped)
        learned = yield from self._learned_slot(notes, kind, variant, attempt, sampling)
        contribution = yield from self._contribution_slot(notes, kind, variant, sampling)
        sentences = [s for s in (learned, contribution) if s is not None]
        return render(notes, kind, self.prompts, variant, sentences), sentences

    def _learned_slot(
        self, notes: InterviewNotes, kind: str, variant: int, attempt: int, sampling: Sampling
    ) -> Generator[ModelRequest, Completion, Sentence | None]:
        """The sentence on what was learned: the model's, from the next two facts in turn; else
        built from a fact or the template's line; none in a nudge."""
        facts = learned_facts(notes) if kind != "nudge" else []
        if facts:
            start = (variant + attempt - 1) % len(facts)
            facts = facts[start:] + facts[:start]
            text = yield from self._model_sentence(
                "slot-learned.j2",
                [main_clause(f, notes.interviewer) for f in facts[:2]],
                notes,
                kind,
                "elements.learned",
                sampling.seed,
                sampling,
            )
            if text:
                return Sentence("learned", text, "model")
        if kind != "nudge":
            return learned_fallback(notes, kind, self.ruleset, variant, facts)
        return None

    def _contribution_slot(
        self, notes: InterviewNotes, kind: str, variant: int, sampling: Sampling
    ) -> Generator[ModelRequest, Completion, Sentence | None]:
        """The sentence on what the candidate would bring, in a thank-you only: the model's,
        from one contribution point; else built from it or the template's line."""
        points = notes.contribution_points if kind == "thank-you" else []
        if points:
            first = variant % len(points)
            points = points[first:] + points[:first]
            text = yield from self._model_sentence(
                "slot-contribution.j2",
                points[:1],
                notes,
                kind,
                "elements.enthusiasm",
                sampling.seed + 500,
                sampling,
            )
            if text:
                return Sentence("contribution", text, "model")
        if kind == "thank-you":
            return contribution_fallback(notes, kind, self.ruleset, variant, points)
        return None

    @cached_property
    def _shots(self) -> tuple[str, ...]:
        """The few-shot examples' sentences: a model sentence may not copy their details."""
        shots = self.prompts.shots
        return tuple(
            str(item.get("sentence", ""))
            for group in shots.values()
            if isinstance(group, list)
            for item in group
            if isinstance(item, dict)
        )

    def _model_sentence(
        self,
        template: str,
        facts: list[str],
        notes: InterviewNotes,
        kind: str,
        element_rule: str,
        seed: int,
        sampling: Sampling,
    ) -> Generator[ModelRequest, Completion, str]:
        """Sample sentences (spread over the facts) until one passes every check; "" if none.

        When none passes but one breaks an error-level rule and has no other fault (an invented
        name, which the rules name), it goes into the email, so that the rules report it and the
        next attempt is told what to avoid; not on the last attempt, where the sentence built
        from the fact stands in. Every sampled sentence not used goes into `dropped`, with the
        checks and rules that stopped it.
        """
        rejected, usage, last, dropped = (
            sampling.rejected,
            sampling.usage,
            sampling.last,
            sampling.dropped,
        )
        slot = "learned" if element_rule == "elements.learned" else "contribution"
        shown = [for_the_reader(f, notes.interviewer) for f in facts]
        prompts = [self.prompts.messages(template, fact=f, rejected=rejected) for f in shown]
        verdicts: list[Verdict] = []
        for i in range(self.samples):
            fact, messages = facts[i % len(facts)], prompts[i % len(facts)]
            completion = yield ModelRequest(
                messages, max_tokens=60, temperature=self.temperature, seed=seed + i, stop=["\n"]
            )
            usage.add(completion.usage)
            sentence = clean_sentence(completion.text)
            if not sentence:
                continue
            verdict = judge(
                sentence,
                fact,
                notes,
                kind,
                self.ruleset,
                element_rule=element_rule,
                shots=self._shots,
            )
            if verdict.ok:
                dropped += [Rejected(slot, v.text, v.reasons) for v in verdicts]
                return sentence  # more samples would cost time, not quality
            verdicts.append(verdict)
        ruled = [v for v in verdicts if v.worth_feedback]
        chosen = (
            min(ruled, key=lambda v: (len(v.rules), len(v.text))) if ruled and not last else None
        )
        dropped += [Rejected(slot, v.text, v.reasons) for v in verdicts if v is not chosen]
        return chosen.text if chosen else ""
