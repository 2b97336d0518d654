"""`understanding/vocabulary.py`: the reader's words, loaded once from `notes.yaml` (or the
folder FOLLOWUP_UNDERSTANDING names); a broken file is one clear input error."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from followup.errors import InputError
from followup.resources import data_dir
from followup.understanding.vocabulary import fold_label, vocabulary


@pytest.fixture()
def own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped vocabulary in a folder of the test's own, read afresh."""
    folder = tmp_path / "understanding"
    folder.mkdir()
    shutil.copy(data_dir("understanding") / "notes.yaml", folder / "notes.yaml")
    monkeypatch.setenv("FOLLOWUP_UNDERSTANDING", str(folder))
    vocabulary.cache_clear()
    yield folder
    vocabulary.cache_clear()


@pytest.mark.parametrize(
    "label", ["**Interviewer Name**", "interviewer_name", "Interviewer-name", "# interviewer  name"]
)
def test_labels_are_folded(label: str) -> None:
    assert fold_label(label) == "interviewer name"


def test_the_shipped_vocabulary() -> None:
    vocab = vocabulary()
    assert vocab is vocabulary()  # loaded once
    assert vocab.labels["interviewer"] == "interviewer"
    assert vocab.labels["company"] == "company"
    assert vocab.honorifics["dr"] == "Dr."
    assert "manager" in vocab.title_words and "manager" in vocab.role_words


def test_phrases_match_as_whole_words_across_spaces() -> None:
    vocab = vocabulary()
    assert vocab.order_re.search("please add my phone number")
    assert not vocab.order_re.search("sign-on bonus was mentioned")


def test_a_broken_vocabulary_is_one_input_error(own_folder: Path) -> None:
    path = own_folder / "notes.yaml"
    path.write_text("labels: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.yaml: not a valid notes vocabulary \("):
        vocabulary()


def test_a_missing_vocabulary_is_one_input_error(own_folder: Path) -> None:
    (own_folder / "notes.yaml").unlink()
    with pytest.raises(InputError, match=r"not a valid notes vocabulary \(FileNotFoundError\)"):
        vocabulary()


def test_another_folder_is_read(own_folder: Path) -> None:
    path = own_folder / "notes.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["labels"]["company"].append("employer xyz")
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert vocabulary().labels["employer xyz"] == "company"
