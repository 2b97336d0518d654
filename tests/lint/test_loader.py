"""`lint/loader.py` as such: rule files in order (a user folder's rule replaces a built-in one),
and every error naming the file, the line (as Vale does) and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.errors import RuleFileError
from followup.lint.loader import line_of, load_accept, load_rule_file, load_rules

RULE = """\
  - id: {id}
    type: existence
    level: warning
    message: "Avoid '%s'."
    description: d
    tokens: [{token}]
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_rule_replaces_the_builtin_one_and_its_file_is_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "house", "mine.yaml", "rules:\n" + RULE.format(id="formal.slang", token="x")
    )
    sources: dict[str, Path] = {}
    rules = load_rules([tmp_path / "house"], sources)
    assert rules["formal.slang"].type == "existence"
    assert sources == {"formal.slang": path}
    assert "elements.learned" in rules and "elements.learned" not in sources


def test_line_of_a_place_in_a_file(tmp_path: Path) -> None:
    text = "rules:\n" + RULE.format(id="a.b", token="x") + RULE.format(id="a.c", token="y")
    path = write(tmp_path, "r.yaml", text)
    assert line_of(path, ("rules", 0)) == 2
    assert line_of(path, ("rules", 1)) == 8
    assert line_of(path, ("rules", 1, "tokens")) == 13
    assert line_of(path, ("rules", 1, "tokens", 0)) == 13
    # a key the rule does not have: the deepest place that is there
    assert line_of(path, ("rules", 1, "min")) == 8
    assert line_of(tmp_path / "missing.yaml", ("rules", 0)) is None


@pytest.mark.parametrize(
    ("rules", "where"),
    [
        # the offending key's line
        (
            RULE.format(id="a.b", token="x") + "    colour: red\n",
            ":8: rule a.b: colour: unknown key",
        ),
        (RULE.format(id="a.b", token="x").replace("warning", "loud"), ":4: rule a.b: level: "),
        # an item deep in the rule
        (
            RULE.format(id="a.b", token="x") + "    examples:\n      pass: [{text: 5}]\n",
            ":9: rule a.b: examples.pass.0",
        ),
        # a problem of the rule as a whole: its first line
        (RULE.format(id="a.b", token="(x"), ":2: rule a.b: bad regular expression"),
        # a rule without an id is named by its place in the file
        ("  - type: existence\n    level: warning\n", ":2: rule #1: "),
    ],
)
def test_errors_name_the_file_and_line(tmp_path: Path, rules: str, where: str) -> None:
    path = write(tmp_path, "house.yaml", "rules:\n" + rules)
    with pytest.raises(RuleFileError) as raised:
        load_rule_file(path)
    assert str(raised.value).startswith(f"{path}{where}")


def test_a_second_rule_with_the_same_id_is_named_at_its_line(tmp_path: Path) -> None:
    text = "rules:\n" + RULE.format(id="a.b", token="x") + RULE.format(id="a.b", token="y")
    path = write(tmp_path / "house", "twice.yaml", text)
    with pytest.raises(RuleFileError) as raised:
        load_rules([tmp_path / "house"])
    assert str(raised.value) == f"{path}:8: rule a.b: id already used in {path}"


def test_a_file_level_error_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "house.yaml", "rules: []\nextra: 1\n")
    with pytest.raises(RuleFileError) as raised:
        load_rule_file(path)
    assert str(raised.value) == f"{path}:2: extra: unknown key"


def test_a_yaml_error_names_its_line_and_rule(tmp_path: Path) -> None:
    text = "rules:\n" + RULE.format(id="a.b", token="x") + RULE.format(id="a.c", token="y, z")
    path = write(tmp_path, "house.yaml", text.replace("[y, z]", "[y, z"))
    with pytest.raises(RuleFileError) as raised:
        load_rule_file(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:") and "YAML error (rule a.c)" in message


def test_accept_words_are_read_without_comments(tmp_path: Path) -> None:
    write(tmp_path / "house", "accept.txt", "# house words\nKubernetes dbt  # tools\n\n")
    words = load_accept([tmp_path / "house"])
    assert {"kubernetes", "dbt"} <= words and "#" not in words and "tools" not in words
