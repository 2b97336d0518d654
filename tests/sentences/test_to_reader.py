"""sentences/to_reader.py: each check with sentences that pass and that fail (some found by a
reader in accepted drafts, issue 12)."""

from __future__ import annotations

import pytest
from sentence_examples import FACT, GOOD, NOTES, READER

from followup.notes import parse_notes
from followup.sentences import Reader, reader_of
from followup.sentences.checks import (
    addressed,
    job_not_theirs,
    named_elsewhere,
    names_someone,
    wrong_owner,
)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I was impressed to see how they do small group instruction.", "they"),
        ("I enjoyed learning about their move to dbt.", "their"),
        ("I was glad to hear that she leads the analytics team.", "she"),
    ],
)
def test_third_person_for_the_reader_fails(sentence: str, word: str) -> None:
    assert addressed(sentence, READER) == (
        f"speak to the reader as 'you' or 'your team', not '{word}'"
    )


@pytest.mark.parametrize("name", ["Priya", "Shah"])
def test_the_readers_own_name_fails(name: str) -> None:
    sentence = f"I enjoyed hearing that {name} leads the analytics team."
    assert addressed(sentence, READER) == f"do not name the reader ('{name}'): write 'you'"


def test_a_thing_of_you_fails_where_your_thing_is_meant() -> None:
    # held-out 41 (seen): the reader's name swapped for "you" in its place
    sentence = "I was glad to learn that your team plays only the arrangements of you."
    assert addressed(sentence, READER) == "write 'your arrangements', not 'arrangements of you'"
    assert addressed("I was glad to hear that some of you ride to work.", READER) is None
    assert addressed("I was glad to hear about the long road ahead of you.", READER) is None


def test_titles_are_not_names() -> None:
    reader = Reader("Interviewer: Dr. Helen Okafor", "Dr. Helen Okafor")
    assert reader.name_words == {"helen", "okafor"}
    assert addressed("I enjoyed learning that you run the wards with Dr. Lee.", reader) is None


def test_speaking_to_the_reader_passes() -> None:
    assert addressed(GOOD, READER) is None
    assert addressed("I was glad to hear that you lead the analytics team.", READER) is None


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "I would be thrilled to bring my diary study experience to your banking app project.",
            "I could bring my diary study experience from the banking app project",
        ),
        (
            "I was happy to learn that your hotel group redesigns the menu system.",
            "they're redesigning the menu system for a hotel group, 12 properties",
        ),
        (
            "I loved learning that your farmers collect soil sensor readings.",
            "they collect soil sensor readings from 300 farms",
        ),
        (
            "I would love to help your team with the rebuild and have your own portfolio link.",
            "I could help them with the tutorial rebuild, gonna send my portfolio link",
        ),
        (  # what the candidate did, after "I ... the"
            "I would love to help with your new school shows in Messina.",
            "the new person would help with this, because I did the school shows in Messina",
        ),
    ],
)
def test_your_for_what_is_not_the_readers_fails(sentence: str, fact: str) -> None:
    problem = wrong_owner(sentence, fact)
    assert problem is not None and problem.endswith("is not the reader's")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "I loved to learn that your oat snack line launches in the autumn.",
            "they are launching a new line of oat snacks in the autumn",
        ),
        (
            "I enjoyed learning that your credit union gives staff paid volunteer days.",
            "David explained the credit union gives staff paid volunteer days",
        ),
        (
            "I loved to learn that your beans roast in the back.",
            "they roast their own beans in the back",
        ),
        (GOOD, FACT),
        (  # "I" far before "the": the reader's own
            "I was glad to hear that your school programme starts in May.",
            "I heard that after the summer the school programme starts in May",
        ),
        (  # "I learned the ...": what the reader's side does
            "I enjoyed learning that your team runs three shifts.",
            "I learned the team runs three shifts",
        ),
    ],
)
def test_your_for_the_readers_own_passes(sentence: str, fact: str) -> None:
    assert wrong_owner(sentence, fact) is None


def test_a_sentence_naming_the_candidates_old_employer_fails() -> None:
    reader = Reader(NOTES, "Priya Shah", elsewhere=("harland & co", "uwa"))
    bad = "I would be glad to help you bring your developer work to Harland & Co."
    assert named_elsewhere(bad, reader) is not None
    assert named_elsewhere("I would love to bring my mapping to your UWA team.", reader)
    assert named_elsewhere(GOOD, reader) is None
    assert named_elsewhere("I would love to help with the drawings.", Reader(NOTES)) is None


def test_the_notes_tie_the_old_employer_to_the_candidate() -> None:
    notes = parse_notes(
        "Interviewer: Dana Fox\nCompany: Pennock Hale\n- 600 completions a year\n"
        "- she asked about my 3 years at Harland & Co\nFfion Jones\n"
    )
    assert notes.facts is not None and "harland & co" in notes.facts.elsewhere
    spent = parse_notes(
        "Interviewer: Sid Rao\n- two rigs running\n- he asked about the two years I spent at "
        "Kalgoorlie Core Services\nRuby Lee\n"
    )
    assert spent.facts is not None and "kalgoorlie core services" in spent.facts.elsewhere
    assert named_elsewhere("I would help bring it to Harland & Co.", reader_of(notes))


