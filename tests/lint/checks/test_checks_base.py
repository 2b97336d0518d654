"""`lint/checks/base.py` (named `test_checks_base.py`, as `models/base.py` is a `base.py` too):
a rule's matches tried where they can start, and a span of text or the whole text as a
Finding."""

from __future__ import annotations

from pathlib import Path

from helpers import compiled_rule

from followup.lint.checks.base import (
    format_message,
    found,
    matches,
    span_finding,
    whole_text_finding,
)
from followup.lint.compiled import PatternRule
from followup.lint.document import Document

RULE = """\
id: house.team
type: existence
level: suggestion
message: "About '%s'."
description: Team words.
tokens: [team, crew]
"""


def rule(tmp_path: Path) -> PatternRule:
    compiled = compiled_rule(tmp_path, RULE)
    assert isinstance(compiled, PatternRule)
    return compiled


def test_matches_are_the_regexs_own(tmp_path: Path) -> None:
    doc = Document("The team and the crew. Teamwork, steam.")
    got = [m.group() for m in matches(rule(tmp_path), doc)]
    assert got == [m.group() for m in rule(tmp_path).regex.finditer(doc.text)] == ["team", "crew"]


def test_found(tmp_path: Path) -> None:
    assert found(rule(tmp_path), Document("Thanks to the crew."))
    assert not found(rule(tmp_path), Document("Thanks to the steamers."))


def test_format_message() -> None:
    assert format_message("About '%s'.", "team") == "About 'team'."
    assert format_message("No placeholder.", "team") == "No placeholder."


def test_a_span_finding_spans_lines(tmp_path: Path) -> None:
    doc = Document("Dear Ana,\nthe team\nand more")
    f = span_finding(rule(tmp_path), doc, 14, 22, suggestion="x")
    assert (f.rule, f.level, f.match) == ("house.team", "suggestion", "team\nand")
    assert f.message == "About 'team\nand'."
    assert (f.line, f.column, f.end_line, f.end_column, f.suggestion) == (2, 5, 3, 3, "x")


def test_a_whole_text_finding_is_at_the_start(tmp_path: Path) -> None:
    f = whole_text_finding(rule(tmp_path))
    assert (f.line, f.column, f.end_line, f.end_column, f.match) == (1, 1, 1, 1, "")
    assert f.message == "About '%s'."
    assert whole_text_finding(rule(tmp_path), "Other.", "fix").message == "Other."
