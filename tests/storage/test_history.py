"""The draft history: saved, listed, shown, exported; migrated (concurrent writers:
test_sqlite.py)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from helpers import draft_result
from old_schemas import HISTORY_V1, write_old

from followup.cli import main
from followup.storage import history


def test_record_list_show_export(capsys: pytest.CaptureFixture[str]) -> None:
    first = history.record(draft_result("Subject: One\n\nDear Priya,\nSam\n"), "notes", "accepted")
    second = history.record(draft_result("Subject: Two\n\nDear Priya,\nSam\n"), "notes", "rejected")
    assert second == first + 1
    assert [r["id"] for r in history.recent()] == [second, first]
    assert main(["history"]) == 0
    table = capsys.readouterr().out
    assert "One" in table and "Two" in table and "rejected" in table
    assert main(["history", "show", str(first)]) == 0
    shown = capsys.readouterr().out
    assert "attempt 1: passed" in shown and "Subject: One" in shown
    assert main(["history", "export", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["version"] == 1
    assert [d["status"] for d in exported["drafts"]] == ["accepted", "rejected"]
    assert exported["drafts"][0]["attempts"][0]["usage"]["completion_tokens"] == 7
    assert exported["drafts"][0]["notes_hash"] == history.notes_hash("notes")


def test_empty_history(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert "No drafts yet" in capsys.readouterr().out


# several writers at once: test_sqlite.py::test_concurrent_writers


def test_a_version_1_database_is_migrated() -> None:
    path = history.db_path()
    write_old(
        path,
        HISTORY_V1,
        1,
        "INSERT INTO drafts (created, notes_hash, kind, backend, model, final_text, fallback, "
        "attempts_json) VALUES ('2026-01-01T00:00:00+00:00', 'abc', 'nudge', 'embedded', 'm', "
        "'old draft', 0, '[]')",
    )
    rows = history.recent()
    assert rows[0]["final_text"] == "old draft"
    assert rows[0]["status"] == "accepted" and rows[0]["strategy"] == ""
    new_id = history.record(draft_result(), "n", "accepted")
    assert new_id == 2
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    finally:
        conn.close()


def test_a_newer_database_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    path = history.db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert main(["history"]) == 2
    assert "newer followup" in capsys.readouterr().err
