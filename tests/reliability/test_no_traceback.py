"""Broken settings, prompt files, databases and streams: one line, never a traceback.

Each row is a row of the table "Broken settings, prompt files, databases and streams" in
docs/reliability.md (same id, same order), run through the installed `followup` script with
its own FOLLOWUP_HOME: the script prints exactly one line on stderr, the line shown (after
`followup: `, with `…` for any text), exits with the code shown by the row (2 for an error;
0 where a damaged database row is skipped with a warning), prints no traceback and leaves no
output file or temporary file behind. A row may run several commands that must all say the
same (a broken config file breaks `config show`, `config set` and `draft` alike).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from helpers import doc_pattern, doc_table, followup_script, run_followup

TABLE = "## Broken settings, prompt files, databases and streams"
NOTES = (
    "---\ncandidate: Sam Patel\ninterviewer: Priya Shah\ncompany: Acme\n---\n"
    "- we talked about dbt\n"
)
NOTE = "Dear Priya,\n\nThank you for the interview.\n\nBest regards,\nSam\n"
TODAY = "2026-11-25"
# a model that cannot be reached: a row that exits 2 was refused before any model work
DEAD_MODEL = ["--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--timeout", "2"]
LONG_NAME = "a" * 300 + ".txt"
APP = ["--company", "Acme", "--role", "analyst", "--today", TODAY]


class Run(NamedTuple):
    argv: list[str]
    stdin: str = "devnull"  # devnull, or closed
    stdout: str = "pipe"  # pipe, full (/dev/full) or closed


class Row(NamedTuple):
    id: str
    setup: Callable[[Path], dict[str, str]]  # files in the folder; the environment to add
    runs: list[Run]
    code: int
    line: str  # stderr, after "followup: "; `…` is any text
    no_file: str | None = None  # a path (relative to the folder) that must not exist after


# -- setups -----------------------------------------------------------------------------------


def _files(tmp: Path) -> None:
    (tmp / "notes.md").write_text(NOTES, encoding="utf-8")
    (tmp / "note.txt").write_text(NOTE, encoding="utf-8")


def _home(tmp: Path) -> Path:
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    return home


def plain(tmp: Path) -> dict[str, str]:
    _files(tmp)
    return {}


def notes_folder(tmp: Path) -> dict[str, str]:
    _files(tmp)
    (tmp / "notes").mkdir()
    (tmp / "notes" / "a.md").write_text(NOTES, encoding="utf-8")
    return {}


def empty_file(tmp: Path) -> dict[str, str]:
    _files(tmp)
    (tmp / "empty.txt").write_bytes(b"")
    return {}


def config_bytes(data: bytes) -> Callable[[Path], dict[str, str]]:
    def setup(tmp: Path) -> dict[str, str]:
        _files(tmp)
        (_home(tmp) / "config.json").write_bytes(data)
        return {}

    return setup


def home_at(where: str) -> Callable[[Path], dict[str, str]]:
    def setup(tmp: Path) -> dict[str, str]:
        _files(tmp)
        (tmp / "a-file").write_text("not a folder\n", encoding="utf-8")
        return {"FOLLOWUP_HOME": where.replace("TMP", str(tmp))}

    return setup


def accept_not_utf8(tmp: Path) -> dict[str, str]:
    _files(tmp)
    (tmp / "rules").mkdir()
    (tmp / "rules" / "accept.txt").write_bytes(b"dbt\n\xffword\n")
    return {}


def prompts(name: str, data: bytes) -> Callable[[Path], dict[str, str]]:
    def setup(tmp: Path) -> dict[str, str]:
        _files(tmp)
        (tmp / "prompts").mkdir()
        (tmp / "prompts" / name).write_bytes(data)
        return {}

    return setup


def _attempt(number: int) -> dict[str, Any]:
    return {"number": number, "text": "Dear Priya", "passed": True, "findings": []}


def history_with_bad_row(tmp: Path) -> dict[str, str]:
    """Two drafts; the first one's attempts are not JSON."""
    from followup.storage import history

    _files(tmp)
    with history.connect(_home(tmp) / "history.db") as conn:
        for attempts in ("not json", json.dumps([_attempt(1)])):
            conn.execute(
                "INSERT INTO drafts (created, notes_hash, kind, backend, model, final_text, "
                "fallback, attempts_json) VALUES ('2026-11-25T10:00:00+00:00', 'h', "
                "'thank-you', 'openai', 'm', 'Subject: Thank you', 0, ?)",
                (attempts,),
            )
    return {}


