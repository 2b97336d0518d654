"""Derived data kept in the user's cache folder, so that later runs skip slow parsing.

Everything here is a plain-text copy of something a dependency ships (a word list, hyphenation
patterns), named after the source file's size and date so a new version of the dependency gets a
new copy. A missing, stale or unwritable cache only costs speed, never a result.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("followup"))


def source_tag(source: Path) -> str:
    """`<size>-<mtime>` of a file: part of a cache name, so a changed source misses the cache."""
    st = source.stat()
    return f"{st.st_size}-{int(st.st_mtime)}"


def read_cache(name: str) -> str | None:
    try:
        return (cache_dir() / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read_bytes_cache(name: str) -> bytes | None:
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def read_marshal_cache(name: str) -> object | None:
    """What the marshal file `name` holds; None when it is missing, empty or damaged (the
    caller checks the shape of what it gets)."""
    data = read_bytes_cache(name)
    if not data:
        return None
    try:
        loaded: object = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return loaded


def write_cache(name: str, text: str, *, family: str | None = None) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return
    write_bytes_cache(name, data, family=family)


def write_bytes_cache(name: str, data: bytes, *, family: str | None = None) -> None:
    """Write via a temporary file and rename, so a concurrent reader never sees half a file.

    `family` is the start of the names of this file's earlier versions (made from an older
    dependency, or an edited rule file): all but the most recent few are removed, so the
    folder does not grow with every upgrade.
    """
    path = cache_dir() / name
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:  # a read-only cache folder only costs speed
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return
    if family is not None:
        prune(family, keep=KEEP, spare=name)


KEEP = 4  # versions kept per family: a user may switch between a few installs


def prune(family: str, *, keep: int, spare: str) -> None:
    """Remove the files whose names start with `family`, but the `keep` most recent and `spare`."""
    with contextlib.suppress(OSError):
        entries = sorted(
            (
                (entry.stat().st_mtime_ns, entry.path)
                for entry in os.scandir(cache_dir())
                if entry.name.startswith(family) and entry.name != spare and entry.is_file()
            ),
            reverse=True,
        )
        for _, stale in entries[max(0, keep - 1) :]:
            with contextlib.suppress(OSError):
                os.unlink(stale)
