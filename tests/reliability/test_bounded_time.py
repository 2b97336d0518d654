"""Inputs up to the size limit finish in bounded time: lint, lint --notes and the notes reader
grow linearly with their input (docs/reliability.md, "Inputs that once took minutes").

Growth is measured, never a wall-clock time: each shape is timed at a size and at ten times it
(the best of a few runs each, interleaved, after a warm-up), and the ratio must stay far below
the hundredfold of a quadratic step. A linear step gives about 10; the bound leaves room for a
busy machine. Before these fixes, lint --notes on numbers grew 120-fold, a long word checked
against notes 125-fold, dashed words 105-fold.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from growth import MAX_RATIO, growth
from helpers import check, of_rule
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.checks import grounding, spelling
from followup.lint.document import WORD_RE, Document
from followup.lint.engine import Ruleset
from followup.lint.findings import CheckContext


def _unknown_words(n: int, *, capitalised: bool = False, sep: str = " ") -> str:
    rng = random.Random(n)
    words: list[str] = []
    size = 0
    while size < n:
        word = "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(4))
        words.append(word.capitalize() + "." if capitalised else word)
        size += len(word) + 1
    return sep.join(words)


def _numbers(n: int) -> str:
    return " ".join(str(i) for i in range(n // 5))


# text -> (the text, notes to check it against, or None; "same" checks the text against itself)
LINT_SHAPES: dict[str, tuple[Callable[[int], str], str | None]] = {
    "unknown-words": (_unknown_words, None),
    "unknown-words-on-lines": (lambda n: _unknown_words(n, capitalised=True, sep="\n"), None),
    "capitalised-unknown-words-one-line": (lambda n: _unknown_words(n, capitalised=True), None),
    "numbers-in-the-notes": (_numbers, "same"),
    "numbers-not-in-the-notes": (_numbers, "Team of 6."),
    "names-in-the-notes": (lambda n: _unknown_words(n).title(), "same"),
    "one-long-word": (lambda n: "a" * n, "Team of 6."),
    "dashed-words": (lambda n: "a-" * (n // 2), "Team of 6."),
    "dotted-words": (lambda n: "a." * (n // 2), "Team of 6."),
    "links": (lambda n: "see acme.com/x " * (n // 15), "Team of 6."),
    "emails": (lambda n: "a@b.co " * (n // 7), "Team of 6."),
    "phones": (lambda n: "555 123 4567 " * (n // 13), "Team of 6."),
    "digits-and-spaces": (lambda n: "1 " * (n // 2) + "a", "Team of 6."),
}


@pytest.mark.parametrize("shape", list(LINT_SHAPES))
def test_lint_grows_linearly(ruleset: Ruleset, shape: str) -> None:
    make, notes = LINT_SHAPES[shape]

    def lint(text: str) -> object:
        facts = text if notes == "same" else notes
        # no suggested corrections: their cost is bounded on its own (a few words, at most
        # about 1.5 s, see the tests below), and would hide the growth of the rest
        return ruleset.check(text, "thank-you", facts_text=facts, contact_facts=facts)

    ratio = growth(lint, make)
    assert ratio < MAX_RATIO, f"{shape}: 10x the input took {ratio:.0f}x the time"


@pytest.mark.parametrize(
    "shape", ["unknown-words", "unknown-words-on-lines", "capitalised-unknown-words-one-line"]
)
def test_spelling_grows_linearly_on_long_texts(ruleset: Ruleset, shape: str) -> None:
    """The spelling check alone, at 20,000 and 200,000 characters: its unknown words were
    each searched for through the whole text, and each one's line read again, which only
    shows at these sizes (a megabyte of them took minutes)."""
    rule = ruleset.rules["spelling.typo"]
    make = LINT_SHAPES[shape][0]

    def spell(text: str) -> object:
        return spelling.run(rule, Document(text), "thank-you", CheckContext())

    ratio = growth(spell, make, base=20_000)
    assert ratio < MAX_RATIO, f"{shape}: 10x the input took {ratio:.0f}x the time"


NOTES_SHAPES: dict[str, Callable[[int], str]] = {
    "label-then-spaces": lambda n: "Company: Acme" + " " * n,
    "label-then-spaces-then-text": lambda n: "Company: Acme" + " " * n + "x\n",
    "label-lines": lambda n: "Company: Acme\n" * (n // 14),
    "newlines": lambda n: "x" + "\n" * n + "y",
    "colons": lambda n: "a: " * (n // 3),
    "honorifics": lambda n: "Dr. " * (n // 4),
    # found by test_contract.py: runs of spaces the label patterns split every way
    "spaces-around-a-label": lambda n: "Company: Acme" + " " * n + "Acme" + " " * n + "C:\n",
    # found reading session 12's own change: a chat of many authors greeting each other (each
    # author's greeting was looked for in every other message), many "notes — NAME" headings
    # (each checked against the whole text), another script after an organisation's name (a
    # nested repeat split the run every way), one long word before "is her family name"
    "chat-of-many-authors": lambda n: "".join(
        f"[9:41] Ann{i:05d}: hi Bob, Hello Cat{i}\n" for i in range(n // 36)
    ),
    "notes-headings": lambda n: "notes — Tom Lee\nTom Lee said hi\n" * (n // 32),
    "another-script-after-a-name": lambda n: (
        ("Fernway Kindergarten " + "漢" * 30 + " x\n") * (n // 54)
    ),
    "one-long-word": lambda n: "x " + "a" * n + " b is her family name",
}


@pytest.mark.parametrize("shape", list(NOTES_SHAPES))
def test_notes_reader_grows_linearly(shape: str) -> None:
    from followup.notes import parse_notes

    def read(text: str) -> object:
        return parse_notes(text, {"candidate": "Sam Patel", "interviewer": "Priya Shah"})

    ratio = growth(read, NOTES_SHAPES[shape])
    assert ratio < MAX_RATIO, f"{shape}: 10x the notes took {ratio:.0f}x the time"


def test_a_run_of_spaces_in_a_short_line_is_read_in_one_pass() -> None:
    """Found by test_contract.py: the list-heading pattern split a run of spaces between
    three `\\s*` every way before failing (cubic: 300 spaces took 2 s, 1,000 past 15 s), in lines
    short enough to be headings, so from a small base."""
    from followup.notes import parse_notes

    def read(text: str) -> object:
        return parse_notes(text, {"candidate": "Sam Patel", "interviewer": "Priya Shah"})

    ratio = growth(read, lambda n: "Acme" + " " * n + "x y\n", base=100)
    assert ratio < MAX_RATIO, f"10x the spaces took {ratio:.0f}x the time"


# generated shapes: a short unit from characters the patterns care about, repeated
_UNITS = st.text(alphabet=st.sampled_from("a1-.@ :/wA\n'(+é"), min_size=1, max_size=6)


@settings(max_examples=12, deadline=None, derandomize=True)
@given(_UNITS)
def test_lint_with_notes_grows_linearly_on_generated_text(ruleset: Ruleset, unit: str) -> None:
    def lint(text: str) -> object:
        return ruleset.check(text, "thank-you", facts_text=text[::-1], contact_facts=text)

    ratio = growth(lint, lambda n: unit * (n // len(unit)), runs=2)
    assert ratio < MAX_RATIO, f"{unit!r} repeated: 10x the input took {ratio:.0f}x the time"


# the rewritten email and link searches find exactly what the patterns' `finditer` finds
_LINKISH = st.text(alphabet=st.sampled_from("a-.@+ :/hwtpsco()\n1_é'<"), max_size=40) | st.lists(
    st.sampled_from(
        ["www.", "http://", "a.com", "-", "--", "b@c.io", " ", ".", "x", "+", "(", "é", "co", "@"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_LINKISH)
def test_email_and_link_search_match_the_patterns(text: str) -> None:
    for what in ("emails", "urls"):
        want = [(m.start(), m.end()) for m in grounding.PATTERNS[what].finditer(text)]
        assert [(m.start(), m.end()) for m in grounding._finditer(what, text)] == want


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab'’ -\nÉ1_x."), max_size=60),
    st.sets(st.sampled_from(["a", "b", "ab", "ba", "x", "É", "a'b", "bx", "xa", "aa"])),
)
def test_unknown_words_are_found_where_the_word_pattern_finds_them(
    text: str, suspects: set[str]
) -> None:
    want = [(m.start(), m.group()) for m in WORD_RE.finditer(text) if m.group() in suspects]
    assert spelling.unknown_at(text, suspects) == want
    many = suspects | {f"zz{i}" for i in range(spelling._LOOKUPS_MAX + 1)}  # the other path
    assert spelling.unknown_at(text, many) == want


TYPOS = ["recieved", "definately", "oppurtunity", "collaberation", "enthusiastik", "foward"]
TYPOS += ["interviewws", "teh", "acommodate", "wierd", "untill", "beleive"]


def test_lint_suggests_corrections_for_the_first_few_unknown_words_only(
    ruleset: Ruleset,
) -> None:
    text = "I " + " and ".join(TYPOS) + " it."
    typos = of_rule(check(ruleset, text), "spelling.typo")
    assert [f.match for f in typos] == TYPOS  # every unknown word is still reported
    suggested = [f.match for f in typos if f.suggestion]
    assert suggested == TYPOS[: len(suggested)]
    assert 1 <= len(suggested) <= spelling.SUGGESTIONS


def test_drafting_checks_suggest_nothing(ruleset: Ruleset) -> None:
    """`Ruleset.check` as drafting calls it, judging model samples: every unknown word is
    reported and none is given a suggestion (about 0.6 s each for a word like 'bafekumo')."""
    text = "I " + " and ".join(TYPOS) + " it."
    findings, _ = ruleset.check(text, "thank-you")
    typos = of_rule(findings, "spelling.typo")
    assert [f.match for f in typos] == TYPOS
    assert [f for f in typos if f.suggestion or "Did you mean" in f.message] == []


def test_a_long_line_of_capitalised_unknown_words_is_read_once(ruleset: Ruleset) -> None:
    """Sentence-initial unknown words on one line: the short-line test is made once per line."""
    text = _unknown_words(2000, capitalised=True)
    findings = of_rule(check(ruleset, text, suggestions=0), "spelling.typo")
    assert len(findings) == len(re.findall(r"\w+\.", text))


def test_the_docs_rows_name_these_tests() -> None:
    """Each row of docs/reliability.md's "Inputs that once took minutes" names a test here or
    in lint/test_rule_time.py."""
    from helpers import REPO_ROOT

    doc = (REPO_ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    section = doc.split("## Inputs that once took minutes", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(test_\w+)`", section))
    assert len(named) >= 8
    sources = "".join(
        (REPO_ROOT / "tests" / name).read_text(encoding="utf-8")
        for name in ("reliability/test_bounded_time.py", "lint/test_rule_time.py")
    )
    assert {n for n in named if f"def {n}(" not in sources} == set()
