"""The slot strategy (`slots.py`, driven by `drafting.Drafter`): the model path says what the
model contributed, and the tests can fail when it contributes nothing (issue 17).

Every draft records where each slot's sentence came from (`model`, `extractive`, `template`).
The stub models here write good sentences, nonsense, or only "."; the mutation tests run the
same scenarios with a model that answers "." (a stub, and the embedded model with llama.cpp's
`create_chat_completion` patched) and assert that no sentence is then reported as the model's.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest

from followup.draft_result import model_written
from followup.drafting import Drafter, DraftResult
from followup.lint.engine import Ruleset
from followup.models.base import Completion, Message, ModelRequest, Usage
from followup.notes import parse_notes
from followup.prompts import Prompts
from followup.sentences.tidy import clean_sentence

NOTES = """\
---
candidate: Sam Patel
interviewer: Priya Shah
company: Acme Analytics
role: data analyst
---
- they are moving their reporting from spreadsheets to dbt and Snowflake
- Priya leads the analytics team, 6 people
- I could help them clean up the weekly revenue reports
"""
CHECK_IN = """\
---
candidate: Olivia Brown
interviewer: Rachel Adams
company: Greenleaf Organics
role: marketing manager
---
- already sent my thank-you note the same day, no reply yet
- she said they would decide by September 1
- they are launching a new line of oat snacks in the autumn
"""
LEARNED = (
    "I was delighted to learn that your team is moving its reporting from spreadsheets to dbt."
)
CONTRIBUTION = "I would be thrilled to help your team clean up the weekly revenue reports."
SNACKS = "I was delighted to learn that your team is launching a new line of oat snacks."
WHOLE = """Dear Priya Shah,

Thank you for taking the time to speak with me about the data analyst role at Acme Analytics. \
I enjoyed learning that your team is moving its reporting from spreadsheets to dbt. I am \
excited about the role and would love to help clean up the weekly revenue reports. Please let \
me know the next steps.

