"""Suggested corrections: accuracy on bench/typos.txt and the cost of the slowest case, for
pyspellchecker as followup uses it (edit distance 2), the same bounded to distance 1 for words
over N letters, followup's own deletes index over the most frequent words (`lint/suggest.py`;
its build time, size and load time from marshal too), and symspellpy (if installed) over the
same word frequencies (issue 14, point 5).

    .venv/bin/python bench/lint_suggest.py [--top 10000 30000 ...] [--no-symspellpy]
    # pip install symspellpy for its rows
"""

from __future__ import annotations

import argparse
import marshal
import pickle
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from followup.lint.checks.spelling import _checker
from followup.lint.suggest import TOP_WORDS, DeletesIndex

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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--top", type=int, nargs="*", default=[TOP_WORDS], help="index sizes to measure"
    )
    parser.add_argument("--no-symspellpy", action="store_true", help="skip symspellpy's rows")
    args = parser.parse_args()
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
    for top in args.top:
        began = time.perf_counter()
        built = DeletesIndex.build(checker.word_frequency.dictionary, top)
        build_s = time.perf_counter() - began
        blob = built.dump()
        loads = []
        for _ in range(5):
            began = time.perf_counter()
            loaded = DeletesIndex.parse(marshal.loads(blob))
            loads.append(time.perf_counter() - began)
        assert loaded is not None
        print(
            f"deletes index, {top:,} words: built in {build_s:.1f} s, {len(blob) / 1e6:.1f} MB, "
            f"loaded in {statistics.median(loads) * 1000:.0f} ms (median of 5)"
        )
        measure(f"deletes index, {top:,} most frequent words", loaded.lookup, pairs)
    if args.no_symspellpy:
        return
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
