"""Tracked applications in SQLite: one file under the user's data folder (`FOLLOWUP_HOME` moves it).

Safe with several followup processes at once: WAL (readers never block the writer), a busy
timeout (a writer waits for another instead of failing), every write in one `BEGIN IMMEDIATE`
transaction, and migrations run inside such a transaction after re-reading the version, so two
processes opening an old or new file at the same moment cannot both migrate it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from followup.config import data_home
from followup.errors import FollowupError
from followup.timing import KINDS, Sent

DB_NAME = "apps.db"
BUSY_TIMEOUT_S = 30.0
# SQLite's integers: a larger id names no row (and Python's sqlite3 would overflow on it)
SQLITE_INT = range(-(2**63), 2**63)

# MIGRATIONS[i] takes a database from schema version i to i + 1 (`PRAGMA user_version`).
# Never edit a migration that has shipped: add a new one.
MIGRATIONS: list[tuple[str, ...]] = [
    # 1: applications and the messages sent for each
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
    # 2: the interview notes themselves, so `apps draft` works after the notes file has moved
    ("ALTER TABLE applications ADD COLUMN notes TEXT",),
]
SCHEMA_VERSION = len(MIGRATIONS)


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


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: no implicit transactions; `transaction()` opens them explicitly
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.row_factory = sqlite3.Row
    # text that is not UTF-8 (a damaged file) is read with U+FFFD, not a failed query
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new file to WAL (it stays so); retry, as SQLite does not wait for this lock.

    Changing the journal mode needs an exclusive lock for which SQLite answers SQLITE_BUSY at
    once, without the busy handler: several processes opening a new file together would fail.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.005
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY")
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`BEGIN IMMEDIATE` takes the write lock at once (waiting up to the busy timeout)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    if schema_version(conn) == SCHEMA_VERSION:
        return
    with transaction(conn):
        version = schema_version(conn)  # another process may have migrated while we waited
        if version > SCHEMA_VERSION:
            raise FollowupError(
                f"{path}: written by a newer followup (schema {version}, this one knows "
                f"{SCHEMA_VERSION}); upgrade followup"
            )
        for step in MIGRATIONS[version:]:
            for statement in step:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


class Store:
    """The applications database; use as a context manager (`with Store() as store:`)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or db_path()
        self._conn: sqlite3.Connection | None = None

    def __enter__(self) -> Store:
        try:
            self._conn = _open(self.path)
            migrate(self._conn, self.path)
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
            raise RuntimeError("Store used outside `with`")
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
