"""Where a rule's regex could match, found without scanning the text with it.

Python's `re` tries every alternative of a pattern at every position of the text: a rule with
forty phrasings costs forty attempts per character, and a note's rules spent most of a lint
there. But nearly every alternative in `rules/` starts with a literal word after a word
boundary (`\\bthank(?:s|ful|...)`, a word list's `(?<![\\w'’])(?:gonna|...)`), so a match can
only start where the text has such a word. A `Plan` (read from the pattern by `planner`, once
per rule, and kept in the rules cache) lists those starts: whole words, word beginnings and
strings, each with the words of which the text must have one ("next" needs "steps", "stage"
or "round"). Per text, the words are collected once (`TextIndex`), each rule keeps the starts
the text has, and its regex runs only where they stand.

`finditer(regex, plan, index)` gives exactly the matches of `regex.finditer(text)`: a plan
states a condition every match meets (a necessary one, never a sufficient one), and the regex
itself decides at each place. A rule without a plan scans the whole text as before. Case:
places are found in the text lower-cased (with the two letters `re` also folds onto ASCII,
dotless ı and long ſ); a text whose lower-casing changes its length (a Turkish İ) is scanned
whole. The tests compare both ways on every shipped rule and on generated text, and check the
folding against `re` itself over every Unicode character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
# re.IGNORECASE also matches these to an ASCII letter, though their lower case is not ASCII
_FOLD_EXTRA = str.maketrans({"ı": "i", "ſ": "s"})


def fold(text: str) -> str | None:
    """`text` lower-cased as `re.IGNORECASE` compares it, or None if that changes its length
    (then offsets in it would not be offsets in `text`)."""
    folded = text.lower()
    if len(folded) != len(text):
        return None
    if not folded.isascii():
        folded = folded.translate(_FOLD_EXTRA)
    return folded


@dataclass(frozen=True)
class Plan:
    """Where a match of one pattern can start. Each start maps to the words of which a text
    must have one for a match to start there (a phrase's next word: "next" needs "steps",
    "stage" or "round"), or to an empty set when it needs none."""

    words: dict[str, frozenset[str]]  # a word that is exactly this (all lower-cased)
    prefixes: dict[str, frozenset[str]]  # a word that begins with this
    strings: dict[str, frozenset[str]]  # this, in a word or not


class TextIndex:
    """One text lower-cased, and its set of words: made once, shared by every rule."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        # lower-casing never turns a word character into another kind (a test checks every
        # character), so the words of the folded text are the text's words, folded
        self.words = frozenset(_WORD.findall(self.folded)) if self.folded is not None else None

    def candidates(self, plan: Plan) -> list[int] | None:
        """Sorted positions where a match of the plan's pattern could start; None when this
        text cannot be searched this way (then scan it whole)."""
        if self.folded is None:
            return None
        return sorted({at for look in self._lookups(plan) for at in self._find(*look)})

    def _lookups(self, plan: Plan) -> Iterator[tuple[str, bool, bool]]:
        """What to look for, and whether it must start (and end) a word: the plan's starts
        that this text has, with a word they need."""
        words = self.words
        assert words is not None
        wanted = plan.words
        if len(wanted) < len(words):
            found = [word for word in wanted if word in words]
        else:
            found = [word for word in words if word in wanted]
        for word in found:
            needs = wanted[word]
            if not needs or not needs.isdisjoint(words):
                yield word, True, True
        for prefix, needs in plan.prefixes.items():
            if not needs or not needs.isdisjoint(words):
                yield prefix, True, False
        for string, needs in plan.strings.items():
            if not needs or not needs.isdisjoint(words):
                yield string, False, False

    def _find(self, string: str, before: bool, after: bool) -> Iterator[int]:
        """Where `string` stands, only at a word's start (`before`) or end (`after`)."""
        folded = self.folded
        assert folded is not None
        size = len(string)
        end = len(folded)
        i = folded.find(string)
        while i >= 0:
            if not (before and i > 0 and ((c := folded[i - 1]).isalnum() or c == "_")) and not (
                after and i + size < end and ((c := folded[i + size]).isalnum() or c == "_")
            ):
                yield i
            i = folded.find(string, i + 1)


Compile = Callable[[], re.Pattern[str]]


def _compiled(regex: re.Pattern[str] | Compile) -> re.Pattern[str]:
    return regex if isinstance(regex, re.Pattern) else regex()


def finditer(
    regex: re.Pattern[str] | Compile, plan: Plan | None, index: TextIndex
) -> Iterator[re.Match[str]]:
    """The matches of `regex.finditer(index.text)`, trying the regex only where the plan allows.
    Every match is non-empty (a plan's starts are), and they come in the same order. `regex`
    may be a function that compiles it: it is called only when the text has a place to try it
    (a rule's regex is compiled again in every process, and most notes give most rules none)."""
    starts = index.candidates(plan) if plan is not None else None
    if starts is None:
        yield from _compiled(regex).finditer(index.text)
        return
    if not starts:
        return
    text = index.text
    match = _compiled(regex).match
    end = 0
    for start in starts:
        if start < end:
            continue
        m = match(text, start)
        if m is not None:
            end = m.end()
            yield m


def found(regex: re.Pattern[str] | Compile, plan: Plan | None, index: TextIndex) -> bool:
    """Whether `regex.finditer(index.text)` finds any non-empty match: the plan's starts are
    tried in any order, and the first that matches ends the search (a required element is
    usually found at the first or second place tried). A function for `regex` is called only
    when there is a place to try it, as in `finditer`."""
    if plan is None or index.folded is None:
        return any(m.end() > m.start() for m in _compiled(regex).finditer(index.text))
    text = index.text
    match = None
    for look in index._lookups(plan):
        for at in index._find(*look):
            if match is None:
                match = _compiled(regex).match
            if match(text, at) is not None:
                return True
    return False
