"""`apps export --ics FILE`: the follow-ups still to send as calendar reminders (the calendar
itself is `followup.reminders`)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from followup.commands.apps.common import TODAY_OPT
from followup.errors import ExitStatus


def export(
    ics: Path = typer.Option(
        ..., "--ics", help="Write an iCalendar file here ('-' for stdout).", metavar="FILE"
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite FILE if it exists."),
    today: str = TODAY_OPT,
) -> int:
    """Write a calendar reminder for every follow-up still to send."""
    from followup.console import note
    from followup.dates import today_from
    from followup.reminders import build_calendar, pending
    from followup.storage.applications import ApplicationStore
    from followup.textio import write_atomic

    now = today_from(today)
    with ApplicationStore() as store:
        applications = store.all()
    rows = pending(applications, now)
    if not rows:
        note("no follow-up is pending, so there is nothing to export")
        return ExitStatus.OK
    data = build_calendar(rows).decode("utf-8")
    if str(ics) == "-":
        sys.stdout.write(data)
    else:
        write_atomic(ics, data, force=force)
        note(f"wrote {len(rows)} reminder{'s' if len(rows) != 1 else ''} to {ics}")
    return ExitStatus.OK
