"""The prefilter finds exactly what a full regex scan finds: on every shipped rule, on generated
text, and with `re`'s own case folding checked over every Unicode character."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from helpers import REPO_ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.lint import prefilter
from followup.lint.checks.substitution import SubstitutionRule
from followup.lint.compiled import PatternRule
from followup.lint.engine import Ruleset
from followup.lint.findings import KINDS
from followup.lint.prefilter import Starts, TextIndex, fold
from followup.lint.starts import SAFE_CHARS, starts_for

RULES = Ruleset.load().rules
REGEX_RULES = {
    rule_id: rule
    for rule_id, rule in RULES.items()
    if isinstance(rule, PatternRule | SubstitutionRule)
}
ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1))


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches if m.end() > m.start()]  # type: ignore[attr-defined]


def scanned(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return spans(regex.finditer(text))


def prefiltered(regex: re.Pattern[str], starts: Starts | None, text: str) -> list[tuple[int, int]]:
    return spans(prefilter.finditer(regex, starts, TextIndex(text)))


# --- case folding, against `re` itself ---------------------------------------------------------


def test_folding_agrees_with_re_ignorecase_on_every_character() -> None:
    """The starts' characters are compared lower-cased: whatever `re.IGNORECASE` lets match one of
    them must fold to it (or change length, and then the text is scanned whole)."""
    for char in sorted(SAFE_CHARS):
        pattern = re.compile(re.escape(char), re.IGNORECASE)
        for m in pattern.finditer(ALL_CHARS):
            other = m.group()
            folded = fold(other)
            if folded is not None:
                assert folded == char.lower(), (char, other)


def test_folding_keeps_word_characters_word_characters() -> None:
    word = re.compile(r"\w")
    for char in ALL_CHARS:
        folded = fold(char)
        if folded is not None:
            assert bool(word.match(char)) == bool(word.match(folded)), hex(ord(char))


def test_spaces_are_never_word_characters() -> None:
    assert re.search(r"(?=\s)\w", ALL_CHARS) is None


def test_a_text_whose_lower_case_changes_length_is_scanned_whole() -> None:
    text = "İ would love to join. Thank you!"
    assert fold(text) is None
    assert TextIndex(text).candidates(starts_for(r"\bthank\b", re.I) or Starts({}, {}, {})) is None
    regex = RULES["elements.gratitude"].regex  # type: ignore[attr-defined]
    assert prefiltered(regex, RULES["elements.gratitude"].starts, text) == scanned(regex, text)  # type: ignore[attr-defined]


def test_a_regex_is_compiled_only_where_it_can_start() -> None:
    """`finditer` and `found` take a function that compiles the regex, and call it only when the
    text has a place to try it: a rule's regex is compiled again in every process, and most
    notes give most rules nowhere to start."""
    calls: list[int] = []

    def compile_thank() -> re.Pattern[str]:
        calls.append(1)
        return re.compile(r"\bthank\b", re.IGNORECASE)

    starts = starts_for(r"\bthank\b", re.IGNORECASE)
    assert starts is not None
    clean = TextIndex("Dear Ms. Lee, hello again.")
    assert list(prefilter.finditer(compile_thank, starts, clean)) == []
    assert not prefilter.found(compile_thank, starts, clean)
    assert calls == []
    found = prefilter.finditer(compile_thank, starts, TextIndex("Thank you"))
    assert [m.group() for m in found] == ["Thank"]
    assert prefilter.found(compile_thank, starts, TextIndex("thank you"))
    assert len(calls) == 2
    # no starts, or a text that cannot be folded: scanned whole, so compiled first
    assert list(prefilter.finditer(compile_thank, None, clean)) == []
    assert prefilter.found(compile_thank, starts, TextIndex("İ thank you"))
    assert len(calls) == 4


WORD_TEXT = st.text(
    alphabet=st.sampled_from("aiIb _1'’-.\n\t\u00a0é²ſıİK日"), max_size=40
) | st.text(max_size=40)


@settings(max_examples=500, deadline=None)
@given(WORD_TEXT)
def test_the_words_and_their_places_are_a_word_scans(text: str) -> None:
    """A text's words, and where each stands, are what `\\w+` finds in the folded text."""
    index = TextIndex(text)
    folded = fold(text)
    if folded is None:
        assert index.words is None
        return
    found = [(m.group(), m.start()) for m in re.finditer(r"\w+", folded)]
    assert index.words == {word for word, _ in found}
    for word in index.words:
        assert index.at(word) == [at for w, at in found if w == word], word


# --- same matches as a full scan ---------------------------------------------------------------


def _vocabulary(rules: list[object]) -> list[str]:
    """The words and strings the rules' starts look for, and the words those need."""
    words: set[str] = set()
    for rule in rules:
        starts = rule.starts  # type: ignore[attr-defined]
        if starts is None:
            continue
        for table in (starts.words, starts.prefixes, starts.strings):
            for start, needs in table.items():
                words.add(start)
                words.update(needs)
    return sorted(words)


