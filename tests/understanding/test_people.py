"""`understanding/people.py`: a person's name at a place in the notes, with the honorific and
title around it, in notes with capitals and in lower-case notes."""

from __future__ import annotations

import pytest

from followup.understanding.people import capitalise, is_name_word, name_at
from followup.understanding.vocabulary import vocabulary


def hit(text: str, at: str, lower_case_notes: bool = False) -> tuple[object, ...] | None:
    """(honorific, name, title) of the name `name_at` finds where `at` starts in `text`."""
    found = name_at(text, text.index(at), vocabulary(), lower_case_notes)
    if found is None:
        return None
    assert text[found.start : found.end].lower() == found.name.lower()
    return found.honorific, found.name, found.title


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        (
            "Interviewer: Dr. Ruth Mensah (Head of Data) was kind",
            "Dr.",
            ("Dr.", "Ruth Mensah", "Head of Data"),
        ),
        (
            "Met Kelsey R. Hughes, Store Manager, at noon",
            "Kelsey",
            (None, "Kelsey R. Hughes", "Store Manager"),
        ),
        ("I met Rajesh Kumar sir", "Rajesh", ("Mr.", "Rajesh Kumar", None)),
        ("Gülşen Erdem Hanım", "Gülşen", ("Ms.", "Gülşen Erdem", None)),
        (
            "Sir Mark (Mark Anthony Villanueva, Operations Manager) met me",
            "Sir",
            ("Mr.", "Mark Anthony Villanueva", "Operations Manager"),
        ),
        # a word that is a name too, with its capital between two words of a name
        ("Asha Said Omar", "Asha", (None, "Asha Said Omar", None)),
        ("Maria Said she would call", "Maria", (None, "Maria", None)),
        # a family name's particle first after an honorific ("send thanks to Mr. van der Berg")
        ("send thanks to Mr. van der Berg today.", "Mr.", ("Mr.", "van der Berg", None)),
        # (and first after an honorific: "M. Said Ahmed Mmadi, le directeur technique")
        ("M. Said Ahmed Mmadi, le directeur", "M.", ("Mr.", "Said Ahmed Mmadi", "directeur")),
        # an "and" inside a title whose noun comes fourth; one after the noun ends it
        (
            "Chen Lu, food and beverage manager there. she said",
            "Chen",
            (None, "Chen Lu", "food and beverage manager there"),
        ),
        ("Bo Li, store manager and Mia Ek", "Bo", (None, "Bo Li", "store manager")),
        # a dash of any length ends the title; a board's chairman is one
        ("- Ana Lind, sports director – she hires", "Ana", (None, "Ana Lind", "sports director")),
        ("- Erik Berg, chairman – sat in", "Erik", (None, "Erik Berg", "chairman")),
    ],
)
def test_a_name_with_its_honorific_and_title(
    text: str, at: str, expected: tuple[object, ...]
) -> None:
    assert hit(text, at) == expected


def test_lower_case_notes_are_capitalised_but_for_particles() -> None:
    text = "spoke to pieter van der berg about it"
    assert hit(text, "pieter", lower_case_notes=True) == (None, "Pieter van der Berg", None)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("met the team", "the"),
        ("talked about the hiring manager", "the"),
        ("end", "end"),
        ("the owner is Dutch", "Dutch"),  # a nationality alone is nobody's name
    ],
)
def test_words_that_are_no_name(text: str, at: str) -> None:
    assert hit(text, at) is None


@pytest.mark.parametrize(
    ("text", "at", "name"),
    [
        # a day written short after the name (dev 57), a "thanks" in the notes' other language
        ("sent thank you to Sir Arturo Thurs morning", "Arturo", "Arturo"),
        ("message to Mina Weds night", "Mina", "Mina"),
        ("short message to lorraine miigwech again", "lorraine", "lorraine"),
        ("then Diego Gracias and bye", "Diego", "Diego"),
        # "Sun" may be a family name
        ("Met Lily Sun from finance", "Lily", "Lily Sun"),
    ],
)
def test_a_day_or_a_thanks_after_a_name_is_no_word_of_it(text: str, at: str, name: str) -> None:
    found = hit(text, at, lower_case_notes=text.islower())
    assert found is not None
    assert found[1].lower() == name.lower()


def test_a_pasted_token_too_long_for_a_name_is_nobodys() -> None:
    text = "Met " + " ".join(["Abcdefghijklmnopqrstuvwx"] * 4)
    assert hit(text, "Abc") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("o'neil", "O'Neil"),
        ("mary-jo", "Mary-Jo"),
        ("McDonald", "McDonald"),
        ("straße", "Straße"),
        ("sexton's", "Sexton's"),
    ],
)
def test_capitalise(word: str, expected: str) -> None:
    assert capitalise(word) == expected


def test_is_name_word() -> None:
    vocab = vocabulary()
    assert is_name_word("Priya", vocab, lower_case_notes=False)
    assert not is_name_word("priya", vocab, lower_case_notes=False)  # capitals tell a name
    assert is_name_word("priya", vocab, lower_case_notes=True)
    for word in ["The", "Manager", "NASA", "Dr", "I"]:
        assert not is_name_word(word, vocab, lower_case_notes=False), word