def apps_with_bad_row(column: str, value: str) -> Callable[[Path], dict[str, str]]:
    """Two applications; `column` of the first one is set to `value` behind followup's back."""

    def setup(tmp: Path) -> dict[str, str]:
        from datetime import date

        from followup.storage.applications import ApplicationStore

        _files(tmp)
        path = _home(tmp) / "apps.db"
        with ApplicationStore(path) as store:
            for company in ("Acme", "Fernway"):
                store.add(
                    company=company,
                    role="analyst",
                    interviewer="Priya Shah",
                    interviewed=date(2026, 11, 20),
                )
        conn = sqlite3.connect(path)
        try:
            conn.execute(f"UPDATE applications SET {column} = ? WHERE id = 1", (value,))
            conn.commit()
        finally:
            conn.close()
        return {}

    return setup


# -- the rows ---------------------------------------------------------------------------------

NOTES_DRY = ["draft", "notes.md", "--dry-run"]
BROKEN_CONFIG_RUNS = [
    Run(["config", "show"]),
    Run(["config", "set", "sender", "Sam Patel"]),
    Run(["config", "get", "sender"]),
    Run(NOTES_DRY),
]
STDOUT_COMMANDS = [
    ["lint", "note.txt"],
    ["lint", "note.txt", "--format", "json"],
    ["rules"],
    NOTES_DRY,
    ["notes", "notes.md"],
    ["plan", "--interviewed", "2026-11-20", "--today", TODAY],
    ["config", "show"],
    ["history"],
    ["apps", "--today", TODAY],
]

