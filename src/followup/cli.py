"""The typer app: parse arguments, call one function per command, turn errors into exit codes."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TextIO, cast

import typer

from followup.errors import ExitStatus, FollowupError

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


# command name -> (module in followup.commands, its function or sub-app), in help order
COMMANDS: dict[str, tuple[str, str]] = {
    "lint": ("lint", "lint"),
    "rules": ("rules", "rules"),
    "draft": ("draft", "draft"),
    "variants": ("draft", "variants"),
    "notes": ("notes", "notes"),
    "batch": ("batch", "batch"),
    "config": ("config", "app"),
    "plan": ("plan", "plan"),
    "apps": ("apps", "app"),
    "history": ("history", "app"),
}


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; every expected failure becomes one line on stderr and an exit code."""
    from followup.textio import ClosedStdin, GuardedOutput

    saved = sys.stdin, sys.stdout, sys.stderr
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        sys.stdin = ClosedStdin()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    # standard output that fails (a full disk, `>/dev/full`, closed) is one error line
    sys.stdout = cast(TextIO, GuardedOutput(sys.stdout))
    try:
        code, output_failed = _main(argv)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    if output_failed and sys.__stdout__ is not None and sys.stdout is sys.__stdout__:
        _silence(sys.__stdout__)
    return code


def _main(argv: Sequence[str] | None) -> tuple[int, bool]:
    """The exit code, and whether standard output failed."""
    from followup.console import error
    from followup.textio import OutputError

    args = list(argv) if argv is not None else sys.argv[1:]
    # only the command being run (typer sees the same arguments either way)
    app = build_app(args[0] if args and args[0] in COMMANDS else None)
    try:
        result = app(
            args=args,
            standalone_mode=False,
            prog_name="followup",
        )
        sys.stdout.flush()  # what is still buffered fails here, not unseen at exit
    except OutputError as exc:
        error(exc.message)
        return int(exc.status), True
    except FollowupError as exc:
        error(exc.message)
        return int(exc.status), False
    except typer.Exit as exc:
        return int(exc.exit_code), False
    except (typer.Abort, KeyboardInterrupt):
        error("interrupted")
        return 130, False
    except typer.TyperException as exc:  # typer's own click: usage errors and the like
        ctx = getattr(exc, "ctx", None)
        where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        error(" ".join(message.replace("Value error, ", "").split()) + where)
        return int(getattr(exc, "exit_code", ExitStatus.USAGE)), False
    except BrokenPipeError:  # `followup ... | head`: the reader has what it wanted
        sys.stderr.close()
        return 0, True
    if result == 130:  # typer catches Ctrl-C itself and returns 130 when not standalone
        error("interrupted")
    return int(result or 0), False


def _silence(stream: TextIO) -> None:
    """The process's standard output failed: point its descriptor at /dev/null, so the
    interpreter's last flush of what is still buffered does not fail a second time (an
    `Exception ignored` message and exit 120)."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def run() -> None:
    """The console script (and `python -m followup`)."""
    code = main()
    # Everything is done and flushed. At exit the interpreter would walk every object that
    # typer, pydantic and the rules made, looking for cycles that vanish with the process
    # anyway: about 40 ms of a 0.3 s `followup lint`. Frozen objects are skipped by that last
    # collection; atexit handlers (the embedded model's close) still run.
    gc.freeze()
    sys.exit(code)
