"""What each released schema of followup's databases created, frozen here statement by statement
as the code of the time ran them: a file written by any of them must open. Never edit these;
add the next version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

HISTORY_V1 = (
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
)
HISTORY_V2 = (
    *HISTORY_V1,
    "\n    ALTER TABLE drafts ADD COLUMN strategy TEXT NOT NULL DEFAULT ''",
    "\n    ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted'",
    "\n    ALTER TABLE drafts ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0",
    "\n    ALTER TABLE drafts ADD COLUMN completion_tokens INTEGER NOT NULL DEFAULT 0",
    "\n    CREATE INDEX drafts_created ON drafts (created)",
)

APPS_V1 = (
    """CREATE TABLE applications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            company TEXT NOT NULL,
            role TEXT NOT NULL,
            interviewer TEXT NOT NULL,
            interviewed TEXT NOT NULL,
            promised TEXT,
            heard_back INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        )""",
    """CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('thank-you', 'check-in', 'nudge')),
            sent_on TEXT NOT NULL
        )""",
    "CREATE INDEX messages_application ON messages (application_id)",
)
APPS_V2 = (*APPS_V1, "ALTER TABLE applications ADD COLUMN notes TEXT")


def write_old(path: Path, schema: tuple[str, ...], version: int, *rows: str) -> None:
    """A file as that version left it: WAL, its tables, `rows` (INSERT statements) and its
    `user_version`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        for statement in (*schema, *rows):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()
