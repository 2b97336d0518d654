"""Tracked applications in SQLite: one file under the user's data folder (`FOLLOWUP_HOME` moves it).

Opened and migrated by `storage.sqlite` (WAL, busy timeout, every write one `BEGIN IMMEDIATE`
transaction), so several followup processes can use it at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from followup.config import data_home
from followup.errors import FollowupError
from followup.storage.sqlite import SQLITE_INT, Migration, Schema, open_database, transaction
from followup.timing import KINDS, Sent

DB_NAME = "apps.db"
BUSY_TIMEOUT_S = 30.0

SCHEMA = Schema(
    (
        # 1: applications and the messages sent for each
        Migration(
            1,
            (
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
            ),
        ),
        # 2: the interview notes themselves, so `apps draft` works after the notes file has moved
        Migration(2, ("ALTER TABLE applications ADD COLUMN notes TEXT",)),
    ),
    too_new=(
        "{path}: written by a newer followup (schema {version}, this one knows {known}); "
        "upgrade followup"
    ),
)
SCHEMA_VERSION = SCHEMA.version


def db_path() -> Path:
    return data_home() / DB_NAME


@dataclass
class Application:
    id: int
    company: str
    role: str
    interviewer: str
    interviewed: date
    promised: date | None
    heard_back: bool
    created: str
    notes: str | None = None
    messages: list[Sent] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "company": self.company,
            "role": self.role,
            "interviewer": self.interviewer,
            "interviewed": self.interviewed.isoformat(),
            "promised": self.promised.isoformat() if self.promised else None,
            "heard_back": self.heard_back,
            "created": self.created,
            "has_notes": bool(self.notes),
            "sent": [{"kind": m.kind, "on": m.on.isoformat()} for m in self.messages],
        }


class ApplicationStore:
    """The applications database; use as a context manager (`with ApplicationStore() as store:`)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or db_path()
        self._conn: sqlite3.Connection | None = None

    def __enter__(self) -> ApplicationStore:
        try:
            self._conn = open_database(self.path, SCHEMA, timeout=BUSY_TIMEOUT_S)
        except sqlite3.DatabaseError as exc:
            self.close()
            raise FollowupError(
                f"{self.path}: cannot use the applications database ({exc})"
            ) from None
        except OSError as exc:
            self.close()
            raise FollowupError(f"{self.path}: cannot open ({exc.strerror})") from None
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("ApplicationStore used outside `with`")
        return self._conn

    # -- writes: each one transaction -----------------------------------------------------------

    def add(
        self,
        *,
        company: str,
        role: str,
        interviewer: str,
        interviewed: date,
        promised: date | None = None,
        notes: str | None = None,
    ) -> int:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self._writing() as conn:
            cur = conn.execute(
                "INSERT INTO applications "
                "(company, role, interviewer, interviewed, promised, notes, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    company,
                    role,
                    interviewer,
                    interviewed.isoformat(),
                    promised.isoformat() if promised else None,
                    notes,
                    created,
                ),
            )
            new_id = cur.lastrowid
        assert new_id is not None
        return new_id

    def add_message(self, app_id: int, kind: str, on: date) -> bool:
        """Record a sent message; False when there is no such application."""
        with self._writing() as conn:
            if not self._exists(app_id):
                return False
            conn.execute(
                "INSERT INTO messages (application_id, kind, sent_on) VALUES (?, ?, ?)",
                (app_id, kind, on.isoformat()),
            )
        return True

    def set_heard(self, app_id: int, heard: bool = True) -> bool:
        if app_id not in SQLITE_INT:
            return False
        with self._writing() as conn:
            cur = conn.execute(
                "UPDATE applications SET heard_back = ? WHERE id = ?", (int(heard), app_id)
            )
        return cur.rowcount > 0

    def remove(self, app_id: int) -> bool:
        if app_id not in SQLITE_INT:
            return False
        with self._writing() as conn:
            cur = conn.execute("DELETE FROM applications WHERE id = ?", (app_id,))
        return cur.rowcount > 0

    # -- reads ----------------------------------------------------------------------------------

    def get(self, app_id: int) -> Application | None:
        if app_id not in SQLITE_INT:
            return None
        apps, damaged = self._select("WHERE id = ?", (app_id,))
        if damaged:
            raise FollowupError(f"{self.path}: application #{app_id} is damaged: {damaged[0][1]}")
        return apps[0] if apps else None

    def all(self) -> list[Application]:
        """Every application that can be read; a damaged row is skipped with one warning
        line, so one bad row never hides the others."""
        from followup.console import note

        apps, damaged = self._select("", ())
        for app_id, problem in damaged:
            note(f"warning: skipped application #{app_id} of {self.path}: {problem}")
        return apps

    # -- internals ------------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        try:
            with transaction(self.conn) as conn:
                yield conn
        except sqlite3.DatabaseError as exc:
            raise FollowupError(f"{self.path}: could not save ({exc})") from None

    def _exists(self, app_id: int) -> bool:
        if app_id not in SQLITE_INT:
            return False
        row = self.conn.execute("SELECT 1 FROM applications WHERE id = ?", (app_id,)).fetchone()
        return row is not None

    def _select(
        self, where: str, params: tuple[Any, ...]
    ) -> tuple[list[Application], list[tuple[Any, str]]]:
        """The applications that match, and (id, problem) for each damaged one."""
        try:
            # one read transaction, so the applications and their messages agree
            self.conn.execute("BEGIN")
            try:
                rows = self.conn.execute(
                    f"SELECT * FROM applications {where} ORDER BY id", params
                ).fetchall()
                sent: dict[Any, list[sqlite3.Row]] = {r["id"]: [] for r in rows}
                for m in self.conn.execute(
                    "SELECT application_id, kind, sent_on FROM messages WHERE application_id IN "
                    f"(SELECT id FROM applications {where}) ORDER BY sent_on, id",
                    params,
                ):
                    sent.setdefault(m["application_id"], []).append(m)
            finally:
                self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise FollowupError(f"{self.path}: cannot read ({exc})") from None
        apps: list[Application] = []
        damaged: list[tuple[Any, str]] = []
        for r in rows:
            try:
                apps.append(_application(r, sent[r["id"]]))
            except ValueError as exc:
                damaged.append((r["id"], str(exc)))
        return apps, damaged


