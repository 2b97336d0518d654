"""`lint/checks/substitution.py`: a word with a better replacement is flagged, with the
replacement as its suggestion, in the case of the word it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import compiled_rule

from followup.errors import RuleFileError
from followup.lint.checks.substitution import SubstitutionRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

PLAIN = """\
id: house.plain
type: substitution
level: suggestion
message: "Use '%r' rather than '%s'."
description: Plain words.
swap:
  utilize: use
  "reach out": write
  "in order to": to
"""


def findings(rule: SubstitutionRule, text: str) -> list[Finding]:
    return run(rule, Document(text), "check-in", CheckContext())


def test_each_word_gets_its_own_replacement(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, PLAIN)
    found = findings(rule, "I will reach out in order to utilize it.")
    assert [(f.match, f.suggestion) for f in found] == [
        ("reach out", "write"),
        ("in order to", "to"),
        ("utilize", "use"),
    ]
    assert found[0].message == "Use 'write' rather than 'reach out'."
    assert (found[0].line, found[0].column) == (1, 8)


def test_the_replacement_keeps_a_capital(tmp_path: Path) -> None:
    (found,) = findings(compiled_rule(tmp_path, PLAIN), "Utilize the tools.")
    assert (found.match, found.suggestion) == ("Utilize", "Use")


@pytest.mark.parametrize(
    "text",
    [
        "I will use the tools.",
        "utilized",  # a longer word
        "reutilize",
        "utilize's",  # an apostrophe joins the word
    ],
)
def test_other_words_pass(tmp_path: Path, text: str) -> None:
    assert findings(compiled_rule(tmp_path, PLAIN), text) == []


def test_without_ignorecase_only_the_exact_case_is_flagged(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, PLAIN + "ignorecase: false\n")
    assert findings(rule, "Utilize the tools.") == []
    assert [f.match for f in findings(rule, "We utilize the tools.")] == ["utilize"]


def test_an_empty_swap_is_refused_by_the_loader(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"rule house\.plain: swap: "):
        compiled_rule(tmp_path, PLAIN.split("swap:")[0] + "swap: {}\n")
