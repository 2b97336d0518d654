"""`lint/checks/structure.py`: the email's greeting, or a name at the end, must be there,
wherever the message stands in the pasted text."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import compiled_rule

from followup.lint.checks.structure import StructureRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

RULE = """\
id: house.{part}
type: structure
level: error
part: {part}
message: "The {part} is missing."
description: The {part}.
example: "{example}"
"""


def findings(tmp_path: Path, part: str, text: str, example: str = "Dear Ana,") -> list[Finding]:
    rule = compiled_rule(tmp_path, RULE.format(part=part, example=example))
    assert isinstance(rule, StructureRule)
    return run(rule, Document(text), "thank-you", CheckContext())


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ana,\nThank you.\nBest,\nSam",
        "Hi Ana,\nThank you.\nSam",
        "Subject: Thanks\n\nDear Ana,\nThank you.\nSam",
    ],
)
def test_a_greeting_is_found(tmp_path: Path, text: str) -> None:
    assert findings(tmp_path, "greeting", text) == []


def test_a_missing_greeting_is_reported_with_the_example(tmp_path: Path) -> None:
    (found,) = findings(tmp_path, "greeting", "Thank you for today.\nSam")
    assert found.message == "The greeting is missing. For example: \u201cDear Ana,\u201d"
    assert (found.suggestion, found.line, found.column) == ("Dear Ana,", 1, 1)


def test_a_name_at_the_end_is_found(tmp_path: Path) -> None:
    assert findings(tmp_path, "sign-off", "Dear Ana,\nThank you.\nBest regards,\nSam") == []


def test_a_missing_name_is_reported(tmp_path: Path) -> None:
    (found,) = findings(tmp_path, "sign-off", "Dear Ana,\nThank you.", example="Best,\\nSam")
    assert found.message == "The sign-off is missing. For example: \u201cBest, / Sam\u201d"
    assert found.suggestion == "Best,\nSam"


def test_without_an_example_there_is_no_suggestion(tmp_path: Path) -> None:
    rule = compiled_rule(
        tmp_path, RULE.format(part="greeting", example="x").replace('example: "x"\n', "")
    )
    (found,) = run(rule, Document("Thanks."), "thank-you", CheckContext())
    assert (found.message, found.suggestion) == ("The greeting is missing.", None)
