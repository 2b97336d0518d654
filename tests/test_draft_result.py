"""`draft_result.py`: what a draft produced, accepted or not by its findings, as the versioned
dict the history and `--json` keep, and its sentences by origin."""

from __future__ import annotations

from followup.draft_result import Attempt, DraftResult, model_written, slot_written
from followup.lint.findings import Finding
from followup.models.base import Usage
from followup.sentences import Rejected, Sentence

ERROR = Finding("elements.thanks", "error", "No thanks.", 1, 1, 1, 1)
WARNING = Finding("length.words", "warning", "Long.", 1, 1, 1, 1)


def result(*findings: Finding) -> DraftResult:
    return DraftResult(
        text="Dear Ana,\nThanks.\nSam\n",
        kind="thank-you",
        backend="openai",
        model="m",
        strategy="slots",
        usage=Usage(3, 4),
        findings=list(findings),
        sentences=[
            Sentence("learned", "I enjoyed hearing about dbt.", "model"),
            Sentence("contribution", "I could help with the reports.", "extractive"),
            Sentence("closing", "Thanks again.", "template"),  # type: ignore[arg-type]
        ],
    )


def test_accepted_unless_a_finding_is_an_error() -> None:
    assert result().accepted
    assert result(WARNING).accepted
    assert not result(WARNING, ERROR).accepted


def test_an_attempt_passes_unless_it_has_an_error() -> None:
    assert Attempt(1, "x", [WARNING], Usage(), 0.1).passed
    assert not Attempt(2, "x", [ERROR], Usage(), 0.1).passed


def test_the_dict_is_versioned_and_holds_every_attempt() -> None:
    r = result(ERROR)
    r.fell_back = True
    r.attempts.append(
        Attempt(
            1,
            "draft",
            [ERROR],
            Usage(3, 4),
            0.12345,
            rejected=[Rejected("learned", "Bad.", ("check.faithful", "formal.slang"))],
        )
    )
    data = r.as_dict()
    assert (data["version"], data["accepted"], data["fallback"]) == (1, False, True)
    assert data["usage"] == {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}
    assert data["findings"][0]["rule"] == "elements.thanks"
    (attempt,) = data["attempts"]
    assert (attempt["number"], attempt["passed"], attempt["seconds"]) == (1, False, 0.123)
    assert attempt["rejected"] == [
        {"slot": "learned", "text": "Bad.", "reasons": ["check.faithful", "formal.slang"]}
    ]
    assert [s["origin"] for s in data["sentences"]] == ["model", "extractive", "template"]


def test_sentences_by_origin() -> None:
    r = result()
    assert model_written(r) == ["I enjoyed hearing about dbt."]
    assert slot_written(r) == ["I enjoyed hearing about dbt.", "I could help with the reports."]
    assert model_written(DraftResult("x", "nudge", "embedded", "m", "slots")) == []
