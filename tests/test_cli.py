"""The commands not covered elsewhere, through the real console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from followup.cli import main
from followup.variants import jaccard

SCRIPT = Path(sys.executable).parent / "followup"
NOTES = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    full_env.update(env or {})
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=300, env=full_env
    )


def test_help_and_bare_command() -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("lint", "draft", "variants", "plan", "apps", "history", "config", "rules"):
        assert command in done.stdout
    bare = run()
    assert bare.returncode == 2 and bare.stdout == "" and "Usage" in bare.stderr


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lnit", "x.txt"]) == 2
    err = capsys.readouterr().err
    assert "No such command 'lnit'" in err and "Traceback" not in err


def test_a_bug_is_one_line_and_exit_70(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # an exception nothing expected (a bug in reading the notes, say) is still one line with
    # its own exit code, not a traceback; FOLLOWUP_TRACEBACK=1 shows the traceback
    import followup.notes as command

    def broken(text: str) -> None:
        raise ValueError("'Mr. Khoa' is not the notes'\ntext")

    monkeypatch.setattr(command, "parse_notes", broken)
    assert main(["notes", str(NOTES)]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "internal error (ValueError: 'Mr. Khoa' is not the notes' text)" in err
    monkeypatch.setenv("FOLLOWUP_TRACEBACK", "1")
    with pytest.raises(ValueError):
        main(["notes", str(NOTES)])


def test_a_bug_is_one_line_and_exit_70_through_the_script(tmp_path: Path) -> None:
    # the same through the console script: a module started with Python breaks the reader
    (tmp_path / "sitecustomize.py").write_text(
        "import followup.notes as c\n"
        "def broken(text):\n    raise RuntimeError('boom')\n"
        "c.parse_notes = broken\n",
        encoding="utf-8",
    )
    done = run("notes", str(NOTES), env={"PYTHONPATH": str(tmp_path)})
    assert done.returncode == 70 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "internal error (RuntimeError: boom)" in done.stderr


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "followup", "rules"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "elements.gratitude" in done.stdout


@pytest.mark.slow
def test_variants_and_history_with_the_embedded_model() -> None:
    done = run("variants", str(NOTES), "-n", "2", "--samples", "2", "--format", "json")
    assert done.returncode == 0, done.stderr
    variants = json.loads(done.stdout)["variants"]
    assert len(variants) == 2
    assert all(v["accepted"] and v["backend"] == "embedded" for v in variants)
    assert jaccard(variants[0]["text"], variants[1]["text"]) < 0.5
    drafted = run("draft", str(NOTES), "--samples", "2")
    assert drafted.returncode == 0 and drafted.stdout.startswith("Subject:")
    listed = run("history")
    assert "thank-you" in listed.stdout and "embedded" in listed.stdout


def test_apps_through_the_script(tmp_path: Path) -> None:
    today = ["--today", "2026-11-25"]
    added = run(
        "apps",
        "add",
        "--company",
        "Acme",
        "--role",
        "data analyst",
        "--interviewer",
        "Priya Shah",
        "--interviewed",
        "2026-11-20",
        "--notes",
        str(NOTES),
        *today,
    )
    assert added.returncode == 0, added.stderr
    assert "added #1" in added.stdout
    listed = run("apps", *today)
    assert listed.returncode == 0 and "Acme" in listed.stdout and "overdue" in listed.stdout
    sent = run("apps", "sent", "1", "thank-you", "--on", "2026-11-20", *today)
    assert sent.returncode == 0 and "check-in" in sent.stdout
    shown = run("apps", "show", "1", *today)
    assert shown.returncode == 0 and "Priya Shah" in shown.stdout
    ics = tmp_path / "r.ics"
    exported = run("apps", "export", "--ics", str(ics), *today)
    assert exported.returncode == 0 and ics.read_text(encoding="utf-8").startswith(
        "BEGIN:VCALENDAR"
    )
    heard = run("apps", "heard", "1")
    assert heard.returncode == 0
    removed = run("apps", "remove", "1")
    assert removed.returncode == 0
    gone = run("apps", "show", "1", *today)
    assert gone.returncode == 2 and gone.stderr.startswith("followup: error:")
