"""`followup apps`: the table (overdue first), notes as facts, the .ics export, `apps draft`.

Every command that takes `--today` gets it (Wednesday 25 November 2026), and the real date is
pinned months away (`fixed_clock`), so a run that read the real date would get another answer.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from followup.cli import main
from followup.models.base import Completion, ModelRequest, Usage

TODAY = "2026-11-25"  # a Wednesday
ACME = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"

pytestmark = pytest.mark.usefixtures("fixed_clock")


@pytest.fixture(autouse=True)
def no_outside_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing from the caller's environment picks the backend or the sender."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_SENDER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # one table row per line


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def add(capsys: pytest.CaptureFixture[str], company: str, interviewed: str, *extra: str) -> None:
    ok(
        capsys,
        "apps",
        "add",
        "--company",
        company,
        "--role",
        "analyst",
        "--interviewer",
        "Pat Lee",
        "--interviewed",
        interviewed,
        "--today",
        TODAY,
        *extra,
    )


@pytest.fixture
def four_apps(capsys: pytest.CaptureFixture[str]) -> None:
    """#1 waiting, #2 check-in 7 days overdue, #3 answered, #4 nudge 1 day overdue."""
    add(capsys, "Waiting Co", "2026-11-23", "--promised", "2026-11-27")
    ok(capsys, "apps", "sent", "1", "thank-you", "--on", "2026-11-23", "--today", TODAY)
    add(capsys, "Quiet Co", "2026-11-10")
    ok(capsys, "apps", "sent", "2", "thank-you", "--on", "2026-11-10", "--today", TODAY)
    add(capsys, "Answered Co", "2026-11-20")
    ok(capsys, "apps", "heard", "3")
    add(capsys, "Nudge Co", "2026-11-09")
    ok(capsys, "apps", "sent", "4", "thank-you", "--on", "2026-11-09", "--today", TODAY)
    ok(capsys, "apps", "sent", "4", "check-in", "--on", "2026-11-21", "--today", TODAY)


# -- the table ------------------------------------------------------------------------------------


def test_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert "No applications yet" in ok(capsys, "apps", "--today", TODAY)


@pytest.mark.usefixtures("four_apps")
def test_overdue_first(capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, "apps", "--today", TODAY)
    rows = [line for line in out.splitlines() if " Co " in line]
    ids = [line.split("│")[1].strip() for line in rows]
    assert ids == ["2", "4", "1", "3"]  # most overdue first, done last
    assert "send check-in" in rows[0] and "(7d overdue)" in rows[0]
    assert "send nudge" in rows[1] and "(1d overdue)" in rows[1]
    assert "wait, then check-in" in rows[2] and "Mon 30 Nov 2026" in rows[2]
    assert "stop" in rows[3]
    assert "2 overdue" in out
    assert ok(capsys, "apps", "list", "--today", TODAY) == out


@pytest.mark.usefixtures("four_apps")
def test_overdue_rows_are_highlighted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = ok(capsys, "apps", "--today", TODAY)
    names = ("Quiet", "Nudge", "Waiting", "Answered")
    rows = {name: line for line in out.splitlines() for name in names if f"{name} Co" in line}
    bold_red = "\x1b[1;31m"
    assert bold_red in rows["Quiet"] and bold_red in rows["Nudge"]
    assert bold_red not in rows["Waiting"] and bold_red not in rows["Answered"]


@pytest.mark.usefixtures("four_apps")
def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(ok(capsys, "apps", "--today", TODAY, "--format", "json"))
    assert data["version"] == 1 and data["today"] == TODAY
    apps = data["applications"]
    assert [a["id"] for a in apps] == [2, 4, 1, 3]
    assert [a["plan"]["action"] for a in apps] == ["send-check-in", "send-nudge", "wait", "stop"]
    assert apps[0]["plan"]["days_overdue"] == 7
    assert apps[2]["plan"]["due"] == "2026-11-30"


def test_add_takes_facts_from_the_notes(capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, "apps", "add", "--notes", str(ACME), "--role", "analyst", "--today", TODAY)
    assert out.startswith("added #1: Acme Analytics, analyst (Priya Shah)")  # the flag wins
    data = json.loads(ok(capsys, "apps", "show", "1", "--format", "json", "--today", TODAY))
    assert data["interviewed"] == "2026-11-24"  # the notes' interview_date
    assert data["has_notes"] is True
    assert "dbt and Snowflake" in data["notes"]


