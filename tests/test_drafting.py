"""The drafting loop (`drafting.py`) as such: one loop, two drivers (`draft` with a blocking
model, `draft_async` with an async one) making the same requests and the same result, and the
embedded model's async wrapper (`InThread`) calling it on one thread, one call at a time."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from helpers import REPO_ROOT

from followup.drafting import Drafter, DraftResult
from followup.errors import ModelUnavailable
from followup.lint.engine import Ruleset
from followup.models.base import Completion, ModelRequest, Usage
from followup.notes import parse_notes
from followup.prompts import Prompts

ACME = (REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md").read_text(encoding="utf-8")


class _Recorder:
    """The same answers for the blocking and the async driver, and every request kept: the
    first four sentences invent a name (an error fed back), the later ones are good; with
    `fail_at`, that request raises ModelUnavailable (thrown into the loop where it asked)."""

    backend = "stub"
    name = "stub-model"
    # the invented name is its one fault (the fact's words kept whole, so middle_kept passes;
    # "learning with", since a sentence that learns "from" someone never enters a draft)
    BAD = (
        "I enjoyed learning with John Miller about the move of the reporting from spreadsheets "
        "to dbt."
    )
    GOOD = "I enjoyed learning about the move of the reporting to dbt and Snowflake."

    def __init__(self, fail_at: int | None) -> None:
        self.requests: list[ModelRequest] = []
        self.fail_at = fail_at

    def _answer(self, request: ModelRequest) -> Completion:
        self.requests.append(request)
        if len(self.requests) == self.fail_at:
            raise ModelUnavailable("the model server answered HTTP 503; try again later")
        text = self.BAD if len(self.requests) <= 4 else self.GOOD
        return Completion(text, Usage(11, 7), "stop")

    def complete(self, request: ModelRequest) -> Completion:
        return self._answer(request)

    async def complete_async(self, request: ModelRequest) -> Completion:
        await asyncio.sleep(0)
        return self._answer(request)

    async def aclose(self) -> None:
        return None


def _without_seconds(data: dict[str, Any]) -> dict[str, Any]:
    for attempt in data["attempts"]:
        attempt["seconds"] = 0
    return data


@pytest.mark.parametrize("fail_at", [None, 3, 6])
@pytest.mark.parametrize("strategy", ["slots", "whole"])
def test_one_loop_two_drivers_same_requests_and_result(
    ruleset: Ruleset, strategy: Any, fail_at: int | None
) -> None:
    """`draft` and `draft_async` drive the same loop: same requests, same result (feedback,
    fallback, tokens), and the same partial result when the model fails midway."""
    notes = parse_notes(ACME)
    runs = []
    for use_async in (False, True):
        model = _Recorder(fail_at)
        drafter = Drafter(model, ruleset, Prompts(), strategy=strategy, samples=2)
        # variant 0: the first sentence asked for is about the dbt fact, so the invented name
        # is the sentence's only fault and it goes into the email to be fed back (a sentence
        # off its fact never enters a draft)
        kwargs: dict[str, Any] = {"max_attempts": 3, "seed": 5, "variant": 0}
        try:
            if use_async:
                result = asyncio.run(drafter.draft_async(notes, "thank-you", **kwargs))
            else:
                result = drafter.draft(notes, "thank-you", **kwargs)
            outcome = _without_seconds(result.as_dict())
        except ModelUnavailable as exc:
            assert isinstance(exc.partial, DraftResult)
            outcome = {"unavailable": _without_seconds(exc.partial.as_dict())}
        runs.append((model.requests, outcome))
    assert runs[0] == runs[1]
    requests, outcome = runs[0]
    if "unavailable" in outcome:
        assert len(requests) == fail_at
    else:
        assert fail_at is None or len(requests) < fail_at  # (whole: 3 requests in all)
        assert len(outcome["attempts"]) >= 2  # the first attempt's errors were fed back
        assert outcome["usage"]["prompt_tokens"] == 11 * len(requests)


def test_the_blocking_driver_needs_a_blocking_model(ruleset: Ruleset) -> None:
    from followup.models.base import InThread

    drafter = Drafter(InThread(_Recorder(None)), ruleset, Prompts())
    with pytest.raises(TypeError, match="draft_async"):
        drafter.draft(parse_notes(ACME), "thank-you")


@pytest.mark.parametrize("missing", ["interviewer", "candidate"])
def test_a_draft_with_no_addressee_or_no_sender_is_refused_before_any_request(
    ruleset: Ruleset, missing: str
) -> None:
    """The commands ask for both (exit 2); a caller that skips that gets an error, never an
    email to or from "None"."""
    notes = parse_notes(ACME).model_copy(update={missing: None})
    model = _Recorder(None)
    with pytest.raises(ValueError, match="addressee and the sender"):
        Drafter(model, ruleset, Prompts()).draft(notes, "thank-you")
    assert model.requests == []


def test_in_thread_runs_every_call_on_one_thread_and_one_at_a_time(ruleset: Ruleset) -> None:
    """The embedded model's calls all run on the same worker thread: llama.cpp's CPU backend
    uses OpenMP, whose thread team belongs to the calling thread, and the event loop's default
    executor spread the calls over two threads (drafting took 1.5 times as long)."""
    import threading

    from followup.models.base import InThread

    class _Where(_Recorder):
        def __init__(self) -> None:
            super().__init__(None)
            self.threads: list[int] = []
            self.busy = 0
            self.most = 0

        def complete(self, request: ModelRequest) -> Completion:
            self.threads.append(threading.get_ident())
            self.busy += 1
            self.most = max(self.most, self.busy)
            time.sleep(0.01)
            self.busy -= 1
            return self._answer(request)

    model = _Where()
    wrapped = InThread(model)
    drafter = Drafter(wrapped, ruleset, Prompts(), samples=2)
    notes = parse_notes(ACME)

    async def many() -> None:
        async def other_thread_work() -> None:  # what else a batch sends to threads
            for _ in range(20):
                await asyncio.to_thread(time.sleep, 0.005)

        await asyncio.gather(
            *(drafter.draft_async(notes, "thank-you", seed=i) for i in range(3)),
            other_thread_work(),
        )
        await wrapped.aclose()

    asyncio.run(many())
    assert len(model.threads) >= 6
    assert len(set(model.threads)) == 1
    assert threading.get_ident() not in model.threads  # not on the event loop's thread
    assert model.most == 1


class _Writes:
    """A chat model that always answers the same text."""

    backend = "stub"
    name = "stub-model"

    def __init__(self, answer: str) -> None:
        self.answer = answer

    def complete(self, request: ModelRequest) -> Completion:
        return Completion(self.answer, Usage(10, 10), "stop")


def test_an_email_quoting_the_employer_as_the_notes_name_it_passes(ruleset: Ruleset) -> None:
    """The rules a draft is held to know the facts' names: "Istituto per i Beni Culturali"
    quoted whole is no lower-case pronoun "i", and the draft passes on the first attempt; the
    same "i" as the writer's own pronoun fails it."""
    notes = parse_notes(
        "Interviewer: Dr. Ada Rossi\nCompany: Istituto per i Beni Culturali\nRole: Restorer\n"
        "Candidate: Luca Bruni\n- the lab restores frescoes from churches in the region\n"
    )
    body = (
        "Subject: Thank you for the Restorer interview\n\nDear Dr. Rossi,\n\nThank you for your "
        "time today at the Istituto per i Beni Culturali. {} enjoyed learning that the lab "
        "restores frescoes from churches in the region. I am excited about the Restorer role. "
        "Could you let me know the next steps?\n\nBest regards,\nLuca Bruni\n"
    )
    passed = Drafter(_Writes(body.format("I")), ruleset, Prompts(), strategy="whole").draft(
        notes, "thank-you", max_attempts=1, fallback=False
    )
    assert passed.attempts[0].passed, passed.attempts[0].findings
    failed = Drafter(_Writes(body.format("i")), ruleset, Prompts(), strategy="whole").draft(
        notes, "thank-you", max_attempts=1, fallback=False
    )
    found = [f for f in failed.attempts[0].findings if f.rule == "formal.lowercase-i"]
    assert [f.match for f in found] == ["i"] and found[0].column > 60
