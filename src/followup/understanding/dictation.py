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
    return re.compile(rf"[ \t]*(?<![\w'’-])(?P<word>{body})(?![\w'’-])", re.IGNORECASE)


def undictated(text: str, vocab: Vocabulary) -> str:
    """The text with its said punctuation as marks, each span where it was; unchanged when the
    notes say fewer than `MIN_MARKS` marks (a word, not dictation)."""
    pattern = _said(tuple(vocab.dictated_marks), tuple(vocab.dictated_breaks))
    hits = list(pattern.finditer(text))
    if sum(" ".join(h.group("word").lower().split()) in vocab.dictated_marks for h in hits) < (
        MIN_MARKS
    ):
        return text
    out: list[str] = []
    last = 0
    for hit in hits:
        said = " ".join(hit.group("word").lower().split())
        before = "".join(out) + text[last : hit.start()]
        word = _WORD_BEFORE.search(before[-40:])
        mark = vocab.dictated_marks.get(said)
        if (
            mark is not None
            and word is not None
            and word.group(1).lower() in (vocab.not_dictated_after)
        ):
            continue  # "a six month trial period": the noun
        if mark is None:  # a break: a sentence ends there, unless a mark already ended it
            ended = before.rstrip(" \t")
            mark = "." if ended and (ended[-1].isalnum() or ended[-1] in "\"'”’)") else ""
        out.append(text[last : hit.start()])
        out.append(mark.ljust(hit.end() - hit.start()))
        last = hit.end()
    out.append(text[last:])
    return "".join(out)