Best regards,
Sam Patel
"""


def _fact(messages: list[Message]) -> str:
    m = re.search(r"Fact: (.*)", messages[-1]["content"])
    return m.group(1) if m else ""


def good_writer(messages: list[Message]) -> str:
    """Answers each slot prompt with a faithful sentence about its fact."""
    fact = _fact(messages)
    if "revenue reports" in fact:
        return CONTRIBUTION
    if "oat snacks" in fact:
        return SNACKS
    if "reporting" in fact:
        return LEARNED
    return WHOLE if not fact else "I was delighted to learn that you lead the analytics team."


class StubModel:
    """A blocking chat model whose answers come from a function of the messages."""

    backend = "stub"
    name = "stub-model"

    def __init__(self, answer: Callable[[list[Message]], str]) -> None:
        self.answer = answer
        self.requests: list[list[Message]] = []

    def complete(self, request: ModelRequest) -> Completion:
        self.requests.append(request.messages)
        return Completion(self.answer(request.messages), Usage(10, 5), "stop")


class AsyncStubModel(StubModel):
    async def complete_async(self, request: ModelRequest) -> Completion:
        return self.complete(request)

    async def aclose(self) -> None:
        return None


def _draft(answer: Callable[[list[Message]], str], notes: str = NOTES, **kw: Any) -> DraftResult:
    strategy = kw.pop("strategy", "slots")
    drafter = Drafter(
        StubModel(answer),
        Ruleset.load(),
        Prompts(),
        strategy=strategy,
        samples=kw.pop("samples", 2),
    )
    return drafter.draft(parse_notes(notes), kw.pop("kind", "thank-you"), **kw)


def _origins(result: DraftResult) -> dict[str, str]:
    return {s.slot: s.origin for s in result.sentences}


# -- the model's sentences are recorded and are in the text -----------------------------------


def test_good_model_sentences_are_used_and_recorded() -> None:
    result = _draft(good_writer)
    assert result.accepted and not result.fell_back
    assert _origins(result) == {"learned": "model", "contribution": "model"}
    assert model_written(result) == [LEARNED, CONTRIBUTION]
    assert LEARNED in result.text and CONTRIBUTION in result.text
    assert len(result.attempts) == 1
    assert result.attempts[0].sentences == result.sentences
    assert result.attempts[0].rejected == []  # the first sample of each slot was used


def test_as_dict_reports_the_sentences_and_keeps_its_keys() -> None:
    data = _draft(good_writer).as_dict()
    assert data["version"] == 1
    assert {"kind", "backend", "model", "strategy", "accepted", "fallback", "text"} <= set(data)
    assert data["sentences"] == [
        {"slot": "learned", "text": LEARNED, "origin": "model"},
        {"slot": "contribution", "text": CONTRIBUTION, "origin": "model"},
    ]
    assert data["attempts"][0]["sentences"] == data["sentences"]


def test_async_driver_records_the_same() -> None:
    drafter = Drafter(AsyncStubModel(good_writer), Ruleset.load(), Prompts(), samples=2)
    result = asyncio.run(drafter.draft_async(parse_notes(NOTES), "thank-you"))
    assert model_written(result) == [LEARNED, CONTRIBUTION]


# -- a model that says nothing, or nonsense: no model sentence --------------------------------


def test_a_dot_answering_model_contributes_nothing() -> None:
    result = _draft(lambda m: ".", samples=3)
    assert result.accepted and not result.fell_back
    assert model_written(result) == []
    assert _origins(result) == {"learned": "extractive", "contribution": "extractive"}
    assert (
        "I enjoyed learning that your team is moving its reporting from spreadsheets to dbt and "
        "Snowflake." in result.text
    )
    assert "I would be glad to help your team clean up the weekly revenue reports." in result.text


NONSENSE = [
    "I appreciate your love for me and your patience, and I'm glad to hear that you enjoyed "
    "sending a thank-you note the same day.",
    "I was impressed to learn about the two weeks ago when I interviewed with Mr.",
    "This sentence is designed to make you learn and impress.",
    "I appreciated being able to learn about the position's position as a data analyst.",
    "I loved learning about the team's meeting with Dr.",
    "I would be delighted to bring my reporting background to your research work.",
    "I was impressed to see how they do reporting from spreadsheets to dbt.",
    "I was glad to hear that Priya is moving the reporting from spreadsheets to dbt.",
]


@pytest.mark.parametrize("sentence", NONSENSE)
def test_nonsense_never_enters_the_draft(sentence: str) -> None:
    result = _draft(lambda m: sentence, samples=2)
    assert model_written(result) == []
    assert sentence not in result.text
    rejected = [r for a in result.attempts for r in a.rejected]
    assert rejected and all(r.text == clean_sentence(sentence) and r.reasons for r in rejected)


def test_the_generic_line_is_the_last_resort() -> None:
    notes = NOTES.replace(
        "- they are moving their reporting from spreadsheets to dbt and Snowflake\n"
        "- Priya leads the analytics team, 6 people\n",
        "- biggest challenge: onboarding\n",
    )
    result = _draft(lambda m: ".", notes=notes)
    assert _origins(result)["learned"] == "template"
    assert "I enjoyed learning more about the role and the team at Acme Analytics." in result.text


# -- the loop: a sentence that breaks a rule is fed back ---------------------------------------


SLANG_NOTES = NOTES.replace("they are moving their", "they're gonna move their")
# slang is its one fault: the fact's words kept whole from the first used to the last
SLANG = (
    "I was delighted to learn that your team is gonna move its reporting from spreadsheets to dbt."
)


def test_a_rule_breaking_sentence_is_fed_back_then_a_good_one_passes() -> None:
    """The slang is in the notes, so only the rules see it: it goes into the email, the rules
    report it, and the next attempt's prompt says what to avoid."""

    def answer(messages: list[Message]) -> str:
        if "Avoid these problems" in messages[-1]["content"]:
            return good_writer(messages)
        return SLANG if "reporting" in _fact(messages) else good_writer(messages)

    result = _draft(answer, notes=SLANG_NOTES, samples=1, max_attempts=3)
    assert len(result.attempts) == 2
    assert not result.attempts[0].passed
    assert "formal.slang" in {f.rule for f in result.attempts[0].findings}
    assert result.attempts[0].sentences[0].text == SLANG
    assert result.attempts[1].passed and not result.fell_back
    assert _origins(result) == {"learned": "model", "contribution": "model"}
    assert SLANG not in result.text and CONTRIBUTION in result.text


def test_the_last_attempt_uses_the_built_sentence_instead() -> None:
    result = _draft(lambda m: SLANG, notes=SLANG_NOTES, samples=1, max_attempts=1)
    assert result.accepted and not result.fell_back
    assert SLANG not in result.text and "gonna" not in result.text
    assert _origins(result) == {"learned": "extractive", "contribution": "extractive"}
    assert _origins(result)["learned"] == "extractive"


