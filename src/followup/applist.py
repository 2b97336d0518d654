"""The tracked applications, each with its plan, in the order to act on them: what `followup
apps` prints as a table and `followup serve` shows as a page, so the two cannot disagree."""

from __future__ import annotations

from datetime import date

from followup.errors import FollowupError
from followup.storage.applications import Application
from followup.timing import Action, Plan, fmt_date


def plan_for(application: Application, today: date) -> Plan:
    """The application's next step from its stored dates and messages."""
    from followup.commands.plan import make_plan

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
