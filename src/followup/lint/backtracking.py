"""Patterns that can take exponential time, found when a rule file is validated.

Python's `re` backtracks: when a repeated part can match the same text in more than one way,
a text that almost matches makes it try every way. `(a+)+$` on forty a's and a b tries about
2^40 splits of the a's between the two repeats: a lint that never ends. A rule file with such a
pattern is refused at load, naming the file, the rule and the pattern, so the user can rewrite
it (`docs/reliability.md`); the shipped rules have none (a test checks).

The test reads the pattern's parse tree (the same private parser `starts` reads). Inside every
repeat that can run more than once, take each part that can stop at one place or go on (a
repeat of varying count, `(?:so|such)`): the characters it could go on with must not be where
the next varying part of this round or the next can start, unless a part that cannot start
with them stands between (the space of `(\\w+ )+` keeps the rounds apart); and the
alternatives of a repeated choice must not match the same text (`(?:a|a)+`). Characters are
compared over a sample (ASCII and a few dozen others), with the pattern's case flags;
possessive repeats (`a++`) and atomic groups (`(?>...)`), which never give back what they
took, are exempt. This does not find every slow pattern (`a*a*a*b` is polynomial, and rarer
shapes slip through), so `followup lint` also gives the rules of `--rules` folders a time
budget (`lint/budget.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

# re's parser and compiler: private modules, used only to read a pattern's structure and to
# compile one character class of it (a structure not understood is passed over, not refused)
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any

_SAMPLE = [chr(c) for c in range(128)] + list(
    "éÉßıİſ\u212a’‘“”–—…\u00a0\u2028\u3000٣中жЖ\U0001f600\u0301ŉǅΣσς"
)
_ALL = (1 << len(_SAMPLE)) - 1
_INF = float("inf")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ONE_CHAR = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY)
_GROUPREFS = (C.GROUPREF, C.GROUPREF_IGNORE, C.GROUPREF_EXISTS)

Item = tuple[Any, Any]


def problem(pattern: str, flags: int = 0) -> str | None:
    """Why `pattern` can take exponential time, or None when no such part was found."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return None  # reported as a bad regex by the caller
    try:
        why = _Reader(parsed.state).find(list(parsed.data))
    except RecursionError:
        return None  # nested too deep to read: the time budget still applies
    if why is None:
        return None
    return (
        f"pattern {pattern!r} can take exponential time: {why}; rewrite it so that each "
        "piece of text can be matched one way only (e.g. '(a+)+' as 'a+', '(\\w+\\s?)+' as "
        "'\\w+(?:\\s\\w+)*'), or make the inner repeat possessive ('a++') or atomic ('(?>...)')"
    )