# -- the calendar ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("four_apps")
def test_ics_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from icalendar import Calendar

    target = tmp_path / "followups.ics"
    code, out, err = run(capsys, "apps", "export", "--ics", str(target), "--today", TODAY)
    assert code == 0 and out == ""
    assert err == f"followup: wrote 3 reminders to {target}\n"

    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    cal = Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and "followup" in str(cal["PRODID"])
    events = list(cal.walk("VEVENT"))
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {
        "followup-2-check-in@followup",
        "followup-4-nudge@followup",
        "followup-1-check-in@followup",
    }  # nothing for the answered one
    starts = {uid: e.decoded("DTSTART") for uid, e in by_uid.items()}
    # overdue ones today; the waiting one on its due date (Mon 30 Nov)
    assert starts == {
        "followup-2-check-in@followup": date(2026, 11, 25),
        "followup-4-nudge@followup": date(2026, 11, 25),
        "followup-1-check-in@followup": date(2026, 11, 30),
    }
    for event in events:
        assert not isinstance(event.decoded("DTSTART"), datetime)  # all-day
        assert event.decoded("DTEND") == event.decoded("DTSTART") + timedelta(days=1)
        assert isinstance(event.decoded("DTSTAMP"), datetime)
        assert "followup apps draft" in str(event["DESCRIPTION"])
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(hours=9)
        assert str(alarms[0]["DESCRIPTION"]) == str(event["SUMMARY"])
    assert str(by_uid["followup-4-nudge@followup"]["SUMMARY"]) == (
        "Send a final nudge: Nudge Co (analyst)"
    )

    # a second export refuses to overwrite, unless told to
    code, _, err = run(capsys, "apps", "export", "--ics", str(target), "--today", TODAY)
    assert code == 2 and "already exists; use --force" in err
    ok(capsys, "apps", "export", "--ics", str(target), "--today", TODAY, "--force")


