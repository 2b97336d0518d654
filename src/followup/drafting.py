"""The guardrail loop: generate, check with the lint rules, feed findings back, fall back."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from followup.composer import compose_draft, contribution_fallback, learned_fallback, render
from followup.draft_result import Attempt, DraftResult
from followup.errors import ModelUnavailable
from followup.lint.engine import Ruleset
from followup.lint.findings import Finding
from followup.models.base import AsyncChatModel, ChatModel, Completion, ModelRequest, Usage
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
from followup.sentences.tidy import clean_email, clean_sentence

__all__ = [
    "MAX_DRAFT_CHARS",
    "WORD_LIMITS",
    "Attempt",
    "DraftResult",
    "DraftSteps",
    "Drafter",
    "Strategy",
    "clean_sentence",
    "run_steps",
    "run_steps_async",
]

Strategy = Literal["slots", "whole"]
WORD_LIMITS = {"thank-you": 200, "check-in": 120, "nudge": 50}
MAX_DRAFT_CHARS = 20_000  # an enormous answer is cut before it is checked
MAX_FEEDBACK_DRAFT_CHARS = 3_000  # and a long one before it goes back into a prompt
TRUNCATED = Finding(
    rule="draft.truncated",
    level="error",
    message="the model stopped at its length limit, so the draft is cut off",
    line=1,
    column=1,
    end_line=1,
    end_column=1,
)


# The loop without I/O: it yields the completions it needs, is sent each answer, and returns
# the result. An error raised by the model is thrown into it at the yield that asked.
DraftSteps = Generator[ModelRequest, Completion, DraftResult]


def run_steps(steps: DraftSteps, model: ChatModel) -> DraftResult:
    """Drive the loop with a blocking model."""
    try:
        request = next(steps)
        while True:
            try:
                completion = model.complete(request)
            except BaseException as exc:
                request = steps.throw(exc)
            else:
                request = steps.send(completion)
    except StopIteration as done:
        result: DraftResult = done.value
        return result


async def run_steps_async(steps: DraftSteps, model: AsyncChatModel) -> DraftResult:
    """Drive the loop with an async model; other drafts run while this one waits."""
    try:
        request = next(steps)
        while True:
            try:
                completion = await model.complete_async(request)
            except BaseException as exc:
                request = steps.throw(exc)
            else:
                request = steps.send(completion)
    except StopIteration as done:
        result: DraftResult = done.value
        return result


@dataclass(frozen=True)
class _Sampling:
    """What every slot's sampling in one attempt shares: the seed, the rule messages the last
    draft broke (told to the model), the usage to add to, whether this is the last attempt,
    and the list the unused model sentences go into."""

    seed: int
    rejected: list[str]
    usage: Usage
    last: bool
    dropped: list[Rejected]


class Drafter:
    """One drafting session: a model, the rules, the prompts and the notes.

    `steps` is the loop itself; `draft` drives it with a blocking model (`complete`) and
    `draft_async` with an async one (`complete_async`).
    """

    def __init__(
        self,
        model: ChatModel | AsyncChatModel,
        ruleset: Ruleset,
        prompts: Prompts,
        *,
        strategy: Strategy = "slots",
        samples: int = 4,
        temperature: float = 0.7,
        on_attempt: Callable[[Attempt], None] | None = None,
    ) -> None:
        self.model = model
        self.ruleset = ruleset
        self.prompts = prompts
        self.strategy = strategy
        self.samples = samples
        self.temperature = temperature
        self.on_attempt = on_attempt

    # -- drivers ----------------------------------------------------------------------------

    def draft(
        self,
        notes: InterviewNotes,
        kind: str,
        *,
        max_attempts: int = 3,
        seed: int = 0,
        fallback: bool = True,
        variant: int = 0,
    ) -> DraftResult:
        if not isinstance(self.model, ChatModel):
            raise TypeError(f"{type(self.model).__name__} has no complete(): use draft_async")
        steps = self.steps(
            notes, kind, max_attempts=max_attempts, seed=seed, fallback=fallback, variant=variant
        )
        return run_steps(steps, self.model)

    async def draft_async(
        self,
        notes: InterviewNotes,
        kind: str,
        *,
        max_attempts: int = 3,
        seed: int = 0,
        fallback: bool = True,
        variant: int = 0,
    ) -> DraftResult:
        if not isinstance(self.model, AsyncChatModel):
            raise TypeError(f"{type(self.model).__name__} has no complete_async(): use draft")
        steps = self.steps(
            notes, kind, max_attempts=max_attempts, seed=seed, fallback=fallback, variant=variant
        )
        return await run_steps_async(steps, self.model)

    # -- the loop ---------------------------------------------------------------------------

    def steps(
        self,
        notes: InterviewNotes,
        kind: str,
        *,
        max_attempts: int = 3,
        seed: int = 0,
        fallback: bool = True,
        variant: int = 0,
    ) -> DraftSteps:
        """The guardrail loop as a generator of model requests (see `run_steps`)."""
        result = DraftResult(
            text="",
            kind=kind,
            backend=self.model.backend,
            model=self.model.name,
            strategy=self.strategy,
        )
        facts = notes.facts_text()
        contact = notes.contact_facts()
        feedback: list[Finding] = []
        previous = ""
        for number in range(1, max_attempts + 1):
            attempt = yield from self._attempt(
                notes,
                kind,
                result,
                number,
                seed=seed + 1000 * (number - 1),
                previous=previous,
                feedback=feedback,
                variant=variant,
                last=number == max_attempts,
                checked=(facts, contact),
            )
            if attempt.passed:
                result.text, result.findings = attempt.text, attempt.findings
                result.sentences = attempt.sentences
                return result
            previous = attempt.text
            feedback = [f for f in attempt.findings if f.level == "error"]
        best = min(result.attempts, key=lambda a: sum(f.level == "error" for f in a.findings))
        result.text, result.findings, result.sentences = best.text, best.findings, best.sentences
        if fallback:
            composed = compose_draft(notes, kind, self.ruleset, self.prompts, variant)
            result.text, result.sentences = composed.text, composed.sentences
            result.findings, _ = self.ruleset.check(
                result.text, kind, facts_text=facts, contact_facts=contact
            )
            result.fell_back = True
        return result

    def _attempt(
        self,
        notes: InterviewNotes,
        kind: str,
        result: DraftResult,
        number: int,
        *,
        seed: int,
        previous: str,
        feedback: list[Finding],
        variant: int,
        last: bool,
        checked: tuple[str, str],
    ) -> Generator[ModelRequest, Completion, Attempt]:
        """One attempt: the draft by the strategy, checked by the rules, recorded in `result`
        (a model that fails leaves the attempts so far on the error, for the history). `checked`
        is what the rules take the draft's facts and contact details from."""
        started = time.perf_counter()
        usage = Usage()
        truncated = False
        dropped: list[Rejected] = []
        try:
            if self.strategy == "whole":
                text, truncated = yield from self._whole(
                    notes, kind, seed, previous, feedback, usage
                )
                sentences = [Sentence("email", text, "model")]
            else:
                text, sentences = yield from self._slots(
                    notes, kind, seed, feedback, usage, variant, dropped, attempt=number, last=last
                )
        except ModelUnavailable as exc:
            result.usage.add(usage)
            exc.partial = result  # the attempts so far, for the history
            raise
        facts, contact = checked
        findings, _ = self.ruleset.check(text, kind, facts_text=facts, contact_facts=contact)
        if truncated:
            findings.insert(0, TRUNCATED)
        seconds = time.perf_counter() - started
        attempt = Attempt(number, text, findings, usage, seconds, sentences, dropped)
        result.attempts.append(attempt)
        result.usage.add(usage)
        if self.on_attempt:
            self.on_attempt(attempt)
        return attempt

    # -- strategy: the whole email in one call (capable models) -----------------------------

    def _whole(
        self,
        notes: InterviewNotes,
        kind: str,
        seed: int,
        previous: str,
        feedback: list[Finding],
        usage: Usage,
    ) -> Generator[ModelRequest, Completion, tuple[str, bool]]:
        """The email, and whether the model stopped at its token limit (a cut-off draft)."""
        ctx = {"notes": notes, "kind": kind, "limits": WORD_LIMITS}
        if previous and feedback:
            messages = self.prompts.messages(
                "feedback.j2", draft=previous[:MAX_FEEDBACK_DRAFT_CHARS], findings=feedback, **ctx
            )
        else:
            messages = self.prompts.messages(f"{kind}.j2", **ctx)
        completion = yield ModelRequest(
            messages, max_tokens=400, temperature=self.temperature, seed=seed
        )
        usage.add(completion.usage)
        return clean_email(completion.text[:MAX_DRAFT_CHARS]), completion.finish_reason == "length"

    # -- strategy: one sentence per call, sampled and filtered (the small embedded model) ---

    def _slots(
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
        sampling = _Sampling(seed, rejected, usage, last, dropped)
        learned = yield from self._learned_slot(notes, kind, variant, attempt, sampling)
        contribution = yield from self._contribution_slot(notes, kind, variant, sampling)
        sentences = [s for s in (learned, contribution) if s is not None]
        return render(notes, kind, self.prompts, variant, sentences), sentences

    def _learned_slot(
        self, notes: InterviewNotes, kind: str, variant: int, attempt: int, sampling: _Sampling
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
        self, notes: InterviewNotes, kind: str, variant: int, sampling: _Sampling
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
        sampling: _Sampling,
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
