"""`apps add`, `apps sent`, `apps heard`, `apps remove`: what you tell followup about an
application (it is tracked, a message went out, they answered, it is done with)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from followup.commands.apps.common import ID_ARG, TODAY_OPT, label, load, out
from followup.commands.choices import DraftKind
from followup.errors import ExitStatus, InputError

if TYPE_CHECKING:  # the notes reader loads only when a subcommand runs
    from followup.applist import ApplicationFacts


class AddFlags:
    """`apps add`'s flags: each fact can come from the flag or from the notes."""

    company: str = typer.Option(None, "--company", help="Company name.")
    role: str = typer.Option(None, "--role", help="Role you interviewed for.")
    interviewer: str = typer.Option(None, "--interviewer", help="Who interviewed you.")
    interviewed: str = typer.Option(
        None, "--interviewed", help="When (2026-11-24, today, yesterday, friday...)."
    )
    promised: str = typer.Option(
        None, "--promised", help="The date they said they would contact you by."
    )
    notes_file: Path = typer.Option(
        None,
        "--notes",
        help="Your interview notes, kept for `apps draft` (may also give the facts above).",
        metavar="FILE",
    )


def add(
    company: str = AddFlags.company,
    role: str = AddFlags.role,
    interviewer: str = AddFlags.interviewer,
    interviewed: str = AddFlags.interviewed,
    promised: str = AddFlags.promised,
    notes_file: Path = AddFlags.notes_file,
    today: str = TODAY_OPT,
) -> int:
    """Start tracking an application; flags win over facts found in --notes."""
    from followup.applist import facts_from_notes
    from followup.dates import today_from
    from followup.storage.applications import ApplicationStore
    from followup.textio import check_text_arg, read_text
    from followup.timing import make_plan

    for flag, value in (("--company", company), ("--role", role), ("--interviewer", interviewer)):
        check_text_arg(flag, value or "")
    now = today_from(today)
    notes_text = read_text(notes_file) if notes_file is not None else None
    known = facts_from_notes(notes_text)
    names = _names({"company": company, "role": role, "interviewer": interviewer}, known)
    when, promise = _dates(interviewed, promised, known, now)
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
    out(f"added #{new_id}: {names['company']}, {names['role']} ({names['interviewer']})")
    out(f"next: {plan.headline}")
    return ExitStatus.OK


def _names(given: dict[str, str | None], known: ApplicationFacts) -> dict[str, str]:
    """Company, role and interviewer: each flag, else the notes' value; an application cannot
    be tracked (or drafted for) without all three."""
    names: dict[str, str] = {}
    for key, value in given.items():
        noted: str | None = getattr(known, key)
        chosen = (value or "").strip() or (noted or "")
        if not chosen:
            raise InputError(f"--{key} is required (or a '{key.title()}:' line in --notes)")
        names[key] = chosen
    return names


def _dates(
    interviewed: str | None, promised: str | None, known: ApplicationFacts, now: date
) -> tuple[date, date | None]:
    """The interview's date (required: the plan counts from it) and the promised one, each
    from its flag, else from the notes."""
    from followup.dates import parse_date

    when = known.interviewed
    if interviewed:
        when = parse_date(interviewed, today=now, tense="past", what="--interviewed")
    if when is None:
        raise InputError("--interviewed is required (or interview_date in the --notes)")
    promise = known.promised
    if promised:
        promise = parse_date(promised, today=now, tense="future", what="--promised")
    return when, promise


def sent(
    app_id: int = ID_ARG,
    kind: DraftKind = typer.Argument(..., help="thank-you, check-in or nudge.", metavar="KIND"),
    on: str = typer.Option(None, "--on", help="When you sent it (default: today).", metavar="DATE"),
    today: str = TODAY_OPT,
) -> int:
    """Record a message you sent."""
    from followup.applist import plan_for
    from followup.dates import parse_date, today_from
    from followup.storage.applications import ApplicationStore
    from followup.timing import Sent, fmt_date

    now = today_from(today)
    day = parse_date(on, today=now, tense="past", what="--on") if on else now
    with ApplicationStore() as store:
        application = load(store, app_id)
        messages = [*application.messages, Sent(kind.value, day)]
        application.messages = messages
        plan = plan_for(application, now)  # refuses a message before the interview or ahead
        if not store.add_message(app_id, kind.value, day):
            raise InputError(f"no application #{app_id}; `followup apps` lists them")
    out(f"recorded the {kind.value} of {fmt_date(day)} for {label(application)}")
    out(f"next: {plan.headline}")
    return ExitStatus.OK


def heard(
    app_id: int = ID_ARG,
    undo: bool = typer.Option(False, "--undo", help="They have not answered after all."),
) -> int:
    """Mark an application as answered: no more follow-ups for it."""
    from followup.storage.applications import ApplicationStore

    with ApplicationStore() as store:
        application = load(store, app_id)
        store.set_heard(app_id, not undo)
    if undo:
        out(f"{label(application)}: following up again")
    else:
        out(f"{label(application)}: they answered; no more follow-ups")
    return ExitStatus.OK


def remove(app_id: int = ID_ARG) -> int:
    """Stop tracking an application (its messages go too)."""
    from followup.storage.applications import ApplicationStore

    with ApplicationStore() as store:
        application = load(store, app_id)
        store.remove(app_id)
    out(f"removed {label(application)}")
    return ExitStatus.OK
