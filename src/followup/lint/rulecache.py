"""Validated rules kept in the user cache, so a run whose rule files have not changed skips
reading YAML and validating it, and never imports pydantic or PyYAML (together about half of a
cold `followup lint`): what is cached are the rules' run-time forms (`compiled.py`,
`checks/<type>.py`).

The cache file is named after a hash of everything the result depends on: followup's and
Python's versions, the installed pydantic, the source of the modules that read, validate and
compile rules, and the path and bytes of every rule file, `accept.txt` and
`kinds.yaml` in the folders in force (reading and hashing them takes well under a millisecond;
modification times alone can miss an edit made within the same clock tick). Editing a rule file
therefore misses the cache and validates it again, so a broken rule file is still reported, and
never cached: validation raises before anything is written. A missing, unreadable or foreign
cache file only costs speed. The file is a pickle in the user's own cache folder: whoever can
write there can already change what the user runs.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path
from typing import NamedTuple

from followup import __version__
from followup.errors import RuleFileError
from followup.lint.compiled import CompiledRule, Cues
from followup.lint.sources import accept_file, kinds_file, rule_files
from followup.lint.usercache import read_bytes_cache, write_bytes_cache
from followup.resources import rules_dir

# the code that reads, validates and compiles rules (every rule type's module holds its spec
# and run-time form): an edited checkout is not a new version
_CODE = [
    Path(__file__).with_name(name)
    for name in (
        "specs.py",
        "loader.py",
        "compiled.py",
        "ruletypes.py",
        "prefilter.py",
        "starts.py",
        "sources.py",
        "backtracking.py",
    )
] + sorted(Path(__file__).with_name("checks").glob("*.py"))
# the form of the stored rules; a change to it that the sources above do not show bumps this
_FORMAT = 3

_PREFIX = "rules-"
_SUFFIX = ".pickle"


class LoadedRules(NamedTuple):
    """Everything the rule folders say: rules by id, accepted words, and `--kind auto` cues."""

    rules: dict[str, CompiledRule]
    accept: frozenset[str]
    cues: Cues


def load(user_dirs: Iterable[Path] = ()) -> LoadedRules:
    """The rules in force, from the cache when the files are unchanged, else loaded and cached."""
    dirs = list(user_dirs)
    name = _cache_name(rules_dir(), dirs)
    if name is not None:
        cached = _unpickle(read_bytes_cache(name))
        if cached is not None:
            return cached
    loaded = _validate(dirs)
    if name is not None:
        _store(name, loaded)
    return loaded


def _validate(dirs: list[Path]) -> LoadedRules:
    """Read and validate the rule files (pydantic; only on a cache miss), then compile them."""
    from followup.lint import loader

    cues = loader.load_kind_cues()
    sources: dict[str, Path] = {}
    rules = {rule_id: rule.compiled() for rule_id, rule in loader.load_rules(dirs, sources).items()}
    for rule_id, path in sources.items():
        rules[rule_id].origin = str(path)  # from a --rules folder: run within a time budget
    for rule in rules.values():
        rule.prepare()
    return LoadedRules(
        rules=rules,
        accept=frozenset(loader.load_accept(dirs)),
        cues=Cues(
            cues={kind: list(patterns) for kind, patterns in cues.cues.items()},
            nudge_max_words=cues.nudge_max_words,
        ),
    )


def _cache_name(builtin: Path, user_dirs: list[Path]) -> str | None:
    """A name that changes when any input changes; None when a folder cannot be listed (the
    loader then reports it)."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}|{sys.version}|{_FORMAT}\n".encode())
    try:
        digest.update(_pydantic_tag().encode())
        for path in _CODE:
            digest.update(path.read_bytes())
        for folder in (builtin, *user_dirs):
            for path in _inputs(folder, builtin=folder is builtin):
                data = path.read_bytes()
                digest.update(f"{path.resolve()}|{len(data)}\n".encode())
                digest.update(data)
    except (OSError, RuleFileError):
        return None
    return f"{_PREFIX}{digest.hexdigest()[:32]}{_SUFFIX}"


def _pydantic_tag() -> str:
    """Which pydantic validated the rules, without importing it (that is what the cache saves):
    the size and time of its installed `version.py`."""
    spec = find_spec("pydantic")
    if spec is None or spec.origin is None:
        return "no pydantic"
    st = Path(spec.origin).with_name("version.py").stat()
    return f"pydantic|{st.st_size}|{st.st_mtime_ns}\n"


def _inputs(folder: Path, *, builtin: bool) -> list[Path]:
    """The files of a rules folder that the loader reads."""
    found = rule_files(folder)
    if accept_file(folder).is_file():
        found.append(accept_file(folder))
    if builtin:
        found.append(kinds_file())
    return found


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
        and all(isinstance(r, CompiledRule) for r in loaded.rules.values())
        and isinstance(loaded.cues, Cues)
    )
    return loaded if ok else None


def _store(name: str, loaded: LoadedRules) -> None:
    """Write this cache file; the most recent few others are kept (each set of `--rules`
    folders, and each edit of a rule file, makes one)."""
    data = pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL)
    write_bytes_cache(name, data, family=_PREFIX)
