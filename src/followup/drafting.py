"""The guardrail loop: generate, check with the lint rules, feed findings back, fall back.

Two strategies fill an attempt: the whole email in one call (capable models, here) or slot by
slot (the small embedded model, `slots.SlotWriter`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Literal

from followup.composer import compose_draft
from followup.draft_result import Attempt, DraftResult
from followup.errors import ModelUnavailable
from followup.lint.engine import Ruleset
from followup.lint.findings import Finding
from followup.models.base import AsyncChatModel, ChatModel, Completion, ModelRequest, Usage
from followup.notes import InterviewNotes
from followup.prompts import Prompts
from followup.sentences import Rejected, Sentence
from followup.sentences.tidy import clean_email, clean_sentence
from followup.slots import SlotWriter

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
        self.slots = SlotWriter(ruleset, prompts, samples=samples, temperature=temperature)

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
        if not notes.interviewer or not notes.candidate:
            # the commands ask for both first (exit 2); a library caller that skips that gets
            # this, never an email greeting or signed by "None"
            raise ValueError("a draft needs the addressee and the sender: notes name no one")
        result = DraftResult(
            text="",
            kind=kind,
            backend=self.model.backend,
            model=self.model.name,
            strategy=self.strategy,
        )
        facts = notes.facts_text()
        contact = notes.contact_facts()
        quoted = notes.quoted_facts()
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
                checked=(facts, contact, quoted),
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
                result.text, kind, facts_text=facts, contact_facts=contact, quoted=quoted
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
        checked: tuple[str, str, tuple[str, ...]],
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
                text, sentences = yield from self.slots.email(
                    notes, kind, seed, feedback, usage, variant, dropped, attempt=number, last=last
                )
        except ModelUnavailable as exc:
            result.usage.add(usage)
            exc.partial = result  # the attempts so far, for the history
            raise
        facts, contact, quoted = checked
        findings, _ = self.ruleset.check(
            text, kind, facts_text=facts, contact_facts=contact, quoted=quoted
        )
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
