"""The tracked applications as `apps` and the plan page show them (`applist.py`): in the order
to act on them, with their cells; what `apps add` takes from notes and what `apps draft`
writes from."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import application

from followup.applist import (
    due_cell,
    facts_from_notes,
    next_cell,
    notes_for_draft,
    order,
    plan_for,
    planned,
)
from followup.timing import Sent

TODAY = date(2026, 11, 25)  # a Wednesday


def test_overdue_first_then_due_now_then_waiting_soonest_first_then_done() -> None:
    waiting_late = application(1, date(2026, 11, 24), Sent("thank-you", date(2026, 11, 24)))
    done = application(
        2,
        date(2026, 10, 1),
        Sent("thank-you", date(2026, 10, 1)),
        Sent("check-in", date(2026, 10, 10)),
        Sent("nudge", date(2026, 10, 14)),
    )
    due_today = application(3, TODAY)
    overdue = application(4, date(2026, 11, 20))
    waiting_soon = application(5, date(2026, 11, 17), Sent("thank-you", date(2026, 11, 17)))
    rows = sorted(planned([waiting_late, done, due_today, overdue, waiting_soon], TODAY), key=order)
    assert [a.id for a, _ in rows] == [4, 3, 5, 1, 2]


def test_the_cells_say_what_to_do_and_by_when() -> None:
    overdue = plan_for(application(1, date(2026, 11, 20)), TODAY)
    assert next_cell(overdue) == "send thank-you"
    assert due_cell(overdue) == "Fri 20 Nov 2026 (4d overdue)"
    waiting = plan_for(application(2, TODAY, Sent("thank-you", TODAY)), TODAY)
    assert next_cell(waiting) == "wait, then check-in"
    assert due_cell(waiting) == "Thu 3 Dec 2026"
    weekend = plan_for(
        application(3, date(2026, 11, 20), Sent("thank-you", date(2026, 11, 20))), TODAY
    )
    assert due_cell(weekend) == "Sat 28 Nov 2026; weekend, so Mon 30 Nov 2026"


def test_an_application_whose_dates_make_no_plan_is_skipped_with_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    future = application(7, date(2026, 12, 25))  # an interview after today
    rows = planned([future, application(8, TODAY)], TODAY)
    assert [a.id for a, _ in rows] == [8]
    assert "warning: skipped application #7" in capsys.readouterr().err


def test_facts_from_notes_are_what_the_notes_say_and_nothing_without_them() -> None:
    facts = facts_from_notes(
        "---\ncompany: Acme Analytics\nrole: data analyst\ninterview_date: 2026-11-24\n"
        "decision_date: 2026-12-08\n---\nInterviewer: Priya Shah\n"
    )
    assert (facts.company, facts.role, facts.interviewer) == (
        "Acme Analytics",
        "data analyst",
        "Priya Shah",
    )
    assert (facts.interviewed, facts.promised) == (date(2026, 11, 24), date(2026, 12, 8))
    assert facts_from_notes(None).company is None


def test_a_draft_is_written_from_the_stored_facts_where_the_notes_give_none() -> None:
    notes = notes_for_draft(application(1, date(2026, 11, 20), notes="- they use dbt\n"), "Sam")
    assert (notes.interviewer, notes.company, notes.role) == ("Pat Lee", "Acme", "analyst")
    assert notes.candidate == "Sam"
    assert notes.interview_date == date(2026, 11, 20)
    assert notes.learned == ["they use dbt"]
