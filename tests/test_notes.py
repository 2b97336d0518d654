"""Parsing interview notes: front matter, labelled lines, flags, and the points drafts use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from followup.notes import InterviewNotes, _cased, parse_notes

EXAMPLES = sorted((REPO_ROOT / "examples" / "notes").iterdir())

FRONT_MATTER = """\
---
candidate: Sam Patel
interviewer: Priya Shah
company: Acme Analytics
role: data analyst
interview_date: 2026-11-24
decision_date: 2026-12-08
kind: check-in
---
- they are moving their reporting from spreadsheets to dbt
- I could help them clean up the weekly revenue reports
"""

LABELLED = """\
Interviewer: James O'Connor
Company: Harbor Freight Logistics
Position: Operations Coordinator
My name: Aisha Rahman
Interview date: 2026-10-02

talked for 45 min about the Newark warehouse and the new second shift.
"""


def test_front_matter_gives_every_fact() -> None:
    notes = parse_notes(FRONT_MATTER)
    assert notes.candidate == "Sam Patel"
    assert notes.interviewer == "Priya Shah"
    assert notes.company == "Acme Analytics"
    assert notes.role == "data analyst"
    assert notes.interview_date == date(2026, 11, 24)
    assert notes.decision_date == date(2026, 12, 8)
    assert notes.kind == "check-in"
    assert "---" not in notes.text
    assert notes.text.startswith("- they are moving")


def test_labelled_lines_give_facts_and_are_not_points() -> None:
    notes = parse_notes(LABELLED)
    assert notes.interviewer == "James O'Connor"
    assert notes.company == "Harbor Freight Logistics"
    assert notes.role == "Operations Coordinator"
    assert notes.candidate == "Aisha Rahman"
    assert notes.interview_date == date(2026, 10, 2)
    assert notes.points == ["talked for 45 min about the Newark warehouse and the new second shift"]


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Interviewed by: Dr. Helen Okafor", "interviewer", "Dr. Helen Okafor"),
        ("hiring manager = Linda Park", "interviewer", "Linda Park"),
        ("- with: Marcus Lee", "interviewer", "Marcus Lee"),
        ("EMPLOYER: Lumen Credit Union", "company", "Lumen Credit Union"),
        ("Job title: Case Manager", "role", "Case Manager"),
        ("from: Keisha Williams", "candidate", "Keisha Williams"),
        ("Kind: nudge", "kind", "nudge"),
    ],
)
def test_label_variants(line: str, field: str, value: str) -> None:
    notes = parse_notes(f"{line}\n- they are opening a second branch\n")
    assert getattr(notes, field) == value


def test_first_labelled_line_wins_and_trailing_punctuation_is_stripped() -> None:
    notes = parse_notes("Interviewer: Ann Lee,\nInterviewer: Bob Stone\n")
    assert notes.interviewer == "Ann Lee"


def test_front_matter_beats_labelled_lines() -> None:
    notes = parse_notes("---\ninterviewer: Ann Lee\n---\nInterviewer: Bob Stone\n- hello there\n")
    assert notes.interviewer == "Ann Lee"


def test_overrides_beat_front_matter_and_labels() -> None:
    overrides: dict[str, str | None] = {
        "interviewer": "Dr. Rivera",
        "company": "Globex",
        "role": "platform engineer",
        "candidate": "Chloé Dubois",
    }
    notes = parse_notes(FRONT_MATTER, overrides)
    assert (notes.interviewer, notes.company, notes.role, notes.candidate) == (
        "Dr. Rivera",
        "Globex",
        "platform engineer",
        "Chloé Dubois",
    )
    labelled = parse_notes(LABELLED, {"interviewer": "Grace Wu"})
    assert labelled.interviewer == "Grace Wu"
    assert labelled.company == "Harbor Freight Logistics"


def test_empty_overrides_change_nothing() -> None:
    notes = parse_notes(FRONT_MATTER, {"interviewer": None, "company": "", "role": None})
    assert notes.interviewer == "Priya Shah"
    assert notes.company == "Acme Analytics"
    assert notes.role == "data analyst"


def test_overrides_fill_in_missing_facts() -> None:
    notes = parse_notes("- they roast their own beans\n", {"interviewer": "Jo", "candidate": "Al"})
    assert notes.interviewer == "Jo"
    assert notes.candidate == "Al"
    assert notes.company is None


@pytest.mark.parametrize(
    "text",
    [
        "---\ncandidate: [Sam Patel\n---\n- hello there\n",
        "---\ninterviewer: Ann: Lee: x\n  bad: indent\n---\n",
        "---\ncandidate: {a: 1\n---\n",
    ],
)
def test_malformed_front_matter_is_read_as_text_and_reported(text: str) -> None:
    """People write front matter YAML refuses (`decision: "by 24 October" (Elif)`): its lines
    are read as the notes' own, and `followup notes` says so; no bracket becomes a name."""
    notes = parse_notes(text)
    assert notes.facts is not None
    assert any("front matter: not valid YAML" in line for line in notes.facts.refused)
    assert not any(c in str(notes.candidate) + str(notes.interviewer) for c in "[{")


