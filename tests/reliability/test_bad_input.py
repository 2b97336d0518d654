"""Every bad input of docs/reliability.md: one line on stderr, exit 2, no traceback, no output.

Each row here is a row of the table in docs/reliability.md (same id), and the other way round.
A row says the message the user sees, after `followup: error: `, with the paths of the test's
files shown relative to their folder and `…` standing for any text (a detail another library
words, such as a regular expression's error). The table in the docs is checked against the
message each command really prints, the same way, so the docs cannot drift from it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from helpers import REPO_ROOT, doc_pattern, followup_script
from helpers import doc_table as shared_doc_table

from followup.cli import main

GOOD_NOTES = "---\ncandidate: Sam Patel\ninterviewer: Priya Shah\n---\n- we talked about dbt\n"
DOC = REPO_ROOT / "docs" / "reliability.md"
DOC_HEADING = "# Reliability: what each bad input gets"  # the table under it, the first
PREFIX = "followup: error: "
TODAY = "2026-11-25"  # every date-bound row fixes today


def make_inputs(tmp: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "whitespace": b"  \n\t\n",
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "bad-utf8": b"Dear Priya,\n\xff\xfe thank you\n",
        "huge": b"word " * 1_100_000,
        "bad-front-matter": b"---\ninterviewer: [unclosed\n---\nnotes\n",
        "good": GOOD_NOTES.encode(),
    }
    out = {}
    for name, data in files.items():
        path = tmp / f"{name}.txt"
        path.write_bytes(data)
        out[name] = path
    (tmp / "folder").mkdir()
    out["folder"] = tmp / "folder"
    out["missing"] = tmp / "no-such-file.txt"
    out["unreadable"] = Path("/proc/self/mem")  # fails to read even for root
    rules = tmp / "bad-rules"
    rules.mkdir()
    (rules / "mine.yaml").write_text(
        "rules:\n  - id: mine.bad\n    type: existence\n    level: error\n    message: x\n"
        "    description: x\n    tokens: ['(unclosed']\n",
        encoding="utf-8",
    )
    out["bad-rules"] = rules
    prompts = tmp / "bad-prompts"
    prompts.mkdir()
    (prompts / "slot-learned.j2").write_text("{% call msg('user') %}{{ fact }", encoding="utf-8")
    (prompts / "thank-you.j2").write_text("{% if %}", encoding="utf-8")
    out["bad-prompts"] = prompts
    return out


# each unusable file, and what reading it says (lint, draft, variants alike)
FILE_PROBLEMS = {
    "empty": "empty.txt: is empty",
    "whitespace": "whitespace.txt: is empty",
    "binary": "binary.txt: looks like a binary file, not text",
    "bad-utf8": "bad-utf8.txt: not valid UTF-8 (byte 0xff at offset 12)",
    "huge": "huge.txt: too large (5.5 MB); the limit is 1 MB",
    "folder": "folder: is a directory, not a file",
    "missing": "no-such-file.txt: no such file",
    "unreadable": "/proc/self/mem: cannot be read (Input/output error)",
}
DATE_HINT = "(try 2026-11-24, today, yesterday, friday, next tuesday, in 3 days)"
APP = ["--company", "Acme", "--role", "analyst", "--interviewer", "Priya Shah"]

Argv = Callable[[dict[str, Path]], list[str]]


class Row(NamedTuple):
    id: str
    argv: Argv
    message: str  # after "followup: error: "; `…` is any text


ROWS: list[Row] = [
    *[Row(f"lint-{p}", lambda f, p=p: ["lint", str(f[p])], m) for p, m in FILE_PROBLEMS.items()],
    Row(
        "lint-bad-rules",
        lambda f: ["lint", "--rules", str(f["bad-rules"]), str(f["good"])],
        "bad-rules/mine.yaml:2: rule mine.bad: bad regular expression '(unclosed': …",
    ),
    Row(
        "lint-unknown-kind",
        lambda f: ["lint", "--kind", "memo", str(f["good"])],
        "Invalid value for '--kind' / '-k': 'memo' is not one of 'thank-you', 'check-in', "
        "'nudge', 'auto'. (see 'followup lint --help')",
    ),
    Row(
        "lint-unknown-disable",
        lambda f: ["lint", "--disable", "no.such", str(f["good"])],
        "--disable: no rule with id 'no.such' (see `followup rules`)",
    ),
    Row(
        "lint-bad-notes",
        lambda f: ["lint", "--notes", str(f["binary"]), str(f["good"])],
        FILE_PROBLEMS["binary"],
    ),
    *[Row(f"draft-{p}", lambda f, p=p: ["draft", str(f[p])], m) for p, m in FILE_PROBLEMS.items()],
    Row(
        "draft-bad-front-matter",
        lambda f: ["draft", str(f["bad-front-matter"])],
        # read as the notes' own lines, whose `interviewer: [unclosed` names nobody
        "the notes name no interviewer: add a line 'Interviewer: NAME' or use --to NAME",
    ),
    Row(
        "draft-bad-prompts",
        lambda f: [
            "draft",
            str(f["good"]),
            "--dry-run",
            "--strategy",
            "whole",
            "--prompts",
            str(f["bad-prompts"]),
        ],
        "prompt template bad-prompts/thank-you.j2:1: …",
    ),
    Row(
        "draft-missing-prompts-dir",
        lambda f: ["draft", str(f["good"]), "--dry-run", "--prompts", str(f["missing"])],
        "--prompts: no-such-file.txt is not a folder",
    ),
    Row(
        "draft-unknown-kind",
        lambda f: ["draft", str(f["good"]), "--kind", "memo"],
        "Invalid value for '--kind' / '-k': 'memo' is not one of 'thank-you', 'check-in', "
        "'nudge'. (see 'followup draft --help')",
    ),
    Row(
        "draft-output-folder-missing",
        lambda f: ["draft", str(f["good"]), "--dry-run", "-o", str(f["missing"] / "out.txt")],
        "no-such-file.txt/out.txt: folder no-such-file.txt does not exist",
    ),
    Row(
        "draft-max-attempts-zero",
        lambda f: ["draft", str(f["good"]), "--max-attempts", "0"],
        "Invalid value for '--max-attempts': 0 is not in the range 1<=x<=10. "
        "(see 'followup draft --help')",
    ),
    Row("variants-empty", lambda f: ["variants", str(f["empty"])], FILE_PROBLEMS["empty"]),
    Row(
        "variants-negative-n",
        lambda f: ["variants", str(f["good"]), "-n", "-1"],
        "Invalid value for '-n' / '--count': -1 is not in the range 1<=x<=10. "
        "(see 'followup variants --help')",
    ),
    Row(
        "variants-huge-n",
        lambda f: ["variants", str(f["good"]), "-n", "100000"],
        "Invalid value for '-n' / '--count': 100000 is not in the range 1<=x<=10. "
        "(see 'followup variants --help')",
    ),
    Row(
        "variants-binary-email",
        lambda f: ["variants", "--from-email", str(f["binary"])],
        FILE_PROBLEMS["binary"],
    ),
    Row(
        "rules-bad-rules",
        lambda f: ["rules", "--rules", str(f["bad-rules"])],
        "bad-rules/mine.yaml:2: rule mine.bad: bad regular expression '(unclosed': …",
    ),
    Row(
        "rules-unknown-id",
        lambda f: ["rules", "--explain", "no.such"],
        "no rule with id 'no.such'; see `followup rules`",
    ),
    Row(
        "plan-bad-date",
        lambda f: ["plan", "--interviewed", "the 45th of Smarch", "--today", TODAY],
        f"--interviewed: 'the 45th of Smarch' is not a date I can read {DATE_HINT}",
    ),
    Row(
        "plan-promise-before-interview",
        lambda f: [
            "plan",
            "--interviewed",
            "2026-11-20",
            "--promised",
            "2026-11-10",
            "--today",
            TODAY,
        ],
        "the promised date (2026-11-10) is before the interview (2026-11-20)",
    ),
    Row(
        "plan-far-future",
        lambda f: ["plan", "--interviewed", "2031-01-01", "--today", TODAY],
        "--interviewed: '2031-01-01' is 2031-01-01, more than a year after today (2026-11-25)",
    ),
    Row(
        "plan-unknown-sent-kind",
        lambda f: [
            "plan",
            "--interviewed",
            "2026-11-20",
            "--sent",
            "memo@2026-11-21",
            "--today",
            TODAY,
        ],
        "--sent: unknown kind 'memo' in 'memo@2026-11-21' (use thank-you, check-in, nudge)",
    ),
    Row(
        "apps-add-bad-date",
        lambda f: ["apps", "add", *APP, "--interviewed", "nonsense", "--today", TODAY],
        f"--interviewed: 'nonsense' is not a date I can read {DATE_HINT}",
    ),
    Row(
        "apps-add-bad-notes",
        lambda f: [
            "apps",
            "add",
            *APP,
            "--interviewed",
            "2026-11-20",
            "--today",
            TODAY,
            "--notes",
            str(f["binary"]),
        ],
        FILE_PROBLEMS["binary"],
    ),
    Row(
        "batch-missing-folder",
        lambda f: ["batch", str(f["missing"]), "-o", str(f["folder"])],
        "no-such-file.txt: no such folder",
    ),
    Row(
        "batch-file-not-folder",
        lambda f: ["batch", str(f["good"]), "-o", str(f["folder"])],
        "good.txt: is not a folder",
    ),
    Row(
        "batch-zero-concurrency",
        lambda f: ["batch", str(f["folder"]), "-o", str(f["folder"]), "--concurrency", "0"],
        "Invalid value for '--concurrency' / '-j': 0 is not in the range 1<=x<=64. "
        "(see 'followup batch --help')",
    ),
    Row(
        "history-show-unknown",
        lambda f: ["history", "show", "999"],
        "no draft with id 999 in the history",
    ),
    Row(
        "config-unknown-key",
        lambda f: ["config", "set", "colour", "blue"],
        "unknown setting 'colour': use sender, backend, model, base_url",
    ),
]
BY_ID = {row.id: row for row in ROWS}


def matches(pattern: str, message: str) -> bool:
    """`pattern` is `message`, each `…` in it standing for some text."""
    return doc_pattern(pattern).fullmatch(message) is not None


def doc_table() -> dict[str, str]:
    """id -> the message the docs' first table (the bad inputs) shows for it, in its order."""
    return shared_doc_table(DOC_HEADING)


