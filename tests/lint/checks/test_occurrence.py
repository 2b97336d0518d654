"""`lint/checks/occurrence.py`: counted matches, a required element (`min`) or something
allowed only so often (`max`), in the whole text or only in the email's body, with a higher
level for a curt text."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import compiled_rule

from followup.errors import RuleFileError
from followup.lint.checks.occurrence import OccurrenceRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

THANKS = """\
id: house.thanks
type: occurrence
level: warning
message: "Say thank you."
description: Thanks are required.
example: "Thank you for your time."
min: 1
patterns: ['\\bthank(?:s| you)\\b']
"""

EXCLAIM = """\
id: house.exclaim
type: occurrence
level: suggestion
message: "One '%s' too many."
description: At most two exclamation marks.
max: 2
patterns: ['!']
"""


def findings(rule: OccurrenceRule, text: str) -> list[Finding]:
    return run(rule, Document(text), "nudge", CheckContext())


def test_a_required_element_that_is_there_passes(tmp_path: Path) -> None:
    assert findings(compiled_rule(tmp_path, THANKS), "Dear Ana,\nThanks again.\nSam") == []


def test_a_missing_element_is_one_finding_with_its_example(tmp_path: Path) -> None:
    (found,) = findings(compiled_rule(tmp_path, THANKS), "Dear Ana,\nAny news?\nSam")
    assert found.message == "Say thank you. For example: \u201cThank you for your time.\u201d"
    assert found.suggestion == "Thank you for your time."
    assert (found.line, found.column, found.match, found.level) == (1, 1, "", "warning")


def test_min_counts_every_match(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, THANKS.replace("min: 1", "min: 2"))
    assert len(findings(rule, "Thanks for today.")) == 1
    assert findings(rule, "Thanks for today. Thank you again.") == []


def test_past_the_maximum_the_first_extra_match_is_flagged(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, EXCLAIM)
    assert findings(rule, "Great! Thanks!") == []
    (found,) = findings(rule, "Great! Thanks! See you!")
    assert (found.match, found.column, found.message) == ("!", 23, "One '!' too many.")


def test_in_the_body_scope_a_subject_line_or_sign_off_does_not_count(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, THANKS + "scope: body\n")
    assert findings(rule, "Dear Ana,\nThank you for the call.\nBest,\nSam") == []
    assert len(findings(rule, "Subject: Thanks\n\nDear Ana,\nAny news?\n\nThanks,\nSam")) == 1


def test_a_greeting_can_count_as_the_element(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, THANKS + "greeting_counts: true\n")
    assert findings(rule, "Dear Ana,\nAny news?\nSam") == []
    assert len(findings(rule, "Hey Ana,\nAny news?\nSam")) == 1  # informal: does not count
    assert len(findings(rule, "Any news?")) == 1


CURT = (
    THANKS
    + """\
curt_patterns: ['\\bI need\\b']
curt_level: error
curt_message: "A demand without thanks."
"""
)


def test_a_curt_text_gets_the_curt_level_and_message(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, CURT)
    assert rule.highest_level() == "error"
    (found,) = findings(rule, "I need an answer.")
    assert found.level == "error"
    assert found.message.startswith("A demand without thanks. For example: ")
    (polite,) = findings(rule, "Any news?")
    assert (polite.level, polite.message.split(" For")[0]) == ("warning", "Say thank you.")


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ("min: 1", "needs 'min' or 'max'"),
        ("min: 3\nmax: 2", "'min' is greater than 'max'"),
        ("min: 1\ncurt_unsigned: true", "'curt_patterns' and 'curt_unsigned' need 'curt_level'"),
    ],
)
def test_bounds_that_make_no_sense_are_refused(tmp_path: Path, change: str, error: str) -> None:
    rule_yaml = THANKS.replace("min: 1\n", "" if change == "min: 1" else change + "\n")
    with pytest.raises(RuleFileError, match=error):
        compiled_rule(tmp_path, rule_yaml)