ROWS: list[Row] = [
    Row(
        "config-not-utf8",
        config_bytes(b'{"sender": "\xff"}'),
        BROKEN_CONFIG_RUNS,
        2,
        "error: …/config.json: broken config file, not valid UTF-8 (byte 0xff at offset 12); "
        "fix it or delete it",
    ),
    Row(
        "config-deeply-nested",
        config_bytes(b"[" * 100_000 + b"]" * 100_000),
        BROKEN_CONFIG_RUNS,
        2,
        "error: …/config.json: broken config file, nested too deeply; fix it or delete it",
    ),
    Row(
        "config-set-home-not-a-folder",
        home_at("TMP/a-file/home"),
        [Run(["config", "set", "sender", "Sam Patel"])],
        2,
        "error: a-file/home/config.json: cannot write the settings (folder a-file/home: "
        "Not a directory)",
    ),
    Row(
        "config-set-unwritable-home",
        home_at("/proc"),
        [Run(["config", "set", "sender", "Sam Patel"])],
        2,
        "error: /proc/config.json: cannot be written (…)",
    ),
    Row(
        "config-set-bad-byte",
        plain,
        [Run(["config", "set", "sender", "\udcff"]), Run(["config", "set", "model", "m\udcff"])],
        2,
        "error: …: holds the byte 0xff, which is not UTF-8 text",
    ),
    Row(
        "lint-accept-not-utf8",
        accept_not_utf8,
        [Run(["lint", "--rules", "rules", "note.txt"])],
        2,
        "error: rules/accept.txt: not valid UTF-8 (byte 0xff at offset 4)",
    ),
    Row(
        "draft-shots-not-utf8",
        prompts("shots.yaml", b'learned:\n  - "\xff"\n'),
        [Run([*NOTES_DRY, "--prompts", "prompts"])],
        2,
        "error: prompts/shots.yaml: not valid UTF-8 (byte 0xff at offset 14)",
    ),
    Row(
        "draft-prompt-error",
        prompts("slot-learned.j2", b"{% call msg('user') %}{{ 1/0 }}{% endcall %}"),
        [Run([*NOTES_DRY, "--prompts", "prompts"])],
        2,
        "error: prompt template prompts/slot-learned.j2:1: ZeroDivisionError: division by zero",
    ),
    Row(
        "draft-prompt-recursive-macro",
        prompts(
            "slot-learned.j2",
            b"{% macro r(n) %}{{ r(n) }}{% endmacro %}{% call msg('user') %}{{ r(1) }}"
            b"{% endcall %}",
        ),
        [Run([*NOTES_DRY, "--prompts", "prompts"])],
        2,
        "error: prompt template slot-learned.j2: recursion too deep",
    ),
    Row(
        "draft-prompt-missing-include",
        prompts("slot-learned.j2", b"{% include 'nope.j2' %}{% call msg('user') %}x{% endcall %}"),
        [Run([*NOTES_DRY, "--prompts", "prompts"])],
        2,
        "error: prompt template prompts/slot-learned.j2:1: nope.j2 not found",
    ),
    Row(
        "draft-bad-base-url",
        plain,
        [Run(["draft", "notes.md", "--backend", "openai", "--base-url", "http://[::1/v1"])],
        2,
        "error: --base-url (or OPENAI_BASE_URL, or the config's base_url): 'http://[::1/v1' "
        "is not a valid URL (Invalid IPv6 URL)",
    ),
    Row(
        "draft-timeout-inf",
        plain,
        [Run(["draft", "notes.md", *DEAD_MODEL, "--timeout", t]) for t in ("inf", "1e12")],
        2,
        "error: Invalid value for '--timeout': … is not in the range 1.0<=x<=86400.0. "
        "(see 'followup draft --help')",
    ),
    Row(
        "draft-timeout-nan",
        plain,
        [Run(["draft", "notes.md", *DEAD_MODEL, "--timeout", "nan"])],
        2,
        "error: Invalid value for '--timeout': nan is not a number (see 'followup draft --help')",
    ),
    Row(
        "draft-output-name-too-long",
        plain,
        [Run(["draft", "notes.md", *DEAD_MODEL, "-o", LONG_NAME])],
        2,
        "error: …: cannot be written (File name too long)",
    ),
    Row(
        "draft-output-unwritable-folder",
        plain,
        [Run(["draft", "notes.md", *DEAD_MODEL, "-o", "/proc/draft.txt"])],
        2,
        "error: /proc/draft.txt: cannot write in /proc (…)",
        no_file="/proc/draft.txt",
    ),
    Row(
        "history-export-unwritable-folder",
        plain,
        [Run(["history", "export", "-o", "/proc/history.json"])],
        2,
        "error: /proc/history.json: cannot be written (…)",
    ),
    Row(
        "batch-output-name-too-long",
        notes_folder,
        [Run(["batch", "notes", "-o", "d" * 300, *DEAD_MODEL])],
        2,
        "error: …: cannot be used (File name too long)",
    ),
    Row(
        "lint-json-unreadable",
        empty_file,
        [Run(["lint", "--format", fmt, "empty.txt"]) for fmt in ("json", "line")],
        2,
        "error: empty.txt: is empty",
    ),
    Row(
        "plan-date-out-of-range",
        plain,
        [
            Run(["plan", "--interviewed", "friday", "--today", "0001-01-01"]),
            Run(["plan", "--interviewed", "today", "--today", "0001-01-01"]),
        ],
        2,
        "error: --today: '0001-01-01' is 0001-01-01, outside the years 1900 to 2999",
    ),
    Row(
        "apps-add-bad-byte",
        plain,
        [
            Run(
                [
                    "apps",
                    "add",
                    *APP,
                    "--interviewer",
                    "\udcff",
                    "--interviewed",
                    "2026-11-20",
                    "--today",
                    TODAY,
                ]
            )
        ],
        2,
        "error: --interviewer: holds the byte 0xff, which is not UTF-8 text",
    ),
    Row(
        "history-show-huge-id",
        plain,
        [Run(["history", "show", "99999999999999999999"])],
        2,
        "error: no draft with id 99999999999999999999 in the history",
    ),
    Row(
        "apps-huge-id",
        plain,
        [
            Run(["apps", "show", "99999999999999999999", "--today", TODAY]),
            Run(["apps", "sent", "99999999999999999999", "thank-you", "--today", TODAY]),
            Run(["apps", "heard", "99999999999999999999"]),
            Run(["apps", "remove", "99999999999999999999"]),
        ],
        2,
        "error: no application #99999999999999999999; `followup apps` lists them",
    ),
    Row(
        "history-bad-row",
        history_with_bad_row,
        [Run(["history"]), Run(["history", "export"])],
        0,
        "warning: skipped draft 1 of the history: its attempts are not valid JSON",
    ),
    Row(
        "history-show-bad-row",
        history_with_bad_row,
        [Run(["history", "show", "1"])],
        2,
        "error: draft 1 of the history is damaged: its attempts are not valid JSON",
    ),
    Row(
        "apps-bad-row",
        apps_with_bad_row("interviewed", "garbage"),
        [Run(["apps", "--today", TODAY]), Run(["apps", "export", "--ics", "-", "--today", TODAY])],
        0,
        "warning: skipped application #1 of …/apps.db: its interview date 'garbage' is not a date",
    ),
    Row(
        "apps-impossible-row",
        apps_with_bad_row("promised", "2026-01-01"),
        [Run(["apps", "--today", TODAY]), Run(["apps", "export", "--ics", "-", "--today", TODAY])],
        0,
        "warning: skipped application #1: the promised date (2026-01-01) is before the "
        "interview (2026-11-20)",
    ),
    Row(
        "stdin-closed",
        plain,
        [
            Run(["draft"], stdin="closed"),
            Run(["draft", "-", "--dry-run"], stdin="closed"),
            Run(["lint", "-"], stdin="closed"),
            Run(["notes"], stdin="closed"),
        ],
        2,
        "error: <stdin>: is closed; give a file name, or pipe the text in",
    ),
    Row(
        "stdout-full",
        plain,
        [Run(argv, stdout="full") for argv in STDOUT_COMMANDS],
        2,
        "error: cannot write to standard output (No space left on device)",
    ),
    Row(
        "stdout-closed",
        plain,
        [Run(argv, stdout="closed") for argv in STDOUT_COMMANDS[:4]],
        2,
        "error: cannot write to standard output (it is closed)",
    ),
]


