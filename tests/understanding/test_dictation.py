"""A note dictated to a phone says its punctuation in words; the reader reads the marks.

The notes here are written for these tests (the corpus's dictated notes are measured by
bench/notes_bench.py).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.notes import parse_notes
from followup.understanding.dictation import undictated
from followup.understanding.reader import read
from followup.understanding.vocabulary import vocabulary

DICTATED = (
    "okay dictating this in the van period new paragraph\n\n"
    "interview at Harbour Glass Works today comma for the glazier position period the panel "
    "was two people colon Ruth Okafor who is the workshop manager and she said email me not "
    "the office period Dan the foreman comma very calm period\n\n"
    "things I learned period new line\n"
    "they cut about 300 panes a week comma mostly for schools period\n"
    "new toughening oven arrives in May period\n\n"
    "sign it Malik Osei period end\n"
)


def test_said_marks_become_marks_and_every_offset_holds() -> None:
    out = undictated(DICTATED, vocabulary())
    assert len(out) == len(DICTATED)
    assert "today,      for the glazier position." in out
    assert "two people:      Ruth Okafor" in out
    assert " comma" not in out and " period" not in out


def test_a_break_after_a_word_ends_the_sentence_and_after_a_mark_adds_nothing() -> None:
    out = undictated("one comma two comma three period new line four new line five", vocabulary())
    assert out.split() == ["one,", "two,", "three.", "four.", "five"]


def test_a_few_said_words_are_words_not_dictation() -> None:
    text = "a six month trial period, then a review period. comma is a mark."
    assert undictated(text, vocabulary()) == text


def test_a_noun_period_stays_in_a_dictated_note() -> None:
    text = "pay is weekly comma after a trial period comma then monthly period done period"
    assert "a trial period," in undictated(text, vocabulary())


def test_the_reader_reads_a_dictated_note_as_if_it_were_punctuated() -> None:
    notes = parse_notes(DICTATED)
    assert notes.interviewer == "Ruth Okafor"
    assert notes.candidate == "Malik Osei"
    assert notes.company == "Harbour Glass Works"
    assert notes.learned_points[0] == "they cut about 300 panes a week, mostly for schools"
    # a point keeps its span in the notes as written
    facts = read(DICTATED)
    point = next(p for p in facts.points if p.text.startswith("they cut"))
    assert DICTATED[point.span.start : point.span.end].startswith("they cut about 300 panes")


def test_a_name_read_across_a_run_of_spaces_keeps_its_span() -> None:
    text = "met Ann Lee, the boss.\nthey sail daily and more.\nsign it Tom   Lutz\n"
    assert parse_notes(text).candidate == "Tom Lutz"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["comma", "period", "colon", "new line", "x", " ", "\t"])))
def test_any_mix_of_said_marks_keeps_the_length(words: list[str]) -> None:
    text = " ".join(words)
    assert len(undictated(text, vocabulary())) == len(text)