def test_ics_moves_a_weekend_reminder_to_monday(capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    # promised Wed 25 -> check-in due Sat 28 -> reminder on Mon 30
    add(capsys, "Weekend Co", "2026-11-23", "--promised", "2026-11-25")
    ok(capsys, "apps", "sent", "1", "thank-you", "--on", "2026-11-23", "--today", TODAY)
    raw = ok(capsys, "apps", "export", "--ics", "-", "--today", TODAY)
    (event,) = Calendar.from_ical(raw).walk("VEVENT")
    assert event.decoded("DTSTART") == date(2026, 11, 30)
    assert "Due Sat 28 Nov 2026, a weekend; moved to Mon 30 Nov 2026." in str(event["DESCRIPTION"])


def test_export_with_nothing_pending(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    add(capsys, "Answered Co", "2026-11-20")
    ok(capsys, "apps", "heard", "1")
    code, out, err = run(
        capsys, "apps", "export", "--ics", str(tmp_path / "x.ics"), "--today", TODAY
    )
    assert (code, out) == (0, "")
    assert "nothing to export" in err
    assert not (tmp_path / "x.ics").exists()


# -- apps draft -----------------------------------------------------------------------------------


class StubModel:
    """Answers every slot with one sentence grounded in the Acme notes; records the prompts."""

    backend = "stub"
    name = "stub-model"

    def __init__(self) -> None:
        self.prompts: list[str] = []

    def complete(self, request: ModelRequest) -> Completion:
        self.prompts.append("\n".join(m["content"] for m in request.messages))
        return Completion(
            "I enjoyed learning about the move of the reporting to dbt.", Usage(20, 12), "stop"
        )


@pytest.fixture
def stub_model(monkeypatch: pytest.MonkeyPatch) -> StubModel:
    import followup.models.resolve

    stub = StubModel()
    monkeypatch.setattr(followup.models.resolve, "build", lambda *a, **k: stub)
    return stub


def test_draft_uses_the_stored_notes_and_the_due_kind(
    capsys: pytest.CaptureFixture[str], stub_model: StubModel
) -> None:
    ok(capsys, "apps", "add", "--notes", str(ACME), "--today", TODAY)
    ok(capsys, "apps", "sent", "1", "thank-you", "--on", "2026-11-24", "--today", TODAY)
    # no promise: the check-in is due on Wed 2 Dec
    code, out, err = run(capsys, "apps", "draft", "1", "--today", "2026-12-02", "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["application"] == 1
    assert data["kind"] == "check-in"
    assert data["backend"] == "stub"
    assert "Dear Priya Shah" in data["text"] and "Sam Patel" in data["text"]
    assert "Acme Analytics" in data["text"]
    assert stub_model.prompts and any("dbt" in p for p in stub_model.prompts)
    # before it is due: a draft anyway, and a note saying when
    code, out, err = run(capsys, "apps", "draft", "1", "--today", TODAY)
    assert code == 0
    assert err.startswith("followup: the check-in is not due until Wed 2 Dec 2026")


def test_draft_without_notes_uses_the_facts_and_the_configured_sender(
    capsys: pytest.CaptureFixture[str], stub_model: StubModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, "Globex", "2026-11-24")
    code, _, err = run(capsys, "apps", "draft", "1", "--today", TODAY)
    assert code == 2
    assert "no sender name" in err
    monkeypatch.setenv("FOLLOWUP_SENDER", "Sam Patel")
    out = ok(capsys, "apps", "draft", "1", "--today", TODAY)
    assert "Dear Pat Lee" in out and "Globex" in out and out.rstrip().endswith("Sam Patel")


def test_draft_when_nothing_is_due(
    capsys: pytest.CaptureFixture[str], stub_model: StubModel
) -> None:
    add(capsys, "Answered Co", "2026-11-20")
    ok(capsys, "apps", "heard", "1")
    code, out, err = run(capsys, "apps", "draft", "1", "--sender", "Sam Patel", "--today", TODAY)
    assert (code, out) == (2, "")
    assert err.startswith("followup: error: #1 (Answered Co, analyst): nothing to draft: They ")
    assert stub_model.prompts == []
    out = ok(
        capsys, "apps", "draft", "1", "--sender", "Sam Patel", "--kind", "nudge", "--today", TODAY
    )
    assert "check in" in out.lower()


@pytest.mark.slow
def test_draft_with_the_embedded_model(capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "apps", "add", "--notes", str(ACME), "--promised", "2026-11-27", "--today", TODAY)
    ok(capsys, "apps", "sent", "1", "thank-you", "--on", "2026-11-24", "--today", TODAY)
    code, out, err = run(
        capsys,
        "apps",
        "draft",
        "1",
        "--today",
        "2026-11-30",
        "--samples",
        "1",
        "--max-attempts",
        "1",
        "--format",
        "json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["backend"], data["kind"], data["accepted"]) == ("embedded", "check-in", True)
    assert "Priya Shah" in data["text"] and "Sam Patel" in data["text"]


def test_draft_is_saved_in_the_history_unless_no_log(
    capsys: pytest.CaptureFixture[str], stub_model: StubModel
) -> None:
    from followup.storage import history

    ok(capsys, "apps", "add", "--notes", str(ACME), "--today", TODAY)
    out = ok(capsys, "apps", "draft", "1", "--today", TODAY)
    (row,) = history.recent()
    assert (row["kind"], row["status"], row["backend"]) == ("thank-you", "accepted", "stub")
    assert history.get(row["id"])["final_text"] == out
    ok(capsys, "apps", "draft", "1", "--today", TODAY, "--no-log")
    assert len(history.recent()) == 1
    listed = ok(capsys, "history")
    assert "thank-you" in listed


def test_draft_when_the_model_fails_keeps_the_attempts_in_the_history(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import followup.models.resolve
    from followup.errors import ModelUnavailable
    from followup.storage import history

    class DownModel(StubModel):
        def complete(self, request: ModelRequest) -> Completion:
            raise ModelUnavailable("model server at http://127.0.0.1:9 is not answering")

    monkeypatch.setattr(followup.models.resolve, "build", lambda *a, **k: DownModel())
    ok(capsys, "apps", "add", "--notes", str(ACME), "--today", TODAY)
    code, out, err = run(capsys, "apps", "draft", "1", "--today", TODAY)
    assert (code, out) == (3, "")
    assert err.startswith("followup: error: model server at http://127.0.0.1:9")
    assert [r["status"] for r in history.recent()] == ["model-unavailable"]
