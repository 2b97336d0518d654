"""The typer app: parse arguments, call one function per command, turn errors into exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from followup.commands import config as config_cmd
from followup.commands import draft as draft_cmd
from followup.commands import lint as lint_cmd
from followup.commands import rules as rules_cmd
from followup.errors import ExitStatus, FollowupError

app = typer.Typer(
    name="followup",
    help=(
        "Write and check the emails that follow a job interview: draft a thank-you, check-in or "
        "nudge from your notes, lint a note you wrote, and see when to follow up."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("lint")(lint_cmd.lint)
app.command("rules")(rules_cmd.rules)
app.command("draft")(draft_cmd.draft)
app.command("variants")(draft_cmd.variants)
app.add_typer(config_cmd.app, name="config")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; every expected failure becomes one line on stderr and an exit code."""
    import click

    from followup.console import error

    try:
        result = app(
            args=list(argv) if argv is not None else None,
            standalone_mode=False,
            prog_name="followup",
        )
    except FollowupError as exc:
        error(exc.message)
        return int(exc.status)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc), err=True)
        return int(ExitStatus.USAGE)
    except click.ClickException as exc:
        exc.show()
        return int(exc.exit_code)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        error("interrupted")
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    return int(result or 0)


def run() -> None:
    sys.exit(main())
