"""The dictionary's words in a form that loads in milliseconds (`Lexicon`), for the spelling
check (`checks/spelling.py`) and the sentences built from a fact (`sentences/extractive.py`)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence

from followup.lint.buckets import pack

_LEXICON_HEADER = "followup-lexicon 1"
_BUCKETS = 4096  # a power of two; about 40 words a bucket for pyspellchecker's 160,000
_MEMO_MAX = 100_000  # answers remembered before the memo starts again


def _bucket(word: str) -> int:
    """A hash that is the same in every process (str hashes are salted per process)."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & (_BUCKETS - 1)


class Lexicon:
    """A word list for membership tests that loads in milliseconds.

    A frozenset of 160,000 words costs about 60 ms to build, since every word is hashed: a fifth
    of a whole `followup lint`. Here the words stay in one string, grouped by a stable hash into
    newline-delimited buckets, so a lookup searches one bucket of a few dozen words. Answers are
    remembered, since a text (and a batch of texts) repeats its words.
    """

    __slots__ = ("_blob", "_memo", "_starts")

    def __init__(self, blob: str, starts: Sequence[int]) -> None:
        # blob is "\n" + "word\n" for every word, bucket by bucket; starts[b] is the index of the
        # newline just before bucket b, and starts[-1] that of the blob's last newline
        self._blob = blob
        self._starts = starts
        self._memo: dict[str, bool] = {}

    @classmethod
    def from_words(cls, words: Iterable[str]) -> Lexicon:
        buckets: list[list[str]] = [[] for _ in range(_BUCKETS)]
        for word in sorted(set(words)):
            if word and "\n" not in word:
                buckets[_bucket(word)].append(word)
        return cls(*pack([[f"{word}\n" for word in bucket] for bucket in buckets], "\n"))

    def dump(self) -> str:
        return f"{_LEXICON_HEADER} {_BUCKETS}\n{' '.join(map(str, self._starts))}\n{self._blob}"

    @classmethod
    def parse(cls, text: str) -> Lexicon | None:
        """The lexicon in `text` (from `dump`), or None when it is not one: a bad cache file."""
        header, _, rest = text.partition("\n")
        index, _, blob = rest.partition("\n")
        if header != f"{_LEXICON_HEADER} {_BUCKETS}":
            return None
        try:
            starts = [int(n) for n in index.split(" ")]
        except ValueError:
            return None
        ok = (
            len(starts) == _BUCKETS + 1
            and starts[0] == 0
            and starts[-1] == len(blob) - 1
            and blob.startswith("\n")
            and blob.endswith("\n")
        )
        return cls(blob, starts) if ok else None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._memo.get(word)
        if found is None:
            if not word or "\n" in word:
                found = False
            else:
                b = _bucket(word)
                found = (
                    self._blob.find(f"\n{word}\n", self._starts[b], self._starts[b + 1] + 1) >= 0
                )
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[word] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._blob[1:-1].split("\n") if len(self._blob) > 1 else [])

    def __len__(self) -> int:
        return self._blob.count("\n") - 1
