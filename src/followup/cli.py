"""The typer app: parse arguments, call one function per command, turn errors into exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from followup.commands import apps as apps_cmd
from followup.commands import batch as batch_cmd
from followup.commands import config as config_cmd
from followup.commands import draft as draft_cmd
from followup.commands import history as history_cmd
from followup.commands import lint as lint_cmd
from followup.commands import plan as plan_cmd
from followup.commands import rules as rules_cmd
from followup.errors import ExitStatus, FollowupError

app = typer.Typer(
    name="followup",
    help=(
        "Write and check the emails that follow a job interview: draft a thank-you, check-in or "
        "nudge from your notes, lint a note you wrote, and see when to follow up."
    ),
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback(invoke_without_command=True)
def _root(ctx: typer.Context) -> None:
    """With no command, the help goes to stderr and the exit code says it was a usage error."""
    if ctx.invoked_subcommand is None:
        import contextlib

        with contextlib.redirect_stdout(sys.stderr):  # typer's rich help prints as it renders
            text = ctx.get_help()
        if text:
            sys.stderr.write(text + "\n")
        raise typer.Exit(int(ExitStatus.USAGE))


app.command("lint")(lint_cmd.lint)
app.command("rules")(rules_cmd.rules)
app.command("draft")(draft_cmd.draft)
app.command("variants")(draft_cmd.variants)
app.command("batch")(batch_cmd.batch)
app.add_typer(config_cmd.app, name="config")
app.command("plan")(plan_cmd.plan)
app.add_typer(apps_cmd.app, name="apps")
app.add_typer(history_cmd.app, name="history")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; every expected failure becomes one line on stderr and an exit code."""
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
    except typer.Exit as exc:
        return int(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        error("interrupted")
        return 130
    except typer.TyperException as exc:  # typer's own click: usage errors and the like
        ctx = getattr(exc, "ctx", None)
        where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        error(" ".join(message.replace("Value error, ", "").split()) + where)
        return int(getattr(exc, "exit_code", ExitStatus.USAGE))
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    return int(result or 0)


def run() -> None:
    sys.exit(main())
