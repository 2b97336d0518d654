"""The typer app of `cli`: imported for every command line but a plain `followup lint FILE...`."""

from __future__ import annotations

import sys
from importlib import import_module

import typer

from followup.cli import COMMANDS
from followup.errors import ExitStatus

_HELP = (
    "Write and check the emails that follow a job interview: draft a thank-you, check-in or "
    "nudge from your notes, lint a note you wrote, and see when to follow up."
)


def _version(value: bool) -> None:
    """`followup --version`: the installed distribution's version (what a bug report needs)."""
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("followup")
        except PackageNotFoundError:  # run from a source tree that was never installed
            found = "unknown"
        sys.stdout.write(f"followup {found}\n")
        raise typer.Exit(0)


def _root(
    ctx: typer.Context,
    show_version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """With no command, the help goes to stderr and the exit code says it was a usage error."""
    if ctx.invoked_subcommand is None:
        import contextlib

        with contextlib.redirect_stdout(sys.stderr):  # typer's rich help prints as it renders
            text = ctx.get_help()
        if text:
            sys.stderr.write(text + "\n")
        raise typer.Exit(int(ExitStatus.USAGE))


def build_app(command: str | None = None) -> typer.Typer:
    """The typer app with every command, or with only `command` when that is the one being run:
    typer turns every registered command's options into click parameters when it starts, and
    importing and converting the eight others cost about 14 ms of a cold `followup lint`."""
    app = typer.Typer(
        name="followup",
        help=_HELP,
        pretty_exceptions_enable=False,
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(_root)
    for name, (module, attr) in COMMANDS.items():
        if command is None or name == command:
            target = getattr(import_module(f"followup.commands.{module}"), attr)
            if isinstance(target, typer.Typer):
                app.add_typer(target, name=name)
            else:
                app.command(name)(target)
    return app
