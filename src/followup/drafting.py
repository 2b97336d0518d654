"""The guardrail loop: generate, check with the lint rules, feed findings back, fall back."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from followup.composer import compose, enthusiasm_sentence
from followup.errors import ModelUnavailable
from followup.lint.checks.spelling import lexicon
from followup.lint.document import WORD_RE
from followup.lint.engine import Ruleset, has_errors
from followup.lint.findings import Finding
from followup.models.base import AsyncChatModel, ChatModel, Completion, Message, Usage
from followup.notes import InterviewNotes
from followup.prompts import Prompts

Strategy = Literal["slots", "whole"]
WORD_LIMITS = {"thank-you": 200, "check-in": 120, "nudge": 50}
GOOD_ENOUGH_NOVELTY = 1  # a clean sample adding at most this many new words ends the sampling
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
_SPAN_TYPES = {"existence", "substitution", "spelling", "emoji", "grounding"}
_STOPWORDS = frozenset(
    "the a an and or of to in on for with about at by from that this these those is are was were "
    "be been being it its their they them your you our we my me i how what which who very really "
    "so as into more most much also especially particularly learn learning learned enjoyed hear "
    "hearing heard impressed glad happy pleased excited eager love loved appreciated appreciate "
    "seeing knowing would like help team company "
    "role work working bring contribute make can will to".split()
)


@dataclass
class Attempt:
    number: int
    text: str
    findings: list[Finding]
    usage: Usage
    seconds: float

    @property
    def passed(self) -> bool:
        return not has_errors(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "passed": self.passed,
            "findings": [asdict(f) for f in self.findings],
            "usage": self.usage.as_dict(),
            "seconds": round(self.seconds, 3),
        }


@dataclass
class DraftResult:
    text: str
    kind: str
    backend: str
    model: str
    strategy: str
    attempts: list[Attempt] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    fell_back: bool = False
    findings: list[Finding] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not has_errors(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "kind": self.kind,
            "backend": self.backend,
            "model": self.model,
            "strategy": self.strategy,
            "accepted": self.accepted,
            "fallback": self.fell_back,
            "text": self.text,
            "findings": [asdict(f) for f in self.findings],
            "usage": self.usage.as_dict(),
            "attempts": [a.as_dict() for a in self.attempts],
        }


def clean_sentence(raw: str) -> str:
    """First sentence of a completion, without quotes or a leading label."""
    text = raw.strip().strip('"“”').strip()
    text = re.sub(r"^(?:Sentence|Answer)\s*:\s*", "", text, flags=re.IGNORECASE)
    m = re.match(r"(.+?[.!?])(?:\s|$)", text)
    return (m.group(1) if m else text).strip()


def clean_email(raw: str) -> str:
    text = raw.strip()
    text = re.sub(r"^```\w*\n|\n```$", "", text)
    return text.strip() + "\n"


@dataclass(frozen=True)
class ModelRequest:
    """One chat completion the loop needs: what a driver passes to the model's `complete`."""

    messages: list[Message]
    max_tokens: int
    temperature: float
    seed: int | None = None
    stop: list[str] | None = None


# The loop without I/O: it yields the completions it needs, is sent each answer, and returns
# the result. An error raised by the model is thrown into it at the yield that asked.
DraftSteps = Generator[ModelRequest, Completion, DraftResult]


def run_steps(steps: DraftSteps, model: ChatModel) -> DraftResult:
    """Drive the loop with a blocking model."""
    try:
        request = next(steps)
        while True:
            try:
                completion = model.complete(
                    request.messages,
                    max_tokens=request.max_tokens,
                    temperature=request.temperature,
                    seed=request.seed,
                    stop=request.stop,
                )
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
                completion = await model.complete_async(
                    request.messages,
                    max_tokens=request.max_tokens,
                    temperature=request.temperature,
                    seed=request.seed,
                    stop=request.stop,
                )
            except BaseException as exc:
                request = steps.throw(exc)
            else:
                request = steps.send(completion)
    except StopIteration as done:
        result: DraftResult = done.value
        return result


