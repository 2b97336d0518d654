"""`followup draft` and `followup variants` through the installed console script, against a stub
model server that records every request (tests/gated_server.py): notes from stdin, the fact
flags end to end, a retry on the blocking path, Ctrl-C, and the history after a model failure;
the first three in process too (`cli.main`), where that is cheap.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fault_server import GOOD_EMAIL
from gated_server import Reply, gated_server
from helpers import REPO_ROOT, followup_script, script_env

from followup.cli import main

NOTES = REPO_ROOT / "examples" / "notes" / "acme-data-analyst.md"
ACME = NOTES.read_text(encoding="utf-8")
NOT_AN_EMAIL = '{"answer": 42}'  # fails the rules (no greeting, no thanks...)


def followup(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(followup_script()), *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=300,
        env=script_env(),
    )


def openai(url: str, *extra: str) -> list[str]:
    return ["--backend", "openai", "--base-url", url, "--model", "m", "--strategy", "whole", *extra]


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("followup: error: "), stderr
    return lines[0]


# -- notes from standard input --------------------------------------------------------------------


@pytest.mark.parametrize("notes_arg", [[], ["-"]], ids=["no-argument", "dash"])
def test_notes_from_stdin(notes_arg: list[str]) -> None:
    with gated_server() as server:
        done = followup("draft", *notes_arg, *openai(server.url), stdin=ACME)
    assert done.returncode == 0, done.stderr
    assert done.stdout == GOOD_EMAIL
    (prompt,) = server.prompts()
    # the facts of the front matter and the bullets came through stdin
    assert "Interviewer: Priya Shah" in prompt and "Company: Acme Analytics" in prompt
    assert "biggest challenge: onboarding new customers faster" in prompt


def test_empty_stdin_is_one_line_and_no_request() -> None:
    with gated_server() as server:
        done = followup("draft", *openai(server.url), stdin="")
    assert done.returncode == 2
    assert one_error_line(done.stderr) == "followup: error: <stdin>: is empty"
    assert done.stdout == "" and server.hits == 0


# -- --company and --role --------------------------------------------------------------------------

GLOBEX = ["--company", "Globex", "--role", "platform engineer"]
GLOBEX_EMAIL = GOOD_EMAIL.replace(
    "data analyst role at Acme Analytics", "platform engineer role at Globex"
)


def test_company_and_role_flags_reach_the_prompt_and_the_accepted_draft() -> None:
    """The flags win over the notes' front matter, in the prompt and in the facts the draft is
    checked against: a draft naming Globex passes the grounding rule only if Globex is a fact."""
    assert GLOBEX_EMAIL != GOOD_EMAIL
    with gated_server(Reply(GLOBEX_EMAIL)) as server:
        done = followup("draft", str(NOTES), *openai(server.url), *GLOBEX, "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["accepted"], result["fallback"], len(result["attempts"])) == (True, False, 1)
    assert result["text"].strip() == GLOBEX_EMAIL.strip()
    (prompt,) = server.prompts()
    assert "Company: Globex" in prompt and "Role: platform engineer" in prompt
    assert "Acme Analytics" not in prompt and "data analyst" not in prompt


def test_company_and_role_flags_reach_the_template_fallback() -> None:
    with gated_server(Reply(NOT_AN_EMAIL)) as server:
        done = followup("draft", str(NOTES), *openai(server.url, "--max-attempts", "1"), *GLOBEX)
    assert done.returncode == 0, done.stderr
    assert "template" in done.stderr  # no model draft passed: the guide's template
    assert "the platform engineer role at Globex" in done.stdout
    assert "Acme" not in done.stdout and "data analyst" not in done.stdout
    assert server.hits == 1


def test_company_and_role_flags_in_a_dry_run() -> None:
    done = followup("draft", str(NOTES), "--dry-run", "--strategy", "whole", *GLOBEX)
    assert done.returncode == 0, done.stderr
    assert "Company: Globex\nRole: platform engineer\n" in done.stdout  # the prompt
    assert "about the platform engineer role at Globex." in done.stdout  # the email template
    assert "Acme" not in done.stdout


@pytest.mark.parametrize("notes_arg", [[], ["-"]], ids=["no-argument", "dash"])
def test_notes_from_stdin_and_fact_flags_in_process(
    notes_arg: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ACME.encode())))
    with gated_server(Reply(GLOBEX_EMAIL)) as server:
        code = main(["draft", *notes_arg, *openai(server.url), *GLOBEX])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out == GLOBEX_EMAIL  # accepted: Globex is a fact of the draft
    (prompt,) = server.prompts()
    assert "Interviewer: Priya Shah" in prompt  # from the notes on stdin
    assert "biggest challenge: onboarding new customers faster" in prompt
    assert "Company: Globex" in prompt and "Role: platform engineer" in prompt  # the flags
    assert "Acme Analytics" not in prompt


# -- retries on the blocking path ------------------------------------------------------------------


def test_a_503_is_retried_then_accepted() -> None:
    with gated_server(Reply(status=503), Reply()) as server:
        done = followup("draft", str(NOTES), *openai(server.url, "--max-retries", "1"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == GOOD_EMAIL
    assert server.hits == 2  # the first try and one retry


def test_without_retries_a_503_is_the_end() -> None:
    with gated_server(Reply(status=503), Reply()) as server:
        done = followup("draft", str(NOTES), *openai(server.url, "--max-retries", "0"))
    assert done.returncode == 3
    assert "503" in one_error_line(done.stderr)
    assert done.stdout == ""
    assert server.hits == 1


# -- Ctrl-C ----------------------------------------------------------------------------------------


def interrupt_while_the_model_answers(command: str, *extra: str) -> tuple[int, str, str]:
    """Run `command` against a server that holds every request (the model "thinks"); send
    SIGINT once the request has arrived. The exit code, stdout and stderr."""
    with gated_server(hold_from=1) as server:
        proc = subprocess.Popen(
            [str(followup_script()), command, str(NOTES), *openai(server.url), *extra],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=script_env(),
        )
        try:
            server.wait_for_requests(1)
            proc.send_signal(signal.SIGINT)
            stdout, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return proc.returncode, stdout, stderr


@pytest.mark.parametrize("command", ["draft", "variants"])
def test_ctrl_c_while_the_model_answers_exits_130(command: str, tmp_path: Path) -> None:
    out = tmp_path / "draft.txt"
    code, stdout, stderr = interrupt_while_the_model_answers(
        command, *(["-o", str(out)] if command == "draft" else [])
    )
    assert code == 130, stderr
    assert "Traceback" not in stderr and len(stderr.splitlines()) <= 1
    assert stdout == ""
    assert list(tmp_path.iterdir()) == []  # no -o file, no temporary one


@pytest.mark.parametrize("command", ["draft", "variants"])
def test_ctrl_c_says_interrupted(command: str) -> None:
    code, _, stderr = interrupt_while_the_model_answers(command)
    assert (code, stderr) == (130, "followup: error: interrupted\n")


@pytest.mark.parametrize("command", ["draft", "variants"])
def test_ctrl_c_while_the_model_answers_exits_130_in_process(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C (KeyboardInterrupt) raised inside the model call: 130, one line, nothing written."""
    from followup.models.openai_compat import OpenAICompatModel

    asked: list[int] = []

    def interrupted(self: OpenAICompatModel, *args: Any, **kwargs: Any) -> Any:
        asked.append(1)
        raise KeyboardInterrupt

    monkeypatch.setattr(OpenAICompatModel, "complete", interrupted)
    out = tmp_path / "draft.txt"
    argv = [command, str(NOTES), *openai("http://127.0.0.1:9/v1")]  # never reached
    try:
        code = main(argv + (["-o", str(out)] if command == "draft" else []))
    except KeyboardInterrupt:  # (uncaught, it would end the whole test run)
        pytest.fail("KeyboardInterrupt escaped cli.main")
    captured = capsys.readouterr()
    assert (code, captured.out, captured.err) == (130, "", "followup: error: interrupted\n")
    assert asked == [1]
    assert list(tmp_path.iterdir()) == []


