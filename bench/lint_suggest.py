"""Suggested corrections: accuracy on bench/typos.txt and the cost of the slowest case, for
pyspellchecker as followup uses it (edit distance 2), the same bounded to distance 1 for words
over N letters, and symspellpy (if installed) over the same word frequencies (issue 14, point 5).

    .venv/bin/python bench/lint_suggest.py            # pip install symspellpy for its rows
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable
from pathlib import Path

from followup.lint.checks.spelling import _checker

TYPOS = Path(__file__).resolve().parent / "typos.txt"
# unknown words with nothing near them: the slow case (a domain, a company name, garbage)
HARD = ["fernwaylogistics", "quillandinkpress", "zzqxwv", "qxzvbnm"]


def measure(name: str, suggest: Callable[[str], str | None], pairs: list[list[str]]) -> None:
    began = time.perf_counter()
    right = sum(suggest(typo) == meant for typo, meant in pairs)
    spent = time.perf_counter() - began
    worst = 0.0
    for word in HARD:
        t = time.perf_counter()
        suggest(word)
        worst = max(worst, time.perf_counter() - t)
    print(f"| {name} | {right}/{len(pairs)} | {spent:.2f} s | {worst * 1000:.1f} ms |")


def main() -> None:
    lines = TYPOS.read_text(encoding="utf-8").splitlines()
    pairs = [ln.split() for ln in lines if ln and not ln.startswith("#")]
    checker = _checker()

    def bounded(n: int) -> Callable[[str], str | None]:
        def suggest(word: str) -> str | None:
            if len(word) <= n:
                fix = checker.correction(word)
                return fix if isinstance(fix, str) else None
            near = checker.known(checker.edit_distance_1(word))
            return max(near, key=checker.word_usage_frequency) if near else None

        return suggest

    print("| method | right | time for the list | slowest hard word |")
    print("|---|---:|---:|---:|")
    measure("pyspellchecker, distance 2 (now)", bounded(10_000), pairs)
    for n in (4, 6, 8):
        measure(f"distance 2 up to {n} letters, then 1", bounded(n), pairs)
    try:
        from symspellpy import SymSpell, Verbosity
    except ImportError:
        print("(symspellpy not installed)")
        return
    began = time.perf_counter()
    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    for word, count in checker.word_frequency.dictionary.items():
        sym.create_dictionary_entry(word, count)
    built = time.perf_counter() - began
    blob = pickle.dumps((sym._deletes, sym._words), protocol=5)
    began = time.perf_counter()
    pickle.loads(blob)
    loaded = time.perf_counter() - began
    print(
        f"symspellpy index: built in {built:.1f} s, {len(blob) / 1e6:.0f} MB, loaded in "
        f"{loaded:.1f} s"
    )

    def symspell(word: str) -> str | None:
        found = sym.lookup(word, Verbosity.TOP, max_edit_distance=2)
        return found[0].term if found else None

    measure("symspellpy, distance 2", symspell, pairs)


if __name__ == "__main__":
    main()
