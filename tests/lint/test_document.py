"""The counts every rule shares: the reading grade is textstat's own, and words are what the
simple definition says, on arbitrary text as well as on notes."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import REPO_ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import TOKENS

from followup.lint.document import (
    WORD_RE,
    Document,
    _at_most_two_words,
    _count_words,
    _syllable_count,
    _textstat,
    _textstat_words,
)

# The first definition of a word (a letter, then letters or apostrophes, ending with a letter);
# WORD_RE is written differently for speed and must match exactly the same spans.
REFERENCE_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*[^\W\d_]|[^\W\d_]")

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from([*TOKENS, "syllable", "extraordinary", "a-b", "x'", "'y"])).map(
        " ".join
    ),
)


def textstat_grade(text: str) -> float:
    return round(float(_textstat().flesch_kincaid_grade(text)), 1)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_grade_is_textstats(text: str) -> None:
    assert Document(text).grade == textstat_grade(text)


def test_grade_is_textstats_on_the_examples() -> None:
    files = sorted((REPO_ROOT / "examples").rglob("*.*")) + sorted(
        (REPO_ROOT / "tests" / "data").rglob("*.txt")
    )
    checked = 0
    for path in files:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        assert Document(text).grade == textstat_grade(text), path
        checked += 1
    assert checked >= 16


def test_grade_of_plain_and_hard_text() -> None:
    plain = Document("I like the team. The work is fun. I want the job.").grade
    hard = Document(
        "Notwithstanding considerable organisational heterogeneity, the interdisciplinary "
        "collaboration demonstrated extraordinary institutional responsiveness."
    ).grade
    assert plain < 3 < 14 < hard


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab'’ -\nÉ1_"), max_size=40) | texts)
def test_words_are_the_reference_definition(text: str) -> None:
    assert spans(WORD_RE, text) == spans(REFERENCE_WORD_RE, text)


def test_words_examples() -> None:
    text = "Don't  rock'n'roll o''clock 'quoted' Fernández x1y"
    assert WORD_RE.findall(text) == [
        "Don't",
        "rock'n'roll",
        "o''clock",
        "quoted",
        "Fernández",
        "x",
        "y",
    ]


def textstat_counts(text: str) -> tuple[int, int]:
    ts = _textstat()
    return int(ts.lexicon_count(text)), int(ts.sentence_count(text))


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab'’ -.!?\n\t\u00a0\u2028É1_,;:tsdvelr"), max_size=60) | texts
)
def test_word_and_sentence_counts_are_textstats(text: str) -> None:
    doc = Document(text)
    assert (doc.words, doc.sentences) == textstat_counts(text)


def test_word_and_sentence_counts_are_textstats_on_the_examples() -> None:
    files = sorted((REPO_ROOT / "examples").rglob("*.*")) + sorted(
        (REPO_ROOT / "tests" / "data").rglob("*.txt")
    )
    for path in files:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        doc = Document(text)
        assert (doc.words, doc.sentences) == textstat_counts(text), path
    assert len(files) > 10


def test_word_count_examples() -> None:
    # punctuation alone is no word; an apostrophe before a contraction ending stays with it
    assert Document("Hello , world - it's me ... 'quoted' ' '").words == 5
    assert Document("One. Two words. Three more words here.").sentences == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab'’ -.!?\nÉ1_tsdvelrΣσ"), max_size=60) | texts)
def test_syllables_are_textstats(text: str) -> None:
    assert _syllable_count(text) == int(_textstat().syllable_count(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab'’ -.!?\nÉ1_tsdvelrΣσ\"`"), max_size=60) | texts)
def test_words_are_textstats(text: str) -> None:
    """A lint counts syllables without importing textstat, with its word list rewritten."""
    from textstat.backend.selections import list_words

    assert _textstat_words(text) == list_words(text, lowercase=True)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab'’ -.!?\n\t\u00a0É1_,;:"), max_size=30) | texts)
def test_a_short_sentence_is_one_of_at_most_two_words(sentence: str) -> None:
    assert _at_most_two_words(sentence) == (_count_words(sentence) <= 2)