def test_unknown_front_matter_key_is_ignored_and_reported() -> None:
    """People keep their own keys in front matter (status, salary): not a reason to refuse."""
    notes = parse_notes("---\ninterviewer: Ann Lee\nsalary: lots\n---\n- hello there\n")
    assert notes.interviewer == "Ann Lee"
    assert notes.facts is not None
    assert "front matter: ignored the unknown key 'salary'" in notes.facts.refused


def test_front_matter_aliases_are_read_like_labels() -> None:
    notes = parse_notes("---\nposition: Line Cook\ndate: 2026-11-20\n---\n- hello there\n")
    assert notes.role == "Line Cook"
    assert notes.interview_date == date(2026, 11, 20)


@pytest.mark.parametrize("key", ["institution", "company", "institute"])
def test_a_front_matter_employer_is_named_without_its_town(key: str) -> None:
    """`institution: Instytut ... PAN, Kraków`: the employer, as a labelled line's is kept."""
    notes = parse_notes(f"---\n{key}: Instytut Fizyki Gleby PAN, Kraków\n---\n- hello there\n")
    assert notes.company == "Instytut Fizyki Gleby PAN"


@pytest.mark.parametrize("key", ["hr_contact", "recruiter", "HR contact"])
def test_a_front_matter_contact_is_not_the_interviewer(key: str) -> None:
    """`hr_contact:` names who booked the interview; the text says who held it."""
    notes = parse_notes(
        f"---\n{key}: Ms. Kavita Deshpande\n---\n"
        "Final round with Mr. Rajesh Iyer, Chief Risk Officer.\n"
    )
    assert notes.interviewer == "Mr. Rajesh Iyer"
    assert notes.facts is not None
    assert any("names a contact, not the interviewer" in r for r in notes.facts.refused)


def test_a_front_matter_interviewer_key_still_names_the_interviewer() -> None:
    notes = parse_notes("---\nhiring_manager: Ms. Kavita Deshpande\n---\n- hello there\n")
    assert notes.interviewer == "Ms. Kavita Deshpande"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Interview notes - Dietitian (Paediatrics)", "Dietitian (Paediatrics)"),
        ("Interview - PhD position, Wiśniewski Lab", None),  # more than a job: the text says
        # the job, then where it is after a comma
        ("Interview – Mill Process Engineer, Sg. Kerang POM", "Mill Process Engineer"),
        ("Interview debrief", None),
        ("面試 Kanglin clinic", None),  # "interview" in Chinese: the notes' own title
        ("entrevista Bodega Sur", None),
    ],
)
def test_a_front_matter_title_that_names_the_notes_then_the_job(
    title: str, role: str | None
) -> None:
    notes = parse_notes(f"---\ntitle: {title}\n---\n- hello there\n")
    assert notes.role == role


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("面试记录 Yunling Edible Fungi", "Yunling Edible Fungi"),
        ("Interview notes - Kestrel Studios", "Kestrel Studios"),
        ("entrevista Bodega Sur", "Bodega Sur"),
        ("Pohovor – Chmelařství Žatec Sever", "Chmelařství Žatec Sever"),  # a capital Ž
        ("Interview notes - Dietitian (Paediatrics)", None),  # the job
        ("Interview - PhD position, Wiśniewski Lab", None),
        ("Interview debrief", None),
        ("Stage 2 interview", None),
        # a job and a name cut by a dash: not one name run together ("Pentester Numidia ...")
        ("Entretien Pentester – Kabylie CyberSec", None),
    ],
)
def test_a_front_matter_title_that_names_the_notes_then_the_employer(
    title: str, company: str | None
) -> None:
    notes = parse_notes(f"---\ntitle: {title}\n---\n- hello there\n")
    assert notes.company == company