VOCABULARY = _vocabulary(list(REGEX_RULES.values()))
OWN_VOCABULARY = {
    rule_id: _vocabulary([rule]) or VOCABULARY for rule_id, rule in REGEX_RULES.items()
}
SEPARATORS = [" ", "  ", "\n", ", ", ". ", "'", "’", "-", "", "!", "?", "_", "1", "\t", "…"]
# case changes that re.IGNORECASE sees through; the Turkish İ makes a text be scanned whole
CASE = st.sampled_from([str.lower, str.upper, str.title, str.capitalize, lambda s: s])
ODD = st.sampled_from(["ſ", "ı", "K", "İ", "é", "ß", "ﬁ", "x", "XX", ":)", "<3", "[x]", "{y}", ""])


@st.composite
def texts(draw: st.DrawFn, own: list[str]) -> str:
    """Pieces of what the rule looks for (and of what the others do), cased and joined in
    ways that may or may not make a match."""
    parts = []
    for _ in range(draw(st.integers(1, 30))):
        piece = draw(st.sampled_from(own) | st.sampled_from(VOCABULARY) | ODD | st.text(max_size=4))
        # a word's own ending, or letters that make it another word ("fascinat" + "ing")
        piece += draw(
            st.sampled_from(["", "", "", "s", "ing", "ed", "ly", "'s"])
            | st.text(alphabet="aeinrst", min_size=1, max_size=3)
        )
        parts.append(draw(CASE)(piece))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


@st.composite
def rule_and_text(draw: st.DrawFn) -> tuple[str, str]:
    rule_id = draw(st.sampled_from(sorted(REGEX_RULES)))
    return rule_id, draw(texts(OWN_VOCABULARY[rule_id]))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_and_text())
def test_same_matches_as_a_full_scan(case: tuple[str, str]) -> None:
    rule_id, text = case
    rule = REGEX_RULES[rule_id]
    regex, starts = rule.regex, rule.starts  # type: ignore[attr-defined]
    expected = scanned(regex, text)
    assert prefiltered(regex, starts, text) == expected
    assert prefilter.found(regex, starts, TextIndex(text)) == bool(expected)


def _inside(regex: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """A non-empty match that starts and ends inside text[lo:hi], tried at every place."""
    for at in range(lo, hi):
        m = regex.match(text, at)
        if m is not None and m.end() > m.start() and m.end() <= hi:
            return True
    return False


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_and_text(), st.integers(0, 200), st.integers(0, 200))
def test_found_within_a_part_tries_only_that_part(case: tuple[str, str], a: int, b: int) -> None:
    rule_id, text = case
    regex, starts = REGEX_RULES[rule_id].regex, REGEX_RULES[rule_id].starts  # type: ignore[attr-defined]
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    expected = _inside(regex, text, lo, hi)
    assert prefilter.found(regex, starts, TextIndex(text), (lo, hi)) == expected
    assert prefilter.found(regex, None, TextIndex(text), (lo, hi)) == expected  # scanned


def _probes(starts: Starts) -> list[str]:
    """Each start of a starts as it may stand in a text: alone, run into a longer word, after a
    letter, in capitals, and followed by each word it needs."""
    out = []
    for table in (starts.words, starts.prefixes, starts.strings):
        for start, needs in table.items():
            for form in (start, start.upper(), start.title()):
                for before, after in [("", ""), ("x ", " y"), ("a", ""), ("", "ing"), ("", "'s")]:
                    out.append(f"{before}{form}{after}")
                    out.extend(f"{before}{form}{after} {need} it" for need in sorted(needs))
    return out


@pytest.mark.parametrize(
    "rule_id",
    sorted(i for i, r in REGEX_RULES.items() if r.starts is not None),  # type: ignore[attr-defined]
)
def test_same_matches_as_a_full_scan_at_every_start(rule_id: str) -> None:
    rule = REGEX_RULES[rule_id]
    regex, starts = rule.regex, rule.starts  # type: ignore[attr-defined]
    probes = _probes(starts)
    for text in probes:
        assert prefiltered(regex, starts, text) == scanned(regex, text), text
    assert any(scanned(regex, text) for text in probes)  # the probes do make matches


def _corpus() -> list[str]:
    files = sorted((REPO_ROOT / "examples").rglob("*.*")) + sorted(
        (REPO_ROOT / "tests" / "data").rglob("*.txt")
    )
    out = [Path(f).read_text(encoding="utf-8", errors="replace") for f in files]
    for rule in RULES.values():
        for examples in rule.examples.values():
            out.extend(e if isinstance(e, str) else e["text"] for e in examples)
    return out


def test_same_findings_as_without_starts_on_the_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example file and every rule's own pass/fail sentences, each kind: the whole check
    with starts, then with every text scanned whole (no text can be folded)."""
    corpus = _corpus()
    ruleset = Ruleset.load()
    with_starts = [ruleset.check(text, kind) for text in corpus for kind in KINDS]
    monkeypatch.setattr(prefilter, "fold", lambda text: None)
    without = [Ruleset.load().check(text, kind) for text in corpus for kind in KINDS]
    assert with_starts == without
    assert sum(len(found) for found, _ in with_starts) > 100
