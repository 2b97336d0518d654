"""API keys never land in cassettes, the history, logs or errors."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from fault_server import base_url, fault_server
from helpers import REPO_ROOT

from followup.cli import main
from followup.models.openai_compat import redact

KEY_SHAPED = re.compile(r"sk-[A-Za-z0-9_-]{16,}")
AUTH_HEADER = re.compile(r"^\s*-?\s*(authorization|api-key|x-api-key)\s*:", re.I | re.M)
KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"


def test_redact_keeps_only_the_ends() -> None:
    assert redact(KEY) == "sk-...6789"
    assert redact(None) == "(none)"
    assert redact("short") == "***"


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
    assert "sk-...6789" in err  # --verbose names the key only redacted
    db = isolated_home / "followup" / "history.db"
    conn = sqlite3.connect(db)
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert "INSERT" in dump
    assert not KEY_SHAPED.search(dump)
    assert not AUTH_HEADER.search(dump)
