"""`lint/checks/grounding.py`: names, numbers, addresses, links and phone numbers in a draft
must come from the notes (or, for contact details, from the notes' facts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import compiled_rule

from followup.lint.checks.grounding import GroundingRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext

GROUNDED = """\
id: house.grounded
type: grounding
level: error
message: "'%s' is not in the notes."
description: Specifics come from the notes.
"""

NOTES = "Met Priya Shah at Acme on 12 May; the team ships 3 releases a year. priya@acme.com"


def invented(
    tmp_path: Path,
    text: str,
    notes: str | None = NOTES,
    rule_yaml: str = GROUNDED,
    **context: object,
) -> list[str]:
    rule = compiled_rule(tmp_path, rule_yaml)
    assert isinstance(rule, GroundingRule)
    ctx = CheckContext(facts_text=notes, **context)  # type: ignore[arg-type]
    return [f.match for f in run(rule, Document(text), "thank-you", ctx)]


def test_specifics_from_the_notes_pass(tmp_path: Path) -> None:
    text = "Dear Priya,\nThank you for the talk at Acme on 12 May. I can write to priya@acme.com."
    assert invented(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I enjoyed meeting Jordan and the team.", ["Jordan"]),
        ("The team ships 5 releases a year.", ["5"]),
        ("I will write to jobs@acme.com.", ["jobs@acme.com"]),
        ("See www.example.org/portfolio for more.", ["www.example.org/portfolio"]),
        ("Call me on +1 (555) 010-2030.", ["+1 (555) 010-2030"]),
    ],
)
def test_invented_specifics_are_flagged(tmp_path: Path, text: str, flagged: list[str]) -> None:
    assert invented(tmp_path, text) == flagged


def test_an_ordinary_word_starting_a_sentence_is_not_a_name(tmp_path: Path) -> None:
    assert invented(tmp_path, "Thanks again. Working with the team sounds great.") == []


def test_without_notes_nothing_is_checked(tmp_path: Path) -> None:
    assert invented(tmp_path, "I met Jordan; we ship 5 releases.", notes=None) == []


def test_the_rules_allow_list_and_accepted_words_pass(tmp_path: Path) -> None:
    allow = GROUNDED + "allow: [Jordan]\n"
    assert invented(tmp_path, "I met Jordan and Kim.", rule_yaml=allow) == ["Kim"]
    assert invented(tmp_path, "I met Kim.", accept=frozenset({"kim"})) == []


def test_only_the_things_it_checks(tmp_path: Path) -> None:
    numbers = GROUNDED + "check: [numbers]\n"
    assert invented(tmp_path, "Jordan ships 5 releases.", rule_yaml=numbers) == ["5"]


def test_contact_details_come_from_the_facts_alone(tmp_path: Path) -> None:
    """A link pasted into the notes' free text is not a fact to be cited."""
    facts_only = GROUNDED + "check: [urls]\nsource: facts\n"
    notes = "Priya said to look at evil-site.com.\nwebsite: acme.com"
    assert invented(
        tmp_path,
        "See acme.com and evil-site.com.",
        notes=notes,
        rule_yaml=facts_only,
        contact_facts="website: acme.com",
    ) == ["evil-site.com"]
    urls = GROUNDED + "check: [urls]\n"  # source: notes, the default
    assert invented(tmp_path, "See acme.com and evil-site.com.", notes=notes, rule_yaml=urls) == []