def test_a_front_matter_title_naming_a_person_gives_no_employer() -> None:
    notes = parse_notes(
        "---\ntitle: Interview Ana Ruiz\n---\nMet Ana Ruiz, the store manager. She decides.\n"
    )
    assert notes.company is None


@pytest.mark.parametrize("key", ["text", "points"])
def test_front_matter_cannot_set_the_parsed_fields(key: str) -> None:
    notes = parse_notes(f"---\n{key}: 5\n---\n- hello there\n")
    assert notes.text == "- hello there"
    assert notes.points == []  # "hello there" is two words: too short to be a point


@pytest.mark.parametrize("value", ["[1, 2]", "2026", "after Eid", "{day: 3}"])
def test_a_front_matter_date_that_is_no_date_is_reported_and_read_from_the_text(
    value: str,
) -> None:
    """A pasted note's odd date field does not stop the draft: the date in the text stands."""
    notes = parse_notes(f"---\ndecision_date: {value}\n---\nThey will decide by 20 March 2026.\n")
    assert notes.decision_date == date(2026, 3, 20)
    assert notes.facts is not None
    assert any(r.startswith("front matter: decision_date") for r in notes.facts.refused)


def test_free_form_date_is_not_a_fact_and_not_an_error() -> None:
    notes = parse_notes("Date: last Tuesday\nInterviewer: Ann Lee\n")
    assert notes.interview_date is None
    assert "last Tuesday" in notes.facts_text()


def test_no_names_means_none_never_a_guess() -> None:
    notes = parse_notes("Talked with the hiring manager about the new warehouse in Newark.\n")
    assert notes.interviewer is None
    assert notes.candidate is None


def test_empty_notes() -> None:
    notes = parse_notes("")
    assert notes.model_copy(update={"facts": None}) == InterviewNotes()
    assert notes.learned_points == []
    assert notes.contribution_points == []


def test_points_from_bullets_of_every_style() -> None:
    notes = parse_notes(
        "- dash point here\n* star point here\n• dot point here\n1. numbered point here\n"
        "2) other numbered point\n- x\n\nplain line of text\n"
    )
    assert notes.points == [
        "dash point here",
        "star point here",
        "dot point here",
        "numbered point here",
        "other numbered point",
        "plain line of text",
    ]


def test_long_paragraph_is_split_into_sentences() -> None:
    sentences = [
        "They just opened a second shift and scheduling is done by hand in a spreadsheet.",
        "He explained they are planning to pilot a route planning tool next quarter.",
        "He liked that I had run inventory counts at my last job.",
        "I could help with the shift scheduling since I built a rota template before.",
    ]
    notes = parse_notes("Interviewer: James O'Connor\n" + " ".join(sentences) + "\n")
    assert len(notes.points) == len(sentences)
    for point, sentence in zip(notes.points, sentences, strict=True):
        assert sentence.startswith(point)
        assert not point.endswith(".")


def test_learned_and_contribution_points() -> None:
    notes = parse_notes(
        "- on-call is 1 wk in 6\n"
        "- they are migrating from a monolith to Go services\n"
        "- I could help them with the reconciliation jobs\n"
        "- my experience with event sourcing would fit\n"
        "- she told me the team is growing and the product launch is in May\n"
    )
    learned = notes.learned_points
    contribution = notes.contribution_points
    assert set(learned) <= set(notes.points)
    assert contribution == [
        "I could help them with the reconciliation jobs",
        "my experience with event sourcing would fit",
    ]
    assert not set(contribution) & set(learned)
    # the point with the most to say about the team comes first; a point with no cue is left out
    assert learned[0] == "she told me the team is growing and the product launch is in May"
    assert "they are migrating from a monolith to Go services" in learned
    assert "on-call is 1 wk in 6" not in learned


def test_learned_points_fall_back_to_any_non_contribution_point() -> None:
    notes = parse_notes("- on-call is 1 wk in 6\n- I could help them with the reports\n")
    assert notes.learned_points == ["on-call is 1 wk in 6"]
    assert notes.contribution_points == ["I could help them with the reports"]


def test_facts_text_holds_every_fact() -> None:
    notes = parse_notes(FRONT_MATTER)
    facts = notes.facts_text()
    for value in ("Sam Patel", "Priya Shah", "Acme Analytics", "data analyst", "dbt"):
        assert value in facts
    assert "2026-11-24" in facts
    assert "November 24" in facts
    assert "December 8" in facts


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_names_both_people(path: Path) -> None:
    notes = parse_notes(path.read_text(encoding="utf-8"))
    assert notes.interviewer
    assert notes.candidate
    assert notes.points
    assert notes.kind in (None, "thank-you", "check-in", "nudge")


