"""`lint/backtracking.py`: the patterns that can take exponential time in `re` are found from
their text (nested or adjacent repeats that can match the same text), linear ones are left
alone, and any pattern at all gets an answer. `test_rule_time.py` shows a rule file with such a
pattern refused, and a slow user rule stopped by the time limit."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import RULES_DIR
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.backtracking import problem
from followup.lint.compiled import pattern_flags

# each takes seconds to hours in `re` on a text that almost matches (40 a's and a '!')
EXPONENTIAL = [
    r"(a+)+$",
    r"^(a+)+$",
    r"(a*)*b",
    r"(\w+\s?)+$",
    r"(\d+,?)+x",
    r"(a|aa)+$",
    r"(?:a|a)+b",
    r"(a+a)+$",
    r"(?:a+|b)+c",
    r"((a+)?b?)+c",
    r"(?:a+a+b)+",
    r"(x+x+)+y",
    r"(?:\s*,\s*)+x",
    r"(?:(?:a|aa)b?)+c",
    r"(.*a){12}",
]
# linear (or close): nothing to refuse
FINE = [
    r"a+",
    r"\bthank(?:s|ful)?\b",
    r"(\w+\s)+",
    r"(a+b)+",
    r"(ab|cd)+",
    r"(?:mr|ms)+",
    r"(?:\r\n|\n)+",
    r"(?:a++)+",
    r"(?>a+)+",
    r"\s*\w+\s*",
    r"(?:\w+(?:-\w+)*\s)+",
    r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b",
    r"(?:[\w-]+\s+){0,2}?[\w-]+",
]


@pytest.mark.parametrize("pattern", EXPONENTIAL)
def test_exponential_patterns_are_found(pattern: str) -> None:
    found = problem(pattern, re.IGNORECASE | re.MULTILINE)
    assert found is not None
    assert found.startswith(f"pattern {pattern!r} can take exponential time: ")


@pytest.mark.parametrize("pattern", FINE)
def test_linear_patterns_are_left_alone(pattern: str) -> None:
    assert problem(pattern, re.IGNORECASE | re.MULTILINE) is None


def test_no_shipped_pattern_is_refused() -> None:
    for path in sorted(RULES_DIR.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            flags = pattern_flags(rule.get("ignorecase", True), rule.get("multiline", True))
            for pattern in [*rule.get("tokens", []), *rule.get("patterns", [])]:
                assert problem(pattern, flags) is None, (rule["id"], pattern)
            for key in [*rule.get("swap", {}), *rule.get("variants", {})]:
                assert problem(key, re.IGNORECASE) is None, (rule["id"], key)


# any pattern at all: an answer, never an exception
_ATOMS = ["a", "b", r"\w", r"\s", ".", "[ab]", "[^a]", r"\b", "^", "$", "-", "’", "é", r"\1"]
_SYNTAX = ["|", "(", ")", "(?:", "(?i:", "(?>", "(?=", "(?<!a)"]
_REPEATS = ["+", "*", "?", "{2}", "{0,3}", "+?", "++"]
_PIECES = st.sampled_from([*_ATOMS, *_SYNTAX, *_REPEATS])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_any_pattern_gets_an_answer(pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error:
        return
    found = problem(pattern)
    assert found is None or "can take exponential time" in found
