"""Punctuation a note dictated to a phone says in words ("... in the truck period new paragraph
the panel was three people colon Deshawn Pruitt ..."), read as the marks it stands for.

Every later pass reads marks: a list after "colon", a clause ending at "comma", a sentence at
"period". Each word is replaced by its mark and spaces of the same length, so every span of
the text read is still a span of the notes as written (the reader blanks a notes app's link
brackets the same way).
"""

from __future__ import annotations

import functools
import re

from followup.understanding.vocabulary import Vocabulary

# fewer said marks than this and the words are words ("a six month trial period")
MIN_MARKS = 3
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]*$")


@functools.cache
def _said(marks: tuple[str, ...], breaks: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(marks + breaks, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    # (the spaces before the word are found from its start: a leading `[ \t]*` in the pattern
    # would be tried at every space of a long run, a cost that grows with the run's square)
    return re.compile(rf"(?<![\w'’-])(?P<word>{body})(?![\w'’-])", re.IGNORECASE)


def undictated(text: str, vocab: Vocabulary) -> str:
    """The text with its said punctuation as marks, each span where it was; unchanged when the
    notes say fewer than `MIN_MARKS` marks (words, not dictation)."""
    pattern = _said(tuple(vocab.dictated_marks), tuple(vocab.dictated_breaks))
    said: list[tuple[int, int, str]] = []  # (start with the spaces before it, end, mark)
    last = 0
    marks = 0
    for hit in pattern.finditer(text):
        word = " ".join(hit.group("word").lower().split())
        start = hit.start()
        while start > last and text[start - 1] in " \t":
            start -= 1  # the mark takes the spaces before its word too ("work comma" -> "work,")
        before = _WORD_BEFORE.search(text[max(last, start - 40) : start])
        if word == "period" and before and before.group(1).lower() in vocab.period_noun_after:
            continue  # "a six month trial period": the noun
        mark = vocab.dictated_marks.get(word)
        marks += mark is not None
        said.append((start, hit.end(), mark or ""))
        last = hit.end()
    if marks < MIN_MARKS:
        return text
    out: list[str] = []
    last = 0
    ended = ""  # the last character written that is not a space (a said mark counts)
    for start, end, mark in said:
        gap = text[last:start]
        before_break = gap.rstrip(" \t")[-1:] or ended
        if not mark and before_break and (before_break.isalnum() or before_break in "\"'”’)"):
            mark = "."  # a said break ends a sentence, unless a mark already ended it
        out.append(gap)
        out.append(mark.ljust(end - start))
        ended = mark or before_break
        last = end
    out.append(text[last:])
    return "".join(out)
