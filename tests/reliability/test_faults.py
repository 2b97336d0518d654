"""Backend faults against a real (misbehaving) HTTP server: bounded, clear, nothing lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fault_server import GOOD_EMAIL, MALFORMED, STALLS, base_url, fault_server
from helpers import REPO_ROOT, doc_pattern, doc_table, followup_script

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
        code = run(base_url(server), "-o", str(out))
        hits = server.hits
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error:"), captured.err
    assert "Traceback" not in captured.err
    assert FAKE_KEY not in captured.err + captured.out
    assert not out.exists()
    assert hits <= 2  # one try and one retry, never a retry storm
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
    assert "...ghij" in err and "sk-...ghij" not in err  # the last 4 characters only


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


MODEL_TABLE = "## The model server: stalls, malformed answers, secrets"
PREFIX = "followup: error: "

# The rows of the model server's table in docs/reliability.md tested here (same ids); the
# `secret-` rows are test_secrets.py's.
DOC_ROWS = [
    *[f"model-{mode}" for mode in STALLS],
    "model-retry-after-past-timeout",
    *[f"model-{mode}" for mode in MALFORMED],
    "batch-model-stall",
    "batch-model-malformed",
]


def one_error_line(err: str) -> str:
    """The one line on stderr, without its prefix."""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX), err
    assert "Traceback" not in err
    return lines[0].removeprefix(PREFIX)


def as_documented(row_id: str, shown: str) -> None:
    documented = doc_table(MODEL_TABLE)[row_id]
    assert doc_pattern(documented).fullmatch(shown), (documented, shown)


@pytest.mark.parametrize("mode", STALLS, ids=[f"model-{m}" for m in STALLS])
def test_an_answer_slower_than_the_timeout_ends_at_the_deadline(
    mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    """Every read is short (a byte each 0.5 s), so only a deadline on the whole answer ends
    the call. The server sends the rest of a good answer after 10 s: a client without a
    deadline would wait for it and exit 0."""
    out = tmp_path / "draft.txt"
    with fault_server(mode) as server:
        code = run(base_url(server), "-o", str(out))
        hits = server.hits
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE, captured.err
    as_documented(f"model-{mode}", one_error_line(captured.err))
    assert hits == 1  # the deadline had passed: no time left for a retry
    assert not out.exists()
    assert [r["status"] for r in history_rows(isolated_home)] == ["model-unavailable"]


def test_the_console_script_ends_at_the_deadline_of_a_stalled_answer(tmp_path: Path) -> None:
    """The same through the installed script: the process itself ends (no thread or socket
    left reading keeps it alive); the subprocess timeout is only a safety net."""
    env = {**os.environ, "OPENAI_API_KEY": FAKE_KEY}
    with fault_server("slow-headers") as server:
        args = ["--base-url", base_url(server), "--model", "m", "--strategy", "whole"]
        args += ["--timeout", "1", "--max-retries", "1", "-o", str(tmp_path / "draft.txt")]
        done = subprocess.run(
            [str(followup_script()), "draft", str(NOTES), "--backend", "openai", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    assert done.returncode == ExitStatus.MODEL_UNAVAILABLE, done.stderr
    as_documented("model-slow-headers", one_error_line(done.stderr))
    assert done.stdout == "" and not (tmp_path / "draft.txt").exists()


def test_a_retry_after_past_the_deadline_is_not_waited_for(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    """A 503 asking for 5 s under `--timeout 1`: give up at once, saying why (the SDK used to
    sleep the 5 s, then ask again)."""
    with fault_server("503-retry-after", retry_after="5") as server:
        code = run(base_url(server))
        hits = server.hits
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE
    as_documented("model-retry-after-past-timeout", one_error_line(captured.err))
    assert hits == 1


def test_a_retry_after_within_the_deadline_is_honoured(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with fault_server("429-once") as server:
        code = run(base_url(server), "--timeout", "20")
        hits = server.hits
    assert code == 0, capsys.readouterr().err
    assert hits == 2


@pytest.mark.parametrize("mode", list(MALFORMED), ids=[f"model-{m}" for m in MALFORMED])
def test_a_malformed_answer_is_one_line_exit_3_and_the_attempts_are_kept(
    mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    """The first answer is a usable (failing) draft, the second a malformed one: exit 3 with
    one line, nothing on stdout or at -o, and the first attempt in the history."""
    out = tmp_path / "draft.txt"
    with fault_server(mode, first="wrong-text") as server:
        code = run(base_url(server), "--max-attempts", "2", "--format", "json", "-o", str(out))
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE, captured.err
    as_documented(f"model-{mode}", one_error_line(captured.err))
    assert captured.out == "" and not out.exists()
    rows = history_rows(isolated_home)
    assert [r["status"] for r in rows] == ["model-unavailable"]
    attempts = json.loads(rows[0]["attempts_json"])
    assert [a["text"].strip() for a in attempts] == ['{"answer": 42}']


def run_batch(tmp_path: Path, url: str, *extra: str) -> tuple[int, dict[str, dict[str, Any]]]:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("a.md", "b.md"):
        (folder / name).write_bytes(NOTES.read_bytes())
    out = tmp_path / "out"
    argv = ["batch", str(folder), "-o", str(out), "--backend", "openai", "--base-url", url]
    code = main([*argv, "--model", "m", "--timeout", "1", "--max-retries", "1", *extra])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return code, {e["notes"]: e for e in report["files"]}


@pytest.mark.parametrize(
    ("row", "mode"),
    [("batch-model-stall", "trickle-body"), ("batch-model-malformed", "content-number")],
    ids=["batch-model-stall", "batch-model-malformed"],
)
def test_batch_fails_the_file_for_that_reason(
    row: str,
    mode: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_home: Path,
) -> None:
    with fault_server(mode) as server:
        code, files = run_batch(tmp_path, base_url(server), "--concurrency", "2")
    captured = capsys.readouterr()
    assert code == ExitStatus.MODEL_UNAVAILABLE, captured.err
    assert "Traceback" not in captured.err
    assert {e["status"] for e in files.values()} == {"failed"}
    for entry in files.values():
        as_documented(row, entry["reason"])
    assert [r["status"] for r in history_rows(isolated_home)] == ["model-unavailable"] * 2


def test_the_docs_table_and_these_tests_have_the_same_rows() -> None:
    documented = list(doc_table(MODEL_TABLE))
    assert [r for r in documented if not r.startswith(("model-", "batch-model-", "secret-"))] == []
    ours = [r for r in documented if not r.startswith("secret-")]
    assert sorted(set(DOC_ROWS) - set(ours)) == []  # tested, not documented
    assert sorted(set(ours) - set(DOC_ROWS)) == []  # documented, not tested
