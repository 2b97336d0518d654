"""Every bad input of docs/reliability.md: one line on stderr, exit 2, no traceback, no output.

Each row here is a row of the table in docs/reliability.md (same id).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from followup.cli import main

GOOD_NOTES = "---\ncandidate: Sam Patel\ninterviewer: Priya Shah\n---\n- we talked about dbt\n"


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


FILE_PROBLEMS = [
    "empty",
    "whitespace",
    "binary",
    "bad-utf8",
    "huge",
    "folder",
    "missing",
    "unreadable",
]

Row = tuple[str, Callable[[dict[str, Path]], list[str]]]
ROWS: list[Row] = [
    *[(f"lint-{p}", lambda f, p=p: ["lint", str(f[p])]) for p in FILE_PROBLEMS],
    ("lint-bad-rules", lambda f: ["lint", "--rules", str(f["bad-rules"]), str(f["good"])]),
    ("lint-unknown-kind", lambda f: ["lint", "--kind", "memo", str(f["good"])]),
    ("lint-unknown-disable", lambda f: ["lint", "--disable", "no.such", str(f["good"])]),
    ("lint-bad-notes", lambda f: ["lint", "--notes", str(f["binary"]), str(f["good"])]),
    *[(f"draft-{p}", lambda f, p=p: ["draft", str(f[p])]) for p in FILE_PROBLEMS],
    ("draft-bad-front-matter", lambda f: ["draft", str(f["bad-front-matter"])]),
    (
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
    ),
    (
        "draft-missing-prompts-dir",
        lambda f: ["draft", str(f["good"]), "--dry-run", "--prompts", str(f["missing"])],
    ),
    ("draft-unknown-kind", lambda f: ["draft", str(f["good"]), "--kind", "memo"]),
    (
        "draft-output-folder-missing",
        lambda f: ["draft", str(f["good"]), "--dry-run", "-o", str(f["missing"] / "out.txt")],
    ),
    ("draft-max-attempts-zero", lambda f: ["draft", str(f["good"]), "--max-attempts", "0"]),
    ("variants-empty", lambda f: ["variants", str(f["empty"])]),
    ("variants-negative-n", lambda f: ["variants", str(f["good"]), "-n", "-1"]),
    ("variants-huge-n", lambda f: ["variants", str(f["good"]), "-n", "100000"]),
    ("variants-binary-email", lambda f: ["variants", "--from-email", str(f["binary"])]),
    ("rules-bad-rules", lambda f: ["rules", "--rules", str(f["bad-rules"])]),
    ("rules-unknown-id", lambda f: ["rules", "--explain", "no.such"]),
    ("plan-bad-date", lambda f: ["plan", "--interviewed", "the 45th of Smarch"]),
    (
        "plan-promise-before-interview",
        lambda f: [
            "plan",
            "--interviewed",
            "2026-11-20",
            "--promised",
            "2026-11-10",
            "--today",
            "2026-11-25",
        ],
    ),
    ("plan-far-future", lambda f: ["plan", "--interviewed", "2031-01-01", "--today", "2026-11-25"]),
    (
        "plan-unknown-sent-kind",
        lambda f: [
            "plan",
            "--interviewed",
            "2026-11-20",
            "--sent",
            "memo@2026-11-21",
            "--today",
            "2026-11-25",
        ],
    ),
    (
        "apps-add-bad-date",
        lambda f: [
            "apps",
            "add",
            "--company",
            "Acme",
            "--role",
            "analyst",
            "--interviewer",
            "Priya Shah",
            "--interviewed",
            "nonsense",
        ],
    ),
    (
        "apps-add-bad-notes",
        lambda f: [
            "apps",
            "add",
            "--company",
            "Acme",
            "--role",
            "analyst",
            "--interviewer",
            "Priya Shah",
            "--interviewed",
            "2026-11-20",
            "--notes",
            str(f["binary"]),
        ],
    ),
    ("batch-missing-folder", lambda f: ["batch", str(f["missing"]), "-o", str(f["folder"])]),
    ("batch-file-not-folder", lambda f: ["batch", str(f["good"]), "-o", str(f["folder"])]),
    (
        "batch-zero-concurrency",
        lambda f: ["batch", str(f["folder"]), "-o", str(f["folder"]), "--concurrency", "0"],
    ),
    ("history-show-unknown", lambda f: ["history", "show", "999"]),
    ("config-unknown-key", lambda f: ["config", "set", "colour", "blue"]),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_inputs(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize(("row_id", "argv"), ROWS, ids=[r[0] for r in ROWS])
def test_bad_input(
    row_id: str,
    argv: Callable[[dict[str, Path]], list[str]],
    inputs: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    code = main(argv(inputs))
    out, err = capsys.readouterr()
    assert code == 2, (row_id, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("followup: error:"), err
    assert "Traceback" not in err
    if not row_id.startswith(("lint-bad-rules", "lint-unknown", "lint-bad-notes")):
        assert out == "", out  # never a half-written output


def test_the_table_in_the_docs_lists_every_row() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "reliability.md").read_text("utf-8")
    missing = [row_id for row_id, _ in ROWS if f"`{row_id}`" not in doc]
    assert missing == []
