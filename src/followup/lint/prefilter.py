"""Where a rule's regex could match, found without scanning the text with it.

Python's `re` tries every alternative of a pattern at every position of the text: a rule with
forty phrasings costs forty attempts per character, and a note's rules spent most of a lint
there. But nearly every alternative in `rules/` starts with a literal word after a word
boundary (`\\bthank(?:s|ful|...)`, a word list's `(?<![\\w'’])(?:gonna|...)`), so a match can
only start where the text has such a word. A `Plan` lists those starts, read from the pattern's
parse tree once per rule: whole words, word beginnings, and literal strings that may start
anywhere. Per text, the words are indexed once (`TextIndex`) and each rule looks up its own, so
the regex runs only at the few positions where it could match.

`finditer(regex, plan, index)` gives exactly the matches of `regex.finditer(text)`: a plan
states a condition every match must meet (a necessary one, never a sufficient one), and the
regex itself decides at each candidate position. Anything the analysis does not understand
makes no plan, and the rule scans the whole text as before. Case: positions are found in the
text lower-cased (with the two letters `re` also folds onto ASCII, dotless ı and long ſ); a
text whose lower-casing changes its length (a Turkish İ) is scanned whole. The tests compare
both ways on every shipped rule and on generated text, and check the folding against `re`
itself over every Unicode character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# re's parser and its opcodes: private modules, but parsing is all that is used, and any
# structure not recognised below only means "no plan" (a test checks the shipped rules get one)
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

_WORD = re.compile(r"\w+")
# re.IGNORECASE also matches these to an ASCII letter, though their lower case is not ASCII
_FOLD_EXTRA = str.maketrans({"ı": "i", "ſ": "s"})
# characters a plan may contain: their folding is checked against `re` by the tests
SAFE_CHARS = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset("\t\n’‘“”…–—")


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


def finditer(
    regex: re.Pattern[str], plan: Plan | None, index: TextIndex
) -> Iterator[re.Match[str]]:
    """The matches of `regex.finditer(index.text)`, trying the regex only where the plan allows.
    Every match is non-empty (a plan's starts are), and they come in the same order."""
    starts = index.candidates(plan) if plan is not None else None
    if starts is None:
        yield from regex.finditer(index.text)
        return
    text = index.text
    match = regex.match
    end = 0
    for start in starts:
        if start < end:
            continue
        m = match(text, start)
        if m is not None:
            end = m.end()
            yield m


def found(regex: re.Pattern[str], plan: Plan | None, index: TextIndex) -> bool:
    """Whether `regex.finditer(index.text)` finds any non-empty match: the plan's starts are
    tried in any order, and the first that matches ends the search (a required element is
    usually found at the first or second place tried)."""
    if plan is None or index.folded is None:
        return any(m.end() > m.start() for m in regex.finditer(index.text))
    text = index.text
    match = regex.match
    return any(
        match(text, at) is not None for look in index._lookups(plan) for at in index._find(*look)
    )


# ---------------------------------------------------------------------------------------------
# Reading a plan from a pattern: every path through its parse tree, as far as it is literal.


class _Unsupported(Exception):
    """Part of the pattern this analysis does not follow: no plan."""


class _TooMany(Exception):
    """A part with too many paths to list: read it again without its later words."""


class _Path(NamedTuple):
    """How far one path through the pattern has been read (a tuple: paths are many, and
    `_replace` on a tuple is several times quicker than on a frozen dataclass)."""

    start: str = ""  # the literal the match starts with, lower-cased
    phase: int = 0  # _P_BEFORE, _P_FIRST, _P_GAP or _P_WORD
    boundary: bool = False  # _P_BEFORE: the character before the match is not a word character
    word_start: bool = False  # the start is a word's start
    whole: bool = False  # the start is a whole word
    separated: bool = False  # _P_GAP: a non-word character since the last word
    current: str = ""  # _P_WORD: a later word being read
    need: str = ""  # a later whole word the match contains


_P_BEFORE, _P_FIRST, _P_GAP, _P_WORD = range(4)
_MAX_PATHS = 2000  # paths per alternative of the pattern; more: its later words are not read
_MAX_STRING = 8  # a literal string need not be longer to find its few positions
_MAX_FINDS = 12  # strings (and word beginnings) looked for in a text per plan
_MAX_WORD = 64
_STOP = (None, None)  # an item that ends the reading of a path


def plan_for(pattern: str, flags: int = 0) -> Plan | None:
    """The plan of a pattern, or None when its starts cannot be read from it."""
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & (re.ASCII | re.LOCALE):
            return None  # \b and \w would not be the Unicode ones the index uses
        data = list(parsed.data)
        if len(data) == 1 and data[0][0] is C.BRANCH:
            alternatives = [tuple(alt.data) for alt in data[0][1][1]]
        else:
            alternatives = [tuple(data)]
        paths: list[_Path] = []
        for items in alternatives:
            try:
                paths.extend(_read(items, collect=True))
            except _TooMany:
                paths.extend(_read(items, collect=False))
    except (_Unsupported, _TooMany, re.error, RecursionError):
        return None
    words: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    strings: dict[str, set[str]] = {}
    for path in paths:
        if not path.start:
            return None
        if path.word_start and path.whole:
            words.setdefault(path.start, set()).add(path.need)
        elif path.word_start:
            prefixes.setdefault(path.start[:_MAX_STRING], set()).add(path.need)
        else:
            strings.setdefault(path.start[:_MAX_STRING], set()).add(path.need)
    return Plan(
        words=_needs(words),
        prefixes=_needs(_few(prefixes)),
        strings=_needs(_few(strings)),
    )


def _read(items: tuple[_Item, ...], *, collect: bool) -> list[_Path]:
    paths: list[_Path] = []
    for path in _walk(items, _Path(), collect):
        paths.append(path)
        if len(paths) > _MAX_PATHS:
            raise _TooMany
    return paths


def _shortest(found: dict[str, set[str]]) -> dict[str, set[str]]:
    """A string that begins with another is found wherever the other is: keep the other, which
    then needs the words either needed."""
    out: dict[str, set[str]] = {}
    for string in sorted(found, key=len):
        shorter = next((o for o in out if string.startswith(o)), None)
        if shorter is None:
            out[string] = set(found[string])
        else:
            out[shorter] |= found[string]
    return out


def _few(found: dict[str, set[str]]) -> dict[str, set[str]]:
    """At most `_MAX_FINDS` strings (each is a pass of `str.find` over the text): the longest
    are cut short, one character at a time, until they fold into few enough; a string's
    beginning is found wherever the string is, so the plan stays true."""
    found = _shortest(found)
    while len(found) > _MAX_FINDS:
        longest = max(len(s) for s in found)
        if longest <= 1:
            break
        cut: dict[str, set[str]] = {}
        for string, needs in found.items():
            key = string[: longest - 1] if len(string) == longest else string
            cut.setdefault(key, set()).update(needs)
        found = _shortest(cut)
    return found


def _needs(found: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """Each start's needed words; none at all when one of its paths needs none."""
    return {start: frozenset() if "" in need else frozenset(need) for start, need in found.items()}


_Item = tuple[Any, Any]


def _walk(items: tuple[_Item, ...], path: _Path, collect: bool) -> Iterator[_Path]:
    """Every path through `items`, read while it is literal (see `_Path`)."""
    i = 0
    while i < len(items):
        op, av = items[i]
        rest = items[i + 1 :]
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & (re.ASCII | re.LOCALE):
                raise _Unsupported
            yield from _walk(tuple(sub.data) + rest, path, collect)
            return
        if op is C.ATOMIC_GROUP:
            yield from _walk(tuple(av.data) + rest, path, collect)
            return
        if op is C.BRANCH:
            for alternative in av[1]:
                yield from _walk(tuple(alternative.data) + rest, path, collect)
            return
        if op in _REPEATS and av[0] == 0 and av[1] == 1:  # optional: without it, or once
            yield from _walk(rest, path, collect)
            yield from _walk(tuple(av[2].data) + rest, path, collect)
            return
        phase = path.phase
        if phase == _P_BEFORE:
            if op is C.AT:
                if av in _START_POSITIONS:
                    path = path._replace(boundary=True)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                direction, sub = av
                if op is C.ASSERT_NOT and direction == -1 and _excludes_word_char(sub.data):
                    path = path._replace(boundary=True)
            elif op in _REPEATS:
                low, _high, item = av
                if low < 1:
                    raise _Unsupported  # the match may start with anything that follows
                # a match starts with the repetitions it must have; what follows is not read
                yield from _walk((*_least(low, item), _STOP), path, collect)
                return
            else:
                for char in _chars(op, av):
                    word = path.boundary and _is_word(char)
                    first = path._replace(start=char.lower(), phase=_P_FIRST, word_start=word)
                    yield from _walk(rest, first, collect)
                return
            i += 1
            continue
        if phase == _P_FIRST and not path.word_start:
            # a string: extend it with literal characters, and read no further
            if op in (C.LITERAL, C.IN) and len(path.start) < _MAX_STRING and _literal(op, av):
                for char in _chars(op, av):
                    yield from _walk(rest, path._replace(start=path.start + char.lower()), collect)
                return
            if op in _REPEATS and av[0] >= 1:
                yield from _walk((*_least(av[0], av[2]), _STOP), path, collect)
                return
            yield path
            return
        in_word = phase in (_P_FIRST, _P_WORD)
        if in_word and not collect and _word_end(op, av) is not None:
            yield path._replace(whole=True) if phase == _P_FIRST else path
            return
        ends = _word_end(op, av)
        if ends is not None:  # a word ends here, or stays ended
            if phase == _P_FIRST:
                path = path._replace(whole=True, phase=_P_GAP, separated=ends)
            elif phase == _P_WORD:
                path = path._replace(
                    need=path.current,
                    current="",
                    phase=_P_GAP,
                    separated=ends,
                )
                yield path  # one later word tells most texts apart; more multiply the paths
                return
            elif ends:
                path = path._replace(separated=True)
            i += 1
            continue
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):  # zero-width: a further condition, not read
            i += 1
            continue
        if phase == _P_FIRST and op in _REPEATS and av[0] >= 1:  # "hey+": "hey", then unread
            yield from _walk((*_least(av[0], av[2]), _STOP), path, collect)
            return
        if phase == _P_GAP and op in _REPEATS and av[0] == 0 and _non_word_item(av[2].data):
            i += 1  # perhaps more non-word characters: nothing changes
            continue
        if op in (C.LITERAL, C.IN) and _literal(op, av):
            for char in _chars(op, av):
                if _is_word(char):
                    if phase == _P_FIRST and len(path.start) < _MAX_WORD:
                        yield from _walk(
                            rest, path._replace(start=path.start + char.lower()), collect
                        )
                    elif phase == _P_WORD and len(path.current) < _MAX_WORD:
                        yield from _walk(
                            rest, path._replace(current=path.current + char.lower()), collect
                        )
                    elif phase == _P_GAP and path.separated:
                        yield from _walk(
                            rest, path._replace(phase=_P_WORD, current=char.lower()), collect
                        )
                    else:
                        yield _finish(path)
                else:  # a non-word character ends a word
                    yield from _walk((*_ENDED, *rest), path, collect)
            return
        yield _finish(path)
        return
    yield _finish(path)


def _finish(path: _Path) -> _Path:
    """The path as read so far (a later word not read to its end does not count)."""
    if path.phase == _P_BEFORE:
        raise _Unsupported  # the pattern can match without consuming a character
    return path._replace(current="")


_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_START_POSITIONS = (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING)
_END_POSITIONS = (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING, C.AT_END_LINE)
_NON_WORD_CATEGORIES = (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_LINEBREAK)
# stands for a non-word character that has been consumed (see `_word_end`)
_ENDED = ((C.IN, [(C.CATEGORY, C.CATEGORY_NOT_WORD)]),)


def _least(low: int, item: Any) -> tuple[_Item, ...]:
    """The items a repeat must match at least: `low` copies of a one-character literal (a
    string need not be longer than `_MAX_STRING`), or one copy of anything else."""
    data = tuple(item.data)
    if len(data) == 1 and data[0][0] is C.LITERAL:
        return data * min(low, _MAX_STRING)
    return data


def _literal(op: Any, av: Any) -> bool:
    return op is C.LITERAL or (op is C.IN and all(o is C.LITERAL for o, _ in av))


def _chars(op: Any, av: Any) -> list[str]:
    """The characters a LITERAL or a set of literals matches; anything else is unsupported."""
    if not _literal(op, av):
        raise _Unsupported
    codes = [av] if op is C.LITERAL else [a for _, a in av]
    chars = [chr(c) for c in codes]
    if not all(c in SAFE_CHARS for c in chars):
        raise _Unsupported
    return chars


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_end(op: Any, av: Any) -> bool | None:
    """After a word character, does this item say the word has ended? True when it consumes
    a non-word character, False when it only asserts one (or the end), None when neither."""
    if op is C.AT:
        return False if av in _END_POSITIONS else None
    if op is C.ASSERT_NOT:
        direction, sub = av
        return False if direction == 1 and _excludes_word_char(sub.data) else None
    if op in _REPEATS:
        low, _high, item = av
        return True if low >= 1 and _non_word_item(item.data) else None
    return True if _non_word_item([(op, av)]) else None


def _non_word_item(data: Any) -> bool:
    """Items that consume exactly one character, never a word character."""
    if len(data) != 1:
        return False
    op, av = data[0]
    if op is C.LITERAL:
        return not _is_word(chr(av))
    if op is C.IN:
        for o, a in av:
            if o is C.LITERAL and not _is_word(chr(a)):
                continue
            if o is C.CATEGORY and a in _NON_WORD_CATEGORIES:
                continue
            return False
        return True
    return False


def _excludes_word_char(data: list[_Item]) -> bool:
    """A one-character assertion body that matches every word character (`\\w`, `[\\w'’]`):
    negated, it says the neighbour is not a word character."""
    if len(data) != 1:
        return False
    op, av = data[0]
    return (
        op is C.IN
        and all(o is not C.NEGATE for o, _ in av)
        and any(o is C.CATEGORY and a is C.CATEGORY_WORD for o, a in av)
    )
