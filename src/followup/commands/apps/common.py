"""What the `apps` subcommands share: the ID argument, `--today` and `--format`, and finding
an application by its number."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from followup.commands.choices import OutputFormat
from followup.commands.common import TODAY_HELP
from followup.errors import InputError

if TYPE_CHECKING:  # the database loads only when a subcommand runs
    from followup.storage.applications import Application, ApplicationStore

ID_ARG = typer.Argument(
    ..., help="The application's number (see `followup apps`).", min=1, metavar="ID"
)
TODAY_OPT = typer.Option(None, "--today", help=TODAY_HELP, metavar="DATE")
FORMAT_OPT = typer.Option(OutputFormat.text, "--format", "-f", help="text or json.")


def load(store: ApplicationStore, app_id: int) -> Application:
    """The application with this number, or the line that says how to find the numbers."""
    found = store.get(app_id)
    if found is None:
        raise InputError(f"no application #{app_id}; `followup apps` lists them")
    return found


def label(application: Application) -> str:
    """`#3 (Acme, Data Analyst)`: how every message names an application."""
    return f"#{application.id} ({application.company}, {application.role})"


def out(text: str) -> None:
    sys.stdout.write(text + "\n")
