"""`followup apps`: the applications you are following up, each with its next step.

One module per group of subcommands: `views` (the list, `show`), `records` (`add`, `sent`,
`heard`, `remove`), `draft`, `export`; `common` holds what they share. The work is in core
modules (`applist`, `reminders`, `storage.applications`, `session`)."""

from __future__ import annotations

import typer

from followup.commands.apps import draft, export, records, views

app = typer.Typer(
    help=(
        "Track your applications: what to send next for each, and when. With no command, list "
        "them (overdue first)."
    ),
    invoke_without_command=True,
    no_args_is_help=False,
)

app.callback()(views.apps)
app.command("list")(views.list_)
app.command("add")(records.add)
app.command("sent")(records.sent)
app.command("heard")(records.heard)
app.command("remove")(records.remove)
app.command("show")(views.show)
app.command("draft")(draft.draft)
app.command("export")(export.export)
