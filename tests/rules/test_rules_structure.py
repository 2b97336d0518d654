"""Placeholders, greeting and sign-off lines, and the reading grade."""

from __future__ import annotations

import re

import pytest
from helpers import check, of_rule

from followup.lint.engine import Ruleset

KINDS = ("thank-you", "check-in", "nudge")


def placeholders(ruleset: Ruleset, text: str, kind: str = "thank-you") -> list[str]:
    return [f.match for f in of_rule(check(ruleset, text, kind), "structure.placeholder")]


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Dear [Interviewer's Name],", "[Interviewer's Name]"),
        ("Dear [Interviewer’s Name],", "[Interviewer’s Name]"),
        ("I enjoyed meeting {company}.", "{company}"),
        ("Thank you, {first_name}.", "{first_name}"),
        ("Dear <NAME>,", "<NAME>"),
        ("Dear <first name>,", "<first name>"),
        ("Best, XX", "XX"),
        ("The salary of XXXX was fine.", "XXXX"),
        ("TODO: add a detail here.", "TODO"),
        ("We start on TBD.", "TBD"),
        ("FIXME", "FIXME"),
        ("I loved learning about [].", "[]"),
    ],
)
def test_placeholder_found(ruleset: Ruleset, text: str, placeholder: str) -> None:
    for kind in KINDS:
        found = of_rule(check(ruleset, text, kind), "structure.placeholder")
        assert [f.match for f in found] == [placeholder]
        assert found[0].level == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Email me at sam@example.com.",
        "Reach me at <sam.patel@example.com> any time.",
        "Sam Patel <sam+jobs@example.co.uk>",
        "Visit https://example.com/portfolio?page=2 for samples.",
        "Dear Ms. Lee, thank you for your time.",
        "We covered Q3 results and the X-ray team.",
        "I worked on the Xbox and the XCode build.",
        "Todo lists and to-do items are fine words.",
        "It was 3 < 4 and 5 > 2 in the test.",
    ],
)
def test_not_a_placeholder(ruleset: Ruleset, text: str) -> None:
    assert placeholders(ruleset, text) == []


def test_every_placeholder_is_reported_with_its_position(ruleset: Ruleset) -> None:
    text = "Dear [Name],\n\nI enjoyed meeting the {team} at [company].\n\n[Your Name]"
    found = of_rule(check(ruleset, text), "structure.placeholder")
    assert [(f.line, f.column, f.match) for f in found] == [
        (1, 6, "[Name]"),
        (3, 23, "{team}"),
        (3, 33, "[company]"),
        (5, 1, "[Your Name]"),
    ]
    assert all(f.end_column == f.column + len(f.match) - 1 for f in found)
    assert "'[Name]'" in found[0].message


# --- greeting and sign-off --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Lee,\nThank you.",
        "Hello Priya,\nThank you.",
        "Hi Sam,\nThank you.",
        "Good afternoon Mr. Grant,\nThank you.",
        "\n\n  Dear Ms. Lee,\nThank you.",
        "Subject: Thank you\n\nDear Ms. Lee,\nThank you.",
    ],
)
def test_greeting_present(ruleset: Ruleset, text: str) -> None:
    assert of_rule(check(ruleset, text), "structure.greeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your time.\nSam",
        "Ms. Lee, thank you for your time.",
        "I wanted to say: Dear me, what a day.",
    ],
)
def test_greeting_missing(ruleset: Ruleset, text: str) -> None:
    (finding,) = of_rule(check(ruleset, text), "structure.greeting")
    assert finding.level == "warning"
    assert finding.suggestion == "Dear Ms. Lee,"


@pytest.mark.parametrize(
    "ending",
    [
        "Best regards,\nSam Patel",
        "Best regards,\nSam Patel\n\n",
        "Thank you,\n Sam",
        "Sincerely,\nMaria de la Cruz",
        "Kind regards,\nBrian O'Neill",
        "Kind regards,\nDr. Helen Marsh",
        "Cheers,\nRavi",
    ],
)
def test_sign_off_with_a_name(ruleset: Ruleset, ending: str) -> None:
    text = f"Dear Ms. Lee,\n\nThank you for your time.\n\n{ending}"
    assert of_rule(check(ruleset, text), "structure.sign-off") == []


@pytest.mark.parametrize(
    "ending",
    [
        "Best regards,",
        "Best regards,\n",
        "I look forward to hearing from you.",
        "Best regards,\nsam patel",
    ],
)
def test_sign_off_missing(ruleset: Ruleset, ending: str) -> None:
    text = f"Dear Ms. Lee,\n\nThank you for your time.\n\n{ending}"
    (finding,) = of_rule(check(ruleset, text), "structure.sign-off")
    assert finding.level == "warning"


# --- readability ------------------------------------------------------------------------------


def test_plain_writing_has_a_low_grade(ruleset: Ruleset) -> None:
    text = "Thank you for your time today. I enjoyed our talk. I am excited about the role."
    findings, stats = ruleset.check(text, "thank-you")
    assert stats.grade <= 14
    assert of_rule(findings, "readability.grade") == []


def test_dense_writing_gets_a_suggestion(ruleset: Ruleset) -> None:
    text = (
        "Notwithstanding considerable organisational heterogeneity, interdisciplinary "
        "collaboration methodologies fundamentally necessitate comprehensive institutional "
        "accommodation of multidimensional professional responsibilities."
    )
    findings, stats = ruleset.check(text, "check-in")
    (finding,) = of_rule(findings, "readability.grade")
    assert stats.grade > 14
    assert finding.level == "suggestion"
    shown = re.search(r"Reading grade (\d+(?:\.\d)?) ", finding.message)
    assert shown is not None
    assert float(shown.group(1)) == stats.grade


def test_grounding_leaves_contracted_pronouns_alone(ruleset: Ruleset) -> None:
    notes = "Interviewer: Priya Shah. Company: Acme."
    text = "Dear Priya Shah, thank you, and I'm glad I'd the chance to meet Acme."
    findings, _ = ruleset.check(text, "thank-you", facts_text=notes, contact_facts=notes)
    assert [f.match for f in findings if f.rule.startswith("grounding.")] == []