def run_script(run: Run, folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`followup ARGV` in `folder`; stdin and stdout as the run asks."""
    stdin = b"" if run.stdin == "devnull" else run.stdin
    return run_followup(run.argv, cwd=folder, env=env, stdin=stdin, stdout=run.stdout, timeout=60)


@pytest.fixture
def script_env(isolated_home: Path) -> Callable[[dict[str, str]], dict[str, str]]:
    def make(extra: dict[str, str]) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
        env.pop("FOLLOWUP_SENDER", None)
        env.pop("FOLLOWUP_MODEL", None)
        return {**env, **extra}

    return make


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_one_line_never_a_traceback(
    row: Row,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    script_env: Callable[[dict[str, str]], dict[str, str]],
) -> None:
    if any(r.stdout == "full" for r in row.runs) and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    env = script_env(row.setup(tmp_path))
    documented = doc_table(TABLE).get(row.id)
    assert documented is not None, f"{row.id} is missing from docs/reliability.md"
    before = sorted(p.name for p in tmp_path.iterdir())
    for run in row.runs:
        done = run_script(run, tmp_path, env)
        where = (run.argv, done.returncode, done.stderr)
        assert "Traceback" not in done.stderr, where
        assert done.returncode == row.code, where
        lines = done.stderr.splitlines()
        assert len(lines) == 1, where
        assert lines[0].startswith("followup: "), where
        shown = lines[0].removeprefix("followup: ").replace(f"{tmp_path}/", "")
        assert doc_pattern(row.line).fullmatch(shown), (row.line, shown)
        assert doc_pattern(documented).fullmatch(shown), (documented, shown)
        if row.code != 0:
            assert done.stdout == "", where  # an error prints nothing else
    # nothing written: no output file, no temporary file, in the folder or where -o pointed
    after = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in after if n not in before and n != "home"] == []
    if row.no_file:
        assert not Path(row.no_file).exists()


def test_the_docs_table_and_this_table_have_the_same_rows() -> None:
    assert list(doc_table(TABLE)) == [r.id for r in ROWS]


# -- what else the fixes promise --------------------------------------------------------------


def test_the_rows_that_are_skipped_leave_the_others_listed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    script_env: Callable[[dict[str, str]], dict[str, str]],
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    env = script_env(history_with_bad_row(tmp_path))
    exported = run_script(Run(["history", "export"]), tmp_path, env)
    assert [d["id"] for d in json.loads(exported.stdout)["drafts"]] == [2]
    listed = run_script(Run(["history"]), tmp_path, env)
    assert "│2 " in listed.stdout and "│1 " not in listed.stdout
    shown = run_script(Run(["history", "show", "2"]), tmp_path, env)
    assert shown.returncode == 0 and shown.stdout.startswith("# draft 2:")

    env = script_env(apps_with_bad_row("interviewed", "garbage")(tmp_path))
    apps = run_script(Run(["apps", "--format", "json", "--today", TODAY]), tmp_path, env)
    assert [a["company"] for a in json.loads(apps.stdout)["applications"]] == ["Fernway"]
    ics = run_script(Run(["apps", "export", "--ics", "-", "--today", TODAY]), tmp_path, env)
    assert "Fernway" in ics.stdout and "Acme" not in ics.stdout


def test_a_pipe_closed_by_its_reader_is_not_an_error(tmp_path: Path) -> None:
    """`followup rules | head -1`: the reader stopped reading; exit 0, nothing on stderr."""
    script = followup_script()
    done = subprocess.run(
        f"'{script}' rules | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_write_atomic_leaves_nothing_behind_and_bounds_its_temporary_name(tmp_path: Path) -> None:
    from followup.errors import InputError
    from followup.textio import write_atomic

    # a final name near the limit: the temporary file's name must still fit
    near = tmp_path / ("b" * 250 + ".txt")
    write_atomic(near, "text\n")
    assert near.read_text(encoding="utf-8") == "text\n"
    with pytest.raises(InputError, match="File name too long"):
        write_atomic(tmp_path / LONG_NAME, "text\n")
    with pytest.raises(InputError, match="not UTF-8"):
        write_atomic(tmp_path / "surrogate.txt", "a byte \udcff\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [near.name]


def test_check_output_refuses_what_write_atomic_could_not_write(tmp_path: Path) -> None:
    from followup.errors import InputError
    from followup.textio import check_output

    check_output(tmp_path / "fine.txt", force=False)
    with pytest.raises(InputError, match="File name too long"):
        check_output(tmp_path / ("c" * 256), force=False)
    with pytest.raises(InputError, match="cannot write in /proc"):
        check_output(Path("/proc/x.txt"), force=False)
    assert list(tmp_path.iterdir()) == []  # the probe is gone


def test_base_url_problems() -> None:
    from followup.models.resolve import url_problem

    assert url_problem("http://127.0.0.1:9/v1") is None
    assert url_problem("https://[::1]:8080/v1") is None
    assert url_problem("http://[::1/v1") == "is not a valid URL (Invalid IPv6 URL)"
    assert url_problem("http://127.0.0.1:99999/v1") is not None
    assert url_problem("localhost:8000/v1") == "is not an http:// or https:// URL"
    assert url_problem("http:///v1") == "names no host"


@pytest.mark.parametrize("flag", ["--temperature", "--max-overlap"])
def test_nan_is_refused_by_every_float_option(flag: str, tmp_path: Path) -> None:
    from followup.cli import main

    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    command = "variants" if flag == "--max-overlap" else "draft"
    assert main([command, str(tmp_path / "notes.md"), *DEAD_MODEL, flag, "nan"]) == 2


def test_config_set_refuses_a_sender_a_draft_could_not_carry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from followup.cli import main

    assert main(["config", "set", "sender", "Sam\nPatel"]) == 2
    assert "sender: holds a line break or a tab" in capsys.readouterr().err
    assert main(["config", "set", "sender", "Sam Patel"]) == 0


def test_config_set_refuses_a_base_url_no_client_could_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from followup.cli import main

    assert main(["config", "set", "base_url", "http://[::1/v1"]) == 2
    assert capsys.readouterr().err == (
        "followup: error: base_url: 'http://[::1/v1' is not a valid URL (Invalid IPv6 URL)\n"
    )
    assert main(["config", "set", "base_url", "http://127.0.0.1:11434/v1"]) == 0


@pytest.mark.parametrize(
    "notes",
    [
        "a" * 3000 + "\n",  # a pasted token alone on the last line: read as a signature
        "Interviewer: Priya Shah\n" + "b" * 100 + "\n",
        "Interviewer: Priya Shah\nSir Mark (" + "M" * 100 + " Villanueva, Ops)\n",
    ],
)
def test_a_word_too_long_for_a_name_is_nobody(
    notes: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by test_contract.py: a name longer than a fact allows failed the facts'
    own validation (a traceback) instead of being no name at all."""
    from followup.cli import main

    path = tmp_path / "notes.md"
    path.write_text(notes, encoding="utf-8")
    assert main(["notes", str(path)]) == 0
    assert "Traceback" not in capsys.readouterr().err
