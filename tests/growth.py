"""How a step's CPU time grows with its input: the ratio the bounded-time tests assert on (never
a wall-clock bound). Shared by tests/reliability/test_bounded_time.py and the per-module tests
that check one part's growth."""

from __future__ import annotations

import time
from collections.abc import Callable

BASE = 3_000  # characters at 1x; 10x is 30,000
MAX_RATIO = 35.0  # linear: about 10; quadratic: about 100


def _best(run: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.process_time()  # CPU time: other processes on the machine do not count
        run()
        times.append(time.process_time() - began)
    return times


def growth(
    run: Callable[[str], object], make: Callable[[int], str], runs: int = 5, base: int = BASE
) -> float:
    """How many times longer `run` takes on `make(10 * base)` than on `make(base)`."""
    small, big = make(base), make(10 * base)
    run(small)  # warm-up: caches, compiled patterns
    t_small: list[float] = []
    t_big: list[float] = []
    for _ in range(runs):  # interleaved, so a burst of load elsewhere hits both sizes
        t_small += _best(lambda: run(small), 1)
        t_big += _best(lambda: run(big), 1)
    return min(t_big) / max(min(t_small), 1e-4)
