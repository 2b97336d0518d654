"""Where a rule's regex could match, found without scanning the text with it.

Python's `re` tries every alternative of a pattern at every position of the text: a rule with
forty phrasings costs forty attempts per character, and a note's rules spent most of a lint
there. But nearly every alternative in `rules/` starts with a literal word after a word
boundary (`\\bthank(?:s|ful|...)`, a word list's `(?<![\\w'’])(?:gonna|...)`), so a match can
only start where the text has such a word. A `Starts` (read from the pattern by `starts.py`,
once per rule, and kept in the rules cache) lists them: whole words, word beginnings and
strings, each with the words of which the text must have one ("next" needs "steps", "stage"
or "round"). Per text, the words are collected once (`TextIndex`), each rule keeps the starts
the text has, and its regex runs only where they stand.

`finditer(regex, starts, index)` gives exactly the matches of `regex.finditer(text)`: the
starts state a condition every match meets (a necessary one, never a sufficient one), and the regex
itself decides at each place. A rule without starts scans the whole text as before. Case:
places are found in the text lower-cased (with the two letters `re` also folds onto ASCII,
dotless ı and long ſ); a text whose lower-casing changes its length (a Turkish İ) is scanned
whole. The tests compare both ways on every shipped rule and on generated text, and check the
folding against `re` itself over every Unicode character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

# re.IGNORECASE also matches these to an ASCII letter, though their lower case is not ASCII
_FOLD_EXTRA = str.maketrans({"ı": "i", "ſ": "s"})
# every ASCII character that is not a word character (`\w`), made a space (`TextIndex`)
_ASCII_NON_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")}
)
_NON_WORD = re.compile(r"\W")


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
class Starts:
    """Where a match of one pattern can start. Each start maps to the words of which a text
    must have one for a match to start there (a phrase's next word: "next" needs "steps",
    "stage" or "round"), or to an empty set when it needs none."""

    words: dict[str, frozenset[str]]  # a word that is exactly this (all lower-cased)
    prefixes: dict[str, frozenset[str]]  # a word that begins with this
    strings: dict[str, frozenset[str]]  # this, in a word or not

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The whole words, as a set: a text's words are intersected with it in one step."""
        return frozenset(self.words)


class TextIndex:
    """One text lower-cased, and where each of its words stands: made once, shared by every
    rule. A rule's whole words are then dictionary lookups, not searches of the text (a
    search for "i" stopped at every i of every word)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.words: frozenset[str] | None = None
        self._places: dict[str, list[int]] = {}
        if self.folded is None:
            return
        # the folded text with every character that is not a word character (`\w`) made a
        # space: its words are what `split(" ")` gives between the spaces (lower-casing never
        # turns a word character into another kind, a test checks every character, so these
        # are the text's words), each at the offset it has in the text. One pass in C and a
        # loop of dictionary appends: a regex walk made a match object per word.
        folded = self.folded
        spaced = (
            folded.translate(_ASCII_NON_WORD) if folded.isascii() else _NON_WORD.sub(" ", folded)
        )
        places = self._places
        at = 0
        for word in spaced.split(" "):
            if word:
                found = places.get(word)
                if found is None:
                    places[word] = [at]
                else:
                    found.append(at)
            at += len(word) + 1
        self.words = frozenset(places)

    def at(self, word: str) -> list[int]:
        """Where `word` stands as a whole word (a run of word characters that is exactly
        this), in text order."""
        return self._places.get(word) or []

    def candidates(self, starts: Starts) -> list[int] | None:
        """Sorted positions where a match of the pattern could start; None when this
        text cannot be searched this way (then scan it whole)."""
        if self.folded is None:
            return None
        places = list(self._lookups(starts))
        if len(places) == 1:
            return list(places[0])  # one word's places (in order), or one string's
        return sorted({at for found in places for at in found})

    def _lookups(self, starts: Starts) -> Iterator[Iterable[int]]:
        """The places of each of the pattern's starts that this text has, with a word they need,
        each in text order: a whole word's from the index, a word beginning's or a string's
        found in the text."""
        words = self.words
        assert words is not None
        wanted = starts.words
        for word in starts.word_set & words:
            needs = wanted[word]
            if not needs or not needs.isdisjoint(words):
                # where it stands as a whole word: where it is one of the text's words (a
                # run of word characters, which the text has it as)
                yield self.at(word)
        for prefix, needs in starts.prefixes.items():
            if not needs or not needs.isdisjoint(words):
                yield self._find(prefix, True)
        for string, needs in starts.strings.items():
            if not needs or not needs.isdisjoint(words):
                yield self._find(string, False)

    def _find(self, string: str, word_start: bool) -> Iterator[int]:
        """Where `string` stands (only at a word's start, with `word_start`)."""
        folded = self.folded
        assert folded is not None
        i = folded.find(string)
        while i >= 0:
            if not (word_start and i > 0 and ((c := folded[i - 1]).isalnum() or c == "_")):
                yield i
            i = folded.find(string, i + 1)


Compile = Callable[[], re.Pattern[str]]


def _compiled(regex: re.Pattern[str] | Compile) -> re.Pattern[str]:
    return regex if isinstance(regex, re.Pattern) else regex()


def finditer(
    regex: re.Pattern[str] | Compile, starts: Starts | None, index: TextIndex
) -> Iterator[re.Match[str]]:
    """The matches of `regex.finditer(index.text)`, trying the regex only where a match can start.
    Every match is non-empty (its starts are), and they come in the same order. `regex`
    may be a function that compiles it: it is called only when the text has a place to try it
    (a rule's regex is compiled again in every process, and most notes give most rules none)."""
    places = index.candidates(starts) if starts is not None else None
    if places is None:
        yield from _compiled(regex).finditer(index.text)
        return
    if not places:
        return
    text = index.text
    match = _compiled(regex).match
    end = 0
    for start in places:
        if start < end:
            continue
        m = match(text, start)
        if m is not None:
            end = m.end()
            yield m


def found(
    regex: re.Pattern[str] | Compile,
    starts: Starts | None,
    index: TextIndex,
    within: tuple[int, int] | None = None,
) -> bool:
    """Whether the regex has a non-empty match at some place of the text (`within`: one that
    starts and ends inside text[lo:hi]), as `regex.match(text, place)`; with `within` this can
    be a match that `finditer` would not give, one overlapping an earlier match that runs in
    from before `lo`. The starts are tried in any order, and the first that
    matches ends the search (a required element is usually found at the first or second place
    tried). A function for `regex` is called only when there is a place to try it, as in
    `finditer`."""
    text = index.text
    lo, hi = within if within is not None else (0, len(text))
    if starts is None or index.folded is None:
        # each place a match starts, left to right, as `match` at that place gives it
        search = _compiled(regex).search
        m = search(text, lo)
        while m is not None and m.start() < hi:
            if m.end() > m.start() and m.end() <= hi:
                return True
            m = search(text, m.start() + 1)
        return False
    match = None
    for places in index._lookups(starts):
        for at in places:
            if at < lo or at >= hi:
                continue
            if match is None:
                match = _compiled(regex).match
            m = match(text, at)
            if m is not None and m.end() <= hi:
                return True
    return False
