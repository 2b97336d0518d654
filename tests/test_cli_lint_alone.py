"""A plain `followup lint FILE...` runs without typer (`cli._lint_alone`): the same output, error
lines and exit codes as through typer, for every kind of file and for an interrupt, a closed
pipe or the end of input inside the command."""

from __future__ import annotations

import errno
import glob
import inspect
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from followup import cli
from followup.commands import lint_files as lint_files_module
from followup.commands.lint import lint
from followup.commands.lint_files import lint_files


def run_both(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[tuple[object, str, str], tuple[object, str, str]]:
    """(exit, stdout, stderr) of `main(args)` without typer, then through typer."""
    saved = sys.stdout, sys.stderr
    results = []
    for alone in (True, False):
        with monkeypatch.context() as m:
            if not alone:
                m.setattr(cli, "_plain_lint", lambda args: False)
            try:
                code: object = cli.main(args)
            except SystemExit as exc:
                code = ("exit", exc.code)
            except OSError as exc:
                code = ("raised", type(exc).__name__, exc.errno)
        sys.stdout, sys.stderr = saved  # typer wraps both streams on a closed pipe
        out, err = capsys.readouterr()
        results.append((code, out, err))
    return results[0], results[1]


def emails() -> list[str]:
    found = glob.glob(str(REPO_ROOT / "tests" / "data" / "**" / "*.txt"), recursive=True)
    return [*sorted(found), str(REPO_ROOT / "examples" / "emails" / "thank-you.txt")]


def test_plain_lint_is_files_without_options(monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli._plain_lint(["lint", "a.txt", "b.txt"])
    assert cli._plain_lint(["lint"])  # standard input, as typer reads it
    for args in (
        ["lint", "-"],
        ["lint", "--help"],
        ["lint", "-h"],
        ["lint", "a.txt", "--kind", "nudge"],
        ["lint", "--", "a.txt"],
        ["rules"],
        [],
    ):
        assert not cli._plain_lint(args), args
    monkeypatch.setenv("_FOLLOWUP_COMPLETE", "bash_complete")
    assert not cli._plain_lint(["lint", "a.txt"])


def test_defaults_are_the_command_lines() -> None:
    """`lint_files`'s defaults are the options' defaults that typer would pass."""
    typer_defaults = {
        name: getattr(p.default, "default", p.default)
        for name, p in inspect.signature(lint).parameters.items()
    }
    own = inspect.signature(lint_files).parameters
    assert list(own) == list(typer_defaults)
    for name, param in own.items():
        if name == "files":
            continue
        expected = typer_defaults[name]
        assert param.default == expected or (expected == [] and param.default is None), name


def test_same_as_typer_on_every_email(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = emails()
    assert len(files) > 40
    for path in files:
        alone, typer = run_both(["lint", path], capsys, monkeypatch)
        assert alone == typer, path
    alone, typer = run_both(["lint", *files[:5]], capsys, monkeypatch)
    assert alone == typer


def test_same_as_typer_on_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\xff\xfe garbage")
    good = emails()[0]
    for args in (
        ["lint", str(tmp_path / "missing.txt")],
        ["lint", str(tmp_path)],
        ["lint", str(empty)],
        ["lint", str(binary)],
        ["lint", str(tmp_path / "missing.txt"), good],
    ):
        alone, typer = run_both(args, capsys, monkeypatch)
        assert alone == typer, args


@pytest.mark.parametrize(
    "raised",
    [
        KeyboardInterrupt,
        EOFError,
        lambda: BrokenPipeError(errno.EPIPE, "Broken pipe"),  # as a write to a closed pipe
        lambda: OSError(errno.EIO, "Input/output error"),
    ],
)
def test_same_as_typer_when_the_command_is_interrupted(
    raised: Callable[[], BaseException],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(*args: object, **kwargs: object) -> int:
        raise raised()

    monkeypatch.setattr(lint_files_module, "lint_files", interrupted)
    alone, typer = run_both(["lint", emails()[0]], capsys, monkeypatch)
    assert alone == typer


def test_the_console_script_lints_without_typer(tmp_path: Path) -> None:
    """The installed entry point (`cli.run`) on a plain lint imports no typer, click or rich."""
    probe = (
        "import contextlib, io, sys\n"
        "from followup import cli\n"
        "sys.argv = ['followup', 'lint', sys.argv[1]]\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = cli.main()\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'rich'}))\n"
    )
    note = str(REPO_ROOT / "examples" / "emails" / "thank-you.txt")
    done = subprocess.run(
        [sys.executable, "-c", probe, note], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 []"
