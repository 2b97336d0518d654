"""The draft history: saved, listed, shown, exported; safe under concurrent writers; migrated."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from followup.cli import main
from followup.drafting import Attempt, DraftResult
from followup.models.base import Usage
from followup.storage import history

WRITER = """
import sys
from followup.storage import history
from followup.drafting import Attempt, DraftResult
from followup.models.base import Usage
worker, count = int(sys.argv[1]), int(sys.argv[2])
for i in range(count):
    r = DraftResult(text=f"draft {worker}-{i}", kind="thank-you", backend="embedded",
                    model="m", strategy="slots", usage=Usage(1, 2))
    r.attempts.append(Attempt(1, r.text, [], Usage(1, 2), 0.1))
    history.record(r, f"notes {worker}-{i}", "accepted")
"""


def result(text: str = "Dear Priya,\nThanks.\nSam\n") -> DraftResult:
    r = DraftResult(
        text=text,
        kind="thank-you",
        backend="embedded",
        model="m",
        strategy="slots",
        usage=Usage(5, 7),
    )
    r.attempts.append(Attempt(1, text, [], Usage(5, 7), 0.5))
    return r


def test_record_list_show_export(capsys: pytest.CaptureFixture[str]) -> None:
    first = history.record(result("Subject: One\n\nDear Priya,\nSam\n"), "notes", "accepted")
    second = history.record(result("Subject: Two\n\nDear Priya,\nSam\n"), "notes", "rejected")
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


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    workers, each = 6, 15
    env = dict(os.environ)
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(w), str(each)], env=env)
        for w in range(workers)
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    conn = sqlite3.connect(history.db_path())
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = {row[0] for row in conn.execute("SELECT final_text FROM drafts")}
    finally:
        conn.close()
    assert texts == {f"draft {w}-{i}" for w in range(workers) for i in range(each)}


def test_a_version_1_database_is_migrated() -> None:
    path = history.db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(history.MIGRATIONS[0])
    conn.execute(
        "INSERT INTO drafts (created, notes_hash, kind, backend, model, final_text, fallback, "
        "attempts_json) VALUES ('2026-01-01T00:00:00+00:00', 'abc', 'nudge', 'embedded', 'm', "
        "'old draft', 0, '[]')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    rows = history.recent()
    assert rows[0]["final_text"] == "old draft"
    assert rows[0]["status"] == "accepted" and rows[0]["strategy"] == ""
    new_id = history.record(result(), "n", "accepted")
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
