"""Word and sentence limits per kind of note, tested at the boundary."""

from __future__ import annotations

import itertools

import pytest
from helpers import of_rule

from followup.lint.document import Document
from followup.lint.engine import Ruleset

_WORDS = (
    "thank you for the time you spent with me today and I enjoyed hearing how the team "
    "plans its work each quarter with the regional managers and the new reporting tools"
).split()


def text_of(words: int, per_sentence: int = 10) -> str:
    """Plain prose with exactly `words` words, in sentences of `per_sentence` words."""
    chosen = list(itertools.islice(itertools.cycle(_WORDS), words))
    sentences = [
        " ".join(chosen[i : i + per_sentence]) + "." for i in range(0, words, per_sentence)
    ]
    text = " ".join(s[0].upper() + s[1:] for s in sentences)
    assert Document(text).words == words  # the test's own premise
    return text


def sentences_of(count: int) -> str:
    text = " ".join(["I enjoyed hearing about the plans for the team."] * count)
    assert Document(text).sentences == count
    return text


def word_findings(ruleset: Ruleset, text: str, kind: str) -> dict[str, str]:
    findings, _ = ruleset.check(text, kind)
    return {f.rule: f.message for f in findings if f.rule.startswith("length.words")}


@pytest.mark.parametrize(("kind", "limit"), [("thank-you", 200), ("check-in", 120), ("nudge", 50)])
def test_hard_word_limit_boundary(ruleset: Ruleset, kind: str, limit: int) -> None:
    assert "length.words-max" not in word_findings(ruleset, text_of(limit), kind)
    over = word_findings(ruleset, text_of(limit + 1), kind)
    assert over["length.words-max"] == (
        f"This note has {limit + 1} words; the limit for this kind of note is {limit}."
    )
    (finding,) = of_rule(ruleset.check(text_of(limit + 1), kind)[0], "length.words-max")
    assert finding.level == "error"
    assert (finding.line, finding.column) == (1, 1)


def test_thank_you_soft_word_limit_boundary(ruleset: Ruleset) -> None:
    assert word_findings(ruleset, text_of(150), "thank-you") == {}
    over = of_rule(ruleset.check(text_of(151), "thank-you")[0], "length.words-long")
    assert [(f.level, f.message) for f in over] == [
        ("warning", "This note has 151 words; aim for 150 or fewer.")
    ]


def test_thank_you_between_the_limits_is_only_a_warning(ruleset: Ruleset) -> None:
    found = word_findings(ruleset, text_of(200), "thank-you")
    assert set(found) == {"length.words-long"}


def test_soft_limit_is_for_thank_you_notes_only(ruleset: Ruleset) -> None:
    assert "length.words-long" not in word_findings(ruleset, text_of(151), "check-in")
    assert "length.words-long" not in word_findings(ruleset, text_of(151), "nudge")


def test_a_long_note_gets_both_findings(ruleset: Ruleset) -> None:
    found = word_findings(ruleset, text_of(260), "thank-you")
    assert {"length.words-long", "length.words-max"} <= set(found)


@pytest.mark.parametrize(("kind", "limit"), [("thank-you", 10), ("check-in", 8), ("nudge", 4)])
def test_sentence_limit_boundary(ruleset: Ruleset, kind: str, limit: int) -> None:
    assert of_rule(ruleset.check(sentences_of(limit), kind)[0], "length.sentences") == []
    (finding,) = of_rule(ruleset.check(sentences_of(limit + 1), kind)[0], "length.sentences")
    assert finding.level == "warning"
    assert finding.message == (
        f"This note has {limit + 1} sentences; {limit} or fewer reads better."
    )


def test_stats_are_reported(ruleset: Ruleset) -> None:
    _, stats = ruleset.check(text_of(57), "thank-you")
    assert stats.words == 57
    assert stats.sentences == 6
    assert isinstance(stats.grade, float)


def test_words_are_counted_without_headers_and_signature(ruleset: Ruleset) -> None:
    """A 140-word note under 150 stays under it when pasted with its headers and a signature
    block (their 20-odd words are not the note's)."""
    body = text_of(136)
    note = f"Dear Ms. Lee,\n\n{body}\n\nKind regards,\nSam Patel\n"
    pasted = (
        "To: Priya Lee <priya.lee@acme.example>\nFrom: Sam Patel <sam@patel.example>\n"
        "Subject: Thank you for today's interview about the analyst role\n\n"
        f"{note}Data Analyst | Copperleaf Ltd.\n+44 20 7946 0958 · sam@patel.example\n"
        "https://www.linkedin.com/in/sampatel-data\n"
    )
    assert Document(pasted).words > 150  # the test's own premise: the whole text is over
    assert word_findings(ruleset, note, "thank-you") == {}
    assert word_findings(ruleset, pasted, "thank-you") == {}


def test_words_of_the_note_itself_still_count(ruleset: Ruleset) -> None:
    note = f"Dear Ms. Lee,\n\n{text_of(160)}\n\nKind regards,\nSam Patel\n"
    assert list(word_findings(ruleset, "Subject: Thanks\n\n" + note, "thank-you")) == [
        "length.words-long"
    ]
