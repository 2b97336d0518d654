"""`followup plan`: in-process through `main`, and through the installed console script.

Every run fixes `--today` (Wednesday 25 November 2026), so relative dates are deterministic;
in-process, the real date is pinned as well (`fixed_clock`, some months later), so a run that
read the real date instead would get another answer on any day.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from followup.cli import main

TODAY = "2026-11-25"  # a Wednesday
SCRIPT = Path(sys.executable).parent / "followup"

pytestmark = pytest.mark.usefixtures("fixed_clock")


def plan_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code = main(["plan", "--today", TODAY, "--format", "json", *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    data: dict[str, Any] = json.loads(captured.out)
    return data


def plan_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["plan", "--today", TODAY, *args])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("followup: error: ")
    assert "Traceback" not in captured.err
    return lines[0]


# -- the answer -----------------------------------------------------------------------------------


def test_text_gives_action_due_reason_and_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        ["plan", "--today", TODAY, "--interviewed", "2026-11-16", "--sent", "thank-you@2026-11-16"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == "Send a check-in now."
    assert "Due:      Tue 24 Nov 2026 (1 day overdue)" in out
    assert '"in over a week"' in out
    assert "Draft it: followup draft --kind check-in" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    data = plan_json(capsys, "--interviewed", "2026-11-18", "--promised", "2026-11-20")
    assert data["version"] == 1
    assert data["action"] == "send-thank-you"
    assert data["kind"] == "thank-you"
    assert data["due"] == "2026-11-18"
    assert data["overdue"] is True and data["days_overdue"] == 6
    assert data["command"] == "followup draft --kind thank-you"
    assert data["input"] == {
        "interviewed": "2026-11-18",
        "promised": "2026-11-20",
        "sent": [],
        "heard_back": False,
    }
    assert set(data) >= {"reason", "weekend", "next_working_day", "headline", "today", "act_on"}


def test_promise_boundary_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--interviewed", "2026-11-16", "--sent", "thank-you@2026-11-16"]
    # promised Mon 23: Wed 25 is exactly two days after -> wait; Thu 26 -> send
    waiting = plan_json(capsys, *args, "--promised", "2026-11-23")
    assert (waiting["action"], waiting["due"]) == ("wait", "2026-11-26")
    assert (
        main(["plan", "--today", "2026-11-26", "-f", "json", *args, "--promised", "2026-11-23"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["action"] == "send-check-in"


def test_weekend_in_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    # promised Wed 25 -> due Sat 28
    args = ["--interviewed", "2026-11-23", "--promised", "2026-11-25", "--sent", "thank-you@today"]
    data = plan_json(capsys, *args)
    assert (data["due"], data["weekend"], data["next_working_day"]) == (
        "2026-11-28",
        True,
        "2026-11-30",
    )
    assert main(["plan", "--today", TODAY, *args]) == 0
    out = capsys.readouterr().out
    assert "Sat 28 Nov 2026 is a weekend day; the next working day is Mon 30 Nov 2026." in out


def test_heard_back_stops(capsys: pytest.CaptureFixture[str]) -> None:
    data = plan_json(capsys, "--interviewed", "yesterday", "--heard-back")
    assert (data["action"], data["command"], data["due"]) == ("stop", None, None)


# -- relative dates, counted from --today (Wednesday 25 November 2026) ----------------------------


@pytest.mark.parametrize(
    ("option", "text", "expected"),
    [
        ("--interviewed", "today", "2026-11-25"),
        ("--interviewed", "yesterday", "2026-11-24"),
        ("--interviewed", "friday", "2026-11-20"),  # the Friday just gone
        ("--interviewed", "wednesday", "2026-11-25"),  # today's weekday is today
        ("--interviewed", "last tuesday", "2026-11-24"),
        ("--interviewed", "3 days ago", "2026-11-22"),
        ("--interviewed", "Nov 20", "2026-11-20"),
        ("--interviewed", "  2026-11-19 ", "2026-11-19"),
        ("--promised", "friday", "2026-11-27"),  # a promise: the coming Friday
        ("--promised", "wednesday", "2026-12-02"),  # a promise made today: a week today
        ("--promised", "next tuesday", "2026-12-01"),
        ("--promised", "in 3 days", "2026-11-28"),
        ("--promised", "tomorrow", "2026-11-26"),
        ("--promised", "in 2 weeks", "2026-12-09"),
    ],
)
def test_relative_dates(
    capsys: pytest.CaptureFixture[str], option: str, text: str, expected: str
) -> None:
    args = ["--interviewed", "2026-11-19", option, text]
    if option == "--interviewed":
        args = [option, text]
    data = plan_json(capsys, *args)
    key = option.removeprefix("--")
    assert data["input"][key] == expected


def test_next_tuesday_on_a_monday_is_tomorrow(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--interviewed", "friday", "--promised", "next tuesday", "--format", "json"]
    code = main(["plan", "--today", "2026-11-23", *args])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["input"]["interviewed"] == "2026-11-20"
    assert data["input"]["promised"] == "2026-11-24"


def test_sent_dates_and_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    data = plan_json(
        capsys,
        "--interviewed",
        "2026-11-10",
        "--sent",
        "thank-you@2026-11-10",
        "--sent",
        "check-in@friday",
        "--sent",
        "Nudge@yesterday",
    )
    assert data["input"]["sent"] == [
        {"kind": "thank-you", "on": "2026-11-10"},
        {"kind": "check-in", "on": "2026-11-20"},
        {"kind": "nudge", "on": "2026-11-24"},
    ]
    assert data["action"] == "stop"


def test_today_itself_may_be_relative(
    capsys: pytest.CaptureFixture[str], fixed_clock: date
) -> None:
    """`--today yesterday` is the day before the real date (pinned here: Wed 3 Mar 2027)."""
    assert main(["plan", "--today", "yesterday", "--interviewed", "today", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert fixed_clock == date(2027, 3, 3)
    assert data["today"] == data["input"]["interviewed"] == "2027-03-02"
    assert main(["plan", "--today", "friday", "--interviewed", "today", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["today"] == "2027-02-26"  # the Friday just gone


# -- bad dates: one line, exit 2 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--interviewed", "blurday"], "--interviewed: 'blurday' is not a date I can read"),
        (["--interviewed", "2026-02-30"], "'2026-02-30' is not a date I can read"),
        (["--interviewed", "december"], "names a month, not a day"),
        (["--interviewed", ""], "--interviewed: empty date"),
        (["--interviewed", "in 3 days"], "the interview (2026-11-28) is after today"),
        (
            ["--interviewed", "2026-11-20", "--promised", "2026-11-19"],
            "the promised date (2026-11-19) is before the interview (2026-11-20)",
        ),
        (["--interviewed", "today", "--promised", "in 2 years"], "more than a year after today"),
        (["--interviewed", "today", "--promised", "2028-01-01"], "more than a year after today"),
        (["--interviewed", "today", "--sent", "thank-you"], "is not KIND@DATE"),
        (["--interviewed", "today", "--sent", "coffee@today"], "unknown kind 'coffee'"),
        (["--interviewed", "today", "--sent", "thank-you@tomorrow"], "after today"),
        (["--interviewed", "today", "--sent", "check-in@last week"], "before the interview"),
    ],
    ids=[
        "garbage",
        "no-such-day",
        "a-month",
        "empty",
        "interview-ahead",
        "promise-before-interview",
        "promise-years-ahead",
        "promise-iso-far",
        "sent-without-date",
        "sent-bad-kind",
        "sent-ahead",
        "sent-before-interview",
    ],
)
def test_bad_dates(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert message in plan_error(capsys, *args)


def test_missing_interviewed_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--today", TODAY]) == 2
    assert "--interviewed" in capsys.readouterr().err


# -- the real console script ----------------------------------------------------------------------


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )


def test_console_script_json() -> None:
    proc = run_script(
        "plan",
        "--today",
        TODAY,
        "--interviewed",
        "friday",
        "--promised",
        "next tuesday",
        "--sent",
        "thank-you@friday",
        "--format",
        "json",
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["input"]["interviewed"] == "2026-11-20"
    assert data["input"]["promised"] == "2026-12-01"
    assert (data["action"], data["kind"], data["due"]) == ("wait", "check-in", "2026-12-04")


def test_console_script_bad_date() -> None:
    proc = run_script("plan", "--today", TODAY, "--interviewed", "the day before whenever")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "followup: error: --interviewed: 'the day before whenever' is not a date I can read "
        "(try 2026-11-24, today, yesterday, friday, next tuesday, in 3 days)"
    ]
