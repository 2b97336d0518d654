"""An email the candidate wrote, read as notes (`variants --from-email`)."""

from __future__ import annotations

from followup.notes import parse_notes
from followup.sentences import learned_facts
from followup.understanding.from_email import email_details, notes_from_email

EMAIL = """Dear Priya Shah,

Thanks so much for taking the time to talk with me today. I really enjoyed hearing how your team
is moving its reporting to dbt, and I am excited about the analyst role at Acme Analytics.
It was great to learn that you run a weekly data clinic for the sales team. I would love to help
your team clean up the weekly revenue reports. Please let me know the next steps.

Best regards,
Sam Patel
"""


def test_the_details_of_the_email_become_bullets_about_the_employer() -> None:
    learned, offers = email_details(EMAIL)
    assert learned == [
        "their team is moving its reporting to dbt",
        "they run a weekly data clinic for the sales team",
    ]
    assert offers == ["I could help their team clean up the weekly revenue reports"]


def test_the_notes_name_the_reader_the_signer_and_the_details() -> None:
    notes = parse_notes(notes_from_email(EMAIL))
    assert notes.interviewer == "Priya Shah"
    assert notes.candidate == "Sam Patel"
    assert notes.company == "Acme Analytics"
    assert "their team is moving its reporting to dbt" in learned_facts(notes)
    assert notes.contribution_points == [
        "I could help their team clean up the weekly revenue reports"
    ]


def test_an_email_without_details_gives_only_the_names() -> None:
    plain = "Dear Ann Lee,\n\nThank you for your time today.\n\nBest regards,\nSam Patel\n"
    assert email_details(plain) == ([], [])
    notes = parse_notes(notes_from_email(plain))
    assert (notes.interviewer, notes.candidate) == ("Ann Lee", "Sam Patel")
    assert learned_facts(notes) == []


def test_notes_given_with_the_email_are_kept() -> None:
    text = notes_from_email(EMAIL, "Role: data analyst\n")
    assert parse_notes(text).role == "data analyst"
