"""The labelled email corpus (tests/data/emails-corpus): no email gets an error-level finding a
careful reviewer would not want. Warnings are measured, not asserted
(`bench/lint_emails.py`, docs/email-precision.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import DATA_DIR, check

from followup.lint.engine import Ruleset

CORPUS = DATA_DIR / "emails-corpus"
EMAILS = sorted(CORPUS.glob("*/*.labels.yaml"))


def test_the_corpus_is_there() -> None:
    assert len([p for p in EMAILS if p.parent.name == "heldout"]) >= 30


@pytest.mark.parametrize("labels", EMAILS, ids=lambda p: f"{p.parent.name}/{p.name[:-12]}")
def test_no_false_error(ruleset: Ruleset, labels: Path) -> None:
    label = yaml.safe_load(labels.read_text(encoding="utf-8"))
    text = labels.with_name(labels.name.replace(".labels.yaml", ".txt")).read_text(encoding="utf-8")
    wanted = [(f["rule"], f.get("match")) for f in label["findings"] or []]
    errors = [f for f in check(ruleset, text, label["kind"]) if f.level == "error"]
    false = [
        (f.rule, f.match)
        for f in errors
        if not any(r == f.rule and (m is None or m == f.match) for r, m in wanted)
    ]
    assert false == []


@pytest.mark.parametrize(
    "stem", ["heldout/17-curt-nudge-headers", "heldout/32-nudge-no-courtesy-demand"]
)
def test_a_curt_nudge_is_an_error(ruleset: Ruleset, stem: str) -> None:
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    levels = [f.level for f in check(ruleset, text, "nudge") if f.rule == "nudge.polite"]
    assert levels == ["error"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Is there news about the role yet?\nSam", "warning"),  # signed, no courtesy
        ("Is there news about the role yet?", "error"),  # a bare line: curt
        ("Any news on the role? I need an answer.\nSam", "error"),  # a demand: curt
    ],
)
def test_nudge_politeness_levels(ruleset: Ruleset, text: str, level: str) -> None:
    levels = [f.level for f in check(ruleset, text, "nudge") if f.rule == "nudge.polite"]
    assert levels == [level]