def shown_message(err: str, folder: Path) -> str:
    """The one error line, without its prefix, with the test's folder taken out of paths."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX), err
    return lines[0].removeprefix(PREFIX).replace(f"{folder}/", "")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad")


@pytest.fixture(scope="module")
def inputs(folder: Path) -> dict[str, Path]:
    return make_inputs(folder)


@pytest.fixture(autouse=True)
def _no_model_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_MODEL", "FOLLOWUP_SENDER"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_bad_input(
    row: Row, inputs: dict[str, Path], folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(row.argv(inputs))
    out, err = capsys.readouterr()
    assert code == 2, (row.id, out, err)
    assert "Traceback" not in err
    assert out == "", out  # never a half-written output, lint's report included
    message = shown_message(err, folder)
    assert matches(row.message, message), (row.message, message)
    documented = doc_table().get(row.id)
    assert documented is not None, f"{row.id} is missing from {DOC.name}"
    assert matches(documented, message), (documented, message)


def test_the_docs_table_and_this_table_have_the_same_rows() -> None:
    documented = doc_table()
    assert sorted(set(BY_ID) - set(documented)) == []  # tested, not documented
    assert sorted(set(documented) - set(BY_ID)) == []  # documented, not tested
    assert list(documented) == [r.id for r in ROWS]  # in the same order, for the reader


def test_a_drifted_message_is_caught() -> None:
    """The matching the two tables rely on: `…` is some text, everything else is exact."""
    assert matches("…: is empty", "empty.txt: is empty")
    assert matches("empty.txt: is empty", "empty.txt: is empty")
    assert not matches("empty.txt: is empty", "empty.txt: is empty!")
    assert not matches("…: is empty", ": is empty")
    assert not matches(
        "no rule with id 'no.such'; see followup rules",
        "no rule with id 'no.such'; see `followup rules`",
    )


# -- through the console script: nothing written with -o --------------------------------------

# the rows of the commands that write a file or folder of their own: draft (-o FILE) and batch
# (-o FOLDER, which batch creates)
OUTPUT_ROWS = [r for r in ROWS if r.id.startswith(("draft-", "batch-"))]


@pytest.mark.parametrize("row", OUTPUT_ROWS, ids=[r.id for r in OUTPUT_ROWS])
def test_no_output_is_written_for_a_bad_input(
    row: Row, inputs: dict[str, Path], folder: Path, tmp_path: Path
) -> None:
    argv = row.argv(inputs)
    if row.id == "draft-output-folder-missing":  # its -o is the point of the row
        target = inputs["missing"] / "out.txt"
    else:
        target = tmp_path / "out" / ("drafts" if row.id.startswith("batch-") else "draft.txt")
        target.parent.mkdir()
        if "-o" in argv:
            argv[argv.index("-o") + 1] = str(target)
        else:
            argv += ["-o", str(target)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    done = subprocess.run(
        [str(followup_script()), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert matches(row.message, shown_message(done.stderr, folder)), done.stderr
    assert not target.exists()
    if target.parent.exists():
        assert list(target.parent.iterdir()) == []  # no temporary file left behind either
