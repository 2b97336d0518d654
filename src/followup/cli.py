"""The command line: parse arguments, call one function per command, turn errors into exit codes.

The typer app is in `app`. A plain `followup lint FILE...` (files, no option) runs without it:
typer's import and parse were about a third of a cold lint, the time a lint is compared on with
proselint (issue 14). `_lint_alone` does what typer does with those arguments: the command with
its default options, and the same exit for an interrupt or a closed pipe; tests compare the two.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO, cast

from followup.errors import ExitStatus, FollowupError

if TYPE_CHECKING:
    import typer

# command name -> (module in followup.commands, its function or sub-app), in help order
COMMANDS: dict[str, tuple[str, str]] = {
    "lint": ("lint", "lint"),
    "rules": ("rules", "rules"),
    "draft": ("draft", "draft"),
    "variants": ("variants", "variants"),
    "notes": ("notes", "notes"),
    "batch": ("batch", "batch"),
    "config": ("config", "app"),
    "plan": ("plan", "plan"),
    "apps": ("apps", "app"),
    "history": ("history", "app"),
    "serve": ("serve", "serve"),
}


def build_app(command: str | None = None) -> typer.Typer:
    """The typer app with every command, or with only `command` (see `app.build_app`)."""
    from followup.app import build_app as build

    return build(command)


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
    command: Callable[[list[str]], tuple[int, bool]] = (
        _lint_alone if _plain_lint(args) else _with_typer
    )
    try:
        code, returned = command(args)
        if returned:
            sys.stdout.flush()  # what is still buffered fails here, not unseen at exit
    except OutputError as exc:
        error(exc.message)
        return int(exc.status), True
    except FollowupError as exc:
        error(exc.message)
        return int(exc.status), False
    except BrokenPipeError:  # `followup ... | head`: the reader has what it wanted
        sys.stderr.close()
        return 0, True
    except Exception as exc:  # a bug: still one line a script can rely on, not a traceback
        if os.environ.get("FOLLOWUP_TRACEBACK"):
            raise
        error(
            f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:300]}); "
            "this is a bug in followup: please report it with the input that caused it "
            "(FOLLOWUP_TRACEBACK=1 shows where)"
        )
        return int(ExitStatus.INTERNAL), False
    if returned and code == 130:  # typer catches Ctrl-C itself and returns 130
        error("interrupted")
    return code, False


def _with_typer(args: list[str]) -> tuple[int, bool]:
    """The exit code of the command line through typer, and whether the command returned (its
    output is then flushed); typer's own exceptions become exit codes here."""
    import typer

    from followup.console import error

    # only the command being run (typer sees the same arguments either way)
    app = build_app(args[0] if args and args[0] in COMMANDS else None)
    try:
        result = app(
            args=args,
            standalone_mode=False,
            prog_name="followup",
        )
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
    return int(result or 0), True


# what typer reads to answer shell completion instead of running the command
_COMPLETE_VAR = "_FOLLOWUP_COMPLETE"


def _plain_lint(args: list[str]) -> bool:
    """`followup lint` with files and no option (nor '-', '--', or a completion request):
    typer would call the command with its defaults, which `_lint_alone` does without it."""
    return (
        bool(args)
        and args[0] == "lint"
        and not any(a.startswith("-") for a in args[1:])
        and not os.environ.get(_COMPLETE_VAR)
    )


def _lint_alone(args: list[str]) -> tuple[int, bool]:
    """`followup lint FILE...` as typer runs it (`_with_typer`), without importing typer: the
    command with its default options; Ctrl-C returns 130 as typer's does; end of input and a
    closed pipe inside the command end as typer ends them."""
    import errno

    from followup.commands.lint_files import lint_files

    try:
        return int(lint_files(args[1:])), True
    except KeyboardInterrupt:
        return 130, True
    except EOFError:  # typer: an empty line on stderr, then its Abort
        from followup.console import error

        sys.stderr.write("\n")
        sys.stderr.flush()
        error("interrupted")
        return 130, False
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # typer: its pipe-safe wrappers around both streams, and exit 1
        from typer._click.utils import PacifyFlushWrapper

        sys.stdout = cast(TextIO, PacifyFlushWrapper(sys.stdout))
        sys.stderr = cast(TextIO, PacifyFlushWrapper(sys.stderr))
        sys.exit(1)


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
