"""`lint/engine.py` as such: which rules run (kind, `--disable`, `--min-level`), the order
(spelling last, giving way to the other rules), and `--kind auto`."""

from __future__ import annotations

import pytest

from followup.errors import FollowupError
from followup.lint.engine import Ruleset, has_errors

CURT_NUDGE = "Any update on the role? I need an answer."


def rules_of(ruleset: Ruleset, text: str, kind: str = "thank-you", **options: str) -> set[str]:
    findings, _ = ruleset.check(text, kind, **options)  # type: ignore[arg-type]
    return {f.rule for f in findings}


def test_an_unknown_disable_is_refused() -> None:
    with pytest.raises(FollowupError, match=r"--disable: no rule with id 'no\.such'"):
        Ruleset.load(disable=["no.such"])


def test_a_disabled_rule_does_not_run(ruleset: Ruleset) -> None:
    text = "Hi Ana, thx for your time. Sam"
    assert "formal.slang" in rules_of(ruleset, text)
    assert "formal.slang" not in rules_of(Ruleset.load(disable=["formal.slang"]), text)


def test_rules_run_for_their_kinds_only(ruleset: Ruleset) -> None:
    assert all("nudge" in r.kinds for r in ruleset.for_kind("nudge"))
    assert "nudge.polite" in {r.id for r in ruleset.for_kind("nudge")}
    assert "nudge.polite" not in {r.id for r in ruleset.for_kind("thank-you")}


def test_min_level_keeps_a_rule_that_can_report_above_its_level(ruleset: Ruleset) -> None:
    """nudge.polite is a warning, but an error when the nudge is curt (`curt_level`): it still
    runs at --min-level error, and only its error findings are kept."""
    polite = ruleset.rules["nudge.polite"]
    assert polite.level == "warning" and polite.highest_level() == "error"
    findings, _ = ruleset.check(CURT_NUDGE, "nudge", min_level="error")
    assert [(f.rule, f.level) for f in findings if f.rule == "nudge.polite"] == [
        ("nudge.polite", "error")
    ]
    assert has_errors(findings)
    findings, _ = ruleset.check("Hi Ana, any update? Sam", "nudge", min_level="error")
    assert all(f.level == "error" for f in findings)


def test_spelling_runs_last_and_gives_way(ruleset: Ruleset) -> None:
    """A word another rule flags (slang) is not also a typo; an unknown word still is."""
    assert ruleset.spelling_ids == {"spelling.typo"}
    findings, _ = ruleset.check("Dear Ana,\nI'm gonna send the qwzrtx today.\nSam", "thank-you")
    at = {f.match: f.rule for f in findings if f.match in ("gonna", "qwzrtx")}
    assert at == {"gonna": "formal.slang", "qwzrtx": "spelling.typo"}


def test_findings_are_sorted_by_position(ruleset: Ruleset) -> None:
    findings, _ = ruleset.check("hey!!! thx, gonna call u", "thank-you")
    places = [(f.line, f.column) for f in findings]
    assert places == sorted(places)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thank you for taking the time to meet today. I enjoyed learning about it.", "thank-you"),
        ("I hope everything is going well. I am still very interested; any update?", "check-in"),
        ("Hi Ana, just checking in on the role. Thanks, Sam", "nudge"),
        ("", "thank-you"),  # no cue at all: a tie goes to thank-you
    ],
)
def test_detect_kind(ruleset: Ruleset, text: str, kind: str) -> None:
    assert ruleset.detect_kind(text) == kind
