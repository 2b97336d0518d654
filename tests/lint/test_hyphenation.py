"""`lint/hyphenation.py`: pyphen's parsed patterns kept in the user cache, put back into
pyphen's own cache so that it hyphenates exactly as if it had parsed its file; a damaged cache
file falls back to pyphen's parsing."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from followup.lint.hyphenation import preload
from followup.lint.usercache import cache_dir

LANG = "en_US"
WORDS = ["hyphenation", "interviewer", "opportunity", "collaboration", "thank"]


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own, and pyphen's in-process cache emptied."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(pyphen, "hdcache", {})
    return pyphen.LANGUAGES[pyphen.language_fallback(LANG)]


def hyphenated() -> list[str]:
    return [pyphen.Pyphen(lang=LANG).inserted(w) for w in WORDS]


def test_the_first_run_parses_and_keeps_the_patterns(fresh: Path) -> None:
    expected = hyphenated()
    pyphen.hdcache.clear()
    preload(LANG)
    assert fresh in pyphen.hdcache
    (kept,) = cache_dir().glob(f"hyph-{fresh.stem}-*.marshal")
    assert kept.stat().st_size > 0
    assert hyphenated() == expected


def test_a_later_run_hyphenates_the_same_from_the_cache(fresh: Path) -> None:
    preload(LANG)
    parsed = pyphen.hdcache[fresh]
    expected = hyphenated()
    pyphen.hdcache.clear()
    preload(LANG)
    cached = pyphen.hdcache[fresh]
    assert cached is not parsed
    assert (cached.maxlen, cached.patterns) == (parsed.maxlen, parsed.patterns)
    assert hyphenated() == expected


def test_a_damaged_cache_file_falls_back_to_parsing(fresh: Path) -> None:
    preload(LANG)
    expected = hyphenated()
    (kept,) = cache_dir().glob(f"hyph-{fresh.stem}-*.marshal")
    kept.write_bytes(b"\x00not marshal")
    pyphen.hdcache.clear()
    preload(LANG)
    assert pyphen.hdcache[fresh].patterns
    assert hyphenated() == expected


def test_patterns_already_loaded_are_left_alone(fresh: Path) -> None:
    mine = object()
    pyphen.hdcache[fresh] = mine
    preload(LANG)
    assert pyphen.hdcache[fresh] is mine
    assert list(cache_dir().glob("hyph-*")) == []
