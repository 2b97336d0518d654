"""The job said right before the employer's name, where nothing else names one.

The notes here are invented for these tests (names, places and jobs changed from the shapes
the corpus showed); the held-out splits are measured, never used here.
"""

from __future__ import annotations

import pytest

from followup.notes import parse_notes
from followup.understanding.reader.job_at_employer import _phrase_before


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "[11/03/26 18:02] Tomasz: ok the interview done!! curing room technician at "
            "Vistula Smoked Meats Sp. z o.o., by the river\n"
            "[11/03/26 18:05] Tomasz: mr Adam Wrona, plant manager, he is the one to write\n"
            "[11/03/26 18:06] Tomasz: they smoke 30 tonnes a week over beech wood\n",
            "Curing Room Technician",
        ),
        (
            "[2/4/26, 19:08] Sis: so??\n"
            "[2/4/26, 19:10] Nadia Rahman: Events Logistics Coordinator at Harbourview "
            "Conventions Ltd, the office on Dock Road\n"
            "[2/4/26, 19:12] Nadia Rahman: Priscilla ran it, very warm, she decides\n",
            "Events Logistics Coordinator",
        ),
        (
            "Interview note - Maths tutor post at Lakeside Learning Centre, Kisumu\n\n"
            "I met Mrs. Achieng Otieno, the director. They have 40 pupils in the evening "
            "class.\n\nWanjiru Kamau\n",
            "Maths tutor",
        ),
        (
            "Following up on the Senior Grain Buyer (Export) position at Prairie Gold Grains "
            "Ltd.\n\nThe interview was with Mr. Dale Hoffmann, General Manager.\n\n"
            "Signed, Ivan Petrenko\n",
            "Senior Grain Buyer (Export)",
        ),
    ],
)
def test_a_job_opening_a_clause_before_the_employer_is_the_role(text: str, role: str) -> None:
    notes = parse_notes(text)
    assert notes.role == role


@pytest.mark.parametrize(
    "text",
    [
        # the title of the person named before it, after a comma
        "Met Mr. Dale Hoffmann, General Manager at Prairie Gold Grains Ltd, about the job.\n\n"
        "Signed, Ivan Petrenko\n",
        # a job the candidate had there
        "Interview with Ms. Rhea Kapoor at Monsoon Textiles. I worked as weaving supervisor "
        "at Monsoon Textiles before, in 2019.\n\nSigned, Arjun Mehta\n",
        # no job's word before "at"
        "[2/4/26, 19:10] Nadia: back from the interview at Harbourview Conventions!\n"
        "[2/4/26, 19:12] Nadia: Priscilla Adams ran it, she decides\n",
    ],
)
def test_no_job_is_read_before_the_employer_when_none_opens_a_clause(text: str) -> None:
    assert parse_notes(text).role is None


def test_a_job_the_notes_name_elsewhere_wins() -> None:
    notes = parse_notes(
        "Role: Harbour Pilot Trainee\n"
        "Cargo planner at Port Tallis Authority was my first idea, but this is the one.\n"
        "Interviewer: Capt. Hana Sato\n"
    )
    assert notes.role == "Harbour Pilot Trainee"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the interview done!! ripening hand at", "ripening hand"),
        ("Notes - Head of Quality job at", "Head of Quality"),
        ("the interview of Schools Liaison Officer at", "Schools Liaison Officer"),
        ("so Rosa Lind, Head of Data at", None),
        ("I was there as store supervisor at", None),
    ],
)
def test_the_phrase_goes_back_to_the_clause_opening(text: str, phrase: str | None) -> None:
    found = _phrase_before(text, 0, text.rindex(" at"))
    assert (found[0] if found else None) == phrase


def test_a_phrase_inside_an_open_bracket_is_no_clause() -> None:
    text = "one pupil's parent (Korean engineer at"
    assert _phrase_before(text, 0, text.rindex(" at")) is None


def test_an_open_bracket_right_before_the_phrase_ends_it() -> None:
    text = "the parent (Korean engineer at"
    assert _phrase_before(text, 0, text.rindex(" at")) is None
