"""Lines grouped by a stable hash into one string: a table that loads in milliseconds (no
per-entry objects to build) and is searched one bucket at a time with `str.find`."""

from __future__ import annotations

from collections.abc import Sequence


def pack(buckets: Sequence[Sequence[str]]) -> tuple[str, list[int]]:
    """ "\\n" followed by every bucket's lines (each ending in "\\n"), and for each bucket the
    index of the newline just before it, then that of the last newline."""
    parts = ["\n"]
    starts = []
    pos = 0
    for bucket in buckets:
        starts.append(pos)
        for line in bucket:
            parts.append(line)
            pos += len(line)
    starts.append(pos)
    return "".join(parts), starts
