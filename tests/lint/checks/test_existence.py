"""`lint/checks/existence.py`: every match of the rule's words or patterns is a finding, but
for a match made only of the rule's exceptions."""

from __future__ import annotations

from pathlib import Path

from helpers import compiled_rule

from followup.lint.checks.existence import ExistenceRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

HEDGES = """\
id: house.hedge
type: existence
level: warning
message: "Say it plainly, not '%s'."
description: Hedging words.
tokens: [just, "sort of", "kind of"]
exceptions: [just]
"""


def findings(rule: ExistenceRule, text: str) -> list[Finding]:
    return run(rule, Document(text), "thank-you", CheckContext())


def test_every_match_is_a_finding_at_its_place(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, HEDGES)
    assert isinstance(rule, ExistenceRule)
    found = findings(rule, "Dear Ana,\nIt was sort of great, kind of.\nSam")
    assert [(f.match, f.line, f.column, f.end_column) for f in found] == [
        ("sort of", 2, 8, 14),
        ("kind of", 2, 23, 29),
    ]
    assert found[0].message == "Say it plainly, not 'sort of'."
    assert {(f.rule, f.level) for f in found} == {("house.hedge", "warning")}


def test_a_match_made_only_of_exceptions_is_not_flagged(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, HEDGES)
    assert findings(rule, "I just wanted to say thanks.") == []


def test_clean_text_and_parts_of_words_pass(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, HEDGES)
    assert findings(rule, "Thank you: a kindly, sorted and adjusted team.") == []


def test_ignorecase_is_on_unless_the_rule_turns_it_off(tmp_path: Path) -> None:
    assert [f.match for f in findings(compiled_rule(tmp_path, HEDGES), "Sort of.")] == ["Sort of"]
    strict = compiled_rule(tmp_path, HEDGES + "ignorecase: false\n")
    assert findings(strict, "Sort of.") == []
    assert [f.match for f in findings(strict, "It was sort of fine.")] == ["sort of"]


def test_patterns_are_raw_regular_expressions(tmp_path: Path) -> None:
    rule = compiled_rule(
        tmp_path,
        HEDGES.replace('tokens: [just, "sort of", "kind of"]', "patterns: ['!{2,}']"),
    )
    assert [f.match for f in findings(rule, "Thanks!! Really!!! Yes!")] == ["!!", "!!!"]
