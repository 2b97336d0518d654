"""API keys never land in cassettes, the history, logs or errors."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from fault_server import base_url, fault_server
from helpers import REPO_ROOT, doc_pattern, doc_table

from followup.cli import main
from followup.errors import ExitStatus
from followup.models.openai_compat import redact

KEY_SHAPED = re.compile(r"sk-[A-Za-z0-9_-]{16,}")
AUTH_HEADER = re.compile(r"^\s*-?\s*(authorization|api-key|x-api-key)\s*:", re.I | re.M)
KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"
NOTES = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"

MODEL_TABLE = "## The model server: stalls, malformed answers, secrets"
# The rows of the model server's table in docs/reliability.md tested here (same ids).
DOC_ROWS = ["secret-redaction", "secret-echoed-key", "secret-url-credentials"]


def documented(row_id: str) -> re.Pattern[str]:
    return doc_pattern(doc_table(MODEL_TABLE)[row_id])


@pytest.mark.parametrize("length", range(1, 41))
def test_secret_redaction_shows_at_most_4_characters_and_none_under_16(length: int) -> None:
    """Issue 13: a 9-character key showed 7 of its characters."""
    key = "".join(chr(ord("A") + (i * 7) % 26) for i in range(length))
    shown = redact(key)
    revealed = max((n for n in range(1, length + 1) if key[-n:] in shown), default=0)
    assert revealed <= 4
    if length < 16:
        assert not any(c in shown for c in key), shown
    assert not any(key[i : i + 5] in shown for i in range(length - 4))


def test_cassettes_hold_no_key_or_auth_header() -> None:
    files = sorted((REPO_ROOT / "cassettes").glob("*.yaml"))
    assert files, "no cassettes recorded"
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not KEY_SHAPED.search(text), path
        assert not AUTH_HEADER.search(text), path


def test_history_and_output_hold_no_key(
    isolated_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    notes = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"
    with fault_server("ok") as server:
        url = base_url(server)
        assert main(["draft", str(notes), "--base-url", url, "--verbose", "--format", "json"]) == 0
    with fault_server("500") as server:
        bad = base_url(server)
        assert main(["draft", str(notes), "--base-url", bad, "--max-retries", "0"]) == 3
    assert main(["history", "export", "--json"]) == 0
    out, err = capsys.readouterr()
    assert not KEY_SHAPED.search(out + err)
    assert documented("secret-redaction").search(err)  # --verbose: only the key's last 4
    db = isolated_home / "followup" / "history.db"
    conn = sqlite3.connect(db)
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert "INSERT" in dump
    assert not KEY_SHAPED.search(dump)
    assert not AUTH_HEADER.search(dump)


@pytest.mark.parametrize("credentials", ["", "alice:pw-hunter2-hunter2@"])
def test_secret_echoed_key_is_scrubbed_from_drafts_history_and_json(
    credentials: str,
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server that repeats the request's Authorization header in its completion: the key
    (or the base URL's password) reaches neither stdout, `--format json`, nor the history."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with fault_server("echo-auth") as server:
        url = base_url(server).replace("http://", f"http://{credentials}")
        common = ["--base-url", url, "--strategy", "whole", "--max-attempts", "1"]
        assert main(["draft", str(NOTES), *common, "--format", "json"]) == 0
        assert main(["draft", str(NOTES), *common, "--no-fallback"]) in (0, 1)
    assert main(["history", "export", "--json"]) == 0
    out, err = capsys.readouterr()
    if not credentials:
        assert documented("secret-echoed-key").search(out)
    conn = sqlite3.connect(isolated_home / "followup" / "history.db")
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    for text in (out, err, dump):
        assert KEY not in text
        assert not KEY_SHAPED.search(text)
        assert "hunter2" not in text
        assert "YWxpY2U6cHctaHVudGVyMi1odW50ZXIy" not in text  # base64 of alice:pw-...
    assert "[redacted]" in dump


def test_secret_url_credentials_stay_out_of_error_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with fault_server("ok") as server:
        port = server.server_address[1]
    url = f"http://alice:pw-hunter2-hunter2@127.0.0.1:{port}/v1"  # the server is gone
    code = main(["draft", str(NOTES), "--base-url", url, "--max-retries", "0", "--timeout", "5"])
    err = capsys.readouterr().err
    assert code == ExitStatus.MODEL_UNAVAILABLE
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert documented("secret-url-credentials").fullmatch(
        lines[0].removeprefix("followup: error: ")
    )
    assert f"127.0.0.1:{port}/v1" in err
    assert "hunter2" not in err and "alice" not in err


def test_the_docs_table_and_these_tests_have_the_same_secret_rows() -> None:
    ours = [r for r in doc_table(MODEL_TABLE) if r.startswith("secret-")]
    assert sorted(set(DOC_ROWS) ^ set(ours)) == []
