"""Findings as offsets, and a draft's subject and body (what the page highlights)."""

from __future__ import annotations

from followup.lint.findings import Finding
from followup.web.marks import line_starts, mark, subject_and_body


def finding(line: int, column: int, match: str) -> Finding:
    return Finding("r", "error", "m", line, column, line, column + len(match) - 1, match)


def test_a_finding_on_a_later_line_is_at_its_offset() -> None:
    text = "Dear Priya,\nThank you for teh talk.\n"
    found = mark(text, line_starts(text), finding(2, 15, "teh"))
    assert (found.start, found.end) == (26, 29)
    assert text[26:29] == "teh"


def test_a_finding_whose_match_is_elsewhere_gets_no_place() -> None:
    text = "Dear Priya,\nThanks\n"
    assert mark(text, line_starts(text), finding(2, 1, "Hello")).start is None
    assert mark(text, line_starts(text), finding(9, 1, "x")).start is None


def test_the_subject_and_body_are_cut_at_their_offsets() -> None:
    text = "Subject: Thank you\n\nDear Priya,\nThanks."
    subject, body = subject_and_body(text)
    assert text[subject.start : subject.start + len(subject.text)] == "Thank you"
    assert text[body.start :] == body.text == "Dear Priya,\nThanks."


def test_a_draft_without_a_subject_is_all_body() -> None:
    subject, body = subject_and_body("Dear Priya,\nThanks.")
    assert subject.text == "" and body.text == "Dear Priya,\nThanks." and body.start == 0
