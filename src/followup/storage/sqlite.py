"""How followup opens its SQLite databases, and migrates them, the same way for each.

Safe with several followup processes at once: WAL (readers never block the writer), a busy
timeout (a writer waits for another instead of failing), SQLITE_BUSY retried where SQLite
answers it at once without waiting (switching a new file to WAL), every write in one
`BEGIN IMMEDIATE` transaction, and migrations run inside such a transaction after re-reading
the version, so two processes opening an old or new file at the same moment cannot both
migrate it. The schema version is SQLite's `PRAGMA user_version`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from followup.errors import FollowupError

T = TypeVar("T")

# SQLite's integers: a larger id names no row (and Python's sqlite3 would overflow on it)
SQLITE_INT = range(-(2**63), 2**63)

# One step of a migration: an SQL statement, or a function given the connection.
Step = str | Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    """What takes a database from version `version - 1` to `version`. Never edit one that has
    shipped: add the next."""

    version: int
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Schema:
    """One database's migrations, in order (versions 1, 2, ...), and the error for a file
    written by a newer followup (`{path}`, `{version}` and `{known}` are filled in)."""

    migrations: tuple[Migration, ...]
    too_new: str

    def __post_init__(self) -> None:
        versions = [m.version for m in self.migrations]
        if versions != list(range(1, len(versions) + 1)):
            raise ValueError(f"migrations must be numbered 1, 2, ... in order, not {versions}")

    @property
    def version(self) -> int:
        return len(self.migrations)


def connect(path: Path, *, timeout: float) -> sqlite3.Connection:
    """A connection to `path` (its folder made), not yet configured nor migrated; `OSError` or
    `sqlite3.Error` when it cannot be opened."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: no implicit transactions; `transaction()` opens them explicitly
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.row_factory = sqlite3.Row
    # text that is not UTF-8 (a damaged file) is read with U+FFFD, not a failed query
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return conn


def prepare(conn: sqlite3.Connection, schema: Schema, path: Path, *, timeout: float) -> None:
    """The busy timeout, foreign keys, WAL, then the migrations `conn`'s file still needs."""
    retry_busy(lambda: _configure(conn, timeout), timeout)
    migrate(conn, schema, path)


def open_database(path: Path, schema: Schema, *, timeout: float) -> sqlite3.Connection:
    """`connect` and `prepare`; the connection is closed when either fails."""
    conn = connect(path, timeout=timeout)
    try:
        prepare(conn, schema, path, timeout=timeout)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection, timeout: float) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # a new file is switched to WAL once (it stays so); this needs an exclusive lock for which
    # SQLite answers SQLITE_BUSY at once, without the busy handler, hence `retry_busy`
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED ("database is locked"), in any of their extended forms."""
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def retry_busy(action: Callable[[], T], timeout: float) -> T:
    """`action()`, again after a short pause while it fails busy, for up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() > deadline:
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


def _refuse_newer(version: int, schema: Schema, path: Path) -> None:
    if version > schema.version:
        raise FollowupError(schema.too_new.format(path=path, version=version, known=schema.version))


def migrate(conn: sqlite3.Connection, schema: Schema, path: Path) -> None:
    """Apply, in one transaction, each migration past the file's version; a file from a newer
    followup is refused."""
    version = schema_version(conn)
    if version == schema.version:
        return
    _refuse_newer(version, schema, path)
    with transaction(conn):
        version = schema_version(conn)  # another process may have migrated while we waited
        _refuse_newer(version, schema, path)
        for migration in schema.migrations[version:]:
            for step in migration.steps:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
        conn.execute(f"PRAGMA user_version = {schema.version}")
