"""The deletes index behind suggested corrections (lint/suggest.py): the same answer as a
search of every word, in bounded time, and a cache that a damaged file cannot fool."""

from __future__ import annotations

import marshal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.lint.suggest import DISTANCE, DeletesIndex, index, osa_distance


def reference_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the textbook table."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


WORDS = st.text(alphabet="abcde", max_size=10)


@settings(max_examples=500, deadline=None)
@given(WORDS, WORDS)
def test_distance_is_the_textbook_one_up_to_the_limit(a: str, b: str) -> None:
    assert osa_distance(a, b) == min(reference_distance(a, b), DISTANCE + 1)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(WORDS.filter(bool), st.integers(1, 50), max_size=40), WORDS)
def test_lookup_equals_a_search_of_every_word(frequencies: dict[str, int], word: str) -> None:
    """The most frequent word at the smallest distance, found through the deletes (whose
    prefix cuts long words) as by comparing the word with every indexed word."""
    built = DeletesIndex.build(frequencies, top=len(frequencies))
    ranked = sorted(frequencies, key=lambda w: (-frequencies[w], w))
    near = [(reference_distance(word, w), i) for i, w in enumerate(ranked)]
    within = sorted((d, i) for d, i in near if d <= DISTANCE)
    want = None if word in frequencies or not within else ranked[within[0][1]]
    assert built.lookup(word) == want


def test_nearer_beats_more_frequent_and_frequency_breaks_ties() -> None:
    built = DeletesIndex.build({"grateful": 10, "great": 1000, "greatly": 5, "greater": 50})
    assert built.lookup("greatful") == "grateful"  # distance 1, although 'great' is commoner
    assert built.lookup("greate") == "great"  # 'great' and 'greater' at 1: the commoner
    assert built.lookup("grateful") is None  # a word of the index needs no fix
    assert built.lookup("zzqxwv") is None


def test_top_keeps_the_most_frequent_words_only() -> None:
    built = DeletesIndex.build({"common": 100, "rare": 1, "middle": 10}, top=2)
    assert built.words == ["common", "middle"]
    assert built.lookup("rar") is None


def test_a_dump_loads_back_and_a_damaged_one_is_refused() -> None:
    built = DeletesIndex.build({"received": 9, "definitely": 5, "tomorrow": 7})
    again = DeletesIndex.parse(marshal.loads(built.dump()))
    assert again is not None and again.lookup("recieved") == "received"
    fields = marshal.loads(built.dump())
    for bad in [
        None,
        3,
        ("followup-deletes 1",),
        ("followup-deletes 1", *fields[1:]),
        (*fields[:5], bytes(16)),  # too few bucket offsets
        (*fields[:3], fields[3][:-8], *fields[4:]),  # word offsets cut short
        (*fields[:4], fields[4][:-1], fields[5]),  # the deletes cut short
    ]:
        assert DeletesIndex.parse(bad) is None


def test_common_typos_and_a_hopeless_word_in_bounded_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped index (the 30,000 most frequent English words): the fixes that bounding
    pyspellchecker's search to one edit lost are kept, and a word with nothing near it is
    answered with a bounded number of index probes (pyspellchecker generated half a million
    candidates; the time is measured in bench/lint_suggest.py)."""
    shipped = index()
    assert shipped.lookup("greatful") == "grateful"
    assert shipped.lookup("tommorow") == "tomorrow"
    assert shipped.lookup("definately") == "definitely"
    probes: list[str] = []
    real = DeletesIndex._ids

    def counted(self: DeletesIndex, key: str) -> list[int]:
        probes.append(key)
        return real(self, key)

    monkeypatch.setattr(DeletesIndex, "_ids", counted)
    for word in ["fernwaylogistics", "quillandinkpress", "zzqxwv", "qxzvbnm"]:
        probes.clear()
        assert shipped.lookup(word) is None
        # one probe per delete of the word: n(n-1)/2 + n + 1, whatever the dictionary holds
        n = len(word)
        assert 0 < len(probes) == len(set(probes)) <= n * (n - 1) // 2 + n + 1