@dataclass
class _Candidate:
    text: str
    problems: list[str]
    novelty: int
    rule_errors: int = 0  # error-level findings of span rules: the email check will see them

    @property
    def key(self) -> tuple[int, int, int]:
        return (len(self.problems), self.novelty, len(self.text))


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
            started = time.perf_counter()
            usage = Usage()
            attempt_seed = seed + 1000 * (number - 1)
            truncated = False
            try:
                if self.strategy == "whole":
                    text, truncated = yield from self._whole(
                        notes, kind, attempt_seed, previous, feedback, usage
                    )
                else:
                    text = yield from self._slots(
                        notes, kind, attempt_seed, feedback, usage, variant
                    )
            except ModelUnavailable as exc:
                result.usage.add(usage)
                exc.partial = result  # the attempts so far, for the history
                raise
            findings, _ = self.ruleset.check(text, kind, facts_text=facts, contact_facts=contact)
            if truncated:
                findings.insert(0, TRUNCATED)
            attempt = Attempt(number, text, findings, usage, time.perf_counter() - started)
            result.attempts.append(attempt)
            result.usage.add(usage)
            if self.on_attempt:
                self.on_attempt(attempt)
            if attempt.passed:
                result.text, result.findings = text, findings
                return result
            previous = text
            feedback = [f for f in findings if f.level == "error"]
        best = min(result.attempts, key=lambda a: sum(f.level == "error" for f in a.findings))
        result.text, result.findings = best.text, best.findings
        if fallback:
            result.text = compose(notes, kind, self.ruleset, self.prompts, variant)
            result.findings, _ = self.ruleset.check(
                result.text, kind, facts_text=facts, contact_facts=contact
            )
            result.fell_back = True
        return result

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
    ) -> Generator[ModelRequest, Completion, str]:
        rejected = [f.message for f in feedback if f.match][:3]
        learned_points = notes.learned_points
        learned = ""
        if kind != "nudge" and learned_points:
            start = (seed // 1000 + variant) % len(learned_points)
            facts = [learned_points[(start + i) % len(learned_points)] for i in range(2)]
            learned = yield from self._best_sentence(
                "slot-learned.j2", facts, notes, kind, "elements.learned", seed, rejected, usage
            )
        if kind == "thank-you" and not learned:
            where = f"the team at {notes.company}" if notes.company else "the team"
            learned = f"I enjoyed learning more about the role and {where}."
        enthusiasm = enthusiasm_sentence(notes)
        if kind == "thank-you" and notes.contribution_points:
            point = notes.contribution_points[variant % len(notes.contribution_points)]
            contribution = yield from self._best_sentence(
                "slot-contribution.j2",
                [point],
                notes,
                kind,
                "elements.enthusiasm",
                seed + 500,
                rejected,
                usage,
            )
            enthusiasm = contribution or enthusiasm
        return self.prompts.text(
            f"email/{kind}.j2", notes=notes, learned=learned, enthusiasm=enthusiasm, v=variant
        )

    def _best_sentence(
        self,
        template: str,
        facts: list[str],
        notes: InterviewNotes,
        kind: str,
        element_rule: str,
        seed: int,
        rejected: list[str],
        usage: Usage,
    ) -> Generator[ModelRequest, Completion, str]:
        """Sample several sentences (spread over the facts); keep the most faithful good one."""
        prompts = [self.prompts.messages(template, fact=f, rejected=rejected) for f in facts]
        candidates: list[_Candidate] = []
        for i in range(self.samples):
            fact, messages = facts[i % len(facts)], prompts[i % len(facts)]
            completion = yield ModelRequest(
                messages, max_tokens=60, temperature=self.temperature, seed=seed + i, stop=["\n"]
            )
            usage.add(completion.usage)
            sentence = clean_sentence(completion.text)
            if sentence:
                candidate = self._judge(sentence, fact, notes, kind, element_rule)
                candidates.append(candidate)
                if not candidate.problems and candidate.novelty <= GOOD_ENOUGH_NOVELTY:
                    break  # clean and faithful: more samples would cost time, not quality
        good = [c for c in candidates if not c.problems]
        if good:
            return min(good, key=lambda c: c.key).text
        # None is clean. A candidate that breaks a rule goes into the email, so the rules report
        # it and the next attempt is told what to avoid; one whose faults the rules cannot see
        # (too long, off topic, many new words) gives way to the slot's plain sentence.
        ruled = [c for c in candidates if c.rule_errors]
        return min(ruled, key=lambda c: c.key).text if ruled else ""

    def _judge(
        self, sentence: str, fact: str, notes: InterviewNotes, kind: str, element_rule: str
    ) -> _Candidate:
        problems: list[str] = []
        words = WORD_RE.findall(sentence)
        if not 6 <= len(words) <= 35:
            problems.append("length")
        if not sentence.endswith("."):
            problems.append("not one complete sentence")
        rule = self.ruleset.rules.get(element_rule)
        if rule is not None and hasattr(rule, "regex") and not rule.regex.search(sentence):
            problems.append(f"misses {element_rule}")
        findings, _ = self.ruleset.check(
            sentence,
            kind,
            facts_text=notes.facts_text(),
            contact_facts=notes.contact_facts(),
            min_level="warning",
        )
        ruled = [f for f in findings if self.ruleset.rules[f.rule].type in _SPAN_TYPES]
        problems += [f.message for f in ruled]
        rule_errors = sum(f.level == "error" for f in ruled)
        source = {w.lower() for w in WORD_RE.findall(fact + " " + notes.text)}
        known = lexicon()
        novelty = sum(
            1
            for w in words
            if (lw := w.lower()) not in _STOPWORDS
            and lw not in source
            and len(lw) > 3
            and not any(lw.startswith(s[:5]) for s in source if len(s) > 4)
            and lw in known
        )
        if novelty > 4:
            problems.append("adds details that are not in the notes")
        return _Candidate(sentence, problems, novelty, rule_errors)
