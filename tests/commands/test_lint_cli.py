"""`followup lint` end to end: in-process through `main`, and through the installed script."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO_ROOT, followup_script

from followup.cli import main
from followup.lint.engine import Ruleset

GOOD = """\
Dear Ms. Lee,

Thank you for taking the time to speak with me today about the analyst role. I enjoyed learning \
how your team plans the quarterly budget, and I was impressed by how closely it works with the \
regional managers. I am excited about the chance to join the team. Please let me know what the \
next steps are.

Best regards,
Sam Patel
"""

# an error (missing enthusiasm), a warning (typo) and a suggestion (contraction)
BAD = """\
Dear Ms. Lee,

Thank you for your time today. I'm gratefull that I learned about the budget process.

Best regards,
Sam Patel
"""

CHECK_IN = """\
Dear Ms. Lee,

I hope everything is going well. I wanted to stay in touch about the analyst role. I enjoyed \
the interview with you and the team last week, and I am still very interested in the \
opportunity. Is there any additional information I can provide during your hiring timeline?

Thank you,
Sam Patel
"""

NUDGE = "Hello Ms. Lee, I just wanted to check in. Is there anything I can help with?\nSam Patel\n"

LINE_RE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning|suggestion) "
    r"(?P<rule>[a-z0-9-]+(?:\.[a-z0-9-]+)+): (?P<message>.+)$"
)
SUMMARY_RE = re.compile(
    r"^(?P<path>.+): (?P<errors>\d+) errors?, (?P<warnings>\d+) warnings?, "
    r"(?P<suggestions>\d+) suggestions?; (?P<words>\d+) words, (?P<sentences>\d+) sentences, "
    r"grade (?P<grade>-?[\d.]+); kind (?P<kind>thank-you|check-in|nudge) "
    r"\((?P<how>auto-detected|given)\)$"
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"good": GOOD, "bad": BAD, "check-in": CHECK_IN, "nudge": NUDGE}.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["lint", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, dict[str, Any]]:
    code, out, _err = run(capsys, "--format", "json", *args)
    return code, json.loads(out)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)


def rules_in(report: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in report["findings"]}


# --- the JSON contract ------------------------------------------------------------------------

FINDING_SCHEMA: dict[str, tuple[type, ...]] = {
    "rule": (str,),
    "level": (str,),
    "message": (str,),
    "line": (int,),
    "column": (int,),
    "end_line": (int,),
    "end_column": (int,),
    "match": (str,),
    "suggestion": (str, type(None)),
}


def validate_report(doc: Any) -> None:
    """A hand-written schema check for the versioned JSON output (jsonschema is not a dep)."""
    assert isinstance(doc, dict)
    assert set(doc) == {"version", "files"}
    assert doc["version"] == 1
    assert isinstance(doc["files"], list)
    for entry in doc["files"]:
        assert isinstance(entry, dict)
        assert set(entry) >= {"path", "kind", "findings", "stats"}
        assert isinstance(entry["path"], str)
        assert entry["kind"] in {"thank-you", "check-in", "nudge"}
        assert isinstance(entry["stats"], dict)
        assert set(entry["stats"]) == {"words", "sentences", "grade"}
        assert isinstance(entry["stats"]["words"], int)
        assert isinstance(entry["stats"]["sentences"], int)
        assert isinstance(entry["stats"]["grade"], int | float)
        assert isinstance(entry["findings"], list)
        for finding in entry["findings"]:
            assert isinstance(finding, dict)
            assert set(finding) == set(FINDING_SCHEMA)
            for key, types in FINDING_SCHEMA.items():
                assert isinstance(finding[key], types), (key, finding[key])
            assert finding["level"] in {"error", "warning", "suggestion"}
            assert finding["line"] >= 1 and finding["column"] >= 1
            assert (finding["end_line"], finding["end_column"]) >= (
                finding["line"],
                finding["column"],
            )


def test_json_shape(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, doc = run_json(capsys, files["good"], files["bad"])
    validate_report(doc)
    assert code == 1
    good, bad = doc["files"]
    assert good["path"] == str(files["good"])
    assert bad["path"] == str(files["bad"])
    assert [f for f in good["findings"] if f["level"] == "error"] == []
    assert good["stats"]["words"] > 50
    assert {"elements.enthusiasm", "spelling.typo", "formal.contractions"} <= rules_in(bad)
    typo = next(f for f in bad["findings"] if f["rule"] == "spelling.typo")
    assert typo["match"] == "gratefull"
    assert typo["suggestion"] == "grateful"
    assert (typo["line"], typo["column"]) == (3, 36)


def test_json_findings_point_at_their_match(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    _, doc = run_json(capsys, files["bad"])
    lines = BAD.split("\n")
    spans = [f for f in doc["files"][0]["findings"] if f["match"]]
    assert spans
    for f in spans:
        assert f["line"] == f["end_line"]
        assert lines[f["line"] - 1][f["column"] - 1 : f["end_column"]] == f["match"]


def test_json_with_no_findings_is_still_valid(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, doc = run_json(capsys, "--min-level", "error", files["good"])
    validate_report(doc)
    assert code == 0
    assert doc["files"][0]["findings"] == []


# --- text and line formats, exit codes --------------------------------------------------------


def test_text_format_and_exit_0(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, err = run(capsys, files["good"])
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    summary = SUMMARY_RE.match(lines[-1])
    assert summary, lines[-1]
    assert summary["path"] == str(files["good"])
    assert summary["errors"] == "0"
    assert summary["kind"] == "thank-you"
    assert summary["how"] == "auto-detected"
    assert int(summary["words"]) > 50
    assert all(LINE_RE.match(line) for line in lines[:-1])
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_text_format_and_exit_1(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, _ = run(capsys, "--kind", "thank-you", files["bad"])
    assert code == 1
    lines = out.splitlines()
    parsed = [LINE_RE.match(line) for line in lines[:-1]]
    assert all(parsed)
    by_rule = {m["rule"]: m for m in parsed if m}
    assert by_rule["elements.enthusiasm"]["level"] == "error"
    assert by_rule["spelling.typo"]["message"].endswith('("gratefull")')
    assert (by_rule["spelling.typo"]["line"], by_rule["spelling.typo"]["col"]) == ("3", "36")
    summary = SUMMARY_RE.match(lines[-1])
    assert summary
    assert summary["errors"] == "1"
    assert summary["how"] == "given"
    assert int(summary["warnings"]) >= 1 and int(summary["suggestions"]) >= 1


def test_line_format_has_no_summary(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, _ = run(capsys, "--format", "line", files["bad"], files["good"])
    assert code == 1
    lines = out.splitlines()
    assert lines
    for line in lines:
        m = LINE_RE.match(line)
        assert m, line
        assert m["path"] in {str(files["bad"]), str(files["good"])}
    assert not any(SUMMARY_RE.match(line) for line in lines)
    assert "words," not in out


def test_line_format_of_a_clean_note_is_empty(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, out, _ = run(capsys, "--format", "line", "--min-level", "error", files["good"])
    assert (code, out) == (0, "")


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["--kind", "apology"], "apology"),
        (["--format", "xml"], "xml"),
        (["--min-level", "fatal"], "fatal"),
        (["--bogus"], "--bogus"),
    ],
)
def test_usage_error_exit_2(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], args: list[str], mentions: str
) -> None:
    try:
        code, out, err = run(capsys, *args, files["good"])
    except Exception as exc:  # pragma: no cover - only when the CLI lets an exception escape
        pytest.fail(f"main() raised {type(exc).__module__}.{type(exc).__name__}: {exc}")
    assert code == 2
    assert out == ""
    assert mentions in err
    assert "Traceback" not in err


# --- stdin ------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["-"], []], ids=["dash", "no-args"])
def test_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    feed_stdin(monkeypatch, BAD.encode("utf-8"))
    code, doc = run_json(capsys, *args)
    validate_report(doc)
    assert code == 1
    (entry,) = doc["files"]
    assert entry["path"] == "<stdin>"
    assert "elements.enthusiasm" in rules_in(entry)


def test_stdin_with_files(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, files: dict[str, Path]
) -> None:
    feed_stdin(monkeypatch, GOOD.encode("utf-8"))
    code, doc = run_json(capsys, files["bad"], "-")
    assert code == 1
    assert [f["path"] for f in doc["files"]] == [str(files["bad"]), "<stdin>"]


def test_stdin_only_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_stdin(monkeypatch, GOOD.encode("utf-8"))
    code, _out, err = run(capsys, "-", "-")
    assert code == 2
    assert err.startswith("followup: error:")
    assert len(err.splitlines()) == 1


def test_empty_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"  \n")
    code, _out, err = run(capsys, "-")
    assert code == 2
    assert err.splitlines() == ["followup: error: <stdin>: is empty"]


# --- kind detection ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["good", "check-in", "nudge"])
def test_kind_auto(capsys: pytest.CaptureFixture[str], files: dict[str, Path], name: str) -> None:
    expected = "thank-you" if name == "good" else name
    code, out, _ = run(capsys, files[name])
    assert code == 0
    summary = SUMMARY_RE.match(out.splitlines()[-1])
    assert summary
    assert (summary["kind"], summary["how"]) == (expected, "auto-detected")


def test_kind_given_overrides_detection(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    code, doc = run_json(capsys, "--kind", "thank-you", files["nudge"])
    assert doc["files"][0]["kind"] == "thank-you"
    assert code == 1  # a nudge read as a thank-you lacks the elements
    assert "elements.learned" in rules_in(doc["files"][0])


# --- options ----------------------------------------------------------------------------------


def test_min_level(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    _, everything = run_json(capsys, files["bad"])
    levels = {f["level"] for f in everything["files"][0]["findings"]}
    assert levels == {"error", "warning", "suggestion"}
    code, doc = run_json(capsys, "--min-level", "error", files["bad"])
    assert code == 1
    assert {f["level"] for f in doc["files"][0]["findings"]} == {"error"}
    _, doc = run_json(capsys, "--min-level", "warning", files["bad"])
    assert {f["level"] for f in doc["files"][0]["findings"]} == {"error", "warning"}


def test_disable(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, doc = run_json(
        capsys, "--disable", "elements.enthusiasm", "--disable", "spelling.typo", files["bad"]
    )
    assert code == 0
    remaining = rules_in(doc["files"][0])
    assert "elements.enthusiasm" not in remaining
    assert "spelling.typo" not in remaining
    assert "formal.contractions" in remaining


def test_disable_unknown_rule(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, out, err = run(capsys, "--disable", "elements.gratitud", files["good"])
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("followup: error:")
    assert "elements.gratitud" in line


def test_accept(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    _, doc = run_json(capsys, files["bad"])
    assert "spelling.typo" in rules_in(doc["files"][0])
    _, doc = run_json(capsys, "--accept", "gratefull", files["bad"])
    assert "spelling.typo" not in rules_in(doc["files"][0])


def test_notes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        GOOD.replace("analyst role", "analyst role at Globex").replace(
            "the quarterly budget", "the quarterly zorb budget"
        ),
        encoding="utf-8",
    )
    notes = tmp_path / "notes.md"
    notes.write_text(
        "Interviewer: Ms. Lee (Priya Lee). Candidate: Sam Patel. Role: analyst.\n"
        "They plan the zorb budget each quarter with the regional managers.\n",
        encoding="utf-8",
    )
    _, without = run_json(capsys, note)
    assert "spelling.typo" in rules_in(without["files"][0])
    assert "grounding.invented" not in rules_in(without["files"][0])

    code, with_notes = run_json(capsys, "--notes", notes, note)
    findings = with_notes["files"][0]["findings"]
    assert "spelling.typo" not in rules_in(with_notes["files"][0])  # "zorb" is in the notes
    invented = [f["match"] for f in findings if f["rule"] == "grounding.invented"]
    assert invented == ["Globex"]
    assert code == 1


def test_notes_never_hold_the_writers_own_name_and_signature(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "Dear Ms. Lee,\n\nThank you for meeting me about the analyst role. I enjoyed learning "
        "how your team plans the zorb budget, and I am excited about the role. Could you let "
        "me know about the next steps?\n\nBest regards,\nTunde Ashby\n"
        "Data Analyst | tunde.ashby@fastmail.com | +44 7700 900456\n",
        encoding="utf-8",
    )
    notes = tmp_path / "notes.md"
    notes.write_text(
        "Interviewer: Ms. Priya Lee\nThey plan the zorb budget each quarter.\n", encoding="utf-8"
    )
    code, doc = run_json(capsys, "--notes", notes, note)
    grounding = [f for f in doc["files"][0]["findings"] if f["rule"].startswith("grounding.")]
    assert grounding == [] and code == 0
    # the body is still held to the notes
    note.write_text(note.read_text("utf-8").replace("the zorb budget", "Globex"), "utf-8")
    code, doc = run_json(capsys, "--notes", notes, note)
    found = doc["files"][0]["findings"]
    invented = [f["match"] for f in found if f["rule"] == "grounding.invented"]
    assert invented == ["Globex"] and code == 1


def test_notes_file_missing(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, _out, err = run(capsys, "--notes", files["good"].with_name("nope.md"), files["good"])
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith("followup: error:") and "nope.md" in line


RULE_TEMPLATE = """\
rules:
  - id: {id}
    type: existence
    level: {level}
    message: "Avoid '%s'."
    description: {description}
    tokens: [{token}]
