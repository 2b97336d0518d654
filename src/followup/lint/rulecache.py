"""Validated rules kept in the user cache, so a run whose rule files have not changed skips
reading YAML and validating it (about a quarter of a cold `followup lint`).

The cache file is named after a hash of everything the result depends on: followup's,
pydantic's and Python's versions, and the path and bytes of every rule file, `accept.txt` and
`kinds.yaml` in the folders in force (reading and hashing them takes well under a millisecond;
modification times alone can miss an edit made within the same clock tick). Editing a rule file
therefore misses the cache and validates it again, so a broken rule file is still reported, and
never cached: validation raises before anything is written. A missing, unreadable or foreign
cache file only costs speed. The file is a pickle in the user's own cache folder: whoever can
write there can already change what the user runs.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from followup import __version__
from followup.lint import loader, model
from followup.lint.model import KindCues, Rule, RuleBase
from followup.lint.usercache import cache_dir, read_bytes_cache, write_bytes_cache
from followup.resources import rules_dir

_PREFIX = "rules-"
_SUFFIX = ".pickle"
_KEEP = 8


@dataclass(frozen=True)
class LoadedRules:
    """Everything the rule folders say: rules by id, accepted words, and `--kind auto` cues."""

    rules: dict[str, Rule]
    accept: frozenset[str]
    cues: KindCues


def load(user_dirs: Iterable[Path] = ()) -> LoadedRules:
    """The rules in force, from the cache when the files are unchanged, else loaded and cached."""
    dirs = list(user_dirs)
    name = _cache_name([rules_dir(), *dirs])
    if name is not None:
        cached = _unpickle(read_bytes_cache(name))
        if cached is not None:
            return cached
    loaded = LoadedRules(
        rules=loader.load_rules(dirs),
        accept=frozenset(loader.load_accept(dirs)),
        cues=loader.load_kind_cues(),
    )
    if name is not None:
        _store(name, loaded)
    return loaded


def _cache_name(folders: list[Path]) -> str | None:
    """A name that changes when any input changes; None when a folder cannot be listed (the
    loader then reports it)."""
    import pydantic

    digest = hashlib.sha256()
    digest.update(f"{__version__}|{pydantic.VERSION}|{sys.version}\n".encode())
    try:
        # the code that reads and models the rules: an edited checkout is not a new version
        for module in (model, loader):
            digest.update(Path(str(module.__file__)).read_bytes())
        for folder in folders:
            for path in _inputs(folder):
                data = path.read_bytes()
                digest.update(f"{path.resolve()}|{len(data)}\n".encode())
                digest.update(data)
    except OSError:
        return None
    return f"{_PREFIX}{digest.hexdigest()[:32]}{_SUFFIX}"


def _inputs(folder: Path) -> list[Path]:
    """The files of a rule folder that the loader reads (the same selection as the loader's)."""
    if not folder.is_dir():
        raise NotADirectoryError(folder)
    found = [
        Path(entry.path)
        for entry in os.scandir(folder)
        if entry.is_file()
        and (entry.name.endswith((".yaml", ".yml")) or entry.name == "accept.txt")
    ]
    if folder == rules_dir():
        found.append(folder / "meta" / "kinds.yaml")
    return sorted(found)


def _unpickle(data: bytes | None) -> LoadedRules | None:
    if not data:
        return None
    try:
        loaded = pickle.loads(data)
    except Exception:  # a truncated or foreign file: load the rules again
        return None
    ok = (
        isinstance(loaded, LoadedRules)
        and isinstance(loaded.rules, dict)
        and all(isinstance(r, RuleBase) for r in loaded.rules.values())
        and isinstance(loaded.cues, KindCues)
    )
    return loaded if ok else None


def _store(name: str, loaded: LoadedRules) -> None:
    """Write this cache file; keep only the most recent few (each set of `--rules` folders, and
    each edit of a rule file, makes one)."""
    write_bytes_cache(name, pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
    try:
        entries = [
            (entry.stat().st_mtime_ns, entry.path)
            for entry in os.scandir(cache_dir())
            if entry.name.startswith(_PREFIX) and entry.name.endswith(_SUFFIX)
        ]
        for _, path in sorted(entries, reverse=True)[_KEEP:]:
            os.unlink(path)
    except OSError:
        pass
