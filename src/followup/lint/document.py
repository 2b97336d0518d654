"""The text being checked, with positions and counts computed once and shared by every rule."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from followup.lint.prefilter import TextIndex

if TYPE_CHECKING:
    from followup.lint.emailparts import EmailParts

# letters of any script ("Fernández" is one word, not "Fern" and "ndez"), with inner apostrophes
# ("don't", "rock'n'roll"): runs of letters joined by runs of apostrophes, written so the
# engine never backtracks over a word (twice as fast as letter-or-apostrophe then a letter)
WORD_RE = re.compile(r"[^\W\d_]+(?:['’]+[^\W\d_]+)*")
# A full stop after one of these ("Ms. Lee") does not end a sentence.
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})


@cache
def _textstat() -> Any:
    """textstat with pyphen's en-US syllables, as `_chunk_syllables` counts them: its "en"
    setting loads the CMU dictionary, which takes 0.6 s per process. (The tests compare with
    it; a lint does not import textstat, see `_hyphenator`.)"""
    from textstat.textstat import textstatistics

    _hyphenator()  # the cached hyphenation patterns
    ts = textstatistics()
    ts.set_lang(_LANG)
    return ts


@cache
def _hyphenator() -> Any:
    """pyphen's en-US hyphenator, as textstat's `get_pyphen` makes it (`Pyphen(lang=...)`),
    with the patterns from the user cache (see `hyphenation`), which saves 0.1 s per process.
    Made here rather than through textstat: importing textstat imports the CMU dictionary's
    package, which reads every installed package's metadata (about 30 ms of a cold lint)."""
    from pyphen import Pyphen  # type: ignore[import-untyped]

    from followup.lint.hyphenation import preload

    preload(_LANG)
    return Pyphen(lang=_LANG)


_LANG = "en-US"
_SYLLABLES: dict[str, int] = {}
_SYLLABLES_MAX = 100_000
# textstat's `list_words(text, lowercase=True)` (textstat 0.7): its `remove_punctuation`
# deletes an apostrophe that opens no contraction ending ('t 's 'd 've 'll 're), then every
# character but word characters, spaces and apostrophes; then lower-case and split. A
# property test checks this against textstat itself on arbitrary text.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")


def _textstat_words(text: str) -> list[str]:
    """textstat's `list_words(text, lowercase=True)` (see above)."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower().split()


def _syllable_count(text: str) -> int:
    """textstat's syllable count for `text` (see `_chunk_syllables`)."""
    return sum(_chunk_syllables(text))


def _chunk_syllables(text: str) -> list[int]:
    """textstat's syllables (pyphen's hyphenation points + 1 for each word of its
    `list_words(text, lowercase=True)`) for each run of non-spaces, remembered per run:
    textstat remembers whole texts only, and its per-word loop was a third of a whole lint.
    A run is one of textstat's words or none (its punctuation removal deletes no space, and
    what it deletes depends only on the run), so the runs' counts add up to the text's, and
    the runs with a count are its words. Tests check both against textstat on arbitrary text."""
    chunks = text.split()
    memo = _SYLLABLES
    try:
        return list(map(memo.__getitem__, chunks))  # every run seen before: the usual case
    except KeyError:
        pass
    hyphenator = _hyphenator()
    if len(memo) + len(chunks) > _SYLLABLES_MAX:
        memo.clear()
    counts = []
    for chunk in chunks:
        n = memo.get(chunk)
        if n is None:
            words = _textstat_words(chunk)
            n = memo[chunk] = sum(len(hyphenator.positions(w)) + 1 for w in words)
        counts.append(n)
    return counts


# textstat's sentence: what its `count_sentences` finds
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# one match per run of non-spaces that holds a word character
_WORD_CHUNK = re.compile(r"\w\S*")


def _count_words(text: str) -> int:
    r"""textstat's `count_words` (which `lexicon_count` is), without its two regex passes and a
    list per call: it deletes punctuation (`[^\w\s']`, and an apostrophe not opening a
    contraction ending such as 't or 've), then counts what `split()` gives. Deleting never
    removes a space, so its words are the text's runs of non-spaces that keep a character; an
    apostrophe is kept only before a letter of the same run, so a run keeps a character exactly
    when it holds a word character. textstat's own counting was a fifth of a lint; a property
    test checks this against it on arbitrary text."""
    return len(_WORD_CHUNK.findall(text))


_has_word_character = re.compile(r"\w").search


def _at_most_two_words(sentence: str) -> bool:
    """`_count_words(sentence) <= 2`, counted only when it may be so: a sentence whose first
    three runs of non-spaces each hold a word character has three words (most do)."""
    runs = sentence.split(maxsplit=3)
    if len(runs) >= 3 and all(map(_has_word_character, runs[:3])):
        return False
    return _count_words(sentence) <= 2


class Document:
    """Offsets become (line, column) here, so checks deal only in offsets."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def parts(self) -> EmailParts:
        """Where the greeting, body and sign-off are (`emailparts`), read once per text."""
        from followup.lint.emailparts import parse

        return parse(self.text)

    @cached_property
    def index(self) -> TextIndex:
        """The words by position, for the rules' prefilter plans."""
        return TextIndex(self.text)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def line(self, number: int) -> str:
        """The text of a 1-based line, without its newline."""
        starts = self._line_starts
        end = starts[number] - 1 if number < len(starts) else len(self.text)
        return self.text[starts[number - 1] : end]

    @cached_property
    def _syllables(self) -> list[int]:
        return _chunk_syllables(self.text)

    @cached_property
    def words(self) -> int:
        """textstat's `lexicon_count`: the runs of non-spaces that keep a character when it
        deletes punctuation, which are those with syllables (see `_chunk_syllables`)."""
        counts = self._syllables
        return len(counts) - counts.count(0)

    @cached_property
    def sentences(self) -> int:
        """textstat's `sentence_count`: its sentences, less those of two words or fewer."""
        if not self.text:
            return 0
        found = _TEXTSTAT_SENTENCE.findall(self.text)
        short = sum(map(_at_most_two_words, found))
        return max(1, len(found) - short)

    @cached_property
    def grade(self) -> float:
        """textstat's Flesch-Kincaid grade (the formula of `textstat.flesch_kincaid_grade`,
        with the syllables counted by `_chunk_syllables`), to one decimal."""
        words = self.words  # textstat's lexicon_count: the count its formulas divide by
        sentences = self.sentences
        per_sentence = words / sentences if sentences else 0.0
        per_word = sum(self._syllables) / words if words and self.text else 0.0
        if per_sentence == 0 or per_word == 0:
            return 0.0
        return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1)

    @cached_property
    def body_lines(self) -> list[tuple[int, str]]:
        """(offset, line) for each line."""
        return list(zip(self._line_starts, self.text.split("\n"), strict=True))

    def is_sentence_start(self, offset: int) -> bool:
        """True when only spaces stand between `offset` and a line start or a sentence end."""
        i = offset - 1
        while i >= 0 and self.text[i] in " \t\"'“‘(":
            i -= 1
        if i >= 0 and self.text[i] == ".":
            j = i
            while j > 0 and self.text[j - 1].isalpha():
                j -= 1
            if self.text[j:i].lower() in _TITLES:
                return False
        return i < 0 or self.text[i] in "\n.!?:"
