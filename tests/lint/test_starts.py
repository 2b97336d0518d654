"""Where a pattern's match can start (`lint/starts.py`), read from its parse tree: whole words
with a later word they need, word beginnings and strings; no starts for what it does not
follow; every shipped rule that should have them has them, also from the rules cache. That the
starts find every match is `test_prefilter.py`'s."""

from __future__ import annotations

import re

import pytest

from followup.lint.engine import Ruleset
from followup.lint.starts import starts_for

RULES = Ruleset.load().rules
# the rules whose starts must be read: if `re`'s parser changes shape, this says so (the rules
# would still be right, only slower)
WITH_STARTS = [
    "elements.gratitude",
    "elements.learned",
    "elements.enthusiasm",
    "elements.next-steps",
    "check-in.interest",
    "check-in.offer",
    "formal.emoticon",
    "formal.chatspeak",
    "formal.slang",
    "formal.contractions",
    "formal.punctuation",
    "formal.exclamations",
    "structure.placeholder",
    "hostile.insult",
    "hostile.threat",
    "hostile.demand",
    "hostile.negative-claim",
]


def test_whole_words_with_their_next_word() -> None:
    starts = starts_for(r"\bthank(?:s|ful)?\b|\bnext\s+(?:steps?|round)\b", re.I)
    assert starts is not None
    assert starts.words == {
        "thank": frozenset(),
        "thanks": frozenset(),
        "thankful": frozenset(),
        "next": frozenset({"step", "steps", "round"}),
    }
    assert starts.prefixes == {} and starts.strings == {}


def test_word_lists_and_contractions() -> None:
    starts = starts_for(r"(?<![\w'’])(?:gonna|(?-i:u)(?!\.\w)|I['’]m)(?![\w'’])", re.I)
    assert starts is not None
    assert starts.words == {"gonna": frozenset(), "u": frozenset(), "i": frozenset({"m"})}


def test_word_beginnings_and_strings() -> None:
    starts = starts_for(r"\bfascinat\w*|!{2,}|\.{3,}|enthusias", re.I)
    assert starts is not None
    assert starts.prefixes == {"fascinat": frozenset()}
    assert starts.strings == {"!!": frozenset(), "...": frozenset(), "enthusia": frozenset()}


def test_a_character_whose_folding_is_not_checked_ends_the_start() -> None:
    starts = starts_for(r"\bcafé\b", re.I)
    assert starts is not None
    assert starts.prefixes == {"caf": frozenset()} and starts.words == {}


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # any word
        r"a*b",  # may start with b or a
        r"[A-Z]{4,}",  # a range
        r"(?a)\bfoo\b",  # ASCII \b is not the index's
        r"^[ \t]*hey",  # may start with a space or a tab, or h
        r"(?=x)",  # matches nothing
        r"\bété\b",  # starts with a character whose folding is not checked
        r"(",  # not a regex
    ],
)
def test_no_starts_for_what_is_not_understood(pattern: str) -> None:
    assert starts_for(pattern, re.I) is None


@pytest.mark.parametrize("rule_id", WITH_STARTS)
def test_the_shipped_rules_get_starts(rule_id: str) -> None:
    assert RULES[rule_id].starts is not None  # type: ignore[attr-defined]


def test_rules_from_the_cache_keep_their_starts() -> None:
    rule = Ruleset.load().rules["elements.learned"]
    assert "starts" in rule.__dict__  # read from the cache, not worked out again
    assert rule.starts == starts_for(  # type: ignore[attr-defined]
        rule.regex.pattern,  # type: ignore[attr-defined]
        rule.regex.flags,  # type: ignore[attr-defined]
    )
