"""`apps draft ID`: the message that is due for an application, drafted from its notes and its
stored facts by the same session as `followup draft`."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import typer

from followup.commands.apps.common import FORMAT_OPT, ID_ARG, TODAY_OPT, label, load, out
from followup.commands.choices import DraftKind, OutputFormat
from followup.commands.common import (
    DraftOptions,
    ModelOptions,
    note_fallback,
    open_for_command,
    settings_from,
)
from followup.errors import ExitStatus, FollowupError

if TYPE_CHECKING:  # the drafting modules load only when the subcommand runs
    from followup.drafting import DraftResult
    from followup.storage.applications import Application
    from followup.timing import Plan


class AppsDraftFlags:
    """`apps draft`'s own flags (the drafting and model flags are `DraftOptions`,
    `ModelOptions`)."""

    kind: DraftKind = typer.Option(
        None, "--kind", "-k", help="Draft this message instead of the one due.", show_default=False
    )
    sender: str = typer.Option(None, "--sender", help="Your name for the sign-off.")
    no_log: bool = typer.Option(False, "--no-log", help="Do not save this draft in the history.")


def draft(
    app_id: int = ID_ARG,
    kind: DraftKind = AppsDraftFlags.kind,
    sender: str = AppsDraftFlags.sender,
    fmt: OutputFormat = FORMAT_OPT,
    max_attempts: int = DraftOptions.max_attempts,
    samples: int = DraftOptions.samples,
    seed: int = DraftOptions.seed,
    today: str = TODAY_OPT,
    verbose: bool = DraftOptions.verbose,
    no_log: bool = AppsDraftFlags.no_log,
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
    from followup.applist import notes_for_draft, plan_for
    from followup.dates import today_from
    from followup.session import draft_and_log
    from followup.storage.applications import ApplicationStore

    now = today_from(today)
    with ApplicationStore() as store:
        application = load(store, app_id)
    chosen = _kind(application, plan_for(application, now), kind)
    notes = notes_for_draft(application, sender)
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
    _show(result, fmt, app_id)
    return ExitStatus.OK if result.accepted else ExitStatus.FINDINGS


def _kind(application: Application, plan: Plan, asked: DraftKind | None) -> str:
    """The message asked for, else the one the plan says is next (saying when it is not yet
    due); an error when the plan says nothing is left to send."""
    from followup.console import note
    from followup.timing import Action, fmt_date

    if asked is not None:
        return asked.value
    if plan.kind is None:
        raise FollowupError(
            f"{label(application)}: nothing to draft: {plan.reason} (use --kind to draft "
            "one anyway)"
        )
    if plan.action is Action.wait and plan.due is not None:
        note(f"the {plan.kind} is not due until {fmt_date(plan.due)}; here is a draft for then")
    return plan.kind


def _show(result: DraftResult, fmt: OutputFormat, app_id: int) -> None:
    """The draft on standard output (as JSON with the application's number); a note on stderr
    when it is the template's, not the model's."""
    if result.fell_back:
        note_fallback(len(result.attempts))
    if fmt is OutputFormat.json:
        out(json.dumps({**result.as_dict(), "application": app_id}, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(result.text)
