"""`lint/sources.py`: which files a rules folder contributes (its sorted `*.yaml` and `*.yml`
files), its vocabulary file, and the built-in kind cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.errors import RuleFileError
from followup.lint.sources import accept_file, kinds_file, rule_files


def test_rule_files_are_the_yaml_files_sorted(tmp_path: Path) -> None:
    for name in ["b.yaml", "a.yml", "notes.txt", "accept.txt", "c.yaml.bak", "README.md"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    assert [p.name for p in rule_files(tmp_path)] == ["a.yml", "b.yaml"]


def test_an_empty_folder_has_no_rule_files(tmp_path: Path) -> None:
    assert rule_files(tmp_path) == []


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="no such rules folder"):
        rule_files(tmp_path / "nowhere")
    (tmp_path / "file.yaml").write_text("x", encoding="utf-8")
    with pytest.raises(RuleFileError, match="no such rules folder"):
        rule_files(tmp_path / "file.yaml")


def test_the_vocabulary_and_the_kind_cues(tmp_path: Path) -> None:
    assert accept_file(tmp_path) == tmp_path / "accept.txt"
    assert kinds_file().is_file() and kinds_file().parts[-2:] == ("meta", "kinds.yaml")
