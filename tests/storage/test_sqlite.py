"""The storage layer both databases share: concurrent writers on each table, files written by the
schema before `storage/` opening unchanged, the migration registry, and busy retries."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import draft_result
from old_schemas import APPS_V2, HISTORY_V2, write_old

from followup.errors import FollowupError
from followup.storage import applications, history, sqlite
from followup.storage.applications import ApplicationStore

HISTORY_ROW = """INSERT INTO drafts (created, notes_hash, kind, backend, model, strategy,
    final_text, fallback, status, prompt_tokens, completion_tokens, attempts_json) VALUES
    ('2026-11-20T09:00:00+00:00', 'abc', 'thank-you', 'embedded', 'm', 'slots',
     'Subject: Thank you', 0, 'accepted', 5, 7,
     '[{"number": 1, "text": "Subject: Thank you", "passed": true, "findings": []}]')"""
APPS_ROWS = (
    """INSERT INTO applications (company, role, interviewer, interviewed, promised, heard_back,
    created, notes) VALUES ('Initech', 'tester', 'Bill Lumbergh', '2026-11-16', '2026-11-20', 0,
    '2026-11-16T10:00:00+00:00', '- they use dbt')""",
    "INSERT INTO messages (application_id, kind, sent_on) VALUES (1, 'thank-you', '2026-11-16')",
)


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return [tuple(r) for r in rows]
    finally:
        conn.close()


def test_a_history_written_before_storage_opens(tmp_path: Path) -> None:
    write_old(history.db_path(), HISTORY_V2, 2, HISTORY_ROW)
    before = schema_of(history.db_path())
    (old,) = history.recent()
    assert (old["id"], old["final_text"], old["prompt_tokens"]) == (1, "Subject: Thank you", 5)
    assert old["attempts"][0]["passed"] is True
    assert history.record(draft_result("Subject: Two"), "notes", "accepted") == 2
    assert [d["final_text"] for d in history.export_all()] == ["Subject: Thank you", "Subject: Two"]
    assert schema_of(history.db_path()) == before  # nothing migrated, nothing added
    with history.connect() as conn:
        assert sqlite.schema_version(conn) == history.SCHEMA_VERSION == 2
    # and a new file is made exactly as the old code made it
    with history.connect(tmp_path / "new.db"):
        pass
    assert schema_of(tmp_path / "new.db") == before


def test_an_applications_file_written_before_storage_opens(tmp_path: Path) -> None:
    write_old(applications.db_path(), APPS_V2, 2, *APPS_ROWS)
    before = schema_of(applications.db_path())
    with ApplicationStore() as store:
        old = store.get(1)
        assert old is not None
        assert (old.company, old.promised, old.notes) == (
            "Initech",
            date(2026, 11, 20),
            "- they use dbt",
        )
        assert [m.kind for m in old.messages] == ["thank-you"]
        assert store.add(company="A", role="r", interviewer="I", interviewed=date(2026, 11, 1)) == 2
        assert sqlite.schema_version(store.conn) == applications.SCHEMA_VERSION == 2
    assert schema_of(applications.db_path()) == before
    with ApplicationStore(tmp_path / "new.db"):
        pass
    assert schema_of(tmp_path / "new.db") == before


# -- several processes at once --------------------------------------------------------------------

WORKERS = 8
WRITES_EACH = 15


def _write_history(worker: int, i: int) -> None:
    history.record(draft_result(f"draft {worker}-{i}"), f"notes {worker}-{i}", "accepted")


def _write_application(worker: int, i: int) -> None:
    with ApplicationStore() as store:  # a fresh connection each time, like separate commands
        app_id = store.add(
            company=f"worker {worker}",
            role=f"role {i}",
            interviewer="Pat",
            interviewed=date(2026, 11, 20),
        )
        store.add_message(app_id, "thank-you", date(2026, 11, 20))


def _history_rows() -> set[str]:
    return {d["final_text"] for d in history.export_all()}


def _application_rows() -> set[str]:
    with ApplicationStore() as store:
        apps = store.all()
    assert all(len(a.messages) == 1 for a in apps)
    return {f"{a.company} {a.role}" for a in apps}


TABLES: dict[str, tuple[Callable[[int, int], None], Callable[[], set[str]], str]] = {
    "history": (_write_history, _history_rows, "draft {w}-{i}"),
    "applications": (_write_application, _application_rows, "worker {w} role {i}"),
}


def _writer(table: str, worker: int, start: Any, errors: Any) -> None:
    write = TABLES[table][0]
    start.wait()
    try:
        for i in range(WRITES_EACH):
            write(worker, i)
    except Exception as exc:  # reported to the test, which names it
        errors.put(f"worker {worker}: {type(exc).__name__}: {exc}")
        raise


@pytest.mark.parametrize("table", sorted(TABLES))
def test_concurrent_writers(table: str) -> None:
    """Several processes create, migrate and write one fresh file at the same moment: every row
    is there, and none of them was told the database is locked."""
    _, rows, name = TABLES[table]
    ctx = multiprocessing.get_context("fork")
    start, errors = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(table, w, start, errors)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=120)
    reported = [errors.get() for _ in range(errors.qsize())]
    assert reported == []
    assert [p.exitcode for p in procs] == [0] * WORKERS
    expected = {name.format(w=w, i=i) for w in range(WORKERS) for i in range(WRITES_EACH)}
    assert rows() == expected
    path = history.db_path() if table == "history" else applications.db_path()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


# -- the registry and the retries -----------------------------------------------------------------


@pytest.mark.parametrize("versions", [[2], [1, 3], [2, 1], [1, 1]])
def test_migrations_are_numbered_in_order(versions: list[int]) -> None:
    with pytest.raises(ValueError, match="numbered 1, 2"):
        sqlite.Schema(tuple(sqlite.Migration(v, ()) for v in versions), too_new="")


def test_migrations_run_once_in_order_and_a_failed_one_leaves_nothing(tmp_path: Path) -> None:
    ran: list[int] = []

    def step(n: int) -> sqlite.Step:
        return lambda conn: ran.append(n)

    one = sqlite.Migration(1, ("CREATE TABLE t (x)", step(1)))
    two = sqlite.Migration(2, ("INSERT INTO t VALUES (2)", step(2)))
    path = tmp_path / "t.db"
    sqlite.open_database(path, sqlite.Schema((one,), too_new=""), timeout=5).close()
    broken = sqlite.Migration(3, ("INSERT INTO t VALUES (3)", "NOT SQL"))
    with pytest.raises(sqlite3.OperationalError):
        sqlite.open_database(path, sqlite.Schema((one, two, broken), too_new=""), timeout=5)
    conn = sqlite.open_database(path, sqlite.Schema((one, two), too_new=""), timeout=5)
    assert sqlite.schema_version(conn) == 2
    assert [tuple(r) for r in conn.execute("SELECT x FROM t")] == [(2,)]  # the failed 2 -> 3 undone
    conn.close()
    assert ran == [1, 2, 2]  # 2 ran in the rolled-back attempt too
    too_new = sqlite.Schema((one,), too_new="{path}: schema {version}, not {known}")
    with pytest.raises(FollowupError, match=r"t\.db: schema 2, not 1"):
        sqlite.open_database(path, too_new, timeout=5)


def test_busy_is_retried_and_other_errors_are_not(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    waiter = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    calls: list[str] = []

    def write() -> int:
        if calls:
            holder.execute("COMMIT")  # the other writer is done by the second try
        calls.append("try")
        return waiter.execute("INSERT INTO t VALUES (1)").rowcount

    assert sqlite.retry_busy(write, timeout=30) == 1
    assert calls == ["try", "try"]

    def broken() -> None:
        calls.append("broken")
        waiter.execute("NOT SQL")

    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        sqlite.retry_busy(broken, timeout=30)
    assert calls.count("broken") == 1
    holder.close()
    waiter.close()
