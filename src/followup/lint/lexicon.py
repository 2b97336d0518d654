"""The dictionary's words in a form that loads in milliseconds (`Lexicon`), for the spelling
check (`checks/spelling.py`) and the sentences built from a fact (`sentences/extractive.py`)."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator

from followup.lint.buckets import pack

FORMAT = 2  # in the cache file's name too: another checkout may share the user cache
_LEXICON_HEADER = f"followup-lexicon {FORMAT}"
_BUCKETS = 4096  # a power of two; about 40 words a bucket for pyspellchecker's 160,000
_WIDTH = 8  # hexadecimal digits of a bucket's offset in the index line
_MEMO_MAX = 100_000  # answers remembered before the memo starts again
_HEX = re.compile(r"[0-9a-f]*")


def _bucket(word: str) -> int:
    """A hash that is the same in every process (str hashes are salted per process)."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & (_BUCKETS - 1)


class Lexicon:
    """A word list for membership tests that loads in milliseconds.

    A frozenset of 160,000 words costs about 60 ms to build, since every word is hashed: a fifth
    of a whole `followup lint`. Here the words stay in one string, grouped by a stable hash into
    newline-delimited buckets, so a lookup searches one bucket of a few dozen words. The string
    is the cache file itself: a header line, an index line of fixed-width offsets (read when a
    bucket is searched, not parsed into a list at load), and the buckets. Answers are
    remembered, since a text (and a batch of texts) repeats its words.
    """

    __slots__ = ("_base", "_memo", "_text")

    def __init__(self, text: str) -> None:
        # text is the header line, the index line (for each bucket, then for the end, the
        # offset from `_base` of the newline before it, `_WIDTH` hex digits each), then "\n" +
        # "word\n" for every word, bucket by bucket, from `_base` on
        self._text = text
        self._base = text.index("\n") + 1 + _WIDTH * (_BUCKETS + 1)
        self._memo: dict[str, bool] = {}

    @classmethod
    def from_words(cls, words: Iterable[str]) -> Lexicon:
        buckets: list[list[str]] = [[] for _ in range(_BUCKETS)]
        for word in sorted(set(words)):
            if word and "\n" not in word:
                buckets[_bucket(word)].append(word)
        blob, starts = pack([[f"{word}\n" for word in bucket] for bucket in buckets], "\n")
        index = "".join(f"{start:0{_WIDTH}x}" for start in starts)
        return cls(f"{_LEXICON_HEADER} {_BUCKETS}\n{index}{blob}")

    def dump(self) -> str:
        return self._text

    @classmethod
    def parse(cls, text: str) -> Lexicon | None:
        """The lexicon in `text` (from `dump`), or None when it is not one: a bad cache file."""
        first = text.find("\n")
        if text[:first] != f"{_LEXICON_HEADER} {_BUCKETS}":
            return None
        index = text[first + 1 : first + 1 + _WIDTH * (_BUCKETS + 1)]
        base = first + 1 + len(index)
        ok = (
            len(index) == _WIDTH * (_BUCKETS + 1)
            and _HEX.fullmatch(index) is not None
            and int(index[:_WIDTH], 16) == 0
            and int(index[-_WIDTH:], 16) == len(text) - base - 1
            and text.startswith("\n", base)
            and text.endswith("\n")
        )
        return cls(text) if ok else None

    def _start(self, bucket: int) -> int:
        """Where bucket `bucket`'s newline is in the text (`_BUCKETS` for the last newline)."""
        at = self._base - _WIDTH * (_BUCKETS + 1 - bucket)
        return self._base + int(self._text[at : at + _WIDTH], 16)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._memo.get(word)
        if found is None:
            if not word or "\n" in word:
                found = False
            else:
                b = _bucket(word)
                found = self._text.find(f"\n{word}\n", self._start(b), self._start(b + 1) + 1) >= 0
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[word] = found
        return found

    def __iter__(self) -> Iterator[str]:
        words = self._text[self._base + 1 : -1]
        return iter(words.split("\n") if words else [])

    def __len__(self) -> int:
        return self._text.count("\n", self._base) - 1
