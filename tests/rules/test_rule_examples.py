"""Every rule carries its own pass and fail examples; run each one against the real checker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from helpers import RULES_DIR, check, of_rule

from followup.lint.engine import Ruleset
from followup.lint.loader import load_rule_file
from followup.lint.specs import ExampleCase, RuleSpec
from followup.notes import parse_notes

RULE_FILES = sorted(RULES_DIR.glob("*.yaml"))
RULES: list[RuleSpec] = [rule for path in RULE_FILES for rule in load_rule_file(path)]


@dataclass(frozen=True)
class Case:
    rule_id: str
    expect_pass: bool
    text: str
    kind: str
    notes: str | None


def _cases() -> list[Any]:
    params = []
    for rule in RULES:
        for expect_pass, items in ((True, rule.examples.passing), (False, rule.examples.failing)):
            for i, item in enumerate(items):
                case = (
                    Case(rule.id, expect_pass, item.text, item.kind or rule.kinds[0], item.notes)
                    if isinstance(item, ExampleCase)
                    else Case(rule.id, expect_pass, item, rule.kinds[0], None)
                )
                label = "pass" if expect_pass else "fail"
                params.append(pytest.param(case, id=f"{rule.id}-{label}-{i}"))
    return params


CASES = _cases()


def test_rule_files_found() -> None:
    assert len(RULE_FILES) >= 5
    assert len(RULES) >= 20


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_has_pass_and_fail_examples(rule: RuleSpec) -> None:
    assert rule.examples.passing, f"{rule.id} has no 'pass' example"
    assert rule.examples.failing, f"{rule.id} has no 'fail' example"


def test_rule_ids_are_unique_across_files() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


def test_builtin_ruleset_is_exactly_the_rule_files(ruleset: Ruleset) -> None:
    assert set(ruleset.rules) == {r.id for r in RULES}


@pytest.mark.parametrize("case", CASES)
def test_rule_example(ruleset: Ruleset, case: Case) -> None:
    facts = contact = None
    if case.notes is not None:
        notes = parse_notes(case.notes)
        facts, contact = notes.facts_text(), notes.contact_facts()
    found = of_rule(
        check(ruleset, case.text, case.kind, facts_text=facts, contact_facts=contact),
        case.rule_id,
    )
    if case.expect_pass:
        assert found == [], f"{case.rule_id} fired on its own pass example: {found}"
    else:
        assert found, f"{case.rule_id} did not fire on its own fail example"
