"""`understanding/facts.py`: the facts read from notes, each checked for its shape (a company,
role or name is not a link, an address or a sentence) and against the span it came from; how
a person's name is written and addressed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from followup.understanding.facts import (
    Located,
    NotesFacts,
    Person,
    Span,
    family_name_first,
    shape_problem,
)


@pytest.mark.parametrize(
    "value", ["Acme Pvt. Ltd.", "Dr. Ruth Mensah", "Head of Data", "Kingsbridge Hospital"]
)
def test_a_plain_value_has_no_shape_problem(value: str) -> None:
    assert shape_problem(value, max_words=6) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("x" * 81, "longer than 80 characters"),
        ("see https://acme.com", "holds a link"),
        ("ana@acme.com", "holds an e-mail address"),
        ("call +44 20 7946 0958", "holds a phone number"),
        ("Acme\tLtd", "holds a line break or a tab"),
        ("<b>Acme</b>", "holds markup"),
        ("Acme \U0001f680", "holds the character U+1F680"),
        # a sign the emoji rule refuses, though Unicode calls it a mathematical symbol
        ("Ana ↔ Ana", "holds an emoji"),
        ("one two three four", "more than 3 words"),
    ],
)
def test_a_value_that_cannot_be_a_name(value: str, problem: str) -> None:
    assert shape_problem(value, max_words=3) == problem


def test_a_sentence_is_not_a_value() -> None:
    sentence = "They liked me. Then we talked about the role a lot"
    assert shape_problem(sentence, max_words=20) == "is a sentence"
    assert shape_problem("Dr. Ruth. I think she runs the team here", max_words=20) == (
        "is a sentence"
    )


def test_a_chain_of_titles_is_no_sentence() -> None:
    """`--to "Prof. dr. ir. Jan Willem van der Linde"`: seven words, three full stops."""
    assert shape_problem("Prof. dr. ir. Jan Willem van der Linde", max_words=12) is None
    assert shape_problem("Indus Valley Denim Mills (Pvt.) Ltd. Karachi", max_words=12) is None


def located(value: str, start: int | None = None, source: str = "label") -> Located:
    span = None if start is None else Span(start=start, end=start + len(value), line=1)
    return Located(value=value, source=source, span=span)  # type: ignore[arg-type]


def test_a_value_from_the_notes_needs_its_span_and_a_flag_has_none() -> None:
    with pytest.raises(ValidationError, match="needs its span"):
        located("Acme")
    with pytest.raises(ValidationError, match="has no span"):
        located("Acme", 0, source="flag")
    assert located("Acme", source="flag").span is None


def person(name: str, honorific: str | None = None) -> Person:
    return Person(name=located(name, source="settings"), honorific=honorific)


@pytest.mark.parametrize(
    ("name", "honorific", "last", "addressed_as"),
    [
        ("Ruth Mensah", "Dr.", "Mensah", "Dr. Mensah"),
        ("Sofia", None, "Sofia", "Sofia"),
        ("Pieter van der Merwe", "Mr.", "van der Merwe", "Mr. van der Merwe"),
        ("ZHANG Wei", "Ms.", "Zhang", "Ms. Zhang"),
        ("Priya Shah", None, "Shah", "Priya Shah"),
        ("Rosnah binti Ismail", "Prof.", "Rosnah", "Prof. Rosnah"),  # Malay: the given name
        ("Faizal bin Hamzah", "Mr.", "Faizal", "Mr. Faizal"),
        ("Mary Ann Smith", "Ms.", "Smith", "Ms. Smith"),  # one family name unless told
        # Mauritanian "Ould" (son of) opens the family name
        ("Sidi Mohamed Ould Cheikh", "Mr.", "Ould Cheikh", "Mr. Ould Cheikh"),
    ],
)
def test_how_a_name_is_addressed(
    name: str, honorific: str | None, last: str, addressed_as: str
) -> None:
    p = person(name, honorific)
    assert (p.last, p.addressed_as, p.first) == (last, addressed_as, name.split()[0])
    assert p.full == (f"{honorific} {name}" if honorific else name)


def test_two_family_names_after_a_spanish_honorific() -> None:
    p = Person(name=located("Mariana Restrepo Gaviria", source="flag"), honorific="Dr.")
    assert p.addressed_as == "Dr. Gaviria"
    p = p.model_copy(update={"two_family_names": True})
    assert (p.last, p.addressed_as) == ("Restrepo", "Dr. Restrepo")  # the father's, first
    p = p.model_copy(update={"both_family_names": True})  # the notes call her by both
    assert (p.last, p.addressed_as) == ("Restrepo Gaviria", "Dr. Restrepo Gaviria")


def test_family_name_first() -> None:
    assert family_name_first(["ZHANG", "Wei"])
    assert not family_name_first(["Priya", "Shah"])
    assert not family_name_first(["NASA", "JPL"])  # all capitals: nothing to tell
    # a given name of two syllables, each of which may be a family name too
    assert family_name_first(["Lim", "Wei", "Hong"])
    assert family_name_first(["Tan", "Siew", "Ling"])
    assert not family_name_first(["Lee", "Ann", "Smith"])
    assert not family_name_first(["Mary", "Ann", "Lee"])


@pytest.mark.parametrize(
    ("words", "first"),
    [
        # West African and Ugandan notes write the family name first as often as not
        (["Sow", "Aminata"], True),
        (["Traoré", "Bakary"], True),
        (["Sawadogo", "Issa"], True),
        (["Mukasa", "Brian"], True),
        (["Aminata", "Sow"], False),
        (["Bakary", "Traoré"], False),
        # a name whose both words are family names is read as written: the last is the family's
        (["Cissé", "Diallo"], False),
        # a double family name, each part one, written first
        (["Nagy-Kiss", "Réka"], True),
        # a given name of two syllables, the first a family name elsewhere
        (["Li-Na", "Smith"], False),
        (["Yu-Jin", "Carter"], False),
    ],
)
def test_more_names_written_family_name_first(words: list[str], first: bool) -> None:
    assert family_name_first(words) is first


def test_the_same_person() -> None:
    assert person("Ruth Mensah").same_as(person("ruth mensah"))
    assert person("Ruth").same_as(person("Ruth Mensah"))
    assert not person("Ruth Mensah").same_as(person("Ruth Okafor"))
    # a family name with its particles, alone, is the same person; two words of a name are not
    assert person("Van der Linde").same_as(person("Jeroen van der Linde"))
    assert not person("Lisa Tkachuk").same_as(person("Trainmaster Lisa Tkachuk"))


def test_spans_are_checked_against_the_notes() -> None:
    notes = "Company: acme ltd\nMet Dr. Ruth Mensah"
    facts = NotesFacts(
        company=located("Acme Ltd.", 9),
        addressee=Person(name=located("Ruth Mensah", 26, source="cue"), honorific="Dr."),
    )
    facts.check_spans(notes)  # case and dots aside, the notes' own text
    facts.company = located("Acme Inc", 9)
    with pytest.raises(ValueError, match="'Acme Inc' is not the notes' text 'acme ltd'"):
        facts.check_spans(notes)
    # a full-width bracket (Japanese, Chinese) is the same mark as ours: a title read with
    # ours keeps its span
    wide = "Role: Aquarist（diver）"
    NotesFacts(role=located("Aquarist(diver)", 6)).check_spans(wide)


def test_ambiguous_when_there_are_candidates_and_no_addressee() -> None:
    assert not NotesFacts().ambiguous
    assert NotesFacts(candidates=[person("Ana"), person("Bo")]).ambiguous
    both = [person("Bo"), person("Cy")]
    assert not NotesFacts(addressee=person("Ana"), candidates=both).ambiguous


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("Rosa de Lourdes Quispe", "Quispe"),
        ("Juan del Carmen Ruiz", "Ruiz"),
        # a particle before a family name stays with it
        ("Pedro de Souza", "de Souza"),
    ],
)
def test_a_compound_given_name_with_de_is_no_family_name(name: str, last: str) -> None:
    assert person(name).last == last
