"""`followup --version`, and the pre-commit hook definition (issue 14)."""

from __future__ import annotations

import re
import shlex
from importlib.metadata import version

import yaml
from helpers import REPO_ROOT

from followup.cli import COMMANDS, main


def test_version(capsys: object) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out == f"followup {version('followup')}\n"


def test_pre_commit_hook_runs_followup_lint() -> None:
    (hook,) = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "followup-lint"
    assert hook["language"] == "python"
    argv = shlex.split(hook["entry"])
    assert argv[:2] == ["followup", "lint"] and "lint" in COMMANDS
    files = re.compile(hook["files"])
    assert files.search("emails/thanks.txt") and files.search("drafts/nudge.md")
    assert not files.search("src/followup/cli.py")


def test_pre_commit_hook_entry_lints_files(tmp_path: object, capsys: object) -> None:
    from pathlib import Path

    good = Path(str(tmp_path)) / "ok.txt"
    good.write_text(
        "Dear Ms. Lee,\n\nThank you for your time today. I enjoyed learning about the team, "
        "and I am excited about the role. Please let me know the next steps.\n\n"
        "Best regards,\nSam Patel\n",
        encoding="utf-8",
    )
    bad = Path(str(tmp_path)) / "bad.md"
    bad.write_text("Any update? I need an answer.\n", encoding="utf-8")
    argv = ["lint", "--format", "line"]
    assert main([*argv, str(good)]) == 0
    assert main([*argv, str(good), str(bad)]) == 1