class _Reader:
    def __init__(self, state: Any) -> None:
        self.state = state
        self.flags = state.flags
        self._chars: dict[tuple[Any, Any, int], int] = {}

    @contextmanager
    def _scope(self, av: Any) -> Iterator[None]:
        """Inside `(?i:...)` and the like: its flags."""
        saved = self.flags
        self.flags = (saved | av[1]) & ~av[2]
        try:
            yield
        finally:
            self.flags = saved

    # -- finding ------------------------------------------------------------------------------

    def find(self, items: list[Item]) -> str | None:
        """The first problem in any repeat among these items, however deep."""
        for op, av in items:
            found = self._find_in(op, av)
            if found:
                return found
        return None

    def _find_in(self, op: Any, av: Any) -> str | None:
        if op in _REPEATS:
            body = list(av[2].data)
            if av[1] > 1:
                found = self._repeated(body)
                if found:
                    return found
            return self.find(body)
        if op is C.POSSESSIVE_REPEAT:
            return self.find(list(av[2].data))
        if op is C.SUBPATTERN:
            with self._scope(av):
                return self.find(list(av[3].data))
        if op is C.ATOMIC_GROUP:
            return self.find(list(av.data))
        if op is C.BRANCH:
            for alternative in av[1]:
                found = self.find(list(alternative.data))
                if found:
                    return found
        if op in (C.ASSERT, C.ASSERT_NOT):
            return self.find(list(av[1].data))
        if op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    found = self.find(list(branch.data))
                    if found:
                        return found
        return None

    def _repeated(self, body: list[Item]) -> str | None:
        """What makes a repeated body match a text in many ways, if anything."""
        items = _flatten(body)
        count = len(items)
        for i, item in enumerate(items):
            more = self._more(item)
            if not more:
                continue  # it stops at one place only
            for step in range(1, count + 1):
                other = items[(i + step) % count]
                first = self._first(other)
                if first & more and self._more(other):
                    return (
                        "a repeated part matches a varying amount of text next to another "
                        "that can take the same characters, so a text can be split between "
                        "them in many ways"
                    )
                if _length(other)[0] >= 1 and not first & more:
                    break  # it cannot start with what came before: a separator
        for op, av in items:
            if op is C.BRANCH and self._same_text([list(a.data) for a in av[1]]):
                return (
                    "a repeated choice has alternatives that can match the same text, so "
                    "a text can be matched in many ways"
                )
        return None

    def _same_text(self, alternatives: list[list[Item]]) -> bool:
        """Whether two alternatives may match the very same text."""
        shapes = [(self._places(alt), _seq_length(alt)) for alt in alternatives]
        for i, (places_i, length_i) in enumerate(shapes):
            for places_j, length_j in shapes[i + 1 :]:
                if length_i[0] == 0 and length_j[0] == 0:
                    return True  # both can be empty
                if _fixed(length_i) and _fixed(length_j) and length_i != length_j:
                    continue  # of different lengths: never the same text
                if self._diverge(places_i, places_j) in (None, _ALL):
                    return True  # the same, or cannot be told apart
        return False

    # -- what a part can do -------------------------------------------------------------------

    def _more(self, item: Item) -> int:
        """The characters the item can take next at a place where it could also stop: none
        for a part that always stops at the same place."""
        op, av = item
        if op in _REPEATS:
            low, high, sub = av
            body = list(sub.data)
            more = self._more_of(body)
            if high != low:
                more |= self._first_of(body)
            return more
        if op is C.SUBPATTERN:
            with self._scope(av):
                return self._more_of(list(av[3].data))
        if op is C.BRANCH:
            alternatives = [list(a.data) for a in av[1]]
            more = 0
            for alternative in alternatives:
                more |= self._more_of(alternative)
            places = [self._places(alt) for alt in alternatives]
            for i, places_i in enumerate(places):
                for places_j in places[i + 1 :]:
                    ended = self._diverge(places_i, places_j)
                    if ended is not None:
                        more |= ended
            return more
        if op in _GROUPREFS:
            return _ALL
        return 0  # a character, an assertion, a possessive repeat or an atomic group

    def _more_of(self, items: list[Item]) -> int:
        """`_more` of a sequence: its last part's, and, where that part may be skipped, what
        comes before it and the part itself."""
        more = 0
        for item in reversed(items):
            more |= self._more(item)
            if _length(item)[0] >= 1:
                break
            more |= self._first(item)
        return more

    def _places(self, items: list[Item]) -> tuple[list[int], bool]:
        """The characters of an alternative's first places, as far as it is a run of single
        characters, and whether that is all of it (else one more place holds the characters
        the rest can start with)."""
        places: list[int] = []
        flat = _flatten(items)
        for index, item in enumerate(flat):
            if item[0] in _ONE_CHAR:
                places.append(self._leaf(*item))
            elif _length(item) != (0, 0):  # an assertion only adds a condition
                places.append(self._first_of(flat[index:]))
                return places, False
        return places, True

    def _diverge(self, a: tuple[list[int], bool], b: tuple[list[int], bool]) -> int | None:
        """None when two alternatives may match the same text; 0 when they differ at some
        place; else (one may be the start of the other) the characters the longer goes on
        with, or all when that cannot be told."""
        places_a, whole_a = a
        places_b, whole_b = b
        for x, y in zip(places_a, places_b, strict=False):
            if not x & y:
                return 0
        if not whole_a or not whole_b:
            return _ALL if len(places_a) != len(places_b) or not (whole_a and whole_b) else None
        if len(places_a) == len(places_b):
            return None
        longer = places_a if len(places_a) > len(places_b) else places_b
        return longer[min(len(places_a), len(places_b))]

    def _first(self, item: Item) -> int:
        """The characters a match of the item can start with."""
        op, av = item
        if op in _ONE_CHAR:
            return self._leaf(op, av)
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            return self._first_of(list(av[2].data))
        if op is C.SUBPATTERN:
            with self._scope(av):
                return self._first_of(list(av[3].data))
        if op is C.ATOMIC_GROUP:
            return self._first_of(list(av.data))
        if op is C.BRANCH:
            found = 0
            for alternative in av[1]:
                found |= self._first_of(list(alternative.data))
            return found
        if op in _GROUPREFS:
            return _ALL
        return 0

    def _first_of(self, items: list[Item]) -> int:
        found = 0
        for item in items:
            found |= self._first(item)
            if _length(item)[0] >= 1:
                break
        return found

    def _leaf(self, op: Any, av: Any) -> int:
        """The sample characters one single-character item matches, as a bit set."""
        key = (op, id(av) if op is C.IN else av, self.flags)
        found = self._chars.get(key)
        if found is None:
            try:
                sub = _parser.SubPattern(self.state, [(op, av)])
                regex = _compiler.compile(sub, self.flags)
                found = sum(1 << i for i, c in enumerate(_SAMPLE) if regex.fullmatch(c))
            except (re.error, TypeError, ValueError):
                found = _ALL
            self._chars[key] = found
        return found


def _flatten(items: list[Item]) -> list[Item]:
    """The items of a sequence, with plain groups opened (their items are the sequence's);
    a group that changes flags stays whole."""
    out: list[Item] = []
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            out.extend(_flatten(list(av[3].data)))
        else:
            out.append((op, av))
    return out


def _fixed(length: tuple[float, float]) -> bool:
    return length[0] == length[1]


def _length(item: Item) -> tuple[float, float]:
    """The fewest and most characters an item can match."""
    op, av = item
    if op in _ONE_CHAR:
        return 1, 1
    if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        sub_low, sub_high = _seq_length(list(sub.data))
        if sub_high == 0:
            return 0, 0
        most = _INF if high == C.MAXREPEAT or sub_high == _INF else high * sub_high
        return low * sub_low, most
    if op is C.SUBPATTERN:
        return _seq_length(list(av[3].data))
    if op is C.ATOMIC_GROUP:
        return _seq_length(list(av.data))
    if op is C.BRANCH:
        lengths = [_seq_length(list(a.data)) for a in av[1]]
        return min(lo for lo, _ in lengths), max(hi for _, hi in lengths)
    if op in _GROUPREFS:
        return 0, _INF
    return 0, 0  # assertions, anchors: zero width


def _seq_length(items: list[Item]) -> tuple[float, float]:
    low: float = 0
    high: float = 0
    for item in items:
        lo, hi = _length(item)
        low += lo
        high += hi
    return low, high
