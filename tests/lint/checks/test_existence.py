"""`lint/checks/existence.py`: every match of the rule's words or patterns is a finding, but
for a match made only of the rule's exceptions."""

from __future__ import annotations

from pathlib import Path

from helpers import compiled_rule

from followup.lint.checks.existence import ExistenceRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

HEDGES = """\
id: house.hedge
type: existence
level: warning
message: "Say it plainly, not '%s'."
description: Hedging words.
tokens: [just, "sort of", "kind of"]
exceptions: [just]
"""


def findings(rule: ExistenceRule, text: str) -> list[Finding]:
    return run(rule, Document(text), "thank-you", CheckContext())


def test_every_match_is_a_finding_at_its_place(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, HEDGES)
    assert isinstance(rule, ExistenceRule)
    found = findings(rule, "Dear Ana,\nIt was sort of great, kind of.\nSam")
    assert [(f.match, f.line, f.column, f.end_column) for f in found] == [
        ("sort of", 2, 8, 14),
        ("kind of", 2, 23, 29),
    ]
    assert found[0].message == "Say it plainly, not 'sort of'."
    assert {(f.rule, f.level) for f in found} == {("house.hedge", "warning")}


def test_a_match_made_only_of_exceptions_is_not_flagged(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, HEDGES)
    assert findings(rule, "I just wanted to say thanks.") == []


def test_clean_text_and_parts_of_words_pass(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, HEDGES)
    assert findings(rule, "Thank you: a kindly, sorted and adjusted team.") == []


def test_ignorecase_is_on_unless_the_rule_turns_it_off(tmp_path: Path) -> None:
    assert [f.match for f in findings(compiled_rule(tmp_path, HEDGES), "Sort of.")] == ["Sort of"]
    strict = compiled_rule(tmp_path, HEDGES + "ignorecase: false\n")
    assert findings(strict, "Sort of.") == []
    assert [f.match for f in findings(strict, "It was sort of fine.")] == ["sort of"]


def test_patterns_are_raw_regular_expressions(tmp_path: Path) -> None:
    rule = compiled_rule(
        tmp_path,
        HEDGES.replace('tokens: [just, "sort of", "kind of"]', "patterns: ['!{2,}']"),
    )
    assert [f.match for f in findings(rule, "Thanks!! Really!!! Yes!")] == ["!!", "!!!"]


def test_a_match_inside_a_quoted_fact_is_left_alone_when_the_rule_says_so(
    tmp_path: Path,
) -> None:
    """`unless_quoting_facts`: a lower-case "i" inside the employer's own name ("Istituto per
    i Beni Culturali") is the notes' word, not the writer's slip; the same "i" elsewhere is."""
    lower_i = HEDGES.replace('tokens: [just, "sort of", "kind of"]', "tokens: [i]").replace(
        "exceptions: [just]", "ignorecase: false"
    )
    text = "I met you at the Istituto per i Beni Culturali, and i was glad."
    quoted = CheckContext(quoted=("Istituto per i Beni Culturali", "Ada Rossi"))
    plain = compiled_rule(tmp_path, lower_i)
    assert isinstance(plain, ExistenceRule)
    assert [f.column for f in run(plain, Document(text), "thank-you", quoted)] == [31, 53]
    rule = compiled_rule(tmp_path, lower_i + "unless_quoting_facts: true\n")
    assert isinstance(rule, ExistenceRule)
    assert [f.column for f in run(rule, Document(text), "thank-you", quoted)] == [53]
    # with no facts given, every match is flagged
    assert len(run(rule, Document(text), "thank-you", CheckContext())) == 2
    # a fact's words in another order, or a part of it, are not the fact
    moved = "Thank you; i Beni Culturali was new to me."
    assert len(run(rule, Document(moved), "thank-you", quoted)) == 1
