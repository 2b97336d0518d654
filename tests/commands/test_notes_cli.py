"""`followup notes` (`commands/notes.py`): what was understood from the notes, as a table with
the line each fact came from, or as JSON; nothing is drafted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.cli import main

NOTES = """\
Interviewer: Dr. Ruth Mensah (Head of Data)
Company: Kingsbridge Hospital
Role: Data Analyst

- they are moving their reporting to dbt this year
"""


@pytest.fixture()
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_the_facts_as_a_table(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", str(notes_file)]) == 0
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == "fact value from"
    assert "to Dr. Ruth Mensah (Head of Data) line 1 (label)" in lines
    assert "company Kingsbridge Hospital line 2 (label)" in lines
    assert "role Data Analyst line 3 (label)" in lines
    assert any(line.startswith("point: learned they are moving their reporting") for line in lines)


def test_the_facts_as_json(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", str(notes_file), "--format", "json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["company"]["value"] == "Kingsbridge Hospital"
    assert facts["company"]["span"]["line"] == 2
    assert facts["addressee"]["name"]["value"] == "Ruth Mensah"
    assert [p["kind"] for p in facts["points"]] == ["learned"]


def test_unreadable_notes_are_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    assert main(["notes", str(empty)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"followup: error: {empty}: is empty\n"


FRONT = """\
---
company: Fernway Freight Ltd
interviewers:
  - Ms. Ana Ruiz, Dispatch Manager (lead)
  - Mr. Dev Shah, HR
---
Interview with Mr. Dev Shah first, then the depot tour.
- they run 60 trucks out of Leeds
"""


def test_front_matter_values_are_shown_as_what_the_draft_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.md"
    path.write_text(FRONT, encoding="utf-8")
    assert main(["notes", str(path)]) == 0
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert "to Ms. Ana Ruiz front matter" in lines
    assert "salutation Dear Ms. Ruiz, front matter" in lines
    assert "company Fernway Freight Ltd front matter" in lines
    assert main(["notes", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["used"]["to"] == "Ms. Ana Ruiz"
    assert out["used"]["company"] == "Fernway Freight Ltd"
