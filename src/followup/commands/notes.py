"""`followup notes`: show what was understood from the notes, with the line each fact came from."""

from __future__ import annotations

import json
import sys

import typer

from followup.commands.choices import OutputFormat
from followup.errors import ExitStatus


def notes(
    notes_file: str = typer.Argument(
        None,
        help="Interview notes (any shape); '-' or nothing reads stdin.",
        show_default=False,
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
) -> int:
    """Show the facts a draft would use: who it is to, company, role, sender, dates, and each
    point of the notes with what it is about (learned, contribution, process, ...).

    Nothing is drafted and no model is loaded. Exit status: 0; 2 unreadable notes.
    """
    from followup.commands.common import read_notes
    from followup.notes import parse_notes
    from followup.understanding.summary import with_front_matter

    text = read_notes(notes_file)
    parsed = parse_notes(text)
    facts = parsed.facts
    assert facts is not None  # parse_notes always reads the notes
    used = {
        "to": parsed.interviewer,
        "salutation": f"Dear {parsed.addressed_as}," if parsed.addressed_as else None,
        "company": parsed.company,
        "role": parsed.role,
        "sender": parsed.candidate,
        "interview date": parsed.interview_date.isoformat() if parsed.interview_date else None,
        "decision date": parsed.decision_date.isoformat() if parsed.decision_date else None,
    }
    if fmt is OutputFormat.json:
        # the facts read from the text, with their spans, and the values a draft uses
        out = facts.model_dump(mode="json") | {"used": used}
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False))
        sys.stdout.write("\n")
        return ExitStatus.OK
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("fact")
    table.add_column("value", overflow="fold")
    table.add_column("from")
    for field, value, where in with_front_matter(facts, used):
        table.add_row(field, value, where)
    Console(soft_wrap=False, highlight=False).print(table, markup=False)
    return ExitStatus.OK