"""


def test_rules_dir_adds_a_rule(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rules = tmp_path / "my-rules"
    rules.mkdir()
    (rules / "house.yaml").write_text(
        RULE_TEMPLATE.format(
            id="house.synergy", level="error", description="No synergy.", token="synergy"
        )
    )
    note = tmp_path / "note.txt"
    note.write_text(GOOD.replace("budget", "synergy budget"), encoding="utf-8")
    assert run_json(capsys, note)[0] == 0
    code, doc = run_json(capsys, "--rules", rules, note)
    assert code == 1
    (finding,) = [f for f in doc["files"][0]["findings"] if f["rule"] == "house.synergy"]
    assert finding["message"] == "Avoid 'synergy'."
    assert finding["level"] == "error"


def test_rules_dir_overrides_a_builtin_rule(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = tmp_path / "strict"
    rules.mkdir()
    (rules / "override.yml").write_text(
        """\
rules:
  - id: formal.contractions
    type: existence
    level: error
    message: "No contractions at all: '%s'."
    description: Strict house style.
    patterns: ["\\\\b\\\\w+'(?:m|s|re|ve|ll|d|t)\\\\b"]
"""
    )
    note = tmp_path / "note.txt"
    note.write_text(GOOD.replace("I am excited", "I'm excited"), encoding="utf-8")
    code, doc = run_json(capsys, note)
    builtin = [f for f in doc["files"][0]["findings"] if f["rule"] == "formal.contractions"]
    assert code == 0 and [f["level"] for f in builtin] == ["suggestion"]
    code, doc = run_json(capsys, "--rules", rules, note)
    overridden = [f for f in doc["files"][0]["findings"] if f["rule"] == "formal.contractions"]
    assert code == 1
    assert [(f["level"], f["message"]) for f in overridden] == [
        ("error", "No contractions at all: 'I'm'.")
    ]


def test_rules_dir_with_accept_txt(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rules = tmp_path / "vocab"
    rules.mkdir()
    (rules / "accept.txt").write_text("# house words\ngratefull\n")
    note = tmp_path / "bad.txt"
    note.write_text(BAD, encoding="utf-8")
    _, doc = run_json(capsys, note)
    assert "spelling.typo" in rules_in(doc["files"][0])
    _, doc = run_json(capsys, "--rules", rules, note)
    assert "spelling.typo" not in rules_in(doc["files"][0])


def test_rules_dir_missing(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    code, _, err = run(capsys, "--rules", files["good"].parent / "nowhere", files["good"])
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith("followup: error:") and "nowhere" in line


# --- broken rule files ------------------------------------------------------------------------

BROKEN_RULES = {
    "unknown-key": (
        RULE_TEMPLATE.format(id="house.colour", level="warning", description="d", token="x")
        + "    colour: red\n",
        "house.colour",
        "colour: unknown key",
    ),
    "bad-regex": (
        RULE_TEMPLATE.format(id="house.regex", level="warning", description="d", token="(oops"),
        "house.regex",
        "bad regular expression",
    ),
    "wrong-type": (
        """\
