"""Reading where a pattern's match can start (a prefilter `Starts`) from the pattern: every
path through its parse tree, as far as it is literal.

A path starts before the first character (`_P_BEFORE`), where zero-width items only say
whether the character before must be a non-word one (`\\b`, a lookbehind such as
`(?<![\\w'’])`); its first literal (`_P_FIRST`) is the match's start, looked up as a word when a
word starts there, else as a string; after a whole first word the path may go on through
non-word characters (`_P_GAP`) to a second whole word (`_P_WORD`), which the start then needs
(one is enough to tell most texts apart, and more would multiply the paths). Branches and
optional parts are followed both ways. Anything else ends the path where it is: the starts
only ever state less than the pattern. Only used when rules are validated (a rules-cache miss):
the cache keeps the starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# re's parser and its opcodes: private modules, but parsing is all that is used, and any
# structure not recognised below only means "no starts" (a test checks the shipped rules get them)
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from followup.lint.prefilter import Starts

# characters a start may contain: their folding is checked against `re` by the tests
SAFE_CHARS = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset("\t\n’‘“”…–—")


class _Unsupported(Exception):
    """Part of the pattern this analysis does not follow: no starts."""


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
_MAX_FINDS = 12  # strings (and word beginnings) looked for in a text per pattern
_MAX_WORD = 64
_STOP = (None, None)  # an item that ends the reading of a path


def starts_for(pattern: str, flags: int = 0) -> Starts | None:
    """Where a match of a pattern can start, or None when that cannot be read from it."""
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
    return Starts(
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
    beginning is found wherever the string is, so the starts stay true."""
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
    """Every path through `items`, read while it is literal (see `_Path`): item by item, while
    an item only changes the path (`_step`); from an item that branches or ends the reading,
    the paths it gives."""
    i = 0
    while i < len(items):
        op, av = items[i]
        step = _step(op, av, items[i + 1 :], path, collect)
        if isinstance(step, _Path):
            path = step
            i += 1
            continue
        yield from step
        return
    yield _finish(path)


_Step = _Path | Iterator[_Path]  # the path to read the next item with, or the paths from here


def _step(op: Any, av: Any, rest: tuple[_Item, ...], path: _Path, collect: bool) -> _Step:
    """One item read on a path, by the phase the path is in."""
    alternatives = _alternatives(op, av, rest)
    if alternatives is not None:
        return (found for items in alternatives for found in _walk(items, path, collect))
    if path.phase == _P_BEFORE:
        return _before(op, av, rest, path, collect)
    if path.phase == _P_FIRST and not path.word_start:
        return _in_string(op, av, rest, path, collect)
    return _in_words(op, av, rest, path, collect)


def _alternatives(op: Any, av: Any, rest: tuple[_Item, ...]) -> list[tuple[_Item, ...]] | None:
    """The ways on through a group, a branch or an optional part (each followed by the rest);
    None for any other item."""
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.ASCII | re.LOCALE):
            raise _Unsupported
        return [tuple(sub.data) + rest]
    if op is C.ATOMIC_GROUP:
        return [tuple(av.data) + rest]
    if op is C.BRANCH:
        return [tuple(alternative.data) + rest for alternative in av[1]]
    if op in _REPEATS and av[0] == 0 and av[1] == 1:  # optional: without it, or once
        return [rest, tuple(av[2].data) + rest]
    return None


def _before(op: Any, av: Any, rest: tuple[_Item, ...], path: _Path, collect: bool) -> _Step:
    """Before the first character: zero-width items say whether the character before is a
    non-word one; the first literal starts the match."""
    if op is C.AT:
        return path._replace(boundary=True) if av in _START_POSITIONS else path
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av
        if op is C.ASSERT_NOT and direction == -1 and _excludes_word_char(sub.data):
            return path._replace(boundary=True)
        return path
    if op in _REPEATS:
        low, _high, item = av
        if low < 1:
            raise _Unsupported  # the match may start with anything that follows
        # a match starts with the repetitions it must have; what follows is not read
        return _walk((*_least(low, item), _STOP), path, collect)
    first_chars = _chars(op, av)
    if first_chars is None:
        raise _Unsupported  # the match may start with anything
    return _first(first_chars, rest, path, collect)


