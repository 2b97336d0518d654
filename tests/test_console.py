"""`console.py`: messages for people go to stderr, one line each, never to stdout."""

from __future__ import annotations

import pytest

from followup.console import error, note


def test_errors_and_notes_are_one_line_each_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    error("notes.md: is empty")
    note("attempt 1: passed")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "followup: error: notes.md: is empty\nfollowup: attempt 1: passed\n"
