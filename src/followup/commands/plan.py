"""`followup plan`: when to send the thank-you, the check-in and the final nudge."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import TYPE_CHECKING

import typer

from followup.commands.choices import OutputFormat
from followup.errors import InputError

if TYPE_CHECKING:  # timing loads only when a command plans
    from followup.timing import Plan, Sent

SENT_HELP = (
    "A message you sent, as KIND@DATE: thank-you@yesterday, check-in@2026-12-03, nudge@friday "
    "(repeatable)."
)
TODAY_HELP = "Plan as if today were DATE (default: the real date); relative dates count from it."


def parse_sent(value: str, *, today: date) -> Sent:
    """`thank-you@yesterday` -> Sent("thank-you", date)."""
    from followup.dates import parse_date
    from followup.timing import KINDS, Sent

    kind, at, when = value.partition("@")
    kind = kind.strip().lower()
    if not at or not when.strip():
        raise InputError(
            f"--sent: {value!r} is not KIND@DATE (e.g. thank-you@2026-11-24, check-in@yesterday)"
        )
    if kind not in KINDS:
        raise InputError(f"--sent: unknown kind {kind!r} in {value!r} (use {', '.join(KINDS)})")
    return Sent(kind, parse_date(when, today=today, tense="past", what=f"--sent {kind}"))


def make_plan(
    interviewed: date,
    *,
    today: date,
    promised: date | None = None,
    sent: list[Sent] | None = None,
    heard_back: bool = False,
) -> Plan:
    """`timing.next_step`, with impossible dates turned into one line for the user."""
    from followup.timing import ImpossibleDates, next_step

    try:
        return next_step(
            interviewed, today=today, promised=promised, sent=sent or [], heard_back=heard_back
        )
    except ImpossibleDates as exc:
        raise InputError(str(exc)) from None


def render_plan(plan: Plan, *, draft_command: str | None = None) -> None:
    """The plan as a few lines of text (coloured on a terminal)."""
    from rich.console import Console
    from rich.markup import escape

    from followup.timing import fmt_date

    # soft_wrap: long reasons stay one line each (a terminal wraps them; scripts can grep them)
    console = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    style = "bold red" if plan.overdue else ("bold green" if plan.sends_now else "bold")
    console.print(f"[{style}]{escape(plan.headline)}[/{style}]")
    if plan.due is not None:
        due = fmt_date(plan.due)
        if plan.overdue:
            days = plan.days_overdue
            due += f" ({days} day{'s' if days != 1 else ''} overdue)"
        console.print(f"  Due:      {due}")
    console.print(f"  Why:      {escape(plan.reason)}")
    command = draft_command or plan.command
    if command:
        console.print(f"  Draft it: {escape(command)}")
    if plan.weekend and plan.act_on is not None and plan.next_working_day is not None:
        console.print(
            f"  Weekend:  {fmt_date(plan.act_on)} is a weekend day; the next working day is "
            f"{fmt_date(plan.next_working_day)}."
        )


def plan(
    interviewed: str = typer.Option(
        ..., "--interviewed", help="When the interview was (2026-11-24, yesterday, friday...)."
    ),
    promised: str = typer.Option(
        None,
        "--promised",
        help="The date they said they would contact you by (a bare weekday means the coming one).",
    ),
    sent: list[str] = typer.Option([], "--sent", help=SENT_HELP, metavar="KIND@DATE"),
    heard_back: bool = typer.Option(
        False, "--heard-back", help="They have answered (there is nothing left to chase)."
    ),
    today: str = typer.Option(None, "--today", help=TODAY_HELP, metavar="DATE"),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
) -> int:
    """Say what to send next and when, following the guide's timing.

    Exit status: 0 a plan; 2 a date that cannot be read or cannot be true.
    """
    from followup.dates import parse_date, today_from

    now = today_from(today)
    when = parse_date(interviewed, today=now, tense="past", what="--interviewed")
    promise = (
        parse_date(promised, today=now, tense="future", what="--promised") if promised else None
    )
    messages = [parse_sent(s, today=now) for s in sent]
    result = make_plan(when, today=now, promised=promise, sent=messages, heard_back=heard_back)
    if fmt is OutputFormat.json:
        payload = {
            "version": 1,
            **result.as_dict(),
            "input": {
                "interviewed": when.isoformat(),
                "promised": promise.isoformat() if promise else None,
                "sent": [{"kind": m.kind, "on": m.on.isoformat()} for m in messages],
                "heard_back": heard_back,
            },
        }
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    else:
        render_plan(result)
    return 0
