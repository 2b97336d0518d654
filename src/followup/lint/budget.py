"""A time limit for the rules of `--rules` folders, so a slow pattern cannot hang a lint.

`backtracking` refuses the patterns known to take exponential time when a rule file is read,
but not every slow pattern can be told from its text (`a*a*a*b` is polynomial: hours on a
megabyte). A rule from a user's folder therefore runs with an alarm (`signal.setitimer`):
Python's `re` checks for signals while it matches, so the alarm stops it mid-match. The alarm
exists only in the main thread of a Unix process; elsewhere the limit is not set (the rules
were still checked when they were read), and it is never set over an alarm already running.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

RULE_SECONDS = 5.0  # for one rule from a --rules folder on one text


class Expired(Exception):
    """The time limit ran out."""


def _expire(signum: int, frame: FrameType | None) -> None:
    raise Expired


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Raise `Expired` in the block once `seconds` have passed (where an alarm can be set)."""
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
