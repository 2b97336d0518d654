"""Backend faults against a real (misbehaving) HTTP server: bounded, clear, nothing lost."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from fault_server import GOOD_EMAIL, base_url, fault_server
from helpers import REPO_ROOT

from followup.cli import main
from followup.errors import ExitStatus

NOTES = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"
FAKE_KEY = "sk-test-fault-0123456789abcdefghij"


def run(url: str, *extra: str) -> int:
    return main(
        [
            "draft",
            str(NOTES),
            "--backend",
            "openai",
            "--base-url",
            url,
            "--model",
            "m",
            "--strategy",
            "whole",
            "--timeout",
            "1",
            "--max-retries",
            "1",
            *extra,
        ]
    )


def history_rows(home: Path) -> list[sqlite3.Row]:
    db = home / "followup" / "history.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM drafts").fetchall()
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _fake_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)


UNAVAILABLE = ["delay", "drop", "429", "500", "503", "not-json", "no-choices"]


@pytest.mark.parametrize("mode", UNAVAILABLE)
def test_unavailable_server_is_one_line_exit_3_bounded_and_writes_nothing(
    mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    out = tmp_path / "draft.txt"
    with fault_server(mode) as server:
        started = time.monotonic()
        code = run(base_url(server), "-o", str(out))
        elapsed = time.monotonic() - started
        hits = server.hits
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error:"), captured.err
    assert "Traceback" not in captured.err
    assert FAKE_KEY not in captured.err + captured.out
    assert not out.exists()
    assert hits <= 2  # one try and one retry, never a retry storm
    assert elapsed < 30  # bounded (generous: shared machines are noisy)
    rows = history_rows(isolated_home)
    assert [r["status"] for r in rows] == ["model-unavailable"]


@pytest.mark.parametrize("mode", ["length", "wrong-text", "enormous"])
def test_unusable_text_fails_the_rules_then_falls_back(
    mode: str, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    with fault_server(mode) as server:
        code = run(base_url(server), "--format", "json", "--max-attempts", "2")
    captured = capsys.readouterr()
    assert code == 0
    result = json.loads(captured.out)
    assert result["fallback"] is True
    assert all(not a["passed"] for a in result["attempts"])
    assert len(result["attempts"]) == 2
    if mode == "length":
        assert result["attempts"][0]["findings"][0]["rule"] == "draft.truncated"
    assert result["accepted"] is True
    assert "template" in captured.err
    assert len(history_rows(isolated_home)) == 1


def test_a_good_server_answer_is_accepted_and_logged(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    with fault_server("ok") as server:
        code = run(base_url(server), "--format", "json")
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["fallback"] is False and result["accepted"] is True
    assert result["text"].strip() == GOOD_EMAIL.strip()
    assert result["usage"]["completion_tokens"] == 20
    rows = history_rows(isolated_home)
    assert len(rows) == 1 and rows[0]["status"] == "accepted"
    assert FAKE_KEY not in json.dumps([dict(r) for r in rows])


def test_no_log_keeps_history_empty(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    with fault_server("ok") as server:
        assert run(base_url(server), "--no-log") == 0
    assert history_rows(isolated_home) == []


def test_verbose_shows_a_redacted_key_only(capsys: pytest.CaptureFixture[str]) -> None:
    with fault_server("ok") as server:
        assert run(base_url(server), "--verbose") == 0
    err = capsys.readouterr().err
    assert FAKE_KEY not in err
    assert "sk-...ghij" in err


def test_unreachable_server(capsys: pytest.CaptureFixture[str]) -> None:
    with fault_server("ok") as server:
        url = base_url(server)
    code = run(url)  # the server is gone: connection refused
    err = capsys.readouterr().err
    assert code == ExitStatus.MODEL_UNAVAILABLE
    assert "cannot reach the model server" in err


def test_no_fallback_exits_1_with_the_best_draft_and_its_findings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with fault_server("wrong-text") as server:
        code = run(base_url(server), "--no-fallback", "--max-attempts", "2")
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip() == '{"answer": 42}'  # the model's best attempt, not the template
    assert "draft:1:1: error elements.gratitude:" in err
    assert "template" not in err
