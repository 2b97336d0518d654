"""The text being checked, with positions and counts computed once and shared by every rule."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, cached_property
from typing import Any

# letters of any script ("Fernández" is one word, not "Fern" and "ndez"), with inner apostrophes
WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*[^\W\d_]|[^\W\d_]")
# A full stop after one of these ("Ms. Lee") does not end a sentence.
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})


@cache
def _textstat() -> Any:
    """textstat with pyphen's en-US syllables: its "en" setting loads the CMU dictionary,
    which takes 0.6 s per process, longer than a whole lint should take. pyphen's patterns come
    from the user cache (see `hyphenation`), which saves another 0.1 s per process."""
    from textstat.textstat import textstatistics

    from followup.lint.hyphenation import preload

    preload("en-US")

    ts = textstatistics()
    ts.set_lang("en-US")
    return ts


class Document:
    """Offsets become (line, column) here, so checks deal only in offsets."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    @cached_property
    def words(self) -> int:
        return int(_textstat().lexicon_count(self.text))

    @cached_property
    def sentences(self) -> int:
        return int(_textstat().sentence_count(self.text))

    @cached_property
    def grade(self) -> float:
        return round(float(_textstat().flesch_kincaid_grade(self.text)), 1)

    @cached_property
    def body_lines(self) -> list[tuple[int, str]]:
        """(offset, line) for each line."""
        return [(start, self.text[start:].split("\n", 1)[0]) for start in self._line_starts]

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