def _first(
    chars: list[str], rest: tuple[_Item, ...], path: _Path, collect: bool
) -> Iterator[_Path]:
    """The match starts with one of these characters: a word's start after a non-word one."""
    for char in chars:
        word = path.boundary and _is_word(char)
        first = path._replace(start=char.lower(), phase=_P_FIRST, word_start=word)
        yield from _walk(rest, first, collect)


def _in_string(op: Any, av: Any, rest: tuple[_Item, ...], path: _Path, collect: bool) -> _Step:
    """A start that is not a word's: extend it with literal characters, and read no further."""
    chars = _chars(op, av) if len(path.start) < _MAX_STRING else None
    if chars is not None:
        return (
            found
            for char in chars
            for found in _walk(rest, path._replace(start=path.start + char.lower()), collect)
        )
    if op in _REPEATS and av[0] >= 1:
        return _walk((*_least(av[0], av[2]), _STOP), path, collect)
    return iter((path,))


def _in_words(op: Any, av: Any, rest: tuple[_Item, ...], path: _Path, collect: bool) -> _Step:
    """In the first word, in a later one, or in the gap between them (`_P_GAP`)."""
    phase = path.phase
    ends = _word_end(op, av)
    if phase in (_P_FIRST, _P_WORD) and not collect and ends is not None:
        return iter((path._replace(whole=True) if phase == _P_FIRST else path,))
    if ends is not None:  # a word ends here, or stays ended
        if phase == _P_FIRST:
            return path._replace(whole=True, phase=_P_GAP, separated=ends)
        if phase == _P_WORD:
            # one later word tells most texts apart; more multiply the paths
            ended = path._replace(need=path.current, current="", phase=_P_GAP, separated=ends)
            return iter((ended,))
        return path._replace(separated=True) if ends else path
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):  # zero-width: a further condition, not read
        return path
    if phase == _P_FIRST and op in _REPEATS and av[0] >= 1:  # "hey+": "hey", then unread
        return _walk((*_least(av[0], av[2]), _STOP), path, collect)
    if phase == _P_GAP and op in _REPEATS and av[0] == 0 and _non_word_item(av[2].data):
        return path  # perhaps more non-word characters: nothing changes
    chars = _chars(op, av)
    if chars is not None:
        return _next(chars, rest, path, collect)
    return iter((_finish(path),))


def _next(chars: list[str], rest: tuple[_Item, ...], path: _Path, collect: bool) -> Iterator[_Path]:
    """A literal character after the start: it extends a word, starts a later one after a gap,
    or ends a word (a non-word character)."""
    for char in chars:
        if not _is_word(char):
            yield from _walk((*_ENDED, *rest), path, collect)
        elif path.phase == _P_FIRST and len(path.start) < _MAX_WORD:
            yield from _walk(rest, path._replace(start=path.start + char.lower()), collect)
        elif path.phase == _P_WORD and len(path.current) < _MAX_WORD:
            yield from _walk(rest, path._replace(current=path.current + char.lower()), collect)
        elif path.phase == _P_GAP and path.separated:
            yield from _walk(rest, path._replace(phase=_P_WORD, current=char.lower()), collect)
        else:
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


def _chars(op: Any, av: Any) -> list[str] | None:
    """The characters a LITERAL or a set of literals matches, if all are `SAFE_CHARS`."""
    if not _literal(op, av):
        return None
    codes = [av] if op is C.LITERAL else [a for _, a in av]
    chars = [chr(c) for c in codes]
    return chars if all(c in SAFE_CHARS for c in chars) else None


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
