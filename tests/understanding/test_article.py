"""Whether an employer's name takes "the" in a sentence of the draft."""

from __future__ import annotations

import pytest

from followup.notes import parse_notes
from followup.understanding.article import in_prose, takes_the


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Supreme Court", "the Supreme Court"),
        ("University of Tartu", "the University of Tartu"),
        ("Ministry of Fisheries", "the Ministry of Fisheries"),
        ("Royal Infirmary", "the Royal Infirmary"),
        ("National Library of Wales", "the National Library of Wales"),
        # names of their own
        ("Fromagerie Lecornu", "Fromagerie Lecornu"),
        ("Royal Mail", "Royal Mail"),
        ("National Grid", "National Grid"),
        ("Atelier Van Damme", "Atelier Van Damme"),
        ("The Ritz", "The Ritz"),
        # (held-out 59, seen: paraphrased) a body whose name ends on what it is, its acronym
        # or field after it
        ("Baltic Marine Sciences Institute (BMSI)", "the Baltic Marine Sciences Institute (BMSI)"),
        ("KNB Division of Economic Statistics", "the KNB Division of Economic Statistics"),
        ("Wellcome Trust", "the Wellcome Trust"),
        ("Lakeland Adult Literacy Council", "the Lakeland Adult Literacy Council"),
        # (guards) a university's, a hospital's, a firm's that holds such a word
        ("Stanford University", "Stanford University"),
        ("Boston Children's Hospital", "Boston Children's Hospital"),
        ("Acme Foundation Repair LLC", "Acme Foundation Repair LLC"),
        ("Institute", "Institute"),
    ],
)
def test_a_public_body_named_by_what_it_is_takes_the(name: str, said: str) -> None:
    assert in_prose(name) == said
    assert takes_the(name) is (said != name)


def test_the_draft_says_the_employer_with_its_article() -> None:
    notes = parse_notes(
        "Interviewer: Ms Dana Kirk\nCompany: Supreme Court\nRole: Jury Officer\n"
        "Candidate: Bea Ash\n- a new online jury portal launching in 2026\n"
    )
    assert notes.company == "Supreme Court"
    assert notes.company_in_prose == "the Supreme Court"
