"""`app.py`: the typer app, with every command or only the one being run (`--version` is in
`test_version_hooks.py`, the console script's help and bare command in `test_cli.py`)."""

from __future__ import annotations

import pytest

from followup.app import build_app
from followup.cli import COMMANDS, main


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_alone_has_its_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`followup COMMAND` registers only that command with typer; its help and usage line are
    the same as in the full app."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert f"Usage: followup {command} " in " ".join(out.split())
    full = build_app()
    alone = build_app(command)
    assert [c.name for c in alone.registered_commands + alone.registered_groups] == [command]
    assert {c.name for c in full.registered_commands + full.registered_groups} == set(COMMANDS)
