"""`followup rules`: list every rule, explain one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup.cli import main
from followup.lint.engine import Ruleset


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["rules", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed_ids(out: str) -> list[str]:
    """The first cell of every table row that holds a rule id."""
    ids = []
    for line in out.splitlines():
        m = re.match(r"^[│┃|]?\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*[│┃|]", line)
        if m:
            ids.append(m.group(1))
    return ids


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(autouse=True)
def _default_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Render at the width a pipe gets, whatever terminal runs the tests."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


def test_lists_every_rule(capsys: pytest.CaptureFixture[str], ruleset: Ruleset) -> None:
    code, out, err = run(capsys)
    assert code == 0
    assert err == ""
    listed = listed_ids(out)
    assert sorted(listed) == sorted(ruleset.rules)
    assert listed == sorted(listed)
    assert "\x1b[" not in out


def test_lists_levels_and_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys)
    row = next(line for line in out.splitlines() if "elements.gratitude" in line)
    assert "error" in row and "thank-you" in row
    row = next(line for line in out.splitlines() if "formal.contractions" in line)
    assert "suggestion" in row


def test_explain(capsys: pytest.CaptureFixture[str], ruleset: Ruleset) -> None:
    rule = ruleset.rules["elements.gratitude"]
    code, out, err = run(capsys, "--explain", "elements.gratitude")
    assert code == 0
    assert err == ""
    assert out.splitlines()[0].startswith("elements.gratitude")
    assert "error" in out.splitlines()[0]
    assert squash(rule.description) in squash(out)
    assert squash(rule.explain) in squash(out)
    assert "Gratitude for your interviewer's time" in squash(out)


@pytest.mark.parametrize("rule_id", ["formal.emoticon", "structure.placeholder", "spelling.typo"])
def test_explain_shows_markup_like_text_verbatim(
    capsys: pytest.CaptureFixture[str], ruleset: Ruleset, rule_id: str
) -> None:
    code, out, _ = run(capsys, "--explain", rule_id)
    assert code == 0
    assert squash(ruleset.rules[rule_id].explain) in squash(out)


def test_every_rule_can_be_explained(capsys: pytest.CaptureFixture[str], ruleset: Ruleset) -> None:
    for rule_id in ruleset.rules:
        code, out, _ = run(capsys, "--explain", rule_id)
        assert code == 0
        assert rule_id in out


def test_explain_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--explain", "elements.gratefulness")
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("followup: error:")
    assert "elements.gratefulness" in line


def test_explain_suggests_a_close_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--explain", "gratitude")
    assert code == 2
    assert "did you mean elements.gratitude?" in err


def test_rules_dir_adds_to_the_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(
        """\
rules:
  - id: house.synergy
    type: existence
    level: warning
    message: "Avoid '%s'."
    description: No buzzwords.
    explain: Say what you mean.
    tokens: [synergy]
"""
    )
    code, out, _ = run(capsys, "--rules", tmp_path)
    assert code == 0
    assert "house.synergy" in listed_ids(out)
    assert "elements.gratitude" in listed_ids(out)
    code, out, _ = run(capsys, "--rules", tmp_path, "--explain", "house.synergy")
    assert code == 0
    assert "Say what you mean." in out


def test_rules_with_a_broken_rules_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("rules:\n  - id: house.x\n    type: existence\n")
    code, _out, err = run(capsys, "--rules", tmp_path)
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith(f"followup: error: {tmp_path / 'bad.yaml'}:2: rule house.x: ")
