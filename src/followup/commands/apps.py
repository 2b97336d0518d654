"""`followup apps`: the applications you are following up, each with its next step."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer

from followup.commands.choices import DraftKind, OutputFormat
from followup.commands.common import DraftOptions, ModelOptions
from followup.commands.plan import TODAY_HELP
from followup.errors import ExitStatus, FollowupError, InputError

app = typer.Typer(
    help=(
        "Track your applications: what to send next for each, and when. With no command, list "
        "them (overdue first)."
    ),
    invoke_without_command=True,
    no_args_is_help=False,
)

ID_ARG = typer.Argument(
    ..., help="The application's number (see `followup apps`).", min=1, metavar="ID"
)
TODAY_OPT = typer.Option(None, "--today", help=TODAY_HELP, metavar="DATE")
FORMAT_OPT = typer.Option(OutputFormat.text, "--format", "-f", help="text or json.")


def _load(store: Any, app_id: int) -> Any:
    found = store.get(app_id)
    if found is None:
        raise InputError(f"no application #{app_id}; `followup apps` lists them")
    return found


def _plan_for(application: Any, today: date) -> Any:
    from followup.applist import plan_for

    return plan_for(application, today)


def _label(application: Any) -> str:
    return f"#{application.id} ({application.company}, {application.role})"


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# -- list --------------------------------------------------------------------------------------


def _list(today: str | None, fmt: OutputFormat) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from followup.applist import due_cell, next_cell, order, planned
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
        _out(json.dumps(payload, indent=2, ensure_ascii=False))
        return ExitStatus.OK
    if not rows:
        _out(
            "No applications yet. Add one with: followup apps add --company NAME --role ROLE "
            "--interviewer NAME --interviewed DATE"
        )
        return ExitStatus.OK
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
    return ExitStatus.OK


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


# -- add / sent / heard / remove ---------------------------------------------------------------


def add(
    company: str = typer.Option(None, "--company", help="Company name."),
    role: str = typer.Option(None, "--role", help="Role you interviewed for."),
    interviewer: str = typer.Option(None, "--interviewer", help="Who interviewed you."),
    interviewed: str = typer.Option(
        None, "--interviewed", help="When (2026-11-24, today, yesterday, friday...)."
    ),
    promised: str = typer.Option(
        None, "--promised", help="The date they said they would contact you by."
    ),
    notes_file: Path = typer.Option(
        None,
        "--notes",
        help="Your interview notes, kept for `apps draft` (may also give the facts above).",
        metavar="FILE",
    ),
    today: str = TODAY_OPT,
) -> int:
    """Start tracking an application; flags win over facts found in --notes."""
    from followup.dates import parse_date, today_from
    from followup.storage.applications import ApplicationStore
    from followup.textio import check_text_arg, read_text

    for flag, value in (("--company", company), ("--role", role), ("--interviewer", interviewer)):
        check_text_arg(flag, value or "")
    now = today_from(today)
    notes_text = read_text(notes_file) if notes_file is not None else None
    facts: dict[str, Any] = {}
    if notes_text is not None:
        from followup.notes import parse_notes

        parsed = parse_notes(notes_text)
        facts = {
            "company": parsed.company,
            "role": parsed.role,
            "interviewer": parsed.interviewer,
            "interviewed": parsed.interview_date,
            "promised": parsed.decision_date,
        }
    given = {"company": company, "role": role, "interviewer": interviewer}
    names: dict[str, str] = {}
    for key, value in given.items():
        chosen = (value or "").strip() or (facts.get(key) or "")
        if not chosen:
            raise InputError(f"--{key} is required (or a '{key.title()}:' line in --notes)")
        names[key] = chosen
    when: date | None = facts.get("interviewed")
    if interviewed:
        when = parse_date(interviewed, today=now, tense="past", what="--interviewed")
    if when is None:
        raise InputError("--interviewed is required (or interview_date in the --notes)")
    promise: date | None = facts.get("promised")
    if promised:
        promise = parse_date(promised, today=now, tense="future", what="--promised")
    from followup.commands.plan import make_plan

    plan = make_plan(when, today=now, promised=promise)  # refuses impossible dates
    with ApplicationStore() as store:
        new_id = store.add(
            company=names["company"],
            role=names["role"],
            interviewer=names["interviewer"],
            interviewed=when,
            promised=promise,
            notes=notes_text,
        )
    _out(f"added #{new_id}: {names['company']}, {names['role']} ({names['interviewer']})")
    _out(f"next: {plan.headline}")
    return ExitStatus.OK


def sent(
    app_id: int = ID_ARG,
    kind: DraftKind = typer.Argument(..., help="thank-you, check-in or nudge.", metavar="KIND"),
    on: str = typer.Option(None, "--on", help="When you sent it (default: today).", metavar="DATE"),
    today: str = TODAY_OPT,
) -> int:
    """Record a message you sent."""
    from followup.dates import parse_date, today_from
    from followup.storage.applications import ApplicationStore
    from followup.timing import Sent, fmt_date

    now = today_from(today)
    day = parse_date(on, today=now, tense="past", what="--on") if on else now
    with ApplicationStore() as store:
        application = _load(store, app_id)
        messages = [*application.messages, Sent(kind.value, day)]
        application.messages = messages
        plan = _plan_for(application, now)  # refuses a message before the interview or ahead
        if not store.add_message(app_id, kind.value, day):
            raise InputError(f"no application #{app_id}; `followup apps` lists them")
    _out(f"recorded the {kind.value} of {fmt_date(day)} for {_label(application)}")
    _out(f"next: {plan.headline}")
    return ExitStatus.OK


def heard(
    app_id: int = ID_ARG,
    undo: bool = typer.Option(False, "--undo", help="They have not answered after all."),
) -> int:
    """Mark an application as answered: no more follow-ups for it."""
    from followup.storage.applications import ApplicationStore

    with ApplicationStore() as store:
        application = _load(store, app_id)
        store.set_heard(app_id, not undo)
    if undo:
        _out(f"{_label(application)}: following up again")
    else:
        _out(f"{_label(application)}: they answered; no more follow-ups")
    return ExitStatus.OK


def remove(app_id: int = ID_ARG) -> int:
    """Stop tracking an application (its messages go too)."""
    from followup.storage.applications import ApplicationStore

    with ApplicationStore() as store:
        application = _load(store, app_id)
        store.remove(app_id)
    _out(f"removed {_label(application)}")
    return ExitStatus.OK


# -- show / draft / export ---------------------------------------------------------------------


def show(app_id: int = ID_ARG, today: str = TODAY_OPT, fmt: OutputFormat = FORMAT_OPT) -> int:
    """Everything about one application, and its next step."""
    from rich.console import Console
    from rich.markup import escape

    from followup.commands.plan import render_plan
    from followup.dates import today_from
    from followup.storage.applications import ApplicationStore
    from followup.timing import fmt_date

    now = today_from(today)
    with ApplicationStore() as store:
        application = _load(store, app_id)
    plan = _plan_for(application, now)
    if fmt is OutputFormat.json:
        payload = {"version": 1, **application.as_dict(), "plan": plan.as_dict()}
        if application.notes:
            payload["notes"] = application.notes
        _out(json.dumps(payload, indent=2, ensure_ascii=False))
        return ExitStatus.OK
    console = Console(file=sys.stdout, highlight=False)
    a = application
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
    return ExitStatus.OK


def draft(
    app_id: int = ID_ARG,
    kind: DraftKind = typer.Option(
        None, "--kind", "-k", help="Draft this message instead of the one due.", show_default=False
    ),
    sender: str = typer.Option(None, "--sender", help="Your name for the sign-off."),
    fmt: OutputFormat = FORMAT_OPT,
    max_attempts: int = DraftOptions.max_attempts,
    samples: int = DraftOptions.samples,
    seed: int = DraftOptions.seed,
    today: str = TODAY_OPT,
    verbose: bool = DraftOptions.verbose,
    no_log: bool = typer.Option(False, "--no-log", help="Do not save this draft in the history."),
    backend: str | None = ModelOptions.backend,
    model: str = ModelOptions.model,
    base_url: str = ModelOptions.base_url,
    timeout: float = ModelOptions.timeout,
    max_retries: int = ModelOptions.max_retries,
) -> int:
    """Draft the message that is due, from the application's notes and facts; the draft is
    saved in the history (`followup history`) unless --no-log.

    Exit status: 0 a draft; 1 no draft passed the rules; 2 nothing is due or bad input;
    3 the model could not be reached or loaded.
    """
    from followup.commands.common import (
        note_fallback,
        open_for_command,
        panel_note,
        settings_from,
    )
    from followup.console import note
    from followup.dates import today_from
    from followup.session import Names, draft_and_log, resolve_notes
    from followup.storage.applications import ApplicationStore
    from followup.timing import Action, fmt_date

    now = today_from(today)
    with ApplicationStore() as store:
        application = _load(store, app_id)
    plan = _plan_for(application, now)
    if kind is not None:
        chosen = kind.value
    elif plan.kind is None:
        raise FollowupError(
            f"{_label(application)}: nothing to draft: {plan.reason} (use --kind to draft "
            "one anyway)"
        )
    else:
        chosen = plan.kind
        if plan.action is Action.wait and plan.due is not None:
            note(f"the {chosen} is not due until {fmt_date(plan.due)}; here is a draft for then")
    notes = resolve_notes(
        application.notes or "",
        Names(application.interviewer, application.company, application.role, sender),
    )
    if application.interviewer is None:
        panel_note(notes, "run `followup draft NOTES --each`")
    notes.interview_date = notes.interview_date or application.interviewed
    notes.decision_date = notes.decision_date or application.promised
    settings = settings_from(
        backend=backend,
        model=model,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        samples=samples,
    )
    opened = open_for_command(settings, verbose)
    result = draft_and_log(
        opened.drafter,
        notes,
        chosen,
        application.notes or "",
        log=not no_log,
        max_attempts=max_attempts,
        seed=seed,
    )
    if result.fell_back:
        note_fallback(len(result.attempts))
    if fmt is OutputFormat.json:
        _out(json.dumps({**result.as_dict(), "application": app_id}, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(result.text)
    return ExitStatus.OK if result.accepted else ExitStatus.FINDINGS


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
    from followup.storage.applications import ApplicationStore
    from followup.textio import write_atomic

    now = today_from(today)
    with ApplicationStore() as store:
        applications = store.all()
    from followup.applist import order, planned

    rows = [(a, p) for a, p in planned(applications, now) if p.kind is not None]
    if not rows:
        note("no follow-up is pending, so there is nothing to export")
        return ExitStatus.OK
    from followup.reminders import build_calendar

    data = build_calendar(sorted(rows, key=order)).decode("utf-8")
    if str(ics) == "-":
        sys.stdout.write(data)
    else:
        write_atomic(ics, data, force=force)
        note(f"wrote {len(rows)} reminder{'s' if len(rows) != 1 else ''} to {ics}")
    return ExitStatus.OK


app.callback()(apps)
app.command("list")(list_)
app.command("add")(add)
app.command("sent")(sent)
app.command("heard")(heard)
app.command("remove")(remove)
app.command("show")(show)
app.command("draft")(draft)
app.command("export")(export)
