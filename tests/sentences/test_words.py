"""sentences/words.py: inflections meet, different words stay apart, the vocabulary ships."""

from __future__ import annotations

import pytest
from helpers import REPO_ROOT

from followup.sentences.words import related, stem, vocabulary


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("moving", "move"),
        ("moved", "moves"),
        ("reporting", "reports"),
        ("planning", "plan"),
        ("studies", "studied"),
        ("migration", "migrating"),
        ("team's", "teams"),
        ("information", "inform"),
    ],
)
def test_inflections_meet(a: str, b: str) -> None:
    assert related(stem(a), stem(b))


@pytest.mark.parametrize(("a", "b"), [("part", "partner"), ("app", "apple"), ("dbt", "debt")])
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert not related(stem(a), stem(b))


def test_vocabulary_ships_with_the_prompts() -> None:
    assert (REPO_ROOT / "prompts" / "sentence-checks.yaml").is_file()
    vocab = vocabulary()
    assert "the" in vocab.function_words and "they" in vocab.third_person
    assert stem("learning") in vocab.frame_stems
    assert "dr" in vocab.titles and "of" in vocab.dangling