OWN_DETAIL = [
    ("I enjoyed learning that your 85 staff, 2 offices (Leeds + Harrogate) are my team.", False),
    (
        "I loved learning that your team is implementing Kyriba TMS, go-live in March, and I am "
        "excited to have you here to test it.",
        False,
    ),
    ("I loved to learn about the plant tour with my shift supervisor, Gaz.", False),
    ("I enjoyed learning that your team is moving its reporting to dbt.", True),
    ("I was glad to hear how your nurses rotate through haematology and biochemistry.", True),
]


@pytest.mark.parametrize(("sentence", "ok"), OWN_DETAIL)
def test_a_learned_detail_speaks_of_the_readers_side(sentence: str, ok: bool) -> None:
    from followup.lint.engine import Ruleset
    from followup.sentences import judge
    from followup.sentences.checks import detail_about_reader

    assert (detail_about_reader(sentence) is None) == ok
    notes = parse_notes("Interviewer: Ann Lee\nCandidate: Sam Roe\n- they run 3 sites\n")
    verdict = judge(
        sentence,
        "they run 3 sites",
        notes,
        "thank-you",
        Ruleset.load(),
        element_rule="elements.learned",
    )
    assert ("check.detail_about_reader" in verdict.reasons) == (not ok)
    offer = judge(
        sentence,
        "they run 3 sites",
        notes,
        "thank-you",
        Ruleset.load(),
        element_rule="elements.enthusiasm",
    )
    assert "check.detail_about_reader" not in offer.reasons  # an offer speaks of the candidate


def test_a_model_sentence_names_nobody_else() -> None:
    notes = parse_notes(
        "Interviewer: Graham Whitlock, Construction Director\nCompany: Whitlock Homes\n"
        "Role: Site Manager\nMe: Tom Harper\n"
        "Also there: Priti Shah, the Build Manager, who did the H&S questions.\n"
        "- Meadow Rise is 86 timber-frame homes\n"
    )
    reader = reader_of(notes)
    named = "I loved learning that your construction director (Priti Shah) is the build manager."
    assert names_someone(named, reader) == "do not name 'Priti': write about the team or the work"
    plain = "I loved learning that Meadow Rise is 86 timber-frame homes."
    assert names_someone(plain, reader) is None
    # nor the writer themself
    own = "I loved to learn about the Tom, your team builds 86 timber-frame homes."
    assert names_someone(own, reader) == "do not name 'Tom': write about the team or the work"


def test_a_possessive_name_is_a_name() -> None:
    reader = Reader(source="", interviewer="Alex Tremayne", others=("Nadia Okwu",))
    assert names_someone("I would love to help with your Nadia's measurement.", reader)


@pytest.mark.parametrize(
    ("sentence", "company", "ok"),
    [
        # dev 54: a public body beside the employer made the reader's
        (
            "I loved learning that your government gives only 8 permits.",
            "Gansbaai Shark Tours",
            False,
        ),
        ("I enjoyed learning that your region pays for home care.", None, False),
        # the employer's own name holds the word
        (
            "I enjoyed learning that your county collects 40% of its revenue by phone.",
            "County Government of Isiolo",
            True,
        ),
        (
            "I loved learning that the government gives only 8 permits.",
            "Gansbaai Shark Tours",
            True,
        ),
    ],
)
def test_a_public_body_is_not_the_readers(sentence: str, company: str | None, ok: bool) -> None:
    from followup.sentences.checks import named_problems

    reader = Reader(source="notes", interviewer="Ms. Ruiz", company=company)
    assert ("check.public_body" not in dict(named_problems(sentence, "fact", reader))) is ok


@pytest.mark.parametrize(
    ("sentence", "role", "ok"),
    [
        # the notes told what the job does: the candidate's future job is nobody of the reader's
        (
            "I loved learning that your supervisor handles 16 workers per shift.",
            "Kiln Shift Supervisor",
            False,
        ),
        ("I enjoyed learning that your shift lead has 12 operators.", "Shift Lead", False),
        (
            "I enjoyed learning that the supervisor handles 16 workers per shift.",
            "Kiln Shift Supervisor",
            True,
        ),
        # the staff there now, in the plural
        (
            "I enjoyed learning that your supervisors handle 16 workers each.",
            "Kiln Shift Supervisor",
            True,
        ),
        # a title that ends on where the job is worked, not on a person
        (
            "I loved learning that your evening shift is 60 people.",
            "Shift Manager evening shift",
            True,
        ),
        ("I loved learning that your lab runs 24/7 in 3 shifts.", "Analista de Lab", True),
        # no job known
        ("I loved learning that your supervisor handles 16 workers per shift.", None, True),
    ],
)
def test_the_job_applied_for_is_not_the_readers(sentence: str, role: str | None, ok: bool) -> None:
    assert (job_not_theirs(sentence, Reader(source="", role=role)) is None) is ok