rules:
  - id: house.count
    type: occurrence
    level: warning
    message: m
    description: d
    patterns: [x]
    min: lots
""",
        "house.count",
        "min:",
    ),
    "bad-level": (
        RULE_TEMPLATE.format(id="house.level", level="fatal", description="d", token="x"),
        "house.level",
        "level:",
    ),
    "yaml-syntax": (
        """\
rules:
  - id: house.fine
    type: existence
    level: warning
    message: "m %s"
    description: d
    tokens: [fine]
  - id: house.syntax
    type: existence
    level: warning
    message: "unterminated
    description: d
    tokens: [a, b
""",
        "house.syntax",
        "YAML error",
    ),
    "duplicate-id": (
        RULE_TEMPLATE.format(id="house.twice", level="warning", description="d", token="x")
        + RULE_TEMPLATE.format(
            id="house.twice", level="warning", description="d", token="y"
        ).removeprefix("rules:\n"),
        "house.twice",
        "already used",
    ),
}


# the line each error names (Vale's `file:line:`): the offending key's, else the rule's first
BROKEN_LINES = {
    "unknown-key": 8,
    "bad-regex": 2,
    "wrong-type": 8,
    "bad-level": 4,
    "yaml-syntax": 14,
    "duplicate-id": 8,
}


@pytest.mark.parametrize("case", sorted(BROKEN_RULES))
def test_broken_rule_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path], case: str
) -> None:
    text, rule_id, problem = BROKEN_RULES[case]
    rules = tmp_path / "broken"
    rules.mkdir()
    path = rules / f"{case}.yaml"
    path.write_text(text)
    code, out, err = run(capsys, "--rules", rules, files["good"])
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"followup: error: {path}:{BROKEN_LINES[case]}: ")
    assert rule_id in line
    assert problem in line
    assert "Traceback" not in err


def test_rule_file_that_is_not_a_mapping(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    (tmp_path / "list.yaml").write_text("- just\n- a list\n")
    code, _, err = run(capsys, "--rules", tmp_path, files["good"])
    assert code == 2
    assert err.splitlines() == [
        f"followup: error: {tmp_path / 'list.yaml'}: expected a mapping with a 'rules' list"
    ]


# --- bad input --------------------------------------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\n \r\n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Dear Ms. Lee,\nThank you, I’m très content.\n".encode("cp1252"))
    huge = tmp_path / "huge.txt"
    huge.write_bytes((GOOD.encode("utf-8") + b"\n") * (5_000_000 // len(GOOD) + 1))
    assert huge.stat().st_size >= 5_000_000
    return {
        "missing": (tmp_path / "missing.txt", "no such file"),
        "directory": (folder, "directory"),
        "empty": (empty, "empty"),
        "whitespace": (blank, "empty"),
        "binary": (binary, "binary"),
        "invalid-utf8": (latin1, "UTF-8"),
        "5mb": (huge, "too large"),
    }


BAD_INPUT_CASES = ["missing", "directory", "empty", "whitespace", "binary", "invalid-utf8", "5mb"]


@pytest.mark.parametrize("case", BAD_INPUT_CASES)
def test_bad_input_in_process(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path], case: str
) -> None:
    path, problem = _bad_inputs(tmp_path)[case]
    code, out, err = run(capsys, "--format", "line", files["bad"], path, files["good"])
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith(f"followup: error: {path}: ")
    assert problem in line
    assert "Traceback" not in err
    # the other files are still linted
    linted = {m["path"] for m in map(LINE_RE.match, out.splitlines()) if m}
    assert str(files["bad"]) in linted
    assert str(path) not in linted


def test_bad_input_with_json_keeps_the_good_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    code, out, err = run(capsys, "--format", "json", tmp_path / "missing.txt", files["good"])
    assert code == 2
    doc = json.loads(out)
    validate_report(doc)
    assert [f["path"] for f in doc["files"]] == [str(files["good"])]
    assert len(err.splitlines()) == 1


def test_several_bad_inputs_one_line_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    bad = _bad_inputs(tmp_path)
    paths = [bad[case][0] for case in BAD_INPUT_CASES]
    code, out, err = run(capsys, *paths, files["good"])
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == len(paths)
    for line, path in zip(lines, paths, strict=True):
        assert line.startswith(f"followup: error: {path}: ")
    assert SUMMARY_RE.match(out.splitlines()[-1])


def test_crlf_and_bom_are_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    note = tmp_path / "windows.txt"
    note.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    code, doc = run_json(capsys, note)
    assert code == 0
    assert "structure.greeting" not in rules_in(doc["files"][0])


# --- the installed console script -------------------------------------------------------------
# Each run of the script costs a second of start-up, so all of them start at once, in one fixture.

SCRIPT_RUNS: dict[str, tuple[list[str], str | None]] = {
    "good": (["lint", "good.txt"], None),
    "bad-line": (["lint", "--format", "line", "bad.txt"], None),
    "bad-input": (["lint", "missing.txt", "binary.txt", "good.txt"], None),
    "json-dash": (["lint", "--format", "json", "-"], BAD),
    "json-no-args": (["lint", "--format", "json"], NUDGE),
    "broken-rules": (["lint", "--rules", "broken", "good.txt"], None),
    "example": (["lint", str(REPO_ROOT / "examples" / "emails" / "thank-you.txt")], None),
    "rules": (["rules"], None),
    "usage-option": (["lint", "--bogus"], None),
    "usage-value": (["lint", "--kind", "apology", "good.txt"], None),
    "usage-command": (["nosuch"], None),
    "usage-nothing": ([], None),
}


@pytest.fixture(scope="module")
def script_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, subprocess.CompletedProcess[str]]:
    cwd = tmp_path_factory.mktemp("cwd")
    (cwd / "good.txt").write_text(GOOD, encoding="utf-8")
    (cwd / "bad.txt").write_text(BAD, encoding="utf-8")
    (cwd / "binary.txt").write_bytes(b"\x00\x01\x02")
    (cwd / "broken").mkdir()
    (cwd / "broken" / "house.yaml").write_text(BROKEN_RULES["bad-regex"][0])
    exe = str(followup_script())
    procs = {
        name: (
            subprocess.Popen(
                [exe, *args],
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                cwd=cwd,
            ),
            stdin,
        )
        for name, (args, stdin) in SCRIPT_RUNS.items()
    }
    done = {}
    for name, (proc, stdin) in procs.items():
        out, err = proc.communicate(stdin, timeout=120)
        done[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return done


Runs = dict[str, subprocess.CompletedProcess[str]]


def test_script_exit_0(script_runs: Runs) -> None:
    ok = script_runs["good"]
    assert ok.returncode == 0, ok.stderr
    assert ok.stderr == ""
    summary = SUMMARY_RE.match(ok.stdout.splitlines()[-1])
    assert summary and summary["path"] == "good.txt"


def test_script_exit_1(script_runs: Runs) -> None:
    failing = script_runs["bad-line"]
    assert failing.returncode == 1, failing.stderr
    assert "bad.txt:1:1: error elements.enthusiasm:" in failing.stdout
    assert all(LINE_RE.match(line) for line in failing.stdout.splitlines())


def test_script_bad_input_exit_2_and_good_file_still_linted(script_runs: Runs) -> None:
    bad = script_runs["bad-input"]
    assert bad.returncode == 2
    assert bad.stderr.splitlines() == [
        "followup: error: missing.txt: no such file",
        "followup: error: binary.txt: looks like a binary file, not text",
    ]
    summary = SUMMARY_RE.match(bad.stdout.splitlines()[-1])
    assert summary and summary["path"] == "good.txt"


def test_script_json_from_stdin(script_runs: Runs) -> None:
    done = script_runs["json-dash"]
    assert done.returncode == 1, done.stderr
    doc = json.loads(done.stdout)
    validate_report(doc)
    assert doc["files"][0]["path"] == "<stdin>"
    assert "elements.enthusiasm" in rules_in(doc["files"][0])

    no_args = script_runs["json-no-args"]
    assert no_args.returncode == 0, no_args.stderr
    doc = json.loads(no_args.stdout)
    validate_report(doc)
    assert doc["files"][0]["kind"] == "nudge"


def test_script_broken_rules(script_runs: Runs) -> None:
    done = script_runs["broken-rules"]
    _, rule_id, problem = BROKEN_RULES["bad-regex"]
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"followup: error: broken/house.yaml:{BROKEN_LINES['bad-regex']}: ")
    assert rule_id in line and problem in line


def test_script_lints_the_bundled_example(script_runs: Runs) -> None:
    done = script_runs["example"]
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kind thank-you" in done.stdout


def test_script_rules_lists_rules(script_runs: Runs, ruleset: Ruleset) -> None:
    done = script_runs["rules"]
    assert done.returncode == 0, done.stderr
    for rule_id in ruleset.rules:
        assert rule_id in done.stdout


@pytest.mark.parametrize("name", [n for n in SCRIPT_RUNS if n.startswith("usage-")])
def test_script_usage_errors(script_runs: Runs, name: str) -> None:
    done = script_runs[name]
    assert "Traceback" not in done.stderr, done.stderr.strip().splitlines()[-1]
    assert done.returncode == 2
    assert done.stdout == ""


def test_python_dash_m(tmp_path: Path, files: dict[str, Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "followup", "lint", "--format", "line", "bad.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 1
    assert "error elements.enthusiasm" in done.stdout


def test_notes_name_a_job_whose_words_look_like_chatspeak(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With --notes, the job as the notes name it ("Family NP", a nurse practitioner) is the
    notes' word, not chatspeak; "np" written as the writer's own remains chatspeak."""
    note = tmp_path / "note.txt"
    note.write_text(GOOD.replace("the analyst role", "the Family NP role"), encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text(
        "Interviewer: Ms. Lee\nRole: Family NP\nThey plan the quarterly budget with the "
        "regional managers.\n",
        encoding="utf-8",
    )
    _, without = run_json(capsys, note)
    assert "formal.chatspeak" in rules_in(without["files"][0])
    _, with_notes = run_json(capsys, "--notes", notes, note)
    assert "formal.chatspeak" not in rules_in(with_notes["files"][0])
    note.write_text(note.read_text("utf-8").replace("next steps are.", "next steps are, np."))
    _, again = run_json(capsys, "--notes", notes, note)
    found = [f["match"] for f in again["files"][0]["findings"] if f["rule"] == "formal.chatspeak"]
    assert found == ["np"]
