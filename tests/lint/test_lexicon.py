"""`lint/lexicon.py`: a word list for membership tests, as one string of hashed buckets, and
its cache form (`dump`, `parse`), refused when damaged."""

from __future__ import annotations

import pytest

from followup.lint.lexicon import Lexicon

WORDS = ["thank", "you", "team", "résumé", "o'clock", "Ana"]


def test_membership() -> None:
    lexicon = Lexicon.from_words([*WORDS, "team", "", "two\nlines"])
    for word in WORDS:
        assert word in lexicon
    for word in ["thanks", "Team", "tea", "", "two\nlines", "two", "lines", 3, None]:
        assert word not in lexicon
    assert len(lexicon) == len(WORDS)
    assert sorted(lexicon) == sorted(WORDS)


def test_an_empty_lexicon() -> None:
    lexicon = Lexicon.from_words([])
    assert len(lexicon) == 0 and list(lexicon) == [] and "a" not in lexicon


def test_a_dump_parses_back_to_the_same_words() -> None:
    lexicon = Lexicon.from_words(WORDS)
    again = Lexicon.parse(lexicon.dump())
    assert again is not None
    assert sorted(again) == sorted(WORDS) and "résumé" in again and "resume" not in again


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "",
        lambda text: "not a lexicon\n",
        lambda text: text.replace("followup-lexicon 1", "followup-lexicon 2", 1),
        lambda text: text.replace(" ", " x", 1),  # a start that is not a number
        lambda text: text[:-1],  # cut short: the last start points past the end
        lambda text: text.rsplit(" ", 1)[0] + text[text.index("\n", text.index("\n") + 1) :],
    ],
)
def test_a_damaged_dump_is_refused(damage) -> None:  # type: ignore[no-untyped-def]
    assert Lexicon.parse(damage(Lexicon.from_words(WORDS).dump())) is None