def _text(row: sqlite3.Row, column: str, *, optional: bool = False) -> Any:
    value = row[column]
    if value is None and optional:
        return None
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise ValueError(f"its {column} is empty or not text")
    return value


def _day(value: Any, what: str) -> date:
    if not isinstance(value, str):
        raise ValueError(f"its {what} is not a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"its {what} {value[:40]!r} is not a date") from None


def _application(r: sqlite3.Row, messages: list[sqlite3.Row]) -> Application:
    """One row as an `Application`; `ValueError` saying what is wrong with a damaged row
    (edited by hand, written by something else)."""
    if not isinstance(r["id"], int):
        raise ValueError("its id is not a number")
    sent = []
    for m in messages:
        if m["kind"] not in KINDS:
            raise ValueError(f"a message's kind {str(m['kind'])[:40]!r} is not one of {KINDS}")
        sent.append(Sent(m["kind"], _day(m["sent_on"], "message's date")))
    promised = r["promised"]
    heard = r["heard_back"]
    if not isinstance(heard, int):
        raise ValueError("its heard_back is not a number")
    return Application(
        id=r["id"],
        company=_text(r, "company"),
        role=_text(r, "role"),
        interviewer=_text(r, "interviewer"),
        interviewed=_day(r["interviewed"], "interview date"),
        promised=_day(promised, "promised date") if promised is not None else None,
        heard_back=bool(heard),
        created=_text(r, "created"),
        notes=_text(r, "notes", optional=True),
        messages=sent,
    )
