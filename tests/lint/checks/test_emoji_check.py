"""`lint/checks/emoji_check.py`: emoji as the `emoji` package knows them, whole (a ZWJ family, a
flag), but not the typographic signs it also lists (©, ®, ™)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import compiled_rule

from followup.lint.checks.emoji_check import EmojiRule, emoji_chars, run
from followup.lint.document import Document
from followup.lint.findings import CheckContext

EMOJI = """\
id: house.emoji
type: emoji
level: warning
message: "No emoji: %s"
description: Emoji.
"""


def matches(tmp_path: Path, text: str) -> list[str]:
    rule = compiled_rule(tmp_path, EMOJI)
    assert isinstance(rule, EmojiRule)
    return [f.match for f in run(rule, Document(text), "nudge", CheckContext())]


def test_each_emoji_is_one_finding_whole(tmp_path: Path) -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    flag = "\U0001f1eb\U0001f1f7"
    assert matches(tmp_path, f"Thanks \U0001f642 from the {family} in {flag}!") == [
        "\U0001f642",
        family,
        flag,
    ]


def test_the_finding_points_at_the_emoji(tmp_path: Path) -> None:
    rule = compiled_rule(tmp_path, EMOJI)
    (found,) = run(rule, Document("Dear Ana,\nThanks \U0001f44d\nSam"), "nudge", CheckContext())
    assert (found.line, found.column, found.message) == (2, 8, "No emoji: \U0001f44d")


@pytest.mark.parametrize(
    "text",
    ["Thank you, Ana.", "Acme Cloud™ and Acme® © 2024", "Café, naïve, 10 °C, → next", ""],
)
def test_text_without_emoji_passes(tmp_path: Path, text: str) -> None:
    assert matches(tmp_path, text) == []


def test_the_emoji_characters_are_none_ascii_and_include_the_common_ones() -> None:
    chars = emoji_chars()
    assert "\U0001f642" in chars and "\u200d" in chars
    assert not any(c.isascii() for c in chars)
    assert "a" not in chars and "é" not in chars
