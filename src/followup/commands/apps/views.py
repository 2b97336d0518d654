"""`followup apps` (and `apps list`): every application with its next step, overdue first;
`apps show ID`: one application and its next step."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import typer

from followup.commands.apps.common import FORMAT_OPT, ID_ARG, TODAY_OPT, load, out
from followup.commands.choices import OutputFormat
from followup.errors import ExitStatus

if TYPE_CHECKING:  # the database and the plans load only when a subcommand runs
    from followup.storage.applications import Application
    from followup.timing import Plan


def apps(
    ctx: typer.Context,
    today: str = TODAY_OPT,
    fmt: OutputFormat = FORMAT_OPT,
) -> int | None:
    """Track your applications: what to send next for each, and when.

    With no command, list them: overdue first (highlighted), then due now, then waiting.
    """
    if ctx.invoked_subcommand is not None:
        return None
    return _list(today, fmt)


def list_(today: str = TODAY_OPT, fmt: OutputFormat = FORMAT_OPT) -> int:
    """List every application with its next step (the same as `followup apps`)."""
    return _list(today, fmt)


def _list(today: str | None, fmt: OutputFormat) -> int:
    """The applications with their plans, in the order to act on them, as JSON or a table."""
    from followup.applist import order, planned
    from followup.dates import today_from
    from followup.storage.applications import ApplicationStore

    now = today_from(today)
    with ApplicationStore() as store:
        applications = store.all()
    rows = sorted(planned(applications, now), key=order)
    if fmt is OutputFormat.json:
        payload = {
            "version": 1,
            "today": now.isoformat(),
            "applications": [{**a.as_dict(), "plan": p.as_dict()} for a, p in rows],
        }
        out(json.dumps(payload, indent=2, ensure_ascii=False))
    elif not rows:
        out(
            "No applications yet. Add one with: followup apps add --company NAME --role ROLE "
            "--interviewer NAME --interviewed DATE"
        )
    else:
        _table(rows)
    return ExitStatus.OK


def _table(rows: list[tuple[Application, Plan]]) -> None:
    """One row per application, overdue ones in red and those to send now in green, then how
    many are overdue: what to do first stands out."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from followup.applist import due_cell, next_cell

    console = Console(file=sys.stdout, highlight=False)
    table = Table(pad_edge=False)
    for name in ("#", "company", "role", "interviewer", "interviewed", "next", "due"):
        table.add_column(name, no_wrap=name in ("#", "interviewed", "next"))
    for a, p in rows:
        style = "bold red" if p.overdue else ("green" if p.sends_now else None)
        table.add_row(
            str(a.id),
            escape(a.company),
            escape(a.role),
            escape(a.interviewer),
            a.interviewed.isoformat(),
            next_cell(p),
            due_cell(p),
            style=style,
        )
    console.print(table)
    overdue = sum(p.overdue for _, p in rows)
    if overdue:
        console.print(f"[bold red]{overdue} overdue[/bold red]: `followup apps show ID` says why.")


def show(app_id: int = ID_ARG, today: str = TODAY_OPT, fmt: OutputFormat = FORMAT_OPT) -> int:
    """Everything about one application, and its next step."""
    from followup.applist import plan_for
    from followup.dates import today_from
    from followup.storage.applications import ApplicationStore

    now = today_from(today)
    with ApplicationStore() as store:
        application = load(store, app_id)
    plan = plan_for(application, now)
    if fmt is OutputFormat.json:
        payload = {"version": 1, **application.as_dict(), "plan": plan.as_dict()}
        if application.notes:
            payload["notes"] = application.notes
        out(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _details(application, plan)
    return ExitStatus.OK


def _details(a: Application, plan: Plan) -> None:
    """The application's facts and messages, then its plan, with the `apps draft` command
    that writes the message due."""
    from rich.console import Console
    from rich.markup import escape

    from followup.commands.common import render_plan
    from followup.timing import fmt_date

    console = Console(file=sys.stdout, highlight=False)
    console.print(f"[bold]#{a.id} {escape(a.company)}[/bold], {escape(a.role)}")
    console.print(f"  Interviewer: {escape(a.interviewer)}")
    console.print(f"  Interviewed: {fmt_date(a.interviewed)}")
    console.print(f"  Promised:    {fmt_date(a.promised) if a.promised else 'no date given'}")
    for m in a.messages:
        console.print(f"  Sent:        {m.kind} on {fmt_date(m.on)}")
    if a.heard_back:
        console.print("  Answered:    yes")
    notes = f"{len(a.notes.splitlines())} lines" if a.notes else "none"
    console.print(f"  Notes:       {notes}")
    console.print()
    render_plan(plan, draft_command=f"followup apps draft {a.id}" if plan.kind else None)
