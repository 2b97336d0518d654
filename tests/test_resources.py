"""`resources.py`: the shipped `rules/`, `prompts/` (and other data) folders, from a wheel's
`followup/_data/` or from a checkout's top level."""

from __future__ import annotations

from pathlib import Path

import pytest

import followup.resources as resources
from followup.resources import data_dir, prompts_dir, rules_dir


def test_the_checkouts_folders() -> None:
    assert (rules_dir() / "formal.yaml").is_file()
    assert prompts_dir().is_dir() and prompts_dir().name == "prompts"
    assert data_dir("understanding").is_dir()


def test_a_wheels_data_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site" / "followup"
    (package / "_data" / "rules").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert rules_dir() == package / "_data" / "rules"


def test_a_missing_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "a" / "b" / "followup")
    with pytest.raises(FileNotFoundError, match="followup's prompts/ folder is missing"):
        prompts_dir()
