"""Lines grouped by a stable hash into one string: a table that loads in milliseconds (no
per-entry objects to build) and is searched one bucket at a time with `find`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import AnyStr


def pack(buckets: Sequence[Sequence[AnyStr]], newline: AnyStr) -> tuple[AnyStr, list[int]]:
    """`newline` followed by every bucket's lines (each ending in `newline`), and for each bucket
    the index of the newline just before it, then that of the last newline. The lines are
    `str` or `bytes` (then the indexes are byte offsets)."""
    parts = [newline]
    starts = []
    pos = 0
    for bucket in buckets:
        starts.append(pos)
        for line in bucket:
            parts.append(line)
            pos += len(line)
    starts.append(pos)
    return newline[:0].join(parts), starts
