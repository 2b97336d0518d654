"""A panel given as a list in front matter (`understanding/front_panel.py`)."""

from __future__ import annotations

import pytest

from followup.notes import parse_notes
from followup.understanding.front_panel import Member, lead, main_contact, members


def test_string_items_give_the_name_and_the_title() -> None:
    got = members(
        [
            "Ms. Lerato Nkosi, Chief Geologist (lead; would be my line manager)",
            'Mr. Chan Ka-wing "Kelvin" (Managing Director, GBA desk) - main, he decides',
            "Dr. Ruth Mensah — Head of Oncology",
        ]
    )
    assert got is not None
    assert [(m.name, m.title) for m in got] == [
        ("Ms. Lerato Nkosi", "Chief Geologist"),
        ("Mr. Chan Ka-wing", "Managing Director, GBA desk"),
        ("Dr. Ruth Mensah", "Head of Oncology"),
    ]


def test_table_items_give_the_name_title_and_remarks() -> None:
    got = members([{"name": "Engr. Farhan Siddiqui", "title": "GM Production", "note": "lead"}])
    assert got == [Member("Engr. Farhan Siddiqui", "GM Production", "GM Production lead")]


@pytest.mark.parametrize(
    "value",
    [
        "Ms. Lerato Nkosi",  # one value, not a list
        [],
        [3, "Ms. Lerato Nkosi"],  # not a person
        [{"title": "Chief Geologist"}],  # a table without a name
        ["She was lovely and I think the interview went well but I am not sure about it at all"],
    ],
)
def test_what_is_no_list_of_people_is_left_alone(value: object) -> None:
    assert members(value) is None


def test_a_title_that_is_no_title_is_dropped() -> None:
    got = members(["Ms. Lerato Nkosi, see https://example.com/her/profile"])
    assert got is not None and got[0].name == "Ms. Lerato Nkosi" and got[0].title is None


def test_the_main_contact_is_the_one_said_to_lead_else_the_first_not_in_hr() -> None:
    hr = Member("Ms. Ayesha Malik", "Manager HR", "Manager HR")
    gm = Member("Engr. Farhan Siddiqui", "GM", "GM, QA reports to him — send thank-you to him")
    plain = Member("Mr. Omar Shah", "Engineer", "Engineer")
    assert main_contact([hr, plain, gm]) == gm
    assert main_contact([hr, plain]) == plain
    assert lead([hr, plain]) is None  # a `panel:` list names nobody unless it says so
    assert main_contact([hr]) == hr


NOTES = """---
candidate: Hira Baig
company: Indus Valley Denim Mills
{key}:
  - name: Ms. Ayesha Malik
    title: Manager HR
  - name: Engr. Farhan Siddiqui
    title: General Manager Production
    note: {note}
---

Ms. Malik asked about my notice period. They run 3 denim lines.
"""


def test_a_front_matter_panel_list_names_the_addressee_and_the_others() -> None:
    notes = parse_notes(NOTES.format(key="panel", note="lead interviewer, send thank-you to him"))
    assert notes.interviewer == "Engr. Farhan Siddiqui"
    assert notes.addressed_as == "Engr. Siddiqui"
    assert notes.interviewer_title == "General Manager Production"
    assert notes.others == ["Ms. Ayesha Malik"]


def test_a_panel_list_that_names_no_lead_leaves_the_addressee_to_the_notes() -> None:
    notes = parse_notes(NOTES.format(key="panel", note="asked about dyeing"))
    assert notes.interviewer == "Ms. Malik"  # read from the body
    assert notes.others == ["Engr. Farhan Siddiqui"]


def test_an_interviewers_list_names_its_first_person_not_in_hr() -> None:
    notes = parse_notes(NOTES.format(key="interviewers", note="asked about dyeing"))
    assert notes.interviewer == "Engr. Farhan Siddiqui"


def test_lead_at_the_end_of_a_job_title_says_no_one_led_the_interview() -> None:
    notes = parse_notes(
        "---\norg: Blue Reef Trust\npeople:\n  - Dr. Ana Lobo (Science Director)\n"
        "  - Tom Reyes (Dive Operations Lead)\n---\n\n"
        "Dr. Lobo will be my boss, she ran the whole thing. So letter to Dr. Lobo.\n"
    )
    assert notes.addressed_as == "Dr. Lobo"


def test_lead_said_of_the_interview_still_names_the_main_contact() -> None:
    notes = parse_notes(
        "---\npeople:\n  - Dr. Ana Lobo (Science Director)\n"
        "  - Tom Reyes (Dive Lead; lead interviewer)\n---\n\nWe talked about the reef.\n"
    )
    assert notes.addressed_as == "Tom Reyes"
