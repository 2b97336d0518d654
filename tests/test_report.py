"""`report.py`: lint findings as compiler-style text with a summary per file, as plain lines,
or as versioned JSON."""

from __future__ import annotations

import io
import json

import pytest

from followup.lint.findings import Finding, Stats
from followup.report import FileReport, render_json, render_line, render_text, to_json

SLANG = Finding("formal.slang", "warning", "Avoid slang.", 2, 5, 2, 9, match="gonna")
LONG = Finding("formal.x", "error", "Too much.", 3, 1, 3, 80, match="a" * 70)


def report(*findings: Finding, detected: bool = False) -> FileReport:
    return FileReport(
        "note.txt", "nudge", list(findings), Stats(12, 2, 5.5), kind_detected=detected
    )


def test_lines_are_path_line_column_level_rule_message_and_match() -> None:
    out = io.StringIO()
    render_line([report(SLANG, LONG)], out)
    assert out.getvalue().splitlines() == [
        'note.txt:2:5: warning formal.slang: Avoid slang. ("gonna")',
        f'note.txt:3:1: error formal.x: Too much. ("{"a" * 57}...")',
    ]


def test_text_adds_a_summary_per_file() -> None:
    out = io.StringIO()
    render_text([report(SLANG, detected=True), report()], out, color=False)
    assert out.getvalue().splitlines() == [
        'note.txt:2:5: warning formal.slang: Avoid slang. ("gonna")',
        "note.txt: 0 errors, 1 warning, 0 suggestions; 12 words, 2 sentences, grade 5.5; "
        "kind nudge (auto-detected)",
        "note.txt: 0 errors, 0 warnings, 0 suggestions; 12 words, 2 sentences, grade 5.5; "
        "kind nudge (given)",
    ]


def test_colour_text_says_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich colours a StringIO only when told to
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = io.StringIO()
    render_text([report(SLANG)], out, color=True)
    shown = out.getvalue()
    assert "\x1b[" in shown
    plain = "".join(part.split("m", 1)[-1] for part in shown.split("\x1b["))
    assert 'note.txt:2:5: warning formal.slang: Avoid slang. ("gonna")' in plain
    assert "0 errors, 1 warning, 0 suggestions" in plain


def test_json_is_versioned_with_findings_stats_and_extras() -> None:
    r = report(SLANG)
    r.extra["accepted"] = True
    data = to_json([r])
    assert data["version"] == 1
    (file,) = data["files"]
    assert file["path"] == "note.txt" and file["kind"] == "nudge" and file["accepted"] is True
    assert file["stats"] == {"words": 12, "sentences": 2, "grade": 5.5}
    assert file["findings"][0]["match"] == "gonna"
    out = io.StringIO()
    render_json([r], out)
    assert json.loads(out.getvalue()) == data and out.getvalue().endswith("}\n")
