"""`followup plan`: when to send the thank-you, the check-in and the final nudge."""

from __future__ import annotations

import json
import sys

import typer

from followup.commands.choices import OutputFormat
from followup.commands.common import TODAY_HELP, render_plan

SENT_HELP = (
    "A message you sent, as KIND@DATE: thank-you@yesterday, check-in@2026-12-03, nudge@friday "
    "(repeatable)."
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
    from followup.timing import make_plan, parse_sent

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
