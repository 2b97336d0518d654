"""The tracked applications, each with its plan, in the order to act on them: what `followup
apps` prints as a table and `followup serve` shows as a page, so the two cannot disagree; what
an application takes from its notes (`apps add --notes`) and what its draft is written from
(`apps draft`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from followup.errors import FollowupError
from followup.storage.applications import Application
from followup.timing import Action, Plan, fmt_date, make_plan

if TYPE_CHECKING:  # the notes reader loads only when notes are read
    from followup.notes import InterviewNotes


def plan_for(application: Application, today: date) -> Plan:
    """The application's next step from its stored dates and messages."""
    return make_plan(
        application.interviewed,
        today=today,
        promised=application.promised,
        sent=application.messages,
        heard_back=application.heard_back,
    )


def planned(applications: list[Application], today: date) -> list[tuple[Application, Plan]]:
    """Each application with its plan; one whose stored dates make no plan (edited by hand) is
    skipped with one warning line, so it never hides the others."""
    from followup.console import note

    rows = []
    for a in applications:
        try:
            rows.append((a, plan_for(a, today)))
        except FollowupError as exc:
            note(f"warning: skipped application #{a.id}: {exc.message}")
        except (ValueError, OverflowError) as exc:  # a date at the end of the calendar
            note(f"warning: skipped application #{a.id}: its dates make no plan ({exc})")
    return rows


def order(item: tuple[Application, Plan]) -> tuple[int, int, str, int]:
    """Overdue first then due now, then waiting (soonest first), then done."""
    application, plan = item
    if plan.overdue:
        group = 0
    elif plan.sends_now:
        group = 1
    elif plan.due is not None:
        group = 2
    else:
        group = 3
    due = plan.due.isoformat() if plan.due else ""
    return (group, -plan.days_overdue, due, application.id)


def next_cell(plan: Plan) -> str:
    """`send thank-you`, `wait, then check-in` or `stop`."""
    if plan.action is Action.wait:
        return f"wait, then {plan.kind}"
    if plan.action is Action.stop:
        return "stop"
    return f"send {plan.kind}"


def due_cell(plan: Plan) -> str:
    """The due date, with how overdue it is and the working day a weekend moves it to."""
    if plan.due is None:
        return ""
    text = fmt_date(plan.due)
    if plan.overdue:
        text += f" ({plan.days_overdue}d overdue)"
    if plan.weekend and plan.next_working_day is not None:
        text += f"; weekend, so {fmt_date(plan.next_working_day)}"
    return text


@dataclass(frozen=True)
class ApplicationFacts:
    """What interview notes say about an application (`apps add --notes`): the flags fill in
    or replace each of them."""

    company: str | None = None
    role: str | None = None
    interviewer: str | None = None
    interviewed: date | None = None
    promised: date | None = None


def facts_from_notes(notes_text: str | None) -> ApplicationFacts:
    """The application's facts as the notes give them; none without notes."""
    if notes_text is None:
        return ApplicationFacts()
    from followup.notes import parse_notes

    parsed = parse_notes(notes_text)
    return ApplicationFacts(
        company=parsed.company,
        role=parsed.role,
        interviewer=parsed.interviewer,
        interviewed=parsed.interview_date,
        promised=parsed.decision_date,
    )


def notes_for_draft(application: Application, sender: str | None) -> InterviewNotes:
    """The application's notes read with its stored names on top (as flags would be), and its
    stored dates where the notes give none: what `apps draft` writes from."""
    from followup.session import Names, resolve_notes

    notes = resolve_notes(
        application.notes or "",
        Names(application.interviewer, application.company, application.role, sender),
    )
    notes.interview_date = notes.interview_date or application.interviewed
    notes.decision_date = notes.decision_date or application.promised
    return notes
