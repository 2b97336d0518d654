"""Suggested corrections in bounded time: a SymSpell-style index of deletes.

pyspellchecker finds a correction by generating every string within two edits of the unknown
word (about half a million for a 14-letter word) and looking each up: over a second for a word
with nothing near it. Here, as in SymSpell, the dictionary's words are indexed by what is left
when one or two letters are deleted from their first `PREFIX` letters; an unknown word's own
deletes (at most 29) find the candidates, and the true edit distance (optimal string alignment:
insert, delete, replace, swap two neighbours) picks among them. Like pyspellchecker, the answer
is the most frequent word at the smallest distance, 1 before 2.

Only the `TOP_WORDS` most frequent words are indexed: common typos land on common words, and a
smaller index loads faster. The index is kept in the user cache (one marshal file: the words by
frequency as one string, and the deletes as newline-delimited lines grouped by a stable hash,
searched with `bytes.find` as `Lexicon` is with `str.find`), so a run reads it in about a
millisecond instead of building it.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import accumulate

from followup.lint.buckets import pack
from followup.lint.usercache import read_marshal_cache, write_bytes_cache

PREFIX = 7
DISTANCE = 2
TOP_WORDS = 30_000
_BUCKETS = 1 << 14
_FORMAT = 2  # in the cache file's name too: another checkout may share the user cache
_HEADER = f"followup-deletes {_FORMAT}"


def _bucket(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) & (_BUCKETS - 1)


def deletes(word: str, distance: int = DISTANCE) -> set[str]:
    """The word's first PREFIX letters and what is left of them after 1..distance deletions."""
    out = {word[:PREFIX]}
    edge = set(out)
    for _ in range(distance):
        edge = {w[:i] + w[i + 1 :] for w in edge for i in range(len(w))}
        out |= edge
    return out


def osa_distance(a: str, b: str, limit: int = DISTANCE) -> int:
    """The optimal-string-alignment distance of a and b, or limit + 1 when it is over limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1] if prev[-1] <= limit else limit + 1


class DeletesIndex:
    """The most frequent words (most frequent first) and their deletes, for `lookup`. It is
    held in two strings and two arrays of offsets, not an object per word or per delete, so the
    cached index loads in about a millisecond: a list and a dictionary of its 30,000 words took
    longer to build than the rest of the index took to read."""

    __slots__ = ("_blob", "_names", "_places", "_starts")

    def __init__(self, names: str, places: Sequence[int], blob: bytes, starts: Sequence[int]):
        # names is "\n" + "word\n" for every word, most frequent first; places[i] is the index
        # of the newline just before word i, places[-1] that of the last newline.
        # blob is b"\n" + b"key id,id,...\n" for every delete (UTF-8), bucket by bucket;
        # starts[b] is the offset of the newline just before bucket b, starts[-1] that of the
        # blob's last newline.
        self._names = names
        self._places = places
        self._blob = blob
        self._starts = starts

    @classmethod
    def build(cls, frequencies: Mapping[str, int], top: int = TOP_WORDS) -> DeletesIndex:
        """From a word -> count table: the `top` most frequent words (ties by the word)."""
        ranked = sorted(
            (w for w in frequencies if w and " " not in w and "\n" not in w),
            key=lambda w: (-frequencies[w], w),
        )[:top]
        table: dict[str, list[int]] = {}
        for i, word in enumerate(ranked):
            for key in deletes(word):
                table.setdefault(key, []).append(i)
        buckets: list[list[bytes]] = [[] for _ in range(_BUCKETS)]
        for key in sorted(table):
            line = f"{key} {','.join(map(str, table[key]))}\n"
            buckets[_bucket(key)].append(line.encode("utf-8", "surrogatepass"))
        names = "".join(["\n", *(f"{w}\n" for w in ranked)])
        places = list(accumulate((len(w) + 1 for w in ranked), initial=0))
        return cls(names, places, *pack(buckets, b"\n"))

    def dump(self) -> bytes:
        return marshal.dumps(
            (
                _HEADER,
                _BUCKETS,
                self._names,
                array("q", self._places).tobytes(),
                self._blob,
                array("q", self._starts).tobytes(),
            )
        )

    @classmethod
    def parse(cls, loaded: object) -> DeletesIndex | None:
        """The index in `loaded` (`dump`'s bytes, unmarshalled), or None when it is not one: a
        bad cache file."""
        if type(loaded) is not tuple or len(loaded) != 6:
            return None
        header, buckets, names, places_bytes, blob, starts_bytes = loaded
        if not (
            header == _HEADER
            and buckets == _BUCKETS
            and type(names) is str
            and type(blob) is bytes
            and type(places_bytes) is bytes
            and type(starts_bytes) is bytes
            and len(places_bytes) % 8 == 0
            and len(starts_bytes) == (_BUCKETS + 1) * 8
        ):
            return None
        places, starts = array("q"), array("q")
        places.frombytes(places_bytes)
        starts.frombytes(starts_bytes)
        ok = (
            places[:1].tolist() == [0]
            and places[-1] == len(names) - 1
            and names.startswith("\n")
            and names.endswith("\n")
            and starts[0] == 0
            and starts[-1] == len(blob) - 1
            and blob.startswith(b"\n")
            and blob.endswith(b"\n")
        )
        return cls(names, places, blob, starts) if ok else None

    @property
    def words(self) -> list[str]:
        """Every indexed word, most frequent first."""
        return self._names[1:-1].split("\n") if len(self._places) > 1 else []

    def _word(self, i: int) -> str:
        return self._names[self._places[i] + 1 : self._places[i + 1]]

    def _ids(self, key: str) -> list[int]:
        b = _bucket(key)
        blob = self._blob
        encoded = key.encode("utf-8", "surrogatepass")
        at = blob.find(b"\n" + encoded + b" ", self._starts[b], self._starts[b + 1] + 1)
        if at < 0:
            return []
        start = at + len(encoded) + 2
        return [int(n) for n in blob[start : blob.index(b"\n", start)].split(b",")]

    def lookup(self, word: str) -> str | None:
        """The most frequent indexed word at the smallest distance (1 or 2) from `word`; None
        when the word is indexed itself or nothing is within 2."""
        # every indexed word is indexed under its own first PREFIX letters (no letter deleted)
        head = word[:PREFIX]
        own = self._ids(head)
        if any(self._word(i) == word for i in own):
            return None
        best: tuple[int, int] | None = None
        seen: set[int] = set()
        for key in deletes(word):
            for i in own if key == head else self._ids(key):
                if i in seen:
                    continue
                seen.add(i)
                d = osa_distance(word, self._word(i))
                if d <= DISTANCE and (best is None or (d, i) < best):
                    best = (d, i)
        return self._word(best[1]) if best is not None else None


@cache
def index() -> DeletesIndex:
    """The index of pyspellchecker's English words, from the user cache when there is one
    (else built from the checker's frequencies, about a second, then cached)."""
    from followup.lint.checks.spelling import _checker, _dictionary_file
    from followup.lint.usercache import source_tag

    source = _dictionary_file()
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"
    tag = f"{py}-{TOP_WORDS}-v{_FORMAT}-{source_tag(source)}" if source else None
    name = f"en-deletes-{tag}.marshal" if tag else None
    if name is not None:
        found = DeletesIndex.parse(read_marshal_cache(name))
        if found is not None:
            return found
    built = DeletesIndex.build(_checker().word_frequency.dictionary, TOP_WORDS)
    if name is not None:
        write_bytes_cache(name, built.dump(), family="en-deletes-")
    return built
