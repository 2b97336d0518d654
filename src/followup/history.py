"""Every draft produced, kept in SQLite so nothing is lost (`--no-log` skips it)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followup.config import data_home
from followup.errors import FollowupError

SCHEMA_VERSION = 2

# Each migration takes the database from version i to i + 1.
MIGRATIONS: list[str] = [
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
    );
    """,
    """
    ALTER TABLE drafts ADD COLUMN strategy TEXT NOT NULL DEFAULT '';
    ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted';
    ALTER TABLE drafts ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE drafts ADD COLUMN completion_tokens INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX drafts_created ON drafts (created);
    """,
]


def db_path() -> Path:
    return data_home() / "history.db"


def notes_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@contextmanager
def connect(path: Path | None = None, *, timeout: float = 30.0) -> Iterator[sqlite3.Connection]:
    """WAL, a busy timeout and migrations, so many processes can write at once safely."""
    path = path or db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise FollowupError(f"cannot open the history database {path}: {exc}") from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn)
        yield conn
    except sqlite3.DatabaseError as exc:
        raise FollowupError(f"history database {path}: {exc}") from None
    finally:
        conn.close()


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise FollowupError(
            f"the history database is from a newer followup (schema {version}); upgrade followup"
        )
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
        for i in range(version, SCHEMA_VERSION):
            for statement in filter(str.strip, MIGRATIONS[i].split(";")):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def record(result: Any, notes_text: str, status: str, *, timeout: float = 30.0) -> int:
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
    with connect(timeout=timeout) as conn:
        conn.execute("BEGIN IMMEDIATE")
        cur = conn.execute(f"INSERT INTO drafts ({cols}) VALUES ({marks})", row)
        conn.execute("COMMIT")
        return int(cur.lastrowid or 0)


SAVE_TIMEOUT = 3.0  # a locked history is waited for this long, then the draft goes on without it


def save(result: Any, notes_text: str, status: str) -> None:
    """`record`, but a history that cannot be written (locked, corrupt, unwritable) is one
    warning line: the draft the model already made always reaches the user."""
    from followup.console import note

    try:
        record(result, notes_text, status, timeout=SAVE_TIMEOUT)
    except FollowupError as exc:
        note(f"warning: the draft was not saved in the history: {exc.message}")
    except OSError as exc:
        note(f"warning: the draft was not saved in the history: {exc.strerror or exc}")


def recent(limit: int = 20) -> list[dict[str, Any]]:
    with connect() as conn:
        rows = conn.execute("SELECT * FROM drafts ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [dict(r) for r in rows]


def get(draft_id: int) -> dict[str, Any]:
    with connect() as conn:
        row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise FollowupError(f"no draft with id {draft_id} in the history")
    out = dict(row)
    out["attempts"] = json.loads(out.pop("attempts_json"))
    return out


def export_all() -> list[dict[str, Any]]:
    with connect() as conn:
        rows = conn.execute("SELECT * FROM drafts ORDER BY id").fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["attempts"] = json.loads(d.pop("attempts_json"))
        out.append(d)
    return out
