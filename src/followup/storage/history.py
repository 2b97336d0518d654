"""Every draft produced, kept in SQLite so nothing is lost (`--no-log` skips it)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.config import data_home
from followup.errors import FollowupError
from followup.storage import sqlite
from followup.storage.sqlite import SQLITE_INT, Migration, Schema

if TYPE_CHECKING:  # only its type: the history is read without the drafting modules
    from followup.drafting import DraftResult

SCHEMA = Schema(
    (
        Migration(
            1,
            (
                """
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        notes_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        backend TEXT NOT NULL,
        model TEXT NOT NULL,
        final_text TEXT NOT NULL,
        fallback INTEGER NOT NULL,
        attempts_json TEXT NOT NULL
    )""",
            ),
        ),
        Migration(
            2,
            (
                "ALTER TABLE drafts ADD COLUMN strategy TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted'",
                "ALTER TABLE drafts ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE drafts ADD COLUMN completion_tokens INTEGER NOT NULL DEFAULT 0",
                "CREATE INDEX drafts_created ON drafts (created)",
            ),
        ),
    ),
    too_new="the history database is from a newer followup (schema {version}); upgrade followup",
)
SCHEMA_VERSION = SCHEMA.version


def db_path() -> Path:
    return data_home() / "history.db"


def notes_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@contextmanager
def connect(path: Path | None = None, *, timeout: float = 30.0) -> Iterator[sqlite3.Connection]:
    """The history, opened and migrated by `storage.sqlite` (WAL, busy timeout), so many
    processes can write at once safely."""
    path = path or db_path()
    try:
        conn = sqlite.connect(path, timeout=timeout)
    except (OSError, sqlite3.Error) as exc:
        raise FollowupError(f"cannot open the history database {path}: {exc}") from None
    try:
        sqlite.prepare(conn, SCHEMA, path, timeout=timeout)
        yield conn
    except sqlite3.DatabaseError as exc:
        raise FollowupError(f"history database {path}: {exc}") from None
    finally:
        conn.close()


def record(result: DraftResult, notes_text: str, status: str, *, timeout: float = 30.0) -> int:
    """Save one draft (a DraftResult) with every attempt; returns its id."""
    row = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "notes_hash": notes_hash(notes_text),
        "kind": result.kind,
        "backend": result.backend,
        "model": result.model,
        "strategy": result.strategy,
        "final_text": result.text,
        "fallback": int(result.fell_back),
        "status": status,
        "prompt_tokens": result.usage.prompt_tokens,
        "completion_tokens": result.usage.completion_tokens,
        "attempts_json": json.dumps([a.as_dict() for a in result.attempts], ensure_ascii=False),
    }
    cols = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    with connect(timeout=timeout) as conn, sqlite.transaction(conn):
        cur = conn.execute(f"INSERT INTO drafts ({cols}) VALUES ({marks})", row)
    return int(cur.lastrowid or 0)


SAVE_TIMEOUT = 3.0  # a locked history is waited for this long, then the draft goes on without it


def save(result: DraftResult, notes_text: str, status: str) -> None:
    """`record`, but a history that cannot be written (locked, corrupt, unwritable) is one
    warning line: the draft the model already made always reaches the user."""
    from followup.console import note

    try:
        record(result, notes_text, status, timeout=SAVE_TIMEOUT)
    except FollowupError as exc:
        note(f"warning: the draft was not saved in the history: {exc.message}")
    except OSError as exc:
        note(f"warning: the draft was not saved in the history: {exc.strerror or exc}")


_TEXT_COLUMNS = (
    "created",
    "notes_hash",
    "kind",
    "backend",
    "model",
    "strategy",
    "status",
    "final_text",
)
_INT_COLUMNS = ("id", "fallback", "prompt_tokens", "completion_tokens")


def _attempt_problem(attempt: Any) -> str | None:
    if not isinstance(attempt, dict):
        return "an attempt is not an object"
    for key, kind in (("number", int), ("passed", bool), ("text", str), ("findings", list)):
        if not isinstance(attempt.get(key), kind):
            return f"an attempt's {key} is missing or of the wrong type"
    for finding in attempt["findings"]:
        if not isinstance(finding, dict) or not all(
            isinstance(finding.get(k), str) for k in ("level", "rule", "message")
        ):
            return "an attempt's finding is not a finding"
    return None


def parse_row(row: sqlite3.Row) -> dict[str, Any]:
    """A stored draft, its attempts parsed; `ValueError` saying what is wrong with a row that
    was damaged (edited by hand, written by something else, a disk error)."""
    d = dict(row)
    for col in _TEXT_COLUMNS:
        if not isinstance(d.get(col), str):
            raise ValueError(f"its {col} is not text")
    for col in _INT_COLUMNS:
        if not isinstance(d.get(col), int):
            raise ValueError(f"its {col} is not a whole number")
    raw = d.pop("attempts_json", None)
    if not isinstance(raw, str):
        raise ValueError("its attempts are not text")
    try:
        attempts = json.loads(raw)
    except (ValueError, RecursionError):
        raise ValueError("its attempts are not valid JSON") from None
    if not isinstance(attempts, list):
        raise ValueError("its attempts are not a list")
    problem = next(filter(None, map(_attempt_problem, attempts)), None)
    if problem:
        raise ValueError(problem)
    d["attempts"] = attempts
    return d


def _good_rows(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """The rows that can be shown; each damaged one is skipped with one warning line, so one
    bad row never hides the others."""
    from followup.console import note

    out = []
    for row in rows:
        try:
            out.append(parse_row(row))
        except ValueError as exc:
            note(f"warning: skipped draft {row['id']} of the history: {exc}")
    return out


def recent(limit: int = 20) -> list[dict[str, Any]]:
    """The most recent drafts (newest first), each with its parsed `attempts`."""
    with connect() as conn:
        rows = conn.execute("SELECT * FROM drafts ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return _good_rows(rows)


def get(draft_id: int) -> dict[str, Any]:
    row = None
    if draft_id in SQLITE_INT:
        with connect() as conn:
            row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise FollowupError(f"no draft with id {draft_id} in the history")
    try:
        return parse_row(row)
    except ValueError as exc:
        raise FollowupError(f"draft {draft_id} of the history is damaged: {exc}") from None


def export_all() -> list[dict[str, Any]]:
    with connect() as conn:
        rows = conn.execute("SELECT * FROM drafts ORDER BY id").fetchall()
    return _good_rows(rows)
