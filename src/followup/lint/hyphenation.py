"""pyphen's parsed hyphenation patterns (textstat's syllable counter), kept in the user cache.

pyphen parses its en-US pattern file (11,000 patterns) in about 0.1 s in every new process, a
third of a whole `followup lint`. The parsed patterns are plain data (a dict of strings to
numbers), so they are kept in the user cache folder in marshal format (as Python keeps its .pyc
files) and put in pyphen's own per-file cache, `pyphen.hdcache`, before textstat asks pyphen for
them. pyphen then hyphenates exactly as if it had parsed the file itself: the cached object is
the one pyphen built, field for field. Anything unexpected (another pyphen layout, patterns with
non-standard hyphenation, a bad cache file) falls back to pyphen's own parsing.
"""

from __future__ import annotations

import marshal
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

from followup.lint.usercache import read_bytes_cache, source_tag, write_bytes_cache

_FIELDS = ["cache", "maxlen", "patterns"]  # what pyphen's HyphDict holds, as of pyphen 0.9-0.18


def preload(lang: str) -> None:
    """Make pyphen's patterns for `lang` ready, from the user cache when possible."""
    try:
        pyphen: Any = import_module("pyphen")
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    except (ImportError, KeyError, AttributeError):
        return
    if not isinstance(path, Path) or path in pyphen.hdcache:
        return
    try:
        tag = source_tag(path)
    except OSError:
        return
    version = getattr(pyphen, "__version__", "unknown")
    name = f"hyph-{path.stem}-{version}-py{sys.version_info[0]}{sys.version_info[1]}-{tag}.marshal"
    cached = _load(read_bytes_cache(name), pyphen.HyphDict)
    if cached is not None:
        pyphen.hdcache[path] = cached
        return
    parsed = pyphen.HyphDict(path)
    pyphen.hdcache[path] = parsed
    if sorted(vars(parsed)) == _FIELDS and _plain(parsed.patterns):
        data = marshal.dumps((parsed.maxlen, parsed.patterns))
        write_bytes_cache(name, data, family=f"hyph-{path.stem}-")


def _plain(patterns: Any) -> bool:
    """Only plain ints: non-standard hyphenation (pyphen's DataInt) does not survive marshal."""
    return isinstance(patterns, dict) and all(
        type(start) is int and all(type(v) is int for v in values)
        for start, values in patterns.values()
    )


def _load(data: bytes | None, hyph_dict: Any) -> Any:
    if data is None:
        return None
    try:
        maxlen, patterns = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if type(maxlen) is not int or type(patterns) is not dict or not patterns:
        return None
    obj = object.__new__(hyph_dict)
    obj.patterns = patterns
    obj.cache = {}
    obj.maxlen = maxlen
    return obj
