"""`lint/budget.py`: the time limit of a rule from a `--rules` folder, an alarm that stops even
a regex mid-match, set only where it can be and never over an alarm already running."""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from followup.lint import budget

# far longer than any limit below: the block would run this long if the limit did not stop it
GUARD_SECONDS = 30.0


def busy() -> None:
    deadline = time.monotonic() + GUARD_SECONDS
    while time.monotonic() < deadline:
        pass


@pytest.fixture(autouse=True)
def no_alarm() -> Iterator[None]:
    before = signal.getsignal(signal.SIGALRM)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, before)


def test_the_limit_stops_a_busy_block() -> None:
    with pytest.raises(budget.Expired), budget.limit(0.05):
        busy()


def test_the_limit_stops_a_regex_mid_match() -> None:
    slow = re.compile(r"a*a*a*a*a*x")
    with pytest.raises(budget.Expired), budget.limit(0.05):
        slow.search("a" * 100_000)


def test_a_quick_block_runs_through_and_leaves_no_alarm() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with budget.limit(5.0):
        done = sum(range(1000))
    assert done == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_an_alarm_already_running_is_left_alone() -> None:
    rang: list[int] = []
    signal.signal(signal.SIGALRM, lambda signum, frame: rang.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 60.0)
    with budget.limit(0.01):
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 1.0  # still the caller's minute
    assert signal.getitimer(signal.ITIMER_REAL)[0] > 1.0
    assert rang == []


def test_outside_the_main_thread_no_limit_is_set() -> None:
    seen: list[tuple[float, float]] = []

    def work() -> None:
        with budget.limit(0.01):
            seen.append(signal.getitimer(signal.ITIMER_REAL))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [(0.0, 0.0)]
