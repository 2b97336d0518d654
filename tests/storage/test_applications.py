"""The applications store: add, sent, heard, remove, show; old schemas; concurrent writers."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from old_schemas import APPS_V1, write_old

from followup.cli import main
from followup.errors import FollowupError
from followup.storage.applications import SCHEMA_VERSION, ApplicationStore, db_path
from followup.timing import Sent

TODAY = "2026-11-25"  # a Wednesday (every command that takes --today gets it)
SCRIPT = Path(sys.executable).parent / "followup"

pytestmark = pytest.mark.usefixtures("fixed_clock")  # the real date, pinned months away


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_acme(capsys: pytest.CaptureFixture[str], *extra: str) -> None:
    code, _, err = run(
        capsys,
        "apps",
        "add",
        "--company",
        "Acme Analytics",
        "--role",
        "data analyst",
        "--interviewer",
        "Priya Shah",
        "--interviewed",
        "2026-11-16",
        "--today",
        TODAY,
        *extra,
    )
    assert code == 0, err


# -- the store itself -----------------------------------------------------------------------------


def test_lives_under_followup_home(isolated_home: Path) -> None:
    assert db_path() == isolated_home / "followup" / "apps.db"
    with ApplicationStore() as store:
        store.add(company="A", role="r", interviewer="I", interviewed=date(2026, 11, 1))
    assert (isolated_home / "followup" / "apps.db").is_file()


def test_without_followup_home_it_is_the_data_folder(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUP_HOME")
    assert db_path() == isolated_home / "data" / "followup" / "apps.db"


def test_add_get_sent_heard_remove() -> None:
    with ApplicationStore() as store:
        first = store.add(
            company="Acme",
            role="analyst",
            interviewer="Priya Shah",
            interviewed=date(2026, 11, 16),
            promised=date(2026, 11, 20),
            notes="- they use dbt",
        )
        second = store.add(
            company="Globex", role="ops", interviewer="Hank", interviewed=date(2026, 11, 17)
        )
        assert (first, second) == (1, 2)
        assert store.add_message(first, "check-in", date(2026, 11, 24))
        assert store.add_message(first, "thank-you", date(2026, 11, 16))
        assert store.set_heard(second)
        got = store.get(first)
        assert got is not None
        assert (got.company, got.role, got.interviewer) == ("Acme", "analyst", "Priya Shah")
        assert (got.interviewed, got.promised, got.notes) == (
            date(2026, 11, 16),
            date(2026, 11, 20),
            "- they use dbt",
        )
        assert got.messages == [  # in date order
            Sent("thank-you", date(2026, 11, 16)),
            Sent("check-in", date(2026, 11, 24)),
        ]
        assert not got.heard_back
        assert [a.id for a in store.all()] == [1, 2]
        assert store.all()[1].heard_back
        assert store.remove(first)
        assert store.get(first) is None
        # the messages went with it
        assert store.conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
        # ids are never reused, so calendar UIDs stay unique
        assert store.add(company="C", role="r", interviewer="I", interviewed=date(2026, 11, 1)) == 3


def test_missing_ids() -> None:
    with ApplicationStore() as store:
        assert store.get(7) is None
        assert not store.add_message(7, "nudge", date(2026, 11, 1))
        assert not store.set_heard(7)
        assert not store.remove(7)


def test_pragmas() -> None:
    with ApplicationStore() as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_a_failed_write_leaves_nothing() -> None:
    with ApplicationStore() as store:
        app_id = store.add(company="A", role="r", interviewer="I", interviewed=date(2026, 11, 1))
        with pytest.raises(FollowupError, match="could not save"):
            store.add_message(app_id, "postcard", date(2026, 11, 2))  # the CHECK constraint
        assert store.get(app_id).messages == []  # type: ignore[union-attr]
        assert not store.conn.in_transaction


# -- schema versions ------------------------------------------------------------------------------


def make_v1(path: Path) -> None:
    write_old(
        path,
        APPS_V1,
        1,
        "INSERT INTO applications (company, role, interviewer, interviewed, promised, heard_back,"
        " created) VALUES ('Initech', 'tester', 'Bill Lumbergh', '2026-11-16', '2026-11-20', 0,"
        " '2026-11-16T10:00:00+00:00')",
        "INSERT INTO messages (application_id, kind, sent_on)"
        " VALUES (1, 'thank-you', '2026-11-16')",
    )


def test_a_version_1_store_is_migrated(capsys: pytest.CaptureFixture[str]) -> None:
    make_v1(db_path())
    with ApplicationStore() as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        old = store.get(1)
        assert old is not None
        assert (old.company, old.notes, old.messages) == (
            "Initech",
            None,
            [Sent("thank-you", date(2026, 11, 16))],
        )
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    code, out, err = run(capsys, "apps", "show", "1", "--today", TODAY)
    assert code == 0, err
    assert "Initech" in out and "Send a check-in now." in out
    add_acme(
        capsys, "--notes", str(Path(__file__).parents[2] / "examples/notes/sunrise-barista.txt")
    )
    with ApplicationStore() as store:
        assert store.get(2).notes  # type: ignore[union-attr]


def test_a_newer_store_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    code, out, err = run(capsys, "apps", "--today", TODAY)
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"followup: error: {path}: written by a newer followup (schema {SCHEMA_VERSION + 5}, "
        f"this one knows {SCHEMA_VERSION}); upgrade followup"
    ]


def test_a_broken_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    path = db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, just some text " * 100)
    code, out, err = run(capsys, "apps", "--today", TODAY)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"followup: error: {path}: cannot use the applications database")


# -- the commands ---------------------------------------------------------------------------------


def test_add_sent_heard_show_remove(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "apps",
        "add",
        "--company",
        "Acme Analytics",
        "--role",
        "data analyst",
        "--interviewer",
        "Priya Shah",
        "--interviewed",
        "monday",
        "--promised",
        "friday",
        "--today",
        TODAY,
    )
    assert code == 0, err
    assert out.splitlines() == [
        "added #1: Acme Analytics, data analyst (Priya Shah)",
        "next: Send the thank-you now.",
    ]
    with ApplicationStore() as store:
        stored = store.get(1)
        assert stored is not None
        assert (stored.interviewed, stored.promised) == (date(2026, 11, 23), date(2026, 11, 27))

    code, out, err = run(
        capsys, "apps", "sent", "1", "thank-you", "--on", "monday", "--today", TODAY
    )
    assert code == 0, err
    assert out.splitlines() == [
        "recorded the thank-you of Mon 23 Nov 2026 for #1 (Acme Analytics, data analyst)",
        "next: Wait until Mon 30 Nov 2026, then send a check-in.",
    ]

    code, out, err = run(capsys, "apps", "show", "1", "--today", "2026-11-30")
    assert code == 0, err
    assert "#1 Acme Analytics, data analyst" in out
    assert "Promised:    Fri 27 Nov 2026" in out
    assert "Sent:        thank-you on Mon 23 Nov 2026" in out
    assert "Send a check-in now." in out
    assert "Draft it: followup apps draft 1" in out

    code, out, err = run(capsys, "apps", "show", "1", "--today", "2026-11-30", "--format", "json")
    data = json.loads(out)
    assert data["plan"]["action"] == "send-check-in"
    assert data["sent"] == [{"kind": "thank-you", "on": "2026-11-23"}]

    code, out, err = run(capsys, "apps", "heard", "1")
    assert (code, out) == (
        0,
        "#1 (Acme Analytics, data analyst): they answered; no more follow-ups\n",
    )
    code, out, err = run(capsys, "apps", "show", "1", "--today", "2026-11-30")
    assert "Answered:    yes" in out and "Stop following up." in out
    assert "Draft it" not in out
    assert run(capsys, "apps", "heard", "1", "--undo")[0] == 0
    assert "Send a check-in now." in run(capsys, "apps", "show", "1", "--today", "2026-11-30")[1]

    code, out, err = run(capsys, "apps", "remove", "1")
    assert (code, out) == (0, "removed #1 (Acme Analytics, data analyst)\n")
    code, out, err = run(capsys, "apps", "show", "1", "--today", TODAY)
    assert code == 2
    assert err == "followup: error: no application #1; `followup apps` lists them\n"


ADD = ["add", "--company", "c", "--role", "r", "--interviewer", "i", "--today", TODAY]
SENT = ["sent", "1", "check-in", "--today", TODAY]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sent", "9", "nudge", "--today", TODAY], "no application #9"),
        (["heard", "9"], "no application #9"),
        (["remove", "9"], "no application #9"),
        (["show", "9", "--today", TODAY], "no application #9"),
        (["draft", "9", "--today", TODAY], "no application #9"),
        ([*SENT, "--on", "2026-11-01"], "is dated before the interview"),
        ([*SENT, "--on", "2026-11-26"], "is dated after today"),
        ([*SENT, "--on", "someday"], "--on: 'someday' is not a date"),
        (["add", "--role", "r", "--interviewer", "i", "--interviewed", "1 nov"], "--company is"),
        (ADD, "--interviewed is required"),
        (
            [*ADD, "--interviewed", "today", "--promised", "yesterday"],
            "the promised date (2026-11-24) is before the interview (2026-11-25)",
        ),
        ([*ADD, "--interviewed", "today", "--notes", "/no/such.md"], "/no/such.md: no such file"),
        ([*ADD, "--interviewed", "in 3 days"], "the interview (2026-11-28) is after today"),
    ],
)
def test_command_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    add_acme(capsys)
    code, out, err = run(capsys, "apps", *args)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("followup: error: ")
    assert message in err
    with ApplicationStore() as store:  # nothing was written
        assert [a.id for a in store.all()] == [1]
        assert store.get(1).messages == []  # type: ignore[union-attr]


# -- several processes at once --------------------------------------------------------------------

# the same for the draft history: test_sqlite.py::test_concurrent_writers


def test_concurrent_console_scripts() -> None:
    """The real CLI, four invocations at once on a fresh store."""
    procs = [
        subprocess.Popen(
            [str(SCRIPT), "apps", "add", "--company", f"Company {n}", "--role", "r",
             "--interviewer", "Pat", "--interviewed", "yesterday", "--today", TODAY],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        for n in range(4)
    ]  # fmt: skip
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert [r[0] for r in results] == [0] * 4, results
    assert sorted(r[1].split(":")[0] for r in results) == [
        "added #1",
        "added #2",
        "added #3",
        "added #4",
    ]
    with ApplicationStore() as store:
        assert sorted(a.company for a in store.all()) == [f"Company {n}" for n in range(4)]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
