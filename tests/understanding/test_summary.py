"""`understanding/summary.py`: what was understood, said back: one line for `draft -v`, and
(field, value, where) rows for `followup notes`."""

from __future__ import annotations

from datetime import date

from followup.understanding.facts import Located, NotesFacts, Person, Point, Span
from followup.understanding.summary import one_line, person_label, rows, with_front_matter


def at_line(value: str, line: int, source: str = "label") -> Located:
    return Located(value=value, source=source, span=Span(start=0, end=len(value), line=line))  # type: ignore[arg-type]


def test_one_line() -> None:
    assert (
        one_line("Dr. Ruth Mensah", "runs the unit", "Kingsbridge", "Charge Nurse", "Priya")
        == "to Dr. Ruth Mensah (runs the unit), Kingsbridge, Charge Nurse; from Priya"
    )
    assert one_line(None, "runs the unit", None, None, None) == "to nobody; from nobody"
    assert one_line("Ana", None, None, "Analyst", None) == "to Ana, Analyst; from nobody"


def test_person_label() -> None:
    ruth = Person(name=at_line("Ruth Mensah", 2), honorific="Dr.", title="Head of Data")
    assert person_label(ruth) == "Dr. Ruth Mensah (Head of Data)"
    assert person_label(Person(name=at_line("Bo", 3))) == "Bo"


def test_rows_say_each_fact_and_where_it_came_from() -> None:
    facts = NotesFacts(
        addressee=Person(name=at_line("Ruth Mensah", 2, "cue"), honorific="Dr."),
        others=[Person(name=at_line("Bo Lin", 3, "cue"))],
        company=at_line("Kingsbridge", 1),
        sender=Located(value="Priya", source="settings"),
        interview_date=date(2026, 11, 20),
        points=[Point(text="They use Kafka", kind="learned", span=Span(start=0, end=14, line=5))],
        refused=["company: see https://x.io"],
    )
    assert rows(facts) == [
        ("to", "Dr. Ruth Mensah", "line 2 (cue)"),
        ("salutation", "Dear Dr. Mensah,", "from the name"),
        ("also interviewed", "Bo Lin", "line 3 (cue)"),
        ("company", "Kingsbridge", "line 1 (label)"),
        ("role", "-", "-"),
        ("sender", "Priya", "settings"),
        ("interview date", "2026-11-20", ""),
        ("decision date", "-", ""),
        ("point: learned", "They use Kafka", "line 5"),
        ("refused", "company: see https://x.io", ""),
    ]


def test_an_unsure_company_is_shown_but_not_drafted() -> None:
    facts = NotesFacts(company_guess=at_line("Maersk", 4, "cue"))
    shown = [r for r in rows(facts) if r[0].startswith("company")]
    assert shown == [
        ("company", "-", "-"),
        ("company?", "Maersk (unsure, not drafted: --company to use it)", "line 4 (cue)"),
    ]


def test_front_matter_values_take_the_reader_rows_places() -> None:
    ruth = Person(name=at_line("Ruth Mensah", 2), honorific="Dr.", title="Head of Data")
    ana = Person(name=at_line("Ana Lee", 3), honorific="Ms.")
    facts = NotesFacts(addressee=None, candidates=[ruth, ana], company=at_line("Kingsbridge", 4))
    used: dict[str, str | None] = {
        "to": "Prof. Omar Haddad",
        "company": "Kingsbridge",  # as read: the reader's row stays
        "role": None,
    }
    got = with_front_matter(facts, used)
    assert got[0] == ("to", "Prof. Omar Haddad", "front matter")
    assert ("company", "Kingsbridge", "line 4 (label)") in got
    assert not [r for r in got if r[0] == "could be to"]  # the front matter says whom
    same = with_front_matter(facts, {"to": None})
    assert [r for r in same if r[0] == "could be to"]


def test_a_greeting_the_notes_give_is_shown_with_its_line() -> None:
    """Not "from the name", and not "front matter" when nothing else set it: 'he said
    "Trevor's fine"' and '"Estimada Dra. Restrepo"' are where the greeting came from."""
    trevor = Person(name=at_line("Trevor Hulme", 3, "cue"))
    facts = NotesFacts(addressee=trevor, salutation=at_line("Trevor", 3, "cue"))
    assert ("salutation", "Dear Trevor,", "line 3 (cue)") in rows(facts)
    used: dict[str, str | None] = {"salutation": "Dear Trevor,"}
    assert ("salutation", "Dear Trevor,", "line 3 (cue)") in with_front_matter(facts, used)
    quoted = NotesFacts(addressee=trevor, salutation=at_line("Estimada Dra. Restrepo", 5, "cue"))
    assert ("salutation", "Dear Dr. Restrepo,", "line 5 (cue)") in rows(quoted)


def test_a_value_the_draft_only_capitalises_keeps_its_line() -> None:
    """ "ops manager" read from prose is "Ops Manager" in the draft: the same value, so its row
    says the line it came from, not "front matter" (which the notes did not have)."""
    facts = NotesFacts(role=at_line("warehouse planner", 1, "cue"))
    got = with_front_matter(facts, {"role": "Warehouse Planner"})
    assert ("role", "Warehouse Planner", "line 1 (cue)") in got
    other = with_front_matter(facts, {"role": "Shift Lead"})
    assert ("role", "Shift Lead", "front matter") in other


def test_the_drafts_side_of_a_glossed_value_keeps_its_line() -> None:
    """ "Pearl Grader / trieur de perles" read from a line is "Pearl Grader" in the draft: one
    side of the value, still from that line, not "front matter"."""
    facts = NotesFacts(role=at_line("Pearl Grader / trieur de perles", 1, "cue"))
    got = with_front_matter(facts, {"role": "Pearl Grader"})
    assert ("role", "Pearl Grader", "line 1 (cue)") in got
    other = with_front_matter(facts, {"role": "Grader"})
    assert ("role", "Grader", "front matter") in other