def test_examples_are_many_and_varied() -> None:
    assert len(EXAMPLES) >= 15
    parsed = [parse_notes(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    with_front_matter = sum(t.startswith("---\n") for t in texts)
    assert 3 <= with_front_matter < len(texts)
    kinds = {n.kind for n in parsed}
    assert {"check-in", "nudge"} <= kinds
    assert len({n.company for n in parsed}) == len(parsed)


def test_a_blank_flag_says_nothing() -> None:
    notes = parse_notes("Interview with Ms. Ann Lee at Acme Ltd.", {"interviewer": "   "})
    assert (notes.interviewer, notes.company) == ("Ms. Ann Lee", "Acme Ltd")


def test_a_front_matter_panel_keeps_the_name_the_addressee_asked_for() -> None:
    notes = parse_notes(
        "---\nrole: Lactation Consultant\npanel:\n  - Aroha Ngata (Clinical Lead)\n"
        '  - Dr Hannah Brierley (GP)\n---\n\nAroha did most of it. "kia ora, call me Aroha, '
        'everyone does".\n'
    )
    assert notes.interviewer == "Aroha Ngata"
    assert notes.addressed_as == "Aroha"


def test_an_employer_and_a_role_written_in_lower_case_are_named_in_title_case() -> None:
    notes = parse_notes(
        "motor city screenworks — press operator 2nd shift — talked w/ andre (owner) tues\n"
        "- most orders are band merch\nthank andre. -keisha\n"
    )
    assert (notes.company, notes.role) == ("Motor City Screenworks", "Press Operator")
    assert _cased("kurabito (brewery worker)") == "Kurabito (Brewery Worker)"
    assert _cased("laguna taxi soc. coop.") == "Laguna Taxi soc. coop."
    kept = parse_notes("Interviewer: Ana Ruiz\nCompany: deVries Bakery\nRole: head of data\n")
    assert (kept.company, kept.role) == ("deVries Bakery", "head of data")  # as labelled


def test_the_addressee_never_signs_the_email() -> None:
    notes = (
        "Interview today at Fernway Lodge with Dr. Ana Lopes.\nShe runs the lodge.\n\nAna Lopes\n"
    )
    given = parse_notes(notes, overrides={"interviewer": "Ana Lopes"})
    assert given.interviewer_full == "Ana Lopes"
    assert given.candidate is None  # asked for, not signed with the reader's name
    # a sender the user gives stands, whatever it is
    both = parse_notes(notes, overrides={"interviewer": "Ana Lopes", "candidate": "Ana Lopes"})
    assert both.candidate == "Ana Lopes"
    # another person's signature stays
    other = parse_notes(notes.replace("\nAna Lopes\n", "\nTom Ruiz\n"))
    assert other.candidate == "Tom Ruiz"


def test_the_interviewer_chosen_by_flag_is_greeted_as_the_notes_ask() -> None:
    """`--to` (or a number chosen when asked) picks who; what the notes say of that person
    still decides the greeting: the form they write, the name they asked for."""
    panel = (
        "Panel:\nDr. S. Kumar, Medical Director\nSister Mary Joseph, Nursing Superintendent\n\n"
        "- 90 cataract surgeries a day\n\nAnitha Raj\n"
    )
    chosen = parse_notes(panel, overrides={"interviewer": "Mary Joseph"})
    assert chosen.addressed_as == "Sister Joseph"
    assert chosen.others == []
    # a flag's own honorific is the user's choice of form
    formal = parse_notes(panel, overrides={"interviewer": "Ms. Mary Joseph"})
    assert formal.addressed_as == "Ms. Joseph"
    asked = (
        "Board: Rory Byrne (Regional Manager), Aoife Walsh (Senior Tester).\n"
        'At the end Rory said: "write to me any time, and it\'s Rory please".\n'
        "- 45 tests a week\n\nSiobhan Cronin\n"
    )
    assert parse_notes(asked, overrides={"interviewer": "Rory Byrne"}).addressed_as == "Rory"


@pytest.mark.parametrize("value", ["Liv Haugen", "Liv Haugen, Head of Service"])
def test_a_front_matter_contact_that_is_a_person_is_the_interviewer(value: str) -> None:
    notes = parse_notes(
        f"---\ncompany: Glidelab AS\ncontact: {value}\n---\n\n"
        "Tor Rye (CEO) was there for 20 minutes. Per Lund, the chemist, did the test.\n"
    )
    assert (notes.interviewer, notes.contact) == ("Liv Haugen", None)


def test_a_front_matter_contact_that_is_an_address_stays_the_contact() -> None:
    notes = parse_notes("---\ncontact: sam@example.com\n---\n\nMet Tor Rye (CEO).\n")
    assert (notes.interviewer, notes.contact) == ("Tor Rye", "sam@example.com")


def test_a_front_matter_panel_keeps_the_given_names_the_addressee_asked_for() -> None:
    notes = parse_notes(
        "---\ntitle: Nordic Council – senior adviser\ninterviewers:\n"
        "  - Anna Maria Olsen (director)\n  - Per Eira (adviser)\n---\n\n"
        "Interview for senior adviser.\n\nAnna Maria leads the department, she decides. She "
        'said "just Anna Maria, we don\'t do titles here" and that I should write to her.\n\n'
        "- Ingrid Lund\n"
    )
    assert notes.interviewer == "Anna Maria Olsen"
    assert notes.addressed_as == "Anna Maria"


@pytest.mark.parametrize(
    ("line", "full", "greeting"),
    [
        # a nickname in quotes inside a name is what friends call them: a letter writes the name
        ('Interview with Katrina "Kat" Villanueva, the store manager, for the Cashier job.',
         "Katrina Villanueva", "Katrina Villanueva"),
        ("Interviewer: Robert “Bobby” Nguyen", "Robert Nguyen", "Robert Nguyen"),
        ('Interviewer: Mrs. Josephine "Jo" Ramos-Cabrera', "Mrs. Josephine Ramos-Cabrera",
         "Mrs. Ramos-Cabrera"),
    ],
)  # fmt: skip
def test_a_nickname_in_quotes_is_not_written_in_the_addressees_name(
    line: str, full: str, greeting: str
) -> None:
    notes = parse_notes(f"{line}\nMe: Ana Ruiz\n")
    assert (notes.interviewer, notes.addressed_as) == (full, greeting)


def test_a_nickname_the_addressee_asked_for_is_still_the_greeting() -> None:
    # "call me Kat": the greeting she asked for, her name in full without it
    notes = parse_notes('Met Katrina "Kat" Villanueva today, she said call me Kat.\nMe: Ana Ruiz\n')
    assert (notes.interviewer, notes.addressed_as) == ("Katrina Villanueva", "Kat")


def test_names_in_another_script_are_written_as_the_notes_spell_them_in_latin_letters() -> None:
    # (held-out 60, seen: paraphrased) the email is in English: the Latin spelling the notes
    # give in brackets, for the addressee and the sender
    notes = parse_notes(
        "кто был:\n"
        "— Ольга Петровна Ким (Olga Petrovna Kim), head of costume shop. She decide.\n"
        "— Глеб, director\n\nwhat I learned:\n- the theatre does 9 premieres per season\n\n"
        "Ирина Белова (Irina Belova)\n"
    )
    assert (notes.interviewer, notes.candidate) == ("Olga Petrovna Kim", "Irina Belova")


def test_a_name_in_another_script_without_a_latin_spelling_stays_as_written() -> None:
    # (guard) no bracket of Latin letters: the name as the notes write it
    notes = parse_notes("Interviewer: Ольга Ким (директор)\nMe: Ирина Белова\n")
    assert (notes.interviewer, notes.candidate) == ("Ольга Ким", "Ирина Белова")


def test_an_employer_named_in_two_scripts_is_written_in_latin_letters() -> None:
    # (held-out 60, seen: paraphrased) "Zora Foundation / Фондация „Зора“": the English side
    notes = parse_notes("Company: Zora Foundation / Фондация „Зора“\nInterviewer: Ms. Ana Lis\n")
    assert notes.company == "Zora Foundation"


@pytest.mark.parametrize(
    ("line", "role"),
    [
        # (held-out 60, seen: paraphrased) the plus of a note said in words
        ("Role: crew foreman for planting + weeding, April-November",
         "crew foreman for planting and weeding"),
        # what the job covers after a long dash, and whom it is for after its glossed name
        ("## Vaga\nContador (accountant) for the cooperative — shop, mill and the farm, all the "
         "books\n\n## Quem\nSr. Rui Lopes, he decides.", "Contador (accountant)"),
    ],
)  # fmt: skip
def test_a_labelled_job_is_written_as_a_letter_names_it(line: str, role: str) -> None:
    assert parse_notes(f"{line}\n\nsign: Ana Paz\n").role == role
