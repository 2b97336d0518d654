"""`lint/checks/metric.py`: a number about the whole note (words, sentences) against a limit
per kind, counted on the note itself (not its headers, signature block or a quoted reply)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import compiled_rule

from followup.lint.checks.metric import MetricRule, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext, Finding

WORDS = """\
id: house.words
type: metric
level: warning
metric: words
max: {thank-you: 8, nudge: 5}
message: "%v words; aim for %l."
description: Word limits.
"""


def findings(rule: MetricRule, text: str, kind: str = "nudge") -> list[Finding]:
    return run(rule, Document(text), kind, CheckContext())


def test_at_the_limit_passes_and_over_it_is_reported(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, WORDS)
    assert findings(rule, "one two three four five") == []
    (found,) = findings(rule, "one two three four five six")
    assert (found.message, found.line, found.column) == ("6 words; aim for 5.", 1, 1)


def test_the_limit_is_the_kinds(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, WORDS)
    text = "one two three four five six"
    assert findings(rule, text, "thank-you") == []
    assert findings(rule, text, "check-in") == []  # no limit for this kind
    assert rule.limit_for("check-in") is None and rule.limit_for("nudge") == 5


def test_one_limit_for_every_kind(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, WORDS.replace("{thank-you: 8, nudge: 5}", "2"))
    assert [len(findings(rule, "one two three", k)) for k in ("thank-you", "check-in")] == [1, 1]


@pytest.mark.parametrize(("count", "reported"), [(3, False), (4, True)])
def test_sentences_are_counted(tmp_path: Path, count: int, reported: bool) -> None:
    sentences = WORDS.replace("metric: words", "metric: sentences")
    rule = compiled_rule(tmp_path, sentences.replace("nudge: 5", "nudge: 3"))
    text = " ".join(["I enjoyed our talk."] * count)
    assert bool(findings(rule, text)) is reported


def test_a_quoted_earlier_message_is_not_counted(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, WORDS)
    earlier = "Thank you for coming in, we will decide soon."
    note = "Hi Ana,\nAny news?\nSam\n"
    assert findings(rule, f"{note}\nOn Mon, 2 Nov 2026, Ana Ruiz wrote:\n> {earlier}\n") == []
    assert findings(rule, note.replace("news?", f"news? {earlier}")) != []
