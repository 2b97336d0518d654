"""Property tests: the checker never raises, and every finding points inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.lint.engine import Ruleset
from followup.lint.findings import KINDS, Finding

# Pieces of real notes, and of the things rules look for, to mix with arbitrary text.
TOKENS = [
    "Dear",
    "Ms.",
    "Lee,",
    "Hello",
    "Hey",
    "thank",
    "you",
    "Thanks",
    "for",
    "your",
    "time",
    "I",
    "I'm",
    "don’t",
    "learned",
    "about",
    "the",
    "team",
    "excited",
    "role",
    "VERY",
    "SQL",
    "CEO",
    "next",
    "steps",
    ":)",
    ";-)",
    "<3",
    "😊",
    "👍🏽",
    "🇬🇧",
    "[Name]",
    "{company}",
    "<NAME>",
    "XX",
    "TODO",
    "!",
    "!!",
    "?!",
    "...",
    "…",
    "lol",
    "thx",
    "u",
    "gonna",
    "greatful",
    "colour",
    "Okonkwo",
    "sam@example.com",
    "https://example.com/a:b",
    "10:30",
    "555-123-4567",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "  ",
    ".",
    ",",
    "’",
    "'",
    "\u200d",
    "\ufe0f",
    "\x00",
    "Best",
    "regards,",
    "Sam",
    "Patel",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "𝔘",
]

texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.lists(st.sampled_from(TOKENS), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=5)), max_size=60).map("".join),
)

SETTINGS = settings(
    max_examples=150,
    deadline=None,  # the first spelling suggestion loads a dictionary
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def offset_of(lines: list[str], line: int, column: int) -> int:
    return sum(len(x) + 1 for x in lines[: line - 1]) + column - 1


def assert_inside(text: str, finding: Finding) -> None:
    lines = text.split("\n")
    assert 1 <= finding.line <= len(lines)
    assert 1 <= finding.end_line <= len(lines)
    assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
    assert 1 <= finding.end_column <= len(lines[finding.end_line - 1]) + 1
    assert (finding.end_line, finding.end_column) >= (finding.line, finding.column)
    if finding.match:
        start = offset_of(lines, finding.line, finding.column)
        end = offset_of(lines, finding.end_line, finding.end_column)
        assert text[start : start + len(finding.match)] == finding.match
        assert end == start + len(finding.match) - 1
    else:
        assert (finding.line, finding.column) == (1, 1)


@SETTINGS
@given(text=texts, kind=st.sampled_from(KINDS))
def test_check_never_raises(ruleset: Ruleset, text: str, kind: str) -> None:
    findings, stats = ruleset.check(text, kind)
    assert stats.words >= 0 and stats.sentences >= 0
    for finding in findings:
        assert finding.level in {"error", "warning", "suggestion"}
        assert finding.rule in ruleset.rules
        assert_inside(text, finding)


@SETTINGS
@given(text=texts, notes=texts, kind=st.sampled_from(KINDS))
def test_check_with_notes_never_raises(ruleset: Ruleset, text: str, notes: str, kind: str) -> None:
    findings, _ = ruleset.check(text, kind, facts_text=notes, min_level="warning")
    for finding in findings:
        assert finding.level in {"error", "warning"}
        assert_inside(text, finding)


@SETTINGS
@given(text=texts)
def test_detect_kind_never_raises(ruleset: Ruleset, text: str) -> None:
    assert ruleset.detect_kind(text) in KINDS