# -- check-in: only a checked detail of the interview -------------------------------------------


def test_check_in_asks_only_about_interview_details() -> None:
    model = StubModel(good_writer)
    drafter = Drafter(model, Ruleset.load(), Prompts(), samples=2)
    result = drafter.draft(parse_notes(CHECK_IN), "check-in")
    facts = {_fact(m) for m in model.requests}
    # the only interview detail, shown turned towards the reader
    assert facts == {"your team is launching a new line of oat snacks in the autumn"}
    assert model_written(result) == [SNACKS]
    assert SNACKS in result.text
    assert "Greenleaf Organics" in result.text and "interested" in result.text


def test_check_in_never_says_the_candidates_own_thank_you() -> None:
    own = "I was glad to hear that you enjoyed my thank-you note the same day."
    result = _draft(lambda m: own, notes=CHECK_IN, kind="check-in")
    assert own not in result.text
    assert model_written(result) == []
    assert _origins(result) == {"learned": "extractive"}
    assert "thank-you" not in result.text.lower()


def test_a_nudge_has_no_model_sentence_and_asks_nothing() -> None:
    model = StubModel(good_writer)
    result = Drafter(model, Ruleset.load(), Prompts()).draft(parse_notes(NOTES), "nudge")
    assert model.requests == []
    assert result.sentences == []


# -- whole strategy ------------------------------------------------------------------------------


def test_whole_email_origin_is_model_unless_it_fell_back() -> None:
    result = _draft(good_writer, strategy="whole")
    assert result.accepted and not result.fell_back
    assert [(s.slot, s.origin) for s in result.sentences] == [("email", "model")]
    assert model_written(result) == [result.text]

    dot = _draft(lambda m: ".", strategy="whole", max_attempts=1)
    assert dot.fell_back
    assert model_written(dot) == []
    assert {s.origin for s in dot.sentences} <= {"extractive", "template"}
    assert dot.attempts[0].sentences[0].origin == "model"  # the failed attempt was the model's


# -- mutation: the same scenarios with a model that answers "." ---------------------------------

SCENARIOS = [
    ("slots", NOTES, "thank-you"),
    ("slots", CHECK_IN, "check-in"),
    ("whole", NOTES, "thank-you"),
]


@pytest.mark.parametrize(("strategy", "notes", "kind"), SCENARIOS)
def test_scenarios_report_the_model_and_not_a_dot_model(
    strategy: str, notes: str, kind: str
) -> None:
    real = _draft(good_writer, notes=notes, kind=kind, strategy=strategy)
    assert model_written(real), "the scenario must show the model's contribution"
    assert all(part in real.text for part in model_written(real))
    mutant = _draft(lambda m: ".", notes=notes, kind=kind, strategy=strategy, max_attempts=2)
    assert model_written(mutant) == []


# -- the embedded model: it writes, and a "." in its place writes nothing ---------------------


@pytest.fixture(scope="module")
def embedded_drafter() -> Drafter:
    from followup.models.embedded import EmbeddedModel

    return Drafter(EmbeddedModel(), Ruleset.load(), Prompts(), samples=4)


def _dot_completion(self: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
    return {
        "choices": [{"message": {"role": "assistant", "content": "."}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 50, "completion_tokens": 1},
    }


@pytest.mark.slow
def test_the_embedded_model_writes_a_slot_of_a_simple_note(embedded_drafter: Drafter) -> None:
    notes = parse_notes(NOTES)
    results = [embedded_drafter.draft(notes, "thank-you", seed=s, max_attempts=1) for s in (0, 1)]
    written = [part for r in results for part in model_written(r)]
    assert written, [r.sentences for r in results]
    for r in results:
        assert r.accepted
        for part in model_written(r):
            assert part in r.text


@pytest.mark.slow
@pytest.mark.parametrize(("strategy", "notes", "kind"), SCENARIOS)
def test_the_embedded_model_answering_a_dot_writes_nothing(
    embedded_drafter: Drafter,
    monkeypatch: pytest.MonkeyPatch,
    strategy: str,
    notes: str,
    kind: str,
) -> None:
    import llama_cpp

    monkeypatch.setattr(llama_cpp.Llama, "create_chat_completion", _dot_completion)
    monkeypatch.setattr(embedded_drafter, "strategy", strategy)
    result = embedded_drafter.draft(parse_notes(notes), kind, max_attempts=2)
    assert result.usage.completion_tokens > 0  # the model was asked
    assert model_written(result) == []
    assert result.accepted