# -- the history after a model failure -------------------------------------------------------------


def test_attempts_made_before_a_model_failure_are_kept_in_the_history(tmp_path: Path) -> None:
    """The first answer fails the rules and goes back with its findings; the server then fails:
    exit 3, nothing written, and the history keeps the first attempt."""
    out = tmp_path / "draft.txt"
    with gated_server(Reply(NOT_AN_EMAIL), Reply(status=500)) as server:
        done = followup(
            "draft",
            str(NOTES),
            *openai(server.url, "--max-attempts", "3", "--max-retries", "0", "-o", str(out)),
        )
    assert done.returncode == 3, done.stderr
    one_error_line(done.stderr)
    assert done.stdout == "" and not out.exists()
    assert server.hits == 2
    assert NOT_AN_EMAIL in server.prompts()[1]  # the second request was the feedback

    exported = followup("history", "export")
    assert exported.returncode == 0, exported.stderr
    (draft,) = json.loads(exported.stdout)["drafts"]
    assert (draft["status"], draft["backend"], draft["model"]) == (
        "model-unavailable",
        "openai",
        "m",
    )
    attempts: list[dict[str, Any]] = draft["attempts"]
    assert [(a["number"], a["passed"], a["text"].strip()) for a in attempts] == [
        (1, False, NOT_AN_EMAIL)
    ]
    assert any(f["level"] == "error" for f in attempts[0]["findings"])

    shown = followup("history", "show", str(draft["id"]))
    assert shown.returncode == 0, shown.stderr
    assert "# status model-unavailable" in shown.stdout
    assert f"## attempt 1: failed\n{NOT_AN_EMAIL}\n" in shown.stdout


# -- a history that cannot be written never costs the draft ------------------------------------


def _history_db() -> Path:
    from followup.storage.history import db_path

    return db_path()


@pytest.mark.parametrize("how", ["corrupt", "folder-unwritable", "locked"])
def test_the_draft_reaches_the_user_when_the_history_cannot_be_written(
    how: str, tmp_path: Path
) -> None:
    """The model made a draft; a locked, corrupt or unwritable history is one warning line and
    the draft is printed and written to -o (exit 0), never thrown away."""
    import sqlite3

    db = _history_db()
    db.parent.mkdir(parents=True, exist_ok=True)
    lock: sqlite3.Connection | None = None
    if how == "corrupt":
        db.write_bytes(b"this is not a database " * 100)
    elif how == "folder-unwritable":
        if os.geteuid() == 0:  # root writes anywhere: make the folder a file instead
            db.parent.rmdir() if not any(db.parent.iterdir()) else None
            db.parent.parent.mkdir(parents=True, exist_ok=True)
            db.parent.write_text("a file where the data folder should be", encoding="utf-8")
        else:
            db.parent.chmod(0o500)
    else:
        lock = sqlite3.connect(db, isolation_level=None)
        lock.execute("CREATE TABLE t (x)")
        lock.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    out = tmp_path / "draft.txt"
    try:
        with gated_server() as server:
            done = followup("draft", str(NOTES), *openai(server.url, "-o", str(out)))
    finally:
        if lock is not None:
            lock.close()
        if how == "folder-unwritable" and os.geteuid() != 0:
            db.parent.chmod(0o700)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == GOOD_EMAIL
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("followup: warning: the draft was not saved in the history: ")
